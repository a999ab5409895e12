"""Generation engines behind the `Generator` protocol."""

from aligned_serve.engines.base import (
    Candidate,
    EngineError,
    FinishedCandidate,
    Generation,
    Generator,
    Message,
    Prompt,
    SamplingConfig,
    StreamDelta,
    TokenLogprob,
)

__all__ = [
    "Candidate",
    "EngineError",
    "FinishedCandidate",
    "Generation",
    "Generator",
    "Message",
    "Prompt",
    "SamplingConfig",
    "StreamDelta",
    "TokenLogprob",
]
