"""Reward models: protocol, HF runtime, ensembles, rules, DPO implicit rewards, hot-swap registry."""
