import { api, loadSession, session, t, el, highlighted, header, secondsText, lang } from "/static/common.js";

// The coding station: queue, recording, transcript, text, and a form generated from the
// codebook's declared variables. Keyboard first; every key is listed under the form.
const $ = id => document.getElementById(id);
const state = { codebook: null, names: {}, entries: [], index: -1, detail: null, entryKind: null,
                itemValues: {}, codingValues: {}, activeVar: 0, marks: { start: null, end: null }, spans: [], spanIn: null, base: null };

await loadSession();
header(t("queue"));
document.querySelector('label:has(#subject)').firstChild.textContent = t("subject") + " ";
document.querySelector('label:has(#amount)').firstChild.textContent = t("amount") + " ";
$("save").textContent = t("save");
$("mine-title").textContent = t("yourCodings");
$("suggest-title").textContent = t("suggestions");
$("help").textContent = t("keys") + ": " + t("helpKeys");

// The form is the codebook's: loaded here, and again when an item shows that an admin amended it.
let itemVars = [], codingVars = [], allVars = [];
async function loadCodebook() {
  state.codebook = (await api(`/api/codebook?lang=${lang}`)).data;
  for (const s of state.codebook.subjects) state.names[s.id] = s.name;
  $("subjects").replaceChildren(...state.codebook.subjects.map(s => el("option", { value: s.id }, s.name)));
  itemVars = state.codebook.variables.filter(v => v.of === "item");
  codingVars = state.codebook.variables.filter(v => v.of === "coding");
  allVars = [...codingVars, ...itemVars];
  state.activeVar = Math.min(state.activeVar, allVars.length - 1);
}
await loadCodebook();

// Outlets: a monitor's assignments; an analyst's every outlet.
const assignments = (await api("/api/assignments")).data.assignments;
const outlets = session.role === "monitor" ? [...new Set(assignments.map(a => a.outlet))] : state.codebook.outlets.map(o => o.id);
$("outlet").replaceChildren(...outlets.map(id => el("option", { value: id }, state.codebook.outlets.find(o => o.id === id)?.name || id)));
const params = new URLSearchParams(location.search);
if (params.get("outlet")) $("outlet").value = params.get("outlet");
$("date").value = params.get("date") || assignments.find(a => a.outlet === $("outlet").value)?.from || state.codebook.period[0];
$("outlet").addEventListener("change", loadQueue);
$("date").addEventListener("change", loadQueue);

function buildVariables() {
  const make = (v, index) => {
    const active = index === state.activeVar;
    const values = v.of === "item" ? state.itemValues : state.codingValues;
    if (v.level === "interval") {
      return el("label", { class: "var" + (active ? " active" : ""), "data-var": v.id }, v.name + " ",
        el("input", { id: "var-" + v.id, inputmode: "decimal", value: values[v.id] ?? "", oninput: e => { values[v.id] = e.target.value; validate(); } }));
    }
    return el("fieldset", { class: "var" + (active ? " active" : ""), "data-var": v.id }, el("legend", {}, v.name + (v.required ? " *" : "")),
      v.categories.map(c => el("label", {}, el("input", { type: "radio", name: "var-" + v.id, value: c.id, checked: values[v.id] === c.id,
        onchange: () => { values[v.id] = c.id; validate(); } }), c.key ? `[${c.key}] ${c.name}` : c.name)));
  };
  $("coding-vars").replaceChildren(...codingVars.map(v => make(v, allVars.indexOf(v))));
  $("item-vars").replaceChildren(...itemVars.map(v => make(v, allVars.indexOf(v))));
}

// Validation as you type: the same rules the server applies, so most mistakes never reach it.
function validate() {
  const problems = [];
  const subject = $("subject").value.trim();
  if (subject && !state.names[subject]) problems.push(`${t("subject")}: ?`);
  const amount = Number($("amount").value);
  if ($("amount").value && !(amount > 0)) problems.push(`${t("amount")} > 0`);
  if (state.detail && amount > state.detail.extent) problems.push(`${t("amount")} ≤ ${state.detail.extent}`);
  for (const v of allVars) {
    const values = v.of === "item" ? state.itemValues : state.codingValues;
    const value = values[v.id];
    if (v.level === "interval" && value !== undefined && value !== "" && !(Number(value) >= 0)) problems.push(`${v.name} ≥ 0`);
    if (v.id === "direct" && value && Number(value) > amount) problems.push(`${v.name} ≤ ${t("amount")}`);
    if (v.of === "coding" && v.required && v.defaultValue == null && (value === undefined || value === "") && $("subject").value.trim()) problems.push(`${v.name}: ?`);
  }
  $("status").textContent = problems.join(" · ");
  $("status").className = problems.length ? "error" : "";
  return problems.length === 0;
}
$("subject").addEventListener("input", validate);
$("amount").addEventListener("input", validate);

async function loadQueue() {
  const { status, data } = await api(`/api/queue?outlet=${$("outlet").value}&date=${$("date").value}`);
  if (status !== 200) { $("queue").replaceChildren(el("li", {}, data.error || t("nothing"))); state.entries = []; return; }
  state.entries = data.entries;
  $("progress").textContent = `${data.coded} ${t("coded")} / ${data.left} ${t("left")}`;
  $("queue").replaceChildren(...data.entries.map((e, i) => el("li", { class: [e.kind, e.coded ? "coded" : "", e.inWindow ? "" : "outside", i === state.index ? "current" : ""].join(" "),
    "data-id": e.id, "data-kind": e.kind, onclick: () => open(i) }, `${e.start || ""} ${e.kind === "programme" ? "▸ " : ""}${e.title}`)));
  if (state.index < 0 && data.entries.length) await open(Math.max(0, data.entries.findIndex(e => e.kind === "item" && !e.coded)));
}

async function open(index) {
  if (index < 0 || index >= state.entries.length) return;
  state.index = index;
  const entry = state.entries[index];
  state.entryKind = entry.kind;
  [...$("queue").children].forEach((li, i) => li.classList.toggle("current", i === index));
  const { data } = await api(entry.kind === "item" ? `/api/items/${entry.id}` : `/api/programmes/${entry.id}`);
  if (data.codebookGeneration && data.codebookGeneration !== state.codebook.generation) await loadCodebook();
  state.detail = data;
  state.itemValues = {};
  if (data.genre) state.itemValues.genre = data.genre;
  Object.assign(state.itemValues, data.itemValues || {});
  state.codingValues = {};
  state.spans = []; state.spanIn = null; state.marks = { start: null, end: null };
  $("subject").value = ""; $("amount").value = "";
  $("stale").hidden = true;
  $("title").replaceChildren(...highlighted(data.titleParts || [{ text: entry.title }], state.names));
  // The recording, at the item's start.
  const player = $("player");
  state.base = entry.start ? toSeconds(entry.start) : null;
  if (data.recording) {
    if (!player.src.endsWith(data.recording.url)) player.src = data.recording.url;
    player.hidden = false;
    const seek = () => { player.currentTime = data.recording.offset; };
    if (player.readyState >= 1) seek(); else player.addEventListener("loadedmetadata", seek, { once: true });
    state.recordingStart = state.base - data.recording.offset;
    $("player-info").textContent = data.recording.url;
  } else {
    player.removeAttribute("src"); player.hidden = true;
    $("player-info").textContent = t("noRecording");
  }
  $("cues").replaceChildren(...(data.cues || []).map(c => el("p", { class: "cue", "data-start": c.start, "data-end": c.end,
    onclick: () => { if (data.recording) player.currentTime = data.recording.offset + c.start; } },
    el("time", {}, secondsText((state.base || 0) + c.start)), " ", ...highlighted(c.parts, state.names))));
  $("text").replaceChildren(...highlighted(data.textParts || [], state.names));
  $("suggest").replaceChildren(...(data.suggestions || []).map(s => el("li", { onclick: () => suggest(s) }, `${state.names[s.subject] || s.subject}${s.amount ? " · " + s.amount + " s" : ""}`)));
  if (data.suggestions && data.suggestions.length) suggest(data.suggestions[0]);
  showMine();
  showMarks();
  buildVariables();
  validate();
}

function toSeconds(text) { const [h, m, s] = text.split(":").map(Number); return h * 3600 + m * 60 + (s || 0); }

function suggest(s) { $("subject").value = s.subject; if (s.amount) $("amount").value = s.amount; validate(); }

function showMine() {
  const d = state.detail;
  $("mine").replaceChildren(...(d.codings || []).map(c => el("tr", { "data-subject": c.subject },
    el("td", {}, state.names[c.subject] || c.subject), el("td", {}, c.amount),
    el("td", {}, Object.entries(c.values).map(([k, v]) => `${k}: ${v}`).join(", ")),
    el("td", {}, el("button", { onclick: () => edit(c) }, "✎"), el("button", { onclick: () => remove(c.subject) }, t("remove"))))));
}

function edit(c) {
  $("subject").value = c.subject; $("amount").value = c.amount;
  state.codingValues = { ...c.values };
  buildVariables(); validate();
}

async function save() {
  if (!validate() || !state.detail || state.entryKind !== "item") return;
  const values = {};
  for (const v of allVars) {
    const value = (v.of === "item" ? state.itemValues : state.codingValues)[v.id];
    if (value === undefined || value === "") continue;
    values[v.id] = v.level === "interval" ? Number(value) : value;
  }
  const body = { subject: $("subject").value.trim(), amount: Number($("amount").value), values, version: state.detail.version };
  const { status, data } = await api(`/api/items/${state.detail.item.id}/codings`, { method: "POST", body });
  if (status === 201) {
    state.detail.version = data.version;
    state.detail.codings = state.detail.codings.filter(c => c.subject !== data.coding.subject).concat([data.coding]);
    $("status").textContent = t("saved"); $("status").className = "ok";
    $("subject").value = ""; $("amount").value = ""; state.codingValues = {}; state.spans = [];
    showMine(); buildVariables(); showMarks();
    const li = $("queue").children[state.index]; if (li) li.classList.add("coded");
    $("subject").focus();
  } else if (status === 409) {
    // Refused, not merged: show what is stored now and let the coder decide.
    $("stale").hidden = false;
    $("stale").replaceChildren(el("p", { class: "error" }, t("stale")),
      el("ul", {}, data.codings.map(c => el("li", {}, `${state.names[c.subject] || c.subject}: ${c.amount}, ${Object.entries(c.values).map(([k, v]) => `${k} ${v}`).join(", ")}`))),
      el("button", { onclick: () => open(state.index) }, t("reload")));
  } else {
    $("status").textContent = data.error || String(status); $("status").className = "error";
  }
}

async function remove(subject) {
  const { status, data } = await api(`/api/items/${state.detail.item.id}/codings/${encodeURIComponent(subject)}`, { method: "DELETE" });
  if (status === 200) { state.detail.version = data.version; state.detail.codings = state.detail.codings.filter(c => c.subject !== subject); showMine(); }
  else { $("status").textContent = data.error; $("status").className = "error"; }
}

$("form").addEventListener("submit", e => { e.preventDefault(); save(); });

// The playhead as local time of day, when the recording's start is known.
function playheadClock() { return state.recordingStart == null ? null : state.recordingStart + $("player").currentTime; }

function showMarks() {
  const total = state.spans.reduce((a, s) => a + (s[1] - s[0]), 0);
  // An item's marks are its own start and end, which [ and ] move; a programme's mark a new cut.
  const item = state.entryKind === "item" && state.detail?.item;
  const shown = edge => item ? (item[edge] || "–") : (state.marks[edge] == null ? "–" : secondsText(state.marks[edge]));
  $("marks").replaceChildren(
    ...(item ? [el("span", {}, t("itemTimes") + " ")] : []),
    el("span", { id: "mark-start" }, "[ " + shown("start")),
    el("span", { id: "mark-end" }, " ] " + shown("end")),
    el("span", { id: "spans" }, ` · ${t("spans")}: ${state.spans.map(s => `${s[0].toFixed(1)}–${s[1].toFixed(1)}`).join(", ")}${state.spans.length ? " = " + total.toFixed(1) + " s" : ""}${state.spanIn != null ? " · " + t("markIn") + " " + state.spanIn.toFixed(1) : ""}`),
    ...(state.entryKind === "programme" ? [el("button", { id: "cut", onclick: cut }, t("newItem"))] : []));
}

async function cut() {
  if (state.marks.start == null || state.marks.end == null) return;
  const entry = state.entries[state.index];
  const { status, data } = await api(`/api/programmes/${entry.id}/items`, { method: "POST", body: { start: secondsText(state.marks.start), end: secondsText(state.marks.end), title: "" } });
  if (status === 201) { state.index = -1; await loadQueue(); const i = state.entries.findIndex(e => e.kind === "item" && e.id === data.id); if (i >= 0) await open(i); }
  else { $("status").textContent = data.error; $("status").className = "error"; }
}

// [ and ] on an item move its start or end to the playhead: a versioned write, refused (409)
// when someone moved the item since it was opened, and (422) when the new times break a rule.
async function moveEdge(edge) {
  const d = state.detail, at = playheadClock();
  if (!d || !d.item || at == null || !d.timesVersion) return;
  const times = { start: d.item.start, end: d.item.end, [edge]: secondsText(((at % 86400) + 86400) % 86400) };
  const { status, data } = await api(`/api/items/${d.item.id}/times`, { method: "PUT", body: { ...times, version: d.timesVersion } });
  if (status === 200) {
    d.item = data.item; d.timesVersion = data.version;
    d.extent = ((toSeconds(data.item.end) - toSeconds(data.item.start)) % 86400 + 86400) % 86400;
    const entry = state.entries[state.index];
    Object.assign(entry, { start: data.item.start, end: data.item.end });
    const li = $("queue").children[state.index];
    if (li) li.textContent = `${entry.start} ${entry.title}`;
    showMarks(); validate();
    $("status").textContent = `${t("moved")}: ${data.item.start}–${data.item.end}`; $("status").className = "ok";
  } else if (status === 409) {
    $("stale").hidden = false;
    $("stale").replaceChildren(el("p", { class: "error" }, `${t("movedStale")} ${data.item.start}–${data.item.end}`),
      el("button", { onclick: () => open(state.index) }, t("reload")));
  } else {
    $("status").textContent = data.error || String(status); $("status").className = "error";
  }
}

// Cues follow the player.
$("player").addEventListener("timeupdate", () => {
  if (!state.detail || !state.detail.recording) return;
  const at = $("player").currentTime - state.detail.recording.offset;
  for (const p of $("cues").children) {
    const on = at >= Number(p.dataset.start) && at < Number(p.dataset.end);
    if (on && !p.classList.contains("now")) p.scrollIntoView({ block: "nearest" });
    p.classList.toggle("now", on);
  }
});

document.addEventListener("keydown", async e => {
  const typing = e.target.matches("input:not([type=radio]), textarea, select");
  const player = $("player");
  if (e.key === "Escape") { e.target.blur(); return; }
  if (typing) {
    if (e.key === "Enter") { e.preventDefault(); e.target.blur(); await save(); }
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  // The active variable's category keys come first: they are the codebook's.
  const active = allVars[state.activeVar];
  const category = active && active.categories.find(c => c.key === e.key);
  if (category) { (active.of === "item" ? state.itemValues : state.codingValues)[active.id] = category.id; buildVariables(); validate(); e.preventDefault(); return; }
  const handled = {
    " ": () => player.paused ? player.play() : player.pause(),
    ",": () => { player.currentTime = Math.max(0, player.currentTime - 5); },
    ".": () => { player.currentTime = player.currentTime + 5; },
    "<": () => { player.playbackRate = Math.max(0.25, player.playbackRate - 0.25); },
    ">": () => { player.playbackRate = Math.min(3, player.playbackRate + 0.25); },
    "[": () => state.entryKind === "item" ? moveEdge("start") : (state.marks.start = playheadClock(), showMarks()),
    "]": () => state.entryKind === "item" ? moveEdge("end") : (state.marks.end = playheadClock(), showMarks()),
    "i": () => cut(),
    "{": () => { state.spanIn = player.currentTime; showMarks(); },
    "}": () => {
      if (state.spanIn == null || player.currentTime <= state.spanIn) return;
      state.spans.push([state.spanIn, player.currentTime]); state.spanIn = null;
      $("amount").value = state.spans.reduce((a, s) => a + (s[1] - s[0]), 0).toFixed(1); showMarks(); validate();
    },
    "n": () => open(state.index + 1),
    "p": () => open(state.index - 1),
    "N": () => open(state.entries.findIndex((x, i) => i > state.index && x.kind === "item" && !x.coded)),
    "s": () => { $("subject").focus(); $("subject").select(); },
    "a": () => { $("amount").focus(); $("amount").select(); },
    "Tab": () => { state.activeVar = (state.activeVar + (e.shiftKey ? allVars.length - 1 : 1)) % allVars.length; buildVariables();
                   const v = allVars[state.activeVar]; if (v.level === "interval") $("var-" + v.id).focus(); },
    "Enter": () => save(),
    "x": () => { const subject = $("subject").value.trim() || state.detail?.codings?.at(-1)?.subject; if (subject) remove(subject); },
  }[e.key];
  if (handled) { e.preventDefault(); await handled(); }
});

buildVariables();
await loadQueue();
