"""The packet builder's memory (issue 12): per case, in the vault, the ticked records and
their order, sections, consultant, paper and quality; never the packet's password."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondop_desktop import cases, records
from secondop_desktop.packet import SECTIONS, choices
from secondop_desktop.packet.choices import PacketChoices
from secondop_desktop.records import importer
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo

from ..files import text_pdf
from ..support import PASSPHRASE


def _import(vault: Vault, case_id: int, folder: Path, names: list[str]) -> list[records.Record]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [text_pdf(folder / f"{n}.pdf", [[f"# {n}", f"Only in {n}."]]) for n in names]
    importer.import_files(vault, case_id, paths)
    return records.list_records(vault, case_id)


@pytest.fixture
def case_id(vault: Vault) -> int:
    return cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0


def test_nothing_saved_means_the_defaults(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    recs = _import(vault, case_id, tmp_path / "in", ["a", "b"])
    assert choices.get_choices(vault, case_id) is None
    arranged = choices.arrange(None, recs)
    assert [r.id for r in arranged.records] == [r.id for r in recs]
    assert arranged.ticked == {r.id for r in recs if r.include_in_packet}
    assert arranged.added == []


def test_saved_kept_in_the_vault_across_lock_and_never_the_password(vault_dir, tmp_path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0
    a, b, c = _import(vault, case_id, tmp_path / "in", ["a", "b", "c"])
    saved = PacketChoices(
        order=(c.id, a.id, b.id),
        ticked=frozenset({c.id, b.id}),
        sections=("summary", "timeline"),
        paper="letter",
        quality="small",
        prepared_for="Prof. L. Okonjo",
    )
    choices.save_choices(vault, case_id, saved)
    vault.lock()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert choices.get_choices(vault, case_id) == saved
        raw = repo.get_value(vault.db, case_id, choices.KEY) or ""
        assert "password" not in raw
        arranged = choices.arrange(saved, records.list_records(vault, case_id))
        assert [r.id for r in arranged.records] == [c.id, a.id, b.id]
        assert arranged.ticked == {c.id, b.id}
    finally:
        vault.lock()


def test_new_records_arrive_unticked_at_the_end_and_deleted_ones_drop_out(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    a, b = _import(vault, case_id, tmp_path / "in", ["a", "b"])
    choices.save_choices(
        vault, case_id, PacketChoices(order=(b.id, a.id), ticked=frozenset({a.id, b.id}))
    )
    records.delete_record(vault, a.id)
    recs = _import(vault, case_id, tmp_path / "more", ["c", "d"])
    new = [r for r in recs if r.id not in (a.id, b.id)]
    assert len(new) == 2 and all(r.include_in_packet for r in new)  # ticked by default
    arranged = choices.arrange(choices.get_choices(vault, case_id), recs)
    assert [r.id for r in arranged.records] == [b.id, *(r.id for r in new)]
    assert arranged.ticked == {b.id}
    assert [r.id for r in arranged.added] == [r.id for r in new]


def test_reset_forgets_and_two_cases_keep_their_own(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    other = cases.create_case(vault, cases.Case(patient_name="Ben")).id or 0
    mine = PacketChoices(order=(), ticked=frozenset(), paper="letter", quality="high")
    theirs = PacketChoices(order=(), ticked=frozenset(), sections=("summary",), quality="small")
    choices.save_choices(vault, case_id, mine)
    choices.save_choices(vault, other, theirs)
    assert choices.get_choices(vault, case_id) == mine
    assert choices.get_choices(vault, other) == theirs
    choices.reset_choices(vault, case_id)
    assert choices.get_choices(vault, case_id) is None
    assert choices.get_choices(vault, other) == theirs


def test_sections_added_to_the_app_later_start_ticked_and_bad_values_fall_back(vault, case_id):  # type: ignore[no-untyped-def]
    doc = (
        '{"order": [], "ticked": [], "sections_off": ["trials", "gone"], '
        '"paper": "tabloid", "quality": "huge", "prepared_for": null}'
    )
    with vault.transaction() as db:
        repo.set_value(db, case_id, choices.KEY, doc, "2026-01-01T00:00:00+00:00")
    got = choices.get_choices(vault, case_id)
    assert got is not None
    assert got.sections == tuple(k for k in SECTIONS if k != "trials")
    assert got.paper in ("a4", "letter") and got.quality == "standard"
    with vault.transaction() as db:
        repo.set_value(db, case_id, choices.KEY, "not json", "2026-01-01T00:00:00+00:00")
    assert choices.get_choices(vault, case_id) is None  # defaults, never an error


def test_saving_for_a_deleted_case_says_so(vault, case_id):  # type: ignore[no-untyped-def]
    cases.delete_case(vault, case_id)
    with pytest.raises(LookupError):
        choices.save_choices(vault, case_id, PacketChoices(order=(), ticked=frozenset()))


def test_the_builder_and_the_records_page_share_one_tick(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    """A tick in the builder is the record's "In packet" (the CLI exports the same), and
    "In packet" changed on the Records page afterwards shows in the builder."""
    a, b = _import(vault, case_id, tmp_path / "in", ["a", "b"])
    choices.save_choices(
        vault, case_id, PacketChoices(order=(b.id, a.id), ticked=frozenset({b.id}))
    )
    flags = {r.id: r.include_in_packet for r in records.list_records(vault, case_id)}
    assert flags == {a.id: False, b.id: True}
    records.update_record(vault, a.id, include_in_packet=True)
    arranged = choices.arrange(
        choices.get_choices(vault, case_id), records.list_records(vault, case_id)
    )
    assert [r.id for r in arranged.records] == [b.id, a.id]  # the builder's order stays
    assert arranged.ticked == {a.id, b.id}
