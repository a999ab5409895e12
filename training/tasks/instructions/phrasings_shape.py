"""Hand-written phrasings of the length and structure families (our own wording; see `phrasings.py`).

Each entry is `(position, template)`: "before" and "after" templates are whole sentences placed before or after the
request, "inside" templates are fragments set in parentheses inside the request. The LAST TWO entries of every
family are the held-out phrasings of the test_phrasings split; never reorder or insert above them.
"""

Phrasing = tuple[str, str]

SHAPE: dict[str, tuple[Phrasing, ...]] = {
    "words_max": (
        ("after", "Use no more than {n} words."),
        ("before", "Word limit: {n}."),
        ("inside", "{n} words or fewer"),
        ("after", "Please don't go over {n_word} words in total."),
        ("before", "I only have a moment, so keep your reply within {n} words."),
        ("after", "The whole reply must fit in {n} words at most."),
        ("inside", "max {n} words"),
    ),
    "words_min": (
        ("after", "Write at least {n} words."),
        ("before", "Give me a reply of {n} words or more."),
        ("inside", "{n}+ words"),
        ("after", "Make sure the answer runs to no fewer than {n_word} words."),
        ("before", "I want a fairly full answer: a minimum of {n} words."),
        ("after", "Anything shorter than {n} words won't do."),
        ("inside", "at least {n} words long"),
    ),
    "sentences_max": (
        ("after", "Answer in {n} sentence{s} at most."),
        ("before", "Be brief: no more than {n_word} sentence{s}."),
        ("inside", "in {n} sentence{s} or fewer"),
        ("after", "Do not write more than {n} sentence{s}."),
        ("before", "Limit yourself to {n} sentence{s}."),
        ("after", "Your reply should not exceed {n_word} sentence{s}."),
        ("inside", "{n} sentence{s} max"),
    ),
    "sentences_exact": (
        ("after", "Use exactly {n} sentence{s}."),
        ("before", "Reply in precisely {n_word} sentence{s}, no more and no fewer."),
        ("inside", "in exactly {n} sentence{s}"),
        ("after", "The answer must be {n_word} sentence{s} long."),
        ("before", "Sentence count: exactly {n}."),
        ("after", "Stick to {n} sentence{s} exactly."),
        ("inside", "{n_word} sentence{s}, not one more or less"),
    ),
    "paragraphs_exact": (
        ("after", "Split your answer into {n} paragraphs with a blank line between them."),
        ("before", "Write {n_word} paragraphs, separated by empty lines."),
        ("inside", "as {n} paragraphs"),
        ("after", "Organise the reply as exactly {n} paragraphs."),
        ("before", "Structure: {n} paragraphs, each separated from the next by a blank line."),
        ("after", "I need {n_word} separate paragraphs, no more and no less."),
        ("inside", "in {n} blank-line-separated paragraphs"),
    ),
    "bullet_list": (
        ("after", "Format the answer as exactly {n} bullet points."),
        ("before", 'Use a bulleted list with {n_word} items (start each line with "- ").'),
        ("inside", "as {n} bullet points"),
        ("after", 'Give {n} points, each on its own line beginning with "* ".'),
        ("before", "Please answer with a list of exactly {n} bullets."),
        ("after", "Present it as {n_word} markdown bullets, no more, no fewer."),
        ("inside", "in {n} bulleted lines"),
    ),
    "numbered_list": (
        ("after", "Give your answer as a numbered list of {n} items."),
        ("before", "Number your points 1 to {n}."),
        ("inside", "as a numbered list with {n} entries"),
        ("after", 'List exactly {n_word} items, numbered "1.", "2." and so on.'),
        ("before", "Write exactly {n} numbered steps."),
        ("after", "Use a 1-to-{n} numbered list."),
        ("inside", "{n} numbered points"),
    ),
    "sections": (
        ("after", 'Divide your answer into {n} sections, headed "{marker} 1", "{marker} 2" and so on.'),
        ("before", 'Organise the reply in {n_word} parts. Begin each part with a line such as "{marker} 1".'),
        ("inside", "in {n} parts labelled {marker} 1 to {marker} {n}"),
        ("after", "Give it {n} headed sections; label them {marker} 1 through {marker} {n}."),
        ("before", "Use exactly {n} sections, and start every one with its label ({marker} 1, {marker} 2, ...)."),
        ("after", 'Break the text into {n_word} chunks, each opening with "{marker} X" where X is its number.'),
        ("inside", "with {n} numbered headers of the form {marker} N"),
    ),
    "two_responses": (
        ("after", "Give two different answers, separated by a line of six asterisks: {separator}"),
        ("before", "I want two alternative versions. Put {separator} between them."),
        ("inside", "twice, in two different ways, with {separator} in between"),
        ("after", "Write two distinct replies and divide them with {separator}"),
        ("before", "Offer two options, separated only by the marker {separator}"),
        ("after", "Provide a pair of different responses; the only thing between them should be {separator}"),
        ("inside", "two versions split by {separator}"),
    ),
}
