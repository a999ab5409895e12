"""transformers `generate` behind the `Generator` protocol: for machines where vLLM cannot start, and tests.

    engine = HFEngine("path/to/checkpoint", device="cpu")
    await engine.start()
    gen = await engine.generate([{"role": "user", "content": "hi"}], SamplingConfig(n=4), "req-1")

What to expect compared with the vLLM engine:
- No continuous batching. Every call runs in ONE worker thread, one `model.generate` at a time, so concurrent
  requests queue; the `n` candidates of one call share the prompt as one batch (`num_return_sequences=n`).
  A greedy call (identical candidates; transformers refuses greedy `n > 1`) decodes once and copies.
- Sampling is exactly temperature + nucleus (top_p). The model's `generation_config` defaults that vLLM does
  not apply by default (transformers' top_k=50, repetition penalty) are switched off. temperature < 1e-5 is
  greedy.
- A seeded call is reproducible: it runs under `torch.random.fork_rng` with `torch.manual_seed(seed)`, so it
  neither depends on nor disturbs the global RNG stream of unseeded calls.
- Stop strings are matched on the generated text only (never across the prompt boundary) and cut from the
  text (OpenAI semantics); `num_tokens` counts generated tokens up to and including the EOS or the token that
  completed the stop string.
- logprobs come from the raw model distribution (before temperature and top_p), like vLLM's default
  `raw_logprobs`: the sampled token's logprob plus the top-k alternatives.
- Streaming is true token streaming for any `n`: a per-request stopping criterion sees every sampled token of
  every row, decodes it and pushes deltas to the event loop; text that could be the start of a stop string is
  held back until it is known not to be one.
- Cancelling the awaiting task (client disconnect) sets the request's event; the stopping criterion then ends
  the generation at the next token and frees the worker. A request still queued never runs.

The per-token bookkeeping (stop strings, logprobs, streamed deltas) and the `generate` arguments are in
`hf_sampling.py`; this module holds the engine's lifecycle, request checks and the worker thread.
"""

import asyncio
import concurrent.futures
import logging
import os
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from typing import Any

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from aligned_serve.engines.base import (
    EngineError,
    Generation,
    Prompt,
    SamplingConfig,
    StreamDelta,
)
from aligned_serve.engines.hf_sampling import GREEDY_EPS, Loaded, Tracker, fan_out, generate_kwargs, refuse_unsupported
from aligned_serve.engines.partials import ContinuationDelta, Partial, step_config

logger = logging.getLogger(__name__)

class HFEngine:
    """A `Generator` on transformers `AutoModelForCausalLM.generate` (see the module docstring)."""

    def __init__(
        self,
        model_path: str,
        model_name: str | None = None,
        device: str = "cpu",
        dtype: str = "auto",
        max_model_len: int | None = None,
    ) -> None:
        self.model_path = model_path
        self.model_name = model_name or os.path.basename(os.path.normpath(model_path))
        self.device = torch.device(device)
        self.dtype = dtype
        self._max_model_len = max_model_len
        self.max_model_len = max_model_len or 0  # the checkpoint's context length once started
        self._state: Loaded | None = None
        # One worker: HF generate has no continuous batching, so calls are serialised (and the seed is safe).
        self._executor = self._new_executor()
        self._reload_lock = asyncio.Lock()
        self._active: set[threading.Event] = set()

    # ---- lifecycle -----------------------------------------------------------------------------------------
    @staticmethod
    def _new_executor() -> concurrent.futures.ThreadPoolExecutor:
        return concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="hf-generate")

    def _load(self, path: str) -> Loaded:
        torch_dtype = "auto" if self.dtype == "auto" else getattr(torch, self.dtype)
        tokenizer = AutoTokenizer.from_pretrained(path)
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch_dtype).to(self.device).eval()
        eos = model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if tokenizer.eos_token_id is not None:
            eos_ids.add(tokenizer.eos_token_id)
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else min(eos_ids, default=0)
        context_len = self._max_model_len or int(getattr(model.config, "max_position_embeddings", 0) or 2048)
        return Loaded(model, tokenizer, path, frozenset(eos_ids), pad_id, context_len)

    async def start(self) -> None:
        if self._state is None:
            self._state = await asyncio.to_thread(self._load, self.model_path)
            self.max_model_len = self._state.context_len

    async def close(self) -> None:
        for cancel in list(self._active):
            cancel.set()
        self._executor.shutdown(wait=False, cancel_futures=True)  # queued calls are dropped, not run
        self._executor = self._new_executor()  # (threads start lazily: a later start() works again)
        self._state = None

    async def reload(self, model_path: str) -> None:
        """Load the new checkpoint beside the old one, then swap; submitted calls finish on the old one."""
        async with self._reload_lock:
            new = await asyncio.to_thread(self._load, model_path)
            self._state, self.model_path, self.max_model_len = new, model_path, new.context_len

    async def check_health(self) -> None:
        self._live()

    def _live(self) -> Loaded:
        if self._state is None:
            raise EngineError("the generation engine is not started", status_code=503)
        return self._state

    @property
    def model(self) -> Any:
        return self._live().model

    @property
    def tokenizer(self) -> Any:
        return self._live().tokenizer

    # ---- request mapping -----------------------------------------------------------------------------------
    def encode_prompt(self, prompt: Prompt, tokenizer: Any) -> list[int]:
        if isinstance(prompt, str):
            return list(tokenizer.encode(prompt))
        try:
            text = tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=False)
        except Exception as exc:  # a template error is a bad request (e.g. roles the template refuses)
            raise EngineError(f"could not apply the chat template: {exc}", param="messages") from exc
        return list(tokenizer.encode(text, add_special_tokens=False))  # the template already has any BOS

    def check_request(self, prompt: Prompt, prompt_len: int, params: SamplingConfig) -> None:
        if params.n < 1 or params.max_tokens < 1:
            param = "n" if params.n < 1 else "max_tokens"
            raise EngineError("n and max_tokens must be at least 1", param=param)
        loaded = self._live()
        refuse_unsupported(params, getattr(loaded.model.config, "vocab_size", None) or len(loaded.tokenizer))
        if prompt_len + params.max_tokens > self.max_model_len:
            where = "prompt" if isinstance(prompt, str) else "messages"
            raise EngineError(
                f"This model's maximum context length is {self.max_model_len} tokens. However, you requested "
                f"{prompt_len + params.max_tokens} tokens ({prompt_len} in the {where}, "
                f"{params.max_tokens} in the completion). "
                f"Please reduce the length of the {where} or completion.",
                status_code=400,
                param=where if prompt_len >= self.max_model_len else "max_tokens",
            )

    def _run(
        self,
        loaded: Loaded,
        ids: list[int],
        params: SamplingConfig,
        cancel: threading.Event,
        emit: Callable[[StreamDelta], None] | None,
    ) -> Tracker:
        """Worker-thread body: one `model.generate` call for all `n` candidates."""
        rows = params.n if params.temperature >= GREEDY_EPS else 1  # greedy rows would all be the same
        if emit is not None and rows < params.n:
            emit = fan_out(emit, params.n)
        tracker = Tracker(loaded, rows, params.stop, cancel, params.logprobs, emit, params.min_tokens)
        input_ids = torch.tensor([ids], dtype=torch.long, device=self.device)  # (1, P)
        seeded = params.seed is not None
        rng_devices = [] if self.device.type == "cpu" else [self.device.index or 0]
        with torch.random.fork_rng(devices=rng_devices, enabled=seeded, device_type=self.device.type):
            if seeded:
                torch.manual_seed(params.seed)
            loaded.model.generate(
                input_ids=input_ids,
                attention_mask=torch.ones_like(input_ids),
                **generate_kwargs(loaded, params, tracker),
            )
        if not cancel.is_set():
            tracker.finalize()
        return tracker

    def _prepare(self, prompt: Prompt, params: SamplingConfig) -> tuple[Loaded, list[int]]:
        loaded = self._live()
        ids = self.encode_prompt(prompt, loaded.tokenizer)
        self.check_request(prompt, len(ids), params)
        return loaded, ids

    # ---- Generator protocol --------------------------------------------------------------------------------
    async def generate(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> Generation:
        loaded, ids = self._prepare(prompt, params)
        cancel = threading.Event()
        self._active.add(cancel)
        try:
            loop = asyncio.get_running_loop()
            tracker = await loop.run_in_executor(self._executor, self._run, loaded, ids, params, cancel, None)
        except asyncio.CancelledError:
            cancel.set()  # a running generate stops at its next token; a queued one left the queue already
            logger.debug("request %s cancelled", request_id)
            raise
        finally:
            self._active.discard(cancel)
        candidates = tracker.candidates(params.n, with_logprobs=params.logprobs is not None)
        return Generation(candidates=candidates, prompt_tokens=len(ids))

    async def stream(
        self, prompt: Prompt, params: SamplingConfig, request_id: str
    ) -> AsyncIterator[StreamDelta]:
        loaded, ids = self._prepare(prompt, params)
        async with aclosing(self._stream_ids(loaded, ids, params, request_id)) as deltas:
            async for delta in deltas:
                yield delta

    async def continue_partials(self, prompt: Prompt, partials: list[Partial], params: SamplingConfig,
                                request_id: str, chunk_tokens: int | None = None) -> AsyncIterator[ContinuationDelta]:
        """Continue each partial answer (see `engines.partials`) with `generate` from prompt ids + its ids.

        The worker runs one `generate` per partial, one after another (forks of one partial share a batch), and
        recomputes the whole prefix each call: there is no KV cache across calls. A delta's text decodes its new
        tokens on their own, exact for byte-level BPE tokenizers (SmolLM2's and most current ones).
        """
        loaded, ids = self._prepare(prompt, params)
        for i, partial in enumerate(partials):
            step = step_config(params, partial, chunk_tokens)
            async with aclosing(self._stream_ids(loaded, ids + list(partial.token_ids), step, request_id)) as deltas:
                async for d in deltas:
                    yield ContinuationDelta(i, d.index, d.text, d.num_tokens, d.token_ids, d.finish_reason,
                                            len(ids))

    async def _stream_ids(
        self, loaded: Loaded, ids: list[int], params: SamplingConfig, request_id: str
    ) -> AsyncIterator[StreamDelta]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[StreamDelta | None] = asyncio.Queue()
        cancel = threading.Event()

        def emit(delta: StreamDelta) -> None:  # called in the worker thread
            loop.call_soon_threadsafe(queue.put_nowait, delta)

        self._active.add(cancel)
        future = loop.run_in_executor(self._executor, self._run, loaded, ids, params, cancel, emit)
        # Runs on the loop after every delta the worker scheduled before returning, so it comes last.
        future.add_done_callback(lambda _: queue.put_nowait(None))
        try:
            while (delta := await queue.get()) is not None:
                yield delta
            future.result()  # re-raise a worker failure
        finally:
            if not future.done():  # the consumer stopped early (disconnect, aclose): end the generation
                logger.debug("stream %s cancelled", request_id)
                cancel.set()
                future.cancel()
            self._active.discard(cancel)
