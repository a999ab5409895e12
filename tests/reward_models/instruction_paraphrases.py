"""A development set for `rule:instructions`: instructions phrased in ways the reader was not written from.

Hand-written for this project (none is a prompt of the bundled splits or of a public benchmark), three or four
per training family, in varied positions and wordings. The reader is improved against these; the bundled
test_phrasings split stays the measurement (`aligned-train eval-instructions --split test_phrasings`).
Each entry: (request, [(kind, args), ...]) — what a careful reader takes from the request.
"""

from typing import Any

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

PARAPHRASES: list[Case] = [
    # words_max
    ("Keep it short: 30 words maximum. What is a comet?", [("words_max", {"n": 30})]),
    ("Explain photosynthesis without going past 45 words.", [("words_max", {"n": 45})]),
    ("Your whole reply must fit in twenty words. Why is the sky blue?", [("words_max", {"n": 20})]),
    ("Describe a beach. Stay under a 60-word limit.", [("words_max", {"n": 60})]),
    # words_min
    ("Write about winter, using more than 100 words.", [("words_min", {"n": 101})]),
    ("Describe your ideal weekend. Aim for 150 words at the very least.", [("words_min", {"n": 150})]),
    ("The reply should not be shorter than 80 words. Tell me about owls.", [("words_min", {"n": 80})]),
    # sentences_max
    ("In no more than two sentences, tell me what a volcano is.", [("sentences_max", {"n": 2})]),
    ("Summarise the news about the bridge; three sentences max.", [("sentences_max", {"n": 3})]),
    ("Keep your answer to a maximum of 4 sentences. Why do cats purr?", [("sentences_max", {"n": 4})]),
    # sentences_exact
    ("Tell me about Mars using exactly five sentences.", [("sentences_exact", {"n": 5})]),
    ("Write precisely 3 sentences about a storm.", [("sentences_exact", {"n": 3})]),
    ("Your answer has to consist of exactly two sentences. What is jazz?", [("sentences_exact", {"n": 2})]),
    # paragraphs_exact
    ("Write a short essay on bees. It should have 3 paragraphs.", [("paragraphs_exact", {"n": 3})]),
    ("Use two paragraphs to describe a market.", [("paragraphs_exact", {"n": 2})]),
    ("There should be exactly 4 paragraphs, separated by blank lines. Topic: trains.",
     [("paragraphs_exact", {"n": 4})]),
    # bullet_list
    ("List the benefits of walking as 4 bullet points.", [("bullet_list", {"n": 4})]),
    ("Answer using exactly three bullets, written as markdown points like '* item'.", [("bullet_list", {"n": 3})]),
    ("Give me your reasons in a bulleted list containing 5 points.", [("bullet_list", {"n": 5})]),
    # sections
    ("Split the guide into 3 sections. Mark the start of each with Section X, like Section 1.",
     [("sections", {"n": 3, "marker": "Section"})]),
    ("Write a plan with 4 parts labelled Part 1, Part 2, Part 3 and Part 4.",
     [("sections", {"n": 4, "marker": "Part"})]),
    ("Break the recipe into 2 steps, headed Step 1 and Step 2.", [("sections", {"n": 2, "marker": "Step"})]),
    # two_responses
    ("Write two different poems about the moon. Separate them with six asterisk symbols: ******",
     [("two_responses", {"separator": "******"})]),
    ("Provide 2 versions of the slogan, split by ******.", [("two_responses", {"separator": "******"})]),
    # highlight
    ("Highlight at least 3 sections of your answer with markdown, i.e. *highlighted section*.",
     [("highlight", {"n": 3})]),
    ("Italicise two or more key ideas using single asterisks.", [("highlight", {"n": 2})]),
    ("Emphasize at least 4 phrases by putting them in *italics*.", [("highlight", {"n": 4})]),
    # title
    ("Your story needs a title, wrapped in double angular brackets such as <<my title>>.", [("title", {})]),
    ("Put the headline between << and >> at the top.", [("title", {})]),
    # placeholders
    ("Include at least 2 placeholders in square brackets, like [address].", [("placeholders", {"n": 2})]),
    ("Write a form letter containing 4 bracketed placeholders such as [name].", [("placeholders", {"n": 4})]),
    ("The template must have at least one placeholder represented by square brackets.",
     [("placeholders", {"n": 1})]),
    # postscript
    ("At the end of your email, add a postscript starting with P.S.", [("postscript", {"marker": "P.S."})]),
    ("Please end with a P.P.S. line.", [("postscript", {"marker": "P.P.S."})]),
    ("Include a P.S. after your signature.", [("postscript", {"marker": "P.S."})]),
    # json_output
    ("Format your entire output in JSON.", [("json_output", {})]),
    ("Provide the answer as a JSON object; no other text.", [("json_output", {})]),
    # quotation
    ("Enclose your whole response in double quotes.", [("quotation", {})]),
    ("Put the entire answer between quotation marks.", [("quotation", {})]),
    # constrained_choice
    ('Is pluto a planet? Answer with exactly one of the following options: "yes", "no", "maybe".',
     [("constrained_choice", {"options": ["yes", "no", "maybe"]})]),
    ("Should I buy a bike? Respond only with one of: agree / disagree.",
     [("constrained_choice", {"options": ["agree", "disagree"]})]),
    # lowercase
    ("Your entire response should be in English and in all lowercase letters.", [("lowercase", {})]),
    ("Do not use capital letters at all. Describe a forest.", [("lowercase", {})]),
    ("Write the reply using only lower-case characters.", [("lowercase", {})]),
    # uppercase
    ("Your entire answer must be in English, capital letters only.", [("uppercase", {})]),
    ("Respond using only uppercase characters.", [("uppercase", {})]),
    # capital_words
    ("Make sure at least 5 words appear in all capital letters.", [("capital_words", {"n": 5})]),
    ("Put 3 or more words entirely in uppercase for emphasis.", [("capital_words", {"n": 3})]),
    # keyword_include
    ('Include the keywords "lantern" and "harbour" in your response.',
     [("keyword_include", {"words": ["lantern", "harbour"]})]),
    ('Be sure your answer contains the word "meadow".', [("keyword_include", {"words": ["meadow"]})]),
    ("Your reply must use these words: river, stone.", [("keyword_include", {"words": ["river", "stone"]})]),
    # keyword_avoid
    ('Do not include the words "sad" or "lonely" in your reply.',
     [("keyword_avoid", {"words": ["sad", "lonely"]})]),
    ('Avoid using the word "basically".', [("keyword_avoid", {"words": ["basically"]})]),
    ("Forbidden words: cheap, easy.", [("keyword_avoid", {"words": ["cheap", "easy"]})]),
    # keyword_frequency
    ('The word "light" should appear at least 3 times.', [("keyword_frequency", {"word": "light", "n": 3})]),
    ('Use "ocean" five or more times in your poem.', [("keyword_frequency", {"word": "ocean", "n": 5})]),
    # letter_frequency
    ("In your response, the letter q should appear at least 4 times.",
     [("letter_frequency", {"letter": "q", "n": 4})]),
    ('Make the letter "x" show up 6 times or more.', [("letter_frequency", {"letter": "x", "n": 6})]),
    # start_phrase
    ('Your reply must begin with the phrase "Good morning".', [("start_phrase", {"phrase": "Good morning"})]),
    ('Open your answer with "Once upon a time".', [("start_phrase", {"phrase": "Once upon a time"})]),
    # end_phrase
    ('Finish your response with the exact phrase "Any other questions?". No other words should follow it.',
     [("end_phrase", {"phrase": "Any other questions?"})]),
    ('Conclude with "Best regards".', [("end_phrase", {"phrase": "Best regards"})]),
    # end_with_question
    ("Make the last sentence of your reply a question.", [("end_with_question", {})]),
    ("Close by asking the reader a question.", [("end_with_question", {})]),
    # no_commas
    ("In your entire response, refrain from the use of any commas.", [("no_commas", {})]),
    ("Don't put a single comma in the answer.", [("no_commas", {})]),
    # several at once
    ("Write a haiku about tea in lowercase letters only, and finish with a question.",
     [("lowercase", {}), ("end_with_question", {})]),
    ('Describe a library in 3 sentences or fewer; do not mention "books".',
     [("sentences_max", {"n": 3}), ("keyword_avoid", {"words": ["books"]})]),
]

# A second batch, written after the reader was fixed on the first (its first-read score estimates how the fixed
# reader does on phrasings it has not seen).
PARAPHRASES_2: list[Case] = [
    ("Can you explain gravity? Please limit the answer to 50 words or less.", [("words_max", {"n": 50})]),
    ("Tell me about pandas in fewer than 25 words.", [("words_max", {"n": 24})]),
    ("I need a detailed answer of at least 200 words about climate.", [("words_min", {"n": 200})]),
    ("Write no less than 90 words on friendship.", [("words_min", {"n": 90})]),
    ("Describe the city at night in a single sentence.", [("sentences_exact", {"n": 1})]),
    ("Answer in under three sentences: what is yeast?", [("sentences_max", {"n": 2})]),
    ("Respond with four sentences exactly.", [("sentences_exact", {"n": 4})]),
    ("Your response must contain 5 paragraphs. Paragraphs are separated by two new lines.",
     [("paragraphs_exact", {"n": 5})]),
    ("Format the tips as a list of 6 bullet points.", [("bullet_list", {"n": 6})]),
    ("Your answer must contain exactly 2 bullet points in markdown format.", [("bullet_list", {"n": 2})]),
    ("Organize it into 5 chapters, each beginning with Chapter 1, Chapter 2 and so on.",
     [("sections", {"n": 5, "marker": "Chapter"})]),
    ("Give two alternative answers and separate them with ****** only.",
     [("two_responses", {"separator": "******"})]),
    ("Use markdown to highlight at least 2 key terms, e.g. *term*.", [("highlight", {"n": 2})]),
    ("Include a title wrapped in double angular brackets, i.e. <<title>>.", [("title", {})]),
    ("Use at least 3 placeholders in the form [placeholder].", [("placeholders", {"n": 3})]),
    ("Please add a postscript at the end, starting with P.S.", [("postscript", {"marker": "P.S."})]),
    ("Wrap your entire output in JSON format.", [("json_output", {})]),
    ("Wrap your entire response with double quotation marks.", [("quotation", {})]),
    ('Reply with only "true" or "false". Is water wet?', [("constrained_choice", {"options": ["true", "false"]})]),
    ("Write the story in all lowercase; no capitals are allowed.", [("lowercase", {})]),
    ("WRITE YOUR ENTIRE REPLY IN CAPITAL LETTERS.", [("uppercase", {})]),
    ("Use at least two words that are fully capitalized.", [("capital_words", {"n": 2})]),
    ('Make sure to use the words "anchor" and "tide".', [("keyword_include", {"words": ["anchor", "tide"]})]),
    ('Never use the word "nice".', [("keyword_avoid", {"words": ["nice"]})]),
    ('Say "hello" at least twice.', [("keyword_frequency", {"word": "hello", "n": 2})]),
    ('Repeat "now" 3 times or more in the answer.', [("keyword_frequency", {"word": "now", "n": 3})]),
    ("The letter k must appear at least 3 times in your reply.", [("letter_frequency", {"letter": "k", "n": 3})]),
    ('First sentence must be "Let us begin."', [("start_phrase", {"phrase": "Let us begin."})]),
    ('Your answer must end with "Cheers!"', [("end_phrase", {"phrase": "Cheers!"})]),
    ("End your reply by posing a question.", [("end_with_question", {})]),
    ("Do not include any commas in your response.", [("no_commas", {})]),
]

# A third batch: keywords without quotes, options in parentheses, instructions inside a longer request.
PARAPHRASES_3: list[Case] = [
    ("Write a blog post about hiking. Include the keywords trail and summit in your response.",
     [("keyword_include", {"words": ["trail", "summit"]})]),
    ("Describe a city park without using the words green or tree.",
     [("keyword_avoid", {"words": ["green", "tree"]})]),
    ('Is the sea salty? Answer with one of the following options: ("Yes, it is.", "No, it is not.").',
     [("constrained_choice", {"options": ["Yes, it is.", "No, it is not."]})]),
    ("I am planning a party for my sister and I need ideas for games, food and music. Please keep the whole "
     "reply below 100 words and write it in lowercase.", [("words_max", {"n": 99}), ("lowercase", {})]),
]

# Bounds the task's families do not have (checkers sentences_min, paragraphs_min, paragraphs_max).
PARAPHRASES_BOUNDS: list[Case] = [
    ("Write at least 6 sentences about the sea.", [("sentences_min", {"n": 6})]),
    ("Your essay needs 3 or more paragraphs.", [("paragraphs_min", {"n": 3})]),
    ("Use no more than two paragraphs.", [("paragraphs_max", {"n": 2})]),
    ("Write exactly 3 paragraphs, no more.", [("paragraphs_exact", {"n": 3})]),
]

# Requests that state no verifiable instruction (questions, tasks, pasted text with numbers and quotes): the reader
# must read nothing from them, since the verifier's weight lets whatever it reads decide.
NO_INSTRUCTIONS: list[str] = [
    "How many words are in the English language?",
    "What's the difference between a sentence and a clause?",
    "My essay has 5 paragraphs and 1200 words. Is that enough for a college application?",
    "Can you explain what JSON is used for in web development?",
    'My boss always ends his emails with "Best regards". Is that too formal?',
    "Why do some people write in all caps when they are angry online?",
    "Translate 'good morning' into Spanish.",
    "Write a story about a girl who never uses commas in her diary.",
    "Here is my draft: 'We start at 9. Bring 3 pens, 2 notebooks and a calculator.' Can you improve it?",
    "What does P.S. stand for at the end of a letter?",
    "Which is correct: 'its' or 'it's'?",
    "Summarize this: The meeting lasted 2 hours. We discussed 4 topics, including the budget and hiring.",
    "Write a haiku about autumn leaves.",
    "I need 3 ideas for a birthday party.",
    "Explain the rule 'i before e except after c'.",
    "What is a bullet point and when should I use one?",
    "Is it rude to start a letter with 'Hey'?",
    "List the planets in our solar system.",
    "Give me a recipe for pancakes.",
    "Why do programmers use square brackets for arrays?",
    "Write a limerick about a cat who loves lasagna.",
    "How do I format a title in APA style?",
    "What were the main causes of World War I?",
    "Rewrite this sentence to sound friendlier: 'Send the report by Friday.'",
    "Can you recommend 5 books about space?",
]

# A sixth batch: bullet bounds, unquoted counted words, a label to number ("Part X"), capitals counted in times.
PARAPHRASES_6: list[Case] = [
    ("Give at least 3 bullet points about recycling.", [("bullets_min", {"n": 3})]),
    ("Use no more than 4 bullets.", [("bullets_max", {"n": 4})]),
    ("Make sure the word river shows up at least 3 times.", [("keyword_frequency", {"word": "river", "n": 3})]),
    ("Split the plan into 3 parts and mark each one with Part X, where X is its number.",
     [("sections", {"n": 3, "marker": "Part"})]),
    ("Words written entirely in capital letters should appear at least 4 times.", [("capital_words", {"n": 4})]),
]
NO_INSTRUCTIONS += [
    "Explain step 1 and step 2 of photosynthesis.",
    "What happens in chapter 3 of Moby Dick?",
]
