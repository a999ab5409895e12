"""Keep a review file's probes where they belong: a probe of `A` or `B` that the reader misreads moves to `UNREAD`,
and one of `UNREAD` that it now reads right moves back (to `B` when it expects nothing, else to `A`), so the test
suite holds every probe read right to its reading (tests/reward_models/test_instructions.py `_assert_review`).

    python scripts/review_split.py tests/reward_models/review_fortyone.py          # rewrite the file
    python scripts/review_split.py tests/reward_models/review_fortyone.py --check  # only print the moves
"""

import argparse
import ast
import sys
from pathlib import Path


def _lists(tree: ast.Module) -> dict[str, ast.List]:
    out = {}
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (node.targets[0] if isinstance(node, ast.Assign)
                                                                       else None)
        if isinstance(target, ast.Name) and isinstance(getattr(node, "value", None), ast.List):
            out[target.id] = node.value
    return out


def _opens_and_closes(line: str) -> bool:
    """A list opened and closed on one line ("UNREAD: ... = []")."""
    return line.rstrip().endswith("[]")


def _misread(text: str, expected: list) -> bool:
    from reward_models.instructions import parse_instructions

    got = sorted(repr((f.kind, f.args)) for f in parse_instructions(text))
    return got != sorted(repr((k, a)) for k, a in expected)


def split(path: Path, check: bool = False) -> list[str]:
    source = path.read_text()
    lines = source.splitlines(keepends=True)
    lists = _lists(ast.parse(source))
    if not {"A", "B", "UNREAD"} <= lists.keys():
        raise SystemExit(f"{path}: needs list literals A, B and UNREAD")
    moves: dict[str, list[tuple[int, int]]] = {"A": [], "B": [], "UNREAD": []}  # spans leaving each list
    arriving: dict[str, list[str]] = {"A": [], "B": [], "UNREAD": []}
    report = []
    for name, node in lists.items():
        if name not in moves:
            continue
        for elt in node.elts:
            text, expected = ast.literal_eval(elt)
            wrong = _misread(text, expected)
            if name != "UNREAD":
                dest = "UNREAD" if wrong else None
            else:
                dest = None if wrong else ("A" if expected else "B")
            if dest:
                span = (elt.lineno - 1, elt.end_lineno)
                moves[name].append(span)
                arriving[dest].append("".join(lines[span[0]:span[1]]))
                report.append(f"{name} -> {dest}: {text[:100]!r}")
    if check or not report:
        return report
    drop = {i for spans in moves.values() for a, b in spans for i in range(a, b)}
    keep = {n: [e for e in lists[n].elts if (e.lineno - 1, e.end_lineno) not in moves[n]] for n in arriving}
    for name in moves:
        node = lists[name]
        shared = [e for e in node.elts if e.end_lineno == node.end_lineno or e.lineno == node.lineno]
        if shared and (moves[name] or arriving[name]):
            raise SystemExit(f"{path}: list {name} shares a line with its brackets; put one entry per line first")
    out: list[str] = []
    after: dict[int, list[str]] = {}  # line index -> entries to insert after it
    before: dict[int, list[str]] = {}  # line index (a closing bracket) -> entries to insert before it
    for name, items in arriving.items():
        if not items:
            continue
        items = [s if s.rstrip().endswith(",") else s.rstrip("\n") + ",\n" for s in items]
        node, last = lists[name], (keep[name] or [None])[-1]
        if last is None:
            before.setdefault(node.end_lineno - 1, []).extend(items)
        else:
            line = lines[last.end_lineno - 1].encode()  # (ast's columns count UTF-8 bytes, not characters)
            if not line[last.end_col_offset :].lstrip().startswith(b","):  # the last entry gets its comma
                lines[last.end_lineno - 1] = (line[: last.end_col_offset] + b"," + line[last.end_col_offset :]).decode()
            after.setdefault(last.end_lineno - 1, []).extend(items)
    for i, line in enumerate(lines):
        if i in before and _opens_and_closes(lines[i]):
            head, _, tail = line.rpartition("]")
            out += [head + "\n", *before[i], "]" + tail]
            continue
        out += before.get(i, [])
        if i not in drop:
            out.append(line)
        out += after.get(i, [])
    text = "".join(out)
    compile(text, str(path), "exec")  # a broken rewrite fails here, before the file is touched
    namespace: dict = {}
    exec(text, namespace)  # noqa: S102 - our own test-data file, to check nothing was lost
    total = sum(len(lists[n].elts) for n in moves)
    if sum(len(namespace[n]) for n in moves) != total:
        raise SystemExit(f"{path}: the rewrite would change the number of probes; left as it was")
    path.write_text(text)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--check", action="store_true", help="print the moves only")
    args = parser.parse_args(argv)
    for line in split(args.path, args.check):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
