# ruff: noqa: E501  (test data: one probe per line, as written)
"""A forty-sixth review (a helper session): the five instruction kinds where picking answers gains least on real users'
prompts (word counts, sentence counts, keywords to include, two responses with a named separator, words to avoid),
each phrased in as many ways as the author could think of, written blind to the reader's rules. Only the output
conventions were learned beforehand (the kinds and their arguments in `checkers.py`, and the docstring, layout and
argument conventions of `review_fortyfive.py`); no request is taken from another test file or from a public
benchmark, and none imitates their wording.

- A: 153 labelled requests from everyday chat users, students, teachers, professionals and writers, the constraint
  before, after or inside the request, some long with pasted notes, a tutor's brief or a story's setup; now and then
  with a postscript, no commas or lowercase beside them. (1) words: "under 80 words", "at least 120", "no fewer than
  600", "100 words tops", "between 80 and 120", "50 words or less", "150-word-max", "300 words minimum", "less than
  60", "Two to three hundred words", "Don't go over 220", "more than 400", "Limit yourself to 40 words", "My word
  limit for this is 500", "Word count: 90 to 110", "(max 30 words)", "800+ words", "no more than twenty-five words",
  "under a hundred words", "shorter than 50 words" (with a pasted text), "150 words at most" after a "2,000-word
  essay" that is context, "75 words, no more", "Word cap: 120", "sixty words or fewer", "roughly 350 words, and no
  less than 300", a funder's "form allows 200 words max", a tutor's quoted "must not exceed 1,500 words" for the essay
  to write. (2) sentences: "In one sentence", "a two-sentence ...", "a 2-sentence ...", "in a sentence", "A single
  sentence", "a one-sentence summary", "no more than 5", "At least six", "exactly four", "3-5 sentences", "fewer than
  4", "Three sentences max", "a minimum of 8", "In one or two sentences", "between four and six", "in seven sentences
  exactly", "Five sentences, no more and no less", "don't go past three", "at least 4 ... but keep it under 8", "Make
  it 12 sentences long", "a paragraph of at least 10 sentences". (3) keywords to include: quoted and unquoted, one to
  three at once, multi-word, hyphenated, with an apostrophe, non-ASCII ("Brötchen"), "make sure ... appear(s)", "work
  in", "Reference", "mention ... by name", "use the terms", "need to be in there", "insists the copy contains", "weave
  in", "Put his name in it!" (the name given before), "be sure to name the pianist, Ruth Adebayo", "the name FernWatch
  must appear", "Make sure tenant and deposit both show up:" before the request. (4) two responses: "separated by
  ***", "put six asterisks between them", "with --- between them", "Separate them with ~~~", "divide them using
  =====", "separated by ####", "a row of exactly ten hyphens", "three asterisks as the divider", "a line that contains
  only six underscores", "+++", "Separator between them: %%%%", "four equals signs", "|||", "six asterisks (******)",
  "Separated by ~~~~~," before the request, "///", "------ (six dashes)", "****"; "a line of dashes", "a line of
  asterisks" and "a divider of your choice" name no exact separator and carry no two_responses label. (5) words to
  avoid: "never say", "steering clear of", "Don't use the words ... or ...", "without mentioning Einstein", "ban the
  word snow", "I hate the word ... so don't use it", "Leave out the word", "Don't use the word sorry anywhere", "...
  is off-limits", "without the words blue, wave or sea", "refrain from using", "Keep ... out of it", "I don't want to
  see the word ... anywhere" before the request, "Skip the word", "Avoid ...", "you're not allowed to use the word",
  "... are banned", "must not appear in the summary" (with pasted notes that use it), "Our brand voice bans ...",
  "don't mention Tesco", "you can't use 'I think' or 'in my opinion'", "Rewrite this paragraph without it". Asks with
  no kind in `checkers.py` sit beside them unlabelled: approximate lengths ("roughly 350 words"), a target length with
  no bound ("a 250-word speaker bio" is read as a target, like "around 250 words", not a bound), characters, per-part
  limits ("Each should be a couple of sentences"), "no jargon", "plain English", "mention that I have a Level 2 in
  animal care" (a fact, not a word), a structure ("structured around Gibbs' cycle"). Context words that look like
  constraints but are not the answer's carry none either: "Banned Books Week", "a 2,000-word essay" due, "Peterloo
  Massacre" as a topic while 'massacre' is to be avoided, a paragraph named as the piece to write.
- B: 52 instruction-free controls that talk about the same things without asking the answer to obey them: word limits
  of UCAS statements, IELTS and journal abstracts, words in a five-minute speech, a manager's 100-word status updates,
  "Translate 'at least fifty words' into Spanish", an abstract pasted for feedback that "is supposed to be under 250
  words"; sentences versus clauses, Hemingway, "answer in no more than two sentences" on exam papers, a child's
  homework ("Write three sentences using the word because"), tips for two-sentence horror stories, TL;DR; SEO keyword
  research, long-tail keywords, ATS keyword scanning, a workplace's required word, stop words; what *** between
  sections means, --- in Markdown and LaTeX, ===== in reStructuredText, splitting on '***' in Python, two drafts
  pasted with *** or ~~~ between them and a question about them; a school's banned words, a style guide's, George
  Carlin's seven words, Taboo, 'shall' in contracts, a brand's ban on 'cheap' to be explained, moderation word lists,
  lipograms, starting a sentence with 'and'. Expected reads: none.

Argument conventions as in the earlier reviews: "under 80" / "less than" / "fewer than" / "shorter than" is a max of
one less ("fewer than 4 sentences": sentences_max 3; "keep it under 8" after a sentence minimum: sentences_max 7);
"more than 400 words" a min of one more; "no more than" / "N or less" / "N or fewer" / "tops" / "at most" / "max" /
"Don't go over" / "no longer than" / "Limit yourself to" / "Word cap:" / "my word limit is" / "must not exceed" /
"don't go past" a max of the number; "at least" / "no fewer than" / "minimum" / "N+" / "no less than" a min of the
number; "between 80 and 120", "90 to 110", "3-5 sentences", "Two to three hundred words" both bounds; "one sentence",
"a single sentence", "in a sentence", "a two-sentence ...", "exactly N", "N sentences exactly", "Make it 12 sentences
long", "Three sentences, plain English" are sentences_exact; "In one or two sentences" is sentences_max 2. A count
beside a P.S. is over the whole answer. A keyword to include or avoid is lower-cased as typed (a name too: 'mrs
okafor', 'theo'), a multi-word phrase is one keyword, several in one instruction are one entry in the order typed. A
separator is the symbol run as typed or as spelled out ("six asterisks": "******", "a row of exactly ten hyphens":
ten "-", "six underscores": "______").

Read by the reader as it stood when written (first read, no fixes; commit 9cad359, working tree clean apart from
this file, 2026-12-04 15:56 UTC): 205 probes (153 labelled, 52 controls), recall 175/215 = 0.814, precision 175/179
= 0.978 on the labelled probes (175/185 = 0.946 counting the 6 reads of controls), exact arguments 1.000 (a read with
other arguments counts as one miss and one extra), 47 of 52 controls clean (`aligned-train eval-instructions --cases`
gives 0.814 / 0.978, 47 of 52). 38 labelled probes are misread (40 misses, 4 extras). Its misses, by kind:
- keywords to include (19, the weakest): "mention ... by name" never read ("mention Franz Ferdinand by name", "Please
  mention Mrs Okafor by name", "it should mention Fahrenheit 451 by title", "mention the seed swap and the water butts
  by name", "mention Henry Hunt by name", "mention the Gravensteen by name", "mention the venue, Elmstead Barn, by
  name"), nor "reference" ("Reference the Schlieffen Plan.", "Reference 'Maslow's hierarchy' somewhere in your
  answer", "it needs to reference Northern Rock and quantitative easing", "the guidance says to reference 'food
  insecurity' and 'volunteers'", "refer to my book Quiet Rivers by its title"), nor naming ("Name the wood stove, the
  creek and the hot tub — use those exact words", "be sure to name the pianist, Ruth Adebayo", "Put his name in it!");
  unquoted words that must appear ("make sure the word sparkle appears", "the name FernWatch must appear", "Make sure
  tenant and deposit both show up:" before the request); "including the words Brötchen and Danke" read as 'Br' (the
  word cut at the non-ASCII letter, 'Danke' lost).
- words to avoid (7): "steering clear of the words 'charming' and 'hidden gem'"; "ban the word snow"; "'Delicious' is
  off-limits"; "Our brand voice bans 'synergy'." (a house rule for the piece to write); "Rewrite this paragraph
  without it" (the word named in the sentence before); "don't mention Kubernetes"; "Please don't mention Tesco".
- two responses (5): "use three asterisks as the divider"; "Separator between them: %%%%"; "separate them with |||
  please"; "with /// between them"; "Stick ------ (six dashes) between them".
- word bounds (6 in 5 probes): "Two to three hundred words" read as a min of 2 (the max of 300 read); "My word limit
  for this is 500."; "Word count: 90 to 110." (both bounds); "Aim for roughly 350 words, and no less than 300"; a
  tutor's brief quoted with "Essays must not exceed 1,500 words." before "Please write the essay" (its keywords
  unread too).
- sentence counts (2): "Explain blockchain in a sentence."; "at least 4 sentences but keep it under 8" (the max).
- no commas (1): "Explain how vaccines work — no commas, at most five sentences." (the sentences read).
Its extras on labelled probes: 'Br' and the min of 2 above; "a line of asterisks between them" (an inexact
separator) read as 1 highlight; "In one or two sentences" read as sentences_min 1 beside the max of 2 (the same
answers pass: sentences_max already asks for one). Its five control misreads: "Some sites say one page and others
say 250 to 400 words" (words 250-400); "At work every report has to mention 'sustainability' somewhere" (a keyword);
two drafts pasted "separated by ***:" and "separated by ~~~:" for a question about them (two responses); "a row of
asterisks between two stanzas" (1 highlight).
Session 31's fixes from it (the maintainer, after this set was measured), each generic: "mention X by name/title"
(a name in apposition, several joined by "and"; not "... by name at least three times", "by name?", "but never by
name", which keeps the name out); "Reference X", "needs to reference X and Y"; "make sure the word X appears", "the
name X must appear"; named words in any script ("Brötchen"), lower-cased; "steering clear of", "'X' is off-limits",
"ban the word X"; "don't mention X, she ..."; "Two to three hundred words"; "but keep it under 8"; "Explain X in a
sentence"; "Separator between them:"; controls: "Some sites say ...", "At work every report has to ...", a pasted
pair "separated by ***:", "a row of asterisks". By `aligned-train eval-instructions --cases`: after 0.912 / 0.995, 52
of 52. The probes still misread are in UNREAD (`python scripts/review_split.py FILE` keeps them there).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) length in words: max, min, ranges, spelled-out numbers, "tops", "word cap", a count told as context
    ("Can you explain what a Roth IRA is? Keep it short, under 80 words.", [('words_max', {'n': 79})]),
    ("I sell ceramic planters on Etsy and my shop bio looks empty. Write me a new one, at least 120 words, warm but not cheesy.", [('words_min', {'n': 120})]),
    ("Write the opening scene of a heist story set on the night ferry from Holyhead to Dublin, no fewer than 600 words.", [('words_min', {'n': 600})]),
    ("summarize the plot of middlemarch, 100 words tops", [('words_max', {'n': 100})]),
    ("Email to my landlord asking him to finally fix the boiler (third time asking). Between 80 and 120 words, firm but polite.", [('words_min', {'n': 80}), ('words_max', {'n': 120})]),
    ("What are the main causes of inflation? Answer in 50 words or less.", [('words_max', {'n': 50})]),
    ("I'm applying to be a barista at a café in Leeds. Cover letter please, no longer than 150 words, and make sure 'latte art' appears because I just did a course in it.", [('words_max', {'n': 150}), ('keyword_include', {'words': ['latte art']})]),
    ("Sociology module, essay question: 'Is social media a public sphere?' Write me a first draft of at least 1,000 words that I can then rework in my own voice.", [('words_min', {'n': 1000})]),
    ("Write a 150-word-max product description for a bamboo chopping board that has a juice groove.", [('words_max', {'n': 150})]),
    ("Give me a reflection on my volunteering shifts at the food bank, 300 words minimum — I'll edit it after.", [('words_min', {'n': 300})]),
    ("explain recursion to a 10 year old, less than 60 words", [('words_max', {'n': 59})]),
    ("Need a LinkedIn 'About' section for a mid-career civil engineer moving into project management. Don't go over 220 words.", [('words_max', {'n': 220})]),
    ("A creepy short story set in a furniture superstore after closing time — more than 400 words, please.", [('words_min', {'n': 401})]),
    ("Limit yourself to 40 words: why do cats knead blankets?", [('words_max', {'n': 40})]),
    ("Short answer please (max 30 words): is a tomato a fruit or a vegetable?", [('words_max', {'n': 30})]),
    ("Blog post about composting when you live in a small flat. It has to be 800+ words for SEO reasons.", [('words_min', {'n': 800})]),
    ("Describe your ideal Sunday in no more than twenty-five words.", [('words_max', {'n': 25})]),
    ("Write an apology to my team for missing the sprint deadline. Somewhere between 100 and 150 words.", [('words_min', {'n': 100}), ('words_max', {'n': 150})]),
    ("what's the difference between affect and effect, in under a hundred words", [('words_max', {'n': 99})]),
    ("Rewrite this so it's shorter than 50 words: 'At Pell & Daughters we have always been deeply committed to providing our valued customers with the very highest standard of plumbing and heating services that money can buy, and we continue to be so today, as we have been for over three generations of family ownership.'", [('words_max', {'n': 49})]),
    ("I've got a 2,000-word essay on the Weimar Republic due Friday. Can you just write the introduction for now? 150 words at most.", [('words_max', {'n': 150})]),
    ("Our library now opens until 9pm on Thursdays. Write the announcement for our social channels, under 45 words.", [('words_max', {'n': 44})]),
    ("Write a eulogy for my grandfather, a crab fisherman from Newlyn who loved brass bands. It has to be at least 400 words but no more than 600.", [('words_min', {'n': 400}), ('words_max', {'n': 600})]),
    ("Movie pitch: a retired lollipop lady becomes a getaway driver. 75 words, no more.", [('words_max', {'n': 75})]),
    ("Explain quantum entanglement like I'm a curious adult. Word cap: 120.", [('words_max', {'n': 120})]),
    ("Give me the case for a four-day working week. Keep it tight: sixty words or fewer.", [('words_max', {'n': 60})]),
    ("I want a personal statement for a PGCE application, a minimum of 500 words and not longer than 4,000 characters.", [('words_min', {'n': 500})]),
    # ---- (2) length in sentences: exact ("in one sentence", "a two-sentence ...", "in a sentence"), max, min, ranges
    ("In one sentence, what's the difference between weather and climate?", [('sentences_exact', {'n': 1})]),
    ("Give me a two-sentence horror story about a lighthouse keeper.", [('sentences_exact', {'n': 2})]),
    ("Summarise the causes of the French Revolution in no more than 5 sentences.", [('sentences_max', {'n': 5})]),
    ("Describe the taste of durian to someone who's never had it. At least six sentences — I want it vivid.", [('sentences_min', {'n': 6})]),
    ("Write exactly four sentences on why our team should adopt code review before merging.", [('sentences_exact', {'n': 4})]),
    ("Can you explain what an API is in 3-5 sentences? I'm a product manager, not an engineer.", [('sentences_min', {'n': 3}), ('sentences_max', {'n': 5})]),
    ("fewer than 4 sentences pls. my sourdough starter smells like nail polish remover, is it dead??", [('sentences_max', {'n': 3})]),
    ("A single sentence I can write in my grandma's 90th birthday card.", [('sentences_exact', {'n': 1})]),
    ("Three sentences max: is it worth learning Rust as a second language after Python?", [('sentences_max', {'n': 3})]),
    ("Review of my new standing desk for the company blog, a minimum of 8 sentences. It wobbles at full height but the motor is quiet.", [('sentences_min', {'n': 8})]),
    ("Write a three-sentence Instagram bio for me — I'm a wedding photographer based in Porto.", [('sentences_exact', {'n': 3})]),
    ("Tell me about Alan Turing in between four and six sentences.", [('sentences_min', {'n': 4}), ('sentences_max', {'n': 6})]),
    ("Retell the myth of Icarus in seven sentences exactly.", [('sentences_exact', {'n': 7})]),
    ("My professor wants the thesis statement to be one sentence. Can you write it for my paper on gentrification in Lisbon's Alfama district?", [('sentences_exact', {'n': 1})]),
    ("Describe a sunset over the Sahara, and don't go past three sentences.", [('sentences_max', {'n': 3})]),
    ("Five sentences, no more and no less, on the benefits of cold showers.", [('sentences_exact', {'n': 5})]),
    ("Write a short rejection email to a candidate who reached the final round. No longer than four sentences.", [('sentences_max', {'n': 4})]),
    ("Describe a busy Saturday in the Marrakech souk in a paragraph of at least 10 sentences.", [('sentences_min', {'n': 10})]),
    ("What should I pack for a week of hiking in the Dolomites in September? Answer in no more than two sentences.", [('sentences_max', {'n': 2})]),
    ("Give me a one-sentence summary of what the Krebs cycle does.", [('sentences_exact', {'n': 1})]),
    ("Write a paragraph for my college essay about the summer I worked at my uncle's garage. Make it 12 sentences long.", [('sentences_exact', {'n': 12})]),
    # ---- (3) keywords to include: quoted and unquoted, several at once, "work in", "reference", "use the terms", "mention ... by name"
    ("Write a limerick about my cat Biscuit who steals bread; make sure 'Biscuit' and 'crust' both appear.", [('keyword_include', {'words': ['biscuit', 'crust']})]),
    ("Short poem about autumn in Kyoto. Use the terms 'momiji' and 'temple bell'.", [('keyword_include', {'words': ['momiji', 'temple bell']})]),
    ("Draft a press release about the new solar farm outside Spalding. The words 'megawatt', 'community' and 'grid' need to be in there.", [('keyword_include', {'words': ['megawatt', 'community', 'grid']})]),
    ("Can you write a paragraph on the water cycle that uses the words evaporation, condensation and precipitation? It's for a Year 5 worksheet.", [('keyword_include', {'words': ['evaporation', 'condensation', 'precipitation']})]),
    ("I'm writing a fantasy novel. Describe the capital city of Vareth for me, and be sure to use the words 'obsidian', 'spire' and 'tide-bell'.", [('keyword_include', {'words': ['obsidian', 'spire', 'tide-bell']})]),
    ("Thank-you note to my PhD supervisor, Dr Hanley, who's retiring. Please use the phrase 'open door' — it was her thing.", [('keyword_include', {'words': ['open door']})]),
    ("Product copy for our nitro cold brew cans. Our SEO consultant insists the copy contains 'nitro cold brew' and 'low acid'.", [('keyword_include', {'words': ['nitro cold brew', 'low acid']})]),
    ("Explain supply and demand, and make sure you use the words 'equilibrium' and 'surplus'.", [('keyword_include', {'words': ['equilibrium', 'surplus']})]),
    ("Motivational Monday message for the sales team. It has to contain 'Q3' and 'pipeline'.", [('keyword_include', {'words': ['q3', 'pipeline']})]),
    ("Poem about insomnia — the word 'ceiling' must appear somewhere.", [('keyword_include', {'words': ['ceiling']})]),
    ("Tell me about the Apollo 13 mission and weave in the word 'improvise'.", [('keyword_include', {'words': ['improvise']})]),
    # ---- (4) two responses with a separator the user names (a separator not given exactly carries no label)
    ("Give me two versions of a tagline for my dog-grooming van, separated by ***.", [('two_responses', {'separator': '***'})]),
    ("I can't decide how to open my best-man speech. Two different answers please; put six asterisks between them.", [('two_responses', {'separator': '******'})]),
    ("Write an Option A and an Option B for my out-of-office reply, separated by a line of dashes. Keep the whole thing under 80 words.", [('words_max', {'n': 79})]),
    ("Two takes on a haiku about the London Underground, with --- between them.", [('two_responses', {'separator': '---'})]),
    ("Give me two alternative subject lines for our charity fun-run email. Separate them with ~~~.", [('two_responses', {'separator': '~~~'})]),
    ("Write two short bios for me, one formal and one casual, and divide them using =====.", [('two_responses', {'separator': '====='})]),
    ("two different replies to my ex who just texted 'we should catch up', separated by ####", [('two_responses', {'separator': '####'})]),
    ("Draft two versions of the first line of my novel. Put a row of exactly ten hyphens between them.", [('two_responses', {'separator': '----------'})]),
    ("Two versions of a post announcing our podcast's 100th episode, split by a line that contains only six underscores.", [('two_responses', {'separator': '______'})]),
    ("Give me two ways to say no to an extra shift without sounding rude, separated by +++", [('two_responses', {'separator': '+++'})]),
    ("I want two contrasting opening paragraphs for my essay on zoos, one for and one against, separated by ***, and neither may use the word 'cage'.", [('two_responses', {'separator': '***'}), ('keyword_avoid', {'words': ['cage']})]),
    ("Write me two different limericks about a goat with four equals signs between them.", [('two_responses', {'separator': '===='})]),
    ("Give two explanations of entropy, one for a child and one for a physics undergrad, separated by six asterisks (******).", [('two_responses', {'separator': '******'})]),
    ("A neighbour keeps parking across my driveway. Give me two responses — one polite, one blunt — and separate them with ***.", [('two_responses', {'separator': '***'})]),
    ("Give me two different answers, with a divider of your choice between them: what's a good name for a sourdough starter? Use the word 'yeast' somewhere.", [('keyword_include', {'words': ['yeast']})]),
    ("Separated by ~~~~~, give me two wildly different plot twists for my murder mystery set on a canal boat.", [('two_responses', {'separator': '~~~~~'})]),
    # ---- (5) words to avoid: quoted and unquoted, "never say", "steer clear of", "without mentioning", "ban the word", house rules
    ("Product description for our linen shirts — but never say 'breathable', every competitor does.", [('keyword_avoid', {'words': ['breathable']})]),
    ("Performance review for an employee who's fine but not great. Don't use the words 'disappointing' or 'lazy'.", [('keyword_avoid', {'words': ['disappointing', 'lazy']})]),
    ("Explain what a black hole is without mentioning Einstein.", [('keyword_avoid', {'words': ['einstein']})]),
    ("Write my dating profile. I hate the word 'adventurous' so don't use it.", [('keyword_avoid', {'words': ['adventurous']})]),
    ("Short story about a robot learning to garden. Leave out the word 'human' entirely.", [('keyword_avoid', {'words': ['human']})]),
    ("Resignation letter to my manager at the garden centre. Don't use the word sorry anywhere.", [('keyword_avoid', {'words': ['sorry']})]),
    ("Write a poem about the ocean without the words blue, wave or sea.", [('keyword_avoid', {'words': ['blue', 'wave', 'sea']})]),
    ("Explain the offside rule to my nine-year-old, but refrain from using the word 'offside' itself — I want her to guess what it's called.", [('keyword_avoid', {'words': ['offside']})]),
    ("Welcome email for new members of our climbing gym. Keep 'diet' and 'weight loss' out of it.", [('keyword_avoid', {'words': ['diet', 'weight loss']})]),
    ("I don't want to see the word 'journey' anywhere in this. Write an About page for my life-coaching business.", [('keyword_avoid', {'words': ['journey']})]),
    ("Villain monologue for my D&D campaign, the lich queen addressing the party. Skip the word 'destroy'.", [('keyword_avoid', {'words': ['destroy']})]),
    ("Speech for my dad's 60th birthday. Avoid 'old' and 'elderly', he's touchy about it.", [('keyword_avoid', {'words': ['old', 'elderly']})]),
    ("Tell me why the sky is blue, but you're not allowed to use the word 'light'.", [('keyword_avoid', {'words': ['light']})]),
    ("LinkedIn post about my promotion to senior engineer. The words humbled and blessed are banned.", [('keyword_avoid', {'words': ['humbled', 'blessed']})]),
    ("Summarise the notes below for the wider team. The word 'Harrowgate' must not appear in the summary, the client wants confidentiality.\n\nNotes: Harrowgate call 12 March. They want the kiosk rollout moved to May. Budget unchanged. Jo to send revised timeline by Friday.", [('keyword_avoid', {'words': ['harrowgate']})]),
    ("Write a horror flash fiction piece, and whatever you do, never say 'blood'.", [('keyword_avoid', {'words': ['blood']})]),
    ("Describe the new phone's camera without using the words 'stunning', 'incredible' or 'game-changer'.", [('keyword_avoid', {'words': ['stunning', 'incredible', 'game-changer']})]),
    # ---- (6) mixed, with context: the five kinds together, now and then with a postscript, no commas or lowercase
    ("for my chem lab report i need the conclusion. at least 5 sentences, and it needs the words titration and endpoint. all lowercase please, it's going into my notes app", [('sentences_min', {'n': 5}), ('keyword_include', {'words': ['titration', 'endpoint']}), ('lowercase', {})]),
    ("Write a cover letter for a part-time receptionist job at a vet clinic. Under 200 words, no commas at all (long story — the application portal breaks on them), and mention that I have a Level 2 in animal care.", [('words_max', {'n': 199}), ('no_commas', {})]),
    ("Give me two versions of the intro to my true-crime podcast, separated by ***, and add a P.S. at the end with one tip on delivery.", [('two_responses', {'separator': '***'}), ('postscript', {'marker': 'P.S.'})]),
    ("Short scene between two strangers on a night bus. 300 to 500 words, at least 20 sentences, and don't use the word 'suddenly'.", [('words_min', {'n': 300}), ('words_max', {'n': 500}), ('sentences_min', {'n': 20}), ('keyword_avoid', {'words': ['suddenly']})]),
    ("I'm a nurse and I need to explain to a patient's family what palliative care means. Three sentences, plain English, and steer clear of 'dying' and 'terminal'.", [('sentences_exact', {'n': 3}), ('keyword_avoid', {'words': ['dying', 'terminal']})]),
    ("ok so my boyfriend forgot our anniversary and I want to text him something passive aggressive but funny. two options separated by ~~~ and keep it all under 50 words lol", [('two_responses', {'separator': '~~~'}), ('words_max', {'n': 49})]),
    ("in one sentence and without the word 'basically': what is a mortgage offset account?", [('sentences_exact', {'n': 1}), ('keyword_avoid', {'words': ['basically']})]),
    ("Write a short product description for our handmade oak chopping boards, two versions separated by ======. Use the word 'heirloom' and don't say 'rustic'.", [('two_responses', {'separator': '======'}), ('keyword_include', {'words': ['heirloom']}), ('keyword_avoid', {'words': ['rustic']})]),
    ("My daughter is 7 and asked why we have leap years. Can you explain in under 70 words, using the word 'wobble'? And end with a P.S. for me (the parent) with one extra fact.", [('words_max', {'n': 69}), ('keyword_include', {'words': ['wobble']}), ('postscript', {'marker': 'P.S.'})]),
    ("Write a short opinion piece on school uniforms: minimum 250 words, maximum 400, and you can't use 'I think' or 'in my opinion'.", [('words_min', {'n': 250}), ('words_max', {'n': 400}), ('keyword_avoid', {'words': ['i think', 'in my opinion']})]),
    ("Two versions of a sympathy card message for a coworker whose dog died. Put *** between them. Each should be a couple of sentences. Don't use the words 'passed away'.", [('two_responses', {'separator': '***'}), ('keyword_avoid', {'words': ['passed away']})]),
    ("So I'm a freelance translator and a potential client asked me for a short paragraph about myself for their vendor database. Context: I translate Portuguese and Spanish into English, mostly legal and medical, 12 years' experience, based in Lisbon. They said it has to be 80 words or fewer, and I'd like it to use the words 'certified' and 'confidentiality'. Also please don't use 'passionate', I see it everywhere.", [('words_max', {'n': 80}), ('keyword_include', {'words': ['certified', 'confidentiality']}), ('keyword_avoid', {'words': ['passionate']})]),
    ("I'm writing a fantasy short story and I'm stuck on the climax. Here's the setup: Mira, a lamp-lighter, has discovered that the city's lamps are keeping a sleeping god asleep, and the guild master wants them all put out on the winter solstice. Write the climax scene, 500 to 700 words, and use the words 'wick', 'solstice' and 'ember'. Never say 'chosen one'.", [('words_min', {'n': 500}), ('words_max', {'n': 700}), ('keyword_include', {'words': ['wick', 'solstice', 'ember']}), ('keyword_avoid', {'words': ['chosen one']})]),
    ("What's the best way to store fresh basil? Keep it to two sentences at most and include the word 'jar'.", [('sentences_max', {'n': 2}), ('keyword_include', {'words': ['jar']})]),
    ("Give me a 2-sentence elevator pitch for a board game café, using the word 'dice'.", [('sentences_exact', {'n': 2}), ('keyword_include', {'words': ['dice']})]),
    ("all lowercase, no more than 40 words: write me an instagram caption for a photo of my first homemade croissants (they're a bit flat)", [('lowercase', {}), ('words_max', {'n': 40})]),
    ("Please draft a memo to staff about the new hybrid working policy. Context: from 1 June everyone must be in the office on Tuesdays and Thursdays; other days are flexible; managers can approve exceptions. It needs to be at least 150 words, no more than 8 sentences, and please avoid the words 'mandate' and 'mandatory' — HR thinks they sound harsh.", [('words_min', {'n': 150}), ('sentences_max', {'n': 8}), ('keyword_avoid', {'words': ['mandate', 'mandatory']})]),
    ("Can you write an Option A and an Option B for our café chalkboard, separated by ***? Get the word 'cinnamon' in there.", [('two_responses', {'separator': '***'}), ('keyword_include', {'words': ['cinnamon']})]),
    ("Summarize the plot of Hamlet for my book club in exactly 6 sentences without using the word 'revenge'.", [('sentences_exact', {'n': 6}), ('keyword_avoid', {'words': ['revenge']})]),
    ("Quick one: what's a good name for a pet axolotl? Give me two ideas separated by ***, no commas.", [('two_responses', {'separator': '***'}), ('no_commas', {})]),
    ("Write a bio for our new trustee, Amara Nwosu, for the charity website. No fewer than 60 words and no more than 90, and use the word 'trustee'.", [('words_min', {'n': 60}), ('words_max', {'n': 90}), ('keyword_include', {'words': ['trustee']})]),
    ("two versions of a breakup text separated by ****. in lowercase. and never say 'it's not you'", [('two_responses', {'separator': '****'}), ('lowercase', {}), ('keyword_avoid', {'words': ["it's not you"]})]),
    ("Could you write a toast for my sister's wedding? Two to three hundred words, and she's a marine biologist if that helps.", [('words_min', {'n': 200}), ('words_max', {'n': 300})]),
    ("Please write a 250-word speaker bio for the conference programme, and refer to my book Quiet Rivers by its title.", [('keyword_include', {'words': ['quiet rivers']})]),
    ("Explain blockchain in a sentence.", [('sentences_exact', {'n': 1})]),
    ("Explain why my houseplant's leaves are turning yellow; I want at least 4 sentences but keep it under 8.", [('sentences_min', {'n': 4}), ('sentences_max', {'n': 7})]),
    ("Cover letter for a junior data analyst job at an NHS trust. Work in the words SQL, Tableau and stakeholder.", [('keyword_include', {'words': ['sql', 'tableau', 'stakeholder']})]),
    ("Revision notes on the causes of World War One for my GCSEs. Reference the Schlieffen Plan.", [('keyword_include', {'words': ['schlieffen plan']})]),
    ("Explain the July Crisis of 1914 and mention Franz Ferdinand by name.", [('keyword_include', {'words': ['franz ferdinand']})]),
    ("Speech for our primary school's sports day. Please mention Mrs Okafor by name, she organised the whole thing.", [('keyword_include', {'words': ['mrs okafor']})]),
    ("For German homework: a short dialogue at a bakery, written in English but including the words Brötchen and Danke.", [('keyword_include', {'words': ['brötchen', 'danke']})]),
    ("Describe Porto to a first-time visitor, steering clear of the words 'charming' and 'hidden gem'.", [('keyword_avoid', {'words': ['charming', 'hidden gem']})]),
    ("haiku about winter, ban the word snow", [('keyword_avoid', {'words': ['snow']})]),
    ("Google Business description for my bakery in Totnes. 'Delicious' is off-limits, it's so overused.", [('keyword_avoid', {'words': ['delicious']})]),
    ("Hi! I run a small secondhand bookshop in Hay-on-Wye and we're doing a window display for Banned Books Week. Could you write the little card that sits next to the display? It needs to be under 60 words, it should mention Fahrenheit 451 by title, and please avoid the word 'censorship' because my co-owner thinks it sounds preachy.", [('words_max', {'n': 59}), ('keyword_include', {'words': ['fahrenheit 451']}), ('keyword_avoid', {'words': ['censorship']})]),
    ("Write our allotment society's spring newsletter: between 150 and 200 words, mention the seed swap and the water butts by name, and add a P.S. reminding people that subs are due.", [('words_min', {'n': 150}), ('words_max', {'n': 200}), ('keyword_include', {'words': ['seed swap', 'water butts']}), ('postscript', {'marker': 'P.S.'})]),
    ("I'm a history teacher. I need a model answer on the Peterloo Massacre for my Year 9s. No more than 6 sentences, mention Henry Hunt by name, and avoid 'massacre' in the answer itself since they need to debate whether that's the right word.", [('sentences_max', {'n': 6}), ('keyword_include', {'words': ['henry hunt']}), ('keyword_avoid', {'words': ['massacre']})]),
    ("Write a tagline for my cleaning business. Lowercase only, under 12 words, and make sure the word sparkle appears.", [('lowercase', {}), ('words_max', {'n': 11}), ('keyword_include', {'words': ['sparkle']})]),
    ("Give me a pitch for my app FernWatch, which reminds you to water your plants. At least 100 words but not more than 160, and the name FernWatch must appear.", [('words_min', {'n': 100}), ('words_max', {'n': 160}), ('keyword_include', {'words': ['fernwatch']})]),
    ("I've pasted my notes from today's standup below. Turn them into a summary for my manager — max 4 sentences, no jargon, and don't mention Kubernetes, she glazes over.\n\n- migrated auth service to the new cluster\n- k8s autoscaler misbehaving, fixed by lunch\n- demo on Thursday slips to Monday", [('sentences_max', {'n': 4}), ('keyword_avoid', {'words': ['kubernetes']})]),
    ("Give me a quick weekend itinerary for Ghent. Keep it short, under 120 words, and mention the Gravensteen by name.", [('words_max', {'n': 119}), ('keyword_include', {'words': ['gravensteen']})]),
    ("Give me two versions of our wedding invitation wording, one traditional and one relaxed, with a line of asterisks between them, and mention the venue, Elmstead Barn, by name.", [('keyword_include', {'words': ['elmstead barn']})]),
    ("Write a cover story for the school magazine about our robotics team winning the regional final. Aim for roughly 350 words, and no less than 300.", [('words_min', {'n': 300})]),
    ("Two different closing lines for my wedding vows; separate them with ||| please.", [('two_responses', {'separator': '|||'})]),
    ("Write two short LinkedIn posts about our office moving to Manchester, with /// between them, and avoid the word 'excited'.", [('two_responses', {'separator': '///'}), ('keyword_avoid', {'words': ['excited']})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- word counts and limits talked about, not set
    ("What's the usual word limit for a UCAS personal statement? Someone told me it's actually characters, not words.", []),
    ("Roughly how many words is a five-minute speech?", []),
    ("My teacher says our coursework essays must be at least 1,500 words. Does the bibliography count toward that?", []),
    ("Is 'no more than 300 words' a hard limit for most journal abstracts, or do editors let you go a little over?", []),
    ("In IELTS Writing Task 2, what actually happens to your score if you write fewer than 250 words?", []),
    ("Does the word count in Google Docs count a hyphenated word like 'well-known' as one word or two?", []),
    ("How many words are in the average debut novel?", []),
    ("My manager wants all our weekly status updates under 100 words. How do people fit a whole week of work into that without it sounding vague?", []),
    ("Why do recipe blogs put 2,000 words of life story before the actual recipe?", []),
    ("What's a realistic daily word count goal if I try NaNoWriMo while working full time?", []),
    ("Translate 'at least fifty words' into Spanish.", []),
    ("Here's my abstract (it's supposed to be under 250 words): 'This study examines how urban foxes in Bristol adjust their foraging to bin-collection days, using GPS data from 14 animals over two winters.' Does it read clearly?", []),
    ("Is there a way to count the words in a PDF without copying everything into Word?", []),
    # ---- sentences talked about
    ("What's the difference between a sentence and a clause?", []),
    ("How many sentences should a paragraph have in an academic essay?", []),
    ("Why did Hemingway write in such short sentences?", []),
    ("What's the longest sentence in English literature, and who wrote it?", []),
    ("Why do exam papers sometimes say 'answer in no more than two sentences'? What are they testing?", []),
    ("My kid's homework says: 'Write three sentences using the word because.' How can I help her without doing it for her?", []),
    ("Do you have tips for writing two-sentence horror stories? I want to start posting them.", []),
    ("Is there a name for a sentence that uses every letter of the alphabet?", []),
    ("How do I get Microsoft Word to tell me how many sentences are in my document?", []),
    ("What does 'TL;DR' mean, and why do people put it before a one-sentence summary?", []),
    # ---- keywords talked about: SEO, CVs, search, other people's required words
    ("How do I do keyword research for an Etsy shop that sells handmade soap?", []),
    ("What are long-tail keywords in SEO, with an example?", []),
    ("Do applicant tracking systems really scan CVs for keywords, or is that a myth?", []),
    ("Does Google still use the meta keywords tag for ranking?", []),
    ("What are stop words in NLP and why do search engines ignore them?", []),
    ("What does the word 'hygge' mean and where does it come from?", []),
    ("Is it okay to use the word 'I' in a scientific paper?", []),
    # ---- separators seen, pasted or asked about
    ("What do the three asterisks (***) between sections of a novel mean? I see them in a lot of paperbacks.", []),
    ("Why do some Markdown files have --- on a line by itself at the very top?", []),
    ("My friend sent me a message with ****** in the middle and a different text on each side. Is that some kind of code?", []),
    ("In LaTeX, why does typing --- give you an em dash?", []),
    ("How do I split a string on '***' in Python?", []),
    ("The README I'm reading has a line of ===== under the title. What does that do in reStructuredText?", []),
    # ---- banned and avoided words talked about
    ("My school banned the words 'good', 'nice' and 'said' in creative writing. Is that actually a helpful rule?", []),
    ("Our style guide bans 'utilize' and 'leverage'. What's the reasoning behind banning words like that?", []),
    ("What words do editors most often tell new writers to cut, like 'very' or 'just'?", []),
    ("Why did George Carlin have a routine about seven words you can't say on TV?", []),
    ("I'm making a party game where each player has a forbidden word they mustn't say. Can you suggest a scoring system?", []),
    ("In the board game Taboo, what happens if you accidentally say one of the words on the card?", []),
    ("Why have so many contracts stopped using the word 'shall'?", []),
    ("Our brand guidelines say we must never use the word 'cheap' in ads. How do I explain the reason to the sales team?", []),
    ("What is a banned-words list in content moderation, and how do platforms keep it up to date?", []),
    ("What is a lipogram? I read that someone wrote a whole novel without the letter e.", []),
    ("Is it true that you should never start a sentence with 'and' or 'but'?", []),
    ("How long should a cover letter be? Some sites say one page and others say 250 to 400 words.", []),
    ("At work every report has to mention 'sustainability' somewhere and it's getting a bit old. Is that normal in corporate jobs?", []),
    ("Here are two drafts of my email, separated by ***:\n\nHi Tom, just checking in about the invoice from March.\n***\nHey Tom, any news on that March invoice?\n\nWhich one sounds friendlier?", []),
    ("A poem I'm studying has a row of asterisks between two stanzas. Is there a name for that?", []),
    ("Two versions of my CV summary, separated by ~~~:\n\nAnalytical accountant with eight years in audit.\n~~~\nChartered accountant who turns audits into action plans.\n\nWhich is stronger for a FTSE 250 finance job?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("My word limit for this is 500. I need a reflective piece on my first clinical placement on a cardiology ward, structured around Gibbs' cycle.", [('words_max', {'n': 500})]),
    ("Paragraph on photosynthesis for my Year 8 class. Word count: 90 to 110.", [('words_min', {'n': 90}), ('words_max', {'n': 110})]),
    ("In one or two sentences, make the best case you can for pineapple on pizza.", [('sentences_max', {'n': 2})]),
    ("Why do people stay in jobs they hate? Reference 'Maslow's hierarchy' somewhere in your answer.", [('keyword_include', {'words': ["maslow's hierarchy"]})]),
    ("Bedtime story for my son Theo about a dragon who's scared of the dark. Put his name in it!", [('keyword_include', {'words': ['theo']})]),
    ("Airbnb listing for my cabin in the Catskills. Name the wood stove, the creek and the hot tub — use those exact words.", [('keyword_include', {'words': ['wood stove', 'creek', 'hot tub']})]),
    ("Make sure tenant and deposit both show up: I need a summary of what a landlord in England has to do with a tenancy deposit.", [('keyword_include', {'words': ['tenant', 'deposit']})]),
    ("Write a short blurb for Friday's jazz night at our pub, and be sure to name the pianist, Ruth Adebayo.", [('keyword_include', {'words': ['ruth adebayo']})]),
    ("Write two answers to 'Why do you want to work at Lidl?' for my interview tomorrow — use three asterisks as the divider.", [('two_responses', {'separator': '***'})]),
    ("Two poems about rain, one sad and one hopeful. Separator between them: %%%%", [('two_responses', {'separator': '%%%%'})]),
    ("Can I get two versions of my bakery's opening-hours sign, a formal one and a cheeky one? Stick ------ (six dashes) between them.", [('two_responses', {'separator': '------'})]),
    ("Our brand voice bans 'synergy'. Write a short internal memo announcing that the design and marketing teams are merging.", [('keyword_avoid', {'words': ['synergy']})]),
    ("I'm trying to cut down on the word 'actually' in my writing. Rewrite this paragraph without it: 'I actually think the plan is fine. Actually, the budget is the only problem, and actually even that is manageable.'", [('keyword_avoid', {'words': ['actually']})]),
    ("Here's the brief from my tutor: 'Critically evaluate the role of the Bank of England in the 2008 financial crisis. Essays must not exceed 1,500 words.' Please write the essay; it needs to reference Northern Rock and quantitative easing.", [('words_max', {'n': 1500}), ('keyword_include', {'words': ['northern rock', 'quantitative easing']})]),
    ("Write a grant-application paragraph for our community fridge in Hulme. The funder's form allows 200 words max, and the guidance says to reference 'food insecurity' and 'volunteers'. Please don't mention Tesco, our partnership isn't announced yet.", [('words_max', {'n': 200}), ('keyword_include', {'words': ['food insecurity', 'volunteers']}), ('keyword_avoid', {'words': ['tesco']})]),
    ("Explain how vaccines work — no commas, at most five sentences.", [('no_commas', {}), ('sentences_max', {'n': 5})]),
]
