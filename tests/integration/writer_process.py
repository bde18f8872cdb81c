"""A writer for the kill test: commits participants one by one and prints each id once committed.

Usage: python writer_process.py DATA_DIR RUN N   (passphrase in $FIELDAPP_PASSPHRASE)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store


def main() -> None:
    data, run, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store = Store.open(data, passphrase=os.environ["FIELDAPP_PASSPHRASE"])
    print("ready", flush=True)
    for i in range(count):
        with store.transaction() as conn:
            pid = Repository(conn, store.identity).add_participant(
                ParticipantBase(full_name=f"Writer {run} Person {i}", sex="female")
            )
        print(pid, flush=True)  # only after the commit returned
    store.close()


if __name__ == "__main__":
    main()
