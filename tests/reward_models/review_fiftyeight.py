# ruff: noqa: E501  (test data: one probe per line, as written)
"""A fifty-eighth review (a helper session): someone else's rules in settings not covered before, written blind to the
reader's rules. Only the output conventions were learned beforehand (the kinds and their arguments in `checkers.py`,
and the docstrings and first five entries of list A of `review_fiftysix.py` and `review_fiftyseven.py`); the reader's
source and its tests were not opened. No request is taken from another test file or from a public benchmark (IFEval,
IFBench, FollowBench, ...), and none imitates their wording. Registers are mixed: phone-typed lowercase, non-native
English ("My manager is say the weekly report ...", "Client from Germany send me his style sheet"), formal, rambling.

As written (before the read): 117 requests for A (192 labels, one to four each) and 85 for B (12 of them with the
user's own ask, 73 expecting nothing), 202 probes in all.
- A, (1)-(6): 96 requests where someone else's rules govern the very text asked for, so the rules are the answer's own:
  (1) workplace tools, 17 (a Slack channel's pinned rule, a standup bot, a Jira template, Zendesk macros, a repo's PR
  rules, a comms policy, an incident channel's JSON, a Confluence retro page, an on-call wiki, a board pack); (2)
  community life, 19 (a vicar's bulletin, a football club's newsletter, a residents' noticeboard, a choir director and
  chairman, a scout form and leader, an allotment society, a running club admin, a garden club, a church magazine, a
  parish Facebook group, a PTA newsletter); (3) online platforms, 17 (an Etsy collective, an eBay sellers' group,
  LinkedIn, two subreddits, a podcast network, a school portal, Depop, Airbnb, a book club site, GoFundMe, Nextdoor,
  the App Store, a homework portal); (4) health, legal and admin forms, 13 (an insurer's claim box, a Schengen
  checklist, a council complaints form, a GP surgery, DVLA, small claims, a housing benefit appeal, travel insurance,
  a dentist's feedback form, a student visa study plan, a jury deferral, a blue badge, a pharmacy); (5) families, 14
  (a grandad's speech, a wedding planner, a funeral director, the bride, a grandma's group chat, an aunt's newsletter,
  a grandpa's poem, an RSVP card, a eulogy in Spanish, a baby announcement, a quiz, a celebrant, a nana's note, a
  family cookbook); (6) freelancing, 16 (a client's style sheet, an SEO brief, meta descriptions, a German client's
  caption, brand guidelines, a PR agency template, A/B taglines, a docs style guide, a journal's author guidelines, an
  Upwork post, merge placeholders, a flyer, a tongue-twister, a pull quote). The rules come before or after the ask,
  quoted ("Council complaints form: 'Please describe your complaint in no more than 300 words. ...'", "subreddit rule
  4: 'Rants must be tagged by starting the post with [RANT]'") or reported ("Father Michael wants bulletin notices to
  be 75 words or fewer", "My co-host's rules: no commas"); the ask by pronoun ("Write it.", "Do ours", "do it", "Fill
  it in for me"), by the same noun, by another word ("the piece", "the wording", "that box") or only by its matter
  after the rules ("Question: Why do leaves change colour in autumn?"); with the user's own asks beside them ("please
  make sure her name Margaret is in it", "write 3 or 4 sentences", "I want at least 3 in there"). Eight overrides, where
  only the user's version is labelled: "says max 50 words, but my manager said ... we can go up to 100", "should be one
  sentence. Ignoring that here ... 3 to 4 sentences", "signs off with 'Cheers, Support', but ... VIP accounts get 'Kind
  regards, Jess'", "should be at least 300 words, but ... keep mine under 200", "normally asks for 300-word pieces, but
  ... 500 is the cap", "says 'at least 200 words' ... but our leader said 120 is fine ... no more", "banned speeches
  longer than 3 minutes ... I'd actually like mine even shorter, 150 words max", "1,000-1,200 words ... so now it's 500
  max". Rules no checker can verify sit beside them unlabelled ("no exclamation marks", "no abbreviations", "plain
  English", "no surname", "third person", "no links", "500 characters", "no longer than one page").
- A, (7): 21 ordinary requests with the user's own constraints and a rule-setter named in passing ("My boss is off this
  week so I'm covering her Slack updates ... two sentences max", "Reddit mods removed my post ... Help me write an
  Amazon review ... at least 100 words", "The visa office wants all the forms in English, fine. For me though: ... in no
  more than 100 words" (words_max 100 only)).
- B: 85 controls where rules are present but the answer need not obey them: a question or complaint about the rules
  (25, two with the user's own "Explain in 2 sentences." / "Answer in under 80 words." and one with "pros and cons as 3
  bullet points"); a message to someone else about the rules (15: to the Slack admin whether the limit includes emoji,
  to the parish office, to the client against lowercase, to the mods, to the choir chairman, to the bride, to the
  insurer, to the agency against the keyword count, to the head of comms, to the embassy, to the scout leader, to the
  GP practice manager, to the manager asking for a fourth bullet; two with the user's own "no more than 120 words" /
  "in 3 sentences"); rules for another text than the one asked (16: the channel's rules and a DM asked, the
  newsletter's and a team text, the listing's and a customer reply, the episode description's and a cold email, the
  tribute's and a thank-you card, the form's and a Facebook post, the blog's and an invoice email, LinkedIn posts' and
  a private message, the cover letter's and an email to the fiancé, the macro's and an internal note, the
  noticeboard's and a personal letter, meta descriptions' and an About Us page, the magazine's and a card, the
  programme notes' and a text, the GP form's and a message, a ticket's and a Slack thanks; two with the user's own "end
  it with a question" / "3 paragraphs"); past rules or someone else's (13: an old agency, a last job, a friend's
  bulletin, a brother's club, a school teacher, another category, a sister's planner, a colleague's client, the
  previous treasurer, a flatmate's GP, last year's form, a former shop, a cousin's subreddit); translating,
  summarising, explaining, critiquing or rewriting the rules (10: labelled where the user asks a language, a sentence
  count or a numbered list of the five rules given); a story or joke in which someone sets a rule (6, one with "Keep it
  under 200 words").

Argument conventions as in `review_fiftysix.py` and `review_fiftyseven.py`: "under N" / "fewer than N" / "below N" a
max of N-1 ("removes posts under 80 words" a min of 80), "no more than" / "N or fewer" / "at most" /
"max" / "up to" / "no longer than" / "not longer than" / "delete posts over N" / "messages over N won't be read" a max
of N, "at least" / "minimum" a min of N, "between A and B" / "A-B" / "minimum A, maximum B" both bounds, "3 to 4
sentences" both bounds; "one sentence" / "exactly 3 paragraphs" / "in 3 sentences" / "two paragraphs" / "one paragraph
of ..." / "four stanzas with blank lines between them" exact. A list whose items are given one by one is counted by
them ("a numbered list with one item per change" with four changes: numbered_list 4; documents "as bullet points",
five named: bullet_list 5); "the scorers' names in bold" with two scorers is highlight 2; placeholders "for first name,
company and meeting date" n=3; "exactly 3 hashtags" hashtags 3 (the kind is a minimum). Keywords lower-cased as typed
('fauré', 'inc-2231', 'ba2490', 'saturday 21 june'), a name or item the user points to as given ('margaret',
'sertraline'), several in one instruction one entry in typed order; "can't use the word 'X'" is keyword_avoid. Start
and end phrases, separators and section markers as typed ('Heads up:', '[RANT]', 'HB/20391/K', 'BANANA', '###',
'Part'); a postscript marker as typed ('P.S.', 'PS'); a repeat is the question as typed after "Question:", in a list of
one; constrained choices as typed ('True', 'False'); a language its ISO 639-1 code.

FIRST READ (no fixes, no label changed after it): the frozen reader at commit eabca5d (/work/blind, a clean checkout,
imported from /tmp), 2026-12-04 22:26 UTC, with
`cd /tmp && PYTHONPATH=/work/blind /work/main/.venv/bin/aligned-train eval-instructions --cases
/work/main/tests/reward_models/review_fiftyeight.py` (the labels frozen before it, PROBES holding all 202 and UNREAD
empty). It printed: "129 prompts: recall 0.701, precision 0.846, exact arguments 1.000 (read 143, missed 61, extra
26), instruction-free read clean 28 of 73", that is recall 143/204 = 0.701 and precision 143/169 = 0.846 on the 129
labelled probes (117 of A, 12 of B), and 28 of 73 controls clean (45 read something). Strictly (the sorted list of
(kind, args) equal to the expected), 49 probes of A and 54 of B (45 controls read, 9 labelled probes misread) are
misread; those 103 are moved to UNREAD with their expected labels, so A (68) and B (31: 28 expecting nothing, 3 with
the user's own ask) hold only probes read exactly right. Misses of A by group: (1) 7 of 17, (2) 9 of 19, (3) 8 of 17,
(4) 8 of 13, (5) 6 of 14, (6) 6 of 16, (7) 5 of 21. The misses, by failure pattern:
- someone else's rules, reported or quoted, and nothing read (14 of A): a form box's quoted limit ("the box says 'Give
  reasons (max 100 words)'", "'Tell us about your visit (up to 60 words)'", "Council complaints form: 'Please describe
  your complaint in no more than 300 words. ...'", "'Summary of activities (minimum 150 words, maximum 250 words)'",
  "a box 'Describe what happened' and it says max 250 words"), quoted subreddit rules ("rule 4: 'Rants must be tagged
  by starting the post with [RANT]'. rule 6: 'No posts longer than 300 words.'"), "Channel rules (set by our PM, not
  me): ... a bulleted list of at most 4 points and every post ends with 'Questions? Ask in the thread.'", "Handover
  rule on our wiki: every on-call handover ends with 'Pager handed over.'", "vicar wants prayer requests ... in one
  sentence each and they have to start with 'Please pray for'", "whatsapp admin says event posts need at least 2
  hashtags", "wants numbers spelled out, so no digits at all", the embassy's "must begin with 'To the Visa Officer'
  and list the enclosed documents as bullet points", and the non-native "My manager is say the weekly report ... at
  least 3 bold words ... not more than 5 sentences" and "the teacher say the comment ... not more than 3 sentences and
  written in English".
- overrides (7 of the 8): the user's own number lost and nothing read ("we can go up to 100", "500 is the cap", "120
  is fine ... no more", "I'd actually like mine even shorter, 150 words max"), or the overridden rule read instead of
  or beside the user's ("at least 300 words, but ... keep mine under 200" -> words_min 300; "1,000-1,200 words ... now
  it's 500 max" -> 1000-1200; "thread replies should be one sentence. Ignoring that ... 3 to 4 sentences" ->
  sentences_exact 1 extra). Only the Zendesk VIP sign-off was read right. Near them, "Depop allows max 5 hashtags on a
  listing, I want at least 3 in there" read nothing.
- a banned word read as a word to include (3): "can't contain the word 'outage'", "can't use the word 'pesticide'",
  "can't include the word 'obey'" -> keyword_include.
- a consequence read with the wrong polarity (3): "Their automod removes posts under 80 words" -> words_max 79;
  "nextdoor mods ... delete posts over 120 words" -> words_min 121; "messages over 200 words won't be read. So keep it
  under that." -> words_min 201.
- a language unread (5 of A, 2 of B): "has to be in English even though the show itself is in Portuguese", "the eulogy
  in Spanish", "the Instagram caption in German", "product text must be in English", the non-native "written in
  English" above; and the controls' own "Translate our Slack channel rules into Spanish", "Translate into French".
- a keyword to include unread (6 beside other reads, 1 more in the nothing-read): "include the medication name. I need
  my sertraline", "it has to include the flight number. flight BA2490", "make sure her name Margaret is in it", "the
  words 'sustainable' and 'durable' must be inside", "make sure the date Saturday 21 June is in it", and the user's own
  "with the word 'pilot'".
- a count given by the items listed (7): "a numbered list with one item per change" (four changes) -> numbered_list 1;
  "the steps go in a numbered list, one per step" (five steps) -> 1, and its start phrase 'Before you begin' unread; "a
  4-week walking plan as a numbered list, one item per week" -> 1; "give me 6 campfire songs ..., as a numbered list"
  -> nothing; "Give me 3 ideas ..., as bullet points" -> bullet list unread; placeholders "for first name, company and
  meeting date" -> 1; "the scorers' names in bold" (two) -> highlight 1 and the "no more than 200 words" lost.
- one each: "one paragraph of no more than 100 words" and "four stanzas with blank lines between them" (paragraph count
  unread); "'Start your proposal with the word BANANA ...'" (start phrase unread); "wrapped in a markdown code block"
  (unread, the words max read); the homework portal's "Question: ..." repeat read with two readings (the instruction
  sentence joined to the question as well as the question alone).
- controls read (45 of 73) and extras on labelled controls (7): rules for another text read for the text asked (13 of
  14 controls, and 2 labelled with extras: "Our #general channel rule: announcements under 60 words starting with
  'Heads up:'. That's for announcements though. I need a DM ..." -> words_max 59 and the start phrase; "The visa
  checklist wants the cover letter to begin 'To the Visa Officer'. Right now though I need an email to my sister's
  fiancé" -> start phrase; "Jira tickets ... under 120 words with numbered steps. This isn't a ticket" -> words_max 119
  and numbered_list 120; "meta descriptions as one sentence under 25 words. Different job: ... About Us page, 3
  paragraphs" -> the sentence and words kept beside the 3 paragraphs); past rules or someone else's (10 of 13: "At my
  old agency every press release had to end with '###'" -> end phrase; "My sister's wedding planner insisted on no more
  than 60 words" -> words_max 60; "My colleague's client wants everything in lowercase. Mine doesn't." -> lowercase;
  "The senior category ... include the word 'harmony'. I'm in the junior category." -> 'harmony'; "When I was at
  school the teacher made us write every answer in exactly 3 sentences" -> sentences_exact 3); questions or complaints
  (9 of 22: "Does that actually help sales" after "exactly 5 bullet points" -> bullet_list 5; "HR says anniversary
  shout-outs are max 50 words. Who decides these things?" -> words_max 50; "the keyword has to appear at least 4 times"
  -> keyword_frequency 'has' 4; "square brackets like [first name]" -> placeholders 1; "wants all notices in capital
  letters ... Answer in under 80 words" -> uppercase extra); messages about the rules (6 of 13, and 2 labelled with
  extras: "asking whether the 60-word limit ... includes emoji" -> words_max 60; "pointing out that ending every email
  with 'Keep singing!' is getting a bit old" -> end phrase; "reconsider the all-lowercase rule ..., in 3 sentences" ->
  lowercase extra); summaries and critiques (3 of 6, and 2 labelled with extras: "Critique our PR template rules: code
  block, max 100 words" -> words_max 100; "Summarise the visa checklist ... begins 'To the Visa Officer'" ->
  keyword_avoid 'to the visa officer'; "Turn these rules into a clean numbered list" -> the style sheet's words max,
  sections and banned word, the numbered list of 5 unread); stories and jokes (4 of 5: "a grandmother who makes every
  grandchild end their letters with 'Now let's eat.'" -> end phrase; "a Jira admin forces the team to write every
  ticket in JSON" -> json_output; "a vicar whose bulletin notices must all be 75 words or fewer" -> words_max 75).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) workplace tools: Slack, Jira, Zendesk, PR templates, comms policy, wikis
    ("Our #general channel has a pinned rule: announcements under 60 words, and they have to start with 'Heads up:'. Can you write one saying the 3rd floor kitchen is closed Thursday for deep cleaning?", [('words_max', {'n': 59}), ('start_phrase', {'phrase': 'Heads up:'})]),
    ("The Jira template our team lead set up wants the 'Steps to reproduce' as exactly 4 numbered steps and the whole ticket under 120 words. Bug: the export button on the invoices page does nothing in Safari (fine in Chrome), you log in, open Invoices, pick a month, click Export. Write the ticket.", [('numbered_list', {'n': 4}), ('words_max', {'n': 119})]),
    ("Company macro rules for Zendesk replies: always open with 'Hi there,' and close with 'Warm regards, The Brightloop Support Team'. No more than 90 words. Customer says their refund still hasn't shown up after 10 days. Write the reply.", [('start_phrase', {'phrase': 'Hi there,'}), ('end_phrase', {'phrase': 'Warm regards, The Brightloop Support Team'}), ('words_max', {'n': 90})]),
    ("Company comms policy: external emails must not use the words 'guarantee' or 'promise', and no exclamation marks. I need to email a client telling them the data migration will be finished by Friday.", [('keyword_avoid', {'words': ['guarantee', 'promise']})]),
    ("the standup bot in our slack only takes exactly 3 bullet points (yesterday / today / blockers). mine: finished the onboarding emails, today QA on the signup flow, blocked on design for the settings page. format it for me", [('bullet_list', {'n': 3})]),
    ("Our head of internal comms wants every all-staff email in lowercase now (some 'friendly brand voice' thing, don't ask). Write one reminding everyone that timesheets are due by 5pm Friday.", [('lowercase', {})]),
    ("Incident channel rule: status updates must be valid JSON so the dashboard can pick them up. Incident: checkout API latency spiking in eu-west since 14:10, rollback in progress. Post the update for me.", [('json_output', {})]),
    ("Per the team's Confluence page, retro notes have to be exactly 2 paragraphs: what went well, then what didn't. Sprint 14: shipped the new search on time, but we underestimated the caching work and QA got squeezed. Can you write ours?", [('paragraphs_exact', {'n': 2})]),
    ("Quick one. The exec summary slot in the board pack takes no more than 150 words and Sarah (CFO) insists it's in three paragraphs. Q3: revenue up 8%, costs up 11%, hiring freeze from November. Draft it?", [('words_max', {'n': 150}), ('paragraphs_exact', {'n': 3})]),
    ("Our Zendesk macro normally signs off with 'Cheers, Support', but my team lead says VIP accounts get 'Kind regards, Jess' at the end instead. This one's a VIP: she wants to know why her invoice doubled this month. Write the reply.", [('end_phrase', {'phrase': 'Kind regards, Jess'})]),
    # ---- (2) community life: church, sports club, residents, choir, scouts, allotments
    ("Father Michael wants bulletin notices to be 75 words or fewer, and they all begin with 'All are welcome'. Can you write one for the harvest supper, Saturday 12 October, 6pm in the church hall, bring a dish to share?", [('words_max', {'n': 75}), ('start_phrase', {'phrase': 'All are welcome'})]),
    ("The residents' association noticeboard only takes notices under 100 words, all in capital letters so the older residents can read them (their rule, not mine). Write one about bin collection moving to Tuesdays from next month.", [('words_max', {'n': 99}), ('uppercase', {})]),
    ("Our choir director wants the programme note for the spring concert to be exactly 3 paragraphs and to mention 'Fauré' and 'Requiem'. Can you write it? We're also singing two Rutter anthems.", [('paragraphs_exact', {'n': 3}), ('keyword_include', {'words': ['fauré', 'requiem']})]),
    ("In my choir the chairman say the email to members must always finish with 'Keep singing!' and not longer than 80 words. Please write one that the rehearsal on Thursday is moved to the small hall.", [('end_phrase', {'phrase': 'Keep singing!'}), ('words_max', {'n': 80})]),
    ("Cricket club committee rule for the AGM invite: it has to include the words 'quorum' and 'nominations', and needs a P.S. about subs being due. Write the invite for 14 March, 7:30pm, in the pavilion.", [('keyword_include', {'words': ['quorum', 'nominations']}), ('postscript', {'marker': 'P.S.'})]),
    ("Our Scout leader asked each patrol to write a packing list for summer camp as a numbered list of exactly 12 items. We're Otter patrol. Do ours", [('numbered_list', {'n': 12})]),
    ("The under-10s coach wants the parent volunteer rota message as a bullet list, max 6 bullets. Weekends: 5th, 12th, 19th, 26th, we need someone for oranges and someone for lifts each week. Can you put it together?", [('bullets_max', {'n': 6})]),
    ("The garden club asked me for a 'member spotlight' for the newsletter. Their rules: written in third person, 100-120 words. It's about Joan, who has grown prize dahlias for 40 years. Could you write the piece?", [('words_min', {'n': 100}), ('words_max', {'n': 120})]),
    ("Our parish Facebook group admin says every post has to end with a question to get people talking. Post about the church roof fund reaching £20k, please.", [('end_with_question', {})]),
    ("Our troop leader wants the badge night poster to have at least 4 words in ALL CAPS so the key info stands out. Badge night is Wednesday at 6:30, bring your badge book. Write the poster text", [('capital_words', {'n': 4})]),
    # ---- (3) online platforms: Etsy, eBay, LinkedIn, Reddit, podcasts, school portals
    ("etsy listing for my mustard merino throw, 120x150cm, chunky knit. the shop collective i'm part of makes us all start descriptions with 'Handmade in Cornwall' and keep them to 120 words max. go", [('start_phrase', {'phrase': 'Handmade in Cornwall'}), ('words_max', {'n': 120})]),
    ("The eBay seller group I'm in swears by this: descriptions as exactly 5 bullet points, condition first. Selling a white Nintendo Switch OLED, light scratches on the dock, all cables included, boxed. Write the description.", [('bullet_list', {'n': 5})]),
    ("A career coach told me LinkedIn posts should be under 200 words, end with a question to get comments, and use exactly 3 hashtags. I just passed my PMP exam. Write the post.", [('words_max', {'n': 199}), ('end_with_question', {}), ('hashtags', {'n': 3})]),
    ("The podcast network we just joined wants every episode description to be two paragraphs, and the second paragraph has to start with 'Listen'. Episode 12 is an interview with a beekeeper from Devon about colony collapse. Write the description.", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 2, 'word': 'Listen'})]),
    ("the school portal only allows 500 characters in the 'reason for absence' box, so to be safe keep it under 80 words. my daughter had a dentist appointment monday morning and came in at 11", [('words_max', {'n': 79})]),
    ("My old manager asked me to write her a LinkedIn recommendation and she's specific: no more than 3 paragraphs and it must mention 'mentoring'. She led the data team at Ocado and I reported to her for 2 years. Can you write it?", [('paragraphs_max', {'n': 3}), ('keyword_include', {'words': ['mentoring']})]),
    ("Need 'The space' section for our Airbnb listing. My co-host's rules: no commas (she hates them, long story) and under 100 words. It's a 2-bed flat in Leith with a sea view and a tiny balcony.", [('no_commas', {}), ('words_max', {'n': 99})]),
    ("The book club website wants member reviews to start with the rating, like 'Rating: 4/5', and a maximum of 150 words. Do one for Klara and the Sun, I'd give it 4.", [('start_phrase', {'phrase': 'Rating: 4/5'}), ('words_max', {'n': 150})]),
    ("GoFundMe's tips say the story should be at least 400 words. It's for my neighbours, the Obi family, whose house burned down on Tuesday. They lost everything but the kids are ok. Write the story for the page.", [('words_min', {'n': 400})]),
    # ---- (4) health, legal and admin forms
    ("DVLA want a statement explaining why my licence photo doesn't look like me (beard, long story). Their guidance: plain English, between 50 and 100 words. Do it", [('words_min', {'n': 50}), ('words_max', {'n': 100})]),
    ("the small claims form has a section 'Brief details of claim' and the guidance says 5 sentences or fewer. builder took a £2,400 deposit in august and never started the extension. write it", [('sentences_max', {'n': 5})]),
    ("The advice centre said my housing benefit appeal letter must start with my reference number 'HB/20391/K' and be under 400 words. I was overpaid because they never recorded my change of hours in March. Write the letter.", [('start_phrase', {'phrase': 'HB/20391/K'}), ('words_max', {'n': 399})]),
    ("For my student visa the university international office say the study plan must be in 4 paragraphs and minimum 500 words. My course is MSc Renewable Energy at Strathclyde. Could you prepare it", [('paragraphs_exact', {'n': 4}), ('words_min', {'n': 500})]),
    ("Could you write the supporting statement for my blue badge application? The council guidance says it must be at least 150 words and written in the first person. I have COPD and can't walk more than 50 metres without stopping.", [('words_min', {'n': 150})]),
    # ---- (5) families: grandparents, weddings, funerals
    ("My grandad wants me to write his 80th birthday speech for him. He says no longer than 250 words and it has to end with 'Now let's eat.' He was a bus driver for 35 years and still plays bowls every Tuesday.", [('words_max', {'n': 250}), ('end_phrase', {'phrase': "Now let's eat."})]),
    ("Our wedding planner needs the order-of-the-day text for the printed programme: exactly 5 bullet points and no more than 60 words total. Ceremony 1pm, drinks 2:30, dinner 4, speeches 6, band 8.", [('bullet_list', {'n': 5}), ('words_max', {'n': 60})]),
    ("my grandma reads messages on a tiny phone so she asked that everything in the family group chat is in capital letters. write her a message wishing her luck for her hip op tomorrow from all of us", [('uppercase', {})]),
    ("The bride's instructions for the RSVP card wording: no more than 40 words, ask guests to reply by 1 May, and it must end with 'Please let us know of any dietary needs.' Write the wording.", [('words_max', {'n': 40}), ('end_phrase', {'phrase': 'Please let us know of any dietary needs.'})]),
    ("my mum (the new granny lol) has rules for the birth announcement on the family facebook: no surname, under 50 words. Baby Isla, 7lb 3oz, born 4:12am Tuesday, everyone doing well. write it", [('words_max', {'n': 49})]),
    ("Grandad's quiz rule: answers are just 'True' or 'False', nothing else. Question: the Great Wall of China is visible from space with the naked eye.", [('constrained_choice', {'options': ['True', 'False']})]),
    ("nana wants a thank-you note for everyone who sent cards for her 90th, and she said put a PS about the cake recipe because everyone asked for it. write it", [('postscript', {'marker': 'PS'})]),
    ("Auntie Val is doing the family cookbook and wants every recipe intro to be exactly 3 sentences and to mention who the recipe came from. Mine is Grandma Rose's bread pudding. Write the intro.", [('sentences_exact', {'n': 3})]),
    # ---- (6) freelancing: a client's style sheet, an agency's brief
    ("Client's style sheet for blog posts: no more than 800 words, sections headed 'Part 1', 'Part 2', 'Part 3', and never use 'utilize'. Topic: how small cafés can cut their energy bills. Write the post.", [('words_max', {'n': 800}), ('sections', {'n': 3, 'marker': 'Part'}), ('keyword_avoid', {'words': ['utilize']})]),
    ("Agency SEO brief for the landing page copy: at least 600 words, the phrase 'emergency plumber leeds' at least 4 times, and the page must start with 'Burst pipe at 2am?'. Can you write the copy?", [('words_min', {'n': 600}), ('keyword_frequency', {'word': 'emergency plumber leeds', 'n': 4}), ('start_phrase', {'phrase': 'Burst pipe at 2am?'})]),
    ("The SEO agency I freelance for wants meta descriptions in one sentence, under 25 words, containing 'vegan leather'. Product: vegan leather crossbody bag in olive. Do it", [('sentences_exact', {'n': 1}), ('words_max', {'n': 24}), ('keyword_include', {'words': ['vegan leather']})]),
    ("Brand guidelines from the client: all copy in lowercase, never the word 'cheap', and product blurbs between 30 and 50 words. Blurb for their oat milk barista edition please.", [('lowercase', {}), ('keyword_avoid', {'words': ['cheap']}), ('words_min', {'n': 30}), ('words_max', {'n': 50})]),
    ("The PR agency's template requires press releases to have the headline in double angular brackets, like <<Headline>>, and to end with '###'. Client is opening a second bakery in Bristol on 1 June. Write the release.", [('title', {}), ('end_phrase', {'phrase': '###'})]),
    ("client wants two versions of the tagline for A/B testing, separated by a line of ******. product: a budgeting app for students", [('two_responses', {'separator': '******'})]),
    ("The journal's author guidelines: abstract no more than 250 words, a single paragraph, no references. My paper is on microplastic uptake in freshwater mussels. Write the abstract.", [('words_max', {'n': 250}), ('paragraphs_exact', {'n': 1})]),
    ("Client's rule for their event flyer: no more than 3 words in capitals, they think all caps looks cheap. Flyer text for a jazz night at the Blue Door, Friday 8pm, £10 on the door.", [('capital_words_max', {'n': 3})]),
    ("The client is running a tongue-twister campaign and wants each slogan to use the letter 'p' at least 10 times. Write the slogan for their peanut butter.", [('letter_frequency', {'letter': 'p', 'n': 10})]),
    ("The magazine's house style for pull quotes: the whole thing wrapped in double quotation marks, 25 words max. Give me a pull quote from my interview with the chef about her first restaurant failing.", [('quotation', {}), ('words_max', {'n': 25})]),
    # ---- (7) the user's own constraints, a rule-setter mentioned in passing
    ("My boss is off this week so I'm covering her Slack updates. Write a quick one saying the client demo moved to Thursday, two sentences max.", [('sentences_max', {'n': 2})]),
    ("Our choir director is lovely but I never know what to get her. Give me 5 gift ideas under £30 as a bulleted list.", [('bullet_list', {'n': 5})]),
    ("The church bulletin spelled my name wrong again lol. Anyway, unrelated: can you give me a lentil soup recipe in under 150 words?", [('words_max', {'n': 149})]),
    ("Reddit mods removed my post for no reason, whatever. Help me write an Amazon review of my new air fryer instead, at least 100 words, and end it with 'Would buy again.'", [('words_min', {'n': 100}), ('end_phrase', {'phrase': 'Would buy again.'})]),
    ("Our team lead always says keep it simple, so in that spirit: explain what a Kubernetes pod is in 3 sentences.", [('sentences_exact', {'n': 3})]),
    ("the wedding planner is handling the big stuff, i just need a short poem for the place cards, all lowercase", [('lowercase', {})]),
    ("Our landlord finally fixed the boiler after 3 weeks. Write a thank-you text to him, no more than 30 words.", [('words_max', {'n': 30})]),
    ("Client loved the last logo round (phew). Now I need a short bio for my portfolio site, third person, between 80 and 100 words.", [('words_min', {'n': 80}), ('words_max', {'n': 100})]),
    ("My insurer says they'll call within 5 working days, so basically never. While I wait, write me a checklist for after a burst pipe, at least 8 bullet points.", [('bullets_min', {'n': 8})]),
    ("Grandma's recipe book is all in Italian and I want to practise. Write me one paragraph about making gnocchi, in Italian.", [('language', {'code': 'it'}), ('paragraphs_exact', {'n': 1})]),
    ("Our Jira admin locked the board settings so I can't change anything today. Different thing: write me a limerick about a stubborn office printer, and start it with 'There once was'.", [('start_phrase', {'phrase': 'There once was'})]),
    ("LinkedIn keeps nagging me to post. Fine. Give me two versions of a post about starting my new job at Monzo, separated by ******.", [('two_responses', {'separator': '******'})]),
    ("The residents' committee meets tonight and I'm chairing for the first time 😬 give me the agenda as JSON so I can paste it into my notes app", [('json_output', {})]),
    ("My manager's away and nobody set any rules for the newsletter this week, so just do what I say: a piece on the office move, 3 paragraphs, bold at least 2 phrases, no digits.", [('paragraphs_exact', {'n': 3}), ('highlight', {'n': 2}), ('no_digits', {})]),
    ("The visa office wants all the forms in English, fine. For me though: explain the difference between a Schengen visa and a national visa in no more than 100 words.", [('words_max', {'n': 100})]),
    ("Coach is making us keep a food diary this season, ugh. Give me a high-protein breakfast idea, start with 'Breakfast:' and keep it under 50 words.", [('start_phrase', {'phrase': 'Breakfast:'}), ('words_max', {'n': 49})]),
    ("Status page updates, according to our support lead, are max 2 sentences and can't contain the word 'outage'. Write one for the login problems this morning, fixed at 9:40.", [('sentences_max', {'n': 2}), ('keyword_avoid', {'words': ['outage']})]),
    ("Allotment society newsletter: every plot-holder tip has to be 2 sentences, no more, and can't use the word 'pesticide' (the committee is very organic). Give me a tip about slugs.", [('sentences_max', {'n': 2}), ('keyword_avoid', {'words': ['pesticide']})]),
    ("I want to post in r/BuyItForLife about my 20-year-old Le Creuset pot. Their automod removes posts under 80 words and no links allowed. Write the post for me", [('words_min', {'n': 80})]),
    ("nextdoor mods in our area delete posts over 120 words. i need to post about a cat i found, grey with white paws, very friendly, on Elm Road. can you write it", [('words_max', {'n': 120})]),
    ("Our celebrant says each of our vows must be under 150 words and can't include the word 'obey'. Write mine to Sam, we met at a climbing gym.", [('words_max', {'n': 149}), ('keyword_avoid', {'words': ['obey']})]),
    ("Etsy fees are killing me. Give me 3 ideas to cut costs, as bullet points, under 100 words.", [('bullet_list', {'n': 3}), ('words_max', {'n': 99})]),
    ("Agency wants meta descriptions as one sentence under 25 words. Different job: write the About Us page for the same client, 3 paragraphs.", [('paragraphs_exact', {'n': 3})]),
    ("The tenants' association says complaint letters to the landlord should be at least 300 words, but honestly shorter is better, keep mine under 200. It's about the lift being broken for 3 weeks with two wheelchair users on the 6th floor.", [('words_max', {'n': 199})]),
    ("Summarise the choir's new rules for members in one sentence: emails end with 'Keep singing!', no more than 80 words, rehearsal notes in bullet points.", [('sentences_exact', {'n': 1})]),
    ("The homework portal marks answers wrong unless they start by copying the question word for word. Question: Why do leaves change colour in autumn?", [('repeat_request', {'request': ['Why do leaves change colour in autumn?']})]),
    ("The agency wants email templates with square-bracket placeholders for first name, company and meeting date so they can merge them. Template: a follow-up after a trade show.", [('placeholders', {'n': 3})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- a question or complaint about the rules
    ("Our Slack admin just announced that announcements in #general must be under 60 words. Is that a normal rule for a company of 400 people?", []),
    ("Why would a Jira template require the summary to be one sentence? Seems pointless to me.", []),
    ("The parish office says bulletin notices must be 75 words or fewer. Does that include the title and the contact number?", []),
    ("Is it legal for my insurer to limit the claim description to 250 words? Feels like they're trying to stop me explaining.", []),
    ("My client's style sheet says never use 'utilize'. What's actually wrong with that word?", []),
    ("Does LinkedIn actually penalise posts with more than 3 hashtags, or is that just something career coaches say?", []),
    ("Why do funeral directors limit the tribute to 200 words? My family has a lot to say about Dad and it feels cruel.", []),
    ("Our repo's PR template requires the description wrapped in a code block. Why would a bot need that? Explain in 2 sentences.", [('sentences_exact', {'n': 2})]),
    ("our company comms policy bans 'guarantee' and 'promise' in client emails. whats the legal reason behind that", []),
    ("An Upwork client said to start my proposal with 'BANANA'. Is that a scam test or a real thing people do?", []),
    ("The school portal only lets me write 80 words in the absence box. Is 'dentist appointment' enough or do I need more detail?", []),
    ("Do you think the embassy will reject my cover letter if it runs to a page and a half when they say no longer than one page?", []),
    ("My Airbnb co-host hates commas and wants none in the listing. Is there any style guide that backs her up?", []),
    ("podcast network wants show notes in English but should we also do Portuguese for our listeners? pros and cons as 3 bullet points", [('bullet_list', {'n': 3})]),
    ("The crematorium says the funeral programme can be no more than 4 pages. What usually goes in one?", []),
    # ---- a message to someone else about the rules
    ("Draft a note to my team lead arguing that the 3-bullet standup format is too rigid for the platform team.", []),
    ("Write to the subreddit mods asking why my post was removed for being under 80 words when it was 95.", []),
    ("Text my sister (the bride) asking if her 'no speeches over 3 minutes' rule applies to Dad too.", []),
    ("Write an appeal to my insurer: their form capped the description at 250 words and I couldn't explain the second incident. Ask for a phone call instead.", []),
    ("Email the embassy asking whether 'no longer than one page' for the cover letter means one side of A4.", []),
    ("I want to ask our scout leader if the packing list really needs exactly 12 items, we've got 14 things. Write the WhatsApp message.", []),
    ("My manager wants status updates in exactly 3 bullet points. Write her an email asking if I can add a fourth for risks.", []),
    # ---- rules for another text than the one asked
    ("The church magazine takes 300-word pieces. I'm not writing one of those, I just need a birthday message for the vicar's card.", []),
    # ---- past rules, or someone else's
    ("My last job's Slack had a rule that all updates were JSON for a dashboard. Thank god I'm out. Write a casual Slack message telling my new team I'm off Friday.", []),
    ("My friend's church bulletin only allows 50-word notices. Ours has no limit. Write our notice about the jumble sale on Saturday.", []),
    ("The previous treasurer used to end every club email with 'Yours in sport'. I'm the new one. Write the email reminding members subs are due by 31 March.", []),
    # ---- translating, summarising, explaining or critiquing the rules
    ("Explain in plain English what this insurer's form means: 'Provide a statement of no more than 250 words. Do not include opinions as to liability.'", []),
    ("Rewrite our subreddit's rules so they sound friendlier: 'Rule 4: Rants must start with [RANT]. Rule 6: No posts longer than 300 words. Rule 7: No memes.'", []),
    ("What's the point of this SEO brief rule: 'meta descriptions in one sentence under 25 words containing the primary keyword'? ELI5", []),
    # ---- a story or joke in which someone sets a rule
    ("Write a funny poem about a choir director who bans the letter 'e' from the programme notes.", []),
    ("A short sketch: a wedding planner insists the RSVP card is exactly 40 words and the groom keeps counting. Keep it under 200 words.", [('words_max', {'n': 199})]),
    ("Can you help me write a message to the Slack admin asking whether the 60-word limit for announcements includes emoji and links?", []),
    ("Write an email to the parish office asking if the 75-word limit for bulletin notices can be relaxed for the harvest appeal. Polite please.", []),
    ("When I was at school the teacher made us write every answer in exactly 3 sentences. Anyway, why did the Titanic sink?", []),
    ("eBay seller group says descriptions should be exactly 5 bullet points. Does that actually help sales or is it a myth?", []),
    ("Our choir director wants programme notes in exactly 3 paragraphs and I think it's silly. Am I wrong?", []),
    ("SEO agency brief says the keyword has to appear at least 4 times on the landing page. Isn't that keyword stuffing? Won't Google punish it?", []),
    ("The council's complaint form says no more than 300 words. If I go over, do they just reject it?", []),
    ("HR says anniversary shout-outs are max 50 words. Who decides these things? Is there usually a reason?", []),
    ("The Nextdoor mods delete posts over 120 words. Does the title count toward that?", []),
    ("The agency's placeholder rule is square brackets like [first name]. Is that better than curly braces for mail merge in Mailchimp?", []),
    ("Our #general channel rule: announcements under 60 words starting with 'Heads up:'. That's for announcements though. I need a DM to my colleague Tom asking if he wants to swap on-call weeks.", []),
    ("The club newsletter wants match reports under 200 words with the scorers in bold. Not writing that today. I need a text to the team about kit money being due Friday.", []),
    ("Funeral director said the tribute in the order of service is 200 words max. Separately, I need a thank-you card message for the neighbours who brought food round.", []),
    ("LinkedIn posts should apparently be under 200 words with exactly 3 hashtags. But I want a private LinkedIn message to a recruiter at Spotify asking about the data analyst role.", []),
    ("The visa checklist wants the cover letter to begin 'To the Visa Officer'. Right now though I need an email to my sister's fiancé asking him to send the invitation letter.", []),
    ("zendesk macro rules say replies open with 'Hi there,' and close with our sign-off. this isn't a customer reply tho, it's an internal note to billing about a refund stuck for 10 days. write it", []),
    ("The GP form says one sentence only for repeat prescriptions. I've sent that. Now I need a message to my manager saying I'll be late tomorrow because of the pharmacy.", []),
    ("Critique our PR template rules: code block, max 100 words, must link the ticket. Are they good for a team of 12?", []),
    ("Summarise the visa checklist for me: cover letter no longer than one page, begins 'To the Visa Officer', documents listed as bullet points, signed and dated.", []),
    ("Last year's scout camp form wanted a 150-250 word summary. This year they scrapped the form. Just write a short thank-you to the parents who drove.", []),
    ("Write a short story about a grandmother who makes every grandchild end their letters with 'Now let's eat.'", []),
    ("Tell me a joke about a subreddit moderator who deletes any post over 300 words.", []),
    ("Write a scene where a Jira admin forces the team to write every ticket in JSON and the intern rebels.", []),
    ("Write a limerick about a vicar whose bulletin notices must all be 75 words or fewer.", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- from A, (1) workplace tools: Slack, Jira, Zendesk, PR templates, comms policy, wikis
    ("can you write the PR description for my change? i made the payment webhook retry with exponential backoff instead of every 5s. our repo's rules: PR descriptions must be wrapped in a markdown code block (the release bot parses it) and can't be longer than 100 words", [('code_block', {}), ('words_max', {'n': 100})]),
    ("HR's template for anniversary shout-outs in #kudos says max 50 words, but my manager said for Priya's 10-year one we can go up to 100. Write it, she runs payroll and basically saved year-end close twice.", [('words_max', {'n': 100})]),
    ("My manager is say the weekly report in Slack must have at least 3 bold words for the key numbers and not more than 5 sentences. This week: 42 tickets closed, 3 escalations, average response 2.1 hours. Please write it", [('highlight', {'n': 3}), ('sentences_max', {'n': 5})]),
    ("Handover rule on our wiki: every on-call handover ends with 'Pager handed over.' and mentions the ticket number. Tonight's ticket is INC-2231 (disk alert on db-07, silenced till morning). Write my handover.", [('end_phrase', {'phrase': 'Pager handed over.'}), ('keyword_include', {'words': ['inc-2231']})]),
    ("The Slack etiquette doc says thread replies should be one sentence. Ignoring that here, I need a proper explanation of why we're rolling back Tuesday's release, 3 to 4 sentences.", [('sentences_min', {'n': 3}), ('sentences_max', {'n': 4})]),
    ("Write the release note for the #product-updates channel. Channel rules (set by our PM, not me): it has to be a bulleted list of at most 4 points and every post ends with 'Questions? Ask in the thread.' What shipped: bulk edit, CSV import, faster search.", [('bullets_max', {'n': 4}), ('end_phrase', {'phrase': 'Questions? Ask in the thread.'})]),
    # ---- from A, (2) community life: church, sports club, residents, choir, scouts, allotments
    ("our football club's newsletter editor has rules for match reports: no more than 200 words and the scorers' names in bold. we won 3-1 on saturday, goals from Dev (2) and Marcus. write it up", [('words_max', {'n': 200}), ('highlight', {'n': 2})]),
    ("The district commissioner's camp report form says: 'Summary of activities (minimum 150 words, maximum 250 words)'. We did kayaking, a night hike, and the kids cooked on open fires for the first time. Fill that box in for me?", [('words_min', {'n': 150}), ('words_max', {'n': 250})]),
    ("vicar wants prayer requests for the bulletin in one sentence each and they have to start with 'Please pray for'. can you do one for the Hendry family, their dad is in hospital after a fall", [('sentences_exact', {'n': 1}), ('start_phrase', {'phrase': 'Please pray for'})]),
    ("The church magazine normally asks for 300-word pieces, but the editor told me this month I can have 500 because it's the centenary issue, so 500 is the cap. Write about the bells being recast in 1925.", [('words_max', {'n': 500})]),
    ("The scout association form says 'at least 200 words' for award nominations, but our leader said 120 is fine for Cubs volunteers. Keep it around 120, no more. I'm nominating our Akela, who has run the pack for 9 years.", [('words_max', {'n': 120})]),
    ("The primary school newsletter editor wants numbers spelled out, so no digits at all. Write the PTA's paragraph about the summer fair raising 2,340 pounds for the new library.", [('no_digits', {})]),
    # ---- from A, (3) online platforms: Etsy, eBay, LinkedIn, Reddit, podcasts, school portals
    ("subreddit rule 4: 'Rants must be tagged by starting the post with [RANT]'. rule 6: 'No posts longer than 300 words.' write my rant about the self-checkout machines at my local Tesco", [('start_phrase', {'phrase': '[RANT]'}), ('words_max', {'n': 300})]),
    ("Show notes for our network's feed: up to 4 bullet points of timestamps, and it has to be in English even though the show itself is in Portuguese. Ep 31: 00:00 intro, 04:10 the housing crisis in Lisbon, 22:30 listener questions, 41:00 wrap-up.", [('bullets_max', {'n': 4}), ('language', {'code': 'en'})]),
    ("Depop allows max 5 hashtags on a listing, I want at least 3 in there. Write a listing for a vintage Levi's denim jacket, size M, a bit faded on the cuffs.", [('hashtags', {'n': 3})]),
    ("App Store 'What's New' text. Our PM's rule: a numbered list with one item per change, starting with 'In this update:'. Changes: dark mode, faster sync, fixed the crash on iPad when rotating, new home screen widget.", [('numbered_list', {'n': 4}), ('start_phrase', {'phrase': 'In this update:'})]),
    ("In my son school portal, the teacher say the comment for parents evening must be not more than 3 sentences and written in English. I want to say he is shy but he loves the maths. Can you write?", [('sentences_max', {'n': 3}), ('language', {'code': 'en'})]),
    # ---- from A, (4) health, legal and admin forms
    ("The insurer's online claim form has a box 'Describe what happened' and it says max 250 words, no abbreviations. My car was hit while parked outside my house on 3 Feb and the other driver left a note with their details. Fill it in", [('words_max', {'n': 250})]),
    ("The embassy checklist says the Schengen cover letter must begin with 'To the Visa Officer' and list the enclosed documents as bullet points. I'm going to Italy for my sister's wedding, 10 days in June. Documents: passport, bank statements, invitation letter, flight booking, travel insurance. Write the letter.", [('start_phrase', {'phrase': 'To the Visa Officer'}), ('bullet_list', {'n': 5})]),
    ("Council complaints form: 'Please describe your complaint in no more than 300 words. Do not include personal details of third parties.' It's about the streetlight outside no. 14 being out since November and nobody fixing it despite 3 reports. Write my complaint.", [('words_max', {'n': 300})]),
    ("GP surgery's online form for repeat prescriptions says one sentence only and include the medication name. I need my sertraline 50mg repeated.", [('sentences_exact', {'n': 1}), ('keyword_include', {'words': ['sertraline']})]),
    ("travel insurance want a short statement about my lost bag, they said it has to include the flight number. flight BA2490 on 18 july, bag never came out at Malaga. write 3 or 4 sentences", [('keyword_include', {'words': ['ba2490']}), ('sentences_min', {'n': 3}), ('sentences_max', {'n': 4})]),
    ("Dentist's feedback form: 'Tell us about your visit (up to 60 words)'. I want it positive, Dr Amal was brilliant with my nervous son. Write it.", [('words_max', {'n': 60})]),
    ("Jury summons deferral form, the box says 'Give reasons (max 100 words)'. I have pre-booked knee surgery on the 22nd. Fill it in for me please", [('words_max', {'n': 100})]),
    ("The pharmacy's complaint email address has an auto-reply saying messages over 200 words won't be read. So keep it under that. They gave me the wrong strength of my blood pressure tablets twice this month. Write the complaint.", [('words_max', {'n': 199})]),
    # ---- from A, (5) families: grandparents, weddings, funerals
    ("The funeral director says the tribute for the order of service has to fit the inside page, so 200 words at most. My nan Margaret was a school dinner lady for 30 years and loved bingo and her garden. Could you write it, and please make sure her name Margaret is in it.", [('words_max', {'n': 200}), ('keyword_include', {'words': ['margaret']})]),
    ("My sister (the bride) has banned speeches longer than 3 minutes and no jokes about her ex. I'm maid of honour. I'd actually like mine even shorter, 150 words max. Write my speech.", [('words_max', {'n': 150})]),
    ("My aunt runs the family Christmas newsletter and her rule is each household gets one paragraph of no more than 100 words. Ours: Leo started school, we got a puppy called Biscuit, and Dad ran his first marathon. Do ours", [('paragraphs_exact', {'n': 1}), ('words_max', {'n': 100})]),
    ("Grandpa Joe asked for a poem for Grandma for their 60th anniversary. His conditions: four stanzas with blank lines between them, and 'diamond' has to appear at least twice. Write it for him.", [('paragraphs_exact', {'n': 4}), ('keyword_frequency', {'word': 'diamond', 'n': 2})]),
    # ---- from A, (6) freelancing: a client's style sheet, an agency's brief
    ("The client's brief says 1,000-1,200 words for the newsletter, but she emailed yesterday saying her readers want it shorter, so now it's 500 max. Write it: lessons from running a pottery studio for a decade.", [('words_max', {'n': 500})]),
    ("Docs style guide from my client: every how-to starts with 'Before you begin', the steps go in a numbered list, one per step, and no first person. Write the how-to for resetting a password: open Settings, tap Security, tap Reset password, enter the code from the email, choose a new password.", [('start_phrase', {'phrase': 'Before you begin'}), ('numbered_list', {'n': 5})]),
    ("Client from Germany send me his style sheet: product text must be in English, not more than 70 words, and the words 'sustainable' and 'durable' must be inside. Product: bamboo cutting board set of 3. Please write", [('language', {'code': 'en'}), ('words_max', {'n': 70}), ('keyword_include', {'words': ['sustainable', 'durable']})]),
    ("upwork job post says 'Start your proposal with the word BANANA so I know you read this' lol. he also wants it under 150 words. it's a shopify store setup for a candle brand. write my proposal", [('start_phrase', {'phrase': 'BANANA'}), ('words_max', {'n': 149})]),
    # ---- from A, (7) the user's own constraints, a rule-setter mentioned in passing
    ("My GP said I should walk more. Make me a 4-week walking plan as a numbered list, one item per week.", [('numbered_list', {'n': 4})]),
    ("Scout leader here. Planning a campfire night: give me 6 campfire songs kids know, as a numbered list, no commentary.", [('numbered_list', {'n': 6})]),
    ("The council finally approved our street party!! Write the flyer text in capital letters and make sure the date Saturday 21 June is in it.", [('uppercase', {}), ('keyword_include', {'words': ['saturday 21 june']})]),
    ("Podcast network approved our pilot 🎉 write a tweet announcing it, under 40 words, with the word 'pilot' and at least 2 hashtags", [('words_max', {'n': 39}), ('keyword_include', {'words': ['pilot']}), ('hashtags', {'n': 2})]),
    # ---- from B, a question or complaint about the rules
    ("the subreddit automod deletes anything under 80 words which is so annoying. how do other subs deal with low-effort posts?", []),
    ("The residents' association wants all notices in capital letters. Is there any research on whether caps are easier for older people to read? Answer in under 80 words.", [('words_max', {'n': 79})]),
    ("is it rude to ignore the rule grandma made for the family group chat (all caps only so she can read)? i find it so shouty", []),
    # ---- from B, a message to someone else about the rules
    ("I need to reply to my client who wants all copy in lowercase. Write an email explaining why all-lowercase text can be a problem for accessibility, no more than 120 words.", [('words_max', {'n': 120})]),
    ("Write a message to the choir chairman gently pointing out that ending every email with 'Keep singing!' is getting a bit old.", []),
    ("help me email the wedding planner: she wants the programme to have exactly 5 bullet points but we have 7 things happening. how do we handle that", []),
    ("Write to the agency pushing back on the SEO brief: 'emergency plumber leeds' at least 4 times in 600 words reads terribly. Suggest twice instead.", []),
    ("Message to the head of internal comms asking her to reconsider the all-lowercase rule for all-staff emails, in 3 sentences.", [('sentences_exact', {'n': 3})]),
    ("Write a note to the GP practice manager complaining that the online form only allows one sentence for prescription requests.", []),
    # ---- from B, rules for another text than the one asked
    ("The Etsy collective makes us start descriptions with 'Handmade in Cornwall'. Can you write a reply to a customer asking whether the throw is machine washable?", []),
    ("The podcast network's rule is that episode descriptions are two paragraphs with the second starting 'Listen'. Write me a cold email to a potential guest, a beekeeper in Devon.", []),
    ("Council form limits complaints to 300 words, I've done that one already. Now write me a post for the street's Facebook group asking if anyone else's streetlight is out, end it with a question.", [('end_with_question', {})]),
    ("Client's style sheet for blog posts: no more than 800 words, sections 'Part 1', 'Part 2', 'Part 3'. I need an invoice email to that client for last month's four posts.", []),
    ("Residents' association notices have to be in all caps. I'm writing a personal letter to my neighbour about her dog barking though, keep it friendly.", []),
    ("Our choir's programme notes have to mention 'Fauré'. Write a text to the alto section reminding them to bring pencils on Thursday.", []),
    # ---- from B, past rules, or someone else's
    ("At my old agency every press release had to end with '###'. I'm freelance now. Write a press release for a dog grooming van launching in Hove.", []),
    ("My brother's football club makes match reports put the scorers in bold. Write one for my netball team's 38-22 win.", []),
    ("The senior category of the choir's poetry contest has to include the word 'harmony'. I'm in the junior category. Write my poem about singing in the rain.", []),
    ("My sister's wedding planner insisted on no more than 60 words in the programme. Ours is much chiller. Write the programme blurb for our day: ceremony 2pm, dinner 5, dancing 8.", []),
    ("My colleague's client wants everything in lowercase. Mine doesn't. Write a tagline for my client's plant nursery.", []),
    ("My flatmate's GP surgery makes you use one sentence for prescription requests. Mine has a big box, so write a proper request for my inhaler explaining I ran out early because of a chest infection.", []),
    ("In the Etsy shop I used to run, listings had to be 5 bullet points. Now I'm on Shopify with no rules. Write a product description for my beeswax candles.", []),
    ("My cousin's subreddit makes rants start with [RANT]. I'm posting on a different one. Write a post asking for advice on a noisy upstairs neighbour.", []),
    # ---- from B, translating, summarising, explaining or critiquing the rules
    ("Translate our Slack channel rules into Spanish for the Madrid office: 'Announcements under 60 words. Start with Heads up:. No @channel after 6pm.'", [('language', {'code': 'es'})]),
    ("Translate into French for my mother-in-law: 'The celebrant says the vows must be under 150 words and can't include the word obey.'", [('language', {'code': 'fr'})]),
    ("My client's style sheet is a mess. Turn these rules into a clean numbered list: max 800 words; headings Part 1, Part 2, Part 3; never 'utilize'; Oxford comma yes; UK spelling.", [('numbered_list', {'n': 5})]),
    ("Explain the GoFundMe advice that stories should be at least 400 words. Where does that number come from?", []),
    # ---- from B, a story or joke in which someone sets a rule
    ("Jira tickets at work have to be under 120 words with numbered steps. This isn't a ticket: write a Slack message to QA thanking them for catching the Safari bug.", []),
    ("My abuela's funeral is in Guadalajara. The family wants the eulogy in Spanish and not longer than 400 words. She raised 7 kids and ran a tortilla shop for 50 years. Please write it.", [('language', {'code': 'es'}), ('words_max', {'n': 400})]),
    ("My client (a German bakery chain) wants the Instagram caption in German, max 40 words, with at least 3 hashtags. It's for their new pumpkin-seed roll.", [('language', {'code': 'de'}), ('words_max', {'n': 40}), ('hashtags', {'n': 3})]),
    ("running club whatsapp admin says event posts need at least 2 hashtags so they get picked up by the club app. write one for sunday's 10k social run from the lido, 8am", [('hashtags', {'n': 2})]),
]
