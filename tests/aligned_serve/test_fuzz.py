"""Schema fuzzing (schemathesis) over every route of /openapi.json: no request, valid or not, gets a 5xx.

The app runs on the fake generator and the tiny config-built reward model, with the admin key set, so admin
routes are fuzzed past their auth. Each operation gets schemathesis' examples, coverage and fuzzing phases with
positive and negative data, bounded by MAX_EXAMPLES so the whole run stays well under a minute.
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

from aligned_serve.app import build_app
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator
from tests.aligned_serve.harness import ADMIN_KEY, settings_for

MAX_EXAMPLES = 15  # per operation and phase: about 25 s for the whole run on 2 busy cores

# Built at import, started on the first call (schemathesis runs the lifespan); the registry gets its reward model
# from the fixture below first. (schemathesis.pytest.from_fixture would defer all this, but it needs pytest < 9.)
WORKDIR = Path(tempfile.mkdtemp(prefix="aligned-serve-fuzz-"))
REGISTRY = RewardModelRegistry(default_name="main")
APP = build_app(settings_for(WORKDIR, max_concurrent_requests=64), generator=FakeGenerator(), registry=REGISTRY)
schema = schemathesis.openapi.from_dict(APP.openapi())
schema.app = APP  # what schemathesis.openapi.from_asgi sets: cases are sent to the app in-process


@pytest.fixture(scope="module", autouse=True)
def _tiny_reward_model(tiny_rm_dir: Path) -> Iterator[None]:
    asyncio.run(REGISTRY.load("main", str(tiny_rm_dir), kind="hf", version="1"))
    yield
    from schemathesis.python import asgi

    asgi.shutdown_lifespans()  # stop the app (feedback log, scorer) now rather than at interpreter exit
    shutil.rmtree(WORKDIR, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    import time
    t=time.perf_counter()
    response = case.call(headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    dt=time.perf_counter()-t
    if dt > 0.2: print(round(dt,2), case.method, case.path, response.status_code, str(case.body)[:150], response.text[:300])
    assert response.status_code < 500, (case.method, case.formatted_path, case.body, response.text[:500])
