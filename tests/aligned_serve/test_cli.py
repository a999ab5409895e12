"""`aligned-serve serve` without a reward model and without the default one: a clear error naming `make rm` and a
non-zero exit, before any server starts (no lifespan traceback)."""

import logging

import pytest

from aligned_core import rm_artifact
from aligned_serve import cli


def test_missing_default_reward_model_is_a_clear_startup_error(monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    def missing(_artifact: object) -> str:
        raise rm_artifact.ArtifactError("artifacts/default-rm/artifact.json is missing")

    monkeypatch.setattr(rm_artifact, "artifact_version", missing)
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: pytest.fail("the server must not start"))
    with caplog.at_level(logging.ERROR, logger="aligned_serve"):
        code = cli.main(["serve", "--engine", "transformers", "--model", "unused"])
    assert code == 1
    (record,) = [r for r in caplog.records if r.name == "aligned_serve"]
    assert "make rm" in record.getMessage() and "artifact.json is missing" in record.getMessage()
    assert record.exc_info is None  # the message, not a traceback
