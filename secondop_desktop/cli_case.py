"""``secondop case export`` and ``secondop case import``: hand a case over, or move it,
as an encrypted case file; bring the open JSON of ``case show --json`` back in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from secondop_desktop.cli_common import CliError, Misuse, open_vault, password_from_file


def cmd_case_export(args: argparse.Namespace) -> int:
    from secondop_desktop import casefile, cases

    if args.no_encryption == bool(args.case_password_file):
        raise Misuse(
            "Give --case-password-file FILE (the passphrase for this case file), or "
            "--no-encryption to write it unencrypted."
        )
    password = None if args.no_encryption else password_from_file(args.case_password_file)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"The folder {out.parent} does not exist.")
    vault = open_vault(args)
    try:
        cases.get_case(vault, args.case)
        casefile.export_case(vault, args.case, out, password)
    except cases.CaseNotFound as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"The case file could not be written: {exc.strerror}.") from None
    finally:
        vault.lock()
    print(f"Case {args.case} written to {out}" + (" (not encrypted)." if not password else "."))
    return 0


def cmd_case_import(args: argparse.Namespace) -> int:
    from secondop_desktop import casefile

    if bool(args.source) == bool(args.json):
        raise Misuse("Give either --from FILE (a case file) or --json FILE.")
    if args.files and not args.json:
        raise Misuse("--files goes with --json (a case file carries its records).")
    password = password_from_file(args.case_password_file) if args.case_password_file else None
    vault = open_vault(args)
    try:
        if args.json:
            done = casefile.import_case_json(
                vault,
                Path(args.json),
                Path(args.files) if args.files else None,
                if_exists=args.if_exists,
            )
        else:
            done = casefile.import_case_file(
                vault, Path(args.source), password, if_exists=args.if_exists
            )
    except casefile.SameCase as exc:
        raise CliError(
            f"{exc} Add --if-exists keep-both to import a second copy, or --if-exists skip."
        ) from None
    except (casefile.CaseFileError, casefile.DocumentError) as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.lock()
    if done.skipped:
        print("This case is already in the vault; nothing was imported (--if-exists skip).")
        return 0
    print(done.case_id)
    records = f"{done.records} record{'s' if done.records != 1 else ''}"
    print(f"Imported as case {done.case_id}, with {records}.", file=sys.stderr)
    if done.left_out:
        print(
            f"{len(done.left_out)} record(s) left out (give --files DIR to bring their "
            "files): " + ", ".join(done.left_out[:10]),
            file=sys.stderr,
        )
    return 0


def add_parsers(case_sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    a = case_sub.add_parser(
        "export", parents=[common], help="write one case to an encrypted case file"
    )
    a.add_argument("--case", required=True, type=int, metavar="ID")
    a.add_argument("--out", required=True, metavar="FILE", help="e.g. mum.secondop-case")
    a.add_argument(
        "--case-password-file",
        metavar="F",
        help="a file holding the passphrase for the case file (not your vault's)",
    )
    a.add_argument(
        "--no-encryption", action="store_true", help="write a plain tar (for scripts only)"
    )
    a.set_defaults(func=cmd_case_export)
    a = case_sub.add_parser(
        "import", parents=[common], help="add a case from a case file or from case JSON"
    )
    a.add_argument("--from", dest="source", metavar="FILE", help="a case file")
    a.add_argument("--case-password-file", metavar="F", help="the case file's passphrase")
    a.add_argument("--json", metavar="FILE", help="a case in the `case show --json` format")
    a.add_argument("--files", metavar="DIR", help="with --json: the record files, found by SHA-256")
    a.add_argument(
        "--if-exists",
        choices=("ask", "keep-both", "skip"),
        default="ask",
        help="when the vault already holds this case (default: stop and say so)",
    )
    a.set_defaults(func=cmd_case_import)
