/**
 * The web chat page: one self-contained document (no external assets, works offline behind a strict CSP).
 * The quick-exit button (and pressing Escape twice) wipes the chat from the screen and the browser's storage
 * and replaces this page in the history with a neutral one, as helplines do for people whose device may be
 * checked.
 */
import { translator } from "../../content/i18n";
import { LANGS } from "../../content/languages";

export const QUICK_EXIT_URL = "https://www.google.com/search?q=weather";

/** The page's own words in every language, switched when the conversation's language is known. */
function chromeTexts(): Record<string, Record<string, string>> {
  return Object.fromEntries(LANGS.map((l) => {
    const t = translator(l);
    return [l, { title: t("web.title"), exit: t("web.exit"), placeholder: t("web.placeholder"), send: t("web.send"), offline: t("web.offline") }];
  }));
}

export function chatPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Chat</title>
<style>
  :root { --bg:#f6f7f9; --me:#d9ecff; --bot:#fff; --ink:#1d2733; --muted:#5b6675; --accent:#0a5cc2; --exit:#b3261e; }
  * { box-sizing: border-box; }
  body { margin:0; font:16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background:var(--bg); color:var(--ink); display:flex; flex-direction:column; height:100vh; height:100dvh; }
  header { display:flex; align-items:center; justify-content:space-between; padding:10px 14px; background:#fff; border-bottom:1px solid #e3e6ea; }
  header h1 { font-size:17px; margin:0; font-weight:600; }
  #exit { background:var(--exit); color:#fff; border:0; border-radius:8px; padding:10px 16px; font-size:16px; font-weight:700; cursor:pointer; }
  #log { flex:1; overflow-y:auto; padding:14px; display:flex; flex-direction:column; gap:8px; }
  .msg { max-width:85%; padding:9px 12px; border-radius:12px; white-space:pre-wrap; overflow-wrap:anywhere; box-shadow:0 1px 1px rgba(0,0,0,.05); }
  .bot { background:var(--bot); align-self:flex-start; }
  .operator { background:#fff7e0; align-self:flex-start; border-left:3px solid #e0a800; }
  .me { background:var(--me); align-self:flex-end; }
  .opts { display:flex; flex-wrap:wrap; gap:6px; margin-top:8px; }
  .opts button { border:1px solid var(--accent); color:var(--accent); background:#fff; border-radius:16px; padding:6px 12px; font-size:15px; cursor:pointer; }
  .opts button:disabled { opacity:.45; cursor:default; }
  form { display:flex; gap:8px; padding:10px; background:#fff; border-top:1px solid #e3e6ea; }
  #text { flex:1; font:inherit; padding:10px 12px; border:1px solid #c9ced6; border-radius:10px; resize:none; }
  #send { background:var(--accent); color:#fff; border:0; border-radius:10px; padding:0 18px; font-size:16px; cursor:pointer; }
  #status { font-size:13px; color:var(--muted); padding:0 14px 6px; min-height:1em; }
</style>
</head>
<body>
<header><h1>Safe migration help</h1><button id="exit" type="button" title="Leave this page now and clear the chat (Esc Esc)">Exit ✕</button></header>
<main id="log" aria-live="polite"></main>
<div id="status" role="status"></div>
<form id="form" autocomplete="off"><textarea id="text" rows="1" maxlength="6000" placeholder="Write here…" aria-label="Message"></textarea><button id="send" type="submit">Send</button></form>
<script>
(function () {
  var KEY = "hl-chat";
  var EXIT = ${JSON.stringify(QUICK_EXIT_URL)};
  var CHROME = ${JSON.stringify(chromeTexts()).replace(/</g, "\\u003c")};
  var chromeLang = "en";
  function applyChrome(lang) {
    var c = CHROME[lang]; if (!c || lang === chromeLang) return;
    chromeLang = lang;
    document.documentElement.lang = lang;
    document.querySelector("header h1").textContent = c.title;
    document.getElementById("exit").textContent = c.exit + " \u2715";
    document.getElementById("text").placeholder = c.placeholder;
    document.getElementById("send").textContent = c.send;
  }
  var log = document.getElementById("log"), form = document.getElementById("form"), input = document.getElementById("text"), status = document.getElementById("status");
  function rnd() { var a = new Uint8Array(18); crypto.getRandomValues(a); return Array.from(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join(""); }
  var saved = {}; try { saved = JSON.parse(localStorage.getItem(KEY) || "{}"); } catch (e) {}
  var state = { session: saved.session || rnd(), after: saved.after || 0, seq: saved.seq || 0, history: saved.history || [] };
  function persist() { try { localStorage.setItem(KEY, JSON.stringify({ session: state.session, after: state.after, seq: state.seq, history: state.history.slice(-60) })); } catch (e) {} }
  function quickExit() {
    try { localStorage.removeItem(KEY); sessionStorage.clear(); } catch (e) {}
    document.body.innerHTML = "";
    window.location.replace(EXIT);
  }
  document.getElementById("exit").addEventListener("click", quickExit);
  var lastEsc = 0;
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { var now = Date.now(); if (now - lastEsc < 800) quickExit(); lastEsc = now; } });
  function render(m, fromHistory) {
    var div = document.createElement("div");
    div.className = "msg " + (m.author === "me" ? "me" : m.author === "operator" ? "operator" : "bot");
    div.textContent = m.text;
    if (m.options && m.options.length) {
      var opts = document.createElement("div"); opts.className = "opts";
      m.options.forEach(function (o, i) {
        var b = document.createElement("button"); b.type = "button"; b.textContent = (i + 1) + ". " + o.label; b.dataset.option = o.id;
        b.addEventListener("click", function () { disableOld(); send({ option: o.id }, o.label); });
        opts.appendChild(b);
      });
      div.appendChild(opts);
    }
    log.appendChild(div);
    if (!fromHistory) { state.history.push(m); persist(); }
    log.scrollTop = log.scrollHeight;
  }
  function disableOld() { Array.prototype.forEach.call(log.querySelectorAll(".opts button"), function (b) { b.disabled = true; }); }
  function receive(list) {
    list.forEach(function (m) { if (m.lang) applyChrome(m.lang); if (m.id > state.after) { if (m.options && m.options.length) disableOld(); render(m); state.after = m.id; } });
    persist();
  }
  var busy = false;
  function send(body, shown) {
    render({ author: "me", text: shown });
    state.seq += 1;
    body.session = state.session; body.id = "m" + state.seq; body.after = state.after;
    busy = true; status.textContent = "…";
    fetch("/chat/api/messages", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); })
      .then(function (res) { status.textContent = res.ok ? "" : (res.j.error || "Error"); if (res.ok) receive(res.j.messages); })
      .catch(function () { status.textContent = CHROME[chromeLang].offline; })
      .finally(function () { busy = false; });
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value; if (!text.trim()) { input.focus(); return; }
    input.value = ""; send({ text: text }, text);
  });
  input.addEventListener("keydown", function (e) { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); } });
  function poll() {
    if (busy) return;
    fetch("/chat/api/messages?session=" + encodeURIComponent(state.session) + "&after=" + state.after)
      .then(function (r) { return r.ok ? r.json() : { messages: [] }; })
      .then(function (j) { receive(j.messages || []); })
      .catch(function () {});
  }
  state.history.forEach(function (m) { if (m.lang) applyChrome(m.lang); render(m, true); });
  if (state.history.length === 0) send({ text: "/start" }, "👋");
  setInterval(poll, 3000);
})();
</script>
</body>
</html>`;
}
