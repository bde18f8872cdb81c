"""Encrypted storage: the key vault, the SQLCipher engine, tables, migrations, repositories,
the outbox and backups. No Qt here."""
