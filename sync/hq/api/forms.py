"""Bodies a route takes as JSON or as a form (the console posts forms, scripts send JSON):
one model checks both, and the OpenAPI document says both are accepted."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from sync.hq.api.auth import FORMS

M = TypeVar("M", bound=BaseModel)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
JSON = "application/json"


def json_or_form(model: type[M]) -> Callable[[Request], Awaitable[M]]:
    """A dependency: the request's body as ``model``, from JSON or a form (a form's other
    fields, such as its CSRF token or submit button, are left out). 415 for anything else,
    422 naming what is wrong."""
    fields = set(model.model_fields)

    async def parse(request: Request) -> M:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        data: Any
        if kind == JSON:
            try:
                data = await request.json()
            except ValueError:
                raise HTTPException(422, "the body is not JSON") from None
        elif kind in FORMS:
            form = await request.form()
            data = {k: v for k, v in form.items() if k in fields and isinstance(v, str)}
        else:
            raise HTTPException(415, "send the body as JSON or as a form")
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from None

    return parse


def printable_parameters(request: Request) -> None:
    """A dependency of every API route: 422 for a query or path parameter holding a control
    character. No id, name or filter has one, and PostgreSQL refuses NUL in text outright."""
    values = [v for _, v in request.query_params.multi_items()]
    values += [str(v) for v in request.path_params.values()]
    if any(_CONTROL.search(v) for v in values):
        raise HTTPException(422, "a parameter holds a control character")


def body_doc(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` for a route taking ``model`` as JSON or as a form."""
    schema = model.model_json_schema()
    return {
        "requestBody": {
            "required": True,
            "content": {kind: {"schema": schema} for kind in (JSON, *FORMS)},
        }
    }
