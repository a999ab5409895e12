"""Reward models: protocol, HF runtime, ensembles, rule rewards, DPO implicit rewards and the hot-swap registry."""
