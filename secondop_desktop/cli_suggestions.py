"""``secondop suggestions``: the facts structured records offer (FHIR, C-CDA), listed,
accepted or rejected from scripts; and what ``import --accept-suggestions`` runs. The
same decisions as the window's review screen (``suggested``): nothing becomes a fact of
the case without this explicit step."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from secondop_desktop.cli_common import CliError, Misuse, open_vault, print_json, translate


def accept_pending(vault: Any, case_id: int, kind: str | None = None) -> tuple[int, list[str]]:
    """Accept every pending suggestion (of ``kind``); returns how many, and a line for each
    left pending with its reason (a timeline event without a date...)."""
    from secondop_desktop import suggested

    done = suggested.accept_all(vault, case_id, kind)
    left = [f"{s.id}\t{s.kind}\t{s.text}: {reason}" for s, reason in done.left]
    return done.accepted, left


def cmd_suggestions(args: argparse.Namespace) -> int:
    from secondop_desktop import cases, suggested

    if args.accept_all and (args.accept or args.reject):
        raise Misuse(translate("cli_suggestions", "Give --accept-all or ids, not both."))
    vault = open_vault(args)
    try:
        cases.get_case(vault, args.case)
        if args.accept_all:
            accepted, left = accept_pending(vault, args.case, args.kind)
            for line in left:
                print(f"left\t{line}")
            said = translate("cli_suggestions", "%n suggestion(s) accepted.", None, accepted)
            print(said, file=sys.stderr)
            return 0 if not left else 3
        failed = 0
        for sid in args.accept or []:
            try:
                _belongs(suggested.get(vault, sid), args.case)
                suggested.accept(vault, sid)
                print(f"accepted\t{sid}")
            except (LookupError, ValueError) as exc:
                failed += 1
                print(f"left\t{sid}\t{exc}")
        for sid in args.reject or []:
            try:
                _belongs(suggested.get(vault, sid), args.case)
                suggested.reject(vault, sid)
                print(f"rejected\t{sid}")
            except LookupError as exc:
                failed += 1
                print(f"left\t{sid}\t{exc}")
        if args.accept or args.reject:
            return 3 if failed else 0
        state = None if args.all else suggested.PENDING
        rows = suggested.list_suggestions(vault, args.case, state)
        if args.kind:
            rows = [s for s in rows if s.kind == args.kind]
        if args.json:
            print_json([_json(s) for s in rows])
        else:
            for s in rows:
                detail = " ".join(x for x in (s.value, s.unit) if x)
                print(f"{s.id}\t{s.state}\t{s.kind}\t{s.date[:10]}\t{s.text}\t{detail}")
    except cases.CaseNotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.lock()
    return 0


def _belongs(s: Any, case_id: int) -> None:
    if s.case_id != case_id:
        raise LookupError(
            translate("cli_suggestions", "Suggestion {id} is not in case {case}.").format(
                id=s.id, case=case_id
            )
        )


def _json(s: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return {k: v for k, v in asdict(s).items() if v not in (None, "")}


def _kind(value: str) -> str:
    """A kind of suggestion, checked when the command runs: the window starts through
    this parser too, and importing the structured records' model for its list of kinds
    cost every start 30 ms (issue 17)."""
    from secondop_desktop.records.structured.model import KINDS

    if value not in KINDS:
        raise argparse.ArgumentTypeError(
            translate("cli_suggestions", "invalid kind {kind} (choose from {kinds})").format(
                kind=repr(value), kinds=", ".join(KINDS)
            )
        )
    return value


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "suggestions",
        parents=[common],
        help=translate(
            "cli_suggestions", "list, accept or reject the facts read from structured records"
        ),
    )
    p.add_argument("--case", required=True, type=int, metavar="ID")
    p.add_argument(
        "--kind",
        type=_kind,
        metavar="KIND",
        help=translate(
            "cli_suggestions",
            "only this kind: condition, medication, allergy, procedure, encounter, "
            "immunization or lab",
        ),
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=translate("cli_suggestions", "list decided suggestions too"),
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--accept",
        type=int,
        nargs="+",
        metavar="ID",
        help=translate("cli_suggestions", "make these suggestions facts of the case"),
    )
    p.add_argument(
        "--reject", type=int, nargs="+", metavar="ID", help=translate("cli_suggestions", "reject")
    )
    p.add_argument(
        "--accept-all",
        action="store_true",
        help=translate("cli_suggestions", "accept every pending suggestion (of --kind)"),
    )
    p.set_defaults(func=cmd_suggestions)
