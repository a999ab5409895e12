"""`POST /v1/chat/completions` schema, fields in the order of the OpenAI API reference."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from aligned_serve.engines.base import ResponseFormat as EngineResponseFormat
from aligned_serve.engines.base import SamplingConfig
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

NO_TOOLS = "tool calling is not supported by this server: send no {what} (or {choice} \"none\")"


class ChatMessage(OpenAIBaseModel):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None
    name: str | None = None

    @field_validator("content")
    @classmethod
    def _text_parts_only(cls, v: Any) -> Any:
        if isinstance(v, list):
            for part in v:
                if part.get("type") != "text" or not isinstance(part.get("text"), str):
                    raise ValueError("only text content parts are supported")
        return v

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(p["text"] for p in self.content)
        return self.content or ""


class JSONSchemaFormat(OpenAIBaseModel):
    """The `json_schema` object of `response_format: {"type": "json_schema", ...}`."""

    name: str = Field(min_length=1, max_length=64)
    description: str | None = None
    schema_: dict[str, Any] | None = Field(None, alias="schema")
    strict: bool | None = None


class ResponseFormat(OpenAIBaseModel):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JSONSchemaFormat | None = None

    @model_validator(mode="after")
    def _schema_given(self) -> ResponseFormat:
        if self.type == "json_schema" and self.json_schema is None:
            raise ValueError("response_format of type 'json_schema' needs the 'json_schema' object")
        return self

    def to_engine(self) -> EngineResponseFormat | None:
        """The engine-neutral form; None for plain text (no constraint)."""
        if self.type == "text":
            return None
        spec = self.json_schema
        if self.type == "json_object" or spec is None:
            return EngineResponseFormat("json_object")
        schema = None if spec.schema_ is None else json.dumps(spec.schema_)
        return EngineResponseFormat("json_schema", schema=schema, name=spec.name, strict=spec.strict)


class ChatCompletionRequest(OpenAIBaseModel):
    messages: list[ChatMessage] = Field(min_length=1)
    model: str | None = None
    frequency_penalty: float | None = Field(0.0, ge=-2.0, le=2.0)
    function_call: str | dict[str, Any] | None = Field(None, description="deprecated form of tool_choice")
    functions: list[dict[str, Any]] | None = Field(None, description="deprecated form of tools: refused",
                                                   validate_default=True)
    logit_bias: LogitBias = None
    logprobs: bool = False
    max_completion_tokens: int | None = Field(None, ge=1)
    max_tokens: int | None = Field(None, ge=1)
    min_tokens: int = Field(0, ge=0, description="vLLM extension: no EOS/stop before this many tokens")
    n: int = Field(1, ge=1)
    presence_penalty: float | None = Field(0.0, ge=-2.0, le=2.0)
    response_format: ResponseFormat | None = None
    seed: int | None = None
    stop: str | list[str] | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    tool_choice: str | dict[str, Any] | None = None
    tools: list[dict[str, Any]] | None = Field(None, description="refused: no tool calling", validate_default=True)
    top_logprobs: int | None = Field(None, ge=0, le=20)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    user: str | None = None

    # ---- aligned-serve extension (fenced) --------------------------------------------------------------------
    alignment: AlignmentParams | None = None
    # ---- end of extension ------------------------------------------------------------------------------------

    @field_validator("tools")
    @classmethod
    def _no_tool_calling(cls, tools: list[dict[str, Any]] | None, info: ValidationInfo) -> Any:
        """Refused, not ignored: a client that offers tools must not get prose that looks like an answer."""
        choice = info.data.get("tool_choice")
        if choice != "none" and (tools or choice is not None):
            raise unsupported(NO_TOOLS.format(what="`tools` and no `tool_choice`", choice="tool_choice"))
        return tools

    @field_validator("functions")
    @classmethod
    def _no_function_calling(cls, functions: list[dict[str, Any]] | None, info: ValidationInfo) -> Any:
        choice = info.data.get("function_call")
        if choice != "none" and (functions or choice is not None):
            raise unsupported(NO_TOOLS.format(what="`functions` and no `function_call`", choice="function_call"))
        return functions

    @model_validator(mode="after")
    def _check(self) -> ChatCompletionRequest:
        if self.top_logprobs is not None and not self.logprobs:
            raise ValueError("top_logprobs requires logprobs=true")
        return self

    def prompt_messages(self) -> list[dict[str, str]]:
        """Messages as plain {'role', 'content'} dicts, the form chat templates and reward models take."""
        return [{"role": m.role, "content": m.text()} for m in self.messages]

    def stop_list(self) -> tuple[str, ...]:
        if self.stop is None:
            return ()
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop)

    def to_sampling_config(self, n: int, default_max_tokens: int) -> SamplingConfig:
        """Engine parameters for one generate call drawing `n` candidates."""
        return SamplingConfig(
            n=n,
            max_tokens=self.max_completion_tokens or self.max_tokens or default_max_tokens,
            min_tokens=self.min_tokens,
            temperature=self.temperature,
            top_p=self.top_p,
            stop=self.stop_list(),
            seed=self.seed,
            logprobs=(self.top_logprobs or 0) if self.logprobs else None,
            frequency_penalty=self.frequency_penalty or 0.0,
            presence_penalty=self.presence_penalty or 0.0,
            logit_bias=logit_bias_pairs(self.logit_bias),
            response_format=self.response_format.to_engine() if self.response_format is not None else None,
        )


class TopLogprob(BaseModel):
    token: str
    logprob: float
    bytes: list[int] | None = None


class ChatLogprobToken(TopLogprob):
    top_logprobs: list[TopLogprob] = Field(default_factory=list)


class ChoiceLogprobs(BaseModel):
    content: list[ChatLogprobToken] | None = None


class ChatResponseMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str | None = None


class ChatCompletionChoice(BaseModel):
    index: int
    message: ChatResponseMessage
    logprobs: ChoiceLogprobs | None = None
    finish_reason: str | None = None


class ChatCompletionResponse(BaseModel):
    id: str = Field(default_factory=lambda: random_id("chatcmpl"))
    object: Literal["chat.completion"] = "chat.completion"
    created: int = Field(default_factory=now)
    model: str
    choices: list[ChatCompletionChoice]
    usage: UsageInfo
    alignment: AlignmentInfo | None = None  # aligned-serve extension


class DeltaMessage(BaseModel):
    role: Literal["assistant"] | None = None
    content: str | None = None


class ChatCompletionStreamChoice(BaseModel):
    index: int
    delta: DeltaMessage
    logprobs: ChoiceLogprobs | None = None
    finish_reason: str | None = None


class ChatCompletionChunk(BaseModel):
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChatCompletionStreamChoice]
    usage: UsageInfo | None = None
    alignment: AlignmentInfo | None = None  # aligned-serve extension: sent on the last chunk
