"""OpenAI-compatible routes: chat completions, completions, models."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from aligned_serve.deps import admission, check_api_key, serving, with_cancellation
from aligned_serve.protocol import (
    ChatCompletionRequest,
    ChatCompletionResponse,
    CompletionRequest,
    CompletionResponse,
    ModelCard,
    ModelList,
)

router = APIRouter(prefix="/v1", dependencies=[Depends(check_api_key)])

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.post("/chat/completions", response_model=None, dependencies=[Depends(admission)])
async def chat_completions(body: ChatCompletionRequest, request: Request) -> ChatCompletionResponse | StreamingResponse:
    if body.stream:
        stream = await with_cancellation(request, serving(request).chat_stream(body))
        return StreamingResponse(stream, media_type="text/event-stream", headers=SSE_HEADERS)
    return await with_cancellation(request, serving(request).chat(body))


@router.post("/completions", response_model=None, dependencies=[Depends(admission)])
async def completions(body: CompletionRequest, request: Request) -> CompletionResponse | StreamingResponse:
    if body.stream:
        stream = await with_cancellation(request, serving(request).completion_stream(body))
        return StreamingResponse(stream, media_type="text/event-stream", headers=SSE_HEADERS)
    return await with_cancellation(request, serving(request).completion(body))


@router.get("/models")
async def models(request: Request) -> ModelList:
    gen = serving(request).generator
    return ModelList(data=[ModelCard(id=gen.model_name, max_model_len=gen.max_model_len)])
