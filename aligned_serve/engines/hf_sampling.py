"""The sampling side of the transformers engine (`hf_engine.py`): the loaded checkpoint, the per-request
`Tracker` that `generate` calls after every token (EOS and stop strings, logprobs, streamed deltas, cancel),
the logprob capture, the `generate` arguments and the parameters it refuses.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import torch
from transformers import LogitsProcessor, LogitsProcessorList, StoppingCriteria, StoppingCriteriaList

from aligned_serve.engines.base import Candidate, EngineError, SamplingConfig, StreamDelta, TokenLogprob

GREEDY_EPS = 1e-5  # temperatures below this are greedy (the same threshold vLLM uses)
_REPLACEMENT = "\ufffd"  # what a byte-level decode shows for an incomplete UTF-8 character


@dataclass
class Loaded:
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


def refuse_unsupported(params: SamplingConfig, vocab_size: int) -> None:
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
    """Keeps the log-softmax of this step's raw logits for `Tracker` (it runs before temperature/top_p)."""

    def __init__(self) -> None:
        self.logp: torch.Tensor | None = None  # (rows, V)

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        self.logp = torch.log_softmax(scores.float(), dim=-1)
        return scores


class Tracker(StoppingCriteria):
    """Per-request bookkeeping that `generate` calls after every sampled token, for all `n` rows at once.

    Ends a row on EOS or a stop string, ends every row once `cancel` is set, collects logprobs and, when
    `emit` is given, streams text deltas. Holds the final text / finish reason / token count of each row.
    """

    def __init__(
        self,
        loaded: Loaded,
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
            elif (self.stop and len(ids) >= self.min_tokens
                  and any(s in self.loaded.decode(ids[-self._window :]) for s in self.stop)):
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


def fan_out(emit: Callable[[StreamDelta], None], n: int) -> Callable[[StreamDelta], None]:
    """Send each delta of the single greedy row as the same delta of all `n` candidates."""

    def send(delta: StreamDelta) -> None:
        for index in range(n):
            emit(replace(delta, index=index))

    return send


def generate_kwargs(loaded: Loaded, params: SamplingConfig, tracker: Tracker) -> dict[str, Any]:
    """`model.generate` arguments for one call: exactly temperature + nucleus sampling (transformers' top_k and
    repetition penalty defaults off), our EOS ids, the tracker as stopping criterion and logprob capture."""
    kwargs: dict[str, Any] = {
        "max_new_tokens": params.max_tokens,
        "min_new_tokens": min(params.min_tokens, params.max_tokens) or None,
        "num_return_sequences": len(tracker.ids),
        "do_sample": params.temperature >= GREEDY_EPS,
        "eos_token_id": sorted(loaded.eos_ids),
        "pad_token_id": loaded.pad_id,
        "repetition_penalty": 1.0,
        "stopping_criteria": StoppingCriteriaList([tracker]),
    }
    if tracker.capture is not None:
        kwargs["logits_processor"] = LogitsProcessorList([tracker.capture])
    if params.logit_bias:  # applied before the logprob capture: logprobs show the biased distribution
        kwargs["sequence_bias"] = {(token,): bias for token, bias in params.logit_bias}
    if kwargs["do_sample"]:
        kwargs.update(temperature=params.temperature, top_p=params.top_p, top_k=0)
    return kwargs
