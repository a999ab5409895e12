# ruff: noqa: E501  (test data: one prompt per line, as written)
"""A nineteenth development set for `rule:instructions`, by another author (a helper session that saw neither the reader's code nor any benchmark): 190 prompts in the style of instruction-following datasets, each writing task with 1-3 constraints in the writer's own words (imperative, declarative, conditional, passive, noun phrase, question, negative and roundabout forms), and 30 look-alikes that state none. Author's description: A nineteenth development set of instruction-following prompts written in a crowd-worker's own voice: everyday writing tasks (emails, cover letters, speeches, limericks, raps, riddles, FAQs, product blurbs, news summaries, itineraries) carrying one to three verifiable constraints, each phrased freshly and placed before the task, after it, or folded into the same sentence, using imperatives, declaratives, conditionals, passives, bare noun-phrase labels ("Word limit: 120"), polite questions, negative framing and roundabout wishes; strictness words are mapped literally ("under 150 words" means at most 149, "more than 300" means at least 301), and look-alike prompts that merely mention JSON, titles, sections, postscripts, capitals or numbers carry no labels.

First read (before the fixes it prompted): 155 of 190 exact, recall 0.845, precision 0.946, 27 of 30 instruction-free prompts read nothing.
"""

from typing import Any

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

CASES: list[Case] = [
    # --- words_max ---
    ("Write a cover letter for a junior barista position at a neighborhood café. Keep it under 150 words.", [("words_max", {"n": 149})]),
    ("Word limit: 120. Draft a product description for a collapsible silicone water bottle aimed at hikers.", [("words_max", {"n": 120})]),
    ("I need a short speech for my grandmother's 90th birthday party; please don't let it run past 200 words, and do not use any commas.", [("words_max", {"n": 200}), ("no_commas", {})]),
    ("Could you explain how a heat pump works to a homeowner who is thinking of buying one? The explanation shouldn't exceed 80 words.", [("words_max", {"n": 80})]),
    ("Write a limerick about a cat who steals socks. If your reply is longer than 60 words, it is wrong.", [("words_max", {"n": 60})]),
    ("Summarize the news that a small coastal town has voted to ban single-use plastic bags. Fewer than 50 words, please, and the word 'ordinance' must appear.", [("words_max", {"n": 49}), ("keyword_include", {"words": ["ordinance"]})]),
    # --- words_min ---
    ("Write a story about a lighthouse keeper who finds a message in a bottle. It should be at least 400 words long.", [("words_min", {"n": 400})]),
    ("Compose a review of a fictional ramen shop called Noodle Harbor. I'd like it to be more than 300 words, and please wrap your whole response in double quotation marks.", [("words_min", {"n": 301}), ("quotation", {})]),
    ("Minimum length: 250 words. Write a blog post about why people should learn to mend their own clothes.", [("words_min", {"n": 250})]),
    ("Can you write an essay on the history of the bicycle that goes over 500 words? Include the keywords 'penny-farthing' and 'chain'.", [("words_min", {"n": 501}), ("keyword_include", {"words": ["penny-farthing", "chain"]})]),
    ("Write a dialogue between a landlord and a tenant negotiating a rent increase. Anything shorter than 350 words won't be accepted.", [("words_min", {"n": 350})]),
    # --- sentences_max ---
    ("Describe the smell of rain in no more than 4 sentences.", [("sentences_max", {"n": 4})]),
    ("Write an ad for a mobile dog-grooming van. Don't go beyond 3 sentences.", [("sentences_max", {"n": 3})]),
    ("Your answer should contain fewer than 6 sentences. Explain why the sky turns red at sunset.", [("sentences_max", {"n": 5})]),
    ("Pitch me a startup idea for a camping-gear rental service, keeping it to a maximum of five sentences, and end with a question.", [("sentences_max", {"n": 5}), ("end_with_question", {})]),
    ("Write a note to a neighbor asking them to keep their music down at night. Sentence cap: 4. Digits are off-limits.", [("sentences_max", {"n": 4}), ("no_digits", {})]),
    # --- sentences_min ---
    ("Write a thank-you email to a mentor who helped you prepare for a job interview. It must be at least 8 sentences long.", [("sentences_min", {"n": 8})]),
    ("Tell me about the life cycle of a monarch butterfly using more than 10 sentences.", [("sentences_min", {"n": 11})]),
    ("I want a product FAQ for a smart thermostat, and I'd like it to have no fewer than 12 sentences in total.", [("sentences_min", {"n": 12})]),
    ("Write a short horror story set in an abandoned subway station. The story must contain a minimum of 15 sentences, and it is required that every letter be lowercase.", [("sentences_min", {"n": 15}), ("lowercase", {})]),
    ("Sentences: at least 7. Explain to a ten-year-old why we have leap years.", [("sentences_min", {"n": 7})]),
    # --- sentences_exact ---
    ("In exactly three sentences, describe the perfect Sunday morning.", [("sentences_exact", {"n": 3})]),
    ("Write a riddle whose answer is 'shadow'. Your riddle should be precisely 4 sentences long.", [("sentences_exact", {"n": 4})]),
    ("Summarize the plot of Romeo and Juliet in 2 sentences.", [("sentences_exact", {"n": 2})]),
    ("Give me a motivational message for a marathon runner on race morning. Make it exactly five sentences, no more and no less, and make sure the word 'breathe' shows up at least twice.", [("sentences_exact", {"n": 5}), ("keyword_frequency", {"word": "breathe", "n": 2})]),
    ("Could you write an elevator pitch for a language-learning app in exactly 6 sentences, entirely in Spanish?", [("sentences_exact", {"n": 6}), ("language", {"code": "es"})]),
    # --- paragraphs_exact ---
    ("Write a short essay about urban beekeeping. There should be 3 paragraphs, separated from each other by the markdown divider ***.", [("paragraphs_exact", {"n": 3})]),
    ("Write a letter to your future self. Use exactly four paragraphs, with a blank line between each.", [("paragraphs_exact", {"n": 4})]),
    ("Two paragraphs only: explain what inflation is and how it affects savings.", [("paragraphs_exact", {"n": 2})]),
    ("Draft a speech for a high school graduation. It must have 5 paragraphs, the third of which starts with the word 'Remember'.", [("paragraphs_exact", {"n": 5}), ("paragraph_first_word", {"n": 3, "word": "Remember"})]),
    ("Please write a product review of noise-cancelling headphones, divided into exactly 3 paragraphs separated by ***. The first paragraph has to start with 'Honestly'.", [("paragraphs_exact", {"n": 3}), ("paragraph_first_word", {"n": 1, "word": "Honestly"})]),
    # --- paragraphs_min ---
    ("Write a story about a robot learning to bake bread. Use at least 4 paragraphs.", [("paragraphs_min", {"n": 4})]),
    ("Explain the causes of the French Revolution in more than 3 paragraphs.", [("paragraphs_min", {"n": 4})]),
    ("I'd like a travel guide to Lisbon with no fewer than six paragraphs; please put a title in double angular brackets, like <<Lisbon in Spring>>.", [("paragraphs_min", {"n": 6}), ("title", {})]),
    ("Your response must be made up of a minimum of 5 paragraphs. Write a persuasive piece arguing that public libraries should stay open 24 hours a day.", [("paragraphs_min", {"n": 5})]),
    ("Paragraph count: 3 or more. Write a review of an imaginary board game called 'Harbor Lights'.", [("paragraphs_min", {"n": 3})]),
    # --- paragraphs_max ---
    ("Write a cover letter for a data analyst internship, in no more than 3 paragraphs.", [("paragraphs_max", {"n": 3})]),
    ("Explain how vaccines train the immune system. Don't use more than two paragraphs.", [("paragraphs_max", {"n": 2})]),
    ("Keep it to 4 paragraphs at most: describe a day in the life of a medieval blacksmith.", [("paragraphs_max", {"n": 4})]),
    ("Can you describe your ideal home office setup in fewer than 3 paragraphs, and avoid the words 'desk' and 'chair'?", [("paragraphs_max", {"n": 2}), ("keyword_avoid", {"words": ["desk", "chair"]})]),
    ("Write a eulogy for a beloved family dog named Biscuit. The eulogy is not to exceed 3 paragraphs, and it should end with the exact phrase 'Good boy, Biscuit.'", [("paragraphs_max", {"n": 3}), ("end_phrase", {"phrase": "Good boy, Biscuit."})]),
    # --- bullet_list ---
    ("List the benefits of cold showers. Your answer must contain exactly 4 bullet points in markdown format, like:\n* This is a point.", [("bullet_list", {"n": 4})]),
    ("Give me tips for a first-time home buyer, formatted as exactly five markdown bullets.", [("bullet_list", {"n": 5})]),
    ("What should I pack for a weekend camping trip? Use exactly 7 bullet points (e.g. '* tent') and nothing else.", [("bullet_list", {"n": 7})]),
    ("Three bullet points, no more, no fewer: summarize the main arguments for a four-day work week.", [("bullet_list", {"n": 3})]),
    ("Write a packing checklist for a beach vacation as a markdown bulleted list with exactly 6 items, all in lowercase letters.", [("bullet_list", {"n": 6}), ("lowercase", {})]),
    # --- bullets_min ---
    ("Brainstorm names for a bakery that specializes in sourdough. Give at least 10 bullet points.", [("bullets_min", {"n": 10})]),
    ("List reasons to adopt a senior cat; I want no fewer than 5 markdown bullet points.", [("bullets_min", {"n": 5})]),
    ("Write a FAQ-style list of common questions about composting, using markdown bullets. It is required that there be more than 6 bullets.", [("bullets_min", {"n": 7})]),
    ("Can you give me a list of icebreaker questions for a team meeting? Use bullet points, have at least 8 of them, and end your whole response with a question.", [("bullets_min", {"n": 8}), ("end_with_question", {})]),
    ("Bullet points: minimum of 4. Outline the steps for changing a flat tire.", [("bullets_min", {"n": 4})]),
    # --- bullets_max ---
    ("Summarize the key features of a new electric scooter in bullet points, using no more than 4 bullets.", [("bullets_max", {"n": 4})]),
    ("List the pros of remote work as markdown bullets. Don't exceed 5 bullet points.", [("bullets_max", {"n": 5})]),
    ("Give me the highlights of a fictional tech conference keynote. Fewer than 6 bullet points, please.", [("bullets_max", {"n": 5})]),
    ("I'd like a quick rundown of what to do if a pipe bursts at home, in markdown bullets, three at the very most.", [("bullets_max", {"n": 3})]),
    ("Write a to-do list for someone preparing for a job interview tomorrow; the list may contain up to 6 bullet points, and the word 'resume' must not appear.", [("bullets_max", {"n": 6}), ("keyword_avoid", {"words": ["resume"]})]),
    # --- numbered_list ---
    ("Write a recipe for banana bread. Give just the method, as a numbered list of exactly 8 steps.", [("numbered_list", {"n": 8})]),
    ("Give me exactly 5 numbered reasons to visit Iceland in winter (1., 2., and so on).", [("numbered_list", {"n": 5})]),
    ("Rank the top 10 inventions of the 20th century as a numbered list, one per line.", [("numbered_list", {"n": 10})]),
    ("Outline a plan to reduce household food waste in three steps. Number each step (1., 2., 3.).", [("numbered_list", {"n": 3})]),
    ("Can you list seven habits of productive writers, as a numbered list with exactly seven entries, without using any commas?", [("numbered_list", {"n": 7}), ("no_commas", {})]),
    # --- keyword_include ---
    ("Write a poem about autumn that includes the words 'amber', 'hollow', and 'wind'.", [("keyword_include", {"words": ["amber", "hollow", "wind"]})]),
    ("Write a product description for a handmade leather wallet. Make sure you mention 'stitching' and 'durable' somewhere.", [("keyword_include", {"words": ["stitching", "durable"]})]),
    ("In your rap about city life, the words 'subway' and 'neon' need to appear.", [("keyword_include", {"words": ["subway", "neon"]})]),
    ("Required keywords: sustainability, budget. Write an email to a team proposing a new office recycling program.", [("keyword_include", {"words": ["sustainability", "budget"]})]),
    ("Can you tell a bedtime story that uses the word 'moonbeam'?", [("keyword_include", {"words": ["moonbeam"]})]),
    # --- keyword_avoid ---
    ("Write an advertisement for a vegan burger without using the words 'meat' or 'beef'.", [("keyword_avoid", {"words": ["meat", "beef"]})]),
    ("Describe the ocean to someone who has never seen it. Avoid the words 'blue', 'water', and 'wave'.", [("keyword_avoid", {"words": ["blue", "water", "wave"]})]),
    ("The words 'very' and 'really' are forbidden. Write a review of a hotel stay in Kyoto.", [("keyword_avoid", {"words": ["very", "really"]})]),
    ("Write a love poem; if the word 'heart' appears anywhere, you fail.", [("keyword_avoid", {"words": ["heart"]})]),
    # --- keyword_frequency ---
    ("Write a silly short story where the word 'pickle' appears at least 5 times.", [("keyword_frequency", {"word": "pickle", "n": 5})]),
    ("Write a product pitch for a reusable coffee cup. Use the word 'planet' a minimum of 3 times.", [("keyword_frequency", {"word": "planet", "n": 3})]),
    ("I'd like a speech for a robotics club where 'build' shows up no less than four times.", [("keyword_frequency", {"word": "build", "n": 4})]),
    ("Compose a rap about friendship. The word 'loyal' should be repeated more than twice.", [("keyword_frequency", {"word": "loyal", "n": 3})]),
    # --- letter_frequency ---
    ("Write a short poem about a zebra at the zoo in which the letter 'z' appears at least 10 times.", [("letter_frequency", {"letter": "z", "n": 10})]),
    ("Describe a jazzy old jukebox. Use the letter 'j' no fewer than 8 times.", [("letter_frequency", {"letter": "j", "n": 8})]),
    ("Write a tweet about a quiet morning. The letter 'q' must appear at least 4 times.", [("letter_frequency", {"letter": "q", "n": 4})]),
    ("Can you write a limerick where the letter 'x' shows up more than 3 times?", [("letter_frequency", {"letter": "x", "n": 4})]),
    ("Letter requirement: 'k' must occur at least 12 times. Write a story about a kayak trip.", [("letter_frequency", {"letter": "k", "n": 12})]),
    # --- two_responses ---
    ("Write two different slogans for a bike-sharing program. Separate the two with six asterisks: ******.", [("two_responses", {"separator": "******"})]),
    ("Give me two versions of an out-of-office email, one formal and one casual, separated by the line ***.", [("two_responses", {"separator": "***"})]),
    ("I need two different haikus about snow. Put --- between them.", [("two_responses", {"separator": "---"})]),
    ("Provide two alternative opening paragraphs for a mystery novel. The two responses must be separated by ######.", [("two_responses", {"separator": "######"})]),
    ("Could you write two distinct answers to 'What makes a good teacher?', divided by the separator ~~~~?", [("two_responses", {"separator": "~~~~"})]),
    # --- start_phrase ---
    ("Write a letter to a pen pal in Japan. Start your answer with 'Dear Haruki,'.", [("start_phrase", {"phrase": "Dear Haruki,"})]),
    ("Begin your reply with the exact words 'Once upon a midnight'. Write a spooky story for kids.", [("start_phrase", {"phrase": "Once upon a midnight"})]),
    ("Write a news summary about a local bakery winning a national award; the first words must be 'BREAKING NEWS:'.", [("start_phrase", {"phrase": "BREAKING NEWS:"})]),
    ("The response has to open with 'Ladies and gentlemen' since it's a toast for my sister's wedding.", [("start_phrase", {"phrase": "Ladies and gentlemen"})]),
    ("Can you kick off the product description with the phrase 'Meet the future of coffee'? The product is a smart espresso machine.", [("start_phrase", {"phrase": "Meet the future of coffee"})]),
    # --- end_phrase ---
    ("Write a short story about a lost umbrella. Finish your response with the exact phrase 'And the rain kept falling.' No other words should follow.", [("end_phrase", {"phrase": "And the rain kept falling."})]),
    ("End your email with 'Looking forward to hearing from you.' It's an email to a landlord about a broken heater.", [("end_phrase", {"phrase": "Looking forward to hearing from you."})]),
    ("Write a motivational speech for a youth soccer team, and make sure the very last words are 'Now go play!'", [("end_phrase", {"phrase": "Now go play!"})]),
    ("Your final sentence should be exactly 'Is there anything else I can help with?' Write a customer support reply about a late delivery.", [("end_phrase", {"phrase": "Is there anything else I can help with?"})]),
    ("Compose a poem about the sea; the answer must conclude with the phrase 'salt and silver'.", [("end_phrase", {"phrase": "salt and silver"})]),
    # --- end_with_question ---
    ("Write an email to a colleague inviting them to lunch. Make sure to end the email with a question.", [("end_with_question", {})]),
    ("Describe a new board game you've invented, and finish by asking the reader a question.", [("end_with_question", {})]),
    ("Your response's last sentence must be a question. Write an ad for a language school.", [("end_with_question", {})]),
    ("Write a riddle about a clock. It is required that the response end with a question mark.", [("end_with_question", {})]),
    # --- title ---
    ("Write a poem about a fox in the snow. Give it a title wrapped in double angular brackets, such as <<title>>.", [("title", {})]),
    ("Write a blog post about minimalist living. Please include a title, formatted as <<Your Title Here>>.", [("title", {})]),
    ("The answer needs a title enclosed in << and >>. Write a news article about a record-breaking pumpkin.", [("title", {})]),
    ("Could you write a short fable about a greedy crow and put its title between double angle brackets?", [("title", {})]),
    # --- highlight ---
    ("Explain the water cycle, highlighting at least 3 sections with markdown, i.e. *highlighted section*.", [("highlight", {"n": 3})]),
    ("Write a study plan for a chemistry exam. Highlight at least 2 key parts using markdown like *this*.", [("highlight", {"n": 2})]),
    ("In your product description for a standing desk, use markdown to highlight a minimum of 4 phrases, e.g. *adjustable height*.", [("highlight", {"n": 4})]),
    ("Can you write a guide to brewing pour-over coffee with more than 2 sections highlighted in markdown (e.g. *highlighted section*)?", [("highlight", {"n": 3})]),
    ("Highlights: at least 5, formatted as *text*. Write an overview of the planets in our solar system.", [("highlight", {"n": 5})]),
    # --- placeholders ---
    ("Write a template for a rental agreement. Include at least 4 placeholders in square brackets, like [tenant name].", [("placeholders", {"n": 4})]),
    ("Draft a wedding invitation with placeholders in square brackets such as [date] and [venue]; there should be at least 3 of them.", [("placeholders", {"n": 3})]),
    ("Write a job posting for a line cook. Use square-bracket placeholders (e.g. [restaurant name]) for the specific details, at least 5 of them.", [("placeholders", {"n": 5})]),
    ("Could you write a cover letter template I can reuse? It should contain more than 2 placeholders in square brackets, like [company].", [("placeholders", {"n": 3})]),
    ("Placeholders required: minimum of 6, written as [placeholder]. Create a press release template for a product launch.", [("placeholders", {"n": 6})]),
    # --- postscript ---
    ("Write an email to your team announcing the office holiday party. At the end, add a postscript starting with P.S.", [("postscript", {"marker": "P.S."})]),
    ("Write a letter to an old friend you haven't seen in years. Please end it with a P.P.S. note.", [("postscript", {"marker": "P.P.S."})]),
    ("Write a short note to a babysitter with instructions for the evening; include a postscript that begins with 'P.S.' at the bottom.", [("postscript", {"marker": "P.S."})]),
    ("It is required that you finish with a postscript marked P.P.S. Write a thank-you letter to a teacher.", [("postscript", {"marker": "P.P.S."})]),
    ("Can you write a birthday card message for my dad and tack on a P.S. at the end?", [("postscript", {"marker": "P.S."})]),
    # --- sections ---
    ("Write a 3-day itinerary for Rome. Mark the beginning of each day with 'Day X', such as: Day 1.", [("sections", {"n": 3, "marker": "Day"})]),
    ("Write a short story in 4 parts. Mark each part with PART X, e.g. PART 1.", [("sections", {"n": 4, "marker": "PART"})]),
    ("Your response must have 5 sections, and the beginning of each one should be marked with SECTION X. Write a business plan for a mobile coffee cart.", [("sections", {"n": 5, "marker": "SECTION"})]),
    ("Create a two-week workout plan split into 2 sections, headed 'Week 1' and 'Week 2'.", [("sections", {"n": 2, "marker": "Week"})]),
    ("Could you write a guide to caring for houseplants with 3 sections, each starting with 'Chapter' followed by its number (Chapter 1, Chapter 2, and so on)?", [("sections", {"n": 3, "marker": "Chapter"})]),
    # --- lowercase ---
    ("write a haiku about morning coffee. your entire response should be in lowercase letters, no capitals at all.", [("lowercase", {})]),
    ("Can you make sure the whole thing is in lowercase? Write an apology text to a friend for missing their party.", [("lowercase", {})]),
    ("Capital letters are not allowed anywhere in your answer. Describe your favorite season.", [("lowercase", {})]),
    # --- uppercase ---
    ("I'd like every letter to be a capital. Write a pep talk for a nervous public speaker.", [("uppercase", {})]),
    ("Write a warning sign for a construction site, entirely in uppercase English letters.", [("uppercase", {})]),
    ("Respond in all capital letters: write an announcement for a school bake sale.", [("uppercase", {})]),
    ("Write a short rap verse about skateboarding. Your entire response must be in English and in all caps.", [("uppercase", {})]),
    ("Write a product description for a hot sauce called Dragon's Breath. No lowercase letters allowed, and keep it under 100 words.", [("uppercase", {}), ("words_max", {"n": 99})]),
    # --- capital_words ---
    ("Write an ad for a summer clearance sale. Use words in all capital letters at least 5 times to emphasize key points.", [("capital_words", {"n": 5})]),
    ("Write a speech for a rally about climate action. Include at least 8 words written entirely in capitals.", [("capital_words", {"n": 8})]),
    ("Write a pep talk for a debate team, and make sure more than 10 words are in ALL CAPS.", [("capital_words", {"n": 11})]),
    ("Fully capitalized words: no fewer than 3. Write a review of a thrilling roller coaster.", [("capital_words", {"n": 3})]),
    ("Can you write an email to your gym's members announcing a new class, with a minimum of 6 words in all uppercase for emphasis?", [("capital_words", {"n": 6})]),
    # --- capital_words_max ---
    ("Write a formal complaint letter to an airline about lost luggage. Words in all capital letters should appear fewer than 4 times.", [("capital_words_max", {"n": 3})]),
    ("Write a calm, friendly product description for a meditation app. Use no more than 2 words in ALL CAPS.", [("capital_words_max", {"n": 2})]),
    ("Don't use all-caps words more than 5 times. Write a blog post about learning to play the ukulele.", [("capital_words_max", {"n": 5})]),
    ("Write a news summary about a new space telescope launch. Fully capitalized words are limited to fewer than 3.", [("capital_words_max", {"n": 2})]),
    ("Could you write a tweet about your new puppy with at most 1 all-caps word?", [("capital_words_max", {"n": 1})]),
    # --- no_commas ---
    ("Commas are not permitted. Write a short bio for a freelance photographer.", [("no_commas", {})]),
    ("If you use any commas, the answer is wrong. Describe how to fold a paper airplane.", [("no_commas", {})]),
    ("Write a limerick about a forgetful wizard without a single comma.", [("no_commas", {})]),
    # --- no_digits ---
    ("Write a news summary about a city marathon, but don't use any digits; spell out all numbers.", [("no_digits", {})]),
    ("Describe the rules of basketball to a beginner. Numerals (0-9) must not appear in your response.", [("no_digits", {})]),
    ("Can you write a recipe for pancakes without using any numeric digits at all?", [("no_digits", {})]),
    ("Write a birthday poem for a friend turning 40, and keep every number written out in words rather than as digits.", [("no_digits", {})]),
    # --- json_output ---
    ("Give me a profile of a fictional superhero, including name, powers, and weakness. Your entire output must be valid JSON.", [("json_output", {})]),
    ("Wrap your entire answer in JSON format. List three book recommendations for someone who loves mysteries.", [("json_output", {})]),
    ("Could you return a weekly meal plan as JSON, with nothing outside the JSON?", [("json_output", {})]),
    ("Output format: JSON only. Describe tomorrow's weather forecast for a fictional city called Marlow.", [("json_output", {})]),
    ("Produce a summary of the novel Frankenstein; the whole response should be a JSON object, and it must be entirely in lowercase.", [("json_output", {}), ("lowercase", {})]),
    # --- code_block ---
    ("Write a haiku about debugging, and put your whole answer inside a single markdown code block.", [("code_block", {})]),
    ("Wrap the entire response in triple backticks. Write an email to IT requesting a new laptop.", [("code_block", {})]),
    ("Can you write a short poem about Linux and present it all within one fenced code block?", [("code_block", {})]),
    ("The whole answer must sit in one ``` fenced block: write a product description for a mechanical keyboard.", [("code_block", {})]),
    ("I'd like the full reply enclosed in a single code block. Write a limerick about a cat walking on a keyboard.", [("code_block", {})]),
    # --- quotation ---
    ("Wrap your entire response with double quotation marks. Give advice to a new college student.", [("quotation", {})]),
    ("Write a movie review of a made-up film called 'The Glass Orchard', and put the whole thing inside double quotes.", [("quotation", {})]),
    ("Can you enclose your full answer in double quotation marks? Describe what makes a good friend.", [("quotation", {})]),
    ("Pretend you're a pirate captain giving orders to the crew. It is required that your whole response be wrapped in double quotes.", [("quotation", {})]),
    # --- hashtags ---
    ("Write an Instagram caption for a sunset photo at the beach. Include at least 3 hashtags.", [("hashtags", {"n": 3})]),
    ("Write a tweet announcing a new coffee shop opening, with no fewer than 5 hashtags.", [("hashtags", {"n": 5})]),
    ("Draft a LinkedIn post about finishing your first marathon. Hashtags: at least 4.", [("hashtags", {"n": 4})]),
    ("Can you write a promotional post for a farmers market with more than 2 hashtags?", [("hashtags", {"n": 3})]),
    ("Write a video description for a cooking tutorial; it must contain a minimum of 6 hashtags and be written all in lowercase.", [("hashtags", {"n": 6}), ("lowercase", {})]),
    # --- repeat_request ---
    ("Start by repeating the following request exactly, then answer it: \"Write a haiku about a broken umbrella.\"", [("repeat_request", {"request": "Write a haiku about a broken umbrella."})]),
    ("Repeat the sentence 'Describe the perfect picnic for two.' verbatim before anything else, and then write your answer to it.", [("repeat_request", {"request": "Describe the perfect picnic for two."})]),
    ("Here is my request: Give me three tips for sleeping better on planes. Please echo that request back word for word as the first thing in your response, then answer it.", [("repeat_request", {"request": "Give me three tips for sleeping better on planes."})]),
    ("I want you to first restate my question exactly as written, 'What are the benefits of learning a second language?', and then answer it in fewer than 100 words.", [("repeat_request", {"request": "What are the benefits of learning a second language?"}), ("words_max", {"n": 99})]),
    ("Write out this request word for word before responding to it: Write a short ad for a neighborhood dog-walking service.", [("repeat_request", {"request": "Write a short ad for a neighborhood dog-walking service."})]),
    # --- constrained_choice ---
    ("Is it a good idea to learn to code at age 50? Answer with one of the following options: 'My answer is yes.', 'My answer is no.', 'My answer is maybe.'", [("constrained_choice", {"options": ["My answer is yes.", "My answer is no.", "My answer is maybe."]})]),
    ("Would a cat make a good pet for someone who travels a lot? Your entire reply must be exactly one of: \"Yes, definitely.\", \"No, not really.\", \"It depends.\"", [("constrained_choice", {"options": ["Yes, definitely.", "No, not really.", "It depends."]})]),
    ("Choose one, 'I agree.' or 'I disagree.', and respond with just your choice: pineapple belongs on pizza.", [("constrained_choice", {"options": ["I agree.", "I disagree."]})]),
    ("Can a penguin fly? Reply only with 'True' or 'False', nothing else.", [("constrained_choice", {"options": ["True", "False"]})]),
    ("Is Mount Everest the tallest mountain above sea level? Your answer must be one of these exact phrases: 'My answer is yes.', 'My answer is no.', 'My answer is maybe.'", [("constrained_choice", {"options": ["My answer is yes.", "My answer is no.", "My answer is maybe."]})]),
    # --- language ---
    ("Write a short poem about the Paris metro, responding only in French.", [("language", {"code": "fr"})]),
    ("Please answer entirely in German, no other language allowed: describe how to make a good cup of tea.", [("language", {"code": "de"})]),
    ("Write a dialogue between a customer and a baker. The entire response should be in Italian.", [("language", {"code": "it"})]),
    ("Your reply must be written in Japanese only. Write a product description for a bamboo toothbrush.", [("language", {"code": "ja"})]),
    ("Can you explain what photosynthesis is, using only Portuguese?", [("language", {"code": "pt"})]),
    # --- paragraph_first_word ---
    ("Write a story about a runaway balloon in exactly 3 paragraphs separated by ***. The second paragraph must begin with the word 'Suddenly'.", [("paragraphs_exact", {"n": 3}), ("paragraph_first_word", {"n": 2, "word": "Suddenly"})]),
    ("Write an essay on public transport in 4 paragraphs, separated by two newlines. Paragraph 4 should start with 'Ultimately'.", [("paragraphs_exact", {"n": 4}), ("paragraph_first_word", {"n": 4, "word": "Ultimately"})]),
    ("Write a cover letter of exactly 3 paragraphs; make the first word of the first paragraph 'Greetings'.", [("paragraphs_exact", {"n": 3}), ("paragraph_first_word", {"n": 1, "word": "Greetings"})]),
    # --- mixed, up to three constraints ---
    ("Write a rap about recycling in 3 verses separated by *** (so exactly 3 paragraphs), work at least 2 hashtags into the final verse, and leave out commas entirely.", [("paragraphs_exact", {"n": 3}), ("hashtags", {"n": 2}), ("no_commas", {})]),
    ("Write a FAQ for a pet-sitting service with at least 5 questions formatted as markdown bullet points. Be sure to mention the word 'insured', and close with a postscript starting with P.S.", [("bullets_min", {"n": 5}), ("keyword_include", {"words": ["insured"]}), ("postscript", {"marker": "P.S."})]),
    ("Write a riddle in Spanish with exactly 4 sentences and no commas.", [("language", {"code": "es"}), ("sentences_exact", {"n": 4}), ("no_commas", {})]),
    ("Create a product description for a solar lantern. Title it using <<double angular brackets>>, keep it under 120 words, and highlight at least 2 features with markdown, like *long battery life*.", [("title", {}), ("words_max", {"n": 119}), ("highlight", {"n": 2})]),
    ("Write a news summary about a heatwave in southern Europe. The response must not contain any digits and must not exceed 5 sentences.", [("no_digits", {}), ("sentences_max", {"n": 5})]),
    ("Write an opening speech for a school science fair in exactly 4 paragraphs separated by ***; the first paragraph should begin with 'Welcome', and the word 'curiosity' must appear at least 3 times.", [("paragraphs_exact", {"n": 4}), ("paragraph_first_word", {"n": 1, "word": "Welcome"}), ("keyword_frequency", {"word": "curiosity", "n": 3})]),
]

NO_INSTRUCTIONS: list[str] = [
    "Explain what JSON is to a beginner who has only ever used spreadsheets.",
    "Write a story about a girl who only writes in lowercase letters in her diary, and what happens when her brother finds it.",
    "What are the highlights of a trip to Kyoto in autumn?",
    "Write a poem about a postscript that was never read.",
    "Explain the difference between a title and a subtitle in book publishing.",
    "Describe a short walk through a forest after the first snowfall.",
    "My lease mentions a 'Section 8' voucher. What does that mean for me as a tenant?",
    "Write a cover letter for a teacher applying to a school with 300 students and 25 classrooms.",
    "Give me ideas for how to separate laundry so my white shirts stay white.",
    "Write a limerick about a man named Ned who kept his bread under his bed.",
    "Explain why some people type in ALL CAPS online and how it comes across to readers.",
    "Write a product description for a highlighter pen set with 12 neon colors.",
    "What does 'P.S.' stand for, and where did the habit of adding it to letters come from?",
    "Write a dialogue between two friends arguing about whether the word 'literally' has lost its meaning.",
    "Summarize the news that a 5-year-old girl found a 2,000-year-old coin in a farmer's field.",
    "Write a rap about a bullet train speeding from Tokyo to Osaka.",
    "How do I write a strong opening paragraph for a college application essay?",
    "Write a review of a restaurant called 'The Comma' that serves tiny plates.",
    "Write a riddle whose answer is 'a question mark'.",
    "Explain how hashtags became popular on social media.",
    "Write a story about a translator who speaks French, Spanish, and Japanese and gets lost in Berlin.",
    "Plan a 10-day trip to Norway for a family of four on a tight budget.",
    "What is the difference between uppercase and lowercase letters in passwords, and why does it matter for security?",
    "Write an email to my team about the new quotation process for client orders.",
    "Write a speech that a retiring librarian might give after 40 years of work.",
    "Explain what placeholder text like 'lorem ipsum' is and why designers use it.",
    "Write a poem about the number seven and why people think it's lucky.",
    "Describe the sections of an orchestra and what each one does.",
    "Write a story about a detective who keeps repeating the same question to every suspect.",
    "Write a news summary about a town that voted 3 to 1 to keep its century-old clock tower.",
]
