"""English texts of the ninetieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
RC = 'residential complex'

DOCS = [
dict(id='p001', date='2024-10-15', lang='en',
     event='2024 tower crane collapse at the Zhetisu Residence site in Nura district of Astana (operator killed) and a rally of shareholders of the stalled Almaty Park complex outside the city akimat; a court-ordered demolition in Kosshy (Akmola Region) recalled; crane checks in all five districts of the capital',
     text="""Crane collapses on Astana building site as shareholders of stalled complex picket akimat
ASTANA, Oct 15 (Vlast.kz) - A tower crane toppled onto a half-built residential block in the capital's Nura district on Tuesday morning, killing its operator and injuring two fitters working below, the city emergencies department said.

The crane was lifting concrete slabs at the site of the Zhetisu Residence complex on Turan Avenue when its jib snapped in a gust of wind. The 41-year-old operator, a native of Temirtau, died at the scene; the fitters were taken to the city's hospital No. 1 with fractures.

Kazakhstan's Ministry of Industry and Construction said the crane had been bought second-hand in Urumqi, China, in 2019 and had last been inspected in March. It ordered checks of every tower crane on building sites in all five districts of the capital by the end of the month. "We warned the contractor twice about working in wind," said Daulet Kenesaryev, head of the district's building inspectorate.

In the afternoon about 150 shareholders of the Almaty Park complex in Saryarka district gathered outside the city akimat on Beibitshilik Street with placards reading "Give us our flats". The complex, started in 2016 by the developer Qurylys-Astana Invest, was due to be handed over in 2019 but has stood at the fifth floor for three years. Police called the rally unauthorised but detained no one.

Several protesters said they had sold their homes in Karaganda and Pavlodar to buy flats in the capital. "I have been renting a room in Kosshy for five years, and I still pay the loan," said Gulnar Abenova, 52, a teacher.

The same developer's block in the town of Kosshy was pulled down by court order last year after cracks appeared in its walls, and its buyers were moved to a hostel in the village of Talapker. City officials say 34 residential complexes in Astana are behind schedule, nine of them by more than three years.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nura district', 0, 'district', 'Nura District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Zhetisu Residence complex', 0, 'facility', 'Zhetisu Residence complex (Astana)', 'Astana', {'subkind': RC, 'note': 'residential complex named after the region; it is in Astana, not Jetisu Region'}),
        ('Turan Avenue', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:native town of the victim'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': "inside the name of an authority (Kazakhstan's ministry)"}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:where the crane was bought'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:where the crane was bought'}),
        ('all five districts', 0, 'quantified', 'all 5 districts', N, {'count': 5, 'unit': 'district', 'quantifier': 'all', 'note': 'NI:crane checks ordered in every district of the capital'}),
        ('Almaty Park complex', 0, 'facility', 'Almaty Park complex (Astana)', 'Astana', {'subkind': RC, 'note': 'residential complex named after Almaty; it is in Astana'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Beibitshilik Street', 0, 'facility', 'Beibitshilik Street (Astana)', 'Astana', {'subkind': 'street', 'note': 'site of the rally (city akimat)'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:former residence of protesters'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:former residence of protesters'}),
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'NI:residence of a protester; a town of Tselinograd district'}),
        ('Kosshy', 1, 'city', 'Kosshy', AKR, {'note': 'NI:block pulled down by court order (an official measure, not an incident)'}),
        ('Talapker', 0, 'village', 'Talapker', AKR, {'note': 'NI:buyers rehoused in a hostel'}),
        ('Astana', 2, 'city', 'Astana', 'Astana', {'note': 'NI:statistics on delayed complexes'}),
     ],
     inc={'Astana': (2, 'tower crane collapse at the Zhetisu Residence site, Nura district (operator killed); rally of Almaty Park shareholders outside the akimat on Beibitshilik Street. The Kosshy demolition (court order) is not counted; "Qurylys-Astana Invest" is a company')}),

dict(id='p002', date='1995-11-20', lang='en',
     event='1995 roof and ceiling collapse in a half-empty apartment block in Arkalyk, seat of Turgai Region (abolished 1997, land now Kostanay Region); emigration to Kostanay, Karaganda and Russia; planned demolitions in Amangeldy and Torgai',
     text="""Roof gives way on half-empty apartment block in Arkalyk
ARKALYK, Turgai Region, Nov 20 (Interfax-Kazakhstan) - Part of the roof and the top-floor ceiling of a five-storey apartment block in Arkalyk caved in late on Sunday, injuring a 70-year-old woman, regional officials said.

Only eleven of the building's 60 flats are still lived in. Thousands of families have left the town for Kostanay, Karaganda and Russia since Kazakhstan became independent, and the heating plant works only intermittently, so snow and ice pile up on unheated roofs.

"Nobody looks after the empty flats. The pipes burst and water freezes in the walls," said Serik Amangeldiyev, deputy akim of the Turgai region. He said the regional administration had asked Almaty for money to pull down at least 40 empty blocks in the town and in the district centres of Amangeldy and Torgai.

The injured woman is in the Arkalyk central hospital. The block's remaining tenants have been moved into a school gym.""",
     ann=[
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; seat of Turgai Region, abolished in 1997 and merged into Kostanay Region; labelled with the unit holding its land'}),
        ('ARKALYK', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Turgai Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'dateline; Turgai Region (abolished 1997), labelled with the unit holding its land'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination of emigrants'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination of emigrants'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of emigrants'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside the agency name Interfax-Kazakhstan, not annotated'}),
        ('Turgai region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'inside an official post; Turgai Region (abolished 1997), labelled with the unit holding its land'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'uncertain': True, 'note': 'NI:metonymy for the central government (Almaty was the capital in 1995)'}),
        ('Amangeldy', 0, 'village', 'Amangeldy', KOR, {'note': 'NI:district centre, planned demolitions; not the surname Amangeldiyev'}),
        ('Torgai', 0, 'village', 'Torgai', KOR, {'note': 'NI:district centre, planned demolitions; the village, not the region'}),
        ('Arkalyk', 2, 'city', 'Arkalyk', KOR, {'note': 'NI:hospital'}),
     ],
     inc={KOR: (1, 'roof and top-floor ceiling collapse of an apartment block in Arkalyk; planned demolitions are not counted')}),

dict(id='p003', date='2018-03-12', lang='en',
     event='2018 gas explosion in a new block of the Turkestan Arman complex, Nurtas microdistrict of Shymkent, one dead (South Kazakhstan Region before the 2018 split); subcontractor from Kentau; gas checks ordered in Shymkent, Turkestan, Kentau and Saryagash',
     text="""Gas blast kills woman in new Shymkent block
SHYMKENT, March 12 (KazTAG) - A gas explosion wrecked a fourth-floor flat in a newly built nine-storey block in Shymkent's Nurtas microdistrict on Monday morning, killing a 34-year-old woman and injuring four neighbours, the South Kazakhstan regional emergencies department said.

The block is part of the Turkestan Arman residential complex, whose first buyers received their keys in December. Investigators are looking at a gas connection fitted by a subcontractor from Kentau, the department said.

"The smell of gas was in the stairwell for a week. We called the gas service three times and nobody came," a resident of the fifth floor told KazTAG.

The regional akim has ordered checks of the gas pipes in all new blocks commissioned since 2016 in Shymkent and in the towns of Turkestan, Kentau and Saryagash. Last year two people died in gas explosions in private houses in the region.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'possessive'}),
        ('Nurtas microdistrict', 0, 'district', 'Nurtas (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Turkestan Arman residential complex', 0, 'facility', 'Turkestan Arman residential complex (Shymkent)', SKR, {'subkind': RC, 'note': 'named after the town of Turkestan; the complex is in Shymkent'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:origin of the subcontractor'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:checks ordered'}),
        ('Turkestan', 1, 'city', 'Turkestan', SKR, {'note': 'NI:checks ordered; South Kazakhstan Region before 2018-06-19'}),
        ('Kentau', 1, 'city', 'Kentau', SKR, {'note': 'NI:checks ordered'}),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:checks ordered'}),
     ],
     inc={SKR: (1, 'gas explosion in a new block of the Turkestan Arman complex, Nurtas, Shymkent; last year\'s deaths are statistics')}),

dict(id='p004', date='2022-09-05', lang='en',
     event='2022 demolition of unpermitted houses in Otegen Batyr (Ili district, Almaty Region) with a scuffle and detentions; demolition orders in three Karasai district villages; retaining wall collapse at the Alatau Grand site in Nauryzbay district of Almaty (one dead); partial collapse of a block under construction in the Zhetysu microdistrict of Taldykorgan (Jetisu Region, three months after its creation)',
     text="""Bulldozers roll into Otegen Batyr as Almaty's suburbs lose unpermitted houses
ALMATY, Sept 5 (Orda.kz) - Residents of Otegen Batyr, a fast-growing village just north of Almaty in the Ili district of Almaty Region, blocked bulldozers with their cars on Monday as district officials began pulling down 27 houses built without permits on land reserved for a ring road. Police said eight people were detained after a scuffle at the edge of the village, and the demolition went on in the afternoon.

"We paid for this land in 2015. Nobody told us it was for a road," said Asel Nurmaganbetova, who moved to the village from Taraz seven years ago with her three children.

Demolition orders have also been served in three villages of the neighbouring Karasai district: Shamalgan, Irgeli and Raimbek. The regional akimat, which now sits in Konaev, says about 400 houses in the region stand on land their owners do not legally hold.

In Almaty itself, a retaining wall gave way on Saturday at the building site of the Alatau Grand residential complex in Nauryzbay district, burying two workers. One of them, a 23-year-old from Turkistan Region, died before rescuers could dig him out. The city's labour inspectorate has suspended all work on the site.

Further north, in Taldykorgan, a four-storey block under construction in the Zhetysu microdistrict partly collapsed overnight on Friday. No one was on the site at the time. The Jetisu region akimat, set up in June when the region was split off from Almaty Region, blamed cement of poor quality delivered from a plant in Bishkek, Kyrgyzstan, and has asked prosecutors to check the contractor.

Officials in both regions say the rush to finish private houses before new building rules take effect next year has left many sites without any supervision.""",
     ann=[
        ('Otegen Batyr', 0, 'village', 'Otegen Batyr', ALR, {'note': 'headline; a village named after a person'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "headline; NI:reference point (Almaty's suburbs lie in Almaty Region)"}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Otegen Batyr', 1, 'village', 'Otegen Batyr', ALR),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point ("just north of Almaty")'}),
        ('Ili district', 0, 'district', 'Ili District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:former residence'}),
        ('three villages', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'NI:demolition orders; the three villages are named'}),
        ('Karasai district', 0, 'district', 'Karasai District', ALR, {'note': 'NI:demolition orders'}),
        ('Shamalgan', 0, 'village', 'Shamalgan', ALR, {'note': 'NI:demolition orders'}),
        ('Irgeli', 0, 'village', 'Irgeli', ALR, {'note': 'NI:demolition orders'}),
        ('Raimbek', 0, 'village', 'Raimbek', ALR, {'note': 'NI:demolition orders; a village named after a person'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the regional akimat (formerly Kapchagay)'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty'),
        ('Alatau Grand residential complex', 0, 'facility', 'Alatau Grand residential complex (Almaty)', 'Almaty', {'subkind': RC, 'note': 'named after the Alatau mountains; not Alatau district of Almaty'}),
        ('Nauryzbay district', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:origin of the victim'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('Zhetysu microdistrict', 0, 'district', 'Zhetysu (Taldykorgan)', JTR, {'subkind': 'microdistrict', 'note': 'a microdistrict named after the historical region; not the region itself'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'NI:background of the 2022 split'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of the cement'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of the cement'}),
     ],
     inc={ALR: (1, 'residents block bulldozers, scuffle and eight detentions at the Otegen Batyr demolition; the demolitions and orders themselves (Karasai district) are official measures'),
          'Almaty': (1, 'retaining wall collapse at the Alatau Grand site, Nauryzbay district, one worker dead'),
          JTR: (1, 'partial collapse of a block under construction in the Zhetysu microdistrict of Taldykorgan')}),

dict(id='p005', date='2019-07-02', lang='en',
     event='2019 hunger strike of buyers of the unfinished Astana Grand residential complex (Yesil district) in Nur-Sultan, three months after the renaming of the capital; strikers from Atyrau; 1,900 shareholders in six regions (not incidents)',
     text="""Buyers of unfinished Astana Grand flats start hunger strike in Nur-Sultan
NUR-SULTAN, July 2 (Tengrinews) - Twelve buyers of flats in the unfinished Astana Grand residential complex began a hunger strike on Tuesday in a rented office on Kabanbay Batyr Avenue, demanding that the city take over the project.

The complex, in Yesil district on the left bank of the Yesil, was launched in 2014, when the capital was still called Astana, and was to be finished in 2017. Its developer went bankrupt last year, and the frame of the 16-storey building has stood under snow and rain for two winters.

"I brought my family here from Atyrau because of this flat. Now we pay rent and a mortgage at the same time," said one of the strikers, Yerbol Saginov.

A deputy akim of Nur-Sultan met the strikers in the evening and promised a decision within a month. According to the Ministry of Industry, about 1,900 shareholders in six regions of Kazakhstan are still waiting for flats from failed developers.""",
     ann=[
        ('Astana Grand', 0, 'facility', 'Astana Grand residential complex (Astana)', 'Astana', {'subkind': RC, 'note': "headline; a complex named after the capital's earlier name"}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-03-23 to 2022-09-17'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana Grand residential complex', 0, 'facility', 'Astana Grand residential complex (Astana)', 'Astana', {'subkind': RC}),
        ('Kabanbay Batyr Avenue', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'site of the hunger strike; avenue named after a person'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Yesil', 1, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Astana', 2, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:former residence of a striker'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'inside an official post'}),
        ('six regions', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'NI:shareholders still waiting for flats; not incidents'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Astana': (1, 'hunger strike of Astana Grand buyers in an office on Kabanbay Batyr Avenue')}),

dict(id='p006', date='2008-02-14', lang='en',
     event='2008 gas explosion in the stairwell of a new block in the Nursaya microdistrict of Atyrau, six hurt; the Soviet name Guryev; cracked walls on Satpayev Avenue (not an incident); contractor from Ankara; gas engineers from Kulsary',
     text="""Gas explosion wrecks stairwell of new Atyrau block
ATYRAU, Feb 14 (Interfax-Kazakhstan) - Gas exploded in the stairwell of a five-storey block in Atyrau's Nursaya microdistrict late on Wednesday, injuring six residents and blowing out windows in two neighbouring houses, the Atyrau region emergencies department said.

The block is one of six put up in 2006 and 2007 by a Turkish contractor based in Ankara under the state housing programme. Tenants said the gas meters in the basement had been leaking since the autumn and that their complaints to the developer went unanswered.

The city, called Guryev in Soviet times, has been building fast on both banks of the Zhaiyk as oil money flows in. Last month tenants of another new block on Satpayev Avenue complained that cracks were spreading across its walls.

The injured, including two children, were taken to the regional hospital. Gas engineers from Kulsary have been sent to check the other five blocks.""",
     ann=[
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'possessive'}),
        ('Nursaya microdistrict', 0, 'district', 'Nursaya (Atyrau)', ATR, {'subkind': 'microdistrict'}),
        ('Atyrau region', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Ankara', 0, 'foreign', 'Ankara', N, {'note': "NI:contractor's base"}),
        ('Guryev', 0, 'city', 'Atyrau', ATR, {'note': 'NI:Soviet name of Atyrau, background'}),
        ('Zhaiyk', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name of the Ural'}),
        ('Satpayev Avenue', 0, 'facility', 'Satpayev Avenue (Atyrau)', ATR, {'subkind': 'street', 'note': 'NI:complaints about cracks, not an incident; avenue named after a person, not the town of Satpayev'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': 'NI:origin of the gas engineers'}),
     ],
     inc={ATR: (1, 'gas explosion in the stairwell of a new block in the Nursaya microdistrict of Atyrau; the cracks on Satpayev Avenue are not an incident')}),

dict(id='p007', date='2020-12-10', lang='en',
     event='2020 Aktobe: gas explosion in a new block in Batys-2 (Astana district of Aktobe), two dead; rally of Kargaly Park shareholders outside the regional akimat; entrance canopy falls on a boy in Almaty district of Aktobe; demolition in Nokin postponed; commission from Nur-Sultan; pipes from Orenburg',
     text="""Aktobe: gas blast in new block kills two, shareholders rally, canopy falls on boy
AKTOBE, Dec 10 (Kursiv) - Two people were killed and five injured when gas exploded in a flat on the seventh floor of a new twelve-storey block in the Batys-2 microdistrict of Aktobe early on Thursday, the Aktobe region emergencies department said. The blast tore out part of an outer wall, and 96 residents were moved to a school and a hotel for the night.

The block, in the city's Astana district, was commissioned in September. The gas service said the family had connected a new cooker themselves. The akim of Aktobe, Yerlan Taskaliyev, said every new block in the microdistrict would be checked by a commission that is due to arrive from Nur-Sultan on Friday.

Hours later about 80 shareholders of the Kargaly Park complex, where work stopped in 2018, gathered outside the regional akimat on Abulkhair Khan Avenue. They held up photos of the empty concrete frame on the bank of the Ilek and demanded a meeting with the governor. The rally ended peacefully after a deputy governor came out to speak to them.

In the afternoon a concrete canopy over the entrance of an old five-storey house in Almaty district fell on a nine-year-old boy, who was taken to hospital with a head injury. Residents said they had asked the housing company to repair it since 2017.

Meanwhile the demolition of 60 houses in the suburban village of Nokin, which stand on the route of a new bypass road, has been postponed until spring, the city's land department said. Most families have been offered flats in the new Nur Aktobe microdistrict or cash.

The gas pipes and meters for the Batys-2 blocks came from a supplier in Orenburg, Russia, Kursiv has learned.""",
     ann=[
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('AKTOBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Batys-2 microdistrict', 0, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR),
        ('Aktobe region', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Astana district', 0, 'district', 'Astana District (Aktobe)', AR, {'subkind': 'city district', 'note': 'a district of Aktobe named after the capital; not the city of Astana'}),
        ('Aktobe', 3, 'city', 'Aktobe', AR, {'note': 'inside an official post'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Kargaly Park complex', 0, 'facility', 'Kargaly Park complex (Aktobe)', AR, {'subkind': RC, 'note': 'named after the Kargaly river and district; site of the stalled construction'}),
        ('Abulkhair Khan Avenue', 0, 'facility', 'Abulkhair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'site of the rally (regional akimat)'}),
        ('Ilek', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Almaty district', 0, 'district', 'Almaty District (Aktobe)', AR, {'subkind': 'city district', 'note': 'a district of Aktobe; not the city of Almaty or Almaty Region'}),
        ('Nokin', 0, 'village', 'Nokin', AR, {'note': 'NI:demolition postponed'}),
        ('Nur Aktobe microdistrict', 0, 'district', 'Nur Aktobe (Aktobe)', AR, {'subkind': 'microdistrict', 'note': 'NI:offered relocation'}),
        ('Batys-2', 1, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict', 'note': 'the blocks of the gas explosion (supply of pipes)'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': "NI:supplier's city"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:supplier's country"}),
     ],
     inc={AR: (3, 'gas explosion in a new block in Batys-2 (two dead); rally of Kargaly Park shareholders outside the regional akimat; entrance canopy collapse on a boy in Almaty district of Aktobe. The postponed Nokin demolition is not counted')}),

dict(id='p008', date='2026-01-22', lang='en',
     event='2026 mobile crane overturns at the Tobol Riverside complex site on Baitursynov Street in Kostanay, lorry driver hurt; demolition of 1950s barracks in Zatobolsk (Kostanay district), families rehoused in Tobyl; crane rented in Chelyabinsk',
     text="""Mobile crane overturns at Kostanay building site; demolition starts in Zatobolsk
KOSTANAY, Jan 22 (Qostanay.tv) - A mobile crane tipped over on Thursday while lifting a stack of wall panels at the site of the Tobol Riverside residential complex on Baitursynov Street, crushing the cab of a lorry parked beside it. The lorry driver was pulled out with a broken leg, the Kostanay region emergencies department said.

The crane, rented from a company in Chelyabinsk, Russia, had been set up on frozen ground that softened during the day, inspectors believe. Work on the site has been halted until the developer presents a new safety plan.

In the neighbouring Kostanay district, bulldozers began pulling down 14 timber barracks built in the 1950s in the village of Zatobolsk. Their 52 families have moved into a new block in Tobyl. The district akim said barracks of the same age will be cleared in four districts of the region this year.""",
     ann=[
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('Zatobolsk', 0, 'village', 'Zatobolsk', KOR, {'note': 'headline; NI:demolition (official measure)'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Tobol Riverside residential complex', 0, 'facility', 'Tobol Riverside residential complex (Kostanay)', KOR, {'subkind': RC, 'note': 'named after the river; "Qostanay.tv" before it is a media outlet, not annotated'}),
        ('Baitursynov Street', 0, 'facility', 'Baitursynov Street (Kostanay)', KOR, {'subkind': 'street'}),
        ('Kostanay region', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Chelyabinsk', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:where the crane was rented'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:where the crane was rented'}),
        ('Kostanay district', 0, 'district', 'Kostanay District', KOR, {'note': 'NI:demolitions'}),
        ('Zatobolsk', 1, 'village', 'Zatobolsk', KOR, {'note': 'NI:demolition (official measure)'}),
        ('Tobyl', 0, 'city', 'Tobyl', KOR, {'note': 'NI:families rehoused'}),
        ('four districts', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'NI:planned demolitions'}),
     ],
     inc={KOR: (1, 'mobile crane overturned onto a lorry at the Tobol Riverside site on Baitursynov Street; the Zatobolsk demolition is an official measure')}),
]
