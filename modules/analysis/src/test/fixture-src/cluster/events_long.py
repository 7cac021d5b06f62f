"""Story-decision set of long reports (en, ru) whose hard pairs are hard the way real coverage is: every
article recaps the same background (the 2020 protests, Viasna's count, the envoy's visits, earlier
releases), same-event reports range from a two-sentence agency brief to a long analysis published the
next morning, and different events on the beat fall days apart or on the same day (a pardon round and the
freed people's news conference two days later; a second round a week later; US relief for Belavia and the
EU saying its sanctions stay, the same day; a handover of Ukrainians). Our own text.

    python3 events_long.py ../../../main/resources/cluster/events-long.jsonl
"""
import json, sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from fixturelib import *

BG_EN = """Belarus was rocked by mass protests in 2020 after an election that the opposition and the West said was rigged. More than 65,000 people were detained in the crackdown that followed, and hundreds of thousands left the country. The rights group Viasna counts about 1,100 political prisoners, among them Nobel Peace Prize laureate Ales Bialiatski.

Lukashenko, in power since 1994, has freed several groups of prisoners since U.S. envoy John Coale began visiting Minsk last year, in what analysts see as an attempt to ease Western sanctions on the country's potash industry and its national airline Belavia."""

BG_RU = """Массовые протесты в Беларуси начались в 2020 году после президентских выборов, которые оппозиция и Запад считают сфальсифицированными. В ходе подавления протестов были задержаны более 65 тысяч человек, сотни тысяч уехали из страны. По данным правозащитного центра «Весна», в стране остаются около 1100 политзаключенных, среди них лауреат Нобелевской премии мира Алесь Беляцкий.

Лукашенко, правящий с 1994 года, освободил несколько групп заключенных с тех пор, как в Минск в прошлом году начал приезжать спецпосланник США Джон Коул. Аналитики связывают это с желанием ослабить западные санкции против калийной отрасли и авиакомпании «Белавиа»."""

P42_AP_T = "Belarus pardons 42 jailed activists as US envoy visits"
P42_AP = """MINSK, Belarus (AP) — Belarusian President Alexander Lukashenko pardoned 42 people jailed for taking part in anti-government protests on Tuesday, hours after meeting U.S. envoy John Coale, his press service said.

Among those freed were the journalist Katsiaryna Andreyeva of the Belsat channel and the lawyer Maksim Znak, the rights group Viasna said. Most of the 42 were driven to the Lithuanian border and crossed into Lithuania in the afternoon.

Coale told reporters in Minsk that the talks had been "frank and useful" and that Washington would respond to "every real step". He did not say whether sanctions relief was discussed.

""" + BG_EN + """

Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the release but said that "42 people out of 1,100 is not a thaw, it is a ransom payment"."""

P42_RT_T = "Lukashenko frees 42 protesters after talks with Trump envoy"
P42_RT = """VILNIUS (Reuters) - Belarus freed 42 people convicted over the 2020 protests on Tuesday after President Alexander Lukashenko met U.S. special envoy John Coale, Lithuanian border officials and the Belarusian presidential office said.

Journalist Katsiaryna Andreyeva and lawyer Maksim Znak were among those who crossed into Lithuania at the Medininkai checkpoint, according to Viasna.

Lukashenko has released more than 300 prisoners since last year. The United States has eased some sanctions in return, while the European Union has kept its own measures in place."""

P42_TASS_T = "Лукашенко помиловал 42 человека"
P42_TASS = """Президент Белоруссии Александр Лукашенко помиловал 42 человека, осужденных за участие в беспорядках 2020 года, сообщила во вторник пресс-служба белорусского лидера. Решение принято после встречи с американским посланником Джоном Коулом."""

P42_MEDUZA_T = "Сорок два человека за один визит. Что стоит за новым помилованием в Беларуси"
P42_MEDUZA = """Во вторник Александр Лукашенко помиловал 42 политзаключенных — через несколько часов после встречи со спецпосланником США Джоном Коулом. Среди освобожденных журналистка «Белсата» Екатерина Андреева и юрист Максим Знак. Большинство вывезли к литовской границе.

Это уже пятая группа за год. Каждый раз освобождение совпадает с визитом Коула, а через несколько дней Вашингтон объявляет о частичном снятии санкций.

""" + BG_RU + """

Светлана Тихановская назвала освобождение «выкупом», а не оттепелью: по ее словам, на место каждого освобожденного приходит новый задержанный."""

NC_AP_T = "Freed Belarusian activists describe beatings and isolation at Vilnius news conference"
NC_AP = """VILNIUS, Lithuania (AP) — Activists freed by Belarus this week described beatings, months of solitary confinement and denial of medical care at a news conference in Vilnius on Thursday.

Journalist Katsiaryna Andreyeva, one of 42 people pardoned on Tuesday by President Alexander Lukashenko, said she had not been allowed to see a lawyer for two years. Lawyer Maksim Znak said he had spent 500 days in a punishment cell.

""" + BG_EN + """

Tsikhanouskaya, who hosted the news conference, called on Western governments to keep up pressure until every prisoner was free."""

NC_ZERKALO_T = "«Два года без адвоката». Освобожденные политзаключенные рассказали об условиях в колониях"
NC_ZERKALO = """В четверг в Вильнюсе освобожденные во вторник политзаключенные провели пресс-конференцию. Журналистка Екатерина Андреева рассказала, что два года не могла встретиться с адвокатом, а юрист Максим Знак — что провел в ШИЗО 500 дней.

""" + BG_RU

P16_AP_T = "Belarus frees 16 more prisoners a week after releasing 42"
P16_AP = """MINSK, Belarus (AP) — Belarus pardoned 16 more prisoners on Tuesday, a week after President Alexander Lukashenko freed 42 activists following a visit by U.S. envoy John Coale, the presidential press service said.

Those released included two Lithuanian citizens and a Catholic priest, Viasna said. They were handed over to Lithuanian officials at the border.

""" + BG_EN

P16_BELTA_T = "Глава государства помиловал 16 осужденных"
P16_BELTA = """Президент Беларуси Александр Лукашенко подписал указы о помиловании 16 осужденных, в том числе двух граждан Литвы, сообщила пресс-служба главы государства во вторник."""

BV_RT_T = "US lifts sanctions on Belarus airline Belavia after prisoner releases"
BV_RT = """WASHINGTON (Reuters) - The United States on Wednesday removed Belarusian state airline Belavia from its sanctions list, the Treasury Department said, a day after Minsk freed 16 more prisoners and a week after it released 42.

The decision allows Belavia to buy spare parts and service its Boeing fleet. U.S. envoy John Coale said the move was "a response in kind".

""" + BG_EN

BV_RBC_T = "США исключили «Белавиа» из санкционного списка"
BV_RBC = """Министерство финансов США в среду исключило белорусскую авиакомпанию «Белавиа» из санкционного списка. Решение позволит перевозчику закупать запчасти и обслуживать самолеты Boeing. Спецпосланник Джон Коул назвал его «ответным шагом» на освобождение заключенных.

""" + BG_RU

EU_EN_T = "EU says its Belarus sanctions stay despite US move on Belavia"
EU_EN = """BRUSSELS — The European Union will keep all its sanctions on Belarus, including the ban on Belavia flights over EU territory, a spokesperson for the bloc's foreign policy chief said on Wednesday, hours after Washington lifted its own sanctions on the airline.

"Releases of political prisoners are welcome, but the repression continues," the spokesperson said, noting that new arrests had been reported by Viasna this week.

""" + BG_EN

UA_AP_T = "Belarus hands over 31 pardoned Ukrainians to Kyiv"
UA_AP = """KYIV, Ukraine (AP) — Belarus handed over 31 Ukrainian citizens pardoned by President Alexander Lukashenko to Ukrainian officials at the border on Monday, Ukraine's human rights ombudsman said.

The Ukrainians had been serving sentences in Belarus for crimes including sabotage and smuggling. The release followed a request from Kyiv passed on by U.S. envoy John Coale.

""" + BG_EN

UA_IFX_T = "Белоруссия передала Украине 31 помилованного гражданина"
UA_IFX = """Белоруссия в понедельник передала украинской стороне 31 гражданина Украины, помилованного Александром Лукашенко, сообщил украинский омбудсмен Дмитрий Лубинец. Передача состоялась на границе при посредничестве США."""

D = "2026-03-"
art("l42-ap", "https://apnews.com/article/belarus-pardons-42-coale", P42_AP_T, P42_AP, D+"03T14:00:00Z", "en", "l42ap", "l42")
art("l42-rt", "https://www.reuters.com/world/europe/belarus-frees-42-2026-03-03/", P42_RT_T, P42_RT, D+"03T15:10:00Z", "en", "l42rt", "l42")
art("l42-tass", "https://tass.ru/mezhdunarodnaya-panorama/2600042", P42_TASS_T, P42_TASS, D+"03T13:40:00Z", "ru", "l42tass", "l42")
art("l42-meduza", "https://meduza.io/feature/2026/03/04/sorok-dva-cheloveka", P42_MEDUZA_T, P42_MEDUZA, D+"04T07:30:00Z", "ru", "l42meduza", "l42")
art("lnc-ap", "https://apnews.com/article/belarus-freed-activists-vilnius-news-conference", NC_AP_T, NC_AP, D+"05T13:00:00Z", "en", "lncap", "lnc")
art("lnc-zerkalo", "https://news.zerkalo.io/life/2026-03-05-press-conference.html", NC_ZERKALO_T, NC_ZERKALO, D+"05T14:00:00Z", "ru", "lnczerkalo", "lnc")
art("l16-ap", "https://apnews.com/article/belarus-frees-16-more", P16_AP_T, P16_AP, D+"10T12:00:00Z", "en", "l16ap", "l16")
art("l16-belta", "https://www.belta.by/president/view/pomilovanie-16-2026", P16_BELTA_T, P16_BELTA, D+"10T11:30:00Z", "ru", "l16belta", "l16")
art("lbv-rt", "https://www.reuters.com/world/us-lifts-sanctions-belavia-2026-03-11/", BV_RT_T, BV_RT, D+"11T18:00:00Z", "en", "lbvrt", "lbv")
art("lbv-rbc", "https://www.rbc.ru/politics/11/03/2026/belavia", BV_RBC_T, BV_RBC, D+"11T19:00:00Z", "ru", "lbvrbc", "lbv")
art("leu-en", "https://www.euronews.com/2026/03/11/eu-belarus-sanctions-stay", EU_EN_T, EU_EN, D+"11T21:00:00Z", "en", "leuen", "leu")
art("lua-ap", "https://apnews.com/article/belarus-ukrainians-handed-over-31", UA_AP_T, UA_AP, D+"16T10:00:00Z", "en", "luaap", "lua")
art("lua-ifx", "https://www.interfax.ru/world/2026031631", UA_IFX_T, UA_IFX, D+"16T10:40:00Z", "ru", "luaifx", "lua")

with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "articles")
