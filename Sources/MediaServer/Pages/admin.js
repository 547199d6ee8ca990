import { api, loadSession, session, t, el, header } from "/static/common.js";

// The admin's page: accounts (list, add, set a password, remove) and the codebook amend —
// check what an amended codebook would add, or every reason it is refused, then apply it.
// Plain form controls throughout, so Tab, Space and Enter reach everything.
const $ = id => document.getElementById(id);
await loadSession();
header(t("admin"));
for (const [id, key] of [["users-title", "users"], ["name-label", "name"], ["role-label", "role"], ["password-label", "password"],
                         ["add", "addUser"], ["codebook-title", "codebook"], ["amend-help", "amendHelp"], ["upload-label", "upload"],
                         ["check", "check"], ["apply", "apply"]]) $(id).textContent = t(key);
$("codebook-yaml").setAttribute("aria-label", t("codebook"));

function say(id, text, ok) { $(id).textContent = text; $(id).className = ok ? "ok" : "error"; }

async function loadUsers() {
  const { data } = await api("/api/users");
  $("users").replaceChildren(
    el("thead", {}, el("tr", {}, [t("name"), t("role"), t("created"), t("newPassword"), ""].map(h => el("th", {}, h)))),
    el("tbody", {}, data.users.map(u => el("tr", { "data-user": u.name },
      el("td", {}, u.name), el("td", {}, u.role), el("td", {}, u.createdAt.slice(0, 10)),
      el("td", {}, el("form", { onsubmit: e => { e.preventDefault(); setPassword(u.name, e.target.elements[0]); } },
        el("input", { type: "password", autocomplete: "new-password", minlength: 10, required: true, "aria-label": `${t("newPassword")}: ${u.name}` }),
        " ", el("button", { type: "submit" }, t("resetPassword")))),
      el("td", {}, u.name === session.user ? "" : el("button", { type: "button", "data-remove": u.name, onclick: () => removeUser(u.name) }, t("remove")))))));
}

async function setPassword(name, input) {
  const { status, data } = await api(`/api/users/${encodeURIComponent(name)}/password`, { method: "PUT", body: { password: input.value } });
  if (status === 200) { input.value = ""; say("users-status", `${name}: ${t("passwordSet")}`, true); } else say("users-status", data.error, false);
}

async function removeUser(name) {
  if (!confirm(`${t("remove")}: ${name}?`)) return;
  const { status, data } = await api(`/api/users/${encodeURIComponent(name)}`, { method: "DELETE" });
  if (status === 200) { say("users-status", `${name}: ${t("userRemoved")}`, true); await loadUsers(); } else say("users-status", data.error, false);
}

$("add-user").addEventListener("submit", async e => {
  e.preventDefault();
  const body = { name: $("new-name").value.trim(), role: $("new-role").value, password: $("new-password").value };
  const { status, data } = await api("/api/users", { method: "POST", body });
  if (status === 201) { $("new-name").value = ""; $("new-password").value = ""; say("users-status", `${body.name}: ${t("userAdded")}`, true); await loadUsers(); }
  else say("users-status", data.error, false);
});

// The codebook: a file read into the text area, or text pasted there. Apply is offered only for
// the text that was last checked and found acceptable.
let checked = null, source = null;
$("codebook-file").addEventListener("change", async e => {
  const file = e.target.files[0];
  if (!file) return;
  $("codebook-yaml").value = await file.text();
  source = file.name;
  await check();
});
$("codebook-yaml").addEventListener("input", () => { source = null; checked = null; $("apply").disabled = true; });

function summary(data) {
  if (data.nothingNew) return [el("p", {}, t("nothingNew"))];
  const rows = [["subjects", data.subjects], ["outlets", data.outlets], ["genres", data.genres], ["variables", data.variables], ["categories", data.categories]]
    .filter(([, list]) => list.length).map(([key, list]) => el("li", { "data-added": key }, `${t(key)}: ${list.join(", ")}`));
  if (data.aliases) rows.push(el("li", { "data-added": "aliases" }, `${t("aliases")}: ${data.aliases}`));
  return [el("ul", {}, rows)];
}

async function send(route) {
  return api(route, { method: "POST", body: { yaml: $("codebook-yaml").value, source: source || undefined } });
}

async function check() {
  const text = $("codebook-yaml").value;
  const { status, data } = await send("/api/codebook/check");
  if (status === 200) {
    checked = text;
    $("apply").disabled = data.nothingNew;
    $("amend-result").replaceChildren(el("h3", { class: "ok" }, t("wouldAdd")), ...summary(data));
  } else refused(status, data);
}

async function apply() {
  if (checked === null || checked !== $("codebook-yaml").value) return;
  const { status, data } = await send("/api/codebook/amend");
  if (status === 200) {
    checked = null; $("apply").disabled = true;
    $("amend-result").replaceChildren(el("h3", { class: "ok", id: "applied" }, t("added")), ...summary(data));
  } else refused(status, data);
}

function refused(status, data) {
  checked = null; $("apply").disabled = true;
  const problems = data.problems || [{ message: data.error || String(status) }];
  $("amend-result").replaceChildren(el("h3", { class: "error", id: "refused" }, t("refused")),
    el("ul", {}, problems.map(p => el("li", { class: "error" }, [p.line, p.field, p.message].filter(Boolean).join(": ")))));
}

$("check").addEventListener("click", check);
$("apply").addEventListener("click", apply);
await loadUsers();
document.body.dataset.ready = "true";
