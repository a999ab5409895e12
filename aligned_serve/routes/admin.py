"""Admin routes (Bearer admin key; all 404 when the server has no admin key): hot-swap reward models and
reload the generator.

    curl -H "Authorization: Bearer $KEY" -d '{"name":"default","path":"runs/rm"}' localhost:8000/admin/reward_models
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from aligned_serve.deps import check_admin_key, serving
from aligned_serve.protocol import ActivateRequest, LoadRewardModelRequest, ReloadGeneratorRequest
from reward_models.base import full_name

router = APIRouter(prefix="/admin", dependencies=[Depends(check_admin_key)])


@router.post("/reward_models")
async def load_reward_model(body: LoadRewardModelRequest, request: Request) -> dict[str, Any]:
    svc = serving(request)
    extra: dict[str, Any] = {}
    if body.kind == "implicit":
        extra["ref_path"] = body.reference_path
    model = await svc.registry.load(body.name, body.path, kind=body.kind, activate=body.activate,
                                    version=body.version, **extra)
    svc.metrics.reward_model_swaps.labels(body.name, "load").inc()
    return {"loaded": full_name(model), "active": body.activate, "reward_models": svc.registry.list()}


@router.post("/reward_models/{name}/activate")
async def activate(name: str, body: ActivateRequest, request: Request) -> dict[str, Any]:
    svc = serving(request)
    model = svc.registry.activate(name, body.version)
    svc.metrics.reward_model_swaps.labels(name, "activate").inc()
    return {"active": full_name(model)}


@router.post("/reward_models/{name}/rollback")
async def rollback(name: str, request: Request) -> dict[str, Any]:
    svc = serving(request)
    model = svc.registry.rollback(name)
    svc.metrics.reward_model_swaps.labels(name, "rollback").inc()
    return {"active": full_name(model)}


@router.delete("/reward_models/{name}")
async def delete(name: str, request: Request, version: str | None = None) -> dict[str, Any]:
    svc = serving(request)
    svc.registry.delete(name, version)
    return {"deleted": name if version is None else f"{name}@{version}"}


@router.post("/generator/reload")
async def reload_generator(body: ReloadGeneratorRequest, request: Request) -> dict[str, Any]:
    svc = serving(request)
    await svc.generator.reload(body.path)
    return {"model": svc.generator.model_name, "path": body.path}


@router.get("/reward_models")
async def list_reward_models(request: Request) -> dict[str, Any]:
    return {"data": serving(request).registry.list()}
