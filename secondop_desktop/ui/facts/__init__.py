"""Understanding the case: care team, opinions, timeline, medications."""
