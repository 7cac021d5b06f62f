"""Held-out set for story decisions, written after events_dev.py and never tuned on: other events and other
wording (a release of 25 with a Polish journalist, a second release of 14 two days later, the freed journalist's
arrival in Warsaw the next day, US sanctions relief on Belaruskali, UK sanctions imposed on judges). Scored
once, at the end. Our own text.

    python3 events_holdout.py ../../../main/resources/cluster/events-holdout.jsonl
"""
import json, sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from fixturelib import *

H25_AP_T = "Belarus releases 25 prisoners, among them Polish journalist Poczobut"
H25_AP = """WARSAW, Poland (AP) — Belarus freed 25 prisoners on Saturday, including Andrzej Poczobut, a journalist of the Polish minority who had spent five years behind bars, Polish and Belarusian officials said.

Poczobut and four other Polish citizens were brought to the Kukuryki border crossing, where they were met by Polish diplomats. The remaining 20 were Belarusians convicted over the 2020 protests; most were taken to Lithuania.

The release followed a visit to Minsk this week by U.S. envoy John Coale, who has brokered every major release since last year. Polish Prime Minister Donald Tusk said it was "a day of great joy", and thanked Washington."""

H25_RT_T = "Poczobut free after five years as Minsk lets 25 go"
H25_RT = """Andrzej Poczobut, a Polish-Belarusian reporter jailed for eight years on charges his supporters called absurd, was released on Saturday together with 24 other prisoners, Poland's foreign ministry said.

The group crossed into Poland at Kukuryki. Envoy John Coale, who held talks with Alexander Lukashenko on Wednesday, said the release was the result of "patient work". Viasna said nearly 1,000 political prisoners remained in Belarus."""

H25_PL_T = "Andrzej Poczobut na wolności. Białoruś uwolniła 25 więźniów"
H25_PL = """Andrzej Poczobut jest wolny. Białoruskie władze zwolniły w sobotę 25 więźniów, wśród nich dziennikarza i działacza mniejszości polskiej, skazanego na osiem lat kolonii karnej.

Poczobut przekroczył granicę w Kukurykach razem z czterema innymi obywatelami Polski. Premier Donald Tusk podziękował Amerykanom, a wysłannik USA John Coale mówił o efekcie cierpliwej pracy."""

H25_RU_T = "Минск освободил 25 заключённых, среди них Анджей Почобут"
H25_RU = """В субботу белорусские власти освободили 25 заключённых, в том числе журналиста Анджея Почобута, отсидевшего пять лет. Почобута и ещё четырёх граждан Польши передали польской стороне на пункте пропуска Кукурыки.

Освобождение последовало за визитом в Минск американского посланника Джона Коула. Премьер-министр Польши Дональд Туск назвал этот день днём большой радости."""

H25_BE_T = "Анджэй Пачобут на волі: вызвалілі 25 вязняў"
H25_BE = """У суботу беларускія ўлады вызвалілі 25 вязняў, сярод іх журналіста Анджэя Пачобута. Пачобута і чатырох грамадзян Польшчы перадалі польскаму боку ў Кукурыках.

Вызваленне адбылося пасля візіту ў Мінск амерыканскага пасланца Джона Коўла."""

PW_AP_T = "Freed journalist Poczobut gets hero's welcome in Warsaw"
PW_AP = """WARSAW, Poland (AP) — Andrzej Poczobut, the journalist released from a Belarusian prison a day earlier, was welcomed by Prime Minister Donald Tusk at his office in Warsaw on Sunday and said he would keep writing about Belarus.

Poczobut, 52, told reporters that he had refused to ask Alexander Lukashenko for a pardon because "asking would mean admitting guilt". Tusk said Poland would reopen two border crossings with Belarus that it closed last year as a goodwill gesture."""

PW_PL_T = "Tusk przyjął Poczobuta. Polska otworzy dwa przejścia graniczne"
PW_PL = """Premier Donald Tusk przyjął w niedzielę w Warszawie Andrzeja Poczobuta, dzień po jego uwolnieniu z białoruskiego więzienia. Dziennikarz powiedział, że nie prosił Łukaszenki o ułaskawienie, bo oznaczałoby to przyznanie się do winy.

Tusk zapowiedział otwarcie dwóch przejść granicznych z Białorusią zamkniętych w zeszłym roku."""

H14_AP_T = "Belarus frees 14 more prisoners, days after Poczobut release"
H14_AP = """VILNIUS, Lithuania (AP) — Belarus pardoned 14 more political prisoners on Monday, two days after it freed 25 people including Polish journalist Andrzej Poczobut, the Lithuanian foreign ministry said.

The 14, among them the former banker Viktar Babaryka's campaign manager Eduard Babaryka, his son, were taken to Lithuania. Viktar Babaryka himself, who tried to run against Lukashenko in 2020, is still serving a 14-year sentence.

John Coale said more releases would follow "as long as the dialogue continues"."""

H14_RU_T = "Лукашенко помиловал ещё 14 политзаключённых"
H14_RU = """В понедельник Александр Лукашенко помиловал ещё 14 политзаключённых, через два дня после освобождения 25 человек. Среди вышедших на свободу — Эдуард Бабарико, сын экс-банкира Виктора Бабарико.

Освобождённых вывезли в Литву. Сам Виктор Бабарико остаётся в колонии. Посланник США Джон Коул заявил, что освобождения продолжатся."""

HS_AP_T = "US removes Belaruskali from sanctions list"
HS_AP = """WASHINGTON (AP) — The Treasury Department on Tuesday removed Belarusian potash producer Belaruskali from its sanctions list, the biggest step yet in the easing of U.S. measures against Minsk after a series of prisoner releases.

The decision lets U.S. companies and banks deal with Belaruskali for the first time since 2021. Envoy John Coale said it was linked to the release of 39 prisoners over the weekend and on Monday.

Lithuania, through whose port of Klaipeda Belarusian potash used to be shipped, said it would not lift its transit ban."""

HS_DE_T = "USA nehmen Belaruskali von der Sanktionsliste"
HS_DE = """Das US-Finanzministerium hat am Dienstag den belarussischen Kalihersteller Belaruskali von seiner Sanktionsliste gestrichen. Es ist der bisher größte Schritt zur Lockerung der US-Sanktionen gegen Minsk.

Der US-Gesandte John Coale brachte die Entscheidung mit der Freilassung von 39 Gefangenen in Verbindung. Litauen will den Transit über den Hafen Klaipėda weiter verbieten."""

HS_RU_T = "США исключили «Беларуськалий» из санкционного списка"
HS_RU = """Минфин США во вторник исключил «Беларуськалий» из санкционного списка. Это крупнейший шаг в смягчении американских санкций против Минска.

Спецпосланник Джон Коул связал решение с освобождением 39 заключённых. Литва заявила, что запрет на транзит калия через Клайпеду сохранит."""

UK_T = "Britain sanctions Belarusian judges over political trials"
UK = """LONDON (AP) — Britain on Wednesday imposed sanctions on 11 Belarusian judges and prosecutors it said were responsible for the trials of opposition activists, freezing any assets they hold in the U.K. and barring them from entry.

The Foreign Office said the measures "show that the release of a few prisoners does not wipe the slate clean". It named the judges who sentenced Maria Kolesnikova and Ales Bialiatski among those targeted."""

UK_RU_T = "Великобритания ввела санкции против белорусских судей"
UK_RU = """Великобритания в среду ввела санкции против 11 белорусских судей и прокуроров, участвовавших в процессах над оппозиционерами. Их активы в стране заморожены, въезд запрещён.

В Форин-офисе заявили, что освобождение нескольких заключённых не отменяет ответственности. В списке — судьи, выносившие приговоры Марии Колесниковой и Алесю Беляцкому."""

D = "2026-03-"
art("h25-ap", "https://apnews.com/article/belarus-poczobut-25-freed", H25_AP_T, H25_AP, D+"14T12:00:00Z", "en", "h25ap", "h25")
art("h25-ap-copy", "https://www.wtop.com/world/2026/03/belarus-releases-25/", "Belarus frees Polish reporter, 24 others",
    add_para(trim_last(H25_AP), "Poland had closed its border crossings with Belarus last year over the jailing of Poczobut."),
    D+"14T12:45:00Z", "en", "h25ap", "h25")
art("h25-rt", "https://www.reuters.com/world/europe/poczobut-free-2026-03-14/", H25_RT_T, H25_RT, D+"14T12:30:00Z", "en", "h25rt", "h25")
art("h25-pl", "https://wyborcza.pl/7,75399,3001,poczobut-na-wolnosci.html", H25_PL_T, H25_PL, D+"14T13:00:00Z", "pl", "h25pl", "h25")
art("h25-ru", "https://www.dw.com/ru/minsk-osvobodil-25/a-7101", H25_RU_T, H25_RU, D+"14T13:20:00Z", "ru", "h25ru", "h25")
art("h25-be", "https://www.svaboda.org/a/pachobut-na-voli/3401.html", H25_BE_T, H25_BE, D+"14T13:40:00Z", "be", "h25be", "h25")
art("pw-ap", "https://apnews.com/article/poczobut-warsaw-tusk", PW_AP_T, PW_AP, D+"15T14:00:00Z", "en", "pwap", "pw")
art("pw-pl", "https://wyborcza.pl/7,75399,3002,tusk-poczobut.html", PW_PL_T, PW_PL, D+"15T14:30:00Z", "pl", "pwpl", "pw")
art("h14-ap", "https://apnews.com/article/belarus-frees-14-babaryka", H14_AP_T, H14_AP, D+"16T11:00:00Z", "en", "h14ap", "h14")
art("h14-ap-copy", "https://www.seattletimes.com/nation-world/belarus-frees-14-more/", "Babariko's son among 14 freed",
    plain(translit(H14_AP)), D+"16T11:40:00Z", "en", "h14ap", "h14")
art("h14-ru", "https://meduza.io/news/2026/03/16/pomiloval-esche-14", H14_RU_T, H14_RU, D+"16T12:00:00Z", "ru", "h14ru", "h14")
art("hs-ap", "https://apnews.com/article/us-belaruskali-sanctions-removed", HS_AP_T, HS_AP, D+"17T16:00:00Z", "en", "hsap", "hs")
art("hs-de", "https://www.tagesschau.de/wirtschaft/belaruskali-sanktionen-101.html", HS_DE_T, HS_DE, D+"17T17:00:00Z", "de", "hsde", "hs")
art("hs-ru", "https://www.dw.com/ru/ssha-isklyuchili-belaruskalii/a-7102", HS_RU_T, HS_RU, D+"17T17:30:00Z", "ru", "hsru", "hs")
art("uk-ap", "https://apnews.com/article/britain-sanctions-belarus-judges", UK_T, UK, D+"18T10:00:00Z", "en", "ukap", "uk")
art("uk-ru", "https://www.dw.com/ru/velikobritaniya-sanktsii-sudi/a-7103", UK_RU_T, UK_RU, D+"18T11:00:00Z", "ru", "ukru", "uk")

with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "articles")
