P17_TITLE = "Freed Belarusian prisoners reach Lithuania and Ukraine"
P17 = """Buses carrying some of the 123 prisoners pardoned by Alexander Lukashenko reached the Ukrainian border on Saturday evening, hours after the Belarusian leader ended talks with the U.S. envoy John Coale.

Lithuanian officials said they were ready to receive the group that includes Maria Kolesnikova and Ales Bialiatski. The deal lifts American sanctions on Belarusian potash, Coale said. Viasna, the rights group Bialiatski founded, said it would publish a full list of the freed prisoners once it had confirmed their identities."""

P18_TITLE = "Belarus releases 52 in deal with Washington"
P18 = """Fifty-two prisoners were released by Belarus on Thursday and taken to Lithuania, in a deal struck with U.S. envoy John Coale that eases American sanctions on the airline Belavia.

Alexander Lukashenko called the release a humanitarian step. The prisoners included foreigners from Poland, Latvia and Lithuania; the opposition politician Mikola Statkevich refused to leave the country and was taken back to prison, witnesses said."""

R31_TITLE = "Лукашенко помиловал 31 гражданина Украины"
R31 = """Президент Белоруссии Александр Лукашенко помиловал 31 гражданина Украины, сообщила пресс-служба белорусского лидера. Помилованные переданы украинской стороне.

Решение принято «в знак доброй воли» по итогам договорённостей с президентом США Дональдом Трампом, достигнутых по просьбе Киева."""

V1_TITLE = "Bialiatski in Vilnius: 'I will keep fighting for those still in prison'"
V1 = """Ales Bialiatski, the Nobel Peace Prize laureate freed by Belarus at the weekend, gave his first news conference in Vilnius on Monday, saying he would continue his work for the political prisoners who remain in Belarusian jails.

Standing next to Sviatlana Tsikhanouskaya, the 63-year-old human rights defender described solitary confinement and months without letters from his wife. He said he had not asked Alexander Lukashenko for a pardon and had been told of his release only on the bus to the border.

Bialiatski said he planned to travel to Oslo and to Brussels in January."""

V2_TITLE = "Freed Nobel laureate Bialiatski speaks of isolation in Belarusian prison"
V2 = """Speaking to journalists in Vilnius on Monday, Ales Bialiatski said he had spent most of his four and a half years in prison in isolation, and that guards had withheld his letters.

The 63-year-old founder of Viasna, released on Saturday, said he would not rest while political prisoners remained behind bars in Belarus. Sviatlana Tsikhanouskaya, who attended the news conference, called him the conscience of the nation."""

X8_TITLE = "Belarus central bank keeps key rate at 9.75%"
X8 = """The National Bank of Belarus kept its refinancing rate unchanged at 9.75% on Wednesday, citing inflation risks from rising wages and a weaker Russian rouble.

The bank expects consumer price growth of about 6% next year. Most economists had expected the decision."""

X9_TITLE = "Estonia opens new hospital wing in Tartu"
X9 = """A new 240-bed wing of Tartu University Hospital opened on Thursday after three years of construction, Estonian health officials said.

The wing, which cost 118 million euros, houses an emergency department and intensive care units. It will take its first patients in January."""
