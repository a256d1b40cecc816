"""The language SecondOp speaks: Qt's translation system, one ``.ts`` file per language.

Every visible string is written in English in the code and passed through
:func:`translate` with a literal context (the module's name), so ``pyside6-lupdate`` finds
it and a translator can read where it appears. ``self.tr()`` is not used: PySide looks a
string up under the class of the *instance*, so a subclass would miss its base class's
translations. Strings made at import time (tables of labels) are marked with
``QT_TRANSLATE_NOOP`` and translated where they are shown, so the language is the one
installed when the screen is built, never the one at import.

A language is ``secondop_<code>.ts`` in this folder, built into ``.qm`` by ``make`` (see
``scripts/i18n.py``); adding one is a new ``.ts`` file and a line in :data:`LANGUAGES`.
English is the source language: ``secondop_en.ts`` holds only its plural forms.

The language is chosen once at start: ``SECONDOP_LANGUAGE`` (tests, scripts), else the
user's choice in Settings, else the first of the system's UI languages SecondOp speaks,
else English. Dates and numbers follow the same choice through ``QLocale.setDefault``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SOURCE = "en"
# Code -> the language's own name (shown in Settings in that language, as systems do).
LANGUAGES = {"en": "English", "es": "Español"}
SYSTEM = "system"
ENV = "SECONDOP_LANGUAGE"

_active = SOURCE
_installed: list[object] = []  # the QTranslators, kept alive while installed
# Translators kept without a QCoreApplication (the command line before it renders
# anything, a sandbox worker): Qt's translate would not find them, so they are asked
# directly, also once a worker makes an application of its own for QtPdf.
_standalone: list[object] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (``text`` itself when it has no translation).

    ``n`` >= 0 picks a plural form: write ``%n`` where the number goes. With no language
    installed (the English command line) Qt is not loaded for a sentence without a number;
    one with a number loads the English plural forms ("1 record", "2 records") once."""
    if not _standalone and not _installed:
        if n < 0 and "PySide6.QtCore" not in sys.modules:  # no application: English as is
            return text
        if n >= 0 and not _application():
            install(SOURCE)
            if not _standalone:  # no .qm (a checkout before make): English's own rule
                return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))
    from PySide6.QtCore import QCoreApplication, QTranslator

    if _standalone:
        found = ""
        for translator in _standalone:
            assert isinstance(translator, QTranslator)
            found = translator.translate(context, text, disambiguation, n) or ""
            if found:
                break
        found = found or text
        return found.replace("%n", str(n)) if n >= 0 else found
    return QCoreApplication.translate(context, text, disambiguation, n)


def _application() -> bool:
    if "PySide6.QtCore" not in sys.modules:
        return False
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None


def system_languages() -> list[str]:
    """The system's preferred UI languages as two-letter codes, most preferred first."""
    from PySide6.QtCore import QLocale

    codes = []
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code and code not in codes:
            codes.append(code)
    return codes


def choose(setting: str | None = None) -> str:
    """The language to use: the environment's override, the user's setting, the system's."""
    for wanted in (os.environ.get(ENV), setting):
        if wanted and wanted != SYSTEM:
            code = wanted.split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            log.warning("SecondOp does not speak %r; choosing from the system", wanted)
    for code in system_languages():
        if code in LANGUAGES:
            return code
    return SOURCE


def qm_file(code: str) -> Path:
    return HERE / f"secondop_{code}.qm"


def install(code: str) -> str:
    """Install the translators for ``code`` (ours and Qt's own, for the standard buttons
    and dialogs) on the running QCoreApplication, and make its locale the default one for
    dates and numbers; with no application yet, keep ours for :func:`translate`. Returns
    the language in effect (English when ``code``'s files are missing: the app still
    works, in English)."""
    global _active
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:  # the command line, a worker: their messages, without an application
        _standalone.clear()
        _active = SOURCE
        alone = QTranslator()
        if alone.load(str(qm_file(code))):
            _standalone.append(alone)
            _active = code
        return _active if _standalone else SOURCE
    for old in _installed:
        QCoreApplication.removeTranslator(old)  # type: ignore[arg-type]
    _installed.clear()
    _standalone.clear()  # the application's translators answer from now on
    _active = SOURCE
    ours = QTranslator(app)
    if ours.load(str(qm_file(code))):
        _active = code
    elif code != SOURCE:
        log.warning("No translation file for %r; SecondOp stays in English", code)
    locale = QLocale(code)
    if _active != SOURCE:  # its dates and numbers, in the system's country (paper size)
        territory = QLocale.system().territory()
        QLocale.setDefault(QLocale(locale.language(), territory))
    if not ours.isEmpty():
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    if _active != SOURCE:
        qt = QTranslator(app)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", path):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    return _active


def active() -> str:
    """The language installed (``en`` until :func:`install` found another)."""
    return _active


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` without translating it now (tables
    made at import; :func:`translate` them where shown). Plain Python, unlike PySide's,
    so a module that only marks strings does not load Qt (the command line starts
    without it), and typed ``str``."""
    del context
    return text
