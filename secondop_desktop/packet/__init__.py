"""The packet a consulting doctor receives: one PDF with a cover, a one-page summary,
contents, the chosen sections, a records index and the records, every page numbered."""

from .assemble import PacketError, PacketResult, aes_available, build_packet
from .preflight import Finding
from .preflight import run as preflight
from .spec import PAPERS, QUALITIES, SECTIONS, PacketSpec, default_paper, generate_password

__all__ = [
    "PAPERS",
    "QUALITIES",
    "SECTIONS",
    "Finding",
    "PacketError",
    "PacketResult",
    "PacketSpec",
    "aes_available",
    "build_packet",
    "default_paper",
    "generate_password",
    "preflight",
]
