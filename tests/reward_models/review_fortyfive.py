# ruff: noqa: E501  (test data: one probe per line, as written)
"""A forty-fifth review (a helper session): requests from professional and hobby domains, each with the domain's own
vocabulary around the constraints, written blind to the reader's rules. Only the output conventions were learned
beforehand (the kinds and their arguments in `checkers.py`, and the docstring, layout and argument conventions of
`review_fortyfour.py`); no request is taken from another test file or from a public benchmark, and none imitates
their wording.

- A: ten domains, about fifteen requests each, the constraints put in the trade's words: marketing (Google Ads
  description lines, taglines, PDP copy, hero sections, a CMS "word count" field, SEO "money terms", merge tags as
  placeholders, A/B variants, CTAs, boilerplate); academic writing (abstracts the journal caps, a funder's "Lay summary
  (max 200 words)" box, Reviewer 2, a viva pitch, literature-review sections, a style sheet's keywords line that is
  not wanted); legal and HR (clauses that "must not exceed", policy "sections", an HRIS that chokes on commas, a
  Section 98 / Section 21 that is a statute's, placeholders in letter templates, caps in liability clauses); healthcare
  (patient leaflets with a reading age, discharge instructions by day, SMS reminders, counselling scripts, a ward
  poster, a consent summary, a leaflet template's branded caps header); software (release notes, commit messages,
  README sections in a code block, JSON configs, postmortems, a PR review comment, an App Store field that rejects
  digits, JSON and JSON-LD as topics); education (worksheets with square-bracket blanks, quizzes, lesson plans and
  schemes of work by Day / Week, model answers, "P.S. 118" as a school, saying the question back); journalism
  (ledes, grafs, standfirsts, pull quotes, corrections, autocue scripts, fact boxes, house style bans); social media
  (hashtags, threads labelled "Post 1" ..., captions, a no-comma challenge, a brand that writes in lowercase asked
  for a normal-case post); customer support (macros with placeholders, P.S. / PS lines, canned responses, a Zendesk
  P.S. to be dropped, a customer's question to repeat); creative writing (stanzas as paragraphs, first and last
  lines, a lipogram, titles in << >>, micro-stories with a separator, a letter-frequency game, a language). 149
  labelled probes with one to four constraints each, weighted toward the checkable families: word maximums,
  minimums and ranges; sentence counts (exact, max, min, "4 to 6"); paragraph counts (exact, max, min, "grafs",
  stanzas) and a paragraph's first word; bullets (exact, at least, at most) and numbered lists; keywords to include
  (multi-word, hyphenated, several at once), to avoid, and at a frequency; start and end phrases; "Section N" /
  "Day N" / "Week N" / "Part N" / "Step N" / "Post N" sections; highlights; placeholders (counted or named);
  postscripts ("P.S.", "PS", "P.P.S."); lowercase and uppercase; JSON; two responses with a separator ("***",
  "======", "------", "~~~~", "six asterisks"); no commas; constrained choice; quotation wrapping; repeating the
  request; and once to three times each a title, a code block, hashtags, words in capitals at least / at most, no
  digits, ending with a question, a language and a letter frequency. Asks with no kind in `checkers.py` sit beside
  them unlabelled: character limits, reading ages, line counts, "30 seconds", a letter to leave out, per-item limits.
- B: 52 instruction-free controls, mostly domain questions about such things: character limits of ads and tweets,
  journals' abstract caps, LaTeX keywords, "must not exceed" in a lease, patient-leaflet reading levels, commit
  subject lengths, JSON validation, grafs, hashtags on LinkedIn, Zendesk placeholders, lipograms, P.S. 321, all caps in
  typography and in warranty disclaimers, a CMS word-count field, someone else's limit told before a question ("My
  editor told me ledes should be under 35 words. Is that a rule ...?"), a homework task quoted by a parent, "Any
  questions?" as a way to end a talk, separators in Slack. Expected reads: none.

Argument conventions as in the earlier reviews: "under 100" / "less than" / "fewer than" is a max of one less; "max
60" / "no more than" / "must not exceed" / "do not exceed" / "N or fewer" / "N max" / "(max 200 words)" a max of the
number; "at least" / "minimum" / "N or more" a min of the number; "120-180 words", "600 to 800 words", "4 to 6
sentences" both bounds; "exactly N", "one sentence", "a single paragraph", "Two paragraphs", "4 stanzas ... so 4
paragraphs" are exact; "no more than 6 grafs" / "two paragraphs max" is paragraphs_max; "exactly N bullet points" is
bullet_list; a numbered list of N is numbered_list; "the first paragraph must begin with 'Tom'" is
paragraph_first_word with n=1, "the second paragraph must start with the word 'Crucially'" n=2, the word as typed.
A keyword to include or avoid is lower-cased, a multi-word phrase is one keyword, several in one instruction are one
entry in the order typed; "use 'walk' at least 3 times across the list" / "at least twice" is keyword_frequency with
the word lower-cased; a letter is lower-case as typed. A separator is the symbol run as typed (or as spelled out);
a request or question to repeat is its text as typed; a start or end phrase is the quoted text as typed, with the
punctuation inside the quotes and none outside ("sign it off 'Best wishes, Tomasz'" is an end phrase, "Start it with
[Student Name]" a start phrase); a postscript marker is the one typed; a section marker is the word as typed;
constrained-choice options are as typed; a language is its ISO 639-1 code; "put at least 3 words in ALL CAPS" is
capital_words, "no more than 2 words in all caps" capital_words_max. A sentence or word count beside a P.S. is over
the whole answer. Asks with no kind in `checkers.py` (characters, a reading age, lines, seconds, "without the letter
'e'", "each under 15 words", a keywords line, "options a-d under each") carry no label; domain words that look like
constraints but are not the answer's ("Section 98", "P.S. 118", the CMS's "word count", a logo "set in all caps",
JSON as a topic, macros that usually end with a P.S. "but drop it for this one") carry none either, nor does a
paragraph named as the piece to write ("a limitations paragraph", "the opening paragraph of our pitch").

Read by the reader as it stood when written (first read, no fixes; commit 7fac504, with another session's
uncommitted edit to `reward_models/instructions.py` in the working tree, 2026-12-04 15:27 UTC): 201 probes (149
labelled, 52 controls), recall 221/250 = 0.884, precision 221/229 = 0.965 on the labelled probes (221/231 = 0.957
counting the 2 reads of controls), exact arguments 1.000 (a read with other arguments counts as one miss and one
extra), 50 of 52 controls clean (`aligned-train eval-instructions --cases` gives 0.884 / 0.965, 50 of 52). 31
labelled probes are misread (29 misses, 8 extras). Its misses, by kind:
- length bounds the domain frames: "The CMS's 'word count' field flags anything over 60, so 60 words max"; "a box
  labelled 'Lay summary (max 200 words)'. Write that lay summary ..."; "The editor wants 600 to 800 words and
  'productivity' used at least 3 times." (all three unread); "300 words max and no more than 6 grafs" (the grafs
  unread).
- a phrase given by reference: "Our agency's pitch decks always open with 'Here's the big idea:' — write ...,
  starting with exactly that phrase, under 100 words." wholly unread (the start phrase and the word bound).
- keywords: "the phrase 'fuel costs' somewhere"; "name 'Stresemann'"; "Our HR policy says ads must avoid 'rockstar',
  'ninja' and 'dominant'." (a house rule for the piece to write, unread).
- start and end phrases: "Start with 'I'm so sorry' and use 3 sentences or fewer" (the start unread); "Start it with
  [Student Name]" (unquoted); "at least 4 bullet points, ending with 'Happy hacking!'"; "starts with the line '...'
  and ends with 'Nobody came.'" (the end unread); "in exactly 5 sentences that ends with 'Then the lights went out.'".
- highlights: "Bold the co-op's name at least once", "with at least 1 figure in bold", "bold at least 2 bits", "bold
  the sentence about tracking" all unread.
- placeholders: "a square-bracket placeholder like [blank 1], at least 8 blanks" read as 1; a placeholder inside a
  P.S. ("one of them a P.S. pointing to [migration guide URL]", "a P.S. that offers a discount code written as
  [DISCOUNT_CODE]") unread beside the P.S. read.
- sections: "Structure it as 'Part 1', 'Part 2', 'Part 3', 'Part 4'"; "Label them 'Post 1' through 'Post 5'".
- two responses: "two options separated by ***, and the whole reply under 30 words" (the separator unread).
- postscripts: "with a PS line (typed 'PS', no dots)" unread.
- no digits: "The field rejects digits for some reason, so no numbers at all" unread.
- repeating: "A customer wrote: 'Is my warranty ...?' Draft our reply; repeat their question word for word" read as the
  request with the quote elided, not the customer's question.
Its extras on labelled probes: case from talk about design or house style ("our logo is set in all caps (Futura
Bold)" beside the wanted lowercase, "Lawyers usually put these in caps, but we want it readable", "a header in all
caps (hospital branding)" each read as an all-uppercase answer; "writes every post in lowercase, but for this one ...
write a normal-case post" read as lowercase); "Our Zendesk macros all end with a P.S. ..., but drop it for this one"
read as a postscript; "the keywords line goes on the title page, so don't add one here" read as avoiding 'line'; with
the worksheet's placeholders (1 for 8) and the customer's question (the elided request) above. Its two control
misreads: "Do Zendesk macros use placeholders like {{ticket.requester.first_name}} or square brackets?" (placeholders,
1) and "Is it bad typography to set long body text in all caps? Our designer wants the whole menu in capitals." (an
all-uppercase answer).
Session 31's fixes from it (the maintainer, after this set was measured), each generic: a single-quoted phrase that
opens with an apostrophe word ('I'm so sorry'); "...: two options separated by ***" after a colon; "no numbers at
all"; "Bold the co-op's name", "bold at least 2 bits", "1 figure in bold"; ", ending with '...'" its own clause; a
quoted sentence followed by "and ..." no longer ends its sentence; a request that names only its text ("Short story
that ..."); "5 sentences that ends with"; "grafs"; "a PS line"; case told of a logo, a header, a house habit, what
lawyers usually do; a normal-case request; a P.S. dropped "for this one"; a template's {{field}}; "the keywords line";
a placeholder inside a P.S.; "and the phrase 'x' somewhere". By `aligned-train eval-instructions --cases`: after 0.944
/ 0.992, 52 of 52. The probes still misread are in UNREAD (`python scripts/review_split.py FILE` keeps them there).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) marketing: ad lines, taglines, PDP and hero copy, newsletters, CTAs
    ("We're running Google Ads for Spokes & Sprockets, a mobile bike repair van in Bristol. Give me two description-line variants, separated by ***, each around 80-90 characters (Google's limit is 90), and don't use the word 'cheap' — the brand team vetoed it.", [('two_responses', {'separator': '***'}), ('keyword_avoid', {'words': ['cheap']})]),
    ("Tagline brainstorm for Leashly, a dog-walking app launching in Dublin. Exactly 5 bullet points, one tagline per bullet, and use the word 'walk' at least 3 times across the list.", [('bullet_list', {'n': 5}), ('keyword_frequency', {'word': 'walk', 'n': 3})]),
    ("Autumn newsletter for Crumb & Co bakery (we send through Mailchimp). Our merge tags look like [FIRST_NAME], so include at least 2 square-bracket placeholders, and finish with a P.S. about pumpkin loaf pre-orders.", [('placeholders', {'n': 2}), ('postscript', {'marker': 'P.S.'})]),
    ("PDP copy for a merino wool beanie. Our SEO keyword research says the money terms are 'merino beanie' and 'itch-free', so work both in. Length: 120-180 words.", [('keyword_include', {'words': ['merino beanie', 'itch-free']}), ('words_min', {'n': 120}), ('words_max', {'n': 180})]),
    ("Radio spot for Dreamwell's bank holiday mattress sale, 30 seconds. The station's prompter only shows capitals, so write the script ENTIRELY IN UPPERCASE.", [('uppercase', {})]),
    ('Positioning statement for Hollis, a vegan leather bag brand aimed at commuters. One sentence, no commas.', [('sentences_exact', {'n': 1}), ('no_commas', {})]),
    ("A/B test for our cart-abandonment email: write variant A and variant B of the body copy, separate them with ======, and both must use the word 'basket'.", [('two_responses', {'separator': '======'}), ('keyword_include', {'words': ['basket']})]),
    ('Billboard headline for Bright Smile Dental on the A38. Reply with only the headline in double quotes, 8 words or fewer.', [('quotation', {}), ('words_max', {'n': 8})]),
    ("Value prop for Ledgerly, a bookkeeping firm for tradespeople. Use the word 'clarity' at least twice and end with 'Book a free consult.'", [('keyword_frequency', {'word': 'clarity', 'n': 2}), ('end_phrase', {'phrase': 'Book a free consult.'})]),
    ("Black Friday subject lines for our refurbished-laptop shop. Give me 6 as a numbered list, and avoid 'FREE' and 'URGENT', they trip spam filters.", [('numbered_list', {'n': 6}), ('keyword_avoid', {'words': ['free', 'urgent']})]),
    ("Product Hunt launch post for Tallyho, our invoicing app: under 200 words, at least 3 bullet points, include 'freelancers', and end with 'Would love your feedback!'", [('words_max', {'n': 199}), ('bullets_min', {'n': 3}), ('keyword_include', {'words': ['freelancers']}), ('end_phrase', {'phrase': 'Would love your feedback!'})]),
    # ---- (2) academic writing: abstracts, methods, reviewers, editors, funders
    ('Draft the abstract for my MSc thesis on microplastic accumulation in Severn estuary sediments. The journal caps abstracts at 250 words, do not exceed that.', [('words_max', {'n': 250})]),
    ("Plan my literature review on fintech adoption among adults over 65. Organise it under headers 'Section 1', 'Section 2', 'Section 3' and 'Section 4'.", [('sections', {'n': 4, 'marker': 'Section'})]),
    ("I'm a TA for Intro to Stats. Explain what a p-value is to first-years, at least 150 words, and avoid the words 'significant' and 'prove' — students over-read both.", [('words_min', {'n': 150}), ('keyword_avoid', {'words': ['significant', 'prove']})]),
    ('Give me a conference poster title for our study on bumblebee foraging near pesticide drift, wrapped in double angular brackets like <<title>>.', [('title', {})]),
    ("Reviewer 2 wants a limitations paragraph for our cohort study on adolescent sleep and exam grades. Write it in 4 to 6 sentences and mention 'self-report' and 'attrition'.", [('sentences_min', {'n': 4}), ('sentences_max', {'n': 6}), ('keyword_include', {'words': ['self-report', 'attrition']})]),
    ("Cover letter to the handling editor submitting our manuscript on kelp forest recovery. Open with 'Dear Editor,' and close with 'Sincerely, the authors'.", [('start_phrase', {'phrase': 'Dear Editor,'}), ('end_phrase', {'phrase': 'Sincerely, the authors'})]),
    ("Summarise the central argument of Kuhn's The Structure of Scientific Revolutions in 3 paragraphs; the second paragraph must start with the word 'Crucially'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'Crucially'})]),
    ("My viva is next week. Give me two versions of my thesis elevator pitch (it's on dialect levelling in Teesside English): a short one and a long one, separated by a line of ***.", [('two_responses', {'separator': '***'})]),
    ("For a methods seminar: explain the difference between a systematic review and a meta-analysis. Respond in JSON with the keys 'systematic_review' and 'meta_analysis'.", [('json_output', {})]),
    ("Email to my PhD supervisor asking for a two-week extension on chapter 3 (fieldwork got delayed by flooding). No more than 5 sentences, and sign it off 'Best wishes, Tomasz'.", [('sentences_max', {'n': 5}), ('end_phrase', {'phrase': 'Best wishes, Tomasz'})]),
    ('Explain what JSON-LD structured data is for my digital humanities seminar handout, in under 120 words.', [('words_max', {'n': 119})]),
    # ---- (3) legal and HR: policies, clauses, templates, statutes
    ("Draft a remote-working policy for a 40-person design studio. Use numbered headers 'Section 1' to 'Section 5', five sections in all.", [('sections', {'n': 5, 'marker': 'Section'})]),
    ("Confidentiality clause for a freelance illustrator's contract. It must not exceed 120 words and must include the terms 'Confidential Information' and 'third party'.", [('words_max', {'n': 120}), ('keyword_include', {'words': ['confidential information', 'third party']})]),
    ("Template letter inviting an employee to a disciplinary hearing. Use square-bracket placeholders for the employee's name, the hearing date, the time and their companion's name.", [('placeholders', {'n': 4})]),
    ('Explain Section 98 of the Employment Rights Act 1996 (the potentially fair reasons for dismissal) to a new line manager in plain English, 5 bullet points or fewer.', [('bullets_max', {'n': 5})]),
    ("Write our office dog policy in exactly 4 paragraphs and end it with 'Questions go to HR.'", [('paragraphs_exact', {'n': 4}), ('end_phrase', {'phrase': 'Questions go to HR.'})]),
    ("Our HRIS import chokes on commas, so policy text can't have any. Write the annual leave carry-over policy with no commas at all, under 150 words.", [('no_commas', {}), ('words_max', {'n': 149})]),
    ("Quick check for a payroll audit: can an employer in England lawfully deduct a till shortage from a retail worker's wages? Answer with only 'Yes' or 'No'.", [('constrained_choice', {'options': ['Yes', 'No']})]),
    ("Termination-for-convenience clause for a SaaS master services agreement: under 90 words, and include the phrase 'written notice'.", [('words_max', {'n': 89}), ('keyword_include', {'words': ['written notice']})]),
    ("Offer letter opening for a junior architect. Begin with 'We are delighted to offer you' and include at least 3 placeholders in square brackets.", [('start_phrase', {'phrase': 'We are delighted to offer you'}), ('placeholders', {'n': 3})]),
    ('Whistleblowing policy summary for the intranet. Highlight at least 3 key points in markdown bold.', [('highlight', {'n': 3})]),
    ("A new HR assistant asked me what 'garden leave' means. Explain it in two paragraphs; the first paragraph should begin with 'Garden'.", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 1, 'word': 'Garden'})]),
    ("GDPR privacy notice for a yoga studio's sign-up form, at least 200 words, mentioning 'lawful basis' and 'retention'.", [('words_min', {'n': 200}), ('keyword_include', {'words': ['lawful basis', 'retention']})]),
    ("I'm a letting agent. Explain what a Section 21 notice is for our tenant newsletter, two paragraphs max.", [('paragraphs_max', {'n': 2})]),
    # ---- (4) healthcare communication: leaflets, discharge sheets, SMS, scripts
    ('Patient leaflet: managing type 2 diabetes at home. Plain English, reading age about 11. Under 300 words, with at least 6 bullet points.', [('words_max', {'n': 299}), ('bullets_min', {'n': 6})]),
    ("A mum on our paediatric ward is scared her toddler has croup. Write what I could say to her, without the words 'stridor' or 'laryngotracheobronchitis'.", [('keyword_avoid', {'words': ['stridor', 'laryngotracheobronchitis']})]),
    ("Discharge instructions after knee arthroscopy, organised by day: headers 'Day 1' through 'Day 7'.", [('sections', {'n': 7, 'marker': 'Day'})]),
    ("We're a GP surgery. Write the SMS reminder for flu jabs: exactly 2 sentences, and include the placeholder [Patient Name].", [('sentences_exact', {'n': 2}), ('placeholders', {'n': 1})]),
    ("Counselling script for a patient starting warfarin (community pharmacy). Mention 'INR' and 'vitamin K', and end with 'Do you have any questions for me?'", [('keyword_include', {'words': ['inr', 'vitamin k']}), ('end_phrase', {'phrase': 'Do you have any questions for me?'})]),
    ('Hand hygiene poster for the ward corridor. All capital letters, 40 words max.', [('uppercase', {}), ('words_max', {'n': 40})]),
    ('Physio home exercise sheet for non-specific low back pain: a numbered list of 5 exercises, then a P.S. telling them to stop if the pain gets worse.', [('numbered_list', {'n': 5}), ('postscript', {'marker': 'P.S.'})]),
    ("Most of our clinic's patients are Spanish speakers. Explain what 'nothing to eat or drink after midnight' before surgery means, and reply in Spanish.", [('language', {'code': 'es'})]),
    ("Plain-language summary of the consent form for a blood donation study. No more than 3 paragraphs, and avoid the word 'subject' (we say 'participant').", [('paragraphs_max', {'n': 3}), ('keyword_avoid', {'words': ['subject']})]),
    ("Patient-portal reply: a patient asks if ibuprofen is OK with their lisinopril. Begin with 'Thank you for your message.' and keep it under 120 words.", [('start_phrase', {'phrase': 'Thank you for your message.'}), ('words_max', {'n': 119})]),
    ('Pharmacy window display on cold vs flu. Give two versions, one for adults and one for kids, separated by ------.', [('two_responses', {'separator': '------'})]),
    ("Tooth-brushing tip sheet for our dental practice's visit to a Year 1 class. The word 'brush' should appear at least 4 times.", [('keyword_frequency', {'word': 'brush', 'n': 4})]),
    ('Antenatal class handout on the stages of labour: at least 5 paragraphs.', [('paragraphs_min', {'n': 5})]),
    ("Patient newsletter item on the new walk-in blood test hours: 2 paragraphs, under 120 words, mention 'walk-in', and add a P.S. about parking.", [('paragraphs_exact', {'n': 2}), ('words_max', {'n': 119}), ('keyword_include', {'words': ['walk-in']}), ('postscript', {'marker': 'P.S.'})]),
    # ---- (5) software: release notes, commits, READMEs, configs, postmortems
    ('Release notes for tidyup v2.4.0 (a CLI): new --dry-run flag, faster glob matching, fixed a Windows path bug. Exactly 3 bullet points.', [('bullet_list', {'n': 3})]),
    ('Commit message for adding rate limiting to the /login endpoint. Our repo convention is all lowercase, subject and body.', [('lowercase', {})]),
    ('Give me an example config for a log shipper (inputs, filters, outputs). The whole answer should be valid JSON, no prose around it.', [('json_output', {})]),
    ("Write the 'Installation' section of the README for a Python package called geoslice. Put the entire answer in one fenced code block so I can copy the raw markdown.", [('code_block', {})]),
    ("Explain mutex vs semaphore to a junior dev in under 100 words, and use the word 'lock'.", [('words_max', {'n': 99}), ('keyword_include', {'words': ['lock']})]),
    ("Architecture decision: for a public API with lots of third-party clients, which is the better default? Answer with just 'REST' or 'GraphQL'.", [('constrained_choice', {'options': ['REST', 'GraphQL']})]),
    ("PR review comment: someone added 600 lines with no tests. Kind but firm, and avoid 'just' and 'obviously'.", [('keyword_avoid', {'words': ['just', 'obviously']})]),
    ('Before you answer, repeat my question word for word: What is the difference between ENTRYPOINT and CMD in a Dockerfile?', [('repeat_request', {'request': ['What is the difference between ENTRYPOINT and CMD in a Dockerfile?']})]),
    ("Onboarding doc for our monorepo: exactly 6 numbered setup steps, and mention 'pnpm' at least twice.", [('numbered_list', {'n': 6}), ('keyword_frequency', {'word': 'pnpm', 'n': 2})]),
    ("Apology email to users about the sync bug that duplicated notes last week. At least 150 words, starting with 'Dear Notely user,'.", [('words_min', {'n': 150}), ('start_phrase', {'phrase': 'Dear Notely user,'})]),
    ('Explain big-O notation to a bootcamp student. Bold at least 2 key terms and finish with a question that checks they understood.', [('highlight', {'n': 2}), ('end_with_question', {})]),
    ("Copy for our 404 page: exactly 3 sentences, and include the word 'lost'.", [('sentences_exact', {'n': 3}), ('keyword_include', {'words': ['lost']})]),
    ('Our team argues about whether JSON or TOML is better for config files. Write a balanced summary of the trade-offs for our wiki, in 2 paragraphs.', [('paragraphs_exact', {'n': 2})]),
    # ---- (6) education: worksheets, quizzes, lesson plans, model answers, letters home
    ('5-question multiple-choice quiz on the French Revolution for Year 8. Number the questions 1 to 5, options a-d under each.', [('numbered_list', {'n': 5})]),
    ("Lesson plan for a week-long fractions unit (Year 5), with headings 'Day 1' to 'Day 5'.", [('sections', {'n': 5, 'marker': 'Day'})]),
    ("Model answer for my Year 9s: 'Explain why the Treaty of Versailles angered many Germans.' Three paragraphs, and use the word 'reparations' at least twice.", [('paragraphs_exact', {'n': 3}), ('keyword_frequency', {'word': 'reparations', 'n': 2})]),
    ("Biology quick-fire: which organelle makes most of the cell's ATP? Answer with only one of these: mitochondria, nucleus, ribosome.", [('constrained_choice', {'options': ['mitochondria', 'nucleus', 'ribosome']})]),
    ("Letter to parents about our Year 6 residential trip to the Peak District. Start with 'Dear Parents and Carers,' and add a P.S. about the kit list.", [('start_phrase', {'phrase': 'Dear Parents and Carers,'}), ('postscript', {'marker': 'P.S.'})]),
    ("Reading comprehension passage about hedgehogs for 7-year-olds. Under 150 words, and no commas, we're practising full stops this week.", [('words_max', {'n': 149}), ('no_commas', {})]),
    ('Vocab list for a GCSE Spanish unit on holidays: exactly 10 bullet points, Spanish word then English meaning.', [('bullet_list', {'n': 10})]),
    ("Scheme of work for a 4-week intro to Python unit, sections 'Week 1' to 'Week 4', whole plan under 400 words.", [('sections', {'n': 4, 'marker': 'Week'}), ('words_max', {'n': 399})]),
    ("Explain the marking rubric for a persuasive essay task to my Year 10s. 200 words or more, and mention 'counterargument', 'evidence' and 'tone'.", [('words_min', {'n': 200}), ('keyword_include', {'words': ['counterargument', 'evidence', 'tone']})]),
    ("Explain photosynthesis to 10-year-olds in 2 paragraphs, without the word 'chlorophyll'.", [('paragraphs_exact', {'n': 2}), ('keyword_avoid', {'words': ['chlorophyll']})]),
    ("I teach at P.S. 118 in Queens. Write our welcome-back letter to families for September, ending with 'See you on the first day!'", [('end_phrase', {'phrase': 'See you on the first day!'})]),
    ("Spelling game for Year 3: write a short story where the letter 'q' appears at least 6 times.", [('letter_frequency', {'letter': 'q', 'n': 6})]),
    ("Lesson hook for a Year 8 lesson on volcanoes: exactly 3 sentences, all lowercase, include 'magma', and end with a question.", [('sentences_exact', {'n': 3}), ('lowercase', {}), ('keyword_include', {'words': ['magma']}), ('end_with_question', {})]),
    # ---- (7) journalism: ledes, grafs, headlines, corrections, scripts
    ('Lede for a story on the town council banning e-scooters from the high street. One sentence, no more than 35 words.', [('sentences_exact', {'n': 1}), ('words_max', {'n': 35})]),
    ("Match report: Stocksbridge Park Steels beat a League Two side 2-1 in the FA Cup. Avoid the cliches 'giant-killing' and 'magic of the cup'.", [('keyword_avoid', {'words': ['giant-killing', 'magic of the cup']})]),
    ("Obituary for Tom Pender, 80, who crewed the Newlyn lifeboat for 30 years. At least 250 words, and the first paragraph must begin with 'Tom'.", [('words_min', {'n': 250}), ('paragraph_first_word', {'n': 1, 'word': 'Tom'})]),
    ('Pull quote for our feature on urban beekeeping in Leeds. Reply with only the quote, wrapped in double quotation marks.', [('quotation', {})]),
    ("Correction notice: we spelled councillor Deborah Harris's surname 'Haris' in Tuesday's paper. Under 50 words, and wrap the whole notice in double quotes.", [('words_max', {'n': 49}), ('quotation', {})]),
    ("Standfirst for a feature on urban foxes: one sentence, and it must include the word 'foxes'.", [('sentences_exact', {'n': 1}), ('keyword_include', {'words': ['foxes']})]),
    ("Live-blog post for the storm coverage. Start with 'UPDATE:' and keep it to exactly 2 short paragraphs.", [('start_phrase', {'phrase': 'UPDATE:'}), ('paragraphs_exact', {'n': 2})]),
    ('Autocue script for a 30-second TV package on the new Cowley Road cycle lane. Our autocue style is all uppercase.', [('uppercase', {})]),
    ("Restaurant review of a new ramen bar in Leith for our food column. Four paragraphs, ending with 'Three stars out of five.'", [('paragraphs_exact', {'n': 4}), ('end_phrase', {'phrase': 'Three stars out of five.'})]),
    ("My sub-editor says house style bans 'slammed' in headlines. Write 3 headlines for a story on MPs criticising the new rail timetable, and don't use 'slammed' or 'blasted'.", [('keyword_avoid', {'words': ['slammed', 'blasted']})]),
    # ---- (8) social media: posts, threads, captions, hashtags
    ("LinkedIn post announcing I've joined St Columba's Hospice as fundraising lead. At least 3 hashtags, under 150 words.", [('hashtags', {'n': 3}), ('words_max', {'n': 149})]),
    ('Instagram caption for a latte-art photo at our café. Use at least 2 hashtags and no more than 2 sentences.', [('hashtags', {'n': 2}), ('sentences_max', {'n': 2})]),
    ("Post for the council's Facebook page about the bin collection change. It must include the word 'Tuesday' and at least one hashtag.", [('keyword_include', {'words': ['tuesday']}), ('hashtags', {'n': 1})]),
    ("Pinned post for our allotment society's Facebook group reminding members of the rules. Exactly 4 bullet points, and end with 'Thanks, the committee'.", [('bullet_list', {'n': 4}), ('end_phrase', {'phrase': 'Thanks, the committee'})]),
    ("YouTube description for my woodworking channel's workbench build. 100 words minimum, with 5 hashtags at the bottom.", [('words_min', {'n': 100}), ('hashtags', {'n': 5})]),
    ('Pinterest pin description for a rye sourdough recipe, in all lowercase, under 50 words.', [('lowercase', {}), ('words_max', {'n': 49})]),
    ("Threads post for World Book Day. I'm doing a no-comma challenge this week, so no commas please.", [('no_commas', {})]),
    ("Mastodon intro post: I'm a birder in north Norfolk. Use 'birding' at least twice and include at least 2 hashtags.", [('keyword_frequency', {'word': 'birding', 'n': 2}), ('hashtags', {'n': 2})]),
    ("LinkedIn recommendation for my ex-colleague Priya, a UX researcher. Must not exceed 120 words, and mention 'empathy'.", [('words_max', {'n': 120}), ('keyword_include', {'words': ['empathy']})]),
    ("Story post hyping our gym's 6am class. Use the word 'sunrise' and put at least 3 words in ALL CAPS for energy.", [('keyword_include', {'words': ['sunrise']}), ('capital_words', {'n': 3})]),
    # ---- (9) customer support: macros, canned responses, escalations
    ("Support macro for 'parcel marked delivered but not received'. Square-bracket placeholders for the customer's name, order number and courier.", [('placeholders', {'n': 3})]),
    ("Help-desk macro for password resets: exactly 4 numbered steps, and avoid the word 'simply'.", [('numbered_list', {'n': 4}), ('keyword_avoid', {'words': ['simply']})]),
    ("Canned response for when the app is down. Include 'scheduled maintenance' and 'status page', under 80 words.", [('keyword_include', {'words': ['scheduled maintenance', 'status page']}), ('words_max', {'n': 79})]),
    ("Email about a double-charge billing error. Start with 'Hi [Customer Name],' and sign off 'Warm regards, the Billing Team'.", [('start_phrase', {'phrase': 'Hi [Customer Name],'}), ('end_phrase', {'phrase': 'Warm regards, the Billing Team'})]),
    ("Help-centre article on exporting invoices to CSV, with steps headed 'Step 1', 'Step 2', 'Step 3'.", [('sections', {'n': 3, 'marker': 'Step'})]),
    ('Two versions of a reply declining a feature request, one formal and one casual, separated by ~~~~.', [('two_responses', {'separator': '~~~~'})]),
    ("Public reply to a one-star review about slow delivery. No more than 2 paragraphs, and don't use 'unfortunately'.", [('paragraphs_max', {'n': 2}), ('keyword_avoid', {'words': ['unfortunately']})]),
    ("Out-of-hours greeting for our energy supplier's chatbot. Under 40 words and end with a question.", [('words_max', {'n': 39}), ('end_with_question', {})]),
    ('Tier-2 escalation note for a customer whose smart meter stopped reporting. Respond in JSON with fields customer_id, issue, steps_tried, urgency.', [('json_output', {})]),
    # ---- (10) creative writing: poems, stories, letters, games
    ("Poem about a lighthouse keeper's last night on duty. 4 stanzas with blank lines between them, so 4 paragraphs.", [('paragraphs_exact', {'n': 4})]),
    ("Lipogram challenge for my writing group: a piece about the sea without the letter 'e'. Exactly one paragraph.", [('paragraphs_exact', {'n': 1})]),
    ("Poem about insomnia, 14 lines, that uses the word 'night' at least 5 times.", [('keyword_frequency', {'word': 'night', 'n': 5})]),
    ('Flash fiction about a time-travelling postman, under 200 words, with a title in double angle brackets like <<Title>>.', [('words_max', {'n': 199}), ('title', {})]),
    ("Sonnet about autumn in Kyoto that includes the word 'maple'. Wrap your entire response in double quotation marks.", [('keyword_include', {'words': ['maple']}), ('quotation', {})]),
    ('Two micro-stories about a lost umbrella, one happy and one sad, separated by a line of six asterisks.', [('two_responses', {'separator': '******'})]),
    ('Dialogue-only scene between a chess grandmaster and the 9-year-old who just beat her. At least 12 sentences.', [('sentences_min', {'n': 12})]),
    ("Bedtime fairy tale for my niece Zuzanna where the letter 'z' shows up at least 10 times.", [('letter_frequency', {'letter': 'z', 'n': 10})]),
    ("Opening of my NaNoWriMo novel about a lighthouse on Mars. 3 paragraphs; the third must begin with 'Below'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 3, 'word': 'Below'})]),
    ('Fan letter from a garden gnome to the moon, with a P.P.S. at the end.', [('postscript', {'marker': 'P.P.S.'})]),
    ("Short story in Italian about a grandmother's tomato garden in Puglia.", [('language', {'code': 'it'})]),
    ("Tanka about winter frost: no commas anywhere, and end with the word 'silence'.", [('no_commas', {}), ('end_phrase', {'phrase': 'silence'})]),
    ('First repeat this prompt exactly, then respond to it: Write a six-word memoir for a retired stunt double.', [('repeat_request', {'request': ['Write a six-word memoir for a retired stunt double.']})]),
    ("Boilerplate 'About' paragraph for Greenwich Solar Co-op's press releases. Bold the co-op's name at least once and keep it to a single paragraph.", [('highlight', {'n': 1}), ('paragraphs_exact', {'n': 1})]),
    ("We're a candle brand and our logo is set in all caps (Futura Bold). For the Instagram bio though, write it in all lowercase, that's our voice. Under 25 words.", [('lowercase', {}), ('words_max', {'n': 24})]),
    ("Case-study blurb for our client win with Harrow Logistics (route optimisation, 18% fuel saving). It goes on a sales one-pager: at least 3 bullet points and the phrase 'fuel costs' somewhere.", [('bullets_min', {'n': 3}), ('keyword_include', {'words': ['fuel costs']})]),
    ('Draft the limitation-of-liability clause for our web design T&Cs. Lawyers usually put these in caps, but we want it readable: no more than 2 words in all caps.', [('capital_words_max', {'n': 2})]),
    ("Our leaflet template has a header in all caps (hospital branding). Write the body text of a leaflet on what to expect at a colonoscopy: don't use 'scope' anywhere, and write at least 250 words.", [('keyword_avoid', {'words': ['scope']}), ('words_min', {'n': 250})]),
    ('Slack announcement: API v1 is deprecated on 31 March. The whole thing three sentences max, one of them a P.S. pointing to [migration guide URL].', [('sentences_max', {'n': 3}), ('postscript', {'marker': 'P.S.'}), ('placeholders', {'n': 1})]),
    ("'Contributing' section for the README: at least 4 bullet points, ending with 'Happy hacking!'", [('bullets_min', {'n': 4}), ('end_phrase', {'phrase': 'Happy hacking!'})]),
    ('News brief on Kirkwall library reopening after flood repairs: 300 words max and no more than 6 grafs.', [('words_max', {'n': 300}), ('paragraphs_max', {'n': 6})]),
    ('Fact box for our Etna eruption story: at least 4 bullets, with at least 1 figure in bold.', [('bullets_min', {'n': 4}), ('highlight', {'n': 1})]),
    ('TikTok hook for a video comparing budgeting apps: two options separated by ***, and the whole reply under 30 words.', [('two_responses', {'separator': '***'}), ('words_max', {'n': 29})]),
    ("Reddit AMA intro for a wildlife cameraman who spent 6 months filming snow leopards. Start with 'Hi Reddit!' and bold at least 2 bits.", [('start_phrase', {'phrase': 'Hi Reddit!'}), ('highlight', {'n': 2})]),
    ("Our social media manager writes every post in lowercase, but for this one (an apology for the festival cancellation) write a normal-case post, 3 paragraphs max, and start with 'We're so sorry.'", [('paragraphs_max', {'n': 3}), ('start_phrase', {'phrase': "We're so sorry."})]),
    ('Reply to a customer asking for a refund outside our 30-day window. Polite, under 120 words, ending with a P.S. that offers a discount code written as [DISCOUNT_CODE].', [('words_max', {'n': 119}), ('postscript', {'marker': 'P.S.'}), ('placeholders', {'n': 1})]),
    ("Live-chat reply to a customer whose flight got cancelled. Start with 'I'm so sorry' and use 3 sentences or fewer.", [('start_phrase', {'phrase': "I'm so sorry"}), ('sentences_max', {'n': 3})]),
    ('Our Zendesk macros all end with a P.S. about the loyalty scheme, but drop it for this one. Write a reply to a customer asking how to change their delivery address, exactly 3 numbered steps.', [('numbered_list', {'n': 3})]),
    ("Short story that starts with the line 'The kettle had been whistling for an hour.' and ends with 'Nobody came.'", [('start_phrase', {'phrase': 'The kettle had been whistling for an hour.'}), ('end_phrase', {'phrase': 'Nobody came.'})]),
    ("Horror microfiction in exactly 5 sentences that ends with 'Then the lights went out.'", [('sentences_exact', {'n': 5}), ('end_phrase', {'phrase': 'Then the lights went out.'})]),
    ("Postmortem for a 40-minute outage caused by an expired TLS certificate. Structure it as 'Part 1', 'Part 2', 'Part 3', 'Part 4'.", [('sections', {'n': 4, 'marker': 'Part'})]),
    ("X thread of 5 posts on starting composting in a flat. Label them 'Post 1' through 'Post 5'.", [('sections', {'n': 5, 'marker': 'Post'})]),
    ("Hero section copy for PayPilot, our payroll tool for restaurants. The CMS's 'word count' field flags anything over 60, so 60 words max, and close on the CTA 'Start your free trial today.'", [('words_max', {'n': 60}), ('end_phrase', {'phrase': 'Start your free trial today.'})]),
    ("The funder's form has a box labelled 'Lay summary (max 200 words)'. Write that lay summary for our peatland restoration and carbon storage project, and use the word 'peat' at least 3 times.", [('words_max', {'n': 200}), ('keyword_frequency', {'word': 'peat', 'n': 3})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("What's the character limit for Google Ads responsive search ad headlines these days? I keep seeing 30 but our agency says 35.", []),
    ('Is it normal for journals to cap abstracts at 250 words, or is my target journal unusually strict?', []),
    ('How do I add a keywords section under the abstract in the LaTeX article class?', []),
    ("Our lease says annual rent increases 'must not exceed 5%'. Does that include service charges, legally speaking?", []),
    ('In an HR policy with appendices, should the numbered sections restart in each appendix or run on?', []),
    ('What reading age should NHS patient leaflets be written for, and how is it measured?', []),
    ('Why is the convention for git commit subject lines 50 characters? Where did that number come from?', []),
    ('How do I validate a JSON file against a JSON Schema in Python?', []),
    ('For screen-reader users, is a numbered list better than a bulleted one, or does it not matter?', []),
    ("Why do newspaper people call paragraphs 'grafs'?", []),
    ('Do hashtags still help reach on LinkedIn, or is that advice out of date?', []),
    ("Who invented the lipogram, and is Gadsby really written without a single letter 'e'?", []),
    ('My daughter just started at P.S. 321 in Brooklyn. How do NYC public schools get their numbers?', []),
    ("Our WordPress 'word count' field stays at 0 even after I paste the article in. Any idea why?", []),
    ("What's the maximum length of a post on X for accounts without Premium?", []),
    ('My editor told me ledes should be under 35 words. Is that a rule everywhere or just her preference?', []),
    ('How many sections does the Equality Act 2010 have, roughly?', []),
    ('Why do some poets write entirely in lowercase, like e.e. cummings did?', []),
    ("What does 'P.S.' actually stand for, and is 'P.P.S.' correct or just a joke?", []),
    ('How many lines does a villanelle have, and which lines repeat?', []),
    ("What's a CTA, and where should it go on a landing page, above the fold or at the end?", []),
    ("My tutor says a conclusion should 'end with a question' to engage the reader. Is that good practice in academic essays?", []),
    ("Is it still OK to start a cover letter with 'To whom it may concern'?", []),
    ('For SEO, how many times should a target keyword appear in a 1,000-word blog post? Is keyword density still a thing?', []),
    ("What's the difference between JSON and YAML for Kubernetes manifests, and why does everyone use YAML?", []),
    ("Why does my markdown renderer turn a line starting with '#' into a heading instead of showing it as a hashtag?", []),
    ('How do people make those separator lines like ****** in Slack messages? Mine just turn into bold.', []),
    ("What should go under each 'Day 1', 'Day 2' heading in a lesson plan: objectives, activities, assessment?", []),
    ("A patient asked me why their pre-op letter said 'NPO from midnight'. What does NPO stand for?", []),
    ('Our PM wants every release note under 100 words. Is that too short for a major version, in your experience?', []),
    ("Our brand guidelines say never to use the word 'cheap' in ads, always 'affordable'. Is there evidence that word choice like that changes conversion rates?", []),
    ('Why do scientific papers number their sections (1. Introduction, 2. Methods, ...)? Humanities papers rarely do.', []),
    ("In early-years teaching, what's the point of making kids 'repeat the question in the answer'?", []),
    ("Is 'Any questions?' a weak way to end a conference talk? What do speaking coaches suggest instead?", []),
    ('How many posts should a thread on X have before engagement drops off?', []),
    ("My 6-year-old's homework says 'Write 3 sentences using the word because.' Is that a normal task for Year 1?", []),
    ("What's the difference between a tagline and a slogan?", []),
    ('Why are warranty disclaimers in contracts always written in all caps? Is that a legal requirement?', []),
    ('How should I format code blocks in a GitHub README so the syntax highlighting works for Rust?', []),
    ("What's a reasonable first-response-time target for email support tickets at a small SaaS company?", []),
    ('Should patient leaflets use bullet points or paragraphs? Is there research on which is easier to follow?', []),
    ('Does the 5-7-5 syllable rule for haiku actually make sense in English?', []),
    ("My manager says our job ads must avoid gendered words like 'ninja' and 'rockstar'. Where can I find a proper list of such words?", []),
    ("What does a journalist mean by 'the inverted pyramid'?", []),
    ("What's the difference between an abstract and an executive summary?", []),
    ('How do I get a word count in Google Docs that leaves out footnotes?', []),
    ('Is it unprofessional to put a P.S. at the end of a job application email?', []),
    ('Why do so many brands write their social posts entirely in lowercase? Is it a Gen Z thing?', []),
    ('In legal templates, what are square-bracket placeholders like [Company Name] for, and is a contract still valid if one is left in by mistake?', []),
    ("In screenplays, why are a character's names written in capitals the first time they appear?", []),
    ('Do Zendesk macros use placeholders like {{ticket.requester.first_name}} or square brackets? I want to migrate ours from Freshdesk.', []),
    ('Is it bad typography to set long body text in all caps? Our designer wants the whole menu in capitals.', []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

# left unread or misread by the reader, as the reviewer expects them (the maintainer moves them here)
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Our agency's pitch decks always open with 'Here's the big idea:' — write the opening paragraph of our pitch to Orchard Lane Cider, starting with exactly that phrase, under 100 words.", [('start_phrase', {'phrase': "Here's the big idea:"}), ('words_max', {'n': 99})]),
    ("Write the introduction of a term paper on the Dawes Plan. Our style sheet says the keywords line goes on the title page, so don't add one here. The intro itself should be at least 300 words and name 'Stresemann'.", [('words_min', {'n': 300}), ('keyword_include', {'words': ['stresemann']})]),
    ("Job ad for a part-time bookkeeper at a garden centre. Our HR policy says ads must avoid 'rockstar', 'ninja' and 'dominant'.", [('keyword_avoid', {'words': ['rockstar', 'ninja', 'dominant']})]),
    ('Fill-in-the-blanks worksheet on the water cycle for Year 4. Mark each blank with a square-bracket placeholder like [blank 1], at least 8 blanks.', [('placeholders', {'n': 8})]),
    ("Lab report feedback comment template. Start it with [Student Name], include at least 2 placeholders in total, and end with 'Keep it up!'", [('start_phrase', {'phrase': '[Student Name]'}), ('placeholders', {'n': 2}), ('end_phrase', {'phrase': 'Keep it up!'})]),
    ("I'm modelling the 'say the question back' habit for my Year 2s. Repeat this question exactly, then answer it: Why do leaves change colour in autumn?", [('repeat_request', {'request': ['Why do leaves change colour in autumn?']})]),
    ("Op-ed on the four-day week for the business section. The editor wants 600 to 800 words and 'productivity' used at least 3 times.", [('words_min', {'n': 600}), ('words_max', {'n': 800}), ('keyword_frequency', {'word': 'productivity', 'n': 3})]),
    ("A customer wrote: 'Is my warranty still valid if I bought the kettle second-hand?' Draft our reply; repeat their question word for word at the start, then answer.", [('repeat_request', {'request': ['Is my warranty still valid if I bought the kettle second-hand?']})]),
    ("App Store 'What's New' text for our habit tracker. The field rejects digits for some reason, so no numbers at all, not even the version. Under 60 words.", [('no_digits', {}), ('words_max', {'n': 59})]),
    ("Follow-up to a customer who hasn't replied to our troubleshooting steps, with a PS line (typed 'PS', no dots) saying the ticket auto-closes in 7 days.", [('postscript', {'marker': 'PS'})]),
    ("'Where is my order' macro: bold the sentence about tracking, and include at least 2 placeholders.", [('highlight', {'n': 1}), ('placeholders', {'n': 2})]),
]
