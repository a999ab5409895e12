"""Schema of `POST /v1/feedback`: a person's judgement of a response the server logged.

    {"id": "chatcmpl-…", "rating": 1 | -1 | 0.0…1.0, "preferred_index"?: k, "comment"?: "…"}

`rating` judges candidate `preferred_index` when given, else the answer returned; `preferred_index` (an index
into the response's `alignment.candidates`) also says the person preferred that candidate to the one served.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from aligned_serve.protocol.common import now

# A response id names its log row: chatcmpl-<hex> and cmpl-<hex> are served as req-<hex>.
RESPONSE_PREFIXES = ("chatcmpl-", "cmpl-", "req-")


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # our own endpoint: a misspelt field is an error, not ignored

    id: str = Field(min_length=1, max_length=256, description="the response's id (chatcmpl-…, cmpl-…)")
    rating: float = Field(description="+1 / -1 (thumbs up / down) or a score in [0, 1]")
    preferred_index: int | None = Field(None, ge=0, description="the candidate the person preferred")
    comment: str | None = Field(None, max_length=10_000)

    @field_validator("rating", mode="before")
    @classmethod
    def _rating(cls, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            # ValueError, not TypeError: pydantic turns only ValueError into a validation error (a 400)
            raise ValueError("rating must be a number: 1, -1, or a score between 0 and 1")  # noqa: TRY004
        if not math.isfinite(value) or not (value in (1, -1) or 0 <= value <= 1):
            raise ValueError(f"rating must be 1, -1, or a score between 0 and 1, got {value}")
        return float(value)

    @field_validator("preferred_index", mode="before")
    @classmethod
    def _index(cls, value: Any) -> Any:
        if isinstance(value, bool) or (value is not None and not isinstance(value, int)):
            raise ValueError("preferred_index must be an integer")
        return value

    def request_id(self) -> str:
        """The log row's id: `req-<hex>` for a response `chatcmpl-<hex>` or `cmpl-<hex>`; other ids as given."""
        for prefix in RESPONSE_PREFIXES:
            if self.id.startswith(prefix):
                return "req-" + self.id[len(prefix):]
        return self.id


class FeedbackResponse(BaseModel):
    id: str  # fb-<hex>
    object: Literal["feedback"] = "feedback"
    created: int = Field(default_factory=now)
    response_id: str
