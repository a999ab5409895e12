"""What request options become in vLLM: OpenAI JSON mode as structured outputs, and vLLM's request validation
errors as 400s that name the parameter. Imports vLLM lazily, like `vllm_engine`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aligned_serve.engines.base import EngineError, ResponseFormat, SamplingConfig


def structured_outputs(fmt: ResponseFormat | None) -> Any:
    """vLLM structured outputs for OpenAI JSON mode, as vLLM's own OpenAI server builds them: a JSON schema, or
    any JSON object. Every one of the `n` samples is constrained, so best-of-N chooses among valid answers."""
    if fmt is None:
        return None
    from vllm.sampling_params import StructuredOutputsParams

    if fmt.type == "json_schema" and fmt.schema is not None:
        return StructuredOutputsParams(json=fmt.schema)
    return StructuredOutputsParams(json_object=True)


@contextmanager
def client_errors(params: SamplingConfig) -> Iterator[None]:
    """vLLM's request validation errors (a logit_bias id outside the vocabulary, a JSON schema its grammar
    backend refuses, ...) become 400s naming the parameter, instead of 500s."""
    from vllm.exceptions import VLLMClientError

    try:
        yield
    except VLLMClientError as exc:
        param = getattr(exc, "parameter", None) or ("response_format" if params.response_format else None)
        raise EngineError(f"invalid request: {exc}", status_code=400, param=param) from exc
