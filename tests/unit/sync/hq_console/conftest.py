"""The console's route tests run on the API tests' HQ (`tests.unit.sync.hq_api.conftest`)."""

from tests.unit.sync.hq_api.conftest import cheap_argon2, fresh, hq  # noqa: F401
