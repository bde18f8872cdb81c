"""The ``fieldapp`` command: every job the GUI does that a script may want.

Exit codes: 0 ok, 2 usage or a mistake in what was given, 3 wrong passphrase, 4 integrity
problem. Messages go to stderr in plain words; a traceback means a bug of ours.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp import cli_keys, cli_secrets
from fieldapp.cli_secrets import UsageError

if TYPE_CHECKING:
    from fieldapp.store.store import Store

EXIT_OK, EXIT_USAGE, EXIT_WRONG_PASSPHRASE, EXIT_INTEGRITY = 0, 2, 3, 4
PROMPT_ATTEMPTS = 3


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (use YYYY-MM-DD)") from None


def open_store(args: argparse.Namespace) -> Store:
    """Unlock the store named by ``--data-dir``, prompting again after a wrong passphrase."""
    return open_store_with_secret(args)[0]


def open_store_with_secret(args: argparse.Namespace) -> tuple[Store, str]:
    """The unlocked store and the passphrase that opened it. After wrong passphrases (in
    this process or earlier ones) each attempt waits its turn, and says so."""
    from fieldapp.store.layout import DataDir
    from fieldapp.store.store import Store
    from fieldapp.store.throttle import UnlockThrottle
    from fieldapp.store.vault import WrongPassphrase

    throttle = UnlockThrottle(DataDir(args.data_dir).unlock_failures)
    prompted = not (cli_secrets.passphrase(args.passphrase_file, can_prompt=False))
    for attempt in range(1, PROMPT_ATTEMPTS + 1):
        secret = cli_secrets.passphrase(args.passphrase_file) or ""
        wait = throttle.remaining()
        if wait >= 1:
            print(
                f"{throttle.failures} wrong passphrase(s) lately: waiting {wait:.0f} s.",
                file=sys.stderr,
            )
        try:
            store = Store.open(args.data_dir, passphrase=secret, throttle=throttle)
        except WrongPassphrase:
            if not prompted or attempt == PROMPT_ATTEMPTS:
                raise
            print("That passphrase is not correct. Try again.", file=sys.stderr)
            continue
        _start_log(store.data.logs)
        if store.finished_rekey:
            print(
                "note: a change of the store's key (`fieldapp passphrase rekey`) had stopped "
                "half-way and is now finished. The recovery key it made was never shown: run "
                "`fieldapp passphrase rekey` again to get one.",
                file=sys.stderr,
            )
        return store, secret
    raise AssertionError("unreachable")


def _start_log(folder: Path) -> None:
    """Log to the store's folder, only once unlocked (a failed unlock writes no log)."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(folder / "fieldapp.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def cmd_init(args: argparse.Namespace) -> int:
    from fieldapp.store.store import Store

    secret = cli_secrets.new_passphrase("FIELDAPP_PASSPHRASE", args.passphrase_file)
    store, recovery_key = Store.create(
        args.data_dir, passphrase=secret, office_name=args.office, country=args.country.upper()
    )
    _start_log(store.data.logs)
    logging.getLogger(__name__).info("Created a store for office %s", store.identity.office_id)
    store.close()
    print(f"Created an encrypted store for {args.office} in {args.data_dir}.")
    print("\nRecovery key (write it down and keep it apart from this computer;")
    print("it is shown only this once and opens the store if the passphrase is lost):\n")
    print(f"    {recovery_key}\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldapp.store.demo import generate

    store = open_store(args)
    with store.transaction() as conn:
        summary = generate(
            conn, store.identity, events=args.events, people=args.people, seed=args.seed
        )
    print(
        f"Added {summary.people} people, {summary.events} events and {summary.attendances} "
        f"attendances ({summary.head_count_events} events with head counts only)."
    )
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from fieldapp.domain.indicators import Period
    from fieldapp.store import figures

    store = open_store(args)
    with store.engine.connect() as conn:
        result = figures.indicators(conn, Period(args.start, args.end))
    if args.json:
        print(json.dumps(result.as_dict(), indent=1, ensure_ascii=False))
        return EXIT_OK
    from fieldapp.reports.stats_text import render

    print(render(result, store.identity.office_name, Period(args.start, args.end)))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldapp.store import backup

    if args.action == "create":
        store = open_store(args)
        path = backup.create_backup(store.engine, store.vault, args.output, label="manual")
        info = backup.verify_backup(path, store.raw_key)
        print(f"Backup written and verified: {path} (schema version {info.schema_version}).")
        return EXIT_OK
    _, vault = backup.read_backup(args.file)
    if args.recovery_key_file or args.use_recovery_key:
        raw_key = vault.unlock_with_recovery_key(cli_secrets.recovery_key(args.recovery_key_file))
    else:
        raw_key = vault.unlock(cli_secrets.passphrase(args.passphrase_file) or "")
    if args.action == "restore-vault":
        backup.restore_vault(args.data_dir, args.file, raw_key)
        print(
            f"The key vault is back in {args.data_dir}; open the store with the passphrase of {args.file.name}."
        )
        return EXIT_OK
    if args.action == "verify":
        info = backup.verify_backup(args.file, raw_key)
        print(
            f"{args.file} is sound: made {info.created_at}, schema version {info.schema_version}."
        )
        return EXIT_OK
    replaced = backup.restore_backup(args.data_dir, args.file, raw_key)
    print(f"Restored {args.file.name} into {args.data_dir}.")
    if replaced:
        print(f"The store it replaced is kept in {replaced}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    store = open_store(args)
    problems = store.integrity_problems()
    if problems:
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        return EXIT_INTEGRITY
    print(
        f"cipher_integrity_check: ok\nquick_check: ok\nschema: version {store.schema_version()} (current)"
    )
    return EXIT_OK


def cmd_selftest(args: argparse.Namespace) -> int:
    from fieldapp.selftest import run

    if args.keep is not None and args.keep.exists() and not args.keep.is_dir():
        raise UsageError(f"--keep {args.keep} is a file: give a folder to keep the results in.")
    return run(keep=args.keep)


def cmd_gui(args: argparse.Namespace) -> int:
    from fieldapp.ui.app import run

    return run(args.data_dir, language=getattr(args, "ui_lang", None))


def build_parser() -> argparse.ArgumentParser:
    from fieldapp.domain.languages import LANGUAGES
    from fieldapp.store.layout import default_data_dir

    def common_options(defaults: bool) -> argparse.ArgumentParser:
        # Accepted before or after the command; only the top level sets defaults, so a
        # subcommand does not overwrite what was given before it.
        p = argparse.ArgumentParser(add_help=False)
        p.add_argument(
            "--data-dir",
            type=Path,
            default=default_data_dir() if defaults else argparse.SUPPRESS,
            help=f"the store's folder (default: {default_data_dir()})",
        )
        p.add_argument(
            "--passphrase-file",
            default=None if defaults else argparse.SUPPRESS,
            help="read the passphrase from this file (else $FIELDAPP_PASSPHRASE, else a prompt)",
        )
        return p

    common = common_options(defaults=False)
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        parents=[common_options(defaults=True)],
        description="Field office data collection.",
    )
    parser.set_defaults(func=cmd_gui)
    ui_lang = {
        "dest": "ui_lang",
        "choices": LANGUAGES,
        "metavar": "LANG",
        "help": "the interface's language for this run only: " + ", ".join(LANGUAGES),
    }
    parser.add_argument("--lang", **ui_lang)  # type: ignore[arg-type]
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = add("init", cmd_init, "create the encrypted store and print the recovery key once")
    p.add_argument(
        "--office", required=True, help="the office's name, e.g. 'Programme Office Rabat'"
    )
    p.add_argument(
        "--country", required=True, help="the office's country, ISO 3166 alpha-3 (e.g. MAR)"
    )
    p = add("demo", cmd_demo, "fill the store with realistic demo data")
    p.add_argument("--events", type=int, default=40)
    p.add_argument("--people", type=int, default=500)
    p.add_argument("--seed", type=int, default=1)
    p = add("stats", cmd_stats, "print the indicators for a period")
    p.add_argument("--from", dest="start", type=parse_date, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=parse_date, help="last day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print JSON")
    cli_keys.add_commands(add)
    p = add("backup", cmd_backup, "create, verify or restore an encrypted backup")
    p.add_argument("action", choices=["create", "verify", "restore", "restore-vault"])
    p.add_argument("file", nargs="?", type=Path, help="the backup file (verify, restore)")
    p.add_argument("-o", "--output", type=Path, help="create: the file or folder to write")
    p.add_argument(
        "--recovery-key-file", help="open the backup with the recovery key from this file"
    )
    p.add_argument(
        "--use-recovery-key", action="store_true", help="open the backup with the recovery key"
    )
    add("check", cmd_check, "run the integrity checks (cipher, pages, schema)")
    from fieldapp import cli_exchange, cli_privacy, cli_reports, cli_sync

    cli_sync.add_commands(add)

    cli_reports.add_commands(add)
    cli_exchange.add_commands(add)
    cli_privacy.add_commands(add)
    p = add(
        "selftest",
        cmd_selftest,
        "check this installation end to end, offscreen, in a temporary store (exit 0 if it works)",
    )
    p.add_argument(
        "--keep", type=Path, metavar="DIR", help="keep the PDFs, exports and screen pictures here"
    )
    p = add("gui", cmd_gui, "open the desktop app (the default)")
    p.add_argument("--lang", default=argparse.SUPPRESS, **ui_lang)  # type: ignore[arg-type]
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if (
        getattr(args, "action", None) in ("verify", "restore", "restore-vault")
        and args.file is None
    ):
        parser.error(f"backup {args.action} needs the backup FILE")
    if getattr(args, "action", None) == "create" and getattr(args, "output", 1) is None:
        parser.error("backup create needs -o FILE or folder")
    if args.func is cmd_gui:
        return cmd_gui(args)  # the window paints before the store's libraries load
    return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    from fieldapp.domain.validation import ValidationError
    from fieldapp.store.backup import BackupError
    from fieldapp.store.lock import StoreBusy
    from fieldapp.store.store import IntegrityProblem, StoreError
    from fieldapp.store.vault import VaultDamaged, VaultError, WrongPassphrase
    from sync.courier import CourierBusy

    try:
        return int(args.func(args))
    except WrongPassphrase as exc:
        print(f"error: {exc} Nothing was changed.", file=sys.stderr)
        return EXIT_WRONG_PASSPHRASE
    except (IntegrityProblem, BackupError, VaultDamaged) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INTEGRITY
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    except (UsageError, StoreError, VaultError, StoreBusy, CourierBusy) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # the world: a folder that is a file, a full disk, no permission
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}.", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
