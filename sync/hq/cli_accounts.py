"""``fieldapp-hq user``, ``api-token`` and ``audit``: HQ's accounts from the command line.

The names are the ones scripts use (issue 15): ``user add NAME --role ROLE [--office ID]…
[--password-file F]``, ``user list | disable NAME | enable NAME | reset-password NAME |
totp NAME``, ``api-token create --user NAME [--expires 30d]`` (the token on its last line),
``user grant-reveal NAME | revoke-reveal NAME`` (the right to reveal one person's identity),
``api-token list | revoke ID``, ``audit verify | export [-o FILE]``. Every change is audited,
the actor being ``cli:<the operating-system user>``.
"""

from __future__ import annotations

import argparse
import getpass
import io
import os
import re
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from sync.atomic import write_atomic
from sync.hq.accounts import api_tokens, audit, passwords, reveal_right, totp, users
from sync.hq.accounts.moments import now
from sync.hq.accounts.scope import Role, role_of

Command = Callable[[argparse.Namespace, Engine], int]
ROLES = "|".join(r.value for r in Role)


class CliRefused(Exception):
    """What the operator asked cannot be done; the message says why (exit status 2)."""


def _role(text: str) -> Role:
    try:
        return role_of(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _lifetime(text: str) -> timedelta:
    match = re.fullmatch(r"(\d{1,6})([hdw])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"“{text[:40]}” is not a duration (e.g. 12h, 30d, 8w)")
    n, unit = int(match.group(1)), match.group(2)
    return {"h": timedelta(hours=n), "d": timedelta(days=n), "w": timedelta(weeks=n)}[unit]


def actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):  # no login name (a container): the uid says who
        return f"cli:uid-{os.getuid()}"


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``user``, ``api-token`` and ``audit`` to ``fieldapp-hq``'s subcommands."""
    user = sub.add_parser("user", help="HQ's users: add, list, disable, reset, TOTP")
    act = user.add_subparsers(dest="user_action", required=True)
    add = act.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", type=_role, required=True, help=ROLES)
    add.add_argument("--office", action="append", default=[], help="an office's id (repeat)")
    add.add_argument("--password-file", type=Path, help="a file holding the password")
    act.add_parser("list", help="list the users")
    for action, text in (("disable", "disable a user"), ("enable", "enable a user again")):
        act.add_parser(action, help=text).add_argument("name")
    reset = act.add_parser(
        "reset-password", help="new password or sign-in code; ends sessions, revokes tokens"
    )
    reset.add_argument("name")
    reset.add_argument("--password-file", type=Path)
    act.add_parser("totp", help="(re)make a user's TOTP secret and recovery codes").add_argument(
        "name"
    )
    role = act.add_parser("set-role", help="give a user another role or offices")
    role.add_argument("name")
    role.add_argument("--role", type=_role, required=True, help=ROLES)
    role.add_argument("--office", action="append", default=[])
    act.add_parser(
        "grant-reveal", help="let a user reveal one person's identity, with a reason (audited)"
    ).add_argument("name")
    act.add_parser("revoke-reveal", help="take that right back").add_argument("name")
    user.set_defaults(accounts_run=_user)

    token = sub.add_parser("api-token", help="API tokens for BI tools and scripts")
    act = token.add_subparsers(dest="api_action", required=True)
    create = act.add_parser("create", help="make a token (printed once, on the last line)")
    create.add_argument("--user", required=True)
    create.add_argument("--expires", type=_lifetime, default=timedelta(days=30), help="30d")
    create.add_argument("--role", type=_role, help="a role no higher than the user's")
    create.add_argument("--office", action="append", default=[], help="narrow to an office")
    act.add_parser("list", help="list the tokens (never their secrets)").add_argument("--user")
    act.add_parser("revoke", help="revoke a token").add_argument("token_id")
    token.set_defaults(accounts_run=_api_token)

    log = sub.add_parser("audit", help="the audit log")
    act = log.add_subparsers(dest="audit_action", required=True)
    act.add_parser("verify", help="check the chain of hashes; exit 1 naming the first bad entry")
    export = act.add_parser("export", help="the audit log as CSV")
    export.add_argument("-o", "--output", type=Path, help="a file (default: standard output)")
    log.set_defaults(accounts_run=_audit)


def run(args: argparse.Namespace, engine: Engine) -> int:
    """Run an account command; refusals are one line on stderr and exit status 2."""
    command: Command = args.accounts_run
    try:
        return command(args, engine)
    except (CliRefused, users.UserRefused, passwords.PasswordRefused) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _password_from(path: Path | None, name: str) -> str | None:
    """The password in ``path`` (its last line end dropped); else typed twice at a terminal;
    else None (a one-time sign-in code is made)."""
    if path is None:
        if not sys.stdin.isatty():
            return None
        first = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("The same again: ") != first:
            raise CliRefused("the two passwords differ")
        return first
    try:
        with path.open("rb") as handle:
            data = handle.read(passwords.MAX_BYTES + 3)  # never more, whatever the file is
    except OSError as exc:
        raise CliRefused(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CliRefused(f"{path} is not UTF-8 text") from None
    text = text.removesuffix("\n").removesuffix("\r")
    if passwords.too_long(text):
        raise CliRefused(f"the password in {path} has more than {passwords.MAX_BYTES} bytes")
    return text


def _print_code(code: str | None) -> None:
    if code is not None:
        print("One-time sign-in code (valid 24 hours; the user sets a password with it):")
        print(code)


def _user(args: argparse.Namespace, engine: Engine) -> int:
    if args.user_action == "list":
        with engine.connect() as conn:
            _print_users(conn)
        return 0
    if args.user_action in ("grant-reveal", "revoke-reveal"):
        return _reveal_right(args, engine)
    password = None
    if args.user_action in ("add", "reset-password"):
        password = _password_from(args.password_file, args.name)
    with engine.begin() as conn:
        if args.user_action == "add":
            made, code = users.add_user(
                conn, args.name, args.role, actor=actor(), offices=args.office, password=password
            )
            print(f"User {made.name} added ({made.role}).")
            _print_code(code)
            if made.role is Role.ADMIN:
                print(
                    f"An admin signs in with TOTP: set it up with fieldapp-hq user totp {made.name}"
                )
        elif args.user_action in ("disable", "enable"):
            done = users.set_disabled(conn, args.name, args.user_action == "disable", actor=actor())
            state = (
                "disabled: their sessions ended and their tokens stop"
                if done.disabled
                else "enabled"
            )
            print(f"User {done.name} is {state}.")
        elif args.user_action == "reset-password":
            code = users.reset_password(conn, args.name, actor=actor(), password=password)
            print(
                f"Password of {args.name.strip().lower()} reset; their sessions ended "
                "and their API tokens are revoked."
            )
            _print_code(code)
        elif args.user_action == "set-role":
            before = users.get_user(conn, args.name)
            done = users.set_role(conn, args.name, args.role, actor=actor(), offices=args.office)
            ended = "; their sessions ended" if before and before.role is not done.role else ""
            print(f"User {done.name} is now {done.role} {_offices(done.office_ids)}{ended}.")
        else:
            made_totp = totp.setup(conn, args.name, actor=actor())
            print("Add this to an authenticator app (or show it as a QR code):")
            print(made_totp.uri)
            print(f"Secret, to type by hand: {made_totp.secret}")
            print("Recovery codes (each works once; keep them apart from the phone):")
            for recovery in made_totp.recovery_codes:
                print(f"  {recovery}")
    return 0


def _reveal_right(args: argparse.Namespace, engine: Engine) -> int:
    grant = args.user_action == "grant-reveal"
    with engine.begin() as conn:
        user, changed = reveal_right.set_granted(conn, args.name, grant, actor=actor())
    if not grant:
        state = "may no longer" if changed else "already could not"
        print(f"User {user.name} {state} reveal identities.")
    elif user.role is Role.ADMIN:
        print(f"User {user.name} is an admin: admins reveal identities by their role anyway.")
    else:
        where = _offices(user.office_ids) if user.role is Role.OFFICE else "all offices"
        again = "" if changed else " (already granted)"
        print(
            f"User {user.name} may now reveal one person's identity at a time, of {where}, "
            f"with a reason; each reveal is audited{again}."
        )
    return 0


def _offices(office_ids: frozenset[str] | None) -> str:
    return ", ".join(sorted(office_ids)) if office_ids else "all offices"


def _print_users(conn: Connection) -> None:
    print(
        f"{'name':<24} {'role':<8} {'state':<9} {'password':<9} {'totp':<5} {'reveal':<6} offices"
    )
    revealing = reveal_right.granted_names(conn)
    for u in users.list_users(conn):
        state = "disabled" if u.disabled else "active"
        password = "set" if u.has_password else "code"
        offices = _offices(u.office_ids) if u.role is Role.OFFICE else "all offices"
        print(
            f"{u.name:<24} {u.role:<8} {state:<9} {password:<9} {'yes' if u.has_totp else 'no':<5} "
            f"{_reveals(u, revealing):<6} {offices}"
        )


def _reveals(user: users.User, granted: frozenset[str]) -> str:
    """Whether ``user`` may reveal identities: by role (admin), by grant, or not."""
    if user.role is Role.ADMIN:
        return "role"
    return "yes" if user.name in granted else "no"


def _api_token(args: argparse.Namespace, engine: Engine) -> int:
    if args.api_action == "list":
        with engine.connect() as conn:
            listed = api_tokens.list_tokens(conn, args.user)
        moment = now()
        print(
            f"{'id':<12} {'user':<20} {'role':<8} {'state':<8} {'expires':<16} {'last used':<16} offices"
        )
        for t in listed:
            state = "revoked" if t.revoked_at else "expired" if t.expires_at <= moment else "live"
            used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
            print(
                f"{t.token_id:<12} {t.user_name:<20} {t.role:<8} {state:<8} "
                f"{t.expires_at:%Y-%m-%d %H:%M} {used:<16} {_offices(t.office_ids)}"
            )
        return 0
    with engine.begin() as conn:
        if args.api_action == "revoke":
            if not api_tokens.revoke(conn, args.token_id, actor=actor()):
                raise CliRefused(f"no live token {args.token_id[:20]}")
            print(f"Token {args.token_id} is revoked: HQ refuses it from now on.")
            return 0
        made, text = api_tokens.create(
            conn,
            args.user,
            actor=actor(),
            lifetime=args.expires,
            role=args.role,
            offices=args.office,
        )
    print(f"Token {made.token_id} for {made.user_name}: {made.role}, {_offices(made.office_ids)}.")
    print(f"Valid until {made.expires_at:%Y-%m-%d %H:%M} UTC. Shown once; send it as")
    print("Authorization: Bearer <token>. Token:")
    print(text)
    return 0


def _audit(args: argparse.Namespace, engine: Engine) -> int:
    if args.audit_action == "verify":
        with engine.connect() as conn:
            count, bad = audit.verify(conn)
        if bad is None:
            print(f"the audit log's {count} entries are intact")
            return 0
        print(f"the audit log is broken at {bad} ({count} entries before it are intact)")
        return 1
    with engine.begin() as conn:
        where = str(args.output) if args.output else "standard output"
        audit.append(conn, actor(), "audit.export", where, {})
        out = io.StringIO()
        count = audit.export_csv(conn, out)
    if args.output is None:
        sys.stdout.write(out.getvalue())
    else:
        try:
            write_atomic(args.output, out.getvalue().encode("utf-8"))
        except OSError as exc:
            raise CliRefused(f"cannot write {args.output}: {exc.strerror}") from None
        print(f"{count} entries written to {args.output}", file=sys.stderr)
    return 0
