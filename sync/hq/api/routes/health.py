"""Liveness: open to anyone, and says nothing but that HQ answers."""

from __future__ import annotations

from fastapi import APIRouter

from sync.hq.api.models import Liveness

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Liveness)
def health() -> Liveness:
    return Liveness()
