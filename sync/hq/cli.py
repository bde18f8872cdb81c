"""The ``fieldapp-hq`` command: run HQ, issue enrollment tokens, revoke devices."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine

from sync.hq.database import open_database


def _ttl(text: str) -> timedelta:
    match = re.fullmatch(r"(\d+)([mhd])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"“{text}” is not a duration (e.g. 30m, 12h, 1d)")
    n, unit = int(match.group(1)), match.group(2)
    return {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n)}[unit]


def engine_for(args: argparse.Namespace) -> Engine:
    url = args.db or f"sqlite:///{Path(args.data) / 'hq.db'}"
    Path(args.data).mkdir(parents=True, exist_ok=True)
    return open_database(url)


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
    serve = sub.add_parser("serve", help="run the HQ API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    token = sub.add_parser("token", help="enrollment tokens")
    token.add_argument("action", choices=["create"])
    token.add_argument("--office", required=True)
    token.add_argument("--ttl", type=_ttl, default=timedelta(days=1))
    imports = sub.add_parser(
        "import", help="take hand-carried batches from a folder; answers go back into it"
    )
    imports.add_argument("folder", type=Path)
    device = sub.add_parser("device", help="enrolled devices")
    device.add_argument("action", choices=["revoke"])
    device.add_argument("device_id")
    args = parser.parse_args(argv)
    engine = engine_for(args)
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
        import uvicorn

        from sync.hq.app import create_app
        from sync.hq.keys import HqKeys

        keys = HqKeys.load_or_create(Path(args.data) / "hq_keys.json")
        app = create_app(engine, keys, reference)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        return 0
    if args.command == "import":
        from sync.hq.carried import import_folder
        from sync.hq.keys import HqKeys

        taken, refused = import_folder(
            engine, HqKeys.load_or_create(Path(args.data) / "hq_keys.json"), args.folder
        )
        print(f"answered {taken} batch(es); refused {refused} (see the .refused.txt files)")
        return 0
    if args.command == "token":
        from sync.hq.enrollment import create_token

        print(create_token(engine, args.office, args.ttl))
        return 0
    from sync.hq.enrollment import revoke

    if not revoke(engine, args.device_id):
        print(f"error: no device {args.device_id}", file=sys.stderr)
        return 2
    print(f"Device {args.device_id} is revoked: HQ refuses its batches from now on.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
