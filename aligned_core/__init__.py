"""aligned_core: the contracts that the server (`aligned_serve`, `reward_models`) and the trainer (`training`)
share, and nothing else. It imports neither side; both import it.

- `default_models`: the cache layout, the embedded default generator (GGUF → safetensors) and the default
  reward model, materialised from its committed artifact.
- `rm_artifact`: the small, committed form of a reward model trained on top of a base model's first layers.
- `platform`: CPU/vLLM helpers (native bf16, dtype, SIGTERM handling, offline kwargs).
- `checkpoint_meta`: `aligned_meta.json`, checkpoint fingerprints and versions.
- `feedback`: the feedback log's schema and stores (SQLite, PostgreSQL), written by the server, read by exports.
- `errors`: `ServingError`, the base of every error that becomes an OpenAI-shaped HTTP error.
"""

__version__ = "0.1.0"
