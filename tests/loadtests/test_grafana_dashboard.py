"""deploy/grafana/aligned-serve.json: the dashboard is well formed, every PromQL query in it parses (with
promql-parser, Grafana's variables substituted), and every series it queries exists on the app's `GET /metrics`
after a few requests of each kind, with the labels and label values the query selects.

The app runs on the fake generator and a length reward model (no model, no network), in-process over ASGI.

    .venv/bin/python -m pytest -q tests/loadtests/test_grafana_dashboard.py
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import promql_parser as pp
import pytest
from asgi_lifespan import LifespanManager
from prometheus_client.parser import text_string_to_metric_families

from aligned_serve.app import build_app
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator, LengthRM
from tests.aligned_serve.test_app import ADMIN, MSGS, make_settings

DASHBOARD = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "aligned-serve.json"
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
# Grafana's own interval variables, as a concrete duration so the query parses
BUILTIN = {"__rate_interval": "5m", "__interval": "1m", "__range": "1h"}
# Labels Prometheus adds when it scrapes (ServiceMonitor: job, instance, namespace, pod): not on /metrics itself
TARGET_LABELS = {"job", "instance", "namespace", "pod", "service", "container"}
# The series issue 18 asks the dashboard to show (base names, as written in the queries)
REQUIRED = {
    "aligned_serve_requests_total", "aligned_serve_request_latency_seconds_bucket",
    "aligned_serve_time_to_first_token_seconds_bucket", "aligned_serve_generation_tokens_total",
    "aligned_serve_reward_bucket", "aligned_serve_chosen_reward_bucket", "aligned_serve_rejection_requests_total",
    "aligned_serve_scoring_latency_seconds_bucket", "aligned_serve_scoring_queue_depth",
    "aligned_serve_reward_model_swaps_total", "aligned_serve_search_tokens_total",
}


def matches(op: Any, value: str, pattern: str) -> bool:
    """One PromQL label matcher (`=`, `!=`, `=~`, `!~`) on one label value; PromQL regexes are anchored."""
    if op == pp.MatchOp.Equal:
        return value == pattern
    if op == pp.MatchOp.NotEqual:
        return value != pattern
    hit = re.fullmatch(pattern, value) is not None
    return hit if op == pp.MatchOp.Re else not hit


@dataclass(frozen=True)
class Query:
    where: str  # "panel 'Request rate by strategy'" or "variable 'job'"
    expr: str


@dataclass(frozen=True)
class Selector:
    where: str
    metric: str
    matchers: tuple[tuple[str, Any, str], ...]  # (label, op, value), __name__ and scrape-target labels left out
    grouping: frozenset[str]  # labels of the enclosing `by (...)` clauses


def load() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text())


def all_panels(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in items:
        yield panel
        yield from all_panels(panel.get("panels", []))


def queries(dash: dict[str, Any]) -> list[Query]:
    """Every PromQL expression: panel targets, and the selector inside each `label_values(selector, label)`."""
    found = [Query(f"panel {p['title']!r}", t["expr"]) for p in all_panels(dash["panels"])
             for t in p.get("targets", []) if "expr" in t]
    for var in dash["templating"]["list"]:
        if var["type"] == "query":
            text = var["query"]["query"] if isinstance(var["query"], dict) else var["query"]
            m = re.fullmatch(r"label_values\((.+),\s*\w+\)", text)
            assert m, f"variable {var['name']!r}: expected label_values(selector, label), got {text!r}"
            found.append(Query(f"variable {var['name']!r}", m.group(1)))
    return found


def substitute(expr: str, variables: set[str]) -> str:
    """Grafana variables -> values PromQL parses: intervals become durations, dashboard variables `.*`."""
    def value(m: re.Match[str]) -> str:
        name = m.group(1) or m.group(2)
        if name in BUILTIN:
            return BUILTIN[name]
        assert name in variables, f"{expr!r} uses ${name}, which the dashboard does not define"
        return ".*"

    return re.sub(r"\$\{(\w+)\}|\$(\w+)", value, expr)


def selectors(query: Query, variables: set[str]) -> list[Selector]:
    """The vector selectors of one query, each with the `by` labels of the aggregations around it."""
    tree = pp.parse(substitute(query.expr, variables))
    out: list[Selector] = []
    groups: list[frozenset[str]] = []

    def pre(node: Any) -> None:
        if isinstance(node, pp.AggregateExpr):
            by = node.modifier is not None and node.modifier.type == pp.AggModifierType.By
            groups.append(frozenset(node.modifier.labels) if by else frozenset())
        elif isinstance(node, pp.VectorSelector):
            ms = node.matchers.matchers
            name = node.name or next(m.value for m in ms if m.name == "__name__")
            kept = tuple((m.name, m.op, m.value) for m in ms if m.name != "__name__" and m.name not in TARGET_LABELS)
            out.append(Selector(query.where, name, kept, frozenset().union(*groups)))

    def post(node: Any) -> None:
        if isinstance(node, pp.AggregateExpr):
            groups.pop()

    pp.walk(tree, pre, post)
    return out


def variable_names(dash: dict[str, Any]) -> set[str]:
    return {v["name"] for v in dash["templating"]["list"]}


def all_selectors(dash: dict[str, Any]) -> list[Selector]:
    variables = variable_names(dash)
    return [s for q in queries(dash) for s in selectors(q, variables)]


# ---- the dashboard alone ---------------------------------------------------------------------------------------
def test_dashboard_is_well_formed_and_every_panel_uses_the_datasource_variable() -> None:
    dash = load()
    (ds,) = [v for v in dash["templating"]["list"] if v["name"] == "datasource"]
    assert ds["type"] == "datasource" and ds["query"] == "prometheus"
    panels = list(all_panels(dash["panels"]))
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for p in panels:
        g = p["gridPos"]
        assert g["x"] >= 0 and g["x"] + g["w"] <= 24 and g["h"] > 0, p["title"]
        if p["type"] == "row":
            continue
        assert p["title"] and p.get("description") and p["targets"], p["title"]
        assert p["datasource"] == DATASOURCE, p["title"]
        assert all(t["datasource"] == DATASOURCE and t["expr"].strip() for t in p["targets"]), p["title"]
    assert all(v["datasource"] == DATASOURCE for v in dash["templating"]["list"] if v["type"] == "query")


def test_every_query_parses_and_the_issue_metrics_are_covered() -> None:
    dash = load()
    variables = variable_names(dash)
    names: set[str] = set()
    for q in queries(dash):
        try:
            names |= {s.metric for s in selectors(q, variables)}
        except ValueError as exc:
            pytest.fail(f"{q.where}: PromQL does not parse ({exc}): {q.expr}")
    assert names >= REQUIRED, f"no panel queries {sorted(REQUIRED - names)}"
    assert all(n.startswith("aligned_serve_") for n in names), sorted(names)


def test_substitute_and_selectors_on_a_hand_written_query() -> None:
    q = Query("x", 'histogram_quantile(0.9, sum by (le, strategy) '
                   '(rate(m_bucket{job=~"$job", a="b"}[$__rate_interval])))'
                   ' / sum(m_total{${job}=""})'.replace('${job}=""', 'c!~"d.*"'))
    (a, b) = selectors(q, {"job"})
    assert (a.metric, a.grouping, [(n, v) for n, _, v in a.matchers]) == ("m_bucket", {"le", "strategy"}, [("a", "b")])
    assert (b.metric, b.grouping, [(n, v) for n, _, v in b.matchers]) == ("m_total", frozenset(), [("c", "d.*")])
    with pytest.raises(AssertionError, match=r"\$nope"):
        substitute('m{job=~"$nope"}', {"job"})


# ---- against /metrics ------------------------------------------------------------------------------------------
@pytest.fixture
async def scraped(tmp_path: Path) -> dict[str, list[dict[str, str]]]:
    """Sample name -> label sets on /metrics after one request of each kind the dashboard graphs."""
    from reward_models.rules import build_rule

    registry = RewardModelRegistry(default_name="main", verifier=build_rule("rule:instructions"), verifier_weight=50)
    registry.register(LengthRM(name="main", version="1"), activate=True)
    registry.register(LengthRM(name="neg", version="1", scale=-1.0), activate=True)
    app = build_app(make_settings(tmp_path), generator=FakeGenerator(), registry=registry)
    transport = httpx.ASGITransport(app=app)
    async with LifespanManager(app), httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        for alignment in ({"strategy": "best_of_n", "n": 4}, {"strategy": "rejection", "threshold": 0},
                          {"strategy": "rerank", "n": 2}, {"strategy": "search", "n": 2}, {"strategy": "none"}):
            r = await client.post("/v1/chat/completions", json={"messages": MSGS, "alignment": alignment})
            assert r.status_code == 200, r.text
        for path, body in (("/v1/chat/completions", {"messages": MSGS}), ("/v1/completions", {"prompt": "hi"})):
            assert (await client.post(path, json={**body, "stream": True})).status_code == 200
        assert (await client.post("/v1/chat/completions", json={"messages": []})).status_code == 400
        lowercase = [{"role": "user", "content": "Answer in lowercase."}]  # read and kept by the fake's "xxx"
        assert (await client.post("/v1/chat/completions", json={"messages": lowercase})).status_code == 200
        assert (await client.post("/admin/reward_models/neg/activate", json={"version": "1"},
                                        headers=ADMIN)).status_code == 200
        text = (await client.get("/metrics")).text
    samples: dict[str, list[dict[str, str]]] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            samples.setdefault(s.name, []).append(dict(s.labels))
    return samples


def problems_with(sel: Selector, samples: dict[str, list[dict[str, str]]]) -> str | None:
    if sel.metric not in samples:
        return f"{sel.metric} is not on /metrics ({sel.where})"
    label_sets = samples[sel.metric]
    known = set().union(*label_sets)
    unknown = ({name for name, _, _ in sel.matchers} | sel.grouping) - known - TARGET_LABELS
    if unknown:
        return f"{sel.metric} has no label {sorted(unknown)} (it has {sorted(known)}) ({sel.where})"
    def selected(labels: dict) -> bool:
        return all(matches(op, labels.get(name, ""), value) for name, op, value in sel.matchers)

    if not any(selected(labels) for labels in label_sets):
        return f"{sel.metric}: no series matches {[(n, str(op), v) for n, op, v in sel.matchers]} ({sel.where})"
    return None


async def test_every_queried_series_exists_on_metrics(scraped) -> None:
    found = [problems_with(sel, scraped) for sel in all_selectors(load())]
    problems = sorted({p for p in found if p})
    assert not problems, "dashboard queries that /metrics cannot answer:\n  " + "\n  ".join(problems)


def test_the_check_catches_a_missing_metric_a_wrong_label_and_a_wrong_value() -> None:
    samples = {"m_total": [{"endpoint": "/v1/completions", "strategy": "none"}]}

    def check(expr: str) -> str | None:
        (sel,) = selectors(Query("q", expr), set())
        return problems_with(sel, samples)

    assert check('sum by (strategy) (rate(m_total{endpoint=~"/v1/(chat/)?completions", job="x"}[5m]))') is None
    assert "not on /metrics" in check("rate(n_total[5m])")
    assert "no label ['status']" in check("sum by (status) (m_total)")
    assert "no series matches" in check('m_total{endpoint="/v1/rewards"}')
