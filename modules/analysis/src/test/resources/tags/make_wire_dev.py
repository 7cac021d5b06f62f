#!/usr/bin/env python3
"""Writes wire-dev.jsonl: a second development set for the tagger, in the wording of wire services,
broadcasters and regional outlets rather than of the first sets.

Excerpts (headline + one to three sentences) about Belarus releases and sanctions in en, ru, pl, de, it,
es and pt, with hard negatives: sentencing and arrests, military news, sanctions on other countries,
releases only demanded or offered, and releases that are background to another story. All text is
written for this project. Labels: (tag, country) pairs; a pardon's country frees, a sanction's country
is its target. Run: python3 make_wire_dev.py > wire-dev.jsonl
"""
import json

A = []


def art(id, lang, title, text, tags, count=None, entities=()):
    A.append({"id": id, "lang": lang, "title": title, "text": text,
              "labels": {"tags": sorted(tags), "entities": list(entities), "count": count}})


P, PP, PF, PX = "pardon@BY", "pardon.political@BY", "pardon.foreign@BY", "pardon.exchange@BY"
S, SE, SI, ST, SIE = "sanctions@BY", "sanctions.eased@BY", "sanctions.imposed@BY", "sanctions.threatened@BY", \
    "sanctions.intent-ease@BY"

# --- English -------------------------------------------------------------------------------------------
art("w-en-01", "en", "Belarus sets free 14 detainees, among them an American, after US delegation visit",
    "Belarusian authorities set free 14 people on Wednesday, including a U.S. citizen detained in 2024, "
    "shortly after a visiting American delegation left Minsk. Rights campaigners said most of the group had "
    "been jailed over the 2020 protests.", [P, PP, PF], 14)
art("w-en-02", "en", "Washington lifts curbs on Belavia as jailed activists go home",
    "The United States removed restrictions on Belarus's flag carrier Belavia on Friday, the Treasury said, "
    "in what officials described as a reciprocal step after Minsk let 20 jailed activists go home. The "
    "airline can again buy spare parts for its Boeing fleet.", [P, PP, PX, S, SE], 20)
art("w-en-03", "en", "Jailed Belarusian reporter walks free after Lukashenko signs pardon",
    "Ihar Losik, a journalist for Radio Free Europe/Radio Liberty, walked out of a prison colony in Navapolatsk "
    "on Monday after Alexander Lukashenko signed his pardon, his wife said.", [P, PP], None)
art("w-en-04", "en", "US Treasury targets Iranian drone-parts network",
    "The U.S. Treasury imposed sanctions on Tuesday on six companies and two individuals it said supplied "
    "components for Iranian attack drones. The designations freeze any U.S. assets of those listed.",
    ["sanctions@IR", "sanctions.imposed@IR"], None)
art("w-en-05", "en", "Belarus stages snap drills near Polish border",
    "Belarus's defence ministry said on Thursday it had started unscheduled exercises involving 2,000 troops "
    "in the Grodno region, near the border with Poland. Warsaw said it was monitoring the situation.",
    [], None)
art("w-en-06", "en", "EU adds Belarusian officials to sanctions list over migrant flights",
    "European Union governments on Monday added 17 Belarusian officials and a state tour operator to the "
    "bloc's sanctions list, accusing them of organising flights that brought migrants to the Polish and "
    "Lithuanian borders.", [S, SI], None)
art("w-en-07", "en", "Freed Belarusians cross into Lithuania at dawn",
    "A bus carrying 18 former political prisoners released by Belarus crossed into Lithuania early on "
    "Sunday, Lithuanian border guards said. Exiled opposition leader Sviatlana Tsikhanouskaya met them in "
    "Vilnius.", [P, PP], 18)
art("w-en-08", "en", "Minsk court jails activist for 10 years",
    "A court in Minsk sentenced opposition activist Pavel Sevyarynets to ten years in a high-security colony "
    "on Friday, the rights group Viasna said, bringing the number of political prisoners it counts to "
    "1,148.", [], None)
art("w-en-09", "en", "US weighs potash relief if Minsk frees more prisoners",
    "The Trump administration is considering lifting sanctions on Belarusian potash producer Belaruskali "
    "if Minsk releases more political prisoners, two officials familiar with the talks said. No decision "
    "has been made.", [S, SIE], None)
art("w-en-10", "en", "Belarus opposition marks anniversary of 2020 vote",
    "Exiled Belarusian opposition figures gathered in Warsaw on Saturday to mark five years since the "
    "disputed 2020 election. Last year's release of dozens of prisoners was mentioned only in passing as "
    "speakers called for new sanctions on Minsk.", [], None)
art("w-en-11", "en", "Britain imposes sanctions on Belarusian judges",
    "Britain on Wednesday froze the assets of seven Belarusian judges and prosecutors it said were "
    "responsible for politically motivated trials, the Foreign Office said.", [S, SI], None)

# --- Russian -------------------------------------------------------------------------------------------
art("w-ru-01", "ru", "Лукашенко помиловал ещё 25 человек",
    "Александр Лукашенко помиловал 25 человек, осуждённых по так называемым протестным статьям, сообщила "
    "пресс-служба главы государства. Среди освобождённых — пенсионеры и люди с тяжёлыми заболеваниями.",
    [P, PP], 25)
art("w-ru-02", "ru", "США вывели «Белавиа» из-под санкций",
    "Министерство финансов США исключило национального авиаперевозчика Беларуси «Белавиа» из санкционного "
    "списка. Решение позволит компании закупать запчасти и обслуживать самолёты Boeing.", [S, SE], None)
art("w-ru-03", "ru", "Из колонии вышел на свободу политзаключённый Николай Статкевич",
    "Политик Николай Статкевич вышел на свободу после помилования, сообщили правозащитники «Вясны». Его "
    "вывезли к границе с Литвой вместе с ещё пятью заключёнными.", [P, PP], None)
art("w-ru-04", "ru", "Минск пригрозил ответом на новые санкции ЕС",
    "МИД Беларуси заявил, что ответит на новый пакет санкций Евросоюза, утверждённый в понедельник. Под "
    "ограничения попали 25 предприятий военно-промышленного комплекса.", [S, SI], None)
art("w-ru-05", "ru", "В Гродно задержали блогера",
    "В Гродно сотрудники ГУБОПиК задержали блогера за комментарии в телеграм-канале, признанном "
    "экстремистским. Ему грозит до шести лет лишения свободы.", [], None)
art("w-ru-06", "ru", "Освобождены граждане Литвы и Латвии",
    "Белорусская сторона освободила четырёх граждан Литвы и двух граждан Латвии, осуждённых в Беларуси, "
    "сообщил МИД Литвы. Освобождение стало результатом переговоров при посредничестве США.", [P, PF, PX], 6)
art("w-ru-07", "ru", "ЕС продлил санкции против Ирана",
    "Совет ЕС продлил на год санкции против Ирана за нарушения прав человека и добавил в список ещё восемь "
    "чиновников.", ["sanctions@IR", "sanctions.imposed@IR"], None)

# --- Polish --------------------------------------------------------------------------------------------
art("w-pl-01", "pl", "Białoruś uwolniła 16 więźniów politycznych",
    "Reżim Łukaszenki uwolnił w piątek 16 więźniów politycznych, w tym dwóch dziennikarzy Biełsatu – "
    "poinformowała organizacja Wiasna. Część z nich przewieziono na granicę z Litwą.", [P, PP], 16)
art("w-pl-02", "pl", "Andrzej Poczobut na wolności",
    "Dziennikarz i działacz mniejszości polskiej Andrzej Poczobut wyszedł na wolność po ułaskawieniu przez "
    "Aleksandra Łukaszenkę – przekazało polskie MSZ. W zamian Polska zgodziła się na otwarcie przejścia "
    "granicznego.", [P, PP, PX], None)
art("w-pl-03", "pl", "USA znoszą sankcje na białoruski potas",
    "Stany Zjednoczone zniosły sankcje nałożone na białoruski koncern Biełaruskalij – poinformował "
    "Departament Skarbu. To element porozumienia z Mińskiem.", [S, SE], None)
art("w-pl-04", "pl", "Ćwiczenia wojsk białoruskich przy granicy",
    "Białoruskie wojsko rozpoczęło ćwiczenia w obwodzie grodzieńskim. Straż Graniczna wzmocniła patrole "
    "na odcinku podlaskim.", [], None)
art("w-pl-05", "pl", "UE przyjęła nowy pakiet sankcji wobec Białorusi",
    "Rada UE zatwierdziła nowy pakiet sankcji wobec Białorusi, obejmujący zakaz eksportu części maszyn i "
    "zamrożenie aktywów 20 osób.", [S, SI], None)
art("w-pl-06", "pl", "Tichanowska apeluje o uwolnienie więźniów",
    "Swiatłana Cichanouska zaapelowała do Zachodu o wywieranie presji na Mińsk, aby ten uwolnił ponad "
    "tysiąc więźniów politycznych.", [], None)

# --- German --------------------------------------------------------------------------------------------
art("w-de-01", "de", "Belarus entlässt 52 Gefangene nach Besuch von US-Gesandtem",
    "Belarus hat 52 Gefangene freigelassen, darunter politische Häftlinge und mehrere Ausländer, wie das "
    "litauische Außenministerium mitteilte. Die Freilassung folgte auf einen Besuch des US-Gesandten John "
    "Coale in Minsk.", [P, PP, PF], 52)
art("w-de-02", "de", "USA lockern Sanktionen gegen belarussische Fluglinie",
    "Die US-Regierung hat Sanktionen gegen die staatliche belarussische Fluggesellschaft Belavia "
    "gelockert. Im Gegenzug kamen nach Angaben aus Washington mehrere Häftlinge frei.", [P, PX, S, SE], None)
art("w-de-03", "de", "Lukaschenko begnadigt Oppositionelle",
    "Der belarussische Machthaber Alexander Lukaschenko hat nach Angaben seines Pressedienstes 30 wegen "
    "\"Extremismus\" verurteilte Menschen begnadigt. Menschenrechtler sprechen von politischen Gefangenen.",
    [P, PP], 30)
art("w-de-04", "de", "EU verhängt neue Sanktionen gegen Iran",
    "Die Europäische Union hat neue Sanktionen gegen Iran verhängt, die sich gegen Hersteller von Drohnen "
    "und Raketen richten.", ["sanctions@IR", "sanctions.imposed@IR"], None)
art("w-de-05", "de", "Belarus verurteilt deutschen Staatsbürger",
    "Ein Gericht in Minsk hat einen deutschen Staatsbürger wegen angeblicher Spionage zu acht Jahren Haft "
    "verurteilt. Das Auswärtige Amt bemüht sich um konsularischen Zugang.", [], None)
art("w-de-06", "de", "Neue EU-Strafmaßnahmen gegen Minsk",
    "Die EU-Außenminister haben weitere Strafmaßnahmen gegen Belarus beschlossen. Betroffen sind Richter, "
    "Staatsanwälte und Unternehmen der Rüstungsindustrie.", [S, SI], None)

# --- Italian -------------------------------------------------------------------------------------------
art("w-it-01", "it", "Bielorussia, liberati 31 prigionieri politici",
    "Il regime di Minsk ha rilasciato 31 prigionieri politici, tra cui due cittadini stranieri, dopo i "
    "colloqui con l'inviato americano. Lo ha reso noto il ministero degli Esteri lituano.", [P, PP, PF], 31)
art("w-it-02", "it", "Gli Usa revocano le sanzioni alla compagnia aerea bielorussa",
    "Gli Stati Uniti hanno revocato le sanzioni contro la compagnia aerea di bandiera bielorussa Belavia, "
    "in cambio della liberazione di alcuni detenuti.", [P, PX, S, SE], None)
art("w-it-03", "it", "Lukashenko grazia 18 detenuti",
    "Il presidente bielorusso Aleksandr Lukashenko ha graziato 18 persone condannate per reati legati alle "
    "proteste del 2020, ha comunicato il suo ufficio stampa.", [P, PP], 18)
art("w-it-04", "it", "Nuove sanzioni Ue contro la Russia",
    "Il Consiglio dell'Ue ha approvato un nuovo pacchetto di sanzioni contro la Russia che colpisce la "
    "flotta ombra di petroliere.", ["sanctions@RU", "sanctions.imposed@RU"], None)
art("w-it-05", "it", "Minsk, arrestato un attivista",
    "Le forze di sicurezza bielorusse hanno arrestato un attivista dell'opposizione a Minsk, accusato di "
    "aver partecipato alle proteste del 2020.", [], None)

# --- Spanish -------------------------------------------------------------------------------------------
art("w-es-01", "es", "Bielorrusia excarcela a 20 presos políticos",
    "Las autoridades de Bielorrusia excarcelaron a 20 presos políticos tras una visita del enviado "
    "estadounidense John Coale, informó la organización Viasna.", [P, PP], 20)
art("w-es-02", "es", "EE.UU. levanta sanciones a la potasa bielorrusa",
    "Estados Unidos levantó las sanciones a la empresa estatal bielorrusa Belaruskali, productora de "
    "potasa, a cambio de la liberación de presos.", [P, PX, S, SE], None)
art("w-es-03", "es", "Lukashenko indulta a un periodista polaco",
    "El presidente bielorruso, Alexandr Lukashenko, indultó al periodista Andrzej Poczobut, miembro de la "
    "minoría polaca, que cumplía una condena de ocho años.", [P, PP, PF], None)
art("w-es-04", "es", "La UE amplía las sanciones contra Bielorrusia",
    "La Unión Europea amplió este lunes las sanciones contra Bielorrusia por su apoyo a la guerra de Rusia "
    "en Ucrania.", [S, SI], None)
art("w-es-05", "es", "Maniobras militares en Bielorrusia",
    "El ejército bielorruso inició maniobras conjuntas con tropas rusas cerca de la frontera con Polonia.",
    [], None)

# --- Portuguese ----------------------------------------------------------------------------------------
art("w-pt-01", "pt", "Bielorrússia liberta 14 presos após visita de enviado dos EUA",
    "A Bielorrússia libertou 14 presos, incluindo um cidadão norte-americano, após a visita do enviado "
    "especial dos Estados Unidos, informou a Casa Branca.", [P, PF], 14)
art("w-pt-02", "pt", "EUA aliviam sanções contra companhia aérea bielorrussa",
    "Os Estados Unidos aliviaram as sanções contra a companhia aérea estatal bielorrussa Belavia, numa "
    "troca que incluiu a libertação de presos políticos.", [P, PP, PX, S, SE], None)
art("w-pt-03", "pt", "Lukashenko concede perdão a 23 condenados",
    "O presidente da Bielorrússia, Alexander Lukashenko, concedeu perdão a 23 pessoas condenadas por "
    "participação nos protestos de 2020.", [P, PP], 23)
art("w-pt-04", "pt", "UE impõe novas sanções ao Irão",
    "A União Europeia impôs novas sanções ao Irão por causa do fornecimento de drones à Rússia.",
    ["sanctions@IR", "sanctions.imposed@IR"], None)
art("w-pt-05", "pt", "Opositora bielorrussa pede libertação de presos",
    "A líder da oposição bielorrussa no exílio, Sviatlana Tsikhanouskaya, pediu à comunidade internacional "
    "que pressione Minsk a libertar mais de mil presos políticos.", [], None)

for a in A:
    print(json.dumps(a, ensure_ascii=False))
