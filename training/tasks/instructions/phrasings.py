"""All phrasings of task v2 and how one constraint is rendered into words.

`PHRASINGS[family]` lists `(position, template)` pairs from the three tables (`phrasings_shape`, `phrasings_form`,
`phrasings_words`). Templates are `str.format` strings over the family's fields (`families.Family.fields`). The
last `HELDOUT_PER_FAMILY` phrasings of each family belong to the test_phrasings split only.
"""

from training.tasks.instructions.families import FAMILIES, Constraint
from training.tasks.instructions.phrasings_form import FORM
from training.tasks.instructions.phrasings_shape import SHAPE
from training.tasks.instructions.phrasings_words import WORDS

Phrasing = tuple[str, str]
POSITIONS = ("before", "after", "inside")
HELDOUT_PER_FAMILY = 2

PHRASINGS: dict[str, tuple[Phrasing, ...]] = {**SHAPE, **FORM, **WORDS}


def train_phrasings(family: str) -> range:
    """Indices of the phrasings that train and validation prompts may use."""
    return range(len(PHRASINGS[family]) - HELDOUT_PER_FAMILY)


def heldout_phrasings(family: str) -> range:
    """Indices of the family's last phrasings, used only by the test_phrasings split."""
    n = len(PHRASINGS[family])
    return range(n - HELDOUT_PER_FAMILY, n)


def position(kind: str, index: int) -> str:
    return PHRASINGS[kind][index][0]


def render(constraint: Constraint) -> str:
    """The constraint in words, with its own phrasing (an "inside" fragment comes without its parentheses)."""
    if constraint.phrasing < 0:
        raise ValueError(f"constraint {constraint.kind} has no phrasing index")
    _, template = PHRASINGS[constraint.kind][constraint.phrasing]
    return template.format(**constraint.family.fields(constraint.args))


def _check_tables() -> None:
    """Every family has phrasings, at least 6, and every position is a known one (checked at import)."""
    missing = set(FAMILIES) ^ set(PHRASINGS)
    if missing:
        raise ValueError(f"families and phrasing tables differ: {sorted(missing)}")
    for family, entries in PHRASINGS.items():
        if len(entries) < 6 or any(pos not in POSITIONS for pos, _ in entries):
            raise ValueError(f"{family}: need >= 6 phrasings with positions in {POSITIONS}")


_check_tables()
