# ruff: noqa: E501
"""A fifty-ninth review (a helper session): a realistic mix of what a deployed assistant receives, weighted to where
readers of instructions fail, written blind to the reader. Beforehand only the output conventions were read: the
kinds and their arguments in `checkers.py`, and the docstring and the first entries of list A of
`review_fiftyseven.py` (layout and argument conventions). The reader's source, its tests, the other review files
and the git history were not opened. No request is taken from another file or from a public benchmark (IFEval,
IFBench, FollowBench, ...), and none imitates their wording.

As first written (labels fixed before any read): 198 probes, 152 labels.
- (1) everyday requests with the user's own constraints (78, in A): phone-typed, lowercase, typos ("can u wirte me a
  short storey ... less then 150 wrods", "3 sentances"), non-native English ("I want answer with not more than 5
  sentences and please use word 'respectfully' in it"), long rambling context with the constraint at the end or
  buried mid-paragraph ("Keep your answer to a numbered list of 7 steps." between the situation and the questions),
  several constraints at once, bounds said in unusual ways ("two sentences tops", "no shorter than 150 words",
  "250+ words", "somewhere between 150 and 200 words", "under a hundred words", "a dozen bullet points", "6-10
  bullets", "give me 6, numbered").
- (2a) someone else's rules for the very text asked for (43, in A): a professor, HOA editor, boss, scholarship form,
  client, manager, Slack bot, house style, teacher, grant portal, mom, contest, podcast, wiki, journal, friend group,
  company style guide, coach, volunteer form, HR, submission system, editor, D&D group, quiz app, support macro,
  recruiter, grandma, Toastmasters, legal team, sign-up form, workshop leader, anthology, brand guide, app store,
  bootcamp, sister, team lead, class prompt, newsletter template.
- (2b) someone else's rules that do not govern the answer (35, in B): a question about the rule, a message to
  someone about it, a rule for a different text than the one asked (slides vs speaker notes, client emails vs a text
  to a wife, reviewers' reports vs the author's reply), a past job's or last year's rule, a friend's rule, a story
  or joke about a rule, a summary or plain-English rewording of rules, a pasted rule beside a request to check
  grammar. Labelled [] (30), or only the user's own separate instruction (5: "in 2 paragraphs", "a one-sentence
  text", "as one paragraph", "3 sentences max", "Keep the reply under 120 words").
- (3) instruction-free requests (42, in B, labelled []) that still hold numbers, quoted words, format words or rule
  talk: 'bullet point', JSON, P.S., numbered lists in Google Docs, all caps, haiku, limerick, stanza, markdown bold,
  '###', "fewer than 10 items", TL;DR, 'Unexpected token' with a JSON snippet, title case, 'Dear Sir or Madam',
  '15% of 240', the Common App word limit, "in 500 words or less" on an application.
Every kind in `checkers.py` is used at least twice as first written (words_max 19, language 8 in es, fr, de, it,
pt, ja; hashtags, title, quotation, two_responses with '******', '~~~~' and '***', ...).

Argument conventions as in the earlier reviews: "under N" / "fewer than N" / "shorter than N" / "less then N" is a
max of N-1; "no more than" / "max" / "maximum" / "N or less" / "don't exceed" / "can't go past" / "N sentences tops"
/ "only has room for N sentences" a max of N; "at least" / "N+" / "N or more" / "no shorter than" a min of N;
"between A and B" / "A-B" both bounds; "exactly N" / "in N sentences" / "N sentences" / "a one-paragraph ..." /
"Two paragraphs" / "a 3-paragraph description" / "a single paragraph" exact. A count of bullets asked exactly
("exactly 5 bullet points", "a dozen bullet points", "exactly 3 bullet points, no more no less") is bullet_list; a
numbered list of N ("give me 6, numbered", "4 meals" as a numbered list) is numbered_list; "at least N hashtags" /
"N or more hashtags" is hashtags N; "bold at least 2 key terms" is highlight. Keywords are lower-cased as typed,
several in one instruction one entry in typed order ('handmade', 'small batch'); a keyword given by reference is
the word it names ("the week's word ... this week's word is 'because'"; "start with the app's name. It's called
Tallyho"). A letter is lower-cased. Placeholders named one by one count one each. A separator is the symbol run as
typed. A section marker is the word as typed ('Day', 'Section', 'Step'). A request to repeat is its text as typed
after "My question:" / "Request:" / "Question:", in a list of one. Start and end phrases are the quoted text as typed
('Honestly,', 'Thanks, Priya', '###'); a postscript marker is 'P.S.'; constrained-choice options as typed. A
language is its ISO 639-1 code; English is not labelled. Unverifiable asks (tone, "a 1-minute answer", "no longer
than 3 minutes", "about 300 words") are not labelled.

First read, no label changed after it (2026-12-04 22:55 UTC; both checkouts clean, imported from /tmp):
`cd /tmp && PYTHONPATH=/work/wt59 /work/main/.venv/bin/aligned-train eval-instructions --cases
/work/main/tests/reward_models/review_fiftynine.py` (/work/wt59 at 9209774):
"126 prompts: recall 0.855, precision 0.956, exact arguments 1.000 (read 130, missed 22, extra 6), instruction-free
read clean 67 of 72" (recall 130/152, precision 130/136 on the 126 labelled probes; 67 of the 72 []-controls clean).
The same with PYTHONPATH=/work/blind (/work/blind at eabca5d): "126 prompts: recall 0.855, precision 0.942, exact
arguments 1.000 (read 130, missed 22, extra 8), instruction-free read clean 66 of 72". Strictly (the sorted list of
(kind, args) equal to the expected, computed with `reward_models.instructions.parse_instructions` from /tmp), /work/wt59
misreads 30 probes (24 labelled, 6 controls) and /work/blind 33 (those 30 and three more: the old job's "bullet
points, max 5" read as bullets_max 5, the old forum's "start with '[Question]'" read as start_phrase, and "entries
must be under 1,000 words ... Which one do they usually go by?" read as words_max 999).

The 30 misreads of /work/wt59 are moved to UNREAD with their expected labels, so A (97: 69 everyday, 28 others'
rules for the answer) and B (71: 30 others' rules not for the answer, 4 of them with the user's own label; 41
instruction-free) hold only probes it reads exactly right (placeholders and repeat_request are then left in
UNREAD only, constrained_choice once in A). Its misses, by failure pattern:
- someone else's rule for the very text asked, said as the rule-holder's requirement with no imperative to the
  assistant (11, nothing read): "The newspaper's house style bans commas in headlines. Give me a headline ..."
  (no_commas); "My mom hates the word 'literally' ... write her birthday card message and leave that word out"
  (keyword_avoid); "Company style guide: all press releases end with ### on its own line" (end_phrase); "My
  nutrition coach wants my food log as a numbered list, one line per meal, 4 meals" (numbered_list); "The quiz app
  only accepts A, B, C or D as an answer" (constrained_choice); "asks that all letters to her be in French" and "the
  retro notes need to be in Japanese for the Tokyo office" (language); "The legal team won't approve taglines with
  digits in them" (no_digits); "requires every submitted answer to be inside a code block" (code_block); "use the
  week's word at least 3 times. this week's word is 'because'" (keyword_frequency, the word named later); "the first
  paragraph of the description to start with the app's name. It's called Tallyho" (paragraph_first_word, the count
  read).
- a bound said in an unusual way (5): "The grant portal cuts anything over 250 words so the project summary cant go
  past that" read as words_min 251 (inverted); "The volunteer form only has room for three sentences" read as
  sentences_exact 3; "using the word 'waiter' at least 2 times, in 4 sentences" read as sentences_min 4 (the "at
  least" carried over); "give me 6, numbered" unread; "max 40 words, 3 or more hashtags" (hashtags unread).
- repeating a request (3): "My question: ..." and "Question: ..." read with two readings (the instruction sentence
  joined to the question as well as the question alone); "repeat this back to me word for word and then give me
  your answer. Request: ..." unread.
- placeholders named one by one (2): "placeholders for the company name, the hiring manager's name and the job
  title" and "placeholders for at least the candidate name, salary and start date" read as 1, not 3.
- one each: "in spanish obviously, 3 sentences max" (the language unread); a long rambling message ending "also please
  write your whole reply in lowercase, capital letters feel like yelling to me rn" (unread); "guitar or piano? reply
  with just one of the two words" (the options named by reference, unread).
- controls (6), a rule that is not the answer's read as the answer's: a summary for an intern of "all client emails
  under 150 words ... sign off with 'Best regards'" (words_max 149, end_phrase); "a joke about a teacher who demands
  essays of exactly 500 words" (words 500 to 500); a family rule that cards "end with 'Love always'" when the ask is
  a line for the middle of the card (end_phrase); "Last year the science fair required abstracts of exactly 150
  words. This year there's no limit." (words 150 to 150); reviewers' "at least 500 words" beside the author's own
  "Keep the reply under 120 words" (words_min 500 added); "Why does this throw 'Unexpected token' in JSON.parse"
  (json_output).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) everyday requests with the user's own constraints
    ("ok so my landlord FINALLY agreed to fix the heater but only if i email him a formal request first. can u draft it? keep it under 120 words and dont use the word 'urgent', he gets weird about that", [('words_max', {'n': 119}), ('keyword_avoid', {'words': ['urgent']})]),
    ("packing list for 4 days of camping in the rain with 2 kids (6 and 9). bullet points, no more than 15", [('bullets_max', {'n': 15})]),
    ("explain compound interest like im 12. exactly four sentences pls", [('sentences_exact', {'n': 4})]),
    ("Hello, I am from Brazil and my english is not so good. Can you write for me a message to my neighbour for say thank you because she watered my plants when I was traveling? Maximum 60 words please.", [('words_max', {'n': 60})]),
    ("can you explain how vaccines teach the immune system what to attack? 3 paragraphs, blank line between them, im pasting it into our school newsletter", [('paragraphs_exact', {'n': 3})]),
    ("can you write a short bio for my etsy shop? i make ceramic mugs, based in vermont, been at it 5 yrs. it needs to mention 'handmade' and 'small batch', and end it with 'Thanks for stopping by!'", [('keyword_include', {'words': ['handmade', 'small batch']}), ('end_phrase', {'phrase': 'Thanks for stopping by!'})]),
    ("write a caption for my dog's bday pic on insta 🐶 he's turning 7!! at least 4 hashtags", [('hashtags', {'n': 4})]),
    ("I need the five largest cities in Canada with rough populations. Respond in JSON only, keys 'city' and 'population', no extra text.", [('json_output', {})]),
    ("my grandpa's eyesight is bad and he reads best when everything is in capital letters. can you write him a short note saying we'll pick him up sunday at 10 for church? write it all in caps", [('uppercase', {})]),
    ("Recommend me one novel for a 12 hour flight. Put the book title in double angle brackets, like <<Title>>, then one line on why.", [('title', {})]),
    ("tell me one weird fact about octopuses and then add a P.S. with another one", [('postscript', {'marker': 'P.S.'})]),
    ("can you freeze cooked rice? just answer 'yes' or 'no', nothing else", [('constrained_choice', {'options': ['yes', 'no']})]),
    ("I need to cancel dinner with a friend tonight. Give me two different versions of the text, one casual and one more apologetic, and separate them with ******", [('two_responses', {'separator': '******'})]),
    ("write a python function that checks if a string is a palindrome, ignoring spaces and case. give me the whole answer as one code block, no explanation outside it", [('code_block', {})]),
    ("summarize the plot of Hamlet with zero commas. my friends and i have a silly game going", [('no_commas', {})]),
    ("list the planets in order with one fact each but spell out all numbers, no digits anywhere in your answer", [('no_digits', {})]),
    ("my little brother bet me i cant get an AI to describe a sunrise using the letter z at least 6 times. prove him wrong", [('letter_frequency', {'letter': 'z', 'n': 6})]),
    ("Write a pep talk for my Saturday running club before our first half marathon. Use the word 'pace' at least three times.", [('keyword_frequency', {'word': 'pace', 'n': 3})]),
    ("how does a heat pump actually work in winter? bold at least 2 key terms so i can skim it", [('highlight', {'n': 2})]),
    ("Write a short poem about my grandmother's kitchen and wrap the whole poem in double quotation marks.", [('quotation', {})]),
    ("write a sign for my 8yo's lemonade stand, use at least 3 words in ALL CAPS so it pops", [('capital_words', {'n': 3})]),
    ("Need a gentle note to my roommate about the dishes piling up. Don't use more than 1 word in all caps, I don't want to sound like I'm yelling.", [('capital_words_max', {'n': 1})]),
    ("Start your answer with 'Honestly,' — is pineapple on pizza actually bad or is it just a meme", [('start_phrase', {'phrase': 'Honestly,'})]),
    ("Tell me the history of the bicycle in a nutshell and end your reply with a question back to me.", [('end_with_question', {})]),
    ("product description for noise-cancelling headphones for my shopify, no shorter than 150 words", [('words_min', {'n': 150})]),
    ("I need a persuasive argument for my team switching to a 4-day work week, at least 5 sentences", [('sentences_min', {'n': 5})]),
    ("give me a beginner 3-day gym routine. write it in at least 4 paragraphs, not a table", [('paragraphs_min', {'n': 4})]),
    ("what's the deal with the new daylight saving proposal. 2 paragraphs max, i just want the gist", [('paragraphs_max', {'n': 2})]),
    ("brainstorm names for a podcast about gardening for renters, at least 8, as bullet points", [('bullets_min', {'n': 8})]),
    ("Summarize the pros and cons of electric cars for my dad in exactly 5 bullet points.", [('bullet_list', {'n': 5})]),
    ("Write a short blog intro about learning to swim at 40. Two paragraphs, and the second one must begin with the word 'However'.", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 2, 'word': 'However'})]),
    ("Plan a 3 day trip to Kyoto for me, organized in sections labeled Day 1, Day 2 and Day 3", [('sections', {'n': 3, 'marker': 'Day'})]),
    ("can you explain how the german health insurance system works? answer in german please, i'm practicing", [('language', {'code': 'de'})]),
    ("what should i name my new goldfish, answer in french, no more than 20 words", [('language', {'code': 'fr'}), ('words_max', {'n': 20})]),
    ("ok weird request but can u explain the offside rule in soccer in two sentences tops", [('sentences_max', {'n': 2})]),
    ("i need to text my ex to get my hoodie back without it being awkward. shorter than 30 words", [('words_max', {'n': 29})]),
    ("Can you describe what a good morning routine looks like for someone with ADHD? 100 words or less please, I will not read a wall of text lol", [('words_max', {'n': 100})]),
    ("Write a LinkedIn post about getting my PMP certification. 250+ words, and mention 'grateful' and 'mentors'", [('words_min', {'n': 250}), ('keyword_include', {'words': ['grateful', 'mentors']})]),
    ("give me a summary of the french revolution somewhere between 150 and 200 words", [('words_min', {'n': 150}), ('words_max', {'n': 200})]),
    ("Help me write an apology message to my sister for missing her recital. dont exceed 80 words and please dont use the word 'busy'", [('words_max', {'n': 80}), ('keyword_avoid', {'words': ['busy']})]),
    ("my teenager thinks the moon landing was fake. give me a one-paragraph explanation i can show him", [('paragraphs_exact', {'n': 1})]),
    ("So I'm hosting Thanksgiving for the first time, 14 people, my in-laws are coming and my mother-in-law is vegetarian, my nephew has a nut allergy, and I only have one oven. Keep your answer to a numbered list of 7 steps. I'm thinking turkey but maybe a ham is easier? What timeline should I follow on the day?", [('numbered_list', {'n': 7})]),
    ("here's my situation: i got a parking ticket for $85 because the sign was covered by a tree branch. i have photos. the city lets you appeal online. help me write the appeal. oh and keep it under 200 words, and end it with 'Thank you for your consideration.'", [('words_max', {'n': 199}), ('end_phrase', {'phrase': 'Thank you for your consideration.'})]),
    ("can u wirte me a short storey about a dragon who is afraid of fire, less then 150 wrods", [('words_max', {'n': 149})]),
    ("pls give me 3 sentances about why sleep matters, my kid has a school poster to make", [('sentences_exact', {'n': 3})]),
    ("Please can you tell me how to say no to my boss politely when he gives me too much work? I want answer with not more than 5 sentences and please use word 'respectfully' in it.", [('sentences_max', {'n': 5}), ('keyword_include', {'words': ['respectfully']})]),
    ("write me a rap verse about doing laundry, all lowercase, and include the word 'spin' at least twice", [('lowercase', {}), ('keyword_frequency', {'word': 'spin', 'n': 2})]),
    ("What's a good way to remember the order of operations? Answer in Italian please.", [('language', {'code': 'it'})]),
    ("Give me a recipe for banana bread as JSON with keys ingredients and steps. Nothing but the JSON.", [('json_output', {})]),
    ("Write two different opening lines for my best man speech, separate them with ~~~~", [('two_responses', {'separator': '~~~~'})]),
    ("Draft a simple house-sitting guide for my neighbour, split into 4 parts with headers 'Section 1' through 'Section 4'", [('sections', {'n': 4, 'marker': 'Section'})]),
    ("I'm writing a letter to my future self to open in 10 years. Start it with 'Dear future me,' and end with a P.S.", [('start_phrase', {'phrase': 'Dear future me,'}), ('postscript', {'marker': 'P.S.'})]),
    ("write a short horoscope for a Scorpio, and make sure the letter 'x' shows up at least 3 times lol", [('letter_frequency', {'letter': 'x', 'n': 3})]),
    ("Please give me a short description of my startup (an app for splitting rent). Fewer than 3 words in all caps — my cofounder keeps putting AI and APP in caps everywhere and I hate it.", [('capital_words_max', {'n': 2})]),
    ("my coworker is retiring after 31 yrs, write a card message for her. Don't mention 'old' or 'age' at all, she's sensitive about it", [('keyword_avoid', {'words': ['old', 'age']})]),
    ("help me write a review for the pizza place downtown, 5 stars, and start it with 'Best crust in town.'", [('start_phrase', {'phrase': 'Best crust in town.'})]),
    ("Explain recursion. Wrap your whole reply in a markdown code block because I'm going to paste it into a notes app that renders weird", [('code_block', {})]),
    ("whats the fastest way to learn touch typing? reply in portuguese, my cousin will read it too", [('language', {'code': 'pt'})]),
    ("i wanna send my gym crew a hype msg for the 5am class. USE ALL CAPS", [('uppercase', {})]),
    ("Describe the perfect fall day in one paragraph without commas. It's for a writing challenge I set myself.", [('paragraphs_exact', {'n': 1}), ('no_commas', {})]),
    ("Can you write an email to my kid's soccer coach asking if practice is still on in the rain? Under 70 words, no digits (write times in words), and end with 'Thanks, Priya'", [('words_max', {'n': 69}), ('no_digits', {}), ('end_phrase', {'phrase': 'Thanks, Priya'})]),
    ("tell me 3 reasons to visit iceland in winter as a numbered list", [('numbered_list', {'n': 3})]),
    ("write a short motivational quote for my classroom door. the whole answer should be just the quote, in quotation marks", [('quotation', {})]),
    ("i have a presentation tmrw on renewable energy. give me talking points, 6-10 bullets", [('bullets_min', {'n': 6}), ('bullets_max', {'n': 10})]),
    ("How do I get red wine out of a white couch?? no more than three paragraphs, and the first must start with 'Blot'", [('paragraphs_max', {'n': 3}), ('paragraph_first_word', {'n': 1, 'word': 'Blot'})]),
    ("what's the difference between a latte and a flat white? keep it under a hundred words", [('words_max', {'n': 99})]),
    ("give me a dozen bullet points on what to check before buying a used car", [('bullet_list', {'n': 12})]),
    ("write my cousin a long letter catching her up on my year — new job, the move to Tucson, adopting a cat. at least three paragraphs, she loves long letters", [('paragraphs_min', {'n': 3})]),
    ("I need a description of my lost cat for the neighborhood facebook group: orange tabby, white paws, answers to Mango, last seen near Elm St. At least 4 sentences so people take it seriously", [('sentences_min', {'n': 4})]),
    # ---- (2a) someone else's rules for the very text asked for
    ("My professor said the reflection has to be between 300 and 400 words. Can you write one about our class trip to the natural history museum? We saw the dinosaur hall and a meteorite exhibit.", [('words_min', {'n': 300}), ('words_max', {'n': 400})]),
    ("Our HOA newsletter editor only takes submissions under 150 words. Write a blurb announcing the pool reopens June 1st with new hours 8am–8pm.", [('words_max', {'n': 149})]),
    ("my boss wants every weekly update as exactly 3 bullet points, no more no less. this week: finished migrating the API, started on the billing bug, out friday for a dentist appt. can u write it", [('bullet_list', {'n': 3})]),
    ("The scholarship application says: 'Describe a challenge you overcame (max 200 words).' Can you draft my answer? I moved countries at 14 and had to learn English in a year.", [('words_max', {'n': 200})]),
    ("Client wants all the tagline options in lowercase (brand thing). Give me 5 for their oat milk, numbered.", [('lowercase', {}), ('numbered_list', {'n': 5})]),
    ("My manager says every LinkedIn post from the team has to include at least 3 hashtags. Write one about our company volunteering at the food bank last weekend.", [('hashtags', {'n': 3})]),
    ("Our team's Slack bot only parses JSON, so my standup has to be valid JSON. Yesterday: fixed login bug. Today: code review. Blockers: none. Format it for me.", [('json_output', {})]),
    ("My Spanish teacher wants the weekend journal entry entirely in Spanish and at least 100 words. I went hiking with my cousins and ate tacos after. Can you write it?", [('language', {'code': 'es'}), ('words_min', {'n': 100})]),
    ("the short story contest rules: under 300 words, and it must contain the words 'lantern', 'bridge' and 'thunder'. write me an entry?", [('words_max', {'n': 299}), ('keyword_include', {'words': ['lantern', 'bridge', 'thunder']})]),
    ("The podcast asks guests for an intro that's exactly two sentences. Write mine: marine biologist, studies octopus behavior, grew up in Maine.", [('sentences_exact', {'n': 2})]),
    ("Our internal wiki requires how-to pages to use headers 'Step 1', 'Step 2' and so on. Write the page for resetting the office router — 4 steps.", [('sections', {'n': 4, 'marker': 'Step'})]),
    ("Journal guidelines for the abstract: a single paragraph, no more than 250 words. Here's my study: we surveyed 1,200 nurses about night-shift fatigue and found that shifts over 10 hours doubled self-reported errors.", [('paragraphs_exact', {'n': 1}), ('words_max', {'n': 250})]),
    ("my friend group has a running joke that every message in the chat has to end with 'over and out'. write my message inviting them to game night friday", [('end_phrase', {'phrase': 'over and out'})]),
    ("The client asked that the proposal begin with 'Dear Ms. Alvarez,' — can you write a short proposal for redesigning their bakery website?", [('start_phrase', {'phrase': 'Dear Ms. Alvarez,'})]),
    ("The online submission system needs the title in double angle brackets, like <<My Title>>. Topic: autumn leaves on a city street. Write the poem with its title.", [('title', {})]),
    ("My editor wants at least 3 key stats bolded with markdown in the piece. Write a short article on the rise of e-bike sales.", [('highlight', {'n': 3})]),
    ("our D&D group has a tradition where the recap is written in ALL CAPS like a town crier. write the recap: party lost the map, fought goblins, found a talking goat", [('uppercase', {})]),
    ("Our support team's rule for replies: start with 'Hi there,' and no more than 4 sentences. Customer is asking where their refund is (it was processed 3 days ago).", [('start_phrase', {'phrase': 'Hi there,'}), ('sentences_max', {'n': 4})]),
    ("The recruiter told me my professional summary should be 3 paragraphs max. Write it: 8 years in logistics, lean six sigma, managed teams of 20.", [('paragraphs_max', {'n': 3})]),
    ("Grandma insists a proper letter always has a P.S. Write her a thank-you letter for the hand-knitted sweater.", [('postscript', {'marker': 'P.S.'})]),
    ("Toastmasters word of the day is 'serendipity' and you lose points if you don't use it at least twice. Give me a 1-minute table topics answer to 'what's the best advice you've received?'", [('keyword_frequency', {'word': 'serendipity', 'n': 2})]),
    ("The event sign-up asks for a bio with no more than 2 words in all caps (their system flags shouting). Write mine: I'm a DJ on weekends and a NASA engineer by day.", [('capital_words_max', {'n': 2})]),
    ("My workshop leader wants two contrasting drafts of the opening paragraph, separated by a line of ***. The novel is about a lighthouse keeper's daughter.", [('two_responses', {'separator': '***'})]),
    ("The style sheet for the anthology says all poems must be submitted in lowercase. Write me a poem about the subway at midnight.", [('lowercase', {})]),
    ("Our brand voice guide says product blurbs need at least 2 words in ALL CAPS. Write a blurb for our new cold brew.", [('capital_words', {'n': 2})]),
    ("my sister says if I'm writing her wedding toast it has to end with a question for the guests. she's marrying her college sweetheart, Dev. can you write it?", [('end_with_question', {})]),
    ("the writing prompt from class says 'Write a story that uses the letter q at least 4 times.' can you write one so i can see how it's done", [('letter_frequency', {'letter': 'q', 'n': 4})]),
    ("Our newsletter template has the editor's note start with 'From the desk:' — write this month's note about the library's new study rooms.", [('start_phrase', {'phrase': 'From the desk:'})]),
    ("The grant portal cuts anything over 250 words so the project summary cant go past that. Project: free coding workshops for seniors at the public library.", [('words_max', {'n': 250})]),
    ("tweet for my bakery's grand opening this saturday, max 40 words, 3 or more hashtags", [('words_max', {'n': 40}), ('hashtags', {'n': 3})]),
    ("mi abuela only reads spanish. can u write her a happy birthday msg from me and my sister? in spanish obviously, 3 sentences max", [('language', {'code': 'es'}), ('sentences_max', {'n': 3})]),
    ("honestly just tell me which one is better for a beginner: guitar or piano? reply with just one of the two words", [('constrained_choice', {'options': ['guitar', 'piano']})]),
    ("cheap date ideas for winter?? give me 6, numbered", [('numbered_list', {'n': 6})]),
    ("Explain what an API is to my grandma using the word 'waiter' at least 2 times, in 4 sentences", [('keyword_frequency', {'word': 'waiter', 'n': 2}), ('sentences_exact', {'n': 4})]),
    ("Our team lead said the retro notes need to be in Japanese for the Tokyo office. Write the notes: deploys went well, QA was a bottleneck, we need more test coverage.", [('language', {'code': 'ja'})]),
    ("My mom hates the word 'literally' with a passion and she'll read this — write her birthday card message and leave that word out.", [('keyword_avoid', {'words': ['literally']})]),
    ("First repeat my question exactly as I wrote it, then answer. My question: Why do cats knead blankets before lying down?", [('repeat_request', {'request': ['Why do cats knead blankets before lying down?']})]),
    ("Our teacher makes us copy the question word for word before answering it. Question: What were the main causes of the Dust Bowl?", [('repeat_request', {'request': ['What were the main causes of the Dust Bowl?']})]),
    ("Write a cover email I can reuse for job applications. Use square-bracket placeholders for the company name, the hiring manager's name and the job title so I can fill them in later.", [('placeholders', {'n': 3})]),
    ("The newspaper's house style bans commas in headlines. Give me a headline for a story about the city adding 40 miles of bike lanes.", [('no_commas', {})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (2b) someone else's rules that do not govern the answer (labelled [] or the user's own separate instruction)
    ("My professor said the reflection has to be under 500 words. Does the title count toward that, or just the body?", []),
    ("can you help me write an email to my manager asking if the 2-page limit on the proposal could be stretched to 3? we have a lot of data to show", []),
    ("At my old job every report had to be bullet points, max 5. My new manager prefers narrative. Write this week's update on the vendor onboarding in 2 paragraphs.", [('paragraphs_exact', {'n': 2})]),
    ("My friend's book club has a rule that reviews have to be under 100 words and she thinks it's too strict. Is it?", []),
    ("Write a short story about a kid whose school bans the word 'awesome'.", []),
    ("My sister's wedding planner said the toast should be no more than 3 minutes. About how many words is that when spoken?", []),
    ("The contest says entries must be under 1,000 words. Mine is 998 in Google Docs but 1,004 in Word. Which one do they usually go by?", []),
    ("Help me write a message to my team announcing the new rule: standup notes in bullet points, max 3 bullets each. Keep it friendly.", []),
    ("My boss wants all client emails under 150 words, whatever. Right now I just need a one-sentence text to my wife saying I'll be home late.", [('sentences_exact', {'n': 1})]),
    ("My manager's rule is no more than 6 bullet points per slide. Can you write the speaker notes for my Q3 churn slide as one paragraph? churn went from 4% to 6%, mostly in the small business tier.", [('paragraphs_exact', {'n': 1})]),
    ("Our fantasy football league rules: start exactly 9 players, trades need 2 approvals, max 3 waiver claims a week. Is a waiver cap common in other leagues?", []),
    ("My English teacher last year said every essay must start with a question as a hook. My new teacher says that's a cliché. Who's right?", []),
    ("The assignment sheet says 'no more than 250 words, excluding references'. Do in-text citations count toward the 250?", []),
    ("Write a scene where a drill sergeant makes recruits answer only 'Sir, yes sir' and one recruit keeps saying something else.", []),
    ("my friend has a rule that she never uses capital letters when texting. is it rude if i text her back with normal capitalization?", []),
    ("At my previous job the newsletter rule was 'always end with a question to drive engagement'. Does that actually work for B2B newsletters?", []),
    ("My roommate insists the shared grocery list be numbered, which is annoying but fine. Unrelated: what exactly is a roux and how do I stop it from burning?", []),
    ("My coworker sends every email in ALL CAPS and people think he's angry. How can I bring it up without embarrassing him?", []),
    ("On the old forum every post had to start with '[Question]'. The new one doesn't care. Help me write a post for the new forum about my sourdough going flat, 3 sentences max.", [('sentences_max', {'n': 3})]),
    ("My lease says notice must be given 'in writing, no less than 30 days before move-out'. Does an email count as in writing?", []),
    ("My Japanese teacher told us to write our diaries only in hiragana. What's the actual difference between hiragana and katakana?", []),
    ("My nephew's homework says 'Write 5 sentences using the word because.' He's stuck. How do I explain to an 8 year old what 'because' does in a sentence?", []),
    ("My friend's improv troupe has this rule where every line has to start with 'Yes, and'. Where did that rule come from?", []),
    ("The bank form says 'write the amount in words, no digits'. How would I write $1,250.75 on a check?", []),
    ("My teacher's instructions say: 'Write a paragraph in French of at least 80 words.' I already wrote it, can you check my grammar? 'Hier, je suis allé au marché avec ma mère et nous avons acheté des pommes et du fromage.'", []),
    ("Write a funny short story about the Thanksgiving my uncle broke grandpa's rule that everyone says exactly one thing they're grateful for.", []),
    ("My boss's rule for slide decks is max 10 slides, font no smaller than 24. I'm not making slides though — just give me a catchy name for the project, it's about cutting warehouse waste.", []),
    ("The kids' summer camp told parents that every item on the packing list must be labeled and numbered. Is it normal for camps to be this strict?", []),
    ("My daughter's teacher requires book reports to be 3 paragraphs with a topic sentence each. Can you explain what a topic sentence is so I can help her?", []),
    ("Translate into plain English for me: 'Submissions shall not exceed 2,500 words inclusive of footnotes and shall be formatted in accordance with Schedule B.'", []),
    # ---- (3) instruction-free requests with numbers, quoted words, format words or rule talk
    ("where does the term 'bullet point' come from? why bullet?", []),
    ("how many words is the average novel? asking bc i'm at 40k and wondering if i'm close", []),
    ("Why is it called JSON and not just JavaScript Objects?", []),
    ("is 'alot' a real word or just a mistake everyone makes", []),
    ("What does P.S. actually stand for and is it still used?", []),
    ("convert 350 F to C for my oven please", []),
    ("How do I make a numbered list in Google Docs restart at 1 after a heading?", []),
    ("Realistically, can someone learn 500 Spanish words in a month?", []),
    ("why does typing in all caps read as shouting online? when did that start", []),
    ("what's a good 3-day itinerary for lisbon in march", []),
    ("write a haiku about rain on a tin roof", []),
    ("Write a limerick about my cat, Mr. Biscuits, who steals socks.", []),
    ("what's the difference between a paragraph and a stanza?", []),
    ("How do I bold text in markdown and in Slack? Is it the same?", []),
    ("What does '###' mean at the bottom of a press release?", []),
    ("How many sentences should a paragraph be in a college essay?", []),
    ("my code prints 'Hello' twice and I only want it once:\nfor i in range(2):\n    print('Hello')\nwhat am I doing wrong?", []),
    ("explain the 80/20 rule with an everyday example", []),
    ("why do hashtags use the # sign? who started that", []),
    ("is it 'fewer than 10 items' or 'less than 10 items' on the express lane sign?", []),
    ("Why do people write 'TL;DR' at the end of reddit posts?", []),
    ("Should my resume be 1 page or 2? I have 12 years of experience.", []),
    ("what is title case vs sentence case?", []),
    ("When did 'Dear Sir or Madam' stop being the default way to open a letter?", []),
    ("I ended my email with 'Looking forward to hearing from you!' — too eager?", []),
    ("What's 15% of 240? I'm splitting a tip.", []),
    ("Can you explain the 'five whys' technique from Toyota?", []),
    ("What's the longest word in English that people actually use?", []),
    ("Give me a recipe for two dozen chocolate chip cookies, chewy not crunchy.", []),
    ("How do you write 'thank you very much' in Japanese, and is it polite enough for a boss?", []),
    ("What's the Common App essay word limit these days?", []),
    ("Is a 4-paragraph cover letter too long?", []),
    ("what does 'lowercase' mean on a password rule, like 'must contain one lowercase letter'?", []),
    ("Why do Germans capitalize all nouns?", []),
    ("what's the deal with the semicolon; do people still use it?", []),
    ("my 7 yo asked why 'Q' is almost always followed by 'U'. what do i tell her", []),
    ("What are the 3 branches of the US government and what does each one do?", []),
    ("Can you recommend 5 podcasts about history?", []),
    ("I'm writing a mystery novel where the killer always leaves a note ending in a question mark. Is that too cheesy?", []),
    ("What does 'in 500 words or less' mean on a job application — is it strict?", []),
    ("what's the difference between a code block and inline code in markdown", []),
    ("Summarize these rules for our new intern: all client emails under 150 words, always cc the account lead, no emojis, sign off with 'Best regards'.", []),
    ("Last year the science fair required abstracts of exactly 150 words. This year there's no limit. Can you write my abstract for the plant growth under LED lights project? Radishes grew 20% faster under blue light.", []),
    ("tell me a joke about a teacher who demands essays of exactly 500 words", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- moved from A: labelled requests the reader misreads
    ("ok so i've been going back and forth on this for literally weeks and my partner is sick of hearing about it. job offer in denver: 18k more, great team, but i know nobody there and rent is insane. staying in columbus: my friends, my climbing gym, my mom is 20 min away, but i'm kind of plateauing at work. what would you weigh here? be honest. also please write your whole reply in lowercase, capital letters feel like yelling to me rn", [('lowercase', {})]),
    ("repeat this back to me word for word and then give me your answer. Request: What are three easy houseplants for a dark apartment?", [('repeat_request', {'request': ['What are three easy houseplants for a dark apartment?']})]),
    ("Company style guide: all press releases end with ### on its own line. Draft one announcing our new Austin office.", [('end_phrase', {'phrase': '###'})]),
    ("My nutrition coach wants my food log as a numbered list, one line per meal, 4 meals. Make me a sample high-protein day.", [('numbered_list', {'n': 4})]),
    ("The volunteer form only has room for three sentences under 'Why do you want to join?'. Write mine for the community garden.", [('sentences_max', {'n': 3})]),
    ("HR wants offer letter templates with square-bracket placeholders for at least the candidate name, salary and start date. Can you write one?", [('placeholders', {'n': 3})]),
    ("The quiz app only accepts A, B, C or D as an answer. Which planet has the most known moons? A) Jupiter B) Saturn C) Uranus D) Neptune", [('constrained_choice', {'options': ['A', 'B', 'C', 'D']})]),
    ("My exchange partner's teacher asks that all letters to her be in French. Write a short letter to Camille about my hometown, Pittsburgh.", [('language', {'code': 'fr'})]),
    ("my son's teacher wants each spelling practice paragraph to use the week's word at least 3 times. this week's word is 'because'. can you write one for a 2nd grader?", [('keyword_frequency', {'word': 'because', 'n': 3})]),
    ("The legal team won't approve taglines with digits in them. Give me a tagline for our 24-hour gym.", [('no_digits', {})]),
    ("The app store wants the first paragraph of the description to start with the app's name. It's called Tallyho and it tracks habits. Write a 3-paragraph description.", [('paragraph_first_word', {'n': 1, 'word': 'Tallyho'}), ('paragraphs_exact', {'n': 3})]),
    ("The coding bootcamp requires every submitted answer to be inside a code block. Show me how to reverse a list in JavaScript.", [('code_block', {})]),
    # ---- moved from B: controls the reader misreads
    ("In our family every birthday card has to end with 'Love always' (my dad's rule). What's a funny thing to write in the middle of my brother's 30th card?", []),
    ("Why does this throw 'Unexpected token' in JSON.parse: {name: 'Bob', age: 30}", []),
    ("Our journal tells reviewers to write reports of at least 500 words. I'm the author, not a reviewer — can you help me reply to Reviewer 2's comment that my sample size is too small? Keep the reply under 120 words.", [('words_max', {'n': 119})]),
]
