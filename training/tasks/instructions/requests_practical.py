"""Request templates, part 2: explanations, plans, recipes, lists, summaries, advice, opinions and facts.

Same entry format as `requests_writing.py`: `(id, category, kind, text, slots)`. Passage requests quote one of
`PASSAGES`, short texts written for this task.
"""

Template = tuple[str, str, str, str, dict[str, tuple[str, ...]]]

PASSAGES: tuple[str, ...] = (
    ("The town library will close for two weeks in March while workers replace the roof. Books can still be returned "
    "through the drop box by the main door. During the closure, the mobile library van will visit the school car "
    "park every Tuesday and Friday morning."),
    ("Our team finished the garden project a week early. The volunteers built six raised beds, planted herbs and "
    "tomatoes, and set up a rain barrel. Next month we will hold a small harvest day for the families on the street."),
    ("Researchers tracked forty city foxes with light collars for a year. Most foxes stayed within a few streets of "
    "where they were born, and many used railway lines to travel at night. The study suggests that green corridors "
    "matter more to urban wildlife than large parks."),
    ("The new bus timetable starts on Monday. Route 12 will run every ten minutes at rush hour instead of every "
    "fifteen, but the last evening bus will leave at ten instead of eleven. Passengers can check live times on the "
    "screens at each stop."),
    ("Maya taught herself to bake bread during a long winter. Her first loaves were flat and dense, but she kept notes "
    "on every attempt. By spring she was selling bread to her neighbours and had started a small weekend stall."),
    ("A small company tried a four-day working week for six months. Staff reported less stress and took fewer sick "
    "days, while sales stayed about the same. The managers plan to keep the new schedule but will review it next year."),
    ("Sea turtles return to lay their eggs on the beaches where they hatched. Bright lights near the shore can confuse "
    "the young turtles, who crawl towards the light instead of the sea. Some coastal towns now dim their street lamps "
    "during nesting season."),
    ("The school fair raised more money than expected thanks to the book sale and the cake stand. The funds will pay "
    "for new art supplies and a trip to the science museum. The organisers thanked the parents who gave up their "
    "Saturday to help."),
)

PRACTICAL: list[Template] = [
    ("explain-works", "explanation", "open", "Explain how {thing} works.",
     {"thing": ("a refrigerator", "a bicycle gear", "a vaccine", "a search engine", "a heat pump")}),
    ("explain-audience", "explanation", "open", "Explain {concept} to {audience}.",
     {"concept": ("compound interest", "photosynthesis", "gravity", "the water cycle"),
      "audience": ("a ten-year-old", "a busy parent", "a new employee", "my grandmother")}),
    ("explain-why", "explanation", "open", "Why does {phenomenon}?",
     {"phenomenon": ("bread go stale", "the sky turn red at sunset", "ice float on water", "a cat purr")}),
    ("plan-goal", "plan", "open", "Make a plan for {goal}.",
     {"goal": ("learning to cook in a month", "a weekend trip to the mountains", "training for a 5k run",
               "decluttering a small flat")}),
    ("plan-event", "plan", "open", "Plan a {event} for {who}.",
     {"event": ("birthday party", "study schedule", "team outing", "picnic"),
      "who": ("a seven-year-old", "a group of ten coworkers", "two busy students", "my grandparents")}),
    ("plan-routine", "plan", "open", "Create a weekly routine for someone who wants to {goal}.",
     {"goal": ("sleep better", "read more books", "save money", "learn the guitar")}),
    ("recipe-dish", "recipe", "open", "Write a recipe for {dish}.",
     {"dish": ("a simple tomato soup", "banana pancakes", "a lentil curry", "lemon cookies")}),
    ("recipe-ingredients", "recipe", "open", "Give me a quick recipe using {ingredients}.",
     {"ingredients": ("eggs and spinach", "rice and beans", "potatoes and cheese", "apples and oats")}),
    ("recipe-drink", "recipe", "open", "Describe how to make {drink}.",
     {"drink": ("iced tea", "a fruit smoothie", "hot chocolate", "fresh lemonade")}),
    ("list-ideas", "list", "open", "List some ideas for {thing}.",
     {"thing": ("a rainy Saturday", "a cheap date night", "a science fair project", "a small balcony garden")}),
    ("list-pack", "list", "open", "Name some things to pack for {trip}.",
     {"trip": ("a beach holiday", "a ski weekend", "a business trip", "a camping trip")}),
    ("list-habits", "list", "open", "What are some healthy habits for {who}?",
     {"who": ("new programmers", "college students", "remote workers", "new parents")}),
    ("summary-text", "summary", "passage", "Summarize the following text: {passage}", {"passage": PASSAGES}),
    ("summary-point", "summary", "passage", "Give the main point of this passage: {passage}", {"passage": PASSAGES}),
    ("summary-simplify", "summary", "passage", "Rewrite this note in simpler words: {passage}",
     {"passage": PASSAGES}),
    ("advice-situation", "advice", "open", "Give advice to someone who {situation}.",
     {"situation": ("is starting a new job", "feels nervous before exams", "just moved to a new city",
                    "wants to get fit")}),
    ("advice-how", "advice", "open", "How can I {goal}?",
     {"goal": ("stay focused while studying", "make friends as an adult", "keep my houseplants alive",
               "stop procrastinating")}),
    ("advice-should", "advice", "yes_no", "Should I {decision}?",
     {"decision": ("learn to code this summer", "adopt a dog while living in a flat", "take a gap year",
                   "switch to a standing desk")}),
    ("opinion-wise", "opinion", "yes_no", "Is it wise to {action}?",
     {"action": ("let children use smartphones", "work from home every day", "skip breakfast", "travel alone")}),
    ("opinion-think", "opinion", "yes_no", "Do you think {claim}?",
     {"claim": ("cities should ban cars from the centre", "homework helps students learn",
                "video games can be educational", "four-day work weeks are better")}),
    ("opinion-piece", "opinion", "open", "Write an opinion piece on whether {question}.",
     {"question": ("schools should start later", "museums should be free", "plastic bags should be banned",
                   "pets should be allowed in offices")}),
    ("compare-pair", "comparison", "open", "Compare {pair}.",
     {"pair": ("cats and dogs as pets", "trains and planes for travel", "paper books and e-readers",
               "city life and country life")}),
    ("compare-proscons", "comparison", "open", "What are the pros and cons of {thing}?",
     {"thing": ("electric cars", "working from home", "online classes", "living with roommates")}),
    ("compare-better", "comparison", "yes_no", "Is {claim}?",
     {"claim": ("tea better than coffee in the morning", "running better than swimming for fitness",
                "a paper map better than a phone app for hiking", "renting better than buying for young people")}),
    ("describe-place", "description", "open", "Describe {place}.",
     {"place": ("a busy market at dawn", "an abandoned lighthouse", "your ideal reading nook",
                "a mountain village in winter")}),
    ("describe-object", "description", "open", "Describe {object} to someone who has never seen one.",
     {"object": ("a pineapple", "a snowflake", "a typewriter", "a hot air balloon")}),
    ("describe-day", "description", "open", "Describe a day in the life of {who}.",
     {"who": ("a zookeeper", "a baker", "an astronaut", "a school bus driver")}),
    ("howto-explain", "how_to", "open", "Explain how to {task}.",
     {"task": ("change a flat tyre", "set up a fish tank", "write a clear CV", "tie a tie")}),
    ("howto-steps", "how_to", "open", "Give step-by-step instructions for {task}.",
     {"task": ("planting tulip bulbs", "backing up a phone", "cleaning a cast-iron pan", "making a paper airplane")}),
    ("howto-teach", "how_to", "open", "Teach me how to {task}.",
     {"task": ("juggle three balls", "meditate for five minutes", "read a nutrition label", "fold a fitted sheet")}),
    ("news-report", "news", "open", "Write a news report about {event}.",
     {"event": ("a town festival", "a record heatwave", "a new bridge opening", "a library's 100th birthday")}),
    ("news-headline", "news", "open", "Write a headline and short article about {event}.",
     {"event": ("a goat elected honorary mayor", "a school robotics win", "a lost wallet returned after 20 years",
                "a bakery that gives away unsold bread")}),
    ("news-weather", "news", "open", "Write a weather report for a seaside town {when}.",
     {"when": ("on a stormy weekend", "during a heatwave", "on the first day of spring", "before a big snowfall")}),
    ("teach-quiz", "teaching", "open", "Write a quiz about {topic}.",
     {"topic": ("the solar system", "world capitals", "healthy eating", "famous inventors")}),
    ("teach-lesson", "teaching", "open", "Create a lesson outline on {topic}.",
     {"topic": ("fractions", "the water cycle", "writing a haiku", "basic first aid")}),
    ("teach-difference", "teaching", "open", "Explain the difference between {pair}.",
     {"pair": ("weather and climate", "a virus and a bacterium", "a simile and a metaphor", "saving and investing")}),
    ("fact-true", "fact_check", "yes_no", "Is it true that {fact}?",
     {"fact": ("goldfish have a three-second memory", "lightning never strikes the same place twice",
               "bats are blind", "the Great Wall can be seen from space")}),
    ("fact-can", "fact_check", "yes_no", "Can {thing}?",
     {"thing": ("a penguin fly", "a plant grow without sunlight", "a person sneeze with open eyes",
                "an octopus change colour")}),
    ("fact-does", "fact_check", "yes_no", "Does {thing}?",
     {"thing": ("chocolate ever go bad", "music help plants grow", "cold weather cause colds",
                "a turtle feel its shell")}),
]
