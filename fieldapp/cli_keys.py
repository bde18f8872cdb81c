"""``fieldapp passphrase change|recover|rekey``: the secrets that open the store.

``change`` and ``recover`` rewrap the same database key under a new passphrase. ``rekey``
changes the key itself (SQLCipher ``PRAGMA rekey``) under a new vault and prints a new
recovery key once: after it, no earlier copy of ``vault.json`` opens the store, whatever
passphrase it was made with (`fieldapp.store.rekey`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from fieldapp import cli_secrets

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def add_commands(add: AddCommand) -> None:
    p = add(
        "passphrase",
        cmd_passphrase,
        "change the passphrase, set a new one with the recovery key, or give the store a new key",
    )
    p.add_argument(
        "action",
        choices=["change", "recover", "rekey"],
        help="rekey: a new database key and recovery key (the passphrase stays, unless a new "
        "one is given); old copies of vault.json stop opening the store",
    )
    p.add_argument(
        "--new-passphrase-file",
        help="read the new passphrase from this file (else $FIELDAPP_NEW_PASSPHRASE)",
    )
    p.add_argument(
        "--recovery-key-file",
        help="with recover: read the recovery key from this file (else $FIELDAPP_RECOVERY_KEY)",
    )


def cmd_passphrase(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, open_store
    from fieldapp.store.store import Store

    if args.action == "rekey":
        return cmd_rekey(args)
    if args.action == "change":
        store = open_store(args)
    else:
        key = cli_secrets.recovery_key(args.recovery_key_file)
        store = Store.open(args.data_dir, recovery_key=key)
    try:
        new = cli_secrets.new_passphrase("FIELDAPP_NEW_PASSPHRASE", args.new_passphrase_file)
        store.change_passphrase(new)  # a weak one: ValidationError, exit 2, nothing changed
    finally:
        store.close()
    print("The passphrase is changed. The recovery key still works.")
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, open_store_with_secret

    new = cli_secrets.given_new_passphrase("FIELDAPP_NEW_PASSPHRASE", args.new_passphrase_file)
    store, current = open_store_with_secret(args)
    done = store.rekey(new if new is not None else current)  # closes the store
    print(
        f"The store has a new key. The store as it was is backed up in {done.backup};\n"
        "that backup, and any older copy of vault.json, opens only with the old passphrase\n"
        "and recovery key, and no longer opens the store."
    )
    if new is not None:
        print("The store now opens with the new passphrase.")
    print("\nNew recovery key (write it down and keep it apart from this computer; it is shown")
    print("only this once; the old recovery key no longer opens the store):\n")
    print(f"    {done.recovery_key}\n")
    return EXIT_OK
