# ruff: noqa: E501  (test data: one prompt per line, as written)
"""A twenty-second development set for `rule:instructions`, by another author (a helper session that saw neither the reader's code nor any benchmark): 189 requests that revise pasted text, voice-dictated requests with spoken self-corrections, and requests that restate what the previous answer did, and 40 that state none. Author's description: requests written by three populations not covered before. (a) People who paste their own text (emails, CV bullets, cover letters, essay paragraphs, product copy, meeting notes, speeches) and ask for a revision, where constraints are often phrased relative to the input and the pasted text is full of numbers, quoted words, lists and format words that are not instructions; (b) voice-dictated requests as speech-to-text would render them (lowercase, thin punctuation, fillers, numbers spelled out, self-corrections where only the final value counts); (c) people who restate requirements in one message as if continuing an earlier exchange ("last time you...", "this time...", "same as before but..."), where narrated past counts and retracted requests are not labels. The three populations are mixed roughly equally; NO_INSTRUCTIONS holds tricky requests that contain numbers, quoted rules, questions about formatting, rough sizes and permissive wording but ask for nothing verifiable.

First read (before the fixes it prompted): 118 of 189 exact, recall 0.714, precision 0.848, 28 of 40 instruction-free requests read nothing.
"""
from typing import Any

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

CASES: list[Case] = [
    # ---------------------------------------------------------------
    # (a) revising pasted text
    # ---------------------------------------------------------------
    (
        "Can you cut this down to under 100 words? It's for the Friday newsletter.\n\nHi all, Q3 was a big one for us. We closed 14 new accounts, shipped version 2.0 of the dashboard, and welcomed 6 new people to the Denver office (say hi to Marta, Jon and the rest when you see them!). Huge thanks to the support team, who handled over 1,200 tickets in September alone without missing a single SLA. Looking ahead, Q4 priorities are the mobile app beta, the pricing page refresh, and getting our SOC 2 audit over the line. As always, my door is open.\nCheers,\nRavi",
        [("words_max", {"n": 99})],
    ),
    (
        "Rewrite this CV bullet so it sounds stronger. Keep it to one sentence and don't change the word 'Salesforce'.\n\n- Was responsible for the Salesforce migration for 3 regional teams (approx. 40 users), and also did the training sessions",
        [("sentences_exact", {"n": 1}), ("keyword_include", {"words": ["Salesforce"]})],
    ),
    (
        "make this all lowercase, don't change anything else:\n\nDear Hiring Manager,\nI am writing to apply for the Junior Designer role at Fernwood Studio. I have 2 years of experience in Figma and Adobe XD, and I recently led the rebrand of a local nonprofit.\nBest,\nLena",
        [("lowercase", {})],
    ),
    (
        "Translate this into German please, it's going to our supplier in Stuttgart:\n\nHi Markus,\nthanks for the quick turnaround on the 500 units. Could you confirm the delivery date for the second batch? We'd also like to add 2 pallets of the grey housing if there's stock.\nBest regards,\nPriya",
        [("language", {"code": "de"})],
    ),
    (
        "Expand these meeting notes into a proper summary email for the people who missed it. At least 200 words.\n\nNotes 14/10:\n- budget approved (40k)\n- launch moved to 3 March\n- Tom owns QA, Ada owns docs\n- need 2 more designers, posting the job Friday\n- next sync in 2 weeks",
        [("words_min", {"n": 200})],
    ),
    (
        "Here's our current product description. Rewrite it in exactly 3 sentences and include the keyword 'waterproof'.\n\nThe TrailMate 2 is a hiking boot for people who walk a lot. It has a grippy sole. It comes in 4 colours. It's great in rain. It's also light, only 380g per boot.",
        [("sentences_exact", {"n": 3}), ("keyword_include", {"words": ["waterproof"]})],
    ),
    (
        "I need to shorten this paragraph from my history essay. It's around 180 words right now and this section can be no more than 120 words. Keep the argument intact.\n\nThe Marshall Plan, formally known as the European Recovery Program, was an American initiative passed in 1948 to provide economic aid to Western Europe following the devastation of the Second World War. Over the course of four years, the United States transferred more than 13 billion dollars, which at the time was an enormous sum, to sixteen European countries. While the plan is often remembered as an act of generosity, historians have increasingly argued that it was equally motivated by strategic concerns, most notably the containment of Soviet influence. By rebuilding industrial capacity and stabilising currencies, policymakers in Washington hoped to reduce the appeal of communist parties in France and Italy, both of which had performed strongly in post-war elections. In this sense, the plan was both a humanitarian and a geopolitical project.",
        [("words_max", {"n": 120})],
    ),
    (
        "Please polish my cover letter. Make it exactly three paragraphs and don't use the words 'passionate' or 'synergy' anywhere, my career coach says they're overused.\n\nDear Ms. Okafor,\nI am passionate about logistics and I believe there would be great synergy between my skills and your team. In my 4 years at Brightline Freight I cut average delivery delays by 18%.\nI also managed a team of 6 dispatchers and rolled out a new routing tool.\nI would love to talk more.\nSincerely,\nDevon Hart",
        [("paragraphs_exact", {"n": 3}), ("keyword_avoid", {"words": ["passionate", "synergy"]})],
    ),
    (
        "This is my best man speech draft. Make it funnier but keep it under 300 words, and end it with exactly 'To Sam and Leah!'\n\nGood evening everyone. For those who don't know me, I'm Chris, and I've known Sam since we were 7 and he tried to sell me my own bike. Twenty years later he's still negotiating, but now he's met someone who always wins. Leah, you're the best thing that ever happened to him. Please raise your glasses.",
        [("words_max", {"n": 299}), ("end_phrase", {"phrase": "To Sam and Leah!"})],
    ),
    (
        "Reformat these notes as a numbered list with exactly 5 items. Merge whatever you need to.\n\nnotes from tuesday standup\nfrontend - login bug fixed, 2 more in review\nbackend - migration 80% done\nDevOps: new staging server up\ndesign waiting on copy\ncopy waiting on legal\nlegal out until thursday\nQA needs the test plan",
        [("numbered_list", {"n": 5})],
    ),
    (
        "Rewrite this email so it sounds warmer. Roughly the same length as mine, but it has to include the word 'remote'.\n\nHi Jordan, following up on the role. I saw the posting says hybrid. Is there flexibility? I live 90 minutes away. Thanks, Sam",
        [("keyword_include", {"words": ["remote"]})],
    ),
    (
        "Turn this paragraph into bullet points, max 4 bullets:\n\nOur new onboarding process has three phases. First, new hires get a laptop and accounts on day one. Then they shadow a teammate for their first 2 weeks. After that they take on a starter project, and at the 30-day mark they meet with their manager for a check-in. We also assign a buddy from another team.",
        [("bullets_max", {"n": 4})],
    ),
    (
        "Rewrite this for our shop banner, all in capital letters:\n\nSummer sale starts Friday - up to 40% off selected garden furniture. Free delivery on orders over $150.",
        [("uppercase", {})],
    ),
    (
        "Can you rewrite the following in Spanish? Keep 'Acme' as is, it's the brand name and must not be translated.\n\nThank you for choosing Acme. Your order #44821 has shipped and should arrive within 3-5 business days. If anything is wrong, just reply to this email.",
        [("language", {"code": "es"}), ("keyword_include", {"words": ["Acme"]})],
    ),
    (
        "Rewrite my LinkedIn summary in first person. It needs to be under 150 words, and put at least 3 hashtags at the end.\n\nData analyst with 5+ years in retail. Skilled in SQL, Python, Tableau. Built the weekly sales dashboard used by 200 store managers. Looking for roles in sustainability analytics.",
        [("words_max", {"n": 149}), ("hashtags", {"n": 3})],
    ),
    (
        "Fix the grammar in this line and wrap the whole thing in double quotes so I can paste it straight into the script file:\n\nme and the other detective has been chasing this guy for 3 year and he always one step ahead of us",
        [("quotation", {})],
    ),
    (
        "Convert these notes into JSON. The whole reply should be the JSON and nothing else, no explanation.\n\nClient: Harbor Dental\nMeeting date: 2 May\nAttendees: Lisa, Omar, Dr. Chen\nDecisions: new website by June; monthly newsletter; drop Facebook ads\nBudget: 12,000",
        [("json_output", {})],
    ),
    (
        "Our SMS system breaks on commas, so rewrite this reminder without a single comma:\n\nHi Maria, this is a reminder that your appointment with Dr. Patel is on Tuesday, 14 May, at 10:30. Please arrive 10 minutes early, bring your insurance card, and call us if you need to reschedule.",
        [("no_commas", {})],
    ),
    (
        "Rewrite this invite so there are no digits at all, spell everything out:\n\nJoin us on 12 May at 7pm for 3 short talks on urban beekeeping. Tickets are 5 euros, and the first 20 guests get a free jar of honey. Room 204, 2nd floor.",
        [("no_digits", {})],
    ),
    (
        "Give me two different rewrites of this tagline, separated by ******. Current tagline: 'Software that works as hard as you do.' It's for a payroll tool aimed at small restaurants.",
        [("two_responses", {"separator": "******"})],
    ),
    (
        "Rewrite this email twice, once formal and once casual. Put a line with just --- between the two versions.\n\nhey, can u send the Q2 numbers by tmrw? need them for the board deck. thx",
        [("two_responses", {"separator": "---"})],
    ),
    (
        "This email is way too long for what it says. Shorten it to at most 2 sentences:\n\nHi Pat, I hope you had a great weekend! I just wanted to reach out and check in about the thing we discussed last Thursday, namely the vendor contract for the catering. I was wondering if you might have had a chance to look over it yet, because we need to sign by the 20th. No pressure at all, of course, I know you are busy. Let me know! Thanks so much, Jen",
        [("sentences_max", {"n": 2})],
    ),
    (
        "Turn this into a reusable template. Replace the specific names, dates and amounts with square-bracket placeholders like [Client Name]; I want at least 4 placeholders.\n\nDear Mr. Alvarez,\nThis is a friendly reminder that invoice 2291 for $1,450 was due on 3 April. Please arrange payment by 17 April to avoid a late fee.\nKind regards,\nNina Brooks, Brooks & Rahm Accounting",
        [("placeholders", {"n": 4})],
    ),
    (
        "Tighten up my cover letter closing and add a P.S. at the end pointing them to my portfolio.\n\nThank you for considering my application. I would welcome the chance to discuss how my 3 years of UX research could support your team's work on the new patient app. I am available for a call any weekday after 2pm.",
        [("postscript", {"marker": "P.S."})],
    ),
    (
        "Rewrite this paragraph so it's clearer, and highlight at least 2 key phrases with markdown italics, like *this*.\n\nThe new policy means that employees can carry over up to 5 unused vacation days into the next year, but they have to be used by March 31 or they are lost, and this is different from before when nothing carried over.",
        [("highlight", {"n": 2})],
    ),
    (
        "Give this blog intro a title wrapped in double angular brackets, like <<My Title>>, and tighten the text a bit.\n\nI bought my first sewing machine 2 years ago for 80 dollars at a garage sale. Since then I've made 11 dresses, one very bad pair of trousers, and a quilt that my dog has claimed as his own.",
        [("title", {})],
    ),
    (
        "Reorganise this workshop outline into 3 sections, labelled Section 1, Section 2 and Section 3.\n\nwelcome + icebreaker (10 min), why budgeting matters, the 50/30/20 rule, apps we like, group exercise, Q&A, feedback forms",
        [("sections", {"n": 3, "marker": "Section"})],
    ),
    (
        "Make this essay paragraph longer, at least 250 words, and make sure 'Keynes' is mentioned at least twice.\n\nDuring the Great Depression, governments were slow to respond. Many believed that markets would correct themselves. Unemployment in the US reached 25%. New ideas about government spending eventually changed policy.",
        [("words_min", {"n": 250}), ("keyword_frequency", {"word": "Keynes", "n": 2})],
    ),
    (
        "Rewrite our product description so it starts with 'Meet the' and sounds less like a spec sheet.\n\nModel: Breeze 300. Tower fan. 3 speeds. Oscillation 90 degrees. Timer 1-8h. Remote included. Noise: 38 dB on low.",
        [("start_phrase", {"phrase": "Meet the"})],
    ),
    (
        "Here's the short bio for my podcast page. Rewrite it so it ends with a question to the listener.\n\nHi, I'm Tasha. I spent 10 years as an ER nurse before switching to teaching. On this show I talk to people who changed careers after 35.",
        [("end_with_question", {})],
    ),
    (
        "Rewrite these meeting notes in French for our Montreal office, at most 5 bullet points.\n\n- Q1 revenue up 8%\n- hiring freeze lifted\n- new CRM rollout in April, training sessions TBD\n- office move postponed to September\n- holiday party budget approved\n- reminder: expense reports due on the 5th",
        [("language", {"code": "fr"}), ("bullets_max", {"n": 5})],
    ),
    (
        "Split this into two paragraphs and make the second one start with the word 'However'.\n\nRemote work has given our team more flexibility and cut commuting costs by an estimated 2,000 dollars per person per year. Many people report better focus at home. But new hires say they feel isolated, and our survey found that 40% of staff want at least 1 office day a week.",
        [("paragraphs_exact", {"n": 2}), ("paragraph_first_word", {"n": 2, "word": "However"})],
    ),
    (
        "Translate this welcome note into Brazilian Portuguese for our new Sao Paulo colleagues:\n\nWelcome to the team! Your first week will include 2 days of orientation, a lunch with your manager, and setup of your accounts. Don't hesitate to ask questions.",
        [("language", {"code": "pt"})],
    ),
    (
        "Shorten these notes to exactly 50 words, it's for a form field with a hard limit.\n\nProject Aurora aims to reduce energy use in our 3 warehouses by 20% over 18 months. Phase 1 replaces lighting with LEDs. Phase 2 installs smart thermostats and motion sensors. Phase 3 adds rooftop solar at the Leeds site. Expected payback is 4 years and the total cost is 310,000 pounds.",
        [("words_min", {"n": 50}), ("words_max", {"n": 50})],
    ),
    (
        "Rewrite this speech opener so it lands better. Length should be 80 to 100 words.\n\nHello. Thank you for coming. I am the principal. This year was hard. We had 2 floods and a roof leak. But the students did great. 96% passed. I want to say thank you.",
        [("words_min", {"n": 80}), ("words_max", {"n": 100})],
    ),
    (
        "Our flyer reads like it's screaming. Rewrite it so that no more than 3 words are in all caps.\n\nHUGE CLEARANCE EVENT!!! EVERYTHING MUST GO. UP TO 70% OFF ALL SOFAS, BEDS AND TABLES. THIS WEEKEND ONLY AT OAKWOOD HOME, 12 MILL STREET.",
        [("capital_words_max", {"n": 3})],
    ),
    (
        "Make this poster copy punchier. Put at least 4 words in ALL CAPS for emphasis.\n\nCome to the spring plant swap at the community centre. Bring a cutting, take a cutting. Saturday 10-2. Free tea and cake.",
        [("capital_words", {"n": 4})],
    ),
    (
        "This is for a zine, just for fun: rewrite the paragraph below so the letter 'z' shows up at least 5 times.\n\nOur little town has one bakery, two bars and a very grumpy cat who sits on the post office steps every morning.",
        [("letter_frequency", {"letter": "z", "n": 5})],
    ),
    (
        "Clean up the wording of this README intro and give it back to me inside a single code block so I can copy it raw:\n\nthis tool takes csv files (up to 2GB) and converts them to parquet. run it with python convert.py --in data.csv --out data.parquet. requires python 3.9+",
        [("code_block", {})],
    ),
    (
        "I wrote two versions of the subject line for our re-engagement email. Which one should I send? Answer with just 'A' or 'B'.\n\nA: We miss you - here's 20% off\nB: It's been a while. Want 20% off?",
        [("constrained_choice", {"options": ["A", "B"]})],
    ),
    (
        "First repeat my request word for word, then do it. Request: Rewrite the sentence 'Me and him was late to the standup because of the 8:15 train' so it's grammatically correct.",
        [("repeat_request", {"request": "Rewrite the sentence 'Me and him was late to the standup because of the 8:15 train' so it's grammatically correct."})],
    ),
    (
        "Translate my speech intro into Italian and keep it under 70 words.\n\nGood evening, and thank you all for being here to celebrate 25 years of the Rossi family restaurant. When my grandfather opened these doors in 1999, he had 6 tables and one very old oven. Tonight we have 120 guests and, thankfully, a new oven.",
        [("language", {"code": "it"}), ("words_max", {"n": 69})],
    ),
    (
        "Condense these notes into exactly 3 bullet points for the exec summary.\n\n* churn went from 4.1% to 3.2%\n* NPS up 6 points\n* support backlog cleared\n* two enterprise deals slipped to Q3\n* pricing experiment inconclusive\n* hiring: 3 of 5 roles filled",
        [("bullet_list", {"n": 3})],
    ),
    (
        "This product copy is one big rambling paragraph. Turn it into a list of features with at least 5 bullet points.\n\nThe Nimbus backpack has a padded 16-inch laptop sleeve and it's made from recycled bottles, around 22 of them per bag, plus there's a hidden back pocket for your passport and the straps are adjustable and it has a luggage pass-through and it's water-resistant and weighs 1.1kg.",
        [("bullets_min", {"n": 5})],
    ),
    (
        "Shorten my conference abstract to fewer than 150 words. The current one is 231.\n\nWe present a longitudinal study of 1,204 secondary school students across 3 districts examining the relationship between sleep duration and mathematics performance. Using wearable trackers over 2 academic years, we found that students averaging fewer than 7 hours of sleep scored significantly lower on standardised assessments, even after controlling for socioeconomic status, prior attainment and screen time. Effects were strongest in the spring term. We discuss implications for school start times and propose a low-cost intervention that combines sleep education with later first periods, which we are piloting in 2 schools this year.",
        [("words_max", {"n": 149})],
    ),
    (
        "Expand this paragraph for my scholarship essay to more than 300 words. Right now it's only about 60.\n\nGrowing up, I translated for my parents at the bank, the doctor and parent-teacher meetings. At 12 I was explaining mortgage terms in two languages. That experience is why I want to study public policy: I want systems that don't need a 12-year-old to work.",
        [("words_min", {"n": 301})],
    ),
    (
        "My reply to this client is too curt. Rewrite it in at least 4 sentences.\n\nClient wrote: 'Any update on the logo? It's been 2 weeks.'\nMy draft: 'Received. Will look.'",
        [("sentences_min", {"n": 4})],
    ),
    (
        "Condense this press release into no more than two paragraphs.\n\nGREENFIELD, OH - Greenfield Public Library today announced the opening of its new Makerspace, featuring 3 3D printers, a laser cutter and 12 laptops with design software.\n\nThe space was funded by a 75,000 dollar grant from the Ohio Arts Council.\n\nClasses start 1 June and are free for cardholders.\n\n\"We want every resident to be able to build something,\" said director Alma Ruiz.\n\nFor more information visit the front desk.",
        [("paragraphs_max", {"n": 2})],
    ),
    (
        "Expand the text below into at least three paragraphs for our 'About us' page.\n\nFounded 2016 by two sisters. Started at a farmers market with 4 kinds of jam. Now in 30 shops across Wales. Still cook in small pots.",
        [("paragraphs_min", {"n": 3})],
    ),
    (
        "Rewrite this product description for our Etsy listing. It must include the words organic, handmade and small-batch.\n\nLavender soap bar, 120g. Made with olive oil and shea butter. No palm oil. Wrapped in recycled paper.",
        [("keyword_include", {"words": ["organic", "handmade", "small-batch"]})],
    ),
    (
        "Please translate this customer notice into Dutch for our Rotterdam store:\n\nFrom 1 July our opening hours change to 9:00-18:00 Monday to Saturday. We are closed on Sundays. Thank you for your understanding!",
        [("language", {"code": "nl"})],
    ),
    (
        "Reformat my notes as JSON with keys date, attendees and decisions. Output only the JSON.\n\nMarch 3 - Kim, Raj, Bea - decided: move retro to Thursdays, use the new ticket template, cap WIP at 3 per person",
        [("json_output", {})],
    ),
    (
        "Rewrite this apology so it's less defensive, and end it with the exact sentence 'We appreciate your patience.'\n\nDear customer, the delay with your order (#77812) was caused by our courier, not us. It should arrive in 2-3 days. There's nothing we could have done differently.",
        [("end_phrase", {"phrase": "We appreciate your patience."})],
    ),
    (
        "Rewrite this for a push notification: no commas at all, and under 40 words.\n\nHey Alex, your weekly summary is ready: you walked 42,000 steps, slept an average of 6.8 hours, and hit your water goal on 5 out of 7 days. Nice work, keep it up!",
        [("no_commas", {}), ("words_max", {"n": 39})],
    ),
    (
        "Make this tweet all lowercase (it's our brand voice) and add at least 2 hashtags.\n\nOur new Oat Flat White is HERE. Available in all 14 London shops from Monday. Tell us what you think!",
        [("lowercase", {}), ("hashtags", {"n": 2})],
    ),
    (
        "Rework the opening of my retirement speech so the first paragraph starts with 'Friends'.\n\nI want to thank you all. 31 years at this company. I started in the mailroom in 1993 when we still had fax machines and a smoking room. Now I'm leaving and I'll miss you all.",
        [("paragraph_first_word", {"n": 1, "word": "Friends"})],
    ),
    (
        "Translate into Russian please, it's for my host family:\n\nThank you so much for the 3 wonderful weeks. I will miss the pelmeni, the long walks by the river, and Grandma's stories. I hope you can visit me in Toronto next summer.",
        [("language", {"code": "ru"})],
    ),
    (
        "Rewrite this paragraph from my med school personal statement. Cut 'journey' and 'passion' completely, and keep 'Nairobi' and 'clinic' in it.\n\nMy journey into medicine began in Nairobi, where I volunteered at a free clinic for 6 months. My passion for helping people grew every day as I saw 50+ patients line up each morning.",
        [("keyword_avoid", {"words": ["journey", "passion"]}), ("keyword_include", {"words": ["Nairobi", "clinic"]})],
    ),
    (
        "Rewrite these bullet points as a single paragraph of at most 5 sentences.\n\n- visited 3 sites\n- Site B has the best access to the motorway\n- Site A is cheapest (2.1m)\n- Site C needs rezoning, 12-18 months\n- team prefers B\n- need board sign-off by 30 June",
        [("paragraphs_exact", {"n": 1}), ("sentences_max", {"n": 5})],
    ),
    (
        "Translate this email to our Shenzhen factory into Simplified Chinese:\n\nHello Mr. Wang, we received the 2,000 samples. 15 had scratches on the lid. Can you send photos of the next batch before shipping? Thank you, Emma",
        [("language", {"code": "zh"})],
    ),
    (
        "Turn these messy notes into a numbered list of exactly 6 action items.\n\nSo Bill will call the venue, also someone needs to book the caterer (Lucy?), flyers need printing - 200 copies, Raj to set up the sign-up form, Ana does social posts, and we need to ask the council about the permit before the 15th.",
        [("numbered_list", {"n": 6})],
    ),
    (
        "Shorten this fundraising appeal to between 100 and 120 words.\n\nDear friends, this winter our shelter has seen a 35% increase in families needing a bed. Every night we turn away 8 to 10 people because we simply do not have the space. With your help we can open our second floor, which has room for 24 more beds. A gift of 50 dollars provides a warm bed and breakfast for one person for a week. A gift of 200 dollars sponsors a family for a month. We are so close to our goal of 40,000 dollars, and every contribution counts. Please give today, and thank you for standing with us. Warmly, the team at Harbor House",
        [("words_min", {"n": 100}), ("words_max", {"n": 120})],
    ),
    (
        "Rewrite the text below in Polish for my grandmother's birthday card. Keep it simple.\n\nHappy 80th birthday, Babcia! Thank you for all the pierogi, the stories, and for teaching me to play cards. We love you very much.",
        [("language", {"code": "pl"})],
    ),
    (
        "Cut this product blurb down to no more than 25 words, it's for the packaging side panel.\n\nOur Morning Boost granola is packed with 12 grams of protein per serving, sweetened only with date syrup, and baked in small batches in Vermont using oats from 3 family farms.",
        [("words_max", {"n": 25})],
    ),
    # ---------------------------------------------------------------
    # (b) voice-dictated requests
    # ---------------------------------------------------------------
    (
        "um okay so write a quick thank you note to my neighbor for feeding the cat while we were away uh max fifty words wait make it forty",
        [("words_max", {"n": 40})],
    ),
    (
        "give me three no actually four bullet points on why i should switch to a standing desk",
        [("bullet_list", {"n": 4})],
    ),
    (
        "hey so can you like write a toast for my sister's wedding um it should be at least two hundred words and mention her husband Diego by name",
        [("words_min", {"n": 200}), ("keyword_include", {"words": ["Diego"]})],
    ),
    (
        "write a text to my landlord about the heater it's been broken for like two weeks now um don't use any commas it messes up the voice thing on my phone",
        [("no_commas", {})],
    ),
    (
        "okay list the stuff i need to pack for a beach weekend numbered please exactly five things",
        [("numbered_list", {"n": 5})],
    ),
    (
        "in spanish please tell my abuela happy birthday and that i'll visit in june um make it two sentences no three sentences",
        [("language", {"code": "es"}), ("sentences_exact", {"n": 3})],
    ),
    (
        "um can you explain what a roth ira is in no more than three sentences i'm driving",
        [("sentences_max", {"n": 3})],
    ),
    (
        "so i need the opening paragraph of a cover letter uh for a barista job at least a hundred words no wait at least a hundred and fifty",
        [("words_min", {"n": 150})],
    ),
    (
        "write a bedtime story for my kid about a dragon who's scared of the dark and uh make it all lowercase she likes it that way don't ask",
        [("lowercase", {})],
    ),
    (
        "write me two versions of an instagram caption for my bakery's new pistachio croissant and separate them with like three asterisks",
        [("two_responses", {"separator": "***"})],
    ),
    (
        "quick question answer yes or no is it safe to eat raw cookie dough",
        [("constrained_choice", {"options": ["yes", "no"]})],
    ),
    (
        "write my grocery list in all caps because i'm gonna read it off my phone in the store eggs milk spinach um tortillas and that hot sauce",
        [("uppercase", {})],
    ),
    (
        "tell me about the history of the eiffel tower in french um at least one hundred words it's for my daughter's homework",
        [("language", {"code": "fr"}), ("words_min", {"n": 100})],
    ),
    (
        "give me some dinner ideas for tonight but don't say chicken i am so sick of chicken",
        [("keyword_avoid", {"words": ["chicken"]})],
    ),
    (
        "um write a little poem about autumn and it has to have the word maple in it at least three times",
        [("keyword_frequency", {"word": "maple", "n": 3})],
    ),
    (
        "explain photosynthesis to a ten year old in exactly four sentences",
        [("sentences_exact", {"n": 4})],
    ),
    (
        "write a linkedin post about my promotion to senior engineer um add like at least three hashtags and keep it under a hundred words",
        [("hashtags", {"n": 3}), ("words_max", {"n": 99})],
    ),
    (
        "write a haiku no wait a short poem about my morning coffee and give it a title in those double angle brackets",
        [("title", {})],
    ),
    (
        "draft a reminder email for the pta meeting with placeholders for the date and the room uh in square brackets at least two of them",
        [("placeholders", {"n": 2})],
    ),
    (
        "um plan a three day trip to lisbon and label each part like Day 1 Day 2 Day 3",
        [("sections", {"n": 3, "marker": "Day"})],
    ),
    (
        "write a note for my coworker's desk saying i covered her shift and add a p s at the end saying thanks for the coffee",
        [("postscript", {"marker": "P.S."})],
    ),
    (
        "start your answer with the words okay here's the plan and then tell me how to clean my oven without the harsh chemicals",
        [("start_phrase", {"phrase": "okay here's the plan"})],
    ),
    (
        "write an invite for the block party on saturday and end it with the words see you there",
        [("end_phrase", {"phrase": "see you there"})],
    ),
    (
        "uh give me json with name age and city for three made up people just the json nothing else",
        [("json_output", {})],
    ),
    (
        "tell me a joke about penguins and like end it with a question",
        [("end_with_question", {})],
    ),
    (
        "um write two paragraphs no three paragraphs about why cats are better than dogs",
        [("paragraphs_exact", {"n": 3})],
    ),
    (
        "explain the offside rule in soccer uh without using any numbers like no digits at all",
        [("no_digits", {})],
    ),
    (
        "write something motivational for the whiteboard at my gym and capitalize at least three whole words for emphasis",
        [("capital_words", {"n": 3})],
    ),
    (
        "repeat my question first word for word then answer it how many cups are in a gallon",
        [("repeat_request", {"request": "how many cups are in a gallon"})],
    ),
    (
        "okay so write a thank you email to my professor in german um and it should be under eighty words",
        [("language", {"code": "de"}), ("words_max", {"n": 79})],
    ),
    (
        "write a product description for a soy candle um use the word cozy at least twice and do not say luxury",
        [("keyword_frequency", {"word": "cozy", "n": 2}), ("keyword_avoid", {"words": ["luxury"]})],
    ),
    (
        "um can you give me at least six bullet points on how to prepare for a job interview",
        [("bullets_min", {"n": 6})],
    ),
    (
        "summarize the plot of hamlet in uh at most four bullet points",
        [("bullets_max", {"n": 4})],
    ),
    (
        "write an apology text to my friend for missing her birthday um all lowercase and no more than thirty words",
        [("lowercase", {}), ("words_max", {"n": 30})],
    ),
    (
        "i need a short bio for a conference program in third person um one paragraph only",
        [("paragraphs_exact", {"n": 1})],
    ),
    (
        "write three paragraphs about the moon landing and the second paragraph should start with the word meanwhile",
        [("paragraphs_exact", {"n": 3}), ("paragraph_first_word", {"n": 2, "word": "meanwhile"})],
    ),
    (
        "how do i tie a tie um highlight at least two of the important steps with asterisks like markdown",
        [("highlight", {"n": 2})],
    ),
    (
        "it's a line for my play a villain saying goodbye to the hero um wrap the whole answer in quotation marks",
        [("quotation", {})],
    ),
    (
        "um give me a bash script that backs up my documents folder every night just put the whole thing in a code block",
        [("code_block", {})],
    ),
    (
        "which guitar should a total beginner get just say classical acoustic or electric nothing else",
        [("constrained_choice", {"options": ["classical", "acoustic", "electric"]})],
    ),
    (
        "write two different birthday messages for my dad he's turning sixty and put four dashes between them",
        [("two_responses", {"separator": "----"})],
    ),
    (
        "make up a tongue twister where the letter p shows up at least ten times",
        [("letter_frequency", {"letter": "p", "n": 10})],
    ),
    (
        "sorry dictating this um tell me how compound interest works in english no wait my mom's gonna read it so do it in italian",
        [("language", {"code": "it"})],
    ),
    (
        "make a numbered list of things to do before moving out exactly eight items",
        [("numbered_list", {"n": 8})],
    ),
    (
        "write a short paragraph about bees and use the word pollen um at least three times no make it four",
        [("keyword_frequency", {"word": "pollen", "n": 4})],
    ),
    (
        "describe a sunset over the ocean without saying the words orange or red",
        [("keyword_avoid", {"words": ["orange", "red"]})],
    ),
    (
        "write a description for my etsy shop exactly sixty words no wait exactly fifty",
        [("words_min", {"n": 50}), ("words_max", {"n": 50})],
    ),
    (
        "um give me more than two hundred words on the causes of world war one",
        [("words_min", {"n": 201})],
    ),
    (
        "write at least five sentences about um why sleep matters for teenagers",
        [("sentences_min", {"n": 5})],
    ),
    (
        "explain inflation to me in fewer than five sentences like i'm five",
        [("sentences_max", {"n": 4})],
    ),
    (
        "write a story about a lost sock um in portuguese no wait spanish my class is spanish",
        [("language", {"code": "es"})],
    ),
    (
        "um write a short get well message for my coworker's dad in hindi",
        [("language", {"code": "hi"})],
    ),
    (
        "give me two ways to politely say no to extra work and separate them with six asterisks",
        [("two_responses", {"separator": "******"})],
    ),
    (
        "write a quick blurb about my dog walking business it has to say insured and reliable somewhere",
        [("keyword_include", {"words": ["insured", "reliable"]})],
    ),
    (
        "write me a cover letter for the library assistant job no more than three hundred words wait two fifty",
        [("words_max", {"n": 250})],
    ),
    (
        "um what should i name my sourdough starter give me at most three options as bullet points",
        [("bullets_max", {"n": 3})],
    ),
    (
        "okay explain the water cycle in at least three paragraphs it's for a school thing",
        [("paragraphs_min", {"n": 3})],
    ),
    (
        "what is a vpn and do i need one um two paragraphs max please",
        [("paragraphs_max", {"n": 2})],
    ),
    (
        "write a message to my book club in turkish saying we're moving the meeting to thursday",
        [("language", {"code": "tr"})],
    ),
    (
        "um write a limerick about my cat but don't use the word cat lol",
        [("keyword_avoid", {"words": ["cat"]})],
    ),
    (
        "tell me about mars in exactly five sentences no wait six",
        [("sentences_exact", {"n": 6})],
    ),
    # ---------------------------------------------------------------
    # (c) requirements restated across a back-and-forth
    # ---------------------------------------------------------------
    (
        "Earlier you wrote way too much. This time: max 3 sentences. What's the difference between baking soda and baking powder?",
        [("sentences_max", {"n": 3})],
    ),
    (
        "Same as before but in Spanish: tips for a first-time home buyer.",
        [("language", {"code": "es"})],
    ),
    (
        "Your last answer was like 600 words. I asked for short. Under 150 words this time please: what is a mortgage escrow account?",
        [("words_max", {"n": 149})],
    ),
    (
        "You gave me 7 bullets before and I only wanted 5. Redo the onboarding checklist with exactly 5 bullet points.",
        [("bullet_list", {"n": 5})],
    ),
    (
        "OK that was good but too stiff. Redo the message to the team all in lowercase, and keep it under 60 words.",
        [("lowercase", {}), ("words_max", {"n": 59})],
    ),
    (
        "Previously you ended the email with a question and it annoyed my boss. This time end it with the exact line 'Thanks, Dana'.",
        [("end_phrase", {"phrase": "Thanks, Dana"})],
    ),
    (
        "Last time you said 'synergy' three times. Rewrite the pitch without 'synergy' or 'leverage'.",
        [("keyword_avoid", {"words": ["synergy", "leverage"]})],
    ),
    (
        "Two versions again please, like yesterday, separated by %%%%. One for investors, one for customers. Topic: our switch to a subscription model.",
        [("two_responses", {"separator": "%%%%"})],
    ),
    (
        "You forgot the keywords last time. The privacy notice MUST include 'GDPR' and 'consent'.",
        [("keyword_include", {"words": ["GDPR", "consent"]})],
    ),
    (
        "Before, you wrote one giant paragraph. Give me exactly 4 paragraphs this time about the history of jazz.",
        [("paragraphs_exact", {"n": 4})],
    ),
    (
        "My teacher said your draft was too short (it was 180 words). At least 400 words on the causes of the French Revolution this time.",
        [("words_min", {"n": 400})],
    ),
    (
        "Perfect, now the same answer again but in Japanese.",
        [("language", {"code": "ja"})],
    ),
    (
        "Earlier I said 5 tips for better sleep, but make it 3. Numbered.",
        [("numbered_list", {"n": 3})],
    ),
    (
        "Last round you put the whole thing in a code block with commentary around it. I just want the JSON this time: nothing but the JSON object describing the three pricing tiers.",
        [("json_output", {})],
    ),
    (
        "Ok, scratch my earlier request for hashtags. Just the caption for the lake photo, under 20 words.",
        [("words_max", {"n": 19})],
    ),
    (
        "You wrote it in English again. I need it in Korean, please, and 5 sentences max. It's the welcome message for the language exchange group.",
        [("language", {"code": "ko"}), ("sentences_max", {"n": 5})],
    ),
    (
        "Previously you didn't follow the word count at all. Exactly 120 words, no more, no less. Describe our co-working space.",
        [("words_min", {"n": 120}), ("words_max", {"n": 120})],
    ),
    (
        "Your earlier recipe used numbers everywhere and my screen reader hates it. Redo the pancake recipe without any digits, write numbers out as words.",
        [("no_digits", {})],
    ),
    (
        "Remember the packing list you made me? Do that again but for a ski trip, and this time wrap the whole answer in double quotes.",
        [("quotation", {})],
    ),
    (
        "You started with 'Certainly!' last time. Don't. Start with 'Short answer:' instead. Is olive oil okay for high-heat cooking?",
        [("start_phrase", {"phrase": "Short answer:"})],
    ),
    (
        "You misunderstood my first message, so let me restate: repeat this question exactly, then answer it. Question: Why does the moon look bigger near the horizon?",
        [("repeat_request", {"request": "Why does the moon look bigger near the horizon?"})],
    ),
    (
        "The earlier article draft was fine but it had no title. Redo it with a title in <<double angular brackets>>.",
        [("title", {})],
    ),
    (
        "Last time the sections weren't labelled. Make 4 sections, each starting with PART 1, PART 2 and so on. Topic: a beginner's guide to composting.",
        [("sections", {"n": 4, "marker": "PART"})],
    ),
    (
        "The slogan you gave me earlier was too flat. Use at least 2 all-caps words this time for emphasis.",
        [("capital_words", {"n": 2})],
    ),
    (
        "Your previous reply had way too many all-caps words, it read like yelling. At most 1 all-caps word this time. Write the out-of-office message again.",
        [("capital_words_max", {"n": 1})],
    ),
    (
        "Redo the sponsorship email template. Last time it had no placeholders; I need at least 3, like [Company].",
        [("placeholders", {"n": 3})],
    ),
    (
        "Last time you forgot the P.S. Rewrite the fundraising letter and add one at the end.",
        [("postscript", {"marker": "P.S."})],
    ),
    (
        "You answered in 3 sentences, which was too thin. I need at least 6 sentences on how vaccines train the immune system.",
        [("sentences_min", {"n": 6})],
    ),
    (
        "Earlier I asked for a one-word answer and you wrote an essay. Choose one: keep, sell, or donate. It's a 2012 Honda Civic with 180k miles and a dodgy clutch.",
        [("constrained_choice", {"options": ["keep", "sell", "donate"]})],
    ),
    (
        "Last time you used the word 'delve'. Never again. Also not 'tapestry'. Now: write an intro for my podcast about urban gardening.",
        [("keyword_avoid", {"words": ["delve", "tapestry"]})],
    ),
    (
        "Same as before, but end with a question for the reader.",
        [("end_with_question", {})],
    ),
    (
        "Redo the study notes on cell division, but this time highlight at least 3 key terms with *asterisks*.",
        [("highlight", {"n": 3})],
    ),
    (
        "Like I said yesterday: no commas. Try again. Describe our cafe for the chalkboard outside.",
        [("no_commas", {})],
    ),
    (
        "Same idea as the bake sale sign from before, but for the garage sale, and everything in capital letters this time.",
        [("uppercase", {})],
    ),
    (
        "You gave one option before. I want two different team names, separated by a line that is exactly =====",
        [("two_responses", {"separator": "====="})],
    ),
    (
        "The last caption only had 1 hashtag. This time at least 4, for the farmers market post.",
        [("hashtags", {"n": 4})],
    ),
    (
        "Last time you made 5 paragraphs out of a simple explanation. No more than 2 paragraphs this time: how does a heat pump work?",
        [("paragraphs_max", {"n": 2})],
    ),
    (
        "The previous version was one paragraph and felt rushed. At least 3 paragraphs on why our town should keep the library open late.",
        [("paragraphs_min", {"n": 3})],
    ),
    (
        "The word 'sustainability' only showed up once before. This time it should appear at least 3 times in the mission statement.",
        [("keyword_frequency", {"word": "sustainability", "n": 3})],
    ),
    (
        "Last time the tongue twister barely had any S's in it. This time use the letter s at least 12 times.",
        [("letter_frequency", {"letter": "s", "n": 12})],
    ),
    (
        "You answered in English but my grandmother only reads Polish. Same content, Polish please.",
        [("language", {"code": "pl"})],
    ),
    (
        "Earlier you gave me 10 bullet points, too many for a slide. At most 5 this time: benefits of the new expense tool.",
        [("bullets_max", {"n": 5})],
    ),
    (
        "Your last attempt was under 100 words and way too thin. At least 250 words this time, and mention 'Lagos' at least twice.",
        [("words_min", {"n": 250}), ("keyword_frequency", {"word": "Lagos", "n": 2})],
    ),
    (
        "Your last version was great but two sentences too long. Redo the product summary in exactly 4 sentences.",
        [("sentences_exact", {"n": 4})],
    ),
    (
        "Earlier you gave me a numbered list. I want plain bullets this time, at least 4 of them: ways to cut my electric bill.",
        [("bullets_min", {"n": 4})],
    ),
    (
        "Last time you added a title. No title this time, and start the answer with 'Dear Committee,'. It's my appeal letter for the parking fine.",
        [("start_phrase", {"phrase": "Dear Committee,"})],
    ),
    (
        "I asked for Vietnamese before and you replied in Thai. Vietnamese please: how to use the rice cooker's quick-cook setting.",
        [("language", {"code": "vi"})],
    ),
    (
        "The previous ad had 'cheap' in it and the client hates that word. Also drop 'deal'. Keep 'affordable' though.",
        [("keyword_avoid", {"words": ["cheap", "deal"]}), ("keyword_include", {"words": ["affordable"]})],
    ),
    (
        "Your last answer was 5 paragraphs. Cut it to exactly 3 paragraphs and under 200 words.",
        [("paragraphs_exact", {"n": 3}), ("words_max", {"n": 199})],
    ),
    (
        "Okay, new rule since you keep rambling: no more than 50 words. First up, what's a good houseplant for a dark bathroom?",
        [("words_max", {"n": 50})],
    ),
    (
        "The earlier draft had no hook at the end. End with a question this time, and keep it under 5 sentences.",
        [("end_with_question", {}), ("sentences_max", {"n": 4})],
    ),
    (
        "Yesterday you wrote the notice in Swahili, perfect. Same again in Swahili for the next one: the water will be off on Tuesday from 9am to 1pm.",
        [("language", {"code": "sw"})],
    ),
    (
        "Last one had commas everywhere. No commas and all lowercase this time, like a real text message. Tell my roommate I'll be late.",
        [("no_commas", {}), ("lowercase", {})],
    ),
    (
        "Like before, put the whole answer in a single code block. This time it's the nginx config for redirecting www to the bare domain.",
        [("code_block", {})],
    ),
    (
        "Your previous summary was 2 paragraphs, keep it at exactly 2, but the second paragraph should start with 'Overall'.",
        [("paragraphs_exact", {"n": 2}), ("paragraph_first_word", {"n": 2, "word": "Overall"})],
    ),
    (
        "Your last reply was 3 sentences, too few. Give me more than 5 sentences about the Silk Road.",
        [("sentences_min", {"n": 6})],
    ),
    (
        "Before, you gave me an essay. Now just pick one, Python or JavaScript, for my first language.",
        [("constrained_choice", {"options": ["Python", "JavaScript"]})],
    ),
    (
        "Thanks for the English version. Now the same announcement in Arabic for the community board.",
        [("language", {"code": "ar"})],
    ),
    (
        "Earlier you used 'utilize' twice. Don't use 'utilize' at all in the revised memo.",
        [("keyword_avoid", {"words": ["utilize"]})],
    ),
    (
        "The first draft was fine but too long for the card. Fewer than 40 words this time, and sign it off with 'Love, Mia'.",
        [("words_max", {"n": 39}), ("end_phrase", {"phrase": "Love, Mia"})],
    ),
    (
        "Like last time, first repeat my question word for word, then answer. Can I freeze cooked rice?",
        [("repeat_request", {"request": "Can I freeze cooked rice?"})],
    ),
    (
        "I know you gave me three numbered steps earlier. I need exactly 7 numbered steps for resetting the router this time, nothing else in the list.",
        [("numbered_list", {"n": 7})],
    ),
    (
        "The previous answer had 'basically' in almost every sentence. Rewrite it without 'basically' or 'actually', and keep it to at most 100 words.",
        [("keyword_avoid", {"words": ["basically", "actually"]}), ("words_max", {"n": 100})],
    ),
    (
        "Same thing as the last email, but this time in French and with the words 'facture' and 'paiement' in it.",
        [("language", {"code": "fr"}), ("keyword_include", {"words": ["facture", "paiement"]})],
    ),
]

NO_INSTRUCTIONS: list[str] = [
    "Can you proofread this call for papers? Don't change the rules in it, just fix typos.\n\nSubmissions must be under 500 words, written in English, and include at least 3 keywords. Use no more than 2 figures. Send as a single PDF by 1 June.",
    "How many words should a cover letter be? My friend says 250-300 but my career centre says one page max.",
    "My professor wants at least 1500 words, but I'm not asking you to write it. Just tell me whether this thesis statement is clear: 'Social media has made teenagers lonelier, not more connected.'",
    "Rewrite this to be shorter, maybe around 80 words or so.\n\nWe are delighted to invite you to our annual open day on Saturday 9 March, from 10am to 4pm. There will be tours of all 3 buildings, taster lectures, and a chance to meet current students and staff over coffee.",
    "Make this email a bit shorter and friendlier please:\n\nDear all, please be informed that the kitchen will be closed for cleaning on Friday. Kindly remove your items from the fridge by Thursday 5pm. Items left will be discarded. Regards, Facilities",
    "Bullet points are fine if it helps. Summarise these notes for me:\n\nclient call: wants launch in May, budget 20k, 2 rounds of revisions, hates the colour orange, prefers email to calls",
    "Lowercase is ok, I don't care about capitals, just fix the grammar: 'their going to the store tomorow and they needs 3 things'",
    "um so my boss said the quarterly report has to be in all caps for the ticker display or whatever can you just tell me why some companies still use fax machines",
    "Is it more correct to write 'under 50 words' or 'fewer than 50 words' in a style guide?",
    "Last time you wrote 3 paragraphs and used the word 'holistic', which was totally fine. Now tell me about composting in whatever format you like.",
    "Turn these meeting notes into a summary email.\n\n- Action: Jo to send 2 bullet points to legal by Friday\n- Marketing wants the tagline in all caps on the billboard\n- Next meeting: keep it under 30 minutes\n- Budget question: reply in JSON to finance's API",
    "What does 'P.S.' stand for, and is it okay to use one in a formal email?",
    "Rewrite my essay conclusion so it flows better. Keep the word count similar to the original.\n\nIn conclusion, the evidence shows that four-day work weeks improved productivity in 61 companies in the UK trial. Although critics raise concerns, the benefits are clear.",
    "Same number of paragraphs as the original, please, just fix the flow:\n\nOur team grew from 4 to 12 people this year.\n\nWe launched two products and closed our first enterprise deal.\n\nNext year we want to expand to Berlin.",
    "Explain what JSON is. I keep seeing it in job ads that say 'must know JSON, SQL, and 2+ years of Python'.",
    "Here's the job ad: 'Cover letters must be no longer than one page and include the reference code HR-2291. Applications in Spanish or English accepted.' What do you think they're really looking for?",
    "earlier you told me not to use the word 'very' in essays why is that",
    "write a caption for my new puppy photo with some hashtags no actually forget the hashtags just make it fun",
    "Can you check whether this paragraph is under 200 words? If it is, I'll submit it as is.\n\nVolunteering at the animal shelter taught me patience. Every Saturday for 2 years I walked dogs, cleaned kennels and helped families choose a pet.",
    "How do you say 'two paragraphs' in Spanish? I keep mixing up 'párrafo' and 'parágrafo'.",
    "My sister wrote this toast and wants it to end with 'Cheers to the happy couple!' Does that ending work or is it too cheesy?",
    "Rewrite this CV bullet. It mentions '3 years' and 'Python, SQL, Tableau', so keep those facts right, just make it punchier.\n\n- 3 years doing reports in Python, SQL, Tableau for the finance team",
    "Summarise this in a few sentences:\n\nThe council has approved a 12-month trial of free bus travel for under-18s, starting in September. The scheme will cost an estimated 1.4 million pounds and will be reviewed in 6 months.",
    "um can you write like a couple paragraphs about why my kids should eat more vegetables i dunno something short",
    "The original list has 4 bullet points; feel free to merge some if it reads better.\n\n- fast shipping\n- free returns\n- 24/7 support\n- eco packaging",
    "um what's the character limit on a tweet now is it still two eighty or did they change it",
    "My manager said 'Don't use exclamation marks in client emails and never go over 3 sentences.' Here's my draft, does it sound okay?\n\nHi Tom! Great to hear from you! I'll send the files tomorrow.",
    "Can you make this wedding speech flow better?\n\nFirst, thank you all for coming. Second, thank you to the caterers. Third, and most importantly, to Anna and Ben: in 10 years of friendship I've never seen Ben this happy. In conclusion, please raise your glasses.",
    "Earlier you answered in French, which is fine. Whatever language is easiest works for me. What's a good beginner sourdough schedule?",
    "Translate just the word 'remote' into German for me, is it 'entfernt' or something else in a job ad context?",
    "Here's the prompt from my class: 'Write a 500-word essay in exactly five paragraphs on a turning point in your life. Do not use the word I more than 10 times.' Can you help me brainstorm some turning points?",
    "Keep it roughly the same length as mine and make it sound less robotic:\n\nThank you for your message. Your request has been received. A team member will respond within 2 business days.",
    "Is 'exactly 3 sentences' a reasonable limit for an abstract, or is that too strict?",
    "You can use all caps for the headline if you want. Write an intro for our school bake sale flyer.",
    "Last time your answer had a title in <<brackets>>. Why did you do that? I'm just curious.",
    "Clean these notes up for the wiki:\n\n- Dev team to return JSON from the /users endpoint\n- max 20 items per page\n- error messages in lowercase\n- all timestamps in UTC, no digits in user-facing labels",
    "Don't worry about length. Rewrite this apology email so it sounds sincere:\n\nSorry about the mix-up with your booking for 4 people on the 12th. We'll sort it out.",
    "uh can you tell me like how long a best man speech should be my brother says five minutes max and no more than like three jokes",
    "so um my daughter's teacher wants a hundred word paragraph about penguins can you give me some fun facts she could use",
    "Last time you gave me two versions separated by *** and it was confusing, one answer is plenty. What's the difference between affect and effect?",
]
