"""The one error base that becomes an OpenAI-shaped HTTP error: `{"error": {"message", "type", "param", "code"}}`.

The server's request, strategy and engine errors and `reward_models.RewardModelError` all derive from it, so the
app has one exception handler for them. A subclass sets its default status and param as class attributes.
"""

from __future__ import annotations


class ServingError(Exception):
    """An error the client can act on: `message`, the HTTP `status_code`, the request `param` it concerns and,
    optionally, the OpenAI error `type` (derived from the status when None)."""

    default_status: int = 400
    default_param: str | None = None

    def __init__(self, message: str, status_code: int | None = None, param: str | None = None,
                 type: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = self.default_status if status_code is None else status_code
        self.param = self.default_param if param is None else param
        self.type = type
