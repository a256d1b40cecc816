"""Issue 18: the user guide in Spanish (resources/guide_es.html) has every topic of the
English guide, under the same ids, so F1 opens the same topic in either language; and the
guide shown is the one of the language installed, the English one when there is none."""

from __future__ import annotations

import pytest

from secondop_desktop import i18n
from secondop_desktop.ui.shell.guide_dialog import _TAG, GuideDialog, guide_file, topics


def _text(html: str) -> str:
    return " ".join(_TAG.sub(" ", html).split())


def test_the_spanish_guide_has_the_english_topics_each_translated() -> None:
    english = topics("en")
    spanish = topics("es")
    assert [t.key for t in spanish] == [t.key for t in english]
    assert len(spanish) > 10
    for es, en in zip(spanish, english, strict=True):
        es_body = _text(es.html.removeprefix(f"<h2>{es.title}</h2>"))
        en_body = _text(en.html.removeprefix(f"<h2>{en.title}</h2>"))
        assert es.title.strip() and es_body, es.key
        assert es.title != en.title, es.key
        assert es_body != en_body, es.key


def test_the_guide_file_follows_the_language() -> None:
    assert guide_file("en") == "guide.html"
    assert guide_file("es") == "guide_es.html"
    assert guide_file("xx") == "guide.html"  # a language without its own guide: English


def test_the_guide_opens_in_spanish_when_spanish_is_installed(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "_active", "es")
    guide = GuideDialog("records")
    qtbot.addWidget(guide)
    assert guide.current_key() == "records"
    assert "Añadir archivos" in guide.text.toPlainText()
    qtbot.keyClicks(guide.search, "clave de recuperacion")  # accents are ignored
    assert set(guide.shown_keys()) == {"start", "backups"}


def test_the_guide_shows_each_topics_screen_in_its_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: the guide has pictures: each topic about a screen shows that screen (made
    on the demo case by scripts/guide_images.py), the Spanish guide the Spanish screens."""
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from secondop_desktop.ui.shell.guide_dialog import GuideDialog, topics

    for code in ("en", "es"):
        pictured = [t for t in topics(code) if "<img " in t.html]
        assert len(pictured) >= 15, code
        for topic in pictured:
            assert f"/guide/{code}/{topic.key}.png" in topic.html.replace("\\", "/")
    dialog = GuideDialog("records")
    qtbot.addWidget(dialog)
    records = next(t for t in topics("en") if t.key == "records")
    found = re.search(r'src="([^"]+)"', records.html)
    assert found is not None
    image = dialog.text.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl.fromLocalFile(found.group(1))
    )
    assert image is not None and not image.isNull(), "the picture loads in the browser"
