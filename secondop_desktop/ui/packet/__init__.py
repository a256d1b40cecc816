"""The packet builder, its record list, printing, and records-request letters."""
