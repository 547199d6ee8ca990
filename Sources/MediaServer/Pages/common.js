import { strings } from "/static/strings.js";

// The session (user, role, CSRF token) and the page language: the user's choice, else the browser's.
export let session = null;
export let lang = "en";

export function pickLanguage(preferred) {
  const wanted = [preferred, ...(navigator.languages || [navigator.language])].filter(Boolean);
  for (const l of wanted) { const code = l.slice(0, 2).toLowerCase(); if (strings[code]) return code; }
  return "en";
}

export function t(key) { return (strings[lang] && strings[lang][key]) || strings.en[key] || key; }

export async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (session && options.method && options.method !== "GET") headers["X-CSRF-Token"] = session.csrf;
  const response = await fetch(path, { ...options, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), credentials: "same-origin" });
  if (response.status === 401 && !path.startsWith("/api/session")) { location.href = "/login"; throw new Error("signed out"); }
  const type = response.headers.get("Content-Type") || "";
  const data = type.startsWith("application/json") ? await response.json() : await response.text();
  return { status: response.status, data };
}

export async function loadSession() {
  const { status, data } = await api("/api/me");
  if (status !== 200) { location.href = "/login"; return null; }
  session = data;
  lang = pickLanguage(data.language);
  document.documentElement.lang = lang;
  return data;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// Text with its mentions highlighted: parts come from the server, cut at Unicode scalars.
export function highlighted(parts, names) {
  return parts.map(p => p.subject ? el("mark", { "data-subject": p.subject, title: names[p.subject] || p.subject }, p.text) : document.createTextNode(p.text));
}

const rank = { monitor: 0, analyst: 1, admin: 2 };

export function header(title) {
  const bar = document.getElementById("bar");
  bar.replaceChildren(
    el("strong", {}, "mediamon · " + title),
    // The pages this role may open: the coding station, the analyst's dashboard, the admin's page.
    el("nav", {}, [["/code", "queue", "monitor"], ["/dashboard", "dashboard", "analyst"], ["/admin", "admin", "admin"]]
      .filter(([, , role]) => rank[session.role] >= rank[role])
      .map(([href, key]) => el("a", { href, id: "nav-" + key }, t(key)))),
    el("span", { class: "who" }, `${session.user} (${session.role})`),
    el("select", { id: "lang", "aria-label": t("language"), onchange: async e => { await api("/api/me", { method: "PUT", body: { language: e.target.value } }); location.reload(); } },
      ["en", "ru", "kk"].map(l => el("option", { value: l, selected: l === lang }, l))),
    el("button", { id: "signout", onclick: async () => { await api("/api/session", { method: "DELETE" }); location.href = "/login"; } }, t("signOut")));
}

export function secondsText(s) {
  s = Math.max(0, Math.round(s));
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map(n => String(n).padStart(2, "0")).join(":");
}
