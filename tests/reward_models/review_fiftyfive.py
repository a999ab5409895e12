# ruff: noqa: E501  (test data: one probe per line, as written)
"""A fifty-fifth review (a helper session): requests that paste material and then ask for something, by a new
author, written blind to the reader's rules. Only the output conventions were learned beforehand (the kinds and their
arguments in `checkers.py`, and the docstrings and first entries of `review_fortysix.py`, `review_fifty.py` and
`review_fiftyfour.py`); no request is taken from another test file or from a public benchmark, and none imitates their
wording.

- A: 121 requests written as labelled (194 labels, one to three each; 102 read right stay in A, 19 misread are in
  UNREAD), each pasting material wider than the 54th review's: support tickets, live-chat and bot transcripts, an
  escalation note; Slack threads (some as '>' lines, one with '---' between messages), WhatsApp and family group chats,
  a Reddit comment; code review comments, commit messages, a CONTRIBUTING rule, a GitHub issue, README snippets;
  tweets, a tweet thread, Instagram and LinkedIn posts, subreddit rules; HR policy, a handbook, a non-compete clause,
  a licence clause, terms of service, a code of conduct, a legal template with blanks, a tenancy notice between '---'
  rulers; product reviews (one in German), an A/B test, a pricing and a comparison markdown table; recipes and song
  lyrics; emails in Spanish, Italian, Portuguese, French, Japanese and German; podcast and lecture transcripts, lecture
  slides, a call for papers; grant calls, contest rules, marking rubrics, scholarship and hackathon criteria, a
  journal's style rules, a brand checklist under a heading in capitals; YAML, JSON, package.json and docker-compose
  snippets; survey free-text answers, toast notes, a neighbour's complaint, a headline in capitals, a book blurb. The
  material comes before the ask, after it ("Give me a one-sentence TL;DR of this abstract:"), inline after a colon,
  in quotes, as '>' lines, after a label line ("Slack thread:", "Kundenbewertung:"), under a capitals heading ("HR
  POLICY 7.3 - REMOTE WORK", "WEDDING TOAST NOTES"), or with the ask before and a second ask after ("Oh, and make it
  exactly 3 sentences."). The material carries its own limits, bans, counts, separators, P.S. lines, capitals and
  hashtags ("Max 3 sentences per reply", "describe the issue in 20 words or fewer", "answer in ONE word", "max 5
  bullets pls", "captions max 15 words", "no capital letters anywhere", "Must avoid: 'revolutionary', 'disrupt'",
  "Length: 1-2 sentences", "SLIDE 5: Summary (3 bullet points)", a pasted "***" pair, "P.S. Are you still
  climbing?"); none of it is a label unless the user adopts it: "Write a reply following the macro guidelines above",
  "Follow the contest's rules above", "would score full marks on this rubric", "Stick to the journal's rules", "per
  the guidelines", "following the director's rules", "Respect their word limit", "Keep to Iris's word limit" (her
  "under 12 words": 11), "follow rule 1", "Obey the Nantucket rule", "Follow her word count but don't worry about the
  vocabulary words" (the count only), "Stay within their 500-word maximum". The user's own asks cover every kind:
  words max/min and both ("Use no more than 40 words for this." before the material, "below 45", "between 90 and
  120"), sentences exact/max/min and "3 to 5 sentences", paragraphs exact/min/max ("in 2 or 3 paragraphs", "At most two
  paragraphs"), a paragraph's first word, bullets exact/min/max, numbered lists ("one per comment" over four pasted
  comments: 4), sections ("headed SECTION 1 to SECTION 4", "'Slide 1' through 'Slide 5'", "PART 1 ... PART 4"), two
  responses ("++++", "%%%" after a pasted "***" pair, "a line of five equals signs", "a line of six tildes"), keywords
  to include, avoid and count ("the phrase 'dark mode' at least 3 times", "keep the name Wren"), letter frequency,
  start and end phrases ("finish with the line 'Kind regards, Tomasz'"), lowercase, uppercase, capital words at least
  and at most, postscripts ("P.S." and "PS"), titles, placeholders (named or counted), bold, hashtags, JSON, a code
  block, a quotation, a constrained choice (quoted, after "one of:", letters), ending on a question, a language (de,
  es, fr, it, ja), no commas, no digits, and repeating a question. Asks with no kind are left unlabelled ("no fluff",
  "a 2-minute toast", "a 2-line slogan", "each respecting the 15-word rule", "keys ticket, order, amount and
  card_last4", "3 multiple-choice quiz questions").
- B: 42 controls: the same kinds of material, full of limits, bans, separators, P.S. lines, capitals, placeholders,
  hashtags and "answer in French" / "responda en español", with a question about it (what tier is the customer on, is
  the PM too strict, why the bot failed, where commit conventions come from, what a .env file is, what happens with a
  tab in YAML, why platforms ban all caps, is a 1,450-word proposal in range, who invented the six-word story, which
  language the professor wants) or a request with nothing verifiable ("Can you write me a short summary of what was
  decided?", "Rewrite this comment so it sounds friendlier."). Expected reads: none.

Argument conventions as in `review_fiftyfour.py` (binding): "under N" / "fewer than N" / "below N" is a max of N-1;
"no more than N" / "N or fewer" / "at most" / "max" a max of N; "at least N" a min of N; "between A and B", "3 to 5",
"2 or 3 paragraphs" both bounds; "one sentence", "exactly N", "Three sentences", "a single sentence", "Five
paragraphs" are exact. Keywords lower-cased as typed, a multi-word phrase one keyword, several in one instruction one
entry in the order typed; a separator the run as typed or spelled out; section markers as typed; "Bold the 2 most
important rules" highlight 2. A rule the user adopts from the material ("follow the rules above") is the user's, read
with the same conventions ("Stories must be 100 words or fewer": words_max 100; "300-400 words" both bounds; "ends
with a question" end_with_question).

Read by the reader as it stood when written (first read, no fixes; commit c85c3d6, the frozen checkout imported with
PYTHONPATH=/work/blind, 2026-12-04 20:01 UTC): 163 probes (121 labelled, 42 controls), recall 181/194 = 0.933,
precision 181/192 = 0.943 on the labelled probes (181/199 = 0.910 counting the 7 reads of controls), exact arguments
1.000 (a read with other arguments counts as one miss and one extra), 36 of 42 controls clean (`aligned-train
eval-instructions --cases tests/reward_models/review_fiftyfive.py` gives 0.933 / 0.943, 36 of 42). 19 labelled
probes are misread (13 misses, 11 extras), all in UNREAD with their expected labels. No label was changed after the
read. Its misses, by kind:
- rules adopted from the material (5 misses; the main failure): "Write a reply following the macro guidelines above"
  read the pasted "Never use the word 'unfortunately'" but not "Max 3 sentences per reply" (sentences_max 3); "Follow
  the contest's rules above" read "100 words or fewer" but not "Must include the prompt word: LIGHTHOUSE"; "would score
  full marks on this rubric" read "300-400 words" but not "(4) ends with a question for further inquiry"; "Write the
  description per the guidelines" read neither "3 bullet points exactly" nor "Must mention the sponsor, Nimbus Cloud".
- keywords to include, unquoted or introduced otherwise (2): "call the persona 'Quiet Quinn'"; "keep the name Wren".
- others (6 misses): "Three sentences, all lowercase like she writes" (neither read); "a numbered list of action items
  for the author, one per comment" (n from four pasted comments); "return it inside a fenced code block"; "separated by
  %%%" after a pasted pair "separated by ***"; "Answer her question in a PS of my own at the end" (read as
  end_with_question instead).
- extras on labelled probes (11): limits and bans inside the material read as the user's when not adopted: the bot's
  "in 20 words or fewer" (words_max 20); "SLIDE 5: Summary (3 bullet points)" (bullet_list 3); a grant call's "Must
  include: aims, outcomes, timeline, risk"; a haiku contest's "no capital letters anywhere" (lowercase) beside "I'm not
  entering"; "captions max 15 words" where the user asks only "each respecting the 15-word rule" (per caption, not the
  answer); the teacher's "Use the words "cold" and "Caledonia"" though the user says "don't worry about the vocabulary
  words"; a brand checklist's "Must avoid: 'revolutionary', 'disrupt'" and "Length: 1-2 sentences" though the user
  says it is not for this message; the pasted survey question "What should the library buy next?" as a start phrase;
  and the PS ask above as end_with_question.
- controls read (7 reads on 6 of 42): a YAML snippet's "format: json" and "lowercase: true" (json_output,
  lowercase); ToS "more than 5 hashtags per post" (hashtags 6); a social policy's "max 2 hashtags" (hashtags 1); a
  grant call's "between 1,000 and 1,500 words and include a title in bold" (highlight 1500); a podcast ad script's
  "Must mention the code twice" (keyword_frequency of the whole quoted script); HR's "Por favor, responda en español"
  (language es).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) support tickets and live chats, then a reply
    ("Support ticket #48213\nSubject: Refund not received\nCustomer: 'I returned the blender on 2 March. Your policy says refunds within 14 days. It's been 5 weeks. If I don't hear back in 48 hours I'm going to my bank.'\nPriority: HIGH\n\nDraft our agent's reply. Keep it under 90 words and don't use the word 'policy'.", [('words_max', {'n': 89}), ('keyword_avoid', {'words': ['policy']})]),
    ("Live chat transcript:\n[10:02] Visitor: hi my router keeps dropping every 20 mins\n[10:03] Agent (Sam): Have you tried restarting it?\n[10:03] Visitor: YES. 6 TIMES.\n[10:05] Agent (Sam): Please hold.\n[10:19] Visitor has left the chat.\n\nWrite a follow-up email to the customer apologising for the wait. Begin with 'Hi there,' and end with the exact words 'Ticket reopened.'", [('start_phrase', {'phrase': 'Hi there,'}), ('end_phrase', {'phrase': 'Ticket reopened.'})]),
    ("Here's a ticket from a customer - reply to it in under 60 words, please:\n\n'My subscription renewed even though I cancelled on the 3rd. I want a full refund of £89. I have screenshots.'", [('words_max', {'n': 59})]),
    ("Support ticket #9921: 'I was charged twice for order 55120 (£42.99 each). Card ending 4417. Please respond within 24h.'\n\nExtract the ticket details as a JSON object with keys ticket, order, amount and card_last4.", [('json_output', {})]),
    ("Ticket escalated from tier 1:\n'Customer insists on speaking to a manager. Says she was promised a callback within 2 hours, 3 times. Account: Hollis, Dee.'\n\nWrite the manager's callback script as a numbered list of exactly 6 steps.", [('numbered_list', {'n': 6})]),
    # ---- (2) Slack threads, chat logs and group messages
    ('Slack thread (#eng-deploys):\n> @kofi: deploy is frozen until Thursday, NO merges to main\n> @lena: even hotfixes?\n> @kofi: hotfixes need 2 approvals + a ticket number\n> @lena: ok 👍\n\nWrite a short announcement for #general summarising the freeze. Use bullet points, exactly 3 of them.', [('bullet_list', {'n': 3})]),
    ('Slack thread:\nanya: which logo do we ship?\n---\nmarco: the green one, obviously\n---\nanya: leadership wants both options written up\n\nWrite two short pitch paragraphs, one for the green logo and one for the orange, separated by a line of four plus signs (++++).', [('two_responses', {'separator': '++++'})]),
    ("From #random:\n@tara: who's doing the leaving card for Phil?\n@ben: me, but I need words. short ones. he hates fuss\n\nWrite a leaving-card message for Phil from the team, in exactly 2 sentences and without the word 'miss'.", [('sentences_exact', {'n': 2}), ('keyword_avoid', {'words': ['miss']})]),
    ("> Ravi: can someone write the release notes? max 5 bullets pls\n> Jen: I'll do it if nobody else does\n> Ravi: thanks, no emojis this time 😅\n\nI'm Jen. Write the release notes for v3.2 (new export button, faster search, fixed login bug). Use 3 bullet points.", [('bullet_list', {'n': 3})]),
    ("Slack thread in #design:\n@iris: reminder, all microcopy under 12 words\n@joel: and no exclamation marks please\n@iris: also never say 'click here'\n\nWrite the empty-state message for our inbox screen. Keep to Iris's word limit, and avoid 'click here' as well.", [('words_max', {'n': 11}), ('keyword_avoid', {'words': ['click here']})]),
    ("Colleague's message: 'Can you give me the status in 2 sentences max? Going into a meeting.'\n\nStatus: migration 70% done, blocked on DNS change, ETA Thursday. Write my reply, but I'd rather use a single sentence.", [('sentences_exact', {'n': 1})]),
    ('Pasted from the family group chat:\nDad: WHO ATE THE LAST YOGHURT\nMum: not me\nLeo: not me\nDad: I am printing a rota. 7 days. 1 yoghurt each.\n\nWrite a dramatic apology from me (I ate it). Wrap the whole reply in double quotation marks.', [('quotation', {})]),
    ("Kickoff chat with the client (Zoom transcript excerpt):\nCLIENT: We want it live before Black Friday.\nPM: That's 6 weeks.\nCLIENT: And it needs to work on iPads.\nPM: Noted.\n\nList the risks you see. Give at least 5 bullet points.", [('bullets_min', {'n': 5})]),
    # ---- (3) code review comments, commit messages, issues, READMEs
    ("Here are my last commits:\nfix stuff\nwip\nmore fixes!!!\nadd tests (finally)\nrevert 'more fixes!!!'\n\nRewrite them as proper conventional-commit messages. Put the whole thing in a code block, and don't use the word 'stuff'.", [('code_block', {}), ('keyword_avoid', {'words': ['stuff']})]),
    ("Our CONTRIBUTING.md says: 'Commit subjects must be 50 characters or fewer, imperative mood, no trailing period. Bodies wrap at 72.'\n\nDiff summary: renamed config loader, added YAML support, dropped Python 3.8.\n\nWrite the commit message. Lowercase only.", [('lowercase', {})]),
    ("Reviewer's comment on my PR:\n> This function is 140 lines. Please split it into functions of at most 30 lines each, and add docstrings. Blocking.\n\nWrite my reply agreeing and outlining how I'll split it. At most two paragraphs, all in lowercase.", [('paragraphs_max', {'n': 2}), ('lowercase', {})]),
    ("GitHub issue #2291 (opened by @drkwon):\n'Title: Crash on startup with Python 3.13\nSteps: pip install pkg==4.1; run `pkg init`\nExpected: works. Actual: ImportError: cannot import name 'Mapping'\nPlease reply within 7 days or this will be auto-closed.'\n\nWrite the maintainer's reply in fewer than 120 words, and include the exact term 'collections.abc'.", [('words_max', {'n': 119}), ('keyword_include', {'words': ['collections.abc']})]),
    ("Paste of our README intro:\n'![build](badge.svg) ![coverage 94%](cov.svg)\nTinyQueue is a zero-dependency job queue for Node. It handles 10k jobs/sec on a laptop.'\n\nWrite a tweet announcing TinyQueue 2.0 from this. Under 40 words and include at least 2 hashtags.", [('words_max', {'n': 39}), ('hashtags', {'n': 2})]),
    # ---- (4) tweets, posts and captions
    ('Tweet I want to reply to:\n"Hot take: nobody needs more than 3 apps on their phone. #minimalism #digitaldetox"\n\nWrite a witty reply that disagrees, under 25 words, and end with a question mark.', [('words_max', {'n': 24}), ('end_with_question', {})]),
    ("These are the 4 tweets in my thread:\n1/ We shipped dark mode 🌙\n2/ It took 11 months (yes, really)\n3/ 38% of you asked for it\n4/ Thank you. Now go to bed.\n\nTurn the thread into a blog post intro. Two paragraphs, and use the phrase 'dark mode' at least 3 times.", [('paragraphs_exact', {'n': 2}), ('keyword_frequency', {'word': 'dark mode', 'n': 3})]),
    ('Customer tweets at us this morning:\n"@SkyLinkAir lost my bag AGAIN. 3rd time this year. #neveragain"\n"@SkyLinkAir 4 hours on hold. FOUR."\n\nWrite one public reply that addresses both. Keep it below 45 words and include the word \'DM\'.', [('words_max', {'n': 44}), ('keyword_include', {'words': ['dm']})]),
    ("Instagram caption from our rival bakery:\n'Sourdough Sunday 🍞 only 40 loaves, first come first served!! #sourdough #bakery #sundayvibes #shoplocal #bread'\n\nWrite our own caption for Croissant Saturday. Use at least 4 hashtags and keep it under 30 words.", [('hashtags', {'n': 4}), ('words_max', {'n': 29})]),
    ("Use no more than 40 words for this.\n\nLinkedIn post from my ex-colleague: 'After 9 incredible years, I'm leaving Finch Bank. Grateful for every moment. Next chapter loading...'\n\nWrite a congratulatory comment.", [('words_max', {'n': 40})]),
    ("Summarize this Reddit comment in exactly 2 sentences, starting with 'The commenter':\n> I've been a locksmith for 22 years. Those cheap smart locks? I can open most in under 30 seconds with a magnet. Buy a deadbolt. Seriously.", [('sentences_exact', {'n': 2}), ('start_phrase', {'phrase': 'The commenter'})]),
    ("Subreddit rules for r/WritingPrompts:\n1. Stories must be at least 100 words.\n2. No AI-generated content disclaimers.\n3. Stay on prompt.\n\nPrompt: 'You wake up and everyone has forgotten how to read.'\n\nWrite a response that would follow rule 1, and start it with the word 'Nobody'.", [('words_min', {'n': 100}), ('start_phrase', {'phrase': 'Nobody'})]),
    ("Hype copy from the client brief: 'bold, loud, energetic - think gym poster'.\n\nProduct: a protein bar called CRUNCH. Write a 2-line slogan with at least 4 words in ALL CAPS.", [('capital_words', {'n': 4})]),
    # ---- (5) HR, legal and policy excerpts, terms of service
    ('HR POLICY 7.3 - REMOTE WORK\nEmployees may work remotely up to 2 days per week. Requests for more must be submitted in writing at least 14 days in advance. Managers must respond within 5 working days.\n\nWrite my written request to work remotely 3 days a week. Include the placeholders [manager name] and [start date].', [('placeholders', {'n': 2})]),
    ('Excerpt from the employee handbook:\n"Gifts from suppliers worth more than £50 must be declared. Staff must never accept cash. Breaches may lead to dismissal."\n\nWrite an email to a supplier politely declining a £200 hamper. Add a P.S. at the end thanking them for the thought.', [('postscript', {'marker': 'P.S.'})]),
    ("Clause 12 (Non-compete): 'For a period of 12 months after termination, the Employee shall not work for any competitor within 50 miles.'\n\nRewrite this clause in plain English for a staff briefing, in one sentence with no digits at all (spell numbers out).", [('sentences_exact', {'n': 1}), ('no_digits', {})]),
    ("Terms of Service excerpt:\n'4.2 You may not use the Service to send more than 500 messages per day. 4.3 We may suspend accounts that violate Section 4 without notice. 4.4 All disputes are governed by the laws of Ireland.'\n\nExplain 4.2-4.4 in plain English for our FAQ. Use a numbered list with 3 items and avoid the word 'shall'.", [('numbered_list', {'n': 3}), ('keyword_avoid', {'words': ['shall']})]),
    ("TERMS (section 9, 'Cancellation'):\nYou can cancel anytime. Refunds are pro-rated. Annual plans cancelled after 30 days are NOT refundable.\n\nIs this fair? Answer 'Fair', 'Unfair' or 'Mixed' and nothing else.", [('constrained_choice', {'options': ['Fair', 'Unfair', 'Mixed']})]),
    ("From the handbook, 'Bereavement leave: up to 5 paid days for immediate family; up to 2 for others. Extra leave at manager discretion.'\n\nWrite an email to my manager asking for 3 days for my uncle's funeral. It must begin with 'Dear Helen,' and be at most 90 words.", [('start_phrase', {'phrase': 'Dear Helen,'}), ('words_max', {'n': 90})]),
    ('"The Licensee shall not sublicense, sell, lease, or otherwise transfer the Software without prior written consent." - explain this to my business partner in a text message, and end it with \'Let me know.\'', [('end_phrase', {'phrase': 'Let me know.'})]),
    ('Our code of conduct (section 3):\n• Be kind.\n• No harassment of any kind.\n• Report issues to conduct@pyleeds.org within 30 days.\n• Organisers may remove anyone, no refunds.\n\nRewrite section 3 as friendly prose for the website, in 2 or 3 paragraphs.', [('paragraphs_min', {'n': 2}), ('paragraphs_max', {'n': 3})]),
    ("Template from the legal team:\n'This letter confirms that ___ has been employed by ___ since ___.'\n\nRewrite it with square-bracket placeholders instead of the blanks, e.g. [name]. It should have at least 3 placeholders.", [('placeholders', {'n': 3})]),
    ("Aus dem Mietvertrag: 'Haustiere sind nur mit schriftlicher Zustimmung des Vermieters erlaubt.'\n\nWrite me a short request to my landlord in German asking to keep a cat, fewer than 5 sentences.", [('language', {'code': 'de'}), ('sentences_max', {'n': 4})]),
    ('Lab safety rules (posted on the door):\nNO FOOD OR DRINK. GOGGLES AT ALL TIMES. Report spills immediately. Max 6 students per bench.\n\nWrite a friendly version for Year 7s. Bold the 2 most important rules with markdown.', [('highlight', {'n': 2})]),
    ("Forwarded from IT:\n'URGENT!!! ALL STAFF MUST RESET PASSWORDS BY FRIDAY. DO NOT CLICK LINKS IN EMAILS. THIS IS NOT A DRILL.'\n\nRewrite this so it doesn't sound like shouting: no more than 2 words in all caps, and under 60 words.", [('capital_words_max', {'n': 2}), ('words_max', {'n': 59})]),
    ('Rewrite the announcement below in a friendlier tone.\n\n---\nATTENTION RESIDENTS: Bins must be out by 7AM. Bins left out after 8PM Tuesday will be REMOVED. No exceptions.\n---\n\nOh, and make it exactly 3 sentences.', [('sentences_exact', {'n': 3})]),
    ("---\nDear Tenant,\nPlease be advised that rent will increase by 8% from 1 January. Payments must be received by the 1st of each month. Late fees of £25 apply.\n---\nWrite a response negotiating the increase down to 4%. Use the word 'reasonable' at least two times, and finish with the line 'Kind regards, Tomasz'.", [('keyword_frequency', {'word': 'reasonable', 'n': 2}), ('end_phrase', {'phrase': 'Kind regards, Tomasz'})]),
    # ---- (6) product reviews and listings
    ('Amazon review (2 stars):\n"Battery lasts 3 hours, not the 10 they claim. Screen is gorgeous though. WOULD NOT BUY AGAIN unless it\'s under £99."\n\nWrite a response from the brand. Use the words \'battery\' and \'firmware update\', and keep it to 4 sentences or fewer.', [('keyword_include', {'words': ['battery', 'firmware update']}), ('sentences_max', {'n': 4})]),
    ("Three reviews of our hiking boots:\n★★★★★ 'Waterproof for real. Did 20 miles in rain.'\n★★☆☆☆ 'Sizing is off, order one size up!!'\n★★★★☆ 'Great grip, heavy though (1.4kg).'\n\nWrite a product description that answers these points. Highlight at least 3 selling points with markdown bold, and include a title wrapped in double angular brackets.", [('highlight', {'n': 3}), ('title', {})]),
    ('Kundenbewertung:\n"Die Lieferung kam zwei Tage zu spät und der Karton war beschädigt. Das Produkt selbst ist aber super."\n\nWrite our reply in German, under 60 words.', [('language', {'code': 'de'}), ('words_max', {'n': 59})]),
    ("Product review I got:\n'Gorgeous mug but the handle snapped after 2 weeks. 3/5.'\n\nGive me two possible replies, a formal one and a casual one, with a line of five equals signs between them.", [('two_responses', {'separator': '====='})]),
    ('Release notes from the vendor (v9.4):\n- Fixed 47 bugs\n- New dashboard\n- Deprecated the v1 API (removal in v10)\n- Improved CSV export speed by 3x\n- SSO for Enterprise\n\nWhat do our admins need to know? Give it to me in no more than 3 bullet points.', [('bullets_max', {'n': 3})]),
    ("Two subject lines from our A/B test:\nA: 'Last chance: 20% off ends tonight'\nB: 'Your cart misses you 🛒'\nB had 2x the opens but half the clicks.\n\nWhich should we use for the next campaign? Reply with only 'A' or 'B'.", [('constrained_choice', {'options': ['A', 'B']})]),
    ('| Plan | Price | Seats | Support |\n|------|-------|-------|---------|\n| Starter | $9 | 1 | Email |\n| Team | $29 | 5 | Chat |\n| Business | $99 | 25 | Phone 24/7 |\n\nWhich plan suits a 4-person agency? Answer with one of: Starter, Team, Business.', [('constrained_choice', {'options': ['Starter', 'Team', 'Business']})]),
    ("Comparison table from our wiki:\n\n| Feature | Old CRM | New CRM |\n|---|---|---|\n| Price | £40/user | £25/user |\n| Mobile app | No | Yes |\n| Migration | - | 6 weeks |\n\nWrite a memo recommending the switch. Use the word 'migration' at least twice and finish with 'Questions welcome.'", [('keyword_frequency', {'word': 'migration', 'n': 2}), ('end_phrase', {'phrase': 'Questions welcome.'})]),
    # ---- (7) recipes and song lyrics
    ("RECIPE: Grandma's Scones\n- 450g self-raising flour\n- 100g butter (COLD!)\n- 2 eggs\n- 200ml milk\nDo NOT overwork the dough. Bake 12 min at 220°C.\nP.S. Jam first, then cream. Always.\n\nRewrite the method for a vegan version. Numbered steps, exactly 5 of them.", [('numbered_list', {'n': 5})]),
    ("Here's the recipe card my flatmate wrote:\n'Pasta: boil water, salt it like the sea, 11 minutes, save a mug of water, never rinse.'\n\nRewrite it as a short poem for the fridge. No commas, and start it with 'Listen up'.", [('no_commas', {}), ('start_phrase', {'phrase': 'Listen up'})]),
    ('Recipe from a 1970s cookbook (serves 12):\nPrawn cocktail ring: 2 tins prawns, 1 packet lime jelly, 1 pint mayonnaise, 6 stuffed olives.\n\nWrite a funny review of this dish for my food blog. All in capital letters, fewer than 70 words.', [('uppercase', {}), ('words_max', {'n': 69})]),
    ("Lyrics of our chorus (draft):\n'Oh oh oh, we're running home\nOh oh oh, we're never alone\n(repeat x4)'\n\nWrite a second verse that fits before this chorus. Don't use the word 'home', and write it as exactly 2 paragraphs (stanzas) separated by a blank line.", [('keyword_avoid', {'words': ['home']}), ('paragraphs_exact', {'n': 2})]),
    ("SONG LYRICS (verse 1):\nNeon on the wet street, 3 a.m. again\nYou said 'call me never', I said 'tell me when'\n\nWhat do you think the song is about? Answer in exactly three sentences and use the word 'neon'.", [('sentences_exact', {'n': 3}), ('keyword_include', {'words': ['neon']})]),
    ("Write a parody of these lyrics about doing taxes, keeping the rhythm. Title it in double angle brackets, e.g. <<Tax Return Blues>>.\n\n'Sweet Caroline, ba ba ba\nGood times never seemed so good'", [('title', {})]),
    ('Recipe notes from my nan (she says NEVER use margarine):\n1 lb flour, 1/2 lb lard, pinch of salt, cold water. Rub in, rest 30 mins.\n\nConvert this into a modern recipe with metric amounts. Use a bulleted list with at least 4 bullets, and add a PS with a tip about keeping pastry cold.', [('bullets_min', {'n': 4}), ('postscript', {'marker': 'PS'})]),
    # ---- (8) emails in other languages
    ("Email de un cliente:\n'Hola, compré dos entradas para el concierto del 12 de julio pero solo recibí una. ¿Pueden ayudarme? Gracias, Lucía'\n\nReply to Lucía in Spanish. Start with 'Hola Lucía,' and use at most 3 sentences.", [('language', {'code': 'es'}), ('start_phrase', {'phrase': 'Hola Lucía,'}), ('sentences_max', {'n': 3})]),
    ("Mail dal nostro fornitore a Milano:\n'Buongiorno, purtroppo la consegna slitterà di una settimana. Ci scusiamo per il disagio.'\n\nDraft a reply in Italian asking for a new date. Include the word 'urgente'.", [('language', {'code': 'it'}), ('keyword_include', {'words': ['urgente']})]),
    ("E-mail recebido:\n'Olá! Gostaríamos de convidá-lo para palestrar no nosso evento em Lisboa, dia 4 de outubro. Temos 20 minutos para cada palestrante.'\n\nWrite a reply accepting, and put the whole reply inside a code block so I can paste it.", [('code_block', {})]),
    ("Message de la mairie:\n'Madame, Monsieur, nous vous informons que la collecte des encombrants aura lieu le 15 mai. Merci de ne pas déposer vos objets avant 19h la veille.'\n\nWrite a notice for our building's noticeboard in French, using exactly 4 bullet points.", [('language', {'code': 'fr'}), ('bullet_list', {'n': 4})]),
    ("Translate this into French and keep it under 20 words: 'The museum is closed on Mondays and all public holidays, except Easter Monday.'", [('language', {'code': 'fr'}), ('words_max', {'n': 19})]),
    ('メール: 「来週の会議は火曜日の午後3時に変更になりました。ご確認ください。」\n\nWrite a short confirmation reply in Japanese.', [('language', {'code': 'ja'})]),
    # ---- (9) podcast and lecture transcripts, slides
    ("PODCAST TRANSCRIPT (ep. 41, 00:12:30-00:14:05)\nHOST: So you quit a bank job to farm snails?\nGUEST: Three hundred thousand snails, yeah. Escargot is a 9-figure market.\nHOST: Wait, nine figures?\nGUEST: Globally. Don't quote me.\n\nWrite show notes for this segment in Spanish, no more than 80 words.", [('language', {'code': 'es'}), ('words_max', {'n': 80})]),
    ("Transcript from our podcast intro: 'Welcome back to Two Nerds, One Mic, the show where we argue about sci-fi for exactly 45 minutes. Today: is Dune overrated? Spoilers ahead, obviously.'\n\nWrite an episode description. Wrap your entire answer in double quotation marks.", [('quotation', {})]),
    ("Transcripción (podcast 'Café y Código', min 3):\n'Hoy hablamos de por qué Python es tan lento... bueno, no tan lento.'\n\nWrite a teaser tweet for this episode in Spanish, with at least two hashtags.", [('language', {'code': 'es'}), ('hashtags', {'n': 2})]),
    ("Podcast listener voicemail (transcribed): 'Love the show, but the ads are now 8 minutes long. Eight! I timed it.'\n\nWrite the hosts' on-air response, 3 to 5 sentences.", [('sentences_min', {'n': 3}), ('sentences_max', {'n': 5})]),
    ("Slide text:\n'• Mitochondria = powerhouse of the cell\n• ATP produced via oxidative phosphorylation\n• ~36 ATP per glucose (textbook figure)'\n\nMake 3 multiple-choice quiz questions from this slide. Respond with valid JSON only.", [('json_output', {})]),
    ("Transcript, Lecture 12 (History of Medicine):\n'...so when Semmelweis told doctors to wash their hands, they were insulted. Gentlemen's hands are clean, they said. He died in an asylum in 1865...'\n\nWrite a short summary for students who missed the lecture, ending with a question they should think about. Don't mention 'asylum'.", [('end_with_question', {}), ('keyword_avoid', {'words': ['asylum']})]),
    ("Slide 7 from my phonetics lecture:\n'The letter Z is the least frequent letter in English texts (~0.07%). E is the most frequent (~12.7%).'\n\nWrite a tongue twister for my class that uses the letter z at least 15 times.", [('letter_frequency', {'letter': 'z', 'n': 15})]),
    ("Give me a one-sentence TL;DR of this abstract:\n\n'We present a lightweight transformer for edge devices that achieves 92.1% top-1 accuracy on ImageNet with 4.3M parameters, a 3x reduction over prior work. Code and weights are released.'", [('sentences_exact', {'n': 1})]),
    # ---- (10) grant calls, contest rules, rubrics (some adopted)
    ("From the grant call:\n'Applicants must submit a project summary (max 250 words), a budget, and two letters of support. Summaries exceeding the limit will not be reviewed. Do not include URLs.'\n\nWrite my project summary for a community composting scheme in Leeds. Respect their word limit.", [('words_max', {'n': 250})]),
    ("From the grant call (Arts Council):\n'We fund projects that put communities first. Applications should show how communities shaped the idea.'\n\nWrite the opening paragraph of our application. Use the word 'communities' at least 3 times, but fewer than 100 words overall.", [('keyword_frequency', {'word': 'communities', 'n': 3}), ('words_max', {'n': 99})]),
    ("Call for proposals: 'Budget table must list each item with cost in EUR. Total may not exceed €30,000.'\n\nMy items: laptop 1200, travel 4500, workshop venue 2000, translator 3000.\n\nGive me the budget as JSON, nothing else.", [('json_output', {})]),
    ("Limerick contest: entries must be five lines, must mention a vegetable, and must not contain the word 'Nantucket'. Judges hate that.\n\nWrite me a limerick entry. Obey the Nantucket rule, and put it all in lowercase.", [('keyword_avoid', {'words': ['nantucket']}), ('lowercase', {})]),
    ('Marking rubric (Band 4, 9-10 marks):\n1. Clear thesis stated in the first paragraph\n2. At least three pieces of evidence\n3. Counter-argument addressed\n4. Conclusion of no more than 100 words\n\nWrite a model essay on whether homework should be banned that meets the rubric above. Five paragraphs.', [('paragraphs_exact', {'n': 5})]),
    ("Judging criteria for the pitch competition:\n1. Problem clarity (25%)\n2. Market size (25%)\n3. Team (25%)\n4. Delivery - pitches over 3 minutes lose 10 points\n\nWrite a 1-minute elevator pitch for my dog-walking app. Include the words 'Pawsome' and 'insured'.", [('keyword_include', {'words': ['pawsome', 'insured']})]),
    ("Scoring criteria from the scholarship form:\n1. Personal statement: 500 words maximum\n2. Must reference community service\n3. Must be written in first person\n\nWrite my personal statement (I'm a nursing student who volunteers at a food bank). Stay within their 500-word maximum and make sure the words 'community service' appear.", [('words_max', {'n': 500}), ('keyword_include', {'words': ['community service']})]),
    ("Style rules from the journal:\n- Abstracts: one paragraph, 150 words max\n- Never use 'novel'\n- No first person\n\nWrite an abstract for my study on urban foxes' diets (42 scat samples, 60% human food waste). Stick to the journal's rules.", [('paragraphs_exact', {'n': 1}), ('words_max', {'n': 150}), ('keyword_avoid', {'words': ['novel']})]),
    ('FW: from the marketing director\n\'Every email this quarter must include the tagline "Built for Builders" and a call to action. No emojis. No more than 150 words.\'\n\nWrite the product-launch email for our new cordless drill, following the director\'s rules.', [('keyword_include', {'words': ['built for builders']}), ('words_max', {'n': 150})]),
    ("Band name brainstorm from our group chat: 'The Velvet Thursdays', 'Kilowatt Kids', 'Sad Toaster'\n\nWrite a short bio for Kilowatt Kids. Use the letter k at least 10 times.", [('letter_frequency', {'letter': 'k', 'n': 10})]),
    # ---- (11) config snippets (JSON, YAML)
    ('config.yaml:\n```yaml\nretries: 3\ntimeout_s: 30\nlog_level: DEBUG\nfeatures:\n  - beta_search\n  - dark_mode\n```\n\nExplain each setting to a junior developer. Use exactly 4 bullet points and no more than 100 words.', [('bullet_list', {'n': 4}), ('words_max', {'n': 100})]),
    ('Here\'s the API response we get:\n{"status": "error", "code": 429, "message": "Rate limit: max 60 requests per minute"}\n\nWrite a user-facing error message for this. One sentence, and avoid the words \'error\' and \'rate limit\'.', [('sentences_exact', {'n': 1}), ('keyword_avoid', {'words': ['error', 'rate limit']})]),
    ('package.json excerpt:\n"scripts": {"build": "tsc", "test": "jest --coverage", "lint": "eslint . --max-warnings 0"}\n\nReturn a JSON object mapping each script name to a one-line plain-English description. Output only JSON.', [('json_output', {})]),
    ('Our CI file:\n```yaml\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n```\n\nWhy would the job time out? Explain in no more than 3 sentences.', [('sentences_max', {'n': 3})]),
    ('settings.json:\n{"editor.fontSize": 14, "editor.tabSize": 2, "files.autoSave": "afterDelay"}\n\nWrite a short tip for our team wiki explaining these three settings. Use a bulleted list with at least 3 bullets and no digits anywhere.', [('bullets_min', {'n': 3}), ('no_digits', {})]),
    ("docker-compose.yml excerpt:\n```\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: changeme\n```\n\nExplain to my intern why this is risky. Don't use the word 'obviously', and keep it under 5 sentences.", [('keyword_avoid', {'words': ['obviously']}), ('sentences_max', {'n': 4})]),
    # ---- (12) survey free text, notes, letters, notices
    ('Free-text answers from our staff survey (Q7: \'What one thing would you change?\'):\n- "fewer all-hands, max one a month"\n- "STOP THE 8AM MEETINGS"\n- "better coffee lol"\n- "clearer promotion criteria"\n- "honestly nothing"\n\nSummarise the themes for the board. Use exactly 4 bullet points and put 2 key phrases in bold.', [('bullet_list', {'n': 4}), ('highlight', {'n': 2})]),
    ("Here's the customer's survey reply:\nQ1 (1-10): 3\nQ2: 'App crashes whenever I upload photos over 5MB.'\nQ3 Would you recommend us? 'NO.'\n\nWrite an internal note for the dev team. Start it with 'Bug report:' and use fewer than 50 words.", [('start_phrase', {'phrase': 'Bug report:'}), ('words_max', {'n': 49})]),
    ("WEDDING TOAST NOTES\nmet at uni in 2012 / she beat him at pool / he cried at Titanic / 'never let him cook'\n\nTurn these into a 2-minute toast. It should have at least 250 words and use the word 'Titanic'.", [('words_min', {'n': 250}), ('keyword_include', {'words': ['titanic']})]),
    ("This is the complaint from a neighbour:\n'Your dog barks from 7 to 9 every morning. I work nights. If this continues I will contact the council.'\n\nWrite a friendly note to put through their door. Mention 'earplugs' and 'dog walker', and add a title in double angle brackets, like <<Sorry about Biscuit>>.", [('keyword_include', {'words': ['earplugs', 'dog walker']}), ('title', {})]),
    ("Email from Dr Osei:\n'Please send a short report on the pilot by Friday: what worked, what didn't, what's next. Three parts please.'\n\nWrite the report in 3 paragraphs. The third paragraph must start with the word 'Next'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 3, 'word': 'Next'})]),
    ("A parent's email:\n'Why was my son given a detention for not having a pen? This is ridiculous.'\n\nWrite the head of year's reply. At least 5 sentences, and avoid 'policy' and 'rules'.", [('sentences_min', {'n': 5}), ('keyword_avoid', {'words': ['policy', 'rules']})]),
    ('Newsletter draft:\nSPORTS DAY - Friday 14th\n***\nNITS are back (sorry)\n***\nUniform reminder: NO trainers\n\nWrite two versions of the nits paragraph, one gentle and one blunt, separated by a line of six tildes.', [('two_responses', {'separator': '~~~~~~'})]),
    ("my mate's band poster text (they want it shouty):\n'the rusty hinges live at the crown, sat 9pm, £5 on the door, no under 18s'\n\nRewrite the poster text. Entirely in capital letters please, and no more than 25 words.", [('uppercase', {}), ('words_max', {'n': 25})]),
    ("Podcast booking email:\n'Hi! We'd love to have you on Startup Sauce. Episodes are 30 min. Please DON'T mention competitors by name. Send a 3-line bio.'\n\nWrite my bio for them. Keep it to 3 sentences max and use fewer than 2 words in all capital letters.", [('sentences_max', {'n': 3}), ('capital_words_max', {'n': 1})]),
    ('Turn this sentence into a formal email opener, under 30 words: "hey so the thing we talked abt is def happening, tues at 3 ok?"', [('words_max', {'n': 29})]),
    ("Quote from the founder's speech: 'We started in a garage, with one server, two laptops, and a lot of coffee.'\n\nRewrite it as a punchy pull-quote for the annual report. Your whole reply should be wrapped in double quotation marks, with no commas.", [('quotation', {}), ('no_commas', {})]),
    ("HEADLINE FROM THE LOCAL PAPER: 'COUNCIL VOTES 7-2 TO CLOSE SWIMMING POOL'\n\nWrite a short protest post for our residents' group. Write it all in lowercase letters, with at least 60 words.", [('lowercase', {}), ('words_min', {'n': 60})]),
    ("Email from my manager: 'Can you confirm in one sentence whether the audit is done? Just yes/no is fine too.'\n\nI want to explain the audit is 80% done and why. Write it as 3 short paragraphs.", [('paragraphs_exact', {'n': 3})]),
    ("In exactly 4 sentences and without using the word 'delay', rewrite this train announcement for the app:\n\nTRAIN ANNOUNCEMENT: 'We apologise for the delay to the 17:42 to Carlisle. This is due to a signalling fault at Preston. Expect delays of up to 40 minutes.'", [('sentences_exact', {'n': 4}), ('keyword_avoid', {'words': ['delay']})]),
    ("Our support macro guidelines:\n- Max 3 sentences per reply\n- Never use the word 'unfortunately'\n- No exclamation marks\n\nCustomer message: 'Where is my order?? It says dispatched since Monday.'\n\nWrite a reply following the macro guidelines above.", [('sentences_max', {'n': 3}), ('keyword_avoid', {'words': ['unfortunately']})]),
    ("Chat log with a customer:\nCustomer: your app deleted ALL my notes\nBot: I'm sorry to hear that! Please describe the issue in 20 words or fewer.\nCustomer: I JUST DID\n\nWrite what a human agent should say next. At least 3 sentences, and include the words 'backup' and 'restore'.", [('sentences_min', {'n': 3}), ('keyword_include', {'words': ['backup', 'restore']})]),
    ("Contest rules (Flash Fiction Friday):\n1. Stories must be 100 words or fewer.\n2. Must include the prompt word: LIGHTHOUSE.\n3. No titles.\n4. One entry per person.\n\nWrite me an entry about a lonely robot. Follow the contest's rules above.", [('words_max', {'n': 100}), ('keyword_include', {'words': ['lighthouse']})]),
    ('Hackathon submission guidelines:\n• Project description in 3 bullet points exactly\n• Must mention the sponsor, Nimbus Cloud\n• Judges read 200 of these, so no fluff\n\nOur project: an app that matches leftover restaurant food with shelters. Write the description per the guidelines.', [('bullet_list', {'n': 3}), ('keyword_include', {'words': ['nimbus cloud']})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (B1) questions about pasted tickets, chats and threads
    ("Support ticket #3310:\n'Please reply in under 50 words. I just want to know: is the Pro plan refundable?'\nCustomer tier: Gold\n\nWhat tier is this customer on?", []),
    ('Slack thread:\n> @pm: everyone write your update in 3 bullets max\n> @dev: can I do 4?\n> @pm: no\n\nIs the PM being too strict here?', []),
    ("Chat log:\nBot: Please reply with only the number of your choice (1, 2 or 3).\nMe: 2\nBot: Sorry, I didn't get that.\n\nWhy didn't the bot understand me?", []),
    ("Chat log from our team:\nana: write the retro in lowercase pls, it's more chill\ntom: no, proper caps\nana: fine, but under 100 words\n\nWho do you think has the better argument here?", []),
    ("Here's the meeting transcript:\nKAI: we need the deck by Thursday, max 10 slides, no animations\nROSA: and all headings in capitals\n\nCan you write me a short summary of what was decided?", []),
    ("Support macro: 'Thank you for contacting us! Please reply with your order number in the subject line, e.g. [ORDER-12345].'\n\nShould the order number go in the subject or the body for ticketing systems to pick it up?", []),
    ("Forwarded email: 'Please answer in French: Où est la réunion demain?'\n\nMy colleague forwarded this to me - what is it asking?", []),
    # ---- (B2) code review, commits, READMEs, configs
    ('Commit message guidelines from our repo:\n- Subject line under 50 characters\n- Use the imperative mood\n- Separate subject and body with a blank line\n\nWhere do these conventions come from?', []),
    ("README says: 'Wrap all code in triple backticks. Use JSON for config examples. Never commit .env files.'\n\nWhat's a .env file and why shouldn't it be committed?", []),
    ("Code review comment: 'Please add a P.S. to the PR description listing the migration steps, and separate the two changelogs with ***.'\n\nIs it normal to ask for a P.S. in a PR description?", []),
    ("Code review comment: 'Rename all variables to lowercase_with_underscores and keep functions under 20 lines.'\n\nRewrite this comment so it sounds friendlier.", []),
    ('config.json: {"max_words": 200, "language": "fr", "format": "json"}\n\nWhat does max_words do in this config?', []),
    ('JSON payload from the webhook:\n{"event": "order.created", "items": 3, "note": "Respond in under 24 hours"}\n\nHow many items are in this order?', []),
    # ---- (B3) policies, terms, legal text
    ("HR policy: 'Complaints must be submitted in writing, no more than 2 pages, within 30 days of the incident.'\n\nIt's been 35 days. Do I have any options?", []),
    ('Legal notice: \'THIS SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\'\n\nWhy are disclaimers like this always written in capital letters?', []),
    ("Terms of the giveaway: 'To enter, comment with at least 3 hashtags and tag 2 friends. No digits in usernames.'\n\nIs this giveaway likely a scam?", []),
    ('Instructions on the job form: \'Describe yourself in no more than 50 words. Do not use the word "passionate".\'\n\nWhy do so many employers hate the word \'passionate\'?', []),
    ('An email from a recruiter:\n\'Hi! Please send a cover letter of exactly 3 paragraphs, ending with a question, and include the word "agile".\'\n\nIs it a red flag when recruiters are this specific?', []),
    # ---- (B4) contests, grants, rubrics, slides
    ('Contest rules: \'Entries must be under 500 words, in English, and include the phrase "midnight train". Only one entry per person.\'\n\nCan I enter twice if I use my partner\'s email?', []),
    ("Rubric:\n1. At least 3 paragraphs\n2. Ends with a question\n3. Uses the word 'therefore'\n\nMy teacher gave me 6/10 on this rubric. Which of these criteria do students usually miss?", []),
    ("Slide 4: 'Answer every exam question in at least 3 paragraphs. Start each answer with the question number.'\n\nIs this good exam advice?", []),
    ("Teacher's rubric for the speech:\n(a) 2-3 minutes\n(b) at least three rhetorical devices\n(c) a title\n(d) end with a call to action\n\nMy daughter's speech ran 3:20. Will she lose marks for (a)?", []),
    ("From the contest page: 'Write a six-word story. Exactly six words. No more, no less.'\n\nWho invented the six-word story?", []),
    ("Lecture notes: 'Numbered lists (1., 2., 3.) for sequences; bullets for unordered items; never more than 7 bullets.'\n\nWhy seven?", []),
    ('Grant guidance (section 2):\n\'Write in plain English. Avoid acronyms. Your summary should begin with the words "This project".\'\n\nWhy do funders dislike acronyms?', []),
    ("Markdown table:\n| Part | Words |\n|---|---|\n| Intro | 150 max |\n| Body | 600-800 |\n| Conclusion | under 100 |\n\nWhat's the total maximum word count across all three parts?", []),
    # ---- (B5) tweets, podcasts, lyrics, reviews, recipes, other languages
    ("Tweet from a celebrity: 'Write your name in the replies in ALL CAPS if you're ready!!! #TourDay'\n\nWhy do celebrities post tweets like this?", []),
    ('Tweet: "Reply with just \'yes\' or \'no\': would you pay $8 for a blue tick?"\n\nWhat was the $8 blue tick controversy about?', []),
    ("Podcast transcript: 'HOST: Answer in one word - cats or dogs? GUEST: Axolotls.'\n\nWhy is that answer funny?", []),
    ("Lyrics of the chorus my kid keeps singing:\n'Say it louder! SAY IT LOUDER! (x3)'\n\nWhat song is this from?", []),
    ("Song lyrics (verse): 'Don't say goodbye, don't say goodbye / say anything but goodbye'\n\nWhat emotion is the singer expressing?", []),
    ("Product review: '⭐⭐⭐⭐⭐ Five stars. Five words: best purchase of my life.'\n\nIs this review likely to be fake?", []),
    ("Recipe note: 'Serves 4. Do NOT use olive oil for this - it burns. P.S. double the garlic.'\n\nWhy would olive oil burn more easily than sunflower oil?", []),
    ("Email from my professor, in German: 'Bitte schreiben Sie den Bericht in höchstens 2 Seiten und auf Englisch.'\n\nWhich language does she want the report in?", []),
    ("From a language school's leaflet: 'Escriba una frase sin usar la letra e.'\n\nWhat's that kind of exercise called in English?", []),
    ("Survey question text: 'Please answer with Yes, No, or Not sure.'\n\nIs a three-option answer scale better than five options?", []),
    ("TERMS OF SERVICE 8.1: 'Users must not post content in all capital letters or use more than 5 hashtags per post.'\n\nWhy would a platform ban all-caps posts?", []),
    ("Policy on social posts: 'Every post: max 2 hashtags, no emojis, and always end with a question to drive engagement.'\n\nDoes ending with a question actually improve engagement?", []),
    ("Grant call: 'Proposals must be between 1,000 and 1,500 words and include a title in bold.'\n\nIs a 1,450-word proposal within range?", []),
    ('Podcast ad script: \'Use code PODCAST20 for 20% off. Must mention the code twice and end with "Link in the show notes."\'\n\nDo podcast hosts get paid more for reading ads themselves?', []),
    ("Email from HR (in Spanish): 'Por favor, responda en español antes del viernes.'\n\nWhat does this email want me to do?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("WhatsApp from my sister:\nMaya: are you coming to mum's on sunday or not. answer in ONE word pls 🙄\nMaya: also bring the good tupperware\n\nWrite my reply explaining I'll be late because of the train strike. Three sentences, all lowercase like she writes.", [('sentences_exact', {'n': 3}), ('lowercase', {})]),
    ('Code review comments on PR #512:\n1. `fetch_user()` swallows exceptions - please re-raise.\n2. Nit: rename `tmp2` to something meaningful.\n3. Tests missing for the empty-list case (MUST fix before merge).\n4. Consider caching; max 100 entries.\n\nTurn these into a numbered list of action items for the author, one per comment.', [('numbered_list', {'n': 4})]),
    ("Commit message my junior wrote:\n'Fixed the thing that broke the other thing. Also some refactoring. DONT MERGE YET'\n\nRewrite it as a proper commit message and return it inside a fenced code block.", [('code_block', {})]),
    ("Two drafts my colleague wrote, separated by ***:\n'Our app saves you time.'\n***\n'Stop wasting hours on spreadsheets.'\n\nWrite two new taglines in the same spirit, separated by %%%.", [('two_responses', {'separator': '%%%'})]),
    ("Email from my old professor:\n'Dear Nadia, it was lovely to hear from you. I'd be glad to write you a reference; send me your CV and the deadline. Best, Prof. Lindqvist\nP.S. Are you still climbing?'\n\nWrite my reply thanking her and attaching my CV. Answer her question in a PS of my own at the end (yes, every weekend).", [('postscript', {'marker': 'PS'})]),
    ("Lecture slides, week 3 (Macroeconomics):\nSLIDE 1: What is inflation?\nSLIDE 2: CPI vs. RPI\nSLIDE 3: Causes - demand-pull, cost-push\nSLIDE 4: Why 2% is the target\nSLIDE 5: Summary (3 bullet points)\n\nWrite revision notes from these slides, organised under headers 'Slide 1' through 'Slide 5'.", [('sections', {'n': 5, 'marker': 'Slide'})]),
    ("GRANT CALL - Must include: aims, outcomes, timeline, risk. Max 2 pages. Font size 11+.\n\nI only need the aims paragraph for now: a youth coding club in Dundee. Between 120 and 160 words, and mention 'Dundee' at least twice.", [('words_min', {'n': 120}), ('words_max', {'n': 160}), ('keyword_frequency', {'word': 'dundee', 'n': 2})]),
    ("Haiku contest rules: 3 lines, 5-7-5 syllables, must mention a season, no capital letters anywhere.\n\nI'm not entering, I just want a short explanation of what a kigo is, for my son. Two sentences max.", [('sentences_max', {'n': 2})]),
    ('Caption competition rules: captions max 15 words, no profanity, entries close at midnight, winners announced under #CaptionThis.\n\nPhoto: a goat standing on a car roof.\n\nGive me 3 captions I could enter, each respecting the 15-word rule, as a numbered list.', [('numbered_list', {'n': 3})]),
    ('Rubric for the reflection task:\n(1) 300-400 words\n(2) written in first person\n(3) refers to at least one theorist by name\n(4) ends with a question for further inquiry\n\nWrite a sample reflection on a group project that would score full marks on this rubric.', [('words_min', {'n': 300}), ('words_max', {'n': 400}), ('end_with_question', {})]),
    ('Teacher\'s instructions for the homework: \'Write a diary entry of at least 200 words as a Roman soldier on Hadrian\'s Wall. Use the words "cold" and "Caledonia".\'\n\nCan you write a model answer? Follow her word count but don\'t worry about the vocabulary words.', [('words_min', {'n': 200})]),
    ("BRAND VOICE CHECKLIST\nMust include: our name (Loomly), a verb in the first 3 words\nMust avoid: 'revolutionary', 'disrupt'\nLength: 1-2 sentences\n\nThat's our agency's checklist for ads, but this is just an internal Slack message. Write a message telling the team the office is closed Monday. Keep it casual and under 30 words.", [('words_max', {'n': 29})]),
    ("Survey question: 'In 50 words or fewer, describe your ideal workspace.'\nRespondent 112: 'quiet, plants, a window, a desk that goes up and down, nobody microwaving fish'\n\nWrite a persona description based on respondent 112. At least 100 words, and call the persona 'Quiet Quinn'.", [('words_min', {'n': 100}), ('keyword_include', {'words': ['quiet quinn']})]),
    ("Open answers to 'What should the library buy next?':\n'more manga', 'a 3D printer!!!', 'quiet pods', 'MORE MANGA', 'board games'\n\nWrite a post for the library's Facebook page announcing what we'll buy (manga and board games). End with a question to the followers, and include at least two hashtags.", [('end_with_question', {}), ('hashtags', {'n': 2})]),
    ("Book blurb (current, 212 words - the publisher wants 'under 150'):\n'In a village where it has rained for 400 years, a girl named Wren finds a dry stone...'\n\nRewrite the blurb between 90 and 120 words and keep the name Wren.", [('words_min', {'n': 90}), ('words_max', {'n': 120}), ('keyword_include', {'words': ['wren']})]),
    ("YAML snippet:\n```yaml\nresponse:\n  format: json\n  lowercase: true\n  max_sentences: 3\n```\nWhat happens if I indent 'format' with a tab instead of spaces?", []),
    ("Friend's text: 'settle this: is a hot dog a sandwich? one word answer only!!'\n\nFirst repeat this question word for word, then answer it: Is a hot dog a sandwich?", [('repeat_request', {'request': ['Is a hot dog a sandwich?']})]),
    ('README.md (current):\n\n# fastgrep\nA grep. But fast.\n## Install\npip install fastgrep\n\nExpand this README for new users. Split it into exactly four sections headed SECTION 1 to SECTION 4.', [('sections', {'n': 4, 'marker': 'SECTION'})]),
    ("Conference call for papers:\n'Papers must have: Introduction, Method, Results, Discussion. 8 pages max, double-blind.'\n\nWrite a skeleton outline for my paper on bee navigation with 4 parts labelled PART 1, PART 2, PART 3 and PART 4.", [('sections', {'n': 4, 'marker': 'PART'})]),
]
