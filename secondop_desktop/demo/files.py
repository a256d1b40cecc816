"""Fictional records for the demo case: a few typical documents and a photographed letter.

Generated on the fly (text PDFs and a JPEG), then imported through the real importer, so
the demo exercises the same path a user's files take.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from pathlib import Path

from secondop_desktop.demo.textpdf import make_text_pdf


def _d(value: date) -> str:
    return f"{value.day} {value.strftime('%B')} {value.year}"


def write_demo_files(folder: Path, today: date) -> list[Path]:
    """Write the demo documents into ``folder``; returns their paths in a sensible order."""
    folder.mkdir(parents=True, exist_ok=True)
    biopsy = today - timedelta(days=41)
    ct = today - timedelta(days=52)
    labs = today - timedelta(days=20)
    clinic = today - timedelta(days=12)
    patient = "Patient: Margaret OKAFOR    DOB: 02/09/1954    MRN: 0048213"
    docs = {
        "Surgical pathology report.pdf": (
            "Surgical pathology report",
            [
                [
                    "# St Anne's University Hospital - Department of Pathology",
                    patient,
                    f"Date of procedure: {_d(biopsy)}",
                    f"Reported: {_d(biopsy + timedelta(days=6))}",
                    "Specimen: excision biopsy, left cervical lymph node (2.8 cm)",
                    "",
                    "# Microscopy",
                    "Lymph node architecture effaced by a nodular proliferation of",
                    "centrocytes and centroblasts. Centroblasts number 6-12 per high",
                    "power field in most follicles.",
                    "",
                    "# Immunohistochemistry",
                    "CD20+, CD10+, BCL2+ (follicles), BCL6+. Ki-67 approximately 20%.",
                ],
                [
                    "# Molecular",
                    "FISH: t(14;18) IGH-BCL2 rearrangement detected.",
                    "",
                    "# Diagnosis",
                    "Follicular lymphoma, WHO grade 1-2 of 3 (low grade).",
                    "",
                    "Comment: grade 3A cannot be fully excluded in one area; review of the",
                    "whole specimen by a lymphoma pathologist is suggested.",
                    "Dr H. Lindqvist, Consultant Histopathologist",
                ],
            ],
        ),
        "CT chest abdomen pelvis.pdf": (
            "CT chest, abdomen and pelvis",
            [
                [
                    "# Radiology report - CT chest, abdomen and pelvis with contrast",
                    patient,
                    f"Examination date: {_d(ct)}",
                    "Indication: neck lump, ? lymphoma, staging.",
                    "",
                    "# Findings",
                    "Enlarged left cervical and supraclavicular nodes, largest 2.9 cm.",
                    "Several mediastinal nodes up to 1.6 cm. Mild splenomegaly (13.5 cm).",
                    "No bone lesions. Liver normal.",
                    "",
                    "# Impression",
                    "Lymphadenopathy above and below the diaphragm, in keeping with",
                    "lymphoma (stage III). Correlation with biopsy advised.",
                    "Dr P. Ansah, Consultant Radiologist",
                ]
            ],
        ),
        "Blood results.pdf": (
            "Full blood count and chemistry",
            [
                [
                    "# Laboratory results",
                    patient,
                    f"Collected: {_d(labs)}",
                    "",
                    "Test                     Result     Reference range",
                    "Haemoglobin              118 g/L    115 - 165",
                    "White cell count         6.8        4.0 - 11.0 x10^9/L",
                    "Lymphocytes              2.9        1.0 - 4.0 x10^9/L",
                    "Platelets                231        150 - 400 x10^9/L",
                    "Creatinine               71 umol/L  45 - 90",
                    "LDH                      262 U/L    135 - 214  (high)",
                    "Beta-2 microglobulin     2.8 mg/L   0.8 - 2.2  (high)",
                ]
            ],
        ),
        "Haematology clinic letter.pdf": (
            "Haematology clinic letter",
            [
                [
                    "# Haematology Outpatients - Clinic letter",
                    patient,
                    f"Clinic date: {_d(clinic)}",
                    "Seen by: Dr R. Mensah, Consultant Haematologist",
                    "",
                    "# Diagnosis",
                    "Follicular lymphoma grade 1-2, stage IIIA, FLIPI 3 (high risk).",
                    "",
                    "# History",
                    "Mrs Okafor noticed a painless neck lump three months ago. No fevers,",
                    "night sweats or weight loss. She remains active and independent.",
                ],
                [
                    "# Discussion",
                    "We discussed that follicular lymphoma is usually slow growing. Options",
                    "include watchful waiting, rituximab alone, or chemo-immunotherapy",
                    "(bendamustine with rituximab) followed by maintenance.",
                    "Given the high FLIPI score I have recommended starting",
                    "bendamustine-rituximab (BR) for six cycles.",
                ],
                [
                    "# Plan",
                    "1. Start BR chemotherapy within four weeks.",
                    "2. Hepatitis B and C, HIV serology before treatment.",
                    "3. Echocardiogram not required for BR.",
                    "4. Review after cycle 3 with interim CT.",
                ],
                [
                    "# Medication",
                    "Amlodipine 5 mg once daily; paracetamol as needed; vitamin D 1000 IU.",
                    "Allergies: penicillin (rash).",
                    "",
                    "cc: Dr A. Fairweather, General Practitioner",
                ],
            ],
        ),
    }
    paths = []
    for name, (title, pages) in docs.items():
        path = folder / name
        path.write_bytes(make_text_pdf(pages, title=title))
        paths.append(path)
    photo = folder / "IMG_2041.jpg"
    photo.write_bytes(_photographed_letter(today - timedelta(days=60)))
    paths.insert(0, photo)
    return paths


def _photographed_letter(when: date) -> bytes:
    """A phone photo of a referral letter on a table: slightly rotated, warm light."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(7)
    paper = Image.new("RGB", (900, 1200), (250, 248, 242))
    draw = ImageDraw.Draw(paper)
    # load_default() gives a bitmap ImageFont when Pillow was built without FreeType
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    bold: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 24)
        bold = ImageFont.truetype("DejaVuSans-Bold.ttf", 28)
    except OSError:
        font = ImageFont.load_default(size=24)
        bold = ImageFont.load_default(size=28)
    lines = [
        ("Riverside Medical Practice", bold),
        ("12 Mill Lane, Ashford", font),
        ("", font),
        (f"{when.day} {when.strftime('%B')} {when.year}", font),
        ("", font),
        ("Dear Haematology colleague,", font),
        ("", font),
        ("Re: Margaret Okafor, born 2 September 1954", bold),
        ("", font),
        ("Thank you for seeing this 71-year-old lady", font),
        ("with a painless left neck lump of three", font),
        ("months. Ultrasound shows several enlarged", font),
        ("nodes. Urgent referral, please.", font),
        ("", font),
        ("Yours sincerely,", font),
        ("Dr A. Fairweather", font),
    ]
    y = 70
    for text, f in lines:
        draw.text((70, y), text, fill=(30, 30, 40), font=f)
        y += 44
    table = Image.new("RGB", (1200, 1600), (120, 86, 58))
    noise = Image.effect_noise((1200, 1600), 22).convert("RGB")
    table = Image.blend(table, noise, 0.15)
    rotated = paper.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(120, 86, 58))
    table.paste(rotated, (140, 160))
    table = table.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    table.save(out, "JPEG", quality=85)
    return out.getvalue()
