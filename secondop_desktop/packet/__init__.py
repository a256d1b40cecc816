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
    from secondop_desktop.packet.assemble import PacketError as PacketError
    from secondop_desktop.packet.assemble import PacketResult as PacketResult
    from secondop_desktop.packet.assemble import build_packet as build_packet
    from secondop_desktop.packet.choices import PacketChoices as PacketChoices
    from secondop_desktop.packet.choices import SentPassword as SentPassword
    from secondop_desktop.packet.choices import get_choices as get_choices
    from secondop_desktop.packet.choices import remember_password as remember_password
    from secondop_desktop.packet.choices import reset_choices as reset_choices
    from secondop_desktop.packet.choices import save_choices as save_choices
    from secondop_desktop.packet.choices import sent_passwords as sent_passwords
    from secondop_desktop.packet.preflight import Finding as Finding
    from secondop_desktop.packet.spec import PAPERS as PAPERS
    from secondop_desktop.packet.spec import QUALITIES as QUALITIES
    from secondop_desktop.packet.spec import SECTIONS as SECTIONS
    from secondop_desktop.packet.spec import PacketSpec as PacketSpec
    from secondop_desktop.packet.spec import default_paper as default_paper
    from secondop_desktop.packet.spec import generate_password as generate_password

_MODULES = {
    "assemble": ("PacketError", "PacketResult", "build_packet"),
    "choices": (
        "PacketChoices",
        "SentPassword",
        "get_choices",
        "remember_password",
        "reset_choices",
        "save_choices",
        "sent_passwords",
    ),
    "preflight": ("Finding",),
    "spec": ("PAPERS", "QUALITIES", "SECTIONS", "PacketSpec", "default_paper", "generate_password"),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value  # once: the next lookup is an ordinary attribute
    return value
