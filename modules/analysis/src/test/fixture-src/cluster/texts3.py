# Base texts, part 3: unrelated news and hard negatives close in time.
W7_TITLE = "US sanctions dozens of tankers in Iran oil shipping network"
W7 = """WASHINGTON (AP) — The Treasury Department on Friday imposed sanctions on 30 tankers and a dozen shipping companies it accused of moving Iranian oil to buyers in Asia in violation of U.S. sanctions, the latest step in the administration’s campaign of maximum pressure on Tehran.

The ships, registered in Panama, Comoros and the Marshall Islands, carried tens of millions of barrels of Iranian crude over the past year, Treasury said. Several of the companies are based in the United Arab Emirates and Hong Kong.

“Iran continues to rely on a shadow fleet to fund its destabilizing activities,” Treasury Secretary Scott Bessent said in a statement. The sanctions freeze any U.S. assets of those designated and bar Americans from dealing with them.

Iran’s Foreign Ministry condemned the measures as “economic terrorism” and said they would not stop the country’s oil exports, which have risen to more than 1.5 million barrels a day this year."""

P15_TITLE = "Treasury targets Iran's shadow fleet with new designations"
P15 = """The U.S. Treasury has blacklisted 30 oil tankers and 12 companies in a fresh round of sanctions against Iran's so-called shadow fleet, accusing them of shipping crude to refineries in China.

Treasury Secretary Scott Bessent said the network generated hundreds of millions of dollars for Iran's government. Tehran called the sanctions illegal and vowed to keep selling oil. Analysts said enforcement at sea remained the weak point of the sanctions regime."""

P16_TITLE = "Iran condemns new US oil sanctions as 'economic terrorism'"
P16 = """Iran on Saturday denounced new American sanctions on 30 tankers carrying its oil as economic terrorism, a day after the Treasury Department announced the designations.

A Foreign Ministry spokesman in Tehran said Iranian exports would continue regardless. The ships are registered in Panama and the Marshall Islands, according to Treasury, and several of the operators are based in Hong Kong."""

E1_TITLE = "EU adopts 20th package of sanctions against Russia"
E1 = """BRUSSELS — European Union governments on Monday adopted a 20th package of sanctions against Russia over its war in Ukraine, adding 40 vessels of Moscow's shadow fleet to a port ban and tightening restrictions on banks in third countries.

The package also lists several Belarusian companies accused of helping Russia evade export controls. EU foreign policy chief Kaja Kallas said the bloc would keep raising the cost of the war for the Kremlin."""

E2_TITLE = "Brussels tightens the screws on Moscow's shadow fleet"
E2 = """The European Union has agreed new sanctions on Russia that target 40 more tankers of the shadow fleet and foreign banks that help Moscow pay for imports, officials said on Monday after foreign ministers signed off on the 20th package.

Kaja Kallas said the measures would cut Russia's oil revenue further. Hungary and Slovakia dropped their objections after assurances on energy supplies."""

S1_TITLE = "Dinamo Minsk beat BATE to win Belarusian Cup"
S1 = """Dinamo Minsk won the Belarusian Cup on Sunday, beating BATE Borisov 2-1 in the final at the Dinamo National Olympic Stadium in front of 22,000 fans.

Striker Ivan Bakhar gave Dinamo the lead after 17 minutes and Raman Yuzepchuk doubled it early in the second half. BATE pulled one back through a penalty in stoppage time but could not find an equaliser.

It is Dinamo's first cup since 2003 and earns them a place in the qualifying rounds of the Europa League."""

S2_TITLE = "Cup glory for Dinamo Minsk after 22-year wait"
S2 = """Dinamo Minsk ended a 22-year wait for the Belarusian Cup with a 2-1 win over BATE Borisov on Sunday. Ivan Bakhar scored the opener and Raman Yuzepchuk added a second before BATE's late penalty.

Coach Vadim Skripchenko said the win belonged to the supporters, who filled the national stadium despite freezing temperatures."""

M1_TITLE = "Snowstorm brings traffic chaos to Minsk and Vilnius"
M1 = """Heavy snow and strong winds caused traffic chaos in Minsk and Vilnius on Friday, with hundreds of cars stuck on roads and dozens of flights delayed at both airports.

Forecasters said up to 30 centimetres of snow had fallen in some areas and warned of black ice overnight as temperatures dropped to minus 15 degrees. Lithuanian authorities asked drivers to stay at home."""

M2_TITLE = "Blizzard hits Baltic states and Belarus"
M2 = """A blizzard swept across the Baltic states and Belarus on Friday, cutting power to thousands of homes in Lithuania and closing schools in the Vitebsk region.

Meteorologists expected the snowfall to ease by Saturday morning but warned of temperatures as low as minus 15. In Minsk, the city authorities deployed more than 500 snow ploughs."""

T1_TITLE = "Tsikhanouskaya urges EU to keep Belarus sanctions despite US thaw"
T1 = """Exiled Belarusian opposition leader Sviatlana Tsikhanouskaya urged European Union foreign ministers in Brussels on Monday not to follow Washington in easing sanctions on Minsk, saying repression in the country had not stopped.

Tsikhanouskaya said Alexander Lukashenko was "trading people like goods" and that new political prisoners were taken for every one released. She met Kaja Kallas and asked the EU to fund independent Belarusian media and help the recently freed prisoners settle in Lithuania and Poland."""

T2_TITLE = "Tsikhanouskaya in Brussels: 'Don't reward Lukashenko'"
T2 = """Speaking to reporters in Brussels, Sviatlana Tsikhanouskaya said the European Union should not reward Alexander Lukashenko by lifting its sanctions, after the United States eased its own measures on Belarusian potash.

The opposition leader, who has lived in exile in Vilnius since 2020, met EU foreign policy chief Kaja Kallas and several ministers. She said Europe should instead extend visas and support for Belarusians who fled the country."""

B1_TITLE = "Belavia to receive Boeing parts as US sanctions relief takes effect"
B1 = """Belarusian state airline Belavia said on Tuesday it had signed contracts for Boeing spare parts and engine maintenance after U.S. sanctions against the carrier were lifted.

The airline, which has 15 Boeing aircraft in its fleet, said it would resume flights to several destinations in Asia next year. Chief executive Igor Cherginets said the company had lost more than 100 million dollars because of the restrictions."""

B2_TITLE = "Belavia plans fleet renewal after end of US curbs"
B2 = """Belavia plans to renew its fleet and expand its route network after the end of American sanctions, the Belarusian carrier's chief executive Igor Cherginets told state television on Tuesday.

He said the first deliveries of Boeing parts were expected within weeks and that the airline was in talks about leasing new aircraft."""

X1_TITLE = "Russia and Ukraine swap 84 prisoners of war each"
X1 = """Russia and Ukraine exchanged 84 prisoners of war each on Saturday in a swap mediated by the United Arab Emirates, the defence ministry in Moscow said.

Ukrainian President Volodymyr Zelensky said among those returning home were soldiers who had defended Mariupol. The exchange was the latest in a series of swaps that continued despite stalled peace talks."""

X2_TITLE = "Japan earthquake: magnitude 6.7 quake shakes northern coast"
X2 = """A magnitude 6.7 earthquake struck off the coast of northern Japan on Friday, prompting a brief tsunami advisory and halting bullet trains in the Tohoku region, the Japan Meteorological Agency said.

There were no immediate reports of serious damage. The operator of the Onagawa nuclear plant said it had found no abnormalities."""

X3_TITLE = "Poland to reopen two border crossings with Belarus"
X3 = """Poland will reopen two border crossings with Belarus next week, the Interior Ministry in Warsaw said on Sunday, easing restrictions imposed after migrants tried to cross the frontier.

Interior Minister Marcin Kierwinski said the crossings at Kuznica and Bobrowniki would handle freight and passenger traffic. Polish truck drivers had complained of waits of up to 60 hours at the only open crossing."""

X4_TITLE = "Lithuania closes airport again over balloons from Belarus"
X4 = """Vilnius airport suspended flights for several hours on Friday after balloons carrying smuggled cigarettes drifted in from Belarus, Lithuanian officials said.

Lithuania has repeatedly closed its border with Belarus this autumn over the balloons, which it calls a hybrid attack. Minsk denies responsibility."""

X5_TITLE = "Nutrien raises potash shipment forecast"
X5 = """Canadian fertiliser producer Nutrien raised its forecast for global potash shipments on Wednesday, citing strong demand from farmers in Brazil and Southeast Asia.

The company now expects shipments of 71 million to 73 million tonnes this year. Its shares rose 4% in Toronto."""

X6_TITLE = "UK sanctions Russian oil traders in Dubai"
X6 = """Britain on Thursday imposed sanctions on five oil trading companies based in Dubai that it said helped Russia sell crude above the price cap.

The Foreign Office said the firms had handled more than 25 billion dollars of Russian oil. The measures freeze their assets in the United Kingdom."""

RX1_TITLE = "В Москве выпал рекордный снег"
RX1 = """В Москве в пятницу выпало до 25 сантиметров снега, сообщили синоптики. На дорогах образовались многокилометровые пробки, в аэропортах Шереметьево и Домодедово задержаны десятки рейсов.

Коммунальные службы вывели на улицы более 10 тысяч единиц техники."""

RX2_TITLE = "«Динамо» Минск выиграло Кубок Беларуси"
RX2 = """Минское «Динамо» в воскресенье стало обладателем Кубка Беларуси, обыграв в финале БАТЭ со счётом 2:1. Голы у победителей забили Иван Бахар и Роман Юзепчук.

Для «Динамо» это первый кубок с 2003 года."""
