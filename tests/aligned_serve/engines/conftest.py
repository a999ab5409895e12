"""Engine-test fixtures: one intra-op thread while these tests run.

The tiny models are so small that thread hand-offs dominate; on a loaded 2-core machine two threads made a
16-token generate 50x slower than one.
"""

from collections.abc import Iterator

import pytest
import torch


@pytest.fixture(autouse=True)
def _one_torch_thread() -> Iterator[None]:
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)
