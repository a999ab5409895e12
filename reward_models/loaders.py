"""Loading model-backed reward models: the kind -> loader table and the load → validate → warm-up pipeline.

`RewardModelRegistry.load` (reward_models/registry.py) runs `build` in a worker thread for every model-backed
load, the server's startup model and admin hot-swaps alike, so both get the same `LoadOptions` (device, dtype,
batch size, max length). A loader is `(name=, path=, version=, options=, **kwargs) -> RewardModel` (blocking)
and uses the options that apply to its kind; add a kind by adding an entry to `LOADERS`.

A failed step raises `StepFailed`, whose `reason` is safe to show a client: our own check's message (missing
config.json, not a one-label classifier, scores not deterministic, ...), never raw exception text. The
original exception stays chained as `__cause__` for the server log.

Usage:
    options = LoadOptions(device="cuda", dtype="bfloat16", batch_size=32)
    model = build(LOADERS["hf"], "helpful", "runs/rm", None, options, {})
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reward_models.base import RewardModel, RewardModelError
from reward_models.hf import HFRewardModel
from reward_models.implicit import ImplicitDPOReward
from reward_models.judge import load_judge
from reward_models.remote import load_remote

Loader = Callable[..., RewardModel]  # (name=, path=, version=, options=LoadOptions, **kwargs) -> model (blocking)
# The part of a model's info() the registry lists.
RUNTIME_KEYS = ("device", "dtype", "batch_size", "max_length", "partial_dtype")
_STEPS = {"load": "load", "validate": "validation", "warmup": "warm-up"}


@dataclass(frozen=True)
class LoadOptions:
    """How the server runs model-backed reward models: one set per registry, for startup and admin loads alike."""

    device: str = "cpu"
    dtype: str | None = None  # None: float32 on CPU, the checkpoint's own dtype elsewhere (hf.resolve_dtype)
    batch_size: int | None = None  # None: the model class's own default
    max_length: int = 1024  # tokens per (prompt, response) pair, capped by the model's position limit
    partial_dtype: str | None = None  # "int8": HF models also get an int8 twin for partial answers (search)

    def model_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `HFRewardModel.load` / `ImplicitDPOReward.load`."""
        kwargs: dict[str, Any] = {"device": self.device, "dtype": self.dtype, "max_length": self.max_length}
        if self.batch_size is not None:
            kwargs["batch_size"] = self.batch_size
        return kwargs


def load_hf(name: str, path: str, version: str | None, options: LoadOptions, **kwargs: Any) -> RewardModel:
    return HFRewardModel.load(path, name, version=version, partial_dtype=options.partial_dtype,
                              **{**options.model_kwargs(), **kwargs})


def load_implicit(name: str, path: str, version: str | None, options: LoadOptions, **kwargs: Any) -> RewardModel:
    ref_path = kwargs.pop("ref_path", None)
    if ref_path is None:
        raise RewardModelError("kind='implicit' needs ref_path (the DPO reference model dir)", 400)
    return ImplicitDPOReward.load(path, ref_path, name, version=version, **{**options.model_kwargs(), **kwargs})


# "remote": `path` is the server URL (reward_models.remote); "judge": an OpenAI-compatible base URL, or the
# server's own generator passed as `chat=` (reward_models.judge). Both ignore `options` (nothing runs locally).
LOADERS: dict[str, Loader] = {"hf": load_hf, "implicit": load_implicit, "remote": load_remote, "judge": load_judge}


class StepFailed(Exception):
    """A load step failed. `step` is load, validation or warm-up; `reason` is safe to show a client."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step, self.reason = step, reason


def _run_step(step: str, fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except RewardModelError as exc:
        raise StepFailed(_STEPS[step], exc.message) from exc
    except Exception as exc:  # noqa: BLE001 — the traceback goes to the server log, not to the client
        raise StepFailed(_STEPS[step], f"unexpected {type(exc).__name__} (details in the server log)") from exc


def build(
    loader: Loader, name: str, path: str, version: str | None, options: LoadOptions, kwargs: dict[str, Any]
) -> RewardModel:
    """Blocking (run it in a worker thread): load, then `validate()` and `warmup()` where the model has them."""
    model = _run_step("load", lambda: loader(name=name, path=path, version=version, options=options, **kwargs))
    for step in ("validate", "warmup"):
        method = getattr(model, step, None)
        if callable(method):
            _run_step(step, method)
    return model


def runtime_info(model: RewardModel) -> dict[str, Any]:
    """The RUNTIME_KEYS of `model.info()` (empty for models without one, such as rules)."""
    info = getattr(model, "info", None)
    details = info() if callable(info) else {}
    return {key: details[key] for key in RUNTIME_KEYS if key in details}
