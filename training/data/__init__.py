"""Training data: JSONL formats (pairs, ranked lists, SFT), the bundled instruction-following task and `synth`."""
