"""HQ's settings, in one object read once when HQ starts (pydantic-settings).

Each setting comes from, highest first: a ``fieldapp-hq`` flag, the environment
(``FIELDAPP_HQ_<NAME>``, e.g. ``FIELDAPP_HQ_PORT=8443``), a settings file (``--settings FILE``
or ``FIELDAPP_HQ_SETTINGS_FILE``: TOML, or JSON when it ends in ``.json``, with the names
below as keys), then the default. Paths are made absolute when read: a relative path is taken
from the working folder (from a flag or the environment) or from the settings file's folder,
so HQ never depends on where it was started later. A value HQ cannot use is refused before
anything is opened, with `SettingsProblem` naming the setting and why, in one line.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from sync.hq.limits import HqLimits
from sync.hq.serving import ServerLimits

ENV_PREFIX = "FIELDAPP_HQ_"
FILE_ENV = f"{ENV_PREFIX}SETTINGS_FILE"
PATHS = ("data", "reference", "tls_cert", "tls_key", "identity_key_file")
DEFAULT_DATA = Path("hq-data")
_LIMITS, _SERVER = HqLimits(), ServerLimits()
POSITIVE: dict[str, Any] = {"gt": 0, "allow_inf_nan": False}
# The settings ``fieldapp-hq`` takes as flags (the others: environment or file only).
FLAGS = {
    "settings_file": "--settings",
    "data": "--data",
    "database_url": "--db",
    "reference": "--reference",
    "host": "--host",
    "port": "--port",
    "tls_cert": "--tls-cert",
    "tls_key": "--tls-key",
    "limit_concurrency": "--limit-concurrency",
    "enroll_per_minute": "--enroll-per-minute",
    "failures_per_minute": "--failures-per-minute",
}


class SettingsProblem(ValueError):
    """A setting HQ cannot start with; the message names it and says why, in one line."""


class HqSettings(BaseSettings):
    """Everything an HQ process is started with (`load_settings` reads them)."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", frozen=True)

    settings_file: Path | None = None  # where the lowest-ranked values came from, if anywhere
    data: Path = DEFAULT_DATA  # keys, and the SQLite database by default
    database_url: str | None = None  # None: SQLite in ``data``
    reference: Path | None = None  # the code lists HQ validates with; None: those shipped
    host: str = Field(default="127.0.0.1", min_length=1)
    port: int = Field(default=8080, ge=1, le=65535)
    tls_cert: Path | None = None
    tls_key: Path | None = None
    # What one client may cost HQ (`sync.hq.limits`, `sync.hq.serving`).
    limit_concurrency: int = Field(default=_SERVER.limit_concurrency, ge=1)
    enroll_per_minute: float = Field(default=_LIMITS.enroll_per_minute, **POSITIVE)
    failures_per_minute: float = Field(default=_LIMITS.failures_per_minute, **POSITIVE)
    blocked_seconds: float = Field(default=_LIMITS.blocked_seconds, **POSITIVE)
    body_idle_seconds: float = Field(default=_LIMITS.body_idle_seconds, **POSITIVE)
    body_budget_bytes: int = Field(default=_LIMITS.body_budget_bytes, ge=1)
    readers: int = Field(default=_LIMITS.readers, ge=1)
    batches: int = Field(default=_LIMITS.batches, ge=1)
    batches_waiting: int = Field(default=_LIMITS.batches_waiting, ge=0)
    # Signed-in users (DESIGN.md §11): how long a session lasts, and after how many failed
    # sign-ins each further attempt waits, from ``lockout_delay_seconds`` doubling up to
    # ``lockout_max_seconds``.
    session_minutes: int = Field(default=480, ge=1, le=7 * 24 * 60)
    # The console's offices board shows an office's last contact in red past this many days.
    stale_office_days: int = Field(default=14, ge=1, le=3650)
    lockout_after: int = Field(default=10, ge=1)
    lockout_delay_seconds: float = Field(default=2, **POSITIVE)
    lockout_max_seconds: float = Field(default=15 * 60, **POSITIVE)
    # The key identities are sealed with where offices share them (`sync.hq.identities`):
    # a key file HQ's admin holds, or the key itself (base64) as an environment secret. No
    # default: never the database or HQ's data folder.
    identity_key_file: Path | None = None
    identity_key: SecretStr | None = None

    @field_validator(*PATHS, mode="after")
    @classmethod
    def _absolute(cls, path: Path | None) -> Path | None:
        return None if path is None else path.expanduser().resolve()

    @model_validator(mode="after")
    def _together(self) -> HqSettings:
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("--tls-cert and --tls-key go together: give both, or neither for HTTP")
        if self.lockout_max_seconds < self.lockout_delay_seconds:
            raise ValueError("lockout_max_seconds is shorter than lockout_delay_seconds")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        assert isinstance(init_settings, InitSettingsSource)
        named = init_settings.init_kwargs.get("settings_file") or os.environ.get(FILE_ENV)
        file = SettingsFile(settings_cls, Path(named)) if named else None
        return (init_settings, env_settings) + ((file,) if file is not None else ())

    @property
    def database(self) -> str:
        """The database URL: the one given, else SQLite in the data folder."""
        return self.database_url or f"sqlite:///{self.data / 'hq.db'}"

    @property
    def keys_file(self) -> Path:
        return self.data / "hq_keys.json"

    @property
    def tls(self) -> tuple[Path, Path] | None:
        if self.tls_cert is None or self.tls_key is None:
            return None
        return self.tls_cert, self.tls_key

    @property
    def limits(self) -> HqLimits:
        return HqLimits(
            enroll_per_minute=self.enroll_per_minute,
            failures_per_minute=self.failures_per_minute,
            blocked_seconds=self.blocked_seconds,
            body_idle_seconds=self.body_idle_seconds,
            body_budget_bytes=self.body_budget_bytes,
            readers=self.readers,
            batches=self.batches,
            batches_waiting=self.batches_waiting,
        )

    @property
    def server_limits(self) -> ServerLimits:
        return ServerLimits(limit_concurrency=self.limit_concurrency)


class SettingsFile(PydanticBaseSettingsSource):
    """The values of a settings file; its relative paths are taken from its own folder."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path) -> None:
        super().__init__(settings_cls)
        self.path = path.expanduser().resolve()

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ reads the whole file at once

    def __call__(self) -> dict[str, Any]:
        values = read_settings_file(self.path)
        for name in PATHS:
            if isinstance(values.get(name), str):
                values[name] = str(self.path.parent / Path(values[name]).expanduser())
        return values


def read_settings_file(path: Path) -> dict[str, Any]:
    """The keys of a TOML (or ``.json``) settings file; `SettingsProblem` if it cannot be."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SettingsProblem(
            f"settings file {path} cannot be read: {exc.strerror or exc}"
        ) from None
    except UnicodeDecodeError:
        raise SettingsProblem(f"settings file {path} is not UTF-8 text") from None
    kind = "JSON" if path.suffix.lower() == ".json" else "TOML"
    try:
        values = json.loads(text) if kind == "JSON" else tomllib.loads(text)
    except ValueError as exc:  # json.JSONDecodeError and tomllib.TOMLDecodeError
        raise SettingsProblem(f"settings file {path} is not valid {kind}: {exc}") from None
    if not isinstance(values, dict):
        raise SettingsProblem(f"settings file {path} must hold names and values ({kind} object)")
    return values


def load_settings(**given: Any) -> HqSettings:
    """HqSettings from the flags ``given`` (None: not given), the environment, the settings
    file and the defaults; `SettingsProblem` naming the first value HQ cannot use."""
    flags = {name: value for name, value in given.items() if value is not None}
    try:
        return HqSettings(**flags)
    except ValidationError as exc:
        raise SettingsProblem(_one_line(exc)) from None


def _one_line(exc: ValidationError) -> str:
    """'setting port (--port or FIELDAPP_HQ_PORT): Input should be ... (got 70000)'."""
    parts = []
    for error in exc.errors(include_url=False):
        name = str(error["loc"][0]) if error["loc"] else ""
        message = error["msg"].removeprefix("Value error, ")
        if not name:  # a rule over several settings: its message names them
            parts.append(message)
            continue
        got = repr(error.get("input"))
        shown = f" (got {got[:60]})" if error["type"] != "extra_forbidden" else ""
        where = " or ".join(filter(None, (FLAGS.get(name), f"{ENV_PREFIX}{name.upper()}")))
        parts.append(f"setting {name} ({where}): {message}{shown}")
    return "; ".join(parts)
