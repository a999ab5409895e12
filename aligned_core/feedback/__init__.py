"""The feedback log: every aligned request with its candidates and rewards, and people's judgements of them.

Two backends behind one interface (`base.FeedbackStore`): SQLite in WAL mode (the embedded default, a file
path) and PostgreSQL (a `postgresql://` DSN, one database for every replica). The schema (`schema.py`) imports
no server code, so exports and training read the log without the server.

    from aligned_core.feedback import FeedbackLog, open_store, read_records
"""

from aligned_core.feedback.base import (
    FeedbackStore,
    FeedbackStoreError,
    InvalidFeedback,
    UnknownRequest,
    is_postgres_dsn,
    open_store,
    safe_target,
)
from aligned_core.feedback.log import FeedbackLog, read_human, read_records
from aligned_core.feedback.schema import SCHEMA_VERSION, FeedbackRecord, HumanFeedback

__all__ = [
    "SCHEMA_VERSION",
    "FeedbackLog",
    "FeedbackRecord",
    "FeedbackStore",
    "FeedbackStoreError",
    "HumanFeedback",
    "InvalidFeedback",
    "UnknownRequest",
    "is_postgres_dsn",
    "open_store",
    "read_human",
    "read_records",
    "safe_target",
]
