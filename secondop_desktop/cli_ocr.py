"""``secondop ocr``: how many pages wait for their text to be read, and with ``--wait``
reading them now (for scripts and tests; the window reads them in the background)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from secondop_desktop.cli_common import CliError, open_vault, print_json, translate


def cmd_ocr(args: argparse.Namespace) -> int:
    from secondop_desktop import cases
    from secondop_desktop.records import ocr_queue

    vault = open_vault(args)
    try:
        cases.get_case(vault, args.case)
        if not args.wait:
            waiting = ocr_queue.waiting(vault, args.case)
            if args.json:
                print_json({"waiting": waiting})
            else:
                print(translate("cli_ocr", "%n page(s) waiting for their text to be read.", None,
                                waiting))  # fmt: skip
            return 0

        def said(done: int, total: int, message: str = "") -> None:
            if args.progress:
                print(f"{done}/{total}\t{message}", file=sys.stderr, flush=True)

        report = ocr_queue.run(vault, args.case, progress=said)
    except cases.CaseNotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.lock()
    if report.unavailable:
        raise CliError(
            translate(
                "cli_ocr",
                "Text recognition is not installed, so the text in photos and scans cannot be "
                "read. Reinstall SecondOp to add it.",
            )
        )
    if args.json:
        print_json({"read": report.read, "failed": report.failed})
    else:
        read, failed = report.read, report.failed  # plain names: lupdate reads the counts
        print(
            translate("cli_ocr", "%n page(s) read", None, read)
            + (", " + translate("cli_ocr", "%n failed", None, failed) if failed else "")
            + "."
        )
    return 0


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "ocr",
        parents=[common],
        help=translate("cli_ocr", "read the text of a case's photos and scans"),
    )
    p.add_argument("--case", required=True, type=int, metavar="ID")
    p.add_argument(
        "--wait",
        action="store_true",
        help=translate("cli_ocr", "read the waiting pages now and return when done"),
    )
    p.add_argument(
        "--progress", action="store_true", help=translate("cli_ocr", "a line on stderr per page")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ocr)
