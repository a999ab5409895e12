"""OpenAI-compatible routes: chat completions, completions, models."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from aligned_serve.deps import (
    AdmissionSlot,
    admission,
    admitted_stream,
    check_api_key,
    note_strategy,
    serving,
    with_cancellation,
)
from aligned_serve.protocol import (
    ChatCompletionRequest,
    ChatCompletionResponse,
    CompletionRequest,
    CompletionResponse,
    ModelCard,
    ModelList,
)

router = APIRouter(prefix="/v1", dependencies=[Depends(check_api_key)])
Admitted = Annotated[AdmissionSlot, Depends(admission)]  # a place under the concurrency cap, or a 429


@router.post("/chat/completions", response_model=None)
async def chat_completions(body: ChatCompletionRequest, request: Request,
                           slot: Admitted) -> ChatCompletionResponse | StreamingResponse:
    note_strategy(request, body.alignment)
    if body.stream:
        return admitted_stream(await with_cancellation(request, serving(request).chat_stream(body)), slot)
    return await with_cancellation(request, serving(request).chat(body))


@router.post("/completions", response_model=None)
async def completions(body: CompletionRequest, request: Request,
                      slot: Admitted) -> CompletionResponse | StreamingResponse:
    note_strategy(request, body.alignment)
    if body.stream:
        return admitted_stream(await with_cancellation(request, serving(request).completion_stream(body)), slot)
    return await with_cancellation(request, serving(request).completion(body))


@router.get("/models")
async def models(request: Request) -> ModelList:
    gen = serving(request).generator
    return ModelList(data=[ModelCard(id=gen.model_name, max_model_len=gen.max_model_len)])
