"""English texts of the twenty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: migration, diaspora and the
borderlands."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2019-08-14', lang='en',
     event='2019 bus of kandas families from Bayan-Ulgii (Mongolia) overturned near Shemonaikha, and a minibus of seasonal workers from Omsk hitting a lorry near Altai, the former Zyryanovsk (East Kazakhstan Region); route through the Altai Republic and Altai Krai; destinations in North Kazakhstan (Zhambyl district) and Nur-Sultan',
     text="""Bus carrying kandas families overturns near Shemonaikha, two dead
UST-KAMENOGORSK, Aug 14 (Interfax-Kazakhstan) - Two people died and 19 were injured when a bus carrying ethnic Kazakh families from Mongolia overturned on a rain-soaked road near Shemonaikha, in East Kazakhstan Region, early on Wednesday, the regional police said.
The bus had left Ulgii, the centre of Mongolia's Bayan-Ulgii province, on Monday with 46 passengers on board. It crossed into Russia at Tashanta, drove north through the Altai Republic and Altai Krai, and entered Kazakhstan after midnight at the checkpoint outside Shemonaikha. The Mongolian driver lost control on a bend about 15 km south of the town. The injured were taken to hospitals in Shemonaikha and Ust-Kamenogorsk; a seven-year-old boy is in a serious condition.
The families, kandas moving under the state resettlement quota, were heading for North Kazakhstan Region, where houses had been prepared for them in the villages of Beskol, in Kyzylzhar district, and Presnovka, in Zhambyl district. Others were to settle in Pavlodar and in Nur-Sultan.
"We waited three years for this move," said Bolat Khabdesh, 52, a herder from Tsengel who broke his arm in the crash. "My cousins in Petropavl have already found work for my sons."
The labour ministry in Nur-Sultan said about 1,300 kandas had arrived from Mongolia since January, most of them by road through Russia, and that this year's quota covered 400 families in three northern regions. It is discussing a direct bus service from Ulaanbaatar via Kosh-Agach with Mongolian and Russian officials.
In a separate accident on Tuesday evening, a minibus with seasonal workers returning from Omsk hit a parked lorry near Altai, the former Zyryanovsk. Four passengers were slightly hurt.""",
     ann=[
        ('Shemonaikha', 0, 'city', 'Shemonaikha', EKR, {'note': 'headline'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Mongolia', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin of the families'}),
        ('Shemonaikha', 1, 'city', 'Shemonaikha', EKR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR),
        ('Ulgii', 0, 'foreign', 'Ulgii', N, {'note': 'NI:origin of the bus'}),
        ('Mongolia', 1, 'foreign', 'Mongolia', N),
        ('Bayan-Ulgii province', 0, 'foreign', 'Bayan-Ulgii Province', N),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:route'}),
        ('Tashanta', 0, 'foreign', 'Tashanta', N, {'note': 'NI:border crossing on the route (Russia)'}),
        ('Altai Republic', 0, 'foreign', 'Altai Republic', N, {'note': 'NI:route; Russian namesake of the Kazakh town Altai'}),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:route'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Shemonaikha', 2, 'city', 'Shemonaikha', EKR, {'note': 'NI:checkpoint where the bus entered'}),
        ('Shemonaikha', 3, 'city', 'Shemonaikha', EKR, {'note': 'NI:hospital town'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital town'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR, {'note': 'NI:destination'}),
        ('Beskol', 0, 'village', 'Beskol', NKR, {'note': 'NI:destination'}),
        ('Kyzylzhar district', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:destination'}),
        ('Presnovka', 0, 'village', 'Presnovka', NKR, {'note': 'NI:destination'}),
        ('Zhambyl district', 0, 'district', 'Zhambyl District (North Kazakhstan)', NKR, {'note': 'NI:destination; district of North Kazakhstan Region, not Jambyl Region'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:destination'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination'}),
        ('Tsengel', 0, 'foreign', 'Tsengel', N, {'note': 'NI:residence (Mongolia)'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:residence of relatives'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Mongolia', 2, 'foreign', 'Mongolia', N),
        ('Russia', 1, 'foreign', 'Russia', N, {'note': 'NI:route'}),
        ('three northern regions', 0, 'quantified', '3 northern regions', N, {'note': 'resettlement quota, not about incidents', 'count': 3, 'unit': 'region'}),
        ('Ulaanbaatar', 0, 'foreign', 'Ulaanbaatar', N, {'note': 'NI:planned route endpoint'}),
        ('Kosh-Agach', 0, 'foreign', 'Kosh-Agach', N, {'note': 'NI:planned route (Russia)'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of the workers'}),
        ('Altai', 2, 'city', 'Altai', EKR, {'note': 'the town of East Kazakhstan Region, renamed from Zyryanovsk in 2019'}),
        ('Zyryanovsk', 0, 'city', 'Altai', EKR, {'note': 'former name of Altai'}),
     ],
     inc={EKR: (2, 'bus of kandas families overturned near Shemonaikha (2 dead); minibus hit a lorry near Altai (the former Zyryanovsk) the evening before')}),

dict(id='p002', date='2016-03-22', lang='en',
     event='2016 queues ease at the Zhibek Zholy checkpoint near Saryagash as Uzbekistan opens more lanes; Kazygurt and Atameken crossings, Shymkent and Zhetysai in South Kazakhstan Region (no incident)',
     text="""Queues ease at Uzbek border crossing near Saryagash
SHYMKENT, March 22 (Kazinform) - Waiting times at the Zhibek Zholy checkpoint on the border with Uzbekistan fell to under two hours on Tuesday after the Uzbek side opened four more lanes for pedestrians, the border service of South Kazakhstan Region said.
Up to 15,000 people a day use the crossing in Saryagash district before the Nauryz holiday, most of them Uzbek citizens travelling between Tashkent and the markets of Shymkent, and Kazakh traders who buy fruit in Chinaz and Yangiyul. Last week some of them queued overnight in the cold.
"We take the early marshrutka from Saryagash and are in Tashkent by ten," said Gulnara Ospanova, who sells dried apricots at a bazaar in Shymkent.
The Kazygurt checkpoint and the Atameken crossing in Maktaaral district, used by cotton workers from Zhetysai, remain open only to lorries and residents of border villages. Officials in Astana said talks on a visa-free regime for longer stays would continue in April.""",
     ann=[
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy checkpoint', SKR, {'subkind': 'border checkpoint'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', SKR),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint (markets)'}),
        ('Chinaz', 0, 'foreign', 'Chinaz', N, {'note': 'NI:markets in Uzbekistan'}),
        ('Yangiyul', 0, 'foreign', 'Yangiyul', N, {'note': 'NI:markets in Uzbekistan'}),
        ('Saryagash', 2, 'city', 'Saryagash', SKR, {'note': 'NI:route start'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'NI:destination'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:workplace'}),
        ('Kazygurt checkpoint', 0, 'facility', 'Kazygurt checkpoint', SKR, {'subkind': 'border checkpoint'}),
        ('Atameken crossing', 0, 'facility', 'Atameken checkpoint', SKR, {'subkind': 'border checkpoint'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', SKR),
        ('Zhetysai', 0, 'city', 'Zhetysai', SKR, {'note': 'NI:origin of cotton workers'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of officials'}),
     ],
     inc={}),

dict(id='p003', date='2009-11-05', lang='en',
     event='2009 fire at a market of Chinese goods in Zharkent, Panfilov district (Almaty Region, before the 2022 split); goods from Ghulja (Yining) and Urumqi via Khorgos',
     text="""Fire guts Chinese goods market in border town of Zharkent
ALMATY, Nov 5 (Interfax-Kazakhstan) - A fire destroyed about 200 stalls at a market selling Chinese clothes and electronics in Zharkent, a town 30 km from the border with China, the emergencies department of Almaty Region said on Thursday.
The blaze started in a storage container shortly after midnight and spread across the covered rows before fire crews from Zharkent and the village of Usharal brought it under control at dawn. Nobody was hurt.
Most of the goods had been brought by lorry through the Khorgos crossing from Ghulja, which the Chinese call Yining, and from wholesale bazaars in Urumqi, the capital of Xinjiang. Many stallholders are Uighurs and ethnic Kazakhs who moved to Panfilov district from China in the 1990s.
"Half of my stock came across last week," said Dilnara Yusupova, whose family came from Ghulja in 1997.
Police in Panfilov district are investigating possible arson. Some traders said they would restock at the Barakholka market in Almaty.""",
     ann=[
        ('Zharkent', 0, 'city', 'Zharkent', ALR, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Zharkent', 1, 'city', 'Zharkent', ALR),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:reference point'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Zharkent', 2, 'city', 'Zharkent', ALR, {'note': 'NI:origin of fire crews'}),
        ('Usharal', 0, 'village', 'Usharal (Panfilov district)', ALR, {'note': 'NI:origin of fire crews; village of Panfilov district, not the town of Alakol district'}),
        ('Khorgos crossing', 0, 'facility', 'Khorgos border crossing', ALR, {'subkind': 'border checkpoint', 'note': 'NI:route'}),
        ('Ghulja', 0, 'foreign', 'Ghulja', N, {'note': 'NI:origin of goods'}),
        ('Yining', 0, 'foreign', 'Ghulja', N, {'note': 'NI:Chinese name of Ghulja'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('Panfilov district', 0, 'district', 'Panfilov District', ALR),
        ('China', 1, 'foreign', 'China', N, {'note': 'NI:origin of migrants'}),
        ('Ghulja', 1, 'foreign', 'Ghulja', N, {'note': 'NI:origin of a family'}),
        ('Panfilov district', 1, 'district', 'Panfilov District', ALR, {'note': 'inside the name of an authority'}),
        ('Barakholka market', 0, 'facility', 'Barakholka market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'NI:alternative supplier'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:alternative supplier'}),
     ],
     inc={ALR: (1, 'fire destroyed about 200 stalls of the market in Zharkent')}),

dict(id='p004', date='2024-05-20', lang='en',
     event='2024 labour migration to South Korea from Turkistan Region via Shymkent airport; a worker from Asykata died in a factory fire in Hwaseong (foreign, not counted); minibus of returnees crashed near Asykata, Maktaaral district (Turkistan Region); road deaths of migrants in four regions (unattributed)',
     text="""Korea's pull grows in south Kazakhstan despite deaths on the road and abroad
SHYMKENT, May 20 (Kazinform) - Three men returning from work in South Korea were killed on Sunday when their minibus hit a tractor on the road near the village of Asykata in Maktaaral district, police in Turkistan Region said.
The men had flown from Incheon to Tashkent, where tickets are cheaper, and crossed into Kazakhstan at the Zhibek Zholy checkpoint in the afternoon. The driver and two other passengers were taken to the district hospital in Myrzakent. Police said road accidents had killed 11 returning migrants in four regions of the south since January.
The crash came a week after the family of a 29-year-old from Asykata buried him. He died in a fire at a battery plant in Hwaseong, south of Seoul, where he had worked without a permit for two years.
Neither loss has slowed departures. Charter flights now leave Shymkent International Airport for Seoul twice a week, and recruiters in Zhetysai, Saryagash and Shymkent advertise jobs on farms and in the factories of Ansan. Officials estimate that at least 40,000 people from Turkistan Region and the city of Shymkent work in Korea, most of them on tourist visas.
"In Maktaaral a cotton picker earns in a season what my son sends in a month," said Rakhima Tursunova, a teacher in Zhetysai.
The labour ministry in Astana plans to open a legal recruitment office in Shymkent this summer under the Korean employment permit system, and a second one in Taraz for workers from Jambyl Region. Kazakhstan signed a quota agreement with South Korea in March.""",
     ann=[
        ('Korea', 0, 'foreign', 'South Korea', N, {'note': 'headline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline "south Kazakhstan": directional, only the country'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('South Korea', 0, 'foreign', 'South Korea', N, {'note': 'NI:workplace'}),
        ('Asykata', 0, 'village', 'Asykata', TR),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Incheon', 0, 'foreign', 'Incheon', N, {'note': 'NI:route'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint', 'note': 'NI:route'}),
        ('Myrzakent', 0, 'village', 'Myrzakent', TR, {'note': 'NI:hospital'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'note': 'road deaths of returning migrants since January', 'count': 4, 'unit': 'region'}),
        ('Asykata', 1, 'village', 'Asykata', TR, {'note': 'NI:residence of a migrant who died abroad'}),
        ('Hwaseong', 0, 'foreign', 'Hwaseong', N, {'note': 'factory fire abroad (no ADM1)'}),
        ('Seoul', 0, 'foreign', 'Seoul', N, {'note': 'NI:reference point'}),
        ('Shymkent International Airport', 0, 'facility', 'Shymkent International Airport', 'Shymkent', {'subkind': 'airport', 'note': 'NI:departure point'}),
        ('Seoul', 1, 'foreign', 'Seoul', N, {'note': 'NI:destination'}),
        ('Zhetysai', 0, 'city', 'Zhetysai', TR, {'note': 'NI:recruiters'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:recruiters'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:recruiters'}),
        ('Ansan', 0, 'foreign', 'Ansan', N, {'note': 'NI:workplace'}),
        ('Turkistan Region', 1, 'region', TR, TR, {'note': 'NI:origin of migrants'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of migrants'}),
        ('Korea', 2, 'foreign', 'South Korea', N, {'note': 'NI:workplace'}),
        ('Maktaaral', 1, 'district', 'Maktaaral District', TR, {'note': 'NI:bare district name, comparison of wages'}),
        ('Zhetysai', 1, 'city', 'Zhetysai', TR, {'note': 'NI:workplace'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:planned office'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:planned office'}),
        ('Jambyl Region', 0, 'region', JR, JR, {'note': 'NI:origin of workers'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('South Korea', 1, 'foreign', 'South Korea', N),
     ],
     inc={TR: (1, 'minibus of returning migrants hit a tractor near Asykata, Maktaaral district (3 dead); the factory fire in Hwaseong is abroad and not counted')},
     unatt=[{'label': 'four regions', 'count': 4, 'note': 'road accidents that killed 11 returning migrants in four unnamed southern regions since January'}]),

dict(id='p005', date='1995-09-12', lang='en',
     event='1995 oralmans from Mongolia settled in the Taldy-Kurgan and Semipalatinsk regions (abolished 1997; land now Almaty Region and East Kazakhstan Region), in Sarkand and Urzhar district; houses left by Germans and Russians (no incident)',
     text="""Kazakhstan settles returning Kazakhs in emptied villages
ALMATY, Sept 12 (Reuters) - About 2,000 ethnic Kazakhs from western Mongolia will be settled this autumn in villages left half-empty by the departure of Germans and Russians, officials in Almaty said on Tuesday.
Under a presidential quota for oralmans, as the returnees are called, 600 families will go to Taldy-Kurgan Region and 450 to Semipalatinsk region. Most are herders from Bayan-Olgii and Khovd provinces who travel by lorry through Russia with their livestock.
In Sarkand, a town near the Chinese border, the local administration has handed over 80 houses whose owners left for Germany last year. In Urzhar district the families will work on former collective farms.
"The houses are there, the jobs are not," said Serik Abdrakhmanov, head of the migration department. He said that many oralmans who arrived in 1993 had already moved on to Almaty or back to Ulan Bator.
Mongolia has asked Kazakhstan to help pay for the transport.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Mongolia', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin; "western Mongolia", directional'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of officials (the capital in 1995)'}),
        ('Taldy-Kurgan Region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:destination; Taldy-Kurgan Region was abolished in 1997 and its land went to Almaty Region (since 2022 largely Jetisu Region); labelled with the successor unit'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:destination; Semipalatinsk region was merged into East Kazakhstan Region in 1997 (since 2022 largely Abai Region); labelled with the successor unit'}),
        ('Bayan-Olgii', 0, 'foreign', 'Bayan-Ulgii Province', N, {'note': 'NI:origin; in a list sharing "provinces"'}),
        ('Khovd', 0, 'foreign', 'Khovd Province', N, {'note': 'NI:origin; in a list sharing "provinces"'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:route'}),
        ('Sarkand', 0, 'city', 'Sarkand', ALR, {'note': 'town of Taldy-Kurgan Region in 1995'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:destination of emigrants'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', EKR, {'note': 'district of Semipalatinsk region in 1995'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Ulan Bator', 0, 'foreign', 'Ulaanbaatar', N, {'note': 'NI:destination'}),
        ('Mongolia', 1, 'foreign', 'Mongolia', N),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p006', date='2021-04-03', lang='en',
     event='2021 brawl between lorry drivers in the queue at the Kordai checkpoint on the Kyrgyz border (Jambyl Region); Karasu crossing, Masanchi; Chuy Region, Bishkek and Tokmok in Kyrgyzstan; commission in Nur-Sultan',
     text="""Drivers fight in week-long queue at Kyrgyz border
TARAZ, April 3 (KazTAG) - Police detained six lorry drivers after a fight broke out on Friday in the queue of about 1,200 trucks outside the Korday checkpoint on the border with Kyrgyzstan, the police department of Jambyl Region said. Two men were treated for knife wounds.
Drivers said they had waited up to eight days to cross into Chuy Region, where the Kyrgyz side checks every lorry at the Ak-Zhol post. Some carried fruit from Uzbekistan and Tajikistan.
The fight began when a driver from Almaty tried to jump the queue near the village of Masanchi, police said. Residents of Masanchi and Sortobe complained that lorries blocked the road to their fields.
The border service said it had opened the Karasu crossing, 20 km to the east, to empty trucks, and that a government commission in Nur-Sultan would discuss the queues with Kyrgyz officials. Kyrgyz traders in Bishkek and Tokmok said the delays had doubled the price of Kazakh flour.""",
     ann=[
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Korday checkpoint', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': 'border checkpoint', 'note': 'variant spelling of Kordai'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Jambyl Region', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Chuy Region', 0, 'foreign', 'Chuy Region', N, {'note': 'NI:destination (Kyrgyzstan)'}),
        ('Ak-Zhol', 0, 'foreign', 'Ak-Zhol checkpoint', N, {'note': 'NI:Kyrgyz border post'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of goods'}),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N, {'note': 'NI:origin of goods'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a driver'}),
        ('Masanchi', 0, 'village', 'Masanchi', JR, {'note': 'the fight began near the village, in the queue to the checkpoint (one event)'}),
        ('Masanchi', 1, 'village', 'Masanchi', JR, {'note': 'NI:residents'}),
        ('Sortobe', 0, 'village', 'Sortobe', JR, {'note': 'NI:residents'}),
        ('Karasu crossing', 0, 'facility', 'Karasu checkpoint', JR, {'subkind': 'border checkpoint', 'note': 'NI:opened for empty trucks'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the commission'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Tokmok', 0, 'foreign', 'Tokmok', N),
     ],
     inc={JR: (1, 'fight among lorry drivers in the queue outside the Kordai checkpoint near Masanchi, two knife wounds, six detained (one event)')}),

dict(id='p007', date='2012-06-18', lang='en',
     event='2012 kandas from Turkmenistan (Dashoguz) and Karakalpakstan resettle in Mangystau Region: Zhanaozen, Beyneu, Tazhen, the Temirbaba checkpoint and Bolashak station (no incident)',
     text="""Ethnic Kazakhs from Turkmenistan flock to Mangystau
AKTAU, June 18 (Tengrinews) - More than 3,000 ethnic Kazakhs from Turkmenistan have moved to Mangystau Region since January, the regional migration office said on Monday.
Most come from the Dashoguz and Balkan provinces and cross at the Temirbaba checkpoint south of Zhanaozen; others come by train from Turkmenbashi to Bolashak station in Karakiyan district. Many settle in Zhanaozen and in the villages of Beyneu district, where relatives from Karakalpakstan arrived in the 1990s.
In Tazhen, a railway village east of Beyneu, the school now teaches 140 children from Turkmenistan and Uzbekistan in three shifts. "Our classes are full," said the head teacher, Aigul Nurymova.
The migration office said the newcomers needed housing more than jobs: oil companies in Zhanaozen and Aktau are hiring, but flats cost twice what they did in 2010. Officials in Astana have proposed sending families to the Kostanay and Aktobe regions, but few have agreed. Several families from Nukus and Kungrad said they would stay near the Caspian.""",
     ann=[
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N, {'note': 'headline; NI:origin'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'headline, region named without "Region"'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Turkmenistan', 1, 'foreign', 'Turkmenistan', N, {'note': 'NI:origin'}),
        ('Mangystau Region', 0, 'region', MR, MR),
        ('Dashoguz', 0, 'foreign', 'Dashoguz Province', N, {'note': 'NI:origin; in a list sharing "provinces"'}),
        ('Balkan', 0, 'foreign', 'Balkan Province', N, {'note': 'NI:origin; in a list sharing "provinces"'}),
        ('Temirbaba checkpoint', 0, 'facility', 'Temirbaba checkpoint', MR, {'subkind': 'border checkpoint', 'note': 'NI:route'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:reference point'}),
        ('Turkmenbashi', 0, 'foreign', 'Turkmenbashi', N, {'note': 'NI:route start'}),
        ('Bolashak station', 0, 'facility', 'Bolashak station', MR, {'subkind': 'railway station', 'note': 'NI:route end'}),
        ('Karakiyan district', 0, 'district', 'Karakiyan District', MR),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:residence'}),
        ('Beyneu district', 0, 'district', 'Beyneu District', MR, {'note': 'NI:residence'}),
        ('Karakalpakstan', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin'}),
        ('Tazhen', 0, 'village', 'Tazhen', MR),
        ('Beyneu', 1, 'village', 'Beyneu', MR, {'note': 'NI:reference point'}),
        ('Turkmenistan', 2, 'foreign', 'Turkmenistan', N, {'note': 'NI:origin'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin'}),
        ('Zhanaozen', 2, 'city', 'Zhanaozen', MR, {'note': 'NI:employers'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:employers'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of officials'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:proposed destination; in a list sharing "regions"'}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'NI:proposed destination; in a list sharing "regions"'}),
        ('Nukus', 0, 'foreign', 'Nukus', N, {'note': 'NI:origin'}),
        ('Kungrad', 0, 'foreign', 'Kungrad', N, {'note': 'NI:origin'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
     ],
     inc={}),

dict(id='p008', date='2025-02-10', lang='en',
     event='2025 border guards fire on a smugglers\' car near Sharbulak, Kazygurt district, and a Tajik migrant drowns crossing the Syr Darya near Shardara (Turkistan Region); cigarettes seized at the Nur Zholy checkpoint near Khorgos (Jetisu Region, not an incident); chases in two other regions (unattributed)',
     text="""Border guards fire on smugglers' car, migrant drowns in Syr Darya
TURKISTAN, Feb 10 (KazTAG) - Kazakh border guards opened fire on a car that tried to break through a patrol near the village of Sharbulak in Kazygurt district late on Saturday, wounding the driver, the border service department of Turkistan Region said on Monday.
The car, a Toyota with Uzbek plates, was carrying 900 kg of undeclared dried fruit and 40 boxes of cigarettes bought in Tashkent. The driver, a 34-year-old citizen of Uzbekistan, was taken to hospital in Shymkent under guard; his passenger fled back across the border on foot.
On Sunday morning, rescuers pulled the body of a man from the Syr Darya below the dam at Shardara. Border guards believe he was one of a group of four migrants from Tajikistan who had tried to wade across the river at night to avoid the checkpoint; the other three were detained on the bank. Relatives said the men had hoped to reach building sites in Astana and then Russia.
The department said patrols had been stepped up along the 600 km of border in Saryagash, Kazygurt, Maktaaral and Shardara districts, and that chases of smugglers had ended in crashes in two other regions since January.
Separately, customs officers in Jetisu Region found 2,000 cartons of cigarettes hidden among car parts in a lorry from China at the Nur Zholy checkpoint near Khorgos. The driver, a resident of Zharkent, was charged with smuggling. A spokesman in Astana said seizures on the Chinese border had tripled since 2023, while the number of people crossing illegally from Uzbekistan and Kyrgyzstan had fallen by a third.""",
     ann=[
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('TURKISTAN', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Sharbulak', 0, 'village', 'Sharbulak', TR),
        ('Kazygurt district', 0, 'district', 'Kazygurt District', TR),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of goods'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital'}),
        ('Syr Darya', 1, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'river on the Kazakh-Uzbek border at Shardara'}),
        ('Shardara', 0, 'city', 'Shardara', TR),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N, {'note': 'NI:origin'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:intended destination'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:intended destination'}),
        ('Saryagash', 0, 'district', 'Saryagash District', TR, {'note': 'NI:patrols; in a list sharing "districts"'}),
        ('Kazygurt', 1, 'district', 'Kazygurt District', TR, {'note': 'NI:patrols; in a list sharing "districts"'}),
        ('Maktaaral', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:patrols; in a list sharing "districts"'}),
        ('Shardara', 1, 'district', 'Shardara District', TR, {'note': 'NI:patrols; in a list sharing "districts"'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'note': 'smugglers\' chases ending in crashes since January', 'count': 2, 'unit': 'region'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'NI:seizure of cigarettes, not an incident'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:origin of the lorry'}),
        ('Nur Zholy checkpoint', 0, 'facility', 'Nur Zholy checkpoint', JTR, {'subkind': 'border checkpoint', 'note': 'NI:seizure of cigarettes, not an incident'}),
        ('Khorgos', 0, 'village', 'Khorgos', JTR, {'note': 'NI:reference point'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:residence'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the spokesman'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
     ],
     inc={TR: (2, 'border guards fired on a smugglers\' car near Sharbulak, Kazygurt district; a Tajik migrant drowned crossing the Syr Darya at Shardara (the customs seizure near Khorgos is not an incident)')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'chases of smugglers ending in crashes since January in two unnamed regions'}]),
]
