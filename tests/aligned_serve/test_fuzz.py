"""Schema fuzzing (schemathesis) over every route of /openapi.json: no request, valid or not, gets a 5xx.

The app runs on the fake generator and the tiny config-built reward model, with the admin key set, so admin
routes are fuzzed past their auth. Positive and negative data (schemathesis' default modes).

- `test_no_server_errors` (default suite): the examples and fuzzing phases, MAX_EXAMPLES cases per operation
  and phase; about 25 s of CPU here.
- `test_no_server_errors_coverage_phase` (slow): the coverage phase, which enumerates boundary values, missing
  fields and wrong types exhaustively; about 45 s of CPU here, so it runs with `-m slow`.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

from aligned_serve.app import build_app
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator
from tests.aligned_serve.harness import ADMIN_KEY, settings_for

MAX_EXAMPLES = 10  # per operation and phase
AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}

# Built at import, started on the first call (schemathesis runs the lifespan); the registry gets its reward model
# from the fixture below first. (schemathesis.pytest.from_fixture would defer all this, but it needs pytest < 9.)
WORKDIR = Path(tempfile.mkdtemp(prefix="aligned-serve-fuzz-"))
REGISTRY = RewardModelRegistry(default_name="main")
APP = build_app(settings_for(WORKDIR, max_concurrent_requests=64), generator=FakeGenerator(), registry=REGISTRY)


def _schema(phase: str) -> schemathesis.Schema:
    loaded = schemathesis.openapi.from_dict(APP.openapi())
    loaded.app = APP  # what schemathesis.openapi.from_asgi sets: cases go to the app in-process
    phases = loaded.config.phases
    phases.examples.enabled = phases.fuzzing.enabled = phase == "fuzzing"
    phases.coverage.enabled = phase == "coverage"
    return loaded


fuzzing, coverage = _schema("fuzzing"), _schema("coverage")


@pytest.fixture(scope="module", autouse=True)
def _tiny_reward_model(tiny_rm_dir: Path) -> Iterator[None]:
    set_hypothesis_home_dir(WORKDIR / "hypothesis")  # not ./.hypothesis in the repository
    asyncio.run(REGISTRY.load("main", str(tiny_rm_dir), kind="hf", version="1"))
    yield
    from schemathesis.python import asgi

    asgi.shutdown_lifespans()  # stop the app (feedback log, scorer) now rather than at interpreter exit
    shutil.rmtree(WORKDIR, ignore_errors=True)


def _check(case: schemathesis.Case) -> None:
    # 60 s: 256 candidates on the tiny reward model take seconds on a busy CPU (slow is not an error here)
    response = case.call(headers=AUTH, timeout=60)
    assert response.status_code < 500, (case.method, case.formatted_path, case.body, response.text[:500])


@fuzzing.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    _check(case)


@pytest.mark.slow
@coverage.parametrize()
@settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_coverage_phase(case: schemathesis.Case) -> None:
    _check(case)
