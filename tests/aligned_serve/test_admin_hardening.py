"""Issue 14, reward-model side, through the HTTP layer on a fake generator: request-defined rules cannot stall
scoring and can be turned off; admin loads only local checkpoints from the allowed roots and reports failures by
check; a hot-swapped reward model runs with the same settings as the startup one."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager

from aligned_core.default_models import cache_dir
from aligned_serve.app import build_app
from aligned_serve.cli import _settings_flags
from aligned_serve.settings import Settings
from reward_models.instructions import INSTRUCTIONS_VERSION
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator

ADMIN = {"Authorization": "Bearer sekret"}
MSGS = [{"role": "user", "content": "hello there"}]
PATHOLOGICAL = "rule:regex?pattern=(a+)+$"  # 2^n steps on 'a' * n + '!' in a backtracking engine
RUNTIME = ("device", "dtype", "batch_size", "max_length")


class SlowLengthRM:
    """A 'neural' reward model: length of the response, 50 ms per call on the scoring thread."""

    def __init__(self, name: str = "main", version: str = "1") -> None:
        self.name, self.version = name, version

    def score(self, prompts: list[Any], responses: list[str]) -> list[float]:
        time.sleep(0.05)
        return [float(len(r)) for r in responses]


class BrokenReloadGenerator(FakeGenerator):
    async def reload(self, model_path: str) -> None:
        raise RuntimeError("CUDA error: secret internal detail at 0xdeadbeef")


def settings_for(tmp_path: Path, **kw: Any) -> Settings:
    base: dict[str, Any] = {
        "engine": "transformers", "model": "unused", "reward_model": "rule:json", "admin_key": "sekret",
        "feedback_db": "", "default_n": 2, "max_concurrent_requests": 8, "default_max_tokens": 50,
        "checkpoint_roots": [str(tmp_path / "allowed")],
    }
    return Settings(**{**base, **kw})


def length_registry() -> RewardModelRegistry:
    registry = RewardModelRegistry(default_name="main")
    registry.register(SlowLengthRM(), activate=True)
    return registry


@asynccontextmanager
async def client_for(settings: Settings, generator: FakeGenerator | None = None,
                     registry: RewardModelRegistry | None = None) -> AsyncIterator[httpx.AsyncClient]:
    app = build_app(settings, generator=generator or FakeGenerator(), registry=registry)
    transport = httpx.ASGITransport(app=app)
    async with LifespanManager(app), httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client


async def timed(request: Any) -> tuple[httpx.Response, float]:
    start = time.perf_counter()
    response = await request
    return response, time.perf_counter() - start


# ------------------------------------------------------------------------------------------- request rules


async def test_pathological_regex_answers_at_once_and_does_not_delay_best_of_n(tmp_path: Path) -> None:
    async with client_for(settings_for(tmp_path), registry=length_registry()) as client:
        def innocent() -> Any:
            return client.post("/v1/chat/completions", json={"messages": MSGS, "alignment": {"n": 2}})

        await innocent()  # warm-up: the first request pays for lazy imports
        _, baseline = await timed(innocent())
        bad = client.post("/v1/rewards", json={"messages": MSGS, "reward_model": PATHOLOGICAL,
                                               "candidates": ["a" * 40 + "!", "a" * 40]})
        (bad_r, bad_s), (ok_r, ok_s) = await asyncio.gather(timed(bad), timed(innocent()))
        in_chat, chat_s = await timed(client.post("/v1/chat/completions", json={
            "messages": MSGS, "alignment": {"n": 2, "reward_model": PATHOLOGICAL}}))
    assert bad_r.status_code == 200, bad_r.text
    assert bad_r.json()["rewards"] == [0.0, 1.0]  # '$' needs the end of the text: the '!' one does not match
    # Python's backtracking `re` would need ~2**40 steps here; generous bounds keep a loaded CI machine green.
    assert bad_s < 5.0 and chat_s < 5.0 and in_chat.status_code == 200
    assert ok_r.status_code == 200 and ok_r.json()["alignment"]["samples"] == 2
    assert ok_s < baseline + 1.5


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [("(a)%5C1", "invalid escape sequence: \\1"), ("(%3F%3Da)b", "invalid perl operator: (?=")],
)
async def test_patterns_re2_cannot_run_get_a_400_naming_the_problem(tmp_path: Path, pattern: str,
                                                                     problem: str) -> None:
    spec = f"rule:regex?pattern={pattern}"
    async with client_for(settings_for(tmp_path), registry=length_registry()) as client:
        scored = await client.post("/v1/rewards", json={"messages": MSGS, "reward_model": spec, "candidates": ["a"]})
        chat = await client.post("/v1/chat/completions", json={"messages": MSGS, "alignment": {"reward_model": spec}})
    for r in (scored, chat):
        assert r.status_code == 400, r.text
        error = r.json()["error"]
        assert error["param"] == "reward_model" and f"(RE2): {problem}" in error["message"]


async def test_request_rules_can_be_turned_off_but_configured_rules_still_serve(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, allow_request_rules=False)  # the default reward model is rule:json
    async with client_for(settings) as client:  # registry from settings, as in production
        refused = [
            await client.post("/v1/rewards",
                              json={"messages": MSGS, "reward_model": "rule:json", "candidates": ["{}"]}),
            await client.post("/v1/chat/completions",
                              json={"messages": MSGS, "alignment": {"reward_model": ["main", "rule:length?target=3"]}}),
        ]
        configured = await client.post("/v1/rewards", json={"messages": MSGS, "candidates": ["{}", "x"]})
        plain = await client.post("/v1/chat/completions", json={"messages": MSGS})
    for r in refused:
        assert r.status_code == 400, r.text
        assert r.json()["error"]["message"].startswith(
            "request-defined rule rewards (rule:...) are disabled on this server; use one of its reward models: main"
        )
    # the default scores with main plus the configured verifier (which reads no instruction in MSGS)
    served = f"ensemble(main+50*rule:instructions)@1+{INSTRUCTIONS_VERSION}"
    assert configured.json() == {"object": "rewards", "reward_model": served, "rewards": [1.0, 0.0]}
    assert plain.status_code == 200 and plain.json()["alignment"]["reward_model"] == served


def test_cli_flags_for_rules_and_roots() -> None:
    parser = argparse.ArgumentParser()
    _settings_flags(parser)

    def parsed(*argv: str) -> Settings:
        return Settings(**{k: v for k, v in vars(parser.parse_args(argv)).items() if v is not None})

    assert parsed().allow_request_rules is True
    assert parsed("--no-allow-request-rules").allow_request_rules is False
    assert parsed("--allow-request-rules").allow_request_rules is True
    assert parsed("--feedback-enabled", "false").feedback_enabled is False  # valued booleans still work
    assert parsed("--checkpoint-roots", "/a,/b", "--checkpoint-roots", "/c").checkpoint_roots == ["/a", "/b", "/c"]
    assert parsed().checkpoint_roots == [str(cache_dir()), str(Path.cwd() / "runs")]


# ------------------------------------------------------------------------------------ admin: allowed roots


@pytest.fixture
def roots(tmp_path: Path, tiny_rm_dir: Path, tiny_lm_dir: Path) -> dict[str, Path]:
    """tmp/allowed (the only root) holds copies of the tiny RM and LM, a corrupt RM, an alias inside and a
    symlink escaping to the original tiny RM; tmp/outside holds another RM copy."""
    allowed, outside = tmp_path / "allowed", tmp_path / "outside"
    shutil.copytree(tiny_rm_dir, allowed / "rm")
    shutil.copytree(tiny_lm_dir, allowed / "lm")
    shutil.copytree(tiny_rm_dir, allowed / "corrupt")
    (allowed / "corrupt" / "model.safetensors").write_bytes(b"not a safetensors file" * 64)
    shutil.copytree(tiny_rm_dir, outside / "rm")
    (allowed / "empty").mkdir()
    (allowed / "alias").symlink_to(allowed / "rm")
    (allowed / "escape").symlink_to(tiny_rm_dir)
    return {"allowed": allowed, "outside": outside, "original": tiny_rm_dir}


async def admin_post(client: httpx.AsyncClient, route: str, **body: Any) -> httpx.Response:
    return await client.post(f"/admin/{route}", json=body, headers=ADMIN)


async def test_admin_refuses_hub_ids_and_paths_outside_the_roots(tmp_path: Path, roots: dict[str, Path]) -> None:
    allowed = roots["allowed"]
    cases = {
        "HuggingFaceTB/SmolLM2-135M": "only local checkpoint directories are accepted",
        str(roots["original"]): "outside the allowed checkpoint roots",
        f"{allowed}/../outside/rm": "outside the allowed checkpoint roots",  # '..' escape
        str(allowed / "escape"): "outside the allowed checkpoint roots",  # symlink escape
        "x" * 5000: "only local checkpoint directories are accepted",  # too long for the OS: still a 400
    }
    async with client_for(settings_for(tmp_path), registry=length_registry()) as client:
        for path, fragment in cases.items():
            bodies = (("reward_models", {"name": "main", "path": path}), ("generator/reload", {"path": path}))
            for route, body in bodies:
                r = await admin_post(client, route, **body)
                assert r.status_code == 400, (route, path, r.text)
                error = r.json()["error"]
                assert fragment in error["message"] and error["param"] == "path"
                if "outside" in fragment:
                    assert error["message"].endswith(f"roots: {allowed.resolve()} (the server's --checkpoint-roots)")
        implicit = await admin_post(client, "reward_models", name="dpo", kind="implicit", path=str(allowed / "lm"),
                                    reference_path=str(roots["outside"] / "rm"))
        assert implicit.status_code == 400 and implicit.json()["error"]["param"] == "reference_path"
        listed = (await client.get("/admin/reward_models", headers=ADMIN)).json()["data"]
    assert [row["full_name"] for row in listed] == ["main@1"]  # nothing was loaded


async def test_admin_loads_inside_the_roots_and_names_failed_checks(tmp_path: Path, roots: dict[str, Path]) -> None:
    allowed = roots["allowed"]
    async with client_for(settings_for(tmp_path), registry=length_registry()) as client:
        loaded = await admin_post(client, "reward_models", name="main", path=str(allowed / "alias"), version="v2")
        corrupt = await admin_post(client, "reward_models", name="main", path=str(allowed / "corrupt"))
        no_config = await admin_post(client, "generator/reload", path=str(allowed / "empty"))
        reloaded = await admin_post(client, "generator/reload", path=str(allowed / "lm"))
    assert loaded.status_code == 200, loaded.text
    row = next(r for r in loaded.json()["reward_models"] if r["full_name"] == "main@v2")
    assert row["path"] == str((allowed / "rm").resolve()) and row["active"]  # the alias resolved inside the root
    assert corrupt.status_code == 422
    assert corrupt.json()["error"]["message"] == (
        f"loading 'main' from {(allowed / 'corrupt').resolve()} failed at load: the weights cannot be loaded "
        "(missing or corrupt weight files, or an unsupported architecture)"
    )
    assert no_config.status_code == 422 and no_config.json()["error"]["message"].endswith("(no config.json)")
    assert reloaded.status_code == 200 and reloaded.json()["path"] == str((allowed / "lm").resolve())


async def test_a_failed_generator_reload_is_reported_without_its_exception_text(
    tmp_path: Path, roots: dict[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    async with client_for(settings_for(tmp_path), BrokenReloadGenerator(), length_registry()) as client:
        r = await admin_post(client, "generator/reload", path=str(roots["allowed"] / "lm"))
    assert r.status_code == 422
    message = r.json()["error"]["message"]
    assert message.endswith("failed: unexpected RuntimeError (details in the server log)")
    assert "secret" not in message and "secret internal detail" in caplog.text


# --------------------------------------------------------------------------- admin: same settings as startup


async def test_a_swapped_model_runs_with_the_startup_models_settings(
    tmp_path: Path, tiny_rm_dir: Path, tiny_rm_dir_b: Path
) -> None:
    shutil.copytree(tiny_rm_dir_b, tmp_path / "allowed" / "rm_b")
    settings = settings_for(tmp_path, reward_model=str(tiny_rm_dir), reward_dtype="bfloat16", reward_batch_size=3,
                            reward_max_length=96)
    async with client_for(settings) as client:  # the startup model is loaded from settings by build_registry
        startup = (await client.get("/v1/reward_models")).json()["data"]
        pushed = await admin_post(client, "reward_models", name="main", path=str(tmp_path / "allowed" / "rm_b"),
                                  version="swapped")
    assert pushed.status_code == 200, pushed.text
    rows = {row["full_name"]: row for row in pushed.json()["reward_models"]}
    expected = {"device": "cpu", "dtype": "bfloat16", "batch_size": 3, "max_length": 96}
    assert {k: startup[0][k] for k in RUNTIME} == expected
    assert {k: rows["main@swapped"][k] for k in RUNTIME} == expected and rows["main@swapped"]["active"]
