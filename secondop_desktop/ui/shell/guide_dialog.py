"""Help > User Guide (F1): the guide for patients and caregivers, offline, searchable, and
open at the topic of the screen in front of the user (issue 18).

The guide is one HTML file shipped in the package (resources/guide.html), a topic per
``<h2 id="...">``; the ids are the case page's section names, so F1 on the Records tab opens
"Records". Search keeps the topics that hold every word typed (case and accents ignored).
A language has its own file, ``guide_<code>.html`` with the same ids (e.g. guide_es.html);
without one the English guide is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as html_escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import i18n
from secondop_desktop.core.assets import asset, read_text
from secondop_desktop.core.text import fold
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.widgets import fitted_size

_TOPIC = re.compile(r'<h2 id="([a-z_]+)">(.*?)</h2>(.*?)(?=<h2 id=|\Z)', re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    html: str
    folded: str  # title and text, folded for search


def guide_file(code: str | None = None) -> str:
    """The guide in ``code`` (the language installed when None), else the English one."""
    name = f"guide_{code or i18n.active()}.html"
    return name if asset(name).is_file() else "guide.html"


def topics(code: str | None = None) -> list[Topic]:
    """The guide's topics, in order, in ``code`` (the language installed when None)."""
    found = []
    name = guide_file(code)
    language = name.removeprefix("guide_").removesuffix(".html") if "_" in name else "en"
    for key, title, body in _TOPIC.findall(read_text(name)):
        plain = _TAG.sub(" ", f"{title} {body}").replace("&gt;", ">").replace("&amp;", "&")
        html = f"<h2>{title}</h2>{_picture(language, key, title)}{body}"
        found.append(Topic(key, title, html, fold(" ".join(plain.split()))))
    return found


def _picture(language: str, key: str, title: str) -> str:
    """The topic's screen on the demo case (scripts/guide_images.py), when it has one."""
    image = asset("guide", language, f"{key}.png")
    if not image.is_file():
        return ""
    alt = translate("guide_dialog", "The screen: {topic}").format(topic=_TAG.sub("", title))
    source, alt = html_escape(str(image)), html_escape(alt)
    return f'<p><img src="{source}" width="{PICTURE_WIDTH}" alt="{alt}"></p>'


PICTURE_WIDTH = 560  # as made by scripts/guide_images.py


class GuideDialog(QDialog):
    def __init__(self, topic: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("guide_dialog", "SecondOp User Guide"))
        self.topics = topics()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("guide_dialog", "Search the guide"))
        self.search.setAccessibleName(translate("guide_dialog", "Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("guide_dialog", "Topics"))
        self.list.setWordWrap(True)  # a long title wraps instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.text = QTextBrowser()
        self.text.setAccessibleName(translate("guide_dialog", "Topic"))
        self.text.setOpenExternalLinks(False)
        for t in self.topics:
            item = QListWidgetItem(_TAG.sub("", t.title))
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            self.list.addItem(item)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.text, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.search.textChanged.connect(self._filter)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(fitted_size(em * 84, self.fontMetrics().height() * 38))
        self.show_topic(topic or "start")

    def show_topic(self, key: str) -> None:
        """Select ``key``'s topic (the first one when there is no such topic)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(0)

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def shown_keys(self) -> list[str]:
        return [
            str(self.list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.list.count())
            if not self.list.item(r).isHidden()
        ]

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.text.clear()
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        topic = next(t for t in self.topics if t.key == key)
        self.text.setHtml(topic.html)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first_shown = None
        for row, topic in enumerate(self.topics):
            item = self.list.item(row)
            shown = all(w in topic.folded for w in words)
            item.setHidden(not shown)
            if shown and first_shown is None:
                first_shown = row
        current = self.list.currentItem()
        if current is None or current.isHidden():
            if first_shown is None:
                self.list.setCurrentRow(-1)
                self.text.setPlainText(
                    translate("guide_dialog", "Nothing in the guide mentions “{words}”.").format(
                        words=text.strip()
                    )
                )
            else:
                self.list.setCurrentRow(first_shown)
