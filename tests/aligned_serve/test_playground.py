"""`GET /playground` in a real browser: headless Chromium (Debian's `chromium` and `chromium-driver`, driven by
selenium through /usr/bin/chromedriver: nothing is downloaded) against the app on a real local port (uvicorn in a
thread), on the fake generator and a length reward model, so every reward below is worked out by hand.

The browser tests skip, saying why, only when chromium or chromedriver is missing
(`apt-get install -y chromium chromium-driver`; `.ci/run` does it). The screenshot of the best-of-4 run is kept at
tests/artifacts/playground.png.

    .venv/bin/python -m pytest -q tests/aligned_serve/test_playground.py
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aligned_core.feedback import HumanFeedback, read_human
from aligned_serve.app import build_app
from reward_models.registry import RewardModelRegistry
from tests.aligned_serve.fakes import FakeGenerator, LengthRM
from tests.aligned_serve.test_app import make_settings

REPO = Path(__file__).resolve().parents[2]
STATIC = REPO / "aligned_serve" / "static"
ARTIFACT = REPO / "tests" / "artifacts" / "playground.png"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists()
                                                else None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="headless Chromium is not installed: apt-get install -y chromium chromium-driver",
)
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000")
WAIT_S = 30


# ---- the server ------------------------------------------------------------------------------------------------
@dataclass
class Recorder:
    """Pure ASGI wrapper that keeps every /v1 request the page makes: method, path, auth header, body, status."""

    app: ASGIApp
    seen: list[dict[str, Any]] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        entry: dict[str, Any] = {"method": scope["method"], "path": scope["path"], "body": b"", "status": None,
                                 "authorization": headers.get(b"authorization", b"").decode()}
        self.seen.append(entry)

        async def recv() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                entry["body"] += message.get("body", b"")
            return message

        async def snd(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry["status"] = message["status"]
            await send(message)

        await self.app(scope, recv, snd)

    def find(self, method: str, path: str) -> list[dict[str, Any]]:
        return [e for e in self.seen if e["method"] == method and e["path"] == path]


@dataclass
class Served:
    url: str
    app: FastAPI
    recorder: Recorder
    feedback_db: Path

    def human_feedback(self) -> list[HumanFeedback]:
        return list(read_human(self.feedback_db))


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Any]:
    """`serve(**settings)` starts the app on 127.0.0.1:<free port>; every server stops when the test ends."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(verifier: bool = False, **settings: Any) -> Served:
        from reward_models.rules import build_rule

        registry = RewardModelRegistry(default_name="main", verifier_weight=50,
                                       verifier=build_rule("rule:instructions") if verifier else None)
        registry.register(LengthRM(name="main", version="1"), activate=True)
        registry.register(LengthRM(name="neg", version="1", scale=-1.0), activate=True)
        config = make_settings(tmp_path / f"server{len(servers)}", **settings)
        Path(config.feedback_db).parent.mkdir()
        app = build_app(config, generator=FakeGenerator(), registry=registry)
        recorder = Recorder(app)
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        server = uvicorn.Server(uvicorn.Config(recorder, log_level="warning", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + WAIT_S
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        return Served(f"http://127.0.0.1:{sock.getsockname()[1]}", app, recorder, Path(config.feedback_db))

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


# ---- the browser -----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(driver: Any, css: str, count: int = 1) -> list[Any]:
    """The elements matching `css` once at least `count` of them are in the DOM."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_S).until(
        lambda d: (els := d.find_elements(By.CSS_SELECTOR, css)) and len(els) >= count and els,
        message=f"{css!r} never appeared {count} times; status: {status_text(driver)!r}",
    )


def status_text(driver: Any) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, "status").text


def fill(driver: Any, element_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By

    el = driver.find_element(By.ID, element_id)
    el.clear()
    el.send_keys(value)


def choose(driver: Any, element_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, element_id)).select_by_value(value)


def reward_model_options(driver: Any) -> list[tuple[str, str]]:
    """(value, label) of the reward-model select once GET /v1/reward_models has filled it."""
    opts = wait_for(driver, "#reward-model option", count=3)
    return [(o.get_attribute("value"), o.text) for o in opts]


def run_and_read(driver: Any, count: int) -> list[dict[str, Any]]:
    """Click Run, wait for `count` candidate cards, and read them back from the DOM."""
    from selenium.webdriver.common.by import By

    driver.find_element(By.ID, "run").click()
    cards = wait_for(driver, "#candidates .candidate", count=count)
    return [{"index": int(c.get_attribute("data-index")), "reward": float(c.get_attribute("data-reward")),
             "chosen": "chosen" in c.get_attribute("class").split(),
             "text": c.find_element(By.CSS_SELECTOR, "pre").text,
             "badge": [b.text for b in c.find_elements(By.CSS_SELECTOR, ".badge")]} for c in cards]


def summary(driver: Any, name: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, f'#summary-list dd[data-field="{name}"]').text


# ---- tests -----------------------------------------------------------------------------------------------------
@needs_chromium
def test_best_of_4_shows_candidates_rewards_histogram_and_posts_thumbs_up(serve, browser) -> None:
    from selenium.webdriver.common.by import By

    srv = serve()
    browser.get(f"{srv.url}/playground")
    assert ("", "default (main@1)") in reward_model_options(browser)
    # no key on this server, and search is not selected: neither field is shown
    assert not browser.find_element(By.ID, "api-key-label").is_displayed()
    assert not browser.find_element(By.ID, "search-method-label").is_displayed()
    fill(browser, "prompt", "hello there")
    fill(browser, "n", "4")
    cards = run_and_read(browser, 4)

    # FakeGenerator draws lengths 3, 9, 1, 7; LengthRM scores a candidate by its length -> the 9-char one wins
    assert [(c["index"], c["reward"], c["text"]) for c in cards] == [
        (0, 3.0, "xxx"), (1, 9.0, "x" * 9), (2, 1.0, "x"), (3, 7.0, "x" * 7)]
    assert [c["chosen"] for c in cards] == [False, True, False, False] and cards[1]["badge"] == ["chosen"]
    # usage counts every candidate: 3 + 9 + 1 + 7 = 20 generated, "hello there" = 2 prompt tokens
    assert summary(browser, "tokens") == "20 generated + 2 prompt = 22"
    assert summary(browser, "instructions") == "—"  # the length model reads no instructions
    # 4 bins over [1, 9], each 2 wide: 1 -> bin 0, 3 -> bin 1, 7 and 9 -> bin 3; the winner's bin is 3
    bars = browser.find_elements(By.CSS_SELECTOR, "#histogram rect.bar")
    assert [int(b.get_attribute("data-count")) for b in bars] == [1, 1, 0, 2]
    assert ["chosen" in b.get_attribute("class") for b in bars] == [False, False, False, True]

    (chat,) = srv.recorder.find("POST", "/v1/chat/completions")
    sent = json.loads(chat["body"])
    assert sent["alignment"] == {"strategy": "best_of_n", "return_candidates": True, "n": 4}
    assert sent["messages"] == [{"role": "user", "content": "hello there"}] and chat["authorization"] == ""

    # thumbs up on a candidate the server did not choose: rating 1, preferred_index 3
    browser.find_element(By.CSS_SELECTOR, '.candidate[data-index="3"] button.thumb.up').click()
    note = wait_for(browser, '.candidate[data-index="3"] .feedback-status[data-state]')[0]
    (fb,) = srv.recorder.find("POST", "/v1/feedback")
    assert json.loads(fb["body"]) == {"id": summary(browser, "response-id"), "rating": 1, "preferred_index": 3}
    assert fb["status"] == 200 and note.get_attribute("data-state") == "recorded", note.text
    # ... and it landed in the feedback log, on the logged request behind response chatcmpl-<hex> (req-<hex>)
    (row,) = srv.human_feedback()
    assert (row.request_id, row.rating, row.preferred_index) == (
        "req-" + summary(browser, "response-id").removeprefix("chatcmpl-"), 1.0, 3)
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACT)) and ARTIFACT.stat().st_size > 10_000


@needs_chromium
def test_rejection_with_a_chosen_reward_model_and_thumbs_down(serve, browser) -> None:
    from selenium.webdriver.common.by import By

    srv = serve()
    browser.get(f"{srv.url}/playground")
    assert ("neg", "neg@1") in reward_model_options(browser)
    choose(browser, "strategy", "rejection")
    assert browser.find_element(By.ID, "threshold").is_enabled()
    choose(browser, "reward-model", "neg")
    fill(browser, "threshold", "-2")
    fill(browser, "n", "8")
    cards = run_and_read(browser, 4)

    # "neg" scores -length; the first round of 4 (lengths 3, 9, 1, 7) holds -1 >= -2: accepted, index 2 returned
    assert [(c["reward"], c["chosen"]) for c in cards] == [(-3.0, False), (-9.0, False), (-1.0, True), (-7.0, False)]
    assert summary(browser, "accepted") == "true" and summary(browser, "reward-model") == "neg@1"
    (chat,) = srv.recorder.find("POST", "/v1/chat/completions")
    assert json.loads(chat["body"])["alignment"] == {"strategy": "rejection", "return_candidates": True,
                                                     "max_samples": 8, "threshold": -2, "reward_model": "neg"}
    # only the served answer carries a thumbs down
    assert len(browser.find_elements(By.CSS_SELECTOR, "button.thumb.down")) == 1
    browser.find_element(By.CSS_SELECTOR, '.candidate.chosen button.thumb.down').click()
    wait_for(browser, ".candidate.chosen .feedback-status[data-state]")
    (fb,) = srv.recorder.find("POST", "/v1/feedback")
    assert json.loads(fb["body"]) == {"id": summary(browser, "response-id"), "rating": -1} and fb["status"] == 200
    (row,) = srv.human_feedback()
    assert (row.rating, row.preferred_index) == (-1.0, None)


@needs_chromium
def test_api_key_field_appears_on_401_and_the_key_is_sent(serve, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    srv = serve(api_key="s3cret")
    browser.get(f"{srv.url}/playground")
    wait_for(browser, "#api-key-label:not([hidden])")
    assert browser.find_element(By.ID, "api-key-label").is_displayed() and "API key" in status_text(browser)
    assert all(e["status"] == 401 for e in srv.recorder.seen) and srv.recorder.seen
    fill(browser, "api-key", "s3cret")
    browser.find_element(By.ID, "api-key").send_keys(Keys.TAB)  # `change` fires: the models load with the key
    assert ("", "default (main@1)") in reward_model_options(browser)
    assert len(run_and_read(browser, 4)) == 4
    (chat,) = srv.recorder.find("POST", "/v1/chat/completions")
    assert chat["authorization"] == "Bearer s3cret" and chat["status"] == 200


def test_page_and_assets_are_served_without_the_api_key(serve) -> None:
    srv = serve(api_key="s3cret")
    with httpx.Client(base_url=srv.url) as client:
        page = client.get("/playground")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        for asset, kind in (("playground.js", "javascript"), ("playground.css", "text/css")):
            assert f'"static/{asset}"' in page.text  # relative, so a path prefix in front of the app still works
            r = client.get(f"/static/{asset}")
            assert r.status_code == 200 and kind in r.headers["content-type"]
            assert r.content == (STATIC / asset).read_bytes()
        assert client.get("/static/nope.js").status_code == 404
        assert client.get("/v1/reward_models").status_code == 401  # the API itself stays closed


def test_page_loads_nothing_from_elsewhere() -> None:
    """Works offline: no URL with a scheme in the page, script or style (the SVG namespace is a name, not a fetch)."""
    for name in ("playground.html", "playground.js", "playground.css"):
        text = (STATIC / name).read_text().replace('"http://www.w3.org/2000/svg"', "")
        assert "://" not in text and "//cdn" not in text, name


def test_static_files_are_package_data() -> None:
    """Each file under aligned_serve/static matches a package-data glob, so a wheel install serves the page."""
    tomllib = pytest.importorskip("tomllib", reason="Python 3.11+ reads pyproject.toml with tomllib")
    globs = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["aligned_serve"]
    files = sorted(p.relative_to(STATIC.parent).as_posix() for p in STATIC.iterdir())
    assert files == ["static/playground.css", "static/playground.html", "static/playground.js"]
    assert all(any(fnmatch(f, g) for g in globs) for f in files)


@needs_chromium
def test_the_summary_shows_the_instructions_the_verifier_read(serve, browser) -> None:
    srv = serve(verifier=True)
    browser.get(f"{srv.url}/playground")
    fill(browser, "prompt", 'Say hi. Do not use "xxxxxxxxx". Answer in uppercase.')
    fill(browser, "n", "4")
    run_and_read(browser, 4)
    # 'x' * 7 wins (7 + 50 x 1/2 beats 9 + 0): it avoids the banned word and, being lowercase, breaks uppercase
    assert summary(browser, "instructions") == "keyword_avoid(xxxxxxxxx) ✓; uppercase ✗"
