"""English texts of the seventy-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None

DOCS = [
dict(id='p001', date='2024-04-09', lang='en',
     event='2024 Ural flood after the Orsk dam breach (Orenburg Oblast, Russia; not counted): the Khobda floods 54 yards in Kobda (Aktobe Region), a fisherman drowns on the Chagan near Yanvartsevo (West Kazakhstan Region), the Tobol floods 38 houses in Altynsarino (Kostanay Region); Kurgan preparing; Oral and Atyrau only threatened; rescuers from seven regions; commission from Astana',
     text="""Ural flood: water from burst Orsk dam heads for Orenburg and the Kazakh border
ORAL, April 9 (Kazinform) - Water from the Ural, swollen after a dam gave way in the Russian city of Orsk on Friday night, is moving downstream towards Orenburg and the border with Kazakhstan. Officials in West Kazakhstan region say the river may reach the danger mark in Oral by the middle of next week.

In Orsk more than 6,000 houses are under water, the emergencies ministry of Russia reported on Tuesday. Kazakhstan's consulate in Orenburg said three Kazakh citizens, lorry drivers from Aktobe, had been taken off the roof of a flooded car park there and were safe.

On the Kazakh side the worst damage so far is along smaller rivers. In Aktobe region the Khobda burst its banks overnight and flooded 54 yards in the district centre of Kobda, the regional akimat said. In West Kazakhstan region a 58-year-old fisherman drowned on Monday when his boat capsized on the Chagan north of Oral; his body was found near the village of Yanvartsevo. About 300 residents of Yanvartsevo have since been moved to a school in Oral as a precaution.

Further east, the Tobol is rising fast. In Kostanay region water entered 38 houses in the village of Altynsarino, north of Kostanay, before dawn, and traffic on the Kostanay-Troitsk road was diverted.

Downstream, in Russia's Kurgan region, the authorities have told people in low-lying parts of Kurgan to be ready to leave, as the Tobol is expected to peak there at the weekend. "Whatever happens in Kostanay reaches us three or four days later," a Kurgan official told local television.

In Atyrau, near the mouth of the Ural, the city akimat said it was strengthening the dikes but did not expect high water before May. Rescuers from seven regions have been sent to the West Kazakhstan and Aktobe regions, and a government commission arrived from Astana on Tuesday.""",
     ann=[
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; the river crosses from Russia into Kazakhstan'}),
        ('Orsk', 0, 'foreign', 'Orsk', N, {'note': 'headline; city in Orenburg Oblast, Russia'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'headline'}),
        ('ORAL', 0, 'city', 'Oral', 'West Kazakhstan Region', {'note': 'dateline'}),
        ('Ural', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Orsk', 1, 'foreign', 'Orsk', N, {'note': 'dam breach abroad, not counted'}),
        ('Orenburg', 1, 'foreign', 'Orenburg', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('West Kazakhstan region', 0, 'region', 'West Kazakhstan Region', 'West Kazakhstan Region'),
        ('Oral', 0, 'city', 'Oral', 'West Kazakhstan Region', {'note': 'NI:forecast; the river has not reached the city'}),
        ('Orsk', 2, 'foreign', 'Orsk', N, {'note': 'flood abroad, not counted'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'inside the name of an authority'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (consulate)'}),
        ('Orenburg', 2, 'foreign', 'Orenburg', N, {'note': 'seat of the consulate; rescue abroad'}),
        ('Aktobe', 0, 'city', 'Aktobe', 'Aktobe Region', {'note': 'NI:origin of the drivers'}),
        ('Aktobe region', 0, 'region', 'Aktobe Region', 'Aktobe Region'),
        ('Khobda', 0, 'facility', 'Khobda River', N, {'subkind': 'river'}),
        ('Kobda', 0, 'village', 'Kobda', 'Aktobe Region', {'note': 'district centre; 54 yards flooded'}),
        ('West Kazakhstan region', 1, 'region', 'West Kazakhstan Region', 'West Kazakhstan Region'),
        ('Chagan', 0, 'facility', 'Chagan River', N, {'subkind': 'river'}),
        ('Oral', 1, 'city', 'Oral', 'West Kazakhstan Region', {'note': 'NI:reference point ("north of Oral")'}),
        ('Yanvartsevo', 0, 'village', 'Yanvartsevo', 'West Kazakhstan Region', {'note': 'where the drowned fisherman was found'}),
        ('Yanvartsevo', 1, 'village', 'Yanvartsevo', 'West Kazakhstan Region', {'note': 'NI:precautionary evacuation'}),
        ('Oral', 2, 'city', 'Oral', 'West Kazakhstan Region', {'note': 'NI:evacuation destination'}),
        ('Tobol', 0, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Kostanay region', 0, 'region', 'Kostanay Region', 'Kostanay Region'),
        ('Altynsarino', 0, 'village', 'Altynsarino', 'Kostanay Region', {'note': '38 houses flooded; north of Kostanay on the Tobol'}),
        ('Kostanay', 1, 'city', 'Kostanay', 'Kostanay Region', {'note': 'NI:reference point'}),
        ('Kostanay', 2, 'city', 'Kostanay', 'Kostanay Region', {'note': 'NI:road endpoint'}),
        ('Troitsk', 0, 'foreign', 'Troitsk', N, {'note': 'road endpoint; town in Chelyabinsk Oblast, Russia'}),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Kurgan region', 0, 'foreign', 'Kurgan Oblast', N),
        ('Kurgan', 1, 'foreign', 'Kurgan', N, {'note': 'regional capital in Russia; only preparing'}),
        ('Tobol', 1, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Kostanay', 3, 'city', 'Kostanay', 'Kostanay Region', {'note': "NI:in a Russian official's quote"}),
        ('Kurgan', 2, 'foreign', 'Kurgan', N, {'note': 'inside "a Kurgan official"'}),
        ('Atyrau', 0, 'city', 'Atyrau', 'Atyrau Region', {'note': 'NI:dikes strengthened, no high water expected before May'}),
        ('Ural', 2, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': "rescuers' home regions; not about incidents"}),
        ('West Kazakhstan', 2, 'region', 'West Kazakhstan Region', 'West Kazakhstan Region', {'note': 'in a list sharing "regions"; rescuers sent'}),
        ('Aktobe', 2, 'region', 'Aktobe Region', 'Aktobe Region', {'note': 'in a list sharing "regions"; rescuers sent'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the government commission'}),
     ],
     inc={'Aktobe Region': (1, 'flood: the Khobda flooded 54 yards in Kobda'),
          'West Kazakhstan Region': (1, 'deadly mishap: fisherman drowned when his boat capsized on the Chagan near Yanvartsevo; the evacuation of Yanvartsevo and the forecast for Oral are not incidents'),
          'Kostanay Region': (1, 'flood: the Tobol flooded 38 houses in Altynsarino')}),

dict(id='p002', date='2010-04-09', lang='en',
     event='2010 unrest in Kyrgyzstan (Bishkek, Talas; not counted): Kazakhstan closes the Korday checkpoint (Jambyl Region); traders from Karatau, centre of the Kazakh Talas district, vs the Kyrgyz town of Talas; flights from Almaty suspended; no incident in Kazakhstan',
     text="""Kazakhstan shuts Kyrgyz border after Bishkek unrest
ALMATY, April 9 (Interfax-Kazakhstan) - Kazakhstan closed its border with Kyrgyzstan on Thursday after two days of unrest in which dozens of people were killed in Bishkek and government buildings were seized in Talas, the Kyrgyz town where the protests began on Tuesday.
Only Kazakh citizens returning home are being let through the Korday checkpoint in Jambyl region, the border service said. About 400 lorries were queuing on the Kyrgyz side at Ak-Zhol by Thursday evening.
Traders from Karatau, the centre of Talas district in Jambyl region, said they had cancelled their weekly trips to the bazaar in Talas across the border. "Our Talas and their Talas are a hundred kilometres apart, but today it feels like another world," one of them said.
The foreign ministry in Astana said no citizens of Kazakhstan were among the victims. Flights from Almaty to Bishkek and Osh remain suspended.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'unrest abroad, not counted'}),
        ('Talas', 0, 'foreign', 'Talas (Kyrgyzstan)', N, {'note': 'the Kyrgyz town, not the Talas district of Jambyl Region; seizures abroad, not counted'}),
        ('Korday checkpoint', 0, 'facility', 'Korday checkpoint', 'Jambyl Region', {'subkind': 'border checkpoint', 'note': 'border closed; a measure, not an incident'}),
        ('Jambyl region', 0, 'region', 'Jambyl Region', 'Jambyl Region', {'note': 'NI:location of the checkpoint'}),
        ('Ak-Zhol', 0, 'foreign', 'Ak-Zhol checkpoint (Kyrgyzstan)', N, {'subkind': 'border checkpoint', 'note': 'the Kyrgyz checkpoint opposite Korday'}),
        ('Karatau', 0, 'city', 'Karatau', 'Jambyl Region', {'note': 'NI:origin of traders'}),
        ('Talas district', 0, 'district', 'Talas District', 'Jambyl Region', {'note': 'NI:Kazakh district with its centre in Karatau'}),
        ('Jambyl region', 1, 'region', 'Jambyl Region', 'Jambyl Region', {'note': 'NI:location of the district'}),
        ('Talas', 2, 'foreign', 'Talas (Kyrgyzstan)', N, {'note': 'the Kyrgyz town across the border'}),
        ('Talas', 3, 'district', 'Talas District', 'Jambyl Region', {'uncertain': True, 'note': 'NI:"our Talas" in a Kazakh trader\'s quote; read as the Kazakh Talas district (could also mean the river or the valley)'}),
        ('Talas', 4, 'foreign', 'Talas (Kyrgyzstan)', N, {'note': '"their Talas": the Kyrgyz town'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight origin'}),
        ('Bishkek', 2, 'foreign', 'Bishkek', N),
        ('Osh', 0, 'foreign', 'Osh', N),
     ],
     inc={}),

dict(id='p003', date='2024-01-23', lang='en',
     event='2024 magnitude-7 earthquake in Wushi county, Aksu prefecture (Xinjiang, China; not counted) felt in Almaty, Almaty Region (Talgar, Esik) and Jetisu Region (cracks in a school in Aksu district); Aksu in Pavlodar Region only asked about; Bishkek and Karakol in Kyrgyzstan',
     text="""Strong quake in China's Aksu prefecture shakes Almaty
ALMATY, Jan 23 (Tengrinews English) - A magnitude 7.0 earthquake struck Wushi county in the Aksu prefecture of China's Xinjiang region late on Monday, and tremors of up to five points were felt in Almaty, where thousands of residents spent the night outdoors in twenty degrees of frost.
The epicentre lay about 300 km south-east of Almaty, close to the Kyrgyz border, Kazakhstan's seismological institute said. The tremors were also felt in Almaty region, including Talgar and Esik, and in Jetisu region, where the emergencies department in Taldykorgan reported cracks in the walls of a school in Aksu district. Nobody was hurt in Kazakhstan.
In Xinjiang three people were killed and dozens of houses collapsed, Chinese state media reported. The shaking was also felt in Bishkek and in Karakol in Kyrgyzstan.
Several readers in Aksu, in Pavlodar region, wrote to ask whether the town named in the first reports was theirs. It is not: their Aksu lies some 1,200 km to the north.""",
     ann=[
        ('China', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('Aksu prefecture', 0, 'foreign', 'Aksu Prefecture (China)', N, {'note': 'headline; not Aksu in Pavlodar Region or Aksu district of Jetisu Region'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Wushi county', 0, 'foreign', 'Wushi County (China)', N, {'note': 'epicentre abroad, not counted'}),
        ('Aksu prefecture', 1, 'foreign', 'Aksu Prefecture (China)', N),
        ('China', 1, 'foreign', 'China', N),
        ('Xinjiang region', 0, 'foreign', 'Xinjiang', N),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'shaken by the earthquake'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point for the epicentre'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': "inside the name of an institute (Kazakhstan's seismological institute)"}),
        ('Almaty region', 0, 'region', 'Almaty Region', 'Almaty Region', {'note': 'shaken by the earthquake'}),
        ('Talgar', 0, 'city', 'Talgar', 'Almaty Region'),
        ('Esik', 0, 'city', 'Esik', 'Almaty Region'),
        ('Jetisu region', 0, 'region', 'Jetisu Region', 'Jetisu Region', {'note': 'shaken by the earthquake'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', 'Jetisu Region', {'note': 'NI:seat of the emergencies department'}),
        ('Aksu district', 0, 'district', 'Aksu District (Jetisu)', 'Jetisu Region', {'note': 'cracks in a school; the Jetisu district, not the Chinese prefecture'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Xinjiang', 1, 'foreign', 'Xinjiang', N, {'note': 'deaths abroad, not counted'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Karakol', 0, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'not the village of Karakol in Abai Region'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Aksu', 3, 'city', 'Aksu (Pavlodar)', 'Pavlodar Region', {'note': 'NI:residence of readers; the Pavlodar town, not the epicentre'}),
        ('Pavlodar region', 0, 'region', 'Pavlodar Region', 'Pavlodar Region', {'note': 'NI:location of the town'}),
        ('Aksu', 4, 'city', 'Aksu (Pavlodar)', 'Pavlodar Region', {'note': 'NI:"their Aksu", the Pavlodar town'}),
     ],
     inc={'Almaty': (1, 'earthquake felt (up to five points), residents spent the night outdoors'),
          'Almaty Region': (1, 'earthquake felt in Talgar and Esik'),
          'Jetisu Region': (1, 'earthquake felt; cracks in the walls of a school in Aksu district')}),

dict(id='p004', date='2008-09-02', lang='en',
     event='2008 steppe fire from Omsk Oblast (Russia) crosses into Zhelezin district and burns three houses in Mikhailovka (Pavlodar Region); a separate grass fire in Irtysh district; crews from Pavlodar, Ekibastuz and Omsk',
     text="""Steppe fire crosses from Omsk region into Pavlodar region
PAVLODAR, Sept 2 (KazTAG) - A steppe fire that started in Russia's Omsk region crossed the border into Zhelezin district of Pavlodar region on Monday afternoon and burned three houses and a cattle shed in the village of Mikhailovka, the regional emergencies department said. Nobody was hurt; 40 residents spent the night with relatives.
Officials in Omsk said the fire had begun near the Russian village of Odesskoye, where farmers were burning stubble despite a ban. Driven by a westerly wind, the front reached about 12 km in length. Crews from Pavlodar and Ekibastuz were sent to help the district firefighters, and the blaze was stopped before it reached Zhelezinka, the district centre.
In a separate incident on the same day, about 300 hectares of grass burned in Irtysh district, near the Irtysh river. The cause there was a cigarette thrown from a car, police said.""",
     ann=[
        ('Omsk region', 0, 'foreign', 'Omsk Oblast', N, {'note': 'headline; fire started abroad'}),
        ('Pavlodar region', 0, 'region', 'Pavlodar Region', 'Pavlodar Region', {'note': 'headline'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', 'Pavlodar Region', {'note': 'dateline'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Omsk region', 1, 'foreign', 'Omsk Oblast', N),
        ('Zhelezin district', 0, 'district', 'Zhelezin District', 'Pavlodar Region'),
        ('Pavlodar region', 1, 'region', 'Pavlodar Region', 'Pavlodar Region'),
        ('Mikhailovka', 0, 'village', 'Mikhailovka (Zhelezin district)', 'Pavlodar Region', {'note': 'three houses and a shed burned; a common village name'}),
        ('Omsk', 2, 'foreign', 'Omsk', N, {'note': 'seat of officials'}),
        ('Odesskoye', 0, 'foreign', 'Odesskoye (Omsk Oblast)', N, {'note': 'village in Russia where the fire began'}),
        ('Pavlodar', 2, 'city', 'Pavlodar', 'Pavlodar Region', {'note': 'NI:origin of fire crews'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', 'Pavlodar Region', {'note': 'NI:origin of fire crews'}),
        ('Zhelezinka', 0, 'village', 'Zhelezinka', 'Pavlodar Region', {'note': 'NI:district centre the fire did not reach'}),
        ('Irtysh district', 0, 'district', 'Irtysh District', 'Pavlodar Region', {'note': 'grass fire; the district, not the river'}),
        ('Irtysh river', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
     ],
     inc={'Pavlodar Region': (2, 'steppe fire crossing from Omsk Oblast burned three houses and a shed in Mikhailovka, Zhelezin district; separate grass fire in Irtysh district')}),

dict(id='p005', date='1995-06-14', lang='en',
     event="1995 border trade with Xinjiang in Taldykorgan Region (abolished 1997; labelled Almaty Region): market fire in Zharkent (the former Panfilov), flash flood of the Khorgos river in Aidarly, traders' protest at the regional administration in Taldykorgan; bus of Kazakh traders overturned near Ghulja (China, not counted); Khorgos and Druzhba crossings; Akmola as the future capital",
     text="""Border trade with China booms, but a hard week for Taldykorgan region
TALDYKORGAN, June 14 (Reuters) - Two years after the Khorgos crossing opened to private traders, hundreds of buses a week now carry shuttle traders from Alma-Ata and Taldykorgan to the wholesale markets of Ghulja and Urumqi in China's Xinjiang region, and bring back clothes, thermos flasks and televisions.

The boom has its costs. On Sunday night a fire destroyed 30 stalls full of Chinese goods at the bazaar in Zharkent, the town near the border that was called Panfilov until 1991. Traders said the stalls were not insured. Two days later a flash flood on the Khorgos river, which forms the border here, washed away a bridge and flooded 17 houses in the village of Aidarly, the Taldykorgan regional administration said.

On Tuesday about 200 traders protested outside the regional administration in Taldykorgan against new customs duties on goods brought in by bus. "We feed half the region and they treat us like smugglers," said one of them, a woman from Tekeli.

On the Chinese side, a bus carrying 28 traders from Kazakhstan overturned near Ghulja on Monday; 12 people were hurt and treated in a hospital in Ghulja, the Kazakh consulate in Urumqi said.

The railway crossing at Druzhba, further north in the same region, handled a record 90,000 tonnes of freight in May, officials said. Cargo from there goes on to Almaty and, increasingly, to Akmola, which parliament last year chose as the future capital.

Officials in Almaty are considering merging the region with its larger neighbour, Almaty region, as part of a plan to cut the number of regions. "Nothing has been decided," an official of the regional administration said.""",
     ann=[
        ('China', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('Taldykorgan region', 0, 'region', 'Almaty Region', 'Almaty Region', {'uncertain': True, 'note': 'headline; Taldykorgan Region, abolished 1997 and merged into Almaty Region; labelled with the unit that took over its land'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', 'Almaty Region', {'note': 'dateline; in Taldykorgan Region in 1995 (merged into Almaty Region in 1997)'}),
        ('Khorgos crossing', 0, 'facility', 'Khorgos checkpoint', 'Almaty Region', {'subkind': 'border checkpoint', 'note': 'Kazakh side of the crossing'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of traders; Soviet and Russian name'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', 'Almaty Region', {'note': 'NI:origin of traders'}),
        ('Ghulja', 0, 'foreign', 'Ghulja (Yining)', N),
        ('Urumqi', 0, 'foreign', 'Urumqi', N),
        ('China', 1, 'foreign', 'China', N),
        ('Xinjiang region', 0, 'foreign', 'Xinjiang', N),
        ('Zharkent', 0, 'city', 'Zharkent', 'Almaty Region', {'note': 'market fire; in Taldykorgan Region in 1995'}),
        ('Panfilov', 0, 'city', 'Zharkent', 'Almaty Region', {'note': 'Soviet name of Zharkent (until 1991), background'}),
        ('Khorgos river', 0, 'facility', 'Khorgos River', N, {'subkind': 'river', 'note': 'border river between Kazakhstan and China'}),
        ('Aidarly', 0, 'village', 'Aidarly', 'Almaty Region', {'note': '17 houses flooded'}),
        ('Taldykorgan', 2, 'region', 'Almaty Region', 'Almaty Region', {'uncertain': True, 'note': 'inside the name of an authority (regional administration) of the abolished Taldykorgan Region'}),
        ('Taldykorgan', 3, 'city', 'Taldykorgan', 'Almaty Region', {'note': "traders' protest outside the regional administration"}),
        ('Tekeli', 0, 'city', 'Tekeli', 'Almaty Region', {'note': 'NI:origin of a protester'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'origin of the bus passengers'}),
        ('Ghulja', 1, 'foreign', 'Ghulja (Yining)', N, {'note': 'bus accident abroad, not counted'}),
        ('Ghulja', 2, 'foreign', 'Ghulja (Yining)', N),
        ('Urumqi', 1, 'foreign', 'Urumqi', N, {'note': 'seat of the consulate'}),
        ('Druzhba', 0, 'facility', 'Dostyk railway station', 'Almaty Region', {'subkind': 'railway station', 'note': 'NI:railway border crossing (Druzhba, now Dostyk); freight record'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:freight destination'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the city of Akmola, chosen in 1994 as the future capital; not Akmola Region'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Almaty region', 0, 'region', 'Almaty Region', 'Almaty Region', {'note': 'NI:planned merger'}),
     ],
     inc={'Almaty Region': (3, "fire destroying 30 stalls at the Zharkent bazaar; flash flood of 17 houses in Aidarly; traders' protest in Taldykorgan (Taldykorgan Region in 1995, merged into Almaty Region in 1997); the bus accident near Ghulja is abroad")}),

dict(id='p006', date='2018-07-04', lang='en',
     event='2018 bus from Tashkent overturns after the Zhibek Zholy checkpoint, Saryagash district, 11 hurt (Turkistan Region, two weeks after the renaming); Shymkent as its own unit (dateline, destination, hospital); South Kazakhstan recalled',
     text="""Bus from Tashkent overturns near border, 11 hurt
SHYMKENT, July 4 (Kazinform) - A bus carrying 34 passengers from Tashkent to Shymkent overturned on Wednesday morning shortly after passing through the Zhibek Zholy checkpoint in Saryagash district, injuring 11 people, the police of Turkistan region said.
Most of the passengers were citizens of Uzbekistan travelling to markets in Shymkent and Almaty. The injured were taken to the district hospital in Saryagash; two of them, in serious condition, were later moved to Shymkent.
It was the first serious crash on the road since Uzbekistan and Kazakhstan eased border rules in March, when traffic through Zhibek Zholy doubled. The driver, who is in custody, told investigators he had fallen asleep at the wheel, police said.
The region was called South Kazakhstan until last month, when Shymkent became a city of republican significance and the regional administration began moving to Turkestan.""",
     ann=[
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'headline; origin of the bus'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'route endpoint'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint (destination)'}),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy checkpoint', 'Turkistan Region', {'subkind': 'border checkpoint', 'note': 'the bus overturned shortly after it'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', 'Turkistan Region'),
        ('Turkistan region', 0, 'region', 'Turkistan Region', 'Turkistan Region', {'note': 'inside the name of an authority (police)'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Saryagash', 1, 'city', 'Saryagash', 'Turkistan Region', {'note': 'NI:hospital'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Zhibek Zholy', 1, 'facility', 'Zhibek Zholy checkpoint', 'Turkistan Region', {'subkind': 'border checkpoint', 'note': 'NI:traffic statistics'}),
        ('South Kazakhstan', 0, 'region', 'Turkistan Region', 'Turkistan Region', {'uncertain': True, 'note': 'NI:former name of the region, renamed Turkistan Region on 2018-06-19; labelled with the unit on the article date'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background on the reform'}),
        ('Turkestan', 0, 'city', 'Turkistan', 'Turkistan Region', {'note': 'NI:new seat of the regional administration'}),
     ],
     inc={'Turkistan Region': (1, 'bus overturned after the Zhibek Zholy checkpoint, Saryagash district, 11 hurt')}),

dict(id='p007', date='2021-11-18', lang='en',
     event='2021 Kazakh lorries stranded at the Temirbaba checkpoint on the Turkmen border (Karakiya district, Mangystau Region); a lorry burns in the queue; drivers from Aktau, Zhanaozen and Shymkent bound for Turkmenbashi, Ashgabat and Iran; wagons held at Bolashak station',
     text="""Lorry burns as Kazakh drivers wait a week at Turkmen border
ZHANAOZEN, Nov 18 (Vlast.kz) - More than 200 Kazakh lorries have been stuck for over a week at the Temirbaba checkpoint in Karakiya district of Mangystau region, after Turkmenistan cut the number of vehicles it lets in each day, citing the coronavirus.
On Tuesday night a lorry loaded with sunflower oil caught fire in the queue. Its driver, a man from Aktau, was treated for burns in Zhanaozen, the regional emergencies department said. Other drivers pushed their vehicles away from the flames.
"We have no water and no toilets, and some of us have been here since November 8," said a driver from Shymkent bound for Turkmenbashi. Most of the cargo is headed for Ashgabat and on to Iran.
Freight wagons are also piling up at the nearby Bolashak railway station, the last stop before the border, the national railway company said. Turkmenistan's embassy in Nur-Sultan did not respond to a request for comment.""",
     ann=[
        ('ZHANAOZEN', 0, 'city', 'Zhanaozen', 'Mangystau Region', {'note': 'dateline'}),
        ('Temirbaba checkpoint', 0, 'facility', 'Temirbaba checkpoint', 'Mangystau Region', {'subkind': 'border checkpoint', 'note': 'lorries stranded; a lorry burned in the queue'}),
        ('Karakiya district', 0, 'district', 'Karakiya District', 'Mangystau Region'),
        ('Mangystau region', 0, 'region', 'Mangystau Region', 'Mangystau Region'),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Aktau', 0, 'city', 'Aktau', 'Mangystau Region', {'note': 'NI:origin of the driver'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', 'Mangystau Region', {'note': 'NI:hospital'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of a driver'}),
        ('Turkmenbashi', 0, 'foreign', 'Turkmenbashi', N, {'note': 'destination'}),
        ('Ashgabat', 0, 'foreign', 'Ashgabat', N),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Bolashak railway station', 0, 'facility', 'Bolashak railway station', 'Mangystau Region', {'subkind': 'railway station', 'note': 'NI:wagons piling up'}),
        ('Turkmenistan', 1, 'foreign', 'Turkmenistan', N, {'note': 'inside the name of an authority (embassy)'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the embassy; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={'Mangystau Region': (1, 'lorry fire in the queue at the Temirbaba checkpoint, driver burned; the week-long queue itself is not an incident')}),

dict(id='p008', date='2022-07-15', lang='en',
     event="2022 eastern border week: fire in a customs warehouse at the Bakhty checkpoint, Urzhar district (Abai Region, five weeks old); Tacheng (China) under lockdown; mudflow floods 12 houses in Zaisan and a sawmill fire in the town of Altai (East Kazakhstan Region); Maikapshagai closed by China; drivers from Karakol (Abai Region); Altay prefecture of China and Russia's Altai Republic",
     text="""Fire at Bakhty, mud in Zaisan: a week on the eastern border
SEMEY, July 15 (Kazinform) - A fire broke out on Wednesday in a customs warehouse at the Bakhty checkpoint on the border with China, destroying three lorries and part of a consignment of Chinese tyres, the emergencies department of Abai region said. No one was hurt.

Bakhty, in Urzhar district, was part of East Kazakhstan region until June 8, when Abai region was created with Semey as its centre. The checkpoint is the main road link to Tacheng, the Chinese town across the border that has been under a coronavirus lockdown since early July. Several drivers who had been waiting for days, most of them from Urzhar and from the village of Karakol, said they had lost their loads in the fire.

In East Kazakhstan region, heavy rain on Tuesday triggered a mudflow in the foothills above Zaisan. Mud and water entered 12 houses on the edge of the town, and residents were moved to a school. Further east, China has kept the Maikapshagai crossing, the only one in Zaisan district, closed to freight since April, leaving the town's traders without stock.

In the town of Altai, which was known as Zyryanovsk until 2019, a fire destroyed a sawmill on Thursday morning. Firefighters from Oskemen helped the local crew, the East Kazakhstan emergencies department said.

The town should not be confused with China's Altay prefecture, which lies across the border from Zaisan and Katonkaragai, or with Russia's Altai Republic to the north-east. Tour operators in Oskemen said bookings for trips to Rakhmanov Springs, near the Russian border, had doubled this summer.""",
     ann=[
        ('Bakhty', 0, 'village', 'Bakhty', 'Abai Region', {'note': 'headline'}),
        ('Zaisan', 0, 'city', 'Zaisan', 'East Kazakhstan Region', {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', 'Abai Region', {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Bakhty checkpoint', 0, 'facility', 'Bakhty checkpoint', 'Abai Region', {'subkind': 'border checkpoint', 'note': 'warehouse fire'}),
        ('China', 0, 'foreign', 'China', N),
        ('Abai region', 0, 'region', 'Abai Region', 'Abai Region', {'note': 'inside the name of an authority'}),
        ('Bakhty', 2, 'village', 'Bakhty', 'Abai Region'),
        ('Urzhar district', 0, 'district', 'Urzhar District', 'Abai Region'),
        ('East Kazakhstan region', 0, 'region', 'East Kazakhstan Region', 'East Kazakhstan Region', {'note': 'NI:former unit of the district (background)'}),
        ('Abai region', 1, 'region', 'Abai Region', 'Abai Region', {'note': 'NI:creation of the region (background)'}),
        ('Semey', 0, 'city', 'Semey', 'Abai Region', {'note': 'NI:regional centre'}),
        ('Tacheng', 0, 'foreign', 'Tacheng', N, {'note': 'Chinese town under lockdown; not an incident'}),
        ('Urzhar', 1, 'village', 'Urzhar', 'Abai Region', {'note': 'NI:origin of drivers; the district centre'}),
        ('Karakol', 0, 'village', 'Karakol (Abai Region)', 'Abai Region', {'note': 'NI:origin of drivers; the Abai Region village, not the Kyrgyz town'}),
        ('East Kazakhstan region', 1, 'region', 'East Kazakhstan Region', 'East Kazakhstan Region'),
        ('Zaisan', 1, 'city', 'Zaisan', 'East Kazakhstan Region', {'note': 'mudflow flooded 12 houses'}),
        ('China', 1, 'foreign', 'China', N),
        ('Maikapshagai crossing', 0, 'facility', 'Maikapshagai checkpoint', 'East Kazakhstan Region', {'subkind': 'border checkpoint', 'note': 'NI:closed by China; a measure'}),
        ('Zaisan district', 0, 'district', 'Zaisan District', 'East Kazakhstan Region', {'note': 'NI:location of the crossing'}),
        ('Altai', 0, 'city', 'Altai (East Kazakhstan)', 'East Kazakhstan Region', {'note': 'sawmill fire; the East Kazakhstan town, not the Russian or Chinese Altai'}),
        ('Zyryanovsk', 0, 'city', 'Altai (East Kazakhstan)', 'East Kazakhstan Region', {'note': 'former name of the town of Altai (until 2019)'}),
        ('Oskemen', 0, 'city', 'Oskemen', 'East Kazakhstan Region', {'note': 'NI:origin of firefighters'}),
        ('East Kazakhstan', 2, 'region', 'East Kazakhstan Region', 'East Kazakhstan Region', {'note': 'inside the name of an authority'}),
        ('China', 2, 'foreign', 'China', N),
        ('Altay prefecture', 0, 'foreign', 'Altay Prefecture (China)', N),
        ('Zaisan', 3, 'city', 'Zaisan', 'East Kazakhstan Region', {'note': 'NI:reference point'}),
        ('Katonkaragai', 0, 'village', 'Katonkaragai', 'East Kazakhstan Region', {'note': 'NI:reference point'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai Republic', 0, 'foreign', 'Altai Republic (Russia)', N),
        ('Oskemen', 1, 'city', 'Oskemen', 'East Kazakhstan Region', {'note': 'NI:seat of tour operators'}),
        ('Rakhmanov Springs', 0, 'facility', 'Rakhmanov Springs', 'East Kazakhstan Region', {'subkind': 'resort', 'note': 'NI:tourist destination'}),
     ],
     inc={'Abai Region': (1, 'fire in a customs warehouse at the Bakhty checkpoint, three lorries destroyed'),
          'East Kazakhstan Region': (2, 'mudflow flooding 12 houses in Zaisan; sawmill fire in Altai (the closure of Maikapshagai is a measure)')}),

]
