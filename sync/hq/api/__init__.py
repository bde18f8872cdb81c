"""HQ's HTTP API in the FastAPI template's shape: `main.create_app` composes the routers of
`routes` over the dependencies of `deps`; the work itself is done by `sync.hq`'s services."""

API_PREFIX = "/api/v1"
