#!/usr/bin/env python3
"""Writes news-dev.jsonl: a third development set for the tagger, in the shape of real news excerpts
(dateline, headline and a paragraph of three or four sentences with attribution, background and
reactions) from agencies and papers in en, ru, pl, de, it, es and pt.

Events are those of the beat (pardon rounds, releases traded for sanctions relief, new EU listings,
border incidents), told in each outlet's own wording; hard negatives are sentencing and arrests with
calls for release, sanctions on Russia and Iran, a release by another country, military news and a
release that is background to a sanctions move. All text is written for this project. Labels: (tag,
country) pairs; a pardon's country frees, a sanction's country is its target.
Run: python3 make_news_dev.py > news-dev.jsonl
"""
import json

A = []


def art(id, lang, title, text, tags, count=None):
    A.append({"id": id, "lang": lang, "title": title, "text": text,
              "labels": {"tags": sorted(tags), "entities": [], "count": count}})


P, PP, PF, PX = "pardon@BY", "pardon.political@BY", "pardon.foreign@BY", "pardon.exchange@BY"
S, SE, SI, ST, SIE = "sanctions@BY", "sanctions.eased@BY", "sanctions.imposed@BY", "sanctions.threatened@BY", \
    "sanctions.intent-ease@BY"

# --- English -------------------------------------------------------------------------------------------
art("n-en-01", "en", "US lifts sanctions on Belarusian potash as Minsk frees 123 prisoners",
    "VILNIUS, Lithuania (AP) - The United States lifted sanctions on Belarus's potash industry on Saturday "
    "after President Alexander Lukashenko freed 123 prisoners, among them Nobel Peace Prize laureate Ales "
    "Bialiatski, U.S. envoy John Coale told reporters. Most of those released had been jailed after the 2020 "
    "protests, and several were foreign citizens. Coale said Washington would keep talking to Minsk.",
    [P, PP, PF, PX, S, SE], 123)
art("n-en-02", "en", "Belarusian protest leader Maria Kalesnikava out after five years behind bars",
    "Maria Kalesnikava, one of the faces of the 2020 protest movement, has left a women's penal colony in "
    "Homel, her sister Tatsiana Khomich said on Thursday. Kalesnikava, sentenced to 11 years for "
    "conspiring to seize power, was among 52 people covered by a pardon decree signed by Alexander "
    "Lukashenko. The rights group Viasna said it was still checking the list.", [P, PP], 52)
art("n-en-03", "en", "Britain targets shadow fleet tankers with new sanctions",
    "LONDON (Reuters) - Britain on Tuesday imposed sanctions on 20 vessels and three companies it says help "
    "Russia ship oil above the G7 price cap. The Foreign Office said the measures would further squeeze "
    "Moscow's revenues from its war in Ukraine.", ["sanctions@RU", "sanctions.imposed@RU"])
art("n-en-04", "en", "Belarus detains Polish citizen on spying charges",
    "Belarus's KGB said on Wednesday it had detained a Polish citizen suspected of espionage near the city "
    "of Brest. Poland's foreign ministry said it had not been granted consular access and demanded that he "
    "be freed.", [])
art("n-en-05", "en", "EU blacklists Belarusian border officials over balloon incursions",
    "BRUSSELS - European Union foreign ministers agreed on Monday to sanction Belarus over what Lithuania "
    "calls a hybrid attack with smuggling balloons, the bloc's foreign policy chief said. The listings add "
    "12 people and eight entities, including border officials, to the EU's blacklist.", [S, SI])
art("n-en-06", "en", "Belarus hands over eight pardoned Ukrainians",
    "Eight Ukrainian citizens serving sentences in Belarus were handed over to Ukrainian officials at the "
    "border on Friday after Alexander Lukashenko pardoned them, the state news agency Belta reported. "
    "Ukraine's human rights ombudsman Dmytro Lubinets thanked the United States for its mediation.",
    [P, PF], 8)
art("n-en-07", "en", "US could ease sanctions on Belarusian banks, envoy says",
    "Washington is ready to consider lifting sanctions on several Belarusian banks if Minsk keeps releasing "
    "prisoners, U.S. special envoy John Coale said in an interview on Thursday. He gave no timeline.",
    [S, SIE])
art("n-en-08", "en", "Canada sanctions Belarusian judges over political trials",
    "OTTAWA - Canada on Wednesday sanctioned nine Belarusian judges and prosecutors it accuses of handing "
    "down politically motivated sentences. The move comes three months after Minsk freed 52 prisoners in "
    "a deal brokered by Washington, a release that Ottawa welcomed at the time.", [S, SI])

# --- Russian -------------------------------------------------------------------------------------------
art("n-ru-01", "ru", "Лукашенко помиловал 16 человек, осужденных за «экстремизм»",
    "Президент Белоруссии Александр Лукашенко помиловал 16 человек, осужденных за преступления "
    "экстремистской направленности, сообщила его пресс-служба. Среди помилованных пенсионеры, женщины и "
    "люди с тяжелыми заболеваниями. Правозащитный центр «Весна» считает большинство из них "
    "политзаключенными.", [P, PP], 16)
art("n-ru-02", "ru", "США сняли санкции с «Белавиа»",
    "Министерство финансов США исключило белорусскую авиакомпанию «Белавиа» из санкционного списка, "
    "сообщило Управление по контролю за иностранными активами. Решение стало ответом на освобождение в "
    "среду 52 заключенных, среди которых были граждане Литвы, Польши и Латвии. Перевозчик сможет снова "
    "закупать запчасти для самолетов Boeing.", [P, PF, PX, S, SE], 52)
art("n-ru-03", "ru", "В Минске задержан оператор «Белсата»",
    "В Минске задержан оператор телеканала «Белсат», сообщила Белорусская ассоциация журналистов. Ему "
    "грозит до шести лет лишения свободы по статье об участии в экстремистском формировании. Коллеги "
    "требуют его освобождения.", [])
art("n-ru-04", "ru", "ЕС расширил санкции против Белоруссии",
    "Совет ЕС утвердил новый пакет ограничительных мер в отношении Белоруссии: в список включены 25 "
    "физических лиц и 7 организаций, в том числе предприятия военно-промышленного комплекса. В Минске "
    "назвали решение незаконным и пообещали ответные меры.", [S, SI])
art("n-ru-05", "ru", "Белоруссия освободила гражданина Японии",
    "Белорусские власти освободили гражданина Японии, осужденного в прошлом году за шпионаж, сообщил МИД "
    "Японии. По данным Токио, мужчина уже покинул страну. Освобождение стало возможным после помилования, "
    "подписанного Лукашенко.", [P, PF])
art("n-ru-06", "ru", "США ввели санкции против иранских нефтетрейдеров",
    "Минфин США ввел санкции против 12 компаний из Ирана, ОАЭ и Гонконга, обвинив их в продаже иранской "
    "нефти в обход ограничений. Активы компаний в американской юрисдикции заморожены.",
    ["sanctions@IR", "sanctions.imposed@IR"])
art("n-ru-07", "ru", "Вашингтон готов снять санкции с «Беларуськалия»",
    "США готовы рассмотреть снятие санкций с производителя калийных удобрений «Беларуськалий», если Минск "
    "продолжит освобождать политзаключенных, заявил спецпосланник Джон Коул. По его словам, переговоры "
    "продолжатся в ближайшие недели.", [S, SIE])

# --- Polish --------------------------------------------------------------------------------------------
art("n-pl-01", "pl", "Andrzej Poczobut wolny. Dziennikarz wrócił do Polski",
    "Andrzej Poczobut, dziennikarz i działacz mniejszości polskiej na Białorusi, został uwolniony i "
    "przekroczył granicę z Polską - poinformował w piątek premier. Poczobut spędził w białoruskim więzieniu "
    "ponad pięć lat; skazano go na osiem lat kolonii karnej. Jego uwolnienie było częścią wymiany więźniów "
    "z udziałem kilku państw.", [P, PP, PX])
art("n-pl-02", "pl", "Łukaszenka ułaskawił kolejnych więźniów politycznych",
    "Prezydent Białorusi Alaksandr Łukaszenka ułaskawił 37 osób skazanych za udział w protestach po "
    "wyborach w 2020 roku - podała państwowa agencja BiełTA. Według centrum praw człowieka Wiasna w "
    "więzieniach wciąż przebywa ponad tysiąc więźniów politycznych.", [P, PP], 37)
art("n-pl-03", "pl", "USA znoszą sankcje na białoruski potas",
    "Stany Zjednoczone zniosły sankcje nałożone na białoruski koncern Biełaruśkalij - przekazał "
    "Departament Skarbu. To efekt porozumienia, w ramach którego Mińsk uwolnił w sobotę 123 więźniów, w tym "
    "laureata Pokojowej Nagrody Nobla Alesia Bialackiego.", [P, PP, PX, S, SE], 123)
art("n-pl-04", "pl", "Balony nad Wilnem. Litwa znów zamyka granicę z Białorusią",
    "Litwa po raz kolejny zamknęła przejścia graniczne z Białorusią po tym, jak nad lotniskiem w Wilnie "
    "pojawiły się balony przemytnicze. Premier zapowiedziała, że rząd rozważy dalsze kroki wobec Mińska.",
    [])
art("n-pl-05", "pl", "UE nakłada nowe sankcje na Białoruś",
    "Rada UE przyjęła w poniedziałek kolejny pakiet sankcji wobec Białorusi. Na liście znalazło się 14 osób, "
    "w tym sędziowie i funkcjonariusze więziennictwa odpowiedzialni za represje wobec opozycji, oraz cztery "
    "firmy.", [S, SI])
art("n-pl-06", "pl", "Sąd w Grodnie skazał działacza Związku Polaków",
    "Sąd w Grodnie skazał na cztery lata kolonii karnej działacza Związku Polaków na Białorusi - "
    "poinformowała Wiasna. Polskie MSZ wezwało władze w Mińsku do jego natychmiastowego uwolnienia.", [])
art("n-pl-07", "pl", "Białoruś uwolniła trzech obywateli Polski",
    "Władze Białorusi zwolniły z więzienia trzech obywateli Polski, którzy zostali przekazani polskim "
    "służbom na przejściu granicznym w Terespolu - poinformował rzecznik MSZ. Wszyscy trzej zostali "
    "ułaskawieni przez Łukaszenkę.", [P, PF], 3)

# --- German --------------------------------------------------------------------------------------------
art("n-de-01", "de", "Belarus lässt 52 Gefangene frei - USA lockern Sanktionen gegen Belavia",
    "Belarus hat 52 Gefangene freigelassen, darunter mehrere Ausländer. Im Gegenzug heben die USA "
    "Sanktionen gegen die staatliche Fluggesellschaft Belavia auf, wie der US-Gesandte John Coale in Minsk "
    "mitteilte. Unter den Freigelassenen sind nach Angaben der Menschenrechtsorganisation Wjasna auch "
    "bekannte Oppositionelle.", [P, PP, PF, PX, S, SE], 52)
art("n-de-02", "de", "Lukaschenko begnadigt 18 verurteilte Demonstranten",
    "Der belarussische Machthaber Alexander Lukaschenko hat 18 Menschen begnadigt, die wegen Teilnahme an "
    "den Protesten von 2020 verurteilt worden waren. Das teilte sein Pressedienst am Mittwoch mit. Die "
    "Betroffenen hätten Gnadengesuche eingereicht und ihre Schuld eingestanden, hieß es.", [P, PP], 18)
art("n-de-03", "de", "EU verlängert Wirtschaftssanktionen gegen Russland",
    "Die EU-Staaten haben die Wirtschaftssanktionen gegen Russland um weitere sechs Monate verlängert. Die "
    "Strafmaßnahmen betreffen unter anderem den Finanz-, Energie- und Technologiesektor.",
    ["sanctions@RU", "sanctions.imposed@RU"])
art("n-de-04", "de", "Friedensnobelpreisträger Bjaljazki ist frei",
    "Der belarussische Menschenrechtler und Friedensnobelpreisträger Ales Bjaljazki ist nach mehr als vier "
    "Jahren Haft auf freiem Fuß. Er sei zusammen mit weiteren Häftlingen in die Ukraine gebracht worden, "
    "teilte das Büro der Oppositionsführerin Swjatlana Tichanowskaja mit.", [P, PP])
art("n-de-05", "de", "Journalist in Belarus zu zehn Jahren Lagerhaft verurteilt",
    "Ein Gericht in Minsk hat den Journalisten Ihar Karnej zu zehn Jahren Straflager verurteilt. Reporter "
    "ohne Grenzen forderte seine sofortige Freilassung.", [])
art("n-de-06", "de", "London verhängt Sanktionen gegen belarussische Rüstungsfirmen",
    "Großbritannien hat Sanktionen gegen sechs belarussische Unternehmen verhängt, die Russland mit "
    "Militärgütern beliefern sollen. Ihre Vermögen im Vereinigten Königreich werden eingefroren.", [S, SI])
art("n-de-07", "de", "EU droht Belarus wegen Ballons mit neuen Sanktionen",
    "Die EU-Kommission hat Belarus wegen der Schmuggelballons über Litauen mit weiteren Sanktionen gedroht. "
    "Man prüfe zusätzliche Maßnahmen gegen das Regime in Minsk, sagte eine Sprecherin in Brüssel.", [S, ST])

# --- Italian -------------------------------------------------------------------------------------------
art("n-it-01", "it", "Bielorussia, Lukashenko grazia 25 detenuti: tra loro due lituani",
    "Il presidente bielorusso Aleksandr Lukashenko ha concesso la grazia a 25 detenuti, tra cui due "
    "cittadini lituani, ha riferito l'agenzia statale Belta. La liberazione arriva dopo la visita a Minsk "
    "di una delegazione americana guidata dall'inviato John Coale.", [P, PF], 25)
art("n-it-02", "it", "Gli Usa revocano le sanzioni a Belaruskali",
    "Gli Stati Uniti hanno revocato le sanzioni contro Belaruskali, il colosso bielorusso del potassio, in "
    "cambio della scarcerazione di 123 prigionieri politici, tra cui il premio Nobel Ales Bialiatski. Lo ha "
    "annunciato l'inviato americano John Coale.", [P, PP, PX, S, SE], 123)
art("n-it-03", "it", "Iran, nuove sanzioni Ue contro i Pasdaran",
    "Il Consiglio dell'Ue ha adottato nuove sanzioni contro otto persone e due entità legate ai Guardiani "
    "della rivoluzione iraniani, accusati di violazioni dei diritti umani.",
    ["sanctions@IR", "sanctions.imposed@IR"])
art("n-it-04", "it", "Bielorussia, scarcerata la giornalista Katsiaryna Andreyeva",
    "È stata scarcerata la giornalista bielorussa Katsiaryna Andreyeva, condannata a otto anni e tre mesi "
    "per il suo lavoro per la tv Belsat. Lo ha reso noto l'associazione dei giornalisti bielorussi, secondo "
    "cui la reporter ha lasciato la colonia penale di Homel.", [P, PP])
art("n-it-05", "it", "Bielorussia, manovre militari al confine con la Polonia",
    "La Bielorussia ha avviato esercitazioni militari congiunte con la Russia vicino al confine polacco. "
    "Varsavia ha rafforzato la presenza di truppe lungo la frontiera.", [])
art("n-it-06", "it", "Ue, nuove sanzioni alla Bielorussia per il sostegno a Mosca",
    "L'Unione europea ha approvato nuove misure restrittive nei confronti della Bielorussia per il suo "
    "sostegno alla guerra russa in Ucraina: divieti all'export di beni a duplice uso e congelamento dei beni "
    "di 10 funzionari.", [S, SI])

# --- Spanish -------------------------------------------------------------------------------------------
art("n-es-01", "es", "Bielorrusia libera a 14 presos, entre ellos un ciudadano estadounidense",
    "Las autoridades de Bielorrusia liberaron este jueves a 14 presos, entre ellos un ciudadano "
    "estadounidense, tras una visita a Minsk del enviado especial de Estados Unidos, informó la Casa Blanca. "
    "Varios de los excarcelados habían sido condenados por participar en las protestas de 2020.",
    [P, PP, PF], 14)
art("n-es-02", "es", "EE.UU. levanta las sanciones a la aerolínea Belavia",
    "El Departamento del Tesoro de Estados Unidos levantó este jueves las sanciones contra la aerolínea "
    "estatal bielorrusa Belavia, en un gesto de acercamiento a Minsk tras la excarcelación de decenas de "
    "presos políticos la semana pasada.", [S, SE])
art("n-es-03", "es", "Venezuela excarcela a 80 presos políticos",
    "El Gobierno de Venezuela excarceló este domingo a 80 personas detenidas tras las protestas "
    "poselectorales, informó la ONG Foro Penal, que calificó la medida de insuficiente.",
    ["pardon@VE", "pardon.political@VE"], 80)
art("n-es-04", "es", "La UE sanciona a Bielorrusia por los globos sobre Lituania",
    "Los ministros de Exteriores de la UE aprobaron sanciones contra Bielorrusia por el lanzamiento de "
    "globos con contrabando hacia Lituania, que obligaron a cerrar varias veces el aeropuerto de Vilna.",
    [S, SI])
art("n-es-05", "es", "Lukashenko indulta a 30 condenados por el Día de la Independencia",
    "El presidente bielorruso, Alexandr Lukashenko, indultó a 30 personas condenadas por delitos de "
    "extremismo con motivo del Día de la Independencia, según su servicio de prensa.", [P, PP], 30)
art("n-es-06", "es", "Washington estudia aliviar las sanciones a los bancos bielorrusos",
    "Estados Unidos estudia aliviar las sanciones contra varios bancos bielorrusos si Minsk libera a más "
    "presos políticos, según dos funcionarios citados por la agencia Reuters.", [S, SIE])

# --- Portuguese ----------------------------------------------------------------------------------------
art("n-pt-01", "pt", "Bielorrússia liberta 52 presos, incluindo cidadãos estrangeiros",
    "A Bielorrússia libertou 52 presos, entre os quais cidadãos da Lituânia, da Polónia e da Letónia, "
    "anunciou a Presidência lituana. Em troca, os Estados Unidos levantaram as sanções contra a companhia "
    "aérea Belavia.", [P, PF, PX, S, SE], 52)
art("n-pt-02", "pt", "Lukashenko perdoa 20 opositores condenados pelos protestos de 2020",
    "O Presidente bielorrusso, Alexander Lukashenko, perdoou 20 pessoas condenadas por participarem nos "
    "protestos de 2020, informou a agência estatal Belta. A organização de direitos humanos Viasna "
    "contabiliza ainda mais de mil presos políticos no país.", [P, PP], 20)
art("n-pt-03", "pt", "EUA impõem sanções às petrolíferas russas Rosneft e Lukoil",
    "O Governo norte-americano impôs sanções às duas maiores petrolíferas russas, Rosneft e Lukoil, para "
    "pressionar Moscovo a aceitar um cessar-fogo na Ucrânia.", ["sanctions@RU", "sanctions.imposed@RU"])
art("n-pt-04", "pt", "UE aprova novas sanções contra a Bielorrússia",
    "O Conselho da União Europeia aprovou novas sanções contra a Bielorrússia, incluindo a proibição de "
    "exportação de componentes de aviação e o congelamento de bens de 9 responsáveis do regime de "
    "Lukashenko.", [S, SI])
art("n-pt-05", "pt", "Tsikhanouskaya pede à UE que não alivie a pressão sobre Minsk",
    "A líder da oposição bielorrussa no exílio, Sviatlana Tsikhanouskaya, pediu à União Europeia que não "
    "alivie a pressão sobre Minsk enquanto houver presos políticos nas prisões do país.", [])
art("n-pt-06", "pt", "Jornalista polaco Andrzej Poczobut libertado pela Bielorrússia",
    "O jornalista polaco Andrzej Poczobut foi libertado pelas autoridades bielorrussas após mais de cinco "
    "anos de prisão e já se encontra na Polónia, anunciou o primeiro-ministro polaco.", [P, PP, PF])

for a in A:
    print(json.dumps(a, ensure_ascii=False))
