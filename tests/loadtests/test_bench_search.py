"""loadtests/bench_search.py's measuring and table code, on the fake generator behind the real app.

Every fake answer is 5 tokens (`lengths=[5]`; a search answer of digit 5 stops at 5 tokens), so the generated
tokens per answer of each case are worked out by hand below.
"""

import re

import httpx
from asgi_lifespan import LifespanManager

from aligned_serve.app import build_app
from aligned_serve.settings import Settings
from loadtests import bench_search
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import DigitRM, FakeGenerator


async def test_table_of_every_case_on_the_fake(tmp_path):
    gen = FakeGenerator(lengths=[5], eos_at={5: 5})
    registry = RewardModelRegistry(default_name="main")
    registry.register(DigitRM(name="main"), activate=True)
    settings = Settings(engine="transformers", model="unused", reward_model="rule:json", max_n=16,
                        feedback_enabled=False, max_concurrent_requests=16)
    app = build_app(settings, generator=gen, registry=registry)
    prompts = bench_search.load_prompts(3)
    table = bench_search.cases(chunk_tokens=2, width=8, keep=0.5)
    transport = httpx.ASGITransport(app=app)
    async with LifespanManager(app), httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        stats = await bench_search.measure(client, prompts, table, max_tokens=10, concurrency=8)

    assert list(stats) == ["n=1", "best-of-8", "best-of-16", "speculative_rejection n=16",
                           "speculative_rejection n=16 no lookahead", "beam 2x4", "particle n=8"]
    # best-of-N: N answers of 5. speculative_rejection n=16, chunk 2: 16 x 2, keep 8: 8 x 2, keep 4: 4 x 1 (the
    # answers end at 5) = 52. beam 2x4: 8 x 2, 8 x 2, 8 x 1 = 40. particle n=8: 8 x 2, 8 x 2, 8 x 1 = 40.
    expected = {"n=1": 5, "best-of-8": 40, "best-of-16": 80, "speculative_rejection n=16 no lookahead": 52,
                "beam 2x4": 40, "particle n=8": 40}
    ahead = stats.pop("speculative_rejection n=16")  # with lookahead, pruned answers may get tokens while scored
    assert all(52 <= t <= 80 for t in ahead.tokens)  # at most every answer to its end
    assert {name: set(s.tokens) for name, s in stats.items()} == {name: {t} for name, t in expected.items()}
    stats = {**dict(list(stats.items())[:3]), "speculative_rejection n=16": ahead, **dict(list(stats.items())[3:])}
    for name, s in stats.items():
        answer = "x" * 5 if name.startswith(("n=", "best")) else "5" * 5
        assert s.passed == [p.judge(answer) for p in prompts] * 2  # both passes, judged
        assert len(s.latency) == len(s.ttft) == 3 and all(0 < t <= lat for t, lat in zip(s.ttft, s.latency))
        assert s.answers_per_s > 0 and s.rm_seconds >= 0
    # pass 2's reward-model work, read from /metrics: best-of-N scores N answers per prompt; n=1 scores nothing
    assert stats["n=1"].rm_pairs == 0
    assert stats["best-of-8"].rm_pairs == 8 * 3 and stats["best-of-16"].rm_pairs == 16 * 3
    assert stats["speculative_rejection n=16 no lookahead"].rm_pairs > stats["best-of-16"].rm_pairs  # partials too

    text = bench_search.render(stats, concurrency=8)
    rows = re.findall(r"^\| (.+?) \| ([\d.]+) \| ([\d.]+)(?: \(([\d.]+)x\))? \|", text, re.MULTILINE)
    assert all(re.search(r"\| [\d.]+ \([\d.]+\) \|$", line) for line in text.splitlines()[2:])  # RM s (pairs)
    assert [r[0] for r in rows] == list(stats)
    assert {r[0]: float(r[2]) for r in rows if r[0] in expected} == expected
    assert {r[0]: r[3] for r in rows}["speculative_rejection n=16 no lookahead"] == "1.30"  # 52 / 40 of best-of-8


def test_a_task_v2_split_is_judged_by_the_constraints_it_was_built_with():
    from training.data import bundle as bd

    prompts = bench_search.load_prompts(5, "test_phrasings")
    rows = {r.prompt if isinstance(r.prompt, str) else r.prompt[-1]["content"]: r
            for r in bd.load_split("test_phrasings")}
    assert len(prompts) == 5
    judged = 0
    for p in prompts:
        row = rows[p.messages[-1]["content"]]
        assert [p.judge(answer) for answer in row.responses] == [bool(x) for x in row.meta["passes"]]
        judged += sum(row.meta["passes"])
    assert judged > 0  # some answers pass, so a judge that always fails would be caught
