"""Schema shared by the endpoints: the lenient base model, errors, usage, and the `alignment` extension.

Schema only: no logic beyond converting a request into engine parameters.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

logger = logging.getLogger(__name__)


class OpenAIBaseModel(BaseModel):
    """Accepts fields we do not implement (clients send many) and logs them instead of failing or hiding them."""

    model_config = ConfigDict(extra="allow")

    @model_validator(mode="after")
    def _log_extra(self) -> OpenAIBaseModel:
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


# ---- sampling parameters shared by chat and completions ------------------------------------------------------
_TOKEN_ID = re.compile(r"[0-9]{1,9}")


def _check_logit_bias(bias: dict[str, float] | None) -> dict[str, float] | None:
    for token, value in (bias or {}).items():
        if not _TOKEN_ID.fullmatch(token):
            raise ValueError(f"logit_bias keys are token ids (non-negative integers), got {token[:40]!r}")
        if not -100.0 <= value <= 100.0:
            raise ValueError(f"logit_bias values must lie in [-100, 100], got {value} for token {token}")
    return bias


LogitBias = Annotated[dict[str, float] | None, AfterValidator(_check_logit_bias)]


def logit_bias_pairs(bias: dict[str, float] | None) -> tuple[tuple[int, float], ...]:
    """OpenAI's `{"token id": bias}` as sorted `(id, bias)` pairs, the engine-neutral form."""
    return tuple(sorted((int(token), float(value)) for token, value in (bias or {}).items()))


def unsupported(message: str) -> PydanticCustomError:
    """A validation error for a parameter this server refuses rather than silently ignores (a 400 naming it)."""
    return PydanticCustomError("unsupported_parameter", message.replace("{", "(").replace("}", ")"))


# ================================ aligned-serve extension: the `alignment` block ================================
StrategyName = Literal["best_of_n", "rejection", "rerank", "search", "none"]


class SearchParams(BaseModel):
    """Strategy `search`: grow candidates `chunk_tokens` at a time, scoring partial answers in between.
    Unset fields take the server defaults; `alignment.n` is the number of candidates started
    (speculative_rejection) or of particles (particle)."""

    model_config = ConfigDict(extra="forbid")

    method: Literal["speculative_rejection", "beam", "particle"] = "speculative_rejection"
    chunk_tokens: int | None = Field(None, ge=1, description="tokens generated between two scorings")
    keep: float | None = Field(None, gt=0, le=1, description="speculative_rejection: fraction kept per checkpoint")
    beam_width: int | None = Field(None, ge=1, description="beam: beams kept after each chunk")
    expand: int | None = Field(None, ge=1, description="beam: samples drawn from each beam per chunk")
    tau: float | None = Field(None, gt=0, description="particle: temperature of the resampling softmax")
    lookahead: bool | None = Field(
        None, description="speculative_rejection: every answer is one engine call that keeps generating while its "
        "prefix is scored at each checkpoint, so scoring leaves the critical path and no round re-reads the prompt; "
        "a pruned answer is aborted, its extra tokens still counted (default true)")


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
    search: SearchParams | None = Field(None, description="search: method and its parameters")
    return_candidates: bool = False
    log: bool = True

    @model_validator(mode="after")
    def _check(self) -> AlignmentParams:
        if isinstance(self.reward_model, list) and not self.reward_model:
            raise ValueError("alignment.reward_model list must not be empty")
        return self


class CandidateInfo(BaseModel):
    index: int
    text: str
    reward: float | None  # search: a pruned candidate's last partial reward
    finish_reason: str | None
    tokens: int | None = None  # tokens generated for this candidate (these add up to usage.completion_tokens)
    pruned: bool = False  # search: dropped before it finished
    parent: int | None = None  # search: the candidate it forked from; its text repeats the parent's up to there


class InstructionCheck(BaseModel):
    """One verifiable instruction the default scoring read from the request (`rule:instructions`), and whether each
    returned choice satisfies it."""

    kind: str
    args: dict[str, Any] = Field(default_factory=dict)
    satisfied: list[bool]  # per returned choice, in order


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
    # the request's instructions the scoring read and checked (present when it holds rule:instructions)
    instructions: list[InstructionCheck] | None = None


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
