"""Task v2: verifiable instruction following with many families, phrasings and requests, and honest splits.

- `families.py`: 31 instruction families (checker, parameter sampler, conflicts); `checkers.py`: one checker each.
- `phrasings*.py`: 7 hand-written phrasings per family, placed before, after or inside the request.
- `requests*.py`: 78 request templates in 26 categories (emails, plans, reviews, dialogues, ads, stories, ...).
- `compose.py`: one prompt = a filled request + 1-3 compatible constraints.
- `splits.py`: train / validation / test_topics / test_phrasings / test_families, fixed from a seed.

    python -m training.tasks.instructions.splits --out training/data/bundled/v2 --seed 0
"""
