# ruff: noqa: E501  (test data: one probe per line, as written)
"""A fifty-sixth review (a helper session): someone else's rules, written blind to the reader's rules. Only the output
conventions were learned beforehand (the kinds and their arguments in `checkers.py`, and the docstrings and first
entries of `review_fortyeight.py` and `review_fiftyfour.py`); no request is taken from another test file or from a
public benchmark, and none imitates their wording. Everyday chat requests by students, parents, office workers,
non-native speakers and people typing on phones, where a teacher, professor, tutor, boss, manager, HR, client, editor,
publisher, style guide, job ad, application or web form, contest, app, marketplace, ticketing system, group admin,
landlord, letting agent, HOA, parent, doctor, coach or wedding planner has set rules.

- A: 121 labelled requests (174 labels, one to four each) asking for the very text the rules govern, so the rules are
  the answer's own: before or after the ask, quoted ("Their ad: 'Covering letters must begin "To the Recruitment Team"
  and not exceed 300 words.'", "Teacher: 'Write a limerick about a cat. Use the letter z at least 3 times.'") or
  reported ("my boss is want the report ... in 3 paragraphs", "HOA says notices ... must be under 75 words", "The dating
  app only lets me write 3 sentences"); the ask by pronoun ("Write it.", "do mine pls", "Give me one", "Give me mine"),
  by the same noun or by another word for it, or only implied by the topic after the rules ("Mine is a cardamom and
  orange babka."); with the user's own asks beside them ("I want to stay under 500 too", "Make sure his name Mateo is in
  it"); the user overriding a rule, and then only the user's is labelled ("Teacher says 5 paragraphs but she told me I
  can do 3", "no more than 4 paragraphs. I'd prefer 3", "limits the project summary to 200 words. I want it well below
  that, 150 or less", "negotiated it down, so no more than 500", "this week I can have 250, so use that", "asked for the
  tagline in all caps, but ... wants it all lowercase now", "allows up to 6" over the usual 3), or adopting it ("Keep to
  her limit", "Fine, stick with that"). By source: (1) teacher, tutor, professor (33), (2) boss, manager, company, HR
  (21), (3) client, editor, publisher, agency, style guide (19), (4) job ad, application, form (13), (5) contest (10),
  (6) app, platform, group admin (11), (7) landlord, letting agent, HOA, parent, doctor, coach, wedding planner, school,
  nursery (14). Rules with no kind sit beside them unlabelled ("in first person", "no spoilers", "no links", "plain
  English", "no hashtags or emoji", "please don't use bullet points", "third person").
- B: 53 controls where someone's rules are present but the answer need not obey them: a question or complaint about the
  rules (24); a text for another purpose or reader (13: a message to the teacher about the limit, to the admin about a
  deleted post, to the head of department against the limit, a text to the study group about the rules, a withdrawal, a
  vent, a tweet about entering); rules of a past job, of a friend, a sister, a roommate, or of a category the user is
  not entering (7); a translation, summary, explanation or parody of the rules (9). 40 expect nothing; 13 carry only the
  user's own ask ("Under 150 words.", "two sentences", "One sentence.", "with at least 2 hashtags", "Translate it into
  German", "Explain in English", "in 3 bullet points", "Just yes or no").

Argument conventions as in `review_fortyeight.py` and `review_fiftyfour.py` (binding): "under N" / "below N" is a max of
N-1; "no more than" / "N or fewer" / "at most" / "max" / "up to" / "can't be longer than" / "not exceed" / "only lets me
write N" / "N-word limit" a max of N; "at least" / "minimum" / "no fewer than" a min of N; "between A and B", "600-700"
both bounds; "exactly 50 words" both bounds at 50; "one sentence", "in 3 sentences", "exactly two sentences", "three
sentences" (bare) are exact; "a single paragraph" / "in one paragraph" paragraphs_exact 1; a numbered list of the
problems given (four of them) numbered_list 4; placeholders "for the person's name and start date" n=2; "at least 3 key
words in bold" highlight 3. Keywords lower-cased as typed ('fußball', 'jx-4471', 'section 13'), a name the user points
to as given ('mateo', 'atlas', 'tom'), several in one instruction one entry in typed order; start and end phrases,
separators and section markers as typed.

Read by the reader as it stood when written (first read, no fixes; commit 1fe8f58, its checkout clean, read from /tmp
with PYTHONPATH=/work/blind so that /work/blind/reward_models/instructions.py was imported, 2026-12-04 20:24 UTC): 174
probes (134 with labels: 121 of A and 13 of B; 40 expecting nothing), recall 124/187 = 0.663, precision 124/134 = 0.925
on the labelled probes (124/148 = 0.838 counting the 14 reads of controls), 27 of 40 controls clean (`cd /tmp &&
PYTHONPATH=/work/blind /work/main/.venv/bin/aligned-train eval-instructions --cases
/work/main/tests/reward_models/review_fiftysix.py`, which reads PROBES and UNREAD, gives 0.663 / 0.925, exact arguments
1.000, 27 of 40). 58 labelled probes are misread (63 misses, 10 extras; 52 of A, 6 of B) and 13 controls read: those 71
are in UNREAD with their expected labels, so A (69) and B (34) hold only probes read exactly. No label was changed after
the read. The misses, by pattern:
- the rules reported or quoted as someone else's and nothing read (35 probes of A in all, the main failure: 30 here, 5
  more under overrides and languages below), whatever the ask ("Write it.", "Give me mine", "answer it for me", or only
  a topic after the rules): "My son's science worksheet says: 'Explain photosynthesis in 3 sentences.'", "the teacher
  wants a short story using 'reluctant' at least three times", "Use the letter z at least 3 times", "Mrs Kim's rule ...
  'no spoilers and no fewer than 4 paragraphs'", "My manager wants every status update as exactly 3 bullet points",
  "manager wants the incident summary in JSON", "marked SECTION 1, SECTION 2 and so on" (three products), "separated by
  a line of ***", "must be wrapped in a markdown code block", "no more than 2 words in all caps", "'too long, keep it
  below 120 words'", "a bullet list, exactly 5 of them", "as 7 numbered tips", "each answer no longer than 2 sentences",
  the ad's "must begin "To the Recruitment Team" and not exceed 300 words", "(up to 150 words)", "three strengths as
  bullet points", "'minimum 400 words' and I want to stay under 500 too", "include the reference number JX-4471", the
  library competition's four rules, "'Describe your signature bake in exactly two sentences.'", "must not contain any
  digits at all", "only accepts JSON", "needs at least 2 hashtags", "answers as just 'True' or 'False'", "as a numbered
  list of the problems" (four given), "max 5 bullet points", "'one sentence only'", "under 40 words and start with
  'Carpool:'", the non-native "in 3 paragraphs and he say not to use word 'problem'".
- an override or a negotiated limit (7): the user's own number lost or the overridden rule kept: "Teacher says 5
  paragraphs but ... give me 3" (nothing read), "negotiated it down, so no more than 500" (nothing), "150 words at most,
  but ... I can have 250, so use that" (nothing), "no more than 4 paragraphs. I'd prefer 3" (paragraphs_max 4 for
  paragraphs_exact 3), "limits ... to 200 words. I want it ... 150 or less" (words_max 200 for 150), "allows up to 6"
  (nothing); the old "all caps" kept beside the new "all lowercase" (uppercase extra).
- one rule of several missed (9): a start phrase inside a quoted brief ('This week I learned', 'Dear Future Me'); "'at
  least 1000 words'. Fine, stick with that"; a name pointed to ("Make sure his name Mateo is in it", "mention the team's
  name, Atlas", "her husband Tom's name is in it"); "the second paragraph must start with 'However'"; "under 120 words,
  with at least 2 action items in bold" (only the end phrase read); "with ====== between them".
- a language (6): "to be in German", "I'd like mine in French", "wants the sample translation in Italian", and the
  user's own "Translate ... into Spanish", "Translate it into German", "Explain in English" (controls with a label).
- wrong reading (3): "placeholders ... for the person's name and start date" as 1; "it can't use the word 'car'" as a
  keyword to include; "only lets me write 3 sentences" as sentences_exact 3.
- extras on labelled controls (3): the contest's "must end with the line 'The End.'" kept for a tweet; "entries under
  500 words" inside rules to summarise (words_max 499); the ad's "max 300 words, start with 'Dear Hiring Team'" read for
  a yes/no verdict, and "Just yes or no" not read.
- controls read (13 of 40): questions or complaints about the rules ("status updates are 3 bullet points max" ->
  bullets_max 3; "write the reason for absence in one sentence" -> sentences_exact 1; "only allows 3 sentences" ->
  sentences_max 3; "at least 3 sentences long" -> sentences_min 3); the rule carried into a message to someone else (to
  Mr Grant about "the 800-word minimum" -> words_min 800; to the admin, "posts must be under 50 words" -> words_max 49;
  to the head of department, "under 60 words" -> words_max 59; a text about "never the word 'I'" -> avoid 'i'); rules of
  a past job, a friend, a roommate or another category ("At my last job ... under 100 words and end with 'Best, The Ops
  Team'" -> words_max 99 and the end phrase; "My old boss ... every memo in 3 sentences" -> sentences_exact 3; the
  adults' category "must include the word 'river'" -> 'river'; "My friend is entering the haiku contest (rules: all
  lowercase ...)" -> lowercase; "My roommate's company makes them end every email with 'Onwards!'" -> end phrase).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) a teacher's, tutor's or professor's rules
    ("Ms Okafor said our paragraph on the water cycle can't go over 150 words and we have to use the word 'evaporation'. Can you write mine?", [('words_max', {'n': 150}), ('keyword_include', {'words': ['evaporation']})]),
    ("we have to write a diary entry as a roman soldier for homework. teacher said minimum 120 words and it has to be in first person. do mine pls", [('words_min', {'n': 120})]),
    ("Write a short persuasive speech on banning single-use plastics. Mr Hale's rules: exactly 4 paragraphs, and the last one has to start with 'Finally'.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 4, 'word': 'Finally'})]),
    ("My professor requires the discussion post to be between 250 and 300 words and to end with a question for classmates. This week's topic is whether remote work hurts junior employees. Can you draft it?", [('words_min', {'n': 250}), ('words_max', {'n': 300}), ('end_with_question', {})]),
    ("Our Spanish teacher wants a postcard from a made-up holiday, written all in Spanish, no more than 80 words. Write one from Barcelona please", [('language', {'code': 'es'}), ('words_max', {'n': 80})]),
    ("Mrs Patel's poster rules: a title at the top in double angle brackets like <<this>>, and at least 3 bullet points. Make me the text for a poster about recycling at school.", [('title', {}), ('bullets_min', {'n': 3})]),
    ("The lab report template says the conclusion mustn't include the word 'prove'. Write my conclusion for the pendulum experiment (longer string = longer period).", [('keyword_avoid', {'words': ['prove']})]),
    ("my english teacher makes us write book reviews in all lowercase letters for some reason (she says its about voice). write one for holes by louis sachar, under 100 words", [('lowercase', {}), ('words_max', {'n': 99})]),
    ("History homework: 'Describe the causes of WW1 in no more than 6 sentences. Use the word alliance.' Do it for me and keep it simple.", [('sentences_max', {'n': 6}), ('keyword_include', {'words': ['alliance']})]),
    ("Professor Lindqvist wants abstracts as a single paragraph, 150 words at most. Write an abstract for my paper on microplastics in Baltic herring.", [('paragraphs_exact', {'n': 1}), ('words_max', {'n': 150})]),
    ("Write a thank-you note from our class to the lunch lady who's retiring. The teacher said it must be all lowercase with no commas, it's for the art display.", [('lowercase', {}), ('no_commas', {})]),
    ("My supervisor insists the acknowledgements be 2 paragraphs max. Write mine: thank my supervisor Dr Rao, my lab mates, and my mum.", [('paragraphs_max', {'n': 2})]),
    ("Mr Byrne wants us to put at least 3 key words in bold in our character descriptions. Write mine on Scrooge.", [('highlight', {'n': 3})]),
    ("teacher give us rule: the text about my family must have minimum 8 sentences and every sentence short. please write, I have 2 brothers and 1 sister, my father is driver", [('sentences_min', {'n': 8})]),
    ("my teacher say the summary must be maximum 100 words. do it about Of Mice and Men please, I am from Colombia and my english is not so good", [('words_max', {'n': 100})]),
    ("Teacher set a 400-word limit. Keep to her limit and write my story opening, set on a night train.", [('words_max', {'n': 400})]),
    ("yo the professor wants 2 replies to classmates posts, separated by ----- so she can grade them. classmate A said remote learning is worse, classmate B said its better. write both", [('two_responses', {'separator': '-----'})]),
    ("School newspaper adviser: all articles need a headline in double angle brackets, and 250 words or fewer. Do an article on the new vending machines.", [('title', {}), ('words_max', {'n': 250})]),
    ("Our principal wants the assembly announcement to take under a minute, so no more than 120 words, and it has to mention 'Friday'. Write it about the charity bake sale.", [('words_max', {'n': 120}), ('keyword_include', {'words': ['friday']})]),
    ("Our teacher collects the exit tickets with a little script so she wants them in JSON. Mine is about what I learned on fractions today: adding with different denominators.", [('json_output', {})]),
    ("For French class the task is a text message to a friend inviting them to the cinema, in French, and it has to end with a question. Write it please.", [('language', {'code': 'fr'}), ('end_with_question', {})]),
    # ---- (2) a boss's, manager's, company's rules
    ("Boss says all client emails have to start with 'Good morning' and end with 'Kind regards, Team Alder'. Write one to the Hendersons saying their order ships Thursday.", [('start_phrase', {'phrase': 'Good morning'}), ('end_phrase', {'phrase': 'Kind regards, Team Alder'})]),
    ("Write my out-of-office message. Company policy: it has to mention the word 'urgent' and include a placeholder in square brackets for the return date.", [('keyword_include', {'words': ['urgent']}), ('placeholders', {'n': 1})]),
    ("HR wants our team bio under 60 words and with no digits (their designer will add the numbers). Write it: 4 people, data team, together 3 years.", [('words_max', {'n': 59}), ('no_digits', {})]),
    ("Write my weekly report for my supervisor. She wants it under 100 words and ending with 'Questions welcome.'", [('words_max', {'n': 99}), ('end_phrase', {'phrase': 'Questions welcome.'})]),
    ("Our social media policy says no post may contain the words 'guarantee' or 'best'. Write a LinkedIn post about the launch of our new accounting software.", [('keyword_avoid', {'words': ['guarantee', 'best']})]),
    ("Write me a limerick for the office Christmas card. Our office manager says the printer template needs it in all capital letters, and no commas.", [('uppercase', {}), ('no_commas', {})]),
    ("Write the handover note for the night shift. Ward manager's rule: at least 4 bullet points and the word 'allergies' must appear.", [('bullets_min', {'n': 4}), ('keyword_include', {'words': ['allergies']})]),
    ("The brief says at least 4 bullet points but my manager told me to ignore that and write prose. Write the project summary: we moved the CRM to the cloud, 3 weeks late, 10% under budget. In 2 paragraphs.", [('paragraphs_exact', {'n': 2})]),
    ("Our CEO wants the all-staff message about the merger to begin with 'Dear colleagues' and to be between 150 and 200 words. Draft it.", [('start_phrase', {'phrase': 'Dear colleagues'}), ('words_min', {'n': 150}), ('words_max', {'n': 200})]),
    ("My line manager likes every proposal to have a P.S. with the cost. Write a short proposal for buying a second coffee machine for the 3rd floor, it costs £480.", [('postscript', {'marker': 'P.S.'})]),
    # ---- (3) a client's, editor's, publisher's or style guide's rules
    ("Client brief for the bakery's Instagram caption: mention 'sourdough', add at least 3 hashtags, keep it under 40 words. Write it.", [('keyword_include', {'words': ['sourdough']}), ('hashtags', {'n': 3}), ('words_max', {'n': 39})]),
    ("The client asked for the product description to avoid the words 'cheap' and 'budget'. They sell secondhand bikes. Write a description for a 2019 Trek hybrid.", [('keyword_avoid', {'words': ['cheap', 'budget']})]),
    ("my client (a dentist) wants the homepage welcome text in two paragraphs and the word 'gentle' has to be in it. can u write", [('paragraphs_exact', {'n': 2}), ('keyword_include', {'words': ['gentle']})]),
    ("Client wants a tagline for their coffee cart. Their rules: all caps, 8 words max. Give me one.", [('uppercase', {}), ('words_max', {'n': 8})]),
    ("My editor said the column has to come in at 600-700 words this week. Write it on why public libraries still matter.", [('words_min', {'n': 600}), ('words_max', {'n': 700})]),
    ("House style at our magazine: never use the word 'very'. Write a 3-paragraph review of the new Thai place on Mill Road.", [('keyword_avoid', {'words': ['very']}), ('paragraphs_exact', {'n': 3})]),
    ("Our newsletter editor wants a P.S. at the bottom of every piece pointing to the next event. Write a piece about the community garden's harvest day; next event is the seed swap on 3 May.", [('postscript', {'marker': 'P.S.'})]),
    ("The journal's rules say the lay summary must not use the words 'significant' or 'novel'. Write a lay summary of our study: a daily 20-minute walk lowered blood pressure in 300 older adults over 6 months.", [('keyword_avoid', {'words': ['significant', 'novel']})]),
    ("Publisher wants the back-cover blurb in 3 paragraphs, ending with the line 'Some secrets never stay buried.' Write it for my thriller about a lighthouse keeper.", [('paragraphs_exact', {'n': 3}), ('end_phrase', {'phrase': 'Some secrets never stay buried.'})]),
    ("My editor wants at least 5 words in ALL CAPS in the promo (it's a monster truck show, go figure). Write it.", [('capital_words', {'n': 5})]),
    ("Our book club organiser asks everyone to send their review wrapped in double quotation marks so she can paste it onto the flyer. Write mine for Klara and the Sun, I liked it.", [('quotation', {})]),
    # ---- (4) a job ad, an application or a form
    ("Application form box: 'Describe a time you resolved a conflict. Use no more than 5 sentences.' Write my answer, I mediated between two colleagues over the holiday rota.", [('sentences_max', {'n': 5})]),
    ("Can you write my personal statement? The university says 4,000 characters, which is about 600 words, so keep it under 600 words please. I want to study nursing.", [('words_max', {'n': 599})]),
    ("Ugh, the form wants my 'motivation' in no fewer than 200 words. Write it, I'm applying to volunteer at the animal shelter.", [('words_min', {'n': 200})]),
    ("The refund request on the airline's site only lets you write 4 sentences. Write mine: flight cancelled, rebooked two days later, I want the hotel costs back.", [('sentences_max', {'n': 4})]),
    ("The clinic's online form says to describe the reason for your visit in under 50 words. Write mine: knee pain after running, two weeks now.", [('words_max', {'n': 49})]),
    ("The recruiter said the summary at the top of my CV should be three sentences and include the word 'bilingual'. Write it, I'm a customer service rep who speaks English and Polish.", [('sentences_exact', {'n': 3}), ('keyword_include', {'words': ['bilingual']})]),
    # ---- (5) a contest's rules
    ("Flash fiction contest rules: under 300 words, must include the word 'lantern'. Write my entry, something spooky.", [('words_max', {'n': 299}), ('keyword_include', {'words': ['lantern']})]),
    ("The poetry comp says entries must be titled, with the title wrapped in double angular brackets like <<Title>>. Write my entry about the sea at night.", [('title', {})]),
    ("For the school's 50-word story competition (it has to be exactly 50 words), write one about a lost dog.", [('words_min', {'n': 50}), ('words_max', {'n': 50})]),
    ("Radio competition: tell them in one sentence why you deserve the concert tickets. Write mine, I'm a nurse who's worked every weekend this year.", [('sentences_exact', {'n': 1})]),
    ("The competition says entries should be in English, but there's a bilingual prize you can enter in Spanish, which I want to go for. Write my poem about rain in Spanish.", [('language', {'code': 'es'})]),
    ("Caption competition rules: no more than 15 words, and no hashtags or emoji. Photo is a goat standing on a car roof. Give me my caption.", [('words_max', {'n': 15})]),
    # ---- (6) an app's or platform's limits, a group admin's rules
    ("Our school's parent app only lets you send notes of 60 words max. Write one to the class teacher saying Amira will be picked up early on Friday for a dentist appointment.", [('words_max', {'n': 60})]),
    ("Our WhatsApp group admin made a rule: messages in the group have to be under 30 words, no links. Write a message inviting everyone to my birthday drinks Friday at The Crown.", [('words_max', {'n': 29})]),
    ("Discord server rules say announcements must end with a question to get people talking. Write an announcement for our Saturday game night.", [('end_with_question', {})]),
    ("Write the welcome post for new members. The admin's rules for pinned posts: begin with 'Welcome to Plant Swap Bristol!' and give the group rules as exactly 4 bullet points.", [('start_phrase', {'phrase': 'Welcome to Plant Swap Bristol!'}), ('bullet_list', {'n': 4})]),
    ("The forum mods want bug reports with three headers, 'Part 1', 'Part 2', 'Part 3' (steps, expected, actual). My bug: the export button crashes the app when the file name has an emoji.", [('sections', {'n': 3, 'marker': 'Part'})]),
    ("The review site says reviews must be at least 50 words to be published. Write a nice one for Rosa's tailoring, she fixed my wedding dress in two days.", [('words_min', {'n': 50})]),
    # ---- (7) a landlord's, HOA's, parent's, doctor's or coach's rules
    ("HOA says notices on the community board must be under 75 words. Write one for my garage sale on Saturday, 8 to 12.", [('words_max', {'n': 74})]),
    ("The letting agent says any request to keep a pet must be in one paragraph and mention the word 'deposit'. Write my request to keep a cat.", [('paragraphs_exact', {'n': 1}), ('keyword_include', {'words': ['deposit']})]),
    ("Landlord's letter says any objection to the rent rise has to include the words 'Section 13'. Write my objection, rent going from £950 to £1,150 a month.", [('keyword_include', {'words': ['section 13']})]),
    ("The HOA board wants proposals as two alternatives divided by a row of six asterisks (******). Write mine for repainting the fences: one in grey, one in sage green.", [('two_responses', {'separator': '******'})]),
    ("my mum says my thank you letter to grandma has to be at least 3 paragraphs or no xbox lol. write it, grandma sent me £20 and a jumper", [('paragraphs_min', {'n': 3})]),
    ("My parents say I have to write an apology to the neighbours for the football through their window, and it has to have the word 'sorry' in it at least twice. Write it.", [('keyword_frequency', {'word': 'sorry', 'n': 2})]),
    ("Coach wants each of us to write a short pre-season goals note with at least 3 sentences. Write mine, I'm a goalkeeper and want to improve my distribution and communication.", [('sentences_min', {'n': 3})]),
    ("Swim coach says the end-of-season thank-you speech to the parents can't be longer than 200 words. Write it for me, I'm the team captain.", [('words_max', {'n': 200})]),
    ("The nursery wants the emergency contact note written in capitals so the staff can read it easily. Write it: call her grandmother Ines on 07700 900123 if I can't be reached.", [('uppercase', {})]),
    ("Our brand guidelines say no more than 2 words in all caps in any ad copy. Write a short radio ad for FreshFold laundry service.", [('capital_words_max', {'n': 2})]),
    ("My manager wants every status update as exactly 3 bullet points: done, doing, blocked. Write this week's: I finished the pricing page, I'm doing the checkout tests, and I'm blocked on design sign-off.", [('bullet_list', {'n': 3})]),
    ("Boss wants two versions of the announcement about the parking changes, one formal and one casual, separated by a line of ***. Please do.", [('two_responses', {'separator': '***'})]),
    ("Our football coach told the parents the carpool message has to be under 40 words and start with 'Carpool:'. Write this week's, I'm driving Saturday from the leisure centre at 8.", [('words_max', {'n': 39}), ('start_phrase', {'phrase': 'Carpool:'})]),
    ("My professor's rubric says 'at least 1000 words'. Fine, stick with that. Write my essay on the causes of the 2008 financial crisis and use the term 'subprime' somewhere.", [('words_min', {'n': 1000}), ('keyword_include', {'words': ['subprime']})]),
    ("Mrs Kim's rule for book reports is 'no spoilers and no fewer than 4 paragraphs'. Write one on Wonder by R.J. Palacio.", [('paragraphs_min', {'n': 4})]),
    ("The contest rules say every story must end with the line 'The End.' Write a tweet announcing I've entered, with at least 2 hashtags.", [('hashtags', {'n': 2})]),
    ("Slogan contest for the town's bike week. The rules say lowercase only and it can't use the word 'car'. Give me one", [('lowercase', {}), ('keyword_avoid', {'words': ['car']})]),
    ("The dating app only lets me write 3 sentences in the bio. Write mine: 34, teacher, love hiking and bad puns.", [('sentences_max', {'n': 3})]),
    ("Summarise the contest rules for me in 3 bullet points: entries under 500 words, one per person, must be unpublished, deadline 1 June, winners announced in July.", [('bullet_list', {'n': 3})]),
    ("the job application has a question 'Why do you want to work with children? (up to 150 words)'. answer it for me, i've been a swim coach 2 years", [('words_max', {'n': 150})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- a question about the rules, a complaint
    ("My teacher says our essay has to be at least 1500 words. Is that a lot for Year 9?", []),
    ("The job ad says cover letters must be under 300 words. Why do companies set such short limits?", []),
    ("My boss wants every email to start with 'Hi team' and gets annoyed when we forget. Would it be petty to raise it with HR?", []),
    ("My landlord says notice has to be in writing and at least 30 days. What happens if I only give 3 weeks?", []),
    ("The app says 'bio must be under 150 characters'. Does that count spaces?", []),
    ("What does 'do not exceed two pages, single-spaced' mean on this grant form? Roughly how many words is that?", []),
    ("Job ad: 'Please start your cover letter with Dear Ms Alvarez and keep it to one page.' Is it weird to use her name when I've never met her?", []),
    ("My coach says our training diaries must use the word 'effort' in every entry. Is that a real coaching technique or just his thing?", []),
    ("My doctor told me to write my symptoms down as a daily list. What kind of things should go on it?", []),
    ("Can you explain the difference between 'at least 3 paragraphs' and 'exactly 3 paragraphs'? My teacher wrote the first one and I'm not sure if 4 is ok.", []),
    ("Our dance teacher said the bios for the end-of-year show must be 30 words or less. That's too short to say anything, right?", []),
    ("The publisher's guidelines say manuscripts must be double-spaced and under 90,000 words. Mine is 94,000. Will they reject it automatically?", []),
    ("Why would a manager want weekly reports in JSON instead of a normal document?", []),
    ("The Instagram giveaway says 'tag 3 friends and use #SummerSplash to enter'. Are brands even allowed to require tagging?", []),
    ("My sister's HOA says mailbox posts must be painted white. Is that enforceable in Texas?", []),
    ("Manager's email: 'Going forward, all expense claims need a one-line justification.' Does one line mean one sentence, or literally one line?", []),
    ("The Rotary speech contest rules: 5 to 7 minutes, and you must mention the Four-Way Test. What is the Four-Way Test?", []),
    ("I'm the HOA secretary. The bylaws say minutes must be approved within 30 days. What happens if we're late?", []),
    ("Our editor banned the word 'literally' from the site. Is that overkill, or do readers really hate it?", []),
    ("The exam board says answers to question 6 must be no more than 200 words. Does the examiner stop reading after 200?", []),
    # ---- a text for another purpose or reader
    ("Professor's syllabus: 'Late essays lose 5% per day. Word limits are strict (±10%).' Write an email to her asking for a 2-day extension, my grandmother is in hospital.", []),
    ("The client keeps saying 'make it pop' and 'under 50 words' about the slogan. Write a short vent I can send my designer friend about this client lol", []),
    ("Reply to my landlord's email for me. He wrote: 'All maintenance requests must be submitted in writing as a numbered list, with photos.' I just want to say thanks and that I'll send the list tomorrow.", []),
    ("The HOA says holiday decorations must come down by January 5. Write a short complaint to the board saying that's unfair to families who celebrate Orthodox Christmas. Under 150 words.", [('words_max', {'n': 149})]),
    ("The application says 'Describe your leadership experience (max 200 words)'. I've decided not to apply. Write me an email to the recruiter withdrawing, two sentences.", [('sentences_exact', {'n': 2})]),
    ("The competition rules said 'maximum 250 words' and I went 20 over. Write an email to the organisers asking if they'll still accept it. No more than 80 words.", [('words_max', {'n': 80})]),
    ("My kid's coach emailed: 'Parents: keep sideline comments positive. No coaching from the sidelines.' Write a funny text I can send my husband about it, he's the worst offender. One sentence.", [('sentences_exact', {'n': 1})]),
    ("Our last job ad said 'must have 2 years experience, fluent English, no gaps in CV'. Write a new, friendlier ad for a weekend barista, in under 120 words.", [('words_max', {'n': 119})]),
    # ---- rules of a past job, of a friend, of a category not entered
    ("My friend's professor makes them write everything in lowercase, weird right? Anyway, write me a short poem about autumn leaves.", []),
    ("My sister's teacher wants their stories in exactly 5 paragraphs. Mine doesn't care. Write my story about a haunted lighthouse, under 400 words.", [('words_max', {'n': 399})]),
    # ---- a summary, translation or explanation of the rules, a parody
    ("Write a funny parody of our office kitchen rules. The real sign says 'Max 5 minutes at the microwave. Label your food. No fish, ever.'", []),
    ("Explain my professor's rubric to me like I'm 12: 'Thesis (20%): clear, arguable, in the first paragraph. Evidence (40%): at least 3 sources. Length: under 2000 words.'", []),
    ("Write a funny poem making fun of my mum's sleepover rules: lights out at 10, no phones after 9, and everyone must say 'thank you' to the pizza guy.", []),
    ("In under 40 words, tell me what my boss's rules mean in practice: 'All client emails: max 5 sentences, start with Dear, end with Best regards.'", [('words_max', {'n': 39})]),
    ("Write a polite message to Mr Grant asking if the 800-word minimum for the project includes the bibliography.", []),
    ("Write a message to the group chat admin asking why my post was deleted. The rules say posts must be under 50 words and mine was 48.", []),
    ("I'm a teacher. My head of department says report comments must be under 60 words and mention one strength. Write a message to her arguing that 60 words is too tight for our SEN pupils.", []),
    ("At my last job every email had to be under 100 words and end with 'Best, The Ops Team'. Now I'm at a startup. Write an email to my new colleagues introducing myself.", []),
    ("My old boss at the bank made us write every memo in 3 sentences and not one more. The new boss doesn't care. Write a memo about the new printer on the 2nd floor.", []),
    ("My roommate's company makes them end every email with 'Onwards!' which we find hilarious. Write me an email to my landlord about the broken heating.", []),
    ("Our manager's rule is that status updates are 3 bullet points max. Honestly it drives me mad. How do I bring it up in my 1:1 without sounding difficult?", []),
    ("The form only allows 3 sentences for 'reason for refund'. Is it better to be blunt or polite in that box?", []),
    ("My mother-in-law insists thank-you cards are handwritten and at least 3 sentences long. Is it really rude to send a text instead?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- from A
    ("My son's science worksheet says: 'Explain photosynthesis in 3 sentences.' Can you write an answer he'd understand? He's 9.", [('sentences_exact', {'n': 3})]),
    ("Teacher says 5 paragraphs but she told me I can do 3 since I joined the class late, so give me 3. Essay topic: should homework be banned.", [('paragraphs_exact', {'n': 3})]),
    ("Vocab homework: the teacher wants a short story using 'reluctant' at least three times. My daughter is stuck, write an example she can learn from.", [('keyword_frequency', {'word': 'reluctant', 'n': 3})]),
    ("Our tutor's rule for weekly reflections: start with 'This week I learned' and write at least 5 sentences. Topic: my first time leading a seminar.", [('start_phrase', {'phrase': 'This week I learned'}), ('sentences_min', {'n': 5})]),
    ("Here's what the teacher wrote on the board: 'Letter to your future self. At least 150 words. Start with Dear Future Me.' Do mine, I'm 13 and want to be a vet.", [('words_min', {'n': 150}), ('start_phrase', {'phrase': 'Dear Future Me'})]),
    ("Teacher: 'Write a limerick about a cat. Use the letter z at least 3 times.' My son is struggling, write one so he can see how it's done.", [('letter_frequency', {'letter': 'z', 'n': 3})]),
    ("My teacher says no more than 3 sentences for each answer, but this is the extension question where she allows up to 6. Answer it: why did the Roman Empire split in two?", [('sentences_max', {'n': 6})]),
    ("The German teacher wants our email to our pen pal to be in German and to include the word 'Fußball'. Write mine, I'm Sam, 12, from Leeds.", [('language', {'code': 'de'}), ('keyword_include', {'words': ['fußball']})]),
    ("Kindergarten asked parents for a short 'all about me' for each child, no more than 5 sentences. Do one for my son Mateo, he's 4 and loves dinosaurs. Make sure his name Mateo is in it.", [('sentences_max', {'n': 5}), ('keyword_include', {'words': ['mateo']})]),
    ("The rubric for the argumentative essay says the second paragraph must start with 'However'. Write a 3-paragraph essay on school uniforms for me.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'However'})]),
    ("manager wants the incident summary in JSON so it can go straight into the tracker. summarise: server down 2h monday, cause expired cert, fixed by renewing", [('json_output', {})]),
    ("My team lead said the release notes should have a section for each product, marked SECTION 1, SECTION 2 and so on. We've got three products this release: the app, the website and the API. Write them.", [('sections', {'n': 3, 'marker': 'SECTION'})]),
    ("The hiring manager told me to send a thank-you email that's short, no more than 4 sentences, and to mention the team's name, Atlas. Write it.", [('sentences_max', {'n': 4}), ('keyword_include', {'words': ['atlas']})]),
    ("Please help, my boss is want the report of visit to client in 3 paragraphs and he say not to use word 'problem'. Client is Hoffmann GmbH, visit was good but delivery was late.", [('paragraphs_exact', {'n': 3}), ('keyword_avoid', {'words': ['problem']})]),
    ("ok so my boss (very particular) wants the meeting recap under 120 words, with at least 2 action items in bold, ending with 'Thanks all.' write it from these notes: budget approved, launch moved to 12 Oct, Priya to book venue, Tom to draft invite", [('words_max', {'n': 119}), ('highlight', {'n': 2}), ('end_phrase', {'phrase': 'Thanks all.'})]),
    ("The HR template for reference letters needs placeholders in square brackets for the person's name and start date, so we can reuse it. Write one for a cleaner who worked with us 4 years.", [('placeholders', {'n': 2})]),
    ("Team lead says config examples in the wiki must be wrapped in a markdown code block. Give me an example nginx config that redirects http to https.", [('code_block', {})]),
    ("The brief asked for the tagline in all caps, but the client changed her mind yesterday and wants it all lowercase now. Write the tagline for her candle shop.", [('lowercase', {})]),
    ("The client's feedback on my last draft was 'too long, keep it below 120 words'. Rewrite the About Us text for their yoga studio from scratch: small studio in Leeds, founded 2015, beginners welcome.", [('words_max', {'n': 119})]),
    ("The editor wants the headline options as a bullet list, exactly 5 of them. Story: local teen wins national chess title.", [('bullet_list', {'n': 5})]),
    ("Editor asked for 800 words but I've negotiated it down, so no more than 500. Write the piece on the town's new skatepark.", [('words_max', {'n': 500})]),
    ("The club newsletter says match reports are 150 words at most, but the editor told me this week I can have 250, so use that. Write up our 3-1 win over Riverside.", [('words_max', {'n': 250})]),
    ("The editor wants the listicle as 7 numbered tips. Write '7 ways to save money on groceries'.", [('numbered_list', {'n': 7})]),
    ("The agency's brief for the product page: two versions of the copy, one playful and one serious, with ====== between them, and neither may use the word 'revolutionary'. It's for a cordless kettle.", [('two_responses', {'separator': '======'}), ('keyword_avoid', {'words': ['revolutionary']})]),
    ("The translator agency wants the sample translation in Italian. Translate our welcome sign: 'Welcome to Lakeside Campsite. Please check in at reception.'", [('language', {'code': 'it'})]),
    ("Client says the FAQ answers must be in plain English and each answer no longer than 2 sentences, which is fine for this one. Write the answer to 'Can I bring my dog?' (yes, on a lead).", [('sentences_max', {'n': 2})]),
    ("Cover letter for the warehouse supervisor role at Brannigan Logistics please. Their ad: 'Covering letters must begin \"To the Recruitment Team\" and not exceed 300 words.'", [('start_phrase', {'phrase': 'To the Recruitment Team'}), ('words_max', {'n': 300})]),
    ("Internship application asks for three strengths as bullet points, nothing else. Give me mine: I'm organised, good with Excel, and calm under pressure.", [('bullet_list', {'n': 3})]),
    ("The scholarship essay prompt says 'minimum 400 words' and I want to stay under 500 too. Write about a challenge I overcame: moving from Syria to Germany at 14 and learning German.", [('words_min', {'n': 400}), ('words_max', {'n': 499})]),
    ("job posting says include the reference number JX-4471 in your cover letter or it wont be read. write a short cover letter for the barista job", [('keyword_include', {'words': ['jx-4471']})]),
    ("Job ad wants cover letters in no more than 4 paragraphs. I'd prefer 3. Write mine for the junior data analyst role.", [('paragraphs_exact', {'n': 3})]),
    ("The grant form limits the project summary to 200 words. I want it well below that, 150 or less. Write it: an after-school coding club for 30 kids in Bradford.", [('words_max', {'n': 150})]),
    ("The essay contest takes entries in English or French; I'd like mine in French. Topic: what does freedom mean to you. 300 words max.", [('language', {'code': 'fr'}), ('words_max', {'n': 300})]),
    ("The library's short story competition: 'Entries must be between 500 and 1,000 words, must not contain the word magic, and must begin with the sentence It was raining again.' Write my entry about a girl who finds a door in the library.", [('words_min', {'n': 500}), ('words_max', {'n': 1000}), ('keyword_avoid', {'words': ['magic']}), ('start_phrase', {'phrase': 'It was raining again.'})]),
    ("The baking show application has a question: 'Describe your signature bake in exactly two sentences.' Mine is a cardamom and orange babka.", [('sentences_exact', {'n': 2})]),
    ("Marketplace rules: listings must not contain any digits at all, to stop people posting phone numbers. Write a listing for my used pram, great condition, collection only.", [('no_digits', {})]),
    ("The ticketing system only accepts JSON in the description field. Write up the bug: the login button does nothing on Safari 17.", [('json_output', {})]),
    ("Quiz night host wants our answers as just 'True' or 'False'. Is a tomato a fruit?", [('constrained_choice', {'options': ['True', 'False']})]),
    ("My landlord wants repair requests as a numbered list of the problems. Write mine: dripping tap, broken extractor fan, mould in the bathroom, front door lock sticks.", [('numbered_list', {'n': 4})]),
    ("My doctor asked me to send a summary of my symptoms before the appointment, max 5 bullet points. Here's what's going on: headaches most mornings, blurry vision when tired, stiff neck, poor sleep, started 3 weeks ago.", [('bullets_max', {'n': 5})]),
    ("The wedding planner's rule: speeches no more than 350 words. Write my maid of honour speech for my sister Leah and make sure her husband Tom's name is in it.", [('words_max', {'n': 350}), ('keyword_include', {'words': ['tom']})]),
    ("My kid's school asks that the reason box on the permission slip be 'one sentence only'. Write the reason she's missing the trip: she has a hospital appointment.", [('sentences_exact', {'n': 1})]),
    # ---- from B (controls)
    ("The school wants parents to write the reason for absence in one sentence. What does 'reason for absence' mean exactly? English is not my first language.", []),
    ("The poetry contest has two categories: adults (must include the word 'river') and under-16s (any topic, max 20 lines). I'm 14. Write my entry about my grandad's allotment.", []),
    ("My friend is entering the haiku contest (rules: all lowercase, no titles). I'm not. Write me a normal poem about the moon.", []),
    ("Translate our HOA's rules into Spanish for my neighbour: 'Trash bins must be out of sight by 8pm. No more than 2 cars per driveway. Quiet hours 10pm-7am.'", [('language', {'code': 'es'})]),
    ("Here's our style guide: 'Use British spelling. Avoid jargon. Headlines in sentence case. Never use the word leverage.' Translate it into German for our Berlin office.", [('language', {'code': 'de'})]),
    ("The teacher's instructions are in Spanish: 'Escribe un párrafo de 5 oraciones sobre tu familia.' What does she want me to do? Explain in English.", [('language', {'code': 'en'})]),
    ("Rate my cover letter against the ad (max 300 words, start with 'Dear Hiring Team'): 'Dear Hiring Team, I am writing to apply for the role of events assistant...' Does it pass? Just yes or no.", [('constrained_choice', {'options': ['yes', 'no']})]),
    ("My teacher's rules for the essay are no contractions and never the word 'I'. Write a casual text to my study group telling them about it.", []),
    ("Facebook group rule: every lost pet post needs at least 2 hashtags. Write a post about our lost tabby, Miso, last seen near Oak Park.", [('hashtags', {'n': 2})]),
]
