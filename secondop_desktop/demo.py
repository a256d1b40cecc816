"""A realistic, entirely fictional demo: what a caregiver's vault looks like a week in.

Later features extend this so the demo always shows every feature.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from . import cases
from .store import KdfParams, RecoveryKey, Vault

DEMO_PASSPHRASE = "demo vault passphrase: lantern orchard river"


def populate(vault: Vault, *, today: date | None = None) -> list[cases.Case]:
    today = today or date.today()
    made = [
        cases.create_case(
            vault,
            cases.Case(
                patient_name="Margaret Okafor",
                patient_dob=date(1954, 9, 2),
                managed_by="caregiver",
                caregiver_name="Ada Okafor",
                caregiver_relationship="daughter",
                contact="Ada Okafor · 0161 496 0732 · ada.okafor@example.org",
                title="Suspected follicular lymphoma",
                reason=(
                    "The first haematologist proposed starting chemotherapy now. We would like "
                    "a lymphoma specialist to confirm the grade from the biopsy and tell us "
                    "whether watchful waiting is reasonable at Mum's age."
                ),
                decide_by=today + timedelta(days=24),
                status="gathering",
            ),
        ),
        cases.create_case(
            vault,
            cases.Case(
                patient_name="Tomás Rivera",
                patient_dob=date(1979, 2, 17),
                managed_by="patient",
                contact="Tomás Rivera · +1 555 0142",
                title="Knee: repair or replace?",
                reason=(
                    "The surgeon recommends a partial knee replacement; a physiotherapist "
                    "suggested a repair might be possible. I want an independent view."
                ),
                decide_by=today + timedelta(days=60),
                status="ready",
            ),
        ),
    ]
    archived = cases.create_case(
        vault,
        cases.Case(
            patient_name="Ada Okafor",
            patient_dob=date(1986, 5, 30),
            title="Thyroid nodule (resolved)",
            reason="Benign on biopsy; kept for reference.",
            status="decided",
        ),
    )
    cases.set_archived(vault, archived.id or 0, True)
    return made


def create_demo_vault(
    folder: Path, passphrase: str = DEMO_PASSPHRASE, *, kdf: KdfParams | None = None
) -> tuple[Vault, RecoveryKey]:
    vault, recovery = Vault.create(folder, passphrase, kdf=kdf)
    populate(vault)
    return vault, recovery
