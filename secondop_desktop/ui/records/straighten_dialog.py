"""Before and after: the photo as taken, with the sheet's edges marked, beside the page laid
flat (issue 20). The user chooses; closing the dialog chooses nothing, so the offer stays.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import records
from secondop_desktop.i18n import translate
from secondop_desktop.records.straighten import Corners, Straightened

SIDE = 420  # each picture's box, in pixels at 1x: both fit side by side at 1024 wide


class StraightenDialog(QDialog):
    """``result()`` is Accepted to use the flat page; ``kept`` is True when the user chose
    the photo as it is; otherwise nothing was chosen."""

    def __init__(
        self,
        record: records.Record,
        corners: Corners,
        made: Straightened,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kept = False
        self.setWindowTitle(translate("straighten_dialog", "Straighten “{title}”").format(
            title=record.title
        ))  # fmt: skip
        intro = QLabel(
            translate(
                "straighten_dialog",
                "On the left, the photo as it was taken, with the edges of the sheet marked. "
                "On the right, the page laid flat, as a scanner would give it. The photo "
                "itself is kept: you can go back to it at any time.",
            )
        )
        intro.setWordWrap(True)
        turn = QTransform().rotate(record.rotation)  # as the user turned the record
        smooth = Qt.TransformationMode.SmoothTransformation
        photo = _pixmap(made.before)
        marked = photo if photo.isNull() else _with_outline(photo, corners)
        self.before = _Picture(
            marked.transformed(turn, smooth),
            translate("straighten_dialog", "The photo as taken, with the sheet's edges marked"),
        )
        self.after = _Picture(
            _pixmap(made.after).transformed(turn, smooth),
            translate("straighten_dialog", "The page laid flat"),
        )
        grid = QGridLayout()
        for col, (label, picture) in enumerate(
            (
                (translate("straighten_dialog", "Before"), self.before),
                (translate("straighten_dialog", "After"), self.after),
            )
        ):
            heading = QLabel(f"<b>{label}</b>")
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(heading, 0, col)
            grid.addWidget(picture, 1, col)
        grid.setRowStretch(1, 1)  # the pictures take the height, not the headings
        buttons = QDialogButtonBox()
        self.use_button = QPushButton(translate("straighten_dialog", "&Use the flat page"))
        self.use_button.setDefault(True)
        self.keep_button = QPushButton(translate("straighten_dialog", "Leave the photo as it &is"))
        self.cancel_button = QPushButton(translate("straighten_dialog", "Decide later"))
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.clicked.connect(self.accept)
        self.keep_button.clicked.connect(self._keep)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.use_button.setFocus()
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 2 * SIDE + 80, SIDE + 200
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _keep(self) -> None:
        self.kept = True
        self.reject()


def _pixmap(data: bytes) -> QPixmap:
    image = QImage.fromData(data)
    return QPixmap.fromImage(image)


def _with_outline(pixmap: QPixmap, corners: Corners) -> QPixmap:
    """The photo with the sheet's edges drawn over it, thick enough to see when reduced."""
    marked = QPixmap(pixmap)
    painter = QPainter(marked)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(Qt.GlobalColor.cyan, max(3.0, pixmap.width() / 150))
    painter.setPen(pen)
    painter.drawPolygon(
        QPolygonF([QPointF(x * pixmap.width(), y * pixmap.height()) for x, y in corners])
    )
    painter.end()
    return marked


class _Picture(QLabel):
    """A picture drawn as large as its box allows, its shape kept: the dialog fits a
    1024 x 700 screen at 1.5x as well as a large one."""

    def __init__(self, pixmap: QPixmap, name: str) -> None:
        super().__init__()
        self.source = pixmap
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(160, 160))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def sizeHint(self) -> QSize:
        return QSize(SIDE, SIDE)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.source.isNull():
            ratio = self.devicePixelRatioF()
            scaled = self.source.scaled(
                self.size() * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self.setPixmap(scaled)
