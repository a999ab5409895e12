"""RFT: rejection-sampling fine-tuning, iterated (expert iteration) on the bundled instruction-following task.

`aligned-train rft iterate --rounds K` closes the loop (as in RAFT, Dong et al. 2023, and ReST, Gulcehre et al.
2023). Each round, with the current policy:
  1. sample N answers per train prompt and `eval_samples` per held-out prompt, in one engine session
     (`training.sampling.generate`: vLLM offline in a child process, or HF generate with `--engine transformers`);
  2. held-out: the judged pass rate of a single sample (`ifeval_task.passes`, averaged over eval_samples);
  3. train: score every answer with the reward model, keep each prompt's best answer when its reward >= threshold;
  4. SFT the policy on those winners (`training.recipes.sft`) → the next round's policy.
A final held-out evaluation measures the last policy. Everything lands in `output_dir/round-k/` and the summary in
`output_dir/rft_iterate.json`; a rerun skips completed rounds. The SFT step of each round takes `aligned-train sft`'s
flags (all but output_dir, model and seed, which the round sets); `aligned-train rft` without `iterate` is
`aligned-train sft`.

    python -m training.recipes.rft iterate --rounds 1 --output-dir runs/rft-iter --train-prompts 200 --n 4 --lora
"""

import json
import logging
import math
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from reward_models.base import RewardModelError
from training import config, sampling
from training.checkpointing import write_json_atomic
from training.config import check_bounds
from training.data.formats import SFTRow, write_jsonl
from training.data.ifeval_task import TaskPrompt, judge, passes
from training.recipes.policy_common import load_reward_model, resolve_model_dir, task_prompts
from training.recipes.sft import SFTConfig
from training.recipes.sft import main as sft_main
from training.recipes.sft import train as sft_train
from training.sampling import VLLM_MAX_MODEL_LEN, SampleRequest, SamplingSettings

logger = logging.getLogger(__name__)

SUMMARY_FILE = "rft_iterate.json"


def _texts(engine: str) -> Callable[..., list[list[list[str]]]]:
    return lambda *args: sampling.ENGINES[engine](*args).texts()


# Engine name -> (model_dir, requests, settings, seed) -> texts per request, per conversation: the interface that
# training/eval_policy.py imports from here (with SampleRequest and pass_rates). New code calls sampling.generate.
ENGINES: dict[str, Callable[..., list[list[list[str]]]]] = {name: _texts(name) for name in sampling.ENGINES}


@dataclass
class IterateConfig:
    """Settings of `aligned-train rft iterate`; the SFT step of each round takes the `aligned-train sft` flags."""

    output_dir: str = field(
        default="", metadata={"help": "round-k/ directories and rft_iterate.json go here"}
    )
    rounds: int = field(default=1, metadata={"help": "sample → filter → train rounds"})
    model: str | None = field(default=None, metadata={"help": "initial policy dir; None = default generator"})
    reward_model: str = field(
        default="ifeval-judge", metadata={"help": "rule:..., ifeval-judge, or an RM dir"}
    )
    engine: str = field(default="vllm", metadata={"help": "sampler: vllm or transformers"})
    n: int = field(default=8, metadata={"help": "samples per train prompt (best-of-N)"})
    threshold: float = field(
        default=1.0, metadata={"help": "keep a prompt's best answer when its reward >= this"}
    )
    train_prompts: int | None = field(
        default=None, metadata={"help": "bundled train prompts used (None = all)"}
    )
    heldout_prompts: int | None = field(
        default=None, metadata={"help": "held-out prompts evaluated (None = all)"}
    )
    eval_samples: int = field(
        default=4, metadata={"help": "samples per held-out prompt for the n=1 pass rate"}
    )
    max_new_tokens: int = field(default=96, metadata={"help": "answer length cap"})
    temperature: float = field(default=1.0, metadata={"help": "sampling temperature (train and held-out)"})
    top_p: float = field(default=1.0, metadata={"help": "nucleus sampling p"})
    max_prompt_length: int = field(
        default=512, metadata={"help": "prompt tokens kept (HF engine; vLLM context)"}
    )
    seed: int = field(default=0, metadata={"help": "seed of prompts, engine and training"})

    def __post_init__(self) -> None:
        problems = [] if self.output_dir else ["output_dir is required"]
        if self.engine not in sampling.ENGINES:
            problems.append(f"engine must be one of {sorted(sampling.ENGINES)}, got {self.engine!r}")
        problems += check_bounds(self, positive=("rounds", "n", "eval_samples"),
                                 at_least_one=("train_prompts", "heldout_prompts"))
        if self.max_prompt_length + self.max_new_tokens > VLLM_MAX_MODEL_LEN:
            problems.append(f"max_prompt_length + max_new_tokens must be <= {VLLM_MAX_MODEL_LEN}")
        if not math.isfinite(self.threshold):
            problems.append(f"threshold must be finite, got {self.threshold}")
        try:
            self.sampling()
        except ValueError as exc:
            problems.append(str(exc))
        if problems:
            raise ValueError("invalid IterateConfig: " + "; ".join(problems))

    def sampling(self) -> SamplingSettings:
        return SamplingSettings(self.max_new_tokens, self.temperature, self.top_p, self.max_prompt_length)


def pass_rates(tasks: Sequence[TaskPrompt], samples: Sequence[Sequence[str]]) -> dict[str, float]:
    """Judged quality of single samples: pass_rate = mean over prompts and samples of passes(); judge_score the
    same for the partial-credit judge(); any_pass = share of prompts where some sample passes."""
    flat = [(t, s) for t, group in zip(tasks, samples) for s in group]
    return {
        "pass_rate": sum(passes(s, t.constraints) for t, s in flat) / max(len(flat), 1),
        "judge_score": sum(judge(s, t.constraints) for t, s in flat) / max(len(flat), 1),
        "any_pass": sum(any(passes(s, t.constraints) for s in g) for t, g in zip(tasks, samples)) / max(len(tasks), 1),
    }


def select_winners(
    tasks: Sequence[TaskPrompt], samples: Sequence[Sequence[str]], rewards: Sequence[Sequence[float]], threshold: float
) -> list[SFTRow]:
    """Each prompt's top-reward non-empty sample (first on ties), kept when its reward >= threshold."""
    rows = []
    for task, texts, scores in zip(tasks, samples, rewards):
        scored = [(r, t) for r, t in zip(scores, texts) if t.strip()]
        if not scored:
            continue
        reward, text = max(scored, key=lambda x: x[0])
        if reward >= threshold:
            rows.append(SFTRow(list(task.messages) + [{"role": "assistant", "content": text}]))
    return rows


def sample_round(
    cfg: IterateConfig, k: int, policy: Path, train_tasks: Sequence[TaskPrompt], heldout: Sequence[TaskPrompt],
    rm: Any,
) -> dict[str, Any]:
    """One engine session with `policy`: N samples per train prompt (scored, best kept when >= threshold) and
    eval_samples per held-out prompt (judged). Returns the round record; "_winners" holds the SFT rows."""
    t0 = time.time()
    train_samples, eval_samples = sampling.generate(
        cfg.engine, policy,
        [SampleRequest([t.messages for t in train_tasks], cfg.n),
         SampleRequest([t.messages for t in heldout], cfg.eval_samples)],
        cfg.sampling(), cfg.seed + k,
    ).texts()
    flat_prompts = [t.messages for t, group in zip(train_tasks, train_samples) for _ in group]
    flat_rewards = rm.score(flat_prompts, [s for group in train_samples for s in group])
    rewards = [flat_rewards[i * cfg.n : (i + 1) * cfg.n] for i in range(len(train_tasks))]
    winners = select_winners(train_tasks, train_samples, rewards, cfg.threshold)
    return {
        "round": k, "policy": str(policy), "heldout_before": pass_rates(heldout, eval_samples),
        "train_samples": pass_rates(train_tasks, train_samples),
        "mean_reward": sum(flat_rewards) / max(len(flat_rewards), 1), "winners": len(winners),
        "sample_seconds": round(time.time() - t0, 1), "_winners": [w.to_dict() for w in winners],
    }


def iterate(cfg: IterateConfig, sft: SFTConfig) -> dict[str, Any]:
    """Run the rounds (skipping those already in the summary) and return the summary. `sft` configures each
    round's SFT step; the round sets its data, output directory, model and seed."""
    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary_path = out / SUMMARY_FILE
    summary: dict[str, Any] = json.loads(summary_path.read_text()) if summary_path.is_file() else {}
    summary.setdefault("config", asdict(cfg))
    summary.setdefault("sft", asdict(sft))
    summary.setdefault("rounds", [])
    train_tasks = task_prompts("train", cfg.train_prompts, cfg.seed)
    heldout = task_prompts("heldout", cfg.heldout_prompts, cfg.seed)
    rm = load_reward_model(cfg.reward_model)
    policy = resolve_model_dir(cfg.model)
    summary["initial_model"] = str(policy)
    for done in summary["rounds"]:
        policy = Path(done["model"])
    logger.info("rft iterate: %d train / %d held-out prompts, reward %s@%s, %d of %d rounds done",
                len(train_tasks), len(heldout), rm.name, rm.version, len(summary["rounds"]), cfg.rounds)

    for k in range(len(summary["rounds"]), cfg.rounds):
        round_dir = out / f"round-{k}"
        sampled = round_dir / "sampling.json"  # written after winners.jsonl: a rerun skips sampling
        if sampled.is_file():
            record: dict[str, Any] = json.loads(sampled.read_text())
        else:
            record = sample_round(cfg, k, policy, train_tasks, heldout, rm)
            write_jsonl(round_dir / "winners.jsonl", record.pop("_winners"))
            write_json_atomic(sampled, record)
        logger.info("round %d: held-out pass rate %.3f, %d winners of %d prompts", k,
                    record["heldout_before"]["pass_rate"], record["winners"], len(train_tasks))
        if not record["winners"]:
            raise ValueError(f"round {k}: no sample reached the threshold {cfg.threshold}; lower --threshold")
        t1 = time.time()
        result = sft_train(replace(sft, train_data=str(round_dir / "winners.jsonl"),
                                   output_dir=str(round_dir / "model"), model=str(policy), seed=cfg.seed + k))
        record.update(model=str(result.output_dir), train_steps=result.steps, train_loss=result.metrics.get("loss"),
                      train_seconds=round(time.time() - t1, 1))
        policy = result.output_dir
        summary["rounds"].append(record)
        write_json_atomic(summary_path, summary)

    if "final" not in summary or summary["final"].get("model") != str(policy):
        (eval_samples,) = sampling.generate(cfg.engine, policy, [SampleRequest([t.messages for t in heldout],
                                                                               cfg.eval_samples)],
                                            cfg.sampling(), cfg.seed + cfg.rounds).texts()
        summary["final"] = {"model": str(policy), "heldout": pass_rates(heldout, eval_samples)}
        write_json_atomic(summary_path, summary)
    return summary


# ---------------------------------------------------------------------------------------------------- CLI

PER_ROUND = {"train_data": "<per round>", "output_dir": "<per round>"}  # set by each round (as model and seed are)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] != ["iterate"]:
        return sft_main(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    parser = config.build_parser(IterateConfig, "aligned-train rft iterate",
                                 "best-of-N sampling → filter → SFT rounds on the bundled task")
    parser.epilog = "The SFT step of each round also takes the flags of `aligned-train sft` (see its --help)."
    parser.allow_abbrev = False  # an SFT flag must not be read as an abbreviation of one of iterate's
    args, rest = parser.parse_known_args(argv[1:])
    cfg = config.config_from_args(parser, IterateConfig, args)
    sft_parser = config.build_parser(SFTConfig, "aligned-train rft iterate", "the SFT step of each round")
    sft_parser.set_defaults(**PER_ROUND)
    sft_cfg = config.config_from_args(sft_parser, SFTConfig, sft_parser.parse_args(rest))
    try:
        summary = iterate(cfg, sft_cfg)
    except (ValueError, FileNotFoundError, RewardModelError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"rounds": [{k: r[k] for k in ("round", "heldout_before", "winners")}
                                 for r in summary["rounds"]], "final": summary["final"]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
