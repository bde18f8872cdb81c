"""What HQ's routes are given (FastAPI dependencies), so that a route holds no state of its own
and a test can replace any of it through ``app.dependency_overrides``.

`Hq` is everything one HQ app is made with; it hangs on ``app.state.hq``. Each dependency
below reads one part of it: override `get_engine` and every read and write of the app goes to
another database; override `get_lists` and records are checked against other code lists.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists
from sync.hq.aggregates import Counted, keep_in
from sync.hq.code_lists import ListsInUse
from sync.hq.database import read_only
from sync.hq.keys import HqKeys
from sync.hq.limits import BodyBudget, HqLimits, Queue
from sync.hq.settings import HqSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Hq:
    """One HQ app's settings, database, keys and code lists, and the bounds its routes share:
    ``readers`` reads at once, ``openers`` batch openings at once, ``budget`` bytes of bodies."""

    settings: HqSettings
    engine: Engine
    keys: HqKeys
    reference: ListsInUse  # the lists HQ validates records with and publishes, signed
    readers: asyncio.Semaphore
    openers: Queue
    budget: BodyBudget

    @property
    def limits(self) -> HqLimits:
        return self.settings.limits


def get_hq(request: Request) -> Hq:
    hq: Hq = request.app.state.hq
    return hq


HqDep = Annotated[Hq, Depends(get_hq)]


def get_settings(hq: HqDep) -> HqSettings:
    return hq.settings


def get_engine(hq: HqDep) -> Engine:
    return hq.engine


def get_keys(hq: HqDep) -> HqKeys:
    return hq.keys


def get_limits(hq: HqDep) -> HqLimits:
    return hq.limits


def get_lists(hq: HqDep) -> CodeLists:
    """The code lists in use (an admin may have published newer ones: `sync.hq.code_lists`)."""
    return hq.reference.current(hq.engine).codelists


SettingsDep = Annotated[HqSettings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]
KeysDep = Annotated[HqKeys, Depends(get_keys)]
LimitsDep = Annotated[HqLimits, Depends(get_limits)]
ListsDep = Annotated[CodeLists, Depends(get_lists)]


class ReadSession:
    """A request's reads of HQ's database: each runs on a connection of its own that writes
    nothing (`sync.hq.database.read_only`), in a worker thread, at most ``readers`` at once
    across the app, so readers cannot take every connection or thread from a batch."""

    def __init__(self, engine: Engine, readers: asyncio.Semaphore) -> None:
        self.engine = engine
        self.readers = readers

    async def run(self, work: Callable[[Connection], T]) -> T:
        """``work(conn)``'s result."""

        def read() -> T:
            with read_only(self.engine) as conn:
                return work(conn)

        async with self.readers:
            return await run_in_threadpool(read)

    async def keep(self, counted: list[Counted]) -> None:
        """Store the figures a read counted afresh (`sync.hq.aggregates.keep_in`), in a short
        write transaction of their own."""
        if counted:
            async with self.readers:
                await run_in_threadpool(keep_in, self.engine, counted)


def read_session(hq: HqDep, engine: EngineDep) -> ReadSession:
    return ReadSession(engine, hq.readers)


SessionDep = Annotated[ReadSession, Depends(read_session)]


class WriteSession:
    """A request's writes: ``work(conn)`` in one transaction (a change and its audit entry
    commit together or not at all), in a worker thread, counted with the app's readers."""

    def __init__(self, engine: Engine, readers: asyncio.Semaphore) -> None:
        self.engine = engine
        self.readers = readers

    async def run(self, work: Callable[[Connection], T]) -> T:
        def write() -> T:
            with self.engine.begin() as conn:
                return work(conn)

        async with self.readers:
            return await run_in_threadpool(write)

    async def run_steps(self, work: Callable[[Engine], T]) -> T:
        """``work(engine)``, which opens its own short transactions (a sign-in: a read, the
        password hashed with none open, a write), in a worker thread, counted likewise."""
        async with self.readers:
            return await run_in_threadpool(work, self.engine)


def write_session(hq: HqDep, engine: EngineDep) -> WriteSession:
    return WriteSession(engine, hq.readers)


WriteDep = Annotated[WriteSession, Depends(write_session)]
