# ruff: noqa: E501  (test data: one probe per line, as written)
"""A forty-seventh review (a helper session): a false-positive audit. 265 requests that carry no checkable
instruction about the answer's form, but that talk in the vocabulary of instructions, written blind to the reader's
rules. Only the output conventions were learned beforehand (the kinds in `checkers.py`, and the layout and docstring
style of `review_fortysix.py`; while reading its layout its docstring and a few of its probes were seen, and none is
reused or imitated). No request is taken from another test file or from a public benchmark or data set.

- A: empty (no labelled probes).
- B: 265 instruction-free controls from everyday chat, work, school, coding, cooking, health, travel, parenting and
  hobbies, short and long, some with typos or in lowercase, some with pasted text or code. Each mentions what an
  instruction would name without asking the answer to obey it: word counts (a novel at 62,000 words, a 10,000-word
  dissertation limit, an abstract "under 250 words" that is 262, a six-word story, "no more than 50 words" book
  summaries at school); sentences and paragraphs (sentence versus clause, "at least 5 sentences" in a child's
  homework, a second paragraph that starts with 'Furthermore', splitting sentences in Python); bullet points and
  numbered lists (in cover letters, Word, Markdown, LaTeX, "no more than 6 bullet points per slide"); sections of
  contracts, laws, theses, IKEA manuals and HOA bylaws; P.S. in letters, texts and sales emails; titles (MLA, films,
  job titles, Friends episodes, "<<The Hobbit>>" in a house style asked about); quotes and quoted phrases
  (misattributed sayings, punctuation inside quotation marks, a plumber's quote); "starts with" / "ends with" (a
  carbonara that ends with parsley, a film that starts with a flashback, a mum's emails ending "Any questions? Love,
  Mum", an ISBN ending in X, a boss who ends emails with a question); keywords as a topic (SEO, Python's reserved
  keywords, ATS, 'however' 15 times in an essay); "avoid" (an ex, sugar, ibuprofen, circular imports, a style guide
  against 'utilise'); "don't mention" in life and in stories (Fawlty Towers, a detective's warning, an innkeeper in
  D&D); JSON, code and Markdown as topics (json.loads on single quotes, trailing commas, a regex, Python, Rust and
  bash snippets, SQL keywords in lowercase); capital letters and lowercase (all caps as shouting, e.e. cummings, a
  Reception teacher's capital-letter rule, a brand name in lowercase, ALL CAPS disclaimers); commas (Oxford comma,
  comma splices, "1,5 kg", CSV columns); languages ("How do you say ... in Japanese?", tu or vous, checking a French
  sentence); separators (*** scene breaks, --- in Markdown and YAML, ~~~, ====, a pipe in CSV); placeholders and
  brackets ([CLIENT NAME] templates, f-string braces, Jinja, "Hi [First Name]", [0, 1), <<Title>>); hashtags
  (#TBT, #StMarysSports, how many on Instagram); "repeat" (a workout, a toddler, a school year, a prescription, a
  repeat sign); "two versions" (of an app, Python, the Lord's Prayer, RAW and JPEG, a merge conflict); "exactly",
  "at least", "no more than" in facts, recipes, game rules, laws, school rules, job ads and signs; teachers', bosses'
  and style guides' rules quoted and asked about ("Answer in full sentences and no more than 100 words per
  question", "Respond in English only. Write at least 500 words. Include the word "community" at least three
  times.", "Respond in JSON only when calling the internal API", "Answer in no more than two sentences" on an exam);
  pasted texts that contain rules (a magazine's guidelines, gym terms, a handbook, subreddit rules, a homework prompt
  for "a story of exactly 100 words that begins with ... and ends with ...", a wedding invitation, a lease clause);
  stories and role-play (a hero cursed to three-word sentences, a snowed-in innkeeper, coded messages ending in
  'Tangerine'); maths word problems ("a word problem with just 3 sentences", paragraphs and sentences in a 1,500-word
  essay, the letters of LOVE); writing conventions explained (abstracts, screenplays, numbers in words, TL;DR,
  *asterisks* in texts, a quiz's "Answer fruit or vegetable."); and plain requests ("Write an email to my landlord
  about the broken heater.", a bedtime story, a trip to Lisbon). Expected reads: none.

Read by the reader as it stood when written (first read, no fixes; commit e138891, working tree clean apart from
this file, 2026-12-04 16:16 UTC): 255 of 265 controls clean (`aligned-train eval-instructions --cases` gives
"instruction-free read clean 255 of 265"). 10 controls are misread, with 13 reads. By the kind read:
- sentence counts (4 reads in 2 controls): "My Year 3 daughter was told to write at least 5 sentences about her
  weekend. She wrote five sentences that all start with 'Then'." read as sentences_min 5 and sentences_exact 5 (and
  start_phrase, below); "a word problem with just 3 sentences and he still can't do it: '...'" read as
  sentences_exact 3.
- word bounds (3 reads in 2 controls): "abstracts must be under 250 words and mine is 262" read as words_max 249; "the
  hero can only speak in sentences of exactly three words" read as words_min 3 and words_max 3.
- words to avoid (2): "split a text into sentences in Python without it breaking on 'Dr.' and 'e.g.'" read as
  keyword_avoid ['dr']; "The style guide at my new job says to avoid the word 'utilise'. Why do editors hate it so
  much?" read as keyword_avoid ['utilise'].
- start phrase (1): "five sentences that all start with 'Then'" (the Year 3 control above) read as start_phrase
  'Then'.
- highlight (1): "Do book titles go in italics or quotation marks in MLA?" read as highlight 1.
- no commas (1): "Oxford comma: yes or no, and why do people care so much?" read as no_commas.
- placeholders (1): pasted subreddit rules "1. Titles must start with [Question] or [Discussion]." read as
  placeholders 1.
- all capitals (1): "the villain leaves notes written entirely in capital letters" read as uppercase.
Session 31's fixes from it (the maintainer, after this set was measured), each generic: "was told to write ...",
third-person narration ("She wrote ...") before a question about it, a one-word abbreviation in quotes ('Dr.') no
longer ends its sentence, "Do book titles go ...?" a question, a style guide's or handbook's rule told, "Oxford comma",
someone's notes written in capital letters. After: 261 of 265 clean (`aligned-train eval-instructions --cases`); left:
an abstract limit told before a question, a novel's three-word sentences, a word problem's 3 sentences, pasted
subreddit rules with "[Question]".
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = []

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- word counts talked about, not set
    ("How many words is a typical debut novel? I'm at 62,000 and wondering if that's enough to start querying agents.", []),
    ("is 1000 words a lot for a blog post or should i aim longer for SEO", []),
    ("My dissertation has a 10,000-word limit. Do footnotes usually count toward it at UK universities?", []),
    ("Why do Twitter threads feel easier to read than one 300-word paragraph saying exactly the same thing?", []),
    ("My kid's school makes them write a 'no more than 50 words' summary of every book they finish. Is that actually good for reading comprehension or does it put them off?", []),
    ("How do publishers count words — does 'don't' count as one word or two?", []),
    ("Is there a word count feature in Apple Notes? I can't find it anywhere.", []),
    ("How long does it take to read 5,000 words out loud at a normal pace?", []),
    ("Flash fiction is under 1,000 words, right? So what's the actual difference between flash fiction and a short story apart from length?", []),
    ("I wrote a 40-word bio for the conference programme and the organiser said it's too thin. What do speaker bios normally include?", []),
    ("Does the word count in Google Docs include headers and footnotes?", []),
    ("Who actually wrote the six-word story 'For sale: baby shoes, never worn'? I always heard Hemingway but someone said that's a myth.", []),
    ("my english teacher keeps saying my answers are 'too wordy' even tho theyre under the word limit. what does she actually mean", []),
    ("How do freelance translators charge — per word of the source text or per word of the translation?", []),
    # ---- sentences and paragraphs talked about
    ("What's the difference between a sentence and a clause? My son's worksheet says 'The dog barked' is both and he's confused.", []),
    ("Is a one-sentence paragraph ever acceptable in an academic essay?", []),
    ("Why do American schools still teach the five-paragraph essay when university lecturers seem to hate it?", []),
    ("Why are contract clauses so often one enormous sentence with about nine semicolons in it?", []),
    ("What's a topic sentence, and does every single paragraph need one?", []),
    ("I keep getting told my emails at work have paragraphs that are too long. Is there a rule of thumb for how long an email paragraph should be?", []),
    ("Does a sentence fragment count as a sentence when a teacher says 'write 3 sentences'? My son wrote 'Because dogs.' as one of his.", []),
    ("Why does the Hemingway app highlight half my sentences in red as 'very hard to read'?", []),
    ("Can a paragraph in a novel be a single line? My editor merged all of mine into the paragraphs before them and I'm annoyed.", []),
    ("The second paragraph of my cover letter starts with 'Furthermore'. Does that sound too stiff?", []),
    # ---- bullet points and numbered lists talked about
    ("Are bullet points considered lazy in a cover letter?", []),
    ("How do I stop Word from automatically turning my lines into a numbered list every time I type '1.'?", []),
    ("My manager says no more than 6 bullet points per slide but my lecturer always said 3. Is there any actual research on this?", []),
    ("Why does my Markdown numbered list restart at 1 after a code block?", []),
    ("What's the difference between an ordered and an unordered list in HTML, apart from the numbers?", []),
    ("Should bullet points end with a full stop if they're full sentences?", []),
    ("I made a numbered list of chores for my kids (1. beds 2. dishes 3. bins) and they fight over who gets number 1 because it's the easiest. Any ideas for rotating it fairly?", []),
    ("my bullet journal always falls apart after 2 weeks, how do people actually stick with it??", []),
    ("In LaTeX, how do I change the bullet symbol in an itemize environment to a dash?", []),
    ("Why is it called a bullet point? Is it anything to do with guns?", []),
    # ---- sections, articles and clauses
    ("Section 2 of my employment contract says I must give at least 4 weeks' notice. I'm still on probation — does that still apply?", []),
    ("What does 'Section 8' mean in UK housing? My landlord mentioned it on the phone and I didn't want to ask.", []),
    ("What does Section 230 actually protect, and why do some politicians want to repeal it?", []),
    ("My thesis has Section 1 Introduction, Section 2 Literature Review and Section 3 Methods. Should the hypotheses go at the end of section 2 or the start of section 3?", []),
    ("How do I add a section break in Google Docs so the page numbering restarts from 1?", []),
    ("The IKEA manual has a Section A and a Section B but the pictures for B look identical to A. Am I missing a step?", []),
    ("What's the difference between a chapter and a section in a novel? My writing group uses them interchangeably.", []),
    ("My landlord served a Section 21 notice with two months' notice. Can I stay until the court date or do I have to be out by the date on the notice?", []),
    ("Our HOA bylaws, Article IV, Section 3, say 'No more than two vehicles may be parked in any driveway.' Does a motorbike count as a vehicle for that?", []),
    # ---- P.S. and postscripts
    ("Is it weird to put a P.S. at the end of a work email?", []),
    ("What does P.S. actually stand for, and is P.P.S. a real thing?", []),
    ("My grandma always writes 'P.S. I love you' at the bottom of her letters, even birthday cards. Was that a common habit in the 1950s?", []),
    ("Is 'P.S. I Love You' based on a book? I've only seen the film.", []),
    ("I read that the P.S. is the most-read part of a sales letter. Is there any evidence for that or is it marketing folklore?", []),
    ("My date texted 'ps you looked really nice tonight' after our first date. Too forward or sweet?", []),
    # ---- titles talked about
    ("What's the title of that film where Tom Cruise relives the same day over and over fighting aliens?", []),
    ("I'm stuck naming my photography exhibition. It's about abandoned petrol stations in rural Wales. What makes an exhibition title work, in general?", []),
    ("Why are some song titles partly in brackets, like '(I Can't Get No) Satisfaction'?", []),
    ("Can I use the title 'Dr' on my bank cards if I have a PhD but work in retail now?", []),
    ("Title case or sentence case for headings on a tech blog — which looks more modern?", []),
    ("My manager wants to change my title from Coordinator to Specialist with no pay rise. Should I push back or is a better title worth it on its own?", []),
    ("Why are all the Friends episode titles 'The One Where...'? Who came up with that?", []),
    # ---- quotes and quoted phrases
    ("Who said 'Be the change you wish to see in the world'? I heard Gandhi never actually said it.", []),
    ("Does the full stop go inside or outside the quotation marks in British English?", []),
    ("What does 'the exception that proves the rule' actually mean? Apparently everyone uses it wrong.", []),
    ("My friend ends every message with the quote 'Not all those who wander are lost'. Where is it from originally?", []),
    ("When quoting someone in a local news article, am I allowed to fix their grammar inside the quotation marks?", []),
    ("Why do people put 'scare quotes' around words, and what is it supposed to imply?", []),
    ("My boss ended the meeting with 'let's circle back on this'. Am I meant to do something or is that just a phrase?", []),
    ("How do I put a double quote inside a double-quoted string in Bash?", []),
    ("got a quote from a plumber for £450 to replace a leaking stopcock, is that reasonable for London??", []),
    ("Can you explain what Descartes meant by 'I think, therefore I am'?", []),
    ("If a quotation runs over two paragraphs, do I close the quotation marks at the end of the first paragraph?", []),
    # ---- starts with / ends with
    ("My carbonara recipe ends with a handful of chopped parsley on top, and my Italian friend says that's a crime. Is she right?", []),
    ("The film starts with a flashback and ends with the same scene from another angle. What's that kind of structure called?", []),
    ("Why do so many YouTube videos start with 'Hey guys, welcome back to my channel'?", []),
    ("Should a cover letter start with 'Dear Hiring Manager', or is that outdated now?", []),
    ("Is it actually wrong to end a sentence with a preposition?", []),
    ("My daughter's name starts with a Z and teachers keep mispronouncing it. Any tips for helping her correct people politely?", []),
    ("Why is the p silent in words that start with 'pn', like pneumonia?", []),
    ("My bread recipe says to start with the water at 40C and end with a 12-hour cold proof in the fridge. Can I skip the cold proof if I'm in a hurry?", []),
    ("Does every Poirot novel end with him gathering all the suspects in one room, or is that a myth?", []),
    ("Every email from my mum ends with 'Any questions? Love, Mum' even when she's only sending a photo of the dog. Is that a generational thing?", []),
    ("My Spotify playlist always starts with the same song even on shuffle. Bug or am I unlucky?", []),
    ("Our HIIT class always ends with 5 minutes of stretching. Is that really enough cool-down after 45 minutes?", []),
    ("Is it rude to end a text with a full stop? My teenager says it makes me sound angry.", []),
    ("The Bible starts with 'In the beginning'. Does the Quran have a famous opening line like that?", []),
    ("My book's ISBN ends with an X. Is that a printing mistake?", []),
    ("Why do Australians end sentences sounding like questions?", []),
    ("My boss ends every single email with a question, even 'Thanks, sound good?'. Is that some sort of management technique?", []),
    # ---- keywords as a topic
    ("How do I find out which keywords my competitors rank for on Google?", []),
    ("What are Python's reserved keywords? I accidentally named a variable 'class' and everything broke.", []),
    ("On my CV, should I copy keywords from the job description word for word or paraphrase them?", []),
    ("How many tags does Etsy allow per listing, and do they work like keywords?", []),
    ("Is 'keyword stuffing' still penalised by Google these days?", []),
    ("What's the difference between the async keyword and the yield keyword in JavaScript?", []),
    ("My essay uses 'however' about 15 times. Is that a problem if each one is used correctly?", []),
    # ---- avoid (people, food, mistakes)
    ("How do I avoid my ex at a mutual friend's wedding without making it obvious?", []),
    ("I'm trying to avoid sugar for a month. What can I have for breakfast that isn't eggs again?", []),
    ("What foods should I avoid while breastfeeding?", []),
    ("How do I avoid burning out in my first year of teaching?", []),
    ("My GP said to avoid ibuprofen because of my kidneys. Is paracetamol safe instead?", []),
    ("How can I avoid circular imports in Python when two modules need each other's classes?", []),
    ("My coworker avoids eye contact with me ever since the budget meeting. Did I do something wrong?", []),
    ("What mistakes should I avoid when painting a room for the first time?", []),
    ("Which words sound too casual in a job interview for a non-native speaker? I say 'yeah' and 'stuff' a lot.", []),
    # ---- don't mention (in life and stories)
    ("My mum said 'don't mention the divorce' before Christmas dinner. How do I handle it if my uncle brings it up anyway?", []),
    ("In my short story the detective tells a witness, 'Don't mention the money to anyone.' Three pages later the witness mentions it to the butler. Plot hole or twist? I meant it as a twist.", []),
    ("What's the 'Don't mention the war' scene in Fawlty Towers about, and is it still considered funny?", []),
    ("My therapist told me not to mention my ex on first dates. Is that standard dating advice?", []),
    ("A friend asked me not to mention her pregnancy at work yet, but our boss asked me directly whether she's pregnant. What should I have said?", []),
    ("Why won't actors say 'Macbeth' inside a theatre? A friend said you shouldn't even mention it.", []),
    ("For my D&D group: the innkeeper has been told never to mention the missing girl. How could my players get the secret out of him without a fight?", []),
    ("In interviews, should I mention that I was let go from my last job or wait to be asked?", []),
    # ---- JSON, code and Markdown as topics
    ("What's the difference between JSON and YAML, and why do Kubernetes people prefer YAML?", []),
    ("Why does json.loads fail on my string? It's {'name': 'Ana', 'age': 30}", []),
    ("Is it OK to put comments in a JSON config file? VS Code doesn't complain but the app crashes on startup.", []),
    ("What does the header 'Content-Type: application/json' actually do in an HTTP request?", []),
    ("My API returns JSON with a trailing comma and my parser chokes on it. Who's in the wrong, me or the API?", []),
    ("How do I write a code block in a GitHub README so it gets syntax highlighting?", []),
    ("Why doesn't my Markdown table render on Reddit?", []),
    ("What is Markdown and why do developers use it instead of Word?", []),
    ("My code review says 'please wrap this in a try/except'. Why would you catch an exception you can't do anything about?", []),
    ("What's the difference between `==` and `is` in Python?", []),
    ("Can you explain what this regex does? ^[A-Z]{2}\\d{6}$", []),
    ("This function returns None and I don't understand why:\n\ndef add(a, b):\n    total = a + b\n\nprint(add(2, 3))", []),
    ("Is it bad practice to write SQL keywords in lowercase? My senior dev writes SELECT and FROM in capitals and says mine look sloppy.", []),
    ("For a JSON field that stores a user's preferred language, is 'lang' or 'locale' the better name?", []),
    ("How do I convert a CSV to JSON in Excel without a plugin?", []),
    ("In Rust, why do I get 'borrowed value does not live long enough' here?\n\nfn first<'a>(v: &'a Vec<String>) -> &'a str {\n    let s = v[0].clone();\n    &s\n}", []),
    ("Why does my bash script fail with 'unexpected end of file'? It's tiny:\n\nif [ -f data.json ]; then\n  echo found\n", []),
    # ---- capital letters and lowercase
    ("Is writing in all caps in an email really considered shouting?", []),
    ("Did e.e. cummings really insist on his name in lowercase, or is that a myth?", []),
    ("Should 'internet' be capitalised? My spellchecker keeps changing it.", []),
    ("Do you capitalise the seasons in English? My French brain says no.", []),
    ("My son's teacher says every sentence must start with a capital letter and end with a full stop. He's five — is it normal for Reception to be that strict?", []),
    ("Is it OK to write my bakery's name in all lowercase, like 'crumb & co', or will people think it's a typo?", []),
    ("Does capitalisation matter in email addresses? I typed mine with a capital J and the confirmation never arrived.", []),
    ("What's the capital of Australia? My pub quiz team swore it was Sydney.", []),
    ("why do some people type entirely in lowercase online? my nephew never uses a single capital", []),
    ("Why are the disclaimers in American contracts written in ALL CAPS?", []),
    # ---- commas
    ("Is there a comma after 'Dear John' in a letter, or a colon?", []),
    ("Where do the commas go when 'however' is in the middle of a sentence?", []),
    ("What's a comma splice? My tutor circled this in my essay and I can't see the problem: 'It was raining, we stayed in.'", []),
    ("Do you need a comma before 'and' when it joins two full sentences?", []),
    ("Why does Excel split my addresses into the wrong columns when I open a CSV? Some addresses have commas in them.", []),
    ("A German recipe says 1,5 kg flour. Is that one and a half kilos or fifteen hundred kilos?", []),
    ("Is 'Let's eat, Grandma' a real example of why commas matter or just a meme?", []),
    # ---- languages
    ("How do you say 'Where is the train station?' in Japanese?", []),
    ("What does 'hygge' mean? Is there an English equivalent?", []),
    ("Should I use 'tu' or 'vous' with my partner's parents in France when I meet them for the first time?", []),
    ("My daughter is learning Spanish at school. Is it worth me learning it too so we can practise together?", []),
    ("How do you pronounce 'Worcestershire'?", []),
    ("What's the difference between 'por' and 'para' in Spanish? I always get it wrong.", []),
    ("How do you say 'cheers' in Polish? Going to a wedding in Kraków next month.", []),
    ("Why does the French word for 70 basically mean 'sixty-ten'?", []),
    ("My grandmother spoke Welsh but my mum never learned. What's the best way to start learning Welsh as an adult?", []),
    ("Does 'Schadenfreude' sound pretentious in everyday English?", []),
    ("Can you check my French? 'Je suis allé au marché hier et j'ai acheté des pommes.' I'm a woman — should it be allée?", []),
    # ---- separators
    ("What do the three asterisks (***) between scenes in my Kindle book mean? Is it a chapter break?", []),
    ("In Markdown, why does --- sometimes make a horizontal line and sometimes turn the line above into a heading?", []),
    ("My novel manuscript uses # between scenes. An agent's guidelines say 'use a centred *** for scene breaks'. Will they really care?", []),
    ("What's the ~~~ symbol called and why do people put it in texts?", []),
    ("In a CSV, which separator should I use if my data has commas in it, tab or pipe (|)?", []),
    ("How do I split a string on '---' in JavaScript, but only at the first occurrence?", []),
    ("Why does my YAML file start with three dashes?", []),
    ("What's the name for the ==== line under a title in old plain-text emails and READMEs?", []),
    # ---- placeholders and brackets
    ("My colleague made a Word template with [CLIENT NAME] and [DATE] all over it. Is there a way to fill all of them at once?", []),
    ("What does {name} mean in a Python f-string, and why does mine print the braces literally?", []),
    ("An email from a recruiter started 'Hi [First Name]'. Is that a spam sign or should I still reply?", []),
    ("What do square brackets mean inside a quotation in a newspaper, like 'He [the mayor] refused to comment'?", []),
    ("We're doing Mad Libs on a road trip and my kids fill every [NOUN] blank with 'poop'. How do I make it less gross without killing the fun?", []),
    ("What's the difference between round and square brackets in maths intervals, like [0, 1)?", []),
    ("Why does my Jinja template show {{ user.name }} on the page instead of the actual name?", []),
    ("My lease says 'Rent: £[____] per month' and the agent never filled the blank in. Is the lease still valid?", []),
    ("What do the double angle brackets in <<Title>> mean in the template my colleague sent? I've never seen double ones.", []),
    # ---- hashtags
    ("How many hashtags should I use on Instagram these days? I've read everything from 3 to 30.", []),
    ("What does #TBT mean?", []),
    ("Do hashtags on LinkedIn actually do anything?", []),
    ("Why is # called a hash in the UK and a pound sign in the US?", []),
    ("My daughter's school uses a hashtag for sports day photos (#StMarysSports). Can I ask them to take down a photo of her?", []),
    # ---- repeat
    ("Should I repeat the same workout every day or alternate? Right now it's 3 sets of 10 squats, 10 push-ups and a 1-minute plank.", []),
    ("My toddler repeats everything I say, including the swear words. Is this normal at 2 and how do I handle it?", []),
    ("The school suggested my son repeat Year 9. Is repeating a year actually helpful?", []),
    ("Why does Spotify keep repeating the same song even with repeat switched off?", []),
    ("How many days before I run out should I order my repeat prescription from the GP?", []),
    ("My grandad repeats the same stories every visit. Is that an early sign of dementia or just getting older?", []),
    ("In sheet music, what does the repeat sign with two dots mean?", []),
    # ---- two versions
    ("We have two versions of our app in the store, a free one and a paid one. Would merging them into one with in-app purchases hurt our ratings?", []),
    ("Are Python 2 and Python 3 really two different languages?", []),
    ("Why are there two versions of the Lord's Prayer, one with 'trespasses' and one with 'debts'?", []),
    ("I've got two versions of every photo, RAW and JPEG. Can I delete the RAWs once I've edited them?", []),
    ("After a merge conflict git shows two versions of the same file. How do I just pick one?", []),
    # ---- exactly, at least, no more than in facts, rules, laws, recipes
    ("Does a haiku have to have exactly 17 syllables, or is that just the way schools teach it in English?", []),
    ("The job ad says 'at least 5 years of experience with React'. I have 4 — should I apply anyway?", []),
    ("The recipe says 'rest the dough for at least 30 minutes'. What happens if I only rest it for 10?", []),
    ("In Monopoly, can you build more than one house on a property in a single turn?", []),
    ("Is it true hand-luggage liquids have to be no more than 100ml each? Even baby milk?", []),
    ("Our school's uniform policy says earrings must be 'no more than 5mm studs'. Can they actually send my daughter home for small hoops?", []),
    ("How many people exactly were on board the Titanic?", []),
    ("The sign says 'Max stay 2 hours, no return within 1 hour'. If I leave and come back 50 minutes later to a different bay on the same street, can I be fined?", []),
    ("Can a landlord in Ontario raise the rent by more than 2.5% this year?", []),
    ("Do I need exactly 10,000 steps a day, or is that number made up?", []),
    ("A shop's banner says 'Save at least 30% on everything'. Is it legally required to be true for every single item?", []),
    ("Uno question: can you put down more than one card at once if they're the same number? My family fights about this every Christmas.", []),
    ("Why is a marathon exactly 26.2 miles?", []),
    ("My dietitian says to drink at least 2 litres of water a day. Does tea count?", []),
    ("The rule in our house is no more than 1 hour of screen time on school nights. My 12-year-old says all his friends get 3. Are we being too strict?", []),
    ("How many witnesses does a will need in Scotland? Someone told me at least two.", []),
    ("Is it true that you can't have more than 4 people in a car in the UK if one's a child?", []),
    # ---- teachers', bosses' and style guides' rules, asked about
    ("My teacher wrote on the worksheet: 'Answer in full sentences and no more than 100 words per question.' Does that mean 100 words for each question or for the whole sheet?", []),
    ("My boss's rule is that every status update must start with the blocker, then progress, then next steps. Is that a known framework or did he make it up?", []),
    ("Our customer-service style guide says 'Never use exclamation marks. Always end with a question to invite a reply.' It feels pushy to me. Is that a common rule?", []),
    ("My professor says 'Do not use the word very in any essay, ever.' Is that real writing advice or just his pet peeve?", []),
    ("The scholarship instructions say: 'Respond in English only. Write at least 500 words. Include the word \"community\" at least three times.' Is it normal for a scholarship to require a specific word like that? Feels like a trick.", []),
    ("My editor's house style says titles go in double angle brackets, e.g. <<The Hobbit>>. I've never seen that anywhere else. Is it a real convention?", []),
    ("My manager told the team 'write in lowercase on Slack, capitals look aggressive'. Is that a thing now?", []),
    ("The rubric says 'Use at least three bullet points and two sections labelled SECTION 1 and SECTION 2.' Does that sound like the teacher wants a report rather than an essay?", []),
    ("Our company AI policy says 'Respond in JSON only when calling the internal API.' What does that mean for someone like me who isn't a developer?", []),
    ("My piano teacher says to repeat each scale exactly 5 times and no more. Why no more? Surely more practice is better?", []),
    ("The exam said 'Answer in no more than two sentences' and I wrote three. Will I lose marks for that in GCSE History?", []),
    ("My supervisor wants every report to end with the phrase 'Next review date:' followed by a date. What's the point of that?", []),
    # ---- pasted texts that contain rules
    ("Here's the submission guideline from the magazine: 'Stories should be between 2,000 and 4,000 words. Do not include your name in the manuscript. Put the title in capital letters at the top of the first page.' My story is 4,300 words. Should I cut it or submit it anyway and hope nobody counts?", []),
    ("This is from my gym's terms:\n\n'Members must give at least 30 days' written notice. Cancellations must include the member number. No more than one freeze per year.'\n\nI emailed them 20 days ago. Am I stuck paying for another month?", []),
    ("From our company handbook: 'Emails to clients must end with \"Kind regards\" and must not contain emojis.' A client sent me a 😂 first. Is replying with one really a disciplinary issue?", []),
    ("The school newsletter says: 'Please label every item of clothing in capital letters with your child's full name. Do not use nicknames.' Does anyone actually get in trouble for not doing this?", []),
    ("This is my daughter's homework prompt: 'Write a story of exactly 100 words that begins with \"The door was open\" and ends with \"nobody came back\".' She's 10. Is a 100-word story even a thing? It seems really short for a story.", []),
    ("My friend's wedding invitation says: 'Black tie optional. No more than one plus-one per invite, and no children under 12, please.' Is it rude to ask whether my 3-month-old who's breastfed counts?", []),
    ("My landlord's email says: 'Under clause 7, you must not keep more than one pet, and all pets must be approved in writing.' I have a cat and a goldfish. Does a goldfish count as a pet for this?", []),
    # ---- stories and role-play
    ("Let's do a role-play: you're a grumpy innkeeper in a snowed-in mountain village and I'm a traveller who's just arrived with frostbitten fingers. I push open the door and stamp the snow off my boots.", []),
    ("I'm writing a scene where a spy's coded messages always end with the word 'Tangerine'. How would a counter-intelligence officer notice the pattern?", []),
    ("In my kids' bedtime story, the dragon isn't allowed to say the word 'fire' or he sets things alight. What funny situations could happen?", []),
    ("My character writes letters that always begin with 'Dearest Margaret' and end with a P.S. about the weather. Is that a cliché in epistolary novels?", []),
    ("Write a bedtime story about a hedgehog who's afraid of autumn leaves.", []),
    ("My novel's chapters each start with a quote from a made-up holy book. Is that a good idea or will it get tiresome?", []),
    ("Role-play scenario for my team training: a customer calls to complain that their parcel arrived with exactly half the items missing. What are the key things a good agent should do on that call?", []),
    # ---- maths word problems
    ("This word problem is driving me mad: 'Tom is twice as old as Sara. In 5 years the sum of their ages will be 40. How old is Sara now?'", []),
    ("A recipe for 4 people uses 300 g of pasta. How much do I need for 7?", []),
    ("If an essay's paragraphs average 5 sentences and each sentence averages 18 words, roughly how many paragraphs is a 1,500-word essay?", []),
    ("A train leaves at 14:15 and the journey takes exactly 3 hours 50 minutes. What time does it arrive?", []),
    ("How many different arrangements can you make from the letters of the word LOVE if each letter is used once?", []),
    ("My kid's worksheet says 'Write the number 40 in words.' Is it 'fourty' or 'forty'? I'm genuinely not sure anymore.", []),
    ("Which letter is used most in English, and is that why E is only worth 1 point in Scrabble?", []),
    # ---- writing conventions explained
    ("Why do academic papers put an abstract at the start instead of a summary at the end?", []),
    ("How are screenplays formatted, and why is everything in Courier?", []),
    ("In formal writing, do you spell out numbers under ten or under a hundred?", []),
    ("What's the point of a TL;DR at the top of a long post if there's a conclusion anyway?", []),
    ("Why do Japanese business emails start with a comment about the season?", []),
    ("Is singular 'they' acceptable in formal writing now?", []),
    ("Should I write '3' or 'three' on a wedding invitation?", []),
    ("What does it mean when someone puts *asterisks* around a word in a text message?", []),
    ("How do I highlight text in a PDF on an iPad?", []),
    ("In my pub quiz the question was 'Is a tomato a fruit or a vegetable? Answer fruit or vegetable.' We said vegetable and lost the point. Who's right botanically?", []),
    # ---- plain requests
    ("Write an email to my landlord about the broken heater.", []),
    ("What's a good present for a 7-year-old who's obsessed with dinosaurs?", []),
    ("Plan a cheap 3-day trip to Lisbon for me and my sister in October.", []),
    ("My sourdough is dense and gummy inside. What am I doing wrong?", []),
    ("Is it safe to take ibuprofen and paracetamol together?", []),
    ("Help me write a message to my neighbour asking them to trim the hedge that's blocking our drive.", []),
    ("i think my 4 year old might be colourblind, he keeps calling green things brown. how do they test for that at that age", []),
    ("Can you explain how compound interest works? I'm 19 and just opened my first savings account.", []),
    ("My Year 3 daughter was told to write at least 5 sentences about her weekend. She wrote five sentences that all start with 'Then'. How can I help her vary them without doing it for her?", []),
    ("How do I split a text into sentences in Python without it breaking on 'Dr.' and 'e.g.'?", []),
    ("Do book titles go in italics or quotation marks in MLA?", []),
    ("The style guide at my new job says to avoid the word 'utilise'. Why do editors hate it so much?", []),
    ("Oxford comma: yes or no, and why do people care so much?", []),
    ("For my D&D campaign, the villain leaves notes written entirely in capital letters. What could that mean in-world?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("The journal I'm submitting to says abstracts must be under 250 words and mine is 262. When people trim abstracts, what usually goes first, the background or the methods?", []),
    ("Pasting the subreddit rules:\n1. Titles must start with [Question] or [Discussion].\n2. No more than one post per day.\n3. Do not mention other subreddits.\nMy post got removed even though the title started with [Question]. Why might that be?", []),
    ("In my fantasy novel, a curse means the hero can only speak in sentences of exactly three words. Would readers find that annoying over a whole book?", []),
    ("My son's maths homework is a word problem with just 3 sentences and he still can't do it: 'A baker makes 48 muffins. She puts them into boxes of 6. How many boxes does she fill?' How can I explain division to him without just giving the answer?", []),
]
