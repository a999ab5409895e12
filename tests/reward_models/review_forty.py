# ruff: noqa: E501  (test data: one probe per line, as written)
"""A fortieth review (a helper session): quoted and pasted text, both ways, written blind to the reader's rules. Only
the output conventions were learned beforehand (the kinds and their arguments in `checkers.py` and the layout of
`review_thirtynine.py`); no request is taken from another test file or from a public benchmark, and none imitates
their wording.

- A: requests where quoted or pasted text matters and at least one instruction is asked of the answer. (1) Quoted
  text the answer must USE: an exact opening or closing (sometimes two sentences long, in "double", 'single' or
  “curly” quotes), a phrase or sentence to include, a question to repeat word for word first, a sign-off, a line to
  end on, options to choose from. (2) Pasted material to work on (an email, a review, notes, a policy, a poem, a
  recipe, a job ad, an assignment brief, a diff), quoted inline or on its own lines after a colon, before or after
  the request, that carries rules, counts, quoted words and "P.S." lines of its own ("max 2 items", "reply in
  English", "Please reply with 'Yes' or 'No'", "never use the word ...") that are NOT asked of the answer, while the
  user's own instructions sit outside it; a few tell the reader to follow the pasted rules ("stick to its rules",
  "Make it meet Dana's limit", "follow every rule in the brief"), and only those rules are labelled, and only the
  checkable ones; a few override a pasted rule ("Ignore the hashtag limit", "DO use the word 'urgent'").
- B: instruction-free controls: pasted or quoted material full of rules, counts and quoted words with a request that
  asks for nothing checkable (an opinion, "what does this mean", "is this normal", "summarise" with no length, what a
  sign says), and questions about quoting, sign-offs and formatting. Expected reads: none.

Argument conventions as in the earlier reviews: "under 80" / "less than 120" is a max of one less; "no more than" /
"at most" / "max" a max of the number; "at least" a min of the number; "between 150 and 200" both bounds; "in N
sentences/paragraphs", "one sentence", "a 3-paragraph ..." are exact; "exactly N bullet points" is bullet_list and
"no more than 3 bullet points" bullets_max; a start or end phrase (a sign-off, "the last line", "the final two
sentences") is the quoted text as typed, with the punctuation inside the quotes and none outside; a phrase or
sentence to include is a lower-cased keyword; a question to repeat first is the question's text; options to choose
from are the options as typed, without their quotes; a separator is the symbol run as typed; a language is its ISO
639-1 code; a postscript marker is the one typed ("P.S.", "P.P.S.").

Read by the reader as it stood when written: 164 probes (112 labelled, 52 controls), recall 179/202 = 0.886,
precision 179/189 = 0.947 on the labelled probes (179/201 = 0.891 counting the 12 reads of controls), 46 of 52
controls clean. Its misses: pasted rules the user says to follow ("Follow the ad's instructions", "keep it within her
limit", "Make it meet Dana's limit", "Stick to the publisher's requirements" for its "must mention Cornwall",
"following every rule in the brief", "follows my editor's rules"); choices not introduced as "one of" (a name,
a letter, a list after "one word from this list", a pick among quoted sign-offs); "The first two sentences must be
exactly '...'" and "The final two sentences should be: ..." read as sentences_exact 2; "ends with 'Love, Mia'", "sign
it '...' instead", "starting with “Thanks, Jess!”"; "Repeat this customer's question word for word"; "in 3 sentences"
read as a maximum; two named placeholders read as one; "at most 80 words, with no more than 2 words in all caps" read
as capital_words_max 80. Its extras take a pasted poem's "P.S." as a postscript to write, a pasted chat's "lowercase"
(against the user's capitals) and a pasted policy's "must not say" as words to avoid; its control misreads are rules
inside pasted material (contest rules, a client brief, book-club rules, a tenancy clause's "must begin with") and
questions that mention << >>. Session 29's fixes from it ("Summarise these contest rules for me:" opens material
whatever it names; a quote is the text to use only where its cue stands right before it, not "... under 60
words.\n\n"<poem>""; quotes are not cut where the request says to follow them; a single-quoted passage may span
lines; options listed after "one word from this list:" or "just the letter:"): recall 0.901, precision 0.963, 47 of
52 clean (0.973 once "the first two sentences must be exactly" stopped reading as a count); 27 probes misread (UNREAD; the pasted rules the user says to
follow mostly stay unread, the widest gap left).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) quoted text the answer must use: openings, closings, phrases, repeats, sign-offs, choices
    ('Write a short horror story for a campfire night. Start it with the exact words "The rain had stopped. Nobody noticed." and keep it under 200 words.', [('start_phrase', {'phrase': 'The rain had stopped. Nobody noticed.'}), ('words_max', {'n': 199})]),
    ("Write a toast for my sister's graduation that opens with 'To the first doctor in our family!' and runs no more than 120 words.", [('start_phrase', {'phrase': 'To the first doctor in our family!'}), ('words_max', {'n': 120})]),
    ('I need a LinkedIn post announcing my new job. Begin with “Some personal news:” and end with “Onwards!” Keep it under 100 words.', [('start_phrase', {'phrase': 'Some personal news:'}), ('end_phrase', {'phrase': 'Onwards!'}), ('words_max', {'n': 99})]),
    ("Write an FAQ answer explaining how to reset the Nook router. Use exactly 4 sentences and make the very last words 'Email help@nook.io for more.'", [('sentences_exact', {'n': 4}), ('end_phrase', {'phrase': 'Email help@nook.io for more.'})]),
    ("Draft a thank-you note to my son's teacher, Mrs Alvarez, in two short paragraphs, and sign it off with 'With gratitude, the Okafor family'.", [('paragraphs_exact', {'n': 2}), ('end_phrase', {'phrase': 'With gratitude, the Okafor family'})]),
    ('Write a blurb for our bakery’s new website. It has to include the phrase "baked before sunrise" and be under 60 words.', [('keyword_include', {'words': ['baked before sunrise']}), ('words_max', {'n': 59})]),
    ("Is a tomato a fruit or a vegetable? Reply with only one of these words: 'fruit', 'vegetable', 'both'.", [('constrained_choice', {'options': ['fruit', 'vegetable', 'both']})]),
    ('write a short poem about the sea, all in lowercase, and finish it with the line "and still the tide comes home"', [('lowercase', {}), ('end_phrase', {'phrase': 'and still the tide comes home'})]),
    ('Based on the message below, is this a scam? Answer with exactly one of "My answer is yes.", "My answer is no.", or "My answer is maybe."\n\n"Congratulations! You have won a £500 voucher. Click the link within 2 hours and enter your card number to claim. Only 3 vouchers left!"', [('constrained_choice', {'options': ['My answer is yes.', 'My answer is no.', 'My answer is maybe.']})]),
    ("End your reply with 'Let me know if this works for you.' I need a message to my landlord asking to pay this month's rent three days late. Keep it under 80 words and don't use the word 'broke'.", [('end_phrase', {'phrase': 'Let me know if this works for you.'}), ('words_max', {'n': 79}), ('keyword_avoid', {'words': ['broke']})]),
    ('Repeat the following request exactly as written, then fulfil it: Name three rivers in Africa and say which country each one flows through.', [('repeat_request', {'request': ['Name three rivers in Africa and say which country each one flows through.']})]),
    ('Our slogan must appear word for word in the ad: “Fresh coffee, no fuss”. Write a 3-sentence radio ad for the café.', [('keyword_include', {'words': ['fresh coffee, no fuss']}), ('sentences_exact', {'n': 3})]),
    ("Write an email inviting the team to Friday drinks. Start with 'Hi all,' and add a postscript starting with P.S. about the dress code.", [('start_phrase', {'phrase': 'Hi all,'}), ('postscript', {'marker': 'P.S.'})]),
    ('Write a children’s story about a snail. The story must start with "Once upon a time, in a very wet garden," and be at least 250 words, with the word "slow" appearing at least 3 times.', [('start_phrase', {'phrase': 'Once upon a time, in a very wet garden,'}), ('words_min', {'n': 250}), ('keyword_frequency', {'word': 'slow', 'n': 3})]),
    ('Reply to this complaint and sign off as \'Warm regards, Team Kettle & Co.\' Less than 120 words.\n\nComplaint: "Your kettle stopped working after 3 weeks. I want my £39.99 back. I\'ve emailed twice already and nobody replies!"', [('end_phrase', {'phrase': 'Warm regards, Team Kettle & Co.'}), ('words_max', {'n': 119})]),
    ("Write an announcement for the school newsletter about the new library hours. Include this exact sentence: 'The library now stays open until 6pm on weekdays'. Use exactly 2 paragraphs.", [('keyword_include', {'words': ['the library now stays open until 6pm on weekdays']}), ('paragraphs_exact', {'n': 2})]),
    ('Write a poem called "Salt and Iron" with its title in double angular brackets, like <<Salt and Iron>>, and keep it under 100 words.', [('title', {}), ('words_max', {'n': 99})]),
    ('Pick the better subject line for our sale email and reply with it exactly as written, nothing else: "Last chance: 30% off ends tonight" or "Your cart misses you".', [('constrained_choice', {'options': ['Last chance: 30% off ends tonight', 'Your cart misses you']})]),
    ("write a diary entry from a cat's point of view. it has to begin with 'dear diary, the human is up to something again.' and stay all lowercase", [('start_phrase', {'phrase': 'dear diary, the human is up to something again.'}), ('lowercase', {})]),
    ('Write a protest chant for a climate march, all in capital letters, and make sure it includes "NO PLANET B".', [('uppercase', {}), ('keyword_include', {'words': ['no planet b']})]),
    ('Describe our new office for the careers page in 2 paragraphs, without the words "open-plan" or "vibrant".', [('paragraphs_exact', {'n': 2}), ('keyword_avoid', {'words': ['open-plan', 'vibrant']})]),
    ('Write a 3-paragraph cover note for my portfolio. The second paragraph must start with the word "Additionally".', [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'Additionally'})]),
    ('Write a blog post about quitting coffee with a title wrapped in double angular brackets, e.g. <<Why I Quit Coffee>>. At least 300 words.', [('title', {}), ('words_min', {'n': 300})]),
    ('Can you write a rhyming couplet about Mondays? Wrap the whole thing in double quotation marks.', [('quotation', {})]),
    ('Start the cover letter with ‘I have wanted to work at Kew Gardens since I was nine.’ and keep it to four paragraphs.', [('start_phrase', {'phrase': 'I have wanted to work at Kew Gardens since I was nine.'}), ('paragraphs_exact', {'n': 4})]),
    ('Should I text my ex happy birthday? Answer only "Yes" or "No", no explanation.', [('constrained_choice', {'options': ['Yes', 'No']})]),
    ('End the story with this line, word for word: "And that was the last time anyone saw the lighthouse keeper." Make the story exactly 5 paragraphs.', [('end_phrase', {'phrase': 'And that was the last time anyone saw the lighthouse keeper.'}), ('paragraphs_exact', {'n': 5})]),
    ('Write a motivational message for the team before the finals. Work in the quote "Hard work beats talent when talent does not work hard" somewhere, and avoid the word "pressure".', [('keyword_include', {'words': ['hard work beats talent when talent does not work hard']}), ('keyword_avoid', {'words': ['pressure']})]),
    ('Repeat this question word for word and then answer it in under 40 words: What is the tallest mountain in Africa?', [('repeat_request', {'request': ['What is the tallest mountain in Africa?']}), ('words_max', {'n': 39})]),
    ("Write a short bedtime story. Begin with 'Long ago, when the moon was smaller,' and end with 'Goodnight, little star.'", [('start_phrase', {'phrase': 'Long ago, when the moon was smaller,'}), ('end_phrase', {'phrase': 'Goodnight, little star.'})]),
    ('Write a wedding reading that mentions "Ayesha", "Tom" and "Lake Bled". Under 150 words.', [('keyword_include', {'words': ['ayesha', 'tom', 'lake bled']}), ('words_max', {'n': 149})]),
    ("Begin your reply with 'Thanks for reaching out. I can help with that.' and write no more than 3 sentences in total. The customer asked how to change their delivery address.", [('start_phrase', {'phrase': 'Thanks for reaching out. I can help with that.'}), ('sentences_max', {'n': 3})]),
    ("Write a product description for a bamboo toothbrush. Use the phrase 'plastic-free' at least twice and keep it to one paragraph.", [('keyword_frequency', {'word': 'plastic-free', 'n': 2}), ('paragraphs_exact', {'n': 1})]),
    ('Write a short poem about snow and make "the world holds its breath" the last line. Lowercase only.', [('end_phrase', {'phrase': 'the world holds its breath'}), ('lowercase', {})]),
    # ---- (2) pasted material with rules, counts, quoted words or P.S. lines of its own; the user's rules sit outside it
    ("Make this email shorter and friendlier: under 60 words, and don't use the word 'mandatory'.\n\nSubject: Fire drill\nAll staff: the fire drill on Thursday 11 April at 10:30 is mandatory. Leave by the nearest exit, do not use the lifts, and gather at Point B. Roll call takes 5 minutes.\nP.S. Please wear sensible shoes.", [('words_max', {'n': 59}), ('keyword_avoid', {'words': ['mandatory']})]),
    ('Write a response to this review in exactly 3 sentences, and include the word \'apologise\'.\n\n★★☆☆☆ "The room was \'deluxe\' in name only. The air con broke twice in 4 nights. Staff said \'not our problem\'. P.S. the breakfast was good."', [('sentences_exact', {'n': 3}), ('keyword_include', {'words': ['apologise']})]),
    ("Notes from the PTA meeting:\n- bake sale: max 2 items per family\n- raffle tickets £1 each, 5 for £4\n- volunteers needed for 3 shifts\n- 'no nuts' rule applies to all food\n\nTurn these into a reminder for parents. Exactly 4 bullet points, and end with 'Thank you for your support!'", [('bullet_list', {'n': 4}), ('end_phrase', {'phrase': 'Thank you for your support!'})]),
    ('Explain this policy to a new starter in at least 5 sentences:\n\n"Refunds: customers must return items within 30 days with a receipt. Staff replies to customers must be under 100 words and must never use the word \'guarantee\'. Store credit is offered after 30 days."', [('sentences_min', {'n': 5})]),
    ("Here's a poem I wrote for class. The assignment said 'exactly 14 lines, must include the word ember, no rhymes'.\n\nThe house is quiet after nine,\nan ember sulks behind the grate,\nmy father reads the same page twice\nand the clock forgets to wait.\n\nGive me feedback in no more than 3 bullet points.", [('bullets_max', {'n': 3})]),
    ("Rewrite this recipe for a kids' cookbook in Spanish, as a numbered list of exactly 5 steps.\n\nOat cookies (makes 12)\n1. Heat the oven to 180C.\n2. Mix 100g butter and 75g sugar.\n3. Add 1 egg and 150g oats.\n4. Spoon onto a tray, 2 tbsp each.\n5. Bake 12-15 min.\n6. Cool for 10 min. Do NOT eat them hot!", [('language', {'code': 'es'}), ('numbered_list', {'n': 5})]),
    ("Assignment brief: 'Write a 2,000-word report on renewable energy. Use at least 5 sources. Include the keywords solar, wind and grid. No first person.'\n\nI don't want you to write it. Just give me a plan in exactly 6 bullet points, under 120 words.", [('bullet_list', {'n': 6}), ('words_max', {'n': 119})]),
    ('Please write my entry for this flash fiction contest and stick to its rules:\n\nRULES\n• 100 words maximum\n• Must begin with the sentence "The key did not fit."\n• Title optional\n• One entry per person', [('words_max', {'n': 100}), ('start_phrase', {'phrase': 'The key did not fit.'})]),
    ('Translate this poem into Italian and keep it under 60 words.\n\n"Seven swans and \'one\' grey goose,\nthe river says: be still, be loose.\nP.S. to the moon: come home soon."', [('language', {'code': 'it'}), ('words_max', {'n': 59})]),
    ("The worksheet says: 'Answer each question in full sentences. Write at least 50 words per answer.' Question 3 is 'Why did the Roman Empire split?' Can you give me a quick answer in 2 sentences so I understand it first?", [('sentences_exact', {'n': 2})]),
    ('Give me two possible replies to this Google review, separated by +++, and don\'t use the word \'sorry\' in either.\n\n"4/5. Great pizza but we waited 50 mins. The sign says \'ready in 20 minutes or it\'s free\' - it wasn\'t free!! P.S. the garlic bread is elite"', [('two_responses', {'separator': '+++'}), ('keyword_avoid', {'words': ['sorry']})]),
    ('Reply to this email in French, under 80 words, and end with \'Cordialement, Luc\'.\n\n"Dear Luc, thanks for the quote (ref. 2291). Could you lower it by 10%? Please reply in English as our team doesn\'t read French. Best, Martin"', [('language', {'code': 'fr'}), ('words_max', {'n': 79}), ('end_phrase', {'phrase': 'Cordialement, Luc'})]),
    ('"Data Analyst (remote). Skills: Python, SQL, Tableau. Please keep applications under 400 words. No agencies."\n\nRewrite my CV summary to fit this ad. Include the words \'Python\' and \'Tableau\', 3 sentences max.\n\nMy summary: Analyst with 4 years\' experience in retail reporting. Good with numbers and people.', [('keyword_include', {'words': ['python', 'tableau']}), ('sentences_max', {'n': 3})]),
    ("HOUSE RULES\n1. Quiet hours 10pm-7am\n2. Max 4 guests\n3. No smoking\n4. Check-out by 11am\n\nTurn these into a friendly welcome message for our Airbnb guests. Write it as one paragraph, and include the words 'welcome' and 'enjoy'.", [('paragraphs_exact', {'n': 1}), ('keyword_include', {'words': ['welcome', 'enjoy']})]),
    ("Here's my letter to Grandma:\n\nDear Grandma,\nThank you for the jumper! It fits perfectly. School is fine. I got 9/10 in spelling.\nLove, Ben\nP.S. Max says hi.\n\nCan you make it longer (at least 80 words) and add a P.P.S. about the summer holidays?", [('words_min', {'n': 80}), ('postscript', {'marker': 'P.P.S.'})]),
    ("Here's my homework task. Please write it, following the task's requirements exactly.\n\nTask: Write a diary entry from the point of view of a Roman soldier. Your entry must be at least 200 words, must be written in 3 paragraphs, and must include the word 'legion'.", [('words_min', {'n': 200}), ('paragraphs_exact', {'n': 3}), ('keyword_include', {'words': ['legion']})]),
    ('Give me exactly 5 interview questions I might get for this role, as a numbered list.\n\n"Office Manager - must have 3+ years\' experience, Excel to advanced level, and a \'can-do\' attitude. Applications without a cover letter (max 1 page) will not be considered."', [('numbered_list', {'n': 5})]),
    ('My bank texted me: "Reply YES to confirm the payment of £249.00 to ELEC-UK or NO to cancel." Is it safe to reply? Answer in no more than 2 sentences.', [('sentences_max', {'n': 2})]),
    ('Make this thread into a single-paragraph LinkedIn post and add at least 4 hashtags of your own.\n\n1/ We closed our seed round!!\n2/ $1.2M from 3 angels + 1 fund\n3/ Hiring 2 engineers next month\n4/ DM me, no recruiters pls #startup #seed', [('paragraphs_exact', {'n': 1}), ('hashtags', {'n': 4})]),
    ("```\n# TODO: keep lines under 80 chars\n# NOTE: never call this with None\n-def total(x): return x*2\n+def total(x): return x * 2\n```\n\nWrite a commit message for this diff: one sentence, all lowercase.", [('sentences_exact', {'n': 1}), ('lowercase', {})]),
    ("My friend wrote me this poem:\n\n'Three roads, two shoes, one tired heart,\nI count the miles, I count the start.'\n\nWrite a reply poem to her with a title in double angular brackets, like <<title>>, and use the word 'miles' at least twice.", [('title', {}), ('keyword_frequency', {'word': 'miles', 'n': 2})]),
    ("Summarise this press release in exactly two sentences.\n\nFOR IMMEDIATE RELEASE\nGreenway Buses will add 40 electric buses by 2026. 'Every route, zero emissions' is the goal, said CEO R. Khan. Fares stay at £2. Notes to editors: max 2 interview slots per outlet.\nENDS", [('sentences_exact', {'n': 2})]),
    ('Write my reply to Rosa. Begin with \'Hi Rosa,\' and keep it under 70 words.\n\nRosa\'s email: "Hey! Can you send the Q3 figures before Thursday? Use the subject line \'Q3 Results\' so my filter catches it. Keep it brief - 3 lines is plenty!"', [('start_phrase', {'phrase': 'Hi Rosa,'}), ('words_max', {'n': 69})]),
    ("Turn these notes into a JSON object with the keys date, attendees and actions. Output only the JSON.\n\nNotes: 12 May; Ana, Raj, Lu; Raj to book the venue (max £300); Lu to draft the invite - 'keep it under 100 words'. P.S. #teamday", [('json_output', {})]),
    ("Convert this recipe to metric and give it back inside one markdown code block, with nothing outside the block.\n\nPancakes: 1 cup flour, 1 cup milk, 2 tbsp butter, 1 egg. Cook 2 minutes per side at 375F. 'Do not flip more than once!'", [('code_block', {})]),
    ('Here\'s my essay intro. Bold at least 3 phrases that are too vague, using markdown, and suggest a fix for each.\n\n"Many things have changed in 2024. Some people say technology is \'very important\'. In this essay of 1,500 words I will discuss 3 reasons why."', [('highlight', {'n': 3})]),
    ('My landlord\'s note says: "Tenants must not use the words \'emergency\' or \'urgent\' unless there is a flood." lol. Write my repair request for a broken boiler anyway: under 100 words, and DO use the word \'urgent\'.', [('words_max', {'n': 99}), ('keyword_include', {'words': ['urgent']})]),
    ("Mi jefe me escribió: 'Por favor, contesta en menos de 30 palabras.' Write me a reply to him in Spanish saying I'll be late tomorrow, under 30 words like he asked.", [('language', {'code': 'es'}), ('words_max', {'n': 29})]),
    ("Rewrite this fortune-cookie message so it's funnier, and wrap your whole answer in double quotation marks: 'You will meet 3 strangers; trust the 2nd.'", [('quotation', {})]),
    ('Hannah sent me this:\n\n"Hi Sam, we\'re delighted to offer you the Designer role at £42,000. Start date TBC. Please reply by Friday 5pm - a short \'yes\' is fine! P.S. Parking is on level -2. Hannah"\n\nWrite back accepting the offer. Make it exactly 3 paragraphs and include the words \'start date\' and \'contract\'.', [('paragraphs_exact', {'n': 3}), ('keyword_include', {'words': ['start date', 'contract']})]),
    ("Here's the chorus of our school song:\n\n'Onward, onward, 3 by 3,\nwe sing for Hillcrest, strong and free!'\n\nWrite a second verse in the same style, under 60 words, with the word 'Hillcrest' at least twice.", [('words_max', {'n': 59}), ('keyword_frequency', {'word': 'hillcrest', 'n': 2})]),
    ('Explain this clause to my 12-year-old in exactly 2 sentences, avoiding the word \'liability\'.\n\n"Section 4(b): The Supplier\'s total liability shall not exceed 100% of the fees paid in the 12 months preceding the claim."', [('sentences_exact', {'n': 2}), ('keyword_avoid', {'words': ['liability']})]),
    ('From the school:\n"Dear Parents, Year 4 are visiting the farm on 9 May. Cost £12. Please reply with \'Yes\' or \'No\' by Friday. P.S. Packed lunch needed."\n\nHelp me reply: yes, but I want to ask about allergies. Under 50 words, starting with \'Dear Ms Patel,\'.', [('words_max', {'n': 49}), ('start_phrase', {'phrase': 'Dear Ms Patel,'})]),
    ('"Question 4 (no more than 150 words): Why do you want to volunteer with Leeds Food Bank?"\n\nHelp me answer this. Stay within their word limit and mention \'Leeds\' and \'volunteering\'.', [('words_max', {'n': 150}), ('keyword_include', {'words': ['leeds', 'volunteering']})]),
    ("Give me a shopping list from this recipe as exactly 8 bullet points, all lowercase.\n\nThai green curry (serves 4)\n- 400ml coconut milk\n- 2 tbsp green curry paste\n- 500g chicken thighs\n- 1 aubergine\n- handful of Thai basil\n- 1 tbsp fish sauce\n- 1 tsp sugar\n- jasmine rice to serve\nTIP: don't boil it after adding the basil!", [('bullet_list', {'n': 8}), ('lowercase', {})]),
    ("This riddle came in a Christmas cracker: 'WHAT HAS KEYS BUT CAN'T OPEN LOCKS? WRITE YOUR ANSWER ON THE BACK IN CAPITALS.' Tell me the answer in one sentence.", [('sentences_exact', {'n': 1})]),
    ("My colleague posted: 'Reminder: timesheets due by 9am Monday, 7.5 hrs per day, no rounding!!' Rewrite it in a nicer tone, under 30 words and without any digits.", [('words_max', {'n': 29}), ('no_digits', {})]),
    ("My colleague wrote this prompt for our support chatbot:\n\n'You are a helpful bot. Always answer in under 50 words. End every reply with: Is there anything else?'\n\nImprove it. Reply with only the improved prompt inside a single code block.", [('code_block', {})]),
    ('Reply to Jonas below. Begin with "Hallo Jonas," and write in German, 3 sentences max.\n\n"Hi! Can you send me the slides from Tuesday? Max 10 MB please, our mail server is strict. Danke! Jonas"', [('start_phrase', {'phrase': 'Hallo Jonas,'}), ('language', {'code': 'de'}), ('sentences_max', {'n': 3})]),
    ("Summarise this email in at most 2 sentences and with no commas.\n\nHi all, quick update: the office is closed Monday (burst pipe), Tuesday TBC. Work from home, please. Don't come in, even for 5 minutes! P.S. Plumber says 'worst he's seen'. Thanks, Facilities", [('sentences_max', {'n': 2}), ('no_commas', {})]),
    ("Our brand guide says: 'Max 2 hashtags per post. Never use #sale.' Ignore the hashtag limit this time: write an Instagram caption for our new autumn candles with at least 5 hashtags, under 40 words.", [('hashtags', {'n': 5}), ('words_max', {'n': 39})]),
    ("Agenda:\n1. Budget (10 min)\n2. Hiring - 'no new roles until Q3'\n3. Office move\n4. AOB\n\nTurn this agenda into an email to the team with exactly 3 paragraphs, and end it with 'See you at 10.'", [('paragraphs_exact', {'n': 3}), ('end_phrase', {'phrase': 'See you at 10.'})]),
    ("Reply to this customer in French, with at least 3 sentences, and include the word 'remboursement'.\n\nBonjour, j'ai commandé 2 lampes le 3 mars, une seule est arrivée. Merci de répondre sous 48 heures. Cordialement, Claire", [('language', {'code': 'fr'}), ('sentences_min', {'n': 3}), ('keyword_include', {'words': ['remboursement']})]),
    ("Scholarship prompt: 'In 500 words or fewer, describe a challenge you overcame. Do not use the word passion.'\n\nBrainstorm angles I could take: exactly 4 bullets, under 80 words total.", [('bullet_list', {'n': 4}), ('words_max', {'n': 79})]),
    ("Our style guide says 'always use digits for numbers, e.g. 5 not five.' But this is for a wedding invitation, so ignore that: write the invitation text with no digits at all, under 70 words.", [('no_digits', {}), ('words_max', {'n': 69})]),
    ("Notes from Tuesday:\n1) car park - 'max 20 spaces for staff'\n2) new coffee machine, £450\n3) summer party, 14 July\nP.S. Dave is retiring!\n\nWrite up the minutes from these notes with a section for each numbered item, marked Part 1, Part 2 and Part 3.", [('sections', {'n': 3, 'marker': 'Part'})]),
    ("Rewrite the sign below so that at least 4 important words are in ALL CAPS for emphasis.\n\n'Please remember the pool closes at 8pm. Children under 12 must be with an adult. No diving in the shallow end.'", [('capital_words', {'n': 4})]),
    ("Rewrite this sentence as a tongue-twister that uses the letter 'p' at least 12 times: 'The 3 sailors parked the boat near the pier.'", [('letter_frequency', {'letter': 'p', 'n': 12})]),
    ('Write two subject lines for the email below, separated by *****.\n\n"Team, a reminder that expenses over £50 need a receipt. Claims must be submitted within 30 days. Use the code EXP-24 in the subject line. P.S. mileage is now 45p/mile."', [('two_responses', {'separator': '*****'})]),
    ('Follow the rules in this brief to write the template:\n\nBRIEF: Write a reusable thank-you email template for donors. It must have a title in double angular brackets and at least 3 placeholders in square brackets, like [donor name].', [('title', {}), ('placeholders', {'n': 3})]),
    ("My vendor sent: 'Please send the order as a JSON file, max 2 MB, named order_0412.json.' Write a short reply telling them it's attached, under 30 words.", [('words_max', {'n': 29})]),
    ("Client call notes:\n- wants the launch moved to 2 May\n- budget capped at 15k ('not a penny more')\n- asked for 'fewer meetings'\n\nWrite me two versions of a follow-up email, formal and casual, separated by ===, and include the word 'timeline' in both.", [('two_responses', {'separator': '==='}), ('keyword_include', {'words': ['timeline']})]),
    ('Rewrite this text to my flatmates so it sounds less angry. Keep it under 50 words and add a P.S. saying I\'ll buy the next bin bags.\n\n"WHO keeps leaving dishes in the sink??? 3 days now. The rule was: wash within 24 hours. P.S. the milk in the door is MINE."', [('words_max', {'n': 49}), ('postscript', {'marker': 'P.S.'})]),
    # read since session 29 (moved from UNREAD)
    ("Here's the first stanza of my poem:\n\n'The kettle sings at half past six,\nthe dog has learned a dozen tricks,\nand P.S., love: the roof still leaks.'\n\nWrite two more stanzas and end the poem with 'the roof still leaks'.", [('end_phrase', {'phrase': 'the roof still leaks'})]),
    # read since session 29 (moved from UNREAD)
    ('Classify the sentiment of this tweet. Reply with one word from this list: positive, negative, neutral.\n\nTweet: "Three hours on hold and they STILL hung up on me. Thanks a lot, @FlyFast. P.S. never again."', [('constrained_choice', {'options': ['positive', 'negative', 'neutral']})]),
    ('Quiz question: "Which gas makes up most of Earth\'s atmosphere? (a) oxygen (b) nitrogen (c) carbon dioxide"\n\nAnswer with just the letter: a, b or c.', [('constrained_choice', {'options': ['a', 'b', 'c']})]),
    ('I got this letter:\n\n"Dear Mr Hale, Our records show an outstanding balance of £312.40 on account 55102. Please respond in writing within 14 days, quoting your account number. Failure to reply may result in a £25 late fee."\n\nWrite my response: formal, between 150 and 200 words, with placeholders in square brackets for my address and the date.', [('words_min', {'n': 150}), ('words_max', {'n': 200}), ('placeholders', {'n': 2})]),
    ('SPEC: ULTRAGRIP YOGA MAT - 6MM - NON-SLIP - 183 X 61 CM - LATEX FREE - "NO SHOES ON MAT"\n\nWrite a product description from this spec in at most 80 words, with no more than 2 words in all caps.', [('words_max', {'n': 80}), ('capital_words_max', {'n': 2})]),
    ("Write a birthday message for my grandad that uses the phrase 'young at heart' and ends with 'Love, Mia'. No more than 50 words.", [('keyword_include', {'words': ['young at heart']}), ('end_phrase', {'phrase': 'Love, Mia'}), ('words_max', {'n': 50})]),
    ('Respond to “Love the shoes but a size 9 fits like an 8. Returning. 3/5.” in under 40 words, starting with “Thanks, Jess!”', [('words_max', {'n': 39}), ('start_phrase', {'phrase': 'Thanks, Jess!'})]),
    ('Library job ad: "Library Assistant (Saturdays). Apply by letter, max 1 page. Letters must be signed \'Yours faithfully\'."\n\nWrite the application letter; sign it \'Kind regards, Ife Obi\' instead, and keep it between 200 and 250 words.', [('end_phrase', {'phrase': 'Kind regards, Ife Obi'}), ('words_min', {'n': 200}), ('words_max', {'n': 250})]),
    ('Job ad:\n"Barista wanted (part-time, 20 hrs/week). Must be 18+. Send a cover note of no more than 100 words. Include the word \'latte\' so we know you read this!"\n\nWrite my cover note for this. Follow the ad\'s instructions.', [('words_max', {'n': 100}), ('keyword_include', {'words': ['latte']})]),
    ("My manager emailed: 'Can you send me a summary of the Jacobs project? Two sentences max, by 4pm.' Draft that summary from my notes and keep it within her limit.\n\nNotes: phase 1 done on time; phase 2 delayed 2 weeks (supplier); budget 5% under; client happy.", [('sentences_max', {'n': 2})]),
    ('A client sent this:\n\n"Hi! Could you send over a bio for the conference brochure? It needs to be under 50 words, third person. Thanks, Dana"\n\nCan you write the bio for me? Make it meet Dana\'s limit. I\'m Leo Grant, a UX designer at Fable with 8 years\' experience.', [('words_max', {'n': 49})]),
    ("My editor's rules for headlines: 'no commas, max 10 words, no puns.'\n\nStory: Local bakery wins national award after 40 years; owner, 82, says she'll never retire.\n\nGive me one headline for this story that follows my editor's rules.", [('no_commas', {}), ('words_max', {'n': 10})]),
    ("Summarise the chat below in no more than 50 words, and do it all in capital letters (it's for a banner, don't ask).\n\nPRIYA: let's keep the launch post lowercase, it's our brand.\nTOM: fine, but no hashtags this time.\nPRIYA: max 2 emojis.\nTOM: agreed. ship it friday.", [('words_max', {'n': 50}), ('uppercase', {})]),
    ('First repeat my question word for word, then answer it in under 100 words. My question: Why does bread go stale faster in the fridge?', [('repeat_request', {'request': ['Why does bread go stale faster in the fridge?']}), ('words_max', {'n': 99})]),
    ('Repeat this customer\'s question word for word, then answer it in at most 3 sentences. The question: Can I change my flight date without paying a fee?', [('repeat_request', {'request': ['Can I change my flight date without paying a fee?']}), ('sentences_max', {'n': 3})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Is this email too passive-aggressive?\n\nHi Paul,\nPer my last 3 emails, the report must be under 10 pages and must include the word 'forecast'. Please start your reply with 'Confirmed'.\nP.S. The deadline is tomorrow.\nMeg", []),
    ('My English teacher gave us this prompt: "Begin your story with the sentence \'It was the last day of summer.\' and write at least 500 words." What genre would fit it best?', []),
    ('What does "Respond in all lowercase letters" mean on a job application form? Why would they ask that?', []),
    ('Why do people sign emails with "Best," instead of "Best regards,"?', []),
    ('Summarise these contest rules for me:\n\n1. Entries must be under 300 words.\n2. Each entry must end with the phrase "and then the lights went out".\n3. Include at least 2 hashtags when sharing.\n4. No entries in all caps.', []),
    ("Is it normal for a landlord to write this?\n\n'Tenants must reply with YES or NO within 24 hours. Any reply longer than 20 words will be ignored. P.S. Rent goes up 8% in June.'", []),
    ('What is the difference between a P.S. and a P.P.S.?', []),
    ('In a quiz app the instructions say "Answer with one of the following options: A, B, C or D." Does that mean I can\'t explain my reasoning?', []),
    ("My boss always writes 'Please repeat the request word for word before answering' in his prompts to chatbots. What's the point of that?", []),
    ("What does this Italian sign say? 'Vietato fumare. Massimo 4 persone per tavolo. Si prega di rispondere entro 3 giorni.'", []),
    ('How should I quote a two-sentence passage in MLA, with double or single quotation marks?', []),
    ('Here is my recipe card:\n\nLemon drizzle (8 slices)\n- 225g butter\n- 225g sugar\n- 4 eggs\n- 1 lemon\nBake 45 min at 180C. Note: "Never open the oven in the first 30 minutes!"\n\nWhy did mine sink in the middle?', []),
    ('What does my teacher mean by this feedback: "Your essay has 6 paragraphs; the brief said exactly 5. Also avoid the word \'very\' and end with a question next time."?', []),
    ('Why do job ads say things like "CV no longer than 2 pages, cover letter under 300 words"? Do recruiters actually count?', []),
    ('Should I use “smart quotes” or "straight quotes" in my novel manuscript?', []),
    ('Read this review and tell me whether the customer was right to complain:\n\n"Ordered a 12-inch pizza, got a 10-inch one. The menu literally says \'all pizzas 12 inches or it\'s free\'. Manager refused. 1/5. P.S. the staff were lovely though."', []),
    ('Is "Yours sincerely" or "Yours faithfully" correct when I start with "Dear Sir or Madam"?', []),
    ('My daughter\'s school sent this. What does \'P.S. Please reply in writing\' mean, do I need to send a letter?\n\n"Dear Parents, Sports Day is on 14 June. Children need a water bottle, hat and suncream. Please reply with \'Attending\' or \'Not attending\' by Friday. P.S. Please reply in writing."', []),
    ('Explain what this docstring is asking the function to do:\n\n"""Return a JSON object with exactly 3 keys. Do not use commas in the values. All strings must be uppercase."""', []),
    ('Is it rude to end a text with "K."?', []),
    ('Why does my word processor count "well-known" as one word when my teacher counts it as two?', []),
    ("What's the origin of the phrase 'word for word'?", []),
    ('Someone wrote "RSVP with a yes or no only, no plus-ones" on a wedding invite. Is that rude?', []),
    ('Does a bullet point count as a sentence when a form says "max 3 sentences"?', []),
    ("Can you tell me why this little poem works?\n\n'Four walls, one window, two chairs and a cat;\nthe rent is nine hundred, and that is that.'", []),
    ("What is the tone of this out-of-office message?\n\n\"I'm away until 3 Jan. Emails will be deleted. Please resend with 'URGENT' in the subject line if it can't wait. No calls.\"", []),
    ('Why do some prompts ask the AI to "wrap the entire response in JSON"? What does that achieve?', []),
    ("My friend texted: 'Reply with only an emoji, no words, or I'm not coming.' What does she mean?", []),
    ('Meeting notes:\n- Jo: draft the press release (max 400 words, must quote the CEO)\n- Ben: 3 social posts, each with #LaunchDay\n- Release: 9am Tuesday\n\nWho is writing the press release, and when does it go out?', []),
    ('Is this a fair interview task? "In 45 minutes, write a blog post of at least 800 words that includes the keywords cloud, migration and cost. Use exactly 4 subheadings."', []),
    ('How many bullet points is too many on a slide?', []),
    ("What does 'separate the two answers with six asterisks' mean, like ******?", []),
    ('Here is my dad\'s speech for my wedding:\n\n"Friends, family, and the 3 people I don\'t recognise: welcome! I promised to keep this under 5 minutes and to not mention the word \'divorce\'. Let\'s see how that goes."\n\nIs the opening joke appropriate?', []),
    ("A survey question says: 'Describe your experience in 3 words or fewer.' Is 'really, really good' three words?", []),
    ('What does the Spanish instruction "Escriba su respuesta en mayúsculas" mean?', []),
    ('Our team\'s Slack etiquette doc says: "Start every message with the ticket number, use bullet points (max 5), never write in all caps." Why might a team adopt this?', []),
    ("What's the difference between putting a title in quotation marks and putting it in italics?", []),
    ('Can you explain what this prompt from my AI class is testing?\n\n"Write a story of exactly 3 paragraphs. The second paragraph must begin with the word \'Suddenly\'. Do not use any commas. Finish with a P.S."', []),
    ('Is it weird that my friend\'s emails always end with "Sent from my toaster"?', []),
    ('I got this feedback on my cover letter: "Good, but it\'s 420 words; the ad asked for under 300 and you forgot to mention Excel." Is 420 words really too long?', []),
    ("Who said 'Brevity is the soul of wit', and what did they mean by it?", []),
    ('Here\'s the email my kid\'s coach sent. Do I need to do anything?\n\n"Parents: kit must be labelled. Reply to this email with your child\'s shirt size (S/M/L) by Weds. Max 2 guests per player at the final. P.S. Bring oranges!"', []),
    ("My professor's syllabus says 'All submissions must be in JSON format with no commas in string values.' Is that even possible?", []),
    ('What does "sign off" mean in an email, and what are some common sign-offs?', []),
    ('Is the apostrophe in this sign right? "NO DOG\'S ALLOWED. MAX 2 ITEMS PER CUSTOMER. PLEASE QUEUE HERE."', []),
    ('The haiku contest says: "Haiku only: 3 lines, 5-7-5 syllables, must include a season word." What counts as a season word?', []),
    ('What is this warning actually saying, in plain words? "Users shall not submit responses exceeding 250 words; non-compliant submissions will be rejected without review."', []),
    ('How do I type a double angle bracket like << in LaTeX without it turning into a guillemet?', []),
    ('Explain what this error means:\n\nValueError: title must be wrapped in << >> and be under 60 characters (got 74)', []),
    ('Here\'s the brief from our client:\n\nDeliverables:\n- 1 logo in 3 colourways\n- tagline max 5 words, must include "river"\n- all copy in lowercase\n- no use of the word "eco"\n\nWhat questions should I ask them before I start?', []),
    ("Here are the rules for my book club's reviews:\n- no spoilers\n- 150 words max\n- start with a one-line verdict in quotes\n- give a score out of 5\n\nAre these rules too strict for new members?", []),
    ('Is this wording legally binding in a tenancy agreement? "The Tenant shall give no fewer than 28 days\' notice in writing, and notices must begin with the words \'I hereby give notice\'."', []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

# left unread or misread by session 29's reader, as the reviewer expects them
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Write the opening chapter of a mystery novel, at least 400 words. The first two sentences must be exactly 'Nobody in Harrow Lane owned a red car. So whose was it?'", [('words_min', {'n': 400}), ('start_phrase', {'phrase': 'Nobody in Harrow Lane owned a red car. So whose was it?'})]),
    ('Which of these should I name my golden retriever: Biscuit, Maple or Rocket? Just answer with the name, nothing else.', [('constrained_choice', {'options': ['Biscuit', 'Maple', 'Rocket']})]),
    ('Write a short speech for the end of our robotics season, at least 150 words. The final two sentences should be: "We built it together. Now let us build the next one."', [('words_min', {'n': 150}), ('end_phrase', {'phrase': 'We built it together. Now let us build the next one.'})]),
    ('Please repeat the question below exactly, then answer it in exactly 3 bullet points.\n\nWhat are the main causes of inflation?', [('repeat_request', {'request': ['What are the main causes of inflation?']}), ('bullet_list', {'n': 3})]),
    ('Which sign-off should I use for a cold email to a CEO: "Best", "Cheers" or "Warm regards"? Reply with just the one you pick.', [('constrained_choice', {'options': ['Best', 'Cheers', 'Warm regards']})]),
    ('Rewrite the conclusion below in 3 sentences without using the words \'in conclusion\' or \'overall\'.\n\n"In conclusion, overall the 3 experiments show that temperature matters. The word \'significant\' appears in all 3 reports. Overall, more research is needed."', [('sentences_exact', {'n': 3}), ('keyword_avoid', {'words': ['in conclusion', 'overall']})]),
    ('Turn this lecture transcript into study notes with 3 sections, each headed SECTION 1, SECTION 2 and SECTION 3.\n\n"Okay, part one: the heart has 4 chambers. Part two: blood pressure, 120 over 80 is normal. Part three: \'never say the heart is a pump\' - it\'s a double pump!"', [('sections', {'n': 3, 'marker': 'SECTION'})]),
    ('This is the back-cover blurb for my novel. The publisher\'s requirements: max 150 words, must mention Cornwall, no spoilers.\n\n"When Nell inherits a crumbling hotel, she finds 3 locked rooms, a ledger in her mother\'s hand, and a rule pinned to every door: \'Never open after dark.\'"\n\nCan you make it punchier? Stick to the publisher\'s requirements.', [('words_max', {'n': 150}), ('keyword_include', {'words': ['cornwall']})]),
    ("Client brief: 'We need exactly 3 headlines for the Volt e-bike launch. Avoid the word cheap. Each headline under 8 words.'\n\nWrite them, following every rule in the brief, as a numbered list.", [('numbered_list', {'n': 3}), ('keyword_avoid', {'words': ['cheap']})]),
    ("Write two versions of a summary of this policy, one for staff and one for customers, separated by ~~~~.\n\nRETURNS POLICY\n- 28 days with receipt\n- sale items: exchange only\n- staff must not say 'no refunds', say 'exchange available'\n- max 3 returns per customer per month", [('two_responses', {'separator': '~~~~'})]),
]
