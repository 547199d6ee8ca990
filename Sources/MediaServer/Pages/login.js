import { strings } from "/static/strings.js";
import { pickLanguage } from "/static/common.js";

const s = strings[pickLanguage()];
document.getElementById("user-label").textContent = s.user;
document.getElementById("password-label").textContent = s.password;
document.getElementById("sign-in").textContent = s.signIn;

document.getElementById("login").addEventListener("submit", async event => {
  event.preventDefault();
  const body = { user: document.getElementById("user").value, password: document.getElementById("password").value };
  const response = await fetch("/api/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (response.ok) {
    const me = await response.json();
    location.href = { monitor: "/code", analyst: "/dashboard", admin: "/admin" }[me.role] || "/code";
  } else {
    document.getElementById("message").textContent = response.status === 429 ? s.throttled : s.wrong;
  }
});
