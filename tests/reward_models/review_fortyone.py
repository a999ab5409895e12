# ruff: noqa: E501  (test data: one probe per line, as written)
"""A forty-first review (a helper session): lengths and counts in natural phrasing, written blind to the reader's
rules. Only the output conventions were learned beforehand (the kinds and their arguments in `checkers.py` and the
layout and conventions of `review_forty.py`); no request is taken from another test file or from a public benchmark,
and none imitates their wording.

- A: requests with at least one checkable instruction, mostly about length. (1) Word limits and minimums written many
  ways: "under 80 words", "no more than eighty words", "60 words max", "40 words tops", "100 words or less", "not
  more than", "must not exceed", "don't go over", "no longer than", "keep it within", "limit it to", "keep it to",
  "below", "fewer than", "at least", "a minimum of", "500+ words", "more than 400 words", "between A and B", "A to B",
  "A-B", spelled-out numbers ("fifty", "seventy-five", "one hundred and twenty", "two hundred and fifty", "three
  hundred and fifty") or digits, the bound before or after the task, in parentheses, in a trailing "Word limit:" line,
  after a dash, alongside unrelated numbers (ages, prices, dates, "under-12s", the length of the user's own draft).
  (2) Sentence counts: exact ("in 3 sentences", "one sentence", "a one-sentence description", "a twelve-sentence
  story", "Five sentences ..."), maximum ("no more than four", "three sentences max", "4 sentences or fewer", "fewer
  than 4", "less than five", "Max 2 sentences."), minimum ("at least 5"), ranges ("two or three", "three to five").
  (3) Paragraph counts: exact ("two paragraphs", "a 3-paragraph email", "a four-paragraph story", "in one paragraph",
  "Three paragraphs, please:"), maximum ("no more than 4", "three paragraphs max"), minimum ("at least 3", "no fewer
  than 4"). (4) Bullet counts: exact ("exactly 5 bullet points", "in 3 bullet points", "a bulleted list of 7", "5
  reasons ..., as bullet points"), maximum ("no more than 8 bullets", "up to 5", "10 or fewer", "two bullets at
  most"), minimum ("at least 6"), and one numbered list of N steps. (5) Two or three of these with other checkable
  instructions (lowercase, capitals, no commas, no digits, a language, a keyword to use, avoid or repeat, a start or
  end phrase, a title, highlights, placeholders, hashtags, a postscript, a quotation, JSON, two responses, ending with
  a question). A few requests carry length wishes no checker can hold, left unlabelled while their other
  instructions are labelled: an approximate target ("about 150 words", "roughly 50 words"), an "N-word" target ("a
  200-word summary": there is no exact-words kind), a limit in characters, and limits per bullet or per response
  ("each under 20 words", "each under 40 words").
- B: instruction-free controls full of numbers that are not instructions about the answer: ages, dates, prices, the
  word counts, paragraphs and lines of the user's own text ("my essay is 900 words"), "top 10" titles, questions about
  how long something should be, counts of things in the user's life, rules and counts inside pasted text, a book
  "under 200 pages", requests for N recommendations with no list format asked, and four requests whose only length is
  an approximate target ("about", "roughly", "around", "-ish"). Expected reads: none.

Argument conventions as in the earlier reviews: "under 80" / "less than 120" / "fewer than 50" / "below 70" is a max
of one less; "no more than" / "at most" / "max" / "tops" / "or less" / "or fewer" / "must not exceed" / "don't go
over" / "no longer than" / "within" / "limit it to" / "keep it to" a max of the number; "at least" / "a minimum of" /
"minimum" / "N+" / "no fewer than" a min of the number, and "more than 400" a min of 401; "between 150 and 200",
"150-200", "400 to 500", "two or three sentences", "three to five sentences" both bounds; "in N sentences/paragraphs",
"one sentence", "a 3-paragraph ...", "N sentences/paragraphs, please" are exact; "exactly N bullet points", "in N
bullet points", "N bullet points of ...", "a bulleted list of N ..." and "N ..., as bullet points" are bullet_list;
"no more than / up to / N or fewer / at most N bullets" is bullets_max and "at least N bullet points" bullets_min; a
numbered list of N is numbered_list; keywords to include are lower-cased; a language is its ISO 639-1 code; an
approximate target is not a bound and is left unlabelled.

Read by the reader as it stood when written: 184 probes (132 labelled, 52 controls), recall 170/183 = 0.929,
precision 170/171 = 0.994 on the labelled probes (170/172 = 0.988 counting the one read of a control), 51 of 52
controls clean; 12 labelled probes misread. Its misses: two bounds that open the request ("In under a hundred words,
why ...", and both bounds of "In no more than 3 bullet points and under 40 words, what ...") read as nothing, though
"In 50 words or fewer, explain ..." reads; a minimum written as a compound adjective before the noun ("a 250 word
minimum response"); a spelled-out minimum above a hundred in a clause that goes on ("needs to be at least three
hundred and fifty words, can you write it?"); "Keep it to 100 words." read as nothing; "In a single sentence, ..." at
the start read as nothing (while "in one sentence" after the task reads); a bullet maximum given apart from its noun
("Bullet points, no more than five, ..."); a word limit between a task and a further instruction ("no more than 300
words, with at least 3 words in ALL CAPS") dropped while the capitals are read; a language named before a dash
("Italian please — ...") unread; "without the word 'fun'" after a numbered list unread; "end your answer with the
question '...'" read as ending with a question rather than with the quoted question; "Give me a JSON object listing
..." not read as JSON output. Its one control misread is a limit inside a quoted passage of guidance the user only
asks about ("'Applicants must submit a statement of no more than 500 words ...' Does 5pm mean UK time ...?"), read as
a word limit on the answer. Approximate targets ("about", "roughly", "around", "-ish", "a 200-word summary"), a limit
in characters, limits per bullet or per response, the user's own word counts, ages, prices, dates, "under-12s", a
book "under 200 pages" and a pasted poem's "no more than that" all read clean.
Session 30's fixes from it (the maintainer, after this set was measured): the answer's length or shape opening a
question up to its comma ("In under a hundred words, why ...?", "In a single sentence, what ...?"); "Keep it to 100
words" as a cap; "Give me a JSON object listing ..." as JSON; words to avoid or use after a comma beside a list,
title or P.S. that claimed the clause ("a numbered list of 10 ..., without the word 'fun'"); a quoted question to end
on as its text. By `aligned-train eval-instructions --cases` (which counts a little differently from the strict
count above): first read 0.929 / 0.994, 51 of 52 clean; after 0.973 / 1.000, 51 of 52. The probes still misread
are in UNREAD (`python scripts/review_split.py FILE` keeps them there).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) word limits and minimums
    ("Can you write a bio for my Etsy shop? I make hand-thrown mugs in a shed in Leeds and have been doing it for 6 years. Keep it under 80 words.", [('words_max', {'n': 79})]),
    ("Summarise the plot of Great Expectations in no more than eighty words, it's for a revision flashcard.", [('words_max', {'n': 80})]),
    ("Product description for a bamboo chopping board (45 x 30 cm, oiled, dishwasher safe), 60 words max", [('words_max', {'n': 60})]),
    ("I need to write a reflection on my 6-week placement at a care home. Between 150 and 200 words.", [('words_min', {'n': 150}), ('words_max', {'n': 200})]),
    ("Write a short essay on why public libraries still matter in 2025. At least 300 words please.", [('words_min', {'n': 300})]),
    ("Write an out-of-office reply for 12–16 August, mention that Priya covers anything urgent (max 120 words).", [('words_max', {'n': 120})]),
    ("Write the 'About us' blurb for our dog-walking business, Paws on the Common. We walk up to 4 dogs at a time.\nWord limit: 100", [('words_max', {'n': 100})]),
    ("Explain what a stocks and shares ISA is to my 19 year old - under fifty words please", [('words_max', {'n': 49})]),
    ("Need a best man speech for my brother Tom, he's marrying Jess on the 21st. No longer than 250 words, it has to fit in 2 minutes.", [('words_max', {'n': 250})]),
    ("In under a hundred words, why might my sourdough be coming out flat? I feed the starter twice a day and bake at 230C.", [('words_max', {'n': 99})]),
    ("Write a complaint to the council about the potholes on Fenwick Road, there are at least 5 of them now. Don't go over 200 words.", [('words_max', {'n': 200})]),
    ("Could you write a eulogy for my grandad? He fixed bikes in the same shop for 40 years. Somewhere between three hundred and four hundred words.", [('words_min', {'n': 300}), ('words_max', {'n': 400})]),
    ("Airbnb listing text: 2 bedrooms, sleeps 4, 5 min walk to the beach, parking for 1 car. Keep it below 70 words.", [('words_max', {'n': 69})]),
    ("Minimum 200 words: explain recursion to someone who has only ever used Excel.", [('words_min', {'n': 200})]),
    ("write me a horror microfiction, fewer than 50 words", [('words_max', {'n': 49})]),
    ("Draft a LinkedIn recommendation for my old manager Priya, we worked together 2019-2022. Seventy-five words at most.", [('words_max', {'n': 75})]),
    ("Tell me about the Battle of Hastings in 150 words or fewer.", [('words_max', {'n': 150})]),
    ("A pitch for my podcast about local history in Norwich, not more than 90 words", [('words_max', {'n': 90})]),
    ("Bedtime story about a lighthouse for my 7 year old, 400 to 500 words", [('words_min', {'n': 400}), ('words_max', {'n': 500})]),
    ("Please write at least five hundred words on the causes of the 2008 financial crisis.", [('words_min', {'n': 500})]),
    ("I need an apology text to my flatmate for eating her leftovers. Short - 40 words tops.", [('words_max', {'n': 40})]),
    ("can you explain the water cycle for year 5 pupils? no more than one hundred and twenty words", [('words_max', {'n': 120})]),
    ("Write the back-cover blurb for my fantasy novel. It must not exceed 180 words.", [('words_max', {'n': 180})]),
    ("Write the introduction for my dissertation on urban foxes in Bristol. It should be more than 400 words.", [('words_min', {'n': 401})]),
    ("Summary of this for people who missed the meeting (no more than 100 words):\n\n- Q3 budget approved, £12k for new laptops\n- Ana starts on 3 March\n- 2 vacancies still open, closing 28 Feb", [('words_max', {'n': 100})]),
    ("Pep talk for my under-12s football team before Sunday's cup final. Limit it to 150 words.", [('words_max', {'n': 150})]),
    ("Explain the offside rule, 250-300 words.", [('words_min', {'n': 250}), ('words_max', {'n': 300})]),
    ("Write a letter to my 16-year-old self. a minimum of 350 words", [('words_min', {'n': 350})]),
    ("Listing for our 3-bed semi on Rightmove, between one hundred and one hundred and fifty words. Built in the 1930s, new kitchen in 2021.", [('words_min', {'n': 100}), ('words_max', {'n': 150})]),
    ("A customer says our delivery took 9 days instead of 3. Write a reply in 60 words or less.", [('words_max', {'n': 60})]),
    ("My dating profile bio, please. No more than 150 words and no fewer than 100. I'm 31, a vet nurse, obsessed with crosswords.", [('words_max', {'n': 150}), ('words_min', {'n': 100})]),
    ("Write a thank-you email to the 14 volunteers who helped at Saturday's beach clean. Keep it within 120 words.", [('words_max', {'n': 120})]),
    ("Rewrite this so it's under 60 words:\n\nOur company, which was founded in 1998 by two brothers from Cork, has grown from a single van to a fleet of 45 vehicles, and we now deliver to more than 300 towns across Ireland every single week of the year.", [('words_max', {'n': 59})]),
    ("Sixty-five words max — a welcome message for the new members of our allotment society.", [('words_max', {'n': 65})]),
    ("What should I say in my resignation letter? I've been there 7 years. Under two hundred and fifty words.", [('words_max', {'n': 249})]),
    ("Describe Rome for a travel newsletter in under 100 words. My last draft was 180 words and way too long.", [('words_max', {'n': 99})]),
    ("Ninety words or less: why is the Mona Lisa so famous?", [('words_max', {'n': 90})]),
    ("Write a short speech for my retirement do, 500+ words, I've been teaching for 35 years.", [('words_min', {'n': 500})]),
    ("whats the best way to learn japanese as a 50 year old? answer in less than 120 words", [('words_max', {'n': 119})]),
    ("Give me a short summary of Hamlet. Keep it to 100 words.", [('words_max', {'n': 100})]),
    ("Under 100 words: why do onions make you cry?", [('words_max', {'n': 99})]),
    ("In 50 words or fewer, explain what a credit score is. I'm 18 and just opened my first account.", [('words_max', {'n': 50})]),
    ("Write about 150 words on the history of the bicycle for our class newsletter, and don't use the word 'invented'.", [('keyword_avoid', {'words': ['invented']})]),
    ("Describe the taste of durian in roughly 50 words without using the word 'smell'.", [('keyword_avoid', {'words': ['smell']})]),
    ("Give me a 200-word summary of the French Revolution, all in lowercase letters.", [('lowercase', {})]),
    ("Write a tweet about our Sunday roast (£16.95, served 12-4pm), under 280 characters and in all lowercase.", [('lowercase', {})]),
    # ---- (2) sentence counts
    ("Explain what a mortgage offer is in 3 sentences.", [('sentences_exact', {'n': 3})]),
    ("Sum up the plot of Shrek in one sentence.", [('sentences_exact', {'n': 1})]),
    ("In a single sentence, what does a sommelier actually do?", [('sentences_exact', {'n': 1})]),
    ("Describe a perfect Sunday morning in Lisbon, no more than four sentences.", [('sentences_max', {'n': 4})]),
    ("What's the difference between a crocodile and an alligator? At least 5 sentences please, my son (9) has a project due Friday.", [('sentences_min', {'n': 5})]),
    ("Give me two sentences I can say at the 9am stand-up to welcome Jordan to the team.", [('sentences_exact', {'n': 2})]),
    ("Write a ghost story in exactly six sentences.", [('sentences_exact', {'n': 6})]),
    ("Explain the rule of thirds in photography — three sentences max.", [('sentences_max', {'n': 3})]),
    ("Tell me why the sky is blue using fewer than 4 sentences.", [('sentences_max', {'n': 3})]),
    ("My neighbour texted: 'Hi, the storm knocked over fence panels 4 and 5, can we split the £180 repair?' Write my reply in two or three sentences.", [('sentences_min', {'n': 2}), ('sentences_max', {'n': 3})]),
    ("Summarise the Treaty of Versailles in three to five sentences.", [('sentences_min', {'n': 3}), ('sentences_max', {'n': 5})]),
    ("We need a one-sentence description of our escape room for Google Maps. It has 4 rooms and takes 60 minutes.", [('sentences_exact', {'n': 1})]),
    ("Give me at least ten sentences about the Roman baths for my travel journal.", [('sentences_min', {'n': 10})]),
    ("I'm 34 and want to start running. Advice please, in 4 sentences or fewer.", [('sentences_max', {'n': 4})]),
    ("Five sentences describing the smell of a bakery at 6am, please.", [('sentences_exact', {'n': 5})]),
    ("Max 2 sentences. What's a bridging loan?", [('sentences_max', {'n': 2})]),
    ("Tell me about the seven wonders of the ancient world in 7 sentences.", [('sentences_exact', {'n': 7})]),
    ("How does a heat pump work? Please answer in no more than 3 sentences, I'm 70 and not technical.", [('sentences_max', {'n': 3})]),
    ("Explain blockchain to me in less than five sentences.", [('sentences_max', {'n': 4})]),
    ("Write a twelve-sentence short story about a lost cat.", [('sentences_exact', {'n': 12})]),
    # ---- (3) paragraph counts
    ("Write a 3-paragraph email to parents about the Science Museum trip on 14 June. It costs £12.50 and the coach leaves at 8:15.", [('paragraphs_exact', {'n': 3})]),
    ("Write two paragraphs on why my cat keeps knocking things off the table.", [('paragraphs_exact', {'n': 2})]),
    ("Cover letter for a junior developer role at a 20-person startup, no more than 4 paragraphs.", [('paragraphs_max', {'n': 4})]),
    ("Essay on renewable energy: at least five paragraphs and at least 600 words.", [('paragraphs_min', {'n': 5}), ('words_min', {'n': 600})]),
    ("Write the welcome message for our Discord server (about 2,000 members) in one paragraph.", [('paragraphs_exact', {'n': 1})]),
    ("Give me a four-paragraph short story about a lost umbrella.", [('paragraphs_exact', {'n': 4})]),
    ("Explain the 2 biggest differences between Python 2 and Python 3 in two paragraphs.", [('paragraphs_exact', {'n': 2})]),
    ("Write a letter to the editor of the Gazette about closing the Elm Street pool. Three paragraphs max and under 250 words.", [('paragraphs_max', {'n': 3}), ('words_max', {'n': 249})]),
    ("Blog post about our 10 days in Iceland — at least 3 paragraphs.", [('paragraphs_min', {'n': 3})]),
    ("Write a six paragraph essay on the Harlem Renaissance. The third paragraph should begin with the word 'Music'.", [('paragraphs_exact', {'n': 6}), ('paragraph_first_word', {'n': 3, 'word': 'Music'})]),
    ("Write an obituary for my aunt Maureen (1941–2024) for the parish newsletter. Two short paragraphs, please.", [('paragraphs_exact', {'n': 2})]),
    ("Short report on last year's sales: Q1 £40k, Q2 £52k, Q3 £38k, Q4 £61k. No more than two paragraphs.", [('paragraphs_max', {'n': 2})]),
    ("Three paragraphs, please: the pros and cons of homeschooling a 10-year-old.", [('paragraphs_exact', {'n': 3})]),
    ("Write a fairy tale in 5 paragraphs for my niece's 6th birthday.", [('paragraphs_exact', {'n': 5})]),
    ("My essay already has 5 paragraphs. Write me a conclusion of no more than 80 words.", [('words_max', {'n': 80})]),
    ("Write me a speech for the sixth form leavers' assembly with no fewer than 4 paragraphs.", [('paragraphs_min', {'n': 4})]),
    # ---- (4) bullet counts
    ("Give me exactly 5 bullet points on how to prepare for a job interview.", [('bullet_list', {'n': 5})]),
    ("What should I pack for a 3-day hike in the Lake District? No more than 8 bullets.", [('bullets_max', {'n': 8})]),
    ("Pros and cons of leasing a car vs buying one, with at least 6 bullet points.", [('bullets_min', {'n': 6})]),
    ("Summarise this article in 3 bullet points:\n\nThe city council voted 7-2 on Tuesday to ban cars from the high street between 10am and 4pm from 1 April. Shop owners say footfall fell 15% during a 6-week trial last year, while cycling groups point to a 40% rise in bike journeys.", [('bullet_list', {'n': 3})]),
    ("Give me four bullet points on the main themes of Macbeth.", [('bullet_list', {'n': 4})]),
    ("tips for a first time dog owner, up to 5 bullets", [('bullets_max', {'n': 5})]),
    ("Make a bulleted list of 7 cheap date ideas in Manchester.", [('bullet_list', {'n': 7})]),
    ("Break down how to change a bike inner tube as a numbered list of 6 steps.", [('numbered_list', {'n': 6})]),
    ("3 bullet points summarising the Paris 2024 Olympics for my 80-year-old nan", [('bullet_list', {'n': 3})]),
    ("Ingredients for a vegan lasagne that serves 6, in 10 bullet points or fewer.", [('bullets_max', {'n': 10})]),
    ("Compare the iPhone 15 and the Pixel 8 in exactly four bullets, each under 20 words.", [('bullet_list', {'n': 4})]),
    ("At least ten bullet points of things to do in Lisbon with kids aged 4 and 7, please.", [('bullets_min', {'n': 10})]),
    ("Give me 5 reasons to learn Welsh, as bullet points.", [('bullet_list', {'n': 5})]),
    ("I've got 3 kids under 10 and it's raining all week. Give me 6 bullet points of indoor activities.", [('bullet_list', {'n': 6})]),
    ("Action items from today's call, two bullets at most:\n\nTom will send the contract by Friday. Mia to book the venue for 120 guests. Budget review moved to 9 May.", [('bullets_max', {'n': 2})]),
    # ---- (5) combinations with other instructions
    ("Write a product description for our lavender soap in exactly 3 bullet points, all in lowercase, under 50 words.", [('bullet_list', {'n': 3}), ('lowercase', {}), ('words_max', {'n': 49})]),
    ("Draft a 2-paragraph email to my landlord about the boiler that's been broken since 3 January. End it with 'Kind regards, Sam' and keep it under 150 words.", [('paragraphs_exact', {'n': 2}), ('end_phrase', {'phrase': 'Kind regards, Sam'}), ('words_max', {'n': 149})]),
    ("Write a poem about autumn in Kyoto in 4 sentences, without any commas.", [('sentences_exact', {'n': 4}), ('no_commas', {})]),
    ("Tell me about Ada Lovelace in Spanish, at least 120 words. It's for my Spanish class.", [('language', {'code': 'es'}), ('words_min', {'n': 120})]),
    ("Blog intro about meal prep on a £30 weekly budget: 3 paragraphs, at least 200 words, and use the word 'budget' at least twice.", [('paragraphs_exact', {'n': 3}), ('words_min', {'n': 200}), ('keyword_frequency', {'word': 'budget', 'n': 2})]),
    ("Give me 5 bullet points on saving for a house deposit and finish with a P.S. about the Lifetime ISA bonus.", [('bullet_list', {'n': 5}), ('postscript', {'marker': 'P.S.'})]),
    ("Write a short speech for my parents' 40th anniversary with a title in double angular brackets, like <<Forty Years>>, under 200 words.", [('title', {}), ('words_max', {'n': 199})]),
    ("Explain what JSON is in one sentence, and don't use the word 'format'.", [('sentences_exact', {'n': 1}), ('keyword_avoid', {'words': ['format']})]),
    ("Top 3 reasons to visit Porto, in exactly 3 bullets. Highlight at least 2 parts with markdown, like *this*.", [('bullet_list', {'n': 3}), ('highlight', {'n': 2})]),
    ("WRITE A RALLY CRY FOR OUR 5-A-SIDE TEAM, ALL IN CAPITAL LETTERS, TWO SENTENCES.", [('uppercase', {}), ('sentences_exact', {'n': 2})]),
    ("Write a reminder email template for overdue invoices with at least 3 placeholders in square brackets, like [client name]. No more than 120 words.", [('placeholders', {'n': 3}), ('words_max', {'n': 120})]),
    ("Answer in French, no more than 3 sentences: what's the best way to keep fresh basil?", [('language', {'code': 'fr'}), ('sentences_max', {'n': 3})]),
    ("Write a 4-paragraph story for kids where the first paragraph starts with the word 'Once'. Avoid the words 'scary' and 'dark'.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 1, 'word': 'Once'}), ('keyword_avoid', {'words': ['scary', 'dark']})]),
    ("One-paragraph summary of the Apollo 11 mission, without using any digits.", [('paragraphs_exact', {'n': 1}), ('no_digits', {})]),
    ("Blurb for our 2-in-1 hair dryer, under 70 words, starting with 'Meet the'.", [('words_max', {'n': 69}), ('start_phrase', {'phrase': 'Meet the'})]),
    ("Give me 3 bullet points on the housing crisis, then end your answer with the question 'What would you change first?'", [('bullet_list', {'n': 3}), ('end_phrase', {'phrase': 'What would you change first?'})]),
    ("Give me two different tweets announcing our gym's new 24-hour opening, each under 40 words, separated by ******.", [('two_responses', {'separator': '******'})]),
    ("A poem about my dog Pickle in exactly 3 paragraphs, entirely lowercase, and it has to include the word 'zoomies'.", [('paragraphs_exact', {'n': 3}), ('lowercase', {}), ('keyword_include', {'words': ['zoomies']})]),
    ("Explain compound interest in 150-200 words, with at least 2 sections highlighted in markdown.", [('words_min', {'n': 150}), ('words_max', {'n': 200}), ('highlight', {'n': 2})]),
    ("Write a 5-sentence review of my Dyson V8 and wrap the whole review in double quotation marks.", [('sentences_exact', {'n': 5}), ('quotation', {})]),
    ("Give me a JSON object listing 3 cheap weekend trips from London by train.", [('json_output', {})]),
    ("Welcome note for new hires, at least 3 paragraphs, with the word 'coffee' appearing at least 3 times (we take coffee seriously).", [('paragraphs_min', {'n': 3}), ('keyword_frequency', {'word': 'coffee', 'n': 3})]),
    ("Instagram caption for our vegan brunch, one sentence, with at least two hashtags.", [('sentences_exact', {'n': 1}), ('hashtags', {'n': 2})]),
    ("Write the opening of my cover letter in German, under 100 words. I'm applying to a bakery in Hamburg.", [('language', {'code': 'de'}), ('words_max', {'n': 99})]),
    ("In no more than 3 bullet points and under 40 words, what do I bring to my first driving lesson?", [('bullets_max', {'n': 3}), ('words_max', {'n': 39})]),
    ("Why do cats purr? Answer with at least 8 sentences and no commas.", [('sentences_min', {'n': 8}), ('no_commas', {})]),
    ("Exactly 6 bullet points of revision tips for GCSE maths, all lowercase, no commas.", [('bullet_list', {'n': 6}), ('lowercase', {}), ('no_commas', {})]),
    ("Write a 3 paragraph newsletter piece on our 25th anniversary, under 300 words, and end with a question to readers.", [('paragraphs_exact', {'n': 3}), ('words_max', {'n': 299}), ('end_with_question', {})]),
    ("Give me a numbered list of 10 icebreaker questions for a team of 12, without the word 'fun'.", [('numbered_list', {'n': 10}), ('keyword_avoid', {'words': ['fun']})]),
    ("Write a LinkedIn post about my first 100 days as CEO in 4 sentences, and add 3 or more hashtags at the end.", [('sentences_exact', {'n': 4}), ('hashtags', {'n': 3})]),
    ("What are the warning signs of burnout? Bullet points, no more than five, and under 100 words total.", [('bullets_max', {'n': 5}), ('words_max', {'n': 99})]),
    ("Short story about a robot learning to bake, no more than 300 words, with at least 3 words in ALL CAPS for emphasis.", [('words_max', {'n': 300}), ('capital_words', {'n': 3})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("My essay on Brexit is 900 words and the limit is 1000. Is that cutting it too close?", []),
    ("How long should a wedding speech be? Is 5 minutes roughly 700 words?", []),
    ("What's a good word count for a cover letter, 250 or 400 words?", []),
    ("I'm 42, my husband is 45 and we have 3 kids aged 4, 9 and 12. Is a 7-seater worth the extra £6,000?", []),
    ("What were the top 10 best-selling albums of 1997 in the UK?", []),
    ("Is £2.50 for a 500g sourdough loaf expensive these days?", []),
    ("My daughter's school says homework should take 30 minutes a night in year 7. Is that normal?", []),
    ("Why do some novels have 100 short chapters and others only 12 long ones?", []),
    ("How many words per minute does the average adult read? I think I manage about 250.", []),
    ("I wrote a 3-paragraph cover letter. Does it need a 4th paragraph or is that enough?", []),
    ("What does 'no more than 2 bags per person' on my Ryanair booking mean? Does a handbag count as one?", []),
    ("My landlord put the rent up from £950 to £1,100 a month with 2 weeks' notice. Is that legal in Scotland?", []),
    ("Can you recommend a novel under 200 pages for a 3-hour flight?", []),
    ("What's the difference between a five-paragraph essay and a three-paragraph one?", []),
    ("My tutor said my summary should be at least 300 words but mine is 280. How can I pad it out without waffling?", []),
    ("I run 5k three times a week. How long until I could do a 10k?", []),
    ("Which is bigger, 2 to the power of 10 or 10 cubed?", []),
    ("Why do tweets have a 280 character limit and not 300?", []),
    ("Is it true that the average English sentence is 15 to 20 words long?", []),
    ("I have 14 tomato plants and 3 raised beds, each 2m by 1m. How far apart should the plants go?", []),
    ("Meeting notes: 1) budget up 4% 2) 3 new hires 3) office move on 1 Sept. Which of these is most urgent for HR?", []),
    ("What's the most bullet points you should put on one PowerPoint slide?", []),
    ("My thesis abstract is 347 words and the university wants 300. Is going over worse than cutting key results?", []),
    ("How many paragraphs should a college application essay usually have?", []),
    ("Is 1,500 words too long for a blog post about sourdough?", []),
    ("The brief says 'exactly 5 slides, no more than 40 words each'. Does the title slide count as one of the 5?", []),
    ("What year did the Berlin Wall fall, and how old would someone born that year be now?", []),
    ("I'm turning 30 on 2 May. Any party ideas for around 20 people on a £300 budget?", []),
    ("What is a two-sentence horror story and why are they so popular on Reddit?", []),
    ("My son is 8 and reads about 50 words a minute out loud. Is that behind for his age?", []),
    ("Our team of 6 spent 40 hours on the bid. How do I work out the cost at £35 an hour?", []),
    ("Is a 4-day week realistic for a 12-person design agency?", []),
    ("Which is better value: 3 for £10 or £3.49 each?", []),
    ("What does it mean when a job ad asks for 'a CV of no more than two pages'? Do they really bin longer ones?", []),
    ("Can you recommend 10 true crime podcasts that aren't too gory?", []),
    ("How many sentences are in a typical paragraph?", []),
    ("Here's my poem, it's 14 lines. Is it technically a sonnet?\n\nThe kettle sings at half past five,\nthe cat demands her tin,\nthe 7:40 bus goes by,\nand still I can't begin.\nThree letters wait upon the mat,\ntwo bills and one from you,\nI read the one and leave the rest,\nas I was bound to do.\nThe clock says six, the radio\nsays rain till after ten,\nI fold your letter into four\nand open it again.\nA hundred words, no more than that,\nand none of them goodbye.", []),
    ("Why do recipes say 'serves 4' when it's clearly only enough for 2?", []),
    ("What happened in England on 5 November 1605?", []),
    ("I've been at my job 3 years and earn £28k. Is asking for a 10% raise reasonable?", []),
    ("Why is my WhatsApp 'About' text limited to 139 characters? Such an odd number.", []),
    ("My daughter's homework says 'answer each question in a few sentences'. How many is a few, in a teacher's mind?", []),
    ("My first chapter is 6,000 words. Agents want the first 3 chapters or 10,000 words. Should I just send chapters 1 and 2?", []),
    ("Could you write roughly 150 words on the history of the allotment movement for our newsletter?", []),
    ("Write me something around 300 words about why I love Glasgow.", []),
    ("Could you do a 500-ish word blog post on packing light for a 2-week trip?", []),
    ("I need about 80 words for the back of our charity calendar, something about the 12 dogs we rehomed this year.", []),
    ("The quiz app I'm building told users 'Keep your answers under 50 words'. Is that a bad rule for a history quiz?", []),
    ("What's the 3-2-1 backup rule?", []),
    ("Is the 50/30/20 budgeting rule realistic on a £24,000 salary in London?", []),
    ("My cat is 17. Is 3 small meals a day too many for her?", []),
    ("From the grant guidance: 'Applicants must submit a statement of no more than 500 words by 5pm on 31 January.' Does 5pm mean UK time if I'm applying from Spain?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

# left unread or misread by the reader, as the reviewer expects them (moved here by the maintainer)
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("I have to write a 250 word minimum response for my ethics class on whether zoos are ethical. Can you draft it?", [('words_min', {'n': 250})]),
    ("I'm writing a grant application for our community garden. The impact section needs to be at least three hundred and fifty words, can you write it? We have 60 members and grow food for 2 food banks.", [('words_min', {'n': 350})]),
    ("Italian please — describe my hometown, Bologna, in 2 paragraphs of under 150 words total.", [('language', {'code': 'it'}), ('paragraphs_exact', {'n': 2}), ('words_max', {'n': 149})]),
]
