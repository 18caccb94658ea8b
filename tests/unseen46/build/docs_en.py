"""English texts of the forty-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2024-04-08', lang='en',
     event='2024 spring floods live blog: 47 homes flooded in Kusmuryn (Auliekol district, Kostanay Region), 64 houses in Ayagoz (Abai Region), 23 yards in Beskol/Bishkul (Kyzylzhar district, North Kazakhstan Region); Kostanay city not flooded; precautionary evacuation of Badamsha below the Kargaly reservoir (Aktobe Region); evacuations in West Kazakhstan; hashtags #Petropavl and #СКО; flooding in four other, unnamed regions (unattributed)',
     text="""LIVE: Floods in Kostanay, North Kazakhstan and Abai regions, day 5
Updated April 8, 21:40 Astana time (Tengrinews English)

21:40 - The Tobyl in Kostanay rose another 14 cm this evening, the city akimat wrote on Telegram. Volunteers are laying sandbags along the embankment; so far no houses in the city have been flooded.

21:05 - Further south the Ubagan has burst its banks in Auliekol district. Water has entered 47 homes in the settlement of Kusmuryn, the Kostanai regional akimat says; people were taken out by boat overnight.

20:30 - A reader sent us this from Ayagoz: "water on our street in ayagoz since 6am, whole street is under, akimat is silent!!!" The Abai region emergencies department says 64 houses in the town have been flooded after the Ayagoz river overflowed.

19:50 - In Aktobe region the dam of the Kargaly reservoir near Badamsha is holding, but engineers call the pressure "critical". About 1,200 residents of Badamsha have been moved to schools in Aqtobe as a precaution.

19:15 - Our correspondent in Petropavlovsk: Kazhydromet expects the Yesil to peak near Petropavl around April 12. In Beskol (Bishkul), the centre of Kyzylzhar district, melt water has already flooded 23 yards. The district akimat's post, tagged #Petropavl and #СКО, urges people in low-lying streets to leave.

18:40 - The Emergencies Ministry says more than 11,000 people have been evacuated across Kazakhstan since April 3, most of them in the Kostanay, Aktobe and West Kazakhstan regions. It also reports flooded houses in four other regions, which it did not name. Posts with #KazakhstanFloods have been shared more than 40,000 times.

17:55 - @oral_chs, the account of the city emergencies service in Oral, reports that the Chagan is still 40 cm below the danger mark.""",
     ann=[
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'headline; in a list sharing "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'headline; in a list sharing "regions"'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'headline; in a list sharing "regions"; Abai Region since 2022-06-08'}),
        ('Tobyl', 0, 'facility', 'Tobol River', N, {'subkind': 'river', 'note': 'Kazakh name of the Tobol'}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': 'NI:river rising, no houses flooded'}),
        ('Ubagan', 0, 'facility', 'Ubagan River', N, {'subkind': 'river'}),
        ('Auliekol district', 0, 'district', 'Auliekol District', KOR),
        ('Kusmuryn', 0, 'village', 'Kusmuryn', KOR, {'note': 'settlement'}),
        ('Kostanai', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority (regional akimat); Russian-style spelling of Kostanay'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': "origin of a reader's message; the town is flooded"}),
        ('ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': "lower-case in a reader's message"}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Ayagoz river', 0, 'facility', 'Ayagoz River', N, {'subkind': 'river'}),
        ('Aktobe region', 0, 'region', AR, AR, {'note': 'NI:dam under pressure, precautionary evacuation; no flood'}),
        ('Kargaly reservoir', 0, 'facility', 'Kargaly reservoir', AR, {'subkind': 'reservoir', 'note': 'NI:dam holding'}),
        ('Badamsha', 0, 'city', 'Badamsha', AR, {'note': 'NI:reference point'}),
        ('Badamsha', 1, 'city', 'Badamsha', AR, {'note': 'NI:precautionary evacuation'}),
        ('Aqtobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:evacuation destination; Kazakh Latin spelling'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': "NI:correspondent's location; Russian name"}),
        ('Yesil', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:forecast peak, no flooding reported in the city'}),
        ('Beskol', 0, 'village', 'Beskol', NKR, {'note': 'centre of Kyzylzhar district; not the Beskol of Alakol district (Jetisu Region)'}),
        ('Bishkul', 0, 'village', 'Beskol', NKR, {'note': 'former name of Beskol, in brackets'}),
        ('Kyzylzhar district', 0, 'district', 'Kyzylzhar District', NKR),
        ('Petropavl', 1, 'city', 'Petropavl', NKR, {'note': 'hashtag consisting of a place name; NI:tag of a post'}),
        ('СКО', 0, 'region', NKR, NKR, {'note': 'hashtag; Russian abbreviation of North Kazakhstan Region'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Kostanay', 2, 'region', KOR, KOR, {'note': 'NI:evacuations; in a list sharing "regions"'}),
        ('Aktobe', 1, 'region', AR, AR, {'note': 'NI:evacuations; in a list sharing "regions"'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'NI:evacuations; in a list sharing "regions"'}),
        ('four other regions', 0, 'quantified', '4 other regions', N, {'count': 4, 'unit': 'region', 'note': 'flooded houses in four unnamed regions'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:seat of a service, no flooding'}),
        ('Chagan', 0, 'facility', 'Chagan River', N, {'subkind': 'river'}),
     ],
     inc={KOR: (1, 'flood: 47 homes in Kusmuryn, Auliekol district; Kostanay city only threatened'),
          ABR: (1, 'flood: 64 houses in Ayagoz after the Ayagoz river overflowed'),
          NKR: (1, 'flood: 23 yards in Beskol (Bishkul), Kyzylzhar district; Petropavl only threatened')},
     unatt=[{'label': 'four other regions', 'count': 4, 'note': 'houses flooded in four other, unnamed regions'}]),

dict(id='p002', date='2008-05-14', lang='en',
     event='2008 gas cylinder blast at a cafe in the Samal-2 microdistrict of Shymkent (Chimkent), nine hurt (South Kazakhstan Region before the 2018 split); victims from Lenger on their way to Almaty; all-caps headline, reader\'s lower-case caption',
     text="""GAS BLAST RIPS THROUGH CHIMKENT CAFE, NINE HURT
SHYMKENT, May 14 (KazTAG) - A gas cylinder exploded in the kitchen of a cafe in Chimkent's Samal-2 microdistrict on Wednesday afternoon, injuring nine people, the South Kazakhstan regional emergencies department said.
The blast blew out the windows of the one-storey building on Tauke Khan Avenue and set fire to the kitchen. Four of the injured, a family from Lenger who had stopped for lunch on their way to Almaty, were taken to the city's burns centre.
"There was a bang and then glass everywhere," a waitress told KazTAG. A reader sent us a photo from his phone with the caption "shymkent samal cafe blown up, ambulances everywhere".
The owner kept three cylinders in the kitchen without a permit, police said. Fires and blasts caused by bottled gas have killed 14 people in the region since January, according to the department.""",
     ann=[
        ('CHIMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'headline; Russian-style spelling; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'possessive'}),
        ('Samal-2 microdistrict', 0, 'district', 'Samal (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of victims'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('shymkent', 0, 'city', 'Shymkent', SKR, {'note': "lower-case in a reader's caption"}),
        ('samal', 0, 'district', 'Samal (Shymkent)', SKR, {'subkind': 'microdistrict', 'note': "lower-case in a reader's caption"}),
     ],
     inc={SKR: (1, 'gas cylinder explosion at a cafe in Samal-2, Shymkent, nine hurt; the 14 deaths since January are a statistic')}),

dict(id='p003', date='2020-07-19', lang='en',
     event='2020 storm tears roofs in Nur-Sultan (Kenesary Street, Khan Shatyr) and fells a tree on a car in Kosshy (Tselinograd district, Akmola Region); power cut in Saryarka district; hashtags #NurSultan and #Astana; the misspelling Nursultan',
     text="""Storm tears off roofs in Nur-Sultan and Kosshy, six hurt
NUR-SULTAN, July 19 (Kazinform) - Gusts of up to 30 metres per second hit the capital and the surrounding Akmola region on Saturday evening, tearing roofs off buildings, felling more than 200 trees and injuring six people, officials said.
In Nur-Sultan the roof of a five-storey block on Kenesary Street was blown onto parked cars, and two pedestrians were hurt by a falling billboard near the Khan Shatyr shopping centre. In the settlement of Kosshy, 5 km south of the capital, a tree fell on a car and injured its driver, the Tselinograd district akimat said.
Videos posted with the hashtags #NurSultan and #Astana showed billboards flying along the avenues. "Nursultan is being blown away, stay home ppl," one user wrote.
Power was cut to about 12,000 flats in Saryarka district for several hours. Kazhydromet had issued a storm warning for the Akmola, Karaganda and Pavlodar regions on Friday.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'headline; settlement of Tselinograd district (town status from 2021)'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana'),
        ('Kenesary Street', 0, 'facility', 'Kenesary Street (Astana)', 'Astana', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Khan Shatyr shopping centre', 0, 'facility', 'Khan Shatyr (Astana)', 'Astana', {'subkind': 'shopping centre'}),
        ('Kosshy', 1, 'village', 'Kosshy', AKR),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR, {'note': 'inside the name of an authority (akimat); the district, not the old name of the capital'}),
        ('NurSultan', 0, 'city', 'Astana', 'Astana', {'note': 'hashtag consisting of a place name, written without hyphen'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'hashtag; the former and later name of the capital'}),
        ('Nursultan', 0, 'city', 'Astana', 'Astana', {'note': "unhyphenated spelling in a user's post; not the person"}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'power cut, not an incident'}),
        ('Akmola', 1, 'region', AKR, AKR, {'note': 'NI:storm warning; in a list sharing "regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:storm warning; in a list sharing "regions"'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:storm warning; in a list sharing "regions"'}),
     ],
     inc={'Astana': (1, 'storm damage in Nur-Sultan: roof blown onto cars on Kenesary Street, billboard injuring two near Khan Shatyr (one storm, one incident per unit)'),
          AKR: (1, 'storm damage in Kosshy: tree fell on a car, driver injured')}),

dict(id='p004', date='2022-06-21', lang='en',
     event='2022 hurricane wind in Taldykorgan ("Taldyk"), market fire fanned by the wind in Ushtobe and a lorry overturned near Saryozek, Kerbulak district (Jetisu Region, 13 days after its creation); storm damage in Esik (Almaty Region); a reader\'s outdated "almaty obl." for Taldykorgan; hashtags #Талдыкорган and #Жетысу; "Almaty time"',
     text="""HURRICANE WIND HITS TALDYKORGAN: LIVE UPDATES
TALDYKORGAN, June 21 (Vlast.kz live) - last update 18:20 Almaty time

18:20 - The emergencies department of the new Jetisu region says gusts of up to 34 m/s hit Taldykorgan at about 3 p.m., tearing the roof off School No. 19 and bringing down trees on at least 15 cars. Four people are in hospital with cuts and fractures.

17:45 - Readers' messages keep coming in. "Taldyk is a mess, trees on every street in Zhastar," writes one. Another: "Taldykorgan, almaty obl. - no light since 3pm, fridge is dying". Power was cut to about a third of the city; the grid company promises to restore it by night. On Instagram, a video of a bus stop rolling down the street is tagged "#Талдыкорган #Жетысу #ветер".

17:10 - In Ushtobe, some 60 km north-west of Taldykorgan, the wind fanned a fire at the central bazaar. Eleven containers burned out before firefighters put it out; nobody was hurt, the Karatal district police said.

16:30 - A lorry carrying cement overturned on the Almaty-Taldykorgan highway near Saryozek, in Kerbulak district. The driver was injured and one lane is closed.

15:50 - The storm has also reached Almaty region. In Esik, in Enbekshikazakh district, the wind brought down power lines and a poplar fell onto a house; the family was not at home.

15:20 - Kazhydromet had warned on Monday of strong wind in the Jetisu, Almaty and Abai regions. The three new regions - Abai, Jetisu and Ulytau - have existed for less than two weeks, and many residents of Taldykorgan, the seat of Almaty region until June 8, still write the old region's name in their addresses.""",
     ann=[
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('TALDYKORGAN', 1, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR),
        ('Taldyk', 0, 'city', 'Taldykorgan', JTR, {'note': "colloquial short form in a reader's message"}),
        ('Zhastar', 0, 'district', 'Zhastar (Taldykorgan)', JTR, {'subkind': 'microdistrict', 'note': 'microdistrict named without head noun'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR),
        ('almaty obl.', 0, 'region', JTR, JTR, {'uncertain': True, 'note': "reader's address with the region Taldykorgan belonged to until 2022-06-08; labelled with the unit holding the city on the article date"}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'hashtag consisting of a place name (Russian)'}),
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'hashtag; the region (not the Almaty district or the club)'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:reference point'}),
        ('Karatal district', 0, 'district', 'Karatal District', JTR, {'note': 'inside the name of an authority (police)'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Taldykorgan', 3, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Saryozek', 0, 'village', 'Saryozek', JTR),
        ('Kerbulak district', 0, 'district', 'Kerbulak District', JTR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Esik', 0, 'city', 'Esik', ALR),
        ('Enbekshikazakh district', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('Almaty', 3, 'region', ALR, ALR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'NI:background; list after "regions"'}),
        ('Jetisu', 2, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:background'}),
        ('Taldykorgan', 4, 'city', 'Taldykorgan', JTR, {'note': 'NI:residence of people writing old addresses'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:background; former seat'}),
     ],
     inc={JTR: (3, 'storm damage in Taldykorgan (school roof, trees on cars, four hurt); fire at the Ushtobe bazaar fanned by the wind; lorry overturned near Saryozek, Kerbulak district'),
          ALR: (1, 'storm damage in Esik: power lines down and a poplar fell onto a house')}),

dict(id='p005', date='1996-03-12', lang='en',
     event='1996 copper miners\' protest on the central square of Dzhezkazgan (Zhezkazgan Region, abolished 1997; Karaganda Region land) and a fatal fire in a miners\' hostel in Satpaev; protesters from Satpayev and Zhezdy; merger with Karaganda region discussed',
     text="""COPPER MINERS BLOCK ZHEZKAZGAN SQUARE OVER UNPAID WAGES
ALMATY, March 12 (Reuters) - Several hundred copper miners and their wives occupied the central square of Dzhezkazgan on Tuesday, demanding wages that have not been paid since November, a local trade union leader said by telephone.
"We will stay here until they pay us," said the leader, Viktor Orlov. The protesters came by bus from Satpayev and the village of Zhezdy, where the mines have worked only two days a week since January.
The Zhezkazgan region administration said it had no money to pay the 4.2 billion tenge owed to the miners.
Separately, two men died when fire broke out in a miners' hostel in Satpaev on Sunday night, police said. The heating in the building had been cut off and residents were using home-made electric heaters.
Officials in Almaty are considering merging the region, one of the poorest in Kazakhstan, with neighbouring Karaganda region.""",
     ann=[
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; the city lay in Zhezkazgan Region (abolished 1997), Karaganda Region land in the canonical units before 2022'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Dzhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'Russian-style spelling'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of protesters'}),
        ('Zhezdy', 0, 'village', 'Zhezdy', KR, {'note': 'NI:origin of protesters'}),
        ('Zhezkazgan region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'inside the name of an authority; the abolished Zhezkazgan Region, labelled with the canonical unit holding its land'}),
        ('Satpaev', 0, 'city', 'Satpayev', KR, {'note': 'variant spelling'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:planned merger'}),
     ],
     inc={KR: (2, 'miners\' protest on the central square of Dzhezkazgan; fatal fire in a miners\' hostel in Satpaev')}),

dict(id='p006', date='2019-09-03', lang='en',
     event='2019 minibus-lorry collision on the Shymkent-Tashkent highway near Zhibek Zholy (the former Chernyaevka), Saryagash district, four dead (Turkistan Region after the 2018 reform); Shymkent as its own unit; lower-case "chernyaevka" in a WhatsApp message; Saryaghash spelling',
     text="""Four dead as minibus hits lorry near Uzbek border
SHYMKENT, Sept 3 (Tengrinews) - Four people were killed and seven injured when a minibus collided head-on with a lorry on the Shymkent-Tashkent highway near the village of Zhibek Zholy, in Saryagash district of Turkistan region, early on Tuesday, police said.
The minibus was carrying traders from Shymkent to the Zhibek Zholy border crossing. The injured were taken to the district hospital in Saryaghash and to Shymkent.
Messages from readers began arriving on our WhatsApp line before dawn: "accident near chernyaevka, road blocked both ways, dont go".
The Interior Ministry in Nur-Sultan said the lorry driver, a citizen of Uzbekistan, appeared to have fallen asleep at the wheel. Turkestan region police have recorded 212 road accidents since January.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
        ('Zhibek Zholy', 0, 'village', 'Zhibek Zholy (Saryagash district)', TR),
        ('Saryagash district', 0, 'district', 'Saryagash District', TR),
        ('Turkistan region', 0, 'region', TR, TR),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the passengers'}),
        ('Zhibek Zholy border crossing', 0, 'facility', 'Zhibek Zholy border crossing', TR, {'subkind': 'checkpoint', 'note': 'NI:destination'}),
        ('Saryaghash', 0, 'city', 'Saryagash', TR, {'note': 'NI:hospital town; variant spelling'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital city'}),
        ('chernyaevka', 0, 'village', 'Zhibek Zholy (Saryagash district)', TR, {'note': "former Russian name of Zhibek Zholy, lower-case in a reader's message"}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:driver's citizenship"}),
        ('Turkestan region', 0, 'region', TR, TR, {'note': 'inside the name of an authority; the statistic is not an incident'}),
     ],
     inc={TR: (1, 'minibus-lorry collision near Zhibek Zholy, Saryagash district, four dead')}),

dict(id='p007', date='2025-06-12', lang='en',
     event='2025 downpour in Almaty: car trapped in the flooded underpass at Al-Farabi and Dostyk avenues and a lightning fire on Sholokhov Street, Turksib district; hail collapses a shop canopy in Kaskelen, roofs damaged in Talgar (Almaty Region, akimat in Konaev); readers\' "almata" and "Alma-Ata"; #Almaty annotated, #АлматыПотоп and @handles not',
     text="""ALMATY DOWNPOUR: underpasses flooded, lightning fire in Turksib district (live)
Updated June 12, 23:10

23:10 - Water has been pumped out of the underpass at the crossing of Al-Farabi and Dostyk avenues, where a car was trapped earlier in the evening, the city emergencies department says. Its driver climbed onto the roof and was pulled out by rescuers.

22:35 - Lightning struck a private house on Sholokhov Street in Turksib district at about 9 p.m. The roof caught fire; a family of five got out unhurt.

22:00 - Your messages: "almata is drowning again, abay avenue is a river". Another reader: "In Alma-Ata we had rain like this in the seventies and the underpasses were dry."

21:40 - In Almaty region, hail the size of walnuts damaged roofs in Kaskelen and Talgar. In Kaskelen the canopy of a shop collapsed under the weight of the hail and injured two customers, the Karasai district police said.

21:05 - The regional akimat in Konaev has set up an emergency headquarters. A mudflow alert remains in force for the foothills of the Zailiysky Alatau until Friday.

20:30 - Posts tagged #Almaty and #АлматыПотоп are filling Instagram. The akimat's account @almaty.gov.kz asks drivers to avoid the underpasses on Al-Farabi and Abay until morning.

20:00 - Two evening flights to Almaty, from Astana and Shymkent, were diverted to Taraz because of the storm. A reader in Zharkent, 350 km to the east, writes that the sky there is perfectly clear and asks what all the fuss is about.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Turksib district', 0, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'headline'}),
        ('Al-Farabi', 0, 'facility', 'Al-Farabi Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a list sharing "avenues"; named after a person'}),
        ('Dostyk', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a list sharing "avenues"'}),
        ('Sholokhov Street', 0, 'facility', 'Sholokhov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Turksib district', 1, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('almata', 0, 'city', 'Almaty', 'Almaty', {'note': "misspelling, lower-case in a reader's message"}),
        ('abay avenue', 0, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': "lower-case in a reader's message; named after a person"}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': "Soviet name in a reader's message"}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR),
        ('Talgar', 0, 'city', 'Talgar', ALR),
        ('Kaskelen', 1, 'city', 'Kaskelen', ALR),
        ('Karasai district', 0, 'district', 'Karasai District', ALR, {'note': 'inside the name of an authority (police)'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the regional akimat'}),
        ('Zailiysky Alatau', 0, 'facility', 'Trans-Ili Alatau', N, {'subkind': 'mountain range', 'note': 'NI:mudflow alert'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'hashtag consisting of a place name'}),
        ('Al-Farabi', 1, 'facility', 'Al-Farabi Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named without head noun'}),
        ('Abay', 0, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named without head noun; not Abai Region'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:flight origin'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:diversion airport city'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': "NI:reader's location, no storm"}),
     ],
     inc={'Almaty': (2, 'flooding of the underpass at Al-Farabi and Dostyk avenues with a car trapped (one flood per unit); lightning fire in a house on Sholokhov Street, Turksib district'),
          ALR: (1, 'hail storm damage: roofs in Kaskelen and Talgar, shop canopy collapsed in Kaskelen injuring two (one storm per unit)')}),

dict(id='p008', date='2012-12-06', lang='en',
     event='2012 fire at an electricity substation in the Zashchita district of Ust-Kamenogorsk leaves 40,000 without power (East Kazakhstan Region); crews from Semey (East Kazakhstan Region before 2022) and Ridder; a transformer from Barnaul in Russia\'s Altai region; hashtags #Oskemen and #ВКО; the Kazakh Latin spelling Öskemen',
     text="""FIRE AT UST-KAMENOGORSK SUBSTATION LEAVES 40,000 IN THE COLD
UST-KAMENOGORSK, Dec 6 (KazTAG) - A fire at an electricity substation in the city's Zashchita district cut power to about 40,000 people early on Thursday as the temperature fell to minus 32, the East Kazakhstan emergencies department said.
The fire started in a transformer at about 5 a.m. and was put out within two hours. Nobody was hurt, but heating pumps in dozens of blocks of flats stopped working.
Twitter users posting under #Oskemen and #ВКО complained that trolleybuses had stopped and that schools had sent children home. "Öskemen is freezing, no light, no heat," one wrote at 8 a.m.
Repair crews from Semey and Ridder were sent to help, and the city's energy company said power would be back in all districts by evening. A spare transformer is being sent by rail from Barnaul, in Russia's Altai region. The cause of the fire is being investigated.""",
     ann=[
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'headline; Russian name'}),
        ('UST-KAMENOGORSK', 1, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Zashchita district', 0, 'district', 'Zashchita (Oskemen)', EKR, {'subkind': 'city district', 'note': 'name meaning "protection"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'hashtag consisting of a place name'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'hashtag; Russian abbreviation of East Kazakhstan Region'}),
        ('Öskemen', 0, 'city', 'Oskemen', EKR, {'note': "Kazakh Latin spelling in a user's post"}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of repair crews; East Kazakhstan Region before 2022-06-08'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:origin of repair crews'}),
        ('Barnaul', 0, 'foreign', 'Barnaul', N, {'note': 'NI:origin of a spare transformer'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai region', 0, 'foreign', 'Altai Krai', N, {'note': "Russia's Altai Krai; not the town of Altai (East Kazakhstan Region)"}),
     ],
     inc={EKR: (1, 'fire at an electricity substation in the Zashchita district of Ust-Kamenogorsk; the power cut itself is not counted')}),
]
