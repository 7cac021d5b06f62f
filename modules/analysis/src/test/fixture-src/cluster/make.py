import json, re, sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from texts1 import *
from texts2 import *
from texts3 import *
from texts4 import *

from fixturelib import *

D = "2025-12-13T"
# --- story 123 (Dec 13) -----------------------------------------------------------------------------
art("d123-ap", "https://apnews.com/article/belarus-prisoners-123", W1_TITLE, W1, D+"11:02:00Z", "en", "w1", "s123")
art("d123-ap-wtop", "https://wtop.com/world/2025/12/belarus-frees-123/", "Belarus frees 123 prisoners after US talks",
    W1, D+"11:20:00Z", "en", "w1", "s123")
art("d123-ap-abc", "https://abcnews.go.com/International/wireStory/belarus-frees-123", W1_TITLE,
    add_para(W1, "The European Union has not said whether it will review its own sanctions on Belarusian potash, which were imposed in 2021 and remain in force."),
    D+"11:41:00Z", "en", "w1", "s123")
art("d123-ap-independent", "https://www.independent.co.uk/news/world/europe/belarus-bialiatski-freed.html",
    "Belarus frees Byalyatsky and Kalesnikava in deal with US", plain(translit(W1)), D+"12:05:00Z", "en", "w1", "s123")
art("d123-ap-usnews", "https://www.usnews.com/news/world/articles/2025-12-13/belarus-frees-123-prisoners",
    "Belarus Frees 123 Prisoners, Including Nobel Laureate", drop_dateline(trim_last(W1)), D+"12:30:00Z", "en", "w1", "s123")
art("d123-ap-local", "https://www.startribune.com/belarus-frees-123-prisoners/601234567",
    "Belarus frees prisoners; US to lift potash sanctions",
    sub(W1, ("very productive", "extremely productive"), ("several were expected", "some were expected"),
        ("in small groups", "in batches")), D+"13:10:00Z", "en", "w1", "s123")
art("d123-ap-amp", "https://apnews.com/amp/article/belarus-prisoners-123?utm_source=twitter", W1_TITLE,
    "  " + W1.replace("\n\n", "\n").replace("  ", " ") + "\n", D+"11:05:00Z", "en", "w1", "s123")
art("d123-ap-top", "https://www.seattletimes.com/nation-world/belarus-frees-123-prisoners/",
    "Nobel laureate among 123 freed by Belarus",
    add_para(W1, "Editor's note: This story has been updated to add details about the prisoners who were released.", at_end=False),
    D+"14:00:00Z", "en", "w1", "s123")
art("d123-rt", "https://www.reuters.com/world/europe/belarus-pardons-123-2025-12-13/", W2_TITLE, W2, D+"11:15:00Z", "en", "w2", "s123")
art("d123-rt-yahoo", "https://www.yahoo.com/news/belarus-pardons-123-us-envoy.html",
    "Belarus pardons 123 including Nobel winner Bialiatski", W2, D+"11:45:00Z", "en", "w2", "s123")
art("d123-rt-marketscreener", "https://www.marketscreener.com/news/belarus-pardons-123-potash",
    W2_TITLE, add_para(W2, "Shares of Canadian potash producer Nutrien fell 2% in early trading in Toronto after the announcement, while Mosaic was down 1.5% in New York."),
    D+"12:10:00Z", "en", "w2", "s123")
art("d123-rt-euronews", "https://www.euronews.com/2025/12/13/belarus-pardons-123", "Belarus pardons 123 prisoners",
    translit(W2), D+"12:40:00Z", "en", "w2", "s123")
art("d123-rt-trimmed", "https://www.theglobeandmail.com/world/article-belarus-pardons-123/",
    "Lukashenko frees 123 as Washington eases potash curbs", trim_last(W2, 2), D+"13:30:00Z", "en", "w2", "s123")
art("d123-p-guardian", "https://www.theguardian.com/world/2025/dec/13/ales-bialiatski-freed", P1_TITLE, P1, D+"13:00:00Z", "en", "p1", "s123")
art("d123-p-bbc", "https://www.bbc.com/news/articles/belarus-prisoners-potash", P2_TITLE, P2, D+"15:20:00Z", "en", "p2", "s123")
art("d123-p-rferl", "https://www.rferl.org/a/belarus-kolesnikova-bialiatski-freed/33612345.html", P3_TITLE, P3, D+"12:50:00Z", "en", "p3", "s123")
art("d123-p-politico", "https://www.politico.eu/article/belarus-coale-potash-deal/", P4_TITLE, P4, "2025-12-14T08:00:00Z", "en", "p4", "s123")
art("d123-p-dw", "https://www.dw.com/en/belarus-123-political-prisoners-released/a-71234567", P5_TITLE, P5, D+"16:00:00Z", "en", "p5", "s123")
art("d123-ru-tass", "https://tass.ru/mezhdunarodnaya-panorama/25912345", R1_TITLE, R1, D+"11:30:00Z", "ru", "r1", "s123")
art("d123-ru-ria", "https://ria.ru/20251213/belarus-1234567.html", "Лукашенко помиловал 123 человека",
    sub(R1, ("сообщило агентство БелТА", "передаёт БелТА"), ("Виктор Бабарико", "Виктар Бабарыка")), D+"11:50:00Z", "ru", "r1", "s123")
art("d123-ru-zerkalo", "https://news.zerkalo.io/life/123456.html", R2_TITLE, R2, D+"12:20:00Z", "ru", "r2", "s123")

# --- story 52 (Sep 11) ------------------------------------------------------------------------------
S = "2025-09-11T"
art("d52-ap", "https://apnews.com/article/belarus-prisoners-52-belavia", W3_TITLE, W3, S+"12:00:00Z", "en", "w3", "s52")
art("d52-ap-wtop", "https://wtop.com/world/2025/09/belarus-frees-52/", "Belarus frees 52 prisoners", W3, S+"12:30:00Z", "en", "w3", "s52")
art("d52-ap-translit", "https://www.independent.co.uk/news/world/belarus-frees-52.html", "Belarus frees 52 as Belavia sanctions eased",
    plain(translit(W3)), S+"13:00:00Z", "en", "w3", "s52")
art("d52-ap-extra", "https://abcnews.go.com/International/wireStory/belarus-frees-52", W3_TITLE,
    add_para(W3, "Poland's foreign minister said Warsaw would consider reopening border crossings with Belarus that were closed during military exercises."),
    S+"13:20:00Z", "en", "w3", "s52")
art("d52-ap-trim", "https://www.usnews.com/news/world/articles/2025-09-11/belarus-frees-52", "Belarus Frees 52 Prisoners After US Envoy Visit",
    drop_dateline(trim_last(W3)), S+"14:00:00Z", "en", "w3", "s52")
art("d52-p-rferl", "https://www.rferl.org/a/statkevich-refuses-leave-belarus/33534567.html", P6_TITLE, P6, S+"15:00:00Z", "en", "p6", "s52")
art("d52-p-ft", "https://www.ft.com/content/belavia-relief-52-prisoners", P7_TITLE, P7, S+"16:00:00Z", "en", "p7", "s52")
art("d52-p-kyiv", "https://kyivindependent.com/us-envoy-coale-minsk-prisoners/", P8_TITLE, P8, "2025-09-12T07:00:00Z", "en", "p8", "s52")
art("d52-ru", "https://www.interfax.ru/world/1045678", R3_TITLE, R3, S+"13:10:00Z", "ru", "r3", "s52")

# --- 31 Ukrainians (Nov 22) and the priests (Nov 18) -------------------------------------------------
N = "2025-11-22T"
art("d31-ap", "https://apnews.com/article/belarus-ukrainians-pardoned-31", W4_TITLE, W4, N+"10:00:00Z", "en", "w4", "s31")
art("d31-ap-copy", "https://www.ctvnews.ca/world/belarus-pardons-31-ukrainians", "Belarus frees 31 Ukrainians",
    plain(W4), N+"10:40:00Z", "en", "w4", "s31")
art("d31-ap-extra", "https://www.wral.com/story/belarus-pardons-31-ukrainians/", W4_TITLE,
    add_para(W4, "Ukraine's human rights commissioner said the 31 would receive medical and psychological help after their return."),
    N+"11:00:00Z", "en", "w4", "s31")
art("d31-p-ukrinform", "https://www.ukrinform.net/rubric-polytics/31-ukrainians-return.html", P9_TITLE, P9, N+"14:00:00Z", "en", "p9", "s31")
art("d31-p-nv", "https://english.nv.ua/nation/minsk-hands-over-31-prisoners.html", P10_TITLE, P10, N+"15:30:00Z", "en", "p10", "s31")
art("dpr-vatican", "https://www.vaticannews.va/en/world/news/2025-11/belarus-priests-released.html", Q2_TITLE, Q2, "2025-11-18T16:00:00Z", "en", "q2", "spriests")
art("dpr-cna", "https://www.catholicnewsagency.com/news/belarus-frees-two-priests", Q1_TITLE, Q1, "2025-11-18T12:00:00Z", "en", "q1", "spriests")

# --- 42 activists (May 7) ----------------------------------------------------------------------------
V = "2025-05-07T"
art("d42-ap", "https://apnews.com/article/belarus-lukashenko-pardons-42-activists", W5_TITLE, W5, V+"14:00:00Z", "en", "w5", "s42")
art("d42-ap-copy", "https://www.huffpost.com/entry/belarus-pardons-42", "Lukashenko pardons 42 opposition activists",
    translit(W5), V+"14:30:00Z", "en", "w5", "s42")
art("d42-ap-trim", "https://www.newsday.com/news/world/belarus-pardons-42", W5_TITLE, trim_last(W5), V+"15:10:00Z", "en", "w5", "s42")
art("d42-p-euractiv", "https://www.euractiv.com/section/politics/news/victory-day-pardons-belarus/", P11_TITLE, P11, V+"17:00:00Z", "en", "p11", "s42")
art("d42-p-belsat", "https://belsat.eu/en/news/07-05-2025-42-activists-pardoned", P12_TITLE, P12, V+"18:00:00Z", "en", "p12", "s42")
art("d42-ru", "https://www.svaboda.org/a/33404567.html", "Лукашенко помиловал 42 осуждённых по «экстремистским» статьям",
    "Александр Лукашенко помиловал 42 человека, осуждённых по «экстремистским» статьям, и объявил амнистию для 8000 осуждённых к 80-летию Победы. "
    "Правозащитник «Вясны» Павел Сапелка заявил, что амнистия почти не коснётся политзаключённых. По данным «Вясны», в Беларуси 1177 политзаключённых.",
    V+"15:30:00Z", "ru", "r42", "s42")

# --- 16 on Independence Day (Jul 3) -----------------------------------------------------------------
J = "2025-07-03T"
art("d16-base", "https://www.belarusfeed.com/lukashenko-pardons-16/", W6_TITLE, W6, J+"12:00:00Z", "en", "w6", "s16")
art("d16-copy", "https://www.intellinews.com/lukashenko-pardons-16-on-independence-day/", "Belarus: 16 pardoned on Independence Day",
    plain(translit(W6)), J+"13:00:00Z", "en", "w6", "s16")
art("d16-p-meduza", "https://meduza.io/en/news/2025/07/03/sixteen-pardoned", P13_TITLE, P13, J+"15:00:00Z", "en", "p13", "s16")
art("d16-p-charter", "https://charter97.org/en/news/2025/7/3/lukashenko-frees-16/", P14_TITLE, P14, J+"16:00:00Z", "en", "p14", "s16")

# --- unrelated and hard negatives around Dec 13 ---------------------------------------------------------
art("iran-ap", "https://apnews.com/article/iran-sanctions-tankers-treasury", W7_TITLE, W7, "2025-12-12T18:00:00Z", "en", "w7", "siran")
art("iran-ap-copy", "https://www.pbs.org/newshour/world/us-sanctions-iran-tankers", "US sanctions 30 tankers moving Iranian oil",
    plain(W7), "2025-12-12T18:40:00Z", "en", "w7", "siran")
art("iran-ap-extra", "https://www.militarytimes.com/news/iran-tankers-sanctions/", W7_TITLE,
    add_para(W7, "Oil prices rose slightly after the announcement, with Brent crude trading above 63 dollars a barrel."),
    "2025-12-12T19:10:00Z", "en", "w7", "siran")
art("iran-p-ft", "https://www.ft.com/content/treasury-iran-shadow-fleet", P15_TITLE, P15, "2025-12-12T20:00:00Z", "en", "p15", "siran")
art("iran-p-aljazeera", "https://www.aljazeera.com/news/2025/12/13/iran-condemns-us-oil-sanctions", P16_TITLE, P16, "2025-12-13T09:00:00Z", "en", "p16", "siran")
art("eu-rus-1", "https://www.euractiv.com/section/global-europe/news/eu-20th-sanctions-package/", E1_TITLE, E1, "2025-12-15T14:00:00Z", "en", "e1", "seu")
art("eu-rus-2", "https://www.politico.eu/article/eu-shadow-fleet-sanctions-20th-package/", E2_TITLE, E2, "2025-12-15T15:00:00Z", "en", "e2", "seu")
art("eu-rus-1-copy", "https://www.brusselstimes.com/eu-adopts-20th-sanctions-package", "EU agrees new Russia sanctions",
    plain(E1), "2025-12-15T14:30:00Z", "en", "e1", "seu")
art("sport-1", "https://www.belta.by/sport/view/dinamo-minsk-cup", S1_TITLE, S1, "2025-12-14T18:00:00Z", "en", "sp1", "ssport")
art("sport-1-copy", "https://www.sports.ru/football/dinamo-minsk-cup-en/", "Dinamo Minsk lift the Belarusian Cup",
    plain(trim_last(S1)), "2025-12-14T18:30:00Z", "en", "sp1", "ssport")
art("sport-2", "https://www.tribuna.com/en/news/dinamo-minsk-cup-glory/", S2_TITLE, S2, "2025-12-14T19:00:00Z", "en", "sp2", "ssport")
art("sport-ru", "https://pressball.by/news/football/dinamo-kubok/", RX2_TITLE, RX2, "2025-12-14T18:20:00Z", "ru", "sp3", "ssport")
art("weather-1", "https://www.lrt.lt/en/news-in-english/snowstorm-vilnius-minsk", M1_TITLE, M1, "2025-12-12T09:00:00Z", "en", "m1", "sweather")
art("weather-2", "https://news.err.ee/blizzard-baltics-belarus", M2_TITLE, M2, "2025-12-12T11:00:00Z", "en", "m2", "sweather")
art("tikh-1", "https://www.euronews.com/my-europe/2025/12/15/tsikhanouskaya-eu-sanctions", T1_TITLE, T1, "2025-12-15T11:00:00Z", "en", "t1", "stikh")
art("tikh-2", "https://www.rferl.org/a/tsikhanouskaya-brussels-lukashenko/33615678.html", T2_TITLE, T2, "2025-12-15T13:00:00Z", "en", "t2", "stikh")
art("belavia-1", "https://www.aerotime.aero/articles/belavia-boeing-parts", B1_TITLE, B1, "2025-12-16T10:00:00Z", "en", "b1", "sbelavia")
art("belavia-2", "https://www.ch-aviation.com/news/belavia-fleet-renewal", B2_TITLE, B2, "2025-12-16T12:00:00Z", "en", "b2", "sbelavia")
art("x-swap", "https://www.reuters.com/world/europe/russia-ukraine-swap-84-pows/", X1_TITLE, X1, "2025-12-13T13:00:00Z", "en", "x1", "sx1")
art("x-quake", "https://www.japantimes.co.jp/news/2025/12/12/japan/earthquake-tohoku/", X2_TITLE, X2, "2025-12-12T05:00:00Z", "en", "x2", "sx2")
art("x-poland", "https://notesfrompoland.com/2025/12/14/poland-reopen-belarus-border-crossings/", X3_TITLE, X3, "2025-12-14T10:00:00Z", "en", "x3", "sx3")
art("x-balloons", "https://www.lrt.lt/en/news-in-english/vilnius-airport-balloons", X4_TITLE, X4, "2025-12-12T20:00:00Z", "en", "x4", "sx4")
art("x-nutrien", "https://www.bnnbloomberg.ca/nutrien-raises-potash-forecast", X5_TITLE, X5, "2025-12-10T13:00:00Z", "en", "x5", "sx5")
art("x-uk-oil", "https://www.gov.uk-news.example/uk-sanctions-dubai-oil-traders", X6_TITLE, X6, "2025-12-11T10:00:00Z", "en", "x6", "sx6")
art("x-moscow-snow", "https://www.kommersant.ru/doc/7412345", RX1_TITLE, RX1, "2025-12-12T08:00:00Z", "ru", "x7", "sx7")

# --- additions -----------------------------------------------------------------------------------------
art("d123-p-lrt", "https://www.lrt.lt/en/news-in-english/freed-prisoners-reach-lithuania", P17_TITLE, P17, D+"18:30:00Z", "en", "p17", "s123")
art("d123-rt-nasdaq", "https://www.nasdaq.com/articles/belarus-pardons-123-potash-curbs", "Potash sanctions on Belarus to go as Minsk frees 123",
    sub(W2, ("told journalists", "told reporters"), ("said the release showed", "said the release proved")), D+"12:55:00Z", "en", "w2", "s123")
art("d52-ap-yahoo", "https://www.yahoo.com/news/belarus-frees-52-prisoners.html", "Belarus frees 52 prisoners, US eases airline sanctions",
    W3.replace("\n\n", "\n"), S+"12:45:00Z", "en", "w3", "s52")
art("d52-p-lrt", "https://www.lrt.lt/en/news-in-english/belarus-releases-52", P18_TITLE, P18, S+"17:00:00Z", "en", "p18", "s52")
art("d31-ru", "https://www.belta.by/president/view/lukashenko-pomiloval-31-grazhdanina-ukrainy", R31_TITLE, R31, N+"09:30:00Z", "ru", "r31", "s31")
art("iran-ap-copy2", "https://www.denverpost.com/2025/12/12/iran-tankers-sanctions/", "Treasury sanctions tankers carrying Iranian oil",
    translit(drop_dateline(W7)), "2025-12-12T19:30:00Z", "en", "w7", "siran")
art("v-bialiatski-1", "https://www.rferl.org/a/bialiatski-vilnius-news-conference/33616789.html", V1_TITLE, V1, "2025-12-15T12:00:00Z", "en", "v1", "sbialiatski")
art("v-bialiatski-2", "https://www.dw.com/en/bialiatski-speaks-of-isolation/a-71245678", V2_TITLE, V2, "2025-12-15T14:00:00Z", "en", "v2", "sbialiatski")
art("x-nbrb", "https://www.intellinews.com/belarus-central-bank-holds-rate", X8_TITLE, X8, "2025-12-10T11:00:00Z", "en", "x8", "sx8")
art("x-tartu", "https://news.err.ee/tartu-hospital-wing", X9_TITLE, X9, "2025-12-11T09:00:00Z", "en", "x9", "sx9")

assert len({r["id"] for r in rows}) == len(rows)
rows.sort(key=lambda r: r["published"])
out = sys.argv[1]
with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "articles")
