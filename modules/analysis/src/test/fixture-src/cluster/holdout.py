import json, re, sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from fixturelib import *
H1_TITLE = "Belarus frees opposition figure Tsikhanouski and 13 others after Kellogg visit"
H1 = """VILNIUS, Lithuania (AP) — Belarus on Saturday freed Siarhei Tsikhanouski, a prominent opposition blogger and the husband of exiled opposition leader Sviatlana Tsikhanouskaya, along with 13 other prisoners, hours after a rare visit to Minsk by U.S. envoy Keith Kellogg.

Tsikhanouski, who was arrested in 2020 after announcing his plan to run for president, had been serving an 18-year sentence. He arrived in Vilnius with the other freed prisoners, who included citizens of Japan, Poland, Sweden, Estonia and Latvia.

Kellogg met President Alexander Lukashenko in the most senior U.S. visit to Belarus in years. The White House did not immediately comment on the talks.

“It is hard to describe the joy,” Tsikhanouskaya said in a statement. “But we are not done. 1,150 political prisoners are still behind bars.”

Lukashenko has pardoned more than 300 people since July 2024 in what analysts see as an attempt to ease his isolation."""

H1_P1_TITLE = "Tsikhanouski free after five years as US envoy Kellogg visits Minsk"
H1_P1 = """Siarhei Tsikhanouski has been released from a Belarusian prison after more than five years, together with 13 other people, following talks in Minsk between Alexander Lukashenko and the U.S. special envoy Keith Kellogg.

Tsikhanouski, a blogger whose arrest in 2020 led his wife Sviatlana Tsikhanouskaya to run for president in his place, looked thin and exhausted in the first pictures from Vilnius. His wife thanked President Donald Trump and Kellogg for their efforts.

The 14 freed prisoners include several foreigners. Rights groups say about 1,150 political prisoners remain in Belarus."""

H1_P2_TITLE = "Kellogg's trip to Minsk ends with release of 14 prisoners"
H1_P2 = """The first visit to Belarus by a senior Trump administration official ended on Saturday with the release of 14 prisoners, among them the opposition figure Siarhei Tsikhanouski.

Keith Kellogg held talks with Alexander Lukashenko, who has sought to improve relations with Washington. The freed prisoners, including nationals of Japan, Poland and Sweden, were taken to Lithuania. Sviatlana Tsikhanouskaya, who met her husband in Vilnius, said the release was proof that pressure on the regime works."""

H1_RU_TITLE = "Сергей Тихановский освобождён после визита Келлога в Минск"
H1_RU = """Белорусские власти освободили оппозиционного блогера Сергея Тихановского и ещё 13 человек после встречи Александра Лукашенко со спецпосланником президента США Китом Келлогом. Освобождённые доставлены в Вильнюс.

Светлана Тихановская назвала освобождение мужа огромной радостью и напомнила, что в Беларуси остаются около 1150 политзаключённых."""

H2_TITLE = "Tsikhanouski: 'I was kept in total isolation'"
H2 = """Speaking at a news conference in Vilnius on Monday, freed Belarusian opposition figure Siarhei Tsikhanouski said he had been held in total isolation for years and had lost 46 kilograms in prison.

Standing next to his wife Sviatlana Tsikhanouskaya, he said he would not go into politics immediately but wanted to help the remaining political prisoners. He thanked the United States for negotiating his release."""

H2B_TITLE = "Freed Belarus dissident describes years in solitary"
H2B = """Siarhei Tsikhanouski, released from a Belarusian prison at the weekend, told reporters in Vilnius on Monday that guards had kept him in solitary confinement and denied him letters from his family.

He said he had lost 46 kilograms. Sviatlana Tsikhanouskaya said the couple would take some time together with their children before deciding on their next steps."""

H3_TITLE = "EU sanctions Iranian drone makers over supplies to Russia"
H3 = """The European Union on Monday imposed sanctions on eight Iranian companies and four individuals involved in producing drones that it said were supplied to Russia for use in Ukraine.

The listings freeze assets in the EU and ban travel to the bloc. EU foreign policy chief Kaja Kallas said Iran's support for Russia's war could not go unanswered."""

H3B_TITLE = "Iran's drone industry hit by new EU listings"
H3B = """Eight Iranian firms that make drones and engines were added to the EU sanctions list on Monday, with Brussels accusing them of supplying Russia's army.

Tehran summoned a European envoy in protest. Kaja Kallas said the bloc would keep targeting anyone who helps Moscow wage its war in Ukraine."""

H4_TITLE = "Sabalenka eases into Wimbledon second round"
H4 = """Aryna Sabalenka beat Carson Branstetter 6-1, 7-5 in the first round of Wimbledon on Monday, the world number one recovering from a wobble in the second set.

The Belarusian, who reached the semifinals last year, will face Marie Bouzkova next. She said the grass felt faster than in previous years."""

H4B_TITLE = "Top seed Sabalenka survives second-set wobble"
H4B = """World number one Aryna Sabalenka needed 79 minutes to get past Carson Branstetter at Wimbledon, winning 6-1, 7-5 on Centre Court.

Sabalenka trailed 5-3 in the second set before winning four games in a row. Her next opponent is Marie Bouzkova of the Czech Republic."""

H5_TITLE = "Heatwave grips southern Europe as temperatures top 40C"
H5 = """Temperatures above 40 degrees Celsius were recorded in Spain, Portugal and Italy on Sunday as a heatwave tightened its grip on southern Europe, prompting health warnings and wildfire alerts.

Authorities in Seville opened cooling centres, and Italy placed 21 cities on red alert. Forecasters said the heat would spread north to France later in the week."""

H5B_TITLE = "Red alerts in 21 Italian cities as heat soars"
H5B = """Italy put 21 cities on its highest heat alert on Sunday, as temperatures in Spain and Portugal climbed past 40 degrees and firefighters battled blazes near Lisbon.

Doctors urged elderly people to stay indoors during the afternoon. Meteorologists expect the heatwave to last until at least next weekend."""

H6_TITLE = "Lithuania expels Belarusian diplomat over spying claims"
H6 = """Lithuania has expelled a Belarusian diplomat accused of gathering intelligence on Belarusian exiles in Vilnius, the Foreign Ministry said on Tuesday, giving him five days to leave.

Minsk said it would respond in kind. Relations between the neighbours have been strained since 2020, when Lithuania took in thousands of Belarusians fleeing the crackdown."""

J = "2025-06-21T"
art("h14-ap", "https://apnews.com/article/belarus-tsikhanouski-freed-kellogg", H1_TITLE, H1, J+"15:00:00Z", "en", "hw1", "h14")
art("h14-ap-copy", "https://www.wral.com/story/belarus-frees-tsikhanouski/", "Belarus frees Tikhanovsky, 13 others",
    plain(translit(sub(H1, ("a rare visit", "a visit"), ("did not immediately comment", "had no immediate comment")))), J+"15:40:00Z", "en", "hw1", "h14")
art("h14-ap-edit", "https://www.boston.com/news/world-news/2025/06/21/belarus-frees-14/", H1_TITLE,
    add_para(trim_last(H1), "Japan's foreign ministry confirmed that one of its citizens was among those freed and thanked the United States."), J+"16:10:00Z", "en", "hw1", "h14")
art("h14-p1", "https://www.theguardian.com/world/2025/jun/21/tsikhanouski-freed", H1_P1_TITLE, H1_P1, J+"17:00:00Z", "en", "hp1", "h14")
art("h14-p2", "https://www.politico.eu/article/kellogg-minsk-prisoners-released/", H1_P2_TITLE, H1_P2, J+"19:00:00Z", "en", "hp2", "h14")
art("h14-ru", "https://www.svoboda.org/a/tikhanovskiy-osvobozhden/33451234.html", H1_RU_TITLE, H1_RU, J+"16:00:00Z", "ru", "hr1", "h14")
art("h-tikh-talk-1", "https://www.rferl.org/a/tsikhanouski-news-conference/33453456.html", H2_TITLE, H2, "2025-06-23T11:00:00Z", "en", "hv1", "htalk")
art("h-tikh-talk-2", "https://www.lrt.lt/en/news-in-english/tsikhanouski-solitary", H2B_TITLE, H2B, "2025-06-23T13:00:00Z", "en", "hv2", "htalk")
art("h-iran-1", "https://www.euractiv.com/section/global-europe/news/eu-sanctions-iran-drones/", H3_TITLE, H3, "2025-06-23T15:00:00Z", "en", "hi1", "hiran")
art("h-iran-2", "https://www.euronews.com/2025/06/23/iran-drone-eu-listings", H3B_TITLE, H3B, "2025-06-23T17:00:00Z", "en", "hi2", "hiran")
art("h-sab-1", "https://www.bbc.com/sport/tennis/sabalenka-wimbledon-first-round", H4_TITLE, H4, "2025-06-30T16:00:00Z", "en", "hs1", "hsab")
art("h-sab-1-copy", "https://www.tennis.com/news/sabalenka-eases-through", "Sabalenka through at Wimbledon", plain(H4), "2025-06-30T16:30:00Z", "en", "hs1", "hsab")
art("h-sab-2", "https://www.espn.com/tennis/story/sabalenka-wobble", H4B_TITLE, H4B, "2025-06-30T17:00:00Z", "en", "hs2", "hsab")
art("h-heat-1", "https://www.reuters.com/world/europe/heatwave-southern-europe-40c/", H5_TITLE, H5, "2025-06-29T12:00:00Z", "en", "hh1", "hheat")
art("h-heat-2", "https://www.ansa.it/english/news/21-cities-red-alert.html", H5B_TITLE, H5B, "2025-06-29T14:00:00Z", "en", "hh2", "hheat")
art("h-lt-expel", "https://www.lrt.lt/en/news-in-english/belarusian-diplomat-expelled", H6_TITLE, H6, "2025-06-24T09:00:00Z", "en", "hx1", "hx1")
rows.sort(key=lambda r: r["published"])
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "held-out articles")
