"""SecondOp: an offline, encrypted organizer for getting a second medical opinion."""

__version__ = "0.1.0"
APP_NAME = "SecondOp"
