"""Metric rows: the reducers of a window of micro-batches, metrics.jsonl on resume, and curves.png."""

import json

from training import tracking


def test_mean_metrics_and_token_weighted_loss_by_hand():
    window = [{"loss": 1.0, "accuracy": 0.5}, {"loss": 2.0, "accuracy": 1.0}, {"loss": 6.0, "accuracy": 0.0}]
    assert tracking.mean_metrics(window) == {"loss": 3.0, "accuracy": 0.5}
    # 3 tokens at loss 1 and 1 token at loss 5: (3 + 5) / 4 = 2 per token (the plain mean would be 3)
    assert tracking.token_weighted([{"loss": 1.0, "tokens": 3.0}, {"loss": 5.0, "tokens": 1.0}]) == {"loss": 2.0,
                                                                                                    "tokens": 4}
    assert tracking.prefixed({"loss": 1.0}) == {"eval_loss": 1.0}


def test_metrics_log_is_rewritten_from_the_checkpoint_history(tmp_path):
    path = tmp_path / tracking.METRICS_FILE
    path.write_text('{"step": 1}\n{"step": 2}\n{"step": 3}\n')  # step 3 was logged after the last checkpoint
    log = tracking.MetricsLog(path, [{"step": 1}, {"step": 2}])
    log.log({"step": 3, "loss": 0.5})
    assert [json.loads(line) for line in path.read_text().splitlines()] == [{"step": 1}, {"step": 2},
                                                                            {"step": 3, "loss": 0.5}]


def test_curves_png(tmp_path):
    history = [{"step": 1, "loss": 0.7, "accuracy": 0.5}, {"step": 2, "loss": 0.5, "accuracy": 0.7},
               {"step": 2, "eval_accuracy": 0.6}]
    path = tracking.save_curves_png(history, tmp_path / "c.png")
    assert path.read_bytes()[:4] == b"\x89PNG"
