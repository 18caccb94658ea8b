"""English texts of the sixteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
KZ = ('country', 'Kazakhstan', N)

DOCS = [
dict(id='p001', date='2024-04-09', lang='en',
     event='2024 spring floods in ten regions: dyke breach at Tobyl (Kostanay), Aktobe suburbs and the Martuk road (Aktobe), Terekty district (West Kazakhstan), Kulsary (Atyrau), Petropavl and Kyzylzhar district (North Kazakhstan), Derzhavinsk (Akmola), Kokpekty district (Abai); Orsk dam breach in Russia; three regions not named',
     text="""Floods hit ten regions as water from Orsk dam breach heads down the Ural
ASTANA, April 9 (Reuters) - Spring floods have now reached ten regions of Kazakhstan, the Emergencies Ministry said on Tuesday, and more than 97,000 people have left their homes since the thaw began in late March.
The worst damage is in the Kostanay, Aktobe and West Kazakhstan regions. In Kostanay region the Tobol broke through a dyke at Tobyl, the former Zatobolsk, on Monday night, flooding about 400 houses. In Aktobe, water released from the Kargaly reservoir swamped three suburbs of the city, and the road to Martuk was closed after a bridge was washed away. In West Kazakhstan, rescuers in boats took 1,200 people out of villages in Terekty district, and the akimat in Oral told residents along the Chagan to be ready to leave.
The Ural, swollen by water from the breached dam at Orsk in Russia's Orenburg region, is expected to reach Atyrau region by the end of next week. Authorities there have raised 40 km of earth walls. Kulsary, where the Zhem river flooded a third of the town on Sunday, remains cut off by road.
Further north, meltwater entered 60 homes in Petropavl and in the Kyzylzhar district of North Kazakhstan region. In Akmola region, meltwater flooded streets in Derzhavinsk, and in Abai region two villages of Kokpekty district were cut off after a culvert collapsed.
The ministry did not say which other three regions it counted. Karaganda region has sent 300 rescuers and six helicopters to Kostanay, and volunteers from Almaty and Shymkent have collected 90 tonnes of aid.
"We have not seen water like this in 80 years," President Kassym-Jomart Tokayev said on a visit to Aktobe on Monday.""",
     ann=[
        ('Orsk', 0, 'foreign', 'Orsk', N, {'note': 'headline; site of a dam breach in Russia'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('ten regions', 0, 'quantified', '10 regions', N, {'count': 10, 'unit': 'region', 'note': 'headline; flooded regions'}),
        ('ten regions', 1, 'quantified', '10 regions', N, {'count': 10, 'unit': 'region', 'note': 'flooded regions; seven are named, three are not'}),
        ('Kazakhstan', 0, *KZ),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'in a list sharing "regions"'}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'in a list sharing "regions"'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'in a list sharing "regions"'}),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('Tobol', 0, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Tobyl', 0, 'city', 'Tobyl', KOR, {'note': 'town of Kostanay district'}),
        ('Zatobolsk', 0, 'city', 'Tobyl', KOR, {'note': 'former name of Tobyl'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR),
        ('Kargaly reservoir', 0, 'facility', 'Kargaly reservoir', AR, {'subkind': 'reservoir'}),
        ('Martuk', 0, 'village', 'Martuk', AR, {'note': 'NI:road endpoint; the bridge on the road was washed away'}),
        ('West Kazakhstan', 1, 'region', WKR, WKR, {'note': 'region named without "region"'}),
        ('Terekty district', 0, 'district', 'Terekty District', WKR),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:seat of the akimat'}),
        ('Chagan', 0, 'facility', 'Chagan River', N, {'subkind': 'river'}),
        ('Ural', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Orsk', 1, 'foreign', 'Orsk', N, {'note': 'dam breach in Russia'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N),
        ('Atyrau region', 0, 'region', ATR, ATR),
        ('Kulsary', 0, 'city', 'Kulsary', ATR),
        ('Zhem river', 0, 'facility', 'Zhem River', N, {'subkind': 'river'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('Kyzylzhar district', 0, 'district', 'Kyzylzhar District', NKR),
        ('North Kazakhstan region', 0, 'region', NKR, NKR),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Derzhavinsk', 0, 'city', 'Derzhavinsk', AKR),
        ('Abai region', 0, 'region', ABR, ABR),
        ('two villages', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'villages of Kokpekty district cut off'}),
        ('Kokpekty district', 0, 'district', 'Kokpekty District', ABR),
        ('other three regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'the flooded regions the ministry did not name'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:origin of rescuers'}),
        ('Kostanay', 2, 'city', 'Kostanay', KOR, {'note': 'NI:destination of rescuers'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of volunteers'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of volunteers'}),
        ('Aktobe', 2, 'city', 'Aktobe', AR, {'note': "NI:site of the president's visit"}),
     ],
     inc={KOR: (1, 'flood: the Tobol broke a dyke at Tobyl, about 400 houses flooded'),
          AR: (1, 'flood: three suburbs of Aktobe swamped and a bridge on the Martuk road washed away (one flood per region)'),
          WKR: (1, 'flood: villages of Terekty district evacuated by boat'),
          ATR: (1, 'flood: the Zhem flooded a third of Kulsary (the Ural water is only expected)'),
          NKR: (1, 'flood: 60 homes in Petropavl and Kyzylzhar district'),
          AKR: (1, 'flood: streets of Derzhavinsk flooded by meltwater'),
          ABR: (1, 'flood: two villages of Kokpekty district cut off after a culvert collapsed')},
     unatt=[{'label': 'ten regions', 'count': 10, 'note': 'floods in ten regions; seven are named and have their own rows, three are not named'}]),

dict(id='p002', date='1994-12-06', lang='en',
     event='1994 power cuts in the Semipalatinsk and Dzhezkazgan regions (abolished 1997; East Kazakhstan and Karaganda land) after the Ekibastuz station cut output; a fatal heater fire in Semipalatinsk and a road blockade by Kentau residents (South Kazakhstan)',
     text="""Power cuts leave Semipalatinsk and Dzhezkazgan regions in the dark
ALMATY, Dec 6 (Reuters) - Whole districts of the Semipalatinsk and Dzhezkazgan regions have had no electricity for up to 18 hours a day this week after the Ekibastuz power station cut output for lack of coal, energy officials said on Tuesday.
Rationing is now in force in nine regions, and imports from Kyrgyzstan were halted on Friday over unpaid bills.
In Semipalatinsk, trolleybuses stopped and schools closed at noon. A woman and her two children died there on Sunday night when a home-made electric heater set their flat on fire. In Dzhezkazgan, the city heating plant has fuel oil for two more days.
About 300 residents of Kentau, in South Kazakhstan, blocked the road to Chimkent for five hours on Monday, demanding that heating be restored to their blocks of flats.
The energy ministry said coal trains from Karaganda to Ekibastuz would be given priority, and that Russia had agreed to supply power to the northern regions until March.""",
     ann=[
        ('Semipalatinsk', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; Semipalatinsk Region, abolished in 1997, its land now East Kazakhstan Region (Abai Region only from 2022)'}),
        ('Dzhezkazgan', 0, 'region', KR, KR, {'uncertain': True, 'note': 'headline; Dzhezkazgan Region, abolished in 1997, its land then in Karaganda Region (Ulytau Region only from 2022)'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Semipalatinsk', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'in a list sharing "regions"; abolished Semipalatinsk Region'}),
        ('Dzhezkazgan', 1, 'region', KR, KR, {'uncertain': True, 'note': 'in a list sharing "regions"; abolished Dzhezkazgan Region'}),
        ('Ekibastuz power station', 0, 'facility', 'Ekibastuz power station', PR, {'subkind': 'power station', 'note': 'NI:the output cut is not an incident'}),
        ('nine regions', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'power rationing, not an incident'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR),
        ('Dzhezkazgan', 2, 'city', 'Zhezkazgan', KR),
        ('Kentau', 0, 'city', 'Kentau', SKR),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'region named without "region"'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint; old name of Shymkent'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of coal trains'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:destination of coal trains'}),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={EKR: (1, 'fatal flat fire from a heater in Semipalatinsk (Semipalatinsk Region land, East Kazakhstan Region on the E1 map)'),
          SKR: (1, 'road blockade by about 300 Kentau residents (protest)')}),

dict(id='p003', date='2019-05-14', lang='en',
     event='2019 Kazhydromet storm warning for 12 regions and the cities of Nur-Sultan and Shymkent; Zhezkazgan and Balkhash in Karaganda Region, Taldykorgan in Almaty Region, Turkistan Region (no incident)',
     text="""Storm warning for 12 regions, capital told to expect gusts
NUR-SULTAN, May 14 (Kazinform) - Kazhydromet has issued a storm warning for 12 regions and the cities of Nur-Sultan and Shymkent for Wednesday and Thursday, with north-westerly winds of up to 28 metres per second, dust storms and hail.
The strongest gusts are forecast in the Akmola, Karaganda and Pavlodar regions, especially around Zhezkazgan and Balkhash. In Turkistan region and around Shymkent, forecasters expect hail and thunderstorms, with a risk of mudflows in Tolebi district. Snow is possible in the mountains near Ridder, in East Kazakhstan, and heavy rain near Taldykorgan in Almaty region.
The Emergencies Ministry told residents of Nur-Sultan to avoid parking under trees and billboards, and the city akimat said 40 crews would be on standby. Air Astana warned that flights from Nur-Sultan to Moscow and Istanbul could leave late.
The service said conditions would ease on Friday everywhere except the Caspian coast of Mangystau region.""",
     ann=[
        ('12 regions', 0, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'headline; storm warning, not an incident'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan in 2019'}),
        ('12 regions', 1, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'storm warning, not an incident'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:under a warning'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:under a warning'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'in a list sharing "regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'in a list sharing "regions"'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'in a list sharing "regions"'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:forecast area; Karaganda Region before 2022'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:forecast area'}),
        ('Turkistan region', 0, 'region', TR, TR),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:forecast area'}),
        ('Tolebi district', 0, 'district', 'Tolebi District', TR, {'note': 'NI:risk of mudflows'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:forecast area'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'region named without "region"'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:forecast area; Almaty Region before 2022'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana'),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight destination'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'NI:flight destination'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Mangystau region', 0, 'region', MR, MR),
     ],
     inc={}),

dict(id='p004', date='2022-08-16', lang='en',
     event='2022 wildfires two months after the new regions: pine forest fire in Beskaragay district (Abai Region), steppe fire in Amangeldy district (Kostanay), firefighter killed near Atasu, Zhanaarka district (Ulytau Region), grain elevator fire in Kokshetau (Akmola); Nur-Sultan dateline; helpers from East Kazakhstan and Karaganda',
     text="""Firefighter killed as wildfires burn in three regions
NUR-SULTAN, Aug 16 (Interfax-Kazakhstan) - A firefighter was killed and four others were injured as wildfires spread across the Abai, Kostanay and Ulytau regions, two of them created only in June, the Emergencies Ministry said on Tuesday.
The largest fire is in the pine forest of Beskaragay district, in Abai region, where flames have covered 6,200 hectares since Saturday. Residents of the village of Beskaragay were told to prepare for evacuation. Crews from East Kazakhstan region, which included the forest until June, and from Pavlodar are helping local teams, and two Be-200 water bombers flew in from Karaganda.
In Kostanay region, a steppe fire burned 14,000 hectares of pasture in Amangeldy district. Smoke reached Arkalyk, 150 km to the north-east, but no homes were damaged.
The firefighter died near the village of Atasu in Zhanaarka district of Ulytau region, when wind turned the fire and his truck was caught in the flames. Zhanaarka was part of Karaganda region until the new region was formed on June 8.
Separately, a grain elevator caught fire in Kokshetau on Monday; about 300 tonnes of wheat burned.
Kazhydromet has declared an extreme fire danger in nine regions for the rest of the week, and the ministry asked farmers not to burn stubble. Russian forest rangers reported two fires near the border in Kurgan and Omsk regions, but said they posed no threat to Kazakhstan.
"The fire season has never been this long," said Yuri Ilyin, the ministry's spokesman in Nur-Sultan. The government will hear a report on the fires on Thursday.""",
     ann=[
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'headline; wildfire regions, all named'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan until September 2022'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'in a list sharing "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'in a list sharing "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'in a list sharing "regions"'}),
        ('Beskaragay district', 0, 'district', 'Beskaragay District', ABR),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Beskaragay', 1, 'village', 'Beskaragay', ABR, {'note': 'NI:told to prepare for evacuation'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:origin of crews; former unit of the forest'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of crews'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of water bombers'}),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('Amangeldy district', 0, 'district', 'Amangeldy District', KOR),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:reached by smoke; reference point'}),
        ('Atasu', 0, 'village', 'Atasu', UR),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Zhanaarka', 1, 'district', 'Zhanaarka District', UR, {'note': 'the district, named without "district"'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former unit of Zhanaarka'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR),
        ('nine regions', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'fire danger warning, not an incident'}),
        ('Kurgan', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'in a list sharing "regions"'}),
        ('Omsk', 0, 'foreign', 'Omsk Oblast', N, {'note': 'in a list sharing "regions"'}),
        ('Kazakhstan', 2, *KZ),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': "NI:seat of the ministry's spokesman"}),
     ],
     inc={ABR: (1, 'forest fire in Beskaragay district, 6,200 hectares'),
          KOR: (1, 'steppe fire in Amangeldy district, 14,000 hectares'),
          UR: (1, 'fire near Atasu, Zhanaarka district, in which a firefighter was killed'),
          AKR: (1, 'grain elevator fire in Kokshetau')}),

dict(id='p005', date='1993-07-20', lang='en',
     event='1993 resettlement of ethnic Kazakhs from Bayan-Olgii (Mongolia) in the Pavlodar, Karaganda, Dzhezkazgan, Turgai and Semipalatinsk regions (three abolished in 1997); Akmola the city vs Akmola region (no incident)',
     text="""Kazakhstan to settle 12,000 Mongolian Kazakhs in five regions
ALMA-ATA, July 20 (Reuters) - Kazakhstan will settle about 12,000 ethnic Kazakhs arriving from Mongolia's Bayan-Olgii province this year in the Pavlodar, Karaganda, Dzhezkazgan, Turgai and Semipalatinsk regions, the state migration committee said on Tuesday.
Many villages there have houses standing empty since Russian and German families left for Russia and Germany. In Arkalyk, the centre of Turgai region, officials said 200 houses were ready in the farms of Amangeldy district.
The first 300 migrants reached Semipalatinsk by train last week, travelling through Russia's Altai territory. Others will fly from Olgii to Ust-Kamenogorsk.
The committee said no families would go this year to the southern regions, where land is scarce, or to Akmola region, whose capital, Akmola, is short of housing.
Each family receives a one-off payment of 30,000 roubles and a cow, said Zhanibek Kozhakhmetov, a committee official.""",
     ann=[
        ('Kazakhstan', 0, *KZ),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'headline; regions of resettlement, all named'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; old name'}),
        ('Kazakhstan', 1, *KZ),
        ('Mongolia', 0, 'foreign', 'Mongolia', N),
        ('Bayan-Olgii', 0, 'foreign', 'Bayan-Olgii Province', N, {'note': 'NI:origin of migrants'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'in a list sharing "regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'in a list sharing "regions"'}),
        ('Dzhezkazgan', 0, 'region', KR, KR, {'uncertain': True, 'note': 'in a list sharing "regions"; Dzhezkazgan Region, abolished in 1997, its land went to Karaganda Region'}),
        ('Turgai', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'in a list sharing "regions"; Turgai Region, abolished in 1997, most of its land (Arkalyk) went to Kostanay Region, some to Akmola Region'}),
        ('Semipalatinsk', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'in a list sharing "regions"; Semipalatinsk Region, abolished in 1997, its land went to East Kazakhstan Region'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of emigrants'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:destination of emigrants'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR),
        ('Turgai region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgai Region, abolished in 1997; its centre Arkalyk is in Kostanay Region'}),
        ('Amangeldy district', 0, 'district', 'Amangeldy District', KOR),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'NI:arrival point of migrants'}),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Altai territory', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:transit route'}),
        ('Olgii', 1, 'foreign', 'Olgii', N, {'note': 'NI:flight origin'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:flight destination'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'the city Akmola (Tselinograd until 1992), capital of Akmola region; the country\'s capital from 1997'}),
     ],
     inc={}),

dict(id='p006', date='2008-10-07', lang='en',
     event='2008 border guards detain 43 migrants on the Uzbek border; a smuggler shot and wounded near Atakent, Maktaaral district (South Kazakhstan Region); crossings at Korday (Jambyl) and Dostyk (Almaty Region before 2022)',
     text="""Border guard shoots smuggler as migrant detentions rise
ALMATY, Oct 7 (KazTAG) - A Kazakh border guard shot and wounded a man who tried to drive a car loaded with cotton across the border from Uzbekistan near the town of Atakent late on Sunday, the border service said on Tuesday.
The driver ignored a warning shot on a field road in Maktaaral district of South Kazakhstan region, and the patrol fired at the tyres, hitting him in the leg. He is in hospital in Shymkent under guard. A second man fled back into Uzbekistan.
In September, patrols in the South Kazakhstan, Jambyl and Almaty regions detained 43 foreigners who crossed outside checkpoints, most of them citizens of Uzbekistan and Tajikistan heading for building sites in Almaty and Astana. Another 120 people were turned back at the Korday checkpoint on the Kyrgyz border for forged papers, and nine Chinese citizens at Dostyk.
The service has asked for 20 more vehicles for its posts on the border with Uzbekistan before winter.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of the car'}),
        ('Atakent', 0, 'city', 'Atakent', SKR, {'note': 'the shooting took place near the town'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', SKR),
        ('South Kazakhstan region', 0, 'region', SKR, SKR),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town; South Kazakhstan Region in 2008'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('South Kazakhstan', 1, 'region', SKR, SKR, {'note': 'in a list sharing "regions"; detentions are not incidents'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'in a list sharing "regions"'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'in a list sharing "regions": Almaty Region'}),
        ('Uzbekistan', 2, 'foreign', 'Uzbekistan', N),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of migrants'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of migrants'}),
        ('Korday checkpoint', 0, 'facility', 'Korday checkpoint', JR, {'subkind': 'border checkpoint', 'note': 'NI:people turned back'}),
        ('Dostyk', 0, 'village', 'Dostyk', ALR, {'note': 'NI:border crossing; Alakol district, Almaty Region before 2022'}),
        ('Uzbekistan', 3, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (1, 'border guard shot and wounded a smuggler near Atakent, Maktaaral district')}),

dict(id='p007', date='2021-07-13', lang='en',
     event='2021 aviation round-up: An-2 crop-sprayer crash near Sarykol (Kostanay), Mi-8 hard landing in Eskeldi district (Almaty Region before 2022), airliner from Nur-Sultan diverted to Aktobe with a safe emergency landing (not counted)',
     text="""Crop-duster pilot killed, helicopter crew hurt in week of air mishaps
NUR-SULTAN, July 13 (Tengrinews) - The pilot of an An-2 crop-spraying plane was killed on Monday when the aircraft hit a power line and crashed into a wheat field near the town of Sarykol in Kostanay region, the transport prosecutor's office said.
On Saturday, a Mi-8 helicopter of the emergencies service made a hard landing during a training flight in Eskeldi district of Almaty region, about 30 km east of Taldykorgan. Two of the three crew were taken to hospital in Taldykorgan with back injuries.
Also on Saturday, a SCAT Boeing 737 flying from Nur-Sultan to Aktau with 142 passengers landed safely in Aktobe after a smoke warning in the cabin. Engineers found a faulty sensor, and the passengers continued to Aktau on a reserve plane six hours later.
The Civil Aviation Committee said it would check all An-2 operators in the Kostanay, Akmola and North Kazakhstan regions before the harvest.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan in 2021'}),
        ('Sarykol', 0, 'city', 'Sarykol', KOR),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('Eskeldi district', 0, 'district', 'Eskeldi District', ALR, {'note': 'Almaty Region before the 2022 split'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:reference point'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital town'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:flight destination'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:safe emergency landing, not counted'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:flight destination'}),
        ('Kostanay', 1, 'region', KOR, KOR, {'note': 'NI:in a list sharing "regions"; planned checks'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:in a list sharing "regions"; planned checks'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:in a list sharing "regions"; planned checks'}),
     ],
     inc={KOR: (1, 'fatal crash of an An-2 crop-sprayer near Sarykol'),
          ALR: (1, 'hard landing of a Mi-8 helicopter in Eskeldi district, two crew injured')}),

dict(id='p008', date='2026-02-24', lang='en',
     event='2026 Interior Ministry weekly raid summary: migrants in all regions, hemp fields in Shu district (Jambyl), a shootout during an arrest in Karabulak, Eskeldi district (Jetisu Region), a brawl at a camp near Beineu (Mangystau); deportations via Zhibek Zholy (Turkistan)',
     text="""Police raids net 1,240 migrants; officer wounded in Jetisu shootout
ASTANA, Feb 24 (Kazinform) - Police found 1,240 foreigners working or living without papers in a week of raids in all regions, the Interior Ministry said on Tuesday, most of them in Almaty, Astana and Shymkent and in the Almaty and Turkistan regions.
Of those detained, 610 were citizens of Uzbekistan, 290 of Tajikistan and 170 of Kyrgyzstan. Courts ordered 380 of them deported; buses will take the first group to the Zhibek Zholy checkpoint in Saryagash district on Thursday, and others will cross into Kyrgyzstan at Korday.
In the Jetisu region, a police officer was wounded in the arm on Saturday when a man wanted for robbery opened fire with a hunting rifle as officers came to arrest him at his house in the village of Karabulak, in Eskeldi district. The suspect was detained after a two-hour standoff.
In Mangystau region, 15 people were detained after a mass brawl between two groups of workers at a construction camp near Beineu on Friday night. Six men were treated for knife wounds in Beineu's district hospital, and the contractor's office in Aktau said work had resumed.
Drug police in Jambyl region marked 3,400 hectares of wild hemp for destruction in the Shu valley, mostly in Shu district, ahead of spring. In 11 regions, officers checked 2,100 flats rented by the day.
Raids on gambling were held in several districts of Almaty, and 48 illegal betting points were closed.
The ministry said the operation, named "Migrant", would continue until the end of March. Police in Uzbekistan and Kyrgyzstan have been asked to trace 40 people who left Kazakhstan before their deportation hearings.""",
     ann=[
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'headline; region named without "region"'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'raids, not incidents'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:migrants found'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:migrants found'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:migrants found'}),
        ('Almaty', 1, 'region', ALR, ALR, {'note': 'NI:in a list sharing "regions": Almaty Region'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:in a list sharing "regions"'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint', 'note': 'NI:destination of deportation buses'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', TR, {'note': 'NI:location of the checkpoint'}),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
        ('Korday', 0, 'city', 'Korday', JR, {'note': 'NI:border crossing for deportees'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Karabulak', 0, 'village', 'Karabulak (Eskeldi District)', JTR),
        ('Eskeldi district', 0, 'district', 'Eskeldi District', JTR),
        ('Mangystau region', 0, 'region', MR, MR),
        ('Beineu', 0, 'village', 'Beineu', MR),
        ('Beineu', 1, 'village', 'Beineu', MR, {'note': "NI:hospital town (Beineu's district hospital)"}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': "NI:seat of the contractor's office"}),
        ('Jambyl region', 0, 'region', JR, JR, {'note': 'NI:drug police; hemp marked, not an incident'}),
        ('Shu valley', 0, 'facility', 'Shu valley', N, {'subkind': 'valley'}),
        ('Shu district', 0, 'district', 'Shu District', JR, {'note': 'NI:hemp fields'}),
        ('11 regions', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'checks of flats, not incidents'}),
        ('several districts of Almaty', 0, 'quantified', 'several districts', N, {'count': N, 'unit': 'district', 'note': 'raids on gambling in Almaty, not incidents'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 2, 'foreign', 'Kyrgyzstan', N),
        ('Kazakhstan', 0, *KZ),
     ],
     inc={JTR: (1, 'suspect opened fire on police at his house in Karabulak, Eskeldi district; an officer wounded'),
          MR: (1, 'mass brawl between workers at a camp near Beineu, 15 detained')}),
]
