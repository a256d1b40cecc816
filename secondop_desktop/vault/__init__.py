"""The vault's life cycle above the store: opening and locking (session), passphrase strength, the
recovery kit, automatic backups, salvage.
"""
