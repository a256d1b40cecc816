"""Remove each security defence in turn and check that a test notices (issue 14).

Each mutation is a one-line change that takes a defence away (a line commented out, an
early return, a constant flipped, a flag dropped). For each one, the working tree is
copied to a temporary folder (without .venv, .git, bench, build and caches), the change is
made there (the original text must occur exactly once, so this list fails loudly when the
code moves: SNIPPET-MISSING), and the tests named for it run from the copy, which is the
package imported (checked): they must fail (CAUGHT), or the defence could go unnoticed
(SURVIVED). Before any mutation, every named test runs once on the unchanged copy: a test
that fails there makes its mutations BASELINE-RED, one that no longer exists TEST-MISSING,
never "caught". A run that hangs past the timeout counts as caught, and says so.

    .venv/bin/python scripts/mutate.py            # all of them (make mutate)
    .venv/bin/python scripts/mutate.py --list     # what is checked, and by which tests
    .venv/bin/python scripts/mutate.py --only ID  # one (repeatable)

Exit status: 0 when every mutation was caught, 1 otherwise.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
PACKAGE = "secondop_desktop"
# Not copied: what no test reads and can be large (bench holds ~340 MB of inputs, build a
# packaged app), and caches. Only top-level names, except __pycache__.
EXCLUDED = {".venv", ".git", "bench", "build", "dist", ".pytest_cache", ".mypy_cache",
            ".ruff_cache", "__pycache__", "secondop_desktop.egg-info", "node_modules"}  # fmt: skip
TIMEOUT = 300.0  # seconds, per mutation


@dataclass(frozen=True)
class Mutation:
    id: str
    defence: str
    path: str  # relative to the repository
    original: str  # must occur exactly once in the file
    replacement: str
    tests: tuple[str, ...]  # pytest node ids or files, relative to the repository


S = "tests/store/"
V = "tests/services/"
HYG = S + "test_hygiene.py::"
LEAKS = V + "test_packet_leaks.py::"
DAMAGE = V + "test_salvage_damage.py::"
KEYS = "secondop_desktop/store/keys.py"

MUTATIONS: tuple[Mutation, ...] = (
    # -- the key header -----------------------------------------------------------------------
    Mutation(
        "header-checksum",
        "header damage told apart from a wrong passphrase (checksum)",
        KEYS,
        "                if not isinstance(stored, str) or not hmac.compare_digest("
        "stored, _checksum(doc)):",
        "                if not isinstance(stored, str):",
        (S + "test_header_safety.py::test_flipped_bit_in_header_is_damage_not_wrong_passphrase",),
    ),
    Mutation(
        "kdf-bounds",
        "KDF parameters bounded before any derivation",
        KEYS,
        "            if isinstance(value, bool) or not isinstance(value, int) or not low <= "
        "value <= high:",
        "            if isinstance(value, bool) or not isinstance(value, int):",
        (
            S
            + "test_header_safety.py::test_out_of_range_kdf_parameters_give_a_sentence_not_a_hang",
            S + "test_header_safety.py::test_kdf_bounds_hold_even_for_a_header_built_in_memory",
        ),
    ),
    Mutation(
        "aad-kdf",
        "key header binds the KDF parameters (GCM associated data)",
        KEYS,
        '            "kdf": self.kdf.as_dict(),\n            "salt": _b64(self.salt),',
        '            "salt": _b64(self.salt),',
        (S + "test_keys.py",),
    ),
    Mutation(
        "aad-vault-id",
        "key header binds the vault id (GCM associated data)",
        KEYS,
        '            "version": self.version,\n            "vault_id": self.vault_id,\n'
        '            "purpose": purpose,',
        '            "version": self.version,\n            "purpose": purpose,',
        (S + "test_keys.py",),
    ),
    Mutation(
        "aad-none",
        "the passphrase wrap's associated data covers the header at all",
        KEYS,
        "        return json.dumps(bound, sort_keys=True).encode()\n\n    @classmethod",
        "        return purpose.encode()\n\n    @classmethod",
        (S + "test_keys.py",),
    ),
    Mutation(
        "aad-recovery",
        "the recovery wrap is bound to the vault id (GCM associated data)",
        KEYS,
        '        bound = {"format": HEADER_FORMAT, "vault_id": self.vault_id, '
        '"purpose": "recovery"}',
        '        bound = {"format": HEADER_FORMAT, "purpose": "recovery"}',
        (S + "test_keys.py",),
    ),
    Mutation(
        "header-lengths",
        "header field lengths checked (damage, not a crash or a wrong passphrase)",
        KEYS,
        "            header._check_lengths()\n",
        "            pass\n",
        (S + "test_header_safety.py::test_wrong_lengths_are_damage",),
    ),
    Mutation(
        "passphrase-nfc",
        "passphrase NFC-normalised before derivation",
        KEYS,
        '    return unicodedata.normalize("NFC", passphrase).encode("utf-8")',
        '    return passphrase.encode("utf-8")',
        (S + "test_vault.py::test_nfc_and_nfd_forms_of_the_same_text_both_open",),
    ),
    # -- lock ---------------------------------------------------------------------------------
    Mutation(
        "lock-zero-key",
        "key buffer zeroed on lock",
        "secondop_desktop/store/vault.py",
        "            self._scratch = None\n        if self._key is not None:\n"
        "            for i in range(len(self._key)):\n                self._key[i] = 0",
        "            self._scratch = None\n        if self._key is not None:\n"
        "            for i in range(len(self._key)):\n                pass",
        (S + "test_vault.py::test_lock_zeroes_the_key_buffer",),
    ),
    Mutation(
        "lock-close",
        "database connection closed on lock",
        "secondop_desktop/store/vault.py",
        "            self._conn.close()  # from another thread: WrongThread, and nothing is closed",
        "            pass",
        (S + "test_vault.py::test_lock_closes_connection_and_forgets_key",),
    ),
    Mutation(
        "keychain-stale",
        "a stale keychain entry is deleted",
        "secondop_desktop/vault/session.py",
        "        keychain.forget(vault_id)\n        return None",
        "        return None",
        (S + "test_keychain.py",),
    ),
    # -- process hygiene ------------------------------------------------------------------------
    Mutation(
        "core-limit",
        "core dumps disabled (RLIMIT_CORE 0)",
        "secondop_desktop/core/hardening.py",
        "        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))",
        "        pass",
        (HYG + "test_a_hardened_process_has_no_core_limit_and_is_not_dumpable",),
    ),
    Mutation(
        "not-dumpable",
        "process made non-dumpable (prctl)",
        "secondop_desktop/core/hardening.py",
        "        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:",
        "        if False:",
        (HYG + "test_a_hardened_process_has_no_core_limit_and_is_not_dumpable",),
    ),
    Mutation(
        "sandbox-hardened",
        "import sandbox workers disable core dumps themselves",
        "secondop_desktop/records/sandbox.py",
        "    harden_process()  # no core dump of a worker holding a decrypted file's bytes",
        "    pass",
        (HYG + "test_a_sandbox_worker_hardens_itself",),
    ),
    Mutation(
        "instance-lock-first",
        "instance lock taken before unlock (command line)",
        "secondop_desktop/cli.py",
        "    if not folder.is_dir():  # nothing to protect, and no folder is made for a wrong path",
        "    if True:  # nothing to protect, and no folder is made for a wrong path",
        (HYG + "test_a_refused_second_command_changes_no_file_of_the_first",),
    ),
    Mutation(
        "viewer-temp-0700",
        "private temp folder is 0700",
        "secondop_desktop/records/viewer_temp.py",
        "            os.chmod(target, fsutil.DIR_MODE)",
        "            os.chmod(target, 0o755)",
        (HYG + "test_each_process_has_its_own_random_private_viewer_folder",),
    ),
    Mutation(
        "no-chmod-existing",
        "an existing folder's mode is never changed (backups)",
        "secondop_desktop/store/fsutil.py",
        "    if path.is_dir():\n        return path\n    path.parent.mkdir",
        "    if path.is_dir():\n        os.chmod(path, DIR_MODE); return path\n"
        "    path.parent.mkdir",
        (HYG + "test_a_backup_into_a_shared_folder_leaves_its_mode_alone",),
    ),
    Mutation(
        "backup-partials",
        "partial backups of killed processes swept",
        "secondop_desktop/store/backup.py",
        "    sweep_partials(target.parent)\n",
        "    pass\n",
        (HYG + "test_partial_backups_of_ended_processes_are_swept",),
    ),
    # -- salvage --------------------------------------------------------------------------------
    Mutation(
        "salvage-fingerprint",
        "salvage checks each record's SHA-256",
        "secondop_desktop/vault/salvage_rows.py",
        "    if hashlib.sha256(data).hexdigest() != record.sha256:",
        "    if False:",
        (V + "test_salvage.py",),
    ),
    Mutation(
        "salvage-reconnect",
        "salvage reads on after a damaged page (fresh connection)",
        "secondop_desktop/vault/salvage_rows.py",
        "        vault.reconnect()\n        raise",
        "        raise",
        (
            DAMAGE + "test_a_damaged_record_list_loses_no_record",
            DAMAGE + "test_records_whose_entries_are_unreadable_are_rebuilt_from_their_chunks",
        ),
    ),
    Mutation(
        "salvage-by-position",
        "salvage reads chunks row by row around damage",
        "secondop_desktop/vault/salvage_rows.py",
        "        data = _chunks_by_position(vault, record_id, positions, checked=record is not "
        "None)",
        "        data = None",
        (DAMAGE + "test_random_single_page_damage_saves_every_record_whose_bytes_are_intact",),
    ),
    # -- import ---------------------------------------------------------------------------------
    Mutation(
        "non-utf8-names",
        "file names that are not UTF-8 shown with replacement characters",
        "secondop_desktop/records/importer.py",
        '    return os.fsencode(path).decode("utf-8", "replace")',
        "    return str(path)",
        (V + "test_import_names.py::test_a_non_utf8_name_imports_with_a_displayable_name",),
    ),
    Mutation(
        "sandbox-memory",
        "import sandbox memory limit",
        "secondop_desktop/records/sandbox.py",
        "            resource.setrlimit(resource.RLIMIT_DATA, (memory_limit, memory_limit))",
        "            pass",
        (V + "test_import.py::test_memory_limit_rejects_a_memory_hungry_file",),
    ),
    Mutation(
        "sandbox-time",
        "import sandbox time limit",
        "secondop_desktop/records/sandbox.py",
        "                elif (w.started and now - w.started > self.time_limit) or (",
        "                elif False and (w.started and now - w.started > self.time_limit) or (",
        (V + "test_import.py::test_time_limit_stops_a_slow_file",),
    ),
    Mutation(
        "bomb-limit",
        "decompression-bomb limit on images",
        "secondop_desktop/records/parsing.py",
        "MAX_IMAGE_PIXELS = 89_478_485",
        "MAX_IMAGE_PIXELS = 400_000_000",
        (V + "test_import.py::test_200_megapixel_image_is_rejected",),
    ),
    Mutation(
        "log-file-name",
        "file names kept out of the log",
        "secondop_desktop/records/importer.py",
        '        "record imported (%s, %d pages%s)",\n        parsed.media_type,',
        '        "record imported (%s, %d pages%s)",\n        shown(path),',
        (V + "test_canary.py",),
    ),
    Mutation(
        "log-redaction",
        "an unexpected error logs its type and place, never its message",
        "secondop_desktop/ui/shell/app.py",
        '        log.error("unexpected %s at %s", kind.__name__, where)',
        '        log.error("unexpected %s at %s: %s", kind.__name__, where, exc)',
        (V + "test_canary.py::test_an_unexpected_error_logs_its_type_and_place_never_its_message",),
    ),
    # -- the packet ---------------------------------------------------------------------------
    Mutation(
        "xmp-xobjects",
        "XMP dropped from images and forms",
        "secondop_desktop/packet/sanitize.py",
        'XOBJECT_KEYS_DROPPED = ("/Metadata", "/PieceInfo", "/OPI")',
        'XOBJECT_KEYS_DROPPED = ("/PieceInfo", "/OPI")',
        (V + "test_packet_leaks.py",),
    ),
    Mutation(
        "copy-allow-list",
        "record pages copied by an allow-list of keys",
        "secondop_desktop/packet/sanitize.py",
        '            if kind == "plain" and k not in _ALLOWED:',
        "            if False:",
        (V + "test_packet_leaks.py",),
    ),
    Mutation(
        "remove-unreferenced",
        "unreferenced objects dropped from the packet",
        "secondop_desktop/packet/assemble.py",
        "remove_unreferenced=True)",
        "remove_unreferenced=False)",
        (V + "test_packet_leaks.py",),
    ),
    Mutation(
        "javascript-objects",
        "JavaScript actions never copied",
        "secondop_desktop/packet/sanitize.py",
        '        if obj.get("/Type") in _NEVER or obj.get("/S") == "/JavaScript":',
        '        if obj.get("/Type") in _NEVER:',
        (V + "test_packet_leaks.py",),
    ),
    Mutation(
        "javascript-links",
        "links kept only to web addresses (no javascript:)",
        "secondop_desktop/packet/sanitize.py",
        '    return text if scheme in ("http", "https", "mailto") else None',
        "    return text",
        (V + "test_packet_leaks.py", V + "test_packet_links.py"),
    ),
    Mutation(
        "file-attachments",
        "file-attachment annotations left out of the packet",
        "secondop_desktop/packet/pages.py",
        '    "/FileAttachment",  # its file does not travel; a paperclip would promise one\n',
        "",
        (V + "test_packet_leaks.py",),
    ),
    Mutation(
        "photo-pixels-only",
        "photos re-encoded from their pixels only (JPEG COM, PNG text)",
        "secondop_desktop/packet/images.py",
        "    clean = Image.frombytes(small.mode, small.size, small.tobytes())  # pixels, "
        "nothing else",
        "    clean = small",
        (
            LEAKS + "test_a_jpeg_comment_does_not_reach_the_packet",
            LEAKS + "test_png_text_chunks_do_not_reach_the_packet",
            LEAKS + "test_a_phone_photos_exif_gps_and_comment_do_not_reach_the_packet",
        ),
    ),
    Mutation(
        "photo-exif",
        "EXIF (camera, GPS) not written into packet photos",
        "secondop_desktop/packet/images.py",
        '    clean.save(out, "JPEG", quality=quality.jpeg_quality, optimize=True)',
        '    clean.save(out, "JPEG", quality=quality.jpeg_quality, optimize=True,'
        ' exif=frame.info.get("exif", b""))',
        (LEAKS + "test_a_phone_photos_exif_gps_and_comment_do_not_reach_the_packet",),
    ),
    Mutation(
        "jpeg-com-in-pdf",
        "JPEG comments stripped from images inside PDF records",
        "secondop_desktop/packet/images.py",
        "    return not (0xE1 <= marker <= 0xEF or marker == 0xFE)",
        "    return not (0xE1 <= marker <= 0xEF)",
        (V + "test_packet_exif.py",),
    ),
    Mutation(
        "jpeg-exif-in-pdf",
        "EXIF stripped from images inside PDF records",
        "secondop_desktop/packet/sanitize.py",
        "        stripped = strip_jpeg_metadata(image._data)\n",
        "        stripped = image._data\n",
        (V + "test_packet_exif.py",),
    ),
)


# --- Running --------------------------------------------------------------------------------


SOURCE = ROOT  # the tree copied for each run (--tree)


def _ignore(folder: str, names: list[str]) -> set[str]:
    top = Path(folder) == SOURCE
    return {n for n in names if n in EXCLUDED and (top or n == "__pycache__")} | {
        n for n in names if n.endswith((".pyc", ".pyo"))
    }


def _copy(where: Path) -> Path:
    target = where / "tree"
    shutil.copytree(SOURCE, target, ignore=_ignore, symlinks=True)
    return target


def _env(tree: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ beside the mutated sources
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTEST_ADDOPTS", None)
    return env


def _check_imported_from(tree: Path) -> None:
    """The copy's package is the one imported (the venv's editable install points at the
    working tree, which must never be what a mutation run tests)."""
    done = subprocess.run(
        [str(PYTHON), "-c", f"import {PACKAGE}; print({PACKAGE}.__file__)"],
        cwd=tree, env=_env(tree), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    where = Path(done.stdout.strip()).resolve()
    if done.returncode != 0 or not where.is_relative_to(tree.resolve()):
        raise SystemExit(f"the copy's package is not the one imported: {where} ({done.stderr})")


def _pytest(tree: Path, tests: list[str], *, exitfirst: bool, workers: int, timeout: float
            ) -> tuple[int | None, str]:  # fmt: skip
    """pytest's exit status (None on timeout) and its output."""
    args = [str(PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider", f"-n{workers}",
            "-rfE", *(["-x"] if exitfirst else []), *tests]  # fmt: skip
    # A session of its own, so a timeout ends pytest and everything it started (import
    # sandbox workers, command-line children) and nothing else.
    proc = subprocess.Popen(
        args, cwd=tree, env=_env(tree), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, start_new_session=True,
    )  # fmt: skip
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        return None, out
    with contextlib.suppress(ProcessLookupError):  # a child left running by a test
        os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode, out


def _apply(tree: Path, m: Mutation) -> str | None:
    """Make the change in the copy; the problem when the original is not there once."""
    path = tree / m.path
    if not path.exists():
        return f"{m.path} does not exist"
    text = path.read_text(encoding="utf-8")
    count = text.count(m.original)
    if count != 1:
        return f"the original text occurs {count} times in {m.path}"
    path.write_text(text.replace(m.original, m.replacement), encoding="utf-8")
    return None


def _failed(output: str) -> list[str]:
    """Node ids pytest's short summary names as failed or errored."""
    out = []
    for line in output.splitlines():
        for word in ("FAILED ", "ERROR "):
            node = line[len(word) :].split(" - ")[0].strip()
            if line.startswith(word) and "::" in node and " " not in node.split("[")[0]:
                out.append(node)  # (not a captured log line that starts with ERROR)
    return out


def _covers(selector: str, node: str) -> bool:
    return node == selector or node.startswith(selector + "::") or node.startswith(selector + "[")


@dataclass
class Result:
    mutation: Mutation
    status: str
    seconds: float
    detail: str = ""


def run_one(m: Mutation, base: Baseline, timeout: float) -> Result:
    start = time.monotonic()
    reds = [t for t in m.tests if t in base.red]
    missing = [t for t in m.tests if t in base.missing]
    with tempfile.TemporaryDirectory(prefix=f"mutate-{m.id}-") as tmp:
        tree = _copy(Path(tmp))
        problem = _apply(tree, m)
        if problem is not None:
            return Result(m, "SNIPPET-MISSING", time.monotonic() - start, problem)
        if missing:
            return Result(m, "TEST-MISSING", time.monotonic() - start, ", ".join(missing))
        if reds:
            return Result(m, "BASELINE-RED", time.monotonic() - start, ", ".join(reds))
        _check_imported_from(tree)
        code, output = _pytest(tree, list(m.tests), exitfirst=True, workers=0, timeout=timeout)
    seconds = time.monotonic() - start
    if code is None:
        return Result(m, "CAUGHT", seconds, f"timed out after {timeout:.0f} s")
    if code == 1:
        failed = _failed(output)
        return Result(m, "CAUGHT", seconds, failed[0] if failed else "")
    if code == 0:
        return Result(m, "SURVIVED", seconds)
    tail = "\n".join(output.strip().splitlines()[-15:])
    return Result(m, "ERROR", seconds, f"pytest exit status {code}\n{tail}")


def _collected(tree: Path, selectors: list[str]) -> set[str]:
    """The selectors that name at least one test in ``tree`` (a renamed or deleted test
    makes its mutations TEST-MISSING, not caught)."""
    files = sorted({s.split("::")[0] for s in selectors if (tree / s.split("::")[0]).is_file()})
    if not files:
        return set()
    done = subprocess.run(
        [str(PYTHON), "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-n0",
         *files],
        cwd=tree, env=_env(tree), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    nodes = [line.strip() for line in done.stdout.splitlines() if "::" in line]
    return {s for s in selectors if any(_covers(s, node) for node in nodes)}


@dataclass
class Baseline:
    red: set[str]  # selectors with a test failing on the unchanged tree
    missing: set[str]  # selectors naming no test
    seconds: float


def baseline(chosen: list[Mutation], timeout: float, workers: int) -> Baseline:
    """The named tests on the unchanged tree, once."""
    start = time.monotonic()
    selectors = sorted({t for m in chosen for t in m.tests})
    with tempfile.TemporaryDirectory(prefix="mutate-baseline-") as tmp:
        tree = _copy(Path(tmp))
        _check_imported_from(tree)
        present = _collected(tree, selectors)
        missing = set(selectors) - present
        for selector in sorted(missing):
            print(f"no such test: {selector}", file=sys.stderr)
        if not present:
            return Baseline(set(), missing, time.monotonic() - start)
        code, output = _pytest(tree, sorted(present), exitfirst=False, workers=workers,
                               timeout=timeout * 3)  # fmt: skip
    if code is None:
        print("baseline timed out: every mutation counts as baseline-red", file=sys.stderr)
        return Baseline(present, missing, time.monotonic() - start)
    if code not in (0, 1):
        print(output[-3000:], file=sys.stderr)
        raise SystemExit(f"the baseline run could not run (pytest exit status {code})")
    failed = _failed(output)
    if code == 1 and not failed:
        return Baseline(present, missing, time.monotonic() - start)
    red = {s for s in present if any(_covers(s, node) for node in failed)}
    for node in failed:
        print(f"baseline failure: {node}", file=sys.stderr)
    return Baseline(red, missing, time.monotonic() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--only", action="append", metavar="ID", help="run only this one")
    parser.add_argument("--jobs", type=int, default=2, help="mutations run at once (2)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds per mutation")
    parser.add_argument(
        "--tree", type=Path, default=ROOT, metavar="DIR",
        help="copy this tree instead of the repository (say, one with older tests)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    global SOURCE
    SOURCE = args.tree.resolve()

    ids = [m.id for m in MUTATIONS]
    if len(set(ids)) != len(ids):
        raise SystemExit("two mutations share an id")
    if any(m.original == m.replacement or not m.tests for m in MUTATIONS):
        raise SystemExit("a mutation changes nothing or names no test")
    if args.list:
        for m in MUTATIONS:
            print(f"{m.id:22} {m.defence}\n{'':22} {m.path}; tests: {', '.join(m.tests)}")
        return 0
    chosen = list(MUTATIONS)
    if args.only:
        unknown = sorted(set(args.only) - set(ids))
        if unknown:
            raise SystemExit(f"no such mutation: {', '.join(unknown)} (see --list)")
        chosen = [m for m in MUTATIONS if m.id in args.only]
    if not PYTHON.exists():
        raise SystemExit(f"{PYTHON} is missing: run `make test` (or `make run`) once first")

    base = baseline(chosen, args.timeout, max(1, args.jobs))
    named = len({t for m in chosen for t in m.tests})
    print(
        f"baseline: {len(base.red)} of {named} test selections red, "
        f"{len(base.missing)} missing ({base.seconds:.0f} s)",
        flush=True,
    )
    results: list[Result] = []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, m, base, args.timeout) for m in chosen]
        for future in concurrent.futures.as_completed(futures):
            r = future.result()
            results.append(r)
            print(f"  {r.mutation.id}: {r.status} ({r.seconds:.0f} s)", flush=True)
    order = {m.id: i for i, m in enumerate(MUTATIONS)}
    results.sort(key=lambda r: order[r.mutation.id])

    width = max(len(m.defence) for m in chosen)
    print()
    print(f"{'id':22} {'defence':{width}} {'result':15} {'s':>4}")
    print("-" * (22 + width + 15 + 4 + 3))
    for r in results:
        print(f"{r.mutation.id:22} {r.mutation.defence:{width}} {r.status:15} {r.seconds:4.0f}")
    print()
    for r in results:  # which test noticed, or why nothing could
        if r.status == "CAUGHT":
            print(f"{r.mutation.id}: caught by {r.detail or '(see pytest output)'}")
        else:
            print(f"{r.mutation.id} ({r.status}): {r.detail or 'every named test passed'}")
    caught = sum(r.status == "CAUGHT" for r in results)
    print(f"\nmutations caught: {caught} of {len(results)}")
    return 0 if caught == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
