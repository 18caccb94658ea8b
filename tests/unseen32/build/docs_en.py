"""English texts of the thirty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2015-09-23', lang='en',
     event='2015 minibus-lorry crash near Aksukent, Sairam district (South Kazakhstan Region) as a rebuilt section of the Western Europe - Western China corridor opens; background road worker killed near Kulan (Jambyl Region); route points along the corridor',
     text="""Minibus crash kills five as new highway section opens near Shymkent
SHYMKENT, Sept 23 (Reuters) - Five people were killed on Wednesday when a minibus collided head-on with a lorry on the Shymkent-Tashkent road near the village of Aksukent in Sairam district, hours before officials opened a rebuilt stretch of the Western Europe-Western China corridor, police in South Kazakhstan Region said.
The minibus, carrying 17 passengers from Saryagash to Shymkent, swerved into the oncoming lane at the 27th kilometre, where a detour had narrowed the road to two lanes. Twelve people were taken to hospital in Shymkent, four of them in serious condition.
The Kazakh part of the corridor, some 2,700 km long, runs from Khorgos on the Chinese border through Almaty, Taraz and Shymkent to Kyzylorda and Aktobe, and on towards Orenburg in Russia. On Wednesday the government opened a 64 km four-lane section between Shymkent and the border of Jambyl Region, built with loans from the World Bank and the Asian Development Bank.
"A lorry from the Chinese border now reaches Russia in under three days," Deputy Transport Minister Yerlan Sarsenov said at a ceremony 15 km north of Shymkent.
The works have not been free of accidents. In August a road worker was crushed to death when a roller overturned on an embankment near the village of Kulan in Jambyl Region, and last year contractors were fined for unlit detours in Tyulkubas district.
Kazakhstan hopes to earn $1 billion a year from transit freight between China and Europe by 2020, and plans a second route through Aktau and across the Caspian to Azerbaijan and Turkey. Hauliers said tolls, due from next year, could push drivers back onto old village roads.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:headline; place of the opening ceremony area'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Aksukent', 0, 'village', 'Aksukent', SKR),
        ('Sairam district', 0, 'district', 'Sairam District', SKR),
        ('Western Europe', 0, 'foreign', 'Western Europe', N, {'subkind': 'macro-region', 'note': 'NI:endpoint in the name of the corridor'}),
        ('Western China', 0, 'foreign', 'Western China', N, {'subkind': 'macro-region', 'note': 'NI:endpoint in the name of the corridor'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:origin of the minibus'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:destination of the minibus'}),
        ('Shymkent', 3, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'NI:route endpoint'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:point on the route'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:point on the route'}),
        ('Shymkent', 4, 'city', 'Shymkent', SKR, {'note': 'NI:point on the route'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:point on the route'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:point on the route'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:point on the route'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Shymkent', 5, 'city', 'Shymkent', SKR, {'note': 'NI:endpoint of the opened section'}),
        ('Jambyl Region', 0, 'region', JR, JR, {'note': 'NI:endpoint of the opened section (its border)'}),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Shymkent', 6, 'city', 'Shymkent', SKR, {'note': 'NI:reference point'}),
        ('Kulan', 0, 'village', 'Kulan', JR),
        ('Jambyl Region', 1, 'region', JR, JR),
        ('Tyulkubas district', 0, 'district', 'Tyulkubas District', SKR, {'note': 'NI:detours for which contractors were fined'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('China', 1, 'foreign', 'China', N),
        ('Europe', 1, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:point on a planned route'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Azerbaijan', 0, 'foreign', 'Azerbaijan', N),
        ('Turkey', 0, 'foreign', 'Turkey', N),
     ],
     inc={SKR: (1, 'head-on minibus-lorry collision on the Shymkent-Tashkent road near Aksukent, Sairam district'),
          JR: (1, 'background: road worker crushed to death by an overturned roller near Kulan in August')}),

dict(id='p002', date='2019-11-12', lang='en',
     event='2019 Nur-Sultan light rail works stall; stations, airport, avenue, the Esil; a second line to Kosshy (Akmola Region) shelved; the company Astana LRT is not a place (no incident)',
     text="""Nur-Sultan light rail stalls again as lenders review costs
NUR-SULTAN, Nov 12 (Kazinform) - Work on the light rail line in Nur-Sultan has stopped for the third time this year while Chinese lenders review costs, the city akimat said on Tuesday.
The first 22 km line is to run from the new Nurly Zhol railway station past the Expo site to Nursultan Nazarbayev International Airport, with 18 stops. Supports stand along Turan Avenue and on a bridge across the Esil, but no track has been laid.
Astana LRT, the city-owned company building the line, said it owed contractors 9 billion tenge. A second line to Kosshy, a fast-growing town in Akmola Region where many of the capital's workers live, has been shelved.
The project, first approved in 2015 when the city was still called Astana, was due before the capital's 20th anniversary in 2018. Residents complain that the half-built supports have narrowed roads on the left bank.
The akimat said work would resume in spring if financing is agreed.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital was named Nur-Sultan on this date'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana'),
        ('Nurly Zhol railway station', 0, 'facility', 'Nurly Zhol railway station (Astana)', 'Astana', {'subkind': 'railway station'}),
        ('Nursultan Nazarbayev International Airport', 0, 'facility', 'Nursultan Nazarbayev International Airport', 'Astana', {'subkind': 'airport', 'note': 'named after a person'}),
        ('Turan Avenue', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Esil', 0, 'facility', 'Esil River', N, {'subkind': 'river'}),
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'NI:endpoint of a shelved line; residence of workers'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:location of Kosshy'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'former name of the city, cited for 2015'}),
     ]),

dict(id='p003', date='2023-05-17', lang='en',
     event='2023 freight train hits a lorry at a level crossing near Ayagoz station (Abai Region, formerly East Kazakhstan); train from Ekibastuz to Almaty, driver from Taskesken (Urzhar district)',
     text="""Freight train hits lorry at crossing near Ayagoz, driver killed
SEMEY, May 17 (KazTAG) - A lorry driver was killed on Wednesday when a freight train hit his truck at an unguarded level crossing 4 km south of Ayagoz station in Abai Region, the regional police said.
The coal train was travelling from Ekibastuz to Almaty on the Turksib line. The driver, a 43-year-old resident of the village of Taskesken in Urzhar district, was carrying building blocks to a school under construction in Ayagoz. The locomotive crew were not hurt, but traffic on the line was halted for six hours and two passenger trains from Semey were held at Zhangiztobe.
Kazakhstan Temir Zholy said the crossing was one of 31 in the region that had no barrier. Abai Region, formed last June from the western districts of East Kazakhstan Region, plans to fit barriers at 12 crossings this year.
A new road bridge over the Ayagoz river on the Semey - Ayagoz highway is due to open in September.""",
     ann=[
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'headline; the crossing is near the town'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Ayagoz station', 0, 'facility', 'Ayagoz railway station', ABR, {'subkind': 'railway station', 'note': 'NI:reference point ("4 km south of")'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': "NI:origin of the train"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:destination of the train"}),
        ('Taskesken', 0, 'village', 'Taskesken', ABR, {'note': "NI:driver's residence"}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR, {'note': "NI:driver's residence"}),
        ('Ayagoz', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:destination of the cargo'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of held trains'}),
        ('Zhangiztobe', 0, 'village', 'Zhangiztobe', ABR, {'note': 'NI:trains held there'}),
        ('Abai Region', 1, 'region', ABR, ABR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the districts'}),
        ('Ayagoz river', 0, 'facility', 'Ayagoz River', N, {'subkind': 'river'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:route endpoint'}),
        ('Ayagoz', 4, 'city', 'Ayagoz', ABR, {'note': 'NI:route endpoint'}),
     ],
     inc={ABR: (1, 'freight train hits a lorry at a level crossing south of Ayagoz station, driver killed')}),

dict(id='p004', date='2001-10-03', lang='en',
     event='2001 new suspension bridge over the Irtysh opens in Semipalatinsk (East Kazakhstan Region before the 2022 split); Zhana Semey, Kurchatov, Bakhty, Japan (no incident)',
     text="""New Irtysh bridge opens in Semipalatinsk
SEMIPALATINSK, Oct 3 (Interfax-Kazakhstan) - A 750-metre suspension bridge across the Irtysh opened to traffic in Semipalatinsk on Wednesday, ending decades in which the city's two banks were linked by a single ageing crossing.
The bridge, built by Japanese firms with a loan from Japan's state development bank, carries the road from Pavlodar and Ust-Kamenogorsk straight to the left-bank district of Zhana Semey, where about 60,000 people live. It cost about $55 million.
Officials who flew in from Astana and Almaty for the ceremony said the old bridge, built in 1937, would be repaired and kept for cars and buses. Lorries bound for Kurchatov and the former test site, or for the Chinese border crossing at Bakhty, will no longer have to pass through the city centre.
The governor of East Kazakhstan Region said the next project would be the road from Semipalatinsk to Ayagoz, which is washed out almost every spring. Ferries that carried cars across the river in summer will be withdrawn.""",
     ann=[
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; old name of Semey'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Irtysh', 1, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR),
        ('Japan', 0, 'foreign', 'Japan', N),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road origin'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road origin'}),
        ('Zhana Semey', 0, 'district', 'Zhana Semey (Semey)', EKR, {'subkind': 'city district'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': "NI:officials' origin"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:officials' origin"}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:destination of lorries'}),
        ('Bakhty', 0, 'village', 'Bakhty', EKR, {'note': 'NI:destination of lorries (border crossing)'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': "NI:inside an official's title"}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:route endpoint'}),
     ]),

dict(id='p005', date='2008-06-18', lang='en',
     event='2008 intercity bus overturns on the Almaty - Ust-Kamenogorsk highway 12 km from Usharal (Alakol district) and a background level-crossing collision at Ushtobe station (Karatal district), both Almaty Region before the 2022 split; road repairs between Kapchagay and Taldykorgan',
     text="""Bus overturns on Taldykorgan road as repairs drag on
TALDYKORGAN, June 18 (Kazinform) - Two passengers died and 19 were injured on Wednesday when an intercity bus overturned on the Almaty - Ust-Kamenogorsk highway 12 km from Usharal in Alakol district, the emergency department of Almaty Region said.
The bus was travelling from Almaty to the Dostyk border station with 41 people on board. Witnesses said the driver lost control on a stretch where the asphalt had been removed for repairs and no warning signs had been put up. The injured were taken to the district hospital in Usharal and to the regional hospital in Taldykorgan.
It was the second serious accident on the region's roads this month. On June 6 a shunting locomotive hit a car at the level crossing by Ushtobe station in Karatal district, killing both people inside.
The regional akimat said it had spent 4.2 billion tenge this year on repairing 310 km of roads, most of it on the section between Kapchagay and Taldykorgan, which carries traffic from Almaty to the north-east of the region and on to East Kazakhstan. A new bridge over the Ili near Bakanas is to open in October, and a bypass around Tekeli is being designed.
Drivers say the work goes slowly. "Every summer the same forty kilometres near Karabulak are dug up," said Marat Nurpeisov, who drives a lorry between Taldykorgan and Urumqi in China. Contractors blame late transfers of money from Astana.
The transport ministry said it would inspect the contractor on the Usharal section and that the Almaty - Ust-Kamenogorsk highway would be fully rebuilt by 2012.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:headline; road named after its endpoint'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Usharal', 0, 'city', 'Usharal', ALR, {'note': 'NI:reference point ("12 km from")'}),
        ('Alakol district', 0, 'district', 'Alakol District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the bus'}),
        ('Dostyk border station', 0, 'facility', 'Dostyk railway station', ALR, {'subkind': 'railway station', 'note': 'NI:destination of the bus'}),
        ('Usharal', 1, 'city', 'Usharal', ALR, {'note': 'NI:hospital town'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital town'}),
        ('Ushtobe station', 0, 'facility', 'Ushtobe railway station', ALR, {'subkind': 'railway station'}),
        ('Karatal district', 0, 'district', 'Karatal District', ALR),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:endpoint of the repaired section'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:endpoint of the repaired section'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of traffic'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:destination of traffic; region named without "Region"'}),
        ('Ili', 0, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Bakanas', 0, 'village', 'Bakanas', ALR, {'note': 'NI:bridge site (construction)'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'NI:planned bypass'}),
        ('Karabulak', 0, 'village', 'Karabulak', ALR, {'note': 'NI:roadworks'}),
        ('Taldykorgan', 3, 'city', 'Taldykorgan', ALR, {'note': "NI:endpoint of a driver's route"}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': "NI:endpoint of a driver's route"}),
        ('China', 0, 'foreign', 'China', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('Usharal', 2, 'city', 'Usharal', ALR, {'note': 'NI:section named after the town'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
     ],
     inc={ALR: (2, 'bus overturned near Usharal, Alakol district (June 18); locomotive hit a car at the Ushtobe station crossing, Karatal district (June 6)')}),

dict(id='p006', date='2024-02-07', lang='en',
     event='2024 new school in Zhibek Zholy and a water main for 14 villages of Saryagash district (Turkistan Region); schools planned in Maktaaral, Keles and Sairam districts; hospitals in Turkestan and Zhetysai (no incident)',
     text="""Villages of Saryagash district get new school and water main
TURKISTAN, Feb 7 (Kazinform) - A school for 600 pupils has opened in the village of Zhibek Zholy in Saryagash district, and a 38 km water main now brings drinking water to 14 villages of the district, the akimat of Turkistan Region said on Wednesday.
Until now children in Zhibek Zholy studied in three shifts, and families bought water from tankers at 3,000 tenge a tonne. The new pipe takes water from wells near Saryagash town, a spa resort known for its mineral springs.
The region plans 42 new schools this year, most of them in the Maktaaral, Keles and Sairam districts, where the number of children has grown fastest. A 600-bed regional hospital is being built in Turkestan, and a maternity hospital in Zhetysai is due to open in May.
Builders from Shymkent and Tashkent took part in the tenders. Officials said the water main would be extended next year to villages along the Uzbek border.""",
     ann=[
        ('Saryagash district', 0, 'district', 'Saryagash District', TR),
        ('TURKISTAN', 0, 'city', 'Turkestan', TR, {'note': 'dateline'}),
        ('Zhibek Zholy', 0, 'village', 'Zhibek Zholy', TR),
        ('Saryagash district', 1, 'district', 'Saryagash District', TR),
        ('14 villages', 0, 'quantified', '14 villages', N, {'count': 14, 'unit': 'village', 'note': 'not about an incident'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
        ('Zhibek Zholy', 1, 'village', 'Zhibek Zholy', TR),
        ('Saryagash town', 0, 'city', 'Saryagash', TR),
        ('Maktaaral', 0, 'district', 'Maktaaral District', TR),
        ('Keles', 0, 'district', 'Keles District', TR),
        ('Sairam', 0, 'district', 'Sairam District', TR),
        ('Turkestan', 0, 'city', 'Turkestan', TR),
        ('Zhetysai', 0, 'city', 'Zhetysai', TR),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of builders'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of builders'}),
     ]),

dict(id='p007', date='2012-08-21', lang='en',
     event='2012 crane collapse kills two on the Zhezkazgan - Beineu railway project east of Beineu (Mangystau Region); Zhezkazgan and Ulytau district in Karaganda Region before 2022; regions crossed by the line; Arkalyk - Shubarkol, Zhanaozen - Turkmenistan lines',
     text="""Crane collapse kills two on Zhezkazgan-Beineu railway project
ASTANA, Aug 21 (Reuters) - Two workers were killed and three injured on Tuesday when a crane toppled at a bridge site on the new Zhezkazgan-Beineu railway about 40 km east of Beineu in Mangystau Region, the emergency situations ministry said.
The 988 km line, the largest rail project in Kazakhstan since independence, will cross across the steppe of the Karaganda, Kyzylorda, Aktobe and Mangystau regions and shorten the route for freight from China to the Caspian ports by 1,200 km. Track is also being laid at Shalkar, where the new line will cross the old Orenburg-Tashkent railway.
Kazakhstan Temir Zholy said work would go on. Many of its 4,000 workers come from Zhezkazgan and from villages in Ulytau district.
A second new line, from Arkalyk to the Shubarkol coal mine, is due to carry coal from 2014. With a link from Zhanaozen to Turkmenistan and Iran, they are meant to make the country a land bridge between China and Europe.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:route endpoint'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint'}),
        ('Beineu', 1, 'village', 'Beineu', MR, {'note': 'NI:route endpoint'}),
        ('Beineu', 2, 'village', 'Beineu', MR, {'note': 'NI:reference point ("40 km east of")'}),
        ('Mangystau Region', 0, 'region', MR, MR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:crossed by the line; list sharing "regions"'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'NI:crossed by the line; list sharing "regions"'}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'NI:crossed by the line; list sharing "regions"'}),
        ('Mangystau', 1, 'region', MR, MR, {'note': 'NI:crossed by the line; list sharing "regions"'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:origin of freight'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Shalkar', 0, 'city', 'Shalkar', AR, {'note': 'NI:construction site'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:route endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': "NI:workers' origin"}),
        ('Ulytau district', 0, 'district', 'Ulytau District', KR, {'note': "NI:workers' origin"}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:route endpoint'}),
        ('Shubarkol coal mine', 0, 'facility', 'Shubarkol coal mine', KR, {'subkind': 'mine', 'note': 'NI:route endpoint'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:route endpoint'}),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('China', 1, 'foreign', 'China', N),
        ('Europe', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
     ],
     inc={MR: (1, 'crane toppled at a bridge site about 40 km east of Beineu, two workers killed')}),

dict(id='p008', date='2026-03-11', lang='en',
     event='2026 bus-lorry crash on the Kyzylorda - Zhezkazgan road south of Ulytau village (Ulytau Region) and a hay lorry fire on the Syr Darya bridge near Zhosaly (Kyzylorda Region); weekend crashes "in four regions"; Ulytau village vs Ulytau Region',
     text="""Bus and lorry collide on rebuilt Kyzylorda - Zhezkazgan road
KYZYLORDA, March 11 (Kazinform) - Three people died on Tuesday when a bus carrying shift workers collided with a grain lorry on the Kyzylorda - Zhezkazgan road, 30 km south of the village of Ulytau, the police department of Ulytau Region said.
The bus was taking 28 workers of a copper mine from Satpayev to a camp in the steppe. Eleven were taken to hospital in Zhezkazgan. The lorry driver, who comes from Zhalagash district of Kyzylorda Region, survived and has been detained.
The 430 km road, rebuilt between 2017 and 2024, cut the journey between the two regional centres from twelve hours to five. Drivers and local officials say lorries now use it at night at high speed, and that a 150 km stretch without a filling station or mobile signal makes help slow to arrive. The ambulance from Ulytau needed almost an hour to reach the scene.
In a separate incident on Monday night, a lorry loaded with hay caught fire on the bridge over the Syr Darya near Zhosaly, in Karmakshy district. The driver escaped, and the bridge was closed for four hours while firefighters from Baikonur and Zhosaly put out the blaze.
The interior ministry said on Wednesday that 41 road accidents had been registered over the weekend in four regions after a sudden thaw and frost, and that six people had died. It has asked the transport ministry in Astana to install speed cameras on the busiest sections of the Kyzylorda - Zhezkazgan road and on the Aral - Shalkar stretch of the Samara - Shymkent highway.""",
     ann=[
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Ulytau', 0, 'village', 'Ulytau', UR, {'note': 'NI:reference point ("30 km south of")'}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': "NI:origin of the bus"}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Zhalagash district', 0, 'district', 'Zhalagash District', KYR, {'note': "NI:driver's origin"}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': "NI:driver's origin"}),
        ('Ulytau', 2, 'village', 'Ulytau', UR, {'note': 'NI:origin of the ambulance'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Zhosaly', 0, 'city', 'Zhosaly', KYR),
        ('Karmakshy district', 0, 'district', 'Karmakshy District', KYR),
        ('Baikonur', 0, 'city', 'Baikonur', KYR, {'note': 'NI:origin of firefighters'}),
        ('Zhosaly', 1, 'city', 'Zhosaly', KYR, {'note': 'NI:origin of firefighters'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'weekend road accidents'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Kyzylorda', 3, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Aral', 0, 'city', 'Aral', KYR, {'note': 'NI:section endpoint'}),
        ('Shalkar', 0, 'city', 'Shalkar', AR, {'note': 'NI:section endpoint'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'NI:route endpoint'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
     ],
     inc={UR: (1, 'bus-lorry collision on the Kyzylorda - Zhezkazgan road south of Ulytau village, three dead'),
          KYR: (1, 'hay lorry fire on the Syr Darya bridge near Zhosaly, Karmakshy district')},
     unatt=[{'label': 'four regions', 'count': 4, 'note': '41 weekend road accidents in four unnamed regions'}]),
]
