"""Export from a feedback log written through the server's own `FeedbackLog`."""

import json
import math
from pathlib import Path

import pytest

from aligned_serve.feedback import FeedbackLog, FeedbackRecord
from training.data.export import ExportConfig, main, parse_since, run_export
from training.data.formats import load_pairs, load_sft

CHAT = [{"role": "user", "content": "Say hi."}]


def record(
    rid: str, prompt, rewards, texts=None, strategy="best_of_n", rm="default", version="1", created=100.0
) -> FeedbackRecord:
    texts = texts or [f"answer {i}" for i in range(len(rewards))]
    candidates = [
        {"index": i, "text": t, "reward": r, "finish_reason": "stop", "num_tokens": 3}
        for i, (t, r) in enumerate(zip(texts, rewards))
    ]
    return FeedbackRecord(
        id=rid, endpoint="chat" if isinstance(prompt, list) else "completions", generator_model="g",
        reward_model=rm, reward_model_version=version, strategy=strategy, prompt=prompt, sampling={},
        alignment={}, candidates=candidates, chosen_indices=[0], accepted=True, prompt_tokens=3,
        completion_tokens=3, created=created,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "feedback.sqlite"
    log = FeedbackLog(path)
    for r in [
        record("a", CHAT, [0.1, 0.9, 0.5]),  # winner "answer 1" (0.9); pair 1 vs 0, margin 0.8
        record("b", CHAT, [0.1, 0.9, 0.5], created=101.0),  # exact duplicate of a's content
        record("c", CHAT, [0.3, 0.35], texts=["low", "high"], created=102.0),  # margin 0.05
        record("d", "Complete: 1 2 3", [2.0, -1.0], texts=["4", "x"], created=103.0),  # completions prompt
        record("e", CHAT, [None, None], strategy="none", rm=None, version=None, created=104.0),
        record("f", CHAT, [None, None], created=105.0),  # scored strategy but no rewards logged
        record("g", CHAT, [0.7, 0.2], texts=["from v2", "bad"], version="2", created=106.0),
        record("h", CHAT, [0.4, 0.4], texts=["tie a", "tie b"], created=107.0),  # no preference
    ]:
        log.log(r)
    assert log.flush()
    log.close()
    return path


def test_sft_exports_winners_above_threshold_dedups_and_skips(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sft.jsonl"
    stats = run_export(ExportConfig(db=db, format="sft", out=out, min_reward=0.36))
    rows = [r.messages for r in load_sft(out)]
    assert rows == [
        CHAT + [{"role": "assistant", "content": "answer 1"}],
        [{"role": "user", "content": "Complete: 1 2 3"}, {"role": "assistant", "content": "4"}],
        CHAT + [{"role": "assistant", "content": "from v2"}],
        CHAT + [{"role": "assistant", "content": "tie a"}],  # ties: first in sampling order
    ]
    assert (stats.read, stats.exported) == (8, 4)
    assert stats.skipped == {"duplicate": 1, "below_min_reward": 1, "strategy_none": 1, "no_rewards": 1}


def test_pairs_best_vs_worst_with_margin_and_string_prompts(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pairs.jsonl"
    stats = run_export(ExportConfig(db=db, format="pairs", out=out, min_margin=0.1))
    pairs = load_pairs(out)
    got = [(p.prompt, p.chosen, p.rejected) for p in pairs]
    assert got == [(CHAT, "answer 1", "answer 0"), ("Complete: 1 2 3", "4", "x"), (CHAT, "from v2", "bad")]
    margins = [p.margin for p in pairs]
    assert margins == pytest.approx([0.8, 3.0, 0.5])
    assert stats.exported == 3
    assert stats.skipped == {
        "duplicate": 1, "below_min_margin": 1, "strategy_none": 1, "no_rewards": 1, "no_preference": 1,
    }


def test_reward_model_version_and_since_filters(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    stats = run_export(ExportConfig(db=db, format="pairs", out=out, reward_model="default@2"))
    assert [p.chosen for p in load_pairs(out)] == ["from v2"]
    assert stats.skipped["other_reward_model"] == 6  # e has no reward model but is counted as strategy_none
    stats = run_export(ExportConfig(db=db, format="sft", out=out, reward_model="default", since=103.0))
    assert [r.messages[-1]["content"] for r in load_sft(out)] == ["4", "from v2", "tie a"]
    assert stats.skipped["before_since"] == 3


def test_cli_prints_counts_and_rejects_bad_input(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "cli.jsonl"
    assert main(["--db", str(db), "--format", "pairs", "--out", str(out), "--min-margin", "0.4"]) == 0
    printed = capsys.readouterr().out
    assert "read 8, exported 3" in printed and "below_min_margin=1" in printed
    assert len(out.read_text().splitlines()) == 3
    assert main(["--db", str(tmp_path / "missing.sqlite"), "--format", "sft", "--out", str(out)]) == 2
    assert main(["--db", str(db), "--format", "pairs", "--out", str(out), "--min-margin", "-1"]) == 2
    # the failed runs left the earlier output alone
    assert json.loads(out.read_text().splitlines()[0])["margin"] == pytest.approx(0.8)


def test_parse_since_accepts_unix_and_iso() -> None:
    assert parse_since("1735689600") == 1735689600.0
    assert parse_since("2025-01-01") == 1735689600.0
    assert math.isclose(parse_since("2025-01-01T02:00:00+02:00"), 1735689600.0)
