"""Schema of the reward endpoints (`/v1/rewards`, `/v1/reward_models`) and the admin API."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from aligned_serve.protocol.chat import ChatMessage
from aligned_serve.protocol.common import OpenAIBaseModel


class RewardsRequest(OpenAIBaseModel):
    model: str | None = None
    reward_model: str | list[str] | None = None
    ensemble: Literal["mean", "min", "mean_minus_std"] = "mean"
    messages: list[ChatMessage] = Field(min_length=1)
    candidates: list[str] = Field(min_length=1, max_length=256)


class RewardsResponse(BaseModel):
    object: Literal["rewards"] = "rewards"
    reward_model: str
    rewards: list[float]


class RewardModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[dict[str, Any]]


class LoadRewardModelRequest(BaseModel):
    name: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.\-]+$")
    path: str = Field(min_length=1)
    kind: Literal["hf", "implicit"] = "hf"
    version: str | None = Field(None, pattern=r"^[A-Za-z0-9_.\-]+$")
    reference_path: str | None = Field(None, description="implicit (DPO) reward: the reference policy")
    activate: bool = True

    @model_validator(mode="after")
    def _implicit_needs_reference(self) -> LoadRewardModelRequest:
        if self.kind == "implicit" and not self.reference_path:
            raise ValueError("kind 'implicit' needs reference_path (the DPO reference policy)")
        return self

    def load_call(self) -> tuple[str, dict[str, Any]]:
        """(path, keyword arguments) for `RewardModelRegistry.load`."""
        extra = {"ref_path": self.reference_path} if self.kind == "implicit" else {}
        return self.path, {"kind": self.kind, "version": self.version, "activate": self.activate, **extra}


class LoadRemoteRewardModelRequest(BaseModel):
    """kind "remote": a reward model served elsewhere (see reward_models/remote.py for the protocols)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.\-]+$")
    kind: Literal["remote"]
    url: str = Field(pattern=r"^https?://\S+$", max_length=2048, description="the remote server's base URL")
    protocol: Literal["vllm-pooling", "aligned", "openrlhf"] = "vllm-pooling"
    timeout: float = Field(10.0, gt=0, le=600, description="seconds one scoring call may take, retries included")
    max_batch: int = Field(64, ge=1, le=4096, description="pairs per HTTP request")
    retries: int = Field(2, ge=0, le=10, description="retries of connect errors, 429 and 5xx")
    tokenizer: str | None = Field(None, description="local tokenizer dir to render chat templates with (vllm-pooling, "
                                  "openrlhf); without it vLLM renders them, one request per pair")
    remote_model: str | None = Field(None, description="the model's name on the remote server, where it has several")
    max_length: int | None = Field(None, ge=2, description="tokens kept per pair, from the left (vllm-pooling)")
    api_key: str | None = Field(None, repr=False, description="Bearer key the remote expects")
    version: str | None = Field(None, pattern=r"^[A-Za-z0-9_.\-]+$")
    activate: bool = True

    def load_call(self) -> tuple[str, dict[str, Any]]:
        """(path, keyword arguments) for `RewardModelRegistry.load`."""
        loader = self.model_dump(exclude={"name", "url", "version", "activate", "kind"}, exclude_none=True)
        return self.url, {"kind": "remote", "version": self.version, "activate": self.activate, **loader}


class LoadJudgeRewardModelRequest(BaseModel):
    """kind "judge": an LLM asked a rubric question (see reward_models/judge.py)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.\-]+$")
    kind: Literal["judge"]
    base_url: str | None = Field(None, pattern=r"^https?://\S+$", max_length=2048,
                                 description="an OpenAI-compatible endpoint; None: this server's own generator")
    model: str | None = Field(None, description="the model id at base_url (default: the first it lists)")
    mode: Literal["yes_no", "scale"] = "yes_no"
    score: Literal["logit", "prob"] = Field("logit", description="yes_no: log-odds of yes, or P(yes | yes or no)")
    rubric: str | None = Field(None, max_length=20_000, description="template with {prompt} and {answer}")
    system: str | None = Field(None, max_length=20_000)
    timeout: float = Field(30.0, gt=0, le=600)
    cache_size: int = Field(4096, ge=0, le=1_000_000)
    api_key: str | None = Field(None, repr=False)
    version: str | None = Field(None, pattern=r"^[A-Za-z0-9_.\-]+$")
    activate: bool = True

    @model_validator(mode="after")
    def _rubric_has_answer(self) -> LoadJudgeRewardModelRequest:
        if self.rubric is not None and "{answer}" not in self.rubric:
            raise ValueError("rubric must contain {answer} (and usually {prompt})")
        return self

    @property
    def uses_local_generator(self) -> bool:
        return self.base_url is None

    def load_call(self) -> tuple[str, dict[str, Any]]:
        """(path, keyword arguments) for `RewardModelRegistry.load`; the caller adds `chat=` for the local generator."""
        loader = self.model_dump(exclude={"name", "base_url", "version", "activate", "kind"}, exclude_none=True)
        return self.base_url or "generator", {"kind": "judge", "version": self.version, "activate": self.activate,
                                              **loader}


def _load_kind(value: Any) -> str:
    kind = value.get("kind", "hf") if isinstance(value, dict) else getattr(value, "kind", "hf")
    return kind if kind in ("remote", "judge") else "checkpoint"


# The admin body (and each entry of the `reward_models` setting): a checkpoint, a remote server or a judge.
AnyLoadRewardModelRequest = Annotated[
    Annotated[LoadRewardModelRequest, Tag("checkpoint")]
    | Annotated[LoadRemoteRewardModelRequest, Tag("remote")]
    | Annotated[LoadJudgeRewardModelRequest, Tag("judge")],
    Discriminator(_load_kind),
]


class ActivateRequest(BaseModel):
    version: str


class ReloadGeneratorRequest(BaseModel):
    path: str = Field(min_length=1)
