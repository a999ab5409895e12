"""The one error hierarchy: every client error the server maps to HTTP is a `ServingError`, with its class's
default status and param unless the raiser gives its own."""

from aligned_core.errors import ServingError
from aligned_serve.engines.base import EngineError
from aligned_serve.errors import RequestError
from aligned_serve.strategies import StrategyError
from reward_models.base import RewardModelError
from reward_models.http import RemoteTimeout


def test_defaults_come_from_the_subclass() -> None:
    cases = [RequestError("r"), EngineError("e"), StrategyError("s"), RewardModelError("m"), RemoteTimeout("t")]
    assert all(isinstance(exc, ServingError) for exc in cases)
    assert [(exc.status_code, exc.param) for exc in cases] == [
        (400, None), (400, None), (422, None), (400, "reward_model"), (504, "reward_model")]


def test_explicit_values_win_and_positional_status_still_works() -> None:
    exc = RewardModelError("gone", 404)
    assert (exc.message, exc.status_code, exc.param, exc.type, str(exc)) == ("gone", 404, "reward_model", None, "gone")
    exc = EngineError("too long", param="max_tokens", type="context_length_exceeded")
    assert (exc.status_code, exc.param, exc.type) == (400, "max_tokens", "context_length_exceeded")
