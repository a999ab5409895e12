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
"""

import asyncio
import concurrent.futures
import logging
import os
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from dataclasses import dataclass, field, replace
from typing import Any

import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    LogitsProcessor,
    LogitsProcessorList,
    StoppingCriteria,
    StoppingCriteriaList,
)

from aligned_serve.engines.base import (
    Candidate,
    EngineError,
    Generation,
    Prompt,
    SamplingConfig,
    StreamDelta,
    TokenLogprob,
)
from aligned_serve.engines.partials import ContinuationDelta, Partial, step_config

logger = logging.getLogger(__name__)

GREEDY_EPS = 1e-5  # temperatures below this are greedy (the same threshold vLLM uses)
_REPLACEMENT = "\ufffd"  # what a byte-level decode shows for an incomplete UTF-8 character


@dataclass
class _Loaded:
    """One loaded checkpoint; swapped as a unit on reload so in-flight calls keep their own."""

    model: Any
    tokenizer: Any
    path: str
    eos_ids: frozenset[int]
    pad_id: int
    context_len: int
    _token_text: dict[int, str] = field(default_factory=dict)

    def token_text(self, token_id: int) -> str:
        """The text of one token id (special tokens shown), cached: logprobs decode the same ids often."""
        text = self._token_text.get(token_id)
        if text is None:
            text = self.tokenizer.decode([token_id], skip_special_tokens=False)
            self._token_text[token_id] = text
        return text

    def decode(self, ids: list[int]) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)


def _cut_at_stop(text: str, stop: tuple[str, ...]) -> tuple[str, bool]:
    """`text` up to (not including) the earliest stop string, and whether one was found."""
    hits = [i for i in (text.find(s) for s in stop if s) if i >= 0]
    return (text[: min(hits)], True) if hits else (text, False)


def _stop_prefix_len(text: str, stop: tuple[str, ...]) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of a stop string (text to hold back)."""
    longest = max((len(s) for s in stop), default=0)
    for k in range(min(len(text), longest - 1), 0, -1):
        if any(s.startswith(text[-k:]) for s in stop):
            return k
    return 0


def _refuse_unsupported(params: SamplingConfig, vocab_size: int) -> None:
    """A 400 naming each parameter `generate` cannot honour exactly, rather than an approximation: no grammar
    constrained decoding here, and transformers' repetition_penalty is multiplicative, not OpenAI's additive
    frequency/presence penalty. logit_bias maps exactly onto `sequence_bias` (single-token sequences)."""
    for name in ("response_format", "frequency_penalty", "presence_penalty"):
        if getattr(params, name):
            raise EngineError(f"{name} is not supported by the transformers engine; use the vllm or remote engine",
                              param=name)
    if any(not 0 <= token < vocab_size for token, _ in params.logit_bias):
        raise EngineError(f"logit_bias names token ids outside the vocabulary (0..{vocab_size - 1})",
                          param="logit_bias")


class _LogprobCapture(LogitsProcessor):
    """Keeps the log-softmax of this step's raw logits for `_Tracker` (it runs before temperature/top_p)."""

    def __init__(self) -> None:
        self.logp: torch.Tensor | None = None  # (rows, V)

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        self.logp = torch.log_softmax(scores.float(), dim=-1)
        return scores


class _Tracker(StoppingCriteria):
    """Per-request bookkeeping that `generate` calls after every sampled token, for all `n` rows at once.

    Ends a row on EOS or a stop string, ends every row once `cancel` is set, collects logprobs and, when
    `emit` is given, streams text deltas. Holds the final text / finish reason / token count of each row.
    """

    def __init__(
        self,
        loaded: _Loaded,
        rows: int,
        stop: tuple[str, ...],
        cancel: threading.Event,
        top_k: int | None,
        emit: Callable[[StreamDelta], None] | None,
        min_tokens: int = 0,
    ) -> None:
        self.loaded = loaded
        self.min_tokens = min_tokens  # stop strings count from here on (EOS is masked by min_new_tokens)
        self.stop = tuple(s for s in stop if s)
        self.cancel = cancel
        self.top_k = top_k
        self.capture = _LogprobCapture() if top_k is not None else None
        self.emit = emit
        self.ids: list[list[int]] = [[] for _ in range(rows)]
        self.texts = [""] * rows
        self.finish: list[str | None] = [None] * rows
        self.sent = [0] * rows  # characters of each row already streamed
        self.sent_tokens = [0] * rows  # tokens of each row accounted for in streamed deltas
        self.logprobs: list[list[TokenLogprob]] = [[] for _ in range(rows)]
        # A stop string completes within its last len(stop) characters; +8 tokens covers partial/empty tokens.
        self._window = max((len(s) for s in self.stop), default=0) + 8

    def __call__(self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any) -> torch.BoolTensor:
        last = input_ids[:, -1]  # (rows,)
        running = [r for r, f in enumerate(self.finish) if f is None]
        if self.capture is not None:
            self._record_logprobs(last, running)
        for row, token in zip(running, last[running].tolist()):
            ids = self.ids[row]
            ids.append(token)
            if token in self.loaded.eos_ids:
                self._end(row, "stop", ids[:-1])
            elif self.stop and len(ids) >= self.min_tokens and any(s in self.loaded.decode(ids[-self._window :]) for s in self.stop):
                self._end(row, "stop", ids)
            elif self.emit is not None:
                self._stream_partial(row)
        if self.cancel.is_set():
            return torch.ones(len(self.finish), dtype=torch.bool, device=input_ids.device)
        return torch.tensor([f is not None for f in self.finish], dtype=torch.bool, device=input_ids.device)

    def _record_logprobs(self, last: torch.Tensor, running: list[int]) -> None:
        logp = self.capture.logp  # (rows, V) of the step that produced `last`
        chosen = logp.gather(1, last[:, None]).squeeze(1).tolist()
        if self.top_k:
            top_v, top_i = logp.topk(min(self.top_k, logp.shape[-1]), dim=-1)  # (rows, k)
            top_v, top_i = top_v.tolist(), top_i.tolist()
        token_ids = last.tolist()
        for row in running:
            top = []
            if self.top_k:
                top = [(self.loaded.token_text(i), v) for i, v in zip(top_i[row], top_v[row])]
            self.logprobs[row].append(TokenLogprob(self.loaded.token_text(token_ids[row]), chosen[row], top))

    def _end(self, row: int, reason: str, text_ids: list[int]) -> None:
        text, hit = _cut_at_stop(self.loaded.decode(text_ids), self.stop)
        self.texts[row] = text
        self.finish[row] = "stop" if hit else reason
        if self.emit is not None:
            self._send(row, text, self.finish[row])

    def _stream_partial(self, row: int) -> None:
        text = self.loaded.decode(self.ids[row]).rstrip(_REPLACEMENT)
        text = text[: len(text) - _stop_prefix_len(text, self.stop)]
        if len(text) > self.sent[row]:
            self._send(row, text, None)

    def _send(self, row: int, text: str, finish_reason: str | None) -> None:
        """Stream what `text` adds to what was sent, with the tokens generated since the last delta."""
        tokens = len(self.ids[row]) - self.sent_tokens[row]
        new_ids = tuple(self.ids[row][self.sent_tokens[row] :])
        self.emit(StreamDelta(row, text[self.sent[row] :], finish_reason, num_tokens=tokens, token_ids=new_ids))
        self.sent[row], self.sent_tokens[row] = len(text), len(self.ids[row])

    def finalize(self) -> None:
        """Close the rows that ran to max_tokens (called once `generate` returned without a cancel)."""
        for row, reason in enumerate(self.finish):
            if reason is None:
                self._end(row, "length", self.ids[row])

    def candidates(self, n: int, with_logprobs: bool) -> list[Candidate]:
        """One candidate per row; a single greedy row is copied to `n` identical candidates."""
        rows = [
            Candidate(
                text=self.texts[row],
                finish_reason=self.finish[row] or "length",
                num_tokens=len(self.ids[row]),
                logprobs=self.logprobs[row] if with_logprobs else None,
            )
            for row in range(len(self.ids))
        ]
        if len(rows) == 1 and n > 1:
            first = rows[0]
            logprobs = first.logprobs
            rows += [replace(first, logprobs=None if logprobs is None else list(logprobs)) for _ in range(n - 1)]
        return rows


def _fan_out(emit: Callable[[StreamDelta], None], n: int) -> Callable[[StreamDelta], None]:
    """Send each delta of the single greedy row as the same delta of all `n` candidates."""

    def send(delta: StreamDelta) -> None:
        for index in range(n):
            emit(replace(delta, index=index))

    return send


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
        self._state: _Loaded | None = None
        # One worker: HF generate has no continuous batching, so calls are serialised (and the seed is safe).
        self._executor = self._new_executor()
        self._reload_lock = asyncio.Lock()
        self._active: set[threading.Event] = set()

    # ---- lifecycle -----------------------------------------------------------------------------------------
    @staticmethod
    def _new_executor() -> concurrent.futures.ThreadPoolExecutor:
        return concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="hf-generate")

    def _load(self, path: str) -> _Loaded:
        torch_dtype = "auto" if self.dtype == "auto" else getattr(torch, self.dtype)
        tokenizer = AutoTokenizer.from_pretrained(path)
        model = AutoModelForCausalLM.from_pretrained(path, dtype=torch_dtype).to(self.device).eval()
        eos = model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if tokenizer.eos_token_id is not None:
            eos_ids.add(tokenizer.eos_token_id)
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else min(eos_ids, default=0)
        context_len = self._max_model_len or int(getattr(model.config, "max_position_embeddings", 0) or 2048)
        return _Loaded(model, tokenizer, path, frozenset(eos_ids), pad_id, context_len)

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

    def _live(self) -> _Loaded:
        if self._state is None:
            raise EngineError("the generation engine is not started", status_code=503)
        return self._state

    @property
    def model(self) -> Any:
        return self._live().model

    @property
    def tokenizer(self) -> Any:
        return self._live().tokenizer

    def count_tokens(self, text: str) -> int:
        return len(self._live().tokenizer.encode(text, add_special_tokens=False))

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
        _refuse_unsupported(params, getattr(loaded.model.config, "vocab_size", None) or len(loaded.tokenizer))
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

    def _generate_kwargs(self, loaded: _Loaded, params: SamplingConfig, tracker: _Tracker) -> dict[str, Any]:
        kwargs: dict[str, Any] = dict(
            max_new_tokens=params.max_tokens,
            min_new_tokens=min(params.min_tokens, params.max_tokens) or None,
            num_return_sequences=len(tracker.ids),
            do_sample=params.temperature >= GREEDY_EPS,
            eos_token_id=sorted(loaded.eos_ids),
            pad_token_id=loaded.pad_id,
            repetition_penalty=1.0,
            stopping_criteria=StoppingCriteriaList([tracker]),
        )
        if tracker.capture is not None:
            kwargs["logits_processor"] = LogitsProcessorList([tracker.capture])
        if params.logit_bias:  # applied before the logprob capture: logprobs show the biased distribution
            kwargs["sequence_bias"] = {(token,): bias for token, bias in params.logit_bias}
        if kwargs["do_sample"]:
            kwargs.update(temperature=params.temperature, top_p=params.top_p, top_k=0)
        return kwargs

    def _run(
        self,
        loaded: _Loaded,
        ids: list[int],
        params: SamplingConfig,
        cancel: threading.Event,
        emit: Callable[[StreamDelta], None] | None,
    ) -> _Tracker:
        """Worker-thread body: one `model.generate` call for all `n` candidates."""
        rows = params.n if params.temperature >= GREEDY_EPS else 1  # greedy rows would all be the same
        if emit is not None and rows < params.n:
            emit = _fan_out(emit, params.n)
        tracker = _Tracker(loaded, rows, params.stop, cancel, params.logprobs, emit, params.min_tokens)
        input_ids = torch.tensor([ids], dtype=torch.long, device=self.device)  # (1, P)
        seeded = params.seed is not None
        rng_devices = [] if self.device.type == "cpu" else [self.device.index or 0]
        with torch.random.fork_rng(devices=rng_devices, enabled=seeded, device_type=self.device.type):
            if seeded:
                torch.manual_seed(params.seed)
            loaded.model.generate(
                input_ids=input_ids,
                attention_mask=torch.ones_like(input_ids),
                **self._generate_kwargs(loaded, params, tracker),
            )
        if not cancel.is_set():
            tracker.finalize()
        return tracker

    def _prepare(self, prompt: Prompt, params: SamplingConfig) -> tuple[_Loaded, list[int]]:
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
        self, loaded: _Loaded, ids: list[int], params: SamplingConfig, request_id: str
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
