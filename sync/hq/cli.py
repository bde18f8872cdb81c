"""The ``fieldapp-hq`` command: run HQ, issue enrollment tokens, revoke devices."""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from sync.hq import cli_accounts
from sync.hq.database import open_database
from sync.hq.private import private_folder


def _ttl(text: str) -> timedelta:
    match = re.fullmatch(r"(\d+)([mhd])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"“{text}” is not a duration (e.g. 30m, 12h, 1d)")
    n, unit = int(match.group(1)), match.group(2)
    return {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n)}[unit]


def engine_for(args: argparse.Namespace) -> Engine:
    url = args.db or f"sqlite:///{Path(args.data) / 'hq.db'}"
    private_folder(Path(args.data))  # keys and records: HQ's alone (0700)
    return open_database(url)


def _add_serve_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--tls-cert", type=Path, help="serve HTTPS with this certificate (PEM)")
    serve.add_argument("--tls-key", type=Path, help="... and this private key (PEM)")
    serve.add_argument(
        "--limit-concurrency", type=int, default=512, help="connections at once (then 503)"
    )
    serve.add_argument("--enroll-per-minute", type=float, default=10, help="per client address")
    serve.add_argument(
        "--failures-per-minute",
        type=float,
        default=20,
        help="refused enrollments and batches per client address before 429",
    )


def _serve(args: argparse.Namespace, engine: Engine, reference: dict[str, Any]) -> int:
    from sync.hq.app import create_app
    from sync.hq.keys import HqKeys
    from sync.hq.limits import HqLimits
    from sync.hq.serving import ServerLimits, serve

    keys = HqKeys.load_or_create(Path(args.data) / "hq_keys.json")
    limits = HqLimits(
        enroll_per_minute=args.enroll_per_minute, failures_per_minute=args.failures_per_minute
    )
    app = create_app(engine, keys, reference, limits=limits)
    tls = (args.tls_cert, args.tls_key) if args.tls_cert else None
    if tls is None and args.host not in ("127.0.0.1", "::1", "localhost"):
        print(
            f"warning: serving plain HTTP on {args.host}: devices send enrollment tokens and "
            "batches only over HTTPS; give --tls-cert and --tls-key, or put a TLS proxy in front",
            file=sys.stderr,
        )
    serve(
        app,
        args.host,
        args.port,
        limits=ServerLimits(limit_concurrency=args.limit_concurrency),
        tls=tls,
    )
    return 0


def _check_serve(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """What is wrong with ``serve``'s options, before HQ opens anything; None if nothing."""
    from sync.hq.serving import TlsFilesError, check_tls

    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("--tls-cert and --tls-key go together: give both, or neither for HTTP")
    if args.limit_concurrency < 1 or args.enroll_per_minute <= 0 or args.failures_per_minute <= 0:
        parser.error("limits must be positive")
    if args.tls_cert is not None:
        try:
            check_tls(args.tls_cert, args.tls_key)
        except TlsFilesError as exc:
            return str(exc)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="fieldapp-hq", description="The HQ service of Field Office Data Collection."
    )
    parser.add_argument(
        "--data", default="hq-data", help="HQ's folder: keys, and the SQLite database by default"
    )
    parser.add_argument(
        "--db",
        help="a database URL, e.g. postgresql+psycopg://user@host/hq (default: SQLite in --data)",
    )
    parser.add_argument(
        "--reference",
        type=Path,
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
    cli_accounts.add_commands(sub)  # user, api-token, audit (sync/hq/cli_accounts.py)
    args = parser.parse_args(argv)
    os.umask(0o077)  # whatever HQ writes (database, keys, logs) is HQ's alone
    if args.command == "serve" and (problem := _check_serve(parser, args)):
        print(f"error: {problem}", file=sys.stderr)
        return 2
    engine = engine_for(args)
    if getattr(args, "accounts_run", None) is not None:
        return cli_accounts.run(args, engine)
    if args.command in ("serve", "import"):
        from sync.hq.reference import load_lists

        try:
            reference = load_lists(args.reference)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(
                f"error: the code lists in {args.reference} cannot be used: {exc}", file=sys.stderr
            )
            return 2
    if args.command == "serve":
        return _serve(args, engine, reference)
    if args.command == "import":
        from sync.foreign_files import ForeignFileError
        from sync.hq.carried import import_folder
        from sync.hq.keys import HqKeys

        try:
            done = import_folder(
                engine, HqKeys.load_or_create(Path(args.data) / "hq_keys.json"), args.folder
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
                HqKeys.load_or_create(Path(args.data) / "hq_keys.json"),
                args.office,
                args.ttl,
            )
        except EnrollmentRefused as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"Office: {made.office.name} (id {made.office.office_id})")
        print(f"Valid until {made.expires_at:%Y-%m-%d %H:%M} UTC, for one device. Token:")
        print(made.text)
        return 0
    from sync.hq.enrollment import revoke

    if not revoke(engine, args.device_id):
        print(f"error: no device {args.device_id}", file=sys.stderr)
        return 2
    print(f"Device {args.device_id} is revoked: HQ refuses its batches from now on.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
