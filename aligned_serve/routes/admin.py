"""Admin routes (Bearer admin key; all 404 when the server has no admin key): hot-swap reward models and
reload the generator.

    curl -H "Authorization: Bearer $KEY" -d '{"name":"main","path":"runs/rm"}' localhost:8000/admin/reward_models

Admin loads only local checkpoints: a path must be an existing directory on the server whose resolved location
(symlinks and `..` followed) lies inside one of the `checkpoint_roots` (default: the cache dir and ./runs).
Anything else, a hub id such as `org/model` included, gets a 400 saying what is accepted. Reward models load
through `registry.load`, with the same device, dtype, batch size and max length as the startup model.
Remote reward models and LLM judges (`{"name", "kind": "remote", "url", "protocol"}`, `{"name", "kind": "judge"}`)
load through the same call; they are probed before they are swapped in.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request

from aligned_serve.deps import check_admin_key, serving
from aligned_serve.engines.base import EngineError
from aligned_serve.engines.judge_chat import GeneratorChat
from aligned_serve.errors import RequestError
from aligned_serve.protocol import (
    ActivateRequest,
    AnyLoadRewardModelRequest,
    LoadJudgeRewardModelRequest,
    LoadRemoteRewardModelRequest,
    LoadRewardModelRequest,
    ReloadGeneratorRequest,
)
from reward_models.base import full_name

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/admin", dependencies=[Depends(check_admin_key)])
_SHOWN_CHARS = 200  # an error message quotes at most this much of a client's path


def local_checkpoint(raw: str, roots: list[str], param: str = "path") -> Path:
    """The resolved directory for an admin `path`: it must exist on this server and lie inside a resolved root.
    RequestError(400) otherwise, saying which paths are accepted."""
    shown = raw if len(raw) <= _SHOWN_CHARS else raw[:_SHOWN_CHARS] + "..."
    try:
        resolved = Path(raw).resolve() if Path(raw).is_dir() else None
    except (OSError, ValueError, RuntimeError):  # name too long, NUL byte, symlink loop
        resolved = None
    if resolved is None:
        msg = (f"{shown!r} is not an existing directory on this server: only local checkpoint directories are "
               "accepted (hub ids such as 'org/model' are not downloaded)")
        raise RequestError(msg, status_code=400, param=param)
    allowed = [Path(root).expanduser().resolve() for root in roots]
    if not any(resolved.is_relative_to(root) for root in allowed):
        listed = ", ".join(str(root) for root in allowed) or "none (checkpoint_roots is empty)"
        msg = (f"{shown!r} resolves to {resolved}, outside the allowed checkpoint roots: {listed} "
               "(the server's --checkpoint-roots)")
        raise RequestError(msg, status_code=400, param=param)
    return resolved


def _roots(request: Request) -> list[str]:
    return request.app.state.settings.checkpoint_roots


@router.post("/reward_models")
async def load_reward_model(body: AnyLoadRewardModelRequest, request: Request) -> dict[str, Any]:
    svc = serving(request)
    if not isinstance(body, LoadRewardModelRequest):
        return await _load_remote_or_judge(body, request)
    path = local_checkpoint(body.path, _roots(request))
    extra: dict[str, Any] = {}
    if body.kind == "implicit":
        assert body.reference_path is not None  # the schema requires it for this kind
        extra["ref_path"] = str(local_checkpoint(body.reference_path, _roots(request), "reference_path"))
    model = await svc.registry.load(body.name, path, kind=body.kind, activate=body.activate,
                                    version=body.version, **extra)
    svc.metrics.reward_model_swaps.labels(body.name, "load").inc()
    return {"loaded": full_name(model), "active": body.activate, "reward_models": svc.registry.list()}


async def _load_remote_or_judge(
    body: LoadRemoteRewardModelRequest | LoadJudgeRewardModelRequest, request: Request
) -> dict[str, Any]:
    """kind remote (a URL) or judge (a URL, or this server's generator): validated by probing, then swapped in."""
    svc = serving(request)
    path, kwargs = body.load_call()
    if kwargs.get("tokenizer"):  # a local folder too: the same roots as checkpoints
        kwargs["tokenizer"] = str(local_checkpoint(kwargs["tokenizer"], _roots(request), "tokenizer"))
    if isinstance(body, LoadJudgeRewardModelRequest) and body.uses_local_generator:
        kwargs["chat"] = GeneratorChat(svc.generator)
    model = await svc.registry.load(body.name, path, **kwargs)
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
    path = local_checkpoint(body.path, _roots(request))
    if not (path / "config.json").is_file():
        raise RequestError(f"{path}: not a Hugging Face checkpoint dir (no config.json)", 422, "path")
    try:
        await svc.generator.reload(str(path))
    except EngineError:  # the engine's own client-facing message (e.g. the remote engine cannot reload)
        raise
    except Exception as exc:  # noqa: BLE001 — the details go to the server log, not to the client
        logger.exception("reloading the generator from %s failed", path)
        msg = f"reloading the generator from {path} failed: unexpected {type(exc).__name__} (details in the server log)"
        raise RequestError(msg, 422, "path") from exc
    return {"model": svc.generator.model_name, "path": str(path)}


@router.get("/reward_models")
async def list_reward_models(request: Request) -> dict[str, Any]:
    return {"data": serving(request).registry.list()}
