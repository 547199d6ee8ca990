#!/usr/bin/env python3
"""Peer of `mediamon import xmltv`: xml.etree.iterparse + sqlite3, the script an analyst would write.

    python3 scripts/bench/xmltv_sqlite.py GUIDE.xml DB.sqlite CODEBOOK.yaml

Streams the guide, maps channels to outlets by the codebook's `xmltv:` ids, skips unmapped
channels and programmes starting outside the period, converts `YYYYMMDDhhmmss ±hhmm` to UTC,
and stores the rows in one transaction into a table shaped like mediamon's (unique content key,
index on outlet and start): a duplicate is skipped. Prints `imported duplicates skipped`.
"""
import re, sqlite3, sys
from datetime import date, datetime, timedelta, timezone
from xml.etree.ElementTree import iterparse


def codebook(path):
    text = open(path, encoding="utf-8").read()
    period = re.search(r"period:\s*\{from:\s*([\d-]+),\s*to:\s*([\d-]+)\}", text)
    channels = {}
    for m in re.finditer(r"\{id:\s*([\w-]+),.*?xmltv:\s*\[([^\]]*)\]", text):
        for cid in m.group(2).split(","):
            channels[cid.strip()] = m.group(1)
    return date.fromisoformat(period.group(1)), date.fromisoformat(period.group(2)), channels


def parse_time(value):
    """`20120105180000 +0600` → (local date, UTC ISO 8601 string)."""
    local = datetime.strptime(value[:14], "%Y%m%d%H%M%S")
    offset = value[14:].strip()
    sign = -1 if offset.startswith("-") else 1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign if offset else timedelta()
    utc = (local - delta).replace(tzinfo=timezone.utc)
    return local.date(), utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    guide, db_path, codebook_path = sys.argv[1:4]
    first, last, channels = codebook(codebook_path)
    con = sqlite3.connect(db_path)
    con.execute("""CREATE TABLE IF NOT EXISTS programme (
        id INTEGER PRIMARY KEY, outletID TEXT NOT NULL, startUTC TEXT NOT NULL, endUTC TEXT NOT NULL,
        title TEXT NOT NULL, category TEXT, description TEXT, source TEXT, contentKey TEXT NOT NULL UNIQUE)""")
    con.execute("CREATE INDEX IF NOT EXISTS programme_outlet_start ON programme(outletID, startUTC)")
    imported = duplicates = skipped = 0
    insert = ("INSERT INTO programme (outletID, startUTC, endUTC, title, category, description, source, contentKey) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(contentKey) DO NOTHING")
    with con:
        cur = con.cursor()
        for _, elem in iterparse(guide, events=("end",)):
            if elem.tag != "programme":
                continue
            outlet = channels.get(elem.get("channel"))
            start_day, start = parse_time(elem.get("start"))
            if outlet is None or not (first <= start_day <= last):
                skipped += 1
                elem.clear()
                continue
            _, stop = parse_time(elem.get("stop"))
            if stop < start:
                sys.exit(f"{guide}: programme stops before it starts ({elem.get('start')})")
            title = (elem.findtext("title") or "").strip()
            cur.execute(insert, (outlet, start, stop, title, elem.findtext("category"), elem.findtext("desc"), guide,
                                 f"{outlet}|{start}|{title}"))
            if cur.rowcount > 0:
                imported += 1
            else:
                duplicates += 1
            elem.clear()
    con.close()
    print(imported, duplicates, skipped)


if __name__ == "__main__":
    main()
