"""`aligned-train`: one command for every training step, dispatched lazily to each step's own `main(argv)`.

    aligned-train synth --train-prompts 600 --heldout-prompts 150      # bundled preference data
    aligned-train rm --train-data pairs.jsonl --output-dir runs/rm      # reward model
    aligned-train eval-rm --model runs/rm                               # accuracy + best-of-N table
    aligned-train eval-search --model runs/rm --split validation        # speculative rejection vs best-of-N, offline
    aligned-train compare-rm --candidate runs/E/eval/eval.json --incumbent v1/eval.json  # the release gate
    aligned-train soup --models runs/E,runs/v1 --weights 0.75,0.25 --output-dir runs/W  # average weights (WARM)
    aligned-train replay --ranked X.ranked.jsonl --reward-model DIR --db log.sqlite  # offline best-of-N log
    aligned-train eval-policy --model runs/rft/model                    # held-out pass rate of n=1 sampling
    aligned-train export --db feedback.sqlite --format sft|pairs|kto --out rows.jsonl  # the log (or postgresql://)
    aligned-train sft --train-data winners.jsonl --output-dir runs/sft  # SFT (rft iterate: rounds of it)
    aligned-train export | dpo | kto | ppo | rft ...                    # see each command's --help

Every recipe (rm, dpo, kto, sft, ppo) runs on one loop (training/loop.py) with one config base (training/config.py).

Multi-GPU / multi-node: `accelerate launch --config_file training/configs/deepspeed_zero2.yaml -m training.cli rm ...`.
"""

import argparse
import importlib
import sys
from collections.abc import Callable

# Command -> "module:function"; the function takes argv (list[str]) and returns an exit code. Modules are
# imported only when their command runs, so a missing or broken one fails alone, with a clear message.
COMMANDS: dict[str, str] = {
    "synth": "training.data.synth:main",
    "augment": "training.data.augment:main",
    "rm": "training.recipes.rm:main",
    "eval-rm": "training.eval:main",
    "eval-search": "training.eval_search:main",
    "eval-ensemble": "training.eval_ensemble:main",
    "eval-instructions": "training.eval_instructions:main",
    "compare-rm": "training.eval_compare:main",
    "soup": "training.soup:main",
    "export": "training.data.export:main",
    "replay": "training.data.replay:main",
    "eval-policy": "training.eval_policy:main",
    "dpo": "training.recipes.dpo:main",
    "kto": "training.recipes.kto:main",
    "ppo": "training.recipes.ppo:main",
    "sft": "training.recipes.sft:main",
    "rft": "training.recipes.rft:main",
}


class CommandUnavailable(RuntimeError):
    """The command's module or function cannot be imported."""


def resolve(command: str) -> Callable[[list[str]], int]:
    target = COMMANDS[command]
    module_name, func_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name or module_name.startswith(f"{exc.name}."):
            raise CommandUnavailable(f"'{command}' is not available: module {module_name} was not found") from exc
        raise CommandUnavailable(f"'{command}' is not available: {module_name} needs {exc.name!r} ({exc})") from exc
    func = getattr(module, func_name, None)
    if not callable(func):
        raise CommandUnavailable(f"'{command}' is not available: {target} is not a function")
    return func


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aligned-train", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=sorted(COMMANDS), metavar="COMMAND",
                        help="one of: " + ", ".join(COMMANDS))
    parser.add_argument("args", nargs=argparse.REMAINDER, help="options of the command (see COMMAND --help)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    try:
        func = resolve(args.command)
    except CommandUnavailable as exc:
        print(f"aligned-train: error: {exc}", file=sys.stderr)
        return 2
    return int(func(args.args) or 0)


if __name__ == "__main__":
    sys.exit(main())
