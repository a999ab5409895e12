"""Hand-written phrasings of the markup and whole-answer-form families (our own wording; see `phrasings.py`).

Entries are `(position, template)`; the LAST TWO of every family are held out for the test_phrasings split.
`repeat_request` has no "inside" phrasing: the request it asks to repeat must read exactly as written.
"""

Phrasing = tuple[str, str]

FORM: dict[str, tuple[Phrasing, ...]] = {
    "highlight": (
        ("after", "Put *asterisks* around at least {n} important phrase{s}."),
        ("before", "Emphasise {n_word} or more key terms by wrapping them in single asterisks."),
        ("inside", "marking at least {n} key phrase{s} in *italics*"),
        ("after", "Make at least {n} part{s} of the text stand out using *markdown emphasis*."),
        ("before", "Use italics (*like so*) on a minimum of {n} word{s} or phrase{s}."),
        ("after", "Somewhere in the answer, set off {n} or more phrase{s} in *asterisks*."),
        ("inside", "with at least {n_word} *emphasised* bit{s}"),
    ),
    "title": (
        ("after", "Start with a title inside double angle brackets, for example <<A Quiet Harbor>>."),
        ("before", "Give the piece a title written like <<The Title Here>>."),
        ("inside", "titled in <<double angle brackets>>"),
        ("after", "Include a heading wrapped in << and >>."),
        ("before", "Put a title at the top using this format: <<Your Title>>."),
        ("after", "Add a name for your text, enclosed in <<...>>."),
        ("inside", "with a <<title>> on top"),
    ),
    "placeholders": (
        ("after", "Leave {n} or more blanks for me to fill in, written in square brackets like [date]."),
        ("before", "Use square-bracket placeholders such as [name] at least {n_word} time{s}."),
        ("inside", "with at least {n} [placeholder]{s}"),
        ("after", "Where details are unknown, write a placeholder in brackets, e.g. [amount]; use at least {n}."),
        ("before", "Make it a template with {n} or more fill-in fields like [company]."),
        ("after", "Add at least {n_word} bracketed slot{s} such as [phone number] that the reader can replace."),
        ("inside", "leaving {n}+ [blanks] to fill"),
    ),
    "postscript": (
        ("after", "Finish with a postscript that begins with {marker}"),
        ("before", 'After the main text, add a note starting with "{marker}".'),
        ("inside", "ending with a {marker} note"),
        ("after", "Close by adding a line that starts with {marker}"),
        ("before", "Remember to tack on a {marker} at the very end."),
        ("after", "Below your answer, write an extra remark that opens with {marker}"),
        ("inside", "plus a short {marker} afterwards"),
    ),
    "hashtags": (
        ("after", "Add at least {n} hashtag{s}, like #weekend."),
        ("before", "Include {n_word} or more hashtags such as #tips."),
        ("inside", "with {n}+ hashtag{s}"),
        ("after", "End with a few hashtags (at least {n})."),
        ("before", "Work in at least {n} #hashtag{s}."),
        ("after", "Tag the text with {n} or more hashtag{s}."),
        ("inside", "including at least {n_word} #hashtag{s}"),
    ),
    "json_output": (
        ("after", "Reply only with valid JSON."),
        ("before", "Return your answer as a JSON object."),
        ("inside", "as JSON"),
        ("after", "Format everything as well-formed JSON, with no text outside it."),
        ("before", "Output must be machine-readable JSON."),
        ("after", "Encode the whole response as a JSON object or array."),
        ("inside", "in JSON format only"),
    ),
    "quotation": (
        ("after", "Put your entire reply inside double quotes."),
        ("before", "Wrap everything you write in quotation marks."),
        ("inside", "enclosed in double quotation marks"),
        ("after", "Begin and end the answer with a double quote character."),
        ("before", 'Write the reply as one quoted block: open with " and close with ".'),
        ("after", "Your full answer should sit between a pair of double quotes."),
        ("inside", 'all inside "quotes"'),
    ),
    "code_block": (
        ("after", "Put the whole answer in a markdown code block."),
        ("before", "Respond inside a single ``` fenced block."),
        ("inside", "inside a code block"),
        ("after", "Wrap all of it in triple backticks."),
        ("before", "Format the answer as one fenced code block with nothing outside it."),
        ("after", "Enclose your reply between ``` fences."),
        ("inside", "fenced with ``` on both ends"),
    ),
    "repeat_request": (
        ("after", "Copy my request exactly as written, then answer it."),
        ("before", "First echo my request back exactly, then reply."),
        ("after", "Quote the request back to me unchanged before your answer."),
        ("before", "Echo the task verbatim as your opening line, then do it."),
        ("after", "Your reply has to open with an exact copy of my request (leave out this instruction)."),
        ("after", "Begin by rewriting my request character for character, and only then answer."),
        ("before", "Open your reply with my exact request (not this note), followed by the answer."),
    ),
    "constrained_choice": (
        ("after", "Answer with one of these only: {options_or}."),
        ("before", "Reply with a single choice from {options_slash} and nothing else."),
        ("inside", "pick one of {options_or}, nothing more"),
        ("after", "Your entire answer must be one of the following:\n{options_lines}"),
        ("before", "Choose exactly one option: {options_slash}. Do not explain."),
        ("after", "Respond using just one of {options_or}, with no other words."),
        ("inside", "one-word-or-phrase answer from: {options_slash}"),
    ),
}
