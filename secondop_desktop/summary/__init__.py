"""Views over the whole case that read every section and write nothing: readiness (where
the user stands, next steps) and the case document (everything as JSON).

They sit above the features they read, so no feature has to import another to describe
the case, and there are no import circles between sections.
"""

from secondop_desktop.summary.document import case_document
from secondop_desktop.summary.readiness import NextStep, Readiness, readiness

__all__ = ["NextStep", "Readiness", "case_document", "readiness"]
