# ruff: noqa: E501  (test data: one probe per line, as written)
"""A thirty-fifth review (a helper session): new requests written blind to the reader's rules, as a careful human
reader would read them. Only the output conventions were learned beforehand (the kinds and their arguments in
`checkers.py` and the probe lists of `review_thirtyfour.py`); no request is taken from another test file or from a
public benchmark.

- A: requests written by non-native English speakers or by people typing fast: unusual word order ("in 3 paragraphs
  write me ..."), missing articles, wrong prepositions, plural/singular slips ("5 sentence", "two paragraph"), British
  and American spellings, numbers as digits or as words; one to three checkable constraints each.
- B: requests with three or four checkable constraints of different families, in one or several sentences and in
  varied orders; some repeat a constraint in other words (read once), some add a negated constraint ("no bullet
  points", "don't end with a question", "no title") that no checker kind can verify, so it is not expected.
- C: instruction-free controls a careless reader could misread, in the same styles: questions about grammar,
  punctuation, word counts, capital letters, JSON, lists, a letter's P.S., quotes and separators; texts pasted to be
  translated, summarised or corrected that contain such phrases; other people's rules told as background. Expected
  reads: none.

Expected reads follow the checkers' conventions: "under 100 words" is words_max n=99, "maximum 80 words" n=80, "over
200 words" words_min n=201; a range is a min and a max; keywords are lowercased; a phrase to start or end with is kept
as quoted; "in N paragraphs/sentences" is exact; where a request is genuinely ambiguous the constraint is left out.

Read by the reader as it stood when written (after the 32nd-34th reviews' fixes): 167 probes, recall 224/253 = 0.885,
precision 224/231 = 0.970, 40 of 42 controls clean, 30 misread. Session 28's fixes from it: recall 0.925, precision
0.992, 42 of 42 clean, 18 misread (UNREAD, taken out of the three parts, as the reviewer expects them).
"""

from typing import Any

A: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('in 3 paragraphs write me story about cat who is lost in big city', [('paragraphs_exact', {'n': 3})]),
    ('write essay about climate change in 5 sentence', [('sentences_exact', {'n': 5})]),
    ('pls give me 4 bullet point why learning german is usefull', [('bullet_list', {'n': 4})]),
    ('Make for me a poem about the autumn, maximum 80 words, no use of comma', [('words_max', {'n': 80}), ('no_commas', {})]),
    ('I need letter to my landlord for broken heater, please put P.S. in the end about the rent', [('postscript', {'marker': 'P.S.'})]),
    ('write a two paragraph description of my village near the sea', [('paragraphs_exact', {'n': 2})]),
    ('Explain photosynthesis for child of 8 years, under 100 word', [('words_max', {'n': 99})]),
    ('Can you write story of dragon in french language please', [('language', {'code': 'fr'})]),
    ('answer in all small letters: what is best way to learn guitar?', [('lowercase', {})]),
    ('write motivational text for my gym, everything in capital letter', [('uppercase', {})]),
    ('with at least 300 words, describe your favourite colour', [('words_min', {'n': 300})]),
    ('Give me 7 numbered steps how to make pancake', [('numbered_list', {'n': 7})]),
    ("write about my favourite football club Galatasaray, mention the word 'lion' 3 times minimum", [('keyword_frequency', {'word': 'lion', 'n': 3})]),
    ("tell about history of Roma without to use word 'empire'", [('keyword_avoid', {'words': ['empire']})]),
    ("wish happy birthday to my colleague Ahmed, start with 'Dear Ahmed'", [('start_phrase', {'phrase': 'Dear Ahmed'})]),
    ("Make short advertisement for my pizzeria, finish it with words 'Buon appetito!'", [('end_phrase', {'phrase': 'Buon appetito!'})]),
    ('i want a poem of rain, at the end must be a question', [('end_with_question', {})]),
    ('Write summary of the Little Prince in Spanish, in maximum 4 sentence', [('language', {'code': 'es'}), ('sentences_max', {'n': 4})]),
    ('please write to me tweet for new cafe opening, with 3 hashtag', [('hashtags', {'n': 3})]),
    ('write email template to customers with minimum 3 placeholder like [name]', [('placeholders', {'n': 3})]),
    ("describe the colour of sea in 2 paragraph, second paragraph begin with 'But'", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 2, 'word': 'But'})]),
    ('give me recipe of borscht in JSON format', [('json_output', {})]),
    ('write python function for reverse a string, put all the answer in code block', [('code_block', {})]),
    ("what is capital of Australia? answer just 'Sydney', 'Canberra' or 'Melbourne'", [('constrained_choice', {'options': ['Sydney', 'Canberra', 'Melbourne']})]),
    ('Write slogan for bike shop, give two version separated with ***', [('two_responses', {'separator': '***'})]),
    ('write short poem about moon and put title in double angle bracket like <<Moon>>', [('title', {})]),
    ("in the whole answer the letter 'z' must be 10 times at least, write about zoo", [('letter_frequency', {'letter': 'z', 'n': 10})]),
    ('write a toast for wedding, bold at least 2 phrase with markdown', [('highlight', {'n': 2})]),
    ('write review of film Inception, put whole review in double quote marks', [('quotation', {})]),
    ('repeat first my question exactly like I wrote it, after that answer: Why is the sky blue?', [('repeat_request', {'request': ['Why is the sky blue?']})]),
    ('describe Tokyo with not less than 12 sentence', [('sentences_min', {'n': 12})]),
    ('write about benefit of walking, max 3 paragraph', [('paragraphs_max', {'n': 3})]),
    ('minimum 4 paragraphs about history of tea', [('paragraphs_min', {'n': 4})]),
    ('list the advantages of electric car, at least 6 bullet points', [('bullets_min', {'n': 6})]),
    ('tips for job interview, not more than 5 bullets pls', [('bullets_max', {'n': 5})]),
    ('write a announcement for school trip, use at least 2 word in all caps for important things', [('capital_words', {'n': 2})]),
    ('write cover letter for nurse job, maximum 2 words in all caps', [('capital_words_max', {'n': 2})]),
    ('Describe a typical Polish breakfast in polish language, under 150 words', [('language', {'code': 'pl'}), ('words_max', {'n': 149})]),
    ('Write me a story about a robot in lowercase only and in 4 paragraphs', [('lowercase', {}), ('paragraphs_exact', {'n': 4})]),
    ('write a essay on importance of sleep at least 250 word and not more than 300', [('words_min', {'n': 250}), ('words_max', {'n': 300})]),
    ('give 3 reason to visit Portugal as numbered list', [('numbered_list', {'n': 3})]),
    ('describe winter in Canada in 1 sentence', [('sentences_exact', {'n': 1})]),
    ("Write a poem for my mother, 'love' word should be used 4 times or more", [('keyword_frequency', {'word': 'love', 'n': 4})]),
    ('Write a dialog between teacher and student in German, minimum 10 sentences', [('language', {'code': 'de'}), ('sentences_min', {'n': 10})]),
    ("make story for kids about a bear, it must begin with 'Once upon a time' and end with 'The end.'", [('start_phrase', {'phrase': 'Once upon a time'}), ('end_phrase', {'phrase': 'The end.'})]),
    ("write job ad for waiter, make 2 paragraphs and first paragraph start with word 'Join'", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 1, 'word': 'Join'})]),
    ('Write instagram caption for my photo from Bali in Indonesian with 5 hashtags at least', [('language', {'code': 'id'}), ('hashtags', {'n': 5})]),
    ('Please to write the letter of apology to my teacher, less than 120 words, and add P.S. at end', [('words_max', {'n': 119}), ('postscript', {'marker': 'P.S.'})]),
    ('describe favourite food over 200 words', [('words_min', {'n': 201})]),
    ("write short text about Paris, 'croissant' should not appear in it", [('keyword_avoid', {'words': ['croissant']})]),
    ("tell me about solar system using the letter 'p' at least 20 time", [('letter_frequency', {'letter': 'p', 'n': 20})]),
    ("write 2 different answer for question 'what is love', separate them by ******", [('two_responses', {'separator': '******'})]),
    ('Make a to-do list for moving house, with exactly 8 bullet', [('bullet_list', {'n': 8})]),
    ('write me the motivation letter for university, put it in json', [('json_output', {})]),
    ('write 5 sentences about elephants', [('sentences_exact', {'n': 5})]),
    ('explain blockchain for grandmother in max 6 sentence, no digits', [('sentences_max', {'n': 6}), ('no_digits', {})]),
    ("about ocean pollution write at least 3 paragraph, in third paragraph start with 'Finally'", [('paragraphs_min', {'n': 3}), ('paragraph_first_word', {'n': 3, 'word': 'Finally'})]),
    ('write me speech for graduation, dont use capital letters at all', [('lowercase', {})]),
    ('A poem about autumn leafs, highlight minimum 3 parts with *italic*', [('highlight', {'n': 3})]),
    ('write a template of invoice email, leave at least 4 blank in square brackets', [('placeholders', {'n': 4})]),
    ("Write a short story, it should end by a question to reader, and contain word 'mirror'", [('end_with_question', {}), ('keyword_include', {'words': ['mirror']})]),
    ('Describe your ideal holiday in less then 50 words', [('words_max', {'n': 49})]),
    ('Write a colour guide for painting my living room, favour warm colours, 3 paragraphs', [('paragraphs_exact', {'n': 3})]),
    ('Organise a list of 10 numbered tips for saving money', [('numbered_list', {'n': 10})]),
    ('Write the poem about train in Russian', [('language', {'code': 'ru'})]),
    ('In Italian write the short menu for my restaurant', [('language', {'code': 'it'})]),
    # read since session 29 (moved from UNREAD)
    ('Explain the rules of cricket in 3 section, name them Section 1, Section 2, Section 3', [('sections', {'n': 3, 'marker': 'Section'})]),
    ('Describe three cities in 3 sections (City 1, City 2, City 3), with 3 hashtags at end, and no commas', [('sections', {'n': 3, 'marker': 'City'}), ('hashtags', {'n': 3}), ('no_commas', {})]),
    ("Plan a 3-day trip in Lisbon: use Day 1, Day 2, Day 3 as section headers, under 250 words, and finish with the exact sentence 'Enjoy Lisbon!'", [('sections', {'n': 3, 'marker': 'Day'}), ('words_max', {'n': 249}), ('end_phrase', {'phrase': 'Enjoy Lisbon!'})]),
    ("Make a 4-section study plan (Week 1 to Week 4), under 200 words, at least 2 placeholders like [subject], don't use a table.", [('sections', {'n': 4, 'marker': 'Week'}), ('words_max', {'n': 199}), ('placeholders', {'n': 2})]),
    ("Write a recipe for pancakes. 5 bullet points, at least 1 phrase in bold, ending with 'Enjoy!', and no digits, write the quantities in words.", [('bullet_list', {'n': 5}), ('highlight', {'n': 1}), ('end_phrase', {'phrase': 'Enjoy!'}), ('no_digits', {})]),
    ("write about cat, 'whiskers' must be inside the text and also 'purr'", [('keyword_include', {'words': ['whiskers', 'purr']})]),
    ('reply only yes or no: is tomato a fruit?', [('constrained_choice', {'options': ['yes', 'no']})]),
]

B: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Write a cover letter for barista job: under 200 words, include the word 'espresso', no bullet points, and end with 'Best regards, Mia'", [('words_max', {'n': 199}), ('keyword_include', {'words': ['espresso']}), ('end_phrase', {'phrase': 'Best regards, Mia'})]),
    ("Blog post on home composting. Four paragraphs. Second one should start with 'Next'. Keep it lowercase. Don't end with a question.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 2, 'word': 'Next'}), ('lowercase', {})]),
    ("Give me a list of 5 bullet points about saving water, then add a P.S., and don't use any commas. No title please.", [('bullet_list', {'n': 5}), ('postscript', {'marker': 'P.S.'}), ('no_commas', {})]),
    ("Write a product description for running shoes in JSON, without the word 'cheap', and avoid digits.", [('json_output', {}), ('keyword_avoid', {'words': ['cheap']}), ('no_digits', {})]),
    ("In spanish, write 3 paragraphs about Barcelona, at least 200 words, mention 'Gaudí' twice or more", [('language', {'code': 'es'}), ('paragraphs_exact', {'n': 3}), ('words_min', {'n': 200}), ('keyword_frequency', {'word': 'gaudí', 'n': 2})]),
    ("Write a poem about the sea. The word 'salt' at least 3 times. Under 100 words. All capital letters. Not in a code block.", [('keyword_frequency', {'word': 'salt', 'n': 3}), ('words_max', {'n': 99}), ('uppercase', {})]),
    ("Write an email to my team about the new holiday policy; start with 'Hi all', include at least 2 placeholders like [date], keep it under 150 words (really, less than 150 words) and don't sign off with a question.", [('start_phrase', {'phrase': 'Hi all'}), ('placeholders', {'n': 2}), ('words_max', {'n': 149})]),
    ('Write a short news article about a new library. Put a title in <<>>, use exactly 6 sentences, and highlight at least one phrase with markdown bold.', [('title', {}), ('sentences_exact', {'n': 6}), ('highlight', {'n': 1})]),
    ('Write two different taglines for a dentist, separated with ******, all lowercase, and no exclamation marks', [('two_responses', {'separator': '******'}), ('lowercase', {})]),
    ("Write a speech for my dad's 60th birthday. Begin with 'Dear family', end with 'Cheers to Dad!', and keep it to at most 5 paragraphs. Don't use any hashtags.", [('start_phrase', {'phrase': 'Dear family'}), ('end_phrase', {'phrase': 'Cheers to Dad!'}), ('paragraphs_max', {'n': 5})]),
    ("Write a packing list for a ski trip: between 6 and 10 bullets, include 'gloves' and 'goggles', no digits.", [('bullets_min', {'n': 6}), ('bullets_max', {'n': 10}), ('keyword_include', {'words': ['gloves', 'goggles']}), ('no_digits', {})]),
    ("Explain recursion to a beginner. Wrap the whole answer in a code block, use fewer than 120 words, and don't use the word 'function'.", [('code_block', {}), ('words_max', {'n': 119}), ('keyword_avoid', {'words': ['function']})]),
    ("Write a short thank-you review for a hotel, enclosed entirely in double quotes, max 3 sentences, and mention 'breakfast'.", [('quotation', {}), ('sentences_max', {'n': 3}), ('keyword_include', {'words': ['breakfast']})]),
    ('Write a pep talk for my football team. Use at least 4 words in ALL CAPS, make it no more than 120 words, and end it with a question. Do not write it as a list.', [('capital_words', {'n': 4}), ('words_max', {'n': 120}), ('end_with_question', {})]),
    ('Write a formal complaint to the council about potholes. Use at most one word in all caps, at least 3 paragraphs, and add a P.P.S. at the end.', [('capital_words_max', {'n': 1}), ('paragraphs_min', {'n': 3}), ('postscript', {'marker': 'P.P.S.'})]),
    ('Summarise the benefits of yoga: 5 numbered points, in German, no commas.', [('numbered_list', {'n': 5}), ('language', {'code': 'de'}), ('no_commas', {})]),
    ("I want a haiku about frogs: lowercase only, no capital letters, not more than 3 sentences, and the word 'pond' must appear.", [('lowercase', {}), ('sentences_max', {'n': 3}), ('keyword_include', {'words': ['pond']})]),
    ("Write an ad for a bakery with at least 2 bold phrases, at least 3 hashtags and not more than 60 words. Don't put it in quotes.", [('highlight', {'n': 2}), ('hashtags', {'n': 3}), ('words_max', {'n': 60})]),
    ("Write an article about remote work: start with 'Working from home', include at least 3 paragraphs, don't end with a question, and avoid the words 'zoom' and 'pandemic'.", [('start_phrase', {'phrase': 'Working from home'}), ('paragraphs_min', {'n': 3}), ('keyword_avoid', {'words': ['zoom', 'pandemic']})]),
    ("Write me lyrics for a lullaby; two paragraphs only, the second one starting with the word 'sleep', no commas at all, and all in small letters.", [('paragraphs_exact', {'n': 2}), ('paragraph_first_word', {'n': 2, 'word': 'sleep'}), ('no_commas', {}), ('lowercase', {})]),
    ("Write a short horror story of less than 10 sentences, with a title in <<double angular brackets>>, and use the letter 'o' at least 25 times. No happy ending, no dialogue.", [('sentences_max', {'n': 9}), ('title', {}), ('letter_frequency', {'letter': 'o', 'n': 25})]),
    ("Write a letter to my pen friend in Osaka. Write it in Japanese, at least 150 words, add a P.S. Don't use emoji.", [('language', {'code': 'ja'}), ('words_min', {'n': 150}), ('postscript', {'marker': 'P.S.'})]),
    ("Write a product FAQ for a smart lamp with exactly 4 bullet points, include the keyword 'dimmable' and keep it under 90 words. The last line should not be a question.", [('bullet_list', {'n': 4}), ('keyword_include', {'words': ['dimmable']}), ('words_max', {'n': 89})]),
    ("For my blog: 5 paragraphs about sourdough, the word 'starter' used at least 4 times, use at least two placeholders like [flour brand], and don't use bullet points.", [('paragraphs_exact', {'n': 5}), ('keyword_frequency', {'word': 'starter', 'n': 4}), ('placeholders', {'n': 2})]),
    ("Write a limerick about a cat, in uppercase, with exactly 5 sentences, ending with the phrase 'AND THAT WAS THAT.'", [('uppercase', {}), ('sentences_exact', {'n': 5}), ('end_phrase', {'phrase': 'AND THAT WAS THAT.'})]),
    ("Write a welcome message for new employees. Begin it with 'Welcome aboard', use no more than 3 paragraphs, and bold at least 3 key words. No exclamation marks, no hashtags.", [('start_phrase', {'phrase': 'Welcome aboard'}), ('paragraphs_max', {'n': 3}), ('highlight', {'n': 3})]),
    ("Give 2 alternative intros for my podcast separated by a line of 3 dashes (---), each in lowercase, and don't use the word 'episode'.", [('two_responses', {'separator': '---'}), ('lowercase', {}), ('keyword_avoid', {'words': ['episode']})]),
    ('Write instructions to make tea in a numbered list of 6 steps, with no commas, under 80 words and not in JSON.', [('numbered_list', {'n': 6}), ('no_commas', {}), ('words_max', {'n': 79})]),
    ("Describe the Amazon rainforest: over 250 words, at least 10 sentences, include 'biodiversity', and end with a question for readers.", [('words_min', {'n': 251}), ('sentences_min', {'n': 10}), ('keyword_include', {'words': ['biodiversity']}), ('end_with_question', {})]),
    ('Write a product review in Dutch, wrapped in double quotation marks, at most 100 words; not a negative review.', [('language', {'code': 'nl'}), ('quotation', {}), ('words_max', {'n': 100})]),
    ('Write notes for a meeting: minimum 4 bullet points, maximum 7, with at least 3 placeholders in square brackets, and every word in capital letters.', [('bullets_min', {'n': 4}), ('bullets_max', {'n': 7}), ('placeholders', {'n': 3}), ('uppercase', {})]),
    ("Write a hype post for a concert: 4 hashtags minimum, less than 3 words in all caps, and end with 'See you there!' Don't start with 'Hey'.", [('hashtags', {'n': 4}), ('capital_words_max', {'n': 2}), ('end_phrase', {'phrase': 'See you there!'})]),
    ("Write a dialogue between two students in Turkish with at least 12 sentences and without any digits. Don't use English.", [('language', {'code': 'tr'}), ('sentences_min', {'n': 12}), ('no_digits', {})]),
    ("Answer in JSON only: give me 3 facts about Mars, mention 'olympus', under 80 words. No markdown, no code block.", [('json_output', {}), ('keyword_include', {'words': ['olympus']}), ('words_max', {'n': 79})]),
    ("write a love letter from a robot. all lowercase. less than 150 words. the letter 'e' 40 times or more. and a P.S. at the end", [('lowercase', {}), ('words_max', {'n': 149}), ('letter_frequency', {'letter': 'e', 'n': 40}), ('postscript', {'marker': 'P.S.'})]),
    ("Describe Mount Everest in 3 sentences. Do not use commas. Use the word 'summit' at least twice. Do not end with an exclamation mark.", [('sentences_exact', {'n': 3}), ('no_commas', {}), ('keyword_frequency', {'word': 'summit', 'n': 2})]),
    ("Please write an essay on social media and teens: at least 5 paragraphs, at least 400 words (so minimum 400 words), and start with 'Today'.", [('paragraphs_min', {'n': 5}), ('words_min', {'n': 400}), ('start_phrase', {'phrase': 'Today'})]),
    ('Write a short motivational quote, wrapped in double quotes, in Spanish, under 25 words.', [('quotation', {}), ('language', {'code': 'es'}), ('words_max', {'n': 24})]),
    ("Write a mini-story about a lost umbrella in 2 paragraphs; include the words 'rain' and 'bus'; do not use the word 'sad'; second paragraph starts with 'Then'.", [('paragraphs_exact', {'n': 2}), ('keyword_include', {'words': ['rain', 'bus']}), ('keyword_avoid', {'words': ['sad']}), ('paragraph_first_word', {'n': 2, 'word': 'Then'})]),
    ('Write a tweet about a solar eclipse, under 40 words, 2 hashtags or more, and in all caps. Not a question.', [('words_max', {'n': 39}), ('hashtags', {'n': 2}), ('uppercase', {})]),
    ('Copy my question word for word at the start, then answer it in under 100 words and in 2 paragraphs: Why do cats purr?', [('repeat_request', {'request': ['Why do cats purr?']}), ('words_max', {'n': 99}), ('paragraphs_exact', {'n': 2})]),
]

C: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Is it correct to say 'write in 3 paragraphs' or 'write with 3 paragraphs'?", []),
    ("what is difference between 'at least' and 'at most', i always confuse", []),
    ("How many words has this sentence: 'The quick cat sleep on the sofa'?", []),
    ('when I must use capital letter in english? for example days of week', []),
    ('my teacher say essay must be 5 paragraph minimum, why teachers like 5 paragraph essay?', []),
    ("Can you check my grammar: 'I have wrote the letter with a P.S. in the end and send it yesterday.'", []),
    ("Please correct this: 'Dear Sir, please answer me in 2 days, answer only yes or no, thank you.'", []),
    ('What is JSON and why my API give error when I send it?', []),
    ("Summarise this for me: 'Reports should not be in lowercase letters; names need capitals. Keep each report under 300 words and end with a question for the manager.'", []),
    ('In my country we write numbers with comma, like 3,5. In English is it dot?', []),
    ("Translate from German please: 'Bitte antworten Sie in höchstens drei Sätzen und ohne Kommas.'", []),
    ('Why people put ****** between chapters in fanfiction?', []),
    ("what mean 'P.S.' and 'P.P.S.' in a letter? is it rude to use?", []),
    ("Is 'paragraphs' or 'paragraph' after number two? like 'two paragraph'?", []),
    ("My boss told me: 'From now on, every email must start with Dear Team and finish with Best regards.' Is this normal in UK offices?", []),
    ('How do I make bullet points in Word on Mac?', []),
    ('explain me the difference between numbered list and bullet list in HTML', []),
    ('how to write hashtag correctly, with capital letter or no? #LoveIstanbul or #loveistanbul', []),
    ("Proofread pls: 'The applicants should send a motivation letter of at least 500 words in english language with no spelling mistake.'", []),
    ("What does 'write in all caps' mean? my teacher wrote it on board", []),
    ('Why in quotes we use double quotation marks in America and single in Britain?', []),
    ("Is '5 sentence' correct or I need '5 sentences'?", []),
    ('My friend say a haiku must have 17 syllables, is true for english haiku also?', []),
    ("Fix the commas in this sentence: 'However I think, that we should go, to the park tomorrow.'", []),
    ('Can you explain what the << and >> symbols mean in C++ cout?', []),
    ('What is a code block in Markdown and how do I make one in Discord?', []),
    ("My exam instructions said: 'Answer in no more than 200 words. Do not use bullet points. Start your answer with a topic sentence.' What's a topic sentence?", []),
    ('how many paragraphs should cover letter have usually? 3 or 4?', []),
    ("Does 'end with a question' mean the last sentence must have question mark?", []),
    ("Summarise this email: 'Hi, please send me the report in JSON format, with at least 3 examples, and put your name in [brackets]. Thanks, Omar'", []),
    ('Why do many people write in lowercase only on internet chats?', []),
    ('what is the limit for a tweet now? 280 character or 280 word?', []),
    ("Correct my English: 'Write me answer in French and short, maximum 50 words please.' I want to send this to my colleague.", []),
    ("Is it ok to start sentence with 'And'? My teacher say never", []),
    ('Why Germans write all nouns with capital letter?', []),
    ("What does placeholder text like 'Lorem ipsum' mean and where it comes from?", []),
    ("In Spanish, how do you say 'at least three times'?", []),
    ('The rules of our poetry contest: poems must be under 20 lines, in Italian, with a title. Is 20 lines enough for a sonnet?', []),
    ('Why does Python json.dumps put my text in double quotes?', []),
    ("How do you say 'keep it under 100 words' politely in a job ad?", []),
    ('I read that some people end every email with a question to get more replies. Does this works?', []),
    ("What is the meaning of 'repeat the question word for word' in exam instructions?", []),
]

PROBES: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = A + B + C


# left unread by session 28's reader, as the reviewer expects them
UNREAD: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ('write product description for honey from my bees, dont use any digit, write numbers by letters', [('no_digits', {})]),
    ("pls answer in english: what means 'saudade'?", [('language', {'code': 'en'})]),
    ('write rules for my gaming discord server, without commas and in CAPS', [('no_commas', {}), ('uppercase', {})]),
    ('give me the haiku about spring, wrap it in code block with ```', [('code_block', {})]),
    ('summary of Romeo and Juliet in Portuguese, maximum 100 words', [('language', {'code': 'pt'}), ('words_max', {'n': 100})]),
    ('Answer in a numbered list of 3 items and under 30 words. Before answering, copy my question exactly: Which three rivers in Africa are the longest?', [('numbered_list', {'n': 3}), ('words_max', {'n': 29}), ('repeat_request', {'request': ['Which three rivers in Africa are the longest?']})]),
    ("At least 8 sentences, in French, with the word 'fromage' at least 2 times: write about a cheese shop. Don't use English words.", [('sentences_min', {'n': 8}), ('language', {'code': 'fr'}), ('keyword_frequency', {'word': 'fromage', 'n': 2})]),
    ("Write a story about a lighthouse keeper. It must have 4 paragraphs, paragraph 1 starts with 'Alone', total over 300 words, and the letter 'w' appears at least 30 times.", [('paragraphs_exact', {'n': 4}), ('paragraph_first_word', {'n': 1, 'word': 'Alone'}), ('words_min', {'n': 301}), ('letter_frequency', {'letter': 'w', 'n': 30})]),
    ("Write a 4 sentence bio for my LinkedIn, in English, with no digits, and the word 'data' two times at least.", [('sentences_exact', {'n': 4}), ('language', {'code': 'en'}), ('no_digits', {}), ('keyword_frequency', {'word': 'data', 'n': 2})]),
    ("Write an Italian poem about coffee, no more than 8 sentences, and put it all in a code block. Don't give it a title.", [('language', {'code': 'it'}), ('sentences_max', {'n': 8}), ('code_block', {})]),
    ("Tell a story about a fox in exactly three paragraphs, starting the third with 'Finally', include at least 2 words fully in capitals like WOW, and keep it below 200 words.", [('paragraphs_exact', {'n': 3}), ('paragraph_first_word', {'n': 3, 'word': 'Finally'}), ('capital_words', {'n': 2}), ('words_max', {'n': 199})]),
]
