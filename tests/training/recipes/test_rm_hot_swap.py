"""The loop between training and serving: a checkpoint written by the rm recipe is hot-swapped into a running
server (admin endpoint) and changes which candidate best-of-N picks."""

from pathlib import Path

import httpx
from asgi_lifespan import LifespanManager

from aligned_serve.app import build_app
from aligned_serve.engines.base import Candidate, Generation, SamplingConfig
from aligned_serve.settings import Settings
from reward_models.hf import HFRewardModel
from reward_models.registry import RewardModelRegistry
from tests.training.recipes.conftest import toy_pairs, write_jsonl
from training.recipes import rm

ADMIN = {"Authorization": "Bearer sekret"}
STEM = "the quick brown fox jumps"


class TwoAnswers:
    """A generator whose candidates alternate between an "ocean" and a "json" ending."""

    model_name = "two-answers"
    max_model_len = 512

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def reload(self, model_path: str) -> None: ...

    async def generate(self, prompt, params: SamplingConfig, request_id: str) -> Generation:
        texts = [f"{STEM} {'json' if k % 2 == 0 else 'ocean'}" for k in range(params.n)]
        return Generation([Candidate(t, "stop", 6) for t in texts], prompt_tokens=4)


def train_rm(base: Path, tmp: Path, prefer: str) -> Path:
    rows = toy_pairs(32, seed=0)  # chosen ends with "ocean", rejected with "json"
    if prefer == "json":
        rows = [{**r, "chosen": r["rejected"], "rejected": r["chosen"]} for r in rows]
    data = write_jsonl(tmp / f"{prefer}.jsonl", rows)
    out = tmp / f"rm-{prefer}"
    rm.train(rm.RMConfig(train_data=str(data), output_dir=str(out), base_model=str(base), lr=3e-3, batch_size=8,
                         max_steps=12, save_every=100, threads=1, warmup_ratio=0.0))
    return out


async def test_trained_checkpoint_hot_swapped_into_the_server_changes_the_winner(tiny_lm_dir, tmp_path):
    json_rm, ocean_rm = train_rm(tiny_lm_dir, tmp_path, "json"), train_rm(tiny_lm_dir, tmp_path, "ocean")
    registry = RewardModelRegistry(default_name="main")
    registry.register(HFRewardModel.load(json_rm, name="main", version="json"), activate=True)
    settings = Settings(engine="transformers", model="unused", admin_key="sekret", feedback_db="", default_n=4,
                        checkpoint_roots=[str(tmp_path)])  # admin loads only from allowed roots
    app = build_app(settings, generator=TwoAnswers(), registry=registry)
    body = {"messages": [{"role": "user", "content": "Write about the sea."}],
            "alignment": {"strategy": "best_of_n", "n": 4}}
    async with LifespanManager(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            before = (await client.post("/v1/chat/completions", json=body)).json()
            pushed = await client.post("/admin/reward_models", headers=ADMIN,
                                       json={"name": "main", "path": str(ocean_rm), "version": "ocean"})
            assert pushed.status_code == 200, pushed.text
            after = (await client.post("/v1/chat/completions", json=body)).json()
            await client.post("/admin/reward_models/main/rollback", headers=ADMIN)
            rolled_back = (await client.post("/v1/chat/completions", json=body)).json()

    assert before["choices"][0]["message"]["content"].endswith("json")
    assert before["alignment"]["reward_model"] == "main@json"
    assert after["choices"][0]["message"]["content"].endswith("ocean")
    assert after["alignment"]["reward_model"] == "main@ocean"
    assert rolled_back["choices"][0]["message"]["content"].endswith("json")
