import { api, loadSession, t, el, header, lang } from "/static/common.js";

// The analyst's pages: live share and tone, progress, reliability with reconcile, double-coding
// assignment, monitors' assignments, and downloads of every report in every format.
const $ = id => document.getElementById(id);
await loadSession();
header(t("dashboard"));
for (const [id, key] of [["share-title", "share"], ["tone-title", "tone"], ["progress-title", "progress"], ["reliability-title", "reliability"],
                         ["double-title", "doubleCoding"], ["assign-title", "assignments"], ["downloads-title", "downloads"]]) $(id).textContent = t(key);
const codebook = (await api(`/api/codebook?lang=${lang}`)).data;
const outletName = Object.fromEntries(codebook.outlets.map(o => [o.id, o.name]));
const subjectName = Object.fromEntries(codebook.subjects.map(s => [s.id, s.name]));
// Tone categories by their names in the page's language, from the codebook's declared variable.
const toneName = Object.fromEntries((codebook.variables.find(v => v.id === "tone")?.categories || []).map(c => [c.id, c.name]));

// Weeks of the period, numbered from its first day as the CLI does.
const first = new Date(codebook.period[0] + "T00:00:00Z"), last = new Date(codebook.period[1] + "T00:00:00Z");
const weeks = Math.ceil(((last - first) / 86400000 + 1) / 7);
$("week").replaceChildren(el("option", { value: "" }, t("period")), ...Array.from({ length: weeks }, (_, i) => el("option", { value: i + 1 }, `${t("week")} ${i + 1}`)));
$("week").addEventListener("change", refreshFigures);

function query() { return $("week").value ? `week=${$("week").value}&lang=${lang}` : `lang=${lang}`; }

function table(header, rows) {
  return el("table", {}, el("thead", {}, el("tr", {}, header.map(h => el("th", {}, h)))),
    el("tbody", {}, rows.map(r => el("tr", {}, r.map(c => el("td", {}, c))))));
}

async function refreshFigures() {
  const share = (await api(`/api/reports/share?${query()}`)).data;
  const tables = share.tables || [share];
  $("share").replaceChildren(...tables.map(tb => table([t("outlet"), t("subject"), tb.unit, "%"],
    tb.rows.map(r => [outletName[r.outlet] || r.outlet, subjectName[r.subject] || r.subject, r.amount, r.share.toFixed(1)]))));
  const tone = (await api(`/api/reports/tone?${query()}`)).data;
  $("tone").replaceChildren(table([t("outlet"), t("subject"), t("tone"), t("amount"), "% " + t("subject")],
    tone.rows.map(r => [outletName[r.outlet] || r.outlet, subjectName[r.subject] || r.subject, toneName[r.tone] || r.tone, r.amount, r.ofSubject.toFixed(1)])));
  $("live").textContent = `${t("updated")} ${new Date().toLocaleTimeString()}`;
  $("live").dataset.updates = String(Number($("live").dataset.updates || 0) + 1);
}

async function refreshProgress() {
  const p = (await api("/api/progress")).data;
  $("progress").replaceChildren(
    table([t("monitor"), t("outlet"), t("date"), t("items"), t("codings")], p.monitors.map(r => [r.coder, outletName[r.outlet] || r.outlet, r.date, r.items, r.codings])),
    table([t("outlet"), t("date"), t("items"), t("coded")], p.outletDays.map(r => [outletName[r.outlet] || r.outlet, r.date, r.items, r.coded])));
}

async function refreshReliability() {
  const { status, data } = await api("/api/reliability");
  if (status !== 200) { $("reliability").textContent = data.error; return; }
  const vars = Object.entries(data.summary.variables);
  $("reliability").replaceChildren(table([t("variable"), t("alpha"), t("agreement")],
    vars.map(([id, v]) => [id, v.alpha == null ? "–" : Number(v.alpha).toFixed(3), v.agreement == null ? "–" : Number(v.agreement).toFixed(2)])));
  const list = data.disagreements.disagreements || [];
  $("disagreements").replaceChildren(el("h3", {}, `${t("disagreements")} (${list.length})`),
    table(["#", t("item"), t("variable"), t("subject"), "", ""], list.slice(0, 30).map(d => [d.segment, d.title || "", d.variable,
      d.subject ? (subjectName[d.subject] || d.subject) : "",
      d.values.map(v => `${v.coder}: ${v.value}`).join("; "),
      el("span", {}, d.values.map(v => el("button", { class: "reconcile", onclick: () => reconcile(d.segment, v.coder) }, `${t("reconcile")}: ${v.coder}`)))])));
}

async function reconcile(item, coder) {
  await api(`/api/items/${item}/reconcile`, { method: "POST", body: { use: coder } });
  await refreshReliability(); await refreshFigures();
}

$("double").replaceChildren(el("label", {}, t("percent") + " ", el("input", { id: "double-percent", value: "10", size: 4 })),
  el("label", {}, t("seed") + " ", el("input", { id: "double-seed", value: "1", size: 6 })), el("button", { type: "submit" }, t("assign")));
$("double").addEventListener("submit", async e => {
  e.preventDefault();
  const { status, data } = await api("/api/double-coding", { method: "POST", body: { percent: Number($("double-percent").value), seed: Number($("double-seed").value) } });
  $("double-status").textContent = status === 201 ? `${data.picked} (+${data.added} −${data.removed})` : data.error;
});

$("assign").replaceChildren(el("input", { id: "assign-user", placeholder: t("monitor") }),
  el("select", { id: "assign-outlet" }, codebook.outlets.map(o => el("option", { value: o.id }, o.name))),
  el("input", { id: "assign-from", type: "date", value: codebook.period[0] }), el("input", { id: "assign-to", type: "date", value: codebook.period[1] }),
  el("button", { type: "submit" }, t("assign")));
$("assign").addEventListener("submit", async e => {
  e.preventDefault();
  const { status, data } = await api("/api/assignments", { method: "POST", body: { user: $("assign-user").value, outlet: $("assign-outlet").value, from: $("assign-from").value, to: $("assign-to").value } });
  if (status !== 201) alert(data.error);
  await refreshAssignments();
});
async function refreshAssignments() {
  const list = (await api("/api/assignments")).data.assignments;
  $("assignments").replaceChildren(table([t("monitor"), t("outlet"), t("from"), t("to")], list.map(a => [a.user, outletName[a.outlet] || a.outlet, a.from, a.to])));
}

// Every report in every format, from the same code as `mediamon report … --format`.
$("downloads").replaceChildren(...["share", "tone", "compare", "weekly"].map(kind => el("p", {}, el("strong", {}, kind + " "),
  ...["html", "xlsx", "csv", "json", "md"].map(format => {
    const extra = kind === "compare" ? "&group=ownership" : kind === "weekly" ? "&week=1" : "";
    return el("a", { href: `/api/reports/${kind}?format=${format}&lang=${lang}${extra}`, class: "download" }, format + " ");
  }))));

// Live: a saved coding refreshes the figures within a second or two (debounced).
let pending = null;
const events = new EventSource("/api/events");
events.addEventListener("coding", () => {
  clearTimeout(pending);
  pending = setTimeout(() => { refreshFigures(); refreshProgress(); }, 300);
});
events.onopen = () => { $("live").dataset.connected = "true"; };

await Promise.all([refreshFigures(), refreshProgress(), refreshReliability(), refreshAssignments()]);
document.body.dataset.ready = "true";
