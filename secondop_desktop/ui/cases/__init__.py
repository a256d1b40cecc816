"""The case list, the case form and dialog, the case page and its readiness panel."""
