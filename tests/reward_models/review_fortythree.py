# ruff: noqa: E501  (test data: one probe per line, as written)
"""A forty-third review (a helper session): an evaluator building a test set for the task's own constraint kinds,
phrased by someone new to it, written blind to the reader's rules. Only the output conventions were learned
beforehand (the kinds and their arguments in `checkers.py`, and the docstring, layout and argument conventions of
`review_fortytwo.py` and `review_fortyone.py`); no request is taken from another test file or from a public
benchmark, and none imitates their wording.

- A: varied requests (emails, plans, reviews, dialogues, ads, explanations, stories, lists, poems, recipes, cover
  letters, product descriptions, speeches, FAQs, posts, templates) with one to four checkable constraints, covering
  every kind in `checkers.py` four to sixteen times: word, sentence and paragraph bounds (max, min, exact, ranges),
  the first word of the n-th paragraph, bullet lists (exact, at least, at most, between), numbered lists, numbered
  section headers ("Week 1", "SECTION 1", "Session N", "Part 1", "Step 1 through Step 6", "Day 1, Day 2 and Day 3"),
  two responses with a separator (typed "******", "====", "%%%%", "***", or spelled "a line of three tildes"),
  highlights, a << >> title, square-bracket placeholders (counted, or named: "for the customer's name and the order
  number" is 2), postscripts (P.S., and a P.S. then a P.P.S.), hashtags, JSON, the whole answer in double quotes or
  in one fenced code block, repeating the request or question first, a constrained choice, lowercase, uppercase, at
  least / at most N words in capitals, keywords to include (quoted, or an unquoted "Keywords to include: a, b" line),
  words to avoid (quoted, an unquoted "Forbidden words:" line, in parentheses), keyword and letter frequency, start
  and end phrases, ending with a question, a language (one request written in Portuguese), no commas and no digits.
  The constraint stands before the request, after it, in the middle, in parentheses, on a "Constraints:" /
  "Requirement:" / "Rules:" / "Format:" / "Output format:" / "Response format:" / "Language:" / "Limit:" line, in a
  bulleted ("- ", "* ") or numbered ("1) ... 2) ...", "(a) ... (b) ...") requirements list, in registers from terse
  ("Limit: 60 words.", "Hashtags: minimum 4.", "'community' x4 minimum", "< 50 words") to formal ("The response must
  not exceed ...") and chatty. There is no exact-words kind, so no request asks for exactly N words. One request
  ("a JSON object; keys must be lowercase") asks lowercase of the keys only, labelled JSON alone.
- B: instruction-free controls that talk about word counts, commas, JSON, capitals, P.S., separators, titles,
  quotation marks, placeholders, hashtags, code blocks, section numbers, paragraph counts and languages without
  asking the answer to obey anything checkable; several are the evaluator's own questions about such constraints,
  with the constraint quoted ("One of my test prompts reads \"Respond in all lowercase.\" ...", "a rubric checks
  whether a response 'uses at least 3 hashtags'", a pasted editor's checklist, an annotator instruction about double
  quotes). Expected reads: none.

Argument conventions as in the earlier reviews: "under 100" / "below 150" / "fewer than 5" / "< 50" is a max of one
less; "no more than" / "at most" / "max" / "must not exceed" / "within" / "up to" / "N or fewer" / "Limit: N" a max of
the number; "at least" / "minimum" / "min" / "no fewer than" / "N+" / "N or more" a min of the number; "80-100",
"between 4 and 7", "at least 180 but no more than 240" both bounds; "in N sentences/paragraphs", "a one-sentence
...", "a single paragraph", "a 3-paragraph ...", "N sentences, no more and no fewer" are exact; "exactly N bullet
points", "N items exactly" are bullet_list; a numbered list of N is numbered_list; "the last paragraph" of three is
paragraph 3, the word as typed. A keyword to include or avoid is lower-cased, several in one instruction are one
entry in the order typed; "at least N times" / "at least twice" / "twice or more" / "no fewer than five times" /
"xN minimum" is keyword_frequency with the word lower-cased; a letter is lower-case as typed. A separator is the
symbol run as typed (or as spelled out); a request or question to repeat is its text as typed; a start or end phrase
is the quoted text as typed, with the punctuation inside the quotes and none outside; a postscript marker is the one
typed; a section marker is the word as typed; constrained-choice options are as typed, without their quotes; a
language is its ISO 639-1 code.

Read by the reader as it stood when written (first read, no fixes): 202 probes (155 labelled, 47 controls), recall
196/216 = 0.907, precision 196/201 = 0.975 on the labelled probes (196/203 = 0.966 counting the 2 reads of
controls), exact arguments 1.000, 45 of 47 controls clean (`aligned-train eval-instructions --cases` gives the same
0.907 / 0.975, 45 of 47). 20 labelled probes are misread. Its misses: terse or symbolic bounds ("pls keep answer <
50 words: ...", "Format: markdown bullet list, 6 items exactly.", "- min 150 words" in a bulleted Constraints list,
"Separator: %%%%"); "Words in all caps: 2 at most." read as all uppercase; "'community' x4 minimum" read as an
inclusion; "square-bracket placeholders, minimum 5" read as 1; headers given as "'Session N' (Session 1, Session 2
and so on)"; the whole answer in a code block ("Response format: everything inside triple backticks.", "wrapped
entirely in a code block, and keep it below 40 words"); a parenthesised "(echo the question verbatim before
answering) How long ...?" read with the parenthesis as part of the question; "Pick one and reply with only that
word: red, blue, green." before the question; start and end phrases on a rule line or after "this exact sentence"
("Constraints: begins with 'Once upon a time', ends with 'The end.'", "Finish the story with this exact sentence:
'...'", "finish with 'Let the games begin!'" closing a parenthesised list); "Constraints: JSON output only." beside
"No digits anywhere."; a language on a "Language: Spanish." line or in "Respond in English and end your answer with
a question: ..."; "a P.S. at the end" after "Include a title in double angular brackets and". Its extra: "keys must
be lowercase" beside a JSON object read as an all-lowercase answer. Its two control misreads: "My professor wants a
five-paragraph essay. What is each paragraph supposed to do?" (read as exactly 5 paragraphs) and an evaluator's
question quoting "'no more than 2 paragraphs'" (read as an end phrase).
Session 31's fixes from it (the maintainer, after this set was measured), each generic: "< 50 words" after "keep
answer" and before a colon; "N items exactly"; "Separator: X" on a label of its own where two answers are asked;
"placeholders, minimum 5"; "everything inside triple backticks", "wrapped entirely in a code block"; "reply with only
that word: a, b, c"; "Words in all caps: 2 at most"; "'x' x4 minimum"; a quote's own "never" no longer negates the
cue before it; an edge phrase on a "Constraints:" line and in a parenthesised list split at ";"; "Language: X" lines
(not a record's field); "JSON output only"; "min 150 words" / "150 words min"; a key's case is not the answer's; a P.S.
beside a title; "each header should read 'Session N'"; the request without a parenthesis asking to repeat it. By
`aligned-train eval-instructions --cases`: after 0.995 / 1.000, 45 of 47 (left: "Respond in English", which the
reader leaves unread on purpose, and the two controls). The probes still misread are in UNREAD (`python
scripts/review_split.py FILE` keeps them there).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) word limits and minimums
    ('Limit: 60 words. Write a product description for a bamboo cutting board.', [('words_max', {'n': 60})]),
    ('The response must not exceed 120 words. Explain how a heat pump keeps a house warm in winter.', [('words_max', {'n': 120})]),
    ('Write a cover letter for a junior barista position (keep it below 150 words).', [('words_max', {'n': 149})]),
    ('Write a story about a lighthouse keeper who finds a message in a bottle. Minimum length: 300 words.', [('words_min', {'n': 300})]),
    ('Constraints: 80-100 words.\nTask: Describe a typical morning at a fishing harbour.', [('words_min', {'n': 80}), ('words_max', {'n': 100})]),
    ('Write a dialogue between a cashier and a customer who has lost their wallet. It should run to at least 180 words but no more than 240.', [('words_min', {'n': 180}), ('words_max', {'n': 240})]),
    # ---- (2) sentence counts
    ('Write an ad for a co-working space. Requirement: 3 sentences, no more and no fewer.', [('sentences_exact', {'n': 3})]),
    ('Summarise the plot of Romeo and Juliet (two sentences).', [('sentences_exact', {'n': 2})]),
    ('Write a one-sentence pitch for an app that reminds people to water their plants.', [('sentences_exact', {'n': 1})]),
    ('Write a motivational message for runners the night before a marathon; fewer than 5 sentences.', [('sentences_max', {'n': 4})]),
    ('Write a product review of a pair of hiking boots that is at least 8 sentences long.', [('sentences_min', {'n': 8})]),
    ('Constraints: minimum of 6 sentences.\nExplain the water cycle to a ten-year-old.', [('sentences_min', {'n': 6})]),
    ('A bedtime story about a sleepy owl, please. Use no fewer than ten sentences.', [('sentences_min', {'n': 10})]),
    # ---- (3) paragraph counts and the first word of a paragraph
    ('Give me a short story about twins who swap places at school. It must be a single paragraph.', [('paragraphs_exact', {'n': 1})]),
    ('Write an essay on why cities should invest in trams, with at least 5 paragraphs.', [('paragraphs_min', {'n': 5})]),
    ('Write a travel guide entry for Lisbon.\nParagraphs: minimum 4.', [('paragraphs_min', {'n': 4})]),
    ('Explain the difference between weather and climate. No more than two paragraphs.', [('paragraphs_max', {'n': 2})]),
    ("Speech for my dad's retirement party, up to 3 paragraphs please.", [('paragraphs_max', {'n': 3})]),
    ("Write a 3-paragraph letter to a pen pal in Canada. The second paragraph has to start with the word 'Lately'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'Lately'})]),
    ("Paragraph 2 must begin with 'However'. Write a 4-paragraph opinion piece on school uniforms.", [('paragraph_first_word', {'n': 2, 'word': 'However'}), ('paragraphs_exact', {'n': 4})]),
    ("Write an explanation of how solar panels work in 3 paragraphs, where the last paragraph starts with the word 'Finally'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 3, 'word': 'Finally'})]),
    ("Write a fable in four paragraphs. First word of the first paragraph: 'Long'.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 1, 'word': 'Long'})]),
    # ---- (4) bullet and numbered lists
    ('List the pros of remote work as exactly 4 bullet points.', [('bullet_list', {'n': 4})]),
    ('Describe the features of our new blender in at least 5 bullets.', [('bullets_min', {'n': 5})]),
    ('Quick rundown of what to say in a team stand-up (no more than 3 bullet points).', [('bullets_max', {'n': 3})]),
    ('Use between 4 and 7 bullet points to list what to check before buying a used car.', [('bullets_min', {'n': 4}), ('bullets_max', {'n': 7})]),
    ('What should I bring to a job interview? Bulleted, max 5 points.', [('bullets_max', {'n': 5})]),
    ('Requirements:\n- numbered list\n- exactly 8 steps\n\nTask: explain how to repot a houseplant.', [('numbered_list', {'n': 8})]),
    ('Give a numbered list of exactly five reasons to learn Spanish as an adult.', [('numbered_list', {'n': 5})]),
    ('Steps for setting up a freshwater fish tank, as a numbered list (7 steps).', [('numbered_list', {'n': 7})]),
    # ---- (5) numbered section headers
    ("Write a two-week study plan for a chemistry exam with 2 sections, labelled 'Week 1' and 'Week 2'.", [('sections', {'n': 2, 'marker': 'Week'})]),
    ("Constraints: 3 sections, each starting with 'Part 1', 'Part 2', 'Part 3'.\nTask: explain how to start running after a long break.", [('sections', {'n': 3, 'marker': 'Part'})]),
    ('Write a recipe for a layered sponge cake, split into 6 steps with the headers Step 1 through Step 6.', [('sections', {'n': 6, 'marker': 'Step'})]),
    # ---- (6) two responses with a separator
    ('Give two different taglines for a bakery. Separate them with six asterisks: ******', [('two_responses', {'separator': '******'})]),
    ('Two responses, please, divided by ====. Task: a welcome message for a chess club.', [('two_responses', {'separator': '===='})]),
    ('I need 2 alternative opening lines for a horror story, separated by a line of three tildes.', [('two_responses', {'separator': '~~~'})]),
    # ---- (7) highlights, titles, placeholders
    ('In your explanation of photosynthesis, put two or more of the key terms in *italics* or **bold** so they stand out.', [('highlight', {'n': 2})]),
    ('Write a safety briefing for a kayak tour. Bold or italicise at least four important warnings.', [('highlight', {'n': 4})]),
    ('Make sure at least one part of the answer is highlighted with markdown. Question: how do vaccines train the immune system?', [('highlight', {'n': 1})]),
    ('Write a poem about a city at night. Put a title at the top, between << and >>, e.g. <<Neon Hours>>.', [('title', {})]),
    ('Title requirement: wrap it in << >>. Task: a short story about a robot gardener.', [('title', {})]),
    ('A press release for a new library branch, titled in <<double angle brackets>>, under 200 words.', [('title', {}), ('words_max', {'n': 199})]),
    ('Write a template rental agreement clause with at least 4 placeholders in square brackets, such as [address].', [('placeholders', {'n': 4})]),
    ("Write a generic apology letter for a delayed delivery, with placeholders in square brackets for the customer's name and the order number.", [('placeholders', {'n': 2})]),
    # ---- (8) postscripts and hashtags
    ('Email to my landlord about the broken boiler. Add a P.S. asking about the bins, then a P.P.S. thanking him for last month.', [('postscript', {'marker': 'P.S.'}), ('postscript', {'marker': 'P.P.S.'})]),
    ('Include a P.S. Write an invitation to a housewarming party on Saturday.', [('postscript', {'marker': 'P.S.'})]),
    ('Constraints:\n- must include a postscript (P.S.)\n- 100 words max\nTask: write a blurb for the community newsletter about the spring clean-up.', [('postscript', {'marker': 'P.S.'}), ('words_max', {'n': 100})]),
    ('Write a tweet about Earth Day with at least 3 hashtags.', [('hashtags', {'n': 3})]),
    ('Promote a charity bike ride on social media. Hashtags: minimum 4.', [('hashtags', {'n': 4})]),
    ('Write a TikTok video description for a sourdough tutorial, and end with at least five hashtags.', [('hashtags', {'n': 5})]),
    ('LinkedIn post about finishing my first marathon. At least one hashtag, please.', [('hashtags', {'n': 1})]),
    # ---- (9) JSON, quotation marks, code blocks
    ('Output format: JSON. List three fictional planets with their name, climate and population.', [('json_output', {})]),
    ('Return your entire response as valid JSON. Task: a guacamole recipe with ingredients and steps.', [('json_output', {})]),
    ('Convert this FAQ entry into JSON:\nQ: Do you ship abroad?\nA: Yes, to 40 countries.', [('json_output', {})]),
    ('Put your whole reply in double quotation marks. Write a fortune-cookie message.', [('quotation', {})]),
    ('Answer inside double quotes: what is the single most useful kitchen tool?', [('quotation', {})]),
    ('Constraint: enclose the full response in "quotation marks".\nTask: a short motto for a hiking club.', [('quotation', {})]),
    ('Put your entire answer in a single markdown code block. Write a bash one-liner that counts the files in a folder.', [('code_block', {})]),
    ('Write a haiku about debugging, and format the whole response as one fenced code block (```).', [('code_block', {})]),
    ('Respond only with a fenced code block containing a SQL query that finds duplicate email addresses in a users table.', [('code_block', {})]),
    # ---- (10) repeating the request, constrained choices
    ('Repeat the following request verbatim, then carry it out: Describe a sunrise over the desert.', [('repeat_request', {'request': ['Describe a sunrise over the desert.']})]),
    ('Should I learn Python or JavaScript first? Reply with exactly one of these: Python, JavaScript.', [('constrained_choice', {'options': ['Python', 'JavaScript']})]),
    ('Is it safe to eat raw cookie dough? Your entire answer must be one of: "yes", "no", "it depends".', [('constrained_choice', {'options': ['yes', 'no', 'it depends']})]),
    ('Classify the sentiment of this review. Output must be exactly one of Positive / Negative / Neutral.\nReview: The blender is loud but it does the job.', [('constrained_choice', {'options': ['Positive', 'Negative', 'Neutral']})]),
    # ---- (11) lowercase, uppercase, words in capitals
    ('write a breakup text for a fictional character, all lowercase letters.', [('lowercase', {})]),
    ("Explain how a bill becomes a law, and don't capitalise anything, not even the first word.", [('lowercase', {})]),
    ('Constraints: lowercase only.\nWrite an ad for a vintage clothing store.', [('lowercase', {})]),
    ('Write a pep talk for a losing football team at half time, entirely in capital letters.', [('uppercase', {})]),
    ('Announcement for a flash sale at a shoe shop. ALL CAPS, the entire thing.', [('uppercase', {})]),
    ('Write a movie review of a made-up action film. Use at least 4 words written in all capital letters for emphasis.', [('capital_words', {'n': 4})]),
    ('Product copy for an energy drink with a minimum of 6 fully capitalised words.', [('capital_words', {'n': 6})]),
    ('Write a gym flyer that SHOUTS a bit: 3 or more words in all caps.', [('capital_words', {'n': 3})]),
    ('Write an email to a client about a missed deadline. Use fewer than 3 words in all caps.', [('capital_words_max', {'n': 2})]),
    ('Describe your ideal weekend; no more than 4 words may appear in ALL CAPITALS.', [('capital_words_max', {'n': 4})]),
    ('Calm, professional tone, at most one all-caps word. Task: respond to a complaint about a noisy hotel room.', [('capital_words_max', {'n': 1})]),
    # ---- (12) keywords to include or avoid, keyword and letter frequency
    ('Keywords to include: sustainable, local.\nTask: an intro paragraph for a restaurant menu.', [('keyword_include', {'words': ['sustainable', 'local']})]),
    ("The word 'lantern' must appear somewhere in your story about a night market.", [('keyword_include', {'words': ['lantern']})]),
    ("Describe a beach holiday without using the words 'sand' or 'sun'.", [('keyword_avoid', {'words': ['sand', 'sun']})]),
    ('Forbidden words: cheap, deal.\nWrite an ad for a discount furniture store.', [('keyword_avoid', {'words': ['cheap', 'deal']})]),
    ("(Don't say 'delicious'.) Write a recipe intro for banana pancakes.", [('keyword_avoid', {'words': ['delicious']})]),
    ("Write a poem about the ocean where the word 'wave' appears at least 3 times.", [('keyword_frequency', {'word': 'wave', 'n': 3})]),
    ('Write a short detective story about an inspector named Mara; say the name Mara no fewer than five times.', [('keyword_frequency', {'word': 'mara', 'n': 5})]),
    ("Describe a visit to the zoo. Letter requirement: 'k' must appear 8+ times.", [('letter_frequency', {'letter': 'k', 'n': 8})]),
    ("Write a tweet about coffee with the letter 'o' appearing at least twenty times.", [('letter_frequency', {'letter': 'o', 'n': 20})]),
    ("Letter frequency: at least 10 instances of the letter 'b'.\nTask: a children's rhyme about bubbles.", [('letter_frequency', {'letter': 'b', 'n': 10})]),
    # ---- (13) start and end phrases, ending with a question
    ("Start your response with 'Dear hiring manager,' and write a cover letter for a museum guide position.", [('start_phrase', {'phrase': 'Dear hiring manager,'})]),
    ("Your first word must be 'Honestly'. Review a fictional budget airline called SkyPenny.", [('start_phrase', {'phrase': 'Honestly'})]),
    ("Write a short reply to a customer asking about delivery times. End with 'Anything else I can check for you?'", [('end_phrase', {'phrase': 'Anything else I can check for you?'})]),
    ('Write a customer service reply to someone whose package is late. Finish your response with a question.', [('end_with_question', {})]),
    ('Constraint: close with a question to the reader.\nTask: a blog post on minimalism.', [('end_with_question', {})]),
    # ---- (14) language, no commas, no digits
    ('Respond only in French: what are the benefits of reading before bed?', [('language', {'code': 'fr'})]),
    ('Escreva um pequeno anúncio para uma padaria, em português, por favor.', [('language', {'code': 'pt'})]),
    ('Explain how to make onigiri. Write it all in Japanese, no English.', [('language', {'code': 'ja'})]),
    ('No commas allowed. Describe your perfect Sunday.', [('no_commas', {})]),
    ('Explain the history of the modern Olympics without using any digits. Spell out all numbers.', [('no_digits', {})]),
    ("Write a recipe for pancakes. Don't use numerals; write the quantities in words.", [('no_digits', {})]),
    ('Write a press release about a company turning 25; the text must contain no digits (0-9).', [('no_digits', {})]),
    # ---- (15) two to four constraints together: requirement lists, rule lines, parentheses
    ("Requirements:\n- under 100 words\n- all lowercase\n- mention 'oat milk'\n\nWrite a menu description for a cinnamon latte.", [('words_max', {'n': 99}), ('lowercase', {}), ('keyword_include', {'words': ['oat milk']})]),
    ("Write a FAQ entry answering 'Can I bring my dog to the campsite?' Rules: two paragraphs, no commas, end with a question.", [('paragraphs_exact', {'n': 2}), ('no_commas', {}), ('end_with_question', {})]),
    ('Write a cover letter for a bike mechanic job. It must have exactly 3 paragraphs, include at least 2 placeholders in square brackets, and contain a P.S.', [('paragraphs_exact', {'n': 3}), ('placeholders', {'n': 2}), ('postscript', {'marker': 'P.S.'})]),
    ('Plan a 3-day weekend in Edinburgh. Use sections titled Day 1, Day 2 and Day 3, and keep the whole thing under 250 words.', [('sections', {'n': 3, 'marker': 'Day'}), ('words_max', {'n': 249})]),
    ("Write a product description for a cast-iron skillet\n* in Spanish\n* with no more than 4 sentences\n* without the word 'barato'", [('language', {'code': 'es'}), ('sentences_max', {'n': 4}), ('keyword_avoid', {'words': ['barato']})]),
    ('Two ads for a yoga studio, separated by ***. Keep each in lowercase.', [('two_responses', {'separator': '***'}), ('lowercase', {})]),
    ('Write a limerick about a forgetful wizard. Constraints: all capital letters; include a title in << >>.', [('uppercase', {}), ('title', {})]),
    ("Rules for this one: 1) start with 'Breaking news:' 2) at least 3 hashtags 3) under 60 words. Write a fake news post about a cat elected mayor.", [('start_phrase', {'phrase': 'Breaking news:'}), ('hashtags', {'n': 3}), ('words_max', {'n': 59})]),
    ("Give me a numbered list of 4 tips for better sleep, and avoid the word 'caffeine'.", [('numbered_list', {'n': 4}), ('keyword_avoid', {'words': ['caffeine']})]),
    ("Write a dialogue between a pirate and a librarian. Letter 'r' at least 30 times, and wrap the whole thing in double quotes.", [('letter_frequency', {'letter': 'r', 'n': 30}), ('quotation', {})]),
    ('In exactly 5 sentences and in French, describe the Eiffel Tower at night.', [('sentences_exact', {'n': 5}), ('language', {'code': 'fr'})]),
    ('Make me a bulleted list of exactly 3 reasons to adopt a senior dog, and highlight at least 2 words with bold.', [('bullet_list', {'n': 3}), ('highlight', {'n': 2})]),
    ('Write a short poem about Mondays. No commas. At least 3 words in ALL CAPS.', [('no_commas', {}), ('capital_words', {'n': 3})]),
    ("A customer emailed: 'Is the jacket waterproof?' Write our reply. Limit 40 words, and start with 'Hi there,'.", [('words_max', {'n': 40}), ('start_phrase', {'phrase': 'Hi there,'})]),
    ('Please repeat the question below word for word, then answer it without using any commas: What is the capital of Mongolia?', [('repeat_request', {'request': ['What is the capital of Mongolia?']}), ('no_commas', {})]),
    ("Is coffee bad for you? Answer in 2 paragraphs, the second one starting with 'Overall', and finish with a question.", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 2, 'word': 'Overall'}), ('end_with_question', {})]),
    ('Give me a bullet list (at least 4 bullets) of snacks for a long drive, in German.', [('bullets_min', {'n': 4}), ('language', {'code': 'de'})]),
    ("Write a product description for a reusable water bottle, 50 words max, with the word 'leakproof' twice or more.", [('words_max', {'n': 50}), ('keyword_frequency', {'word': 'leakproof', 'n': 2})]),
    ('Write a motivational quote for a gym wall. Uppercase only, wrapped in double quotes.', [('uppercase', {}), ('quotation', {})]),
    ("Write the intro to a cooking podcast episode in fewer than 8 sentences and end it with 'Let's get cooking!'", [('sentences_max', {'n': 7}), ('end_phrase', {'phrase': "Let's get cooking!"})]),
    ('For my test set: please answer in Spanish and keep it under 80 words. Question: what is inflation?', [('language', {'code': 'es'}), ('words_max', {'n': 79})]),
    ('Explain the offside rule. (Max 4 sentences, no commas, no digits.)', [('sentences_max', {'n': 4}), ('no_commas', {}), ('no_digits', {})]),
    ("Write an advert for a language school. Use at least 5 highlighted phrases in markdown and include the word 'fluent'.", [('highlight', {'n': 5}), ('keyword_include', {'words': ['fluent']})]),
    ("What's a good name for a grey kitten? Your answer must be exactly one of: Smoke, Ash, Pebble.", [('constrained_choice', {'options': ['Smoke', 'Ash', 'Pebble']})]),
    ('Draft a welcome speech for new university students: at least 4 paragraphs, at least 300 words.', [('paragraphs_min', {'n': 4}), ('words_min', {'n': 300})]),
    ("Write a product review of noise-cancelling earbuds as exactly 5 bullet points, using the word 'battery' at least 2 times.", [('bullet_list', {'n': 5}), ('keyword_frequency', {'word': 'battery', 'n': 2})]),
    ("Describe a rainforest with at least 12 sentences and without the word 'green'.", [('sentences_min', {'n': 12}), ('keyword_avoid', {'words': ['green']})]),
    ('Write a recipe for flapjacks with no more than 6 bullet points and a P.S. with a storage tip.', [('bullets_max', {'n': 6}), ('postscript', {'marker': 'P.S.'})]),
    ('Italian only, please, and no commas: describe a summer evening in Rome.', [('language', {'code': 'it'}), ('no_commas', {})]),
    ("Write a lost-cat poster. Requirements: (a) in uppercase (b) include the words 'reward' and 'tabby' (c) at least 2 placeholders such as [PHONE].", [('uppercase', {}), ('keyword_include', {'words': ['reward', 'tabby']}), ('placeholders', {'n': 2})]),
    ("Tell me a story about a clockmaker in exactly 4 paragraphs, using the letter 'c' at least 25 times.", [('paragraphs_exact', {'n': 4}), ('letter_frequency', {'letter': 'c', 'n': 25})]),
    ("Explain how to budget on a student loan in no more than 3 paragraphs, without using the word 'just'.", [('paragraphs_max', {'n': 3}), ('keyword_avoid', {'words': ['just']})]),
    ('Lesson plan for teaching fractions to nine-year-olds. At least 2 paragraphs of explanation, then at least 6 bullet points of activities.', [('paragraphs_min', {'n': 2}), ('bullets_min', {'n': 6})]),
    ("Write a one-page overview of our volunteer programme.\nParagraphs: 4 max. Keywords: 'mentor', 'weekends'.", [('paragraphs_max', {'n': 4}), ('keyword_include', {'words': ['mentor', 'weekends']})]),
    ('pls keep answer < 50 words: what is a mortgage offset account?', [('words_max', {'n': 49})]),
    ('Give me packing tips for a week in Iceland. Format: markdown bullet list, 6 items exactly.', [('bullet_list', {'n': 6})]),
    ("Write a workshop plan for a pottery class with five sections; each header should read 'Session N' (Session 1, Session 2 and so on).", [('sections', {'n': 5, 'marker': 'Session'})]),
    ('Draft two short apology texts with different tones. Separator: %%%%', [('two_responses', {'separator': '%%%%'})]),
    ('Give me a fill-in-the-blank reference letter; use square-bracket placeholders, minimum 5.', [('placeholders', {'n': 5})]),
    ('Response format: everything inside triple backticks.\nContent: a limerick about a cat who hates Mondays.', [('code_block', {})]),
    ('Pick one and reply with only that word: red, blue, green. Which colour is best for a kitchen wall?', [('constrained_choice', {'options': ['red', 'blue', 'green']})]),
    ('Write a school newsletter piece about sports day. Words in all caps: 2 at most.', [('capital_words_max', {'n': 2})]),
    ("Keyword frequency: 'community' x4 minimum. Write a speech for a neighbourhood street fair.", [('keyword_frequency', {'word': 'community', 'n': 4})]),
    ("Finish the story with this exact sentence: 'And the door never opened again.' The story is about a haunted pantry.", [('end_phrase', {'phrase': 'And the door never opened again.'})]),
    ("Constraints: begins with 'Once upon a time', ends with 'The end.'\nTask: a fairy tale about a shy dragon.", [('start_phrase', {'phrase': 'Once upon a time'}), ('end_phrase', {'phrase': 'The end.'})]),
    ('Language: Spanish.\nWrite a short dialogue between two friends planning a picnic.', [('language', {'code': 'es'})]),
    ("Speech for a robotics competition opening ceremony (at least 200 words; include the word 'innovation' at least 3 times; finish with 'Let the games begin!').", [('words_min', {'n': 200}), ('keyword_frequency', {'word': 'innovation', 'n': 3}), ('end_phrase', {'phrase': 'Let the games begin!'})]),
    ('Constraints: JSON output only. No digits anywhere.\nTask: describe a fictional sports team with its name, city and mascot.', [('json_output', {}), ('no_digits', {})]),
    ("Write an Airbnb listing for a cabin in the woods\nConstraints:\n- min 150 words\n- include 'wood stove' and 'hot tub'\n- end with 'Book your escape today.'", [('words_min', {'n': 150}), ('keyword_include', {'words': ['wood stove', 'hot tub']}), ('end_phrase', {'phrase': 'Book your escape today.'})]),
    ('Summarise the benefits of cycling to work in a JSON object; keys must be lowercase.', [('json_output', {})]),
    ('Write an email to staff about the new parking rules. Include a title in double angular brackets and a P.S. at the end.', [('title', {}), ('postscript', {'marker': 'P.S.'})]),
    ('Give me Python code that reverses a string, wrapped entirely in a code block, and keep it below 40 words.', [('code_block', {}), ('words_max', {'n': 39})]),
    ('Echo my request back exactly as I typed it, then do it. Request: Write a short slogan for a recycling campaign.', [('repeat_request', {'request': ['Write a short slogan for a recycling campaign.']})]),
    ("Before answering, restate my question exactly as written. My question: What's the difference between baking soda and baking powder?", [('repeat_request', {'request': ["What's the difference between baking soda and baking powder?"]})]),
    ('Restate my request word for word first, then answer it in under 30 words. Request: Name a good houseplant for a dark bathroom.', [('repeat_request', {'request': ['Name a good houseplant for a dark bathroom.']}), ('words_max', {'n': 29})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('How many words is a college application essay usually supposed to be?', []),
    ('Why does my teacher take marks off for comma splices? What even is one?', []),
    ('What is JSON, and why do most web APIs use it instead of XML?', []),
    ("Someone ended their text to me with 'P.S. I miss you'. Is it weird to reply only to the P.S.?", []),
    ('What do the << and >> symbols do in a Bash script?', []),
    ("I'm designing a benchmark where prompts say things like 'answer in under 50 words'. How should I score an answer that comes in at 51 words: fail it or give partial credit?", []),
    ('One of my test prompts reads "Respond in all lowercase." Should a model still capitalise proper nouns under that rule, in your opinion?', []),
    ('Why are book titles italicised but poem titles put in quotation marks?', []),
    ('My essay came out at 1,250 words and the limit is 1,000. What kinds of sentences are usually safest to cut?', []),
    ('Should numbers under ten be written as words or digits in AP style?', []),
    ('Why do some people write all their emails in lowercase? Is it a generational thing?', []),
    ('How do I count how many times a word appears in a column in Excel?', []),
    ('Can a haiku have more than three lines, or is that structure strict?', []),
    ('How do I check whether a string is valid JSON in JavaScript?', []),
    ('In contracts, why are some paragraphs written in ALL CAPS, like the warranty disclaimers?', []),
    ('When is a numbered list better than a bulleted list in documentation?', []),
    ('Why do templates usually put placeholders in square brackets, like [Name]?', []),
    ("How do you say 'see you tomorrow' in Portuguese?", []),
    ('What did the # symbol mean on telephone keypads before it became a hashtag?', []),
    ('Does the question mark go inside or outside the quotation marks when you quote a question?', []),
    ("How long should a best man's speech be? I've heard five minutes is the sweet spot.", []),
    ('Give me some ideas for a title for my podcast about urban gardening.', []),
    ("Our house style guide bans the word 'utilize'. Is there ever a good reason to use it over 'use'?", []),
    ("What's a lipogram? Is Gadsby really written without the letter e?", []),
    ("Why does Python's json.dumps escape non-ASCII characters by default?", []),
    ("What does the '---' line at the top of a Markdown file with YAML front matter do?", []),
    ('How do I make a code block in Slack so my stack trace keeps its formatting?', []),
    ("I keep opening every email with 'I hope this finds you well.' What are some less stale ways to begin?", []),
    ("A rubric for my debate class says speeches should 'end with a question'. Why would a teacher want that?", []),
    ('Why do tweets limit characters rather than words?', []),
    ("A coworker's email to the whole team said 'please reply in Spanish if you can'. Our team language is English, so should I?", []),
    ("Here's a checklist from my editor: 'No commas before quotes. Headlines in caps. Under 800 words.' Which of these rules are standard in journalism?", []),
    ('How do I put a bulleted list inside a table cell in Google Docs?', []),
    ("My kid asked why they're called capital letters. Where does the word come from?", []),
    ('Is a trailing comma allowed in JSON arrays? My linter complains about [1, 2, 3,].', []),
    ('In Python, are single quotes and double quotes really interchangeable?', []),
    ("What's the longest English word that doesn't repeat a letter?", []),
    ("Our evaluation rubric checks whether a response 'uses at least 3 hashtags'. How would you write a regex that counts hashtags?", []),
    ("When someone asks for 'two versions separated by asterisks', do they usually mean a line of *** or something else?", []),
    ('Why do screen readers struggle with text written in ALL CAPS?', []),
    ("What's the difference between a P.S. and an addendum in a formal letter?", []),
    ("My résumé template has a section called 'Section 1: Experience'. Is numbering sections like that old-fashioned?", []),
    ("Is it true that starting a sentence with 'Because' is always wrong?", []),
    ("I wrote this instruction for an annotator: 'Wrap your entire answer in double quotes.' Is it clear whether the quotes count toward the word limit?", []),
    ('Why do recipe websites make you scroll through a long story before the ingredients?', []),
    ('My professor wants a five-paragraph essay. What is each paragraph supposed to do?', []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

# left unread or misread by the reader, as the reviewer expects them (the maintainer moves them here)
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('Split the onboarding guide for new cashiers into 4 sections. Mark the beginning of each with SECTION X, e.g. SECTION 1, SECTION 2.', [('sections', {'n': 4, 'marker': 'SECTION'})]),
    ('(echo the question verbatim before answering) How long does it take to hard-boil an egg?', [('repeat_request', {'request': ['How long does it take to hard-boil an egg?']})]),
    ('Respond in English and end your answer with a question: what are good habits for learning piano?', [('language', {'code': 'en'}), ('end_with_question', {})]),
    ("For a test set I'm building: does 'no more than 2 paragraphs' count a one-line sign-off as a paragraph?", []),
]
