"""Streams: admission counts a stream until its last byte (and frees it when the client goes away), and a
streamed answer's id is its feedback-log row id, as for non-streamed answers."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from aligned_core.feedback import read_records
from tests.aligned_serve.harness import MSGS, fake_app, raw_post, serve, sse_events

STREAM_NONE = {"messages": MSGS, "stream": True, "alignment": {"strategy": "none"}}
STREAM_BEST = {"messages": MSGS, "stream": True, "alignment": {"n": 2}}


@pytest.mark.parametrize("body", [STREAM_NONE, STREAM_BEST], ids=["none", "best_of_n"])
async def test_a_stream_holds_its_slot_until_the_last_byte(tmp_path: Path, body: dict[str, Any]) -> None:
    app = fake_app(tmp_path, max_concurrent_requests=1)
    first_chunk, resume = asyncio.Event(), asyncio.Event()
    messages: list[dict[str, Any]] = []

    async def slow_client(message: dict[str, Any]) -> None:  # reads one event, then stalls
        messages.append(message)
        if message["type"] == "http.response.body" and message.get("body") and not first_chunk.is_set():
            first_chunk.set()
            await resume.wait()

    async with serve(app) as client:
        stream = asyncio.create_task(raw_post(app, "/v1/chat/completions", body, slow_client))
        await asyncio.wait_for(first_chunk.wait(), 10)
        assert app.state.in_flight == 1
        busy = await client.post("/v1/chat/completions", json={"messages": MSGS})
        assert busy.status_code == 429, busy.text
        resume.set()
        await asyncio.wait_for(stream, 10)
        assert messages[-1] == {"type": "http.response.body", "body": b"", "more_body": False}
        assert app.state.in_flight == 0
        assert (await client.post("/v1/chat/completions", json={"messages": MSGS})).status_code == 200


async def test_a_stream_cut_short_frees_its_slot(tmp_path: Path) -> None:
    app = fake_app(tmp_path, max_concurrent_requests=1)
    gone = asyncio.Event()

    async def broken_client(message: dict[str, Any]) -> None:  # the connection drops after the first event
        if message["type"] == "http.response.body" and message.get("body"):
            gone.set()
            raise OSError("connection reset by peer")

    async with serve(app) as client:
        try:
            await asyncio.wait_for(raw_post(app, "/v1/chat/completions", STREAM_NONE, broken_client, gone), 10)
        except OSError:
            pass  # the server may re-raise the broken send; what matters is the slot
        assert app.state.in_flight == 0
        assert (await client.post("/v1/chat/completions", json={"messages": MSGS})).status_code == 200


async def _stream(client, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    r = await client.post(path, json=body)
    assert r.status_code == 200, r.text
    events = sse_events(r.text)
    assert events[-1] == "[DONE]"
    return [json.loads(e) for e in events[:-1]]


async def test_response_ids_are_feedback_row_ids(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with serve(app) as client:
        best = await _stream(client, "/v1/chat/completions", STREAM_BEST)
        live = await _stream(client, "/v1/chat/completions", STREAM_NONE)
        plain = (await client.post("/v1/chat/completions", json={"messages": MSGS})).json()
        completion = await _stream(client, "/v1/completions", {"prompt": "once upon", "stream": True})
        unlogged = await _stream(client, "/v1/chat/completions", {**STREAM_NONE, "alignment": {
            "strategy": "none", "log": False}})
        app.state.serving.feedback.flush()
    rows = {row.id: row for row in read_records(tmp_path / "fb.sqlite")}
    ids = [best[0]["id"], live[0]["id"], plain["id"], completion[0]["id"]]
    assert all(chunk["id"] == best[0]["id"] for chunk in best)  # one id across the whole stream
    assert sorted(rows) == sorted("req-" + i.split("-", 1)[1] for i in ids)  # and not the unlogged one
    assert unlogged[0]["id"] not in ids
    # the live (strategy none) stream's row holds what was streamed: 1 candidate of 3 tokens ("xxx")
    row = rows["req-" + live[0]["id"].split("-", 1)[1]]
    streamed = "".join(c["choices"][0]["delta"].get("content") or "" for c in live if c["choices"])
    assert row.strategy == "none" and [c["text"] for c in row.candidates] == [streamed]
    assert row.chosen_indices == [0] and row.completion_tokens == len(streamed)
