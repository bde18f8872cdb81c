"""HQ's figures kept per office as batches are applied (issue 17; being built)."""

from __future__ import annotations

from sqlalchemy.engine import Connection


def office_changed(conn: Connection, office_id: str) -> None:
    """Note, in the applying transaction, that ``office_id``'s figures may have moved."""
