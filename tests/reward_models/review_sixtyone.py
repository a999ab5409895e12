# ruff: noqa: E501  (test data: one probe per line, as written)
"""A sixty-first review (a helper session): "the bundled task's constraint kinds, phrased by someone else" (the
issue's hidden set #1), written blind to the reader's rules. Only the output conventions were learned beforehand
(the kinds and their arguments in `reward_models/checkers.py`, the docstring and the first 5 entries of list A of
`review_sixty.py`, and how `training/eval_instructions.py` compares arguments); the reader's source, its tests, the
other reviews and the history were not opened. No request is taken from another test file or from a public benchmark
(IFEval, IFBench, FollowBench, InFoBench, ...), and none imitates their wording.

On the first read there were 197 labelled requests (326 labels: 100 with one, 65 with two, 32 with three; a
"between A and B" counts as two) and 42 controls. Each labelled request is an ordinary writing task carrying the task's
constraint kinds in its author's own words, before, inside or after the request, with varied verbs and bounds ("no
more than", "fewer than", "below", "N or less", "tops", "at least", "no fewer than", "N or more", "3+", "exactly",
"between"), in eleven groups: emails, notes and letters (21); plans, schedules and how-tos (16); reviews, ads, product
copy and social posts (31); explanations and summaries (30, one with a pasted paragraph full of its own numbers);
stories, poems and dialogues (35); speeches, cover letters, FAQs, essays and press releases (26); recipes (5); casual
and terse (7: "like 20 words tops", "numbered 1 to 6", "3+ hashtags", a request typed in capitals); two answers,
repeats and choices (18); code and JSON (6); requests written in French and German (2). Every kind in `checkers.py`
is used; on the first read words_max 42, keyword_include 17, words_min 15, keyword_frequency 14, keyword_avoid 13,
paragraphs_exact 13, lowercase 12, end_phrase 11, language 11 (fr, es, it, de, pt, ja, ko), end_with_question 10,
hashtags 9, postscript 9 ("P.S.", "PS", "P.P.S."), no_commas 8, sections 8 ('Day', 'Part', 'Section', 'Chapter'),
start_phrase 8, two_responses 8 ('******', '***', '---', '~~~~'), numbered_list 7, paragraph_first_word 7,
sentences_max 7, title 7, and 4-6 each of highlight, json_output, no_digits, repeat_request, uppercase, bullet_list,
capital_words, constrained_choice, letter_frequency, placeholders, quotation, sentences_exact, bullets_min,
code_block, paragraphs_min, sentences_min; the rarer bullets_max, capital_words_max, paragraphs_max 3 each.
B: 42 controls that ask nothing verifiable of the answer though they carry numbers, quoted words and format words:
questions about a cover letter's length, P.S., JSON, whether a title counts toward "under 500 words", bulleted versus
numbered lists, all caps online and in subject lines, "10 items or fewer", hashtags, the 17 syllables of a haiku, a
boss's "never put more than 3 bullet points on a slide", double quotes in Excel, placeholders in contract templates,
the serial comma, code blocks, "The End of the Affair", "at least 5 sentences" per paragraph, the 14 lines of a
sonnet, ****** in censored words, a professor's 'Section 1, Section 2' format, the Spanish upside-down question mark;
and plain writing requests with no checkable limit ("a short poem about my grandmother's garden", "a story about a
bear who opens a bakery", "3 good sci-fi books", "a rainy afternoon in Paris"). Expected reads: none.

Argument conventions (the project's): "under N" / "fewer than N" / "less than N" / "below N" is a max of N-1; "no
more than" / "at most" / "no longer than" / "N or less" / "N or fewer" / "tops" / "max" a max of N; "at least" / "no
fewer than" / "N or more" / "N+" a min of N; "between A and B" both bounds; "exactly N" / "in N sentences" / "in 3
paragraphs" / "3 stanzas separated by blank lines" exact. "exactly 3 bullet points" is bullet_list, "at least 5
bullet points" bullets_min, "at most 7 bullet points" bullets_max; "a numbered list of 6 steps" / "numbered 1 to 6"
numbered_list; "Day 1 through Day 7" / "Mark each day with a header like Day 1, Day 2" in a 5-day itinerary sections
with that n. Keywords lower-cased as typed, a multi-word phrase one keyword, several in one instruction one entry in
the order typed; a letter lower-cased; a separator the symbol run as typed; a section marker and a paragraph's first
word as typed; placeholders named one by one one each; a repeat the text after "Request:" / "My question:" / the
colon, in a list of one; start and end phrases as quoted, punctuation inside the quotes; constrained-choice options
as typed; a language its ISO 639-1 code, and the language a request is merely written in not labelled.

First read, no fixes, no label changed after it (2026-12-05 01:16 UTC; /work/wt61 at commit 59b9eeb, clean,
imported from /tmp): `cd /tmp && PYTHONPATH=/work/wt61 /work/main/.venv/bin/aligned-train eval-instructions --cases
/work/main/tests/reward_models/review_sixtyone.py` printed:
197 prompts: recall 0.972 (317/326), precision 0.997 (317/318), exact arguments 1.000 (read 317, missed 9, extra 1;
the command counts a repeat against any of its readings), instruction-free read clean 40 of 42.
Strictly (the sorted list of (kind, args) equal to the expected, tuples as lists; a small script importing
`reward_models.instructions.parse_instructions` with PYTHONPATH=/work/wt61, run from /tmp), 12 labelled probes (15
labels) and 2 controls are misread; they are moved to UNREAD with their expected labels, so A (185 probes, 309
labels) and B (40) hold only probes read exactly right. The misses, by failure pattern:
- repeating the request (5): three read with two readings, the instruction sentence joined to the request as well as
  the request alone ("Start your reply by copying my question exactly as written, then answer it. My question: ...",
  "Echo the following request back verbatim before you respond to it. Request: ...", "Please restate my question
  word for word at the top of your answer, then reply. My question: ..."), which the command's lenient match counts
  and the strict rule does not; two unread, "Before you answer, type out my request exactly as I wrote it. Request:
  ..." and "Repeat my request first, then answer in under 100 words and in all lowercase. Request: ..." (its
  words_max and lowercase read).
- an instruction written in another language (2): "en moins de 50 mots" (words_max unread), "ohne Kommas"
  (no_commas unread).
- a paragraph count beside other constraints (2): "in at least 3 paragraphs, with at least 2 words in ALL CAPS and
  the word 'shadow' included" (paragraphs_min unread, the other two read); "with exactly 3 stanzas, separated by
  blank lines, and give it a title in <<double angular brackets>>" (paragraphs_exact unread, title read).
- a control read as an instruction (2): "Do emails with ALL CAPS subject lines get opened less often?" (uppercase);
  "My professor wants the lab report in 'Section 1, Section 2' format. How should a lab report be organized?"
  (sections 2 'Section').
- one each: a count of placeholders named one by one after a colon read as 1 ("placeholders for the names, date and
  venue: [bride], [groom], [date], [venue]": 1, not 4); an end phrase without "exact" or "phrase" ("a campfire song
  verse that ends with "and the fire burned on"": unread); no digits as "without using any numerical digits"
  (unread).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) emails, notes and letters
    ('Write an email to my team announcing that the office will be closed on Friday for maintenance. Keep it to no more than 120 words.', [('words_max', {'n': 120})]),
    ("Draft a polite email to a supplier asking why our last shipment arrived two weeks late. Please don't use any commas in it.", [('no_commas', {})]),
    ('Compose an email inviting our volunteers to the annual thank-you dinner. End the email with a postscript that starts with P.S. and mentions parking.', [('postscript', {'marker': 'P.S.'})]),
    ('I need an email to my landlord asking to renew the lease. Use placeholders in square brackets for anything I still have to fill in, like [date], with at least 4 of them in total.', [('placeholders', {'n': 4})]),
    ('Write a follow-up email after a job interview for a data analyst role. It must open with the exact words "Thank you for your time" and be fewer than 150 words.', [('start_phrase', {'phrase': 'Thank you for your time'}), ('words_max', {'n': 149})]),
    ('Email to parents about the school trip to the science museum: mention the words \'permission slip\' and \'packed lunch\', and finish the email with the exact line "See you there!"', [('keyword_include', {'words': ['permission slip', 'packed lunch']}), ('end_phrase', {'phrase': 'See you there!'})]),
    ('Write a resignation email to my manager. Three paragraphs exactly, separated by blank lines, and no more than 180 words in total.', [('paragraphs_exact', {'n': 3}), ('words_max', {'n': 180})]),
    ("Can you write an out-of-office auto-reply for my holiday? All lowercase please, it's our company style, and under 60 words.", [('lowercase', {}), ('words_max', {'n': 59})]),
    ('Write a note to my roommate about doing the dishes. End it with the phrase "Thanks, roomie!" and nothing after it.', [('end_phrase', {'phrase': 'Thanks, roomie!'})]),
    ("Write a thank-you note to my kid's soccer coach. Add a P.P.S. at the very end about the end-of-season picnic.", [('postscript', {'marker': 'P.P.S.'})]),
    ('Write a letter to my future self, ten years from now, of at least 200 words. Include a postscript at the end, starting with P.S.', [('words_min', {'n': 200}), ('postscript', {'marker': 'P.S.'})]),
    ("Write a reminder message to the book club about next week's meeting, and please put a PS at the bottom about bringing snacks.", [('postscript', {'marker': 'PS'})]),
    ('Write an email to a client apologizing for a delayed delivery. It should be under 100 words, contain no commas, and end with "Best regards".', [('words_max', {'n': 99}), ('no_commas', {}), ('end_phrase', {'phrase': 'Best regards'})]),
    ('Draft an email to HR asking about parental leave. Use at most 5 sentences, no commas, and close with "Kind regards".', [('sentences_max', {'n': 5}), ('no_commas', {}), ('end_phrase', {'phrase': 'Kind regards'})]),
    ('Write an email to my landlord about a leaking kitchen tap. Include the placeholders [Your Name] and [Flat Number], keep it under 120 words, and end with "Thank you."', [('placeholders', {'n': 2}), ('words_max', {'n': 119}), ('end_phrase', {'phrase': 'Thank you.'})]),
    ('Write an email to a client about an overdue invoice. Avoid shouting: fewer than 3 words in all caps.', [('capital_words_max', {'n': 2})]),
    ("Write a note, 150 words at most, to my daughter's teacher explaining why she was absent yesterday.", [('words_max', {'n': 150})]),
    ('Write an apology text to my friend for missing her birthday party. Under 50 words and end with a question.', [('words_max', {'n': 49}), ('end_with_question', {})]),
    ("Write a welcome message for new gym members that mentions 'locker' at least 2 times and 'towel' at least 2 times.", [('keyword_frequency', {'word': 'locker', 'n': 2}), ('keyword_frequency', {'word': 'towel', 'n': 2})]),
    ('Write a pen-pal letter to a girl in Brazil who is learning English with me. It must be written in Portuguese and end with a question.', [('language', {'code': 'pt'}), ('end_with_question', {})]),
    ("Using only lowercase letters, write a text message asking my neighbor to water my plants while I'm away.", [('lowercase', {})]),
    # ---- (2) plans, schedules and how-tos
    ('Create a 5-day itinerary for a first trip to Lisbon. Mark each day with a header like Day 1, Day 2 and so on.', [('sections', {'n': 5, 'marker': 'Day'})]),
    ('Put together a weekly meal-prep plan for a vegetarian athlete. Give it a title wrapped in double angle brackets, like <<My Plan>>, and keep the whole thing under 300 words.', [('title', {}), ('words_max', {'n': 299})]),
    ("I'm training for a 10k. Give me a training plan as a numbered list of exactly 8 steps, and don't mention the word 'marathon'.", [('numbered_list', {'n': 8}), ('keyword_avoid', {'words': ['marathon']})]),
    ('Make a study schedule for my chemistry final, which is 2 weeks away. Use at least 5 bullet points, and end with a question I could ask my teacher.', [('bullets_min', {'n': 5}), ('end_with_question', {})]),
    ("Outline a marketing plan for a small bakery opening in a university town. Divide it into 4 parts, each beginning with a heading 'Part 1', 'Part 2', and so on, and highlight at least 3 key ideas with markdown, e.g. *key idea*.", [('sections', {'n': 4, 'marker': 'Part'}), ('highlight', {'n': 3})]),
    ("Plan a children's birthday party for ten 7-year-olds on a $150 budget. Respond in fewer than 200 words and don't mention the word 'sugar'.", [('words_max', {'n': 199}), ('keyword_avoid', {'words': ['sugar']})]),
    ('Describe a week-long trip to Japan, broken into days: label them Day 1 through Day 7.', [('sections', {'n': 7, 'marker': 'Day'})]),
    ('Write a lesson plan about fractions for 4th graders, organised into 4 chapters named Chapter 1, Chapter 2, Chapter 3, Chapter 4.', [('sections', {'n': 4, 'marker': 'Chapter'})]),
    ('Explain how a bill becomes law in the US, using a numbered list of 6 steps.', [('numbered_list', {'n': 6})]),
    ('Using a numbered list of 4 items, tell me how to change a flat tire.', [('numbered_list', {'n': 4})]),
    ('Make a plan for decluttering a garage over one weekend: sections labelled Part 1 and Part 2, at least 4 bullet points, and a title in <<double angle brackets>>.', [('sections', {'n': 2, 'marker': 'Part'}), ('bullets_min', {'n': 4}), ('title', {})]),
    ("Give me a weekly workout plan with Day 1 to Day 5 headings, at least 250 words, and the word 'stretch' at least 4 times.", [('sections', {'n': 5, 'marker': 'Day'}), ('words_min', {'n': 250}), ('keyword_frequency', {'word': 'stretch', 'n': 4})]),
    ('Write a memo to staff about the new parking rules. Use Section 1 and Section 2 as headings, and keep it under 200 words.', [('sections', {'n': 2, 'marker': 'Section'}), ('words_max', {'n': 199})]),
    ('Write a project proposal for a community library app. Split it into three sections headed Section 1, Section 2 and Section 3.', [('sections', {'n': 3, 'marker': 'Section'})]),
    ('Create a to-do list for moving into a new apartment: a markdown bulleted list with exactly 8 bullet points, written in lowercase.', [('bullet_list', {'n': 8}), ('lowercase', {})]),
    ('What should I pack for a weekend camping trip? Give me at most 7 bullet points.', [('bullets_max', {'n': 7})]),
    # ---- (3) reviews, ads, product copy and social posts
    ("Write a review of a budget pair of wireless earbuds. The review should contain at least 250 words, and please don't use the word 'cheap'.", [('words_min', {'n': 250}), ('keyword_avoid', {'words': ['cheap']})]),
    ("Write a review of a small family trattoria in Rome. Write it entirely in capital letters, as if you're shouting with joy.", [('uppercase', {})]),
    ("Write a one-star review of a hotel with a broken elevator, in exactly 4 sentences, using the word 'elevator' at least twice.", [('sentences_exact', {'n': 4}), ('keyword_frequency', {'word': 'elevator', 'n': 2})]),
    ("Give a review of the movie Inception for a student newspaper; use the word 'dream' at least 4 times.", [('keyword_frequency', {'word': 'dream', 'n': 4})]),
    ('Write a customer review of a standing desk. Wrap your entire answer in double quotation marks, as if it were quoted on our website.', [('quotation', {})]),
    ("Write a book review of 'The Old Man and the Sea' for a high school blog, in 3 paragraphs. The first word of the third paragraph must be 'Ultimately'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 3, 'word': 'Ultimately'})]),
    ("Write a review of a neighbourhood pizza place. The first paragraph should start with 'Honestly', there should be exactly 3 paragraphs, and the word 'crust' must appear at least twice.", [('paragraph_first_word', {'n': 1, 'word': 'Honestly'}), ('paragraphs_exact', {'n': 3}), ('keyword_frequency', {'word': 'crust', 'n': 2})]),
    ('Write a product review of a hiking backpack using no fewer than 8 sentences.', [('sentences_min', {'n': 8})]),
    ('Write an Instagram caption advertising our new cold brew. Include at least 3 hashtags and keep it under 40 words.', [('hashtags', {'n': 3}), ('words_max', {'n': 39})]),
    ("Write a radio ad for a local car wash. It should be no longer than 60 words and include the phrase 'sparkle guaranteed'.", [('words_max', {'n': 60}), ('keyword_include', {'words': ['sparkle guaranteed']})]),
    ('Write a print ad for a yoga studio. Use at least 3 words in all caps for emphasis, but keep it under 100 words.', [('capital_words', {'n': 3}), ('words_max', {'n': 99})]),
    ('Create a newspaper classified ad selling a used bicycle. No commas, and finish with the exact phrase "Call now."', [('no_commas', {}), ('end_phrase', {'phrase': 'Call now.'})]),
    ("Write a product description for a bamboo cutting board. Highlight at least 2 features using markdown italics like *feature*, and don't use any digits.", [('highlight', {'n': 2}), ('no_digits', {})]),
    ("Write a product description for noise-cancelling headphones in less than 80 words, and mention 'battery life' at least twice.", [('words_max', {'n': 79}), ('keyword_frequency', {'word': 'battery life', 'n': 2})]),
    ("Write an Amazon listing description for a kids' raincoat. Include the word 'waterproof' at least 3 times and use no commas.", [('keyword_frequency', {'word': 'waterproof', 'n': 3}), ('no_commas', {})]),
    ("Write a product description for a smart water bottle: exactly 3 bullet points, no digits, and mention 'hydration'.", [('bullet_list', {'n': 3}), ('no_digits', {}), ('keyword_include', {'words': ['hydration']})]),
    ('Write a product description for a memory-foam travel pillow in French, under 90 words, ending with a question.', [('language', {'code': 'fr'}), ('words_max', {'n': 89}), ('end_with_question', {})]),
    ('Write an ad for a language school. Write it in Spanish, use at least 2 hashtags, and stay under 60 words.', [('language', {'code': 'es'}), ('hashtags', {'n': 2}), ('words_max', {'n': 59})]),
    ('Write a short ad for a used Fiat Panda in Italian, no more than 50 words, with at least 2 hashtags.', [('language', {'code': 'it'}), ('words_max', {'n': 50}), ('hashtags', {'n': 2})]),
    ("Write an ad for a diet soda that never uses the words 'sugar', 'calories', or 'diet'.", [('keyword_avoid', {'words': ['sugar', 'calories', 'diet']})]),
    ("Write a hype post for our team's championship game. Include at least 5 words in ALL CAPS and end with at least 2 hashtags.", [('capital_words', {'n': 5}), ('hashtags', {'n': 2})]),
    ('Write a TikTok caption for a video of my dog surfing. Add 4 or more hashtags at the end.', [('hashtags', {'n': 4})]),
    ("Create a LinkedIn post celebrating our team's product launch. Use at least 3 hashtags and keep it below 120 words.", [('hashtags', {'n': 3}), ('words_max', {'n': 119})]),
    ("At least 5 hashtags, please! Write a post announcing our cat café's grand opening.", [('hashtags', {'n': 5})]),
    ('Write a LinkedIn post about finishing my MBA. Begin it with "Two years ago," exactly.', [('start_phrase', {'phrase': 'Two years ago,'})]),
    ('Write a tweet thread about saving water at home: at least 3 hashtags, under 200 words, and all in lowercase.', [('hashtags', {'n': 3}), ('words_max', {'n': 199}), ('lowercase', {})]),
    ('Write a motivational poster slogan in all capital letters, 10 words or less, with no commas.', [('uppercase', {}), ('words_max', {'n': 10}), ('no_commas', {})]),
    ("Write a blurb for a thriller novel; it has to mention 'Venice' and 'stolen violin'.", [('keyword_include', {'words': ['venice', 'stolen violin']})]),
    ("Give me a pitch for a mobile game about gardening. At least 150 words, include the words 'relaxing' and 'seasons', and use at least 2 words in all caps.", [('words_min', {'n': 150}), ('keyword_include', {'words': ['relaxing', 'seasons']}), ('capital_words', {'n': 2})]),
    ('Write a job ad for a part-time gardener. Include at least 3 placeholders in square brackets, such as [hourly rate], and add a P.S. at the end.', [('placeholders', {'n': 3}), ('postscript', {'marker': 'P.S.'})]),
    ('List the main features of the new phone in 5 bullet points or fewer.', [('bullets_max', {'n': 5})]),
    # ---- (4) explanations and summaries
    ('Explain how vaccines train the immune system to a 10-year-old. Keep it to 5 sentences or fewer, and end with a question to check they understood.', [('sentences_max', {'n': 5}), ('end_with_question', {})]),
    ('Explain the difference between weather and climate in exactly 2 paragraphs, with a blank line between them.', [('paragraphs_exact', {'n': 2})]),
    ("Explain what inflation is without using the words 'money' or 'price'. Keep it under 120 words.", [('keyword_avoid', {'words': ['money', 'price']}), ('words_max', {'n': 119})]),
    ('Explain blockchain in simple terms. Your response should be entirely in lowercase and contain at least 100 words.', [('lowercase', {}), ('words_min', {'n': 100})]),
    ('Can you explain photosynthesis? Please answer in French, in exactly 3 sentences.', [('language', {'code': 'fr'}), ('sentences_exact', {'n': 3})]),
    ("Explain recursion to a beginner programmer, and make sure the letter 'r' appears at least 30 times in your explanation.", [('letter_frequency', {'letter': 'r', 'n': 30})]),
    ('Summarize the plot of Romeo and Juliet in under 50 words.', [('words_max', {'n': 49})]),
    ("Summarize the main causes of World War I in no more than 3 sentences, and mention 'Franz Ferdinand'.", [('sentences_max', {'n': 3}), ('keyword_include', {'words': ['franz ferdinand']})]),
    ('Give me a summary of the water cycle in exactly one sentence, and wrap it in double quotation marks.', [('sentences_exact', {'n': 1}), ('quotation', {})]),
    ("Summarize the benefits of regular exercise and return the summary as a JSON object with keys 'topic' and 'points'.", [('json_output', {})]),
    ("Summarize this paragraph for a newsletter in at most 40 words: 'Our community garden opened in 2019 with 12 plots. Today it has 48 plots, a tool shed, and a waiting list of 30 families. Volunteers meet every Saturday at 9 a.m.'", [('words_max', {'n': 40})]),
    ("Explain why the sky is blue. Use no more than 2 paragraphs and include the word 'scattering'.", [('paragraphs_max', {'n': 2}), ('keyword_include', {'words': ['scattering']})]),
    ('In exactly 2 sentences: what is the difference between a virus and a bacterium?', [('sentences_exact', {'n': 2})]),
    ('Responding in Korean, give me three tips for staying focused while studying.', [('language', {'code': 'ko'})]),
    ('No more than 3 bullet points: why should I learn to cook?', [('bullets_max', {'n': 3})]),
    ("Describe the life cycle of a butterfly. The word 'caterpillar' should appear 3 or more times.", [('keyword_frequency', {'word': 'caterpillar', 'n': 3})]),
    ("Describe the taste of chocolate to someone who has never had it, but avoid the word 'sweet'.", [('keyword_avoid', {'words': ['sweet']})]),
    ('Explain the rules of castling in chess, and bold at least 2 important terms using **double asterisks**.', [('highlight', {'n': 2})]),
    ('Write tips for first-time home buyers. Highlight at least 4 parts of your answer with markdown, for example *important*.', [('highlight', {'n': 4})]),
    ('Explain how compound interest works. Answer in Portuguese and use at least 5 sentences.', [('language', {'code': 'pt'}), ('sentences_min', {'n': 5})]),
    ('Describe a sunrise over the desert in German, in no more than 4 sentences.', [('language', {'code': 'de'}), ('sentences_max', {'n': 4})]),
    ("Summarize the key ideas of stoicism in exactly 5 bullet points, avoiding the word 'emotion', and include the keyword 'control'.", [('bullet_list', {'n': 5}), ('keyword_avoid', {'words': ['emotion']}), ('keyword_include', {'words': ['control']})]),
    ('Summarize the French Revolution for a history quiz. Use a numbered list of exactly 5 points, wrap key terms in *asterisks* so at least 3 are highlighted, and keep it under 150 words.', [('numbered_list', {'n': 5}), ('highlight', {'n': 3}), ('words_max', {'n': 149})]),
    ('Reply in no more than 2 sentences: why do onions make you cry?', [('sentences_max', {'n': 2})]),
    ('Describe your ideal weekend in at least 6 sentences.', [('sentences_min', {'n': 6})]),
    ('Write a product update note for our customers; it should have at least 3 paragraphs.', [('paragraphs_min', {'n': 3})]),
    ("Describe the perfect cup of tea in exactly 3 sentences and don't use any commas.", [('sentences_exact', {'n': 3}), ('no_commas', {})]),
    ('Write a FAQ answer explaining our refund policy. Wrap your whole response in double quotes and keep it under 70 words.', [('quotation', {}), ('words_max', {'n': 69})]),
    # ---- (5) stories, poems and other creative writing
    ('Write a bedtime story about a hedgehog who is afraid of the dark. It should be at least 300 words long and have at least 5 paragraphs.', [('words_min', {'n': 300}), ('paragraphs_min', {'n': 5})]),
    ('Write a short story about a lighthouse keeper. Start the story with the sentence "The storm arrived on a Tuesday." and keep it under 400 words.', [('start_phrase', {'phrase': 'The storm arrived on a Tuesday.'}), ('words_max', {'n': 399})]),
    ("Tell a story about a robot learning to paint. It should have 4 paragraphs, and the second one has to begin with the word 'Suddenly'.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 2, 'word': 'Suddenly'})]),
    ('Write a mystery story set on a night train; the word \'ticket\' must appear at least 3 times, and end the story with the words "The train kept moving."', [('keyword_frequency', {'word': 'ticket', 'n': 3}), ('end_phrase', {'phrase': 'The train kept moving.'})]),
    ('Write a fable about a fox and a crow in fewer than 250 words, and end the whole thing with a question.', [('words_max', {'n': 249}), ('end_with_question', {})]),
    ("Write a ghost story for a campfire, entirely in lowercase, and include the word 'lantern'.", [('lowercase', {}), ('keyword_include', {'words': ['lantern']})]),
    ('Write a sci-fi flash fiction piece of between 100 and 150 words.', [('words_min', {'n': 100}), ('words_max', {'n': 150})]),
    ('Write a poem about autumn in Vermont. Give it a title in double angular brackets, e.g. <<title>>.', [('title', {})]),
    ("Write a limerick about a cat who loves lasagna, and make sure the letter 'l' appears at least 15 times.", [('letter_frequency', {'letter': 'l', 'n': 15})]),
    ("Compose a poem about rain in the city; it must not contain the words 'wet' or 'umbrella'.", [('keyword_avoid', {'words': ['wet', 'umbrella']})]),
    ('Write a dialogue between two astronauts noticing a strange light on Mars. Do not use any numbers written as digits; spell them out. It should be at least 200 words.', [('no_digits', {}), ('words_min', {'n': 200})]),
    ('Script a conversation between a job candidate and an interviewer. Make it end with the interviewer asking a question.', [('end_with_question', {})]),
    ('Write a dialogue where a grandmother teaches her grandson to make dumplings. Write it all in Spanish.', [('language', {'code': 'es'})]),
    ("Write a short dialogue between a barista and a customer who can't decide what to order. The customer must say the word 'decaf' at least twice.", [('keyword_frequency', {'word': 'decaf', 'n': 2})]),
    ("Write a tongue twister about snakes in which the letter 's' appears at least 20 times, in fewer than 40 words.", [('letter_frequency', {'letter': 's', 'n': 20}), ('words_max', {'n': 39})]),
    ('Write a few lines about zebras that use the letter z at least 8 times.', [('letter_frequency', {'letter': 'z', 'n': 8})]),
    ("Write a countdown poem for New Year's Eve, but spell every number out: no digits anywhere.", [('no_digits', {})]),
    ("Write a haiku about winter that includes the word 'kettle'.", [('keyword_include', {'words': ['kettle']})]),
    ('Write a riddle about a clock; the final sentence must be a question.', [('end_with_question', {})]),
    ('Write a diary entry from the point of view of a houseplant. The first words must be "Dear Diary".', [('start_phrase', {'phrase': 'Dear Diary'})]),
    ('Write a horoscope for Scorpio. Open with the words "The stars say".', [('start_phrase', {'phrase': 'The stars say'})]),
    ("Write a poem about Mondays. Give it a title in double angle brackets, keep it under 80 words, and don't use the word 'coffee'.", [('title', {}), ('words_max', {'n': 79}), ('keyword_avoid', {'words': ['coffee']})]),
    ('Tell me a story about a dragon who collects teacups. Use at least 200 words, all in lowercase, and finish with the sentence "and that was that."', [('words_min', {'n': 200}), ('lowercase', {}), ('end_phrase', {'phrase': 'and that was that.'})]),
    ("Write a poem about the moon in exactly 4 stanzas separated by blank lines, in lowercase only, with the word 'silver' at least twice.", [('paragraphs_exact', {'n': 4}), ('lowercase', {}), ('keyword_frequency', {'word': 'silver', 'n': 2})]),
    ("Write a story about a lost umbrella. Make it 3 paragraphs, start the second paragraph with 'Later', and end the story with a question.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'Later'}), ('end_with_question', {})]),
    ("Describe a haunted house in 6 sentences or more, using the letter 'o' at least 40 times, and without the word 'ghost'.", [('sentences_min', {'n': 6}), ('letter_frequency', {'letter': 'o', 'n': 40}), ('keyword_avoid', {'words': ['ghost']})]),
    ("Write a dialogue between a cat and a dog arguing about the couch. Wrap the whole thing in double quotes, keep it under 120 words, and have the word 'mine' appear at least 3 times.", [('quotation', {}), ('words_max', {'n': 119}), ('keyword_frequency', {'word': 'mine', 'n': 3})]),
    ('Tell me a joke about accountants, and make the entire answer fit inside double quotation marks.', [('quotation', {})]),
    ("Write a blog post about learning the violin as an adult, at least 4 paragraphs long, using the word 'practice' at least 3 times.", [('paragraphs_min', {'n': 4}), ('keyword_frequency', {'word': 'practice', 'n': 3})]),
    ('Write an artist statement for my pottery exhibition in 2 paragraphs at most.', [('paragraphs_max', {'n': 2})]),
    ('Brainstorm names for a podcast about gardening, at least 10 bullet points.', [('bullets_min', {'n': 10})]),
    ('List some ways to reduce food waste at home, as a bulleted list with no fewer than 6 items.', [('bullets_min', {'n': 6})]),
    ('List the pros of working from home. Use exactly 4 bullet points in markdown, like: * point.', [('bullet_list', {'n': 4})]),
    # ---- (6) speeches, cover letters, FAQs, essays and articles
    ("Write a cover letter for a junior graphic designer position at a travel magazine. It should have 4 paragraphs separated by blank lines, and the first paragraph must start with the word 'Dear'.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 1, 'word': 'Dear'})]),
    ("Draft a cover letter for a nursing role. Keep it between 200 and 300 words and include the keywords 'patient care' and 'teamwork'.", [('words_min', {'n': 200}), ('words_max', {'n': 300}), ('keyword_include', {'words': ['patient care', 'teamwork']})]),
    ('Cover letter for a barista job, please. Finish with a P.S. about my latte art portfolio.', [('postscript', {'marker': 'P.S.'})]),
    ('Write a cover letter for a teaching assistant job. It should begin with "Dear Hiring Committee," be no longer than 250 words, and include a P.S. mentioning my first-aid certificate.', [('start_phrase', {'phrase': 'Dear Hiring Committee,'}), ('words_max', {'n': 250}), ('postscript', {'marker': 'P.S.'})]),
    ("Write a best man speech for my brother's wedding. It should be at least 400 words and include the word 'canoe' because of a story about our camping trip.", [('words_min', {'n': 400}), ('keyword_include', {'words': ['canoe']})]),
    ('Write a graduation speech for a primary school, at least 300 words. End it with the exact sentence "The future is yours."', [('words_min', {'n': 300}), ('end_phrase', {'phrase': 'The future is yours.'})]),
    ("Write a short retirement speech for a colleague of 30 years. Don't use more than 2 fully capitalized words.", [('capital_words_max', {'n': 2})]),
    ('Write a toast for my parents\' 40th anniversary. Start with "Ladies and gentlemen," and keep it under 150 words.', [('start_phrase', {'phrase': 'Ladies and gentlemen,'}), ('words_max', {'n': 149})]),
    ('Write a thank-you speech for a community award, in Japanese, in at most 3 paragraphs.', [('language', {'code': 'ja'}), ('paragraphs_max', {'n': 3})]),
    ("Write a speech for a school assembly about kindness. Use exactly 4 paragraphs; the first word of paragraph 1 must be 'Kindness'; and include at least 2 highlighted phrases in markdown like *this*.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 1, 'word': 'Kindness'}), ('highlight', {'n': 2})]),
    ("Write a short welcome speech for a school science fair. Keep it between 120 and 180 words and mention 'curiosity'.", [('words_min', {'n': 120}), ('words_max', {'n': 180}), ('keyword_include', {'words': ['curiosity']})]),
    ('Write a calm description of a spa day for our brochure. Use no more than 1 word in all caps.', [('capital_words_max', {'n': 1})]),
    ("Write an FAQ for a dog grooming website with exactly 5 questions, each as a numbered item. Include the word 'appointment'.", [('numbered_list', {'n': 5}), ('keyword_include', {'words': ['appointment']})]),
    ("Create an FAQ for a coworking space. Format it as valid JSON: a list of objects with 'question' and 'answer' fields.", [('json_output', {})]),
    ('Write a customer FAQ for a bike rental shop with at least 6 questions. Put the whole thing in JSON.', [('json_output', {})]),
    ("Write a product FAQ for a smart thermostat as JSON. Do not include the word 'cheap'.", [('json_output', {}), ('keyword_avoid', {'words': ['cheap']})]),
    ('Write an essay about urban beekeeping with a title surrounded by double angle brackets like <<this>>, at least 500 words.', [('title', {}), ('words_min', {'n': 500})]),
    ('Write a press release for a new electric bus route. Use 4 paragraphs, start the whole thing with "FOR IMMEDIATE RELEASE", and add a P.S. with press contact details.', [('paragraphs_exact', {'n': 4}), ('start_phrase', {'phrase': 'FOR IMMEDIATE RELEASE'}), ('postscript', {'marker': 'P.S.'})]),
    ("Write an opinion piece on four-day work weeks in 5 paragraphs separated by blank lines; paragraph 4 should start with the word 'Critics'.", [('paragraphs_exact', {'n': 5}), ('paragraph_first_word', {'n': 4, 'word': 'Critics'})]),
    ("Write a eulogy for a beloved family dog. Write it in 3 paragraphs, and don't use the word 'died'.", [('paragraphs_exact', {'n': 3}), ('keyword_avoid', {'words': ['died']})]),
    ("Write a blog post about minimalism. Requirements: at least 350 words, include the keywords 'declutter' and 'intentional', and end with a question for readers.", [('words_min', {'n': 350}), ('keyword_include', {'words': ['declutter', 'intentional']}), ('end_with_question', {})]),
    ('Write a motivational message for students before exams. Your last sentence must be exactly "You\'ve got this."', [('end_phrase', {'phrase': "You've got this."})]),
    ('Write a brief description, in all caps, of a monster truck rally.', [('uppercase', {})]),
    ('Give me a warning sign for a slippery floor, written entirely in uppercase, no more than 15 words.', [('uppercase', {}), ('words_max', {'n': 15})]),
    ('Draft a safety briefing for a kayaking trip; emphasize key points by writing at least 3 words fully in capitals.', [('capital_words', {'n': 3})]),
    # ---- (7) recipes and food
    ('Give me a recipe for banana bread. Present the steps as a numbered list with exactly 7 steps, and add a P.S. at the end with a storage tip.', [('numbered_list', {'n': 7}), ('postscript', {'marker': 'P.S.'})]),
    ('Share a recipe for a quick weeknight curry. Use at least 3 placeholders in square brackets for ingredients people can swap, like [protein].', [('placeholders', {'n': 3})]),
    ("Write a recipe for overnight oats. Please don't use any digits; write all quantities out in words.", [('no_digits', {})]),
    ('Describe how to make a classic French omelette, answering in French, and keep it under 120 words.', [('language', {'code': 'fr'}), ('words_max', {'n': 119})]),
    ('Give me a recipe for pancakes with a title in <<double angle brackets>>, the ingredients as exactly 6 bullet points, and nothing longer than 200 words.', [('title', {}), ('bullet_list', {'n': 6}), ('words_max', {'n': 200})]),
    # ---- (8) casual and terse
    ("can u write my dog's instagram bio in all caps and throw in 3+ hashtags", [('uppercase', {}), ('hashtags', {'n': 3})]),
    ('need a quick bday msg for my coworker, like 20 words tops', [('words_max', {'n': 20})]),
    ('pls write a grocery list for taco night, numbered 1 to 6', [('numbered_list', {'n': 6})]),
    ('explain taxes to me like im 5, no big words, and keep it under 5 sentences', [('sentences_max', {'n': 4})]),
    ('give me 2 versions of a breakup text, one nice one brutal, put ****** between them lol', [('two_responses', {'separator': '******'})]),
    ('WRITE ME A BIRTHDAY MESSAGE FOR MY NEPHEW. RESPOND ONLY IN CAPS.', [('uppercase', {})]),
    ("Give me a pep talk before my driving test. Make it all lowercase, 3 sentences max, and include the word 'mirror'.", [('lowercase', {}), ('sentences_max', {'n': 3}), ('keyword_include', {'words': ['mirror']})]),
    # ---- (9) two answers, repeats and choices
    ('Give me two different slogans for a recycling campaign, separated by six asterisks (******).', [('two_responses', {'separator': '******'})]),
    ("Write two versions of a tweet announcing our app's launch, one funny and one serious. Put a line of three dashes --- between them.", [('two_responses', {'separator': '---'})]),
    ('Suggest two possible names for a bakery, and separate the two answers with ~~~~.', [('two_responses', {'separator': '~~~~'})]),
    ('I need two alternative opening lines for my novel about a lost sister. Separate them with ****** and give nothing else.', [('two_responses', {'separator': '******'})]),
    ('Give me two different limericks about a forgetful wizard, separated by ***.', [('two_responses', {'separator': '***'})]),
    ('Write two different openings for a wedding speech, separated by ******, and make both entirely lowercase.', [('two_responses', {'separator': '******'}), ('lowercase', {})]),
    ("Write two different taglines for a bike shop separated by ******; keep each in lowercase and avoid the word 'cheap'.", [('two_responses', {'separator': '******'}), ('lowercase', {}), ('keyword_avoid', {'words': ['cheap']})]),
    ("Repeat this request exactly, then answer it: What's a good name for a sourdough starter?", [('repeat_request', {'request': ["What's a good name for a sourdough starter?"]})]),
    ("Is it safe to leave cooked rice out overnight? Answer with only one of the following: 'Yes', 'No', 'It depends'.", [('constrained_choice', {'options': ['Yes', 'No', 'It depends']})]),
    ("Should I repaint my north-facing bedroom in dark navy? Pick one of 'definitely', 'maybe', 'definitely not' and say nothing else.", [('constrained_choice', {'options': ['definitely', 'maybe', 'definitely not']})]),
    ("Is Pluto a planet? Respond with just 'true' or 'false'.", [('constrained_choice', {'options': ['true', 'false']})]),
    ('Which is older, the Great Wall of China or the Colosseum? Your entire answer must be one of: Great Wall, Colosseum.', [('constrained_choice', {'options': ['Great Wall', 'Colosseum']})]),
    ("Does this sentence have a grammar mistake: 'Me and him went to the store.'? Reply with 'yes' or 'no' only.", [('constrained_choice', {'options': ['yes', 'no']})]),
    # ---- (10) code and structured output
    ('Write a Python function that checks whether a string is a palindrome. Put your entire response in a single markdown code block.', [('code_block', {})]),
    ('Give me a sample nginx config for serving a static site. Wrap the whole answer in triple backticks.', [('code_block', {})]),
    ('Write a SQL query that finds the top 5 customers by revenue; respond with only a fenced code block.', [('code_block', {})]),
    ('Show me a YAML example of a GitHub Actions workflow that runs tests. Respond with one fenced code block and no extra text.', [('code_block', {})]),
    ("List three famous bridges and the cities they're in. Output only JSON, no explanations.", [('json_output', {})]),
    ("Extract the names and dates from this sentence and return them as JSON: 'Maria met Tom on 3 March 2021 and Aisha on 14 June 2022.'", [('json_output', {})]),
    ("Write a news brief about a total lunar eclipse in at least 3 paragraphs, with at least 2 words in ALL CAPS and the word 'shadow' included.", [('paragraphs_min', {'n': 3}), ('capital_words', {'n': 2}), ('keyword_include', {'words': ['shadow']})]),
    ('Tell me about the history of the Eiffel Tower without using any numerical digits.', [('no_digits', {})]),
    ('Write a poem about the sea with exactly 3 stanzas, separated by blank lines, and give it a title in <<double angular brackets>>.', [('paragraphs_exact', {'n': 3}), ('title', {})]),
    ('Start your reply by copying my question exactly as written, then answer it. My question: How do I keep houseplants alive in winter?', [('repeat_request', {'request': ['How do I keep houseplants alive in winter?']})]),
    ('Echo the following request back verbatim before you respond to it. Request: Write a two-line rhyme about a sleepy owl.', [('repeat_request', {'request': ['Write a two-line rhyme about a sleepy owl.']})]),
    ('Please restate my question word for word at the top of your answer, then reply. My question: Why do cats purr when they are stressed?', [('repeat_request', {'request': ['Why do cats purr when they are stressed?']})]),
    ('Before you answer, type out my request exactly as I wrote it. Request: Suggest a name for a golden retriever puppy.', [('repeat_request', {'request': ['Suggest a name for a golden retriever puppy.']})]),
    ('Repeat my request first, then answer in under 100 words and in all lowercase. Request: Explain why leaves change color in the fall.', [('repeat_request', {'request': ['Explain why leaves change color in the fall.']}), ('words_max', {'n': 99}), ('lowercase', {})]),
    ('Draft a wedding invitation with placeholders for the names, date and venue: [bride], [groom], [date], [venue].', [('placeholders', {'n': 4})]),
    ('Écris un court poème sur la mer, en moins de 50 mots.', [('words_max', {'n': 49})]),
    ('Schreib mir bitte eine kurze E-Mail an meinen Vermieter wegen der kaputten Heizung, ohne Kommas.', [('no_commas', {})]),
    ('Write a campfire song verse that ends with "and the fire burned on".', [('end_phrase', {'phrase': 'and the fire burned on'})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('How many words should a good cover letter have?', []),
    ('What does P.S. stand for at the end of a letter?', []),
    ('What is JSON and why do so many APIs use it?', []),
    ('My teacher said my essay must be under 500 words. Does the title count toward the word count?', []),
    ("What's the difference between a bulleted list and a numbered list in Microsoft Word?", []),
    ("My friend ended her email with 'P.S. Don't forget the cake!' Is it rude to put important information in a postscript?", []),
    ('Why do people write in all caps online? Is it really considered shouting?', []),
    ("Write a short poem about my grandmother's garden.", []),
    ('Can you suggest a name for my new coffee shop?', []),
    ("What is the plural of 'cactus'?", []),
    ('How do I make a numbered list in Google Docs?', []),
    ("Should a supermarket sign say '10 items or fewer' or '10 items or less'?", []),
    ('What are hashtags and when did people start using them?', []),
    ('Explain what a haiku is and why it has 17 syllables.', []),
    ("My boss always says 'never put more than 3 bullet points on a slide.' Is that good advice?", []),
    ('How do I put text inside double quotes in an Excel formula?', []),
    ('Write a story about a bear who opens a bakery.', []),
    ("What's a good way to end a speech?", []),
    ('Give me some tips for writing a catchy product description.', []),
    ('Why do contract templates use placeholders like [Name] and [Date]?', []),
    ("Should there be a comma before 'and' in a list of three things?", []),
    ('What are markdown code blocks used for?', []),
    ("Who wrote 'The End of the Affair', and what is it about?", []),
    ('Roughly how many people in the UK had a mobile phone in 1995?', []),
    ('Describe the process of making cheddar cheese.', []),
    ('Can you recommend 3 good sci-fi books for a teenager?', []),
    ("What's the word count of the Gettysburg Address?", []),
    ("I wrote this opening line: 'Start with the end in mind.' Does it work for a graduation speech?", []),
    ('Write a thank-you note to my neighbor for feeding my cat while I was away.', []),
    ("In a coding style guide, what does 'use lowercase for variable names' mean?", []),
    ("How long should a LinkedIn summary be? I've heard 200 to 300 words is ideal.", []),
    ("What's the difference between a memo and an email?", []),
    ("Help me plan a surprise party for my sister's 30th birthday.", []),
    ('Is it true that a paragraph must have at least 5 sentences?', []),
    ('Explain the rules of a sonnet: 14 lines, iambic pentameter, and the rest.', []),
    ('Write a description of a rainy afternoon in Paris.', []),
    ('What do the asterisks in ****** mean when someone censors a word online?', []),
    ('What is the capital of Australia?', []),
    ('Tell me about the history of the letter Z.', []),
    ('Why does Spanish put an upside-down question mark at the start of a question?', []),
    ('Do emails with ALL CAPS subject lines get opened less often?', []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("My professor wants the lab report in 'Section 1, Section 2' format. How should a lab report be organized?", []),
]
