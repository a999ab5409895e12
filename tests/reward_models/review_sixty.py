# ruff: noqa: E501  (test data: one probe per line, as written)
"""A sixtieth review (a helper session): what a hidden evaluation of "real-world instruction-following prompts written
by people" would hold, written blind to the reader's rules. Only the output conventions were learned beforehand (the
kinds and their arguments in `reward_models/checkers.py`, the docstring and the first 5 entries of list A of
`review_fiftyseven.py`, and how `training/eval_instructions.py` compares arguments); the reader's source, its tests,
the other reviews and the history were not opened. No request is taken from another test file or from a public
benchmark (IFEval, IFBench, FollowBench, ...), and none imitates their wording.

On the first read there were 172 labelled requests (210 labels, one to three each) and 44 controls, in five groups:
- everyday chat (48): phone-typed, lowercase, typos, "lol", terse ("Tips for jet lag. 3 bullets.", "Haiku about
  frogs, lowercase."), non-native English ("Please can you make for me email to my son school teacher ... maximum 4
  sentences", "Give me answer in 2 paragraph.");
- work, school and formal requests (51): memos, cover letters, abstracts, press releases, board briefs, templates with
  placeholders, agendas, risk assessments with "Section 1" ... headers, a study plan with "Week 1" ... "Week 12";
- creative writing (24): poems, stories, limericks, a villanelle, a fable, a rap verse, a riddle that must not name
  its answer, "about 200 words" (not labelled) beside a keyword that is;
- pasted text and long context (20): a draft intro, a manager's message, a customer review, a teacher's prompt, an
  abstract, an email to translate, meeting notes, a job ad, lecture notes, a recipe, some with their own numbers
  ("2 stars", "5+ years", "14 members") that are not limits of the answer;
- other languages and other forms (29): requests written in German, French and Spanish; answers asked in Japanese,
  Korean, Portuguese; JSON, code blocks, repeats, choices, between-bounds, P.P.S.
The constraint stands before, inside or after the request. Every kind in `checkers.py` that requests carry is used;
the common ones at least 4 times on the first read (words_max 21, paragraphs_exact 10, keyword_include 9,
keyword_frequency 9, language 9, lowercase 9, sentences_max 8, bullet_list 7, end_phrase 7, no_commas 7, postscript
7, words_min 7, keyword_avoid 6, two_responses 6, and 4-5 each of bullets_min, constrained_choice, highlight,
json_output, numbered_list, placeholders, quotation, repeat_request, sections, sentences_min, start_phrase, title,
uppercase), the rarer ones 2-3 times (bullets_max, capital_words, capital_words_max, code_block, end_with_question,
hashtags, letter_frequency, no_digits, paragraph_first_word, paragraphs_max, paragraphs_min, sentences_exact).
B: 44 controls that ask nothing verifiable of the answer though they carry numbers, quoted words and format words:
questions about P.S., word limits, "fewer" versus "less", all caps, bulleted versus numbered lists, CSV to JSON, the
Oxford comma, << and >> on a Mac keyboard, the five-paragraph essay, Markdown bold, TL;DR, "thank you" in Japanese, a
boss's "never more than 3 bullet points", placeholders in web forms, "repeat after me", Section 230, 5-7-5 haiku,
'yes' / 'yeah' / 'yep', ****** in texts, two-sentence horror; and plain writing requests with no checkable limit ("a
short poem about my cat Miso", "in a few sentences", "a recipe ... that uses 3 overripe bananas", an acrostic for
LUNA). Expected reads: none.

Argument conventions: "under N" / "fewer than N" / "less than N" / "in under 3 paragraphs" is a max of N-1; "no more
than" / "not more than" / "N or less" / "max" / "maximum" / "at most" / "höchstens" / "should not exceed" a max of N;
"at least" / "N or more" a min of N; "between A and B" both bounds; "exactly N" / "in N sentences" / "1 sentence
only" / "a one-paragraph biography" / "4 stanzas separated by blank lines" / "en 3 strophes séparées par une ligne
vide" exact. "exactly 3 bullet points" / "Make 5 points with bullet" / "a bulleted list of 4 points" / "3 bullets" is
bullet_list; "a numbered list with 7 items" / "a numbered list of exactly 5 steps" numbered_list; "at least 3 hashtags"
hashtags; "at least 3 key phrases highlighted in bold" / "put the 2 most important tips in *italics*" highlight (a
minimum); "at least 3 words in ALL CAPS" capital_words, "no more than 2 words in all caps" / "fewer than 3 words in
all caps" capital_words_max. Keywords to include, avoid or count are lower-cased as typed ('sql', 'veldmoor'), a
multi-word phrase is one keyword ('bus stop', 'zero waste', 'free coffee'), several in one instruction one entry in
the order typed. A letter is lower-cased. A separator is the symbol run as typed ('******', '***', '-----', '~~~~').
A section marker is the word as typed ('SECTION', 'Section', 'Week', 'Part', 'Stage'); a paragraph's first word as
typed ('Meanwhile', 'Team'). Placeholders named one by one count one each. A request to repeat is its text as typed
after "Request:" / "My request:" / "My question:" / "my question is:" / the colon, in a list of one. Start and end
phrases are the quoted text as typed, punctuation inside the quotes; a postscript marker as typed ("P.S.", "PS",
"P.P.S."); constrained-choice options as typed; a language its ISO 639-1 code ("translate this email into Spanish":
'es'); English, and the language a request is merely written in, are not labelled. Not labelled: tone, "short",
"about 200 words", "a few sentences", "six-line", "one-page", "no hashtags", a count of things to name ("3 good
books").

First read, no fixes, no label changed after it (2026-12-04 23:19 UTC; both checkouts clean, imported from /tmp):
`cd /tmp && PYTHONPATH=/work/wt60 /work/main/.venv/bin/aligned-train eval-instructions --cases
/work/main/tests/reward_models/review_sixty.py` (/work/wt60 at commit e904054) and the same with
`PYTHONPATH=/work/blind` (/work/blind at commit eabca5d, the older reader). Both printed the same:
172 prompts: recall 0.948 (199/210), precision 0.985 (199/202), exact arguments 1.000 (read 199, missed 11, extra 3;
the command matches a section marker apart from case and a repeat against any of its readings), instruction-free read
clean 44 of 44.
Strictly (the sorted list of (kind, args) equal to the expected, tuples as lists; a small script importing
`reward_models.instructions.parse_instructions` with PYTHONPATH=/work/wt60, run from /tmp), 14 labelled probes (15
labels) are misread by /work/wt60 (the same 14 by /work/blind) and no control; they are moved to UNREAD with their
expected labels, so A (158 probes, 195 labels) and B (44) hold only probes read exactly right. The misses of the
/work/wt60 read, by failure pattern:
- an instruction written in another language (3): "in höchstens 100 Wörtern" (words_max unread), "en 3 strophes
  séparées par une ligne vide" (paragraphs unread), "En una lista con viñetas, exactamente 4 puntos" (bullet_list
  unread).
- repeating the request (4): two unread, the casual "copy my question back first before u answer it pls. my question
  is: how long does it take to boil an egg" and "Please write back my request exactly as it is before responding. My
  request: ..."; two read with two readings, the instruction sentence joined to the request as well as the request
  alone ("Before answering, repeat my question word for word. My question: ...", "Copy the request below back to me
  unchanged, then answer it. Request: ..."), which the command's lenient match counts and the strict rule does not.
- a count read from the example instead of the number (3): "use square brackets for the blanks, e.g. [tenant name],
  and have at least 5 of them" (placeholders 1, not 5); "include placeholders like [Manager Name] and [Last Working
  Day]" (1, not 2); "put the 2 most important tips in *italics* with asterisks" (highlight 1, not 2).
- casual or non-native wording of a form (2): "make it all lowercase she hates caps lol" (lowercase unread); "Make 5
  points with bullet, simple english please." (bullet_list unread).
- one each: a code block asked as "inside a code block" ("Give me a bash one-liner ..., inside a code block.":
  unread); a section marker typed in capitals ("SECTION 1, SECTION 2 and SECTION 3": read as 'Section', which the
  checker matches the same; moved under the strict rule).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) everyday chat: phone-typed, casual, terse, non-native
    ("can u explain what a credit score actually is, keep it under 80 words im on my phone", [('words_max', {'n': 79})]),
    ("whats the diff between baking soda and baking powder? 2 sentences max pls", [('sentences_max', {'n': 2})]),
    ("give me ideas for a cheap date night. exactly 3 bullet points, nothing else", [('bullet_list', {'n': 3})]),
    ("ok so my landlord hasnt fixed the heating in 2 weeks. write me a text to send him, no commas at all bc i want it to sound blunt", [('no_commas', {})]),
    ("tell me a fun fact about octopuses and end it with a question so my kid has to think", [('end_with_question', {})]),
    ("recommend me a podcast about history. answer in spanish, i'm practicing for my trip", [('language', {'code': 'es'})]),
    ("write a tweet announcing my bakery opens saturday, with at least 3 hashtags", [('hashtags', {'n': 3})]),
    ("im learning to drive and keep stalling at junctions. tips? numbered list, 6 tips", [('numbered_list', {'n': 6})]),
    ("pls write a short note for my kid's teacher saying he was sick yesterday. start it with 'Dear Ms. Patel,'", [('start_phrase', {'phrase': 'Dear Ms. Patel,'})]),
    ("what should i pack for a weekend hiking trip in the lake district? bullet points, no more than 8", [('bullets_max', {'n': 8})]),
    ("describe a sunset over the sea but you can't use the words 'orange' or 'beautiful'", [('keyword_avoid', {'words': ['orange', 'beautiful']})]),
    ("Explain photosynthesis like I'm 10. Use the word 'sunlight' at least 3 times.", [('keyword_frequency', {'word': 'sunlight', 'n': 3})]),
    ("gimme 2 different pickup lines about coffee, separate them with ******", [('two_responses', {'separator': '******'})]),
    ("text to my roommate reminding him it's his turn to take the bins out. ALL CAPS so he actually notices", [('uppercase', {})]),
    ("Could you write me a haiku about rain on a tin roof? Wrap the whole thing in double quotes please", [('quotation', {})]),
    ("quick q is it safe to eat raw cookie dough? answer only with 'yes', 'no', or 'depends'", [('constrained_choice', {'options': ['yes', 'no', 'depends']})]),
    ("make me a shopping list for a bbq for 12 people, in json format so i can load it in my app", [('json_output', {})]),
    ("my nan is turning 90 on sunday, write something for her card, at least 60 words, and put the word 'garden' in there somewhere", [('words_min', {'n': 60}), ('keyword_include', {'words': ['garden']})]),
    ("Summarize the plot of Finding Nemo in exactly 4 sentences.", [('sentences_exact', {'n': 4})]),
    ("write a lil poem abt my dog biscuit, give it a title in double angle brackets like <<this>>", [('title', {})]),
    ("need an excuse to leave a work party early lol. 1 sentence only", [('sentences_exact', {'n': 1})]),
    ("can you explain what inflation is in 2 paragraphs? my econ teacher explained it so badly", [('paragraphs_exact', {'n': 2})]),
    ("whats the best way to keep fresh herbs from wilting? pls keep it to 50 words or less", [('words_max', {'n': 50})]),
    ("Why do cats knead blankets? Answer and then add a P.S. with a random cat fact", [('postscript', {'marker': 'P.S.'})]),
    ("what r some good names for a goldfish, give me at least 5 in a bulleted list", [('bullets_min', {'n': 5})]),
    ("describe your ideal breakfast in under 40 words and don't use any commas", [('words_max', {'n': 39}), ('no_commas', {})]),
    ("how do i say 'good luck on your exam' in german and when would i use it? answer in german only, i want to practise reading", [('language', {'code': 'de'})]),
    ("Please, can you write me small text for invite my neighbours to barbecue on saturday? Not more than 70 words and please finish with 'See you there!'", [('words_max', {'n': 70}), ('end_phrase', {'phrase': 'See you there!'})]),
    ("tell me about the moon landing but in all lowercase and less than 100 words", [('lowercase', {}), ('words_max', {'n': 99})]),
    ("Rewrite this to sound more polite and give me two versions separated by ***: 'Send me the file now.'", [('two_responses', {'separator': '***'})]),
    ("whats a good stretch for lower back pain? highlight at least 2 parts with markdown like *this*", [('highlight', {'n': 2})]),
    ("write a short story about a lost umbrella. at least 300 words and it has to include the words 'puddle' and 'bus stop'", [('words_min', {'n': 300}), ('keyword_include', {'words': ['puddle', 'bus stop']})]),
    ("I want an instagram caption for my beach pics, something short, no hashtags, and all lower case", [('lowercase', {})]),
    ("Say something nice to cheer me up, rough day. Use at least 3 words in ALL CAPS for emphasis", [('capital_words', {'n': 3})]),
    ("write an apology text to my friend for missing her party but use no more than 2 words in all caps, i dont want to sound like im yelling", [('capital_words_max', {'n': 2})]),
    ("explain what a VPN is and end your reply with the exact phrase 'Stay safe online.'", [('end_phrase', {'phrase': 'Stay safe online.'})]),
    ("Tips for jet lag. 3 bullets.", [('bullet_list', {'n': 3})]),
    ("Summarize the French Revolution. 100 words max.", [('words_max', {'n': 100})]),
    ("Haiku about frogs, lowercase.", [('lowercase', {})]),
    ("Please can you make for me email to my son school teacher, I want say he will absent on Friday for family reason. Write it with no comma please, and short, maximum 4 sentences.", [('no_commas', {}), ('sentences_max', {'n': 4})]),
    ("Hi! I am from Korea. Can you explain difference between 'make' and 'do'? Give me answer in 2 paragraph.", [('paragraphs_exact', {'n': 2})]),
    ("can u write a short wedding toast for my friend wendy, make the letter 'w' appear at least 10 times lol", [('letter_frequency', {'letter': 'w', 'n': 10})]),
    ("Start your answer with 'Honestly,' and tell me if pineapple belongs on pizza.", [('start_phrase', {'phrase': 'Honestly,'})]),
    ("write an uplifting message for a friend going through a breakup. dont use the word 'ex' and end with a question", [('keyword_avoid', {'words': ['ex']}), ('end_with_question', {})]),
    ("Which is heavier, a kilogram of feathers or a kilogram of steel? Reply with exactly one of: 'feathers', 'steel', 'same'.", [('constrained_choice', {'options': ['feathers', 'steel', 'same']})]),
    # ---- (2) work, school and formal requests
    ("Please draft a memo to all staff announcing that the office will be closed on 24 December. The memo should not exceed 120 words.", [('words_max', {'n': 120})]),
    ("I need a cover letter for a junior data analyst role at a logistics firm. It must be at least 250 words and should mention 'SQL' and 'Tableau'.", [('words_min', {'n': 250}), ('keyword_include', {'words': ['sql', 'tableau']})]),
    ("Write a formal complaint to my internet provider about repeated outages over the past month. Structure it in 3 paragraphs.", [('paragraphs_exact', {'n': 3})]),
    ("Could you prepare an agenda for our quarterly planning meeting? Use a numbered list with 7 items.", [('numbered_list', {'n': 7})]),
    ("Draft a LinkedIn post announcing that I have joined Meridian Health as a product manager. Do not use the words 'thrilled' or 'excited'.", [('keyword_avoid', {'words': ['thrilled', 'excited']})]),
    ("Write an abstract for a paper on microplastics in freshwater lakes. Between 150 and 200 words.", [('words_min', {'n': 150}), ('words_max', {'n': 200})]),
    ("I am preparing a presentation on renewable energy for a community group. Put the title between << and >>, then a short outline.", [('title', {})]),
    ("Draft an email to my professor asking for a one-week extension on my thesis chapter. Begin with 'Dear Professor Alvarez,' and end with 'Kind regards, Tomás'.", [('start_phrase', {'phrase': 'Dear Professor Alvarez,'}), ('end_phrase', {'phrase': 'Kind regards, Tomás'})]),
    ("Summarize the key causes of World War I for a revision sheet. Use at least 6 bullet points.", [('bullets_min', {'n': 6})]),
    ("Please write a product description for a stainless steel water bottle. Output it as JSON with keys name, description and price.", [('json_output', {})]),
    ("Create a short onboarding note for new hires on their first day. No more than 5 sentences.", [('sentences_max', {'n': 5})]),
    ("Write a press release about our company's new recycling program. Please include the keywords 'sustainability', 'community' and 'zero waste'.", [('keyword_include', {'words': ['sustainability', 'community', 'zero waste']})]),
    ("Prepare a brief for the board explaining the budget overrun on the warehouse project. Use the word 'contingency' at least twice.", [('keyword_frequency', {'word': 'contingency', 'n': 2})]),
    ("Write a thank-you note to a client after a successful product launch. Add a P.S. underneath that mentions the follow-up meeting.", [('postscript', {'marker': 'P.S.'})]),
    ("Write an essay on the role of social media in modern elections. It should have at least 5 paragraphs.", [('paragraphs_min', {'n': 5})]),
    ("Compose a short farewell speech for my colleague Jean-Luc, who is retiring after 30 years. It has to be in French.", [('language', {'code': 'fr'})]),
    ("Produce a risk assessment for a Year 5 school trip to a science museum. Use Section 1, Section 2, Section 3 and Section 4 as the headers.", [('sections', {'n': 4, 'marker': 'Section'})]),
    ("Our HR portal only accepts lowercase text. Please write a leave request for three days next week, in lowercase only.", [('lowercase', {})]),
    ("Draft an out-of-office reply. Keep it under 60 words and do not include any digits; our system strips numbers.", [('words_max', {'n': 59}), ('no_digits', {})]),
    ("Write a tongue twister about a zebra in which the letter 'z' appears at least 8 times.", [('letter_frequency', {'letter': 'z', 'n': 8})]),
    ("Write two versions of a tagline for our dental clinic, one serious and one playful, separated by a line of five dashes (-----).", [('two_responses', {'separator': '-----'})]),
    ("Please draft the minutes of our committee meeting from the notes below. Use bullet points, exactly 6 of them.\n\nNotes: budget approved 4-2; new treasurer is Sam Okafor; fundraiser moved to 12 May; website refresh postponed; volunteers needed for the fete; next meeting 3 June.", [('bullet_list', {'n': 6})]),
    ("Write an FAQ answer explaining our 30-day refund policy. Wrap the entire answer in double quotation marks so I can paste it straight into the CMS.", [('quotation', {})]),
    ("Write a cover email to go with my CV. Don't use any commas; the applicant tracking system mangles them.", [('no_commas', {})]),
    ("Write an announcement for the staff noticeboard about the new parking rules. Put the whole text in capital letters.", [('uppercase', {})]),
    ("Give me a one-paragraph biography of Marie Curie for a school poster, with at least 3 key phrases highlighted in bold markdown.", [('paragraphs_exact', {'n': 1}), ('highlight', {'n': 3})]),
    ("Is the following statement true: 'The Great Wall of China is visible from space with the naked eye'? Answer with 'True' or 'False' only.", [('constrained_choice', {'options': ['True', 'False']})]),
    ("Write an explanation of compound interest for a Year 9 maths class. At least 8 sentences.", [('sentences_min', {'n': 8})]),
    ("Write the help-centre article on resetting a password for our app. No more than 4 paragraphs.", [('paragraphs_max', {'n': 4})]),
    ("Put together a study plan for the bar exam over 12 weeks, with headers Week 1, Week 2 and so on up to Week 12.", [('sections', {'n': 12, 'marker': 'Week'})]),
    ("Please write a formal letter of recommendation for my former intern, Priya. Use the word 'reliable' at least 3 times and avoid the word 'good'.", [('keyword_frequency', {'word': 'reliable', 'n': 3}), ('keyword_avoid', {'words': ['good']})]),
    ("Write a one-page policy on remote work for a 20-person company. Answer in German.", [('language', {'code': 'de'})]),
    ("Write the opening statement for a debate on school uniforms, in Italian, no more than 150 words.", [('language', {'code': 'it'}), ('words_max', {'n': 150})]),
    ("Could you draft an apology to customers for the delayed shipments? Finish with the sentence 'Thank you for your patience.'", [('end_phrase', {'phrase': 'Thank you for your patience.'})]),
    ("Write a short bio for the conference programme, starting with 'Dr. Hannah Lee is'.", [('start_phrase', {'phrase': 'Dr. Hannah Lee is'})]),
    ("Generate a fill-in-the-blanks invoice template for my freelance work. It needs square-bracket placeholders for at least 6 fields.", [('placeholders', {'n': 6})]),
    ("Write a Python function that reverses a string. Return only a fenced code block, no explanation.", [('code_block', {})]),
    ("Explain the difference between mitosis and meiosis in fewer than 5 sentences.", [('sentences_max', {'n': 4})]),
    ("Please outline the steps to file a small claims case in England as a numbered list of 6 steps, no more than 120 words in total.", [('numbered_list', {'n': 6}), ('words_max', {'n': 120})]),
    ("Write a formal invitation to our charity gala dinner. Don't write any numbers as digits.", [('no_digits', {})]),
    ("Write an explanation of why the sky is blue, with exactly 2 paragraphs and at least 100 words.", [('paragraphs_exact', {'n': 2}), ('words_min', {'n': 100})]),
    ("Our wiki needs a page on password hygiene. Use a title wrapped in << >> and at least 4 bullet points.", [('title', {}), ('bullets_min', {'n': 4})]),
    ("Give me 5 interview questions for a software tester role, as a numbered list.", [('numbered_list', {'n': 5})]),
    ("Describe the water cycle for a primary school worksheet. Highlight at least 4 key terms using markdown bold.", [('highlight', {'n': 4})]),
    ("What's a good way to ask my manager for a raise? Answer in under 3 paragraphs.", [('paragraphs_max', {'n': 2})]),
    ("Write a blog post about learning to ski as an adult, at least 4 paragraphs long.", [('paragraphs_min', {'n': 4})]),
    ("Explain the basic rules of chess to a beginner in no more than 10 sentences.", [('sentences_max', {'n': 10})]),
    # ---- (3) creative writing
    ("Write a poem about autumn leaves, and make the whole poem lowercase.", [('lowercase', {})]),
    ("Write a short story for my 7 year old about a dragon who's scared of the dark. 3 paragraphs, and the story should end with 'The End.'", [('paragraphs_exact', {'n': 3}), ('end_phrase', {'phrase': 'The End.'})]),
    ("Write a limerick about a cat who loves lasagna. Give it a title in double angle brackets.", [('title', {})]),
    ("write me a rap verse about doing laundry, use the word 'spin' at least 4 times", [('keyword_frequency', {'word': 'spin', 'n': 4})]),
    ("Write a sonnet about the sea. Don't use the words 'blue', 'wave', or 'ocean'.", [('keyword_avoid', {'words': ['blue', 'wave', 'ocean']})]),
    ("Write a flash fiction piece, under 150 words, that starts with 'The door was already open.'", [('words_max', {'n': 149}), ('start_phrase', {'phrase': 'The door was already open.'})]),
    ("Write two different endings to Little Red Riding Hood, separated by ~~~~", [('two_responses', {'separator': '~~~~'})]),
    ("Write a song chorus about summer road trips with the word 'highway' appearing at least 3 times and no commas", [('keyword_frequency', {'word': 'highway', 'n': 3}), ('no_commas', {})]),
    ("Write a bedtime story about a sleepy owl, in Portuguese please, it's for my niece in Lisbon.", [('language', {'code': 'pt'})]),
    ("Write a dialogue between a barista and a robot customer. At least 12 sentences.", [('sentences_min', {'n': 12})]),
    ("I'm writing a fantasy novel. Describe the capital city of my kingdom, Veldmoor, in at least 200 words, mentioning 'Veldmoor' at least 3 times.", [('words_min', {'n': 200}), ('keyword_frequency', {'word': 'veldmoor', 'n': 3})]),
    ("Write a short horror story in exactly 2 sentences.", [('sentences_exact', {'n': 2})]),
    ("Write a poem about my morning coffee in ALL CAPITAL LETTERS.", [('uppercase', {})]),
    ("Write a fairy tale with 5 paragraphs. The second paragraph should start with the word 'Meanwhile'.", [('paragraphs_exact', {'n': 5}), ('paragraph_first_word', {'n': 2, 'word': 'Meanwhile'})]),
    ("Write a monologue for a villain explaining why he stole the moon. Wrap it in double quotes.", [('quotation', {})]),
    ("write a story about a time-traveling chef, with a P.S. from the chef at the end", [('postscript', {'marker': 'P.S.'})]),
    ("Write a riddle whose answer is 'shadow', but never use the word 'shadow' in it.", [('keyword_avoid', {'words': ['shadow']})]),
    ("Write a six-line poem about the city at night. Make sure the letter 'l' shows up at least 15 times.", [('letter_frequency', {'letter': 'l', 'n': 15})]),
    ("Write a short love letter from a lighthouse to a ship. End with a question.", [('end_with_question', {})]),
    ("Write a fable about a greedy squirrel. Use at least 5 words in all capital letters for dramatic effect.", [('capital_words', {'n': 5})]),
    ("Write a poem about an old bicycle with 4 stanzas separated by blank lines.", [('paragraphs_exact', {'n': 4})]),
    ("give me a plot idea for a cosy mystery novel, in a bulleted list of 4 points", [('bullet_list', {'n': 4})]),
    ("Write a song about a rainy Monday, about 200 words, and include the word 'umbrella'.", [('keyword_include', {'words': ['umbrella']})]),
    ("Write a villanelle about insomnia. Add a PS at the end explaining the form.", [('postscript', {'marker': 'PS'})]),
    # ---- (4) pasted text and long context
    ("Here's my draft intro for a blog post:\n\n'Gardening is a hobby that many people enjoy. It is relaxing and you can grow food.'\n\nCan you rewrite it to be more engaging? Keep it under 50 words.", [('words_max', {'n': 49})]),
    ("My manager sent this: 'Please send me a summary of the client call by end of day, bullet points only.' Can you write the summary from these notes: client wants launch moved to March, concerned about cost, happy with design, asked for weekly updates. Use 4 bullets.", [('bullet_list', {'n': 4})]),
    ("Below is a customer review. Reply to it professionally in no more than 3 sentences.\n\nReview: 'Waited 40 minutes for a table even though we had a reservation for 7pm. Food was great but the service ruined it. 2 stars.'", [('sentences_max', {'n': 3})]),
    ("I have to write a reflection for my PGCE. The prompt is 'Reflect on a lesson that did not go as planned.' It needs to be at least 400 words. The lesson was a Year 8 science class on density and the floating-egg experiment failed because I forgot the salt. Can you draft it?", [('words_min', {'n': 400})]),
    ("Context: I run a small bakery in Leeds, we've been open 3 years, we have 5 staff and we're launching a loyalty card. Task: write the text for the flyer. Constraints: no more than 80 words, include 'free coffee', end with 'See you soon!'", [('words_max', {'n': 80}), ('keyword_include', {'words': ['free coffee']}), ('end_phrase', {'phrase': 'See you soon!'})]),
    ("Here is my abstract:\n\nSleep plays a central role in memory consolidation. In this study we followed 120 adolescents aged 13 to 17 over six weeks, recording sleep duration with wrist actigraphy and testing recall of word lists each morning. Participants who slept fewer than seven hours recalled on average 18% fewer words. We discuss implications for school start times and for revision habits before examinations.\n\nPlease shorten it to 50 words at most for the conference booklet.", [('words_max', {'n': 50})]),
    ("Can you translate this email into Spanish? 'Hi team, the meeting on Thursday is cancelled. We will reschedule for next week. Thanks, Mark'", [('language', {'code': 'es'})]),
    ("I'm going to paste some meeting notes. Turn them into a JSON object with keys 'date', 'attendees' and 'decisions'.\n\nNotes: 14 March, attendees Li, Omar, Beth. Decided to hire a contractor and to postpone the audit.", [('json_output', {})]),
    ("Here's a sentence from my essay: 'The industrial revolution changed society in many ways, it made cities grow, it created new jobs, and it polluted rivers.' Rewrite it without any commas.", [('no_commas', {})]),
    ("My teacher's assignment: 'Write a persuasive letter to your local council about a problem in your area.' I want to write about the lack of bike lanes. Please make it 3 paragraphs and use the word 'safety' at least twice.", [('paragraphs_exact', {'n': 3}), ('keyword_frequency', {'word': 'safety', 'n': 2})]),
    ("This is the job ad: 'We are seeking a motivated warehouse supervisor with 5+ years of experience.' Write me a short cover letter for it. Must include the words 'forklift' and 'inventory'.", [('keyword_include', {'words': ['forklift', 'inventory']})]),
    ("Here are my notes from the lecture on the French Revolution. Turn them into a study guide with sections labelled Part 1, Part 2 and Part 3.\n\n- 1789 Estates-General\n- Storming of the Bastille\n- Reign of Terror 1793-94\n- Rise of Napoleon", [('sections', {'n': 3, 'marker': 'Part'})]),
    ("I got this text from my ex: 'can we talk?' Give me 2 possible replies, one friendly and one firm, separated by ******.", [('two_responses', {'separator': '******'})]),
    ("So my dad is turning 65 next month and we're throwing a surprise party at his favourite pub. He loves fishing, bad puns and Fleetwood Mac. Can you write the invitation email to the guests? Add a P.S. at the bottom reminding them not to tell him.", [('postscript', {'marker': 'P.S.'})]),
    ("Here's a recipe I scribbled down: 'Mix flour, sugar, eggs. Pour in tin. Bake 20 min at 180C.' Rewrite it as a numbered list of exactly 5 steps.", [('numbered_list', {'n': 5})]),
    ("Fix the grammar in this and give it back in lowercase only: 'THE MEETING ARE POSTPONED UNTIL FURTHER NOTICE.'", [('lowercase', {})]),
    ("We're choosing between two names for a budget phone brand, 'Glimmer' and 'Brightside'. Which is better? Answer with one of these: 'Glimmer', 'Brightside'.", [('constrained_choice', {'options': ['Glimmer', 'Brightside']})]),
    ("I run a tiny running club (14 members, we meet Tuesdays). Write a motivational message for our group chat before the city marathon. Use the word 'finish' at least 3 times and include 'marathon'.", [('keyword_frequency', {'word': 'finish', 'n': 3}), ('keyword_include', {'words': ['marathon']})]),
    # ---- (5) other languages, other forms
    ("Explain quantum computing in simple terms, in Japanese.", [('language', {'code': 'ja'})]),
    ("Answer my question in Korean: what are good foods to eat when you have a cold?", [('language', {'code': 'ko'})]),
    ("Write a product review of a made-up vacuum cleaner, at least 5 sentences, all lowercase.", [('sentences_min', {'n': 5}), ('lowercase', {})]),
    ("Tell me about the history of the bicycle in JSON format, with a key for each era.", [('json_output', {})]),
    ("What's the weather usually like in Lisbon in October? Keep your whole answer in capital letters.", [('uppercase', {})]),
    ("Give me a quick recipe for fluffy pancakes. End your response with 'Enjoy!'", [('end_phrase', {'phrase': 'Enjoy!'})]),
    ("Write an ad for my used road bike, no commas and under 40 words", [('no_commas', {}), ('words_max', {'n': 39})]),
    ("Explain the greenhouse effect and then add a P.S. with one thing I can do about it at home.", [('postscript', {'marker': 'P.S.'})]),
    ("Write a short announcement for the class group chat that the exam has moved to room 204. Use no capital letters.", [('lowercase', {})]),
    ("Describe your perfect weekend in no more than 3 sentences and mention 'pancakes'.", [('sentences_max', {'n': 3}), ('keyword_include', {'words': ['pancakes']})]),
    ("Write a cheerful good-morning text for my team chat, no more than 30 words, with at least 2 hashtags.", [('words_max', {'n': 30}), ('hashtags', {'n': 2})]),
    ("Write a product launch post with a title in double angle brackets, e.g. <<Launch Day>>, and highlight at least 3 sections in markdown.", [('title', {}), ('highlight', {'n': 3})]),
    ("Write a cover letter template with at least 4 placeholders in square brackets so I can reuse it.", [('placeholders', {'n': 4})]),
    ("Explain how a bill becomes law in the UK, in 3 parts headed Stage 1, Stage 2 and Stage 3.", [('sections', {'n': 3, 'marker': 'Stage'})]),
    ("Repeat this request word for word before you answer it: Describe three ways to reduce food waste at home.", [('repeat_request', {'request': ['Describe three ways to reduce food waste at home.']})]),
    ("Should I learn Python or JavaScript first? Choose one: 'Python', 'JavaScript', 'either is fine'. Nothing else.", [('constrained_choice', {'options': ['Python', 'JavaScript', 'either is fine']})]),
    ("Write a welcome message for new members of our book club in at least 3 sentences, and give me 2 versions separated by ******.", [('sentences_min', {'n': 3}), ('two_responses', {'separator': '******'})]),
    ("Explain how a mortgage works, in fewer than 150 words, with the word 'interest' appearing at least 3 times.", [('words_max', {'n': 149}), ('keyword_frequency', {'word': 'interest', 'n': 3})]),
    ("Tell me a story about a pirate parrot. Write the entire response in uppercase letters and in no more than 5 sentences.", [('uppercase', {}), ('sentences_max', {'n': 5})]),
    ("Can you write a thank you message to my team for hitting our Q4 target? Please make it at least 3 paragraphs, and the first paragraph has to start with the word 'Team'.", [('paragraphs_min', {'n': 3}), ('paragraph_first_word', {'n': 1, 'word': 'Team'})]),
    ("Write a product description for handmade soap. Wrap the whole description in double quotation marks and keep it under 80 words.", [('quotation', {}), ('words_max', {'n': 79})]),
    ("Write a limerick about a forgetful wizard, then add a P.P.S. line at the very end.", [('postscript', {'marker': 'P.P.S.'})]),
    ("Give me between 3 and 6 bullet points on why people should adopt older dogs.", [('bullets_min', {'n': 3}), ('bullets_max', {'n': 6})]),
    ("Write a quick product update for our customer newsletter. Fewer than 3 words in all caps please, the last one looked like a ransom note.", [('capital_words_max', {'n': 2})]),
    ("need a birthday msg for my sister turning 30, make it all lowercase she hates caps lol", [('lowercase', {})]),
    ("Write a resignation letter for me, formal, fewer than 200 words, and include placeholders like [Manager Name] and [Last Working Day].", [('words_max', {'n': 199}), ('placeholders', {'n': 2})]),
    ("Write a short guide to composting for my allotment group, and put the 2 most important tips in *italics* with asterisks.", [('highlight', {'n': 2})]),
    ("I am nurse from Philippines, I need explain to patient how to take antibiotic correctly. Make 5 points with bullet, simple english please.", [('bullet_list', {'n': 5})]),
    ("Give me a bash one-liner to count the lines in every .txt file in a folder, inside a code block.", [('code_block', {})]),
    ("copy my question back first before u answer it pls. my question is: how long does it take to boil an egg", [('repeat_request', {'request': ['how long does it take to boil an egg']})]),
    ("Before answering, repeat my question word for word. My question: What are the main differences between a limited company and a sole trader?", [('repeat_request', {'request': ['What are the main differences between a limited company and a sole trader?']})]),
    ("Copy the request below back to me unchanged, then answer it. Request: Explain why leaves change colour in autumn.", [('repeat_request', {'request': ['Explain why leaves change colour in autumn.']})]),
    ("Please write back my request exactly as it is before responding. My request: List three uses of vinegar in cleaning.", [('repeat_request', {'request': ['List three uses of vinegar in cleaning.']})]),
    ("Erkläre mir bitte, wie ein Kühlschrank funktioniert, in höchstens 100 Wörtern.", [('words_max', {'n': 100})]),
    ("Écris-moi un petit poème sur la pluie, en 3 strophes séparées par une ligne vide.", [('paragraphs_exact', {'n': 3})]),
    ("¿Me puedes dar 4 consejos para dormir mejor? En una lista con viñetas, exactamente 4 puntos.", [('bullet_list', {'n': 4})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("What does 'P.S.' actually stand for?", []),
    ("How many words is a typical novel? Like 80,000?", []),
    ("Is it 'fewer than 10 items' or 'less than 10 items' at the supermarket checkout?", []),
    ("Why do people type in all caps online? Is it always considered shouting?", []),
    ("What's the difference between a bulleted list and a numbered list in Google Docs, and how do I switch between them?", []),
    ("How do I convert a CSV file to JSON in Python?", []),
    ("My essay got marked down for being 50 words over the 1,500 word limit. Is that normal at uni?", []),
    ("Who wrote the poem 'Do not go gentle into that good night'?", []),
    ("Why did e.e. cummings write in lowercase?", []),
    ("What is the Oxford comma and why do people argue about it so much?", []),
    ("How do I type double angle brackets like << and >> on a Mac keyboard?", []),
    ("My teacher says our essays need 5 paragraphs. Where did the five-paragraph essay even come from?", []),
    ("Can you explain what a JSON schema is and when I'd need one?", []),
    ("In Markdown, how do I make text bold vs italic?", []),
    ("I scored 3 out of 10 on my chemistry quiz. How do I study better for the next one?", []),
    ("What does 'TL;DR' mean and when should I use it?", []),
    ("How many sentences should a paragraph have? My kid's teacher says at least 5.", []),
    ("Is it rude to end an email with 'Thanks in advance'?", []),
    ("What languages are spoken in Switzerland?", []),
    ("How do you say 'thank you' in Japanese?", []),
    ("My boss told me to never use more than 3 bullet points on a slide. Is that actually good advice?", []),
    ("Why do legal contracts write numbers twice, like 'ten (10) days'?", []),
    ("What is a placeholder in a web form field, and should I use one instead of a label?", []),
    ("Recommend 3 good books about the Roman Empire.", []),
    ("Does the 'repeat after me' method actually work for learning languages?", []),
    ("When was the first tweet sent and what did it say?", []),
    ("Explain what Section 230 is and why people keep talking about it.", []),
    ("Is adding a P.S. to a cover letter unprofessional?", []),
    ("Should a haiku always be 5-7-5 syllables in English?", []),
    ("What's the difference between 'yes', 'yeah' and 'yep' in casual English?", []),
    ("How long should a LinkedIn summary be? I've heard 2,000 characters max.", []),
    ("What's a two-sentence horror story and why are they so popular on reddit?", []),
    ("Why do people write ****** in texts instead of swear words?", []),
    ("Why does my phone keep autocorrecting 'its' to 'it's'?", []),
    ("What's the best way to learn French in 6 months if I only have 30 minutes a day?", []),
    ("Is it true that the word 'set' has over 400 meanings?", []),
    ("Write me a cover letter for a barista job at a local independent coffee shop.", []),
    ("Give me a recipe for banana bread that uses 3 overripe bananas.", []),
    ("Write a short poem about my cat Miso.", []),
    ("Summarize the main points of the Paris Agreement in a few sentences.", []),
    ("Why do some people sign off emails with 'Best,' and others with 'Cheers,'?", []),
    ("My teacher said never to start a speech with 'Today I will talk about'. What's a better way to open?", []),
    ("Write an acrostic poem for my daughter's name, LUNA.", []),
    ("What does the 'S' in 'HTTPS' stand for?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Write a job description for a part-time barista. Split it into sections labelled SECTION 1, SECTION 2 and SECTION 3.", [('sections', {'n': 3, 'marker': 'SECTION'})]),
    ("Provide a rental agreement template I can fill in; use square brackets for the blanks, e.g. [tenant name], and have at least 5 of them.", [('placeholders', {'n': 5})]),
]
