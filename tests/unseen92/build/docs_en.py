"""English texts of the ninety-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1995-12-12', lang='en',
     event='1995 winter round-up: methane blast at the Lenin mine in Shakhtinsk near Karaganda, eleven dead (Karaganda Region); boiler explosion in Ust-Kamenogorsk and teachers\' hunger strike in Semipalatinsk (Semipalatinsk Region, abolished 1997, land of East Kazakhstan Region); fatal hostel fire in Petropavlovsk (North Kazakhstan Region); capital move to Akmola announced; strike threat in Karaganda and Ekibastuz not counted',
     text="""KAZAKHSTAN: Mine blast, boiler explosion and hunger strike mark a hard winter
ALMA-ATA, Dec 12 (Reuters) - Eleven miners were killed by a methane explosion at a coal mine near Karaganda on Monday, the third deadly accident in Kazakhstan's coal basin this year, the state emergencies committee said on Tuesday.

The blast tore through a seam 600 metres underground at the Lenin mine in Shakhtinsk, a mining town about 50 km west of Karaganda. Rescuers brought 23 men to the surface alive. The pit belongs to the state coal concern Karagandaugol, which has not paid wages since August.

In Ust-Kamenogorsk, in the far east of the country, a boiler exploded at a municipal heating plant on Sunday night as the temperature fell to minus 38 C, killing a stoker and leaving some 60,000 residents without heat. A city official said pipes had burst in at least 40 apartment blocks.

In neighbouring Semipalatinsk, 30 teachers began a hunger strike in the offices of the regional education department to demand wages unpaid since May. "We have nothing left to sell," one of them, Galina Petrenko, told the local newspaper. The Semipalatinsk region, which borders Russia's Altai territory, was home to the Soviet nuclear test site closed in 1991.

Further north, fire destroyed a wooden hostel for railway workers in Petropavlovsk on Saturday, killing two people. City officials blamed an electric heater.

President Nursultan Nazarbayev, who has decreed that the capital will move from Alma-Ata to Akmola, said in a televised address that miners would receive their wages "before the New Year". Miners' unions in Karaganda and in Ekibastuz, in the Pavlodar region, have threatened to strike in January.

The government says enterprises in the north and east owe more than $1 billion to each other and to suppliers in Russia.""",
     ann=[
        ('KAZAKHSTAN', 0, 'country', 'Kazakhstan', N, {'note': 'all-caps slug'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet-era spelling used by wires in the 1990s'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:reference point ("near Karaganda")'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Lenin mine', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'named after a person'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:reference point'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'Russian name of Oskemen'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'town of Semipalatinsk Region (abolished 1997, merged into East Kazakhstan Region)'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:background; Semipalatinsk Region existed until 1997 and is not a canonical unit; labelled with the unit that took over its land'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai territory', 0, 'foreign', 'Altai Krai', N),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'Russian name of Petropavl'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:capital to be moved'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the future capital, named Akmola in 1995'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:strike threat, not an incident'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:strike threat, not an incident'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:location of Ekibastuz'}),
        ('Russia', 1, 'foreign', 'Russia', N),
     ],
     inc={KR: (1, 'methane explosion at the Lenin mine in Shakhtinsk, eleven dead; "the third deadly accident this year" is a statistic and the strike threat is not an incident'),
          EKR: (2, 'boiler explosion at a heating plant in Ust-Kamenogorsk, one dead; hunger strike of teachers in Semipalatinsk (a protest); Semipalatinsk Region labelled with the unit holding its land'),
          NKR: (1, 'fatal hostel fire in Petropavlovsk')}),

dict(id='p002', date='2003-04-03', lang='en',
     event='2003 Syr Darya ice-jam flood of about 120 houses in Akkum and Madeniyet, Zhalagash district (Kyzylorda Region); the wire spelling Kzyl-Orda next to Kyzylorda; sappers from Almaty; the river\'s course through Kyrgyzstan and Uzbekistan',
     text="""Syr Darya ice jam floods villages in Kzyl-Orda region
KZYL-ORDA, Kazakhstan, April 3 (AFP) - Water from the Syr Darya has flooded about 120 houses in two villages of the Zhalagash district in Kazakhstan's southern Kzyl-Orda region after an ice jam formed downstream, local officials said Thursday.

Residents of Akkum and Madeniyet spent the night on their roofs before rescuers reached them by boat, said Serik Abenov, a spokesman for the regional emergencies department in Kyzylorda, as the city has been officially spelt since the early 1990s. No casualties were reported.

Army sappers flown in from Almaty blew up the jam on Wednesday, and the water had begun to fall by Thursday evening, Abenov said.

The Syr Darya, which rises in Kyrgyzstan and crosses Uzbekistan before reaching the Aral Sea, spills over its banks in the region almost every spring.""",
     ann=[
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Kzyl-Orda region', 0, 'region', KZR, KZR, {'note': 'headline; Soviet-era spelling'}),
        ('KZYL-ORDA', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline; Soviet-era spelling'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'dateline'}),
        ('Syr Darya', 1, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('two villages', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'both villages are named (Akkum, Madeniyet)'}),
        ('Zhalagash district', 0, 'district', 'Zhalagash District', KZR),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Kzyl-Orda region', 1, 'region', KZR, KZR),
        ('Akkum', 0, 'village', 'Akkum (Zhalagash district)', KZR),
        ('Madeniyet', 0, 'village', 'Madeniyet (Zhalagash district)', KZR),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:seat of the department; cited as the official spelling'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the sappers'}),
        ('Syr Darya', 2, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Aral Sea', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea', 'note': 'shared by Kazakhstan and Uzbekistan'}),
     ],
     inc={KZR: (1, 'ice-jam flood of about 120 houses in Akkum and Madeniyet, Zhalagash district; blasting the jam is a measure; "almost every spring" is background without a dated event')}),

dict(id='p003', date='2009-08-21', lang='en',
     event='2009 lightning fire at a fuel oil tank of the Atyrau refinery, one worker burnt (Atyrau Region); the Soviet names Gurev and Guryev; crews from Kulsary, Makat and the Tengiz field; the worker flown to Almaty; Interfax-Kazakhstan not annotated',
     text="""Atyrau refinery tank fire put out after nine hours
ATYRAU, Aug 21 (Interfax-Kazakhstan) - Firefighters on Friday put out a blaze in a fuel oil tank at the Atyrau oil refinery, the oldest in Kazakhstan, built in 1945 when the city at the mouth of the Ural was still called Gurev.

The fire started on Thursday evening after lightning struck the tank, the emergencies department of the Atyrau region said. A worker who tried to close a valve suffered burns and was flown to Almaty for treatment. Crews from Kulsary and Makat and a foam unit from the Tengiz field helped to contain the flames.

The refinery, which older traders and some foreign shipping lists still call the Guryev plant, processes about 4 million tonnes of crude a year. Most of its fuel oil is shipped by rail to Russia and China.

Regional officials said on Friday that air samples taken in the city's Zhilgorodok and Avangard districts showed no dangerous levels of smoke.""",
     ann=[
        ('Atyrau refinery', 0, 'facility', 'Atyrau oil refinery', ATR, {'subkind': 'refinery', 'note': 'headline'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Atyrau oil refinery', 0, 'facility', 'Atyrau oil refinery', ATR, {'subkind': 'refinery'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Gurev', 0, 'city', 'Atyrau', ATR, {'note': 'Soviet name of Atyrau (until 1991/92), historical'}),
        ('Atyrau region', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital destination'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': 'NI:origin of a fire crew'}),
        ('Makat', 0, 'village', 'Makat', ATR, {'note': 'NI:origin of a fire crew'}),
        ('Tengiz field', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:origin of a foam unit'}),
        ('Guryev', 0, 'city', 'Atyrau', ATR, {'uncertain': True, 'note': 'inside the old name of the refinery ("the Guryev plant"); read as the old city name'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('China', 0, 'foreign', 'China', N),
        ('Zhilgorodok', 0, 'district', 'Zhilgorodok (Atyrau)', ATR, {'subkind': 'city district', 'note': 'NI:air samples, no damage'}),
        ('Avangard', 0, 'district', 'Avangard (Atyrau)', ATR, {'subkind': 'city district', 'note': 'NI:air samples, no damage'}),
     ],
     inc={ATR: (1, 'lightning fire in a fuel oil tank of the Atyrau refinery, one worker burnt')}),

dict(id='p004', date='2019-04-15', lang='en',
     event='2019 regional round-up with the 2018 Latin spellings: market fire in Qaraghandy and a miner killed at the Annensky mine in Zhezqazghan (Karaganda Region before 2022); minibus overturned between Taldyqorghan and Tekeli and a mortgage holders\' protest at the akimat in Taldyqorghan (Almaty Region before 2022); picket in Nur-Sultan three weeks after the renaming; spelling examples Qostanay, Aqtobe, Oskemen',
     text="""Regional round-up: market fire in Qaraghandy, miner killed in Zhezqazghan
NUR-SULTAN, April 15 (Kazinform) - A fire destroyed about 60 stalls at a clothing market in Qaraghandy on Sunday night, the Karaganda regional emergencies department said. No one was hurt. New road signs at the entrances to the city already read "Qaraǵandy", in the Latin alphabet approved in February 2018, while the department's own statements still use the Russian form Karaganda.

In Zhezqazghan, some 500 km to the south-west, a 46-year-old miner was killed by a rock fall at the Annensky mine on Saturday, the regional labour inspectorate reported. Kazakhmys, which runs the copper mines around Zhezqazghan and Satpayev, said it had halted work in the section. The town, written Jezqazǵan in the new alphabet and Dzhezkazgan on Soviet maps, belongs to the Karaganda region.

In the Almaty region, a minibus carrying 14 passengers overturned on the road between Taldyqorghan and Tekeli on Friday, injuring seven. The regional centre, spelt Taldyqorǵan on its new welcome sign, saw a protest on April 9, when about 40 mortgage holders gathered outside the regional akimat demanding that their loans be restructured.

In the capital, which was renamed Nur-Sultan on March 23, police briefly detained four activists who picketed the Central Election Commission on Friday with placards reading "Astana is our city".

Officials say the switch to the Latin script will be completed by 2025. Until then, readers will find Qostanay and Kostanay, Aqtobe and Aktobe, Oskemen and Ust-Kamenogorsk side by side in official documents, and many outlets use two or three spellings in the same story.""",
     ann=[
        ('Qaraghandy', 0, 'city', 'Karaganda', KR, {'note': 'headline; English transliteration of the Kazakh name'}),
        ('Zhezqazghan', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Qaraghandy', 1, 'city', 'Karaganda', KR),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Qaraǵandy', 0, 'city', 'Karaganda', KR, {'note': 'NI:the name on road signs; Kazakh Latin alphabet of February 2018'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:cited as the Russian form of the name'}),
        ('Zhezqazghan', 1, 'city', 'Zhezkazgan', KR),
        ('Annensky mine', 0, 'facility', 'Annensky mine (Zhezkazgan)', KR, {'subkind': 'mine'}),
        ('Zhezqazghan', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:area of the company\'s mines'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:area of the company\'s mines'}),
        ('Jezqazǵan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:spelling; Kazakh Latin alphabet of 2018'}),
        ('Dzhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:spelling; Soviet-era Russian transliteration'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:the unit of Zhezkazgan in 2019'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'Taldykorgan in Almaty Region before 2022-06-08'}),
        ('Taldyqorghan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'NI:route endpoint'}),
        ('Taldyqorǵan', 0, 'city', 'Taldykorgan', ALR, {'note': 'Kazakh Latin alphabet of 2018 on a sign; the city of the protest'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'capital renamed on 2019-03-23'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:in a placard slogan'}),
        ('Qostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:spelling example'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:spelling example'}),
        ('Aqtobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:spelling example'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:spelling example'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:spelling example'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:spelling example'}),
     ],
     inc={KR: (2, 'market fire in Qaraghandy (60 stalls); miner killed by a rock fall at the Annensky mine in Zhezqazghan'),
          ALR: (2, 'minibus overturned between Taldyqorghan and Tekeli, seven hurt; protest of mortgage holders at the akimat in Taldyqorghan on April 9'),
          'Astana': (1, 'picket at the Central Election Commission, four detained')}),

dict(id='p005', date='2021-09-06', lang='en',
     event='2021 fire at a trading pavilion of the Bekzat bazaar in Shymkent (city of republican significance) and a gas cylinder explosion in a house in Turkistan (Turkistan Region); the 2021 Latin spellings Şymkent and Türkıstan; the Soviet name Chimkent and the renamed South Kazakhstan region',
     text="""Blaze at Shymkent bazaar, gas blast in Turkistan
SHYMKENT, Sept 6 (Vlast.kz) - A fire gutted a two-storey trading pavilion at the Bekzat bazaar in Shymkent on Sunday, the city's emergencies department said. About 180 firefighters worked through the night; no one was hurt. On its new Latin-script page the department signs its posts "Şymkent qalasy", following the alphabet presented in January 2021.

Hours later, a gas cylinder exploded in a private house in Turkistan, some 160 km to the north-west, injuring a woman and her two children, the Turkistan regional police said. The town, spelt Türkıstan in the 2021 alphabet, has been the regional centre since 2018, when the old South Kazakhstan region, governed from Shymkent - Chimkent in Soviet times - was renamed and the city itself was made a separate unit.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Bekzat bazaar', 0, 'facility', 'Bekzat bazaar (Shymkent)', 'Shymkent', {'subkind': 'market'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Şymkent qalasy', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:signature of the department; Kazakh Latin alphabet of January 2021 with the head noun qalasy ("city")'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR),
        ('Turkistan', 2, 'region', TR, TR, {'note': 'inside the name of an authority (regional police)'}),
        ('Türkıstan', 0, 'city', 'Turkistan', TR, {'note': 'NI:spelling; Kazakh Latin alphabet of 2021'}),
        ('South Kazakhstan region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed Turkistan Region on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background, former seat of the region'}),
        ('Chimkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:Soviet-era name'}),
     ],
     inc={'Shymkent': (1, 'fire gutting a pavilion of the Bekzat bazaar'),
          TR: (1, 'gas cylinder explosion in a house in Turkistan, three hurt')}),

dict(id='p006', date='2011-07-08', lang='en',
     event='2011 derailment and fire of diesel tank cars at Mamlyutka near Petropavlovsk (North Kazakhstan Region); train from Omsk to Kokshetau; the Russian form Petropavlovsk next to the Kazakh Petropavl; Kurgan and Omsk in Russia',
     text="""Fuel train derails near Petropavlovsk, two tank cars burn
PETROPAVLOVSK, Kazakhstan, July 8 (Reuters) - Eleven tank cars of a freight train carrying diesel fuel derailed at Mamlyutka station, 40 km west of this northern city, on Friday, and two of them caught fire, railway officials said. No one was hurt.

The train was travelling from Omsk in Russia to Kokshetau, the officials said. Firefighters from Petropavl, as the regional capital is called in Kazakh and on new signs, and from Mamlyutka put out the blaze after four hours.

Traffic on the line, which runs through a strip of Kazakh territory between the Russian cities of Kurgan and Omsk, was halted for nine hours. Trains to Moscow were diverted, Kazakhstan Temir Zholy said. The North Kazakhstan prosecutor's office has opened an inquiry.""",
     ann=[
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:headline, reference point ("near")'}),
        ('PETROPAVLOVSK', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'dateline'}),
        ('Mamlyutka station', 0, 'facility', 'Mamlyutka railway station', NKR, {'subkind': 'railway station'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of the train'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:destination of the train'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of firefighters; Kazakh form of the name'}),
        ('Mamlyutka', 1, 'city', 'Mamlyutka', NKR, {'note': 'NI:origin of firefighters (the town)'}),
        ('Kurgan', 0, 'foreign', 'Kurgan', N),
        ('Omsk', 1, 'foreign', 'Omsk', N),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:destination of diverted trains'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority (prosecutor\'s office)'}),
     ],
     inc={NKR: (1, 'derailment of eleven diesel tank cars at Mamlyutka station, two burning; one event')}),

dict(id='p007', date='2022-06-14', lang='en',
     event='2022 first week of the new regions: sawmill and houses burnt in Semey (Abai Region), fatal bus-lorry collision 20 km south of Taldyqorghan (Jetisu Region), haul-truck drivers\' strike in Zhezqazghan (Ulytau Region), gas explosion in a block of flats in Oskemen (East Kazakhstan Region); spellings Semei, Semipalatinsk, Jetisu/Zhetysu/Jetisý, Dzhezkazgan, Ust-Kamenogorsk, Qaraghandy; Nur-Sultan dateline',
     text="""New regions face first emergencies: fire in Semey, crash near Taldyqorghan, strike in Zhezqazghan
NUR-SULTAN, June 14 (Reuters) - Six days after Kazakhstan's three new regions came into being, their emergency services have had a busy first week.

In Semey, the centre of the new Abai region, fire destroyed a sawmill and three neighbouring houses on the city's eastern edge on Saturday, the regional emergencies department said. Many older residents and foreign reports still call the city Semipalatinsk, its Russian name until 2007, and the department's first letterhead gives both Semey and Semei.

In the Jetisu region, carved out of the Almaty region with Taldykorgan as its centre, a bus carrying 30 passengers from Almaty collided with a lorry on Sunday 20 km south of Taldyqorghan, killing two. The region's name itself appears as Jetisu, Zhetysu and Jetisý on the first official documents. "The borders have moved, the hazards have not," said Arman Zhaksylykov, a deputy head of the Jetisu emergencies department.

In Zhezqazghan, the centre of the Ulytau region, about 300 drivers of haul trucks at the copper mines stopped work on Monday to demand higher pay. Officials in the town, known as Dzhezkazgan in Soviet times, said talks were under way.

Not everything changed on June 8. Ust-Kamenogorsk, now usually written Oskemen, remains the capital of East Kazakhstan, which lost Semey and its western districts to the Abai region. In Oskemen, a gas explosion in a five-storey block on Sunday injured four people, the East Kazakhstan emergencies department said.

The Karaganda region, which Kazakh-language media spell Qaraghandy, kept the core of its coal basin but lost Zhezqazghan and Satpayev to Ulytau. Officials in Almaty and Nur-Sultan say new road signs for all three regions will be installed by the end of the year.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Taldyqorghan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:headline, reference point ("near")'}),
        ('Zhezqazghan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('three new regions', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions, all named in the text (Abai, Jetisu, Ulytau)'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Semipalatinsk', 0, 'city', 'Semey', ABR, {'note': 'NI:former Russian name'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:spelling on a letterhead'}),
        ('Semei', 0, 'city', 'Semey', ABR, {'note': 'NI:spelling on a letterhead'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:the region Jetisu was carved out of'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:centre of the region'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the bus'}),
        ('Taldyqorghan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:reference point ("20 km south of")'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'NI:spelling of the region\'s name'}),
        ('Zhetysu', 0, 'region', JTR, JTR, {'note': 'NI:spelling of the region\'s name'}),
        ('Jetisý', 0, 'region', JTR, JTR, {'note': 'NI:spelling of the region\'s name, Kazakh Latin alphabet of 2018'}),
        ('Jetisu', 2, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Zhezqazghan', 1, 'city', 'Zhezkazgan', UR),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Dzhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:Soviet-era name'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the region'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:spelling'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR),
        ('Semey', 3, 'city', 'Semey', ABR, {'note': 'NI:transferred to Abai Region'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'NI:receiving region'}),
        ('Oskemen', 1, 'city', 'Oskemen', EKR),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:lost territory, no incident'}),
        ('Qaraghandy', 0, 'region', KR, KR, {'note': 'NI:spelling of the region\'s name in Kazakh-language media'}),
        ('Zhezqazghan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:transferred to Ulytau Region'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:transferred to Ulytau Region'}),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'NI:bare region name'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of officials'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of officials'}),
        ('all three regions', 0, 'quantified', 'all 3 regions', N, {'count': 3, 'unit': 'region', 'quantifier': 'all', 'note': 'the three new regions (Abai, Jetisu, Ulytau), all named; road signs, not incidents'}),
     ],
     inc={ABR: (1, 'fire destroying a sawmill and three houses in Semey, one event'),
          JTR: (1, 'bus-lorry collision 20 km south of Taldyqorghan, two dead'),
          UR: (1, 'strike of haul-truck drivers in Zhezqazghan (protest)'),
          EKR: (1, 'gas explosion in a five-storey block in Oskemen, four hurt')}),

dict(id='p008', date='2025-11-20', lang='en',
     event='2025 gas explosion in a flat in the Batys-2 microdistrict of Aqtobe, one dead, and two fishermen drowned when their car went through the ice of the Ilek (Aktobe Region); spellings Aqtobe, Aqtöbe, Aktobe and Aktyubinsk; commission from Astana',
     text="""Gas blast in Aqtobe apartment block kills one
AQTOBE, Nov 20 (Orda.kz) - One person was killed and five were injured when gas exploded in a third-floor flat of a nine-storey block in Aqtobe's Batys-2 microdistrict early on Thursday, the Aqtöbe regional emergencies department said in a Telegram post written in the Latin alphabet adopted in 2021.

Most Russian-language outlets spell the city Aktobe, and older residents still call it Aktyubinsk, its name until 1999. About 90 residents of the block spent the night in a school and in a hotel on Abulkhair Khan Avenue. A government commission flew in from Astana in the afternoon.

In a separate incident on Wednesday evening, two fishermen drowned when their car went through thin ice on the Ilek river, 12 km outside the city, police said.""",
     ann=[
        ('Aqtobe', 0, 'city', 'Aktobe', AR, {'note': 'headline; Kazakh Latin spelling used by English-language media'}),
        ('AQTOBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Aqtobe', 1, 'city', 'Aktobe', AR),
        ('Batys-2 microdistrict', 0, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict'}),
        ('Aqtöbe', 0, 'region', AR, AR, {'note': 'inside the name of an authority; Kazakh Latin alphabet of 2021'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:spelling'}),
        ('Aktyubinsk', 0, 'city', 'Aktobe', AR, {'note': 'NI:former Russian name (the city was renamed in 1999)'}),
        ('Abulkhair Khan Avenue', 0, 'facility', 'Abulkhair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'NI:temporary shelter; avenue named after a person'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Ilek river', 0, 'facility', 'Ilek River', N, {'subkind': 'river', 'note': 'the drowning place, near Aktobe'}),
     ],
     inc={AR: (2, 'gas explosion in a flat in the Batys-2 microdistrict of Aqtobe, one dead; car through the ice of the Ilek outside the city, two drowned')}),
]
