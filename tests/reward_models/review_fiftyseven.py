# ruff: noqa: E501  (test data: one probe per line, as written)
"""A fifty-seventh review (a helper session): a realistic mix, as a hidden evaluation of a deployed assistant would
collect it, written blind to the reader's rules. Only the output conventions were learned beforehand (the kinds and
their arguments in `checkers.py`, and the docstring, layout and argument conventions of `review_fifty.py` and
`review_fiftythree.py`); no request is taken from another test file or from a public benchmark (IFEval, IFBench,
FollowBench, ...), and none imitates their wording.

- A: 155 labelled requests on the first read (212 labels, one to three each), in four groups: everyday chat (51:
  phone-typed, lowercase, typos, emoji, non-native English "Can you explain me what mean 'break a leg'? Please not
  more than 50 words", one request in Spanish and one in French); work and school (51: out-of-office replies,
  notices, memos, press releases, cover letters, revision sheets, essays, abstracts, scripts, templates, with
  someone else's limit for the very text asked for: "My careers adviser says it has to be at least 250 words", "The
  teacher's rule is no more than 300 words", "The journal requires 150-200 words", "Our CEO wants the all-hands
  invite in capital letters only"); creative writing (28: stories, poems, ballads, songs, monologues, riddles); and
  pasted text to work on (25: an email, a Slack message, a review, notes, a recipe, a draft, a teacher's prompt, a
  manager's feedback, some of them carrying their own numbers, steps and limits: "The job posting says 'Cover letters
  must not exceed 400 words.'" beside a request for a 3-sentence message to the recruiter reads the 3 sentences
  only). Every kind in `checkers.py` that requests carry is used (hashtags too), each at least twice.
- B: 52 controls that ask nothing verifiable of the answer though they name counts, words, formats or rules:
  questions about word limits, P.S., banned words, lowercase styles, bullet and numbered lists, code blocks, JSON,
  haiku syllables, tweets, lipograms, hashtags, square brackets in quotes, "fewer" versus "less", the five-paragraph
  essay, TL;DR, elevator pitches, legal numerals, German capitals, bold on WhatsApp, guillemets; pasted material with
  its own limits (a homework sheet, a team lead's email, a form with "Section 1" to "Section 3", an exam's "no more
  than 200 words per question"); other people's rules told as stories (a grandma who ended every letter with a
  question, a manager's three bullet points, a writing group's 100-word stories, a school that banned 'bored', a
  tiktok's "never more than 3 bullet points"). Expected reads: none.

Argument conventions as in the earlier reviews: "under N" / "fewer than N" / "below N" / "in under 4 sentences" /
"en moins de 50 mots" is a max of N-1; "no more than" / "not more than" / "N or fewer" / "N or less" / "at most" /
"max" / "máximo" / "no longer than" / "a maximum of" / "up to" a max of N; "at least" / "N or more" / "minimum" / "no
fewer than" a min of N; "between A and B" / "A-B" both bounds; "one sentence" / "a one-sentence ..." / "exactly N" /
"in 3 sentences exactly" / "answer in 2 paragraphs" / "a three-paragraph summary" / "4 stanzas separated by blank
lines" / "a six-stanza ballad, stanzas separated by blank lines" exact. "exactly 5 bullet points" / "a summary of 5
bullet points" is bullet_list; a numbered list of N ("number the exercises 1 to 8") is numbered_list; "End with
exactly 4 hashtags" is hashtags 4 (the kind is a minimum); "bold at least 3 ..." / "put at least two key phrases in
bold" is highlight. Keywords to include, avoid or count are lower-cased as typed (a name too: 'rosa', 'naples',
'swindon'), a multi-word phrase is one keyword ('public safety', 'never give up', 'flying buttresses'), several in one
instruction are one entry in the order typed. A letter is lower-cased. A separator is the symbol run as typed. A
section marker is the word as typed ('PART', 'Step', 'Article', 'Item'), n the number of headers asked. Placeholders
named one by one count one each. A request to repeat is its text as typed after the instruction (after "Request:" or
"My request:"), in a list of one; a start or end phrase is the quoted text as typed, punctuation inside the quotes;
a postscript marker is the one typed ("P.S.", "PS"); constrained-choice options are as typed; a language is its ISO
639-1 code ("Responde en inglés": 'en'). "the first paragraph has to start with the word 'Imagine'" is
paragraph_first_word. A limit in pasted material counts only where it is the limit of the very text asked for (a
teacher's prompt the user asks to be written, a manager's rule for "this week's report").

Read by the frozen reader (first read, no fixes, no label changed after it; /work/blind at commit 0138fe0, clean,
imported from /tmp; 2026-12-04 20:54 UTC) with
`cd /tmp && PYTHONPATH=/work/blind /work/main/.venv/bin/aligned-train eval-instructions --cases
/work/main/tests/reward_models/review_fiftyseven.py`:
207 probes (155 labelled, 52 controls), recall 199/212 = 0.939, precision 199/201 = 0.990 on the labelled probes
(199/206 = 0.966 counting the 5 reads of controls), exact arguments 1.000 (the command matches a section marker
apart from case and a repeat against any of its readings), 47 of 52 controls clean. Strictly (the sorted list of
(kind, args) equal to the expected), 14 labelled probes and 5 controls are misread; they are moved to UNREAD with
their expected labels, so A (141) and B (47) hold only probes read exactly right. The misses, by failure pattern:
- a bound or a language in a request written in another language (2): "Responde en inglés, por favor, y máximo 80
  palabras" (nothing read); "en français, en moins de 50 mots" (the words max unread).
- someone else's limit for the very text asked for, given in quotes (2): a teacher's pasted prompt "Your paragraph
  must be at least 120 words." then "Can you write one arguing against?"; a manager's "please keep them under 500
  words from now on." then "Can you write this week's report".
- paragraphs named by stanzas or a bare count (2): "answer in 2 paragraphs" after an emoji; "a six-stanza ballad ...,
  stanzas separated by blank lines, and start the third stanza with the word 'Below'" (read as start_phrase 'Below',
  the count and the third paragraph's first word unread).
- repeating a request given after "Request:" / "My request:" (2): read with two readings, the instruction sentence
  joined to the request as well as the request alone.
- one each: placeholders named in brackets ("Leave square-bracket placeholders for [hourly rate], [start date] and
  [contact email]": read as 1, not 3); sections with the marker 'Article' ("structured as Article 1, Article 2,
  Article 3 and Article 4": unread); a marker typed in capitals ("PART 1, PART 2 and PART 3": read as 'Part', which
  the checker matches the same, moved under the strict rule); no digits ("but dont use any digits, i want it to look
  clean"); a keyword given by a name ("her name is Rosa so put her name in it"); English asked beside lowercase
  ("Write it in English using lowercase letters only": the language unread).
Its control misreads (5): "The word limit for my dissertation is 10,000 words. Do footnotes ... count" (words_max
10000); "Is writing a brand name in all lowercase a legit style choice?" (lowercase); a student's poem "She wrote it
all in lowercase on purpose. How should I give her feedback" (lowercase); "a tiktok saying you should never use more
than 3 bullet points on a slide. is that actually a rule" (bullets_max 3); "What's the difference between <<these>>
and «these» quotation marks?" (title).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) everyday chat: phone-typed, casual, native and non-native
    ("hey can u give me a quick rundown of how to unclog a bathroom sink without calling a plumber? under 100 words pls", [('words_max', {'n': 99})]),
    ("whats a good name for a sourdough starter lol. give me 5 options as a numbered list", [('numbered_list', {'n': 5})]),
    ("my 6yo asked why the sky is blue and i had no idea 😅 explain it so a kid gets it, 3 sentences max", [('sentences_max', {'n': 3})]),
    ("write me a grocery list for taco night for 6 ppl, bullet points, at least 10 items", [('bullets_min', {'n': 10})]),
    ("i need to tell my boss im running late bc the train is delayed. short text, no more than 25 words, dont say 'sorry' he thinks i say it too much", [('words_max', {'n': 25}), ('keyword_avoid', {'words': ['sorry']})]),
    ("Can you explain what a Roth IRA is? I'm 23 and clueless. Please end your answer with a question so I can check I understood.", [('end_with_question', {})]),
    ("tell me a joke about cats but ALL IN CAPS lol", [('uppercase', {})]),
    ("give me a motivational quote for my fridge and put the whole thing inside double quotes", [('quotation', {})]),
    ("is pluto a planet or not?? just answer 'yes', 'no' or 'it's complicated'", [('constrained_choice', {'options': ['yes', 'no', "it's complicated"]})]),
    ("What are some easy houseplants for a dark apartment? Give me exactly 5 bullet points and nothing else", [('bullet_list', {'n': 5})]),
    ("I'm so bored. Suggest things to do on a rainy Sunday in Manchester, but no more than 6 bullet points", [('bullets_max', {'n': 6})]),
    ("explain how vaccines work without using the words 'immune' or 'antibody'. im trying to see if its even possible lol", [('keyword_avoid', {'words': ['immune', 'antibody']})]),
    ("how do i make cold brew at home? write it as Step 1, Step 2, Step 3 and so on, 5 steps total", [('sections', {'n': 5, 'marker': 'Step'})]),
    ("can you recommend me some sci-fi books like The Martian? answer in json pls, i'm feeding it into my reading tracker", [('json_output', {})]),
    ("my daughter needs a practice sentence for her spelling word 'necessary'. just one sentence, and it has to use 'necessary'", [('sentences_exact', {'n': 1}), ('keyword_include', {'words': ['necessary']})]),
    ("Hello, I am from Brazil and my english is not so good. Can you explain me what mean 'break a leg'? Please not more than 50 words.", [('words_max', {'n': 50})]),
    ("give me a workout i can do in my living room, no equipment. number the exercises 1 to 8", [('numbered_list', {'n': 8})]),
    ("Can you explain the offside rule again but like, in at least 150 words? the short version didn't help", [('words_min', {'n': 150})]),
    ("what do i say in my toast at my cousin's wedding, im maid of honour and terrified. give me two different versions separated by *** so i can choose", [('two_responses', {'separator': '***'})]),
    ("explain what bitcoin is to my grandpa. no jargon. use the word 'money' at least 3 times, he responds to that lol", [('keyword_frequency', {'word': 'money', 'n': 3})]),
    ("tell me fun facts about octopuses for my kid's school project, and bold at least 3 of the coolest facts", [('highlight', {'n': 3})]),
    ("im texting my crush and need a good opener. give me one and make sure it ends with a question mark lol", [('end_with_question', {})]),
    ("Write instructions for feeding my cat while I'm away, they're for the neighbour's kid. Use at least 4 words in all caps for the important stuff.", [('capital_words', {'n': 4})]),
    ("can u write a caption for my beach pic in greece 🌊 add 3 hashtags at the end", [('hashtags', {'n': 3})]),
    ("I have a job interview at a bank tomorrow. Give me some tips. Start your answer with 'Deep breath.' and keep it under 120 words", [('start_phrase', {'phrase': 'Deep breath.'}), ('words_max', {'n': 119})]),
    ("whats the difference between baking soda and baking powder? respond in spanish pls im practising for my exam", [('language', {'code': 'es'})]),
    ("need a quick apology msg to my friend for missing her bday party. end it with 'love you loads x'", [('end_phrase', {'phrase': 'love you loads x'})]),
    ("could you explain what a mortgage is? silly challenge with my brother: the letter 'm' has to appear at least 15 times in your answer", [('letter_frequency', {'letter': 'm', 'n': 15})]),
    ("I'm 40 and want to start running. give me a plan for the first month with Week 1, Week 2, Week 3 and Week 4 as headings", [('sections', {'n': 4, 'marker': 'Week'})]),
    ("recommend a board game for 2 players who hate long rules. answer in 50 words or fewer", [('words_max', {'n': 50})]),
    ("my landlord want me to fill his form, what is 'guarantor'? explain in simple english, at least 3 sentences but not more than 5", [('sentences_min', {'n': 3}), ('sentences_max', {'n': 5})]),
    ("ok random but write me a limerick about a lazy goose, lowercase only", [('lowercase', {})]),
    ("What's the healthiest breakfast I can make in 5 min? Reply with at most 4 bullet points.", [('bullets_max', {'n': 4})]),
    ("i'm new to reddit, what's karma? keep your whole answer lowercase and under 60 words", [('lowercase', {}), ('words_max', {'n': 59})]),
    ("can you give me 3 reasons to adopt a senior dog as a numbered list, and finish with a P.S. about my own old boy Biscuit", [('numbered_list', {'n': 3}), ('postscript', {'marker': 'P.S.'})]),
    ("which is better for a total beginner, guitar or piano? choose one: 'guitar' or 'piano', just the word", [('constrained_choice', {'options': ['guitar', 'piano']})]),
    ("help me name my fantasy football team, my surname is Kowalski. give 2 suggestions seperated by ~~~", [('two_responses', {'separator': '~~~'})]),
    ("how do i get red wine out of a white carpet?? FAST. answer in under 4 sentences", [('sentences_max', {'n': 3})]),
    ("explain the rules of cricket to an american in exactly 3 paragraphs, and the first paragraph has to start with the word 'Imagine'", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 1, 'word': 'Imagine'})]),
    ("repeat my question first, word for word, then answer it: how many hours of sleep does a teenager actually need", [('repeat_request', {'request': ['how many hours of sleep does a teenager actually need']})]),
    ("Should I learn Spanish or French first if I live in Texas? Answer with exactly one of these: 'Spanish', 'French'.", [('constrained_choice', {'options': ['Spanish', 'French']})]),
    ("Can u explain me the difference between 'since' and 'for' in english? I always confuse. Give at least 4 examples in bullet points please", [('bullets_min', {'n': 4})]),
    ("My wife's birthday is tomorrow and I forgot. Give me 3 last-minute gift ideas, between 40 and 70 words total 🙏", [('words_min', {'n': 40}), ('words_max', {'n': 70})]),
    ("Is it safe to swim after eating? answer in one sentence and don't use the word 'myth'", [('sentences_exact', {'n': 1}), ('keyword_avoid', {'words': ['myth']})]),
    ("tell me something cheerful, its been a long week. at least 3 words in capitals for extra cheer and end with 'you've got this'", [('capital_words', {'n': 3}), ('end_phrase', {'phrase': "you've got this"})]),
    ("How do I reset my router? Answer in 4 sentences or less please, I'm on my phone", [('sentences_max', {'n': 4})]),
    # ---- (2) work and school: emails, notices, reports, lessons, essays
    ("Draft an out-of-office reply for my holiday. It should contain at least two placeholders in square brackets, such as [colleague name], and be no longer than 70 words.", [('placeholders', {'n': 2}), ('words_max', {'n': 70})]),
    ("Please write a short announcement for our intranet about the new bike storage. Put the title inside << >> and keep the whole thing under 150 words.", [('title', {}), ('words_max', {'n': 149})]),
    ("Write a LinkedIn post celebrating our team's product launch. End with exactly 4 hashtags.", [('hashtags', {'n': 4})]),
    ("I need an agenda for our quarterly review meeting. Use Section 1, Section 2 and Section 3 as headers.", [('sections', {'n': 3, 'marker': 'Section'})]),
    ("Write a product description for a bamboo toothbrush. Do not use the words 'eco-friendly' or 'sustainable' — legal says they're overused. Keep it between 50 and 80 words.", [('keyword_avoid', {'words': ['eco-friendly', 'sustainable']}), ('words_min', {'n': 50}), ('words_max', {'n': 80})]),
    ("Our manager asked for a short summary of last sprint's blockers. Please write it, and make sure it contains no commas at all — it's going into a CSV field.", [('no_commas', {})]),
    ("Compose a formal complaint to the council about potholes on Elm Road. It must start with 'Dear Sir or Madam,' and use the phrase 'public safety' at least twice.", [('start_phrase', {'phrase': 'Dear Sir or Madam,'}), ('keyword_frequency', {'word': 'public safety', 'n': 2})]),
    ("Write a cover letter for a receptionist position at a dental clinic. My careers adviser says it has to be at least 250 words, and it should mention 'patients'.", [('words_min', {'n': 250}), ('keyword_include', {'words': ['patients']})]),
    ("For my history class I need a summary of the causes of World War I. The teacher's rule is no more than 300 words.", [('words_max', {'n': 300})]),
    ("Explain the difference between mitosis and meiosis for a Year 10 revision sheet. Use exactly 6 bullet points and put at least 2 key terms in bold.", [('bullet_list', {'n': 6}), ('highlight', {'n': 2})]),
    ("Write a Python function that checks whether a string is a palindrome. Put the entire response in a single code block, no explanation outside it.", [('code_block', {})]),
    ("Give me a JSON object describing three European capitals with their population and country. Output only valid JSON.", [('json_output', {})]),
    ("Draft an email to a supplier asking for a revised quote. Begin it with 'Hello Marco,' and finish with 'Kind regards, Priya'.", [('start_phrase', {'phrase': 'Hello Marco,'}), ('end_phrase', {'phrase': 'Kind regards, Priya'})]),
    ("Create a numbered list of 10 interview questions for a warehouse supervisor role.", [('numbered_list', {'n': 10})]),
    ("I'm preparing a lesson on photosynthesis for 8-year-olds. Write the explanation in at least 4 sentences and use the word 'sunlight' at least three times.", [('sentences_min', {'n': 4}), ('keyword_frequency', {'word': 'sunlight', 'n': 3})]),
    ("Write an abstract for a study on sleep and screen time in teenagers. The journal requires 150-200 words.", [('words_min', {'n': 150}), ('words_max', {'n': 200})]),
    ("Translate this into German for our Berlin office: 'The meeting has been moved to Thursday afternoon.' Reply only in German.", [('language', {'code': 'de'})]),
    ("Give me a three-paragraph summary of the French Revolution for a Year 9 handout, with the second paragraph starting with the word 'Meanwhile'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'Meanwhile'})]),
    ("Our CEO wants the all-hands invite in capital letters only, because it goes on the lobby screen. Can you write it?", [('uppercase', {})]),
    ("Write a safety briefing for new lab staff. Use no more than 3 words in all caps; our style guide is strict about shouting.", [('capital_words_max', {'n': 3})]),
    ("Prepare talking points for a board presentation on a four-day work week. Give between 4 and 7 bullet points.", [('bullets_min', {'n': 4}), ('bullets_max', {'n': 7})]),
    ("Please write a polite reminder to tenants about the recycling rules. Put a P.S. at the bottom about the new glass bin.", [('postscript', {'marker': 'P.S.'})]),
    ("Write a one-sentence mission statement for a community garden in Leeds.", [('sentences_exact', {'n': 1})]),
    ("Answer with 'True' or 'False' only: The Great Wall of China is visible from the Moon with the naked eye.", [('constrained_choice', {'options': ['True', 'False']})]),
    ("Write a FAQ answer explaining our refund window. Please don't use any digits; spell every number out.", [('no_digits', {})]),
    ("Write a status update for the client about the delayed website launch. A maximum of 5 sentences, and include the word 'Friday'.", [('sentences_max', {'n': 5}), ('keyword_include', {'words': ['friday']})]),
    ("Please draft a short notice for the staff kitchen asking people to wash their mugs. Write it entirely in lowercase; that's the office's house style for notices.", [('lowercase', {})]),
    ("Give me two versions of a tagline for a dog-walking business, separated by a line of five dashes (-----).", [('two_responses', {'separator': '-----'})]),
    ("Prepare a press release about the opening of our new clinic in Swindon. Give it a title in double angle brackets (<<like this>>) and mention Swindon at least 3 times.", [('title', {}), ('keyword_frequency', {'word': 'swindon', 'n': 3})]),
    ("Write a reference letter for a former intern, exactly 4 paragraphs, with a P.S. offering a phone call.", [('paragraphs_exact', {'n': 4}), ('postscript', {'marker': 'P.S.'})]),
    ("Our tutor wants each student's reflection to be under 200 words. Can you write mine about our group project on water filtration?", [('words_max', {'n': 199})]),
    ("Write a cover email for my CV. End it with the exact phrase 'I look forward to hearing from you.'", [('end_phrase', {'phrase': 'I look forward to hearing from you.'})]),
    ("Explain opportunity cost to first-year economics students. Include at least 3 words in ALL CAPS for emphasis and keep it below 150 words.", [('capital_words', {'n': 3}), ('words_max', {'n': 149})]),
    ("Compose a welcome message for new members of our running club. It must contain the letter 'r' at least 20 times.", [('letter_frequency', {'letter': 'r', 'n': 20})]),
    ("Write a minutes template for our monthly committee meeting. Leave at least 5 blanks in square brackets, like [date], for us to fill in.", [('placeholders', {'n': 5})]),
    ("Write a grant application paragraph for a youth football project. Put at least two key phrases in bold so the panel can skim it.", [('highlight', {'n': 2})]),
    ("Please answer in Italian: what documents do I need to rent a flat in Milan?", [('language', {'code': 'it'})]),
    ("Write an essay on the pros and cons of nuclear power for my environmental science class. It needs at least 5 paragraphs.", [('paragraphs_min', {'n': 5})]),
    ("Write a blog post about budgeting for students: at least 4 paragraphs and no more than 600 words.", [('paragraphs_min', {'n': 4}), ('words_max', {'n': 600})]),
    ("Write a product announcement for our app update, and add a PS at the end about the beta programme.", [('postscript', {'marker': 'PS'})]),
    ("Write a bash script that backs up my Documents folder to an external drive. Just the code in a code block please.", [('code_block', {})]),
    ("Write a press statement about the fire at our warehouse. No words in all capital letters at all, it reads as alarmist.", [('capital_words_max', {'n': 0})]),
    ("Describe the main features of Gothic architecture for my art history notes. Use no fewer than 8 sentences and mention 'flying buttresses'.", [('sentences_min', {'n': 8}), ('keyword_include', {'words': ['flying buttresses']})]),
    ("Draft a memo announcing the new parking policy, at most 3 paragraphs, and finish it with 'Thank you for your cooperation.'", [('paragraphs_max', {'n': 3}), ('end_phrase', {'phrase': 'Thank you for your cooperation.'})]),
    ("I need a short explanation of GDPR for our volunteers. Under 5 sentences, please, and no digits anywhere.", [('sentences_max', {'n': 4}), ('no_digits', {})]),
    # ---- (3) creative writing
    ("Write a short story about a lighthouse keeper who finds a message in a bottle. At least 400 words, and the last sentence must be 'The sea kept its secrets.'", [('words_min', {'n': 400}), ('end_phrase', {'phrase': 'The sea kept its secrets.'})]),
    ("Can you write a poem about my dog Pepper chasing squirrels? 4 stanzas separated by blank lines, and mention Pepper by name", [('paragraphs_exact', {'n': 4}), ('keyword_include', {'words': ['pepper']})]),
    ("Write a fairy tale for my niece where the princess rescues the dragon. Start with 'Once upon a time' and make it under 300 words.", [('start_phrase', {'phrase': 'Once upon a time'}), ('words_max', {'n': 299})]),
    ("Write two short poems about autumn, one happy and one sad, separated by ******.", [('two_responses', {'separator': '******'})]),
    ("Write a dialogue between a cat and a vacuum cleaner. No commas anywhere.", [('no_commas', {})]),
    ("Write a sonnet about coffee and put its title between << and >>.", [('title', {})]),
    ("Write a spooky campfire story, exactly 5 paragraphs, with the fifth paragraph beginning with the word 'Then'.", [('paragraphs_exact', {'n': 5}), ('paragraph_first_word', {'n': 5, 'word': 'Then'})]),
    ("Write a song chorus about summer road trips, ALL CAPS, no more than 50 words", [('uppercase', {}), ('words_max', {'n': 50})]),
    ("give me a bedtime story about a robot who is afraid of the dark, 300 words minimum, and end it with a question i can ask my son", [('words_min', {'n': 300}), ('end_with_question', {})]),
    ("Write a poem about the ocean in which the letter 'w' appears at least 10 times.", [('letter_frequency', {'letter': 'w', 'n': 10})]),
    ("Write a short scene for a school play about two kids finding a lost puppy, with the headings Scene 1 and Scene 2.", [('sections', {'n': 2, 'marker': 'Scene'})]),
    ("Write a limerick about a forgetful wizard. I'm pasting it into a card design as a quote, so put the whole limerick inside double quotes.", [('quotation', {})]),
    ("Write a love letter from a pirate to the sea. Use the words 'anchor', 'salt' and 'horizon'.", [('keyword_include', {'words': ['anchor', 'salt', 'horizon']})]),
    ("Write a children's rhyme about brushing teeth with no digits at all and at least 60 words.", [('no_digits', {}), ('words_min', {'n': 60})]),
    ("Write a eulogy for a goldfish named Bubbles, funny but sweet. 3 paragraphs max.", [('paragraphs_max', {'n': 3})]),
    ("Write a short poem for a retirement card. It should start with 'Forty years' and contain no commas.", [('start_phrase', {'phrase': 'Forty years'}), ('no_commas', {})]),
    ("Create a diary entry of a Roman soldier on Hadrian's Wall. Begin with 'Dear diary,' and include at least 2 words in all capital letters.", [('start_phrase', {'phrase': 'Dear diary,'}), ('capital_words', {'n': 2})]),
    ("Write a tongue twister about a sloth. The letter 's' must appear at least 25 times.", [('letter_frequency', {'letter': 's', 'n': 25})]),
    ("Write me a story about a time-travelling librarian, divided into Chapter 1, Chapter 2 and Chapter 3.", [('sections', {'n': 3, 'marker': 'Chapter'})]),
    ("Write a motivational speech for school sports day and use the phrase 'never give up' at least twice", [('keyword_frequency', {'word': 'never give up', 'n': 2})]),
    ("Give me two different riddles about time, separated by ####.", [('two_responses', {'separator': '####'})]),
    ("Write a breakup letter from a person to their phone. Under 150 words, with a P.S. at the end.", [('words_max', {'n': 149}), ('postscript', {'marker': 'P.S.'})]),
    ("write a silly song about my cat Noodle knocking things off tables, at least 8 sentences and all lowercase", [('sentences_min', {'n': 8}), ('lowercase', {})]),
    ("Write a flash fiction piece about the last bookshop on Earth, between 100 and 150 words, ending with the line 'Closed, for now.'", [('words_min', {'n': 100}), ('words_max', {'n': 150}), ('end_phrase', {'phrase': 'Closed, for now.'})]),
    ("Write a short mystery where the detective is a parrot. Use the word 'feather' at least 3 times, and don't use 'clue'.", [('keyword_frequency', {'word': 'feather', 'n': 3}), ('keyword_avoid', {'words': ['clue']})]),
    ("Give me a bedtime story in Italian for my 5-year-old, no more than 4 paragraphs", [('language', {'code': 'it'}), ('paragraphs_max', {'n': 4})]),
    ("write a dramatic monologue for a sock that lost its pair. make it 3 paragraphs and put at least 2 dramatic phrases in bold", [('paragraphs_exact', {'n': 3}), ('highlight', {'n': 2})]),
    # ---- (4) pasted text to work on
    ("Can you reply to this email from my landlord? 'Hi Tom, the plumber can come Thursday between 9 and 12. Will someone be home? Thanks, Gareth' — say yes I'll be home, keep it under 30 words", [('words_max', {'n': 29})]),
    ("Here are my lecture notes: photosynthesis - light reactions in thylakoid, calvin cycle in stroma, ATP + NADPH used, CO2 fixed by rubisco. Turn them into a summary of 5 bullet points.", [('bullet_list', {'n': 5})]),
    ("Fix the grammar in this and give me back only the corrected version, in lowercase: 'Me and him goes to the market every sundays, we buys apple and bread.'", [('lowercase', {})]),
    ("My coworker sent this: 'Can you cover my shift on Saturday? I'll owe you one!!' I want to say no nicely. Write my reply in one sentence.", [('sentences_exact', {'n': 1})]),
    ("The job posting says 'Cover letters must not exceed 400 words.' I've already sent my cover letter. Can you write a short message to the recruiter asking when interviews will be? 3 sentences max.", [('sentences_max', {'n': 3})]),
    ("Summarise this in at most 2 sentences: 'The city council voted on Tuesday to extend the low-traffic neighbourhood pilot for another six months, citing fewer accidents and cleaner air, though local businesses have complained about a drop in footfall and delivery delays.'", [('sentences_max', {'n': 2})]),
    ("Please proofread this and give me the corrected text wrapped in double quotes: 'their going to announce the results tomorow, so everyone should be their at 10.'", [('quotation', {})]),
    ("Here's a text from my mum: 'Are you coming for Sunday lunch or not? Need to know how many potatoes to peel.' Write a reply saying yes and that I'm bringing my girlfriend, and end it with 'See you Sunday!'", [('end_phrase', {'phrase': 'See you Sunday!'})]),
    ("Reply to this review of our café: 'Lovely cakes but the coffee was lukewarm and the staff seemed rushed.' Apologise, don't use the word 'unfortunately', and keep it under 80 words.", [('keyword_avoid', {'words': ['unfortunately']}), ('words_max', {'n': 79})]),
    ("Turn these meeting notes into exactly 4 numbered action items: Sam to book venue; Leila to send invites; budget check by Friday; Tom to order catering.", [('numbered_list', {'n': 4})]),
    ("I wrote this LinkedIn headline: 'Passionate marketing guru ninja rockstar'. lol it's bad. Rewrite it without the words 'guru', 'ninja' or 'rockstar'.", [('keyword_avoid', {'words': ['guru', 'ninja', 'rockstar']})]),
    ("Make this sound more professional and return a JSON object with keys 'original' and 'revised': 'hey guys so the server is down again, we're on it, chill.'", [('json_output', {})]),
    ("Can you translate this into French for my host family? 'Thank you for dinner, it was delicious. I will be back late tonight.'", [('language', {'code': 'fr'})]),
    ("Here's my essay conclusion: 'In conclusion, social media is bad and good.' Can you rewrite it so it's at least 3 sentences and uses the word 'balance'?", [('sentences_min', {'n': 3}), ('keyword_include', {'words': ['balance']})]),
    ("Here's my grandma's recipe: 'Step 1: cream the butter and sugar. Step 2: beat in 2 eggs. Step 3: fold in 200g flour.' Rewrite it so my 7-year-old can follow it, without any digits.", [('no_digits', {})]),
    ("Give me two alternative replies to this Slack message from my boss, separated by ===: 'Can you get the slides to me before lunch?'", [('two_responses', {'separator': '==='})]),
    ("Can you shorten this bio to under 50 words? 'Maria is a software engineer with ten years of experience building payment systems at fintech startups in Berlin and London. In her free time she volunteers teaching kids to code and runs half marathons.'", [('words_max', {'n': 49})]),
    ("Here are the notes from our club meeting: new kit colours agreed; away match moved to the 9th; subs going up by £5. Write them up as minutes with Item 1, Item 2 and Item 3 headings.", [('sections', {'n': 3, 'marker': 'Item'})]),
    ("my friend wrote this for her dating profile: 'i like hiking, wine and dogs. no drama pls.' can u make it more fun? keep it under 40 words and add 2 hashtags", [('words_max', {'n': 39}), ('hashtags', {'n': 2})]),
    ("This is the email I got from a client: 'We are unhappy with the delays and expect a full explanation.' Draft my answer. It must begin with 'Dear Mr Okafor,' and include the word 'apologise'.", [('start_phrase', {'phrase': 'Dear Mr Okafor,'}), ('keyword_include', {'words': ['apologise']})]),
    ("Notes from today's standup: API migration 80% done, login bug fixed, Priya off Thursday. Write a summary for the channel with at most 3 bullet points and no digits.", [('bullets_max', {'n': 3}), ('no_digits', {})]),
    ("Rewrite this sentence in all capital letters for a warning sign: 'Please do not feed the ducks bread.'", [('uppercase', {})]),
    ("Here's the draft of my wedding vows: 'I promise to love you, to always share my chips, and to let you pick the film.' Can you expand them to at least 100 words and end with 'forever starts today'?", [('words_min', {'n': 100}), ('end_phrase', {'phrase': 'forever starts today'})]),
    ("make me a packing list for a long weekend in Lisbon but dont use any digits, i want it to look clean", [('no_digits', {})]),
    ("Write a job advert for a part-time barista. Leave square-bracket placeholders for [hourly rate], [start date] and [contact email].", [('placeholders', {'n': 3})]),
    ("Copy the request below exactly as written before you respond to it. Request: List three common causes of high employee turnover.", [('repeat_request', {'request': ['List three common causes of high employee turnover.']})]),
    ("Before you answer, copy my request exactly as I wrote it, then answer. My request: Suggest a name for a bakery that only sells croissants.", [('repeat_request', {'request': ['Suggest a name for a bakery that only sells croissants.']})]),
    ("Écris-moi un petit poème sur la pluie, en français, en moins de 50 mots.", [('language', {'code': 'fr'}), ('words_max', {'n': 49})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- questions about counts, formats and rules, pasted material with its own limits, other people's rules
    ("how many words is a typical college application essay? mine is due in 2 weeks", []),
    ("What does it mean when an email ends with 'P.S.'? Is that unprofessional in a work email?", []),
    ("my teacher says we can't use the word 'very' in essays anymore. is that a real rule or just her thing?", []),
    ("Why do some people write entirely in lowercase on twitter? is it a generational thing", []),
    ("What's the difference between a bulleted list and a numbered list, and when should I use each in a report?", []),
    ("Is it true that a paragraph should have at least 3 sentences? My son's teacher keeps saying that.", []),
    ("How do I add a code block in a Reddit comment? I tried three backticks and it didn't work.", []),
    ("What is JSON and why does every API seem to use it?", []),
    ("Can you explain what a haiku is? My daughter has to write one with 5-7-5 syllables for homework and I want to help her, not do it for her.", []),
    ("My boss writes every email in ALL CAPS. How do I tell him it comes across as shouting without getting fired?", []),
    ("Why are tweets limited to 280 characters? It used to be 140 right?", []),
    ("Is it bad to start a sentence with 'And' or 'But'? The editor at my student paper says never.", []),
    ("What's a lipogram? I heard there's a whole novel written without the letter e.", []),
    ("how many hashtags should i use on an instagram post to get more reach? is 30 too many", []),
    ("My friend says Oxford commas are wrong. Who's right?", []),
    ("why do recipes online have like 2000 words of life story before the actual recipe", []),
    ("What do square brackets mean inside a quote, like 'he [the mayor] said'?", []),
    ("Is it 'fewer than 10 items' or 'less than 10 items' on the supermarket sign? it's bugging me", []),
    ("My kid's homework sheet says: 'Write 5 sentences about your weekend using at least 2 adjectives in each.' He's in year 2. Is it normal for them to get homework this hard?", []),
    ("Here's the email my team lead sent: 'All status reports must be under 300 words and include a RAG rating.' What's a RAG rating?", []),
    ("My writing group has a rule that every story must be exactly 100 words. Where does the name 'drabble' come from?", []),
    ("I'm reading a book where every chapter starts with the word 'Rain'. Is there a name for that kind of repetition?", []),
    ("How do you say 'no more than two per customer' in Spanish? I need it for a sign in my shop.", []),
    ("what's the ideal length for a cover letter? a recruiter told me 3 paragraphs max but my uni careers service says a full page", []),
    ("Why does Word say my essay is 512 words but Google Docs says 498 for the same text?", []),
    ("Why does the five-paragraph essay get so much criticism from writing teachers?", []),
    ("What's the rule in Scrabble when you use all 7 of your letters in one go?", []),
    ("We played a game at dinner where nobody could say 'yes' or 'no'. What's that game called?", []),
    ("What does 'TL;DR' mean at the top of a post?", []),
    ("My grandma had a rule that every letter she wrote ended with a question so the other person had to write back. Did people commonly do that in the 1950s?", []),
    ("My manager makes us write weekly updates with exactly three bullet points: wins, blockers, next steps. I actually like it. Is there a name for this format?", []),
    ("How many sentences should a good elevator pitch be?", []),
    ("Why do legal documents write numbers in both words and digits, like 'ten (10) days'?", []),
    ("What's the longest English word with no repeated letters?", []),
    ("Can you tell me what this form means? 'Section 1: Applicant details. Section 2: Employment history (max 3 entries). Section 3: Declaration.' Do I need to fill in Section 2 if I'm a student?", []),
    ("My professor said our abstract can't be over 250 words. Mine is 249 lol. Is that cutting it too close?", []),
    ("How do I make text bold on WhatsApp? is it asterisks?", []),
    ("My daughter's school has banned the word 'bored' — kids get a warning if they say it. Is that even allowed?", []),
    ("Why do some work emails put [EXTERNAL] at the start of the subject line?", []),
    ("In German, do all nouns start with a capital letter? Why is that?", []),
    ("Is it rude to reply to a long message with just 'ok'?", []),
    ("Our office puts '-----' between the English and Welsh versions of every notice. Is that standard in bilingual documents?", []),
    ("How long should a best man speech be? I was told 5 minutes max.", []),
    ("My teacher wants our essays to open with a quote. Where can I find good quotes about friendship?", []),
    ("Why do so many LinkedIn posts end with a question like 'What do you think?' Does it actually help engagement?", []),
    ("The instructions for my online exam say 'Answer in no more than 200 words per question.' Does that include the question text if I copy it in?", []),
    ("My landlord's text ended with 'PS the rent is going up.' Can he just raise it like that with no notice?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("whats the best way to keep basil alive indoors, mine always dies 😭 answer in 2 paragraphs", [('paragraphs_exact', {'n': 2})]),
    ("write a little poem for my mom's birthday card 🎂 no commas please, and her name is Rosa so put her name in it", [('no_commas', {}), ('keyword_include', {'words': ['rosa']})]),
    ("¿Me puedes explicar qué es la fotosíntesis? Responde en inglés, por favor, y máximo 80 palabras.", [('language', {'code': 'en'}), ('words_max', {'n': 80})]),
    ("Please rewrite our returns policy in plain language for customers. Split it into three parts headed PART 1, PART 2 and PART 3.", [('sections', {'n': 3, 'marker': 'PART'})]),
    ("Write the terms and conditions for our school raffle, structured as Article 1, Article 2, Article 3 and Article 4.", [('sections', {'n': 4, 'marker': 'Article'})]),
    ("Explain the difference between weather and climate for my geography revision. Write it in English using lowercase letters only.", [('language', {'code': 'en'}), ('lowercase', {})]),
    ("Write a six-stanza ballad about a shipwreck, stanzas separated by blank lines, and start the third stanza with the word 'Below'.", [('paragraphs_exact', {'n': 6}), ('paragraph_first_word', {'n': 3, 'word': 'Below'})]),
    ("My teacher gave us this prompt: 'Write a persuasive paragraph arguing for or against school uniforms. Your paragraph must be at least 120 words.' Can you write one arguing against?", [('words_min', {'n': 120})]),
    ("My manager's feedback was: 'Your reports are too long, please keep them under 500 words from now on.' Can you write this week's report on the warehouse audit? Findings: two damaged pallets, fire exit blocked once, stock count matched.", [('words_max', {'n': 499})]),
    ("The word limit for my dissertation is 10,000 words. Do footnotes and the bibliography usually count towards that?", []),
    ("Is writing a brand name in all lowercase a legit style choice? Like how some companies never use capitals.", []),
    ("Here's a poem my student wrote: 'the sun is up / the day is new / i walk to school / the sky is blue'. She wrote it all in lowercase on purpose. How should I give her feedback on the rhyme and rhythm?", []),
    ("i saw a tiktok saying you should never use more than 3 bullet points on a slide. is that actually a rule in presentations?", []),
    ("What's the difference between <<these>> and «these» quotation marks? I see both in French books.", []),
]
