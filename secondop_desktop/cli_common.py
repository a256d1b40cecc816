"""What every command of the command line shares: its errors, reading a passphrase or
a password file, opening the vault under its instance lock, printing JSON.

Kept apart from :mod:`secondop_desktop.cli` so command groups in their own modules
(``cli_case``) use the same, without importing the parser that imports them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secondop_desktop.paths import resolve_data_dir
from secondop_desktop.settings import Settings
from secondop_desktop.store import Keychain
from secondop_desktop.vault import session

if TYPE_CHECKING:
    from secondop_desktop.store import Vault
    from secondop_desktop.store.instance import InstanceLock


class CliError(Exception):
    """An error to print on stderr with exit code 1."""


class Misuse(Exception):
    """Wrong use of the command line: exit code 2."""


def read_stdin_line() -> str:
    raw = sys.stdin.buffer.readline()
    text = raw.decode("utf-8")
    return text.rstrip("\r\n")


def ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise Misuse("No passphrase given: pass --passphrase-stdin and send it on standard input.")
    return getpass.getpass(prompt)


def new_passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_stdin:
        return read_stdin_line()
    first = ask("New passphrase: ")
    if ask("Repeat it: ") != first:
        raise CliError("The two passphrases differ.")
    return first


held: list[InstanceLock] = []  # instance locks held until the command ends


def claim(folder: Path) -> None:
    """One SecondOp per vault: refuse when the app or another command has it open."""
    held.append(session.claim_vault(folder))


def open_vault(args: argparse.Namespace) -> Vault:
    folder = resolve_data_dir(args.vault)
    if not folder.is_dir():  # nothing to protect, and no folder is made for a wrong path
        return unlock(args, folder)
    # The lock before anything else: unlocking tidies the folder (stale header and restore
    # files), which must never happen under a running instance.
    lock = session.claim_vault(folder)
    try:
        vault = unlock(args, folder)
    except BaseException:
        lock.discard()  # a wrong passphrase leaves no new file
        raise
    held.append(lock)
    return vault


def unlock(args: argparse.Namespace, folder: Path) -> Vault:
    if not args.passphrase_stdin and session.has_vault(folder):
        vault = session.unlock_remembered(folder, Keychain(), Settings.load(folder))
        if vault is not None:
            return vault
    return session.unlock(folder, passphrase(args))


def passphrase(args: argparse.Namespace) -> str:
    return read_stdin_line() if args.passphrase_stdin else ask("Passphrase: ")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def password_from_file(name: str) -> str:
    """A password kept in a file (never on the command line, where other users of the
    computer can see it); surrounding whitespace and the final newline are not part of it."""
    try:
        password = Path(name).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise CliError(f"Cannot read the password file {name}: {exc.strerror}.") from None
    if not password:
        raise CliError(f"The password file {name} is empty.")
    return password
