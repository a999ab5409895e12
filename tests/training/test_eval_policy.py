"""eval-policy on the transformers engine with a tiny model: the report is the judged pass rate of its samples."""

from training.eval_policy import evaluate_policy, main
from training.recipes.policy_common import SamplingSettings


def test_report_counts_prompts_and_samples(tiny_lm_dir) -> None:
    report = evaluate_policy(str(tiny_lm_dir), prompts=3, samples=2, engine="transformers",
                             settings=SamplingSettings(max_new_tokens=8, temperature=1.0))
    assert report["prompts"] == 3 and report["samples_per_prompt"] == 2
    assert 0.0 <= report["pass_rate"] <= report["any_pass"] <= 1.0
    assert 0.0 <= report["judge_score"] <= 1.0


def test_cli_rejects_bad_counts(capsys) -> None:
    assert main(["--samples", "0"]) == 2
    assert "--samples" in capsys.readouterr().err
