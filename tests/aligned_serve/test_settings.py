"""Settings that resolve at start-up."""

from aligned_serve.settings import Settings


def test_partial_answers_are_scored_in_int8_on_a_cpu_reward_device_unless_told_otherwise() -> None:
    """Search's defaults (keep, chunk) were chosen and benchmarked with int8 partial answers on the CPU."""
    assert Settings().partial_dtype() == "int8"
    assert Settings(reward_partial_dtype="none").partial_dtype() is None
    assert Settings(reward_partial_dtype="int8").partial_dtype() == "int8"
    assert Settings(reward_device="cuda").partial_dtype() is None  # int8 quantisation is CPU only
    assert Settings(reward_dtype="int8").partial_dtype() is None  # whole answers already int8: no twin needed
