# ruff: noqa: E501  (test data: one request per line, as written)
"""A third development set for `rule:instructions`, by another author (a helper session that saw neither this
repository nor any benchmark): 96 requests with the instructions a careful reader takes from them, and 26 that
state none. First read (before the fixes it prompted): 76 of 96 exact, recall 0.859, precision 0.913, 25 of 26
instruction-free requests read nothing.
"""

