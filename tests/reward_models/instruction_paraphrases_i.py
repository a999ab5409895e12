# ruff: noqa: E501  (test data: one request per line, as written)
"""A ninth development set for `rule:instructions`, by another author (a helper session that saw neither the reader's code nor any benchmark): 168 requests with the instructions a careful reader takes from them, and 34 that state none.
"""

from typing import Any

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

CASES: list[Case] = [
    # words_max
    ("Write a product description for a stainless-steel water bottle. The description must not exceed 60 words.", [("words_max", {"n": 60})]),
    ("Keep your entire response under 100 words. Summarize the causes of the French Revolution.", [("words_max", {"n": 99})]),
    ("Compose a cover letter for a junior data analyst position. Your response should contain fewer than 200 words, and it must include at least 2 placeholders in square brackets, such as [Company Name].", [("words_max", {"n": 199}), ("placeholders", {"n": 2})]),
    ("Write an advertisement for a neighborhood bakery. The total word count must be at most forty-five.", [("words_max", {"n": 45})]),
    ("Describe a thunderstorm from the point of view of a cat. Limit your answer to a maximum of 80 words and do not use a single comma.", [("words_max", {"n": 80}), ("no_commas", {})]),
    ("Write a riddle whose answer is a shadow. The response must be less than forty words long.", [("words_max", {"n": 39})]),
    # words_min
    ("Write a blog post about learning to bake sourdough bread. The post must be at least 300 words long.", [("words_min", {"n": 300})]),
    ("Your answer should contain more than 250 words. Explain how vaccines train the immune system.", [("words_min", {"n": 251})]),
    ("Write a short story about a lighthouse keeper who finds a message in a bottle. Ensure the story runs to no fewer than 400 words, and organise it into exactly 5 paragraphs separated by blank lines.", [("words_min", {"n": 400}), ("paragraphs_exact", {"n": 5})]),
    ("Draft a persuasive essay arguing for longer library opening hours. The essay must be over one hundred and fifty words.", [("words_min", {"n": 151})]),
    ("Write a review of a fictional science-fiction film. A minimum of 200 words is required, and the word 'cinematography' must appear at least twice.", [("words_min", {"n": 200}), ("keyword_frequency", {"word": "cinematography", "n": 2})]),
    # sentences_exact
    ("Describe the taste of a ripe mango. Your response must consist of exactly three sentences.", [("sentences_exact", {"n": 3})]),
    ("In exactly 2 sentences, explain what a black hole is.", [("sentences_exact", {"n": 2})]),
    ("Write a product pitch for noise-cancelling headphones. The pitch should be precisely four sentences long, and every single letter in it must be uppercase.", [("sentences_exact", {"n": 4}), ("uppercase", {})]),
    ("Summarize the plot of Romeo and Juliet. The summary must be a single sentence.", [("sentences_exact", {"n": 1})]),
    ("Explain the water cycle to a child. There should be exactly 5 sentences in your answer.", [("sentences_exact", {"n": 5})]),
    # sentences_max
    ("Write a tagline and brief pitch for a new hiking app. Use no more than 3 sentences.", [("sentences_max", {"n": 3})]),
    ("Your response should contain at most four sentences. Explain why leaves change colour in autumn.", [("sentences_max", {"n": 4})]),
    ("Describe the Mona Lisa in fewer than 5 sentences.", [("sentences_max", {"n": 4})]),
    ("Write a condolence note to a coworker. The note must not be longer than two sentences, and it must end with the exact phrase 'Thinking of you.'", [("sentences_max", {"n": 2}), ("end_phrase", {"phrase": "Thinking of you."})]),
    ("Explain compound interest. Limit the explanation to a maximum of six sentences and do not use any digits.", [("sentences_max", {"n": 6}), ("no_digits", {})]),
    # sentences_min
    ("Write a dialogue between a barista and a regular customer. The dialogue must contain at least 10 sentences.", [("sentences_min", {"n": 10})]),
    ("Describe your ideal weekend. Your answer should contain more than 6 sentences.", [("sentences_min", {"n": 7})]),
    ("Explain how a bill becomes law in the United States. The explanation must include no fewer than eight sentences, and the complete response should be enclosed within a pair of double quotation marks.", [("sentences_min", {"n": 8}), ("quotation", {})]),
    ("A minimum of five sentences is required. Write a story about a fox who learns to read.", [("sentences_min", {"n": 5})]),
    # paragraphs_exact
    ("Write an essay about the importance of bees. Organise your answer into exactly 4 paragraphs, and use the word 'pollination' at least 3 times.", [("paragraphs_exact", {"n": 4}), ("keyword_frequency", {"word": "pollination", "n": 3})]),
    ("The response must be divided into three paragraphs, with a blank line between each. Write a letter to your future self.", [("paragraphs_exact", {"n": 3})]),
    ("Write a blog post about minimalist living. There should be exactly two paragraphs, and the post must end with a question.", [("paragraphs_exact", {"n": 2}), ("end_with_question", {})]),
    # paragraphs_max
    ("Write a summary of the novel Frankenstein. It should be no longer than 2 paragraphs, and the word 'monster' must not appear anywhere in it.", [("paragraphs_max", {"n": 2}), ("keyword_avoid", {"words": ["monster"]})]),
    ("Your answer must contain at most three paragraphs. Describe the benefits of cycling to work.", [("paragraphs_max", {"n": 3})]),
    ("Write a cover letter for a barista job in fewer than 4 paragraphs.", [("paragraphs_max", {"n": 3})]),
    ("Explain the rules of chess to a beginner. Do not exceed five paragraphs, and include the keywords 'checkmate' and 'castling'.", [("paragraphs_max", {"n": 5}), ("keyword_include", {"words": ["checkmate", "castling"]})]),
    # paragraphs_min
    ("Write a story about a haunted library. The story must contain at least 6 paragraphs.", [("paragraphs_min", {"n": 6})]),
    ("Compose an essay on urban gardening consisting of no fewer than four paragraphs.", [("paragraphs_min", {"n": 4})]),
    ("Your response should have more than 3 paragraphs. Discuss the impact of smartphones on teenagers.", [("paragraphs_min", {"n": 4})]),
    ("Write a blog post reviewing a fictional seaside hotel. Use a minimum of five paragraphs and include at least 3 hashtags at the end.", [("paragraphs_min", {"n": 5}), ("hashtags", {"n": 3})]),
    # bullet_list
    ("List the benefits of drinking water. Your answer should consist of exactly 4 markdown bullet points (lines beginning with '* ').", [("bullet_list", {"n": 4})]),
    ("Give tips for a first-time traveler to Japan. Format the tips as precisely five bullet points using markdown.", [("bullet_list", {"n": 5})]),
    ("Use exactly 3 bullet points. Summarize the main arguments for renewable energy.", [("bullet_list", {"n": 3})]),
    ("Write a packing list for a weekend camping trip. The list must contain exactly seven markdown bullets, and the word 'tent' must not appear.", [("bullet_list", {"n": 7}), ("keyword_avoid", {"words": ["tent"]})]),
    ("Outline the plot of Hamlet in exactly 6 bullet points. The entire response must be in lowercase.", [("bullet_list", {"n": 6}), ("lowercase", {})]),
    # bullets_max
    ("Describe the advantages of remote work using no more than 5 bullet points.", [("bullets_max", {"n": 5})]),
    ("Summarize the weekly weather forecast for a fictional city. Use fewer than 4 bullet points.", [("bullets_max", {"n": 3})]),
    ("The list of recommendations must not exceed six bullet points. Suggest ways to reduce household energy use.", [("bullets_max", {"n": 6})]),
    ("Write a list of reasons to adopt a shelter dog. There should be at most three bullet points, and the response must end with 'Give a shelter dog a home.'", [("bullets_max", {"n": 3}), ("end_phrase", {"phrase": "Give a shelter dog a home."})]),
    # bullets_min
    ("List study techniques for final exams. Include at least 8 bullet points.", [("bullets_min", {"n": 8})]),
    ("Your response must contain more than 5 bullet points. Name features a smart home should have.", [("bullets_min", {"n": 6})]),
    ("Write a grocery list for a vegetarian dinner party with a minimum of ten bullet points.", [("bullets_min", {"n": 10})]),
    ("Provide ideas for a rainy-day activity with kids. Use no fewer than 4 markdown bullet points, and leave out commas entirely.", [("bullets_min", {"n": 4}), ("no_commas", {})]),
    # numbered_list
    ("Explain how to brew pour-over coffee. Present the steps as a numbered list with exactly 6 items.", [("numbered_list", {"n": 6})]),
    ("Respond with a numbered list of exactly three items. Recommend novels for a long flight.", [("numbered_list", {"n": 3})]),
    ("Write the instructions for assembling a bookshelf. The instructions must be formatted as a numbered list containing precisely eight steps.", [("numbered_list", {"n": 8})]),
    ("Rank the planets of the inner solar system by size. Your answer should be a numbered list of four entries and nothing else.", [("numbered_list", {"n": 4})]),
    ("Provide exactly five interview questions for a software engineer as a numbered list. Set the entire response in block capitals.", [("numbered_list", {"n": 5}), ("uppercase", {})]),
    # sections
    ("Write a three-day itinerary for Lisbon. Organise it into 3 sections, beginning each one with 'Day 1', 'Day 2' and 'Day 3'.", [("sections", {"n": 3, "marker": "Day"})]),
    ("Your response must have exactly 4 sections, each introduced by the label SECTION followed by its number (SECTION 1, SECTION 2, and so on). Write a training plan for a beginner runner.", [("sections", {"n": 4, "marker": "Section"})]),
    ("Write a short story in two parts. Mark the start of each part with 'Part 1' and 'Part 2'.", [("sections", {"n": 2, "marker": "Part"})]),
    ("Create a syllabus for a poetry course. Split the syllabus into 5 sections, each starting with 'Week' followed by the week number.", [("sections", {"n": 5, "marker": "Week"})]),
    ("Divide your answer into two sections labelled 'Section 1' and 'Section 2'. Compare cats and dogs as pets.", [("sections", {"n": 2, "marker": "Section"})]),
    # highlight
    ("Write an essay on the history of the printing press. Emphasise at least 3 key phrases by wrapping them in single asterisks, e.g. *movable type*.", [("highlight", {"n": 3})]),
    ("Describe a perfect picnic. Mark at least two phrases with markdown emphasis (*like this*).", [("highlight", {"n": 2})]),
    ("At least four parts of your answer should be highlighted in markdown using single asterisks. Explain the basics of photosynthesis.", [("highlight", {"n": 4})]),
    ("Write a product description for a wool scarf. Italicise at least 1 phrase with markdown asterisks, such as *hand-knitted*.", [("highlight", {"n": 1})]),
    ("Write a motivational speech for a sports team. Highlight no fewer than 5 phrases using *markdown emphasis*, and make the final sentence of the speech a question.", [("highlight", {"n": 5}), ("end_with_question", {})]),
    # title
    ("Write a poem about the sea. Give it a title enclosed in double angular brackets, like <<Salt and Foam>>.", [("title", {})]),
    ("Your response must include a title wrapped in << and >>. Write a fairy tale about a clockmaker.", [("title", {})]),
    ("Write a blog post about morning routines. Begin with a title in double angle brackets, e.g. <<Rise and Shine>>, and keep the post under 150 words.", [("title", {}), ("words_max", {"n": 149})]),
    ("Write a rap about recycling. The title must appear between double angular brackets (<<title>>), and the whole rap must be in lowercase.", [("title", {}), ("lowercase", {})]),
    ("Compose a limerick about a forgetful wizard. Put its title inside <<double angular brackets>>.", [("title", {})]),
    # placeholders
    ("Write a template for a rent reminder to tenants. It must contain at least 4 placeholders in square brackets, for example [tenant name].", [("placeholders", {"n": 4})]),
    ("Include a minimum of three square-bracket placeholders such as [date] and [time]. Write an invitation to a surprise birthday party.", [("placeholders", {"n": 3})]),
    ("Draft an email announcing an office move. Use at least five placeholders marked with square brackets, like [new address].", [("placeholders", {"n": 5})]),
    ("Write a generic thank-you note that anyone could reuse. The note should contain at least one placeholder in square brackets, such as [name], and close with a P.S. line.", [("placeholders", {"n": 1}), ("postscript", {"marker": "P.S."})]),
    # postscript
    ("Write a letter to your grandmother about your first week at university. Conclude with a postscript that begins with 'P.S.'", [("postscript", {"marker": "P.S."})]),
    ("End your response with a postscript introduced by P.P.S. Write a thank-you email to a mentor.", [("postscript", {"marker": "P.P.S."})]),
    ("Write a note to a neighbour asking them to water your plants. After the main note, add a postscript starting with 'P.S.', and make sure the letter 'w' appears at least 8 times.", [("postscript", {"marker": "P.S."}), ("letter_frequency", {"letter": "w", "n": 8})]),
    ("Write a recommendation letter for a former student. The letter must close with a P.S. section, and it must not contain any commas.", [("postscript", {"marker": "P.S."}), ("no_commas", {})]),
    # lowercase
    ("Respond using only lowercase letters. Write a short poem about winter mornings.", [("lowercase", {})]),
    ("Write a product description for a handmade candle. Ensure that your entire output contains no uppercase characters.", [("lowercase", {})]),
    ("Your ENTIRE reply should be written in small letters, without a single capital. Describe a walk through a night market.", [("lowercase", {})]),
    # uppercase
    ("Write a slogan and a short ad for a new gym. Every word of the output must be set in capital letters.", [("uppercase", {})]),
    ("USE ONLY UPPERCASE LETTERS IN YOUR RESPONSE. Write a warning notice for a construction site.", [("uppercase", {})]),
    ("Write a battle cry for a fantasy army. Every letter in your response must be capitalised.", [("uppercase", {})]),
    # capital_words
    ("Write a motivational message for runners before a marathon. Include at least 4 words written entirely in capital letters for emphasis.", [("capital_words", {"n": 4})]),
    ("Use a minimum of 6 fully capitalised words. Write an ad for a summer clearance sale.", [("capital_words", {"n": 6})]),
    ("Write a story about a dragon that hates fire. At least two words in the story must appear in ALL CAPS.", [("capital_words", {"n": 2})]),
    ("Write a rap verse about coffee. The verse must contain no fewer than ten all-caps words.", [("capital_words", {"n": 10})]),
    # capital_words_max
    ("Write a product description for an electric kettle. Use fewer than 3 words in all capital letters.", [("capital_words_max", {"n": 2})]),
    ("Write an email to a customer apologising for a delayed shipment. No more than two words may be written entirely in uppercase.", [("capital_words_max", {"n": 2})]),
    ("Compose a blog post about houseplants. Words in ALL CAPS must appear at most 5 times.", [("capital_words_max", {"n": 5})]),
    ("Refrain from using more than one fully capitalised word. Write a calm bedtime story about a sleepy owl.", [("capital_words_max", {"n": 1})]),
    # keyword_include
    ("Write a poem about a harbour town. The poem must contain the words 'lantern', 'gull' and 'tide'.", [("keyword_include", {"words": ["lantern", "gull", "tide"]})]),
    ("Ensure that the phrases 'customer first' and 'free returns' both appear in your response. Write an ad for an online shoe store.", [("keyword_include", {"words": ["customer first", "free returns"]})]),
    ("Write a short story set on a night train. Make sure to use the words 'ticket' and 'whistle' somewhere in it.", [("keyword_include", {"words": ["ticket", "whistle"]})]),
    ("The keyword 'sustainability' has to appear in your answer. Write a mission statement for a coffee roastery.", [("keyword_include", {"words": ["sustainability"]})]),
    # keyword_avoid
    ("Describe the ocean without using the words 'blue', 'water' or 'wave'.", [("keyword_avoid", {"words": ["blue", "water", "wave"]})]),
    ("Do not include the words 'delicious' or 'tasty' anywhere in your response. Write a restaurant review.", [("keyword_avoid", {"words": ["delicious", "tasty"]})]),
    ("Write a cover letter for a graphic designer role. The letter must not contain the word 'passionate'.", [("keyword_avoid", {"words": ["passionate"]})]),
    ("Write a riddle about a clock. Refrain from using the words 'time', 'hour' and 'tick'.", [("keyword_avoid", {"words": ["time", "hour", "tick"]})]),
    # keyword_frequency
    ("Write a song about the moon. The word 'silver' must appear at least 3 times.", [("keyword_frequency", {"word": "silver", "n": 3})]),
    ("Use the word 'freedom' no fewer than five times. Write a speech for a national holiday.", [("keyword_frequency", {"word": "freedom", "n": 5})]),
    ("Write a product description for a running shoe in which the word 'light' occurs at least four times.", [("keyword_frequency", {"word": "light", "n": 4})]),
    ("Write a dialogue between two detectives. The name 'Marlowe' should be used a minimum of 6 times.", [("keyword_frequency", {"word": "Marlowe", "n": 6})]),
    # letter_frequency
    ("Write a tongue twister about zebras. Make sure the letter 'z' appears at least 10 times.", [("letter_frequency", {"letter": "z", "n": 10})]),
    ("The letter 'k' should occur no fewer than seven times in your response. Write a limerick about a kettle.", [("letter_frequency", {"letter": "k", "n": 7})]),
    ("Write an ad for a jazz club. Ensure that the letter j is used at least five times.", [("letter_frequency", {"letter": "j", "n": 5})]),
    ("Describe a quiet village. Your answer must contain the letter 'q' at least 3 times, and it should have at most 60 words.", [("letter_frequency", {"letter": "q", "n": 3}), ("words_max", {"n": 60})]),
    # start_phrase
    ("Write a cover letter for a librarian position. Begin your response with the exact phrase 'Dear Hiring Committee,'", [("start_phrase", {"phrase": "Dear Hiring Committee,"})]),
    ("Your response must start with the words 'Once upon a time'. Write a fairy tale about a lonely cloud.", [("start_phrase", {"phrase": "Once upon a time"})]),
    ("Write a summary of the life of Marie Curie. Open your answer with the phrase 'In short,' and write no more than 100 words.", [("start_phrase", {"phrase": "In short,"}), ("words_max", {"n": 100})]),
    ("Start your reply with 'Breaking news:' exactly as written. Write a joke news bulletin about a cat elected mayor.", [("start_phrase", {"phrase": "Breaking news:"})]),
    ("Write a blog post about growing tomatoes; its first words must be 'Every gardener knows'.", [("start_phrase", {"phrase": "Every gardener knows"})]),
    # end_phrase
    ("Write a product description for a travel pillow. Conclude your response with the exact phrase 'Sleep anywhere.' and add nothing after it.", [("end_phrase", {"phrase": "Sleep anywhere."})]),
    ("Your answer must end with the sentence 'That is all I know.' Explain how tides work.", [("end_phrase", {"phrase": "That is all I know."})]),
    ("Write a story about a runaway balloon. The very last words of the story must be 'and it never came back.'", [("end_phrase", {"phrase": "and it never came back."})]),
    # end_with_question
    ("Write an advertisement for a language-learning app. The final sentence of your response must be a question.", [("end_with_question", {})]),
    ("Finish your answer with a question addressed to the reader. Describe the benefits of journaling.", [("end_with_question", {})]),
    ("Write a blog post introduction about budget travel that closes with a question.", [("end_with_question", {})]),
    # quotation
    ("Write a motto for a detective agency. Surround the entire response with double quotation marks.", [("quotation", {})]),
    ("Enclose your whole answer in double quotes. Describe the smell of rain.", [("quotation", {})]),
    ("Write a monologue for a villain revealing his plan. The complete response must begin and end with a double quotation mark.", [("quotation", {})]),
    ("Write a fortune-cookie message. Put your entire output inside double quotation marks and keep it under 20 words.", [("quotation", {}), ("words_max", {"n": 19})]),
    # json_output
    ("Describe three famous landmarks in Paris. Your entire output must be valid JSON.", [("json_output", {})]),
    ("Format your whole response as a JSON object. Write a profile for a fictional superhero.", [("json_output", {})]),
    ("Write a product description for a laptop. The response must be valid JSON and nothing else; markdown code fences around it are acceptable.", [("json_output", {})]),
    ("Return the answer in JSON format only. Generate a character sheet for a fantasy rogue, and include the keywords 'stealth' and 'dagger'.", [("json_output", {}), ("keyword_include", {"words": ["stealth", "dagger"]})]),
    ("Provide a weekly meal plan for a vegan athlete. Ensure that your entire output is a single, parseable JSON object.", [("json_output", {})]),
    # code_block
    ("Write a limerick about a programmer. Place the whole response in a single fenced markdown code block.", [("code_block", {})]),
    ("Your ENTIRE response must be placed inside one markdown code block delimited by triple backticks. Write a recipe for pancakes.", [("code_block", {})]),
    ("Present your answer as one code block fenced with ```. Write a haiku about compilers.", [("code_block", {})]),
    ("Write a README introduction for an open-source weather app. Enclose the complete output in a single ``` fenced block, and do not use any commas.", [("code_block", {}), ("no_commas", {})]),
    ("Write a short poem about the ocean. The entire output must be one fenced code block with nothing outside it.", [("code_block", {})]),
    # no_commas
    ("Refrain from using commas anywhere in the story. Write a story about a robot learning to dance.", [("no_commas", {})]),
    ("Write an essay on the value of public parks. Your response must be completely comma-free.", [("no_commas", {})]),
    # no_digits
    ("Describe the history of the Olympic Games without using any digits; write all numbers out in words.", [("no_digits", {})]),
    ("Write a birthday message for someone turning 40. The message must contain no numerals (0-9).", [("no_digits", {})]),
    ("Do not include any digits in your answer. Explain how a calendar year is structured.", [("no_digits", {})]),
    ("Write a recipe for banana bread in which no digit characters appear at all.", [("no_digits", {})]),
    # two_responses
    ("Write a slogan for an eco-friendly car. Give two different versions, separated by six asterisks (******).", [("two_responses", {"separator": "******"})]),
    ("Provide two distinct answers to the following question, separating them with a line containing only ******: What makes a good friend?", [("two_responses", {"separator": "******"})]),
    ("Write two alternative opening lines for a mystery novel. Put six asterisks (******) between the two versions.", [("two_responses", {"separator": "******"})]),
    ("Your response must contain two separate responses divided by the string ******. Write a tweet announcing a new bakery.", [("two_responses", {"separator": "******"})]),
    ("Compose two different limericks about a cat, and separate them using ****** on its own line.", [("two_responses", {"separator": "******"})]),
    # repeat_request
    ("Explain why bread goes stale. Before giving your explanation, repeat the sentence 'Explain why bread goes stale.' word for word.", [("repeat_request", {"request": "Explain why bread goes stale."})]),
    ("First, reproduce the following request exactly as written, then answer it: What are the main differences between frogs and toads?", [("repeat_request", {"request": "What are the main differences between frogs and toads?"})]),
    ("Copy this request verbatim at the start of your response and then fulfil it: Write a short poem about a paper boat.", [("repeat_request", {"request": "Write a short poem about a paper boat."})]),
    ("Your response must begin by restating the request below without any changes, followed by your answer. Request: Describe the life cycle of a butterfly.", [("repeat_request", {"request": "Describe the life cycle of a butterfly."})]),
    ("Repeat the request 'Suggest a name for a bakery that sells only croissants.' word for word, and only then give your suggestion.", [("repeat_request", {"request": "Suggest a name for a bakery that sells only croissants."})]),
    # constrained_choice
    ("Is the Great Wall of China visible from the Moon with the naked eye? Answer with exactly one of the following options: 'yes', 'no', 'maybe'.", [("constrained_choice", {"options": ["yes", "no", "maybe"]})]),
    ("Respond with only one of these words: true, false. Statement: Octopuses have three hearts.", [("constrained_choice", {"options": ["true", "false"]})]),
    ("Would a penguin survive in the Sahara? Your entire answer must be one of: 'Definitely', 'Possibly', 'Never'.", [("constrained_choice", {"options": ["Definitely", "Possibly", "Never"]})]),
    ("Classify the sentiment of this review: 'The soup was cold and the waiter ignored us.' Reply using only one of the labels positive, negative, or neutral.", [("constrained_choice", {"options": ["positive", "negative", "neutral"]})]),
    ("Which is the better first programming language for a ten-year-old? Reply with exactly one of these options and nothing else: 'Scratch', 'C++'.", [("constrained_choice", {"options": ["Scratch", "C++"]})]),
    # language
    ("Write a short poem about spring, composed entirely in Spanish.", [("language", {"code": "es"})]),
    ("Respond only in French. Describe your favourite season.", [("language", {"code": "fr"})]),
    ("Write a product description for a coffee grinder. The response must be written wholly in German.", [("language", {"code": "de"})]),
    ("Using only Italian, write a postcard message from Rome to a friend.", [("language", {"code": "it"})]),
    ("Write a haiku about cherry blossoms. Ensure that your whole output is in Japanese and contains no English.", [("language", {"code": "ja"})]),
    ("Write a short dialogue between a shopkeeper and a customer. The entire dialogue must be in Portuguese, and it must contain at least 8 sentences.", [("language", {"code": "pt"}), ("sentences_min", {"n": 8})]),
    # hashtags
    ("Write a social media post announcing a charity run. Include at least 5 hashtags.", [("hashtags", {"n": 5})]),
    ("The post must contain no fewer than three hashtags. Write an Instagram caption for a sunset photo.", [("hashtags", {"n": 3})]),
    ("Write a tweet about a new coffee flavour, using a minimum of two hashtags and fewer than 30 words.", [("hashtags", {"n": 2}), ("words_max", {"n": 29})]),
    ("Write a LinkedIn post celebrating a team milestone. Add at least 4 hashtags at the end.", [("hashtags", {"n": 4})]),
    # paragraph_first_word
    ("Write an essay on the pros and cons of homework. It must contain exactly 3 paragraphs separated by blank lines, and the second paragraph must begin with the word 'However'.", [("paragraphs_exact", {"n": 3}), ("paragraph_first_word", {"n": 2, "word": "However"})]),
    ("Organise your answer into four paragraphs separated by blank lines. The first paragraph must start with the word 'Imagine'. Write a blog post about living on Mars.", [("paragraphs_exact", {"n": 4}), ("paragraph_first_word", {"n": 1, "word": "Imagine"})]),
    ("Write a cover letter in exactly two paragraphs. Paragraph 2 should open with the word 'Additionally'.", [("paragraphs_exact", {"n": 2}), ("paragraph_first_word", {"n": 2, "word": "Additionally"})]),
    ("Write a story about a lost umbrella in exactly five paragraphs. The third paragraph has to begin with the word 'Meanwhile'.", [("paragraphs_exact", {"n": 5}), ("paragraph_first_word", {"n": 3, "word": "Meanwhile"})]),
    ("There should be exactly 3 paragraphs, with blank lines between them, and the final paragraph must start with 'Ultimately'. Discuss whether cities should ban cars from their centres.", [("paragraphs_exact", {"n": 3}), ("paragraph_first_word", {"n": 3, "word": "Ultimately"})]),
]

NO_INSTRUCTIONS: list[str] = [
    "Explain the purpose of a postscript in a formal letter and when it is considered appropriate to include one.",
    "Describe the rules governing the use of commas in a list, including the debate over the Oxford comma.",
    "Write a short story about a typesetter who refuses to print capital letters. The story must take place in a small coastal town.",
    "Explain the difference between JSON and YAML, and discuss when each format should be preferred.",
    "Describe the three branches of government in the United States and how they check one another.",
    "Create a recipe for a cocktail. The drink must contain exactly three ingredients, one of which must be citrus.",
    "Write a letter to a landlord requesting repairs to a broken heater. The tone of the letter must be polite but firm.",
    "Explain why legal contracts often number their paragraphs and clauses.",
    "Write a dialogue between two colleagues arguing over whether presentations should use bullet points.",
    "Write a blog post about the history of the hashtag and how it spread beyond Twitter.",
    "Ensure that your explanation is accessible to a twelve-year-old. Explain how airplanes stay in the air.",
    "The main character must be a retired sailor who is afraid of water. Write a short story about his last voyage.",
    "Write a riddle whose answer is an everyday household object. The riddle should be challenging but fair.",
    "Refrain from speculation and rely only on well-established facts. Summarize what is known about the origins of the Moon.",
    "Write a product description for a hiking backpack. The backpack must have four compartments and a waterproof lining.",
    "Describe the five stages of grief and give an example of how each might appear in everyday life.",
    "Write a story about a detective whose notebook is written entirely in capital letters.",
    "Explain how placeholders such as [name] are used in email templates and why they reduce errors.",
    "Write a cover letter for a position at a bakery. The applicant should come across as enthusiastic and reliable.",
    "Describe how markdown uses asterisks to create italic and bold text.",
    "Write a limerick about a cat who collects quotation marks.",
    "Write a short story about a robot that can only answer questions with 'yes' or 'no'.",
    "Explain the origin of the word 'lowercase' and its connection to early printing presses.",
    "Write an advertisement for a language school that teaches Spanish, French and German.",
    "Discuss the advantages and disadvantages of teaching students the five-paragraph essay format.",
    "Draft a plan for a company retreat. The retreat must last two days and include at least one outdoor activity.",
    "Write a persuasive essay arguing that students should learn cursive handwriting. Do not rely on personal anecdotes.",
    "Explain how a sonnet is structured, including its number of lines and its rhyme scheme.",
    "Describe the role of the letter 'e' in English spelling and why it is the most common letter.",
    "Write a thank-you email to a colleague who helped you meet a difficult deadline. The email should sound warm and sincere.",
    "Write a product description for a notebook whose pages are numbered and dotted.",
    "Explain why some programming style guides forbid tabs for indentation, and what they recommend instead.",
    "Write a story in which the hero must find exactly three golden keys before sunset.",
    "Explain what word limits are used for in academic publishing and why journals impose them.",
]
