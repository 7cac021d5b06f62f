#!/usr/bin/env python3
"""Writes press-dev.jsonl: a blind development set for the tagger of 84 press excerpts, 12 in each of en,
ru, pl, de, it, es and pt, written in the manner of the outlets of each language (AP, Reuters, RFE/RL and
the BBC; Meduza, Zerkalo, Novaya Gazeta Europe, Interfax, TASS and BelTA; PAP, Wyborcza and
Rzeczpospolita; dpa, DW, tagesschau and Spiegel; ANSA, Corriere and Repubblica; EFE and El País; Lusa,
Público and Folha). Each is a headline plus 4-8 sentences (80-200 words) with dateline or attribution,
quotes, background and reactions, in the language's own journalistic wording rather than a translation of
one template; numbers are sometimes written as words ("szesnastu", "vierundvierzig", "trentuno").

The set was written without looking at the tagger's rules. Events are invented but plausible: pardon
rounds of different sizes, single named prisoners freed, foreigners (Lithuanian, Latvian, Polish,
Japanese, Ukrainian, German, American) freed and handed over, releases traded for US relief on Belavia,
Belaruskali, Grodno Azot or a bank, and new EU, UK, Canadian and Swiss listings or threats. About half of
each language is hard negatives or tricky cases: sanctions on Iran, Russia, North Korea or Venezuela;
releases and swaps by Russia, Azerbaijan, Venezuela or Iran; prisoner-of-war exchanges; sentencing and
arrests in Belarus with calls for release; appeals with no release; analysts' or Minsk's talk of relief
(no government intent); a sanctions story with an earlier release as background and a release story with
sanctions as background; freed Belarusians arriving in Lithuania (the freeing country is still Belarus);
a freed prisoner's news conference weeks later; military, economy and sports news that mentions Belarus.

Labels: tags are "tag@CC". pardon@CC when the article's news is a release by CC (the country that frees,
never where the freed arrive nor their nationality; in a swap, the country whose release is the news, as
in labelled.jsonl), with .political, .foreign and .exchange subtags; sanctions@CC when the news is a
sanctions move against target CC, with .imposed, .eased, .threatened (a government threatens) and
.intent-ease (a government says it is ready to ease or is considering it). Background mentions, demands
and prisoner-of-war exchanges earn no tag. count is the number released in this event when the text
states it (digits or words), else null; ages, sentences, prisoners who remain and earlier releases are
not counts. entities is left empty.
Run: python3 make_press_dev.py > press-dev.jsonl
"""
import json
import re
import sys

A = []
LANGS = ("en", "ru", "pl", "de", "it", "es", "pt")
FAMILIES = {"pardon": {"political", "foreign", "exchange"},
            "sanctions": {"imposed", "eased", "threatened", "intent-ease"}}


def art(id, lang, title, text, tags, count=None):
    text = " ".join(text.split())
    assert re.fullmatch(r"p-%s-\d\d" % lang, id), id
    assert all(a["id"] != id for a in A), id
    n = len(text.split())
    assert 80 <= n <= 200, (id, n)
    for t in tags:
        fam, cc = t.split("@")
        base, _, sub = fam.partition(".")
        assert base in FAMILIES and (not sub or sub in FAMILIES[base]) and re.fullmatch("[A-Z]{2}", cc), t
        assert "%s@%s" % (base, cc) in tags, (id, t)
    assert len(set(tags)) == len(tags), id
    assert count is None or (isinstance(count, int) and any(t.startswith("pardon@") for t in tags)), id
    A.append({"id": id, "lang": lang, "title": title, "text": text,
              "labels": {"tags": sorted(tags), "entities": [], "count": count}})


P, PP, PF, PX = "pardon@BY", "pardon.political@BY", "pardon.foreign@BY", "pardon.exchange@BY"
S, SE, SI, ST, SIE = "sanctions@BY", "sanctions.eased@BY", "sanctions.imposed@BY", "sanctions.threatened@BY", \
    "sanctions.intent-ease@BY"

# --- English -------------------------------------------------------------------------------------------
art("p-en-01", "en", "Belarus frees 27 prisoners, including Lithuanians and Latvians, as US eases airline curbs", """
VILNIUS, Lithuania (AP) — Belarus released 27 prisoners on Thursday, among them four Lithuanian citizens
and two Latvians, and in return Washington lifted the remaining restrictions on the state airline Belavia,
a U.S. official said. The freed prisoners were driven to the Lithuanian border in a convoy escorted by
American diplomats. Rights groups said most of them were political prisoners convicted of “extremism,” a
charge routinely used against government critics and people who joined the 2020 protests. “This is a step,
not the destination,” U.S. envoy John Coale told reporters in Vilnius, adding that talks with Minsk would
continue. The Treasury Department’s Office of Foreign Assets Control said Belavia could again buy aircraft
parts and services from American companies. Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the
releases but warned that more than 1,100 political prisoners remained behind bars.
""", [P, PP, PF, PX, S, SE], 27)

art("p-en-02", "en", "Belarus’s Lukashenko pardons 18 convicted of ‘extremism’ ahead of Independence Day", """
MINSK, July 2 (Reuters) - Belarusian President Alexander Lukashenko has pardoned eighteen people convicted
of “extremist” crimes, his press service said on Wednesday, a day before the country marks Independence
Day. The statement said the group included ten women, several pensioners and people with chronic
illnesses, all of whom had “admitted their guilt and asked for clemency.” It did not give their names. The
Viasna human rights centre said at least 11 of those pardoned were on its list of political prisoners,
among them a school teacher jailed over comments about the 2020 protests. Lukashenko has freed several
hundred prisoners in small batches over the past year, moves analysts see as an attempt to reopen channels
to the West. Viasna still counts about 1,150 political prisoners in the country.
""", [P, PP], 18)

art("p-en-03", "en", "Belarusian journalist Ihar Ilyash freed after pardon, crosses into Lithuania", """
PRAGUE -- Belarusian journalist Ihar Ilyash, who was serving a four-year sentence for “discrediting” the
country, has been released from prison and is now in Lithuania, his family told RFE/RL’s Belarus Service on
Monday. Ilyash was pardoned by Alyaksandr Lukashenka on Friday but was allowed to leave the penal colony in
Navapolatsk only over the weekend, relatives said. He was driven to the Lithuanian border, where diplomats
met him. “He is thin and tired, but he is free,” his sister said by phone. The Belarusian Association of
Journalists says more than 30 media workers remain behind bars, including Ilyash’s wife, Katsyaryna
Andreyeva, who is serving more than eight years. The authorities in Minsk did not comment on the release.
""", [P, PP])

art("p-en-04", "en", "Belarus jails photographer for 5 years over protest pictures; rights groups demand release", """
TALLINN, Estonia (AP) — A court in Belarus on Tuesday sentenced a freelance photographer to five years in a
penal colony for taking pictures of the 2020 anti-government protests, the Belarusian Association of
Journalists said. Dzmitry Savonchyk, 34, was found guilty of “facilitating extremist activity” after the
KGB said images from his archive had been published by independent outlets that the government has branded
extremist. The trial in Mogilev was held behind closed doors. Reporters Without Borders called the verdict
“absurd” and urged the authorities to free him immediately. Exiled opposition leader Sviatlana
Tsikhanouskaya said the case showed that “repression has not stopped for a single day,” despite the recent
pardons of some prisoners. The Viasna rights group added Savonchyk to its list of political prisoners.
""", [])

art("p-en-05", "en", "US sanctions Iranian drone procurement network spanning China and UAE", """
WASHINGTON, Nov 12 (Reuters) - The U.S. Treasury Department on Wednesday imposed sanctions on 14 companies
and individuals in Iran, China and the United Arab Emirates that it accused of supplying components for
Iran’s drone and missile programmes. The Office of Foreign Assets Control said the network had bought
engines and navigation electronics on behalf of firms linked to Iran’s Revolutionary Guards. “Iran
continues to rely on illicit procurement to arm its proxies,” a senior Treasury official said in a
statement. Any U.S. assets of those designated are frozen, and Americans are generally barred from dealing
with them. Iran’s foreign ministry condemned the move as “economic terrorism” and said it would not change
Tehran’s policies. The action is the latest in a series of measures aimed at Iran’s weapons supply chains.
""", ["sanctions@IR", "sanctions.imposed@IR"])

art("p-en-06", "en", "UK sanctions Belarusian officials over migrant pressure on EU border", """
The UK has sanctioned six Belarusian border guard commanders and two travel firms it accuses of helping to
push migrants towards the borders of Poland, Lithuania and Latvia. The Foreign Office said the individuals
had organised transport and accommodation for people flown to Minsk on the promise of easy passage into
the European Union. “The Lukashenko regime is using vulnerable people as a weapon,” a Foreign Office
minister said. The measures, which include asset freezes and travel bans, come some five weeks after Belarus let 52
prisoners go under a US-brokered arrangement, and as Washington pursues its own dialogue with Belarus. British officials
said they welcomed any release of political prisoners but that London would judge Minsk on “actions, not
gestures”. Belarus’s foreign ministry called the sanctions “hostile” and promised a response.
""", [S, SI])

art("p-en-07", "en", "Freed Nobel laureate Bialiatski vows to keep documenting abuses in Belarus", """
VILNIUS, Lithuania (AP) — Nobel Peace Prize laureate Ales Bialiatski said Wednesday that he would rebuild
the Viasna human rights center from exile, four weeks after he was released from a Belarusian prison and
taken out of the country. Speaking at his first news conference in Vilnius, the 63-year-old said
conditions in the penal colony where he spent more than four years were designed “to break people, slowly
and quietly.” He urged Western governments not to forget the roughly 1,100 political prisoners still held.
“Every person who was let go is a victory, but every one who remains is a debt,” Bialiatski said. He
declined to discuss the terms of his release, which came as part of a wider deal between Minsk and
Washington. Lukashenko’s government has not commented on his remarks.
""", [])

art("p-en-08", "en", "Russia frees American teacher in swap for convicted Russian hacker", """
MOSCOW (AP) — Russia on Friday released an American schoolteacher who had been serving a 10-year sentence
for carrying medical marijuana, in exchange for a Russian man convicted of cybercrime in the United States,
the White House said. The teacher, 61-year-old Daniel Hurley of Pennsylvania, was flown out of Moscow to
Istanbul, where the exchange took place under Turkish supervision. The state news agency RIA Novosti
confirmed the swap. Hurley had been arrested at a Moscow airport in 2023 with cannabis oil that his lawyers
said had been prescribed to him at home. Secretary of State Marco Rubio thanked Turkish authorities for
their help and said Washington would “keep working to bring every wrongfully detained American home.” The
deal follows a string of quieter releases negotiated between Moscow and Washington since the start of the
year.
""", ["pardon@RU", "pardon.foreign@RU", "pardon.exchange@RU"])

art("p-en-09", "en", "US Treasury lifts sanctions on Belarusian potash giant Belaruskali", """
WASHINGTON (Reuters) - The United States on Monday removed Belarusian state potash producer Belaruskali
and its trading arm from its sanctions list, the Treasury Department said, ending restrictions imposed in
2021 after a crackdown on protesters. The decision allows U.S. companies and banks to deal with the firm,
one of the world’s biggest producers of the fertiliser ingredient, although European Union sanctions that
block its exports through Lithuanian ports remain in force. U.S. envoy John Coale had said in September,
after Minsk released 52 prisoners, that the potash measures were on the table. Lithuania’s foreign minister
said Vilnius had not been consulted and that Belarusian fertiliser would stay barred from Klaipeda.
Belaruskali said it expected to restore contracts with buyers in Asia and Latin America.
""", [S, SE])

art("p-en-10", "en", "EU adds Belarusian arms makers to sanctions list over support for Russia’s war", """
BRUSSELS (AP) — The European Union on Friday slapped sanctions on 17 Belarusian individuals and nine
companies, including factories it says produce parts for Russian drones and armored vehicles used in
Ukraine. The listings, agreed by ambassadors of the 27 member states earlier in the week, also target
senior officials of Belarus’ defense ministry and the head of a state-owned optics plant. Those on the list
face an asset freeze and a ban on travel to the EU. “Belarus has turned itself into a workshop for Russia’s
war,” EU foreign policy chief Kaja Kallas said in a statement. The bloc first sanctioned Belarus over the
disputed 2020 presidential election and widened the measures after Minsk let Russian troops use its
territory for the 2022 invasion. Minsk dismissed the decision as “economic blackmail.”
""", [S, SI])

art("p-en-11", "en", "Belarusian banks hope to be next in line for US sanctions relief", """
After potash and the national airline, executives at Belarus’s largest state banks are quietly hoping they
will be next to shed U.S. sanctions, according to bankers and analysts in Minsk. Belarusbank and
Belagroprombank have been cut off from dollar transactions since 2021, forcing them to route payments
through Russian and Chinese lenders. “The logic of the deal suggests banks are the next bargaining chip,”
said an analyst at a Vilnius-based think tank who asked not to be named. The State Department declined to
comment, and a Treasury spokesperson said there was “no change in policy to announce.” Lukashenko has
repeatedly said he wants a “big deal” with Washington covering finance and trade. Exiled opposition figures
warn that Washington should give nothing more until every political prisoner is out.
""", [])

art("p-en-12", "en", "American released from Belarusian prison, flown to Warsaw with US envoy", """
WARSAW, Poland (AP) — An American citizen held in Belarus for nearly two years was released and flown to
Warsaw on Sunday aboard a plane carrying U.S. special envoy John Coale, the U.S. Embassy in Poland said. The
man, identified by relatives as 47-year-old Michael Brandt of Ohio, had been convicted of illegal border
crossing and smuggling after he was detained near Brest in 2024. His family said he was pardoned by
Lukashenko on Saturday after months of talks. “He wants a hamburger and to see his kids,” his brother told
reporters outside the embassy. Coale, who met Lukashenko in Minsk before leaving, described their
conversation as “frank and useful.” Belarus has freed more than a dozen U.S. citizens and residents since
early 2025, most of them in small groups.
""", [P, PF])

# --- Russian -------------------------------------------------------------------------------------------
art("p-ru-01", "ru", "Лукашенко помиловал еще 14 человек. Как минимум девять из них — политзаключенные", """
На свободу вышли четырнадцать человек, осужденных по так называемым «экстремистским» статьям: Александр
Лукашенко подписал указ об их помиловании, сообщила в пятницу его пресс-служба. Имен освобожденных в
официальном сообщении нет — говорится лишь, что среди помилованных шесть женщин, двое пенсионеров, а
также люди с хроническими заболеваниями. По данным правозащитного центра «Весна», как минимум девять
помилованных числятся политзаключенными, в том числе гомельская медсестра, получившая три года колонии за
комментарии в телеграм-чате. Как и в прошлые разы, все они, по версии властей, «признали вину и
раскаялись». Это уже шестая волна помилований с начала года. Правозащитники напоминают, что за решеткой по
политическим мотивам по-прежнему остаются более тысячи человек.
""", [P, PP], 14)

art("p-ru-02", "ru", "Минск освободил 40 заключенных, США сняли санкции с «Гродно Азота»", """
Минск. 11 сентября. INTERFAX — Белорусские власти освободили 40 заключенных, в том числе граждан Литвы,
Латвии и Польши, а США в ответ исключили из санкционного списка химический концерн «Гродно Азот», заявил
журналистам в Вильнюсе спецпосланник президента США Джон Коул. «Это результат договоренности, достигнутой
на встрече с президентом Лукашенко», — сказал он. По словам дипломата, освобожденных вывезли на автобусах к
литовской границе. Среди них, по данным правозащитников, есть политзаключенные, осужденные после протестов
2020 года, и двое журналистов. Управление по контролю за иностранными активами (OFAC) Минфина США уже
опубликовало соответствующее решение: американские компании смогут вновь закупать азотные удобрения
предприятия. В МИД Белоруссии назвали шаг Вашингтона «разумным» и выразили надежду на продолжение
диалога.
""", [P, PP, PF, PX, S, SE], 40)

art("p-ru-03", "ru", "Лукашенко помиловал девять граждан Украины", """
МИНСК, 18 октября. /ТАСС/. Президент Белоруссии Александр Лукашенко помиловал девять граждан Украины,
отбывавших наказание в белорусских исправительных учреждениях. Об этом сообщила пресс-служба главы
государства. «Решение принято исходя из принципов гуманизма и по просьбе американской стороны», —
говорится в сообщении. Помилованные были осуждены за различные преступления, в том числе за контрабанду и
незаконное пересечение границы. Уточняется, что в субботу они были переданы представителям Украины на
пункте пропуска «Мокраны». Уполномоченный Верховной рады по правам человека Дмитрий Лубинец подтвердил
возвращение соотечественников и поблагодарил США за посредничество. Ранее белорусская сторона уже
передавала Киеву несколько групп осужденных украинцев.
""", [P, PF], 9)

art("p-ru-04", "ru", "Россия и Украина провели обмен пленными по формуле «103 на 103»", """
Россия и Украина в четверг провели очередной обмен военнопленными: каждая из сторон вернула по 103
человека, сообщило Минобороны РФ. Посредником, как и в предыдущие разы, выступили Объединенные Арабские
Эмираты. Российских военнослужащих сначала доставили на территорию Белоруссии, где им оказывают
медицинскую и психологическую помощь, а затем перевезут в Россию. Владимир Зеленский опубликовал
фотографии вернувшихся украинцев — среди них защитники Мариуполя и пограничники, находившиеся в плену с
весны 2022 года. Координационный штаб по обращению с военнопленными в Киеве заявил, что работа над
следующим этапом уже ведется. Обмены продолжаются, несмотря на отсутствие заметного прогресса на мирных
переговорах.
""", [])

art("p-ru-05", "ru", "В Бресте пенсионерку осудили на три года за комментарии о Лукашенко", """
Суд Ленинского района Бреста приговорил 67-летнюю жительницу города к трем годам колонии общего режима за
комментарии в «Одноклассниках», сообщает правозащитный центр «Весна». Женщину признали виновной в
оскорблении президента и разжигании вражды: по версии обвинения, в 2020–2021 годах она оставляла
«оскорбительные высказывания» о Лукашенко и силовиках. Задержали ее еще в марте, и все это время она
провела в СИЗО. Правозащитники признали пенсионерку политзаключенной и требуют ее немедленного
освобождения. В офисе Светланы Тихановской назвали приговор «еще одним доказательством того, что репрессии
не прекращаются, сколько бы людей ни выпускали по помилованию». Как отмечает «Весна», с начала года по
политическим статьям осуждены уже сотни человек.
""", [])

art("p-ru-06", "ru", "Сеул ввел санкции против 15 граждан КНДР за кибермошенничество", """
СЕУЛ, 24 ноября. /ТАСС/. Правительство Республики Корея ввело односторонние санкции против 15 граждан
КНДР и одной организации, которых обвиняет в незаконном заработке валюты с помощью IT-специалистов и
кибератак. Об этом сообщил МИД республики. По данным Сеула, средства, добытые в том числе за счет краж
криптовалюты, направляются на финансирование ракетной и ядерной программ Пхеньяна. Южнокорейским
гражданам и компаниям запрещено проводить с попавшими в список лицами любые финансовые операции без
разрешения властей. В заявлении отмечается, что решение скоординировано с США и Японией. Пхеньян пока
никак не отреагировал на новые ограничения.
""", ["sanctions@KP", "sanctions.imposed@KP"])

art("p-ru-07", "ru", "Бабарико впервые выступил перед журналистами после освобождения", """
Бывший банкир и несостоявшийся кандидат в президенты Виктор Бабарико впервые после выхода на свободу
встретился с журналистами. Пресс-конференция прошла в Варшаве — спустя почти месяц после того, как его
вместе с другими политзаключенными вывезли из Беларуси. Бабарико рассказал, что последние годы провел в
изоляции и о многих событиях узнал лишь после освобождения. «Я не чувствую ненависти, но чувствую
ответственность перед теми, кто остался», — сказал он. Политик признался, что пока не решил, будет ли
заниматься политикой в эмиграции. Отвечая на вопрос о санкциях, он заявил, что давление Запада нужно
сохранять, пока в колониях остаются люди. Напомним, Бабарико был приговорен к 14 годам лишения свободы по
делу «Белгазпромбанка».
""", [])

art("p-ru-08", "ru", "ЕС ввел санкции против белорусских судей и начальников колоний", """
Совет Евросоюза в понедельник включил в санкционный список еще 22 человека и пять организаций из
Беларуси, которых в Брюсселе считают причастными к политическим репрессиям. В список попали судьи,
выносившие приговоры участникам протестов, руководители нескольких исправительных колоний и сотрудники
ГУБОПиК. Их активы в ЕС будут заморожены, а въезд в страны блока закрыт. Решение принято на фоне
сближения Минска и Вашингтона: летом США ослабили ограничения против «Белавиа», а Лукашенко освободил
несколько десятков заключенных. В Брюсселе подчеркивают, что европейская политика в отношении режима не
изменилась. МИД Беларуси назвал новые меры «бессмысленными» и пообещал «зеркальный ответ».
""", [S, SI])

art("p-ru-09", "ru", "Швейцария присоединилась к новым санкциям ЕС против Беларуси", """
Федеральный совет Швейцарии решил присоединиться к последнему пакету ограничительных мер Евросоюза против
Беларуси, сообщил в среду Государственный секретариат по экономике (SECO). Под санкции попали 26
физических лиц и восемь компаний, в том числе предприятия, которые, по данным Берна, поставляют
российской армии комплектующие для беспилотников. Кроме того, расширен запрет на экспорт в Беларусь
товаров двойного назначения и станков. Меры вступают в силу в четверг в 18:00 по местному времени.
Швейцария, не входящая в ЕС, с 2020 года последовательно перенимает европейские санкции против Минска,
хотя и сохраняет за собой право на исключения. Белорусская сторона на решение Берна пока не
отреагировала.
""", [S, SI])

art("p-ru-10", "ru", "Беларусь освободила гражданина Литвы, осужденного за шпионаж", """
Белорусские власти освободили гражданина Литвы, который почти три года провел в заключении по обвинению
в шпионаже, сообщил в воскресенье МИД Литвы. Мужчину передали литовской стороне на пункте пропуска
«Мядининкай», сейчас он проходит медицинское обследование в Вильнюсе. Его имя не называют по просьбе
семьи. Как уточнили в литовском внешнеполитическом ведомстве, Лукашенко подписал указ о его помиловании
накануне. Отношения двух стран остаются напряженными: Литва поддерживает санкции ЕС,
из-за которых белорусские калийные удобрения не могут идти через порт Клайпеды, а осенью Вильнюс
несколько раз закрывал границу из-за метеозондов с контрабандой. Президент Литвы Гитанас Науседа
поблагодарил всех, кто помог вернуть соотечественника домой.
""", [P, PF])

art("p-ru-11", "ru", "В Вооруженных силах Белоруссии началась внезапная проверка боеготовности", """
МИНСК, 4 марта. /ТАСС/. Внезапная проверка боевой готовности началась в Вооруженных силах Белоруссии по
решению президента Александра Лукашенко, сообщило Министерство обороны республики. К мероприятиям
привлечены подразделения двух оперативных командований, а также части военно-воздушных сил и войск
противовоздушной обороны. Войскам предстоит совершить марш в незнакомые районы и отработать оборону
важных объектов. «Особое внимание будет уделено противодействию беспилотникам», — отметил министр обороны
Виктор Хренин. По данным ведомства, проверка продлится до конца недели. В Литве и Польше заявили, что
внимательно следят за передвижением войск у своих границ.
""", [])

art("p-ru-12", "ru", "Алиев помиловал 154 человека, среди них двое журналистов", """
Президент Азербайджана Ильхам Алиев подписал распоряжение о помиловании 154 осужденных, сообщает
пресс-служба главы государства. Указ приурочен к празднику Новруз. Как отмечают местные правозащитники, в
списке оказались несколько человек, которых они считают политическими заключенными, в том числе двое
журналистов и активист оппозиционного Народного фронта. Вместе с тем сотрудники издания Abzas Media,
осужденные на длительные сроки, под помилование не попали. Международные организации неоднократно
призывали Баку освободить всех журналистов, находящихся за решеткой. Предыдущее масштабное помилование в
Азербайджане проводилось в мае прошлого года. Освобожденные должны покинуть места заключения в течение
нескольких дней.
""", ["pardon@AZ", "pardon.political@AZ"], 154)

# --- Polish --------------------------------------------------------------------------------------------
art("p-pl-01", "pl", "Białoruś uwolniła szesnastu więźniów. Wśród nich dwoje obywateli Polski", """
Warszawa (PAP) - Władze Białorusi uwolniły w czwartek szesnastu więźniów, w tym dwoje obywateli Polski -
poinformowało MSZ. Uwolnionych przewieziono do przejścia granicznego w Terespolu, gdzie czekali na nich
polscy konsulowie. Według centrum praw człowieka Wiasna większość z nich to więźniowie polityczni,
skazani za udział w protestach po wyborach prezydenckich w 2020 roku albo za wpisy w internecie. Rzecznik
resortu przekazał, że obywatele RP są w dobrym stanie i trafili pod opiekę lekarzy. „Cieszymy się, ale
nie zapominamy o tych, którzy wciąż siedzą” - napisał w mediach społecznościowych szef polskiej
dyplomacji. Władze w Mińsku nie skomentowały sprawy. Alaksandr Łukaszenka od ubiegłego roku regularnie
ułaskawia niewielkie grupy więźniów.
""", [P, PP, PF], 16)

art("p-pl-02", "pl", "Mińsk skazał Polkę na sześć lat. MSZ żąda jej uwolnienia", """
Sąd obwodowy w Grodnie skazał na sześć lat kolonii karnej obywatelkę Polski oskarżoną o „szpiegostwo na
rzecz polskich służb” - dowiedziała się „Rzeczpospolita”. 38-letnia kobieta została zatrzymana w
ubiegłym roku podczas wizyty u rodziny w okolicach Lidy. Proces toczył się za zamkniętymi drzwiami, a
polskich konsulów nie wpuszczono na salę. Ministerstwo Spraw Zagranicznych określiło wyrok jako
„całkowicie bezpodstawny” i wezwało władze Białorusi do natychmiastowego uwolnienia Polki. Sprawa może
dodatkowo skomplikować i tak napięte relacje między Warszawą a Mińskiem, które w ostatnich miesiącach
pogorszyły się po incydentach z dronami i kolejnym zamknięciu przejść granicznych. Białoruskie KGB nie
ujawniło, jakie dowody przedstawiono w sądzie.
""", [])

art("p-pl-03", "pl", "Gdzie jest Mikoła Statkiewicz? Żona apeluje o jego uwolnienie", """
Od ponad dwóch miesięcy rodzina Mikoły Statkiewicza nie ma żadnych wiadomości o jego losie. Opozycjonista,
który we wrześniu odmówił wyjazdu z Białorusi po ułaskawieniu i został odwieziony z powrotem do kolonii,
zniknął z pola widzenia bliskich - mówi „Wyborczej” jego żona Maryna Adamowicz. „Nie wiem nawet, czy
żyje. Proszę wszystkich, którzy rozmawiają dziś z Łukaszenką, by upomnieli się o Mikołę” - apeluje. Do jej
głosu dołączyła Swiatłana Cichanouska, która wezwała amerykańskiego wysłannika Johna Coale’a, by sprawa
Statkiewicza była poruszana przy każdym spotkaniu w Mińsku. Białoruskie władze milczą. Obrońcy praw
człowieka z Wiasny przypominają, że 69-letni polityk spędził w więzieniach łącznie kilkanaście lat.
""", [])

art("p-pl-04", "pl", "UE nakłada sankcje na Białoruś za balony nad Litwą", """
Bruksela (PAP) - Państwa członkowskie UE zatwierdziły w poniedziałek nowe sankcje wobec Białorusi w
odpowiedzi na wysyłanie nad Litwę balonów z przemycanymi papierosami. Na czarnej liście znalazło się
dziewięć osób, w tym wysocy rangą funkcjonariusze białoruskiej straży granicznej, oraz pięć podmiotów,
m.in. firmy logistyczne z obwodu grodzieńskiego. Objęte restrykcjami osoby nie będą mogły wjeżdżać na
terytorium Unii, a ich aktywa zostaną zamrożone. Według Wilna balony wielokrotnie paraliżowały pracę
lotniska w stolicy Litwy, które w ciągu kilku tygodni zamykano ponad dziesięć razy. Litewski minister
spraw zagranicznych ocenił, że decyzja to „jasny sygnał dla reżimu Łukaszenki”. Mińsk zaprzecza, by miał
cokolwiek wspólnego z przemytem.
""", [S, SI])

art("p-pl-05", "pl", "Warszawa grozi Mińskowi sankcjami wobec białoruskich przewoźników", """
Polska jest gotowa wprowadzić krajowe sankcje wobec białoruskich firm transportowych, jeśli presja
migracyjna na granicy nie osłabnie - zapowiedział w środę szef MSWiA. Jak mówił na konferencji prasowej w
Białymstoku, chodzi m.in. o zakaz wjazdu dla ciężarówek należących do firm powiązanych z białoruskim
państwem. „Jeżeli Mińsk dalej będzie przerzucał migrantów przez granicę, odpowiemy w sposób, który
zaboli” - podkreślił minister. Według Straży Granicznej od początku miesiąca odnotowano ponad 1,8 tys.
prób nielegalnego przekroczenia granicy. Szef resortu dodał, że Warszawa będzie też zabiegać o
rozszerzenie unijnych restrykcji. Białoruskie MSZ oskarżyło Polskę o „eskalowanie napięcia” i
„szukanie wroga tam, gdzie go nie ma”.
""", [S, ST])

art("p-pl-06", "pl", "Coale: USA rozważają zniesienie sankcji wobec białoruskich banków", """
Stany Zjednoczone rozważają zniesienie części sankcji nałożonych na białoruski sektor bankowy -
powiedział w wywiadzie dla jednej z amerykańskich stacji specjalny wysłannik prezydenta USA ds.
Białorusi John Coale. Jak zaznaczył, decyzja zależy od tego, czy władze w Mińsku będą nadal zwalniać
więźniów politycznych. „Jesteśmy gotowi pójść dalej, ale to musi działać w obie strony” - mówił.
Wcześniej Waszyngton złagodził restrykcje wobec linii lotniczych Biełavia i koncernu Biełaruśkalij.
Zapowiedź wywołała zaniepokojenie na Litwie i w Polsce, gdzie politycy obawiają się, że amerykańskie
ustępstwa osłabią jedność Zachodu wobec reżimu Łukaszenki. Biały Dom nie podał, o które banki chodzi.
""", [S, SIE])

art("p-pl-07", "pl", "USA nakładają sankcje na północnokoreańskich hakerów", """
Waszyngton (PAP) - Departament Skarbu USA objął sankcjami ośmiu obywateli Korei Północnej i dwie firmy,
które według Amerykanów prały pieniądze pochodzące z cyberataków i kradzieży kryptowalut. Jak podał
resort, zyski z działalności siatki trafiały do programu zbrojeń rakietowych i jądrowych Pjongjangu.
Część ukaranych osób działała z terytorium Chin i Laosu, gdzie pod fałszywymi tożsamościami zatrudniała
się jako informatycy w zachodnich firmach. Amerykańskie aktywa objętych sankcjami zostały zamrożone, a
obywatele USA nie mogą prowadzić z nimi interesów. Departament Stanu zaoferował także nagrodę za
informacje o dwóch członkach grupy. To kolejne w tym roku restrykcje wymierzone w źródła finansowania
północnokoreańskiego reżimu.
""", ["sanctions@KP", "sanctions.imposed@KP"])

art("p-pl-08", "pl", "Wenezuela zwolniła trzydziestu więźniów politycznych", """
Caracas (PAP) - Władze Wenezueli zwolniły w niedzielę trzydziestu więźniów politycznych, wśród nich
działaczy opozycji i dwóch dziennikarzy zatrzymanych po zeszłorocznych wyborach prezydenckich -
poinformowała organizacja praw człowieka Foro Penal. Zwolnienia nastąpiły kilka dni po rozmowach
przedstawicieli rządu w Caracas z wysłannikiem USA. Opozycja uznała gest za niewystarczający, przypominając,
że w więzieniach wciąż przebywa około 800 osób zatrzymanych lub skazanych z powodów politycznych. Część
zwolnionych musi regularnie stawiać się w sądzie i nie może opuszczać kraju. Rodziny czekały na
wiadomości przed więzieniem El Helicoide do późnej nocy. Rząd nie skomentował sprawy.
""", ["pardon@VE", "pardon.political@VE"], 30)

art("p-pl-09", "pl", "Mińsk uwolnił 63 osoby, USA łagodzą sankcje na białoruski potas", """
Władze Białorusi uwolniły w sobotę 63 osoby, w tym kilku cudzoziemców i znanych więźniów politycznych, a
Stany Zjednoczone w zamian złagodziły sankcje wobec białoruskiego przemysłu potasowego - przekazał
Departament Stanu. Wśród uwolnionych jest m.in. prawniczka Wiasny i dwóch dziennikarzy niezależnych
mediów. Część z nich przewieziono na Litwę, pozostali mogą zostać na Białorusi. Porozumienie wynegocjował
wysłannik Donalda Trumpa John Coale, który od kilku miesięcy regularnie spotyka się z Łukaszenką. Zgodnie
z decyzją Departamentu Skarbu amerykańskie firmy będą mogły kupować białoruski nawóz i prowadzić
transakcje z koncernem Biełaruśkalij. Swiatłana Cichanouska przyjęła tę wiadomość z ulgą, ale zaapelowała
do Waszyngtonu, by nie zdejmował presji do czasu uwolnienia wszystkich więźniów politycznych.
""", [P, PP, PF, PX, S, SE], 63)

art("p-pl-10", "pl", "Do Wilna przewieziono 23 ułaskawionych Białorusinów", """
W nocy z wtorku na środę do Wilna dotarło 23 Białorusinów ułaskawionych przez Alaksandra Łukaszenkę -
poinformowała litewska straż graniczna. Byłych więźniów politycznych przywieziono autobusem do przejścia w
Miednikach, gdzie przejęli ich litewscy urzędnicy i przedstawiciele ambasady USA. Wśród nich są m.in.
emerytowany nauczyciel skazany za udział w protestach w 2020 roku oraz matka trojga dzieci, która trafiła
do kolonii za datek na rzecz niezależnej fundacji. Większość uwolnionych nie miała przy sobie paszportów -
wywieziono ich z kraju bez możliwości pożegnania się z rodzinami. Litewskie władze zapewniły im tymczasowe
zakwaterowanie. Biuro Swiatłany Cichanouskiej poinformowało, że pomoże im w uzyskaniu dokumentów.
""", [P, PP], 23)

art("p-pl-11", "pl", "Białoruskie siatkarki nie zagrają w eliminacjach. CEV utrzymuje zawieszenie", """
Europejska Konfederacja Piłki Siatkowej (CEV) utrzymała zawieszenie reprezentacji Rosji i Białorusi, co
oznacza, że białoruskie siatkarki nie wezmą udziału w eliminacjach do mistrzostw Europy. Decyzję ogłoszono
po posiedzeniu zarządu konfederacji w Luksemburgu. Zawodniczki z obu krajów mogą występować w klubach
zagranicznych, ale nie pod flagą narodową. Białoruska federacja nazwała decyzję „dyskryminującą” i
zapowiedziała odwołanie do Sportowego Sądu Arbitrażowego w Lozannie. Tymczasem w polskiej Tauron Lidze gra
obecnie pięć Białorusinek, które przed sezonem podpisały oświadczenia o niepopieraniu wojny w Ukrainie.
Prezes PZPS ocenił, że „na zmianę stanowiska konfederacji w najbliższym czasie nie ma co liczyć”.
""", [])

art("p-pl-12", "pl", "Łosik w Warszawie: do ostatniej chwili nie wiedziałem, że wychodzę", """
Dziennikarz Radia Swoboda Ihar Łosik, który spędził za kratami prawie pięć lat, opowiadał w czwartek w
Warszawie o kulisach swojego uwolnienia. Do ostatniej chwili nie wiedział, że opuszcza kolonię karną -
funkcjonariusze kazali mu spakować rzeczy i bez słowa wyjaśnienia wsadzili do samochodu. „Dopiero na
granicy zobaczyłem amerykańskich dyplomatów i zrozumiałem, że to koniec” - mówił na konferencji prasowej
zorganizowanej przez Stowarzyszenie Dziennikarzy Polskich. Od jego wyjścia na wolność minęło już półtora
miesiąca. Łosik podkreślał, że w białoruskich więzieniach wciąż przebywa ponad trzydziestu jego kolegów
po fachu. Zapowiedział, że wraca do pracy w redakcji i chce napisać książkę o białoruskich koloniach.
""", [])

# --- German --------------------------------------------------------------------------------------------
art("p-de-01", "de", "Lukaschenko begnadigt 35 Gefangene – viele saßen wegen der Proteste von 2020", """
Minsk/Vilnius (dpa) - Fünfunddreißig Gefangene, die wegen sogenannter extremistischer Straftaten
verurteilt worden waren, hat der belarussische Machthaber Alexander Lukaschenko begnadigt. Das teilte sein
Präsidialamt am Mittwoch mit. Die meisten von ihnen seien nach den Massenprotesten gegen die gefälschte
Präsidentenwahl von 2020 hinter Gitter gekommen, berichtete die Menschenrechtsorganisation Wesna. Unter den
Freigelassenen befinden sich demnach auch ein Lokaljournalist aus Witebsk und zwei Studentinnen. Das
Präsidialamt erklärte, alle Begnadigten hätten ein Gnadengesuch gestellt und ihre Schuld eingeräumt. Die im
Exil lebende Oppositionsführerin Swetlana Tichanowskaja begrüßte die Freilassungen, mahnte aber, dass
weiterhin mehr als tausend Menschen aus politischen Gründen inhaftiert seien. Lukaschenko lässt seit dem
Sommer 2024 immer wieder kleinere Gruppen frei.
""", [P, PP], 35)

art("p-de-02", "de", "Menschenrechtler Stefanowitsch nach mehr als vier Jahren Haft frei", """
Der belarussische Menschenrechtler Walentin Stefanowitsch ist nach mehr als vier Jahren Haft freigelassen
worden. Wie seine Organisation Wesna mitteilte, wurde ihr stellvertretender Vorsitzender am Dienstagmorgen
aus der Strafkolonie in Babrujsk entlassen und an die litauische Grenze gebracht. Stefanowitsch war 2023
gemeinsam mit Friedensnobelpreisträger Ales Bjaljazki zu neun Jahren Lagerhaft verurteilt worden,
offiziell wegen Schmuggels und der Finanzierung von Protesten. Seine Frau sagte, er habe von der
Begnadigung erst im Gefangenentransporter erfahren. Menschenrechtsorganisationen hatten seit Jahren seine
Freilassung gefordert. Das Auswärtige Amt in Berlin sprach von einem „Lichtblick“, verlangte aber zugleich,
dass alle politischen Gefangenen in Belarus freikommen.
""", [P, PP])

art("p-de-03", "de", "EU verhängt Sanktionen gegen belarussische Richter und Staatsanwälte", """
Die Europäische Union hat wegen der anhaltenden Repressionen in Belarus weitere Strafmaßnahmen gegen das
Land beschlossen. Betroffen sind elf Richter und Staatsanwälte, die nach Angaben aus Brüssel an politisch
motivierten Prozessen gegen Oppositionelle, Journalisten und Teilnehmer der Proteste von 2020 beteiligt
waren, sowie drei Leiter von Strafkolonien. Ihre Vermögenswerte in der EU werden eingefroren, zudem dürfen
sie nicht mehr in die Mitgliedstaaten einreisen. Insgesamt stehen damit mehr als 300 Personen und rund 40
Organisationen aus Belarus auf der Sanktionsliste. Die Außenbeauftragte Kaja Kallas erklärte, die EU werde
„nicht wegsehen“, solange in Belarus Menschen für ihre Meinung eingesperrt würden. Das Außenministerium in
Minsk kündigte Gegenmaßnahmen an.
""", [S, SI])

art("p-de-04", "de", "Belarus begnadigt Deutschen – Rückkehr über Polen", """
Ein in Belarus inhaftierter deutscher Staatsbürger ist nach einer Begnadigung durch Machthaber Alexander
Lukaschenko freigekommen. Der 52-Jährige aus Sachsen, der im vergangenen Jahr wegen angeblicher Spionage
zu sieben Jahren Haft verurteilt worden war, wurde am Freitag am Grenzübergang bei Brest polnischen
Beamten übergeben, wie das Auswärtige Amt bestätigte. Er sei inzwischen in Deutschland und werde
medizinisch betreut. Nach SPIEGEL-Informationen hatten sich deutsche Diplomaten monatelang hinter den
Kulissen um seine Freilassung bemüht; eine Gegenleistung habe es nicht gegeben, hieß es in Berlin.
Belarussische Staatsmedien meldeten, Lukaschenko habe das Gnadengesuch „aus humanitären Gründen“
angenommen. Der Fall hatte die ohnehin angespannten Beziehungen zwischen Berlin und Minsk zusätzlich
belastet.
""", [P, PF])

art("p-de-05", "de", "EU beschließt neues Sanktionspaket gegen Russland", """
Brüssel (dpa) - Die EU-Staaten haben sich auf ein neues Paket von Sanktionen gegen Russland verständigt.
Wie Diplomaten in Brüssel mitteilten, sollen unter anderem weitere 120 Schiffe der sogenannten
Schattenflotte mit einem Hafenverbot belegt werden, mit denen Russland trotz des westlichen Preisdeckels
Öl exportiert. Zudem werden Banken in Drittstaaten gelistet, die bei der Umgehung bestehender
Strafmaßnahmen helfen sollen. Die Slowakei hatte ihre Blockade erst nach langen Verhandlungen aufgegeben.
Russlands Außenministerium erklärte, die Sanktionen würden der EU selbst mehr schaden als Moskau. Seit
Beginn des Angriffskriegs gegen die Ukraine im Februar 2022 hat die EU damit bereits etwa zwanzig
Sanktionspakete verabschiedet.
""", ["sanctions@RU", "sanctions.imposed@RU"])

art("p-de-06", "de", "Washington erwägt weitere Lockerungen für Belarus", """
Die US-Regierung prüft nach eigenen Angaben, weitere Sanktionen gegen Belarus zu lockern. Im Gespräch sei
unter anderem eine Ausnahmegenehmigung für die Staatsbank Belarusbank, sagte ein Sprecher des
Außenministeriums in Washington. Eine Entscheidung hänge davon ab, ob Minsk weitere politische Gefangene
freilasse. Der Sondergesandte John Coale, der in den vergangenen Monaten mehrfach mit Lukaschenko
zusammengetroffen war, sprach von einem „Prozess Schritt für Schritt“. In Litauen und Polen wird die
Annäherung zwischen Washington und Minsk mit Sorge verfolgt; beide Länder befürchten, dass die
Geschlossenheit des Westens gegenüber dem Regime bröckelt. Die EU hält an ihren eigenen Strafmaßnahmen
fest, die deutlich weiter reichen als die amerikanischen.
""", [S, SIE])

art("p-de-07", "de", "Lukaschenko: Oreschnik-Raketen in Belarus einsatzbereit", """
Minsk (dpa) - In Belarus ist nach Angaben von Machthaber Alexander Lukaschenko das russische
Mittelstreckenraketensystem Oreschnik in den Gefechtsdienst übernommen worden. Das habe er mit Kremlchef
Wladimir Putin so vereinbart, sagte Lukaschenko bei einem Treffen mit hochrangigen Militärs. Wo genau die
Raketen stationiert sind, wurde nicht mitgeteilt. Die Waffe, die nach russischen Angaben auch mit
Atomsprengköpfen bestückt werden kann, war im November 2024 erstmals gegen die ukrainische Stadt Dnipro
eingesetzt worden. Polen und die baltischen Staaten reagierten besorgt; das Verteidigungsministerium in
Warschau erklärte, man beobachte die Lage „sehr genau“. Experten bezweifeln allerdings, dass Minsk
eigenständig über einen Einsatz der Raketen entscheiden könnte.
""", [])

art("p-de-08", "de", "Iran lässt deutschen Staatsbürger nach zwei Jahren Haft frei", """
Teheran/Berlin - Nach mehr als zwei Jahren Haft ist ein im Iran festgehaltener Deutscher freigekommen. Der
Mann sei am Sonntag in Frankfurt gelandet, teilte das Auswärtige Amt mit, ohne seinen Namen zu nennen. Der
Ingenieur war während einer Geschäftsreise in Teheran festgenommen und später wegen angeblicher Kontakte zu
ausländischen Geheimdiensten verurteilt worden. Die iranische Justiz erklärte, er sei aus „humanitären
Gründen“ vorzeitig entlassen worden. Ob es im Gegenzug Zugeständnisse gab, blieb offen.
Menschenrechtsorganisationen werfen Teheran seit Langem vor, Ausländer und Doppelstaatler als Faustpfand
für Verhandlungen mit dem Westen zu benutzen. Mindestens zwei weitere Deutsche sollen derzeit im Iran
inhaftiert sein.
""", ["pardon@IR", "pardon.foreign@IR"])

art("p-de-09", "de", "Belarus lässt 44 Häftlinge frei – USA heben Kali-Sanktionen auf", """
Vilnius (dpa) - Im Rahmen einer Vereinbarung mit den USA hat Belarus vierundvierzig Gefangene
freigelassen, darunter mehrere Ausländer und bekannte Oppositionelle. Im Gegenzug hoben die Vereinigten
Staaten Sanktionen gegen den staatlichen Kaliproduzenten Belaruskali auf, wie der US-Sondergesandte John
Coale in der litauischen Hauptstadt mitteilte. Die Freigelassenen wurden in Bussen über die Grenze nach
Litauen gebracht, einige sollen in die Ukraine weitergereist sein. Unter ihnen sind nach Angaben von Wesna
ein früherer Mitarbeiter der Menschenrechtsorganisation und ein katholischer Priester. Coale sagte, man
sei mit Minsk bereits über weitere Freilassungen im Gespräch. Die Opposition um Swetlana Tichanowskaja
begrüßte, dass die Menschen frei sind, warnte aber davor, dem Regime zu weit entgegenzukommen.
""", [P, PP, PF, PX, S, SE], 44)

art("p-de-10", "de", "Kanada verhängt Sanktionen gegen belarussische Rüstungszulieferer", """
Ottawa - Kanada hat Sanktionen gegen acht belarussische Unternehmen und fünf Personen verhängt, die nach
Angaben der Regierung die russische Kriegsführung in der Ukraine unterstützen. Es handelt sich unter
anderem um Hersteller von Elektronikbauteilen und einen Logistikkonzern, über den Militärgüter nach
Russland geliefert worden sein sollen. Außenministerin Anita Anand erklärte, Kanada werde „jeden zur
Rechenschaft ziehen, der Putins Krieg ermöglicht“. Die Maßnahmen kommen drei Wochen, nachdem Minsk im Zuge
einer Vereinbarung mit Washington zweiundfünfzig Gefangene freigelassen hatte. Ottawa hatte die
Freilassungen damals begrüßt, zugleich aber erklärt, an seiner Sanktionspolitik nichts zu ändern. Kanada
hat seit 2020 mehr als 200 belarussische Personen und Organisationen gelistet.
""", [S, SI])

art("p-de-11", "de", "Belarussische Wirtschaft: Wachstum schwächt sich deutlich ab", """
Die Wirtschaft in Belarus ist im ersten Halbjahr deutlich langsamer gewachsen als erwartet. Nach Angaben
des nationalen Statistikamts Belstat stieg das Bruttoinlandsprodukt um 1,8 Prozent, nachdem es im Vorjahr
noch um rund vier Prozent zugelegt hatte. Ökonomen führen die Abkühlung vor allem auf die schwächere
Nachfrage aus Russland zurück, das mit Abstand der wichtigste Handelspartner des Landes ist. Auch der
Kaliexport, der seit den westlichen Sanktionen über russische Häfen abgewickelt werden muss, bringt
weniger ein als erhofft. Die Nationalbank ließ den Leitzins unverändert. Fachleute des Forschungszentrums
BEROC rechnen damit, dass sich der Arbeitskräftemangel, der durch die Abwanderung Hunderttausender seit
2020 entstanden ist, weiter verschärfen wird.
""", [])

art("p-de-12", "de", "Litauen droht Minsk wegen Ballons mit neuen Sanktionen", """
Vilnius - Litauen hat Belarus wegen der anhaltenden Ballonflüge über die Grenze mit neuen Sanktionen
gedroht. Sollten die mit Schmuggelzigaretten beladenen Ballons weiterhin den Flugverkehr in Vilnius
lahmlegen, werde die Regierung den Transit belarussischer Güter durch Litauen weiter einschränken und auf
EU-Ebene zusätzliche Strafmaßnahmen beantragen, sagte Regierungschefin Inga Ruginienė. Der Flughafen der
Hauptstadt musste in den vergangenen Wochen mehrfach vorübergehend schließen. Vilnius spricht von einem
hybriden Angriff, den das Regime in Minsk zumindest dulde. Lukaschenko wies die Vorwürfe zurück und warf
Litauen vor, die Grenze grundlos geschlossen zu haben, weshalb Hunderte belarussische Lastwagen auf
litauischer Seite festsäßen.
""", [S, ST])

# --- Italian -------------------------------------------------------------------------------------------
art("p-it-01", "it", "Bielorussia, Lukashenko grazia trentuno detenuti", """
(ANSA) - MOSCA, 16 SET - Il presidente bielorusso Alexander Lukashenko ha concesso la grazia a trentuno
detenuti condannati per reati di «estremismo», tra cui diversi oppositori arrestati durante le proteste
del 2020. Lo ha reso noto il servizio stampa della presidenza, precisando che tra i graziati figurano donne,
anziani e persone con gravi problemi di salute. Secondo il centro per i diritti umani Viasna, almeno venti
di loro erano inseriti nell'elenco dei prigionieri politici. «Tutti hanno chiesto la grazia e si sono
pentiti», si legge nella nota ufficiale. La leader dell'opposizione in esilio Svetlana Tikhanovskaya ha
accolto con favore la notizia, sottolineando però che in cella restano ancora oltre mille persone
detenute per motivi politici. (ANSA).
""", [P, PP], 31)

art("p-it-02", "it", "Bielorussia, scarcerati due sacerdoti cattolici dopo la mediazione vaticana", """
Due sacerdoti cattolici detenuti in Bielorussia sono stati scarcerati e hanno già lasciato il Paese. La
notizia è stata confermata dalla Sala Stampa della Santa Sede, che ha ringraziato le autorità di Minsk per
il «gesto di buona volontà». I due religiosi, arrestati nel 2023 e condannati a pene superiori ai dieci anni
con l'accusa di alto tradimento, erano considerati prigionieri politici dalle organizzazioni per i diritti
umani: uno di loro aveva pregato pubblicamente per le vittime della repressione del 2020. Il rilascio è
avvenuto dopo la visita a Minsk di un inviato vaticano, ricevuto dallo stesso Lukashenko. Secondo fonti
ecclesiastiche, i due sacerdoti sono stati accompagnati fino al confine polacco e trascorreranno un
periodo di riposo a Roma.
""", [P, PP], 2)

art("p-it-03", "it", "Minsk libera diciannove prigionieri, Washington allenta le sanzioni su Belavia", """
Diciannove prigionieri, tra cui cittadini ucraini, lituani e un americano, sono usciti dalle carceri
bielorusse grazie a un'intesa con Washington: come contropartita, gli Stati Uniti hanno alleggerito le
sanzioni che colpivano Belavia, il vettore nazionale di Minsk. L'annuncio è arrivato dall'inviato della Casa Bianca John
Coale, al termine di un incontro di tre ore con Alexander Lukashenko. Tra i rilasciati figurano anche alcuni
attivisti dell'opposizione e un giornalista che scontava una condanna a sei anni. Belavia potrà di nuovo
acquistare pezzi di ricambio per i suoi Boeing e ottenere servizi di manutenzione da aziende occidentali.
Per Minsk si tratta di un successo diplomatico; per l'opposizione in esilio, invece, è «un baratto sulla
pelle degli ostaggi» che non cambia la natura del regime.
""", [P, PP, PF, PX, S, SE], 19)

art("p-it-04", "it", "Usa, nuove sanzioni contro la flotta ombra del petrolio iraniano", """
(ANSA) - WASHINGTON, 9 OTT - Il Dipartimento del Tesoro americano ha imposto nuove sanzioni contro oltre
cinquanta tra società, persone e petroliere accusate di far parte della rete che trasporta il greggio
iraniano verso la Cina. Secondo Washington, i proventi delle vendite servono a finanziare le attività dei
Guardiani della rivoluzione e dei gruppi alleati di Teheran nella regione. Tra i soggetti colpiti figurano
anche una raffineria indipendente cinese e alcune compagnie di navigazione con sede a Hong Kong e negli
Emirati. «Continueremo a esercitare la massima pressione», ha dichiarato il segretario al Tesoro. L'Iran ha
definito le misure «illegali» e ha annunciato che continuerà a esportare il proprio petrolio. (ANSA).
""", ["sanctions@IR", "sanctions.imposed@IR"])

art("p-it-05", "it", "Minsk, arrestato un docente per alcuni post. Amnesty: «Va liberato subito»", """
Le autorità bielorusse hanno arrestato un docente dell'Università statale di Minsk accusato di aver
«screditato la Repubblica di Bielorussia» con alcuni post pubblicati sui social network. Lo riferisce il
centro per i diritti umani Viasna, secondo cui l'uomo, 58 anni, rischia fino a quattro anni di carcere. Gli
agenti del Gubopik lo hanno prelevato nel suo appartamento davanti alla moglie e ai figli, sequestrando
computer e telefoni. Amnesty International ha chiesto il suo «rilascio immediato e incondizionato»,
definendo il caso l'ennesima prova che la repressione in Bielorussia continua nonostante la liberazione,
nei mesi scorsi, di alcune decine di detenuti. Il ministero dell'Interno bielorusso non ha commentato
l'arresto.
""", [])

art("p-it-06", "it", "Venezuela, liberato il cooperante italiano detenuto da oltre un anno", """
È libero il cooperante italiano detenuto da oltre un anno in Venezuela. Lo ha annunciato la Farnesina,
spiegando che l'uomo, originario del Veneto, è stato scarcerato nella notte e si trova ora nella sede
dell'ambasciata d'Italia a Caracas, in attesa del volo per Roma. Era stato fermato a un posto di blocco
mentre lavorava per una ong impegnata nell'assistenza alle persone con disabilità, senza che nei suoi
confronti fossero mai state formalizzate accuse. «Una giornata di grande gioia», ha commentato il
ministro degli Esteri, ringraziando le autorità venezuelane e quanti hanno lavorato in silenzio per la
sua liberazione. La famiglia ha chiesto riservatezza. Nelle carceri venezuelane restano detenuti altri
cittadini con doppio passaporto italiano.
""", ["pardon@VE", "pardon.foreign@VE"])

art("p-it-07", "it", "L'Ue sanziona Minsk per la strumentalizzazione dei migranti", """
(ANSA) - BRUXELLES, 20 GEN - Stretta dell'Ue su Minsk: il Consiglio dell'Unione ha
varato un'altra tornata di sanzioni a carico della Bielorussia per la «strumentalizzazione dei migranti» ai confini orientali dell'Unione.
Nella lista nera entrano dodici persone, tra cui funzionari del comitato per le frontiere e dirigenti di
agenzie turistiche statali, e quattro entità, accusate di aver organizzato il trasferimento di cittadini
di Paesi terzi verso le frontiere di Polonia, Lituania e Lettonia. Per i soggetti colpiti scattano il
congelamento dei beni e il divieto di ingresso nell'Ue. Varsavia ha salutato la decisione come «necessaria
e attesa da tempo». Il ministero degli Esteri bielorusso ha parlato di «passo ostile» e ha promesso una
risposta adeguata. (ANSA).
""", [S, SI])

art("p-it-08", "it", "Bialiatski dal Papa: «Non dimenticate chi è ancora in carcere»", """
A poco più di un mese dalla scarcerazione, il premio Nobel per la pace Ales Bialiatski è stato ricevuto in
udienza privata da Papa Leone XIV. Al termine dell'incontro il fondatore del centro Viasna ha parlato con i
giornalisti nella sede della Comunità di Sant'Egidio, a Trastevere. «Ho raccontato al Santo Padre delle
condizioni nelle colonie penali, del freddo, dell'isolamento», ha detto. Bialiatski ha ringraziato la
diplomazia vaticana e quella statunitense per l'impegno a favore dei prigionieri politici bielorussi, ma ha
avvertito che «ogni giorno in Bielorussia vengono arrestate nuove persone». Secondo Viasna, nel Paese
restano dietro le sbarre oltre mille detenuti politici. L'attivista, 63 anni, vive ora a Vilnius.
""", [])

art("p-it-09", "it", "Palloni sulla Lituania, l'Ue minaccia nuove sanzioni contro Minsk", """
La Commissione europea è pronta a proporre nuove sanzioni contro la Bielorussia se continueranno gli
sconfinamenti di palloni aerostatici nello spazio aereo lituano. Lo ha detto la presidente Ursula von der
Leyen durante una visita a Vilnius, definendo le incursioni «un attacco ibrido» contro l'Unione. Negli
ultimi due mesi l'aeroporto della capitale lituana è stato chiuso più volte a causa dei palloni, che
secondo le autorità trasportano sigarette di contrabbando. «Non resteremo a guardare: se Minsk non
interviene, reagiremo», ha avvertito von der Leyen. La Lituania chiede da settimane misure contro i
responsabili del traffico, mentre il governo bielorusso nega qualsiasi coinvolgimento e accusa Vilnius di
aver chiuso il confine per motivi politici.
""", [S, ST])

art("p-it-10", "it", "Bielorussia, graziato e liberato un cittadino giapponese", """
(ANSA) - TOKYO, 27 NOV - Il presidente bielorusso Alexander Lukashenko ha graziato un cittadino giapponese che
scontava una condanna per spionaggio, e l'uomo ha già lasciato il Paese. Lo ha annunciato il portavoce del governo
di Tokyo, precisando che l'uomo, un insegnante di lingue sulla cinquantina, è atterrato a Narita via
Istanbul. Era stato arrestato a Minsk nel 2024 e condannato a sette anni di reclusione. Il Giappone non ha
rapporti particolarmente stretti con la Bielorussia e, come gli altri Paesi del G7, mantiene sanzioni
contro Minsk per il sostegno all'invasione russa dell'Ucraina. Tokyo ha ringraziato gli Stati Uniti per la
mediazione e ha detto di non aver fatto concessioni in cambio. (ANSA).
""", [P, PF])

art("p-it-11", "it", "Calcio, la Dinamo Minsk giocherà ancora in campo neutro", """
Anche nella prossima stagione le squadre bielorusse impegnate nelle coppe europee dovranno giocare le
partite casalinghe in campo neutro. Lo ha confermato la Uefa, che mantiene il divieto di disputare incontri
internazionali in Bielorussia introdotto nel 2022, dopo che Minsk aveva messo il proprio territorio a
disposizione delle truppe russe. La Dinamo Minsk, che affronterà gli sloveni dell'Olimpija nel secondo
turno preliminare di Conference League, ospiterà l'andata a Budapest. La federazione bielorussa ha espresso
«profonda delusione», sottolineando che i club del Paese, a differenza di quelli russi, non sono esclusi
dalle competizioni. L'allenatore della Dinamo ha parlato di «svantaggio enorme», anche per i costi delle
trasferte.
""", [])

art("p-it-12", "it", "Washington pronta ad allentare le sanzioni sulle banche bielorusse", """
Gli Stati Uniti sono disposti a valutare la revoca delle sanzioni contro alcune banche statali
bielorusse, a condizione che Minsk prosegua con la liberazione dei detenuti politici. Lo ha dichiarato
l'inviato speciale della Casa Bianca John Coale in un'intervista rilasciata a margine di un forum a
Varsavia. «Abbiamo dimostrato che quando loro fanno un passo, noi ne facciamo uno», ha spiegato Coale,
ricordando le misure già adottate per la compagnia aerea Belavia e per il colosso dei fertilizzanti
Belaruskali. Non è stata indicata una data. L'annuncio ha suscitato perplessità a Bruxelles, dove si teme
che la linea di Washington finisca per indebolire le sanzioni europee, ben più estese di quelle americane.
""", [S, SIE])

# --- Spanish -------------------------------------------------------------------------------------------
art("p-es-01", "es", "Bielorrusia indulta a veintitrés presos políticos y los expulsa a Lituania", """
Vilna, 14 nov (EFE).- Veintitrés presos políticos recibieron este viernes el indulto del mandatario bielorruso,
Alexandr Lukashenko, y acto seguido fueron trasladados a la frontera con Lituania y obligados a abandonar el
país, informó el centro de derechos humanos Viasna. Entre los excarcelados figuran un antiguo dirigente
sindical, varios estudiantes detenidos durante las protestas de 2020 y una periodista de un medio
regional. Según familiares citados por medios independientes, la mayoría no pudo despedirse de sus
allegados ni recoger sus documentos. Svetlana Tijanóvskaya, que encabeza la oposición desde Vilna, celebró la
noticia, aunque recordó que más de un millar de personas siguen entre rejas por motivos políticos. Las
autoridades de Minsk no han explicado las razones del indulto.
""", [P, PP], 23)

art("p-es-02", "es", "Irán libera a dos turistas franceses a cambio de un ingeniero iraní detenido en Francia", """
París, 4 nov (EFE).- Irán puso en libertad este martes a dos ciudadanos franceses, una pareja de
cicloturistas detenida en 2024 bajo la acusación de espiar instalaciones militares, en el marco de un
canje con Francia, que reclamaba desde hacía meses su regreso. A cambio, según la agencia iraní Tasnim,
París renunció a extraditar a Estados Unidos a un ingeniero iraní acusado de exportar componentes
electrónicos sometidos a embargo. El Elíseo expresó su «inmenso alivio» y confirmó que los dos turistas
aterrizarán el miércoles en el aeropuerto de Roissy. El ministro de Exteriores iraní calificó el acuerdo
de «humanitario». Organizaciones de derechos humanos denuncian que Teherán utiliza a los extranjeros
detenidos como moneda de cambio en sus negociaciones con Occidente.
""", ["pardon@IR", "pardon.foreign@IR", "pardon.exchange@IR"], 2)

art("p-es-03", "es", "EE UU retira a la aerolínea bielorrusa Belavia de su lista de sanciones", """
Washington, 3 dic (EFE).- El Departamento del Tesoro de Estados Unidos retiró este miércoles a la
aerolínea estatal bielorrusa Belavia de su lista de entidades sancionadas, lo que le permitirá volver a
operar con proveedores y bancos estadounidenses. La medida culmina el alivio parcial anunciado en
septiembre, cuando Minsk excarceló a medio centenar de presos en el marco de un acuerdo negociado por el
enviado especial John Coale. Según la Oficina de Control de Activos Extranjeros (OFAC), la compañía podrá
adquirir repuestos y servicios de mantenimiento para su flota de aviones Boeing. La Unión Europea, sin
embargo, mantiene el veto a los vuelos de Belavia en su espacio aéreo, en vigor desde 2021 tras el desvío
forzoso de un avión de Ryanair a Minsk. La oposición bielorrusa criticó que Washington levante las
sanciones sin nuevas liberaciones.
""", [S, SE])

art("p-es-04", "es", "La UE sanciona a responsables bielorrusos por el traslado de niños ucranianos", """
Bruselas, 24 feb (EFE).- La Unión Europea impuso este lunes sanciones a once personas y tres
organizaciones bielorrusas por su implicación en el traslado forzoso de niños ucranianos desde los
territorios ocupados por Rusia a campamentos en Bielorrusia. Entre los sancionados figuran el responsable
de una fundación benéfica vinculada al Gobierno de Minsk y varios directores de centros de
«reeducación», según el Diario Oficial de la UE. Los afectados no podrán entrar en territorio comunitario y
sus bienes quedarán congelados. La alta representante para Política Exterior, Kaja Kallas, aseguró que
«quienes participan en la deportación de niños tendrán que rendir cuentas». Minsk sostiene que los menores
fueron llevados a Bielorrusia para «descansar y recuperarse» de la guerra.
""", [S, SI])

art("p-es-05", "es", "Condenado a seis años de cárcel un sindicalista bielorruso", """
Un tribunal de Gómel condenó a seis años de prisión al dirigente sindical Iván Kastsiuk por «creación de
una formación extremista», denunciaron este jueves organizaciones de derechos humanos. Kastsiuk, de 52
años, encabezaba un sindicato independiente de trabajadores del sector químico que fue disuelto por las
autoridades en 2022. La Confederación Sindical Internacional calificó el juicio de «farsa» y exigió su
liberación inmediata, al igual que la Organización Internacional del Trabajo, que desde hace años reclama a
Minsk que deje de perseguir a los sindicalistas. El centro Viasna lo incluyó en su lista de presos
políticos, que supera las mil cien personas. Sus familiares aseguran que padece una enfermedad cardíaca y
que no recibe la atención médica adecuada.
""", [])

art("p-es-06", "es", "EE UU sanciona a siete jueces y fiscales venezolanos", """
Washington, 18 jul (EFE).- El Gobierno de Estados Unidos impuso este viernes sanciones a siete jueces y
fiscales venezolanos a los que acusa de participar en la persecución de opositores tras las elecciones
presidenciales. El Departamento del Tesoro señaló que los funcionarios ordenaron detenciones arbitrarias y
validaron acusaciones de «terrorismo» contra manifestantes, periodistas y activistas. Como consecuencia de
la medida, sus bienes en territorio estadounidense quedan bloqueados y se prohíbe a ciudadanos y empresas
de ese país realizar transacciones con ellos. El Departamento de Estado anunció además restricciones de
visado para sus familiares directos. Caracas rechazó la decisión, que calificó de «agresión imperial», y
anunció que presentará una queja ante Naciones Unidas.
""", ["sanctions@VE", "sanctions.imposed@VE"])

art("p-es-07", "es", "Bielorrusia libera a nueve extranjeros y EE UU suaviza las sanciones al potasio", """
Vilna, 6 oct (EFE).- Bielorrusia liberó este lunes a nueve ciudadanos extranjeros, entre ellos un
estadounidense, tres lituanos, dos letones y un japonés, en virtud de un pacto con Washington, que en
contrapartida suavizó las sanciones sobre el potasio bielorruso. Los liberados cruzaron la frontera lituana
acompañados por diplomáticos estadounidenses, según confirmó la Embajada de EE UU en Vilna. El Tesoro
emitió una licencia general que autoriza durante un año las operaciones con la empresa estatal
Belaruskali, uno de los mayores productores mundiales de fertilizantes potásicos. «Es un paso más en un
proceso que avanza», declaró el enviado John Coale. La mayoría de los extranjeros cumplía condenas por
espionaje o contrabando.
""", [P, PF, PX, S, SE], 9)

art("p-es-08", "es", "Lukashenko pide a Washington que levante las sanciones a los bancos bielorrusos", """
Minsk, 12 ene (EFE).- El presidente bielorruso, Alexandr Lukashenko, instó este lunes a Estados Unidos a
levantar las sanciones que pesan sobre los principales bancos estatales del país, al considerar que Minsk
«ya ha hecho más que suficiente» con las excarcelaciones de los últimos meses. «Nosotros hemos cumplido;
ahora les toca a ellos», afirmó durante una reunión con el Gobierno, según la agencia oficial BelTA.
Lukashenko aseguró que sin acceso al sistema financiero internacional será imposible ampliar el comercio
con empresas estadounidenses. Washington no ha respondido públicamente a la petición, y el Departamento de
Estado se limitó a señalar que «el diálogo continúa». La oposición en el exilio advierte de que cualquier
concesión adicional debe condicionarse a la liberación de todos los presos políticos.
""", [])

art("p-es-09", "es", "Tsijanouski: «En la cárcel me decían que todo el mundo me había olvidado»", """
El bloguero y opositor bielorruso Serguéi Tsijanouski, excarcelado hace seis semanas tras más de cinco años
de prisión, relata en una entrevista con EL PAÍS en Vilna que pasó la mayor parte de su condena en régimen
de aislamiento. «Me decían que mi mujer me había abandonado y que nadie se acordaba de mí», explica el
marido de la líder opositora Svetlana Tsijanóuskaya, que perdió más de 40 kilos durante su reclusión.
Tsijanouski, que salió en libertad junto a otros trece presos durante la visita a Minsk de un enviado de la
Casa Blanca, asegura que no piensa callar pese a las advertencias que recibió antes de abandonar la cárcel.
Sobre las sanciones se muestra tajante: «Levantarlas ahora sería premiar al dictador». Su mujer, sentada a
su lado, asiente en silencio.
""", [])

art("p-es-10", "es", "Liberada la periodista bielorrusa Katsiaryna Andréyeva", """
La periodista bielorrusa Katsiaryna Andréyeva, condenada a más de ocho años de cárcel por informar en
directo sobre la represión de una protesta en Minsk en 2020, ha sido puesta en libertad, según confirmó
este martes la Asociación Bielorrusa de Periodistas. Andréyeva, reportera del canal Belsat, recibió el
indulto del presidente Alexandr Lukashenko y abandonó la colonia penal de Gómel escoltada por funcionarios
de prisiones, que la llevaron hasta la frontera con Lituania. Su marido, el también periodista Ígor
Iliash, dijo a este diario que la encontró «agotada pero entera». La reportera se había convertido en un
símbolo de la libertad de prensa en su país y recibió varios premios internacionales mientras estaba entre
rejas. Las autoridades de Minsk no han hecho comentarios.
""", [P, PP])

art("p-es-11", "es", "Bielorrusia refuerza con tropas y blindados su frontera con Polonia", """
Minsk, 5 ago (EFE).- El Ministerio de Defensa de Bielorrusia anunció este martes el despliegue de unidades
adicionales de fuerzas especiales y vehículos blindados en la frontera con Polonia y Lituania, en
respuesta a lo que calificó de «actividad militar creciente» de la OTAN en la región. Según el jefe del
Estado Mayor, los refuerzos permanecerán en la zona «el tiempo que sea necesario». El anuncio se produce
semanas antes del inicio de unas maniobras conjuntas con Rusia, que Varsovia y Vilna siguen con
preocupación. Polonia ya ha reforzado su propio contingente fronterizo y levantado una valla de más de 180
kilómetros. Lukashenko insistió en que su país «no amenaza a nadie», pero advirtió de que responderá «con
dureza» a cualquier provocación.
""", [])

art("p-es-12", "es", "EE UU amenaza con restablecer las sanciones a Bielorrusia si se frenan las excarcelaciones", """
Washington, 20 mar (EFE).- El Departamento de Estado advirtió este jueves de que Estados Unidos podría
restablecer las sanciones levantadas el año pasado contra Bielorrusia si el Gobierno de Alexandr
Lukashenko no cumple su compromiso de seguir excarcelando a presos políticos. «El alivio fue condicional y
puede revertirse», señaló un portavoz en rueda de prensa, en referencia a las medidas que beneficiaron a
la aerolínea Belavia y al sector del potasio. La advertencia llega después de que organizaciones de
derechos humanos denunciaran una nueva oleada de detenciones en Minsk y otras ciudades. Según el centro
Viasna, más de doscientas personas fueron arrestadas en las últimas semanas por motivos políticos. Minsk no
ha reaccionado oficialmente a las declaraciones.
""", [S, ST])

# --- Portuguese ----------------------------------------------------------------------------------------
art("p-pt-01", "pt", "Bielorrússia liberta doze presos políticos no Dia da Unidade Nacional", """
Vilnius, 17 set 2025 (Lusa) - Doze pessoas que cumpriam pena por terem saído à rua nos protestos de 2020 foram
indultadas pelo Presidente bielorrusso, Alexander Lukashenko, anunciaram hoje os serviços de imprensa da
presidência, por ocasião do Dia da Unidade Nacional. Segundo o centro de defesa dos direitos humanos
Viasna, todos os libertados constavam da lista de presos políticos, entre os quais uma enfermeira, um
antigo militar e dois estudantes universitários. A presidência sublinhou que os condenados "reconheceram a
culpa" e pediram clemência. A líder da oposição no exílio, Sviatlana Tsikhanouskaya, saudou a decisão, mas
lembrou que continuam detidas por razões políticas mais de mil pessoas. Desde o verão de 2024, Lukashenko
tem libertado pequenos grupos de presos, num gesto interpretado como uma tentativa de aproximação ao
Ocidente.
""", [P, PP], 12)

art("p-pt-02", "pt", "Minsk liberta 70 presos e Washington levanta sanções a banco estatal bielorrusso", """
A Bielorrússia libertou 70 presos, entre os quais vários opositores conhecidos e cidadãos de três países
da União Europeia, ao abrigo de um entendimento com Washington, que em troca retirou da lista de
sanções o banco estatal Belagroprombank. O anúncio foi feito pelo enviado norte-americano John Coale em
Vílnius, onde chegou parte do grupo libertado. Segundo a organização de direitos humanos Viasna, entre os
libertados estão um antigo dirigente da Frente Popular Bielorrussa e uma advogada que defendera
manifestantes em tribunal. O levantamento das sanções permite ao banco voltar a realizar operações em
dólares. Para a oposição, trata-se de "um passo importante, mas insuficiente": mais de mil pessoas
continuam presas por motivos políticos no país.
""", [P, PP, PF, PX, S, SE], 70)

art("p-pt-03", "pt", "Venezuela solta 40 presos políticos após conversas com os EUA", """
O regime venezuelano libertou nesta segunda-feira (12) quarenta presos políticos, entre eles dirigentes
regionais da oposição e um jornalista, segundo a ONG Foro Penal. As solturas ocorreram depois de uma nova
rodada de conversas entre representantes de Caracas e do governo americano. Parte dos libertados, porém,
continuará sob medidas cautelares, com proibição de deixar o país e obrigação de se apresentar
periodicamente à Justiça. Familiares aguardaram durante horas em frente à sede do Sebin, em Caracas, sem
receber informação oficial. Para a oposição, a medida é insuficiente: segundo o Foro Penal, ainda há mais de
800 pessoas detidas por motivos políticos na Venezuela. O Itamaraty não se manifestou.
""", ["pardon@VE", "pardon.political@VE"], 40)

art("p-pt-04", "pt", "Reino Unido sanciona 30 navios da 'frota sombra' russa", """
Londres, 15 out 2025 (Lusa) - O Governo britânico anunciou hoje sanções contra 30 petroleiros e quatro
empresas de transporte marítimo que, segundo Londres, ajudam a Rússia a exportar petróleo contornando o
teto de preços imposto pelo G7. Os navios ficam proibidos de entrar em portos britânicos e de recorrer a
serviços de seguros no Reino Unido. "Estamos a apertar o cerco às receitas que financiam a guerra de
[Vladimir] Putin", afirmou o ministro dos Negócios Estrangeiros, citado num comunicado. Com estas medidas,
sobe para mais de 500 o número de embarcações da chamada "frota sombra" sancionadas pelo Reino Unido. A
embaixada russa em Londres classificou as sanções como "ilegítimas" e prometeu uma resposta.
""", ["sanctions@RU", "sanctions.imposed@RU"])

art("p-pt-05", "pt", "Cidadão letão indultado por Lukashenko regressa a casa", """
Riga, 9 dez 2025 (Lusa) - Um cidadão letão condenado na Bielorrússia a cinco anos de prisão por alegado
contrabando foi indultado pelo Presidente Alexander Lukashenko e entregue hoje às autoridades da Letónia
na fronteira de Paternieki, informou o Ministério dos Negócios Estrangeiros em Riga. O homem, de 44 anos,
camionista de profissão, estava detido desde 2023. "Estamos gratos a todos os parceiros, em particular aos
Estados Unidos, que ajudaram a que regressasse a casa", escreveu o ministro letão na rede social X. As
relações entre Riga e Minsk degradaram-se fortemente desde 2020 e a Letónia mantém fechadas várias
passagens fronteiriças com o país vizinho. As autoridades bielorrussas não comentaram a libertação.
""", [P, PF])

art("p-pt-06", "pt", "Tsikhanouskaya pede em Lisboa libertação de todos os presos políticos", """
Sviatlana Tsikhanouskaya, rosto da oposição bielorrussa exilada em Vílnius, apelou hoje em Lisboa à libertação
"imediata e incondicional" de todos os presos políticos no seu país, estimados em mais de 1100 pela
organização Viasna. Falando na Assembleia da República, onde foi recebida pelos deputados da comissão de
Negócios Estrangeiros, Tsikhanouskaya afirmou que as recentes libertações negociadas com Washington "não
podem servir de desculpa" para normalizar relações com o regime de Alexander Lukashenko. "Por cada pessoa
que sai, outra é presa", disse. A opositora pediu ainda a Portugal que apoie a manutenção das sanções
europeias e facilite a concessão de vistos a bielorrussos perseguidos. O presidente da comissão prometeu
levar as propostas ao Governo.
""", [])

art("p-pt-07", "pt", "UE impõe novas sanções à Bielorrússia e aprova pacote contra a Rússia", """
Bruxelas, 23 out 2025 (Lusa) - O Conselho da União Europeia aprovou hoje novas sanções contra a
Bielorrússia, alargando a proibição de exportação de bens de dupla utilização e incluindo na lista negra
14 pessoas e seis entidades acusadas de apoiar o esforço de guerra russo na Ucrânia. Entre os visados
estão fábricas de componentes eletrónicos e dirigentes do complexo militar-industrial bielorrusso. No
mesmo dia, os Vinte e Sete adotaram também um novo pacote de sanções contra a Rússia, que inclui a
proibição faseada das importações de gás natural liquefeito russo e novas listagens de petroleiros. A
chefe da diplomacia europeia, Kaja Kallas, sublinhou que "não haverá impunidade para quem ajuda o Kremlin a
matar ucranianos".
""", [S, SI, "sanctions@RU", "sanctions.imposed@RU"])

art("p-pt-08", "pt", "Reino Unido sanciona juízes bielorrussos por condenações políticas", """
O Reino Unido impôs sanções a oito juízes e procuradores bielorrussos que, segundo o Foreign Office,
participaram em julgamentos politicamente motivados contra jornalistas, ativistas e membros da oposição.
Os visados ficam com os bens congelados em território britânico e proibidos de entrar no país. A decisão
foi anunciada três semanas depois de Minsk ter libertado 123 presos, entre os quais o Nobel da Paz Ales
Bialiatski, num acordo negociado com os Estados Unidos. Londres saudou na altura as libertações, mas
sublinhou que "a repressão continua" e que centenas de pessoas permanecem atrás das grades. O Ministério
dos Negócios Estrangeiros de Minsk qualificou as sanções de "ato hostil" e prometeu responder.
""", [S, SI])

art("p-pt-09", "pt", "Importação de potássio bielorrusso pelo Brasil bate recorde", """
As importações brasileiras de cloreto de potássio da Bielorrússia atingiram no primeiro semestre o maior
volume desde 2020, segundo dados do Ministério do Desenvolvimento, Indústria, Comércio e Serviços
compilados pela Folha. O país comprou cerca de 2,1 milhões de toneladas do fertilizante bielorrusso, alta
de 18% em relação ao mesmo período do ano passado. O produto, fabricado pela estatal Belaruskali, chega ao
Brasil por portos russos desde que a Lituânia, em cumprimento das sanções europeias, fechou o porto de
Klaipeda ao fertilizante. Para analistas do setor, o agronegócio brasileiro, muito dependente do insumo
importado, se beneficia de preços mais baixos. Produtores de Mato Grosso dizem já ter fechado contratos para
a próxima safra.
""", [])

art("p-pt-10", "pt", "KGB bielorrusso detém ucraniano acusado de preparar sabotagem", """
Os serviços de segurança da Bielorrússia (KGB) anunciaram hoje a detenção de um cidadão ucraniano acusado
de preparar atos de sabotagem contra infraestruturas ferroviárias na região de Gomel, perto da fronteira
com a Ucrânia. Segundo um comunicado divulgado pela televisão estatal, o suspeito, de 29 anos, teria
recebido instruções dos serviços secretos ucranianos e foi detido na posse de explosivos. Kiev não comentou
a acusação. O KGB afirma ter frustrado desde o início do ano mais de uma dezena de "atos terroristas",
números que não podem ser verificados de forma independente. Caso seja condenado, o homem arrisca uma pena
de prisão perpétua ou mesmo a pena de morte, ainda em vigor na Bielorrússia.
""", [])

art("p-pt-11", "pt", "EUA admitem levantar sanções à petroquímica bielorrussa", """
Os Estados Unidos estão a estudar a possibilidade de levantar as sanções que pesam sobre a refinaria
bielorrussa Naftan e outras empresas do setor petroquímico, afirmou o enviado especial norte-americano para
a Bielorrússia, John Coale, em entrevista a uma agência internacional. "Está em cima da mesa, desde que
Minsk continue a libertar presos", disse o advogado, nomeado por Donald Trump para conduzir o diálogo com
Alexander Lukashenko. Coale não avançou prazos e recusou comentar se a medida será discutida na próxima
ronda de conversações, prevista para janeiro. A possibilidade preocupa os vizinhos da Bielorrússia: a
Lituânia e a Polónia receiam que o alívio norte-americano mine a eficácia das sanções europeias, que
continuam em vigor.
""", [S, SIE])

art("p-pt-12", "pt", "Rússia e Ucrânia trocam 205 prisioneiros de guerra de cada lado", """
Kiev, 1 dez 2025 (Lusa) - A Rússia e a Ucrânia realizaram hoje uma nova troca de prisioneiros de guerra,
com a libertação de 205 militares de cada lado, anunciaram as autoridades dos dois países. A operação,
mediada pelos Emirados Árabes Unidos, decorreu na fronteira entre a Bielorrússia e a Ucrânia. O Presidente
ucraniano, Volodymyr Zelensky, publicou imagens dos soldados regressados, alguns dos quais estavam em
cativeiro desde 2022. O Ministério da Defesa russo indicou que os seus militares se encontram em território
bielorrusso, onde recebem assistência médica e psicológica antes de seguirem para a Rússia. Foi a terceira
troca do género em menos de dois meses, num momento em que as negociações de paz continuam num impasse.
""", [])

for lang in LANGS:
    assert sum(a["lang"] == lang for a in A) == 12, lang
assert len(A) == 84

for a in A:
    print(json.dumps(a, ensure_ascii=False))
