"""English texts of the fifty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1996-01-22', lang='en',
     event='1996 carbon monoxide deaths in coal-heated private houses: a family of four in Semipalatinsk and two pensioners in Ust-Kamenogorsk, a stove fire in Urdzhar (East Kazakhstan Region land; Semipalatinsk Region abolished 1997), a miner in the Maikuduk neighbourhood of Karaganda, a family poisoned in Taldy-Kurgan (Taldykorgan Region, abolished 1997, Almaty Region land); checks in Temirtau and Saran; coal from Ekibastuz and the Kuzbass; ministry in Almaty',
     text="""Stove fumes kill seven in a week as frost grips the east and centre
UST-KAMENOGORSK, Jan 22 (Interfax-Kazakhstan) - Carbon monoxide from coal stoves has killed seven people in private houses in four regions of Kazakhstan over the past week, as night temperatures fell below minus 40 degrees, health and emergency officials said on Monday.

The worst case was in Semipalatinsk, where a family of four was found dead on Saturday morning in a wooden house on the edge of the city. Neighbours raised the alarm when the children did not come to school. "The damper was closed to keep the heat in," said Marat Zhaksylykov, a spokesman for the Semipalatinsk region emergencies department. Two pensioners died the same night in Ust-Kamenogorsk, in an old house near the Irtysh.

In Karaganda a retired miner was killed by fumes in a barrack in the Maikuduk neighbourhood, and in Taldy-Kurgan a mother and three children were taken to hospital unconscious after their stove cracked. Doctors in Taldy-Kurgan said the children were out of danger.

Many households switched from central heating to coal after boiler houses closed down, and much of the coal sold at markets is of poor quality. Traders bring it by lorry from Ekibastuz and from the Kuzbass in Russia.

The Health Ministry in Almaty said it had sent instructions to all akims to check stoves and chimneys in the houses of pensioners and large families. In Karaganda region, teams of firemen and gas inspectors began door-to-door visits in Temirtau and Saran on Monday. "We cannot check every chimney, but we can explain," said Galina Petrenko, who leads one team in Temirtau.

Separately, an overheated stove set fire to a house in the village of Urdzhar, in the Semipalatinsk region, on Sunday night. The family of six escaped through a window, but the house burned down, the district fire service said.""",
     ann=[
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name of Oskemen'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'Semipalatinsk, East Kazakhstan, Karaganda and Taldy-Kurgan regions, all located in the text'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside the agency name Interfax-Kazakhstan, not annotated'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'Soviet name of Semey; seat of Semipalatinsk Region until 1997, labelled with the unit that took its land (East Kazakhstan Region)'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region (abolished 1997) labelled with the unit that took its land'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR),
        ('Maikuduk', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': 'microdistrict'}),
        ('Taldy-Kurgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'Soviet-era spelling; seat of Taldykorgan Region until 1997, labelled with the unit that took its land (Almaty Region)'}),
        ('Taldy-Kurgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:workplace of the doctors'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Kuzbass', 0, 'foreign', 'Kuzbass', N, {'note': 'NI:origin of coal; coal basin of Russia'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of coal'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry (the capital in 1996)'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:inspections'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:inspections'}),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:inspections'}),
        ('Temirtau', 1, 'city', 'Temirtau', KR, {'note': 'NI:workplace of an inspector'}),
        ('Urdzhar', 0, 'village', 'Urzhar', EKR, {'note': 'Russian spelling of Urzhar; Semipalatinsk Region until 1997, East Kazakhstan Region land (Abai Region since 2022)'}),
        ('Semipalatinsk region', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region (abolished 1997) labelled with the unit that took its land'}),
     ],
     inc={EKR: (3, 'carbon monoxide: family of four in Semipalatinsk, two pensioners in Ust-Kamenogorsk; house fire from a stove in Urdzhar'),
          KR: (1, 'carbon monoxide: retired miner killed in Maikuduk, Karaganda; Temirtau and Saran only inspected'),
          ALR: (1, 'carbon monoxide: mother and three children poisoned in Taldy-Kurgan')}),

dict(id='p002', date='2002-09-17', lang='en',
     event='2002 household gas blast destroys a stairwell of a five-storey block on Tole Bi Street in Taraz (Jambyl Region), two dead; residents moved to a hostel, compensation, criminal case; the former name Dzhambul; inspectors from Almaty; the company Taraz Gas Networks',
     text="""Gas blast wrecks stairwell of Taraz apartment block, two dead
TARAZ, Sept 17 (Kazakhstan Today) - An explosion of household gas destroyed the third stairwell of a five-storey apartment block in Taraz early on Tuesday, killing two residents and injuring seven, the Zhambyl regional emergencies department said.
Rescuers worked through the morning to pull people out of the rubble on Tole Bi Street. Thirty families from the building were moved to a hostel of the city's railway college, and the akimat promised each of them 50,000 tenge in compensation.
A woman from the second floor said she had smelled gas for two days and called the gas service twice. Taraz Gas Networks, the company that maintains the pipes, said its team had found no leak. Prosecutors have opened a criminal case for negligence.
The city, called Dzhambul until 1997, has about 600 blocks built before 1970. Engineers from Almaty will check the oldest of them next month, deputy regional akim Serik Baimukhanov said.""",
     ann=[
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Taraz', 1, 'city', 'Taraz', JR),
        ('Zhambyl', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Tole Bi Street', 0, 'facility', 'Tole Bi Street (Taraz)', JR, {'subkind': 'street', 'note': 'street named after a person; not the village Tole Bi'}),
        ('Dzhambul', 0, 'city', 'Taraz', JR, {'note': 'former name of Taraz (until 1997)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of engineers'}),
     ],
     inc={JR: (1, 'household gas explosion in a block of flats on Tole Bi Street, Taraz; "Taraz Gas Networks" is a company, not annotated')}),

dict(id='p003', date='2011-03-02', lang='en',
     event='2011 market fires: 300 containers at the Bolashak market in Alatau district of Almaty; 40 stalls in a covered market in Taldykorgan and a cafe next to the Zhetysu market in Kapchagay (Almaty Region before the 2022 split); checks at markets in all regions, 14 markets closed in five regions; market fires in two other, unnamed regions (unattributed); traders from Kyrgyzstan and Shymkent, goods from Urumqi',
     text="""Fire guts Almaty clothes market; inspectors find violations "in all regions"
ALMATY, March 2 (Tengrinews) - Fire destroyed more than 300 trading containers at the Bolashak market in Almaty's Alatau district overnight, the city emergencies department said on Wednesday. Nobody was hurt, but traders put their losses at more than 2 billion tenge.

The fire broke out at about 2 a.m. in a row of containers selling winter jackets and spread quickly in the wind. Forty fire crews fought it for seven hours. "Everything I had is gone, and the goods were bought on credit in Urumqi," said Gulnara Abdrakhmanova, who has traded at the market for nine years. Many of the traders come from Kyrgyzstan and from Shymkent.

Police are looking at a faulty electric heater as the cause. The market's owner, a firm called Almaty Trade Invest, was fined twice last year for blocked fire exits, the district prosecutor said.

It was the third fire at or next to a market in the area in a week. On Saturday a fire in a covered market in Taldykorgan, the centre of Almaty region, destroyed 40 stalls selling household goods, and the evening before a cafe next to the Zhetysu market in Kapchagay burned down. Fires have also damaged markets in two other regions since February, the Emergencies Ministry said, without naming them.

The ministry ordered fire checks at all markets and shopping centres. In February its inspectors found violations at markets in all regions, a deputy minister told a government meeting in Astana, and 14 markets in five regions were closed for a time, among them two in Karaganda and one in Pavlodar.

In Almaty, the akim offered Bolashak traders places at other markets in the Auezov and Turksib districts, but said the city would not pay for burnt goods. Traders plan to gather outside the akimat on Friday.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'headline, quoting the inspection findings; not incidents'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Bolashak market', 0, 'facility', 'Bolashak market (Almaty)', 'Almaty', {'subkind': 'market'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Alatau district', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:where the goods were bought'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of traders'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of traders; South Kazakhstan Region before 2018-06-19'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Zhetysu market', 0, 'facility', 'Zhetysu market (Konaev)', ALR, {'subkind': 'market', 'note': 'a market named after the historical region; not Jetisu Region (which did not exist in 2011)'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'Kapchagay, renamed Konaev in 2022'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'market fires in two unnamed regions'}),
        ('all regions', 1, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'violations found by inspectors, not incidents'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a government meeting'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'markets closed after inspections, not incidents'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:market closed after an inspection'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:market closed after an inspection'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:the akim\'s offer to traders'}),
        ('Bolashak', 1, 'facility', 'Bolashak market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'NI:the market name as a modifier ("Bolashak traders")'}),
        ('Auezov', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:in a list sharing "districts"; markets offered to traders'}),
        ('Turksib', 0, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:in a list sharing "districts"; markets offered to traders'}),
     ],
     inc={'Almaty': (1, 'fire at the Bolashak market, Alatau district'),
          ALR: (2, 'fire in a covered market in Taldykorgan; cafe burned down next to the Zhetysu market in Kapchagay')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'market fires in two unnamed regions since February'}]),

dict(id='p004', date='2015-11-12', lang='en',
     event='2015 fire in a medical college dormitory in Enbekshi district of Shymkent, 180 students evacuated (South Kazakhstan Region before the 2018 split); students from Sairam and Kentau; a hostel closed in Turkestan after an inspection',
     text="""Students escape dormitory fire in Shymkent
SHYMKENT, Nov 12 (Kazinform) - About 180 students ran out into the frost in their night clothes when fire broke out in a dormitory of a medical college in Shymkent's Enbekshi district late on Wednesday, the South Kazakhstan region emergencies department said.
The fire started in a kitchen on the fourth floor, where an electric cooker had been left on. Three girls were treated for smoke inhalation, and firefighters put out the blaze in 40 minutes.
The students, most of them from Sairam, Kentau and other parts of the region, spent the night in a nearby sports hall. The college director, Aizhan Kuanysheva, said the damaged floor would be repaired before the winter exams.
Regional prosecutors said they would check all 46 student hostels in the region. Last month a hostel in Turkestan was closed after inspectors found its fire alarm switched off.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'possessive'}),
        ('Enbekshi district', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('South Kazakhstan region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Sairam', 0, 'village', 'Sayram', SKR, {'note': 'NI:origin of students'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:origin of students'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:hostel closed after an inspection (an official measure)'}),
     ],
     inc={SKR: (1, 'fire in a medical college dormitory in Enbekshi district, Shymkent')}),

dict(id='p005', date='2020-11-18', lang='en',
     event='2020 court orders compensation for the January 2019 gas blast in the Koktal area of the capital (called Astana then, Nur-Sultan now); a gas cylinder blast in Shortandy and carbon monoxide deaths in Stepnogorsk (Akmola Region); checks in eight districts; a 2020 gas blast in Shakhtinsk (Karaganda Region); the company Astana Gas Service; pipes from Chelyabinsk',
     text="""Court orders gas company to pay families after Nur-Sultan house blast
NUR-SULTAN, Nov 18 (Vlast.kz) - A district court in Nur-Sultan on Wednesday ordered a gas distribution company to pay 38 million tenge to three families whose houses were destroyed or damaged by a gas explosion in the Koktal area of the capital last year.

The blast, on the night of January 14, 2019, when the city was still called Astana, flattened a private house on Zhanakonys Street, killed its owner, a 62-year-old pensioner, and tore the roofs off two neighbouring houses. Experts found that a pipe laid in 2008 had corroded under the road. Judge Aliya Temirbekova rejected the argument of the company, Astana Gas Service, that the residents had built an illegal extension over the pipe.

"Nobody from the company came to us for a year and a half," said Bakytgul Seitova, whose house next door lost its roof. Her family has been living with relatives in Kosshy, a settlement just south of the capital. The company said it would appeal, and that the pipes had been bought from a plant in Chelyabinsk with a ten-year guarantee.

The ruling comes weeks after two other accidents in Akmola region. On October 9 a gas cylinder exploded in a kitchen in the village of Shortandy, injuring a woman and her son, and on October 30 two men died of carbon monoxide poisoning in a private house in Stepnogorsk. The regional akimat has since ordered checks of gas equipment in 6,000 private houses in eight districts.

In Karaganda region, where three people were killed by a gas explosion in a house in Shakhtinsk in September, relatives have filed a similar lawsuit. Lawyers say courts in Kazakhstan rarely award more than the market value of a house.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the court'}),
        ('Koktal', 0, 'district', 'Koktal (Astana)', 'Astana', {'subkind': 'microdistrict', 'note': 'residential area of the capital'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'the name of the capital in January 2019'}),
        ('Zhanakonys Street', 0, 'facility', 'Zhanakonys Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'NI:residence of a family; a settlement in 2020 (town status from 2021)'}),
        ('Chelyabinsk', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:where the pipes were made'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Shortandy', 0, 'village', 'Shortandy', AKR),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR),
        ('eight districts', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'checks ordered, not incidents'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Astana': (1, 'gas explosion in a private house on Zhanakonys Street, Koktal, January 2019 (narrated background of the ruling; the ruling itself is not counted)'),
          AKR: (2, 'gas cylinder explosion in Shortandy; carbon monoxide deaths in Stepnogorsk; Kosshy only a residence'),
          KR: (1, 'gas explosion in a house in Shakhtinsk, three dead (the lawsuit is not counted)')}),

dict(id='p006', date='2022-07-14', lang='en',
     event='2022 fire at the Nurly shopping centre in Semey, 600 evacuated (Abai Region, five weeks after its creation); crews from Kurchatov and from East Kazakhstan (Oskemen); owners registered in Almaty; checks in Semey, Ayagoz and Kurchatov',
     text="""Fire at Semey shopping centre, 600 evacuated
SEMEY, July 14 (Kazinform) - About 600 shoppers and staff were evacuated on Thursday when fire broke out on the top floor of the Nurly shopping centre in Semey, the emergencies department of the new Abai region said. Two security guards were treated for smoke poisoning.
The fire covered 1,200 square metres of the food court and took four hours to put out. Crews were sent from Kurchatov and from the neighbouring East Kazakhstan region, and a fire train came from Oskemen.
Semey became the centre of Abai region on June 8, when the region was separated from East Kazakhstan. Officials said the building had passed a fire inspection in March. Its owners, a company registered in Almaty, face a fine. Shopping centres in Semey, Ayagoz and Kurchatov will be checked by the end of July.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Nurly shopping centre', 0, 'facility', 'Nurly shopping centre (Semey)', ABR, {'subkind': 'shopping centre'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:origin of fire crews'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:origin of fire crews'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of a fire train'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:background on the new region'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'NI:background on the new region'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:background on the new region; the region without head noun'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the owners are registered'}),
        ('Semey', 3, 'city', 'Semey', ABR, {'note': 'NI:planned checks'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:planned checks'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR, {'note': 'NI:planned checks'}),
     ],
     inc={ABR: (1, 'fire at the Nurly shopping centre in Semey')}),

dict(id='p007', date='2024-02-06', lang='en',
     event='2024 end wall of a former workers\' hostel collapses in Kazybek Bi district of Karaganda, 40 residents moved (Karaganda Region); negligence case; hostels in Temirtau to be resettled; Ulytau Region to check hostels in Zhezkazgan and Satpayev',
     text="""Wall of old hostel collapses in Karaganda, 40 residents moved out
KARAGANDA, Feb 6 (KazTAG) - The end wall of a three-storey former workers' hostel collapsed in Karaganda's Kazybek Bi district on Tuesday morning, and 40 residents were moved to a sanatorium, the city akimat said. Nobody was hurt; a woman was taken by a ladder crew from a flat left hanging over the gap.
Residents had complained about cracks in the walls since 2019. A commission declared the building unsafe in 2021, but nobody was resettled. "We were told to wait in the queue for a new flat," said Yelena Krivosheyeva, 70.
Police have opened a negligence case against officials of the city housing department. The regional akimat said all 87 buildings listed as unsafe in the region would be inspected, and the residents of two similar hostels in Temirtau would be moved this month.
Ulytau region, which was split off from Karaganda region in 2022, said it would check Soviet-era hostels in Zhezkazgan and Satpayev as well.""",
     ann=[
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'headline'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'possessive'}),
        ('Kazybek Bi district', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': 'city district', 'note': 'district named after a person'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:planned resettlement'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'NI:planned checks'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:background on the 2022 split'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:planned checks'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:planned checks'}),
     ],
     inc={KR: (1, 'collapse of the end wall of a hostel in Kazybek Bi district, Karaganda')}),

dict(id='p008', date='2026-01-09', lang='en',
     event='2026 carbon monoxide: a family of five poisoned in a private house in Konaev (the former Kapshagay, seat of Almaty Region since 2022), a man dead in a garden house near Talgar, a pensioner poisoned in Baiserke (Talgar district); gas detectors for Konaev, Kaskelen and Esik, bought in China',
     text="""Family of five poisoned by stove fumes in Konaev
KONAEV, Jan 9 (Kazinform) - A family of five, including three children, was taken to hospital with carbon monoxide poisoning from a private house in Konaev on Friday morning, the emergencies department of Almaty region said. The youngest, a girl of four, is in intensive care.
The family heated the house with a coal stove and had closed the flue for the night. A neighbour found them when the father did not answer his phone.
It is the third such case in the region since the New Year. On January 3 a man died in a garden house near Talgar, and on January 6 a pensioner was poisoned in the village of Baiserke in Talgar district.
Konaev, called Kapshagay until 2022, has been the seat of Almaty region since that year. The department said 2,000 families in Konaev, Kaskelen and Esik would receive free gas detectors, bought in China with money from the regional budget.""",
     ann=[
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('KONAEV', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Konaev', 1, 'city', 'Konaev', ALR),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'the death happened near the town'}),
        ('Baiserke', 0, 'village', 'Baiserke', ALR),
        ('Talgar district', 0, 'district', 'Talgar District', ALR),
        ('Konaev', 2, 'city', 'Konaev', ALR, {'note': 'NI:background on the name'}),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev (renamed 2022)'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:background on the regional seat'}),
        ('Konaev', 3, 'city', 'Konaev', ALR, {'note': 'NI:gas detectors handed out'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:gas detectors handed out'}),
        ('Esik', 0, 'city', 'Esik', ALR, {'note': 'NI:gas detectors handed out'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:where the detectors were bought'}),
     ],
     inc={ALR: (3, 'carbon monoxide: family of five in Konaev; a man dead in a garden house near Talgar; a pensioner in Baiserke, Talgar district')}),
]
