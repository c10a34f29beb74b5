/**
 * The console's script and styles, served from /operator/console.js and /operator/console.css (so the CSP
 * can forbid inline script). Plain browser JavaScript, no build step. Every text from users or operators is
 * put on the page with textContent, never as HTML.
 */
export const CONSOLE_JS = String.raw`(() => {
  "use strict";
  const app = document.getElementById("app");
  const csrf = app.dataset.csrf;
  const me = { id: app.dataset.id, role: app.dataset.role, name: app.dataset.name };
  const $ = (id) => document.getElementById(id);
  let queue = [];
  let known = null;
  let currentId = null;
  let current = null;
  let meta = { outcomes: [], categories: [] };
  let operators = [];
  let soundOn = false;
  let audio = null;
  let urgentWaiting = 0;

  async function api(path, opts) {
    opts = opts || {};
    const res = await fetch("/api/v1" + path, {
      method: opts.method || "GET",
      headers: { "content-type": "application/json", "x-csrf-token": csrf },
      body: opts.body ? JSON.stringify(opts.body) : undefined,
      credentials: "same-origin",
    });
    const json = await res.json().catch(() => ({}));
    if (res.status === 401) { location.href = "/operator/login"; throw new Error("logged out"); }
    if (!res.ok) throw new Error(json.error || "HTTP " + res.status);
    return json;
  }
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : String(v));
    }
    for (const kid of kids.flat()) if (kid !== null && kid !== undefined && kid !== false) e.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    return e;
  }
  function wait(sec) {
    if (sec === null || sec === undefined) return "";
    if (sec < 60) return sec + " s";
    if (sec < 3600) return Math.floor(sec / 60) + " min";
    return Math.floor(sec / 3600) + " h " + Math.floor((sec % 3600) / 60) + " min";
  }
  function toast(text, bad) {
    const t = el("div", { class: "toast" + (bad ? " bad" : ""), role: "status", text });
    document.body.append(t);
    setTimeout(() => t.remove(), 4000);
  }
  function beep() {
    if (!soundOn) return;
    try {
      audio = audio || new AudioContext();
      const o = audio.createOscillator(); const g = audio.createGain();
      o.frequency.value = 880; o.connect(g); g.connect(audio.destination);
      g.gain.setValueAtTime(0.25, audio.currentTime); g.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
      o.start(); o.stop(audio.currentTime + 0.6);
    } catch (e) { /* sound is a bonus; the banner is the signal */ }
  }
  function signal(c) {
    const a = $("alert");
    a.hidden = false;
    a.textContent = (c.urgency === "urgent" ? "URGENT case " : "New case ") + c.ref;
    a.className = "alert " + c.urgency;
    beep();
    if (c.urgency === "urgent") setTimeout(beep, 700);
  }

  async function loadQueue() {
    const { cases } = await api("/cases");
    const fresh = cases.filter((c) => known && !known.has(c.id));
    known = new Set(cases.map((c) => c.id));
    queue = cases;
    fresh.sort((a, b) => (a.urgency === "urgent" ? -1 : 1)).slice(0, 1).forEach(signal);
    renderQueue();
    const closed = await api("/cases?status=closed");
    const ol = $("closed");
    ol.replaceChildren(...closed.cases.slice(0, 10).map((c) => el("li", { class: "closed-item", "data-id": c.id, onclick: () => openCase(c.id) }, el("b", { text: c.ref }), " ", c.outcome || "", " · ", c.category || "")));
  }
  function renderQueue() {
    urgentWaiting = queue.filter((c) => c.urgency === "urgent" && !c.assigned_to).length;
    document.title = (urgentWaiting ? "(" + urgentWaiting + " urgent) " : queue.length ? "(" + queue.length + ") " : "") + "Helpline console";
    $("count").textContent = queue.length ? "(" + queue.length + ")" : "";
    const ol = $("queue");
    if (!queue.length) { ol.replaceChildren(el("li", { class: "muted", text: "No open cases." })); return; }
    ol.replaceChildren(...queue.map((c) =>
      el("li", { class: "case-item " + c.urgency + (c.id === currentId ? " selected" : ""), "data-id": c.id, "data-urgency": c.urgency, tabindex: 0, onclick: () => openCase(c.id), onkeydown: (e) => e.key === "Enter" && openCase(c.id) },
        el("span", { class: "badge " + c.urgency, text: c.urgency }),
        el("b", { class: "ref", text: c.ref }),
        el("span", { class: "meta", text: [c.lang, (c.origin || "?") + "→" + (c.current_country || "?"), c.channel].join(" · ") }),
        el("span", { class: "wait", "data-queued": c.queued_at, text: "waiting " + wait(c.waiting_seconds) }),
        el("span", { class: "holder", text: c.assigned_to ? "held by " + c.assigned_to.name : "unclaimed" }))));
  }
  function tick() {
    for (const w of document.querySelectorAll(".wait[data-queued]")) w.textContent = "waiting " + wait(Math.max(0, Math.floor((Date.now() - Date.parse(w.dataset.queued)) / 1000)));
  }

  async function openCase(id) {
    currentId = id;
    renderQueue();
    try {
      const { case: c } = await api("/cases/" + id);
      current = c;
      renderCase();
    } catch (e) { toast(e.message, true); }
  }
  async function refreshCase() {
    if (!currentId) return;
    const box = $("reply-text");
    const draft = box ? box.value : "";
    const noteBox = $("note-text");
    const noteDraft = noteBox ? noteBox.value : "";
    try {
      const { case: c } = await api("/cases/" + currentId);
      current = c;
      renderCase();
      if ($("reply-text")) $("reply-text").value = draft;
      if ($("note-text")) $("note-text").value = noteDraft;
      if (draft) preview();
    } catch (e) { /* the case may be gone: keep what is shown */ }
  }
  async function act(path, body, done) {
    try {
      const r = await api("/cases/" + currentId + path, { method: "POST", body: body || {} });
      if (done) toast(done);
      await Promise.all([loadQueue(), refreshCase()]);
      return r;
    } catch (e) { toast(e.message, true); }
  }
  let previewTimer = null;
  function preview() {
    const out = $("preview");
    if (!out || !current || current.channel !== "sms") return;
    clearTimeout(previewTimer);
    previewTimer = setTimeout(async () => {
      const text = $("reply-text").value;
      if (!text.trim()) { out.textContent = ""; return; }
      try {
        const p = await api("/cases/" + currentId + "/messages/preview", { method: "POST", body: { text } });
        out.textContent = "SMS: " + p.segments + " segment" + (p.segments === 1 ? "" : "s") + " (" + p.encoding + ", " + p.characters + " chars) ≈ " + p.cost.amount + " " + p.cost.currency;
      } catch (e) { out.textContent = e.message; }
    }, 200);
  }

  function renderCase() {
    const c = current;
    const mine = c.assigned_to && c.assigned_to.id === me.id;
    const free = !c.assigned_to;
    const open = c.status === "open";
    const reason = c.reason || { source: "?", indicators: [], evidence: [], red_flags: [] };
    const section = $("case");
    const actions = el("div", { class: "actions" });
    if (open && (free || !mine)) actions.append(el("button", { id: "claim", type: "button", disabled: !free, onclick: () => act("/claim", null, "Claimed") }, free ? "Claim" : "Held by " + c.assigned_to.name));
    if (open && (mine || (me.role === "admin" && c.assigned_to))) {
      actions.append(el("button", { id: "release", type: "button", onclick: () => act("/release", null, "Released") }, "Release"));
      const sel = el("select", { id: "transfer-to", "aria-label": "Transfer to" }, operators.filter((o) => o.id !== (c.assigned_to && c.assigned_to.id)).map((o) => el("option", { value: o.id, text: o.name + " (" + o.role + ")" })));
      actions.append(sel, el("button", { id: "transfer", type: "button", onclick: () => sel.value && act("/transfer", { operator_id: sel.value }, "Transferred") }, "Transfer"));
    }
    if (me.role === "admin") actions.append(el("button", { id: "reveal", type: "button", class: "secondary", onclick: async () => {
      if (!confirm("Reveal the user's number or account? This is logged.")) return;
      try { const r = await api("/cases/" + currentId + "/reveal", { method: "POST", body: {} }); $("revealed").textContent = r.channel + ": " + (r.address || "none"); } catch (e) { toast(e.message, true); }
    } }, "Reveal identifier"));

    const transcript = el("ol", { id: "transcript", class: "transcript" }, c.transcript.map((m) =>
      el("li", { class: "msg " + m.author, "data-author": m.author }, el("span", { class: "who", text: m.author === "operator" ? (m.operator || "operator") : m.author }), el("span", { class: "when", text: new Date(m.at).toLocaleTimeString() }), el("div", { class: "text", text: m.text }))));

    const reply = open && (mine || free) ? el("div", { class: "reply" },
      el("div", { class: "canned" }, "Canned (" + c.lang + "): ", c.canned.map((k) => el("button", { type: "button", class: "chip", title: k.text, onclick: () => { $("reply-text").value = k.text; preview(); $("reply-text").focus(); } }, k.id))),
      el("label", { for: "reply-text", text: "Reply to the user (" + c.channel + ", in " + c.lang + ")" }),
      el("textarea", { id: "reply-text", rows: 3, maxlength: 4000, oninput: preview }),
      el("div", { id: "preview", class: "muted" }),
      el("button", { id: "send", type: "button", onclick: async () => {
        const text = $("reply-text").value.trim();
        if (!text) return;
        const r = await act("/messages", { text }, "Sent");
        if (r) { $("reply-text").value = ""; $("preview").textContent = ""; }
      } }, free ? "Claim and send" : "Send")) : null;

    const close = open && (mine || free) ? el("div", { class: "close" },
      el("label", {}, "Outcome ", el("select", { id: "outcome" }, meta.outcomes.map((o) => el("option", { value: o, text: o.replace(/_/g, " ") })))),
      el("label", {}, "Category ", el("select", { id: "category" }, meta.categories.map((o) => el("option", { value: o, text: o.replace(/_/g, " "), selected: o === (reason.source === "free_text" ? "trafficking_case" : reason.source === "job_offer" ? "job_offer_check" : undefined) })))),
      el("button", { id: "close", type: "button", onclick: () => act("/close", { outcome: $("outcome").value, category: $("category").value }, "Closed") }, "Close case")) : null;

    const notes = el("div", { class: "notes" }, el("h3", { text: "Internal notes" }),
      el("ul", {}, c.notes.map((n) => el("li", {}, el("b", { text: n.operator + ": " }), n.text))),
      open ? el("div", {}, el("textarea", { id: "note-text", rows: 2, maxlength: 4000, "aria-label": "New note" }),
        el("button", { id: "add-note", type: "button", onclick: async () => { const text = $("note-text").value.trim(); if (text && (await act("/notes", { text }, "Note saved"))) $("note-text").value = ""; } }, "Add note")) : null);

    section.replaceChildren(
      el("div", { class: "case-head " + c.urgency },
        el("h2", {}, el("span", { class: "badge " + c.urgency, text: c.urgency }), " ", c.ref, " ", el("span", { class: "status", text: c.status === "open" ? (c.assigned_to ? "held by " + c.assigned_to.name : "unclaimed") : "closed: " + (c.outcome || "") })),
        el("p", {}, el("b", { text: c.user }), " · " + c.channel + " · language " + c.lang + " · from " + (c.origin || "?") + " · now in " + (c.current_country || "?") + (c.waiting_seconds !== null ? " · waiting " + wait(c.waiting_seconds) : "") + (c.user_reachable ? "" : " · cannot be reached on this channel")),
        el("p", { id: "revealed", class: "revealed" })),
      el("div", { class: "why" }, el("h3", { text: "Why it was raised" }),
        el("p", { text: "Source: " + reason.source.replace(/_/g, " ") + (reason.job_offer_risk ? " · job-offer risk " + reason.job_offer_risk : "") }),
        reason.indicators.length ? el("p", {}, "Indicators: ", reason.indicators.map((i) => el("span", { class: "chip static", text: i.replace(/_/g, " ") }))) : null,
        reason.evidence.length ? el("ul", { class: "evidence" }, reason.evidence.map((e) => el("li", {}, el("mark", { text: e.match }), " → " + e.indicator.replace(/_/g, " ")))) : null,
        reason.red_flags.length ? el("p", { text: "Red flags: " + reason.red_flags.join(", ").replace(/_/g, " ") }) : null),
      actions,
      el("h3", { text: "Conversation" }),
      transcript,
      reply,
      close,
      notes);
    const last = transcript.lastElementChild;
    if (last) last.scrollIntoView({ block: "nearest" });
  }

  function connect() {
    const es = new EventSource("/api/v1/stream");
    es.addEventListener("hello", () => { $("conn").textContent = "live"; $("conn").className = "conn live"; });
    const refresh = () => { loadQueue().catch(() => {}); refreshCase(); };
    es.addEventListener("case", refresh);
    es.addEventListener("changed", refresh);
    es.onerror = () => { $("conn").textContent = "reconnecting…"; $("conn").className = "conn down"; };
  }

  $("sound").addEventListener("click", () => {
    soundOn = !soundOn;
    $("sound").textContent = "Sound: " + (soundOn ? "on" : "off");
    if (soundOn) { audio = audio || new AudioContext(); audio.resume(); beep(); }
  });
  $("alert").addEventListener("click", () => { $("alert").hidden = true; });
  setInterval(tick, 1000);
  (async () => {
    try {
      meta = await api("/meta");
      operators = (await api("/operators")).operators;
      await loadQueue();
    } catch (e) { toast(e.message, true); }
    connect();
  })();
})();
`;

export const CONSOLE_CSS = `
*{box-sizing:border-box}body{margin:0;font:15px/1.4 system-ui,sans-serif;color:#1d2330;background:#f4f5f7}
header{display:flex;gap:12px;align-items:center;padding:8px 16px;background:#1d2330;color:#fff}header .who{margin-left:auto}
header button,header form{margin:0}.inline{display:inline}button{font:inherit;padding:6px 12px;border:1px solid #2557a7;background:#2557a7;color:#fff;border-radius:4px;cursor:pointer}
button.secondary,button.chip{background:#fff;color:#2557a7}button:disabled{opacity:.5;cursor:default}
.conn{font-size:12px;padding:2px 8px;border-radius:10px;background:#666}.conn.live{background:#2e7d32}.conn.down{background:#b26a00}
.alert{padding:4px 12px;border-radius:4px;font-weight:bold;cursor:pointer;animation:flash 1s steps(2) infinite}.alert.urgent{background:#c62828}.alert.high{background:#ef6c00}.alert.normal{background:#2e7d32}
@keyframes flash{50%{opacity:.55}}
.console{display:grid;grid-template-columns:340px 1fr;gap:16px;padding:16px}.queue ol{list-style:none;padding:0;margin:0}
.case-item{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;padding:8px;margin-bottom:6px;background:#fff;border-left:6px solid #999;border-radius:4px;cursor:pointer}
.case-item.urgent{border-color:#c62828}.case-item.high{border-color:#ef6c00}.case-item.normal{border-color:#2e7d32}.case-item.selected{outline:2px solid #2557a7}
.case-item .meta,.case-item .wait,.case-item .holder{grid-column:2;font-size:13px;color:#555}.closed-item{font-size:13px;padding:4px;cursor:pointer}
.badge{display:inline-block;font-size:12px;text-transform:uppercase;padding:1px 6px;border-radius:3px;color:#fff;background:#666}.badge.urgent{background:#c62828}.badge.high{background:#ef6c00}.badge.normal{background:#2e7d32}
.case{background:#fff;border-radius:6px;padding:16px;min-height:70vh}.case h2{margin:0 0 4px}.status{font-size:14px;color:#555;font-weight:normal}
.actions{display:flex;gap:8px;flex-wrap:wrap;margin:8px 0}.transcript{list-style:none;padding:0;max-height:40vh;overflow:auto;border:1px solid #ddd;border-radius:4px}
.msg{padding:6px 10px;border-bottom:1px solid #eee}.msg.user{background:#fffbe6}.msg.operator{background:#e8f0fe}.msg .who{font-weight:bold;margin-right:8px}.msg .when{font-size:12px;color:#777}.msg .text{white-space:pre-wrap}
textarea{width:100%;font:inherit;padding:6px}.reply,.close,.notes,.why{margin-top:12px}.close label{margin-right:12px}
.chip{font-size:12px;padding:2px 8px;margin:2px;border-radius:10px}.chip.static{display:inline-block;border:1px solid #2557a7;color:#2557a7}
mark{background:#ffe08a}.muted{color:#777}.revealed{font-family:monospace}.toast{position:fixed;bottom:16px;right:16px;background:#2e7d32;color:#fff;padding:8px 14px;border-radius:4px}.toast.bad{background:#c62828}
.narrow{max-width:420px;margin:10vh auto;background:#fff;padding:24px;border-radius:6px}.narrow label{display:block;margin:12px 0}.narrow input{display:block;width:100%;padding:6px;font:inherit}
.error{color:#c62828}.token{white-space:pre-wrap;word-break:break-all;background:#f4f5f7;padding:8px}
`;
