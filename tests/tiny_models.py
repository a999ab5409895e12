"""Tiny, hermetic Hugging Face checkpoints built from configs for fast tests (no hub, no downloads).

- a byte-level BPE tokenizer trained on a small in-memory corpus, with a chat template;
- a 2-layer Llama causal LM and a 2-layer Llama sequence classifier (num_labels=1) on that tokenizer.
"""

from __future__ import annotations

from pathlib import Path

CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<pad>"]
CORPUS = [
    "Write a short poem about the ocean in all lowercase letters.",
    "Answer in exactly three bullet points. Do not use any commas.",
    "The quick brown fox jumps over the lazy dog. 0123456789 {} [] \"json\": true, false",
    "Explain photosynthesis to a child. Start your answer with Hello and end it with Goodbye.",
    "hello world, this is a tiny tokenizer for tests. user assistant system",
] * 20


def build_tiny_tokenizer(path: Path) -> Path:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400, special_tokens=SPECIAL, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator(CORPUS, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<|endoftext|>",
        eos_token="<|im_end|>",
        pad_token="<pad>",
        unk_token="<|endoftext|>",
    )
    fast.chat_template = CHAT_TEMPLATE
    path.mkdir(parents=True, exist_ok=True)
    fast.save_pretrained(path)
    return path


def _llama_config(tokenizer_dir: Path, **extra):
    from transformers import AutoTokenizer, LlamaConfig

    tok = AutoTokenizer.from_pretrained(tokenizer_dir)
    return tok, LlamaConfig(
        vocab_size=len(tok),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=512,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        tie_word_embeddings=True,
        **extra,
    )


def build_tiny_lm(path: Path, tokenizer_dir: Path, seed: int = 0) -> Path:
    import torch
    from transformers import LlamaForCausalLM

    tok, config = _llama_config(tokenizer_dir)
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    model.save_pretrained(path, safe_serialization=True)
    tok.save_pretrained(path)
    return path


def build_tiny_rm(path: Path, tokenizer_dir: Path, seed: int = 0) -> Path:
    import torch
    from transformers import LlamaForSequenceClassification

    tok, config = _llama_config(tokenizer_dir, num_labels=1)
    torch.manual_seed(seed)
    model = LlamaForSequenceClassification(config)
    model.save_pretrained(path, safe_serialization=True)
    tok.save_pretrained(path)
    return path
