"""Dev set for story decisions: several events on one beat (pardon rounds of 16, 18, 31 and 52 with the same
people in them, a pardon and the sanctions relief that followed, EU sanctions imposed vs US sanctions eased),
wire copies and rewrites of each, and reports of one event in several languages. Written for this project;
every base text is our own. Labels: dupGroup (copies of one text), storyGroup (one event).

    python3 events_dev.py ../../../main/resources/cluster/events-dev.jsonl
"""
import json, sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from fixturelib import *

# --- P16: 16 pardoned, Saturday 10 January 2026 ----------------------------------------------------------
P16_AP_T = "Lukashenko pardons 16 prisoners as US envoy Coale returns to Minsk"
P16_AP = """MINSK, Belarus (AP) — Belarusian leader Alexander Lukashenko pardoned 16 people convicted of what the authorities call extremism on Saturday, his press service said, hours after he received U.S. envoy John Coale for a second round of talks.

Among those freed were two journalists of the banned Belsat channel and a retired teacher who had been sentenced for comments on social media. None of the best-known opposition figures were on the list, and Nobel Peace Prize laureate Ales Bialiatski remains behind bars.

Coale told reporters after the meeting that Washington wanted "all of them out" and that each step by Minsk would be answered. He did not say what the United States had offered in return.

Exiled opposition leader Sviatlana Tsikhanouskaya said the 16 were hostages whose freedom should never have been a bargaining chip. The rights group Viasna counts more than 1,100 political prisoners in the country."""

P16_RT_T = "Belarus frees 16 after talks with Trump envoy; Bialiatski not among them"
P16_RT = """Belarus released 16 prisoners on Saturday following a meeting between President Alexander Lukashenko and John Coale, the envoy of U.S. President Donald Trump, the presidential administration in Minsk said.

The group included Belsat reporters and several people jailed over protest-era posts, according to Viasna. Coale, a lawyer who has travelled to Minsk repeatedly since last year, described the talks as "a good step on a long road".

Opposition politicians in exile said the release was too small to count as a change of course. "Sixteen freed, eleven hundred still inside," an aide to Sviatlana Tsikhanouskaya wrote on X."""

P16_RU_T = "Лукашенко помиловал 16 осуждённых после встречи с Коулом"
P16_RU = """Александр Лукашенко в субботу помиловал 16 человек, осуждённых по так называемым экстремистским статьям. Об этом сообщила пресс-служба белорусского лидера после его переговоров со спецпосланником США Джоном Коулом в Минске.

Среди освобождённых — двое журналистов «Белсата» и пенсионерка-учительница, осуждённая за комментарии в соцсетях. Алесь Беляцкий остаётся в заключении.

Светлана Тихановская назвала освобождённых заложниками режима. По данным «Вясны», в Беларуси остаются более 1100 политзаключённых."""

P16_BE_T = "Лукашэнка памілаваў 16 палітвязняў пасля сустрэчы з Коўлам"
P16_BE = """У суботу Аляксандр Лукашэнка памілаваў 16 чалавек, асуджаных па «экстрэмісцкіх» артыкулах. Пра гэта паведаміла яго прэс-служба пасля перамоваў з амерыканскім спецпасланцом Джонам Коўлам.

Сярод вызваленых — два журналісты «Белсату». Алесь Бяляцкі застаецца за кратамі. Святлана Ціханоўская заявіла, што кожны вызвалены — гэта перамога, але ў турмах застаюцца больш за 1100 чалавек."""

P16_PL_T = "Łukaszenka ułaskawił 16 więźniów po wizycie wysłannika USA"
P16_PL = """Alaksandr Łukaszenka ułaskawił w sobotę 16 osób skazanych za tak zwany ekstremizm — poinformowała jego służba prasowa po rozmowach w Mińsku z amerykańskim wysłannikiem Johnem Coale'em.

Wśród uwolnionych są dwaj dziennikarze telewizji Biełsat. Na wolność nie wyszedł laureat Pokojowej Nagrody Nobla Aleś Bialacki. Swiatłana Cichanouska podkreśliła, że w więzieniach na Białorusi wciąż przebywa ponad 1100 więźniów politycznych."""

# --- P18: 18 pardoned, Tuesday 13 January (three days later, same envoy, same names in background) ----------
P18_AP_T = "Belarus pardons 18 more, including Kolesnikova's lawyer"
P18_AP = """VILNIUS, Lithuania (AP) — Belarus freed 18 more political prisoners on Tuesday, three days after a first group of 16, in what U.S. envoy John Coale called proof that quiet diplomacy with Minsk works.

The 18 included Maksim Znak, the lawyer who was arrested together with opposition figure Maria Kolesnikova in 2020, and three Lithuanian citizens who were driven to the border and handed over to Lithuanian officials near the village of Medininkai.

Kolesnikova herself and Ales Bialiatski were not released. Sviatlana Tsikhanouskaya met some of the freed prisoners in Vilnius and said the regime "is selling people one by one."

Coale said he expected Washington to announce steps on sanctions "very soon", without giving details."""

P18_RT_T = "Eighteen prisoners freed in Belarus, lawyer Znak among them"
P18_RT = """Maksim Znak, a lawyer jailed with Maria Kolesnikova after the 2020 protests, was among 18 prisoners pardoned by Alexander Lukashenko on Tuesday, the second release in a week.

Three of the freed were Lithuanian nationals, who crossed into Lithuania at the Medininkai checkpoint, Lithuania's foreign ministry said. U.S. envoy John Coale, who negotiated the release, said sanctions relief was under discussion.

Viasna said about 1,090 political prisoners were still held after the two releases."""

P18_DE_T = "Belarus lässt 18 politische Gefangene frei – darunter Anwalt Snak"
P18_DE = """Belarus hat am Dienstag 18 politische Gefangene begnadigt, drei Tage nach der Freilassung von 16 Menschen. Unter den Freigelassenen ist der Anwalt Maxim Snak, der 2020 zusammen mit Maria Kolesnikowa festgenommen worden war.

Drei Litauer wurden am Grenzübergang Medininkai an litauische Behörden übergeben. Der US-Gesandte John Coale sprach von einem Erfolg stiller Diplomatie. Kolesnikowa und der Friedensnobelpreisträger Ales Bjaljazki bleiben in Haft."""

P18_RU_T = "В Беларуси освободили ещё 18 политзаключённых, среди них Максим Знак"
P18_RU = """Во вторник Александр Лукашенко помиловал ещё 18 человек — через три дня после освобождения 16 политзаключённых. Среди вышедших на свободу — адвокат Максим Знак, задержанный в 2020 году вместе с Марией Колесниковой.

Трое граждан Литвы были переданы литовской стороне на пункте пропуска «Мядининкай». Спецпосланник США Джон Коул пообещал, что Вашингтон «очень скоро» объявит о шагах по санкциям."""

# --- SE: US eases sanctions on Belavia and potash, Thursday 15 January -----------------------------------------
SE_AP_T = "US eases sanctions on Belarus airline Belavia and potash after prisoner releases"
SE_AP = """WASHINGTON (AP) — The United States on Thursday lifted sanctions on Belarus' state airline Belavia and eased restrictions on the country's potash exports, rewarding Minsk for freeing 34 political prisoners in the past week.

The Treasury Department issued a general license allowing dealings with Belavia, including the purchase of aircraft parts, and removed potash producer Belaruskali from its list of blocked companies for transactions routed through third countries.

Envoy John Coale said the move showed that "every door that opens in Minsk opens one in Washington too." The European Union, whose own sanctions on Belarusian potash and aviation remain in force, said it had no plans to follow.

Belaruskali is one of the world's largest producers of potash, a key ingredient of fertilizer."""

SE_RT_T = "U.S. lifts Belavia sanctions, gives Belaruskali relief"
SE_RT = """The U.S. Treasury eased sanctions on Belarusian flag carrier Belavia and on potash giant Belaruskali on Thursday, days after Alexander Lukashenko released two groups of prisoners.

A general license published by the Office of Foreign Assets Control authorises transactions with Belavia and lets Belaruskali sell potash through intermediaries again. Analysts said the relief could lift Belarus' fertilizer revenue by several hundred million dollars a year.

Sviatlana Tsikhanouskaya's office said sanctions relief should follow the release of all political prisoners, not a few dozen."""

SE_RU_T = "США сняли санкции с «Белавиа» и ослабили ограничения для «Беларуськалия»"
SE_RU = """Минфин США в четверг снял санкции с национального авиаперевозчика «Белавиа» и ослабил ограничения против калийного гиганта «Беларуськалий». Решение последовало за освобождением 34 политзаключённых на прошлой неделе.

Спецпосланник Джон Коул заявил, что Вашингтон отвечает на каждый шаг Минска. Евросоюз сообщил, что свои санкции против белорусского калия и авиации сохраняет."""

SE_UK_T = "США пом'якшили санкції проти «Белавіа» та білоруського калію"
SE_UK = """Міністерство фінансів США в четвер зняло санкції з білоруської авіакомпанії «Белавіа» та послабило обмеження для виробника калійних добрив «Беларуськалій». Це сталося після того, як Мінськ звільнив 34 політв'язнів.

Спецпосланець Джон Коул назвав рішення відповіддю на кроки Лукашенка. ЄС заявив, що не планує знімати власні санкції."""

SE_PL_T = "USA łagodzą sankcje wobec Bieławeii i białoruskiego potasu"
SE_PL = """Departament Skarbu USA zniósł w czwartek sankcje wobec białoruskich linii lotniczych Bieławia i złagodził ograniczenia dla koncernu Biełaruśkalij. To nagroda za uwolnienie 34 więźniów politycznych w ostatnim tygodniu.

Wysłannik John Coale powiedział, że Waszyngton odpowiada na każdy krok Mińska. Unia Europejska nie zamierza znosić swoich sankcji."""

# --- SI: EU adopts new sanctions package on Belarus, Friday 16 January -----------------------------------------
SI_AP_T = "EU imposes new sanctions on Belarus over support for Russia's war"
SI_AP = """BRUSSELS (AP) — The European Union on Friday imposed new sanctions on Belarus, adding 25 officials and 9 companies to its blacklist for helping Russia evade restrictions and for the repression of government critics.

The package also bans exports of certain machine tools and electronic components to Belarus and extends the closure of EU airspace to Belarusian carriers. It was agreed by ambassadors of the 27 member states on Wednesday and formally adopted by foreign ministers.

EU foreign policy chief Kaja Kallas said the bloc "will not be bought with a handful of releases", a day after Washington eased its own measures. Lithuania and Poland had pushed for tougher steps on potash transit."""

SI_DE_T = "EU verhängt neue Sanktionen gegen Belarus"
SI_DE = """Die Europäische Union hat am Freitag neue Sanktionen gegen Belarus beschlossen. 25 Funktionäre und 9 Unternehmen kommen auf die Sanktionsliste, weil sie Russland bei der Umgehung von Beschränkungen geholfen oder Regierungskritiker verfolgt haben sollen.

Das Paket verbietet zudem die Ausfuhr bestimmter Werkzeugmaschinen nach Belarus. Die EU-Außenbeauftragte Kaja Kallas sagte, die EU lasse sich nicht mit einer Handvoll Freilassungen kaufen."""

SI_PL_T = "UE nakłada nowe sankcje na Białoruś"
SI_PL = """Unia Europejska przyjęła w piątek nowy pakiet sankcji wobec Białorusi. Na listę trafiło 25 urzędników i 9 firm, które miały pomagać Rosji w omijaniu restrykcji lub uczestniczyć w represjach.

Szefowa unijnej dyplomacji Kaja Kallas oświadczyła, że Unii nie da się kupić garstką uwolnionych więźniów. Polska i Litwa domagały się ostrzejszych kroków wobec tranzytu potasu."""

SI_RU_T = "ЕС ввёл новые санкции против Беларуси"
SI_RU = """Европейский союз в пятницу ввёл новые санкции против Беларуси: в чёрный список внесены 25 чиновников и 9 компаний, которые, по данным Брюсселя, помогали России обходить ограничения.

Глава дипломатии ЕС Кая Каллас заявила, что Евросоюз «не купить горсткой освобождений». Минск назвал решение враждебным и пообещал ответные меры."""

# --- P31: 31 Ukrainians handed over to Ukraine, Saturday 17 January ---------------------------------------
P31_AP_T = "Belarus hands 31 pardoned Ukrainians over to Kyiv"
P31_AP = """KYIV, Ukraine (AP) — Belarus pardoned 31 Ukrainian citizens serving sentences in Belarusian prisons and handed them over to Ukraine on Saturday, the Ukrainian coordination headquarters for prisoners of war said.

Most of the 31 had been convicted of sabotage or of "assisting an extremist formation" after crossing into Belarus. They were brought to the border crossing at Mokrany and taken to a hospital in Volyn for checks.

Ukrainian President Volodymyr Zelenskyy thanked the United States for its mediation. Lukashenko's office said the pardon was a humanitarian gesture requested by Washington."""

P31_UK_T = "Білорусь передала Україні 31 помилуваного громадянина"
P31_UK = """Білорусь помилувала 31 громадянина України та в суботу передала їх українській стороні, повідомив Координаційний штаб з питань поводження з військовополоненими.

Більшість звільнених були засуджені за диверсії. Їх доставили на пункт пропуску Мокрани, а звідти — до лікарні на Волині. Президент Володимир Зеленський подякував США за посередництво."""

P31_RU_T = "Лукашенко помиловал 31 гражданина Украины"
P31_RU = """Александр Лукашенко помиловал 31 гражданина Украины, отбывавших наказание в белорусских колониях, и в субботу они были переданы Киеву через пункт пропуска Мокраны.

В пресс-службе белорусского лидера назвали решение гуманитарным жестом, о котором просил Вашингтон. Владимир Зеленский поблагодарил США за посредничество."""

# --- P52: 52 freed, five weeks later (Friday 20 February), Bialiatski and Kolesnikova finally out ---------
P52_AP_T = "Belarus frees 52 prisoners, including Nobel laureate Bialiatski and Kolesnikova"
P52_AP = """VILNIUS, Lithuania (AP) — Belarus released 52 political prisoners on Friday, among them Nobel Peace Prize laureate Ales Bialiatski and opposition leader Maria Kolesnikova, after months of talks with U.S. envoy John Coale.

The freed prisoners were driven in two buses to Lithuania. Bialiatski, 63, who was sentenced to 10 years in 2023, looked frail as he stepped off the bus and hugged Sviatlana Tsikhanouskaya.

Coale said the United States would lift remaining sanctions on Belarusian potash within weeks. Lukashenko, in remarks broadcast by state television, said he had "cleaned out" those "who asked for mercy"."""

P52_RT_T = "Bialiatski, Kolesnikova walk free as Belarus releases 52"
P52_RT = """Ales Bialiatski and Maria Kolesnikova, the two best-known prisoners in Belarus, were among 52 people freed on Friday under a deal negotiated by U.S. envoy John Coale, Lithuanian officials said.

Bialiatski, founder of the Viasna rights centre, won the Nobel Peace Prize in 2022 while in prison. Kolesnikova had spent more than five years behind bars, much of it in solitary confinement.

Sviatlana Tsikhanouskaya called it "the day we waited for", but said some 1,000 others were still imprisoned. Coale told reporters the U.S. would move on potash sanctions "within weeks"."""

P52_RU_T = "Беляцкий и Колесникова на свободе: Минск освободил 52 человека"
P52_RU = """В пятницу из белорусских тюрем освободили 52 политзаключённых, среди них нобелевского лауреата Алеся Беляцкого и Марию Колесникову. Их на двух автобусах вывезли в Литву.

Освобождение стало итогом многомесячных переговоров со спецпосланником США Джоном Коулом. Коул пообещал, что в ближайшие недели Вашингтон снимет оставшиеся санкции с белорусского калия. Светлана Тихановская встретила освобождённых на границе."""

P52_BE_T = "Бяляцкі і Калеснікава на волі: вызвалілі 52 палітвязняў"
P52_BE = """У пятніцу з беларускіх турмаў вызвалілі 52 палітвязняў, сярод іх лаўрэата Нобелеўскай прэміі міру Алеся Бяляцкага і Марыю Калеснікаву. Іх вывезлі ў Літву на двух аўтобусах.

Амерыканскі пасланец Джон Коўл заявіў, што ЗША неўзабаве знімуць санкцыі з беларускага калію. Святлана Ціханоўская сустрэла вызваленых каля мяжы."""

# --- P52 aftermath two days later: Bialiatski's first news conference (another event) ----------------------
BC_AP_T = "Freed Nobel laureate Bialiatski urges EU to keep pressure on Minsk"
BC_AP = """VILNIUS, Lithuania (AP) — Ales Bialiatski, the Nobel Peace Prize laureate freed from a Belarusian prison two days ago, urged the European Union on Sunday not to ease its sanctions until every political prisoner is released.

Speaking at his first news conference in Vilnius, the 63-year-old rights activist said conditions in the penal colony had been "designed to break people" and that he had been denied letters from his wife for almost two years.

He thanked U.S. envoy John Coale but warned that releases in exchange for sanctions relief "turn people into currency." Sviatlana Tsikhanouskaya, sitting beside him, said the opposition would open a rehabilitation centre for former prisoners."""

BC_RU_T = "Беляцкий на первой пресс-конференции призвал ЕС не ослаблять санкции"
BC_RU = """Нобелевский лауреат Алесь Беляцкий, освобождённый два дня назад, в воскресенье провёл в Вильнюсе первую пресс-конференцию. Он призвал Евросоюз не ослаблять санкции, пока на свободу не выйдут все политзаключённые.

По словам Беляцкого, условия в колонии были созданы, чтобы «ломать людей». Он поблагодарил Джона Коула, но предупредил, что обмен людей на снятие санкций превращает их «в валюту»."""

D = "2026-01-"
art("p16-ap", "https://apnews.com/article/belarus-pardon-16-coale", P16_AP_T, P16_AP, D+"10T14:05:00Z", "en", "p16ap", "p16")
art("p16-ap-wtop", "https://wtop.com/world/2026/01/belarus-pardons-16/", "Belarus pardons 16 after second round of US talks",
    P16_AP, D+"10T14:30:00Z", "en", "p16ap", "p16")
art("p16-ap-translit", "https://www.independent.co.uk/news/world/europe/belarus-pardon-16.html",
    "Lukashenka frees 16 as Cole visits", plain(translit(P16_AP)), D+"10T15:10:00Z", "en", "p16ap", "p16")
art("p16-ap-cut", "https://www.usnews.com/news/world/articles/2026-01-10/belarus-pardons-16",
    "Belarus Pardons 16 Prisoners", drop_dateline(trim_last(P16_AP)), D+"10T15:40:00Z", "en", "p16ap", "p16")
art("p16-rt", "https://www.reuters.com/world/europe/belarus-frees-16-2026-01-10/", P16_RT_T, P16_RT, D+"10T14:40:00Z", "en", "p16rt", "p16")
art("p16-rt-yahoo", "https://www.yahoo.com/news/belarus-frees-16-trump-envoy.html", "Belarus frees 16 after Trump envoy talks",
    translit(P16_RT), D+"10T15:20:00Z", "en", "p16rt", "p16")
art("p16-ru", "https://www.dw.com/ru/lukashenko-pomiloval-16/a-7001", P16_RU_T, P16_RU, D+"10T15:00:00Z", "ru", "p16ru", "p16")
art("p16-be", "https://www.svaboda.org/a/lukashenka-pamilavau-16/3301.html", P16_BE_T, P16_BE, D+"10T15:30:00Z", "be", "p16be", "p16")
art("p16-pl", "https://www.rp.pl/polityka/art1601-lukaszenka-ulaskawil-16", P16_PL_T, P16_PL, D+"10T16:45:00Z", "pl", "p16pl", "p16")

art("p18-ap", "https://apnews.com/article/belarus-pardons-18-znak", P18_AP_T, P18_AP, D+"13T12:00:00Z", "en", "p18ap", "p18")
art("p18-ap-abc", "https://abcnews.go.com/International/wireStory/belarus-pardons-18",
    "Belarus frees 18 more political prisoners",
    add_para(P18_AP, "Lithuania's foreign minister said Vilnius would keep its border crossings with Belarus open for the handover of freed prisoners."),
    D+"13T12:40:00Z", "en", "p18ap", "p18")
art("p18-ap-translit", "https://www.euronews.com/2026/01/13/belarus-pardons-18", "Belarus pardons 18, Kalesnikava stays in jail",
    translit(P18_AP), D+"13T13:15:00Z", "en", "p18ap", "p18")
art("p18-rt", "https://www.reuters.com/world/europe/eighteen-freed-belarus-2026-01-13/", P18_RT_T, P18_RT, D+"13T12:20:00Z", "en", "p18rt", "p18")
art("p18-de", "https://www.tagesschau.de/ausland/europa/belarus-gefangene-18-100.html", P18_DE_T, P18_DE, D+"13T14:00:00Z", "de", "p18de", "p18")
art("p18-ru", "https://meduza.io/news/2026/01/13/osvobodili-esche-18", P18_RU_T, P18_RU, D+"13T13:00:00Z", "ru", "p18ru", "p18")

art("se-ap", "https://apnews.com/article/us-belavia-potash-sanctions-eased", SE_AP_T, SE_AP, D+"15T17:00:00Z", "en", "seap", "se")
art("se-ap-cut", "https://www.seattletimes.com/nation-world/us-eases-belarus-sanctions/", "US lifts Belavia sanctions",
    trim_last(SE_AP), D+"15T17:45:00Z", "en", "seap", "se")
art("se-rt", "https://www.reuters.com/world/us-lifts-belavia-sanctions-2026-01-15/", SE_RT_T, SE_RT, D+"15T17:10:00Z", "en", "sert", "se")
art("se-rt-ms", "https://www.marketscreener.com/news/us-lifts-belavia-sanctions-belaruskali",
    "US gives Belaruskali sanctions relief",
    add_para(SE_RT, "Shares of Nutrien fell 3% in Toronto as traders priced in more Belarusian potash on the market."),
    D+"15T18:05:00Z", "en", "sert", "se")
art("se-ru", "https://www.dw.com/ru/ssha-snyali-sankcii-s-belavia/a-7002", SE_RU_T, SE_RU, D+"15T18:00:00Z", "ru", "seru", "se")
art("se-uk", "https://www.pravda.com.ua/news/2026/01/15/7011/", SE_UK_T, SE_UK, D+"15T18:30:00Z", "uk", "seuk", "se")
art("se-pl", "https://www.rp.pl/gospodarka/art1602-usa-lagodza-sankcje", SE_PL_T, SE_PL, D+"15T19:00:00Z", "pl", "sepl", "se")

art("si-ap", "https://apnews.com/article/eu-sanctions-belarus-package", SI_AP_T, SI_AP, D+"16T13:00:00Z", "en", "siap", "si")
art("si-ap-copy", "https://www.wral.com/story/eu-imposes-new-sanctions-on-belarus/", "EU blacklists 25 Belarusian officials",
    plain(SI_AP), D+"16T13:40:00Z", "en", "siap", "si")
art("si-de", "https://www.tagesschau.de/ausland/europa/eu-sanktionen-belarus-102.html", SI_DE_T, SI_DE, D+"16T14:00:00Z", "de", "side", "si")
art("si-pl", "https://www.rp.pl/dyplomacja/art1603-ue-sankcje-bialorus", SI_PL_T, SI_PL, D+"16T14:30:00Z", "pl", "sipl", "si")
art("si-ru", "https://meduza.io/news/2026/01/16/es-vvel-sanktsii", SI_RU_T, SI_RU, D+"16T15:00:00Z", "ru", "siru", "si")

art("p31-ap", "https://apnews.com/article/belarus-ukraine-31-pardoned", P31_AP_T, P31_AP, D+"17T10:30:00Z", "en", "p31ap", "p31")
art("p31-ap-copy", "https://www.usnews.com/news/world/articles/2026-01-17/belarus-hands-31-ukrainians",
    "Belarus Frees 31 Ukrainians", drop_dateline(P31_AP), D+"17T11:10:00Z", "en", "p31ap", "p31")
art("p31-uk", "https://www.pravda.com.ua/news/2026/01/17/7012/", P31_UK_T, P31_UK, D+"17T10:50:00Z", "uk", "p31uk", "p31")
art("p31-ru", "https://www.dw.com/ru/lukashenko-pomiloval-31/a-7003", P31_RU_T, P31_RU, D+"17T11:30:00Z", "ru", "p31ru", "p31")

D = "2026-02-"
art("p52-ap", "https://apnews.com/article/belarus-frees-52-bialiatski", P52_AP_T, P52_AP, D+"20T11:00:00Z", "en", "p52ap", "p52")
art("p52-ap-translit", "https://www.independent.co.uk/news/world/europe/byalyatsky-freed.html",
    "Byalyatsky and Kalesnikava freed by Belarus", plain(translit(P52_AP)), D+"20T11:50:00Z", "en", "p52ap", "p52")
art("p52-ap-cut", "https://www.startribune.com/belarus-frees-52/601235001", "Belarus frees 52",
    trim_last(P52_AP), D+"20T12:15:00Z", "en", "p52ap", "p52")
art("p52-rt", "https://www.reuters.com/world/europe/bialiatski-kolesnikova-free-2026-02-20/", P52_RT_T, P52_RT, D+"20T11:20:00Z", "en", "p52rt", "p52")
art("p52-ru", "https://meduza.io/news/2026/02/20/belyatskiy-i-kolesnikova-na-svobode", P52_RU_T, P52_RU, D+"20T12:00:00Z", "ru", "p52ru", "p52")
art("p52-be", "https://www.svaboda.org/a/bialiacki-kalesnikava-volia/3302.html", P52_BE_T, P52_BE, D+"20T12:30:00Z", "be", "p52be", "p52")

art("bc-ap", "https://apnews.com/article/bialiatski-news-conference-vilnius", BC_AP_T, BC_AP, D+"22T13:00:00Z", "en", "bcap", "bc")
art("bc-ap-copy", "https://abcnews.go.com/International/wireStory/bialiatski-urges-eu",
    "Bialiatski: don't ease sanctions yet", translit(BC_AP), D+"22T13:45:00Z", "en", "bcap", "bc")
art("bc-ru", "https://www.dw.com/ru/belyatskiy-press-konferentsiya/a-7004", BC_RU_T, BC_RU, D+"22T14:00:00Z", "ru", "bcru", "bc")

with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "articles")
