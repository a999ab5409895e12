"""Reward-model training step time with and without the shared prompt prefix and packing (`RMConfig.shared_prefix`).

    python loadtests/bench_rm_shared_prefix.py                   # the default RM preset on the bundled lists
    python loadtests/bench_rm_shared_prefix.py --steps 2 --base tests-tiny-dir --data my.ranked.jsonl   # smaller

Builds the default preset's model (4 layers of the default generator) and times forward + backward of the same
micro-batches three ways, alternating, after one warm-up each: whole sequences; the prompt prefix run once per
group with one response per row; and the default, responses of a group also packed into shared rows. Prints token
positions run (padding included), seconds per step, the speed-up, and the largest reward difference from whole
sequences (float rounding only).
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
    args = p.parse_args(argv)

    cfg = replace(rm.DEFAULT_RM_PRESET, train_data=args.data, output_dir="unused", base_model=args.base,
                  batch_size=args.batch_size)
    threads = common.set_torch_threads(None)
    torch.manual_seed(0)
    model, tok = rm.build_model(cfg)
    model.train()
    groups = [g for g in rm.load_groups(args.data) if g.pairs][: args.steps * args.batch_size]
    data = rm.encode_groups(rm.Encoder(tok, cfg.max_length), groups)
    chunks = [data[i : i + args.batch_size] for i in range(0, len(data), args.batch_size)]
    ways = {"whole sequences": rm.make_collate(tok.pad_token_id, False),
            "shared prefix": rm.make_collate(tok.pad_token_id, True, pack=False),
            "+ packed (default)": rm.make_collate(tok.pad_token_id, True)}
    batches = {name: [collate(c) for c in chunks] for name, collate in ways.items()}
    seconds: dict[str, list[float]] = {name: [] for name in ways}
    rewards: dict[str, list[torch.Tensor]] = {name: [] for name in ways}
    for i in range(len(chunks) + 1):  # step 0 warms up both ways
        for name in ways:
            batch = batches[name][max(i - 1, 0)]
            start = time.perf_counter()
            r = rm.forward_rewards(model, batch)
            r.sum().backward()
            model.zero_grad()
            if i > 0:
                seconds[name].append(time.perf_counter() - start)
                rewards[name].append(r.detach())

    def positions(b: rm.RMBatch) -> int:
        return b.input_ids.numel() + (b.prefix.ids.numel() if b.prefix is not None else 0)

    print(f"{len(chunks)} micro-batches of {args.batch_size} groups ({sum(len(d.ids) for d in data)} sequences), "
          f"{cfg.num_layers} layers, {threads} threads")
    print(f"{'way':<18} | {'positions/step':>14} | {'s/step':>7} | {'speed-up':>8}")
    base_s = statistics.mean(seconds["whole sequences"])
    for name in ways:
        s = statistics.mean(seconds[name])
        pos = statistics.mean(positions(b) for b in batches[name])
        print(f"{name:<18} | {pos:>14.0f} | {s:>7.2f} | {base_s / s:>7.2f}x")
    for name in list(ways)[1:]:
        diff = max(float((a - b).abs().max()) for a, b in zip(rewards["whole sequences"], rewards[name]))
        print(f"largest reward difference, {name} vs whole sequences: {diff:.2e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
