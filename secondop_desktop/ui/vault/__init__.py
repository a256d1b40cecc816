"""Screens of the vault's life: first run, unlock, passphrase, backups."""
