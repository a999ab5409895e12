"""`POST /v1/feedback`: attach a person's rating or preference to a response the server logged.

The write runs off the event loop (`asyncio.to_thread`) and is committed before the 200. Unknown response
ids get a 404; a `preferred_index` beyond the response's candidates a 400; a database outage a 503.

Replicas share one log, and each commits its own rows a few milliseconds after its response, so feedback that
reaches another replica first may find no row yet: an unknown id is looked up again, on the event loop's clock
(no thread held), for up to `UNKNOWN_WAIT_S` before the 404.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, Request

from aligned_core.feedback import FeedbackLog, FeedbackStoreError, HumanFeedback, InvalidFeedback, UnknownRequest
from aligned_serve.deps import check_api_key, serving
from aligned_serve.errors import RequestError
from aligned_serve.protocol.common import random_id
from aligned_serve.protocol.feedback import FeedbackRequest, FeedbackResponse

router = APIRouter(prefix="/v1", dependencies=[Depends(check_api_key)])
UNKNOWN_WAIT_S = 1.0  # how long an unknown id is looked for (another replica's row not committed yet)


@router.post("/feedback")
async def feedback(body: FeedbackRequest, request: Request) -> FeedbackResponse:
    log = serving(request).feedback
    if log is None:
        raise RequestError("This server keeps no feedback log (feedback is disabled), so it has no response "
                           f"with id '{body.id}'.", status_code=404, param="id")
    record = HumanFeedback(id=random_id("fb"), request_id=body.request_id(), rating=body.rating,
                           preferred_index=body.preferred_index, comment=body.comment)
    try:
        await _attach(log, record)
    except UnknownRequest:
        raise RequestError(f"No logged response with id '{body.id}'.", status_code=404, param="id") from None
    except InvalidFeedback as exc:
        raise RequestError(str(exc), status_code=400, param="preferred_index") from None
    except FeedbackStoreError as exc:
        raise RequestError("The feedback log is unavailable; retry later.", status_code=503) from exc
    return FeedbackResponse(id=record.id, response_id=body.id)


async def _attach(log: FeedbackLog, record: HumanFeedback) -> None:
    """`log.attach`, looking an unknown request id up again with growing pauses for up to UNKNOWN_WAIT_S."""
    loop = asyncio.get_running_loop()
    deadline, pause = loop.time() + UNKNOWN_WAIT_S, 0.02
    while True:
        try:
            await asyncio.to_thread(log.attach, record)
            return
        except UnknownRequest:
            if loop.time() + pause > deadline:
                raise
        await asyncio.sleep(pause)
        pause *= 2
