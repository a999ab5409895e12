"""replay: ranked samples scored by a reward model land in the feedback log as best_of_n rows, and the ordinary
export turns them into winners and best-vs-worst pairs."""

import json
from pathlib import Path

from aligned_core.feedback import read_records
from reward_models.rules import build_rule
from training.data import replay
from training.data.export import ExportConfig, run_export

PROMPT = [{"role": "user", "content": "Write three words."}]


def write_ranked(path: Path) -> Path:
    rows = [
        {"prompt": PROMPT, "responses": ["one", "one two three", "one two three four five six"], "scores": [9, 0, 0]},
        {"prompt": "plain text prompt", "responses": ["a b c", "a b c d e f g h"], "scores": [0, 1]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_replay_logs_best_of_n_rows_that_export_like_live_traffic(tmp_path: Path) -> None:
    rm = build_rule("rule:length?target=3")  # peaks at 3 words; the file's own scores must be ignored
    db = tmp_path / "log.sqlite"
    assert replay.replay(write_ranked(tmp_path / "x.ranked.jsonl"), rm, db) == 2

    recs = list(read_records(db))
    assert [r.strategy for r in recs] == ["best_of_n", "best_of_n"]
    first = next(r for r in recs if r.prompt == PROMPT)
    assert first.chosen_indices == [1] and first.reward_model == rm.name
    assert [c["reward"] for c in first.candidates] == rm.score([PROMPT] * 3, [c["text"] for c in first.candidates])

    run_export(ExportConfig(db=db, format="sft", out=tmp_path / "sft.jsonl"))
    winners = {json.dumps(r["messages"][:-1]): r["messages"][-1]["content"]
               for r in map(json.loads, (tmp_path / "sft.jsonl").read_text().splitlines())}
    assert winners[json.dumps(PROMPT)] == "one two three"
    run_export(ExportConfig(db=db, format="pairs", out=tmp_path / "pairs.jsonl"))
    pairs = [json.loads(x) for x in (tmp_path / "pairs.jsonl").read_text().splitlines()]
    assert {(p["chosen"], p["rejected"]) for p in pairs} == {
        ("one two three", "one two three four five six"), ("a b c", "a b c d e f g h")}


def test_cli_reports_bad_data_with_file_and_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.ranked.jsonl"
    bad.write_text('{"prompt": "p", "responses": ["a", "b"], "scores": [1, 0]}\nnot json\n')
    code = replay.main(["--ranked", str(bad), "--reward-model", "rule:json", "--db", str(tmp_path / "l.sqlite")])
    assert code == 2 and f"{bad}:2" in capsys.readouterr().err


def test_replay_into_postgres_reads_back_like_sqlite(tmp_path: Path, postgres_dsn: str, capsys) -> None:
    """The same replay into PostgreSQL and into SQLite: identical rows (ids aside), identical exports."""
    ranked = write_ranked(tmp_path / "x.ranked.jsonl")
    code = replay.main(["--ranked", str(ranked), "--reward-model", "rule:length?target=3",
                        "--feedback-db", postgres_dsn])
    assert code == 0 and "logged 2 best_of_n rows" in capsys.readouterr().out
    rm = build_rule("rule:length?target=3")
    replay.replay(ranked, rm, tmp_path / "log.sqlite")

    def content(target) -> list[tuple]:
        return sorted((json.dumps(r.prompt), json.dumps(r.candidates), r.chosen_indices, r.reward_model)
                      for r in read_records(target))

    assert content(postgres_dsn) == content(tmp_path / "log.sqlite") and len(content(postgres_dsn)) == 2
    for db, name in ((postgres_dsn, "pg"), (tmp_path / "log.sqlite", "lite")):
        run_export(ExportConfig(db=db, format="kto", out=tmp_path / f"{name}.kto.jsonl"))
    lines = {name: sorted((tmp_path / f"{name}.kto.jsonl").read_text().splitlines()) for name in ("pg", "lite")}
    assert lines["pg"] == lines["lite"] and len(lines["pg"]) == 4  # best and worst of each of the two lists
