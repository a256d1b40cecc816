"""The one-page recovery kit PDF, drawn with Qt's own PDF writer (QtGui, no widgets).

The kit is what a person keeps in a drawer: it must say plainly what the key is for,
show the key large and unambiguous (a monospaced font, groups of four), and where the
vault lives. It never contains the passphrase.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from secondop_desktop.i18n import translate
from secondop_desktop.store import RecoveryKey, fsutil


def _html(recovery: RecoveryKey, vault_folder: Path, created: date) -> str:
    groups = recovery.groups()
    half = (len(groups) + 1) // 2
    rows = "<br/>".join(" ".join(part) for part in (groups[:half], groups[half:]))
    folder = html.escape(str(vault_folder))
    # The button the kit names, as the unlock page shows it in this language.
    forgot = translate("unlock_page", "&Forgot passphrase?").replace("&", "")

    def t(text: str) -> str:
        return html.escape(text)

    title = t(translate("recovery_kit", "SecondOp recovery kit"))
    intro = t(
        translate(
            "recovery_kit",
            "Created {date}. Keep this page somewhere safe and private, away from your "
            "computer. Anyone who has it and your vault file can read your records.",
        ).format(date=created.isoformat())
    )
    key_heading = t(translate("recovery_kit", "Your recovery key"))
    when_heading = t(translate("recovery_kit", "When to use it"))
    forgot_item = t(
        translate(
            "recovery_kit",
            "You forgot your passphrase: on the unlock screen choose {button}, type this "
            "key, and choose a new passphrase.",
        )
    ).format(button=f"<b>{t(forgot)}</b>")
    header_item = t(
        translate(
            "recovery_kit",
            "The file {file} was lost or damaged: the key still opens your vault and "
            "writes a new header.",
        )
    ).format(file="<i>vault.header</i>")
    checksum = t(
        translate(
            "recovery_kit",
            "Letters and digits only; the last group is a checksum that catches typing "
            "mistakes. O is read as 0 and I or L as 1.",
        )
    )
    where_heading = t(translate("recovery_kit", "Where your vault is"))
    nowhere = t(translate("recovery_kit", "Write your passphrase nowhere near this page."))
    return f"""
<h1 style="font-size:20pt">{title}</h1>
<p style="font-size:11pt">{intro}</p>
<h2 style="font-size:14pt">{key_heading}</h2>
<table border="1" cellpadding="14" cellspacing="0" width="100%">
<tr><td align="center" style="font-family:'DejaVu Sans Mono',monospace; font-size:17pt">
{rows}</td></tr></table>
<h2 style="font-size:14pt">{when_heading}</h2>
<ul style="font-size:11pt">
<li>{forgot_item}</li>
<li>{header_item}</li>
</ul>
<p style="font-size:11pt">{checksum}</p>
<h2 style="font-size:14pt">{where_heading}</h2>
<p style="font-size:10pt; font-family:'DejaVu Sans Mono',monospace">{folder}</p>
<p style="font-size:10pt">{nowhere}</p>
"""


def _render(
    device: QPagedPaintDevice, recovery: RecoveryKey, vault_folder: Path, created: date
) -> None:
    """Lay the kit out on ``device`` (a PDF writer or a printer) and draw it: one page."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    # Lay out for the device's resolution, so point sizes mean points on paper.
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultStyleSheet("body { font-family: 'DejaVu Sans', sans-serif; }")
    doc.setHtml(_html(recovery, vault_folder, created))
    resolution = device.logicalDpiX()
    rect = device.pageLayout().paintRectPixels(resolution)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(device)


def write_recovery_kit(
    path: Path, recovery: RecoveryKey, vault_folder: Path, *, created: date | None = None
) -> Path:
    """Write the kit as a one-page A4 PDF (0600), via a temporary file and a rename."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(translate("recovery_kit", "SecondOp recovery kit"))
    writer.setCreator("SecondOp")
    writer.setResolution(300)
    _render(writer, recovery, vault_folder, created or date.today())
    del writer  # flushes and closes the file
    fsutil.atomic_write_bytes(path, tmp.read_bytes())
    tmp.unlink()
    return path


def print_recovery_kit(
    printer: QPagedPaintDevice, recovery: RecoveryKey, vault_folder: Path
) -> None:
    """Print the kit straight to a printer the user chose: no file is written."""
    _render(printer, recovery, vault_folder, date.today())
