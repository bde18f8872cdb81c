"""The ``fieldapp-hq`` command: run HQ, issue enrollment tokens, revoke devices, set an
office's privacy policy."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from sync.hq import cli_accounts
from sync.hq.database import open_database
from sync.hq.private import private_folder
from sync.hq.settings import HqSettings, SettingsProblem, load_settings

# The flags that are settings (`sync.hq.settings`), by the name of the setting.
SETTINGS_FLAGS = (
    "settings_file",
    "data",
    "database_url",
    "reference",
    "host",
    "port",
    "tls_cert",
    "tls_key",
    "limit_concurrency",
    "enroll_per_minute",
    "failures_per_minute",
)


def _ttl(text: str) -> timedelta:
    match = re.fullmatch(r"(\d+)([mhd])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"“{text}” is not a duration (e.g. 30m, 12h, 1d)")
    n, unit = int(match.group(1)), match.group(2)
    return {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n)}[unit]


def settings_for(args: argparse.Namespace) -> HqSettings:
    """HQ's settings: the flags given, then ``FIELDAPP_HQ_*``, the settings file, defaults.
    `SettingsProblem` names a value HQ cannot use."""
    return load_settings(**{name: getattr(args, name, None) for name in SETTINGS_FLAGS})


def engine_for(args: argparse.Namespace | HqSettings) -> Engine:
    settings = args if isinstance(args, HqSettings) else settings_for(args)
    private_folder(settings.data)  # keys and records: HQ's alone (0700)
    return open_database(settings.database)


def _add_serve_options(serve: argparse.ArgumentParser) -> None:
    # (no defaults here: a flag not given leaves the environment, the file or HqSettings')
    serve.add_argument("--host", help="default 127.0.0.1")
    serve.add_argument("--port", help="default 8080")
    serve.add_argument("--tls-cert", help="serve HTTPS with this certificate (PEM)")
    serve.add_argument("--tls-key", help="... and this private key (PEM)")
    serve.add_argument("--limit-concurrency", help="connections at once, then 503 (default 512)")
    serve.add_argument("--enroll-per-minute", help="per client address (default 10)")
    serve.add_argument(
        "--failures-per-minute",
        help="refused enrollments and batches per client address before 429 (default 20)",
    )


def _serve(settings: HqSettings, engine: Engine, reference: dict[str, Any]) -> int:
    from sync.hq.api.main import create_app
    from sync.hq.keys import HqKeys
    from sync.hq.serving import serve

    keys = HqKeys.load_or_create(settings.keys_file)
    app = create_app(settings, engine, keys, reference)
    if settings.tls is None and settings.host not in ("127.0.0.1", "::1", "localhost"):
        print(
            f"warning: serving plain HTTP on {settings.host}: devices send enrollment tokens "
            "and batches only over HTTPS; give --tls-cert and --tls-key, or put a TLS proxy "
            "in front",
            file=sys.stderr,
        )
    from sync.hq.aggregates import Warmer
    from sync.hq.database import Checkpointer

    # the figures a batch made stale, counted again off the request path (sync.hq.aggregates)
    hq = app.state.hq
    warmer = Warmer(engine, lambda: hq.reference.current(engine).codelists).start()
    checkpointer = Checkpointer(engine).start()  # (SQLite's log, off the request path)
    try:
        serve(app, settings.host, settings.port, limits=settings.server_limits, tls=settings.tls)
    finally:
        checkpointer.stop()
        warmer.stop()
    return 0


def _check_tls(settings: HqSettings) -> str | None:
    """What is wrong with the certificate and key, before HQ opens anything; None if nothing."""
    from sync.hq.serving import TlsFilesError, check_tls

    if settings.tls is not None:
        try:
            check_tls(*settings.tls)
        except TlsFilesError as exc:
            return str(exc)
    return None


def _check_key(settings: HqSettings) -> str | None:
    """What is wrong with the identity key HQ was given, before HQ starts; None if nothing
    (or none given: identities are then never stored)."""
    from sync.hq.identities import IdentityKeyProblem, identity_key

    try:
        identity_key(settings)
    except IdentityKeyProblem as exc:
        return str(exc)
    return None


def _add_identity_key(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    key = sub.add_parser("identity-key", help="the key identities are sealed with at HQ")
    act = key.add_subparsers(dest="identity_key_action", required=True)
    create = act.add_parser(
        "create", help="write a new random key to a file (0600); keep it apart from HQ's data"
    )
    create.add_argument("-o", "--output", type=Path, required=True, help="the key file")


def _identity_key(args: argparse.Namespace, settings: HqSettings) -> int:
    """``fieldapp-hq identity-key create -o FILE``: never over an existing file."""
    from sync.hq.identities import KEY_FILE_ENV, create_key_file

    path = args.output.expanduser().resolve()
    if path.is_relative_to(settings.data):
        print(
            f"error: {path} is inside HQ's data folder {settings.data}: keep the key apart "
            "from the records it opens",
            file=sys.stderr,
        )
        return 2
    try:
        create_key_file(path)
    except FileExistsError:
        print(
            f"error: {path} exists: a key is never overwritten (what it sealed would no "
            "longer open); choose another file",
            file=sys.stderr,
        )
        return 2
    except OSError as exc:
        print(f"error: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Identity key written to {path} (readable by you alone).")
    print(f"Start HQ with {KEY_FILE_ENV}={path}; keep a copy apart from HQ's backups:")
    print("without it, identities sealed with it cannot be revealed.")
    return 0


def _add_office_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    office = sub.add_parser("office", help="an office's privacy policy")
    office.add_argument("action", choices=["policy"])
    office.add_argument("office", help="the office's id or exact name")
    office.add_argument(
        "--identities",
        choices=["none", "shared"],
        help="none: HQ holds no trainee's name, e-mail or phone (the default); shared: HQ "
        "keeps them encrypted under its identity key",
    )
    office.add_argument(
        "--birth-year",
        choices=["share", "withhold"],
        help="under none, whether birth years reach HQ (else each attendance's age band)",
    )
    office.add_argument(
        "--retention-years", type=int, help="identities are erased N years after a last event"
    )


def _office_policy(args: argparse.Namespace, settings: HqSettings, engine: Engine) -> int:
    """``fieldapp-hq office policy OFFICE [...]``: print the policy, or change it."""
    from sync.hq.policy import PolicyRefused, describe, office_rules, set_policy

    try:
        if args.identities is None and args.birth_year is None and args.retention_years is None:
            with engine.connect() as conn:
                rules = office_rules(conn, args.office)
            changed = False
        else:
            from sync.hq.identities import identity_key

            key_configured = identity_key(settings) is not None
            rules, changed = set_policy(
                engine,
                args.office,
                identities=args.identities,
                birth_year=None if args.birth_year is None else args.birth_year == "share",
                retention_years=args.retention_years,
                identity_key_configured=key_configured,
                actor=cli_accounts.actor(),
            )
    except (PolicyRefused, SettingsProblem) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in describe(rules):
        print(line)
    if changed:
        print("Changed: the office's devices take it at their next sync.")
    return 0


def _figures_rebuild(engine: Engine, reference: dict[str, Any], office: str | None) -> int:
    """Count every stored tally again from scratch (`sync.hq.aggregates.rebuild`)."""
    from fieldapp.domain.codelists import check_lists
    from sync.hq.aggregates import all_offices, rebuild

    started = time.monotonic()
    try:
        with engine.begin() as conn:
            if office is not None and office not in all_offices(conn):
                print(f"error: no office {office}", file=sys.stderr)
                return 2
            counted = rebuild(conn, office, check_lists(reference))
    finally:
        engine.dispose()
    took = time.monotonic() - started
    print(f"counted {counted} tally(ies) from scratch in {took:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="fieldapp-hq", description="The HQ service of Field Office Data Collection."
    )
    parser.add_argument(
        "--settings",
        dest="settings_file",
        help="a settings file (TOML, or JSON if it ends in .json); flags and FIELDAPP_HQ_* "
        "variables win over it (default: FIELDAPP_HQ_SETTINGS_FILE, if set)",
    )
    parser.add_argument(
        "--data", help="HQ's folder: keys, and the SQLite database by default (./hq-data)"
    )
    parser.add_argument(
        "--db",
        dest="database_url",
        help="a database URL, e.g. postgresql+psycopg://user@host/hq (default: SQLite in --data)",
    )
    parser.add_argument(
        "--reference",
        help="a folder with the code lists HQ validates with and publishes "
        "(results_framework.json, countries.json; default: those shipped)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    _add_serve_options(sub.add_parser("serve", help="run the HQ API"))
    token = sub.add_parser("token", help="enrollment tokens")
    token.add_argument("action", choices=["create"])
    token.add_argument(
        "--office", required=True, help="the office's name or id (a new name makes the office)"
    )
    token.add_argument("--ttl", type=_ttl, default=timedelta(days=1))
    imports = sub.add_parser(
        "import", help="take hand-carried batches from a folder; answers go back into it"
    )
    imports.add_argument("folder", type=Path)
    device = sub.add_parser("device", help="enrolled devices")
    device.add_argument("action", choices=["revoke"])
    device.add_argument("device_id")
    _add_office_commands(sub)
    figures = sub.add_parser("figures", help="the figures HQ keeps per office")
    figures.add_argument("action", choices=["rebuild"])
    figures.add_argument("--office", help="one office's id (default: every office)")
    cli_accounts.add_commands(sub)  # user, api-token, audit (sync/hq/cli_accounts.py)
    _add_identity_key(sub)
    args = parser.parse_args(argv)
    try:
        settings = settings_for(args)
    except SettingsProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    os.umask(0o077)  # whatever HQ writes (database, keys, logs) is HQ's alone
    if args.command == "serve" and (problem := _check_tls(settings) or _check_key(settings)):
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.command == "identity-key":
        return _identity_key(args, settings)
    engine = engine_for(settings)
    if getattr(args, "accounts_run", None) is not None:
        return cli_accounts.run(args, engine)
    if args.command == "office":
        return _office_policy(args, settings, engine)
    if args.command in ("serve", "import", "figures"):
        from sync.hq.reference import load_lists

        try:
            reference = load_lists(settings.reference)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(
                f"error: the code lists in {settings.reference} cannot be used: {exc}",
                file=sys.stderr,
            )
            return 2
    if args.command == "serve":
        return _serve(settings, engine, reference)
    if args.command == "figures":
        return _figures_rebuild(engine, reference, args.office)
    if args.command == "import":
        from sync.foreign_files import ForeignFileError
        from sync.hq.carried import import_folder
        from sync.hq.code_lists import ListsInUse
        from sync.hq.keys import HqKeys
        from sync.hq.receive import sealing_key

        keys = HqKeys.load_or_create(settings.keys_file)
        try:
            done = import_folder(
                engine,
                keys,
                args.folder,
                lists=ListsInUse(keys, reference).current(engine).codelists,
                identity_key=sealing_key(settings),
            )
        except (ForeignFileError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        for line in done.problems:
            print(line, file=sys.stderr)
        print(f"answered {done.answered} batch(es); refused {done.refused}")
        return 0
    if args.command == "token":
        from sync.hq.enrollment import EnrollmentRefused, create_token
        from sync.hq.keys import HqKeys

        try:
            made = create_token(
                engine,
                HqKeys.load_or_create(settings.keys_file),
                args.office,
                args.ttl,
                actor=cli_accounts.actor(),
            )
        except EnrollmentRefused as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"Office: {made.office.name} (id {made.office.office_id})")
        print(f"Valid until {made.expires_at:%Y-%m-%d %H:%M} UTC, for one device. Token:")
        print(made.text)
        return 0
    from sync.hq.enrollment import revoke

    if not revoke(engine, args.device_id, actor=cli_accounts.actor()):
        print(f"error: no device {args.device_id}", file=sys.stderr)
        return 2
    print(f"Device {args.device_id} is revoked: HQ refuses its batches from now on.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
