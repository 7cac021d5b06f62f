# Base texts, part 1: the December release of 123 prisoners.
W1_TITLE = "Belarus frees 123 prisoners, including Nobel laureate Bialiatski, as US lifts potash sanctions"
W1 = """VILNIUS, Lithuania (AP) — Belarus on Saturday freed 123 prisoners, among them Nobel Peace Prize laureate Ales Bialiatski and opposition figure Maria Kolesnikova, after two days of talks with a U.S. delegation led by special envoy John Coale, who said Washington would lift sanctions on the country’s potash industry.

The release was announced by the state news agency Belta, which said President Alexander Lukashenko had signed pardons for the 123 people “in accordance with agreements reached with the American side.” Most of those freed were driven to the border with Ukraine, and several were expected to travel on to Lithuania.

Coale told reporters in Minsk that the talks had been “very productive” and that the United States was ready to remove potash, Belarus’ most valuable export, from its sanctions list. “As relations normalize, more and more sanctions will be lifted,” he said.

Bialiatski, the founder of the rights group Viasna, had served more than four years of a 10-year sentence on charges widely seen as politically motivated. Kolesnikova, a leader of the mass protests that followed the disputed 2020 presidential election, was sentenced to 11 years in 2021. Former presidential hopeful Viktar Babaryka was also among those released, according to his supporters.

Lukashenko, who has ruled Belarus for more than three decades, has been releasing prisoners in small groups since last year in an effort to end his isolation from the West. Viasna says more than 1,100 people remain behind bars for political reasons.

Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the release but warned that it should not be mistaken for a change of course. “People are still being arrested every day,” she said."""

W2_TITLE = "Belarus pardons 123 after talks with US envoy; Washington to ease potash curbs"
W2 = """MINSK, Dec 13 (Reuters) - Belarusian President Alexander Lukashenko pardoned 123 prisoners on Saturday, including Nobel laureate Ales Bialiatski, the state news agency Belta reported, after the United States agreed to lift sanctions on the country's potash fertiliser sector.

The move followed two days of talks in Minsk between Lukashenko and a U.S. delegation headed by John Coale, Washington's special envoy for Belarus. Coale told journalists that sanctions on potash, produced by state-owned Belaruskali, would be lifted and that further relief could follow if more prisoners were freed.

Belaruskali is one of the world's largest potash producers and the U.S. measures, imposed in 2021, cut the company off from much of the global fertiliser market. Potash accounted for around a fifth of global exports before the sanctions were introduced.

Those pardoned also included Maria Kolesnikova, one of the faces of the 2020 protests against Lukashenko's re-election, and several members of the Viasna human rights centre, according to rights activists.

The Belarusian opposition in exile said the release showed that pressure worked. Sviatlana Tsikhanouskaya, who ran against Lukashenko in 2020, said the remaining political prisoners must also be freed.

Lukashenko has pardoned hundreds of prisoners since 2024 as he seeks to improve relations with Washington under President Donald Trump. In September he freed 52 prisoners after a visit by Coale, in exchange for relief on sanctions against the state airline Belavia.

(Reporting by the Reuters bureau; Editing by a desk editor)"""

P1_TITLE = "Nobel laureate Ales Bialiatski walks free as Minsk and Washington strike potash deal"
P1 = """Ales Bialiatski, the Belarusian human rights defender who won the Nobel Peace Prize in 2022 while in a prison cell, is free. He was one of 123 people pardoned by Alexander Lukashenko on Saturday at the end of a two-day visit to Minsk by the American envoy John Coale.

In return, the United States will take Belarusian potash off its sanctions list, a concession Minsk has sought for years. Potash fertiliser was the country's biggest source of hard currency before 2021.

Bialiatski said he felt as if he had climbed out of icy water into a warm room. Maria Kolesnikova, the flautist who tore up her passport to avoid being deported in 2020, was also released, as was the banker Viktar Babaryka.

Rights campaigners cautioned that more than a thousand political prisoners remain in Belarusian jails and that new arrests continue."""

P2_TITLE = "What the Belarus prisoner release means for sanctions"
P2 = """The release of 123 prisoners in Belarus on Saturday is the largest since Alexander Lukashenko began pardoning his critics in small batches last year, and it came with a clear price tag: the lifting of American sanctions on potash.

John Coale, the special envoy appointed by President Donald Trump, spent two days in Minsk before the pardons were announced. He described the talks as very productive and hinted that other restrictions, including those on banks, could be reviewed.

Among those released were Ales Bialiatski and Maria Kolesnikova, both symbols of the 2020 protest movement. Most were taken to Ukraine; some will go on to Lithuania.

European governments are less eager. The EU's own sanctions on Belarusian potash remain in place, and diplomats in Brussels say there is no plan to follow Washington's lead while Minsk continues to support Russia's war against Ukraine."""

P3_TITLE = "Lukashenko releases Kolesnikova, Bialiatski and 121 others"
P3 = """Belarus has released Maria Kolesnikova and Ales Bialiatski along with 121 other prisoners, in a deal brokered by the U.S. envoy John Coale that will see Washington drop sanctions against the Belarusian potash industry.

Kolesnikova, who was serving an 11-year term, appeared in a video from the Ukrainian border smiling and thanking the Americans. Her sister said the family had learned of the release from the news.

The pardons, 123 in total according to the state agency Belta, follow earlier rounds of releases negotiated with the Trump administration. Opposition leader Sviatlana Tsikhanouskaya, speaking from Vilnius, said the releases were the result of pressure and that sanctions must stay until every political prisoner is free."""

P4_TITLE = "Belarus frees prisoners for potash: inside the Coale talks"
P4 = """For two days, the American envoy John Coale sat across the table from Alexander Lukashenko in Minsk. On Saturday the result was announced: 123 prisoners pardoned, and U.S. sanctions on Belarusian potash to be lifted.

Coale, a lawyer and longtime acquaintance of Donald Trump, has become the main channel between Washington and Minsk. He said after the meeting that the relationship was moving towards normalisation and that he expected more releases.

The freed prisoners include Ales Bialiatski, founder of Viasna, and Maria Kolesnikova. Viktar Babaryka, who tried to run for president in 2020, was also released according to his team.

Belarus's state potash company Belaruskali has struggled to sell its fertiliser since 2021, when the U.S. and EU imposed sanctions over the crackdown on protests."""

P5_TITLE = "Belarus: 123 political prisoners released in US-brokered deal"
P5 = """Belarusian authorities released 123 prisoners on Saturday in a deal with the United States, the largest single release since the crackdown of 2020. Among them were Nobel Peace Prize winner Ales Bialiatski and Maria Kolesnikova.

Washington in exchange lifted its sanctions on Belarusian potash, envoy John Coale said after talks with Alexander Lukashenko in Minsk.

Viasna, the human rights group founded by Bialiatski, said it was still counting how many of the 123 were political prisoners. It estimates that more than 1,100 people remain in prison for political reasons. Opposition leader Sviatlana Tsikhanouskaya called the release a victory for everyone who had campaigned for the prisoners."""

R1_TITLE = "Лукашенко помиловал 123 человека после переговоров с американской делегацией"
R1 = """МИНСК, 13 декабря. Президент Белоруссии Александр Лукашенко помиловал 123 человека, сообщило агентство БелТА. Решение принято по итогам двухдневных переговоров со специальным посланником США Джоном Коулом.

Среди освобождённых — лауреат Нобелевской премии мира Алесь Беляцкий и Мария Колесникова. По данным правозащитников, на свободу также вышел Виктор Бабарико.

Коул заявил журналистам, что Вашингтон снимет санкции с белорусского калия. «По мере нормализации отношений будут сниматься и другие санкции», — сказал он.

Большинство освобождённых вывезены на территорию Украины, часть из них направится в Литву."""

R2_TITLE = "Беляцкий и Колесникова на свободе: США снимают санкции с калия"
R2 = """Белорусские власти освободили 123 заключённых, в том числе Алеся Беляцкого и Марию Колесникову. В обмен США отменяют санкции против белорусской калийной отрасли, сообщил спецпосланник Джон Коул после встречи с Александром Лукашенко.

Светлана Тихановская назвала освобождение результатом давления на режим и призвала не ослаблять санкции, пока в тюрьмах остаются более тысячи политзаключённых."""
