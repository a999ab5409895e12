"""`rule:instructions`: read the verifiable instructions a request states, and check the answer against them.

`parse_instructions(text)` finds instructions such as "at most 50 words", "in all lowercase", "mention "garden"",
"end with "Over to you."" in a request's text and returns them as `Found(kind, args)`, one per instruction,
where `kind` names a checker of `reward_models.checkers` and `args` are its arguments. `InstructionReward` scores an
answer by the fraction of the found instructions it satisfies (0.0 when none is found, so a request without any
leaves the ranking to the other members of an ensemble). A chat prompt is read by `read_prompt`: its last user
message, then the standing rules of its system message on what the request leaves open (`_system_rules`).

How it reads: what spans sentences is read first (options listed on their own lines; section labels and their
count). The rest is cut into clauses: sentences (quoted text never ends one early) and the comma-separated parts of
a parenthesis ("(in lowercase, under 50 words)"). The first detector of `EXCLUSIVE` that fires claims a clause
with its quoted words (a start phrase is not also a keyword); then each detector of `SHARED` (case, commas, JSON,
counts) reads it with its quotes blanked, unless one that fired blocks it ("at least 3 words in ALL CAPS" is
`capital_words`, not also `words_min`). The detectors key on cue words and numbers ("no more than", "or fewer",
"sentences", a quoted phrase after "begin with"), not on whole sentences, so that they read phrasings they were not
written from. They were written from the
first five phrasings of the bundled task's training families and general English, never from a benchmark's prompts;
the four held-out families of task v2 (numbered lists, code blocks, hashtags, no digits) got readers later, written
from general English without their phrasings (users ask for them); `rule:instructions?skip=numbered_list,code_block,
hashtags,no_digits` leaves them unread, so the test_families split can still measure the learned model alone.
`repeat_request` is read with several readings of "the request" (`_request_readings`): which part of a message a
writer means cannot be told reliably.

"Answer in French" is checked by language identification (py3langid, its model bundled in the wheel; English is
not checked). Every pattern is compiled by RE2 (linear time: the request is untrusted) and the request is read up to
`MAX_REQUEST_CHARS`.

Usage:
    parse_instructions('Describe a lighthouse in exactly 3 sentences. Do not use "very".')
    # -> [Found('sentences_exact', {'n': 3}), Found('keyword_avoid', {'words': ['very']})]
    build_rule("rule:instructions").score([prompt], [answer])
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from aligned_core import text as tx
from reward_models import checkers as ck
from reward_models.base import Prompt, prompt_to_messages
from reward_models.rules import RuleReward, compile_linear

MAX_REQUEST_CHARS = 8_000  # instructions live in the request's text; a longer message is read up to here
MAX_INSTRUCTIONS = 20  # read from one request: each one is checked on every candidate
MAX_WORDS = 10  # keywords per instruction (each is one scan of every candidate)
MAX_ALL_WORDS = 30  # keywords over all of a request's instructions
MAX_CLAUSES = 200  # clauses read from one request (a natural one has a few dozen at most)
MAX_COUNT = 10_000  # a count above this is not an instruction an answer could follow (and would cost to check)
INSTRUCTIONS_VERSION = "2"  # 2: graded by two readings of words, sentences and keywords (checkers.graded)

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS = {**{w: i + 1 for i, w in enumerate(_UNITS)}, **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
                 "hundred": 100, "a hundred": 100, "a dozen": 12, "a single": 1, "single": 1}
# a whole number (never the tail of a longer one: "1,200" is 1200, not 200), or number words up to "nine hundred
# and ninety-nine" ("two hundred and fifty", "forty-five", "a dozen")
_BELOW_100 = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[:9]) + r"))?|"
              + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")")
_HUNDREDS = r"(?:a|" + "|".join(_UNITS[:9]) + r")\s+hundred(?:\s+(?:and\s+)?" + _BELOW_100 + r"\b)?"
_NUM = (r"(\b\d{1,3}(?:,\d{3})+\b|\b\d+\b|\b(?:" + _HUNDREDS + "|a dozen|a single|single|hundred|" + _BELOW_100
        + r")\b)")


@cache
def _re(pattern: str) -> Any:
    return compile_linear(pattern, ignore_case=True)


_CLAUSE = _re(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_MASK = _re(r"\x00(\d+)\x00")
# P.S. and P.P.S. are masked without their last period, which ends a sentence ("... starts with P.S. Use ...")
# unless a lowercase word follows ("What does P.S. stand for?"): then it goes (group 1 keeps the space and letter).
_ABBREVIATION = compile_linear(r"(?i:\bp\.\s?p\.\s?s|\bp\.\s?s)(\.(\s+[a-z0-9]))?|"
                               r"(?i:\be\.g\.|\bi\.e\.|\bvs\.|\betc\.|\b[a-z]\.[a-z]\.(?:[a-z]\.)?|"
                               r"\b(?:max|min|approx|ca)\.\s?\d|"  # "e.e. cummings"; "max. 120 words" ends nothing
                               # nor a file's extension, a file name or a decimal ("every .txt file", "app.py", "3.5")
                               r"\B\.[a-z][a-z0-9]{0,4}\b|\b\d+\.\d+\b|\b[\w-]+\.(?:py|js|ts|txt|csv|json|md|html|css|sh|"
                               r"ya?ml|xml|sql|java|go|rs|cpp|rb|php|pdf|docx?|xlsx?|pptx?|png|jpe?g|log|ini|toml|cfg)\b)")
# single quotes only where they are not apostrophes: a non-word character (or an end) on their outer side
# (an apostrophe between letters stays inside a single-quoted phrase: 'We've got this.'; one opening a word, as in
# 'Tis or '90s, opens nothing)
_QUOTED = _re(r"\"([^\"\n]{1,80})\"|“([^”\n]{1,80})”|\B'((?:[^'\n]|[a-z]'[a-z]){1,140})'\B|"
              r"\B‘([^’\n]{1,80})’\B")
_UNIT = _re(_NUM + r"[\s-]*(\+|or more|or fewer|or less)?\s*(?:(?:markdown|short|concise|separate|distinct|full|"
            r"complete|clear|brief|simple|detailed)\s+)?(words?|sentences?|paragraphs?|bullet(?:ed)? points?"
            r"|bullets|bullet items|bullet[\s-]+(?:[a-z]+\s+)?(?:list|checklist|summary)|bullet)\b")
# "do not write fewer than", "don't go over"
_NOT_FEWER = _re(r"\b(?:no(?:t)?|don'?t|never|nothing)\s+(?:[a-z]+\s+)?(?:fewer|less|shorter)\s+th[ae]n")
_NOT_MORE = _re(r"\b(?:no(?:t)?|don'?t|never|avoid|shouldn'?t|mustn'?t|can'?t|cannot|refrain from using)\s+"
                r"(?:[a-z]+\s+)?(?:more|longer)\s+th[ae]n|"
                r"\b(?:no|not|don'?t|doesn'?t|never|without|from|shouldn'?t|mustn'?t|can'?t|cannot|won'?t)\s+"
                r"(?:\w+\s+){0,2}?(?:go(?:es|ing)?|run(?:s|ning)?) (?:over|past|beyond)|more than that|"
                r"\b(?:not|never)\s+(?:\w+\s+)?(?:beyond|exceed)|"
                r"\bnothing\s+(?:over|above|beyond|past|longer than|more than)\b")
_AT_MOST = _re(r"(\bATMOST\b|at most|\bcap it at|\bcaps\s+(?:\w+\s+){0,2}at\s*$|"
               r"\bhard (?:stop|cap|limit)(?:\s+(?:is|of|at))?\s*$|"
               r"fewer than|less than|less then|fewer then|"
               r"under|below|up to|within|limit|shy of\s*$|\bceiling of\s*$|"
               r"maximum|\bmaximal\s*$|fit in|"
               r"^\W*(?:(?:and|so|but|please)\s+)?(?:let|have|make)\s+it\s+tops? out at\s*$|"
               r"^\W*(?:(?:and|so|but)\s+)?(?:it|the (?:answer|reply|response|whole thing)|your (?:answer|reply|"
               r"response))\s+(?:should|must|can|may|needs? to)\s+tops? out at\s*$|"
               r"\bmax\b|(?:\bnot|n't|\bnever|\bwithout|\bno)\s+(?:\w+\s+)?exceed\w*|or fewer|or less|"
               r"shorter than|\bconfine\w*\s+(?:\w+\s+){0,3}?to)")
# "Your answer should exceed 200 words": a floor asked of the answer ("This will exceed 300 words" predicts; "entries
# must exceed 300 words" is someone's rule)
_EXCEED_ASKED = (r"(?:^\W*|\b(?:your|the|this)\s+(?:answer|response|reply|essay|output|text|piece|story|article|"
                 r"contribution|submission)\s+|\bit\s+)(?:should|must|shall|needs? to)\s+exceed")
_AT_LEAST = _re(r"(\bATLEAST\b|at least|minimum|or more|\+|more than|more then|\bover\b|runs? to|longer than|"
                r"\bgo(?:es)? past\b|"
                r"(?:upwards of|in excess of)\s*$|" + _EXCEED_ASKED + r"\s*$)")
# ("upwards of", "in excess of", "should exceed" only right before the count: "upwards of 50 guests" is none)
_EXACT = _re(r"(exactly|precisely|just|no more and no fewer)")
# "Keep it to 100 words", "keep the summary down to 80 words" (not "keep each bullet to 10 words": a part's)
_KEEP_TO = (r"\b(?:keep|hold)\s+(?:it|this|that|the (?:answer|reply|response|summary|post|email|message|note|bio|"
            r"caption|description|intro|whole thing)|your (?:answer|reply|response))\s+(?:down\s+)?to\s*$")
_STRICT = _re(r"(fewer than|less than|less then|fewer then|more than|shorter than|longer than|under|below|over|"
              + _EXCEED_ASKED + r"|"
              r"above|shy of|upwards of|in excess of|\bgo(?:es)? past(?:\s+(?:a|an|the))?)\s*$")


@dataclass(frozen=True)
class Found:
    """One instruction read from a request: a checker of `reward_models.checkers` and its arguments."""

    kind: str
    args: dict[str, Any] = field(default_factory=dict)

    def check(self, response: str) -> bool:
        return bool(getattr(ck, self.kind)(response, **self.args))

    def score(self, response: str) -> float:
        """`check` as a score that also weighs another common reading of the instruction (`checkers.graded`)."""
        return ck.graded(self.kind, response, **self.args)


def _number(token: str) -> int | None:
    token = token.strip().lower().replace(",", "")
    if token.isdigit():
        n: int | None = int(token) if len(token) <= 5 else None
    elif token in _NUMBER_WORDS:
        n = _NUMBER_WORDS[token]
    else:  # "two hundred and fifty", "forty-five"
        n = 0
        for word in token.replace("-", " ").split():
            if word == "hundred":
                n = max(n, 1) * 100
            elif word not in ("a", "and"):
                n += _NUMBER_WORDS.get(word, 0)
    return n if n is not None and 0 < n <= MAX_COUNT else None


def _negated(low: str, cue: str) -> bool:
    """`cue` comes within three words after a negation ("do not use any markdown", "avoid using uppercase"); a
    bound is none ("no fewer than three bracketed placeholders")."""
    low = _BOUND_NEGATION.sub(" bound ", low)
    return _has(low, r"\b(no|not|don't|dont|do not|never|avoid|avoiding|without|refrain from|doesn't|shouldn't|"
                     r"mustn't|won't|can't|cannot)\s+(?:[\w']+\s+){0,3}?(?:"
                     + cue + r")")


_BOUND_NEGATION = _re(r"\b(?:no|not)\s+(?:fewer|less)\s+th[ae]n\b")  # a floor; "no more than 5" stays a negation


# about code or someone else's text, not the answer's form ("a function that returns JSON", "people type in caps")
_CODE = (r"\b(function|script|program|query|regex|css|html|class|method|code)\s+(that|which|to)\b|\breturns\b|"
         r"\bcss\b")
# "I never use commas", "if we use", "I can't use 'whom' correctly"
_HABIT = (r"\b(i|we)\s+(?:\w+\s+)?(never|always|usually|often|rarely|sometimes|don't|do not|tend to|used to)\s+"
          r"(use|write|type)\b|\bif\s+(?:we|i|you|they|students?|people)\s+(?:\w+\s+)?(use|write)\b|"
          r"\bi\s+(?:can'?t|cannot|never)\s+(?:use|spell|pronounce)\b[^.]*\b(?:correctly|properly|right)\b")
_OTHERS = (r"\b(people|someone|he|she|they|students?|users?)\s+(?:\w+\s+)?(type|types|typing|write|writes|writing|"
           r"use|uses|using|avoid|avoids|don't|do not)\b|"
           # a decision or a change told, not asked ("We're debating whether P.S. lines still work", "after we
           # switched to all-caps subject lines", "A client wants their posts in all lowercase", "I've seen ...")
           r"\b(?:debating|wondering|deciding) (?:whether|if)\b|\b(?:we|i|they)\s+(?:switched|moved|changed)\s+to\b|"
           r"\bi'?ve seen\b|\b(?:client|customer|boss|manager|teacher|someone|he|she)\s+wants?\s+(?:their|his|her|"
           r"its)\b|\bmy \w+\s+(?:\w+\s+)?(types|writes|uses|doesn't|does not)\b|^\W*my \w+\s+texts\b")


def _count_of(clause: str, nouns: str) -> int | None:
    """The number counting one of `nouns` ("at least 3 key phrases"), else one after "at least"/"minimum of"."""
    m = _re(_NUM + r"\s*(?:\+|or more)?\s*(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b").search(clause)
    m = m or _re(r"(?:at least|minimum of|no fewer than|not fewer than|or more than|use)\s+" + _NUM + r"\b"
                 ).search(clause)
    m = m or _re(r"\b" + _NUM + r"\s+or more\b").search(clause)
    m = m or _re(r"(?:" + nouns + r")\s*[:,—–-]?\s*" + _NUM + r"\s+(?:at\s+)?minimum\b").search(
        clause)  # "Placeholders: 2 minimum", not "a $15 minimum wage"
    return _number(m.group(1)) if m else None


def _quoted(clause: str) -> list[str]:
    return [next(g for g in m if g) for m in _QUOTED.findall(clause)]


def _has(clause: str, pattern: str) -> bool:
    return _re(pattern).search(clause) is not None


# a request put as a question ("Can you ...?", "Could the answer be all lowercase?", "Is it possible to avoid commas?",
# "How about ending with a question?", "Mind including the word 'Seine'?")
_VERBS = r"(?:keep|write|make|avoid|answer|respond|reply|use|include|end|start|wrap|put|add|give)"
_POLITE = (r"^\W*(?:p\.\s?s\.?\s*)?(?:(?:can|could|would|will) you\b|(?:can|could) (?:it|the answer|the response|"
           r"your answer|your reply|the reply|the text) (?:be|have|include|end|start|stay|use)\b|"
           r"(?:can|could) (?:the|this)\s+(?:[\w-]+\s+)?(?:whole thing|answer|response|reply|text|list|post|letter|"
           r"email|story|poem|essay|recipe|summary|description|bio|speech)\b(?:\s+[\w-]+){0,5}?\s+be\s+(?:kept|written|"
           r"delivered|made|limited)\b|(?:is|would) it (?:be )?possible to " + _VERBS + r"\b|any chance you could\b|"
           r"(?:maybe|perhaps) (?:keep|make|use|write|add|end|start|put|give|stick)\b|"
           r"(?:would you )?mind (?:including|keeping|using|adding|ending|starting|writing|putting|wrapping)\b|"
           r"how about (?:ending|starting|keeping|using|adding|including|making|writing|putting|wrapping)\b|"
           r"what if you (?:used|kept|wrote|added|ended|started|made|put)\b|do you think you could\b)|\bplease\b")
# "Oh, and can the word 'ocean' appear at least twice?", "And can you keep it short?": requests, not questions
_POLITE_WORD = (r"^\W*(?:oh,?\s+)?(?:and|also)\s+(?:can|could|would) you\s+(?:please\s+)?(?:keep|make|write|avoid|"
                r"use|include|end|start|wrap|put|add|give|mention|limit|stick|format|sign|close|finish|skip|leave out|"
                r"cut|spell|answer|respond|reply)\b|"
                r"^\W*(?:oh,?\s+)?(?:and\s+)?(?:can|could) the (?:word|name|term)\s+\S+\s+(?:appear|show up)\s+"
                r"(?:at least\s+)?(?:twice|thrice|\w+\s+times)(?:\s+in\s+(?:it|there|the\s+(?:answer|poem|story|"
                r"post|text|reply|response|song|letter)))?\W*$")
_IMPERATIVES = frozenset({
    "write", "explain", "describe", "list", "summarise", "summarize", "tell", "create", "draft", "compose",
    "generate", "provide", "suggest", "outline",
})


# a question typed without its question mark, opening the clause ("is it bad to start a sentence with 'and' in an
# academic paper", "how many words is a 5 paragraph essay usually")
_UNMARKED_QUESTION = (r"^\W*(?:how (?:many|much|long)\s+(?:[\w-]+\s+)?(?:is|are|does|do|should|can)\b|is it (?:bad|ok|"
                      r"okay|wrong|weird|normal|true|rude|correct|right|fine|better)\b|is there\b|are there\b|why "
                      r"(?:do|does|is|are)\b)[^.!?\n]*$")


def _asks(clause: str) -> bool:
    """A question about something, rather than an instruction: its clause ends with "?", it is not a polite request
    ("Can you ...?", "please"), and a colon does not follow an instruction ("Answer in two sentences: what is X?")."""
    low = clause.lower()
    tail = low.rsplit(" — ", 1)[-1].rsplit(" – ", 1)[-1]  # "I'm making tongue twisters — can you write one ...?"
    written = _has(tail, r"^\W*(?:can|could|would|will) you\s+(?:please\s+)?(?:write|make|give|draft|create|compose|"
                         r"come up with|put together)\b")  # (not "— can you tell me if that's a bad idea?")
    stripped = low.rstrip(" \t\n)")
    if stripped[-2:] in ("?\"", "?'", "?”", "?’") and stripped[-3:-2].isalnum() and not _has(low, _QUESTION_WORD):
        return False  # "restate my question exactly as written, 'What are ...?'": the quote's question mark
    bare = _QUOTED.sub('""', low)  # ("What's the way to say 'please answer only yes or no' in Korean?")
    if _has(bare, _UNMARKED_QUESTION) and not _has(bare, r"\b(?:write|give|make|draft|create|compose|tell|list|explain|"
                                                         r"describe|summari[sz]e|please|pls|can you|could you|"
                                                         r"would you|you|your)\b|[:;]"):
        return True  # a question typed without its mark ("how many words is a 5 paragraph essay usually")
    if not low.rstrip(" \t\n\"'”’)").endswith("?") or _has(bare, _POLITE) or written or _has(
            bare, _POLITE_WORD):
        return False
    # "... and mention 'x' somewhere?", "Explain gravity, ideally in 3 sentences?": a request's own part, a request
    # with a question mark (a clause after the first opens with a space: there an imperative only, not "Do posts ...?")
    first, word = low.split(" ", 1)[0].strip(" \t\n"), (low.split(None, 1) or [""])[0]
    asked_do = _has(low, r"^\W*do\s+(?:you|i|we|they|people|most|many|all|the|these|those|my|our|writers|"
                         r"editors)\b") or not _has(
        low, r"^do\s+(?:it|a|an|another|one|the|this|that|some|more|me|us|them|him|her|two|three|four|five|six|"
             r"seven|eight|nine|ten|\d+)\b") and not _has(
        low, r"^do\s+(?:keep|explain|write|make|use|give|tell|try|include|add|list|put|say|send|check|remember|"
             r"reply|respond|describe|summari[sz]e|translate|create|draft|compose|find|show|let|be|stay|avoid|start|"
             r"begin|format|mention|not|please)\b|^do\s+(?:quick\s+)?(?:research|answer|end|finish|come up)\s+(?:on|"
             r"about|into|in|with|by|what|whether|up)\b") and _has(
        low, r"^do\s+(?:[a-z]+\s+){1,6}?(?:use|have|need|support|allow|work|require|accept|count|take|"
             r"mean|go|get|belong|come|look|sound|appear|matter)\b[^.!]*\?")  # "Do macros use ...?", not "Do it ...?"
    if (first in _OPENERS | _IMPERATIVES or word in _IMPERATIVES) and not asked_do:  # (not "Do you put a comma ...?")
        return False
    if first in _REQUEST_PARTS:  # "Could you describe your perfect pizza, using the word 'crust' at least twice?"
        return False
    head, colon, _ = low.partition(":")
    return not colon or _has(head, _QUESTION_WORD)


_REPEAT_FIRST = _re(r"(\b(?:repeat|restate)\s+(?:my|the)\s+question(?:\s+back(?:\s+to\s+me)?)?\s+first)(?:\s*,\s*|\s+)"
                    r"(?:and\s+)?(then\s+answer)")  # ("... first, then answer", "... first and then answer")
# "with 'flexibility' appearing at least 3 times and 'commute' at least twice": a second count, its own clause
_SECOND_COUNT = _re(r"([\"'”’]\s+(?:(?:appearing|appears|showing up|used|mentioned)\s+)?(?:at least\s+)?"
                    r"(?:\w+\s+times|twice|thrice))\s*,?\s+and\s+((?:the\s+word\s+)?"
                    r"[\"'“‘][^\"'”’\n]{1,40}[\"'”’]\s+(?:at least\s+)?(?:\w+\s+times|twice|thrice)\b)")
# a separator on a label of its own ("Separator: %%%%"), read where the request asks for two answers
_SEPARATOR_LABEL = _re(r"(?m)((?:^|[.!?])[ \t]*(?:[-*•][ \t]*)?)(?:separator|divider)(?:[ \t]+between[ \t]+them)?"
                       r"[ \t]*:[ \t]*([^\w\s]{3,12})"
                       r"[ \t]*\.?[ \t]*$")
_TWO_ASKED = (r"\b(?:write|give|draft|make|create|compose|provide|suggest|send|generate|offer|come up with)\s+"
              r"(?:me\s+|us\s+)?(?:two|2)\s+(?:[\w-]+\s+){0,3}?(?:[a-z]{2,}s|version|answer|option|variant|draft)\b")
# ("Draft two apology texts", a learner's "Write two version of ...")
# a sentence that only names the divider, where the request asks for two ("Divide with ~~~ please", "Between answers
# put ---")
_SEPARATOR_ALONE = _re(r"(?m)((?:^|[.!?])[ \t]*)(?:(?:please[ \t]+)?(?:divide|separate|split)(?:[ \t]+them)?[ \t]+"
                       r"(?:with|by|using)|between[ \t]+(?:the[ \t]+)?(?:two[ \t]+)?(?:them|answers|versions|responses|"
                       r"options|replies|drafts|poems)[ \t]+(?:put|use|add|insert|place))[ \t]+([^\w\s]{3,12})"
                       r"(?:[ \t]+please)?[ \t]*[.!]?[ \t]*$")
# the keys of a brief whose "Language:" line is the answer's ("Language: French\nLength: max 4 sentences\nTopic: ...")
_BRIEF_KEYS = frozenset({"task", "length", "format", "tone", "audience", "topic", "style", "words", "output", "subject",
                         "constraints", "requirements", "rules", "limit", "word limit", "word count", "content",
                         "response format", "output format", "keywords", "language"})


def _language_line_asks(text: str) -> bool:
    """Whether a bare "Language: X" line asks the answer's language: beside a brief's keys only, in a request that
    asks no question and names no English (not a record, a profile, a form or a learner's question: "Name: Maria
    Lopez\nLanguage: Spanish\nLevel: B2", "Language: German\nWhy are nouns capitalized?")."""
    keys = [m.group(1).strip().lower() for m in _re(r"(?m)^[ \t]*(?:[-*•][ \t]*)?([a-z][a-z ]{1,20}?)[ \t]*:").finditer(
        text)]
    return (all(k in _BRIEF_KEYS for k in keys) and "?" not in text and not _has(text.lower(), r"\benglish\b"))


def _second_count(m: Any) -> str:
    """`_SECOND_COUNT`'s match as two clauses, where its sentence asks for the counts (not "Last time you used 'hope'
    five times and 'future' twice", "avoid saying 'like' three times and 'um' twice")."""
    head = _re(r"[^.!?\n]*$").search(m.string[: m.start()])
    said = (head.group(0) if head else "").lower()
    if _has(said, r"\b(?:avoid\w*|never|not|don'?t|without|no|had|has|have|used|was|were|did|last time|draft|"
                  r"old|previous|says?|said|i|we|you|he|she|they)\b") or not _has(
            said, r"\b(?:use|using|include|including|with|mention\w*|feature\w*|repeat\w*|say)\b"):
        return m.group(0)
    return f"{m.group(1)}; and use {m.group(2)}"


_QUESTION_WORD = r"^\W*(which|what|why|how|who|when|where|is|are|do|does|did|should|would|can)\b"
# the answer's length or shape before a question, up to its comma ("In under a hundred words, why ...?", "In a single
# sentence, what ...?", "In no more than 3 bullet points and under 40 words, what ...?"); not "In other words, ..."
_FORMAT_OPENER = _re(r"^(\W*in\s+(?:(?:under|over|fewer than|less than|more than|no more than|not more than|at most|"
                     r"at least|up to|exactly|just|only|about|around|roughly|a|an|single|short)\s+){0,3}"
                     r"(?:\d+|a|an|one|single|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
                     r"thirty|forty|fifty|hundred|[a-z]+ty(?:-[a-z]+)?)\s+(?:short\s+)?"
                     r"(?:words?|sentences?|paragraphs?|bullet(?:\s*points?)?|bullets)"
                     r"(?:\s+or\s+(?:less|fewer)|\s+max(?:imum)?|\s+tops|\s+at most)?"
                     r"(?:\s+and\s+(?:[\w-]+\s+){1,4}?(?:words?|sentences?|paragraphs?|bullet(?:\s*points?)?|"
                     r"bullets))?)"
                     r"\s*,\s*\S")
# a participle that opens the rest of a request's clause, cut at its comma ("..., avoiding commas completely?")
_REQUEST_PARTS = frozenset({"using", "avoiding", "including", "keeping", "making", "ending", "starting", "beginning",
                            "opening", "closing", "choosing", "mentioning", "without", "putting", "adding", "wrapping",
                            "finishing", "limiting", "sticking", "writing", "formatting", "leaving"})


# ------------------------------------------------------------------------------------------------ detectors
# Each takes a lowercased clause and the clause as written, and returns what it found (possibly nothing) and whether
# it claims the clause: a claimed clause is not read by the detectors after it.

Detection = tuple[list[Found], bool]
_NONE: Detection = ([], False)


# a separator the request names: a run of one symbol ("***", "---", "=====") standing alone (not "t-shirt", not in
# "**bold**"), or counted in words ("a line of six asterisks", "three dashes")
_SEPARATOR_RUN = (r"(?:^|[\s\"'“‘(:])(\*{3,12}|-{3,12}|={3,12}|~{3,12}|#{3,12}|_{3,12}|\+{3,12}|%{3,12}|/{2,12}|"
                  r"\|{2,12})"
                  r"(?:$|[\s\"'”’).,;:?!])")
_SYMBOL_NAMES = {"asterisk": "*", "star": "*", "dash": "-", "hyphen": "-", "equals sign": "=", "equal sign": "=",
                 "tilde": "~", "underscore": "_", "hash": "#", "hash sign": "#", "pound sign": "#", "plus sign": "+"}
_NAMED_RUN = _re(_NUM + r"\s+(" + "|".join(sorted(_SYMBOL_NAMES, key=len, reverse=True)) + r")(?:e?s)\b")
_SPLIT_CUE = (r"\b(?:sep[ae]rat\w*|split|splitting|divid\w*|between|divider|delimit\w*|in between)\b|"
              r"\b(?:a|one)\s+(?:line|row)\s+of\b")


def _separator(low: str) -> str | None:
    """The separator a clause names, as its literal run ("******" for "six asterisks")."""
    m = _re(_SEPARATOR_RUN).search(low)
    if m:
        return m.group(1)
    named = _NAMED_RUN.search(low)
    n = _number(named.group(1)) if named else None
    return _SYMBOL_NAMES[named.group(2)] * n if named and n and 3 <= n <= ck.MAX_SEPARATOR else None


def _separator_asked(low: str) -> bool:
    """A clause that asks for a divided answer (see `_SEPARATOR_ASKED`), not one that tells of one."""
    return _has(low, _SEPARATOR_ASKED) and not _has(low, _SEPARATOR_TOLD)


def _two_responses(low: str, text: str) -> Detection:
    two = _has(low, r"\b(two|2|both|alternative|different|versions?|responses|answers|replies|options|sep[ae]rate\w*|"
                    r"between|them)\b")
    # "two ways (split by a ****** line)": the parenthesis alone; "a pair of distinct opening lines, divided by ******";
    # "Give me the case for each, split by ***."
    split = _has(low, r"(?:^|,)\W*(?:split|divided|sep[ae]rated)\s+(?:by|with)\s+(?:an?\s+)?(?:line of\s+)?\S+"
                      r"(?:\s+line)?\W*$")
    two = (two or split or _has(low, r"\bpair of (?:distinct|different)\b")) and not _has(low, _OTHERS)
    if two and ("******" in low or _has(low, r"six asterisks")):
        run = _re(r"\*{6,}").search(low)  # the run as typed: seven asterisks are seven
        return [Found("two_responses", {"separator": run.group(0) if run else "******"})], True
    # another separator only as asked ("Give me two taglines separated by ***", "two drafts please, with --- between
    # them"), not told ("I separated them with ***", "the two documents separated by ---"), not a divider inside one
    # answer ("Separate the paragraphs with ***") and not a correction on its own ("Wait no, just === is fine.")
    parts = _has(low, r"\b(?:separate|split|divide|the|into|each|all|my|between|with)\s+(?:[\w-]+\s+){0,3}?" + _PARTS +
                 r"|\b(?:between|each)\s+(?:each\s+)?(?:stanza|scene|item|verse|section|paragraph|entry|chapter|day|"
                 r"record|half|point|step|bullet)\b|" +
                 _PARTS + r"\s+(?:are\s+|should be\s+|must be\s+|is\s+)?(?:separated|split|divided)\b|\bheadings?\b")
    # (a divider between parts of each of two answers is theirs: "two poems, separated by ---, with a blank line between
    # stanzas")
    # "Write two sonnets ..., with a blank line between the stanzas" (not "a story about two brothers, chapters
    # separated by ***")
    asked_for = _re(r"(?:^\W*|\b(?:write|give|draft|make|create|compose|send|generate|offer|provide|suggest|come up "
                    r"with)\s+(?:me\s+|us\s+)?)(?:two|2|both)\s+(?:[\w-]+\s+){0,2}?([a-z]+s)\b").search(low)
    # ("I need two versions of my bio, separated by ***, each with two paragraphs": an answer's noun whatever the verb;
    # not "two weeks of meal plans, with the days separated by ***", "two hundred words, paragraphs separated by ***")
    # (not a topic: "an essay comparing two poems", "a review of both songs", "summarizing both options")
    # ("the two posts", "my two bios": the word before the determiner)
    answers = any(noun in _ANSWER_NOUNS and not _has(
        (first if _has(word.strip(), r"^(?:the|these|those|my|your|our|their)$") else word).strip(), _TOPIC_BEFORE)
        for first, word, noun in _re(r"(\b[\w'-]+\s+)?(\b[\w'-]+\s+)?\b(?:two|2|both)\s+(?:[\w-]+\s+){0,2}?"
                                     r"([a-z]+s)\b").findall(low))
    parts = parts and not answers and not (asked_for is not None and asked_for.group(1) not in _PART_NOUNS + _AMOUNTS)
    separator = _separator(low) if two and _separator_asked(low) and not parts and _has(low, _SPLIT_CUE) else None
    if separator is None and "?" not in low and not _has(low, r"^\W*(?:context|question|background|here|the|note)\b") \
            and _has(low, r"(?:^\W*|:\s*)(?:two|2)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(_ANSWER_NOUNS)
                     + r")\s+(?:separated|split|divided)\s+(?:by|with)\s+\S+\s*$"):
        separator = _separator(low)  # "TikTok hook for ...: two options separated by ***"
    if separator is None and _has(low, r"^\W*(?:" + _CORRECTION + r")\W+(?:just|only|use|make it)\b") and len(
            low.split()) <= 8:  # "Wait no, just === is fine."
        separator = _separator(low)
    return ([Found("two_responses", {"separator": separator})], True) if separator else _NONE


# parts of one answer a divider may separate (plural): "Separate the paragraphs with ***" is no second answer
_PART_NOUNS = ("paragraphs", "sections", "stanzas", "verses", "chapters", "scenes", "items", "bullets", "steps",
               "points", "entries", "rows", "columns", "days", "records", "halves", "documents", "articles", "reports",
               "parts", "weeks", "months")
_PARTS = r"(?:" + "|".join(_PART_NOUNS) + r")\b"
# the word before "two <answers>" that makes them a topic ("an essay comparing two poems", "a review of both songs")
_TOPIC_BEFORE = r"^(?:of|about|on|between|with|for|from|in|to|and|or|\w+ing|compares?|covers?|reviews?|analy[sz]es?)$"
# amounts of one answer ("two weeks of meal plans", "two pages on ...", "two hundred words") and the things it lists
_AMOUNTS = ("weeks", "months", "years", "hours", "minutes", "pages", "words", "lines", "lists", "sentences",
            "kinds", "types", "groups", "rounds", "courses", "meals")
# an answer's noun: "two <versions> separated by ***" is two answers whatever the verb ("I need", "Show me")
_ANSWER_NOUNS = frozenset({
    "versions", "options", "variants", "takes", "drafts", "replies", "responses", "answers", "alternatives", "poems",
    "emails", "taglines", "openings", "intros", "toasts", "stories", "letters", "messages", "bios", "captions",
    "headlines", "titles", "summaries", "descriptions", "jokes", "tweets", "posts", "recipes", "rewrites", "slogans",
    "limericks", "haikus", "speeches", "endings", "notes", "ads", "pitches", "sonnets", "songs"})
_SEPARATOR_ASKED = (r"^\W*(?:(?:and|then|also|please|pls|oh|hi|hey|(?:output |response |answer )?format)\W+)*(?:write|"
                    r"give|draft|make|create|provide|"
                    r"generate|offer|list|send|put|use|separate|seperate|split|divide|add|include|tell|come up with|"
                    r"show|respond|reply|answer|let me (?:see|have)|(?:can|could|may) i (?:get|have|see)|"
                    r"i (?:want|need)|i'?d like|i would like|need|want|(?:can|could|would) (?:you|u)|cn (?:you|u)|"
                    r"(?:the\s+)?(?:two|2|both))\b|^\W*(?:split|divided|separated|seperated)\b|,\s*(?:split|divided|"
                    r"separated|seperated)\s+(?:by|with)\b")
_SEPARATOR_TOLD = (r"\b(?:i|we|he|she|they)\s+(?:\w+\s+)?(?:separated|split|divided|separates|splits|divides|always|"
                   r"usually)\b|\b(?:teacher|boss|editor|manager)\s+(?:\w+\s+)?(?:separates|splits|divides)\b|"
                   r"\byou\s+(?:\w+\s+)?(?:separated|divided)\b|\blast time you (?:gave|wrote|sent|used)\b|"
                   r"\b(?:which|that)\s+(?:are|were|is|was)\s+(?:\w+\s+)?(?:separated|split|divided)\b|"
                   r"\bin (?:my|the) (?:draft|notes?)\b|\bseparated\s+(?:by|with)\s+\S+\s+(?:below|in my)\b|"
                   # ("Two drafts are below, separated by ***.")
                   r"\b(?:are|is)\s+(?:below|above|pasted)\s*,\s*(?:separated|split|divided)\b|"
                   r"\bwhether\s+\S+\s+or\s+\S+\s+(?:is|works|looks|reads)\b|\bwhich of the two\b")


_REPEAT = (r"\b(repeat|repeating|copy|copying|echo|echoing|restate|restating|quote|quoting|rewrite|rewriting|reproduce|"
           r"reproducing|write out|writing out|(?:is|are) to be (?:repeated|restated)|paste|pasting|copied|repeated|"
           r"write back|say back|type back|type out|typing out)\b")
# "copy my question back first", "write back my request": the request as it was, without a word for "verbatim"
_BACK = (r"\b(?:copy|repeat|say|write|type)\s+(?:my|the|this)\s+(?:question|request|prompt)\s+back\b|"
         r"\b(?:write|say|type)\s+back\s+(?:my|the|this)\s+(?:question|request|prompt)\b|"
         r"^\W*(?:please\s+)?(?:repeat|restate|type out|copy)\s+(?:my|the)\s+(?:question|request|prompt)\s+(?:first\s*"
         r"(?:[,.;]|and\b|then\b|before\b|$)|before (?:answering|you answer|responding|you respond)\b)")  # "Repeat my
# request first, then answer"
_REQUEST = (r"(?:\b(?:my|the|this|that|your|above|their|his|her)\s+(?:\w+\s+)?|\b(?:this|that)\s+\w+['’]s\s+)"
            r"(request|question|prompt|task|query|"
            r"instructions?)\b")
_VERBATIM = (r"verbatim|word for word|word-for-word|word by word|exactly|unchanged|as written|as it is|"
             r"character for character|without (?:any )?chang|\bexact\b|letter for letter")


def _repeat(low: str, text: str) -> Detection:
    """"Repeat my request word for word, then answer": the request is filled in by `_request_readings`;
    "repeat the sentence 'Why ...?' word for word": the quoted text is the one reading."""
    # (also "restate my question exactly as written, 'What ...?'")
    named = _re(r"\b(?:repeat|restate)\s+(?:the|this|my)\s+(?:sentence|request|question|prompt)(?:\s+(?:exactly|"
                r"verbatim|word for word)(?:\s+as written)?)?\s*,?\s+[\"“'‘]").search(low)
    quoted = _quoted(text[named.end() - 1 :]) if named else []
    # "Answer the question, but first repeat it word for word: Why did the Roman Empire split in two?"
    said = _re(r"\b(?:repeat|restate)\s+(?:it|this|the following)\s+(?:exactly|verbatim|word for word|word-for-word)"
               r"(?:\s+as written)?\s*:\s*(\S[^:]{3,300}\?)\s*$").search(low) or _re(
        # "can u repeat my question first then answer it: why do cats knead blankets"
        r"\b(?:repeat|restate)\s+(?:my|the)\s+question\s+(?:back\s+(?:to\s+me\s+)?)?(?:first|exactly|verbatim|"
        r"word for word)(?:\s+as written)?\s*,?\s*(?:and\s+)?then\s+answer(?:\s+it)?(?:\s+in\s+[^:\n]{1,30})?"
        r"(?:\s*,\s*(?:my|our|i|we|so|as|because|since)\b[^:\n]{1,60})?\s*:\s*"  # (", my students need ...: What ...?")
        r"(\S[^:\n]{3,300})$").search(low.rstrip())  # ("... then answer it in all lowercase: why ...?")
    if said and not _negated(low, r"repeat|restate"):
        return [Found("repeat_request", {"request": [text[said.start(1) : said.end(1)]]})], True
    if quoted and _has(low, r"word for word|word-for-word|verbatim|exactly") and not _has(
            low, r"\btimes\b|\bchorus\b|\bstanza|\beach\b|\bat the end\b|\bonce\b") and not _negated(
            low, r"repeat|restate"):  # the quoted text, first: "Before answering, repeat the ..."
        return [Found("repeat_request", {"request": [quoted[0]]})], True
    if not (_has(low, _REPEAT) or _has(low, r"\bexact (?:copy of )?(my|the) (request|question|prompt|task)")) \
            or not _has(low, _REQUEST) or not _has(_re(r"\bexactly\s+" + _NUM + r"\s+(?:words?|sentences?|"
                                                                                r"paragraphs?|bullets?|bullet points|"
                                                                                r"items|lines|"
                                                  r"points|steps)\b").sub(" ", low), _VERBATIM) and not _has(
            low, _BACK) or _has(
            low, r"\b(?:i|we|he|she|they|someone)\s+(?:just\s+|already\s+)?(?:copied|pasted|repeated)\b|"
                 r"\b(?:keeps?|kept)\s+(?:repeating|copying|asking)\b|\bquote\s+the\s+(?:key\s+)?(?:terms|words|"
                 r"phrases|parts)\b"):
        return _NONE  # "The task I copied verbatim from the textbook: ...": what someone did
    if _negated(low, r"repeat|copy|echo|restate|quote|rewrite|reproduce") or _has(
            low, r"\b(instead of|rather than|skip|skipping|paraphras\w*|in your own words|not (?:exactly|verbatim|word"
                 r" for word))\b"):
        return [], True  # "don't repeat the question", "instead of repeating my question": nothing to check
    noun = _re(_REQUEST).search(low)
    follows = low[noun.end() :].split(None, 1)[:1] if noun else []
    if (follows and follows[0].strip(".,;:") in ("list", "description", "letter", "sheet", "text", "card")) or _has(
            low, r"\b(so (?:that )?an? \w+|so (?:it|they) (?:is|are|sounds?|reads?|becomes?)|keeping|into a|into an|"
                 r"simpler|shorter|longer|more formal|to be|into the)\b"):
        return _NONE  # "copy the task list below into a table", "rewrite the question so a child understands it"
    return [Found("repeat_request", {"request": text})], True  # the clause, until the readings replace it


MAX_REQUEST_SENTENCES = 40  # sentences looked at when telling the request from its instructions


def _sentences(text: str) -> list[str]:
    """`text`'s sentences, verbatim: a quote or an abbreviation never ends one early; a quote that ends with ".",
    "!" or "?" ends its sentence when a capital follows ('Finish with "The end." Then ...')."""
    quotes: list[str] = []

    def mask(m: Any) -> str:
        quotes.append(m.group(0))
        return f"\x00{len(quotes) - 1}\x00"

    out: list[str] = []
    masked = _re(r"\.{2,}\s*[)\]]").sub(mask, _ABBREVIATION.sub(mask, _QUOTED.sub(mask, text)))  # "(1, 2, ...)"
    for piece in _CLAUSE.findall(masked):
        start = 0
        for m in _MASK.finditer(piece):
            after = piece[m.end() : m.end() + 2]
            if quotes[int(m.group(1))][-2:-1] in (".", "!", "?") and after[:1].isspace() and after[1:].isupper():
                out.append(piece[start : m.end()])
                start = m.end()
        out.append(piece[start:])
    return [x for x in (_MASK.sub(lambda m: quotes[int(m.group(1))], x).strip().lstrip(")] ") for x in out) if x]


def _request_readings(text: str, clause: str) -> list[str]:
    """What "the request" to repeat may be: the message without the sentence asking for the repeat, without every
    sentence stating an instruction, or only what comes before or after that sentence (which one a writer means
    cannot be told apart reliably, so an answer repeating any of them counts)."""
    label = _re(r"^(?:here(?:'s|\s+is)\s+)?(?:my\s+|the\s+)?(?:question|request|prompt|task|query)(?:\s+is)?"
                r"\s*:\s*|^here\s+it\s+is\s*:\s*|^here(?:'s|\s+is)\s+it\s*:\s*")
    raw = _sentences(text)[:MAX_REQUEST_SENTENCES]
    labelled = [i for i, x in enumerate(raw) if label.search(x)]
    sentences = [label.sub("", x) for x in raw]
    key = clause.strip()[:30]
    asked = [i for i, x in enumerate(sentences) if key and key in x]
    if not asked:
        return []
    first, last = asked[0], asked[-1]
    _, colon, told = sentences[last].partition(": ")  # "Repeat my question word for word, then answer it: why ...?"
    if colon and not _has(told.lower(), _REPEAT):
        sentences[last] = told
        asked = [i for i in asked if i != last]
    told = told if colon else ""
    plain = [i not in asked and not parse_instructions(x)  # nor part of a section instruction ("in three parts")
             and not _has(x.lower(), _SECTION_LABEL + r"|" + _NUM + r"\s+(?:sections|parts|steps|chapters)\b")
             for i, x in enumerate(sentences)]
    rest = _re(r"\b(?:and\s+)?then\s+(.{3,})$").search(sentences[last]) if last in asked else None
    if rest and (len(rest.group(1).split()) <= 5 or _has(rest.group(1).lower(), r"^(answer|reply|respond|do)\b")):
        rest = None  # "then answer it.": boilerplate, not the request
    if labelled and labelled[0] > last:  # "... then answer it. My question: Why ...?": the labelled text only
        after = labelled[0]
        pieces = [sentences[after:], [x for i, x in enumerate(sentences[after:], after) if plain[i]]]
    else:
        pieces = [
            sentences,  # the whole message (a writer may count the asking sentence in)
            [rest.group(1)] if rest else [],  # "Repeat my request verbatim and then give three tips ..."
            [told] if told else [],  # "... then answer it: What is ...?"
            [x for i, x in enumerate(sentences) if i not in asked],
            [x for i, x in enumerate(sentences) if plain[i]],
            sentences[:first], sentences[last + 1 :],
            [x for i, x in enumerate(sentences[:first]) if plain[i]],
            [x for i, x in enumerate(sentences[last + 1 :], last + 1) if plain[i]],
        ]
    social = (r"^\W*(hi|hello|hey|dear|thanks|thank you|thx|cheers|please|ok|okay)\b[^.!?]{0,24}[.!?]*$|"
              r"^\W*(?:and\s+)?then\s+(?:answer|reply to|respond to|do)\s+it\W*$")
    pieces = [[x for x in p if not _has(x.lower(), social)] for p in pieces]  # "Thanks!" alone is no request
    readings = [r for r in (" ".join(p) for p in pieces if p) if len(r.split()) >= 2]
    unquoted = [r[1:-1].strip() for r in readings if len(r) > 2 and r[0] in "\"“'‘" and r[-1] in "\"”'’"]
    # "(echo the question verbatim before answering) How long ...?": the request without the parenthesis asking
    aside = _re(r"\s*\([^()]{0,200}\)\s*")
    unasked = [aside.sub(lambda m: " " if _has(m.group(0).lower(), _REPEAT) else m.group(0), r).strip()
               for r in readings if "(" in r]
    # ('... then answer it: "Write a haiku."': also without quotes)
    # 'repeating this question without any change, "What is ...?", and then ...': the question quoted where it is asked
    quoted = [q for q in _quoted(clause) if q.rstrip().endswith("?") and len(q.split()) >= 3]
    return list(dict.fromkeys(readings + unquoted + [r for r in unasked if len(r.split()) >= 2] + quoted))


_LIST_WORDS = r"items?|points?|steps?|tips?|ideas?|reasons?|ways?|entries|lines|things|questions|examples|names"
_LIST_NOUNS = r"(?:" + _LIST_WORDS + r")"
_MORE_NOUNS = (r"(?:options|headlines|titles|tasks|rules|facts|trails|places|books|tools|habits|goals|benefits|"
               r"features|mistakes|suggestions|recommendations|strategies|methods|" + _LIST_WORDS + r")")


# things that are numbered, told ("I have 10 boxes in the garage, numbered 1 through 10"), not a list asked for
_NUMBERED_TOLD = (r"\b(?:are|were|is|was|been|already|all)\s+numbered\b|\b(?:pages?|boxes|rooms?|seats?|houses?|"
                  r"streets?|files?|tickets?|lockers?|slides?)\b[^.]{0,40}\bnumbered\b|^\W*(?:i|we)\s+(?:have|had|"
                  r"got)\b|"
                  r"\b(?:lists|listed)\b|\bnumbered\s+(?:from\s+)?1\s*(?:-|–|to|through)\s*\w+\s+(?:in|on)\s+(?:the|my|"
                  r"our|your)\s+(?:booklet|book|manual|guide|document|file|form|worksheet|exam|test|page|handout)\b")


def _numbered(low: str, text: str) -> Detection:
    """"A numbered list of 5 tips", "7 numbered steps", "number them 1 to 4": exactly n numbered lines."""
    if not _has(low, r"\bnumber(?:ed)?\b|\benumerat") or _negated(low, r"number|numbered|numbering"):
        return _NONE
    told = _has(low, _NUMBERED_TOLD)
    m = (_re(r"\bnumbered (?:list|steps|points|items)\s+(?:of|with|containing)\s+(?:exactly\s+|precisely\s+)?" + _NUM
             ).search(low)
         or _re(_NUM + r"\s+(?:[\w-]+\s+){0,2}?(?:numbered|enumerated)\b").search(low)
         or _re(_NUM + r"-(?:item|point|step|entry|line|part)\s+(?:numbered|enumerated)\b").search(low)
         or _re(r"\bnumber (?:them|each|these|the \w+) (?:from )?1\s*(?:to|through|-|–)\s*" + _NUM).search(low)
         or (None if told else _re(
             r",\s*numbered (?:from )?1\s*(?:to|through|-|–)\s*" + _NUM + r"\W*$").search(low))  # "a checklist,
         # numbered 1 through 10"
         or _re(_NUM + r"\s+(?:[\w-]+\s+){0,2}?" + _LIST_NOUNS + r"\b[^.]{0,30}\b(?:numbered|as a numbered list)\b"
                ).search(low)
         or _re(r"\bnumbered list\b[^.]{0,20}\b" + _NUM + r"\s+(?:[\w-]+\s+){0,2}?" + _LIST_NOUNS).search(low)
         # "Give me 4 headline options for ..., each under 60 characters, as a numbered list", "Numbered checklist,
         # 5 items"
         or (None if _has(low.replace("one per line", ""), r"\b(?:per|for each|for every|each of)\b|"
                          r"(?:,|\band)\s+\d+\s+[a-z]{3,}") else _re(
             r"^\W*(?:[\w -]{1,20}:\s*)?(?:please\s+)?(?:give|list|write|make|provide|suggest|share|rank)\s+(?:me\s+|"
             r"us\s+)?(?:the\s+)?"
             r"(?:top\s+)?(\d{1,2}|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:" + _MORE_NOUNS + r"|[a-z]{3,}s)\b[^.;]{0,80}"
             r"\bas a numbered list\b"
             r"(?:\s*[,—–-][^.;]{0,60})?\W*$").search(low))  # not "5 books per genre", "3 benefits and 3 drawbacks"
         or _re(r"^\W*numbered (?:list|checklist),\s+" + _NUM + r"\s+(?:items|steps|points|entries)(?:,\s+[^:?]*)?"
                r"\W*$").search(low)
         # "stretching routine for lower back pain, numbered list, 6 stretches"
         or _re(r",\s*numbered list,\s*" + _NUM + r"\s+[a-z]{3,}s(?:,?\s*(?:please|pls))?\W*$").search(low)
         # "List the checks: exactly 7, numbered.", "Numbered steps, exactly 5."
         or (None if told else _re(r"\bexactly\s+" + _NUM + r",\s*numbered\W*$").search(low))
         or _re(r"^\W*numbered\s+(?:steps|items|points|lines|list),\s*(?:exactly\s+)?" + _NUM + r"\W*$").search(low)
         # "numbered 1-5", "numbered, 5 step", "give me 5 exemple sentence ... make it numbered list pls" (not "5 books
         # per genre", "3 benefits and 3 drawbacks")
         or (None if told or _has(low, r"\b(?:per|for each|for every|each of)\b|"
                                                            r"\band\s+\d+\s+[a-z]{3,}") else (
             _re(r"\bnumbered\s+(?:from\s+)?1\s*(?:-|–|to|through)\s*" + _NUM + r"\b").search(low)
             or _re(r"\bnumbered,?\s+" + _NUM + r"\s+(?:steps?|items?|points?|questions?|names?|tips?|ideas?)\b"
                    ).search(low)
             or _re(r"^\W*(?:[\w -]{1,20}:\s*)?(?:please\s+|can you\s+|pls\s+)?(?:give|list|write|make|provide|suggest|"
                    r"share|rank|teach|tell)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:top\s+)?" + _NUM + r"\s+[^.;]{0,60}?"
                    r"\bnumbered\b").search(low))))
    n = _number(m.group(1)) if m else None
    return ([Found("numbered_list", {"n": n})], True) if n else _NONE


# prose asked for after a whole-answer form ("Answer as a code block, then explain it"): the form is not the whole
_MORE_AFTER = r"\b(?:then|afterwards|followed by)\b[^.]*\b(?:explain|summar|describe|give|add|walk)"


def _code_block(low: str, text: str) -> Detection:
    """The whole answer as one fenced code block: "answer only with a code block", "wrap your entire response in
    triple backticks" (not "put the code in a code block", which leaves room for prose around it)."""
    block = _has(low, r"code ?block|triple backticks|``\x60|fenced|backtick fence|code fence")
    # "Put the whole thing inside a markdown code block"
    whole = _has(low, r"\b(?:put|wrap|place)\s+(?:the\s+)?(?:whole|entire)\s+(?:thing|text|answer|response)\s+"
                      r"inside\b|\bwith\s+the\s+(?:whole|entire)\s+(?:thing|text|answer|response|reply)\s+(?:enclosed|"
                      r"wrapped|placed|put)\s+in(?:side)?\b|\bput\s+all\s+(?:of\s+)?(?:the\s+|your\s+)?(?:answer|"
                      r"response|reply|output)\s+"
                      r"in\b") or _has(
        low, r"\b(entire|whole|full|all of)\s+(?:your\s+|the\s+)?(answer|response|reply|output)|"
                      r"^\W*format\s*:\s*(?:one|a|a single)\s+(?:fenced\s+)?code|"
                      r"\b(only|just|nothing but|nothing outside|single)\b|\b(answer|respond|reply)\s+(?:\w+\s+)?"
                      r"(in|with|inside|as)\s+(?:a|one)\s+(?:single\s+)?(?:fenced\s+)?code ?block|"
                      r"\b(wrap|put|place)\s+(your|the)\s+(answer|response|reply|output)\b|"
                      r"\bjson\b[^.]{0,40}\b(?:wrapped|wrap it|put it|inside|in)\s+(?:a\s+|one\s+)?(?:markdown\s+)?"
                      r"(?:fenced\s+)?code ?block|"
                      r"\ball\s+(?:within|inside|in)\s+(?:one|a single)\s+(?:fenced\s+)?code ?block|"
                      r"(?:^\W*|\b(?:please|and|just|also|then)\s+)(?:put|wrap|place|give me|"
                      r"send)\s+(?:me\s+)?(?:the\s+)?"
                      r"(?:whole|entire|full)\s+(?:thing|text|message|commit message|snippet|answer|response)\s+in\b|"
                      r"^\W*whole\s+thing\s+in\s+(?:a\s+)?code ?block\s*(?:pls|please)?\W*$|"
                      r"^\W*(?:in\s+)?(?:a\s+|one\s+)?(?:fenced\s+)?code ?block\s*(?:[.;]|$|,\s*(?:at most|max|under|"
                      r"no more|only|please|nothing))") or _has(
        # "wrapped entirely in a code block", "Put everything inside triple backticks"
        low, r"\b(?:wrapped|enclosed|placed|put)\s+(?:entirely|completely|wholly)\s+in(?:side)?\b|"
             r"(?:^\W*|:\s*|\b(?:put|wrap|place|enclose|keep)\s+)everything\s+(?:inside|in|within)\s+(?:a\s+|one\s+)?"
             r"(?:single\s+)?(?:triple|fenced|code|markdown)") and not _has(
        low, r"\bexcept\b|\b(?:then|and|also)\s+(?:add|write|include|give|put)\b|\bexplanation\b|\bexplaining\b|"
             r"\b(?:note|comment|sentence)\s+(?:below|after|outside)\b")
    # "Put the whole email inside a markdown code block" (not with more after it, nor "Don't put ...")
    whole = whole or _has(low, r"\b(?:put|wrap|place)\s+(?:the\s+)?(?:whole|entire)\s+(?:email|letter|cover letter|"
                               r"message|reply|post|note|memo)\s+(?:inside|in)\b") and not _has(
        low, r"\b(?:don'?t|do not|never|no need to)\s+(?:put|wrap|place)\b|\bexcept\b|\b(?:then|and|also)\s+(?:add|"
             r"write|"
             r"include|give|put|explain)\b|\bexplanation\b|\bexplaining\b|\b(?:note|comment|sentence)\s+(?:below|after|"
             r"outside)\b|\b(?:below|after|outside)\s+it\b")
    # "Give me a bash one-liner to count ..., inside a code block." (the code asked for is the whole answer)
    whole = whole or _has(low, r"^\W*(?:give me|write|show me|send me)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:"
                               r"one-liner|snippet|command|script|function|query|regex)\b[^?!\n]*,\s*(?:inside|in|"
                               r"within)\s+(?:a|one)\s+(?:fenced\s+|markdown\s+)?code ?block\W*$") and not _has(
        low, r"\b(?:explain|explanation|describe|walk me|comment on|tell me|list what)\b|\ban?\s+(?:brief\s+|short\s+)?"
             r"(?:note|comment)\s+(?:on|about)\b|\band\s+(?:then\s+)?(?:list|say|give|add|write|describe|tell|mention|"
             r"suggest)\b")
    if not block or not whole or _negated(low, r"code ?block|backticks|fenced") or _has(low, _MORE_AFTER):
        return _NONE
    return [Found("code_block")], True


def _hashtags(low: str, text: str) -> Detection:
    """"Add 3 hashtags at the end", "include at least two hashtags", "with some hashtags": at least n."""
    if not _has(low, r"\bhashtags?\b") or _negated(low, r"hashtags?") or _has(low, r"\b(what|which|how|why|whether)\b"):
        return _NONE
    floors = _re(r"\bnot? (?:fewer|less) than\b").sub("at least", low)
    # "5 or fewer hashtags", "up to 3": a cap no kind checks, so only the floor of one hashtag asked (not 5)
    capped = _has(floors, r"\b\S+\s+or\s+(?:fewer|less)\s+hashtags\b|\b(?:at most|no more than|not more than|up to|"
                          r"max(?:imum)?(?: of)?|fewer than|less than)\s+\S+\s+hashtags\b") and not _has(
        floors, r"\b(?:at least|a minimum of|min(?:imum)?)\s+\S+\s+hashtags\b")
    # "Hashtags: at least 4.", "max 30 words, 3 hashtag, and no word 'best'", "under 20 words and 4 hashtags"; not
    # among statistics ("40 words, 3 hashtags, 12 likes")
    label = None if _has(low, r"\d+\s+(?:likes|views|comments|shares|clicks)\b") else _re(
        _LABEL_FLOOR % "hashtags?").search(low) or _re(
        r"(?:(?:^|[,:]|\band)\s*(?:at least\s+|min(?:imum)?\s+)?|(?:[—–]|\s-\s)\s*(?:at least|min(?:imum)?)\s+)"
        + _NUM +
        r"(?:\s+or\s+more|\+)?\s+hashtags?(?:\s+(?:min(?:imum)?|"
        r"at least|or more))?\s*(?:(?:pls|please|plz)\b\s*)?(?:,|\band\b|\.|$)").search(low)  # ("3 hashtags min")
    if not label and not _has(low, r"\b(add|include|use|using|with|end|finish|put|append|throw in|tag)\b|"
                                   r"(?:^\W*|\bit\s+)(?:needs?|requires?|(?:must|should|has to|"
                                   r"have to)\s+have)\s+(?:at least|"
                                   r"a minimum of|min(?:imum)?|\d|two|three|four|five|six)\b|"
                     r"\b(carry|feature|contain)\s+(?:[\w-]+\s+){0,4}?hashtags\b|"
                     r"\b(give|provide|"
                     r"generate|suggest|list)\s+(?:me\s+)?(?:at least\s+|some\s+|a few\s+)?(?:\d+\s+|[a-z]+\s+)?"
                     r"(?:relevant\s+|popular\s+)?hashtags\b|^\W*(?:at least\s+|"
                     r"min(?:imum)?\s+|exactly\s+)?(?:\d+|"
                     r"[a-z]+)\s+(?:relevant\s+)?hashtags\W*$"):  # ("- exactly 2 hashtags")
        return _NONE
    n = (_number(label.group(1)) or 1) if label else _floor_of(low, r"hashtags?|tags?")
    return [Found("hashtags", {"n": 1 if capped else n})], True


# a floor as a label and its value, the clause's whole: "Hashtags: at least 4.", "Highlights: minimum 5, as *text*"
_LABEL_FLOOR = r"^\W*(?:%s)\s*:\s*(?:at least|min(?:imum)?|no fewer than)\s+" + _NUM + r"(?:\W*$|\s*[,;(—–])"


# "Don't use any numbers written as digits (in the post)", alone or with a reason after it; not scoped to a part or
# a case ("... at the start of a sentence", "..., but years are fine")
_DIGITS_AS = (r"^\W*(?:please\s+)?(?:don't|do not|never)\s+(?:use|write|put)\s+(?:any\s+)?numbers\s+(?:written\s+)?"
              r"(?:as|in)\s+(?:digits|numerals)(?:\s+(?:anywhere\s+)?in\s+(?:the|your)\s+(?:answer|response|reply|post|"
              r"text|story|email|message))?(?:\W*$|\s*[,;(—-]\s*(?:[^,;(—-]*$))")
_DIGITS_SCOPED = r"\b(?:digits|numerals)\b[^,;]*[,;(—-]\s*(?:but|unless|except|only|he|she|they|i|when|if)\b"


def _no_digits(low: str, text: str) -> Detection:
    """"No digits", "spell out every number", "don't use numerals": not one digit 0-9."""
    if _rejects_answer(low) and not _has(low, r"n't|\bnot\b") and _has(
            low, r"\bcontain\w*\s+(?:a|any)\s+(?:digit|numeral)s?\b"):
        return [Found("no_digits")], False
    if _has(low, r"\b(?:function|program|regex|python|javascript|sql|query|method|class)\b"):
        return _NONE  # "a Python function that returns the sentence with all numbers written out in words"
    if _has(low, r"(?:^\W*|[,;]\s*|\b(?:and|but|please|with|using)\s+)no numbers? in digits\b|"
                 r"^\W*(?:neither|none)\s+(?:(?:of (?:them|the (?:versions|answers|responses|drafts|poems|options|"
                 r"posts|tweets|slogans|taglines|replies))|version|answer|response|draft|poem|option|post|tweet|slogan|"
                 r"tagline|reply|one)\s+(?:may|should|must|can|shall)|should|must)\s+(?:use|contain|include|have)\s+"
                 r"(?:any\s+)?"
                 r"(?:digits|numerals)\W*$") or _has(
            low, r"\bno (digits|numerals)\b|"
                 r"\bno digit characters?\s+(?:appear|at all|in (?:your|the) (?:answer|response))|"
                 r"\b(?:digits|numerals)(?:\s+\(0-9\))?\s+(?:are|is)\s+(?:not to appear|banned|forbidden|prohibited|"
                 r"not allowed|not permitted|off[- ]limits)\W*$|"
                 r"\b(?:do not|don't|never)\s+include\s+any\s+(?:digits|numerals|numbers (?:or|and|/) ?(?:digits|"
                 r"numerals))(?:\s+in (?:your|the) (?:answer|response|text))?(?:\s+at all|\s+whatsoever)?(?:\W*$|"
                 r"\s*,\s*(?:because|since|as|so)\b)|"
                 r"\bwithout (?:using |to use )?(?:any )?(?:numeric |numerical )?(digits|numerals|numbers)\b|"
                 r"\bnumbers? (?:only )?in words\b|"
                 r"\bspell(?:ed|ing)? out (?:all |every |each |any )?(?:the )?numbers?\b|"
                 r"\b(don't|do not|never|avoid|zero)\s+(?:use\s+|using\s+|write\s+|writing\s+)?(?:any\s+)?"
                 r"(digits|numerals)\b|\bnumbers? (?:written )?(?:as|in) words\b|\bdigit-free\b|"
                 r"\b(?:not|never)\s+(?:contain|include|use|have)\s+(?:a single|any|one)\s+(?:digit|numeral)s?"
                 r"(?:\s+from 0 to 9|\s+at all|\s+whatsoever)?(?:\W*$|\s+and\s+(?:must|should)\b)") or (
            _has(low, _DIGITS_AS) and not _has(low, _DIGITS_SCOPED)) or _has(
            low, r"\bleave out (?:all |any |the )?(?:digits|numerals)\b") or _has(  # "Don't use numbers as digits"
            low, r"\b(?:keep|write|spell|have)\s+(?:every|all|each|any)\s+(?:the\s+)?numbers?\s+(?:written\s+)?"
                 r"(?:out\s+)?in words\b") or _has(
            low, r"^\W*(?:digits|numerals)(?:\s+\(?0-9\)?)?\s+(?:must|should|may|can)\s*(?:not|n't)\s+"
                 r"(?:appear|be used)(?:\s+anywhere)?(?:\s+in\s+(?:your|the|my)\s+(?:answer|response|reply|text|output|"
                 r"poem|story|post|letter|email|essay|message))?(?:\s+at all)?(?:\W*$|\s*,)") or _has(
            low, r"^\W*(?:please\s+)?(?:write|give|draft|make|create|compose)\b[^.]*\bwith\s+(?:all|the|any|every)\s+"
                 r"numbers?\s+(?:written\s+|spelled\s+|spelt\s+)?(?:out\s+)?in\s+words\b"):
        return [Found("no_digits")], False
    return _NONE


def _title(low: str, text: str) -> Detection:
    if _has(low, r"\b(?:operators?|symbols?|c\+\+|cout|cin|bit ?shift\w*)\b") and not _has(low, r"\btitle|\bheading"):
        return _NONE  # "what the << and >> symbols mean in C++"
    if _has(low, r"\b\w+error\s*:|\btraceback\b|\bexception\s*:") or _asks(text) and _has(
            low, r"\b(?:latex|keyboard|unicode|guillemets?|word|docs|html|markdown)\b|"
                 r"\bhow (?:do|can|should) (?:i|you|we) "
                 r"(?:type|write|insert|escape|get|make)\b"):
        return _NONE  # "How do I type << in LaTeX?", "ValueError: title must be wrapped in << >>": about the marks
    low = _re(r"<{3,}|>{3,}").sub(" ", low)  # "<<<<<<<", ">>>>>>>": merge markers, not a title's brackets
    if _has(low, r"<<[^<>\n]+>>|\btitle\b[^.]{0,30}<<\s*>>|angle[- ]brackets?|angular brackets?") and not _negated(
            low, r"title|angle|<<") and not _has(low, r"\b(?:i|we) (?:keep |often |always )?(?:see|seeing|saw|"
                                                  r"noticed?)\s+<<"):
        # (not "I keep seeing << and >> around dialogue"; "a title in << >> and a P.S. at the end": both)
        return [Found("title")], True
    return _NONE


def _floor_of(clause: str, nouns: str) -> int:
    """`_count_of`, or 1 when no count is stated or the count is a cap ("at most 3 placeholders": at least one)."""
    n = _count_of(clause, nouns)
    clause = _NOT_FEWER.sub(" at least ", clause)  # "no fewer than three placeholders": a floor
    capped = _has(clause, r"\b(at most|no more than|not more than|under|fewer than|less than|max(?:imum)?|up to)\s+"
                          r"(?:\d+|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b")
    # "more than 2 hashtags": at least 3
    more = _re(r"\b(?:more than|over|in excess of)\s+" + _NUM + r"\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b").search(
        clause)
    # (not "don't use more than 2 hashtags", "more than 3 hashtags looks spammy": caps)
    capped = capped or bool(more) and (
        _has(clause[: more.start()], r"\b(?:no|not|don'?t|do not|never|avoid)\s+(?:\w+\s+)?$")
        or _has(clause[more.end() :], r"^\s+(?:looks?|seems?|gets?|feels?|would|might|(?:is|are)\s+(?:too|spammy|"
                                      r"overkill|excessive|a lot|much))\b"))
    return 1 if n is None or capped else n + bool(more)


def _placeholders(low: str, text: str) -> Detection:
    topic = r"\b(explain|how to use|what (?:is|are))\b[^.]*placeholder"  # placeholders as a subject
    if _negated(low, r"placeholders?|brackets?") or _has(low, topic):
        return _NONE
    cue = (r"placeholders?|square[- ]brackets?|fill-in fields?|\b(?:like|such as|e\.g\.|i\.e\.|for example|for "
           r"instance|as in|put|use|using|add|leave|with|fill)\s+(?:a\s+|an\s+|in\s+)?\[[a-z _]{1,20}\]|"
           r"\[(?:bracketed|square[- ]bracket(?:ed|s)?|placeholders?|blanks?)\]\s+(?:blanks?|spots?|fields?|gaps?|"
           r"placeholders?)\b|"  # "at least two [bracketed] blanks"
           # "don't name the company, just call it [Company]", "refer to the client as [Client]"
           r"(?:^\W*|[,;]\s*|\b(?:just|and|please|then|but)\s+)(?:(?:call|name|label)\s+(?:it|them|him|her)|refer\s+to\s+"
           r"(?:it|them|him|her|the [a-z]+)\s+as)\s+\[[a-z _]{1,20}\]")
    # a bare bracket only as an example: not "[max one paragraph]"
    if _has(_QUOTED.sub('""', low), cue):  # not a bracket inside a quoted phrase ("Hi [First Name],")
        n = _floor_of(low, r"placeholders?|blanks?|fields?|times?|spots?|gaps?")
        # "Use placeholder [date] and [address]": both (not "placeholders like [name], [date]")
        # (and "Leave [Pet Name], [Owner Name] and [Due Date] in as placeholders")
        named = _re(r"\bplaceholders?\s+(?:for\s+|like\s+|such as\s+)?(\[[a-z _]{1,20}\](?:\s*,\s*\[[a-z _]{1,20}\])*,?"
                    r"\s+and\s+"
                    r"\[[a-z _]{1,20}\])").search(low) or _re(r"(\[[a-z _]{1,20}\](?:\s*,\s*\[[a-z _]{1,20}\])*,?\s+"
                                                         r"and\s+\[[a-z _]{1,20}\])\s+(?:(?:in\s+)?as\s+(?:the\s+)?"
                                                         r"placeholders|in\s+square\s+brackets)\b").search(low)
        if n == 1 and named:
            n = named.group(1).count("[")
        # "placeholders in square brackets for the company, the role and the hiring manager": one for each
        listed = _re(r"\b(?:placeholders?|blanks?)\b[^.;:]{0,40}?\bfor\s+([\w' -]{2,30}(?:,\s*[\w' -]{2,30}){0,4},?\s+"
                     r"and\s+"
                     r"[\w' -]{2,30}?)\s*(?:[.!:]|$|\s+so\b|[—–]|,\s*(?:e\.g\.|like|such as|for example)\s)"
                     ).search(low)
        if n == 1 and listed and not _has(listed.group(1), r"\b(?:each|every|all|any)\b"):
            n = len(_re(r"\s*,\s*(?:and\s+)?|\s+and\s+").split(listed.group(1).strip()))
        # "placeholders for the names, date and venue: [bride], [groom], [date], [venue]": the brackets listed
        shown = _re(r"\bplaceholders?\b[^.;]{0,60}:\s*(\[[^\]\n]{1,30}\](?:\s*,\s*(?:and\s+)?\[[^\]\n]{1,30}\]){1,9})"
                    ).search(low)
        shown = shown or _re(r"\bat (?:a )?minimum\s*:?\s*(\[[^\]\n]{1,30}\](?:\s*,\s*(?:and\s+)?"
                             r"\[[^\]\n]{1,30}\]){1,9})").search(low)  # "at minimum [Client Name], [Matter], ..."
        if shown and not _has(low, r"\b(?:\d+|one|two|three|four|five|six|a single)\s+(?:[\w-]+\s+)?placeholders?\b|"
                                   r"\b(?:such as|like|styles?|format|e\.g\.|for example)\s*:|\betc\b"):
            n = max(n, shown.group(1).count("["))
        return [Found("placeholders", {"n": n})], True
    # "a P.S. pointing to [migration guide URL]", "a P.S. with a code written as [DISCOUNT_CODE]": a slot to fill
    if _has(low, r"\bp\.\s?s\b[^.]{0,60}\[[a-z][a-z _-]{3,40}\]") and not _negated(low, r"p\.|postscript"):
        return [Found("placeholders", {"n": 1})], True
    return _NONE


def _postscript(low: str, text: str) -> Detection:
    topic = (r"\bp\.\s?s\.?\s*\d|\b(what (?:is|does|a)|meaning of|stands? for|origin|history|why (?:do )?(?:we|people|"
             r"you) (?:write|use|put))\b[^.]*p\.\s?s|"
             r"\b(?:explain|describe|discuss|what is|what's)\s+the\s+(?:purpose|use|role|function|history)\s+of\s+"
             r"(?:a\s+|the\s+)?(?:p\.\s?s|postscript)|"
             r"\b(?:about|of)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?postscript\s+(?:that|which|who|nobody|no one)\b|"
             r"\banything like a p\.\s?s|\bwhy\b[^?!]*\bp\.\s?s\b|"
             r"\bpostscript\s+(?:files?|printers?|language|format|fonts?|level|driver)\b|\.e?ps\b|"  # the file format
             # a question about it, its mark left off ("is 'P.P.S.' a real thing or did people just make it up")
             r"^\W*(?:is|are|was|does|do|did|can|should)\s+(?:a\s+|the\s+)?[\"'“‘]?p\.\s?(?:p\.\s?)*s\b")
    # someone's habit ("my late dad always added 'P.S. Mind the gap'", "the grandma ends every letter with 'P.S. ...'"),
    # not a request to do the same ("My girlfriend always puts a P.S. at the end, so add one too")
    habit = (r"\b(?:my|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:always|usually|often|used to)\s+(?:wrote|writes|write|"
             r"added|adds)\b|\b(?:ends|ended|signs|signed|closes|closed|finishes)\s+(?:every|each|all|his|her|their)\s+"
             r"(?:[\w-]+\s+)?(?:letters?|emails?|notes?|messages?|cards?)\s+with\s+[\"'“‘]")
    if _has(low, r"\bbut\s+(?:please\s+)?(?:drop|skip|leave out|omit|remove|lose)\s+(?:it|that|the\s+p\.\s?s\b)|"
                 r"\b(?:drop|"
                 r"skip|omit|remove|lose)\s+(?:it|that)\s+(?:for this one|this time|here|today)\b"):
        return _NONE  # "Our macros all end with a P.S. ..., but drop it for this one"
    if _has(low, r"^\W*(?:do|does|did|is|are|was|why|how|what|when)\b[^?]*\bthe\s+p\.\s?s\.?\s+(?:is|was|are|gets?|"
                 r"has|works?)\b[^?]*\?\W*$"):
        return _NONE  # "Do marketers find that the P.S. is the most-read part of a letter?": a question about them
    if _negated(low, r"p\.|postscript") or _has(low, topic) or _has(low, _OTHERS) or _has(low, habit) and not _has(
            low, r"\b(?:so|please|pls)\s+(?:add|include|put|write)\b|\btoo\b|\bthe same\b"):
        return _NONE  # "Don't add a P.S.", "P.S. 118" (a school), "what a P.S. is", "my grandmother always wrote"
    own = _re(r"^\W*p\.\s?(?:p\.\s?)*s\b\.?\s*[:,-]?\s*(?:please|pls|could you|can you|would you|i\b|i'm|my\b|from "
              r"my|btw|also|oh\b|no\b|answer|reply|respond|don't|do not|keep|make)|[,;]\s+p\.\s?(?:p\.\s?)*s\b\.?\s*"
              r"[:,-]?\s*(?:(?:please|pls)\s+)?(?:(?:keep|make)\s+(?:it|this|the (?:\w+\s+)?(?:answer|reply|text|"
              r"email|letter|note|message|template|post))\b|(?:can|could|would) you\b)").search(low)
    if own and not _has(low[: own.start()] + " " + low[own.end() :], r"\bp\.\s?(?:p\.\s?)*s\b|postscript"):
        return _NONE  # the user's own P.S. ("P.S. please no digits in the answer", "..., P.S. keep it short")
    if not _re(r"[a-z]{3,}").search(_re(r"\bp\.\s?(?:p\.\s?)*s\b\.?").sub(" ", low)):
        return _NONE  # only markers ("(P.S., P.P.S., P.P.P.S.)" cut into pieces): named in passing
    if _has(low, r"\bp\.\s?p\.\s?s\b"):
        # "both a P.S. and a P.P.S.", "finish with a P.S. about my course and a P.P.S. about my availability"
        both = _has(_re(r"\bp\.\s?p\.\s?s\b").sub(" ", low), r"\b(?:a|the|and)\s+p\.\s?s\b")
        return [Found("postscript", {"marker": "P.S."})] * both + [Found("postscript", {"marker": "P.P.S."})], True
    if _has(low, r"\bp\.\s?s\b|postscript"):
        return [Found("postscript", {"marker": "P.S."})], True
    if _has(low, r"\b(?:(?:add|include|put)\s+(?:a|the)\s+|(?:end|finish|close)\s+(?:[\w-]+\s+){0,2}?with\s+"
                 r"(?:a|the)\s+|(?:^|,\s*|\band\s+)with\s+(?:a\s+)?)ps"
                 r"(?:\s*[.,:;!]|\s*$|"
                 r"\s+(?:mentioning|"
                 r"saying|about|with|that|reminding|noting|telling|asking|thanking|giving|listing|including|"
                 r"inviting|offering|at the (?:end|bottom)|to (?:bring|remind|say|thank|tell|ask|mention|invite|"
                 r"note|let)|"
                 r"too)\b)") and not (
            _negated(low, r"ps\b") or _has(low, r"\bno need to\b")):
        return [Found("postscript", {"marker": "PS"})], True  # "end with a PS mentioning our bank details": as typed
    return _NONE


def _sections(low: str, text: str) -> Detection:
    """Sections are read over the whole text (`_text_level`); a clause naming a label is claimed here."""
    return ([], True) if _has(low, _SECTION_LABEL) else _NONE


def _letter_frequency(low: str, text: str) -> Detection:
    m = _re(r"\bletter\s+[\"'“‘]?([a-z])\b[\"'”’]?").search(low)
    m = m or _re(r"[\"'“‘]([a-z])[\"'”’]\s+letters?\b").search(low)
    if m is None and _has(low, r"\bletter|\btimes\b"):
        m = _re(r"[\"'“‘]([a-z])[\"'”’]").search(low)
    if m is None:
        return _NONE
    n = _re(_NUM + r"\+?\s+(?:or more\s+)?(?:times|occurrences|instances)").search(low) or _re(
        r"\b(?:with|includ\w*|contain\w*|use|using|need|want)\s+(?:at least\s+)?" + _NUM + r"\+?\s+uses\b").search(
        low) or _re(
        r"(?:at least|minimum of)\s+" + _NUM).search(low)
    count = _number(n.group(1)) if n else None
    strict = _more_than(low, n.start()) if n else None
    return ([Found("letter_frequency", {"letter": m.group(1), "n": count + strict})]
            if count and strict is not None else []), True


def _more_than(low: str, at: int) -> int | None:
    """1 when the count at `at` is strict ("more than 6 times", "over twice"), 0 when it is a floor, None when it is
    a cap ("no more than twice", "at most 3 times": no checker takes a cap on a word's count)."""
    if _has(low[:at], r"\b(?:don't|do not|never|avoid|shouldn't|mustn't|not)\b[^.]{0,40}\bmore than\s*$"):
        return None  # "don't use the letter e more than 10 times"
    before = _NOT_MORE.sub(" ATMOST ", _NOT_FEWER.sub(" ATLEAST ", low[max(0, at - 40) : at]))
    if _has(before, r"(\bATMOST|at most|fewer than|less than|up to|max(?:imum)?(?: of)?)\s*$"):
        return None
    return int(_has(before, r"\b(more than|over|in excess of|upwards of)\s*$"))


# "the word home", "the dog's name, Rex" (a name capitalised): an unquoted word to repeat
_FREQ_BARE = compile_linear(r"\b(?:[Tt]he (?:key)?word\s+([a-z][\w-]*)|(?:[Tt]he|'s) name,?\s+([A-Z][\w-]*))\b")
_FREQ_NOT = frozenset({"count", "limit", "twice", "thrice", "times", "once"} | set(_NUMBER_WORDS))
_FREQ_CUE = (r"\b(word|keyword|term|use|repeat|mention|say|saying|appear|come up|show up|turn up|include|"
             r"(?:likes?|loves?|expects?) to see)|"
             r"^\W*(?:(?:and|also|please|can you|could you|would you)\s+)*(?:squeeze|sneak|slip|weave)\b")
# "... shows up 4 times", "... is in there twice" only as a request ('"Um" shows up 12 times in my transcript': no)
_FREQ_DIRECTIVE = (r"\b(?:make sure|ensure|should|must|needs? to|has to|have to|let|please|can|could|want|"
                   r"^\W*(?:i'?d|i would) like (?:a|an|the)\s+[\w -]{1,40}?\b(?:where|in which|that|with)\b)|"
                   r"^\W*(?:and\s+|also\s+)?(?:use|say|mention|repeat|include|write|put|have|get)\b")


def _keyword_frequency(low: str, text: str) -> Detection:
    times = _re(_NUM + r"\s*\+?\s+(?:or more\s+)?times|\b(twice|thrice)\b").search(low) or _re(
        r"(?:at least|minimum|min\.?)\s+" + _NUM + r"\s+time\b()").search(low) or (  # "minimum 4 time"
        # "features on at least 4 occasions", "a tally of at least 2 occurrences of the word 'budget'" (asked for,
        # not found: "I found 5 occurrences of the word 'foo'")
        _re(r"(?:use|mention|include|say|appear|feature)\w*\b[^.]{0,40}\bon\s+(?:at least\s+)?" + _NUM +
            r"\s+(?:separate\s+)?occasions()").search(low) or (None if _has(
                low, r"\b(?:found|finds?|count\w*|were|code|regex|script)\b") else _re(
            r"(?:include|use|with|contain|have|there should be|ensure|tally of)\s+(?:at least\s+)?" + _NUM +
            r"\s+(?:occurrences|instances|mentions)\s+of\s+the\s+(?:word|term)\b()").search(low)))
    named = _re(r"\b(?:word|term)\s+[\"'“‘]([^\"'”’\n]{1,40})[\"'”’]").search(text)  # "the word 'proud'"
    word = named.group(1) if named else None
    if times is not None and named is not None and named.start() > times.start():
        # "use the word handmade twice and leave out the word 'luxury'", "say 'solar' three times and skip the word
        # 'cheap'": the word named last before the count, not a quoted one after it
        before = [(m.start(), next(g for g in m.groups() if g)) for m in _QUOTED.finditer(text)
                  if m.end() <= times.start()] + [
            (m.start(), m.group(1) or m.group(2)) for m in _FREQ_BARE.finditer(text)
            if (m.group(1) or m.group(2)).lower() not in _STOPWORDS | _FREQ_NOT and m.start() < times.start()]
        word = max(before)[1] if before else word
    words = ([word] if word else _quoted(text)) or [
        w for m in [_FREQ_BARE.search(text)] if m for w in [(m.group(1) or m.group(2)).lower()]
        if w not in _STOPWORDS | _FREQ_NOT] or [
        m.group(1) for m in [_re(r"\b(?:mention|use|say|repeat|include)\s+([a-z][\w-]*)\s+(?:at least\s+)?"
                                 + _NUM + r"\s+(?:or more\s+)?times").search(low)] if m and m.group(1) not in _STOPWORDS
        and m.group(1) not in ("them", "him", "her", "words", "word")]
    asked = _has(low, _FREQ_CUE)
    if times is None or not words or not (asked or _has(low, r"\b(shows up|comes up|pops up|in there|in it)\b")):
        return _NONE
    if not asked and not _has(low, _FREQ_DIRECTIVE):
        return _NONE  # "'Um' shows up 12 times in my transcript": a statement, not a request
    if not _has(low, _FREQ_DIRECTIVE) and _has(low, r"\b(?:appears|shows up|comes up|occurs|is used)\s+" + _NUM +
                                               r"\s+times\b"):
        return [], True  # "The keyword 'hiking boots' appears 14 times in 1,100 words": a count found, bare
    n = _number(times.group(1)) if times.group(1) else {"twice": 2, "thrice": 3}[times.group(2)]
    low_end = _re(r"\b(\d{1,2})\s*(?:-|–|to)\s*$").search(low[: times.start()])  # "6–8 times": at least 6
    floor = _number(low_end.group(1)) if low_end else None
    n = floor if floor and n and floor < n else n
    strict = _more_than(low, times.start())
    return ([Found("keyword_frequency", {"word": words[0].lower(), "n": n + strict})]
            if n and strict is not None else []), True


_CAPS = (r"all[- ]caps|all capital(?:\W*$|\s*[,.;])|all[- ]capitals?\s+words\b|upper-?\s?case|capital letters|"
         r"\bin capital letter\b|\bin (?:all )?(?:big|block) letters\b|"
         r"in (?:all |full |block )?capitals|"
         r"capitals only|capitali[sz]e|"
         r"\bcaps\b|in block letters|^\W*all capitals(?:\s+only|\s+throughout)?(?:,?\s*please)?[.!]*\s*$|"
         r",\s*all capitals(?:\s+only|\s+throughout)?(?:,?\s*please)?[.!]*\s*$|"  # "Write a rally cry, all capitals"
         r"^\W*(?:[-*•]\s*)?letter case\s*:\s*(?:all\s+)?upper(?:-?\s?case)?(?:\s+only)?[.!]*\s*$")
_BAN_VERB = r"(?:is|are)\s+(?:prohibited|forbidden|banned|not allowed|not permitted|not to be used)"
_BANNED = (r"\s+(?:letters\s+)?" + _BAN_VERB + r"(?:\s+anywhere|"
           r"\s+throughout)?(?:\s+in (?:the|your) (?:answer|response|reply|text|contribution|output|submission|"
           r"piece))?(?:\s+too)?(?:\W*$|\s*[,;]\s*(?:and|but|while)\b)")
_BAN_HEAD = r"^\W*(?:the\s+)?(?:use of\s+)?"  # a statement of its own: "Use of capital letters is prohibited."
_NEGATED_UPPER = (r"(no|not use any|not use|without|without using|never use|avoid|avoiding|zero|don'?t use|dont use)\s+"
                  r"(any\s+)?(capital|"
                  r"capitals|upper-?\s?case)|"
                  + _BAN_HEAD + r"(?:capital letters|capitals|upper-?\s?case|capitali[sz]ation)" + _BANNED)
# "Don't capitalise anything.", "Refrain from capitalising any letter whatsoever, including ..." (not "any of the
# headings", "anything except names")
_NO_CAPITALISING = (r"(?:refrain from|avoid|never|no|without|don't|do not)\s+capitali[sz](?:e|ing)\s+(?:anything|any "
                    r"letters?|a single letter|at all)(?:\s+(?:whatsoever|at all|ever))?\s*(?:[,.;!]|$)|"
                    r"\bwithout a single (?:capital|upper-?\s?case)|\bnot (?:a single|one|even one)\s+(?:capital|"
                    r"upper-?\s?case)")
# ... only asked of the answer ("She wrote her essay without a single capital letter", "Kids these days don't
# capitalize anything" are not)
_CASE_REQUEST = (r"^\W*(?:please\s+)?(?:write|keep|make|type|answer|reply|respond|refrain|ensure|make sure|don't|"
                 r"do not|"
                 r"never|avoid|use|i'?d|i would|i want|i need|no|without|not|describe|give|tell|explain|list|"
                 r"create|draft|compose|summari[sz]e)\b|\b(?:the whole thing|your (?:answer|"
                 r"reply|response)|the (?:answer|reply|response|output|submission))\b")
_NEGATED_LOWER = (r"(no|without|not use any|never use)\s+(any\s+)?(lower-?\s?case|small letters)|"
                  + _BAN_HEAD + r"(?:lower-?\s?case|small letters)" + _BANNED)


_CASE_ASKED = (r"^\W*(?:[-*•]\s*)?(?:please\s+|(?:can|could|would) you\s+)?(?:(?:write|answer|reply|respond|type|"
               r"do)\b|(?:use|in)\s+all\b|(?:all|everything)\s+in\b|(?:keep|make|put)\s+(?:it|everything|the whole "
               r"thing|your answer)\b)")
_REASON = (r"(?:,|\s-|\s—)?\s+(?:because|since|(?:she|he|they|my \w+)\s+(?:says|said|thinks|think|hates|hate|"
           r"can'?t stand|doesn'?t like|don'?t like|finds?))\b")


_CAPITALISED = r"\bcapitali[sz]ed\b"


_LOWER = r"lower-?\s?case|small letters|\bin (?:all )?small letter\b|lower case"  # ("all text in small letter pls")


def _cases_named(part: str) -> tuple[bool, bool]:
    """(upper, lower): the cases the part of a clause that asks names; both when it names neither (the reason
    before or after the request named both)."""
    upper, lower = _has(part, _CAPS), _has(part, _LOWER)
    return (upper, lower) if upper or lower else (True, True)


def _case(low: str, text: str) -> Detection:
    if _has(low, r"\b(?:countr(?:y|ies)|nations?|states|provinces|regions|cities|geograph\w*|europe|africa|asia|"
                 r"america|world|quiz\w*|capitals\s+of)\b"):  # "List the countries of Europe, all capitals": cities
        low = _re(r",\s*all capitals\b").sub(",", low)
    asks_case = _has(low, r"\b(?:so|please|pls)\b[^.]{0,40}\b(?:all caps|caps|capitals|upper-?\s?case|"
                          r"lower-?\s?case)\b|"
                          r"\b(?:too|as well)\b|\b(?:forget|no|not|instead of|rather than)\s+(?:the\s+)?"
                          r"(?:normal|sentence|regular|standard)[- ]case\b")
    if not asks_case and _has(low, r"\b(?:write|make|use|keep|in|a)\s+(?:it\s+|this\s+|them\s+)?(?:in\s+)?(?:a\s+)?"
                                   r"(?:normal\s+)?(?:normal|sentence|regular|standard)[- ]case\b|"
                                   r"\bnormal capitali[sz]ation\b"):
        return _NONE  # "... but for this one write a normal-case post": no case to check
    if _has(low, r"\b(?:our|my|their|his|her|the)\s+(?:[\w-]+\s+)?(?:logo|header|heading|title|sign|banner|font|"
                 r"template|menu|packaging|label)\s+(?:is|are|was|were|has|have|had)\s+(?:(?:set|written|printed|typed|"
                 r"done)\s+)?(?:an?\s+[\w-]+\s+)?in\s+(?:all\s+)?(?:caps|capitals|uppercase|lowercase)\b|"
                 r"\b[a-z]+s\s+(?:usually|often|always|normally|typically|traditionally)\s+(?:put|write|set|type)\b|"
                 r"\b(?:writes|types|posts|sends)\s+(?:every|each|all|his|her|their)\s+\w+\s+in\s+(?:all\s+)?"
                 r"(?:lower|upper|caps)|\b(?:leaves|left|writes|wrote|sends|sent|found|gets|got)\s+(?:\w+\s+){0,2}?"
                 r"(?:notes?|letters?|messages?|signs?|posts?)\s+(?:written|typed|printed)\s+(?:entirely\s+|all\s+)?"
                 r"in\s+(?:all\s+)?(?:caps|capitals|capital letters|upper-?\s?case|lower-?\s?case)\b|"
                 r"\bwants\s+the\s+(?:whole|entire)\s+(?:menu|book|sign|logo|poster|banner|slide|"
                 r"deck|brochure)\b") and not asks_case:
        return _NONE  # "our logo is set in all caps", "Lawyers usually put these in caps", someone's habit or design
    # someone's belief about letters is no request ("my kid thinks capital letters are 'shouting'"); the rest of the
    # clause still asks ("all in lowercase, she says capital letters look shouty")
    belief = _re(r"(?:^\W*|[,;]\s*)(?:(?:my|his|her|our|the|your)\s+[\w-]+\s+|(?:she|he|they)\s+)(?:thinks?|believes?|"
                 r"feels?|says?|said)\s+(?:that\s+)?(?:all\s+)?(?:capital letters|capitals|caps|upper-?\s?case|"
                 r"lower-?\s?case|small letters)\s+(?:are|is|look|looks|mean|means|seem)\b").search(low)
    if belief:  # (to the end of its part: "... so write it all lowercase" is asked)
        stop = _re(r"\s(?:and|so|but)\s|[.;,]").search(low[belief.end() :])
        low = low[: belief.start()] + " " + low[belief.end() + (stop.start() if stop else len(low)) :]
    low = _re(r"\bsorry (?:for|about) (?:the |my )?(?:all )?caps(?: ?lock)?\b|\b(?:my |the )?caps ?lock (?:is|was|got) "
              r"(?:stuck|on|broken|an accident)\b|\bkeyboard is stuck\b").sub(" ", low)
    # (the user's own capitals: "SORRY FOR CAPS, MY KEYBOARD IS STUCK")
    # "a JSON object; keys must be lowercase": the keys' case, not the answer's (the answer's own still counts:
    # "Write my bio in lowercase, keys should be lowercase as well")
    low = _re(r"\b(?:keys?|field names?|fields|variable names?|column names?|tags?|file ?names?|urls?|ids?|usernames?|"
              r"slugs?|labels?)\s+(?:must|should|need to|needs to|have to|has to|are to)\s+(?:all\s+)?be\s+(?:in\s+)?"
              r"(?:all\s+)?(?:lower|upper)[- ]?(?:case|cased)?(?:\s+letters)?(?:\s+(?:too|as well))?").sub(" ", low)
    low = _re(r'""\s+in\s+(?:all\s+)?(?:big|block)\s+letters').sub('""', low)  # "say 'Grand Opening' in big letters"
    # (not "caps bios at 4 sentences")
    upper = _has(_re(r"\bcaps\s+(?:\w+\s+){0,2}at\s+\d").sub(" ", low), _CAPS) or _has(
        low, r"\b(?:every|each|all(?: the)?)\s+letters?\s+(?:to\s+be|should\s+be|must\s+be)\s+(?:a\s+)?"
             r"capital(?:s|ized|ised)?\b|(?:\b(?:make sure|ensure|so that)|\b(?:write|make|type|print|format|"
             r"formatted|redo|set|put)\b[^.]*\bso)\s+(?:every|each|all(?: the)?)\s+letters?\s+(?:is|are)\s+(?:a\s+)?"
             r"capital(?:s|ized|ised)?\b")  # "I'd like every letter to be a capital", "Make sure every letter is ..."
    lower = _has(low, _LOWER)
    scoped_ban = _has(low, r"(?:capital|capitals|upper-?\s?case|lower-?\s?case|small)(?:\s+letters)?\s+" + _BAN_VERB
                      ) and not _has(
        low, _NEGATED_UPPER + "|" + _NEGATED_LOWER)  # "Capital letters are prohibited in usernames": not the answer's
    if _has(low, r"upper or lower|lower or upper|either case|any case") or scoped_ban or not _has(
            _re(_CAPITALISED).sub(" ", low), _CAPS) and not _has(
                low, r"\b(?:make sure|ensure|so that)\s+(?:every|each|all(?: the)?)\s+letters?\b") and _has(
            low, r"\b(?:nouns|names|words|letters|titles|headings|months|days|languages)\s+(?:\w+\s+)?"
                 r"(?:are|get|were)\s+(?:always\s+|usually\s+|normally\s+|all\s+)?capitali[sz]ed\b"):
        return _NONE  # "In German all nouns are capitalised": how a language writes, unless caps are asked besides
        # ("Write it in all caps since names are capitalized anyway")
    if upper and lower and (m := _re(_REASON).search(low)) and m.start() > 0:
        # "all in lowercase, she says capital letters look shouty": the case asked for, then the reason for it
        head = low[: m.start()]
        if not _has(head, _CASE_ASKED):
            return _NONE  # "I switched my phone to lowercase because capital letters felt shouty": no request
        upper, lower = _cases_named(head)
    so = _re(r",\s*so\s+(?:please\s+)?(?:write|keep|make|type|answer|reply|respond|put)\b").search(low)
    if upper and lower and so:  # "a gateway that mangles capital letters anyway, so please write it all in lowercase":
        tail = low[so.start() :]  # the reason, then the case asked for
        upper, lower = _cases_named(tail)
    if _has(low, r"\b(?:lower-?\s?case|upper-?\s?case|all caps|capitals)\s+(?:is|are)\s+(?:ok|okay|fine|allowed|"
                 r"alright)\b"):
        return _NONE  # "lowercase is ok": allowed, not asked
    if upper and lower and not (_has(low, _NEGATED_UPPER) or _has(low, _NEGATED_LOWER)):
        return _NONE  # "the difference between uppercase and lowercase letters": a topic, not an instruction
    if _has(low, _CODE) or _has(low, _OTHERS) or _has(low, _HABIT) or _has(
            low, r"\b(history|evolv\w*|origins?)\b|\b(when|how|why|whether)\s+(?:to|you should|we should|we|you|people|"
                 r"i)\s+(?:use|write)\b|^\W*(?:capital letters|capitals|lowercase|uppercase|all caps)\b[^.]*\b"
                 r"(?:are|is)\s+(?:often|usually|sometimes|commonly|generally)\b|^\W*(?:lowercase|uppercase|"
                 r"capital)\s+(?:\w+\s+){1,2}seems?\b|"
                 r"\b(?:who|whose)\b[^.,]*\b(?:writes?|wrote|written|types?|typed|prints?|uses?|"
                 r"refuses)\b[^.,]*\b(?:caps|capital|capitals|upper-?\s?case|lower-?\s?case)\b"):
        return _NONE  # "a CSS rule that makes text uppercase", "my boss writes in all lowercase", a topic
    if _NTH_PARAGRAPH.search(low) or _has(low, r"\b(first|last|opening)\s+(line|sentence|word|letter)s?\b|"
                                               r"\b(?:the|your)\s+(?:title|heading|headline|subject line)\s+"
                                               r"(?:in|should be|must be)\b|"
                                               r"\beach\s+(paragraph|line|sentence|bullet|item|heading)\b"):
        return _NONE  # "the first paragraph in capitals": a part's case, not the answer's
    if upper and _has(low, r"\bwords?\b") and _has(low, r"all[- ]caps|all[- ]capital|in capitals") and (
            _negated(low, _CAPS) or _has(low, _NEGATED_UPPER) or _negated(
                low, r"words?\s+(?:written\s+)?in\s+(?:all[- ]caps|all[- ]capitals|capitals)")):
        # "avoid all-caps words (one at most)", "don't use any words in all caps"
        caps_at = _re(_CAPS).search(low)
        capped = list(_re(r"(?:at most|max(?:imum)?|up to|no more than|more than)\s+" + _NUM).finditer(low))
        # (the bound nearest the caps: "at most 80 words, with no more than 2 words in all caps": 2)
        cap = _re(_NUM + r"\s+(?:\w+\s+){0,2}?(?:at most|max(?:imum)?|or fewer|or less|tops)\b").search(low) or (
            min(capped, key=lambda c: abs(c.end() - caps_at.start()) if caps_at else 0) if capped else None)
        # ("don't use all-caps words more than 5 times": 5)
        return [Found("capital_words_max", {"n": (_number(cap.group(1)) or 0) if cap else 0})], True
    no_capitals = _has(low, _NEGATED_UPPER) or _has(low, _NO_CAPITALISING) and _has(low, _CASE_REQUEST)
    if (upper and _negated(low, _CAPS) and not no_capitals) or (
            lower and _negated(low, r"lower-?\s?case|small letters") and not _has(low, _NEGATED_LOWER) and not (
                no_capitals and not upper)):  # (not "in all lowercase, i.e. don't capitalise anything")
        return _NONE  # "don't write in all caps": not a case of its own to check
    counts = list(_re(_NUM + r"\s*(\+|or more)?\s*(?:[\w-]+\s+){0,3}?(?:words?|terms?)").finditer(low))
    cue = _re(_CAPS).search(low)
    count = min(counts, key=lambda c: min(abs(cue.start() - c.end()), abs(c.start() - cue.end()))) \
        if counts and cue else (counts[0] if counts else None)
    whole = _has(low, r"\b(all|every|whole|entire)\s+(?:the\s+|of\s+(?:the|your)\s+|your\s+)?"
                      r"(letters?|answer|reply|response|text|output)\b") and not _has(
        low, r"\b(?:every|each|all the) letters? (?:of|in) (?:at least |a minimum of |some |a few )?\w+ words?\b")
    times = _re(_NUM + r"\s+(?:or more\s+)?times").search(low) if _has(low, r"\bwords?\b") else None
    count = count or times
    limit = _re(r"\b(?:limit|keep|cap)\b[^.]{0,30}(?:caps|capital|capitali[sz]ed|upper-?\s?case)[^.]{0,20}\bwords?\b"
                r"[^.]{0,12}\b(?:to|below|under|at)\s+(?:most\s+)?" + _NUM).search(low) if upper and not whole else None
    them = r"\b(?:at most|no more than|max(?:imum)?(?: of)?|up to|fewer than|less than)\s+" + _NUM + r"\s+of them\b"
    floor = _re(r"(?:\bATLEAST|at least|a minimum of|minimum of)\s+" + _NUM + r"\s+of them\b").search(
        _NOT_FEWER.sub(" ATLEAST ", low))
    if _has(low, r"^\W*(?:in\s+)?all[- ](?:caps|capitals)\s+(?:and|&)\s+(?:under|over|at most|at least|no more than|"
                 r"fewer than|less than|max)\b|\b(?:be|written|write it|in)\s+(?:all\s+)?(?:capital letters|capitals|"
                 r"upper-?\s?case)\s+and\s+(?:be\s+)?(?:under|over|at most|at least|no more than|fewer than|less than|"
                 r"max)\s+(?:\d+|[a-z]+)\s+words?\s*(?:[.,;!]|"
                 r"$)"):  # (and "slogans must be in capital letters and under 10 words")
        return [Found("uppercase")], False  # "all caps + under 20 words: ...": the case, then the answer's length
    # "use a few words in ALL CAPS for emphasis, at least 3"
    trailing = _re(r"\bwords?\s+in\s+(?:all[- ])?(?:caps|capitals|capital letters)\b[^.,]{0,30},\s*(?:at least|"
                   r"min(?:imum)?)\s+" + _NUM + r"\W*$").search(low)
    if upper and trailing and _number(trailing.group(1)):
        return [Found("capital_words", {"n": _number(trailing.group(1))})], True
    if upper and floor and _has(low, r"\bwords\b") and _number(floor.group(1)):  # "ALL-CAPS words ... no fewer
        return [Found("capital_words", {"n": _number(floor.group(1))})], True  # than 8 of them"
    keyed = _re(r"\b(?:all[- ]caps|fully capitali[sz]ed|capitali[sz]ed|fully uppercase|uppercase)\s+words\s*(?::|"
                r"must\s+(?:stay|be|remain)|should\s+(?:stay|be|remain)|(?:are|is)\s+(?:limited|capped|kept)\s+(?:to|"
                r"at))\s*(at least|a minimum of|minimum|at most|no more than|"
                r"max(?:imum)?|fewer than|less than|under|below)?\s*" + _NUM).search(_NOT_FEWER.sub(" at least ", low))
    if keyed and _number(keyed.group(2)):  # "All-caps words: a minimum of 4", "... words must stay under five"
        n, bound = _number(keyed.group(2)) or 0, keyed.group(1) or ""
        tail = low[keyed.end() :]  # "Fully capitalised words: six or more."
        bound = bound or ("at least" if _has(tail, r"^\s*(?:\+|or more\b|or above\b|minimum\b)") else
                          "at most" if _has(tail, r"^\s*(?:or fewer|or less|max(?:imum)?|tops|at (?:the )?most)\b")
                          else "")
        if _has(bound, r"least|minimum"):
            return [Found("capital_words", {"n": n})], True
        if bound:
            return [Found("capital_words_max", {"n": n - 1 if _has(bound, r"fewer|less|under|below") else n})], True
    limit = limit or (_re(them).search(low) if upper and _has(low, r"\bwords\b") else None)  # "... at most 3 of them"
    if limit and _number(limit.group(1)) is not None:  # "Limit all-caps words to 2", "keep them below 3"
        n = _number(limit.group(1)) or 0
        strict = _has(limit.group(0), r"below|under|fewer|less")
        return [Found("capital_words_max", {"n": n - 1 if strict else n})], True
    once = _re(r"\b(?:at most|no more than|not more than|max(?:imum)?)\s+(once|twice)\b").search(low)
    if upper and once and not whole and _has(low, r"\bwords\b"):  # "capitalised words appear no more than once"
        return [Found("capital_words_max", {"n": 1 if once.group(1) == "once" else 2})], True
    adjacent = count is not None and (_has(count.group(0), r"caps|capital|upper") or _has(
        low[count.end() : count.end() + 60], r"^[^,.;:]{0,40}?(?:\b|all[- ])(?:caps|capitals|capital letters|"
                                             r"capitali[sz]ed|upper-?\s?case)") or _has(
        low[max(0, count.start() - 50) : count.start()], r"(?:caps|capitals|capital letters|capitali[sz]e|"
                                                          r"capitali[sz]ed|upper-?\s?case)[^,.;:]{0,35}$"))
    # "3 words (by writing them) in caps", "capitalise at least 2 words"; not "all caps, under 10 words"
    if upper and count and adjacent and not _has(low, _NEGATED_UPPER) and not whole:
        n = 0 if count.group(1) in ("0", "zero") else _number(count.group(1))
        before = _NOT_MORE.sub(" ATMOST ", _NOT_FEWER.sub(" ATLEAST ", low[: count.start()]))[-30:]
        before = _re(r"^.*[,;:]").sub("", before)  # "4 hashtags minimum, less than 3 words in all caps": a cap
        capped = _has(low[count.end() :], r"^\s*(or fewer|or less|at most)") or _has(count.group(0), r"or (fewer|less)")
        if n == 0 or (n is not None and not _has(before, r"\bATLEAST\b|at least|minimum") and (
                _AT_MOST.search(before) or capped)):
            return [Found("capital_words_max", {"n": max(n - 1, 0) if _STRICT.search(before) else n})], True
        more = _has(before, r"(?:more than|over)\s*$")  # "more than 2 words in all capital letters": 3
        return [Found("capital_words", {"n": (n or 1) + more})], True
    if no_capitals or (lower and not _has(low, _NEGATED_LOWER)):
        return [Found("lowercase")], False
    if upper or _has(low, _NEGATED_LOWER):
        return [Found("uppercase")], False
    return _NONE


# a count tied to the highlighting ("highlight 2 key achievements", "with at least 3 highlighted sections", "three
# terms in bold"): then a word count beside it is the answer's ("a 200 word story with two highlighted sentences")
_HIGHLIGHT_COUNTS = (
    _re(r"\b(?:highlight|italici[sz]e|emphasi[sz]e|bold)(?:ing)?\s+(?:at least\s+|a minimum of\s+|exactly\s+|"
        r"no fewer than\s+|(?:only\s+)?the\s+)?" + _NUM + r"\b"),
    _re(_NUM + r"\s+(?:(?:key|main|important|short|different|separate|distinct)\s+)?(?:highlighted|italici[sz]ed|"
               r"emphasi[sz]ed|bolded|bold)\b"),
    _re(_NUM + r"\s+(?:[\w-]+\s+){0,2}(?:[a-z]+s|phrase|term|word|sentence|part|span|point|idea|figure|number|fact|"
               r"name|"
               r"stat|date|price|line)\s+(?:highlighted|in "
               r"(?:markdown\s+)?bold|in (?:markdown\s+)?italics|italici[sz]ed|bolded)\b"),
)


# a count of the user's own text beside highlighting ("Summarize the 5 paragraphs below, highlighting key terms",
# "Highlight 3 key phrases in my 4 paragraphs below"): not the answer's
_USERS_TEXT = (r"\b(?:the|these|those|my|your|our|his|her|their)\s+\S+\s+(?:paragraphs?|sentences?|bullets?|"
               r"bullet points?)\b")


def _highlighted_count(low: str, text: str) -> tuple[int, list[Found]] | None:
    """The count `_HIGHLIGHT_COUNTS` ties to the highlighting (a floor: "up to 3" is 1, "more than 2" is 3), and what
    `_counts` reads in the rest of the clause."""
    bare = _QUOTED.sub('""', text).lower()
    m = min((m for p in _HIGHLIGHT_COUNTS if (m := p.search(bare))), key=lambda m: m.start(), default=None)
    if m is None or len(bare) != len(low):
        return None
    n = _number(next(g for g in m.groups() if g))
    if n is None or not 0 < n <= 50:
        return None  # "my 2024 goals with highlighted deadlines": a year, not a count
    before = bare[: m.start()]
    if _has(before, r"\b(?:at most|no more than|not more than|up to|max(?:imum)?|fewer than|less than|under)\s+$"):
        n = 1
    elif _has(before, r"\b(?:more than|over)\s+$"):
        n += 1
    # (without the highlighted parts' own bound: "3 highlighted sections of at least 50 words")
    after = _re(r"^\s*(?:[\w-]+\s+)?(?:of|each of|that are|,? each)\s+(?:[a-z]+\s+){0,3}?\d+\s+words?\b").search(
        bare[m.end() :])
    if after and _has(bare[m.end() + after.end() :], r"^\s*(?:in total|total|overall|altogether)\b"):
        after = None  # "3 highlighted sections with at least 300 words in total"
    end = m.end() + (after.end() if after else 0)
    rest = bare[: m.start()] + " " * (end - m.start()) + bare[end:]
    if _has(rest, _USERS_TEXT):
        return n, []  # "Highlight 3 key phrases in my 4 paragraphs below": the user's text
    return n, _counts(rest, rest)[0]


# "bold at least three of the ..." (not "I wanted to bold one of the phrases")
_BOLD_SOME = (r"(?:^\W*|[,;]\s*|\band\s+|\bplease\s+|\bpls\s+)bold\s+(?:at least\s+)?" + _NUM
              + r"\s+of\s+(?:the|them|my|your)\b")
# "Bold the co-op's name at least once", "bold at least 2 bits", "with at least 1 figure in bold": bold asked of a part
_BOLD_PART = (r"^\W*(?:please\s+|pls\s+|and\s+)?bold\s+the\s+[\w'’-]+|(?:^\W*|[,;]\s*|\band\s+|\bplease\s+)bold\s+"
              r"(?:at least\s+)?(?:\d+|one|two|three|four|five)\s|\bwith\s+(?:at least\s+)?(?:\d+|one|two|three)\s+"
              r"(?:[\w-]+\s+)?"
              r"[a-z]+\s+in\s+bold\b")


def _highlight(low: str, text: str) -> Detection:
    bold_part = _has(low, _BOLD_SOME) or _has(low, _BOLD_PART)  # bold asked of some of the answer's parts
    # (also "bold at least 3 key words", "2 bold phrases")
    marked = _has(low, r"asterisks?|\bitalic[a-z]*|\bitalici[sz]e|\bhighlight(?:ed|ing)?\b|\bmarkdown highlights\b|"
                       r"\bin bold\b|\bbold\s+"
                       r"(?:at least\s+)?(?:\d+|[a-z]+)\s+(?:[\w-]+\s+)?(?:words?|phrases?|terms?)\b|\bbold\s+"
                       r"(?:words?|phrases?|terms?)\b|\b(?:use|include|with|add)\s+(?:at least\s+)?(?:\d+|one|two|"
                       r"three|"
                       r"four|five|a few|some)\s+bolded\b") or bold_part or (
        _has(low, r"\bmarkdown\b") and _has(low, r"\bbold|\bemphasi|\bstress"))  # not "Reply in Markdown."
    emphasis = _has(low, r"\bemphasi[sz]e\b|\bstand out\b") and _has(low, r"\d|\b(key|important|some|at least)\b")
    emphasis = emphasis and not _has(low, _CAPS)  # "emphasis" in capitals: capital_words
    other = (r"bullet|\blist\b|\*{3}|\btable\b|highlights\b|\bdivider\b|\b(6|six) asterisks|code ?blocks?|fenced|"
             r"\bhead(?:ing|er)s?\b")  # lists, separators, code, headings
    counted = _has(low, _NUM + r"\s+(?:[\w-]+\s+)?(?:highlighted|italici[sz]ed|emphasi[sz]ed)\b") or bold_part
    # (beside a list: "and bold at least two of the most important ones")
    # "four bullet points, with two or more phrases set in *markdown italics*": both
    phrased = _re(r"\b(?:with|and)\s+(?:at least\s+|a minimum of\s+)?" + _NUM + r"\s+(or more\s+)?(?:phrases|terms|"
                  r"ideas)\s+(?:set\s+|written\s+|put\s+)?(?:off\s+)?(?:in|with)\s+\*?(?:markdown\s+)?(?:italics|"
                  r"bold|asterisks)\b").search(low)
    if phrased and _number(phrased.group(1)) and _has(low, other):
        bare = _QUOTED.sub('""', low[: phrased.start()])
        return [Found("highlight", {"n": _number(phrased.group(1))}), *_counts(bare, bare)[0]], True
    if _has(low, r"\b(?:row|line|string)\s+of\s+(?:\w+\s+)?asterisks\b") and not _has(
            low, r"\bhighlight|\bbold|\bitalic|\bemphasi|\bmark\b"):
        return _NONE  # "a row of asterisks between two stanzas", "with a line of asterisks between them": a divider
    if _has(low, r"^\W*(?:i|we)\s+(?:keep\s+|always\s+|still\s+)?(?:get|getting|see|seeing|got|saw|end up with)\b") \
            and not _has(low, r"\b(?:so|please|pls|and)\s+(?:highlight|bold|italici[sz]e|emphasi[sz]e)\b|[-—–]\s*"
                              r"(?:highlight|bold)\b"):
        return _NONE  # "I keep getting asterisks showing up": what the user sees
    if (_has(low, r"\b(?:how|why|what|whether)\s+(?:markdown|asterisks?|italics?|bold)\b|\bhow (?:do|can|should|would) "
                  r"(?:i|you|we)\s+(?:do|make|get|type|use|write|add|turn off)\s+(?:\w+\s+)?(?:bold|italics?|"
                  r"highlight\w*)\b") and not _has(
            low, r"\bhighlight(?:ing|ed)?\s+(?:at least\s+)?(?:\d|one|two|three|four|five)")) or _has(
            low, r"\bcode fences?\b"):
        return _NONE  # "how markdown uses asterisks": a topic; "code fences around it": code
    label = _re(_LABEL_FLOOR % r"highlights|highlighted (?:sections|spans|phrases|words)").search(low)
    if label and _number(label.group(1)) and not _has(low, r"\b(?:bullet|list|headings?)\b"):
        return [Found("highlight", {"n": _number(label.group(1))})], True
    if (_has(low, other) and not counted) or not (marked or emphasis) or _negated(
            low, r"markdown|bold|italics?|asterisks?|highlight|emphasis"):
        return _NONE
    if counted := _highlighted_count(low, text):
        return [Found("highlight", {"n": counted[0]}), *counted[1]], True
    nouns = r"phrases?|words?|parts?|terms?|spans?|sections?"
    # no count of highlights: a count of paragraphs, sentences or bullets beside is the answer's ("Write 4 paragraphs
    # with highlighted key terms"); a word count may be the highlights' ("italics on at least 2 words")
    bare = _QUOTED.sub('""', low)
    # (not the user's own text: "Summarize the 5 paragraphs below, highlighting key terms")
    beside = [f for f in _counts(bare, bare)[0] if not f.kind.startswith("words")] if _count_of(
        low, nouns) is None and not _has(low, _USERS_TEXT) else []
    return [Found("highlight", {"n": _floor_of(low, nouns)}), *beside], True


def _json(low: str, text: str) -> Detection:
    """JSON as the answer's form ("as JSON", "in JSON format", "valid JSON"), not JSON as a topic."""
    form = (r"\b(as|in|into|valid|only|machine-readable|well-formed|be|is|being)\s+(an?\s+|one\s+)?(single,?\s+)?"
            r"(valid,?\s+|parseable,?\s+|well-formed,?\s+|pure\s+)?json\b|^\W*pure json\b|"
            r"^\W*json\s*(?:pls|please|plz)\s*:|"  # "JSON pls: 3 cheap dinner ideas"
            r"^\W*(?:please\s+)?(?:write|give|create|make|produce|return|draft|generate)\s+(?:me\s+)?an?\s+"
            r"json-formatted\b|\bjson\s+(format|only)|^\W*(?:(?:output|response|answer|reply)\s+)?format\s*:\s*json\b|"
            r"\bnothing (?:else )?outside (?:of )?the json\W*$|^\W*nothing but (?:the |valid )?json(?: object)?\b|"
            r"\b(?:just|only) the json\s+(?:and\s+)?nothing else\b|^\W*json,? and nothing but json\b|"
            r"^\W*(?:return|output|give|send|reply with)\s+nothing but (?:the |valid )?json\W*$|"
            r"^\W*(?:no|without)\s+(?:\w+\s+){0,2}?(?:explanation|commentary|text|prose)s?,?\s+(?:just|only)\s+"
            r"the\s+json(?:\s+object)?(?:,?\s*please)?\W*$|^\W*(?:just|only)\s+the\s+json,?\s*(?:please|and nothing "
            r"else)\W*$")
    returned = (r"^\W*(output|return|give|provide|produce|respond with|reply with)\s+(an?\s+)?(valid\s+)?json\b|"
                r"^\W*(?:please\s+)?(?:write|give|format)\s+(?:the\s+|your\s+|my\s+)?(?:answer|reply|response|it)\s+in\s+"
                r"the\s+form\s+of\s+(?:a\s+)?json\b|"  # "Write answer in the form of JSON."
                # "Give me raw JSON"
                r"^\W*(?:give|send)\s+(?:me|us)\s+(?:only\s+|just\s+)?(?:raw|pure|plain|valid)\s+json(?:\s+only)?"
                r"\s*(?:[.!]|$|,\s*(?:no|nothing|without|only|please|pls)\b)")
    someone = (r"\b(?:whether|if)\b[^.]*\bjson\b|\b(?:my|our|this|the)\s+(?:config|file|string|data|payload|input)\b|"
               r"\b(?:my|our|this|the)\s+api\s+(?:returns?|sends?|outputs?|responds?|gives?)\b|\bjson\.\w|"
               r"\b(?:docs?|documentation|spec|guidelines?)\s+(?:says?|states?|requires?)\b|"
               r"^\W*\[(?:error|warn|warning|info|debug)\]")  # "return json.load(...)", a log line
    wished = _re(_WISH_IF + r"\s+(?:the whole thing|your (?:answer|reply|response)|the (?:answer|reply|response)|it|"
                          r"everything|you)\b").sub(" so ", low)  # "I'd be glad if the whole thing came back as JSON"
    asked = _has(low, form) or _has(low, returned) or _has(low, _JSON_ASKED) or _has(low, _JSON_GIVEN) and not _has(
        low, _JSON_AND_MORE) or (
        _has(low, r"(?:^\W*|\bbut\s+)make\s+it\s+(?:valid\s+)?json\W*$"))  # "a recipe ... but make it JSON"
    if not asked or _asks(text) or _has(low, _CODE) or _negated(low, r"json") or _has(low, _MORE_AFTER) or _has(
            wished, someone):
        return _NONE
    return [Found("json_output")], True


# "Format requirement: a JSON object, ...", "My parser expects pure JSON with no commentary around it."
_JSON_ASKED = (r"^\W*(?:(?:output|response|answer|reply)\s+)?format\s+requirement\s*:\s*(?:an?\s+)?(?:valid\s+)?json\b|"
               r"\bexpects\s+(?:only\s+)?(?:pure|valid|raw)\s+json(?:\s+(?:with|and)\s+no\b|\s+and nothing\b|\W*$)|"
               # "Constraints: JSON output only."
               r"^\W*(?:(?:constraints?|requirements?|rules?|(?:output |response )?format)\s*:\s*)?(?:valid\s+)?json\s+"
               r"(?:output|response|answer|reply)\s+only\W*$")
# "Give me a JSON object listing 3 trips": the answer is the object
_JSON_GIVEN = (r"^\W*(?:please\s+)?(?:give|send|create|make|produce|generate|build)\s+(?:me\s+|us\s+)?an?\s+"
               r"(?:valid\s+)?json\s+(?:object|array)\s+(?:of|with|listing|that|containing|for|holding|describing|"
               r"about|representing|detailing)\b")
# "..., and explain what each field means", "with a curl example": more than the object in the answer
_JSON_AND_MORE = (r"(?:,|\band\b|\bplus\b|\bthen\b)\s*(?:also\s+)?(?:explain|show|tell|write|walk|compare|describe|add|"
                  r"give|include|a sentence|a paragraph|some|code)\b|\bwith an?\s+(?:[\w-]+\s+)?example\b|\bhow to\b")
# a wish, not a condition: "I'd be glad if ...", "I'd love it if ...", "it would be great if ..."
_WISH_IF = r"\b(?:glad|love it|like it|great|nice|ideal|perfect|appreciate it|prefer it|happy|grateful|helpful)\s+if\b"


def _quotation(low: str, text: str) -> Detection:
    if _has(low, r"\b(repeat|echo|copy|quote)\b[^.]*\b(request|question|prompt|task)\b|\bverbatim\b"):
        return [], True  # repeating the request: not checkable here, and not a quotation
    cue = (r"quotation marks?|double[- ]quot|\bin quotes\b|\bdouble inverted commas?\b|"
           r"\bquoted (block|reply|answer|response)\b|\bquote character|"
           r"\b(?:entire|whole)\s+(?:answer|reply|response|thing)\s+(?:inside|in|within)\s+(?:one|a)\s+pair of "
           r"(?:double )?(?:quotes|\" marks)")
    wrap = (r"\b(wrap|wrapped|enclose|enclosed|put|inside|within|surround|entire|whole|in|begin|start|end|open|close|"
            r"as one|as (?:a|one) single (?:double[- ])?quoted|opening and closing|first and last characters?)\b|"
            r"\baround (?:everything|it all|the (?:whole|entire) (?:thing|answer|response|reply))(?:,?\s*please)?"
            r"[.!]*$")
    topic = r"\b(difference|explain|famous)\b"  # quotes as a subject
    if _has(low, cue) and _has(low, wrap) and not _negated(low, r"quot") and not _has(low, topic) and not _has(
            low, r"^\W*(?:please\s+)?(?:do not|don't|never|avoid)\b"):  # "Do not put your whole answer in quotes"
        return [Found("quotation")], True
    return _NONE


_OPTION_SPLIT = _re(r",\s*(?:or\s+)?|\s+or\s+")  # "A, B, or C": the options of a list


def _choice(low: str, text: str) -> Detection:
    if _has(low, r"\b(?:keys?|fields?|properties|attributes|columns)\s+(?:named\s+|called\s+)?[\"'“‘]"):
        return _NONE  # "Respond only in valid JSON, with keys 'tcp', 'udp' and 'when_to_use'": names, not options
    if not _has(low, _ONLY_QUOTED) and not _has(low, r"one of|single choice|choose|choosing (?:only )?from|pick|"
                                                     r"options?:|only:|following|"
                     r"(reply|respond|answer) (with )?only|"
                     r"nothing else|nothing more|(just|only) (answer|reply|respond|say)|"
                     r"(reply|respond|answer|say)\s+(?:with\s+)?(just|only|either|simply)\b|"
                     r"\b(?:reply|respond|answer)\s+strictly\s+with\b|"
                     r"\b(?:exactly one|a single|one) word\s*:|^\W*(?:(?:please|just|kindly|simply|you must|you should|"
                     r"i need you to|can you|could you)\s+)*(?:answer|reply|respond|say)\b"
                     r"[^.]*\bonly\W*$|\b(?:survey|quiz|poll|grader|answer key|scoresheet|ballot|spreadsheet|"
                     r"sheet)\b[^.]{0,20}"
                     r"\bonly accepts?\b[^.]*\bas (?:the|an?|its|your) (?:answer|reply|response)\b|"
                     r"\bone word (?:out )?of (?:these|the following)\s*:|\bone (?:word|label|option) from"
                     r"(?:\s+(?:this|the|these|the following)\s+(?:list|options|labels|words|set))?\s*:"):
        return _NONE
    if _has(low, r"\b(two|three|four|several|some|any \w+|\d+)\s+(?:\w+\s+)?(?:of them\s+)?from\b|\bavoid\b|"
                 r"\b(?:story|tale|poem|script|dialogue|novel)\b[^.]*\b(?:that|who|which)\s+(?:can\s+)?only\s+"
                 r"(?:answer|reply|respond|say)"):  # "a story about a robot that can only answer with 'yes' or 'no'":
        return _NONE  # someone else's choice; "pick any two from this set", "avoid anything from this list": not one
        # option as the answer
    options = _quoted(text)
    head, colon, _ = text.partition(":")
    if colon and len(_quoted(head)) >= 2:  # "Answer only 'yes' or 'no': is 'informations' correct english?"
        options = _quoted(head)
    labels = _re(r"\b(?:reply|respond|answer)\s+(?:using|with)\s+only\s+one of the (?:labels|options|words|"
                 r"categories)\s+([a-z]+(?:,\s*[a-z]+){1,4},?\s+or\s+[a-z]+)\W*$").search(low)
    listed = _re(r"(?:options|one of(?: these| the following)?(?: options| words| labels)?(?: and nothing else)?|"
                 r"one word (?:out )?of (?:these|the following)|(?:answer|reply|respond)\s+with\s+(?:just|only)\s+"
                 r"one\s+"
                 r"word|one (?:word|label|option) from(?:\s+(?:this|the|these|"
                 r"the following)\s+(?:list|options|labels|words|set))?|"
                 r"(?:with\s+)?(?:just|only)\s+the\s+(?:letter|label|number)|"
                 # "Pick one and reply with only that word: red, blue, green." (not "Say only the name: who ...?")
                 r"(?:reply|answer|respond|say)\s+with\s+(?:only|just)\s+that\s+(?:word|one|option)|"
                 r"from (?:this|the following|these) (?:set|list|options|labels|words))\s*:\s*([^:\n]{3,120})$"
                 ).search(text)
    if len(options) < 2 and listed:
        items = [o.strip(" .") for o in _OPTION_SPLIT.split(listed.group(1))]
        if 2 <= len(items) <= 6 and all(0 < len(o.split()) <= 3 and "?" not in o for o in items):
            options = items
    picked = _re(r"^\W*(?:please\s+)?(?:choose|pick|select)\s+(?:only\s+)?one\s+(?:of|from)\s+"
                 r"(\w{1,2}(?:\s*,\s*\w{1,2}){1,5}"
                 r",?\s+or\s+\w{1,2})\W*$").search(text)  # "Choose one of A, B, C, D or F": answer letters
    if len(options) < 2 and picked:
        options = [o for o in _OPTION_SPLIT.split(picked.group(1)) if o]
    if len(options) < 2 and labels:  # "reply using only one of the labels positive, negative, or neutral"
        options = [o for o in _OPTION_SPLIT.split(labels.group(1)) if o]
    said = _re(r"^\W*(?:please\s+)?(?:just|only|simply)\s+(?:say|answer|reply|respond)\s+(?:with\s+)?"
               r"([a-z]+(?:,\s*[a-z]+){0,4},?\s+or\s+[a-z]+)(?:,?\s*(?:and\s+)?nothing (?:else|more))?\W*$").search(
        low) or _re(r"^\W*(?:please\s+)?(?:say|answer|reply|respond)\s+(?:with\s+)?([a-z]+(?:,\s*[a-z]+){0,4},?\s+or\s+"
                    r"[a-z]+)\s+only(?:,?\s*(?:please|pls))?\W*$").search(low) or _re(  # "answer yes or no only"
        r"^\W*(?:please\s+)?(?:answer|reply|respond)\s+(?:with\s+)?(?:only|just)\s+([a-z]+(?:,\s*[a-z]+){0,4},?\s+or\s+"
        r"[a-z]+)\s*:").search(low)  # "Answer with only yes, no, or depends: can ...?"
    if len(options) < 2 and said:  # "just say yes, no or maybe"
        options = [o for o in _OPTION_SPLIT.split(said.group(1)) if o]
    if len(options) < 2:
        m = _re(r"(?:from|of|:|between|choose|pick)\s+([^/\n]{1,30}(?:/[^/\n]{1,30})+)").search(text)
        options = [o.strip() for o in m.group(1).split("/")] if m else []
        if len(options) > 6 or any(_has(o, r"\bbetween\b|^\d+$|\d\s+and\s+\d") for o in options):
            options = []  # "between TCP/IP and UDP", "between 1/2 and 3/4": not options
        if options:
            options[0] = options[0].rsplit(":", 1)[-1].strip()
            options[0] = options[0].split(" ")[-1] if len(options[0].split()) > 2 else options[0]
            options[-1] = _re(r"\s+(?:and|or|nothing|only|-|—)\s.*$|[.,;:!?)]+.*$").sub("", options[-1]).strip()
    return ([Found("constrained_choice", {"options": options})], True) if len(options) >= 2 else _NONE


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3}
LAST_PARAGRAPH = -1  # "the last paragraph": the count the request states, else not read (`parse_instructions`)
_NTH_PARAGRAPH = _re(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|closing|"
                     r"opening|\d{1,2}(?:st|nd|rd|th))\s+paragraph\b|\bparagraph\s+(\d{1,2}|one|two|three|four|five)\b")


def _paragraph_start(low: str, text: str) -> Detection:
    """"The second paragraph must start with the word 'However'": a paragraph's first word, not the answer's."""
    # (also "Answer in 2 paragraphs, the second starting with 'Never'")
    m = _NTH_PARAGRAPH.search(low) or (_has(low, r"\bparagraphs?\b") and (_re(
        r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+one\b").search(low) or _re(
        r"\bparagraphs\b[^.;]*?,\s*(?:and\s+)?(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
        r"tenth|last|final|\d(?:st|nd|rd|th))(?:\s+one)?\s+(?:(?:should|must|has to|needs to|will|shall)\s+)?"
        r"(?:starting|beginning|opening|starts|begins|opens|start|begin|open)\s+with\b").search(low)))
    if not m or not _has(low[m.end() :] + " " + low[: m.start()] + " " + m.group(0),
                         r"\b(start|starts|begin|begins|open|opens)\b"
                         r"|\b(starting|beginning|opening)\s+with\b|\bfirst word\b"):
        return _NONE
    if _negated(low, r"start|begin|open") or _has(low, r"\b(my|our|his|her|their|your)\s+(?:[\w']+\s+){0,3}?(?:"
                                                       r"first|second|third|fourth|fifth|last|opening|final)\s+"
                                                       r"paragraph|\bparagraph\s+of\s+(my|our|his|her|their)\b|"
                                                       r"\bwho\s+(starts|begins|opens)\b"):
        return [], True  # claimed (not the answer's start phrase): "my essay's second paragraph starts with"
    ordinal = m.group(1) or m.group(2)
    n = (1 if ordinal == "opening" else LAST_PARAGRAPH if ordinal in ("last", "final", "closing")
         else _ORDINALS.get(ordinal) or _number(ordinal.rstrip("stndrh") or ordinal))
    after = [next(g for g in q.groups() if g) for q in _QUOTED.finditer(text) if q.start() >= m.start()]
    before = [q for q in _QUOTED.finditer(text[: m.start()])]
    named = _re(r"\bwith\s+the\s+word\s+([A-Za-z][\w'’-]*)").search(text[m.start() :])
    word = after[0].strip(" .,:;!?") if after else named.group(1) if named else ""
    found = []
    if before and _has(low[: m.start()], r"\b(begin|start|open)\s+(your|the)\s+(answer|reply|response)\s+with\b"):
        found.append(Found("start_phrase", {"phrase": next(g for g in before[0].groups() if g)}))  # "... and the"
    if n and word and len(word.split()) == 1:
        found.append(Found("paragraph_first_word", {"n": n, "word": word}))
    return found, True


# a formal cue said of the answer ("The submission shall commence with", "Commence your answer with"), not of
# something else ("The ceremony will commence with", "my lease will terminate with")
_ANSWER_MUST = (r"(?:^\W*(?:please\s+)?|(?:\band|\bthen|,)\s+(?:please\s+)?|\b(?:submission|answer|reply|response|"
                r"contribution|output|text|piece|it|that|which)\s+(?:(?:shall|should|must|is to|needs to|has to)\s+)?)")


# a relative clause of the text asked for: "Write a speech ... that starts with", "Write a rap ... that has"
_ASKED_THAT = (r"^\W*(?:please\s+|(?:can|could|would|will) you\s+(?:please\s+)?)?(?:write|draft|compose|give me|"
               r"create)\b[^.]*\b(?:that|which)\s+")


# "only 'Delicious', 'Disgusting' or 'Fine'", "The answer should be only 'True' or 'False'": quoted options, one to give
_ONLY_QUOTED = (r"(?:(?:^|[:,;])\s*(?:only|just)|\b(?:answer|reply|response|output)\s+(?:should|must|shall|"
                r"will)\s+be\s+"
                r"(?:only|just|either))\s+[\"'“‘][^\"'”’\n]{1,30}[\"'”’](?:\s*,\s*[\"'“‘][^\"'”’\n]{1,30}[\"'”’])*,?\s+"
                r"or\s+[\"'“‘][^\"'”’\n]{1,30}[\"'”’](?:\W*$|\s*,\s*(?:with no other|and nothing|nothing else|in "
                r"(?:double )?quot|wrapped|enclosed|in (?:all )?(?:caps|upper|lower)))")


# a time or place, not the answer's end ("a question for the end of a lesson", "at the start of the meeting", "at the
# end of the day"), unless it names the text ("at the end of the email")
_WHEN_IN = _re(r"\b(?:at|for|by|until|till|near|towards?|before|after)\s+the\s+(?:very\s+)?(?:end|start|beginning)"
               r"\s+of\s+(?:a|an|the|our|my|his|her|their|this|that|each|every|your)\s+(?:[\w-]+\s+)?([\w-]+)")
_TEXT_NOUNS = frozenset({
    "answer", "reply", "response", "text", "email", "letter", "message", "note", "post", "essay", "story", "poem",
    "speech", "article", "summary", "paragraph", "piece", "output", "caption", "bio", "blurb", "toast", "card",
    "review", "description", "list", "song", "verse", "chorus", "script", "newsletter", "tweet", "thread", "draft",
    "section", "line", "sentence", "page", "memo", "report", "invitation", "invite", "announcement", "ad", "copy",
    "intro", "introduction", "conclusion", "statement", "cover", "pitch", "story's", "limerick", "haiku", "sonnet",
    "rap", "lyrics", "flyer", "sign", "slogan", "agenda", "plan", "guide", "recipe", "itinerary", "proposal",
})
# more texts someone's rules may be pointed back to ("Write my reflection on the trip. My teacher wants it in 3
# paragraphs."), kept out of `_TEXT_NOUNS`' patterns
_MORE_TEXT_NOUNS = frozenset({"reflection", "abstract", "eulogy", "obituary", "biography", "critique", "analysis",
                              "journal", "write-up", "writeup", "overview", "explanation"})

_TEXT_NOUN_WORDS = "|".join(sorted(w for w in _TEXT_NOUNS if w.isalpha()))  # (as a regex alternation)


# the text asked for ends so ("Could you write a podcast outro that ends with"), also as the second of two things it
# does ("so it's in all caps and ends with 'SHOP NOW!'", "a poem that rhymes and ends with 'goodnight'")
_ENDS_ASKED = (_ASKED_THAT + r"(?:ends|finishes|closes|concludes)\s+(?:with|on)\b|\b(?:that|which|so (?:that )?"
               r"it(?:'s| is)?)\s[^.;:]{0,60}?\band\s+(?:ends|finishes|closes|concludes)\s+(?:with|on)\b")


# a rule line's bare verb: "Constraints: begins with 'Once upon a time', ..." (not "Rules: the game starts with ...",
# nor a checklist's "- opens with 'Yellow'"); `_split_joined` gives the later parts of such a line, and of a request
# ("Write a message that uses 'x' and ends with 'Love, Mia'"), their subject ("it ends with 'Love, Mia'")
_ELIDED_EDGE = r"^[ \t]*(?:constraints?|requirements?|rules?)[ \t]*:[ \t]*"
_EDGE_VERB = r"(?:begins|starts|opens|ends|finishes|closes|concludes|signs off)\s+(?:with|on|by)\b"
_TEXT_NOUN = (r"(?:story|poem|essay|email|letter|post|blurb|caption|speech|toast|note|message|reply|bio|summary|review|"
              r"microfiction|haiku|limerick|paragraph|tweet|ad|song|verse|chorus|sonnet|ballad|lullaby|rap|joke|"
              r"riddle|fable|tale|monologue|article|memo|newsletter|announcement|invitation|intro|introduction|rhyme)")
# a request that names only its text ("Short story that starts with the line '...' and ends with 'Nobody came.'")
_ELLIPTICAL_REQUEST = (r"^\W*(?:an?\s+)?(?:short\s+|quick\s+|brief\s+)?" + _TEXT_NOUN
                       + r"\s+that\s+(?:starts|begins|opens|ends|uses|mentions|includes|has|features)\b")


def _text_named(low: str) -> bool:
    """A request that opens by naming the text it wants ("Write a poem ...", "Horror microfiction in 5 sentences
    ..."), not someone's text ("Her letter, which ends with ...")."""
    return not _has(low, r"^\W*(?:her|his|my|their|our|the|this|that|these|those|its)\b") and _has(
        low, r"^\W*(?:(?:write|draft|compose|give me)\s+(?:me\s+)?)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?" + _TEXT_NOUN
        + r"\b")


def _edges(low: str, text: str) -> Detection:
    told = _has(low, r"\b(?:i|we|he|she|they|people)\s+(?:wrote|write|put|used|use|added|add|typed|type)\b[^?!]{0,80}"
                     r"\bat the (?:end|start|"
                     r"beginning|bottom|top)\s+of\b")  # "I wrote 'Sincerely' at the end of": its quote is no keyword
    if told:
        return [], True
    if _asks(text) or _has(low, r"\b(i|we|he|she|they|people|everyone|mine)\s+(?:always\s+|usually\s+|often\s+)?"
                                r"(start|begin|open|end|finish|close|sign)") or _has(
            _QUOTED.sub('""', low), r"^\W*why\s+(?:do|does|did|is|are)\b|\b[a-z]+s\s+(?:always|usually|often|tend "
                                    r"to)\s+"
                                    r"(?:start|begin|open|end|finish|close|sign)") and not _has(
            low, r"\b(?:has to|have to|must|should|needs? to|make sure|please|pls)\b|\b(?:so|and|then)\s+(?:start|"
                 r"begin|"
                 r"open|end|finish|close)\b|\b(?:start|begin|open|end|finish|close)\s+(?:your|the|this|it|mine|yours|"
                 r"my)\b"):
        # ("why do AI chatbots always start with 'Great question!'")
        return _NONE
    if not (_text_named(low) and _has(low, r"\b(?:words|names|items|lines|verses|rhymes|sentences|paragraphs)\s+"
                                                r"that\s+(?:starts|begins|ends|finishes)\b|"
                                                # the text asked is one ("Write a campfire song verse that ends")
                                                r"^\W*(?:(?:write|draft|compose|give me)\s+(?:me\s+)?)?an?\s+"
                                                r"(?:[\w-]+\s+){0,2}?(?:verse|paragraph|rhyme)\s+that\s+(?:starts|"
                                                r"begins|ends|finishes)\b")) and _has(
            low, r"\b(words?|names?|items?|lines?|verses?|rhymes?|sentences?|paragraphs?)\s+"
                 r"(?:that\s+|which\s+|should\s+|must\s+)?(start|starts|begin|begins|end|ends|finish|finishes)\b|"
                 r"^\W*(?:emails|messages|posts|letters|stories|speeches|essays|people)\s+that\s+(?:start|begin|end|"
                 r"finish|close)\b") or _negated(_QUOTED.sub('""', low), r"start|begin|open|end|finish|close|conclude|"
                                                                    r"sign off"):  # (not a quote's "never opened")
        return [], True  # "words that start with 'un'", "the first line should end with", "don't start with 'Sure'"
    quoted = _quoted(text)
    head, colon, tail = text.rpartition(":")
    ending = r"\b(?:ending|end|close|closing|(?:final|last) (?:line|sentence))\s*$"
    # "Ending: a question for the graduates."; after "Final line:" only the bare request ("Last line: a question
    # mark is missing in my code" is about something else)
    bare = r"^\s*an?\s+(?:\w+\s+)?question(?:\s+(?:for|to|about)\s+[\w' ]{1,30})?(?:,?\s*please)?\s*[.!]?\s*$"
    asked = _has(tail.lower(), r"^\s*an?\s+(?:\w+\s+)?question\b")
    if colon and not quoted and _has(head.lower(), ending) and asked:
        if _has(head.lower(), r"\b(?:ending|end|close|closing)\s*$") or _has(tail.lower(), bare):
            return [Found("end_with_question")], True
        return [], True
    task = _has(tail.lower(), r"^\s*(?:describe|write|explain|tell|give|list|summari[sz]e|create|draft|compose)\b")
    # the phrase after a colon only where the cue ends what comes before it ("End with: See you soon"), not after
    # any colon ("Leave them with something to ponder: the final line is to end in a question mark")
    # (nor after a text that goes on to say what it holds: "an intro to read at the start that explains the rules:
    # teams of up to six, ...")
    cue = (r"\b(?:begin|start|open|end|finish|close|conclude|sign|words|phrase|line|sentence|signature|kick|first|"
           r"last|final|wrap)\w*")
    said = _re(r"^.*[.!?]\s").sub("", head.lower())
    labelled = colon and not quoted and _has(said, cue) and not _has(
        said, cue + r"\b[^:]*\b(?:that|which)\s+(?:explains|describes|covers|lists|tells|includes|outlines|sets out|"
                    r"goes over|lays out)\b")
    quoted = [q for q in quoted if q.strip(" .") not in ("…", "")]  # (material cut to '"…"' is no phrase)
    if _has(_QUOTED.sub('""', low), r"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:poem|letter|email|essay|story|"
                                    r"speech|song|novel|book|draft|post|message|note|script|chapter|intro|"
                                    r"introduction)\s+(?:starts|begins|opens|ends|closes|finishes|concludes)\b"):
        return [], True  # "My poem starts with 'Roses are red' ...": the user's text as it is, not the answer's
    phrase = quoted[0] if quoted else (tail.strip() if labelled and not task and 0 < len(tail.strip()) <= 80 else "")
    low = head.lower() if labelled else low
    own_lines = _re(_NUM + r"\s+(?:points|items|lines|entries),?\s+each on its own line\s+(?:beginning|starting) with"
                    ).search(low)
    if own_lines and phrase.strip() in ("*", "-", "•"):  # 'Give 5 points, each on its own line beginning with "* "'
        return [Found("bullet_list", {"n": _number(own_lines.group(1))})], True
    if _has(low, r"each (line|item|point|part|section|paragraph|day|week)|bullet|\beach\b[^.]{0,40}\bown line|"
                 r"\b(?:sections|parts|days|headings)\b[^.]{0,20}\beach\b|\blines\s+(?:beginning|starting)\b") or _has(
            phrase, r"^(section|part|step|chapter)\s+\d") or (
            _has(phrase, r"^(scene|round|phase|stage|lesson|module|act|level|unit|session)\s+\d")
            and _has(low, _SECTIONED)) or (
            phrase.strip() in ("*", "-", "•", "+")) or phrase.strip() in ("?", ".", "!"):  # a section's label or a
        phrase = ""  # bullet marker; a sentence's mark alone ('ending in "?"') is no phrase
    # the cue as an instruction ("end with", "ending with", "the last words") or said of the answer ("your answer
    # ends with"), not of someone else ("my boss ends his emails with")
    subject = (r"\b(answer|reply|response|output|text|it|story|poem|email|letter|essay|message|note|speech|post|"
               r"introduction|intro|article|summary|tweet|caption|review|blurb|newsletter)\s+"
               r"(?:that\s+|which\s+)?(?:must\s+|should\s+|will\s+|has to\s+)?")
    if _has(low, r"\b(opening|closing|first|last|final|ending)\s+(sentence|line|lines|paragraph|words?)\s+of\s+"
                 r"(?:my|our|his|her|their)\b|\b(?:here'?s|here is|this is)\s+(?:my|our|his|her|their)\s+(?:opening|"
                 r"closing|first|last|final)\b"):
        return _NONE  # "feedback on the opening sentence of my novel: '...'": someone's text, not the answer's
    low = _QUOTED.sub('""', low)  # the cue, not the quoted phrase ('mention the phrase "open to all"')
    low = _WHEN_IN.sub(lambda m: m.group(0) if m.group(1) in _TEXT_NOUNS else " ", low)
    start = _has(low, _ASKED_THAT + r"(?:starts|begins|opens)\s+with\b") or _has(
        low, r"\b(begin|beginning|start|starting|open|opening|kick off|kicking off|first words?|"
             r"(?:first|opening) (?:sentence|line) (?:must|should|has to|needs to|will)\s+(?:be|read))\b"
             r"|" + subject + r"(begins|starts|opens|started|began)\b|" + _ELIDED_EDGE + r"(?:begins|starts|opens)\b"
    ) or _has(
        low, r"\bfirst thing (?:you write|in (?:the|your) (?:answer|reply|response))(?:\s*(?:[.,;:!]|$)|\s+(?:here\b|"
             r"(?:must|should|has to|needs to|will)\s+be\b|(?:and|then)\b))|\bfirst thing you (?:wrote|write|put)\s+"
             r"(?:were|should be|must be)\b") or _has(low, _ANSWER_MUST + r"commenc(?:e|es|ing)\s+(?:your (?:answer|"
                                                     r"reply|response)\s+|it\s+)?with\b")
    if start and (_has(low, r"\b(?:don't|do not|never|not|avoid|shouldn't)\b[^.]{0,30}\bfirst thing\b") or _has(
            low, r"\b(?:is|was)\s+(?:often|usually|always|typically|normally|generally)\s+the\s+(?:very\s+)?"
                 r"first thing")):
        return [], True
    end = _text_named(low) and _has(low, r"\bthat\s+(?:ends|finishes|closes|concludes)\s+(?:with|on)\b") or _has(
        low, r"\b(finish|finishing|end|ending|you ended (?:it |the \w+ )?(?:by|with)|close|closing|sign off|"
                    r"sign-off|signing off|"
                    r"sign (?:it|this|the \w+) off|"
                    r"last words?|final words?|"
                    r"conclude|concluding|wrap up|wraps up with|wrapping up|wrap (?:it|this) up|(?:final|last) "
                    r"(?:sentence|line)|"
                    r"the last of which (?:must|should|has to|needs to|will) be)\b|"
                    # "Write a thank-you email to ... that signs off with": the answer asked for, not a podcast's
                    r"^\W*(?:please\s+)?(?:write|draft|compose|create|give me)\b[^.]{0,40}\b(?:email|letter|note|"
                    r"message|reply|text|toast|speech|card|apology|post)\b[^.]{0,60}\b(?:that|which) signs off\b"
                    r"|" + subject + r"(ends|finishes|closes|concludes)\b|" + _ELIDED_EDGE +
               r"(?:ends|finishes|closes|concludes|signs off)\b") or _has(low, _ENDS_ASKED) or _has(
        low, r"^\W*(?:and\s+|then\s+|please\s+)*sign (?:it|this|the (?:letter|email|note|card|message|reply|"
             r"speech|toast|post))\s+(?:off\s+)?(?:with\s+|as\s+)?\"\"") or _has(
        low, _ANSWER_MUST + r"terminat(?:e|ing)\s+(?:it\s+)?with\b")  # "Your contribution is to terminate with"
    if _has(low, r"\b(?:answer|reply|response|post|introduction|intro|article|summary|email|letter|essay|story|poem|"
                 r"speech|note|message)\b[^.]{0,60}\bthat\s+(?:ends|closes|finishes|"
                 r"concludes)\s+(?:with|by asking (?:the reader|the audience|me|them)?)\s*a\s+question\b"):
        return [Found("end_with_question")], True  # "a blog post introduction about budget travel that closes with
    if _has(low, r"(?m)^[ \t]*(?:[-*•]|\[[ x]?\])[ \t]*(?:ends|finishes|closes|concludes)[ \t]+(?:with|on)[ \t]+"
                 r"(?:a|an|one)[ \t]+(?:[\w-]+[ \t]+)?question(?:[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?(?:reader|readers|"
                 r"audience|me|them))?[^\w\n]*$"):
        return [Found("end_with_question")], True  # a checklist's item: "- ends with a question"
    if _has(low, r"\bthe last character of (?:your|the) (?:answer|response|reply|output)\b[^.]{0,30}\bquestion mark\b|"
                 r"^\W*the (?:very )?last character (?:should|must|has to|needs to|shall) be a question mark\W*$|"
                 r"^[ \t]*[-*•][ \t]*the (?:very )?last character (?:is|should be|must be) a question mark\W*$"):
        return [Found("end_with_question")], True
    if _has(low, r"\bsentences\b[^.]{0,40}\bthe (?:last|final) (?:of them|one)\s+(?:(?:must|should|has to|needs to|"
                 r"will)\s+be\s+|is\s+)?an?\s+question\b"):  # "two sentences exactly, the last of them a question"
        return [Found("end_with_question")], True
    if end and _has(low, r"\b(?:should|must|shall|may|can)\s*(?:not|n'?t)\s+(?:be|end (?:with|in|on))\s+(?:a\s+)?"
                         r"question\b"):
        return [], True  # "The last line should not be a question": nothing to check
    # "end with the question 'Are you in?'": its text (not "a question other than ...", "... or similar")
    quoted = phrase and _has(low, r"\bquestion\s*:?\s*[\"“'‘]") and not _has(
        low, r"\b(?:other than|instead of|rather than|not|like|such as)\s+(?:the\s+|a\s+)?question\b|"
             r"\bor (?:similar|something like (?:that|it))\b")
    if end and not quoted and _has(_QUOTED.sub('""', low), r"question|asking me|ask me|\bask\b|asking the|"
                                                           r"\binterrogative\b|\basking (?:something|a question)\b|"
                                                           r"\bon a query(?:\s+(?:to|for) (?:the )?reader)?\W*$"):
        return [Found("end_with_question")], True
    if phrase and start and not end:
        return [Found("start_phrase", {"phrase": phrase})], True
    if phrase and end:
        return [Found("end_phrase", {"phrase": phrase})], True
    return _NONE


_WORD_LIST = _re(r"(?:words|vocabulary|keywords|terms|\b(?:must|should)\s+(?:include|mention)|^\W*mention|"
                 r"\b(?:words?|keywords?|terms?|phrases?)\s+to\s+(?:include|use|mention|work in|avoid|leave out|"
                 r"skip))\s*"
                 r"(?:list\s*)?(?:for (?:this|the) (?:reply|answer|piece|post|text|one)\s*)?:\s*([\w ,'-]{1,120})")


_NOT_NAMED_WORDS = frozenset({"like", "longer", "shorter", "over", "under", "more", "less", "that", "which", "of",
                              "with",
                              "from", "about", "ending", "starting", "beginning", "containing", "you"})
_WORDS_NAMED = _re(r"\b(?:key ?words?|the words|the terms|without\s+(?:using\s+)?words(?:\s+like)?)\s+("
                   r"\pL[\pL\pN_-]*(?:\s*,\s*(?:(?:and|or)\s+)?"
                   r"\pL[\pL\pN_-]*)*"
                   r"(?:,?\s+(?:and|or)\s+\pL[\pL\pN_-]*)?)")  # ("including the words Brötchen and Danke")


# "put the word restoration in it", "work the word cozy in somewhere": one unquoted word, the verb and place around it
_PUT_WORD = _re(r"^\W*(?:and\s+|also\s+|please\s+)?(?:put|work|get|slip|sneak)\s+the\s+word\s+([a-z][\w-]*)\s+"
                r"(?:in(?:to)?\s+(?:it|there|somewhere|the\s+(?:first\s+|last\s+|final\s+|opening\s+)?(?:answer|reply|"
                r"response|text|story|poem|post|ad|headline|title|caption|copy|email|letter|song|speech|intro|bio|"
                r"description|slogan|line|sentence|paragraph|chorus|verse|toast))\b|somewhere\b)")


# a ban the writer's side is under ("We can't use the word 'free' in ads", "Legal told us we can't say 'healthy'"),
# not "I can't use 'whom' correctly"
_WE_CANT = (r"\b(?:we|you)\s+(?:legally\s+|really\s+|just\s+|still\s+)?(?:can'?t|cannot|can not|aren'?t allowed to|"
           r"are not allowed to|mustn'?t|must not|may not)\s+(?:ever\s+)?(?:use|say|write|mention|include|put)\s+"
           r"(?:the\s+(?:words?|terms?|phrases?)\s+)?\"\"(?:\s*(?:,|or|and)\s*\"\")*"
           r"(?:\s+(?:anywhere|at all|any ?more|in (?:it|the \w+|our \w+|your \w+|ads|copy|marketing)))*"
           r"(?:\W*$|\s*[,;—–])")
_HOUSE_RULE = (r"\b(?:in|at)\s+(?:our|my|the)\s+(?:house|home|family|class|classroom|school)\b|\bat home\b|"
               r"\bit'?s a rule\b")
# "Keep the word 'dragon' out of it" (of the answer, not "out of the title")
_KEPT_OUT = (r"\b(?:keep|kept|leave)\s+(?:the\s+)?(?:words?\s+|terms?\s+|phrases?\s+)?\"\"(?:\s*(?:and|or|,)\s*\"\")*"
             r"\s+out(?:\s+of\s+(?:it|them|all of them|your (?:answer|reply|response)|the (?:answer|reply|response|"
             r"text)))?(?:\s+(?:entirely|completely|altogether))?\W*$")
# "Don't mention IKEA or Wayfair", "without naming Asana, Trello or Monday.com": names, unquoted, kept out (read over
# a whole sentence, `_named_avoid`: the clause splitter would cut "Mom always says, never mention Dad" at the comma)
_NAME = r"(?:[A-Z]|[a-z][A-Z])[\w&+'’/-]*(?:\.[a-z]{2,4})?(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&+'’/-]*){0,2}"
_NAMED_AVOID = compile_linear(r"(?:(?:^\W*|[,;(—–][ \t]*|\b(?:[Pp]lease|[Aa]nd|[Aa]lso|[Bb]ut)[ \t]+)"
                              r"(?:[Dd]on'?t|[Dd]o not|[Nn]ever)|(?:^\W*|[,;(—–][ \t]*)[Aa]void|"
                              r",?[ \t]*\b[Ww]ithout)\s+(?:(?:ever|even)\s+)?"
                              r"(?:mention(?:ing)?|nam(?:e|ing)|referenc(?:e|ing)|cit(?:e|ing)|bring(?:ing)? up)\s+("
                              + _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:,?\s+(?:or|and|nor)\s+" + _NAME + r")?)"
                              # then the clause ends, or says where or why ("anywhere", "by name", "— legal reasons")
                              r"(?:\s+(?:anywhere|at all|by name|either|even once|whatsoever|in (?:the|your|any|either|"
                              r"this|our) [a-z]+(?: [a-z]+)?))*\s*(?:[.;!?)—–]|\s-\s|,\s*(?:since|because|as|we|they|"
                              r"legal|it|the|that|where|who|which|and|but|she|he|our|my|its|their|his|her|i)\b|$)")
_NOT_A_NAME = frozenset({"the", "a", "an", "it", "this", "that", "them", "him", "her", "me", "us", "you", "any",
                         "anything", "anyone", "i", "my", "our", "your", "their", "his", "its"})
_WRITES = (r"^\W*(?:[^,.]{0,40},\s*)?(?:please\s+)?(?:write|draft|compose|create|give|explain|describe|make|list|"
           r"summari[sz]e|outline|plan)\b")


# Words named in one place and kept out or asked for by reference in another: 'Our agency overused words like
# "smile" and "bright". Write a blurb without using either of those words.', 'Donors are tired of the words
# "urgent" and "crisis" so leave those out.', 'Here are two words: "moon" and "tide". Use them both in a poem.'
# (the cue ends its clause: not "Explain the difference without using them in the same sentence")
_REFERRED_OUT = _re(r"(?:\b(?:without using|without|don'?t use|do not use|never use|avoid(?:ing)?|skip|get rid of|"
                    r"steer clear of)\s+(?:(?:either of |any of |both of |all of |each of )?(?:those|these|them|both)"
                    r"(?:\s+(?:two\s+)?(?:words|terms|phrases))?|(?:that|this) (?:word|term|phrase))|"
                    r"\bleave (?:(?:those|these|them|both)(?:\s+(?:words|terms))?|(?:that|this) (?:word|term|phrase)) "
                    r"out\b)(?:\s+(?:anywhere|at all|entirely|altogether|completely|please|in (?:the|your|any|"
                    r"either) [a-z]+))?\s*(?:[.;!?,)—–]|$)")
_REFERRED_IN = _re(r"\b(?:use|include|work in|mention)\s+(?:them|those|these)\s+both\b|\b(?:use|include|mention)\s+both"
                   r"(?:\s+(?:of (?:them|those|these)|words|terms))?\b")
_NAMES_WORDS = r"\b(?:key)?words?\b|\bterms?\b|\bphrases?\b|\bvocabulary\b"
# a cue negated, permitted or done by someone: "don't skip them", "no need to avoid them", "feel free to use both",
# "I use both", "good writers avoid them", "we should get rid of them"
_REFERRED_NOT = (r"(?:\b(?:don'?t|do not|not|never|no need to|needn'?t|don'?t have to|free to|can|could|should|may|"
                 r"might)|\b(?:i|we|they|you|he|she|people|customers|users|writers|everyone)(?:\s+\w+){0,2})\s*$")
_TITLED = r"\b(?:song|film|book|movie|album|poem|show|article|series|play|novel|titled|called)\s*$"


def _as_keywords(quoted: list[str]) -> list[str]:
    """Quoted words, names and terms as keywords ("30-day returns", "monday.com"), without the punctuation a closing
    quote took ('synergy.'); not markup ("* item") or bare numbers. A date keeps its comma ("Saturday, May 10").
    (`_keywords` leaves out a quoted sentence of more than six words unless it is named as a line to include.)"""
    words = list(dict.fromkeys(w.rstrip(".,;:!?") for w in quoted))  # once each ("'Blumen' ..., so ... 'Blumen'")
    return [w for w in words if _re(r"^[\pL0-9](?:[\pL0-9'’ ._&-]*(?:, [\pL0-9'’ .&-]+)?[\pL0-9 ])?$").search(w)
            and _re(r"\pL").search(w)]  # (letters of any script: "brötchen", "café")


def _referred_words(sentences: list[str]) -> list[Found]:
    """Quoted words kept out or asked for by reference (see `_REFERRED_OUT`), from the cue's sentence up to it or the
    sentence before, when that names them as words; the cue a request's own (not "don't skip them", "no need to avoid
    them", "I use both", "good writers avoid them", "avoid them?"), not someone else's rule."""
    found: list[Found] = []
    for i, sentence in enumerate(sentences):
        low = sentence.lower()
        out = _REFERRED_OUT.search(low)
        cue = out or _REFERRED_IN.search(low)
        if cue is None or _has(low, _REPORTED) or _has(low, _HABIT) or (_asks(sentence) and not _has(low, _POLITE)) or \
                _has(cue.group(0), r"\bin (?:the|your|any|either) (?:title|heading|headline|subject|intro|opening|"
                                   r"first|last|conclusion|closing)"):  # a part's ban, not the answer's
            continue
        if _has(low[: cue.start()], _REFERRED_NOT) or (cue.group(0).rstrip().endswith("?") and not _has(low, _POLITE)):
            continue
        if _has(low[: cue.start()], _NAMES_WORDS):
            quoted = list(_QUOTED.finditer(sentence[: cue.start()]))
            before = sentence
        else:
            quoted = list(_QUOTED.finditer(sentences[i - 1])) if i and _has(sentences[i - 1].lower(), _NAMES_WORDS) \
                else []
            before = sentences[i - 1] if i else ""
        words = _as_keywords([next(g for g in m.groups() if g).lower() for m in quoted
                              if not _has(before[max(0, m.start() - 12) : m.start()].lower(), _TITLED)])
        words = [w for w in words if len(w) > 1 and not w.endswith(" ")]  # no letters alone, no open-ended quote
        if words and len(words) <= MAX_WORDS:
            found.append(Found("keyword_avoid" if out else "keyword_include", {"words": words}))
    return found


def _named_avoid(sentences: list[str]) -> list[Found]:
    """Names a request keeps out, unquoted, sentence by sentence: "Please don't mention IKEA or Wayfair", "Write a
    blog intro ..., without naming Asana, Trello or Monday.com"; not "I never mention Paris", "Mom always says, never
    mention Dad", "He left without mentioning Paris", "Rule #1: don't mention Bruno", "Translate: never mention
    Paris"."""
    found: list[Found] = []
    for sentence in sentences:
        m = _NAMED_AVOID.search(sentence)
        if m is None:
            continue
        low = sentence.lower()
        if _has(low, _HABIT) or _has(low[: m.start() + 1], r"\b(?:i|we|they|he|she|people|it)\b|:") or _has(
                low, r"\b(?:says?|said|told|tells|warns?|warned|growls?|asks?|asked|advice|tip|rule|translate|"
                     r"proofread|grammar|correct this|sign)\b") or (
                _has(low, r"\?") and not _has(low, _POLITE)):
            continue
        relative = _has(low[: m.start()], r"\b(?:who|that|which)\b")  # "a man who prays without mentioning God"
        if _has(m.group(0), r"\b[Ww]ithout") and (not _has(low, _WRITES) or relative):
            continue
        names = [n.strip().lower() for n in _re(r"\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+").split(
            m.group(1))]
        if names and all(len(n) > 1 and n.split()[0] not in _NOT_A_NAME and not n.endswith(("'s", "’s"))
                         for n in names):
            found.append(Found("keyword_avoid", {"words": names[:MAX_WORDS]}))
    return found


# "mention Biscuit by name", "Mention Cornwall, where they met.", "Mention Robespierre." (a capitalised name)
_BY_NAME = compile_linear(r"^\W*(?:[Aa]nd\s+|[Aa]lso\s+|[Pp]lease\s+)?[Mm]ention\s+([A-Z][a-z-]+)(?:\s+by\s+name\b|"
                          r"\s*,\s+(?:where|who|which|whose|since|because|as)\b|\s*[.!]?\s*$)")
_TIMES = _re(r"^\s+(?:by\s+name\s+)?(?:at least\s+(\w+)\s+times|(twice)|(\w+)\s+times)\b")


# where the answer is to hold a word ("... in it", "in the text", "in your message")
_IN_THE_TEXT = (r"(?:it|there|(?:the\s+|your\s+|my\s+)?(?:text|story|message|letter|email|e-mail|post|caption|"
                r"poem|answer|reply|response|card|note|essay|speech|description|ad|advert|bio|invitation|slogan|"
                r"paragraph|article|blurb|review|toast|summary|script|song|lyrics|copy))")
# "Must mention fork, branch and pull request", "make sure to mention Aleppo, Malmö and Oslo": a short unquoted list
# (two to five items of one or two words) after a modal cue to mention, ending the clause
_LIST_ITEM = r"\pL[\pL\w-]*(?:\s\pL[\pL\w-]*)?"
# "and use the word proud": one unquoted word asked for at the clause's opening and ending it ("mention X" alone is
# left unread: authors take "mention sustainability" as a keyword, "mention teamwork and deadlines" as a topic)
_USE_WORD = _re(r"^\W*(?:(?:and|also|please|but|plus)\s+)*(?:use|include)\s+the\s+word\s+(\pL[\pL\w-]*)"
                r"\s*(?:by name\s*|somewhere\s*|too\s*|as well\s*|please\s*|in " + _IN_THE_TEXT + r"\s*)?(?:[.;!]|$)")
# "make sure the word Makaton is in there", "Make sure the word umbrella is still in it"
_MADE_SURE_IN = _re(r"^\W*(?:(?:and|also|please|but|plus|just)\s+)*(?:make sure|ensure|be sure)\s+(?:that\s+)?the\s+"
                    r"word\s+(\pL[\pL\w-]*)\s+(?:is|appears|stays)\s+(?:still\s+)?(?:in\s+" + _IN_THE_TEXT +
                    r"|somewhere)\s*(?:[.;!]|$)")
# names pointed back to and given again: "keep both names, Eilidh and Callum", "Use all three names: Ana, Ben and Cy"
_NAMES_KEPT = compile_linear(r"^\W*(?:(?:[Aa]nd|[Pp]lease|[Aa]lso|[Jj]ust)\s+)*(?:[Kk]eep|[Uu]se|[Ii]nclude|"
                             r"[Mm]ention)\s+"
                             r"(?:both|all three|all four|all the|the two|the three)\s+names\s*[,:(—–-]?\s*"
                             r"([A-Z][\pL'’-]+)(?:\s*,\s*([A-Z][\pL'’-]+))?(?:\s*,\s*([A-Z][\pL'’-]+))?,?\s+and\s+"
                             r"([A-Z][\pL'’-]+)\W*$")
_MENTION_LIST = _re(r"\b(?:must|should|needs? to|has to|have to|make sure (?:to|you|it)|be sure to|remember to)\s+"
                    r"(not\s+|never\s+)?(?:also\s+)?mention\s+(" + _LIST_ITEM + r"(?:\s*,\s*" + _LIST_ITEM +
                    r"){0,3},?\s+(?:and|or)\s+" + _LIST_ITEM + r")\s*(?:by name\s*)?(?:[.;!]|$)")
# "the word count", "the word limit", "a word bank": compounds, not a word named
_WORD_COMPOUNDS = frozenset({
    "count", "counts", "limit", "limits", "bank", "banks", "processor", "choice", "choices", "order", "play", "cloud",
    "search", "salad", "problem", "problems", "wall", "game", "games", "list", "lists", "document", "file", "chain",
    "ladder", "map", "web", "art"})
_LIST_VERBS = frozenset({
    "rhyme", "sound", "say", "be", "keep", "end", "start", "stay", "use", "include", "feel", "make", "thank", "give",
    "ask", "offer", "explain", "avoid", "finish", "close", "open", "sign", "invite", "apologize", "apologise",
    "encourage", "remind", "stress", "emphasize", "emphasise", "highlight", "add", "mention", "describe", "show",
    "tell", "thanks",
})
_NOT_LISTED = frozenset({
    "my", "your", "our", "their", "his", "her", "its", "some", "any", "all", "each", "every", "how", "why", "what",
    "when", "where", "who", "which", "both", "other", "them", "you", "me", "us", "him", "so", "on", "not", "also",
    "one", "two", "three", "four", "five", "more", "most", "much", "many", "too", "then", "if", "either", "neither",
})


# one unquoted word kept out, as speech renders it: "don't use the word cat lol", "and do not say luxury"
_NO_WORD = _re(r"(?:^|,|\band|\bbut|\bum|\buh)\s*(?:please\s+)?(?:don'?t|do not|never)\s+(?:(?:use|say|write)\s+the\s+"
               r"word\s+([a-z][\w-]*)\b|(?:mention|use|write|say)\s+the\s+name\s+([a-z][\w-]*)\s*(?:[.!,;]|$)|"
               r"say\s+([a-z][\w-]*)\s*(?:$|[.!,]|\s+(?:lol|please|pls|ok|i\s+am|i'm|because|"
               r"since)\b))")


# what "include the word X" means of a dictionary entry, not a word to use ("Include the word class", "... origin")
_WORD_PROPERTIES = frozenset({"pronunciation", "definition", "translation", "meaning", "origin", "type", "stress",
                              "class", "frequency", "gender", "grid", "itself", "below", "above", "somewhere", "anyway",
                              "count", "form", "forms", "root", "list", "order", "length"})
_NOT_PUT = frozenset({"count", "limit", "out", "back", "across"})  # "put the word out in the group chat"
# a capitalised sentence opener that is no name ("Obviously Nike has to be in it")
_NOT_NAME_START = frozenset({"obviously", "maybe", "definitely", "also", "honestly", "yes", "ps", "nb", "remember",
                             "urgent", "only", "why", "no", "everyone", "any", "anything", "either", "plus", "and",
                             "but", "so", "oh", "please", "pls", "note", "important", "again", "still", "just"})
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "jr"})  # "Mention Dr." is no name
_NOT_NAMES = frozenset({"him", "her", "them", "it", "me", "us", "you", "each", "every", "all", "any", "no", "everyone"})


_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "that", "the",
    "these", "this", "those", "to", "with",
})


# what a document or someone mentions ("My lease mentions a 'Section 8' voucher"), not what the answer should
_MENTIONS_TOLD = (r"\b(?:my|our|his|her|their|this|that|the)\s+(?:[\w-]+\s+)?(?:lease|contract|article|book|document|"
                  r"doc|policy|report|paper|textbook|teacher|professor|boss|manager|landlord|friend|doctor|website|"
                  r"site|syllabus|handbook|notice)\s+(?:also\s+)?mentions\b")
_NAMES_LINE = (r"\b(?:line|sentence|phrase|saying|slogan|tagline|words|motto|quote|exact(?:ly)?)\s*:?\s*$|"
               r"(?:^\W*|[,;]\s*|\b(?:please|and|also|to|must|should|will)\s+)(?:include|add|say|mention)\s*$|"
               r"\b(?:make sure|ensure)\b[^.]{0,40}\b(?:includes|says|mentions)\s*$|\b(?:that|which)\s+(?:includes|"
               r"mentions|says)\s*$|\bincluding\s*$|\b(?:can|could|would) you\s+(?:please\s+)?(?:include|add|say|"
               r"mention)\s*$")
# "make sure it says 'thank you for understanding'": what the answer says, asked for (not "the sign says 'x'")
_SAYS_ASKED = (r"\b(?:make sure|ensure|be sure)\s+(?:that\s+)?(?:it|the (?:[\w-]+\s+)?(?:answer|note|message|email|"
               r"text|post|card|letter|reply|article|report|summary|intro|bio|description|copy|ad|page))\s+"
               r"(?:says|mentions)")


# what "don't use the word X" / "don't say X" never keeps out
_NOT_KEPT_OUT = _STOPWORDS | _NOT_LISTED | _WORD_COMPOUNDS | {"anything", "something", "nothing", "that", "this", "so",
                                                              "no", "yes", "never"}


# "incorporating the words 'ember' and 'hush'", "likes to see 'love'", "expects the words 'x' and 'y' in the answer"
_WISHED_WORDS = (r"\bincorporat(?:e|es|ing)\s+(?:the\s+)?(?:(?:key)?words?\s+|terms?\s+|phrases?\s+)?\"\"|"
                 r"\b(?:likes?|loves?|wants?|expects?|needs?) to see\s+the\s+(?:words?|terms?|phrases?)\s+\"\"|"
                 r"\bexpects?\s+(?:the\s+)?(?:words?|terms?)\s+\"\"(?:\s*(?:,|and)\s*\"\")*\s+(?:in|to (?:appear|"
                 r"show up|be (?:used|there|included|in))|somewhere|at least|throughout)\b")


# "The use of the word 'pipe' is prohibited.", "Neither should use the word 'books'." (two answers, neither one)
_BANNED_USE = (r"^\W*(?:the\s+)?use of (?:the\s+)?(?:words?|terms?|phrases?)\s+\"\"(?:\s*(?:,|and|or)\s*\"\")*\s+"
               r"(?:is|are)\s+(?:prohibited|forbidden|banned|not allowed|not permitted|off-limits)\b|"
               r"^\W*(?:neither|none)\s+(?:of (?:them|the \w+)\s+|one\s+)?(?:should|must|may|can|shall)\s+(?:use|"
               r"include|contain|mention|say)\b|\b(?:make sure|ensure|be sure)\s+(?:that\s+)?(?:neither|none)\s+"
               r"(?:of (?:them|the \w+)\s+|one\s+)?(?:uses|includes|contains|mentions|says)\b")


# where the clause turns to another requirement before its first quoted word: a negation before it is that one's
# ("must be no more than 4 sentences and must include the phrase 'root cause'", "that doesn't matter here — just
# make sure it mentions 'Slack'")
_TURNS = _re(r"[—–;]|\s-\s|\b(?:and|but)\s+(?:it\s+|(?:the|your) \w+\s+)?(?:must|should|has to|needs? to|also)\b|"
             r",\s+(?:it\s+)?(?:must|has to|needs? to)\s+(?:include|use|mention|contain|feature|have)\b|"
             r"\b(?:just|but)\s+(?:make sure|ensure|be sure)\b")


def _negation_scope(low: str) -> str:
    """The part of a clause (quoted words as "") whose negation bears on its first quoted word: from the last turn
    to another requirement before it (`_TURNS`)."""
    first = low.find('""')
    turns = list(_TURNS.finditer(low[: max(first, 0)]))
    return low[turns[-1].start() :] if turns else low


# what the text must hold ("inside the text must be the words 'x' and 'y'", "the word 'simit' must be in story",
# "put the word 'egg coffee' in it", "write the word 'Blumen' somewhere in the text", "in 2-3 sentences with the words
# 'natural' and 'volume'", "Text need to have words: goal, referee")
_MUST_HOLD = (
    r"\b(?:has|have|needs?|got)\s+to\s+have\s+\"\"(?:\s*(?:,|and)\s*\"\")*\s+in\s+" + _IN_THE_TEXT + r"\b",
    r"\b(?:it|it'?s|(?:the|your)\s+(?:answer|reply|post|ad|caption|text|message|email|card|sign|note|copy|blurb|"
    r"bio|poem|story|speech|letter))\s+(?:gotta|got to|has to|must|needs? to|should)\s+(?:say|mention)\s+\"\""
    r"(?:\s*(?:,|and)\s*\"\")*\s*"
    r"(?:somewhere|in\s+" + _IN_THE_TEXT + r")?\W*$",
    r"\b(?:must|should|has to|have to|needs? to)\s+be\s+(?:the\s+)?(?:words?|terms?|phrases?)\s+\"\"",
    r"\"\"(?:\s*(?:,|and)\s*\"\")*\s+(?:must|should|has to|have to|needs? to)\s+be\s+(?:(?:in|inside)\s+" + _IN_THE_TEXT
    + r"|(?:included|used)(?:\s+(?:somewhere|too|as well|in\s+" + _IN_THE_TEXT + r"))?\W*$)",
    r"\b(?:put|write|insert)\s+(?:the\s+)?(?:(?:key)?words?\s+|terms?\s+|phrases?\s+|names?\s+)?\"\""
    r"(?:\s*(?:,|and)\s*\"\")*\s+(?:somewhere\s+)?(?:in(?:to|side)?\s+" + _IN_THE_TEXT + r"\b|somewhere\W*$)",
    r"\b(?:needs?|has|have|must|should)\s+(?:to\s+)?have\s+(?:the\s+)?(?:(?:key)?words?|terms?|phrases?)\s+"
    r"\"\"(?:\s*(?:,|and)\s*\"\")*\s*(?:in\s+" + _IN_THE_TEXT + r")?\W*$|"
    r"^\W*(?:the\s+)?(?:text|answer|response|story|essay|poem|letter|email|post)\s+(?:needs?|has|have|must|"
    r"should)\s+(?:to\s+)?have\s+(?:the\s+)?(?:key)?words\s*:",
)
# "Make a text ... in 2-3 sentences with the words 'x' and 'y'": asked of the text, at the request's end (not "My
# daughter wrote a poem with the words 'sun' and 'moon'", "Translate a sentence with the words ...")
_WITH_THE_WORDS = (r"(?:^|[,;]\s*|\b(?:sentences|words|paragraphs|lines|one|it|promotion|tagline|headline|joke|"
                   r"riddle|" + _TEXT_NOUN_WORDS + r")\s+)with\s+(?:the\s+)?"
                   r"(?:(?:key)?words?|terms?|phrases?)\s+\"\"(?:\s*(?:,|and)\s*\"\")*\W*$")


# "Make sure 'pizza' comes up too", "Ensure the words 'x' and 'y' show up somewhere" (not "... shows up nowhere")
_MADE_SURE_UP = (r"\b(?:make sure|ensure|be sure)\s+(?:that\s+)?(?:the\s+(?:words?|terms?|phrases?)\s+)?\"\""
                 r"(?:\s*(?:,|and)\s*\"\")*\s+(?:also\s+)?(?:shows?|comes?|pops?) up(?:\s+(?:too|as well|somewhere|"
                 r"in (?:it|there|the \w+)|at least once))*\s*[.!]?\s*$")


def _named_include(low: str, text: str) -> tuple[list[str], str]:
    """Words asked for without quotes, and the text without the words that asked: "mention Franz Ferdinand by name",
    "mention the seed swap and the water butts by name", "mention the venue, Elmstead Barn, by name", "Reference the
    Schlieffen Plan.", "make sure the word sparkle appears", "the name FernWatch must appear". A name is a capitalised
    span ("my dog Rex"), or a noun of two words or more after "the" ("the seed swap"); not a role ("our CEO", "the
    mayor"), not someone else's refusal ("Harry refuses to mention Voldemort by name"), nor "don't mention ...",
    "never by name", "by name at least three times" (a count), a question."""
    if _negated(low, r"mention|reference|refer") or _asks(text) or _has(low, r"\bnever\b|\bnot\b|n't\b") or _has(
            low, r"\bby\s+(?:name|title)\s*(?:\?|,?\s*[\"'“‘]|(?:at least\s+)?(?:\w+\s+times|twice|thrice)\b)"):
        return [], text  # ('by name, "Research Methods"': the quote is read as such)
    lead = (r"(?:^\W*|[,;]\s*|\b(?:and|please|must|should|also|(?:needs?|have|has|be sure|make sure|remember|want you) "
            r"to)\s+)")
    m = _re(lead + r"(?:mention|refer to)\s+([^.;!?]{2,60}?),?\s+by\s+(?:its\s+|their\s+|his\s+|her\s+)?"
            r"(?:name|title)s?\b").search(text) or compile_linear(
        r"(?:^\W*|[,;]\s*|\b(?:and|please|must|should|also|(?:needs?|have|has) to)\s+)(?i:reference)\s+(?:the\s+)?"
        r"([A-Z][\w'’-]*(?:\s+(?:of|the|and|[A-Z][\w'’-]*|\d+))*)\s*(?:[.;!?]|,|$)").search(text)
    if m:
        named = m.group(1)
        if "," in named:  # "the venue, Elmstead Barn": the name in apposition
            named = named.split(",")[-1] or named
        items = []
        for x in _re(r"\s*,\s*(?:and\s+)?|\s+and\s+").split(named.strip()):
            x = x.strip()
            caps = compile_linear(r"\b[A-Z][a-z][\pL\w'’-]*(?:\s+(?:of\s+|the\s+)*(?:[A-Z][\pL\w'’-]*|\d+))*"
                                  r"\s*$").search(x)
            plain = _re(r"^the\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){1,3})$").search(x)
            # ("my book Quiet Rivers": the name; "the seed swap": the words; "our CEO", "the mayor": a role)
            items.append(caps.group(0).strip().lower() if caps else plain.group(1).lower() if plain else "")
        if items and all(0 < len(x.split()) <= 5 and x not in _STOPWORDS for x in items):
            return items, text[: m.start(1)] + " " + text[m.end() :]
    # "the reference number ABX4471 has to be in it", "Lake Guntersville needs to be in there"
    m = compile_linear(r"\b([A-Z][\pL\pN-]*(?:\s+[A-Z][\pL\pN-]*){0,3})\s+(?i:has|have|needs?|must|should)\s+"
                       r"(?i:to\s+)?(?i:be)\s+(?i:in)\s+(?i:" + _IN_THE_TEXT + r")\b").search(text)
    whole = m and not compile_linear(r"\b(?:[A-Z][a-z]+|[Tt]he|[Tt]his|[Tt]hat)\s*$").search(text[: m.start()])
    first = m.group(1).split()[0].lower() if m else ""
    if m and whole and m.group(1).lower() not in _STOPWORDS | _NOT_NAMES | {"i"} and (
            first not in _NOT_NAME_START) and not _has(text[max(0, m.start() - 30) : m.start()],
                                                       r"\b(?:except|but|no|not|either|or|one of|any|anything|everyone|"
                                                       r"where'?s|why)\b[^.!?,;]*$") and "?" not in text[m.end() :]:
        return [m.group(1).lower().removeprefix("the ")], text[: m.start()] + " " + text[m.end() :]  # (the whole name)
    # "Use his name Dmitri in the message", "put her name, Ayesha, in it"
    m = compile_linear(r"(?:^\W*|[,;]\s*|\b(?i:and|please|pls|also|must|should)\s+)(?i:use|include|put|write|"
                       r"mention)\s+(?i:his|her|their|my|our|the)\s+(?:[a-z]+\s+)?(?i:name),?\s+"
                       r"([A-Z][\pL'’-]+(?:\s+[A-Z][\pL'’-]+)?)"
                       r",?(?:\s+(?i:in|into)\s+(?i:" + _IN_THE_TEXT + r"|each|both|every \w+)\b|"
                       r"\s+(?i:somewhere|too|as well|please)\b|"
                       r"\s*[.;!]|\s*$)").search(text)
    if m and m.group(1).lower() not in _TITLES:
        return [m.group(1).lower()], text[: m.start()] + " " + text[m.end() :]
    m = _re(r"\b(?:(?:make sure|ensure)\s+(?:that\s+)?the\s+(?:word|name|term)\s+(\pL[\pL\pN_-]*)\s+(?:appears|"
            r"shows up|is "
            r"included)|the\s+(?:word|name|term)\s+(\pL[\pL\pN_-]*)\s+(?:must|has to|needs to)\s+(?:appear|show up|"
            r"be in (?:it|there)|be "
            r"included))\s*(?:[.;!,]|$|\s+(?:somewhere|in it|too|as well)\b)").search(text)
    word = (m.group(1) or m.group(2)).lower() if m else ""
    if m and _has(text[: m.start()], r"\b(?:nobody|no one|no rule|neither|nor|either|or|not|never)\b[^.!?,;]*$"):
        word = ""  # "Nobody said the word sorry has to be in it", "the word sorry or the word apologize must be ..."
    if word and word not in _STOPWORDS | _WORD_COMPOUNDS | {"must", "should", "field", "tag", "sheet", "paper"}:
        return [word], text[: m.start()] + " " + text[m.end() :]
    return [], text


def _keywords(low: str, text: str) -> Detection:
    named, rest = _named_include(low, text)
    if named:  # the words named without quotes, and what the rest of the clause asks ("..., without the word 'x'")
        more, _ = _keywords(rest.lower(), rest) if rest.strip(" .,;") else _NONE
        return [Found("keyword_include", {"words": named[:MAX_WORDS]}), *more], True
    cue = _re(r"\b(?:the\s+)?(?:key)?(?:words?|terms?|phrases?)\s*:?\s*[\"'“‘]").search(text)
    negated = r"(?:\b(?:without|avoid\w*|not|dont|never|no|skip|leave out)|n't)\s+(?:using\s+|use\s+|say\w*\s+)?$"
    after = cue.end() - 1 if cue and _has(text[: cue.start()], negated) else 0
    # 'explain what a "bear market" is without using the words "stock" or "stocks"': the words after the cue
    words = [(next(g for g in m.groups() if g)).lower() for m in _QUOTED.finditer(text) if m.start() >= after
             if not _has(text[max(0, m.start() - 24) : m.start()].lower(), r"\b(titled|named|called|define|explain the "
                                                                            r"word|meaning of|keeps? saying|"
                                                                            r"kept saying|keeps? using|kept using|says|"
                                                                            r"tired of|sick of|fed up with|bored of|"
                                                                            r"said|(?:we|they|people|you) say)\s*$|"
                                                                            r"\bwhat (?:an?|the)\s*$")
             or _has(text[max(0, m.start() - 60) : m.start()].lower(), _SAYS_ASKED + r"\s*$")
             if not _has(text[m.end() : m.end() + 12].lower(), r"^\s*(?:text|page|section|tab|button|box|slide)\b")
             if len(m.group(0).split()) <= 6 or _has(text[max(0, m.start() - 30) : m.start()].lower(), _NAMES_LINE)
             or _has(text[m.end() : m.end() + 25].lower(), r"^\W*(?:word for word|verbatim|exactly|has to be in)")]
    # (a longer quote is a sentence to work on or someone's words, "Rewrite "we are pleased to inform you that ..."",
    # not a keyword, unless named as a line to use: 'The line "wash your hands before you eat" has to be in it')
    if not words:
        m = _WORDS_NAMED.search(text)
        words = [w.strip().lower() for w in _re(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+").split(m.group(1))] \
            if m else []
        words = [w for w in words if w not in ("more", "beyond", "etc", "others", "so", "such")]  # "..., and more"
        compounds = _WORD_COMPOUNDS | {"line", "lines", "section", "field", "box", "page", "research", "density",
                                       "stuffing", "tool", "tag", "tags", "strategy", "planner", "report"}
        if m and len(words) == 1 and words[0] in compounds and _has(
                text[m.end() :].lower(), r"^\s+(?:goes|go|is|are|was|were|should|must|will|has|have|needs?)\b"):
            words = []  # "the keywords line goes on the title page": a compound, not a word named
        if any(w in _STOPWORDS | _NOT_NAMED_WORDS for w in words):
            words = []  # "the terms and conditions", "without words longer than six letters": not a list of words
    if not words and (m := _PUT_WORD.search(low)) and m.group(1) not in _STOPWORDS | _NOT_PUT:
        return [Found("keyword_include", {"words": [m.group(1)]})], True
    # "don't use the word cat lol", "do not say luxury" (not "the word count", "don't say yes because ...", "the word
    # literally so much": less, not never)
    ban = _re(r"(?:^|[,;]|\band|\bplease)\s*ban\s+the\s+word\s+([a-z][\w-]*)\s*(?:[.!,]|$)").search(low)
    if not words and ban and ban.group(1) not in _STOPWORDS:
        return [Found("keyword_avoid", {"words": [ban.group(1)]})], True  # "haiku about winter, ban the word snow"
    if not words and (m := _NO_WORD.search(low)) and (m.group(1) or m.group(2) or m.group(3)) not in _NOT_KEPT_OUT \
            and (not m.group(2) or text[m.start(2) : m.start(2) + 1].isupper()) and not _has(
            low, _HABIT) and not _has(low[m.end() :], r"^\s+(?:so|too|as|that|very)\s+(?:much|often)\b"):
        return [Found("keyword_avoid", {"words": [m.group(1) or m.group(2) or m.group(3)]})], True
    if not words and (m := _BY_NAME.search(text)) and m.group(1).lower() not in _NOT_NAMES | _TITLES and not _has(
            low, r"\b(?:never|not|don'?t|without)\b[^.]{0,30}\bby name\b") and not text.rstrip(
            " \t\n\"'”’)").endswith("?"):  # "mention Biscuit by name": a name, capitalised
        times = _TIMES.search(text[m.end(1) :])
        n = (2 if times.group(2) else _number(times.group(1) or times.group(3))) if times else None
        capped = times and _has(text[m.end(1) + times.end() :], r"^\s*(?:at most|max(?:imum)?|or (?:fewer|less)|tops|"
                                                                     r",?\s*(?:no|not) more)\b")
        if n and n > 1 and not capped:  # "Mention Biscuit by name at least three times" (not "twice at most")
            return [Found("keyword_frequency", {"word": m.group(1).lower(), "n": n})], True
        return [Found("keyword_include", {"words": [m.group(1).lower()]})], True
    if not words and (m := _NAMES_KEPT.search(text)):  # "keep both names, Eilidh and Callum"
        return [Found("keyword_include", {"words": [g.lower() for g in m.groups() if g]})], True
    if not words and (m := _USE_WORD.search(low) or _MADE_SURE_IN.search(low)) and m.group(
            1) not in _NOT_KEPT_OUT | _WORD_PROPERTIES:
        return [Found("keyword_include", {"words": [m.group(1)]})], True
    if not words and (m := _MENTION_LIST.search(low)) and not _has(low[: m.start()], r"\b(?:not sure|unsure|whether|"
                                                                                  r"if|wonder\w*|don'?t know)\b|"
                                                                                  r"^\W*(?:does|do|did|is|are|should|"
                                                                                  r"can|could|would|will|must)\b"):
        listed = [w.strip() for w in _re(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+").split(m.group(2))]
        # (not "should mention Lisbon and rhyme", "mention Nike and sound casual": a verb after "and")
        verb = listed[-1].split()[0] in _LIST_VERBS
        either = _has(m.group(2), r"\bor\b")  # "should mention Monday or Tuesday": either will do
        if 2 <= len(listed) <= 5 and not verb and (m.group(1) or not either) and not any(
                w in _STOPWORDS | _NOT_LISTED for item in listed for w in item.split()):
            return [Found("keyword_avoid" if m.group(1) else "keyword_include", {"words": listed})], True
    if not words:
        m = _WORD_LIST.search(text)
        listed = m.group(1).replace(" and ", ",").split(",") if m else []
        words = [w.strip(" .").lower() for w in listed if w.strip(" .")]
        if words and all(_has(w, r"^(?:none|n/?a|n|na|tbd|tba|see below|your choice|if any|none yet|up to you|any\s.+|"
                                 r"something\s.+|anything\s.+)$") for w in words):
            words = []  # "Word to avoid: none.", "Keyword to include: n/a": no word named
        if len(words) > 5 or any(len(w.split()) > 2 or w.split()[0] in ("a", "an", "the") or len(
                w.split()) == 2 and any(
                x in {"ones", "one", "like", "about", "not", "no", "for", "of", "with", "that", "which"} for x in
                w.split()) for w in words):
            words = []  # "Include: return date, backup contact, and a friendly tone": things, not words
    defines = _has(low, r"^\W*(?:explain|define|describe)\s+what\b[^.]*\b(?:is|are|means?)\b") and not _has(
        low, r"\b(?:words?|terms?|phrases?|keywords?)\b")
    if not words or _has(low, _HABIT) or defines:
        return _NONE  # "deducts points if we use the word 'very'": someone's rule; "Explain what 'lorem ipsum' is"
    words = _as_keywords(words)[:MAX_WORDS]
    if not words:
        return _NONE
    low = _QUOTED.sub('""', low)  # cue words, not the quoted words themselves ("'yes', 'no'")
    low = _re(r"\byes\s*/\s*no\b|\byes-or-no\b").sub(" ", low)  # "answer yes/no questions with 'Yes' first"
    low = _NOT_FEWER.sub(" at least ", low)  # "shows up no less than four times": a floor, no negation
    # "it must mention 'no glass' and shouldn't exceed 60 words": the negation is the length's
    low = _re(r"\b(?:and|but)\s+(?:it\s+|the \w+\s+)?(?:shouldn'?t|should not|must not|mustn'?t|can'?t|cannot|don'?t|"
              r"do not|doesn'?t|does not|won'?t)\s+(?:exceed|go (?:over|past|beyond)|be (?:longer|more|over)|"
              r"run (?:over|past|longer))\b.*$").sub("", low)
    # "don't change the word 'Salesforce'", "Keep 'Acme' as is", "keep 'Nairobi' and 'clinic' in it": words the
    # revised text keeps; "Cut 'journey' and 'passion' completely", "Also drop 'deal'": words it loses
    listed = r"(?:the\s+(?:words?|terms?|names?|brand(?: name)?)\s+)?\"\"(?:\s*(?:,|and|or)\s*\"\")*"
    if _has(low, r"\b(?:don'?t|do not|never|without)\s+(?:change|changing|translate|translating|alter|altering|"
                 r"touch|touching|modify|modifying|remove|removing|drop|dropping|cut|cutting)\s+" + listed + r"|"
                 r"^\W*(?:and\s+|but\s+|please\s+|also\s+)?keep\s+" + listed + r"\s+(?:as is|as it is|unchanged|"
                 r"intact|in it|in there|in the \w+|though|too|exactly)\b|"
                 r"^\W*(?:and\s+|but\s+|please\s+|also\s+|just\s+)?keep\s+the\s+(?:words?|terms?|phrases?|names?|"
                 r"line)\s+"
                 r"\"\"(?:\s*(?:,|and)\s*\"\")*(?:\s+(?:please|pls|in the (?:final|new) (?:version|"
                 r"draft)))?\s*[.!]?\s*$") and not _has(
            low, _HABIT):  # ("Keep the phrase 'terrible golfer'.", a revision's; not "keep the word 'very' rare")
        return [Found("keyword_include", {"words": words})], True
    if _has(low, r"^\W*(?:and\s+|also\s+|please\s+)*(?:cut|drop|remove|delete|lose|ditch|take out)\s+" + listed +
            r"(?:\s+(?:completely|entirely|altogether|too|as well|please|from it|from the \w+))*\W*$"):
        return [Found("keyword_avoid", {"words": words})], True
    negative = _has(_negation_scope(low), r"\b(do not|don't|dont|does not|doesn't|should not|shouldn't|mustn't|never|"
                    r"avoid|avoiding|without|none of|banned|forbidden|not allowed|must not|steer clear|exclude|no)\b|"
                    r"\bsteering clear of (?:the )?(?:words?|terms?|phrases?)\b|"
                    r"^\W*\"\"\s+(?:is|are)\s+(?:off[- ]limits|banned|forbidden)\s*(?:[.;!]|$|,\s*(?:it|it's|they|"
                    r"they're|"
                    r"since|because|as|please|so)\b)|"
                    r"\bnot\s+to\s+(?:use|say|write|mention|include)\b|"
                    r"(?:^|[,;]\s*|\b(?:and|but)\s+)\W*not\s+(?:use|say|write|mention|include)\b|"
                    r"\bnot\s+(?:using|mentioning|including|saying|writing)\b") or _has(
        low, r"^\W*(?:prohibited|off[- ]limits|banned|forbidden) (?:words?|vocabulary|terms?|phrases?)\s*:|"
                    r"\b(?:you|we|it|the (?:answer|response|"
                    r"reply|output|submission|text))\s+(?:may|shall) not\s+(?:use|include|contain|mention|say|"
                    r"write)\b") or (
        _has(low, r"\bplease\s+not\s+(?:to\s+)?(?:use|using|include|mention|say|write)\b") and not _has(
            low, r"\b(?:me|us|him|her|them|asked|begged|told)\s+to\s+please\s+not\b")) or (
        _rejects_answer(low) and _has(low, r"\b(?:containing|contains|with|uses?|using|includes?|appears?|shows up|"
                                            r"is used)\b")) or _has(low, _REJECTS_IF_CONTAINS) or _has(
        low, r"^\W*(?:the\s+)?(?:words?\s+|term\s+|phrase\s+)?\"\"(?:\s*(?:and|or|,)\s*\"\")*\s+(?:is|are)\s+(?:not to "
             r"(?:appear|be used)|off-limits|prohibited|not permitted)\W*$|^\W*avoidance of\b|"
             r"^\W*(?:exclusion|omission) of (?:the )?(?:word|term|phrase)\s+\"\"(?:\s+(?:is|are)\s+(?:required|"
             r"mandatory|expected))?\W*$|"
             # '"x" can't appear anywhere in your reply', '- zero uses of "x"', 'Can you skip the words "x" and "y"?':
             # the clause's whole ("'auto' can't be used here", "returns zero instances of", "skip the word 'x' when
             # parsing" are not)
             r"\"\"\s+(?:can'?t|cannot|must not|mustn'?t|shouldn'?t|should not|may not|won'?t)\s+(?:ever\s+)?"
             r"(?:appear|show up|be used|come up|pop up)(?:\s+(?:anywhere|at all|in (?:your|the) (?:answer|reply|"
             r"response|text|post|copy|poem|story)))*(?:\W*$|\s*,\s*(?:too|it'?s|that'?s|because|since|as|so)\b)|"
             r"^\W*zero\s+(?:uses|mentions)\s+of\s+"
             r"(?:the\s+(?:words?|terms?)\s+)?\"\"(?:\s*(?:and|or|,)\s*\"\")*\W*$|"
             r"^\W*(?:(?:and|also|please|can you|could you|would you)\s+)*(?:skip|ditch)\s+(?:the\s+)?(?:words?\s+|"
             r"terms?\s+)?\"\"(?:\s*(?:and|or|,)\s*\"\")*(?:\s+(?:entirely|completely|altogether|please))?"
             r"\W*$") or (_has(low, _WE_CANT) and not _has(low, _HOUSE_RULE)) or _has(
        low, _KEPT_OUT + r"|"
             r"\b(?:i'?d|i would|we'?d|we would)\s+prefer\s+(?:(?:that\s+)?you\s+)?(?:not|didn't|did not)\s+(?:to\s+)?"
             r"(?:use|say|write|mention|include)\s+(?:the\s+(?:words?|terms?|phrases?)\s+)?\"\"|"
             r"(?:^|[,;]\s*)\W*(?:i'?d|i would)\s+rather you (?:didn't|did not|wouldn't|would not)\s+(?:use|say|"
             r"write|mention)\s+(?:the\s+(?:words?|terms?|phrases?)\s+)?\"\"(?:\s*(?:,|or|"
             r"and)\s*\"\")*(?:\s+(?:anywhere|at all|by name|in (?:it|the \w+|your \w+)))?\W*$") and not _has(
        low, r"\b(?:can'?t|cannot|not|never|don'?t|mustn'?t|won'?t)\s+(?:\w+\s+){0,2}(?:keep|leave)\b") or _has(
        low, r"\b(refrain from|omit|omitting|leave out|leaving out|free of|free from)\s+(?:using\s+|the\s+|any\s+|"
             r"use of\s+|(?:word|words|phrase|phrases|term|terms)\s+){0,4}\"\"") or _has(  # their object is the word
        low, _BANNED_USE) or _has(  # "..., and the word 'cheap' not at all"
        low, r"^\W*(?:and\s+)?(?:the\s+)?(?:words?|terms?)\s+\"\"(?:\s*(?:,|and|or)\s*\"\")*\s+(?:not at all|nowhere|"
             r"never|zero times)\b")
    told = _re(_MENTIONS_TOLD).sub(" ", low) if not _has(low, _SAYS_ASKED) else low  # not "My lease mentions 'x'"
    wished = _has(told, _WISHED_WORDS)
    positive = _has(told, r"\b(include[sd]?|including|inclusion|mention(?:s|ed|ing)?|contain(?:s|ed|ing)?|use[sd]?|"
                         r"using|work(?:s|ed|ing)?|required|keywords?|features?|featured|"
                         r"featuring (?:the )?(?:words?|terms?|keywords?)|appear(?:s|ed|ing|ances?)?|"
                         r"show up|weav(?:e|es|ing) in|slip(?:s|ping)? in|is (?:still )?in there|in there|be in it|"
                         r"(?:is|are)\s+(?:still\s+)?(?:both\s+|all\s+)?in it)\b|"
                         # "with the words 'x' and 'y' in it", "a post that has the word 'x'"
                         r"(?:\bwith|\b(?:that|which)\s+(?:has|have))\s+(?:the\s+)?(?:(?:key)?words?\s+|terms?\s+|"
                         r"phrases?\s+)?\"\"(?:\s*(?:,|and)\s*\"\")*\s+in\s+(?:it|there)\W*$|"
                         r"\bneeds?\s+(?:the\s+)?(?:words?|terms?|keywords?|"
                         r"phrases?)\b|" + _SAYS_ASKED + r"\s+\"\"") or any(
        _has(told, must) for must in _MUST_HOLD) or (_has(told, _WITH_THE_WORDS) and _has(
        told, _REQUEST_OPENS + r"|^\W*(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:compose|create|craft|"
                               r"come up with)\b|^\W*(?:an?|one)\s") and not _has(
        told, r"\btranslat|\bcompar|\bconfus|\bmatch")) or _has(
        # "It has to say 'Tableau Public'."
        low, r"^\W*(?:it|(?:the|your) (?:answer|response|reply|post|blurb|copy|text|description|email|ad|tagline|"
             r"caption|bio|headline|intro|letter|note|message|sign))\s+(?:has to|must|should|needs? to) say\s+\"\""
             r"(?:\s+(?:somewhere|too|as well|since|because)\b[^.]*)?\W*$|"
             # 'say "no change to annual salary" word for word' (not a character's or a person's line: "she has to
             # say 'To be or not to be'" in a school play)
             r"^\W*(?:(?:and|also|please)\s+)*say\s+\"\"\s+(?:word for word|word-for-word|verbatim|exactly|somewhere|"
             r"at least once)\b")
    negative = negative or _has(low, r"(?:^\W*|[,;:—–-]\s*)(?:(?:and|also|oh|but|absolutely|just)\s+)*nothing\s+with\s+"
                                     r"(?:the\s+)?(?:words?|terms?)\s+\"\""
                                     r"(?:\s+in\s+(?:it|there)\b|\W*$|\s+please\b)")  # "..., nothing with the word 'x'"
    # "it can't contain the word 'outage'", "Legal told us we can't say 'healthy'" (not a house rule, nor someone's
    # inability: "In our house we can't say 'shut up'", "I can't use 'whom' correctly")
    negative = negative or (_has(low, _CANT_USE) or _has(low, _PART_CANT_USE)) and not _has(
        low, r"\b(?:in (?:our|my|the) (?:house|home|family)|at home)\b")
    if negative and _has(low, r"\b(?:keyword|variable|reserved|column|schema|json|sql|compiler|syntax|macro|"
                                r"spreadsheet|dictionary|scrabble|wordle|taboo in|bad word)\b") and _has(
            low, r"\bcan'?t\s+(?:ever\s+)?(?:appear|show up|be used)\b[^.]*,\s*(?:because|since|as)\b"):
        return _NONE  # "In C++, 'class' can't be used, because it's a keyword": a fact about code, not the answer's ban
    if negative:
        return [Found("keyword_avoid", {"words": words})], True
    if positive or wished or _has(told, _MADE_SURE_UP):
        return [Found("keyword_include", {"words": words})], True
    return _NONE


def _no_commas(low: str, text: str) -> Detection:
    if (_has(low, r"\b(when|why|how)\b[^.]*\bcommas?\b") and (not _has(
            low, r",\s*(?:and\s+)?(?:avoiding|without|with no|using no)\s+(?:any\s+)?commas\b|"
                 r"\b(?:in (?:all )?(?:lower|"
                 r"upper)-?\s?case|in (?:all )?caps|in (?:simple|plain) (?:words|english)|in (?:one|two|three|\d+) "
                 r"sentences?)\s+and\s+(?:with no|without)\s+(?:any\s+)?commas\W*$") or _has(
                low, r"\b(?:wrote|writes|written|typed|printed|prints|comes? out|came out)\b"))) or _has(
            low, r"\bwho\b[^.,]*\bcommas?\b|\boxford comma\s*:\s*yes or no\b|\boxford comma\b[^.!]*\?") or _has(
            low, _OTHERS) or (_has(
            low, _HABIT) and not _has(low, _IF_FAILS)):
        return _NONE  # "a girl who never uses commas", "when not to use commas", "people don't use commas": topics
    # "A response containing a comma will be rejected", "If you use any commas, the answer is wrong"
    contained = _rejects_answer(low) and not _has(low, r"n't|\bnot\b")
    if contained and _has(low, r"\b(?:contain\w*|uses?|using|includes?)\s+(?:a|any)\s+(?:single\s+)?commas?\b"):
        return [Found("no_commas")], True
    if _has(text, r"^\W*Commas?\s*:\s*(?:none|zero|0|not allowed|forbidden|banned)\s*[.!]\W*$") or _has(
            low, r"\b(?:deducts?|docks?|takes? off|penali[sz]es?)\s+(?:points|marks)\s+(?:for|on)\s+(?:any|every|each|"
                 r"a single)\s+comma(?:\s*[,.;]|\s+(?:so|and)\b|\s+in (?:the|your) (?:answer|reply|response)\b|\W*$)"):
        return [Found("no_commas")], True  # "Commas: none.", "My grader deducts points for any comma"
    if _has(low, r"commas?\b") and _has(low, r"\b(no|not|without|avoid|avoiding|never|zero|don't|dont|free|refrain|"
                                            r"shouldn't|mustn't|can't|cannot)\b|"
                                            r"\bsans\s+(?:any\s+)?commas?\b|\bcommas?\b[^.]{0,20}\b(?:forbidden|"
                                            r"prohibited|"
                                            r"banned)\b|^\W*(?:[^:]{0,30}:\s*)?(?:(?:[\w']+\s+){1,3}(?:and|or)\s+)?"
                                            r"commas\s*(?:are\s+|:\s*)(?:\w+\s+)?"
                                            r"off[- ]limits(?:\W*$|\s*[:;]|\s+(?:in|for)\s+(?:this|the|your)\s+(?:one|"
                                            r"answer|reply|response|text|poem|haiku|story|piece)\b)|"
                                            r"^\W*(?:and\s+)?leave\s+(?:all\s+|any\s+|the\s+)?commas\s+out(?:\W*$|"
                                            r"\s*[,;]|\s+and\b|\s+(?:entirely|completely|altogether)\b|"
                                            r"\s+of\s+(?:it|(?:the|your)\s+(?:answer|reply|response|text|"
                                            r"whole thing))\b)|"
                                            r"^\W*(?:(?:and|also|please|can you|could you|would you)\s+)*skip\s+"
                                            r"(?:all\s+|any\s+|the\s+)?commas(?:\s+(?:entirely|completely|"
                                            r"altogether|throughout|please))?\W*$|"
                                            r"\bcommas\b[^.]{0,40},\s*so\s+(?:please\s+)?leave\s+them\s+(?:all\s+)?"
                                            r"out\b|"
                                            r"\b(?:leave out|omit|exclude)\s+(?:all\s+|any\s+)?commas\s+(?:entirely|"
                                            r"altogether|completely|from (?:the|your) (?:answer|response|text))"
                                            ) or _has(low, r"\bcommas\b[^.;]{0,40}\bso\s+(?:absolutely\s+)?none"
                                                           r"(?:\s+at all)?(?:,?\s*(?:please|pls))?\W*$"):
        return [Found("no_commas")], True  # ("Our SMS gateway breaks on commas so none at all")
    return _NONE


# Languages an answer may be asked in, by the name a request uses, as py3langid's ISO 639-1 codes. English is left
# out: an English request answered in English passes anyway, and a short English answer misidentified would not.
LANGUAGES = {
    "french": "fr", "spanish": "es", "german": "de", "italian": "it", "portuguese": "pt", "dutch": "nl",
    "russian": "ru", "chinese": "zh", "mandarin": "zh", "japanese": "ja", "korean": "ko", "arabic": "ar",
    "hindi": "hi", "turkish": "tr", "polish": "pl", "swedish": "sv", "greek": "el", "indonesian": "id",
    "vietnamese": "vi", "ukrainian": "uk", "czech": "cs", "danish": "da", "finnish": "fi", "norwegian": "no",
    "hebrew": "he", "thai": "th", "romanian": "ro", "hungarian": "hu", "bengali": "bn", "swahili": "sw",
    "persian": "fa", "farsi": "fa", "tamil": "ta", "urdu": "ur", "catalan": "ca", "malay": "ms", "tagalog": "tl",
}
_IN_LANGUAGE = (r"\b(?:in|using|use)\s+(?:the\s+)?(?:(?:only|plain|simple|fluent|proper|standard)\s+)?("
                + "|".join(LANGUAGES) + r")\b(?:\s+(?:language\b|only\b))?")
_LANGUAGE_CUE = (r"\b(respond|responding|reply|replying|answer|answering|write|written|writing|response|output|"
                 r"entire|entirely|whole|only|language|speak|text|say|tell|explain|describe|give|draft|compose|create|"
                 r"summari[sz]e)\b")
# the user's own activity or a recommendation, not the answer's language ("I need to draft my thesis in German",
# "My daughter wants to create a channel in Korean", "Recommend a poem in French")
_OWN_ACTIVITY = (r"\b(?:wants?|needs?|have|has|going|plans?|planning|trying|hoping)\s+to\s+(?:create|draft|give|write|"
                 r"make|start|learn|study|read)\b")
_ANSWER_WORDS = (r"answer|reply|respond|write|written|explain|tell|summari[sz]e|say|speak|describe|it|this|that|back|"
                 r"them|one|bio|letter|song|story|recipe|speech|paragraph|poem|post|message|email|notes?|toast|"
                 r"caption|tweet|"
                 r"summary|description|version|text|limerick|haiku|joke|greeting|dialogue|response|everything|"
                 r"template|blurb|ad|announcement|invitation|card|script|rap|lyrics|review|essay|article|list")
# a clause that narrates, before the language ("My grandma sent me a text in Polish", "I love the song in French")
_NARRATED = (r"\b(?:i|i'm|i am|we|we're|she|he|they|you|mom|dad|grandpa|grandma|somebody|someone|my \w+|our \w+)\s+"
             r"(?:\w+\s+){0,2}?"
             r"(?:love|loved|wrote|sent|got|found|received|left|keeps?|kept|have|has|had|framed|posted|watched|saw|"
             r"sang|speak|speaks|spoke|talk|talks|heard|gave|read|reading|memorize|communicates?|did|made)\b|"
             r"\b(?:i'm|i am|we're|we are|i've been|we've been)\s+(?:\w+\s+)?(?:writing|working|"
             r"studying|learning|teaching)\b|"
             r"^\W*(?:got|found|just received|received)\b")
# a clause about text that exists ("The product description in Spanish on our site", "My bio in Spanish is ...")
_EXISTING = (r"^\W*(?:the|my|our|his|her|their|this|that|these|those|there|it)\b|^\W*(?:i|we|she|he|they|"
             r"you)\s+(?:\w+\s+)?(?:gave|posted|sent|got|wrote|received|had|did|made|read|heard|saw|watched|found)\b")
_RECOMMENDS = r"\b(?:recommend|suggest|find me|know of|looking for)\b"


def _language(low: str, text: str) -> Detection:
    """"Answer in French", "write it entirely in Spanish", "Output language: German", "The answer must be in
    Spanish": the answer's language (`checkers.language`)."""
    names = "|".join(LANGUAGES)
    if _has(low, r"\bhow\s+(?:do\s+(?:you|i|we)\s+|to\s+|would\s+you\s+|can\s+i\s+)(?:say|write|spell|"
                 r"pronounce)\b[^?!.]*"
                 r"\bin\s+(?:" + names + r")\b") and not _has(low, r"\b(?:answer|respond|reply|explain|write your "
                                                               r"answer|write)\s+in\s+(?:" + names + r")\b|"
                                                               r"\bin\s+(?:" + names + r")\s+only\b|,\s*in\s+(?:"
                                                               + names + r")\W*$"):
        return _NONE  # "how to say 'where is the pharmacy' in Italian?": the phrase is asked for, not the answer
    for head in (r"^\W*(?:(?:output|response|answer|reply)\s+)?language\s*:\s*", r"^\s*[-*•]\s*language\s*:\s*",
                 r"^\W*(?:your\s+|the\s+)?(?:answer|response|reply|output)\s+(?:must|should|has to|needs to)\W+be\s+"
                 r"(?:written\s+)?(?:entirely\s+)?in\s+", r"^\W*(?:and\s+)?(?:all\s+)?in\s+"):
        m = _re(head + "(" + names + r")(?:(?:\s+please)?\W*$|\s+(?:obviously|of course|ofc|naturally)\s*(?:\W*$|,\s))"
                ).search(low)  # ("in spanish obviously, 3 sentences max")
        if m:  # a clause of its own: a list item or a short sentence
            return [Found("language", {"code": LANGUAGES[m.group(1)]})], False
    # "use no other language than French", "Czech only, please.", "Norwegian is the only language I want", "In Italian
    # write the short menu for my restaurant"
    only = _re(r"^\W*in\s+(" + names + r")\s*,?\s+(?:please\s+)?(?:write|give|draft|make|tell|explain|answer|reply|"
               r"describe|create|compose|summari[sz]e|list)\b").search(low) or _re(
        r"\bno (?:other )?language (?:other )?than (" + names + r")\b|^\W*(" + names + r") only(?:,?\s*please)?\W*$|"
        r"^\W*(" + names + r") is the only language\b").search(low)
    if only and not _has(low, r"\b(?:speaks?|spoke|knows?|understands?)\b"):
        return [Found("language", {"code": LANGUAGES[next(g for g in only.groups() if g)]})], False
    own = _re(r"(?:^\W*|[,;—–]\s*|\b(?:everything|responde|responda|contesta|escribe|escriba|réponds|répondez|"
              r"écris|écrivez|rispondi|scrivi|antworte|schreib|schreibe|escreva|" + _ANSWER_WORDS + r")\s+)"
              r"(?:en|in|auf|em)\s+(español|espanol|castellano|français|francais|deutsch|italiano|"
              r"português|portugues)\b").search(_QUOTED.sub('""', low))  # "en español por favor", "Explica la
    # fotosíntesis, en español, para niños", "En español: ..." (opening its clause or after a comma; not "a movie, en
    # français with subtitles", "Le Petit Prince, en français, is my favourite book", "We watched Amélie, en français,
    # last night", a speaker's line)
    if own is not None and (_has(low[own.end() :], r"^\s*,?\s*(?:is|was|are|were|has|had|with subtitles|at school|or|"
                                                    r"last|yesterday|on (?:tv|netflix))\b") or _has(
            low[: own.start()], _NARRATED + r"|\b(?:is|was|are|were)\b")):
        own = None
    speaker = own is not None and _has(low[: own.start()].rsplit("\n", 1)[-1], r"^\W*[\w ]{1,20}:")
    if own and not speaker and not _has(low, r"translat|\b(?:say|called|means?)\b") and not _negated(
            low, r"(?:en|in|auf|em)\s"):
        return [Found("language", {"code": _OWN_NAMES[own.group(1)]})], False
    # "Translate this email into German:", "Translate my speech intro into Italian", "Translate into Russian please,
    # it's for my host family:" (a text to translate; not a word or a phrase, and nothing to explain beside it)
    into = _re(r"^\W*(?:(?:please|pls|kindly|can you|could you|would you)\W+)*translat\w*\s+(?:(?:this|these|it|the "
               r"following|the (?:[\w-]+\s+)?(?:text|note|email|message|letter|notice|paragraph|speech|intro|page|post|"
               r"caption|description|section|notes|list|menu|sign|announcement|invitation)|my [\w-]+(?:\s+[\w-]+)?|our "
               r"[\w-]+(?:\s+[\w-]+)?)\b[^.?!]{0,60}?)?\b(?:in)?to\s+(?:(?:brazilian|european|simplified|traditional|"
               r"mexican|canadian|swiss|modern|standard)\s+)?(" + names + r")\b").search(low)
    # (not a few words after a colon, "Translate this into German: good morning", whose language no detector tells)
    # (nor a second language beside it: "into Spanish and Portuguese", "then summarize it in English", "with pinyin")
    if into and _has(low[: into.start(1)], r"\b(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+)?(?:names?|signature|"
                                         r"initials|nickname)\b"):
        into = None  # "Translate my name into Japanese": a name, no answer in the language
    second = _re(r"\b(?:and|or)\s+(?:(?:in)?to\s+)?(" + names + r")\b(\s+\w+)?").search(low, into.end()) \
        if into else None
    if second and second.group(1) == "polish" and _has(second.group(2) or "",
                                                       r"^\s+(?:it|up|the|this|that|my|your|a|an)$"):
        second = None  # "Translate my cover letter into German and polish it up"
    if into and (second or _has(low[into.end() :], r"\b(?:and|then|also|plus)\b[^.]{0,40}\b(?:in|into)\s+english\b|"
                                                r"\bwith (?:the )?english\b|\b(?:pinyin|romaji|back into|"
                                                r"transliterat\w*)\b|\bthen\s+(?:summari[sz]e|explain|list)\b")):
        into = None
    if into and not _has(low[into.end() :], r"^\s*:\s*(?:\S+\s+){0,4}\S+\s*$") and not _has(
            _QUOTED.sub('""', low), r'""|\b(?:words?|phrases?|expressions?|idioms?|terms?|sayings?|explain\w*|why|'
                                    r'meaning|and tell)\b'):
        return [Found("language", {"code": LANGUAGES[into.group(1)]})], False
    # "Same content, Polish please.", "Vietnamese please: how to use the rice cooker"
    bare = _re(r"(?:^|[,;:]\s*)\W*(" + names + r")\s+(?:please|pls|plz)\s*(?::|\.|!|$)").search(low)
    # (after a comma only when it names the answer again: not "Dinner ideas for tonight, Italian please")
    if bare and not _has(low, r"translat|\b(?:say|called|means?)\b|\b(?:recipes?|dessert|curry|pasta|soup|"
                              r"songs?|playlist|dinner|lunch|food|dish|meal|restaurants?|cuisine|takeout|music|"
                              r"movies?)\b") and (
            not low[: bare.start()].strip(" \t\"'*-•") or _has(low[: bare.start()], r"\b(?:same|again|content|"
                                                                                  r"everything|" + _ANSWER_WORDS +
                                                                                  r")\b")):
        return [Found("language", {"code": LANGUAGES[bare.group(1)]})], False
    if _has(low, r"translat|\b(?:words?|terms?|phrases?)\s+for\b") or _has(low, _OTHERS):
        return _NONE  # a translation (part of it may stay in the source language), a class, someone else's habit
    for m in _re(_IN_LANGUAGE).finditer(low):
        if _answer_language(low, text, m):
            return [Found("language", {"code": LANGUAGES[m.group(1)]})], False
    return _NONE


# a request: its opening verb, "please keep ...", "should be", a verb after a comma or so/and/then, "I want you to"
_LANGUAGE_ASKS = (r"^\W*(?:(?:please|pls|can you|could you|would you|will you|and|also|now|then|oh|just|ok)\W+)*(?:"
                  r"write|reply|respond|answer|explain|describe|tell|give|draft|compose|create|make|summari[sz]e|"
                  r"translate|send|do|redo|put)\b|\bplease\s+(?:keep|make|write|do|put|send|reply|answer|give)\b|"
                  r"\b(?:should|must|needs? to|has to|have to)\s+be\b|\b(?:want|like|need|ask|asking)\s+you\s+to\b|"
                  r"\bfrom now on\b|\b(?:would|'d)\s+(?:like|love|prefer|appreciate)\b|\b(?:wants?|needs?)\s+(?:it|"
                  r"them|this|that|the (?:answer|reply|response|whole thing|email|note|message|explanation|summary|"
                  r"story|text|letter|poem|version|invite|invitation))\b|"
                  r"(?:[:;,]\s*|\b(?:so|and|then|please|but|now)\s+)(?:always\s+|only\s+|just\s+)?"
                  r"(?:write|rewrite|say|reply|respond|answer|explain|describe|tell|give|draft|compose|create|make|"
                  r"summari[sz]e|translate|send|keep|put)\b")
# a statement about text or talk that exists ("The whole course is taught in Spanish", "It's written in French", "This
# app only works in Spanish", "The final exam will be entirely in French", "There's a chapter in German")
_STATED = (r"(?:\b(?:is|was|are|were|will be|would be|has been|have been|had been|works?|worked|happened|came|comes|"
           r"held|taught|printed|drafted|published|spoken|sung|dubbed|recorded|filmed|conducted)|\w's)\s+(?:(?:all|"
           r"only|mostly|entirely|completely|fully|still|also|always|just|now|usually|mainly|partly|written|printed|"
           r"spoken|taught|held|drafted|done|given|sent|published|sung|recorded|filmed|dubbed|back|up|out)\s+){0,3}$|"
           r"^\W*there(?:'s| is| are| was| were)\b|"
           r"\b(?:i|we|she|he|they|my \w+|our \w+|his \w+|her \w+)\s+(?:\w+\s+)?(?:would|used to)\s+(?:always\s+|"
           r"often\s+|only\s+|usually\s+|sometimes\s+)?(?:tell|say|sing|speak|talk|write|read|call|send|cook|pray|"
           r"answer|reply|text|message|email|chat|shout|yell|swear|curse|joke|argue|teach|dream|count|pray)\b")
# words that make "in X and Y <noun>" a modifier ("in Greek and Roman mythology", "in Thai or Indian style")
_STYLE_NOUNS = (r"style|tone|voice|form|tradition|manner|fashion|flavou?r|spirit|numerals|philosophy|directness|"
                r"mythology|folklore")


def _asks_midway(seg: str) -> bool:
    """A request's verb and object inside unpunctuated speech ("I'm learning German write me a short story in
    German", "my son made a card for his teacher write a short message for it"); not an infinitive ("I had to write
    a letter in German")."""
    return any(not _has(seg[: v.start()], r"\b(?:to|would|'d|always|often|never|usually|sometimes|did|does|do|can|"
                                          r"could|will|might|should|i|we|he|she|they|you|it)\s*$") for v in _re(
        r"\b(?:write|give|tell|make|draft|send|explain|describe|compose)\s+(?:me|us|him|her|them|a|an|the|my|our|some|"
        r"this|it)\b").finditer(seg) if v.start() > 0)


def _answer_language(low: str, text: str, m: Any) -> bool:
    """Whether the language `m` matched is the answer's: asked ("..., in French please") or cued by a request's verb
    or the answer's noun, where the stretch of the clause before it (after its last comma, colon or "so") does not
    narrate ("I got a letter from the bank in German, explain what it says") or state ("The whole course is taught
    in Spanish"), and no word after it makes it a modifier ("in French Polynesia", "in Greek and Roman mythology")."""
    before = low[: m.start()]
    seg = _re(r"^.*(?:[,;:—–]|\b(?:so|but)\b)").sub("", before)
    # the answer names what is in the language: a verb ("Answer in Spanish", "explain it in Portuguese") or the
    # answer's noun ("a short bio in Spanish kids can understand") right before it
    answer_before = _has(before, r"\b(?:" + _ANSWER_WORDS + r")\s*,?\s*$|\b(?:your|all your|all)\s+(?:answers|"
                                 r"replies|responses)\s*$")
    # "Poema para mi mamá, in Spanish please, ...", "Same thing in Japanese please", "The card is for my abuela in
    # Spanish please" (not "Everything on the form is in Spanish please help", "came in German thanks to the
    # supplier", nor a clause that is only "In Japanese please.")
    asked = _has(low[m.end() :], r"^\s*,?\s*(?:(?:please|pls|plz|thanks|thx|of course|obviously|ofc|naturally|"
                                 r"por favor)\b|this time\W*$)") \
        and not _has(
        low[m.end() :], r"^\s*,?\s*(?:please\s+(?:help|don'?t)|thanks\s+to|of course\s*,?\s*(?:since|"
                        r"because))\b") and not _has(
        seg, r"\b(?:is|are|was|were|works?|came|comes?|come|answered|speaks?|spoke|gave|sang|did|made)\s+(?:(?:only|"
             r"mostly|all|entirely|also|still|always|just|really|written|printed|spoken|done|given|sent|held|back)\s+)"
             r"{0,2}$|\b(?:also|and|or|both)\s*$") and bool(before.strip(" \t\"'*-•"))
    requested = _has(low, _LANGUAGE_ASKS)
    # the stretch before the language narrates or states, unless it opens with a request ("My grandma sent me a text
    # in Polish", "Yesterday I wrote a poem in Hindi", "The menu was in Italian only", "My dad would tell me stories
    # in Italian"; not "Write a reply to the note my aunt sent in Polish")
    narrated = not _has(seg, _LANGUAGE_ASKS) and not _asks_midway(seg) and (_has(seg, _NARRATED) or _has(seg, _STATED))
    # a character's language ("a story about an interpreter who can only answer questions in French")
    narrated = narrated or _has(seg, r"\bwho\s+(?:can|could|only|always|would|will|does|did|speaks?|answers?|talks?|"
                                     r"writes?)\b|\b(?:asks?|asking|asked|tells?|telling|told|begs?|begging)\s+(?:a|an|"
                                     r"the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?to\s+(?:[\w-]+\s+){0,2}$")
    # (someone asking a third party: "a kid keeps asking a smart speaker to answer in Spanish")
    # ("Same thing but in German", "Redo it in French"; not the user's own line after a colon: "Rewrite my resume line:
    # fluent in Spanish")
    redo = _has(_re(r"^.*:").sub("", before), r"\b(?:redo|rewrite|same)\b")
    cue = ((_has(low, _LANGUAGE_CUE) or _has(low, r"^\W*(?:please\s+|kindly\s+)?provide\b") or redo) and not (
        narrated)) or (  # ("Provide an explanation of ... in Spanish"; not "I provide tutoring in Spanish")
        answer_before and not narrated and (requested or not _has(
        low, _EXISTING))) or _has(before, r"\bthis time,?\s*$") or _has(  # "..., but this time in French"
        seg, r"\b(?:it|this|this one|everything|the (?:[\w-]+\s+)?(?:answer|reply|response|update|email|message|note|"
             r"letter|text|post|summary|whole thing|caption|card|invite|invitation|poem|story|speech|toast|eulogy|"
             r"menu|sign|flyer|notice|announcement|description|bio|tagline|slogan|article|essay|report|memo)s?)\s+"
             r"(?:should|must|needs? to|need to|has to|have to)\s+(?:all\s+|entirely\s+)?be\s+(?:written\s+)?$")
    narrated = narrated and not _has(before, r"\bfrom now on\b")  # "From now on, it's all in Spanish please"
    if not ((asked and not narrated) or cue) or _negated(low, r"in\s+(?:the\s+)?" + m.group(1)):
        return False
    after = low[m.end() :]
    nxt = after.split(None, 1)[0].strip(".,;:!?)]}\"'”’—–-") if after.strip() else ""
    cased = text[m.end() :].split(None, 1)[0] if len(text) == len(low) and text[m.end() :].strip() else ""
    # a modifier: "in French Polynesia", "in Hindi-medium schools", "in Spanish parliament", "the boom in Japanese
    # whisky exports" (after the answer's verb or noun only a capitalised word, a topic noun or a hyphen; elsewhere
    # any word that is neither a function word, a participle nor an adverb); "The email in Spanish is from a supplier";
    # "a recipe in French bistro style" (not "Reply in French with a warm tone")
    named = after.startswith("-") or nxt in _LANGUAGE_NOUNS or nxt in ("is", "was", "are", "were", "has", "had") or (
        cased[:1].isupper() and nxt not in _AFTER_LANGUAGE and nxt not in ("asap",)) or (_has(
            after, r"^\s+(?:[\w-]+\s+){0,3}?(?:" + _STYLE_NOUNS + r")\b") and nxt not in _AFTER_LANGUAGE) or any(
        noun in _LANGUAGE_NOUNS or _has(noun, r"^(?:" + _STYLE_NOUNS + r")$") for noun in _re(
            r"^\s+(?:and|or)\s+(?:the\s+)?[\w-]+\s+([\w-]+)").findall(after))
    modifies = named or (not answer_before and bool(nxt) and nxt not in _AFTER_LANGUAGE and not _has(
        nxt, r"(?:ing|ed|ly)$")) or (not before.strip(" \t\"'*-•") and nxt in _SUBJECTS)  # "In Spanish we say"
    own = _re(_OWN_ACTIVITY).search(low)  # before the language: "I need to draft my thesis in German", not "Write a
    # story in Spanish for my students who are trying to learn it"
    modifies = modifies or (own is not None and own.start() < m.start()) or _has(low, _RECOMMENDS) and not _has(
        low, r"^\W*(?:please\s+)?(?:write|draft|compose|create|make|give|summari[sz]e|explain|translate)\b")
    # "5 common phrases in Spanish with their meanings", "In German all nouns are capitalised", "a boy lost in
    # Russian winter"
    # ("one in English and one in Spanish": one of several answers)
    return not modifies and not _has(before, r"\b(?:words?|terms?|phrases?|expressions?|idioms?|verbs?|nouns?|"
                                             r"greetings?|sayings?|vocabulary|slang)\s*$|(?:\band|,)\s+one\s*$|"
                                             r"\b(?:the other|another)\s*$")


# words after "in French" when the answer's language is meant (function words; participles and adverbs by their ending)
_AFTER_LANGUAGE = frozenset({
    "please", "pls", "only", "and", "or", "with", "for", "so", "to", "that", "this", "the", "a", "an", "about", "but",
    "because", "since", "if", "then", "as", "on", "of", "instead", "too", "again", "here", "now", "language", "without",
    "using", "no", "not", "even", "at", "in", "from", "while", "just", "between", "sans", "except", "unless", "rather",
    "like", "every", "each", "when", "where", "which", "who", "by", "after", "before", "into", "under", "over", "until",
    "plus", "it", "them", "me", "my", "your", "our", "their", "his", "her", "its", "how", "what", "why", "whatever",
    "regardless", "suitable", "also", "thanks", "thank", "ok", "okay", "one", "two", "three", "all", "both",
    "throughout", "um", "uh", "lol",
})
_OWN_NAMES = {"español": "es", "espanol": "es", "castellano": "es", "français": "fr", "francais": "fr", "deutsch": "de",
              "italiano": "it", "português": "pt", "portugues": "pt"}
_SUBJECTS = frozenset({"we", "they", "you", "i", "people", "there", "it", "he", "she", "all", "every", "most", "many",
                       "the", "a", "an", "some", "nouns", "verbs"})  # (is/was/has ... make a modifier anywhere)
_LANGUAGE_NOUNS = frozenset({
    "cuisine", "food", "fries", "toast", "history", "people", "culture", "revolution", "literature", "film", "films",
    "movie", "movies", "style", "speakers", "words", "word", "phrases", "grammar", "accent", "version", "subtitles",
    "teacher", "market", "company", "restaurant", "song", "songs", "wine", "press", "team", "government", "law",
    "art", "music", "poetry", "novels", "names", "name", "cities", "city", "towns", "villages", "class", "classes",
    "course", "lesson", "lessons", "exam", "exams", "test", "homework", "teachers", "tutor", "parliament", "winter",
    "summer", "localization", "localisation", "translation", "edition", "next", "last", "politics", "election",
    "elections", "schools", "school", "media", "newspapers", "channel", "podcast", "podcasts", "tv",
    "television", "radio", "verbs", "nouns", "studies", "department", "speaking", "medium",
})


# a count as a key and value, the clause's whole: "Word limit — 150.", "Sentences: six", "Minimum bullets: five",
# "Paragraph count: 5", "Max paragraphs — 1", "Word count: 75 max.", "Numbered items: four, exactly"
_KEY_COUNT = (r"^\W*(?:(min(?:imum)?|max(?:imum)?)\s+)?(words?|sentences?|paragraphs?|paras?|bullets?|bullet points|"
              r"numbered items?)[\s-]*(count|limit|cap|target)?\s*(?:—|–|-|:|of)\s*(at most|at least|exactly|"
              r"min(?:imum)?|max(?:imum)?)?\s*")
# a unit's kinds: (cap, floor, exact count), None where no checker takes it
_BOUND_KINDS: dict[str, tuple[str | None, str | None, str | None]] = {
    "word": ("words_max", "words_min", None), "sentence": ("sentences_max", "sentences_min", "sentences_exact"),
    "paragraph": ("paragraphs_max", "paragraphs_min", "paragraphs_exact"),
    "bullet": ("bullets_max", "bullets_min", "bullet_list"), "numbered item": (None, None, "numbered_list"),
}


def _bound_kind(unit: str, most: bool, least: bool) -> str | None:
    """The kind a count of `unit` reads as: a cap, else a floor, else an exact count."""
    return _BOUND_KINDS[unit][0 if most else 1 if least else 2]


_RANGE_KINDS = {"w": ("words_min", "words_max"), "s": ("sentences_min", "sentences_max"),
                "p": ("paragraphs_min", "paragraphs_max"), "b": ("bullets_min", "bullets_max")}


# a bound stated as what will be refused: the answer must be on the other side of it
_REJECTED = (r"\b(?:is|are|will be|would be)\s+(?:unacceptable|rejected|sent back|returned|refused)\b|"
             r"\b(?:won't|will not|doesn't|does not)\s+(?:cut it|fly)\b|"
             r"\b(?:will|would)\s+not\s+be\s+accepted\b|\bwon't be accepted\b|\bis not acceptable\b|"
             r"\b(?:loses?|costs?)\s+(?:\w+\s+)?(?:points|marks)\b|\b(?:is|are|will be|gets?)\s+(?:penali[sz]ed|"
             r"marked down|docked)\b")
# the clause opens with the rejected answer
_REJECTED_ANSWER = (r"^\W*(?:a|an|any|the)?\s*(?:response|answer|reply|story|list|review|essay|text|letter|post|"
                    r"anything|submission|answers|responses|replies|drafts?|entries|submissions)\b")


_REFUSES = (r"(?:\b(?:won't|will not|wouldn't|doesn't|does not|don't|do not|can't|cannot|never)\s+accept|"
            r"\bthrows?\s+out|\bwill\s+throw\s+out|\bsends?\s+back|\bdisqualif\w*)\s+(?:anything|any\s+[\w-]+|"
            r"an?\s+[\w-]+|entries|"
            r"answers|responses)\s+(?:that(?:'s| is| are)\s+)?(?:longer|shorter|more|fewer|less|over|under|above|below|"
            r"beyond)\b")


# "My editor will reject it if it contains the word 'amazing'", "they'll bounce any ad that uses 'free'"
_REJECTS_IF_CONTAINS = (r"\b(?:will|would|'ll|to|always)\s+(?:reject|refuse|bounce|fail|flag|return|send back|"
                        r"throw out)\s+(?:it|the \w+|your \w+|anything|any \w+|\w+s)\s+(?:if|that|which|when)\s+"
                        r"(?:it\s+|they\s+)?(?:contains?|uses?|includes?|has|have|mentions?)\b")


def _rejects_answer(low: str) -> bool:
    """"A response shorter than 200 words is unacceptable", "Anything beyond 80 words will be rejected": a bound
    stated as what is refused, said of the answer (not "..., or it will be rejected", a warning on an instruction)."""
    return (_has(low, _REJECTED) and _has(low, _REJECTED_ANSWER) or _has(low, _IF_FAILS)) and not _has(
        low, r"\b(?:or|otherwise|unless)\b")


# "If your reply is longer than 60 words, it is wrong", "if the word 'heart' appears anywhere, you fail", "If you use
# any commas, the answer is wrong": what fails the answer, stated as a condition
_IF_FAILS = (r"^\W*if\s+(?:your|the|you|any|a|an)\b[^,;]{3,80},?\s*(?:then\s+)?(?:it|that|you|this|the (?:answer|"
             r"response|reply|task)|your (?:answer|response|reply))\s+(?:is|are|will be|would be|has|have|"
             r"automatically)?"
             r"\s*(?:wrong|invalid|incorrect|failed|a fail(?:ure)?|rejected|unacceptable|disqualified|fail(?:s|ed)?)\b|"
             r"^\W*if\s+(?:your|the|you|any|a|an)\b[^,;]{3,80},?\s*(?:then\s+)?(?:it|that|this)'s\s+(?:wrong|invalid|"
             r"incorrect|a fail(?:ure)?|rejected|unacceptable)\b")


# a draft's pasted statistics or a report: its "Paragraph count: 9" is what is, not what is asked
_STATS_RE = (r"(?m)^\W*(?:word|line|character|char|heading|page|sentence)s?\s+count\s*:\s*[\d,]+\s*$|reading time\s*:|"
             r"flesch|readability|passive voice|words per \w+\s*:|^\W*pages\s*:\s*\d|\b(?:stats|statistics|analysis|"
             r"report|properties|settings|config|checker|generator|draft)\b|^\W*sources\s*:\s*\d|^\W*due\b")


_PLACE_BELOW = _re(r"\b(?:notes|text|email|message|paragraph|draft|article|list|points|data|thread|letter|passage|"
                   r"excerpt|transcript|story|essay|content|info|information|details)\s+below(\s+(?:in|into|as|for|"
                   r"with|to)\b|\s*[:,.]|\s*$)")


_GO_OVER_THREAT = (r"^\W*(?:if you\s+)?go (?:over|past)\s[^.;]{1,40}?\b(?:words?|sentences?|paragraphs?|bullets?)\b"
                   r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:you|i|i'll|it|that|we|they|the)\b")


def _counts(low: str, text: str) -> Detection:
    found: list[Found] = []
    start = 0
    # "Summarize the notes below in 4 bullet points": "below" names the pasted text, it bounds nothing
    low = _PLACE_BELOW.sub(lambda m: m.group(0).replace("below", "b_low"), low)
    if _has(low, _GO_OVER_THREAT):  # "Go over 80 words and you lose me": don't go over
        low = _re(r"\bgo (over|past)\b").sub(lambda m: f"don't go {m.group(1)}", low, count=1)
    for m in _UNIT.finditer(low):
        n, qualifier, unit = _number(m.group(1)), (m.group(2) or ""), m.group(3)
        before = _NOT_MORE.sub(" ATMOST ", _NOT_FEWER.sub(" ATLEAST ", low[start : m.start()]))
        start = m.end()
        if n is None:
            continue
        after = low[m.end() : m.end() + 20]
        if unit == "bullet" and not _has(after, r"^\W*$"):
            continue  # "give me max 6 bullet" at a clause's end (a learner's singular), not "a 4 bullet summary"
        if _has(unit, r"(?:list|checklist|summary)$") and not _has(before, r"\ban?\s*$"):
            continue  # "Make a 4-bullet checklist", not "my 7-bullet checklist" or "the 5-bullet summary she wrote"
        if _has(after, r"^\s*(?:essay\s+|answer\s+)?(format|structure|model|template)\b") and _has(
                low, r"\b(discuss|teach|teaching|history|advantages|disadvantages|critique|criticism|origins?|why)\b"):
            continue  # "the five-paragraph essay format": a kind of essay as a topic
        bounded = _re(r"^\s*(?:for|on)\s+(?:the|its|each|every|your)\s+(?:[\w-]+\s+)?(abstract|intro|introduction|"
                      r"conclusion|summary|title|headline|subject|caption|bio|body|first|second|third|last|final|"
                      r"opening|closing|section|part|chorus)\b").search(low[m.end() : m.end() + 40]) if _has(
            before, r"\b(?:cap|ceiling|limit|max(?:imum)?)\s+of\s*$") else None
        stem, asked = (bounded.group(1)[:5], low[: m.start()]) if bounded else ("", "")
        if bounded and (not _has(asked, r"\b" + stem) or _has(
                asked, r"\b" + stem + r"\w*\s+and\b|\band (?:an?|the|my)\s+(?:[\w-]+\s+)?" + stem)):
            continue  # "A cap of 300 words for the abstract": a part's bound (not "Write a caption ..., a limit of
            # 20 words for the caption")
        if _has(before, r"\b(?:sets?|has|have|imposes?|allows?|gives?)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:cap|ceiling|"
                        r"limit|max(?:imum)?)\s+of\s*$"):
            continue  # "The journal sets a ceiling of 250 words for abstracts": someone's rule
        # what is said before a request that follows ", so" is its reason ("I have three slides, so write exactly
        # three sentences")
        said = _re(r"^.*[,;:—]\s*(?:and\s+)?(?:so|then|therefore)\s+(?:please\s+)?(?:write|give|make|keep|use|"
                   r"answer|reply|respond|limit|stick)\b").sub("", before)
        after = low[m.end() : m.end() + 60] if _has(low[m.end() :], r"^\s*(?:is|are)\s+the\b") else after
        per_item = _has(after, r"^\s*(each|apiece|per\b)|^\s*(?:is|are)\s+the\s+(?:\w+\s+)?(?:max(?:imum)?|limit|cap|"
                               r"minimum)\s+(?:per|for each|each)\b") and not _has(
            after, r"^\s*per\s+(?:the|your|our|my|his|her|their)\s+(?:rubric|guidelines?|brief|instructions|"
                   r"assignment|style guide|requirements?|spec\w*|teacher|professor|editor|rules?|syllabus)\b")
        # (not "over 400 words per the rubric")
        if per_item or _has(before[-24:], r"\beach\b") or _has(
                before, r"\beach of (?:which|them|these|those)\b[^,;.]*$") or _has(
                said, r"\beach\s+(paragraph|bullet|item|point|line|section|sentence|one|part|step)\b") or (
                _NTH_PARAGRAPH.search(before)):
            continue  # "5 bullets of at most 10 words each": a bound per item, not on the answer
        part = _has(after, r"^[\s-]*(?:tl;?\s?dr|takeaway|hook|subject(?: line)?|opener|closing line|lead|headline|"
                           r"caption)\b") and _has(low, r"\b(?:at the (?:top|end|start|bottom|beginning)|up top|then|"
                                                     r"followed by)\b") and not _has(
            low, r"\bthen\s+(?:stop|nothing)\b|\bnothing else\b|^\W*just\b") or _has(
            before, r"\b(?:the|its|each|every)\s+(?:body|stage|tl;?\s?dr|takeaway|chorus|verse|stanza|"
                    r"title|hook|bridge|refrain|variant)(?:\s+(?:to|at|under|within|max|no|not|only|should|must|be|"
                    r"is|gets?|has|of|atmost|atleast|stay|stays|kept|keep|really|very|short|super|pretty|and))*\s*$|"
                    r"(?:^|[,;(]\s*)(?:chorus|verse|stanza|title|hook|bridge|refrain)\s+(?:\w+\s+){0,2}$")
        if part and not _has(low, r"^\W*(?:please\s+)?(?:write|give|draft|make|create|compose)\s+(?:me\s+)?(?:the|a|"
                                  r"an)\s+(?:[\w-]+\s+)?(?:bridge|hook|title|chorus|verse|stanza|refrain)\b"):
            continue  # "a one-sentence TL;DR at the top, then details", "keep the body to 2 sentences": a part's
            # (not "Write the bridge in under 40 words": the part is the answer)
        if _has(said, r"\b(i have|i've|i wrote|here are|there are|below are|the text has|being|mine)\b|"
                        r"\bthese\s+(?:[\w-]+\s+)?$|\bthese\s+(?:[\w-]+\s+){1,2}(?:are|were|have|had)\s+(?:all\s+)?"
                        r"(?:about|around|over|under|nearly|almost|roughly|exactly|atleast|atmost|more than|fewer than|"
                        r"less than)?\s*$") or (
                # "these 3 paragraphs", "these essays are all over 1,000 words", not "these notes in 3 sentences"
                _has(said, r"\b(has|have|had|contains|contained)\s+(?:(?:only|about|around|over|nearly|"
                           r"almost|"
                             r"roughly|more than|fewer than|less than|at least|at most|atleast|atmost|under|"
                             r"exactly)\s+)?$")
                and not _has(before, r"\b(must|should|shall|will|needs? to|has to|have to|to)\s+(has|have|contain)|"
                                     r"\bso\s+(?:that\s+)?(?:it|the \w+)\s+(?:has|contains)|"
                                     # "Write a rap about composting that has fewer than 150 words" (", that
                                     # starts with '...' and has at least 8 sentences")
                                     + _ASKED_THAT + r"(?:has|contains)\s|"
                                     r"^\W*(?:please\s+)?(?:write|draft|compose|give me|create)\s+(?:me\s+)?an?\s+"
                                     r"(?:[\w-]+\s+){0,3}?(?:that|which)\s+[^.]{0,80}\band\s+(?:has|contains)\s")):
            continue  # "I have 3 paragraphs below", "my essay has 5 paragraphs": what is, not what the answer should
        # others' habit ("students must write at least 200 words", "the standard that students use"), not a reason
        # after a request's count ("Keep it under 60 words, people don't read long captions")
        bare = _has(low, r"^\W*(?:no more than|no fewer than|at most|at least|under|max(?:imum)?)\b") and _has(
            low[m.end() : m.end() + 4], r"^\s*[—–,;-]")  # "No more than 3 paragraphs — people don't read long memos"
        if (_has(low, _OTHERS) and not ((bare or _has(low, r"^\W*(?:please\s+)?(?:keep|make|write|use|limit|stick|"
                                                               r"cap)\b"))
                                         and not _has(low[: m.end()], _OTHERS))) or _has(
                low, r"\b(it|that|which|counter|docs|tool|app|checker)\s+(said|says|shows|showed|counted|counts|"
                     r"reports|reported)\b|\b(whose|my|our|his|her|their)\b[^.]{0,40}\blimit\s+(?:is|was)\b|"
                     r"\b\w+'s\s+(?:word\s+)?limit\s+(?:is|was)\b"):
            continue  # "students must write at least 200 words", "the counter said 212 words": not the answer's
        low_n = _re(_NUM + r"\s*(?:-|–|to|or)\s*$").search(before) or _re(  # "2-3 sentences", "one or two"
            r"between\s+" + _NUM + r"\s+and\s*$").search(before)
        if low_n and _number(low_n.group(1)) and unit[0] in "wspb" and _has(after, r"^\s*(?:max(?:imum)?|at most|"
                                                                                   r"tops)\b"):
            low_n = None  # "2-3 sentences maximum": at most 3
        if low_n and _number(low_n.group(1)) and unit[0] in "wspb":
            lo, kinds = _number(low_n.group(1)), _RANGE_KINDS[unit[0]]
            found.extend([Found(kinds[0], {"n": lo}), Found(kinds[1], {"n": n})] if lo and lo < n else [])
            continue
        if _has(before, r"\bgo(?:es|ing)? (?:over|past|through)\s+(?:the|my|these|those|your|his|her|our|their)\s*$"):
            continue  # "go over the 3 sentences I wrote": what to look at, not a bound
        goes = _re(r"\bgo(?:es|ing)? (?:over|past)\b").search(before)
        if goes and (not _has(before[goes.end() :], r"^(?:\s+(?:a|an))?\s*$") or _has(
                before, r"\b(?:feel free|(?:it'?s|it is) (?:fine|ok|okay|alright)|you (?:may|can)|don'?t be afraid|"
                        r"no need|allowed|free to|if you (?:need|want|must|have) to)\b")):
            # "Go over the key points in 200 words" (review), "Feel free to go over 300 words" (allowed): no floor
            before = before[: goes.start()] + " go by " + before[goes.end() :]
        times = list(_re(r"\b\d+\s*(?:times|x)\b|\b(?:twice|thrice)\b").finditer(before))
        if times:  # "use 'waiter' at least 2 times, in 4 sentences": the bound before is the keyword's
            before = before[times[-1].end() :]
        # "2 paragraphs minimum, 150 words maximum" (a qualifier after the count), "a minimum of two hashtags and
        # fewer than 30 words" (both bounds before it): the count's own part of what comes before
        if _has(after, r"^\s*(?:max(?:imum)?|min(?:imum)?|at most|at least|tops)\b") or (
                _AT_MOST.search(before) and _AT_LEAST.search(before)):
            before = _re(r";|,|\band\b").split(before)[-1]
        strict = _STRICT.search(before)
        alone = _has(before, r"^\W*(?:(?:and|but|so|also|remember|note|keep in mind)(?:\s+that)?\s*)?$|"
                             r"^\W*(?:keep|make) it\s+\w+\s*[—–:;-]\s*$")  # "Keep it tight — 250 words is the ..."
        at_most = bool(_AT_MOST.search(qualifier) or _AT_MOST.search(before)
                       or alone and _has(after, r"^\s*(?:is|are)\s+(?:the\s+)?(?:hard\s+|absolute\s+|upper\s+)?(?:cap|"
                                                r"ceiling|limit|max(?:imum)?)(?:\W*$|\s*[,;]\s*" + _BOUND_THEN + r")")
                       or _has(after, r"^\s*(at most|max|or fewer|or less|or shorter|and no more|in total|limit|"
                                      r",?\s*no more(?:\W*$|\s*,\s*" + _NO_MORE_THEN + r")|,?\s*tops\b|"
                                      r"at the (?:very )?most\s*(?:[.,;!?)]|$|"
                                      r"(?:and|on|about|in|for|"
                                      r"please)\b))"))
        at_least = bool(_AT_LEAST.search(qualifier) or _AT_LEAST.search(before)
                        or alone and _has(after, r"^\s*(?:is|are)\s+the\s+(?:bare\s+|absolute\s+)?(?:minimum|"
                                                 r"floor)(?:\W*$|\s*[,;]\s*" + _BOUND_THEN + r")")
                        or _has(after, r"^\s*(or more|or longer|at least|minimum|\+|at the (?:very )?least)"))
        if at_least and at_most and _has(after, r"^\s*in total") and not _AT_MOST.search(before):
            at_most = False  # "no fewer than 12 sentences in total": a floor on the whole
        hyphen = _re(r"^-(?:max(?:imum)?|min(?:imum)?|limit)\b(\s+(?:rule|requirement|policy|format|guideline|cap|"
                     r"limit|thing|standard)s?\b)?").search(low[m.end() : m.end() + 40])  # "300-word-minimum"
        if hyphen and not hyphen.group(1):
            at_most = at_most or not _has(hyphen.group(0), r"min")
            at_least = at_least or _has(hyphen.group(0), r"min")
        exact = bool(_EXACT.search(before)) or (_has(after, r"^\s*long") and not (at_most or at_least or strict))
        if _has(low[m.end() : m.end() + 60], r"^\s*(?:or more|or longer|or shorter)\s+(?:[\w-]+\s+){0,4}?(?:get|gets|"
                r"tend|tends|need|needs|are|is|were|was|rank|ranks|perform|performs|will|won't|usually|often)\b") or \
                _has(before, r"\b(?:stories|essays|emails|messages|texts|posts|answers|reviews|submissions|articles|"
                             r"entries|episodes|videos|any \w+)\s+(?:of\s+)?$"):
            continue  # "Emails 200 words or longer tend to get ignored": a statement about others' texts
        if _has(low, r"\b(?:was|were|got)\s+(?:rejected|returned|not allowed|not accepted)\b"):
            continue  # "my essay was rejected because anything beyond 500 words was not allowed": what happened
        if _rejects_answer(low) or _has(low, _REFUSES):  # "a response shorter than 200 words is unacceptable",
            # "my editor won't accept anything longer than 50 words": the bound is what is refused
            more = _has(before, r"exceed|beyond|more than|\bover\b|longer|above")  # bounds the other way, inclusive
            less = _has(before, r"fewer|less|under|shorter|below")
            if more != less:
                at_most, at_least, strict = more, less, None
        if strict:
            n = n - 1 if at_most else n + 1
        if unit.startswith("word"):
            # (not "exactly one word: 'yes' or 'no'", "My essay is exactly 500 words"; but "a story that is exactly 100
            # words")
            told = _has(before, r"\b(?:is|was|are|were)\s+(?:exactly|precisely)\s*$") and not _has(
                before, r"\b(?:that|which|it)\s+(?:is|are)\s+(?:exactly|precisely)\s*$")
            if exact and not (at_most or at_least) and _has(before, r"\b(?:exactly|precisely)\s*$") and not _has(
                    after, r"^\s*:") and not told:
                found += [Found("words_min", {"n": n}), Found("words_max", {"n": n})]  # "exactly 100 words"
            elif at_most and not at_least or not (at_least or exact) and _has(before, _KEEP_TO) and not _has(
                    after, r"^\s*(?:a|per|each|every|(?:for|in|on)\s+(?:each|every|the|a))\b"):
                found.append(Found("words_max", {"n": n}))  # (or "Keep it to 100 words": a cap, words have no exact)
            elif at_least and not at_most:
                found.append(Found("words_min", {"n": n}))
        elif unit.startswith("sentence"):
            if at_most and not at_least and not exact:
                found.append(Found("sentences_max", {"n": n}))
            elif at_least and not at_most:
                found.append(Found("sentences_min", {"n": n}))
            elif not at_least:
                found.append(Found("sentences_exact", {"n": n}))
        elif unit.startswith("paragraph"):
            if not (at_most or at_least) or (_has(before, r"\b(?:exactly|precisely)\s*$") and not at_least):
                # "the email below: this time exactly 2 paragraphs"
                found.append(Found("paragraphs_exact", {"n": n}))
            elif at_least and not at_most:
                found.append(Found("paragraphs_min", {"n": n}))
            elif at_most and not at_least:
                found.append(Found("paragraphs_max", {"n": n}))
        elif not (at_most or at_least) or exact:
            found.append(Found("bullet_list", {"n": n}))
        elif at_least and not at_most:
            found.append(Found("bullets_min", {"n": n}))
        elif at_most and not at_least:
            found.append(Found("bullets_max", {"n": n}))
    for m in _UNIT_FIRST.finditer(low):  # "bullet points (at least six)", "sentences: no more than 3"
        if _has(low[m.end() :], r"^\s*(words?|sentences?|paragraphs?|bullet|items?|times|letters?|hashtags?|keywords?|"
                                r"emojis?|placeholders?|sections?|links?|quotes?|lines?)\b") or (not _has(
                m.group(1), r"^bullet") and _has(low[m.end() :], r"^\s*(?:questions?|examples?)\b")):
            continue  # "50 words, at least 3 sentences": the number counts something else
        n, bound, unit = _number(m.group(3)), m.group(2), m.group(1)
        name = _bound_kind(unit.split()[0].rstrip("s").removesuffix("ed"), _has(bound, r"most|more|max"),
                           _has(bound, r"least|fewer|min"))
        if n is not None and name and all(f.kind != name for f in found):
            found.append(Found(name, {"n": n}))
    for kv in _re(_KEY_COUNT + _NUM + r"(?:,?\s+(max(?:imum)?|min(?:imum)?|exactly|at most|at least|or more|or fewer|"
                  r"or less))?\W*$"
                  ).finditer(low):
        unit = next(u for k, u in (("w", "word"), ("s", "sentence"), ("p", "paragraph"), ("b", "bullet"),
                                   ("n", "numbered item")) if kv.group(2).startswith(k))
        bound = " ".join(g or "" for g in (kv.group(1), kv.group(3), kv.group(4), kv.group(6)))
        most, least = _has(bound, r"max|most|limit|cap|fewer|or less"), _has(bound, r"min|least|or more")
        if not (most or least or _has(bound, r"exactly") or _has(bound, r"count|target")):
            continue  # "Paragraphs: 9" alone is as often a draft's pasted statistics ("Paragraph count: 2" is asked)
        name = _bound_kind(unit, most, least)
        if name and _number(kv.group(5)) and all(f.kind != name for f in found):  # "Word limit — 150", "Sentences:
            found.append(Found(name, {"n": _number(kv.group(5))}))  # six", "Minimum bullets: five"
    label = _re(r"^\W*(?:(?:length|size)\s+)?(cap|limit|ceiling|max(?:imum)?|min(?:imum)?|floor)(?:\s+(?:length|size))?"
                r"\s*:\s*" + _NUM +
                r"\s+(words?|sentences?|paragraphs?)\W*$").search(low)  # "Length cap: 80 words."
    if label and _number(label.group(2)):
        name = _bound_kind(label.group(3).rstrip("s"), not _has(label.group(1), "min|floor"),
                           _has(label.group(1), "min|floor"))
        if name and all(f.kind != name for f in found):
            found.append(Found(name, {"n": _number(label.group(2))}))
    m = None if _has(low, r"\bword limit\s+is\b") and not _has(
        low, r"^\W*(?:the\s+)?(?:(?:hard|strict|absolute)\s+)?word limit is\s+\w+(?:\s+words)?(?:\W*$|\s*[-–—,;]\s+"
             r"(?:please|pls|write|so|keep|stick|and write|thanks|thank you|strictly|as always|the form)\b|"
             r"\s+for this one)") or _has(low, r"\bword limit is\s+\w+\s+(?:words\s+)?(?:per|each|for each|min|"
             r"minimum)\b") else _re(
        r"(word limit(?:\s+is)?\s*:?|word budget\s*:|word cap\s*:|sentence count\s*:?)\s*(?:exactly\s+)?" + _NUM
            ).search(low)
    counted = _re(r"^\W*(?:(?:ensure|make sure)\s+(?:that\s+)?)?(?:the\s+)?(?:total\s+)?(word|sentence) "
                  r"(?:count|allowance)\s*(?:of\s+(?:the|your)\s+(?:answer|response)\s+)?"
                  r"(?:(?:must|should|has to|needs to|shall)\s+not\s+exceed|(?:(?:must|should|has to|needs to|shall)"
                  r"\s+be|is|:)\s*(?:at most|no more than|under|below|fewer than|less than|at least|no fewer than|"
                  r"exactly))\s+" + _NUM
                  ).search(low)  # also "Ensure that the sentence count is exactly 4", "Sentence allowance: under 4"
    if counted and _has(low[counted.end() :], r"^[^%]{0,3}(?:words?|sentences?)?(?:,?\s*(?:neither|no) more,? (?:and|"
                                              r"nor|or) (?:no )?(?:fewer|less))?\W*$") and not any(
            f.kind.startswith(counted.group(1)) for f in found):
        n, bound = _number(counted.group(2)), _NOT_FEWER.sub("ATLEAST", counted.group(0))
        floor, strict = _has(bound, r"ATLEAST|at least"), _has(bound, r"under|below|fewer|less")
        exact = _has(bound, "exactly")
        kind = _bound_kind(counted.group(1), not (exact or floor), floor and not exact)
        if n and kind:
            found.append(Found(kind, {"n": n - 1 if strict else n}))
    if m:
        kind = "words_max" if m.group(1).startswith("word") else "sentences_exact"
        found.append(Found(kind, {"n": _number(m.group(2))}))
    m = _re(r"bullet(?:ed)? list\s+(?:with|of|containing|having)\s+(?:exactly\s+|precisely\s+)?" + _NUM).search(
        low) or _re(r"list of (?:exactly\s+)?" + _NUM + r"\s+(?:bullets|bullet points)").search(low) or _re(
        r"\b(?:an?|as an?|in an?)\s+" + _NUM + r"[- ](?:item|point|entry)\s+bullet(?:ed)?(?:\s+point)?\s+list\b"
    ).search(low) or _re(r"(?:^\W*|:\s*)(?:exactly\s+)?" + _NUM + r"\s+(?:[\w-]+\s+)?(?:questions|tips|items|points|"
                         r"ideas|reasons|steps|facts|examples|things|rules|options)\s+as\s+(?:markdown\s+)?"
                         r"bullet(?:ed)?(?:\s+points|s)\s*(?:[.;!,]|\band\b|"
                         r"$)").search(low)  # "as a five-item bulleted list", "Make a quiz
    # from it: 6 questions as bullet points"
    if m and not any(f.kind == "bullet_list" for f in found):
        found.append(Found("bullet_list", {"n": _number(m.group(1))}))
    if _has(low, r"\bbullet") and not any(f.kind.startswith("bullet") for f in found) and not _has(
            low, _NUM + r"\s+(?:[\w-]+\s+)?bullet|\b(contains?|has|have|there are)\b"):  # "bullet list, max 7 items"
        least = _re(r"(?:at least|minimum of|no fewer than)\s+" + _NUM + r"\b").search(low)
        most = _re(r"(?:at most|max(?:imum)?(?: of)?|no more than|up to)\s+" + _NUM + r"\b").search(low) or _re(
            r"(?:fewer|less) than\s+" + _NUM + r"\s+of them\b").search(low) or _re(
            _NUM + r"\s+(?:items?\s+)?(?:max|at most|tops|or fewer|or less)\b").search(low)
        for m, kind in ((least, "bullets_min"), (most, "bullets_max")):
            rest = low[m.end() : m.end() + 40] if m else ""
            if m and not _has(rest, r"^\s+(?:words?|sentences?|paragraphs?|characters?|letters?|times)\b|"
                                    r"^\s+(?:[\w-]+\s+){0,2}(?:per|each|apiece)\b"):
                n = _number(m.group(1))
                n = n - 1 if n and kind == "bullets_max" and _has(m.group(0), r"fewer|less") else n  # not "no fewer"
                if n:
                    found.append(Found(kind, {"n": n}))
    return found, bool(found)


Detector = Callable[[str, str], Detection]
# The first detector of `EXCLUSIVE` that fires claims the clause (its quoted words and cue words are its own); then
# every detector of `SHARED` reads the clause with its quoted words blanked, unless one that fired blocks it
# ("at least 3 words in ALL CAPS" is `capital_words`, not also `words_min`).
# a participle or "without" after a comma that names words to use or avoid, read beside a detector that claimed the
# clause for its list, title, P.S. or sections
_KEYWORD_TAIL = _re(r",\s*(?:and\s+|but\s+)?((?:without|avoiding|not using|never using|using|including|mentioning)\s+"
                    r"(?:the\s+)?(?:words?|terms?|phrases?)\s+[\"“'‘])")
EXCLUSIVE: tuple[Detector, ...] = (
    _repeat, _two_responses, _hashtags, _numbered, _title, _placeholders, _postscript, _sections, _letter_frequency,
    _keyword_frequency, _highlight, _choice, _quotation, _paragraph_start, _edges, _keywords,
)
SHARED: tuple[Detector, ...] = (_case, _no_commas, _json, _counts, _language, _no_digits, _code_block)
# what sits beside whichever detector claimed a clause: placeholders, a P.S. and quotation wrapping ("a title in << >>
# and a P.S. at the end", "a P.S. with the wifi password as [wifi password]", "Answer with just 'Cat' or 'Dog', wrapped
# in double quotes") are read after the claim, on the clause as it was
_BESIDE: tuple[Detector, ...] = (_placeholders, _postscript, _quotation)
# ... where the clause asks for it beside the other ("..., and a P.S.", "with placeholders"; not "tips on when to use
# a P.S.", "a list of films including P.S. I Love You", "prepared statements with placeholders")
_ASKED_BESIDE: dict[Detector, str] = {
    _postscript: r"(?:^|[,;:]|\b(?:and|with|plus|add|include|end with|finish with|close with|sign off with|of them))\s+"
                 r"(?:also\s+)?(?:a|an|one)\s+(?:short\s+|brief\s+|little\s+)?(?:p\.\s?s\b|postscript)|"
                 r"\bthen\s+(?:a\s+)?p\.\s?s\b",
    _placeholders: r"(?:^|[,;:]|\b(?:and|with|plus|add|include|leave|use|using))\s+(?:[\w-]+\s+){0,3}?(?:placeholders?|"
                   r"\[[a-z][a-z _-]{1,30}\])",
    # the whole answer wrapped, not its parts ("5 book titles in quotation marks", "each time in double quotes")
    _quotation: r"\b(?:whole|entire|full|complete|all of)\b|\beverything\b|\b(?:answer|reply|response)\s+(?:in|inside|"
                r"within)\b|,\s*(?:(?:wrapped|enclosed)\s+in|in)\s+(?:double\s+)?quot\w*(?:\s+marks)?\W*$",
}
_TAKES_KEYWORD_TAIL = frozenset({_numbered, _hashtags, _title, _placeholders, _postscript, _sections, _highlight})
# a count of words in capitals, with its bound and the joint before it ("..., with at least 2 words in ALL CAPS")
_CAPS_WORDS = _re(r"(?:[,;]\s*)?(?:\b(?:and|with|using|use|include)\s+)?(?:\b(?:at least|no fewer than|a minimum of|"
                  r"at most|no more than|fewer than|exactly)\s+)?\b\w+\s+words?\s+(?:written\s+)?(?:in|as|with)\s+"
                  r"(?:all[ -])?(?:caps|capitals|capital letters|uppercase)\b")
_BLOCKS: dict[Detector, frozenset[Detector]] = {
    _letter_frequency: frozenset({_case}),  # "(upper or lower case)"
    _highlight: frozenset({_counts, _case}),  # "italics on at least 2 words"
    _two_responses: frozenset({_counts}),
    _case: frozenset({_counts}),  # claims a clause only for capital_words (see _case); the bound of another unit
    # beside it is read apart (`_CAPS_WORDS` in `_parse_instructions`), a word count beside it is lost
    _quotation: frozenset({_json}),
}


_CHOICE_LINES = _re(r"(?:one of the following|one of these|following options|options are|choices are)[^:\n]{0,20}:"
                    r"[ \t]*\n((?:[ \t]*[-*•][ \t]*[^\n]{1,40}(?:\n|$)){2,8})")
_SECTION_LABEL = r"\b(section|part|step|chapter|day|week)\s+(?:(?:1|one|i|x|n)\b|#)"  # "Section X": a number to come
# words that name the labels as headings ("headed", "label each", "sections like 'Day 1'"); "headers" beside them
_HEADING_CUES = (r"\b(head|headed|headings?|label|labell?ed|labell?ing|labels|titled)\b|"
                 r"\borgani[sz]ed by (?:day|week)\b|\b(mark|marked)\s+(?:each|every|them|the|it|as)\b|"
                 r"\bsections?\s+(?:like\s+|such as\s+|called\s+|named\s+)?[\"“'‘]?(?:day|week)\s+1\b|"
                 r"\beach\s+(?:one\s+|day\s+|week\s+)?(?:beginning|starting)\s+with\s+[\"“'‘]?(?:day|week)\b|"
                 r"\b(?:beginning|starting)\s+each\s+(?:one|section|part)\s+with\s+[\"“'‘]?(?:day|week)\b")
# other labels only where the text speaks of sections or headers ("five sections marked Round 1, Round 2"; not
# "Summarise Act 1 of Hamlet")
_SECTION_LABEL_MORE = (r"\b(scene|round|phase|stage|lesson|module|act|level|unit|session|article|slide)\s+"
                       r"(?:1|one|i|n)\b")
_SECTIONED = r"\b(?:sections?|chunks|segments|headers?|headings?|header lines?|headed)\b"
# the label named as what heads a section: "sections headed Round 1", "with headings Lesson 1", "a header line like
# 'Phase 1'", "a line reading 'Stage 1'", "header format 'Scene N'", "label each section Act 1"; not "Level 1 headers",
# "the header row: Unit 1", "in Act 1 ... three sections"
# "headings level 1 and level 2", "Level 1 headers", "h1": markdown's heading levels, not a label
_MARKDOWN_LEVEL = (r"\bmarkdown\b|\bh[1-6]\b|\bheading levels?\b|\b(?:headers?|headings?)\s+(?:of\s+)?levels?\s+\d\s+"
                   r"(?:and|or)\b|\blevel[\s-]+(?:\d|one|two)\s+(?:headers?|headings?)\b")
_NAMED_BEFORE = (r"(?:\b(?:sections?|chunks?|segments?|headers?|headings?|header lines?|lines?|titles?)|\b(?:headed|"
                 r"titled|labell?ed|marked|named|called|reading|format|form)|\b(?:label|head|title|mark|name|"
                 r"call)\w*\s+(?:each|every|them|the)(?:\s+(?:one|section|chunk|segment|part)s?)?|\b(?:start|begin|"
                 r"open)\w*\s+(?:each|every)"
                 r"(?:\s+(?:one|section|chunk|segment|part)s?)?\s+with|\b(?:each|every)(?:\s+(?:one|section|chunk|"
                 r"segment|part)s?)?\s+(?:should\s+|must\s+|will\s+)?(?:start|begin|open)\w*\s+with|"
                 r"\bsections?\b[^.?!\n]{0,25}?:)"
                 r"(?:\s+(?:like|such as|as|of the form|reading|format|with|(?:should|must|will|shall)\s+(?:read|say|"
                 r"be)))?\s*[:,]?\s*[\"“'‘(]?\s*$")


def _text_level(text: str) -> tuple[list[Found], str]:
    """What spans sentences (a list of options on their own lines; section labels and their count), and the text
    with the option lines removed."""
    found: list[Found] = []
    m = _CHOICE_LINES.search(text)
    if m:
        options = [line.strip().lstrip("-*• \t").strip() for line in m.group(1).splitlines() if line.strip()]
        found.append(Found("constrained_choice", {"options": options}))
        text = text[: m.start(1)] + text[m.end(1) :]
    heading = _has(text, r"\bheaders?\b|" + _HEADING_CUES)
    # "headers" names Day/Week labels only beside them ("with headers Week 1, Week 2"), not "HTTP headers ... Day 1"
    dayweek = _has(_re(r"\bheaders?\b").sub("", text), _HEADING_CUES) or _has(
        text, r"\bheaders?\s+(?:like\s+|such as\s+)?[:\"“'‘]?\s*(?:day|week)\s+1\b|\b(?:day|week)\s+1\b[^.\n]{0,40}"
              r"\bas\s+(?:the\s+|your\s+)?(?:headers?|headings?)\b") or any(  # ("Use 'Day 1', 'Day 2' as headers")
        not _has(_sentence_at(text, m.start()), r"\b(?:have|has|had|my|our|uses|used|already|existing|keeps?|kept|"
                                                r"hated?)\b|\?") for m in _re(
            r"\bheaders?\s+for\s+(?:each|every)\s+(?:day|week)\s+(?:like\s+|such as\s+)?[:\"“'‘]?\s*(?:day|week)\s+1\b|"
            r"\b(?:day|week)\s+1\b[^.\n]{0,30}\b(?:day|week)\s+\d{1,2}[\"”'’]?\s+(?:headers?|headings?)\b").finditer(text))
    # (asked, not the user's own: "a header for each week like Week 1", "Day 1 Day 2 Day 3 headers pls"; not "I already
    # have Day 1 and Day 2 headers", "My 4-week plan uses Week 1 Week 2 headers")
    labels = [m for m in _re(_SECTION_LABEL).finditer(text) if m.group(1).lower() not in ("day", "week") or dayweek]
    if not labels and _has(text, _SECTIONED):
        labels = [m for m in _re(_SECTION_LABEL_MORE).finditer(text)
                  if _has(text[max(0, m.start() - 40) : m.start()], _NAMED_BEFORE)
                  and not _has(text[max(0, m.start() - 40) : m.start()], r"\b(?:my|our|his|her|their|table|columns?|"
                               r"rows?|spreadsheet|csv|chart|http)\b")
                  # a list of labels ("Round 1, Round 2", "Lesson 1 through Lesson 6", "'Scene N'", "and so on") or
                  # one given as the form for each ("a header line like 'Phase 1'"); not one title ("the header
                  # 'Round 1 Results'")
                  and (m.group(0).lower().endswith("n") or _has(text[max(0, m.start() - 40) : m.start()],
                                                                r"\b(?:like|such as|format|form|each|every)\b")
                       or _has(text[m.end() : m.end() + 120], r"\b" + m.group(1) + r"\s+(?:2|two|ii|\d{1,2})\b|"
                               r"\band so (?:on|forth)\b|\betc\b|…|\.\.\."))
                  and not _has(text[m.end() : m.end() + 60], r"^[^.?!\n]*\b(?:in|from)\s+(?:my|our|his|her|their)\b")
                  and not (
                      m.group(1).lower() == "level" and _has(text, _MARKDOWN_LEVEL))]
        if labels:  # the rest of the same label, named in a list ("Round 1, Round 2 ... Round 5")
            labels += [m for m in _re(_SECTION_LABEL_MORE).finditer(text)
                       if m.start() > labels[0].start() and m.group(1).lower() == labels[0].group(1).lower()]
    label = labels[0] if labels else None
    if label and _has(text[label.end() : labels[-1].start()].lower(), _CORRECTION + r"|\bno,|\binstead\b"):
        label = labels[-1]  # "Day 1, Day 2... no, use Part 1, Part 2": the corrected label
    if label:
        marker = label.group(1).capitalize()
        count = _re(_NUM + r"\s+(?:headed\s+|labell?ed\s+)?" + marker.lower() + r"s\b").search(text) or _re(
            _NUM + r"\s+(?:(?:clearly|separate|distinct|main|numbered)\s+)?(?:headed\s+|labell?ed\s+)?"
                   r"(?:sections|parts|steps|chapters|chunks|segments|blocks)\b").search(
            text) or (None if _has(text, _SPEC_CONTEXT) else _re(r"(?m)^[ \t]*sections\s*=\s*(\d{1,2})\b").search(
                text)) or (
            _re(_NUM + r"-" + marker.lower() + r"\b").search(text)) or (
            _re(_NUM + r"[\s-]+" + marker.lower() + r"s?\b").search(text) if marker in ("Day", "Week") else None)
        upto = _re(r"\b(?:to|through|until)\s+[\"“']?" + marker + r"\s+(\d{1,4})\b").search(text)  # not "into"
        n = _number(count.group(1)) if count else (_number(upto.group(1)) if upto else None)
        split = _has(text, r"\b(?:split|divide|break|organi[sz]e|structure)\w*\b[^.]{0,30}\binto\s+" + marker +
                     r"\s+1\b|(?:^|[.!?]\s)\W*(?:please\s+)?format\s+(?:it|this|them)\s+as\s+" + marker + r"\s+1\b")
        begins = _has(text, r"\b(?:start|begin)\w*\s+each\s+(?:section|part|step|chapter)\b")
        if not n and (heading or split or begins):
            # "Label them Part 1 and Part 2": as many as the labels named in order
            named = {int(x) for x in _re(r"\b" + marker + r"\s+(\d{1,2})\b").findall(text)}
            n = max((k for k in range(2, 21) if set(range(1, k + 1)) <= named), default=None)
            if n and _has(text, r"\b" + marker + r"\s+" + str(n) + r"\b[\"”'’]?,?\s*(?:and so on|and so forth|etc|"
                                r"\.\.\.|…)"):
                n = None  # "Part 1, Part 2 and so on": more to come, how many unsaid
        if n:
            found.append(Found("sections", {"n": n, "marker": marker}))
    else:  # "5 sections, each starting with 'Week' followed by the week number"
        m = _re(r"\b(?:into|in)\s+" + _NUM + r"\s+(?:sections|steps|parts|days|weeks|chapters),?\s+each\s+(?:one\s+)?"
                r"(?:(?:beginning|starting|opening)\s+with|introduced by|headed(?: by)?|labell?ed)\s+"
                r"(?:the\s+word\s+)?[\"“'‘](section|part|day|week|chapter|step)[\"”'’]").search(text)
        if m and _number(m.group(1)):
            found.append(Found("sections", {"n": _number(m.group(1)), "marker": m.group(2).capitalize()}))
    if not any(f.kind == "sections" for f in found):
        found += _section_list(text)
    return found, text


# labels listed in order where the sentence speaks of sections or headers: "use Day 1, Day 2, Day 3 as section
# headers", "3 sections (City 1, City 2, City 3)", "4 sections labelled Item 1 through Item 4", "a 4-section plan
# (Week 1 to Week 4)", "Sections: Section 1 (background), Section 2 (proposal)"; not a table's columns or the user's
# own ("my Day 1 notes"), nor a count that disagrees ("2 sections: Part 1, Part 2, Part 3")
_LIST_LABEL = r"\b([a-z]{3,12})\s+(?:1|one)\b"
_LIST_CUE = (r"\bsections?\b|\bheaders?\b|\bheadings?\b|\bheaded\b|\blabell?ed\b|\bmarked\b|\btitled\b|"
             r"\bname (?:them|each)\b")
# cues that name the labels as the answer's parts only right before them, in a request ("Label each tweet 'Tweet 1',
# ...", "split into 'Phase 1' through 'Phase 4'", "every day begin with 'Day 1'", "a script in scenes: Scene 1, ...";
# not "The course is split into Module 1 to Module 6", "Label the axes Axis 1 and Axis 2", "each episode starts with
# a cold open")
_LIST_CUE_NEXT = (r"(?:\blabel\s+(?:each|every|them|all|the parts|the sections|the verses|the steps|"
                  r"the days)(?:\s+(?:one|part|section|tweet|post|day|step|entry|chunk|"
                  r"segment|slide|message|scene))?|(?:^|,|\bthen|\band|\bplease)\s*split (?:it |them |this )?into|"
                  r"\bsplit (?:it|this) into|\borgani[sz]e (?:it|this) (?:under|into|by)|\bstructure (?:it|them) "
                  r"(?:under|into|as|by)|\b(?:each|every) (?:\w+ )?(?:begins?|starts?|opens?) with|"
                  r"\bin [a-z]{3,12}s\s*:)"
                  r"\s*(?:the labels?\s*)?$")
_LIST_ASKED = (r"^\W*(?:please\s+)?(?:make|write|give|create|draft|plan|outline|compose|prepare|produce|label|split|"
               r"organi[sz]e|structure|divide|list|put together|design|build|set out|lay out)\b|"
               r"^[^.?!,]{3,80},\s*split\b|"
               r"^\W*(?:an?|my|our)\s+[\w' -]{2,60}?\bthread\b|^\W*an?\s+(?:[\w'-]+\s+){0,3}[\w'-]+\s*,")
# what after the labels says they are not the answer's sections ("... in a table", "in Python", "in the alt text")
_LIST_ELSEWHERE = (r"^\s*(?:of|from)\s+(?:the|my|our|this|that|his|her|their)\b|"
                   r"^\s+[a-z]{3,}\b(?:\s+and\s+[a-z]+)?\s*$|"
                   r"^[^.?!]{0,60}\b(?:in|into|within|using|with)\s+(?:a\s+|the\s+|an\s+)?(?:gantt\s+)?(?:table|"
                   r"spreadsheet|formula|"
                   r"code|comments?|python|pandas|sql|html|alt text|chart|plot|section \d|json|csv)\b")
# the rest of the list after "Day 1" (a label's parenthesis aside: "Section 1 (background)"): "to Day 3", "through 4";
# ", Day 2": the labels compared in code, so no pattern is built from a request's words
_LIST_AFTER = r"^(?:\s*\([^()\n]{1,40}\))?"
_LIST_UPTO = _re(_LIST_AFTER + r"\s*(?:to|through|thru|until|-|–|—)\s*(?:([a-z]{3,12})\s+)?(\d{1,2})\b")
_LIST_NEXT = _re(_LIST_AFTER + r"\s*(?:,|/|;|&|\band\b|,\s*and\b|\bthen\b)\s*([a-z]{3,12})\s+(\d{1,2})\b")
_QUOTED_LABEL = _re(r"[\"“'‘]([a-z]{3,12}\s+\d{1,2})[\"”'’]")
# the last label after the first few: "Tweet 1, Tweet 2 and so on up to Tweet 5", "Day 1, Day 2 until Day 7"
_LIST_LAST = _re(r"^,?\s*(?:(?:and|,)\s*so\s+(?:on|forth)\s*,?\s*)?(?:up\s+)?(?:to|through|thru|until|till)\s+"
                 r"([a-z]{3,12})\s+(\d{1,2})\b")
_LIST_NOT = (r"\b(?:my|our|his|her|their|table|columns?|rows?|spreadsheet|csv|http|chart|tabs?|sheets?|"
             r"files?|pages?|slides?|levels?|top|number|no|version|season|episode|volume|figure|chapter(?:s)? of)\s*$")


def _section_list(text: str) -> list[Found]:
    for piece in _re(r"[^.?!\n]+[.?!]?").finditer(text):
        sentence = _QUOTED_LABEL.sub(r"\1", piece.group(0))  # "'Phase 1' through 'Phase 4'"
        if sentence.endswith("?") and not _has(sentence, r"^\W*(?:(?:so|and|ok|also)\W+)?(?:can|could|would|"
                                                         r"will) you\b"):
            continue  # "For a thesis, is 'Section 1, Section 2' the better way?"
        cued = _has(sentence, _LIST_CUE)
        for m in _re(_LIST_LABEL).finditer(sentence):
            word = m.group(1).lower()
            if not cued and not (_has(sentence[max(0, m.start() - 60) : m.start()], _LIST_CUE_NEXT) and _has(
                    sentence, _LIST_ASKED)):
                continue
            if word in _NUMBER_WORDS or _has(sentence[max(0, m.start() - 25) : m.start()], _LIST_NOT) or _has(
                    sentence[max(0, m.start() - 50) : m.start()], r"\b(?:table|columns?|spreadsheet|csv)\b"):
                continue
            n, pos = 1, m.end()
            upto = _LIST_UPTO.search(sentence[pos:])
            if upto is not None and (upto.group(1) or "").lower() in ("", word) and (
                    upto.group(1) or sentence[m.start()].isupper()):  # not "numbered 1-4"
                n, pos = int(upto.group(2)), pos + upto.end()
            else:
                while (nxt := _LIST_NEXT.search(sentence[pos:])) is not None and nxt.group(1).lower() == word and int(
                        nxt.group(2)) == n + 1:
                    n, pos = n + 1, pos + nxt.end()
                last = _LIST_LAST.search(sentence[pos:]) if n > 1 else None
                if last is not None and last.group(1).lower() == word and int(last.group(2)) > n:
                    n, pos = int(last.group(2)), pos + last.end()
            if _has(sentence[pos:], r"^[\"”'’]?,?\s*(?:and so (?:on|forth)|etc|\.\.\.|…)"):
                continue  # "Week 1, Week 2 and so on": how many unsaid
            if not cued and _has(sentence[pos:], _LIST_ELSEWHERE):
                continue
            if not 2 <= n <= 20:
                continue
            said = _re(_NUM + r"[\s-]+(?:separate\s+|distinct\s+|main\s+)?sections?\b").search(sentence)
            if said is not None and _number(said.group(1)) != n:
                continue
            return [Found("sections", {"n": n, "marker": word.capitalize()})]
    return []


# A compact specification line ("max words: 45", "sentences=6", "commas: none", "case: lower only", "format=json",
# "avoid: pizza", "highlights >= 5"), alone on its line; not inside pasted configs, code or statistics
_SPEC_LINE = _re(r"(?m)^[ \t]*(?:[-*•][ \t]*)?([a-z][a-z _-]{1,30}?)[ \t]*(<=|>=|=|:)[ \t]*([^\n]{1,80}?)[ \t]*$")
_SPEC_UNIT = _re(r"^(?:(min|max)(?:imum)?[ _-]?)?(word|sentence|paragraph|bullet)s?(?:[ _-]?(min|max)(?:imum)?)?$")
_SPEC_CONTEXT = (r"```|\b(?:config|configuration|yaml|toml|settings|my (?:file|code|script|form)|log|logs|output "
                 r"was|error)\b")
_SPEC_WORDS = {"avoid": "keyword_avoid", "forbidden words": "keyword_avoid", "banned words": "keyword_avoid",
               "do not use": "keyword_avoid", "don't use": "keyword_avoid", "must include": "keyword_include",
               "required words": "keyword_include", "include": "keyword_include"}
_SPEC_FLOORS = {"highlights": "highlight", "highlight": "highlight", "placeholders": "placeholders",
                "hashtags": "hashtags"}


# A block of specification lines is read only when it ends the text after a request, and every key in it is one
# this reader knows ("Servings: 4", "Platform: Instagram": a record or a form, not a specification)
_SPEC_KV = _re(r"^[ \t]*(?:[-*•][ \t]*)?([a-z][a-z _-]{1,30}?)[ \t]*(?:<=|>=|=|:)[ \t]*\S")
_SPEC_KEYS = _re(
    r"^(?:(?:min|max)(?:imum)?[ _-]?)?(?:word|sentence|paragraph|bullet|section|response)s?(?:[ _-]?(?:min|max)"
    r"(?:imum)?|[ _-]count)?$|^(?:commas|punctuation|(?:letter )?case|(?:output |response )?format|avoid|"
    r"forbidden words|banned words|do not use|must include|required words|include|highlights?|placeholders|"
    r"hashtags|title|end with|start with|first words|last line|last char|postscript(?: marker)?|allowed answers|"
    r"echo[ _]request|separator|length(?: cap)?|(?:minimum|maximum) length|all-caps words|letter [a-z]|"
    r"output wrapped in double quotes|tone|audience|topic|style|voice|language|genre|reading level)$")
_SPEC_FRAGMENT = _re(r"^[ \t]*(?:[-*•][ \t]*)?[a-z]+(?: [a-z]+){0,2}[ \t]*$")  # "lowercase only", "no commas"
_SPEC_ABOUT = (r"(?:\b(?:this|these|that|it)\b[^\n]*\?|\b(?:mean|means|right|correct|valid|wrong)\b[^\n]*\?)\s*$|"
               r"\b(?:feedback|critique|proofread|what do you think|review)\b[^\n]*:\s*$")  # "Is this right?\n..."
# values that are no list of words: a kind of thing ("avoid: jargon"), or words the clause readers take better
_SPEC_STYLE = _re(r"^(?:a|an|the|any|anything|his|her|my|our|your|their|using|starting|too|overly)\b|"
                  r"^(?:jargon|slang|cliches?|acronyms?|technical terms?|emojis?|commas?|capital letters|capitals|caps|"
                  r"exclamation (?:marks?|points?)|bullet points?|bullets|lists?|passive voice|repetition|examples?|"
                  r"sources|references|citations|headings?|profanity|swearing|filler|fluff|hashtags?|numbers|digits)$")


def _spec_key(key: str) -> str:
    """"Max_Words" -> "max words"."""
    return " ".join(key.lower().replace("_", " ").split())


def _spec_line(key: str, op: str, value: str) -> Found | None:
    """The instruction one specification line states, or None (the line is then left to the clause readers)."""
    key, value = _spec_key(key), value.strip().rstrip(".").strip()
    low = value.lower()
    unit = _SPEC_UNIT.search(key)
    count = _re(r"^" + _NUM + r"(?:\s*\([^)]{0,40}\))?$").search(low)
    if unit and count and _number(count.group(1)):
        bound = unit.group(1) or unit.group(3) or {"<=": "max", ">=": "min"}.get(op, "")
        if not bound and op == ":":
            return None  # "Paragraphs: 9" is as often a draft's statistics; "sentences=6" is asked
        name = _bound_kind(unit.group(2), bound == "max", bound == "min")
        return Found(name, {"n": _number(count.group(1))}) if name else None
    if key == "commas" and low in ("none", "no", "0", "zero", "forbidden", "not allowed", "banned"):
        return Found("no_commas")
    if key in ("case", "letter case") and (m := _re(r"^(?:all\s+)?(lower|upper)(?:-?case)?(?:\s+only)?$").search(low)):
        return Found("lowercase" if m.group(1) == "lower" else "uppercase")
    if key in ("case", "letter case") and low in ("all caps", "caps only", "capitals only"):
        return Found("uppercase")
    if key in ("format", "output format", "response format") and low in ("json", "valid json", "json only"):
        return Found("json_output")
    if key in _SPEC_WORDS and op in (":", "="):
        items = [w.strip() for w in _re(r",\s*|\s+(?:and|or)\s+").split(value) if w.strip()]
        if any(c in value for c in "'\"‘’“”") or any(_SPEC_STYLE.search(w.lower()) for w in items) or (
                key in ("avoid", "include") and any(len(w.split()) > 2 for w in items)):
            return None  # "avoid: the word 'x'", "avoid: commas", "include: a postscript": the clause readers'
        words = [w.lower() for w in items]
        if words and len(words) <= MAX_WORDS and all(_re(r"^[a-z][a-z' -]{0,30}$").search(w) for w in words):
            return Found(_SPEC_WORDS[key], {"words": words})
    floor = _re(r"^(\d{1,2})(?:\s*\([^)]*\)|\s*,\s*format\b.*|\s*(?:-|–|to)\s*\d{1,2})?$").search(low)
    if key in _SPEC_FLOORS and op in (">=", ":", "=") and floor and int(floor.group(1)) > 0:
        return Found(_SPEC_FLOORS[key], {"n": int(floor.group(1))})  # not "Highlights: 2 pools", "hashtags: 2 max"
    if key == "title" and _re(r"^<<[^<>]*>>$").search(value):
        return Found("title")
    return None


# a format shown by example: "Use this format:", "Respond like this:", "Follow this structure exactly:" ending its line
_TEMPLATE_CUE = _re(r"(?:\b(?:this|the following)\s+(?:\w+\s+)?(?:format|structure|template|layout)|"
                    r"\b(?:respond|reply|answer|write it|format it|lay it out)\s+(?:exactly\s+)?like this|"
                    r"\bformat\s+(?:i want|to use|is))\b[^\n]{0,30}:[ \t]*$")
_TEMPLATE_BULLET = _re(r"^[ \t]*[-*•][ \t]+\S")
_TEMPLATE_NUMBERED = _re(r"^[ \t]*(\d{1,2})[.)][ \t]+\S")
_TEMPLATE_SECTION = compile_linear(r"^[ \t]*(Section|SECTION|Part|PART|Step|Day|Week|Chapter)[ \t]+(\d{1,2})\b")
_TEMPLATE_SLOT = _re(r"(?:^|[^<])<([^<>\n]{1,60})>(?:[^>]|$)")  # "<one sentence>", not "<<title>>"


_BAN_HEAD_LINE = _re(r"^[ \t]*(?:[-*•][ \t]*)?(don'?t|do not|never|avoid|not allowed|forbidden|banned)[ \t]*:[ \t]*$")
_LIST_ITEM = _re(r"^([ \t]*(?:[-*•]|\d{1,2}[.)]|\[[ x]?\])[ \t]*)(\S.*)$")


# The commonest limits written in German, French, Spanish, Portuguese and Italian, said in English for the readers
# ("in höchstens 100 Wörtern", "en moins de 50 mots", "sin comas", "exactamente 4 puntos" in a bulleted list)
_FOREIGN_CUES = (
    (_re(r"\b(?:höchstens|maximal|nicht mehr als)\s+(\d+)\s+wörter(?:n)?\b"), r"at most \1 words"),
    (_re(r"\b(?:mindestens|wenigstens)\s+(\d+)\s+wörter(?:n)?\b"), r"at least \1 words"),
    (_re(r"\b(?:höchstens|maximal|nicht mehr als)\s+(\d+)\s+sätze(?:n)?\b"), r"at most \1 sentences"),
    (_re(r"\b(?:in\s+)?genau\s+(\d+)\s+sätze(?:n)?\b"), r"in exactly \1 sentences"),
    (_re(r"\b(?:in\s+)?genau\s+(\d+)\s+absätze(?:n)?\b"), r"in exactly \1 paragraphs"),
    (_re(r"\bohne\s+(?:ein(?:\s+einziges)?\s+)?kommas?\b"), "without commas"),
    (_re(r"\b(?:en\s+)?moins\s+de\s+(\d+)\s+mots\b"), r"in under \1 words"),
    (_re(r"\b(?:en\s+)?(?:au\s+plus|au\s+maximum|maximum)\s+(\d+)\s+mots\b"), r"in at most \1 words"),
    (_re(r"\bau\s+moins\s+(\d+)\s+mots\b"), r"at least \1 words"),
    (_re(r"\bsans\s+(?:aucune\s+)?virgules?\b"), "without commas"),
    (_re(r"\ben\s+(\d+)\s+strophes\s+séparées\s+par\s+(?:une\s+)?lignes?\s+vides?\b"), r"in exactly \1 paragraphs"),
    (_re(r"\b(?:en\s+|em\s+)?menos\s+de\s+(\d+)\s+(?:palabras|palavras)\b"), r"in under \1 words"),
    (_re(r"\b(?:en\s+|em\s+)?(?:como\s+máximo|no\s+máximo|máximo|no\s+más\s+de)\s+(\d+)\s+(?:palabras|palavras)\b"),
     r"in at most \1 words"),
    (_re(r"\b(?:al|ao)\s+(?:menos)\s+(\d+)\s+(?:palabras|palavras)\b|\bpelo\s+menos\s+(\d+)\s+palavras\b"),
     lambda m: f"at least {m.group(1) or m.group(2)} words"),
    (_re(r"\bsin\s+(?:ninguna\s+)?comas?\b|\bsem\s+(?:nenhuma\s+)?vírgulas?\b|\bsenza\s+virgole\b"), "without commas"),
    (_re(r"\blista\s+con\s+viñetas\b"), "bulleted list"),
    (_re(r"\b(?:in\s+)?(?:al\s+massimo|massimo)\s+(\d+)\s+parole\b"), r"in at most \1 words"),
    (_re(r"\b(?:in\s+)?meno\s+di\s+(\d+)\s+parole\b"), r"in under \1 words"),
)


# "exactamente 4 puntos" is a list's count only beside a list ("una lista con viñetas"), not a score
_FOREIGN_BULLETS = _re(r"\bexactamente\s+(\d+)\s+(?:puntos|viñetas)\b")
# someone else's rule, a story about one, a score or a bound per item in a sentence written in those languages
_FOREIGN_OTHERS = _re(r"\b(?:dice|dicen|dijo|dit|disait|sagt|sagte|meint|veut|voulait|will|wollte|pidió|pediu|pide|"
                      r"exige|exigía|exigeait|akzeptiert|accepte|refuse|tiene que|tem que|tenía que|doit|devait|muss|"
                      r"musste|soll|sollte|regla|règle|regel|era|war|était|jefe|jefa|chef|prof|professeur|profesora?|professora?|"
                      r"lehrer\w*|hija|hijo|fille|fils|tochter|sohn|schwester|hermana|sœur|concurso|concours|wettbewerb|"
                      r"chacun|chacune|cada|jeweils|ciascun[oa]?|ganó|ganamos|sumó|equipo|partido)\b")


def _foreign_said(m: Any) -> str:
    """A sentence with `_FOREIGN_CUES` said in English, unless it tells someone else's rule (`_FOREIGN_OTHERS`);
    "exactamente 4 puntos" only beside a list ("una lista con viñetas")."""
    sentence = m.group(0)
    if _FOREIGN_OTHERS.search(sentence):
        return sentence
    for cue, english in _FOREIGN_CUES:
        sentence = cue.sub(english, sentence)
    if _has(m.string, r"\bviñetas\b|\blista\b"):
        sentence = _FOREIGN_BULLETS.sub(r"exactly \1 bullet points", sentence)
    return sentence


# quick typing's shorthand for the words the readers look for ("max 3 sent.", "under 100 wds", "w/", "can u")
_SHORTHAND = (
    (_re(r"\bw/\s"), "with "),
    (_re(r"\b(at least|no fewer than|exactly|at most|no more than)\s+(\d{1,2})\s+as\s+(bullet points|bullets)\b"),
     r"\1 \2 \3"),  # "Give at least 5 as bullet points."
    (_re(r"\b(all lower-?\s?case),?\s+no caps\b"), r"\1"),  # "all lowercase no caps"
    (compile_linear(r"(^|[a-z] )w (at least|a|an|some|no|\d{1,3}) "), r"\1with \2 "),  # "pic w at least 3 hashtags"
    (_re(r"\b(at least|min(?:imum)?\.?|no fewer than)\s+(\d{1,2})\s?x\b"), r"\1 \2 times"),  # "'still' at least 3x"
    (_re(r"\b(?:wrds|wds|wrods)\b"), "words"),
    (_re(r"\b(?:senteces|sentances|sentneces|sentenses)\b"), "sentences"),
    (_re(r"\b(?:paragaphs|paragrahs|pargraphs|paragraps)\b"), "paragraphs"),
    (_re(r"\b(max|min|at most|at least|under|over|no more than|exactly)\s+(\d{1,3})\s+sents?\b\.?"),
     r"\1 \2 sentences."),
    (_re(r"\bbullet\s+pts\b"), "bullet points"),
    # "Two to three hundred words": both hundreds
    (_re(r"\b(one|two|three|four|five|six|seven|eight|nine)\s+(?:to|or)\s+(two|three|four|five|six|seven|eight|nine|"
         r"ten)\s+hundred\s+words\b"), r"between \1 hundred and \2 hundred words"),
    (_re(r"\{\{[^{}\n]{1,60}\}\}"), lambda m: m.group(0).replace(".", "_")),  # ("{{ticket.requester.name}}": no stops)
    (_re(r"\b(max(?:imum)?|at most|no more than|under|exactly|in|than)\s+(\d+|one|two|three|four|five|six|seven|eight|"
         r"nine|ten)\s+grafs\b"), r"\1 \2 paragraphs"),  # a newsroom's paragraphs, bounded
    (_re(r"\b(\d+)-words?-or-(less|fewer|more)\b"), r"\1 words or \2"),  # "a 150-word-or-less summary"
    # "square-bracket placeholders, minimum 5", "hashtags, at least 3": the count after the noun, ending the clause
    (_re(r"\b(placeholders|highlights|highlighted sections|hashtags)\s*,\s*(?:a\s+)?(?:minimum|min\.?|at least)"
         r"(?:\s+of)?\s+(\d{1,2})(\s*(?:[.;,!]|$))"), r"at least \2 \1\3"),
    # "Words in all caps: 2 at most": "All-caps words: 2 at most"
    (_re(r"\bwords\s+in\s+(?:all[- ]caps|all capitals|capitals|capital letters|upper-?case)\s*:"), "all-caps words:"),
    # "'community' x4 minimum", "'eco' x3 or more": a keyword's count
    (_re(r"([\"'“‘][^\"'”’\n]{1,40}[\"'”’])\s+x\s?(\d{1,2})\s+(?:minimum|min\.?|or more|at least)\b"),
     lambda m: f"{m.group(1)} at least {m.group(2)} times" if _has(
         m.string[max(0, m.start() - 40) : m.start()].lower(), r"\b(?:keywords?|words?|terms?|use|include|mention|"
                                                              r"frequency|say)\b[^.\n]*$") else m.group(0)),
    # "min 150 words", "150 words min.": a floor ("5 min" alone is minutes)
    (_re(r"\bmin\.?\s+(\d[\d,]*)\s+(words|sentences|paragraphs|bullet points|bullets)\b"), r"minimum \1 \2"),
    (_re(r"\b(\d[\d,]*)\s+(words|sentences|paragraphs|bullet points|bullets)\s+min\b\.?"),
     lambda m: m.group(0) if _has(m.string.lower(), r"\b(?:rate|speed|pace|speak\w*|spoke|talk\w*|read\w*|typ\w*|"
                                                    r"wpm|per minute|a minute|minutes?)\b") else
     f"minimum {m.group(1)} {m.group(2)}"),  # (not "Average speaking rate: 130 words min.")
    (_re(r"\b(caps|capitals|lowercase|uppercase|json)\s+\+\s+(under|over|at most|at least|no more than|max|min|"
         r"exactly|\d)"), r"\1 and \2"),  # "all caps + under 20 words"
    (_re(r"\bmin(?:imum)?\.?\s+(\d{1,2})\s+of\s+them\b"), r"at least \1 of them"),  # "..., min. 4 of them"
    # "Explain blockchain in a sentence.": one sentence
    (_re(r"^(\W*(?:please\s+)?(?:explain|describe|summari[sz]e|define|sum up)\b[^.?!\n]{1,60}?\s+in\s+)a\s+"
         r"(?:single\s+)?sentence(\s*[.!]?\s*)$"),
     lambda m: m.group(0) if _has(m.group(1).lower(), r"\b(?:how|where|what|when|why|which|role|function|use|place|"
                                                    r"position|order|subject|verb|noun|adverb|adjective|comma|"
                                                    r"modifier|clause|word)\b")
     else f"{m.group(1)}one sentence{m.group(2)}"),
    # "6 items exactly", "3 sentences exactly": the count's word before it
    (_re(r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(items|bullets|bullet points|"
         r"points|sentences|paragraphs|sections|steps|lines|tips)\s+exactly\b"), r"exactly \1 \2"),
    (_re(r"\b(can|could|would|will)\s+u\b"), r"\1 you"),
    # "Make 5 points with bullet" (a non-native writer's "5 bullet points")
    # (not "5 tips with bullet journaling", "3 items with bullet holes", "reasons with bullet-proof vests")
    (_re(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:points|tips|items|ideas|reasons|steps)\s+"
         r"(?:with|using|by)\s+bullets?(?:\s+points?)?(-|\s+[a-z]+|\W|$)"),
     lambda m: m.group(0) if m.group(2) == "-" or _has(m.group(2), r"^\s*(?:journal\w*|holes?|time|proof|train|wounds?|"
                                                                     r"casings?|points?|shells?|chess|speed)$")
     else f"{m.group(1)} bullet points{m.group(2)}"),
)


def _banned_items(text: str) -> str:
    """Items listed under a ban's heading carry it ("Do:\n- use simple words\nDon't:\n- use the word 'aquifer'"):
    each item reads "don't use the word 'aquifer'" (the list ends at a blank line or another heading)."""
    lines, ban = text.split("\n"), ""
    for i, line in enumerate(lines):
        head = _BAN_HEAD_LINE.search(line)
        if head:
            ban = "avoid" if head.group(1).lower() == "avoid" else "don't"
            continue
        item = _LIST_ITEM.search(line)
        if not line.strip() or (not item and line.rstrip().endswith(":")):
            ban = ""
        elif ban and item and not _has(item.group(2).lower(), r"^(?:don'?t|do not|never|avoid|no)\b"):
            lines[i] = f"{item.group(1)}{ban} {item.group(2)}"
    return "\n".join(lines)


def _template(text: str) -> tuple[list[Found], str]:
    """The counts a format shown by example fixes ("Use this format:\n- bullet\n- bullet\n- bullet", "Respond like
    this:\n1. ...\n5. ...", "Section 1 - ...\nSection 3 - ..."): one block of lines after the cue, up to a blank
    line; and the text with the block's slots ("Reason: <one sentence>") emptied, so a slot's own length is not
    read as the answer's."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if not _TEMPLATE_CUE.search(line.lower()):
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        block = lines[i + 1 : end]
        found: list[Found] = []
        bullets = sum(bool(_TEMPLATE_BULLET.search(x)) for x in block)
        numbers = [int(m.group(1)) for x in block if (m := _TEMPLATE_NUMBERED.search(x))]
        heads = [(m.group(1).title(), int(m.group(2))) for x in block if (m := _TEMPLATE_SECTION.search(x))]
        if bullets >= 2 and not numbers:
            found.append(Found("bullet_list", {"n": bullets}))
        if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)):
            found.append(Found("numbered_list", {"n": len(numbers)}))
        if len(heads) >= 2 and len({m for m, _ in heads}) == 1 and [n for _, n in heads] == list(
                range(1, len(heads) + 1)):
            found.append(Found("sections", {"n": len(heads), "marker": heads[0][0]}))
        emptied = [_TEMPLATE_SLOT.sub(lambda m: m.group(0).replace(m.group(1), "…"), x) for x in block]
        return found, "\n".join(lines[: i + 1] + emptied + lines[end:])
    return [], text


def _spec_lines(text: str) -> tuple[list[Found], str]:
    """The instructions of a block of specification lines that ends the text after a request (every key one this
    reader knows), and the text without the lines read."""
    if _has(text, _SPEC_CONTEXT) or _has(text, _STATS_RE):
        return [], text
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (not lines[start - 1].strip() or _SPEC_KV.search(lines[start - 1])
                     or _SPEC_FRAGMENT.search(lines[start - 1])):
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    before = "\n".join(lines[:start]).strip().lower()
    if start == end or not before or _has(before, _SPEC_ABOUT):
        return [], text  # no block, nothing but the block (a record), or a question about the lines
    keys = [_spec_key(m.group(1)) for line in lines[start:end] if (m := _SPEC_KV.search(line))]
    if not all(_SPEC_KEYS.search(k) for k in keys):
        return [], text
    found: list[Found] = []
    kept: list[str] = []
    for line in lines[start:end]:
        m = _SPEC_LINE.search(line)
        f = _spec_line(m.group(1), m.group(2), m.group(3)) if m else None
        if f is not None and f not in found:
            found.append(f)
        else:
            kept.append(line)
    return found, "\n".join(lines[:start] + kept + lines[end:])


# a floor and a cap of one unit, the unit said once: "at least 5 sentences and at most 8" (either order)
# a count and a second bound of it, the unit said once ("at least 5 sentences and at most 8", "350 words minimum, 450
# maximum", "in approx 150 words, but not more than 180")
_ELIDED_UNIT = _re(r"\b(?:(at least|no fewer than|no less than|a minimum of|minimum of|minimum|at most|no more "
                   r"than|not more than|a maximum of|maximum of|more than|over)\s+|(about|around|roughly|approx\w*\.?|"
                   r"approximately)\s+)?(\w+)\s+(words?|sentences|paragraphs|bullet points|bullets)(\s+(?:max(?:imum)?|"
                   r"min(?:imum)?|at most|at least|tops))?(?:\s+(?:and|but)|\s*,(?:\s*(?:and|but))?)\s+(?:keep it\s+)?"
                   r"(?:(at least|no fewer than|no less than|a minimum of|at most|no more than|not more than|a maximum "
                   r"of|max(?:imum)?|under|fewer than|less than|not over|(?:don'?t|do not|never) (?:go over|exceed))"
                   r"\s+(\d+|"
                   r"[a-z]+)\b|(\d+|[a-z]+)\s+(max(?:imum)?|min(?:imum)?|at most|at least|tops)\b)([\s-]*[a-z%\d]*)")
_SECOND_ADVERB = _re(r"(,?\s+(?:and|but)\s+)(?:definitely|absolutely|strictly|really|certainly)\s+(not|no|at|under)\b")


_FLOOR_THEN_CAP = _re(r"\b((?:at least|no fewer than|no less than|a minimum of)\s+)(\d{1,4}|[a-z]+)\s+((?:but|and)\s+"
                      r"(?:no more than|not more than|at most|a maximum of|fewer than|less than)\s+)(\d{1,4}|[a-z]+)\s+"
                      r"(words|sentences|paragraphs|bullet points|bullets)\b")


def _unit_said_once(m: Any) -> str:
    """`_ELIDED_UNIT`'s match with the unit after the second number, where the first count is bounded or approximate
    and no word of its own follows the second."""
    if m.group(10).strip(" -") or not (m.group(1) or m.group(2) or m.group(5)):
        return m.group(0)
    head = _re(r"[^.!?\n]*$").search(m.string[: m.start()])
    said = _re(r"\b(?:has|have) to\b|\b(?:should|must|will|shall|would|to|needs? to|please)\s+have\b").sub(
        " ", head.group(0)) if head else ""
    if _has(said, r"\b(?:each|per|every|has|have|had|was|were|did|got)\b"):
        return m.group(0)  # "each part needs ...", "my essay has ...": not the answer
    first, second = _number(m.group(3)), _number(m.group(7) or m.group(8))
    if not (first and second) or (m.group(4).startswith("word") and min(first, second) < 10):
        return m.group(0)  # ("Write 200 words max, at least three": three of something else)
    first_floor = _has((m.group(1) or "") + (m.group(5) or ""), r"least|fewer|less|min|^more than|^over")
    if m.group(2):  # an approximate count bounds nothing ("about 150 words, but not more than 180"), and a second
        if not first / 2 <= second <= first * 2:  # far from it counts something else ("about 100 words, 5 max")
            return m.group(0)
    else:
        lo, hi = (first, second) if first_floor else (second, first)
        if lo >= hi or (m.group(4) != "words" and hi > max(3 * lo, lo + 10)):
            return m.group(0)  # "no more than 3 paragraphs and at least 200": the unit is not said once
    if m.group(8):  # "350 words minimum, 450 maximum": the second bound said before its count, in one clause
        bound = "at least" if _has(m.group(9), r"min|least") else "at most"
        head, tail = m.group(0)[: m.start(8) - m.start()], m.group(0)[m.end(9) - m.start() :]
        return f"{head}{bound} {m.group(8)} {m.group(4)}{tail}"
    end = m.end(7) - m.start()
    out = m.group(0)[:end] + " " + m.group(4) + m.group(0)[end:]
    return out.replace("not over", "no more than") if m.group(6) == "not over" else out  # ("..., but not over 400")


_REPORTED = (r"\b(told|tell|tells|said|asked|asks|wants|wanted)\s+(me|us|him|her|them)\s+to\b|"
             r"^\W*(?:my|our|his|her|their)\s+[\w' -]{1,30}?\s+(?:was|were)\s+(?:told|asked)\s+to\b|"
             r"^\W*(?:the|my|our)\s+(?:style guide|handbook)\b[^.,;]{0,30}\bsays\b|"
             r"\b(has|have|had) a (rule|policy|requirement|guideline) that\b|\b(swears|swore) by\b|"
             r"\b(guide|policy|rules?|teacher|boss|manager|editor)\s+(says|said|states|requires|wants)\b|"
             r"\b(?:some|other|most|many)\s+(?:sites|websites|people|guides|sources|articles|teachers)\s+say\b|"
             r"\bothers\s+say\b|"
             r"\b(teacher|boss|manager|editor|professor|client|recruiter|coach|mentor|instructions|assignment|"
             r"feedback|guidelines|rubric)\b"
             r"[^.]{0,30}\b(gave|gives|say|says|said|state|states|read|reads|require|requires|told)\b|"
             r"^\W*(?:someone|somebody|a friend)(?:\s+of mine)?(?:\s+(?:on|at|in|from)\s+[\w' ]{1,20}?)?\s+"
             r"(?:said|says|told me|told us|suggested|recommended)\b")
# someone's rules given as the answer's ("Constraints my manager gave me: must include ...")
_GIVEN_RULES = (r"\b(?:constraints?|requirements?|rules?|instructions?)\s+(?:my|our|the)\s+[\w ]{1,20}?\s+"
                r"(?:gave|sent|set)\s+(?:me|us)\s*:")
_BOUND_PAREN = _re(r"(\b(?:least|most|than|max|maximum|min|minimum|about|around|exactly|only)\s+\d{1,2})\)")
_ENUMERATOR = _re(r"(?:^|[\s:;,])\(?(?:[a-h]|\d{1,2})\)\s")
_JOIN = _re(r";\s*|,\s*(?:and|but|then|plus)\s+|\s+(?:and|but|plus)\s+|,\s+|\s+[-–—]\s+(?:(?:and|but)\s+)?")
# a clause about a part of the answer ("The second paragraph must be short and must start with 'However'")
_PART_SUBJECT = (r"^\W*(?:the|each|every|its|your|a|one)\s+(?:\w+\s+){0,2}?(?:paragraphs?|lines?|items?|sections?|"
                 r"sentences?|bullets?|stanzas?|verses?|chapters?|parts?|closing|opening|intro|title|heading|"
                 r"conclusion|sign-?off|subject)\b|^\W*paragraph\s+\d")
# words that open an instruction of its own after "and" or a comma ("..., and mention ...", "..., use no commas")
_OPENERS = frozenset({
    "add", "answer", "at", "avoid", "begin", "capitalise", "capitalize", "close", "conclude", "contain", "do", "don't",
    "then",
    "end",
    "finish", "format", "give", "highlight", "include", "italicise", "italicize", "keep", "label", "limit", "make",
    "mention", "never", "no", "not", "open", "please", "put", "reply", "respond", "return", "separate", "sign", "start",
    "stay", "use", "wrap", "write",
})
_UNIT_FIRST = _re(r"\b(words|sentences|paragraphs|bullet points|bullets|bulleted points)\s*[,:(]?\s*"
                  r"(at least|at most|no more than|no fewer than|minimum|maximum|exactly)\s+(?:of\s+)?" + _NUM + r"\b")
_BARE_BOUND = (r"^\s*(?:at least|at most|no more than|no fewer than|max(?:imum)?|min(?:imum)?|exactly)\s+\w+"
               r"(?:\s+of them)?\s*$")
# "no more, and certainly no less", "no more, and exactly 3": an exact count, said as "no more, no less"
_NO_MORE_NO_LESS = _re(r"\bno more\s*,\s*(?:and|but)\s+(?:(?:certainly|absolutely|also|definitely)\s+)?"
                       r"(?:(?:no|not|nor|none|nothing)\s+(?:one\s+|a word\s+|any\s+)?(?:less|fewer|under|shorter)|"
                       r"(?:[\w' ]{0,20}\b)?(?:exactly|at least|the target|hit it))\b")
# what may follow "N words is the maximum," where it is the answer's ("..., so be concise"; not "..., which seems
# short")
_BOUND_THEN = (r"(?:so|and|please|pls|keep|per|more|less|no|don'?t|but|thanks|thank you|because|since|as|strictly|"
               r"it'?s|the form)\b")
# what may follow "..., no more," where it caps the count ("Three sentences, no more, and the word sorry ..."; not "no
# more, and no less")
_NO_MORE_THEN = r"(?:and|but|so|please)\b"
_CONTINUES = (r"^\s*(?:no more|not more|no less|no fewer|nothing more|tops|max(?:imum)?|at most|at the most)(?:\W*$|"
              r"\s*,\s*" + _NO_MORE_THEN + r")|"
              r"^\s*(?:use\s+|give me\s+|there should be\s+|make it\s+)?(?:at least|at most|no more than|no fewer than|"
              r"fewer than|a minimum of|a maximum of)?\s*(?:\d+|[a-z]+)(?:\s+of them)?(?:,?\s*please)?\s*(?:[.!?]?\s*$|"
              r",\s)")  # (", no more than five, and under 100 words total")


_ALSO_WANTS = frozenset({"expects", "wants", "needs", "requires", "asks", "likes", "insists", "prefers"})


# a bound with its unit between two dashes of a list of requirements ("... - fewer than 120 words - include ...")
_DASHED_BOUND = (r"(?:fewer than|less than|under|below|at least|at most|no more than|no fewer than|max|min|exactly)\s+"
                 r"\S+\s+(?:words|sentences|paragraphs)")


def _split_joined(sentence: str) -> list[str]:
    """A sentence cut where it joins instructions: at ";" and ", and"/", but" always, at "and", "but" or a comma
    when an instruction word follows ("Give it a title, and mention ...", "in lowercase, use no commas"); never
    before a quoted word (a list of words or options stays whole)."""
    pieces, start = [], 0
    rewrite: set[int] = set()  # pieces whose "have ..." count is the answer's ("... and have exactly 3 paragraphs")
    elided: set[int] = set()  # pieces that name a phrase to include without the verb
    for m in _JOIN.finditer(sentence):
        rest = sentence[m.end() :]
        word = rest.split(" ", 1)[0].lower().strip(".,:;!?")
        after_also = rest.split(" ", 2)[1:2]  # "... a <<title>> up top and also expects the word 'x' at least twice"
        also = word == "also" and bool(after_also) and after_also[0].lower().strip(".,:;!?") in _OPENERS | _ALSO_WANTS
        hard = m.group(0).strip().startswith(";") or m.group(0).strip(" ,") in ("and", "but", "then", "plus") \
            and m.group(0).lstrip().startswith(",")
        if not hard and _has(sentence[start : m.start()], r":\s*[\w' -]{1,20}$") and _has(
                sentence.lower(), r"\bone of\b|\boptions\b|\bchoose\b|\bfrom (?:this|these|the following)\b"):
            continue  # a short list after a colon goes on ("one of these: yes, no, partially")
        if not hard and _has(sentence[start : m.start()].lower(), r"\b(?:just|only|simply)\s+(?:say|answer|reply|"
                                                                  r"respond)\s+(?:with\s+)?[a-z]+$"):
            continue  # so does a list of answers ("just say yes, no or maybe")
        second = _re(r"^(?:(?:and|but)\s+)?(?:at least|no fewer than|no less than|a minimum of|at most|no more than|"
                     r"not more than|a maximum of|max(?:imum)?|under|fewer than|less than)\s+\w+\s+(words?|sentences|"
                     r"paragraphs|bullet points|bullets)\W*$").search(rest.lower())
        first = _re(r"\b(?:about|around|roughly|approx\w*\.?|approximately)\s+\w+\s+(words?|sentences|paragraphs)"
                    r"\W*$").search(sentence[start : m.start()].lower())
        if second and first and second.group(1).rstrip("s") == first.group(1).rstrip("s"):
            continue  # a bound of the approximate count that ends the part before ("roughly 350 words, and no less
            # than 300 words") goes with it, and with what its clause tells ("He wrote roughly 350 words, and ...")
        picks = _has(sentence[start : m.start()].lower(), r"^\W*(?:please\s+)?(?:choose|pick|select)\s+(?:only\s+)?"
                                                          r"one\s+(?:of|from)\s+[\w, -]{1,60}\bor\s+\w+\s*$")
        if picks and word not in ("reply", "answer", "respond", "say"):
            continue  # "Select one of A, B or C and write two paragraphs": the pick is a topic, not the answer
        if word == "then" and rest.split(" ", 2)[1:2] and rest.split(" ", 2)[1].lower() not in _OPENERS:
            continue  # "avoid 'very' and then 'really' too": a list goes on
        subject = word in ("the", "your", "it") and _has(rest[:40].lower(), r"^(?:the|your|it)\b(?:\s+[\w-]+)?\s+"
                                                                       r"(?:should|must|shall|needs? to|has to)\b")
        # ", mentioning 'fog' at least twice", ", with the word 'drainage' at least twice" after another instruction
        named = m.group(0).strip() in (",", "and") and _has(
            rest.lower(), r"^(?:mentioning|using|including|featuring|repeating|(?:with )?the (?:word|letter|term|"
                          r"keyword))\b[^,;]*(?:\x00|\bthe (?:word|letter|term)\b)[^,;]*\b(?:at least|times|twice|"
                          r"thrice|or more)\b")
        # "no more than 300 words, with at least 3 words in ALL CAPS": the capitals' count is a clause of its own
        named = named or (m.group(0).strip() == "," and _has(
            rest.lower(), r"^with\s+(?:at least|at most|no more than|a minimum of|exactly|only)?\s*\S+\s+"
                          r"(?:\w+\s+)?words?\s+(?:written\s+)?in\s+(?:all[- ])?(?:caps|capitals|capital letters|"
                          r"upper-?\s?case)\b")
            and _has(sentence[start : m.start()].lower(), r"\bwords?\b"))
        # "it must be at least 120 words and have exactly 3 paragraphs": a second count of its own (asked, not told:
        # "It's for a wedding and has 6 paragraphs")
        counted = m.group(0).strip() in ("and", ", and") and _has(
            rest.lower(), r"^(?:have|contain)\s+(?:exactly|at least|at most|no more than|\d+|one|two|three|four|five|"
                          r"six|seven|eight|nine|ten)\b") and _has(
            sentence[:m.start()].lower(), r"\b(?:must|should|has to|have to|needs? to|make sure|please|pls)\b")
        named = named or counted
        # "at least 3 bullet points and the phrase 'fuel costs' somewhere": the phrase asked for, its verb elided
        phrase = m.group(0).strip() in ("and", ", and") and _has(
            rest.lower(), r"^the\s+(?:word|phrase|term|keyword)s?\s+\x00\d+\x00(?:\s*(?:and|,)\s*\x00\d+\x00)*\s+"
                          r"(?:somewhere|in it|in there|included|too|as well)\b") and not _has(
            sentence[:m.start()].lower(), r"\b(?:avoid\w*|don'?t|do not|never|no|not|without|skip|leave out|ban|steer "
                                          r"clear|hate|cut|drop|omit)\b")  # (not "Avoid jargon and the word 'x' too")
        named = named or phrase
        # "Start with 'Hi Reddit!' and bold at least 2 bits": a count to bold, a clause of its own
        named = named or (m.group(0).strip() == "and" and _has(rest.lower(), r"^bold\s+(?:at least\s+)?(?:\d+|one|two|"
                                                                              r"three|four|five|six)\s"))
        # "at least 4 bullet points, ending with 'Happy hacking!'": the edge phrase a clause of its own
        named = named or (m.group(0).strip() == "," and _has(rest.lower(), r"^(?:ending|starting|beginning|opening|"
                                                                            r"closing|finishing)\s+with\s+\x00"))
        # "that includes 'Bastille' and doesn't use the word 'revolution'": a ban of its own
        banned = _has(rest.lower(), r"^(?:doesn'?t|does not|shouldn'?t|should not|mustn'?t|must not|won'?t)\s+"
                                    r"(?:use|include|mention|say|contain)\b|^there (?:should|must|needs? to) be\b|"
                                    r"^the (?:word|term)\s+\x00\d+\x00\s+(?:not at all|nowhere|never|zero "
                                    r"times)\b") or (
            # "starts with 'Good evening, neighbors' and includes the words ...": a quoted phrase's clause ends
            word in ("includes", "mentions", "uses", "contains", "ends", "starts", "begins", "closes", "features")
            and sentence[start : m.start()].rstrip().endswith("\x00"))
        # "must open with 'Dear Ms Alvarez,' and must include a P.S.": a modal opens a requirement of its own
        modal = word in ("must", "should", "shall") and len(rest.split()) > 1 and rest.split()[1].lower().strip(
            ".,:;!?") in _OPENERS | {"be", "have", "contain", "include", "feature", "end", "begin", "open", "close"} \
            and not _has(sentence[start : m.start()].lower(), _PART_SUBJECT)
        # "Requirements: start with "Hi Jordan," - fewer than 120 words - include the phrase "..."": a dashed list of
        # items beside a quoted phrase, split only before a bound with its unit that another dashed item follows
        # (not "Write a story — no dialogue — that ends with ...", "... - at least 3 sentences - in French")
        dashed = m.group(0).strip() in ("-", "–", "—") and "\x00" in sentence and _has(
            rest.lower(), "^" + _DASHED_BOUND + r"\s*[-–—,]\s*(?:and\s+)?(?:must\s+|please\s+)?(?:include|use|add|"
                                                r"end|start|mention|avoid|say)\b")
        if m.group(0).strip() in ("-", "–", "—") and not dashed and not (
                "\x00" in sentence and _has(sentence[start : m.start()].lower(), _DASHED_BOUND + r"\s*$")):
            continue  # (the second dash of such a list, after the bound, splits too)
        opens = hard or word in _OPENERS or also or subject or named or banned or modal or dashed
        if rest.startswith("\x00") or not opens or _has(
                rest, _CONTINUES) or _has(
                rest.lower(), r"^(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|other)\s+one\b"):
            continue  # a quoted list goes on, no instruction follows, or a bare count completes this one ("; use 3")
        pieces.append(sentence[start : m.start()])
        start = m.end()
        if counted:
            rewrite.add(len(pieces))
        if phrase:
            elided.add(len(pieces))
    pieces.append(sentence[start:])
    pieces = [_re(r"^\s*(?:have|contain)\s+").sub("with ", p) if i in rewrite else
              f"include {p.lstrip()}" if i in elided else p for i, p in enumerate(pieces)]
    if len(pieces) > 1 and (_has(pieces[0].lower(), _WRITES) or _has(pieces[0].lower(), _ELIDED_EDGE + _EDGE_VERB)
                            or _has(pieces[0].lower(), _ELLIPTICAL_REQUEST)):
        pieces[1:] = [f"it {p.lstrip()}" if _has(p.lower(), r"^\s*" + _EDGE_VERB) else p for p in pieces[1:]]
    return [p for p in pieces if p.strip(" .!?\n")]


def _clauses(text: str, theirs: bool = False) -> list[str]:
    """Sentences (quoted text never splits one), and the comma-separated parts of a parenthesis."""
    quotes: list[str] = []

    def mask(m: Any) -> str:
        quotes.append(m.group(0))
        return f"\x00{len(quotes) - 1}\x00"

    def mask_quote(m: Any) -> str:
        follows = text[m.end() : m.end() + 2].strip()[:1]
        # a quoted sentence ends the one quoting it too, unless a list of quotes goes on ("a.", "b.")
        ends = m.group(0)[-2:-1] in (".", "!", "?") and follows not in (",", ")", ";") and not _has(
            m.group(0)[1:-1], r"^(?:[a-z]\.\s?){1,4}$|^(?:dr|mr|mrs|ms|st|prof|jr|sr|mt)\.$") and not _has(
            text[m.end() : m.end() + 20].lower(), r"^\s*(?:word for word|word-for-word|verbatim|as written|or)\b") \
            and not (
            _has(text[m.end() : m.end() + 12].lower(), r"^\s*and\s+(?:then\s+)?(?:ends|finishes|closes)\b") and _has(
                text[max(0, m.start() - 40) : m.start()].lower(), r"\b(?:starts?|begins?|opens?)\s+with\s+(?:the\s+)?"
                                                                  r"(?:line\s+|sentence\s+|words?\s+)?$"))
        # (a start phrase's sentence goes on with "and ends with ...")
        # ('only "I agree." or "I disagree."': options)
        return mask(m) + (". " if ends else "")

    def mask_abbreviation(m: Any) -> str:
        if m.group(1):  # "P.S. stand for": the period goes, the following word stays in the sentence
            quotes.append(m.group(0)[: -len(m.group(1))])
            return f"\x00{len(quotes) - 1}\x00" + m.group(2)
        return mask(m)

    masked = _ABBREVIATION.sub(mask_abbreviation, _QUOTED.sub(mask_quote, text))
    masked = _BOUND_PAREN.sub(r"\1 )", masked)  # "(at least 3)" closes a parenthesis, not an item "3)"
    masked = _ENUMERATOR.sub("; ", masked)  # "(a) ... (b) ...", "1) ... 2) ...": one instruction each
    pieces: list[str] = []
    for sentence in _CLAUSE.findall(masked):
        outside, paren, rest = sentence.partition("(")
        inside, _, tail = rest.partition(")")
        if not paren or not _re(r"[a-z]").search(_MASK.sub("", inside).lower()):  # none, or only quoted options
            whole = f"{outside} {inside} {tail}" if paren else sentence
            # a question stays one, and so does someone else's instruction ("my editor said: cut it and make ...")
            pieces.extend([whole] if _asks(whole) or not theirs and _has(whole.lower(), _REPORTED) and not (_has(
                whole.lower(), _GIVEN_RULES) and not text.rstrip().endswith("?")) else _split_joined(whole))
            continue
        if _has(inside, _BARE_BOUND):  # "use bullet points (at least six)": the bound belongs to the sentence
            pieces.extend(_split_joined(f"{outside} {inside} {tail}"))
            continue
        whole = outside + " " + tail if tail.strip(" .!?\n") else outside
        pieces.extend([whole] if _asks(whole) else _split_joined(whole))
        for group in inside.split(";"):  # "(at least 200 words; include ...; finish with '...')": one each
            part = ""
            for chunk in group.strip().split(", "):
                if part and not (chunk.startswith("\x00") or chunk.startswith(("or \x00", "and \x00"))):  # a list
                    pieces.append(part)
                    part = chunk
                else:
                    part = f"{part}, {chunk}" if part else chunk
            pieces.append(part)
    return [_MASK.sub(lambda m: quotes[int(m.group(1))], p) for p in pieces if p.strip(" .!?\n")]


# A quotation after a frame that reports it ("the client sent this note:", "the job ad says", "pasted from our doc:")
# is someone else's text: its instructions are not the answer's. Read as one quoted phrase instead.
_PASTED = compile_linear(r"(?i)((?:\bpasted from [^:\n]{1,60}|\b(?:client|boss|manager|teacher|editor|professor|"
                         r"colleague|recruiter|intern|instructor|employer|landlord|customer|job ad|job posting|guide|"
                         r"reviewer|referee|"
                         r"guidelines|policy|handbook|doc|document|rubric|assignment|call for papers|patron|buyer|"
                         r"sheet|worksheet|homework|syllabus|handout|brief|"
                         r"seller|user|student|reader|patient|guest|caller|member|parent|tenant|fan)(?:'s)?\b"
                         r"[^.:\n\"'“]{0,60}?\b(?:says?|said|sent|wrote|writes|reads|states|note|notes|message|"
                         r"comment|asks|asked|emailed|texted|messaged|posted|instructions)(?:\s+\w+){0,3}|"
                         r"\b(?:(?:reply|respond|answer)\s+to\s+(?:this|the following|the)|the following)\s+"
                         r"(?:message|email|review|comment|complaint|question)(?:\s+below)?(?:[^\n\"“']{0,30}\n)?|"
                         r"\b(?:message|email|review|comment|complaint|question)\s+below|"
                         r"(?:^|\n)[ \t]*(?:client|customer|user|patron|buyer|guest|"
                         r"student|caller)[ \t]*:)\s*:?\s*(?:>[ \t]*)?)(?:'[^'\n]{20,600}'|"
                         r"\"[^\"\n]{20,600}\"|“[^”\n]{20,600}”)")
# Material pasted below the request as lines of its own (meeting notes, a rubric, a call for papers, a job posting),
# asked about or worked on: its rules are not the answer's. A block opens after a lead-in that says material is
# pasted ("Pasting the guidelines:", "Here's my draft:") or asks about a named document on its own line ("Who owns
# what from these meeting notes?"), or between two "---" lines under a request that names its material ("Rewrite
# this job posting ..."). It ends at a blank line, a "---" line or the first line that instructs the answer ("Make
# it under 100 words.", "Format: 3 bullets"). Never for the request's own requirements ("Here are my requirements:",
# "My guidelines:"), nor where the request asks the answer to follow it ("Write an essay that follows this rubric").
# what may follow the material's name in its label ("Meeting notes 4 June:", "Retro notes, sprint 23:", "Our style
# guide says:", "My student's poem, all lowercase:", "Minutes from the residents' association:")
_LABEL_TAIL = (r"(?:\s+(?:pasted|below|as follows)|\s+with\s+(?:a|an|the|my|our)\s+[^\n:.!?]{1,30}|\s+from\s+(?:the|"
               r"our|a|an)\s+[^\n:.!?]{1,40}|\s+\d{1,2}(?:st|nd|rd|"
               r"th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\pL*|,\s*(?:sprint|week|day|meeting|"
               r"session|lesson|class|round)\s+\d+)?")
_DOCUMENT_WORDS = (r"notes|minutes|rubric|guidelines|policy|call for papers|job (?:ad|posting)|posting|transcript|"
                   r"agenda|email|thread|style guide|handbook|syllabus|homework|worksheet|contract")
_DOCUMENT = r"(?:" + _DOCUMENT_WORDS + r")"  # a document one asks about; the material below is any text one pastes
_MATERIAL = (r"(?:" + _DOCUMENT_WORDS + r"|article|passage|text|letter|message|post|review|draft|paper|report|log|"
             r"paragraph|poem|essay|lyrics|recipe|story|intro|bio|cover letter|chapter|speech|script|abstract|summary|"
             r"description|clause|terms|release notes|traceback|stack trace|error message|job description|voicemail|"
             r"chat|screenplay|grant call|snippet|config)")
# texts one may also label one's own spec with ("Outline:\n- 3 paragraphs"): material only when only asked about
_ASKED_MATERIAL = r"\b(?:outline|lesson plan|conversation|scene|invitation|obituary)\b"
_PASTING = _re(r"(?m)^[^\n]{0,200}?\b(?:pasting|pasted|here's|here is|here are|below (?:is|are))\s+(?:the\s+|my\s+|"
               r"our\s+|a\s+|an\s+|his\s+|her\s+|their\s+|this\s+)?(?:[\w-]+\s+){0,3}?" + _MATERIAL +
               r"\b[^\n:]{0,60}:[ \t]*\n")
_ASKED_ABOUT = _re(r"(?m)^[^\n]{0,200}?\b(?:these|this|that|my|our)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT +
                   r"\b[^\n?]{0,80}\?[^\n]{0,80}\n")
_RULER = compile_linear(r"(?m)^[ \t]*-{3,}[ \t]*$")
# the material named in the request's first lines, pasted as a block after a blank line ("Job description below. Write
# my cover letter ...\n\nWarehouse Team Leader ...", "Here's my lesson plan ... Make a worksheet from it: ...\n\n1.
# ...")
_PLACED_AFTER = _re(r"^[^\n]{0,300}?\b(?:here'?s|here is|here are|below (?:is|are))\s+(?:the\s+|my\s+|our\s+|a\s+|"
                    r"an\s+|his\s+|her\s+|their\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _MATERIAL +
                    r"|lesson plan|outline|invitation|obituary)\b[^\n]*\n[ \t]*\n")
_PLACED_BELOW = _re(r"^[^\n]{0,300}?\b" + _MATERIAL + r"\s+(?:is\s+|are\s+)?below\b[^\n]*\n[ \t]*\n")
# a request to work on the lines below ("Summarise this for me:\n\n..."), and a labelled block that opens the text
# ("Meeting notes:\n- ...", "My draft essay:\n\n...") before a question or request about it
_WORK_ON = _re(r"^\W*(?:(?:please|pls|can you|could you)\s+)?(?:summari[sz]e|proofread|translate|explain|check|"
               r"tl;?\s?dr)\s+(?:this|these|the following|it)(?:\s+[\w'-]+){0,3}?(?:\s+(?:for me|please|pls))?\s*:"
               r"[ \t]*\n")
_LABELLED_BLOCK = _re(r"(?:^|\n[ \t]*\n)\W*(?:(?:my|our|the|his|her|their|a)\s+)?(?:[\w-]+\s+){0,2}?" + _MATERIAL +
                      r"(?:\s*\([^()\n]{1,30}\))?\s*:[ \t]*\n")
# ... and a document's label with what follows its name ("Meeting notes 4 June:", "Retro notes, sprint 23:", "Minutes
# from the residents' association:"; not "Speech from the best man:", a spec)
_LABELLED_DOCUMENT = _re(r"(?:^|\n[ \t]*\n)\W*(?:(?:my|our|the|his|her|their|a)\s+)?(?:[\w-]+\s+){0,2}?(?:notes|"
                         r"minutes|"
                         r"agenda|transcript|thread|rubric|guidelines|policy|chat|chat log)" + _LABEL_TAIL +
                         r"\s*:[ \t]*\n")
_NAMES_MATERIAL = r"\b(?:this|these|that|my|our|his|her|their)\s+(?:[\w-]+\s+){0,3}?" + _MATERIAL + r"\b"
_FOLLOWS = (r"\b(?:follow|follows|following|according to|based on|per|meets?|meeting|satisf\w+|match\w*|in line with|"
            r"stick to|keep to|use|using)\s+(?:all\s+)?(?:of\s+)?" + _NAMES_MATERIAL +
            r"|\b(?:write|draft|compose|create)\b[^.?\n]{0,60}\b(?:like|in the style of|based on)\b|"
            r"\b(?:following|per|according to|within|respecting|obeying)\s+(?:the\s+)?(?:limits?|rules?|"
            r"requirements?|guidelines?|format)?\s*(?:above|below)\b")
# the request says to follow someone's rules it quotes: "Follow the ad's instructions.", "Make it meet Dana's limit.",
# "Stick to the publisher's requirements.", "keep it within her limit", "following every rule in the brief"
_FOLLOW_THEIRS = (r"\b(?:follow(?:s|ing)?|stick(?:s|ing)? to|meet(?:s|ing)?|obey(?:s|ing)?|respect(?:s|ing)?|"
                  r"compl(?:y|ies|ying) with|(?:keep|stay)(?:ing)?(?:\s+(?:it|them))?\s+(?:within|to|under)|within)\s+"
                  r"(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:(?:the|his|her|their|my|our|this|that|those|these)\s+"
                  r"(?:[\w-]+(?:'s|’s)\s+)?|[\w-]+(?:'s|’s)\s+)(?:[\w-]+\s+)?(?:instructions|rules?|requirements|"
                  r"limits?|guidelines|word limit|word count|criteria|specs?)\b"
                  r"(?:\s+in\s+the\s+(?:brief|ad|email|note|post|prompt))?")


# the text the rules govern asked of the assistant, by reference, in a sentence of its own ("Can you write it?", "Do
# it.", "Please write it following the brief."; not "Write me a birthday poem for him", another text): someone's rules
# before it are the answer's (`_written_to_rules`)
_WRITE_REQUEST = (r"(?:^|[.!?:][\"'”’]?\s+|\n\s*)(?:(?:hi|hey|ok|okay|so|now|then|and)\b,?\s+)*"
                  r"(?:please\s+|pls\s+)?(?:(?:can|could|would|will)\s+"
                  r"(?:you|u)\s+(?:please\s+|pls\s+)?)?(?:write|do|draft|make|put together|prepare|whip up)\s+"
                  r"(?:it|one|this|that|them)(?:\s+(?:for me|please|pls))?"
                  r"(?:\s+(?:(?:and\s+)?follow(?:ing)?|"
                  r"to|according to|per)\s+(?:(?:the|their|her|his|its)\s+)?(?:brief|rules|spec|specs|instructions|"
                  r"guidelines|rubric|requirements))?\s*[.!?]")
# ... unless the request asks about the rules, overrides them, or compares its own draft
_ABOUT_RULES = (r"\b(?:is (?:that|this|it) (?:normal|common|fair|allowed|ok|okay|realistic|true|standard)|does "
                r"(?:my|this|the) (?:draft|answer|essay|letter|entry|piece) (?:pass|meet|follow|fit)|why "
                r"(?:would|do|does|is|on earth)|what does (?:that|this|it|she|he|they) mean|ignore|instead|forget "
                r"(?:that|it|the)|don'?t worry about|write (?:it )?normally|normal (?:case|capitals)|compare|as many|"
                r"as you need|i want|though|no limit|kidding|just make it|any length|doesn'?t matter|but)\b")
# what sets aside a wish told before "Can you write it?" ("My manager wants one sentence, but 3 is fine. Can you write
# it?"; not "..., but she is busy")
_OVERRIDES = (r"\binstead\b|\brather than\b|\bdon'?t worry about\b|\bignore\b|\bbut\s+i\s+(?:want|need|'?d like|would "
              r"like|prefer)\b|\bbut\s+(?:(?:please|pls|just|can you|"
              r"could you)\s+)?(?:make|keep|write|do|use|go|let|i'?d|without|longer|shorter|skip|drop|leave|forget|"
              r"only|any|\d+|one|two|three|four|five|that (?:rule|limit|one))\b|\bbut\s+(?:[\w-]+\s+){0,2}(?:is|are|"
              r"would be|seems?)\s+(?:\w+\s+)?(?:enough|fine|better|ok|okay|plenty|too much|too long|too short)\b")


def _written_to_rules(text: str) -> bool:
    """Someone's rules, quoted or told ("My teacher wants 3 paragraphs ...", "Client brief: '... Under 60 words.'"),
    followed by a request for the text they govern, with no question about them and no override."""
    low = text.lower()
    told = _has(_QUOTED.sub('""', low), _REPORTED) or _has(
        low, r"\b(?:brief|rubric|assignment|instructions|guidelines|rules|job ad|posting|form|box|contest|application "
             r"question|homework)\b[^.\n]{0,40}(?::|\bsays?\b|\bwants?\b|\basks?\b)")
    return told and _has(low, _WRITE_REQUEST) and not _has(low, _ABOUT_RULES)


# A request for the text someone's told rules govern, in a sentence of its own, before or after them ("Agency guidelines
# say taglines must be in lowercase. Give me a tagline for ...", "Contest rules: '...' Write me an entry.", "Write an
# essay about dogs. My teacher wants it to be at least 300 words."): the verb, then what it asks for
_GOVERNED_ASK = _re(r"^\W*(?:(?:ok|okay|so|now|then|and|also|hi|hey|anyway)\b,?\s+|follow (?:it|them|this|these|"
                    r"those|the "
                    r"(?:rules?|guide|brief))\s*[:,;—–-]\s*)*(?:please\s+|pls\s+)?(?:(?:can|could|would|"
                    r"will)\s+(?:you|u)\s+(?:please\s+)?)?(write|draft|compose|create|prepare|produce|give me|make me|"
                    r"come up with|show me|do|generate|put together|reply|respond|describe|summari[sz]e|answer|"
                    r"translate|rewrite)\s+"
                    r"(?:me\s+|us\s+)?(.*)$")
# the text a verb makes ("Reply to a customer ...": a reply the rules may name)
# the verb that makes a text, for rules that ask for it so ("can someone summarize the article in 2 sentences?")
_VERB_MAKES = {"reply": "reply", "respond": "response", "describe": "description", "summarise": "summary",
               "summarize": "summary", "answer": "answer", "translate": "translation"}
_MADE_BY = {noun: r"\b(?:" + "|".join(v for v, n in _VERB_MAKES.items() if n == noun) + r")\b"
            for noun in set(_VERB_MAKES.values())}
# "Give me one.", "Write it about dogs", "Write mine"; not "Give me one tip" (a number)
_GOVERNED_PRONOUN = (r"^(?:it|mine|ours|them|this one|an? (?:example|sample|version)|(?:this|last|next) (?:week|"
                     r"month)'s|"
                     r"today'?s|tonight'?s|one(?:\s+(?:about|on|for|of|that|"
                     r"which|please|pls|now|too|here|in|with|to|from)\b|\s*[,.!:;]|\s*$))")
# what the noun phrase's head is cut at ("a tagline for a cycling café", "the announcement that ...")
_HEAD_END = _re(r"\s+(?:for|about|on|to|that|which|who|with|in|of|from|announcing|explaining|describing|telling|"
                r"asking|saying|confirming|reminding|thanking|inviting|accepting|declining|apologi[sz]ing|requesting|"
                r"informing|welcoming|congratulating|letting|offering|promoting|plugging|advertising|sharing|linking|"
                r"pitching|recommending|reviewing|introducing|celebrating|highlighting|featuring|covering|where|so|as|"
                r"using|without|by|and|but)\b|"
                r"[,.;:!?(—–]|\s-\s|$")
# texts a contest, form or application governs whatever it calls them ("Contest rules: ... Write my entry.")
_SUBMITTED = frozenset({"entry", "answer", "submission", "application", "pitch"})
_SETS_SUBMISSIONS = (r"\b(?:contest|competition|form|application|applicants?|submissions?|entries|question|box|prompt|"
                     r"posting|job ad|the ad|ad says|call for)\b")
# the texts rules are for ("emails must ...", "the abstract must ...", "every caption must ...")
_RULED_TEXT = _re(r"\b([a-z]{3,}s)\s+(?:must|should|have to|need to|can'?t|cannot|are|may)\b|\bthe\s+([a-z]{3,})\s+"
                  r"(?:must|should|has to|needs? to|is to|to be|in|at least|under|over|no more)\b|"
                  r"\b(?:every|each|all)\s+"
                  r"([a-z]{3,}?)s?\s+(?:must|should|has to|have to|needs?|need to|is|are)\b")
# a text sent to someone else than the rules are for ("... to my boss", "a message to Priya"), or a second text
_OTHER_READER = (r"\bto\s+(?:my|our|her|his|their|hr)\b|\bfor\s+(?:my|our)\s+(?:[\w-]+\s+)?[\w-]+'s\b|\bto\s+the\s+"
                 r"(?:boss|teacher|editor|manager|professor|coach|tutor|team|judges|press)\b")
_NAMED_READER = compile_linear(r"\b(?:[Ee]mail|[Mm]essage|[Nn]ote|[Ll]etter|[Tt]ext|[Rr]eply|[Cc]ard|[Pp]ostcard|"
                               r"[Ii]nvit\w*)\s+to\s+([A-Z][a-z]+)\b")
_SETS_OUT = r"says?|said|states?|wants?|requires?|asks?|insists?"  # how someone's rules are told
_SETS_RULES = r"\b[^.\n]{0,20}\b(?:said|says|wrote|emailed|replied|asked|wants)\b"  # (after a name: "Sarah said")
_SECOND_TEXT = r"^(?:(?:a|an|the|my|our|one)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+and\s+(?:also\s+)?(?:a|an|the|my)\s"
# a reply the rules may be for ("Reply to this customer ..."), stories whose content a rule told after them may be,
# a part of a text, and the nouns of a brief that governs whatever single text is asked for
_REPLY_TO = (r"^to\s+(?:this|the|a|an|my|our|their|her|his)\s+(?:[\w-]+\s+)?(?:customer|client|email|message|comment|"
             r"review|post|question|complaint|ticket|enquiry|inquiry|letter|guest|parent)s?\b")
_TOLD_STORIES = frozenset({"story", "play", "scene", "script", "novel", "tale", "fable", "sketch"})
_PART_OF = (r"\b(?:first|second|third|last|final|opening|closing|next)\s+(?:paragraph|sentence|line|section|part|"
            r"page)\b|"
            r"\b(?:paragraph|sentence|line|section|part|page)s?\s+of\b")
_BRIEF_NOUNS = r"\b(?:brief|assignment|homework|task|instructions|rubric|guidelines|criteria|prompt)\b"
# parts and aids of a text, not the text ("Write the first paragraph of it", "Give me some tips for my essay")
_NOT_THE_TEXT = frozenset({"word", "part", "tips", "tip", "ideas",
                           "idea", "title", "titles", "synonyms", "structure", "outline", "plan", "quote", "example",
                           "examples", "question", "questions", "topic", "topics", "headline", "headlines"})
# what sets someone's rules aside, anywhere: doubt, scorn, the past, a rule the user will not keep, a counter-example,
# someone else's rules, a rule inside the story asked for
_NOT_GOVERNED = (r"\b(?:used to|when i was|back when|disagree|hate|hates|silly|ridiculous|stupid|annoying|rumou?r|"
                 r"never said|doubt|don'?t (?:care|agree|follow)|against|break|breaks|breaking|violat\w*|ignor\w*|"
                 r"aside|regardless|doesn'?t apply|not for this|as long as|can be longer|no limit|any length|instead|"
                 r"rather than|my own|for myself|joke|parody|my old|my previous|last year|compare|kidding|optional|"
                 r"guideline only|argu\w*|outdated|too strict|make fun|poking fun|poke fun|mock\w*|tongue-in-cheek|"
                 r"not for work|for fun|themselves|always said|rest (?:her|his) soul|in (?:her|his) memory|passed "
                 r"away|(?:that|the) rule|the limit is|my last job|last job|when i worked|worked at|years ago|i quit|"
                 r"ex-\w+|going over|go over|over anyway|exceed it|write it long|long version|trim it later|without "
                 r"worrying|not going to bother|won'?t bother|not following|negotiate|on paper|a bad one|bad example|"
                 r"would fail|get rejected|be rejected|in the story|in the play|the hero|the character|proverb|"
                 r"saying goes|old saying|adage|motto)\b")
# a question about the rules, an override, or a change of them ("..., but she told me I can do 3")
_RULES_SET_ASIDE = (r"\b(?:is (?:that|this|it) (?:normal|common|fair|allowed|ok|okay|realistic|true|standard)|"
                    r"does (?:my|this|"
                    r"the) (?:draft|answer|essay|letter|entry|piece) (?:pass|meet|follow|fit)|why (?:would|do|does|"
                    r"is|on "
                    r"earth)|what does|ignore|instead|forget (?:that|it|the)|don'?t worry about|write (?:it )?normally|"
                    r"normal (?:case|capitals)|no limit|kidding|any length|doesn'?t matter|as many|as you need)\b|"
                    r"\bbut\b[^.]{0,60}\b(?:told me|said|says|allows?|changed|negotiated|i can (?:do|have|use)|"
                    r"can have|"
                    r"wants it|i want|i'?d prefer|prefer)\b|\b(?:i want|i'?d prefer|i'?d like) (?:it|mine)\b|"
                    r"\bbut\b[^.]{0,40}\b(?:that'?s|it'?s|this is|they'?re) (?:for|only for|just for|just a|"
                    r"only a)\b|\b(?:never|"
                    r"doesn'?t|"
                    r"don'?t) checks?\b")
# rules someone else is under ("My sister's English teacher wants ...", "Our intern was told to ..."), advice in
# general ("Many teachers say ...")
_OTHERS_RULES = (r"\b(?:friend|sister|brother|son|daughter|wife|husband|niece|nephew|cousin|colleague|coworker|"
                 r"roommate|"
                 r"flatmate|partner|mum|mom|dad|neighbou?r|kid|child|boyfriend|girlfriend)'s\s+(?:[\w-]+\s+){0,2}"
                 r"(?:teacher|editor|manager|boss|coach|professor|tutor|lecturer|supervisor|company)\b|\b(?:intern|"
                 r"colleague|coworker|friend|sister|brother|he|she|they)\s+(?:was|were)\s+"
                 r"told\b|^\W*(?:many|some|most|other|a lot of|lots of)\s")
_NAMED_POSSESSOR = compile_linear(r"\b([A-Z][a-z]+)'s\s+(?:[\w-]+\s+)?(?:teacher|editor|manager|boss|coach|professor|"
                                  r"tutor)\b")
_NOT_POSSESSORS = frozenset({"Here", "There", "That", "What", "It", "Who", "Let", "He", "She", "Where", "This"})
# ... and, said in the rules or the request before its topic: another text, reader or side ("for a different
# magazine", "our rival agency's product"; not "a post about different cultures")
_ANOTHER = r"\b(?:different|rival|competitors?|former|the other|another|claims?|personal|bedtime)\b"
# a fact or a criticism told, not a rule ("essays under 1000 words fail", "my last essay was under 500 words", "the old
# tagline used all caps and felt shouty", "nobody reads emails over 100 words")
_NARRATED_RULE = (r"\b(?:fail|fails|failed|get a zero|gets? zero|lose marks|lost marks|penali[sz]ed|too long|too short|"
                  r"nobody reads|no one reads|felt|looked|my last|the old|the previous|usually|"
                  r"last time|used|was in|were in)\b|\b(?:is|are|was|were)\s+(?:over|too|longer|shorter|more than|"
                  r"less than)\b")
# ... and, anywhere in the request: someone else it is for ("for my daughter", "for my revision")
_FOR_SOMEONE = (r"\b(?:for my (?:[\w-]+\s+)?(?:daughter|son|kids?|family|friends?|mum|mom|dad|wife|husband|partner|"
            r"grandma|grandpa|niece|nephew|brother|sister|cousin|aunt|uncle|class|revision)|my (?:friends|family|kids|"
            r"neighbou?rs)|for a quick text|first (?:editor|boss|teacher|manager)|"
            r"always told me)\b")


def _head_noun(phrase: str) -> str:
    """The last word of `phrase` before a preposition or clause ("a 150-word news brief about ..." -> "brief"),
    leaving out a closing adverb ("the essay outline only" -> "outline")."""
    words = phrase[: _HEAD_END.search(phrase).start()].split()
    while words and words[-1] in ("only", "please", "pls", "now", "too", "here", "quickly", "today", "first"):
        words.pop()
    return words[-1].strip("'’\"") if words else ""


def _material_lines(text: str, sentences: list[str], told: list[int]) -> set[int]:
    """The sentences of a block of material that a told sentence labels ("My boss forwarded this:\n> ...", "Minutes from
    the committee:\n- ..."), or that a title in capitals heads ("JOB DESCRIPTION\nRole: ..."), to a blank line."""
    lines: set[int] = set()
    title = _re(r"^[ \t]*([^\n]{3,60})\n").match(text)
    heads = [j for j in told if sentences[j].rstrip().endswith(":")] + (
        [-1] if title and title.group(1).isupper() and _has(title.group(1), _DOCUMENT_TITLE) else [])
    for j in heads:
        block = text[: _block_after(text, 0)].lower() if j < 0 else ""
        if j >= 0:
            at = text.lower().find(sentences[j])
            block = text[at : _block_after(text, at + len(sentences[j]))].lower() if at >= 0 else ""
        lines |= {i for i in range(j + 1, len(sentences)) if sentences[i] in block and (_has(
            sentences[i], r"^\s*(?:[-*•>]|\d{1,2}[.)])") or not _GOVERNED_ASK.search(sentences[i]))}
    return lines


_ANY_TEXT = (r"\b(?:every|all|any|each)\s+(?:piece|copy|text|post)s?\b|"
             r"\b(?:in|for)\s+the\s+piece\b|\ball\s+(?:her|his|our|their|my)\s+copy\b")
_POINTED_BACK = (r"\b(?:wants?|needs?|likes?|requires?|expects?|says?)\s+(?:it|them)\b|\b(?:it|they)\s+(?:has to|"
                 r"have to|"
                 r"must|should|needs? to|can'?t|cannot|may not)\b")


# a message received: its lead ("Nadia wrote:", "My landlord emailed:") or a line of a chat log ("> Mia: ...")
_RECEIVED = (r"\b(?:wrote|emailed|replied|messaged|texted|said|asked)\s*:\s*$|"
             r"^\s*>\s*[a-z][\w.'’-]{1,20}(?:\s[a-z][\w.'’-]{1,20})?\s*:")
# someone who says, wants or allows ("My boss wants ...", "The app only lets you ...", "The form has a box ...")
_TOLD_BY = (r"^\W*(?:(?:my|our|the|his|her|their|this|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?(?:says?|said|wants?|requires?|"
            r"expects?|insists?|(?:only\s+)?(?:allows?|lets you)|(?:has|have) a (?:box|field|rule|limit|question))\b")


def _noun_forms(noun: str) -> str:
    """A pattern for `noun` in the singular or plural ("taglines": "tagline", "taglines"; "entry": "entries")."""
    stem = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") and not noun.endswith(
        "ss") else noun
    consonant_y = len(stem) > 2 and stem.endswith("y") and stem[-2] not in "aeiou"
    base = re.escape(stem[:-1]) + r"(?:y|ies)" if consonant_y else re.escape(stem) + r"(?:s|es)?"
    return r"\b" + base + r"\b"


def _asked_text(sentence: str) -> tuple[str, str, str] | None:
    """The verb, its object and the head noun of the text a sentence asks for (`_GOVERNED_ASK`: "Write a message to
    the admin ..." -> ("write", "a message to the admin ...", "message")); the head is empty where the object names
    no text ("Write about dogs")."""
    m = _GOVERNED_ASK.search(sentence)
    if m is None:
        return None
    verb, obj = m.group(1), m.group(2)
    head = _VERB_MAKES.get(verb) or ("" if _has(obj, r"^(?:about|on|for)\s") else _head_noun(
        _re(r"^(?:(?:my|our|the|a|an|one|this|that|some|their|his|her)\s+(?:[\w-]+\s+(?:an?|the)\s+)?)").sub(
            "", obj)))
    return verb, obj, head


# kinds of whole text, grouped where users name one by another's noun ("Write a tweet. Posts must be short."): a rule
# for one group's texts is not a rule for another's ("The rules say posts must be under 50 words. Write a message to
# the admin ...")
_TEXT_GROUPS = (
    frozenset({"post", "tweet", "caption", "update", "thread", "status", "comment", "listing", "ad", "bio", "review"}),
    frozenset({"email", "message", "note", "letter", "memo", "card", "invitation",
               "invite", "announcement", "newsletter", "notice", "dm"}),
    frozenset({"essay", "article", "piece", "report", "paper", "summary", "assignment", "abstract", "blog"}),
    frozenset({"story", "poem", "limerick", "haiku", "sonnet", "song", "lyrics", "rap", "tale", "script", "play",
               "fable"}),
    frozenset({"speech", "toast", "talk", "eulogy", "presentation"}),
)
_GROUP_OF = {noun: group for group in _TEXT_GROUPS for noun in group}
_NEAR = {_TEXT_GROUPS[0], _TEXT_GROUPS[1]}  # posts and messages
_GROUPED = "|".join(sorted(_GROUP_OF, key=len, reverse=True))
# a rule for a class of texts ("posts must be ...", "every story must end ...", "report comments must be ...", "the
# rules for the essay are ...", "every email had to be ..."), the class its group-word
_CLASS_RULE = (_re(r"\b(" + _GROUPED + r")s\s+(?:must|should|have to|had to|need to|needed to|can'?t|cannot|"
                   r"may not|are to|were to)\b"),
               _re(r"\b(?:every|each|all|any)\s+(?:[\w-]+\s+){0,2}?(" + _GROUPED + r")s?\s+(?:must|should|has to|"
                   r"have to|had to|needs? to|needed to|is to|are to|can'?t|cannot)\b"),
               _re(r"\brules?\s+for\s+(?:the|my|our|their|his|her|this|that|every|each|all|an?)\s+(?:[\w-]+\s+)?("
                   + _GROUPED + r")s?\b"))
# someone else's rules in the past or over others ("My old boss made us write every memo in 3 sentences", "at my last
# job every email had to be ...", "My roommate's company makes them end every email with ...")
_PAST_RULE = (_re(r"\bmade\s+(?:us|me|them|him|her)\s+(?:write|use|end|start|begin|keep|put|include|sign|add|do)\b|"
                  r"\bmakes\s+(?:them|him|her)\s+(?:write|use|end|start|begin|keep|put|include|sign|add|do)\b"),
              _re(r"\b(?:at|in)\s+my\s+(?:last|old|previous|former)\s+(?:job|school|company|work|workplace|firm|"
                  r"office|team)\b[^.;]{0,80}\b(?:had to|were to|was to|needed to|required)\b|\b(?:had to|were to|"
                  r"was to|needed to)\b[^.;]{0,80}\b(?:at|in)\s+my\s+(?:last|old|previous|former)\s+(?:job|school|"
                  r"company|work|workplace|firm|office|team)\b"),
              _re(r"\b(?:every|each|all|our)\s+(?:[\w-]+\s+){0,2}?(?:" + _GROUPED + r")s?\s+had to\b"),
              # a sentence that is only last year's rule ("Last year the science fair required abstracts of exactly
              # 150 words."; not "..., same this year", "Last time you ...")
              _re(r"^\W*(?:last|previous) (?:year|term|semester|season)(?:'s)?\b[^,;:]{0,100}\b(?:required|wanted|"
                  r"asked for|needed|insisted on)\b[^,;:]*$"))


def _rules_for_another(clause: str, asks: list[tuple[str, str, str]]) -> bool:
    """`clause` lays down a rule for a class of texts (`_CLASS_RULE`) of another group than every text the request
    asks for by name (`asks`, from `_asked_text`): the rule is not the answer's. Posts and messages pass for one
    another ("Each post must be in all caps. Write an announcement for the group") unless the text asked is addressed
    to someone ("a message to the group chat admin")."""
    low = clause.lower()
    classes = {"blog" if _has(low[: m.start(1)], r"\b(?:blog)\s+$") else "article" if _has(
        low[: m.start(1)], r"\bnews\s+$") else m.group(1) for rule in _CLASS_RULE for m in rule.finditer(low)}
    if not classes or not asks:
        return False
    for _, obj, head in asks:
        head = "article" if _has(obj, r"\bnews\s+stor(?:y|ies)\b") else head
        group = _GROUP_OF.get(head.rstrip("s")) or _GROUP_OF.get(head)
        addressed = _has(obj, r"^(?:[\w'’-]+\s+){0,4}?to\s+(?:my|our|the|her|his|their|him|them|a|an|that|this|"
                              r"[\w-]+'s)\b")
        if group is None or any(_GROUP_OF[c] is group or not addressed and {_GROUP_OF[c], group} == _NEAR
                                for c in classes):
            return False
    return True


# a past rule the user keeps ("..., and we're keeping that", "Do the same here")
_CARRIED = (r"\b(?:keeping (?:that|it|them|this)|keep (?:that|it|them) (?:going|up)|do the same|"
            r"same (?:rule|here|again)|"
            r"still (?:applies|apply|stands)|as before|like before|same as before)\b")


def _told_rule(sentence: str) -> bool:
    """`sentence` tells someone's rule (`_RULE_TOLD`, a rule for a class of texts, "Channel rule: ..."), not the user's
    own instruction."""
    m = _RULE_TOLD.search(sentence)
    told = bool(m) and not _has(m.group(0), r"^\W*(?:just|please|pls|and|so|then|also|now|only)\b|"
                                            r"\b(?:i|we|you|u|i'?m|i'?d)\b")  # (not "I want ...", "Just say ...")
    return told or any(rule.search(sentence) for rule in _CLASS_RULE) or _has(
        sentence, r"^\W*(?:[\w'’#-]+\s+){0,5}?(?:rules?|policy|guidelines?|checklist|form|template|style sheet|"
                  r"style guide)\b[^.]{0,30}(?::|\bsays?\b|\bwants?\b)")  # (not "Be brief: ...")


# a ban said with "can't" of the answer or a text ("It can't contain the word 'outage'", "..., and can't use the word
# 'x'", "Legal told us we can't say 'healthy'"), not someone's inability ("My son can't say 'spaghetti'")
_CANT_USE = (r"(?:^\W*|[,;:]\s*|\b(?:it|you|and|but|that|which|also|or|(?:told|tells|says|said)\s+(?:us|me)\s+"
             r"(?:that\s+)?we|" + _GROUPED + r"|" + _TEXT_NOUN_WORDS + r")s?\s+)"
             r"(?:can'?t|cannot|can not|may not)\s+(?:ever\s+)?(?:use|contain|include|mention|say|feature)\b")


# ... said of a headline, tagline, title or subject line ("Headlines can't include 'shocking'"), kept apart from
# `_CANT_USE` for the pattern's length
_PART_CANT_USE = (r"\b(?:headlines?|taglines?|titles?|subject lines?)\s+(?:can'?t|cannot|can not|may not)\s+"
                  r"(?:ever\s+)?(?:use|contain|include|mention|say|feature)\b")


# a text the user says they need ("I need a DM to my colleague ...", "But I want a private message to ...")
_NEEDED = _re(r"^\W*(?:(?:but|now|so|and|ok(?:ay)?|right now(?: though)?|then)\b,?\s+)*(?:i|we)\s+(?:really\s+|just\s+"
              r"|also\s+)?(?:need|want|'d like|would like)\s+(?:(?:a|an|the|my|some)\s+)(.*)$")


def _needed_text(sentence: str) -> tuple[str, str, str] | None:
    """`_asked_text` for a need stated ("I need a DM to my colleague Tom ..." -> ("need", ..., "dm"))."""
    m = _NEEDED.search(sentence)
    return ("need", m.group(1), _head_noun(m.group(1))) if m else None


# what says the rules before it are not for this text ("That's for announcements though.", "Separately, ...",
# "Different job: ...", "This isn't a ticket:")
_SET_APART = (r"\b(?:that'?s for [\w-]+(?: [\w-]+)? (?:though|tho)|not writing that|separately|(?:i'?ve )?"
              r"(?:already )?done that(?: one)?(?: already)?|i'?ve sent that|this isn'?t an? [\w-]+(?: [\w-]+)?(?: tho|"
              r" though)?\s*[:,.]|"
              r"different (?:job|task|thing|request)\s*:|right now though|unrelated\s*:)")
# how someone's rule is told ("HR says ...", "The form only allows ...", "Our manager's rule is ...")
_RULE_TOLD = _re(r"^\W*(?:[\w'’-]+\s+){1,6}?(?:says?|said|wants?|requires?|expects?|insists?|asks? for|allows?|"
                 r"lets you|limits?|deletes?|removes?|(?:rule|policy) is|rules are)\b")
_WRITE_ASKS = frozenset({"write", "draft", "compose", "create", "prepare", "produce", "give me", "make me",
                         "come up with", "generate", "put together", "do", "rewrite", "need"})


# a question that asks for something ("Can you write it?"), not one about the rules
_ASKS_YOU = r"^\W*(?:can|could|would|will)\s+(?:you|u)\b"


def _asked_about(sentences: list[str], asks: list) -> set[int]:
    """The sentences of someone's rules where the request asks no text but a question about them ("HR says shout-outs
    are max 50 words. Who decides these things?", "... Does that actually help sales?")."""
    questions = [x.lower() for x in sentences if x.rstrip().endswith("?") and not _has(
        x, _ASKS_YOU + r"|\b(?:write|draft|make|give|fill|create|compose)\b|\bdo (?:it|mine|one|this|that) for\b")]
    if not any(_has(q, r"\b(?:that|this|it|they|these|those|them|rules?|limits?|forms?|am i (?:wrong|right|crazy|"
                       r"overreacting))\b") for q in questions) or any(
            asked and asked[0] in _WRITE_ASKS for asked in asks):
        return set()
    # (not a rule for "your answer")
    return {i for i, x in enumerate(sentences) if not x.rstrip().endswith("?") and _told_rule(x) and not _has(
        x, r"\byour\s+(?:answer|reply|response)\b")}


# someone's ban of commas or digits in the texts they take, told without an imperative ("The house style bans commas in
# headlines", "The client won't approve taglines with digits"): a rule told (`_governing`), said as the answer's only
# in the governing sentences and only for the text it names (`_bans_said`)
_THEIR_BAN = _re(r"\b(?:bans|prohibits|forbids|disallows|(?:doesn'?t|does not|won'?t|will not)\s+(?:allow|accept|"
                 r"approve|publish|run|take))\s+(?:any\s+)?(?:(?:[\w-]+\s+){1,2}?(?:with|containing|that (?:have|has|"
                 r"contain|use))\s+(?:any\s+)?)?(commas|digits|numerals)\b")
_BAN_SETTER = (r"^\W*(?:the|our|my|this|their)\s+(?:[\w-]+\s+)?(?:house style|style guide|brand guide|guidelines|rules|"
               r"client|editor|teacher|professor|boss|manager|journal|magazine|newspaper|paper|publisher|contest|"
               r"competition|site|platform|station|agency|board|committee)\b")


def _part_alone(head: str, subjects: set[str], rules: str, sentences: list[str], i: int) -> bool:
    """A headline, title or tagline asked for alone (sentence `i`, nothing else asked with it or after it) is the text
    someone's rules about headlines, titles or taglines govern ("The style guide says headlines must be under 10 words.
    Give me a headline."), unless the rules name another kind of it ("slide titles")."""
    if head not in ("headline", "title", "tagline") or subjects != {head}:
        return False
    kind = _re(r"\b([a-z]+)\s+" + head + r"s?\b").search(rules)
    if kind and kind.group(1) not in _STOPWORDS | {"all", "every", "each", "any", "no"} and kind.group(1) not in (
            sentences[i]):
        return False  # "slide titles must be under 6 words. Give me a title for my quarterly report."
    return not _has(" ".join(sentences[i:]), r"\b(?:then|along with|plus|also|as well as|alternatives?|underneath|"
                                             r"summary|explanation|hook|dek|intro)\b|\band\s+(?:a|an|two|three|some|then|"
                                             r"explain|tell|describe|say|give|add|write|list|include|justify)\b|"
                                             r"\bwith\s+(?:a|an)\s")


def _governing(text: str) -> set[int] | None:
    """The sentences of someone's rules (`_REPORTED`, a brief, contest or form quoted or labelled, `_material_lines`)
    when a sentence of its own asks for the text they govern: by a pronoun right after them ("Give me one.", "Write
    mine"), by the rules' own noun ("... say taglines must be ... Give me a tagline"), as a contest's or form's entry
    or answer, or named first and pointed back to ("Write an essay. My teacher wants it ..."); else None. Not where
    anything sets the rules aside (`_NOT_GOVERNED`), names another text, reader or side (`_ANOTHER`), asks a question
    beside them, asks for two texts, or sends the text to someone else ("to my boss", "to Priya")."""
    bare = _QUOTED.sub('""', text.lower())
    if _has(bare, _NOT_GOVERNED) or _has(bare, _OTHERS_RULES) or _has(bare, _RULES_SET_ASIDE) or _has(
            bare, _OVERRIDES) or \
            any(m.group(1) not in _NOT_POSSESSORS for m in _NAMED_POSSESSOR.finditer(text)):
        return None  # (and "Tom's teacher says ...")
    cased = _sentences(text)
    sentences = [x.lower() for x in cased]
    told = [i for i, x in enumerate(sentences) if _has(_QUOTED.sub('""', x), _REPORTED) or _has(
        x, r"^\W*(?:from\s+)?(?:[\w'’-]+\s+){0,4}?(?:brief|rubric|assignment|instructions|guidelines|rules?|limit|"
           r"job ad|"
           r"posting|form|box|field|contest|competition|homework|application(?: question)?|style sheet|style guide|"
           r"note|"
           r"manager|boss|teacher|editor|client|coach|tutor|professor|notes|minutes|agenda|email|message)\b[^.\n]{0,60}"
           r"(?::|\bsays?\b|\bwants?\b|\basks?\b|\bis\b|\bonly\b)")
        or not _has(x, r"^\W*(?:i|we|you|i'?m|i'?d|i'?ve)\b") and _has(_QUOTED.sub('""', x), _TOLD_BY)
        or _has(x, _RECEIVED) or _THEIR_BAN.search(x) and _has(x, _BAN_SETTER) and not _has(
            x, r"\b(?:except|unless|no longer|anymore|used to)\b")]  # ("On Wed, HR wrote:", "> Mia: pls
    # everyone send a 1-line intro", "The house style bans commas in headlines.")
    quoted = [line for line in text.lower().split("\n") if line.lstrip().startswith(">")]
    told = sorted(set(told) | _material_lines(text, sentences, told) | {
        i for i, x in enumerate(sentences) if any(x.strip() in line for line in quoted)})  # (a quoted line's sentences)
    voices = [j for j in told if _has(sentences[j], r"\b(?:says?|said|wants?|told|insists?)\b")]
    subjects = {next(g for g in m.groups() if g).rstrip("s") for j in told for m in _RULED_TEXT.finditer(sentences[j])}
    subjects |= {m.group(1).rstrip("s") for j in told for m in _re(  # "bans commas in headlines"
        r"\b(?:commas|digits|numerals)\s+in\s+(?:all\s+|any\s+)?([a-z]{3,}s)\b").finditer(sentences[j])}
    if not told or len(voices) > 1 or len(subjects) > 1 or any(_has(sentences[j], _ANOTHER) or _has(
            sentences[j], _FOR_SOMEONE) or _has(sentences[j], _NARRATED_RULE) for j in told):
        return None  # two people's rules, rules for two texts, or for another one
    # what the rules say after who says it, and their words without the one who sets them ("The job ad says cover
    # letters must ...": no "ad" asked) nor a text they are about ("an analysis of a poem": no "poem")
    rules = " ".join(_re(r"^.*?(?:\b(?:" + _SETS_OUT + r"|told (?:me|us))\b|:)").sub(
        "", sentences[j], count=1) for j in told)
    whole = _re(r"\b(?:of|on)\s+(?:a|an|the|my|this|that)\s+[\w-]+").sub(" ", " ".join(
        _re(r"\b[\w-]+(?:'s)?\s+(?:" + _SETS_OUT + r")\b").sub(" ", sentences[j])
        for j in told))
    asks: list[tuple[int, str, str, str]] = []
    for i, x in enumerate(sentences):
        if i in told:
            continue
        if _has(x, r"\?\s*$") and not _has(x, _ASKS_YOU):
            return None  # a question beside the rules
        if asked := _asked_text(x):
            asks.append((i, *asked))
        elif _has(x, r"^\W*(?:ok(?:ay)?,?\s+)?(?:please\s+)?(?:do it|do that|do so|go ahead|go|please do|"
                     r"do)(?:\s+(?:please|pls|"
                     r"for me|now))?\W*$"):
            asks.append((i, "do", "it", ""))  # "Please do.", "Go ahead."
    if len({head for _, _, _, head in asks}) > 1:
        return None  # two texts asked for ("Give me a tagline. Then write an About Us page.")
    for i, verb, obj, head in asks:
        before_topic = _re(r"\s(?:about|on|of)\s.*$").sub("", sentences[i])
        # (a reply to the one who set the rules is theirs: "Sarah said: '...' Write my reply to Sarah.")
        named = _NAMED_READER.search(cased[i])
        setter = named and any(_has(sentences[j], r"\b" + named.group(1).lower() + _SETS_RULES) for j in told)
        if _has(before_topic, _ANOTHER) or _has(sentences[i], _FOR_SOMEONE) or _has(sentences[i], _OTHER_READER) or (
                named and not setter) or _has(obj, _SECOND_TEXT):
            continue  # another reader ("to my boss", "to Priya"), another text as well ("..., and also a letter")
        if verb in ("reply", "respond") and not _has(obj, _REPLY_TO):
            continue  # "Reply to this recruiter ...": not the replies the rules are for
        if any(j > i for j in told) and head in _TOLD_STORIES:
            continue  # "Write a story about an office. The boss in it says ...": the story's content
        if _has(obj, _PART_OF):
            continue  # a part of the text ("Write the first paragraph of it")
        destination = _re(r"\bfor\s+(?:the|a|an|my|our)\s+(?:[\w-]+\s+){0,2}[\w-]+").sub(" ", sentences[i])
        # other texts named (not where it goes: "a limerick for the office Christmas card")
        others = {w for w in _TEXT_NOUNS if w != head and _has(destination, r"\b" + w + r"s?\b")}
        # right after the rules, or after background that names no other text ("I'm a UX researcher. Write me one.")
        after_rules = any(j < i and all(k in told or not (_has(sentences[k], r"\b(?:need|want|also)\b") or any(
            _has(sentences[k], r"\b" + w + r"s?\b") for w in _TEXT_NOUNS)) for k in range(j + 1, i)) for j in told)
        # (not a brief for "headlines" where an article is asked)
        brief = not subjects and _has(" ".join(sentences[j] for j in told), _BRIEF_NOUNS) and not any(
            w != head and _has(rules, r"\b(?:the|a|an|all|every|each|its|their)\s+(?:[\w-]+\s+)?" + w + r"s?\b|\b" + w +
                               r"s\b") for w in _TEXT_NOUNS | {"headline", "title", "tagline"})
        if (_has(obj, _GOVERNED_PRONOUN) and after_rules and verb not in _VERB_MAKES  # "Give me one."
                # (a part asked for alone is the text the rules are for: "... headlines must be ... Give me a
                # headline", not "... essays must be ... Give me a title")
                or verb != "do" and len(head) > 2 and head not in _STOPWORDS and (
                    head not in _NOT_THE_TEXT or _part_alone(head, subjects, rules, sentences, i)) and (_has(
                    whole, _noun_forms(head)) or head in _MADE_BY and _has(whole, _MADE_BY[head]))
                or head in _SUBMITTED and _has(" ".join(sentences[j] for j in told), _SETS_SUBMISSIONS)
                # the reply a message received asks for ("Jenny wrote: > ... Please write back in Spanish. Write
                # my reply")
                or head in ("reply", "response", "answer") and any(_has(sentences[j], _RECEIVED) for j in told)
                # rules for whatever is written ("... no digits at all in the piece"), or a brief's for the one text
                # asked ("Here's my teacher's brief: 'At least 300 words.' Write the essay.")
                or head not in _NOT_THE_TEXT and (_has(rules, _ANY_TEXT) or head in _TEXT_NOUNS and brief)
                # named first and pointed back to ("Write an essay about dogs. My teacher wants it to be ...")
                or (head in _TEXT_NOUNS | _MORE_TEXT_NOUNS or not head) and head not in _NOT_THE_TEXT and not (
                    others) and any(
                    j > i and _has(_QUOTED.sub('""', sentences[j]), _POINTED_BACK) for j in told)):
            return set(told)
    return None


def _follows_theirs(text: str) -> bool:
    """`_FOLLOW_THEIRS` said of the answer, outside the quotes: not in a question ("Any ideas on how to get people
    to follow the guidelines?")."""
    bare = _QUOTED.sub('""', text).lower()
    return any(not _has(bare[m.end() :], r"^[^.!?\n]*\?") and not _has(
        bare[: m.start()], r"\b(?:people|them|they|he|she|everyone|others|hires|staff|users|students)\s+(?:to\s+|"
                           r"(?:don'?t|never|won'?t|always|actually)\s+)?$")
               for m in _re(_FOLLOW_THEIRS).finditer(bare))


_OWN = (r"\b(?:requirements?|rules|constraints?|instructions?|format|specs?|brief|criteria|what i (?:need|want)|"
        r"guidelines for|the catch|the deal|my ask|my question|my prompt|(?:i|we) (?:need|want))\b")
# a plain line that instructs the answer, ending a block of material (not a quoted or listed line of the material)
_INSTRUCTS = _re(r"^[ \t]*(?:(?:now|please|and|also|then|but|oh),?\s+)*(?:make|keep|write|use|answer|reply|respond|"
                 r"turn|summari[sz]e|translate|rewrite|expand|shorten|convert|draft|give|list|explain|add|include|"
                 r"avoid|don'?t|do not|no|end|start|begin|format|put|limit|stick|wrap|create|compose|tell|describe|"
                 r"edit|fix|improve|"
                 r"(?:can|could|would) you|(?:it|your (?:answer|reply|response)|the (?:answer|reply|response))\s+"
                 r"(?:should|must|needs? to)|(?:requirements?|format|length|rules|constraints?|output|style|tone|"
                 r"note)\s*:)")


# An SEO brief's labelled keyword ("Target keyword: oat milk — use it at least twice"; plain "Keyword:" only at a
# line's start, not inside a brief quoted for critique) and the references to it ("Must include: the target keyword
# at least 4 times")
_KEYWORD_LABEL = compile_linear(r"(?im)(^[ \t]*(?:[-*•][ \t]*)?|[.!?][ \t]+)((?:target|primary|main|focus|seo|core)"
                                r"[ \t]+)?key[ \t-]?(?:word|phrase)(?:[ \t]+phrase)?[ \t]*:[ \t]*([^\n]{2,200})")
_KEYWORD_END = compile_linear(r"[.;,()—–]|\s-\s|$")
_KEYWORD_COUNT = _re(r"((?:at least|a minimum of|minimum|min\.?)\s+)?(" + _NUM[1:-1] + r")\s*(?:x\b|×|times\b)|"
                     r"\b(?:at least\s+)?(?:twice|thrice)\b")
_WRITE_ASKED = (r"\b(?:write|draft|create|compose|produce|generate|rewrite|optimi[sz]e|give me|need (?:a|an|the)|"
                r"please (?:write|draft|create)|(?:blog )?post|article|page|copy|section|intro|blurb|description|"
                r"caption|email|bio|headline|format|word count|use it|say it|listing|script|newsletter|landing|ad|"
                r"product|video)\b")
_CRITIQUE = (r"\b(?:sent me|i think it'?s (?:bad|weak|wrong|off|too)|is this (?:brief|keyword|ok|good|right|clear)|"
             r"is this an? (?:good|realistic|bad)|what do you think|any thoughts|thoughts\?|thoughts on whether|"
             r"let me know your thoughts|feedback on (?:this|my|the brief)|critique|what'?s (?:wrong|missing)|"
             r"worth (?:targeting|making)|worth it\?|here(?:'s| is) my (?:draft|post|page|description|article|copy)|"
             r"too broad|is this (?:a |an )?(?:reasonable|achievable|realistic)|any feedback|feedback welcome|"
             r"appreciate (?:any )?feedback)")
_KEYWORD_REFERENCE = compile_linear(r"(?i)\b(?:the|your|our|that|this)\s+(?:target|primary|main|focus|seo|core)"
                                    r"\s+key[ -]?(?:word|phrase)(?:\s+phrase)?\b")


def _labelled_keyword(text: str) -> str:
    """The text with its labelled keyword stated as a request ('Use the keyword "oat milk" at least 2 times.') and
    its references to it named ('the keyword "oat milk"')."""
    m = _KEYWORD_LABEL.search(text)
    if m is None or (m.group(2) is None and m.group(1).strip(" \t-*•") and not m.group(1).startswith("\n")
                     and m.start() > 0) or not _has(text, _WRITE_ASKED) or _has(text, _CRITIQUE):
        return text  # a brief to write from, not keyword research, a brief sent for critique, a query or flashcards
    value = m.group(3)
    end = _KEYWORD_END.search(value)
    keyword = value[: end.start() if end else len(value)].strip(" \t\"'“”‘’")
    if not keyword or len(keyword.split()) > 6 or _has(keyword, r"^(?:none|n/?a|tbd|\?+)\b|\d{3,}"):
        return text
    rest = _re(r"(\d)\s*x\b").sub(r"\1 times", value[len(keyword) :])  # "3x"
    count = _KEYWORD_COUNT.search(rest)
    times = f" {count.group(0)}".replace("×", " times") if count else ""
    stated = f'{m.group(1)}Use the keyword "{keyword}"{times}.'
    if count:  # "— use it at least twice. Format: ...": the count's sentence is read, what follows it stays
        end = _re(r"[.!?](?:\s|$)").search(rest, count.end())
        rest = rest[end.end() :] if end else ""
    after = _KEYWORD_REFERENCE.sub(
        lambda r: r.group(0) if _has(text[max(m.end(), m.end() + r.start() - 20) : m.end() + r.start()],
                                     r"overus|over-us|stuff|spam") else f'the keyword "{keyword}"',
        text[m.end() :])  # not "Don't overuse the target keyword"
    return text[: m.start()] + stated + " " + rest + after


# a quoted text to proofread or check, ending the message: material, not instructions ("Proofread this for me:
# 'Please write your answer in no more than 200 words.'", "Can you check if this exam instruction is clear? '...'")
_CHECKED_QUOTE = compile_linear(r"(?i)((?:^|[.!?][ \t]+)(?:please[ \t]+|(?:can|could|would) you[ \t]+)?(?:proofread|"
                                r"proof-read|check|spell-check|fix|correct|edit|summari[sz]e|translate|paraphrase|"
                                r"explain|interpret|what)\b"
                                r"[^:?.\"'“‘\n]{0,80}[:?][ \t]*)"
                                r"([\"'“‘][^\n]{10,800}[\"'”’])[ \t]*$")


def _checked(m: Any) -> str:
    """The quote to check, emptied, if it is one quote (not "'...' Start your reply with '...'")."""
    return m.group(0) if _has(m.group(2)[1:-1], r"[\"'”’]\s+[A-Z]") else m.group(1) + '"…".'


# a long quoted passage of several sentences or lines ("Is the tone OK here?\n\n"Dear Ms Lee, please reply in no more
# than 3 sentences. ..."", 'Here's the prompt for my class: '...'') is material, unless named as the text to use
# ("begin with the line "...", "repeat it word for word: "..."")
_QUOTE_BLOCK = compile_linear(r"“[^”]{40,1000}”|(?:^|[\s:(])'[^']{40,600}?[.!?]'(?:$|[\s.,;:)?!])")
_QUOTE_USED = _re(r"\b(?:with|line|phrase|sentence|words?|verbatim|exactly|word for word|repeat\w*|restate|echo|copy|"
                  r"begin\w*|start\w*|end\w*|clos\w*|open\w*|sign\w*(?: off)?|tagline|slogan|motto|title[ds]?|"
                  r"say|saying|reads?|reading|following)[\s:,]*$")


def _quoted_material(text: str) -> list[tuple[int, int]]:
    """The spans (quote marks included) of long quoted passages of several sentences, not named as text to use."""
    def material(start: int, end: int) -> bool:  # the quote text[start:end], its marks included
        body = text[start + 1 : end - 1]
        outside = len((text[:start] + text[end:]).split())
        return (len(body) >= 40 and _has(body, r"[.!?][\"”']?\s+[A-Z\"“]|\n") and outside >= 3
                and not _QUOTE_USED.search(text[max(0, start - 40) : start].lower()))

    marks = [i for i, ch in enumerate(text) if ch == '"']
    spans = [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)] if len(marks) % 2 == 0 else []
    for m in _QUOTE_BLOCK.finditer(text):
        first = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\n:("))
        last = m.end() - len(m.group(0)) + len(m.group(0).rstrip(" \t\n.,;:)?!")) if m.group(0)[0] != "“" else m.end()
        spans.append((first, last))
    cut: list[tuple[int, int]] = []
    for start, end in sorted(sp for sp in spans if material(*sp)):
        if not cut or start >= cut[-1][1]:  # (a quote inside a cut one goes with it)
            cut.append((start, end))
    return cut


def _cut_quoted_material(text: str) -> str:
    for start, end in reversed(_quoted_material(text)):
        text = text[:start] + '"…"' + text[end:]
    return text


def _opened_material(text: str, governed: bool = False) -> str:
    """Quoted material whose rules the request says to follow, as the request's own sentences: 'Job ad: "... Send a
    cover note of no more than 100 words." Write my cover note. Follow the ad's instructions.'; with `governed`, also a
    short quote of rules said or given ("Mrs Kim's rule for book reports is 'no fewer than 4 paragraphs'")."""
    spans = _quoted_material(text)
    for m in _QUOTED.finditer(text):  # a short quote of rules after their label ("My editor's rules: 'no commas, ...'")
        before = text[max(0, m.start() - 60) : m.start()].lower()
        if len(m.group(0)) >= 14 and not any(a <= m.start() < b for a, b in spans) and (_has(
                before, r"\b(?:rules?|requirements|instructions|guidelines|brief|limits?|"
                        r"specs?)\b[^:\n\"'“‘]{0,40}:\s*$")
                or governed and _has(before, r"(?:\b(?:is|was|says?|said|wants?|asks? for|reads?)|:)\s*$")
                # a form's question with its limit ('"Question 4 (no more than 150 words): Why ...?" Stay within
                # their word limit')
                or _has(m.group(0).lower(), r"\((?:no more than|not more than|at most|max(?:imum)?|up to|under|"
                                            r"fewer than|less than)\s+\d[\d,]*\s+words\)")):
            spans.append((m.start(), m.end()))
    for start, end in sorted(spans, reverse=True):
        body = text[start + 1 : end - 1].strip()
        text = text[:start] + "\n" + body + ("" if body[-1:] in ".!?" else ".") + "\n" + text[end:]
    return text


# A labelled block that opens the text, when all that follows it only asks about it ("Forum rules pasted:\n1. ...\n3.
# Keep titles under 10 words\n\nThe moderator deleted my post for having 4 hashtags. Is that reasonable?"): even a
# brief's or a guide's rules are not the answer's. Only under a label that names a document or someone else's rules,
# never the request's own terms ("Rules:", "Context:", "My constraints for the answer:", "What I want:"), never a
# block that speaks to the answer ("keep it under 50 words"), and never before a question that asks for the text
# ("What would you write?").
_LABEL_LINE = _re(r"^[ \t]*([^\n:]{3,60}):[ \t]*\n")
_LABEL_QUOTED = _re(r"^[ \t]*([^\n:'\"“]{3,60}):[ \t]*[\"'“][^\n]{20,600}[\"'”][ \t]*(?:\n|$)")  # ("Policy: '...'")
_BARE_OWN = (r"^\W*(?:(?:my|the|our|your|some)\s+)?(?:requirements?|constraints?|instructions?|rules|format|specs?|"
             r"criteria|task|prompt|context|background|question|request|notes? to self|details|info|guidelines|brief)"
             r"\W*$")
_THEIR_LABEL = (r"\b(?:pasted|says|said|forwarded|sent)\b|^\W*(?:here(?:'s| is| are)|below (?:is|are)|pasting)\b|"
                r"\b(?:forum|club|community|group|site|server|subreddit|company|"
                r"school|office|department|council|agency|client|brand|[\w-]+'s)\s+(?:[\w-]+\s+)?(?:rules|policy|"
                r"guidelines|brief|style guide|rubric|handbook|notes|minutes)\b")
_FOR_THE_ANSWER = (r"\bfor (?:you|the (?:answer|reply|response|assistant)|your (?:answer|reply|response))\b|\bmy "
                   r"(?:constraints|requirements|rules|preferences|wishes|setup|notes for)\b|\bwhat i (?:want|need)\b")
# a question that asks for the text itself ("How should I phrase it?", "What would you write?", "Any ideas?")
_ASKS_FOR_TEXT = (r"\b(?:what would you (?:write|suggest|say|put)|how (?:should|would|do|could|can) i (?:phrase|word|"
                  r"write|say|start|open|answer|reply)|any ideas|ideas for|suggest|what should (?:i|it|we) (?:say|"
                  r"write|put)|(?:can|could|would|will) you|write|draft|how (?:do you think )?(?:it|this) should|"
                  r"where do i (?:even )?start|what'?s a good one|which wording|what wording|how would you)\b")
_TO_THE_ANSWER = r"\b(?:you|your|answer in|reply in|respond|keep it|make it|the answer|the response)\b"
# lines quoted as in a reply ("> Team, from next week all updates must be in bullet points, max 5 bullets"), under a
# lead that names someone's message (not "My prompt:", "Task for you:", "Answer this:")
_QUOTED_LINES = _re(r"(?m)(?:^[ \t]*>[^\n]*(?:\n|$))+")
_MESSAGE_LEAD = (r"\b(?:forwarded|wrote|writes|sent|said|says|replied|posted|emailed)(?:\s+(?:this|that|the following|"
                 r"(?:me|us)(?:\s+this)?))?\s*:\s*$|\b(?:email|message|text|note|voicemail|"
                 r"chat)\s+from\s+[^:\n]{1,30}:\s*$|"
                 r"\bfrom\s*:|^\W*(?:(?:the|his|her|their|this|that)\s+)?(?:email|message|thread|comment|review|"
                 r"voicemail|chat|reply)\s*:\s*$")
_SPEC_LABELS = frozenset({"length", "format", "tone", "style", "limit", "name", "important", "note", "tip",
                          "requirement", "requirements", "audience", "topic", "language", "words", "words max",
                          "title", "must", "tl;dr"})
_TASK_LEAD = (r"\b(?:prompt|task|question|format|instructions?|rules|what i need|the following|answer|reminder|to self|"
              r"assignment|exam|do this|for you|follow|so you|reply|respond|response)\b")
# material named before "---" lines ("Thread below.\n\n---\nFrom: ...\n---")
_MATERIAL_PLACED = r"\b" + _MATERIAL + r"\s+(?:below|above|follows)\b"
# a request to follow the rules in the material ("..., per her instructions", "following her request", "so you follow
# them")
_FOLLOW_HER = (r"\b(?:per|following|follow|according to|as per|respecting|obeying|within)\s+(?:her|his|their|its|these|"
               r"those|them)\b|\b(?:per|following|follow)\s+the\s+(?:request|instructions|rules|limits?|guidelines|"
               r"brief|ask)\b")
# a line of one's own terms inside ruled-off lines ("Requirements: under 120 words", "My notes for the reply:")
_OWN_LINE = (r"^\W*(?:[\w'-]+\s+){0,3}?(?:requirements?|format|task|wishes|notes for|instructions|"
             r"constraints?)\b[^:\n]{0,20}"
             r"(?::|\W*$)|\b(?:your (?:reply|answer|response)|reply in|answer in)\b")
# a title in capitals that names a document ("JOB DESCRIPTION\nRole: ..."), not a request ("HELP WITH MY ESSAY")
_DOCUMENT_TITLE = (r"^\W*(?:the\s+)?(?:[\w-]+\s+)?(?:job description|job ad|job advert|job posting|terms of service|"
                   r"privacy policy|meeting minutes|meeting notes|tenancy agreement|contract)\W*$")


def _asked_only(rest: str) -> bool:
    """`rest` asks a question and nothing of the answer: each of its sentences a question (`_asks`) or a statement
    that neither instructs nor bounds ("The moderator deleted my post for having 4 hashtags. Is that reasonable?")."""
    clauses = [c for c in _CLAUSE.findall(rest) if c.strip(" \t\n.!?")]
    return any(c.rstrip().endswith("?") for c in clauses) and not _has(rest.lower(), _ASKS_FOR_TEXT) and all(
        _asks(c) if c.rstrip().endswith("?") else not (_INSTRUCTS.search(c.lower()) or _has(c.lower(), _REQUEST_MARK))
        for c in clauses)


def _block_after(text: str, start: int) -> int:
    """Where the block of lines that begins at `start` ends: its first blank line after some text, or the end."""
    gap = _re(r"\S[^\n]*\n[ \t]*\n").search(text, start)
    return gap.start() + text[gap.start() :].index("\n") if gap else len(text)


def _asked_about_below(text: str) -> int | None:
    """Where the rest begins when `text` opens with labelled material that the rest only asks about (see
    `_LABEL_LINE`), else None."""
    label = _LABEL_LINE.search(text) or _LABEL_QUOTED.search(text)
    if not label:
        return None
    name = label.group(1).lower()
    ends = _block_after(text, label.end()) if label.re is _LABEL_LINE else label.end()
    material = _has(name, r"\b" + _MATERIAL + r"\b") or _has(name, _ASKED_MATERIAL) or _has(name, _THEIR_LABEL)
    own = _has(name, r"^\W*[\w' -]{0,30}\b(?:to|for)\s+(?:my|the|a|an|our)\b") and not _has(name, _THEIR_LABEL) or _has(
        name, _BARE_OWN) or _INSTRUCTS.search(name) or _has(name, r"\d\s*(?:words?|sentences?|paragraphs?|"
                                                                      r"bullets?)\b|\bmax\b") or _WORK_ON.search(
        label.group(0)) or _has(name, _FOR_THE_ANSWER) or _has(name, _OWN) and not _has(name, _THEIR_LABEL)
    bots = _has(name, r"\b(?:for|of)\s+(?:our|my|the|a|an)\s+(?:[\w-]+\s+)?(?:bot|chatbot|assistant|model|agent|gpt)\b|"
                     r"\bprompt (?:i|we) (?:wrote|made|use)\b")  # (a bot's prompt pasted: its rules are the bot's)
    if not material or own or _has(text[label.end() : ends].lower(), _TO_THE_ANSWER) and not bots:
        return None
    return ends if _asked_only(text[ends:]) else None


# an aside about the material in the line that introduces it ("This is my essay intro (the limit on the whole essay is
# 2,000 words):\n"), dropped where the request states its own bound of the same unit
_LEAD_ASIDE = _re(r"(?m)^((?:here'?s|here is|this is|below is|attached is|my|our|the|his|her|their)\b[^\n()]{0,80}\b" +
                  _MATERIAL + r"\b[^\n()]{0,40}?)\s*\(([^()\n]{3,160})\)\s*:[ \t]*\n")


def _lead_aside(m: Any) -> str:
    units = {u.rstrip("s") for u in _re(r"\d[\d,]*\s*(?:-\s*\d[\d,]*\s*)?(words?|sentences?|paragraphs?)\b").findall(
        m.group(2))}
    rest = _QUOTED.sub('""', m.string[m.end() :])
    own = {u.rstrip("s") for u in _re(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(words?|"
                                      r"sentences?|paragraphs?)\b").findall(rest)}
    return m.group(1) + ":\n" if units and units <= own else m.group(0)


def _cut_material(text: str, keep: bool = False) -> str:
    """`text` without the pasted material its request asks about or works on (see `_PASTING`); with `keep` (the
    request asks for the text someone's rules govern), only what always went."""
    follows = keep or any(_has(text.lower(), cue) for cue in (_FOLLOWS, _FOLLOW_THEIRS, _FOLLOW_HER))
    if not keep:
        text = _LEAD_ASIDE.sub(_lead_aside, text)
    if not (_has(text.lower(), _FOLLOWS) or _has(text.lower(), _FOLLOW_THEIRS)):  # ("..., following every rule")
        text = _cut_quoted_material(text)
    if not keep and (rest := _asked_about_below(text)) is not None:
        return text[rest:]  # (the label describes the material too)
    quoted = [m for m in _QUOTED_LINES.finditer(text) if m.group(0).strip(" \t\n>")]
    lead = text[: quoted[0].start()].lower() if quoted else ""
    speakers = {m.group(1).lower() for m in _re(r"(?m)^[ \t]*>[ \t]*([A-Z][\w.'’-]{1,20}(?:[ \t][A-Z][\w.'’-]{1,20})?)"
                                                r"[ \t]*:").finditer(quoted[0].group(0))} if quoted else set()
    chat = len(speakers - _SPEC_LABELS) >= 2  # a chat log ("> Ravi: can someone ...\n> Jo: I can't"), not "> Length:"
    if quoted and not follows and (_has(lead, _MESSAGE_LEAD) or chat) and not _has(lead, _TASK_LEAD) and not _has(
            lead, r"^\W*(?:please\s+)?(?:write|draft|compose|create|make|give|plan)\b") and _has(
            _QUOTED_LINES.sub("", text), r"\pL"):
        labelled = not lead.strip().count("\n") and lead.rstrip().endswith(":")  # ("Thread from our group chat:")
        for m in reversed(quoted):
            text = text[: m.start()] + text[m.end() :]
        if labelled:
            text = text[quoted[0].start() :].lstrip("\n")
    low = text.lower()
    spans: list[tuple[int, int]] = []
    title = _re(r"^[ \t]*([^\n]{3,60})\n").match(text)  # a title in capitals ("JOB DESCRIPTION\nRole: ...")
    if not keep and title and title.group(1).isupper() and _has(title.group(1), _DOCUMENT_TITLE) and not _block_own(
            text, title.end(), first=True) and not _has(
            text[title.end() : _block_after(text, title.end())].lower(), r"\b(?:i|i'd|i'm|we|me|my|please|write|need|"
                                                                           r"turn|make|keep|under \d|max \d)\b"):
        spans.append((title.end(), len(text)))
    rulers = list(_RULER.finditer(text))
    ruled = len(rulers) >= 2 and any(_has(low[: rulers[0].start()], p) for p in (_NAMES_MATERIAL, _MATERIAL_PLACED)) \
        and not _has(low[: rulers[0].start()], _OWN) and not _block_own(text, rulers[0].end() + 1, first=True)
    if ruled:
        spans.append((rulers[0].end(), rulers[1].start()))
    for pattern in (_PASTING, _ASKED_ABOUT, _WORK_ON, _LABELLED_BLOCK, _LABELLED_DOCUMENT, _PLACED_AFTER,
                    _PLACED_BELOW):
        lead = pattern.search(text)
        # (a labelled block below the request only where the request names its material: "Turn these notes into
        # action items.\n\nNotes (from Tues):", not "Write a toast.\n\nNotes:\n- at least 6 sentences")
        if lead and pattern in (_LABELLED_BLOCK, _LABELLED_DOCUMENT) and lead.start() > 0 and not _has(
                low[: lead.start()], _NAMES_MATERIAL + r"|\b(?:this|the|that)\s+error\b"):
            continue
        if lead and pattern in (_PLACED_AFTER, _PLACED_BELOW) and (
                keep or ruled or _placed_own(text, lead) or _block_own(text, lead.end())):
            continue
        if lead and (pattern is _WORK_ON or not _has(low[lead.start() : lead.end()], _OWN)):  # ("Summarise these
            # contest rules:" works on them)
            spans.append((lead.end(), len(text)))
    if not spans:
        return text
    start, stop = min(spans)
    between = ruled and (start, stop) == (rulers[0].end(), rulers[1].start())  # (blank lines and all)
    end, offset = stop, start
    for line in text[start:stop].split("\n"):  # to a blank line after some material, or a line that instructs
        if between and _has(line.lower(), _OWN_LINE) or not between and (
                not line.strip() and text[start:offset].strip() or _INSTRUCTS.search(line.lower()) and not _has(
                line, _RETRO_LINE)):
            end = offset
            break
        offset += len(line) + 1
    if follows or any(_has(part, cue) for part in (low[:start], low[end:]) for cue in (_FOLLOWS, _FOLLOW_THEIRS)):
        return text
    return text[:start] + text[min(end, len(text)) :]


# a block that opens with the user's own terms ("All lowercase, three paragraphs", "one hundred words max")
_OWN_OPENING = (r"^\W*(?:all|no|one|two|three|four|five|six|seven|eight|nine|ten|lowercase|uppercase|mention|use|"
                r"include|"
                r"for (?:my|our)|in (?:a|an|one|two|three|\d)|under|max|maximum|at least|at most|exactly)\b|"
                r"^\W*\d[\d,]*\s")


# a retro's line, a field of notes rather than an instruction ("Start: pairing on reviews")
_RETRO_LINE = r"^[ \t]*(?:start|stop|continue|keep)[ \t]*:"


def _block_own(text: str, start: int, first: bool = False) -> bool:
    """A line of the block from `start` (to its blank line; with `first`, its first line) opens with the user's own
    terms ("3 sentences, polite", "Under 600 words, ...", "all lowercase")."""
    lines = [line for line in text[start : _block_after(text, start)].split("\n") if line.strip()]
    lines = lines[:1] if first else lines
    return any(_INSTRUCTS.search(line.lower()) and not _has(line, _RETRO_LINE) or _has(line.lower(), _OWN_OPENING)
               for line in lines)


def _placed_own(text: str, lead: Any) -> bool:
    """The block after a first line that names material is the user's own terms ("Rewrite the text below.\n\nMax 100
    words, keep the jokes."; the caller asks `_block_own` too), or the material named is one asked for ("Here is my
    request for a cover letter.")."""
    first = next((line for line in text[lead.end() :].split("\n") if line.strip()), "").lower()
    return bool(_INSTRUCTS.search(first) or _has(first, r"^\W*(?:max(?:imum)?|at most|"
                                                                                     r"no more than|under|at least|"
                                                         r"exactly|in exactly|about|around|must|should|needs? to|"
                                                         r"has to|"
                                                         r"make it|please)\b|\d[\d,]*\s*(?:words?|sentences?|"
                                                         r"paragraphs?|bullets?)\b") or _has(
        lead.group(0).lower(), r"\b(?:request|idea|ideas|topic|question|task|info|information|details|notes)\s+(?:for|"
                               r"about|on)\b"))


# Symbols some writers use for words: "(≤ 60 words)", "Max length → 50 words", checklist lines "✔ no commas". A
# bound only in a parenthesis of its own or as a line's item ("≥ 1000 words" in a contest's rules, "≤ 280
# characters" in a filter are not asked of the answer)
_STANZAS = _re(r"\b(stanzas?)(?:\s*\(\s*(?:as\s+)?separate paragraphs\s*\)|,?\s+separated by (?:a\s+|an?\s+)?"
               r"(?:blank|empty)\s+lines?)")
_BARE_HUNDRED = _re(r"\bhundred\s+(?:and\s+)?(" + _BELOW_100 + r")\b")
_COUNTED_HUNDRED = r"\b(?:a|" + "|".join(_UNITS[:9]) + r")\s+$"  # "two hundred fifty" says its hundreds
_SYMBOL_BOUND = _re(r"(?m)(\(|^[ \t]*(?:[-*•✔✓☑✅☐□][ \t]*)?|[.!?][ \t]+|\b(?:in|use|using|with|write|keep(?:[ \t]+"
                    r"(?:it|"
                    r"(?:the |your )?(?:answer|reply|response)))?)[ \t]+)[ \t]*"
                    r"(<=|>=|[≤⩽≥⩾<>])[ \t]*"
                    r"(\d{1,5}[ \t]+(?:words?|sentences?|paragraphs?|bullets?|bullet points)(?:[ \t]+total)?"
                    r"[ \t]*(?:\)|\.|,|:|\band\b|$))")
_SYMBOL_WORDS = {"≤": "at most", "⩽": "at most", "≥": "at least", "⩾": "at least", "<=": "at most", ">=": "at least",
                 "<": "under", ">": "over"}
# "Abstract ≤ 250 words.": a cap after the answer's name at a sentence's start (not "Reviews ≥ 200 words are flagged",
# "two paragraphs ≤ 50 words each", "Requirements for the contest: ≥ 1000 words")
_SYMBOL_UNIT = _re(r"(?m)((?:^|[.!?][ \t]+)[ \t]*(?:the[ \t]+|your[ \t]+)?(?:abstract|summary|answer|response|reply|"
                   r"essay|bio|post|description|intro|overview|email|letter|length)[ \t]*)([≤⩽])[ \t]*(\d[\d,]*[ \t]*"
                   r"(?:words?|sentences?|paragraphs?)\W*$)")
_ARROW = compile_linear(r"[ \t]*[→⇒][ \t]*")
_CHECKLIST = compile_linear(r"(?m)^([ \t]*)[✔✓☑✅☐□][ \t]*")
# An opener that only asks for attention ("Heads up: keep it under 50 words"): the instruction is what follows.
_ATTENTION = _re(r"(?m)(^|[.!?][\"”')]?[ \t]+)[ \t]*(?:heads[- ]up|one (?:more )?thing|quick note|fyi|important|"
                 r"reminder|rule of thumb)[ \t]*(?::|—|–| - )[ \t]*")
# a question about the marks themselves ("what did a row of asterisks like ****** mean?"), not one that asks for them
_WHAT_WAS = r"\b(?:what|why)\b[^?]*\b(?:mean|means|meant|called|stand for|stands for|used for)\b"
# a count of the answer's first or last units is a part of it ("The first two sentences must be exactly '...'", "the
# final two sentences should be: ...", "the first three paragraphs are short"), not how many it has
# (but "just the first 3 sentences": the answer is those)
_PART_COUNT = _re(r"\b((?:just|only)\s+(?:the\s+)?)?((?:first|last|final|opening|closing)\s+)" + _NUM +
                  r"(\s+)(sentences|paragraphs|lines|bullets|bullet points)\b")
_SEPARATOR_THEN = compile_linear(r"(\*{3,12}|-{3,12}|={3,12}|~{3,12})([ \t]+)([A-Z])")
_DEFAULT_ONE = frozenset({"placeholders", "highlight", "hashtags"})  # read as 1 when no count is stated
_CORRECTION = r"\b(no wait|wait,? no|actually|scratch that|on second thought|change (?:it|that) to)\b|\bnot \d+\b"
_REPEATABLE = frozenset({"keyword_frequency", "letter_frequency", "keyword_include", "keyword_avoid",
                         "paragraph_first_word", "postscript"})  # kinds stated more than once, each with its own word


# A request taken back: "Include a placeholder— actually never mind that, just ..." (the sentence up to the cue, or
# the sentence before a cue that opens its own, is not read; "scratch that" is a correction, `_CORRECTION`);
# "actually forget the no-digits thing" (that kind is dropped)
_NEVER_MIND = compile_linear(r"(?i)(?:[^.!?\n]*[.!?]\s+(?:(?:actually|oh|wait|hmm)\W+)?(?:never ?mind|forget|ignore|"
                             r"scratch)\s+(?:about\s+)?that(?:[,.;:!—–-]+|\s*$))|"
                             r"[^.!?\n]*?(?:[—–,;-]|\b(?:actually|oh|wait|hmm|no)\W)\s*(?:never ?mind|forget|ignore)\s+"
                             r"(?:about\s+)?that(?:[,.;:!—–-]+|\s*$)")
_DROPPED = _re(r"(?:^|[.!?,;—–]\s*|\b(?:actually|oh|wait|hmm|and|please|just|you can|let'?s)\W+)(?:forget|never ?mind|"
               r"ignore|drop|skip|scrap)\s+"
               r"(?:about\s+)?the\s+([a-z][\w .-]{1,30}?)\s+(?:thing|part|bit|request|rule|instruction|idea)\b")


def _taken_back(m: Any) -> str:
    """A request taken back is not read; a quoted phrase, a reminder or a condition is no taking back ('ends with
    "never mind that."', "and if there's a typo, ignore that")."""
    span = m.group(0)
    phrase = _re(r"(?:never ?mind|forget|ignore)\s+(?:about\s+)?that").search(span)
    quoted = phrase is not None and _has(span[max(0, phrase.start() - 3) : phrase.end() + 3], r"[\"“”]")
    return span if quoted or _has(span, r"\bif\b|\bwhen\b|\bsay\b") else ""


def _dropped_kinds(text: str) -> tuple[list[str], str]:
    """The kinds a request takes back by name ("forget the no-digits thing", "never mind the title part"), and the text
    without those phrases (their mention of the kind is no instruction). Not taken back: "Actually no, keep it
    Spanish", "the title part of the report", "forget the lowercase thing I asked for yesterday, that was for the
    other project"."""
    names = [_re(r"[\s.-]+").sub(" ", m.group(1).lower()).rstrip("s") for m in _DROPPED.finditer(text)
             if not _has(text[m.end() :], r"\b(?:actually|wait),?\s+no\b|\bon second thought,?\s+keep\b|\bkeep it "
                                          r"after all\b|^\s+(?:of|in|at the end of)\s+(?:the\s+)?(?:report|log|"
                                          r"document|file|input|text|email|article|attachment)\b|"
                                          r"^[^.]{0,60}\b(?:for (?:the other|"
                                          r"another|a different)|(?:was|were)\s+(?:for\s+)?(?:a|the)\s+(?:different|"
                                          r"other)\s+\w+)\b|^[^.]{0,60}\bhere i want it\b")]
    return names, _DROPPED.sub(lambda m: m.group(0)[:1] if m.group(0)[:1] in ".!?,;—–" else " ", text)


def _untrusted(text: str) -> str:
    """A message as the readers take it: its first MAX_REQUEST_CHARS, no NUL (it marks our own placeholders for
    quoted text, `_clauses`), lone surrogates as U+FFFD (RE2 takes UTF-8)."""
    text = text[:MAX_REQUEST_CHARS].replace("\x00", " ")
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


# a request's opening (an imperative, or a ban)
_REQUEST_OPENS = (r"^\W*(?:please\s+)?(?:make|write|use|don'?t|do not|never|keep|avoid|give|start|end|include|add|"
                  r"put|no|answer|reply|respond|draft|rewrite|polish|summari[sz]e|explain|list|limit|tell me (?:about|"
                  r"a|an|"
                  r"the|some|one|two|three|\d+))\b")
# the previous answer told of, opening a clause
_PREVIOUS_ANSWER = _re(r"^\W*(?:(?:last time|earlier|before|previously|yesterday|i know|you know)\W+)?(?:you|your "
                       r"(?:(?:last|previous|first|earlier|old)\s+)?(?:answer|reply|response|version|draft|attempt|one|"
                       r"email|caption|post|list|essay|summary|ad|story)|the (?:last|previous|earlier|first|old) "
                       r"[\w-]+|last (?:one|time|round|version))(?:\s+(?:that\s+)?you\s+(?:gave|wrote|sent)"
                       r"(?:\s+(?:me|us))?)?"
                       r"\s+(?:(?:only|just|also|still|even|never|always|"
                       r"already|really|literally|again)\s+){0,2}(?:gave|wrote|answered|used|made|put|had|was|were|"
                       r"replied|told|said|suggested|"
                       r"sent|forgot|did|came out|ended|started|went|ran|included|added|skipped)\b")
# what makes the words after a told previous answer a request ("..., under 100 words please", "..., 3 max", "..., also
# keep it under 80 words"), not the rest of its list ("...: 6 paragraphs and 500 words", "..., all in Spanish")
_REQUEST_MARK = (r"\b(?:please|pls|max|maximum|at most|no more than|under|over|at least|fewer than|less than|more than|"
                 r"this time|instead|would be better|keep|make|write|give|use|try|go|redo|rewrite|tell|pick|add|answer|"
                 r"reply|cut|shorten|expand|put|stick|limit|stay|needs? to|should|must|has to|don'?t|never|no more|"
                 r"needs?|want|wants|would be|one more)\b")
_KEPT_AS_BEFORE = (r"\bkeep (?:it|that|them)(?:\s*[.,;!]|\s*$|\s+(?:the same|as (?:it is|is|before)|that way|"
                   r"exactly|at)\b)|\b(?:the same|same as|again|as before|like before|like last time|(?:add|include|"
                   r"put) (?:one|it|them))\b")  # ("keep it, ..."; not "Keep it to 2 paragraphs this time": a new limit)
# a spoken self-correction between two numbers or two languages ("max fifty words wait make it forty", "two
# paragraphs no three paragraphs", "in portuguese no wait spanish")
_SELF_CORRECTION = _re(r"\s*,?\s*(?:(?:no|wait|actually|sorry|i mean|or rather|scratch that|make (?:it|that)|um|uh|hmm|"
                       r"(?:edit|update|correction)\s*[:,]|(?:edit|update)\s+make (?:it|that)|"
                       r"on second thought)\s*[,:]?\s*)+"
                       r"(?:(?:exactly|at least|at most|max|maybe|only|just)\s+)?")
# what may follow a correction's new value across a sentence: nothing, a reason, a verdict on it, the bound it takes,
# or a clause of its own ("Actually make it 2, she's 16", "Actually 3 is enough", "3 sentences max", "..., and use
# simple words", "5 bullet points, not 10"); not a statement with the number ("Actually, 30 is my age")
_CORRECTION_ENDS = (r"^\s*(?:$|[.!;]|[.!,]?\s*(?:please|pls|thanks|instead|then)\b|,\s+(?:she|he|they|my|our|it|i|we|"
                    r"the|that|this|since|because|as|so|not)\b|,?\s+(?:and|but)\s+(?:\d+|one|two|three|use|make|keep|"
                    r"start|end|begin|"
                    r"include|add|write|put|avoid|don'?t|do|mention|please|no|not)\b|\s+(?:max(?:imum)?|min(?:imum)?|"
                    r"or fewer|or less|or more|tops|at most|at least)\b|\s+(?:is|are|would be|'d be|should|will|"
                    r"would)\s+"
                    r"(?:\w+\s+)?(?:enough|fine|plenty|better|best|ok|okay|good|do|work|read better|suffice)\b)")
_SPOKEN_NUMBER = _re(_NUM + r"((?:\s+[a-z-]+){0,2}?)\s*[,.!]?\s*$")  # (a correction may follow the count's sentence)
_LANGUAGE_NAME = r"(?:" + "|".join(LANGUAGES) + r")"
# the units a spoken correction may change ("two paragraphs no three paragraphs")
_SPOKEN_UNITS = (r"^(?:words?|sentences?|paragraphs?|bullets?|bullet points?|items?|things|times|tips|ideas|points|"
                 r"questions|hashtags?|lines|steps|sections?)$")


def _self_corrected(text: str) -> str:
    """The text with each spoken self-correction resolved to its last value (the first value's unit kept): a strong
    cue ("wait", "actually", "sorry", "I mean", "scratch that", "no, make it"), or a bare "no" between the same unit
    ("two paragraphs no three paragraphs"); not "10 sentences, no two starting with the same word", "5 paragraphs and
    make it at least 800 words", "Answer in Spanish, no French words"."""
    for c in reversed(list(_SELF_CORRECTION.finditer(text))):
        words = [w.strip(",") for w in c.group(0).lower().split()]
        strong = any(w.strip(":") in ("wait", "actually", "sorry", "rather", "scratch", "edit", "update", "correction",
                                       "second") for w in words) or "mean" in words or (
            "make" in words and ("no" in words or "that" in words))
        if not words or (words[-1] in ("exactly", "least", "most", "max", "maybe", "only", "just") and not strong):
            continue
        pre, post = text[: c.start()], text[c.end() :]
        old, new = _SPOKEN_NUMBER.search(pre), _re(r"^" + _NUM).search(post)
        said = _re(r"^(under|over|at most|at least|fewer than|less than|more than|no more than)\s+" + _NUM).search(post)
        if old and new is None and said and pre[: old.start(1)].lower().rstrip().endswith(said.group(1).lower()):
            post = post[len(said.group(1)) :].lstrip()  # "under 100 words. actually no, make it under 60": 60
            new = _re(r"^" + _NUM).search(post)
        unit = old.group(2).strip().lower() if old else ""
        rest = post[new.end() :] if new else ""
        same_unit = bool(unit) and [w.strip(".,;:!?") for w in rest.lower().split()[:1]] == unit.split()[:1]
        # (the new value ends the phrase: "under 100 words, no, 80.", "actually 4 is fine", "wait, 8 would be better")
        ends = _has(rest, r"^\s*(?:$|[.,;!?]|(?:please|pls|um|uh|ok|okay|lol|would|is|sounds|works|will do|"
                          r"should do)\b)") and not _has(rest, r"^\s*(?:is|are|would be|seems?)\s+(?:too|way too|not|"
                                                              r"a lot)\b")  # ("No wait, 4 is too many")
        next_word = rest.strip(" ,").split(" ", 1)[0].lower().strip(".,;!?")
        other_unit = strong and not same_unit and _has(next_word, _SPOKEN_UNITS)
        # (a bare "no" between the same unit only where the phrase ends: not "5 paragraphs, no 2 paragraphs starting
        # with the same word")
        after_unit = rest[len(rest) - len(rest.lstrip()) + len(unit) :] if same_unit else rest
        settled = strong or _has(after_unit, r"^\W*(?:$|[.,;!?]|(?:please|pls|um|uh|ok|okay|lol|about|on|for)\b)")
        if _has(pre, r"[.!]\s*$|[.!]\s+[^.!?]{0,30}$") and not _has(after_unit if same_unit else rest,
                                                                   _CORRECTION_ENDS):
            continue  # across a sentence only a bare new value ("3 paragraphs. Edit: make that 2 paragraphs."), not
        tail = after_unit if same_unit else rest
        if _has(pre, r"[.!]\s*$|[.!]\s+[^.!?]{0,30}$") and _has(tail, r"^[^.!]*(?:\b\d+\s+(?:for|is|are|would)\b|"
                     r"\?\s*or\b)") and not _has(
                tail, r"^\s*,\s+(?:she|he|they|my|our|it|i|we|the|that|this|since|because|as|so|not)\b"):
            continue  # (nor one that asks again or names another number: "Actually 3 is fine? Or 4?", "3 for the kids
            # and 5 for the adults")
            # a statement with another number ("Actually, 30 is my age", "Update: 2 paragraphs are pasted below")
        if old and new and _number(old.group(1)) != _number(new.group(1)) and not _has(rest, r"^\s+" + _NUM) and (
                not unit or _has(unit, _SPOKEN_UNITS)) and ((same_unit and settled) or ends or other_unit):
            # ("5 sentences, actually 3 paragraphs": the new value's own unit replaces the old)
            text = pre[: old.start(1)] + new.group(0) + ("" if same_unit or other_unit else old.group(2)) + rest
            continue
        lang_old = _re(r"\b" + _LANGUAGE_NAME + r"\s*$").search(pre)
        lang_new = _re(r"^(?:in\s+)?" + _LANGUAGE_NAME + r"\b").search(post)
        if lang_old and lang_new and (strong or _has(post[lang_new.end() :], r"^\s*(?:$|[.,;!?]|please\b)")):
            text = pre[: lang_old.start()] + post
    return text


_WRITE_VERB = r"\b(?:write|draft|give me|compose|create)\b"
# what limits a text by what it allows (not "a story where the king only allows 3 words a day")
_LIMITER = (r"\b(?:form|app|box|field|site|website|platform|system|page|profile|bio|template|slot|section|portal|"
            r"prompt|"
            r"question|it|they|which|that)\b[^.]{0,15}$")


def _sentence_at(text: str, at: int) -> str:
    """The sentence of `text` around position `at` (to the nearest ".", "!", "?" or newline on either side)."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?\n") if i >= 0]
    return text[start : min(ends) if ends else len(text)]


_ALLOWS = _re(r"\b(?:only\s+(?:lets\s+(?:you|me|us)\s+(?:write|use|have|type)|allows?(?:\s+you)?(?:\s+to\s+"
              r"(?:write|use))?|"
              r"(?:has|have)\s+(?:room|space)\s+for)|(?:has|have)\s+(?:room|space)\s+for\s+(?:only|just)|allows?\s+up\s+"
              r"to)\s+((?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:words?|"
              r"sentences?|paragraphs?|lines?|bullets?|bullet points)\b)")
# a word or a name given after a label or as an appositive, quoted for the keyword readers
_PROMPT_WORD = compile_linear(r"\b([Ii]nclude|[Uu]se|[Mm]ention)\s+the\s+(?:prompt|key|target|magic|secret|bonus)\s+"
                              r"word"
                              r"\s*:\s*([A-Za-z][\w-]*)")
_APPOSITIVE_NAME = compile_linear(r"(?m)\b([Mm]ention|[Nn]ame|[Ii]nclude)\s+(?:the|our|my|their)\s+(?:sponsor|client|"
                                  r"company|brand|author|photographer|partner|venue|school|charity)\s*,\s*"
                                  r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(\s*(?:[.;!]|,|$))")


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else (
        word[:-1] if word.endswith("s") and not word.endswith("ss") else word)


def _bans_said(text: str, sentences: list[str], told: set[int], heads: set[str]) -> str:
    """`text` with someone's bans in the governing sentences `told` (of `sentences`) said as the answer's ("The house
    style bans commas in headlines" -> "... no commas in headlines"), where they are for a text asked (the noun they
    name is one of `heads`: a headline, not "the article"; "commas in the title" of a proposal is a part's) or name
    none."""

    def said(m: Any) -> str:
        scope = _re(r"^\s+in\s+(?:all\s+|any\s+|their\s+)?([a-z]{3,})\b").search(m.string[m.end() :]) or _re(
            r"\b([a-z]{3,})\s+(?:with|containing|that)\b").search(m.group(0))
        named = scope and scope.group(1).lower() not in ("them", "it", "there", "any", "all")  # (not "... in them")
        return f"no {m.group(1)}" if not named or _singular(scope.group(1).lower()) in heads else m.group(0)

    for i in told:
        if i < len(sentences) and (ban := _THEIR_BAN.sub(said, sentences[i])) != sentences[i]:
            text = text.replace(sentences[i], ban, 1)
    return text


# kinds that answer the same question: the user's own reading of one keeps someone's rules of it out
_FAMILY = {**dict.fromkeys(("words_min", "words_max"), "words"),
           **dict.fromkeys(("sentences_min", "sentences_max", "sentences_exact"), "sentences"),
           **dict.fromkeys(("paragraphs_min", "paragraphs_max", "paragraphs_exact"), "paragraphs"),
           **dict.fromkeys(("bullets_min", "bullets_max", "bullet_list"), "bullets"),
           **dict.fromkeys(("lowercase", "uppercase", "capital_words", "capital_words_max"), "case")}
# several texts asked for at once ("5 headlines", "some catchy taglines"), and the kinds whose cap or exact count
# each of them keeps alone (unlike a floor, its case, its language or its banned words)
_SEVERAL_TEXTS = (r"\bfor\s+(?:each|every)\b|\beach\s+of\b|"  # "a headline for each of these 3 stories"
                  r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a few|some|several|multiple|"
                  r"a couple(?: of)?|a bunch of|a handful of)\s+(?:[\w-]+\s+)?[\w-]+s\b")
_CAPPED_PER_TEXT = frozenset({"words_max", "sentences_max", "sentences_exact", "paragraphs_max", "paragraphs_exact",
                              "bullets_max", "bullet_list", "numbered_list", "sections", "capital_words_max"})
_UNIT_SAID = _re(r"(?:\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)[\s-]+(words?|"
                 r"sentences?|"
                 r"paragraphs?|bullets?|bullet points?)\b|\b(lower-?\s?case|upper-?\s?case|all caps|capitals?|"
                 r"capital letters)\b")


# prose asked after a whole-answer code block, in another clause or sentence
_PROSE_AFTER = (r"\b(?:then|and|also)\s+(?:add|write|explain|list|include|suggest|give|"
                r"provide)\b[^.]{0,60}\b(?:below|after|underneath|"
                r"changes|changed|note|notes)\b")
# a word banned in the user's own words, quoted or not ("but avoid the word sustainable")
_BANNED_HERE = _re(r"\b(?:avoid|without|never|not|no|don'?t)\s+(?:use\s+|using\s+|say\s+)?(?:the\s+)?(?:word\s+)?"
                   r"[\"'“‘]?([\w-]+)")
_SAID_OTHERWISE = (("paragraphs", r"\b(?:one|a|in a|in one)\s+(?:long|single|short)\s+paragraph\b"),
                   ("bullets", r"\b(?:as|in)\s+prose\b|\bno (?:bullets|bullet points)\b"),
                   ("case", r"\b(?:title|sentence|normal|proper) case\b|\bnormal capitals\b|"
                            r"\bproper capitali[sz]ation\b|"
                            r"\bcapitali[sz]ed normally\b|\bnormal capitali[sz]ation\b"),
                   ("words", r"\bmake it (?:really |very |nice and )?long\b|\bnice and long\b|\b\d+-page\b|"
                             r"\b\d+ pages\b|"
                             r"\blong and detailed\b"))


_INCHES = _re(r"\b(\d{1,3})\"(\s*(?:wide|long|tall|high|deep|thick|screen|monitor|tv|model|square|x|by|across|"
              r"diagonal)\b|-)")
_INCH_PAIR = _re(r"\b(\d{1,3})\"(\s*(?:x|by)\s*)(\d{1,3})\"")  # '8" x 10"'


def _inches(text: str) -> str:
    """Inch marks after a number ('27" wide', '8" x 10"') written as "-inch", so they open no quote: only a mark outside
    any quote (an even number of double quotes before it), not the closing mark of '"Aisle 7" tall' or '"Catch 22"
    by'."""
    for pattern, inch in ((_INCH_PAIR, lambda m: f"{m.group(1)}-inch{m.group(2)}{m.group(3)}-inch"),
                          (_INCHES, lambda m: f"{m.group(1)}-inch{m.group(2)}")):
        out, last, marks = [], 0, 0
        for m in pattern.finditer(text):
            marks += text.count('"', last, m.start())
            out.append(text[last : m.start()] + (inch(m) if marks % 2 == 0 else m.group(0)))
            marks += 0 if marks % 2 == 0 else m.group(0).count('"')
            last = m.end()
        text = "".join(out) + text[last:]
    return text


@lru_cache(maxsize=256)
def parse_instructions(text: str) -> tuple[Found, ...]:
    """The verifiable instructions stated in `text` (see the module docstring), without duplicates, in order. Someone
    else's rules count where the request asks for the text they govern (`_governing`), except where the user's own
    words say the same kind of thing ("The guidelines say captions must be under 10 words. Write a caption of around
    30 words.")."""
    text = _inches(_untrusted(text))  # 'My monitor is 27" wide': a size, no quote's opening mark
    own = _parse_instructions(text)
    if any(f.kind == "code_block" for f in own) and _has(text.lower(), _PROSE_AFTER):
        own = tuple(f for f in own if f.kind != "code_block")  # ("..., then add a note explaining your changes")
    told = _governing(text)
    if told is None:
        return own
    sentences = _sentences(text)
    asks = [_asked_text(x.lower()) for x in sentences]
    spoken = " ".join(x for i, x in enumerate(sentences) if i not in told).lower()  # the user's own
    user = _QUOTED.sub('""', spoken)
    # the kinds the user's own words speak of ("Write a caption of around 30 words": words), and the words they include,
    # ban or name beside a ban ("Posts must include 'x'. Write one, but avoid the word x."): the rules on them stay out
    said = {_FAMILY.get(f.kind, f.kind) for f in own} | {family for family, pattern in _SAID_OTHERWISE if _has(
        user, pattern)}
    for m in _UNIT_SAID.finditer(user):
        unit = m.group(1).rstrip("s").split()[0] if m.group(1) else "case"
        said.add({"word": "words", "sentence": "sentences", "paragraph": "paragraphs", "bullet": "bullets"}[unit]
                 if unit != "case" else unit)
    words = {w for f in own for w in [*f.args.get("words", ()), f.args.get("word", "")] if w} | {
        m.group(1) for m in _BANNED_HERE.finditer(spoken)}
    # "Give me 5 headlines": each headline's cap is no cap of the whole answer (its floor is one)
    several = any(asked and _has(asked[1], _SEVERAL_TEXTS) and asked[2] not in {
        "bullets", "points", "items", "steps", "lines", "sentences", "paragraphs", "words"} for i, asked in enumerate(
        asks) if i not in told)
    heads = {_singular(asked[2]) for asked in asks if asked and asked[2]}
    governed = _parse_instructions(_bans_said(text, sentences, told, heads), governed=True)
    theirs = [f for f in governed if f not in own and _FAMILY.get(f.kind, f.kind) not in said and not words & {
        *f.args.get("words", ()), f.args.get("word", "")} and not (several and f.kind in _CAPPED_PER_TEXT)]
    return (*own, *theirs)[:MAX_INSTRUCTIONS]


# a limit named as the subject of a question the answer asks or answers ("a message asking if the 800-word minimum
# includes the bibliography", "why the 50-word limit exists"), not a limit on it
_LIMIT_ASKED_ABOUT = _re(r"(\b(?:if|whether|why|about)\s+[^,;.!?\n]{0,60}?\bthe\s+)\d[\d,]*[- ](?:word|sentence|page|"
                         r"paragraph|character|line)\s+(minimum|limit|maximum|max|min|cap|requirement|count|rule)\b")


# the options of a question asked back by reference ("guitar or piano? reply with just one of the two words")
_ONE_OF_THE_TWO = _re(r"\b((?:reply|answer|respond)\s+(?:with\s+)?(?:just\s+|only\s+)?)(?:one of (?:the|those|these) "
                      r"two|either of (?:the|those|these) two)(?:\s+(?:words|options|choices|answers))?\b")


def _two_named(m: Any) -> str:
    """The reference replaced by the two options of the last "X or Y?" before it, quoted; else unchanged."""
    asked = list(_re(r"\b([\w-]+)\s+or\s+([\w-]+)\s*\?").finditer(m.string[: m.start()]))
    if not asked:
        return m.group(0)
    return f"{m.group(1)}'{asked[-1].group(1)}' or '{asked[-1].group(2)}'"


# what is removed or ignored past a bound ("automod removes posts under 80 words", "messages over 200 words won't be
# read"): the bound the text must keep, as the reader reads it
_REMOVES = r"deletes?|removes?|rejects?|bins?|hides?|blocks?|flags?|ignores?|filters?|cuts?"
_REMOVED_IF = _re(r"\b(?:(?:" + _REMOVES + r")\s+"
                  r"(?:any\s+|all\s+|every\s+)?"
                  r"(?:posts?|anything|messages?|emails?|entries|comments?|submissions?|replies|answers|listings?|"
                  r"reviews?|applications?|stories|letters|essays)\s+(?:that are\s+|which are\s+)?|"
                  r"(?:posts?|messages?|emails?|entries|comments?|submissions?|replies|answers|listings?|reviews?|"
                  r"applications?|stories|letters|essays)\s+)(over|longer than|more than|above|under|shorter than|"
                  r"less than|fewer than|below)\s+(\d[\d,]*\s+(?:words|sentences|characters|paragraphs))\b")


def _kept_bound(m: Any) -> str:
    """A removal's bound as the one kept ("deletes posts over 120 words" -> "... at most 120 words"), where the
    sentence removes or ignores (not "Write posts over 120 words")."""
    head = m.group(0)[: m.start(1) - m.start()]
    after = m.string[m.end() : m.end() + 40].lower()
    if _has(after, r"^\s*(?:in|of|from)\s+(?:the|a|its|your)\s+(?:[\w-]+\s+)?(?:preview|subject|title|headline|"
                   r"summary|snippet|notification)\b"):
        return m.group(0)  # a part's display ("cuts anything over 40 words in the preview")
    removes = _has(head, r"^(?:" + _REMOVES + r")\s")
    if not removes and not _has(
            after, r"^\s*(?:won'?t|will not|don'?t|do not|aren'?t|are not|get|gets)\s+(?:be\s+|get\s+)?(?:read|"
                   r"posted|accepted|published|approved|considered|removed|deleted|rejected|binned|ignored)\b"):
        return m.group(0)
    bound = "at least" if _has(m.group(1), r"under|shorter|less|fewer|below") else "at most"
    if _has(after, r"^\s*(?:won'?t|will not|don'?t|do not|aren'?t|are not)\s+(?:be\s+|get\s+)?(?:removed|deleted|"
                   r"rejected|binned|ignored)\b"):
        bound = "at most" if bound == "at least" else "at least"  # "posts under 50 words don't get removed"
    return f"{head}{bound} {m.group(2)}"


# a bound given without its unit where the user overrides or corrects one said before, of the answer itself ("Teacher
# says at least 300 words, but honestly shorter is better, keep mine under 200.", "Actually, make it under 150.")
_BARE_OVERRIDE = _re(r"(\b(?:but|actually|instead|rather|on second thought|scratch that|no wait|changed my mind)\b"
                     r"[^.!?\n]{0,40}?\b(?:keep|make) (?:it|this one|the whole thing) (?:to )?(?:under|below|"
                     r"less than|fewer than|no more than|not more than|at most|max(?:imum)?|up to|at least|"
                     r"min(?:imum)?|no less than|no fewer than|no longer than)\s+)(\d[\d,]*)(\s*(?:[.,;!?)]|$|"
                     r"(?:max|tops|or (?:less|fewer|so)|instead|please|this time)\b))")
_CORRECTS = (r"\b(?:actually|instead|rather|on second thought|scratch that|no wait|changed my mind|but (?:honestly|"
             r"actually|(?:keep|make) it)|shorter is better|longer is better)\b")
_UNIT_BEFORE = _re(r"\b(\d[\d,]*)[- ](words?|sentences?|paragraphs?|bullets?|bullet points?|lines?)\b")


def _unit_carried(m: Any) -> str:
    """The bare bound in words where the last count said before it in the text is of words."""
    said = list(_UNIT_BEFORE.finditer(m.string[: m.start()]))
    if not said or not said[-1].group(2).lower().startswith("word") or int(m.group(2).replace(",", "")) < 10 or _has(
            m.group(1), r"\b(?:the|a|an|his|her|their|its|our|for|of|kids|children|age|aged|price|cost|budget|"
                        r"temperature|minutes?|hours?|days?|seconds?|pounds?|dollars?|euros?|percent|calories)\b"):
        return m.group(0)  # (not "..., but keep the price under 50")
    return f"{m.group(1)}{m.group(2)} words{m.group(3)}"


# someone's rules given after a colon to be summarised, translated, critiqued or reformatted, ending the request: the
# material the answer works on, not its instructions ("Summarise the choir's new rules for members in one sentence:
# emails end with 'Keep singing!', no more than 80 words")
_PROCESSED_RULES = _re(r"((?:^|[.!?]\s+)(?:please\s+|(?:can|could|would) you\s+)?(?:summari[sz]e|translate|critique|"
                       r"rewrite|reword|simplify|explain|turn|convert|reformat|format|proofread|tidy up|clean up|"
                       r"list)\b[^:\n.!?]{0,80}\b(?:rules?|policy|policies|guidelines?|checklist|instructions|brief|"
                       r"style sheet|style guide|requirements|terms)\b[^:\n.!?]{0,60}):[ \t]*[^\n]{10,600}$")


# A rule someone in a story, joke or poem keeps, told in a relative clause of its topic: narrated, not the answer's
# ("Tell me a joke about a moderator who deletes any post over 300 words", "Write a scene where a Jira admin forces the
# team to write every ticket in JSON"); not "a poem about my dog that has to be under 50 words" (the poem's)
_STORY_NOUNS = r"(?:story|joke|limerick|scene|poem|song|sketch|fable|tale|haiku|rap|skit|comic|parody|anecdote)"
_KEEPS_RULE = (r"\b(?:makes?|made|forces?|forced|deletes?|deleted|removes?|requires?|required|insists?|insisted|"
               r"demands?|demanded|bans?|banned|must|has to|have to|had to|only (?:allows?|accepts?|lets?))\b")
_RULE_IN_STORY = _re(r"(\b" + _STORY_NOUNS + r"\s+(?:about|featuring|starring)\s+(?:a|an|the|my|our|some)\s+"
                     r"[^.?!,;:]{1,40}?)\s+(?:who|whose)\s+[^.?!,;:]{0,80}?" + _KEEPS_RULE + r"[^.?!,;:]*|(\b" +
                     _STORY_NOUNS + r")\s+(?:where|in which)\s+(?:a|an|the|my|our|some|every|each)\s+[^.?!,;:]{0,40}?"
                     + _KEEPS_RULE + r"[^.?!,;:]*")

# the request going on after a narrated rule ("... who has to leave home, and keep it under 100 words")
_GOES_ON = _re(r"\s+(?:and|but|then)\s+(?:please\s+)?(?:keep|make|write|use|include|end|start|give|put|add|limit|"
               r"format|answer|reply)\s+(?:it|the|your|this|me|no|only|exactly|at|in|a|an)\b")


# the texts a narrated rule is about: someone else's, quantified or plural ("any post", "every ticket", "essays")
_OTHER_TEXTS = (r"(?:posts?|essays?|notices?|tickets?|emails?|e-mails?|messages?|reports?|reviews?|comments?|"
                r"articles?|captions?|tweets?|memos?|speeches|speech|homework|assignments?|submissions?|entries|entry|"
                r"applications?|listings?|descriptions?|bulletins?|newsletters?|cards?|notes?|replies|reply|texts?|"
                r"papers?|stories|poems?|answers?)")
_ABOUT_OTHER_TEXTS = (r"\b(?:any|every|all|each|their|his|her|its|no|the students'?|everyone's)\s+(?:[\w-]+\s+){0,2}?"
                      + _OTHER_TEXTS + r"\b|\b(?:their|his|her|every|each|any)\s+letters?\b|\b(?:posts|essays|notices|"
                      r"tickets|emails|messages|reports|reviews|"
                      r"comments|articles|captions|tweets|memos|speeches|submissions|entries|listings|replies|"
                      r"papers|stories|poems|answers)\b")


def _story_told(m: Any) -> str:
    """`_RULE_IN_STORY`'s match without its narrated rule, and what the request asks after it; only where the rule
    is about other texts ("a moderator who deletes any post over 300 words"), not the story's own ("a chef who must
    cook blind in under 200 words", "a poem where every line must be in lowercase")."""
    if not _has(m.group(0), _ABOUT_OTHER_TEXTS):
        return m.group(0)
    on = _GOES_ON.search(m.group(0))
    return (m.group(1) or m.group(2)) + (m.group(0)[on.start() :] if on else "")


def _parse_instructions(text: str, governed: bool = False) -> tuple[Found, ...]:
    """`parse_instructions` without its wrapper: with `governed`, someone else's rules told in `text` are read as the
    answer's (their clauses are not skipped as reported, their material not cut, "only allows N" read as a cap)."""
    found: list[Found] = []

    def add(items: list[Found], corrects: bool = False) -> None:
        for f in items:
            words = sum(len(g.args.get("words", ())) for g in found) + len(f.args.get("words", ()))
            same = next((g for g in found if g.kind == f.kind), None)
            if same is not None and (f.kind not in _REPEATABLE or corrects):
                # one bound of a kind per request: the largest of a floor stated bare and with its count ("[name]"
                # and "at least three"), else a correction's ("no wait, make it 3"), else the first read
                if f.kind in _DEFAULT_ONE:
                    if f.args.get("n", 0) > same.args.get("n", 0):
                        found[found.index(same)] = f
                elif corrects:
                    found[found.index(same)] = f
                continue
            if (len(found) < MAX_INSTRUCTIONS and words <= MAX_ALL_WORDS and f not in found
                    and all(v not in (None, "", []) for v in f.args.values())):
                found.append(f)

    text = _self_corrected(_re(r"\btl;\s?dr\b").sub("TLDR", _untrusted(text)))  # "TLDR": one word, not two clauses
    text = _re(r"\bw/o\b").sub("without", text)  # "w/o the word 'internet'"
    text = _RULE_IN_STORY.sub(_story_told, text)  # "a joke about a moderator who deletes ..."
    text = _re(r"\b(do|does|did|is|are|should|must)nt\b").sub(r"\1n't", text)  # "dont use any digits"
    text = _re(r"\b(keep|make)\s+mine\b").sub(r"\1 it", text)  # "keep mine under 200 words": the answer
    text = _re(r"(?:\*{1,2}|_)(italics?|italici[sz]ed|bold|bolded)(?:\*{1,2}|_)").sub(r"\1", text)  # "in *italics*"
    text = _re(r"\b(don'?t|do not)\s+you\s+(?:dare|even)\b").sub(r"\1", text)  # "Don't you dare write more than ..."
    if not _has(text, r"\b(?:replies|responses|messages|emails|posts|captions|tweets|answers|script|thread|week of|"
                      r"daily|ideas|questions|entries|items|faq|calendar|course|every|each|and the|"
                      r"\d+-day)\b"):  # (one of them asked: "Max 3 sentences per reply" is the answer's own)
        text = _re(r"(\d\s+(?:words|sentences|paragraphs|bullet points|bullets))\s+per\s+(?:reply|response|message|"
                   r"email|post)\b").sub(r"\1", text)
    text = _PROMPT_WORD.sub(r'\1 the word "\2"', text)  # "Must include the prompt word: LIGHTHOUSE"
    text = _LIMIT_ASKED_ABOUT.sub(r"\1\2", text)  # "asking if the 800-word minimum includes ...": the limit talked of
    text = _REMOVED_IF.sub(_kept_bound, text)  # "the mods delete posts over 120 words": a cap of 120
    text = _ONE_OF_THE_TWO.sub(_two_named, text)  # "guitar or piano? reply with just one of the two words"
    text = _re(r"\b(give me|list|name)\s+(\d{1,2})\s*,\s*(numbered|(?:as |in )?bullet(?:s| points))\b").sub(
        r"\1 \2 items, \3", text)  # "date ideas? give me 6, numbered": 6 items
    text = _APPOSITIVE_NAME.sub(r'\1 "\2"\3', text)  # "Must mention the sponsor, Nimbus Cloud"
    # "The dating app only lets you write 3 sentences", "The form only allows 50 words", "allows up to 40 words": a cap,
    # where the text it limits is asked for (`_governing`), or in the sentence that asks for it ("Write a bio, the site
    # only allows 50 words."; not "The form only allows 50 words, which seems unfair. How do people fit it in?")
    text = _ALLOWS.sub(lambda m: m.group(0) if not _has(m.string[max(0, m.start() - 40) : m.start()], _LIMITER) or _has(
        _sentence_at(m.string, m.start()), r"\?|\b(?:why|where|explain\w*|story|about|that the)\b") or (
        not governed and not _has(re.split(r"[.!?\n]", m.string[m.end() :], maxsplit=1)[0], _WRITE_VERB)
        and not any(_asked_text(x.lower()) for x in _sentences(m.string))) else f"allows at most {m.group(1)}",
                       text)
    text = _NO_MORE_NO_LESS.sub("no more, no less", text)  # "no more, and certainly no less": exact
    # "four stanzas separated by blank lines", "four stanzas (separate paragraphs)": paragraphs, as the checker counts
    text = _STANZAS.sub(lambda m: "paragraphs" if m.group(1).lower().endswith("s") else "paragraph", text)
    text = _BARE_HUNDRED.sub(lambda m: m.group(0) if _has(m.string[max(0, m.start() - 8) : m.start()], _COUNTED_HUNDRED)
                             else f"one hundred {m.group(1)}", text)  # "Minimum hundred fifty words"
    text = _re(r"\b(no|not)\s+(more|longer)\s+as\s+(\d)").sub(r"\1 \2 than \3", text)  # "not longer as 70 words"
    text = _SYMBOL_BOUND.sub(lambda m: f"{m.group(1)}{_SYMBOL_WORDS[m.group(2)]} {m.group(3)}", text)
    text = _SYMBOL_UNIT.sub(lambda m: f"{m.group(1)}{_SYMBOL_WORDS[m.group(2)]} {m.group(3)}", text)
    text = _CHECKLIST.sub(r"\1- ", _ARROW.sub(": ", text))
    text = _banned_items(text)
    for shorthand, written in _SHORTHAND:
        text = shorthand.sub(written, text)
    text = _re(r"[^.!?\n]+[.!?\n]*").sub(_foreign_said, text)
    # not before a label ("Important: Format: JSON" in pasted API docs stays one phrase)
    text = _ATTENTION.sub(lambda m: m.group(0) if _has(text[m.end() : m.end() + 25], r"^[\w -]{1,20}:") else m.group(1),
                          text)
    # 'the client's note: "Cut it to 200 words."': a phrase no detector takes, ending its sentence
    theirs = governed or _written_to_rules(text)
    if _follows_theirs(text) or theirs:  # the pasted rules are to be followed: read them
        text = _cut_material(_opened_material(_CHECKED_QUOTE.sub(_checked, text), governed), keep=governed)
    else:
        text = _cut_material(_PASTED.sub(lambda m: m.group(1) + '"…".', _CHECKED_QUOTE.sub(_checked, text)))
    text = _PROCESSED_RULES.sub(lambda m: m.group(1) + ' "…".', text)  # "Summarise the rules in 1 sentence: ..."
    text = _labelled_keyword(text)
    text = _NEVER_MIND.sub(_taken_back, text)
    dropped, text = _dropped_kinds(text)
    if not _language_line_asks(text):  # "Book: ...\nLanguage: Spanish\nPages: 417": a record's field
        text = _re(r"(?m)^([ \t]*)language([ \t]*:)").sub(r"\1Original language\2", text)
    text = _REPEAT_FIRST.sub(r"\1 \2", text)  # "Repeat my question first, then answer: ...?": one clause
    text = _SECOND_COUNT.sub(_second_count, text)
    two = _re(_TWO_ASKED).search(text.lower())
    if two and not _has(two.group(0), r"\b(?:sections|parts|paragraphs|patterns|columns|lines|halves|weeks|days)$"):
        # "Draft two apology texts. Separator: %%%%": the separator of the two (not "two regex patterns")
        text = _SEPARATOR_LABEL.sub(r"\1Separate the two responses with \2.", text)
        text = _SEPARATOR_ALONE.sub(r"\1Separate the two responses with \2.", text)
    text = _SEPARATOR_THEN.sub(r"\1.\2\3", text)  # "...separated by ****** Use the word ...": two sentences
    # "at least 5 sentences and at most 8": 8 sentences ("but definitely not more than 8": the adverb aside)
    text = _ELIDED_UNIT.sub(_unit_said_once, _SECOND_ADVERB.sub(r"\1\2", text))
    text = _BARE_OVERRIDE.sub(_unit_carried, text)  # "..., but keep mine under 200": 200 words
    text = _PART_COUNT.sub(lambda m: m.group(0) if m.group(1) else f"{m.group(2)}{m.group(3)}{m.group(4)}part-"
                           f"{m.group(5)}", text)  # "The first two sentences must be ...": a part, not the count
    text = _FLOOR_THEN_CAP.sub(r"\1 \2 \5 \3 \4 \5", text)  # "at least two but no more than four paragraphs"
    if _has(text, _STATS_RE):  # "Paragraph count: 9" among statistics reads as "Paragraphs: 9": left unread
        text = _re(r"\b(word|line|character|heading|page|sentence|paragraph|bullet)\s+count\s*:").sub(r"\1s:", text)
    shown, text = _template(text)
    add(shown)
    specified, text = _spec_lines(text)
    add(specified)
    spanning, text = _text_level(text)
    add(spanning)
    sentences = _sentences(text)
    add(_named_avoid(sentences))
    referred = _referred_words(sentences)
    after_correction, kept, previous = False, [], ""
    clauses = _clauses(text, theirs)[:MAX_CLAUSES]
    asks = [_asked_text(x.lower()) or _needed_text(x.lower()) for x in sentences]
    named = [asked for asked in asks if asked]  # the texts asked for by name
    # sentences of rules from the past, over others, for another kind of text than asked (not a sentence that asks),
    # rules a question is about, and whatever comes before "That's for announcements though."
    about = _asked_about(sentences, asks)
    apart = max((i for i, y in enumerate(sentences) if _has(y.lower(), _SET_APART)), default=-1)
    aside = [x for i, x in enumerate(sentences) if i in about or not asks[i] and (
        any(rule.search(x) for rule in _PAST_RULE) and not _has(text, _CARRIED) and not _has(
            x, r"\b(?:same|still|again|this (?:year|time|term|semester)|now)\b") or _rules_for_another(x, named)) or (
        i < apart and _told_rule(x))]
    narrated = _told_then_asked(clauses)
    if clauses and all(_asks(c) and _has(c.lower(), r"^\W*(?:why|how|what|where|when|which|who)\b") for c in clauses):
        # "Why do legal contracts use headings like 'Section 1' and 'Section 2'?"
        found = [f for f in found if f.kind != "sections"]
    for i, clause in enumerate(clauses):
        if i in narrated:
            continue  # "My wife wrote 'P.S. I love you' on my lunch note. What's a cute way to answer her?"
        # what the previous answer did ("Your last answer was 5 paragraphs.", "Earlier you gave me 10 bullet points,
        # too many for a slide."), unless the request keeps it or asks for it ("..., keep it at exactly 2", "Last
        # time you forgot the P.S. Rewrite the letter and add one")
        # (its request may follow in the same clause: "Your last answer was fine, now make it 3 sentences", "You wrote
        # too much — keep it under 50 words", "Your summary was in English, redo it in German")
        if (told := _PREVIOUS_ANSWER.search(clause)) and not _has(" ".join(clauses[i + 1 : i + 3]), _KEPT_AS_BEFORE) \
                and not _has(clause, r"\bhad better\b"):
            # (a request after a comma or dash, not the rest of a list: "…: 6 paragraphs and 500 words", "…, all in
            # Spanish")
            cut = _re(r"[,;:—–]|\s(?:but|now|this time|so)\s").search(clause, told.end())
            rest = clause[cut.end() :] if cut else ""
            if not _has(rest, _REQUEST_MARK):
                continue
            clause = rest
        if _has(clause.lower(), r"\bparagraphs\b"):  # "in exactly three paragraphs, starting the third with 'Finally'"
            clause = _STARTING_ORDINAL.sub(r"\1 the \2 paragraph\3", clause)
        if i and _has(" ".join(clauses[:i]).lower(), r"\bparagraphs\b"):  # "Three paragraphs, please, and the third
            clause = _ORDINAL_ONE.sub(r"\1 paragraph\2", clause)  # should start with 'Mitigation'"
            clause = _START_ORDINAL.sub(r"\1 the \2 paragraph\3", clause)  # "; start the second one with 'Later'"
        previous, asked_before = clause, previous
        # "How do you say 'thank you'? In Japanese please.": the word's language, not the answer's
        if _has(clause, r"^\W*(?:and\s+)?in\s+\w+(?:\s+(?:please|pls|plz))?\W*$") and _has(
                asked_before, r"\b(?:say|said|call\w*|word|words|mean|means|translat\w*|spell\w*|pronounc\w*)\b"):
            continue
        # "Recommend a takeout dinner for tonight. Thai please.": a cuisine, not the answer's language
        if _has(clause, r"^\W*" + _LANGUAGE_NAME + r"(?:\s+(?:please|pls|plz))?\W*$") and _has(
                asked_before, r"\b(?:dinner|lunch|breakfast|brunch|food|recipe|restaurants?|takeout|take-out|order|eat|"
                              r"cook|cuisine|dish|meal|spots?|places?|recommend|suggest|movies?|films?|songs?|"
                              r"music)\b"):
            continue
        # a correction's cue may stand in a clause of its own ("Actually, make it a P.P.S.")
        corrects, after_correction = after_correction or _has(clause.lower(), _CORRECTION), _has(
            clause.lower(), r"^\W*(?:" + _CORRECTION + r")\W*$")
        # "Can you split them with ******?"
        marks = (_has(clause, r"\*{6}|<<") or _has(clause, _SEPARATOR_RUN) and _separator_asked(
            clause.lower())) and not _has(clause, _WHAT_WAS) and not _has(
            clause.lower(), r"^\W*why\b")  # "Why do people put ****** between chapters?"
        # (a quoted word is no reporter: 'don't use the word "feedback", every email we send says that'; a reporter
        # after a comma that follows a request gives its reason: "don't use the words 'x' or 'y' anywhere, my career
        # coach says they're overused")
        reporter = _re(_REPORTED).search(_QUOTED.sub('""', clause)) and _re(_REPORTED).search(clause)
        if reporter and (comma := _re(r"^(.*)[,;—–]\s*(?:since\s+|as\s+|because\s+)?(?:my|our|the)\s+[^,;—–]*$").search(
                clause[: reporter.start()])) and (_has(comma.group(1), _REQUEST_OPENS) or _has(
                comma.group(1), r"[,;]\s*(?:but\s+|and\s+)?(?:please\s+|pls\s+)?(?:reply|answer|respond|write)\s+"
                                r"(?:in|with|only)\b")):
            clause, reporter = comma.group(1), None
        reporter = reporter or _has(_QUOTED.sub('""', clause), _REPORTED) or any(
            clause.strip(" .!?") in x for x in aside)
        if reporter and (so := _re(r",\s*so\s+((?:please\s+)?(?:keep|make|write|use|include|give|answer|reply|respond|"
                                   r"put|"
                                   r"add|stay)\b.*)$").search(clause)):
            clause, reporter = so.group(1), None  # "Most sites say under 150 words is best, so keep it under 150 words"
        if reporter and (_has(clause.lower(), _GIVEN_RULES) and not text.rstrip().endswith("?") or _has(
                clause.lower(), r"\b(?:wants|needs|requires|asked "
                                                                                   r"for)\s+(?:a|an|it|the)\b")
                         and _has(text.lower(), _WRITE_REQUEST) and not _has(text.lower(), _OVERRIDES)):
            reporter = None  # "My manager wants a one-sentence summary ... Can you write it?": to follow, not told
        if not reporter and (opener := _FORMAT_OPENER.match(clause)) and _asks(clause):
            clause = opener.group(1)  # "In under 100 words, why is my bread flat?": the opener is the answer's form
        if theirs:
            reporter = None  # someone's rules the request asks the text to follow
        if (_asks(clause) and not marks) or reporter:
            continue  # a question about something ("Why do people write in all caps?"), or someone else's instruction
        kept.append(clause)
        blocked: set[Detector] = set()
        tried: set[Detector] = set()
        for detect in EXCLUSIVE:
            if detect is _choice and any(f.kind == "constrained_choice" for f in spanning):
                continue
            tried.add(detect)
            items, claimed = detect(clause.lower(), clause)
            if claimed or items:
                add(items, corrects=corrects)
                blocked |= _BLOCKS.get(detect, frozenset())
                # "Give me a numbered list of 10 questions, without the word 'fun'": the words after the comma too
                tail = _KEYWORD_TAIL.search(clause) if detect in _TAKES_KEYWORD_TAIL and items else None
                if tail:
                    add(_keywords(clause[tail.start(1) :].lower(), clause[tail.start(1) :])[0], corrects=corrects)
                break
        lowered = clause.lower()
        code = _has(lowered, _CODE + r"|\bsql\b|\bstatements?\b")
        for beside in _BESIDE:  # (those the claim kept from reading the clause, and those never claiming)
            asked = beside not in _ASKED_BESIDE or _has(lowered, _ASKED_BESIDE[beside]) and not code
            if beside not in tried and asked and (items := beside(lowered, clause)[0]):
                add(items, corrects=corrects)
                blocked |= _BLOCKS.get(beside, frozenset())
        bare = _QUOTED.sub('""', clause)
        for detect in SHARED:
            if detect in blocked:
                continue
            items, claimed = detect(bare.lower(), bare)
            add(items, corrects=corrects)
            if claimed:
                blocked |= _BLOCKS.get(detect, frozenset())
            if detect is _case and claimed and (caps := _CAPS_WORDS.search(bare)):
                # "in at least 3 paragraphs, with at least 2 words in ALL CAPS": the other unit's bound beside it
                # (not one compared: "..., unlike the 5 paragraphs my friend wrote")
                after = bare[caps.end() :]
                compared = _has(after, r"\b(?:unlike|than|like|wrote|had|did)\b")
                rest = bare[: caps.start()] + " " + ("" if compared else after)
                add([f for f in _counts(rest.lower(), rest)[0] if not f.kind.startswith("words")], corrects=corrects)
    add(_list_counts(kept, found))
    for f in referred:  # a word read as included in its own clause but kept out by reference is kept out
        found = [g for g in found if not (g.kind == "keyword_include" and g.args["words"] == f.args["words"]
                                          and f.kind == "keyword_avoid")]
    add(referred)
    if _has(text.lower(), r"\bbut\s+(?:first\s+)?(?:explain|justify)|\bexplain (?:first|your reasoning)\b|"
                          r"\bfollowed by (?:a|an|one|your)\s+(?:[\w-]+\s+)?(?:reason|explanation|sentence|"
                          r"line)\b") or _has(
            text.lower(), r"\b(?:then|followed by)\s+(?:(?:give|add|provide)\s+"
                          r"(?:a|one|two|your|the|some|short|brief)?\s*"
                          r"(?:\w+\s+)?(?:reason|explanation|justification|example|summary)|explain|justify|say why|"
                          r"briefly explain)\b"):  # "Just say yes or no, then give one reason": more than the option
        found = [f for f in found if f.kind != "constrained_choice"]
    if _has(text.lower(), r"\bwith (?:the )?(?:english original|pinyin|romaji)\b|\b(?:write|give|compose|draft|make)\b"
                          r"[^.?!]*?,?\s*(?:and\s+)?then\s+translate\b|"
                          r"\btranslat\w*\b[^.?!:]*?,?\s*(?:and\s+)?(?:then|also)\s+(?:summari[sz]e|list|explain)\b|"
                          r"\btranslat\w*\b[^.?!:]*\b(?:pronunciation|phonetic|romani[sz]ed|romaji|pinyin|"
                          r"transliterat\w*|hinglish|english version|explain|tell me)\b|"
                          r"\btranslat\w*\b[^.?!:]*?,?\s*(?:(?:and|then|also)\s+)+(?:write|add|give)\b[^.?!:]{0,40}"
                          r"\benglish\b"):
        # part of the answer in another language or another task beside a translation ("with the English original
        # underneath", "Translate to Spanish, then summarize it in English"): no one language for the whole answer
        found = [f for f in found if f.kind != "language"]
    for unit in ("words", "sentences", "paragraphs", "bullets"):  # a floor and a cap no answer meets, where the
        floor, cap = (next((f for f in found if f.kind == f"{unit}_{end}"), None) for end in ("min", "max"))
        if floor and cap and floor.args["n"] > cap.args["n"] and _has(text, _CORRECTS):  # request corrects itself:
            found.remove(min(floor, cap, key=found.index))  # the later ("at least 300 words. Actually, ... under 200.")
    count = next((f.args["n"] for f in found if f.kind == "paragraphs_exact"), None)
    last = [f for f in found if f.kind == "paragraph_first_word" and f.args["n"] == LAST_PARAGRAPH]
    def final(f: Found) -> Found:
        if f.kind == "repeat_request" and isinstance(f.args["request"], str):  # a quoted request is already read
            return Found(f.kind, {"request": _request_readings(text, f.args["request"])})
        return Found(f.kind, {**f.args, "n": count}) if f in last else f

    if _has(text.lower(), r"\bjson\s+(?:object|array)\b[^.?!]*(?:" + _JSON_AND_MORE + ")") and not _has(
            text.lower(), r"\b(?:as|in|into|only|valid|pure)\s+(?:an?\s+)?json\b|\bjson\s+only\b"):
        found = [f for f in found if f.kind != "json_output"]  # "a JSON object ..., and explain each field"
    # prose asked beside the code block: "Put everything inside triple backticks, then add a sentence ...", "Write a
    # regex ..., in a code block, and explain each part."
    low = text.lower()
    if _has(low, r"\beverything\s+(?:inside|in|within)\b[^.?!]*(?:\bexcept\b|\b(?:then|and|also)\s+(?:add|write|"
                 r"include|give|put)\b[^.?!]*\b(?:explanation|note|sentence|comment|summary)|\bexplaining\b)") or _has(
            low, r"\bcode ?block\W*(?:,\s*)?(?:and|then|plus)\s+(?:then\s+)?(?:explain|describe|add|give|list|tell|"
                 r"walk|say|note|comment)\b"):
        found = [f for f in found if f.kind != "code_block"]
    # "Mention Paris, but never by name": Paris is alluded to, its name kept out
    pasted = compile_linear(r"separated\s+(?:by|with)\s+(\S+?)\s*:[ \t]*\n").search(text)
    if pasted and pasted.group(1) in text[pasted.end() :]:
        # "Here are two drafts of my email, separated by ***:" and the drafts below, *** between them: material
        found = [f for f in found if f.kind != "two_responses"]
    if (never := compile_linear(r"(?i:\bmention)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),?\s+(?i:but\s+(?:never|not)"
                                r"\s+by\s+name)").search(text)):
        name = never.group(1).lower()
        found = [Found("keyword_avoid", {"words": [name]}) if f.kind == "keyword_include" and f.args["words"] == [name]
                 else f for f in found]
    if _has(text.lower(), r"\bp\.\s?s\b\.?[^.!?]{0,80}?,?\s*but\s+(?:please\s+)?(?:drop|skip|leave out|omit|lose)\s+"
                          r"(?:it|that)\b"):
        found = [f for f in found if f.kind != "postscript"]  # "Our macros all end with a P.S. ..., but drop it"
    found = [f for f in found if not any(f.kind.replace("_", " ").startswith(name) for name in dropped if name)]
    counted = {f.args["word"] for f in found if f.kind == "keyword_frequency"}
    return tuple(final(f) for f in found if not (f in last and not count) and not (
        f.kind == "keyword_include" and set(f.args["words"]) <= counted))  # "at least 4 times" says it is included


# what the user tells before a question about it: their own or others' text and rules ("I keep starting my essays
# with 'In today's society'.", "Our Slack has a rule: all announcements must be in lowercase.")
_TELLS = _re(r"^\W*(?:(?:so|and|but|well|ok|okay|hi|hey)\W+)?(?:here'?s (?:my|our)|here is (?:my|our)|it'?s|it is|"
             r"(?:at work|at school|in my (?:job|office|class|company|team)|where i work)\s+(?:every|all|we|they|i|"
             r"everyone|people|our|my|the|there)|"
             r"this is|that'?s|i|i'm|i've|i'd|we|we're|we've|my|our|(?:she|he|they)\s+(?:wrote|writes|used|"
             r"uses)|a (?:[\w-]+ )?(?:moderator|manager|boss|editor|"
             r"reviewer|recruiter|user|reader|commenter)|one of (?:them|"
             r"my|our|the)|a (?:colleague|coworker|co-worker|friend|student|client|customer|teacher|neighbou?r|"
             r"relative)|the (?:essay|assignment|task|exam|test) (?:prompt|question|brief)|someone|somebody|"
             r"the (?:[\w-]+ ){1,2}(?:say|says|said|states|stated|requires|required|insists|wants))\b")
# ...but not what they ask for ("I need a cover letter under 200 words", "I'd like it in French", "we want you to";
# what someone else wants is told where the question asks about that wish: "My publisher wants it under 1,000
# words. Is that normal?", not "My son wants the answer in all caps. What is the biggest dinosaur?")
# (not "I need to reply to a customer in German")
_TELLS_WISH = (r"\b(?:need|needs|want|wants|would like|'d like|looking for|hoping for)\s+(?:you|a|an|the|some|it|this|"
               r"that|my|our|one|two|three|something|help)\b|\b(?:help me|help us|you|your|would like|'d like)\b|"
               r"\b(?:so|please|pls)\s+(?:keep|make|write|use|answer|reply|respond|give|limit|stick|put)\b|\b(?:please|"
               r"pls|plz)\W*$|,\s*(?:keep|make|write|use|answer|reply|respond|give|limit|stick|put)\s+(?:it|them|"
               r"your|the|"
               r"each|every|all|no|only|at)\b")
# a question about someone's saying ("Why?", "Where does that come from?", "Is that true?"; not "Where is the Eiffel
# Tower?", "Is it cold in Madrid?")
_ABOUT_SAYING = (r"^\W*(?:why|how come|really|how so)\W*$|^\W*(?:where|why|how come)\b[^?]*\b(?:that|this|it)\b|"
                 r"^\W*(?:is|does)\s+(?:that|this|it)\s+(?:\w+\s+)?(?:true|so|right|real|normal|work|a thing|"
                 r"make sense)\b")
# a question about it, not one that asks for a text ("What would you write?")
_ABOUT_QUESTION = (r"^\W*(?:is|are|was|were|does|do|did|should|why|what|how|which|who|when|where)\b|"
                   r"^\W*(?:can|could)\s+(?:someone|anyone|people)\s+(?:check|tell|explain|confirm|really|actually|"
                   r"legally|get|be)\b|"
                   r"^\W*(?:can|could)\s+(?:they|he|she)\s+(?:really\s+|legally\s+)?(?:disqualify|reject|refuse|"
                   r"penali[sz]e|do|ban|"
                   r"require|force|make|ask|get away)\b")
# a question about a wish told before it ("Is that normal?", "What is each paragraph supposed to do?")
_ABOUT_WISH = (r"\b(?:is|are|was|does|do|would)\s+(?:that|this|it|these|those)\b|\bsupposed to\b|\b(?:normal|common|"
               r"typical|"
               r"standard|realistic|reasonable|enough|fair|too (?:long|short|much|little|strict|many|few))\b")
_ASKS_TEXT = r"\b(?:write|draft|compose|rewrite|give me|make me|come up with|suggest)\b"


_START_ORDINAL = _re(r"^(\W*(?:and\s+)?(?:start|begin|open|starting|beginning|opening))\s+the\s+(first|second|third|"
                     r"fourth|fifth|sixth|last|final|"
                     r"\d(?:st|nd|rd|th))(?:\s+one)?(\s+with\b)")
_STARTING_ORDINAL = _re(r"(,\s*(?:starting|beginning|opening))\s+the\s+(first|second|third|fourth|fifth|sixth|last|"
                        r"final)(?:\s+one)?(\s+with\b)")
_ORDINAL_ONE = _re(r"^(\W*(?:and\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|\d(?:st|nd|rd|th)))"
                   r"(?:\s+one)?(\s+(?:(?:should|must|has to|needs to|will|shall)\s+)?(?:start|begin|open)s?\s+with\b)")


def _told_then_asked(clauses: list[str]) -> set[int]:
    """The clauses that tell of the user's own or others' text, habits and rules before a last clause that asks a
    question about them, with no request among them ("I got feedback that my emails always end with a question. Is
    that true?", "One of them wrote a story with no capital letters. How do I explain sentence boundaries?"): read
    nothing from them."""
    last = clauses[-1].lower() if clauses else ""
    if len(clauses) < 2 or not _asks(clauses[-1]) or not _has(last, _ABOUT_QUESTION) or _has(last, _ASKS_TEXT):
        return set()
    told: set[int] = set()
    for i, clause in enumerate(clauses[:-1]):
        low = _QUOTED.sub('""', clause.lower())
        goes_on = i - 1 in told and clause.strip()[:1].islower()  # the rest of a told sentence ("..., no full stops")
        theirs = _has(low, r"^\W*(?:my|our|the|his|her|their)\s+[^.?!]{0,40}?\b(?:wants|needs|requires|expects)\b") \
            and not _has(low, r"\b(?:you|your|help me|help us)\b") and _has(last, _ABOUT_WISH)
        # someone's saying, asked about ("My fishing buddy says you should never say 'bananas' on a boat. Where does
        # that come from?": the "you" is anyone)
        saying = _has(low, r"^\W*(?:my|our|his|her|their)\s+[\w' -]{1,30}?\s+(?:says|said|swears|insists|claims|told "
                           r"(?:me|us))\b") and _has(last, _ABOUT_SAYING)
        if (goes_on or _TELLS.search(low)) and (not _has(low, _TELLS_WISH) or theirs or saying):
            told.add(i)
        elif not _asks(clause):
            return set()
    return told


_ITEMS = r"\s+(?:of them|items|steps|rules|points|entries|tips|bullets)\b"


# a list asked for with its count ("Could you list 5 benefits of drinking water?") and bullets asked for as its form,
# in the same clause's tail or a clause of its own ("Use bullet points.", "..., as bullet points")
_LISTED = _re(r"^\W*(?:(?:please|can you|could you)\s+)*(?:list|give|make|name|share|suggest|provide|"
              r"outline|write)\s+(?:me\s+)?(?:exactly\s+|precisely\s+)?" + _NUM + r"\s+(?:[\w-]+\s+){0,2}?"
              r"(?:benefits|tips|reasons|ideas|ways|facts|steps|examples|things|questions|items|points|"
              r"advantages|mistakes|habits|signs|rules|strategies|features|myths|options|([a-z]{3,}(?:es|[^s]s)))\b")
# more items a list is asked of by count (`_listed`; "list 5 causes of ..., bullet points"), not units, servings,
# batches or texts ("Give me 3 meals a day", "Make 4 servings", "Write 3 emails")
_LIST_ITEM_NOUNS = frozenset({"causes", "effects", "consequences", "differences", "similarities", "problems",
                              "solutions", "risks", "symptoms", "factors", "principles", "skills", "traits", "trends",
                              "stretches", "arguments", "names", "slogans", "taglines", "headlines", "titles",
                              "metaphors", "quotes", "lessons", "suggestions"})
# "Give me 10 vocabulary words for the IELTS exam"
_LISTED_MORE = _re(r"^\W*(?:(?:please|can you|could you)\s+)*(?:list|give me|name|share|suggest|provide|write)\s+"
                   r"(?:me\s+)?(?:exactly\s+)?" + _NUM + r"\s+(?:[\w-]+\s+){0,2}?(?:words|terms|phrases|names|"
                   r"questions|quotes|songs|books|films|movies|places|activities|exercises|recipes|foods)\b")


# "Give me a playlist of 8 first-dance songs"
_LISTED_OF = _re(r"^\W*(?:(?:please|can you|could you)\s+)*(?:give me|write|make|put together|create)\s+(?:me\s+)?"
                 r"(?:a|an)\s+(?:play)?list\s+of\s+" + _NUM + r"\s")
_AS_BULLETS = (r",\s*(?:in\s+)?bullet(?:ed|s|\s+points|\s+list)(?:,?\s*(?:please|pls))?\W*$|"  # "..., bullet points"
               r"^\W*(?:(?:please|and)\s+)?(?:use|in|as|with|using|format (?:it|them|this) (?:as|in|with))\s+"
               r"(?:markdown\s+)?bullet(?:ed)?(?:\s+points?|\s+list|s)?(?:,?\s*please)?(?:\W*$|,\s)|(?:,\s*|\s)(?:as|in|"
               r"with|using)\s+(?:a\s+)?"
               r"(?:markdown\s+)?bullet(?:ed)?(?:\s+points?|\s+list|s)?(?:,?\s*please)?(?:\W*$|,\s)")


def _listed(lows: list[str]) -> Any:
    """The first clause's list asked for with its count (`_LISTED`, `_LISTED_OF`, `_LISTED_MORE`), or None."""
    def items(h: Any, x: str) -> Any:  # (not "Write 3 emails", "List 2 laptops with pros and cons in bullet points")
        return None if h and h.group(2) and (h.group(2) not in _LIST_ITEM_NOUNS or _has(
            x, r"\bwith\b[^,.;]{1,40}\b(?:in|as)\s+bullet|\band\s+(?:\d+|two|three|four|five|six)\s+[a-z]{3,}")) else h

    return next((m for x in lows if (m := items(_LISTED.search(x), x) or _LISTED_OF.search(x) or _LISTED_MORE.search(
        x))), None)


def _list_counts(clauses: list[str], found: list[Found]) -> list[Found]:
    """A list's form and its count in different clauses ("Make it a numbered list. There should be 7 of them.",
    "- markdown bullets\n- between 5 and 8 of them", "bullet points only, exactly 6 of them"), when no single clause
    read the count. The count must be a clause of its own or a clause's tail after a comma (not "the airline allows
    exactly 2 items"), and the form named as a list ("numbered list", "bullets", not "my days are numbered")."""
    lows = [c.lower() for c in clauses]
    tail = (r"(?:^\W*|,\s*)(?:(?:and\s+)?there should be\s+|make it\s+|numbered,?\s*|give me\s+|(?:and\s+)?have\s+|"
            r"(?:and\s+)?keep it to\s+)?")
    # "..., have at least 8 of them, and end with ...", "keep it to 5 steps exactly"
    end = _ITEMS + r"(?:\s+exactly)?(?:,?\s*please)?(?:\W*$|,\s*(?:and|then)\s)"

    def count(bound: str) -> int | None:
        m = next((m for m in (_re(tail + bound + _NUM + end).search(x) for x in lows) if m), None)
        return _number(m.group(1)) if m else None

    out = []
    if not any(f.kind == "numbered_list" for f in found) and any(
            _has(x, r"\bnumbered\s+(?:list|steps|items|points)|^\W*numbered\b") and not _negated(x, r"numbered")
            for x in lows):
        n = count(r"(?:exactly\s+|precisely\s+)?")
        listed = _listed(lows)
        if not n and listed and any(_has(x, r"^\W*numbered(?:\s+list)?(?:,?\s*(?:pls|please|plz))?\W*$") for x in lows):
            n = _number(listed.group(1))  # "give me 5 gift ideas for my dad. numbered pls"
        out += [Found("numbered_list", {"n": n})] if n else []
    if not any(f.kind.startswith("bullet") for f in found) and any(
            _has(x, r"\bbullets\b|\bbullet(?:ed)?\s+(?:list|points?)\b") and not _negated(x, r"bullets?|bullet points?")
            for x in lows):
        both = next((m for m in (_re(tail + r"between\s+(\d+|[a-z]+)\s+and\s+(\d+|[a-z]+)" + end).search(x)
                                 for x in lows) if m), None)
        least, most = count(r"(?:at least|no fewer than|a minimum of)\s+"), count(r"(?:at most|no more than|max)\s+")
        after = next((m for m in (_re(r",\s*" + _NUM + r"\s+(?:at the (?:very )?most|max(?:imum)?|tops)\W*$").search(x)
                                  for x in lows if _has(x, r"\bbullet")) if m), None)  # "in markdown bullets, three
        # at the very most"
        most = most or (_number(after.group(1)) if after else None)
        exact = count(r"(?:exactly|precisely)\s+")
        listed = None if exact or least or most or both else _listed(lows)
        if listed and _number(listed.group(1)) and any(_has(x, _AS_BULLETS) for x in lows) and not any(
                _has(x, r"\beach\b|\bper\b|\bsub-?bullets?\b") for x in lows):
            exact = _number(listed.group(1))  # "Could you list 5 benefits of drinking water? Use bullet points."
        if both and _number(both.group(1)) and _number(both.group(2)):
            out += [Found("bullets_min", {"n": _number(both.group(1))}),
                    Found("bullets_max", {"n": _number(both.group(2))})]
        elif exact:
            out.append(Found("bullet_list", {"n": exact}))
        else:
            out += [Found(kind, {"n": n}) for n, kind in ((least, "bullets_min"), (most, "bullets_max")) if n]
    return out


def request_text(prompt: Prompt) -> str:
    """The last user message's text (where a request states its instructions)."""
    messages = prompt_to_messages(prompt)
    users = [m for m in messages if m.get("role") == "user"]
    return _content_text((users or messages or [{"content": ""}])[-1].get("content"))


def system_text(prompt: Prompt) -> str:
    """The system (and OpenAI "developer") messages' text: where a deployment states rules for every answer."""
    return "\n\n".join(_content_text(m.get("content")) for m in prompt_to_messages(prompt)
                       if m.get("role") in ("system", "developer"))


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    parts = content if isinstance(content, list) else []
    return " ".join(p["text"] for p in parts if isinstance(p, dict) and isinstance(p.get("text"), str))


# A system message mostly describes: the deployment, its users and their documents, pasted material, conditional
# behaviour, other things it writes. Only its sentences that direct every answer are read: an imperative, a rule on
# "you", on the replies or on each of what the assistant is said to write, or a listed rule; none that describes,
# holds under a condition, or bounds a part ("Write the headline in all caps").
_DIRECTIVE = _re(
    r"^\W*(?:please\s+)?(?:always|never|do not|don't|keep|use|write|reply|respond|answer|end|begin|start|include|"
    r"avoid|limit|format|return|output|wrap|sign|close|finish|stay|mention|add|put|give|structure|no|only)\b|"
    r"\b(?:you|your (?:replies|answers|responses|reply|answer|response|output))\s+(?:must|should|will|shall|need to|"
    r"have to|always|never|are to|may not|can't|cannot|do not|don't)\b|"
    r"\b(?:every|each|all|any)\s+(?:[\w-]+\s+){0,2}?(?:must|should|needs? to|may not)\b|"
    r"\b(?:every|each|any|per)\s+(?:reply|answer|response|email|message|post|story|summary|note|caption|digest|"
    r"draft|notification|description|template)\b|"
    r"\b(?:replies|answers|responses|reply|answer|response|output|summaries|descriptions|notifications|captions|"
    r"posts|emails|messages|stories|drafts)\s+(?:must|should|need to|have to|may not|are to|is to|are always|are "
    r"at most|are at least|are under|are never)\b")
_DESCRIPTIVE = _re(
    r"\b(?:usually|typically|often|sometimes|incoming|expect|used to|except|other than|apart from|in case)\b|"
    r"\b(?:when|whenever|unless|if)\b|\be\.g\.|\bfor example\b|\bsuch as\b|\btemplates?\b|\bcan type\b|"
    r"\bhouse style\b|\bmanuscripts?\b|\b(?:headlines|designers?)\b|<[\w ]+>|"
    r"\byou(?:'ll|\s+will)\s+(?:receive|be given|get|see|be sent|be shown|be asked|read)\b|\byou receive\b|"
    r"\b(?:users|clients|customers|guests|visitors|drivers|people|writers|authors|students)\s+(?:may\s+|can\s+|"
    r"will\s+|often\s+|usually\s+)?(?:write|type|send|speak|mark|use)\b")
_UNCONDITIONAL = _re(r"\beven (?:if|when)\b|\bno matter\b|\bregardless\b")  # "Always answer in German, even if ..."
# a part of the answer or another thing: its bound is not the answer's
_PART = _re(r"\b(?:the|each|every|all|any|a|an)\s+(?:[\w-]+\s+){0,2}?(?:subject(?: lines?)?|headlines?|titles?|"
            r"headings?|names?|file ?names?|filenames|tags?|slides?|commit(?: messages?)?|branch(?:es)?|sql|"
            r"quer(?:y|ies)|comments?|tickets?|intro(?:duction)?|conclusion|overview|summary|opening|labels?|keys?|"
            r"sections?|conversations?|documents?|articles?|files?)\b|\bsql\b|"
            r"\b(?:each|every)\s+(?:list\s+)?(?:bullet|item|point|line)s?\b|\bthen\b|\bfollowed by\b")
# pasted material: fenced blocks, tagged documents, "> " quotes, and what follows a content introducer's colon
_FENCED = re.compile(r"```.*?(?:```|\Z)|<(doc|document|context|source|passage|article|excerpt)\b[^>]*>.*?(?:</\1>|\Z)",
                     re.S | re.I)
_PASTED_AFTER = _re(r"\b(?:context|documents?|excerpts?|reference material|search results|retrieved|passages?|"
                    r"snippets?|background|notes|transcript|memo|article|style guide|rulebook|assignment sheet|"
                    r"reference|sources?|knowledge|handbook|faq|wiki|docs|guide)\b[^\n:.]{0,60}:")


def _own_text(system: str) -> str:
    """The system message without what it quotes: fenced or tagged documents, "> " lines, and each paragraph's
    text after a content introducer ("Context: ...", "Style guide (excerpt):"), with the next paragraph when the
    introducer ends its own."""
    kept: list[str] = []
    skip_next = False
    for para in re.split(r"\n[ \t]*\n", re.sub(r"(?m)^[ \t]*>.*$", "", _FENCED.sub(" ", system))):
        if skip_next and not para.lstrip().startswith("#"):
            skip_next = False
            continue
        m = _PASTED_AFTER.search(para)
        kept.append(para[: m.end()] if m else para)
        skip_next = m is not None and not para[m.end() :].strip()
    return "\n\n".join(kept)


def _system_rules(system: str) -> list[Found]:
    """The rules a system message sets for every answer: `parse_instructions` of each of its own sentences and
    listed lines that directs the answer (`_DIRECTIVE`), and describes nothing, holds under no condition and bounds
    no part (`_DESCRIPTIVE`, `_PART`; a keyword rule may name a part: "never use 'cheap' in a title")."""
    rules: list[Found] = []
    for sentence in _sentences(_own_text(_untrusted(system)))[:MAX_CLAUSES]:
        for line in sentence.split("\n"):
            head = line.strip(" -*•\t")
            if not _DIRECTIVE.search(head) or (_DESCRIPTIVE.search(line) and not _UNCONDITIONAL.search(line)):
                continue
            part = _PART.search(head) is not None
            rules.extend(f for f in parse_instructions(head) if f not in rules
                         and not (part and not f.kind.startswith("keyword")))
    return rules


# Kinds that bound the same thing: a request's own instruction replaces the system message's rules on it
# ("under 50 words" in the system message, "write 5 bullet points" in the request: the request's alone is read).
_FAMILIES = {
    **dict.fromkeys(("lowercase", "uppercase", "capital_words", "capital_words_max"), "case"),
    **dict.fromkeys(("words_max", "words_min", "sentences_max", "sentences_min", "sentences_exact", "paragraphs_min",
                     "paragraphs_max", "paragraphs_exact", "sections", "bullets_min", "bullets_max", "bullet_list",
                     "numbered_list"), "length"),
    **dict.fromkeys(("start_phrase", "repeat_request", "title"), "start"),
    **dict.fromkeys(("end_phrase", "end_with_question", "postscript"), "end"),
}
# a whole-answer form the request asks for leaves no room for the system's start, end, length or case
_FORMS = frozenset({"json_output", "code_block", "constrained_choice", "quotation", "two_responses"})
_SIZED = _re(_NUM + r"[- ]?(?:words?|sentences?|paragraphs?|bullets?|bullet points?|items?|steps?|points?)\b")
_LANGUAGE_ASKED = _re(r"\b(?:in|into|to)\s+(?:english|" + "|".join(LANGUAGES) + r")\b|\btranslat\w*|\b(?:en|in) "
                      r"(?:español|espagnol|inglés|anglais|francés|français|alemán|allemand|deutsch)\b")


def _words_of(found: Found) -> set[str]:
    """The keywords an instruction names (its "words", or its one "word")."""
    return {w for w in found.args.get("words", [found.args.get("word")]) if w}


def read_prompt(prompt: Prompt, system: bool = False) -> tuple[Found, ...]:
    """A prompt's instructions: the last user message's; with `system`, then its system message's standing rules
    on what the request leaves open (a family of kinds, a length, a language or a keyword the request sets itself is
    the request's; a whole-answer form it asks for leaves no start, end, length or case to the system)."""
    request = request_text(prompt)
    found = list(parse_instructions(request))
    text = system_text(prompt) if system else ""
    if text.strip():
        asked = _untrusted(request)
        families = {_FAMILIES.get(f.kind, f.kind) for f in found} | ({"length"} if _SIZED.search(asked) else set()) | (
            {"language"} if _LANGUAGE_ASKED.search(asked) else set())
        if any(f.kind in _FORMS for f in found):
            families |= {"start", "end", "length", "case"}
        named = {w for f in found for w in _words_of(f)}
        for rule in _system_rules(text):
            if _FAMILIES.get(rule.kind, rule.kind) not in families and not _words_of(rule) & named and (
                    len(found) < MAX_INSTRUCTIONS):
                found.append(rule)
    return tuple(found)


def _prefix_ok(found: Found, prefix: str) -> bool:
    """False only when `prefix`, a partial answer, breaks `found` whatever follows it; True otherwise (so
    `partial_reward` scores an instruction 0 only when no continuation could satisfy it)."""
    kind, args, head = found.kind, found.args, prefix.lstrip().lower()
    if kind in ("lowercase", "uppercase"):  # a letter of the wrong case is final; no letter yet is not
        wrong = str.isupper if kind == "lowercase" else str.islower
        return not any(wrong(c) for c in prefix if c.isalpha())
    if kind in ("no_commas", "no_digits"):
        return found.check(prefix)
    if kind == "keyword_avoid":  # broken once a character after the word is written ("new" may grow into "newly")
        return not any(re.search(rf"(?<![A-Za-z0-9]){re.escape(w)}(?=[^A-Za-z0-9])", prefix, re.IGNORECASE)
                       for w in args["words"])
    if kind == "capital_words_max":  # words the prefix has finished (a cut "NAS" may become "NASA" or "Nasty")
        return found.check(prefix[: max(prefix.rfind(c) for c in " \n\t") + 1])
    if kind == "words_max":  # a word cut at the end is counted once, as it will be when finished
        return ck.words_max(prefix, n=args["n"])
    if kind == "start_phrase":  # casefold: "Σ" lowers to "ς" at the end of a prefix, "σ" inside the phrase
        phrase, head = args["phrase"].casefold(), prefix.lstrip().casefold()
        return head.startswith(phrase) or phrase.startswith(head)
    if kind in ("json_output", "quotation", "code_block") and head:  # JSON may come inside a ``` fence
        return head[0] in {"json_output": "{[`", "quotation": "\"“", "code_block": "`"}[kind]
    if kind == "numbered_list":  # more finished numbered lines than asked for
        return len(tx.numbered_items(_lines_done(prefix))) <= args["n"]
    if kind in _CAPPED:  # more finished sentences, paragraphs or bullet lines than allowed: no continuation undoes it
        return _finished_count(_CAPPED[kind], prefix) <= args["n"]
    return True


# Counts that may not exceed n ("exactly 3 sentences", "at most 2 paragraphs"): the unit and its counter
_CAPPED = {"sentences_exact": "sentences", "sentences_max": "sentences", "paragraphs_exact": "paragraphs",
           "paragraphs_max": "paragraphs", "bullet_list": "bullets", "bullets_max": "bullets"}
_PARAGRAPH_DONE = re.compile(r"\n[ \t]*\n")
_WORDISH = re.compile(r"[^\W_]")  # a letter or digit of any script


def _lines_done(prefix: str) -> str:
    """`prefix` up to its last line break: the lines it has finished."""
    return prefix[: prefix.rfind("\n") + 1]


def _settled(kind: str, prefix: str) -> str:
    """The part of `prefix` no continuation changes for a floor of `kind`: its finished lines for paragraph and
    bullet floors ("\n\n- " may still become a divider line "- --"), else its finished words (not cut at "'":
    "NASA'" may become "NASA's")."""
    if kind in ("paragraphs_min", "bullets_min"):
        return _lines_done(prefix)
    return prefix[: max(prefix.rfind(c) for c in " \n\t.,;:!?)\"") + 1]


def _finished_count(unit: str, prefix: str) -> int:
    """Sentences, paragraphs or bullet lines `prefix` has begun that no continuation can take back: a lower bound
    on the finished answer's count. Sentences: every piece counted (a split after "." and a space, or a line
    break, stays a split; a piece never loses its letters). Paragraphs and bullets: the finished ones, and the last
    one once it holds a letter or digit (then no continuation turns it into a divider line)."""
    if unit == "sentences":
        return tx.count_sentences(prefix)
    if unit == "paragraphs":
        ends = [m.end() for m in _PARAGRAPH_DONE.finditer(prefix)]
        done = prefix[: ends[-1]] if ends else ""
        return len(tx.paragraphs(done)) + bool(_WORDISH.search(prefix[len(done) :]))
    done = _lines_done(prefix)
    line = prefix[len(done) :]
    return tx.count_bullets(done) + bool(_WORDISH.search(line) and tx.count_bullets(line))


# Instructions a continuation cannot undo once the answer satisfies them (floors, a title, a start phrase, ...)
_KEPT_ONCE_MET = frozenset({
    "words_min", "sentences_min", "paragraphs_min", "bullets_min", "highlight", "title", "placeholders",
    "letter_frequency", "keyword_frequency", "keyword_include", "capital_words", "postscript", "start_phrase",
    "hashtags",
})


def _prefix_kept(found: Found, prefix: str) -> bool:
    """True when `prefix` satisfies `found` whatever follows it. Judged on the words the prefix has finished: a
    word cut at its end ("garde") may still grow, so it counts for neither side."""
    return found.kind in _KEPT_ONCE_MET and found.check(_settled(found.kind, prefix))


def _progress(found: Found, prefix: str) -> float:
    """How far `prefix` went towards a floor it has not met yet (2 of "at least 5 'z'" is 0.4), or towards an exact
    count (1 of "exactly 3 paragraphs" is 0.33: at the same length, the answer on pace to end with 3); 0 for others."""
    kind, args = found.kind, found.args
    text = _settled(kind, prefix)
    if kind == "keyword_include":
        return sum(tx.has_word(text, w) for w in args["words"]) / max(len(args["words"]), 1)
    counter = _FLOORS.get(kind)
    if counter is None or not args.get("n"):
        return 0.0
    return min(counter(text, args) / args["n"], 0.99)  # below a floor met for good


_FLOORS: dict[str, Callable[[str, dict[str, Any]], int]] = {
    "words_min": lambda t, a: tx.count_words(t), "sentences_min": lambda t, a: tx.count_sentences(t),
    "paragraphs_min": lambda t, a: len(tx.paragraphs(t)), "bullets_min": lambda t, a: tx.count_bullets(t),
    "letter_frequency": lambda t, a: t.lower().count(a["letter"].lower()),
    "keyword_frequency": lambda t, a: tx.count_word(t, a["word"]),
    "capital_words": lambda t, a: tx.count_capital_words(t), "highlight": lambda t, a: tx.count_highlights(t),
    "hashtags": lambda t, a: len(ck.HASHTAG.findall(t)),
    # exact counts: the same count while below it (one too many breaks them for good, `_prefix_ok`)
    "paragraphs_exact": lambda t, a: len(tx.paragraphs(t)), "sentences_exact": lambda t, a: tx.count_sentences(t),
    "bullet_list": lambda t, a: tx.count_bullets(t),
}


def partial_reward(found: tuple[Found, ...], prefix: str) -> float:
    """The reward of a partial answer: the mean over instructions of 0 when the prefix broke it for good
    (`_prefix_ok`), 1 when it satisfied it for good (`_prefix_kept`), and (n + progress) / (n + 1) while it is
    open (n instructions; `_progress` towards a floor, in [0, 1)). So open instructions never outweigh a broken
    one; among answers that broke the same number, those that met more, then those closer to their floors, rank
    first (reward-guided search prunes by this: +0.026 pass at chunk 8, +0.027 at chunk 16 on validation; the
    progress towards exact counts +0.010 more at chunk 16, docs/experiments.md)."""
    if not found:
        return 0.0
    n = len(found)
    return sum(0.0 if not _prefix_ok(f, prefix) else 1.0 if _prefix_kept(f, prefix)
               else (n + _progress(f, prefix)) / (n + 1) for f in found) / n


class InstructionReward(RuleReward):
    """The fraction of the request's verifiable instructions the answer satisfies (0.0 when none is found); an
    instruction that other judges read another way counts a little less when the answer passes only one reading
    (`checkers.graded`: words, sentences and keywords).

    `partial` scores partial answers (reward-guided search, `partial_reward`): an instruction counts 0 only when
    the answer broke it for good, so no continuation could have earned it; 1 when met for good; just under 1 while
    open. It is within 1 / (n + 1) of an upper bound on the finished answer's reward."""

    version = INSTRUCTIONS_VERSION

    def __init__(self, name: str | None = None, *, prefix: bool = False, skip: frozenset[str] = frozenset(),
                 system: bool = False) -> None:
        self.name = name or "rule:instructions"
        self.prefix, self.skip, self.system = prefix, frozenset(skip), system
        self.partial: InstructionReward | None = None if prefix else InstructionReward(self.name, prefix=True,
                                                                                       skip=self.skip, system=system)
        if prefix:
            self.version = f"{INSTRUCTIONS_VERSION}-prefix"

    def warmup(self) -> None:
        """Load the language identifier now (about a second), not inside the first request that asks for one."""
        ck.language("bonjour tout le monde", code="fr")

    def read(self, prompt: Prompt) -> tuple[Found, ...]:
        """The instructions this rule reads from `prompt` (what it scores answers against)."""
        found = read_prompt(prompt, system=self.system)
        return tuple(f for f in found if f.kind not in self.skip) if self.skip else found

    def reward(self, prompt: Prompt, response: str) -> float:
        found = self.read(prompt)
        if self.prefix:
            return partial_reward(found, response)
        return sum(f.score(response) for f in found) / len(found) if found else 0.0


def instruction_reward(model: Any) -> InstructionReward | None:
    """The `InstructionReward` a reward model scores with: itself, or a member of an ensemble (the server's default
    is one); None when it has none."""
    if isinstance(model, InstructionReward):
        return model
    return next((m for m in getattr(model, "members", ()) if isinstance(m, InstructionReward)), None)
