"""Word, phrase and option pools the parameter samplers draw from (our own lists).

The pools are disjoint where two families could otherwise contradict each other: no avoided word is a required
keyword, a counted word, or part of a start phrase, end phrase or answer option, and no phrase or option holds a
comma (so "no commas" combines with them). `tests/training/tasks/instructions/test_families.py` checks this.
"""

INCLUDE_WORDS: tuple[str, ...] = (
    "simple", "together", "careful", "honest", "patient", "bright", "balance", "curious", "steady", "gentle",
    "journey", "moment", "practical", "quiet", "energy", "promise", "reason", "season", "window", "garden",
)
AVOID_WORDS: tuple[str, ...] = (
    "very", "really", "just", "also", "many", "things", "important", "great", "good", "lot", "always", "best",
)
FREQUENCY_WORDS: tuple[str, ...] = ("time", "people", "help", "day", "new", "work", "home", "world", "idea", "plan")
LETTERS: tuple[str, ...] = ("b", "c", "d", "f", "g", "h", "k", "l", "m", "p", "w", "y")
START_PHRASES: tuple[str, ...] = (
    "Here is my take", "Let me explain", "To begin", "Quick answer", "Honestly", "In a nutshell", "Picture this",
    "Okay so", "First of all", "Well",
)
END_PHRASES: tuple[str, ...] = (
    "That is my answer.", "Thanks for asking.", "Hope that helps!", "Let me know what you think.", "Until next time.",
    "That sums it up.", "End of story.", "Over to you.",
)
OPTION_SETS: tuple[tuple[str, ...], ...] = (
    ("yes", "no", "it depends"),
    ("agree", "disagree"),
    ("definitely", "probably not", "not sure"),
    ("worth it", "not worth it"),
    ("true", "false"),
    ("absolutely", "maybe", "no way"),
)
SECTION_MARKERS: tuple[str, ...] = ("Part", "Section", "Step", "Chapter")
POSTSCRIPT_MARKERS: tuple[str, ...] = ("P.S.", "P.P.S.")
SEPARATOR = "******"

NUMBER_WORDS: dict[int, str] = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
    12: "twelve", 15: "fifteen", 20: "twenty", 25: "twenty-five", 30: "thirty", 40: "forty", 50: "fifty",
    60: "sixty", 80: "eighty",
}
