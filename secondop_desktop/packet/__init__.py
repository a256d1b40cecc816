"""The packet a consulting doctor receives: one PDF with a cover, a one-page summary,
contents, the chosen sections, a records index and the records, every page numbered.

The names below are loaded on first use (PEP 562): the export's sandbox workers import
``packet.convert`` and its page modules, and importing this package used to bring the
whole assembler with it (the case content, the vault, Qt's text layout: about 150 ms of
every worker's start, twice per export). The pre-flight check is ``packet.preflight.run``:
a lazy name cannot share its submodule's name."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from secondop_desktop.packet.assemble import PacketError, PacketResult, build_packet
    from secondop_desktop.packet.choices import (
        PacketChoices,
        SentPassword,
        get_choices,
        remember_password,
        reset_choices,
        save_choices,
        sent_passwords,
    )
    from secondop_desktop.packet.preflight import Finding
    from secondop_desktop.packet.spec import (
        PAPERS,
        QUALITIES,
        SECTIONS,
        PacketSpec,
        default_paper,
        generate_password,
    )

_WHERE = {
    "PacketError": "assemble",
    "PacketResult": "assemble",
    "build_packet": "assemble",
    "PacketChoices": "choices",
    "SentPassword": "choices",
    "get_choices": "choices",
    "remember_password": "choices",
    "reset_choices": "choices",
    "save_choices": "choices",
    "sent_passwords": "choices",
    "Finding": "preflight",
    "PAPERS": "spec",
    "QUALITIES": "spec",
    "SECTIONS": "spec",
    "PacketSpec": "spec",
    "default_paper": "spec",
    "generate_password": "spec",
}

__all__ = [
    "PAPERS",
    "QUALITIES",
    "SECTIONS",
    "Finding",
    "PacketChoices",
    "PacketError",
    "PacketResult",
    "PacketSpec",
    "SentPassword",
    "build_packet",
    "default_paper",
    "generate_password",
    "get_choices",
    "remember_password",
    "reset_choices",
    "save_choices",
    "sent_passwords",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value  # once: the next lookup is an ordinary attribute
    return value
