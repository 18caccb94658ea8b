"""English texts of the fifty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
CD, MD, ST = 'city district', 'microdistrict', 'street'

DOCS = [
dict(id='p001', date='2023-11-14', lang='en',
     event='2023 weekly Almaty police blotter: a woman beaten and robbed at a bus stop on Abay Avenue (Bostandyk district), a stabbing outside a nightclub on Kazybek bi Street (Almaly district), three cars set on fire next to the Barakholka market (Alatau district); a car stolen in Kalkaman (Nauryzbay district) and found in Kaskelen (Almaty Region) and a phone fraud ring in Auezov district with cash withdrawn in Konaev and Shymkent (not counted); the Zhetysu-2 microdistrict is not Jetisu Region',
     text="""ALMATY POLICE BLOTTER: ROBBERY ON ABAY, KNIFING OUTSIDE A CLUB, CARS TORCHED AT BARAKHOLKA
ALMATY, Nov 14 (Vlast.kz) - Here is our weekly round-up of incidents reported by the Almaty city police department between November 6 and 13.

Bostandyk district. Late on Tuesday two young men attacked a 58-year-old woman at a bus stop on Abay Avenue near the corner of Rozybakiev Street, knocked her to the ground and took her handbag and phone. She was treated for a broken wrist. Both suspects were detained the next morning in a rented flat in the Orbita-3 microdistrict.

Almaly district. At about 3 a.m. on Saturday a quarrel in the queue outside a nightclub on Kazybek bi Street turned into a fight. A 24-year-old guest was stabbed in the stomach and is in a serious condition at City Hospital No. 4. Police are looking for the attacker, a man in a grey tracksuit who left in a taxi towards Tole Bi Street.

Alatau district. Three cars parked overnight on a lot next to the Barakholka market were set on fire on Thursday. Firefighters put out the blaze within 40 minutes; investigators suspect a feud between car resellers.

Nauryzbay and Auezov districts. A Toyota Camry stolen from a courtyard in Kalkaman was found two days later in Kaskelen, Almaty Region, with new number plates. In Auezov district officers broke up a ring of five people who posed as bank security staff on the phone and talked pensioners into transferring 46 million tenge. The callers worked from a flat in the Zhetysu-2 microdistrict, police said; the money was withdrawn at cash machines in Konaev and Shymkent.

Colonel Daniyar Sultanbekov, the department's spokesman, said street robberies in the city had fallen by a fifth since January, while phone fraud had grown "in every district". Across Kazakhstan, the Interior Ministry registered more than 18,000 fraud cases in the first ten months of the year.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; noun used as a modifier'}),
        ('ABAY', 0, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': ST, 'note': 'headline; avenue named without head noun, after the poet; not Abai Region'}),
        ('BARAKHOLKA', 0, 'facility', 'Barakholka market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'headline'}),
        ('ALMATY', 1, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (city police department)'}),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': CD}),
        ('Abay Avenue', 0, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': ST, 'note': 'avenue named after the poet; not Abai Region'}),
        ('Rozybakiev Street', 0, 'facility', 'Rozybakiev Street (Almaty)', 'Almaty', {'subkind': ST, 'note': 'corner next to the scene; street named after a person'}),
        ('Orbita-3 microdistrict', 0, 'district', 'Orbita (Almaty)', 'Almaty', {'subkind': MD, 'note': 'NI:place of arrest'}),
        ('Almaly district', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': CD}),
        ('Kazybek bi Street', 0, 'facility', 'Kazybek bi Street (Almaty)', 'Almaty', {'subkind': ST, 'note': 'street named after a person; not Kazybek bi district of Karaganda'}),
        ('Tole Bi Street', 0, 'facility', 'Tole Bi Street (Almaty)', 'Almaty', {'subkind': ST, 'note': 'NI:direction of escape; street named after a person, not the village of Tole Bi'}),
        ('Alatau district', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': CD}),
        ('Barakholka market', 0, 'facility', 'Barakholka market (Almaty)', 'Almaty', {'subkind': 'market'}),
        ('Nauryzbay', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:in a list sharing "districts"; car theft, not counted'}),
        ('Auezov', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:in a list sharing "districts"; fraud, not counted'}),
        ('Kalkaman', 0, 'district', 'Kalkaman (Almaty)', 'Almaty', {'subkind': MD, 'note': 'NI:car theft without violence, not counted'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:stolen car found'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:stolen car found'}),
        ('Auezov district', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:fraud ring broken up, not counted'}),
        ('Zhetysu-2 microdistrict', 0, 'district', 'Zhetysu-2 (Almaty)', 'Almaty', {'subkind': MD, 'note': "NI:fraudsters' workplace; not Jetisu Region"}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:cash withdrawn'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:cash withdrawn'}),
        ('every district', 0, 'quantified', 'all districts', N, {'count': N, 'unit': 'district', 'quantifier': 'all', 'note': 'all districts of Almaty; growth of phone fraud, not an incident statement'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Almaty': (3, 'woman knocked down and robbed on Abay Avenue (Bostandyk district); guest stabbed outside a nightclub on Kazybek bi Street (Almaly district); three cars set on fire next to the Barakholka market (Alatau district), one arson; the car theft and the fraud ring are not counted')}),

dict(id='p002', date='1996-07-09', lang='en',
     event='1996 gunmen wound a cashier and a passer-by while robbing a currency exchange booth near the Green Market (Zelyony Bazaar) in Almaty, and a background May armed robbery of a money changer on Furmanov Street; getaway car found near Kamenka (Almaty Region); the planned move of the capital to Akmola (Astana)',
     text="""GUNMEN ROB MONEY CHANGERS NEAR ALMATY'S GREEN MARKET
ALMATY, July 9 (Reuters) - Two masked men opened fire at a currency exchange booth near the Green Market (Zelyony Bazaar) in central Almaty on Monday evening, wounding a cashier and a passer-by, and escaped with about $30,000 in dollars and tenge, police said.
The robbers fled in a white Lada that was later found abandoned in a gully near Kamenka, a village in the foothills outside the city. Police believe the same gang held up a money changer at gunpoint on Furmanov Street in May.
Street crime has risen sharply in the former Alma-Ata since the Soviet collapse, and currency traders complain that they have to pay for their own guards. "The police come after the shooting, never before," said one trader who gave his name only as Marat.
The government is due to move to Akmola, the designated new capital in the north, over the next few years, but most banks and exchange offices say they will stay in Almaty. Officials in Akmola said on Monday that the city would get a new police unit to fight street crime.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; possessive'}),
        ('GREEN MARKET', 0, 'facility', 'Green Market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'headline'}),
        ('ALMATY', 1, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Green Market', 0, 'facility', 'Green Market (Almaty)', 'Almaty', {'subkind': 'market'}),
        ('Zelyony Bazaar', 0, 'facility', 'Green Market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'Russian name of the Green Market, in brackets'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Kamenka', 0, 'village', 'Kamenka (Karasai district)', ALR, {'note': 'NI:getaway car found abandoned'}),
        ('Furmanov Street', 0, 'facility', 'Furmanov Street (Almaty)', 'Almaty', {'subkind': ST, 'note': 'street named after a person; background armed robbery in May'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet name'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the designated capital in 1996 (the city now called Astana), not Akmola Region'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:banks staying'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'NI:officials announcing a police unit'}),
     ],
     inc={'Almaty': (2, 'shooting robbery of a currency exchange booth near the Green Market, two wounded; background armed hold-up of a money changer on Furmanov Street in May')}),

dict(id='p003', date='2019-05-02', lang='en',
     event='2019 May-holiday night in Nur-Sultan: nightclub brawl on Kabanbay Batyr Avenue (Yesil district), a visitor from Karaganda beaten and robbed on Pobedy Avenue (Saryarka district), a taxi driver shot with a traumatic pistol near the Shapagat market (Baikonur district); car thefts in the Koktal microdistrict of Almaty district (the capital\'s district, not the city) with cars found in Kosshy (Akmola Region), not counted; the new name Nur-Sultan and the old name Astana',
     text="""NUR-SULTAN: NIGHTCLUB BRAWL IN YESIL DISTRICT, PASSER-BY ROBBED IN SARYARKA
NUR-SULTAN, May 2 (Tengrinews) - The May holidays began with a busy night for the capital's police, the city police department said on Thursday.

Shortly after 2 a.m. on May 1 a fight broke out between two groups of guests at a nightclub on Kabanbay Batyr Avenue in Yesil district. Security guards threw the men out, but the brawl went on in the car park, where one man was hit on the head with a bottle and another had his jaw broken. Eleven people were detained and a criminal case for hooliganism has been opened.

Two hours later, in Saryarka district, three teenagers beat a 30-year-old man on Pobedy Avenue and took his phone and watch. The victim, a visitor from Karaganda, was taken to hospital with concussion.

In Almaty district - the capital's own, not the southern city - residents of the Koktal microdistrict have reported four car thefts since mid-April. Police say the cars are driven out of the city at night and sold for parts in Akmola Region; one was found on Wednesday in a garage in Kosshy.

In Baikonur district a man fired a traumatic pistol at a taxi driver after an argument over the fare near the Shapagat market. The driver was slightly hurt by a rubber bullet. The shooter, a 41-year-old resident of Temirtau, was detained at the railway station.

The city was renamed Nur-Sultan in March, but many residents and even some police reports still say Astana. The police chief, Major General Murat Beisenov, told reporters that crime in the capital had fallen by 9% since January and that the department would put 200 more cameras on the streets of all four districts before the summer.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-03-23 to 2022-09-17'}),
        ('YESIL DISTRICT', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': CD, 'note': 'headline'}),
        ('SARYARKA', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': CD, 'note': 'headline; district named without head noun'}),
        ('NUR-SULTAN', 1, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kabanbay Batyr Avenue', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': ST, 'note': 'avenue named after a person'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': CD}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': CD}),
        ('Pobedy Avenue', 0, 'facility', 'Pobedy Avenue (Astana)', 'Astana', {'subkind': ST}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:victim's home town"}),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:car thefts, not counted; district of the capital, not Almaty or Almaty Region'}),
        ('Koktal microdistrict', 0, 'district', 'Koktal (Astana)', 'Astana', {'subkind': MD, 'note': 'NI:car thefts, not counted'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:stolen cars sold for parts'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'NI:stolen car found; village status in 2019'}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': CD, 'note': 'district of the capital, not the cosmodrome'}),
        ('Shapagat market', 0, 'facility', 'Shapagat market (Astana)', 'Astana', {'subkind': 'market'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': "NI:shooter's residence"}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the former name still in use'}),
        ('all four districts', 0, 'quantified', 'all 4 districts', N, {'count': 4, 'unit': 'district', 'quantifier': 'all', 'note': 'the four districts of the capital; cameras planned, not an incident statement'}),
     ],
     inc={'Astana': (3, 'nightclub brawl on Kabanbay Batyr Avenue (Yesil district), detentions part of it; man beaten and robbed on Pobedy Avenue (Saryarka district); taxi driver shot with a traumatic pistol near the Shapagat market (Baikonur district); car thefts in Almaty district not counted')}),

dict(id='p004', date='2008-03-18', lang='en',
     event='2008 mass brawl between traders at the Kazygurt market in Enbekshi district of Shymkent, one stabbed to death (South Kazakhstan Region before the 2018 split); traders from Sayram district; suspects caught near Zhibek Zholy on the Shymkent-Tashkent road; the market named after a district',
     text="""Mass brawl at Shymkent market leaves one dead
SHYMKENT, March 18 (KazTAG) - A 27-year-old man died of stab wounds and four others were hurt in a mass fight between traders at the Kazygurt market in Enbekshi district of Shymkent on Monday, the South Kazakhstan regional police department said.
According to the police, the quarrel started over a trading place between vendors from the city and newcomers from Sayram district. About thirty people joined in with sticks and knives. Nineteen were detained on the spot; two men suspected of the killing were caught the same evening at a checkpoint on the Shymkent-Tashkent road near Zhibek Zholy.
The injured were taken to the regional hospital, where one of them remains in intensive care. The Kazygurt market, a clothes bazaar named after the district and the mountain south of the city, stayed closed on Tuesday.
Regional police chief Serik Zhaksybekov said it was the third fight at Shymkent markets since January and promised more patrols in the Enbekshi and Al-Farabi districts.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Kazygurt market', 0, 'facility', 'Kazygurt market (Shymkent)', SKR, {'subkind': 'market', 'note': 'market named after a district; not Kazygurt district'}),
        ('Enbekshi district', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': CD}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Sayram district', 0, 'district', 'Sayram District', SKR, {'note': "NI:traders' origin"}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Zhibek Zholy', 0, 'village', 'Zhibek Zholy (Saryagash district)', SKR, {'note': 'NI:place of arrest'}),
        ('Kazygurt market', 1, 'facility', 'Kazygurt market (Shymkent)', SKR, {'subkind': 'market'}),
        ('Shymkent', 3, 'city', 'Shymkent', SKR, {'note': 'NI:statistics of earlier fights'}),
        ('Enbekshi', 1, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': CD, 'note': 'NI:patrols; in a list sharing "districts"'}),
        ('Al-Farabi', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': CD, 'note': 'NI:patrols; in a list sharing "districts"'}),
     ],
     inc={SKR: (1, 'mass fight at the Kazygurt market in Enbekshi district of Shymkent, one stabbed to death; detentions part of it; "the third fight since January" is statistics')}),

dict(id='p005', date='2021-02-10', lang='en',
     event='2021 Shymkent court jails a car-sale fraud ring with victims in Shymkent, Turkistan Region, Kyzylorda and Taraz, run from flats in Turan and Al-Farabi districts; two car thieves from Kentau and Turkestan who drove cars to Uzbekistan (no incident: fraud, theft and sentences are not counted); Karatau district of Shymkent',
     text="""Shymkent court jails car-sale fraud ring
SHYMKENT, Feb 10 (Kazinform) - A criminal court in Shymkent on Wednesday sentenced six members of a fraud ring to between four and nine years in prison for selling cars that did not exist.
The group advertised cheap cars on classified sites, took advance payments and then disappeared. Investigators counted 73 victims in Shymkent, Turkistan Region, Kyzylorda and Taraz, who lost 112 million tenge in total. The organiser, a 35-year-old resident of the city's Karatau district, ran the scheme from rented flats in the Turan and Al-Farabi districts and changed SIM cards bought in Tashkent every week.
Two other defendants were convicted of stealing cars from car parks in Kentau and Turkestan and driving them across the border to Uzbekistan. Neither of them used violence, the judge noted, which was reflected in their shorter terms.
Defence lawyer Aigerim Bekova said she would appeal to the Shymkent city court.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; seat of the court; city of republican significance since 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the court'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': "NI:victims' residence; fraud, not counted"}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': "NI:victims' residence"}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': "NI:victims' residence"}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': "NI:victims' residence"}),
        ('Karatau district', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': "NI:organiser's residence; district of Shymkent, not the Jambyl town of Karatau"}),
        ('Turan', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'NI:fraud run from flats; in a list sharing "districts"'}),
        ('Al-Farabi', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'NI:fraud run from flats; in a list sharing "districts"'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:where SIM cards were bought'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:car thefts without violence, not counted'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:car thefts without violence, not counted'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:destination of stolen cars'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of a court'}),
     ],
     inc={}),

dict(id='p006', date='2005-10-04', lang='en',
     event='2005 weekend round-up of regional police reports: a businessman shot outside his cafe on Yerubayev Street in Kazybek bi district of Karaganda; four cars set alight in a courtyard on Toraigyrov Street in Pavlodar; a student stabbed outside a disco in the Zhana Semey part of Semipalatinsk (East Kazakhstan Region, the old name still official in 2005), suspects held in Ust-Kamenogorsk; car thefts in Ekibastuz and forged car papers in Oral (not counted); car arsons in two other, unnamed regions (unattributed)',
     text="""REGIONAL ROUND-UP: SHOOTING IN KARAGANDA, CARS TORCHED IN PAVLODAR, STABBING IN SEMIPALATINSK
ASTANA, Oct 4 (KazTAG) - Regional police departments reported the following incidents over the weekend.

Karaganda. A 44-year-old businessman was wounded by two shots fired from a passing car as he was locking up his cafe on Yerubayev Street in Kazybek bi district late on Saturday. The car, a dark Audi with Russian plates, was found abandoned the next morning near Maikuduk. Police link the attack to a dispute over a plot of land on Bukhar Zhyrau Avenue.

Pavlodar. Four cars parked in a courtyard on Toraigyrov Street were doused with petrol and set alight at about 4 a.m. on Sunday; two of them burnt out completely. Residents told police they had heard a motorbike drive away. The same night two Lada cars were stolen in Ekibastuz; one turned up on Monday near the Russian border on the road to Omsk.

Semipalatinsk. A 19-year-old student was stabbed in a fight between two groups of young men outside a disco in Zhana Semey, the part of the city on the left bank of the Irtysh. His condition is stable. The East Kazakhstan regional police said three suspects had been detained in Ust-Kamenogorsk.

Oral. Police in Uralsk said they had broken up a ring that sold forged car documents to buyers from Aksai, Atyrau and Russia's Saratov region.

Similar arson attacks on cars were reported in two other regions, which the Interior Ministry did not name. A ministry spokesman said that burning a rival's car was "becoming a way of settling business scores" in Kazakhstan's big cities.""",
     ann=[
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'headline'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'headline; official name until 2007; East Kazakhstan Region before 2022-06-08'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'section heading'}),
        ('Yerubayev Street', 0, 'facility', 'Yerubayev Street (Karaganda)', KR, {'subkind': ST, 'note': 'street named after a person'}),
        ('Kazybek bi district', 0, 'district', 'Kazybek bi District (Karaganda)', KR, {'subkind': CD, 'note': 'district named after a person'}),
        ('Maikuduk', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': MD, 'note': 'NI:getaway car found abandoned'}),
        ('Bukhar Zhyrau Avenue', 0, 'facility', 'Bukhar Zhyrau Avenue (Karaganda)', KR, {'subkind': ST, 'note': 'NI:disputed plot of land; avenue named after a person'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'section heading'}),
        ('Toraigyrov Street', 0, 'facility', 'Toraigyrov Street (Pavlodar)', PR, {'subkind': ST, 'note': 'street named after a person'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:car thefts without violence, not counted'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:road destination'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'section heading; official name until 2007'}),
        ('Zhana Semey', 0, 'district', 'Zhana Semey (Semey)', EKR, {'subkind': MD, 'note': 'left-bank part of the city'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:place of arrest'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:section heading; forgery ring, not counted'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:Russian name; forgery ring, not counted'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': "NI:buyers' residence"}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': "NI:buyers' residence"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:buyers' residence; possessive"}),
        ('Saratov region', 0, 'foreign', 'Saratov Oblast', N, {'note': "NI:buyers' residence"}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'car arsons in two unnamed regions'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'possessive'}),
     ],
     inc={KR: (1, 'businessman wounded by shots from a passing car on Yerubayev Street, Kazybek bi district of Karaganda'),
          PR: (1, 'four cars set alight in a courtyard on Toraigyrov Street, Pavlodar (one arson); car thefts in Ekibastuz not counted'),
          EKR: (1, 'student stabbed in a fight outside a disco in Zhana Semey, Semipalatinsk')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'car arsons in two other, unnamed regions'}]),

dict(id='p007', date='2024-08-20', lang='en',
     event='2024 knife fight outside a nightclub on Abilkayir Khan Avenue in Astana district of Aktobe, and two cars set on fire in the Batys-2 microdistrict of Almaty district of Aktobe (Aktobe Region); suspect held in Khromtau; the two Aktobe city districts named after the capital and Almaty',
     text="""Aktobe: knife fight outside a nightclub in Astana district, cars set alight in Almaty district
AKTOBE, Aug 20 (Tengrinews) - Police in Aktobe have detained seven men after a fight outside a nightclub on Abilkayir Khan Avenue, in the city's Astana district, early on Sunday. Two men aged 22 and 25 were taken to hospital with knife wounds; doctors describe their condition as moderate.
On Monday night two cars were set on fire in a courtyard in the Batys-2 microdistrict, in Almaty district. Firefighters managed to save a third car parked next to them. A 31-year-old suspect was detained on Tuesday in Khromtau, the Aktobe region police department said.
Since 2018 Aktobe has been divided into two city districts named Astana and Almaty, after the capital and the southern metropolis. "People call us to report a crime in Almaty and we have to ask which Almaty they mean," a duty officer joked.""",
     ann=[
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('Astana district', 0, 'district', 'Astana District (Aktobe)', AR, {'subkind': CD, 'note': 'headline; district of Aktobe, not the capital'}),
        ('Almaty district', 0, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'note': 'headline; district of Aktobe, not Almaty or Almaty Region'}),
        ('AKTOBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR),
        ('Abilkayir Khan Avenue', 0, 'facility', 'Abilkayir Khan Avenue (Aktobe)', AR, {'subkind': ST, 'note': 'avenue named after a person'}),
        ('Astana district', 1, 'district', 'Astana District (Aktobe)', AR, {'subkind': CD, 'note': 'district of Aktobe, not the capital'}),
        ('Batys-2 microdistrict', 0, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': MD}),
        ('Almaty district', 1, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'note': 'district of Aktobe'}),
        ('Khromtau', 0, 'city', 'Khromtau', AR, {'note': 'NI:place of arrest'}),
        ('Aktobe region', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Aktobe', 3, 'city', 'Aktobe', AR, {'note': 'NI:background on the city districts'}),
        ('Astana', 2, 'district', 'Astana District (Aktobe)', AR, {'subkind': CD, 'note': 'NI:background; district named after the capital'}),
        ('Almaty', 2, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'note': 'NI:background; district named after the city of Almaty'}),
        ('Almaty', 3, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'uncertain': True, 'note': "NI:callers' wording in a quote; refers to the Aktobe district, not the city"}),
        ('Almaty', 4, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'uncertain': True, 'note': 'NI:in a quote; the Aktobe district or the city, the ambiguity the officer jokes about'}),
     ],
     inc={AR: (2, 'knife fight outside a nightclub on Abilkayir Khan Avenue (Astana district of Aktobe), two wounded; two cars set on fire in the Batys-2 microdistrict (Almaty district of Aktobe)')}),

dict(id='p008', date='2026-01-27', lang='en',
     event='2026 Interior Ministry crime statistics for 2025: crime down in Almaty (Almaly and Auezov districts), Astana (Nura district) and Shymkent (Tauke Khan Avenue, Ordabasy Square); fraud up in five regions led by Karaganda and Pavlodar regions, and in Semey (Abai Region); briefing on Abay Avenue in Astana (no incident)',
     text="""Crime down in the three biggest cities, fraud up in the regions
ASTANA, Jan 27 (Kazinform) - Registered crime in Almaty, Astana and Shymkent fell by 11% in 2025, the Interior Ministry said on Tuesday at a briefing in its new situation centre on Abay Avenue in the capital.
Almaty still has the largest number of street robberies, most of them in the Almaly and Auezov districts, although the figure fell by 17%. In Astana, Nura district, the youngest of the capital's five districts, recorded the fastest rise in thefts from flats, which officials linked to the new housing estates there. Shymkent reported half as many car thefts as in 2024 after cameras were installed along Tauke Khan Avenue and around Ordabasy Square.
Telephone and internet fraud, however, grew in five regions, led by the Karaganda and Pavlodar regions. In Abai Region, created in 2022, police registered 2,300 fraud cases, most of them in Semey.
Deputy Minister Arman Kusainov said the ministry would extend its programme of neighbourhood police stations to all regions of the country this year.""",
     ann=[
        ('three biggest cities', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'headline; Almaty, Astana and Shymkent, named in the text; statistics, not an incident statement'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:statistics'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:statistics'}),
        ('Abay Avenue', 0, 'facility', 'Abay Avenue (Astana)', 'Astana', {'subkind': ST, 'note': 'NI:venue of the briefing; avenue named after the poet, not Abai Region'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Almaly', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:statistics; in a list sharing "districts"'}),
        ('Auezov', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:statistics; in a list sharing "districts"'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:statistics'}),
        ('Nura district', 0, 'district', 'Nura District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:statistics'}),
        ('five districts', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': "the capital's five districts; not an incident statement"}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:statistics'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': ST, 'note': 'NI:cameras installed; avenue named after a person'}),
        ('Ordabasy Square', 0, 'facility', 'Ordabasy Square (Shymkent)', 'Shymkent', {'subkind': 'square', 'note': 'NI:cameras installed; square named after a place, not Ordabasy district'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'fraud statistics, not an incident statement; two of them named'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:fraud statistics; in a list sharing "regions"'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:fraud statistics; in a list sharing "regions"'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'NI:fraud statistics'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:fraud statistics'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'planned programme, not an incident statement'}),
     ],
     inc={}),
]
