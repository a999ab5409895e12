"""kill -9 under load, small scale: real server subprocesses (transformers engine on the tiny Llama, a rule
reward), load from loadtests/load.py, SIGKILL mid-load, then the log is checked row by row: one server on SQLite,
and two servers sharing one PostgreSQL database (tests/pg_server.py starts a real one).

Each takes ~30-60 s on 2 CPU cores (most of it the servers' start-up), so they stay in the default run.
"""

from pathlib import Path

from aligned_core.feedback import FeedbackRecord
from loadtests.kill9_feedback import Kill9Config, Kill9Report, malformed, row_id, rows_metric, run_kill9


def test_kill9_under_load_loses_no_committed_row(tiny_lm_dir: Path, tmp_path: Path):
    cfg = Kill9Config(engine="transformers", model=str(tiny_lm_dir), reward_model="rule:length?target=20",
                      scenario="aligned", concurrency=3, requests=40, kill_after=5, max_tokens=8,
                      workdir=tmp_path, start_timeout_s=300)
    report = run_kill9(cfg)
    table = report.markdown()
    assert report.passed, f"\n{table}\n(server log: {tmp_path / 'server.log'})"
    assert report.exit_codes == [-9] and report.integrity == "ok"
    assert report.ok_before_kill >= cfg.kill_after and report.in_flight_at_kill >= 1
    assert report.ok_committed + report.ok_not_committed == report.ok_before_kill
    assert report.rows_after >= report.seen_committed_before_kill >= 1
    # every row is one of ours: a 200 before the kill, or a request in flight at the kill
    assert report.rows_after == report.ok_committed + report.rows_without_response
    assert report.rows_without_response <= report.in_flight_at_kill


def test_kill9_two_servers_on_one_postgres_lose_no_committed_row(tiny_lm_dir: Path, tmp_path: Path,
                                                                  postgres_dsn: str):
    """Two servers write to one PostgreSQL log under load and are both SIGKILLed mid-load."""
    cfg = Kill9Config(engine="transformers", model=str(tiny_lm_dir), reward_model="rule:length?target=20",
                      scenario="aligned", concurrency=2, requests=30, kill_after=8, max_tokens=8,
                      workdir=tmp_path, start_timeout_s=300, feedback_db=postgres_dsn, servers=2)
    report = run_kill9(cfg)
    table = report.markdown()
    assert report.passed, f"\n{table}\n(server logs: {tmp_path})"
    assert report.exit_codes == [-9, -9] and report.integrity == "ok"  # amcheck on every index
    assert report.ok_before_kill >= cfg.kill_after and report.in_flight_at_kill >= 1
    assert report.rows_after >= report.seen_committed_before_kill >= 1
    assert report.rows_after == report.ok_committed + report.rows_without_response
    # both servers wrote: the committed 200s came from both ports' loads
    assert (tmp_path / "server-0.log").is_file() and (tmp_path / "server-1.log").is_file()


def test_a_lost_or_mismatched_row_fails_the_verdict():
    good = Kill9Report(exit_codes=[-9], in_flight_at_kill=2, integrity="ok", rows_after=5,
                       metric_rows_before_kill=5, reopen_appends=True)
    assert good.passed
    for broken in (
        Kill9Report(**{**good.__dict__, "lost_committed": ["req-1"]}),
        Kill9Report(**{**good.__dict__, "mismatched": ["req-2"]}),
        Kill9Report(**{**good.__dict__, "integrity": "*** in database main ***"}),
        Kill9Report(**{**good.__dict__, "metric_rows_before_kill": 6}),  # the server had committed more
        Kill9Report(**{**good.__dict__, "in_flight_at_kill": 0}),  # not killed under load: proves less
        Kill9Report(**{**good.__dict__, "exit_codes": [-9, 0]}),  # one of two servers was not killed
    ):
        assert not broken.passed
        assert "FAIL" in broken.markdown()


def test_helpers():
    assert row_id("chatcmpl-0123abcd") == "req-0123abcd" and row_id("cmpl-ff") == "req-ff"
    metrics = ("# HELP x\naligned_serve_feedback_rows_written_created 1.7e9\n"
               "aligned_serve_feedback_rows_written 12.0\n")
    assert rows_metric(metrics) == 12
    rec = FeedbackRecord(id="req-1", endpoint="chat", generator_model="g", reward_model="rm",
                         reward_model_version="1", strategy="best_of_n",
                         prompt=[{"role": "user", "content": "hi"}], sampling={}, alignment={},
                         candidates=[{"index": 0, "text": "a"}, {"index": 1, "text": "b"}],
                         chosen_indices=[1],
                         accepted=True, prompt_tokens=3, completion_tokens=4)
    assert malformed(rec) is None
    assert malformed(FeedbackRecord(**{**rec.__dict__, "chosen_indices": [2]})) is not None
    assert malformed(FeedbackRecord(**{**rec.__dict__, "candidates": []})) is not None
