# ruff: noqa: E501  (test data: one prompt per line, as written)
"""A sixteenth development set for `rule:instructions`, by another author (a helper session that saw neither the reader's code nor any benchmark): 150 requests from professionals, teachers, students and small-business owners who paste context and then give requirements (markdown "Requirements:" blocks, reasons and media constraints, afterthoughts, hurried and formal English), weighted to word and sentence counts, keywords to include and avoid, and two answers split by ******; and 40 that state none but paste rules of others (a call for papers, a rubric, meeting notes, a grant's guidelines) or ask about counts, commas, JSON or capitals.
"""

from typing import Any

Case = tuple[str, list[tuple[str, dict[str, Any]]]]

CASES: list[Case] = [
    # 1
    ("I run a small bakery (Crumb & Co., two locations) and we're switching our Sunday hours from 8-2 to 9-3 starting next month because the early slot just isn't busy. Can you write the announcement for our Instagram caption? Keep it under 60 words, people don't read long captions. And mention \"Sunday brunch\" somewhere since we're pushing that.",
     [("words_max", {"n": 59}), ("keyword_include", {"words": ["Sunday brunch"]})]),
    # 2
    ("**Task:** Summarize the reading below for my 7th grade science class.\n**Requirements:**\n1. No more than 100 words\n2. Must use the words \"photosynthesis\" and \"chlorophyll\" (they're on the vocab quiz)\n\n**Reading:**\nPlants are unusual among living things because they can make their own food. Inside their leaves are tiny structures called chloroplasts, which contain a green pigment. This pigment absorbs sunlight, and the plant uses that energy to turn water from the soil and carbon dioxide from the air into sugar. Oxygen is released as a by-product, which is why forests and oceans full of algae are so important for the air we breathe. Without this process, almost every food chain on Earth would collapse.",
     [("words_max", {"n": 100}), ("keyword_include", {"words": ["photosynthesis", "chlorophyll"]})]),
    # 3
    ("pls help me write a cover letter for a junior data analyst job at a logistics company. i have 1 yr experience with SQL and Tableau from an internship at a shipping firm, plus a stats minor. needs to be at least 250 words bc my career advisor said short ones look lazy",
     [("words_min", {"n": 250})]),
    # 4
    ("My manager asked me to draft two versions of the out-of-office message for the holidays, one formal and one a little more fun, so she can pick. Office is closed Dec 24 through Jan 1, anything urgent goes to support@harlowdesign.co. Please give me both and put a line of six asterisks (******) between them so I can copy them separately.",
     [("two_responses", {"separator": "******"})]),
    # 5
    ("We're a family dental clinic in Leeds. Our previous marketing agency overused words like \"smile\" and \"bright\" and honestly our patients are sick of it. Could you write a 3-sentence blurb for our new Saturday morning appointments without using either of those words?",
     [("sentences_exact", {"n": 3}), ("keyword_avoid", {"words": ["smile", "bright"]})]),
    # 6
    ("Here's my abstract draft for a conference poster:\n\n\"We investigated the effect of intermittent fasting on self-reported sleep quality in 42 undergraduate students over six weeks. Participants following a 16:8 eating window reported modest improvements in sleep onset latency compared with controls, although total sleep duration did not differ significantly between groups. Adherence dropped sharply during exam weeks, suggesting that academic stress may moderate the feasibility of time-restricted eating in student populations. Future work should use actigraphy rather than sleep diaries.\"\n\nThe poster template only has room for a short abstract, so please tighten it to 75 words or fewer. Don't lose the sample size.",
     [("words_max", {"n": 75})]),
    # 7
    ("Rules for this one:\n- exactly 4 bullet points\n- each bullet starts with a verb\n- under 60 words total, it's going in a job board snippet\n\nI need the key responsibilities for a part-time bookkeeper at my landscaping company (about 15 hours/week, QuickBooks Online, invoicing, payroll for 6 people, monthly sales tax).",
     [("bullet_list", {"n": 4}), ("words_max", {"n": 59})]),
    # 8
    ("Could you explain the difference between a Roth IRA and a traditional IRA to me like I'm a new hire who's never invested? Please make it thorough, more than 300 words, I want to really get it before the benefits enrollment deadline.",
     [("words_min", {"n": 301})]),
    # 9
    ("Write a bio for our speaker page. Dr. Amara Okafor, pediatric cardiologist, 15 years at St. Luke's, leads a program on congenital heart defects in rural communities, mother of two, runs marathons. The event site caps bios at 4 sentences so don't go over.",
     [("sentences_max", {"n": 4})]),
    # 10
    ("I'm a high school history teacher. Give me discussion questions on the causes of WWI for a 50-minute class, as a numbered list of exactly 6 questions. Oh and avoid the word \"trench\" — we haven't covered the Western Front yet and I don't want spoilers lol",
     [("numbered_list", {"n": 6}), ("keyword_avoid", {"words": ["trench"]})]),
    # 11
    ("Give me two different taglines for our coworking space (quiet, cheap, 3 min from the train station, free coffee that's actually good). Separate them with ****** on its own line. Each one should be short, like under 10 words.",
     [("two_responses", {"separator": "******"})]),
    # 12
    ("Draft a LinkedIn post announcing I passed my PMP exam (third try!!). Thank my study group and mention \"PMP\" and \"Agile\" because recruiters search for those. Can you give me two versions, one humble and one more celebratory, with ****** between them?",
     [("keyword_include", {"words": ["PMP", "Agile"]}), ("two_responses", {"separator": "******"})]),
    # 13
    ("writing the caption for our zine and the whole aesthetic is lowercase so please write everything in lowercase, no capitals at all. it's a photo of a flooded street in our neighborhood with two kids paddling a kayak past the bus stop",
     [("lowercase", {})]),
    # 14
    ("Our warehouse uses an old label system that only prints capitals, so the safety notice has to be in ALL CAPS. Write a short notice reminding forklift drivers to sound the horn at blind corners and keep speed under 5 mph in aisle 3.",
     [("uppercase", {})]),
    # 15
    ("I'm building a little quiz app for my biology class. Give me 3 multiple choice questions about cell organelles as JSON — just the JSON, no explanation before or after, because I'm pasting it straight into my code. Fields: question, options (array of 4), answer.",
     [("json_output", {})]),
    # 16
    ("Could you write a short poem for my mom's retirement party? She taught kindergarten for 31 years at Maple Grove Elementary and everyone knows her for her terrible puns. Give it a title in double angle brackets like <<Title Here>> because that's how our program template marks titles.",
     [("title", {})]),
    # 17
    ("Can you make me a template email for following up with vendors who haven't sent invoices yet? I'll reuse it a lot so use square-bracket placeholders like [vendor name], [PO number], [due date] — at least 3 of them. And don't use \"kindly\", it reads passive-aggressive to me.",
     [("placeholders", {"n": 3}), ("keyword_avoid", {"words": ["kindly"]})]),
    # 18
    ("Write a thank-you note to our volunteers after the spring food drive. We collected 2,300 lbs of food for the Eastside pantry, which is a record. Not too short please, at least 120 words. End it with a P.S. reminding them about the next drive on March 8.",
     [("words_min", {"n": 120}), ("postscript", {"marker": "P.S."})]),
    # 19
    ("Summarize these meeting notes for people who missed it. Use *single asterisks* to italicize at least 2 of the action items so they stand out in Slack.\n\nNotes:\n- Budget for Q3 approved pending CFO sign-off\n- Maria owns the vendor shortlist, due Friday\n- Website relaunch pushed to Aug 15\n- Need volunteers for the offsite planning committee\n- Jonah to send updated headcount by EOW",
     [("highlight", {"n": 2})]),
    # 20
    ("I need a short quote for the back cover of our annual report, something our founder (a retired schoolteacher who started the credit union in 1978 with 40 members) could plausibly have said about community banking. She approved the idea. Wrap the whole thing in double quotation marks since the designer is pasting it as-is.",
     [("quotation", {})]),
    # 21
    ("Before answering, please copy my question exactly as written and then answer it. This is for a training doc where we show the question first, then the answer. Question: What is the difference between gross margin and net margin?",
     [("repeat_request", {"request": "What is the difference between gross margin and net margin?"})]),
    # 22
    ("Is this customer's refund request within policy?\n\nPolicy: full refund within 30 days of purchase with receipt; store credit up to 60 days.\nCustomer: bought the item Feb 3, returned it Mar 10, has the receipt, wants cash back.\n\nAnswer with just Yes, No, or Needs manager review — it goes into a dropdown field in our ticketing tool.",
     [("constrained_choice", {"options": ["Yes", "No", "Needs manager review"]})]),
    # 23
    ("Write the safety briefing intro for our undergrad chem lab. Put the critical words in all caps — at least 5 of them, like NEVER or ALWAYS — because students skim otherwise.",
     [("capital_words", {"n": 5})]),
    # 24
    ("Draft an email to a client whose payment is now 60 days late (invoice #2291, $4,850). My last one got complaints for sounding like I was yelling because I used caps, so no more than 2 words in all caps, total.",
     [("capital_words_max", {"n": 2})]),
    # 25
    ("Write a product description for our bamboo cutting board (18x12 in, juice groove, hand-finished with food-safe oil, made in Oregon). At least 100 words, and use the word \"bamboo\" at least 4 times — our SEO consultant insists.",
     [("words_min", {"n": 100}), ("keyword_frequency", {"word": "bamboo", "n": 4})]),
    # 26
    ("We're doing pronunciation warm-ups with my adult ESL class and this week is the R sound. Can you write a short silly paragraph packed with the letter r, at least 30 of them?",
     [("letter_frequency", {"letter": "r", "n": 30})]),
    # 27
    ("Write the opening remarks for tonight's school board meeting (agenda: budget vote, new bus routes, public comment on the later start time). It has to start with \"Good evening, members of the board\" because that's protocol.",
     [("start_phrase", {"phrase": "Good evening, members of the board"})]),
    # 28
    ("Write a closing paragraph for my grant application to the Hollis Family Foundation — we run after-school tutoring in three low-income neighborhoods. No more than 5 sentences. The reviewers like it when applications end with our motto, so finish with exactly: Every child, every day.",
     [("sentences_max", {"n": 5}), ("end_phrase", {"phrase": "Every child, every day."})]),
    # 29
    ("Draft a short intro email for our customer survey (10 questions, takes about 4 min, everyone who finishes gets 15% off their next order). Please don't use the word \"feedback\", every email we send says that. End with a question to encourage replies.",
     [("keyword_avoid", {"words": ["feedback"]}), ("end_with_question", {})]),
    # 30
    ("Our CMS breaks on commas in the meta description field (long story, the dev is on it), so write a meta description for our plumbing services page with no commas at all. Services: emergency repairs, water heater install, drain cleaning, serving Tacoma and Lakewood. Under 25 words.",
     [("no_commas", {}), ("words_max", {"n": 24})]),
    # 31
    ("Please write a notice for the staff room about the new handwashing schedule: every 30 minutes during service, plus after handling raw meat and after breaks. Most of our kitchen team speaks Spanish so please write it in Spanish only.",
     [("language", {"code": "es"})]),
    # 32
    ("Make a 3-day onboarding plan for a new receptionist at our vet clinic. Format it like: Day 1, Day 2, Day 3 as the headers. Should be fairly detailed, at least 200 words, since I'll print it and hand it to her.",
     [("sections", {"n": 3, "marker": "Day"}), ("words_min", {"n": 200})]),
    # 33
    ("Write the intro to my personal statement — exactly 2 paragraphs, separated by a blank line. I'm applying to an accelerated BSN program after 5 years as a CNA in a memory care unit. Make sure \"patient advocacy\" is in there, it's a theme of the program.",
     [("paragraphs_exact", {"n": 2}), ("keyword_include", {"words": ["patient advocacy"]})]),
    # 34
    ("List the pros of switching our 20-person team from email threads to Slack. At least 5 bullet points please, my boss likes to see it's been thought through.",
     [("bullets_min", {"n": 5})]),
    # 35
    ("Quick summary of this contract clause for my client — no more than 3 bullet points, she won't read more.\n\nClause 7.2: The Licensee shall not sublicense, assign, or otherwise transfer any rights granted hereunder without the prior written consent of the Licensor, which consent shall not be unreasonably withheld, provided that the Licensee may assign this Agreement without consent to a successor in connection with a merger or sale of substantially all of its assets, upon written notice to the Licensor within thirty (30) days of such transaction.",
     [("bullets_max", {"n": 3})]),
    # 36
    ("Here's my thesis statement for my sociology paper: \"Remote work has changed how people build friendships at work.\" Can you give me feedback? I want real feedback, at least 5 sentences, not just 'looks good!'",
     [("sentences_min", {"n": 5})]),
    # 37
    ("Hi! I teach 4th grade and I'm sending a note home about our class pet (a bearded dragon named Gus) going home with a different student each weekend. Parents need to know: he eats crickets + greens, needs his heat lamp plugged in, and they should sign up on the sheet by the door. Can you write the note? Please keep it under 150 words, and don't say \"reptile\" — one of the moms complained last year that it freaked her kid out, which, fine.",
     [("words_max", {"n": 149}), ("keyword_avoid", {"words": ["reptile"]})]),
    # 38
    ("I'm a PhD student and my advisor wants a lay summary of my dissertation for the department newsletter. Topic: how microplastics accumulate in freshwater mussels in the Great Lakes, and what that means for natural water filtration. Minimum 200 words. It needs to mention \"Lake Erie\" since that's where most of the sampling happened.",
     [("words_min", {"n": 200}), ("keyword_include", {"words": ["Lake Erie"]})]),
    # 39
    ("Our HOA newsletter needs a reminder about trash bins being left at the curb past Tuesday. The board is split on tone — can you write one version that's friendly and one that's firm? Put ****** between the two so I can send both to the board chair.",
     [("two_responses", {"separator": "******"})]),
    # 40
    ("Write an elevator pitch for my mobile car detailing business (we come to you, eco-friendly products, serving the Phoenix metro area, 4 years in business). Exactly 3 sentences — I'm going to memorize it and anything longer I'll forget.",
     [("sentences_exact", {"n": 3})]),
    # 41
    ("Rewrite this job posting so it's less corporate. Our team can't stand the words \"rockstar\" and \"ninja\" and the old posting has both, so get rid of them.\n\n---\nWe're looking for a rockstar marketing coordinator to join our fast-paced team! You'll be a social media ninja, crushing it across Instagram, TikTok and LinkedIn. You thrive in chaos and love wearing many hats. Competitive salary, unlimited PTO, and a ping pong table.\n---",
     [("keyword_avoid", {"words": ["rockstar", "ninja"]})]),
    # 42
    ("## Context\nI'm the office manager at a 12-person architecture firm. We're moving offices the weekend of June 14-15. Everyone needs to pack their desk by Friday at 3pm, label boxes with their name and new floor, and take home any personal plants.\n\n## Ask\nWrite the all-staff email.\n\n## Constraints\n- Under 120 words\n- Include the word \"Friday\" (people keep missing the deadline)\n- Friendly, not bossy",
     [("words_max", {"n": 119}), ("keyword_include", {"words": ["Friday"]})]),
    # 43
    ("My boss just asked me on Slack: 'what's the status on the Henderson account?' Situation: renewal contract sent Monday, their legal is reviewing, they flagged a question on the indemnity clause, our lawyer will answer by Thursday. Give me a reply I can paste. Two sentences max, she hates long Slack messages.",
     [("sentences_max", {"n": 2})]),
    # 44
    ("i need an essay on the pros and cons of school uniforms for my english class, its supposed to be 500 words minimum. make it sound like a 10th grader wrote it not a robot",
     [("words_min", {"n": 500})]),
    # 45
    ("We're a small credit union. Please write a paragraph for our website FAQ on how to set up direct deposit (members need our routing number 211274450 and their account number, then give the form to their employer). Compliance says it has to include the phrase \"federally insured by NCUA\" word for word.",
     [("keyword_include", {"words": ["federally insured by NCUA"]})]),
    # 46
    ("I'm a nurse educator. Write two different case scenarios for students practicing SBAR handoff — one a post-op hip replacement patient, one with new-onset chest pain. Separate the two scenarios with a line of six asterisks. The whole thing should be at least 300 words since students need enough detail to work with.",
     [("two_responses", {"separator": "******"}), ("words_min", {"n": 300})]),
    # 47
    ("Can you write a short condolence message for a coworker whose father died last week? I'm signing the group card. I'd prefer not to use \"passed\" or \"loss\", they feel cliché to me. Three or four sentences.",
     [("keyword_avoid", {"words": ["passed", "loss"]}), ("sentences_min", {"n": 3}), ("sentences_max", {"n": 4})]),
    # 48
    ("Explain what a 'force majeure' clause is in plain English. This is going in a hover tooltip on our contract portal, so 40 words max.",
     [("words_max", {"n": 40})]),
    # 49
    ("My student wrote this paragraph and I want to give her constructive comments. Please write feedback of at least 4 sentences addressing organization and use of evidence.\n\nStudent paragraph: \"Social media is bad for teenagers. Many teens spend hours on their phones. This makes them sad. Also they don't sleep enough. In conclusion social media should be limited.\"",
     [("sentences_min", {"n": 4})]),
    # 50
    ("Write a short bio for our new hire announcement. Name: Priya Raman. Role: Senior UX Researcher. Previously at a healthtech startup, loves rock climbing and board games, has a very opinionated cat. Please include her name exactly as \"Priya Raman\" and mention \"UX Research\" since that's the team name.",
     [("keyword_include", {"words": ["Priya Raman", "UX Research"]})]),
    # 51
    ("Give me 2 different ways to say no to a long-time client who wants a rush job done for free this weekend. Put ****** between them. I want to keep the relationship.",
     [("two_responses", {"separator": "******"})]),
    # 52
    ("Honestly I just need this summarized fast, under 50 words:\n\nFrom: Facilities\nSubject: Parking lot resurfacing\n\nBeginning Monday, May 6, the north parking lot will be closed for resurfacing. The work is expected to take 10 business days, weather permitting. During this period, employees should use the overflow lot on Birch Street; a shuttle will run every 15 minutes between 7am and 9:30am and between 4pm and 6:30pm. Visitors may continue to use the south lot. Please remove any vehicles from the north lot by 6pm Friday, May 3. Vehicles remaining after that time may be towed at the owner's expense.",
     [("words_max", {"n": 49})]),
    # 53
    ("I'm writing a recommendation letter for a former intern who's applying to an MPA program. Everyone uses \"hardworking\" and \"passionate\" and admissions people tune it out, so please avoid both words. She rebuilt our donor database, ran the volunteer schedule for 3 events, and taught herself Airtable in a weekend.",
     [("keyword_avoid", {"words": ["hardworking", "passionate"]})]),
    # 54
    ("Write the 'About Us' blurb for our Etsy shop footer. We make hand-poured soy candles in small batches in Burlington, Vermont, and the scents are named after hiking trails. It has to be exactly two sentences because of how the footer wraps on mobile.",
     [("sentences_exact", {"n": 2})]),
    # 55
    ("For my MBA operations class: write a short case analysis of why a regional coffee chain's new drive-thru lanes actually increased average wait times. Use the terms \"bottleneck\" and \"throughput\". Needs to be over 400 words per the rubric.",
     [("words_min", {"n": 401}), ("keyword_include", {"words": ["bottleneck", "throughput"]})]),
    # 56
    ("give me two bio options for my instagram (i'm a freelance illustrator who does pet portraits, based in glasgow, commissions open). all lowercase, it's my brand. separate the options with ******",
     [("two_responses", {"separator": "******"}), ("lowercase", {})]),
    # 57
    ("Steps to reset a password in our HR portal, for the FAQ page. Exactly 5 numbered steps, the FAQ widget can't display more than that.\nWhat you actually do: go to hr.brennanlogistics.com, click 'Forgot password', enter work email, check inbox for 6-digit code, enter the code, set a new password (12+ characters).",
     [("numbered_list", {"n": 5})]),
    # 58
    ("Please write a short welcome speech for parents at our preschool open house on Saturday. Mention \"play-based learning\" and \"outdoor classroom\" — those are our two big selling points this year.",
     [("keyword_include", {"words": ["play-based learning", "outdoor classroom"]})]),
    # 59
    ("Write two push notifications for our fitness app reminding users their streak is about to end — one playful, one a bit more urgent. One sentence each. Put ****** between them so the dev can split them.",
     [("two_responses", {"separator": "******"})]),
    # 60
    ("Caption for the photo in our church bulletin: the youth group repainting the fellowship hall last Saturday (they finished in one day and only one can of paint got knocked over). Max 25 words, the column is tiny.",
     [("words_max", {"n": 25})]),
    # 61
    ("Write product copy for our new barista-style oat milk. Legal told us we can't say \"healthy\" or \"natural\" anymore because of labeling rules. Keep it fun, our audience is mostly 25-35 coffee nerds.",
     [("keyword_avoid", {"words": ["healthy", "natural"]})]),
    # 62
    ("I'm torn between two angles for my college essay — one about working at my family's laundromat since I was 11, one about learning ASL for my little brother. Can you write a short opening paragraph for each so I can compare? Separate them with six asterisks ******.",
     [("two_responses", {"separator": "******"})]),
    # 63
    ("Write a detailed SOP for closing the register at our boutique at night. Our current one is like three lines and new staff keep messing it up, so I want something thorough, at least 300 words. What we do: count drawer, print Z report, compare to POS total, put cash in safe bag, log discrepancies over $5, lock safe, set alarm, lock back door.",
     [("words_min", {"n": 300})]),
    # 64
    ("Help me explain to a student why their lab report got a C. Main issues: no hypothesis, data table missing units, conclusion didn't reference the data at all. Be kind but specific — write at least 6 sentences.",
     [("sentences_min", {"n": 6})]),
    # 65
    ("Write a short LinkedIn message reaching out to a hiring manager at Brightline Health about their Data Engineer opening. Mention \"Airflow\" since it's all over the posting, and end with a question so she's more likely to respond.",
     [("keyword_include", {"words": ["Airflow"]}), ("end_with_question", {})]),
    # 66
    ("Our animal rescue's annual appeal letter needs an opening line. Donors are tired of the words \"urgent\" and \"crisis\" so leave those out. Under 40 words.",
     [("keyword_avoid", {"words": ["urgent", "crisis"]}), ("words_max", {"n": 39})]),
    # 67
    ("Summarize the complaint below in exactly one sentence for the escalation log.\n\n\"I ordered the blue sectional on March 2nd and was told delivery would be within 3 weeks. It's now April 20th. I've called four times and each time I'm told 'next week'. I took two days off work for delivery windows that nobody showed up for. I want a refund of my delivery fee at minimum and a firm date, or I'm cancelling.\"",
     [("sentences_exact", {"n": 1})]),
    # 68
    ("We're A/B testing the button copy on our landing page for a tax prep service for freelancers. Give me two options, divided by a ****** line.",
     [("two_responses", {"separator": "******"})]),
    # 69
    ("Respond to this Google review for our auto shop. Keep it brief, 60 words or less, we answer every review and I don't want to write essays.\n\nReview (2 stars): \"Fixed my brakes fine but took 3 hours longer than quoted and nobody called me to update. Front desk guy was nice though.\"",
     [("words_max", {"n": 60})]),
    # 70
    ("Write a short pitch paragraph for our app, Tandem, a carpooling app for parents doing school runs. Marketing wants the name \"Tandem\" to show up at least 3 times.",
     [("keyword_frequency", {"word": "Tandem", "n": 3})]),
    # 71
    ("hi can u write me a text to send my landlord that the kitchen faucet is leaking again, its been 2 weeks since i first told him. pls include \"second request\" so he gets its not the first time. actually give me 2 versions, a nice one and a less nice one, with ****** in between",
     [("keyword_include", {"words": ["second request"]}), ("two_responses", {"separator": "******"})]),
    # 72
    ("Write a short reply declining a meeting invite from a software vendor (we already renewed with our current provider). Don't use \"unfortunately\", I use it in every single email. 3 sentences or fewer.",
     [("keyword_avoid", {"words": ["unfortunately"]}), ("sentences_max", {"n": 3})]),
    # 73
    ("Our accounting firm's blog needs a post about how small businesses can get ready for tax season. Needs to be at least 600 words for SEO. Tone friendly, audience is solo owners and freelancers who dread this stuff.",
     [("words_min", {"n": 600})]),
    # 74
    ("Need two versions of a job ad for a line cook at our diner — one for Indeed, one for the flyer on our front door. Both should mention \"weekends\" because that's the main shift we need. Separate with ******.",
     [("two_responses", {"separator": "******"}), ("keyword_include", {"words": ["weekends"]})]),
    # 75
    ("I need to email parents about a case of head lice in our classroom. Please do NOT use the word \"outbreak\", it causes panic. Just factual and calm: one student, already treated, we're checking all students Thursday, here's what to look for at home.",
     [("keyword_avoid", {"words": ["outbreak"]})]),
    # 76
    ("For the conference program, write a 2-sentence description of my session, 'Spreadsheets to Stories: Data Visualization for Nonprofits'. It has to say \"Tableau Public\" since that's the free tool we demo.",
     [("sentences_exact", {"n": 2}), ("keyword_include", {"words": ["Tableau Public"]})]),
    # 77
    ("Can you turn my notes into a short update for our investors? They're busy, 100 words or less please. Also don't say \"pivot\" anywhere, we're not pivoting and I don't want anyone thinking that.\n\nNotes: MRR up 12% MoM to $48k, churn down to 3.1%, closed 2 enterprise pilots (logistics + hospital group), hired senior backend eng, runway ~14 months, SOC2 audit starting Sept.",
     [("words_max", {"n": 100}), ("keyword_avoid", {"words": ["pivot"]})]),
    # 78
    ("Write a short apology to a customer whose package got lost in transit (we're reshipping today, tracking to follow). Give me a formal version and a casual version, and put six asterisks on a line between them.",
     [("two_responses", {"separator": "******"})]),
    # 79
    ("Could you explain what a 'bear market' is for my high schoolers' economics unit without using the words \"stock\" or \"stocks\"? I want them to get the concept first, before the vocabulary.",
     [("keyword_avoid", {"words": ["stock", "stocks"]})]),
    # 80
    ("What are the strongest arguments for a four-day work week? I'm preparing for a debate next week, so give me a solid answer, minimum 8 sentences and at least 200 words.",
     [("sentences_min", {"n": 8}), ("words_min", {"n": 200})]),
    # 81
    ("Write a lesson plan for a 2-week unit on persuasive writing for 8th grade. Organize it as Week 1 and Week 2. At least 350 words total, my department head actually checks.",
     [("sections", {"n": 2, "marker": "Week"}), ("words_min", {"n": 350})]),
    # 82
    ("Draft the intro paragraph for our quarterly safety report. It has to contain \"zero lost-time incidents\" because that's the headline this quarter, and mention \"Plant 2\" since they just hit 500 days.",
     [("keyword_include", {"words": ["zero lost-time incidents", "Plant 2"]})]),
    # 83
    ("Hello, I am from Brazil and I work at hotel reception. Please help me write answer to a guest who complain about noise from construction next door. I want to be polite and offer 10% discount on the stay. Please no more than 80 words because guest is already angry, long text make it worse.",
     [("words_max", {"n": 80})]),
    # 84
    ("Good afternoon. I would be most grateful if you could assist me in composing a letter to the municipal council requesting the repair of a streetlight on Alder Lane, which has been out since January. I would kindly ask that the letter not exceed 150 words, and that it include the phrase \"public safety\", as several neighbours have raised this concern.",
     [("words_max", {"n": 150}), ("keyword_include", {"words": ["public safety"]})]),
    # 85
    ("My daughter's U8 soccer team needs a team name and a chant. Give me two completely different ideas, separated by ****** please. They're 7 and 8 years old so keep it silly.",
     [("two_responses", {"separator": "******"})]),
    # 86
    ("need a quick bio for the conference badge app, im a product designer at a fintech co, 6 yrs exp, big on accessibility. dont use 'passionate' or 'guru' pls lol",
     [("keyword_avoid", {"words": ["passionate", "guru"]})]),
    # 87
    ("Explain what 'net 30' means on an invoice. Keep it to 2 sentences or less, it's for a new admin assistant who's on her first day.",
     [("sentences_max", {"n": 2})]),
    # 88
    ("I'm applying for a small business grant from our city. The question is: 'Describe how this funding will impact your business and your community.' Answer must be at least 250 words. My business: family-owned Vietnamese bakery, 9 years open, want to buy a second deck oven and hire 2 part-time high school students.",
     [("words_min", {"n": 250})]),
    # 89
    ("Give me two options for a short welcome message on our gym's front-desk screen. We're trying to move away from the whole \"beast mode\" culture, so don't use the word \"beast\" in either one. Separate the two with ******.",
     [("two_responses", {"separator": "******"}), ("keyword_avoid", {"words": ["beast"]})]),
    # 90
    ("Write a post for our library's social accounts announcing extended weekend hours (Sat-Sun now 9am-8pm, starting June 1). Include the phrase \"open later\" and keep it under 40 words.",
     [("keyword_include", {"words": ["open later"]}), ("words_max", {"n": 39})]),
    # 91
    ("I'm making flashcards for my econ midterm. For the term 'opportunity cost', give me a definition in exactly 2 sentences and nothing else.",
     [("sentences_exact", {"n": 2})]),
    # 92
    ("Our Montreal office needs the holiday party invite. Party is Dec 12, 6pm, at Le Local on Rue Saint-Paul, plus-ones welcome, RSVP to Julie by Dec 5. Write it in French please — the whole thing, no English version.",
     [("language", {"code": "fr"})]),
    # 93
    ("We have a German supplier and I need to send them a polite note that order #4471 arrived with 3 damaged pallets (photos attached). Please write it in German, my German is not good enough for business writing.",
     [("language", {"code": "de"})]),
    # 94
    ("Rewrite these instructions for our new cashier, and put the important parts in italics using *single asterisks* — at least 3 spots.\n\nInstructions: check ID for alcohol if they look under 40. no returns without receipt over $50. call manager for any void. don't leave drawer open.",
     [("highlight", {"n": 3})]),
    # 95
    ("Write a short blog post intro about our community garden's first harvest (47 lbs of tomatoes, a zucchini the size of a toddler). Give it a title wrapped in << >> since our site's converter uses that. Max 120 words.",
     [("title", {}), ("words_max", {"n": 120})]),
    # 96
    ("Draft a generic reference check email I can send to candidates' references. Use placeholders in square brackets for anything that changes — candidate name, role, my name, that kind of thing. At least 4.",
     [("placeholders", {"n": 4})]),
    # 97
    ("Extract the following into JSON with keys name, email, company and interest. Output only the JSON, nothing else, it's going into our CRM importer.\n\n\"Hi, this is Tom Becker from Northfield Dental, tom.becker@northfielddental.com — we're interested in your scheduling software for our 3 locations.\"",
     [("json_output", {})]),
    # 98
    ("Give me a one-line testimonial we can put on our website based on this customer feedback (customer approved the use). Put the whole answer in double quotes.\n\nFeedback: the crew rebuilt our whole patio in two days, cleaned up everything after, and the final price was exactly what they quoted.",
     [("quotation", {})]),
    # 99
    ("For our internal wiki format, first repeat the question word for word, then give the answer. Question: How do I request PTO in Workday?",
     [("repeat_request", {"request": "How do I request PTO in Workday?"})]),
    # 100
    ("Classify the sentiment of this review for our dashboard. Reply with only one of: positive, negative, mixed.\n\nReview: \"Food was incredible but we waited 45 minutes for a table even with a reservation.\"",
     [("constrained_choice", {"options": ["positive", "negative", "mixed"]})]),
    # 101
    ("Write a sign for the staff fridge. People keep leaving food in there for weeks and it's getting gross. Use caps for emphasis on at least 3 words, we need people to actually notice.",
     [("capital_words", {"n": 3})]),
    # 102
    ("Help me write a firm but professional email to a contractor who missed the tile install deadline for the second time. Please use all caps for no more than one word — I tend to overdo it when I'm annoyed.",
     [("capital_words_max", {"n": 1})]),
    # 103
    ("write me a short bio for my poetry chapbook back cover, all lowercase (stylistic choice, very e.e. cummings). under 60 words. i'm a high school english teacher in duluth who writes about lake superior and my grandmother's kitchen.",
     [("lowercase", {}), ("words_max", {"n": 59})]),
    # 104
    ("This is for a banner at our homecoming game. Write a short cheer slogan for the Westfield Wildcats in all capital letters. 15 words max, it's a banner, not a novel.",
     [("uppercase", {}), ("words_max", {"n": 15})]),
    # 105
    ("Write a short toast for my brother's wedding. Mention his wife's name, Leila, at least 3 times — at the last wedding I went to the best man barely mentioned the bride and it was awkward.",
     [("keyword_frequency", {"word": "Leila", "n": 3})]),
    # 106
    ("I'm making a phonics worksheet for kindergarteners and this week is the letter s. Write a short silly story where the letter s shows up at least 25 times.",
     [("letter_frequency", {"letter": "s", "n": 25})]),
    # 107
    ("Draft the opening of my maid of honor toast, just the first 3 sentences. My sister insists it starts with \"For those who don't know me\" because it's a family joke.",
     [("sentences_exact", {"n": 3}), ("start_phrase", {"phrase": "For those who don't know me"})]),
    # 108
    ("Write a short motivational message for my sales team's Monday kickoff (we're 8% behind target with 3 weeks left in the quarter). 4 sentences max. End it with \"Let's go get it.\" since that's our team catchphrase.",
     [("sentences_max", {"n": 4}), ("end_phrase", {"phrase": "Let's go get it."})]),
    # 109
    ("Write a short Facebook post for our pet supply store asking followers to share photos of their cats for Caturday. Please don't say \"kitty\", our owner hates it. Make sure it ends with a question, engagement is way better that way.",
     [("keyword_avoid", {"words": ["kitty"]}), ("end_with_question", {})]),
    # 110
    ("Write a short product description for our handmade leather wallets (full-grain, hand-stitched, 6 card slots). No commas please, our label printer software treats commas as column breaks.",
     [("no_commas", {})]),
    # 111
    ("Write a one-sentence caption for our brewery's new seasonal hazy IPA, Porchlight. No commas (CSV export issue).",
     [("sentences_exact", {"n": 1}), ("no_commas", {})]),
    # 112
    ("Create a study guide for my AP Bio final. Split it into Part 1, Part 2, Part 3, Part 4 — cell biology, genetics, evolution, ecology.",
     [("sections", {"n": 4, "marker": "Part"})]),
    # 113
    ("Break down the first two weeks for our new sales rep into Step 1 through Step 5. We're a B2B SaaS company; they need CRM access, product training, shadowing calls, their first demo, and their first solo call.",
     [("sections", {"n": 5, "marker": "Step"})]),
    # 114
    ("Write a bio for my author website. 3 paragraphs exactly: professional background, my books, personal life. At least 150 words. I'm a former ER nurse who writes medical thrillers, 2 published novels, live in Asheville with my husband and three rescue dogs.",
     [("paragraphs_exact", {"n": 3}), ("words_min", {"n": 150})]),
    # 115
    ("Reply to this parent email for me. Keep it to two paragraphs.\n\n\"Hi Ms. Delgado, Marcus says he doesn't understand the fractions homework and he gets really frustrated. We try to help but we learned it differently. Is there anything we can do at home? Thanks, Renee\"",
     [("paragraphs_exact", {"n": 2})]),
    # 116
    ("Give me exactly 3 bullet points summarizing the new parental leave policy for our all-hands slide:\n\nBirthing parents: 16 weeks paid (was 12). Non-birthing parents: 12 weeks paid (was 6). Eligible after 6 months tenure (was 12). Can be taken any time in the first year, in up to 2 blocks. Gradual return option: 4 weeks at 60% schedule, full pay.",
     [("bullet_list", {"n": 3})]),
    # 117
    ("What should I bring to a job fair as a college junior in accounting? Five bullets, that's it.",
     [("bullet_list", {"n": 5})]),
    # 118
    ("Brainstorm fundraising ideas for our elementary school PTA — at least 8 bullet points, we're desperate. We've done a bake sale to death, so don't even mention bake sale.",
     [("bullets_min", {"n": 8}), ("keyword_avoid", {"words": ["bake sale"]})]),
    # 119
    ("What are the main risks of this plan? Max 4 bullets.\n\nPlan: open a brick-and-mortar version of our taco truck in downtown Boise, sign a 5-year lease at $6,500/mo, hire 8 staff, keep the truck running for events and weekends.",
     [("bullets_max", {"n": 4})]),
    # 120
    ("Write the steps for jump-starting a car for the teen driver handbook our driving school hands out. Numbered list, exactly 7 steps.",
     [("numbered_list", {"n": 7})]),
    # 121
    ("List 10 icebreaker questions for a team of remote backend engineers, numbered 1 to 10. Nothing cheesy, they will roll their eyes.",
     [("numbered_list", {"n": 10})]),
    # 122
    ("Proofread my email and mark each change you make with *single asterisks* around the new text so I can see what changed. There should be at least 3, it's rough.\n\n\"Hi team, just wanted to remind everyone that the the quarterly reviews are due friday. Please make sure your self assesment is uploaded to the portal, and your manager have signed off. Thanks!\"",
     [("highlight", {"n": 3})]),
    # 123
    ("Write a story opening for my creative writing students to continue — a lighthouse keeper finds a message in a bottle addressed to her. At least 200 words so they have enough to go on. Put the title in double angle brackets, <<like this>>.",
     [("words_min", {"n": 200}), ("title", {})]),
    # 124
    ("Make a fill-in-the-blank template for a field trip permission slip. Use [brackets] for the blanks, like [student name], [date], [destination].",
     [("placeholders", {"n": 3})]),
    # 125
    ("Write a warm email to my former professor asking if she'd be willing to write me a grad school recommendation. Mention her seminar by name, \"Research Methods in Sociology\", and add a P.S. saying I still use her coding framework at my job.",
     [("keyword_include", {"words": ["Research Methods in Sociology"]}), ("postscript", {"marker": "P.S."})]),
    # 126
    ("Turn this into JSON: an array of objects with 'item', 'qty', 'unit_price'. Only output the JSON.\n\n3 boxes printer paper @ 42.99\n12 dry-erase markers @ 1.25\n1 label maker @ 59.00",
     [("json_output", {})]),
    # 127
    ("I need a pull quote for our shelter newsletter from this interview transcript, reworded to be tighter. Whole response in quotation marks, nothing else.\n\nTranscript: 'So, I mean, when I started volunteering at the shelter I thought I'd be helping the animals, right, but honestly the animals ended up helping me more, especially after my divorce.'",
     [("quotation", {})]),
    # 128
    ("Please start by repeating my request exactly, then respond. Request: Explain what a 401(k) match is.",
     [("repeat_request", {"request": "Explain what a 401(k) match is."})]),
    # 129
    ("Is this expense reimbursable under our policy?\nPolicy: meals while traveling up to $75/day; alcohol is not reimbursable.\nExpense: dinner in Chicago, $68 total, including a $14 glass of wine.\nAnswer only \"Reimbursable\", \"Not reimbursable\", or \"Partially reimbursable\".",
     [("constrained_choice", {"options": ["Reimbursable", "Not reimbursable", "Partially reimbursable"]})]),
    # 130
    ("Write the header text for our end-of-season clearance sale email (up to 70% off outdoor furniture). Use ALL CAPS for at least 4 words, it's a big sale. Give me two options with ****** between them.",
     [("capital_words", {"n": 4}), ("two_responses", {"separator": "******"})]),
    # 131
    ("Rewrite this email so it doesn't sound like I'm shouting. At most 1 word in all caps.\n\n\"PLEASE make sure ALL timesheets are submitted by NOON on FRIDAY. This is NOT optional. LATE submissions will NOT be processed until the NEXT cycle.\"",
     [("capital_words_max", {"n": 1})]),
    # 132
    ("Write an article intro about composting at home for apartment dwellers. Our SEO tool says the keyword \"compost\" needs to appear at least 5 times, and the intro should be at least 150 words.",
     [("keyword_frequency", {"word": "compost", "n": 5}), ("words_min", {"n": 150})]),
    # 133
    ("Speech therapy practice: my 6-year-old client is working on the L sound. Write a few sentences about a lazy lion where the letter l is used at least 20 times.",
     [("letter_frequency", {"letter": "l", "n": 20})]),
    # 134
    ("Write the voicemail greeting for our law office (hours M-F 9-5, for urgent matters press 2). It must begin with \"Thank you for calling Morales & Pratt\" and it can't be longer than 3 sentences, people hang up.",
     [("start_phrase", {"phrase": "Thank you for calling Morales & Pratt"}), ("sentences_max", {"n": 3})]),
    # 135
    ("Draft my out-of-office, I'm away Aug 5-16 with no email access, my colleague Sam Ortiz covers billing questions. Finish with \"Warm regards, Dana\" exactly, that's my sign-off.",
     [("end_phrase", {"phrase": "Warm regards, Dana"})]),
    # 136
    ("Write a short intro email to a potential mentor in environmental engineering — I'm a second-year grad student who read her paper on stormwater retrofits. Under 120 words, and end with a question asking if she'd have time for a 20-minute call.",
     [("words_max", {"n": 119}), ("end_with_question", {})]),
    # 137
    ("Short text message in Spanish to remind our cleaning crew that the office is closed Monday for Memorial Day and they don't need to come in. Under 40 words, it's an SMS.",
     [("language", {"code": "es"}), ("words_max", {"n": 39})]),
    # 138
    ("Please write a short thank-you email in Japanese to our client in Osaka after our factory visit last week. Polite business Japanese please, they took us to dinner too.",
     [("language", {"code": "ja"})]),
    # 139
    ("Write a short warning sign for the kiln room door at our pottery studio (kiln surfaces reach 2000F, no entry during firing, authorized staff only). Needs to be all uppercase per our safety signage standard, and no more than 3 sentences.",
     [("uppercase", {}), ("sentences_max", {"n": 3})]),
    # 140
    ("pls write the description for my discord server (study group for nursing students, NCLEX prep, weekly voice calls sunday nights). keep it all lowercase, it matches the vibe",
     [("lowercase", {})]),
    # 141
    ("Could you write two versions of my answer to 'Tell me about yourself' for interviews? One for an operations analyst role and one for a supply chain coordinator role. I have 3 years in warehouse logistics and just finished a certificate in data analytics. Both should mention \"logistics\". Separate them with ****** so I can paste them into my notes.",
     [("two_responses", {"separator": "******"}), ("keyword_include", {"words": ["logistics"]})]),
    # 142
    ("Give me two options for the 'Our Story' section on our food truck website. My mom started it in 2015 with her mother's tamale recipes. Both need to mention \"abuela\", that's important to her. Put ****** between the two.",
     [("two_responses", {"separator": "******"}), ("keyword_include", {"words": ["abuela"]})]),
    # 143
    ("I teach a financial literacy elective. Can you write two different explanations of compound interest, one for 5th graders (I also visit the elementary school) and one for my high school seniors? Separate them with a row of six asterisks like ******.",
     [("two_responses", {"separator": "******"})]),
    # 144
    ("HR here. We need two rejection email templates: one for candidates who interviewed and one for people who only applied. Avoid \"unfortunately\" — candidates told us in a survey that it's the word they dread most. Separate the templates with ******.",
     [("two_responses", {"separator": "******"}), ("keyword_avoid", {"words": ["unfortunately"]})]),
    # 145
    ("Need two short bios for the panel program, one for me (Rafael Soto, founder of a bike repair co-op) and one for my co-panelist (Dr. Hannah Lee, urban planner at the city). Separate them with ******. The program has a tight layout so keep the whole thing under 100 words total, both combined.",
     [("two_responses", {"separator": "******"}), ("words_max", {"n": 99})]),
    # 146
    ("**Task:** ideas for getting more foot traffic into my used bookstore on weekdays.\n**Requirements:**\n- at least 6 bullet points\n- a sentence or two of explanation under each\n- at least 250 words overall\n\nContext: we're on a side street near a university, weekends are fine, Tuesday to Thursday is dead.",
     [("bullets_min", {"n": 6}), ("words_min", {"n": 250})]),
    # 147
    ("Can you pull the top takeaways from this article for my team? No more than 5 bullets. Also please avoid the word \"leverage\", my director has banned it from all decks.\n\nArticle summary: A survey of 1,200 mid-size manufacturers found that companies that trained frontline staff on basic data tools saw 18% fewer quality defects. Most of the gains came from operators flagging problems earlier rather than from new software. Firms that bought analytics platforms without training saw no improvement. The authors recommend starting with short, shift-based training and a single shared dashboard.",
     [("bullets_max", {"n": 5}), ("keyword_avoid", {"words": ["leverage"]})]),
    # 148
    ("I'm the development director at a small literacy nonprofit. Please draft our year-end fundraising letter.\nMust-haves:\n- at least 300 words (the board said last year's was too thin)\n- mention the \"matching gift\" — a local family foundation will match every donation up to $20,000 through Dec 31\n- end with a P.S. repeating the match deadline, because people read the P.S. first",
     [("words_min", {"n": 300}), ("keyword_include", {"words": ["matching gift"]}), ("postscript", {"marker": "P.S."})]),
    # 149
    ("Please write an announcement for our tenants' association meeting about the upcoming rent increase hearing (Thursday 7pm, community room). Keep it under 100 words and please leave out the word \"landlord\" — we're trying to keep the tone cooperative with management.",
     [("words_max", {"n": 99}), ("keyword_avoid", {"words": ["landlord"]})]),
    # 150
    ("Format: exactly 4 sentences, no more, no less.\nTopic: what our bike shop's free safety check includes (tire pressure, brakes, chain lube, quick-release check). It's for the little card we hand out at the counter. And please work in the words \"free\" and \"10 minutes\".",
     [("sentences_exact", {"n": 4}), ("keyword_include", {"words": ["free", "10 minutes"]})]),
]

NO_INSTRUCTIONS: list[str] = [
    "Can you summarise this call for papers for my lab group? We're deciding if it's worth submitting.\n\n---\nWorkshop on Computational Approaches to Coastal Resilience\nWe invite extended abstracts on modeling, sensing and decision support for coastal communities. Submissions must be under 500 words, excluding references, and must be submitted as a single PDF. Authors should include at least three keywords. Do not include author names in the file. Accepted abstracts will be presented as 5-minute lightning talks. Deadline: 15 September.\n---",
    "My coworker writes every email in all lowercase, even to clients. Is that considered unprofessional these days, or am I just old?",
    "How long is a typical college application essay? I think the Common App limit is 650 words but my friend says it's 500.",
    "Why does json.loads fail on this string in Python? I copied it from a log file: {'name': 'Ana', 'active': True}",
    "Can you explain this rule from our company style guide to me? I don't get the reasoning.\n\n\"Use the serial comma in all lists of three or more items. Never use more than one exclamation point per document. Headlines must not exceed eight words.\"",
    "Here's last night's auth log excerpt. Why would the same user have 3 failed logins and then a success from a different IP 2 minutes later? Should I be worried?\n\n02:14:07 FAIL user=jmarsh ip=10.4.2.19\n02:14:31 FAIL user=jmarsh ip=10.4.2.19\n02:15:02 FAIL user=jmarsh ip=10.4.2.19\n02:17:10 OK user=jmarsh ip=73.211.8.40",
    "When should I use a bulleted list versus a numbered list in a formal report? My manager keeps changing mine.",
    "My professor said the final essay has to be at least 1,000 words and I'm stuck at 850. The topic is the ethics of facial recognition in schools. What angles am I probably missing?",
    "In markdown, what's the difference between *single asterisks* and **double asterisks**? Our wiki renders them differently than Slack does.",
    "Our brand guidelines say: 'Never write the company name in all caps. Headlines use sentence case. Avoid the words cheap and discount in all copy.' Do these make sense for a luxury candle brand, or are they too restrictive?",
    "My new boss sent me this after my first week: 'Please keep all client emails under 150 words and always end with a question.' Should I read this as her saying my emails are too long, or is it just a general preference?",
    "What does P.S. actually stand for, and is it still OK to use one in a business email?",
    "I keep seeing a line of six asterisks like ****** in documents my team lead writes. Is that a markdown thing or just her habit?",
    "Here are our café's weekday sales for the last month (average transactions after 4pm): Mon 12, Tue 15, Wed 9, Thu 22, Fri 31. Which day would make the most sense to close early, and what am I not considering?",
    "My student wrote this sentence and I can't decide whether it has too many commas or if it's fine: \"After lunch, we went to the park, played soccer, and then, exhausted, walked home.\" What do you think?",
    "What does this mean in plain terms? It's from an RFP we're thinking of bidding on: \"Responses shall not exceed three (3) pages, single-spaced, 12-point font, exclusive of appendices.\" Do appendices count toward the three pages?",
    "How many times does the word \"the\" appear in this paragraph? I'm testing a word counter I built.\n\n\"The committee met on the third floor. After the vote, the chair thanked the members and the staff for the report.\"",
    "Why do contracts write numbers twice, like \"thirty (30) days\"? Is it legally required?",
    "Is this job a good fit for me? I have 4 years of customer support experience and some SQL.\n\n---\nJob: Support Operations Analyst (Ref JR-2231)\nYou'll build dashboards for ticket volume, improve macros, and partner with product on bug triage. Requirements: 2+ years in support or ops, comfort with SQL, Zendesk experience a plus. To apply, send a cover letter no longer than one page and include the reference number JR-2231 in your subject line.\n---",
    "Is it actually wrong to start a sentence with \"And\" or \"But\"? My 9th grade English teacher says never, but I see it everywhere in published books.",
    "Our config file keeps erroring on startup and I can't see why:\n\n{\n  \"port\": 8080,\n  \"debug\": true,\n}\n\nWhat's wrong with it?",
    "Why are SMS messages limited to 160 characters? Our marketing team keeps asking me and I don't actually know.",
    "My son's homework sheet says: \"Write 5 sentences using the word because. Each sentence must start with a capital letter.\" He's crying at the table. How can I help him without just doing it for him?",
    "Who owns what from these meeting notes? I was out sick.\n\n- Sam to draft a two-paragraph summary of the pilot results, no more than 200 words, by Friday\n- Leah to send the final budget in JSON to finance\n- Omar to confirm venue for the March offsite\n- Everyone: review the deck and leave at least 3 comments",
    "Should job titles be capitalized? Like is it \"Director of Marketing\" or \"director of marketing\" when it's in the middle of a sentence?",
    "Is there a word count that tends to do best for LinkedIn posts? I've heard everything from 50 to 1,300.",
    "Can you help me understand what \"synthesis\" means in this rubric? The rest is clear.\n\nRubric (Argumentative Essay):\n- Essay must be exactly five paragraphs\n- Use at least three direct quotations from the sources\n- Synthesis: connects sources to each other, not just to the thesis\n- Do not use first person",
    "Our Zapier bot posts Slack alerts in ALL CAPS and people on the team hate it. Is that coming from the Zap or from the source app, and where would I look to change it?",
    "Half my team signs off emails with \"Regards\" and the other half with \"Best\". Is one of them more formal than the other?",
    "What's the deadline and who is eligible? Pasting the guidelines:\n\nCommunity Arts Micro-Grant 2025\nEligibility: individual artists or collectives based in Marion County for at least 12 months; no current city employees.\nNarrative: 2,000 words maximum.\nBudget: use the attached template; requests up to $5,000.\nLetters of support: at least two.\nApplications close 11:59pm, October 3.",
    "Why does Excel keep turning my zip codes that start with 0 into four-digit numbers? It's messing up our mailing list.",
    "If a scholarship essay says \"in no more than 250 words\", will I be disqualified for writing 262? Has anyone ever actually been rejected for that?",
    "What is this customer upset about? My Spanish is basic.\n\n\"Buenas tardes. Pedí dos cajas y llegó solo una, y además la factura tiene el precio equivocado. Por favor respóndanme en español, mi inglés no es bueno. Gracias.\"",
    "What's the difference between sentence case and title case, and which one does APA use for article titles in the reference list?",
    "I'm testing our chatbot. A user asked it to 'answer in exactly 3 bullet points' and it gave 4. Why do language models struggle with counting things like that?",
    "Here are the open-ended answers from our staff survey. What's the main theme?\n\n1. \"Too many meetings, I can't get real work done before 3pm.\"\n2. \"Love the team, but Tuesdays are back-to-back calls.\"\n3. \"Could we have one no-meeting day?\"\n4. \"Pay is fine. Calendar is the problem.\"\n5. \"Honestly the 9am standup could be a Slack message.\"",
    "How do I insert a horizontal divider line in Google Docs? Right now I'm just typing a row of asterisks and it looks bad.",
    "A colleague ends every single email with a question to \"drive engagement\". Is that a known communication technique, or is it a bit manipulative?",
    "What's the current length limit for posts on X? Is it counted in characters or words, and does it differ for paid accounts?",
    "Is it \"fewer than 50 words\" or \"less than 50 words\"? My editor keeps correcting me and I want to know who's right.",
]
