"""`aligned-train synth`: generate the bundled preference data (sample k answers per prompt, then judge them).

For every prompt of the instruction-following task (`ifeval_task.make_prompts`) the generator samples `k` answers in
one request (`n=k`, so the prompt's KV cache is shared); the oracle judge scores each answer by the fraction of
instructions it satisfies. Per split the output directory gets

    {split}.ranked.jsonl   {"prompt": messages, "responses": [...], "scores": [...],
                            "meta": {"constraints", "topic", "passes", "finish_reasons"}}
    {split}.pairs.jsonl    best vs worst answer per prompt, kept when the judge's scores differ by >= --min-margin
    manifest.json          the command, seed, model, counts and pass rates (mean, oracle best-of-k, per constraint)

Run it as a module (vLLM's engine process is spawned, so it must start under `__main__`):

    python -m training.data.synth --train-prompts 600 --heldout-prompts 150 --k 8 --max-tokens 96 --seed 0
    python -m training.data.synth --engine transformers --train-prompts 4 --heldout-prompts 2   # no vLLM
"""

import argparse
import json
import os
import shlex
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from training.data.formats import PreferencePair, RankedList, ranked_to_pairs, write_jsonl
from training.data.ifeval_task import Constraint, TaskPrompt, judge, make_prompts, passes

DEFAULT_OUT = Path(__file__).resolve().parent / "bundled"
SPLITS: tuple[str, ...] = ("train", "heldout")


@dataclass
class SynthConfig:
    """Settings of one synthesis run; validated when built."""

    model: str = ""  # checkpoint directory; "" = the embedded default generator (aligned_serve.models)
    train_prompts: int = 600
    heldout_prompts: int = 150
    k: int = 8  # samples per prompt
    max_tokens: int = 96  # keeps answers short: SmolLM2-135M drifts on long generations, and CPU time is scarce
    temperature: float = 0.8  # at 1.0 SmolLM2-135M is mostly incoherent; 0.8 still gives best-of-k a spread
    top_p: float = 0.95
    seed: int = 0
    min_margin: float = 0.5  # judge scores are multiples of 1/2 or 1, so 0.5 keeps every non-tied pair
    out: str = str(DEFAULT_OUT)
    engine: str = "vllm"
    command: str = field(default="", repr=False)  # the command line, recorded in the manifest

    def __post_init__(self) -> None:
        if self.train_prompts < 0 or self.heldout_prompts < 0 or self.train_prompts + self.heldout_prompts == 0:
            raise ValueError("need a positive number of prompts")
        if self.k < 2:
            raise ValueError(f"k must be >= 2 to rank samples, got {self.k}")
        if self.max_tokens < 1:
            raise ValueError(f"max_tokens must be >= 1, got {self.max_tokens}")
        if self.temperature <= 0:
            raise ValueError(f"temperature must be > 0 for sampling, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.min_margin < 0:
            raise ValueError(f"min_margin must be >= 0, got {self.min_margin}")
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}; known: {sorted(ENGINES)}")


@dataclass
class Samples:
    """What an engine returns for one prompt: k texts and their finish reasons."""

    texts: list[str]
    finish_reasons: list[str | None]


@dataclass
class Generation:
    """An engine's output: samples per prompt, generated tokens, engine start and generation wall times."""

    samples: list[Samples]
    tokens: int
    load_seconds: float
    generate_seconds: float


# ---------------------------------------------------------------------------------------------------- engines


def generate_vllm(cfg: SynthConfig, conversations: list[list[dict]]) -> Generation:
    """One vLLM request per prompt with n=k (the k samples share the prompt's KV cache)."""
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "4")  # GiB; the CPU backend's default is larger than we need
    from vllm import LLM, SamplingParams

    from aligned_serve.engines.vllm_engine import exit_on_sigterm, offline_llm_kwargs

    exit_on_sigterm()
    start = time.perf_counter()
    # The seed goes to the engine, never into SamplingParams: a per-request seed kills EngineCore on vllm-cpu.
    llm = LLM(model=cfg.model, seed=cfg.seed, max_model_len=2048, **offline_llm_kwargs())
    params = SamplingParams(n=cfg.k, temperature=cfg.temperature, top_p=cfg.top_p, max_tokens=cfg.max_tokens)
    started = time.perf_counter()
    outputs = llm.chat(conversations, params, use_tqdm=True)
    samples = [Samples([o.text for o in out.outputs], [o.finish_reason for o in out.outputs]) for out in outputs]
    n_tokens = sum(len(o.token_ids) for out in outputs for o in out.outputs)
    return Generation(samples, n_tokens, started - start, time.perf_counter() - started)


def generate_transformers(cfg: SynthConfig, conversations: list[list[dict]]) -> Generation:
    """Fallback without vLLM: HF generate with num_return_sequences=k, a few left-padded prompts per call."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    prompts_per_call = 8  # 8 prompts x k=8 = 64 sequences per decode step: amortises reading the weights
    start = time.perf_counter()
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(min(2, torch.get_num_threads()))
    tok = AutoTokenizer.from_pretrained(cfg.model, padding_side="left")
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    model = AutoModelForCausalLM.from_pretrained(cfg.model, dtype=torch.float32).eval()
    samples: list[Samples] = []
    n_tokens = 0
    started = time.perf_counter()
    for i in range(0, len(conversations), prompts_per_call):
        texts_in = [
            tok.apply_chat_template(conv, add_generation_prompt=True, tokenize=False)
            for conv in conversations[i : i + prompts_per_call]
        ]
        batch = tok(texts_in, return_tensors="pt", padding=True, add_special_tokens=False)
        with torch.no_grad():
            out = model.generate(
                **batch, do_sample=True, temperature=cfg.temperature, top_p=cfg.top_p,
                max_new_tokens=cfg.max_tokens, num_return_sequences=cfg.k, pad_token_id=tok.pad_token_id,
            )
        new = out[:, batch["input_ids"].shape[1] :]  # (P * k, T_new), grouped by prompt
        for p in range(len(texts_in)):
            texts, reasons = [], []
            for row in new[p * cfg.k : (p + 1) * cfg.k]:
                ended = (row == tok.eos_token_id).nonzero()
                length = int(ended[0]) if len(ended) else len(row)
                n_tokens += length
                texts.append(tok.decode(row[:length], skip_special_tokens=True))
                reasons.append("stop" if len(ended) else "length")
            samples.append(Samples(texts, reasons))
    return Generation(samples, n_tokens, started - start, time.perf_counter() - started)


Engine = Callable[[SynthConfig, list[list[dict]]], Generation]
ENGINES: dict[str, Engine] = {"vllm": generate_vllm, "transformers": generate_transformers}


# ---------------------------------------------------------------------------------------------------- pure part


def build_ranked(prompts: Sequence[TaskPrompt], samples: Sequence[Samples]) -> list[RankedList]:
    """Judge every sample and build ranked lists. Empty samples are dropped; prompts left with < 2 are skipped."""
    if len(prompts) != len(samples):
        raise ValueError(f"{len(prompts)} prompts for {len(samples)} sample lists")
    rows: list[RankedList] = []
    for prompt, sample in zip(prompts, samples):
        kept = [(t, r) for t, r in zip(sample.texts, sample.finish_reasons) if t.strip()]
        if len(kept) < 2:
            continue
        texts = [t for t, _ in kept]
        meta = {
            "constraints": [c.to_dict() for c in prompt.constraints],
            "topic": prompt.topic,
            "passes": [passes(t, prompt.constraints) for t in texts],
            "finish_reasons": [r for _, r in kept],
        }
        rows.append(RankedList(prompt.messages, texts, [judge(t, prompt.constraints) for t in texts], None, meta))
    return rows


def split_stats(rows: Sequence[RankedList], pairs: Sequence[PreferencePair]) -> dict[str, Any]:
    """Pass rates of one split: per sample, oracle best-of-k per prompt, and per constraint kind."""
    n_samples = sum(len(r.responses) for r in rows)
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kind -> [satisfied, total]
    for row in rows:
        for cdict in row.meta["constraints"]:
            c = Constraint.from_dict(cdict)
            counts = per_kind[c.kind]
            counts[0] += sum(c.check(t) for t in row.responses)
            counts[1] += len(row.responses)
    return {
        "prompts": len(rows),
        "samples": n_samples,
        "pairs": len(pairs),
        "mean_pass_rate": _ratio(sum(sum(r.meta["passes"]) for r in rows), n_samples),
        "mean_judge_score": _ratio(sum(sum(r.scores or []) for r in rows), n_samples),
        "oracle_best_of_k_pass_rate": _ratio(sum(any(r.meta["passes"]) for r in rows), len(rows)),
        "truncated_fraction": _ratio(sum(f == "length" for r in rows for f in r.meta["finish_reasons"]), n_samples),
        "per_constraint_pass_rate": {
            kind: {"pass_rate": _ratio(s, n), "samples": n} for kind, (s, n) in sorted(per_kind.items())
        },
    }


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


# ---------------------------------------------------------------------------------------------------- run


def run_synth(cfg: SynthConfig) -> dict[str, Any]:
    """Generate, judge and write every split; returns the manifest (also written to `out/manifest.json`)."""
    if not cfg.model:
        from aligned_serve.models import default_generator_dir

        cfg.model = str(default_generator_dir())
    sizes = {"train": cfg.train_prompts, "heldout": cfg.heldout_prompts}
    prompts = {split: make_prompts(split, sizes[split], cfg.seed) for split in SPLITS}  # type: ignore[arg-type]
    everything = [p for split in SPLITS for p in prompts[split]]

    gen = ENGINES[cfg.engine](cfg, [p.messages for p in everything])

    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {
        "command": cfg.command,
        "config": _portable_config(cfg),
        "model_name": Path(cfg.model).name,
        "generation": {
            "engine_start_seconds": round(gen.load_seconds, 1),
            "generate_seconds": round(gen.generate_seconds, 1),
            "tokens": gen.tokens,
            "tokens_per_s": round(gen.tokens / max(gen.generate_seconds, 1e-9), 1),
        },
        "versions": _versions(cfg.engine),
        "splits": {},
    }
    offset = 0
    for split in SPLITS:
        split_samples = gen.samples[offset : offset + len(prompts[split])]
        offset += len(prompts[split])
        rows = build_ranked(prompts[split], split_samples)
        pairs = ranked_to_pairs(rows, cfg.min_margin)
        write_jsonl(out / f"{split}.ranked.jsonl", (r.to_dict() for r in rows))
        write_jsonl(out / f"{split}.pairs.jsonl", (p.to_dict() for p in pairs))
        manifest["splits"][split] = split_stats(rows, pairs)
    tmp = out / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=2) + "\n")
    os.replace(tmp, out / "manifest.json")
    return manifest


def _portable_config(cfg: SynthConfig) -> dict[str, Any]:
    """The config without machine-specific path prefixes (home directory, repository root)."""
    d = {k: v for k, v in asdict(cfg).items() if k != "command"}
    d["model"] = cfg.model.replace(str(Path.home()), "~")
    try:
        d["out"] = str(Path(cfg.out).resolve().relative_to(Path.cwd()))
    except ValueError:
        pass
    return d


def _versions(engine: str) -> dict[str, str]:
    from importlib import metadata

    names = {"vllm": ["vllm", "vllm-cpu"], "transformers": ["transformers", "torch"]}[engine]
    found = {}
    for name in names:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return found


def build_parser() -> argparse.ArgumentParser:
    d = SynthConfig()
    p = argparse.ArgumentParser(prog="aligned-train synth", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default=d.model, help="generator checkpoint dir (default: embedded SmolLM2-135M)")
    p.add_argument("--train-prompts", type=int, default=d.train_prompts, help="prompts in the train split")
    p.add_argument("--heldout-prompts", type=int, default=d.heldout_prompts, help="prompts in the held-out split")
    p.add_argument("--k", type=int, default=d.k, help="samples per prompt")
    p.add_argument("--max-tokens", type=int, default=d.max_tokens, help="max new tokens per sample")
    p.add_argument("--temperature", type=float, default=d.temperature)
    p.add_argument("--top-p", type=float, default=d.top_p)
    p.add_argument("--seed", type=int, default=d.seed, help="seeds prompt sampling and the engine")
    p.add_argument("--min-margin", type=float, default=d.min_margin, help="min judge-score gap for a pair")
    p.add_argument("--out", default=d.out, help="output directory")
    p.add_argument("--engine", default=d.engine, choices=sorted(ENGINES), help="generation backend")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    cfg = SynthConfig(**vars(args), command=shlex.join(["python", "-m", "training.data.synth", *argv]))
    manifest = run_synth(cfg)
    print(json.dumps({"generation": manifest["generation"], "splits": manifest["splits"]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
