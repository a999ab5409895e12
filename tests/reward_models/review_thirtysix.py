# ruff: noqa: E501  (test data: one probe per line, as written)
"""A thirty-sixth review (a helper session): new requests written blind to the reader's rules, as a careful human
reader would read them. Only the output conventions were learned beforehand (the kinds and their arguments in
`checkers.py` and the probe lists of `review_thirtyfive.py`); no request is taken from another test file or from a
public benchmark.

The sample leans on the LESS COMMON instruction families:

- A: realistic requests (emails, posts, stories, explanations, plans, letters, ads, poems, templates) each carrying
  at least one instruction from the answer's language (many languages, asked at the start, the middle or the end,
  as "in X", "respond only in X", "no other language than X", "X only"), sections with numbered header markers
  (Section/Part/Day/Step/Chapter/Week), a postscript (P.S./P.P.S.), the whole answer in double quotes, JSON output,
  repeating the request first, two responses with a given separator, a letter's minimum count, a minimum or
  maximum of all-caps words, the first word of the k-th paragraph, a constrained choice, square-bracket
  placeholders, a <<title>>, markdown highlights, no commas, lowercase/uppercase throughout and an exact closing
  phrase; about a third also carry a common constraint (length, bullets, paragraphs).
- B: instruction-free controls that MENTION those things as topics (languages, sections, P.S., quotes, JSON,
  separators, capitals, placeholders, titles, "start with"/"end with"), inside a text to translate, summarise or
  proofread, or as someone else's habit. Expected reads: none.

Argument conventions as in the earlier reviews: a language is its ISO 639-1 code; "under 80" is a max of 79 and
"no more than 80" a max of 80; a section marker is the header word, title-cased; a letter is given in lower case;
a repeated request is the question or request that follows the instruction to repeat it.

Read by the reader as it stood when written (after the 32nd-35th reviews' fixes): 160 probes, recall 151/171 = 0.883,
precision 151/161 = 0.938, 35 of 42 controls clean, 27 misread. Session 28's fixes from it: recall 0.918, precision
0.987, 42 of 42 clean, 14 misread (UNREAD, taken out of the two parts, as the reviewer expects them).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # the answer's language
    ('Write a short welcome email for new members of our rowing club, in Portuguese.', [('language', {'code': 'pt'})]),
    ('Respond only in Spanish: what clothes should I bring for a week in Patagonia in March?', [('language', {'code': 'es'})]),
    ('I run a small bakery in Lyon. Draft an Instagram post announcing our new rye loaf, and please use no other language than French.', [('language', {'code': 'fr'})]),
    ("Could you write a bedtime story about a turtle who can't fall asleep? Write it in Japanese, under 200 words.", [('language', {'code': 'ja'}), ('words_max', {'n': 199})]),
    ('Explain how a mortgage works to a teenager. The whole explanation has to be in Italian, and keep it to at most 5 sentences.', [('language', {'code': 'it'}), ('sentences_max', {'n': 5})]),
    ('Draft a polite note to my neighbour about the barking dog, in Dutch please, with a P.S. thanking them for the tomatoes.', [('language', {'code': 'nl'}), ('postscript', {'marker': 'P.S.'})]),
    ('In Korean, write a short thank-you message to my host family in Busan.', [('language', {'code': 'ko'})]),
    ("My team in Warsaw needs a reminder about Friday's server maintenance; write it in Polish and include at least 2 placeholders in square brackets for the times.", [('language', {'code': 'pl'}), ('placeholders', {'n': 2})]),
    ('Write a product description for handmade olive soap. Use Greek only, no English at all.', [('language', {'code': 'el'})]),
    ('Give me a simple explanation of photosynthesis for my son. He reads only Russian, so answer in Russian.', [('language', {'code': 'ru'})]),
    ('Compose a short poem about the monsoon, written in Hindi.', [('language', {'code': 'hi'})]),
    ("Write our café's opening-hours notice in Turkish and end it with the exact phrase 'Afiyet olsun!'", [('language', {'code': 'tr'}), ('end_phrase', {'phrase': 'Afiyet olsun!'})]),
    ('Using only Vietnamese, describe how to make a simple pho broth at home in no more than 150 words.', [('language', {'code': 'vi'}), ('words_max', {'n': 150})]),
    ('Summarize the plot of Hamlet for a school newsletter. Answer entirely in German and do not use any commas.', [('language', {'code': 'de'}), ('no_commas', {})]),
    ('Write the welcome sign text for a lakeside village in Finland, in Finnish, all in capital letters.', [('language', {'code': 'fi'}), ('uppercase', {})]),
    ('Could you draft an apology message to a customer in Arabic? Keep it under 60 words.', [('language', {'code': 'ar'}), ('words_max', {'n': 59})]),
    ('Tell me a short fable about a crow and a fox. Czech only, please.', [('language', {'code': 'cs'})]),
    ('Describe the Northern Lights for a travel brochure. Norwegian is the only language I want in the answer.', [('language', {'code': 'no'})]),
    ('Write a children\'s rhyme about counting sheep; it has to be in Ukrainian.', [('language', {'code': 'uk'})]),
    ('What are three tips for a first job interview? Answer in Thai, please, as 3 bullet points.', [('language', {'code': 'th'}), ('bullet_list', {'n': 3})]),
    ('Answer me in Catalan: which are the best beaches near Tarragona for families?', [('language', {'code': 'ca'})]),
    ('Write a brief guide to recycling batteries. It should be written in Spanish from start to finish, with at least 4 bullet points.', [('language', {'code': 'es'}), ('bullets_min', {'n': 4})]),
    # sections with header markers
    ('Plan a 5-day beginner running programme. Mark each day with a header like Day 1, Day 2 and so on.', [('sections', {'n': 5, 'marker': 'Day'})]),
    ("Write a three-part short story about a lighthouse keeper's cat, with the parts labelled Part 1, Part 2 and Part 3.", [('sections', {'n': 3, 'marker': 'Part'})]),
    ("Give me instructions for repotting an orchid in 4 steps, each headed 'Step' followed by its number.", [('sections', {'n': 4, 'marker': 'Step'})]),
    ("Outline a fantasy novel in 6 chapters, each starting with a 'Chapter N' heading, and keep the outline under 300 words.", [('sections', {'n': 6, 'marker': 'Chapter'}), ('words_max', {'n': 299})]),
    ('Create an 8-week study plan for the driving theory test, organised in sections titled Week 1 through Week 8.', [('sections', {'n': 8, 'marker': 'Week'})]),
    ('Answer in 2 sections with the headers SECTION 1 and SECTION 2: what are the pros and cons of living in a tiny house?', [('sections', {'n': 2, 'marker': 'Section'})]),
    ("Write a 4-part workshop agenda on personal finance for teens, using 'Part 1' to 'Part 4' as headings, with at least 8 bullet points in total.", [('sections', {'n': 4, 'marker': 'Part'}), ('bullets_min', {'n': 8})]),
    ('Write a mystery story in five chapters. Label them Chapter 1 to Chapter 5 and write it in Spanish.', [('sections', {'n': 5, 'marker': 'Chapter'}), ('language', {'code': 'es'})]),
    ('Write a report on our quarterly sales with 3 sections (name them Section 1, Section 2, Section 3) in under 250 words.', [('sections', {'n': 3, 'marker': 'Section'}), ('words_max', {'n': 249})]),
    # postscripts
    ('Write a cover letter for a museum guide job. Add a postscript at the end mentioning my availability from June.', [('postscript', {'marker': 'P.S.'})]),
    ('Compose a thank-you letter to my thesis supervisor and finish with a P.P.S. that jokes about all the coffee we drank.', [('postscript', {'marker': 'P.P.S.'})]),
    ('Write a fundraising letter for our animal shelter, ending in a P.S. that mentions the matching donation deadline.', [('postscript', {'marker': 'P.S.'})]),
    ('Write a postcard message from Lisbon to my grandparents, under 80 words, and finish with a P.S. about the weather.', [('words_max', {'n': 79}), ('postscript', {'marker': 'P.S.'})]),
    ('Write a letter to my younger self at age 15, and put a P.P.S. right at the bottom.', [('postscript', {'marker': 'P.P.S.'})]),
    ('Write a holiday greeting for our clients in 3 paragraphs, with a postscript starting with P.S. under the signature.', [('paragraphs_exact', {'n': 3}), ('postscript', {'marker': 'P.S.'})]),
    # the whole answer in double quotes
    ("Put the entire reply between double quotes: what's a good name for a pet hedgehog?", [('quotation', {})]),
    ('Write a short review of a neighbourhood coffee shop and enclose everything you write in double quotes.', [('quotation', {})]),
    ('Write a fortune cookie message. The whole output should sit inside double quotation marks.', [('quotation', {})]),
    ('Give me a testimonial a happy client might write about my plumbing business, wrapped in double quotes, no more than 50 words.', [('quotation', {}), ('words_max', {'n': 50})]),
    ("In Italian, and with the whole answer in double quotes, write a toast for my parents' anniversary.", [('language', {'code': 'it'}), ('quotation', {})]),
    # JSON
    ('Return the answer as JSON: the five largest lakes in Africa with their areas.', [('json_output', {})]),
    ('Give me a five-day packed-lunch plan for a vegan teenager; the output must be valid JSON and nothing else.', [('json_output', {})]),
    ("List the planets and their number of moons. I'll parse your reply with a script, so format everything as JSON.", [('json_output', {})]),
    ("Extract the names and dates from this sentence and give them back in JSON format: 'Maria met Tom on 3 May and Lena on 9 June.'", [('json_output', {})]),
    ('Suggest podcast episode ideas about urban cycling, formatted as a JSON array.', [('json_output', {})]),
    # repeating the request first
    ('Begin by copying out this request unchanged, then answer it: Suggest three names for a vintage clothing shop in Leeds.', [('repeat_request', {'request': ['Suggest three names for a vintage clothing shop in Leeds.']})]),
    ('Repeat the following question verbatim before you respond, and then answer in fewer than 50 words: How do vaccines train the immune system?', [('repeat_request', {'request': ['How do vaccines train the immune system?']}), ('words_max', {'n': 49})]),
    ('Echo my question back first, unchanged, then answer it: Which river flows through Budapest?', [('repeat_request', {'request': ['Which river flows through Budapest?']})]),
    # two responses with a separator
    ('Give two different openings for my wedding speech, with a line of six asterisks (******) between them.', [('two_responses', {'separator': '******'})]),
    ('Write two versions of a rejection email to a candidate, one formal and one warm, with ~~~ between them.', [('two_responses', {'separator': '~~~'})]),
    ('Suggest two slogans for a recycling campaign. Separate them with ===.', [('two_responses', {'separator': '==='})]),
    ("I can't decide on a tone: give me two distinct replies to this customer complaint about a late delivery, and put ---- between the two.", [('two_responses', {'separator': '----'})]),
    ("Offer two different answers to 'what makes a good leader?', separated by six asterisks.", [('two_responses', {'separator': '******'})]),
    ('Write 2 different short bios for my Twitter profile, separated by +++, both in lowercase.', [('two_responses', {'separator': '+++'}), ('lowercase', {})]),
    # a letter's minimum count
    ("Write a poem about the sea in which the letter 's' appears at least 30 times.", [('letter_frequency', {'letter': 's', 'n': 30})]),
    ('Describe a jungle expedition, making sure the letter j shows up no fewer than 8 times.', [('letter_frequency', {'letter': 'j', 'n': 8})]),
    ("Write a short ad for a pizza place and use the letter 'z' 6 or more times.", [('letter_frequency', {'letter': 'z', 'n': 6})]),
    ('Write a story about a quiet queen where the letter Q occurs at least 5 times.', [('letter_frequency', {'letter': 'q', 'n': 5})]),
    ('Describe a visit to a vineyard in over 100 words, and include the letter v at least 15 times.', [('words_min', {'n': 101}), ('letter_frequency', {'letter': 'v', 'n': 15})]),
    # all-caps words, at least or at most
    ('Write a hype message for our hackathon with at least 5 words in all capital letters.', [('capital_words', {'n': 5})]),
    ('Draft a safety notice for the chemistry lab. Use capitals for emphasis, but no more than 3 fully capitalised words.', [('capital_words_max', {'n': 3})]),
    ('Write a tweet about the marathon; fewer than 4 words should be in ALL CAPS.', [('capital_words_max', {'n': 3})]),
    ('Write a sales email for a flash sale, including 3 or more words written entirely in uppercase.', [('capital_words', {'n': 3})]),
    ('Make a poster text for a lost dog. At least 2 words should be fully capitalized, like LOST or REWARD.', [('capital_words', {'n': 2})]),
    ('Write a formal complaint about the noise from the bar downstairs; do not use more than 2 words in all capital letters.', [('capital_words_max', {'n': 2})]),
    # the first word of the k-th paragraph
    ("Write a four-paragraph essay about urban gardening where the third paragraph begins with the word 'However'.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 3, 'word': 'However'})]),
    ("I need 3 paragraphs on the history of chess; the second must open with 'Centuries'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'Centuries'})]),
    ("Write a story in 5 paragraphs about a lost key. Paragraph 4 has to start with the word 'Suddenly'.", [('paragraphs_exact', {'n': 5}), ('paragraph_first_word', {'n': 4, 'word': 'Suddenly'})]),
    ("Write an opinion piece on school uniforms, two paragraphs, with the first word of the second paragraph being 'Still'.", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 2, 'word': 'Still'})]),
    ("Write an email to parents about the school trip in 3 paragraphs, where the first paragraph starts with 'Dear'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 1, 'word': 'Dear'})]),
    ("Describe the life cycle of a frog across 4 paragraphs, and begin the last paragraph with 'Finally'.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 4, 'word': 'Finally'})]),
    # a constrained choice
    ("Which is heavier, a kilogram of feathers or a kilogram of steel? Answer with one of: 'the feathers', 'the steel', 'they weigh the same'.", [('constrained_choice', {'options': ['the feathers', 'the steel', 'they weigh the same']})]),
    ("Should I learn Kotlin or Swift first for mobile apps? Answer with either 'Kotlin' or 'Swift' and nothing else.", [('constrained_choice', {'options': ['Kotlin', 'Swift']})]),
    ("Does this sentence contain a spelling mistake: 'I recieved your parcel'? Respond only with 'yes', 'no' or 'not sure'.", [('constrained_choice', {'options': ['yes', 'no', 'not sure']})]),
    # placeholders in square brackets
    ('Write a tenancy agreement template with at least 5 placeholders in square brackets, e.g. [tenant name].', [('placeholders', {'n': 5})]),
    ('Make a fill-in-the-blanks invitation for a baby shower with square-bracket placeholders like [date] and [venue], at least 3 of them.', [('placeholders', {'n': 3})]),
    ('Give me a text message template for confirming dentist appointments, with a placeholder in square brackets for the time.', [('placeholders', {'n': 1})]),
    # a title in <<double angular brackets>>
    ('Write a short poem about a heron and put its title between << and >>.', [('title', {})]),
    ('Write a blog post about living without a car, with a title formatted as <<Title>>, and keep it under 400 words.', [('title', {}), ('words_max', {'n': 399})]),
    ('Write a folk tale about a clever goat in Norwegian, titled in double angle brackets.', [('language', {'code': 'no'}), ('title', {})]),
    ('Give my short story about time travel a title wrapped in double angular brackets like <<this>>, then write the story in 3 paragraphs.', [('title', {}), ('paragraphs_exact', {'n': 3})]),
    # markdown highlights
    ('Write a product description for a leather wallet with 2 or more parts emphasised in markdown bold.', [('highlight', {'n': 2})]),
    ('Write a study guide for the Industrial Revolution with at least 4 highlighted sections in markdown and at least 5 bullet points.', [('highlight', {'n': 4}), ('bullets_min', {'n': 5})]),
    ('Write a welcome note for our coworking space; use markdown to highlight one section, e.g. *the wifi password*.', [('highlight', {'n': 1})]),
    # no commas
    ('Write a limerick about a penguin who hates the cold, and leave out commas completely.', [('no_commas', {})]),
    ('Describe your ideal Sunday, and please, not a single comma in the whole thing.', [('no_commas', {})]),
    ('Write a short horoscope for Leos with no commas anywhere in your reply.', [('no_commas', {})]),
    # lowercase / uppercase throughout
    ('Write a protest chant for cleaner rivers, entirely in uppercase.', [('uppercase', {})]),
    ('Write a haiku about autumn in German, using only lowercase letters.', [('language', {'code': 'de'}), ('lowercase', {})]),
    ('Give me 5 bullet points of packing tips for a beach holiday, all in capital letters.', [('bullet_list', {'n': 5}), ('uppercase', {})]),
    ("Explain what a VPN is to my grandpa. Don't use any uppercase letters at all.", [('lowercase', {})]),
    # an exact closing phrase
    ("Compose a newsletter intro for our book club and end it with the exact phrase 'Happy reading, everyone!'", [('end_phrase', {'phrase': 'Happy reading, everyone!'})]),
    ("Write a short motivational message for exam week. The very last words must be 'You've got this.'", [('end_phrase', {'phrase': "You've got this."})]),
    ("Write a story about a dragon who loves tea. Its final sentence must be exactly 'And the kettle sang once more.'", [('end_phrase', {'phrase': 'And the kettle sang once more.'})]),
    ("Write a sign-off for my cooking vlog in Spanish that ends with '¡Hasta la próxima!'", [('language', {'code': 'es'}), ('end_phrase', {'phrase': '¡Hasta la próxima!'})]),
    # several of the less common families at once
    ('Write a letter to my exchange partner in Lima: in Spanish, two sections headed Part 1 and Part 2, and a P.S. at the end.', [('language', {'code': 'es'}), ('sections', {'n': 2, 'marker': 'Part'}), ('postscript', {'marker': 'P.S.'})]),
    ('Answer in French and wrap the whole reply in double quotes: what is your favourite season and why?', [('language', {'code': 'fr'}), ('quotation', {})]),
    ('Write a pair of taglines for a bike repair shop in German, with ****** on its own line between them.', [('language', {'code': 'de'}), ('two_responses', {'separator': '******'})]),
    ("Write a 3-paragraph blog post about birdwatching with no commas, where paragraph 2 starts with 'Binoculars', and end with 'Happy spotting!'", [('paragraphs_exact', {'n': 3}), ('no_commas', {}), ('paragraph_first_word', {'n': 2, 'word': 'Binoculars'}), ('end_phrase', {'phrase': 'Happy spotting!'})]),
    ("Describe the city of Porto in Portuguese, using at least 3 words in all caps and the letter 'o' at least 40 times.", [('language', {'code': 'pt'}), ('capital_words', {'n': 3}), ('letter_frequency', {'letter': 'o', 'n': 40})]),
    ('Write a lowercase poem about the night sky with a title in <<double angular brackets>>.', [('lowercase', {}), ('title', {})]),
    ("Is this review positive, negative or neutral? 'The room was spotless but check-in took an hour.' Reply with one word from: positive, negative, neutral.", [('constrained_choice', {'options': ['positive', 'negative', 'neutral']})]),
    # read since session 29 (moved from UNREAD)
    ("Build me a Kyoto itinerary for 3 days: give each day its own section with a Day 1 / Day 2 / Day 3 header, and add a P.S. with a tip about temples.", [('sections', {'n': 3, 'marker': 'Day'}), ('postscript', {'marker': 'P.S.'})]),
    # read since session 29 (moved from UNREAD)
    ('Write a goodbye card message for a coworker who is moving to Quebec, in French, avoiding commas entirely.', [('language', {'code': 'fr'}), ('no_commas', {})]),
    ('Write an email template for event sponsors: 3 or more placeholders in square brackets, a title in double angular brackets like <<Partner with us>>, and at least 2 markdown-highlighted sections.', [('placeholders', {'n': 3}), ('title', {}), ('highlight', {'n': 2})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Did Roman letter writers have anything like a P.S., or is it a later invention?", []),
    ("What does this French sentence mean: 'Merci de répondre en français et d'ajouter un P.S. à la fin.'", []),
    ("My Spanish teacher always writes 'responde en español' at the top of worksheets. Why do teachers insist on that?", []),
    ('How do I check whether a string is valid JSON in JavaScript?', []),
    ("Why do some novels head each chapter with 'Chapter One' spelled out while others use 'Chapter 1'?", []),
    ('Which Markdown syntax gives italics and which gives bold, and does Slack follow the same rules?', []),
    ("What does '******' mean when it shows up in a forum post? Is it censoring a swear word?", []),
    ('My manager writes every Slack message in ALL CAPS. How do I tell her it reads as shouting?', []),
    ("Summarise this job ad: 'Applicants must write their cover letter in German, keep it under one page, and end it with their availability date.'", []),
    ("My colleague ends every message with 'Let me know!' Is that passive-aggressive?", []),
    ('What are fields like [Your Name] called in a template, and how do I fill them with mail merge in Word?', []),
    ('Why are quotations in French books written between « and » instead of double quotes?', []),
    ("Is it better to open a formal letter with 'Dear Sir or Madam' or with 'To whom it may concern'?", []),
    ("What's the plural of 'postscript', and is P.P.S. ever correct?", []),
    ("How can I count how often each letter occurs in a text file using awk?", []),
    ("Proofread this message from my landlord: 'Please reply in writing, in english or french, before the 5th. P.S. the boiler man comes tuesday.'", []),
    ('Why are Roman numerals on clocks written in capitals but in lowercase for book prefaces?', []),
    ('Why did Cormac McCarthy leave out quotation marks and most commas in his novels?', []),
    ("For a thesis, is 'Section 1, Section 2' or 'Part I, Part II' the better way to structure chapters?", []),
    ("My daughter's homework says 'Write your answer in French and underline the verbs.' How can I help her if I don't speak French?", []),
    ('Which languages besides Arabic and Hebrew are written right to left?', []),
    ('Explain what this regex matches: ^Day \\d+$', []),
    ('Why do wedding invitations often print the couple\'s names in capital letters?', []),
    ("What's the most natural way to say 'please answer only yes or no' in Korean?", []),
    ('Convert this JSON to YAML: {"name": "Ana", "age": 31, "city": "Porto"}', []),
    ("The brief for my creative writing class says 'Your story must have three parts and a title in angle brackets.' How long should each part be?", []),
    ("Why do emails from my bank end with 'Please do not reply to this message'?", []),
    ('How do I turn a whole column of text into uppercase in Excel?', []),
    ("In HTTP, what does it mean to 'repeat the request' after a 503, and when is that safe?", []),
    ('How does Git mark merge conflicts with <<<<<<<, ======= and >>>>>>>?', []),
    ('My friend only texts in lowercase and never uses commas. Is that a generational thing?', []),
    ("Translate from Italian: 'Scrivi la risposta in inglese, in meno di cento parole.'", []),
    ('Write a short story about an interpreter who can only answer questions in French.', []),
    ("Write a funny poem about an uncle who ends every sentence with 'you know?'", []),
    ('Draft a tweet explaining why developers love JSON.', []),
    ('Explain to a ten-year-old when we use capital letters in English.', []),
    ("Write a blog post about the 'Day 1, Day 2' journaling method and why it helps beginners.", []),
    ("Explain why fundraising letters almost always include a P.S. and whether it really raises more money.", []),
    ("Summarise this memo: 'Staff reports must start with a one-line summary, use the headings Part 1 and Part 2, and be sent as JSON to the portal.'", []),
    ('Why do some chatbots start their answer by repeating the question? Is that a good habit?', []),
    ("My editor wants every article title in double quotes in the newsletter. Is that a standard style?", []),
    ('On a book cover, how is a subtitle different from a tagline?', []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B


# left unread by session 28's reader, as the reviewer expects them
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('Please reply in Mandarin Chinese: how do I politely decline a second helping at dinner?', [('language', {'code': 'zh'})]),
    ("Réponds uniquement en français : quels sont les avantages du vélo en ville ?", [('language', {'code': 'fr'})]),
    ("Before answering, say my question back word for word. What's the difference between a latte and a flat white?", [('repeat_request', {'request': ["What's the difference between a latte and a flat white?"]})]),
    ('How long should I steam broccoli so it stays crunchy? Start your reply by repeating that question exactly, without changing a word.', [('repeat_request', {'request': ['How long should I steam broccoli so it stays crunchy?']})]),
    ('Write a calm bedtime story with at most 1 word in all caps, under 200 words.', [('capital_words_max', {'n': 1}), ('words_max', {'n': 199})]),
    ('Rate the difficulty of this chess puzzle (White: Kg1, Qd1; Black: Kg8, pawn h7) as Easy, Medium or Hard, and reply with the label only.', [('constrained_choice', {'options': ['Easy', 'Medium', 'Hard']})]),
    ('Draft a generic reference letter I can reuse for interns; leave blanks in square brackets for details like [name], at least 4 in total, and keep it below 200 words.', [('placeholders', {'n': 4}), ('words_max', {'n': 199})]),
    ('Explain the water cycle, marking at least 3 key terms as markdown highlights, like *evaporation*.', [('highlight', {'n': 3})]),
    ('write a short bio for my dj profile, all lowercase letters, nothing capitalised', [('lowercase', {})]),
    ("Write a product FAQ for a standing desk in 4 bullet points, closing with the line 'Questions? Just ask.'", [('bullet_list', {'n': 4}), ('end_phrase', {'phrase': 'Questions? Just ask.'})]),
    ('Please open with my request copied word for word, then answer in Japanese: Recommend two anime for someone new to the genre.', [('repeat_request', {'request': ['Recommend two anime for someone new to the genre.']}), ('language', {'code': 'ja'})]),
]
