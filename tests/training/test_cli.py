"""aligned-train: lazy dispatch by name, clear errors for missing commands."""

import sys

import pytest

from training import cli

CALLS: list[list[str]] = []


def fake_main(argv: list[str]) -> int:
    CALLS.append(argv)
    return 7


def test_dispatches_remaining_argv_to_the_command(monkeypatch):
    monkeypatch.setitem(cli.COMMANDS, "rm", f"{__name__}:fake_main")
    CALLS.clear()
    assert cli.main(["rm", "--train-data", "x.jsonl", "--lr", "1e-4"]) == 7
    assert CALLS == [["--train-data", "x.jsonl", "--lr", "1e-4"]]


def test_every_registered_command_names_a_module_function():
    assert {"synth", "rm", "eval-rm", "export", "dpo", "kto", "ppo", "sft", "rft"} <= set(cli.COMMANDS)
    assert all(target.count(":") == 1 for target in cli.COMMANDS.values())
    assert cli.resolve("rm").__module__ == "training.recipes.rm"
    assert cli.resolve("kto").__module__ == "training.recipes.kto"
    assert cli.resolve("sft").__module__ == "training.recipes.sft"
    assert cli.resolve("eval-rm").__module__ == "training.eval"


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["frobnicate"])
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_missing_module_fails_only_when_called(monkeypatch, capsys):
    monkeypatch.setitem(cli.COMMANDS, "dpo", "training.recipes.no_such_recipe:main")
    assert cli.main(["dpo", "--help"]) == 2
    assert "'dpo' is not available: module training.recipes.no_such_recipe was not found" in capsys.readouterr().err


def test_missing_dependency_is_named(monkeypatch, tmp_path, capsys):
    (tmp_path / "needs_dep.py").write_text("import not_a_real_dependency_xyz\ndef main(argv): return 0\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(cli.COMMANDS, "ppo", "needs_dep:main")
    assert cli.main(["ppo"]) == 2
    assert "needs 'not_a_real_dependency_xyz'" in capsys.readouterr().err
    sys.modules.pop("needs_dep", None)


def test_missing_function_is_reported(monkeypatch, capsys):
    monkeypatch.setitem(cli.COMMANDS, "rft", "training.cli:no_such_function")
    assert cli.main(["rft"]) == 2
    assert "training.cli:no_such_function is not a function" in capsys.readouterr().err


def test_rm_bad_data_through_the_cli(tmp_path, capsys):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"prompt": "p", "chosen": "a"}\n')
    assert cli.main(["rm", "--train-data", str(data), "--output-dir", str(tmp_path / "o")]) == 2
    assert f"{data}:1: missing field 'rejected'" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_rm_config_errors_are_usage_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["rm", "--train-data", "x", "--output-dir", "o", "--loss", "hinge"])
    assert exc.value.code == 2 and "loss must be one of" in capsys.readouterr().err


@pytest.mark.parametrize("recipe", ["rm", "dpo", "kto", "sft", "ppo"])
def test_every_recipe_shares_the_base_flags(recipe, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main([recipe, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for flag in ("--output-dir", "--model", "--base-model", "--lr", "--lora", "--save-every", "--seed", "--no-resume",
                 "--mixed-precision", "--threads"):
        assert flag in out, (recipe, flag)
