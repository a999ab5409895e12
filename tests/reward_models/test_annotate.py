"""reward_models.annotate: exact counts by hand, and a checkpoint that names a scheme is served with it."""

import json
import shutil
from pathlib import Path

import pytest

from reward_models.annotate import CONFIG_KEY, AnnotateError, annotate, text_stats_v1
from reward_models.base import RewardModelError
from reward_models.hf import HFRewardModel


def test_counts_worked_out_by_hand() -> None:
    text = "Dear Sam, we MUST meet.\nIt's well-known, isn't it?\n\n* first item\n- second item\n3. third item"
    panel = text_stats_v1(text)
    # words: Dear Sam we MUST meet It's well-known isn't it first item second item 3 third item
    assert "words: 16;" in panel
    # sentences: "Dear Sam, we MUST meet." | "It's ... it?" | three list lines
    assert "sentences: 5;" in panel
    assert "paragraphs: 2;" in panel and "list items: 3;" in panel and "commas: 2;" in panel
    assert "all-caps words: 1;" in panel and "letters: mixed case)" in panel


@pytest.mark.parametrize(("text", "case"), [("all quiet here.", "all lowercase"), ("LOUD, LOUDER!", "all uppercase"),
                                            ("123 ...", "mixed case"), ("", "mixed case")])
def test_case(text: str, case: str) -> None:
    assert text_stats_v1(text).endswith(f"letters: {case})")


def test_annotate_appends_and_none_is_identity() -> None:
    assert annotate(None, "hi") == "hi"
    assert annotate("text-stats-v1", "hi there").startswith("hi there\n\n(words: 2;")
    with pytest.raises(AnnotateError, match="unknown annotation scheme"):
        annotate("nope", "hi")


def test_a_checkpoint_naming_a_scheme_is_scored_on_annotated_text(tiny_rm_dir: Path, tmp_path: Path) -> None:
    plain = HFRewardModel.load(tiny_rm_dir, name="plain")
    marked = tmp_path / "marked"
    shutil.copytree(tiny_rm_dir, marked)
    config = json.loads((marked / "config.json").read_text())
    (marked / "config.json").write_text(json.dumps({**config, CONFIG_KEY: "text-stats-v1"}))
    rm = HFRewardModel.load(marked, name="marked")
    assert rm.annotate == "text-stats-v1"
    assert "(words: 2;" in rm.format("Say hi.", "hi there") and "(words:" not in plain.format("Say hi.", "hi there")
    # same weights, other text: the annotated score is the plain model's score of the annotated response
    assert rm.score(["Say hi."], ["hi there"]) == pytest.approx(
        plain.score(["Say hi."], [annotate("text-stats-v1", "hi there")]), abs=1e-5)
    config[CONFIG_KEY] = "text-stats-v9"
    (marked / "config.json").write_text(json.dumps(config))
    with pytest.raises(RewardModelError, match="unknown annotation scheme") as info:
        HFRewardModel.load(marked, name="bad")
    assert info.value.status_code == 422
