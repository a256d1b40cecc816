"""Records: the table, preview and details, import, search, the checklist."""
