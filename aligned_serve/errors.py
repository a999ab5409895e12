"""The server's client errors, all `aligned_core.errors.ServingError`s and so all mapped to an OpenAI-shaped
4xx by the app's one handler. `EngineError` (engines/base.py) and `StrategyError` (strategies/base.py) live
beside the protocols they belong to; `RewardModelError` in reward_models/base.py.
"""

from __future__ import annotations

from aligned_core.errors import ServingError


class RequestError(ServingError):
    """A client error found by the serving layer (bad parameter, unknown model): mapped to an OpenAI 4xx."""


__all__ = ["RequestError", "ServingError"]
