"""`RewardModelRegistry`: named, versioned reward models; load → validate → warm-up → atomic swap → rollback.

Each name has versions, exactly one of them active, and a history of previously active versions for
`rollback`. One name is the default (what plain requests get). `resolve(spec)` turns the request's
`alignment.reward_model` into a model object:

    None | "default"      -> the active version of the default name; with a `verifier`, that model plus
                             `verifier_weight` times the verifier (EnsembleRewardModel, mode "sum"), e.g. the
                             server's `main + 50 * rule:instructions`
    "helpful"             -> the active version of "helpful"
    "helpful@3f9c0a1b2e"  -> that exact version
    "rule:json"           -> a rule reward (reward_models.rules.build_rule)
    ["a", "b@v1"]         -> EnsembleRewardModel of the members (mode per call, default "mean")

A request may name rule specs only while `resolve(..., allow_rules=True)` (the server's `allow_request_rules`);
rules the operator registered under a name are always available by that name.

Every model-backed load (the server's startup model and admin hot-swaps alike) goes through `load`, which
hands the registry's one `LoadOptions` (device, dtype, batch size, max length) to the kind's loader from the
name -> loader table (`reward_models.loaders.LOADERS`). A failed load names the step (load, validation,
warm-up) and the check that failed; the traceback goes to the server log, not to the client.

Swaps never touch a loaded model object: they only change what the NEXT `resolve` returns, so requests in
flight finish on the model they resolved. Loading (slow) runs off the event loop in a thread; loads are
serialised by an asyncio.Lock; the bookkeeping itself is a few dict operations under a threading.Lock, so
the sync methods (`resolve`, `activate`, `rollback`, `delete`, …) are safe from the loop and from threads.

Memory: each kept version is a model in RAM. Per name at most `keep_versions` versions are kept (the active
one always); loading more evicts the oldest inactive ones.

Usage:
    reg = RewardModelRegistry(default_name="helpful", load_options=LoadOptions(device="cuda", batch_size=32))
    await reg.load("helpful", "checkpoints/rm")          # kind="hf"; RewardModelError(422) if unusable
    await reg.load("dpo", "ckpt/dpo", kind="implicit", ref_path="ckpt/sft")
    model = reg.resolve(["helpful", "rule:json"], mode="min")
    reg.rollback("helpful")
"""

import asyncio
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reward_models.base import RewardModel, RewardModelError, full_name
from reward_models.ensemble import COMBINERS, EnsembleRewardModel, Mode
from reward_models.loaders import LOADERS, Loader, LoadOptions, StepFailed, build, runtime_info
from reward_models.rules import RULE_PREFIX, RULES, build_rule

logger = logging.getLogger(__name__)

ChangeCallback = Callable[[str, str, str | None], None]  # (event, name, version)
Spec = str | Sequence[str] | None
_CACHE_SIZE = 64  # built rules / ensembles kept so repeat requests reuse one object (and batch together)


@dataclass(frozen=True)
class Entry:
    model: RewardModel
    kind: str
    path: str | None
    loaded_at: float  # unix seconds
    runtime: dict[str, Any] = field(default_factory=dict)  # loaders.RUNTIME_KEYS the model reports (device, ...)


class RewardModelRegistry:
    def __init__(
        self,
        default_name: str | None = None,
        ensemble_mode: Mode = "mean",
        keep_versions: int = 3,
        loaders: dict[str, Loader] | None = None,
        load_options: LoadOptions | None = None,
        verifier: RewardModel | None = None,
        verifier_weight: float = 1.0,
    ) -> None:
        if ensemble_mode not in COMBINERS:
            raise ValueError(f"unknown ensemble mode {ensemble_mode!r}")
        if keep_versions < 1:
            raise ValueError("keep_versions must be >= 1")
        if not 0 <= verifier_weight < float("inf"):
            raise ValueError("verifier_weight must be finite and >= 0")
        self.ensemble_mode = ensemble_mode
        self.verifier, self.verifier_weight = verifier, float(verifier_weight)
        self.keep_versions = keep_versions
        self.loaders = dict(LOADERS if loaders is None else loaders)
        self.load_options = load_options or LoadOptions()
        self._default = default_name  # None: the first name added becomes the default
        self._models: dict[str, dict[str, Entry]] = {}  # name -> version -> entry, in load order
        self._active: dict[str, str] = {}
        self._history: dict[str, list[str]] = {}  # previously active versions, most recent last
        self._state = threading.Lock()
        self._load_lock = asyncio.Lock()
        self._cache: OrderedDict[tuple[Any, ...], RewardModel] = OrderedDict()
        self._callbacks: list[ChangeCallback] = []

    # ------------------------------------------------------------------ adding models

    def register(
        self, model: RewardModel, activate: bool = True, *, kind: str | None = None, path: str | None = None
    ) -> RewardModel:
        """Add an already-built model (rules, stubs, tests) as `model.name@model.version`."""
        _check_name(model.name)
        kind = kind or getattr(model, "kind", "custom")
        self._add(model, kind, path or getattr(model, "path", None), activate)
        self._notify("register", model.name, model.version)
        return model

    async def load(
        self,
        name: str,
        path: str | Path,
        *,
        kind: str = "hf",
        activate: bool = True,
        version: str | None = None,
        **loader_kwargs: Any,
    ) -> RewardModel:
        """Load (with `self.load_options`; `loader_kwargs` override them), validate and warm up in a worker
        thread, then add it (and make it active if `activate`, or if `name` is new). Any failure raises
        RewardModelError(422) naming the failed step and check, and leaves what is serving untouched."""
        _check_name(name)
        loader = self.loaders.get(kind)
        if loader is None:
            msg = f"unknown reward model kind {kind!r}; choose one of {sorted(self.loaders)}"
            raise RewardModelError(msg, 400)
        async with self._load_lock:  # one load at a time: two big checkpoints at once could exhaust memory
            try:
                model = await asyncio.to_thread(
                    build, loader, name, str(path), version, self.load_options, loader_kwargs
                )
            except StepFailed as exc:  # whatever broke, the old model keeps serving
                logger.warning("loading %r from %s failed at %s", name, path, exc.step, exc_info=exc.__cause__)
                reason = exc.reason.removeprefix(f"{path}: ")  # hf/implicit messages start with the path
                msg = f"loading {name!r} from {path} failed at {exc.step}: {reason}"
                raise RewardModelError(msg, 422) from exc.__cause__
            self._add(model, kind, str(path), activate)
        logger.info("loaded reward model %s from %s (kind=%s)", full_name(model), path, kind)
        self._notify("load", name, model.version)
        return model

    def _add(self, model: RewardModel, kind: str, path: str | None, activate: bool) -> None:
        name, version = model.name, str(model.version)
        if not version:
            raise RewardModelError(f"reward model {name!r} has an empty version", 400)
        details = runtime_info(model)  # outside the lock: info() may walk the parameters
        with self._state:
            versions = self._models.setdefault(name, {})
            versions.pop(version, None)  # re-adding a version moves it to the newest slot
            versions[version] = Entry(model, kind, path, time.time(), details)
            if activate or name not in self._active:
                self._set_active(name, version)
            self._evict(name)
            if self._default is None:
                self._default = name
            self._cache.clear()

    def _set_active(self, name: str, version: str) -> None:
        current = self._active.get(name)
        history = [v for v in self._history.get(name, []) if v != version]  # no rollback "to" the active one
        if current is not None and current != version:
            history.append(current)
        self._history[name] = history
        self._active[name] = version

    def _evict(self, name: str) -> None:
        versions = self._models[name]
        for version in list(versions):
            if len(versions) <= self.keep_versions:
                break
            if version != self._active[name]:
                del versions[version]
                self._history[name] = [v for v in self._history[name] if v != version]

    # ------------------------------------------------------------------ lookups

    def resolve(
        self,
        spec: Spec = None,
        *,
        mode: Mode | None = None,
        k: float = 1.0,
        normalize: bool = False,
        allow_rules: bool = True,
    ) -> RewardModel:
        """Spec -> model object (see module docstring). RewardModelError 404 when nothing matches, 400 for a
        rule spec when `allow_rules` is False."""
        if spec is None or isinstance(spec, str):
            return self._resolve_one(spec, allow_rules)
        specs = list(spec)
        if not specs:
            raise RewardModelError("an empty list of reward models cannot form an ensemble", 400)
        members = [self._resolve_one(s, allow_rules) for s in specs]
        if len(members) == 1:
            return members[0]
        mode = mode or self.ensemble_mode
        key = ("ensemble", tuple(id(m) for m in members), mode, k, normalize)
        return self._cached(key, lambda: EnsembleRewardModel(members, mode=mode, k=k, normalize=normalize))

    def _resolve_one(self, spec: str | None, allow_rules: bool = True) -> RewardModel:
        if spec is not None and not isinstance(spec, str):
            raise RewardModelError(f"a reward model spec must be a string, got {type(spec).__name__}", 400)
        if spec is None or spec == "default":
            return self._default_scorer()
        with self._state:
            if spec in self._models:
                return self._models[spec][self._active[spec]].model
            name, at, version = spec.rpartition("@")
            if not spec.startswith(RULE_PREFIX) and at and name in self._models:
                entry = self._models[name].get(version)
                if entry is None:
                    known = ", ".join(self._models[name])
                    msg = f"reward model {spec!r} not found; versions of {name!r}: {known}"
                    raise RewardModelError(msg, 404)
                return entry.model
            if not spec.startswith(RULE_PREFIX):
                msg = f"reward model {spec!r} not found; available: {self._available(allow_rules)}"
                raise RewardModelError(msg, 404)
            if not allow_rules:
                msg = (
                    f"request-defined rule rewards ({RULE_PREFIX}...) are disabled on this server; "
                    f"use one of its reward models: {self._available(False)}"
                )
                raise RewardModelError(msg, 400)
        return self._cached(("rule", spec), lambda: build_rule(spec))

    def _default_scorer(self) -> RewardModel:
        """The default name's active version, plus the weighted verifier when the registry has one."""
        with self._state:
            if self._default is None or self._default not in self._models:
                msg = f"no default reward model is loaded (default: {self._default or 'none set'})"
                raise RewardModelError(msg, 404)
            default = self._models[self._default][self._active[self._default]].model
        verifier = self.verifier
        if verifier is None:
            return default
        return self._cached(("default+verifier", id(default)),
                            lambda: EnsembleRewardModel.with_verifier(default, verifier, self.verifier_weight))

    def _verifier_info(self) -> dict[str, Any]:
        """What the default row of `list()` shows of the verifier its requests are also scored by."""
        if self.verifier is None:
            return {}
        return {"verifier": full_name(self.verifier), "verifier_weight": self.verifier_weight}

    def _cached(self, key: tuple[Any, ...], build: Callable[[], RewardModel]) -> RewardModel:
        with self._state:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        model = build()  # outside the lock: may raise RewardModelError
        with self._state:
            model = self._cache.setdefault(key, model)  # two racing builders share the first one
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return model

    def _available(self, rules: bool = True) -> str:
        names = [f"{n} ({', '.join(v)})" for n, v in self._models.items()]
        return ", ".join(names + ([f"{RULE_PREFIX}{r}" for r in sorted(RULES)] if rules else []))

    @property
    def default_name(self) -> str | None:
        return self._default

    # ------------------------------------------------------------------ swaps

    def activate(self, name: str, version: str) -> RewardModel:
        """Make the loaded `name@version` active; the previously active one goes on the rollback history."""
        with self._state:
            entry = self._entry(name, version)
            self._set_active(name, version)
            self._cache.clear()
        self._notify("activate", name, version)
        return entry.model

    def rollback(self, name: str) -> RewardModel:
        """Re-activate the previously active version of `name`. RewardModelError 409 when there is none."""
        with self._state:
            self._entry(name)
            history = self._history.get(name, [])
            if not history:
                raise RewardModelError(f"reward model {name!r} has no previous version to roll back to", 409)
            version = history.pop()
            self._active[name] = version  # not pushed back: rollback walks the history backwards
            entry = self._models[name][version]
            self._cache.clear()
        self._notify("rollback", name, version)
        return entry.model

    def delete(self, name: str, version: str | None = None) -> None:
        """Drop one version (or all of `name`). Deleting the active version falls back to the previous one.
        Refuses (409) to leave the default name with no version."""
        with self._state:
            self._entry(name, version)  # 404 for an unknown name or version
            versions = self._models[name]
            targets = list(versions) if version is None else [version]
            remaining = [v for v in versions if v not in targets]
            if name == self._default and not remaining:
                raise RewardModelError(
                    f"cannot delete {name!r}: it is the default reward model and has no other version; "
                    "set another default first",
                    409,
                )
            for v in targets:
                del versions[v]
            if not remaining:
                del self._models[name], self._active[name]
                self._history.pop(name, None)
            else:
                history = [v for v in self._history.get(name, []) if v in versions]
                if self._active[name] in targets:
                    self._active[name] = history.pop() if history else remaining[-1]
                self._history[name] = history
            self._cache.clear()
        self._notify("delete", name, version)

    def set_default(self, name: str) -> None:
        with self._state:
            self._entry(name)
            self._default = name
        self._notify("default", name, None)

    def _entry(self, name: str, version: str | None = None) -> Entry:
        """Caller holds the state lock. The active entry when `version` is None."""
        versions = self._models.get(name)
        if versions is None:
            raise RewardModelError(f"reward model {name!r} not found; available: {self._available()}", 404)
        version = self._active[name] if version is None else version
        if version not in versions:
            msg = f"reward model {name}@{version} not found; versions: {', '.join(versions)}"
            raise RewardModelError(msg, 404)
        return versions[version]

    # ------------------------------------------------------------------ change hooks

    def on_change(self, callback: ChangeCallback) -> None:
        """`callback(event, name, version)` after every change; event is one of register, load, activate,
        rollback, delete, default. Call `list()` inside it for the full picture. Errors are logged."""
        self._callbacks.append(callback)

    def _notify(self, event: str, name: str, version: str | None) -> None:
        for callback in list(self._callbacks):
            try:
                callback(event, name, version)
            except Exception:  # noqa: BLE001 — a metrics hook must not undo a swap
                logger.exception("reward model registry on_change callback failed")

    # Last in the class body: from here on the name `list` means this method inside the class namespace.
    def list(self) -> list[dict[str, Any]]:
        with self._state:
            return [
                {
                    "name": name,
                    "version": version,
                    "full_name": f"{name}@{version}",
                    "active": self._active.get(name) == version,
                    "default": name == self._default and self._active.get(name) == version,
                    "kind": entry.kind,
                    "path": entry.path,
                    "loaded_at": entry.loaded_at,
                    **entry.runtime,
                    **(self._verifier_info() if name == self._default and self._active.get(name) == version else {}),
                }
                for name, versions in self._models.items()
                for version, entry in versions.items()
            ]


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name or "@" in name or name == "default":
        raise RewardModelError(f"invalid reward model name {name!r} (non-empty, no '@', not 'default')", 400)
