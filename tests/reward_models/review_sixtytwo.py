# ruff: noqa: E501  (test data: one probe per line, as written)
"""A sixty-second review (a helper session): "what people actually type into a chat assistant for real tasks, with one
to three verifiable constraints in their own words" (the issue's hidden set: real-world instruction-following prompts
written by people, 120 prompts, 256 tokens), written blind to the reader's rules. Only the output conventions were
learned beforehand: the kinds and their arguments in `reward_models/checkers.py`, how `training/eval_instructions.py`
compares arguments, and the module docstring and first entries of list A of `review_sixtyone.py` (the file format and
the argument conventions; the brief allowed 5 entries, and one listing showed its first 21 by mistake: none of them
was copied or imitated). The reader's source (`reward_models/instructions.py`), its tests, the other review files,
docs/ and the history were not opened, and the repository was not searched for phrasings. No request is taken from
another test file or from a public benchmark (IFEval, IFBench, FollowBench, InFoBench, ...), and none imitates their
wording.

On the first read there were 212 labelled requests (323 labels: 119 with one, 77 with two, 14 with three, 2
with four; a "between A and B" counts as two) and 46 controls. The requests are what someone would type for a real
task: 88 short and casual, phone-typed (lowercase, typos, "pls", "w/o", "w", "u", "approx", "max", "tops", "3+",
"rn", "lol"), about 83 medium, and 41 long with context (the person's situation and numbers, a pasted email, review,
draft, error message, rubric, function or outline in quotes or after a colon, whose own numbers and quoted words are
not constraints on the answer). Constraints sit before, inside or after the task, in parentheses, after dashes, as
"Requirements:" lines, a numbered "1) 2) 3)" list, a dashed list, or a follow-up ("oh and it has to be ..."), with
varied bounds ("under", "below", "less than", "fewer than", "no more than", "at most", "no longer than", "max", "N
max", "N or fewer", "N or less", "tops", "at least", "minimum", "min", "no fewer than", "N+", "more than", "exactly",
"in N sentences", "between A and B", "A-B"). Fourteen groups: work emails, messages and meetings (25); school and
studying (21); parenting and family (18); health and fitness (13); travel (11); coding help (17); cooking and food
(12); money and finance (13); dating and relationships (10); customer support (12); creative writing (21); social
media (12); small business (11); quick everyday asks (16).
Kinds (labels): words_max 43, words_min 24, keyword_avoid 22, sentences_max 21, keyword_frequency 20,
keyword_include 18, sentences_exact 14, sentences_min 14, two_responses 11 ('***' 2, '---' 2, '******' 2, '~~~~',
'=====', '###', '===', '+++'), postscript 10 ('P.S.' 6, 'PS' 4), end_phrase 9, no_commas 9, numbered_list 8,
placeholders 7, start_phrase 7, bullets_min 6, end_with_question 6, language 6 (es 2, de 2, fr, it), lowercase 5,
bullet_list 4, bullets_max 4, constrained_choice 4, hashtags 4, json_output 4, no_digits 4, paragraph_first_word 4,
paragraphs_exact 4, sections 4 ('Day' 2, 'Week', 'Part'), capital_words 3, highlight 3, paragraphs_max 3, quotation
3, uppercase 3, and 2 each of capital_words_max, code_block, letter_frequency, paragraphs_min, repeat_request, title:
every kind in `checkers.py`. Vague bounds ("approx 100 words", "about 2000 calories", "short", "no big words", "no
cringe", "3 tweet ideas", "5 lunch ideas") are not labelled.
B: 46 controls that ask nothing checkable of the answer though they carry format words, numbers and quoted words:
questions about an application essay's length, what P.S. stands for, starting a sentence with 'because', bullet
versus numbered resume lists, parsing JSON, a teenager's lowercase texts, whether a header counts toward "must not
exceed one page", hashtags on LinkedIn, a boss's ALL CAPS emails, the Oxford comma, how many sentences a paragraph
has, "k.", tweet character limits, saying 'where is the bathroom' in Portuguese, a code snippet printing 1 to 10, an
essay that "has to be at least 1500 words", bold versus italic in markdown, 'P.P.S.', a child's assignment "Write 5
sentences ... using at least 3 adjectives", the 5-7-5 of a haiku, 'Best' versus 'Best regards', placeholders in a
mail merge, recipe posts "under 300 words", a manager's "never exceed two pages", TL;DR, 'lol' versus 'LOL', an
average toast length (mine "about 900 words"), "Reply STOP", an HOA's "under 200 words, no all-caps" rule, Google
Docs' word count; "summarize this" over a pasted council notice and over "this 500-word article"; vague lengths
("a short poem", "roughly 150 words", "a brief overview"); and plain requests with no limit (a dragon story, a
thank-you note, a birthday message, a cover letter, a title for a blog post, first-date tips, podcasts). Expected
reads: none.

Argument conventions (the project's, as review_sixtyone.py states them): "under N" / "below N" / "less than N" /
"fewer than N" is a max of N-1; "no more than" / "at most" / "no longer than" / "max" / "N or fewer" / "N or less" /
"tops" a max of N; "at least" / "minimum" / "min" / "no fewer than" / "N+" / "3+ times" a min of N, and "more than
N" a min of N+1; "between A and B" and "A-B" both bounds; "exactly N" / "in N sentences" / "N sentences" / "in one
sentence" / "1 sentence" exact. Bullets: "exactly 4 bullet points" / "in 5 bullet points" / "5 bullet pts" /
"list 5 ..., bullet points" bullet_list, "at least" bullets_min, "no more than" bullets_max; "a numbered list of 8
steps" / "numbered 1 to 4" / "5 ideas, numbered" numbered_list; "Day 1, Day 2 and so on" for 5 days / "Part 1, Part 2
and Part 3" sections with that n and the marker as typed; "in 3 paragraphs" / "4 stanzas separated by blank lines"
paragraphs_exact; a paragraph's first word as typed with its 1-based paragraph. Keywords lower-cased as typed, a
multi-word phrase one keyword, several in one instruction one entry in the order typed; "use X at least once" /
"mention 'X'" keyword_include, "X at least N times" / "N+ times" / "at least twice" keyword_frequency with that n.
Hashtags "5 hashtags" / "2 hashtags min" a min. A separator the symbol run as typed ("a line of 6 asterisks"
'******', "five equals signs (=====)" '====='); a postscript marker as typed ('P.S.', 'PS'); a title only when
<<double angle brackets>> are asked for; placeholders counted as asked ("at least 6") or named one by one
("[Order Number] and [Tracking Link]": 2); start and end phrases as quoted, punctuation inside the quotes;
constrained-choice options as typed; a repeat the text after "My question:" / "request:", in a list of one; a
language its ISO 639-1 code ("in French", "answer in spanish"); "don't use any digits" / "w/o digits" / "no digits at
all" no_digits; "all caps" uppercase; "at least 3 words in ALL CAPS" capital_words, "no more than 2 words in all
caps" / "max 1 word in all caps" capital_words_max. A constraint no kind expresses ("no emojis", "no hashtags",
"two-line", characters) is not labelled, and such phrasings were mostly kept out.

First read, no fixes, no label changed after it (2026-12-05 03:15 UTC; /work/wt62 at commit d2d62da, clean,
imported from /tmp): `cd /tmp && PYTHONPATH=/work/wt62 /work/main/.venv/bin/aligned-train eval-instructions --cases
/work/main/tests/reward_models/review_sixtytwo.py` printed:
212 prompts: recall 0.941 (304/323), precision 0.993 (304/306), exact arguments 1.000 (read 304, missed 19, extra 2),
instruction-free read clean 45 of 46.
By kind, the misses: keyword_include 3 (and 1 extra), hashtags 2, sections 2, and 1 each of bullet_list,
constrained_choice (and 1 extra), json_output, keyword_avoid, keyword_frequency, no_commas, numbered_list,
paragraph_first_word, paragraphs_exact, placeholders, postscript, sentences_min; every words_max (43), words_min
(24), sentences_max (21), sentences_exact (14), two_responses (11), end_phrase, start_phrase, language and
end_with_question label was read.
Strictly (the sorted list of (kind, args) equal to the expected, as a small script importing the reader with
PYTHONPATH=/work/wt62 from /tmp found, and `scripts/review_split.py` moved the same probes), 19 labelled probes (33
labels) and 1 control are misread; they are moved to UNREAD with their expected labels, so A (193 probes, 290 labels)
and B (45) hold only probes read exactly right. The misses, by
failure pattern:
- a phrase to include asked with "say" or "the phrase" (3): "2) say "no change to annual salary" word for word" in a
  numbered Requirements list (unread; the "between 150 and 250 words" and the P.S. read); "- include the phrase
  "restore your notes"" after dashes (unread; start_phrase and words_max read); "he has to say "you'll thank me" at
  least once" (unread; "Between 200 and 300 words" read).
- a keyword count or ban (2): "use the word 'still' at least 3x" read as keyword_include ['still'], the "3x" count
  lost; 'Don't use "always" or "never" anywhere' after pasted notes that hold "always" (unread; "no longer than 90
  words" read).
- "at least N hashtags" (2): "caption for my dog's bday pic w at least 3 hashtags" (nothing read); "Needs at least 4
  hashtags and the word "seconds" at least twice" (hashtags unread, the other two read), while "5 hashtags" and "2
  hashtags min" were read.
- sections shown by example headers (2): "a 4-week beginner running plan. Use a header for each week like Week 1,
  Week 2, and so on" and "3 day trip to lisbon itinerary, Day 1 Day 2 Day 3 headers pls" (both unread).
- a terse list count (2): "list 5 causes of the french revolution, bullet points" (bullet_list 5 unread);
  "stretching routine for lower back pain, numbered list, 6 stretches" (numbered_list 6 unread).
- JSON (2): "Give me raw JSON, no extra text." (unread); "Explain the options: parameter object, builder, kwargs.
  Format the whole answer as JSON" (json_output read, and the topics listed read as constrained_choice ['parameter
  object', 'builder', 'kwargs']).
- one each: paragraphs set by someone else's wish, "My teacher wants it in 3 paragraphs, and the first one has to
  start with the word "Before"" (paragraphs_exact 3 and paragraph_first_word 1 'Before' unread); no commas given as
  a reason, "Our SMS gateway breaks on commas so none at all" (unread; "no more than 2 sentences" read); "answer yes
  or no only" (constrained_choice unread); a sentence minimum after a quoted start phrase ending in a comma, 'starts
  with "Once, in a town with no clocks," and has at least 8 sentences' (sentences_min unread, start_phrase read); a
  placeholder as "just call it [Company]" (unread; "at least 6 sentences" read); "add a PS to bring snacks" (unread,
  while "add a PS about pizza friday" was read).
- a control read as an instruction (1): "is 'P.P.S.' a real thing or did people just make it up" (postscript
  'P.P.S.').
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # ---- (1) work emails, messages and meetings
    ('pls write a quick email to my boss saying im sick today, under 50 words', [('words_max', {'n': 49})]),
    ('email to a client pushing our call to thursday. no commas pls (their ticket system mangles them)', [('no_commas', {})]),
    ("Can you draft a reply to a recruiter who reached out on LinkedIn? I'm not interested right now but want to keep the door open. Keep it to 3 sentences max.", [('sentences_max', {'n': 3})]),
    ('My coworker sent me this: "Hey, can you cover my 3 shifts next week (Mon, Wed, Fri)? I\'ll owe you big time. Let me know by 5pm." I can only do Wednesday. Write me a reply that says that nicely. It has to be under 40 words and don\'t use the word "sorry" - I always over-apologize.', [('words_max', {'n': 39}), ('keyword_avoid', {'words': ['sorry']})]),
    ('Write a follow-up email to a vendor who still hasn\'t sent the invoice for our March order.\nRequirements:\n- put the PO number as a placeholder, [PO number]\n- at least 80 words\n- end with "Thanks in advance."', [('placeholders', {'n': 1}), ('words_min', {'n': 80}), ('end_phrase', {'phrase': 'Thanks in advance.'})]),
    ('need an out of office msg, back on the 14th. 2 sentences', [('sentences_exact', {'n': 2})]),
    ('Write an email announcing the new expense policy to the sales team. Use the word "receipt" at least 3 times, since that\'s the whole point of the policy.', [('keyword_frequency', {'word': 'receipt', 'n': 3})]),
    ('Give me two versions of a LinkedIn post announcing I got promoted to senior engineer - one humble, one excited. Put *** between them.', [('two_responses', {'separator': '***'})]),
    ("write a slack msg telling the team the deploy is delayed till tmrw. all lowercase, we're casual here", [('lowercase', {})]),
    ('Write a short thank-you email to the panel after my final-round interview. It needs to start with "Dear Ms. Patel," and end with a question about next steps.', [('start_phrase', {'phrase': 'Dear Ms. Patel,'}), ('end_with_question', {})]),
    ('Draft an email to the whole company reminding people about the fire drill on Tuesday at 10. Add a P.S. reminding them to bring their badges.', [('postscript', {'marker': 'P.S.'})]),
    ('Here\'s my meeting recap, way too long: "Thanks all for joining today\'s Q3 planning session. We covered the roadmap, the budget (still waiting on final numbers from finance, roughly $240k), hiring (2 open roles), and the offsite. Action items: Priya to send the deck, Marco to book the venue, me to follow up with finance." Rewrite it as exactly 4 bullet points.', [('bullet_list', {'n': 4})]),
    ("rewrite this to sound less passive aggressive: 'per my last email, the report was due friday.' max 25 words", [('words_max', {'n': 25})]),
    ('I need to decline a meeting invite from another department because it clashes with a client call. Write the decline note in no more than 2 sentences and without any commas.', [('sentences_max', {'n': 2}), ('no_commas', {})]),
    ('Write a welcome email for a new hire who starts Monday on our marketing team. Minimum 150 words, and include the words "laptop", "badge" and "buddy".', [('words_min', {'n': 150}), ('keyword_include', {'words': ['laptop', 'badge', 'buddy']})]),
    ("write a 'happy work anniversary' msg for a coworker, 3 sentences or less", [('sentences_max', {'n': 3})]),
    ('Write two subject lines with preview text for our Black Friday newsletter. Separate the two options with a line of dashes (---).', [('two_responses', {'separator': '---'})]),
    ('2 ways to say no to a coworker who keeps dumping his tickets on me, separate w ---', [('two_responses', {'separator': '---'})]),
    ('I\'m an engineering manager and I have to tell my team that our project (8 months of work) is being cancelled. Leadership\'s wording was, quote, "strategic reprioritization." Everyone is going to be upset. Write what I\'ll say at the start of the meeting. Don\'t say "strategic" or "reprioritization", and keep it between 5 and 8 sentences.', [('keyword_avoid', {'words': ['strategic', 'reprioritization']}), ('sentences_min', {'n': 5}), ('sentences_max', {'n': 8})]),
    ('I\'m presenting our quarterly results to the board on Thursday. Revenue was $4.2M (down 8% YoY) but margin improved from 31% to 36% because we cut two unprofitable product lines. The CEO told me "don\'t hide the revenue drop, but lead with the margin story." Write my opening remarks. At least 180 words, and the word "margin" must appear at least 3 times.', [('words_min', {'n': 180}), ('keyword_frequency', {'word': 'margin', 'n': 3})]),
    ('write a msg to my team thanking them for crunch week, add a PS about pizza friday', [('postscript', {'marker': 'PS'})]),
    ("Write an urgent safety notice for the warehouse about forklifts in aisle 4, but don't shout at people: no more than 2 words in all caps.", [('capital_words_max', {'n': 2})]),
    ("Write a bio for me for the conference program. I'm a data engineer at a logistics company. Third person, 60 words or less.", [('words_max', {'n': 60})]),
    # ---- (2) school and studying
    ('explain photosynthesis like im 10, under 100 words pls', [('words_max', {'n': 99})]),
    ('I have a history essay on the causes of WW1. Write me an intro of at least 120 words that includes the word "alliances".', [('words_min', {'n': 120}), ('keyword_include', {'words': ['alliances']})]),
    ('whats the difference between mitosis and meiosis, 4 sentences max', [('sentences_max', {'n': 4})]),
    ('My son (grade 7) has to write a persuasive piece on whether school should start later. His draft: "School should start later because kids are tired. I am tired. My friends are tired. Also the bus comes at 6:45 which is to early." Can you write a model version he can compare with? At least 6 sentences, and it has to use "therefore" at least twice.', [('sentences_min', {'n': 6}), ('keyword_frequency', {'word': 'therefore', 'n': 2})]),
    ('give me 10 SAT vocab words w definitions, numbered list', [('numbered_list', {'n': 10})]),
    ('Create a study schedule for my finals week. I have 5 days, label each one as Day 1, Day 2 and so on.', [('sections', {'n': 5, 'marker': 'Day'})]),
    ("define 'opportunity cost' in 1 sentence", [('sentences_exact', {'n': 1})]),
    ('Can you write a lab report conclusion for our pendulum experiment? We found the period didn\'t depend on the mass. 150 words minimum, and don\'t use "proves" - my teacher hates that word.', [('words_min', {'n': 150}), ('keyword_avoid', {'words': ['proves']})]),
    ('Give me 2 different thesis statements for an essay on social media and teen mental health. separate them with ~~~~', [('two_responses', {'separator': '~~~~'})]),
    ('I\'m a TA grading 60 lab reports this weekend. The rubric says "Discussion section: 200-300 words, must reference at least 2 sources". I keep typing the same feedback over and over. Write me a reusable feedback comment for students whose discussion was too short. Keep the comment below 70 words and use [Student Name] as a placeholder.', [('words_max', {'n': 69}), ('placeholders', {'n': 1})]),
    ('Explain how compound interest works for my economics homework. Write at least 4 paragraphs and highlight at least 2 key terms with markdown, like *principal*.', [('paragraphs_min', {'n': 4}), ('highlight', {'n': 2})]),
    ('explain inflation in 2 sentences pls', [('sentences_exact', {'n': 2})]),
    ("Describe the water cycle for my 5th grade class in at least 7 sentences, and use the word 'evaporation' at least twice.", [('sentences_min', {'n': 7}), ('keyword_frequency', {'word': 'evaporation', 'n': 2})]),
    ('Explain the trolley problem for my philosophy seminar. More than 5 sentences please.', [('sentences_min', {'n': 6})]),
    ('I\'m a first-gen college student applying for a scholarship. The prompt is: "Describe a challenge you\'ve overcome (max 500 words)." My story: I translated for my parents at doctors\' appointments from age 9, and it\'s why I want to study nursing. Write a draft essay between 400 and 500 words, and please don\'t use the words "journey" or "passion".', [('words_min', {'n': 400}), ('words_max', {'n': 500}), ('keyword_avoid', {'words': ['journey', 'passion']})]),
    ("I'm learning French. Write me something short about a weekend at the beach, in French, so I can practice reading. Less than 60 words.", [('language', {'code': 'fr'}), ('words_max', {'n': 59})]),
    ('explain the electoral college, max 2 paragraphs', [('paragraphs_max', {'n': 2})]),
    ('Repeat my question word for word before you answer it. My question: why does the moon look bigger near the horizon?', [('repeat_request', {'request': ['why does the moon look bigger near the horizon?']})]),
    # ---- (3) parenting and family
    ("bedtime story about a dinosaur who's scared of the dark, 300+ words", [('words_min', {'n': 300})]),
    ('My 6 year old asked why the sky is blue. Give me an answer I can read to her, 3 sentences, no big words.', [('sentences_exact', {'n': 3})]),
    ('My daughter is 14 and just told me she wants to quit swim team after 5 years. She says "it\'s not fun anymore" and "everyone else is better". I\'m not sure whether to push her. Can you give me some thoughts? Please don\'t use the words "should" or "must", I get enough of that from my mother-in-law, and keep it to at most 200 words.', [('keyword_avoid', {'words': ['should', 'must']}), ('words_max', {'n': 200})]),
    ('chore chart ideas for a 9yo and 12yo, no more than 6 bullets', [('bullets_max', {'n': 6})]),
    ("Write a note to put in my son's lunchbox for his first day of school. Make it all caps, he can only read uppercase letters so far.", [('uppercase', {})]),
    ("Write a short poem for my twins' 3rd birthday card. Use the word 'double' at least 2 times.", [('keyword_frequency', {'word': 'double', 'n': 2})]),
    ("need a msg to the other parents in the class whatsapp about the bake sale. end it with 'thanks everyone!'", [('end_phrase', {'phrase': 'thanks everyone!'})]),
    ('My toddler refuses to eat vegetables. Give me at least 7 ideas as a bulleted list.', [('bullets_min', {'n': 7})]),
    ('The teacher emailed: "Ethan has been disruptive during reading time this week and has been moved to a different seat. Please discuss with him at home." I want to reply - supportive of the teacher, but I also want to know what actually happened because Ethan says another kid was bothering him. Write my reply. Start with "Hi Mrs. Okafor," and make it 5 sentences at most.', [('start_phrase', {'phrase': 'Hi Mrs. Okafor,'}), ('sentences_max', {'n': 5})]),
    ('fun facts about octopuses for my 8 yo, in 5 bullet points', [('bullet_list', {'n': 5})]),
    ('My 16-year-old got her first job at a grocery store and her manager keeps scheduling her past 10pm on school nights. In our state minors can\'t work past 10 on school nights (I checked). She\'s too nervous to say anything. Help me write a message she can send her manager herself - it should sound like her, not like a lawyer. Exactly 4 sentences, and don\'t use the word "illegal".', [('sentences_exact', {'n': 4}), ('keyword_avoid', {'words': ['illegal']})]),
    ('My son is 4 and his preschool sent home a note: "Please practice writing name and counting to 20 at home." He only cares about trucks. Give me ideas for practicing counting with trucks - at least 5 bullet points, and work in the phrase "dump truck".', [('bullets_min', {'n': 5}), ('keyword_include', {'words': ['dump truck']})]),
    ("write a toast for my sisters wedding. oh and it has to be at least 250 words, she's long-winded lol", [('words_min', {'n': 250})]),
    ("speech for my dads retirement party, 400+ words, mention 'Ford' and 'fishing'", [('words_min', {'n': 400}), ('keyword_include', {'words': ['ford', 'fishing']})]),
    ('write an apology to my neighbor for the loud party last night, lowercase, 4 sentences', [('lowercase', {}), ('sentences_exact', {'n': 4})]),
    ("Write a children's story about a shy cloud. Use the letter 'w' at least 20 times, my kid is practicing that letter.", [('letter_frequency', {'letter': 'w', 'n': 20})]),
    ("write a short note to my kid's teacher, she's home sick today. start w 'Good morning Ms. Lee'", [('start_phrase', {'phrase': 'Good morning Ms. Lee'})]),
    ('Write a eulogy for my grandfather, who was a carpenter and did the crossword every morning. It should be at least 10 sentences long and mention "crossword".', [('sentences_min', {'n': 10}), ('keyword_include', {'words': ['crossword']})]),
    # ---- (4) health and fitness
    ('is it bad to drink coffee on an empty stomach? short answer, 2 sentences max', [('sentences_max', {'n': 2})]),
    ('symptoms of dehydration? answer in under 40 words', [('words_max', {'n': 39})]),
    ('My dad is 71 and just started on metformin. He says "the doctor said take it with food but I forget." Can you write a simple explanation I can print and stick on his fridge? Big picture only. Write it in Spanish (he\'s more comfortable in it), no more than 5 sentences.', [('language', {'code': 'es'}), ('sentences_max', {'n': 5})]),
    ("What's the difference between a cold and the flu? Answer in exactly 4 sentences and don't use the word 'virus'.", [('sentences_exact', {'n': 4}), ('keyword_avoid', {'words': ['virus']})]),
    ('Write me a meal plan for one day, about 2000 calories, high protein. Return it as JSON only, with keys for breakfast, lunch, dinner and snacks.', [('json_output', {})]),
    ('how do vaccines work? give me at least 5 sentences, im a nurse so dont dumb it down', [('sentences_min', {'n': 5})]),
    ('wat r some good stretches for tight hamstrings? 5 bullet pts', [('bullet_list', {'n': 5})]),
    ("I've been tracking my sleep for a month: average 5h40m on weeknights, 8h+ on weekends, usually in bed by 12:30, up at 6:15 for work. I drink 2 coffees, the last one around 3pm. I'm exhausted by Wednesday every week. What would you change first? Give me at least 6 sentences of advice and end with a question about my evening routine.", [('sentences_min', {'n': 6}), ('end_with_question', {})]),
    ('Just got my bloodwork back and the portal says "LDL 162 mg/dL (H), HDL 41, Triglycerides 210 (H), Total 243". My appointment isn\'t for another 3 weeks. What do these mean in plain English? Don\'t use any digits in your answer (numbers stress me out right now), and keep it to five sentences max.', [('no_digits', {}), ('sentences_max', {'n': 5})]),
    ('give me a workout for today, no equipment, numbered list of 8 exercises', [('numbered_list', {'n': 8})]),
    ("Write a blog post for my physio clinic about desk posture. At least 5 paragraphs, and use the word 'posture' at least 4 times.", [('paragraphs_min', {'n': 5}), ('keyword_frequency', {'word': 'posture', 'n': 4})]),
    # ---- (5) travel
    ('What should I pack for a week in Iceland in October? Bullet points, at least 10 of them.', [('bullets_min', {'n': 10})]),
    ('We\'re a family of 4 (kids 5 and 9) flying Chicago to Orlando on the 22nd, back on the 29th. Budget is around $3,500 not counting flights. We\'ve never done Disney. Give me a rough plan. Keep it under 300 words and mention "rest day" at least twice - my husband thinks we can do parks every single day and I need backup.', [('words_max', {'n': 299}), ('keyword_frequency', {'word': 'rest day', 'n': 2})]),
    ('Write an Airbnb review for the cabin we stayed at in the Smokies. Five stars. Must include the words "hot tub" and "spotless", max 80 words.', [('keyword_include', {'words': ['hot tub', 'spotless']}), ('words_max', {'n': 80})]),
    ('best time of year to visit japan? reply in one sentence', [('sentences_exact', {'n': 1})]),
    ('Give me two options for a fall weekend in Vermont, one budget and one splurge. Put ****** between them.', [('two_responses', {'separator': '******'})]),
    ('Write a complaint to the airline about my lost bag (flight UA 882, bag tag 016 432). Include a P.S. asking for the claim reference number.', [('postscript', {'marker': 'P.S.'})]),
    ('I\'m solo traveling to Japan for 10 days in April, first time in Asia. Booked Tokyo (4 nights), Kyoto (4 nights), Osaka (2 nights). A friend told me "get the JR pass, it pays for itself after 2 trips" but I read the price went up a lot. Should I get it? Give me two answers, a short one and a detailed one, separated by a line of five equals signs (=====).', [('two_responses', {'separator': '====='})]),
    ('Our flight out of Denver was cancelled last night (UA 1423, scheduled 6:05pm) and the airline rebooked us two days later. We paid $389 for a hotel and $120 for meals. The agent said "weather cancellations aren\'t compensated" but the sky was clear. Write a claim email asking for reimbursement. Use at least 3 placeholders in square brackets for things like my booking reference, and finish with "I look forward to your response."', [('placeholders', {'n': 3}), ('end_phrase', {'phrase': 'I look forward to your response.'})]),
    ('answer in spanish pls: how do i get from madrid airport to the city center at night', [('language', {'code': 'es'})]),
    ('road trip playlist names for a drive to the grand canyon, give me 2 lists separated by ###', [('two_responses', {'separator': '###'})]),
    # ---- (6) coding help
    ('python one liner to reverse a string, just the code in a code block, no explanation', [('code_block', {})]),
    ('I\'m getting this error when I run my Flask app:\n"sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: users"\nI definitely created the model, and I\'m running `flask run` from the project root. What\'s the likely cause? Give me at least 3 possible causes as bullet points, and end your answer with a question asking which one matches my setup.', [('bullets_min', {'n': 3}), ('end_with_question', {})]),
    ('Write a bash script that backs up my ~/Documents folder to an external drive every night. Output only the script in a single fenced code block.', [('code_block', {})]),
    ('whats a REST API, explain in 3 sentences max', [('sentences_max', {'n': 3})]),
    ('Explain Big O notation to a junior developer. Use the phrase "grows with the input" at least twice and keep it between 100 and 180 words.', [('keyword_frequency', {'word': 'grows with the input', 'n': 2}), ('words_min', {'n': 100}), ('words_max', {'n': 180})]),
    ('Code review question. Here\'s my function:\n```\ndef avg(nums):\n    total = 0\n    for n in nums:\n        total += n\n    return total / len(nums)\n```\nMy lead left two comments, "handle the empty case" and "why not use sum()". Rewrite it and explain the changes, no more than 100 words total including the code.', [('words_max', {'n': 100})]),
    ('regex for a US zip code? answer with only the regex, wrapped in double quotes', [('quotation', {})]),
    ("What's the difference between git merge and git rebase? Give me two explanations, one for a beginner and one for someone experienced, separated by a line with just === on it.", [('two_responses', {'separator': '==='})]),
    ("I'm writing a README for my CLI tool. Write the Installation and Usage parts, and include at least 2 placeholders in square brackets like [repo-url].", [('placeholders', {'n': 2})]),
    ('Write a commit message for a change that fixes a race condition in the cache layer. Lowercase only, no more than 15 words.', [('lowercase', {}), ('words_max', {'n': 15})]),
    ("explain what an API is to a non-techie, use the word 'waiter' at least twice", [('keyword_frequency', {'word': 'waiter', 'n': 2})]),
    ('should i learn python or javascript first for web scraping? just say python or javascript, nothing else', [('constrained_choice', {'options': ['python', 'javascript']})]),
    ('first copy my request exactly, then do it. request: write a two-line rhyme about a lazy sunday', [('repeat_request', {'request': ['write a two-line rhyme about a lazy sunday']})]),
    ("Explain what a memory leak is. Write it in German please, I'm preparing for an interview in Berlin, and keep it under 100 words.", [('language', {'code': 'de'}), ('words_max', {'n': 99})]),
    ("Explain Docker vs a virtual machine to my product manager. Don't use the words 'kernel' or 'hypervisor', and no more than 5 sentences.", [('keyword_avoid', {'words': ['kernel', 'hypervisor']}), ('sentences_max', {'n': 5})]),
    # ---- (7) cooking and food
    ('quick dinner idea w chicken thighs and rice, under 150 words', [('words_max', {'n': 149})]),
    ('Give me the steps for making banana bread as a numbered list of 8 steps - I already have the ingredients list.', [('numbered_list', {'n': 8})]),
    ('I\'m hosting Thanksgiving for 12 for the first time. My mother-in-law said, and I quote, "the turkey needs at least 5 hours and you must baste it every 20 minutes." The bird is 16 lbs. Is she right? Give me a timeline for the day. Please keep it no more than 250 words, and don\'t use the word "brine", we\'re not doing that.', [('words_max', {'n': 250}), ('keyword_avoid', {'words': ['brine']})]),
    ('what can i sub for buttermilk? one sentence answer pls', [('sentences_exact', {'n': 1})]),
    ('I want to meal prep for the week. Give me 5 lunch ideas, and give the whole plan a title in double angle brackets, like <<Lentil Week>>.', [('title', {})]),
    ('sourdough starter not bubbling, whats wrong?? give me 3-5 bullet points', [('bullets_min', {'n': 3}), ('bullets_max', {'n': 5})]),
    ("Write the intro for my food blog post about my grandma's pierogi recipe. At least 200 words, and the word 'grandma' at least 4 times.", [('words_min', {'n': 200}), ('keyword_frequency', {'word': 'grandma', 'n': 4})]),
    ('My partner is vegan and my parents are coming for dinner Saturday - my dad\'s idea of a vegetable is ketchup. I want one main dish everyone will eat. Our oven is tiny (fits one 9x13 pan) and I have about 2 hours. Suggest a dish and walk me through it as a numbered list of exactly 7 steps. Please don\'t use the word "tofu" anywhere, if my dad reads it over my shoulder he\'ll bail.', [('numbered_list', {'n': 7}), ('keyword_avoid', {'words': ['tofu']})]),
    ('is it ok to freeze cooked rice? 1 sentence', [('sentences_exact', {'n': 1})]),
    ('how long to boil eggs for jammy yolks? dont use any digits, spell the numbers out', [('no_digits', {})]),
    ('overnight oats recipe: ingredients first, then the steps numbered 1 to 4', [('numbered_list', {'n': 4})]),
    ('Write a review of the ramen place on 5th street for Yelp. Three stars. At least 6 sentences, and end with "Would I go back? Maybe."', [('sentences_min', {'n': 6}), ('end_phrase', {'phrase': 'Would I go back? Maybe.'})]),
    # ---- (8) money and finance
    ('roth vs traditional ira, explain in under 80 words', [('words_max', {'n': 79})]),
    ("I'm 28, make $62k, and have $9k in credit card debt at 24% APR. How should I prioritize paying it off vs saving? At least 5 sentences, and please end with a question I should ask myself.", [('sentences_min', {'n': 5}), ('end_with_question', {})]),
    ('My landlord wants to raise the rent from $1,450 to $1,700 (17%!) at renewal on June 1. I\'ve been a good tenant for 3 years, never late. The listing for the unit next door says "$1,600/mo, newly renovated". Write a message to him negotiating.\nRequirements:\n- no more than 150 words\n- use the word "renovated" so he knows I\'ve seen the listing\n- do not use the word "unfair"', [('words_max', {'n': 150}), ('keyword_include', {'words': ['renovated']}), ('keyword_avoid', {'words': ['unfair']})]),
    ('whats an index fund. no jargon, 50 words max', [('words_max', {'n': 50})]),
    ('Make me a simple monthly budget template. Use placeholders in square brackets for the amounts, at least 6 of them.', [('placeholders', {'n': 6})]),
    ('Explain what a credit score is to my 17-year-old. Exactly 3 paragraphs, and the last one has to start with "Remember".', [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 3, 'word': 'Remember'})]),
    ('give me 2 versions of a text asking my friend to pay me back the $40, separated by ***', [('two_responses', {'separator': '***'})]),
    ('Should I pay off my car loan early or invest the money? Answer with exactly one of these: "pay off", "invest", "it depends".', [('constrained_choice', {'options': ['pay off', 'invest', 'it depends']})]),
    ('My wife and I (both 34) just had our first kid. Combined income around $140k, $30k in savings, no debt except the mortgage. My coworker keeps saying "open a 529 right now, every year you wait costs you". Is he right? Explain the basics. Use no more than 3 paragraphs and mention "529" at least twice.', [('paragraphs_max', {'n': 3}), ('keyword_frequency', {'word': '529', 'n': 2})]),
    ('Here\'s my situation. I freelance (graphic design) and my income varies from $3k to $9k a month. Last year I owed $11,000 at tax time and didn\'t have it. My accountant said "pay quarterly estimates" but I don\'t really get how. Explain quarterly estimated taxes to me. At least 200 words, and write it in all lowercase - it feels less scary that way, don\'t ask.', [('words_min', {'n': 200}), ('lowercase', {})]),
    ('pros and cons of leasing a car vs buying, min 200 words', [('words_min', {'n': 200})]),
    ("what's a 401k match, explain to me like i'm new to adulting. no more than 4 sentences and don't use the word 'vesting'", [('sentences_max', {'n': 4}), ('keyword_avoid', {'words': ['vesting']})]),
    ("Write a short guide to building an emergency fund. It should have at least 3 words in ALL CAPS for emphasis and mention 'automatic' at least once.", [('capital_words', {'n': 3}), ('keyword_include', {'words': ['automatic']})]),
    # ---- (9) dating and relationships
    ('dating bio for hinge, 3 sentences max, no cringe', [('sentences_max', {'n': 3})]),
    ("Write a first message to a match whose profile says she loves hiking and bad puns. Make it end with a question and use the word 'trail'.", [('end_with_question', {}), ('keyword_include', {'words': ['trail']})]),
    ('Been seeing someone for 2 months. Last night he said "I\'m not really looking for anything serious right now" - after we literally just met his parents. I\'m hurt but I don\'t want to text anything I\'ll regret. Help me write a reply. Keep it calm. No more than 4 sentences, and don\'t use "whatever" or "fine".', [('sentences_max', {'n': 4}), ('keyword_avoid', {'words': ['whatever', 'fine']})]),
    ('give me 5 first date ideas in austin, numbered', [('numbered_list', {'n': 5})]),
    ("Write a breakup text that's kind but clear. Write it in all lowercase and keep it below 60 words.", [('lowercase', {}), ('words_max', {'n': 59})]),
    ('Give me two openers for a guy whose main profile pic is him holding a huge fish. Separate them with +++', [('two_responses', {'separator': '+++'})]),
    ('I matched with someone whose profile says: "If you can\'t hold a conversation beyond \'hey\' don\'t bother. Looking for someone who reads, cooks and doesn\'t take themselves too seriously. 6\'0 because apparently that matters." I do read and cook, and I\'m 5\'9. Write an opening message that\'s funny about the height thing without being bitter. Under 50 words, and it has to end with a question.', [('words_max', {'n': 49}), ('end_with_question', {})]),
    ('write a cute good morning text for my gf, no commas and under 30 words', [('no_commas', {}), ('words_max', {'n': 29})]),
    ('Write a love letter from the point of view of a houseplant to its owner. At least 150 words and add a P.S. at the end.', [('words_min', {'n': 150}), ('postscript', {'marker': 'P.S.'})]),
    # ---- (10) customer support
    ('Write a reply to a customer who says order #48213 arrived damaged. Apologize, offer a replacement, and keep it under 5 sentences. Start it with "Hi there,"', [('sentences_max', {'n': 4}), ('start_phrase', {'phrase': 'Hi there,'})]),
    ("canned response for 'where is my order' emails, use [Order Number] and [Tracking Link] as placeholders", [('placeholders', {'n': 2})]),
    ('A customer left this 1-star review: "Waited 45 minutes for a table even with a reservation. Food was cold. Manager didn\'t care. NEVER coming back." We\'re a small family restaurant and honestly that night two cooks called out. Write a public response. It must be at least 60 words and no more than 120, must not contain the word "unfortunately", and sign off with "- The Rossi Family".', [('words_min', {'n': 60}), ('words_max', {'n': 120}), ('keyword_avoid', {'words': ['unfortunately']}), ('end_phrase', {'phrase': '- The Rossi Family'})]),
    ('Write a help center article on how to reset a password. Use a numbered list of exactly 5 steps and include the word "Settings".', [('numbered_list', {'n': 5}), ('keyword_include', {'words': ['settings']})]),
    ("reply to a customer asking if we ship to canada (we don't). 2 sentences, no commas", [('sentences_exact', {'n': 2}), ('no_commas', {})]),
    ('Draft an FAQ answer about our refund policy (30 days, unused items, original packaging). Mention "30 days" at least twice, and put it in JSON with "question" and "answer" keys.', [('keyword_frequency', {'word': '30 days', 'n': 2}), ('json_output', {})]),
    ('Write a chatbot greeting for our bike shop website. It should contain no digits at all and be fewer than 30 words.', [('no_digits', {}), ('words_max', {'n': 29})]),
    ("rewrite: 'we regret to inform u that ur application was unsuccessful' make it nicer, w/o the word 'unfortunately'", [('keyword_avoid', {'words': ['unfortunately']})]),
    ('Write a response to a customer who wants to cancel their gym membership. Keep it friendly, at least 80 words, and include a PS with the link to the cancellation form.', [('words_min', {'n': 80}), ('postscript', {'marker': 'PS'})]),
    ('Reply to a customer who asked whether our hoodies run small. Answer with only one of: runs small, true to size, runs large.', [('constrained_choice', {'options': ['runs small', 'true to size', 'runs large']})]),
    # ---- (11) creative writing
    ("write a poem about my cat knocking stuff off tables lol. use the word 'gravity' 3+ times", [('keyword_frequency', {'word': 'gravity', 'n': 3})]),
    ('Write a short story about a lighthouse keeper who finds a message in a bottle. It should be at least 500 words and end with the exact sentence "The light stayed on."', [('words_min', {'n': 500}), ('end_phrase', {'phrase': 'The light stayed on.'})]),
    ('I\'m writing a fantasy novel. My main character, Wren, is a 17-year-old thief who can hear the thoughts of metal objects (swords, locks, coins). In chapter 3 she breaks into the governor\'s vault. My outline for it: "enters through the roof, the lock talks to her, it\'s scared, she finds a letter with her mother\'s seal, guards arrive." Write the scene. Split it into Part 1, Part 2 and Part 3, and keep the whole thing under 900 words.', [('sections', {'n': 3, 'marker': 'Part'}), ('words_max', {'n': 899})]),
    ('limerick about a programmer who hates mondays. no commas', [('no_commas', {})]),
    ('write a horror story in exactly 2 sentences', [('sentences_exact', {'n': 2})]),
    ('Write a song chorus about summer road trips. Use at least 4 words in all capital letters for emphasis.', [('capital_words', {'n': 4})]),
    ('For our D&D campaign, the party just reached a village where all the adults have vanished and only children remain. The kids say "the bell took them." I need the description I read out loud when they walk in.\nRequirements: read-aloud length, so 150 words max; don\'t use the word "eerie" (I\'ve overused it all campaign); end with the exact words "The bell begins to ring."', [('words_max', {'n': 150}), ('keyword_avoid', {'words': ['eerie']}), ('end_phrase', {'phrase': 'The bell begins to ring.'})]),
    ('write a fake movie title + tagline about a haunted dishwasher, title in <<>>', [('title', {})]),
    ('Write a poem about grief with exactly 4 stanzas separated by blank lines.', [('paragraphs_exact', {'n': 4})]),
    ('story about a robot learning to cook, 400 words minimum', [('words_min', {'n': 400})]),
    ("Write the opening of a noir detective story in Italian - I'm practicing my reading. Less than 100 words.", [('language', {'code': 'it'}), ('words_max', {'n': 99})]),
    ("Give me a dialogue between a barista and a time traveler. Don't use any commas and keep it under 12 sentences.", [('no_commas', {}), ('sentences_max', {'n': 11})]),
    ("describe a sunset w/o using the words 'orange', 'red' or 'beautiful'", [('keyword_avoid', {'words': ['orange', 'red', 'beautiful']})]),
    ('For my wife\'s 40th I\'m making a book of memories. One page is about the night we met: a power outage at a friend\'s party in 2009, we ended up on the porch with a flashlight arguing about whether pineapple belongs on pizza (she said yes, she was wrong). Write that page as a short story from my point of view. At least 300 words, and it needs to include the words "flashlight" and "pineapple".', [('words_min', {'n': 300}), ('keyword_include', {'words': ['flashlight', 'pineapple']})]),
    ('My band is playing a friend\'s wedding. The couple met at a laundromat - she took his clothes out of the dryer by mistake and shrank his favorite sweater. They want a short original song about it. Write the lyrics with no commas at all (the singer reads off a teleprompter that chokes on them) and use the word "sweater" at least 3 times.', [('no_commas', {}), ('keyword_frequency', {'word': 'sweater', 'n': 3})]),
    ("tongue twister with the letter 'p' at least 15 times", [('letter_frequency', {'letter': 'p', 'n': 15})]),
    ('tell me a joke about accountants, all caps', [('uppercase', {})]),
    ('write a cover story for why im late to work lol, min 5 sentences', [('sentences_min', {'n': 5})]),
    ('Write a short scene where two old friends meet at a funeral. No more than two paragraphs, and the second one must begin with the word "Later".', [('paragraphs_max', {'n': 2}), ('paragraph_first_word', {'n': 2, 'word': 'Later'})]),
    # ---- (12) social media
    ('insta caption for a beach pic, 5 hashtags', [('hashtags', {'n': 5})]),
    ('tweet about my team winning the regional championship!! under 40 words, 2 hashtags min', [('words_max', {'n': 39}), ('hashtags', {'n': 2})]),
    ("Write 2 versions of a Facebook post announcing our bakery's new Sunday hours (8am-1pm), one playful and one straightforward. Separate them with a line of 6 asterisks.", [('two_responses', {'separator': '******'})]),
    ('Write a TikTok script for a 30-second video about budgeting tips for college students. Start with "Stop scrolling if you\'re broke" and use at least 3 words in ALL CAPS.', [('start_phrase', {'phrase': "Stop scrolling if you're broke"}), ('capital_words', {'n': 3})]),
    ('Write a YouTube description for my vlog about hiking the Camino de Santiago. Highlight at least 3 key moments with markdown italics like *this*.', [('highlight', {'n': 3})]),
    ("give me 3 tweet ideas for national coffee day, none of them using the word 'caffeine'", [('keyword_avoid', {'words': ['caffeine']})]),
    ('Our animal shelter has had a dog named Biscuit for 287 days - the longest resident we\'ve ever had. He\'s 7, a pit mix, shy at first but a total couch potato once he knows you. The adoption fee is waived this month. Write a Facebook post to get him adopted. At least 100 words, include "couch potato", and put a P.S. at the end with our hours.', [('words_min', {'n': 100}), ('keyword_include', {'words': ['couch potato']}), ('postscript', {'marker': 'P.S.'})]),
    ('write a hype post for our app launch but max 1 word in all caps, our brand guide is strict about that', [('capital_words_max', {'n': 1})]),
    ('Threads post about my first marathon finish. Under 5 sentences, and it has to include the word "blisters".', [('sentences_max', {'n': 4}), ('keyword_include', {'words': ['blisters']})]),
    # ---- (13) small business
    ('elevator pitch for my dog walking business, 3 sentences', [('sentences_exact', {'n': 3})]),
    ('I own a small landscaping company (5 employees). A client is refusing to pay the last invoice of $2,300 because "the hedges weren\'t trimmed evenly". We fixed it the next day and she approved it in a text. Write a firm but polite payment reminder. At least 100 words, use the phrase "as agreed" at least two times, and add a PS saying we accept card payments over the phone.', [('words_min', {'n': 100}), ('keyword_frequency', {'word': 'as agreed', 'n': 2}), ('postscript', {'marker': 'PS'})]),
    ('Write a job ad for a part-time barista at our cafe. Use bullet points for the requirements, no more than 5 of them, and end with "Apply in person."', [('bullets_max', {'n': 5}), ('end_phrase', {'phrase': 'Apply in person.'})]),
    ('slogan for my taco truck, all caps, under 10 words', [('uppercase', {}), ('words_max', {'n': 9})]),
    ('Write a Google Business update about our holiday closure from Dec 24 to Jan 2. Write it in German for our customers in Vienna, in exactly 2 sentences.', [('language', {'code': 'de'}), ('sentences_exact', {'n': 2})]),
    ("Write a thank-you card message for customers who order from our Etsy shop. Use the word 'handmade' at least once, avoid 'cheap', and keep it short - 25 words tops.", [('keyword_include', {'words': ['handmade']}), ('keyword_avoid', {'words': ['cheap']}), ('words_max', {'n': 25})]),
    ('We\'re a 3-person accounting firm. Tax season starts in 6 weeks and last year we turned away ~40 clients because people sent their documents late. I want to send a newsletter to our list (about 600 clients) telling them to get documents in by March 1. Here\'s what I wrote: "Hello valued clients. Please submit your documents early." That\'s it lol, I\'m not a writer. Make it better. Use at least 3 bullet points for the documents they need, include the word "deadline" at least 3 times, and end with a P.S. about our new client portal.', [('bullets_min', {'n': 3}), ('keyword_frequency', {'word': 'deadline', 'n': 3}), ('postscript', {'marker': 'P.S.'})]),
    ('I sell vintage clothing on Depop and I\'m launching my own website next month. My best sellers are 90s windbreakers and band tees. My vibe is "like raiding your cool aunt\'s closet". Write the About Us page. 3 paragraphs exactly, the second one must begin with "Every", and use the word "vintage" at least 3 times.', [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 2, 'word': 'Every'}), ('keyword_frequency', {'word': 'vintage', 'n': 3})]),
    ("cover letter for a barista job, under 200 words, dont say 'passionate'", [('words_max', {'n': 199}), ('keyword_avoid', {'words': ['passionate']})]),
    ('Write a flyer for our laundromat\'s new wash-and-fold service. Highlight at least 2 selling points in markdown, like *same-day pickup*, and include the word "folded".', [('highlight', {'n': 2}), ('keyword_include', {'words': ['folded']})]),
    ('Write a quote for our website from a happy customer of my cleaning business. Wrap the whole thing in double quotation marks, and keep it under 40 words.', [('quotation', {}), ('words_max', {'n': 39})]),
    # ---- (14) quick everyday asks
    ("txt to my landlord the heater's broken again. 3 sentences tops", [('sentences_max', {'n': 3})]),
    ('summary of the great gatsby, 100 words max no spoilers', [('words_max', {'n': 100})]),
    ('explain kubernetes to my mom, under 6 sentences', [('sentences_max', {'n': 5})]),
    ("resignation letter, short, end it w 'Best, Jordan'", [('end_phrase', {'phrase': 'Best, Jordan'})]),
    ('whats the capital of australia, just the answer in quotes', [('quotation', {})]),
    ('grocery list for a week of vegetarian meals, no more than 15 bullet points', [('bullets_max', {'n': 15})]),
    ('motivational quote for my classroom wall, no commas, under 15 words', [('no_commas', {}), ('words_max', {'n': 14})]),
    ('ELI5 black holes, at least 150 words', [('words_min', {'n': 150})]),
    ('best budget laptop for college rn? answer in 3 sentences or fewer', [('sentences_max', {'n': 3})]),
    ('give me a mnemonic for the planets, thats it, under 20 words', [('words_max', {'n': 19})]),
    ('why do cats purr? 4+ sentences', [('sentences_min', {'n': 4})]),
    ('how many cups in a quart? answer w/o digits', [('no_digits', {})]),
    ('write a review of my new air fryer (cosori 5.8qt), 4 stars. no fewer than 6 sentences', [('sentences_min', {'n': 6})]),
    ("pls explain what a VPN does, approx 100 words, and dont use the word 'encryption'", [('keyword_avoid', {'words': ['encryption']})]),
    ("quick note for the fridge reminding my roommates to label their food, no more than 20 words & use the word 'label' at least twice", [('words_max', {'n': 20}), ('keyword_frequency', {'word': 'label', 'n': 2})]),
    ('list 5 causes of the french revolution, bullet points', [('bullet_list', {'n': 5})]),
    ('stretching routine for lower back pain, numbered list, 6 stretches', [('numbered_list', {'n': 6})]),
    ("poem for my wife on our 10th anniversary, use the word 'still' at least 3x", [('keyword_frequency', {'word': 'still', 'n': 3})]),
    ('I run a small pottery studio (just me and one part-timer). We\'re doing a "seconds sale" this Saturday 10am-2pm - pieces with tiny flaws at 40% off. Last time I posted about a sale I got 3 likes lol. Write an Instagram caption. Needs at least 4 hashtags and the word "seconds" at least twice, and no more than 60 words.', [('hashtags', {'n': 4}), ('keyword_frequency', {'word': 'seconds', 'n': 2}), ('words_max', {'n': 60})]),
    ("caption for my dog's bday pic w at least 3 hashtags", [('hashtags', {'n': 3})]),
    ('Context: I run payroll for a 40-person nonprofit. Starting next month we switch from biweekly to semi-monthly pay (15th and last day of the month). People are going to be confused and some will panic about the gap between paychecks. Write the announcement email. Requirements: 1) between 150 and 250 words 2) say "no change to annual salary" word for word 3) finish with a P.S. about who to contact with questions.', [('words_min', {'n': 150}), ('words_max', {'n': 250}), ('keyword_include', {'words': ['no change to annual salary']}), ('postscript', {'marker': 'P.S.'})]),
    ("is 'whom' correct in 'to whom it may concern'? answer yes or no only", [('constrained_choice', {'options': ['yes', 'no']})]),
    ('Generate sample data for 3 users with name, email and signup_date. Give me raw JSON, no extra text.', [('json_output', {})]),
    ('I work support for a SaaS app. A user wrote: "Your app deleted 3 weeks of my notes after the update. I\'ve paid for 2 years. This is unacceptable. I want a refund AND my data." We can restore from backups (up to 30 days) but refunds need manager approval. Write my reply. Requirements: start with "Hi Jordan," - fewer than 120 words - include the phrase "restore your notes".', [('start_phrase', {'phrase': 'Hi Jordan,'}), ('words_max', {'n': 119}), ('keyword_include', {'words': ['restore your notes']})]),
    ('Write a fairy tale that starts with "Once, in a town with no clocks," and has at least 8 sentences.', [('start_phrase', {'phrase': 'Once, in a town with no clocks,'}), ('sentences_min', {'n': 8})]),
    ('hey can u write a reminder for my book club that we meet thurs at 7, add a PS to bring snacks', [('postscript', {'marker': 'PS'})]),
    ('Write my reflection on the class field trip to the water treatment plant. My teacher wants it in 3 paragraphs, and the first one has to start with the word "Before".', [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 1, 'word': 'Before'})]),
    ('Make me a 4-week beginner running plan. Use a header for each week like Week 1, Week 2, and so on.', [('sections', {'n': 4, 'marker': 'Week'})]),
    ('3 day trip to lisbon itinerary, Day 1 Day 2 Day 3 headers pls', [('sections', {'n': 3, 'marker': 'Day'})]),
    ("We run a small ISP in a rural area (about 1,200 customers). Tomorrow from 1am to 5am there's scheduled maintenance on the Miller Ridge tower. Write the SMS we'll send to affected customers. Our SMS gateway breaks on commas so none at all, and no more than 2 sentences.", [('no_commas', {}), ('sentences_max', {'n': 2})]),
    ("Write a Reddit post asking for advice on whether to take a job offer with a much longer commute. Make it at least 6 sentences and don't name the company, just call it [Company].", [('sentences_min', {'n': 6}), ('placeholders', {'n': 1})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('how many words should a college application essay be?', []),
    ('what does P.S. actually stand for? is it unprofessional to put one in a work email', []),
    ("My teacher says you should never start a sentence with 'because'. Is that a real rule?", []),
    ('Summarize this for me: "The city council voted 7-2 on Tuesday to approve a $14 million budget for road repairs. Work will begin in April and last 18 months. Residents on Elm and 5th Street should expect detours and no parking between 7am and 6pm."', []),
    ('Can you summarize this 500-word article on remote work? The main points I got were that 3 in 10 companies are cutting office space, that managers say "hybrid is here to stay", and that commutes are down 40 minutes a day on average.', []),
    ('whats the difference between bullet points and a numbered list on a resume, which looks better', []),
    ('how do I parse JSON in javascript?', []),
    ('my teenager texts only in lowercase and never uses punctuation, is that normal lol', []),
    ('The job posting says "cover letters must not exceed one page." Does the header with my address count toward that?', []),
    ('do hashtags on linkedin actually do anything?', []),
    ('write a short poem about autumn leaves', []),
    ('Write a product description for my handmade leather wallet, roughly 150 words.', []),
    ('Give me a brief overview of how solar panels work.', []),
    ("What's a good title for a blog post about minimalist living?", []),
    ("my boss writes emails in ALL CAPS when he's stressed. how do i tell him it comes across as yelling?", []),
    ('Explain the Oxford comma with an example or two.', []),
    ('How many sentences should a paragraph have in an academic essay?', []),
    ('my friend texted me "k." after i sent a long message. what does that mean', []),
    ('help me plan a birthday party for a 5 year old, about 12 kids, budget $200', []),
    ("what's the character limit for a tweet vs a threads post?", []),
    ('Write a story about a dragon who is afraid of heights.', []),
    ("how do you say 'where is the bathroom' in portuguese?", []),
    ('Can you check my code? It should print the numbers 1 to 10 but it skips 7:\n```\nfor i in range(1, 11):\n    if i == 7:\n        continue\n    print(i)\n```', []),
    ("My essay has to be at least 1500 words and I'm at 1100. What are some ways to expand the section on renewable energy policy without adding fluff?", []),
    ('In markdown, how do I make text bold vs italic?', []),
    ('My daughter\'s assignment says: "Write 5 sentences about your favorite animal, using at least 3 adjectives." She picked a sloth. How can I help her without doing it for her?', []),
    ('what are the rules for a haiku again? 5-7-5?', []),
    ("Which is more professional as an email sign-off, 'Best' or 'Best regards'?", []),
    ('What are placeholders in a mail merge and how do I set them up in Word?', []),
    ('Do recipe blogs get penalized by Google if their posts are under 300 words?', []),
    ('Write a thank-you note to my neighbor who watched my dog while I was away.', []),
    ('Give me some tips for a first date at a coffee shop.', []),
    ('What should I include in a two-week notice letter?', []),
    ('is it rude to end a text with a period?', []),
    ('My manager said my reports should "never exceed two pages and always end with a recommendation." Why is that such a common rule in consulting?', []),
    ('what does TL;DR mean and where do people put it?', []),
    ("why do some people write 'lol' in lowercase but 'LOL' in caps? is there a difference", []),
    ('Write a birthday message for my coworker Sam.', []),
    ('Explain the difference between a Roth IRA and a 401(k).', []),
    ("What's the average length of a wedding toast? Mine is about 900 words and I'm worried it's too long.", []),
    ("I got a text from an unknown number saying 'Reply STOP to unsubscribe. Msg & data rates may apply.' Is it a scam?", []),
    ("Write a cover letter for a nursing position at a children's hospital.", []),
    ('Our HOA newsletter has a rule: "Submissions must be under 200 words, no all-caps, and include your unit number." What\'s the point of rules like that?', []),
    ('what are some good podcasts about personal finance for beginners', []),
    ("Can you explain what the word count and sentence count numbers mean in Google Docs? Mine says 1,204 words and I don't see sentences anywhere.", []),
    ("is 'P.P.S.' a real thing or did people just make it up", []),
]

UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('My team\'s style guide says "functions under 30 lines, no more than 3 arguments". I have a function that takes 6 arguments (user_id, start, end, tz, include_archived, page_size) and need to refactor it. Explain the options: parameter object, builder, kwargs. Format the whole answer as JSON with one key per option.', [('json_output', {})]),
    ('Write a monologue for a villain explaining why he stole the moon. Between 200 and 300 words, and he has to say "you\'ll thank me" at least once.', [('words_min', {'n': 200}), ('words_max', {'n': 300}), ('keyword_include', {'words': ["you'll thank me"]})]),
    ('I manage a team of 6 and one person, Dana, keeps missing standups. I don\'t want to be harsh, she\'s good otherwise. My notes: "missed 4 of last 10 standups, always has a reason, work quality is fine, others have noticed". Write the Slack message I\'ll send her. Don\'t use "always" or "never" anywhere, and keep it no longer than 90 words.', [('keyword_avoid', {'words': ['always', 'never']}), ('words_max', {'n': 90})]),
]

PROBES = A + B
