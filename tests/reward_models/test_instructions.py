"""rule:instructions: reading a request's verifiable instructions, scoring answers by them, partial answers.

The requests here are hand-written for these tests (none is a prompt of the bundled splits or of a public
benchmark); each case names what a careful reader would take from it.
"""

import importlib
import time
from collections.abc import Callable, Sequence

import pytest

from reward_models import checkers as ck
from reward_models.instructions import Found, InstructionReward, parse_instructions, read_prompt, request_text
from reward_models.rules import build_rule
from tests.reward_models.instruction_paraphrases import (
    NO_INSTRUCTIONS,
    PARAPHRASES,
    PARAPHRASES_2,
    PARAPHRASES_3,
    PARAPHRASES_6,
    PARAPHRASES_BOUNDS,
)
from training.eval_instructions import _same_args

CASES: list[tuple[str, list[Found]]] = [
    ("Tell me about otters in under 40 words.", [Found("words_max", {"n": 39})]),
    ("Describe your town. The answer should be at least 120 words long.", [Found("words_min", {"n": 120})]),
    ("Summarise the plot in exactly two sentences.", [Found("sentences_exact", {"n": 2})]),
    ("Explain tides (three sentences or fewer).", [Found("sentences_max", {"n": 3})]),
    ("Write 4 paragraphs about rain.", [Found("paragraphs_exact", {"n": 4})]),
    ("Give me 3 bullet points on saving money.", [Found("bullet_list", {"n": 3})]),
    ("Reply in lowercase only. Do not use any commas.", [Found("lowercase"), Found("no_commas")]),
    ("Answer entirely in uppercase letters.", [Found("uppercase")]),
    ('Please avoid the words "cheap" and "easy".', [Found("keyword_avoid", {"words": ["cheap", "easy"]})]),
    ('Make sure to mention "harbour" in your reply.', [Found("keyword_include", {"words": ["harbour"]})]),
    ('Use the word "river" at least 4 times.', [Found("keyword_frequency", {"word": "river", "n": 4})]),
    ('Start your answer with "Dear team".', [Found("start_phrase", {"phrase": "Dear team"})]),
    ('End with the words "See you soon."', [Found("end_phrase", {"phrase": "See you soon."})]),
    ("Finish with a question for me.", [Found("end_with_question")]),
    ("Add a P.S. at the end.", [Found("postscript", {"marker": "P.S."})]),
    ("Give it a title in double angle brackets, like <<Title>>.", [Found("title")]),
    ("Return the result as JSON.", [Found("json_output")]),
    ("Wrap the whole reply in double quotation marks.", [Found("quotation")]),
    ("Is tea better than coffee? Answer with one of: yes / no / maybe.",
     [Found("constrained_choice", {"options": ["yes", "no", "maybe"]})]),
    ("Write a poem with at least 3 words in ALL CAPS.", [Found("capital_words", {"n": 3})]),
    ("Highlight at least 2 phrases with markdown, like *this*.", [Found("highlight", {"n": 2})]),
    ("Include the letter 'z' at least 5 times.", [Found("letter_frequency", {"letter": "z", "n": 5})]),
    ("Offer two replies separated by ******.", [Found("two_responses", {"separator": "******"})]),
    ("Plan a trip in 3 sections, each starting with Day 1, Day 2... no, use Part 1, Part 2 and Part 3.",
     [Found("sections", {"n": 3, "marker": "Part"})]),
    ("Write an email to a landlord (in lowercase, 50 words or fewer).",
     [Found("lowercase"), Found("words_max", {"n": 50})]),
]


@pytest.mark.parametrize(("request_", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_reads_each_instruction(request_: str, expected: list[Found]) -> None:
    assert list(parse_instructions(request_)) == expected


def test_requests_without_instructions_read_nothing() -> None:
    for text in ("What is the capital of France?", "Write a story about a dragon.",
                 "Rewrite this note: Staff met at 9. Sales were up 3 percent, and 2 people left.",
                 "Summarize the following text: The fair ended early. It rained."):
        assert parse_instructions(text) == ()


def test_the_held_out_families_can_be_left_unread() -> None:
    """numbered_list, code_block, hashtags and no_digits have readers (users ask for them); `skip` leaves them
    unread, so test_families can still measure what a learned model learned."""
    text = "Answer as a numbered list of 3 items. Answer only in a code block. Add 2 hashtags. Do not use any digits."
    held_out = {"numbered_list", "code_block", "hashtags", "no_digits"}
    assert {f.kind for f in parse_instructions(text)} == held_out
    skip = build_rule("rule:instructions?skip=" + ",".join(sorted(held_out)))
    assert skip.read(text) == ()  # type: ignore[attr-defined]
    assert skip.partial.read(text) == ()  # type: ignore[attr-defined]


def test_reward_is_the_fraction_of_instructions_satisfied() -> None:
    rule = build_rule("rule:instructions")
    prompt = 'Describe a fox in lowercase. Do not use "red". Use no more than 8 words.'
    scores = rule.score([prompt] * 3, ["a quick fox runs home.", "A quick fox runs home.",
                                       "A Red fox, a very red fox, runs home today."])
    assert scores == pytest.approx([1.0, 2 / 3, 0.0])
    assert rule.score(["Hello?"], ["Hi"]) == [0.0]  # nothing to check: the rule leaves ranking to the others


def test_chat_prompts_use_the_last_user_message_and_the_system_message() -> None:
    """An earlier user turn's instruction is not read (the last request is what is answered); the system message's
    standing rule is when asked for (`?system=true`)."""
    messages = [{"role": "system", "content": "Answer in uppercase."},
                {"role": "user", "content": "Answer in lowercase."}, {"role": "assistant", "content": "ok"},
                {"role": "user", "content": "Now in 2 sentences."}]
    assert request_text(messages) == "Now in 2 sentences."
    assert InstructionReward().score([messages] * 2, ["One. Two.", "ONE. TWO."]) == [1.0, 1.0]
    assert InstructionReward(system=True).score([messages] * 2, ["One. Two.", "ONE. TWO."]) == [0.5, 1.0]


def test_an_answer_that_passes_both_readings_ranks_first() -> None:
    """Among answers our checkers judge alike, one another judge's reading would also pass ranks first: a keyword
    as a whole word before one only inside a longer word, before none; word counts by both ways of counting."""
    rule = InstructionReward()
    keyword = 'Write about pets. Include the word "dog".'
    assert rule.score([keyword] * 3, ["A dog naps.", "Dogs nap.", "Cats nap."]) == pytest.approx(
        [1.0, 1 - ck.OWN_READING, 0.0])
    words = "Give me a motto in at most 3 words. Don't use any commas."
    both, ours_only = rule.score([words] * 2, ["Keep going forward", "Don't ever quit"])  # 3 vs 4 \w+ runs
    assert both == 1.0 and ours_only == pytest.approx((ck.OWN_READING + 1) / 2)


def test_partial_answers_lose_only_what_no_continuation_can_repair() -> None:
    rule = InstructionReward()
    assert rule.partial is not None and rule.partial.version.endswith("-prefix")
    prompt = 'Write at least 60 words in lowercase. Do not use any commas. Start with "well".'
    # short, but nothing broken yet: the start is met for good, three are open ((4 + progress) / 5 each of 4
    # instructions: 1 of 60 words); the finished-answer rule would give it 3/4
    assert rule.partial.score([prompt], ["well the"]) == pytest.approx([(1 + (4 + 1 / 60) / 5 + 2 * 4 / 5) / 4])
    assert rule.score([prompt], ["well the"]) == pytest.approx([3 / 4])
    assert rule.partial.score([prompt], ["well, The"]) == pytest.approx([(1 + (4 + 1 / 60) / 5) / 4])  # final
    assert rule.partial.score([prompt], ["Hello"]) == pytest.approx([2 * 4 / 5 / 4])  # wrong start and a capital
    assert rule.partial.score([prompt], ["Hello"])[0] > rule.partial.score([prompt], ["well, The"])[0] - 0.5 / 4
    limit = "Use no more than 3 words."
    assert rule.partial.score([limit], ["one two three four"]) == [0.0]
    assert rule.partial.score([limit], ["one two"]) == [0.5]  # open: n / (n + 1) with one instruction


def test_untrusted_text_is_read_in_linear_time() -> None:
    """RE2 for the request; the checkers' own patterns on a 100,000-character answer (quadratic before)."""
    t0 = time.perf_counter()
    parse_instructions('Use "' + "a, " * 3000 + " at least 3 words" * 300 + "(" * 500)
    assert ck.title("<<" + "a " * 50_000) is False
    assert ck.placeholders("[" + "a " * 50_000, n=1) is False
    assert ck.json_output("[" * 50_000) is False  # too deep for Python's parser: not JSON, no RecursionError
    assert time.perf_counter() - t0 < 5.0
    assert ck.title("x <<A b>> y") and not ck.title("<< >>") and ck.placeholders("[a] [ ] [b]", n=2)


DEVELOPMENT = PARAPHRASES + PARAPHRASES_2 + PARAPHRASES_3 + PARAPHRASES_BOUNDS + PARAPHRASES_6


@pytest.mark.parametrize(("request_", "expected"), DEVELOPMENT, ids=[c[0][:40] for c in DEVELOPMENT])
def test_reads_the_development_paraphrases(request_: str, expected: list) -> None:
    """Phrasings the reader was not first written from (tests/reward_models/instruction_paraphrases.py)."""
    got = sorted(parse_instructions(request_), key=repr)
    assert got == sorted((Found(kind, args) for kind, args in expected), key=repr)


def test_hostile_requests_read_safely() -> None:
    """NUL (our placeholder mark), lone surrogates, huge numbers, floods of instructions and keywords: no
    exception, bounded work."""
    from reward_models.instructions import MAX_INSTRUCTIONS, MAX_WORDS

    assert parse_instructions("Answer in lowercase \x007\x00 please.") == (Found("lowercase"),)
    assert parse_instructions("Answer in lowercase \x00" + "9" * 5000 + "\x00 please.") == (Found("lowercase"),)
    assert parse_instructions("Answer in lowercase \ud800 please.") == (Found("lowercase"),)
    assert parse_instructions("Write Section 1 through Section 30000000.") == ()  # no count an answer could follow
    assert parse_instructions("Use Section 1 to Section " + "9" * 5000 + ".") == ()
    assert parse_instructions(" ".join(f"Use at most {n} words." for n in range(10, 400))) == (
        Found("words_max", {"n": 10}),)  # one bound of a kind: the first
    many = parse_instructions(" ".join(f'Use the word "w{chr(97 + n % 26)}{chr(97 + n // 26)}" at least 2 times.'
                                       for n in range(400)))
    assert len(many) == MAX_INSTRUCTIONS
    words = [f"w{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(600)]
    flood = parse_instructions("Do not use " + ", ".join(f'"{w}"' for w in words) + ".")
    assert len(flood[0].args["words"]) == MAX_WORDS
    assert ck.sections("Section " + "9" * 5000, n=1, marker="Section") is False  # an answer's huge number
    assert ck.numbered_list("1. a\n2. b", n=2) and not ck.sections("Part 1\nPart 3", n=2, marker="Part")


def test_apostrophes_questions_topics_and_per_item_bounds_are_not_instructions() -> None:
    assert parse_instructions("Don't use the word 'love'.") == (Found("keyword_avoid", {"words": ["love"]}),)
    assert parse_instructions("I'd like a poem that doesn't mention 'rain'.") == (
        Found("keyword_avoid", {"words": ["rain"]}),)
    assert parse_instructions("Describe a dog's day. Include the word 'bone'.") == (
        Found("keyword_include", {"words": ["bone"]}),)
    for text in ("What is JSON?", "Write a function that returns a JSON object.",
                 "Explain the difference between uppercase and lowercase letters.",
                 'Why do people start emails with "Dear Sir"?',
                 "Give 5 bullet points of at most 10 words each.",
                 "I have 3 paragraphs below. Summarize them."):
        assert all(f.kind not in ("json_output", "lowercase", "uppercase", "start_phrase", "words_max",
                                  "paragraphs_exact") for f in parse_instructions(text)), text
    assert parse_instructions("Give 5 bullet points of at most 10 words each.") == (
        Found("bullet_list", {"n": 5}),)


def test_a_partial_answer_loses_nothing_its_finished_answer_could_still_earn() -> None:
    rule = InstructionReward().partial
    assert rule is not None
    json_prompt, lower, avoid = "Return the result as JSON.", "Answer in lowercase.", 'Do not use "new".'
    assert rule.score([json_prompt], ['```json\n{"a"']) == [0.5]  # fenced JSON is JSON: open, not broken
    assert InstructionReward().score([json_prompt], ['```json\n{"a": 1}\n```']) == [1.0]
    assert rule.score([lower, lower], ["1. ", "1. A"]) == [0.5, 0.0]  # no letter yet is not a wrong letter
    assert rule.score([avoid, avoid], ["This is new", "This is new and"]) == [0.5, 0.0]  # "new" may grow


@pytest.mark.parametrize("request_", NO_INSTRUCTIONS, ids=[t[:40] for t in NO_INSTRUCTIONS])
def test_requests_that_state_no_instruction_read_nothing(request_: str) -> None:
    """Questions about words, capitals, JSON or a P.S., a topic with commas in it, pasted text with numbers: the
    verifier's weight would let a misread decide the ranking."""
    assert parse_instructions(request_) == ()


def _assert_reads(reads: dict[str, tuple[Found, ...]]) -> None:
    """Each request reads exactly these instructions, in any order."""
    for text, want in reads.items():
        got = parse_instructions(text)
        assert len(got) == len(want) and all(f in got for f in want), (text, got)


def _misread(probes: list) -> list[tuple[str, list, list[str]]]:
    """The probes (request, [(kind, args), ...]) the reader reads otherwise than listed (order aside), with its read."""
    def read(text: str) -> list[str]:
        return sorted(repr((f.kind, f.args)) for f in parse_instructions(text))

    return [(t, w, read(t)) for t, w in probes if read(t) != sorted(repr((k, a)) for k, a in w)]


def _read_counts(cases: list, read: Callable[[str], Sequence[Found]] = parse_instructions) -> tuple[int, int, int]:
    """Over (request, expected) cases: instructions `read`, missed, and read but not expected."""
    hit = missed = extra = 0
    for text, expected in cases:
        want, got = [Found(k, a) for k, a in expected], list(read(text))
        found = [any(w.kind == g.kind and _same_args(g, w) for g in got) for w in want]
        hit += sum(found)
        missed += len(want) - sum(found)
        extra += sum(not any(w.kind == g.kind and _same_args(g, w) for w in want) for g in got)
    return hit, missed, extra


def test_a_second_author_s_requests() -> None:
    """tests/reward_models/instruction_paraphrases_b.py, written by another author. Every instruction-free request
    reads nothing; the instructions are read with no extra one and recall >= 0.99 (all 139 today)."""
    from tests.reward_models import instruction_paraphrases_b as b

    assert [t for t in b.NO_INSTRUCTIONS if parse_instructions(t)] == []
    hit, missed, extra = _read_counts(b.CASES)
    assert extra == 0 and hit / (hit + missed) >= 0.99, (hit, missed, extra)


# Found by a second review: negated cues, code and topics, other people's bounds, descriptions of existing text.
READ_NOTHING = [
    "Do not use any markdown formatting.", "Don't use bold or italics.", "Don't start your answer with 'Sure'.",
    'Do not begin with "As an AI".', 'Never end with "Let me know if you have any questions."',
    "Don't use quotation marks.", "Don't add a P.S.", "Write a cover letter with no placeholders.",
    "Answer in plain text, not in JSON.", "Don't write in all caps.", "Avoid using uppercase letters.",
    "Write 12345 words or more.", "The text contains at least 3 bullet points. Convert them into prose.",
    "Students must write at least 200 words in their essays. Create a grading rubric.",
    "Our style guide says emails should be under 150 words. Write a memo about it.",
    "What does the << operator do in Python?", "Censor the swear words with ******.",
    "Explain what arr[i] means in Python.", "Explain how to use placeholders in Python f-strings.",
    "Summarize the highlights of the game.", "Give me a bold prediction about AI.",
    "Write a markdown table comparing cats and dogs.", "Give me some famous quotes about love.",
    "Explain the difference between single quotes and double quotes in Python.",
    "Write a Python function that returns the data as JSON.", "Write a CSS rule that makes all text uppercase.",
    "Some people type in all caps. Explain why.", "I hate it when people don't use commas. Write a rant about it.",
    "Write an article about P.S. 118 in Queens.", "Give me three words that start with 'un'.",
    "Write a limerick. The first line should end with 'Peru'.", "Write a poem titled 'Autumn Rain' without rhyming.",
    "Explain the terms and conditions of a lease using simple language.",
    "Choose between TCP/IP and UDP for a game server and explain why.", 'use "x" 0 times',
]


@pytest.mark.parametrize("request_", READ_NOTHING, ids=[t[:40] for t in READ_NOTHING])
def test_negations_topics_and_others_rules_read_nothing(request_: str) -> None:
    assert parse_instructions(request_) == ()


def test_numbers_ranges_and_whose_words() -> None:
    assert parse_instructions("Keep it under 1,200 words.") == (Found("words_max", {"n": 1199}),)
    assert parse_instructions("Write no more than 10000 words.") == (Found("words_max", {"n": 10000}),)
    assert parse_instructions("Write 2-3 sentences about cats.") == (
        Found("sentences_min", {"n": 2}), Found("sentences_max", {"n": 3}))
    assert parse_instructions("Keep it to 2 or 3 paragraphs.") == (
        Found("paragraphs_min", {"n": 2}), Found("paragraphs_max", {"n": 3}))
    assert parse_instructions("Explain the word 'serendipity' without using the word 'luck'.") == (
        Found("keyword_avoid", {"words": ["luck"]}),)
    assert parse_instructions("I have a request: start your answer with 'Hi there'.") == (
        Found("start_phrase", {"phrase": "Hi there"}),)


def test_the_partial_twin_stays_an_upper_bound_on_odd_text() -> None:
    rule = InstructionReward()
    assert rule.partial is not None
    avoid = 'Do not use the word "cheap".'
    assert rule.partial.score([avoid], ["nice \ud800 deal"]) == [0.5]  # a lone surrogate: no exception
    assert rule.partial.score(['Do not use "very ".'], ["a very "]) == [0.5]  # may still become "very big"
    assert rule.partial.score([avoid, avoid], ["so cheap", "so cheap "]) == [0.5, 0.0]
    assert rule.partial.score(['Start your reply with "ΚΑΛΗΣΠΕΡΑ σας".'], ["ΚΑΛΗΣ"]) == [0.5]


def test_a_third_author_s_requests() -> None:
    """tests/reward_models/instruction_paraphrases_c.py (another author, its own words): no extra instruction read,
    recall >= 0.95 (132 of 135 today: a second bound without its unit, "a minimum of six sentences and a maximum of
    eight", and a mention without quotes are missed), at most one instruction-free request misread ("what does the
    lowercase i in iPhone stand for", a question without its question mark)."""
    from tests.reward_models import instruction_paraphrases_c as c

    assert len([t for t in c.NO_INSTRUCTIONS if parse_instructions(t)]) <= 1
    hit, missed, extra = _read_counts(c.CASES)
    assert extra == 0 and hit / (hit + missed) >= 0.95, (hit, missed, extra)


def test_a_paragraph_s_first_word_and_a_cap_on_capitals() -> None:
    """Two readings that once rewarded the wrong thing: the second paragraph's first word read as the answer's start
    phrase, and "fewer than 3 words in capitals" read as "at least 3"."""
    assert parse_instructions('Write 3 paragraphs. The second paragraph should begin with the word "However".') == (
        Found("paragraphs_exact", {"n": 3}), Found("paragraph_first_word", {"n": 2, "word": "However"}))
    assert parse_instructions("Open paragraph 3 with the word Finally.") == (
        Found("paragraph_first_word", {"n": 3, "word": "Finally"}),)
    assert parse_instructions('The last paragraph must begin with "So".') == ()
    assert parse_instructions('Start each paragraph with "Note:".') == ()
    assert parse_instructions("Words in all capital letters should appear fewer than 3 times.") == (
        Found("capital_words_max", {"n": 2}),)
    assert parse_instructions("Use at most 4 words in all caps.") == (Found("capital_words_max", {"n": 4}),)
    assert parse_instructions("Use at least 4 words in all caps.") == (Found("capital_words", {"n": 4}),)
    first = Found("paragraph_first_word", {"n": 2, "word": "however"})
    assert first.check("Intro here.\n\n**However,** the rest.")
    assert first.check("Intro here.\n***\nHowever the rest.")  # a divider line separates paragraphs too
    assert not first.check("Intro here. However the rest.")
    assert not first.check("Intro here.\n\nMoreover, however.")
    capped = Found("capital_words_max", {"n": 1})
    assert capped.check("ONE word only") and not capped.check("TWO WORDS here")
    rule = InstructionReward()
    assert rule.partial is not None
    assert rule.partial.score(["Use at most 1 word in all caps."], ["NASA is GRE"]) == [0.5]  # "GRE" may be "Great"
    assert rule.partial.score(["Use at most 1 word in all caps."], ["NASA is GREAT "]) == [0.0]


def test_divider_lines_are_not_paragraphs_or_bullets() -> None:
    from aligned_core import text as tx

    assert tx.paragraphs("one\n\n***\n\ntwo\n---\nthree") == ["one", "two", "three"]
    assert tx.count_bullets("* * *\n- item\n* another\n***") == 2


def test_repeat_the_request_is_read_with_its_possible_readings() -> None:
    (found,) = parse_instructions("Before answering, repeat my question word for word. What is the capital of Peru?")
    assert found.kind == "repeat_request" and "What is the capital of Peru?" in found.args["request"]
    text = ('Write a haiku about frost. End with "The end." Then stop. '
            "First repeat the request exactly as written, then answer it.")
    read = {f.kind: f for f in parse_instructions(text)}
    assert set(read) == {"end_phrase", "repeat_request"}
    readings = read["repeat_request"].args["request"]
    assert 'Write a haiku about frost. End with "The end." Then stop.' in readings  # a quote ends no sentence early
    assert "Write a haiku about frost. Then stop." in readings  # without the sentence that is an instruction
    rule = InstructionReward()
    answers = ["Write a haiku about frost. Then stop. Frost on the window... The end.", "Frost on the window."]
    assert rule.score([text, text], answers) == [1.0, 0.0]  # repeats one reading and ends as asked; neither
    assert parse_instructions("Do not repeat the question verbatim. What is 2+2?") == ()
    assert parse_instructions("Why do kids repeat the question exactly?") == ()
    assert ck.repeat_request("what is it? it is x", request=["Nope.", "What is it?"])
    assert not ck.repeat_request("what is it?", request="What is it?")  # nothing after the repeat


def test_partial_answers_that_met_an_instruction_for_good_rank_above_open_ones() -> None:
    """Search prunes by the partial reward: met for good > open > broken, and one broken instruction outweighs any
    number of open ones."""
    partial = InstructionReward().partial
    assert partial is not None
    two = 'Mention "garden" and use at least 8 words. Do not use "cheap".'
    met, cut, open_, broken = partial.score([two] * 4, [
        "My garden is", "My garde", "My house", "My cheap garden has many many lovely plants "])
    assert met > open_ > broken and cut == open_  # a word cut at the end ("garde") meets nothing yet
    assert partial.score(["Use at least 3 words."], ["one two three "]) == [1.0]
    assert partial.score(["Use at least 3 words."], ["one two thr"]) == pytest.approx([(1 + 2 / 3) / 2])


def test_partial_answers_rank_by_progress_and_break_caps_they_cannot_undo() -> None:
    partial = InstructionReward().partial
    assert partial is not None
    letters = "Use the letter 'z' at least 4 times."
    none_, two = partial.score([letters] * 2, ["The cat ", "Zany zebras "])
    assert none_ == 0.5 and two == pytest.approx((1 + 2 / 4) / 2)  # 2 of 4: halfway between open and met
    assert partial.score([letters], ["Zany zebras zip zz "]) == [1.0]
    two_sentences = "Answer in exactly two sentences."
    assert partial.score([two_sentences] * 3, ["One. Two. Thr", "One. Two", "One. Two."]) == [
        0.0, 0.75, 0.995]  # a third begun after ". " stays a third (broken); an exact count's progress is the count
    # so far among finished words (1 of 2, then 2 of 2 capped at 0.99: "Two." may still go on as "Two. Three")
    bullets = "Give exactly 2 bullet points."
    assert partial.score([bullets] * 4, ["- a\n- b\n- c", "- a\n- b\n- ", "- a\n- b\n-", "- a\n"]) == [
        0.0, 0.995, 0.995, 0.75]
    three = "Write exactly 3 paragraphs."  # at the same length, the answer on pace for 3 ranks first
    assert partial.score([three] * 3, ["A.", "A.\n\nB", "A.\n\nB.\n\nC"]) == pytest.approx([2 / 3, 2 / 3, 5 / 6])
    paragraphs = "Write at most 2 paragraphs."
    assert partial.score([paragraphs] * 3, ["A.\n\nB.\n\nC", "A.\n\nB.\n\n-", "A.\n\nB.\n\n"]) == [
        0.0, 0.5, 0.5]  # "-" may still become a divider line


def test_the_answer_s_language() -> None:
    assert parse_instructions("Write a short poem about rain. Respond only in Spanish.") == (
        Found("language", {"code": "es"}),)
    assert parse_instructions("Answer in French and keep it under 40 words.") == (
        Found("language", {"code": "fr"}), Found("words_max", {"n": 39}))
    for topic in ["Tell me about the French Revolution.", "Write a recipe for French toast in English.",
                  "Translate this into German: good morning", "My students write in Spanish. How can I help them?",
                  "Describe the history of Spanish cuisine.", "Do not answer in French.",
                  "I am learning Spanish in class; write me a dialogue."]:
        assert parse_instructions(topic) == (), topic
    rule = InstructionReward()
    prompt = "Describe the rain, in Spanish please."
    answers = ["¡Hola! Aquí tienes una descripción de la lluvia que cae sobre la ciudad.",
               "Here is a description of the rain falling on the city.", "", "12 34 !!"]
    assert rule.score([prompt] * 4, answers) == [1.0, 0.0, 0.0, 0.0]
    assert ck.language("Привет! Вот стихотворение о дожде.", code="ru")  # letters of any script count


def test_a_fourth_author_s_requests() -> None:
    """tests/reward_models/instruction_paraphrases_d.py (a fourth author, its own words, the newer kinds included):
    first read recall 0.920, precision 0.941; all 138 read with their arguments and 34 of 34 instruction-free
    requests clean after the fixes it prompted."""
    from tests.reward_models import instruction_paraphrases_d as d

    assert [t for t in d.NO_INSTRUCTIONS if parse_instructions(t)] == []
    hit, missed, extra = _read_counts(d.CASES)
    assert extra == 0 and hit / (hit + missed) >= 0.99, (hit, missed, extra)


def test_the_third_review_s_findings() -> None:
    """A review of the repeat, paragraph, caps and partial-reward changes: each case rewarded the wrong answer,
    read a topic as an instruction, or cost quadratic time."""
    import time as _time

    from aligned_core import text as tx

    rule = InstructionReward()
    partial = rule.partial
    assert partial is not None
    start = _time.perf_counter()  # a line of "-" and spaces was quadratic in the bullet pattern (6 s at 100k)
    rule.score(["Use at least 3 bullet points."], ["-" + " " * 99_990])
    partial.score(["Use at least 3 bullet points and 2 paragraphs."], ["-" + " " * 99_990])
    assert _time.perf_counter() - start < 1.0
    assert tx.count_bullets("- a\n* * *\n-  - -\n• b") == 2
    for text in ["Instead of repeating my question verbatim, just answer it directly. What causes tides?",
                 "Rather than quoting the prompt word for word, summarize it.",
                 "Rewrite the question below so a 10-year-old understands it, keeping the numbers exactly as they are.",
                 "Copy the task list below exactly into a markdown table: buy milk, call mom, pay rent.",
                 "My essay's second paragraph starts with 'However'. Can you suggest a stronger transition word",
                 "In the first paragraph, introduce a character who starts every day with \"coffee\"."]:
        assert parse_instructions(text) == (), text
    one = "Please repeat my request verbatim and then give three tips for sleeping better."
    assert rule.score([one], [one + " Tip one: keep a schedule."]) == [1.0]  # one sentence: the whole message
    greet = "Write a haiku about rain. First repeat the request exactly as it is, then write the haiku. Thanks!"
    assert rule.score([greet], ["Thanks! soft rain on the roof"]) == [0.0]  # a greeting is no reading
    paren = "(Repeat my request word for word.) Write a short poem about autumn leaves."
    assert rule.score([paren], ["Write a short poem about autumn leaves. Leaves fall."]) == [1.0]
    assert parse_instructions('Write three paragraphs about dogs. Begin your answer with "Woof" and the second '
                              'paragraph should start with "Also".') == (
        Found("paragraphs_exact", {"n": 3}), Found("start_phrase", {"phrase": "Woof"}),
        Found("paragraph_first_word", {"n": 2, "word": "Also"}))
    caps = {"Include no fewer than 3 words in ALL CAPS.": Found("capital_words", {"n": 3}),
            "Avoid using more than 2 words in all caps.": Found("capital_words_max", {"n": 2}),
            "Use 2 or fewer words in all caps.": Found("capital_words_max", {"n": 2}),
            "You shouldn't have more than 2 words in all caps.": Found("capital_words_max", {"n": 2}),
            "Limit all-caps words to 2.": Found("capital_words_max", {"n": 2}),
            "Keep the number of all-caps words below 3.": Found("capital_words_max", {"n": 2}),
            "Use 0 words in all caps.": Found("capital_words_max", {"n": 0})}
    for text, want in caps.items():
        assert parse_instructions(text) == (want,), text
    assert parse_instructions("It must be at least 80 words long, with fewer than 3 words in all caps.")[0] == Found(
        "capital_words_max", {"n": 2})
    items = "List 5 items, each on its own line starting with a number followed by a period."
    assert parse_instructions(items) == ()
    assert parse_instructions("Write a thank-you note. End it with 'Cheers, Sam' on its own line.") == (
        Found("end_phrase", {"phrase": "Cheers, Sam"}),)
    assert partial.score(["Use at least one word in all caps."], ["We love NASA'"]) == [0.5]  # "NASA's" is not
    assert partial.score(["Describe your hometown in at least 2 paragraphs."], ["Small.\n\n- "]) == [0.75]


def test_numbered_lists_code_blocks_hashtags_and_digits() -> None:
    """Readers for the task's four held-out families, written from general English (not their phrasings);
    `skip` leaves them unread, as test_families' learned-model measurement needs."""
    reads = {"Give me a numbered list of 5 tips for sleeping better.": Found("numbered_list", {"n": 5}),
             "Write 7 numbered steps to bake bread.": Found("numbered_list", {"n": 7}),
             "Write a tweet about our launch and add 3 hashtags at the end.": Found("hashtags", {"n": 3}),
             "Explain the water cycle without using any digits.": Found("no_digits"),
             "Spell out every number.": Found("no_digits"),
             "Write your entire answer inside a single code block.": Found("code_block")}
    for text, want in reads.items():
        assert parse_instructions(text) == (want,), text
    for text in ["What are hashtags for?", "No hashtags please.", "Put the code in a code block and explain it.",
                 "I have 3 numbered lists in my doc; which is best?", "Write the steps as a numbered list."]:
        assert parse_instructions(text) == (), text
    skip = build_rule("rule:instructions?skip=numbered_list,code_block,hashtags,no_digits")
    prompt = "Write a tweet about our launch and add 3 hashtags at the end. Keep it under 30 words."
    assert skip.read(prompt) == (Found("words_max", {"n": 29}),)  # type: ignore[attr-defined]
    partial = InstructionReward().partial
    assert partial is not None
    assert partial.score(["Spell out every number."] * 2, ["We have two", "We have 2"]) == [0.5, 0.0]
    assert partial.score(["Write your entire answer inside a single code block."] * 2, ["```py", "Sure"]) == [
        0.5, 0.0]
    assert partial.score(["Give me a numbered list of 2 tips."] * 2, ["1. a\n2. b\n3. c", "1. a\n2. b\n3. c\n"]) == [
        0.5, 0.0]
    assert partial.score(["Add 2 hashtags."] * 2, ["#one #two ", "#one #tw"]) == [1.0, 0.75]


def test_a_fifth_author_s_messy_requests() -> None:
    """tests/reward_models/instruction_paraphrases_e.py (long real-world requests with pasted material): first
    read recall 0.902, precision 0.992, 22 of 31 instruction-free requests clean; after its fixes 128 of 132 read
    (a count corrected in the next sentence, a brand guide's or a site manager's rule the user adopts, and an
    unquoted "mention the umbrella" stay unread) and all 31 clean."""
    from tests.reward_models import instruction_paraphrases_e as e

    assert [t for t in e.NO_INSTRUCTIONS if parse_instructions(t)] == []
    hit, missed, extra = _read_counts(e.CASES)
    assert extra == 0 and hit / (hit + missed) >= 0.96, (hit, missed, extra)


def test_the_partial_reward_contract_holds_on_random_answers() -> None:
    """For every prefix of random answers: an instruction scored broken is failed by the finished answer, and one
    scored met for good is passed by it (`_prefix_ok`, `_prefix_kept`), whatever the answer goes on with."""
    import random

    from reward_models.instructions import _prefix_kept, _prefix_ok

    pieces = ["One", "two", "NASA", "NASA's", "zz", "z", "garden", "gardens", ".", ". ", "! ", "? ", ",", " ", "\n",
              "\n\n", "- ", "* ", "* * *", "---", "1. ", "2. ", "#tag", "**bold**", "*it*", "[name]", "<<T>>", "P.S. ",
              "```", "{", "\"", "'", "Dear", "team", "9", "é", "Über", "end."]
    instructions = [
        Found("words_min", {"n": 5}), Found("words_max", {"n": 6}), Found("sentences_exact", {"n": 2}),
        Found("sentences_max", {"n": 2}), Found("sentences_min", {"n": 2}), Found("paragraphs_exact", {"n": 2}),
        Found("paragraphs_max", {"n": 1}), Found("paragraphs_min", {"n": 2}), Found("bullet_list", {"n": 2}),
        Found("bullets_max", {"n": 1}), Found("bullets_min", {"n": 2}), Found("numbered_list", {"n": 2}),
        Found("highlight", {"n": 1}), Found("title"), Found("placeholders", {"n": 1}),
        Found("postscript", {"marker": "P.S."}), Found("hashtags", {"n": 1}), Found("json_output"),
        Found("quotation"), Found("code_block"), Found("lowercase"), Found("uppercase"),
        Found("capital_words", {"n": 1}), Found("capital_words_max", {"n": 1}),
        Found("keyword_include", {"words": ["garden"]}), Found("keyword_avoid", {"words": ["garden"]}),
        Found("keyword_frequency", {"word": "garden", "n": 2}), Found("letter_frequency", {"letter": "z", "n": 3}),
        Found("start_phrase", {"phrase": "Dear team"}), Found("no_commas"), Found("no_digits"),
    ]
    rng = random.Random(0)
    for _ in range(400):
        answer = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
        for cut in range(1, len(answer)):
            prefix = answer[:cut]
            for f in instructions:
                if not _prefix_ok(f, prefix):
                    assert not f.check(answer), (f, prefix, answer)
                if _prefix_kept(f, prefix):
                    assert f.check(answer), (f, prefix, answer)


def test_the_fourth_review_s_findings() -> None:
    """A review of the fifth author's fixes: quoted phrases the user wants were swallowed as pasted material,
    lists read as a single choice, "no less then" read as a cap, "my colleague wrote" silenced a clause, and more."""
    reads = {
        'Write an email to my landlord. End with a sentence that says "I look forward to hearing from you soon."':
            (Found("end_phrase", {"phrase": "I look forward to hearing from you soon."}),),
        "Don't say \"sorry for the inconvenience caused\" anywhere.":
            (Found("keyword_avoid", {"words": ["sorry for the inconvenience caused"]}),),
        "Write a product name. Avoid anything from this list: Apple, Amazon, Google.": (),
        "Write a short poem using two words from this list: ocean, ember, willow, frost.": (),
        "Write no less then 150 words on climate change.": (Found("words_min", {"n": 150}),),
        "Summarize the article my colleague wrote in under 150 words.": (Found("words_max", {"n": 149}),),
        "Plan a 5-day trip to Rome with each day headed Day 1, Day 2, and so on.":
            (Found("sections", {"n": 5, "marker": "Day"}),),
        "Use a placeholder like [address] in the letter. At most 3 placeholders overall.":
            (Found("placeholders", {"n": 1}),),
        "Highlight at least 3 key terms with markdown. Use *italics* instead of bold.": (Found("highlight", {"n": 3}),),
        "Write a tweet: no commas, end with a question.": (Found("no_commas"), Found("end_with_question")),
        "Also a P.S. about the weather.": (Found("postscript", {"marker": "P.S."}),),
        "Add a P.S. about parking. Actually, make it a P.P.S. instead.": (Found("postscript", {"marker": "P.P.S."}),),
        "Keep the word count to 150 with at least 3 words in ALL CAPS for emphasis.":
            (Found("capital_words", {"n": 3}),),
        "Avoid the word 'very' and then 'really' too.": (Found("keyword_avoid", {"words": ["very", "really"]}),),
        "Write a slogan: all caps, under 10 words": (Found("uppercase"), Found("words_max", {"n": 9})),
        "Write 4 paragraphs. Actually, 3 paragraphs.": (Found("paragraphs_exact", {"n": 3}),),
    }
    for text, want in reads.items():
        assert parse_instructions(text) == want, text
    (repeat,) = parse_instructions("Repeat the request verbatim before answering, so that I know you read it. "
                                   "Request: name three owls that live in Europe.")
    assert "name three owls that live in Europe." in repeat.args["request"]
    assert parse_instructions("Copy the first line of the poem exactly and then explain it.") == ()
    (repeat,) = parse_instructions("Repeat my question word for word and then answer it. Why is the sky blue?")
    assert "answer it." not in repeat.args["request"]  # boilerplate after "then" is no reading


def test_a_sixth_author_s_terse_and_non_native_requests() -> None:
    """tests/reward_models/instruction_paraphrases_f.py ("word budget: 80", "sans commas", "cap it at 120 words",
    "3+ times"): first read recall 0.899, precision 0.973, 32 of 32 clean; after its fixes and a review that took
    back the riskier ones ("not longer as", "máximo", "minimum 2", "copy this line", "capital-letter words", a cut
    before ", max 20 words": each misread other requests) 149 of 158, two read with a wrong bound."""
    from tests.reward_models import instruction_paraphrases_f as f

    assert [t for t in f.NO_INSTRUCTIONS if parse_instructions(t)] == []
    hit, missed, extra = _read_counts(f.CASES)
    assert extra <= 2 and hit / (hit + missed) >= 0.94, (hit, missed, extra)


def test_the_fifth_review_s_findings() -> None:
    """A review of the sixth author's fixes: each of these was misread by them."""
    reads = {
        "Write a memo to the finance team that uses the word budget 4 times.":
            (Found("keyword_frequency", {"word": "budget", "n": 4}),),
        "Give me 6 bullet points about sleep hygiene. Keep each bullet short, max 12 words.":
            (Found("bullet_list", {"n": 6}),),
        "Write a LinkedIn post with hashtags, minimum 1000 characters.": (Found("hashtags", {"n": 1}),),
        "Compare Helvetica and Comic Sans in 3 sentences, using commas freely.": (Found("sentences_exact", {"n": 3}),),
        "Use capital-letter words at most 2 times.": (),
        "Write a biography of Máximo Gómez in 3 paragraphs.": (Found("paragraphs_exact", {"n": 3}),),
        "I'm no longer as busy so write me 4 paragraphs on stoicism.": (Found("paragraphs_exact", {"n": 4}),),
        "Give me tips on hashtags for Instagram.": (),
        "Write an invitation template with [name], [date], and [venue].": (Found("placeholders", {"n": 1}),),
        "Plan a 3-day trip to Lisbon for my friend Mark. Day 1 he arrives at noon.": (),
        "Write in French sans commas.": (Found("no_commas"), Found("language", {"code": "fr"})),
        "Give at least 10 hashtags for my post.": (Found("hashtags", {"n": 10}),),
    }
    for text, want in reads.items():
        assert parse_instructions(text) == want, text


def test_a_seventh_author_s_careful_varied_requests() -> None:
    """tests/reward_models/instruction_paraphrases_g.py (professional register: "shy of a hundred words", "upwards
    of 250", "two hundred and fifty", "a dozen bullet points", "refrain from using the word", "in block capitals",
    "no fewer than three bracketed placeholders"): first read recall 0.856, precision 0.938, 33 of 34 clean; after
    its fixes 194 of 195 (a highlight count beside a numbered list in one clause is not read), none extra."""
    from tests.reward_models import instruction_paraphrases_g as g

    assert [t for t in g.NO_INSTRUCTIONS if parse_instructions(t)] == []
    hit, missed, extra = _read_counts(g.CASES)
    assert extra == 0 and hit / (hit + missed) >= 0.99, (hit, missed, extra)


@pytest.mark.parametrize(("text", "n"), [
    ("Answer in two hundred and fifty words or more.", 250), ("Use at least forty-five words.", 45),
    ("Write at least a hundred words.", 100), ("Write at least fourteen words.", 14),
    ("Use at least nine hundred ninety-nine words.", 999), ("Write at least 1,200 words.", 1200),
])
def test_number_words_are_read_whole(text: str, n: int) -> None:
    """Before, "two hundred and fifty" read as 50 and "fourteen" as 4 (no word boundary after a number word)."""
    assert parse_instructions(text) == (Found("words_min", {"n": n}),)


def test_the_seventh_author_s_findings() -> None:
    """Each was misread before: a bound read as a negation, a quoted phrase's words read as cues, a code block as a
    highlight, capital-word counts as the whole answer's case or as a length, strict counts of times."""
    reads = {
        "Use no fewer than three bracketed placeholders like [name].": (Found("placeholders", {"n": 3}),),
        'Review the phone, but refrain from using the word "innovative" anywhere.':
            (Found("keyword_avoid", {"words": ["innovative"]}),),
        'Mention the phrase "open to all" in the notice.': (Found("keyword_include", {"words": ["open to all"]}),),
        "Can you give me feedback on the opening sentence of my novel: 'The dog had been dead for days.'": (),
        'The first sentence must be "Let us begin."': (Found("start_phrase", {"phrase": "Let us begin."}),),
        "Write a haiku and put the whole response inside one markdown code block.": (Found("code_block"),),
        "Make certain that at least three words appear in full capitals.": (Found("capital_words", {"n": 3}),),
        "Use fully capitalised words sparingly: fewer than four of them in total.":
            (Found("capital_words_max", {"n": 3}),),
        "Make sure fully capitalised words appear no more than once.": (Found("capital_words_max", {"n": 1}),),
        "Explain the rules of chess in block capitals.": (Found("uppercase"),),
        'Use the word "posture" more than twice.': (Found("keyword_frequency", {"word": "posture", "n": 3}),),
        "Write a limerick in which the letter k is used more than 6 times.":
            (Found("letter_frequency", {"letter": "k", "n": 7}),),
        "Keep it shy of a hundred words.": (Found("words_max", {"n": 99}),),
        "I'm after something substantial, upwards of 250 words.": (Found("words_min", {"n": 251}),),
        "Use bullet points; fewer than 6 of them, please.": (Found("bullets_max", {"n": 5}),),
        "Use bullet points, and give me at least ten.": (Found("bullets_min", {"n": 10}),),
        "The response must not contain a single digit from 0 to 9.": (Found("no_digits"),),
        "Is it safe? Just say yes, no or maybe, nothing else.":
            (Found("constrained_choice", {"options": ["yes", "no", "maybe"]}),),
        'Would it survive? Reply with exactly one word: "yes" or "no".':
            (Found("constrained_choice", {"options": ["yes", "no"]}),),
        "Write a poem about a cat who learned to code, in all capital letters and with no commas.":
            (Found("uppercase"), Found("no_commas")),
        "Write a post; it should carry no fewer than 5 hashtags and not exceed 50 words.":
            (Found("hashtags", {"n": 5}), Found("words_max", {"n": 50})),
        "Write a poem; the letter 'l' should occur at least 15 times and the poem should carry a title like <<A>>.":
            (Found("letter_frequency", {"letter": "l", "n": 15}), Found("title")),
        "Label each day \"Day 1\" through \"Day 7\".": (Found("sections", {"n": 7, "marker": "Day"}),),
        "Five sentences, the last of which must be a question.":
            (Found("end_with_question"), Found("sentences_exact", {"n": 5})),
        "Make certain it wraps up with a question.": (Found("end_with_question"),),
    }
    _assert_reads(reads)


def test_the_sixth_review_s_findings() -> None:
    """A review of the seventh author's fixes: each was misread by them (or made worse)."""
    reads = {
        'Don\'t use "Dear Sir" in the first line.': (Found("keyword_avoid", {"words": ["dear sir"]}),),
        'Include the keyword "SEO tools" in the first sentence.': (Found("keyword_include", {"words": ["seo tools"]}),),
        'Write a poem whose first line rhymes with "cat".': (),
        "Rewrite the first sentence: Our company is the best in the world.": (),
        'Write a letter to my landlord; mention "repair" and refrain from being rude.':
            (Found("keyword_include", {"words": ["repair"]}),),
        'Write a flyer for an event that is free of charge, using the word "community".':
            (Found("keyword_include", {"words": ["community"]}),),
        'Describe the plot of "Inception" while omitting spoilers.': (),
        'Use the word "like" no more than twice.': (),
        'Mention "AI" no more than 3 times.': (),
        'Use the letter "z" no more than 3 times.': (),
        "Write an invitation for upwards of 50 guests in 3 sentences.": (Found("sentences_exact", {"n": 3}),),
        "Describe a drone that flies in excess of 50 mph, in exactly 3 sentences.":
            (Found("sentences_exact", {"n": 3}),),
        "Write a speech for someone shy of public speaking, in 3 paragraphs.": (Found("paragraphs_exact", {"n": 3}),),
        "Write a story about a customer service bot that can only reply with yes, no or maybe.": (),
        "My kid can only say yes, no or mama. Write a funny story.": (),
        "Use bullet points to list foods with less than 5 grams of sugar.": (),
        "Give me bullet points on cars with fewer than 50,000 miles.": (),
        "Write a post that doesn't feature hashtags.": (),
        "Write a LinkedIn post that shouldn't contain hashtags.": (),
        "Write an essay on whether hashtags contain real activism.": (),
        "Give me no more than 5 numbered tips for better sleep.": (),
        "Write a number puzzle where not a single digit repeats.": (),
        "Passwords must not have any digit repeated: write the policy.": (),
        "Explain how, in formal writing, to avoid comma splices.": (),
        "Answer the following three questions, the last of which is optional.": (),
        "Write a newsletter that wraps up this week: new hires, product launch, and events.": (),
        "Explain when to use block capitals on forms.": (),
        "Highlight at least 2 key code changes with markdown, like *this*.": (Found("highlight", {"n": 2}),),
    }
    _assert_reads(reads)


def test_an_eighth_author_s_structured_requests() -> None:
    """tests/reward_models/instruction_paraphrases_h.py (constraint blocks, key: value lines, a list's form and its
    count in different lines, the user's own P.S., role-play with quoted customer text): first read recall 0.865,
    precision 0.959, 29 of 33 clean; after its fixes and a review that narrowed them 238 of 245 (left unread: a bare
    "Language: Italian" line, as a book's or film's details also write it; "In Spanish please." alone, which also
    follows "How do you say 'thanks'?"; backtick-quoted words, which are mostly code), 32 of 33 clean (a club's rules
    listed as context still read)."""
    from tests.reward_models import instruction_paraphrases_h as h

    assert len([t for t in h.NO_INSTRUCTIONS if parse_instructions(t)]) <= 1
    hit, missed, extra = _read_counts(h.CASES)
    assert extra == 0 and hit / (hit + missed) >= 0.97, (hit, missed, extra)


def test_the_eighth_author_s_findings() -> None:
    reads = {
        "Write a tip list. Make it a numbered list. There should be 7 of them.": (Found("numbered_list", {"n": 7}),),
        "Tavern names.\nFormat:\n- markdown bullets\n- between 5 and 8 of them":
            (Found("bullets_min", {"n": 5}), Found("bullets_max", {"n": 8})),
        "Packing advice.\nFormat:\n* bullet points only, exactly 6 of them": (Found("bullet_list", {"n": 6}),),
        "Our style guide says every bullet list must have at least three items. Where does that rule come from?": (),
        "Describe a bakery.\n- must include: cinnamon, butter, yeast":
            (Found("keyword_include", {"words": ["cinnamon", "butter", "yeast"]}),),
        "Explain photosynthesis.\nNotes:\n- Language: Spanish": (Found("language", {"code": "es"}),),
        "Give me 3 reasons to visit Lisbon. Answer in Spanish please.": (Found("language", {"code": "es"}),),
        "A short bio.\nP.S. please no digits in the answer": (Found("no_digits"),),
        "P.S. from my last message: I forgot to mention I'm vegan. Does that change your suggestion?": (),
        "Explain a mortgage.\nP.S. could you answer in Japanese?": (Found("language", {"code": "ja"}),),
        "Write a motivational note.\n- End with the exact phrase 'We've got this.'":
            (Found("end_phrase", {"phrase": "We've got this."}),),
        "Send the email.\n- use placeholders in square brackets (at least 3)": (Found("placeholders", {"n": 3}),),
        "Describe a rainforest walk.\n- title in <<>>": (Found("title"),),
        "Plan a 4-week running program. Put each week under its own heading: 'Week 1', 'Week 2', and so on.":
            (Found("sections", {"n": 4, "marker": "Week"}),),
        "A study plan.\nFormat:\n- 5 sections, each beginning with 'Day' and a number (Day 1, Day 2, ...)":
            (Found("sections", {"n": 5, "marker": "Day"}),),
        "Output format: JSON with keys \"summary\" and \"key_dates\". Nothing outside the JSON.":
            (Found("json_output"),),
        'You are a support agent. Reply to this message in French.\n\n"Hello, my bill has two paragraphs of charges '
        'and the second one has a comma where a decimal point should be. Can you explain?"':
            (Found("language", {"code": "fr"}),),
        'You are a librarian. A patron wrote:\n\n> "Could you recommend a novel where every paragraph is short? '
        'Bonus if it has no commas, ha."\n\nReply to them in exactly 2 paragraphs.':
            (Found("paragraphs_exact", {"n": 2}),),
        "Hiking club email. Finish the email with the exact line 'See you on the trail!'":
            (Found("end_phrase", {"phrase": "See you on the trail!"}),),
    }
    _assert_reads(reads)


def test_requests_put_as_questions() -> None:
    """Real requests often ask politely with a question mark; a question about something reads nothing."""
    reads = {
        "Write a poem about rain. Is it possible to avoid commas?": (Found("no_commas"),),
        "Write me a cover letter. Could the answer be all lowercase?": (Found("lowercase"),),
        "Describe Paris. Mind including the words 'Seine' and 'Louvre'?":
            (Found("keyword_include", {"words": ["seine", "louvre"]}),),
        "Explain gravity, ideally in fewer than 4 sentences?": (Found("sentences_max", {"n": 3}),),
        "Write about tea. How about ending with a question?": (Found("end_with_question"),),
        "Summarise this article. What if you used at most 3 bullet points?": (Found("bullets_max", {"n": 3}),),
        "Is it possible to write 300 words a day?": (),
        "Is it possible to learn French in 3 months?": (),
        "Why do some poets avoid commas entirely?": (),
        "Describe what happens if you use too many commas?": (),
    }
    _assert_reads(reads)


def test_the_seventh_review_s_findings() -> None:
    """A review of the eighth author's fixes: each was misread by them."""
    reads = {
        "Make a numbered list of packing essentials. The airline allows exactly 2 items in the cabin.": (),
        "Give me a bullet list of hikes near Denver. I can do at most 3 of them this summer.": (),
        "Recap last night's game in bullet points. We won by exactly 3 points!": (),
        "Make a numbered list of my top books. For each one, give exactly 2 points on why I'd like it.": (),
        "Write our school bulletin. Include exactly 4 items: lunch, sports, art, music.": (),
        "My days are numbered at this job. Give me exactly 5 tips for the interview.": (),
        "Give me 5 common phrases in Spanish with their English meanings.": (),
        "Write a welcome sign for my shop in English. Also in Spanish please.": (),
        "How do you say 'thank you'? In Japanese please.": (),
        "Book: Cien años de soledad\nLanguage: Spanish\nPages: 417\n\nWrite a short English blurb.": (),
        "My 6-week-old baby is in Week 1 of daycare. Write a note in sections: feeding, sleep, contacts.": (),
        "Today is day 1 of my 7-day juice cleanse. Write a blog post and include a section on hydration.": (),
        "Don't use `for` loops. Compute the squares of a list.": (),
        "Input format: JSON. Output format: CSV. Write a Python converter.": (),
        "Respond to the following complaint and end with 'We value your business.' The complaint: my order was late.":
            (Found("end_phrase", {"phrase": "We value your business."}),),
        "Write a reply to the message below. End it with the exact phrase \"Let me know if you have any questions.\"":
            (Found("end_phrase", {"phrase": "Let me know if you have any questions."}),),
        "Write an out-of-office email. Include: return date, backup contact, and a friendly tone.": (),
        "Symptoms include: fever, cough, fatigue. What could it be?": (),
        "Write a thank-you email to my team.\nP.S. at the end: remind them about Friday's party.":
            (Found("postscript", {"marker": "P.S."}),),
        "Write an email.\n- P.S. mentioning my latte art award": (Found("postscript", {"marker": "P.S."}),),
        "'Tis the season. Write a holiday card, all lowercase, and mention 'snow' twice.":
            (Found("lowercase"), Found("keyword_frequency", {"word": "snow", "n": 2})),
        "Describe '90s fashion. End your response with 'Totally rad.'":
            (Found("end_phrase", {"phrase": "Totally rad."}),),
        "My function returns <<>> when empty. Why?": (),
        "Don't use the letter e more than 10 times.": (),
        "Is tea healthy? Just say yes or no, then give one reason in under 20 words.": (Found("words_max", {"n": 19}),),
    }
    _assert_reads(reads)


def test_a_ninth_author_s_specification_style_requests() -> None:
    """tests/reward_models/instruction_paraphrases_i.py (formal constraint sentences before or after the task): first
    read recall 0.922, precision 0.979, 28 of 34 clean; after its fixes all 204 read, none extra, 34 of 34 clean."""
    from tests.reward_models import instruction_paraphrases_i as i

    assert [t for t in i.NO_INSTRUCTIONS if parse_instructions(t)] == []
    hit, missed, extra = _read_counts(i.CASES)
    assert extra == 0 and hit / (hit + missed) >= 0.99, (hit, missed, extra)


def test_the_ninth_author_s_findings() -> None:
    reads = {
        "Write an ad. The total word count must be at most forty-five.": (Found("words_max", {"n": 45}),),
        "Answer in exactly 4 markdown bullet points (lines beginning with '* ').": (Found("bullet_list", {"n": 4}),),
        "Use no fewer than 4 bullet points, and leave out commas entirely.":
            (Found("bullets_min", {"n": 4}), Found("no_commas")),
        "Format it as a numbered list containing precisely eight steps.": (Found("numbered_list", {"n": 8}),),
        "Organise it into 3 sections, beginning each one with 'Day 1', 'Day 2' and 'Day 3'.":
            (Found("sections", {"n": 3, "marker": "Day"}),),
        "Split the syllabus into 5 sections, each starting with 'Week' followed by the week number.":
            (Found("sections", {"n": 5, "marker": "Week"}),),
        "Refrain from using more than one fully capitalised word.": (Found("capital_words_max", {"n": 1}),),
        "Write a blog post introduction that closes with a question.": (Found("end_with_question"),),
        "The response must be valid JSON and nothing else; markdown code fences around it are acceptable.":
            (Found("json_output"),),
        "Ensure that your entire output is a single, parseable JSON object.": (Found("json_output"),),
        "Present your answer as one code block fenced with ```.": (Found("code_block"),),
        "Do not include any digits in your answer.": (Found("no_digits"),),
        "Write a recipe in which no digit characters appear at all.": (Found("no_digits"),),
        "Explain why bread goes stale. Before that, repeat the sentence 'Explain why bread goes stale.' word for word.":
            (Found("repeat_request", {"request": ["Explain why bread goes stale."]}),),
        "Classify this review. Reply using only one of the labels positive, negative, or neutral.":
            (Found("constrained_choice", {"options": ["positive", "negative", "neutral"]}),),
        "Write a tweet, using a minimum of two hashtags and fewer than 30 words.":
            (Found("hashtags", {"n": 2}), Found("words_max", {"n": 29})),
        "Explain the purpose of a postscript in a formal letter.": (),
        "Write a story about a typesetter who refuses to print capital letters.": (),
        "Describe how markdown uses asterisks to create italic and bold text.": (),
        "Write a story about a robot that can only answer questions with 'yes' or 'no'.": (),
        "Discuss teaching students the five-paragraph essay format.": (),
    }
    _assert_reads(reads)


def test_the_eighth_review_s_findings() -> None:
    """A review of the ninth author's fixes: each was misread by them (or lost)."""
    reads = {
        'Find me a famous quote that ends with "freedom".': (),
        "I have a question about a store that closes at 9pm. Can I still return items at 8:55?": (),
        'Write a song about summer and repeat the line "we ride tonight" exactly four times in the chorus.':
            (Found("keyword_frequency", {"word": "we ride tonight", "n": 4}),),
        'Repeat the question "Are you still there?" exactly once at the end of your answer.': (),
        "Tag each of the following tweets with one of the labels positive, negative, or neutral.": (),
        "My essay's word count must be at least 2000. Can you outline it for me?": (),
        "The word count can be at most 10% higher than the original.": (),
        "My book has 10 sections, each starting with \"Chapter\". Summarize it.": (),
        "Output as one JSON object and then explain the fields.": (),
        "Can you omit commas after introductory phrases? Give me examples.": (),
        "Write a function that returns true if a string has no digit characters.": (),
        "Do not include any digits in the product names, but list the prices.": (),
        "Rewrite the refrain from More Than Words as prose.": (),
        'Answer with only "yes" or "no" and add nothing else.':
            (Found("constrained_choice", {"options": ["yes", "no"]}),),
        'Is it safe to boil eggs and then give them to a dog? Answer with only "yes" or "no".':
            (Found("constrained_choice", {"options": ["yes", "no"]}),),
        "Write a note to my grandma who can't see well in all capital letters.": (Found("uppercase"),),
        'You are an assistant who can only reply "yes" or "no". Is Paris in France?':
            (Found("constrained_choice", {"options": ["yes", "no"]}),),
        "Use the 5-paragraph essay format to argue for school uniforms.": (Found("paragraphs_exact", {"n": 5}),),
        "Write an email. Use of a P.S. is required at the end.": (Found("postscript", {"marker": "P.S."}),),
        'Your reply must end with "Have a nice day." and must not contain the letter z.':
            (Found("end_phrase", {"phrase": "Have a nice day."}),),
        "Show how asterisks make bold text by highlighting at least 2 phrases with markdown.":
            (Found("highlight", {"n": 2}),),
    }
    _assert_reads(reads)


def test_a_tenth_author_s_unusual_structures() -> None:
    """tests/reward_models/instruction_paraphrases_j.py (passive voice, nominalisations, bounds stated as what will be
    rejected, terse labels): first read recall 0.620, precision 0.851, 28 of 32 clean; after its fixes and a review
    that narrowed them 179 of 221 (0.810) with 5 read wrongly, 32 of 32 clean. Left unread: ordinals ("A fifth
    sentence will not be accepted"), bare key: value counts without a bound ("Sentences: six", as a draft's pasted
    statistics also read), rejection warnings after "or", passive repeat requests."""
    from tests.reward_models import instruction_paraphrases_j as j

    assert [t for t in j.NO_INSTRUCTIONS if parse_instructions(t)] == []
    hit, missed, extra = _read_counts(j.CASES)
    assert extra <= 5 and hit / (hit + missed) >= 0.80, (hit, missed, extra)


def test_the_tenth_author_s_findings() -> None:
    reads = {
        "A response shorter than 200 words is unacceptable.": (Found("words_min", {"n": 200}),),
        "Anything beyond 80 words will be rejected.": (Found("words_max", {"n": 80}),),
        "Anything under 150 words will be sent back.": (Found("words_min", {"n": 150}),),
        "A list with fewer than 8 bullet points will be rejected.": (Found("bullets_min", {"n": 8}),),
        "Nothing less than 500 words will do for this tutorial.": (Found("words_min", {"n": 500}),),
        "Use of capital letters is prohibited.": (Found("lowercase"),),
        "Lowercase letters are not allowed anywhere in the response.": (Found("uppercase"),),
        "The word 'cheap' is not to appear.": (Found("keyword_avoid", {"words": ["cheap"]}),),
        "A story containing the word 'suddenly' will be rejected.": (Found("keyword_avoid", {"words": ["suddenly"]}),),
        "A response containing a comma will be rejected.": (Found("no_commas"),),
        "Word limit — 150. Summarize the plot.": (Found("words_max", {"n": 150}),),
        "Sentences: six. Write a review.": (),  # a draft's pasted statistics write the same
        "Minimum bullets: five. What are the warning signs of burnout?": (Found("bullets_min", {"n": 5}),),
        "Emphasis through ALL-CAPS words is required — no fewer than 8 of them.": (Found("capital_words", {"n": 8}),),
        "All-caps words: a minimum of 4.": (Found("capital_words", {"n": 4}),),
        "Can the whole thing be kept below 60 words? I need a speaker bio.": (Found("words_max", {"n": 59}),),
        "Minimum length: 250 words. Ending: a question for the graduates.":
            (Found("words_min", {"n": 250}), Found("end_with_question")),
        "My essay was rejected because anything beyond 500 words was not allowed. How can I cut it?": (),
        "Capital letters in text messages are often read as shouting. Why did that convention arise?": (),
        "Emails that end with a question get more replies, I've heard. Is there any evidence for that?": (),
        "Capitals only, from the first word to the last: describe a ride in fewer than 5 sentences.":
            (Found("sentences_max", {"n": 4}),),  # the case is lost; the tail after the colon is no start phrase
    }
    _assert_reads(reads)


def test_an_eleventh_author_s_chat_users() -> None:
    """tests/reward_models/instruction_paraphrases_k.py (real chat users: background first, instructions buried or
    listed, lowercase and typos, non-native English, follow-ups): first read recall 0.901, precision 0.965, 33 of
    38 clean; after its fixes 234 of 243 (0.963), 2 read wrongly, 35 of 38 clean. Left unread: requests in German
    and Spanish asking for English, "not more long than", "her name" (a name the reader cannot resolve); left
    misread: "Students wrote an essay in lowercase, no capitals at all" (the second clause reads alone), "how do
    you make text italic in markdown?" followed by more text, and "everyone uses it wrong" as a use of the word."""
    from tests.reward_models import instruction_paraphrases_k as k

    assert len([t for t in k.NO_INSTRUCTIONS if parse_instructions(t)]) <= 3
    hit, missed, extra = _read_counts(k.CASES)
    assert extra <= 2 and hit / (hit + missed) >= 0.95, (hit, missed, extra)


def test_a_twelfth_author_s_phrasings_in_the_task_s_style() -> None:
    """tests/reward_models/instruction_phrasings_l.py: six new phrasings of each family in the task's own template
    style (labels, statements, questions as requests), by an author who saw neither the reader nor the task's
    held-out phrasings, rendered into 162 prompts: first read recall 0.856, precision 0.957; after its fixes 0.926 /
    0.975. Left unread: "start and finish with the \" character", sections headed "Week 1, Week 2 and so on",
    options listed as lines, "Format: request repeated verbatim"."""
    from tests.reward_models import instruction_phrasings_l as l

    hit, missed, extra = _read_counts(l.CASES)
    assert extra <= 6 and hit / (hit + missed) >= 0.92, (hit, missed, extra)


def test_the_twelfth_author_s_fixes() -> None:
    reads = {
        "Aim for a length of 200 words or longer.": (Found("words_min", {"n": 200}),),
        "Keep it 50 words or shorter.": (Found("words_max", {"n": 50}),),
        "Could you answer in four sentences at the very most?": (Found("sentences_max", {"n": 4}),),
        "Commas are off limits.": (Found("no_commas"),),
        "Why are commas off limits in haiku?": (),
        "ALL CAPITALS, PLEASE.": (Found("uppercase"),),
        "Letter case: all upper.": (Found("uppercase"),),
        "Placeholders: 2 minimum, in square brackets (e.g. [recipient]).": (Found("placeholders", {"n": 2}),),
        "Length cap: 80 words. Describe how a bill becomes law.": (Found("words_max", {"n": 80}),),
        "Length minimum: 3 paragraphs.": (Found("paragraphs_min", {"n": 3}),),
        "Paragraph count: 2. Write a letter.": (Found("paragraphs_exact", {"n": 2}),),
        "Word count: 612": (),  # no words_exact; "Paragraphs: 9" alone stays a draft's statistics
        'Make "Cheers to" the very first thing you write.': (Found("start_phrase", {"phrase": "Cheers to"}),),
        "Final line: a question. Write a message.": (Found("end_with_question"),),
    }
    _assert_reads(reads)


def test_the_eleventh_review_s_findings() -> None:
    """A review of the twelfth author's fixes (379 probes), and inversions a thirteenth author's set showed."""
    reads = {
        "All capitals of the EU member states, please, with their populations.": (),
        "All capitals in Scandinavia are coastal. Why?": (),
        "Letter case: upper for headings, lower for body text.": (),
        "Oxford commas are off limits. Explain why.": (),
        "Trailing commas are off limits in our JSON linter. Fix this config.": (),
        "Here are my essay stats from the editor:\nWord count: 812\nParagraph count: 9\nReading time: 4 min\n"
        "Can you suggest a catchier title?": (),
        "Write about coffee. Paragraph count: 2.": (Found("paragraphs_exact", {"n": 2}),),
        'Don\'t make "Hello" the very first thing you write.': (),
        'In a haiku, "Spring" is often the very first thing you write.': (),
        "Write a post about the $15 minimum wage, with hashtags.": (Found("hashtags", {"n": 1}),),
        "Use hashtags, 3 minimum.": (Found("hashtags", {"n": 3}),),
        "Our magazine only accepts stories of 2,000 words or longer. Write me a cover letter.": (),
        "Last line: a question mark is missing in my code at line 40. Why does Python complain?": (),
        # inversions: the bound is what is refused, or a floor stated as going past
        "My editor won't accept anything longer than fifty words, so keep that in mind.":
            (Found("words_max", {"n": 50}),),
        "The contest judges will throw out any entry shorter than 400 words.": (Found("words_min", {"n": 400}),),
        "I'd love for it to go over eighty words.": (Found("words_min", {"n": 81}),),  # was a cap of 80, then none
        "Go over 80 words and you lose me.": (Found("words_max", {"n": 80}),),
        "Don't go over 50 words.": (Found("words_max", {"n": 50}),),
        "Without going over 100 words, explain tides.": (Found("words_max", {"n": 100}),),
        "Capital letters are not to be used anywhere.": (Found("lowercase"),),  # was uppercase
    }
    _assert_reads(reads)


def test_a_thirteenth_author_s_phrasings_in_the_task_s_style() -> None:
    """tests/reward_models/instruction_phrasings_m.py: a second author's new phrasings in the task's template style,
    mixing fragments woven into the request, passive voice, reasons, wishes ("I'd love it if ..."), compact
    specification lines ("sentences=6", "case: lower only") and what a reader of the answer expects: first read
    recall 0.721, precision 0.934 (with inversions: "won't accept anything longer than 50 words" read as a floor);
    after its fixes 0.830 / 0.961; after session 27's (reviewed by review_thirty.py) 0.946 / 0.993."""
    from tests.reward_models import instruction_phrasings_m as m

    hit, missed, extra = _read_counts(m.CASES)
    assert extra <= 3 and hit / (hit + missed) >= 0.94, (hit, missed, extra)


def test_specification_lines() -> None:
    reads = {
        "Describe how a bicycle gear system works.\nmax words: 45\ncommas: none":
            (Found("words_max", {"n": 45}), Found("no_commas")),
        "Describe a day.\nmin_words=120\ntitle: <<...>>": (Found("words_min", {"n": 120}), Found("title")),
        "Why do leaves change?\n- max sentences: 5\n- case: UPPER":
            (Found("sentences_max", {"n": 5}), Found("uppercase")),
        "Describe a mango.\nsentences=6": (Found("sentences_exact", {"n": 6}),),
        "Suggest a meal plan.\nformat=json\nmust include: lentils\nforbidden words: meat":
            (Found("json_output"), Found("keyword_include", {"words": ["lentils"]}),
             Found("keyword_avoid", {"words": ["meat"]})),
        "Give me tips.\nhighlights >= 5 (*text*)": (Found("highlight", {"n": 5}),),
        "Words: 612\nParagraphs: 9\nHow long will it take to read aloud?": (),  # statistics, not a request
        "My settings file has:\ncase: lower\ncommas: none\nWhy does the parser fail?": (),
        "Case: Smith v. Jones. Summarise it.": (),
        # the thirteenth author's other phrasings
        "Give me a thorough, 300-word-minimum explanation of how vaccines work.": (Found("words_min", {"n": 300}),),
        "Sixty words is the hard cap.": (Found("words_max", {"n": 60}),),
        "500 words is the minimum.": (Found("words_min", {"n": 500}),),
        "Let it top out at 120 words.": (Found("words_max", {"n": 120}),),
        "Leave commas out, please.": (Found("no_commas"),),
        "I'd rather you didn't say 'simply' anywhere.": (Found("keyword_avoid", {"words": ["simply"]}),),
        "Keep the word 'dragon' out of it.": (Found("keyword_avoid", {"words": ["dragon"]}),),
        "Keep 'fog' out of the title but use it in the text.": (),
    }
    _assert_reads(reads)


def test_the_twelfth_review_s_findings() -> None:
    """A review of the thirteenth author's fixes (370 probes): specification lines are read only as a block that ends
    a request, with keys this reader knows; the clause fixes only where they were meant."""
    reads = {
        "My discharge notes say:\nAvoid: heavy lifting\nInclude: leafy greens\nCan you explain these in plain "
        "language?": (),
        "Recipe card\nServings: 4\nInclude: eggs, flour\nAvoid: overmixing": (),
        "Why did my post underperform?\nLikes: 240\nHashtags: 5": (),
        "Is this right?\nsentences=6": (),
        "Here are my lyrics, give feedback:\nAvoid: me\nInclude: you": (),
        "Write a product blurb.\nAvoid: jargon": (),
        "Write a tweet about our sale.\nhashtags: 2 max": (),
        "My essays usually top out at 800 words, so write me one that's a lot longer.": (),
        "Don't let it top out at 50 words.": (),
        "Leave commas out of the title but use them normally in the body.": (),
        "You can't leave 'sustainability' out.": (),
        "I'd rather you didn't say anything negative about 'Acme'.": (),
        "For the scholarship, 650 words is the limit. What topics work well?": (),
        "Write a haiku about snow.\nAvoid: the word 'cold'": (Found("keyword_avoid", {"words": ["cold"]}),),
        "Write a short story.\nmin words: 300\ncase: lower only": (Found("words_min", {"n": 300}), Found("lowercase")),
    }
    _assert_reads(reads)


def test_sections_with_any_label_where_the_text_speaks_of_sections() -> None:
    """The thirteenth author's section labels (Round, Stage, Scene, Lesson, ...), read only where the text speaks of
    sections, chunks or headers."""
    reads = {
        "Since I'll be reading this aloud, break it into five sections marked Round 1, Round 2, and so on.":
            (Found("sections", {"n": 5, "marker": "Round"}),),
        "I'd like it divided into four chunks, each opening with a line reading 'Stage 1', 'Stage 2' and so forth.":
            (Found("sections", {"n": 4, "marker": "Stage"}),),
        "Number the sections: use six of them, with headings Lesson 1 through Lesson 6.":
            (Found("sections", {"n": 6, "marker": "Lesson"}),),
        "Write a short play.\nsections=2; header format 'Scene N'": (Found("sections", {"n": 2, "marker": "Scene"}),),
        "Plan a running program as 5 sections, with headers Week 1, Week 2 and so on.":
            (Found("sections", {"n": 5, "marker": "Week"}),),
        "Summarise Act 1 of Hamlet in 3 sentences.": (Found("sentences_exact", {"n": 3}),),
        "Compare Act 1 and Act 2 of Hamlet in two parts.": (),
        "What happens in Act 1, Scene 2 of Macbeth? Use headings.": (),
        # a thirteenth review (249 probes): the label must be named as what heads a section, in a list or a form
        "Summarize Act 1 of Hamlet in three sections.": (),
        "Use Level 1 headers for the title and write 3 sections.": (),
        "On Day 1 I set the request headers. Day 2 I fixed CORS. Write a 3-day log summary.": (),
        "Create a table with headers Unit 1, Unit 2, Unit 3.": (),
        "Start your reply with 'Act 1'.": (Found("start_phrase", {"phrase": "Act 1"}),),
    }
    _assert_reads(reads)


def test_a_fourteenth_author_s_formal_phrasings_in_the_task_s_style() -> None:
    """tests/reward_models/instruction_phrasings_n.py: a third author in the task's template style, formal and British
    ("The submission shall not exceed ...", "Inclusion of the term 'x' is mandatory", "Cap: 40 words."): first read
    recall 0.787, precision 0.933, with inversions ("should exceed 200 words" read as a cap, "shall not contain the
    word 'cheap'" as a word to include); after its fixes 0.871 / 0.964; after session 27's 0.948 / 0.983."""
    from tests.reward_models import instruction_phrasings_n as n

    hit, missed, extra = _read_counts(n.CASES)
    assert extra <= 4 and hit / (hit + missed) >= 0.94, (hit, missed, extra)
    reads = {
        "Your contribution should exceed 200 words.": (Found("words_min", {"n": 201}),),
        "Your answer must not exceed 50 words.": (Found("words_max", {"n": 50}),),
        "Don't exceed 50 words.": (Found("words_max", {"n": 50}),),
        "Kindly confine your answer to a single sentence.": (Found("sentences_max", {"n": 1}),),
        "The output shall not contain the word 'cheap' nor the word 'bargain'.":
            (Found("keyword_avoid", {"words": ["cheap", "bargain"]}),),
        "Exclusion of the term 'sun' is required.": (Found("keyword_avoid", {"words": ["sun"]}),),
        "Ensure that the word 'tea' features on at least 4 occasions.":
            (Found("keyword_frequency", {"word": "tea", "n": 4}),),
        "At least 8 occurrences of the letter p.": (Found("letter_frequency", {"letter": "p", "n": 8}),),
        "Explain why bread goes stale. Cap: 40 words.": (Found("words_max", {"n": 40}),),
        "A ceiling of 75 words applies to the whole of your contribution.": (Found("words_max", {"n": 75}),),
        "A ceiling of 300 words for the abstract.": (),  # a part's bound
        "There's a cap of 20 words on tweets. Why?": (),
        "Capitalisation is not permitted anywhere.": (Found("lowercase"),),
        "Why is capitalisation not permitted in URLs?": (),
        "Conclude on a query.": (Found("end_with_question"),),
        "The last character of the output shall be a question mark.": (Found("end_with_question"),),
        "Lower-case letters are not permitted in your contribution.": (Found("uppercase"),),
        "Prohibited vocabulary: 'basically', 'literally'.":
            (Found("keyword_avoid", {"words": ["basically", "literally"]}),),
    }
    _assert_reads(reads)


def test_the_fourteenth_review_s_findings() -> None:
    """A review of the fourteenth author's fixes (306 probes): the floor from "exceed" only asked of the answer, a
    "may not" only of the answer's words, a count of occasions or occurrences only asked for."""
    reads = {
        "This answer will exceed 300 words, so just give me the gist.": (),
        "In our contest, entries must exceed 300 words. Write an announcement in under 100 words.":
            (Found("words_max", {"n": 99}),),
        "I may not have mentioned 'budget' before, but write a plan that includes the word 'budget'.":
            (Found("keyword_include", {"words": ["budget"]}),),
        "You may not use the word 'very'.": (Found("keyword_avoid", {"words": ["very"]}),),
        "Exclusion of the term 'AI' from the title of the paper: was it wise?": (),
        "Omission of the word 'the' in headlines is common. Write a headline.": (),
        "The word 'love' came up on 3 occasions in the toast. Write a new toast.": (),
        "I found 5 occurrences of the word 'foo' in my log. Why?": (),
        "The last character in the novel asks a question. Write a summary.": (),
        "The last character of each line must be a question mark.": (),
        "Conclude on a query-free note.": (),
        "Conclude your SQL lesson on a query example.": (),
        "A cap of 300 words for the abstract; write the full paper outline.": (),
    }
    _assert_reads(reads)


def test_the_eleventh_author_s_fixes() -> None:
    """Each fix for the eleventh author, beside what it must not take."""
    reads = {
        "Use the word handmade at least 2 times and leave out the word 'luxury'.":  # the word before the count
            (Found("keyword_frequency", {"word": "handmade", "n": 2}),),
        "Make sure the name Pickles is in there at least twice.":
            (Found("keyword_frequency", {"word": "pickles", "n": 2}),),
        "Make sure the dragon's name, Ember, shows up at least 4 times.":
            (Found("keyword_frequency", {"word": "ember", "n": 4}),),
        "What's the name of a bird that sings twice a day?": (),
        "Write a note, and please not use word 'angry'.": (Found("keyword_avoid", {"words": ["angry"]}),),
        "It has to be at least 5 sentences and at most 8.":
            (Found("sentences_min", {"n": 5}), Found("sentences_max", {"n": 8})),
        "Use at least 50 words and at most 8 commas.": (Found("words_min", {"n": 50}),),
        "Oh, and can the word 'ocean' appear at least twice? She'll notice.":
            (Found("keyword_frequency", {"word": "ocean", "n": 2}),),
        "Can the word 'ain't' be used in formal writing?": (),
        "And can you keep it under 40 words?": (Found("words_max", {"n": 39}),),
        "Don't use any numbers written as digits in the post.": (Found("no_digits"),),
        "Why don't people write numbers as digits in novels?": (),
        "Give me a JSON object describing a coffee shop. No explanation, just the JSON.": (Found("json_output"),),
        "I only need the JSON schema explained.": (),
        "Keep it short, put the word restoration in it.": (Found("keyword_include", {"words": ["restoration"]}),),
        "Put the word count in the header.": (),
        "Mention Biscuit by name.": (Found("keyword_include", {"words": ["biscuit"]}),),
        "Don't mention Rex by name.": (Found("keyword_avoid", {"words": ["rex"]}),),  # (the sixteenth's names)
        "- all in lowercase, she says capital letters look shouty": (Found("lowercase"),),
        "Write it in all caps because my grandma can't read lowercase letters well.": (Found("uppercase"),),
        "Explain the difference between uppercase and lowercase because I'm confused.": (),
        "I wrote 'Sincerely yours' at the end of an email to a landlord. Is that too formal?": (),
        "Someone on Reddit said a good bio should be under 50 words. Do shorter bios get more matches?": (),
    }
    _assert_reads(reads)


def test_the_tenth_review_s_findings() -> None:
    """A review of the eleventh author's fixes (414 probes): what they misread or lost, now read as written here."""
    reads = {
        "Mention the name twice in the intro.": (),
        "Make sure the company's name shows up at least 3 times.": (),
        "'Um' shows up 12 times in my speech transcript.": (),
        "The name Pickles is in there twice already, so don't add it again.": (),
        "Keep the word count under 300 and say 'solar' three times and skip the word 'cheap'.":
            (Found("keyword_frequency", {"word": "solar", "n": 3}),),
        "And can you explain when to use 'whom' instead of 'who'?": (),
        "And can you tell me if my bio is under 50 words?": (),
        "Can the word 'data' appear twice in a sentence without sounding awkward?": (),
        "I switched my phone to lowercase because capital letters felt shouty.": (),
        "Keep the code variables lowercase because Python style says capital letters are for classes.": (),
        "Respond in lowercase since my screen reader reads capitals letter by letter.": (Found("lowercase"),),
        "Get the word out in the neighborhood about our yard sale.": (),
        "Put the word cloud in the top right corner.": (),
        "Mention It by name.": (),
        "Mention Sarah by name? No, better leave her out.": (),
        "Never write numbers as digits at the start of a sentence.": (),
        "Don't write numbers as digits except for years.": (),
        "I deleted the YAML files. Just the JSON.": (),
        "No explanation, just the JSON object.": (Found("json_output"),),
        "Write no more than 3 paragraphs and at least 200.": (Found("paragraphs_max", {"n": 3}),),
        "Each section needs at least 2 paragraphs and at most 4.": (),
        "He begged me to please not say 'I told you so'. Write a short apology from his view.": (),
        "He used 'Cheers' at the start of the letter, which felt odd.": (),
        "Write a story where someone says 'I love you' for the first time, in under 200 words.":
            (Found("words_max", {"n": 199}),),
        "Explain taxes to someone who reads slowly, in 3 sentences.": (Found("sentences_exact", {"n": 3}),),
        "They put the disclaimer at the bottom, so end with 'Not financial advice.'":
            (Found("end_phrase", {"phrase": "Not financial advice."}),),
    }
    _assert_reads(reads)


def test_the_system_review_s_findings() -> None:
    """A review of system-message reading (375 prompts): misreads in any request, now read as written here."""
    reads = {
        "Your answers must be at most 3 sentences long.": (Found("sentences_max", {"n": 3}),),  # was exactly 3
        "Keep it under 3 sentences long.": (Found("sentences_max", {"n": 2}),),
        "Make it 3 sentences long.": (Found("sentences_exact", {"n": 3}),),
        "Do not put your whole answer in quotation marks.": (),  # was quotation
        "Wrap your entire answer in double quotation marks.": (Found("quotation"),),
        "Answer yes/no questions with 'Yes' or 'No' first, then a short explanation.": (),  # was avoid yes, no
        "Don't say 'yes' or 'no'.": (Found("keyword_avoid", {"words": ["yes", "no"]}),),
        "Reply in Markdown.": (),  # was one highlight
        "Use markdown bold for 3 key terms.": (Found("highlight", {"n": 3}),),
        "Here's my opening paragraph: The rain fell. It was wet.": (),  # was a start phrase
    }
    _assert_reads(reads)


def _with_system(system: str, user: str = "Hi, can you help me?") -> list[dict[str, str]]:
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def test_a_system_message_s_standing_rules() -> None:
    """tests/reward_models/system_prompts.py (another author: 71 system prompts with rules on every answer, 64 with
    none). Only sentences that direct the answer are read: all 64 read nothing (12 did, read whole), 78 of 98 rules
    are read, 1 wrongly (JSON keys as keywords)."""
    from tests.reward_models import system_prompts as sp

    assert [t for t in sp.NO_RULES if read_prompt(_with_system(t), system=True)] == []
    hit, missed, extra = _read_counts(sp.WITH_RULES, lambda text: read_prompt(_with_system(text), system=True))
    assert extra <= 1 and hit / (hit + missed) >= 0.77, (hit, missed, extra)


def test_a_system_message_is_read_as_untrusted_as_a_request() -> None:
    """A NUL (our own placeholder mark) or a lone surrogate (RE2 takes UTF-8) in a system message raised."""
    for system in ["x \x000\x00 y. Never use commas.", "Never use \ud800 commas."]:
        prompt = _with_system(system, "Hi \ud800 \x000\x00, in 3 sentences.")
        assert read_prompt(prompt, system=True) == (Found("sentences_exact", {"n": 3}), Found("no_commas"))


def test_the_request_s_own_instructions_come_before_the_system_message_s() -> None:
    system = ("You are Pip. Keep every reply under 80 words. Never use the word 'cheap'. Always answer in lowercase. "
              "Respond only in French.")
    assert read_prompt(_with_system(system), system=True) == (
        Found("words_max", {"n": 79}), Found("keyword_avoid", {"words": ["cheap"]}), Found("lowercase"),
        Found("language", {"code": "fr"}))
    # the request bounds the same thing itself (a case, a keyword, a length it sets, English): its own is read
    request = 'Write a 300-word story in ALL CAPS that uses the word "cheap", in English.'
    assert read_prompt(_with_system(system, request), system=True) == (
        Found("keyword_include", {"words": ["cheap"]}), Found("uppercase"))
    assert read_prompt(_with_system(system, "Answer in two sentences."), system=True) == (
        Found("sentences_exact", {"n": 2}), Found("keyword_avoid", {"words": ["cheap"]}), Found("lowercase"),
        Found("language", {"code": "fr"}))  # a length of its own: the system's length rules give way
    developer = [{"role": "developer", "content": [{"type": "text", "text": "Never use commas."}]},
                 {"role": "user", "content": "Describe a cat."}]
    assert read_prompt(developer, system=True) == (Found("no_commas"),)
    for described in ["Our users usually write under 50 words.", "If the user asks for code, wrap it in a code block.",
                      "Headlines are set in ALL CAPS by the designers.", "Clients write in French or English.",
                      "Context: Style guide. Every article must be under 800 words.", "Write the SQL in uppercase.",
                      "You will receive emails in all caps.", "Write subject lines in title case, keep the title "
                      "under 8 words.", "```\nRespond with JSON only.\n```", "Start with a summary, then the details."]:
        assert read_prompt(_with_system(described), system=True) == ()
    prompt = _with_system("Never use commas.", "Describe a cat.")
    assert build_rule("rule:instructions?system=true").score([prompt] * 2, ["A cat, a mat.", "A cat on a mat."]) == [
        0.0, 1.0]
    assert InstructionReward().read(prompt) == ()  # off by default: the server's default verifier reads requests


def test_the_ninth_review_s_findings() -> None:
    """A review of the tenth author's fixes: each was misread by them (or lost)."""
    reads = {
        'Include the word "Paris" or your answer will be rejected.': (Found("keyword_include", {"words": ["paris"]}),),
        "Keep it under 50 words, otherwise it will be rejected.": (Found("words_max", {"n": 49}),),
        'Don\'t start with "Sure", or your answer will be rejected.': (),
        "Write a cover letter under 200 words for a job where applications without a portfolio are rejected.":
            (Found("words_max", {"n": 199}),),
        "Your answer must contain a digit, or it will be rejected.": (),
        "Anything beyond 200 words will be ignored.": (),
        "Can a contract be written in all lowercase and still be legally binding?": (),
        "Is it possible to describe something in fewer than 3 words?": (),
        'Write a sign saying "No Smoking" - smoking is prohibited here.': (),
        'Explain why "synergy" is off-limits in corporate speak.': (),
        'I repeated the question "Where were you?" word for word and he ignored me. How should I respond?': (),
        "Words: 612\nParagraphs: 9\nLines: 48\nHow long will it take to read aloud?": (),
        "Write about the letter 'k' in no fewer than 100 words.": (Found("words_min", {"n": 100}),),
        'For my survey, permitted replies: "Agree", "Disagree". Write a question about remote work.': (),
        "The log contains nothing but JSON lines. Write a Python parser.": (),
        "Capital letters are prohibited in usernames on our site. Write a help article.": (),
        "Write a story about a town where uppercase letters are forbidden.": (),
        "It seems best to answer in lowercase.": (Found("lowercase"),),
        'Write three emails that end with "Best regards".': (Found("end_phrase", {"phrase": "Best regards"}),),
        "Conclude by saying: I hope this helps.": (Found("end_phrase", {"phrase": "I hope this helps."}),),
    }
    _assert_reads(reads)


def test_an_instruction_right_after_the_separator() -> None:
    """"... separated by ****** Use the word ..." (20 train instructions unread since session 21): two sentences."""
    assert parse_instructions('Offer two options, separated only by the marker ****** Repeat the word "home" two or '
                              "more times.") == (Found("two_responses", {"separator": "******"}),
                                                 Found("keyword_frequency", {"word": "home", "n": 2}))


def test_a_fifteenth_author_s_task_cards_in_the_task_s_style() -> None:
    """tests/reward_models/instruction_phrasings_o.py: a fourth author in the task's template style, writing task cards
    ("Hard stop at three sentences.", "(≤ 60 words)", "Max length → 50 words", "✔ zero uses of 'thanks'", "Heads up:
    ..."): first read recall 0.708, precision 0.937, 28 of 30 instruction-free requests clean, with inversions
    ("anything shorter than two hundred words won't cut it" read as a cap, "zero uses of" and "can't appear" as words
    to include, "Hard stop at three sentences" as exactly three); after its fixes and a review's narrowing 0.930 /
    0.996, 30 of 30."""
    from tests.reward_models import instruction_phrasings_o as o

    assert [t for t in o.NO_INSTRUCTIONS if parse_instructions(t)] == []
    hit, missed, extra = _read_counts(o.CASES)
    assert extra <= 2 and hit / (hit + missed) >= 0.92, (hit, missed, extra)
    reads = {
        "Write a review. Heads up: anything shorter than two hundred words won't cut it.":
            (Found("words_min", {"n": 200}),),
        "Write a poem. \"awesome\" and \"amazing\" can't appear anywhere in your reply.":
            (Found("keyword_avoid", {"words": ["awesome", "amazing"]}),),
        "Explain photosynthesis.\n✔ zero uses of \"chlorophyll\"\n✔ exactly 3 sentences total":
            (Found("keyword_avoid", {"words": ["chlorophyll"]}), Found("sentences_exact", {"n": 3})),
        "Explain weather. Hard stop at three sentences.": (Found("sentences_max", {"n": 3}),),
        "Give me a pitch that's two sentences, tops, for an app.": (Found("sentences_max", {"n": 2}),),
        "Draft a product blurb (≤ 60 words) for a baking mat.": (Found("words_max", {"n": 60}),),
        "Write a short story (≥ 300 words) about a lighthouse.": (Found("words_min", {"n": 300}),),
        "Min length → 400 words. Explain the electoral college.": (Found("words_min", {"n": 400}),),
        "Sentence target: 5, exactly. Explain how to reset a router.": (Found("sentences_exact", {"n": 5}),),
        "Write a welcome message that doesn't run past 70 words.": (Found("words_max", {"n": 70}),),
        "Write a story. Make sure \"coin\" shows up 3+ times.": (Found("keyword_frequency", {"word": "coin", "n": 3}),),
        # a checklist's item is as often a count found ("Log summary:\n- 'ECONNRESET' shows up 40+ times"): unread
        "Write a story.\n✔ \"coin\" shows up 3+ times": (),
        "My transcript:\n- \"um\" shows up 12 times\nHow do I stop?": (),
        "Keyword count: \"local\", 3 times minimum. Write an ad.":
            (Found("keyword_frequency", {"word": "local", "n": 3}),),
        "Write a tongue-twister with 10+ uses of the letter b.":
            (Found("letter_frequency", {"letter": "b", "n": 10}),),
        "Write a thank-you email that signs off with \"Warmly, Priya\".":
            (Found("end_phrase", {"phrase": "Warmly, Priya"}),),
        "My dad signs off with \"Cheers\". Is that rude?": (),
        "Write a limerick featuring the words \"kayak\" and \"pancake\".":
            (Found("keyword_include", {"words": ["kayak", "pancake"]}),),
        "Make a 6-bullet packing checklist for a camping trip.": (Found("bullet_list", {"n": 6}),),
        "Write directions. Can you skip commas completely?": (Found("no_commas"),),
        "Explain inflation two different ways (split by a ****** line).":
            (Found("two_responses", {"separator": "******"}),),
        "In old manuscripts, what did a row of asterisks like ****** between paragraphs mean?": (),
        "I keep seeing << and >> around dialogue in French novels.": (),
        "Write a JSON-formatted packing list.": (Found("json_output"),),
        "Write the blurb as a single double-quoted block.": (Found("quotation"),),
        "Capitalize every letter of at least 3 words. Write a review.": (Found("capital_words", {"n": 3}),),
        "Off-limits words → \"synergy\", \"leverage\". Write a memo.":
            (Found("keyword_avoid", {"words": ["synergy", "leverage"]}),),
    }
    _assert_reads(reads)


def test_the_fifteenth_author_s_section_labels() -> None:
    """Sections the fifteenth author asked for in its own ways: a "#" for the number to come, "organized by Week"
    with the range, "headed blocks", "clearly labeled sections"; a diary organised by week is not one."""
    _assert_reads({
        'Outline a plan.\n- 4 sections, each opening with its own "Week #" heading (start at 1)':
            (Found("sections", {"n": 4, "marker": "Week"}),),
        "Write a challenge organized by Week (Week 1 to Week 4).": (Found("sections", {"n": 4, "marker": "Week"}),),
        'Plan a road trip with 3 headed blocks ("Day 1", "Day 2", …).': (Found("sections", {"n": 3, "marker": "Day"}),),
        'I need five clearly labeled sections: title the first one "Chapter 1" and count up from there.':
            (Found("sections", {"n": 5, "marker": "Chapter"}),),
        "My diary is organized by week. Summarize Week 1.": (),
    })


def test_the_fifteenth_author_s_repeat_forms() -> None:
    """"paste my request back", "my prompt copied verbatim": a repeat of the request; what someone copied is not."""
    got = parse_instructions("Paste my request back exactly as written, then get to work. Write a rhyme about Monday.")
    assert [f.kind for f in got] == ["repeat_request"] and "Write a rhyme about Monday." in got[0].args["request"]
    got = parse_instructions("What keeps a battery healthy? Open with my prompt copied verbatim, then your answer.")
    assert [f.kind for f in got] == ["repeat_request"] and "What keeps a battery healthy?" in got[0].args["request"]
    _assert_reads({"The task I copied verbatim from the textbook: solve x+2=5.": (),
                   "I pasted my question into Google exactly as written and got nothing. Why?": ()})


def test_the_fifteenth_review_s_findings() -> None:
    """A review of the fifteenth author's fixes found 67 reads worse than before (symbols in others' rules, checklist
    lines that describe notes or logs, "zero instances of" in a log, "skip the word" in code, verbs of narration,
    "signs off" of a podcast, "raw JSON" and "pair of quotes" as topics, a question that lost its ******): each fix
    now holds only where it asks of the answer. tests/reward_models/review_fifteen.py: 92 probes."""
    from tests.reward_models.review_fifteen import PROBES

    wrong = [(t, w, got) for t, w in PROBES
             if (got := [(f.kind, f.args) for f in parse_instructions(t)]) != [(k, a) for k, a in w]]
    assert wrong == []


def test_a_sixteenth_author_s_pasted_context_and_requirements() -> None:
    """tests/reward_models/instruction_paraphrases_p.py: real-world requests with pasted context. First read recall
    0.867, precision 0.915, 31 of 40 instruction-free requests clean, with inversions ("I'd prefer not to use
    'passed'" and "dont use 'guru'" read as words to include; "caps bios at 4 sentences" as all capitals); pasted
    material's rules read as the answer's (a grant's "Narrative: 2,000 words maximum", meeting notes, a rubric). After
    its fixes and a review's narrowing 0.919 / 0.956, 37 of 40."""
    from tests.reward_models import instruction_paraphrases_p as p

    assert len([t for t in p.NO_INSTRUCTIONS if parse_instructions(t)]) <= 3
    hit, missed, extra = _read_counts(p.CASES)
    assert extra <= 9 and hit / (hit + missed) >= 0.91, (hit, missed, extra)
    _assert_reads({
        "Write a condolence note. I'd prefer not to use \"passed\" or \"loss\", they feel cliché to me.":
            (Found("keyword_avoid", {"words": ["passed", "loss"]}),),
        "need a quick bio. dont use 'passionate' or 'guru' pls":
            (Found("keyword_avoid", {"words": ["passionate", "guru"]}),),
        "Write an email. Please don't use the word \"feedback\", every email we send says that.":
            (Found("keyword_avoid", {"words": ["feedback"]}),),
        "Explain what a \"bear market\" is without using the words \"stock\" or \"stocks\".":
            (Found("keyword_avoid", {"words": ["stock", "stocks"]}),),
        "Write a blurb. It has to say \"Tableau Public\".": (Found("keyword_include", {"words": ["tableau public"]}),),
        "Write a caption. Keep it under 60 words, people don't read long captions.": (Found("words_max", {"n": 59}),),
        "Write a bio. The event site caps bios at 4 sentences so don't go over.": (Found("sentences_max", {"n": 4}),),
        "Write a case analysis. Needs to be over 400 words per the rubric.": (Found("words_min", {"n": 401}),),
        "Write 5 bullets, 10 words per bullet.": (Found("bullet_list", {"n": 5}),),
        "Break down the plan into Step 1 through Step 5.": (Found("sections", {"n": 5, "marker": "Step"}),),
        "Split it into Part 1, Part 2, Part 3, Part 4.": (Found("sections", {"n": 4, "marker": "Part"}),),
        "Look at Part 1 and turn it into Part 2 of the story.": (),
        "What's the deadline? Pasting the guidelines:\n\nMicro-Grant 2025\nNarrative: 2,000 words maximum.": (),
        "Who owns what from these meeting notes?\n\n- Sam to draft a two-paragraph summary, at most 200 words": (),
        "Rewrite this job posting to be less corporate.\n---\nWe need a rockstar. Cover letters under 300 words.\n---":
            (),
        "Here are the release notes:\n\n- Fixed a crash\n- Bumped min iOS to 15\n\nRewrite these for customers as "
        "bullet points, but no more than 5 bullets.": (Found("bullets_max", {"n": 5}),),
        "I'm preparing a handout. The guidelines are:\n1. Use exactly 6 bullet points.\n2. Avoid the word \"hustle\".":
            (Found("bullet_list", {"n": 6}), Found("keyword_avoid", {"words": ["hustle"]})),
        "Write an essay that follows this rubric:\n- exactly five paragraphs": (Found("paragraphs_exact", {"n": 5}),),
    })


def test_the_sixteenth_review_s_findings() -> None:
    """A review of the sixteenth author's fixes found 88 reads worse than before, 66 of them from the first cut of
    pasted material (an instruction on the line after the block, "Here are my requirements:", a question anywhere
    before a list, the user's own lines after a "---"); then "has to say" of a law or a custom, "per my product",
    others' habits after a count, "caps parking at 2 hours" beside "in all caps". tests/reward_models/review_sixteen.py
    holds its probes as a careful reader takes them (order aside)."""
    from tests.reward_models.review_sixteen import PROBES

    assert _misread(PROBES) == []


def test_a_seventeenth_author_s_content_briefs() -> None:
    """tests/reward_models/instruction_paraphrases_q.py: content briefs. First read recall 0.785, precision 0.929, 32 of
    40 clean; most misses were names to keep out, unquoted ("Don't mention Casper, Purple or Tempur-Pedic", "without
    naming Asana, Trello or Monday.com"), keyword counts as ranges ("6–8 times": at least 6, read as 8), and terms
    with digits ("30-day returns"); the instruction-free ones were statements of what others do or what was counted
    ("we switched to all-caps subject lines", "The keyword 'hiking boots' appears 14 times", "We're debating whether
    P.S. lines still work"). After its fixes and a review's narrowing 0.855 / 0.940, 38 of 40."""
    from tests.reward_models import instruction_paraphrases_q as q

    assert len([t for t in q.NO_INSTRUCTIONS if parse_instructions(t)]) <= 2
    hit, missed, extra = _read_counts(q.CASES)
    assert extra <= 14 and hit / (hit + missed) >= 0.85, (hit, missed, extra)
    _assert_reads({
        "Write an About page. Please don't mention IKEA or Wayfair anywhere.":
            (Found("keyword_avoid", {"words": ["ikea", "wayfair"]}),),
        "Do not reference Oral-B or Philips Sonicare.":
            (Found("keyword_avoid", {"words": ["oral-b", "philips sonicare"]}),),
        "I never mention Paris to my kids. Why?": (),
        "We don't mention GDPR in our ads. Write an ad.": (),
        "Don't mention it to Sarah.": (),
        "Use the keyword 'employee onboarding' 6–8 times.":
            (Found("keyword_frequency", {"word": "employee onboarding", "n": 6}),),
        "The body must mention 'free shipping' and '30-day returns'.":
            (Found("keyword_include", {"words": ["free shipping", "30-day returns"]}),),
        "Keep the word 'mortgage' out of all of them.": (Found("keyword_avoid", {"words": ["mortgage"]}),),
        "Give me the 10 trails as a numbered list, one line of description each.": (Found("numbered_list", {"n": 10}),),
        "Numbered checklist, 5 items, for clients to prep.": (Found("numbered_list", {"n": 5}),),
        "Give me some ideas as a numbered list.": (),
        "Now redo the email below: this time exactly 2 paragraphs.": (Found("paragraphs_exact", {"n": 2}),),
        "Internal memo. No more than 3 paragraphs — people don't read long memos.":
            (Found("paragraphs_max", {"n": 3}),),
    })


def test_the_seventeenth_review_s_findings() -> None:
    """A review of the seventeenth author's fixes (507 probes) found 109 reads worse than before: names "kept out" in
    narration, others' rules and text to translate ("Mom always says, never mention Dad", "He left without mentioning
    Paris", "Translate: never mention Paris"), numbered lists in narration or per group, "just"/"justify" turning a cap
    into an exact count, punctuation inside closing quotes. Names are now read over the whole sentence (a request's own,
    no subject or reporter before it); tests/reward_models/review_seventeen.py holds its probes (order aside)."""
    from tests.reward_models.review_seventeen import PROBES

    assert _misread(PROBES) == []


def test_words_kept_out_or_asked_for_by_reference() -> None:
    """Words named in one sentence and kept out by reference in the next, or in the same one ("so leave those out"):
    the sixteenth author's "without using either of those words", the issue's weakest real-world family."""
    _assert_reads({
        'Our agency overused words like "smile" and "bright". Write a 3-sentence blurb without using either of those '
        'words.': (Found("sentences_exact", {"n": 3}), Found("keyword_avoid", {"words": ["smile", "bright"]})),
        'Donors are tired of the words "urgent" and "crisis" so leave those out.':
            (Found("keyword_avoid", {"words": ["urgent", "crisis"]}),),
        'Our team can\'t stand the words "rockstar" and "ninja", so get rid of them.':
            (Found("keyword_avoid", {"words": ["rockstar", "ninja"]}),),
        'Here are two words: "moon" and "tide". Use them both in a poem.':
            (Found("keyword_include", {"words": ["moon", "tide"]}),),
        'The words "affect" and "effect" confuse me. Explain the difference without using them in the same sentence.':
            (),
        'I love the words "serendipity" and "petrichor". What do they mean?': (),
    })



def test_the_eighteenth_review_s_findings() -> None:
    """A review of the words kept out by reference (142 probes) found 20 reads worse: negated or permitted cues, cues
    someone else does, things that are not words, quiz options, a song's title. tests/reward_models/review_eighteen.py
    holds its probes as a careful reader takes them (order aside)."""
    from tests.reward_models.review_eighteen import PROBES

    assert _misread(PROBES) == []


def test_two_responses_with_the_separator_the_request_names() -> None:
    """Users name their own separator ("***", "---", "a line of three dashes"); the checker takes any run of one
    symbol, so the reader keeps it as written. A divider inside one answer is no second response."""
    _assert_reads({
        "Give me two taglines separated by ***": (Found("two_responses", {"separator": "***"}),),
        "two drafts please, with --- between them": (Found("two_responses", {"separator": "---"}),),
        "Give two versions, split by a line of three dashes.": (Found("two_responses", {"separator": "---"}),),
        "Put a line of ===== between the 2 options.": (Found("two_responses", {"separator": "====="}),),
        "Write two poems separated by six asterisks": (Found("two_responses", {"separator": "******"}),),
        "Can you split them with ***?": (Found("two_responses", {"separator": "***"}),),
        "Write two paragraphs about bicycles. Separate the paragraphs with the markdown divider ***.":
            (Found("paragraphs_exact", {"n": 2}),),
        "Write a haiku. *** Then stop.": (),
        "Use --- as a divider in the table.": (),
    })


def test_an_eighteenth_author_s_everyday_requests() -> None:
    """tests/reward_models/instruction_paraphrases_r.py: everyday chat requests weighted towards the real-world set's
    weakest families. First read recall 0.845, precision 0.954, 42 of 42 clean; the misses were separators other than
    six asterisks, bans the writer is under ("We can't use the word 'free' in ads", read as a word to include), an
    SEO brief's labelled keyword, "Nothing over 70 words" (read as a floor), "Summarize these notes in ..." (read as
    someone's count), requests taken back ("actually never mind that"), a question mark after an imperative that is
    not the message's first clause."""
    from tests.reward_models import instruction_paraphrases_r as r

    assert not [t for t in r.NO_INSTRUCTIONS if parse_instructions(t)]
    hit, missed, extra = _read_counts(r.CASES)
    assert extra <= 4 and hit / (hit + missed) >= 0.95, (hit, missed, extra)
    _assert_reads({
        "Legal told us we can't say 'healthy'. Write a product blurb for our granola.":
            (Found("keyword_avoid", {"words": ["healthy"]}),),
        "We can't use the word 'free' in ads. Write an ad for our gym.": (Found("keyword_avoid", {"words": ["free"]}),),
        "I can't use the word 'whom' correctly. Help?": (),
        "Target keyword: oat milk — use it at least twice. Format: 4 to 6 bullets.":
            (Found("keyword_frequency", {"word": "oat milk", "n": 2}), Found("bullets_min", {"n": 4}),
             Found("bullets_max", {"n": 6})),
        "Target keyword: ergonomic office chair\nMust include: the target keyword at least 4 times\n\nWrite the post.":
            (Found("keyword_frequency", {"word": "ergonomic office chair", "n": 4}),),
        "Primary keyword: home insurance, 3x\nWrite the blog post.":
            (Found("keyword_frequency", {"word": "home insurance", "n": 3}),),
        "Primary keyword: vegan leather\nSearch volume: 40\n\nIs this keyword worth targeting?": (),
        "Is this brief clear? 'Word count: 1200. Keyword: CRM for startups. Tone: confident.' What's missing?": (),
        "Write a welcome for Priya. Nothing over 70 words.": (Found("words_max", {"n": 70}),),
        "Summarize these notes in under 50 words.": (Found("words_max", {"n": 49}),),
        "Edit these 3 paragraphs for tone.": (),
        "Write a note. Include a placeholder— actually never mind that, just include the word 'quiet'.":
            (Found("keyword_include", {"words": ["quiet"]}),),
        "Use a title in <<>>. Hmm, forget that. Write in under 20 words.": (Found("words_max", {"n": 19}),),
        "Write 3 sentences and don't forget that the tone is formal.": (Found("sentences_exact", {"n": 3}),),
        "Give me a beginner workout routine with exactly 5 sections, Day 1 through Day 5, and no digits other than "
        "those headings... actually forget the no-digits thing.": (Found("sections", {"n": 5, "marker": "Day"}),),
        "My tenant keeps asking what escrow is. Explain it in 3 sentences?": (Found("sentences_exact", {"n": 3}),),
        "I run a bakery's account. Do posts with 30 hashtags really get less reach?": (),
        "Write a message; it must mention 'no glass' and shouldn't exceed 60 words.":
            (Found("keyword_include", {"words": ["no glass"]}), Found("words_max", {"n": 60})),
        "Make sure to include 'Saturday, May 10' and 'all proceeds'.":
            (Found("keyword_include", {"words": ["saturday, may 10", "all proceeds"]}),),
        "Rewrite this to sound confident, and avoid 'maybe' and 'I think': 'I think maybe we could try in the fall.'":
            (Found("keyword_avoid", {"words": ["maybe", "i think"]}),),
        "Write a note for my neighbor, make sure it says 'thank you for understanding'":
            (Found("keyword_include", {"words": ["thank you for understanding"]}),),
        "The sign says 'no parking'. What does it mean?": (),
        "Write a bio. Words to avoid: guru, ninja, rockstar":
            (Found("keyword_avoid", {"words": ["guru", "ninja", "rockstar"]}),),
        "Explain what a 'soft skill' is, in exactly 2 sentences, for my workshop handout":
            (Found("sentences_exact", {"n": 2}),),
        "Write a product review of my blender in German please, I'm practicing for my class":
            (Found("language", {"code": "de"}),),
        "Give me 5 common phrases in Spanish with their English meanings.": (),
        "Give me the word for apple in Spanish.": (),
        "In German all nouns are capitalised. Why not in English?": (),
        "Please don't include any numbers or digits at all.": (Found("no_digits"),),
        "can u make a checklist for moving apartments, numbered 1 through 10": (Found("numbered_list", {"n": 10}),),
        "Make sure 'Tom' comes up at least twice.": (Found("keyword_frequency", {"word": "tom", "n": 2}),),
        "Log summary:\n- 'OOM' shows up at least 3 times\nWhat's the likely root cause?": (),
    })


def test_a_nineteenth_author_s_dataset_style_prompts() -> None:
    """tests/reward_models/instruction_paraphrases_s.py: writing tasks with constraints phrased as conditions ("If your
    reply is longer than 60 words, it is wrong"), passives ("Numerals (0-9) must not appear"), labels ("Hashtags: at
    least 4.", "Paragraph count: 3 or more.") and roundabout forms ("I'd like every letter to be a capital"). First
    read recall 0.845, precision 0.946, 27 of 30 clean (a condition that fails the answer read as a floor or a word to
    include, "more than 2 hashtags" as one)."""
    from tests.reward_models import instruction_paraphrases_s as s

    assert not [t for t in s.NO_INSTRUCTIONS if parse_instructions(t)]
    hit, missed, extra = _read_counts(s.CASES)
    assert extra <= 2 and hit / (hit + missed) >= 0.97, (hit, missed, extra)
    _assert_reads({
        "Write a limerick. If your reply is longer than 60 words, it is wrong.": (Found("words_max", {"n": 60}),),
        "Write a love poem; if the word 'heart' appears anywhere, you fail.":
            (Found("keyword_avoid", {"words": ["heart"]}),),
        "If you use any commas, the answer is wrong. Describe how to fold a paper airplane.": (Found("no_commas"),),
        "If you use commas, put them carefully.": (),
        "Write a post with more than 2 hashtags.": (Found("hashtags", {"n": 3}),),
        "Use no more than 3 hashtags.": (),
        "Draft a LinkedIn post. Hashtags: at least 4.": (Found("hashtags", {"n": 4}),),
        "Paragraph count: 3 or more. Write a review.": (Found("paragraphs_min", {"n": 3}),),
        "I'd like it to have no fewer than 12 sentences in total.": (Found("sentences_min", {"n": 12}),),
        "Fully capitalized words are limited to fewer than 3.": (Found("capital_words_max", {"n": 2}),),
        "Don't use all-caps words more than 5 times.": (Found("capital_words_max", {"n": 5}),),
        "I'd like every letter to be a capital. Write a pep talk.": (Found("uppercase"),),
        "Respond with only 'I agree.' or 'I disagree.'":
            (Found("constrained_choice", {"options": ["I agree.", "I disagree."]}),),
        'Your reply must end with "Have a nice day." and must not contain the letter z.':
            (Found("end_phrase", {"phrase": "Have a nice day."}),),
        "I'd like a speech where 'build' shows up no less than four times.":
            (Found("keyword_frequency", {"word": "build", "n": 4}),),
        "I'd like to know why 'um' shows up 12 times in my transcript.": (),
        "My lease mentions a 'Section 8' voucher. What does that mean for me?": (),
        "Write a children's story that mentions 'lantern' and 'fox'.":
            (Found("keyword_include", {"words": ["lantern", "fox"]}),),
        "Write a poem about a postscript that was never read.": (),
        "Write a dialogue in German between a waiter and a customer.": (Found("language", {"code": "de"}),),
        "Summarize the debate in Spanish parliament last week.": (),
    })


def test_the_nineteenth_review_s_findings() -> None:
    """A review of the eighteenth author's fixes (289 probes) found 62 reads worse in their first version (separators
    named in questions and statements, topics read as the answer's language, reminders read as requests taken back,
    keyword research read as a brief, household rules as bans); tests/reward_models/review_nineteen.py holds the 267
    of its probes the reader reads as a careful reader does (the rest were wrong before the change too, but one)."""
    from tests.reward_models.review_nineteen import PROBES

    assert _misread(PROBES) == []


def test_a_twentieth_author_s_technical_and_academic_requests() -> None:
    """tests/reward_models/instruction_paraphrases_t.py: developers, researchers and helpdesk staff, with pasted code
    and logs and bounds on a part ("a one-sentence TL;DR at the top, then details", "keep the body to 2 sentences").
    First read recall 0.890, precision 0.957, 36 of 42 clean (a part's bound read as the answer's, "TL;DR" cut in two
    at its semicolon, a reviewer's or a journal's limit read as the request's, "return json.load(...)" as a form)."""
    from tests.reward_models import instruction_paraphrases_t as t

    assert len([x for x in t.NO_INSTRUCTIONS if parse_instructions(x)]) <= 1
    hit, missed, extra = _read_counts(t.CASES)
    assert extra <= 5 and hit / (hit + missed) >= 0.95, (hit, missed, extra)
    _assert_reads({
        "Incident summary with a one-sentence TL;DR at the top, then details. Total length at most 200 words.":
            (Found("words_max", {"n": 200}),),
        "Start it with 'fix(auth):' and keep the body to 2 sentences at most.":
            (Found("start_phrase", {"phrase": "fix(auth):"}),),
        "Write study notes on mitosis where each stage gets no more than two sentences.": (),
        "Write an abstract for my paper. Abstract ≤ 250 words.": (Found("words_max", {"n": 250}),),
        "Reviews ≥ 200 words are flagged by our spam filter. Write a 50-word review of a toaster.": (),
        "Write two paragraphs ≤ 50 words each.": (Found("paragraphs_exact", {"n": 2}),),
        "The journal's limit is 250 words. Is my abstract OK?": (),
        "Reviewer 1 wrote: 'The manuscript must not exceed 6,000 words.' How should I prioritize the cuts?": (),
        "Write the error code docs for our API as JSON only.": (Found("json_output"),),
        "Our parser log says:\n[ERROR] response must be valid JSON only\nWhy is it failing?": (),
        "Put the whole message in a code block so I can copy it.": (Found("code_block"),),
        "It needs the words 'lock-free' and 'no_std'.": (Found("keyword_include", {"words": ["lock-free", "no_std"]}),),
        "List the data quality checks: exactly 7, numbered.": (Found("numbered_list", {"n": 7}),),
        "Helpdesk reply. Numbered steps, exactly 5.": (Found("numbered_list", {"n": 5}),),
        "Rewrite the opening so it has at least 4 sentences.": (Found("sentences_min", {"n": 4}),),
        "My essay has no fewer than 12 sentences in total. Is that enough?": (),
        "Repeat their request verbatim first, then write my answer: Can I get admin rights?":
            (Found("repeat_request", {"request": ["Can I get admin rights?"]}),),
    })


def test_the_twentieth_review_s_findings() -> None:
    """A review of the nineteenth author's fixes and the nineteenth review's narrowings (288 probes) found 83 reads
    worse in their first version, most from narrowings that went too far; tests/reward_models/review_twenty.py holds
    the 248 of its probes the reader reads as a careful reader does (two of the rest read worse than before)."""
    from tests.reward_models.review_twenty import PROBES

    assert _misread(PROBES) == []


def test_a_twenty_first_author_s_non_native_and_creative_requests() -> None:
    """tests/reward_models/instruction_paraphrases_u.py: non-native writers, phone typing and creative writing. First
    read recall 0.780, precision 0.942, 39 of 42 clean (singulars: "max 6 bullet", "minimum 4 time"; "en español";
    a chorus's or a title's bound read as the answer's; "exactly 100 words" unread)."""
    from tests.reward_models import instruction_paraphrases_u as u

    assert not [t for t in u.NO_INSTRUCTIONS if parse_instructions(t)]
    hit, missed, extra = _read_counts(u.CASES)
    assert extra <= 5 and hit / (hit + missed) >= 0.88, (hit, missed, extra)
    _assert_reads({
        "give me max 6 bullet": (Found("bullets_max", {"n": 6}),),
        "explain like for child, 2-3 sentences maximum": (Found("sentences_max", {"n": 3}),),
        "use the word 'ember' at least 3 times, under 300 words":
            (Found("keyword_frequency", {"word": "ember", "n": 3}), Found("words_max", {"n": 299})),
        "use the word 'coffee' minimum 4 time": (Found("keyword_frequency", {"word": "coffee", "n": 4}),),
        "write a drabble, exactly 100 words, about a dragon":
            (Found("words_min", {"n": 100}), Found("words_max", {"n": 100})),
        "Reply with exactly one word: 'yes' or 'no'.": (Found("constrained_choice", {"options": ["yes", "no"]}),),
        "song lyrics, chorus under 30 words, and whole song not more then 200 words": (Found("words_max", {"n": 200}),),
        "write a villanelle, title in <<>> and the title max 3 words": (Found("title"),),
        "write email to the teacher. en español por favor": (Found("language", {"code": "es"}),),
        "Poema para mi mamá, in Spanish please, 3 estrofas": (Found("language", {"code": "es"}),),
        "Which is right: 'I am agree' or 'I agree'? in Spanish we say 'estoy de acuerdo'": (),
        "Message to landlord: very short, lowercase is ok, max 30 words": (Found("words_max", {"n": 30}),),
        "Use placeholder [date] and [address]. Less then 100 word":
            (Found("placeholders", {"n": 2}), Found("words_max", {"n": 99})),
        "Write an invitation template with [name], [date], and [venue].": (Found("placeholders", {"n": 1}),),
        "I lost my passport in Rome what to do step by step, numbered, 5 step": (Found("numbered_list", {"n": 5}),),
        "I have 10 boxes in the garage, numbered 1 through 10. How should I label them?": (),
        "Give me 3 benefits and 3 drawbacks as a numbered list.": (),
        "Instagram caption, max 30 words, 3 hashtag": (Found("words_max", {"n": 30}), Found("hashtags", {"n": 3})),
        "Write a sign, make it polite, ALL CAPITAL, max 15 words": (Found("uppercase"), Found("words_max", {"n": 15})),
        "Write a note to my grandma who can't see well in all capital letters.": (Found("uppercase"),),
        "why we write 'P.S.' in letters? is it still used?": (),
        "Write more than 150 words but at most 250.": (Found("words_min", {"n": 151}), Found("words_max", {"n": 250})),
    })


def test_the_twenty_first_review_s_findings() -> None:
    """A review of the twentieth author's fixes and the twentieth review's mends (275 probes) found 82 reads worse in
    their first version; tests/reward_models/review_twentyone.py holds the 245 of its probes the reader reads as a
    careful reader does (one of the rest reads worse than before: "I need to write a cover letter in German. Can you
    write one for me?", the user's own activity told before the request)."""
    from tests.reward_models.review_twentyone import PROBES

    assert _misread(PROBES) == []


def test_the_twenty_second_review_s_findings() -> None:
    """A review of the twenty-first author's fixes and the twenty-first review's mends (278 probes) found 86 reads worse
    in their first version (most in the answer's language); tests/reward_models/review_twentytwo.py holds the probes
    the reader reads as a careful reader does (257; none of the rest reads worse than before the change).
    The answer's language is read from a verb cue anywhere, or the answer's noun right before "in <Language>" ("a
    short bio in Spanish kids can understand"), where the clause is not about text that exists ("The product
    description in Spanish on our site", "She gave her speech in Italian")."""
    from tests.reward_models.review_twentytwo import PROBES

    assert _misread(PROBES) == []


def test_the_twenty_third_review_s_findings() -> None:
    """A review of the twenty-second review's mends (268 probes) found 101 reads worse in their first version, most in
    the answer's language (now read from a request anywhere in the clause — its opening, "so write it in German",
    "please keep the card in Spanish" — and not from narration or existing text); tests/reward_models/
    review_twentythree.py holds the probes the reader reads as a careful reader does (none of the rest reads worse than
    before the change)."""
    from tests.reward_models.review_twentythree import PROBES

    assert _misread(PROBES) == []


def test_the_twenty_fourth_review_s_findings() -> None:
    """A review of the twenty-third review's mends (142 probes) found 36 reads worse in their first version, none
    after; tests/reward_models/review_twentyfour.py holds the probes the reader reads as a careful reader does. The
    answer's language: a verb cue is read unless the clause narrates ("My parents speak in Spanish at home", "The menu
    was in Italian only"); a request after a comma counts ("I have a daughter in Lyon, say it in French")."""
    from tests.reward_models.review_twentyfour import PROBES

    assert _misread(PROBES) == []


def test_an_unquoted_list_to_mention_and_highlights_beside_a_word_count() -> None:
    """"Must mention fork, branch and pull request": a short unquoted list after a modal cue; not a list of things
    ("the benefits and the risks"), not a question. A count tied to the highlighting leaves a word count beside it
    to the answer ("a story of at most 200 words with two highlighted sentences" was read as 200 highlights)."""
    _assert_reads({
        "Explain git to a new hire. Must mention fork, branch and pull request.":
            (Found("keyword_include", {"words": ["fork", "branch", "pull request"]}),),
        "The essay should mention Aleppo and Malmö by name.":
            (Found("keyword_include", {"words": ["aleppo", "malmö"]}),),
        "Make sure to mention the benefits and the risks.": (),
        "Do you think I should mention salary and benefits?": (),
        "You must not mention fork, branch or merge.":
            (Found("keyword_avoid", {"words": ["fork", "branch", "merge"]}),),
        "Write a story of at most 200 words with two highlighted sentences.":
            (Found("highlight", {"n": 2}), Found("words_max", {"n": 200})),
        "Under 100 words, with at least 3 highlighted sections like *this*.":
            (Found("highlight", {"n": 3}), Found("words_max", {"n": 99})),
        "Highlight up to 3 words in bold, at least 50 words.":
            (Found("highlight", {"n": 1}), Found("words_min", {"n": 50})),
        "Use italics on at least 2 words.": (Found("highlight", {"n": 2}),),
    })


def test_a_twenty_second_author_s_revisions_dictation_and_follow_ups() -> None:
    """tests/reward_models/instruction_paraphrases_v.py: revisions of pasted text, voice dictation, follow-ups on a
    previous answer. First read recall 0.714, precision 0.848, 28 of 40 clean (translations of pasted text unread;
    spoken self-corrections read at their first value; the previous answer's counts read as the request's)."""
    from tests.reward_models import instruction_paraphrases_v as v

    assert len([t for t in v.NO_INSTRUCTIONS if parse_instructions(t)]) <= 9
    hit, missed, extra = _read_counts(v.CASES)
    assert extra <= 8 and hit / (hit + missed) >= 0.88, (hit, missed, extra)
    _assert_reads({
        "um okay so write a quick thank you note uh max fifty words wait make it forty":
            (Found("words_max", {"n": 40}),),
        "make it two sentences no three sentences": (Found("sentences_exact", {"n": 3}),),
        "write a story about a lost sock um in portuguese no wait spanish": (Found("language", {"code": "es"}),),
        "Use at least 3 sentences, no more than 5.":
            (Found("sentences_min", {"n": 3}), Found("sentences_max", {"n": 5})),
        "Translate this email to our Shenzhen factory into Simplified Chinese:": (Found("language", {"code": "zh"}),),
        "Translate this into German: good morning": (),
        "Translate 'cat' into French.": (),
        "Same content, Polish please.": (Found("language", {"code": "pl"}),),
        "Rewrite this CV bullet. Don't change the word 'Salesforce'.":
            (Found("keyword_include", {"words": ["salesforce"]}),),
        "Cut 'journey' and 'passion' completely.": (Found("keyword_avoid", {"words": ["journey", "passion"]}),),
        "Your last answer was 5 paragraphs. Cut it to exactly 3 paragraphs.": (Found("paragraphs_exact", {"n": 3}),),
        "Earlier you gave me 10 bullet points, too many for a slide.": (),
        "Last time you forgot the P.S. Rewrite the fundraising letter and add one at the end.":
            (Found("postscript", {"marker": "P.S."}),),
        "um write a limerick about my cat but don't use the word cat lol":
            (Found("keyword_avoid", {"words": ["cat"]}),),
        "Never use commas.": (Found("no_commas"),),
        "Don't use 'very', my teacher says it's lazy.": (Found("keyword_avoid", {"words": ["very"]}),),
        "My boss says don't use 'very'.": (),
        "Two versions please, separated by %%%%.": (Found("two_responses", {"separator": "%%%%"}),),
    })

def test_the_twenty_fifth_review_s_findings() -> None:
    """A review of the twenty-fourth review's mends (279 probes) found 74 reads worse, none after: the language is now
    judged on the stretch of the clause before it (after its last comma, colon or "so"), which may narrate ("I got a
    letter from the bank in German, explain what it says") or state ("It's written in French"); "en español" is read
    unless a statement follows or precedes it; "in Greek and Roman mythology" is a modifier. Two answers are read from
    an answer's noun whatever the verb ("I need two versions ..."), not from amounts ("two weeks of meal plans").
    tests/reward_models/review_twentyfive.py holds the probes the reader reads as a careful reader does."""
    from tests.reward_models.review_twentyfive import PROBES

    assert _misread(PROBES) == []


def test_the_twenty_sixth_review_s_findings() -> None:
    """A review of the twenty-fifth review's mends and the twenty-second author's fixes (277 probes) found 86 reads
    worse in their first version, none after: a spoken correction needs a strong cue or the same unit ("two paragraphs
    no three paragraphs"); what the previous answer did is cut at the request that follows it; a translation into two
    languages, or beside another task, has no one language. tests/reward_models/review_twentysix.py holds the probes
    the reader reads as a careful reader does."""
    from tests.reward_models.review_twentysix import PROBES

    assert _misread(PROBES) == []


def test_the_twenty_seventh_review_s_findings() -> None:
    """A review of the twenty-sixth review's mends (234 probes) found 70 reads worse in their first version, 1 after
    ("Write replies to these two emails, each with 3 action items, separated by ***": "to" before the two emails reads
    as a topic): a correction's new value may end the phrase ("no, 80."); what the previous answer did is cut only at a
    request after a comma or dash; "and polish it up" is no second language. tests/reward_models/review_twentyseven.py
    holds the probes the reader reads as a careful reader does."""
    from tests.reward_models.review_twentyseven import PROBES

    assert _misread(PROBES) == []


def test_the_twenty_eighth_review_s_everyday_requests() -> None:
    """A review of the whole session's change on everyday requests (260; the reader at the session's start vs after)
    found 31 reads worse in the first version, 1 after ("You used too many bullet points, 3 max.": the unit stays in
    the complaint): a complaint about the previous answer keeps the request after it; a request's verb inside
    unpunctuated speech is a request; a cuisine after a question about food is no language. tests/reward_models/
    review_twentyeight.py holds the probes the reader reads as a careful reader does."""
    from tests.reward_models.review_twentyeight import PROBES

    assert _misread(PROBES) == []


def test_the_twenty_ninth_review_s_everyday_sample() -> None:
    """294 requests sampled like everyday traffic read no worse than with the session's first reader (12 better), and
    40 aimed at its rules none worse after their mends. tests/reward_models/review_twentynine.py holds the probes the
    reader reads as a careful reader does (the sample's both-wrong left out)."""
    from tests.reward_models.review_twentynine import PROBES

    assert _misread(PROBES) == []


def test_the_thirtieth_review_s_findings() -> None:
    """Session 27's reads from the template-style authors' misses, reviewed: 265 probes, 38 worse in the first version,
    2 after (a tally "Commas: none. Dashes: four." of the user's poem; a part's bound after a semicolon, "Write a
    headline ...; max of 12 words for the headline"). tests/reward_models/review_thirty.py holds the probes read
    right."""
    from tests.reward_models.review_thirty import PROBES

    assert len(PROBES) >= 220 and _misread(PROBES) == []


def test_the_thirty_first_review_s_sample() -> None:
    """300 requests sampled like everyday traffic, written before reading the reader: 0 worse, 0 better than the
    session's first reader; 3 avoided words read as included mended. tests/reward_models/review_thirtyone.py."""
    from tests.reward_models.review_thirtyone import PROBES

    assert len(PROBES) >= 270 and _misread(PROBES) == []
    _assert_reads({  # a list's count and bullets as its form, apart
        "Could you list 5 benefits of drinking water? Use bullet points.": (Found("bullet_list", {"n": 5}),),
        "Give me 7 fun facts about octopuses with bullet points.": (Found("bullet_list", {"n": 7}),),
        "List 5 tips for studying. Use bullet points with two sub-bullets each.": (),
        "Give me 3 reasons to learn Python. I hate bullet points.": (),
        "List 5 benefits of yoga.": (),
        # a quoted list in a parenthesis keeps its last item after ", or" / ", and" (it was cut off)
        'Write a story (include the words "fox", "den", and "moon").':
            (Found("keyword_include", {"words": ["fox", "den", "moon"]}),),
        'Tell me whether Pluto is a planet (reply strictly with "yes", "no", or "it depends").':
            (Found("constrained_choice", {"options": ["yes", "no", "it depends"]}),),
        # a highlight count beside a bullet count in one clause: both
        "Write 5 bullet points with two or more phrases set in *markdown italics*.":
            (Found("highlight", {"n": 2}), Found("bullet_list", {"n": 5})),
    })


def _assert_review(name: str, at_least: int) -> None:
    """A review file (tests/reward_models/<name>.py) holds: at least `at_least` probes read right (PROBES), and every
    probe left in UNREAD still misread (one read right belongs in PROBES, where it is held to it)."""
    review = importlib.import_module(f"tests.reward_models.{name}")
    assert len(review.PROBES) >= at_least and _misread(review.PROBES) == []
    assert len(_misread(review.UNREAD)) == len(review.UNREAD)


def test_the_thirty_second_review_s_findings() -> None:
    """257 long, persona, multi-constraint and instruction-free requests written blind to the reader: 47 misread
    at first, 13 now (tests/reward_models/review_thirtytwo.py). The include/avoid flips, told-then-asked questions
    and a paragraph's first word read right, and every probe read right stays so."""
    _assert_review("review_thirtytwo", at_least=230)
    _assert_reads({
        # a negation bears on its own part of the clause
        "The summary must be no more than 4 sentences and must include the phrase 'root cause'.":
            (Found("keyword_include", {"words": ["root cause"]}), Found("sentences_max", {"n": 4})),
        "That doesn't matter here — just make sure it mentions 'Slack'.":
            (Found("keyword_include", {"words": ["slack"]}),),
        "They ask applicants not to use the words 'unfortunately' or 'failure'.":
            (Found("keyword_avoid", {"words": ["unfortunately", "failure"]}),),
        "Give me two slogans separated by ******, and make sure neither uses the word 'meat'.":
            (Found("two_responses", {"separator": "******"}), Found("keyword_avoid", {"words": ["meat"]})),
        "Write a summary that includes 'Bastille' and doesn't use the word 'revolution'.":
            (Found("keyword_include", {"words": ["bastille"]}), Found("keyword_avoid", {"words": ["revolution"]})),
        "Don't use the words 'x' or 'y' — they're overused.": (Found("keyword_avoid", {"words": ["x", "y"]}),),
        # what the user tells before a question about it; not when the telling asks for something
        "I keep starting my essays with 'In today's society'. Why do teachers hate that?": (),
        "Our Slack has a rule: all announcements must be in lowercase. Is that a common convention?": (),
        "I only have a moment, so keep your reply within 20 words. Is running better than swimming?":
            (Found("words_max", {"n": 20}),),
        "I need a cover letter under 200 words. What should I put in it?": (Found("words_max", {"n": 199}),),
        # a paragraph's first word; a time or place is no end; a colon after a text that says what it holds
        "Answer in 2 paragraphs, the second starting with 'Never'.":
            (Found("paragraph_first_word", {"n": 2, "word": "Never"}), Found("paragraphs_exact", {"n": 2})),
        "I want a quiz question for the end of a lesson. Write it as JSON.": (Found("json_output"),),
        "Write a note and put a question at the end of the note.": (Found("end_with_question"),),
        "I need an intro to read at the start that explains the rules: teams of six, no phones.": (),
        # counted keywords after another instruction; code block around JSON; listed placeholders
        "Write a poem in all capital letters, with a title in <<double angular brackets>>, mentioning 'fog' at "
        "least twice.": (Found("title"), Found("uppercase"), Found("keyword_frequency", {"word": "fog", "n": 2})),
        "Give me a packing list as JSON, wrapped in a markdown code block.": (Found("json_output"),
                                                                               Found("code_block")),
        "Leave [Pet Name], [Owner Name] and [Due Date] in as placeholders.": (Found("placeholders", {"n": 3}),),
        # a format shown by example fixes its counts; its slots say nothing of the answer's length
        "Respond like this:\n1. First point\n2. Second point\n3. Third point\n\nTopic: saving on heating.":
            (Found("numbered_list", {"n": 3}),),
        "Use this format:\n- bullet\n- bullet\n\nTopic: Lisbon in winter.": (Found("bullet_list", {"n": 2}),),
        "Reply using this template:\nVerdict: <yes/no>\nReason: <one sentence>\n\nQuestion: Should I repaint?": (),
        "My novel outline:\n- opens with a storm\n- closes with a wedding\nIs this a good structure?": (),
        "Give me a playlist of 8 first-dance songs as bullet points.": (Found("bullet_list", {"n": 8}),),
        "Use a numbered list and keep it to 5 steps exactly.": (Found("numbered_list", {"n": 5}),),
    })


def test_the_thirty_third_review_s_findings() -> None:
    """225 study and work requests, quick messages, listed constraints and instruction-free ones, written blind to
    the reader after the 32nd review's fixes: 30 misread at first, 10 now (tests/reward_models/review_thirtythree.py).
    """
    _assert_review("review_thirtythree", at_least=201)
    _assert_reads({
        # a ban's heading carries over its items; a "Do:" heading does not
        "Explain the water table.\nDo:\n- use simple words\nDon't:\n- use the word 'aquifer'":
            (Found("keyword_avoid", {"words": ["aquifer"]}),),
        "Write a poem.\nAvoid:\n- the word 'moon'\n- commas":
            (Found("keyword_avoid", {"words": ["moon"]}), Found("no_commas")),
        # quick typing's shorthand
        "explain blockchain like im 5 pls, max 3 sent.": (Found("sentences_max", {"n": 3}),),
        "explain the electoral college in under 100 wds": (Found("words_max", {"n": 99}),),
        "gimme 4 bullet pts on why we shld switch to notion": (Found("bullet_list", {"n": 4}),),
        "resignation email, 3 paragraphs, 2nd one starts w/ 'Thank'":
            (Found("paragraph_first_word", {"n": 2, "word": "Thank"}), Found("paragraphs_exact", {"n": 3})),
        "can u repeat my question first then answer it: why do cats knead blankets":
            (Found("repeat_request", {"request": ["why do cats knead blankets"]}),),
        "give me 5 gift ideas for my dad. numbered pls": (Found("numbered_list", {"n": 5}),),
        "JSON pls: 3 cheap dinner ideas": (Found("json_output"),),
        "Three paragraphs, please, and the third should start with 'Mitigation'.":
            (Found("paragraphs_exact", {"n": 3}), Found("paragraph_first_word", {"n": 3, "word": "Mitigation"})),
        # a text to check is material; a question that opens with "Do you"; a file format; told, commented, asked
        "Proofread this for me: 'Please write your answer in no more than 200 words.'": (),
        "Respond to this review: 'Food was cold.' Start your reply with \"Thank you for your feedback\".":
            (Found("start_phrase", {"phrase": "Thank you for your feedback"}),),
        "Do you put a comma before 'too' at the end of a sentence?": (),
        "What is a PostScript file and how do I open one?": (),
        "Our team's rule is that every message must end with a question. It's exhausting. How do I push back?": (),
    })


def test_the_thirty_fourth_review_s_findings() -> None:
    """217 writing tasks with checkable constraints, harder phrasings, personas and instruction-free ones, written
    blind after the 33rd review's fixes: 27 misread at first, 9 now (tests/reward_models/review_thirtyfour.py)."""
    _assert_review("review_thirtyfour", at_least=200)
    _assert_reads({
        # a bound on each of them is not the answer's; a highlight count beside a word floor
        "Write a story of at most six sentences, each of which should be under twenty words.":
            (Found("sentences_max", {"n": 6}),),
        "Write a listing that is at least 150 words long and puts at least 3 selling points in markdown bold.":
            (Found("highlight", {"n": 3}), Found("words_min", {"n": 150})),
        # a floor before a cap that names the unit once; a relative clause of the text asked for
        "Write a letter with at least two but no more than four paragraphs.":
            (Found("paragraphs_min", {"n": 2}), Found("paragraphs_max", {"n": 4})),
        "Write a rap that has fewer than 150 words and more than 8 sentences.":
            (Found("words_max", {"n": 149}), Found("sentences_min", {"n": 9})),
        # joined clauses: a start phrase and words; a ban after a count; a paragraph count after a first word
        "Write a speech that starts with 'Good evening, neighbors' and includes the words 'compost' and 'savings'.":
            (Found("start_phrase", {"phrase": "Good evening, neighbors"}),
             Found("keyword_include", {"words": ["compost", "savings"]})),
        "Write an ad; use the word 'confidence' at least twice and the word 'cheap' not at all.":
            (Found("keyword_frequency", {"word": "confidence", "n": 2}), Found("keyword_avoid", {"words": ["cheap"]})),
        "The first paragraph should begin with 'Checkmate' and there should be 4 paragraphs total.":
            (Found("paragraph_first_word", {"n": 1, "word": "Checkmate"}), Found("paragraphs_exact", {"n": 4})),
        "Write a story in exactly two paragraphs; start the second one with the word 'Later'.":
            (Found("paragraphs_exact", {"n": 2}), Found("paragraph_first_word", {"n": 2, "word": "Later"})),
        # material to summarise; topics in questions; initials and quoted abbreviations end no sentence
        "Summarise this job ad for me: 'Applicants should submit a cover letter of at least 400 words.'": (),
        "Why do some poets write entirely in lowercase, like e.e. cummings?": (),
        "Where does the 'P.S.' at the bottom of old letters come from?": (),
        "Why do contracts use headings like 'Section 1' and 'Section 2'?": (),
        "Could the workout plan be split into six sections, each opening with 'Week' and a number?":
            (Found("sections", {"n": 6, "marker": "Week"}),),
        "Write a haiku. Put the whole thing inside a markdown code block.": (Found("code_block"),),
        "Keep it under 200 words and leave out digits entirely.": (Found("words_max", {"n": 199}), Found("no_digits")),
    })


def test_the_thirty_fifth_review_s_findings() -> None:
    """167 requests by non-native and fast writers, with 3-4 constraints, and instruction-free ones, written blind
    after the 34th review's fixes: 30 misread at first, 18 now (tests/reward_models/review_thirtyfive.py)."""
    _assert_review("review_thirtyfive", at_least=156)
    _assert_reads({
        # a cap after a floor of another kind; a last line that must not be a question is no instruction to check
        "Write a post: 4 hashtags minimum, less than 3 words in all caps.":
            (Found("hashtags", {"n": 4}), Found("capital_words_max", {"n": 2})),
        "Write an FAQ with exactly 4 bullet points. The last line should not be a question.":
            (Found("bullet_list", {"n": 4}),),
        "A response whose last sentence is not a question will be rejected.": (Found("end_with_question"),),
        # a later paragraph's first word, said without "the" or as "starting the third with"
        "Four paragraphs. Second one should start with 'Next'.":
            (Found("paragraphs_exact", {"n": 4}), Found("paragraph_first_word", {"n": 2, "word": "Next"})),
        # questions about symbols; "<< and >>" asked for a title stays a title
        "Why people put ****** between chapters in fanfiction?": (),
        "Can you explain what the << and >> symbols mean in C++ cout?": (),
        "Include a heading wrapped in << and >>.": (Found("title"),),
        # informal case, code block, bold and range phrasings
        "write motivational text for my gym, everything in capital letter": (Found("uppercase"),),
        "write me speech for graduation, dont use capital letters at all": (Found("lowercase"),),
        "Start each sentence with a capital letter.": (),
        "write python function for reverse a string, put all the answer in code block": (Found("code_block"),),
        "Write an ad with at least 2 bold phrases.": (Found("highlight", {"n": 2}),),
        "write a essay on sleep at least 250 word and not more than 300":
            (Found("words_min", {"n": 250}), Found("words_max", {"n": 300})),
        "In Italian write the short menu for my restaurant": (Found("language", {"code": "it"}),),
        "In French class, write a poem about snow.": (),
    })


def test_the_thirty_sixth_review_s_findings() -> None:
    """160 requests carrying the less common families (languages, sections, P.S., quotes, JSON, repeats, choices...)
    and instruction-free ones, written blind after the 35th review's fixes: 27 misread at first, 14 now
    (tests/reward_models/review_thirtysix.py)."""
    _assert_review("review_thirtysix", at_least=140)
    _assert_reads({
        # a "please" inside a quote is not the asker's: the question stays a question
        "What's the most natural way to say 'please answer only yes or no' in Korean?": (),
        "Why do emails from my bank end with 'Please do not reply to this message'?": (),
        "Explain to a ten-year-old when we use capital letters in English.": (),
        "Did Roman letter writers have anything like a P.S., or is it a later invention?": (),
        "How does Git mark merge conflicts with <<<<<<<, ======= and >>>>>>>?": (),
        "Write a short story about an interpreter who can only answer questions in French.": (),
        # the answer's language said another way
        "Draft an Instagram post, and please use no other language than French.": (Found("language", {"code": "fr"}),),
        "Tell me a short fable about a crow and a fox. Czech only, please.": (Found("language", {"code": "cs"}),),
        "Describe the Northern Lights. Norwegian is the only language I want in the answer.":
            (Found("language", {"code": "no"}),),
        # all-caps words beside a letter count; steps headed by a marker
        "Describe Porto, using at least 3 words in all caps and the letter 'o' at least 40 times.":
            (Found("capital_words", {"n": 3}), Found("letter_frequency", {"letter": "o", "n": 40})),
        "Give me instructions in 4 steps, each headed 'Step' followed by its number.":
            (Found("sections", {"n": 4, "marker": "Step"}),),
        "Reply with one word from: positive, negative, neutral.":
            (Found("constrained_choice", {"options": ["positive", "negative", "neutral"]}),),
    })


def test_one_unquoted_word_to_use_and_mentions_left_to_topics() -> None:
    """"and use the word proud" (dictated, unquoted) asks for the word; "mention X" alone stays unread: authors take
    "mention sustainability" as a keyword and "mention teamwork and deadlines" as a topic. "the notes below" names the
    pasted text, not a cap ("in 4 bullet points" was read as at most 4)."""
    _assert_reads({
        "write a message for my team saying great job this quarter and use the word proud":
            (Found("keyword_include", {"words": ["proud"]}),),
        "Write a 250-word reflection on my internship, mention teamwork and deadlines.": (),
        "Use the word it.": (),
        "Summarize the meeting notes below in 4 bullet points: budget over by 10%, launch delayed to May.":
            (Found("bullet_list", {"n": 4}),),
        "Summarize the text below in under 50 words.": (Found("words_max", {"n": 49}),),
    })


def test_listed_section_labels_build_no_pattern_from_the_request() -> None:
    """The label read from a request is compared in code: reading many requests with new labels leaves the cache of
    compiled patterns (unbounded, keyed by pattern) the size it was, so a server's memory cannot grow with them."""
    from reward_models.instructions import _re

    labels = ["Zork", "Quib", "Plonk", "Fribble", "Wuzzle", "Grommet", "Snark", "Blip"]
    parse_instructions.__wrapped__("Use Alpha 1, Alpha 2, Alpha 3 as section headers.")
    before = _re.cache_info().currsize
    for label in labels:
        got = parse_instructions.__wrapped__(f"Use {label} 1, {label} 2, {label} 3 as section headers.")
        assert got == (Found("sections", {"n": 3, "marker": label}),)
    assert _re.cache_info().currsize == before


def test_section_labels_listed_in_order_where_the_sentence_names_sections() -> None:
    """Labels listed in order ("Day 1, Day 2, Day 3", "Item 1 through Item 4") beside "sections" or "headers" are
    the sections asked for, with any label; not a range of numbers ("numbered 1-4"), a list left open ("Week 1, Week
    2 and so on"), a question about labels, a table's headers, nor a count that disagrees."""
    _assert_reads({
        "Plan a 3-day trip in Lisbon: use Day 1, Day 2, Day 3 as section headers.":
            (Found("sections", {"n": 3, "marker": "Day"}),),
        "Describe three cities in 3 sections (City 1, City 2, City 3).":
            (Found("sections", {"n": 3, "marker": "City"}),),
        "Draft a meeting agenda: 4 sections labelled Item 1 through Item 4.":
            (Found("sections", {"n": 4, "marker": "Item"}),),
        "Make a 4-section study plan (Week 1 to Week 4), don't use a table.":
            (Found("sections", {"n": 4, "marker": "Week"}),),
        "Sections: Section 1 (background), Section 2 (proposal), Section 3 (budget)\nTopic: a bike rack at our office":
            (Found("sections", {"n": 3, "marker": "Section"}),),
        "Explain the exam's four sections, numbered 1-4 in the booklet, so I know what to expect.": (),
        "Plan my running, in sections headed Week 1, Week 2 and so on.": (),
        "For a thesis, is 'Section 1, Section 2' or 'Part I, Part II' the better way to structure chapters?": (),
        "Make a table with headers Unit 1, Unit 2, Unit 3 and a summary in sections.": (),
        "Write the tour in 2 sections: Stop 1, Stop 2, Stop 3.": (),
    })


def test_the_thirty_seventh_review_s_findings() -> None:
    """210 requests as real users type them (159 with 242 instructions, 51 controls), written blind to the reader:
    0.946 recall, 0.996 precision, 45 of 51 controls clean at first (tests/reward_models/review_thirtyseven.py).
    Third parties' rules before a question about them, a quote to explain, a story's character asking for a language
    and a past habit read nothing; "<100 words", "≤ 80 words.", a misspelt unit, "shouldn't contain any commas", "and
    ends with", "with the words 'x' and 'y' in it" and a Spanish request's "Responde en español" read."""
    _assert_review("review_thirtyseven", at_least=200)
    _assert_reads({
        "The job posting says applicants should answer in Spanish. Does that mean my whole application has to be in "
        "Spanish?": (),
        "Explain this line from my style guide: 'All copy must avoid the words guarantee and free.'": (),
        "Write a scene in which a kid keeps asking a smart speaker to answer in Spanish.": (),
        "I used to write all my notes in lowercase to save time. Write me a pep talk about journaling.": (),
        "Write a morning routine. <100 words.": (Found("words_max", {"n": 99}),),
        "Write a morning routine. ≤ 80 words.": (Found("words_max", {"n": 80}),),
        "In 3 senteces or less, write a message to my coworker.": (Found("sentences_max", {"n": 3}),),
        "Write a radio ad. It shouldn't contain any commas.": (Found("no_commas"),),
        "Write a poem that rhymes and ends with 'goodnight'.": (Found("end_phrase", {"phrase": "goodnight"}),),
        "My speech starts slow and ends with 'thank you'. Is that OK?": (),
        "Write an explanation with the words 'chlorophyll' and 'sunlight' in it.":
            (Found("keyword_include", {"words": ["chlorophyll", "sunlight"]}),),
        "Checklist I use for cover letters:\n- ends with 'Sincerely'\nWhat else should I add?": (),
        "Write a bio with the word \"green\" in it. Oh, never mind that, use \"eco\" instead.":
            (Found("keyword_include", {"words": ["eco"]}),),
        "Responde en español, por favor: ¿qué es la fotosíntesis?": (Found("language", {"code": "es"}),),
        "Any dinner ideas for tonight? Italian please, nothing too heavy.": (),
    })


def test_the_thirty_eighth_review_s_findings() -> None:
    """237 prompts of a hand-built evaluation set (five per kind, 42 controls), written blind to the reader: 0.932
    recall, 0.995 precision, 41 of 42 controls clean at first (tests/reward_models/review_thirtyeight.py). A request
    put as a question keeps its participle clause ("Could you ..., avoiding commas completely?"), and "don't use any
    words in all caps" caps them at none instead of asking for all caps."""
    _assert_review("review_thirtyeight", at_least=234)
    _assert_reads({
        "Could you explain how to tie a tie, avoiding commas completely?": (Found("no_commas"),),
        "Explain how, in formal writing, to avoid comma splices.": (),
        "Could you describe your pizza, using the word 'crust' at least twice?":
            (Found("keyword_frequency", {"word": "crust", "n": 2}),),
        "Could you write a podcast outro that ends with the phrase 'Stay curious'?":
            (Found("end_phrase", {"phrase": "Stay curious"}),),
        "Write a product review of a kettle; don't use any words in all caps.": (Found("capital_words_max", {"n": 0}),),
        "Can you write song lyrics without using any uppercase letters?": (Found("lowercase"),),
        "Write about how people avoid capital letters in texting.": (),
        "The contest rules say entries must be under 1,000 words. Does a subtitle count toward the limit?": (),
        "Give me a packing list, with the whole reply being a single JSON object.": (Found("json_output"),),
        "Last line: a question (ending in \"?\").": (Found("end_with_question"),),
    })


def test_the_thirty_ninth_review_s_findings() -> None:
    """165 dense requests, half with pasted material, written blind to the reader: 0.956 recall, 0.979 precision,
    29 of 40 controls clean at first (tests/reward_models/review_thirtynine.py), nearly every control misread a rule
    inside the pasted or quoted material. A long quoted passage of several sentences is material unless named as the
    text to use; "Summarise this:" and a labelled block that the request names open material."""
    _assert_review("review_thirtynine", at_least=150)
    _assert_reads({
        'Is the tone OK here?\n\n"Dear Ms Lee, please reply in no more than 3 sentences to confirm. P.S. Parking '
        'is free."': (),
        "Summarise this for me:\n\nCONTEST RULES\n1. Stories must be 500-1,000 words.\n2. Entries must include the "
        "word 'lantern'.": (),
        'Start your reply with the line "The door was already open. Nobody was home." and write a short story.':
            (Found("start_phrase", {"phrase": "The door was already open. Nobody was home."}),),
        "Turn these notes into action items, exactly 4 bullet points.\n\nNotes (from Tues):\nAnna - deck\nP.S. "
        "bring snacks": (Found("bullet_list", {"n": 4}),),
        "Write a toast for my friend.\n\nNotes:\n- she loves hiking\n- it should be at least 6 sentences":
            (Found("sentences_min", {"n": 6}),),
        "Need a bio: no more than 75 words, third person, must include 'podcast' and 'Denver'.":
            (Found("words_max", {"n": 75}), Found("keyword_include", {"words": ["podcast", "denver"]})),
        "Write the 'About us' text for a restaurant, including 'pho' and 'family'.":
            (Found("keyword_include", {"words": ["pho", "family"]}),),
    })


def test_the_fortieth_review_s_findings() -> None:
    """164 requests with quoted or pasted text used or worked on, written blind to the reader: 0.886 recall, 0.947
    precision, 46 of 52 controls clean at first (tests/reward_models/review_forty.py). A quote is the text to use
    only where its cue stands right before it; "Summarise these contest rules for me:" opens material."""
    _assert_review("review_forty", at_least=151)
    _assert_reads({
        "Summarise these contest rules for me:\n\n1. Entries must be under 300 words.\n2. Include at least 2 "
        "hashtags.": (),
        'Translate this poem into Italian and keep it under 60 words.\n\n"Seven swans and a goose,\nthe river says '
        'be still.\nP.S. to the moon: come home soon."': (Found("words_max", {"n": 59}), Found("language",
                                                                                        {"code": "it"})),
    })
    _assert_reads({  # a quote inside a quoted passage goes with it; the request after both stays
        "Is this rule fair? 'Our club says \"Reviews must be short and sweet. Use at most 3 sentences per review.\" "
        "and we all follow it.' Answer in under 50 words.": (Found("words_max", {"n": 49}),),
    })
    _assert_reads({  # a count of the first or last units is a part, not the answer's count
        "Write a chapter, at least 400 words. The first two sentences must be exactly 'It rained. Nobody came.'":
            (Found("words_min", {"n": 400}),),
        "Write a story where the first three paragraphs are short.": (),
        "Draft the opening of my toast, just the first 3 sentences.": (Found("sentences_exact", {"n": 3}),),
    })
    _assert_reads({  # a list of options after "one word from this list:" or "just the letter:"
        "Reply with one word from this list: positive, negative, neutral.":
            (Found("constrained_choice", {"options": ["positive", "negative", "neutral"]}),),
        "Answer with just the letter: a, b or c.": (Found("constrained_choice", {"options": ["a", "b", "c"]}),),
    })
    _assert_reads({  # a single-quoted passage over several lines is material too
        "Here's my first stanza:\n\n'The kettle sings at half past six,\nand P.S., love: the roof still leaks.'\n\n"
        "Write two more stanzas and end the poem with 'the roof still leaks'.":
            (Found("end_phrase", {"phrase": "the roof still leaks"}),),
    })
    # the bound nearest the caps, not the word cap before it (which is read too, since session 31)
    assert parse_instructions("Write a description in at most 80 words, with no more than 2 words in all caps.") == (
        Found("words_max", {"n": 80}), Found("capital_words_max", {"n": 2}))


def test_the_forty_first_review_s_findings() -> None:
    """184 length-and-count requests written blind to the reader: 0.929 recall, 0.994 precision, 51 of 52 controls
    clean at first (tests/reward_models/review_fortyone.py). The answer's length before a question is read; "keep
    it to 100 words" caps it; "Give me a JSON object ..." asks for JSON."""
    _assert_review("review_fortyone", at_least=178)
    _assert_reads({  # the answer's length or shape opening a question, up to its comma
        "In under a hundred words, why might my sourdough be coming out flat?": (Found("words_max", {"n": 99}),),
        "In a single sentence, what does a sommelier do?": (Found("sentences_exact", {"n": 1}),),
        "In two paragraphs, how does rain form?": (Found("paragraphs_exact", {"n": 2}),),
        "In other words, what is love?": (),
        "In 1995, what was the most popular car?": (),
        "In a few words, why do people write in all caps?": (),
        "In the first paragraph, what does the author mean?": (),
    })
    _assert_reads({
        "Give me a short summary of Hamlet. Keep it to 100 words.": (Found("words_max", {"n": 100}),),
        "Keep each bullet to 10 words.": (),  # a part's limit
        "Give me a JSON object listing 3 cheap weekend trips.": (Found("json_output"),),
        "Give me a numbered list of 10 icebreaker questions for a team of 12, without the word 'fun'.":
            (Found("numbered_list", {"n": 10}), Found("keyword_avoid", {"words": ["fun"]})),
        "Give me 3 bullet points, then end your answer with the question 'What would you change first?'":
            (Found("bullet_list", {"n": 3}), Found("end_phrase", {"phrase": "What would you change first?"})),
        "End your reply by asking me a question.": (Found("end_with_question"),),
    })


def test_the_forty_second_review_s_findings() -> None:
    """181 requests on words and structure written blind to the reader: 0.874 recall, 0.953 precision, 52 of 53
    controls clean at first (tests/reward_models/review_fortytwo.py). A capitalised name to mention, words to
    weave in or make sure come up, and a question to repeat after "first, then answer:" are read."""
    _assert_review("review_fortytwo", at_least=161)
    _assert_reads({
        "Mention Biscuit by name at least three times.": (Found("keyword_frequency", {"word": "biscuit", "n": 3}),),
        "Write a toast for my parents. Mention Cornwall, where they met.":
            (Found("keyword_include", {"words": ["cornwall"]}),),
        "Did he mention Cornwall, where they met?": (),
        "Weave in 'data-driven' and 'stakeholders' somewhere.":
            (Found("keyword_include", {"words": ["data-driven", "stakeholders"]}),),
        "Make sure 'pizza' comes up too.": (Found("keyword_include", {"words": ["pizza"]}),),
        "In my transcript, \"um\" comes up at least 40 times. How can I stop saying it?": (),
        "Repeat my question back to me first, then answer: Can I freeze cooked rice?":
            (Found("repeat_request", {"request": ["Can I freeze cooked rice?"]}),),
        "Give me a JSON object describing my character. Don't use the word 'sneaky' anywhere.":
            (Found("json_output"), Found("keyword_avoid", {"words": ["sneaky"]})),
        # the separator as typed; a day's label to start each day with
        "Give me 2 subject lines, with ******* in between.": (Found("two_responses", {"separator": "*******"}),),
        "Write a 3-day plan, each day starting with Day 1, Day 2 and so on.":
            (Found("sections", {"n": 3, "marker": "Day"}),),
        # placeholders named one for each listed thing (three authors labelled it so)
        "Make a cover letter template with placeholders in square brackets for the company, the role and the hiring "
        "manager.": (Found("placeholders", {"n": 3}),),
        "Write an email template with placeholders.": (Found("placeholders", {"n": 1}),),
    })


def test_a_review_of_session_30_s_fixes() -> None:
    """A helper's review of the 41st and 42nd reviews' fixes found readings that reward the opposite of the request;
    each reads right now."""
    _assert_reads({
        # JSON beside another task is not the whole answer
        "Give me a JSON object with name and age, and explain what each field means.": (),
        "Create a JSON object for a user profile and show me how to parse it in Python.": (),
        "Give me a JSON object for the API request body, with a curl example.": (),
        # a negation around "comes up" keeps the word out, or says nothing checkable
        "Ensure 'lol' shows up nowhere.": (),
        "Make sure 'fine' rarely comes up.": (),
        "Be sure neither 'foo' nor 'bar' comes up.": (),
        "Describe the sea, not mentioning the word 'blue'.": (Found("keyword_avoid", {"words": ["blue"]}),),
        "Give me a numbered list of 5 tips, not using the words 'easy' or 'simple'.":
            (Found("numbered_list", {"n": 5}), Found("keyword_avoid", {"words": ["easy", "simple"]})),
        # the user's own text counted before a question
        "In the following 3 sentences, which one uses the passive voice?": (),
        "In your 3 paragraphs, which is weakest?": (),
        "In our 10 bullet points, which is redundant?": (),
        # a cap on a name's mentions, a part's length, a question that is not the one to end on
        "Write a limerick. Mention Biscuit by name twice at most.": (Found("keyword_include", {"words": ["biscuit"]}),),
        "Write a 5-line poem. Keep it to 8 words a line.": (),
        "Write 5 tips. Keep it to 20 words for each tip.": (),
        "End with a question other than the question 'What do you think?'": (Found("end_with_question"),),
        "Finish with a question: 'What do you think?' or similar.": (Found("end_with_question"),),
        "Write to Mrs. Lee. Mention Dr.": (),
    })


def test_session_31_s_readings_of_earlier_reviews_unread_probes() -> None:
    """Probes the 40th-42nd reviews left unread, read generically; and the look-alikes that must stay unread."""
    _assert_reads({
        "Tell me a story, no more than 300 words, with at least 3 words in ALL CAPS.":
            (Found("words_max", {"n": 300}), Found("capital_words", {"n": 3})),
        "Write a poem, with at least 3 words in ALL CAPS.": (Found("capital_words", {"n": 3}),),
        "Tips for sleeping better? Bullet points, no more than four, and under 80 words total.":
            (Found("bullets_max", {"n": 4}), Found("words_max", {"n": 79})),
        "Write a speech. Use 'hope' at least 3 times and 'future' at least twice.":
            (Found("keyword_frequency", {"word": "hope", "n": 3}),
             Found("keyword_frequency", {"word": "future", "n": 2})),
        "I said 'um' five times and 'like' twice in my talk. How do I stop?": (),
        "Write a chant for the team, all capitals.": (Found("uppercase"),),
        "List the countries of South America, all capitals, and their populations.": (),
        "Describe a forest without using the words green, leafy, or tall.":
            (Found("keyword_avoid", {"words": ["green", "leafy", "tall"]}),),
        "Write a poem and include the key words ocean, salt, and wind.":
            (Found("keyword_include", {"words": ["ocean", "salt", "wind"]}),),
        "Repeat my question first and then answer it: why is the sea salty?":
            (Found("repeat_request", {"request": ["why is the sea salty?"]}),),
        # a clause cut after a quoted phrase keeps its subject; a cue to sign with a quoted line
        "Write a story that mentions 'Paris' and begins with 'Once'.":
            (Found("keyword_include", {"words": ["paris"]}), Found("start_phrase", {"phrase": "Once"})),
        "Concert setlist:\n- opens with 'Yellow'\n- closes with 'Fix You'\nWrite a review in 3 paragraphs.":
            (Found("paragraphs_exact", {"n": 3}),),
        'Write a thank-you card and sign it "Love, Gran".': (Found("end_phrase", {"phrase": "Love, Gran"}),),
        'He asked me to sign it "J. Smith". Is that legal?': (),
        # a long quote cut as material is no phrase to start with: the phrase after the cue is
        'Reply to "Great food but slow. Cold fries. 2/5." in under 30 words, starting with "Thanks, Sam!"':
            (Found("words_max", {"n": 29}), Found("start_phrase", {"phrase": "Thanks, Sam!"})),
        "Write a 300-word-or-more essay on bees.": (Found("words_min", {"n": 300}),),
        # double angle brackets as the subject, not a title asked for
        "How do I type << in LaTeX?": (),
        "Explain this error:\n\nValueError: title must be wrapped in << >>": (),
        "Write a blog post in markdown about escape rooms, with a title in double angular brackets.":
            (Found("title"),),
    })
    assert [f.kind for f in parse_instructions(
        "Repeat this caller's question word for word, then answer it. The question: Can I pay by card?")] == [
        "repeat_request"]


def test_the_forty_third_review_s_findings() -> None:
    """202 requests on the task's own kinds phrased by a new evaluator, written blind to the reader: 0.907 recall,
    0.975 precision, 45 of 47 controls clean at first (tests/reward_models/review_fortythree.py). Labels and terse
    bounds ("Separator: %%%%", "Language: Spanish.", "min 150 words", "< 50 words:", "'x' x4 minimum", "6 items
    exactly"), edges on a rule line or in a parenthesised list, and a record's "Language:" field left alone."""
    _assert_review("review_fortythree", at_least=194)
    _assert_reads({
        "Write two limericks. Separator: ####": (Found("two_responses", {"separator": "####"}),),
        "Write a limerick.\nSeparator: ****": (),
        "Language: German.\nDescribe your town.": (Found("language", {"code": "de"}),),
        "Film: Amélie\nLanguage: French\nYear: 2001\n\nWrite a short review.": (),
        "Write a bio. 80 words min.": (Found("words_min", {"n": 80}),),
        "Write a bio, min 3 paragraphs.": (Found("paragraphs_min", {"n": 3}),),
        "quick q, keep reply < 30 words: is tofu healthy?": (Found("words_max", {"n": 29}),),
        "Write a jingle, use 'fresh' x3 minimum.": (Found("keyword_frequency", {"word": "fresh", "n": 3}),),
        "Study tips as a bullet list, 4 items exactly.": (Found("bullet_list", {"n": 4}),),
        "Write a letter with square-bracket placeholders, minimum 3.": (Found("placeholders", {"n": 3}),),
        "Write a flyer. Words in all caps: 3 at most.": (Found("capital_words_max", {"n": 3}),),
        "Rules: opens with 'Dear team', closes with 'Thanks all'.\nTask: a memo about parking.":
            (Found("start_phrase", {"phrase": "Dear team"}), Found("end_phrase", {"phrase": "Thanks all"})),
        "A toast (at least 100 words; finish with 'Cheers!').":
            (Found("words_min", {"n": 100}), Found("end_phrase", {"phrase": "Cheers!"})),
        "End the poem with this exact line: 'We never spoke again.'":
            (Found("end_phrase", {"phrase": "We never spoke again."}),),
        "Constraints: JSON output only.\nTask: list three fruits.": (Found("json_output"),),
        "Put everything inside triple backticks. Content: a haiku.": (Found("code_block"),),
        "Why does everything inside a code block lose its colours in Slack?": (),
        "Return a JSON object; field names must be lowercase.": (Found("json_output"),),
        "Pick one and reply with only that word: tea, coffee. Which is better at night?":
            (Found("constrained_choice", {"options": ["tea", "coffee"]}),),
        "Write a newsletter with a title in double angular brackets and a P.S. at the end.":
            (Found("title"), Found("postscript", {"marker": "P.S."})),
        "A plan with four sections; each header should read 'Phase N'.":
            (Found("sections", {"n": 4, "marker": "Phase"}),),
        "Write a summary (min 100 words, max 150).": (Found("words_min", {"n": 100}), Found("words_max", {"n": 150})),
    })


def test_a_review_of_session_31_s_fixes() -> None:
    """A helper's adversarial review of session 31's changes: readings that rewarded what nobody asked, each fixed.
    A second count stays a request only where its sentence asks; options never hold a question; an edge cut after a
    quote keeps the request's subject, not someone else's text; a "Language:" line beside a record or before a
    question is not the answer's; "words min" as a speaking rate; a key's case beside the answer's own; rules the
    request says to follow are read from the pasted text, not where others are asked to follow them."""
    _assert_reads({
        "Last time you used 'hope' five times and 'future' twice. Write a new speech.": (),
        "Write a speech that avoids 'hope' at least 3 times and 'future' at least twice.": (),
        "Write a story where the dog barks three times and 'woof' twice.": (),
        "Say only the name: who wrote Hamlet, Marlowe or Shakespeare?": (),
        "Reply with just the one: which is bigger, the sun or the moon?": (),
        "Moby-Dick begins with 'Call me Ishmael' and ends with 'another orphan'. Why is that ending significant?": (),
        "The URL starts with 'http' and ends with '.pdf'. Is it safe to click?": (),
        "Rules: the game starts with 'Ready' and ends with 'Game over'. How do I code this in Python?": (),
        "Find me a song that has the word 'love' and ends with 'goodbye'.": (),
        "My poem starts with 'Roses are red' and ends with 'I love you'. Can you improve it?": (),
        "Language: German\nWhy are nouns capitalized?": (),
        "Name: Maria Lopez\nLanguage: Spanish\nLevel: B2\n\nWrite a short cover letter for a hotel job.": (),
        "Language: French\nLength: max 4 sentences\nTopic: why recycling glass matters":
            (Found("language", {"code": "fr"}), Found("sentences_max", {"n": 4})),
        'Sign the petition "Save Our Park" online. Write a tweet urging friends to do it.': (),
        "Average speaking rate: 130 words min. How long will my 2000-word talk take?": (),
        "Apply 'cream' x2 minimum per day, says the doctor. Is it safe?": (),
        "Write a blog post about Unicode, with a title in << >>.": (Found("title"),),
        "Write my bio in lowercase, keys should be lowercase as well.": (Found("lowercase"),),
        "Put everything inside triple backticks, then add a sentence of explanation after.": (),
        "Two weeks ago I started a blog. Write a post about my first week.\nSeparator: ***": (),
        "Make two regex patterns that split the log lines on the delimiter.\nSeparator: ---": (),
        "Quote the author's question verbatim in your essay intro: what is justice?": (),
        "Quiz me on world capitals, all capitals.": (),
        "Write an essay using the terms supply, demand, and more.":
            (Found("keyword_include", {"words": ["supply", "demand"]}),),
        # rules pasted and to be followed are read; the same rules others are asked to follow are not
        "Job ad:\n\"Barista wanted. Send a cover note of no more than 100 words. Include the word 'latte'.\"\n\n"
        "Write my cover note. Follow the ad's instructions.":
            (Found("words_max", {"n": 100}), Found("keyword_include", {"words": ["latte"]})),
        "My editor's rules for headlines: 'no commas, max 10 words, no puns.'\n\nGive me one headline for this "
        "story that follows my editor's rules: a bakery wins an award.":
            (Found("no_commas"), Found("words_max", {"n": 10})),
        "Pasted from our onboarding doc: 'All PR descriptions must be under 300 words. Include test steps.' Any "
        "ideas on how to get people to actually follow the contribution guidelines?": (),
    })


def test_the_forty_fourth_review_s_findings() -> None:
    """192 chat requests with constraints in messy, natural text, written blind to the reader: 0.886 recall, 0.950
    precision, 42 of 47 controls clean at first (tests/reward_models/review_fortyfour.py)."""
    _assert_review("review_fortyfour", at_least=186)
    # session 31's fixes from it, each generic
    _assert_reads({
        "Write a caption — at least 3 hashtags pls.": (Found("hashtags", {"n": 3}),),
        "Write a to-do list and bold at least two of the most urgent ones.": (Found("highlight", {"n": 2}),),
        "Explain recursion. Use at least 3 bolded phrases.": (Found("highlight", {"n": 3}),),
        "How do I make bold text in Discord? I keep getting asterisks showing up": (),
        "Why do news anchors always start with 'Good evening'?": (),
        "My grandpa always added 'P.S. Chin up' to his letters. Should I frame one?": (),
        'After the main text, add a note starting with "P.S.". Write a limerick.':
            (Found("postscript", {"marker": "P.S."}),),
        "Finish the email with a PS about the parking.": (Found("postscript", {"marker": "PS"}),),
        "My editor wants it under 800 words. Is that enough for a feature?": (),
        "My boss wants a two-sentence summary of the meeting. Can you write it?": (Found("sentences_exact", {"n": 2}),),
        "Rules my teacher gave me: must include 'photosynthesis', no more than 100 words. Explain plants.":
            (Found("keyword_include", {"words": ["photosynthesis"]}), Found("words_max", {"n": 100})),
        "In 2 sentences max, why is the sea salty?": (Found("sentences_max", {"n": 2}),),
        "The last reply you gave me was 9 paragraphs. Keep it to 2 paragraphs this time.":
            (Found("paragraphs_exact", {"n": 2}),),
        "Write a story, at least 200 words but don't go over 400.":
            (Found("words_min", {"n": 200}), Found("words_max", {"n": 400})),
        "Write an email. It must be at least 100 words and have exactly 2 paragraphs.":
            (Found("words_min", {"n": 100}), Found("paragraphs_exact", {"n": 2})),
        "Is a whale a fish or a mammal? Answer with just one word: fish or mammal.":
            (Found("constrained_choice", {"options": ["fish", "mammal"]}),),
        "Give me a packing list but make it JSON.": (Found("json_output"),),
        "Use 'Week 1', 'Week 2' as headers.": (Found("sections", {"n": 2, "marker": "Week"}),),
        "all caps + under 15 words: a sign for the kitchen": (Found("uppercase"), Found("words_max", {"n": 14})),
        "SORRY FOR CAPS, MY KEYBOARD IS STUCK. What is a Roth IRA?": (),
        "Write a slogan. Use a few words in ALL CAPS, at least 2": (Found("capital_words", {"n": 2}),),
        "Make a letter template with blanks in square brackets for the date and the amount.":
            (Found("placeholders", {"n": 2}),),
        "Can you repeat my question first then answer it, I need it for notes: Why is the sky blue?":
            (Found("repeat_request", {"request": ["Why is the sky blue?"]}),),
        "Write a FAQ and add a P.S. with the code as a placeholder like [door code]":
            (Found("placeholders", {"n": 1}), Found("postscript", {"marker": "P.S."})),
    })


def test_a_second_review_of_session_31_s_fixes() -> None:
    """A helper's adversarial review of the 44th review's fixes: each reading that rewarded what nobody asked, or
    lost a request, fixed. A told text's own count ("It's for a wedding and has 6 paragraphs"), a dash before
    statistics, PlayStation's "PS", text already bolded, a wish the request overrides, rules quoted before a
    question, "+" inside quotes, a habit beside "so add one too", "lines all begin with", a request after "I get"."""
    _assert_reads({
        "Shorten my speech. It's for a wedding and has 6 paragraphs.": (),
        "Write an email. It must be at least 120 words and have exactly 3 paragraphs.":
            (Found("words_min", {"n": 120}), Found("paragraphs_exact", {"n": 3})),
        "Just posted my art — 10 hashtags and barely any reach. Should I use fewer?": (),
        "Write a tweet about our launch with 1 - 2 hashtags.": (Found("hashtags", {"n": 1}),),
        "Write a guide for playing Fortnite with a PS controller.": (),
        "Finish the email with a PS about the parking.": (Found("postscript", {"marker": "PS"}),),
        "Explain the bolded terms in this passage: **mitosis** and **meiosis**.": (),
        "Rewrite my paragraph. I wanted to bold one of the phrases but forgot.": (),
        "My boss wants the memo in all caps. Can you write it in sentence case instead?": (),
        "My editor wants a piece under 800 words. Can you write it? Don't worry about length for now, I'll cut it.": (),
        "Rules my teacher gave me: must include 'photosynthesis', no more than 100 words. Does my draft pass?": (),
        'Start your answer with "Q + A:"': (Found("start_phrase", {"phrase": "Q + A:"}),),
        "Write an essay of 500 + words about climate change.": (Found("words_min", {"n": 500}),),
        'Add "P.S. Don\'t forget the cake!" at the bottom of the invite.': (Found("postscript", {"marker": "P.S."}),),
        "Write a love letter. My girlfriend always puts a P.S. at the end, so add one too.":
            (Found("postscript", {"marker": "P.S."}),),
        "Write a poem whose lines all begin with 'And'.": (Found("start_phrase", {"phrase": "And"}),),
        "Write a toast. My speeches always start with a joke, so start this one with 'Knock knock'.":
            (Found("start_phrase", {"phrase": "Knock knock"}),),
        "I get confused by long answers, so highlight at least 3 key points in bold.": (Found("highlight", {"n": 3}),),
        "My son wants the answer in all caps. What is the biggest dinosaur?": (Found("uppercase"),),
        "My sister wrote this toast and wants it to end with 'Cheers!' Does that ending work?": (),
        "Write it in CAPS LOCK.": (Found("uppercase"),),
        "Write a template with [name] and [date] as placeholders, P.S. keep it short.":
            (Found("placeholders", {"n": 2}),),
    })


def test_the_forty_fifth_review_s_findings() -> None:
    """201 requests from ten professional and hobby domains, constraints in each domain's vocabulary beside look-alike
    terms, written blind to the reader: 0.884 recall, 0.965 precision, 50 of 52 controls clean at first
    (tests/reward_models/review_fortyfive.py)."""
    _assert_review("review_fortyfive", at_least=190)
    _assert_reads({  # session 31's fixes from it, each generic
        "Start with 'I'm glad you asked' and use 2 sentences or fewer.":
            (Found("start_phrase", {"phrase": "I'm glad you asked"}), Found("sentences_max", {"n": 2})),
        "Promo copy: two options separated by ***, and the whole reply under 20 words.":
            (Found("two_responses", {"separator": "***"}), Found("words_max", {"n": 19})),
        "There were no numbers at all in the report. Why?": (),
        "Press blurb. Bold the company's name at least once.": (Found("highlight", {"n": 1}),),
        "Fact box: at least 3 bullets, with at least 1 figure in bold.":
            (Found("highlight", {"n": 1}), Found("bullets_min", {"n": 3})),
        "Write a brave and bold speech for the rally.": (),
        "README section: at least 3 bullet points, ending with 'Have fun!'":
            (Found("bullets_min", {"n": 3}), Found("end_phrase", {"phrase": "Have fun!"})),
        "Short story that starts with the line 'It rained.' and ends with 'The end.'":
            (Found("start_phrase", {"phrase": "It rained."}), Found("end_phrase", {"phrase": "The end."})),
        "Moby-Dick begins with 'Call me Ishmael.' and ends with 'another orphan.' Why?": (),
        "Microfiction in exactly 4 sentences that ends with 'Silence.'":
            (Found("sentences_exact", {"n": 4}), Found("end_phrase", {"phrase": "Silence."})),
        "News brief: 200 words max and no more than 4 grafs.":
            (Found("words_max", {"n": 200}), Found("paragraphs_max", {"n": 4})),
        "Our logo is set in all caps. Write the bio in all lowercase.": (Found("lowercase"),),
        "Lawyers usually put these in caps, but keep it readable: no more than 2 words in all caps.":
            (Found("capital_words_max", {"n": 2}),),
        "Can you redo the heading so all the letters are capitals?": (Found("uppercase"),),
        "Our manager writes every post in lowercase, but write this one in normal case.": (),
        "Our macros all end with a P.S. about the newsletter, but drop it for this one. Reply in 2 sentences.":
            (Found("sentences_exact", {"n": 2}),),
        "Do Zendesk macros use placeholders like {{ticket.requester.first_name}}?": (),
        "Our style sheet says the keywords line goes on the title page, so don't add one. Write 300 words minimum.":
            (Found("words_min", {"n": 300}),),
        "Reply with a P.S. pointing to [help centre URL].":
            (Found("postscript", {"marker": "P.S."}), Found("placeholders", {"n": 1})),
        "Case study: at least 3 bullet points and the phrase 'fuel costs' somewhere.":
            (Found("bullets_min", {"n": 3}), Found("keyword_include", {"words": ["fuel costs"]})),
    })


_LONG_THANKS = ("Thanks again for everything you've done for our family this year, we truly couldn't have done it "
                "without you.")


def test_a_third_review_of_session_31_s_fixes() -> None:
    """A helper's adversarial review of the 45th review's fixes: an elided phrase after a ban, a told quote going on
    with "but", descriptions with "bold" or "in bold", two notes found in a log, PlayStation, non-native plural
    grammar, someone's letter "which ends with", a case asked after a habit, "Do it again ...?", a keyword that is a
    compound's first word, "{{first_name}}" kept inside a quote, a long single-quoted phrase."""
    _assert_reads({
        "Avoid jargon and the word 'synergy' too.": (Found("keyword_avoid", {"words": ["synergy"]}),),
        "Our old slogan was 'Just do it.' but Nike used it first. Suggest a new one.": (),
        "She was young and bold all her life. Write her obituary.": (),
        "The ingredients list has two items in bold because they're allergens. Explain why.": (),
        "Write a bright and bold slogan that ends with 'Join us!'": (Found("end_phrase", {"phrase": "Join us!"}),),
        "Context: two notes separated by --- were found in the log. What do they mean?": (),
        "I'm stuck with a PS that won't turn on. Any fixes?": (),
        "Give me 5 words that starts with 'th'.": (),
        "Her letter, which ends with 'forever', was the last one. Write a poem about it.": (),
        "Boomers often type in all caps, so reply to my dad in all caps to make him laugh.": (Found("uppercase"),),
        "Headlines are set in ALL CAPS by the design team, so write them in normal sentence case.": (),
        "My client wants the whole site copy in lowercase. Write the About page.": (Found("lowercase"),),
        "Our letters usually end with a P.S., so add one here too.": (Found("postscript", {"marker": "P.S."}),),
        "Write an invitation with a P.S. saying we can't skip it this year.":
            (Found("postscript", {"marker": "P.S."}),),
        "Do it again but use no commas this time?": (Found("no_commas"),),
        "Write a meta description with the keyword report in it.":
            (Found("keyword_include", {"words": ["report"]}),),
        "Start your email with 'Hi {{first_name}},' please.":
            (Found("start_phrase", {"phrase": "Hi {{first_name}},"}),),
        "End your letter with 'Thanks again for everything you've done for our family this year, we truly couldn't "
        "have done it without you.'": (Found("end_phrase", {"phrase": _LONG_THANKS}),),
        "Write a reminder with a P.S. about the meeting in room [B12].": (Found("postscript", {"marker": "P.S."}),),
        "The editor cut my story to 6 grafs. Why would she do that?": (),
    })


def test_the_forty_sixth_review_s_findings() -> None:
    """205 requests on the five kinds where picking answers gained least on real users' prompts (word and sentence
    counts, keywords to include and avoid, two answers with a separator), written blind to the reader: 0.814 recall,
    0.978 precision, 47 of 52 controls clean at first (tests/reward_models/review_fortysix.py)."""
    _assert_review("review_fortysix", at_least=189)
    _assert_reads({  # session 31's fixes from it, each generic
        "Explain the Treaty of Versailles and mention Georges Clemenceau by name.":
            (Found("keyword_include", {"words": ["georges clemenceau"]}),),
        "Write the newsletter and mention the bake sale and the summer raffle by name.":
            (Found("keyword_include", {"words": ["bake sale", "summer raffle"]}),),
        "Write a post and mention the mayor by name.": (),  # a role, not a name
        "Write a bio and refer to my album Blue Hours by its title.":
            (Found("keyword_include", {"words": ["blue hours"]}),),
        "Essay notes on the Cold War. Reference the Marshall Plan.":
            (Found("keyword_include", {"words": ["marshall plan"]}),),
        "I'm reading a book that references the Marshall Plan. What is it?": (),
        "Write a limerick about my dog. Mention Biscuit by name at least three times.":
            (Found("keyword_frequency", {"word": "biscuit", "n": 3}),),
        "Mention Sarah by name? No, better leave her out.": (),
        "Write a poem about my hometown. Mention Paris, but never by name.":
            (Found("keyword_avoid", {"words": ["paris"]}),),
        "Write a slogan and make sure the word fresh appears.": (Found("keyword_include", {"words": ["fresh"]}),),
        "A dialogue including the words Brötchen and Danke.":
            (Found("keyword_include", {"words": ["brötchen", "danke"]}),),
        "haiku about autumn, ban the word leaves": (Found("keyword_avoid", {"words": ["leaves"]}),),
        "Why did they ban the word snow in the contest?": (),
        "Shop description. 'Cosy' is off-limits, it's overused.": (Found("keyword_avoid", {"words": ["cosy"]}),),
        'Explain why "synergy" is off-limits in corporate speak.': (),
        "Describe Lisbon, steering clear of the words 'charming' and 'quaint'.":
            (Found("keyword_avoid", {"words": ["charming", "quaint"]}),),
        "Summarise the call, and don't mention Jira, she hates it.": (Found("keyword_avoid", {"words": ["jira"]}),),
        "Write a toast. Two to three hundred words.": (Found("words_min", {"n": 200}), Found("words_max", {"n": 300})),
        "How long should a cover letter be? Some sites say 250 to 400 words.": (),
        "At work every email has to mention 'safety' somewhere. Is that normal?": (),
        "Here are two drafts, separated by ***:\n\nHi Tom.\n***\nHey Tom.\n\nWhich is friendlier?": (),
        "A poem I'm studying has a row of asterisks between two stanzas. Is there a name for that?": (),
        "Explain blockchain in a sentence.": (Found("sentences_exact", {"n": 1}),),
        "I want at least 4 sentences but keep it under 8.":
            (Found("sentences_min", {"n": 4}), Found("sentences_max", {"n": 7})),
    })


def test_a_fourth_review_of_session_31_s_fixes() -> None:
    """A helper's adversarial review of the 46th review's fixes: someone's refusal to name, a role for a name, "the
    word X appears" said of the user's text, "Reference" before a common noun, a topic "off-limits", "steering clear"
    of a topic, grammar questions "in a sentence", a request after what "most sites say", a pair asked "separated by
    ***:", a divider beside emphasis, an instruction after "At school,"; and readings beside a name asked for."""
    _assert_reads({
        "Write a poem where Harry refuses to mention Voldemort by name.": (),
        "Write a toast and mention our CEO by name.": (),
        "Write about my dog and mention my dog Rex by name.": (Found("keyword_include", {"words": ["rex"]}),),
        "The word moist should appear nowhere in this recipe.": (),
        "The word count appears at the bottom of Google Docs. How do I hide it?": (),
        "Reference letters are due Friday. Write a reminder.": (),
        "Reference the attached file and summarize it.": (),
        "Reference the Treaty of Paris.": (Found("keyword_include", {"words": ["treaty of paris"]}),),
        "Write about Rome and mention the Colosseum by name, without the word 'ancient'.":
            (Found("keyword_include", {"words": ["colosseum"]}), Found("keyword_avoid", {"words": ["ancient"]})),
        "Mention Aleppo and Malmö by name.": (Found("keyword_include", {"words": ["aleppo", "malmö"]}),),
        'Write a guide on steering clear of burnout that uses the word "boundaries".':
            (Found("keyword_include", {"words": ["boundaries"]}),),
        "'Section 4' is off-limits to visitors. Write a sign for the door.": (),
        "Explain how to use a comma in a sentence.": (),
        "Write a bio. Most sites say under 150 words is best, so keep it under 150 words.":
            (Found("words_max", {"n": 149}),),
        "Write two short bios of me, separated by ***:": (Found("two_responses", {"separator": "***"}),),
        "Write a poem with a line of asterisks between stanzas and emphasize 3 words.": (Found("highlight", {"n": 3}),),
        "At school, answer in Spanish. What is the capital of Peru?": (Found("language", {"code": "es"}),),
    })


def test_the_forty_seventh_review_s_findings() -> None:
    """265 instruction-free requests that mention the vocabulary of instructions (counts, bullets, sections, P.S.,
    quotes, "start with", "avoid", JSON, capitals, commas, languages, separators, brackets, hashtags, "exactly", "no
    more than"), written blind to the reader as a false-positive audit: 255 of 265 read clean at first
    (tests/reward_models/review_fortyseven.py)."""
    _assert_review("review_fortyseven", at_least=255)
    _assert_reads({  # session 31's fixes from it, each generic, beside requests that must still read
        "My son was told to write at least 5 sentences. He wrote five that all start with 'And'. How do I help?": (),
        "Write at least 5 sentences about your weekend.": (Found("sentences_min", {"n": 5}),),
        "How do I stop my sentence splitter breaking on 'Dr.' and 'e.g.'?": (),
        "Do song titles go in italics or quotation marks?": (),
        "Do it again and use all caps?": (Found("uppercase"),),
        "The style guide at work says to avoid the word 'utilise'. Why?": (),
        "Avoid the word 'utilise'.": (Found("keyword_avoid", {"words": ["utilise"]}),),
        "Oxford comma: yes or no?": (),
        "Commas: none.": (Found("no_commas"),),
        "The villain leaves notes written entirely in capital letters. What could that mean?": (),
    })


def test_a_fifth_review_of_session_31_s_fixes() -> None:
    """A helper's adversarial review of the 47th review's fixes: short quoted words ("Yes.", "like.") still end their
    sentence (titles like 'Dr.' do not); a passive "was told to" is someone's rule only after a third party's
    possessive; a guide requested or adopted is no reporter; "he says ..." before a question still reads; "Do five
    names that sound ...?" is a request; "the Oxford comma" inside a ban."""
    _assert_reads({
        'Don\'t use the word "like." Finish with "Peace out."':
            (Found("keyword_avoid", {"words": ["like"]}), Found("end_phrase", {"phrase": "Peace out."})),
        'Start with "Yes." End with "No."':
            (Found("start_phrase", {"phrase": "Yes."}), Found("end_phrase", {"phrase": "No."})),
        "Write a story about a kid who is told to clean his room, in under 100 words.":
            (Found("words_max", {"n": 99}),),
        "I was asked to write a speech, please keep it under 200 words.": (Found("words_max", {"n": 199}),),
        "Write a travel guide to Rome that gives 5 tips, using exactly 5 bullet points.":
            (Found("bullet_list", {"n": 5}),),
        "He says it must be under 50 words. What would be a good bio for him?": (Found("words_max", {"n": 49}),),
        "Do five names that sound Italian, with no commas?": (Found("no_commas"),),
        "Avoid all commas, even the Oxford comma, in your answer.": (Found("no_commas"),),
        "He keeps asking for answers under 20 words. What's the capital of Peru?": (Found("words_max", {"n": 19}),),
    })


def test_the_forty_eighth_review_s_findings() -> None:
    """211 requests around someone else's rules (a teacher's brief, a client's, a contest's, a form's limits), half
    asking the answer to follow them, half only asking about them, written blind to the reader: 0.617 recall, 0.934
    precision, 69 of 81 controls clean at first (tests/reward_models/review_fortyeight.py): rules attributed to someone
    are mostly left unread even where the request asks to follow them. Its misreads are the next work (UNREAD)."""
    _assert_review("review_fortyeight", at_least=158)
    _assert_reads({  # session 31: someone's rules before a request for the text they govern are the answer's
        "My teacher wants 3 paragraphs with the word 'photosynthesis' in it. Can you write it?":
            (Found("paragraphs_exact", {"n": 3}), Found("keyword_include", {"words": ["photosynthesis"]})),
        "My teacher wants 3 paragraphs with the word 'photosynthesis' in it. Is that normal for Year 8?": (),
        "The recruiter says my headline can't be more than 12 words. Can you write one?":
            (Found("words_max", {"n": 12}),),
        "My boss wants reports under 200 words. Write me a birthday poem for him.": (),  # another text
        "My teacher wants 3 paragraphs. Can you write it? Use as many paragraphs as you need.": (),  # overridden
        "The recruiter says my headline can't be more than 12 words. Why would she say that?": (),
        "My teacher wants at least 300 words, but ignore that. Write about rain.": (),
    })
    _assert_reads({  # "... Can you write it to spec?", "Please write it and follow their instructions."
        "Client brief: 'Tagline under 8 words. No commas.' Can you write it to spec?":
            (Found("words_max", {"n": 7}), Found("no_commas")),
        "Client brief: 'Tagline under 8 words.' Is that enough for a tagline?": (),
    })


def test_a_p_s_and_placeholders_are_read_beside_whichever_detector_claims_the_clause() -> None:
    """The first detector of EXCLUSIVE that fires claims a clause; placeholders and a P.S. are read beside it (one
    mechanism, `_BESIDE`, where the title and placeholder detectors used to call the P.S. detector themselves)."""
    _assert_reads({
        "Write an email template: 3 or more placeholders in square brackets, a title in double angular brackets "
        "like <<Partner with us>>, and at least 2 markdown-highlighted sections.":
            (Found("title"), Found("placeholders", {"n": 3}), Found("highlight", {"n": 2})),
        "Write a poem with a title in << >> and a P.S. at the end.":
            (Found("title"), Found("postscript", {"marker": "P.S."})),
        "Add a P.S. with the wifi password as a placeholder like [wifi password].":
            (Found("placeholders", {"n": 1}), Found("postscript", {"marker": "P.S."})),
        "Reply with a P.S. pointing to [help centre URL].":
            (Found("placeholders", {"n": 1}), Found("postscript", {"marker": "P.S."})),
        # the user's own P.S. after a comma is theirs, not the answer's
        "Write a template with [name] and [date] as placeholders, P.S. keep it short.":
            (Found("placeholders", {"n": 2}),),
        "Don't add a P.S. pointing to [help centre URL].": (),
    })


def test_one_check_for_the_text_someone_wants_asked_of_the_assistant() -> None:
    """"Can you write it?" after someone's wish is one check (`_WRITE_REQUEST`), for a wish told in a clause and for
    rules quoted or pasted; what sets the wish aside is `_OVERRIDES` (a question about pasted rules, `_ABOUT_RULES`,
    sets those aside too)."""
    _assert_reads({
        "My manager wants a one-sentence summary of the report. Can you write it?":
            (Found("sentences_exact", {"n": 1}),),
        "My manager wants a one-sentence summary, but she is busy. Can you write it?":
            (Found("sentences_exact", {"n": 1}),),
        "My teacher wants a poem under 50 words. Ok so can you make it?": (Found("words_max", {"n": 49}),),
        "My teacher wants it in all lowercase. Hi, can you write it?": (Found("lowercase"),),
        "My editor wants an intro without the word \"very\". Would you draft that?":
            (Found("keyword_avoid", {"words": ["very"]}),),
        # an override, or a question about the rules: not followed as given
        "My manager wants a one-sentence summary. Can you write it in three sentences instead?":
            (Found("sentences_exact", {"n": 3}),),
        "My manager wants a one-sentence summary, but I want more detail. Can you write it?": (),
        "My teacher wants 5 paragraphs, but 3 is enough. Can you write it?": (),
        "My editor wants it in all caps, but lowercase is better for us. Can you write it?": (),
        "My professor requires at least 1000 words, but that rule is for the final. Can you draft it?": (),
        "My boss wants a summary under 50 words, I want it to be clear. Can you write it?":
            (Found("words_max", {"n": 49}),),
        "My boss wants it in 3 paragraphs, but no headings. Can you write it?": (Found("paragraphs_exact", {"n": 3}),),
    })


def test_the_forty_ninth_review_s_findings() -> None:
    """215 requests from people writing English as a second language, through a translator or on a phone, weighted to
    the five kinds where picking answers gains least on real users' prompts, written blind to the reader: 0.832
    recall, 0.981 precision, 50 of 54 controls clean at first (tests/reward_models/review_fortynine.py)."""
    _assert_review("review_fortynine", at_least=210)
    _assert_reads({  # session 32's fixes from it, each generic
        "Write a product description, no longer as 70 words.": (Found("words_max", {"n": 70}),),
        "I'm no longer as busy so write me 4 paragraphs on stoicism.": (Found("paragraphs_exact", {"n": 4}),),
        "Email to the landlord, max. 120 words, polite but firm": (Found("words_max", {"n": 120}),),
        "Describe your dream house. Minimum hundred fifty words.": (Found("words_min", {"n": 150}),),
        "A listing of between one hundred and one hundred and fifty words.":
            (Found("words_min", {"n": 100}), Found("words_max", {"n": 150})),
        "Summary for my boss, maximal 100 words.": (Found("words_max", {"n": 100}),),
        "An essay on loneliness, 350 words minimum, 450 maximum":
            (Found("words_min", {"n": 350}), Found("words_max", {"n": 450})),
        "Tell me the history of the Taj Mahal in approx 150 words, but not more than 180":
            (Found("words_max", {"n": 180}),),
        "Each section needs at least 2 paragraphs and at most 4.": (),
        "A statement of at least 500 words and not longer than 4,000 characters.": (Found("words_min", {"n": 500}),),
        "Write the invitation, inside the text must be the words 'Friday' and 'rooftop'":
            (Found("keyword_include", {"words": ["friday", "rooftop"]}),),
        "Essay about air pollution. Use the word smog in the text.": (Found("keyword_include", {"words": ["smog"]}),),
        "A caption for my cafe, and put the word 'egg coffee' in it":
            (Found("keyword_include", {"words": ["egg coffee"]}),),
        "A love letter, you must write the word 'forever' in it": (Found("keyword_include", {"words": ["forever"]}),),
        "Describe a match. Text need to have words: goal, referee, penalty.":
            (Found("keyword_include", {"words": ["goal", "referee", "penalty"]}),),
        "A condolence message. Use his name Dmitri in the message.": (Found("keyword_include", {"words": ["dmitri"]}),),
        "'Blumen' is our brand, so pls write the word 'Blumen' somewhere in the text":
            (Found("keyword_include", {"words": ["blumen"]}),),
        "A promotion in 2-3 sentences with the words 'natural' and 'volume'.":
            (Found("keyword_include", {"words": ["natural", "volume"]}), Found("sentences_min", {"n": 2}),
             Found("sentences_max", {"n": 3})),
        "It must have 5 paragraphs, the third of which starts with the word 'Remember'.":
            (Found("paragraphs_exact", {"n": 5}),),
        "Make essay about friendship. Not use the words 'good' and 'nice'.":
            (Found("keyword_avoid", {"words": ["good", "nice"]}),),
        "He begged me to please not say 'I told you so'. Write a short apology from his view.": (),
        "Explain cloud computing w/o word 'internet'": (Found("keyword_avoid", {"words": ["internet"]}),),
        "Describe coffee taste but without using words bitter, sweet":
            (Found("keyword_avoid", {"words": ["bitter", "sweet"]}),),
        "write summary of the notes, don't mention the name Kowalski":
            (Found("keyword_avoid", {"words": ["kowalski"]}),),
        # look-alikes an adversarial review of these fixes found, each read as before
        "Last year I wrote a story with the words 'dragon' and 'castle'.": (),
        "He sent me a text with the words 'we need to talk'. What should I reply?": (),
        "Translate into French a sentence with the words 'cat' and 'dog'.": (),
        "Write 'I love you' in the Korean alphabet.": (),
        "Write the word 'colour' in the American spelling.": (),
        "Insert the word 'not' in the sentence to make it negative: 'I like tea'.": (),
        "'Hello' must be in Spanish. Translate it.": (),
        "The phrase 'as per my last email' should be in the bin. Write a friendly follow-up.": (),
        "Every line needs to have words: rhyming ones.": (),
        "You should have the words 'open' and 'close' memorized.": (),
        "Write my name John in Japanese katakana.": (),
        "Write a story about Lord Voldemort, but don't mention the name directly.": (),
        "Don't use the name again after the first paragraph.": (),
        "Describe the taste without words like sweet or bitter.":
            (Found("keyword_avoid", {"words": ["sweet", "bitter"]}),),
        "Write a haiku without words longer than six letters.": (),
        "5 sentences max, 2 min.": (Found("sentences_max", {"n": 5}), Found("sentences_min", {"n": 2})),
        "About 100 words, 5 max.": (),
        "Write approximately 300 words and at most 30.": (),
        "Write 200 words max, at least three.": (Found("words_max", {"n": 200}),),
        "The rules say 350 words minimum, 450 maximum. What do you think?": (),
        "Explain maximal independent sets in 3 paragraphs.": (Found("paragraphs_exact", {"n": 3}),),
        "Write a numbered list of 5 tips for writing letters, like when to use a P.S.":
            (Found("numbered_list", {"n": 5}),),
        "Write a numbered list of 10 romantic movies, including P.S. I Love You.": (Found("numbered_list", {"n": 10}),),
        "Write a numbered list of 3 reminders instead of a P.S.": (Found("numbered_list", {"n": 3}),),
        "Write a numbered list of 4 reasons to use prepared statements with placeholders.":
            (Found("numbered_list", {"n": 4}),),
        "Write a reminder email for the potluck, P.S. make sure to bring a dish.":
            (Found("postscript", {"marker": "P.S."}),),
        "Write a thank-you note, P.S. please come visit soon.": (Found("postscript", {"marker": "P.S."}),),
    })


def test_the_fiftieth_review_s_findings() -> None:
    """220 requests in an evaluator's voice, two or three constraints each, every kind of `checkers.py`, written blind
    to the reader: 0.913 recall, 0.985 precision, 45 of 46 controls clean at first
    (tests/reward_models/review_fifty.py)."""
    _assert_review("review_fifty", at_least=205)
    _assert_reads({  # session 32's fixes from it (and the 49th's), each generic
        "Plan the launch, split into 'Phase 1' through 'Phase 4'.": (Found("sections", {"n": 4, "marker": "Phase"}),),
        "Write a script in scenes: Scene 1, Scene 2, Scene 3.": (Found("sections", {"n": 3, "marker": "Scene"}),),
        "Label each tweet 'Tweet 1', 'Tweet 2' and so on up to 'Tweet 5'.":
            (Found("sections", {"n": 5, "marker": "Tweet"}),),
        "A diet plan, every day begin with 'Day 1', 'Day 2' until 'Day 7'":
            (Found("sections", {"n": 7, "marker": "Day"}),),
        "I loved Day 1 and Day 2 of the festival, both days were great. Write a review.": (),
        "Answer with just 'Cat' or 'Dog', wrapped in double quotes.":
            (Found("constrained_choice", {"options": ["Cat", "Dog"]}), Found("quotation")),
        "The answer should be only 'True' or 'False', with no other words.":
            (Found("constrained_choice", {"options": ["True", "False"]}),),
        "Choose one of A, B, C, D or F.": (Found("constrained_choice", {"options": ["A", "B", "C", "D", "F"]}),),
        "Respond only in valid JSON, with keys 'tcp', 'udp' and 'when_to_use'.": (Found("json_output"),),
        "Your response must open with 'Dear Ms Alvarez,' and must include a P.S. about the meeting.":
            (Found("start_phrase", {"phrase": "Dear Ms Alvarez,"}), Found("postscript", {"marker": "P.S."})),
        "Explain how vaccines work, completely in lowercase and with no commas.":
            (Found("lowercase"), Found("no_commas")),
        "Two versions, separated by ~~~. Neither version may use any digits.":
            (Found("two_responses", {"separator": "~~~"}), Found("no_digits")),
        "Finish with a P.S. about my course and a P.P.S. about my availability.":
            (Found("postscript", {"marker": "P.S."}), Found("postscript", {"marker": "P.P.S."})),
        "Write a 5-item numbered list of icebreakers.": (Found("numbered_list", {"n": 5}),),
        "Echo my question back word for word first. Here it is: How long does it take to learn the guitar?":
            (Found("repeat_request", {"request": ["How long does it take to learn the guitar?"]}),),
        "Write two slogans for my car wash. Divide with ~~~ please": (Found("two_responses", {"separator": "~~~"}),),
        "Write two version of a thank you note. Separator: ===": (Found("two_responses", {"separator": "==="}),),
        "Make two regex patterns that split the log lines. Separator: ---": (),
        "Give me 2 ways to say sorry, separated by //": (Found("two_responses", {"separator": "//"}),),
        "all text in small letter pls, a caption for my art page": (Found("lowercase"),),
        "Write a small letter to my grandma.": (),
        "write the warning sign in big letters: no smoking": (Found("uppercase"),),
        "The banner has to say 'Grand Opening' in big letters; write three taglines under it.": (),
        "an email about the new menu, with PS at the bottom about the discount":
            (Found("postscript", {"marker": "PS"}),),
        "an invitation template with [date] and [place] in square brackets": (Found("placeholders", {"n": 2}),),
        "Do marketers really find that the P.S. is the most-read part of a sales letter?": (),
        # look-alikes a second adversarial review found, each read as before this session (or now right)
        "The course is split into Module 1 to Module 6. Write a one-paragraph course description.":
            (Found("paragraphs_exact", {"n": 1}),),
        "The season has Episode 1 to Episode 10, and each episode starts with a cold open. Write a review.": (),
        "My notes are in weeks: Week 1, Week 2 and Week 3. Summarize them in one sentence.":
            (Found("sentences_exact", {"n": 1}),),
        "Label the axes Axis 1 and Axis 2 and describe the chart in a paragraph.": (),
        "Structure it as Option 1 and Option 2 and compare them in a table.": (),
        "Split it into Round 1 and Round 2 of the debate I watched yesterday, and tell me who won.": (),
        "Choose one of red, green or blue and write a poem about it.": (),
        "Select one of A, B or C and write two paragraphs explaining why.": (Found("paragraphs_exact", {"n": 2}),),
        "In the opening, only 'Dear Sir' or 'Madam' is acceptable. Write a formal complaint letter.":
            (Found("start_phrase", {"phrase": "Dear Sir"}),),
        "Write a shopping list; only 'organic' or 'local' items.": (),
        "The answer should be only 'Yes' or 'No', but explain first then give it.": (),
        "Give me a numbered list of 5 book titles in quotation marks.": (Found("numbered_list", {"n": 5}),),
        "Write a numbered list of 5 items and enclose the whole thing in quotation marks.":
            (Found("numbered_list", {"n": 5}), Found("quotation")),
        "Write an essay. The second paragraph must be short and must start with 'However'.":
            (Found("paragraph_first_word", {"n": 2, "word": "However"}),),
        "Explain how numbers are written in Germany, with periods and with no commas.": (),
        "Tell me how plants grow, in simple words and with no commas.": (Found("no_commas"),),
        "None of the fields should contain any digits. Write a regex validator in JavaScript.": (),
        "We play a word game with two players. Neither may use any digits. Suggest a name for it.": (),
        "Write two poems. Neither should use any digits.": (Found("no_digits"),),
        "Write a poem with a title in <<double angular brackets>>, then P.S. at the bottom.":
            (Found("title"), Found("postscript", {"marker": "P.S."})),
        "Write an email to my team, and make sure the P.S. is about the party.":
            (Found("postscript", {"marker": "P.S."}),),
    })


def test_the_fifty_first_review_s_findings() -> None:
    """210 requests from power users writing specs (requirements lists, key: value lines, tags, corrections), written
    blind to the reader as it stood after the 49th and 50th reviews' fixes: 0.889 recall, 0.950 precision, 43 of 51
    controls clean at first (tests/reward_models/review_fiftyone.py)."""
    _assert_review("review_fiftyone", at_least=175)
    _assert_reads({  # session 32's fixes from it, each generic
        "Keyword to avoid: disruption": (Found("keyword_avoid", {"words": ["disruption"]}),),
        "Banned words list for this piece: revolutionary, game-changer, seamless.":
            (Found("keyword_avoid", {"words": ["revolutionary", "game-changer", "seamless"]}),),
        "Write about my trip in 3 paragraphs. Edit: make that 2 paragraphs.": (Found("paragraphs_exact", {"n": 2}),),
        "Give me 5 bullet points. On second thought, 4.": (Found("bullet_list", {"n": 4}),),
    })


def test_the_fifty_second_review_s_findings() -> None:
    """222 everyday requests as people type them, written blind to the reader as it stood after the 49th and 50th
    reviews' fixes: 0.830 recall, 0.939 precision, 48 of 50 controls clean at first
    (tests/reward_models/review_fiftytwo.py)."""
    _assert_review("review_fiftytwo", at_least=194)
    _assert_reads({  # session 32's fixes from it, each generic
        "A summary, under 100 words. actually no, make it under 60.": (Found("words_max", {"n": 59}),),
        "Give me 5 bullet points. wait, make it 4, my slide only fits 4.": (Found("bullet_list", {"n": 4}),),
        "Write 3 paragraphs. No wait, 4 is too many anyway.": (Found("paragraphs_exact", {"n": 3}),),
        "An ad; it must include 'licensed', and nothing with the word 'cheap' in it.":
            (Found("keyword_include", {"words": ["licensed"]}), Found("keyword_avoid", {"words": ["cheap"]})),
        "A riddle about time. the word 'clock' can't appear, too obvious.":
            (Found("keyword_avoid", {"words": ["clock"]}),),
        "My HOA's newsletter banned the word 'Karen' in letters to the editor lol. Can they do that?": (),
        "My fishing buddy says you should never say the word 'bananas' on a boat. Where does that come from?": (),
        "A letter, at least 300 words, and the reference number ABX4471 has to be in it.":
            (Found("words_min", {"n": 300}), Found("keyword_include", {"words": ["abx4471"]})),
        "A post, 100 to 130 words, and Lake Guntersville needs to be in there.":
            (Found("words_min", {"n": 100}), Found("words_max", {"n": 130}),
             Found("keyword_include", {"words": ["lake guntersville"]})),
        "The Eiffel Tower has to be in Paris, obviously. Write a poem about Rome.": (),
        "A sign, 'THIS MEANS YOU' has to be in it.": (Found("keyword_include", {"words": ["this means you"]}),),
        "oh and it has to have 'peonies' in it.": (Found("keyword_include", {"words": ["peonies"]}),),
        "An ad, and it's gotta say 'free estimates' and 'fully insured' somewhere":
            (Found("keyword_include", {"words": ["free estimates", "fully insured"]}),),
        "My grandma always has to say 'bless your heart'. Write a funny poem about her.": (),
        "A short bio. Word limit is 90.": (Found("words_max", {"n": 90}),),
        "The reviewer's word limit is 500. I'm at 640. Which paragraph should I cut?": (),
        "A cover letter. Keep it tight — 250 words is the absolute maximum.": (Found("words_max", {"n": 250}),),
        "For the scholarship, 650 words is the limit. What topics work well?": (),
        "Three sentences, no more, and the word sorry has to be in there.":
            (Found("sentences_max", {"n": 3}), Found("keyword_include", {"words": ["sorry"]})),
        "Three bullet points, no more, no fewer: summarize the main arguments.": (Found("bullet_list", {"n": 3}),),
        "roughly 400 words, but definitely not more than 450": (Found("words_max", {"n": 450}),),
        "Length: 2 paragraphs minimum, 150 words maximum":
            (Found("paragraphs_min", {"n": 2}), Found("words_max", {"n": 150})),
        "Constraints: max 2 sentences, exactly 2 hashtags, no digits":  # (the hashtags' count is still unread)
            (Found("sentences_max", {"n": 2}), Found("no_digits")),
        # look-alikes a third adversarial review found, each read as before this session's step
        "Write my bio in under 100 words. Actually, 30 is my age.": (Found("words_max", {"n": 99}),),
        "Write a cover letter in 3 paragraphs. Update: 2 paragraphs from my old letter are pasted below.":
            (Found("paragraphs_exact", {"n": 3}),),
        "Rewrite my essay in 5 paragraphs. Edit 2 paragraphs only, the rest are fine.":
            (Found("paragraphs_exact", {"n": 5}),),
        "Write a speech in 4 paragraphs. On second thought, 10 is how many minutes I have.":
            (Found("paragraphs_exact", {"n": 4}),),
        "Write 2 paragraphs. Correction: 3 paragraphs please.": (Found("paragraphs_exact", {"n": 3}),),
        "In C++, 'class' can't be used, because it's a keyword. What should I name my variable instead?": (),
        "Name some bands, nothing with the word 'The' in their names.": (),
        "Obviously Nike has to be in it.": (),
        "Everyone except Jake has to be in it.": (),
        "Either London or Paris has to be in it.": (),
        "The word limit is 250 minimum. Write the essay.": (),
        "The word limit is 200 words per paragraph. Write a 4-paragraph essay.": (Found("paragraphs_exact", {"n": 4}),),
        "Our word limit is 500. Can you give me feedback on my intro paragraph?": (),
        "Keep it tight — 50 words is the absolute maximum per bullet. Give me 5 bullets.":
            (Found("bullet_list", {"n": 5}),),
        "Word to avoid: none.": (),
        "My mom insists you answer in Spanish. Where is the Eiffel Tower?": (Found("language", {"code": "es"}),),
        "It's for a kids' magazine, 100 words max. Can it rhyme too?": (Found("words_max", {"n": 100}),),
        # ... and a fourth review's, of those narrowings
        "Write it in lowercase. Scratch that, normal case is fine.": (),
        "Write 4 paragraphs. Actually 3 is enough.": (Found("paragraphs_exact", {"n": 3}),),
        "Give me 10 bullet points. Sorry, 5 bullet points, not 10.": (Found("bullet_list", {"n": 5}),),
        "Write 5 sentences. Actually, 3 sentences max.": (Found("sentences_max", {"n": 3}),),
        "Write it in 3 paragraphs. Edit, make that 2.": (Found("paragraphs_exact", {"n": 2}),),
        "A riddle. the word 'clock' can't appear, because that's the answer.":
            (Found("keyword_avoid", {"words": ["clock"]}),),
        "Write a slogan, nothing with the word 'cheap'.": (Found("keyword_avoid", {"words": ["cheap"]}),),
        "My grandma says you should never say 'goodbye' on a ship. Why?": (),
        "The contest requires entries under 500 words. Can someone check my count?": (),
        "The word limit is 200. Write a cover letter for a barista job.": (Found("words_max", {"n": 200}),),
        "Words to avoid: whatever, basically, literally":
            (Found("keyword_avoid", {"words": ["whatever", "basically", "literally"]}),),
        "Write a toast with no swearing, Grandma Rose has to be in it.":
            (Found("keyword_include", {"words": ["grandma rose"]}),),
        "Nobody said the word sorry has to be in it.": (),
        "Write an apology. The word sorry or the word apologize must be in there.": (),
        "Write a product blurb; 250 words is the absolute maximum, so be concise.": (Found("words_max", {"n": 250}),),
        "Three paragraphs, no more, and no less.": (Found("paragraphs_exact", {"n": 3}),),
        "Bullets: exactly 4 questions to ask the interviewer.": (Found("bullet_list", {"n": 4}),),
    })


def test_the_fifty_third_review_s_findings() -> None:
    """216 requests mixed like a hidden evaluation of a deployed assistant (casual, semi-formal, creative; 1-3
    constraints), written blind to the reader as it stood after this session's earlier fixes: 0.931 recall, 0.991
    precision, 50 of 51 controls clean at first (tests/reward_models/review_fiftythree.py)."""
    _assert_review("review_fiftythree", at_least=204)
    _assert_reads({  # session 32's fixes from it, each generic
        "explain how a bill becomes law using only lowercase letters? my kid thinks capital letters are 'shouting'":
            (Found("lowercase"),),
        "A poem. Requirements:\n- all in lowercase, she says capital letters look shouty": (Found("lowercase"),),
        "An email. no more than 2 words in all caps, my boss thinks caps look aggressive":
            (Found("capital_words_max", {"n": 2}),),
        "tell me why cats knock things off tables, but reply in german pls, my german teacher said to practise":
            (Found("language", {"code": "de"}),),
        "can u tell me how to say 'where is the nearest pharmacy' in italian? reply with 2 sentences max":
            (Found("sentences_max", {"n": 2}),),
        "Summarize the book, at most 6 sentences, and include the word Hogwarts":
            (Found("sentences_max", {"n": 6}), Found("keyword_include", {"words": ["hogwarts"]})),
        "write a note for my kid's lunchbox. add a PS telling him I'm proud of him":
            (Found("postscript", {"marker": "PS"}),),
        "Two subject lines for our spring sale email, separated by ||.": (Found("two_responses", {"separator": "||"}),),
        "Song lyrics. Label the parts Verse 1, Verse 2 and Verse 3.": (Found("sections", {"n": 3, "marker": "Verse"}),),
        "A poem in four stanzas separated by blank lines.": (Found("paragraphs_exact", {"n": 4}),),
        "It must be in four stanzas (separate paragraphs).": (Found("paragraphs_exact", {"n": 4}),),
        # look-alikes a fifth adversarial review found, each read right
        "Sentences: at most 2 questions.": (),
        "Write 4 paragraphs. Update: 2 paragraphs and a poem are attached below.":
            (Found("paragraphs_exact", {"n": 4}),),
        "Write 5 sentences. Actually 3 is fine for the kids and 5 for the adults.":
            (Found("sentences_exact", {"n": 5}),),
        "Write a haiku about a field, 'green' can't be used.": (Found("keyword_avoid", {"words": ["green"]}),),
        "In Scrabble, 'qi' can't be used, because it's not in the dictionary here. Is that right?": (),
        "There's nothing with the word 'free' please help me find one.": (),
        "My speech has to be under 300 words. Can someone help?": (Found("words_max", {"n": 299}),),
        "The word limit is 2000 - I wrote 1800. How do I expand it?": (),
        "Keywords to include: something catchy": (),  # (a bare "something" may be the word itself)
        "Write a song. Just Jake has to be in it.": (),
        "Either is fine, the word love has to be in it.": (Found("keyword_include", {"words": ["love"]}),),
        "500 words is the maximum, I think, for the common app. Is that right?": (),
        "Three sentences, no more, and I mean it.": (Found("sentences_max", {"n": 3}),),
        "Include the word pronunciation.": (),
        "Don't add a PS thanking them.": (),
        "tell me whether emails should be under 50 words, my boss said so": (),
        "Answer in French: how do you say 'cheers' in French?": (Found("language", {"code": "fr"}),),
        "My kid thinks capital letters are shouting and wants the whole poem in caps.": (Found("uppercase"),),
        "The story has a 500 word max. Write it.": (Found("words_max", {"n": 500}),),
        # ... and a sixth's
        "Toast for my sister. Nothing with the word \"ex\" in it.": (Found("keyword_avoid", {"words": ["ex"]}),),
        "Write a bio - nothing with the word \"guru\" in it.": (Found("keyword_avoid", {"words": ["guru"]}),),
        "My dad thinks capitals are for shouting in all caps emails. Write him a normal email.": (),
        "Write 5 sentences. Sorry, 3 sentences, and add 1 joke.": (Found("sentences_exact", {"n": 3}),),
        "Five bullet points, no more, and certainly no less.": (Found("bullet_list", {"n": 5}),),
        "Write 3 sentences, no more, and exactly 3.": (Found("sentences_exact", {"n": 3}),),
        "Words to avoid: something, stuff, things.":
            (Found("keyword_avoid", {"words": ["something", "stuff", "things"]}),),
        "Keywords to include: none, tbd": (),
        "Tell me about Paris in exactly 3 sentences, my teacher says that's the format.":
            (Found("sentences_exact", {"n": 3}),),
        "200 words is the maximum, because the form cuts off.": (Found("words_max", {"n": 200}),),
        "Word limit is 150, thanks.": (Found("words_max", {"n": 150}),),
        "Include the word family in the toast.": (Found("keyword_include", {"words": ["family"]}),),
        "Write a taboo card for \"beach\". \"Sand\" can't be used, because it's a taboo word.":
            (Found("keyword_avoid", {"words": ["sand"]}),),
    })


def test_the_fifty_fourth_review_s_findings() -> None:
    """156 long requests with pasted context (email threads, notes, job ads, drafts, specs) whose own limits, bans and
    separators are not the answer's, written blind to the reader at the end of session 32: 0.923 recall, 0.938
    precision, 34 of 41 controls clean at first (tests/reward_models/review_fiftyfour.py); 0.980 / 1.000, 41 of 41
    after session 33's fixes: material under a label that opens the text, when all that follows only asks about it;
    lines quoted with ">"; the lines between "---" rulers under "Thread below."; a title in capitals; an aside in the
    line that introduces the material; material named in the first line and pasted after a blank line."""
    _assert_review("review_fiftyfour", at_least=152)
    _assert_reads({  # look-alikes: the user's own terms under a label, rules to follow, a wish in the aside
        "Context:\nI'm writing for kids, keep it under 50 words.\n\nWhy is the sky blue?":
            (Found("words_max", {"n": 49}),),
        "Rules:\n- answer in one sentence\n\nWhat is rain?": (Found("sentences_exact", {"n": 1}),),
        "Meeting notes:\n- budget due Friday, max 2 pages\n- avoid the word 'synergy'\n\nWho owns the budget? "
        "Answer in exactly 2 sentences.": (Found("sentences_exact", {"n": 2}),),
        "Forum rules pasted:\n1. No more than 3 hashtags per post\n2. Keep titles under 10 words\n\nIs that fair?": (),
        "Client brief:\nTone: warm\nAvoid: 'artisan', 'craft'\nLength: under 30 words\n\nWrite three captions for our "
        "sourdough.": (Found("keyword_avoid", {"words": ["artisan", "craft"]}), Found("words_max", {"n": 29})),
        "My manager forwarded this:\n\n> Status updates: max 5 bullets.\n\nWrite my status update following her rules.":
            (Found("bullets_max", {"n": 5}),),
        "My manager forwarded this:\n\n> Status updates: max 5 bullets.\n\nReply that I agree, in one sentence.":
            (Found("sentences_exact", {"n": 1}),),
        "> Write a haiku about rain, all lowercase.": (Found("lowercase"),),
        "Thread below.\n\n---\nFrom: Sam\nKeep copy under 120 words.\n\nThanks, Sam\n---\n\nReply to Sam. "
        "Two sentences.":
            (Found("sentences_exact", {"n": 2}),),
        "Thread below.\n\n---\nFrom: Sam\nKeep copy under 120 words.\n---\n\nReply to Sam, following his limit.":
            (Found("words_max", {"n": 119}),),
        "Here's my essay intro (please keep it under 100 words):\n\n'Macbeth is a play about ambition. It is good.'\n\n"
        "Rewrite it.": (Found("words_max", {"n": 99}),),
        "This is my essay intro (the limit on the essay is 2,000 words):\n\n'Macbeth is a play about ambition. It is "
        "good.'\n\nRewrite it in under 60 words.": (Found("words_max", {"n": 59}),),
        "JOB AD\nApply with a statement of no more than 500 words.\n\nWrite my statement, under 300 words.":
            (Found("words_max", {"n": 299}),),
        "Job description below. Write my cover letter in 3 paragraphs.\n\nShift lead, 120 units/hour, max 2 breaks.":
            (Found("paragraphs_exact", {"n": 3}),),
        "Keep the phrase 'terrible golfer'.": (Found("keyword_include", {"words": ["terrible golfer"]}),),
        "Keep the word 'very' rare.": (),
        "Make sure the word Makaton is in there.": (Found("keyword_include", {"words": ["makaton"]}),),
        "Make sure the word count is in there.": (),
        "I have a 1000W microwave. Rewrite the instructions for that, exactly 3 sentences.":
            (Found("sentences_exact", {"n": 3}),),
        "Make a quiz from it: 6 questions as bullet points.": (Found("bullet_list", {"n": 6}),),
        "The app shows 6 questions as bullet points.": (),
        "Put the two most important points in bold.": (Found("highlight", {"n": 2}),),
        "Put the whole email inside a markdown code block.": (Found("code_block"),),
        "Draft the letter. Add a PS giving our website.": (Found("postscript", {"marker": "PS"}),),
    })


def test_the_fifty_fifth_review_and_someone_s_rules_to_follow() -> None:
    """163 requests pasting material (support tickets, chat logs, policies, configs, rubrics, contest rules) written
    blind to the reader after the 54th review's fixes: 0.933 recall, 0.943 precision, 36 of 42 controls clean at first
    (tests/reward_models/review_fiftyfive.py). And session 33's rule for someone else's rules (`_governing`): they are
    the answer's where a sentence of its own asks for the text they govern (by a pronoun, by their own noun, as a
    contest's or form's entry or answer, or named first and pointed back to), unless doubted, mocked, past, set for
    another reader or text, or the user says the same kind of thing (48th review 0.646 -> 0.72)."""
    _assert_review("review_fiftyfive", at_least=144)
    _assert_reads({
        "My teacher wants the essay to be at least 300 words. Write it about dogs.": (Found("words_min", {"n": 300}),),
        "Write an essay about dogs. My teacher wants it to be at least 300 words.": (Found("words_min", {"n": 300}),),
        "The contest says slogans must be in capital letters and under 10 words. Give me one.":
            (Found("uppercase"), Found("words_max", {"n": 9})),
        "Client said:\n> Please make the tagline all lowercase.\nWrite 3 taglines for our bakery.":
            (Found("lowercase"),),
        "JOB DESCRIPTION\nRole: Barista\nApplications must be under 150 words.\n\nWrite my application.":
            (Found("words_max", {"n": 149}),),
        "The box allows up to 40 words. Write my reason: my grandmother is ill.": (Found("words_max", {"n": 40}),),
        "The dating app only lets you write 3 sentences. Write mine: I like sea swimming.":
            (Found("sentences_max", {"n": 3}),),
        "Rewrite the invitation. Keep both names, Eilidh and Callum.":
            (Found("keyword_include", {"words": ["eilidh", "callum"]}),),
        "Write a post.\nConstraints:\n- exactly 2 hashtags\n- under 50 words":
            (Found("hashtags", {"n": 2}), Found("words_max", {"n": 49})),
        # look-alikes: rules doubted, mocked, for another text, reader or person, or the user's own kind said
        "My boss says emails must be under 100 words. Write an email to HR arguing that the limit is too strict.": (),
        "My friend's teacher told her essays must be under 300 words. Write me an essay about dogs.": (),
        "Agency guidelines say taglines must be in lowercase. Give me a tagline for our rival agency's product.": (),
        "My boss says emails must be under 100 words and reports must be over 1000 words. Write a report on Q3 sales.":
            (),
        "My teacher said the intro should be 2 sentences. Write the intro and the conclusion.": (),
        "Many teachers say essays should have 5 paragraphs. Write an essay about why that rule is outdated.": (),
        "The guidelines say captions must be under 10 words. Write a caption of around 30 words.": (),
        "My editor says articles must be under 800 words. Please write an article of at least 1500 words.":
            (Found("words_min", {"n": 1500}),),
        "My teacher says essays must be 500 words. Is that normal? Write one anyway.": (),
        # pasted material's look-alikes from the session's adversarial review: the user's own terms stay read
        "My constraints for the answer:\n- under 50 words\n\nWhat is a mortgage?": (Found("words_max", {"n": 49}),),
        "Setup:\nYou are a pirate. Answer in under 50 words.\n\nWhat's the best way to find treasure?":
            (Found("words_max", {"n": 49}),),
        "My prompt:\n> Write a limerick about a cat, all in lowercase.\nGo!": (Found("lowercase"),),
        "> Reply in Spanish only.\nHow do I make gazpacho?": (Found("language", {"code": "es"}),),
        "I need a reply to this email.\n---\nRequirements: under 120 words\n---": (Found("words_max", {"n": 119}),),
        "HELP WITH MY ESSAY\nMax 500 words, please.\n\nIt's about Brexit.": (Found("words_max", {"n": 500}),),
        "Rewrite my essay intro (max 100 words):\n\n'Macbeth is about ambition. It is good.'": (Found("words_max", {"n":
            100}),),
        "Rewrite the text below.\n\nMax 100 words, keep the jokes.\n\nOnce upon a time.": (Found("words_max", {"n":
            100}),),
        "Keep the phrase 'circle back'? I find it cringe.": (),
        "Don't put the whole email inside a code block.": (),
        "Note: 3 tips as bullet points looked sparse last time, so use a paragraph instead.": (),
        # the 55th review's fixes: a labelled quote asked about; the reply's own unit; a word or name given after a
        # label or an appositive
        "Policy on social posts: 'Every post: max 2 hashtags and always end with a question.'\n\nDoes that work?": (),
        "Write a reply. Max 3 sentences per reply.": (Found("sentences_max", {"n": 3}),),
        "Worksheet: 'Write at least 50 words per answer.' Can you explain question 3 in 2 sentences?":
            (Found("sentences_exact", {"n": 2}),),
        "Must include the prompt word: LIGHTHOUSE.": (Found("keyword_include", {"words": ["lighthouse"]}),),
        "Write the description. It must mention the sponsor, Nimbus Cloud.":
            (Found("keyword_include", {"words": ["nimbus cloud"]}),),
    })


def test_the_fifty_sixth_review_someone_else_s_rules() -> None:
    """174 everyday requests where someone else's rules appear (teachers, bosses, clients, forms, contests, apps),
    written blind to the reader at 1fe8f58: 0.663 recall, 0.925 precision, 27 of 40 controls clean at first
    (tests/reward_models/review_fiftysix.py; the reader before session 33 read it at 0.535 / 0.901). A second
    adversarial review (428 probes) found 80 readings the first rule for someone's rules made worse; each is narrowed
    (below: look-alikes from it, each read as a careful annotator would)."""
    _assert_review("review_fiftysix", at_least=123)
    _assert_reads({
        "My professor requires essays to be at least 2000 words. Write my essay on the Cold War.":
            (Found("words_min", {"n": 2000}),),
        "My teacher wants the essay at least 500 words. Write it about the other side of the moon.":
            (Found("words_min", {"n": 500}),),
        "Our editor says every article must mention the sponsor, Brightwater. Write an article about river cleanups.":
            (Found("keyword_include", {"words": ["brightwater"]}),),
        "Here's my teacher's brief: 'At least 300 words.' Write the essay.": (Found("words_min", {"n": 300}),),
        "My boss says we must use lowercase in all Slack messages. Write me a poem about autumn.": (),
        "Give me some tips for my essay. My teacher wants it to be at least 1000 words.": (),
        "Draft a message to Sam asking for more time on the report. Our manager wants it at least 2000 words.": (),
        "My teacher wants essays to be in capital letters. I need an idea for a topic. Give me one.": (),
        "My teacher says essays must be at least 500 words. Give me one good opening line.": (),
        "My teacher says stories must be at least 500 words. Write a bedtime story for my daughter.": (),
        "The rubric says the abstract must be under 200 words and the paper at least 3000 words. Write the abstract.":
            (),
        "My boss wants the report in 4 paragraphs. Write the first paragraph of it.": (),
        "Our policy says all customer replies must be under 80 words. Summarise it.": (),
        "Write a story about an office. The boss in the story says every post must be under 20 words.": (),
        "My sister's English teacher wants essays of at least 300 words. Write me one about dogs.": (),
        "Tom's teacher says poems must be in lowercase. Write me a poem about snow.": (),
        "My boss at my last job said emails had to be under 50 words. Write an email to a supplier.": (),
        "My teacher says the essay must be under 500 words. I'm going over anyway. Write it about the Tudors.": (),
        "The editor says headlines must be under 8 words. Give me one that would get rejected.": (),
        "My boss wants status updates in exactly 3 bullet points. Write one for this week. Also write my out-of-office "
        "message.": (),
        "My teacher wants the essay in exactly 5 paragraphs. Write it as one long paragraph.": (),
        "The client says taglines must be in lowercase. Write one, in title case please.": (),
        "The form only allows 50 words, which seems unfair. How do people fit everything in?": (),
        "My manager says replies to customers must be under 60 words. Reply to this recruiter on LinkedIn.": (),
        "My teacher wants my essays at least 800 words. Write an essay for my brother about the Romans.": (),
        "The guidelines say posts must include the word 'sustainable'. Write one, but avoid the word sustainable.":
            (),
        "The guidelines say descriptions must be under 50 words, but that's for the website. Write a description for "
        "the printed catalog.": (),
        "Email from my manager: 'Can you confirm in one sentence whether the audit is done?'\n\nI want to explain the "
        "audit is 80% done and why. Write it as 3 short paragraphs.": (Found("paragraphs_exact", {"n": 3}),),
        "My manager wants the summary in exactly two sentences. Summarise the meeting: we agreed to hire two people.":
            (Found("sentences_exact", {"n": 2}),),
        "Boss wants two versions of the notice, one formal and one casual, separated by a line of ***. Please do.":
            (Found("two_responses", {"separator": "***"}),),
        # a third adversarial review (400 probes, the whole session's change): the user's own terms in a callout, under
        # a capitals heading or a label, per-item limits, facts told as rules, prose after a code block
        "Write 5 sample replies for our support chatbot, max 40 words per reply.": (),
        "Write a blog post about sourdough.\n\n> **Note:** keep it under 300 words and use 3 headings.":
            (Found("words_max", {"n": 299}),),
        "Write a product update post.\n\n> Keep it under 150 words please": (Found("words_max", {"n": 149}),),
        "Thread from our group chat:\n> Mia: pineapple on pizza is great\n> Tom: never\n\nSettle it with a funny "
        "one-liner, in lowercase.": (Found("lowercase"),),
        "ANNOUNCEMENT\nWe're closing early on Friday. Turn this into a friendly post, under 40 words.":
            (Found("words_max", {"n": 39}),),
        "Here's my outline.\n\nAll lowercase, three paragraphs, about climate change.\n\nWrite the essay.":
            (Found("lowercase"), Found("paragraphs_exact", {"n": 3})),
        "Outline:\n- intro about bees\n- 3 paragraphs\n- under 300 words\n\nWrite the essay.":
            (Found("paragraphs_exact", {"n": 3}), Found("words_max", {"n": 299})),
        "My teacher says essays under 1000 words fail. Write my essay on Brexit.": (),
        "The client said the old tagline used all caps and felt shouty. Write a new tagline for the bakery.": (),
        "My teacher wants poems in lowercase. Write my poem about frost with proper capitalisation.": (),
        "Write a story where the king only allows 3 words a day.": (),
        "Put the whole email in a code block. Then list what you changed.": (),
    })


def test_the_fifty_seventh_review_and_the_fourth_adversarial_review() -> None:
    """207 requests mixed like a hidden evaluation (everyday, work and school, creative, pasted text to work on),
    written blind to the reader at 0138fe0: 0.939 recall, 0.990 precision, 47 of 52 controls clean at first, as the
    reader before session 33 read them too (tests/reward_models/review_fiftyseven.py). And a fourth adversarial review
    (447 probes of ordinary requests brushing the session's patterns): 50 readings worse, each narrowed (look-alikes
    below)."""
    _assert_review("review_fiftyseven", at_least=190)
    _assert_reads({
        "Speech from the best man:\nunder 300 words, mention the stag do in Riga": (Found("words_max", {"n": 299}),),
        "Story with a twist ending:\n500 words max\npresent tense": (Found("words_max", {"n": 500}),),
        "Toast for my sister's wedding.\n> Length: under 200 words\n> Tone: warm": (Found("words_max", {"n":
            199}),),
        "My wife said yes!! Need an announcement post:\n> under 50 words": (Found("words_max", {"n": 49}),),
        "PRESS RELEASE\nNew bakery opening on Main St this Saturday. 150 words max.": (Found("words_max", {"n":
            150}),),
        "Email to the landlord:\n- polite\n- under 80 words\n\nHow do you think it should go?":
            (Found("words_max", {"n": 79}),),
        "Give me 4 LinkedIn post ideas, 2 sentences per post.": (),
        "Write an FAQ answer: why does the site only allow 3 words in usernames? Keep it under 50 words.":
            (Found("words_max", {"n": 49}),),
        "My editor wants all articles under 800 words. Write a tweet promoting my article on bees.": (),
        "Write my bio for the conference site.\n---\nkeep it under 60 words\nthird person\n---":
            (Found("words_max", {"n": 59}),),
        "Email below please.\n\nTo: landlord\nAbout: heating broken since Monday\n3 sentences, polite":
            (Found("sentences_exact", {"n": 3}),),
        "make me a packing list for Lisbon but dont use any digits": (Found("no_digits"),),
        "Leave square-bracket placeholders for [hourly rate], [start date] and [contact email].":
            (Found("placeholders", {"n": 3}),),
        # a fifth adversarial review (434 probes in fresh styles: email history, chat logs, developer requests)
        "Nadia wrote:\n> Send me your bio for the programme, under 60 words please!\n\nWrite my bio: I play jazz.":
            (Found("words_max", {"n": 59}),),
        "On Fri, 7 Jun, Jenny wrote:\n> Hi! Please write back in Spanish so my mum can read it too :)\n\nWrite my "
        "reply accepting her dinner invitation.": (Found("language", {"code": "es"}),),
        "> Mia: pls everyone send a 1-line intro for the slide\n> Raj: done\n> Mia: thx! keep it under 12 words\n\n"
        "Write my intro: I'm the new designer.": (Found("words_max", {"n": 11}),),
        "The app only allows 3 photos, so write my profile text, 2 sentences.": (Found("sentences_exact", {"n": 2}),),
        "Write a reply to every comment under my post, max 20 words per reply.": (),
        "Wrap the whole cover letter in a code block for easy copying, and suggest 2 subject lines underneath.": (),
        # a short quote of someone's rules, opened where the text they govern is asked
        "Mrs Kim's rule for book reports is 'no spoilers and no fewer than 4 paragraphs'. Write one on Wonder.":
            (Found("paragraphs_min", {"n": 4}),),
        "The posting says: 'Cover letters should be no longer than 250 words.' Write mine for the designer role.":
            (Found("words_max", {"n": 250}),),
        "The posting says: 'Cover letters should be no longer than 250 words.' Is that normal for design jobs?": (),
        # a sixth adversarial review (233 probes on quoted rules and messages received): sayings, complaints told as
        # facts, a rule for another text, and the reply to the one who set the rules
        "The proverb says \"A letter longer than three paragraphs is never read.\" Write a cover letter.": (),
        "The feedback says \"Your summary is over 200 words\". Write the summary of chapter 3 again.": (),
        "The guidelines say: \"Avoid commas in headlines.\" Write the article about the flood, no headline needed.": (),
        "My sister said \"Don't you dare write more than 100 words\" about my toast. Write my toast for her wedding.":
            (Found("words_max", {"n": 100}),),
        "Sarah said: \"Please keep the reply to one paragraph.\" Write my reply to Sarah.":
            (Found("paragraphs_exact", {"n": 1}),),
        "The landlord's form says 'describe the issue in under 50 words'. Describe the damp in my bathroom.":
            (Found("words_max", {"n": 49}),),
    })


def test_the_fifty_eighth_review_rules_for_another_text() -> None:
    """203 requests where someone else's rules appear in new settings (workplace tools, community life, platforms,
    forms, families, freelancing), written blind to the reader at eabca5d: 0.701 recall, 0.846 precision, 28 of 73
    controls clean at first (tests/reward_models/review_fiftyeight.py). Rules of a past job or laid on others, rules
    for another kind of text than the one asked, and a limit a message asks about are not the answer's."""
    _assert_review("review_fiftyeight", at_least=134)
    _assert_reads({
        "My old boss made us end every memo with 'Regards, Ops'. Write a memo about the fire drill.": (),
        "Our forum's rules say posts must be under 80 words. Write me an email to the moderator asking to be unbanned.":
            (),
        "Our forum's rules say posts must be under 80 words. Write me a reply to Dan's comment about tyres.":
            (Found("words_max", {"n": 79}),),
        "Every post in the group must be under 50 words. Write a post about our bake sale.":
            (Found("words_max", {"n": 49}),),
        "Write an email asking whether the 500-word limit includes references.": (),
        "Write an email to Sam, in under 80 words, asking if the deadline can move.": (Found("words_max", {"n": 79}),),
        # a ban said with "can't" (not a house rule or someone's inability); a removal's bound kept
        "Write a status update. It can't contain the word 'outage'.": (Found("keyword_avoid", {"words": ["outage"]}),),
        "In our house we can't say 'shut up', it's a rule. Write a funny poem about family rules.": (),
        "The mods delete posts over 120 words. Write my post about the lost cat.": (Found("words_max", {"n": 120}),),
        "The automod removes posts under 80 words. Write my post about my old pot.": (Found("words_min", {"n": 80}),),
        # a question about the rules, and rules set apart from the text asked
        "HR says shout-outs are max 50 words. Who decides these things?": (),
        "Our channel rule: announcements under 60 words. That's for announcements though. I need a DM to Tom.": (),
        "Give me 3 ideas as bullet points, under 100 words.": (Found("words_max", {"n": 99}), Found("bullet_list", {
            "n": 3})),
        "Write a tweet with the word 'pilot'.": (Found("keyword_include", {"words": ["pilot"]}),),
        # a sixth adversarial review of the session's change (305 probes: 32 worse at first, 0 now)
        "My grandma can't say 'Worcestershire'. Write a short poem teasing her, including the word 'Worcestershire'.":
            (Found("keyword_include", {"words": ["worcestershire"]}),),
        "Write a toast for my brother's wedding, under 200 words. Separately, make it end with 'Cheers!'":
            (Found("words_max", {"n": 199}), Found("end_phrase", {"phrase": "Cheers!"})),
        "Keep your answer under 75 words. This isn't a ticket: I just want to know how to reset my router.":
            (Found("words_max", {"n": 74}),),
        "Every blog post must end with 'Thanks for reading!'. Write an article about budget travel in Vietnam.":
            (Found("end_phrase", {"phrase": "Thanks for reading!"}),),
        "Each post must be in all caps. Write an announcement for the Facebook group about the meetup.":
            (Found("uppercase", {}),),
        "All posts had to include the word 'community' at my old company, and we're keeping that. Write a post.":
            (Found("keyword_include", {"words": ["community"]}),),
        "Be brief: no more than one sentence. Is it true that bats are blind?": (Found("sentences_max", {"n": 1}),),
        # a bound overridden or corrected without its unit; a floor and a cap no answer meets: the later one
        "Write a complaint letter of at least 300 words. Actually, keep it under 200.": (Found("words_max", {"n":
            199}),),
        "The association says letters should be at least 300 words, but keep mine under 200.": (Found("words_max", {
            "n": 199}),),
        "Write about 200 words on cats, but keep the price under 50.": (),
        # a seventh adversarial review (290 probes on the overrides, removals and language: 59 worse at first, 0 now)
        "Write at least 200 words about our bakery. Actually, mention that cupcakes are now under 4.":
            (Found("words_min", {"n": 200}),),
        "Write a workout plan in at least 200 words. Keep it under 45, I don't have much time.":
            (Found("words_min", {"n": 200}),),
        "My client wants the caption in German, and she'll translate it herself. Write it in English.": (),
    })


def test_the_fifty_ninth_review_a_realistic_mix() -> None:
    """198 requests mixed like a deployed assistant's traffic (everyday constraints, someone else's rules for the text
    asked and not, instruction-free requests with numbers and rule talk), written blind after the session's first
    fixes: first read 0.855 recall, 0.956 precision, 67 of 72 controls clean at 9209774 (the reader before the session,
    eabca5d: 0.855 / 0.942, 66 of 72; tests/reward_models/review_fiftynine.py)."""
    _assert_review("review_fiftynine", at_least=183)
    _assert_reads({
        "The grant portal cuts anything over 250 words. Write the summary.": (Found("words_max", {"n": 250}),),
        "The volunteer form only has room for three sentences. Write why I want to volunteer.":
            (Found("sentences_max", {"n": 3}),),
        "The form only allows 50 words, which seems unfair. How do people fit it in?": (),
        # someone's rules given to be summarised: the material, not the answer's instructions
        "Summarize these rules for our intern: client emails under 150 words, sign off with 'Best regards'.": (),
        "Explain the offside rule. Your response must start with 'Picture this:' and be under 50 words.":
            (Found("start_phrase", {"phrase": "Picture this:"}), Found("words_max", {"n": 49})),
    })


def test_the_sixtieth_review_real_world_constraints() -> None:
    """216 requests like a real-world instruction-following set written by people (every kind, every register),
    written blind at e904054: first read 0.948 recall, 0.985 precision, 44 of 44 controls clean, as the reader before
    session 34 read them (tests/reward_models/review_sixty.py). A reason after the case asked ("make it all lowercase
    she hates caps"), placeholders listed after "like", and "*italics*" with its count read right."""
    _assert_review("review_sixty", at_least=211)
    _assert_reads({
        "make it all in caps, she hates lowercase": (Found("uppercase", {}),),
        "I hate caps. Why do people use them?": (),
        "Give 5 points with bullets.": (Found("bullet_list", {"n": 5}),),
        # a request written back without a word for "verbatim"; a question's two options asked back by reference
        "copy my question back first before u answer it pls. my question is: how long does it take to boil an egg":
            (Found("repeat_request", {"request": ["how long does it take to boil an egg"]}),),
        "Can you write back to my teacher about the question she asked?": (),
        "guitar or piano? reply with just one of the two words": (Found("constrained_choice", {"options": [
            "guitar", "piano"]}),),
        "Which is better, tea or coffee? Answer with one of the two, then explain.": (),
        # a keyword's "at least ... times" is not the next count's bound; a count with its list form after a comma
        "Use the word 'waiter' at least 2 times, in 4 sentences.": (Found("keyword_frequency", {"word": "waiter", "n":
            2}), Found("sentences_exact", {"n": 4})),
        "cheap date ideas for winter?? give me 6, numbered": (Found("numbered_list", {"n": 6}),),
        "The retro notes need to be in Japanese. Write the notes: deploys went well.": (Found("language", {"code":
            "ja"}),),
        # an eighth adversarial review (240 probes on these: 19 worse at first, 1 now, 38 better)
        "Last year we had to write the banner in all caps, same this year. Write it.": (Found("uppercase", {}),),
        "Last year the teacher required 500 words, now write it under 300 words.": (Found("words_max", {"n": 299}),),
        "Last year the science fair required abstracts of exactly 150 words. This year there's no limit. Write mine.":
            (),
        "Write the title in all caps, she hates lowercase titles, but the body in normal case": (),
        "mi abuela only reads spanish. write her a birthday msg. in spanish obviously, 3 sentences max":
            (Found("sentences_max", {"n": 3}), Found("language", {"code": "es"})),
    })


def test_the_sixtieth_and_sixty_first_reviews_generic_misses() -> None:
    """Session 35, from the 60th and 61st reviews' misses: the code asked for is the whole answer when "inside a code
    block" ends the request (not with an explanation asked beside it); a file's extension, a file name or a decimal
    ends no sentence; "5 points with bullet" is five bullet points; and the 61st's, below."""
    _assert_reads({
        "Give me a bash one-liner to count the lines in every .txt file in a folder, inside a code block.":
            (Found("code_block", {}),),
        "Show me a regex for emails, in a code block.": (Found("code_block", {}),),
        "Write a Python function that reverses a string and explain how it works, in a code block.": (),
        "Explain what main.py does. Keep it under 50 words.": (Found("words_max", {"n": 49}),),
        "Python 3.11 vs 3.12: what changed? Answer in 3 bullet points.": (Found("bullet_list", {"n": 3}),),
        "Keep it under 100 words.Also use no commas.": (Found("words_max", {"n": 99}), Found("no_commas", {})),
        "What does P.S. stand for?": (),
        "Make 5 points with bullet, simple english please.": (Found("bullet_list", {"n": 5}),),
        "The gun has 5 points with bullet holes.": (),
        # the 61st review's misses: a paragraph count beside capital words, stanzas after a comma, "numerical digits",
        # a question opening with "Do" about a long subject, "type out my request", "Repeat my request first"
        "Write a brief in exactly 3 paragraphs, with at least 2 words in ALL CAPS.": (
            Found("capital_words", {"n": 2}), Found("paragraphs_exact", {"n": 3})),
        "Write 4 stanzas, separated by a blank line.": (Found("paragraphs_exact", {"n": 4}),),
        "Write it without numerical digits.": (Found("no_digits", {}),),
        "Do emails with ALL CAPS subject lines get opened less often?": (),
        "Do short poems in all lowercase look better?": (),
        "Before you answer, type out my request exactly as I wrote it. Request: Suggest a name for a puppy.": (
            Found("repeat_request", {"request": ["Suggest a name for a puppy."]}),),
        "Repeat my request first, then answer. Request: Explain why leaves change color in the fall.": (
            Found("repeat_request", {"request": ["Explain why leaves change color in the fall."]}),),
        "Can you type out my question? I can't read my handwriting.": (),
        # a request labelled after the sentence asking for it is the text to repeat, alone
        "First repeat my question exactly as I wrote it, then answer. My question: Why do cats knead blankets?": (
            Found("repeat_request", {"request": ["Why do cats knead blankets?"]}),),
        "Why is the sky blue? Repeat my question word for word before answering.": (Found("repeat_request", {
            "request": ["Why is the sky blue? Repeat my question word for word before answering.",
                        "Why is the sky blue?"]}),),
        # a rule someone in a story or joke keeps is narrated (the 58th's and 59th's controls), not a poem's own limit
        "Tell me a joke about a subreddit moderator who deletes any post over 300 words.": (),
        "Write a scene where a Jira admin forces the team to write every ticket in JSON and the intern rebels.": (),
        "Write a poem about my dog that has to be under 50 words.": (Found("words_max", {"n": 49}),),
        "Write a story about a girl who must find her cat, in under 100 words.": (Found("words_max", {"n": 99}),),
        "Write a song about a girl who has to leave home and keep it under 100 words.": (
            Found("words_max", {"n": 99}),),
        # a ninth adversarial review (277 probes: 21 worse at first, 0 now but a contrived correction)
        "Give me a regex for UK postcodes and list what it won't catch, inside a code block.": (),
        "Write a regex that matches email addresses, in a code block, and explain each part.": (),
        "Write a bash one-liner that counts words in notes.txt, in a code block. Thanks!": (Found("code_block", {}),),
        "Give me 5 tips with bullet journaling for beginners.": (),
        "Give me 6 reasons with bullet-proof vests should be standard for journalists in war zones.": (),
        "Give 3 reasons with bullet why remote work is good.": (Found("bullet_list", {"n": 3}),),
        'Use the word "resilient" twice, and never use that word in the title.': (
            Found("keyword_frequency", {"word": "resilient", "n": 2}),),
        "Do keep it under fifty words and use simple language: why is the sky blue?": (Found("words_max", {"n": 49}),),
        "Do write it all in lowercase to look casual?": (Found("lowercase", {}),),
        "Write a cover letter with no more than 2 words in all caps, unlike the 5 paragraphs my friend wrote.": (
            Found("capital_words_max", {"n": 2}),),
        "Repeat my request first — actually no, just answer it. What is a prime number?": (),
        "Repeat my question before answering. My question: what should I pack?": (
            Found("repeat_request", {"request": ["what should I pack?"]}),),
        # placeholders shown after a colon, or named one by one before "so ..."
        "Draft a wedding invitation with placeholders for the names, date and venue: [bride], [groom], [date], "
        "[venue].": (Found("placeholders", {"n": 4}),),
        "Write a cover email. Use square-bracket placeholders for the company name, the manager's name and the job "
        "title so I can fill them in later.": (Found("placeholders", {"n": 3}),),
        # the commonest limits in German, French, Spanish, Portuguese and Italian
        "Erkläre mir bitte, wie ein Kühlschrank funktioniert, in höchstens 100 Wörtern.": (
            Found("words_max", {"n": 100}),),
        "Écris un court poème sur la mer, en moins de 50 mots.": (Found("words_max", {"n": 49}),),
        "Schreib mir eine kurze E-Mail an meinen Vermieter, ohne Kommas.": (Found("no_commas", {}),),
        "Escreva um e-mail para o meu chefe em no máximo 80 palavras, sem vírgulas.": (
            Found("words_max", {"n": 80}), Found("no_commas", {})),
        "Scrivi una poesia sul mare in meno di 40 parole.": (Found("words_max", {"n": 39}),),
        # a tenth adversarial review (242 probes on the story cut, placeholders and foreign limits: 53 worse at first,
        # 1 contrived now): a story's own limit is kept, foreign rules of someone else's are not the answer's
        "Write a story about a chef who must cook blind in under 200 words": (Found("words_max", {"n": 199}),),
        "Write a poem where every line must be in lowercase": (Found("lowercase", {}),),
        "Write a poem in which the word 'love' must appear at least 3 times": (
            Found("keyword_frequency", {"word": "love", "n": 3}),),
        "Write a limerick about a landlord whose tenants must answer every email in all caps": (),
        "Write a script that creates a note in Apple Notes, in a code block": (Found("code_block", {}),),
        "Do research papers need to be under 5000 words?": (),
        "Write a rant with at least 3 words in ALL CAPS, in exactly 4 paragraphs": (
            Found("capital_words", {"n": 3}), Found("paragraphs_exact", {"n": 4})),
        "Write a form letter with exactly one placeholder, using any of these styles: [NAME], [Name], [name]": (
            Found("placeholders", {"n": 1}),),
        "Mi jefe dice que los correos deben tener menos de 100 palabras. ¿Qué opinas de esa regla?": (),
        "El equipo ganó por exactamente 3 puntos. Escribe un resumen del partido.": (),
        "Write a product description for our candles in French, en moins de 80 mots": (
            Found("words_max", {"n": 79}), Found("language", {"code": "fr"})),
    })


def test_the_sixty_first_review_the_task_s_kinds_phrased_by_someone_else() -> None:
    """239 requests like the issue's hidden set of the task's kinds phrased by someone else (every kind, 1-3
    constraints, fresh wording), written blind at 59b9eeb: first read 0.972 recall, 0.997 precision, 40 of 42 controls
    clean (tests/reward_models/review_sixtyone.py); a word kept out by "that word" after it was named."""
    _assert_review("review_sixtyone", at_least=235)
    _assert_reads({
        "My mom hates the word 'literally'. Write her birthday card message and leave that word out.":
            (Found("keyword_avoid", {"words": ["literally"]}),),
        "The word 'synergy' is overused. Write a LinkedIn post without that word.":
            (Found("keyword_avoid", {"words": ["synergy"]}),),
        "Why do people say 'literally' so much? I try to avoid that word.": (),
        "My teacher says the word 'very' is weak. Should I avoid that word?": (),
    })


def test_someone_s_rule_for_the_part_asked_alone_and_for_each_of_several_texts() -> None:
    """A headline or title asked for alone is the text a rule about headlines or titles governs; its parts stay apart
    where another text is asked. Several texts asked at once keep a cap or exact count each (not read as the whole
    answer's), while floors, case and bans hold for the whole answer as well."""
    _assert_reads({
        "The style guide says headlines must be under 10 words. Give me a headline about the flood.": (
            Found("words_max", {"n": 9}),),
        "My teacher says titles must be under 8 words. Give me a title for my essay on dogs.": (
            Found("words_max", {"n": 7}),),
        "My teacher says essays must be under 300 words. Give me a title for my essay on dogs.": (),
        "The style guide says headlines must be under 10 words. Write an article about the flood with a headline.": (),
        "The style guide says headlines must be under 10 words. Give me 5 headlines about the flood.": (),
        "My editor says headlines must be under 10 words. Give me some headlines about the flood.": (),
        "The style guide says taglines must be lowercase and under 10 words. Give me three taglines for a bakery.": (
            Found("lowercase", {}),),
        "The rules say posts need at least 50 words. Give me three posts about the flood.": (
            Found("words_min", {"n": 50}),),
        "My teacher wants the essay under 300 words. Write it about dogs.": (Found("words_max", {"n": 299}),),
    })


def test_the_sixty_second_review_what_people_type_for_real_tasks() -> None:
    """258 requests like the issue's real-world hidden set (what people type for real tasks, 1-3 constraints, weighted
    to the kinds where picking gains least there), written blind at d2d62da: first read 0.941 recall, 0.993
    precision, 45 of 46 controls clean (tests/reward_models/review_sixtytwo.py). A verse asked for alone ends with
    its end phrase."""
    _assert_review("review_sixtytwo", at_least=255)
    _assert_reads({
        'Write a campfire song verse that ends with "and the fire burned on".': (
            Found("end_phrase", {"phrase": "and the fire burned on"}),),
        'Write a song with a verse that ends with "and the fire burned on".': (),
        "Write a poem where each verse ends with 'moon'.": (),
        # "w" for "with", "3x" for "3 times", a post that "needs at least 4 hashtags"
        "caption for my dog's bday pic w at least 3 hashtags": (Found("hashtags", {"n": 3}),),
        "poem for my wife, use the word 'still' at least 3x": (Found("keyword_frequency", {"word": "still", "n": 3}),),
        "Write an Instagram caption. Needs at least 4 hashtags.": (Found("hashtags", {"n": 4}),),
        "My post needs more hashtags, but I don't know which.": (),
        "Which hashtags does my post need?": (),
        # a terse list's count after a comma
        "list 5 causes of the french revolution, bullet points": (Found("bullet_list", {"n": 5}),),
        "stretching routine for lower back pain, numbered list, 6 stretches": (Found("numbered_list", {"n": 6}),),
        "Give me 3 pros and 3 cons of remote work in bullet points": (),
        "List 10 books per genre in bullet points": (),
        # "that starts with '...' and has at least 8 sentences": the count after the quoted phrase
        'Write a fairy tale that starts with "Once, in a town with no clocks," and has at least 8 sentences.': (
            Found("start_phrase", {"phrase": "Once, in a town with no clocks,"}), Found("sentences_min", {"n": 8})),
        "Write a story about a girl who has at least 3 cats.": (),
        # a phrase to say: word for word, or by a character
        'Write the email. 2) say "no change to annual salary" word for word 3) add a P.S.': (
            Found("keyword_include", {"words": ["no change to annual salary"]}),
            Found("postscript", {"marker": "P.S."})),
        # (not a character's line: "she has to say 'To be or not to be'" in a school play is no keyword of the pep
        # talk asked for, so "He has to say ..." stays unread)
        'Write a monologue for a villain. He has to say "you\'ll thank me" at least once.': (),
        'My daughter is in the school play, and she has to say "To be or not to be". Write her a pep talk.': (),
        'How do you say "thank you" in Japanese?': (),
        'My boss says I have to say "sorry" to the client. Write the email.': (),
        # a dashed list of requirements (not a bare bound between dashes)
        'Write my reply. Requirements: start with "Hi Jordan," - fewer than 120 words - include the phrase "restore '
        'your notes"': (Found("start_phrase", {"phrase": "Hi Jordan,"}), Found("words_max", {"n": 119}),
                        Found("keyword_include", {"words": ["restore your notes"]})),
        "Give it as bullet points — no more than 10 — since they'll be checking things off.": (
            Found("bullets_max", {"n": 10}),),
        "Use [square brackets] for every blank — at least 6 of them — and organise it as a numbered list of 5 items.": (
            Found("placeholders", {"n": 6}), Found("numbered_list", {"n": 5})),
        "hey can u write a reminder for my book club, add a PS to bring snacks": (
            Found("postscript", {"marker": "PS"}),),
        "is 'whom' correct in 'to whom it may concern'? answer yes or no only": (
            Found("constrained_choice", {"options": ["yes", "no"]}),),
        "Should I answer yes or no only?": (),
        "Generate sample data for 3 users. Give me raw JSON, no extra text.": (Found("json_output", {}),),
        "Give me a JSON example and explain it.": (),
        # a writing noun pointed back to; Day/Week headers asked terse or "for each week"
        "Write my reflection on the field trip. My teacher wants it in 3 paragraphs.": (
            Found("paragraphs_exact", {"n": 3}),),
        "Make me a 4-week running plan. Use a header for each week like Week 1, Week 2, and so on.": (
            Found("sections", {"n": 4, "marker": "Week"}),),
        "3 day trip to lisbon itinerary, Day 1 Day 2 Day 3 headers pls": (
            Found("sections", {"n": 3, "marker": "Day"}),),
        "My Day 1 and Day 2 notes have headers. Summarize them.": (),
        "is 'P.P.S.' a real thing or did people just make it up": (),
        "Write a post and don't name the company, just call it [Company].": (Found("placeholders", {"n": 1}),),
        "Write the SMS. Our SMS gateway breaks on commas so none at all.": (Found("no_commas", {}),),
        "I use commas a lot so none at all would be weird. How do I cut down?": (),
        # (a quote longer than 80 characters still pairs its closing mark with the next quote's opening one: the
        # 68th adversarial round found 140 characters paired unclosed quotes with later ones, so this stays unread)
        # a form's question with its limit in parentheses, answered
        "This application form has a box 'Why do you want this role? (max 100 words)'. Write my answer.": (
            Found("words_max", {"n": 100}),),
    })


def test_someone_s_ban_of_commas_or_digits_told_without_an_imperative() -> None:
    """A house style's, client's or teacher's ban of commas or digits in the texts they take governs the text asked
    for, and only it (the eleventh adversarial round's probes: a text-level rewrite read 62 of them worse, this none);
    "Headlines can't include 'x'" keeps 'x' out; a list's count is not read from units, versions or lists."""
    _assert_reads({
        "The house style bans commas in headlines. Give me a headline for a story about a flood in Ohio.": (
            Found("no_commas", {}),),
        "The client won't approve taglines with commas. Write a tagline for a small coffee shop.": (
            Found("no_commas", {}),),
        "The journal disallows numerals in abstracts. Write an abstract for my study of forty patients.": (
            Found("no_digits", {}),),
        "My teacher bans commas in essays. Write an essay about whales.": (Found("no_commas", {}),),
        "My teacher bans commas in essays. Write a poem about whales.": (),
        "My teacher bans commas in essays. Is that a reasonable rule?": (),
        "Write a short story about a town that bans commas in letters.": (),
        "The magazine bans commas in headlines. Write me an essay about the magazine's history.": (),
        "Our style guide says headlines can't include \"shocking\". Could you write a headline about the new bridge?": (
            Found("keyword_avoid", {"words": ["shocking"]}),),
        "Make 4 rules for the classroom, bullets please": (Found("bullet_list", {"n": 4}),),
        "Make 2 paragraphs, the second one with bullets": (Found("paragraphs_exact", {"n": 2}),),
        "Give 100 words on photosynthesis with bullets": (),
        "Make 3 versions of the slogan, and list the features in bullets": (),
        # the 67th adversarial round's worse reads, mended
        "My teacher says titles must be under 8 words. Give me a title and explain why it works.": (),
        "The style guide says headlines must be under 10 words. Give me a headline for each of these 3 stories.": (),
        "My manager wants the agenda to have at most 5 bullet points. Give me some bullets for Monday's meeting.": (
            Found("bullets_max", {"n": 5}),),
        "Write a three-verse poem; each verse that ends with a question should be short.": (),
        # a cap no kind checks: only the one hashtag asked (not a floor of 5)
        "Write a caption for the dog shelter. It has to have 5 or fewer hashtags.": (Found("hashtags", {"n": 1}),),
        "Write a LinkedIn post about my new job with not fewer than 3 hashtags.": (Found("hashtags", {"n": 3}),),
        "Posts need at least 3 hashtags to show up in search, I read somewhere. Is that true?": (),
        "My caption is way too long and needs 4 hashtags cut.": (),
        # someone's ban governs only the text it names ("in headlines": not the article asked), not a part's
        "Our club newsletter bans commas in headlines and my editor wants articles under 300 words. Write the article "
        "about the picnic.": (Found("words_max", {"n": 299}),),
        "The committee won't accept proposals with commas in the title. Write my proposal for the garden.": (),
        "My editor wants the column under 500 words. Write a column about the city that bans digits on license "
        "plates.": (Found("words_max", {"n": 499}),),
        "The magazine won't publish poems that have commas in them. Write a poem about snow.": (
            Found("no_commas", {}),),
        # a headline asked with something else, or a title of another kind
        "The style guide says headlines must be under 10 words. Give me a headline, then explain your choice.": (),
        "My manager says slide titles must be under 6 words. Give me a title for my quarterly report.": (),
        "My manager says memos must be under 150 words. Write a memo to all staff about the new parking rules.": (
            Found("words_max", {"n": 149}),),
        # list counts only of list items; dashes split only a list of requirements beside a quoted phrase
        "Make 4 servings of overnight oats, ingredients in bullet points": (),
        "Write a story — no dialogue — that ends with \"The door stayed shut.\"": (
            Found("end_phrase", {"phrase": "The door stayed shut."}),),
        # inch marks outside quotes (the 69th round: not the closing mark of a quoted name ending in a number)
        'The frame is 8" x 10". Write an Etsy description under 50 words that includes "handmade".': (
            Found("words_max", {"n": 49}), Found("keyword_include", {"words": ["handmade"]})),
        'Make a sign for "Aisle 7" tall enough to read, and use the word "sale".': (
            Found("keyword_include", {"words": ["sale"]}),),
        'Write a blurb for the book "Catch 22" by Heller in under 70 words and include "absurd".': (
            Found("words_max", {"n": 69}), Found("keyword_include", {"words": ["absurd"]})),
        "List 3 arguments for school uniforms and 3 against, bullet points.": (),
        "Provide an explanation of photosynthesis in Spanish.": (Found("language", {"code": "es"}),),
        "I provide tutoring in Spanish. Write my bio.": (),
        # a question typed without its mark asks nothing of the answer; a request put so to the assistant still does
        "how many words is a 5 paragraph essay usually": (),
        "is it bad to start a sentence with 'and' in an academic paper": (),
        "Is it ok if you keep it under 50 words": (Found("words_max", {"n": 49}),),
        'Write a bio for "Maya Lin Studio" - at least 3 sentences - in French.': (
            Found("sentences_min", {"n": 3}), Found("language", {"code": "fr"})),
        "Write a tweet announcing a new coffee shop opening, with no fewer than 5 hashtags.": (
            Found("hashtags", {"n": 5}),),
        "Every story in our feed needs at least 2 hashtags. Write a short story about a lighthouse keeper.": (),
        "Write 3 emails for our drip campaign, with bullet points": (),
        "List 2 laptops under $800 with pros and cons in bullet points": (),
        "Write a short review of my essay that argues against homework and has 5 paragraphs.": (),
        "Write a toast for my sister - exactly 4 sentences - in Spanish": (
            Found("sentences_exact", {"n": 4}), Found("language", {"code": "es"})),
        "Give me plain JSON parsing code in Python.": (),
        "Week 1 Week 2 Week 3 headers in my spreadsheet keep disappearing, how do I freeze them?": (),
        "I already have Day 1 and Day 2 headers; write only the Day 3 section of my Rome itinerary.": (),
        "In my template I call it [Company] but the mail merge fails. Why?": (),
        "Give me a rhyme that ends with 'see you later, alligator'": (
            Found("end_phrase", {"phrase": "see you later, alligator"}),),
        "Write a poem with rhymes that end with 'ing'.": (),
        'My monitor is 27" wide. Write a short listing for it, under 50 words, and use the phrase "barely used".': (
            Found("words_max", {"n": 49}), Found("keyword_include", {"words": ["barely used"]})),
    })


def test_the_sixty_third_review_an_evaluator_s_set_in_eight_voices() -> None:
    """264 requests like an evaluator's hidden set written by eight people in their own voices (a teacher, a marketer,
    a developer, a nurse, a retiree, a student typing in lowercase, a non-native speaker, a lawyer), written blind at
    9e2a59c: first read 0.918 recall, 0.976 precision, 44 of 47 controls clean
    (tests/reward_models/review_sixtythree.py)."""
    _assert_review("review_sixtythree", at_least=247)
