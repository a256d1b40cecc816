"""Widgets, dialogs, models and the task runner that every screen uses."""
