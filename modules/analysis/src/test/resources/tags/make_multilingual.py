# Writes two labelled sets of short news excerpts in eleven languages (en, ru, be, uk, pl, lt, de, fr, es,
# it, pt) beside this script:
#
#   multilingual.jsonl          the development set: 17-18 articles per language (190)
#   multilingual-heldout.jsonl  the held-out set: 6-9 articles per language (72), written after the development
#                               set about other events, in other outlets' styles and with other wording
#                               ("released from custody", "let go", "walked out of the colony" where the
#                               development set says "freed"), to be scored, not tuned on
#
# Every article is a title plus 1-4 sentences (150-600 characters) written for these sets in the manner of
# wire reports and regional outlets; the text is our own. Each language has positives (Belarusian pardons and
# releases, foreigners freed, releases in deals with the United States, sanctions on Belarus imposed, eased,
# threatened or under discussion) and hard negatives (sanctions on other countries, US presidential
# pardons, Belarusian military news, prisoner-of-war swaps, product releases, currency exchange, demands for
# a release that has not happened, sanctions stories that mention an earlier release only as background and
# pardon stories that mention sanctions only as background).
#
# Labels, written by hand for each article:
#   tags          "tag@CC"; the country of a pardon is the one that frees people, the country of sanctions
#                 the one sanctioned. A subtag always comes with its parent (the generator adds the parent).
#                 An earlier release or existing sanctions mentioned only as background earn no tag.
#   entities      gazetteer ids (entities/gazetteer.v1.json) of the people, organisations, countries and cities
#                 the text names, in any inflection or as an adjective or nationality ("Lithuanian",
#                 "литовскую"); Belarus itself is not labelled, as in labelled.jsonl.
#   count         the number of people released as the text states it (digits or words), or null; numbers
#                 of prisoners who remain, of people sanctioned or of prisoners of war are not counts.
#   destinations  ISO codes of the countries the freed people were taken to, [] if the text names none.
#
# Ids are LANG-NNN in the development set and h-LANG-NNN in the held-out set.
#
# Shorthand below: tags are space-separated; p pp pf px pi s si se st sie stand for pardon, pardon.political,
# pardon.foreign, pardon.exchange, pardon.intent, sanctions, sanctions.imposed, sanctions.eased,
# sanctions.threatened and sanctions.intent-ease on Belarus; anything with "@" is taken as written.
# Entities are space-separated keys of E below, two-letter country codes or full ids.
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "ru", "be", "uk", "pl", "lt", "de", "fr", "es", "it", "pt")
T = {"p": "pardon", "pp": "pardon.political", "pf": "pardon.foreign", "px": "pardon.exchange",
     "pi": "pardon.intent", "s": "sanctions", "si": "sanctions.imposed", "se": "sanctions.eased",
     "st": "sanctions.threatened", "sie": "sanctions.intent-ease"}
E = {"L": "person:lukashenko", "T": "person:tsikhanouskaya", "TS": "person:tsikhanouski",
     "B": "person:bialiatski", "K": "person:kalesnikava", "BAB": "person:babaryka", "ZNAK": "person:znak",
     "LAB": "person:labkovich", "STEF": "person:stefanovich", "LOSIK": "person:losik",
     "STAT": "person:statkevich", "ZYAN": "person:zyankovich", "LAT": "person:latypov",
     "POCZ": "person:poczobut", "KARB": "person:karbalevich", "TRUMP": "person:trump", "BIDEN": "person:biden",
     "COALE": "person:coale", "KELL": "person:kellogg", "PUTIN": "person:putin", "ZEL": "person:zelensky",
     "RACH": "person:rachkov", "viasna": "org:viasna", "belta": "org:belta", "belavia": "org:belavia",
     "bkali": "org:belaruskali", "azot": "org:grodno-azot", "ofac": "org:ofac", "treasury": "org:treasury",
     "minsk": "city:minsk", "wash": "city:washington", "moscow": "city:moscow", "kyiv": "city:kyiv",
     "vilnius": "city:vilnius", "warsaw": "city:warsaw", "tehran": "city:tehran", "brussels": "city:brussels",
     "tallinn": "city:tallinn", "caracas": "city:caracas", "pyongyang": "city:pyongyang",
     "beijing": "city:beijing", "london": "city:london"}
SETS = {"multilingual.jsonl": [], "multilingual-heldout.jsonl": []}
OUT = "multilingual.jsonl"


def tags_of(spec):
    out = set()
    for t in spec.split():
        full = t if "@" in t else T[t] + "@BY"
        out.add(full)
        name, cc = full.split("@")
        if "." in name:
            out.add(name.split(".")[0] + "@" + cc)
    return sorted(out)


def ents_of(spec):
    out = set()
    for e in spec.split():
        out.add(e if ":" in e else E.get(e) or "country:" + e)
    return sorted(out)


def a(lang, title, text, tags="", ents="", count=None, destinations=""):
    rows = SETS[OUT]
    n = sum(1 for x in rows if x["lang"] == lang) + 1
    prefix = "" if OUT == "multilingual.jsonl" else "h-"
    rows.append(dict(id=f"{prefix}{lang}-{n:03d}", lang=lang, title=title, text=text,
                     labels=dict(tags=tags_of(tags), entities=ents_of(ents), count=count,
                                 destinations=sorted(destinations.split()))))


# ======================================================================== development set
OUT = "multilingual.jsonl"
# --- en
a("en", "Lukashenko pardons 16, including nine political prisoners",
  "MINSK (Reuters) - Belarusian President Alexander Lukashenko pardoned 16 people on Thursday, his press service said, calling it a humanitarian gesture ahead of the holidays. The rights group Viasna said nine of those freed were on its list of political prisoners, while 1,110 others remain behind bars.",
  "p pp", "L viasna minsk", 16)
a("en", "Bialiatski and Kalesnikava among 123 freed as US lifts potash sanctions",
  "Belarus freed 123 prisoners on Saturday, among them Nobel Peace Prize laureate Ales Bialiatski and protest leader Maria Kalesnikava, after two days of talks with US envoy John Coale. In return, Washington agreed to lift sanctions on Belarusian potash. Most of those released were driven to Ukraine; a smaller group was taken to Lithuania.",
  "p pp px se", "B K COALE us wash ua lt", 123, "UA LT")
a("en", "Fifty-two prisoners bussed to Lithuanian border after Coale visit",
  "Fifty-two prisoners were released from Belarusian jails on Thursday and taken by bus to the Lithuanian border, hours after US envoy John Coale met Lukashenko in Minsk. Most of them are opposition activists and journalists; fourteen are foreign nationals, including six Lithuanians and two Poles, Lithuania's foreign ministry said.",
  "p pp pf", "COALE us L minsk lt pl", 52, "LT")
a("en", "Japanese man convicted of spying pardoned, flies home",
  "A Japanese national sentenced in Belarus to seven years for espionage has been pardoned by Alexander Lukashenko and has left for Tokyo, Japan's foreign ministry said on Tuesday. The man, a former language teacher, had been arrested in Homel in 2024.",
  "p pf", "jp L", None, "JP")
a("en", "Three Americans released, flown to Vilnius",
  "Lukashenko granted clemency to three US citizens held in Belarusian prisons, the State Department said. The three were driven across the border and flown out of Vilnius on Wednesday. Washington thanked Lithuania for its help but gave no details of what Minsk received in return.",
  "p pf", "L us vilnius wash lt minsk", 3, "LT")
a("en", "Belarus hands 31 pardoned Ukrainians over to Kyiv",
  "Lukashenko pardoned 31 Ukrainian citizens serving sentences in Belarus at Kyiv's request, and they were handed over to Ukrainian officials at the border on Saturday, the state news agency Belta reported. Minsk called the step a goodwill gesture.",
  "p pf", "L ua kyiv belta minsk", 31, "UA")
a("en", "Tsikhanouski among 14 prisoners released after Kellogg visit",
  "Siarhei Tsikhanouski, the blogger whose arrest in 2020 led his wife Sviatlana Tsikhanouskaya to run for president, was among 14 prisoners released on Saturday and brought to Vilnius, shortly after US envoy Keith Kellogg met Lukashenko in Minsk.",
  "p pp", "TS T vilnius us KELL L minsk", 14, "LT")
a("en", "EU prolongs Belarus sanctions for another year",
  "BRUSSELS (AP) - European Union governments on Monday extended their restrictive measures against Belarus until February 2027, keeping asset freezes and travel bans on more than 300 officials in place. The decision comes a month after Minsk freed 52 prisoners, a step Brussels called welcome but insufficient.",
  "si", "brussels eu minsk", None)
a("en", "Treasury removes Belavia from sanctions list",
  "The US Treasury has taken Belarusian flag carrier Belavia off its sanctions list, allowing the airline to service its Boeing jets and buy spare parts again, according to a notice published by the Office of Foreign Assets Control on Thursday.",
  "se", "treasury belavia us ofac", None)
a("en", "Zelensky sanctions 48 Belarusian firms over arms supplies",
  "Ukrainian President Volodymyr Zelensky on Friday signed a decree imposing sanctions on 48 Belarusian companies and 20 individuals that Kyiv accuses of supplying components to the Russian army. The measures freeze their assets in Ukraine for ten years.",
  "si", "ZEL ua kyiv ru", None)
a("en", "Washington weighs easing curbs on Belaruskali",
  "US officials are discussing whether to ease sanctions on the Belarusian potash producer Belaruskali if Minsk frees more political prisoners, two people familiar with the talks said. No decision has been taken, and the State Department declined to comment.",
  "sie", "us bkali minsk wash", None)
a("en", "Viasna urges release of jailed lawyer",
  "The human rights centre Viasna called on the Belarusian authorities to free its lawyer Valiantsin Stefanovich, who has spent more than four years behind bars, saying his health had deteriorated. Prison officials did not respond to a request for comment.",
  "", "viasna STEF", None)
a("en", "US targets Iranian drone parts network",
  "The US Treasury imposed sanctions on eight Iranian companies and three individuals that it says procured parts for drones sold to Russia, the Office of Foreign Assets Control said on Tuesday.",
  "sanctions.imposed@IR", "treasury us ir ofac ru", None)
a("en", "Trump pardons former sheriff convicted of bribery",
  "President Donald Trump on Wednesday pardoned a former county sheriff from Virginia who had been sentenced to ten years for taking bribes, the White House said, the latest in a series of clemency grants to political allies.",
  "pardon@US", "TRUMP", None)
a("en", "Russia and Ukraine swap 84 prisoners of war each",
  "Russia and Ukraine exchanged 84 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, the defence ministry in Moscow said. Some of the Ukrainians had been held since the siege of Mariupol.",
  "", "ru ua moscow", None)
a("en", "Belarus and Russia begin drills near Polish border",
  "Thousands of Belarusian and Russian troops began joint exercises near the Polish and Lithuanian borders on Friday, the defence ministry in Minsk said. Warsaw responded by moving additional units to the frontier.",
  "", "ru pl lt minsk warsaw", None)
a("en", "Minsk studio delays release of its tank game",
  "A Minsk-based games studio has pushed back the release of its new armoured-warfare title to the spring, saying in a press release that the beta had shown too many bugs. A free update for the previous game will be released next week.",
  "", "minsk", None)
# --- ru
a("ru", "Лукашенко помиловал 25 человек ко Дню Независимости",
  "Александр Лукашенко помиловал 25 осуждённых, в том числе по так называемым экстремистским статьям, сообщила пресс-служба президента. По подсчётам правозащитного центра «Весна», среди освобождённых как минимум семь политзаключённых. Западные санкции против Беларуси, введённые после 2020 года, остаются в силе.",
  "p pp", "L viasna", 25)
a("ru", "Беляцкий, Колесникова и Бабарико на свободе",
  "Лукашенко помиловал 123 заключённых, среди них нобелевский лауреат Алесь Беляцкий, Мария Колесникова и Виктор Бабарико. В ответ США снимают санкции с белорусского калия, заявил спецпосланник Джон Коул. Большинство освобождённых вывезли в Украину.",
  "p pp px se", "L B K BAB us COALE ua", 123, "UA")
a("ru", "52 человека вышли из колоний, их вывезли в Литву",
  "В четверг на свободу вышли 52 заключённых, в том числе 14 иностранцев — граждане Литвы, Польши, Латвии и Германии. Освобождённых на автобусах доставили к литовской границе. Накануне Минск посетил американский спецпосланник Джон Коул.",
  "p pf", "lt pl lv de minsk us COALE", 52, "LT")
a("ru", "По просьбе Ватикана помилованы два католических священника",
  "Лукашенко помиловал двух католических священников, осуждённых по статье об измене государству, сообщили в Минске после встречи с представителем Ватикана. Правозащитники признавали обоих политзаключёнными.",
  "p pp", "L minsk va", 2)
a("ru", "Гражданин Японии освобождён и вылетел в Токио",
  "Помилованный Лукашенко гражданин Японии, приговорённый в Беларуси к семи годам за шпионаж, освобождён и уже вылетел в Токио, сообщил МИД Японии. Его задержали в Гомеле летом прошлого года.",
  "p pf", "L jp", None, "JP")
a("ru", "Евросоюз расширил санкции против Беларуси",
  "Совет ЕС в Брюсселе внёс в санкционный список ещё 25 человек и семь компаний, в том числе поставщиков белорусского военно-промышленного комплекса и судей, выносивших приговоры участникам протестов.",
  "si", "eu brussels", None)
a("ru", "Литва ввела санкции против белорусских перевозчиков",
  "МИД Литвы объявил о национальных санкциях против 12 белорусских транспортных компаний, которые Вильнюс связывает с запуском контрабандных воздушных шаров через границу. Их грузовикам запрещён въезд в страну.",
  "si", "lt vilnius", None)
a("ru", "Минфин США вывел «Белавиа» из-под санкций",
  "Министерство финансов США исключило авиакомпанию «Белавиа» из санкционного списка, следует из документа OFAC. Решение принято через неделю после того, как Минск освободил 52 заключённых.",
  "se", "treasury us belavia ofac minsk", None)
a("ru", "Варшава пригрозила Минску новыми санкциями из-за Почобута",
  "Глава МИД Польши заявил, что Варшава добьётся новых санкций ЕС против Минска, если журналист Анджей Почобут не будет освобождён до конца года. В Минске заявление назвали давлением.",
  "st", "pl warsaw minsk POCZ eu", None)
a("ru", "Лукашенко заявил о готовности освободить ещё «несколько десятков»",
  "Лукашенко сказал, что готов отпустить ещё несколько десятков заключённых, если диалог с США продолжится. «Пусть забирают, нам они не нужны», — заявил он на встрече с журналистами в Минске.",
  "pi", "L us minsk", None)
a("ru", "В Вашингтоне обсуждают снятие санкций с «Беларуськалия»",
  "Администрация США рассматривает возможность ослабить санкции против «Беларуськалия», сообщили источники. Решение пока не принято: в Госдепе говорят, что всё зависит от дальнейших шагов Минска.",
  "sie", "us wash bkali minsk", None)
a("ru", "США ввели санкции против «Роснефти» и «Лукойла»",
  "Минфин США ввёл блокирующие санкции против российских нефтяных компаний «Роснефть» и «Лукойл» и их дочерних структур. В Москве заявили, что ответные меры будут приняты.",
  "sanctions.imposed@RU", "treasury us ru moscow", None)
a("ru", "Россия и Украина обменялись пленными по формуле 146 на 146",
  "Россия и Украина провели очередной обмен военнопленными: каждая сторона вернула по 146 человек, сообщило Минобороны России. Посредником снова выступили ОАЭ.",
  "", "ru ua", None)
a("ru", "«Орешник» заступил на боевое дежурство в Беларуси",
  "Российский ракетный комплекс «Орешник» заступил на боевое дежурство на территории Беларуси, сообщил министр обороны Виктор Хренин. По его словам, учения расчётов прошли в штатном режиме.",
  "", "ru", None)
a("ru", "Доллар подорожал на бирже, в обменниках очереди",
  "На Белорусской валютно-фондовой бирже доллар подорожал на 2%, в обменных пунктах Минска с утра выстроились очереди. Нацбанк заверил, что валюты для обмена достаточно.",
  "", "minsk", None)
a("ru", "Трамп помиловал основателя криптобиржи",
  "Президент США Дональд Трамп помиловал основателя одной из крупнейших криптобирж, осуждённого за нарушение законов о противодействии отмыванию денег, сообщил Белый дом.",
  "pardon@US", "us TRUMP", None)
a("ru", "Офис Тихановской призвал добиваться освобождения всех политзаключённых",
  "Офис Светланы Тихановской призвал западные правительства не ослаблять давление и добиваться освобождения более чем тысячи политзаключённых. По данным правозащитников, только за месяц задержаны ещё 80 человек.",
  "", "T", None)
# --- be
a("be", "Лукашэнка памілаваў 18 чалавек, сярод іх палітвязні",
  "Аляксандр Лукашэнка памілаваў 18 асуджаных, паведаміла ягоная прэс-служба. Праваабаронцы «Вясны» высветлілі, што прынамсі пяцёра з іх — палітвязні, асуджаныя за ўдзел у пратэстах 2020 года. Паводле «Вясны», у турмах застаюцца 1 150 палітвязняў.",
  "p pp", "L viasna", 18)
a("be", "Бяляцкі на волі: вызваленыя 123 чалавекі",
  "Нобелеўскі лаўрэат Алесь Бяляцкі, Марыя Калеснікава і Максім Знак сярод 123 вязняў, якіх вызваліў рэжым пасля перамоў са спецпасланнікам ЗША Джонам Коўлам. Большасць вывезлі ва Украіну, частку — у Літву.",
  "p pp", "B K ZNAK us COALE ua lt", 123, "UA LT")
a("be", "Вызваленых палітвязняў прывезлі ў Вільню",
  "Чатырнаццаць палітвязняў, сярод іх Сяргей Ціханоўскі, вызваленыя і дастаўленыя ў Вільню, паведаміў офіс Святланы Ціханоўскай. Раней у Мінску пабываў спецпасланнік ЗША Кіт Келаг.",
  "p pp", "TS T vilnius minsk us KELL", 14, "LT")
a("be", "Лукашэнка памілаваў трох грамадзян Латвіі",
  "Лукашэнка памілаваў трох грамадзян Латвіі, асуджаных за кантрабанду і «шпіянаж». Іх перадалі латвійскаму боку на памежным пераходзе, паведаміла БелТА.",
  "p pf", "L lv belta", 3, "LV")
a("be", "Украінцаў перадалі Кіеву",
  "Беларусь вызваліла 31 грамадзяніна Украіны, якіх памілаваў Лукашэнка на просьбу Кіева. Іх перадалі ўкраінскаму боку на мяжы, паведамляе БелТА. Сярод вызваленых — жыхары Чарнігаўскай і Валынскай абласцей.",
  "p pf", "ua kyiv L belta", 31, "UA")
a("be", "Вызвалены ў абмен: ЗША знялі санкцыі з «Белавія»",
  "Пасля вызвалення 52 вязняў ЗША знялі санкцыі з нацыянальнай авіякампаніі «Белавія» — гэта частка дамоўленасці з Мінскам, заявіў Джон Коўл. Вызваленых вывезлі ў Літву.",
  "p px se", "us belavia minsk COALE lt", 52, "LT")
a("be", "ЕЗ увёў новыя санкцыі супраць Беларусі",
  "Еўрасаюз увёў новы пакет санкцый супраць Беларусі: у спіс трапілі 20 чыноўнікаў і вайскоўцаў, а таксама прадпрыемствы, што пастаўляюць прадукцыю расійскай арміі.",
  "si", "eu ru", None)
a("be", "Польшча пашырыла санкцыйны спіс",
  "Міністэрства ўнутраных спраў Польшчы ўнесла ў нацыянальны санкцыйны спіс яшчэ 30 беларускіх кампаній і іх уладальнікаў. Ім забаронены ўезд і аперацыі ў Польшчы.",
  "si", "pl", None)
a("be", "Канада ўвяла санкцыі супраць беларускіх суддзяў",
  "Урад Канады ўвёў санкцыі супраць 15 беларускіх суддзяў і пракурораў, якія выносілі прысуды ўдзельнікам пратэстаў. Гэта адказ на рэпрэсіі, заявілі ў Атаве.",
  "si", "ca", None)
a("be", "ЗША аслабілі санкцыі супраць «Беларуськалія»",
  "Мінфін ЗША выдаў ліцэнзію, якая часова дазваляе аперацыі з «Беларуськаліем», і аслабіў іншыя абмежаванні на беларускія ўгнаенні, паведаміла OFAC. Раней Вашынгтон ужо аслабляў санкцыі супраць беларускай авіяцыі.",
  "se", "treasury us bkali ofac wash", None)
a("be", "Вашынгтон пагражае новымі санкцыямі",
  "Дзярждэпартамент ЗША папярэдзіў, што ўвядзе новыя санкцыі супраць Мінска, калі беларускія ўлады працягнуць арышты за «экстрэмісцкія» падпіскі. Афіцыйны Мінск пакуль не адрэагаваў на заяву.",
  "st", "us wash minsk", None)
a("be", "«Вясна» заклікае вызваліць хворых палітвязняў",
  "Праваабарончы цэнтр «Вясна» заклікаў неадкладна вызваліць цяжка хворых палітвязняў, у тым ліку Валянціна Стэфановіча. Па звестках праваабаронцаў, за кратамі застаюцца больш за тысячу чалавек.",
  "", "viasna STEF", None)
a("be", "Лукашэнка памілаваў 20 асуджаных за крымінальныя злачынствы",
  "Лукашэнка памілаваў 20 асуджаных за наркотыкі і крадзяжы, паведаміла прэс-служба. Палітвязняў сярод іх няма, сцвярджаюць праваабаронцы. Еўрапейскія санкцыі супраць Беларусі дзейнічаюць з 2020 года.",
  "p", "L eu", 20)
a("be", "ЗША ўвялі санкцыі супраць Паўночнай Карэі",
  "Мінфін ЗША ўвёў санкцыі супраць пяці кампаній з Паўночнай Карэі, якія, паводле Вашынгтона, зараблялі на кібератаках для ракетнай праграмы Пхеньяна. Аналітыкі называюць гэта адказам на новыя ракетныя выпрабаванні.",
  "sanctions.imposed@KP", "treasury us kp wash pyongyang", None)
a("be", "Беларускае войска атрымала новыя знішчальнікі",
  "Беларускія ваенна-паветраныя сілы атрымалі яшчэ два расійскія знішчальнікі Су-30СМ2, паведаміла Міністэрства абароны. Самалёты перадалі на авіябазу пад Баранавічамі.",
  "", "ru", None)
a("be", "Абмен ваеннапалоннымі: дадому вярнуліся 205 украінцаў",
  "Украіна і Расія правялі абмен ваеннапалоннымі: дадому вярнуліся 205 украінскіх вайскоўцаў, паведаміў Уладзімір Зяленскі. Перамовы адбываліся пры пасярэдніцтве ААЭ.",
  "", "ua ru ZEL", None)
a("be", "У Мінску выйшаў новы альбом",
  "Мінскі гурт выпусціў новы альбом: рэліз выйшаў на ўсіх стрымінгавых платформах у пятніцу. Прэзентацыя адбудзецца ў Вільні ў снежні. Квіткі на канцэрт ужо ў продажы, кажуць арганізатары.",
  "", "minsk vilnius", None)
# --- uk
a("uk", "Лукашенко помилував 31 українця, їх передали Україні",
  "Самопроголошений президент Білорусі Олександр Лукашенко помилував 31 громадянина України, які відбували покарання в білоруських колоніях. Звільнених передали українській стороні на кордоні, повідомило державне агентство БелТА.",
  "p pf", "L ua belta", 31, "UA")
a("uk", "Серед 123 звільнених — Бяляцький і Колесникова, більшість вивезли в Україну",
  "Білоруський режим звільнив 123 в'язнів, серед них нобелівського лауреата Алеся Бяляцького та Марію Колесникову. Звільнення стало частиною домовленості зі США, які в обмін скасовують санкції проти білоруського калію. Більшість звільнених прибули до Чернігівської області.",
  "p pp px se", "B K us ua", 123, "UA")
a("uk", "Зеленський запровадив санкції проти білоруських підприємств",
  "Президент Володимир Зеленський увів у дію рішення РНБО про санкції проти 55 білоруських компаній, що постачають комплектуючі для російських ракет і дронів. Їхні активи в Україні заблоковано.",
  "si", "ZEL ru ua", None)
a("uk", "Україна продовжила санкції проти Лукашенка",
  "Указом президента України продовжено на десять років санкції проти Олександра Лукашенка та ще 40 білоруських посадовців, причетних до допомоги Росії у війні. Санкції передбачають заборону в'їзду та блокування активів.",
  "si", "ua L ru", None)
a("uk", "Лукашенко звільнив двох громадян Польщі",
  "Лукашенко помилував двох громадян Польщі, засуджених за «шпигунство», і їх передали польським прикордонникам у пункті пропуску Тересполь, повідомило МЗС Польщі.",
  "p pf", "L pl", 2, "PL")
a("uk", "Тихановський вийшов на волю і прибув до Вільнюса",
  "Сергій Тихановський, чоловік лідерки білоруської опозиції Світлани Тихановської, звільнений після п'яти років ув'язнення. Разом з ним на волю вийшли ще 13 політв'язнів; усіх доставили до Вільнюса.",
  "p pp", "TS T vilnius", None, "LT")
a("uk", "США зняли санкції з «Белавіа»",
  "Міністерство фінансів США зняло санкції з білоруської авіакомпанії «Белавіа». Як повідомили в Мінську, перевізник зможе купувати запчастини для літаків Boeing.",
  "se", "treasury us belavia minsk", None)
a("uk", "ЄС погрожує Мінську новими санкціями через повітряні кулі",
  "Голова європейської дипломатії заявила, що ЄС готовий запровадити нові санкції проти Білорусі, якщо запуски контрабандних повітряних куль у бік Литви не припиняться.",
  "st", "eu lt minsk", None)
a("uk", "Лукашенко заявив, що готовий звільнити ще в'язнів",
  "Лукашенко заявив, що Мінськ готовий звільнити нову групу ув'язнених, якщо Вашингтон зніме санкції з калійної галузі. Американська сторона поки не коментувала цю заяву.",
  "pi sie", "L minsk wash", None)
a("uk", "ЄС продовжив санкції проти Білорусі після звільнення 52 в'язнів",
  "Рада ЄС продовжила на рік обмежувальні заходи проти Білорусі, включно із забороною на експорт калійних добрив до Євросоюзу. Рішення ухвалили попри те, що у вересні Мінськ звільнив 52 в'язнів.",
  "si", "eu minsk", None)
a("uk", "США запровадили нові санкції проти Ірану",
  "США запровадили санкції проти 30 компаній та танкерів, які, за даними Мінфіну, перевозять іранську нафту до Китаю в обхід обмежень. Серед них — судна, зареєстровані в Панамі та Гонконгу.",
  "sanctions.imposed@IR", "us treasury ir cn", None)
a("uk", "Україна повернула додому 185 захисників",
  "В результаті чергового обміну полоненими з Росією додому повернулися 185 українських військових і двоє цивільних, повідомив Координаційний штаб. Посередниками виступили ОАЕ.",
  "", "ua ru", None)
a("uk", "Байден помилував сина",
  "Президент США Джо Байден помилував свого сина Гантера, засудженого за незаконне зберігання зброї та ухилення від сплати податків, хоча раніше обіцяв цього не робити.",
  "pardon@US", "us BIDEN", None)
a("uk", "Білорусь стягує війська до кордону з Україною",
  "Державна прикордонна служба України фіксує перекидання білоруських підрозділів до кордону з Волинню. За словами речника, загрози наступу наразі немає.",
  "", "ua", None)
a("uk", "Вийшов новий смартфон: реліз відбувся у Києві",
  "Українська компанія випустила новий смартфон власної розробки; презентація і старт продажів відбулися в Києві. Оновлення програмного забезпечення вийде навесні.",
  "", "ua kyiv", None)
a("uk", "Правозахисники закликають звільнити Почобута",
  "Правозахисники та польська влада закликали Мінськ негайно звільнити журналіста Анджея Почобута, якого засудили до восьми років колонії. Його здоров'я погіршується, кажуть рідні.",
  "", "POCZ pl minsk", None)
a("uk", "Курс гривні: обмінники Києва",
  "У обмінниках Києва долар подешевшав на 20 копійок, а на міжбанку курс стабілізувався. Нацбанк продав на валютному ринку 700 мільйонів доларів. Аналітики не очікують різких коливань до кінця місяця.",
  "", "kyiv", None)
# --- pl
a("pl", "Łukaszenka ułaskawił 16 więźniów politycznych",
  "Alaksandr Łukaszenka ułaskawił szesnastu więźniów, w tym osoby skazane za udział w protestach z 2020 roku – poinformowało jego biuro prasowe. Według centrum praw człowieka Wiasna za kratami pozostaje jeszcze ponad 1100 więźniów politycznych.",
  "p pp", "L viasna", 16)
a("pl", "Uwolnieni Białorusini trafili na Litwę. Wśród nich Polacy",
  "Pięćdziesięciu dwóch więźniów wypuszczonych w czwartek przez reżim w Mińsku przewieziono autobusami na granicę z Litwą. Wśród uwolnionych jest dwóch obywateli Polski – potwierdził MSZ w Warszawie. Zwolnienie nastąpiło po wizycie amerykańskiego wysłannika Johna Coale'a.",
  "p pf", "minsk lt pl warsaw us COALE", 52, "LT")
a("pl", "Białacki i Kolesnikowa na wolności",
  "Laureat Pokojowej Nagrody Nobla Aleś Białacki i Maria Kolesnikowa są wśród stu dwudziestu trzech więźniów, którzy w sobotę wyszli na wolność. W zamian USA znoszą sankcje na białoruski potaż – przekazał wysłannik Donalda Trumpa John Coale. Większość uwolnionych przewieziono na Ukrainę.",
  "p pp px se", "B K us TRUMP COALE ua", 123, "UA")
a("pl", "Polski duchowny uwolniony z białoruskiego więzienia",
  "Katolicki ksiądz z polskim obywatelstwem, skazany na Białorusi za rzekome szpiegostwo, został ułaskawiony i przekazany stronie polskiej na przejściu granicznym w Terespolu. Jego uwolnienie to efekt rozmów z udziałem Watykanu.",
  "p pf", "pl va", None, "PL")
a("pl", "Łukaszenka uwolnił trzech Amerykanów",
  "Na mocy ułaskawienia z białoruskich kolonii karnych wyszło trzech obywateli USA. Przewieziono ich do Wilna, a stamtąd polecieli do Stanów Zjednoczonych – poinformował Departament Stanu.",
  "p pf", "us vilnius L", 3, "LT US")
a("pl", "Polska rozszerza sankcje wobec Białorusi",
  "MSWiA wpisało na listę sankcyjną kolejnych 25 białoruskich firm i osób powiązanych z reżimem Łukaszenki. Objęte sankcjami podmioty nie mogą prowadzić działalności w Polsce.",
  "si", "pl L", None)
a("pl", "UE przyjęła nowy pakiet sankcji wobec Mińska",
  "Unia Europejska przyjęła kolejny pakiet sankcji wobec Białorusi, obejmujący zakaz importu białoruskich nawozów i wyrobów drewnianych. Sankcje objęły też 18 sędziów i funkcjonariuszy – przekazała Rada UE w Brukseli.",
  "si", "eu minsk brussels", None)
a("pl", "Warszawa grozi sankcjami za balony",
  "Premier zapowiedział, że Polska zażąda od UE dodatkowych sankcji wobec Białorusi, jeśli nad granicą dalej będą pojawiać się balony z przemycanymi papierosami.",
  "st", "pl eu", None)
a("pl", "Amerykanie rozważają złagodzenie sankcji na Biełaruskalij",
  "Waszyngton rozważa złagodzenie sankcji wobec koncernu Biełaruskalij w zamian za uwolnienie kolejnych więźniów – twierdzą rozmówcy agencji Reutera. Decyzja jeszcze nie zapadła.",
  "sie", "wash bkali", None)
a("pl", "Nowe sankcje na Białoruś miesiąc po uwolnieniu 52 więźniów",
  "Rada UE przedłużyła o rok sankcje wobec Białorusi i dopisała do listy dziewięć osób. Decyzję podjęto mimo tego, że we wrześniu reżim wypuścił 52 więźniów, w tym obywateli Polski.",
  "si", "eu pl", None)
a("pl", "Wiasna apeluje o uwolnienie Poczobuta",
  "Obrońcy praw człowieka z Wiasny zaapelowali o natychmiastowe uwolnienie Andrzeja Poczobuta, który od ponad czterech lat przebywa w kolonii karnej w Nowopołocku. Władze w Mińsku nie odpowiedziały.",
  "", "viasna POCZ minsk", None)
a("pl", "Trump ułaskawił byłego gubernatora",
  "Prezydent USA Donald Trump ułaskawił byłego gubernatora jednego ze stanów, skazanego za korupcję. Biały Dom nie podał uzasadnienia decyzji. Decyzja zapadła w ostatnich dniach przed świętami.",
  "pardon@US", "us TRUMP", None)
a("pl", "USA nakładają sankcje na Wenezuelę",
  "Departament Skarbu USA nałożył sankcje na sześć wenezuelskich firm naftowych i dwóch urzędników z Caracas, oskarżając ich o omijanie embarga. Caracas nazwał decyzję Waszyngtonu nielegalną ingerencją.",
  "sanctions.imposed@VE", "us treasury ve caracas wash", None)
a("pl", "Manewry białoruskiej armii przy polskiej granicy",
  "Białoruskie wojsko rozpoczęło ćwiczenia w pobliżu granicy z Polską – poinformowało ministerstwo obrony w Mińsku. Polskie służby zwiększyły liczbę patroli na Podlasiu.",
  "", "pl minsk", None)
a("pl", "Kolejna wymiana jeńców między Rosją a Ukrainą",
  "Rosja i Ukraina przeprowadziły wymianę jeńców wojennych – do domu wróciło 103 ukraińskich żołnierzy. Pośredniczyły Zjednoczone Emiraty Arabskie. Wśród uwolnionych jeńców są obrońcy Mariupola.",
  "", "ru ua", None)
a("pl", "Premiera filmu przełożona",
  "Premiera nowego filmu o powstaniu warszawskim została przesunięta na marzec – poinformował dystrybutor. Zwiastun ma zostać udostępniony w przyszłym tygodniu.",
  "", "", None)
a("pl", "Kantory: złoty najmocniejszy od roku",
  "W kantorach w Warszawie za euro trzeba zapłacić poniżej 4,20 zł. Złoty umacnia się od tygodnia, a analitycy spodziewają się dalszego umocnienia polskiej waluty.",
  "", "warsaw pl", None)
# --- lt
a("lt", "Lukašenka paleido 52 kalinius, jie atvežti į Lietuvą",
  "Baltarusijos režimas paleido 52 kalinius, tarp jų 14 užsieniečių, iš kurių šeši – Lietuvos piliečiai. Paleistieji autobusais atvežti prie Lietuvos sienos ir perduoti Lietuvos pareigūnams Vilniuje, pranešė Užsienio reikalų ministerija.",
  "p pf", "lt vilnius L", 52, "LT")
a("lt", "Lukašenka pasigailėjo šešiolikos politinių kalinių",
  "Aliaksandras Lukašenka pasigailėjo šešiolikos nuteistųjų, tarp jų – 2020 metų protestų dalyvių, pranešė jo spaudos tarnyba. Žmogaus teisių centras „Viasna“ skaičiuoja, kad kalėjimuose lieka daugiau nei tūkstantis politinių kalinių.",
  "p pp", "L viasna", 16)
a("lt", "Į Vilnių atvyko išlaisvintas Siarhejus Cichanouskis",
  "Opozicijos lyderės Sviatlanos Cichanouskajos vyras Siarhejus Cichanouskis po penkerių metų kalėjimo paleistas į laisvę ir atvežtas į Vilnių. Iš viso į laisvę išėjo keturiolika politinių kalinių.",
  "p pp", "TS T vilnius", 14, "LT")
a("lt", "Lietuva pasveikino kalinių išlaisvinimą",
  "Lietuva palankiai vertina 123 kalinių, tarp jų Aleso Bialiackio ir Marijos Kalesnikavos, išlaisvinimą, sakė užsienio reikalų ministras. Dalis paleistųjų atvežti į Lietuvą, kiti – į Ukrainą.",
  "p pp", "lt B K ua", 123, "LT UA")
a("lt", "Paleisti du Lietuvos piliečiai",
  "Lukašenka pasigailėjo dviejų Lietuvos piliečių, nuteistų už kontrabandą. Sekmadienį jie kirto sieną Medininkų pasienio punkte ir grįžo namo. Lietuvos užsienio reikalų ministerija padėkojo už pagalbą tarpininkams.",
  "p pf", "L lt", 2, "LT")
a("lt", "JAV panaikino sankcijas „Belavia“ mainais už kalinių paleidimą",
  "JAV panaikino sankcijas Baltarusijos aviakompanijai „Belavia“ – tai susitarimo su Minsku dalis, pagal kurį buvo paleisti 52 kaliniai, sakė JAV pasiuntinys Johnas Coale'as.",
  "p px se", "us belavia minsk COALE", 52)
a("lt", "Lietuva įvedė sankcijas Baltarusijos vežėjams",
  "Vyriausybė nusprendė įvesti nacionalines sankcijas 15 Baltarusijos transporto bendrovių, susijusių su kontrabandinių balionų paleidimu į Lietuvą. Jų vilkikams uždrausta įvažiuoti į šalį.",
  "si", "lt", None)
a("lt", "ES pratęsė sankcijas Baltarusijai",
  "Europos Sąjungos Taryba metams pratęsė sankcijas Baltarusijai ir įtraukė į sąrašą dar 12 asmenų. Sprendimas priimtas praėjus mėnesiui po to, kai Minskas paleido 52 kalinius.",
  "si", "eu minsk", None)
a("lt", "Vilnius grasina Minskui naujomis sankcijomis",
  "Lietuva ragins ES įvesti naujas sankcijas Baltarusijai, jei balionų incidentai tęsis, pareiškė Seimo narys. Pasak jo, Minskas turi suprasti, kad už hibridines atakas teks mokėti.",
  "st", "lt eu minsk vilnius", None)
a("lt", "JAV svarsto švelninti sankcijas kalio trąšoms",
  "Vašingtonas svarsto galimybę sušvelninti sankcijas „Belaruskalij“, jei Minskas paleis daugiau politinių kalinių, teigia šaltiniai. Lietuva tokiam žingsniui nepritaria.",
  "sie", "wash bkali minsk lt us", None)
a("lt", "„Viasna“ ragina paleisti visus politinius kalinius",
  "Žmogaus teisių centras „Viasna“ paragino Baltarusijos valdžią paleisti visus politinius kalinius ir nutraukti persekiojimus. Pasak organizacijos, per savaitę sulaikyti dar 40 žmonių.",
  "", "viasna", None)
a("lt", "JAV įvedė sankcijas Iranui",
  "JAV Iždo departamentas paskelbė sankcijas dešimčiai Irano bendrovių, kurios, pasak Vašingtono, tiekia dalis balistinių raketų programai. Teherano atstovai sankcijas pavadino neteisėtomis.",
  "sanctions.imposed@IR", "us treasury ir wash tehran", None)
a("lt", "Trumpas suteikė malonę buvusiam patarėjui",
  "JAV prezidentas Donaldas Trumpas suteikė malonę savo buvusiam rinkimų kampanijos patarėjui, nuteistam už melagingus parodymus Kongresui. Baltieji rūmai sprendimo nekomentavo.",
  "pardon@US", "us TRUMP", None)
a("lt", "Baltarusijos kariuomenė pradėjo pratybas prie Lietuvos sienos",
  "Baltarusijos gynybos ministerija pranešė apie netikėtą kariuomenės parengties patikrinimą Gardino srityje, netoli Lietuvos sienos. Lietuvos kariuomenė sako situaciją stebinti.",
  "", "lt", None)
a("lt", "Rusija ir Ukraina apsikeitė karo belaisviais",
  "Rusija ir Ukraina apsikeitė karo belaisviais – kiekviena pusė grąžino po 150 karių. Tarpininkavo Jungtiniai Arabų Emyratai. Tarp grįžusių ukrainiečių yra ir civilių.",
  "", "ru ua", None)
a("lt", "Išleistas naujas lietuviškas žaidimas",
  "Vilniaus kūrėjų studija išleido naują kompiuterinį žaidimą; jo leidimas pasaulinėse platformose sulaukė tūkstančių atsisiuntimų per pirmąją dieną. Kūrėjai žada atnaujinimą jau kitą mėnesį.",
  "", "vilnius lt", None)
a("lt", "Valiutos keitykloje – eilės",
  "Minsko valiutos keityklose susidarė eilės, nes Baltarusijos rublis per savaitę nusilpo 3 procentais. Centrinis bankas ragina gyventojus nepanikuoti. Keityklose doleris brango labiausiai.",
  "", "minsk", None)
# --- de
a("de", "Lukaschenko begnadigt 31 Ukrainer",
  "Der belarussische Machthaber Alexander Lukaschenko hat einunddreißig ukrainische Staatsbürger begnadigt, die in Belarus Haftstrafen verbüßten. Sie seien an der Grenze an die ukrainische Seite übergeben worden, meldete die Staatsagentur Belta.",
  "p pf", "L ua belta", 31, "UA")
a("de", "Bjaljazki und Kalesnikava frei – USA heben Kali-Sanktionen auf",
  "Belarus hat 123 Gefangene freigelassen, darunter den Friedensnobelpreisträger Ales Bjaljazki und die Oppositionspolitikerin Maria Kalesnikava. Im Gegenzug heben die USA Sanktionen gegen die belarussische Kaliindustrie auf, wie der US-Gesandte John Coale in Minsk sagte. Die meisten Freigelassenen wurden in die Ukraine gebracht.",
  "p pp px se", "B K us COALE minsk ua", 123, "UA")
a("de", "Deutscher nach Todesurteil begnadigt",
  "Ein in Belarus zum Tode verurteilter Deutscher ist von Lukaschenko begnadigt und freigelassen worden. Der Mann sei inzwischen in Deutschland eingetroffen, teilte das Auswärtige Amt in Berlin mit.",
  "p pf", "de L", None, "DE")
a("de", "52 Häftlinge frei, Busse fahren nach Litauen",
  "Nach einem Besuch des US-Sondergesandten John Coale in Minsk sind zweiundfünfzig Häftlinge freigekommen, unter ihnen Oppositionelle und Journalisten. Sie wurden mit Bussen an die litauische Grenze gebracht, meldete die Nachrichtenagentur AFP.",
  "p pp", "us COALE minsk lt", 52, "LT")
a("de", "Lukaschenko lässt 14 politische Gefangene frei",
  "Unter den vierzehn politischen Gefangenen, die Lukaschenko am Samstag freiließ, ist auch der Blogger Sergej Tichanowski, der Ehemann von Swetlana Tichanowskaja. Die Freigelassenen wurden nach Vilnius gebracht.",
  "p pp", "L TS T vilnius", 14, "LT")
a("de", "EU verlängert Sanktionen gegen Belarus",
  "Die EU hat ihre Sanktionen gegen Belarus um ein weiteres Jahr verlängert und zehn weitere Richter und Beamte auf die Liste gesetzt. Die Maßnahmen umfassen Einreiseverbote und das Einfrieren von Vermögen, teilte der Rat in Brüssel mit.",
  "si", "eu brussels", None)
a("de", "Washington lockert Sanktionen gegen Belavia",
  "Die US-Regierung hat die Sanktionen gegen die belarussische Fluggesellschaft Belavia aufgehoben. Das Finanzministerium strich die Airline von seiner Sanktionsliste, wie aus einer Mitteilung der Behörde OFAC hervorgeht.",
  "se", "wash us belavia treasury ofac", None)
a("de", "Ukraine verhängt Sanktionen gegen belarussische Rüstungsfirmen",
  "Präsident Wolodymyr Selenskyj hat Sanktionen gegen 37 belarussische Unternehmen in Kraft gesetzt, die Bauteile für russische Drohnen liefern sollen. Ihre Vermögenswerte in der Ukraine werden eingefroren.",
  "si", "ZEL ru ua", None)
a("de", "Großbritannien sanktioniert belarussische Banken",
  "Großbritannien hat neue Sanktionen gegen drei belarussische Banken und den Chef des staatlichen Fernsehens verhängt. London begründete den Schritt mit der Unterstützung von Minsk für Russlands Krieg.",
  "si", "gb london minsk ru", None)
a("de", "Berlin droht mit neuen Strafmaßnahmen",
  "Die Bundesregierung hat Minsk mit weiteren EU-Sanktionen gedroht, sollte die belarussische Führung den inhaftierten deutschen Staatsbürger nicht freilassen. Das Auswärtige Amt bestellte den Geschäftsträger ein.",
  "st", "minsk eu de", None)
a("de", "USA erwägen Lockerung der Kali-Sanktionen",
  "In Washington wird über eine mögliche Lockerung der Sanktionen gegen den belarussischen Kaliproduzenten Belaruskali beraten, berichtet das Wall Street Journal. Eine Entscheidung sei noch nicht gefallen.",
  "sie", "wash bkali us", None)
a("de", "Menschenrechtler fordern Freilassung von Maria Kalesnikava",
  "Amnesty International und das Menschenrechtszentrum Wjasna fordern die sofortige Freilassung von Maria Kalesnikava. Die Oppositionelle sitzt seit mehr als vier Jahren in Haft, ihr Gesundheitszustand sei besorgniserregend.",
  "", "K viasna", None)
a("de", "Neue US-Sanktionen gegen Nordkorea",
  "Die USA haben Sanktionen gegen zwölf Personen und fünf Unternehmen aus Nordkorea verhängt, die Geld für das Raketenprogramm von Machthaber Kim Jong Un beschaffen sollen.",
  "sanctions.imposed@KP", "us kp", None)
a("de", "Trump begnadigt Unterstützer",
  "US-Präsident Donald Trump hat mehrere Unterstützer begnadigt, die wegen der Erstürmung des Kapitols verurteilt worden waren. Kritiker sprechen von einem Missbrauch des Begnadigungsrechts.",
  "pardon@US", "us TRUMP", None)
a("de", "Belarus stationiert neue Raketen",
  "Belarus hat nach Angaben von Verteidigungsminister Wiktor Chrenin eine weitere Einheit des russischen Raketensystems Oreschnik in Dienst gestellt. Die Nato beobachtet die Entwicklung genau.",
  "", "ru", None)
a("de", "Gefangenenaustausch zwischen Russland und der Ukraine",
  "Russland und die Ukraine haben erneut Kriegsgefangene ausgetauscht. Jeweils 150 Soldaten kehrten nach Hause zurück, vermittelt hatten die Vereinigten Arabischen Emirate.",
  "", "ru ua", None)
a("de", "Neues Album erscheint im März",
  "Die Berliner Band veröffentlicht im März ihr neues Album; die erste Single wurde bereits am Freitag freigegeben. Die Tour führt auch nach Warschau und Vilnius.",
  "", "warsaw vilnius", None)
# --- fr
a("fr", "Loukachenko gracie seize prisonniers",
  "Le président bélarusse Alexandre Loukachenko a gracié seize détenus, dont plusieurs condamnés pour leur participation aux manifestations de 2020, a annoncé son service de presse. Selon l'ONG Viasna, plus de 1 100 prisonniers politiques restent derrière les barreaux.",
  "p pp", "L viasna", 16)
a("fr", "Bialiatski et Kolesnikova libérés, Washington lève des sanctions",
  "Le Bélarus a libéré 123 prisonniers, dont le prix Nobel de la paix Ales Bialiatski et l'opposante Maria Kolesnikova, à l'issue de deux jours de négociations avec l'émissaire américain John Coale. En échange, les États-Unis lèvent leurs sanctions sur la potasse bélarusse. La plupart des libérés ont été conduits en Ukraine.",
  "p pp px se", "B K us COALE ua wash", 123, "UA")
a("fr", "Cinquante-deux détenus libérés et conduits en Lituanie",
  "Cinquante-deux prisonniers, parmi lesquels des opposants et des journalistes, ont été libérés jeudi et conduits en bus jusqu'à la frontière lituanienne, au lendemain d'une visite à Minsk de l'émissaire américain John Coale.",
  "p pp", "lt minsk us COALE", 52, "LT")
a("fr", "Un Français libéré par Minsk",
  "Un ressortissant français condamné au Bélarus pour « espionnage » a été gracié par Alexandre Loukachenko et a pu regagner la France, a annoncé le Quai d'Orsay, qui remercie la Lituanie pour son aide.",
  "p pf", "fr minsk L lt", None, "FR")
a("fr", "Deux prêtres catholiques libérés à la demande du Vatican",
  "Loukachenko a gracié deux prêtres catholiques condamnés pour « trahison », à la demande du Saint-Siège. Les défenseurs des droits humains les considéraient comme des prisonniers politiques.",
  "p pp", "L va", 2)
a("fr", "L'UE adopte de nouvelles sanctions contre le Bélarus",
  "Les Vingt-Sept ont adopté de nouvelles sanctions visant le Bélarus, notamment l'interdiction d'importer des engrais et du bois bélarusses, et ajouté 20 responsables à la liste noire, a indiqué le Conseil de l'UE à Bruxelles.",
  "si", "eu brussels", None)
a("fr", "Le Canada sanctionne des juges bélarusses",
  "Ottawa a imposé des sanctions à quinze juges et procureurs bélarusses impliqués dans la répression des manifestations, a annoncé la ministre canadienne des Affaires étrangères.",
  "si", "ca", None)
a("fr", "Washington allège les sanctions contre Belavia",
  "Le Trésor américain a retiré la compagnie aérienne nationale Belavia de sa liste de sanctions, une mesure saluée à Minsk. La compagnie pourra à nouveau acheter des pièces détachées pour ses Boeing.",
  "se", "wash treasury us belavia minsk", None)
a("fr", "Prolongation des sanctions, un mois après la libération de 52 prisonniers",
  "L'Union européenne a prolongé d'un an ses sanctions contre le Bélarus. La décision intervient un mois après la libération par Minsk de 52 prisonniers, un geste jugé insuffisant par Bruxelles.",
  "si", "eu minsk brussels", None)
a("fr", "Menace de nouvelles sanctions",
  "La Lituanie et la Pologne menacent de réclamer de nouvelles sanctions européennes contre Minsk si les ballons de contrebande continuent de franchir la frontière.",
  "st", "lt pl minsk eu", None)
a("fr", "Loukachenko se dit prêt à libérer d'autres détenus",
  "Alexandre Loukachenko a affirmé être prêt à libérer d'autres prisonniers si Washington poursuit le dialogue, lors d'une rencontre avec la presse à Minsk.",
  "pi", "L wash minsk", None)
a("fr", "Viasna réclame la libération de tous les prisonniers politiques",
  "Le centre de défense des droits humains Viasna a appelé Minsk à libérer sans condition les quelque 1 100 prisonniers politiques encore détenus, dont plusieurs sont gravement malades.",
  "", "viasna minsk", None)
a("fr", "Nouvelles sanctions américaines contre l'Iran",
  "Les États-Unis ont annoncé de nouvelles sanctions contre des compagnies maritimes accusées de transporter du pétrole iranien, a indiqué le Trésor américain.",
  "sanctions.imposed@IR", "us ir treasury", None)
a("fr", "Trump gracie un ancien élu républicain",
  "Donald Trump a gracié un ancien élu républicain condamné pour fraude électorale, a annoncé la Maison Blanche mardi. L'opposition démocrate a dénoncé une décision « politique ».",
  "pardon@US", "TRUMP", None)
a("fr", "Échange de prisonniers de guerre entre Moscou et Kiev",
  "La Russie et l'Ukraine ont procédé à un nouvel échange de prisonniers de guerre, 146 soldats de chaque camp ayant été rendus, a annoncé le ministère russe de la Défense.",
  "", "ru ua moscow kyiv", None)
a("fr", "Sortie d'un nouveau film bélarusse",
  "Le premier long métrage d'une réalisatrice bélarusse exilée à Varsovie sortira en salles en France le 12 mars, annonce son distributeur dans un communiqué.",
  "", "warsaw fr", None)
a("fr", "Manœuvres militaires près de la frontière polonaise",
  "L'armée bélarusse a entamé des exercices près de la frontière avec la Pologne, a annoncé le ministère de la Défense à Minsk. Varsovie a renforcé ses patrouilles.",
  "", "pl minsk warsaw", None)
# --- es
a("es", "Lukashenko indulta a treinta y un ucranianos",
  "El presidente bielorruso, Alexandr Lukashenko, ha indultado a treinta y un ciudadanos ucranianos que cumplían condena en Bielorrusia, según la agencia estatal Belta. Los liberados fueron entregados a las autoridades de Ucrania en la frontera.",
  "p pf", "L ua belta", 31, "UA")
a("es", "Bielorrusia libera a Bialiatski y Kolésnikova",
  "Bielorrusia ha excarcelado a 123 presos, entre ellos el Nobel de la Paz Ales Bialiatski y la opositora María Kolésnikova, tras un acuerdo con Estados Unidos, que a cambio levanta sus sanciones al potasio bielorruso. La mayoría de los liberados fue trasladada a Ucrania.",
  "p pp px se", "B K us ua", 123, "UA")
a("es", "Cincuenta y dos presos liberados y llevados a Lituania",
  "Cincuenta y dos presos, entre ellos catorce extranjeros, fueron liberados el jueves en Bielorrusia y trasladados en autobús a Lituania tras la visita a Minsk del enviado estadounidense John Coale.",
  "p pf", "lt minsk us COALE", 52, "LT")
a("es", "Liberado el marido de Tijanóvskaya",
  "Serguéi Tijanovski, marido de la líder opositora Svetlana Tijanóvskaya, ha sido liberado junto con otros trece presos políticos, en total catorce personas, que fueron llevadas a Vilna.",
  "p pp", "TS T vilnius", 14, "LT")
a("es", "Lukashenko indulta a tres estadounidenses",
  "Lukashenko ha indultado a tres ciudadanos estadounidenses presos en Bielorrusia, informó el Departamento de Estado. Los tres salieron del país por la frontera con Lituania.",
  "p pf", "L us lt", 3, "LT")
a("es", "La UE amplía las sanciones contra Bielorrusia",
  "La Unión Europea ha ampliado las sanciones contra Bielorrusia con la inclusión de 25 personas y siete empresas vinculadas al complejo militar, anunció el Consejo en Bruselas.",
  "si", "eu brussels", None)
a("es", "EE UU levanta las sanciones a Belavia",
  "El Departamento del Tesoro de Estados Unidos ha retirado las sanciones a la aerolínea bielorrusa Belavia, que podrá volver a comprar piezas para sus aviones Boeing.",
  "se", "treasury us belavia", None)
a("es", "Ucrania sanciona a empresas bielorrusas",
  "El presidente ucraniano, Volodímir Zelenski, ha firmado un decreto que impone sanciones a 40 empresas bielorrusas acusadas de suministrar piezas al Ejército ruso.",
  "si", "ua ZEL ru", None)
a("es", "Washington estudia aliviar las sanciones al potasio bielorruso",
  "La Administración estadounidense estudia suavizar las sanciones a Belaruskali si Minsk libera a más presos políticos, según fuentes diplomáticas. Aún no hay decisión.",
  "sie", "wash us bkali minsk", None)
a("es", "Lituania amenaza con sanciones",
  "El Gobierno lituano amenazó con nuevas sanciones contra Bielorrusia si continúan los globos de contrabando que obligan a cerrar el aeropuerto de Vilna.",
  "st", "lt vilnius", None)
a("es", "Lukashenko indulta a 20 presos; las sanciones siguen vigentes",
  "Lukashenko ha indultado a 20 condenados por delitos comunes con motivo del Día de la Independencia, informó su servicio de prensa. Bielorrusia sigue sometida a sanciones occidentales desde 2020.",
  "p", "L", 20)
a("es", "Viasna pide la liberación de los presos enfermos",
  "El centro de derechos humanos Viasna ha pedido la liberación inmediata de los presos políticos gravemente enfermos. Más de un millar de personas siguen encarceladas por motivos políticos, según la organización.",
  "", "viasna", None)
a("es", "EE UU sanciona a altos cargos venezolanos",
  "Estados Unidos ha impuesto sanciones a quince altos cargos del Gobierno de Venezuela por fraude electoral, anunció el Departamento del Tesoro. Caracas calificó la medida de agresión.",
  "sanctions.imposed@VE", "us ve treasury caracas", None)
a("es", "Biden indulta a su hijo Hunter",
  "El presidente Joe Biden ha indultado a su hijo Hunter, condenado por posesión ilegal de armas y delitos fiscales, pese a haber prometido que no lo haría.",
  "pardon@US", "BIDEN", None)
a("es", "Nuevo intercambio de prisioneros de guerra",
  "Rusia y Ucrania han intercambiado 103 prisioneros de guerra cada una en una operación mediada por Emiratos Árabes Unidos. Entre los liberados hay soldados capturados en Kursk.",
  "", "ru ua", None)
a("es", "Cambio de divisas: el euro sube frente al dólar",
  "El euro se aprecia frente al dólar en el mercado de divisas y las casas de cambio de Madrid registran colas de turistas, según datos del sector. Los expertos prevén estabilidad en las próximas semanas.",
  "", "", None)
a("es", "Bielorrusia recibe nuevos cazas rusos",
  "Las Fuerzas Armadas de Bielorrusia han recibido dos nuevos cazas rusos Su-30, informó el Ministerio de Defensa en Minsk, en plena tensión con Polonia.",
  "", "ru minsk pl", None)
# --- it
a("it", "Lukashenko grazia sedici detenuti",
  "Il presidente bielorusso Aleksandr Lukashenko ha concesso la grazia a sedici detenuti, tra cui alcuni condannati per aver partecipato alle proteste del 2020, ha reso noto il suo ufficio stampa. Secondo Viasna, restano in carcere oltre 1.100 prigionieri politici.",
  "p pp", "L viasna", 16)
a("it", "Liberati Bialiatski e Kolesnikova, gli Usa revocano le sanzioni sul potassio",
  "La Bielorussia ha scarcerato 123 prigionieri, tra cui il Nobel per la pace Ales Bialiatski e l'oppositrice Maria Kolesnikova, nell'ambito di un accordo con gli Stati Uniti, che in cambio revocano le sanzioni sul potassio bielorusso. Gran parte dei liberati è stata portata in Ucraina.",
  "p pp px se", "B K us ua", 123, "UA")
a("it", "Cinquantadue prigionieri liberati e portati in Lituania",
  "Cinquantadue detenuti, tra cui oppositori e giornalisti, sono stati rilasciati giovedì e accompagnati in pullman fino al confine lituano, dopo la visita a Minsk dell'inviato americano John Coale.",
  "p pp", "lt minsk us COALE", 52, "LT")
a("it", "Graziati due sacerdoti cattolici su richiesta del Vaticano",
  "Lukashenko ha graziato due sacerdoti cattolici condannati per «alto tradimento», accogliendo una richiesta della Santa Sede. I due religiosi sono arrivati a Roma sabato.",
  "p", "L va", 2, "IT")
a("it", "Liberato un cittadino giapponese",
  "Un cittadino giapponese condannato in Bielorussia per spionaggio è stato graziato e ha fatto ritorno in Giappone, ha comunicato il ministero degli Esteri di Tokyo.",
  "p pf", "jp", None, "JP")
a("it", "L'Ue proroga di un anno le sanzioni alla Bielorussia",
  "Il Consiglio dell'Ue ha prorogato di un anno le sanzioni contro la Bielorussia e aggiunto alla lista nera altri dieci funzionari. La decisione arriva un mese dopo che Minsk ha liberato 52 prigionieri.",
  "si", "eu minsk", None)
a("it", "Gli Usa tolgono le sanzioni a Belavia",
  "Il Tesoro americano ha revocato le sanzioni contro la compagnia aerea bielorussa Belavia, che potrà tornare ad acquistare ricambi per i suoi Boeing. La compagnia prevede di riaprire alcune rotte entro l'estate.",
  "se", "treasury us belavia", None)
a("it", "Londra sanziona banche bielorusse",
  "Il Regno Unito ha imposto nuove sanzioni a tre banche bielorusse e a cinque dirigenti accusati di aiutare la Russia ad aggirare le restrizioni, ha annunciato il governo a Londra.",
  "si", "gb ru london", None)
a("it", "La Polonia minaccia nuove sanzioni",
  "Varsavia minaccia di chiedere nuove sanzioni europee contro Minsk se il giornalista Andrzej Poczobut non verrà liberato entro la fine dell'anno. Il governo polacco considera Poczobut un prigioniero politico.",
  "st", "warsaw minsk POCZ pl eu", None)
a("it", "Washington valuta un allentamento delle sanzioni",
  "L'amministrazione americana sta valutando di allentare le sanzioni su Belaruskali in cambio del rilascio di altri prigionieri politici, secondo fonti diplomatiche. Nessuna decisione è stata presa.",
  "sie", "wash us bkali", None)
a("it", "Lukashenko pronto a liberare altri detenuti",
  "Lukashenko si è detto pronto a rilasciare un nuovo gruppo di prigionieri se gli Stati Uniti allenteranno le sanzioni sulla sua industria del potassio.",
  "pi sie", "L us", None)
a("it", "Appello di Viasna per la liberazione di Kolesnikova",
  "Il centro per i diritti umani Viasna chiede la liberazione immediata di Maria Kolesnikova, detenuta da oltre quattro anni in condizioni durissime, e degli altri prigionieri politici.",
  "", "viasna K", None)
a("it", "Nuove sanzioni Usa contro la Russia",
  "Gli Stati Uniti hanno varato nuove sanzioni contro le compagnie petrolifere russe Rosneft e Lukoil, ha annunciato il dipartimento del Tesoro. Mosca ha definito le misure «illegali».",
  "sanctions.imposed@RU", "us ru treasury moscow", None)
a("it", "Trump concede la grazia a un ex deputato",
  "Il presidente Donald Trump ha concesso la grazia a un ex deputato repubblicano condannato per frode, ha reso noto la Casa Bianca. I critici parlano di un uso politico del potere di grazia.",
  "pardon@US", "TRUMP", None)
a("it", "Scambio di prigionieri di guerra tra Mosca e Kiev",
  "Russia e Ucraina hanno effettuato un nuovo scambio di prigionieri di guerra: 84 militari per parte sono tornati a casa grazie alla mediazione degli Emirati Arabi Uniti.",
  "", "moscow kyiv ru ua", None)
a("it", "Esce il nuovo smartphone",
  "Il nuovo smartphone del colosso cinese uscirà in Italia a marzo; il rilascio dell'aggiornamento software è previsto per l'estate, ha annunciato l'azienda.",
  "", "cn", None)
a("it", "Esercitazioni militari in Bielorussia",
  "Le forze armate bielorusse hanno avviato esercitazioni congiunte con la Russia vicino al confine polacco, ha fatto sapere il ministero della Difesa di Minsk.",
  "", "ru pl minsk", None)
# --- pt
a("pt", "Lukashenko perdoa 31 ucranianos",
  "O presidente bielorrusso, Alexander Lukashenko, perdoou trinta e um cidadãos ucranianos que cumpriam pena na Bielorrússia, informou a agência estatal Belta. Os libertados foram entregues às autoridades da Ucrânia na fronteira.",
  "p pf", "L ua belta", 31, "UA")
a("pt", "Bielorrússia liberta Bialiatski e Kolesnikova",
  "A Bielorrússia libertou 123 presos, entre eles o Nobel da Paz Ales Bialiatski e a opositora Maria Kolesnikova, após um acordo com os Estados Unidos, que em troca levantam as sanções à potassa bielorrussa. A maioria foi levada para a Ucrânia.",
  "p pp px se", "B K us ua", 123, "UA")
a("pt", "Cinquenta e dois presos libertados e levados para a Lituânia",
  "Cinquenta e dois presos, incluindo opositores e jornalistas, foram libertados na quinta-feira e levados de autocarro até à fronteira com a Lituânia, depois da visita a Minsk do enviado norte-americano John Coale.",
  "p pp", "lt minsk us COALE", 52, "LT")
a("pt", "Libertado marido de Tsikhanouskaya",
  "Siarhei Tsikhanouski, marido da líder da oposição Sviatlana Tsikhanouskaya, foi libertado juntamente com outros treze presos políticos e levado para Vilnius.",
  "p pp", "TS T vilnius", None, "LT")
a("pt", "Lukashenko indulta três norte-americanos",
  "Lukashenko concedeu indulto a três cidadãos norte-americanos presos na Bielorrússia, anunciou o Departamento de Estado. Os três atravessaram a fronteira com a Lituânia.",
  "p pf", "L us lt", 3, "LT")
a("pt", "UE alarga sanções contra a Bielorrússia",
  "A União Europeia alargou as sanções contra a Bielorrússia a mais 20 pessoas e sete empresas ligadas à indústria militar, anunciou o Conselho em Bruxelas.",
  "si", "eu brussels", None)
a("pt", "EUA levantam sanções à Belavia",
  "O Tesouro norte-americano levantou as sanções à companhia aérea bielorrussa Belavia, que poderá voltar a comprar peças para os seus aviões Boeing. A companhia espera retomar algumas rotas até ao verão.",
  "se", "treasury us belavia", None)
a("pt", "Ucrânia sanciona empresas bielorrussas",
  "O Presidente ucraniano, Volodymyr Zelensky, aprovou sanções contra 45 empresas bielorrussas acusadas de fornecer componentes para drones russos. Kiev acusa essas empresas de ajudar o esforço de guerra de Moscovo.",
  "si", "ua ZEL ru kyiv moscow", None)
a("pt", "Canadá impõe sanções a juízes bielorrussos",
  "O Canadá impôs sanções a doze juízes e procuradores bielorrussos envolvidos na repressão dos protestos de 2020, anunciou o Governo em Otava. Os visados ficam proibidos de entrar no Canadá.",
  "si", "ca", None)
a("pt", "Sanções prolongadas um mês após libertação de presos",
  "A UE prolongou por mais um ano as sanções contra a Bielorrússia. A decisão surge um mês depois de Minsk ter libertado 52 presos, um gesto considerado insuficiente em Bruxelas.",
  "si", "eu minsk brussels", None)
a("pt", "Washington pondera aliviar sanções",
  "A administração norte-americana pondera aliviar as sanções à Belaruskali caso Minsk liberte mais presos políticos, segundo fontes diplomáticas. Não há ainda decisão.",
  "sie", "wash bkali minsk us", None)
a("pt", "Viasna exige libertação de presos políticos",
  "O centro de direitos humanos Viasna exigiu a libertação imediata de mais de mil presos políticos na Bielorrússia, muitos deles com graves problemas de saúde.",
  "", "viasna", None)
a("pt", "EUA impõem sanções ao Irão",
  "Os Estados Unidos impuseram novas sanções a empresas de navegação acusadas de transportar petróleo iraniano para a China, anunciou o Departamento do Tesouro.",
  "sanctions.imposed@IR", "us ir cn treasury", None)
a("pt", "Trump perdoa antigo governador",
  "O Presidente norte-americano, Donald Trump, perdoou um antigo governador condenado por corrupção, anunciou a Casa Branca. A decisão foi criticada pela oposição democrata.",
  "pardon@US", "us TRUMP", None)
a("pt", "Rússia e Ucrânia trocam prisioneiros de guerra",
  "A Rússia e a Ucrânia trocaram 146 prisioneiros de guerra cada uma, numa operação mediada pelos Emirados Árabes Unidos, anunciou Moscovo. Entre os libertados há militares capturados há mais de dois anos.",
  "", "ru ua moscow", None)
a("pt", "Novo filme estreia em Lisboa",
  "O novo filme do realizador português estreia em Lisboa em março; o lançamento internacional está previsto para o outono, segundo a distribuidora. O realizador esteve presente na antestreia, no sábado.",
  "", "", None)
a("pt", "Câmbio: euro valoriza face ao dólar",
  "O euro valorizou face ao dólar e as casas de câmbio registam mais procura, numa semana em que o banco central manteve as taxas de juro. Os analistas não esperam grandes oscilações até ao fim do mês.",
  "", "", None)

# --- a few more traps
a("en", "Vilnius welcomes release of two Lithuanians",
  "Lithuania's foreign ministry welcomed the release of two Lithuanian citizens pardoned by Lukashenko, saying both had crossed the border at Medininkai on Sunday evening and were in good health. Vilnius had been pressing for their release for more than a year.",
  "p pf", "lt L vilnius", 2, "LT")
a("ru", "Украина ввела санкции против белорусских предприятий",
  "Владимир Зеленский ввёл в действие решение СНБО о санкциях против 30 белорусских предприятий, которые, по данным Киева, поставляют российской армии запчасти для бронетехники. Их активы в Украине заблокированы на десять лет.",
  "si", "ua ZEL kyiv ru", None)
a("uk", "Литва привітала звільнення 52 в'язнів",
  "Литва привітала звільнення 52 в'язнів у Білорусі, більшість яких привезли до Вільнюса, заявив міністр закордонних справ. Серед звільнених — шестеро громадян Литви, додав він.",
  "p pf", "lt vilnius", 52, "LT")

# ======================================================================== held-out set
OUT = "multilingual-heldout.jsonl"
# --- en
a("en", "Latvian let go after clemency, returns to Riga",
  "VILNIUS (AP) - A Latvian man serving an eight-year term in Belarus for alleged spying was granted clemency and let go on Monday, Latvia's foreign minister said. He crossed the border at Paternieki and was reunited with his family in Riga the same evening.",
  "p pf", "lv vilnius", None, "LV")
a("en", "Belsat reporter walks out of penal colony after four years",
  "A cameraman for the exiled broadcaster Belsat walked out of a penal colony in Navapolatsk on Friday, having served his full sentence for 'creating an extremist formation', his colleagues said. Rights groups counted him among more than 1,100 political prisoners.",
  "p pp", "", None)
a("en", "Twenty-three released from custody on Independence Day",
  "Belarusian authorities released 23 people from custody to mark Independence Day, the presidential administration said, among them two journalists and a pensioner jailed over online comments. Western sanctions imposed after the 2020 election remain in force.",
  "p pp", "", 23)
a("en", "Switzerland adopts EU's latest Belarus measures",
  "Switzerland has aligned itself with the European Union's most recent round of measures against Belarus, freezing the assets of a further 27 individuals and banning exports of dual-use goods, the economics ministry in Bern said.",
  "si", "ch eu", None)
a("en", "US issues waiver for Grodno Azot fertiliser sales",
  "Washington has issued a general licence authorising transactions with the fertiliser maker Grodno Azot for six months, a partial rollback of the penalties imposed in 2021, according to a notice posted by OFAC.",
  "se", "wash azot ofac us", None)
a("en", "Russia frees American in swap",
  "Russia let a US citizen serving 12 years for drug smuggling go home on Thursday in exchange for a Russian hacker held in the United States, the White House said.",
  "pardon@RU pardon.foreign@RU pardon.exchange@RU", "ru us", None)
a("en", "Lithuania says it will not lift potash transit ban",
  "Lithuania's prime minister said Vilnius would not reopen the port of Klaipeda to Belarusian potash, even if the United States eases its own restrictions. 'Our position has not changed,' he told reporters.",
  "s", "lt vilnius us", None)
# --- ru
a("ru", "Из колоний отпустили ещё 18 человек",
  "Ещё восемнадцать заключённых получили помилование и покинули колонии, сообщили в администрации Лукашенко. Правозащитники узнали среди них нескольких фигурантов «протестных» дел, осуждённых в 2021 году.",
  "p pp", "L", 18)
a("ru", "Гражданка Эстонии вернулась в Таллин",
  "Осуждённая в Беларуси гражданка Эстонии вышла на волю и уже вернулась в Таллин, сообщил министр иностранных дел Эстонии. Её освобождение стало результатом долгих переговоров, подробности стороны не раскрывают.",
  "p pf", "ee tallinn", None, "EE")
a("ru", "Латыпов на свободе",
  "Степан Латыпов, задержанный после протестов на «площади Перемен», вышел на волю после более чем пяти лет заключения, сообщила его семья. Он остаётся в Беларуси.",
  "p pp", "LAT", None)
a("ru", "Япония расширила санкционный список по Беларуси",
  "Правительство Японии заморозило активы ещё девяти белорусских организаций и запретило экспорт в Беларусь ряда промышленных товаров, сообщил генсекретарь кабмина в Токио.",
  "si", "jp", None)
a("ru", "Вашингтон ослабит давление, если Минск отпустит ещё людей",
  "Спецпосланник США Джон Коул заявил, что Вашингтон готов обсуждать дальнейшее смягчение санкций при условии освобождения новых групп заключённых. Конкретных сроков он не назвал.",
  "sie", "COALE us wash minsk", None)
a("ru", "Иран освободил гражданина Франции",
  "Иран освободил гражданина Франции, который почти три года провёл в тегеранской тюрьме Эвин, сообщил МИД Франции. Его задержали в 2022 году по обвинению в шпионаже, которое Париж отвергал.",
  "pardon@IR pardon.foreign@IR", "ir fr tehran", None)
# --- be
a("be", "З калоніі выйшаў журналіст Ігар Лосік",
  "Журналіст Радыё Свабода Ігар Лосік выйшаў з калоніі пасля больш як чатырох гадоў няволі. Калегі кажуць, што ён атрымаў памілаванне і застаецца ў Беларусі.",
  "p pp", "LOSIK", None)
a("be", "Адпусцілі дзевяць вязняў, іх вывезлі ў Польшчу",
  "Дзевяць вязняў, асуджаных па «палітычных» артыкулах, адпусцілі на волю і на мікрааўтобусе даставілі на польскую мяжу ў Тэрэспалі, паведамілі ў «Вясне».",
  "p pp", "pl viasna", 9, "PL")
a("be", "Аўстралія ўвяла санкцыі супраць беларускіх вайскоўцаў",
  "Аўстралія ўвяла фінансавыя санкцыі і забарону на ўезд для 11 беларускіх вайскоўцаў і чыноўнікаў, якіх Канбера абвінавачвае ў дапамозе Расіі ў вайне. Канбера таксама заклікала Мінск вызваліць палітвязняў.",
  "si", "au ru minsk", None)
a("be", "Ціханоўская: вызваленне Лабковіча — толькі пачатак",
  "Юрыст «Вясны» Уладзімір Лабковіч апынуўся на волі. Святлана Ціханоўская назвала гэта важным крокам, але заклікала не здымаць санкцыі, пакуль за кратамі застаюцца астатнія.",
  "p pp", "LAB viasna T", None)
a("be", "Польшча пагражае закрыць апошні пункт пропуску",
  "Варшава папярэдзіла, што можа цалкам закрыць мяжу з Беларуссю, калі правакацыі з мігрантамі не спыняцца. Пра санкцыі гаворка пакуль не ідзе. Мінск абвінавачвае польскі бок у эскалацыі.",
  "", "warsaw pl minsk", None)
a("be", "Курс рубля: абменнікі Мінска",
  "У абменніках Мінска еўра патаннеў да 3,40 рубля. Аналітыкі Нацбанка тлумачаць гэта сезонным попытам на беларускую валюту. На мінулым тыдні курс быў стабільны.",
  "", "minsk", None)
# --- uk
a("uk", "Білорусь відпустила громадянина України, засудженого за «диверсію»",
  "Засуджений у Білорусі до 11 років громадянин України опинився на свободі: його передали Україні на кордоні у Волинській області, повідомив Координаційний штаб.",
  "p pf", "ua", None, "UA")
a("uk", "З колонії вийшли дев'ятнадцять людей",
  "Лукашенко підписав указ про помилування дев'ятнадцяти засуджених; за даними правозахисників, щонайменше шестеро з них — політв'язні. Серед тих, хто вийшов з колонії, є пенсіонерка з Гомеля.",
  "p pp", "L", 19)
a("uk", "РНБО розширила санкції проти білоруських банків",
  "Рада національної безпеки і оборони запровадила санкції проти семи білоруських банків, що обслуговують російські оборонні підприємства. Відповідний указ підписав президент.",
  "si", "ru", None)
a("uk", "Мінськ пообіцяв відпустити ще людей",
  "Речниця Лукашенка заявила, що Мінськ «розглядає нові звернення про помилування» і готовий відпустити ще групу ув'язнених до Різдва. Імена тих, кого можуть помилувати, не називаються.",
  "pi", "L minsk", None)
a("uk", "США послабили санкції щодо Сирії",
  "Мінфін США видав загальну ліцензію, яка дозволяє більшість операцій із Сирією, фактично послабивши санкції, запроваджені за часів Асада. Обмеження щодо осіб, пов'язаних з колишнім режимом, залишаються.",
  "sanctions.eased@SY", "treasury us sy", None)
a("uk", "Білорусь провела навчання з тактичною ядерною зброєю",
  "Білоруська армія провела навчання з підготовки носіїв тактичної ядерної зброї, повідомило Міноборони Білорусі. У Києві заявили, що стежать за ситуацією.",
  "", "kyiv", None)
# --- pl
a("pl", "Obywatel Polski odzyskał wolność po trzech latach",
  "Polak skazany na Białorusi za rzekome szpiegostwo odzyskał wolność i w środę przekroczył granicę w Terespolu – poinformował rzecznik MSZ. Jak dodał, zwolnienie było efektem wielomiesięcznych rozmów.",
  "p pf", "pl", None, "PL")
a("pl", "Jedenastu więźniów opuściło kolonie. Pięciu trafiło do Polski",
  "Jedenastu więźniów politycznych zostało zwolnionych z białoruskich kolonii karnych; pięciu z nich przewieziono do Polski, pozostali zostali na Białorusi – przekazała Wiasna.",
  "p pp", "pl viasna", 11, "PL")
a("pl", "Litwa wpisała białoruskich urzędników na czarną listę",
  "Litewskie MSW zakazało wjazdu 40 białoruskim urzędnikom i funkcjonariuszom odpowiedzialnym za represje. Wilno rozważa także sankcje wobec przewoźników.",
  "si", "lt vilnius", None)
a("pl", "Unia rozważa złagodzenie sankcji? Dyplomaci studzą nadzieje",
  "Część państw UE chce rozmawiać o złagodzeniu sankcji wobec Białorusi w zamian za uwolnienie kolejnych więźniów, ale Polska i Litwa są przeciw – piszą dyplomaci.",
  "sie", "eu pl lt", None)
a("pl", "Biden ułaskawił tysiąc pięćset osób",
  "Ustępujący prezydent Joe Biden złagodził wyroki i ułaskawił około półtora tysiąca osób, w większości skazanych za przestępstwa bez użycia przemocy. Biały Dom nazwał decyzję aktem łaski wobec osób, które odbyły już znaczną część kary.",
  "pardon@US", "BIDEN", None)
a("pl", "Białoruskie drony nad Polską? Wojsko sprawdza",
  "Wojsko bada, czy obiekty, które w nocy wleciały w polską przestrzeń powietrzną, nadleciały z Białorusi. MON nie wyklucza, że były to rosyjskie drony. Sztab Generalny poderwał dyżurne myśliwce.",
  "", "pl ru", None)
# --- lt
a("lt", "Į laisvę išleistas Latvijos pilietis",
  "Baltarusijoje už šnipinėjimą nuteistas Latvijos pilietis išleistas į laisvę ir sugrįžo į Rygą, pranešė Latvijos užsienio reikalų ministerija. Jis buvo sulaikytas 2022 metais prie Baltarusijos sienos.",
  "p pf", "lv", None, "LV")
a("lt", "Iš kolonijos išėjo žurnalistas Ihar Losik",
  "Žurnalistas Iharas Losikas po daugiau nei ketverių metų išėjo iš kolonijos – Lukašenka jam suteikė malonę. Jis kol kas lieka Baltarusijoje. Organizacija „Viasna“ jį laikė politiniu kaliniu.",
  "p pp", "LOSIK L viasna", None)
a("lt", "Trys baltarusiai po paleidimo atvyko į Vilnių",
  "Trys politiniai kaliniai, kuriems Minskas leido išvykti iš šalies, atvyko į Vilnių. Juos pasitiko Sviatlanos Cichanouskajos komandos nariai. Pasak jų, visi trys yra sveiki.",
  "p pp", "minsk vilnius T", 3, "LT")
a("lt", "Latvija išplėtė sankcijų sąrašą",
  "Latvija įtraukė į nacionalinį sankcijų sąrašą dar 20 Baltarusijos bendrovių, tiekiančių prekes Rusijos kariuomenei. Sąraše taip pat atsidūrė jų vadovai ir savininkai.",
  "si", "lv ru", None)
a("lt", "Sankcijos Šiaurės Korėjai",
  "ES patvirtino naujas sankcijas Šiaurės Korėjai dėl karių siuntimo į Rusiją. Sankcijos apima turto įšaldymą ir draudimą atvykti į Bendriją. Pchenjanas jas pavadino priešiškais veiksmais.",
  "sanctions.imposed@KP", "eu kp ru pyongyang", None)
a("lt", "Litas, euras ir keitykla: Vilniuje atidaryta numizmatikos paroda",
  "Vilniuje atidaryta paroda apie Lietuvos pinigų istoriją – nuo lito iki euro. Lankytojai gali pamatyti ir senų valiutos keityklos kvitų. Paroda veiks iki pavasario.",
  "", "vilnius lt", None)
# --- de
a("de", "Deutscher Staatsbürger aus belarussischer Haft entlassen",
  "Ein seit 2023 in Belarus inhaftierter Deutscher ist aus der Haft entlassen worden und durfte nach Litauen ausreisen, teilte das Auswärtige Amt mit. Von dort reiste er nach Berlin weiter.",
  "p pf", "de lt", None, "LT DE")
a("de", "Zwölf Oppositionelle kommen frei",
  "Zwölf inhaftierte Oppositionelle sind nach einem Gnadenerlass Lukaschenkos freigekommen, meldete die Menschenrechtsorganisation Wjasna. Sieben von ihnen wurden an die polnische Grenze gebracht.",
  "p pp", "L viasna pl", 12, "PL")
a("de", "Belarus lässt Schweizer frei",
  "Ein in Minsk festgehaltener Schweizer Bürger ist auf freien Fuß gesetzt worden, teilte das Außendepartement in Bern mit. Er sei wohlauf und bereits in der Schweiz.",
  "p pf", "minsk ch", None, "CH")
a("de", "Japan weitet Sanktionen gegen Minsk aus",
  "Japan hat weitere Sanktionen gegen Belarus verhängt und die Vermögen von acht Personen eingefroren, die an der Unterstützung des russischen Angriffskriegs beteiligt sein sollen.",
  "si", "jp minsk ru", None)
a("de", "Syrien-Sanktionen gelockert",
  "Die EU hat einen Großteil ihrer Wirtschaftssanktionen gegen Syrien ausgesetzt, um den Wiederaufbau zu erleichtern. Ausgenommen bleiben Maßnahmen gegen Vertreter des früheren Regimes. Damaskus begrüßte die Entscheidung.",
  "sanctions.eased@SY", "eu sy", None)
a("de", "Wechselkurs: Rubel unter Druck",
  "Der belarussische Rubel hat gegenüber dem Euro deutlich an Wert verloren; Wechselstuben in Minsk melden einen Ansturm. Die Nationalbank kündigte Interventionen an, um den Kurs zu stabilisieren.",
  "", "minsk", None)
# --- fr
a("fr", "Dix-neuf détenus remis en liberté",
  "Dix-neuf personnes condamnées pour « extrémisme » ont été remises en liberté après avoir bénéficié d'une grâce présidentielle, selon Viasna, qui compte parmi elles plusieurs militants de l'opposition.",
  "p pp", "viasna", 19)
a("fr", "Un Estonien relâché par les autorités bélarusses",
  "Un ressortissant estonien détenu au Bélarus depuis deux ans a été relâché et a regagné Tallinn, a annoncé la diplomatie estonienne. Il avait été arrêté en 2023 près de la frontière.",
  "p pf", "ee tallinn", None, "EE")
a("fr", "Washington suspend certaines sanctions sur les engrais bélarusses",
  "Le Trésor américain a suspendu pour six mois une partie des sanctions visant le fabricant d'engrais Grodno Azot, dans le cadre du rapprochement avec Minsk.",
  "se", "treasury us azot minsk wash", None)
a("fr", "Le Royaume-Uni menace Minsk de sanctions",
  "Londres a averti qu'il imposerait des sanctions supplémentaires au Bélarus si de nouveaux opposants étaient arrêtés. Les autorités britanniques n'ont pas précisé quelles personnes seraient visées.",
  "st", "london gb minsk", None)
a("fr", "Emmanuel Macron réclame la libération d'un Français",
  "Le président français a réclamé la libération d'un Français détenu au Bélarus, estimant que rien ne justifiait sa détention. Minsk n'a pas réagi. Paris dénonce une détention arbitraire depuis plus d'un an.",
  "", "fr minsk", None)
a("fr", "Corée du Nord : nouvelles sanctions japonaises",
  "Le Japon a annoncé de nouvelles sanctions contre la Corée du Nord après un tir de missile balistique au-dessus de son territoire. Tokyo vise notamment des sociétés écrans basées en Asie.",
  "sanctions.imposed@KP", "jp kp", None)
# --- es
a("es", "Salen de la colonia penal siete presos políticos",
  "Siete presos políticos salieron el viernes de la colonia penal de Navapolatsk tras un indulto de Lukashenko, según el centro Viasna; cuatro de ellos fueron trasladados a Polonia.",
  "p pp", "L viasna pl", 7, "PL")
a("es", "Puesto en libertad un ciudadano letón",
  "Un ciudadano letón condenado en Bielorrusia por espionaje ha sido puesto en libertad y ya se encuentra en Letonia, informó Riga. Había sido detenido en 2022 cerca de la frontera.",
  "p pf", "lv", None, "LV")
a("es", "Suiza se suma a las sanciones europeas",
  "Suiza ha adoptado las últimas sanciones de la Unión Europea contra Bielorrusia, que congelan los bienes de otras 27 personas. Berna justificó la medida por el apoyo de Minsk a la guerra rusa.",
  "si", "ch eu minsk ru", None)
a("es", "EE UU y Minsk hablan de aliviar las sanciones",
  "El enviado John Coale dijo que Washington está dispuesto a hablar de un alivio de las sanciones si Minsk excarcela a más presos, aunque no hay calendario.",
  "sie", "COALE wash minsk us", None)
a("es", "Trump indulta a un empresario condenado por fraude",
  "Donald Trump ha indultado a un empresario condenado por fraude fiscal, informó la Casa Blanca. El empresario había sido un importante donante de su campaña. La oposición demócrata criticó la medida.",
  "pardon@US", "TRUMP", None)
a("es", "Rusia y Ucrania canjean prisioneros",
  "Rusia y Ucrania han canjeado 95 prisioneros de guerra por bando con mediación de Emiratos Árabes Unidos. Entre los soldados ucranianos liberados hay heridos graves. Moscú confirmó la cifra.",
  "", "ru ua moscow", None)
# --- it
a("it", "Scarcerati tredici detenuti politici",
  "Tredici detenuti politici sono stati scarcerati dopo la grazia firmata da Lukashenko, ha reso noto Viasna; otto di loro sono stati accompagnati al confine con la Lituania.",
  "p pp", "L viasna lt", 13, "LT")
a("it", "Rimesso in libertà un cittadino lettone",
  "Un cittadino lettone detenuto in Bielorussia è stato rimesso in libertà e ha fatto rientro a Riga, ha annunciato il ministero degli Esteri di Lettonia.",
  "p pf", "lv", None, "LV")
a("it", "Allentate le sanzioni su Grodno Azot",
  "Washington ha allentato per sei mesi le sanzioni sull'azienda di fertilizzanti bielorussa Grodno Azot, secondo una nota dell'OFAC. La licenza consente la vendita di fertilizzanti a clienti esteri.",
  "se", "wash azot ofac", None)
a("it", "La Lituania chiude i confini e minaccia sanzioni",
  "La Lituania ha chiuso temporaneamente i valichi con la Bielorussia e minaccia sanzioni nazionali contro le compagnie di trasporto bielorusse. Vilnius accusa Minsk di tollerare il contrabbando di sigarette con i palloni.",
  "st", "lt vilnius minsk", None)
a("it", "Usa, revocate le sanzioni alla Siria",
  "Gli Stati Uniti hanno revocato gran parte delle sanzioni economiche alla Siria, ha annunciato il dipartimento del Tesoro. La misura punta a favorire la ricostruzione del Paese dopo la guerra.",
  "sanctions.eased@SY", "us sy treasury", None)
a("it", "Rilasciata la nuova versione dell'app",
  "L'azienda ha rilasciato la nuova versione dell'app con funzioni di cambio valuta integrate. Gli utenti potranno convertire euro e dollari direttamente nel portafoglio digitale. L'aggiornamento è gratuito e arriva prima su Android.",
  "", "", None)
# --- pt
a("pt", "Saíram da colónia penal catorze presos",
  "Catorze presos saíram esta sexta-feira da colónia penal depois de um indulto de Lukashenko, entre eles dois jornalistas e um padre católico, segundo a Viasna.",
  "p pp", "L viasna", 14)
a("pt", "Cidadão suíço posto em liberdade",
  "Um cidadão suíço detido em Minsk foi posto em liberdade e regressou à Suíça, anunciou o Governo em Berna. Estava detido há quase dois anos, acusado de espionagem.",
  "p pf", "ch minsk", None, "CH")
a("pt", "Japão alarga sanções à Bielorrússia",
  "O Japão alargou as sanções contra a Bielorrússia, congelando os bens de oito pessoas ligadas ao apoio à guerra russa. Tóquio justificou a decisão com o apoio de Minsk à invasão da Ucrânia.",
  "si", "jp ru minsk ua", None)
a("pt", "Lukashenko diz estar disposto a soltar mais presos",
  "Lukashenko disse estar disposto a soltar mais presos se Washington aliviar as sanções à indústria de potassa. Falou aos jornalistas em Minsk, sem indicar números.",
  "pi sie", "L wash minsk", None)
a("pt", "Venezuela: EUA aliviam sanções ao petróleo",
  "Washington concedeu uma licença que alivia temporariamente as sanções ao setor petrolífero da Venezuela. A licença é válida por seis meses. Caracas saudou a decisão.",
  "sanctions.eased@VE", "wash ve caracas us", None)
a("pt", "Exército bielorrusso recebe novos tanques",
  "O exército bielorrusso recebeu um novo lote de tanques modernizados, informou o Ministério da Defesa em Minsk. Os blindados foram entregues a uma brigada perto de Brest.",
  "", "minsk", None)

# --- a few more
a("ru", "Россия и Украина вернули домой по 103 военных",
  "Состоялся очередной обмен пленными: Россия и Украина вернули домой по 103 военнослужащих, сообщили в Минобороны России. Среди вернувшихся украинцев есть тяжелораненые, их доставят в госпитали.",
  "", "ru ua", None)
a("ru", "Литва потребовала отпустить двух своих граждан",
  "МИД Литвы потребовал от Минска отпустить двух граждан Литвы, задержанных на белорусской границе в октябре. В Минске требование оставили без ответа, а дипломатам до сих пор не дали свидания с задержанными.",
  "", "lt minsk", None)
a("en", "EU rolls over Belarus restrictions for twelve months",
  "EU ambassadors agreed on Wednesday to roll over the bloc's economic restrictions on Belarus for twelve months, including the ban on potash imports. Diplomats said the decision was unanimous, even though Minsk had let 14 prisoners go in June.",
  "si", "eu minsk", None)
a("de", "Lukaschenko erlässt Gnade für dreißig Verurteilte",
  "Alexander Lukaschenko hat dreißig Verurteilte begnadigt, darunter nach Angaben von Wjasna drei politische Gefangene. An den Sanktionen der EU, die seit 2020 schrittweise verschärft wurden, ändert das nach Einschätzung von Diplomaten in Brüssel nichts.",
  "p pp", "L viasna eu brussels", 30)

a("en", "Belarus shows off new reconnaissance drones at Minsk arms fair",
  "Belarus's state defence industry unveiled two new reconnaissance drones and an upgraded air-defence radar at an arms exhibition in Minsk on Tuesday, the defence ministry said. Officials said Russian partners had helped with parts of the design.",
  "", "minsk ru", None)

for name, rows in SETS.items():
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    by = lambda x: any(t.endswith("@BY") for t in x["labels"]["tags"])
    print(name, len(rows), {l: (sum(1 for x in rows if x["lang"] == l and by(x)),
                                sum(1 for x in rows if x["lang"] == l and not by(x))) for l in LANGS})
