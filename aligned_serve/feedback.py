"""The feedback log, as the server and older code import it. It lives in `aligned_serve.feedback_store`
(schema, SQLite and PostgreSQL backends, the writer); this module re-exports its public names."""

from aligned_serve.feedback_store import (
    FeedbackLog,
    FeedbackRecord,
    FeedbackStoreError,
    HumanFeedback,
    InvalidFeedback,
    UnknownRequest,
    candidate_dicts,
    open_store,
    read_human,
    read_records,
)

__all__ = [
    "FeedbackLog",
    "FeedbackRecord",
    "FeedbackStoreError",
    "HumanFeedback",
    "InvalidFeedback",
    "UnknownRequest",
    "candidate_dicts",
    "open_store",
    "read_human",
    "read_records",
]
