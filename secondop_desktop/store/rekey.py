"""Re-encrypt the vault under a new data key (issue 14).

Changing the passphrase only re-wraps the data key, so anyone holding an older copy of the
key header and the old passphrase (or the old recovery key) can still derive today's data
key. Re-encrypting replaces the key itself: a fresh recovery secret, a data key derived from
it, every page of the database copied under that key (SQLite's online backup API, in
steps, so it shows progress and can be cancelled), and a new header wrapping it under the
new passphrase and the new recovery key.

Kill safety: everything is built in the private folder ``.rekey`` beside the vault; the
original files are untouched until the copy is complete, verified and synced. Then two
renames: the database first, the header second. A kill between them leaves the new
database with the old header, and the next open finishes the swap
(:func:`finish_interrupted`), because the new header is already complete in ``.rekey``.
A kill before the first rename leaves the old vault as it was, and ``.rekey`` is swept.

The caller closes every connection to the vault first (SQLite's write-ahead log belongs
to the old file: it is checkpointed and removed before the swap).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from secondop_desktop.i18n import translate
from secondop_desktop.store import connection, fsutil
from secondop_desktop.store.errors import KeyMismatch, VaultDamaged
from secondop_desktop.store.keys import Header, KdfParams, RecoveryKey

log = logging.getLogger(__name__)

REKEY_DIR = ".rekey"
DB_NAME = "vault.db"
HEADER_NAME = "vault.header"
STEP_PAGES = 256  # 1 MiB at SQLCipher's 4 KiB pages: progress several times a second


class RekeyCancelled(Exception):
    """The user cancelled; the vault is exactly as it was."""


def finish_interrupted(folder: Path) -> None:
    """Complete or undo a re-encryption a kill interrupted. Called before any header read.

    The new database moved in but not its header: move the header in (the database no
    longer opens with the old one). Nothing moved yet: the vault is the old one, and the
    half-built copy goes."""
    stage = Path(folder) / REKEY_DIR
    if not stage.is_dir():
        return
    new_header = stage / HEADER_NAME
    if not (stage / DB_NAME).exists() and new_header.exists():
        os.replace(new_header, Path(folder) / HEADER_NAME)
        fsutil.fsync_dir(Path(folder))
        log.info("finished an interrupted re-encryption")
    shutil.rmtree(stage, ignore_errors=True)


def reencrypt(
    folder: Path,
    header: Header,
    old_key: bytes,
    new_passphrase: str,
    kdf: KdfParams,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> tuple[Header, RecoveryKey, bytes]:
    """Copy the vault under a new data key and install it; returns the new header, the new
    recovery key (unconfirmed: show it to the user) and the new data key.

    Plain data only (a folder, a header, a key), so it runs on a worker thread; no other
    connection to the vault may be open. Raises :class:`RekeyCancelled` when
    ``should_stop`` turns true before the swap, leaving the vault unchanged."""
    folder = Path(folder)
    if not header.verifies(old_key):
        raise KeyMismatch(translate("rekey", "The key given does not open this vault."))
    recovery = RecoveryKey.generate()
    new_key = recovery.data_key()
    # Unconfirmed, like any new recovery key: the app asks for it until it is typed back.
    new_header = Header.new(new_passphrase, recovery, kdf, vault_id=header.vault_id)

    finish_interrupted(folder)
    stage = folder / REKEY_DIR
    shutil.rmtree(stage, ignore_errors=True)
    fsutil.ensure_private_dir(stage)
    try:
        _copy(folder / DB_NAME, stage / DB_NAME, old_key, new_key, should_stop, progress)
        fsutil.atomic_write_bytes(stage / HEADER_NAME, new_header.to_bytes())
        if should_stop():
            raise RekeyCancelled()
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    # -- the swap: from here on the new key is the vault's key ---------------------------
    for suffix in ("-wal", "-shm"):  # the old file's (checkpointed, empty) log and index
        with contextlib.suppress(FileNotFoundError):
            os.unlink(folder / (DB_NAME + suffix))
    os.replace(stage / DB_NAME, folder / DB_NAME)
    fsutil.fsync_dir(folder)
    finish_interrupted(folder)
    log.info("vault re-encrypted under a new key")
    return new_header, recovery, new_key


def _copy(
    source: Path,
    target: Path,
    old_key: bytes,
    new_key: bytes,
    should_stop: Callable[[], bool],
    progress: Callable[[int, int], None],
) -> None:
    src = connection.open_keyed(source, old_key)
    try:
        # Everything committed is in the main file before it is copied, and the old log
        # is empty, so nothing of it is needed after the swap.
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        fsutil.create_private_file(target)
        dst = connection.open_keyed(target, new_key, new=True, wal=False)
        try:

            def step(status: int, remaining: int, total: int) -> None:
                if should_stop():
                    raise RekeyCancelled()
                progress(total - remaining, total)

            src.backup(dst, pages=STEP_PAGES, progress=step)
            problems = [str(r[0]) for r in dst.execute("PRAGMA cipher_integrity_check")]
            problems += [str(r[0]) for r in dst.execute("PRAGMA quick_check") if str(r[0]) != "ok"]
            if problems:
                raise VaultDamaged(
                    translate(
                        "rekey",
                        "The re-encrypted copy failed its check, so the vault was left as it "
                        "was: {problem}",
                    ).format(problem=problems[0])
                )
            dst.execute("PRAGMA journal_mode = WAL").fetchone()
        finally:
            dst.close()
        with open(target, "rb") as fh:
            os.fsync(fh.fileno())
    finally:
        src.close()
