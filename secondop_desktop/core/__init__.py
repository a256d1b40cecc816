"""Helpers without Qt widgets that every feature may use: jobs (cancel and progress), dates, text,
validation errors, idle time.
"""
