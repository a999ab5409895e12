"""Export from a feedback log written through the server's own `FeedbackLog`."""

import json
import math
from pathlib import Path

import pytest

from aligned_core.feedback import FeedbackLog, FeedbackRecord, HumanFeedback
from training.data.export import ExportConfig, main, parse_since, run_export
from training.data.formats import load_pairs, load_sft

CHAT = [{"role": "user", "content": "Say hi."}]


def record(
    rid: str, prompt, rewards, texts=None, strategy="best_of_n", rm="default", version="1", created=100.0, chosen=0
) -> FeedbackRecord:
    texts = texts or [f"answer {i}" for i in range(len(rewards))]
    candidates = [
        {"index": i, "text": t, "reward": r, "finish_reason": "stop", "num_tokens": 3}
        for i, (t, r) in enumerate(zip(texts, rewards))
    ]
    return FeedbackRecord(
        id=rid, endpoint="chat" if isinstance(prompt, list) else "completions", generator_model="g",
        reward_model=rm, reward_model_version=version, strategy=strategy, prompt=prompt, sampling={},
        alignment={}, candidates=candidates, chosen_indices=[chosen], accepted=True, prompt_tokens=3,
        completion_tokens=3, created=created,
    )


def write_reward_log(target: str | Path) -> None:
    log = FeedbackLog(target)
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


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "feedback.sqlite"
    write_reward_log(path)
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


# ------------------------------------------------------------------------------------------------------ kto


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_kto_from_rewards_without_threshold_splits_best_and_worst(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kto.jsonl"
    stats = run_export(ExportConfig(db=db, format="kto", out=out, min_margin=0.1))
    rows = read_rows(out)
    assert all(list(r) == ["prompt", "completion", "label"] for r in rows)  # exactly TRL's unpaired keys
    assert [(r["prompt"], r["completion"], r["label"]) for r in rows] == [
        (CHAT, "answer 1", True), (CHAT, "answer 0", False),  # a (b is its duplicate)
        ("Complete: 1 2 3", "4", True), ("Complete: 1 2 3", "x", False),  # d; c's margin 0.05 < 0.1
        (CHAT, "from v2", True), (CHAT, "bad", False),  # g
    ]
    assert stats.skipped == {"duplicate": 2, "below_min_margin": 1, "strategy_none": 1, "no_rewards": 1,
                             "no_preference": 1}
    assert stats.human == 0


def test_kto_with_threshold_labels_each_side_on_its_own(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kto.jsonl"
    run_export(ExportConfig(db=db, format="kto", out=out, min_reward=0.4))
    got = [(r["completion"], r["label"]) for r in read_rows(out)]
    # a: 0.9 >= 0.4 true, 0.1 < 0.4 false; c: best 0.35 misses, worst 0.3 false; d: 2.0 true, -1 false;
    # g: 0.7 true, 0.2 false; h: both 0.4: best true, and the worst is the same candidate (first of equals)
    assert got == [("answer 1", True), ("answer 0", False), ("low", False), ("4", True), ("x", False),
                   ("from v2", True), ("bad", False), ("tie a", True)]


# ------------------------------------------------------------------------------------------- human feedback

P = {k: [{"role": "user", "content": f"prompt {k}"}] for k in range(1, 7)}


def write_human_log(target: str | Path) -> None:
    """Requests and people's judgements through the server's writer (`FeedbackLog.log` and `.attach`)."""
    log = FeedbackLog(target)
    for r in [
        record("r1", P[1], [0.1, 0.9, 0.5], chosen=1, created=1.0),  # served answer 1: thumbs down
        record("r2", P[2], [0.2, 0.8, 0.6], chosen=1, created=2.0),  # person prefers candidate 2
        record("r3", P[3], [None], texts=["n0"], strategy="none", rm=None, created=3.0),  # thumbs up
        record("r4", P[3], [None], texts=["n1"], strategy="none", rm=None, created=4.0),  # same prompt: down
        record("r5", P[4], [0.3, 0.7], chosen=1, created=5.0),  # nobody judged it
        record("r6", P[5], [0.5, 0.6], chosen=1, created=6.0),  # 1 and 0: an even split, no label
        record("r7", P[6], [0.9, 0.1, 0.5], chosen=0, created=7.0),  # the served answer preferred
        record("r8", P[6], [None], texts=["unjudged"], strategy="none", rm=None, created=8.0),
    ]:
        log.log(r)
    for i, (rid, rating, index) in enumerate([
        ("r1", -1, None), ("r2", 1, 2), ("r3", 1, None), ("r4", -1, None), ("r6", 1, None), ("r6", 0, None),
        ("r7", 1, 0),
    ]):
        log.attach(HumanFeedback(id=f"fb-{i}", request_id=rid, rating=rating, preferred_index=index,
                                 created=10.0 + i))
    log.close()


@pytest.fixture
def human_db(tmp_path: Path) -> Path:
    path = tmp_path / "human.sqlite"
    write_human_log(path)
    return path


def test_pairs_use_human_preferences_first(human_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pairs.jsonl"
    stats = run_export(ExportConfig(db=human_db, format="pairs", out=out))
    got = [(r["prompt"], r["chosen"], r["rejected"], r.get("margin")) for r in read_rows(out)]
    assert got == [
        (P[2], "answer 2", "answer 1", None),  # preferred_index 2 over the served 1
        (P[6], "answer 0", "answer 1", None),  # preferred the served 0: over the lowest reward (0.1)
        (P[3], "n0", "n1", None),  # thumbs up vs thumbs down on one prompt, across two requests
        (P[4], "answer 1", "answer 0", pytest.approx(0.4)),  # rewards: nobody judged r5
        (P[5], "answer 1", "answer 0", pytest.approx(0.1)),  # r6's even split does not block its reward pair
    ]
    # r1's reward pair would say "answer 1" (thumbs down) is the better one
    assert stats.skipped == {"contradicts_human": 1, "strategy_none": 1}
    assert (stats.read, stats.exported, stats.human) == (8, 5, 3)


def test_kto_uses_human_labels_where_present(human_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kto.jsonl"
    stats = run_export(ExportConfig(db=human_db, format="kto", out=out))
    got = [(r["prompt"], r["completion"], r["label"]) for r in read_rows(out)]
    assert got == [
        (P[1], "answer 1", False), (P[2], "answer 2", True), (P[3], "n0", True), (P[3], "n1", False),
        (P[6], "answer 0", True),  # human rows first, in log order
        (P[4], "answer 1", True), (P[4], "answer 0", False), (P[5], "answer 1", True), (P[5], "answer 0", False),
    ]
    assert stats.human == 5 and stats.skipped == {"strategy_none": 1}
    kto = pytest.importorskip("training.recipes.kto")  # `aligned-train kto` reads these rows as they are
    assert [(r.prompt, r.completion, r.label) for r in kto.load_kto(str(out))] == got


def test_sft_skips_winners_people_rejected_and_no_human_ignores_them(human_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sft.jsonl"
    stats = run_export(ExportConfig(db=human_db, format="sft", out=out))
    assert [r.messages[0]["content"] for r in load_sft(out)] == ["prompt 2", "prompt 4", "prompt 5", "prompt 6"]
    assert stats.skipped == {"human_rejected": 1, "strategy_none": 3}
    stats = run_export(ExportConfig(db=human_db, format="pairs", out=out, human=False))
    assert [(r["prompt"], r["chosen"]) for r in read_rows(out)] == [
        (P[1], "answer 1"), (P[2], "answer 1"), (P[4], "answer 1"), (P[5], "answer 1"), (P[6], "answer 0")]
    assert stats.human == 0 and stats.skipped == {"strategy_none": 3}


def test_postgres_log_exports_exactly_like_sqlite(postgres_dsn: str, human_db: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture) -> None:
    write_human_log(postgres_dsn)
    for fmt in ("sft", "pairs", "kto"):
        pg_out, lite_out = tmp_path / f"pg.{fmt}.jsonl", tmp_path / f"lite.{fmt}.jsonl"
        assert main(["--feedback-db", postgres_dsn, "--format", fmt, "--out", str(pg_out)]) == 0
        assert main(["--db", str(human_db), "--format", fmt, "--out", str(lite_out)]) == 0
        assert pg_out.read_text() == lite_out.read_text() and pg_out.read_text()
    printed = capsys.readouterr().out
    assert "kto: read 8, exported 9 (5 from human feedback)" in printed
    assert "secret" not in printed
    bad = postgres_dsn.replace("postgres@", "postgres:secret@").replace("/postgres?", "/no_such_db?")
    assert main(["--db", bad, "--format", "kto", "--out", str(tmp_path / "x.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "no_such_db" in err and "secret" not in err


def test_the_served_default_s_rows_match_their_model() -> None:
    """The server's default logs as "ensemble(main+50*rule:instructions)" at "<main's version>+<rule's>": a filter
    on main (or main@v) still selects those rows; a filter on another name does not."""
    from training.data.export import matches_reward_model

    served = record("s", CHAT, [1.0, 51.0], rm="ensemble(main+50*rule:instructions)", version="v7+1")
    assert matches_reward_model(served, "main") and matches_reward_model(served, "main@v7")
    assert not matches_reward_model(served, "main@v6") and not matches_reward_model(served, "rule:instructions")
    weighted = record("w", CHAT, [1.0], rm="ensemble(2*helpful+rule:json)", version="3+1")
    assert matches_reward_model(weighted, "helpful@3") and not matches_reward_model(weighted, "main")
    assert matches_reward_model(record("p", CHAT, [1.0], rm="main", version="v7"), "main@v7")
