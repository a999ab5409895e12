"""Schema shared by the endpoints: the lenient base model, errors, usage, and the `alignment` extension.

Schema only: no logic beyond converting a request into engine parameters.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

logger = logging.getLogger(__name__)


class OpenAIBaseModel(BaseModel):
    """Accepts fields we do not implement (clients send many) and logs them instead of failing or hiding them."""

    model_config = ConfigDict(extra="allow")

    @model_validator(mode="after")
    def _log_extra(self) -> "OpenAIBaseModel":
        if self.model_extra:
            logger.debug("%s: ignoring fields %s", type(self).__name__, sorted(self.model_extra))
        return self


def random_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def now() -> int:
    return int(time.time())


class ErrorInfo(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: int | str | None = None


class ErrorResponse(BaseModel):
    error: ErrorInfo


class UsageInfo(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class StreamOptions(OpenAIBaseModel):
    include_usage: bool = False


# ================================ aligned-serve extension: the `alignment` block ================================
StrategyName = Literal["best_of_n", "rejection", "rerank", "none"]


class AlignmentParams(BaseModel):
    """Per-request inference-time alignment. Every field is optional: unset fields take the server defaults."""

    model_config = ConfigDict(extra="forbid")  # a typo here should fail loudly, not silently change alignment

    strategy: StrategyName | None = None
    n: int | None = Field(None, ge=1, description="candidates sampled (best_of_n, rerank)")
    reward_model: str | list[str] | None = Field(None, description="'default', 'name', 'name@version', or a list")
    ensemble: Literal["mean", "min", "mean_minus_std"] = "mean"
    threshold: float | None = Field(None, description="rejection: accept a candidate whose reward >= threshold")
    max_samples: int | None = Field(None, ge=1, description="rejection: total sampling budget")
    batch_size: int | None = Field(None, ge=1, description="rejection: candidates per round")
    on_budget_exhausted: Literal["best", "error"] = "best"
    return_candidates: bool = False
    log: bool = True

    @model_validator(mode="after")
    def _check(self) -> "AlignmentParams":
        if isinstance(self.reward_model, list) and not self.reward_model:
            raise ValueError("alignment.reward_model list must not be empty")
        return self


class CandidateInfo(BaseModel):
    index: int
    text: str
    reward: float | None
    finish_reason: str | None


class AlignmentTimings(BaseModel):
    generate: float
    score: float


class AlignmentInfo(BaseModel):
    strategy: StrategyName
    reward_model: str | None
    samples: int
    accepted: bool
    rewards: list[float | None]
    candidates: list[CandidateInfo] | None = None
    timings: AlignmentTimings
    rounds: int = 1
    threshold: float | None = None


# ================================ end of the aligned-serve extension ================================


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = Field(default_factory=now)
    owned_by: str = "aligned-serve"
    root: str | None = None
    max_model_len: int | None = None


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


def error_body(message: str, status_code: int, param: str | None = None) -> dict[str, Any]:
    kind = {
        400: "invalid_request_error",
        401: "authentication_error",
        403: "permission_error",
        404: "not_found_error",
        409: "conflict_error",
        422: "unprocessable_entity_error",
        429: "rate_limit_error",
    }.get(status_code, "server_error" if status_code >= 500 else "invalid_request_error")
    return ErrorResponse(error=ErrorInfo(message=message, type=kind, param=param, code=status_code)).model_dump()
