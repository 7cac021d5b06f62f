"""Story-decision set of hard pairs: sixteen events on the Belarus prisoners-and-sanctions beat, all between
Sunday 10 and Tuesday 19 May 2026, most of them within 72 hours of one another, each reported two to four
times by different outlets (en, ru, with a few be/pl/de) in their own words. No wire copies: every article is
an independently written report, so dupGroup is the article's own id.

The pairs that should stay apart: the release of Mikalai Statkevich alone (Sunday) vs the round of 17 two days
later that recaps it; Statkevich's first interview vs his release; the envoy's talks (Monday) vs the pardon
they produced (Tuesday); the round of 17 (Tuesday) vs the round of 29 (Friday), with the same envoy and the
same people named in both; the round of 17 vs the US relief for potash and Belavia the next day (one report of
the relief gives the pardon as the reason); the freed people's news conference in Vilnius the day after their
release; a journalist sentenced in Homel on the day of the first pardon; EU new sanctions (Thursday) vs the US
easing the day before vs UK sanctions on judges the same day; Tsikhanouskaya's reaction piece that reports the
release (same story as the release) vs her strategy interview two days later (its own story); the round of 29
in English vs a separate pardon of 8 Ukrainians reported in Russian the same day; the envoy meeting the
opposition in Vilnius; Belavia's plans after the licence; Viasna's new count; Lukashenko saying it is
Washington's turn.

Rule for storyGroup: the same real-world happening (one decree, one release, one announcement, one verdict,
one interview) is one story whatever the outlet or language; a follow-up that reports a new happening is a
new story. All texts are our own.

    python3 events_pairs.py ../../../main/resources/cluster/events-pairs.jsonl
"""
import json, re, sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from fixturelib import rows, art


def at(day, hm):
    """ISO-8601 UTC timestamp for a day in May 2026."""
    return "2026-05-%02dT%s:00Z" % (day, hm)


def report(i, url, title, text, published, lang, story):
    """An independently written article: its own duplicate group."""
    art(i, url, title, text.strip(), published, lang, i, story)


# --- st: Statkevich freed alone, stays in Belarus. Sunday 10 May -----------------------------------------
ST_AP_T = "Belarus frees veteran opposition leader Statkevich, lets him stay home"
ST_AP = """VILNIUS, Lithuania (AP) — Belarusian authorities on Sunday released Mikalai Statkevich, a 69-year-old opposition politician who last year refused to be expelled from the country and was sent back behind bars, his wife and a rights group said.

Maryna Adamovich told The Associated Press that her husband called her from a bus station in the Vitebsk region shortly before noon and said he had been pardoned by President Alexander Lukashenko. Unlike most freed prisoners, he was not driven to the border, and he planned to go back to the couple's apartment in Minsk, she said.

Statkevich, who ran against Lukashenko in the 2010 presidential election, was arrested ahead of the 2020 vote and sentenced the following year to 14 years. In September he was among 52 prisoners let go under a deal brokered by U.S. envoy John Coale, but he stepped off the bus at the Lithuanian border, refused to cross and was returned to a penal colony.

Lukashenko's office did not comment. The Viasna human rights center, which lists around 1,100 political prisoners, confirmed the release.

The vote that handed Lukashenko a sixth term in August 2020 set off months of street protests. More than 65,000 people were detained, and most of the country's opposition leaders are now either in exile or in prison.

Exiled opposition leader Sviatlana Tsikhanouskaya called Statkevich "a man they could neither break nor deport" and said his release should not distract from the hundreds still jailed."""

ST_ZERKALO_T = "Николай Статкевич вышел на свободу и остался в Беларуси"
ST_ZERKALO = """В воскресенье из колонии освободили политика Николая Статкевича. Это «Зеркалу» подтвердила его жена Марина Адамович: по ее словам, Статкевича помиловали и не стали вывозить за границу — он едет домой в Минск.

Статкевич — один из самых известных белорусских политзаключенных. В 2010 году он баллотировался в президенты, в 2020-м его задержали еще до выборов, а в 2021-м приговорили к 14 годам колонии. В сентябре прошлого года его включили в группу из 52 освобожденных, которых после переговоров с американским посланником Джоном Коулом вывезли в Литву, но Статкевич отказался пересекать границу, и его вернули за решетку. После этого о нем несколько месяцев не было вестей.

Правозащитный центр «Весна» освобождение подтвердил. По подсчетам правозащитников, в Беларуси сейчас около 1100 политзаключенных. Пресс-служба Лукашенко помилование пока не комментировала."""

ST_NN_T = "Мікалай Статкевіч на волі"
ST_NN = """Палітвязня Мікалая Статкевіча ў нядзелю вызвалілі з калоніі, паведаміла яго жонка Марына Адамовіч. Паводле яе слоў, Лукашэнка памілаваў палітыка, і той застаецца ў Беларусі. Летась у верасні Статкевіч адмовіўся выязджаць у Літву разам з іншымі вызваленымі і быў вернуты за краты."""

# --- ct: envoy Coale's talks with Lukashenko in Minsk. Monday 11 May -------------------------------------
CT_BELTA_T = "Лукашенко провел переговоры со спецпосланником Президента США Джоном Коулом"
CT_BELTA = """Президент Беларуси Александр Лукашенко 11 мая встретился во Дворце Независимости со специальным посланником Президента США по Беларуси Джоном Коулом. Переговоры в расширенном составе продолжались около пяти часов, сообщила пресс-служба главы государства.

«Мы договорились идти шаг за шагом. Белорусская сторона свои шаги делает, ожидаем того же от американских партнеров», — заявил Александр Лукашенко. По его словам, стороны обсудили торговлю, в том числе поставки калийных удобрений, работу национального авиаперевозчика, а также возобновление полноценной работы посольств.

Джон Коул поблагодарил белорусскую сторону за гостеприимство и назвал встречу очень продуктивной. Это первый визит американского посланника в Минск с декабря прошлого года."""

CT_AP_T = "US envoy Coale back in Minsk for talks with Lukashenko"
CT_AP = """TALLINN, Estonia (AP) — U.S. special envoy John Coale held five hours of talks with Belarusian President Alexander Lukashenko in Minsk on Monday, his first visit since December, when a deal he brokered freed 123 prisoners and lifted U.S. sanctions on the country's potash industry.

Lukashenko's office said the two discussed potash exports, the national carrier Belavia and reopening the U.S. Embassy, which suspended operations in 2022. It released video of the two men shaking hands and of Lukashenko telling the envoy that Minsk had "done its part" and was waiting for Washington.

Coale did not speak to reporters after the meeting. Rights activists expect the talks to produce another pardon, a pattern seen after each of his previous trips.

The visit came a day after Belarus quietly freed opposition veteran Mikalai Statkevich, who had refused to leave the country when he was released with 51 others in September.

Lukashenko has ruled the nation of 9 million for more than three decades. His crackdown on protests after the disputed 2020 election put tens of thousands behind bars at various times; the Viasna rights group says about 1,100 remain imprisoned for political reasons."""

CT_RT_T = "Belarus's Lukashenko meets U.S. envoy, discusses potash and embassies - BelTA"
CT_RT = """Alexander Lukashenko and Washington's special envoy for Belarus, John Coale, discussed potash supplies, the state airline Belavia and the work of embassies at talks in Minsk on Monday, state news agency BelTA reported. Lukashenko told Coale that Belarus had taken its steps and expected Washington to reciprocate, BelTA said."""

# --- sti: Statkevich's first interview after his release. Monday 11 May ---------------------------------
STI_RFERL_T = "'I Am Not Going Anywhere': Freed Belarusian Politician Statkevich Speaks Out"
STI_RFERL = """Mikalai Statkevich, the Belarusian opposition veteran freed from prison on May 10, says he did not ask for a pardon and has no intention of leaving the country.

Speaking by phone to RFE/RL's Belarus Service from his Minsk apartment on May 11, Statkevich, 69, said prison officials woke him before dawn, handed him his civilian clothes and put him on a bus without explanation. "Nobody asked me to write anything, and I did not write anything," he said. "I refused to be thrown out in September, and I am not going anywhere now."

He said he had spent most of the past eight months in solitary confinement and had lost about 15 kilograms. He declined to discuss his health in detail.

Statkevich would not comment on the talks between Minsk and Washington but warned that "every bunk that is freed in a prison is filled again." He urged the United States to "count not only who comes out, but who goes in."

Statkevich was sentenced in 2021 to 14 years on charges of organizing mass unrest in connection with the 2020 protests against Alyaksandr Lukashenka's disputed reelection. The Viasna human rights center says the country holds about 1,100 political prisoners.

He spoke as U.S. envoy John Coale was holding talks with Lukashenka in Minsk."""

STI_NGE_T = "«Я никуда не уеду». Николай Статкевич — о помиловании, которого он не просил"
STI_NGE = """Николай Статкевич, которого в воскресенье выпустили из колонии, говорит, что прошения о помиловании не подавал и уезжать из Беларуси не собирается. Об этом политик рассказал белорусской службе Радио Свобода по телефону из своей минской квартиры.

Утром, по его словам, его разбудили, выдали гражданскую одежду и посадили в автобус, ничего не объяснив. Большую часть последних восьми месяцев он провел в одиночной камере и похудел примерно на 15 килограммов. «В сентябре я отказался уезжать — не уеду и сейчас», — сказал Статкевич.

Переговоры Минска и Вашингтона он комментировать не стал, но попросил американцев считать не только тех, кто выходит, но и тех, кого сажают: освободившиеся нары, по его словам, тут же занимают новые люди.

Статкевич, кандидат в президенты 2010 года, был осужден в 2021 году на 14 лет по делу о массовых беспорядках. Интервью он дал в тот день, когда спецпосланник США Джон Коул вел переговоры с Александром Лукашенко в Минске."""

# --- p17: 17 pardoned and taken to Lithuania. Tuesday 12 May --------------------------------------------
P17_IFX_T = "Лукашенко помиловал 17 осужденных после встречи с посланником США"
P17_IFX = """Президент Белоруссии Александр Лукашенко помиловал 17 человек, говорится в опубликованном во вторник сообщении пресс-службы белорусского президента. Среди помилованных 11 мужчин и 6 женщин, все они были осуждены за преступления «экстремистской направленности».

Решение принято по итогам переговоров Лукашенко со спецпосланником президента США Джоном Коулом, состоявшихся в понедельник в Минске. По данным литовской пограничной службы, освобожденные во вторник днем пересекли белорусско-литовскую границу."""

P17_RT_T = "Belarus frees 17 political prisoners a day after talks with Trump envoy"
P17_RT = """VILNIUS, May 12 (Reuters) - Belarus pardoned and released 17 people jailed on what rights groups call political charges on Tuesday, a day after President Alexander Lukashenko met U.S. envoy John Coale, and the group was taken across the border into Lithuania.

Among them were Andrei Paleshchuk, a former regional organiser for jailed presidential hopeful Viktar Babaryka's 2020 campaign, regional journalist Tatsiana Bayeva and Ryhor Kastsiuk, a trade union activist at state fertiliser maker Grodno Azot, the Viasna rights group said.

Viasna said Marharyta Svirydava, one of its volunteers in the city of Gomel, whose release had been expected, was not on the list.

Coale travelled with the freed prisoners to Vilnius, a source familiar with the matter said. The U.S. embassy in Vilnius declined to comment.

The release follows that of opposition veteran Mikalai Statkevich on Sunday. Since September, Belarus has freed more than 190 prisoners in deals with Washington, which has in turn lifted sanctions on Belavia and on potash producer Belaruskali, a major source of hard currency for Minsk.

Viasna counts around 1,100 political prisoners in Belarus, where authorities crushed mass protests in 2020 after an election the opposition says was rigged."""

P17_RFERL_T = "Seventeen Belarusian Political Prisoners Freed, Taken To Lithuania"
P17_RFERL = """Seventeen political prisoners have been released in Belarus and driven to neighboring Lithuania after Alyaksandr Lukashenka signed pardons following talks with U.S. special envoy John Coale.

The group -- 11 men and six women -- crossed the border on the afternoon of May 12, Lithuanian border guards said. The Viasna human rights center named among them journalist Tatsiana Bayeva, sentenced in 2022 to six years over her articles on the protests in the western city of Brest, and Andrei Paleshchuk, who helped collect signatures for Viktar Babaryka's presidential bid in 2020.

Most of the freed prisoners were not told where they were being taken until they reached the border, relatives said.

Lukashenka, whose claim to have won a sixth term in August 2020 set off the largest protests in Belarus's history, has pardoned several hundred people since last summer as he seeks to repair ties with Washington. Viasna says about 1,100 people remain behind bars on politically motivated charges, a figure that has changed little because new arrests continue."""

P17_EURONEWS_T = "Tsikhanouskaya welcomes release of 17 Belarusian prisoners, warns of 'revolving door'"
P17_EURONEWS = """Belarusian opposition leader Sviatlana Tsikhanouskaya on Tuesday welcomed the release of 17 political prisoners who were pardoned by Alexander Lukashenko and brought to Lithuania hours earlier.

The group, which includes journalist Tatsiana Bayeva and trade unionist Ryhor Kastsiuk, was freed a day after Lukashenko received US envoy John Coale in Minsk. Tsikhanouskaya, who lives in exile in Vilnius, said she had spoken by phone with several of those released and that her team was helping them with documents and housing.

"Every person who walks out is a victory for a family. But for each one released, the regime takes another," she said in a statement, calling on the EU to keep its sanctions in place.

Tsikhanouskaya ran against Lukashenko in the 2020 election, whose result Western governments refused to recognise. Her husband, the blogger Siarhei Tsikhanouski, was himself freed last June in an earlier round negotiated with Washington.

The rights group Viasna puts the number of political prisoners in Belarus at around 1,100."""

# --- sent: freelance journalist Lasevich sentenced in Homel. Tuesday 12 May -----------------------------
SENT_NGE_T = "Внештатную журналистку «Белсата» Дарью Ласевич приговорили к пяти годам"
SENT_NGE = """Гомельский областной суд во вторник приговорил 34-летнюю Дарью Ласевич к пяти годам колонии общего режима по статье о содействии экстремистской деятельности. Процесс шел в закрытом режиме, сообщила Белорусская ассоциация журналистов (БАЖ).

По версии обвинения, Ласевич передавала видео с улиц Гомеля телеканалу «Белсат», который власти признали «экстремистским формированием». Ее задержали в октябре прошлого года, и с тех пор она находилась в СИЗО.

Приговор вынесли в тот же день, когда Александр Лукашенко помиловал 17 политзаключенных, которых вывезли в Литву. По данным БАЖ, за решеткой в Беларуси остаются не менее 31 работника медиа, а всего правозащитники «Весны» насчитывают около 1100 политзаключенных."""

SENT_DW_T = "Belarus jails freelance reporter for five years as others walk free"
SENT_DW = """A court in the Belarusian city of Gomel has sentenced freelance journalist Darya Lasevich to five years in a penal colony, the Belarusian Association of Journalists (BAJ) said on Tuesday.

Lasevich, 34, was found guilty of "facilitating extremist activity" for filming street scenes and sending the footage to Belsat, a Poland-based Belarusian-language broadcaster that Minsk has outlawed. The trial was closed to the public, and her family was not allowed into the courtroom.

The verdict came on the same day that the authorities pardoned 17 other political prisoners, a contrast BAJ described as "a conveyor belt running in both directions."

Relative to its population, Belarus is among the world's worst jailers of journalists: BAJ counts at least 31 media workers behind bars. Overall, the Viasna human rights center lists roughly 1,100 political prisoners, most of them detained in connection with the 2020 protests against Alexander Lukashenko or for online comments since."""

SENT_BELSAT_T = "Belsat contributor Darya Lasevich gets five years"
SENT_BELSAT = """Darya Lasevich, who filmed for Belsat in Homel, was sentenced on 12 May to five years of imprisonment. The Homel Regional Court heard her case behind closed doors; she had been in pre-trial detention since October. Belsat called the verdict punishment for doing journalism."""

# --- us: US Treasury delists Belarusian Potash Company, licenses Belavia to buy planes. Wednesday 13 May --
US_RT_T = "U.S. lifts sanctions on Belarusian Potash Company, eases Belavia curbs"
US_RT = """WASHINGTON, May 13 (Reuters) - The U.S. Treasury Department on Wednesday removed Belarusian Potash Company, the export arm of state-owned producer Belaruskali, from its sanctions list and issued a licence allowing airline Belavia to buy and lease new aircraft, according to a notice on its website.

The Office of Foreign Assets Control (OFAC) notice did not give a reason. A State Department spokesperson said the steps "recognise concrete actions by the Belarusian authorities" and that further moves would depend on Minsk.

Belarus ranks among the top three potash suppliers globally, and the fertiliser ingredient is one of its biggest export earners. Those exports were hit after Lithuania closed the port of Klaipeda to Belarusian potash in 2022, forcing shipments through Russian ports.

Washington lifted sanctions on Belaruskali itself in December and allowed Belavia to service its Boeing jets in September, each time after Minsk freed political prisoners. The European Union's sanctions on Belarusian potash and its ban on Belavia flights remain in place."""

US_AP_T = "US eases sanctions on Belarus potash and airline after release of 17 prisoners"
US_AP = """WASHINGTON (AP) — The Trump administration on Wednesday eased more sanctions on Belarus, rewarding President Alexander Lukashenko for freeing 17 political prisoners a day earlier.

The Treasury Department took the Belarusian Potash Company, which sells the country's fertilizer abroad, off its list of sanctioned entities and authorized Belavia, the state airline, to acquire new planes. Special envoy John Coale, who negotiated the releases, said in a statement that when Minsk moves, "we move too."

The 17 were driven to Lithuania on Tuesday after Coale's talks with Lukashenko. Among them were a journalist and a trade unionist from the Grodno Azot fertilizer plant.

The United States and the European Union imposed broad sanctions on Belarus after Lukashenko's forceful suppression of protests against his disputed reelection in 2020, and tightened them after he let Russia use Belarusian territory to invade Ukraine in 2022.

Critics say Washington is giving away leverage too cheaply. The Viasna rights group, which counts about 1,100 political prisoners in the country, said in a statement that "a potash company for 17 people is a poor rate of exchange."

The EU has not followed the U.S. lead."""

US_BBG_T = "Potash Stocks Slip as US Clears Belarus Exporter BPC"
US_BBG = """The US removed sanctions on Belarusian Potash Co., opening the way for one of the world's biggest suppliers of the crop nutrient to sell more freely to buyers who had shunned it.

The Treasury's move on Wednesday is the latest in a series of steps by Washington to reward Minsk for prisoner releases negotiated by envoy John Coale. It could ease payments for Belarusian potash in Asia and Latin America, where banks had been wary of handling the trade, analysts said.

Physical shipments still face hurdles: the European Union's sanctions remain, and Lithuania shows no sign of reopening the Klaipeda route that once carried most Belarusian exports. Belarus has been shipping through Russian ports on the Baltic instead.

Exiled opposition leader Svetlana Tikhanovskaya has urged the EU not to follow Washington's lead.

Shares of North American potash producers fell in late trading in New York."""

US_TASS_T = "Минфин США исключил Белорусскую калийную компанию из санкционного списка"
US_TASS = """Министерство финансов США исключило Белорусскую калийную компанию (БКК) из санкционного списка, следует из опубликованных в среду материалов Управления по контролю за иностранными активами (OFAC). Кроме того, ведомство выдало лицензию, разрешающую авиакомпании «Белавиа» приобретать и брать в лизинг воздушные суда. Ранее Вашингтон снял ограничения с «Беларуськалия» и разрешил «Белавиа» закупать запчасти для самолетов Boeing."""

# --- nc: three of the 17 speak at a news conference in Vilnius. Wednesday 13 May ------------------------
NC_AP_T = "Freed Belarusian prisoners tell of night transfers and months without letters"
NC_AP = """VILNIUS, Lithuania (AP) — Three of the 17 political prisoners freed by Belarus this week said Wednesday that they had been taken from their cells at night, driven for hours with bags over their heads and told they were free only when they saw the Lithuanian border.

"I thought they were moving me to another colony. Then a guard said: 'Lithuania, get out,'" journalist Tatsiana Bayeva told a news conference organized by the office of exiled opposition leader Sviatlana Tsikhanouskaya. Bayeva said she had received no letters from her family for 14 months.

Ryhor Kastsiuk, a union activist from the Grodno Azot chemical plant, said he had never asked for a pardon and that a prison official had told him he was being "exchanged for fertilizer."

Andrei Paleshchuk, 58, said he had seen Viasna volunteer Marharyta Svirydava in a prison transport in March and that she was seriously ill. He urged the U.S. to make her release "the next condition, not the next hope."

The three spoke a day after their release, which followed talks in Minsk between President Alexander Lukashenko and U.S. envoy John Coale. None of them knows when they will be able to go back to Belarus, where they say they would face rearrest.

Rights activists say about 1,100 people remain imprisoned for political reasons in Belarus, where the authorities jailed thousands after the 2020 protests."""

NC_MEDUZA_T = "«Сказали: Литва, выходи». Освобожденные политзаключенные рассказали, как их вывозили из Беларуси"
NC_MEDUZA = """В Вильнюсе в среду прошла пресс-конференция трех из 17 политзаключенных, которых Александр Лукашенко помиловал накануне. Журналистка Татьяна Баева, профсоюзный активист «Гродно Азота» Григорий Костюк и бывший сотрудник штаба Виктора Бабарико Андрей Палещук рассказали, что их забирали из камер ночью и везли к границе с мешками на головах.

Баева сказала, что 14 месяцев не получала писем от родных. Костюк — что прошения о помиловании не писал, а сотрудник колонии объяснил ему, что его «меняют на удобрения». Палещук попросил американцев добиться освобождения волонтерки «Весны» Маргариты Свиридовой: в марте он видел ее на этапе, и, по его словам, она тяжело больна.

Пресс-конференцию организовал офис Светланы Тихановской. Освобожденные говорят, что вернуться в Беларусь не могут: дома им грозит новый арест."""

NC_DW_T = "Freigelassene belarussische Häftlinge berichten in Vilnius von nächtlichen Transporten"
NC_DW = """Einen Tag nach ihrer Freilassung haben drei belarussische politische Gefangene in Vilnius über ihre Haft berichtet. Man habe sie nachts aus den Zellen geholt und mit Säcken über dem Kopf an die litauische Grenze gefahren, sagten die Journalistin Tazzjana Bajewa, der Gewerkschafter Ryhor Kaszjuk und der frühere Wahlkampfhelfer Andrej Paleschtschuk auf einer Pressekonferenz im Büro von Oppositionsführerin Swetlana Tichanowskaja.

Machthaber Alexander Lukaschenko hatte am Dienstag 17 Gefangene begnadigt, nach Gesprächen mit dem US-Sondergesandten John Coale. Die Menschenrechtsorganisation Wjasna zählt in Belarus weiterhin rund 1100 politische Gefangene."""

# --- eu: EU lists 19 people and 6 firms, Kallas statement. Thursday 14 May ------------------------------
EU_EURONEWS_T = "EU adds judges and drone suppliers to Belarus sanctions list"
EU_EURONEWS = """BRUSSELS — The European Union on Thursday imposed sanctions on 19 more Belarusian individuals and six companies, targeting judges and prison chiefs it holds responsible for political trials as well as firms that supply components for Russian drones.

The listings, adopted by member states' ambassadors, freeze any assets the targets hold in the bloc and bar them from entering it. The number of Belarusian individuals under EU sanctions now exceeds 300.

Kaja Kallas, the bloc's foreign policy chief, said in a written statement that the prisoner releases of recent days were welcome but "do not change the nature of the regime". "People are pardoned in Minsk one day and new sentences are handed down the next," she said, in a reference to this week's jailing of a freelance journalist.

The decision sets Brussels apart from Washington, which on Wednesday lifted sanctions on Belarus's main potash exporter and eased restrictions on the national airline Belavia. EU diplomats said there was no appetite to follow suit while Belarus continues to host Russian forces and the number of political prisoners stays around 1,100."""

EU_GUARDIAN_T = "EU tightens Belarus sanctions a day after US loosens its own"
EU_GUARDIAN = """The EU has widened its sanctions against Belarus, a day after the US moved in the opposite direction by lifting restrictions on the country’s potash exporter.

The bloc’s latest package, agreed on Thursday, blacklists 19 people – among them seven judges and the heads of three penal colonies – and six companies accused of helping Russia’s arms industry. Kaja Kallas, the EU’s top diplomat, said the releases were to be welcomed but would not buy Alexander Lukashenko any relief from Europe.

Lithuania and Poland, which host most Belarusian exiles, pushed for the listings. Hungary did not block them, diplomats said.

Belarus’s foreign ministry called the measures “hostile” and promised a response."""

EU_SVOBODA_T = "ЕС расширил санкционный список против Беларуси"
EU_SVOBODA = """Совет ЕС в четверг ввел санкции против 19 граждан Беларуси и шести компаний. В список попали судьи, выносившие приговоры по политическим делам, начальники исправительных колоний, а также предприятия, которые, по данным Брюсселя, поставляют комплектующие для российских беспилотников.

Освобождение политзаключенных приветствуется, но «не меняет природы режима», говорится в заявлении верховного представителя ЕС Каи Каллас. Евросоюз, в отличие от США, не собирается смягчать санкции против «Беларуськалия» и «Белавиа». Накануне Минфин США исключил из своего списка Белорусскую калийную компанию."""

EU_RZ_T = "UE nakłada nowe sankcje na Białoruś. Na liście sędziowie i dostawcy części do dronów"
EU_RZ = """Unia Europejska objęła w czwartek sankcjami 19 obywateli Białorusi i sześć firm. Na liście znaleźli się sędziowie orzekający w procesach politycznych, naczelnicy kolonii karnych oraz przedsiębiorstwa dostarczające podzespoły do rosyjskich dronów. Szefowa unijnej dyplomacji Kaja Kallas podkreśliła, że uwolnienie więźniów politycznych przez reżim Łukaszenki to dobra wiadomość, ale nie zmienia oceny sytuacji. Polska i Litwa od tygodni zabiegały o zaostrzenie sankcji, choć USA idą w przeciwnym kierunku."""

# --- uk: UK sanctions 7 judges and 2 prosecutors. Thursday 14 May ---------------------------------------
UK_BBC_T = "UK sanctions Belarusian judges over political trials"
UK_BBC = """The UK has imposed sanctions on nine Belarusian judges and prosecutors it says have played a central role in jailing opponents of Alexander Lukashenko.

The Foreign Office said those targeted had handed down or demanded "grossly unjust" sentences against protesters, journalists and human rights defenders, including the 14-year term given to opposition politician Mikalai Statkevich in 2021. They face asset freezes and UK travel bans.

A Foreign Office minister said the UK welcomed the recent prisoner releases but that "the machinery of repression keeps turning".

The announcement came on the same day the EU unveiled its own new sanctions against Belarus. The UK has now sanctioned more than 100 Belarusian individuals since the disputed 2020 election."""

UK_IND_T = "Britain targets nine Belarus judges and prosecutors with sanctions"
UK_IND = """Britain froze the assets of seven judges and two prosecutors from Belarus on Thursday, accusing them of running politically motivated trials. Those named include the judge who sentenced veteran opposition figure Nikolai Statkevich, freed on Sunday, and a prosecutor in the case of Nobel laureate Ales Byalyatsky."""

UK_ZERKALO_T = "Великобритания ввела санкции против семи судей и двух прокуроров"
UK_ZERKALO = """Великобритания в четверг ввела санкции против девяти представителей белорусской судебной системы — семи судей и двух прокуроров. Их активы в стране заморожены, въезд им запрещен. В МИД Британии заявили, что эти люди выносили или требовали «вопиюще несправедливые» приговоры по политическим делам, в том числе по делу Николая Статкевича. В тот же день о новых санкциях против Беларуси объявил и Евросоюз."""

# --- ti: Tsikhanouskaya's strategy interview (Guardian). Thursday 14 May --------------------------------
TI_GUARDIAN_T = "Tsikhanouskaya: ‘We cannot leave the talks with Lukashenko to the Americans alone’"
TI_GUARDIAN = """Sviatlana Tsikhanouskaya has a spreadsheet. On it, her office in Vilnius tracks every Belarusian political prisoner who has walked free since last summer – and every new name added to the list of the jailed over the same period.

“The columns are almost the same length,” the exiled opposition leader said in an interview this week. “That is the problem with the way this is being done.”

Tsikhanouskaya, 43, does not oppose the talks that the US envoy John Coale has been holding with Alexander Lukashenko. She says she speaks to Coale’s team regularly and believes the releases have saved lives. But she wants the Europeans and the democratic opposition to have a seat at the table, and she wants relief tied to an end to arrests, not only to pardons.

“Right now every release is a separate transaction. We need a roadmap: no new political cases, the return of the exiles, and then we can talk about sanctions,” she said. She plans to take that proposal to Washington in June.

She was blunt about the risk of the EU following the US in loosening sanctions. “If Brussels gives away potash for a few dozen people, Lukashenko will simply arrest a few dozen more.”

Tsikhanouskaya stood against Lukashenko in 2020 after her husband, Siarhei Tsikhanouski, was jailed. Official results gave Lukashenko 80% of the vote; the protests that followed were crushed, and she was forced into exile in Lithuania. Tsikhanouski was freed last June.

Asked whether she would return to Belarus, she paused. “When the last prisoner is free. Not before.”"""

TI_REFORM_T = "Тихановская в интервью The Guardian: нужна «дорожная карта», а не разовые сделки"
TI_REFORM = """Светлана Тихановская в интервью британской газете The Guardian предложила заменить «разовые сделки» между Минском и Вашингтоном дорожной картой, в которой снятие санкций будет привязано к прекращению политических преследований и возвращению эмигрантов.

По словам Тихановской, ее офис ведет таблицу освобожденных и новых политзаключенных, и «столбцы в ней почти одинаковой длины». Против переговоров спецпосланника США Джона Коула с Лукашенко она не выступает, но хочет, чтобы за столом были европейцы и демократические силы. В июне Тихановская собирается представить свои предложения в Вашингтоне.

Она также предостерегла Евросоюз от того, чтобы вслед за США смягчать санкции против белорусского калия."""

# --- p29: 29 more pardoned, second round of the week. Friday 15 May -------------------------------------
P29_BELTA_T = "Александр Лукашенко помиловал 29 осужденных"
P29_BELTA = """Глава государства Александр Лукашенко принял решение о помиловании 29 человек, осужденных за совершение преступлений экстремистской направленности, сообщает пресс-служба Президента.

Среди помилованных 19 мужчин и 10 женщин. Многие из них имеют хронические заболевания, у шести есть несовершеннолетние дети, несколько человек — пенсионного возраста. Все они раскаялись в содеянном, говорится в сообщении.

Решение принято в развитие договоренностей, достигнутых на переговорах со специальным посланником Президента США Джоном Коулом."""

P29_AP_T = "Belarus pardons 29 more prisoners, its second release this week"
P29_AP = """TALLINN, Estonia (AP) — Belarus freed 29 more political prisoners on Friday, three days after releasing 17 others, as President Alexander Lukashenko builds on this week's talks with U.S. envoy John Coale.

Lukashenko's office said the pardons — of 19 men and 10 women — continued agreements reached with Coale in Minsk on Monday. The prisoners were taken to Lithuania, where Coale met them at a hotel in Vilnius, according to the office of exiled opposition leader Sviatlana Tsikhanouskaya.

Those freed include Marharyta Svirydava, a volunteer with the Viasna rights group whose illness was raised by fellow prisoners at a news conference in Vilnius on Wednesday, and 71-year-old pensioner Valiantsina Ramanchuk, jailed over comments on social media.

Counting Friday's group and veteran opposition politician Mikalai Statkevich, who was released on Sunday and has stayed in Belarus, 47 people have been freed in six days. Viasna still counts about 1,100 political prisoners.

Washington has rewarded the releases: on Wednesday the U.S. Treasury lifted sanctions on Belarus' potash export company and allowed state airline Belavia to buy new planes.

Belarus has been under Western sanctions since Lukashenko's 2020 reelection, which was widely seen as fraudulent and set off months of protests, and over its support for Russia's war in Ukraine."""

P29_RT_T = "Belarus releases 29 more prisoners; jailed reporter Lasevich not among them"
P29_RT = """VILNIUS, May 15 (Reuters) - Belarus released 29 political prisoners on Friday, its second group this week, Lithuanian officials and the Viasna rights group said.

Viasna volunteer Marharyta Svirydava was among them, but Darya Lasevich, a freelance journalist sentenced to five years on Tuesday, was not, the group said.

President Alexander Lukashenko freed 17 people on Tuesday after talks with U.S. envoy John Coale, and the United States responded on Wednesday by lifting sanctions on Belarusian Potash Company. The European Union added 19 Belarusians to its own sanctions list on Thursday."""

P29_MEDUZA_T = "Вторая группа за неделю. Лукашенко помиловал еще 29 политзаключенных"
P29_MEDUZA = """В пятницу из Беларуси в Литву вывезли 29 политзаключенных, помилованных Александром Лукашенко. Это вторая группа за неделю: во вторник на свободу вышли 17 человек, а в воскресенье — Николай Статкевич, который остался в стране.

Среди освобожденных — волонтерка «Весны» из Гомеля Маргарита Свиридова, о болезни которой в среду на пресс-конференции в Вильнюсе рассказывал освобожденный во вторник Андрей Палещук, и 71-летняя пенсионерка Валентина Романчук, осужденная за комментарии в соцсетях.

В Вильнюсе освобожденных встретил спецпосланник США Джон Коул. Пресс-служба Лукашенко назвала помилование продолжением договоренностей, достигнутых с Коулом в понедельник.

На первую группу Вашингтон уже ответил: в среду Минфин США исключил из санкционного списка Белорусскую калийную компанию. Евросоюз, напротив, в четверг расширил санкции. По данным «Весны», в Беларуси остаются около 1100 политзаключенных."""

# --- ua: 8 pardoned Ukrainians handed over to Ukraine, separate decree. Friday 15 May -------------------
UA_IFX_T = "Белоруссия передала Украине восемь помилованных граждан"
UA_IFX = """Белоруссия в пятницу передала Украине восемь украинских граждан, помилованных президентом Александром Лукашенко, сообщил Координационный штаб Украины по вопросам обращения с военнопленными. Они отбывали наказание в белорусских колониях, в том числе по статьям о шпионаже и контрабанде. Передача прошла на белорусско-украинской границе при посредничестве США, отметили в штабе."""

UA_KI_T = "Belarus hands over 8 Ukrainians pardoned by Lukashenka"
UA_KI = """Eight Ukrainian citizens who had been imprisoned in Belarus returned home on May 15 after being pardoned by Belarusian dictator Alexander Lukashenka, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said.

They had been convicted on charges including espionage and smuggling. The handover took place at the Belarusian-Ukrainian border with U.S. mediation, according to the headquarters, which thanked special envoy John Cole.

The release was separate from the pardon of 29 Belarusian political prisoners announced by Minsk the same day."""

# --- cv: Coale meets Tsikhanouskaya and the freed in Vilnius. Saturday 16 May ---------------------------
CV_RT_T = "U.S. envoy Coale says embassy in Minsk could reopen this year"
CV_RT = """VILNIUS, May 16 (Reuters) - The United States could reopen its embassy in Minsk this year if Belarus keeps releasing political prisoners, U.S. special envoy John Coale said on Saturday after meeting exiled opposition leader Sviatlana Tsikhanouskaya in Vilnius.

"Our goal is simple: everybody out," Coale told reporters, adding that he had asked Belarusian President Alexander Lukashenko to free all remaining political prisoners by the end of the year.

Coale spent about two hours with Tsikhanouskaya and several of the 46 prisoners who were freed and brought to Lithuania this week. Tsikhanouskaya said she had asked him to make any further sanctions relief conditional on an end to new arrests.

The U.S. embassy in Minsk suspended operations in February 2022, shortly before Russia launched its full-scale invasion of Ukraine partly from Belarusian territory."""

CV_LRT_T = "Coale meets Tsikhanouskaya in Vilnius, wants 'everybody' freed by end of year"
CV_LRT = """US special envoy for Belarus John Coale met opposition leader Sviatlana Tsikhanouskaya and recently freed political prisoners in Vilnius on Saturday. Coale told journalists that Washington wants all Belarusian political prisoners released by the end of 2026 and that the US embassy in Minsk could resume work within months. Tsikhanouskaya called the meeting honest and said the opposition and Washington "want the same thing but count differently"."""

CV_MEDUZA_T = "Джон Коул встретился с Тихановской и пообещал добиваться освобождения всех политзаключенных"
CV_MEDUZA = """Спецпосланник США по Беларуси Джон Коул в субботу провел в Вильнюсе встречу со Светланой Тихановской и политзаключенными, которых на этой неделе вывезли в Литву. После встречи Коул сказал журналистам, что цель Вашингтона — освобождение всех политзаключенных до конца года, а посольство США в Минске может возобновить работу уже в этом году. Тихановская рассказала, что попросила посланника увязывать дальнейшее снятие санкций с прекращением новых арестов."""

# --- bv: Belavia opens talks on Boeing 737 MAX jets. Monday 18 May ---------------------------------------
BV_BELTA_T = "«Белавиа» планирует пополнить парк новыми самолетами Boeing"
BV_BELTA = """Национальная авиакомпания «Белавиа» начала переговоры о приобретении и лизинге новых воздушных судов Boeing, сообщили БЕЛТА в пресс-службе перевозчика. Речь идет о самолетах семейства 737 MAX. Возможность обновить парк появилась после того, как Министерство финансов США выдало авиакомпании соответствующую лицензию. В «Белавиа» рассчитывают получить первые самолеты в 2027 году."""

BV_RT_T = "Belarus airline Belavia in talks for Boeing 737 MAX jets after U.S. licence"
BV_RT = """MINSK, May 18 (Reuters) - Belarusian state airline Belavia said on Monday it had opened talks to buy and lease Boeing 737 MAX aircraft, days after the United States authorised it to acquire new planes.

Belavia, which flies about 30 aircraft, has struggled to obtain parts and new jets since Western sanctions were imposed after Belarus forced down a Ryanair flight in 2021 to arrest a dissident journalist. The EU still bars it from its airspace, and its network now centres on Russia, the Caucasus, Central Asia and the Middle East.

Boeing did not respond to a request for comment. Any deal would also need export approval from U.S. authorities, a person familiar with the matter said.

The U.S. licence was part of sanctions relief granted after Belarus freed prisoners in talks with U.S. envoy John Coale."""

BV_SF_T = "Belavia Eyes Boeing 737 MAX Fleet Renewal As US Eases Restrictions"
BV_SF = """Belarusian flag carrier Belavia is looking to renew its fleet with Boeing 737 MAX jets following a fresh license from the US Treasury Department.

The airline currently operates a mix of older Boeing 737s and Embraer regional jets, many of which were parked for long stretches as spare parts dried up. Relief that began last September allowed Belavia to buy parts again, and the new license goes further by permitting purchases and leases of aircraft.

Belavia hopes to take its first new jets in 2027. Flights over the European Union remain off-limits, so any MAX would likely serve routes to Russia, Turkey and the Gulf."""

# --- vc: Viasna's new count, 1,095 despite 47 releases. Monday 18 May ------------------------------------
VC_AP_T = "Belarus freed 47 prisoners in a week, but rights group's count barely falls"
VC_AP = """TALLINN, Estonia (AP) — Belarus' leading human rights group said Monday that the number of political prisoners in the country stood at 1,095, barely lower than before the authorities released 47 people last week, because dozens of new cases were added over the same period.

Viasna said it had recognized 34 more people as political prisoners since the start of May, most of them detained over online comments, donations to opposition funds or contact with media outlets banned as "extremist."

"The revolving door is turning as fast as ever," the group said in a statement. Among those still jailed is freelance journalist Darya Lasevich, sentenced last Tuesday to five years.

The 47 included veteran opposition politician Mikalai Statkevich and two groups of 17 and 29 who were expelled to Lithuania after talks between President Alexander Lukashenko and U.S. envoy John Coale. Washington responded by lifting sanctions on the Belarusian Potash Company.

Viasna's founder, Nobel Peace Prize laureate Ales Bialiatski, was himself freed in December after more than four years in prison."""

VC_RFERL_T = "Viasna: Belarus Still Holds 1,095 Political Prisoners Despite Releases"
VC_RFERL = """The Viasna human rights center says Belarus is holding 1,095 political prisoners as of May 18, only 13 fewer than at the start of the month, even though 47 people were freed over six days last week. The group said it had added 34 new names to its list since May 1, calling the releases welcome but "statistically almost invisible.\""""

VC_NGE_T = "«Весна»: несмотря на освобождения, число политзаключенных почти не изменилось"
VC_NGE = """Правозащитный центр «Весна» сообщил, что на 18 мая в Беларуси 1095 политзаключенных. В начале месяца их было 1108.

За прошлую неделю на свободу вышли 47 человек — Николай Статкевич и две группы, 17 и 29 человек, которых вывезли в Литву после переговоров Лукашенко со спецпосланником США Джоном Коулом. Но за это же время правозащитники признали политзаключенными еще 34 человека. Большинство из них задержаны за комментарии в интернете, донаты и «содействие экстремистским СМИ».

Основатель «Весны», нобелевский лауреат Алесь Беляцкий, вышел на свободу в декабре вместе со 122 другими заключенными."""

# --- lk: Lukashenko says it is Washington's turn, wants banks relief. Tuesday 19 May --------------------
LK_TASS_T = "Лукашенко: Белоруссия свои шаги сделала, теперь очередь за США"
LK_TASS = """Президент Белоруссии Александр Лукашенко заявил, что Минск выполнил свою часть договоренностей с Вашингтоном, и ожидает от американской стороны снятия санкций с белорусских банков. Об этом он сказал во вторник на совещании с членами правительства, передает БелТА.

«Мы отпустили людей, о которых они просили. Теперь мяч на их стороне», — сказал Лукашенко. Он добавил, что готов встретиться с президентом США Дональдом Трампом «в любом месте», чтобы заключить «большое соглашение»."""

LK_AP_T = "Lukashenko says it is Washington's turn after Belarus frees dozens"
LK_AP = """TALLINN, Estonia (AP) — Belarusian President Alexander Lukashenko said Tuesday that his country had done its part by freeing dozens of prisoners last week and now expected the United States to lift sanctions on Belarusian banks.

"We let go the people they asked for. The ball is in their court," Lukashenko told a government meeting, according to his press service. He said he was willing to meet President Donald Trump "anywhere" to conclude what he called a "big agreement."

Lukashenko freed 47 prisoners over six days last week after talks with U.S. envoy John Coale. Washington lifted sanctions on the country's potash exporter and allowed its national airline to buy planes, but U.S. sanctions on state-owned banks, which complicate almost all of Belarus' foreign trade, remain.

The Viasna rights group says 1,095 political prisoners are still behind bars."""


report("st-ap", "https://apnews.com/article/belarus-statkevich-released-stays-minsk", ST_AP_T, ST_AP, at(10, "15:20"), "en", "st")
report("st-zerkalo", "https://news.zerkalo.io/life/2026-05-10-statkevich-na-svobode.html", ST_ZERKALO_T, ST_ZERKALO, at(10, "14:05"), "ru", "st")
report("st-nn", "https://nashaniva.com/be/2026/05/10/statkevich-na-voli", ST_NN_T, ST_NN, at(10, "13:30"), "be", "st")

report("ct-belta", "https://www.belta.by/president/view/lukashenko-koul-peregovory-2026", CT_BELTA_T, CT_BELTA, at(11, "12:10"), "ru", "ct")
report("ct-ap", "https://apnews.com/article/belarus-coale-minsk-talks-lukashenko-may", CT_AP_T, CT_AP, at(11, "13:45"), "en", "ct")
report("ct-rt", "https://www.reuters.com/world/europe/belarus-lukashenko-meets-us-envoy-2026-05-11/", CT_RT_T, CT_RT, at(11, "16:30"), "en", "ct")

report("sti-rferl", "https://www.rferl.org/a/belarus-statkevich-interview-not-leaving/2026.html", STI_RFERL_T, STI_RFERL, at(11, "10:00"), "en", "sti")
report("sti-nge", "https://novayagazeta.eu/articles/2026/05/11/statkevich-ya-nikuda-ne-uedu", STI_NGE_T, STI_NGE, at(11, "11:30"), "ru", "sti")

report("p17-ifx", "https://www.interfax.ru/world/2026051217", P17_IFX_T, P17_IFX, at(12, "09:40"), "ru", "p17")
report("p17-rt", "https://www.reuters.com/world/europe/belarus-frees-17-political-prisoners-2026-05-12/", P17_RT_T, P17_RT, at(12, "10:15"), "en", "p17")
report("p17-rferl", "https://www.rferl.org/a/belarus-seventeen-political-prisoners-freed-lithuania/2026.html", P17_RFERL_T, P17_RFERL, at(12, "11:30"), "en", "p17")
report("p17-euronews", "https://www.euronews.com/2026/05/12/tsikhanouskaya-welcomes-release-of-17-belarus", P17_EURONEWS_T, P17_EURONEWS, at(12, "14:00"), "en", "p17")

report("sent-nge", "https://novayagazeta.eu/articles/2026/05/12/lasevich-prigovor", SENT_NGE_T, SENT_NGE, at(12, "08:30"), "ru", "sent")
report("sent-belsat", "https://belsat.eu/en/news/12-05-2026-lasevich-sentenced", SENT_BELSAT_T, SENT_BELSAT, at(12, "09:15"), "en", "sent")
report("sent-dw", "https://www.dw.com/en/belarus-jails-freelance-reporter-lasevich/a-2026051201", SENT_DW_T, SENT_DW, at(12, "12:00"), "en", "sent")

report("us-rt", "https://www.reuters.com/world/us-lifts-sanctions-belarusian-potash-company-2026-05-13/", US_RT_T, US_RT, at(13, "15:05"), "en", "us")
report("us-ap", "https://apnews.com/article/us-belarus-sanctions-potash-belavia-17-prisoners", US_AP_T, US_AP, at(13, "15:30"), "en", "us")
report("us-bbg", "https://www.bloomberg.com/news/articles/2026-05-13/potash-stocks-slip-as-us-clears-belarus-exporter-bpc", US_BBG_T, US_BBG, at(13, "16:10"), "en", "us")
report("us-tass", "https://tass.ru/ekonomika/2605131", US_TASS_T, US_TASS, at(13, "16:40"), "ru", "us")

report("nc-ap", "https://apnews.com/article/belarus-freed-prisoners-vilnius-night-transfers", NC_AP_T, NC_AP, at(13, "12:30"), "en", "nc")
report("nc-meduza", "https://meduza.io/feature/2026/05/13/skazali-litva-vyhodi", NC_MEDUZA_T, NC_MEDUZA, at(13, "13:10"), "ru", "nc")
report("nc-dw", "https://www.dw.com/de/belarus-freigelassene-haeftlinge-vilnius/a-2026051302", NC_DW_T, NC_DW, at(13, "14:20"), "de", "nc")

report("eu-euronews", "https://www.euronews.com/2026/05/14/eu-adds-judges-drone-suppliers-belarus-sanctions", EU_EURONEWS_T, EU_EURONEWS, at(14, "10:30"), "en", "eu")
report("eu-svoboda", "https://www.svoboda.org/a/es-rasshiril-sanktsii-protiv-belarusi/2026.html", EU_SVOBODA_T, EU_SVOBODA, at(14, "11:15"), "ru", "eu")
report("eu-guardian", "https://www.theguardian.com/world/2026/may/14/eu-tightens-belarus-sanctions-us-loosens", EU_GUARDIAN_T, EU_GUARDIAN, at(14, "12:00"), "en", "eu")
report("eu-rz", "https://www.rp.pl/dyplomacja/art2026051403-ue-nowe-sankcje-bialorus", EU_RZ_T, EU_RZ, at(14, "13:00"), "pl", "eu")

report("uk-bbc", "https://www.bbc.com/news/articles/uk-sanctions-belarus-judges-2026", UK_BBC_T, UK_BBC, at(14, "09:00"), "en", "uk")
report("uk-ind", "https://www.independent.co.uk/news/world/europe/britain-belarus-judges-sanctions-b2026514.html", UK_IND_T, UK_IND, at(14, "10:20"), "en", "uk")
report("uk-zerkalo", "https://news.zerkalo.io/economics/2026-05-14-uk-sanctions-judges.html", UK_ZERKALO_T, UK_ZERKALO, at(14, "11:40"), "ru", "uk")

report("ti-guardian", "https://www.theguardian.com/world/2026/may/14/sviatlana-tsikhanouskaya-interview-roadmap", TI_GUARDIAN_T, TI_GUARDIAN, at(14, "06:00"), "en", "ti")
report("ti-reform", "https://reform.news/2026/05/14/tihanovskaya-guardian-dorozhnaya-karta", TI_REFORM_T, TI_REFORM, at(14, "09:30"), "ru", "ti")

report("p29-belta", "https://www.belta.by/president/view/pomilovanie-29-2026", P29_BELTA_T, P29_BELTA, at(15, "08:50"), "ru", "p29")
report("p29-ap", "https://apnews.com/article/belarus-pardons-29-second-release-week", P29_AP_T, P29_AP, at(15, "10:40"), "en", "p29")
report("p29-rt", "https://www.reuters.com/world/europe/belarus-releases-29-more-prisoners-2026-05-15/", P29_RT_T, P29_RT, at(15, "11:05"), "en", "p29")
report("p29-meduza", "https://meduza.io/news/2026/05/15/vtoraya-gruppa-za-nedelyu", P29_MEDUZA_T, P29_MEDUZA, at(15, "15:30"), "ru", "p29")

report("ua-ifx", "https://www.interfax.ru/world/2026051508", UA_IFX_T, UA_IFX, at(15, "12:20"), "ru", "ua")
report("ua-ki", "https://kyivindependent.com/belarus-hands-over-8-ukrainians-pardoned", UA_KI_T, UA_KI, at(15, "13:00"), "en", "ua")

report("cv-rt", "https://www.reuters.com/world/europe/us-envoy-coale-embassy-minsk-could-reopen-2026-05-16/", CV_RT_T, CV_RT, at(16, "12:00"), "en", "cv")
report("cv-lrt", "https://www.lrt.lt/en/news-in-english/19/2026-coale-meets-tsikhanouskaya", CV_LRT_T, CV_LRT, at(16, "12:45"), "en", "cv")
report("cv-meduza", "https://meduza.io/news/2026/05/16/dzhon-koul-vstretilsya-s-tihanovskoy", CV_MEDUZA_T, CV_MEDUZA, at(16, "14:00"), "ru", "cv")

report("bv-belta", "https://www.belta.by/economics/view/belavia-boeing-737-max-2026", BV_BELTA_T, BV_BELTA, at(18, "08:45"), "ru", "bv")
report("bv-rt", "https://www.reuters.com/business/aerospace-defense/belavia-talks-boeing-737-max-2026-05-18/", BV_RT_T, BV_RT, at(18, "09:30"), "en", "bv")
report("bv-sf", "https://simpleflying.com/belavia-boeing-737-max-fleet-renewal-us-license/", BV_SF_T, BV_SF, at(18, "14:00"), "en", "bv")

report("vc-ap", "https://apnews.com/article/belarus-viasna-political-prisoners-count-1095", VC_AP_T, VC_AP, at(18, "11:00"), "en", "vc")
report("vc-rferl", "https://www.rferl.org/a/viasna-belarus-1095-political-prisoners/2026.html", VC_RFERL_T, VC_RFERL, at(18, "12:10"), "en", "vc")
report("vc-nge", "https://novayagazeta.eu/articles/2026/05/18/vesna-chislo-politzaklyuchennyh", VC_NGE_T, VC_NGE, at(18, "13:00"), "ru", "vc")

report("lk-tass", "https://tass.ru/politika/2605191", LK_TASS_T, LK_TASS, at(19, "07:00"), "ru", "lk")
report("lk-ap", "https://apnews.com/article/lukashenko-washington-turn-banks-sanctions", LK_AP_T, LK_AP, at(19, "09:15"), "en", "lk")


# --- checks -----------------------------------------------------------------------------------------------
ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids)), "duplicate id"
assert len({r["url"] for r in rows}) == len(rows), "duplicate url"
for r in rows:
    assert re.fullmatch(r"2026-05-\d\dT\d\d:\d\d:00Z", r["published"]), r["id"]
    assert r["dupGroup"] == r["id"] and r["id"].startswith(r["storyGroup"] + "-"), r["id"]
    assert r["title"] and r["text"] and "\n\n\n" not in r["text"], r["id"]
stories = {}
for r in rows:
    stories.setdefault(r["storyGroup"], []).append(r["id"])
assert all(2 <= len(v) <= 4 for v in stories.values()), stories

with open(sys.argv[1], "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
langs = {}
for r in rows:
    langs[r["lang"]] = langs.get(r["lang"], 0) + 1
print(len(rows), "articles,", len(stories), "stories,", langs)
