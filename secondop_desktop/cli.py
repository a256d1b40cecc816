"""The command line: scripting and automation over the same services the app uses.

Exit codes: 0 success, 1 an error explained on stderr, 2 misuse (argparse's own code).
Passphrases come from one line of standard input (``--passphrase-stdin``), else from the
key remembered in the OS keychain, else from a no-echo prompt on the terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from secondop_desktop import cli_case, cli_common, cli_ocr, cli_suggestions
from secondop_desktop.cli_common import CliError, Misuse, translate
from secondop_desktop.cli_common import claim as _claim
from secondop_desktop.cli_common import held as _held
from secondop_desktop.cli_common import new_passphrase as _new_passphrase
from secondop_desktop.cli_common import open_vault as _open
from secondop_desktop.cli_common import passphrase as _passphrase
from secondop_desktop.cli_common import password_from_file as _password_from_file
from secondop_desktop.cli_common import print_json as _print_json
from secondop_desktop.core.hardening import harden_process
from secondop_desktop.paths import resolve_data_dir
from secondop_desktop.store import VaultError
from secondop_desktop.vault import session

if TYPE_CHECKING:
    from secondop_desktop.store import RecoveryKey


# -- commands ---------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault, hand over its recovery key, and only then report success.

    The key is marked confirmed (no reminder at each unlock in the app) only when it was
    written to ``--recovery-out``, when ``--recovery-key-confirmed`` says the caller keeps
    what was printed, or when it is typed back at the terminal's prompt."""
    from secondop_desktop.paths import synced_warning

    folder = resolve_data_dir(args.vault)
    if synced_warning(folder):
        warning = translate("cli", "warning: {message}").format(message=synced_warning(folder))
        print(warning, file=sys.stderr)
    _claim(folder)
    vault, recovery = session.create_vault(folder, _new_passphrase(args))
    try:
        confirmed = _emit_recovery(recovery, args.recovery_out)
        if not confirmed and args.recovery_key_confirmed:
            confirmed = True
        if not confirmed and not args.passphrase_stdin and sys.stdin.isatty():
            confirmed = _typed_back(recovery)
        if confirmed:
            session.confirm_recovery(vault)
    finally:
        vault.lock()
    print(translate("cli", "Vault created."), file=sys.stderr)
    if not confirmed:
        print(
            translate(
                "cli",
                "The recovery key is not marked as confirmed: SecondOp will remind you at each "
                "unlock and offer a new one. (Scripts: pass --recovery-key-confirmed once the "
                "printed key is stored, or --recovery-out FILE.)",
            ),
            file=sys.stderr,
        )
    return 0


def _emit_recovery(recovery: RecoveryKey, out: str | None) -> bool:
    """Hand the key over (a file, else standard output, flushed); True when it is in a file."""
    from secondop_desktop.store import fsutil

    text = recovery.formatted()
    if out:
        fsutil.atomic_write_bytes(Path(out), (text + "\n").encode())
        written = translate("cli", "Recovery key written to {file}; keep it somewhere safe.")
        print(written.format(file=out), file=sys.stderr)
        return True
    print(
        translate("cli", "Your recovery key (shown once; keep it somewhere safe):"),
        file=sys.stderr,
    )
    sys.stderr.flush()
    print(text)
    sys.stdout.flush()
    return False


def _typed_back(recovery: RecoveryKey) -> bool:
    last = recovery.groups()[-1]
    answer = input(
        translate("cli", "To confirm you have it, type its last group (Enter to skip): ")
    )
    if answer.strip().upper() == last:
        return True
    print(
        translate("cli", "That was not the last group; the key stays unconfirmed."),
        file=sys.stderr,
    )
    return False


def cmd_case_add(args: argparse.Namespace) -> int:
    from secondop_desktop import cases

    vault = _open(args)
    try:
        case = cases.create_case(
            vault,
            cases.Case(
                patient_name=args.patient,
                patient_dob=cases.parse_date(args.dob, "patient_dob", "--dob"),
                title=args.title or "",
            ),
            starter_checklist=True,
        )
    finally:
        vault.lock()
    print(case.id)
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    from secondop_desktop import cases
    from secondop_desktop.core import dates

    vault = _open(args)
    try:
        found = cases.list_cases(vault, include_archived=True)
    finally:
        vault.lock()
    if args.json:
        _print_json([c.to_json() for c in found])
    else:
        for c in found:
            dob = dates.format_short(c.patient_dob) or "-"  # as written: 1954, Mar 1954...
            flag = " (archived)" if c.archived else ""
            print(f"{c.id}\t{c.patient_name}\t{dob}\t{c.display_title}\t{c.status}{flag}")
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from secondop_desktop import cases

    vault = _open(args)
    try:
        from secondop_desktop import summary

        document = summary.case_document(vault, args.case)
    except cases.CaseNotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.lock()
    _print_json(document)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from secondop_desktop import cases
    from secondop_desktop.records import importer

    pdf_password = _password_from_file(args.pdf_password_file) if args.pdf_password_file else None
    vault = _open(args)
    try:
        cases.get_case(vault, args.case)

        def reported(item: importer.ImportItem) -> None:
            print(f"done\t{item.status}\t{item.path}", file=sys.stderr, flush=True)

        from secondop_desktop.packet.structured import document_pdf

        report = importer.import_files(
            vault,
            args.case,
            [Path(p) for p in args.paths],
            on_record=reported if args.progress else None,
            default_password=pdf_password,
            render_structured=document_pdf,  # FHIR and C-CDA: laid out as a readable PDF
        )
        accepted, left = (
            cli_suggestions.accept_pending(vault, args.case) if args.accept_suggestions else (0, [])
        )
    except cases.CaseNotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.lock()
    if args.json:
        _print_json([item.to_json() for item in report.items])
    else:
        for item in report.items:
            detail = f" (record {item.record_id})" if item.record_id else f": {item.reason}"
            print(f"{item.status}\t{item.path}{detail}")
        print(report.summary(), file=sys.stderr)
    if args.accept_suggestions:
        for line in left:
            print(f"left\t{line}", file=sys.stderr)
        said = translate("cli", "%n suggestion(s) accepted.", None, accepted)
        print(said, file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from secondop_desktop import cases, records

    vault = _open(args)
    try:
        if args.case is not None:
            cases.get_case(vault, args.case)
        if args.everywhere:
            from secondop_desktop import search

            found = search.search_case(vault, args.query, case_id=args.case, limit=args.limit)
        else:
            hits = records.search(vault, args.query, case_id=args.case, limit=args.limit)
    except cases.CaseNotFound as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.lock()
    if args.everywhere:
        if args.json:
            _print_json([f.to_json() for f in found.found])
        else:
            for f in found.found:
                print(f"{f.case_id}\t{f.where}\t{f.label}\t{' '.join(f.snippet.split())}")
        if unread := found.unread:
            print(
                translate(
                    "cli", "%n record(s) have no text to search (photos, scans).", None, unread
                ),
                file=sys.stderr,
            )
        return 0
    if args.json:
        _print_json([h.to_json() for h in hits])
    else:
        for h in hits:
            print(f"{h.record_id}\tp.{h.page}\t{h.title}\t{' '.join(h.snippet.split())}")
    return 0


def _id_list(text: str, what: str) -> list[int]:
    """Ids separated by commas ("3,1,2"); anything else is misuse, named."""
    items = [t.strip() for t in text.split(",") if t.strip()]
    bad = [t for t in items if not t.isdigit()]
    if not items:
        said = translate("cli", "{option} must be ids separated by commas, not nothing.")
        raise Misuse(said.format(option=what))
    if bad:
        said = translate("cli", "{option} must be ids separated by commas, not {given}.")
        raise Misuse(said.format(option=what, given=", ".join(bad)))
    ids = [int(t) for t in items]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise Misuse(
            translate("cli", "{option} lists {ids} more than once.").format(
                option=what, ids=", ".join(map(str, twice))
            )
        )
    return ids


def _sections(text: str) -> tuple[str, ...]:
    from secondop_desktop.packet.spec import SECTIONS

    names = [t.strip().lower() for t in text.split(",") if t.strip()]
    unknown = [n for n in names if n not in SECTIONS]
    if not names:
        said = translate("cli", "Unknown sections: (none given). The sections are: {sections}.")
        raise Misuse(said.format(sections=", ".join(SECTIONS)))
    if unknown:  # the noun agrees with the list, which carries no count to show
        if len(unknown) == 1:
            said = translate("cli", "Unknown section: {unknown}. The sections are: {sections}.")
        else:
            said = translate("cli", "Unknown sections: {unknown}. The sections are: {sections}.")
        raise Misuse(said.format(unknown=", ".join(unknown), sections=", ".join(SECTIONS)))
    return tuple(k for k in SECTIONS if k in names)  # the packet keeps its own order


def cmd_export(args: argparse.Namespace) -> int:
    from secondop_desktop import cases, packet, records
    from secondop_desktop.packet import choices
    from secondop_desktop.packet.preflight import grouped
    from secondop_desktop.packet.preflight import run as run_preflight

    password = _password_from_file(args.pdf_password_file) if args.pdf_password_file else ""
    sections = _sections(args.sections) if args.sections is not None else tuple(packet.SECTIONS)
    wanted = _id_list(args.records, "--records") if args.records is not None else None
    vault = _open(args)
    try:
        case = cases.get_case(vault, args.case)
        if wanted is None:
            # Those "In packet", in the builder's remembered order, else in clinical order.
            chosen = choices.packet_record_ids(vault, args.case)
        else:
            have = {r.id for r in records.list_records(vault, args.case)}
            missing = [i for i in wanted if i not in have]
            if missing:
                raise CliError(
                    translate(
                        "cli",
                        "No record {ids} in case {case} ({patient}); "
                        "`secondop case show --case {case}` lists its records.",
                    ).format(
                        ids=", ".join(map(str, missing)),
                        case=args.case,
                        patient=case.patient_name,
                    )
                )
            chosen = wanted
        team = choices.care_team(vault, args.case)
        if args.consultant is not None:
            if args.consultant not in team:
                raise CliError(
                    translate(
                        "cli",
                        "No clinician {id} on the care team of case {case}; "
                        "`secondop case show --case {case}` lists the care team.",
                    ).format(id=args.consultant, case=args.case)
                )
            prepared_for = choices.consultant_label(team[args.consultant])
        else:
            saved = choices.get_choices(vault, args.case)
            remembered = saved.prepared_for if saved is not None else None
            prepared_for = (
                choices.default_consultant(vault, args.case) if remembered is None else remembered
            )
        spec = packet.PacketSpec(
            case_id=args.case,
            sections=sections,
            record_ids=chosen,
            paper=args.paper or packet.default_paper(),
            quality=args.quality,
            password=password,
            prepared_for=prepared_for,
            consultant_id=choices.consultant_id(team, prepared_for),
            text_layer=not args.no_text_layer,
        )
        for group in grouped(run_preflight(vault, spec)):
            print(f"check: {group.text}", file=sys.stderr)
            if len(group.findings) > 1:
                for finding in group.findings:
                    print(f"check:   {finding.text}", file=sys.stderr)
        result = packet.build_packet(vault, spec, Path(args.out))
    except cases.CaseNotFound as exc:
        raise CliError(str(exc)) from None
    except packet.PacketError as exc:
        raise CliError(str(exc)) from None
    finally:
        vault.lock()
    print(f"{result.path}\t{result.pages} pages\t{result.size} bytes")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from secondop_desktop.vault import backups

    vault = _open(args)
    try:
        path = backups.back_up_to(vault, Path(args.out))
    except OSError as exc:
        raise CliError(
            translate("cli", "The backup could not be written: {reason}.").format(
                reason=exc.strerror
            )
        ) from None
    finally:
        vault.lock()
    print(path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from secondop_desktop.vault import backups

    folder = resolve_data_dir(args.vault)
    _claim(folder)
    kept = backups.restore(folder, Path(args.source))
    if kept is not None:
        said = translate("cli", "The previous vault was kept as {folder}.")
        print(said.format(folder=kept), file=sys.stderr)
    print(
        translate(
            "cli", "Restored {folder} from {file}. Unlock it with the passphrase it had then."
        ).format(folder=folder, file=args.source)
    )
    return 0


def cmd_salvage(args: argparse.Namespace) -> int:
    from secondop_desktop.vault import salvage

    folder = resolve_data_dir(args.vault)
    report = salvage.salvage(folder, _passphrase(args), Path(args.out))
    for line in report.lost:
        print(f"lost\t{line}", file=sys.stderr)
    print(report.summary())
    return 0 if not report.lost else 1


def cmd_check(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        problems = vault.check()
    finally:
        vault.lock()
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print(translate("cli", "The vault is sound: every page passed its integrity check."))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    folder = resolve_data_dir(args.vault)
    from secondop_desktop import demo

    vault, _recovery = demo.create_demo_vault(folder, _new_passphrase(args))
    vault.lock()
    print(
        translate("cli", "Demo vault written to {folder}.").format(folder=folder), file=sys.stderr
    )
    return 0


# -- parser -------------------------------------------------------------------------------
_SECTIONS_HELP = "(the section names)"


class _ExportHelp(argparse.HelpFormatter):
    """Lists the packet's section names at the end of ``export --help``. Read only when
    help is asked for: the packet (and Qt) stays unloaded for every other command."""

    def add_text(self, text: str | None) -> None:
        if text == _SECTIONS_HELP:
            from secondop_desktop.packet.spec import SECTIONS

            names = ", ".join(
                f"{key} ({translate('spec', title)})" for key, title in SECTIONS.items()
            )
            text = translate("cli", "Section names for --sections: {names}.").format(names=names)
        super().add_text(text)


class _VersionAction(argparse.Action):
    """``--version``: the parts' versions are looked up only when asked (Qt is slow to load)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from secondop_desktop.about import version_report

        print(version_report())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault", metavar="DIR", help=translate("cli", "vault folder (default: app-data folder)")
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("cli", "read the passphrase as one line from stdin"),
    )
    parser = argparse.ArgumentParser(
        prog="secondop",
        description=translate(
            "cli", "SecondOp: organise records and questions for a second medical opinion."
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=translate("cli", "print the versions of SecondOp, Qt, SQLCipher"),
    )
    parser.add_argument("--vault", metavar="DIR", help=translate("cli", "vault folder for the app"))
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli", "open the app on a temporary demo vault"),
    )
    parser.add_argument(  # for smoke tests of an installed app: start, show, quit cleanly
        "--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help=translate("cli", "create a vault"))
    p.add_argument(
        "--recovery-out",
        "--recovery-key-file",
        dest="recovery_out",
        metavar="FILE",
        help=translate("cli", "write the recovery key to FILE (counts as confirming it)"),
    )
    p.add_argument(
        "--recovery-key-confirmed",
        action="store_true",
        help=translate(
            "cli", "mark the printed recovery key as confirmed (you keep what is printed)"
        ),
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("case", help=translate("cli", "add, list or show cases"))
    case_sub = p.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    a = case_sub.add_parser(
        "add", parents=[common], help=translate("cli", "add a case; prints its id")
    )
    a.add_argument("--patient", required=True, metavar="NAME")
    a.add_argument(
        "--dob",
        metavar="DATE",
        help=translate(
            "cli", "date of birth as remembered: 1956-03-14, 14 Mar 1956, Mar 1956, 1956"
        ),
    )
    a.add_argument("--title", metavar="T")
    a.set_defaults(func=cmd_case_add)
    a = case_sub.add_parser("list", parents=[common], help=translate("cli", "list cases"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_case_list)
    a = case_sub.add_parser(
        "show", parents=[common], help=translate("cli", "print a whole case as JSON")
    )
    a.add_argument("--case", required=True, type=int, metavar="ID")
    a.add_argument(
        "--json",
        action="store_true",
        help=translate("cli", "(the only format; accepted for clarity)"),
    )
    a.set_defaults(func=cmd_case_show)
    cli_case.add_parsers(case_sub, common)

    p = sub.add_parser(
        "import", parents=[common], help=translate("cli", "import files or folders into a case")
    )
    p.add_argument("--case", required=True, type=int, metavar="ID")
    p.add_argument(
        "--json", action="store_true", help=translate("cli", "one JSON object per input file")
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=translate("cli", "a line on stderr as each record is stored"),
    )
    p.add_argument(
        "--pdf-password-file",
        metavar="F",
        help=translate("cli", "try F's text as the password of every password-protected PDF"),
    )
    p.add_argument(
        "--accept-suggestions",
        action="store_true",
        help=translate(
            "cli",
            "accept the facts read from FHIR and C-CDA files (otherwise they wait for review)",
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_import)
    cli_suggestions.add_parser(sub, common)
    cli_ocr.add_parser(sub, common)

    p = sub.add_parser(
        "search", parents=[common], help=translate("cli", "full-text search of a case's records")
    )
    p.add_argument(
        "--case", type=int, metavar="ID", help=translate("cli", "one case (default: every case)")
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument(
        "--everywhere",
        action="store_true",
        help=translate(
            "cli", "also search titles, notes and every section (opinions, questions, timeline...)"
        ),
    )
    p.add_argument("query", metavar="QUERY")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "export",
        parents=[common],
        help=translate("cli", "write the case's packet (PDF)"),
        formatter_class=_ExportHelp,
        epilog=_SECTIONS_HELP,
    )
    p.add_argument("--case", required=True, type=int, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument(
        "--records",
        metavar="ID,ID,...",
        help=translate(
            "cli",
            "these records, in this order (default: those marked In packet, in the order "
            "last chosen in the app, else pathology, imaging, labs, letters, the rest; newest "
            "first)",
        ),
    )
    p.add_argument(
        "--sections",
        metavar="NAME,NAME",
        help=translate(
            "cli",
            "only these sections (names below; default: all); the cover, contents and "
            "records index always come",
        ),
    )
    p.add_argument(
        "--consultant",
        type=int,
        metavar="ID",
        help=translate(
            "cli",
            "the care-team clinician the packet is for (default: the second-opinion "
            "clinician on the care team)",
        ),
    )
    p.add_argument(
        "--pdf-password-file",
        metavar="F",
        help=translate("cli", "protect the packet (AES-256) with F's text"),
    )
    p.add_argument(
        "--paper", choices=("a4", "letter"), help=translate("cli", "default: from the locale")
    )
    p.add_argument("--quality", choices=("small", "standard", "high"), default="standard")
    p.add_argument(
        "--no-text-layer",
        action="store_true",
        help=translate("cli", "photo and scan pages without the invisible text read from them"),
    )
    p.set_defaults(func=cmd_export)
    p = sub.add_parser(
        "backup", parents=[common], help=translate("cli", "write a backup file of the vault")
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "restore",
        help=translate("cli", "replace the vault with a backup (the current one is kept)"),
    )
    p.add_argument(
        "--vault", metavar="DIR", help=translate("cli", "vault folder (default: app-data folder)")
    )
    p.add_argument("--from", dest="source", required=True, metavar="FILE")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser(
        "salvage",
        parents=[common],
        help=translate("cli", "copy what can still be read from a damaged vault"),
    )
    p.add_argument("--out", required=True, metavar="FOLDER")
    p.set_defaults(func=cmd_salvage)
    p = sub.add_parser(
        "check", parents=[common], help=translate("cli", "run the vault's integrity checks")
    )
    p.set_defaults(func=cmd_check)
    p = sub.add_parser(
        "demo", parents=[common], help=translate("cli", "write a vault holding a fictional case")
    )
    p.set_defaults(func=cmd_demo)
    return parser


def run_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from secondop_desktop import cases

    try:
        return int(args.func(args))
    except Misuse as exc:
        parser.print_usage(sys.stderr)
        print(f"secondop: {exc}", file=sys.stderr)
        return 2
    except (VaultError, CliError, cases.ValidationError, session.WeakPassphrase) as exc:
        print(f"secondop: {exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        said = translate("cli", "the passphrase on standard input is not valid UTF-8.")
        print(f"secondop: {said}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"secondop: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    # In a bundled app (PyInstaller) the import workers are this same executable: without
    # this they would start the app again instead of running their task. (Outside a bundle
    # it does nothing, so multiprocessing is not imported at every start.)
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    harden_process()  # before any secret is in memory: no core dumps
    # The help and argparse's errors in the user's language (in English, Qt stays unloaded).
    cli_common.use_language(cli_common.choose_language(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    os.umask(0o077)
    if args.command is None:
        from secondop_desktop.app import run_gui  # Qt is only loaded when the window is wanted

        return run_gui(vault_dir=args.vault, demo_mode=args.demo, quit_after=args.quit_after)
    try:
        cli_common.start_language()  # the services' words (reports, errors, the packet) too
        return run_command(args, parser)
    finally:
        while _held:
            _held.pop().release()
