"""English texts of the fiftieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2023-01-13', lang='en',
     event='2023 deep freeze in the east: coal-feed fire at the central boiler house of Kurchatov and a protest over cold flats in the Zhanasemey neighbourhood of Semey (Abai Region); heating main burst in the 4th microdistrict of Stepnogorsk (Akmola Region); carbon monoxide deaths in Ablaketka, Oskemen, and the November 2021 CHP breakdown in Ridder as background (East Kazakhstan Region); frost warning for five regions; western Siberia and Novosibirsk as references',
     text="""Deep freeze in the east: boilers fail in Kurchatov and Stepnogorsk, Semey residents rally over cold flats
OSKEMEN, January 13 (Kazinform) - Temperatures fell to minus 42 overnight in parts of the Abai and East Kazakhstan regions, and Kazhydromet extended its frost warning to five regions for the weekend. The cold air came from western Siberia, where Novosibirsk recorded minus 45 on Wednesday.

In Kurchatov, the former closed town of the Semipalatinsk test site, a fire broke out on Thursday night in the coal feed of the central boiler house. Firefighters put it out within two hours, but two of the three boilers were stopped and 64 apartment blocks were left without heating, the Abai region emergencies department said. Repair crews and two mobile boilers were sent from Semey, about 150 km away.

In Semey itself, about 200 residents of the Zhanasemey neighbourhood gathered outside the city akimat on Friday morning, saying their radiators had been barely warm since New Year. "My children sleep in their coats," one woman told reporters. The akim blamed worn pipes between the Semey CHP-1 and the left bank and promised to replace three kilometres of mains next summer.

Further north, a heating main burst on Thursday in the 4th microdistrict of Stepnogorsk in Akmola region, flooding basements with hot water and cutting heat to 11 blocks. The town akimat declared a local emergency, and welders worked through the night at minus 38.

In Oskemen, a couple and their son were found dead on Wednesday in a private house in Ablaketka, a suburb on the left bank of the Irtysh. Police said the stove damper had been closed too early and the house filled with carbon monoxide. It was the fourth such death in East Kazakhstan Region this winter, according to the regional police.

Officials in Oskemen insisted the situation was calmer than in Ridder in November 2021, when the town's CHP broke down during a cold spell and thousands of flats went without heating for almost a week.""",
     ann=[
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'headline'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('OSKEMEN', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:frost; in a list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:frost; in a list sharing "regions"'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'frost warning, not an incident'}),
        ('Siberia', 0, 'foreign', 'Siberia', N, {'subkind': 'macro-region', 'note': 'NI:origin of the cold air; "western Siberia" is a directional phrase, only the name is annotated'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:temperature record in Russia'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk test site', N, {'subkind': 'test site', 'note': 'NI:background; the former test site spans several regions; Semipalatinsk (old name of Semey) is part of the name'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:origin of repair crews'}),
        ('Semey', 2, 'city', 'Semey', ABR),
        ('Zhanasemey neighbourhood', 0, 'district', 'Zhanasemey (Semey)', ABR, {'subkind': 'microdistrict'}),
        ('Semey CHP-1', 0, 'facility', 'Semey CHP-1', ABR, {'subkind': 'power plant', 'note': 'NI:source of the heat, no failure reported'}),
        ('4th microdistrict', 0, 'district', '4th microdistrict (Stepnogorsk)', AKR, {'subkind': 'microdistrict'}),
        ('Stepnogorsk', 1, 'city', 'Stepnogorsk', AKR),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Oskemen', 0, 'city', 'Oskemen', EKR),
        ('Ablaketka', 0, 'district', 'Ablaketka (Oskemen)', EKR, {'subkind': 'microdistrict', 'note': 'suburb of Oskemen'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:statistic (fourth death this winter)'}),
        ('Oskemen', 1, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the officials'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'background event narrated explicitly (CHP breakdown, November 2021)'}),
     ],
     inc={ABR: (2, 'coal-feed fire at the central boiler house of Kurchatov; residents\' protest outside the Semey akimat over cold flats'),
          AKR: (1, 'heating main burst in the 4th microdistrict of Stepnogorsk'),
          EKR: (2, 'carbon monoxide deaths of three people in Ablaketka, Oskemen; background: CHP breakdown in Ridder in November 2021 (the fourth death this winter is a statistic)')}),

dict(id='p002', date='1996-01-24', lang='en',
     event='1996 boiler explosion kills two stokers in Kurchatov and pensioners block Lenin Street in Semipalatinsk over power cuts (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land); crews from Ust-Kamenogorsk; power from Russia\'s Altai Krai and the Ekibastuz GRES-1 (Pavlodar Region)',
     text="""Semipalatinsk region: two stokers killed in Kurchatov boiler blast
SEMIPALATINSK, Jan 24 (Reuters) - Two stokers were killed when a boiler exploded at a coal-fired boiler house in Kurchatov, the town that served the Soviet nuclear test site, regional officials said on Wednesday.
The blast tore a hole in the roof of the building and left about 4,000 residents without heat at minus 35, the Semipalatinsk regional administration said. Crews from Semipalatinsk and Ust-Kamenogorsk were flying in spare parts.
In Semipalatinsk itself, several hundred pensioners blocked Lenin Street for three hours on Tuesday to protest against power cuts of up to 12 hours a day and pensions unpaid since October. Police did not intervene.
The region's grid relies on electricity from Russia's Altai Krai and from the Ekibastuz GRES-1 in neighbouring Pavlodar region, which cut its supplies in December over unpaid bills. Officials said rolling blackouts would continue until at least February.""",
     ann=[
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; Semipalatinsk Region, abolished in 1997 and merged into East Kazakhstan Region; labelled with the unit holding its land'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'headline; a town of Semipalatinsk Region in 1996, East Kazakhstan Region land'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline; the old name of Semey'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', EKR),
        ('Semipalatinsk', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority (regional administration); the abolished Semipalatinsk Region'}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': 'NI:origin of crews'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of crews; Russian name of Oskemen'}),
        ('Semipalatinsk', 3, 'city', 'Semey', EKR),
        ('Lenin Street', 0, 'facility', 'Lenin Street (Semey)', EKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:power supplier; not the town of Altai'}),
        ('Ekibastuz GRES-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power plant', 'note': 'NI:power supplier'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:location of the power plant'}),
     ],
     inc={EKR: (2, 'boiler explosion at a boiler house in Kurchatov, two killed; pensioners\' protest blocking Lenin Street in Semipalatinsk (power cuts themselves not counted)')}),

dict(id='p003', date='2009-01-15', lang='en',
     event='2009 gas explosion in a five-storey block in the Nursat microdistrict of Shymkent, three dead, during a gas shortage after supplies from Uzbekistan were cut, and residents block the Kentau-Turkestan road over heating (South Kazakhstan Region before the 2018 split)',
     text="""Three killed as gas blast wrecks flats in Shymkent
SHYMKENT, January 15 (Tengrinews) - Three people were killed and seven injured when gas exploded in a third-floor flat of a five-storey block in Shymkent's Nursat microdistrict late on Wednesday, the South Kazakhstan emergencies department said.
The blast brought down the walls between two flats. Neighbours said they had smelled gas for days after the pressure in the network dropped: the city has been short of gas since supplies from Uzbekistan were cut back in early January, and many families heat their kitchens with open gas rings.
Meanwhile in Kentau, in the north of the region, about 150 residents blocked the Kentau-Turkestan road for two hours on Tuesday, demanding heat. The town's main boiler house has been working at half capacity since December for lack of fuel oil, and flats in the old quarter are at 10 degrees, protesters said. The Kentau akim promised that two tankers of fuel oil would arrive from the Shymkent refinery by the weekend.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'possessive'}),
        ('Nursat microdistrict', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:gas supplier'}),
        ('Kentau', 0, 'city', 'Kentau', SKR),
        ('Kentau', 1, 'city', 'Kentau', SKR, {'note': 'NI:road endpoint; the road was blocked near the town'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:road endpoint; the town, South Kazakhstan Region in 2009'}),
        ('Kentau', 2, 'city', 'Kentau', SKR, {'note': 'inside the title of an official (akim)'}),
        ('Shymkent refinery', 0, 'facility', 'Shymkent refinery', SKR, {'subkind': 'refinery', 'note': 'NI:fuel supplier'}),
     ],
     inc={SKR: (2, 'gas explosion in a block of flats in Nursat, Shymkent, three dead; residents blocking the Kentau-Turkestan road over heating (the half-working boiler house is a supply problem, not an incident)')}),

dict(id='p004', date='2021-12-08', lang='en',
     event='2021 cold snap live blog: heating main burst on Tauelsizdik Avenue in Almaty district of Nur-Sultan (Astana); market roof collapse under snow in Kokshetau and a protest over cold flats in Kosshy, a town since 2021 (Akmola Region); carbon monoxide deaths in a garage in Petropavl (North Kazakhstan Region); frost warning for Pavlodar and Kostanay regions; schools online in three regions; an anticyclone from Russia\'s Omsk region',
     text="""LIVE: Cold snap in the north - burst main in Nur-Sultan, market roof falls in Kokshetau
NUR-SULTAN, December 8 (Vlast.kz live) - last update 19:30

19:30 - The city akimat says heating has been restored to all 46 blocks in Almaty district after this morning's burst on Tauelsizdik Avenue. Hot water flooded two lanes of the avenue before it froze; a minibus slid into a lamp post, but nobody was hurt.

18:45 - Kokshetau: part of the roof of the central market collapsed under snow at about 2 p.m. Two traders were taken to hospital with bruises, and the market has been closed, the Akmola region emergencies department said.

17:50 - About 60 residents of new blocks in Kosshy, which received town status this year, gathered outside the town akimat. "It is 12 degrees in my flat and the developer has switched off his phone," one of them told us. The akim promised to send engineers tonight.

17:10 - Petropavl: two men died of carbon monoxide poisoning in a garage where they had left a car engine running to keep warm, North Kazakhstan police said. The Petropavl CHP-2 is working at full load, the operator added, and there have been no interruptions in the city.

16:20 - Kazhydromet expects minus 40 in the Pavlodar and Kostanay regions by Friday. Schools in three regions have switched to online lessons for the rest of the week.

15:40 - Forecasters say the anticyclone moved in from the Omsk region of Russia and will stay over northern Kazakhstan until Sunday. The energy ministry in Nur-Sultan has asked all heating plants to keep reserve coal for at least 20 days.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital, not Almaty or Almaty Region'}),
        ('Tauelsizdik Avenue', 0, 'facility', 'Tauelsizdik Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'town status in 2021'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority (police)'}),
        ('Petropavl CHP-2', 0, 'facility', 'Petropavl CHP-2', NKR, {'subkind': 'power plant', 'note': 'NI:working normally'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:forecast; in a list sharing "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:forecast; in a list sharing "regions"'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'schools online, not an incident'}),
        ('Omsk region', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:origin of the anticyclone'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'directional phrase "northern Kazakhstan": only the country'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={'Astana': (1, 'heating main burst on Tauelsizdik Avenue, Almaty district (the minibus sliding on the ice is part of the same event)'),
          AKR: (2, 'market roof collapse under snow in Kokshetau, two hurt; residents\' protest outside the Kosshy akimat over cold flats'),
          NKR: (1, 'carbon monoxide deaths of two men in a garage in Petropavl')}),

dict(id='p005', date='2004-12-21', lang='en',
     event='2004 boiler tube rupture at the Shakhtinsk CHP leaves 20,000 without heating and a sports hall roof collapses under snow in Saran (Karaganda Region); repair team from the town of Abai (Karaganda Region, not Abai Region); welders from Temirtau',
     text="""Shakhtinsk shivers after CHP boiler failure
KARAGANDA, Dec 21 (Interfax-Kazakhstan) - About 20,000 residents of Shakhtinsk have been without heating since Sunday, when a boiler tube ruptured at the Shakhtinsk CHP, the Karaganda regional akimat said on Tuesday. Night temperatures in the mining town fell to minus 31.
A repair team from the nearby town of Abai and welders from Temirtau were working in shifts to replace the damaged section, and officials hoped to fire up the boiler again by Thursday. Children from the coldest blocks have been moved to a sanatorium, and schools are closed until the end of the week.
Separately, the roof of a sports hall in Saran collapsed under heavy snow late on Monday. Nobody was inside at the time, the emergencies department said. The department has ordered owners of flat-roofed buildings in all towns of the region to clear them of snow.""",
     ann=[
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'headline'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Shakhtinsk', 1, 'city', 'Shakhtinsk', KR),
        ('Shakhtinsk CHP', 0, 'facility', 'Shakhtinsk CHP', KR, {'subkind': 'power plant'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Abai', 0, 'city', 'Abai', KR, {'note': 'NI:origin of the repair team; the town of Abai in Karaganda Region, not Abai Region'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of welders'}),
        ('Saran', 0, 'city', 'Saran', KR),
        ('all towns of the region', 0, 'quantified', 'all towns', N, {'count': N, 'unit': 'city', 'quantifier': 'all', 'note': 'order to clear roofs, not an incident'}),
     ],
     inc={KR: (2, 'boiler tube rupture at the Shakhtinsk CHP; sports hall roof collapse under snow in Saran')}),

dict(id='p006', date='2013-01-30', lang='en',
     event='2013 water main burst on Dostyk Avenue turns streets of Oral (Uralsk) to ice and a gas explosion destroys a house in Zachagansk (West Kazakhstan Region); gas from Russia\'s Orenburg region',
     text="""Burst water main turns Oral streets to ice
ORAL (Uralsk), January 30 (KazTAG) - A 600-millimetre water main burst early on Wednesday under Dostyk Avenue in the centre of Oral, flooding the avenue and two side streets. By noon the water had frozen into a sheet of ice, and several cars were stuck up to their wheel arches. Half of the city was left without tap water.
"The pipe was laid in 1971 and nobody has touched it since," an engineer of the city water company said. Repairs were expected to take two days; water tankers were sent to schools and the regional hospital.
On Tuesday evening a gas explosion destroyed a private house in the settlement of Zachagansk, just outside the city. The owner, who was lighting a stove, was taken to hospital with burns. Gas reaches West Kazakhstan from Russia's Orenburg region, and leaks in old house connections are common in frost, the gas service said.""",
     ann=[
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'dateline; the Russian name in brackets'}),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': 'street'}),
        ('Oral', 1, 'city', 'Oral', WKR),
        ('Zachagansk', 0, 'village', 'Zachagansk', WKR, {'note': 'settlement next to Oral'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'NI:gas supply; without head noun, the region rather than the west of the country'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:gas origin'}),
     ],
     inc={WKR: (2, 'water main burst under Dostyk Avenue in Oral; gas explosion in a house in Zachagansk, one hurt')}),

dict(id='p007', date='2020-01-23', lang='en',
     event='2020 heavy snow in the south: roof of the Kazygurt market collapses in Al-Farabi district of Shymkent (a city of republican significance); gas cylinder blast in a house in Turkistan and power lines down near Saryagash (Turkistan Region); carbon monoxide deaths in Taraz (Jambyl Region); burst water main on Korkyt Ata Street in Kyzylorda (Kyzylorda Region); schools closed in all districts of Turkistan region; minister from Nur-Sultan',
     text="""Snow brings down market roof in Shymkent; gas blast in Turkistan, fumes kill three in Taraz
SHYMKENT, January 23 (Kazinform) - Two days of heavy snow and a sharp frost across the south have caused a roof collapse, an explosion and deaths from stove fumes in three regions and Shymkent, emergency officials said on Thursday.

In Shymkent, part of the roof of the Kazygurt market in Al-Farabi district gave way under about 40 cm of wet snow early in the morning, before most stalls had opened. A security guard was pulled out with a broken arm. The city akimat said the market, named after the mountain and not connected with the Kazygurt district of Turkistan region, had ignored two warnings to clear its roof.

In the town of Turkistan, the regional centre, a gas cylinder exploded in the kitchen of a private house on Wednesday evening, injuring a woman and her teenage son. Near Saryagash, snow-laden wires snapped and about 30 villages lost power overnight; the grid company restored supplies by the afternoon. Schools in all districts of Turkistan region will stay closed until Monday. The region still called itself South Kazakhstan until the renaming of June 2018, and many road signs carry the old name.

In Taraz, a man, his wife and their daughter died of carbon monoxide poisoning from a coal stove in their house, the Jambyl region police said. Police have recorded eleven such poisonings in the region since November.

In Kyzylorda, a water main burst on Korkyt Ata Street, leaving the left-bank neighbourhoods without water for a day.

The emergencies minister flew to Shymkent from Nur-Sultan on Thursday and ordered inspections of all market roofs in the south.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'headline; the town'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'all three named below (Turkistan, Jambyl, Kyzylorda regions)'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent'),
        ('Kazygurt market', 0, 'facility', 'Kazygurt market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'named after the mountain; not Kazygurt district'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Kazygurt district', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:named only for contrast'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:contrast'}),
        ('Turkistan', 2, 'city', 'Turkistan', TR),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:power cut, not an incident; reference point'}),
        ('30 villages', 0, 'quantified', '30 villages', N, {'count': 30, 'unit': 'village', 'note': 'power cut, not an incident ("about 30 villages")'}),
        ('all districts of Turkistan region', 0, 'quantified', 'all districts', N, {'count': N, 'unit': 'district', 'quantifier': 'all', 'note': 'school closures, not an incident; the region inside the phrase is not annotated separately'}),
        ('South Kazakhstan', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former name of the region, renamed on 2018-06-19; labelled with the unit holding its land on the article date'}),
        ('Taraz', 1, 'city', 'Taraz', JR),
        ('Jambyl region', 0, 'region', JR, JR, {'note': 'inside the name of an authority (police)'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR),
        ('Korkyt Ata Street', 0, 'facility', 'Korkyt Ata Street (Kyzylorda)', KZR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': "NI:minister's destination"}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': "NI:minister's origin; the capital named Nur-Sultan 2019-2022"}),
     ],
     inc={'Shymkent': (1, 'roof collapse of the Kazygurt market, Al-Farabi district, one hurt'),
          TR: (1, 'gas cylinder explosion in a house in Turkistan, two hurt (power cut near Saryagash and school closures not counted)'),
          JR: (1, 'carbon monoxide deaths of three in a house in Taraz (eleven poisonings since November are a statistic)'),
          KZR: (1, 'water main burst on Korkyt Ata Street in Kyzylorda')}),

dict(id='p008', date='2025-01-17', lang='en',
     event='2025 heating main burst under Abay Avenue in Bostandyk district of Almaty, two scalded (Almaty); car wash roof collapse under wet snow in Konaev, the former Kapchagay (Almaty Region); the utility Almaty Heating Networks is not annotated; pipes from China',
     text="""Scalding water floods Abay Avenue after heating main bursts
ALMATY, January 17 (Tengrinews) - A heating main burst under Abay Avenue in Almaty's Bostandyk district on Friday morning, sending a stream of hot water and steam across six lanes of traffic. Two pedestrians were taken to hospital with scalds on their legs, and about 120 buildings west of Baizakov Street were left without heating for most of the day.
The utility Almaty Heating Networks said the 800-millimetre pipe, laid in 1978, had been on this year's replacement list; new pipes ordered from China are expected in March. Traffic on Abay was diverted until the evening.
On Thursday, the roof of a car wash in Konaev, the former Kapchagay, collapsed under wet snow, injuring a worker, the emergencies department of Almaty region said. Konaev has been the seat of the region since June 2022. Forecasters expect more snow in the foothills over the weekend.""",
     ann=[
        ('Abay Avenue', 0, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'headline; avenue named after the poet, not Abai Region'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Abay Avenue', 1, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'possessive'}),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Baizakov Street', 0, 'facility', 'Baizakov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:origin of pipes'}),
        ('Abay', 2, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'the avenue named without head noun'}),
        ('Konaev', 0, 'city', 'Konaev', ALR),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Konaev', 1, 'city', 'Konaev', ALR, {'note': 'NI:seat of the region'}),
     ],
     inc={'Almaty': (1, 'heating main burst under Abay Avenue, Bostandyk district, two scalded'),
          ALR: (1, 'roof collapse of a car wash under wet snow in Konaev, one hurt')}),
]
