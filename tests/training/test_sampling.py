"""Batch sampling: the transformers engine's answers, finish reasons and token counts; engines by name."""

from pathlib import Path

import pytest
import torch

from training import sampling
from training.sampling import SampleRequest, SamplingSettings


def test_transformers_engine_answers_every_conversation_n_times(tiny_lm_dir: Path) -> None:
    torch.set_num_threads(1)
    convs = [[{"role": "user", "content": "hello"}], [{"role": "user", "content": "Write a poem."}]]
    gen = sampling.generate("transformers", tiny_lm_dir, [SampleRequest(convs, 3), SampleRequest(convs[:1], 1)],
                            SamplingSettings(max_new_tokens=5), seed=0)
    assert [len(request) for request in gen.samples] == [2, 1]
    assert [len(s.texts) for s in gen.samples[0]] == [3, 3] and len(gen.samples[1][0].texts) == 1
    for s in (s for request in gen.samples for s in request):
        assert set(s.finish_reasons) <= {"stop", "length"} and len(s.finish_reasons) == len(s.texts)
        # at most max_new_tokens each; an answer cut by the cap ("length") used all 5
        assert s.tokens <= 5 * len(s.texts) and s.tokens >= 5 * s.finish_reasons.count("length")
    assert gen.tokens == sum(s.tokens for request in gen.samples for s in request) > 0
    assert gen.texts()[0][1] == gen.samples[0][1].texts
    again = sampling.generate("transformers", tiny_lm_dir, [SampleRequest(convs, 3), SampleRequest(convs[:1], 1)],
                              SamplingSettings(max_new_tokens=5), seed=0)
    assert again.texts() == gen.texts()  # seeded


def test_unknown_engine_and_bad_settings() -> None:
    with pytest.raises(ValueError, match="unknown engine 'tgi'"):
        sampling.generate("tgi", Path("x"), [], SamplingSettings(), seed=0)
    with pytest.raises(ValueError, match="top_p"):
        SamplingSettings(top_p=0.0)
