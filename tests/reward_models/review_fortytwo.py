# ruff: noqa: E501  (test data: one probe per line, as written)
"""A forty-second review (a helper session): words and structure in natural phrasing, written blind to the reader's
rules. Only the output conventions were learned beforehand (the kinds and their arguments in `checkers.py` and the
docstring and layout of `review_forty.py`); no request is taken from another test file or from a public benchmark,
and none imitates their wording.

- A: requests in everyday registers (chat, work, school, hobbies, small business, customer support) that ask the
  answer for words or structure. (1) Keywords to include ("work in the words", "make sure it says", "mention X by
  name", "weave in", "comes up too"), words to avoid ("steer clear of", "no 'X' and no 'Y'", "where the word never
  appears", an unquoted list "without using the words orange, red, or gold"), keyword frequency ("at least three
  times", "at least twice", two frequencies in one request) and letter frequency; a lipogram ("without using the
  letter 'e'") and a moral "starting with 'Moral:'" are left unlabelled, no checker has them. (2) Two answers with a
  separator the user names, typed ("***", "~~~~", "+++", "___", seven asterisks) or in words ("a row of 3
  asterisks", "a line of five equals signs"); "each under 25 words" is per answer and left unlabelled. (3) Repeating
  the request or a question first (after "Question:" / "Request:", after a colon, in quotes). (4) A postscript ("P.S.",
  "P.P.S.", a lower-case "p.s."). (5) A title in << >>, highlights, placeholders in square brackets (counted or named),
  numbered headers ("Section 1", "PART 1", "Day 1, Day 2, etc.", "'Agenda Item 1' ... and so on"). (6) All lowercase
  (once after a request typed in capitals), all caps, at least / at most N words in capitals, no commas, the whole
  answer in double quotes, JSON, start or end phrases, ending with a question, a language; and combinations of two
  to four of these with a word limit.
- B: instruction-free controls that talk about words, letters, postscripts, separators, capitals, commas, quotes,
  brackets, section numbers and JSON (what P.S. stands for, is all caps rude, the Oxford comma, the << operator in
  C++, a pasted style guide, brand guide, password rule, homework or essay prompt full of rules) with a request that
  asks for nothing checkable. Expected reads: none.

Argument conventions as in the earlier reviews: "under 70" / "less than 100" / "fewer than 4" is a max of one less;
"no more than" / "max" / "or less" a max of the number; "at least" / "minimum" / "400+" a min of the number; "between
100 and 150" both bounds; "in N sentences/paragraphs", "a two-sentence ..." are exact; "exactly N bullet points" is
bullet_list. A keyword or phrase to include or avoid is lower-cased, several in one instruction are one entry in the
order typed; "at least once" is keyword_include, "at least N times" / "at least twice" keyword_frequency with the
word lower-cased; a letter is lower-case as typed. A separator is the symbol run as typed (or as spelled out); a
question or request to repeat first is its text as typed; a start or end phrase is the quoted text as typed, with the
punctuation inside the quotes and none outside; a postscript marker is the one typed ("P.S.", "P.P.S.", "p.s."); a
section marker is the word as typed ("Section", "PART", "Day", "Agenda Item"); "highlight at least one in each" of 5
bullets is highlight 5; placeholders "for the company, the role and the hiring manager" are 3; a language is its ISO
639-1 code.

Read by the reader as it stood when written (first read, no fixes): 181 probes (128 labelled, 53 controls), recall
178/207 = 0.860, precision 178/190 = 0.937 on the labelled probes (178/193 = 0.922 counting the 3 reads of a
control), 52 of 53 controls clean. 29 labelled probes are misread; 5 of them differ from the label only in notation
the checkers cannot tell apart (a marker's case, "p.s." read as "P.S." and "PART" as "Part"; "No 'unfortunately' and
no 'inconvenience'" read as two one-word entries; a question to repeat read as two alternatives, the labelled one
among them). Its misses: keywords with cues other than "include"/"use" ("weave in", "make sure 'pizza' comes up too",
"Mention Cornwall, where they met", "include the shop name exactly", "each mentioning 'no ads'", "Make sure 'lentils'
shows up", "Mention Robespierre" in a long combination) and an unquoted avoid list ("without using the words orange,
red, or gold"); a frequency read as an inclusion ("Mention Biscuit by name at least three times") and a second
frequency dropped ("and 'commute' at least twice"); repeats not cued by "request"/"question" labels ("Repeat my
question back to me first, then answer: ...", "Repeat my question first and then answer it in all lowercase: ...",
"Start by repeating this exactly: '...?'" read as a start phrase); seven asterisks read as the six of the default;
numbered headers other than "Section" ("Day 1, Day 2, etc.", "'Agenda Item 1', 'Agenda Item 2' and so on"); counts
that need inference (three named placeholders read as 1, a highlight "in each" of 5 bullets read as 1); "all
capitals" beside a quoted capital keyword, "as a JSON object" / "a JSON object describing ..." beside another
instruction, "reply in english", a Spanish "sin usar la palabra 'muy'", "a 150-word-or-less summary", and "all
lowercase please" after a request typed in capitals. Its extras: "end it with a moral starting with 'Moral:'" read as
an end phrase; its one control misread is a pasted list of company style rules (read as words to avoid, all caps and
an end phrase).
Session 30's fixes from it (the maintainer, after this set was measured): a capitalised name after "Mention"
("Mention Cornwall, where they met.", "Mention Biscuit by name at least three times" as a count); words to "weave
in" or to "make sure ... comes up"; "Repeat my question back to me first, then answer: ...?"; "Give me a JSON object
describing ..."; a JSON request beside a word to include. By `aligned-train eval-instructions --cases` (which counts
a little differently from the strict count above): first read 0.874 / 0.953, 52 of 53 clean; after 0.928 / 0.970,
52 of 53. The probes still misread are in UNREAD (`python scripts/review_split.py FILE` keeps them there).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) keywords to include, words to avoid, keyword and letter frequency
    ("I'm writing a product blurb for my Etsy mug shop. Work in the words 'hand-thrown' and 'dishwasher safe', and keep it under 70 words.", [('keyword_include', {'words': ['hand-thrown', 'dishwasher safe']}), ('words_max', {'n': 69})]),
    ("need a quick caption for our team photo from the charity 5k, make sure it says 'proud of every single one of you'", [('keyword_include', {'words': ['proud of every single one of you']})]),
    ('Write a limerick about my dog Biscuit stealing socks. Mention Biscuit by name at least three times.', [('keyword_frequency', {'word': 'biscuit', 'n': 3})]),
    ("Draft a reminder email to parents about Thursday's trip to the science museum. It has to mention the words 'packed lunch' and 'wristband'.", [('keyword_include', {'words': ['packed lunch', 'wristband']})]),
    ("Write me a short poem for my grandma's 90th birthday card, and use the word 'sunshine' in it because that's what grandpa called her.", [('keyword_include', {'words': ['sunshine']})]),
    ("For my cover letter to the analytics job, weave in 'data-driven' and 'stakeholders' somewhere. 250 words minimum.", [('keyword_include', {'words': ['data-driven', 'stakeholders']}), ('words_min', {'n': 250})]),
    ("Write a short speech for our robotics club's end-of-year party. Use the word 'teamwork' at least twice and make sure 'pizza' comes up too.", [('keyword_frequency', {'word': 'teamwork', 'n': 2}), ('keyword_include', {'words': ['pizza']})]),
    ("Explain compound interest to my 12 year old. Use the word 'snowball' at least 3 times, no more than 150 words.", [('keyword_frequency', {'word': 'snowball', 'n': 3}), ('words_max', {'n': 150})]),
    ("Write a few haiku about autumn; the word 'leaf' has to show up at least four times across them.", [('keyword_frequency', {'word': 'leaf', 'n': 4})]),
    ("make sure the words 'free parking' appear in the flyer text for our garage sale, and keep it all lowercase", [('keyword_include', {'words': ['free parking']}), ('lowercase', {})]),
    ('Tell my team about the new expense tool in a Slack message. Mention Concur by name, and keep it to 3 sentences.', [('keyword_include', {'words': ['concur']}), ('sentences_exact', {'n': 3})]),
    ("Write a toast for my parents' 40th anniversary. Mention Cornwall, where they met.", [('keyword_include', {'words': ['cornwall']})]),
    ("Write a condolence message to a coworker whose dad died last week. Please don't say 'passed away' or 'better place'.", [('keyword_avoid', {'words': ['passed away', 'better place']})]),
    ("Rewrite my LinkedIn summary below without the word 'passionate' (everyone uses it). Keep it under 100 words.\n\nI am a passionate marketing professional with 6 years of experience driving growth for B2B SaaS brands.", [('keyword_avoid', {'words': ['passionate']}), ('words_max', {'n': 99})]),
    ("Can you explain what a mortgage offset account is? Steer clear of the word 'leverage', my clients hate it.", [('keyword_avoid', {'words': ['leverage']})]),
    ("Give me a pep talk for my exam tomorrow, but don't say 'relax' - it never helps.", [('keyword_avoid', {'words': ['relax']})]),
    ("Write product copy for a weighted blanket, 80 words max. Avoid 'cozy' and 'snuggle'.", [('words_max', {'n': 80}), ('keyword_avoid', {'words': ['cozy', 'snuggle']})]),
    ("Summarise the plot of Macbeth in five sentences and leave out the word 'ambition'.", [('sentences_exact', {'n': 5}), ('keyword_avoid', {'words': ['ambition']})]),
    ("Write a toast for my best friend's wedding. Whatever you do, don't use the word 'ex'.", [('keyword_avoid', {'words': ['ex']})]),
    ("i want a short poem about the ocean where the word 'blue' never appears", [('keyword_avoid', {'words': ['blue']})]),
    ("Write a job ad for a line cook. Do not use 'rockstar', 'ninja' or 'guru' anywhere in it.", [('keyword_avoid', {'words': ['rockstar', 'ninja', 'guru']})]),
    ("Write me a bedtime story about a dragon who's afraid of the dark. Don't use the words 'scary' or 'monster', and make it at least 300 words.", [('keyword_avoid', {'words': ['scary', 'monster']}), ('words_min', {'n': 300})]),
    ("Write a short story about a robot gardener. No dialogue, and don't use the word robot.", [('keyword_avoid', {'words': ['robot']})]),
    ('Describe a cup of tea without the words hot, warm or steam.', [('keyword_avoid', {'words': ['hot', 'warm', 'steam']})]),
    ("I'm a teacher. Write a riddle for my class where the answer is 'shadow', but the word 'shadow' itself must NOT appear in the riddle.", [('keyword_avoid', {'words': ['shadow']})]),
    ("Write a tongue twister where the letter 'p' appears at least 15 times.", [('letter_frequency', {'letter': 'p', 'n': 15})]),
    ("For my kid's phonics practice, write a short story where the letter z shows up at least 10 times.", [('letter_frequency', {'letter': 'z', 'n': 10})]),
    ('Write a 2-sentence slogan for a bee-themed honey brand, using the letter b at least 8 times.', [('sentences_exact', {'n': 2}), ('letter_frequency', {'letter': 'b', 'n': 8})]),
    ("Challenge: describe a kitchen in under 50 words with the letter 'k' at least six times.", [('words_max', {'n': 49}), ('letter_frequency', {'letter': 'k', 'n': 6})]),
    ("Describe your ideal weekend in 3 sentences without using the letter 'e'.", [('sentences_exact', {'n': 3})]),
    ("Write a review of the new ramen place on 5th. Include the word 'broth' at least 3 times, don't say 'delicious', and keep it under 120 words.", [('keyword_frequency', {'word': 'broth', 'n': 3}), ('keyword_avoid', {'words': ['delicious']}), ('words_max', {'n': 119})]),
    ("I need a short pitch for my dog-walking business. Mention 'insured' and 'GPS tracking', avoid the word 'cheap'.", [('keyword_include', {'words': ['insured', 'gps tracking']}), ('keyword_avoid', {'words': ['cheap']})]),
    ("Plz write a message to my group chat saying I'm running late, include the word 'traffic' and keep it under 20 words lol", [('keyword_include', {'words': ['traffic']}), ('words_max', {'n': 19})]),
    ("Describe the smell of rain in 3 sentences, and use 'petrichor' at least once.", [('sentences_exact', {'n': 3}), ('keyword_include', {'words': ['petrichor']})]),
    ("Write a customer support reply for a delayed parcel. Use the customer's name Aisha at least twice and sign off with 'Best, Tom at ParcelPoint'.", [('keyword_frequency', {'word': 'aisha', 'n': 2}), ('end_phrase', {'phrase': 'Best, Tom at ParcelPoint'})]),
    ("Can you write a short note to my kid's coach saying he'll miss practice? Don't say 'sick'. Under 50 words.", [('keyword_avoid', {'words': ['sick']}), ('words_max', {'n': 49})]),
    ("Write a two-sentence horror story, and make sure the word 'mirror' appears in it.", [('sentences_exact', {'n': 2}), ('keyword_include', {'words': ['mirror']})]),
    ("Write the first paragraph of a mystery set in a bakery; it must start with the word 'Flour' and mention 'the night shift'.", [('start_phrase', {'phrase': 'Flour'}), ('keyword_include', {'words': ['the night shift']})]),
    # ---- (2) two responses with a separator the user names
    ('Give me two versions of an out-of-office message, one formal and one casual, separated by ***.', [('two_responses', {'separator': '***'})]),
    ('Write two different openings for my fantasy novel. Put a line of six asterisks (******) between them.', [('two_responses', {'separator': '******'})]),
    ("I can't decide how to word my resignation. Write it two ways, and split them with ---.", [('two_responses', {'separator': '---'})]),
    ('Two Instagram captions for our new oat latte please, separated by ~~~~, each under 25 words.', [('two_responses', {'separator': '~~~~'})]),
    ('Write a thank-you text to my neighbour for watering my plants. Give me 2 options with ==== between them.', [('two_responses', {'separator': '===='})]),
    ('Can you give me two different answers to why the sky is blue, one for a 5 year old and one for an adult? Separate them with #####.', [('two_responses', {'separator': '#####'})]),
    ("Write two short bios for the conference program, separated by a row of 3 asterisks, and don't use the word 'guru'.", [('two_responses', {'separator': '***'}), ('keyword_avoid', {'words': ['guru']})]),
    ('Draft two replies to this customer, one that offers a refund and one that offers a replacement, and separate them with +++.\n\nCustomer: My blender lid cracked on day 2.', [('two_responses', {'separator': '+++'})]),
    ('Write 2 versions of a haiku about Mondays separated by ___', [('two_responses', {'separator': '___'})]),
    ("Write two versions of a tweet announcing our podcast's 100th episode, separated by ***, and make sure both mention 'episode 100'.", [('two_responses', {'separator': '***'}), ('keyword_include', {'words': ['episode 100']})]),
    ("I want two possible first lines for my wedding speech. Separate them with ----, and neither should use the word 'journey'.", [('two_responses', {'separator': '----'}), ('keyword_avoid', {'words': ['journey']})]),
    ("Can you write two versions of my 'out sick' email to my boss (a short one and a longer one) separated by ***? Don't say 'sorry' in either.", [('two_responses', {'separator': '***'}), ('keyword_avoid', {'words': ['sorry']})]),
    # ---- (3) repeating the request or a question first
    ('Repeat my question back to me first, then answer: Can I freeze cooked rice?', [('repeat_request', {'request': ['Can I freeze cooked rice?']})]),
    ("Before you answer, copy this question exactly as I wrote it: what's the best way to get a red wine stain out of carpet?", [('repeat_request', {'request': ["what's the best way to get a red wine stain out of carpet?"]})]),
    ('Please restate the following question verbatim and then answer it in under 80 words: How do solar panels work on cloudy days?', [('repeat_request', {'request': ['How do solar panels work on cloudy days?']}), ('words_max', {'n': 79})]),
    ("I'm logging these for a study guide, so echo the question first, word for word, then give the answer in 2 sentences: What causes the seasons on Earth?", [('repeat_request', {'request': ['What causes the seasons on Earth?']}), ('sentences_exact', {'n': 2})]),
    ('Repeat the question below exactly, then answer in no more than 30 words: What year did the Berlin Wall fall, and why?', [('repeat_request', {'request': ['What year did the Berlin Wall fall, and why?']}), ('words_max', {'n': 30})]),
    # ---- (4) postscripts
    ("Write an email to the book club announcing next month's pick (Piranesi). Add a P.S. at the end about bringing snacks.", [('postscript', {'marker': 'P.S.'})]),
    ('Write a birthday card message for my coworker Dev, nothing long, and end with a P.S. that mentions the cake in the break room.', [('postscript', {'marker': 'P.S.'})]),
    ('Could you write a newsletter intro for our yoga studio? Under 150 words, and stick a P.S. on the bottom about the new Sunday class.', [('words_max', {'n': 149}), ('postscript', {'marker': 'P.S.'})]),
    ('Write a short letter to my future self. Include a P.S. and a P.P.S. at the end.', [('postscript', {'marker': 'P.S.'}), ('postscript', {'marker': 'P.P.S.'})]),
    ("Draft a follow-up email after my job interview at Lumen Labs. Please include a postscript beginning with 'P.S.' that references the hiking photo in the office.", [('postscript', {'marker': 'P.S.'})]),
    ("Write a thank-you letter to our volunteers. Add a P.S. at the end, and work in the word 'grateful' at least twice.", [('postscript', {'marker': 'P.S.'}), ('keyword_frequency', {'word': 'grateful', 'n': 2})]),
    ('Write a welcome message for new members of our hiking group, under 120 words, then a P.S. about the carpool sheet.', [('words_max', {'n': 119}), ('postscript', {'marker': 'P.S.'})]),
    ("Write an apology to my book club for missing the meeting, less than 100 words, and add a P.S. recommending next month's book.", [('words_max', {'n': 99}), ('postscript', {'marker': 'P.S.'})]),
    ("Write a short cheer for the office bake-off with the word 'cake' used at least 3 times, and a P.S. announcing the judges.", [('keyword_frequency', {'word': 'cake', 'n': 3}), ('postscript', {'marker': 'P.S.'})]),
    # ---- (5) titles, highlights, placeholders, numbered section headers
    ('Write a poem about the first snow of winter and give it a title wrapped in double angular brackets, like <<title>>.', [('title', {})]),
    ('I need a short article on composting for our community garden newsletter. Put the title in << >> and highlight at least 2 tips with markdown, e.g. *tip*.', [('title', {}), ('highlight', {'n': 2})]),
    ('Write a template email for landlords to send when rent is late, with at least 3 placeholders in square brackets like [tenant name].', [('placeholders', {'n': 3})]),
    ('Write a study guide for the French Revolution split into 4 sections, labelled Section 1 to Section 4.', [('sections', {'n': 4, 'marker': 'Section'})]),
    ('Explain the rules of cricket to an American. Highlight at least 3 key terms using markdown (wrap them in asterisks).', [('highlight', {'n': 3})]),
    ('Blog post on living with fewer possessions, 400+ words. Title goes inside << and >>.', [('words_min', {'n': 400}), ('title', {})]),
    ('Write a fill-in-the-blanks wedding RSVP card with two placeholders in square brackets, e.g. [guest name].', [('placeholders', {'n': 2})]),
    ('In the banana bread recipe, use markdown italics or bold to highlight the 2 steps people usually mess up.', [('highlight', {'n': 2})]),
    ('Write a job post for a part-time barista in Section 1 / Section 2 / Section 3 format (About us, The role, How to apply).', [('sections', {'n': 3, 'marker': 'Section'})]),
    ('Create a fill-in template for a lost pet poster, under 60 words, with at least 4 [bracketed] placeholders.', [('words_max', {'n': 59}), ('placeholders', {'n': 4})]),
    ("Write a short poem about my grandmother's garden with a title in double angular brackets, under 80 words, and use the word 'roses' at least twice.", [('title', {}), ('words_max', {'n': 79}), ('keyword_frequency', {'word': 'roses', 'n': 2})]),
    # ---- (6) case, capital words, commas, quotation marks, JSON, start and end
    ('write me an instagram caption for a beach sunset pic. all lowercase, no hashtags', [('lowercase', {})]),
    ('Give me a motivational gym slogan IN ALL CAPS, under 10 words.', [('uppercase', {}), ('words_max', {'n': 9})]),
    ("Please don't use any capital letters in your answer. What's a good name for a sourdough starter?", [('lowercase', {})]),
    ('Write a product description for noise-cancelling headphones. Use at least 3 words in all caps for emphasis.', [('capital_words', {'n': 3})]),
    ("Rewrite this angry email so it's calmer, and make sure there are no more than 2 words in ALL CAPS.\n\nI HAVE ASKED THREE TIMES FOR MY INVOICE. THIS IS UNACCEPTABLE. SEND IT NOW.", [('capital_words_max', {'n': 2})]),
    ('Tell me about the history of the bicycle. Fewer than 4 words in all capital letters, please - my screen reader shouts them.', [('capital_words_max', {'n': 3})]),
    ("Write a short bio for my bakery's About page without any commas.", [('no_commas', {})]),
    ('Explain how vaccines work, 100 words max, and not a single comma.', [('words_max', {'n': 100}), ('no_commas', {})]),
    ('Give me a one-line wedding toast, and put your entire reply inside double quotes so I can paste it into the card printer software.', [('quotation', {})]),
    ('Return the ingredients for pancakes as JSON. Nothing outside the JSON.', [('json_output', {})]),
    ("I'm building a quiz app. Give me 5 capital-city questions formatted as JSON, please; the whole output should parse.", [('json_output', {})]),
    ("Start your answer with 'Great question!' since I'm testing how it looks in our chatbot UI. How many bones are in the human hand?", [('start_phrase', {'phrase': 'Great question!'})]),
    ("Write a goodbye message for a colleague leaving the company. It should end with the words 'The door is always open.'", [('end_phrase', {'phrase': 'The door is always open.'})]),
    ('Finish your explanation of photosynthesis with a question for the student to think about.', [('end_with_question', {})]),
    ("Write a short weather update for our ski resort's app. Begin with 'Fresh powder alert:' and keep it under 40 words.", [('start_phrase', {'phrase': 'Fresh powder alert:'}), ('words_max', {'n': 39})]),
    ("Write a welcome email to new subscribers. The final line should be 'Happy reading, The Quill Team' and don't use the word 'newsletter'.", [('end_phrase', {'phrase': 'Happy reading, The Quill Team'}), ('keyword_avoid', {'words': ['newsletter']})]),
    ('Write an explanation of how tides work entirely in lowercase, wrapped in double quotes.', [('lowercase', {}), ('quotation', {})]),
    ("Can you output my weekly meal plan as a JSON object? Make sure 'lentils' shows up in it somewhere.", [('json_output', {}), ('keyword_include', {'words': ['lentils']})]),
    ('Reply in all lowercase letters and no commas: how do I get my cat to stop scratching the sofa?', [('lowercase', {}), ('no_commas', {})]),
    ("Write the opening line of a mystery novel. Start with 'It was' and end with a question mark.", [('start_phrase', {'phrase': 'It was'}), ('end_with_question', {})]),
    ('Give me the answer in JSON format: what are the three primary colours?', [('json_output', {})]),
    ("Write me a text to my dentist's office rescheduling my appointment. Start it with 'Hello,' and finish with 'Thanks so much!'", [('start_phrase', {'phrase': 'Hello,'}), ('end_phrase', {'phrase': 'Thanks so much!'})]),
    ('Give me a motivational quote for my classroom wall, in quotation marks, in all caps.', [('quotation', {}), ('uppercase', {})]),
    ("Give me a JSON object describing my D&D character, a halfling rogue named Pip. Don't use the word 'sneaky' anywhere.", [('json_output', {}), ('keyword_avoid', {'words': ['sneaky']})]),
    # ---- (7) combinations with a word limit
    ("Help me write a message to my landlord about the broken heater. Keep it under 60 words, start with 'Hi Greg,' and add a P.S. thanking him for fixing the door last month.", [('words_max', {'n': 59}), ('start_phrase', {'phrase': 'Hi Greg,'}), ('postscript', {'marker': 'P.S.'})]),
    ("Write an ad for a used 2015 Honda Civic in all caps, no more than 50 words, and include the word 'MILEAGE'.", [('uppercase', {}), ('words_max', {'n': 50}), ('keyword_include', {'words': ['mileage']})]),
    ("Explain recursion using a Russian doll analogy. At least 200 words, with the word 'doll' at least 5 times, and no commas at all.", [('words_min', {'n': 200}), ('keyword_frequency', {'word': 'doll', 'n': 5}), ('no_commas', {})]),
    ("Compose an email to the PTA about the bake sale: between 100 and 150 words, include 'Saturday 9am', end with 'See you there!'", [('words_min', {'n': 100}), ('words_max', {'n': 150}), ('keyword_include', {'words': ['saturday 9am']}), ('end_phrase', {'phrase': 'See you there!'})]),
    ('Write a limerick about a cat who hates Mondays, no more than 60 words, all lowercase, no commas.', [('words_max', {'n': 60}), ('lowercase', {}), ('no_commas', {})]),
    ("Write an Etsy listing for a knitted fox hat. Use 'handmade' at least twice, no commas, end with 'Made with love in Leeds.'", [('keyword_frequency', {'word': 'handmade', 'n': 2}), ('no_commas', {}), ('end_phrase', {'phrase': 'Made with love in Leeds.'})]),
    ("Write a message for our shop's chalkboard: all caps, under 15 words, and it has to say 'HALF PRICE SCONES'.", [('uppercase', {}), ('words_max', {'n': 14}), ('keyword_include', {'words': ['half price scones']})]),
    ('Give me 2 subject lines for a fundraising email, with ******* in between, all in lowercase.', [('two_responses', {'separator': '*******'}), ('lowercase', {})]),
    ('Write a 5-day Lisbon itinerary with each day starting with Day 1, Day 2, etc.', [('sections', {'n': 5, 'marker': 'Day'})]),
    ('Make me a reusable cover letter template with placeholders in square brackets for the company, the role and the hiring manager.', [('placeholders', {'n': 3})]),
    ('describe a sunset over the lake without using the words orange, red, or gold', [('keyword_avoid', {'words': ['orange', 'red', 'gold']})]),
    ("Write a 4-paragraph essay on remote work, with the word 'flexibility' appearing at least 3 times and 'commute' at least twice.", [('paragraphs_exact', {'n': 4}), ('keyword_frequency', {'word': 'flexibility', 'n': 3}), ('keyword_frequency', {'word': 'commute', 'n': 2})]),
    ('Repeat my question first and then answer it in all lowercase: why do onions make you cry?', [('repeat_request', {'request': ['why do onions make you cry?']}), ('lowercase', {})]),
    ("Write a rally cry for our football team, all capitals, and it must contain the word 'TIGERS'.", [('uppercase', {}), ('keyword_include', {'words': ['tigers']})]),
    ("Write a 150-word-or-less summary of the French Revolution for my history class. Mention Robespierre, don't use the word 'bloody', and add a P.S. with a fun fact.", [('words_max', {'n': 150}), ('keyword_include', {'words': ['robespierre']}), ('keyword_avoid', {'words': ['bloody']}), ('postscript', {'marker': 'P.S.'})]),
    ('WRITE A SHORT ANNOUNCEMENT THAT THE OFFICE IS CLOSED MONDAY. all lowercase please, the caps lock was an accident lol', [('lowercase', {})]),
    ('First write out my request word for word, then do it. Request: Suggest three names for a grey kitten.', [('repeat_request', {'request': ['Suggest three names for a grey kitten.']})]),
    ('Quote my question back exactly before responding (it helps me keep track in my notes). Question: Which is healthier, brown rice or quinoa?', [('repeat_request', {'request': ['Which is healthier, brown rice or quinoa?']})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('What does P.S. actually stand for, and is it okay to use one in a work email?', []),
    ('Is it rude to type in all caps in a group chat?', []),
    ("Why do people say 'literally' so much when they don't mean it?", []),
    ("What's the difference between P.S. and P.P.S.? My grandma always uses both.", []),
    ('How do I stop my iPhone from capitalising the first word of every line in Notes?', []),
    ("When should you use a comma before 'and'? I always get confused by the Oxford comma.", []),
    ('Is JSON the same thing as a JavaScript object?', []),
    ("My teacher said my essay uses the word 'very' too much. Why is that a problem?", []),
    ("What's the most common letter in English, and why is 'e' so frequent?", []),
    ("In Markdown, what's the difference between *one asterisk* and **two asterisks**?", []),
    ('Why do some forum posts use *** or --- between paragraphs?', []),
    ("Is it grammatically correct to start a sentence with 'And' or 'But'?", []),
    ("What's the origin of the word 'okay'?", []),
    ("Why does my JSON keep failing to parse? Here it is: {'name': 'Sam', 'age': 31}", []),
    ('Are SEO keywords still important for small business websites?', []),
    ('My boss writes everything in lowercase, even names. Is that a power move or just laziness?', []),
    ("What do the square brackets mean in a quote like 'He [the mayor] refused to comment'?", []),
    ('In C++, what does the << operator actually do when you write cout << x?', []),
    ("My kid's homework says: 'Write a paragraph about your pet using at least 3 adjectives and the word because.' How can I help her without doing it for her?", []),
    ("What's a pangram? Is the quick brown fox one the only one people know?", []),
    ("Is 'alot' a word or do you always have to write 'a lot'?", []),
    ('Why do legal documents put whole paragraphs in ALL CAPS, like in disclaimers?', []),
    ("I saw someone end a text with 'P.S. I love you'. Is that from the movie?", []),
    ("How do I add a postscript to a handwritten letter if I've already signed it?", []),
    ('What is a placeholder like [Your Name] in a template for? My mum keeps sending letters with it still in.', []),
    ("What's the difference between quotation marks and inverted commas in British English?", []),
    ('Is there a rule about how many times you should repeat a keyword in a blog post?', []),
    ("Our signup form says: 'Password must contain at least 2 capital letters and no spaces.' Why do sites make rules like that?", []),
    ("Why do recruiters say never to use the word 'hardworking' on a CV?", []),
    ("In a screenplay, why is a character's name in all capitals the first time they appear?", []),
    ('How do I convert a CSV file to JSON in Python?', []),
    ("My friend's wedding invite says 'Please reply with yes or no by June 1st.' Is it rude to reply with a longer message?", []),
    ("What does 'Section 1' vs 'Article 1' mean in a constitution?", []),
    ("Which is correct: 'every day' or 'everyday'?", []),
    ("Here's a text from my teenage son: 'k. fine. whatever.' Should I be worried he never uses capital letters?", []),
    ('Why does Word replace three dashes --- with a long line when I press enter?', []),
    ('Teacher\'s note on my essay: \'Avoid the words "thing" and "stuff"; use at least 500 words; end with a question.\' What does she mean by ending with a question, a rhetorical one?', []),
    ("What's a good Wordle strategy? Which letters should my first guess include?", []),
    ("Is it true that the letter 'q' is almost always followed by 'u' in English?", []),
    ('Why do Germans capitalise all nouns?', []),
    ('My coworker always repeats the question back before answering it in meetings. Is that a known communication technique?', []),
    ("What's the story behind the phrase 'break a leg'?", []),
    ("What's the difference between a title and a headline in journalism?", []),
    ("Is there any point in leaving 'Sent from my iPhone' at the end of emails?", []),
    ('Pasted from our brand guide: \'Our name is always written in lowercase: brightside. Never BRIGHTSIDE or Brightside. Avoid exclamation marks and the word "cheap".\' Is this a good brand rule or will it confuse customers?', []),
    ('Why do emails in Outlook sometimes show [External] in square brackets at the start of the subject?', []),
    ('How many words is a typical 5-minute speech?', []),
    ("Why is it called a 'keyword' in programming, like 'def' or 'return' in Python?", []),
    ("What's the funniest misuse of quotation marks you've seen, like a sign saying 'fresh' fish?", []),
    ("My essay prompt: 'In no more than 300 words, discuss whether social media has improved communication. Include at least two examples.' Do I need a conclusion for something that short?", []),
    ('How do I stop Excel from splitting my numbers into separate columns at the commas when I open a CSV?', []),
    ("My manager's email ended with 'Two versions please, separated by a line of dashes.' Does she mean two separate files or one document?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

# left unread or misread by the reader, as the reviewer expects them (the maintainer moves them here)
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('Could you write a tagline for a bike repair shop called Spoke & Chain? It should include the shop name exactly and be no more than 8 words.', [('keyword_include', {'words': ['spoke & chain']}), ('words_max', {'n': 8})]),
    ("Write an apology to a customer whose order arrived late. No 'unfortunately' and no 'inconvenience', they sound robotic.", [('keyword_avoid', {'words': ['unfortunately', 'inconvenience']})]),
    ("Write a short fable about a fox and a crow. The letter 'x' should appear at least 5 times, and end it with a moral starting with 'Moral:'.", [('letter_frequency', {'letter': 'x', 'n': 5})]),
    ("Give me two versions of an elevator pitch for my budgeting app, split with a line of five equals signs, each mentioning 'no ads'.", [('two_responses', {'separator': '====='}), ('keyword_include', {'words': ['no ads']})]),
    ("Start by repeating this exactly: 'Is it safe to run a dishwasher overnight?' Then give me your answer.", [('repeat_request', {'request': ['Is it safe to run a dishwasher overnight?']})]),
    ('write a note to my roommate about the dishes, all lowercase, with a p.s. saying i bought more sponges', [('lowercase', {}), ('postscript', {'marker': 'p.s.'})]),
    ('Write a beginner workout plan in 3 parts. Mark the start of each part with PART 1, PART 2, PART 3.', [('sections', {'n': 3, 'marker': 'PART'})]),
    ("Give me a meeting agenda with 3 sections, each headed 'Agenda Item 1', 'Agenda Item 2' and so on.", [('sections', {'n': 3, 'marker': 'Agenda Item'})]),
    ('Write tips for first-time home buyers in exactly 5 bullet points, and highlight at least one key word in each with **bold**.', [('bullet_list', {'n': 5}), ('highlight', {'n': 5})]),
    ("please reply in english and all lowercase: what's the capital of australia?", [('language', {'code': 'en'}), ('lowercase', {})]),
    ("Responde en español, por favor, sin usar la palabra 'muy': ¿cómo preparo un buen café de olla?", [('language', {'code': 'es'}), ('keyword_avoid', {'words': ['muy']})]),
    ("Here are my company's style rules. Which ones do you think are outdated?\n\n1. Never use the word 'awesome'.\n2. All headings in ALL CAPS.\n3. No more than 20 words per sentence.\n4. Every email ends with 'Kind regards'.", []),
]
