# ruff: noqa: E501  (test data: one probe per line, as written)
"""A fiftieth review (a helper session): an evaluator writing a private instruction-following test set, each prompt a
realistic task carrying two or three verifiable constraints, every kind in `checkers.py` at least four times, written
blind to the reader's rules. Only the output conventions were learned beforehand (the kinds and their arguments in
`checkers.py`, and the docstring, layout and argument conventions of `review_fortysix.py` and `review_fortyfive.py`);
no request is taken from another test file or from a public benchmark, and none imitates their wording.

- A: 174 labelled requests (358 labels, two or three each) in one evaluator's voice, now formal ("Your response must ...", "Ensure that ...", "The answer
  should ..."), now conversational ("lowercase only, and ..."), the constraints before, after or inside the task
  sentence, sometimes as a list of requirements under it ("Requirements:\\n- exactly 4 paragraphs\\n- ..."), on
  emails, cover letters, plans and lessons, reviews, dialogues, ads, explanations, stories, lists, poems, recipes,
  FAQs, speeches, product pages, tweets and threads, notices, scripts, templates and quick questions. Weighted toward
  the kinds a generic reader is likeliest to miss: a letter's frequency ("the letter 'o' at least 40 times", "more
  than 6 times", "no fewer than 35 occurrences of the letter A", "a dozen times", an unquoted letter); words in
  capitals at least ("at least 4 words in all capital letters", "in full capitals", "in uppercase") and at most ("no
  more than 2 words in ALL CAPS", "fewer than 3", "no words in all caps at all", "No more than three words may be
  written entirely in capital letters"); a paragraph's first word (the first, second, third, fourth, "the last" of
  an exact five, two in one probe); sections with the marker named ("Day 1", "Step 1" to "Step 4", "Week", "MONTH",
  "Part", "Chapter", "Section", "SECTION", "Question", "Tweet", "Act", "Phase", "Scene"); square-bracket placeholders
  (counted, or named one by one); bold highlights; hashtags; a quotation-wrapped answer; a fenced code block;
  repeating a question or request verbatim before answering it; a choice among options (quoted, unquoted, letters);
  start and end phrases; ending with a question; all lowercase and all uppercase (one request itself typed in
  capitals); no digits; paragraphs exact ("a three-paragraph email", "four stanzas"), at least, at most; bullets
  exact, at least, at most; numbered lists; titles in << >>; postscripts ("P.S.", "PS", a P.S. and a P.P.S.); JSON
  output; two responses with the separator typed ("~~~", "====", "-----", "######", "+++", "seven asterisks"); a
  keyword's frequency; a language (one request written in French). Word and sentence bounds, keywords to include or
  avoid and no commas sit beside them. Asks with no kind in `checkers.py` are left unlabelled beside the labelled
  ones ("2 minutes long", "one tip per bullet", "every paragraph is short", "keys 'tcp', 'udp' and 'when_to_use'").
- B: 46 instruction-free controls in the same voice that use the same vocabulary without asking the answer to obey it:
  postscripts in business letters and sales letters, P.P.S., JSON's double quotes, comments and trailing commas,
  letter frequency in cryptography and the rarest letter, messages pasted in all caps and a question about them,
  lowercase poets and emails, cover-letter paragraph counts, the octothorpe, square-bracket blanks in legal
  templates, fenced code blocks, numbered versus bulleted lists, restating the question in exams, quotation marks
  and guillemets, ending emails with a question, opening a speech, constrained choice in economics, tweet threads,
  counting a letter in JavaScript, a style guide's "Section 1" headings, ISO 639-1 codes, bold and italics, speech
  length, dinkuses, spelling out numerals, scene headings, the Oxford comma, "hashtag" in French, recipes' lists,
  Markdown's "---", placeholder names, drop caps on a paragraph's first word, FAQ length, TL;DR, sign-offs, a homework
  task quoted by a parent, a sign in Spanish for a classroom. Expected reads: none.

Argument conventions as in the earlier reviews (`review_fortysix.py`): "under 80" / "less than" / "fewer than" is a
max of one less ("fewer than 3 words in all caps": capital_words_max 2; "fewer than 2 words in all caps" 1);
"more than 6 times" a min of one more; "no more than" / "at most" / "N or fewer" / "no longer than" / "don't exceed"
a max of the number; "at least" / "no fewer than" / "minimum" a min of the number; "between three and five
sentences" both bounds; "exactly N", "one sentence", "a one-sentence pitch", "in exactly two sentences", "a
three-paragraph email", "four stanzas (separate paragraphs)" are exact; "no words in all caps at all" is
capital_words_max 0. A count beside a P.S. or a repeated question is over the whole answer. A keyword to include,
to avoid or to count is lower-cased as typed (a name too: 'banff', 'tom', 'leon'), a multi-word phrase is one
keyword, several in one instruction are one entry in the order typed. A letter is lower-cased ("the letter A": 'a').
"exactly 5 bullet points" is bullet_list; a numbered list of N is numbered_list; "N hashtags" / "finish with exactly
4 hashtags" is hashtags n (the kind is a minimum); "bold at least 3 ..." / "highlight ... in bold" is highlight;
"the fourth paragraph must open with the word 'Yesterday'" is paragraph_first_word n=4, "the last paragraph" of an
exact five n=5, the word as typed. A section marker is the word as typed ('MONTH', 'SECTION'), n the number of
headers asked ("a 5-day itinerary ... 'Day 1', 'Day 2' and so on": 5). Placeholders named one by one count one each
("[Phone Number] and [Email Address]": 2). A separator is the symbol run as typed or as spelled out ("seven
asterisks": "*******"). A request or question to repeat is its text as typed after the instruction, in a list of
one; a start or end phrase is the quoted text as typed, with the punctuation inside the quotes and none outside; a
postscript marker is the one typed; constrained-choice options are as typed, quoted or not; a language is its ISO
639-1 code. Phrases ending in "?" are not used as end phrases (so no end_with_question is implied), and a "paragraph"
named as the piece to write carries no paragraph count.

Read by the reader as it stood when written (first read, no fixes; commit 244d799, working tree clean apart from
this file and another session's untracked review file, 2026-12-04 17:14 UTC): 220 probes (174 labelled, 46
controls), recall 327/358 = 0.913, precision 327/332 = 0.985 on the labelled probes (327/333 = 0.982 counting the 1
read of a control), exact arguments 1.000 (a read with other arguments counts as one miss and one extra), 45 of 46
controls clean (`aligned-train eval-instructions --cases` gives 0.913 / 0.985, 45 of 46). 30 labelled probes are
misread (31 misses, 5 extras); no label was changed after the read. Its misses, by kind:
- constrained choice (4): "Answer with just 'Cat' or 'Dog', wrapped in double quotes"; "Choose one of A, B, C, D or
  F, reply with only the letter"; "The answer should be only 'True' or 'False', with no other words" (read as
  avoiding 'true' and 'false'); "only 'Delicious', 'Disgusting' or 'Fine', in double quotes".
- sections (4): "split into 'Phase 1' through 'Phase 4'"; "in scenes: Scene 1, Scene 2, Scene 3, Scene 4, Scene 5";
  "Organise it under 'Question 1' to 'Question 4'"; "'Tweet 1', 'Tweet 2' and so on up to 'Tweet 5'".
- paragraphs (4): "It must be in four stanzas (separate paragraphs)"; "Ensure that it doesn't use the words ... and
  that it has exactly 3 paragraphs" (the second clause); "- at least 3 stanzas separated by blank lines" in a list of
  requirements; "comporter au moins quatre paragraphes" in a request written in French.
- language (2): "Ensure that the response is in Spanish and has exactly 7 bullet points" (the bullets unread too);
  "Ta réponse doit être entièrement en français".
- repeating (2): the question given in double quotes inside the sentence ("repeating this question without any
  change, \"What is the capital of Australia, and why isn't it Sydney?\", and must then ...") read as the whole
  request or its first sentence; "Here it is: How long does it take ...?" read with "Here it is:" kept.
- placeholders (2): "Use square brackets for every detail I still have to fill in — the flight number, the travel
  date, the bag tag number and my address —" read as 1; "Use [square brackets] for every blank — at least 6 of them
  —" unread.
- highlights (2): "highlights at least 2 warnings in bold"; "Make at least one tip bold".
- start phrases (2): "Your response must open with 'Dear Ms Alvarez,'"; "begins with the words 'Meet Biscuit.'".
- one each: bullets ("has exactly 7 bullet points", above); a numbered list ("Write a 5-item numbered list of
  icebreakers"); JSON ("Write a JSON object describing a made-up superhero"); a code block ("present it inside a code
  block (triple backticks)"); a keyword ("at least 3 bullet points of features, and the word 'merino'"); no commas
  ("completely in lowercase and with no commas"); no digits ("Neither version may use any digits." after two
  versions with a separator); a postscript ("finish with a P.S. about ... and a P.P.S. about ...": only the P.P.S.
  read); a paragraph's first word ("paragraph 2 must start with the word 'Firstly' and paragraph 3 with 'Secondly'":
  the third unread).
Its extras on labelled probes: the JSON keys "with keys 'tcp', 'udp' and 'when_to_use'" read as a constrained
choice; 'True' / 'False' as words to avoid, the 1 placeholder and the two repeats' readings above. Its one control
misread: "Do marketers really find that the P.S. is the most-read part of a sales letter?" (a postscript).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) emails, letters and cover letters
    ("Write a cover letter for a junior data analyst role at a housing charity.\nRequirements:\n- exactly 4 paragraphs\n- the second paragraph starts with the word 'During'\n- no more than 350 words", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 2, 'word': 'During'}), ('words_max', {'n': 350})]),
    ("Ensure that the reply to this customer complaint (a sofa delivered three weeks late) contains at least three placeholders in square brackets, e.g. [order number], and that it ends with the exact sentence 'We appreciate your patience.'", [('placeholders', {'n': 3}), ('end_phrase', {'phrase': 'We appreciate your patience.'})]),
    ("resignation email to my manager, friendly tone, all in lowercase, under 120 words", [('lowercase', {}), ('words_max', {'n': 119})]),
    ("I need a thank-you note to my son's swimming coach. Keep it between three and five sentences and sign it off with 'With thanks, the Okoro family'.", [('sentences_min', {'n': 3}), ('sentences_max', {'n': 5}), ('end_phrase', {'phrase': 'With thanks, the Okoro family'})]),
    ("Email inviting volunteers to our beach clean-up on Saturday. The answer should use the word 'tide' at least three times and close with a PS about bringing gloves.", [('keyword_frequency', {'word': 'tide', 'n': 3}), ('postscript', {'marker': 'PS'})]),
    ("Follow-up email after a job interview for a sous-chef position. Start with 'Good afternoon Chef Marchetti' and avoid commas entirely.", [('start_phrase', {'phrase': 'Good afternoon Chef Marchetti'}), ('no_commas', {})]),
    ("Write a three-paragraph email to parents about the Year 5 trip to the Eden Project, with a P.S. about packed lunches.", [('paragraphs_exact', {'n': 3}), ('postscript', {'marker': 'P.S.'})]),
    ("Cover letter for a museum education officer role. It must contain at least two placeholders in square brackets for details I'll add later, and the third paragraph must begin with 'Outside'.", [('placeholders', {'n': 2}), ('paragraph_first_word', {'n': 3, 'word': 'Outside'})]),
    ("A cover letter for a graduate engineering scheme at a rail company. Don't mention 'passion' or 'passionate', and keep it to at most four paragraphs.", [('keyword_avoid', {'words': ['passion', 'passionate']}), ('paragraphs_max', {'n': 4})]),
    ("Write a letter to Father Christmas from a 7-year-old who wants a telescope. Add a P.S. at the end asking about the reindeer, and use the word 'please' at least 3 times.", [('postscript', {'marker': 'P.S.'}), ('keyword_frequency', {'word': 'please', 'n': 3})]),
    ("A postcard message from a holiday in Crete to my old maths teacher. Under 70 words, with a P.S. at the bottom.", [('words_max', {'n': 69}), ('postscript', {'marker': 'P.S.'})]),
    ("Write a letter from a Victorian lighthouse keeper to his sister. The fourth paragraph must open with the word 'Yesterday' and the letter must be at least 300 words long.", [('paragraph_first_word', {'n': 4, 'word': 'Yesterday'}), ('words_min', {'n': 300})]),
    ("Write a short apology note to my neighbour for the noise at my party. It must be in Swedish, three sentences or fewer.", [('language', {'code': 'sv'}), ('sentences_max', {'n': 3})]),
    ("Draft a welcome message for new members of our chess club. It has to begin with 'Welcome to the Knight Owls!' and end with 'See you at the board.'", [('start_phrase', {'phrase': 'Welcome to the Knight Owls!'}), ('end_phrase', {'phrase': 'See you at the board.'})]),
    ("Write a calm, reassuring note to parents about head lice in Year 2. Use fewer than 2 words in all caps (we don't want to alarm anyone) and end with 'Thank you for your help.'", [('capital_words_max', {'n': 1}), ('end_phrase', {'phrase': 'Thank you for your help.'})]),
    ("Promotional email for a 48-hour flash sale on garden furniture: put at least 8 words in ALL CAPITALS and use at least one placeholder in square brackets for the discount code.", [('capital_words', {'n': 8}), ('placeholders', {'n': 1})]),
    ("Newsletter for our allotment society. Include a PS about the AGM and at least 3 bullet points.", [('postscript', {'marker': 'PS'}), ('bullets_min', {'n': 3})]),
    # ---- (2) plans, lessons and schedules
    ("Plan a 5-day itinerary for Lisbon for two people who hate museums. Label each day 'Day 1', 'Day 2' and so on, and bold at least 3 restaurant names.", [('sections', {'n': 5, 'marker': 'Day'}), ('highlight', {'n': 3})]),
    ("Lesson plan for a Year 6 class on fractions. Your response must be organised under 'Step 1' to 'Step 4' headers and must contain at least 6 bullet points.", [('sections', {'n': 4, 'marker': 'Step'}), ('bullets_min', {'n': 6})]),
    ("Create a four-week beginner running plan. Head each week 'Week 1', 'Week 2', 'Week 3', 'Week 4', and include the word 'rest' at least 4 times.", [('sections', {'n': 4, 'marker': 'Week'}), ('keyword_frequency', {'word': 'rest', 'n': 4})]),
    ("Give me a revision timetable for my chemistry A-level as a numbered list of 8 items, and end with a question asking if I want a printable version.", [('numbered_list', {'n': 8}), ('end_with_question', {})]),
    ("Write a lesson on photosynthesis for 12-year-olds in three parts headed 'Part 1', 'Part 2' and 'Part 3'. Each part should have a bolded key term, so at least 3 bold terms in total.", [('sections', {'n': 3, 'marker': 'Part'}), ('highlight', {'n': 3})]),
    ("Generic meeting-minutes template for a parish council. Use [square brackets] for every blank — at least 6 of them — and organise it as a numbered list of 5 agenda items.", [('placeholders', {'n': 6}), ('numbered_list', {'n': 5})]),
    # ---- (3) reviews
    ("Review of the new ramen place on Hope Street (I loved the broth, hated the wait). The review should be exactly three paragraphs and should end with the words 'Four stars from me.'", [('paragraphs_exact', {'n': 3}), ('end_phrase', {'phrase': 'Four stars from me.'})]),
    ("write a one-star review of a hotel whose air conditioning broke in August. make it all lowercase, and use the word 'sweltering' at least twice", [('lowercase', {}), ('keyword_frequency', {'word': 'sweltering', 'n': 2})]),
    ("Book review of 'The Remains of the Day' for a school magazine. It must contain at least 250 words and a title in double angle brackets like <<Review Title>>.", [('words_min', {'n': 250}), ('title', {})]),
    ("Write a product review of a pair of noise-cancelling headphones. Your answer must include at least 4 words in all capital letters for emphasis, and finish with a question to the reader.", [('capital_words', {'n': 4}), ('end_with_question', {})]),
    ("Review the film Arrival for a broadsheet. No more than 4 paragraphs, and the first paragraph must begin with 'Language'.", [('paragraphs_max', {'n': 4}), ('paragraph_first_word', {'n': 1, 'word': 'Language'})]),
    # ---- (4) dialogues and scripts
    ("Write a dialogue between a barista and a customer who can't decide what to order. Wrap the entire response in double quotation marks and keep it under 150 words.", [('quotation', {}), ('words_max', {'n': 149})]),
    ("A short dialogue between two astronauts arguing about who left the airlock open. The response must be in French and include the word 'étoile'.", [('language', {'code': 'fr'}), ('keyword_include', {'words': ['étoile']})]),
    ("Script a tense interrogation between a detective and a suspect.\nRequirements:\n- at least 20 sentences\n- the letter 'x' must appear at least 5 times", [('sentences_min', {'n': 20}), ('letter_frequency', {'letter': 'x', 'n': 5})]),
    ("Dialogue between a grandmother and her grandson about her first smartphone. Put each speaker's line on its own line, use no more than 2 words in ALL CAPS, and end the scene with the line 'She hung up on the wrong person.'", [('capital_words_max', {'n': 2}), ('end_phrase', {'phrase': 'She hung up on the wrong person.'})]),
    ("A three-act outline for a heist film, with the headings 'Act 1', 'Act 2' and 'Act 3'. Use the word 'vault' at least twice.", [('sections', {'n': 3, 'marker': 'Act'}), ('keyword_frequency', {'word': 'vault', 'n': 2})]),
    ("Write a closing statement for the defence in a school mock trial. It must end with the sentence 'The defence rests.' and must include the words 'reasonable doubt'.", [('end_phrase', {'phrase': 'The defence rests.'}), ('keyword_include', {'words': ['reasonable doubt']})]),
    # ---- (5) ads, slogans and product pages
    ("Radio ad for a family-run garden centre's spring sale. The whole script must be in capital letters and must include the phrase 'half price'.", [('uppercase', {}), ('keyword_include', {'words': ['half price']})]),
    ("Write an Instagram ad for a reusable coffee cup. Include at least 5 hashtags and make sure the word 'planet' appears at least twice.", [('hashtags', {'n': 5}), ('keyword_frequency', {'word': 'planet', 'n': 2})]),
    ("A newspaper classified ad for a second-hand cello. No more than 40 words, and don't use the word 'cheap'.", [('words_max', {'n': 40}), ('keyword_avoid', {'words': ['cheap']})]),
    ("Write a product description for a cast-iron skillet, all in lowercase letters, with exactly 3 bullet points.", [('lowercase', {}), ('bullet_list', {'n': 3})]),
    ("Product page for a solar-powered garden light. The answer must be in JSON and must not contain any digits.", [('json_output', {}), ('no_digits', {})]),
    ("Amazon listing for a kids' bike helmet: fewer than 3 words in all caps, and exactly two paragraphs.", [('capital_words_max', {'n': 2}), ('paragraphs_exact', {'n': 2})]),
    ("Product announcement for our new cordless vacuum. No more than three words may be written entirely in capital letters, and the response must contain at least 2 hashtags.", [('capital_words_max', {'n': 3}), ('hashtags', {'n': 2})]),
    ("Give me two alternative slogans for a bike-to-work scheme, separated by ######. Both in lowercase.", [('two_responses', {'separator': '######'}), ('lowercase', {})]),
    ("Two contrasting product descriptions for a smartwatch — one playful, one technical — with +++ between them. Ensure neither uses the word 'revolutionary'.", [('two_responses', {'separator': '+++'}), ('keyword_avoid', {'words': ['revolutionary']})]),
    ("Write a product tagline for a jazz bar called Jojo's; the letter 'j' must occur at least four times and it must be fewer than 20 words.", [('letter_frequency', {'letter': 'j', 'n': 4}), ('words_max', {'n': 19})]),
    # ---- (6) explanations
    ("Explain how a heat pump works. The answer should contain exactly 5 bullet points and must not use the word 'simply'.", [('bullet_list', {'n': 5}), ('keyword_avoid', {'words': ['simply']})]),
    ("Explain compound interest to a teenager, in Italian, in no more than 6 sentences.", [('language', {'code': 'it'}), ('sentences_max', {'n': 6})]),
    ("Explain the offside rule in football. Your response must start with 'Picture this:' and contain the letter 'o' at least 40 times.", [('start_phrase', {'phrase': 'Picture this:'}), ('letter_frequency', {'letter': 'o', 'n': 40})]),
    ("Why does bread go stale? Put your whole answer inside a markdown code block, and keep it to two paragraphs.", [('code_block', {}), ('paragraphs_exact', {'n': 2})]),
    ("Explain what a mortgage offset account is. I want at least 3 paragraphs, and the word 'interest' should appear at least five times.", [('paragraphs_min', {'n': 3}), ('keyword_frequency', {'word': 'interest', 'n': 5})]),
    ("Explain the greenhouse effect in exactly 4 sentences, and end your response with a question.", [('sentences_exact', {'n': 4}), ('end_with_question', {})]),
    ("Explain the rules of cricket to an American. Bold at least 4 key terms and keep it to 3 paragraphs.", [('highlight', {'n': 4}), ('paragraphs_exact', {'n': 3})]),
    ("Summary of the causes of the First World War for a GCSE student. Highlight at least 2 key phrases using markdown bold (**like this**) and use no more than 150 words.", [('highlight', {'n': 2}), ('words_max', {'n': 150})]),
    ("Describe the history of the Eiffel Tower without using any numerals (spell out every year), in at least 3 paragraphs.", [('no_digits', {}), ('paragraphs_min', {'n': 3})]),
    ("Summarise the plot of Hamlet for a Year 9 class. The answer should be in Polish and must end with a question.", [('language', {'code': 'pl'}), ('end_with_question', {})]),
    ("Explain the water cycle to a 7-year-old in Korean, with no more than 5 sentences.", [('language', {'code': 'ko'}), ('sentences_max', {'n': 5})]),
    ("Describe a zebra crossing to a visiting alien.\nRequirements:\n1. Use the letter 'z' more than 6 times.\n2. No more than 120 words.", [('letter_frequency', {'letter': 'z', 'n': 7}), ('words_max', {'n': 120})]),
    ("Describe how to hold a plank properly. The response should consist of exactly 4 bullet points and start with the words 'Here is how to do it:'", [('bullet_list', {'n': 4}), ('start_phrase', {'phrase': 'Here is how to do it:'})]),
    ("Describe the smell of a second-hand bookshop in at least 8 sentences, without using the word 'musty'.", [('sentences_min', {'n': 8}), ('keyword_avoid', {'words': ['musty']})]),
    ("In exactly two sentences, tell a new hire where to find the stationery cupboard, and don't use any digits.", [('sentences_exact', {'n': 2}), ('no_digits', {})]),
    # ---- (7) stories
    ("Write a short story about a lighthouse that runs out of light. It should have a title wrapped in << >>, exactly 5 paragraphs, and the last paragraph must start with the word 'Finally'.", [('title', {}), ('paragraphs_exact', {'n': 5}), ('paragraph_first_word', {'n': 5, 'word': 'Finally'})]),
    ("A bedtime story about a hedgehog who is scared of the dark. Use the letter 'h' at least 30 times and don't exceed 300 words.", [('letter_frequency', {'letter': 'h', 'n': 30}), ('words_max', {'n': 300})]),
    ("Write a ghost story set in an Edinburgh close. Your response must be at least 500 words and must not contain the words 'suddenly' or 'spooky'.", [('words_min', {'n': 500}), ('keyword_avoid', {'words': ['suddenly', 'spooky']})]),
    ("Flash fiction about a vending machine that grants wishes: 100 words or fewer, and begin the story with 'It only took coins from 1987.'", [('words_max', {'n': 100}), ('start_phrase', {'phrase': 'It only took coins from 1987.'})]),
    ("Story for a children's magazine about a snail entering a race. Divide it into Chapter 1, Chapter 2 and Chapter 3, and include the word 'slow' at least 6 times.", [('sections', {'n': 3, 'marker': 'Chapter'}), ('keyword_frequency', {'word': 'slow', 'n': 6})]),
    ("Tell me a story in German about a baker who sells bread only at midnight, with no more than 3 paragraphs.", [('language', {'code': 'de'}), ('paragraphs_max', {'n': 3})]),
    ("Write a sci-fi story in which every paragraph is short. The story must end with the exact phrase 'and the stars went quiet.' and contain at least 6 paragraphs.", [('end_phrase', {'phrase': 'and the stars went quiet.'}), ('paragraphs_min', {'n': 6})]),
    ("A travel blog post about Kraków in January. The opening paragraph should begin with the word 'Snow', and the post should have no fewer than 5 paragraphs.", [('paragraph_first_word', {'n': 1, 'word': 'Snow'}), ('paragraphs_min', {'n': 5})]),
    ("Write a short horoscope for Aries. Start with 'The stars suggest' and include no fewer than 35 occurrences of the letter A.", [('start_phrase', {'phrase': 'The stars suggest'}), ('letter_frequency', {'letter': 'a', 'n': 35})]),
    ("Give me two alternative opening lines for my novel about a drowned village. Separate them with exactly five dashes (-----), and each should contain the word 'bell'.", [('two_responses', {'separator': '-----'}), ('keyword_include', {'words': ['bell']})]),
    ("Compose a message from a ship's captain to the crew, starting with 'Attention all hands.' and running to at least 3 paragraphs.", [('start_phrase', {'phrase': 'Attention all hands.'}), ('paragraphs_min', {'n': 3})]),
    ("Write a short piece about a busy bee buzzing between blossoms. Ensure the letter b occurs at least 20 times, and use no commas.", [('letter_frequency', {'letter': 'b', 'n': 20}), ('no_commas', {})]),
    ("Give me a one-sentence pitch for a podcast about forgotten inventors, and make sure it starts with 'Imagine'.", [('sentences_exact', {'n': 1}), ('start_phrase', {'phrase': 'Imagine'})]),
    # ---- (8) lists and recipes
    ("List the best beginner houseplants as a numbered list of exactly 6, and don't use any commas.", [('numbered_list', {'n': 6}), ('no_commas', {})]),
    ("Give me a packing list for a week of wild camping in the Cairngorms. At least 12 bullet points; the word 'waterproof' should appear at least 3 times.", [('bullets_min', {'n': 12}), ('keyword_frequency', {'word': 'waterproof', 'n': 3})]),
    ("Top tips for a first-time marathon runner: no more than 7 bullet points, and the answer must be in Portuguese.", [('bullets_max', {'n': 7}), ('language', {'code': 'pt'})]),
    ("A numbered list of 10 questions to ask a wedding photographer. End your answer with the phrase 'Good luck with the planning!'", [('numbered_list', {'n': 10}), ('end_phrase', {'phrase': 'Good luck with the planning!'})]),
    ("List five reasons to adopt an older cat: exactly 5 bullet points, all in uppercase.", [('bullet_list', {'n': 5}), ('uppercase', {})]),
    ("Give me a shopping list for a picnic where the letter 'e' appears at least 30 times, formatted as exactly 8 bullet points.", [('letter_frequency', {'letter': 'e', 'n': 30}), ('bullet_list', {'n': 8})]),
    ("Step-by-step instructions for changing a bike inner tube: a numbered list of exactly 9 steps, and the word 'lever' must appear.", [('numbered_list', {'n': 9}), ('keyword_include', {'words': ['lever']})]),
    ("Rank the Harry Potter books from best to worst as a numbered list (7 items), with at least 2 titles in bold.", [('numbered_list', {'n': 7}), ('highlight', {'n': 2})]),
    ("Summarise the benefits of cold-water swimming in no more than 4 bullet points, and bold at least one of them.", [('bullets_max', {'n': 4}), ('highlight', {'n': 1})]),
    ("Pros and cons of electric cars: at most 6 bullet points, written without commas.", [('bullets_max', {'n': 6}), ('no_commas', {})]),
    ("Recipe for a one-pot vegan chilli. Ingredients as bullet points (at least 8), and the method as a numbered list of 6 steps.", [('bullets_min', {'n': 8}), ('numbered_list', {'n': 6})]),
    ("Give me a recipe for shakshuka in JSON format, with keys for 'ingredients' and 'steps'. Include the word 'cumin'.", [('json_output', {}), ('keyword_include', {'words': ['cumin']})]),
    ("A recipe for Sunday roast potatoes, written in French. Start the answer with 'Pour quatre personnes' and use fewer than 200 words.", [('language', {'code': 'fr'}), ('start_phrase', {'phrase': 'Pour quatre personnes'}), ('words_max', {'n': 199})]),
    ("Pancake recipe for kids to follow, with no digits at all (spell out the quantities) and at least 5 words in full capitals for the safety bits.", [('no_digits', {}), ('capital_words', {'n': 5})]),
    ("Write a recipe for lemon drizzle cake with a title in double angle brackets (<<...>>) and no more than 10 bullet points.", [('title', {}), ('bullets_max', {'n': 10})]),
    ("Describe a typical Japanese breakfast. Write the whole answer in Japanese, with exactly 3 bullet points.", [('language', {'code': 'ja'}), ('bullet_list', {'n': 3})]),
    # ---- (9) poems
    ("A short poem about frost, in lowercase only; wrap the entire poem in double quotes.", [('lowercase', {}), ('quotation', {})]),
    ("poem about my grandad's allotment. the letter 'p' needs to appear at least 15 times, and give it a title like <<The Plot>>", [('letter_frequency', {'letter': 'p', 'n': 15}), ('title', {})]),
    ("Write two different limericks about a forgetful wizard, separated by ====, and put no more than 1 word in all caps.", [('two_responses', {'separator': '===='}), ('capital_words_max', {'n': 1})]),
    ("Write a poem about kites in which the letter 'k' is used at least 10 times. Title it using << >>.", [('letter_frequency', {'letter': 'k', 'n': 10}), ('title', {})]),
    ("Write a tongue twister about a sailor selling seashells. The letter 's' should appear at least 25 times, and the whole thing should be one sentence.", [('letter_frequency', {'letter': 's', 'n': 25}), ('sentences_exact', {'n': 1})]),
    ("Write a short rap verse about recycling. Put at least 10 words in all caps and include at least 3 hashtags at the end.", [('capital_words', {'n': 10}), ('hashtags', {'n': 3})]),
    ("A nursery rhyme about a goose who lost her gloves — the letter 'g' has to turn up at least a dozen times, and keep it under 90 words.", [('letter_frequency', {'letter': 'g', 'n': 12}), ('words_max', {'n': 89})]),
    # ---- (10) FAQs, notices and templates
    ("Write an FAQ for a community library's seed-lending scheme. Put each question in bold, with at least five bolded questions, and end the FAQ with 'Happy growing!'", [('highlight', {'n': 5}), ('end_phrase', {'phrase': 'Happy growing!'})]),
    ("FAQ page for a dog-walking business. The answer should have exactly 6 numbered items and include [Phone Number] and [Email Address] as placeholders.", [('numbered_list', {'n': 6}), ('placeholders', {'n': 2})]),
    ("Put together a short FAQ on our gym's cancellation policy, entirely in JSON, and mention 'notice period'.", [('json_output', {}), ('keyword_include', {'words': ['notice period']})]),
    ("Write a template for a tenancy deposit return letter. It must contain at least 5 placeholders in square brackets (like [Tenant Name]) and no more than 200 words.", [('placeholders', {'n': 5}), ('words_max', {'n': 200})]),
    ("I need a fill-in-the-blanks wedding invitation with at least three square-bracket placeholders ([Names], [Date], [Venue]), written in no more than 3 sentences.", [('placeholders', {'n': 3}), ('sentences_max', {'n': 3})]),
    ("Draft a notice for a lost cat named Pickle. Include [Phone Number] as a placeholder, write the whole thing in UPPERCASE, and use the name 'Pickle' at least 3 times.", [('placeholders', {'n': 1}), ('uppercase', {}), ('keyword_frequency', {'word': 'pickle', 'n': 3})]),
    ("WRITE A WARNING NOTICE FOR THE OFFICE KITCHEN ABOUT UNLABELLED FOOD IN THE FRIDGE. IT MUST BE ENTIRELY IN CAPITAL LETTERS AND NO LONGER THAN 3 SENTENCES.", [('uppercase', {}), ('sentences_max', {'n': 3})]),
    ("Write a company announcement about the new parking policy. Make sure there are no words in all caps at all, and keep it to exactly 2 paragraphs.", [('capital_words_max', {'n': 0}), ('paragraphs_exact', {'n': 2})]),
    ("Write an urgent memo about Friday's fire drill. Use at least 3 words in all caps to flag the key points, and include the phrase 'assembly point'.", [('capital_words', {'n': 3}), ('keyword_include', {'words': ['assembly point']})]),
    ("Write a weather forecast for a fictional island. Open with the sentence 'Good evening, Marrow Isle.' and include at least 2 words in all capitals.", [('start_phrase', {'phrase': 'Good evening, Marrow Isle.'}), ('capital_words', {'n': 2})]),
    ("Write a short museum placard for a Viking sword in at most 2 paragraphs, using the word 'iron' at least twice.", [('paragraphs_max', {'n': 2}), ('keyword_frequency', {'word': 'iron', 'n': 2})]),
    ("An obituary for a local jazz pianist named Leon Abara. Keep it to at most 3 paragraphs and include the words 'Leon' and 'piano'.", [('paragraphs_max', {'n': 3}), ('keyword_include', {'words': ['leon', 'piano']})]),
    # ---- (11) speeches and messages
    ("Best man's speech for my brother Tom's wedding. The speech must include the name 'Tom' at least 5 times and finish with 'Raise your glasses to Tom and Priya.'", [('keyword_frequency', {'word': 'tom', 'n': 5}), ('end_phrase', {'phrase': 'Raise your glasses to Tom and Priya.'})]),
    ("A graduation speech for a primary school leavers' assembly, in at least 4 paragraphs, with the first paragraph starting with the word 'Today'.", [('paragraphs_min', {'n': 4}), ('paragraph_first_word', {'n': 1, 'word': 'Today'})]),
    ("Write a retirement speech for a school caretaker. The response should be wrapped in double quotation marks, and the letter 'w' must appear at least 20 times.", [('quotation', {}), ('letter_frequency', {'letter': 'w', 'n': 20})]),
    ("Speech for a climate protest, 2 minutes long. Use at least 6 words in ALL CAPS and end it with a question to the crowd.", [('capital_words', {'n': 6}), ('end_with_question', {})]),
    ("Shout a pep talk at my football team before the cup final, literally: all caps, at least 50 words.", [('uppercase', {}), ('words_min', {'n': 50})]),
    ("Write a short welcome speech for Dutch exchange students, in Dutch, at least 150 words.", [('language', {'code': 'nl'}), ('words_min', {'n': 150})]),
    ("Explain how to make a proper cup of tea, in Russian, with no digits.", [('language', {'code': 'ru'}), ('no_digits', {})]),
    ("A motivational message for students before their exams. The last words of your response must be 'You've got this.' and it must be under 80 words.", [('end_phrase', {'phrase': "You've got this."}), ('words_max', {'n': 79})]),
    ("can you write a text to my sister congratulating her on her new job? lowercase only, and include the word 'proud'", [('lowercase', {}), ('keyword_include', {'words': ['proud']})]),
    ("I want two versions of a breakup text: one kind, one blunt. Put seven asterisks between them and keep the whole reply under 90 words.", [('two_responses', {'separator': '*******'}), ('words_max', {'n': 89})]),
    ("Write a persuasive piece for a school debate on four-day school weeks. The word 'balance' must appear at least 3 times and the answer must contain at least 6 sentences.", [('keyword_frequency', {'word': 'balance', 'n': 3}), ('sentences_min', {'n': 6})]),
    ("Write a short customer survey intro for a hair salon. Your response must end with a question mark and be no longer than 50 words.", [('end_with_question', {}), ('words_max', {'n': 50})]),
    ("Invent a fortune-cookie message. Put the whole response in double quotes and don't use the word 'luck'.", [('quotation', {}), ('keyword_avoid', {'words': ['luck']})]),
    ("Give me an inspirational quote about failure for our office wall. Respond with just the quote in double quotation marks, under 25 words.", [('quotation', {}), ('words_max', {'n': 24})]),
    # ---- (12) tweets, threads and posts
    ("A tweet announcing our bakery's new sourdough. Under 40 words, at least 3 hashtags, and no commas.", [('words_max', {'n': 39}), ('hashtags', {'n': 3}), ('no_commas', {})]),
    ("Tweet thread on why urban foxes thrive, written as a numbered list of 4 tweets. End with the phrase 'Follow for more wildlife.'", [('numbered_list', {'n': 4}), ('end_phrase', {'phrase': 'Follow for more wildlife.'})]),
    ("Write a tweet about World Bee Day with 2 hashtags, entirely in uppercase.", [('hashtags', {'n': 2}), ('uppercase', {})]),
    ("A LinkedIn post celebrating 10 years of our architecture practice. Finish with exactly 4 hashtags and keep the post under 120 words.", [('hashtags', {'n': 4}), ('words_max', {'n': 119})]),
    ("Instagram caption for a sunset photo at Durdle Door: at least 6 hashtags, and write it in lowercase.", [('hashtags', {'n': 6}), ('lowercase', {})]),
    ("TikTok script for a 30-second air-fryer hack. Include at least 2 hashtags and the word 'crispy' at least three times.", [('hashtags', {'n': 2}), ('keyword_frequency', {'word': 'crispy', 'n': 3})]),
    # ---- (13) JSON and code blocks
    ("Ensure that your answer is valid JSON (nothing outside the JSON object) listing three national parks in Canada, and make sure it includes the word 'Banff'.", [('json_output', {}), ('keyword_include', {'words': ['banff']})]),
    ("Suggest a name, tagline and colour palette for a climbing gym. The output must be a JSON object only, and the entire output must be in lowercase.", [('json_output', {}), ('lowercase', {})]),
    ("Give me a JSON array of five trivia questions about the Roman Empire. Don't use the word 'emperor' anywhere.", [('json_output', {}), ('keyword_avoid', {'words': ['emperor']})]),
    ("Write a bash one-liner that finds all .log files bigger than 10MB. Put the answer in a single fenced code block, and make sure the word 'find' appears at least twice.", [('code_block', {}), ('keyword_frequency', {'word': 'find', 'n': 2})]),
    ("Generate a sample .gitignore for a Python project. Your entire response should be one code block, and it must contain the word 'venv'.", [('code_block', {}), ('keyword_include', {'words': ['venv']})]),
    ("Write a SQL query that returns the top 5 customers by total spend. Wrap the whole reply in ``` fences and keep it under 60 words.", [('code_block', {}), ('words_max', {'n': 59})]),
    ("Show me an example GitHub Actions workflow that runs pytest on every push. Respond with a single code block only; the word 'pytest' must appear at least twice.", [('code_block', {}), ('keyword_frequency', {'word': 'pytest', 'n': 2})]),
    # ---- (14) choices among options
    ("Is Pluto a planet? Reply with exactly one of: 'yes', 'no', 'it depends'. Your whole answer must be in lowercase.", [('constrained_choice', {'options': ['yes', 'no', 'it depends']}), ('lowercase', {})]),
    ("Should I refinance my mortgage now? Your response must be one of the following and nothing else: 'Yes', 'No', 'Need more information'. Answer in capital letters.", [('constrained_choice', {'options': ['Yes', 'No', 'Need more information']}), ('uppercase', {})]),
    ("Is this sentence grammatical: 'Me and him went to the shop'? Answer in lowercase with one word from this list: correct, incorrect, informal.", [('constrained_choice', {'options': ['correct', 'incorrect', 'informal']}), ('lowercase', {})]),
    ("Tell me which season is best for visiting Iceland. You can only answer 'summer', 'winter', 'spring' or 'autumn': one word, no explanation, lowercase.", [('constrained_choice', {'options': ['summer', 'winter', 'spring', 'autumn']}), ('lowercase', {})]),
    # ---- (15) repeating the question or request
    ("Restate the following question verbatim as your first line, then answer it, putting at least two key terms in bold: What causes the seasons on Earth?", [('repeat_request', {'request': ['What causes the seasons on Earth?']}), ('highlight', {'n': 2})]),
    ("Restate my question word for word and then answer it in fewer than 5 sentences: Is it safe to eat raw cookie dough?", [('repeat_request', {'request': ['Is it safe to eat raw cookie dough?']}), ('sentences_max', {'n': 4})]),
    ("Repeat my request exactly as written, then complete it, in at most 60 words: Describe the colour blue to someone who has never seen it.", [('repeat_request', {'request': ['Describe the colour blue to someone who has never seen it.']}), ('words_max', {'n': 60})]),
    ("Draft an email to the building manager about the broken lift on our floor. Your response must open with 'Dear Ms Alvarez,' and must include a P.S. reminding her that the residents' meeting is on Thursday.", [('start_phrase', {'phrase': 'Dear Ms Alvarez,'}), ('postscript', {'marker': 'P.S.'})]),
    ("Onboarding checklist for a newly qualified nurse, split into 'Phase 1' through 'Phase 4', with at least 10 bullet points overall.", [('sections', {'n': 4, 'marker': 'Phase'}), ('bullets_min', {'n': 10})]),
    ("Write a podcast script in scenes: Scene 1, Scene 2, Scene 3, Scene 4, Scene 5. The script must finish with the words 'Thanks for listening.'", [('sections', {'n': 5, 'marker': 'Scene'}), ('end_phrase', {'phrase': 'Thanks for listening.'})]),
    ("Write two versions of a billboard ad for an electric bike shop, separated by a line with just ~~~ on it. Neither version may use any digits.", [('two_responses', {'separator': '~~~'}), ('no_digits', {})]),
    ("Explain TCP versus UDP to a junior developer. Respond only in valid JSON, with keys 'tcp', 'udp' and 'when_to_use', and don't use the word 'packet'.", [('json_output', {}), ('keyword_avoid', {'words': ['packet']})]),
    ("Explain how vaccines train the immune system, completely in lowercase and with no commas.", [('lowercase', {}), ('no_commas', {})]),
    ("An FAQ about recycling soft plastics for our housing co-op newsletter. Organise it under 'Question 1' to 'Question 4' and use no more than 250 words.", [('sections', {'n': 4, 'marker': 'Question'}), ('words_max', {'n': 250})]),
    ("Write a tweet thread explaining the Monty Hall problem. Label each tweet 'Tweet 1', 'Tweet 2' and so on up to 'Tweet 5', and include at least 2 hashtags.", [('sections', {'n': 5, 'marker': 'Tweet'}), ('hashtags', {'n': 2})]),
    ("Which is the better first pet for a busy family, a cat or a dog? Answer with just 'Cat' or 'Dog', wrapped in double quotes.", [('constrained_choice', {'options': ['Cat', 'Dog']}), ('quotation', {})]),
    ("Grade this thesis statement: 'Social media is bad.' Choose one of A, B, C, D or F, reply with only the letter, in double quotation marks.", [('constrained_choice', {'options': ['A', 'B', 'C', 'D', 'F']}), ('quotation', {})]),
    ("True or false: the Great Wall of China is visible from the Moon with the naked eye. The answer should be only 'True' or 'False', with no other words, and entirely in uppercase.", [('constrained_choice', {'options': ['True', 'False']}), ('uppercase', {})]),
    ("Give a verdict on pineapple on pizza: only 'Delicious', 'Disgusting' or 'Fine', in double quotes.", [('constrained_choice', {'options': ['Delicious', 'Disgusting', 'Fine']}), ('quotation', {})]),
    ("Write a cover letter for a bartending job at a pub. Start with 'To the hiring team at The Crown,' and finish with a P.S. about my cocktail course and a P.P.S. about my weekend availability.", [('start_phrase', {'phrase': 'To the hiring team at The Crown,'}), ('postscript', {'marker': 'P.S.'}), ('postscript', {'marker': 'P.P.S.'})]),
    ("Write a 5-item numbered list of icebreakers for a Monday team meeting, and avoid the word 'fun'.", [('numbered_list', {'n': 5}), ('keyword_avoid', {'words': ['fun']})]),
    ("Write a poem about the Northern Line at rush hour. It must be in four stanzas (separate paragraphs) and must include the words 'Mind the gap'.", [('paragraphs_exact', {'n': 4}), ('keyword_include', {'words': ['mind the gap']})]),
    ("An ode to the humble potato.\nRequirements:\n- at least 3 stanzas separated by blank lines\n- the word 'potato' used at least 4 times\n- end with a question", [('paragraphs_min', {'n': 3}), ('keyword_frequency', {'word': 'potato', 'n': 4}), ('end_with_question', {})]),
    ("Before answering, write out my question exactly as I typed it, then answer in under 100 words. My question: Why do cats purr?", [('repeat_request', {'request': ['Why do cats purr?']}), ('words_max', {'n': 99})]),
    ("Echo my question back word for word first, then answer with at least 3 bullet points. Here it is: How long does it take to learn the guitar as an adult?", [('repeat_request', {'request': ['How long does it take to learn the guitar as an adult?']}), ('bullets_min', {'n': 3})]),
    # ---- (16) essays
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- postscripts, placeholders, titles and quotation marks talked about
    ('What is a postscript, and when is it appropriate in a business letter?', []),
    ('What does the P.P.S. at the bottom of old letters stand for?', []),
    ('In legal templates, what are the square-bracketed bits like [Party A] called, and who fills them in?', []),
    ("What's a placeholder name like 'John Doe' called in other countries?", []),
    ("What's the rule for double versus single quotation marks in British English?", []),
    ('How do French guillemets « » differ from English quotation marks, and why do they look like << and >>?', []),
    # ---- JSON, code blocks and separators
    ('Why do JSON keys need double quotes when JavaScript object keys do not?', []),
    ("How does Python's json.loads handle trailing commas?", []),
    ('Can a JSON file contain comments?', []),
    ('How do I create a fenced code block in GitHub-flavoured Markdown?', []),
    ('In Markdown, why does a line of three dashes sometimes become a horizontal rule and sometimes underline a heading?', []),
    ('What is the history of the three-asterisk dinkus used between sections of a novel?', []),
    # ---- letters, capitals and case
    ("Explain letter frequency analysis in cryptography and why 'e' is usually the most common letter in English.", []),
    ('Which letter appears least often in English text?', []),
    ('How do I count the number of times a letter appears in a string in JavaScript?', []),
    ("My aunt sent this in the family group chat: 'HAPPY BIRTHDAY DARLING!!! HAVE A WONDERFUL DAY AND DON'T EAT TOO MUCH CAKE!!!' Why do older people often type in all caps?", []),
    ("My boss wrote this in an email: 'PLEASE SEND THE REPORT BY FRIDAY AND COPY IN MARTIN.' Is she angry, or is that just her style?", []),
    ("A sign in our car park says 'NO PARKING AT ANY TIME. VEHICLES WILL BE CLAMPED.' Is clamping on private land legal in England?", []),
    ('Is it unprofessional to write work emails entirely in lowercase?', []),
    ('Why did poets like e.e. cummings avoid capital letters?', []),
    ("Here's my friend's haiku: 'cold rain on the roof / the kettle sings to itself / nobody is home'. Is the lowercase style a deliberate choice?", []),
    ('Why does AP style spell out numbers under ten instead of using digits?', []),
    ('What is the Oxford comma, and why do people argue about it?', []),
    # ---- paragraphs, lists, sections and first words
    ('How many paragraphs does a typical cover letter have?', []),
    ('What is the difference between a numbered list and a bulleted list in technical writing, and when should each be used?', []),
    ('Why do recipes list the ingredients as bullet points but the method as a numbered list?', []),
    ("Our style guide says headings should be 'Section 1', 'Section 2' and so on. Is that better than descriptive headings?", []),
    ("How do screenwriters format scene headings like 'Scene 1' or 'INT. KITCHEN - NIGHT'?", []),
    ('How do I make the first word of every paragraph a drop cap in CSS?', []),
    ("What's the difference between bold and italics for emphasis in academic writing?", []),
    # ---- hashtags, threads and social posts
    ("What's the origin of the hashtag symbol, and why is it sometimes called an octothorpe?", []),
    ("What is the word 'hashtag' in French? I heard the Académie française proposed a replacement.", []),
    ('I read that tweet threads perform better than single tweets. Is that still true?', []),
    ("Why do people put 'TL;DR' at the start or end of long posts?", []),
    # ---- openings, endings, repeating and choosing
    ("Why do so many emails end with a question like 'Does that work for you?'", []),
    ("What's the best way to open a speech: with a joke, a question or a statistic?", []),
    ("What's a better way to end a cover letter, 'Yours sincerely' or 'Kind regards'?", []),
    ('Why do teachers tell students to restate the question at the start of their answer?', []),
    ("What does 'constrained choice' mean in behavioural economics?", []),
    # ---- languages, lengths and other people's instructions
    ("Why does ISO 639-1 use 'de' for German rather than 'ge'?", []),
    ('How many words should a wedding speech be?', []),
    ('How long should an FAQ answer be for good SEO?', []),
    ("My son's homework says: 'Write a story using the word suddenly at least three times.' Is that good advice for young writers?", []),
    ("How would I say 'answer in Spanish' on a sign for my Spanish classroom?", []),
    ("What does the film 'P.S. I Love You' change from Cecelia Ahern's book?", []),
    ('Do marketers really find that the P.S. is the most-read part of a sales letter?', []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Write a formal complaint letter to an airline about a lost suitcase. Use square brackets for every detail I still have to fill in — the flight number, the travel date, the bag tag number and my address — and put no digits anywhere in the letter.", [('placeholders', {'n': 4}), ('no_digits', {})]),
    ("A weekly meal-prep plan for a vegetarian cyclist. Ensure that the response is in Spanish and has exactly 7 bullet points (one per day).", [('language', {'code': 'es'}), ('bullet_list', {'n': 7})]),
    ("Outline a three-month marketing plan for a small pottery studio. Structure it under MONTH 1, MONTH 2 and MONTH 3 headers, and keep the whole thing under 300 words.", [('sections', {'n': 3, 'marker': 'MONTH'}), ('words_max', {'n': 299})]),
    ("Ensure that your TV ad script for a dog food brand begins with the words 'Meet Biscuit.' and contains at least three words in uppercase.", [('start_phrase', {'phrase': 'Meet Biscuit.'}), ('capital_words', {'n': 3})]),
    ("Product page copy for a hand-knitted wool blanket. Include a title in double angle brackets, at least 3 bullet points of features, and the word 'merino'.", [('title', {}), ('bullets_min', {'n': 3}), ('keyword_include', {'words': ['merino']})]),
    ("Ensure that the banana bread recipe you write has sections headed 'Section 1' (ingredients) and 'Section 2' (method), and highlights at least 2 warnings in bold.", [('sections', {'n': 2, 'marker': 'Section'}), ('highlight', {'n': 2})]),
    ("Write a user guide for a smart toaster. Divide it into sections titled SECTION 1, SECTION 2 and SECTION 3, and keep it under 400 words.", [('sections', {'n': 3, 'marker': 'SECTION'}), ('words_max', {'n': 399})]),
    ("Résume l'histoire du Tour de France pour un exposé. Ta réponse doit être entièrement en français et comporter au moins quatre paragraphes.", [('language', {'code': 'fr'}), ('paragraphs_min', {'n': 4})]),
    ("Write a wedding toast for my best friend Amara. Ensure that it doesn't use the words 'marriage' or 'forever', and that it has exactly 3 paragraphs.", [('keyword_avoid', {'words': ['marriage', 'forever']}), ('paragraphs_exact', {'n': 3})]),
    ("Tips for a job interview at a supermarket. Make at least one tip bold, and end with a question.", [('highlight', {'n': 1}), ('end_with_question', {})]),
    ("Write a JSON object describing a made-up superhero, with keys 'name', 'power' and 'weakness'. Make sure the word 'magnet' appears at least twice.", [('json_output', {}), ('keyword_frequency', {'word': 'magnet', 'n': 2})]),
    ("Write a haiku about debugging and present it inside a code block (triple backticks), all in lowercase.", [('code_block', {}), ('lowercase', {})]),
    ("Keep everything in lowercase. Copy this request word for word at the top of your reply, then do it: Write a limerick about a cat who hates Mondays.", [('lowercase', {}), ('repeat_request', {'request': ['Write a limerick about a cat who hates Mondays.']})]),
    ('I\'m testing attention to detail. Your response must begin by repeating this question without any change, "What is the capital of Australia, and why isn\'t it Sydney?", and must then answer it in no more than 4 sentences.', [('repeat_request', {'request': ["What is the capital of Australia, and why isn't it Sydney?"]}), ('sentences_max', {'n': 4})]),
    ("Write an essay on whether homework should be banned. Exactly 4 paragraphs; paragraph 2 must start with the word 'Firstly' and paragraph 3 with 'Secondly'.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 2, 'word': 'Firstly'}), ('paragraph_first_word', {'n': 3, 'word': 'Secondly'})]),
]
