"""Task definitions whose answers a program can judge: the source of the synthesized reward-model data.

`instructions` (task v2) holds verifiable instruction families, their hand-written phrasings, request templates and
the fixed train / validation / test splits. Task v1 lives in `training.data.ifeval_task`.
"""
