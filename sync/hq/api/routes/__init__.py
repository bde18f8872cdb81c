"""HQ's routers, one per resource; `sync.hq.api.main` mounts them under ``/api/v1``."""
