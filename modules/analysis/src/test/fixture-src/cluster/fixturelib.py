"""Edits outlets make to wire copies, and the row collector, shared by make.py and holdout.py."""
import json, re, sys

TRANSLIT = [("Bialiatski", "Byalyatsky"), ("Lukashenko", "Lukashenka"), ("Kolesnikova", "Kalesnikava"),
            ("Coale", "Cole"), ("Tsikhanouskaya", "Tikhanovskaya"), ("Babaryka", "Babariko"),
            ("Statkevich", "Statkevych"), ("Tsikhanouski", "Tikhanovsky")]

def translit(t):
    for a, b in TRANSLIT:
        t = t.replace(a, b)
    return t

def plain(t):
    t = t.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")
    t = t.replace("U.S.", "US").replace(". ", ".  ").replace(",", " ,")
    return t

def add_para(t, p, at_end=True):
    return t + "\n\n" + p if at_end else p + "\n\n" + t

def trim_last(t, n=1):
    return "\n\n".join(t.split("\n\n")[:-n])

def drop_dateline(t):
    return re.sub(r"^[A-Z ,.]+(\([A-Za-z]+\))? ?[—-]+ ?", "", t, count=1)

def sub(t, *pairs):
    for a, b in pairs:
        assert a in t, a
        t = t.replace(a, b)
    return t

rows = []
def art(i, url, title, text, published, lang, dup, story):
    rows.append({"id": i, "url": url, "title": title, "text": text, "published": published, "lang": lang,
                 "dupGroup": dup, "storyGroup": story})
