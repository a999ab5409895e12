# ruff: noqa: E501  (test data: one probe per line, as written)
"""A forty-fourth review (a helper session): real people's chat requests, with the checkable constraints mixed into
natural, messy text, written blind to the reader's rules. Only the output conventions were learned beforehand (the
kinds and their arguments in `checkers.py`, and the docstring, layout and argument conventions of
`review_fortythree.py`); no request is taken from another test file or from a public benchmark, and none imitates
their wording.

- A: the way people type to a chatbot: personal preambles (a nurse on nights, a best man panicking, a dog groomer in
  Leicester, a pharmacist in Ohio), constraints buried mid-paragraph or tacked on at the end, lowercase and typos
  ("seperate", "dont", "ur", "plz"), abbreviations ("pls", "w/", "max", "tl;dr", "min.", "rn", "v"), constraints put
  as complaints about an earlier answer ("ur last reply was WAY too long lol, keep this one under 80 words", "last
  time you gave me like six paragraphs, I only want two this time", "your last answer used like 10 bullet points"),
  polite hedges ("if you could maybe avoid the word 'synergy' that'd be great"), numbers as words and digits,
  British and American spelling, emoji, non-native English ("Please to write me a email ... Not more than 100
  words"), a user typing in capitals who does not ask for capitals, and piles of two to four requirements in
  "Requirements:" / "Rules: 1) 2) 3)" lists, after a colon, or strung along one sentence. 145 labelled probes with one
  to four constraints each, weighted toward where models fail real users: word maximums, minimums and ranges;
  sentence counts (max, min, exact, "two or three"); paragraph counts and a paragraph's first word; bullet counts
  (exact, at most, at least, "3-5") and numbered lists; keywords to include (several at once, quoted or not,
  multi-word, with "&" or a hyphen) and keyword frequency; words to avoid (hedged, shouted, quoted or not); two
  responses with a separator (typed "******", "---", "=====", "***", "~~~", or spelled "six asterisks"); postscripts
  ("P.S.", "p.s.", "PS", a P.S. and a P.P.S.); no commas; lowercase and uppercase; start and end phrases; highlights;
  JSON; square-bracket placeholders (counted, or named: "for the guest's name and the gift" is 2); repeating the
  request or question first. Each other kind in `checkers.py` appears once to three times (title, hashtags,
  quotation, code block, constrained choice, words in capitals at least / at most, no digits, ending with a question,
  a language, letter frequency, "Day N" sections).
- B: 47 instruction-free controls that mention word counts, sentence and paragraph counts, commas, lowercase and
  capitals, P.S. notes, JSON, bullet points, placeholders, hashtags, separators and start / end phrases without asking
  the answer to obey them: questions about such limits ("Does the title count?"), someone else's rules quoted for
  advice (a boss's "under 500 words and avoid the word 'leverage'", a recruiter's "cover letter of at least 300
  words", a contest prompt "under 100 words that ends with the word goodbye", a client brief with "#SummerSips"),
  stories about P.S. notes and sign-offs, homework rules quoted by a parent. Expected reads: none.

Argument conventions as in the earlier reviews: "under 80" / "below 120" / "less than 60" / "fewer than 40" /
"less than fifty" is a max of one less; "max 50" / "no more than" / "not more than" / "N or fewer" / "N or less" /
"N tops" / "nothing longer than N" / "can't be more than N" / "N max" a max of the number; "at least" / "minimum" /
"min." / "no less than" / "N+" a min of the number; "between 250 and 350", "somewhere from 120 to 180", "at least 150
but don't go over 300", "3-5 bullet points", "two or three sentences" both bounds; "exactly two sentences", "a
one-sentence summary", "one sentence", "Two paragraphs", "I only want two this time", "a one-paragraph summary", "3
stanzas, so 3 paragraphs" are exact; "3 paragraphs max" is paragraphs_max; "exactly N bullet points" / "N bullet
points exactly" is bullet_list; a numbered list of N is numbered_list; "the first paragraph has to start with
'Evening'" is paragraph_first_word with n=1 (not a start phrase), "the last paragraph" of four is paragraph 4, the word
as typed. A keyword to include or avoid is lower-cased, a multi-word phrase is one keyword, several in one instruction
are one entry in the order typed; "use 'crystal-clear' once" is an inclusion (there is no exact-count kind); "at least
N times" / "at least twice" is keyword_frequency with the word lower-cased; a letter is lower-case as typed. A
separator is the symbol run as typed (or as spelled out); a request or question to repeat is its text as typed; a
start or end phrase is the quoted text as typed, with the punctuation inside the quotes and none outside ("sign off
with 'Cheers, Mia'" is an end phrase); a postscript marker is the one typed; a section marker is the word as typed;
constrained-choice options are as typed; a language is its ISO 639-1 code. Asks with no kind in `checkers.py` ("no
hashtags", "no exclamation marks", "no jargon", "American spelling", "no more than 12 lines", "a 30-second intro",
"each a question + answer", a length each part must keep) carry no label; "each should mention 'patient care'"
beside two answers is an inclusion over the whole answer; "keep the whole thing under 60 words" beside
two answers is words_max over the whole answer.

Read by the reader as it stood when written (first read, no fixes; the reader of commit 5e428ec): 192 probes (145 labelled, 47 controls), recall
209/236 = 0.886, precision 209/220 = 0.950 on the labelled probes (209/225 = 0.929 counting the 5 reads of
controls), exact arguments 1.000 (a read with other arguments counts as one miss and one extra), 42 of 47 controls
clean (`aligned-train eval-instructions --cases` gives the same 0.886 / 0.950, 42 of 47). 26 labelled probes are
misread (27 misses, 11 extras). Its misses, by kind:
- length bounds in chatty positions: the upper half of "At least 150 words but don't go over 300."; "In 3 sentences
  max, ..." opening the request; "My manager wants a one-sentence summary of ..."; "at least 5 sentences" first in a
  dash-led list of three; "I only want two this time" after "last time you gave me like six paragraphs"; "it must be
  at least 120 words and have exactly 3 paragraphs" (the words read, the paragraphs not); "all caps + under 20
  words: ..." read as at most 19 words in capitals (neither the uppercase nor the word bound read).
- a pasted task with "Constraints my manager gave me: must include 'replacement' and 'apologise', no more than 90
  words, placeholders in square brackets for the order number and customer name." left wholly unread (3 misses).
- keywords: "mentions sourdough, cinnamon buns and 'since 1987'" read as 'since 1987' alone; "pls no 'delve', no
  'tapestry' and no 'testament'" read as three one-word avoid entries (the same verdicts, a different grouping).
- highlights: "bold at least three of the really important things", "Use at least 2 bolded phrases", "bold at least
  two of the most important ones" all unread.
- placeholders: "blanks in square brackets for the guest's name and the gift they gave" read as 1; "Use
  square-bracket placeholders, e.g. [Start Date], min. 4 of them" read as 1.
- postscripts: "end with a PS mentioning ..." and "add a P.S. w/ the wifi password as a placeholder like [wifi
  password]" unread; "Put a p.s. at the end" read with the marker "P.S." (the same verdicts: the checker ignores
  case).
- hashtags: "at least 4 hashtags pls" after a dash unread.
- case: "use a few words in ALL CAPS for emphasis, at least 3" read as an all-uppercase answer.
- whole-answer form: "make it JSON (keys: ingredients, steps)"; "Answer with just one word: fruit or vegetable."
- repeating: "Could you repeat my question back first then answer it, my students need to see the format: What is
  ...?" unread.
- sections: "Use 'Day 1', 'Day 2', 'Day 3' as headers" unread.
Its extras on labelled probes: "The last answer you gave me was 12 sentences long" read as exactly 12 sentences;
"ENGLISH IS MY SECOND LANGUAGE SORRY FOR CAPS, MY KEYBOARD IS STUCK." read as an all-uppercase answer (with the
lemonade-stand capitals and the printer sign's capital_words_max above, and the placeholder, keyword and postscript
re-readings). Its five control misreads: "why do AI chatbots always start with 'Great question!'" (a start phrase),
two stories of letters ending with a quoted "P.S. ..." (a postscript each), "How do I do bold text in Slack?" (a
highlight), and "My publisher wants it under 1,000 words total. Is that normal ...?" (at most 999 words).
Session 31's fixes from it (the maintainer, after this set was measured), each generic: hashtags after a dash and
before "pls"; "bold at least three of the ...", "bolded phrases"; what the user sees ("I keep getting asterisks") and
"How do I do bold ...?" are no request; "why do X always start with ..." and a plural subject's habit; a P.S. only
inside a quote of someone's letter; "a PS" typed without dots, as typed; someone else's wish before a question about
it is told ("My publisher wants it under 1,000 words. Is that normal?"), but followed where the assistant is asked to
write it ("My manager wants a one-sentence summary ... Can u write it?", "Constraints my manager gave me: ...");
"In 3 sentences max, ...?"; "The last answer you gave me was ..." told, and "Keep it to 2 paragraphs this time" a new
limit; "but don't go over 300"; "... and have exactly 3 paragraphs"; "Answer with just one word: fruit or vegetable";
"but make it JSON"; "'Day 1', 'Day 2', 'Day 3' as headers"; "all caps + under 20 words"; "SORRY FOR CAPS, MY
KEYBOARD IS STUCK" is no request; "a few words in ALL CAPS, at least 3"; a P.S. beside a placeholder; blanks named
one per listed item; "min. 4 of them". By `aligned-train eval-instructions --cases`: after 0.979 / 0.979, 47 of 47.
The probes still misread are in UNREAD (`python scripts/review_split.py FILE` keeps them there).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) word maximums: complaints about the last answer, 'max', 'tops', 'or fewer', 'less than', words as numbers
    ('ok so ur last reply was WAY too long lol, keep this one under 80 words pls. whats the actual difference between a roth ira and a traditional ira?', [('words_max', {'n': 79})]),
    ("hi! I'm a nurse on nights and honestly I don't have time to read essays rn so max 50 words please 🙏 how do I reset my sleep on my days off", [('words_max', {'n': 50})]),
    ("Me and my partner are looking at houses in Brisbane and the bank guy keeps going on about an 'offset account'. What is it?? Nothing longer than 120 words, I'm reading this on the bus", [('words_max', {'n': 120})]),
    ('my 7yo asked why the sky is blue and i completely blanked 😅 tl;dr version pls, no more than thirty words', [('words_max', {'n': 30})]),
    ('Hello, I am from Brazil and my english is not so good. I need to explain to my boss why I was late today (the train was broken). Can you write the message for me? Less than 60 words and simple english please.', [('words_max', {'n': 59})]),
    ('write a toast for my sisters wedding!! shes marrying her college bf of 9 yrs, they met in chem lab lol. 200 words or fewer, I get super nervous speaking in public', [('words_max', {'n': 200})]),
    ("I asked you this yesterday and got a whole essay back. Trying again: what's the difference between baking soda and baking powder? Fifty words or less this time, seriously.", [('words_max', {'n': 50})]),
    ('Can you summarise what the EU AI Act actually means for a tiny startup like ours (5 ppl, we do a chatbot for dentists)? 150 words tops.', [('words_max', {'n': 150})]),
    ('Summarise this for me in under 40 words pls:\n\nThe council has announced that from 1 April, garden waste collections will move to a fortnightly schedule and residents will need to buy a £45 annual permit. Food waste will still be collected weekly.', [('words_max', {'n': 39})]),
    # ---- (2) word minimums and ranges
    ('my teacher said my last essay was way too short (it was like 150 words oops 😬). can you help me write about the causes of WW1, at least 250 words this time? thx', [('words_min', {'n': 250})]),
    ("Need a product description for my etsy shop — handmade soy candles, scents are fig, cedar and 'rainy day'. The SEO guides all say longer is better so make it 300+ words pls", [('words_min', {'n': 300})]),
    ("your answers keep being too short and surface-level. I want a proper explanation of how mRNA vaccines work, minimum 400 words, don't skimp on the details", [('words_min', {'n': 400})]),
    ("pls write the 'about me' page for my photography website. i shoot weddings and dogs (not at the same time lol). it should be at least a hundred and fifty words", [('words_min', {'n': 150})]),
    ("write me a cover letter for a warehouse supervisor job, between 250 and 350 words. I've got 6 yrs at an amazon fulfilment centre and a forklift licence, and I'm good w/ rotas", [('words_min', {'n': 250}), ('words_max', {'n': 350})]),
    # ---- (3) sentence counts
    ('pls answer in exactly two sentences, no more no less: is it actually safe to eat raw cookie dough', [('sentences_exact', {'n': 2})]),
    ("Describe a rainy afternoon in Manchester in at least 6 sentences, it's for my creative writing class and the prof literally counts lol", [('sentences_min', {'n': 6})]),
    ("could you explain the offside rule in fewer than 4 sentences? my husband has tried about ten times and I still don't get it", [('sentences_max', {'n': 3})]),
    ("Give me five sentences about octopuses for my kid's school poster. Exactly five please, the template has five lines!", [('sentences_exact', {'n': 5})]),
    ("what's the difference between weather and climate? two or three sentences is plenty", [('sentences_min', {'n': 2}), ('sentences_max', {'n': 3})]),
    # ---- (4) paragraph counts and the first word of a paragraph
    ('write a short bio for my linkedin. im a data analyst, 4 yrs at a bank in Leeds, love hiking and sourdough. Two paragraphs pls, not one giant wall of text like last time', [('paragraphs_exact', {'n': 2})]),
    ("Could you write me a blog post about minimalism? It should be 4 paragraphs and mention 'decluttering' and 'intentional' somewhere in there.", [('paragraphs_exact', {'n': 4}), ('keyword_include', {'words': ['decluttering', 'intentional']})]),
    ("no more than 3 paragraphs pls!! why did the western roman empire fall. my history teacher's explanation made zero sense", [('paragraphs_max', {'n': 3})]),
    ('I need at least five paragraphs on climate anxiety in teenagers for my psych module, with sources if you can', [('paragraphs_min', {'n': 5})]),
    ("Write a letter to my future self (I'm turning 30 next week eek). Three paragraphs, and the second one should start with the word 'Remember'.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'Remember'})]),
    # ---- (5) bullet points and numbered lists
    ("give me exactly 5 bullet points on how to prep for my first half marathon, I'm a total beginner (33F, can run 5k slowly)", [('bullet_list', {'n': 5})]),
    ('what should I pack for a week in Iceland in October? bullets pls, max 8', [('bullets_max', {'n': 8})]),
    ('Birthday party ideas for a 10 year old who is obsessed with volcanoes, budget is tight. At least 6 bullet points.', [('bullets_min', {'n': 6})]),
    ("can you list the pros and cons of leasing vs buying a car, 3-5 bullet points total, I don't need an essay", [('bullets_min', {'n': 3}), ('bullets_max', {'n': 5})]),
    ('Give me a numbered list of 7 steps to repot a monstera. mine is literally bursting out of the pot', [('numbered_list', {'n': 7})]),
    ('your last answer used like 10 bullet points, way too many. Give me at most 4 bullets this time. Q: what should I look for when viewing a rental flat?', [('bullets_max', {'n': 4})]),
    # ---- (6) keywords to include (quoted or not, several at once) and keyword frequency
    ("Can u write a haiku about autumn that includes the words 'ember' and 'hush'? it's for my moms birthday card", [('keyword_include', {'words': ['ember', 'hush']})]),
    ("I'm giving a 5 min talk at a local meetup about Kubernetes. Write the intro, and use the words scalability, pods and resilience (the organisers asked for those, don't ask me why)", [('keyword_include', {'words': ['scalability', 'pods', 'resilience']})]),
    ("Please write a motivational message for my students before exams. The word 'hope' should show up at least 3 times, it's our class motto.", [('keyword_frequency', {'word': 'hope', 'n': 3})]),
    ("could you write a short description of our hiking club for the uni freshers fair? needs to mention 'beginners welcome', 'Peak District' and 'free'", [('keyword_include', {'words': ['beginners welcome', 'peak district', 'free']})]),
    # ---- (7) words to avoid (hedged, shouted, quoted or not)
    ("if you could maybe avoid the word 'synergy' that'd be great, my boss physically winces at it. Write a short announcement that our marketing and sales teams are merging.", [('keyword_avoid', {'words': ['synergy']})]),
    ("Describe my cat Mochi (fat orange tabby, loves boxes, hates the hoover) for a pet-profile thing, but DON'T use the words cute or adorable, everyone uses those", [('keyword_avoid', {'words': ['cute', 'adorable']})]),
    ("Explain the rules of cricket to an American without saying 'baseball' even once, he'll just keep comparing otherwise", [('keyword_avoid', {'words': ['baseball']})]),
    # ---- (8) two responses with a separator
    ('give me 2 different versions of an out-of-office message, one formal one fun. separate them with ****** so I can copy easily', [('two_responses', {'separator': '******'})]),
    ('Can you write two alternative subject lines for my newsletter? Put --- between them pls', [('two_responses', {'separator': '---'})]),
    ('need two takes on this tweet about our app launch, one cheeky one serious, split by a line of 5 equals signs (=====)', [('two_responses', {'separator': '====='})]),
    ('pls write two diff replies to my landlord (he wants to raise rent 15%!!) — one polite, one firm. seperate them w/ six asterisks', [('two_responses', {'separator': '******'})]),
    ('Give me 2 answers: one for a 5 year old and one for an adult. What is gravity? Use ~~~ to divide them.', [('two_responses', {'separator': '~~~'})]),
    # ---- (9) postscripts
    ('write an email to my team about the new parking rules starting monday. add a P.S. reminding them the xmas party is on the 15th', [('postscript', {'marker': 'P.S.'})]),
    ("Can you write a thank-you note to my kid's teacher for the end of year? Include a P.S. about how much Leo loved the class hamster, and a P.P.S. wishing her a good summer", [('postscript', {'marker': 'P.S.'}), ('postscript', {'marker': 'P.P.S.'})]),
    # ---- (10) no commas
    ("write a short poem about the sea but no commas at all pls (it's for a typography experiment, long story)", [('no_commas', {})]),
    ("my keyboard's comma key is broken lmao so don't use any commas in your reply. what's a good beginner houseplant for a dark flat?", [('no_commas', {})]),
    # ---- (11) lowercase, uppercase, words in capitals
    ("write everything in lowercase pls, it's for an aesthetic insta caption ☕🌧️ caption for a pic of my coffee next to a rainy window", [('lowercase', {})]),
    ('ALL CAPS PLEASE!!! write a hype message for my u14 football team before the cup final', [('uppercase', {})]),
    ("could you write the reply in all lower case letters? no capitals anywhere, not even 'I'. it's for my band's website, we're that kind of band", [('lowercase', {})]),
    ('Pls write the warning sign for the staff kitchen fridge (ppl keep stealing yoghurts). Whole thing in capital letters so they actually read it.', [('uppercase', {})]),
    ("Write a complaint to my internet provider (4th outage this month!!). I'm furious but don't want to sound unhinged, so no more than 2 words in all caps.", [('capital_words_max', {'n': 2})]),
    # ---- (12) start and end phrases
    ("write a short speech for my grandpa's 90th. start with 'Ninety years ago' and end with 'Cheers to Grandpa!'", [('start_phrase', {'phrase': 'Ninety years ago'}), ('end_phrase', {'phrase': 'Cheers to Grandpa!'})]),
    ("I'm pasting your answer straight onto a slide so it needs to end with exactly 'Any questions?' — summarise the three main causes of inflation", [('end_phrase', {'phrase': 'Any questions?'})]),
    ("Begin your reply with 'Hey team,' and write a quick update that the server migration is pushed to Friday", [('start_phrase', {'phrase': 'Hey team,'})]),
    ("Please to write me a email for my landlord, the heater is broken since two weeks. Not more than 100 words and please start with 'Dear Mr. Kowalski,'", [('words_max', {'n': 100}), ('start_phrase', {'phrase': 'Dear Mr. Kowalski,'})]),
    ("write a cute good-morning text for my gf, she's got a big exam today. end it with 'xoxo'", [('end_phrase', {'phrase': 'xoxo'})]),
    ("my first word has to be 'So' because it's a podcast intro and that's our thing lol. write a 30-second intro for an episode about sleep myths", [('start_phrase', {'phrase': 'So'})]),
    ("Write a short LinkedIn post about finishing my MSc. It has to end with the sentence 'Onwards and upwards.' and please no hashtags", [('end_phrase', {'phrase': 'Onwards and upwards.'})]),
    # ---- (13) highlights, a << >> title, placeholders, hashtags
    ('Explain when to use affect vs effect. Highlight the key bits with markdown (like *this*), at least 2 of them', [('highlight', {'n': 2})]),
    ("write a poem for my nan's 80th birthday, she loves her garden and her terrible dog Biscuit. give it a title in double angle brackets, like <<title>>", [('title', {})]),
    ('make me a template email for chasing unpaid invoices w/ placeholders in square brackets like [client name] — at least 3 of them', [('placeholders', {'n': 3})]),
    ("Write a short explanation of what a 'placeholder' is in a Word template, and include at least 2 example placeholders in square brackets", [('placeholders', {'n': 2})]),
    # ---- (14) JSON, the whole answer in quotes or in a code block, a constrained choice
    ("I'm building a little app and need test data. give me 3 fake users w/ name, email and age. Output JSON only, no explanation, my parser chokes on any extra text", [('json_output', {})]),
    ('can u format the answer as json? the 5 biggest cities in canada and their populations', [('json_output', {})]),
    ('i want the answer in JSON and nothing else!! list 4 countries i can visit visa-free w/ a UK passport and the max stay for each', [('json_output', {})]),
    ("wrap your whole answer in double quotation marks, I'm pasting it into a CSV cell: a one-line bio for a yoga teacher", [('quotation', {})]),
    ('put the entire answer in a code block pls, I need to copy it into my terminal notes: how do I undo my last git commit but keep the changes', [('code_block', {})]),
    # ---- (15) repeating the request or question first
    ('can you copy my request back exactly as I wrote it before you answer (helps me keep track in my notes): Suggest three names for a grey kitten.', [('repeat_request', {'request': ['Suggest three names for a grey kitten.']})]),
    ('Repeat my request first, word for word, then do it: Write a two-line rhyme about a cat who hates Mondays.', [('repeat_request', {'request': ['Write a two-line rhyme about a cat who hates Mondays.']})]),
    # ---- (16) digits, ending with a question, a language, letter frequency
    ('Write the answer without using any numerals (digits), spell numbers out. How many players are on a rugby union team and what are the positions?', [('no_digits', {})]),
    ('write an opening message for a dating app match who likes climbing. make sure it ends with a question so she actually replies lol', [('end_with_question', {})]),
    ('mi español es muy malo... Can you answer in Spanish pls? I want to practise reading. What are some good day trips from Madrid?', [('language', {'code': 'es'})]),
    ("I'm doing tongue twisters with my speech therapy kids — write one with the letter 'b' at least 15 times", [('letter_frequency', {'letter': 'b', 'n': 15})]),
    # ---- (17) piles of requirements: lists, rule lines, buried mid-paragraph, two to four at once
    ("Requirements (from my boss, not me lol):\n- under 150 words\n- mention 'quarterly'\n- no exclamation marks\n- end with 'Best, Dana'\nWrite a reminder to the team about expense reports.", [('words_max', {'n': 149}), ('keyword_include', {'words': ['quarterly']}), ('end_phrase', {'phrase': 'Best, Dana'})]),
    ("write a bedtime story about a sloth who wants to be fast, all lowercase, at least 200 words, and pls include the word 'slowly' at least 4 times (my kid finds it hilarious)", [('lowercase', {}), ('words_min', {'n': 200}), ('keyword_frequency', {'word': 'slowly', 'n': 4})]),
    ("Can you give me 2 versions of a 'sorry I missed your call' text, one to my mum and one to my boss, separated by ******. Keep the whole thing under 60 words.", [('two_responses', {'separator': '******'}), ('words_max', {'n': 59})]),
    ("3 paragraphs, no commas, and end with 'See you there.' — invitation to our street party on the 21st, bring a dish to share", [('paragraphs_exact', {'n': 3}), ('no_commas', {}), ('end_phrase', {'phrase': 'See you there.'})]),
    ("i need an email to my professor asking for an extension on my dissertation (my dad was in hospital). please keep it below 120 words, don't use the word 'sorry' more than... actually don't use 'sorry' at all, and add a P.S. thanking her for the reading list", [('words_max', {'n': 119}), ('keyword_avoid', {'words': ['sorry']}), ('postscript', {'marker': 'P.S.'})]),
    ("Hi there, bit of context: I run a small dog-grooming business in Leicester and I'm rubbish at marketing. Could you write a Facebook post for our 5th anniversary? It should be 2 paragraphs, mention 'Paws & Claws' (that's us) and end with 'Book now!'. Oh and at least 3 hashtags.", [('paragraphs_exact', {'n': 2}), ('keyword_include', {'words': ['paws & claws']}), ('end_phrase', {'phrase': 'Book now!'}), ('hashtags', {'n': 3})]),
    ("Write a short pitch for my podcast (true crime but funny). Requirements: start with 'Picture this:', no more than 5 sentences, and don't use the word 'murder' because of the ad filters", [('start_phrase', {'phrase': 'Picture this:'}), ('sentences_max', {'n': 5}), ('keyword_avoid', {'words': ['murder']})]),
    ("write a limerick about my coworker Dave who microwaves fish, lowercase only and no commas (it's going in a group chat, we're not monsters, it's affectionate)", [('lowercase', {}), ('no_commas', {})]),
    ("Can you rewrite this for my CV so it sounds more professional? 'i did the stock stuff and helped customers and sometimes did the tills'. Give me 2 options separated by ***, and pls use the words 'inventory' and 'customer-facing'.", [('two_responses', {'separator': '***'}), ('keyword_include', {'words': ['inventory', 'customer-facing']})]),
    ("mate i need a best man speech for saturday and im panicking. groom is Tom, met his wife Priya at a pub quiz. at least 400 words, 5 paragraphs, and the first paragraph has to start with 'Evening'", [('words_min', {'n': 400}), ('paragraphs_exact', {'n': 5}), ('paragraph_first_word', {'n': 1, 'word': 'Evening'})]),
    ("Pls explain what inflation is for my nephew (he's 12). exactly 4 sentences, and highlight at least one key term in bold", [('sentences_exact', {'n': 4}), ('highlight', {'n': 1})]),
    ('Write a haiku about Monday mornings. all lowercase please, and give it a title wrapped in double angular brackets i.e. <<like this>>', [('lowercase', {}), ('title', {})]),
    ("We're doing a quiz night for charity! Write a short announcement — no more than 80 words, include 'Saturday 14th' and 'St Mary's Hall', and end with 'All welcome!'", [('words_max', {'n': 80}), ('keyword_include', {'words': ['saturday 14th', "st mary's hall"]}), ('end_phrase', {'phrase': 'All welcome!'})]),
    ("Write 2 different Tinder bios for my friend (he's a vet, 6'4, loves board games), separate them w/ ******, and neither should use the word 'adventure' 🙄", [('two_responses', {'separator': '******'}), ('keyword_avoid', {'words': ['adventure']})]),
    ("Draft a message to my neighbour about their dog barking at 6am. Polite but firm. Under 100 words. Start with 'Hi Sandra,' and add a P.S. offering to help find a dog walker.", [('words_max', {'n': 99}), ('start_phrase', {'phrase': 'Hi Sandra,'}), ('postscript', {'marker': 'P.S.'})]),
    ("Could you do a packing list for a 3-day music festival? exactly 10 bullet points, and please include 'earplugs' and 'wet wipes' cos I forgot them last year and it was grim", [('bullet_list', {'n': 10}), ('keyword_include', {'words': ['earplugs', 'wet wipes']})]),
    ("Rewrite my dating profile but keep it less than fifty words and dont mention my job (I'm an accountant, it kills the vibe) — so no 'accountant' or 'accounting' pls", [('words_max', {'n': 49}), ('keyword_avoid', {'words': ['accountant', 'accounting']})]),
    ("Here's the thing, my brother's getting married and I'm doing a reading. Can you write a short poem about lifelong friendship? It needs to be 3 stanzas — so 3 paragraphs separated by blank lines — and must include the words 'harbour' and 'lantern'.", [('paragraphs_exact', {'n': 3}), ('keyword_include', {'words': ['harbour', 'lantern']})]),
    ("pls write a product description for noise cancelling earbuds. Rules: 1) between 80 and 120 words 2) use 'crystal-clear' once 3) finish with 'Hear the difference.'", [('words_min', {'n': 80}), ('words_max', {'n': 120}), ('keyword_include', {'words': ['crystal-clear']}), ('end_phrase', {'phrase': 'Hear the difference.'})]),
    ("Short reply to a recruiter on LinkedIn saying I'm not interested right now but maybe next year. max 3 sentences, and no 'unfortunately' pls", [('sentences_max', {'n': 3}), ('keyword_avoid', {'words': ['unfortunately']})]),
    ('pls write my out of office: away 12–26 Aug, contact Jamal (jamal@firm.co.uk) for anything urgent. lower case only, 40 words max, and no commas', [('lowercase', {}), ('words_max', {'n': 40}), ('no_commas', {})]),
    ("Write a short horror story set in an IKEA. At least 300 words, four paragraphs, and the last paragraph must start with 'Then'", [('words_min', {'n': 300}), ('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 4, 'word': 'Then'})]),
    ("write a 'welcome to the team' message for our new intern Aisha. include a placeholder [start date] and [manager name] so i can reuse it, and keep it under 60 words", [('placeholders', {'n': 2}), ('words_max', {'n': 59})]),
    ("my therapist suggested I write down my worries and then reframe them. can you help me reframe 'I'll never be good enough at my job'? 3 bullet points exactly, and please don't use the word 'just'", [('bullet_list', {'n': 3}), ('keyword_avoid', {'words': ['just']})]),
    ('Need 2 responses: one where you argue FOR school uniforms and one AGAINST. Split them with =====. Each should be at least... eh whatever, make the whole thing at least 200 words', [('two_responses', {'separator': '====='}), ('words_min', {'n': 200})]),
    ("Write me a short ad for my used bike on Gumtree (Raleigh, blue, 21 gears, needs new brakes lol). Keep it under sixty words, mention 'collection only', and pls end with 'No time wasters.'", [('words_max', {'n': 59}), ('keyword_include', {'words': ['collection only']}), ('end_phrase', {'phrase': 'No time wasters.'})]),
    ("hey so I'm applying for a barista job at a local indie café and they want a short cover note — nothing fancy. pls make it 3 paragraphs max, use the word 'latte art' somewhere (I'm v proud of my latte art lol) and sign off with 'Cheers, Mia'", [('paragraphs_max', {'n': 3}), ('keyword_include', {'words': ['latte art']}), ('end_phrase', {'phrase': 'Cheers, Mia'})]),
    ("I run a tiny bookshop in Hay-on-Wye. Write a newsletter intro: lowercase, at least 100 words, include the words 'secondhand' and 'cosy' (British spelling pls!)", [('lowercase', {}), ('words_min', {'n': 100}), ('keyword_include', {'words': ['secondhand', 'cosy']})]),
    ("Repeat this question exactly, then answer in under 50 words: What's the best way to store fresh basil?", [('repeat_request', {'request': ["What's the best way to store fresh basil?"]}), ('words_max', {'n': 49})]),
    ("write two different opening lines for my novel (literary fiction, a woman inherits a lighthouse). split with ****** and make sure the word 'salt' is in there", [('two_responses', {'separator': '******'}), ('keyword_include', {'words': ['salt']})]),
    ("I'm a teacher in Lagos and I need a short poem for my class about honesty. no more than 12 lines, must include 'truth' at least twice, and give it a title in << >>", [('keyword_frequency', {'word': 'truth', 'n': 2}), ('title', {})]),
    ("Explain quantum computing to a golden retriever lol. Under 100 words, include the word 'treat', and end with 'Good boy!'", [('words_max', {'n': 99}), ('keyword_include', {'words': ['treat']}), ('end_phrase', {'phrase': 'Good boy!'})]),
    ("can you write a short eulogy for my grandad? he was a fisherman in Whitby, loved crosswords, and was stubborn as anything. three paragraphs please and don't use 'passed away', he'd have hated that", [('paragraphs_exact', {'n': 3}), ('keyword_avoid', {'words': ['passed away']})]),
    ("Respond in exactly 3 sentences and in all caps: what's the loudest animal on earth?", [('sentences_exact', {'n': 3}), ('uppercase', {})]),
    ("write a motivational quote for my gym's whiteboard. one sentence, no commas, and it has to include 'sweat'", [('sentences_exact', {'n': 1}), ('no_commas', {}), ('keyword_include', {'words': ['sweat']})]),
    ("Hey! First time using this. I'm a pharmacist in Ohio and I need to explain to patients why they shouldn't stop antibiotics early. Can you write a handout? Two paragraphs, under 150 words, American spelling, and please include the words 'resistance' and 'full course'.", [('paragraphs_exact', {'n': 2}), ('words_max', {'n': 149}), ('keyword_include', {'words': ['resistance', 'full course']})]),
    ("i'm sending a group text to the other parents about the class trip money. 2 sentences max, no commas (autocorrect messes them up on my phone), end with 'Thanks all!'", [('sentences_max', {'n': 2}), ('no_commas', {}), ('end_phrase', {'phrase': 'Thanks all!'})]),
    ("Write a one-paragraph summary of the plot of Hamlet for a GCSE revision card, no longer than 90 words, and don't use the word 'revenge' (we're testing whether they can spot the theme themselves)", [('paragraphs_exact', {'n': 1}), ('words_max', {'n': 90}), ('keyword_avoid', {'words': ['revenge']})]),
    ("Product description for a beeswax wrap 🐝 — 4 sentences exactly, mention 'plastic-free' and 'washable', and don't say 'eco-friendly' (it's overused)", [('sentences_exact', {'n': 4}), ('keyword_include', {'words': ['plastic-free', 'washable']}), ('keyword_avoid', {'words': ['eco-friendly']})]),
    ("tell me a joke about accountants. all in CAPITAL LETTERS and end with 'BA DUM TSS'", [('uppercase', {}), ('end_phrase', {'phrase': 'BA DUM TSS'})]),
    ("Hi, I have an interview for a nursing role on Thursday (1st job after qualifying!!). Can you give me answers to 'why do you want to work here?' — 2 different answers separated by ******, and each should mention 'patient care'", [('two_responses', {'separator': '******'}), ('keyword_include', {'words': ['patient care']})]),
    ("plz write a haiku about my cat sleeping in the sun — lowercase only, no commas, and include the word 'puddle'", [('lowercase', {}), ('no_commas', {}), ('keyword_include', {'words': ['puddle']})]),
    ("I want a blog intro about budget travel in Japan. Must be at least 3 paragraphs, must NOT contain 'hidden gem', and it has to start with 'Japan on a budget?'", [('paragraphs_min', {'n': 3}), ('keyword_avoid', {'words': ['hidden gem']}), ('start_phrase', {'phrase': 'Japan on a budget?'})]),
    ('For a school project: list 8 endangered animals as a numbered list (1. 2. 3. etc), and then add a P.S. with one fun fact', [('numbered_list', {'n': 8}), ('postscript', {'marker': 'P.S.'})]),
    ("Explain blockchain to my grandma. She's 82 and sharp as a tack but hates jargon. At least 150 words but don't go over 300.", [('words_min', {'n': 150}), ('words_max', {'n': 300})]),
    ("In 3 sentences max, what's the point of a credit score? I'm 19 and nobody ever explained it", [('sentences_max', {'n': 3})]),
    ('My manager wants a one-sentence summary of our Q3 results for the Slack channel. Revenue up 12%, churn down slightly, hiring freeze continues. Can u write it?', [('sentences_exact', {'n': 1})]),
    ('The last answer you gave me was 12 sentences long for a yes/no question 🙃 Try again, and this time no more than 2 sentences: can I freeze cooked rice?', [('sentences_max', {'n': 2})]),
    ("write a quick follow-up to a client who hasn't paid (invoice #4471, 30 days overdue). end with a PS mentioning our new bank details", [('postscript', {'marker': 'PS'})]),
    ("write a pitch for my daughter's lemonade stand (she's 9 and VERY serious about it). use a few words in ALL CAPS for emphasis, at least 3", [('capital_words', {'n': 3})]),
    ("can you give me a checklist for moving house, and bold at least three of the really important things I'll forget (like redirecting mail)", [('highlight', {'n': 3})]),
    ("write a reusable wedding thank-you note with blanks in square brackets for the guest's name and the gift they gave", [('placeholders', {'n': 2})]),
    ('Can you do a generic job offer letter I can reuse? Use square-bracket placeholders, e.g. [Start Date], min. 4 of them', [('placeholders', {'n': 4})]),
    ("caption for our gym's new spin class launch — at least 4 hashtags pls, our social media intern insists", [('hashtags', {'n': 4})]),
    ('Is a tomato a fruit or a vegetable? Answer with just one word: fruit or vegetable. My brother and I have money on this', [('constrained_choice', {'options': ['fruit', 'vegetable']})]),
    ('Could you repeat my question back first then answer it, my students need to see the format: What is the difference between a simile and a metaphor?', [('repeat_request', {'request': ['What is the difference between a simile and a metaphor?']})]),
    ("all caps + under 20 words: a sign for the office printer saying it's broken again", [('uppercase', {}), ('words_max', {'n': 19})]),
    ("ok this is for a work thing so it has to be perfect lol. 'Respond to a customer complaining their package arrived damaged.' Constraints my manager gave me: must include 'replacement' and 'apologise', no more than 90 words, placeholders in square brackets for the order number and customer name.", [('keyword_include', {'words': ['replacement', 'apologise']}), ('words_max', {'n': 90}), ('placeholders', {'n': 2})]),
    ('as a non native speaker I always struggle with formal emails. please write me a email to the university admissions office asking about my application status, it must be at least 120 words and have exactly 3 paragraphs. thank you very much!', [('words_min', {'n': 120}), ('paragraphs_exact', {'n': 3})]),
    ('ENGLISH IS MY SECOND LANGUAGE SORRY FOR CAPS, MY KEYBOARD IS STUCK. Please explain how to renew a UK visa in under 150 words and use numbered list of 5 steps', [('words_max', {'n': 149}), ('numbered_list', {'n': 5})]),
    ("Give me a recipe for shakshuka but make it JSON (keys: ingredients, steps) and don't use the word 'simply' anywhere, I hate when recipes say simply", [('json_output', {}), ('keyword_avoid', {'words': ['simply']})]),
    ("Explain the Monty Hall problem. I've read 5 explanations and none clicked. Use at least 2 bolded phrases and keep it to 6 sentences or fewer", [('highlight', {'n': 2}), ('sentences_max', {'n': 6})]),
    ("Give me a workout plan for 3 days a week. Use 'Day 1', 'Day 2', 'Day 3' as headers, and under each day exactly... nah just keep the whole thing under 200 words", [('sections', {'n': 3, 'marker': 'Day'}), ('words_max', {'n': 199})]),
    ('Pls make a FAQ for my airbnb (2 bed flat in Lisbon, no parking, 5th floor no lift 😅). At least 5 bullet points, each a question + answer, and add a P.S. w/ the wifi password as a placeholder like [wifi password]', [('bullets_min', {'n': 5}), ('postscript', {'marker': 'P.S.'}), ('placeholders', {'n': 1})]),
    ('Please give me exactly 6 bullet points on keeping chickens in a small garden, and bold at least two of the most important ones.', [('bullet_list', {'n': 6}), ('highlight', {'n': 2})]),
    ("I've got a presentation on renewable energy tomorrow 😩 give me the speaker notes for the intro slide — at least 5 sentences, mention 'solar', 'wind' and 'grid storage', and end with 'So where do we go from here?'", [('sentences_min', {'n': 5}), ('keyword_include', {'words': ['solar', 'wind', 'grid storage']}), ('end_phrase', {'phrase': 'So where do we go from here?'})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("my daughter's UCAS personal statement is capped at 4,000 characters — roughly how many words is that?", []),
    ('why do people put P.S. at the end of emails when they could literally just put it in the body lol', []),
    ('my coworker writes all her emails in lowercase. is that considered rude or just a gen z thing?', []),
    ('here\'s what my boss sent me: \'Please keep all weekly reports under 500 words and avoid the word "leverage".\' is that a reasonable request or is he being a control freak?', []),
    ("I'm 45k words into my first novel (fantasy). How long are fantasy debuts usually? Am I way off?", []),
    ("what's the actual difference between JSON and YAML? our devops guy keeps switching between them", []),
    ("The assignment sheet literally says 'no more than 5 paragraphs' and my draft has 7. How do I decide which ones to merge? It's about the causes of the French Revolution", []),
    ('why did twitter go from 140 to 280 characters? did it actually change how people tweet?', []),
    ("my kid's homework says 'Answer in full sentences, at least 3 sentences per question.' She keeps writing one giant sentence with 'and' everywhere. How do I help her?", []),
    ('what does tl;dr stand for and is it rude to put it at the top of a work email?', []),
    ("how do I make bullet points in Google Docs on my phone? the button isn't there", []),
    ('my editor says I use way too many commas. any tricks to stop doing it?', []),
    ("What does [NAME] mean in a mail merge template? My boss sent me one and I'm lost", []),
    ("The job ad says 'cover letter must not exceed one page'. Roughly how many words fit on a page in 11pt Calibri?", []),
    ('Why does Word say my essay is 2,013 words but Google Docs says 1,987? Which one will my uni go by?', []),
    ("Got this from a recruiter: 'Hi! Please send your CV as a PDF, max two pages, plus a cover letter of at least 300 words.' Is 300 words a normal length for a cover letter in Germany?", []),
    ("Is a haiku 5-7-5 syllables or 5-7-5 words? my son's teacher and I disagree", []),
    ("what's the max length of a normal SMS before it splits into two?", []),
    ("My daughter's assignment says 'write 5 sentences about your weekend'. She wrote four really long ones. Will she lose marks for that?", []),
    ('Does JSON need double quotes around keys or are single quotes fine?', []),
    ('Why are some bits of contracts written in ALL CAPS? like the liability section in my phone contract', []),
    ("Writing contest prompt: 'A story under 100 words that ends with the word goodbye.' Any tips for brainstorming before I start? I always overthink these", []),
    ("I'm a year 5 teacher. One of my worksheet questions says 'Rewrite this sentence without using any commas.' Is that too hard for 9-year-olds?", []),
    ('how do I make a horizontal line in markdown? is it *** or --- or both', []),
    ("Why do emails from my bank always begin with 'Dear Valued Customer'? feels so impersonal", []),
    ("our company style guide bans 'utilise', 'leverage' and 'synergy'. do you think banning words actually improves writing?", []),
    ("someone on reddit said you can never start a sentence with 'And' or 'But'. is that actually a rule or a myth?", []),
    ("Count the words in this for me pls: 'the early bird catches the worm but the second mouse gets the cheese'", []),
    ('what are hashtags actually for on linkedin? do they do anything or is it just habit', []),
    ("How do you say 'see you tomorrow' in Italian? Is it different if it's formal?", []),
    ("why do teachers set minimum word counts like 'at least 500 words'? doesn't it just encourage waffle?", []),
    ("my friend texts in ALL CAPS whenever she's excited and it honestly stresses me out. how do I tell her nicely?", []),
    ('In python how do I check if a string ends with a question mark?', []),
    ("What's the etiquette for a P.S. in a cover letter? I read somewhere it gets read more than the body", []),
    ('I pasted my essay into a word counter and it says 1,248 words but the limit is 1,200. Does the title count?', []),
    ("Here's the brief from our client, can you tell me what they mean by 'tone of voice'? — 'Deliverables: 3 Instagram captions, each under 150 characters, include #SummerSips, avoid the word cheap, tone of voice: playful.'", []),
    ("The grading rubric for my ethics paper says 'Two responses to opposing arguments, clearly separated.' What does that mean — like two paragraphs?", []),
    ("my boss ends every email with 'Any questions?' even when there's nothing to ask. is it a passive aggressive thing?", []),
    ("what's the difference between a bullet list and a numbered list? when should I use each in a report", []),
    ("why do all these AI-generated posts use 'delve' and 'tapestry' so much? I see it everywhere now", []),
    ('I have to write a 250-word reflection for my nursing placement. What kinds of things should a reflection include?', []),
    ("my sister asked me to be her maid of honour and says the speech should 'start with a joke and end with a toast'. what kind of joke works best?", []),
    ("why do AI chatbots always start with 'Great question!' lol it's so annoying", []),
    ("In my screenplay, the grandma ends every letter with 'P.S. Don't forget to feed the fish.' and it pays off in the last scene. Is that too cheesy?", []),
    ("My late dad always added 'P.S. Mind the gap' to his letters (he was a tube driver). I'm thinking of getting it tattooed — is that weird?", []),
    ('How do I do bold text in Slack? I keep getting asterisks showing up', []),
    ("I'm writing a children's book. My publisher wants it under 1,000 words total. Is that normal for a picture book?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

# left unread or misread by the reader, as the reviewer expects them (the maintainer moves them here)
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('last time you gave me like six paragraphs, I only want two this time. explain what a VPN actually does', [('paragraphs_exact', {'n': 2})]),
    ("writing an ad for our family bakery in Cork 🥐 pls make sure it mentions sourdough, cinnamon buns and 'since 1987'", [('keyword_include', {'words': ['sourdough', 'cinnamon buns', 'since 1987']})]),
    ("pls no 'delve', no 'tapestry' and no 'testament' — it screams chatgpt. write a bit about the history of my town (Hebden Bridge) for the community newsletter", [('keyword_avoid', {'words': ['delve', 'tapestry', 'testament']})]),
    ("Letter to my grandma in Poland (in English, her English is better than mine lol). Put a p.s. at the end saying I'll visit in June.", [('postscript', {'marker': 'p.s.'})]),
    ('First repeat my question word for word, then answer it. How many bones does an adult human have?', [('repeat_request', {'request': ['How many bones does an adult human have?']})]),
    ('Before answering, repeat the question below without changing anything.\nWhy do onions make you cry?', [('repeat_request', {'request': ['Why do onions make you cry?']})]),
]
