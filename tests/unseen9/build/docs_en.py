"""English texts of the ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='r001', date='1994-08-22', lang='en',
     event='1994 steppe fire over the Amangeldy and Dzhangeldy districts and a fuel depot fire at Arkalyk station (Turgay Region, now Kostanay Region land)',
     text="""ARKALYK, Aug 22 (KazTAG) - A steppe fire that started from a burning haystack on Saturday has spread over more than 40,000 hectares of pasture in the Amangeldy and Dzhangeldy districts, the emergency headquarters of Turgay Region said on Monday.
Strong winds drove the flames from the village of Urpek towards the Torgay river, and two herders were taken to hospital in Arkalyk with burns. Fifty fire engines, among them crews sent from Kostanay, Zhezkazgan and three neighbouring districts, were fighting the fire, helped by army lorries from the garrison in Akmola. Residents of Kumkeshu were moved to the district centre of Amangeldy as a precaution.
"The wind changes every hour, and the grass has not seen rain since June," said Serik Torgayev, deputy akim of the region.
In a separate incident on Sunday, diesel tanks caught fire at a fuel depot next to Arkalyk railway station. Nobody was hurt, but trains to Yesil were held for six hours.
Turgay Region, re-created in 1990, is one of the least populated parts of Kazakhstan. Its grain goes by rail to Russia and Uzbekistan.""",
     ann=[
        ('ARKALYK', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Amangeldy', 0, 'district', 'Amangeldy District', KOR, {'note': 'in a list sharing the head noun "districts"'}),
        ('Dzhangeldy', 0, 'district', 'Zhangeldi District', KOR, {'note': 'in a list sharing the head noun "districts"'}),
        ('Turgay Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'inside the name of an authority; Turgay Region existed until 1997 and is not a canonical unit; the districts named lie in Kostanay Region on the article date'}),
        ('Urpek', 0, 'village', 'Urpek', KOR),
        ('Torgay river', 0, 'facility', 'Torgay River', N, {'subkind': 'river'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:hospital town'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of fire crews'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of fire crews'}),
        ('three neighbouring districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'origin of fire crews, not incidents'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital-to-be under its 1992-1998 name; origin of army lorries'}),
        ('Kumkeshu', 0, 'village', 'Kumkeshu', KOR, {'note': 'threatened village whose residents were moved'}),
        ('Amangeldy', 1, 'village', 'Amangeldy', KOR, {'note': 'NI:district centre used as evacuation point'}),
        ('Arkalyk railway station', 0, 'facility', 'Arkalyk railway station', KOR, {'subkind': 'railway station'}),
        ('Yesil', 0, 'city', 'Yesil', AKR, {'uncertain': True, 'note': 'NI:destination of held trains; the town of Yesil, then in Turgay Region, whose land lies in Akmola Region; the name is also a river'}),
        ('Turgay Region', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:background; abolished in 1997; most of its land lies in Kostanay Region'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={KOR: (2, 'steppe fire over two districts (one event); fuel depot fire at Arkalyk station')}),

dict(id='r002', date='1996-12-10', lang='en',
     event='1996 gas explosion in an apartment block in Akmola (the future capital) and a bus overturned near Shortandy (Akmola Region)',
     text="""AKMOLA, Dec 10 (Interfax-Kazakhstan) - A gas explosion tore through the third floor of a five-storey apartment block on Respublika Avenue in Akmola early on Tuesday, killing two residents and injuring seven, the city emergencies department said.
The blast, blamed on a leaking gas cylinder in a kitchen, brought down part of the stairwell. Forty residents spent the day in a nearby school while engineers checked the building.
"At minus 35 every repair is dangerous, and people keep cylinders at home because the mains do not reach them," said Marat Yesilbayev, chief engineer of the regional gas utility Akmolagaz.
Late on Monday a bus carrying shift workers from Stepnogorsk skidded off an icy road and overturned near Shortandy, 60 km north of the city. Three passengers were injured and taken to a hospital in Akmola.
Akmola, called Tselinograd until 1992, is the centre of Akmola Region. Parliament voted last year to move the capital here from Almaty, and ministries are expected to relocate in 1997 and 1998. The akim of Akmola Region has ordered checks of gas cylinders in all districts.""",
     ann=[
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital-to-be under its 1992-1998 name'}),
        ('Respublika Avenue', 0, 'facility', 'Respublika Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana'),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:origin of the bus passengers'}),
        ('Shortandy', 0, 'village', 'Shortandy', AKR),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'NI:hospital town'}),
        ('Akmola', 2, 'city', 'Astana', 'Astana', {'note': 'NI:background'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:background'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the capital being moved'}),
        ('Akmola Region', 1, 'region', AKR, AKR, {'note': 'NI:inside an official title'}),
        ('all districts', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections, not incidents'}),
     ],
     inc={'Astana': (1, 'gas explosion in an apartment block on Respublika Avenue'),
          AKR: (1, 'bus overturned near Shortandy')}),

dict(id='r003', date='2008-03-04', lang='en',
     event='2008 rupture and fire of the Bukhara-Urals gas pipeline in Shalkar district and a market roof collapse in Aktobe (Aktobe Region)',
     text="""AKTOBE, March 4 (Kazinform) - A section of the Bukhara-Urals gas pipeline ruptured and caught fire on Tuesday morning in Shalkar district, about 40 km south of the town of Shalkar, the emergencies department of Aktobe Region said.
Flames rose up to 50 metres and could be seen from the railway village of Shokysu. Nobody was injured; the pipeline operator shut the valves within two hours. Gas supplies to Kandyagash and Emba were cut until the evening.
"Corrosion on a pipe laid in 1964 is the most likely cause," said Nurbol Ilekov, an engineer of Intergas Central Asia, which runs the line.
The pipeline carries gas from Uzbekistan and Turkmenistan across western Kazakhstan to Russia.
Earlier, late on Monday, the roof of a car market on the northern outskirts of Aktobe collapsed under wet snow, injuring a night guard. Rescuers from Khromtau helped to clear the debris.
Snowfall in the region this winter has been twice the norm, and forecasters warned of floods in spring on the Ilek and Khobda rivers.""",
     ann=[
        ('AKTOBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Bukhara', 0, 'foreign', 'Bukhara', N, {'note': 'NI:pipeline endpoint'}),
        ('Urals', 0, 'foreign', 'Urals', N, {'note': 'NI:pipeline endpoint'}),
        ('Shalkar district', 0, 'district', 'Shalkar District', AR),
        ('Shalkar', 1, 'city', 'Shalkar', AR, {'note': 'NI:reference point ("40 km south of")'}),
        ('Aktobe Region', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Shokysu', 0, 'village', 'Shokysu', AR, {'note': 'NI:place the flames were seen from'}),
        ('Kandyagash', 0, 'city', 'Kandyagash', AR, {'note': 'NI:gas supply cut (a consequence)'}),
        ('Emba', 0, 'city', 'Emba', AR, {'note': 'NI:gas supply cut (a consequence)'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Aktobe', 1, 'city', 'Aktobe', AR),
        ('Khromtau', 0, 'city', 'Khromtau', AR, {'note': 'NI:origin of rescuers'}),
        ('Ilek', 0, 'facility', 'Ilek River', N, {'subkind': 'river', 'note': 'in a list sharing the head noun "rivers"; flood warning'}),
        ('Khobda', 0, 'facility', 'Khobda River', N, {'subkind': 'river', 'note': 'in a list sharing the head noun "rivers"; flood warning'}),
     ],
     inc={AR: (2, 'gas pipeline rupture and fire in Shalkar district; market roof collapse in Aktobe')}),

dict(id='r004', date='2015-04-14', lang='en',
     event='2015 hostage case in a flat on Pushkin Street in Aksu (Pavlodar Region)',
     text="""PAVLODAR, April 14 (Tengrinews) - Police freed a woman and her two children on Tuesday after a man held them hostage for nine hours in a flat on Pushkin Street in the town of Aksu, the police department of Pavlodar Region said.
The 38-year-old, a former worker at the Aksu ferroalloy plant, barricaded the door and threatened to open a gas cylinder. Negotiators brought in from Pavlodar talked to him through the door before special forces entered the flat shortly after midnight. No one was hurt. Residents of the building were moved to a school on the same street.
"He lost his job in March and blamed his wife for it," said police spokesman Daniyar Ertisov.
The man has been charged with hostage-taking and was taken to a pre-trial detention centre in Ekibastuz.
Aksu, a town of about 40,000 people on the Irtysh, lies 50 km south of Pavlodar. Its plant ships ferroalloys to China, Japan and the Netherlands. The name, meaning "white water", is common across Kazakhstan, and a river in the south of the country bears it too.""",
     ann=[
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Pushkin Street', 0, 'facility', 'Pushkin Street (Aksu)', PR, {'subkind': 'street'}),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Aksu ferroalloy plant', 0, 'facility', 'Aksu ferroalloy plant', PR, {'subkind': 'plant', 'note': 'NI:former workplace'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of negotiators'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:detention centre (a follow-up)'}),
        ('Aksu', 2, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:background'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Pavlodar', 2, 'city', 'Pavlodar', PR, {'note': 'NI:reference point'}),
        ('China', 0, 'foreign', 'China', N),
        ('Japan', 0, 'foreign', 'Japan', N),
        ('Netherlands', 0, 'foreign', 'Netherlands', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={PR: (1, 'hostage case in a flat on Pushkin Street in Aksu')}),

dict(id='r005', date='2021-06-22', lang='en',
     event='2021 market fire in Almaty district and a bus hitting a stop on Kabanbay Batyr Avenue in Yesil district of Nur-Sultan (Astana)',
     text="""NUR-SULTAN, June 22 (The Astana Times) - Fire swept through the Shapagat market in the capital's Almaty district late on Monday, destroying about 120 stalls, the city emergencies department said. Nobody was hurt. Crews from Baikonur district joined the firefighters, and the blaze was put out by 3 a.m.
Hours later a city bus lost its brakes and ploughed into a bus stop on Kabanbay Batyr Avenue in Yesil district, injuring four people. The driver, a resident of Kosshy, was detained.
"Our stall was the family's only income," said trader Gulnar Almatova, who moved to Nur-Sultan from Zhezkazgan five years ago.
The avenue runs along the left bank of the Yesil river past Nazarbayev University, named after the first president Nursultan Nazarbayev. Traders said many of their goods come from Urumqi and Istanbul.
The city akimat said stall owners would receive compensation, and prosecutors opened an inquiry into fire safety at markets.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Shapagat market', 0, 'facility', 'Shapagat market (Astana)', 'Astana', {'subkind': 'market'}),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital, not the city of Almaty or Almaty Region'}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:origin of fire crews; a district of the capital, not the cosmodrome'}),
        ('Kabanbay Batyr Avenue', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'NI:residence of the driver'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of a trader'}),
        ('Yesil river', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N),
        ('Istanbul', 0, 'foreign', 'Istanbul', N),
     ],
     inc={'Astana': (2, 'market fire in Almaty district; bus hitting a stop on Kabanbay Batyr Avenue in Yesil district')}),

dict(id='r006', date='2023-02-10', lang='en',
     event='2023 shoot-out between border guards and cattle smugglers near Koktal, Panfilov district (Jetisu Region)',
     text="""ZHARKENT, Feb 10 (Orda.kz) - A border guard was wounded in a shoot-out with cattle smugglers near the village of Koktal in Panfilov district of Jetisu Region, about 30 km from the Chinese border, the Border Service of the National Security Committee said on Friday.
A group of four men tried to drive about 40 head of cattle towards China at night. When a patrol ordered them to stop, one of them opened fire. One suspect was detained at the scene; the other three fled towards the Ili river and were being searched for.
The wounded sergeant was flown by helicopter to Taldykorgan and is in a stable condition. "He is a native of Sarkand and has served on this section for three years," a spokesman said.
Panfilov district, whose centre is Zharkent, has been part of Jetisu Region since the region was formed last June. The Khorgos border crossing, 35 km away, was working normally, and lorries from Urumqi kept arriving.""",
     ann=[
        ('ZHARKENT', 0, 'city', 'Zharkent', JTR, {'note': 'dateline'}),
        ('Koktal', 0, 'village', 'Koktal', JTR),
        ('Panfilov district', 0, 'district', 'Panfilov District', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('China', 0, 'foreign', 'China', N, {'note': 'destination of the smuggled cattle'}),
        ('Ili river', 0, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'where suspects fled'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Sarkand', 0, 'city', 'Sarkand', JTR, {'note': 'NI:birthplace of the guard'}),
        ('Panfilov district', 1, 'district', 'Panfilov District', JTR, {'note': 'NI:background'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:background'}),
        ('Jetisu Region', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Khorgos border crossing', 0, 'facility', 'Khorgos border crossing', JTR, {'subkind': 'border crossing', 'note': 'NI:working normally'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N),
     ],
     inc={JTR: (1, 'shoot-out with smugglers near Koktal, one guard wounded')}),

dict(id='r007', date='2024-09-18', lang='en',
     event='2024 oil well blowout and fire at the Karaton field, Zhylyoi district, and an emergency landing at Atyrau airport (Atyrau Region)',
     text="""ATYRAU, Sept 18 (Interfax-Kazakhstan) - An oil well blew out and caught fire at the Karaton field in Zhylyoi district on Tuesday, sending up a column of black smoke that was visible from Kulsary, 60 km away, the emergencies department of Atyrau Region said.
Two workers with burns were taken to hospital in Kulsary. Specialists flew in from Aktau and Aksai to cap the well, which may take a week.
"The pressure rose suddenly during repairs," said Azamat Tengizov, a spokesman for the operator. Karaton lies about 30 km from Tengiz, the country's largest oil field.
On the same evening a passenger jet flying from Moscow to Aktau made an emergency landing at Atyrau airport (GUW) after smoke appeared in the cabin. All 142 passengers and six crew left the aircraft safely and were taken on to Aktau by bus along the Atyrau-Beineu road.
Atyrau Region, on the northern shore of the Caspian Sea, produces more than half of Kazakhstan's oil.""",
     ann=[
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Karaton field', 0, 'facility', 'Karaton oil field', ATR, {'subkind': 'oil field'}),
        ('Zhylyoi district', 0, 'district', 'Zhylyoi District', ATR),
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': 'NI:reference point ("visible from", "60 km away")'}),
        ('Atyrau Region', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Kulsary', 1, 'city', 'Kulsary', ATR, {'note': 'NI:hospital town'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of specialists'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'NI:origin of specialists'}),
        ('Karaton', 1, 'facility', 'Karaton oil field', ATR, {'subkind': 'oil field', 'note': 'NI:background'}),
        ('Tengiz', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:reference point'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight origin'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:flight destination'}),
        ('Atyrau airport', 0, 'facility', 'Atyrau airport', ATR, {'subkind': 'airport'}),
        ('GUW', 0, 'facility', 'Atyrau airport', ATR, {'subkind': 'airport code'}),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'NI:destination of passengers'}),
        ('Atyrau', 2, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Atyrau Region', 1, 'region', ATR, ATR, {'note': 'NI:background'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={ATR: (2, 'well blowout and fire at the Karaton field; emergency landing at Atyrau airport after smoke in the cabin (no injuries; a doubtful mishap)')}),

dict(id='r008', date='2025-10-27', lang='en',
     event='2025 football league round: clubs named after places (no incident)',
     text="""SHYMKENT, Oct 27 (Kazinform) - Ordabasy moved to the top of the Premier League on Sunday with a 2-1 home win over Kairat at the Kazhymukan Munaitpasov Stadium in Shymkent, in front of 19,000 fans.
Tobol of Kostanay drew 0-0 with Aktobe at the Central Stadium in Aktobe, while Yelimai from Semey beat Kaisar 3-0 in Kyzylorda despite heavy rain. Astana, the defending champions, lost 1-2 to Zhetysu in Taldykorgan and fell to fourth place.
"We have waited eleven years for this," said Ordabasy captain Bauyrzhan Turysbek, a native of Saryagash.
Kairat's Brazilian striker scored his tenth goal of the season, and a scout from Portugal watched the game.
The league also announced a youth tournament next spring with teams from all 17 regions. Its final will be played in Turkistan, at the new stadium near the Khoja Ahmed Yasawi mausoleum.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Kazhymukan Munaitpasov Stadium', 0, 'facility', 'Kazhymukan Munaitpasov Stadium', 'Shymkent', {'subkind': 'stadium'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'home town of a club'}),
        ('Central Stadium', 0, 'facility', 'Central Stadium (Aktobe)', AR, {'subkind': 'stadium'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'the first "Aktobe" is the club'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'home town of a club'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'birthplace'}),
        ('Portugal', 0, 'foreign', 'Portugal', N),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'teams, not incidents'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', TR, {'subkind': 'mausoleum'}),
     ],
     inc={}),
]
