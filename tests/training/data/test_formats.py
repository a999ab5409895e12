"""Loaders, validation messages (file:line), atomic writes and ranked -> pairs conversion."""

import json
from pathlib import Path

import pytest

from training.data.formats import (
    DataFormatError,
    PreferencePair,
    RankedList,
    load_pairs,
    load_ranked,
    load_sft,
    ranked_to_pairs,
    read_jsonl,
    to_messages,
    write_jsonl,
)

MSGS = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]


def _write(tmp_path: Path, lines: list[str], name: str = "data.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _error(loader, path: Path) -> DataFormatError:
    with pytest.raises(DataFormatError) as info:
        loader(path)
    return info.value


def test_read_jsonl_numbers_lines_from_one_and_skips_blank_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, ['{"a": 1}', "", "   ", '{"a": 2}'])
    assert list(read_jsonl(path)) == [(1, {"a": 1}), (4, {"a": 2})]


def test_non_json_line_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps({"prompt": "p", "chosen": "a", "rejected": "b"}), "{not json"])
    err = _error(load_pairs, path)
    assert (err.path, err.line) == (str(path), 2)
    assert str(err).startswith(f"{path}:2: not valid JSON")


def test_json_that_is_not_an_object_is_rejected(tmp_path: Path) -> None:
    err = _error(load_pairs, _write(tmp_path, ["[1, 2]"]))
    assert str(err).endswith(":1: expected a JSON object, got list")


def test_load_pairs_reads_text_and_chat_prompts(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            json.dumps({"prompt": "Say hi", "chosen": "Hi!", "rejected": "No."}),
            json.dumps({"prompt": MSGS, "chosen": "Hello", "rejected": "Bye", "margin": 0.5}),
        ],
    )
    pairs = load_pairs(path)
    assert pairs == [
        PreferencePair("Say hi", "Hi!", "No.", None),
        PreferencePair(MSGS, "Hello", "Bye", 0.5),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"prompt": "p", "chosen": "a"}, "missing field 'rejected'"),
        ({"chosen": "a", "rejected": "b"}, "missing field 'prompt'"),
        ({"prompt": "p", "chosen": "", "rejected": "b"}, "field 'chosen' is empty"),
        ({"prompt": "p", "chosen": "a", "rejected": "  \n"}, "field 'rejected' is empty"),
        ({"prompt": "p", "chosen": 3, "rejected": "b"}, "field 'chosen' must be a string, got int"),
        ({"prompt": "p", "chosen": "same", "rejected": "same"}, "'chosen' and 'rejected' are identical"),
        ({"prompt": 5, "chosen": "a", "rejected": "b"}, "field 'prompt' must be a string or a list"),
        ({"prompt": [{"role": "robot", "content": "x"}], "chosen": "a", "rejected": "b"}, "invalid role 'robot'"),
        ({"prompt": [{"role": "user"}], "chosen": "a", "rejected": "b"}, "prompt[0] content must be a string"),
        ({"prompt": [], "chosen": "a", "rejected": "b"}, "non-empty list of chat messages"),
        ({"prompt": "p", "chosen": "a", "rejected": "b", "margin": "big"}, "'margin' must be a finite number"),
    ],
)
def test_pair_validation_errors_name_the_line(tmp_path: Path, row: dict, message: str) -> None:
    good = json.dumps({"prompt": "p", "chosen": "a", "rejected": "b"})
    path = _write(tmp_path, [good, good, json.dumps(row)])
    err = _error(load_pairs, path)
    assert err.line == 3
    assert str(err).startswith(f"{path}:3: ")
    assert message in err.message


def test_load_ranked_keeps_extra_keys_in_meta(tmp_path: Path) -> None:
    row = {"prompt": "p", "responses": ["a", "b"], "scores": [1, 0.5], "meta": {"topic": "t"}, "source": "log"}
    [ranked] = load_ranked(_write(tmp_path, [json.dumps(row)]))
    assert ranked.scores == [1.0, 0.5]
    assert ranked.ranking is None
    assert ranked.meta == {"topic": "t", "source": "log"}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"prompt": "p", "scores": [1, 2]}, "missing field 'responses'"),
        ({"prompt": "p", "responses": ["a"], "scores": [1]}, "needs at least 2 responses, got 1"),
        ({"prompt": "p", "responses": ["a", ""], "scores": [1, 2]}, "responses[1] is empty"),
        ({"prompt": "p", "responses": ["a", 7], "scores": [1, 2]}, "responses[1] must be a string"),
        ({"prompt": "p", "responses": ["a", "b"], "scores": [1]}, "'scores' has 1 entries for 2 responses"),
        ({"prompt": "p", "responses": ["a", "b"], "scores": [1, "x"]}, "scores[1] must be a finite number"),
        ({"prompt": "p", "responses": ["a", "b"], "scores": [1, True]}, "scores[1] must be a finite number"),
        ({"prompt": "p", "responses": ["a", "b"], "ranking": [0, 0]}, "'ranking' must be a permutation of 0..1"),
        ({"prompt": "p", "responses": ["a", "b"], "ranking": [1, 2]}, "'ranking' must be a permutation of 0..1"),
        ({"prompt": "p", "responses": ["a", "b"]}, "needs 'scores' or 'ranking'"),
    ],
)
def test_ranked_validation_errors(tmp_path: Path, row: dict, message: str) -> None:
    err = _error(load_ranked, _write(tmp_path, [json.dumps(row)]))
    assert err.line == 1
    assert message in err.message


def test_load_sft_and_its_errors(tmp_path: Path) -> None:
    conv = [*MSGS, {"role": "assistant", "content": "Hello."}]
    path = _write(tmp_path, [json.dumps({"messages": conv})])
    assert [r.messages for r in load_sft(path)] == [conv]
    err = _error(load_sft, _write(tmp_path, [json.dumps({"messages": MSGS})], "b.jsonl"))
    assert "no assistant turn" in str(err)
    err = _error(load_sft, _write(tmp_path, ["{}"], "c.jsonl"))
    assert str(err).endswith("c.jsonl:1: missing field 'messages'")


def test_order_uses_ranking_else_scores_descending_with_stable_ties() -> None:
    assert RankedList("p", ["a", "b", "c"], ranking=[2, 0, 1]).order() == [2, 0, 1]
    assert RankedList("p", ["a", "b", "c", "d"], scores=[0.5, 1.0, 0.5, 0.0]).order() == [1, 0, 2, 3]


def test_ranked_to_pairs_best_vs_worst_with_margin() -> None:
    lists = [
        RankedList("p1", ["a", "b", "c"], scores=[0.5, 1.0, 0.0]),  # b vs c, margin 1.0
        RankedList("p2", ["a", "b"], scores=[0.5, 0.5]),  # tie: no pair
        RankedList("p3", ["a", "b"], scores=[0.0, 0.25]),  # margin 0.25 < 0.5: dropped
        RankedList("p4", ["x", "y"], ranking=[1, 0]),  # ranking only: y over x, no margin
    ]
    assert ranked_to_pairs(lists, min_margin=0.5) == [
        PreferencePair("p1", "b", "c", 1.0),
        PreferencePair("p4", "y", "x", None),
    ]
    # min_margin=0 keeps any strict difference but still drops ties.
    assert [p.prompt for p in ranked_to_pairs(lists)] == ["p1", "p3", "p4"]


def test_ranked_to_pairs_skips_identical_texts() -> None:
    assert ranked_to_pairs([RankedList("p", ["same", "same"], scores=[1.0, 0.0])]) == []


def test_write_jsonl_round_trips_and_replaces_atomically(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "pairs.jsonl"
    pairs = [PreferencePair(MSGS, "é ok", "bad", 1.0), PreferencePair("q", "yes", "no")]
    write_jsonl(path, (p.to_dict() for p in pairs))
    assert load_pairs(path) == pairs
    write_jsonl(path, [pairs[1].to_dict()])
    assert load_pairs(path) == [pairs[1]]
    assert [p.name for p in path.parent.iterdir()] == ["pairs.jsonl"]  # no temporary file left behind


def test_write_jsonl_leaves_old_file_when_a_row_fails(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    write_jsonl(path, [{"a": 1}])
    with pytest.raises(TypeError):
        write_jsonl(path, [{"a": 2}, {"b": object()}])
    assert list(read_jsonl(path)) == [(1, {"a": 1})]
    assert [p.name for p in tmp_path.iterdir()] == ["x.jsonl"]


def test_ranked_to_dict_round_trips_through_the_loader(tmp_path: Path) -> None:
    ranked = RankedList(MSGS, ["a", "b"], scores=[0.0, 1.0], ranking=[1, 0], meta={"topic": "t"})
    path = tmp_path / "r.jsonl"
    write_jsonl(path, [ranked.to_dict()])
    assert load_ranked(path) == [ranked]


def test_to_messages() -> None:
    assert to_messages("hi") == [{"role": "user", "content": "hi"}]
    copied = to_messages(MSGS)
    assert copied == MSGS and copied[0] is not MSGS[0]


def test_gzip_jsonl_round_trips_reproducibly(tmp_path: Path) -> None:
    import gzip

    rows = [{"prompt": "p", "responses": ["ä", "b"], "scores": [1, 0]}, {"x": 1}]
    first, second = tmp_path / "a.jsonl.gz", tmp_path / "sub" / "b.jsonl.gz"
    write_jsonl(first, rows)
    write_jsonl(second, rows)
    assert first.read_bytes()[:2] == b"\x1f\x8b"  # gzip magic: compressed because of the name
    assert first.read_bytes() == second.read_bytes()  # no timestamp or file name in the header
    assert gzip.decompress(first.read_bytes()).decode().splitlines()[0] == json.dumps(rows[0], ensure_ascii=False)
    assert [row for _, row in read_jsonl(first)] == rows
    assert first.stat().st_mode & 0o777 == 0o644
