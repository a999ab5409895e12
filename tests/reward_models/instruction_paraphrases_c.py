# ruff: noqa: E501  (test data: one request per line, as written)
"""A third development set for `rule:instructions`, by another author (a helper session that saw neither this
repository nor any benchmark): 96 requests with the instructions a careful reader takes from them, and 26 that
state none. First read (before the fixes it prompted): 76 of 96 exact, recall 0.859, precision 0.913, 25 of 26
instruction-free requests read nothing.
"""

from typing import Any

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

CASES: list[Case] = [
    (
        "Write a product description for our new bamboo toothbrush. Keep it under 80 words and mention the word 'compostable' somewhere.",
        [("words_max", {"n": 79}), ("keyword_include", {"words": ["compostable"]})],
    ),
    (
        "hey can u explain what a blockchain is in 3 sentences, no commas pls",
        [("sentences_exact", {"n": 3}), ("no_commas", {})],
    ),
    (
        "I need a cover letter for a junior data analyst role. Please use placeholders in square brackets for the bits I'll fill in later, like [company name] and [hiring manager] (at least 4 of them). Add a P.S. at the end mentioning my portfolio.",
        [("placeholders", {"n": 4}), ("postscript", {"marker": "P.S."})],
    ),
    (
        "Draft a reply to a customer whose parcel arrived damaged.\nRequirements:\n- no more than 120 words\n- start with \"Dear valued customer,\"\n- don't use the word \"unfortunately\"",
        [
            ("words_max", {"n": 120}),
            ("start_phrase", {"phrase": "Dear valued customer,"}),
            ("keyword_avoid", {"words": ["unfortunately"]}),
        ],
    ),
    (
        "Give me two different taglines for a vegan bakery, separated by six asterisks (******).",
        [("two_responses", {"separator": "******"})],
    ),
    (
        "Summarise the plot of Hamlet for a Year 9 revision sheet. Use exactly 4 markdown bullet points, like:\n* point one\n* point two",
        [("bullet_list", {"n": 4})],
    ),
    (
        "write a short poem about autumn rain, all in lowercase letters. give it a title wrapped in double angular brackets, e.g. <<rain song>>.",
        [("lowercase", {}), ("title", {})],
    ),
    (
        "Please write a blog post about remote-work productivity. It should have at least 5 paragraphs and be at least 400 words long.",
        [("paragraphs_min", {"n": 5}), ("words_min", {"n": 400})],
    ),
    (
        "Explain recursion to a complete beginner. Your entire reply should be in CAPITAL LETTERS, no lowercase at all.",
        [("uppercase", {})],
    ),
    (
        "Output a JSON object describing a fictional book (title, author, year, genres). The whole response must be JSON - no extra text before or after.",
        [("json_output", {})],
    ),
    (
        "Is a tomato a fruit or a vegetable? Reply with exactly one of these: Fruit / Vegetable / Both",
        [("constrained_choice", {"options": ["Fruit", "Vegetable", "Both"]})],
    ),
    (
        "Write an Instagram caption for our summer sale. Add at least 3 hashtags and highlight at least 2 parts with markdown, i.e. *like this*.",
        [("highlight", {"n": 2}), ("hashtags", {"n": 3})],  # hashtags: added with its reader
    ),
    (
        "write me a limerick about a cat who loves lasagne. the letter 'l' should appear at least 15 times.",
        [("letter_frequency", {"letter": "l", "n": 15})],
    ),
    (
        "Can you write a motivational message for my team before the product launch? Use the word 'together' three times.",
        [("keyword_frequency", {"word": "together", "n": 3})],
    ),
    (
        "Describe the water cycle for a primary-school worksheet. Finish with the exact sentence \"Water never really disappears.\" and nothing after it.",
        [("end_phrase", {"phrase": "Water never really disappears."})],
    ),
    (
        "Write a story for kids about a brave little tugboat. Divide it into 3 parts, marking each one Part 1, Part 2, Part 3.",
        [("sections", {"n": 3, "marker": "Part"})],
    ),
    (
        "I'm a teacher. Make me a lesson plan about photosynthesis with four sections; each should begin with 'Section X' (Section 1, Section 2 ...).",
        [("sections", {"n": 4, "marker": "Section"})],
    ),
    (
        "Write a tutorial on making a sourdough starter. Organise it as steps labelled Step 1, Step 2 and so on - 5 steps total. Keep it to 300 words or fewer.",
        [("sections", {"n": 5, "marker": "Step"}), ("words_max", {"n": 300})],
    ),
    (
        "Outline a fantasy novel for me: six chapters, each headed 'Chapter N' where N is the chapter number.",
        [("sections", {"n": 6, "marker": "Chapter"})],
    ),
    (
        "Rewrite this sentence so it sounds more formal: 'we gonna be late coz the train broke'. Put your whole answer in double quotes.",
        [("quotation", {})],
    ),
    (
        "haiku about the sea, wrapped in double quotation marks",
        [("quotation", {})],
    ),
    (
        "My boss want a summary of the meeting. Please write it not more than five sentences, and include the words 'budget' and 'deadline'.",
        [("sentences_max", {"n": 5}), ("keyword_include", {"words": ["budget", "deadline"]})],
    ),
    (
        "Write a review of a pair of running shoes in at least 8 sentences. Mention the word 'comfortable' twice.",
        [("sentences_min", {"n": 8}), ("keyword_frequency", {"word": "comfortable", "n": 2})],
    ),
    (
        "Pros of electric cars - bullet points, at least 5 of them.",
        [("bullets_min", {"n": 5})],
    ),
    (
        "List some tips for first-time home buyers, but no more than 6 bullet points please, and don't use markdown headings.",
        [("bullets_max", {"n": 6})],
    ),
    (
        "Write an email to my landlord about a broken heater. Use capital letters for at least 3 whole words to stress how urgent it is (e.g. URGENT).",
        [("capital_words", {"n": 3})],
    ),
    (
        "Write a cheerful out-of-office message. Don't start with 'Hi', and keep it within 60 words.",
        [("words_max", {"n": 60})],
    ),
    (
        "Explain what an API is to my grandmother. Please end your response with a question so I can check she understood.",
        [("end_with_question", {})],
    ),
    (
        "Compose a tweet about our new single-origin coffee blend without using any commas.",
        [("no_commas", {})],
    ),
    (
        "Write two paragraphs about the history of the bicycle. Separate the paragraphs with the markdown divider ***.",
        [("paragraphs_exact", {"n": 2})],
    ),
    (
        "Essay on climate migration: no fewer than 3 paragraphs, no more than 5.",
        [("paragraphs_min", {"n": 3}), ("paragraphs_max", {"n": 5})],
    ),
    (
        "describe ur ideal weekend in max 3 paragraphs",
        [("paragraphs_max", {"n": 3})],
    ),
    (
        "Answer in 2-4 sentences: why is the sky blue?",
        [("sentences_min", {"n": 2}), ("sentences_max", {"n": 4})],
    ),
    (
        "Write a LinkedIn post announcing my promotion to team lead. It needs to be over 150 words, and add a P.P.S. at the very end thanking my old manager.",
        [("words_min", {"n": 151}), ("postscript", {"marker": "P.P.S."})],
    ),
    (
        "Write a thank-you note to my mentor, ending with a postscript that starts with P.S.",
        [("postscript", {"marker": "P.S."})],
    ),
    (
        "Produce a sample API response for a weather endpoint (city, temp_c, conditions). Entire output should be JSON; a ```json fence around it is fine.",
        [("json_output", {})],
    ),
    (
        "Please to write a small text about my city Porto for tourist brochure. Must be less than 100 words and to have a title inside << >>.",
        [("words_max", {"n": 99}), ("title", {})],
    ),
    (
        "Write a rap verse about debugging. It should contain the letter 'z' at least 5 times, and it should be all lowercase.",
        [("letter_frequency", {"letter": "z", "n": 5}), ("lowercase", {})],
    ),
    (
        "Give me a short wedding toast for my brother. Start with the words 'Ladies and gentlemen' and make sure it's fewer than 200 words.",
        [("start_phrase", {"phrase": "Ladies and gentlemen"}), ("words_max", {"n": 199})],
    ),
    (
        "Write the App Store description for a hiking app. Don't mention 'cheap' or 'free' anywhere.",
        [("keyword_avoid", {"words": ["cheap", "free"]})],
    ),
    (
        "Write a biography of Ada Lovelace in Spanish, in exactly 5 sentences.",
        [("sentences_exact", {"n": 5}), ("language", {"code": "es"})],  # language: added with its reader
    ),
    (
        "Create a markdown table comparing Python, Java and Go on speed, typing and learning curve. Keep the whole response under 150 words.",
        [("words_max", {"n": 149})],
    ),
    (
        "Explain what a Python decorator does, with an example in a code block. Highlight at least 2 key terms with markdown italics.",
        [("highlight", {"n": 2})],
    ),
    (
        "Write a formal complaint letter to an airline about lost luggage. Use at least 3 placeholders in square brackets, e.g. [flight number], and end the letter with exactly \"Yours faithfully, [Your Name]\".",
        [("placeholders", {"n": 3}), ("end_phrase", {"phrase": "Yours faithfully, [Your Name]"})],
    ),
    (
        "Pitch me two completely different startup ideas for pet owners. Separate them with six asterisks ******, and give each pitch a title in double angle brackets like <<PawPal>>.",
        [("two_responses", {"separator": "******"}), ("title", {})],
    ),
    (
        "Synonyms for 'happy'. 5 bullets exactly.",
        [("bullet_list", {"n": 5})],
    ),
    (
        "whats the capital of australia? reply in capital letters only",
        [("uppercase", {})],
    ),
    (
        "Tell me a bedtime story about a dragon who is afraid of the dark. It should be at least 300 words and divided into 4 paragraphs.",
        [("words_min", {"n": 300}), ("paragraphs_exact", {"n": 4})],
    ),
    (
        "Explain the difference between 'affect' and 'effect'. Keep it short - 3 sentences max - and end with 'Hope this helps!'",
        [("sentences_max", {"n": 3}), ("end_phrase", {"phrase": "Hope this helps!"})],
    ),
    (
        "For our council newsletter, write a blurb on the new recycling scheme. Requirements: (1) include the keywords 'recycling', 'community' and 'bins'; (2) avoid the word 'waste'; (3) 100 words or fewer.",
        [
            ("keyword_include", {"words": ["recycling", "community", "bins"]}),
            ("keyword_avoid", {"words": ["waste"]}),
            ("words_max", {"n": 100}),
        ],
    ),
    (
        "I'd like a short essay on the ethics of AI-generated art. I don't want any bullet points, please - just flowing prose. Make it longer than 250 words.",
        [("words_min", {"n": 251})],
    ),
    (
        "Write a riddle, and make sure your reply finishes with a question mark.",
        [("end_with_question", {})],
    ),
    (
        "Write a song chorus about the ocean where the word 'wave' shows up at least 4 times.",
        [("keyword_frequency", {"word": "wave", "n": 4})],
    ),
    (
        "Could you write a quick note to my flatmate reminding them to take the bins out? Make it entirely lowercase (no capitals at all) and throw in a couple of emojis.",
        [("lowercase", {})],
    ),
    (
        "Slogan for a boxing gym. ALL CAPS, and put it in quotation marks.",
        [("uppercase", {}), ("quotation", {})],
    ),
    (
        "Give me feedback on this thesis statement: 'Social media is bad.' Use at least 3 bullet points and highlight at least one phrase in *italics*.",
        [("bullets_min", {"n": 3}), ("highlight", {"n": 1})],
    ),
    (
        "write a poem about coffee. use the letter 'e' at least 30 times. dont use any commas.",
        [("letter_frequency", {"letter": "e", "n": 30}), ("no_commas", {})],
    ),
    (
        "Write a sales email for our CRM software. The word 'pipeline' should appear exactly twice. Start the email with 'Hi [First Name],'.",
        [("keyword_frequency", {"word": "pipeline", "n": 2}), ("start_phrase", {"phrase": "Hi [First Name],"})],
    ),
    (
        "Give me a numbered list of 7 ways to save money on groceries. Keep the whole thing under 120 words.",
        [("words_max", {"n": 119}), ("numbered_list", {"n": 7})],  # numbered_list: added with its reader
    ),
    (
        "Translate 'good morning' into French, German and Italian and present it as a table. Then finish with a P.S. about pronunciation.",
        [("postscript", {"marker": "P.S."})],
    ),
    (
        "Write a tweet-length bio for a freelance illustrator with 3 relevant hashtags. Keep it below 40 words.",
        [("words_max", {"n": 39}), ("hashtags", {"n": 3})],  # hashtags: added with its reader
    ),
    (
        "Write a code review comment for a pull request that has no tests. Put any code snippet in a ```python block. The comment must be at least 4 sentences long.",
        [("sentences_min", {"n": 4})],
    ),
    (
        "Explain inflation in very simple terms. Respond in German. Use at most six sentences.",
        [("sentences_max", {"n": 6}), ("language", {"code": "de"})],  # language: added with its reader
    ),
    (
        "FAQ entry: 'How do I reset my password?' Use exactly three bullet points for the steps, and don't use bold text.",
        [("bullet_list", {"n": 3})],
    ),
    (
        "Write a short travel piece on the Eiffel Tower with a title in the format <<Title Here>>. At least 2 paragraphs, please.",
        [("title", {}), ("paragraphs_min", {"n": 2})],
    ),
    (
        "Draft the FAQ page for our meal-kit service. Organise it into 3 sections and label them Section 1, Section 2 and Section 3.",
        [("sections", {"n": 3, "marker": "Section"})],
    ),
    (
        "Write a job ad for a barista. Include at least two placeholders like [location] and [salary]. Don't use exclamation marks.",
        [("placeholders", {"n": 2})],
    ),
    (
        "Could you write a short paragraph about colour theory for my design students? Please emphasise at least three key ideas using markdown italics, and keep it to a maximum of 90 words.",
        [("highlight", {"n": 3}), ("words_max", {"n": 90})],
    ),
    (
        "Write a dialogue between an angry customer and a barista. Make it at least 10 sentences, and use capital letters for at least 5 whole words to show shouting.",
        [("sentences_min", {"n": 10}), ("capital_words", {"n": 5})],
    ),
    (
        "I need 2 alternative versions of a apology text to my friend for missing her birthday. Separate the versions using ****** (6 asterisks).",
        [("two_responses", {"separator": "******"})],
    ),
    (
        "Which is the better first programming language, Python or Rust? Just answer 'Python', 'Rust', or 'It depends'.",
        [("constrained_choice", {"options": ["Python", "Rust", "It depends"]})],
    ),
    (
        "Respond to this restaurant review: 'Food was cold and the waiter was rude.' Start your reply with \"Thank you for your feedback\" and end it with the phrase \"We hope to see you again soon.\"",
        [
            ("start_phrase", {"phrase": "Thank you for your feedback"}),
            ("end_phrase", {"phrase": "We hope to see you again soon."}),
        ],
    ),
    (
        "Write this week's horoscope for Leo, under 4 sentences.",
        [("sentences_max", {"n": 3})],
    ),
    (
        "A short paragraph about the moon landing: no more than 2 sentences, and include the word 'giant'.",
        [("sentences_max", {"n": 2}), ("keyword_include", {"words": ["giant"]})],
    ),
    (
        "give me a pep talk. in exactly 4 paragraphs. and dont start with 'Sure' or 'Of course'.",
        [("paragraphs_exact", {"n": 4})],
    ),
    (
        "Write a Reddit-style post asking for advice on learning the guitar as an adult. It should end with a question and contain fewer than 120 words.",
        [("end_with_question", {}), ("words_max", {"n": 119})],
    ),
    (
        "Write a 5-line poem about the moon. Make every word lowercase and don't use the words 'night' or 'star'.",
        [("lowercase", {}), ("keyword_avoid", {"words": ["night", "star"]})],
    ),
    (
        "Write an announcement for the office summer party. It needs at least 2 highlighted sections in markdown (*like this*) and must mention pizza.",
        [("highlight", {"n": 2}), ("keyword_include", {"words": ["pizza"]})],
    ),
    (
        "Give me a motivational quote of your own and present it inside double quotes - nothing outside the quotes.",
        [("quotation", {})],
    ),
    (
        "In no more than 4 bullet points, tell me why I should learn SQL.",
        [("bullets_max", {"n": 4})],
    ),
    (
        "Make a list of packing essentials for a camping trip - at least 8 bullet points.",
        [("bullets_min", {"n": 8})],
    ),
    (
        "Write a short scene where two robots argue about the thermostat. The letter 'r' should appear at least 20 times, and include at least 3 CAPITALISED words.",
        [("letter_frequency", {"letter": "r", "n": 20}), ("capital_words", {"n": 3})],
    ),
    (
        "Write a resignation letter to my manager. Make it at least three paragraphs long. Don't include any slang.",
        [("paragraphs_min", {"n": 3})],
    ),
    (
        "Summarise the Industrial Revolution in fifty words or fewer.",
        [("words_max", {"n": 50})],
    ),
    (
        "Write an article of more than two hundred words about urban gardening on balconies.",
        [("words_min", {"n": 201})],
    ),
    (
        "Explain quantum entanglement to a curious teenager. Use a minimum of six sentences and a maximum of eight.",
        [("sentences_min", {"n": 6}), ("sentences_max", {"n": 8})],
    ),
    (
        "Write a eulogy for our beloved family dog, Biscuit. Exactly 3 paragraphs; no headings, no bullet points.",
        [("paragraphs_exact", {"n": 3})],
    ),
    (
        "Write a product blurb - in JSON format, please, with keys 'name' and 'blurb' - for a solar-powered camping lantern.",
        [("json_output", {})],
    ),
    (
        "return the list of planets in our solar system as JSON. don't add any explanation.",
        [("json_output", {})],
    ),
    (
        "Write a very short horror story that ends with the exact words 'and then the lights went out.'",
        [("end_phrase", {"phrase": "and then the lights went out."})],
    ),
    (
        "So my sister is starting university next month and she's super nervous about moving away from home... could you write her an encouraging message? I think it would be sweet if it started with 'Hey superstar' and used the word 'proud' at least twice. Oh, and no emojis please, she hates them.",
        [("start_phrase", {"phrase": "Hey superstar"}), ("keyword_frequency", {"word": "proud", "n": 2})],
    ),
    (
        "Generate the FAQ for a yoga studio website, split into 4 parts (Part 1 through Part 4).",
        [("sections", {"n": 4, "marker": "Part"})],
    ),
    (
        "Write a short memo about the new car-park rules. Don't put a title on it and don't write it in all caps. Keep it under 70 words.",
        [("words_max", {"n": 69})],
    ),
    (
        "Explain Git branching to a new hire. Do not end with a question; keep it between 3 and 5 sentences.",
        [("sentences_min", {"n": 3}), ("sentences_max", {"n": 5})],
    ),
    (
        "Product blurb for noise-cancelling headphones. There's a 75-word limit on the retailer's site, so stick to it.",
        [("words_max", {"n": 75})],
    ),
    (
        "Tell me about the history of tea in Britain. I want over 300 words, and please use the word 'empire' at least 3 times.",
        [("words_min", {"n": 301}), ("keyword_frequency", {"word": "empire", "n": 3})],
    ),
]

NO_INSTRUCTIONS: list[str] = [
    "My teacher wants a 500-word essay on the French Revolution. Can you suggest a few angles I could take?",
    "How many words are in the Gettysburg Address?",
    "What's the difference between a title and a heading in HTML?",
    "Can you explain what JSON is and why so many APIs use it?",
    "When should I put a comma before 'which'?",
    "Why do some people type emails in all caps? Is it considered rude?",
    "What does P.S. actually stand for, and is it still used in emails?",
    "My dissertation chapter is over the 2,000-word limit. What are good strategies for cutting text without losing meaning?",
    "Are bullet points or full paragraphs better for the experience section of a CV?",
    "How do I split a Word document into sections with different headers and footers?",
    "What's the correct way to punctuate a quote inside a quote in British English?",
    "Which letters of the alphabet are used most often in English?",
    "Can you proofread this: 'Their going to the park tomorow, weather permiting.'",
    "How do I load a JSON file in Python and loop over its keys?",
    "My manager says slides should never have more than 3 bullet points each. Is that a common rule in consulting?",
    "Suggest a good name for a podcast about allotment gardening.",
    "Why does Python use square brackets for lists and curly braces for dicts?",
    "Explain the rules for capitalising words in a headline - title case vs sentence case.",
    "How many sentences should the introduction of an academic essay usually have?",
    "The journal I'm submitting to has a 250-word abstract limit. Does that count the title and keywords?",
    "Is it okay to end a work email with a question? My colleague thinks it comes across as pushy.",
    "what does the lowercase i in iPhone stand for",
    "How do I count how many times a letter appears in a cell in Excel?",
    "Our style guide bans the Oxford comma. What are the arguments for and against it?",
    "In a legal contract, what usually goes in the definitions section versus the schedules?",
    "Why do novels sometimes start each chapter with a quotation from another book?",
]
