"""Operational routes: `GET /health` and `GET /metrics` (Prometheus text format)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST

from aligned_serve.deps import serving
from reward_models.base import full_name

router = APIRouter()


@router.get("/health")
async def health(request: Request) -> dict[str, Any]:
    svc = serving(request)
    check = getattr(svc.generator, "check_health", None)
    if check is not None:
        await check()
    return {"status": "ok", "model": svc.generator.model_name, "reward_model": full_name(svc.registry.resolve(None))}


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    svc = serving(request)
    svc.metrics.scoring_queue_depth.set(svc.scorer.depth)
    if svc.feedback is not None:
        svc.metrics.feedback_rows.set(svc.feedback.written)
    return Response(svc.metrics.render(), media_type=CONTENT_TYPE_LATEST)
