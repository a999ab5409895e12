"""Operational routes: `GET /health`, `GET /metrics` (Prometheus text format) and `GET /playground` (a static page
whose JS and CSS `build_app` serves under `/static`; it calls the /v1 API itself, with the key its user types)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST

from aligned_serve.deps import serving
from reward_models.base import full_name

router = APIRouter()

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


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


@router.get("/playground", include_in_schema=False)
async def playground() -> FileResponse:
    """The playground page. Open to all like /health: the page holds no data, and its API calls send the key."""
    return FileResponse(STATIC_DIR / "playground.html", media_type="text/html")
