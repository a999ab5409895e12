"""Reward routes: score candidates (`POST /v1/rewards`) and list reward models (`GET /v1/reward_models`)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from aligned_serve.deps import admission, check_api_key, serving, with_cancellation
from aligned_serve.protocol import RewardModelList, RewardsRequest, RewardsResponse

router = APIRouter(prefix="/v1", dependencies=[Depends(check_api_key)])


@router.post("/rewards", dependencies=[Depends(admission)])
async def rewards(body: RewardsRequest, request: Request) -> RewardsResponse:
    svc = serving(request)
    svc.check_model(body.model)
    messages = [{"role": m.role, "content": m.text()} for m in body.messages]
    name, scores = await with_cancellation(
        request, svc.rewards(messages, body.candidates, body.reward_model, body.ensemble)
    )
    return RewardsResponse(reward_model=name, rewards=scores)


@router.get("/reward_models")
async def reward_models(request: Request) -> RewardModelList:
    return RewardModelList(data=serving(request).registry.list())
