/* aligned-serve playground: runs one chat completion with an `alignment` block and `return_candidates: true`,
 * shows every candidate with its reward (the chosen one marked), the tokens spent, a histogram of the rewards,
 * and posts a person's thumbs up/down to POST /v1/feedback.
 *
 * Plain browser JavaScript, no build step and no dependencies. Paths are relative ("v1/...") so the page also
 * works behind a proxy that serves the app under a prefix. Model output is only ever set as textContent.
 */
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const SVG_NS = "http://www.w3.org/2000/svg";
  const KEY_STORAGE = "aligned-serve-api-key";
  const MAX_BINS = 8;

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------------
  function apiKey() {
    return $("api-key").value.trim();
  }

  function showKeyField(message) {
    $("api-key-label").hidden = false;
    if (message) setStatus(message, "error");
  }

  /** fetch JSON from the app; an OpenAI-shaped error body becomes an ApiError with its message. */
  async function api(path, init = {}) {
    const headers = { "Content-Type": "application/json" };
    if (apiKey()) headers.Authorization = `Bearer ${apiKey()}`;
    const res = await fetch(path, { ...init, headers });
    let body = null;
    try {
      body = await res.json();
    } catch (_) {
      body = null;
    }
    if (res.status === 401) showKeyField("This server needs an API key: enter it above.");
    if (!res.ok) {
      const message = (body && body.error && body.error.message) || res.statusText || "request failed";
      throw new ApiError(res.status, `${res.status}: ${message}`);
    }
    return body;
  }

  function setStatus(text, kind = "info") {
    const el = $("status");
    el.textContent = text;
    el.dataset.kind = kind;
  }

  // ---- controls ------------------------------------------------------------------------------------------------
  async function loadServerInfo() {
    try {
      const [models, rms] = await Promise.all([api("v1/models"), api("v1/reward_models")]);
      $("server-info").textContent = `generator: ${models.data.map((m) => m.id).join(", ")}`;
      fillRewardModels(rms.data || []);
      if (($("status").dataset.kind || "") === "error") setStatus("");
    } catch (err) {
      if (err.status !== 401) setStatus(`Could not read the server's models: ${err.message}`, "error");
    }
  }

  function fillRewardModels(entries) {
    const select = $("reward-model");
    const keep = select.value;
    select.replaceChildren();
    const def = entries.find((e) => e.default);
    select.append(new Option(def ? `default (${def.full_name})` : "default", ""));
    for (const e of entries.filter((x) => x.active)) select.append(new Option(e.full_name, e.name));
    for (const e of entries.filter((x) => !x.active)) {
      select.append(new Option(`${e.full_name} (inactive)`, e.full_name));
    }
    select.value = [...select.options].some((o) => o.value === keep) ? keep : "";
  }

  function onStrategyChange() {
    const strategy = $("strategy").value;
    $("threshold").disabled = strategy !== "rejection";
    $("n-caption").textContent = strategy === "rejection" ? "N (max samples)" : "N (candidates)";
    $("n").disabled = strategy === "none";
    $("reward-model").disabled = strategy === "none";
    $("search-method-label").hidden = strategy !== "search";
  }

  function buildRequest() {
    const strategy = $("strategy").value;
    const n = Number($("n").value);
    const alignment = { strategy, return_candidates: true };
    if (strategy === "rejection") {
      alignment.max_samples = n;
      alignment.threshold = Number($("threshold").value);
    } else if (strategy !== "none") {
      alignment.n = n;
    }
    if (strategy === "search") alignment.search = { method: $("search-method").value };
    const rm = $("reward-model").value;
    if (rm && strategy !== "none") alignment.reward_model = rm;
    return {
      messages: [{ role: "user", content: $("prompt").value }],
      max_tokens: Number($("max-tokens").value),
      alignment,
    };
  }

  // ---- results -------------------------------------------------------------------------------------------------
  /** The candidate index of the returned answer: `alignment.chosen` when the server sends it, else the candidate
   * whose text and reward match the first choice. */
  function chosenIndex(resp) {
    const al = resp.alignment || {};
    if (Array.isArray(al.chosen) && al.chosen.length) return al.chosen[0];
    const cands = al.candidates || [];
    const text = resp.choices && resp.choices[0] ? resp.choices[0].message.content : null;
    const reward = al.rewards ? al.rewards[0] : null;
    const hit = cands.find((c) => c.text === text && (reward == null || c.reward === reward)) ||
      cands.find((c) => c.text === text);
    return hit ? hit.index : null;
  }

  function fmt(x, digits = 3) {
    return x == null ? "—" : Number(x).toFixed(digits);
  }

  /** `alignment.instructions` as "kind(args) ✓; ..." for the first choice; "none read" when the scoring read the
   * request and found none; "—" when the reward model does not read instructions. */
  function instructionsText(list) {
    if (!Array.isArray(list)) return "—";
    if (!list.length) return "none read";
    return list.map((i) => {
      const args = Object.values(i.args || {}).map((v) => (Array.isArray(v) ? v.join(" / ") : String(v)));
      return `${i.kind}${args.length ? `(${args.join(", ")})` : ""} ${i.satisfied && i.satisfied[0] ? "✓" : "✗"}`;
    }).join("; ");
  }

  function renderSummary(resp, seconds) {
    const al = resp.alignment || {};
    const u = resp.usage || {};
    const rows = [
      ["strategy", al.strategy],
      ["reward model", al.reward_model || "—"],
      ["instructions", instructionsText(al.instructions)],
      ["candidates", al.samples],
      ["accepted", String(al.accepted)],
      ["tokens", `${u.completion_tokens} generated + ${u.prompt_tokens} prompt = ${u.total_tokens}`],
      ["time", `${fmt(seconds, 2)} s (generate ${fmt(al.timings && al.timings.generate, 2)} s, ` +
        `score ${fmt(al.timings && al.timings.score, 2)} s)`],
      ["response id", resp.id],
    ];
    const dl = $("summary-list");
    dl.replaceChildren();
    for (const [k, v] of rows) {
      const dt = document.createElement("dt");
      dt.textContent = k;
      const dd = document.createElement("dd");
      dd.textContent = v == null ? "—" : String(v);
      dd.dataset.field = k.replace(/ /g, "-");
      dl.append(dt, dd);
    }
    $("summary").hidden = false;
  }

  function renderCandidates(resp, chosen) {
    const box = $("candidates");
    box.replaceChildren();
    for (const c of (resp.alignment && resp.alignment.candidates) || []) {
      const card = document.createElement("article");
      card.className = "candidate" + (c.index === chosen ? " chosen" : "");
      card.dataset.index = String(c.index);
      card.dataset.reward = c.reward == null ? "" : String(c.reward);
      const head = document.createElement("header");
      const title = document.createElement("span");
      title.textContent = `#${c.index}`;
      const reward = document.createElement("span");
      reward.className = "reward";
      reward.textContent = `reward ${fmt(c.reward)}`;
      head.append(title, reward);
      if (c.index === chosen) {
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = "chosen";
        head.append(badge);
      }
      const text = document.createElement("pre");
      text.className = "text";
      text.textContent = c.text;
      card.append(head, text, feedbackBar(resp, c, chosen));
      box.append(card);
    }
  }

  /** Thumbs up on any answer posts rating 1 with it as preferred_index. Thumbs down rates the served answer,
   * so only the chosen one carries it (the feedback API has no field for a bad unserved candidate). */
  function feedbackBar(resp, cand, chosen) {
    const bar = document.createElement("footer");
    const finish = document.createElement("span");
    finish.className = "muted";
    finish.textContent = cand.finish_reason || "";
    const note = document.createElement("span");
    note.className = "feedback-status";
    const up = thumb("up", "▲ up", "Thumbs up: a good answer (recorded as the preferred one)");
    up.addEventListener("click", () => sendFeedback(resp.id, { rating: 1, preferred_index: cand.index }, bar, note));
    bar.append(finish, up);
    if (cand.index === chosen) {
      const down = thumb("down", "▼ down", "Thumbs down: the returned answer is bad");
      down.addEventListener("click", () => sendFeedback(resp.id, { rating: -1 }, bar, note));
      bar.append(down);
    }
    bar.append(note);
    return bar;
  }

  function thumb(kind, label, title) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = `thumb ${kind}`;
    b.textContent = label;
    b.title = title;
    b.setAttribute("aria-label", title);
    return b;
  }

  async function sendFeedback(id, judgement, bar, note) {
    note.textContent = "sending…";
    try {
      await api("v1/feedback", { method: "POST", body: JSON.stringify({ id, ...judgement }) });
      note.textContent = judgement.rating > 0 ? "thanks: thumbs up recorded" : "thanks: thumbs down recorded";
      note.dataset.state = "recorded";
      for (const b of bar.querySelectorAll("button")) b.disabled = true;
    } catch (err) {
      note.textContent = `feedback failed: ${err.message}`;
      note.dataset.state = "error";
    }
  }

  // ---- histogram -----------------------------------------------------------------------------------------------
  function bins(rewards) {
    const lo = Math.min(...rewards);
    const hi = Math.max(...rewards);
    const n = hi === lo ? 1 : Math.min(MAX_BINS, rewards.length);
    const counts = new Array(n).fill(0);
    const binOf = (r) => (n === 1 ? 0 : Math.min(n - 1, Math.floor(((r - lo) / (hi - lo)) * n)));
    for (const r of rewards) counts[binOf(r)] += 1;
    return { lo, hi, counts, binOf };
  }

  function svg(tag, attrs, text) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text != null) el.textContent = text;
    return el;
  }

  function renderHistogram(resp, chosen) {
    const plot = $("histogram");
    plot.replaceChildren();
    const cands = (resp.alignment && resp.alignment.candidates) || [];
    const rewards = cands.map((c) => c.reward).filter((r) => r != null);
    if (!rewards.length) {
      plot.append(svg("text", { x: 10, y: 70 }, "no rewards (strategy none)"));
      return;
    }
    const { lo, hi, counts, binOf } = bins(rewards);
    const chosenCand = cands.find((c) => c.index === chosen);
    const chosenBin = chosenCand && chosenCand.reward != null ? binOf(chosenCand.reward) : -1;
    const W = 320, H = 140, pad = 20, top = 14;
    const w = (W - 2 * pad) / counts.length;
    const peak = Math.max(...counts);
    counts.forEach((count, i) => {
      const h = ((H - top - pad) * count) / peak;
      plot.append(svg("rect", {
        class: "bar" + (i === chosenBin ? " chosen" : ""), "data-count": count,
        x: pad + i * w + 1, y: H - pad - h, width: Math.max(1, w - 2), height: h,
      }));
      const label = { x: pad + i * w + w / 2, y: H - pad - h - 2, "text-anchor": "middle" };
      if (count) plot.append(svg("text", label, count));
    });
    plot.append(svg("line", { x1: pad, y1: H - pad, x2: W - pad, y2: H - pad, class: "axis" }));
    plot.append(svg("text", { x: pad, y: H - 4 }, fmt(lo, 2)));
    plot.append(svg("text", { x: W - pad, y: H - 4, "text-anchor": "end" }, fmt(hi, 2)));
  }

  // ---- run -----------------------------------------------------------------------------------------------------
  async function run(event) {
    event.preventDefault();
    const body = buildRequest();
    const button = $("run");
    button.disabled = true;
    setStatus(`running ${body.alignment.strategy}…`);
    const start = performance.now();
    try {
      const resp = await api("v1/chat/completions", { method: "POST", body: JSON.stringify(body) });
      const seconds = (performance.now() - start) / 1000;
      const chosen = chosenIndex(resp);
      renderSummary(resp, seconds);
      renderCandidates(resp, chosen);
      renderHistogram(resp, chosen);
      setStatus(`done: ${resp.alignment.samples} candidates, ${resp.usage.total_tokens} tokens`, "done");
    } catch (err) {
      setStatus(err.message, "error");
    } finally {
      button.disabled = false;
    }
  }

  function init() {
    const stored = sessionStorage.getItem(KEY_STORAGE);
    if (stored) {
      $("api-key").value = stored;
      $("api-key-label").hidden = false;
    }
    $("api-key").addEventListener("change", () => {
      sessionStorage.setItem(KEY_STORAGE, apiKey());
      loadServerInfo();
    });
    $("strategy").addEventListener("change", onStrategyChange);
    $("run-form").addEventListener("submit", run);
    onStrategyChange();
    loadServerInfo();
  }

  init();
})();
