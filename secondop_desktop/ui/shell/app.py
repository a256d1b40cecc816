"""Start the Qt application: the normal window, or the demo on a temporary vault."""

from __future__ import annotations

import logging
import shutil
import signal
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from secondop_desktop import APP_NAME, logsetup
from secondop_desktop.core import assets
from secondop_desktop.core.hardening import harden_process
from secondop_desktop.paths import resolve_data_dir


def _close_on_signals(window: QWidget) -> QTimer:
    """Ctrl+C or SIGTERM closes the window properly (locks the vault, removes a demo).

    Python runs signal handlers only between bytecodes, so a timer gives it a moment
    every half second while Qt's event loop is waiting.
    """
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: window.close())
    timer = QTimer(window)
    timer.start(500)
    timer.timeout.connect(lambda: None)
    return timer


def _install_excepthook(window: QWidget) -> None:
    """An unexpected error becomes a calm sentence, and the log gets its type, never data."""
    log = logging.getLogger("secondop_desktop.ui")

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # The message can quote values (names, record text): log the type and where, only.
        where = " <- ".join(
            f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in traceback.extract_tb(tb)[::-1]
        )
        from secondop_desktop.vault import session

        if isinstance(exc, session.VaultDamaged):
            # A damaged page read before the background check found it (see
            # MainWindow.check_pages): the same calm way out, not "something went wrong".
            log.error("damaged page read at %s", where)
            on_damage = getattr(window, "damage_found", None)
            if callable(on_damage):
                on_damage()
                return
        log.error("unexpected %s at %s", kind.__name__, where)
        from secondop_desktop.i18n import translate
        from secondop_desktop.ui.common import dialogs

        dialogs.error(
            window,
            translate("app", "Something went wrong"),
            translate(
                "app",
                "SecondOp hit an unexpected problem and stopped that action. Your saved "
                "records are safe. If it happens again, restart SecondOp.",
            ),
        )

    sys.excepthook = hook


def _app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(assets.read_bytes("icons", "secondop-256.png"))
    return QIcon(pixmap)


SWEEP_DELAY_MS = 200  # once the window is on screen


def _sweep_viewer_copies() -> None:
    """Copies left by a crash or a kill are removed at the next start: once the window is
    on screen (the records code it needs is not loaded before the unlock page shows)."""
    from secondop_desktop.records import viewer_temp

    viewer_temp.wipe()


def _quit_later(window: QWidget, seconds: float | None) -> None:
    """Close the window (the normal way: lock, clean up) after ``seconds``."""
    if seconds is not None:
        QTimer.singleShot(int(seconds * 1000), window.close)


def _install_language(vault_dir: str | None) -> None:
    """The user's language (Settings, else the system's), before any screen is built."""
    from secondop_desktop import i18n
    from secondop_desktop.settings import Settings

    try:
        setting = Settings.load(resolve_data_dir(vault_dir)).language
    except OSError:  # an unreadable folder is reported by the unlock page, not here
        setting = None
    i18n.install(i18n.choose(setting))


def run(
    vault_dir: str | None = None, demo_mode: bool = False, *, quit_after: float | None = None
) -> int:
    harden_process()  # before any secret is in memory: no core dumps
    existing = QApplication.instance()
    if existing is None:
        app = QApplication(sys.argv)
    else:
        assert isinstance(existing, QApplication), "a QCoreApplication cannot show windows"
        app = existing
    QTimer.singleShot(SWEEP_DELAY_MS, _sweep_viewer_copies)
    _install_language(vault_dir)
    # The screens are imported only now: strings a module makes at import are translated.
    from secondop_desktop.ui.common import colours
    from secondop_desktop.ui.common.state import AppState
    from secondop_desktop.ui.shell.main_window import MainWindow

    colours.follow_system_scheme(app)  # dark or light as the system says, also when it changes
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.secondop.SecondOp")  # its .desktop file: the dock icon
    app.setWindowIcon(_app_icon())
    if demo_mode:
        folder = Path(tempfile.mkdtemp(prefix="secondop-demo-"))
        try:
            data_dir = folder / "vault"
            from secondop_desktop import demo  # only for --demo: it imports the importer

            vault, _ = demo.create_demo_vault(data_dir)
            packet_path = demo.write_demo_packet(vault, folder)
            state = AppState(data_dir, demo_mode=True)
            window = MainWindow(
                state,
                vault=vault,
                demo_passphrase=demo.DEMO_PASSPHRASE,
                demo_packet=packet_path,
            )
            _close_on_signals(window)
            _install_excepthook(window)
            window.show()
            _quit_later(window, quit_after)
            return int(app.exec())
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    data_dir = resolve_data_dir(vault_dir)
    from secondop_desktop.vault import session

    try:  # before anything touches the folder (logs, tidying): a refused one changes nothing
        instance = session.claim_vault(data_dir)  # held until the app quits
    except session.VaultInUse as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    logsetup.configure(data_dir)
    window = MainWindow(AppState(data_dir))
    window.instance_lock = instance
    _close_on_signals(window)
    _install_excepthook(window)
    window.show()
    _quit_later(window, quit_after)
    return int(app.exec())
