"""Every regular expression the instruction reader builds from constants compiles for the linear-time engine.

The reader compiles its patterns on first use (`_re`, `_has`), and RE2 refuses lookarounds and patterns over 1,000
characters; a pattern on a branch that no held text reaches would otherwise fail only on a user's request."""

import ast
from pathlib import Path

import reward_models.instructions as reader
from reward_models.rules import compile_linear

SOURCE = Path(reader.__file__)


def _constant_patterns() -> list[tuple[int, str]]:
    """(line, pattern) of each `_re(...)`, `_has(_, ...)` and `compile_linear(...)` argument that evaluates from
    constants and module-level names alone (those built from local variables are left out)."""
    found = []
    for node in ast.walk(ast.parse(SOURCE.read_text())):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        args = {"_re": node.args[:1], "compile_linear": node.args[:1], "_has": node.args[1:2]}.get(node.func.id, [])
        for arg in args:
            try:
                value = eval(compile(ast.Expression(arg), str(SOURCE), "eval"), vars(reader))  # noqa: S307
            except (NameError, TypeError, AttributeError):
                continue  # built from a local (a marker, a stem): checked where it runs
            if isinstance(value, str):
                found.append((node.lineno, value))
    return found


def test_every_constant_pattern_compiles_for_re2() -> None:
    patterns = _constant_patterns()
    assert len(patterns) > 500  # the reader's own, not a parse that found nothing
    failed = []
    for line, pattern in patterns:
        try:
            compile_linear(pattern, ignore_case=True)
        except Exception as e:  # noqa: BLE001 (collect every failure, then report them together)
            failed.append(f"line {line}: {e}")
    assert failed == []
