"""The application shell: start-up, the main window that wires the pages, shared state, auto-lock,
settings.
"""
