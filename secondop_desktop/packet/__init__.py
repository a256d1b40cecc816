"""The packet a consulting doctor receives: one PDF with a cover, a one-page summary,
contents, the chosen sections, a records index and the records, every page numbered."""

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
from secondop_desktop.packet.preflight import run as preflight
from secondop_desktop.packet.spec import (
    PAPERS,
    QUALITIES,
    SECTIONS,
    PacketSpec,
    default_paper,
    generate_password,
)

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
    "preflight",
    "remember_password",
    "reset_choices",
    "save_choices",
    "sent_passwords",
]
