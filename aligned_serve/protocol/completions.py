"""`POST /v1/completions` schema (legacy text completions), fields in the order of the OpenAI API reference."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from aligned_serve.engines.base import SamplingConfig
from aligned_serve.protocol.chat import ResponseFormat
from aligned_serve.protocol.common import (
    AlignmentInfo,
    AlignmentParams,
    LogitBias,
    OpenAIBaseModel,
    StreamOptions,
    UsageInfo,
    logit_bias_pairs,
    now,
    random_id,
    unsupported,
)


class CompletionRequest(OpenAIBaseModel):
    model: str | None = None
    prompt: str | list[str]
    best_of: int | None = Field(None, ge=1, description="refused above 1: use the `alignment` block instead")
    echo: bool = False
    frequency_penalty: float | None = Field(0.0, ge=-2.0, le=2.0)
    logit_bias: LogitBias = None
    logprobs: int | None = Field(None, ge=0, le=5)
    max_tokens: int | None = Field(None, ge=1)
    min_tokens: int = Field(0, ge=0, description="vLLM extension: no EOS/stop before this many tokens")
    n: int = Field(1, ge=1)
    presence_penalty: float | None = Field(0.0, ge=-2.0, le=2.0)
    response_format: ResponseFormat | None = Field(None, description="vLLM extension: JSON mode for completions")
    seed: int | None = None
    stop: str | list[str] | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    suffix: str | None = Field(None, description="refused: no insertion (fill-in-the-middle) completions")
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    user: str | None = None

    # ---- aligned-serve extension (fenced) --------------------------------------------------------------------
    alignment: AlignmentParams | None = None
    # ---- end of extension ------------------------------------------------------------------------------------

    @field_validator("prompt")
    @classmethod
    def _one_prompt(cls, v: str | list[str]) -> str | list[str]:
        if isinstance(v, list) and len(v) != 1:
            raise ValueError("exactly one prompt per request is supported; send a list of one or a string")
        if (v if isinstance(v, str) else v[0]) == "":
            raise ValueError("prompt must not be empty")
        return v

    @field_validator("best_of")
    @classmethod
    def _no_best_of(cls, v: int | None) -> int | None:
        if v is not None and v > 1:
            raise unsupported("best_of is not supported (it ranks by log-probability); ask for reward-ranked "
                              "candidates with the `alignment` block, e.g. alignment.n")
        return v

    @field_validator("suffix")
    @classmethod
    def _no_suffix(cls, v: str | None) -> str | None:
        if v:
            raise unsupported("suffix is not supported (no insertion completions)")
        return v

    @field_validator("echo")
    @classmethod
    def _no_echo(cls, v: bool) -> bool:
        if v:
            raise ValueError("echo is not supported")
        return v

    def prompt_text(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else self.prompt[0]

    def to_sampling_config(self, n: int, default_max_tokens: int) -> SamplingConfig:
        stop = () if self.stop is None else ((self.stop,) if isinstance(self.stop, str) else tuple(self.stop))
        return SamplingConfig(
            n=n,
            max_tokens=self.max_tokens or default_max_tokens,
            min_tokens=self.min_tokens,
            temperature=self.temperature,
            top_p=self.top_p,
            stop=stop,
            seed=self.seed,
            logprobs=self.logprobs,
            frequency_penalty=self.frequency_penalty or 0.0,
            presence_penalty=self.presence_penalty or 0.0,
            logit_bias=logit_bias_pairs(self.logit_bias),
            response_format=self.response_format.to_engine() if self.response_format is not None else None,
        )


class CompletionLogprobs(BaseModel):
    text_offset: list[int] = Field(default_factory=list)
    token_logprobs: list[float | None] = Field(default_factory=list)
    tokens: list[str] = Field(default_factory=list)
    top_logprobs: list[dict[str, float] | None] = Field(default_factory=list)


class CompletionChoice(BaseModel):
    index: int
    text: str
    logprobs: CompletionLogprobs | None = None
    finish_reason: str | None = None


class CompletionResponse(BaseModel):
    id: str = Field(default_factory=lambda: random_id("cmpl"))
    object: Literal["text_completion"] = "text_completion"
    created: int = Field(default_factory=now)
    model: str
    choices: list[CompletionChoice]
    usage: UsageInfo
    alignment: AlignmentInfo | None = None  # aligned-serve extension


class CompletionChunk(BaseModel):
    id: str
    object: Literal["text_completion"] = "text_completion"
    created: int
    model: str
    choices: list[CompletionChoice]
    usage: UsageInfo | None = None
    alignment: AlignmentInfo | None = None
