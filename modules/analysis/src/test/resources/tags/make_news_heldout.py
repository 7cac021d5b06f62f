#!/usr/bin/env python3
"""Writes news-heldout.jsonl: a held-out set for the tagger, written after news-dev.jsonl and before any
rule was developed with it, in the shape of agency and newspaper copy in en, ru, pl, de, it, es and pt.
Other events and other wording than the development sets; not used for development (only its aggregate
scores are printed). All text is written for this project. Labels: (tag, country) pairs; a pardon's
country frees, a sanction's country is its target. Run: python3 make_news_heldout.py > news-heldout.jsonl
"""
import json

A = []


def art(id, lang, title, text, tags, count=None):
    A.append({"id": id, "lang": lang, "title": title, "text": text,
              "labels": {"tags": sorted(tags), "entities": [], "count": count}})


P, PP, PF, PX = "pardon@BY", "pardon.political@BY", "pardon.foreign@BY", "pardon.exchange@BY"
S, SE, SI, ST, SIE = "sanctions@BY", "sanctions.eased@BY", "sanctions.imposed@BY", "sanctions.threatened@BY", \
    "sanctions.intent-ease@BY"

art("h-en-01", "en", "Tsikhanouski freed as Trump envoy Kellogg visits Minsk",
    "Siarhei Tsikhanouski, the jailed husband of exiled opposition leader Sviatlana Tsikhanouskaya, was "
    "freed on Saturday along with 13 other prisoners hours after U.S. envoy Keith Kellogg met Alexander "
    "Lukashenko in Minsk. The group was driven to Vilnius, the Lithuanian capital.", [P, PP], 14)
art("h-en-02", "en", "Belarus grants clemency to 25 inmates ahead of national holiday",
    "Belarusian leader Alexander Lukashenko has granted clemency to 25 inmates, including several convicted "
    "of 'extremist' offences, his office said on Wednesday, ahead of the July 3 Independence Day holiday. "
    "Human rights activists said it was unclear how many of them were political prisoners.", [P, PP], 25)
art("h-en-03", "en", "Lithuania bans transit of Belarusian potash",
    "Lithuania on Thursday extended its ban on the rail transit of Belarusian potash fertiliser through the "
    "port of Klaipeda, citing EU and US sanctions on producer Belaruskali. Minsk called the decision "
    "economic warfare.", [S, SI])
art("h-en-04", "en", "Azerbaijan pardons 150 prisoners in annual amnesty",
    "Azerbaijan's President Ilham Aliyev pardoned 150 prisoners on Tuesday, including several journalists, "
    "in a decree marking the country's Independence Day, state media reported.", ["pardon@AZ", "pardon.political@AZ"], 150)
art("h-en-05", "en", "US Treasury takes Belavia off sanctions list",
    "The U.S. Treasury Department said on Thursday it had taken Belarusian state airline Belavia off its "
    "sanctions list, a week after Minsk released 52 prisoners including citizens of Poland and Lithuania. "
    "The airline said it hoped to resume buying Boeing parts.", [S, SE])
art("h-en-06", "en", "Belarus sentences French teacher to eight years",
    "A Belarusian court on Monday sentenced a French teacher to eight years in prison on charges of "
    "'agent activity', his family said. France has called for his immediate release.", [])

art("h-ru-01", "ru", "Тихановский вышел на свободу",
    "Сергей Тихановский, муж лидера белорусской оппозиции Светланы Тихановской, освобожден и находится в "
    "Вильнюсе, сообщил ее офис. Вместе с ним на свободу вышли еще 13 человек, в том числе граждане Японии, "
    "Польши и Швеции. Освобождение последовало за визитом в Минск спецпосланника США Кита Келлога.",
    [P, PP, PF], 14)
art("h-ru-02", "ru", "Лукашенко подписал указ о помиловании 42 человек",
    "Александр Лукашенко подписал указ о помиловании 42 осужденных, сообщила пресс-служба белорусского лидера. "
    "По ее данным, все они написали прошения о помиловании и раскаялись в содеянном.", [P], 42)
art("h-ru-03", "ru", "Литва продлила запрет на транзит белорусских удобрений",
    "Правительство Литвы продлило запрет на транзит белорусских калийных удобрений через порт Клайпеды, "
    "сославшись на санкции ЕС и США против «Беларуськалия».", [S, SI])
art("h-ru-04", "ru", "Россия и Украина провели обмен пленными",
    "Россия и Украина провели очередной обмен военнопленными по формуле 84 на 84, сообщило Минобороны России. "
    "Посредником выступили Объединенные Арабские Эмираты.", [])
art("h-ru-05", "ru", "Минфин США снял ограничения с белорусских банков",
    "Министерство финансов США сняло ограничения с двух белорусских государственных банков. В Вашингтоне "
    "назвали это шагом навстречу Минску после освобождения группы политзаключенных в прошлом месяце.", [S, SE])
art("h-ru-06", "ru", "В Белоруссии освобождены 16 политзаключенных",
    "В Белоруссии на свободу вышли 16 политзаключенных, среди них журналист Игорь Лосик, сообщил "
    "правозащитный центр «Весна». Все они были помилованы Александром Лукашенко.", [P, PP], 16)

art("h-pl-01", "pl", "Ksiądz Juchniewicz wrócił do Polski",
    "Ksiądz Andrzej Juchniewicz, polski duchowny skazany na Białorusi na 13 lat więzienia, został zwolniony "
    "i przekazany stronie polskiej - poinformował w czwartek wiceminister spraw zagranicznych. Duchowny był "
    "oskarżony o szpiegostwo.", [P, PF])
art("h-pl-02", "pl", "Białoruś: ułaskawiono 30 więźniów",
    "Alaksandr Łukaszenka podpisał dekret o ułaskawieniu 30 osób, w tym skazanych za tzw. przestępstwa o "
    "charakterze ekstremistycznym - przekazała jego służba prasowa. Obrońcy praw człowieka podkreślają, że "
    "wśród nich są więźniowie polityczni.", [P, PP], 30)
art("h-pl-03", "pl", "Waszyngton zdjął sankcje z Biełaruśkalij",
    "Amerykański Departament Skarbu zdjął sankcje z białoruskiego producenta nawozów potasowych "
    "Biełaruśkalij. Decyzja zapadła po tym, jak reżim Łukaszenki wypuścił na wolność 123 więźniów "
    "politycznych, w tym Marię Kalesnikawą.", [P, PP, PX, S, SE], 123)
art("h-pl-04", "pl", "Litwa grozi Białorusi sankcjami za balony",
    "Litewski rząd zagroził Mińskowi sankcjami, jeśli balony przemytnicze z Białorusi nadal będą naruszać "
    "przestrzeń powietrzną kraju. Wilno rozważa także zamknięcie granicy na dłużej.", [S, ST])
art("h-pl-05", "pl", "Polscy żołnierze ćwiczą przy granicy z Białorusią",
    "Na poligonie w pobliżu granicy z Białorusią rozpoczęły się ćwiczenia z udziałem 5 tysięcy żołnierzy "
    "Wojska Polskiego. Ministerstwo obrony zapewnia, że nie są one wymierzone w żadne państwo.", [])
art("h-pl-06", "pl", "Unia przedłuża sankcje wobec reżimu Łukaszenki",
    "Rada Unii Europejskiej przedłużyła o kolejny rok sankcje wobec Białorusi, obejmujące ponad 300 osób i "
    "kilkadziesiąt podmiotów.", [S, SI])

art("h-de-01", "de", "Tichanowski nach Vilnius gebracht",
    "Der belarussische Oppositionelle Sergej Tichanowski ist aus der Haft entlassen worden und nach "
    "Vilnius gebracht worden. Mit ihm kamen 13 weitere Gefangene frei, darunter Staatsbürger Japans und "
    "Polens, wie das Büro seiner Frau mitteilte.", [P, PP, PF], 14)
art("h-de-02", "de", "USA streichen Belavia von Sanktionsliste",
    "Die US-Regierung hat die belarussische Fluggesellschaft Belavia von ihrer Sanktionsliste gestrichen. "
    "Zuvor hatte Machthaber Lukaschenko 52 Häftlinge freigelassen, darunter mehrere Ausländer.",
    [P, PF, S, SE], 52)
art("h-de-03", "de", "Belarus verurteilt deutschen Staatsbürger zum Tode",
    "Ein Gericht in Minsk hat einen deutschen Staatsbürger wegen angeblicher Sabotage zum Tode verurteilt. "
    "Das Auswärtige Amt in Berlin verlangte Zugang zu dem Mann.", [])
art("h-de-04", "de", "Lukaschenko lässt 20 Gefangene frei",
    "Der belarussische Staatschef Alexander Lukaschenko hat 20 Verurteilte begnadigt. Unter ihnen seien "
    "Menschen, die wegen ihrer Beteiligung an den Massenprotesten nach der Präsidentenwahl 2020 in Haft "
    "saßen, berichtete die Staatsagentur Belta.", [P, PP], 20)
art("h-de-05", "de", "EU beschließt neue Sanktionen gegen Belarus",
    "Die Europäische Union hat neue Sanktionen gegen Belarus beschlossen. Betroffen sind unter anderem "
    "Exporte von Maschinen und Chemikalien sowie 15 Vertreter des Sicherheitsapparats.", [S, SI])
art("h-de-06", "de", "Iran: USA verhängen Sanktionen gegen Reederei",
    "Die USA haben Sanktionen gegen eine iranische Reederei und acht ihrer Schiffe verhängt, die Öl nach "
    "China transportiert haben sollen.", ["sanctions@IR", "sanctions.imposed@IR"])

art("h-it-01", "it", "Bielorussia, liberato Tikhanovsky: è arrivato a Vilnius",
    "Sergei Tikhanovsky, marito della leader dell'opposizione bielorussa Svetlana Tikhanovskaya, è stato "
    "liberato insieme ad altri 13 detenuti ed è arrivato a Vilnius. La scarcerazione è avvenuta dopo "
    "l'incontro a Minsk tra Lukashenko e l'inviato di Trump Keith Kellogg.", [P, PP], 14)
art("h-it-02", "it", "Minsk libera 16 prigionieri politici",
    "Le autorità bielorusse hanno rilasciato 16 prigionieri politici, tra cui il giornalista Ihar Losik, ha "
    "reso noto il centro per i diritti umani Viasna.", [P, PP], 16)
art("h-it-03", "it", "Stati Uniti, via le sanzioni alla compagnia Belavia",
    "Washington ha tolto le sanzioni alla compagnia aerea di bandiera bielorussa Belavia dopo la liberazione "
    "di 52 prigionieri avvenuta la settimana scorsa.", [S, SE])
art("h-it-04", "it", "Ue, il Parlamento chiede sanzioni più dure contro Minsk",
    "Il Parlamento europeo ha chiesto nuove sanzioni contro il regime di Lukashenko per la repressione "
    "dell'opposizione e il sostegno militare alla Russia.", [S, SI])
art("h-it-05", "it", "Russia, condannato a 15 anni un giornalista americano",
    "Un tribunale di Ekaterinburg ha condannato a 15 anni di carcere un giornalista americano accusato di "
    "spionaggio. Washington ne chiede il rilascio.", [])
art("h-it-06", "it", "Bielorussia, graziati tre cittadini lettoni",
    "Lukashenko ha graziato tre cittadini lettoni condannati per contrabbando, che sono già rientrati in "
    "Lettonia, ha riferito il ministero degli Esteri di Riga.", [P, PF], 3)

art("h-es-01", "es", "Liberado el opositor bielorruso Serguéi Tijanovski",
    "El opositor bielorruso Serguéi Tijanovski, esposo de la líder opositora en el exilio Svetlana "
    "Tijanóvskaya, fue liberado este sábado junto a otros 13 presos tras la visita a Minsk del enviado "
    "estadounidense Keith Kellogg.", [P, PP], 14)
art("h-es-02", "es", "Bielorrusia indulta a 16 presos, entre ellos a un ciudadano alemán",
    "El presidente de Bielorrusia, Alexandr Lukashenko, indultó a 16 reclusos, entre ellos un ciudadano "
    "alemán condenado a muerte, informó la agencia estatal Belta.", [P, PF], 16)
art("h-es-03", "es", "EE.UU. retira las sanciones al potasio bielorruso a cambio de 123 presos",
    "Estados Unidos retiró las sanciones sobre el potasio bielorruso después de que Minsk excarcelara a 123 "
    "presos, entre ellos el Nobel de la Paz Ales Bialiatski, anunció el enviado John Coale.",
    [P, PP, PX, S, SE], 123)
art("h-es-04", "es", "Cuba excarcela a 553 presos tras un acuerdo con el Vaticano",
    "El Gobierno cubano excarceló a 553 presos, entre ellos manifestantes del 11 de julio, tras un acuerdo "
    "con el Vaticano, informaron medios oficiales.", ["pardon@CU", "pardon.political@CU", "pardon.exchange@CU"], 553)
art("h-es-05", "es", "La UE renueva un año las sanciones contra Bielorrusia",
    "Los Veintisiete renovaron por un año las sanciones contra Bielorrusia, que afectan a más de 300 personas "
    "y 40 entidades, entre ellas el propio Lukashenko.", [S, SI])
art("h-es-06", "es", "Lituania cierra la frontera con Bielorrusia por los globos",
    "Lituania cerró temporalmente sus pasos fronterizos con Bielorrusia tras la llegada de nuevos globos "
    "con contrabando de tabaco que obligaron a suspender los vuelos en Vilna.", [])

art("h-pt-01", "pt", "Bielorrússia liberta marido de líder da oposição",
    "Serguei Tikhanovski, marido da líder da oposição bielorrussa no exílio, foi libertado juntamente com "
    "outros 13 presos, após uma visita a Minsk do enviado norte-americano Keith Kellogg.", [P, PP], 14)
art("h-pt-02", "pt", "Lukashenko indulta 18 condenados por extremismo",
    "O Presidente da Bielorrússia, Alexander Lukashenko, indultou 18 pessoas condenadas por crimes de "
    "extremismo, anunciou o serviço de imprensa da Presidência.", [P, PP], 18)
art("h-pt-03", "pt", "Washington retira sanções à Belavia",
    "O Departamento do Tesouro dos EUA retirou as sanções à companhia aérea estatal bielorrussa Belavia, um "
    "gesto de aproximação a Minsk depois da libertação de 52 presos.", [S, SE])
art("h-pt-04", "pt", "Lituânia ameaça Bielorrússia com novas sanções",
    "O Governo lituano ameaçou Minsk com novas sanções caso continuem a chegar balões com contrabando ao "
    "espaço aéreo do país.", [S, ST])
art("h-pt-05", "pt", "Rússia e Ucrânia trocam prisioneiros de guerra",
    "A Rússia e a Ucrânia trocaram 150 prisioneiros de guerra cada, numa operação mediada pelos Emirados "
    "Árabes Unidos.", [])
art("h-pt-06", "pt", "Bielorrússia liberta cidadão português detido há dois anos",
    "Um cidadão português detido na Bielorrússia há dois anos foi libertado e já regressou a Lisboa, "
    "confirmou o Ministério dos Negócios Estrangeiros.", [P, PF])

for a in A:
    print(json.dumps(a, ensure_ascii=False))
