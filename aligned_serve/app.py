"""The app factory: `build_app(settings)` returns a FastAPI app whose lifespan starts the generator, loads the
default reward model and opens the feedback log. No module-global app.

Run it with `aligned-serve serve` (see `aligned_serve/cli.py`), or in tests with injected components:

    app = build_app(settings, generator=FakeGenerator(), registry=registry)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from aligned_core.errors import ServingError
from aligned_core.feedback import FeedbackLog
from aligned_serve.engines.base import Generator
from aligned_serve.metrics import Metrics, RequestMetricsMiddleware
from aligned_serve.protocol import error_body
from aligned_serve.serving import AlignedServing
from aligned_serve.settings import Settings
from reward_models.base import full_name

logger = logging.getLogger("aligned_serve")


def build_generator(settings: Settings) -> Generator:
    """The engine named in settings, on the configured model (the embedded default when none is given)."""
    if settings.engine == "remote":
        from aligned_serve.engines.remote_engine import RemoteEngine

        assert settings.remote_base_url is not None
        return RemoteEngine(settings.remote_base_url, model=settings.model or settings.served_model_name or "",
                            api_key=settings.remote_api_key, max_model_len=settings.max_model_len)
    path = settings.model
    if path is None:
        from aligned_core.default_models import default_generator_dir

        path = str(default_generator_dir())
    name = settings.served_model_name
    if settings.engine == "transformers":
        from aligned_serve.engines.hf_engine import HFEngine

        return HFEngine(path, model_name=name, max_model_len=settings.max_model_len)
    from aligned_serve.engines.vllm_engine import VLLMEngine, VLLMOptions

    return VLLMEngine(path, model_name=name, options=VLLMOptions(
        max_model_len=settings.max_model_len,
        seed=settings.seed,
        dtype=settings.vllm_dtype,
        enforce_eager=settings.vllm_enforce_eager,
        kv_cache_space_gib=settings.vllm_kv_cache_gib,
        block_size=settings.vllm_block_size,
        gpu_memory_utilization=settings.vllm_gpu_memory_utilization,
    ))


def startup_reward_model(settings: Settings) -> str:
    """The reward model to start with: the configured one, else the project's default, materialised from its
    committed artifact (seconds, no training). Raises `DefaultModelError`, naming `make rm`, when there is none."""
    if settings.reward_model is not None:
        return settings.reward_model
    from aligned_core.default_models import default_reward_model_dir

    return str(default_reward_model_dir())


async def build_registry(settings: Settings) -> Any:
    """A registry whose default is the configured reward model (the project's default when unset).
    Its `load_options` carry the server's reward device, dtype, batch size and max length: admin hot-swaps
    load through the same `registry.load` and so get the same settings as this startup model."""
    from reward_models.registry import LoadOptions, RewardModelRegistry
    from reward_models.rules import build_rule

    options = LoadOptions(device=settings.reward_device, dtype=settings.reward_dtype,
                          batch_size=settings.reward_batch_size, max_length=settings.reward_max_length,
                          partial_dtype=settings.partial_dtype())
    verifier = build_rule(settings.reward_verifier) if settings.reward_verifier else None
    if callable(getattr(verifier, "warmup", None)):  # what its first request would otherwise load, off the loop
        await asyncio.to_thread(verifier.warmup)
    registry = RewardModelRegistry(default_name=settings.reward_model_name, load_options=options,
                                   verifier=verifier, verifier_weight=settings.reward_verifier_weight)
    spec = startup_reward_model(settings)
    if spec.startswith("rule:"):
        model = build_rule(spec)
        model.name = settings.reward_model_name
        registry.register(model, activate=True)
        return registry
    await registry.load(settings.reward_model_name, spec, kind="hf", activate=True)
    return registry


async def register_configured(registry: Any, specs: list[Any], generator: Generator) -> None:
    """Load the `reward_models` setting's entries, each like an admin load body. A remote or judge that cannot
    be reached fails the start-up (422), as a bad checkpoint does."""
    from aligned_serve.engines.judge_chat import GeneratorChat

    for spec in specs:
        path, kwargs = spec.load_call()
        if getattr(spec, "uses_local_generator", False):
            kwargs["chat"] = GeneratorChat(generator)
        await registry.load(spec.name, path, **kwargs)


def build_app(settings: Settings, *, generator: Generator | None = None, registry: Any = None) -> FastAPI:
    """The app; its lifespan starts `generator` and `registry` (built from settings when None). Without a
    configured reward model the default one is resolved here, before serving, so that a missing one stops
    start-up with `DefaultModelError` (its message names `make rm`) rather than a lifespan traceback."""
    metrics = Metrics()
    if registry is None and settings.reward_model is None:
        settings = settings.model_copy(update={"reward_model": startup_reward_model(settings)})

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from reward_models.batching import ScoringQueue

        _set_torch_threads(settings)
        gen = generator or build_generator(settings)
        await gen.start()
        reg = registry if registry is not None else await build_registry(settings)
        await register_configured(reg, settings.reward_models, gen)

        def on_change(*_: Any) -> None:
            try:
                metrics.reward_model_info.info({"default": full_name(reg.resolve(None))})
            except Exception:  # never let a metrics hook break a swap
                logger.exception("reward model info metric update failed")

        reg.on_change(on_change)
        on_change()
        scorer = ScoringQueue(
            window_s=settings.reward_batch_window_ms / 1000.0,
            on_batch=lambda name, n, secs: (metrics.scoring_latency.labels(name).observe(secs),
                                            metrics.scoring_batch.observe(n)),
        )
        feedback = None
        if settings.feedback_enabled and settings.feedback_db:
            feedback = FeedbackLog(settings.feedback_db)
        app.state.serving = AlignedServing(settings, gen, reg, scorer, metrics, feedback)
        app.state.in_flight = 0
        logger.info("serving %s with reward model %s", gen.model_name, full_name(reg.resolve(None)))
        try:
            yield
        finally:
            if feedback is not None:
                feedback.close()
            scorer.close()
            await gen.close()

    app = FastAPI(title="aligned-serve", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.state.in_flight = 0
    _install_error_handlers(app)
    app.add_middleware(RequestMetricsMiddleware, metrics=metrics)  # every request: count, latency, TTFT

    from aligned_serve.routes import admin, openai, ops, rewards
    from aligned_serve.routes import feedback as feedback_routes

    for module in (openai, rewards, feedback_routes, admin, ops):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=ops.STATIC_DIR), name="static")  # the playground's JS and CSS
    return app


def _set_torch_threads(settings: Settings) -> None:
    threads = settings.torch_threads
    if threads is None and settings.engine == "vllm":
        import shutil

        if shutil.which("nvidia-smi") is None:  # vLLM on CPU binds its worker to all but one core
            threads = 1
    if threads is not None:
        import torch

        torch.set_num_threads(threads)


def _error(status: int, message: str, param: str | None = None) -> JSONResponse:
    return JSONResponse(error_body(message, status, param), status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        if first.get("type") == "json_invalid":
            return _error(400, f"We could not parse the JSON body of your request: {first.get('msg', '')}")
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        param = ".".join(loc) or None
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg')}" for e in errors
        )
        return _error(400, f"Invalid request: {detail}", param)

    @app.exception_handler(ServingError)
    async def serving_error(_: Request, exc: ServingError) -> JSONResponse:
        """Request, engine, strategy and reward-model errors: one OpenAI-shaped body."""
        body = error_body(exc.message, exc.status_code, exc.param)
        if exc.type is not None:
            body["error"]["type"] = exc.type
        return JSONResponse(body, status_code=exc.status_code)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled error")
        return _error(500, f"internal error: {type(exc).__name__}")


__all__ = ["build_app", "build_generator", "build_registry", "register_configured", "startup_reward_model"]
