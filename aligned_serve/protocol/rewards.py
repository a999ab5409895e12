"""Schema of the reward endpoints (`/v1/rewards`, `/v1/reward_models`) and the admin API."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

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
    def _implicit_needs_reference(self) -> "LoadRewardModelRequest":
        if self.kind == "implicit" and not self.reference_path:
            raise ValueError("kind 'implicit' needs reference_path (the DPO reference policy)")
        return self


class ActivateRequest(BaseModel):
    version: str


class ReloadGeneratorRequest(BaseModel):
    path: str = Field(min_length=1)
