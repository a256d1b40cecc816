"""``secondop case export`` and ``secondop case import``: hand a case over, or move it,
as an encrypted case file; bring the open JSON of ``case show --json`` back in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from secondop_desktop.cli_common import (
    CliError,
    Misuse,
    open_vault,
    password_from_file,
    translate,
)


def cmd_case_export(args: argparse.Namespace) -> int:
    from secondop_desktop import casefile, cases

    if args.no_encryption == bool(args.case_password_file):
        raise Misuse(
            translate(
                "cli_case",
                "Give --case-password-file FILE (the passphrase for this case file), or "
                "--no-encryption to write it unencrypted.",
            )
        )
    password = None if args.no_encryption else password_from_file(args.case_password_file)
    out = Path(args.out)
    if not out.parent.is_dir():
        said = translate("cli_case", "The folder {folder} does not exist.")
        raise CliError(said.format(folder=out.parent))
    vault = open_vault(args)
    try:
        cases.get_case(vault, args.case)
        casefile.export_case(vault, args.case, out, password)
    except cases.CaseNotFound as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        said = translate("cli_case", "The case file could not be written: {reason}.")
        raise CliError(said.format(reason=exc.strerror)) from None
    finally:
        vault.lock()
    if password:
        said = translate("cli_case", "Case {case} written to {file}.")
    else:
        said = translate("cli_case", "Case {case} written to {file} (not encrypted).")
    print(said.format(case=args.case, file=out))
    return 0


def cmd_case_import(args: argparse.Namespace) -> int:
    from secondop_desktop import casefile

    if bool(args.source) == bool(args.json):
        raise Misuse(translate("cli_case", "Give either --from FILE (a case file) or --json FILE."))
    if args.files and not args.json:
        raise Misuse(
            translate("cli_case", "--files goes with --json (a case file carries its records).")
        )
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
        said = translate(
            "cli_case",
            "{problem} Add --if-exists keep-both to import a second copy, or --if-exists skip.",
        )
        raise CliError(said.format(problem=exc)) from None
    except (casefile.CaseFileError, casefile.DocumentError) as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.lock()
    if done.skipped:
        print(
            translate(
                "cli_case",
                "This case is already in the vault; nothing was imported (--if-exists skip).",
            )
        )
        return 0
    print(done.case_id)
    records = done.records
    said = translate("cli_case", "Imported as case {case}, with %n record(s).", None, records)
    print(said.format(case=done.case_id), file=sys.stderr)
    if left_out := len(done.left_out):
        said = translate(
            "cli_case",
            "%n record(s) left out (give --files DIR to bring their files): {titles}",
            None,
            left_out,
        )
        print(said.format(titles=", ".join(done.left_out[:10])), file=sys.stderr)
    return 0


def add_parsers(case_sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    a = case_sub.add_parser(
        "export",
        parents=[common],
        help=translate("cli_case", "write one case to an encrypted case file"),
    )
    a.add_argument("--case", required=True, type=int, metavar="ID")
    a.add_argument(
        "--out", required=True, metavar="FILE", help=translate("cli_case", "e.g. mum.secondop-case")
    )
    a.add_argument(
        "--case-password-file",
        metavar="F",
        help=translate(
            "cli_case", "a file holding the passphrase for the case file (not your vault's)"
        ),
    )
    a.add_argument(
        "--no-encryption",
        action="store_true",
        help=translate("cli_case", "write a plain tar (for scripts only)"),
    )
    a.set_defaults(func=cmd_case_export)
    a = case_sub.add_parser(
        "import",
        parents=[common],
        help=translate("cli_case", "add a case from a case file or from case JSON"),
    )
    a.add_argument(
        "--from", dest="source", metavar="FILE", help=translate("cli_case", "a case file")
    )
    a.add_argument(
        "--case-password-file",
        metavar="F",
        help=translate("cli_case", "the case file's passphrase"),
    )
    a.add_argument(
        "--json",
        metavar="FILE",
        help=translate("cli_case", "a case in the `case show --json` format"),
    )
    a.add_argument(
        "--files",
        metavar="DIR",
        help=translate("cli_case", "with --json: the record files, found by SHA-256"),
    )
    a.add_argument(
        "--if-exists",
        choices=("ask", "keep-both", "skip"),
        default="ask",
        help=translate(
            "cli_case", "when the vault already holds this case (default: stop and say so)"
        ),
    )
    a.set_defaults(func=cmd_case_import)
