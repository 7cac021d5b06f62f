# Base texts, part 2: earlier pardon rounds (same people, other events).
W3_TITLE = "Belarus frees 52 prisoners after visit by US envoy; sanctions on Belavia eased"
W3 = """VILNIUS, Lithuania (AP) — Belarus released 52 prisoners on Thursday, including citizens of Lithuania, Poland and Latvia, after a visit to Minsk by U.S. envoy John Coale, who announced that Washington would ease sanctions on the state airline Belavia.

The prisoners were driven in a convoy of buses to the Lithuanian border. Among them was opposition politician Mikola Statkevich, who according to fellow prisoners refused to cross the border and was taken back to Belarus by guards.

Coale, who met President Alexander Lukashenko for several hours, said the lifting of the Belavia sanctions would allow the airline to service and buy parts for its Boeing aircraft. He carried a letter from President Donald Trump and said the two countries were discussing a possible reopening of the U.S. embassy in Minsk.

Lukashenko freed 14 prisoners in June after a visit by Trump’s envoy Keith Kellogg, including opposition figure Siarhei Tsikhanouski. The rights group Viasna counts more than 1,150 political prisoners in Belarus.

Lithuanian officials confirmed that the freed prisoners had crossed into the country and were receiving medical checks."""

P6_TITLE = "Statkevich refuses to leave Belarus as 52 prisoners are freed"
P6 = """Mikola Statkevich, a veteran opponent of Alexander Lukashenko, refused to be deported to Lithuania on Thursday when Belarus freed 52 prisoners in a deal with the United States, according to people who travelled with him.

The release came hours after the American envoy John Coale met Lukashenko in Minsk and announced relief for Belavia, the national carrier, which has been unable to maintain its fleet under U.S. sanctions.

Statkevich stayed behind at the border and was returned to a Belarusian prison, his supporters said. The others, including several foreigners, were received by Lithuanian officials in Vilnius."""

P7_TITLE = "Belavia relief in exchange for 52 prisoners"
P7 = """Washington will lift sanctions on the Belarusian state airline Belavia after Minsk released 52 prisoners, U.S. envoy John Coale said on Thursday following talks with Alexander Lukashenko.

The deal allows Belavia to obtain spare parts and maintenance for its aircraft. It is the first sanctions relief granted to Belarus since the crackdown on the 2020 protests.

The released prisoners were taken by bus to Lithuania. Among them were citizens of Poland and Latvia. Coale said further releases were discussed and that a larger deal could follow."""

P8_TITLE = "US envoy Coale in Minsk: prisoners freed, airline sanctions eased"
P8 = """Belarus freed 52 people on Thursday in what officials in Washington called a goodwill gesture, after special envoy John Coale delivered a letter from Donald Trump to Alexander Lukashenko.

The United States in return eased sanctions on Belavia. Lukashenko said Belarus was ready for a "big deal" with America. Opposition leader Sviatlana Tsikhanouskaya thanked the U.S. for the release but said that Mikola Statkevich's refusal to leave showed that people should not be forced into exile."""

R3_TITLE = "Лукашенко освободил 52 заключённых после визита Коула"
R3 = """Белоруссия освободила 52 заключённых после визита в Минск спецпосланника США Джона Коула, который объявил о снятии санкций с авиакомпании «Белавиа». Освобождённых вывезли на автобусах к литовской границе.

Политик Николай Статкевич, по словам очевидцев, отказался покидать страну и был возвращён в колонию."""

W4_TITLE = "Belarus pardons 31 Ukrainians in 'gesture of goodwill'"
W4 = """TALLINN, Estonia (AP) — Belarusian President Alexander Lukashenko has pardoned 31 Ukrainians imprisoned in Belarus for various crimes, the state news agency Belta reported Saturday.

The release was described as "a gesture of goodwill" tied to agreements reached in conversations between Lukashenko and U.S. President Donald Trump, made at the request of Ukraine. Belta said the pardoned Ukrainians had been handed over to officials in Kyiv.

Earlier in the week, Lukashenko freed two Catholic priests at the request of the Vatican.

Belarus has been a close ally of Russia and allowed Moscow to use its territory to send troops into Ukraine in 2022. It has also served as a venue for prisoner exchanges between Moscow and Kyiv.

Lukashenko's press service said further talks with Washington were expected in December and that "Belarus is open to dialogue.\""""

P9_TITLE = "Ukraine receives 31 citizens pardoned by Lukashenko"
P9 = """Thirty-one Ukrainian citizens who had served sentences in Belarus returned home on Saturday after being pardoned by Alexander Lukashenko, Ukraine's ombudsman said.

Minsk said the 31 were released as a gesture of goodwill following the Belarusian leader's talks with Donald Trump. Kyiv thanked the United States for its mediation. Most of the 31 had been convicted of smuggling, illegal border crossing and, in several cases, of collaborating with Ukrainian intelligence."""

P10_TITLE = "Minsk hands over 31 Ukrainian prisoners to Kyiv"
P10 = """Belarus on Saturday handed 31 Ukrainian prisoners over to Kyiv after Alexander Lukashenko signed pardons for them, Belta said, calling the move a goodwill gesture agreed with the U.S. President Donald Trump.

The 31 crossed the border at a checkpoint in the Chernihiv region. Analysts in Vilnius said Minsk was using prisoners as bargaining chips ahead of December talks with the U.S."""

Q1_TITLE = "Belarus frees two Catholic priests at Vatican's request"
Q1 = """Belarus has released two Catholic priests who had been sentenced to long prison terms, after a request from the Vatican, the Catholic Church in Belarus said on Tuesday.

Father Henrykh Akalatovich and Father Andrzej Juchniewicz were pardoned by Alexander Lukashenko and flown to Rome. The Vatican's secretary of state thanked the Belarusian authorities. Both priests had been accused of treason, charges the church said were unfounded."""

Q2_TITLE = "Vatican welcomes release of priests jailed in Belarus"
Q2 = """The Holy See said it welcomed the release of two Catholic priests from Belarusian prisons, Father Henrykh Akalatovich and Father Andrzej Juchniewicz, after Pope Leo asked for their freedom.

Alexander Lukashenko signed the pardons after meeting a Vatican envoy in Minsk. Catholics make up about a tenth of the Belarusian population, and several priests have been prosecuted since 2020 for supporting the protests."""

W5_TITLE = "Lukashenko frees 42 jailed activists in Victory Day pardon"
W5 = """TALLINN, Estonia (AP) — Alexander Lukashenko said on Wednesday he had pardoned 42 opposition activists serving prison terms, a move observers in neighbouring countries read as another overture to Washington and Brussels.

The pardons were timed to the 80th anniversary of the Soviet victory over Nazi Germany, the Belarusian leader's office said. Of the 42, fourteen have long-term illnesses or disabilities and ten are older than 50, officials added without naming any of them.

Lukashenko also signed an amnesty covering some 8,000 people serving sentences for ordinary crimes. Pavel Sapelka of the rights group Viasna said almost none of the country's political prisoners would qualify, because the amnesty excludes the articles on "extremism" used against them.

The crackdown that followed the disputed 2020 presidential vote sent tens of thousands of Belarusians through police stations and courts; rights groups put the number detained at over 65,000.

Viasna now counts 1,177 political prisoners in Belarus. Its founder, the Nobel peace laureate Ales Bialiatski, remains among them."""

P11_TITLE = "Victory Day pardons: Lukashenko frees 42 and announces amnesty for 8,000"
P11 = """Ahead of the 80th anniversary of victory in the Second World War, Alexander Lukashenko pardoned 42 people convicted of "extremism" and announced an amnesty that will free or shorten the sentences of about 8,000 others.

Officials said all 42 had admitted guilt and asked for clemency. Rights defender Pavel Sapelka of Viasna said the amnesty excludes almost all political prisoners, and that Ales Bialiatski and other well-known figures remain in prison."""

P12_TITLE = "Belarus: 42 activists pardoned, rights groups unimpressed"
P12 = """Belarusian rights groups reacted coolly on Wednesday to the pardon of 42 opposition activists by President Alexander Lukashenko, saying the number was small compared with the 1,177 political prisoners they count.

Lukashenko tied the gesture to the anniversary of the end of World War II. Sviatlana Tsikhanouskaya welcomed the news but said "we shouldn't rest until all political prisoners are freed"."""

W6_TITLE = "Lukashenko pardons 16 on Independence Day"
W6 = """MINSK — President Alexander Lukashenko pardoned 16 people on Thursday to mark Belarus’ Independence Day, his press service said, in a move seen as another signal to Washington.

Eight men and eight women were pardoned, the press service said. Nine have underage children, several are elderly or chronically ill, and all had repented and pledged to obey the law, it added.

Speaking at the Mound of Glory memorial, Lukashenko accused the West of trying to “burn all its debts and problems in a world fire.” He also complained that some prisoners released earlier at the request of the Americans had spoken to the media, contrary to what he said had been agreed.

Former opposition figure Valery Kovalevsky said more than 300 people had been released through pardons over the past year."""

P13_TITLE = "Independence Day clemency: 16 convicts pardoned in Belarus"
P13 = """Sixteen people convicted of extremism-related offences were pardoned by Alexander Lukashenko on Belarus's Independence Day, July 3. The press service said eight of them were women and that all had asked for clemency.

The pardon came as a U.S. delegation of Republican and Democratic politicians and business leaders visited Minsk for talks with Belarusian lawmakers."""

P14_TITLE = "Lukashenko frees 16, attacks the West in holiday speech"
P14 = """On Independence Day, Alexander Lukashenko combined clemency with harsh rhetoric: he pardoned 16 prisoners while accusing the West of plotting a world war in a speech at the Mound of Glory.

Analyst Valery Kovalevsky said the pardons were part of a long negotiation between Minsk and Washington and predicted more releases. Lukashenko said the Americans had promised him that freed prisoners would not criticise him in public."""
