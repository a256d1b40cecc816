"""Write the case document's JSON Schema (built from the code) to the package resources.

Usage: python scripts/make_case_schema.py
Run it when a section gains a field (and raise the version: old readers refuse new
documents rather than guess). tests/services/test_casefile_schema.py fails until it is run.
"""

from __future__ import annotations

import json
from pathlib import Path

from secondop_desktop.casefile.schema import SCHEMA_FILE, build_schema

TARGET = Path(__file__).resolve().parents[1] / "secondop_desktop" / "resources" / SCHEMA_FILE

if __name__ == "__main__":
    TARGET.write_text(json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(TARGET)
