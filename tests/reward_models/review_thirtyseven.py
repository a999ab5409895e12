# ruff: noqa: E501  (test data: one probe per line, as written)
"""A thirty-seventh review (a helper session): new requests written blind to the reader's rules, as a careful human
reader would read them. Only the output conventions were learned beforehand (the kinds and their arguments in
`checkers.py` and the layout of `review_thirtysix.py`); no request is taken from another test file or from a public
benchmark.

The sample leans on the instructions REAL USERS ask most, phrased as people type them into a chat assistant:

- A: everyday and work requests (emails, cover letters, bios, social posts, ads, product descriptions, school
  essays, summaries of pasted text, stories, poems, speeches and toasts, plans, tips, explanations, reviews,
  dialogue, recipes, templates), each with 1 to 3 instructions placed at the start, the middle or the end, polite,
  terse or rambling, with context about why, sometimes with typos or abbreviations ("pls", "u", "senteces", "<100").
  Most are length instructions (word limits and floors in many shapes: "under", "or fewer", "max", "tops", "within",
  "can't be longer than", "a 500-word cut-off", "300+", "between 250 and 350", "50-70", spelled-out and comma-grouped
  numbers; sentence and paragraph counts), then keywords to include or avoid, bullets, two answers with a
  separator, an exact closing phrase, a P.S., all lowercase / all caps, no commas, a <<title>>, markdown
  highlights and the answer's language (also asked in French or Spanish). Some carry numbers or rules that are NOT
  instructions beside the real ones (a pasted assignment's word count, an old letter's length, "no hashtags
  needed", "around 200 words is fine", "it doesn't need to be in French").
- B: instruction-free controls: questions about word counts, paragraphs, P.S., capitals, commas, bullets and
  languages; other people's rules (a teacher's, a contest's, a portal's); pasted texts that hold such rules to
  summarise or proofread; and stories ABOUT such rules. Expected reads: none.

Argument conventions as in the earlier reviews: "under 80" / "fewer than 80" / "<80" is a max of 79, "no more than
80" / "80 or fewer" / "80 max" / "within 80" a max of 80; "more than 300" / "over 300" is a min of 301, "at least 300"
/ "300+" a min of 300; a range gives both bounds; "in N paragraphs/sentences" is exact, "at least"/"or more" a min and
"no more than"/"tops"/"or fewer" a max; "N bullet points" is exactly N; a language is its ISO 639-1 code; keywords are
lower-cased, in the order the request gives them; a separator is the symbol run as typed; a postscript is "P.S.".

Read by the reader as it stood when written: 210 probes (159 labelled, 51 controls), recall 229/242 = 0.946,
precision 229/230 = 0.996, 45 of 51 controls clean. Session 29's fixes from it: recall 0.979, precision 1.000,
51 of 51 clean; 4 probes misread (UNREAD: a teacher's limit referred back to, a bare "Portuguese please,", a French
word cap, English asked beside a translation).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # emails and work messages
    ('Can you write a short email to my landlord asking if I can paint the living room? Keep it under 120 words.', [('words_max', {'n': 119})]),
    ("I need a cover letter for a junior data analyst job at a children's hospital. Please work in the words 'healthcare' and 'SQL', and don't go over 300 words.", [('keyword_include', {'words': ['healthcare', 'sql']}), ('words_max', {'n': 300})]),
    ('Draft an out-of-office reply for the holidays, two sentences tops.', [('sentences_max', {'n': 2})]),
    ("Write a follow-up email after my interview with Brightwave on Monday. No subject line needed. Keep it under 150 words and end it with exactly 'Best regards, Sam'", [('words_max', {'n': 149}), ('end_phrase', {'phrase': 'Best regards, Sam'})]),
    ('Write an email to my team reminding them to submit timesheets by Thursday. At least 5 sentences please, and add a P.S. about the pizza lunch on Friday.', [('sentences_min', {'n': 5}), ('postscript', {'marker': 'P.S.'})]),
    ("Draft a reply to a customer whose blender arrived with a cracked jar. Professional tone, under 100 words, and do not use the word 'unfortunately'.", [('words_max', {'n': 99}), ('keyword_avoid', {'words': ['unfortunately']})]),
    ('hey can u write an email to my professor asking for an extension on the lab report, im sick. keep it short, 80 words or less', [('words_max', {'n': 80})]),
    ("Write a resignation letter to my manager, Priya. I've been at the company six years and want to leave on good terms. Three paragraphs, please.", [('paragraphs_exact', {'n': 3})]),
    ("Please write a meeting invite for our quarterly planning session. It must include the words 'agenda', 'budget' and 'roadmap'.", [('keyword_include', {'words': ['agenda', 'budget', 'roadmap']})]),
    ("Compose a polite email declining a vendor's proposal. Write it in exactly four sentences and end with 'Thank you for understanding.'", [('sentences_exact', {'n': 4}), ('end_phrase', {'phrase': 'Thank you for understanding.'})]),
    ('I need to announce a new expense policy to about 200 employees. Write the email in under two hundred words, with at least 3 bullet points for the key changes.', [('words_max', {'n': 199}), ('bullets_min', {'n': 3})]),
    ('Write a welcome email for new hires at a logistics startup. Give me two versions, one casual and one formal, separated by ******.', [('two_responses', {'separator': '******'})]),
    ("Write a Slack message to my team saying the deploy is postponed until Monday. All lowercase, we're a chill team.", [('lowercase', {})]),
    ('Can you draft an email to parents about the field trip to the science museum? Use no more than 3 paragraphs and include a P.S. reminding them about packed lunches.', [('paragraphs_max', {'n': 3}), ('postscript', {'marker': 'P.S.'})]),
    ('My boss asked for a summary of our Q3 numbers for the board: revenue up 12%, churn down 2 points, hiring paused, new office opening in March. Write it as exactly 4 bullet points.', [('bullet_list', {'n': 4})]),
    ("Write an email asking a former colleague for a LinkedIn recommendation. Start with 'Hi Marcus,' and keep it below 120 words.", [('start_phrase', {'phrase': 'Hi Marcus,'}), ('words_max', {'n': 119})]),
    ("Write a complaint to my internet provider about outages three days in a row. Respond in Spanish, since it's a Mexican company and their English support is useless.", [('language', {'code': 'es'})]),
    ('In 3 senteces or less, write a message to my coworker asking if she can cover my shift on Saturday.', [('sentences_max', {'n': 3})]),
    ('Word limit: 150. Write a memo telling staff that the parking garage will be closed for repairs next week.', [('words_max', {'n': 150})]),
    ("It doesn't need to be in French even though it's for our Montreal office. Just write a short invitation to the end-of-year party, with a P.S. about where to park.", [('postscript', {'marker': 'P.S.'})]),
    # cover letters, resumes, bios
    ('Write a cover letter for a graphic designer role at a small agency. Keep it between 250 and 350 words.', [('words_min', {'n': 250}), ('words_max', {'n': 350})]),
    ("Write me a professional bio for a conference program. I'm a pediatric nurse with 10 years of experience who now teaches at a community college. 3 sentences, third person.", [('sentences_exact', {'n': 3})]),
    ('Can you write a personal statement for a nursing program? The portal cuts off anything past 500 words, so stay within 500 words.', [('words_max', {'n': 500})]),
    ('write a short bio for my pottery instagram, no capital letters at all and under 30 words', [('lowercase', {}), ('words_max', {'n': 29})]),
    ("Write a cover letter for a barista position. Don't use the words 'passionate' or 'hardworking', every applicant says that.", [('keyword_avoid', {'words': ['passionate', 'hardworking']})]),
    ("Write a summary section for my resume. I'm a backend developer (Go, Postgres, Kubernetes). Max 60 words and include the keyword 'scalable'.", [('words_max', {'n': 60}), ('keyword_include', {'words': ['scalable']})]),
    ('Write a speaker introduction for Dr. Lena Ortiz, a climate scientist, for our town hall. Make it at least 150 words and highlight at least 2 sections with markdown, i.e. *highlighted section*.', [('words_min', {'n': 150}), ('highlight', {'n': 2})]),
    ('My old cover letter was 600 words and way too long. Write me a new one for a museum educator job, under 350 words this time.', [('words_max', {'n': 349})]),
    ('Please write my "About me" for a dating app. I like climbing, bad horror movies and cooking for friends. <100 words, and end with a question so people have something to reply to.', [('words_max', {'n': 99}), ('end_with_question', {})]),
    # social posts and ads
    ('write an instagram caption for my sourdough pics, all lowercase pls, and add at least 3 hashtags', [('lowercase', {}), ('hashtags', {'n': 3})]),
    ("Write a LinkedIn post announcing that I've joined Cedar Health as a product manager. End it with the exact phrase 'Onwards and upwards!'", [('end_phrase', {'phrase': 'Onwards and upwards!'})]),
    ('Write a tweet about Earth Day. No hashtags needed, just keep it under 40 words.', [('words_max', {'n': 39})]),
    ("Write an ad for my used 2012 Honda Civic for Facebook Marketplace. 80 words or fewer, and finish with 'Message me if interested!'", [('words_max', {'n': 80}), ('end_phrase', {'phrase': 'Message me if interested!'})]),
    ("Can you write a Facebook post for our animal rescue's adoption day on Saturday? Make it upbeat and in ALL CAPS because it's going on a banner too.", [('uppercase', {})]),
    ('Give me two different captions for a photo of my dog at the beach, separated by ***.', [('two_responses', {'separator': '***'})]),
    ('I run a small candle shop. Write a product description for our lavender candle that is at least 100 words and includes the keywords soy, wick and relaxing.', [('words_min', {'n': 100}), ('keyword_include', {'words': ['soy', 'wick', 'relaxing']})]),
    ("Write a promotional blurb for our bakery's new pumpkin muffins. Use the word 'fresh' at least 3 times.", [('keyword_frequency', {'word': 'fresh', 'n': 3})]),
    ("Write a radio ad script for a car wash. It should be no longer than 75 words and shouldn't contain any commas, the voice actor trips over pauses.", [('words_max', {'n': 75}), ('no_commas', {})]),
    ('Create a catchy product description for a stainless steel water bottle. Wrap the whole response in double quotation marks.', [('quotation', {})]),
    ('Write a Google review for the Thai place we went to last night. Food was great, service was slow. Keep it to 3 sentences or fewer.', [('sentences_max', {'n': 3})]),
    ("Write an Etsy listing for a crocheted baby blanket in French, please, and don't go beyond 120 words.", [('language', {'code': 'fr'}), ('words_max', {'n': 120})]),
    ('Give me 2 options for the subject line of our spring sale newsletter, separated by six asterisks. Nothing else.', [('two_responses', {'separator': '******'})]),
    ("Write a short promo for our yoga studio's new sunrise class. please avoid the words 'journey' and 'zen', they're so overused", [('keyword_avoid', {'words': ['journey', 'zen']})]),
    ('Write a post for our hardware store\'s Facebook page about the spring gardening sale. Include at least 2 hashtags and keep it under 60 words.', [('hashtags', {'n': 2}), ('words_max', {'n': 59})]),
    # school
    ('My daughter needs a five-paragraph essay on the causes of World War I for history class. Can you write a model one she can learn from? At least 500 words.', [('paragraphs_exact', {'n': 5}), ('words_min', {'n': 500})]),
    ('Write an essay on whether homework should be banned. It should be more than 600 words.', [('words_min', {'n': 601})]),
    ('Explain photosynthesis for a 6th grade science worksheet in fewer than 120 words.', [('words_max', {'n': 119})]),
    ("I have to write a reflection on 'To Kill a Mockingbird'. Can you write one in 4 paragraphs, minimum 400 words?", [('paragraphs_exact', {'n': 4}), ('words_min', {'n': 400})]),
    ("Write a persuasive essay on school uniforms. 300+ words, and include the words 'equality' and 'expression'.", [('words_min', {'n': 300}), ('keyword_include', {'words': ['equality', 'expression']})]),
    ("Here's my assignment prompt: 'Write a 1500-word research paper on renewable energy.' Can you help me get started by giving me an outline as 6 bullet points?", [('bullet_list', {'n': 6})]),
    ("Write a lab report conclusion about the effect of temperature on enzyme activity. Make sure to use the words 'denature', 'optimal' and 'catalase'.", [('keyword_include', {'words': ['denature', 'optimal', 'catalase']})]),
    ("Write a poem for my English class about my grandmother's kitchen. It has to be all lowercase like e.e. cummings, and the word 'cinnamon' should appear at least twice.", [('lowercase', {}), ('keyword_frequency', {'word': 'cinnamon', 'n': 2})]),
    ('For a Spanish class assignment, describe my family (two parents, an older brother and a dog named Tito). Write it entirely in Spanish and use at least 6 sentences.', [('language', {'code': 'es'}), ('sentences_min', {'n': 6})]),
    ('Create a lesson plan for teaching 4th graders about fractions using pizza. Use a numbered list of exactly 5 steps.', [('numbered_list', {'n': 5})]),
    ("Explain the Pythagorean theorem to me like I'm 12. No more than 100 words, and end with a question to check I understood.", [('words_max', {'n': 100}), ('end_with_question', {})]),
    ("Write a college application essay intro about volunteering at a food bank. Don't use the word 'passion', and keep it under 150 words.", [('keyword_avoid', {'words': ['passion']}), ('words_max', {'n': 149})]),
    ('Can you write a short history of the printing press for my son\'s presentation? He has to read it out loud in 2 minutes, so no more than 250 words.', [('words_max', {'n': 250})]),
    ('Using exactly 3 paragraphs, compare the leadership styles of Lincoln and Churchill for my AP History class.', [('paragraphs_exact', {'n': 3})]),
    # summaries of pasted text
    ('Summarize this in no more than 3 sentences: The city council voted 7-2 on Tuesday night to approve a new bike lane network along Main Street and Harbor Avenue. Supporters said the lanes would reduce traffic deaths, which rose last year, while opponents, mostly local business owners, worried about losing parking spaces. Construction is expected to begin in April and take about eight months, with the $4.2 million cost covered mostly by a state grant.', [('sentences_max', {'n': 3})]),
    ('Summarize this article in two paragraphs:\n\nResearchers at the University of Leeds have found that people who take a 20-minute walk after lunch report better concentration in the afternoon. The study followed 340 office workers for six weeks. Half were asked to walk after eating, while the other half stayed at their desks. The walkers scored higher on attention tests and said they felt less sleepy. The authors caution that the study relied partly on self-reported data and that workers who chose to join may already have been more active.', [('paragraphs_exact', {'n': 2})]),
    ("tl;dr this email in under 50 words: 'Hi everyone, as you may know the office will be closed from Dec 23 to Jan 2. During this time the VPN will remain available, but IT support will be limited to emergencies only. Please save your work to the shared drive before leaving, and take home any plants that need watering. We'll have a small celebration on Dec 20 at 4pm in the kitchen, snacks provided. Happy holidays! Dana'", [('words_max', {'n': 49})]),
    ('Can you turn these meeting notes into 4 bullet points? Notes: marketing wants the launch moved to May; engineering says the API will not be ready before June; Tom to check whether a beta in May is possible; budget review postponed; next sync on the 14th.', [('bullet_list', {'n': 4})]),
    ("Summarize this customer review in exactly two sentences, in German, for our Berlin team: 'I ordered the standing desk in March. Assembly took two hours and one screw was missing, but support sent a replacement within three days. The desk is sturdy and the motor is quiet. I'd buy it again, though the instructions could be clearer.'", [('sentences_exact', {'n': 2}), ('language', {'code': 'de'})]),
    ("Summarize this email from HR in 3 bullet points: 'Hi all, a reminder that expense reports must be submitted in English, in no more than two pages, by the 5th of each month. Receipts over $25 need a photo attached. Late reports will be processed the following month.'", [('bullet_list', {'n': 3})]),
    ("Please shorten this to under 60 words without losing the main point: 'Our community garden started in 2015 when a group of neighbors cleaned up an empty lot on Fifth Street. Since then it has grown to 40 plots, a tool shed and a small orchard. Every summer we host a harvest festival, and this year we want to raise money for a rainwater tank so that we use less city water.'", [('words_max', {'n': 59})]),
    ("Rewrite this product description so it's in all caps and ends with 'SHOP NOW!': 'Our handmade leather wallets are crafted in small batches from vegetable-tanned leather. Each one is stitched by hand and will last for years.'", [('uppercase', {}), ('end_phrase', {'phrase': 'SHOP NOW!'})]),
    # stories and poems
    ('Write a short story about a robot that learns to paint. 3 paragraphs, less than 300 words.', [('paragraphs_exact', {'n': 3}), ('words_max', {'n': 299})]),
    ('Write me two short poems about autumn, one happy and one sad. Put ~~~~ between them.', [('two_responses', {'separator': '~~~~'})]),
    ('Write a bedtime story about a brave little snail for my 4 year old. more than 300 words, and highlight at least 3 parts with markdown so I know where to do the voices', [('words_min', {'n': 301}), ('highlight', {'n': 3})]),
    ('Write a poem about leaving home. no capital letters anywhere, and no commas either.', [('lowercase', {}), ('no_commas', {})]),
    ('Write a haiku about Monday mornings, in Japanese.', [('language', {'code': 'ja'})]),
    ('Write a flash fiction piece about the last bookstore on Earth, under 250 words, with a title in double angular brackets like <<The Last Page>>.', [('words_max', {'n': 249}), ('title', {})]),
    ("I want a scary story to tell at a campfire. Make it at least 4 paragraphs and end it with the line 'And the fire went out.'", [('paragraphs_min', {'n': 4}), ('end_phrase', {'phrase': 'And the fire went out.'})]),
    ('Write a limerick about a cat who steals socks. Use only lowercase letters.', [('lowercase', {})]),
    ("Write a love poem for my wife's birthday. Include the words 'lighthouse', 'tea' and 'December', they mean something to us.", [('keyword_include', {'words': ['lighthouse', 'tea', 'december']})]),
    ("Write a fairy tale about a dragon who is afraid of the dark. Don't use the word 'once' anywhere, I'm tired of 'once upon a time'.", [('keyword_avoid', {'words': ['once']})]),
    ("Could you write a short mystery story where the detective is a parrot? I'd like exactly 5 paragraphs, and the first paragraph should start with the word 'Rain'.", [('paragraphs_exact', {'n': 5}), ('paragraph_first_word', {'n': 1, 'word': 'Rain'})]),
    ('Write a sonnet about traffic in Los Angeles in all capital letters.', [('uppercase', {})]),
    ('write a story about 2 kids who find a treasure map. its for a kids magazine so it cant be longer than 400 words', [('words_max', {'n': 400})]),
    ('Write a poem about the sea in Portuguese, and give it a title wrapped in double angular brackets, i.e. <<title>>.', [('language', {'code': 'pt'}), ('title', {})]),
    ("Word count doesn't matter. Write a story about a lonely lighthouse and end it with 'The light stayed on.'", [('end_phrase', {'phrase': 'The light stayed on.'})]),
    ('Write a short story for my creative writing group about a woman who inherits a bakery. It has to be at least 1,000 words.', [('words_min', {'n': 1000})]),
    # speeches and toasts
    ("I'm the best man at my brother's wedding next Saturday. Write a speech that's at least 400 words and includes the words 'Denver' and 'canoe' (long story).", [('words_min', {'n': 400}), ('keyword_include', {'words': ['denver', 'canoe']})]),
    ("Write a toast for my parents' 30th anniversary dinner. Keep it under 200 words and end with 'To Mom and Dad!'", [('words_max', {'n': 199}), ('end_phrase', {'phrase': 'To Mom and Dad!'})]),
    ("Write a retirement speech for Linda, who's been our receptionist for 25 years. Needs to be 3 paragraphs, and use her name 'Linda' at least 4 times since it's all about her.", [('paragraphs_exact', {'n': 3}), ('keyword_frequency', {'word': 'linda', 'n': 4})]),
    ("Write a graduation speech for a high school valedictorian. It should be at least 600 words and use the words 'courage', 'failure' and 'gratitude'.", [('words_min', {'n': 600}), ('keyword_include', {'words': ['courage', 'failure', 'gratitude']})]),
    ('Write a eulogy for my uncle Ray, who loved fishing and bad puns. No more than 4 paragraphs.', [('paragraphs_max', {'n': 4})]),
    ("Give me 2 versions of a short toast for a friend's 40th birthday, one sentimental and one roast-style. Separate them with ======.", [('two_responses', {'separator': '======'})]),
    ("I need a short speech for my first day as team lead and I'm nervous. Write it in no more than 5 sentences and make sure it ends with 'Let's get to work.'", [('sentences_max', {'n': 5}), ('end_phrase', {'phrase': "Let's get to work."})]),
    ("Write a speech for my daughter's 8th grade graduation (I'm the class parent). At least 350 words, and please don't mention 'COVID', the kids are sick of hearing about it.", [('words_min', {'n': 350}), ('keyword_avoid', {'words': ['covid']})]),
    # plans, tips, explanations
    ('What are some tips for staying focused when working from home? Give me exactly 5 bullet points.', [('bullet_list', {'n': 5})]),
    ("Explain how compound interest works, but don't use any commas in your answer.", [('no_commas', {})]),
    ("My keyboard's comma key is broken lol so please dont use commas in your reply. Whats a good name for a golden retriever puppy?", [('no_commas', {})]),
    ('Make me a 7-day meal plan for a vegetarian on a budget. Use at least 7 bullet points and keep the whole thing under 300 words.', [('bullets_min', {'n': 7}), ('words_max', {'n': 299})]),
    ('How do I get rid of fruit flies in my kitchen? Answer in 3 sentences max.', [('sentences_max', {'n': 3})]),
    ('Can you explain what a blockchain is in exactly 3 sentences? My boss keeps asking and I never know what to say.', [('sentences_exact', {'n': 3})]),
    ('Explain the difference between a Roth IRA and a traditional IRA in less than 100 words.', [('words_max', {'n': 99})]),
    ("I'm dyslexic and find capitals easier to read, so please write your whole answer in capital letters. How do I reset my router?", [('uppercase', {})]),
    ("What should I look for when buying a used bike? Reply in Dutch, I'm forwarding this to my dad in Utrecht.", [('language', {'code': 'nl'})]),
    ("Give me a study plan for the GRE over 8 weeks. At least 8 bullet points, and end your response with 'Good luck!'", [('bullets_min', {'n': 8}), ('end_phrase', {'phrase': 'Good luck!'})]),
    ('What are the pros and cons of electric cars? Answer in 150 words or less, and highlight at least 2 key points with markdown.', [('words_max', {'n': 150}), ('highlight', {'n': 2})]),
    ("Explain how vaccines work to a nervous parent. Avoid the words 'toxin' and 'inject'. Around 200 words is fine.", [('keyword_avoid', {'words': ['toxin', 'inject']})]),
    ('Give me a packing list for a 3-day hiking trip as a numbered list of 10 items.', [('numbered_list', {'n': 10})]),
    ('How do I make my houseplants stop dying?? pls answer in less than 5 sentences lol', [('sentences_max', {'n': 4})]),
    ("I'm visiting Seoul next month. What are 5 things I should know about etiquette there? Answer in Korean so I can practice reading, as 5 bullet points.", [('language', {'code': 'ko'}), ('bullet_list', {'n': 5})]),
    ("Explain quantum entanglement to a high schooler. Keep it to exactly 2 paragraphs, and don't use the words 'spooky' or 'magic'.", [('paragraphs_exact', {'n': 2}), ('keyword_avoid', {'words': ['spooky', 'magic']})]),
    ('Give me a weekly cleaning schedule for a 2-bedroom apartment, split into 7 sections with the headers Day 1 through Day 7.', [('sections', {'n': 7, 'marker': 'Day'})]),
    ('How should I prepare for a salary negotiation? Your response should contain at least 6 sentences and end with a question I should ask myself.', [('sentences_min', {'n': 6}), ('end_with_question', {})]),
    ("Give me tips for a first-time dog owner. respond in all lowercase letters and don't use more than 120 words", [('lowercase', {}), ('words_max', {'n': 120})]),
    ('No need for bullet points or headings. Just write 3 paragraphs explaining how to choose a mattress.', [('paragraphs_exact', {'n': 3})]),
    ('In under 100 words, explain why the sky is blue.', [('words_max', {'n': 99})]),
    ('Explain the rules of cricket to an American. More than 200 words but less than 400.', [('words_min', {'n': 201}), ('words_max', {'n': 399})]),
    ('I keep forgetting to drink water. Give me some tricks, at least 4 paragraphs, and the word "bottle" has to show up at least 3 times.', [('paragraphs_min', {'n': 4}), ('keyword_frequency', {'word': 'bottle', 'n': 3})]),
    ('Write a morning routine for someone who hates mornings. ≤ 80 words.', [('words_max', {'n': 80})]),
    # reviews and descriptions
    ("Write a product review for noise-cancelling headphones, at least 250 words, and do not use the words 'amazing' or 'awesome'.", [('words_min', {'n': 250}), ('keyword_avoid', {'words': ['amazing', 'awesome']})]),
    ('Write a review of the movie Inception for my blog. Put a title in double angular brackets, e.g. <<Dreams Within Dreams>>, and write at least 3 paragraphs.', [('title', {}), ('paragraphs_min', {'n': 3})]),
    ('Write a product description for a bamboo toothbrush in exactly 4 sentences.', [('sentences_exact', {'n': 4})]),
    ("Write an Airbnb listing for my cabin near Lake Tahoe. Must include the words 'fireplace' and 'kayaks', and keep it under 180 words.", [('keyword_include', {'words': ['fireplace', 'kayaks']}), ('words_max', {'n': 179})]),
    ("Describe the new iPhone to my grandma without using the words 'app' or 'cloud'. 100 words maximum.", [('keyword_avoid', {'words': ['app', 'cloud']}), ('words_max', {'n': 100})]),
    ("Write a book review of The Hobbit for a kids' reading blog. Highlight at least 2 sections with markdown and end with 'Happy reading!'", [('highlight', {'n': 2}), ('end_phrase', {'phrase': 'Happy reading!'})]),
    ('Write a restaurant review, in Italian, of a pizzeria in Naples. At least 200 words.', [('language', {'code': 'it'}), ('words_min', {'n': 200})]),
    ('Write an honest review of a hotel stay that went badly. Two versions please, one angry and one calm, separated by ---.', [('two_responses', {'separator': '---'})]),
    # dialogue and scripts
    ("Write a short dialogue between a barista and a customer who can't decide what to order. End your response with a question.", [('end_with_question', {})]),
    ('Write a script for a 30-second commercial for a dog-walking app. Keep it under 90 words and put the entire script in double quotes.', [('words_max', {'n': 89}), ('quotation', {})]),
    ('Write a conversation between two astronauts arguing about pineapple pizza. Make it funny, and it has to be in Spanish.', [('language', {'code': 'es'})]),
    # recipes
    ("Give me a recipe for vegan banana bread. Please don't use the word 'easy' anywhere, my followers hate it.", [('keyword_avoid', {'words': ['easy']})]),
    ('Can you give me a simple recipe for chicken curry? Write it in Hindi please, it is for my mother-in-law.', [('language', {'code': 'hi'})]),
    ('recipe for overnight oats pls, under 100 words and all in lowercase', [('words_max', {'n': 99}), ('lowercase', {})]),
    ("Write a recipe for grandma-style apple pie. Start your answer with 'Preheat the oven' and make it at least 200 words.", [('start_phrase', {'phrase': 'Preheat the oven'}), ('words_min', {'n': 200})]),
    # templates, data and choices
    ("List the 5 biggest US cities with their populations. Return it as JSON, I'm pasting it straight into my code.", [('json_output', {})]),
    ('Create a template for a rental inquiry email with placeholders in square brackets like [address] and [move-in date], at least 3 of them.', [('placeholders', {'n': 3})]),
    ("Is a tomato a fruit or a vegetable? Just answer 'fruit' or 'vegetable', nothing else.", [('constrained_choice', {'options': ['fruit', 'vegetable']})]),
    ("Write a thank-you card for my kid's kindergarten teacher, Ms. Patel. Add a P.S. at the end thanking her for the class hamster updates.", [('postscript', {'marker': 'P.S.'})]),
    ("Write a fundraising appeal for our library's new children's wing. Use the word 'books' at least 5 times and finish with a P.S.", [('keyword_frequency', {'word': 'books', 'n': 5}), ('postscript', {'marker': 'P.S.'})]),
    ("First repeat my question word for word, then answer it: What's the best way to store fresh basil?", [('repeat_request', {'request': ["What's the best way to store fresh basil?"]})]),
    ('Write an announcement of our new parental leave policy. Title it in double angle brackets like <<New Parental Leave Policy>>, use exactly 3 bullet points, and keep it under 200 words.', [('title', {}), ('bullet_list', {'n': 3}), ('words_max', {'n': 199})]),
    ('Write a letter to Santa from my 6-year-old (she will copy it out herself). Use at least 2 words in all caps for excitement, like PLEASE.', [('capital_words', {'n': 2})]),
    # the answer's language
    ('¿Puedes escribirme un poema corto sobre el mar? Responde en español, por favor.', [('language', {'code': 'es'})]),
    ('Write a welcome message for exchange students arriving in Stockholm. It should be in Swedish and under 100 words.', [('language', {'code': 'sv'}), ('words_max', {'n': 99})]),
    ('Answer in Russian: what are three must-see places in St. Petersburg?', [('language', {'code': 'ru'})]),
    ('Write a short thank-you message to our supplier in Guangzhou. Write it in Chinese, simplified characters.', [('language', {'code': 'zh'})]),
    ('Give me a motivational quote and a short explanation of it, in Turkish, no more than 60 words.', [('language', {'code': 'tr'}), ('words_max', {'n': 60})]),
    ("I'm practicing my French. Tell me about your favorite season, but only in French, and in at least 5 sentences.", [('language', {'code': 'fr'}), ('sentences_min', {'n': 5})]),
    # mixed, longer and rambling
    ("So my sister is turning 30 and she's been really down about it, she thinks she's behind in life because she isn't married and doesn't own a house. Can you write her a card message that's encouraging but not cheesy? 50-70 words.", [('words_min', {'n': 50}), ('words_max', {'n': 70})]),
    ("Write wedding vows for my fiancé Tomás. Under 300 words since we have a time slot, and start them with the words 'My dearest Tomás'.", [('words_max', {'n': 299}), ('start_phrase', {'phrase': 'My dearest Tomás'})]),
    ("Write a blog post about the benefits of cold showers, no more than 1,200 words, and include the keywords 'dopamine' and 'circulation'.", [('words_max', {'n': 1200}), ('keyword_include', {'words': ['dopamine', 'circulation']})]),
    ("ok so I'm launching a newsletter for people who restore old motorcycles. can you write the first welcome issue? it should be at least 3 paragraphs, mention 'carburetor' somewhere, and sign off with the exact phrase 'Keep the rubber side down.'", [('paragraphs_min', {'n': 3}), ('keyword_include', {'words': ['carburetor']}), ('end_phrase', {'phrase': 'Keep the rubber side down.'})]),
    ('Our school PTA needs a flyer for the bake sale. Please use all capital letters, keep it under 50 words, and no commas because the font makes them look like smudges.', [('uppercase', {}), ('words_max', {'n': 49}), ('no_commas', {})]),
    ("I'm a nurse and I need to explain to a patient's family what sepsis is. Be gentle, use exactly 4 sentences, and don't use the word 'fatal'.", [('sentences_exact', {'n': 4}), ('keyword_avoid', {'words': ['fatal']})]),
    ('Write a product description for our new trail running shoe in two versions, one for Instagram and one for our website, with ****** between them, each under 80 words.', [('two_responses', {'separator': '******'})]),
    ('Give me a script for calling in sick to work. Please give two options separated by ***, and write them in all lowercase.', [('two_responses', {'separator': '***'}), ('lowercase', {})]),
    ('Write an apology note from our restaurant to a guest who found a hair in her soup. At most 4 sentences, and include a P.S. offering a free dessert next visit.', [('sentences_max', {'n': 4}), ('postscript', {'marker': 'P.S.'})]),
    ("Write a kid-friendly explanation of why leaves change color in fall, in exactly 3 paragraphs, with the words 'chlorophyll' and 'sunlight' in it.", [('paragraphs_exact', {'n': 3}), ('keyword_include', {'words': ['chlorophyll', 'sunlight']})]),
    ('Help me write a text to my roommate about doing the dishes. Lowercase only, no commas, under 40 words. I want it to sound casual not passive aggressive', [('lowercase', {}), ('no_commas', {}), ('words_max', {'n': 39})]),
    ('Write a 4-paragraph cover letter for a remote customer support job and highlight at least 3 of my skills in markdown bold. I have 3 years at a call center and speak English and Tagalog.', [('paragraphs_exact', {'n': 4}), ('highlight', {'n': 3})]),
    ("Écris-moi un petit mot pour remercier ma voisine d'avoir arrosé mes plantes. En français, s'il te plaît, et en moins de 50 mots.", [('language', {'code': 'fr'}), ('words_max', {'n': 49})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    # questions about length and format
    ('How long should a cover letter be? Is 400 words too much?', []),
    ('Is 250 words enough for a college supplemental essay, or should I use the full 300?', []),
    ('How many words is 5 pages double spaced in Times New Roman 12?', []),
    ('Does the 650-word limit on the Common App essay include the title?', []),
    ("What's the difference between 'fewer than 100 words' and 'less than 100 words'? Which is grammatically right?", []),
    ('Can you check whether my abstract is over the 250-word limit? "We studied the effect of urban green spaces on self-reported stress in 1,200 adults across four cities. Participants who lived within 300 metres of a park reported lower stress scores, even after adjusting for income and age."', []),
    ('Why do so many teachers require the five-paragraph essay? Is it actually a good structure?', []),
    ('My professor wants an essay "between 800 and 1000 words". Does the bibliography count toward that?', []),
    ('How many sentences should a paragraph have in academic writing?', []),
    ('Why do newspapers use such short paragraphs compared to books?', []),
    ('What is a haiku and how many syllables does each line have?', []),
    ('How many words does a typical TED talk have?', []),
    ('How do I see the word count of just one paragraph in Google Docs?', []),
    ('How can I limit answers on a Google Form to 200 words?', []),
    # other people's rules and habits
    ('My boss told me to stop using bullet points in reports. Is prose really better for executives?', []),
    ("A friend says you should never put more than three bullet points on a slide. Is that real advice or a myth?", []),
    ('Is it rude to type emails in all caps? My uncle does it and everyone thinks he is angry.', []),
    ('Why did e.e. cummings write most of his poems in lowercase?', []),
    ("My coworker ends every single email with 'Cheers!' Is that unprofessional in the US?", []),
    ("Is it 'P.S.' or 'PS', and does a P.S. still make sense in an email?", []),
    ('The job posting says applicants should answer in Spanish. Does that mean my whole application has to be in Spanish?', []),
    ("My son's homework says 'Write a paragraph using at least 3 of your spelling words.' What's a fun topic he could write about?", []),
    ("The writing contest says stories must not include the words 'suddenly' or 'very'. Why would a contest ban those words?", []),
    ('My teacher docked points because my essay had no title. Is a title really required in MLA format?', []),
    ('In LinkedIn posts, why do people put every sentence on its own line?', []),
    ('How many hashtags is too many on an Instagram post? I usually use about 15.', []),
    ("Is there a rule that you can't start a sentence with 'And' or 'But'?", []),
    ('Why do some people avoid the Oxford comma?', []),
    # pasted texts holding rules, to summarise, explain or proofread
    ("Summarize the contest rules for me: 'Entries must be under 500 words, written in English, and include the hashtag #ShortStory. Each entry must end with the author's first name. Winners will be announced on 1 June.'", []),
    ("Proofread this please: 'Dear team, please sends your reports in German by friday, no more then two pages each, and end them with you're signature.'", []),
    ("What does this exam instruction mean: 'Answer in no more than three sentences and do not use bullet points'? Does a semicolon count as a new sentence?", []),
    ("Explain this line from my company style guide in plain English: 'All customer-facing copy must avoid the words guarantee and free, and headlines are written in sentence case.'", []),
    ("Here's the brief my client sent: 'Two versions of the tagline, separated by a line of asterisks, both under 8 words.' Is that a normal request for a freelance copywriter?", []),
    ("My landlord sent this: 'All requests must be in writing and include a P.S. with your unit number.' Is that even legal in California?", []),
    ("What is this email asking me to do? 'Please reply in all lowercase with no punctuation so our system can parse it. Include your order number.'", []),
    # stories and pieces ABOUT such rules
    ('Write a short story about a student who has to write a 1000-word essay overnight.', []),
    ("Write a poem about a teacher who bans the word 'nice' from every essay.", []),
    ('Write a funny story about a boss who makes everyone write their reports in ALL CAPS.', []),
    ('Write a dialogue between two friends arguing about whether text messages should end with a period.', []),
    ('Write a short story about an editor who deletes every comma she finds.', []),
    ('Write a scene in which a kid keeps asking a smart speaker to answer in Spanish and it keeps answering in English.', []),
    # requests whose only mentions are non-requirements
    ("Write me a poem about rain. There's no length limit and it doesn't need to rhyme.", []),
    ("Draft a LinkedIn post about my promotion to senior engineer. Don't worry about the word count.", []),
    ("The last assistant gave me two answers separated by asterisks, which I hated. Just give me one good tagline for a bike repair shop.", []),
    ("Write a thank-you note to my neighbor for feeding my cat. It doesn't have to be in Spanish, she speaks English too.", []),
    ("I used to write all my notes in lowercase to save time. Write me a short pep talk about getting back into journaling.", []),
    # plain questions near the topics
    ("Why do Spanish speakers put an upside-down question mark at the start of a question?", []),
    ("What's the difference between a numbered list and a bulleted list in Markdown?", []),
    ('What do asterisks around a word mean in a WhatsApp message?', []),
    ("What's a good way to end a work email instead of 'Best regards'?", []),
    ("What does 'TL;DR' mean and where did it come from?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B


# left unread by session 29's reader, as the reviewer expects them
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('Summarize the causes of the French Revolution for my homework. My teacher\'s limit is 5 sentences, so please stay within that.', [('sentences_max', {'n': 5})]),
    ('Can you write a birthday message for my Brazilian coworker? Portuguese please, 2-3 sentences.', [('language', {'code': 'pt'}), ('sentences_min', {'n': 2}), ('sentences_max', {'n': 3})]),
    ("My boss wants this in German eventually, but just write it in English for now and I'll get it translated: a memo about the new parking rules, 3 paragraphs.", [('language', {'code': 'en'}), ('paragraphs_exact', {'n': 3})]),
]
