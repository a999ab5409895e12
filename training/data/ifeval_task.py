"""The bundled task: verifiable instruction following, in the spirit of IFEval (Zhou et al. 2023, arXiv:2311.07911).

Each prompt is a short writing task about a topic ("Explain how vaccines work to a child.") followed by one or two
instructions whose success a program can check ("Answer in fewer than 25 words.", 'Include the word "because"
in your answer.'). The oracle judge scores a response by the fraction of instructions it satisfies, so best-of-N
and reward models have something real to improve, measured without a human or an LLM judge.

- `CONSTRAINTS` is the registry: kind -> `ConstraintType` (arg sampler, canonical instruction sentence, a regex that
  parses that sentence back, the checker and the tags that say which kinds cannot be combined).
- `make_prompts(split, n, seed)` builds prompts deterministically; held-out prompts use topics never seen in train.
- `ConstraintJudgeReward` is the judge as a `RewardModel` (name "ifeval-judge"): it parses the instructions back
  out of the prompt text, so the server can use the oracle like any reward model.

The kinds and their weights were tuned on SmolLM2-135M-Instruct samples (see bundled/manifest.json) so that
most are satisfied sometimes but not always. Run `python -m training.data.ifeval_task` to print a few prompts.
"""

import json
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from reward_models.base import Prompt, prompt_to_text

# ---------------------------------------------------------------------------------------------------- text helpers

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_BULLET = re.compile(r"^\s*[*-] +\S", re.MULTILINE)
_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")
_FENCE = re.compile(r"^```(?:json|JSON)?[ \t]*\n?(.*?)\n?```$", re.DOTALL)
_TITLE = re.compile(r"<<[^<>\n]+>>")
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")
_BOLD = re.compile(r"\*\*[^*\n]+\*\*")
_POSTSCRIPT = re.compile(r"^\s*P\.\s?S\.", re.MULTILINE | re.IGNORECASE)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def count_sentences(text: str) -> int:
    """Sentences end with . ! or ? followed by whitespace; a line break also ends one (list items)."""
    return sum(1 for part in _SENTENCE_SPLIT.split(text.strip()) if re.search(r"\w", part))


def count_bullets(text: str) -> int:
    """Lines starting with "* " or "- " (bold "**x**" lines do not count)."""
    return len(_BULLET.findall(text))


def count_paragraphs(text: str) -> int:
    return sum(1 for part in _PARAGRAPH_SPLIT.split(text.strip()) if part.strip())


def has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text, re.IGNORECASE) is not None


def parses_as_json(text: str) -> bool:
    """The whole response is a JSON object or array, optionally inside one ```json fence."""
    body = text.strip()
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group(1).strip()
    try:
        value = json.loads(body)
    except ValueError:
        return False
    return isinstance(value, (dict, list))


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


# ---------------------------------------------------------------------------------------------------- registry

Args = dict[str, Any]


@dataclass(frozen=True)
class ConstraintType:
    """One kind of verifiable instruction.

    `render(args)` gives the canonical English sentence; `pattern` matches exactly that sentence and `parse(match)`
    recovers the args, so `parse(pattern.search(render(a))) == a`. Two kinds sharing a tag never share a prompt.
    `weight` is the relative sampling frequency.
    """

    kind: str
    sample: Callable[[random.Random], Args]
    render: Callable[[Args], str]
    pattern: re.Pattern[str]
    parse: Callable[[re.Match[str]], Args]
    check: Callable[[str, Args], bool]
    tags: frozenset[str]
    weight: float = 1.0


def _no_args(_: Any) -> Args:
    return {}


def _int_arg(choices: Sequence[int]) -> Callable[[random.Random], Args]:
    return lambda rng: {"n": rng.choice(list(choices))}


def _parse_n(m: re.Match[str]) -> Args:
    return {"n": int(m.group("n"))}


def _phrase_arg(choices: Sequence[str]) -> Callable[[random.Random], Args]:
    return lambda rng: {"phrase": rng.choice(list(choices))}


def _parse_phrase(m: re.Match[str]) -> Args:
    return {"phrase": m.group("phrase")}


def _starts_with(text: str, phrase: str) -> bool:
    return text.lstrip().lower().startswith(phrase.lower())


def _ends_with(text: str, phrase: str) -> bool:
    return text.rstrip().lower().endswith(phrase.lower())


def _wrapped_in_quotes(text: str) -> bool:
    s = text.strip()
    return len(s) >= 2 and s[0] in "\"“" and s[-1] in "\"”"


def _all_case(text: str, upper: bool) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() if upper else c.islower() for c in letters)


# Word lists are disjoint from each other and from the phrases, so no two sampled constraints contradict.
KEYWORDS = ("because", "example", "simple", "together", "history", "future", "surprising", "everyday", "careful")
AVOID_WORDS = ("very", "also", "really", "many", "important", "just", "things", "good", "great", "lot")
START_PHRASES = ("Here is", "In short", "Sure", "My answer", "Did you know")
END_PHRASES = ("Hope this helps.", "Thank you for reading.", "That is all.", "Any questions?")

_QUOTED = r'"(?P<phrase>[^"\n]+)"'


def _sample_avoid(rng: random.Random) -> Args:
    return {"words": rng.sample(list(AVOID_WORDS), rng.choice([1, 2]))}


def _render_avoid(a: Args) -> str:
    words = a["words"]
    if len(words) == 1:
        return f'Do not use the word "{words[0]}".'
    return "Do not use the words " + " or ".join(f'"{w}"' for w in words) + "."


def _parse_avoid(m: re.Match[str]) -> Args:
    return {"words": re.findall(r'"([^"\n]+)"', m.group("words"))}


_TYPES: list[ConstraintType] = [
    ConstraintType(
        "max_words",
        _int_arg((15, 25, 40)),
        lambda a: f"Answer in fewer than {a['n']} words.",
        re.compile(r"Answer in fewer than (?P<n>\d+) words\."),
        _parse_n,
        lambda r, a: count_words(r) < a["n"],
        frozenset({"length"}),
    ),
    ConstraintType(
        "min_words",
        _int_arg((40, 60)),
        lambda a: f"Answer in at least {a['n']} words.",
        re.compile(r"Answer in at least (?P<n>\d+) words\."),
        _parse_n,
        lambda r, a: count_words(r) >= a["n"],
        frozenset({"length"}),
    ),
    ConstraintType(
        "max_sentences",
        _int_arg((1, 2, 3)),
        lambda a: f"Answer in at most {a['n']} {_plural(a['n'], 'sentence')}.",
        re.compile(r"Answer in at most (?P<n>\d+) sentences?\."),
        _parse_n,
        lambda r, a: count_sentences(r) <= a["n"],
        frozenset({"length", "structure"}),
    ),
    ConstraintType(
        "bullet_points",
        _int_arg((2, 3, 4)),
        lambda a: f'Use exactly {a["n"]} bullet points, each on its own line starting with "* ".',
        re.compile(r'Use exactly (?P<n>\d+) bullet points, each on its own line starting with "\* "\.'),
        _parse_n,
        lambda r, a: count_bullets(r) == a["n"],
        frozenset({"structure"}),
    ),
    ConstraintType(
        "paragraphs",
        _int_arg((2, 3)),
        lambda a: f"Write exactly {a['n']} paragraphs, separated by blank lines.",
        re.compile(r"Write exactly (?P<n>\d+) paragraphs, separated by blank lines\."),
        _parse_n,
        lambda r, a: count_paragraphs(r) == a["n"],
        frozenset({"structure"}),
    ),
    ConstraintType(
        "lowercase",
        _no_args,
        lambda a: "Write your entire answer in lowercase letters, with no capital letters at all.",
        re.compile(r"Write your entire answer in lowercase letters, with no capital letters at all\."),
        _no_args,
        lambda r, a: _all_case(r, upper=False),
        frozenset({"case"}),
    ),
    ConstraintType(
        "uppercase",
        _no_args,
        lambda a: "Write your entire answer in capital letters only.",
        re.compile(r"Write your entire answer in capital letters only\."),
        _no_args,
        lambda r, a: _all_case(r, upper=True),
        frozenset({"case"}),
    ),
    ConstraintType(
        "include_keyword",
        lambda rng: {"word": rng.choice(KEYWORDS)},
        lambda a: f'Include the word "{a["word"]}" in your answer.',
        re.compile(r'Include the word "(?P<word>[^"\n]+)" in your answer\.'),
        lambda m: {"word": m.group("word")},
        lambda r, a: has_word(r, a["word"]),
        frozenset({"keyword"}),
    ),
    ConstraintType(
        "avoid_words",
        _sample_avoid,
        _render_avoid,
        re.compile(r'Do not use the words? (?P<words>"[^"\n]+"(?: or "[^"\n]+")*)\.'),
        _parse_avoid,
        lambda r, a: not any(has_word(r, w) for w in a["words"]),
        frozenset({"keyword"}),
    ),
    ConstraintType(
        "start_with",
        _phrase_arg(START_PHRASES),
        lambda a: f'Start your answer with the exact phrase "{a["phrase"]}".',
        re.compile(rf"Start your answer with the exact phrase {_QUOTED}\."),
        _parse_phrase,
        lambda r, a: _starts_with(r, a["phrase"]),
        frozenset({"start", "case"}),
    ),
    ConstraintType(
        "end_with",
        _phrase_arg(END_PHRASES),
        lambda a: f'End your answer with the exact phrase "{a["phrase"]}".',
        re.compile(rf"End your answer with the exact phrase {_QUOTED}\."),
        _parse_phrase,
        lambda r, a: _ends_with(r, a["phrase"]),
        frozenset({"end", "case"}),
    ),
    ConstraintType(
        "end_question",
        _no_args,
        lambda a: "End your answer with a question.",
        re.compile(r"End your answer with a question\."),
        _no_args,
        lambda r, a: r.rstrip().endswith("?"),
        frozenset({"end"}),
    ),
    ConstraintType(
        "json_format",
        _no_args,
        lambda a: "Format your entire answer as valid JSON.",
        re.compile(r"Format your entire answer as valid JSON\."),
        _no_args,
        lambda r, a: parses_as_json(r),
        frozenset({"format", "structure", "start", "end", "punct"}),
    ),
    ConstraintType(
        "no_commas",
        _no_args,
        lambda a: "Do not use any commas in your answer.",
        re.compile(r"Do not use any commas in your answer\."),
        _no_args,
        lambda r, a: "," not in r,
        frozenset({"punct"}),
    ),
    ConstraintType(
        "quotation",
        _no_args,
        lambda a: "Wrap your entire answer in double quotation marks.",
        re.compile(r"Wrap your entire answer in double quotation marks\."),
        _no_args,
        lambda r, a: _wrapped_in_quotes(r),
        frozenset({"format", "start", "end"}),
    ),
    ConstraintType(
        "title",
        _no_args,
        lambda a: "Give your answer a title wrapped in double angular brackets, such as <<my title>>.",
        re.compile(r"Give your answer a title wrapped in double angular brackets, such as <<my title>>\."),
        _no_args,
        lambda r, a: _TITLE.search(r) is not None,
        frozenset({"format", "start"}),
    ),
    ConstraintType(
        "postscript",
        _no_args,
        lambda a: "At the end of your answer, add a postscript starting with P.S.",
        re.compile(r"At the end of your answer, add a postscript starting with P\.S\."),
        _no_args,
        lambda r, a: _POSTSCRIPT.search(r) is not None,
        frozenset({"end"}),
    ),
    ConstraintType(
        "placeholders",
        _int_arg((1, 2)),
        lambda a: f"Include at least {a['n']} {_plural(a['n'], 'placeholder')} in square brackets, such as [name].",
        re.compile(r"Include at least (?P<n>\d+) placeholders? in square brackets, such as \[name\]\."),
        _parse_n,
        lambda r, a: len(_PLACEHOLDER.findall(r)) >= a["n"],
        frozenset({"placeholder"}),
    ),
    ConstraintType(
        "highlight",
        _int_arg((1, 2)),
        lambda a: f"Highlight at least {a['n']} key {_plural(a['n'], 'phrase')} in bold markdown, like **this**.",
        re.compile(r"Highlight at least (?P<n>\d+) key phrases? in bold markdown, like \*\*this\*\*\."),
        _parse_n,
        lambda r, a: len(_BOLD.findall(r)) >= a["n"],
        frozenset({"bold"}),
    ),
]

CONSTRAINTS: dict[str, ConstraintType] = {t.kind: t for t in _TYPES}


@dataclass(frozen=True)
class Constraint:
    """A concrete instruction: a registered kind with its arguments."""

    kind: str
    args: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in CONSTRAINTS:
            raise ValueError(f"unknown constraint kind {self.kind!r}; known: {sorted(CONSTRAINTS)}")

    @property
    def type(self) -> ConstraintType:
        return CONSTRAINTS[self.kind]

    def instruction(self) -> str:
        """The canonical English sentence appended to the prompt."""
        return self.type.render(self.args)

    def check(self, response: str) -> bool:
        return bool(self.type.check(response, self.args))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "args": dict(self.args)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Constraint":
        return cls(d["kind"], dict(d.get("args", {})))


def judge(response: str, constraints: Sequence[Constraint]) -> float:
    """Fraction of constraints the response satisfies, in [0, 1] (partial credit); 0.0 with no constraints."""
    if not constraints:
        return 0.0
    return sum(c.check(response) for c in constraints) / len(constraints)


def passes(response: str, constraints: Sequence[Constraint]) -> bool:
    """True when every constraint is satisfied (and there is at least one)."""
    return bool(constraints) and all(c.check(response) for c in constraints)


def parse_constraints(text: str) -> list[Constraint]:
    """Recover the constraints whose canonical sentences appear in `text`, in order of appearance."""
    found: list[tuple[int, Constraint]] = []
    for ctype in CONSTRAINTS.values():
        for m in ctype.pattern.finditer(text):
            found.append((m.start(), Constraint(ctype.kind, ctype.parse(m))))
    return [c for _, c in sorted(found, key=lambda x: x[0])]


# ---------------------------------------------------------------------------------------------------- prompts

TOPICS: tuple[str, ...] = (
    "the ocean", "how vaccines work", "a day at a bakery", "the moon", "recycling", "learning to ride a bike",
    "honey bees", "volcanoes", "the history of tea", "rainforests", "saving money", "how rainbows form",
    "a trip to the zoo", "growing tomatoes", "the water cycle", "friendship", "the first telescope", "penguins",
    "a rainy afternoon", "how computers store data", "the importance of sleep", "a city at night", "chess",
    "the solar system", "making bread", "dinosaurs", "public libraries", "wind energy", "a walk in the forest",
    "the human heart", "playing the guitar", "desert animals", "how bridges stay up", "a birthday party",
    "learning a new language", "the Great Wall of China", "snow", "electric cars", "a busy train station",
    "photosynthesis", "camping", "the invention of the printing press", "owls", "keeping a journal",
    "how magnets work", "a summer festival", "coral reefs", "the olympic games", "sunflowers",
    "earthquakes", "a lighthouse", "drinking enough water", "the internet", "a school garden", "whales",
    "how airplanes fly", "a sailing trip", "composting", "ancient Egypt", "a farmers market", "the wheel",
    "butterflies", "team sports", "clouds", "a hot air balloon", "robots", "healthy breakfasts", "the Amazon river",
    "a lost umbrella", "solar panels", "origami", "a trip to the beach", "how glasses help people see", "maps",
    "a thunderstorm", "elephants", "learning to swim", "space exploration", "a pet cat", "board games",
    "the seasons", "museums", "a mountain hike", "bicycles", "how soap cleans", "a morning routine", "trees",
    "pirates", "a village market", "kites", "the telephone", "ants", "a picnic in the park",
)

# Every fifth topic is held out: held-out prompts are about subjects the training data never mentions.
HELDOUT_TOPICS: tuple[str, ...] = TOPICS[4::5]
TRAIN_TOPICS: tuple[str, ...] = tuple(t for i, t in enumerate(TOPICS) if i % 5 != 4)

TASKS: tuple[str, ...] = (
    "Write a short paragraph about {topic}.",
    "Explain {topic} to a child.",
    "Give some tips about {topic}.",
    "Describe {topic}.",
    "Write a short story about {topic}.",
    "What is interesting about {topic}?",
    "Write a short note to a friend about {topic}.",
    "Tell me a fun fact about {topic}.",
    "Write a short poem about {topic}.",
    "Why should people care about {topic}?",
)

# Probability of 1 vs 2 constraints per prompt.
N_CONSTRAINTS_WEIGHTS: dict[int, float] = {1: 0.4, 2: 0.6}


@dataclass
class TaskPrompt:
    """A prompt of the bundled task: chat messages, the constraints rendered into them, and the topic."""

    messages: list[dict]
    constraints: list[Constraint]
    topic: str

    @property
    def text(self) -> str:
        return self.messages[-1]["content"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "messages": [dict(m) for m in self.messages],
            "constraints": [c.to_dict() for c in self.constraints],
            "topic": self.topic,
        }


def _sample_constraints(rng: random.Random, n: int) -> list[Constraint]:
    chosen: list[Constraint] = []
    tags: set[str] = set()
    for _ in range(n):
        options = [t for t in CONSTRAINTS.values() if not (t.tags & tags)]
        ctype = rng.choices(options, weights=[t.weight for t in options])[0]
        chosen.append(Constraint(ctype.kind, ctype.sample(rng)))
        tags |= ctype.tags
    return chosen


def make_prompt(topic: str, task: str, constraints: Sequence[Constraint]) -> TaskPrompt:
    """Render one prompt: the task sentence followed by each constraint's instruction."""
    content = " ".join([task.format(topic=topic), *(c.instruction() for c in constraints)])
    return TaskPrompt([{"role": "user", "content": content}], list(constraints), topic)


def make_prompts(split: Literal["train", "heldout"], n: int, seed: int) -> list[TaskPrompt]:
    """`n` distinct prompts for a split, the same for the same (split, n, seed)."""
    topics = {"train": TRAIN_TOPICS, "heldout": HELDOUT_TOPICS}[split]
    rng = random.Random(f"ifeval-{split}-{seed}")  # str seeds are hashed deterministically (sha512)
    prompts: list[TaskPrompt] = []
    seen: set[str] = set()
    for _ in range(50 * n + 100):
        if len(prompts) == n:
            break
        k = rng.choices(list(N_CONSTRAINTS_WEIGHTS), weights=list(N_CONSTRAINTS_WEIGHTS.values()))[0]
        prompt = make_prompt(rng.choice(topics), rng.choice(TASKS), _sample_constraints(rng, k))
        if prompt.text not in seen:
            seen.add(prompt.text)
            prompts.append(prompt)
    if len(prompts) < n:
        raise ValueError(f"could only make {len(prompts)} distinct {split} prompts, asked for {n}")
    return prompts


# ---------------------------------------------------------------------------------------------------- reward model


class ConstraintJudgeReward:
    """The oracle judge as a rule reward model: parse the prompt's instructions back, return `judge()`.

    Prompts are text or chat messages (the last user turn is read). A prompt with no recognised instruction
    scores 0.0 for every response.
    """

    name = "ifeval-judge"
    version = "1"

    def score(self, prompts: list[Prompt], responses: list[str]) -> list[float]:
        if len(prompts) != len(responses):
            raise ValueError(f"{len(prompts)} prompts for {len(responses)} responses")
        parsed: dict[str, list[Constraint]] = {}
        scores: list[float] = []
        for prompt, response in zip(prompts, responses):
            text = prompt_to_text(prompt)
            if text not in parsed:
                parsed[text] = parse_constraints(text)
            scores.append(judge(response, parsed[text]))
        return scores


if __name__ == "__main__":
    for p in make_prompts("train", 5, seed=0) + make_prompts("heldout", 3, seed=0):
        print(f"[{p.topic}] {p.text}")
