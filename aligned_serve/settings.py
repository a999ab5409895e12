"""Server settings: one typed, validated object built at start-up (env vars `ALIGNED_SERVE_*` or CLI flags).

No module-global settings: `build_app(settings)` receives it and everything reads it from `app.state`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from aligned_core.default_models import cache_dir
from aligned_serve.protocol.rewards import AnyLoadRewardModelRequest

StrategyName = Literal["best_of_n", "rejection", "rerank", "search", "none"]


def default_checkpoint_roots() -> list[str]:
    """Where admin may load checkpoints from by default: the cache dir and ./runs of the working directory."""
    return [str(cache_dir()), str(Path.cwd() / "runs")]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ALIGNED_SERVE_", extra="ignore")

    # --- generator -------------------------------------------------------------------------------------------
    engine: Literal["vllm", "transformers", "remote"] = Field("vllm", description="generation engine")
    model: str | None = Field(None, description="generator checkpoint dir (None: the embedded SmolLM2 default)")
    served_model_name: str | None = Field(None, description="model id clients use (default: dir name)")
    max_model_len: int = Field(2048, ge=64, description="context length (prompt + completion tokens)")
    remote_base_url: str | None = Field(None, description="remote engine: upstream base URL ending in /v1")
    remote_api_key: str | None = Field(None, description="remote engine: upstream API key")
    vllm_dtype: str = Field(
        "auto", description="vLLM dtype; 'auto' = float32 on CPUs without native bf16 (5x faster there), else vLLM's"
    )
    vllm_enforce_eager: bool | None = Field(
        None, description="skip torch.compile; None: eager on CPU (compiling adds ~2 min to the start there and gave "
        "no decode speed-up, loadtests/bench_vllm_dtype.py), compiled on GPU")
    vllm_kv_cache_gib: int = Field(4, ge=1, description="CPU KV cache size (VLLM_CPU_KVCACHE_SPACE)")
    vllm_block_size: int | None = Field(
        None, ge=8, multiple_of=8,
        description="KV block size in tokens, the granularity of prefix-cache hits (search continues partial "
        "answers from cached blocks); a multiple of 32 on CPU; None: 32 on CPU (vLLM-CPU's own default is 128), "
        "vLLM's default on GPU")
    vllm_gpu_memory_utilization: float = Field(0.85, gt=0, le=1)
    seed: int = Field(0, description="engine seed")

    # --- reward models ---------------------------------------------------------------------------------------
    reward_model: str | None = Field(
        None, description="default reward model: a checkpoint dir, a 'rule:...' spec, or None for the trained default"
    )
    reward_model_name: str = Field("main", description="registry name of the default reward model")
    reward_verifier: str | None = Field(
        "rule:instructions", description="a rule added to the default reward model's score, weighted by "
        "reward_verifier_weight: 'rule:instructions' reads the request's verifiable instructions (word and "
        "sentence counts, keywords, case, start and end phrases, ...) and scores the fraction an answer satisfies; "
        "'none' scores with the default reward model alone")
    reward_verifier_weight: float = Field(
        50.0, ge=0, allow_inf_nan=False,
        description="reward units the verifier adds per unit of its score (rule:instructions: for an "
        "answer that satisfies every instruction read), larger than the default reward model's spread within one "
        "request's candidates, so the verifier decides where it reads instructions and the model ranks the rest")
    reward_device: str = Field("cpu", description="device for HF reward models")
    reward_batch_size: int = Field(16, ge=1)
    reward_batch_window_ms: float = Field(2.0, ge=0, description="how long scoring waits to merge requests")
    reward_dtype: Literal["auto", "float32", "bfloat16", "float16", "int8"] | None = Field(
        None, description="dtype for HF reward models; None: float32 on CPU, the checkpoint's own dtype elsewhere; "
        "int8: dynamic int8 quantisation of the backbone's linear layers (CPU only, ~3x faster scoring)"
    )
    reward_partial_dtype: Literal["auto", "int8"] | None = Field(
        "auto", description="int8: HF reward models also keep an int8 copy that scores the partial answers of "
        "strategy search at its checkpoints (CPU only); whole answers keep reward_dtype. auto (the default): int8 "
        "on a CPU reward device, as search's defaults were chosen and benchmarked; none: partial answers in "
        "reward_dtype"
    )
    reward_max_length: int = Field(
        1024, ge=2, description="tokens per scored (prompt, response) pair; longer prompts are cut from the left"
    )
    allow_request_rules: bool = Field(
        True, description="let requests name 'rule:...' reward specs (regex, length, json); the server's own "
        "configured reward models are unaffected"
    )
    reward_models: Annotated[list[AnyLoadRewardModelRequest], NoDecode] = Field(
        default_factory=list,
        description="more reward models to register at start-up, each an admin load body (a checkpoint, "
        '{"name", "kind": "remote", "url", "protocol"} or {"name", "kind": "judge", ...}): a JSON list, or the '
        "path of a .json/.yaml file holding one",
    )
    torch_threads: int | None = Field(
        None, ge=1, description="torch threads in the server process (reward scoring, transformers engine); "
        "None: 1 when vLLM runs on CPU (it pins its own worker to the other cores), else torch's default"
    )

    # --- alignment defaults (plain OpenAI clients get these) -------------------------------------------------
    default_strategy: StrategyName = "best_of_n"
    default_n: int = Field(4, ge=1, description="candidates per request for best_of_n / rerank")
    default_threshold: float = 0.0
    default_max_samples: int = Field(16, ge=1)
    default_batch_size: int = Field(4, ge=1)
    default_max_tokens: int = Field(256, ge=1)
    default_chunk_tokens: int = Field(16, ge=1, description="search: tokens generated between two scorings")

    # --- limits ----------------------------------------------------------------------------------------------
    max_n: int = Field(64, ge=1, description="largest candidate count a request may ask for")
    max_samples_limit: int = Field(128, ge=1, description="largest rejection-sampling budget")
    max_search_rounds: int = Field(64, ge=1, description="search: most scoring rounds (max_tokens / chunk_tokens)")
    max_choices: int = Field(16, ge=1, description="largest OpenAI `n` (choices returned)")
    max_concurrent_requests: int = Field(64, ge=1, description="in-flight requests before 429")

    # --- operations ------------------------------------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    admin_key: str | None = Field(None, description="Bearer key for /admin endpoints; admin is off when unset")
    checkpoint_roots: Annotated[list[str], NoDecode] = Field(
        default_factory=default_checkpoint_roots,
        description="folders admin may load checkpoints from (comma-separated or repeated); default: the cache "
        "dir and ./runs",
    )
    api_key: str | None = Field(None, description="Bearer key for /v1 endpoints; open when unset")
    feedback_db: str | None = Field(
        "feedback.sqlite", description="feedback log: a SQLite file path, or a postgresql://user:pw@host/db DSN that "
        "every replica shares (psycopg 3, pooled); None disables it"
    )
    feedback_enabled: bool = True
    log_level: str = "info"

    @field_validator("checkpoint_roots", mode="before")
    @classmethod
    def _split_roots(cls, value: Any) -> Any:
        """"a,b" (env var or one flag) and ["a", "b,c"] (repeated flags) both become a flat list of folders."""
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list | tuple):
            return value
        return [part.strip() for item in items for part in str(item).split(",") if part.strip()]

    @field_validator("reward_models", mode="before")
    @classmethod
    def _read_reward_models(cls, value: Any) -> Any:
        """A JSON list (env var or flag), or a .json/.yaml file path, becomes the list of load bodies."""
        if not isinstance(value, str):
            return value
        text = value.strip()
        if not text or text.startswith("["):
            return json.loads(text or "[]")
        path = Path(text)
        if path.suffix in (".yaml", ".yml"):
            import yaml

            return yaml.safe_load(path.read_text())
        return json.loads(path.read_text())

    @field_validator("reward_partial_dtype", mode="before")
    @classmethod
    def _partial_dtype(cls, value: Any) -> Any:
        return None if isinstance(value, str) and value.strip().lower() in ("", "none", "off") else value

    def partial_dtype(self) -> str | None:
        """The dtype of partial-answer scoring: "auto" resolved (int8 on a CPU reward device whose whole answers are
        float32)."""
        if self.reward_partial_dtype != "auto":
            return self.reward_partial_dtype
        return "int8" if self.reward_device == "cpu" and self.reward_dtype in (None, "auto", "float32") else None

    @field_validator("reward_verifier", mode="before")
    @classmethod
    def _verifier(cls, value: Any) -> Any:
        """'none' or '' (a flag, an env var) turns the verifier off; anything else must be a rule spec."""
        if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "off")):
            return None
        if not (isinstance(value, str) and value.startswith("rule:")):
            raise ValueError(f"reward_verifier must be a 'rule:...' spec or 'none', got {value!r}")
        return value

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if self.engine == "remote" and not self.remote_base_url:
            raise ValueError("engine 'remote' needs remote_base_url (ALIGNED_SERVE_REMOTE_BASE_URL)")
        if self.engine == "remote" and not self.model and not self.served_model_name:
            raise ValueError("engine 'remote' needs the upstream model id in `model`")
        if self.default_n > self.max_n:
            raise ValueError(f"default_n={self.default_n} exceeds max_n={self.max_n}")
        if self.default_max_samples > self.max_samples_limit:
            raise ValueError("default_max_samples exceeds max_samples_limit")
        if self.default_max_tokens >= self.max_model_len:
            raise ValueError("default_max_tokens must be smaller than max_model_len")
        return self
