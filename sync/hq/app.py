"""HQ's HTTP API: built by `sync.hq.api.main.create_app` (kept here for older imports)."""

from sync.hq.api.main import create_app

__all__ = ["create_app"]
