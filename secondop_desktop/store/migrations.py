"""Numbered schema migrations, applied in one transaction each.

``PRAGMA user_version`` holds the schema version. A migration is appended, never edited,
once released: fixture vaults from earlier releases must keep opening (SECURITY.md T14).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite_utils.Database], None]


def _v1_cases(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            patient_name TEXT NOT NULL,
            patient_dob TEXT,
            managed_by TEXT NOT NULL DEFAULT 'patient'
                CHECK (managed_by IN ('patient', 'caregiver')),
            caregiver_name TEXT NOT NULL DEFAULT '',
            caregiver_relationship TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            decide_by TEXT,
            status TEXT NOT NULL DEFAULT 'gathering'
                CHECK (status IN ('gathering', 'ready', 'sent', 'seen', 'decided')),
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )


def _v2_records(db: sqlite_utils.Database) -> None:
    """Records stored as 1 MiB chunks (no whole file in memory), their page text in an FTS5
    index, their thumbnails, and the records checklist."""
    for statement in (
        """
        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            date_of_service TEXT,
            date_suggested INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL DEFAULT '',
            page_count INTEGER NOT NULL DEFAULT 1,
            size INTEGER NOT NULL,
            original_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            text_sha256 TEXT,
            notes TEXT NOT NULL DEFAULT '',
            include_in_packet INTEGER NOT NULL DEFAULT 1,
            rotation INTEGER NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
            position INTEGER NOT NULL DEFAULT 0,
            unlocked_copy INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (case_id, sha256)
        )
        """,
        "CREATE INDEX records_case ON records(case_id, position)",
        """
        CREATE TABLE record_chunks (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (record_id, seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE record_thumbs (
            record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
            png BLOB NOT NULL
        )
        """,
        """
        CREATE VIRTUAL TABLE record_text USING fts5(
            body, record_id UNINDEXED, page UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
        )
        """,
        """
        CREATE TRIGGER records_text_cleanup AFTER DELETE ON records BEGIN
            DELETE FROM record_text WHERE record_id = old.id;
        END
        """,
        """
        CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL DEFAULT 'other',
            description TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            physical INTEGER NOT NULL DEFAULT 0,
            carrier TEXT NOT NULL DEFAULT '',
            tracking TEXT NOT NULL DEFAULT '',
            sent_on TEXT,
            returned_on TEXT,
            status TEXT NOT NULL DEFAULT 'needed'
                CHECK (status IN ('needed', 'requested', 'received', 'sent')),
            requested_on TEXT,
            due_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE checklist_links (
            item_id INTEGER NOT NULL REFERENCES checklist_items(id) ON DELETE CASCADE,
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            PRIMARY KEY (item_id, record_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX checklist_links_record ON checklist_links(record_id)",
    ):
        db.execute(statement)


def _v3_case_facts(db: sqlite_utils.Database) -> None:
    """Care team, opinions and points to resolve, timeline, medications, allergies,
    family history, and their links to records."""
    for statement in (
        """
        CREATE TABLE clinicians (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            name TEXT NOT NULL, specialty TEXT NOT NULL DEFAULT '',
            facility TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT 'other',
            phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE opinions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            clinician_id INTEGER REFERENCES clinicians(id) ON DELETE SET NULL,
            given_on TEXT, diagnosis TEXT NOT NULL DEFAULT '',
            specifics TEXT NOT NULL DEFAULT '', established_by TEXT NOT NULL DEFAULT '',
            recommendation TEXT NOT NULL DEFAULT '', reasoning TEXT NOT NULL DEFAULT '',
            uncertain TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE resolve_points (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            text TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE timeline_events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            happened_on TEXT NOT NULL,
            precision TEXT NOT NULL DEFAULT 'day'
                CHECK (precision IN ('day', 'month', 'year', 'approximate')),
            kind TEXT NOT NULL DEFAULT 'other', title TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE medications (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            name TEXT NOT NULL, dose TEXT NOT NULL DEFAULT '', route TEXT NOT NULL DEFAULT '',
            schedule TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'prescription',
            started_on TEXT, stopped_on TEXT,
            prescriber_id INTEGER REFERENCES clinicians(id) ON DELETE SET NULL,
            reason TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE allergies (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            substance TEXT NOT NULL, reaction TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE family_history (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            relative TEXT NOT NULL, condition TEXT NOT NULL,
            age_at_onset TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE fact_record_links (
            section TEXT NOT NULL, item_id INTEGER NOT NULL,
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            PRIMARY KEY (section, item_id, record_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX fact_record_links_record ON fact_record_links(record_id)",
    ):
        db.execute(statement)


def _v4_preparing(db: sqlite_utils.Database) -> None:
    """Questions and answers, treatment options with rated benefits and risks, trials,
    appointments, and per-case values (the decision, preferences)."""
    common = (
        "position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
    )
    case_fk = "case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE"
    for statement in (
        f"""CREATE TABLE questions (id INTEGER PRIMARY KEY, {case_fk},
            text TEXT NOT NULL, bank_group TEXT NOT NULL DEFAULT '',
            priority TEXT NOT NULL DEFAULT 'normal', top_three INTEGER NOT NULL DEFAULT 0,
            clinician_id INTEGER REFERENCES clinicians(id) ON DELETE SET NULL, {common})""",
        f"""CREATE TABLE answers (id INTEGER PRIMARY KEY, {case_fk},
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            clinician_id INTEGER REFERENCES clinicians(id) ON DELETE SET NULL,
            answered_on TEXT, answer TEXT NOT NULL, {common})""",
        f"""CREATE TABLE options (id INTEGER PRIMARY KEY, {case_fk},
            name TEXT NOT NULL,
            proposed_by INTEGER REFERENCES clinicians(id) ON DELETE SET NULL,
            involves TEXT NOT NULL DEFAULT '', recovery TEXT NOT NULL DEFAULT '',
            costs TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
            leaning INTEGER NOT NULL DEFAULT 0, {common})""",
        f"""CREATE TABLE option_points (id INTEGER PRIMARY KEY, {case_fk},
            option_id INTEGER NOT NULL REFERENCES options(id) ON DELETE CASCADE,
            side TEXT NOT NULL CHECK (side IN ('benefit', 'risk')), text TEXT NOT NULL,
            importance INTEGER NOT NULL DEFAULT 0 CHECK (importance BETWEEN 0 AND 5),
            {common})""",
        f"""CREATE TABLE trials (id INTEGER PRIMARY KEY, {case_fk},
            registry_id TEXT NOT NULL DEFAULT '', title TEXT NOT NULL,
            phase TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '', eligibility TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'considering', {common})""",
        f"""CREATE TABLE appointments (id INTEGER PRIMARY KEY, {case_fk},
            starts_at TEXT NOT NULL,
            clinician_id INTEGER REFERENCES clinicians(id) ON DELETE SET NULL,
            place TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT '',
            to_bring TEXT NOT NULL DEFAULT '', notes_after TEXT NOT NULL DEFAULT '',
            opinion_id INTEGER REFERENCES opinions(id) ON DELETE SET NULL, {common})""",
        f"""CREATE TABLE case_values ({case_fk}, key TEXT NOT NULL, value TEXT NOT NULL,
            updated_at TEXT NOT NULL, PRIMARY KEY (case_id, key)) WITHOUT ROWID""",
    ):
        db.execute(statement)


def _v5_trial_questions(db: sqlite_utils.Database) -> None:
    """A question can be about a clinical trial (the trial screen lists its questions)."""
    db.execute(
        "ALTER TABLE questions ADD COLUMN trial_id INTEGER REFERENCES trials(id) ON DELETE SET NULL"
    )


def _v6_drafts(db: sqlite_utils.Database) -> None:
    """Drafts instead of discards: text typed into a field that cannot be its value yet
    (a date SecondOp cannot read) is kept beside the entry, and a timeline event can be
    kept before its date is known (an unknown date is "not recorded", not today)."""
    db.execute(
        """CREATE TABLE field_drafts (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            section TEXT NOT NULL, item_id INTEGER NOT NULL, field TEXT NOT NULL,
            typed TEXT NOT NULL, message TEXT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (section, item_id, field)) WITHOUT ROWID"""
    )
    columns = [r[1] for r in db.execute("PRAGMA table_info(timeline_events)").fetchall()]
    db.execute(
        """CREATE TABLE timeline_events_new (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            happened_on TEXT,
            precision TEXT NOT NULL DEFAULT 'day'
                CHECK (precision IN ('day', 'month', 'year', 'approximate')),
            kind TEXT NOT NULL DEFAULT 'other', title TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )"""
    )
    names = ", ".join(columns)
    db.execute(f"INSERT INTO timeline_events_new ({names}) SELECT {names} FROM timeline_events")
    db.execute("DROP TABLE timeline_events")
    db.execute("ALTER TABLE timeline_events_new RENAME TO timeline_events")


def _v7_partial_dates(db: sqlite_utils.Database) -> None:
    """Timeline dates carry their own precision, as EDTF text (ISO 8601-2): "2019",
    "2024-03", "2024-03~" (the old "approximate" meant "about <month> <year>"). The
    ``precision`` column stays (SQLite) but is no longer read. Written out here rather than
    calling today's date code, so this step never changes once released."""
    rows = db.execute(
        "SELECT id, happened_on, precision FROM timeline_events "
        "WHERE precision IN ('month', 'year', 'approximate') AND length(happened_on) = 10"
    ).fetchall()
    for event_id, happened_on, precision in rows:
        text = {
            "year": happened_on[:4],
            "month": happened_on[:7],
            "approximate": happened_on[:7] + "~",
        }[precision]
        db.execute("UPDATE timeline_events SET happened_on = ? WHERE id = ?", [text, event_id])


def _v8_conditions(db: sqlite_utils.Database) -> None:
    """The problem list and past medical history: other conditions, now or in the past."""
    db.execute(
        """CREATE TABLE conditions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            name TEXT NOT NULL, since TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )"""
    )


def _v9_points_become_questions(db: sqlite_utils.Database) -> None:
    """A point to resolve between opinions is also a question for the doctors: the link
    from the point to its question (kept if the question is deleted on its own tab)."""
    db.execute(
        "ALTER TABLE resolve_points ADD COLUMN question_id INTEGER "
        "REFERENCES questions(id) ON DELETE SET NULL"
    )


def _v10_case_uid(db: sqlite_utils.Database) -> None:
    """A case keeps one identity across vaults: a case file carries it, so importing the
    same case twice is recognised (and the user asked) instead of silently doubled."""
    db.execute("ALTER TABLE cases ADD COLUMN uid TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE cases SET uid = lower(hex(randomblob(16))) WHERE uid = ''")
    db.execute("CREATE INDEX cases_uid ON cases(uid)")


_SEEN_COLUMNS = (  # what a list of records shows or reads; not size (set while importing)
    "case_id, title, kind, date_of_service, date_suggested, source, page_count, "
    "original_name, media_type, sha256, text_sha256, notes, include_in_packet, rotation, "
    "position, unlocked_copy, updated_at"
)


def _v11_record_edits(db: sqlite_utils.Database) -> None:
    """Counts each case's record edits and deletions. A list of a case's records read
    earlier is current while its count, its highest id and this count are unchanged, and
    only rows were added while this count is: the latest updated_at missed an edit made in
    the same second as the one before it, and a packet tick, which leaves updated_at."""
    db.execute("CREATE TABLE record_edits (case_id INTEGER PRIMARY KEY, edits INTEGER NOT NULL)")
    bump = (
        "INSERT INTO record_edits (case_id, edits) VALUES ({0}.case_id, 1) "
        "ON CONFLICT(case_id) DO UPDATE SET edits = edits + 1;"
    )
    db.execute(
        f"CREATE TRIGGER record_edited AFTER UPDATE OF {_SEEN_COLUMNS} ON records BEGIN "
        f"{bump.format('old')} {bump.format('new')} END"
    )
    db.execute(
        f"CREATE TRIGGER record_deleted AFTER DELETE ON records BEGIN {bump.format('old')} END"
    )


def _v12_structured(db: sqlite_utils.Database) -> None:
    """Structured records (issue 19): facts read from a FHIR or C-CDA document wait as
    suggestions until the user accepts one (then it links to the fact it became), lab
    results are a list of their own, and an imaging disc's studies are kept beside its
    record. A suggestion is known by (case, kind, key), so importing the same facts again
    (another export of the same record) offers nothing twice."""
    db.execute(
        """CREATE TABLE suggestions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            record_id INTEGER REFERENCES records(id) ON DELETE SET NULL,
            kind TEXT NOT NULL, key TEXT NOT NULL,
            text TEXT NOT NULL, date TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '',
            reference_range TEXT NOT NULL DEFAULT '', flag TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'accepted', 'rejected')),
            fact_section TEXT, fact_id INTEGER,
            created_at TEXT NOT NULL, decided_at TEXT,
            UNIQUE (case_id, kind, key)
        )"""
    )
    db.execute("CREATE INDEX suggestions_case ON suggestions(case_id, state)")
    db.execute(
        """CREATE TABLE lab_results (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            test TEXT NOT NULL, value TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '', reference_range TEXT NOT NULL DEFAULT '',
            flag TEXT NOT NULL DEFAULT '', taken_on TEXT,
            code TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX lab_results_case ON lab_results(case_id)")
    db.execute(
        """CREATE TABLE imaging_studies (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            study_date TEXT NOT NULL DEFAULT '', modality TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '', body_part TEXT NOT NULL DEFAULT '',
            series INTEGER NOT NULL DEFAULT 0, images INTEGER NOT NULL DEFAULT 0,
            accession TEXT NOT NULL DEFAULT '', patient TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX imaging_studies_case ON imaging_studies(case_id, record_id)")


def _v13_ocr(db: sqlite_utils.Database) -> None:
    """Text read from the pictures of pages (issue 20): the pages waiting to be read (a
    queue that survives lock and quit), and what reading each gave (its lines with where
    they are on the page, for the packet's text layer; or why it failed). Pages already
    imported without text are queued once here: photos and scans, and image-only PDF
    pages (one pass over the page text to find them)."""
    db.execute(
        """CREATE TABLE ocr_queue (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            page INTEGER NOT NULL,
            PRIMARY KEY (record_id, page)
        )"""
    )
    db.execute(
        """CREATE TABLE ocr_pages (
            record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            page INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
            reason TEXT NOT NULL DEFAULT '',
            lines TEXT NOT NULL DEFAULT '[]',
            width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,
            rotation INTEGER NOT NULL DEFAULT 0,
            seconds REAL NOT NULL DEFAULT 0, engine TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (record_id, page)
        )"""
    )
    with_text = {
        (int(r), int(p))
        for r, p in db.execute("SELECT record_id, page FROM record_text WHERE trim(body) != ''")
    }
    rows = db.execute(
        "SELECT id, page_count FROM records WHERE (media_type LIKE 'image/%' "
        "OR media_type = 'application/pdf') AND (unlocked_copy & 4) = 0"
    ).fetchall()
    db.conn.executemany(
        "INSERT INTO ocr_queue (record_id, page) VALUES (?, ?)",
        [
            (int(rid), page)
            for rid, count in rows
            for page in range(1, int(count) + 1)
            if (int(rid), page) not in with_text
        ],
    )


def _v14_straightening(db: sqlite_utils.Database) -> None:
    """Phone photos of paper laid flat (issue 20): the paper's outline found in a photo
    (offered), and the user's choice: the straightened picture beside the record's file,
    which is never changed, or the photo kept as it is."""
    db.execute(
        """CREATE TABLE straightening (
            record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
            corners TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('offered', 'straightened', 'kept')),
            picture BLOB, width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,
            thumbnail BLOB,
            decided_at TEXT
        )"""
    )


MIGRATIONS: Sequence[Migration] = (
    Migration(1, "cases", _v1_cases),
    Migration(2, "records and checklist", _v2_records),
    Migration(3, "care team, opinions, timeline, medications", _v3_case_facts),
    Migration(4, "questions, options, trials, appointments", _v4_preparing),
    Migration(5, "questions about a trial", _v5_trial_questions),
    Migration(6, "drafts kept beside entries; timeline dates may be unknown", _v6_drafts),
    Migration(7, "dates at the precision people remember", _v7_partial_dates),
    Migration(8, "problem list and past medical history", _v8_conditions),
    Migration(9, "points to resolve become questions", _v9_points_become_questions),
    Migration(10, "a case's identity across vaults", _v10_case_uid),
    Migration(11, "record edits counted per case", _v11_record_edits),
    Migration(12, "suggested facts, lab results, imaging studies", _v12_structured),
    Migration(13, "text read from pictures of pages", _v13_ocr),
    Migration(14, "photos of paper laid flat", _v14_straightening),
)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return max((m.version for m in migrations), default=0)
