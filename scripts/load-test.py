#!/usr/bin/env python3
"""Bounded loopback load test of `mediamon serve` (run by scripts/load-test.sh).

50 monitors save codings as fast as the server answers and 5 analysts poll the dashboard (share
report + progress) for DURATION seconds, while one more client requests a static file for the
latency of a request that touches no database. Then every save the server confirmed (201) is
looked for in the database: lost = confirmed but not stored, duplicated = stored more than once
or stored without a confirmation. Prints JSON.

usage: load-test.py URL DB PASSWORD_FILE DURATION
"""
import http.client
import json
import sqlite3
import sys
import threading
import time
from urllib.parse import urlparse

URL, DB, PASSWORDS, DURATION = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
host, port = urlparse(URL).hostname, urlparse(URL).port
accounts = dict(line.split() for line in open(PASSWORDS) if line.strip())


class Client:
    def __init__(self, user):
        self.connection = http.client.HTTPConnection(host, port, timeout=60)
        body = json.dumps({"user": user, "password": accounts[user]})
        status, data, headers = self.request("POST", "/api/session", body, {"Content-Type": "application/json"})
        assert status == 200, (user, status, data)
        self.cookie = headers["Set-Cookie"].split(";")[0]
        self.csrf = json.loads(data)["csrf"]

    def request(self, method, path, body=None, headers=None):
        self.connection.request(method, path, body=body, headers=headers or {})
        response = self.connection.getresponse()
        return response.status, response.read(), response.headers

    def timed(self, method, path, body=None, write=False):
        headers = {"Cookie": self.cookie}
        if write:
            headers.update({"Content-Type": "application/json", "X-CSRF-Token": self.csrf})
        began = time.perf_counter()
        status, data, _ = self.request(method, path, body, headers)
        return status, data, time.perf_counter() - began


results = {"saves": [], "polls": [], "static": [], "statuses": {}, "confirmed": [], "errors": 0}
lock = threading.Lock()
stop_at = None


def record(kind, status, seconds):
    with lock:
        results[kind].append(seconds)
        results["statuses"][str(status)] = results["statuses"].get(str(status), 0) + 1
        if status >= 500:
            results["errors"] += 1


def monitor(client, user, work):
    index = 0
    while time.time() < stop_at and index < len(work):
        item, subject = work[index]
        index += 1
        body = json.dumps({"subject": subject, "amount": 1, "values": {"tone": "neutral"}})
        status, data, seconds = client.timed("POST", f"/api/items/{item}/codings", body, write=True)
        record("saves", status, seconds)
        if status == 201:
            with lock:
                results["confirmed"].append((item, subject, user))


def analyst(client):
    while time.time() < stop_at:
        for path in ["/api/reports/share?outlet=khabar", "/api/progress"]:
            status, _, seconds = client.timed("GET", path)
            record("polls", status, seconds)


def static(client):
    while time.time() < stop_at:
        status, _, seconds = client.timed("GET", "/static/app.css")
        record("static", status, seconds)


def percentile(values, p):
    values = sorted(values)
    return round(values[min(len(values) - 1, int(len(values) * p))] * 1000, 2) if values else None


def main():
    global stop_at
    db = sqlite3.connect(DB)
    subjects = [row[0] for row in db.execute("SELECT id FROM subject ORDER BY id")]
    monitors = sorted(u for u in accounts if u.startswith("monitor"))
    analysts = sorted(u for u in accounts if u.startswith("analyst"))
    outlets = {row[0]: row[1] for row in db.execute("SELECT account, outletID FROM assignment")}
    items = {}
    for outlet in set(outlets.values()):
        items[outlet] = [row[0] for row in db.execute("SELECT id FROM segment WHERE outletID = ? AND extent >= ? ORDER BY id", (outlet, len(subjects)))]
    # Each monitor's own (item, subject) pairs: every confirmed save is a new coding.
    work = {}
    for n, user in enumerate(monitors):
        outlet_items = items[outlets[user]]
        rotated = outlet_items[n % len(outlet_items):] + outlet_items[:n % len(outlet_items)]
        work[user] = [(item, subject) for item in rotated for subject in subjects]
    before = db.execute("SELECT COUNT(*) FROM coding WHERE coder LIKE 'monitor%'").fetchone()[0]
    db.close()

    clients = {user: Client(user) for user in monitors + analysts}
    static_client = Client(analysts[0])
    stop_at = time.time() + DURATION
    threads = [threading.Thread(target=monitor, args=(clients[u], u, work[u])) for u in monitors]
    threads += [threading.Thread(target=analyst, args=(clients[u],)) for u in analysts]
    threads.append(threading.Thread(target=static, args=(static_client,)))
    began = time.time()
    for t in threads: t.start()
    for t in threads: t.join()
    elapsed = time.time() - began

    db = sqlite3.connect(DB)
    stored = db.execute("SELECT segmentID, subjectID, coder, COUNT(*) FROM coding WHERE coder LIKE 'monitor%' GROUP BY 1, 2, 3").fetchall()
    stored_keys = {(s, subj, c) for s, subj, c, _ in stored}
    confirmed = set(results["confirmed"])
    report = {
        "seconds": round(elapsed, 1),
        "monitors": len(monitors), "analysts": len(analysts),
        "saves": len(results["saves"]), "confirmed": len(results["confirmed"]),
        "savesPerSecond": round(len(results["saves"]) / elapsed, 1),
        "storedBefore": before, "storedAfter": len(stored),
        "lost": len(confirmed - stored_keys),
        "duplicated": sum(n - 1 for *_, n in stored if n > 1) + len(stored_keys - confirmed) + (len(results["confirmed"]) - len(confirmed)),
        "serverErrors": results["errors"], "statuses": results["statuses"],
        "saveMs": {"p50": percentile(results["saves"], 0.5), "p99": percentile(results["saves"], 0.99)},
        "pollMs": {"p50": percentile(results["polls"], 0.5), "p99": percentile(results["polls"], 0.99), "count": len(results["polls"])},
        "staticMs": {"p50": percentile(results["static"], 0.5), "p99": percentile(results["static"], 0.99), "count": len(results["static"])},
    }
    print(json.dumps(report, indent=2))
    return 0 if report["lost"] == 0 and report["duplicated"] == 0 and report["serverErrors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
