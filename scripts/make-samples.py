#!/usr/bin/env python3
"""Constructs the demonstration mission's coding sheets (Samples/data/codings/).

The figures are NOT real monitoring data: amounts are chosen so that mediamon's reports reproduce
the aggregates published in the OSCE/ODIHR final report on Kazakhstan's early Majilis elections of
15 January 2012 (DESIGN.md §3). Deterministic: the same seed gives the same files.

    python3 scripts/make-samples.py          # rewrites Samples/data/codings/
"""
import csv
import datetime as dt
import os
import random

SEED = 2012
OUT = os.path.join(os.path.dirname(__file__), "..", "Samples", "data", "codings")
PERIOD_FIRST = dt.date(2011, 12, 16)
PERIOD_LAST = dt.date(2012, 1, 13)
LATE_FROM = dt.date(2012, 1, 7)  # "OSDP: 14% negative from 7 January"
PARTIES = ["nur-otan", "ak-zhol", "knpk", "osdp", "auyl", "patriots", "adilet", "rukhaniyat"]

# Share targets per outlet (percent of contestant coverage), total contestant amount, and
# institution amounts. TV in seconds, print in cm².
TV = {
    # Kazakhstan TV: Nur Otan 24%, five others 11–14%; 46% with officials attributed.
    "kazakhstan-tv": dict(total=27000, share={"nur-otan": 24, "adilet": 12, "ak-zhol": 13, "auyl": 11, "knpk": 12, "patriots": 14, "osdp": 8, "rukhaniyat": 6},
                          inst={"president": 5000, "government": 4000, "akims": 2000, "cec": 1500}, coder="aigerim"),
    # Khabar: Nur Otan 21%, the others 12–15%; 45% with officials attributed.
    "khabar": dict(total=27500, share={"nur-otan": 21, "ak-zhol": 13, "knpk": 12, "osdp": 12, "auyl": 13, "patriots": 14, "adilet": 12, "rukhaniyat": 3},
                   inst={"president": 5500, "government": 4500, "akims": 2000, "cec": 1200}, coder="aigerim"),
    "astana-tv": dict(total=20000, share={"nur-otan": 80, "ak-zhol": 4, "knpk": 3, "osdp": 2, "auyl": 3, "patriots": 3, "adilet": 3, "rukhaniyat": 2},
                      inst={"president": 3000, "government": 2000, "cec": 800}, coder="aigerim"),
    "channel-7": dict(total=18000, share={"nur-otan": 51, "ak-zhol": 8, "knpk": 7, "osdp": 7, "auyl": 7, "patriots": 8, "adilet": 7, "rukhaniyat": 5},
                      inst={"president": 2000, "akims": 1000}, coder="yerlan"),
    "channel-31": dict(total=17500, share={"nur-otan": 16, "ak-zhol": 14, "knpk": 12, "osdp": 13, "auyl": 12, "patriots": 12, "adilet": 11, "rukhaniyat": 10},
                       inst={"president": 1500, "cec": 700}, coder="yerlan"),
    "ktk": dict(total=16000, share={"nur-otan": 15, "ak-zhol": 13, "knpk": 13, "osdp": 14, "auyl": 12, "patriots": 12, "adilet": 11, "rukhaniyat": 10},
                inst={"president": 1400, "government": 600}, coder="yerlan"),
}
# Negative share of Nur Otan's coverage per TV channel: almost absent, at most 2% (31 Kanal).
TV_NUR_OTAN_NEGATIVE = {"channel-31": 0.02, "ktk": 0.01}
TV_NUR_OTAN_POSITIVE = {"kazakhstan-tv": 0.35, "khabar": 0.35, "astana-tv": 0.45, "channel-7": 0.30, "channel-31": 0.15, "ktk": 0.15}

# Print: shares and tone (amount in cm² per tone: positive, neutral, negative).
PRINT = {
    # Nur Otan 67%; Nur Otan 86% negative, 14% neutral; OSDP 76% neutral, 12% positive, 12% negative; others neutral.
    "golos-respubliki": dict(coder="olga", tones={
        "nur-otan": (0, 1876, 11524), "osdp": (360, 2280, 360), "ak-zhol": (0, 1200, 0), "knpk": (0, 800, 0),
        "auyl": (0, 600, 0), "patriots": (0, 600, 0), "adilet": (0, 400, 0)},
        inst={"president": 900, "cec": 500}),
    # Nur Otan 39%, 88% positive; OSDP 8% and Patriots 9% negative.
    "kazakhstanskaya-pravda": dict(coder="olga", tones={
        "nur-otan": (10296, 1404, 0), "ak-zhol": (300, 2700, 0), "knpk": (0, 2700, 0), "osdp": (0, 2484, 216),
        "auyl": (270, 2430, 0), "patriots": (0, 2457, 243), "adilet": (0, 2400, 0), "rukhaniyat": (0, 2100, 0)},
        inst={"president": 4000, "government": 3000, "akims": 1500, "cec": 1000}),
    # Nur Otan 67%; Nur Otan received 40% of the negative coverage.
    "panorama": dict(coder="olga", tones={
        "nur-otan": (1500, 7750, 800), "ak-zhol": (0, 800, 400), "osdp": (0, 700, 500), "knpk": (0, 450, 300),
        "auyl": (0, 600, 0), "patriots": (0, 600, 0), "adilet": (0, 600, 0)},
        inst={"president": 1200, "government": 800}),
    # Nur Otan 63%, 80% of it negative; Adilet 74% and OSDP 65% positive.
    "vzglyad": dict(coder="nurlan", tones={
        "nur-otan": (0, 1512, 6048), "osdp": (1170, 630, 0), "adilet": (888, 312, 0), "ak-zhol": (0, 600, 0),
        "knpk": (0, 480, 0), "auyl": (0, 360, 0)},
        inst={"president": 600}),
    # Ak Zhol 52%, 85% positive; Nur Otan received 80% of the negative coverage.
    "svoboda-slova": dict(coder="nurlan", tones={
        "ak-zhol": (4420, 780, 0), "nur-otan": (0, 400, 1600), "osdp": (0, 800, 200), "knpk": (0, 400, 200),
        "auyl": (0, 400, 0), "patriots": (0, 400, 0), "adilet": (0, 400, 0)},
        inst={"president": 500, "cec": 300}),
    # OSDP 49%; Nur Otan received 67% of the negative coverage.
    "zhas-alash": dict(coder="nurlan", tones={
        "osdp": (2940, 2640, 300), "nur-otan": (0, 1660, 1340), "ak-zhol": (0, 760, 200), "auyl": (0, 720, 0),
        "knpk": (0, 320, 160), "patriots": (0, 480, 0), "adilet": (0, 480, 0)},
        inst={"president": 700}),
}
# One debate with all contesting parties in the last week (Khabar, 11 January), 300 s each.
DEBATE = dict(outlet="khabar", day=dt.date(2012, 1, 11), start=22 * 3600, seconds=300,
              parties=["nur-otan", "ak-zhol", "knpk", "osdp", "auyl", "patriots", "adilet"])
SECOND_CODER = {"aigerim": "yerlan", "yerlan": "aigerim", "olga": "nurlan", "nurlan": "olga"}

TITLES_KK = ["{s} сайлауалды бағдарламасын таныстырды", "{s} сайлаушылармен кездесті", "{s} өңірлерде үгіт жүргізуде",
             "{s} әлеуметтік саясат туралы", "{s} жастар саясаты туралы мәлімдеме жасады", "{s} ауыл шаруашылығы туралы"]
TITLES_RU = ["{s} представила предвыборную программу", "{s} встретилась с избирателями", "{s} провела агитацию в регионах",
             "{s} о социальной политике", "{s} выступила с заявлением", "{s}: дебаты о будущем экономики"]
NAMES_KK = {"nur-otan": "«Нұр Отан»", "ak-zhol": "«Ақ жол»", "knpk": "ҚКХП", "osdp": "ЖСДП", "auyl": "«Ауыл» партиясы",
            "patriots": "ҚПП", "adilet": "«Әділет» партиясы", "rukhaniyat": "«Руханият» партиясы",
            "president": "Мемлекет басшысы", "government": "Үкімет", "akims": "Облыс әкімі", "cec": "ОСК"}
NAMES_RU = {"nur-otan": "НДП «Нур Отан»", "ak-zhol": "«Ак жол»", "knpk": "КНПК", "osdp": "ОСДП", "auyl": "Партия «Ауыл»",
            "patriots": "ППК", "adilet": "Партия «Адилет»", "rukhaniyat": "Партия «Руханият»",
            "president": "Глава государства", "government": "Правительство", "akims": "Аким области", "cec": "ЦИК"}

rng = random.Random(SEED)
# The broadcast logs, transcripts and articles draw from their own generator, so adding them left
# the coding sheets exactly as they were.
text_rng = random.Random(SEED + 1)
DAYS = [PERIOD_FIRST + dt.timedelta(days=i) for i in range((PERIOD_LAST - PERIOD_FIRST).days + 1)]
EARLY = [d for d in DAYS if d < LATE_FROM]
LATE = [d for d in DAYS if d >= LATE_FROM]


def chunks(total, low, high):
    """Splits an integer total into integer pieces between low and high (the last may be smaller)."""
    pieces = []
    while total > 0:
        piece = min(total, rng.randint(low, high))
        if 0 < total - piece < low // 2:
            piece = total
        pieces.append(piece)
        total -= piece
    return pieces


def tone_split(amount, positive, negative):
    neg = round(amount * negative)
    pos = round(amount * positive)
    return {"positive": pos, "neutral": amount - pos - neg, "negative": neg}


def tv_codings(outlet, spec):
    """(subject, amount, tone, days) pieces for one TV channel, before packing into items."""
    total = spec["total"]
    assert sum(spec["share"].values()) == 100, outlet
    pieces = []
    for subject, share in spec["share"].items():
        amount = total * share // 100
        assert amount * 100 == total * share, (outlet, subject)
        if subject == "nur-otan":
            parts = [(tone_split(amount, TV_NUR_OTAN_POSITIVE[outlet], TV_NUR_OTAN_NEGATIVE.get(outlet, 0)), DAYS)]
        elif subject == "rukhaniyat":
            parts = [(tone_split(amount, 0, 0.61), DAYS)]
        elif subject == "osdp":
            late = round(amount * 0.35)
            parts = [(tone_split(amount - late, 0.15, 0), EARLY), (tone_split(late, 0.10, 0.14), LATE)]
        else:
            parts = [(tone_split(amount, 0.2, 0.03), DAYS)]
        if outlet == DEBATE["outlet"] and subject in DEBATE["parties"]:
            parts[-1][0]["neutral"] -= DEBATE["seconds"]  # that time is the debate's
        for tones, days in parts:
            for tone, t_amount in tones.items():
                for piece in chunks(t_amount, 30, 150):
                    pieces.append((subject, piece, tone, days))
    for subject, amount in spec["inst"].items():
        for piece in chunks(amount, 30, 150):
            pieces.append((subject, piece, "neutral" if rng.random() < 0.7 else "positive", DAYS))
    return pieces


def print_codings(outlet, spec):
    pieces = []
    for subject, (pos, neu, neg) in spec["tones"].items():
        for tone, amount in (("positive", pos), ("neutral", neu), ("negative", neg)):
            for piece in chunks(amount, 150, 700):
                pieces.append((subject, piece, tone, DAYS))
    for subject, amount in spec["inst"].items():
        for piece in chunks(amount, 150, 700):
            pieces.append((subject, piece, "neutral", DAYS))
    return pieces


def pack(pieces):
    """Assigns pieces to days and groups them into items of one to three distinct subjects."""
    by_day = {d: [] for d in DAYS}
    for subject, amount, tone, days in pieces:
        by_day[rng.choice(days)].append((subject, amount, tone))
    items = []
    for day in DAYS:
        todo = by_day[day]
        rng.shuffle(todo)
        while todo:
            size = rng.choice([1, 1, 2, 2, 3])
            item, seen, rest = [], set(), []
            for piece in todo:
                if len(item) < size and piece[0] not in seen:
                    item.append(piece)
                    seen.add(piece[0])
                else:
                    rest.append(piece)
            todo = rest
            items.append((day, item))
    return items


def title_for(subject, language, used, key_prefix):
    names, templates = (NAMES_KK, TITLES_KK) if language == "kk" else (NAMES_RU, TITLES_RU)
    for _ in range(20):
        title = rng.choice(templates).format(s=names[subject])
        if (key_prefix, title) not in used:
            used.add((key_prefix, title))
            return title
    title = f"{names[subject]} ({len(used)})"
    used.add((key_prefix, title))
    return title


def hms(seconds):
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def write(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["outlet", "date", "start", "end", "page", "area", "title", "genre", "subject", "amount", "direct", "tone", "coder"])
        w.writerows(rows)


def direct_of(subject, amount):
    if subject in ("cec", "akims"):
        return ""
    return str(int(amount * rng.choice([0, 0.2, 0.3, 0.4])))


def double_code(rows_by_item, coder, fraction=0.12):
    """A second coder's codings of a sample of items: mostly agreeing, with some disagreements."""
    keys = sorted(rows_by_item)
    sample = rng.sample(keys, max(1, round(len(keys) * fraction)))
    out = []
    for key in sorted(sample):
        rows = rows_by_item[key]
        for row in rows:
            row = list(row)
            tone = row[11]
            if rng.random() < 0.12:
                row[11] = {"positive": "neutral", "neutral": rng.choice(["positive", "negative"]), "negative": "neutral"}[tone]
            if rng.random() < 0.15:
                row[9] = str(max(1, int(int(row[9]) * rng.uniform(0.85, 1.0))))
                if row[10] and int(row[10]) > int(row[9]):
                    row[10] = row[9]
            row[12] = coder
            out.append(row)
    return out


XMLTV_IDS = {"kazakhstan-tv": "kazakhstan.kz", "khabar": "khabar.kz", "astana-tv": "astanatv.kz",
             "channel-7": "7kanal.kz", "channel-31": "31kanal.kz", "ktk": "ktk.kz"}
DATA = os.path.join(os.path.dirname(__file__), "..", "Samples", "data")
SENTENCES_RU = ["{s} провела встречу с избирателями и представила свои предложения.",
                "Представители партии {s} рассказали о планах в социальной сфере.",
                "По мнению наблюдателей, {s} ведёт активную кампанию в регионах."]
SENTENCES_KK = ["{s} сайлаушылармен кездесіп, өз ұсыныстарын таныстырды.",
                "{s} өкілдері әлеуметтік саладағы жоспарлары туралы айтты.",
                "Сарапшылардың пікірінше, {s} өңірлерде белсенді үгіт жүргізуде."]


def xmltv_time(day, seconds):
    return f"{day.strftime('%Y%m%d')}{hms(seconds).replace(':', '')} +0600"


def write_xmltv(outlet, spans):
    """One guide per channel for the whole campaign: the evening block that encloses the coded
    items, the debate, and the daytime news whose items fall outside the monitoring window."""
    channel = XMLTV_IDS[outlet]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- Constructed sample (not a real guide): mediamon's demonstration mission, Almaty time (UTC+6). -->",
             '<tv generator-info-name="mediamon samples">',
             f'  <channel id="{channel}"><display-name>{outlet}</display-name></channel>']
    for day in DAYS:
        for start, end, title, category in sorted(spans.get(day, [])):
            lines += [f'  <programme start="{xmltv_time(day, start)}" stop="{xmltv_time(day, end)}" channel="{channel}">',
                      f"    <title>{title}</title>", f'    <category lang="en">{category}</category>', "  </programme>"]
    lines.append("</tv>")
    os.makedirs(os.path.join(DATA, "broadcast"), exist_ok=True)
    with open(os.path.join(DATA, "broadcast", f"{outlet}.xmltv.xml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def programme_spans(rows):
    """Per day: (start, end, title, category) of the programmes enclosing the sheet's items."""
    by_day = {}
    for row in rows:
        day = dt.date.fromisoformat(row[1])
        start = sum(int(x) * m for x, m in zip(row[2].split(":"), (3600, 60, 1)))
        end = sum(int(x) * m for x, m in zip(row[3].split(":"), (3600, 60, 1)))
        by_day.setdefault(day, []).append((start, end, row[7]))
    spans = {}
    for day, items in by_day.items():
        daytime = [i for i in items if i[0] < 18 * 3600]
        debate = [i for i in items if i[2] == "debate"]
        evening = [i for i in items if i[0] >= 18 * 3600 and i[2] != "debate"]
        out = []
        if daytime:
            out.append((min(i[0] for i in daytime) - 300, max(i[1] for i in daytime) + 300, "Күндізгі жаңалықтар / Дневные новости", "News"))
        if evening:
            end = max(max(i[1] for i in evening) + 300, 21 * 3600)
            out.append((19 * 3600 + 45 * 60, min(end, 22 * 3600 if debate else 23 * 3600 + 59 * 60), "Кешкі жаңалықтар / Вечерние новости", "News"))
        if debate:
            out.append((min(i[0] for i in debate), max(i[1] for i in debate), "Сайлау-2012: партиялар дебаты", "Debate"))
        spans[day] = out
    return spans


def write_transcript(outlet, day, start, items, name):
    """SRT of one evening block: a cue per coded subject, saying its name, timed like the item."""
    def srt_time(seconds):
        return hms(seconds) + ",000"
    cues = []
    for item_start, amounts in items:
        offset = item_start - start
        for subject, amount in amounts:
            names = NAMES_KK if len(cues) % 2 == 0 else NAMES_RU
            sentences = SENTENCES_KK if names is NAMES_KK else SENTENCES_RU
            cues.append((offset, offset + amount, text_rng.choice(sentences).format(s=names[subject])))
            offset += amount
    os.makedirs(os.path.join(DATA, "transcripts"), exist_ok=True)
    with open(os.path.join(DATA, "transcripts", name), "w", encoding="utf-8") as f:
        for n, (a, b, text) in enumerate(cues, 1):
            f.write(f"{n}\n{srt_time(a)} --> {srt_time(b)}\n{text}\n\n")


def write_article(outlet, day, page, area, title, subjects, language):
    names, sentences = (NAMES_KK, SENTENCES_KK) if language == "kk" else (NAMES_RU, SENTENCES_RU)
    folder = os.path.join(DATA, "articles", outlet)
    os.makedirs(folder, exist_ok=True)
    n = len([x for x in os.listdir(folder) if x.startswith(day.isoformat())]) + 1
    body = " ".join(text_rng.choice(sentences).format(s=names[s]) for s in subjects)
    with open(os.path.join(folder, f"{day.isoformat()}-p{page:02d}-{n}.txt"), "w", encoding="utf-8") as f:
        f.write(f"outlet: {outlet}\ndate: {day.isoformat()}\ntitle: {title}\npage: {page}\narea: {area}\n"
                f"language: {language}\n\n{body}\n")


def main():
    import shutil
    for folder in ("broadcast", "transcripts", "articles"):
        shutil.rmtree(os.path.join(DATA, folder), ignore_errors=True)
    primary_rows_total = 0
    for outlet, spec in TV.items():
        used = set()
        rows, rows_by_item = [], {}
        clock = {}
        for day, item in pack(tv_codings(outlet, spec)):
            start = clock.get(day, 20 * 3600)
            length = sum(a for _, a, _ in item) + rng.randint(0, 40)
            clock[day] = start + length + rng.randint(5, 30)
            assert clock[day] < 24 * 3600, "the evening news overflows the day"
            language = rng.choice(["kk", "ru"])
            title = title_for(item[0][0], language, used, (day, start))
            genre = rng.choice(["news"] * 6 + ["current-affairs", "interview"])
            for subject, amount, tone in item:
                row = [outlet, day.isoformat(), hms(start), hms(start + length), "", "", title, genre, subject,
                       str(amount), direct_of(subject, amount), tone, spec["coder"]]
                rows.append(row)
                rows_by_item.setdefault((day, start), []).append(row)
        if outlet == DEBATE["outlet"]:
            start, length = DEBATE["start"], DEBATE["seconds"] * len(DEBATE["parties"]) + 300
            for party in DEBATE["parties"]:
                rows.append([outlet, DEBATE["day"].isoformat(), hms(start), hms(start + length), "", "",
                             "Сайлау-2012: партиялар дебаты / Дебаты партий", "debate", party,
                             str(DEBATE["seconds"]), str(DEBATE["seconds"] // 2), "neutral", spec["coder"]])
        # Prime-time window: items outside 18:00–24:00 are coded but do not count.
        for i, day in enumerate(DAYS[::4]):
            start = 13 * 3600 + i * 60
            rows.append([outlet, day.isoformat(), hms(start), hms(start + 90), "", "", "Күндізгі жаңалықтар" if i % 2 else "Дневные новости",
                         "news", "nur-otan", "60", "20", "positive", spec["coder"]])
        # Paid political advertising: kept apart from editorial coverage by default.
        if outlet in ("kazakhstan-tv", "khabar", "channel-7", "ktk"):
            for i, party in enumerate(["nur-otan", "ak-zhol", "knpk", "auyl", "patriots"]):
                for day in DAYS[5 + i::6]:
                    start = 19 * 3600 + 50 * 60 + i * 60
                    rows.append([outlet, day.isoformat(), hms(start), hms(start + 60), "", "", "Саяси жарнама / Политическая реклама",
                                 "paid-advertising", party, "60", "60", "positive", spec["coder"]])
        primary_rows_total += len(rows)
        write(os.path.join(OUT, "primary", f"{outlet}.csv"), rows)
        write(os.path.join(OUT, "double", f"{outlet}.csv"), double_code(rows_by_item, SECOND_CODER[spec["coder"]]))
        spans = programme_spans(rows)
        write_xmltv(outlet, spans)
        # Transcripts of two evenings: Khabar's debate, and Kazakhstan TV's news of 5 January.
        for day, kind in ((DEBATE["day"], "debate"), (dt.date(2012, 1, 5), "news")):
            if (outlet, kind) not in (("khabar", "debate"), ("kazakhstan-tv", "news")):
                continue
            block = [sp for sp in spans[day] if (sp[3] == "Debate") == (kind == "debate") and sp[0] >= 18 * 3600][0]
            items = {}
            for row in rows:
                start = sum(int(x) * m for x, m in zip(row[2].split(":"), (3600, 60, 1)))
                if row[1] == day.isoformat() and block[0] <= start < block[1] and row[7] != "paid-advertising":
                    items.setdefault(start, []).append((row[8], int(row[9])))
            write_transcript(outlet, day, block[0], sorted(items.items()),
                             f"{outlet}_{day.isoformat()}T{hms(block[0]).replace(':', '')[:4]}.srt")

    for outlet, spec in PRINT.items():
        used = set()
        rows, rows_by_item = [], {}
        for day, item in pack(print_codings(outlet, spec)):
            page = rng.randint(1, 16)
            area = sum(a for _, a, _ in item) + rng.randint(0, 200)
            language = "kk" if outlet == "zhas-alash" else "ru"
            title = title_for(item[0][0], language, used, (day, page))
            genre = rng.choice(["news"] * 5 + ["current-affairs", "interview"])
            for subject, amount, tone in item:
                row = [outlet, day.isoformat(), "", "", str(page), str(area), title, genre, subject,
                       str(amount), "", tone, spec["coder"]]
                rows.append(row)
                rows_by_item.setdefault((day, page, title), []).append(row)
            write_article(outlet, day, page, area, title, [p[0] for p in item], language)
        primary_rows_total += len(rows)
        write(os.path.join(OUT, "primary", f"{outlet}.csv"), rows)
        write(os.path.join(OUT, "double", f"{outlet}.csv"), double_code(rows_by_item, SECOND_CODER[spec["coder"]]))
    print(f"wrote {primary_rows_total} primary codings to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
