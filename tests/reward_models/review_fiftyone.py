# ruff: noqa: E501  (test data: one probe per line, as written)
"""A fifty-first review (a helper session): power users and prompt engineers, who write their chat requests the way
they write specs and system prompts, written blind to the reader's rules. Only the output conventions were learned
beforehand (the kinds and their arguments in `checkers.py`, and the docstring, layout and argument conventions of
`review_fortysix.py` and `review_fifty.py`, from their docstrings and a few entries); no request is taken from
another test file or from a public benchmark, and none imitates their wording.

- A: 159 labelled requests (323 labels), one to four each, in a spec-writer's voice: a task followed by
  "Requirements:", "Constraints:", "Rules:", "Must have:", "Output format:" or a requirements checklist ("[x] in
  Spanish"), as bullets, numbers or "(a) ... (b) ..."; key: value lines ("Length: 80-100 words", "Word limit: 70",
  "Case: UPPERCASE", "Allowed values: positive, negative, neutral", "Target language: Dutch", "Separator: -----",
  "Keywords to include: ...", "Forbidden terms: ..."); markdown headers ("## Format", "## Constraints", "# Output
  format"); MUST / MUST NOT / SHOULD in capitals ("MUST: respond in German."); XML-ish tags ("<constraints>",
  "<max_words>50</max_words>", "<output_format>"); role lines ("You are a sommelier.", "Act as a product manager.");
  pasted context (meeting notes, an email thread, a product spec, a stack trace, a policy excerpt, a podcast
  transcript, a retro board, brand guidelines, a README) before the ask, with numbers, bullets, quotes and capitals
  of its own that bind nothing; constraints scattered around the context ("Lowercase please, it's for a zine." ...
  "Oh, and no more than 4 sentences."); corrections ("Actually, make it 5 bullets, not 3.", "Wait — under 80 words",
  "Correction: it should be in Portuguese", "Scratch that, normal capitalisation is fine", "use a numbered list
  instead, same number of items", "Actually use ~~~ as the separator"); a template's default negated ("ignore the
  usual sign-off", "Skip that this week", "Normally I'd ask for JSON, but ...", "Leave that out. Start instead with
  ...", "Forget the 'Requirements' section from my last message", "drop the P.S."), where only what is still asked is
  labelled; one request typed in capitals (not an uppercase ask) and one written in French. Weighted toward word,
  sentence and paragraph bounds, bullets and numbered lists, keywords to include, avoid and count, start and end
  phrases, JSON, sections with a named marker, placeholders, lowercase and uppercase, no commas, two responses with a
  separator, P.S., titles in << >>, highlights, quotation, repeating the request, constrained choice, ending with a
  question, no digits and a language; hashtags, words in capitals, a letter's frequency, a code block and a
  paragraph's first word beside them. Asks with no kind in `checkers.py` are left unlabelled beside the labelled
  ones: tone, audience, person, "No bullet points, prose only", "Each bullet under 10 words", "Each version under 60
  words", characters, "one-line", "no emojis", a JSON object's keys or number of items, "language: bash" for a
  script, "Respond with the tagline only".
- B: 51 instruction-free controls in the same voice that carry the vocabulary without asking the answer to obey it:
  a system prompt with <constraints> to be judged, a style guide's "max 8 words", a JSON schema's maxItems, RFC
  2119's MUST and SHOULD, an RFP's word limit, a bot that will not stay lowercase, an agency brief's "Length: 120-150
  words" overrun, placeholders in mail-merge and Jinja, << >> titles, a ticket's "Constraints:" field, enforcing a
  one-word verdict in code, App Store caption rules, checking for commas in Python, what P.S. stands for, two hero
  lines pasted with ****** or ~~~ between them, meeting notes with content rules and a question of ownership, regexes,
  exact word counts, a localisation vendor's spec, bots that end with a question, all-caps taglines, bullets versus
  numbers, a sentence-length linter, a prompt's "## Format" to be judged, 'utilize', "300+ words", trailing commas,
  markdown asterisks, "Section 1" wiki pages, an incident template's first and last lines, answering in Spanish, a
  P.S. policy, an email thread about a report's length, TL;DR, grading a "no commas" assignment, repeating the
  question as a technique, hard and soft constraints in scheduling, a "<< >>" API error, "never start a paragraph
  with However", words in three sentences, a CMS's "Keywords to avoid" field, a job ad's cover-letter limit, YAML's
  "---", a colleague's "pls reply in lowercase", words that start and end a sentence, keyword frequency in SEO, a
  writing-test rubric, signature delimiters, numbering requirements. Expected reads: none.

Argument conventions as in the earlier reviews (`review_fortysix.py`): "under 80" / "less than" / "fewer than" is a
max of one less ("moins de 50 mots": words_max 49); "no more than" / "max" / "Max length:" / "Word limit:" /
"Limit:" / "at most" / "MUST NOT exceed" / "N max" / "maximum" a max of the number; "at least" / "min" / "minimum" /
"N+" a min of the number; "between 50 and 75", "80-100 words", "4 to 6 sentences", "Paragraphs: 3-5", "at least 3
and at most 5 bullet points", "2 paragraphs minimum, 150 words maximum" the bounds given; "exactly 3", "Sentences:
exactly 3", "write exactly 3 sentences", "a 3-sentence email teaser", "one sentence explaining ...", "a single
paragraph", "Length: 3 paragraphs", "a 2-paragraph reflection" are exact. A count beside a P.S. or a repeated
request is over the whole answer. "exactly N bullet points" / "Format: 4 bullet points" / "Use exactly 4 bullets" is
bullet_list; a numbered list of N ("numbered 1 to 3", "Number them 1 to 3", "exactly 10 names as a numbered list")
is numbered_list; "N hashtags" is hashtags n (the kind is a minimum); "bold at least two key phrases" / "highlight at
least 3 phrases with *asterisks*" is highlight. A keyword to include, to avoid or to count is lower-cased as typed
(a name too: 'ruth', 'sap', 'ai'), a multi-word phrase is one keyword, several in one instruction or one key: value
line are one entry in the order typed. A letter is lower-cased. A section marker is the word as typed ('SECTION',
'WEEK', 'Day', 'Part', 'Step', 'Module'), n the number of headers asked. A separator is the symbol run as typed or as
spelled out ("exactly six asterisks (******)", "exactly 5 tildes (~~~~~)"). A request to repeat is its text as typed
after the instruction ("Request: ...", "Question: ...", "Task: ...", "then do it: ..."), in a list of one. A start or
end phrase is the text as typed, quoted or after "Begin with:" / "End with:", with the punctuation inside the quotes
and none outside; a postscript marker is the one typed ("P.S.", "PS"); constrained-choice options are as typed,
quoted or not, slash-separated whole answers too; a language is its ISO 639-1 code ("Language: English" too). Phrases
ending in "?" are not used as end phrases. Where a request is corrected or a template's default dropped, only the
final ask is labelled.

Read by the reader as it stood when written (first read, no fixes; commit b65e6b1, working tree clean apart from
this file and another session's untracked review file, 2026-12-04 17:55 UTC): 210 probes (159 labelled, 51
controls), recall 287/323 = 0.889, precision 287/302 = 0.950 on the labelled probes (287/317 = 0.905 counting the 15
reads of controls), exact arguments 1.000 (a read with other arguments counts as one miss and one extra; a section
marker read in another case, 'Week' for 'WEEK', 'Section' for 'SECTION', counts as read, as the checker ignores
case), 43 of 51 controls clean (`aligned-train eval-instructions --cases` gives 0.889 / 0.950, 43 of 51). 35
labelled probes are misread (36 misses, 15 extras); no label was changed after the read. Its misses, by kind:
- word bounds (8 in 7 probes): "- Word count: 250 minimum, 400 maximum" (both); "Length: 2 paragraphs minimum, 150
  words maximum" (the max); "<max_words>50</max_words>"; "moins de 50 mots"; "- keep the body under 120 words" under
  "Overrides for this send:"; and, read as the bound the request dropped, "under 100 words. Wait — under 80 words"
  (read 99) and "Forget the 'Requirements' section ... (the 200-word limit ...) ... between 60 and 90 words" (read
  200, the 60 read).
- language (5): "[x] in Spanish" in a requirements checklist; "Target language: Dutch"; "- Language: English";
  "(Must be in French.)"; "en français" in a request written in French.
- keywords to include (4): "- the word \"Saturday\"" under "Must have:"; "<must_include>opt out</must_include>"; "must
  include the word \"replacement\"" after "— max 80 words —"; "must include: \"latency\" (was \"speed\")" (read with
  'speed').
- constrained choice (3): "Allowed values: positive, negative, neutral"; "Answer format: My answer is yes. / My
  answer is no. / My answer is maybe."; "respond with exactly one of GO, NO-GO, or DEFER — no explanation".
- keywords to avoid (2): "Keyword to avoid: disruption"; "Banned words list for this piece: revolutionary,
  game-changer, seamless.".
- repeating (2): "restate my question exactly as written ... Question: What is the difference ...?" and "echo the
  task below verbatim ... Task: Name three risks ..." read as the whole request and its pieces, never the text after
  "Question:" / "Task:" alone.
- corrections (3): "numbered 1-5. Update: we need 7 options, not 5" (read 5); "as a bulleted list of 6 items. On
  second thought, use a numbered list instead" (read bullet_list 6); "3 paragraphs. Edit: make that 2 paragraphs"
  (read 3).
- paragraph bounds (2 in 1 probe): "Paragraphs: 3-5".
- one each: an end phrase ("<end_with>Reply STOP to unsubscribe.</end_with>"); hashtags ("Constraints: max 2
  sentences, exactly 2 hashtags, no digits": read as sentences_exact 2 beside the max); highlights ("at least 6
  bullet points, at least 2 of them bolded"); a postscript ("- a PS reminding them about shin pads" under "Must
  have:"); a keyword's frequency ("Her name should come up at least 3 times", the name Ruth given before); no commas
  ("sans virgules"); two responses ("Output format:\n- Response A\n- a line containing only ####\n- Response B").
Its extras on labelled probes: the dropped readings above (99, 200, 5, bullet_list 6, 3 paragraphs, 'speed'),
sentences_exact 2 from "exactly 2 hashtags", the two repeats' whole-request readings, and defaults or asks the
request negates: "Write the answer in lowercase. Scratch that" (lowercase); "House style is all lowercase ..., so
don't lowercase this one" (lowercase); "with a P.S. ... Actually, drop the P.S."; "The usual brief asks for a P.S.
...; not this one"; "Default output for this workspace is JSON, but I want a plain bulleted list" (JSON); "system
prompt says to always end with a question. Not needed here." (a question). Its eight control misreads, all a spec
pasted to be judged, not obeyed: a support bot's "<constraints>" ("under 80 words", "end with a question"); an
agency's brief ("Length: 120-150 words", "Must include: 'family-run'"); "Where does the convention of writing a
title in double angle brackets, like <<Title>>, come from?" (title); a colleague's prompt "'Respond with exactly one
of: APPROVE, REJECT.'" (a choice of 'APPROVE' and "REJECT.'"); a designer's screenshot requirements ("max 6 words of
caption each", "no digits in captions"); meeting notes' content rules ("at least 800 words", "ends with a
question"); a reviewed prompt's "## Format\n- exactly 3 bullet points" (bullet_list 3); a writing-test rubric
("Between 150 and 200 words", "a title in <<double angle brackets>>"; its "must be in English" unread).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) a task, then "Requirements:" / "Constraints:" / "Rules:" lists
    ("Write a product announcement for our new expense-tracking feature in the Ledgerly app.\n\nRequirements:\n- 120-150 words\n- include the phrase 'receipt scanning'\n- end with a question to the reader", [('words_min', {'n': 120}), ('words_max', {'n': 150}), ('keyword_include', {'words': ['receipt scanning']}), ('end_with_question', {})]),
    ("Draft an internal FAQ entry explaining our new parental leave policy.\n\nConstraints:\n- Exactly 3 paragraphs\n- No commas anywhere\n- Do not use the word 'entitlement'", [('paragraphs_exact', {'n': 3}), ('no_commas', {}), ('keyword_avoid', {'words': ['entitlement']})]),
    ("Summarise the incident below for the exec channel.\n\nIncident notes:\n- 14:02 checkout API latency spikes to 9s\n- 14:10 on-call paged, rollback of release 4.18 started\n- 14:31 latency back to normal; ~2,300 failed orders\n\nRules:\n1. Max 60 words.\n2. No bullet points, prose only.\n3. Start with \"Impact:\"", [('words_max', {'n': 60}), ('start_phrase', {'phrase': 'Impact:'})]),
    ("Task: write a LinkedIn post announcing that our studio, Fernhill Ceramics, is hiring a part-time glaze technician.\nRequirements:\n* at least 3 hashtags\n* under 100 words\n* tone: upbeat but not cheesy", [('hashtags', {'n': 3}), ('words_max', {'n': 99})]),
    ("Create a packing checklist for a 3-day trade show in Lyon.\n\nRequirements:\n- Exactly 8 bullet points\n- Each bullet under 10 words\n- No digits", [('bullet_list', {'n': 8}), ('no_digits', {})]),
    ("Explain the difference between OLTP and OLAP for a new analyst.\nConstraints:\n- 4 to 6 sentences\n- avoid the words \"warehouse\" and \"cube\"\n- lowercase only", [('sentences_min', {'n': 4}), ('sentences_max', {'n': 6}), ('keyword_avoid', {'words': ['warehouse', 'cube']}), ('lowercase', {})]),
    ("Write release notes for v2.3 of our CLI.\n\nChanges: added --dry-run flag; fixed crash on empty config; dropped Python 3.8 support.\n\nRequirements:\n- numbered list, exactly 3 items\n- the word \"breaking\" must appear at least twice\n- finish with the line \"Full changelog on GitHub.\"", [('numbered_list', {'n': 3}), ('keyword_frequency', {'word': 'breaking', 'n': 2}), ('end_phrase', {'phrase': 'Full changelog on GitHub.'})]),
    ("Write a cold outreach email to a procurement manager at a hospital trust, introducing our sterile packaging service.\n\nRequirements:\n- no more than 5 sentences\n- include at least 2 placeholders in square brackets like [Name]\n- sign off with \"Best, Priya\"", [('sentences_max', {'n': 5}), ('placeholders', {'n': 2}), ('end_phrase', {'phrase': 'Best, Priya'})]),
    ("Write onboarding tips for new remote engineers.\n\nRequirements:\n1. Use between 5 and 7 bullet points.\n2. Bold at least two key phrases.\n3. Don't mention Slack.", [('bullets_min', {'n': 5}), ('bullets_max', {'n': 7}), ('highlight', {'n': 2}), ('keyword_avoid', {'words': ['slack']})]),
    ("Rules:\n1) 4 paragraphs exactly, separated by blank lines\n2) paragraph 3 begins with \"Meanwhile\"\n3) use the word \"harbour\" at least twice\nTask: a short mystery story set in a fishing village.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 3, 'word': 'Meanwhile'}), ('keyword_frequency', {'word': 'harbour', 'n': 2})]),
    ("Requirements: fewer than 200 words; must contain the phrase \"carbon neutral by 2030\"; no bullet points.\nWrite a sustainability statement for our packaging supplier's website.", [('words_max', {'n': 199}), ('keyword_include', {'words': ['carbon neutral by 2030']})]),
    ("Product requirements doc summary for leadership.\nLength constraints:\n- min 5 sentences\n- max 8 sentences", [('sentences_min', {'n': 5}), ('sentences_max', {'n': 8})]),
    ("Creative brief:\n- Product: Zest sparkling water\n- Deliverable: a tongue-twister style tagline\n- The letter z must appear at least 6 times\n- At most 20 words", [('letter_frequency', {'letter': 'z', 'n': 6}), ('words_max', {'n': 20})]),
    ("Write a contract template for freelance photography. Requirements: at least 5 square-bracket placeholders such as [Client Name] and [Shoot Date], and exactly 6 numbered clauses.", [('placeholders', {'n': 5}), ('numbered_list', {'n': 6})]),
    ("Sales email for our CRM trial extension. Requirements: no more than 150 words; include a P.S. offering a demo; don't use the word 'free'.", [('words_max', {'n': 150}), ('postscript', {'marker': 'P.S.'}), ('keyword_avoid', {'words': ['free']})]),
    ("Write an out-of-office auto-reply.\nRequirements\n- Begin with: Thanks for your email\n- End with: Talk soon, Ana\n- Under 50 words", [('start_phrase', {'phrase': 'Thanks for your email'}), ('end_phrase', {'phrase': 'Talk soon, Ana'}), ('words_max', {'n': 49})]),
    ("Write a testimonial quote from a happy client of our bookkeeping service. Requirements: wrap the whole response in double quotes; 2-3 sentences; mention \"VAT returns\".", [('quotation', {}), ('sentences_min', {'n': 2}), ('sentences_max', {'n': 3}), ('keyword_include', {'words': ['vat returns']})]),
    ("Requirement: the last sentence of your answer must be a question.\nTask: pitch our weekly code-kata sessions to the backend team.", [('end_with_question', {})]),
    ("Write the safety briefing line for our climbing wall in all capital letters. Requirement: under 25 words, must include the word \"HARNESS\".", [('uppercase', {}), ('words_max', {'n': 24}), ('keyword_include', {'words': ['harness']})]),
    # ---- (2) key: value lines
    ("Write a bio for our conference speaker page.\n\nName: Dr. Imani Osei\nRole: Head of Applied ML, Tidewater Logistics\nLength: 80-100 words\nPerson: third\nTone: warm, credible", [('words_min', {'n': 80}), ('words_max', {'n': 100})]),
    ("Subject: product description\nProduct: Corvid 2 bike light, 800 lumens, USB-C, IPX6\nWord limit: 70\nMust include: \"USB-C\", \"waterproof\"\nCase: all lowercase", [('words_max', {'n': 70}), ('keyword_include', {'words': ['usb-c', 'waterproof']}), ('lowercase', {})]),
    ("Format: JSON\nTask: extract the company name, invoice date and total from the text below.\n\nText: \"Invoice from Halden Supply Co., dated 3 May 2024, total due EUR 1,240.00.\"", [('json_output', {})]),
    ("Audience: non-technical board members\nLength: 3 paragraphs\nTopic: why we're moving from on-prem servers to the cloud\nAvoid: \"Kubernetes\", \"microservices\"", [('paragraphs_exact', {'n': 3}), ('keyword_avoid', {'words': ['kubernetes', 'microservices']})]),
    ("Deliverable: meta description for our page on heat pump grants\nMax length: 25 words\nMust contain: \"heat pump\"\nNo commas", [('words_max', {'n': 25}), ('keyword_include', {'words': ['heat pump']}), ('no_commas', {})]),
    ("Language: Spanish\nFormat: 4 bullet points\nContent: tips for first-time visitors to our coworking space in Valencia (wifi, kitchen, quiet room, guest passes)", [('language', {'code': 'es'}), ('bullet_list', {'n': 4})]),
    ("Tone: playful\nSentences: exactly 3\nEnd with: \"See you on the trail!\"\nWrite a caption for our hiking club's Instagram post about Saturday's ridge walk.", [('sentences_exact', {'n': 3}), ('end_phrase', {'phrase': 'See you on the trail!'})]),
    ("Title format: <<Title>>\nParagraphs: at least 4\nWrite a short story about a lighthouse keeper who starts receiving letters from the future.", [('title', {}), ('paragraphs_min', {'n': 4})]),
    ("Case: UPPERCASE\nLength: under 20 words\nWrite a safety sign for the loading bay telling drivers to switch off engines while unloading.", [('uppercase', {}), ('words_max', {'n': 19})]),
    ("SEO brief\nPrimary keyword: \"standing desk\" (use it at least 4 times)\nAlso include: \"ergonomic\"\nLength: 300+ words\nWrite the category page intro.", [('keyword_frequency', {'word': 'standing desk', 'n': 4}), ('keyword_include', {'words': ['ergonomic']}), ('words_min', {'n': 300})]),
    ("Product: Tidy, a closet organiser app.\nRequired terms: \"capsule wardrobe\", \"declutter\"\nForbidden terms: \"minimalism\"\nDeliverable: App Store description, max 170 words.", [('keyword_include', {'words': ['capsule wardrobe', 'declutter']}), ('keyword_avoid', {'words': ['minimalism']}), ('words_max', {'n': 170})]),
    ("Deliverable: one sentence explaining our API rate limit (100 requests/min) and why it exists.", [('sentences_exact', {'n': 1})]),
    ("Spec:\n  audience: new hires\n  format: json\n  fields: name, team, start_date, buddy\n  note: generate an example record for a fictional hire", [('json_output', {})]),
    ("Headline for our clearance sale banner. Style: ALL CAPS. Constraint: no more than 6 words.", [('uppercase', {}), ('words_max', {'n': 6})]),
    ("Draft a Slack message telling the team the deploy is paused. Style rules: no capital letters at all, no more than 30 words, end with \"will update soon\".", [('lowercase', {}), ('words_max', {'n': 30}), ('end_phrase', {'phrase': 'will update soon'})]),
    ("Give me two different explanations of recursion, one for a 10-year-old and one for a CS student.\nSeparator: -----", [('two_responses', {'separator': '-----'})]),
    # ---- (3) markdown headers
    ("## Task\nWrite a short explainer on how our referral programme works.\n\n## Format\n- Exactly 4 numbered steps\n- Under 120 words total\n\n## Don'ts\n- Don't use the word \"free\"", [('numbered_list', {'n': 4}), ('words_max', {'n': 119}), ('keyword_avoid', {'words': ['free']})]),
    ("## Context\nWe run a small bakery in Leeds and are launching a sourdough subscription (£18/month, weekly loaf, pause any time).\n\n## Ask\nWrite the landing page hero text.\n\n## Constraints\n- Start with \"Fresh bread, every week\"\n- Max 40 words\n- Include the word \"pause\"", [('start_phrase', {'phrase': 'Fresh bread, every week'}), ('words_max', {'n': 40}), ('keyword_include', {'words': ['pause']})]),
    ("### Goal\nA welcome message for new members of our Discord server for indie game devs.\n\n### Requirements\n- Wrap the entire message in double quotation marks\n- At least 3 words in ALL CAPS\n- Under 80 words", [('quotation', {}), ('capital_words', {'n': 3}), ('words_max', {'n': 79})]),
    ("## Instructions\nRewrite the paragraph below for a Year 9 audience.\n\n## Paragraph\nPhotosynthesis is the process by which autotrophic organisms convert light energy into chemical energy, stored primarily as glucose, through a series of reactions in the chloroplast.\n\n## Rules\n- a single paragraph\n- fewer than 50 words\n- do not use the word \"autotrophic\"", [('paragraphs_exact', {'n': 1}), ('words_max', {'n': 49}), ('keyword_avoid', {'words': ['autotrophic']})]),
    ("## Role\nYou are a travel copywriter.\n## Task\nDescribe a weekend in Porto for a budget traveller.\n## Format\nUse markdown sections titled Day 1 and Day 2. Highlight at least 3 phrases with *asterisks*.", [('sections', {'n': 2, 'marker': 'Day'}), ('highlight', {'n': 3})]),
    ("## Output format\n- Title in <<double angular brackets>>\n- Then exactly 3 sections: Step 1, Step 2, Step 3\n- No more than 180 words\n\n## Task\nHow to set up two-factor authentication on our intranet.", [('title', {}), ('sections', {'n': 3, 'marker': 'Step'}), ('words_max', {'n': 180})]),
    ("## Brief\nSummarise the key points of the GDPR's right to erasure for our support staff.\n## Output\nMarkdown, with at least 3 highlighted sections using *single asterisks*. Max 150 words.", [('highlight', {'n': 3}), ('words_max', {'n': 150})]),
    # ---- (4) MUST / MUST NOT / SHOULD
    ("Write a push notification for a food delivery app reminding users their basket is still waiting. It MUST be under 15 words and MUST NOT contain any digits.", [('words_max', {'n': 14}), ('no_digits', {})]),
    ("Generate a summary of the Q3 board pack. You MUST use the word \"runway\" at least 3 times. You MUST NOT use the word \"synergy\". You SHOULD keep it professional.", [('keyword_frequency', {'word': 'runway', 'n': 3}), ('keyword_avoid', {'words': ['synergy']})]),
    ("Reply to the customer below. Your reply MUST begin with \"Hi Marcus,\" and MUST end with \"Kind regards, The Brightwell Team\". It MUST NOT exceed 120 words.\n\nCustomer: \"I was charged twice for my March subscription and nobody has answered my last two emails.\"", [('start_phrase', {'phrase': 'Hi Marcus,'}), ('end_phrase', {'phrase': 'Kind regards, The Brightwell Team'}), ('words_max', {'n': 120})]),
    ("MUST: respond in German. MUST: exactly 5 sentences. MUST NOT: use the word 'billig'.\nTask: describe our electric cargo bike, the Lastesel 3, for a product page.", [('language', {'code': 'de'}), ('sentences_exact', {'n': 5}), ('keyword_avoid', {'words': ['billig']})]),
    ("List the risks of migrating our billing system during Q4. The list MUST have at least 6 bullet points. Each bullet SHOULD be one sentence. Do NOT use commas.", [('bullets_min', {'n': 6}), ('no_commas', {})]),
    ("Write the error message shown when a file upload fails. Requirements (all MUST): entirely lowercase, no more than 2 sentences, include the word \"retry\".", [('lowercase', {}), ('sentences_max', {'n': 2}), ('keyword_include', {'words': ['retry']})]),
    ("You MUST answer with only \"Yes\" or \"No\". Question: does the EU's GDPR apply to a US company that sells to customers in France?", [('constrained_choice', {'options': ['Yes', 'No']})]),
    ("Draft a product name shortlist for a sleep-tracking ring. You MUST give exactly 10 names as a numbered list. You MUST NOT use the words \"sleep\" or \"dream\".", [('numbered_list', {'n': 10}), ('keyword_avoid', {'words': ['sleep', 'dream']})]),
    ("Give me an elevator pitch for our HR analytics startup. Must: start with \"Imagine\", 3 sentences max, include the word \"attrition\". Must not: use the word \"AI\".", [('start_phrase', {'phrase': 'Imagine'}), ('sentences_max', {'n': 3}), ('keyword_include', {'words': ['attrition']}), ('keyword_avoid', {'words': ['ai']})]),
    ("Your answer must finish with the exact words \"Let me know if anything is unclear.\" Task: explain the difference between gross and net margin, in 3 to 5 sentences.", [('end_phrase', {'phrase': 'Let me know if anything is unclear.'}), ('sentences_min', {'n': 3}), ('sentences_max', {'n': 5})]),
    ("WRITE A MOTIVATIONAL QUOTE FOR THE GYM WALL. REQUIREMENTS: UNDER 12 WORDS, NO COMMAS.", [('words_max', {'n': 11}), ('no_commas', {})]),
    # ---- (5) XML-ish tags
    ("<task>Write a short apology email to customers affected by Tuesday's outage.</task>\n<constraints>\n- at most 4 sentences\n- include a placeholder [Discount Code]\n- no digits\n</constraints>", [('sentences_max', {'n': 4}), ('placeholders', {'n': 1}), ('no_digits', {})]),
    ("<context>\nOur gym, Ironleaf, is closing the sauna for repairs from 1 to 14 July.\n</context>\n<instructions>\nWrite a notice for members. Use a title wrapped in double angular brackets, i.e. <<title>>. Keep it under 70 words.\n</instructions>", [('title', {}), ('words_max', {'n': 69})]),
    ("<role>You are a senior Python reviewer.</role>\n<input>\ndef avg(xs): return sum(xs)/len(xs)\n</input>\n<output_format>Exactly 3 bullet points, no more than 100 words in total.</output_format>", [('bullet_list', {'n': 3}), ('words_max', {'n': 100})]),
    ("<instructions>\nTranslate the following into French. The output must be in French only and must be wrapped in double quotes.\n</instructions>\n<text>\nThe meeting has been moved to Thursday. Please bring the signed contracts.\n</text>", [('language', {'code': 'fr'}), ('quotation', {})]),
    ("<request>Give me a tagline for a bike repair shop called Spoke & Mirror.</request>\n<rules>Respond with the tagline only, in ALL CAPITAL LETTERS, with no commas.</rules>", [('uppercase', {}), ('no_commas', {})]),
    ("<system>You are a helpful assistant for a property management firm.</system>\n<user>Write a reminder to tenants about bin collection changes.</user>\n<format>Two versions (formal and casual) separated by a line of exactly three equals signs: ===</format>", [('two_responses', {'separator': '==='})]),
    ("<output_requirements>\n- the whole response is a single fenced code block\n- language: bash\n</output_requirements>\n<task>A script that backs up ~/projects to an external drive with rsync.</task>", [('code_block', {})]),
    # ---- (6) role lines
    ("You are a copywriter for an outdoor gear brand. Write a product blurb for our 35L waterproof hiking pack. Use the word \"trail\" at least twice and keep it between 50 and 75 words.", [('keyword_frequency', {'word': 'trail', 'n': 2}), ('words_min', {'n': 50}), ('words_max', {'n': 75})]),
    ("You are an HR business partner. Draft an email announcing the new hybrid work policy. It should have exactly 4 paragraphs and the second paragraph must start with the word \"Starting\".", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 2, 'word': 'Starting'})]),
    ("You are a patient maths tutor. Explain why dividing by zero is undefined. Your response should end with a question that checks my understanding, and should contain no more than 6 sentences.", [('end_with_question', {}), ('sentences_max', {'n': 6})]),
    ("You are a customer support agent for Nimbus Storage. A user asks how to recover a deleted folder. Reply with exactly 5 numbered steps and start your reply with \"Good news:\".", [('numbered_list', {'n': 5}), ('start_phrase', {'phrase': 'Good news:'})]),
    ("You are an editor at a business magazine. Write a headline and standfirst for a feature on four-day work weeks. The headline must be wrapped in double angle brackets, like <<this>>, and the whole thing must be under 40 words.", [('title', {}), ('words_max', {'n': 39})]),
    ("You are a sommelier. Recommend a wine for mushroom risotto. Respond in Italian, and your answer must contain at least 2 sentences but no more than 4.", [('language', {'code': 'it'}), ('sentences_min', {'n': 2}), ('sentences_max', {'n': 4})]),
    ("Act as a product manager. Write a user story for password reset via SMS. Use placeholders in square brackets for at least 3 unknown values (e.g. [timeout]).", [('placeholders', {'n': 3})]),
    ("You're a Dungeon Master. Describe the entrance to an abandoned dwarven mine. Use exactly 2 paragraphs separated by a blank line, and include the words \"lantern\" and \"echo\".", [('paragraphs_exact', {'n': 2}), ('keyword_include', {'words': ['lantern', 'echo']})]),
    ("You are a social media manager for a vegan cafe called Leafline. Write an Instagram caption for our new oat-milk flat white. End it with exactly 4 hashtags and don't use the word \"dairy\".", [('hashtags', {'n': 4}), ('keyword_avoid', {'words': ['dairy']})]),
    ("You are a motivational coach. Write a message for our sales team's Monday kickoff. Use at least 4 words in ALL CAPS for emphasis, and keep it under 70 words.", [('capital_words', {'n': 4}), ('words_max', {'n': 69})]),
    ("You are a grant writer. Write the opening paragraph of a proposal for a youth coding club in Dundee. It must begin with the exact phrase \"Every young person in Dundee\" and must contain the keywords \"mentoring\" and \"digital skills\".", [('start_phrase', {'phrase': 'Every young person in Dundee'}), ('keyword_include', {'words': ['mentoring', 'digital skills']})]),
    ("You are a poet-in-residence at an office supplies company. Write a limerick about our printer. Constraint: use the letter 'p' at least 12 times.", [('letter_frequency', {'letter': 'p', 'n': 12})]),
    # ---- (7) pasted context, then the ask
    ("Meeting notes (ops sync, Tue):\n- Forklift 2 out of service until Friday\n- New temp staff start Monday, 6 people\n- Night shift asked for a second microwave\n- Fire drill moved to the 19th\n\nTurn these notes into an update for the warehouse team. Use exactly 4 bullet points and keep it under 60 words.", [('bullet_list', {'n': 4}), ('words_max', {'n': 59})]),
    ("Here's the email thread:\n\n> From: Dana\n> Can we push the design review to next week? Half the team is out.\n>\n> From: Luis\n> Fine by me, but legal needs the mocks by the 12th.\n\nDraft my reply as Dana's manager. Start with \"Thanks both\" and write exactly 3 sentences.", [('start_phrase', {'phrase': 'Thanks both'}), ('sentences_exact', {'n': 3})]),
    ("PRODUCT SPEC\nName: Aero Kettle\nCapacity: 1.7 L\nPower: 3 kW\nFeatures: keep-warm mode, 5 temperature presets, boil-dry protection\n\nWrite the Amazon feature bullets for this kettle. I need exactly 5 bullets and no digits at all (spell numbers out).", [('bullet_list', {'n': 5}), ('no_digits', {})]),
    ("Job ad draft from the hiring manager:\n\"Senior Data Engineer, hybrid (Bristol). 5+ years with Spark. Salary 70-85k.\"\n\nRewrite this as a friendly job ad. Requirements: at least 150 words, and highlight at least 2 key benefits in bold.", [('words_min', {'n': 150}), ('highlight', {'n': 2})]),
    ("Notes from the user interviews (5 participants):\n- 4 of 5 couldn't find the export button\n- 3 wanted dark mode\n- everyone liked the onboarding checklist\n\nSummarise the findings for the design team in exactly two paragraphs. The first paragraph must start with the word \"Overall\".", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 1, 'word': 'Overall'})]),
    ("Stack trace:\n```\nTypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (ProductList.jsx:14:22)\n```\nExplain the likely cause to a junior dev. Answer in no more than 4 sentences, all lowercase.", [('sentences_max', {'n': 4}), ('lowercase', {})]),
    ("Policy excerpt: \"Employees may carry over up to 5 days of unused annual leave into the next year. Carried-over days must be used by 31 March.\"\n\nA staff member asked whether they can carry over 7 days. Answer with one of these options only: \"Yes\", \"No\", \"Partly\".", [('constrained_choice', {'options': ['Yes', 'No', 'Partly']})]),
    ("Brand guidelines (excerpt):\n- Voice: confident, never smug\n- Sentence case for headings\n- Prefer 'you' over 'customers'\n\nWrite the body copy for a savings account email. 100-130 words. Do not use the word 'guaranteed'.", [('words_min', {'n': 100}), ('words_max', {'n': 130}), ('keyword_avoid', {'words': ['guaranteed']})]),
    ("Here's our current README intro:\n\n\"Gullwing is a CLI tool that syncs dotfiles across machines. It supports Git and rsync backends.\"\n\nRewrite it to be more inviting. Keep it under 50 words and make it start with the word \"Gullwing\".", [('words_max', {'n': 49}), ('start_phrase', {'phrase': 'Gullwing'})]),
    ("Transcript snippet from our podcast:\nHOST: So why did you leave banking?\nGUEST: Honestly, I was bored. Spreadsheets all day.\n\nWrite three possible episode titles. Number them 1 to 3, and put each in double angular brackets like <<Title>>.", [('numbered_list', {'n': 3}), ('title', {})]),
    ("Sprint retro board:\nWent well: deploys were smooth, pairing on the auth bug\nDidn't go well: flaky e2e tests, unclear ticket ownership\nActions: ???\n\nSuggest actions. Give at least 3 and at most 5 bullet points, and end your answer with a question.", [('bullets_min', {'n': 3}), ('bullets_max', {'n': 5}), ('end_with_question', {})]),
    ("Turn the meeting notes below into action items.\n\nNotes: Jo to update the pricing page; Sam to email the three pilot customers; Lee to fix the broken signup link; everyone to review the Q2 roadmap by Friday.\n\nOutput: a numbered list with exactly 4 items, each starting with the owner's name. No other text.", [('numbered_list', {'n': 4})]),
    ("TL;DR for the thread below, max 25 words:\n\nAlex: the staging DB ran out of disk again\nMo: I'll add an alert at 80%\nAlex: can we also rotate the logs?\nMo: yep, PR incoming", [('words_max', {'n': 25})]),
    ("Rewrite this announcement so it sounds calmer:\n\"URGENT!!! ALL STAFF MUST COMPLETE THE SECURITY TRAINING BY FRIDAY OR LOSE ACCESS!!!\"\nRule: no more than 2 words in all caps in your version.", [('capital_words_max', {'n': 2})]),
    ("Schema:\n{\"title\": string, \"tags\": string[], \"summary\": string}\nFill this schema for the article below and return only valid JSON.\n\nArticle: \"City council approves new cycle lanes on Bath Road after two years of consultation.\"", [('json_output', {})]),
    ("Translate our error message into German and wrap the translation in double quotes, nothing else.\n\nMessage: Your session has expired. Please sign in again.", [('language', {'code': 'de'}), ('quotation', {})]),
    ("Classify this support ticket into one of: Billing, Technical, Account, Other. Reply with the category name only.\n\nTicket: \"I can't log in after changing my phone number.\"", [('constrained_choice', {'options': ['Billing', 'Technical', 'Account', 'Other']})]),
    ("Decision needed: should this PR be merged before the release freeze? Context: it touches the payment retry logic and has two approvals but no integration tests. Answer with exactly one of \"merge\", \"hold\" or \"revert\" and nothing else.", [('constrained_choice', {'options': ['merge', 'hold', 'revert']})]),
    # ---- (8) constraints scattered around the context
    ("Lowercase please, it's for a zine.\n\nBackground: we're a volunteer-run bike kitchen in Glasgow, open Tues and Thurs evenings, tools free to use, donations welcome.\n\nWrite the blurb for the back cover. Oh, and no more than 4 sentences.", [('lowercase', {}), ('sentences_max', {'n': 4})]),
    ("No commas in this one, our SMS gateway mangles them.\n\nWe're reminding patients of flu jab appointments at Parkside Surgery. Bring your NHS number. Running 10 minutes late is fine, more than that call us.\n\nWrite the reminder text. Under 35 words.", [('no_commas', {}), ('words_max', {'n': 34})]),
    ("Numbered list, 5 items. Topic: the onboarding tasks for a new accounts-payable clerk — system access, vendor master training, approval matrix, month-end calendar, shadowing. Don't mention SAP.", [('numbered_list', {'n': 5}), ('keyword_avoid', {'words': ['sap']})]),
    ("Please don't say \"delve\", \"tapestry\" or \"testament\" anywhere. I need a 2-paragraph reflection on our team's first year.", [('keyword_avoid', {'words': ['delve', 'tapestry', 'testament']}), ('paragraphs_exact', {'n': 2})]),
    ("Closing line for every reply in this thread must be \"— Sent from the Harbour Lane front desk\". Now: reply to a guest asking if late checkout is possible. Max 3 sentences.", [('end_phrase', {'phrase': '— Sent from the Harbour Lane front desk'}), ('sentences_max', {'n': 3})]),
    ("hey, quick one. write me a haiku about kubernetes, all lowercase, no digits. thx", [('lowercase', {}), ('no_digits', {})]),
    ("Write a cover note for the attached quarterly report. No more than two paragraphs.", [('paragraphs_max', {'n': 2})]),
    ("Write an intro message for a new Slack channel about accessibility testing. Finish with a question to get people talking. Max 60 words.", [('end_with_question', {}), ('words_max', {'n': 60})]),
    ("Write a short history of the company for our 25th anniversary page. Constraint: no numerals at all — write every number in words. At least 3 paragraphs.", [('no_digits', {}), ('paragraphs_min', {'n': 3})]),
    ("Describe our on-call rotation for the new-joiner wiki. Don't use any digits; it gets auto-translated and numbers break the tool. Use exactly 4 bullets.", [('no_digits', {}), ('bullet_list', {'n': 4})]),
    ("Write an Upwork proposal for a Shopify theme customisation job. Hard limits: 1,000 characters max (I know you can't count exactly, aim for it), under 150 words, and must start with \"Hi there,\".", [('words_max', {'n': 149}), ('start_phrase', {'phrase': 'Hi there,'})]),
    ("Write a three-part troubleshooting guide for our router's wifi drops. Mark the parts Part 1, Part 2 and Part 3. Use at least 2 placeholders in square brackets for model-specific settings.", [('sections', {'n': 3, 'marker': 'Part'}), ('placeholders', {'n': 2})]),
    ("Give me a GitHub Actions workflow that runs pytest on push. Return it inside one ```yaml code block and nothing outside the block.", [('code_block', {})]),
    ("Return a JSON array of 5 objects, each with 'city' and 'country', for European capitals with metro systems. Output ONLY the JSON, no prose.", [('json_output', {})]),
    ("I need the answer as JSON (no markdown fences). Keys: verdict, reason. Question: is 'irregardless' a real word?", [('json_output', {})]),
    ("Output format: your entire response must be enclosed in double quotation marks. Task: write the one-line mission statement for a community tool library.", [('quotation', {})]),
    ("Draft a thank-you letter to a donor. Add a P.S. inviting them to our open day. Requirement: under 150 words, P.S. included.", [('postscript', {'marker': 'P.S.'}), ('words_max', {'n': 149})]),
    ("Please write this in Hindi: a reminder to employees that the office will be closed on Diwali. Keep it to a maximum of two sentences.", [('language', {'code': 'hi'}), ('sentences_max', {'n': 2})]),
    ("Respond only in Japanese. Task: write a polite out-of-office message for the week of Golden Week. Max 3 sentences.", [('language', {'code': 'ja'}), ('sentences_max', {'n': 3})]),
    ("Write two possible responses to a negative Google review about slow service. Separate the two with exactly 5 tildes (~~~~~). Each version under 60 words.", [('two_responses', {'separator': '~~~~~'})]),
    ("Task: draft two alternative subject lines plus preview text for our Black Friday email.\nFormat: two responses, separated by exactly six asterisks (******). No digits.", [('two_responses', {'separator': '******'}), ('no_digits', {})]),
    # ---- (9) corrections
    ("Write 3 bullet points on why we should adopt code review checklists. Actually, make it 5 bullets, not 3.", [('bullet_list', {'n': 5})]),
    ("Give me a tagline for our accounting software in English. Correction: it should be in Portuguese, our launch is in Lisbon.", [('language', {'code': 'pt'})]),
    ("Give me two versions of the opening line for my conference talk, separated by ***. Actually use ~~~ as the separator; *** breaks our slides tool.", [('two_responses', {'separator': '~~~'})]),
    # ---- (10) a template's default negated
    ("Use our standard support reply template, but ignore the usual sign-off — this one goes out from the CEO. Write a reply to a customer whose parcel was lost. Keep it under 90 words and include the placeholder [Tracking Number].", [('words_max', {'n': 89}), ('placeholders', {'n': 1})]),
    ("Our newsletter template normally ends with \"Stay curious, The Lumen Team\". Skip that this week. Write a short intro for an issue about solar panel maintenance, no more than 3 sentences.", [('sentences_max', {'n': 3})]),
    ("Normally I'd ask for JSON, but this time give me plain prose. Explain what an idempotency key is in exactly 2 sentences.", [('sentences_exact', {'n': 2})]),
    ("Our press release template starts with 'FOR IMMEDIATE RELEASE'. Leave that out. Start instead with \"Manchester, UK —\" and keep the release to at least 4 paragraphs.", [('start_phrase', {'phrase': 'Manchester, UK —'}), ('paragraphs_min', {'n': 4})]),
    ("Template default is two versions separated by ***, but I only need one this time. Write the announcement of our new Saturday opening hours, in no more than 3 sentences.", [('sentences_max', {'n': 3})]),
    ("Keywords to include: resilience, supply chain, nearshoring\nKeyword to avoid: disruption\nPiece: blog intro on manufacturing trends\nLength: 200-250 words", [('keyword_include', {'words': ['resilience', 'supply chain', 'nearshoring']}), ('keyword_avoid', {'words': ['disruption']}), ('words_min', {'n': 200}), ('words_max', {'n': 250})]),
    ("Banned words list for this piece: revolutionary, game-changer, seamless. Write a product description for our note-taking app, Quillpad, at least 80 words.", [('keyword_avoid', {'words': ['revolutionary', 'game-changer', 'seamless']}), ('words_min', {'n': 80})]),
    ("Write a short bio for the about page, 3 paragraphs. Edit: make that 2 paragraphs and start it with \"Hi, I'm Tomasz\".", [('paragraphs_exact', {'n': 2}), ('start_phrase', {'phrase': "Hi, I'm Tomasz"})]),
    ("Brief: explain our return policy to a customer who's upset. Length: 2 paragraphs minimum, 150 words maximum.", [('paragraphs_min', {'n': 2}), ('words_max', {'n': 150})]),
    ("Instructions:\n1. First, restate my question exactly as written.\n2. Then answer it in under 50 words.\nQuestion: What is the difference between a mutex and a semaphore?", [('repeat_request', {'request': ['What is the difference between a mutex and a semaphore?']}), ('words_max', {'n': 49})]),
    ("Rules for this reply: (a) copy the following request verbatim at the start of your answer without changing anything, (b) then fulfil it, (c) no commas anywhere.\nRequest: List three ways to reduce cold-start time in AWS Lambda.", [('repeat_request', {'request': ['List three ways to reduce cold-start time in AWS Lambda.']}), ('no_commas', {})]),
    ("Before answering, repeat the request below word for word, then answer it.\nRequest: Explain what a reverse proxy does in plain English.", [('repeat_request', {'request': ['Explain what a reverse proxy does in plain English.']})]),
    ("Prompt-testing format. Step 1: echo the task below verbatim. Step 2: complete it. Step 3: stop.\nTask: Name three risks of using floating point for currency.", [('repeat_request', {'request': ['Name three risks of using floating point for currency.']})]),
    ("Customer review we received:\n\"Ordered the walnut desk, arrived with a cracked leg. Support took 9 days to reply. Not impressed.\"\n\nWrite our public response. Must start with \"Dear customer,\" — max 80 words — must include the word \"replacement\".", [('start_phrase', {'phrase': 'Dear customer,'}), ('words_max', {'n': 80}), ('keyword_include', {'words': ['replacement']})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- prompts, specs and briefs to judge, not to follow
    ("Our style guide says: 'Headlines: max 8 words. No commas in headlines.' Does 'max 8 words' usually count articles like 'a' and 'the'?", []),
    ("This JSON schema keeps rejecting my payload:\n{\"type\": \"object\", \"required\": [\"id\", \"tags\"], \"properties\": {\"tags\": {\"type\": \"array\", \"maxItems\": 5}}}\nPayload: {\"id\": 7, \"tags\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]}\nWhy does validation fail?", []),
    ("In RFC 2119, what's the practical difference between MUST, SHOULD and MAY?", []),
    ("A client's RFP says: 'Responses MUST NOT exceed 500 words per section and MUST be in English.' Is 500 words per section a normal limit for public-sector tenders?", []),
    ("Our system prompt tells the model to 'respond in lowercase only', but it keeps capitalising proper nouns. What usually causes that?", []),
    ("Why do some templates use square brackets like [Client Name] and others use {{client_name}}? Which is easier for mail-merge tools?", []),
    ("Our Jira ticket template has a 'Constraints:' field. What kind of things should go in it versus 'Acceptance criteria:'?", []),
    ("In Python, how do I check that a string contains no commas and is entirely lowercase?", []),
    ("What does 'P.S.' stand for, and is it 'P.S.' or 'PS' in British English?", []),
    ("Two options for our homepage hero, separated by ******:\n\nBuild faster with fewer meetings.\n******\nShip the roadmap, skip the status calls.\n\nWhich one is clearer for a CTO audience?", []),
    ("Can you explain what a regex like ^[a-z ]+$ matches? Someone said it's a 'lowercase only' check.", []),
    ("Why do language models struggle with 'write exactly 50 words' instructions?", []),
    ("Our localisation vendor's spec says 'Target language: German (de-DE). Max length: 120% of source.' What does 120% of source mean for a string of 40 characters?", []),
    ("Is it better UX for a chatbot to end every reply with a question, or does that get annoying?", []),
    ("The brief from marketing says the tagline 'MUST be in ALL CAPS'. Are all-caps taglines harder to read on mobile?", []),
    ("When should technical docs use a bulleted list and when a numbered list?", []),
    ("I'm writing a linter rule that flags any paragraph over 5 sentences in our docs. What's a good way to split sentences in Python without breaking on 'e.g.'?", []),
    ("Our house style says 'never use the word utilize'. Is 'utilise' with an s covered by that, or is it a separate word?", []),
    ("When a spec says 'Length: 300+ words', does the + mean 'at least' or 'approximately'?", []),
    ("A contractor's statement of work says the deliverable must be 'a JSON file conforming to schema v2, with no trailing commas'. Why do trailing commas break JSON parsers?", []),
    ("In markdown, what's the difference between *single asterisks* and **double asterisks**?", []),
    ("Our team wiki has pages titled 'Section 1', 'Section 2' and so on. Is there a better naming convention for onboarding docs?", []),
    ("The template for our incident reports starts every report with 'Impact:' and ends with 'Next review date:'. Is that a common structure in SRE teams?", []),
    ("Why does my prompt 'Answer in Spanish' sometimes get an English reply when the user writes in English?", []),
    ("How do I make a Jinja template fail if a placeholder like [Customer Name] was never replaced before sending?", []),
    ("Pasted from our comms policy: 'All external emails must include a P.S. with the unsubscribe link.' Is that even legally required under PECR?", []),
    ("Email thread for context:\n> Priya: can the report be under 2 pages?\n> Tom: legal says it needs at least 4 sections\n\nWho normally has the final say on report length here, legal or the requester?", []),
    ("What's the origin of writing 'TL;DR' at the top of long posts?", []),
    ("I'm grading submissions for a copywriting course. The assignment said 'exactly 5 bullet points, no commas'. One student used semicolons everywhere to dodge the comma rule. Should that be penalised?", []),
    ("Is there a prompt-engineering pattern where the model repeats the user's question before answering? Does it actually improve accuracy?", []),
    ("Constraint modelling question: if a scheduling system MUST NOT book more than 3 meetings per day and SHOULD leave a 15-minute buffer, how would you model that as hard vs soft constraints?", []),
    ("Our API returns errors like {\"error\": \"title must be wrapped in << >>\"}. Where would that validation typically live, client or server?", []),
    ("A style guide I inherited says: 'Never start a paragraph with the word However.' Is there a grammatical reason for that?", []),
    ("How many words is a typical 3-sentence product description? I'm trying to estimate translation costs.", []),
    ("In our CMS the 'Keywords to avoid' field is ignored by the editor. Is that a bug in the plugin or a config thing?", []),
    ("The job ad says applicants must 'write a cover letter of no more than 300 words in English or French'. I'm fluent in both — would a French one look odd for a Montreal company?", []),
    ("What does a line containing only '---' do in YAML front matter?", []),
    ("Someone in our Slack wrote 'pls reply in lowercase, caps feel shouty'. Is that a generational thing?", []),
    ("Is there a name for a sentence that starts and ends with the same word?", []),
    ("Does Google still care about keyword frequency, like using 'standing desk' at least 4 times on a page?", []),
    ("Here are two versions of our error message, separated by ~~~:\nSomething went wrong. Try again.\n~~~\nWe couldn't save your changes. Check your connection and retry.\nWhich follows the Nielsen Norman guidelines better?", []),
    ("Why do some email clients hide everything after a line that is just '-- '?", []),
    ("What's the usual convention for numbering requirements in a spec: 1, 1.1, 1.1.1 or REQ-001?", []),
    ("Here's a prompt I wrote for our support bot:\n\n<constraints>\n- answer in under 80 words\n- always end with a question\n</constraints>\n\nIs XML-style tagging actually better than plain bullet points for this kind of system prompt?", []),
    ("The content team's brief for the agency says:\n\nLength: 120-150 words\nTone: warm\nMust include: 'family-run'\n\nThe agency delivered 210 words. Is it reasonable to ask them to cut it, or is the range just a guideline?", []),
    ("Meeting notes from the content review:\n- Legal wants 'guaranteed' removed from all landing pages\n- Blog posts must be at least 800 words for SEO\n- Every post ends with a question to drive comments\n\nWho should own enforcing these rules, content or legal?", []),
    ("Here's the output format section of a prompt I'm reviewing:\n\n## Format\n- exactly 3 bullet points\n- each bullet under 12 words\n\nWould 'each bullet under 12 words' be easy to check automatically?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Turn this into a tweet:\n\n\"We've cut our warehouse emissions by 40% since 2021 by switching to heat pumps and rooftop solar.\"\n\nConstraints: max 2 sentences, exactly 2 hashtags, no digits.", [('sentences_max', {'n': 2}), ('hashtags', {'n': 2}), ('no_digits', {})]),
    ("Write a case study for our website about how Norhaven Dairy cut delivery costs using our routing software.\nParagraphs: 3-5\nMust mention: \"route optimisation\"\nTitle: in <<double angle brackets>>", [('paragraphs_min', {'n': 3}), ('paragraphs_max', {'n': 5}), ('keyword_include', {'words': ['route optimisation']}), ('title', {})]),
    ("Email to the parents of the U10 football squad about kit day.\nMust have:\n- a PS reminding them about shin pads\n- fewer than 120 words\n- the word \"Saturday\"", [('postscript', {'marker': 'PS'}), ('words_max', {'n': 119}), ('keyword_include', {'words': ['saturday']})]),
    ("Requirements checklist:\n[x] in Spanish\n[x] exactly 3 bullet points\n[ ] ~~include emojis~~ (dropped)\n[x] end with the phrase \"¡Nos vemos pronto!\"\nTask: invite our Madrid customers to the store reopening.", [('language', {'code': 'es'}), ('bullet_list', {'n': 3}), ('end_phrase', {'phrase': '¡Nos vemos pronto!'})]),
    ("Write a cheat sheet for git rebase vs merge. Format: at least 6 bullet points, at least 2 of them bolded, all lowercase.", [('bullets_min', {'n': 6}), ('highlight', {'n': 2}), ('lowercase', {})]),
    ("Executive summary of the attached vendor comparison.\n- Word count: 250 minimum, 400 maximum\n- At least 3 bullet points for the key recommendations", [('words_min', {'n': 250}), ('words_max', {'n': 400}), ('bullets_min', {'n': 3})]),
    ("Output: one word\nAllowed values: positive, negative, neutral\nClassify the sentiment of this review: \"The battery lasts forever but the strap broke in a week.\"", [('constrained_choice', {'options': ['positive', 'negative', 'neutral']})]),
    ("Target language: Dutch\nText type: short notice for the office fridge\nContent: label your food, clear out on Fridays\nLength: max 40 words", [('language', {'code': 'nl'}), ('words_max', {'n': 40})]),
    ("Create a 4-week onboarding plan for a new support agent.\nStructure: headers WEEK 1 through WEEK 4.\nLimit: 250 words.", [('sections', {'n': 4, 'marker': 'WEEK'}), ('words_max', {'n': 250})]),
    ("Format spec for the training handout on forklift safety:\n- Sections: \"Module 1\", \"Module 2\", \"Module 3\", \"Module 4\", \"Module 5\"\n- Audience: warehouse supervisors\n- Language: English", [('sections', {'n': 5, 'marker': 'Module'}), ('language', {'code': 'en'})]),
    ("Answer format: My answer is yes. / My answer is no. / My answer is maybe.\nQuestion: Is it safe to store JWTs in localStorage for a banking app?", [('constrained_choice', {'options': ['My answer is yes.', 'My answer is no.', 'My answer is maybe.']})]),
    ("# Request\nCompare Postgres and DynamoDB for our event-logging use case.\n\n# Output format\nTwo sections, headed SECTION 1 and SECTION 2. No more than 200 words overall.", [('sections', {'n': 2, 'marker': 'SECTION'}), ('words_max', {'n': 200})]),
    ("<constraints>\n  <max_words>50</max_words>\n  <must_include>opt out</must_include>\n  <end_with>Reply STOP to unsubscribe.</end_with>\n</constraints>\nWrite the SMS for our spring sale.", [('words_max', {'n': 50}), ('keyword_include', {'words': ['opt out']}), ('end_phrase', {'phrase': 'Reply STOP to unsubscribe.'})]),
    ("<instructions>Start your reply by repeating my request exactly, word for word, then do it: Write a two-line poem about merge conflicts.</instructions>", [('repeat_request', {'request': ['Write a two-line poem about merge conflicts.']})]),
    ("You are a release manager. Post a go/no-go decision for tonight's deploy. Format rules: respond with exactly one of GO, NO-GO, or DEFER — no explanation.", [('constrained_choice', {'options': ['GO', 'NO-GO', 'DEFER']})]),
    ("Write a short speech for the retirement of our lab manager, Ruth, who ran the mass-spec facility for 22 years. Her name should come up at least 3 times, and the speech must be at least 5 sentences.", [('keyword_frequency', {'word': 'ruth', 'n': 3}), ('sentences_min', {'n': 5})]),
    ("(Must be in French.) Context: our hotel in Annecy is offering a 20% discount for stays in November. Ask: write a 3-sentence email teaser for past guests.", [('language', {'code': 'fr'}), ('sentences_exact', {'n': 3})]),
    ("Rédige un court message pour annoncer la fermeture de la cantine vendredi. Contraintes : moins de 50 mots, en français, sans virgules.", [('words_max', {'n': 49}), ('language', {'code': 'fr'}), ('no_commas', {})]),
    ("Output format:\n- Response A\n- a line containing only ####\n- Response B\n\nTask: two cover-letter opening lines for a UX researcher applying to a fintech.", [('two_responses', {'separator': '####'})]),
    ("Membership renewal email, template v3.\nOverrides for this send:\n- add a P.S. about the new sauna hours\n- subject line not needed\n- keep the body under 120 words", [('postscript', {'marker': 'P.S.'}), ('words_max', {'n': 119})]),
    ("Draft a welcome email for new subscribers to our running newsletter, under 100 words. Wait — under 80 words, sorry, it goes in a mobile template.", [('words_max', {'n': 79})]),
    ("FAQ: 'Can I change my delivery address after ordering?' Write the answer in lowercase. Scratch that — normal capitalisation is fine, but keep it under 3 sentences.", [('sentences_max', {'n': 2})]),
    ("Suggest names for our hackathon team, numbered 1-5. Update: we need 7 options, not 5, and none of them should contain the word \"code\".", [('numbered_list', {'n': 7}), ('keyword_avoid', {'words': ['code']})]),
    ("Write a product update post with a P.S. about the community call on Thursday. Actually, drop the P.S. — put the call in the main text instead. Keep it under 150 words.", [('words_max', {'n': 149})]),
    ("Write an agenda for Monday's planning meeting as a bulleted list of 6 items. On second thought, use a numbered list instead, same number of items.", [('numbered_list', {'n': 6})]),
    ("Requirements v2 (replaces v1):\n- sentences: max 4 (was 6)\n- must include: \"latency\" (was \"speed\")\nTask: explain why our p99 went up after the cache change.", [('sentences_max', {'n': 4}), ('keyword_include', {'words': ['latency']})]),
    ("House style is all lowercase for the blog, but headlines are an exception, so don't lowercase this one. Write a headline for a post about our new rooftop garden, wrapped in << >>.", [('title', {})]),
    ("Forget the 'Requirements' section from my last message (the 200-word limit and the bullet format). Fresh request: write a paragraph about the history of the Dewey Decimal system, between 60 and 90 words.", [('words_min', {'n': 60}), ('words_max', {'n': 90})]),
    ("The usual brief asks for a P.S. in every fundraising email; not this one. Write an appeal for our winter coat drive, at least 120 words, using the word \"warmth\" at least 3 times.", [('words_min', {'n': 120}), ('keyword_frequency', {'word': 'warmth', 'n': 3})]),
    ("Default output for this workspace is JSON, but I want a plain bulleted list here: exactly 6 bullets on what to check before a database migration.", [('bullet_list', {'n': 6})]),
    ("Our bot's system prompt says to always end with a question. Not needed here. Just tell me how to rotate an SSH key, under 100 words.", [('words_max', {'n': 99})]),
    ("Where does the convention of writing a title in double angle brackets, like <<Title>>, come from?", []),
    ("A colleague's prompt ends with 'Respond with exactly one of: APPROVE, REJECT.' The model sometimes adds an explanation anyway. How do people usually enforce this in code?", []),
    ("Here are the requirements our designer got for the app store screenshots:\n- 5 screenshots\n- max 6 words of caption each\n- no digits in captions\nIs 'no digits' a common App Store rule or just our brand thing?", []),
    ("Review request: here is the rubric for our internal writing test.\n1. Response must be in English\n2. Between 150 and 200 words\n3. Must include a title in <<double angle brackets>>\nIs the rubric fair to non-native speakers?", []),
]
