"""The layers run one way (DESIGN.md, issue #17): aligned_core at the bottom, reward_models on it, aligned_serve on
both, training on all but the server. Every import statement of every module is read with `ast`, including the
ones inside functions, so a lazy import cannot slip past."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("aligned_core", "reward_models", "aligned_serve", "training")
FORBIDDEN = {
    "aligned_core": {"aligned_serve", "reward_models", "training"},
    "reward_models": {"aligned_serve", "training"},
    "aligned_serve": {"training"},
    "training": {"aligned_serve"},  # reward_models is allowed: the RM recipe formats inputs as reward_models.hf does
}


def imported_packages(source: str) -> set[str]:
    """The top-level packages that `source` imports (absolute imports only; relative ones stay in the package)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_imported_packages_reads_every_import_form() -> None:
    source = ("import a.b\nfrom c.d import e\nfrom . import f\n"
              "def g():\n    import h\n    from i.j import k\n")
    assert imported_packages(source) == {"a", "c", "h", "i"}


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_runs_up_the_layers(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no modules"
    bad = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path.read_text()) & FORBIDDEN[package])
        for path in files
    }
    assert {path: names for path, names in bad.items() if names} == {}
