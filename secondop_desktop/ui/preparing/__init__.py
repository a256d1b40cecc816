"""Preparing for the visit: questions, options, decision, trials, appointments."""
