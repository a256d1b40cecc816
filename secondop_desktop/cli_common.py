"""What every command of the command line shares: its errors, reading a passphrase or
a password file, opening the vault under its instance lock, printing JSON, its language.

Kept apart from :mod:`secondop_desktop.cli` so command groups in their own modules
(``cli_case``) use the same, without importing the parser that imports them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secondop_desktop import i18n
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


# -- its language -------------------------------------------------------------------------
# The command line has no Qt application while it reads its arguments (the window, when no
# command is given, makes its own, which a QGuiApplication made here would prevent): its
# words come from i18n's translators kept without an application until a command runs and
# start_language() installs the language on the application. In English nothing of Qt is
# loaded, except the English plural forms when a sentence with a number is printed.
_language = i18n.SOURCE  # the language of the words, once use_language() chose one
translate = i18n.translate  # the command line's words, in that language


def _vault_argument(argv: Sequence[str]) -> str | None:
    """The last ``--vault DIR`` of the command line, read before argparse does."""
    found = None
    for n, item in enumerate(argv):
        if item == "--vault" and n + 1 < len(argv):
            found = argv[n + 1]
        elif item.startswith("--vault="):
            found = item.partition("=")[2]
    return found


def _says_english(value: str | None) -> bool:
    """Whether a language setting or locale name leaves SecondOp in English ("", "C",
    "en_GB.UTF-8", a language it does not speak); False for one it speaks."""
    code = (value or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code not in i18n.LANGUAGES or code == i18n.SOURCE


def choose_language(argv: Sequence[str]) -> str:
    """:func:`i18n.choose` with the vault's Settings (``--vault``, else the default folder).
    On Linux, when neither SECONDOP_LANGUAGE, the setting nor the locale variables Qt reads
    name a language SecondOp speaks besides English, English without loading Qt."""
    from secondop_desktop.settings import Settings

    try:
        setting: str | None = Settings.load(resolve_data_dir(_vault_argument(argv))).language
    except OSError:  # an unreadable folder is the command's to report
        setting = None
    explicit = [v for v in (os.environ.get(i18n.ENV), setting) if v and v != i18n.SYSTEM]
    if explicit or sys.platform in ("darwin", "win32"):
        return i18n.choose(setting)
    hints = os.environ.get("LANGUAGE", "").split(":")
    hints += [next((v for k in ("LC_ALL", "LC_MESSAGES", "LANG") if (v := os.environ.get(k))), "")]
    if all(_says_english(h) for h in hints):
        return i18n.SOURCE
    return i18n.choose(setting)


def use_language(code: str) -> None:
    """The command line's words (argparse's own among them) in ``code`` from now on."""
    global _language
    if code == i18n.SOURCE or i18n.install(code) != code:  # no .qm: English
        return
    _language = code
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # its words, through gettext


def start_language() -> None:
    """Before a command runs: an application with the language installed, so the words of
    the services (reports, errors, the packet) are in it too. Nothing in English."""
    if _language == i18n.SOURCE or i18n.active() == _language:
        return
    from secondop_desktop.packet import render

    render.ensure_qt()
    if i18n.active() != _language:  # ensure_qt chose without the vault's setting
        i18n.install(_language)


def _argparse_text(message: str) -> str:
    """argparse's gettext messages (Python 3.11's wording; others stay in English)."""
    words = {
        "usage: ": translate("cli_common", "usage: "),
        "positional arguments": translate("cli_common", "positional arguments"),
        "options": translate("cli_common", "options"),
        "show this help message and exit": translate(
            "cli_common", "show this help message and exit"
        ),
        "%(prog)s: error: %(message)s\n": translate("cli_common", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate(
            "cli_common", "argument %(argument_name)s: %(message)s"
        ),
        "the following arguments are required: %s": translate(
            "cli_common", "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": translate("cli_common", "unrecognized arguments: %s"),
        "expected one argument": translate("cli_common", "expected one argument"),
        "expected at least one argument": translate("cli_common", "expected at least one argument"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "cli_common", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "cli_common", "invalid %(type)s value: %(value)r"
        ),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "cli_common", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "ignored explicit argument %r": translate("cli_common", "ignored explicit argument %r"),
        "not allowed with argument %s": translate("cli_common", "not allowed with argument %s"),
    }
    return words.get(message, message)


def read_stdin_line() -> str:
    raw = sys.stdin.buffer.readline()
    text = raw.decode("utf-8")
    return text.rstrip("\r\n")


def ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise Misuse(
            translate(
                "cli_common",
                "No passphrase given: pass --passphrase-stdin and send it on standard input.",
            )
        )
    return getpass.getpass(prompt)


def new_passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_stdin:
        return read_stdin_line()
    first = ask(translate("cli_common", "New passphrase: "))
    if ask(translate("cli_common", "Repeat it: ")) != first:
        raise CliError(translate("cli_common", "The two passphrases differ."))
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
    if args.passphrase_stdin:
        return read_stdin_line()
    return ask(translate("cli_common", "Passphrase: "))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def password_from_file(name: str) -> str:
    """A password kept in a file (never on the command line, where other users of the
    computer can see it); surrounding whitespace and the final newline are not part of it."""
    try:
        password = Path(name).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise CliError(
            translate("cli_common", "Cannot read the password file {name}: {reason}.").format(
                name=name, reason=exc.strerror
            )
        ) from None
    if not password:
        raise CliError(
            translate("cli_common", "The password file {name} is empty.").format(name=name)
        )
    return password
