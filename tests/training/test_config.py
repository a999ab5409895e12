"""The config base: shared fields declared once, recipe defaults, checks when built, and the command line."""

from dataclasses import dataclass, field, fields

import pytest

from training import config
from training.config import SupervisedConfig, TrainConfig, default_of


@dataclass
class ToyConfig(SupervisedConfig):
    lr: float = default_of(SupervisedConfig, "lr", 3e-4)
    beta: float = field(default=0.1, metadata={"help": "a recipe's own knob"})

    def problems(self) -> list[str]:
        return super().problems() + config.check_bounds(self, positive=("beta",))


def parse(argv: list[str]) -> ToyConfig:
    return config.parse_config(ToyConfig, argv, "toy", "a toy recipe")


def test_a_recipe_config_changes_a_default_and_keeps_the_shared_help():
    lr = {f.name: f for f in fields(ToyConfig)}["lr"]
    assert lr.default == 3e-4 and lr.metadata == {f.name: f for f in fields(TrainConfig)}["lr"].metadata
    assert [f.name for f in fields(ToyConfig)].count("lr") == 1


def test_flags_map_onto_the_config():
    cfg = parse(["--train-data", "t.jsonl", "--output_dir", "o", "--base-model", "m", "--no-resume", "--lr", "1e-4",
                 "--max-steps", "7", "--lora", "--mixed-precision", "bf16", "--beta", "0.5"])
    assert (cfg.train_data, cfg.output_dir, cfg.model, cfg.resume) == ("t.jsonl", "o", "m", False)
    assert (cfg.lr, cfg.max_steps, cfg.lora, cfg.mixed_precision, cfg.beta) == (1e-4, 7, True, "bf16", 0.5)
    assert parse(["--train-data", "t", "--output-dir", "o"]) == ToyConfig(train_data="t", output_dir="o")


@pytest.mark.parametrize(("argv", "message"), [
    (["--output-dir", "o"], "train_data is required"),
    (["--train-data", "t"], "output_dir is required"),
    (["--train-data", "t", "--output-dir", "o", "--beta", "0"], "beta must be > 0"),
    (["--train-data", "t", "--output-dir", "o", "--lr-schedule", "wobbly"], "lr_schedule must be one of"),
    (["--train-data", "t", "--output-dir", "o", "--warmup-ratio", "1"], "warmup_ratio must be in [0, 1)"),
    (["--train-data", "t", "--output-dir", "o", "--limit", "0"], "limit must be >= 1"),
    (["--train-data", "t", "--output-dir", "o", "--mixed-precision", "fp8"], "invalid choice"),
    (["--train-data", "t", "--output-dir", "o", "--batch-size", "two"], "invalid int value"),
])
def test_bad_values_are_usage_errors(argv, message, capsys):
    with pytest.raises(SystemExit) as exc:
        parse(argv)
    assert exc.value.code == 2 and message in capsys.readouterr().err


def test_checks_run_when_built_in_code_too():
    with pytest.raises(ValueError, match="invalid ToyConfig: .*mixed_precision must be one of.*; beta must be > 0"):
        ToyConfig(train_data="t", output_dir="o", mixed_precision="fp8", beta=-1.0)
    with pytest.raises(ValueError, match="threads must be >= 1"):
        ToyConfig(train_data="t", output_dir="o", threads=0)
