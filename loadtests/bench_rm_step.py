"""Reward-model training step time: whole sequences, the shared prompt prefix, packing, and bf16 autocast.

    python loadtests/bench_rm_step.py                            # the default RM preset's model and data
    python loadtests/bench_rm_step.py --steps 2 --base tiny-dir --num-layers 2 --freeze-layers 0 --data my.jsonl

Builds the default preset's model (its first layers of the default generator) and times forward + backward of the
same micro-batches four ways, alternating, after one warm-up each: whole sequences; the prompt prefix run once per
group with one response per row (`RMConfig.shared_prefix`); responses of a group also packed into shared rows (the
float32 default); and that under bf16 autocast (`--mixed-precision bf16`, which is what `auto` picks where the
hardware computes bf16 natively: the header says whether this CPU does; emulated, it is slower than float32).
Prints token positions run (padding included), seconds per step, the speed-up over whole sequences, and the largest
reward difference from whole sequences beside the rewards' mean size (float rounding; bf16 rounds more).
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace

import torch

from training.recipes import common, rm


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", default=rm.DEFAULT_RM_PRESET.train_data, help="ranked or pairs JSONL")
    p.add_argument("--base", default=None, help="base checkpoint (default: the default generator)")
    p.add_argument("--steps", type=int, default=6, help="micro-batches timed per way")
    p.add_argument("--batch-size", type=int, default=rm.DEFAULT_RM_PRESET.batch_size)
    p.add_argument("--num-layers", type=int, default=rm.DEFAULT_RM_PRESET.num_layers)
    p.add_argument("--freeze-layers", type=int, default=rm.DEFAULT_RM_PRESET.freeze_layers)
    p.add_argument("--threads", type=int, default=None, help="torch threads (default: the available cores)")
    args = p.parse_args(argv)

    from aligned_core.platform import cpu_has_native_bf16

    cfg = replace(rm.DEFAULT_RM_PRESET, train_data=args.data, output_dir="unused", base_model=args.base,
                  batch_size=args.batch_size, num_layers=args.num_layers, freeze_layers=args.freeze_layers)
    threads = common.set_torch_threads(args.threads)
    torch.manual_seed(0)
    model, tok = rm.build_model(cfg)
    model.train()
    groups = [g for g in rm.load_groups(args.data) if g.pairs][: args.steps * args.batch_size]
    data = rm.encode_groups(rm.Encoder(tok, cfg.max_length), groups)
    chunks = [data[i : i + args.batch_size] for i in range(0, len(data), args.batch_size)]
    packed = rm.make_collate(tok.pad_token_id, True)
    ways = {"whole sequences": (rm.make_collate(tok.pad_token_id, False), "no"),
            "shared prefix": (rm.make_collate(tok.pad_token_id, True, pack=False), "no"),
            "+ packed": (packed, "no"),
            "+ bf16 autocast": (packed, "bf16")}
    batches = {name: [collate(c) for c in chunks] for name, (collate, _) in ways.items()}
    seconds: dict[str, list[float]] = {name: [] for name in ways}
    rewards: dict[str, list[torch.Tensor]] = {name: [] for name in ways}
    for i in range(len(chunks) + 1):  # step 0 warms up every way
        for name, (_, precision) in ways.items():
            batch = batches[name][max(i - 1, 0)]
            start = time.perf_counter()
            with common.autocast("cpu", precision):
                r = rm.forward_rewards(model, batch)
            r.sum().backward()
            model.zero_grad()
            if i > 0:
                seconds[name].append(time.perf_counter() - start)
                rewards[name].append(r.detach())

    def positions(b: rm.RMBatch) -> int:
        return b.input_ids.numel() + (b.prefix.ids.numel() if b.prefix is not None else 0)

    print(f"{len(chunks)} micro-batches of {args.batch_size} groups ({sum(len(d.ids) for d in data)} sequences), "
          f"{cfg.num_layers} layers ({cfg.freeze_layers} frozen), {threads} threads, "
          f"native bf16 on this CPU: {cpu_has_native_bf16()}")
    print(f"{'way':<18} | {'positions/step':>14} | {'s/step':>7} | {'speed-up':>8}")
    base_s = statistics.mean(seconds["whole sequences"])
    for name in ways:
        s = statistics.mean(seconds[name])
        pos = statistics.mean(positions(b) for b in batches[name])
        print(f"{name:<18} | {pos:>14.0f} | {s:>7.2f} | {base_s / s:>7.2f}x")
    size = statistics.mean(float(r.abs().mean()) for r in rewards["whole sequences"])
    for name in list(ways)[1:]:
        diff = max(float((a - b).abs().max()) for a, b in zip(rewards["whole sequences"], rewards[name]))
        print(f"largest reward difference, {name} vs whole sequences: {diff:.2e} (mean |reward| {size:.2e})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
