"""What was read from a record's pictures and how it is shown (issue 20), carried in a case
file beside the record as ``records/<sha256>.pictures.json``:

- the words read from each page with where they are (the packet's invisible text layer
  needs them; the page text itself travels in ``.text.json``), and the pages still
  waiting to be read, so the new vault reads them;
- the same-text key the record was given from those words (a photo marked as a copy of
  the portal's PDF stays marked);
- the straightening: the sheet's corners, the user's choice, and the flat picture chosen.

A case file is untrusted input: every value is checked, and anything out of shape refuses
the whole file (nothing half-imported). A case file without this member (made before it
existed, or by ``case show --json``) has its pages without text queued as an import would.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from typing import Any

from secondop_desktop.core import dates
from secondop_desktop.store import ocr as ocr_repo
from secondop_desktop.store import records as record_repo
from secondop_desktop.store import straightening as straightening_repo

MAX_BYTES = 96 << 20  # the flat picture (base64) and every page's lines
MAX_LINES = 5_000  # lines read on one page (a dense page has 60-120)
MAX_SIDE = 100_000  # pixels: a picture's side as read or laid flat
THUMB_BYTES = 8 << 20  # as a case file's .thumb.png
_STATES = ("offered", "straightened", "kept")


class Malformed(ValueError):
    """The member is not what SecondOp writes."""


def dump(db: Any, record_id: int) -> bytes | None:
    """The member for a record, or None when there is nothing to carry."""
    pages = [
        {"page": int(r["page"]), "status": str(r["status"]), "reason": str(r["reason"]),
         "lines": json.loads(r["lines"]), "width": int(r["width"]), "height": int(r["height"]),
         "rotation": int(r["rotation"]), "engine": str(r["engine"])}
        for r in ocr_repo.pages_of(db, record_id)
    ]  # fmt: skip
    waiting = ocr_repo.queued(db, record_id)
    found = straightening_repo.get(db, record_id)
    if not pages and not waiting and found is None:
        return None
    out: dict[str, Any] = {"pages": pages, "waiting": waiting}
    row = record_repo.get(db, record_id)
    if pages and row is not None and row["text_sha256"]:
        out["text_key"] = str(row["text_sha256"])
    if found is not None:
        flat = straightening_repo.picture(db, record_id)
        thumb = straightening_repo.thumbnail(db, record_id)
        out["straightening"] = {
            "state": found["state"],
            "corners": found["corners"],
            "size": list(found["size"]),
            "picture": base64.b64encode(flat).decode("ascii") if flat else None,
            "thumbnail": base64.b64encode(thumb).decode("ascii") if thumb else None,
        }
    return json.dumps(out, ensure_ascii=False).encode("utf-8")


def load(db: Any, record_id: int, page_count: int, media_type: str, data: bytes) -> None:
    """Store a record's member in the new vault (inside the import's transaction), in
    place of what the import queued for it."""
    try:
        doc = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
        _store(db, record_id, page_count, media_type, doc)
    except (
        UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError, OverflowError,
        binascii.Error,
    ) as exc:  # fmt: skip
        raise Malformed(str(exc)) from None


def _no_constant(name: str) -> Any:
    raise Malformed(f"{name} is not a number SecondOp writes")


def _page(value: Any, page_count: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= page_count:
        raise Malformed("page")
    return value


def _number(value: Any, low: float = -1e7, high: float = 1e7) -> float:
    """A finite number within ``low``..``high`` (a point of a line may lie a little off
    its picture; nothing lies ten million pixels away)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise Malformed("number")
    number = float(value)
    if not (math.isfinite(number) and low <= number <= high):
        raise Malformed("number out of range")
    return number


def _side(value: Any) -> int:
    return int(_number(value, 0, MAX_SIDE))


def _lines(value: Any) -> list[Any]:
    if not isinstance(value, list) or len(value) > MAX_LINES:
        raise Malformed("lines")
    for line in value:
        text, box, score = line
        if not isinstance(text, str) or not isinstance(box, list) or len(box) != 4:
            raise Malformed("line")
        for point in box:
            if not isinstance(point, list) or len(point) != 2:
                raise Malformed("point")
            _number(point[0]), _number(point[1])
        _number(score, 0, 1)
    return value


def _corners(value: Any) -> list[list[float]]:
    if not isinstance(value, list) or len(value) != 4:
        raise Malformed("corners")
    out = []
    for point in value:
        if not isinstance(point, list) or len(point) != 2:
            raise Malformed("corner")
        x, y = _number(point[0]), _number(point[1])
        if not (0 <= x <= 1 and 0 <= y <= 1):
            raise Malformed("corner")
        out.append([x, y])
    return out


def _store(db: Any, record_id: int, page_count: int, media_type: str, doc: dict[str, Any]) -> None:
    now = dates.utc_now_iso()
    ocr_repo.requeue(db, record_id, sorted({_page(p, page_count) for p in doc["waiting"]}))
    for page in doc["pages"]:
        status = page["status"]
        rotation = page["rotation"]
        if status not in ("done", "failed") or rotation not in (0, 90, 180, 270):
            raise Malformed("status")
        # The page text itself came in the record's .text.json: none is added here.
        ocr_repo.store(
            db, record_id, _page(page["page"], page_count), status=status,
            reason=str(page["reason"]), lines=_lines(page["lines"]),
            size=(_side(page["width"]), _side(page["height"])), rotation=rotation,
            engine=str(page["engine"]), now=now,
        )  # fmt: skip
    key = doc.get("text_key")
    if key is not None:
        hexadecimal = isinstance(key, str) and all(c in "0123456789abcdef" for c in key)
        if not hexadecimal or len(key) != 64:
            raise Malformed("text_key")
        record_repo.update(db, record_id, {"text_sha256": key})
    flat = doc.get("straightening")
    if flat is not None:
        if flat["state"] not in _STATES or not media_type.startswith("image/") or page_count != 1:
            raise Malformed("state")
        corners = _corners(flat["corners"])
        if flat["state"] == "offered":
            straightening_repo.offer(db, record_id, corners)
            return
        picture = thumb = None
        if flat["state"] == "straightened":
            picture = base64.b64decode(flat["picture"], validate=True)
            thumb = (
                base64.b64decode(flat["thumbnail"], validate=True) if flat["thumbnail"] else None
            )
            if not picture.startswith(b"\xff\xd8\xff") or (
                thumb is not None
                and (len(thumb) > THUMB_BYTES or not thumb.startswith(b"\x89PNG\r\n\x1a\n"))
            ):
                raise Malformed("picture")
        size = flat["size"]
        straightening_repo.decide(
            db, record_id, corners=corners, now=now, picture=picture,
            size=(_side(size[0]), _side(size[1])), thumbnail=thumb,
        )  # fmt: skip
