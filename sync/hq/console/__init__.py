"""HQ's web console (issue 18, DESIGN.md §11): server-rendered Jinja2 pages for HQ's staff,
on the accounts, roles, privacy rules and figures the API serves, signed in with the same
session cookie. Every asset is served by HQ itself (``/static``: htmx and Chart.js vendored,
with their licences); no page loads anything from another host.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response
from starlette.types import Scope

from sync.hq.console import (
    account_pages,
    admin_code_lists,
    admin_devices,
    admin_settings,
    admin_users,
    audit_page,
    board,
    changes,
    dashboard,
    event_page,
    office,
    reports,
    signin_pages,
)
from sync.hq.console.render import HEADERS, STATIC


class OwnAssets(StaticFiles):
    """The console's assets, with the headers every page carries (each is checked again
    before use: a changed file is fetched anew)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        response.headers.update({**HEADERS, "Cache-Control": "no-cache"})
        return response


def install(app: FastAPI) -> None:
    """The console's pages and assets on ``app``."""
    app.mount("/static", OwnAssets(directory=STATIC), name="static")
    app.add_exception_handler(changes.Refusal, changes.answer_refusal)
    app.include_router(signin_pages.router)
    app.include_router(board.router)
    app.include_router(office.router)
    app.include_router(event_page.router)  # before /events' own router: /events/{id}
    app.include_router(dashboard.router)
    app.include_router(reports.router)
    app.include_router(account_pages.router)
    app.include_router(admin_users.router)
    app.include_router(admin_devices.router)
    app.include_router(admin_settings.router)
    app.include_router(admin_code_lists.router)
    app.include_router(audit_page.router)
