"""Qt Widgets only. Screens act through the service modules; they never touch SQL."""
