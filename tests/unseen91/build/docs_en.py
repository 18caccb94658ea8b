"""English texts of the ninety-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

# Abolished regions: labelled with the canonical unit that holds their land on the article date
# and marked uncertain; their towns are labelled without the mark (see README).
SEMIPAL_R = {'uncertain': True, 'note': 'Semipalatinsk Region, abolished 1997-05-03 and merged into East Kazakhstan Region; labelled with the unit holding its land'}
ZHEZ_R = {'uncertain': True, 'note': 'Zhezkazgan Region, abolished 1997-05-03 and merged into Karaganda Region; labelled with the unit holding its land'}
KOKSH_R = {'uncertain': True, 'note': 'Kokshetau Region, abolished 1997-05-03 and merged into North Kazakhstan Region (Kokshetau and four districts moved to Akmola Region on 1999-04-08); labelled North Kazakhstan Region'}
TALDY_R = {'uncertain': True, 'note': 'Taldykorgan Region, abolished 1997-04-22 and merged into Almaty Region; labelled with the unit holding its land'}
TORG_R = {'uncertain': True, 'note': 'Torgay Region, abolished 1997-04-22 and split between Kostanay Region (Arkalyk, Amangeldy, Zhangeldi) and Akmola Region (Zharkain, Esil, Zhaksy); labelled with the unit of its seat Arkalyk'}


def _n(base, extra):
    d = dict(base)
    d['note'] = extra + '; ' + d['note']
    return d


DOCS = [
dict(id='p001', date='1997-05-06', lang='en',
     event='1997 merger of the Semipalatinsk, Zhezkazgan and Kokshetau regions into East Kazakhstan, Karaganda and North Kazakhstan regions (after Taldykorgan and Torgay regions in April): protest and detentions outside the former regional administration in Zhezkazgan, suspected arson in the former akimat archive in Semipalatinsk, a shot fired in the former akimat in Kokshetau and a rally there the next day; five regions gone, 14 left',
     text="""Five regions gone: Kazakhstan finishes redrawing its map
ALMATY, May 6 (Interfax) - A presidential decree of May 3 has abolished the Semipalatinsk, Zhezkazgan and Kokshetau regions, the presidential press service confirmed on Tuesday. Semipalatinsk region is merged into East Kazakhstan region, Zhezkazgan region into Karaganda region and Kokshetau region into North Kazakhstan region. With the Taldykorgan and Torgay regions, dissolved by a decree of April 22, five regions have disappeared in a fortnight, and Kazakhstan will now be governed through 14 regions and the city of Almaty.

The reform did not pass quietly everywhere. In Zhezkazgan about 300 people gathered on Monday outside the building of the former regional administration to protest against the abolition. Police detained six men after the crowd blocked Metallurgists Avenue for two hours. "First they took the mines' money, now they take our region," said Serik Omarov, a foreman at the copper smelter.

In Semipalatinsk a fire broke out overnight in the archive of the former regional akimat, a day before its files were due to be sent to Ust-Kamenogorsk, the seat of the enlarged East Kazakhstan region. Firefighters saved most of the records, and prosecutors have opened a criminal case for suspected arson. "We have no reason yet to connect the fire with the merger," said the city's deputy akim, Marat Zhaksybekov.

In Kokshetau a dismissed official fired a hunting rifle in the corridor of the former regional akimat on Sunday, wounding a guard in the leg, police said. The man, 48, was disarmed by colleagues. On Monday about 200 residents rallied in the central square with placards reading "Kokshetau is not a village".

Economists in Almaty expect the reform to save about 1.5 billion tenge a year. Critics point out that Semipalatinsk, a city of 300,000, will now be run from Ust-Kamenogorsk, 200 km up the Irtysh, and that people in Kokshetau will have to travel 190 km to Petropavlovsk for many official papers. Deputies from Zhezkazgan say they will ask parliament to keep at least a branch of the regional court in the city.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Semipalatinsk', 0, 'region', EKR, EKR, _n(SEMIPAL_R, 'NI:in a list sharing "regions"')),
        ('Zhezkazgan', 0, 'region', KR, KR, _n(ZHEZ_R, 'NI:in a list sharing "regions"')),
        ('Kokshetau', 0, 'region', NKR, NKR, _n(KOKSH_R, 'NI:in a list sharing "regions"')),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, _n(SEMIPAL_R, 'NI:merged')),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:merger'}),
        ('Zhezkazgan region', 0, 'region', KR, KR, _n(ZHEZ_R, 'NI:merged')),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:merger'}),
        ('Kokshetau region', 0, 'region', NKR, NKR, _n(KOKSH_R, 'NI:merged')),
        ('North Kazakhstan region', 0, 'region', NKR, NKR, {'note': 'NI:merger'}),
        ('Taldykorgan', 0, 'region', ALR, ALR, _n(TALDY_R, 'NI:in a list sharing "regions"')),
        ('Torgay', 0, 'region', KOR, KOR, _n(TORG_R, 'NI:in a list sharing "regions"')),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'the five abolished regions, all named; not about incidents'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'quantifier': 'all', 'note': 'all regions after the merger; not about incidents'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:"the city of Almaty" as a unit of government'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'protest; Karaganda Region since 1997-05-03 (Ulytau Region only from 2022)'}),
        ('Metallurgists Avenue', 0, 'facility', 'Metallurgists Avenue (Zhezkazgan)', KR, {'subkind': 'street'}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': 'fire in the akimat archive'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of the files; seat of the enlarged region'}),
        ('East Kazakhstan region', 1, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Kokshetau', 2, 'city', 'Kokshetau', NKR, {'note': 'shooting in the former akimat; North Kazakhstan Region from 1997-05-03 until 1999-04-08'}),
        ('Kokshetau', 3, 'city', 'Kokshetau', NKR, {'note': 'inside a placard slogan at the rally'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:economists' location"}),
        ('Semipalatinsk', 3, 'city', 'Semey', EKR, {'note': 'NI:background'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:background'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Kokshetau', 4, 'city', 'Kokshetau', NKR, {'note': 'NI:residence'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the enlarged region; Russian name'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of deputies'}),
     ],
     inc={KR: (1, 'protest against the abolition outside the former regional administration in Zhezkazgan, six detained'),
          EKR: (1, 'fire (suspected arson) in the former akimat archive in Semipalatinsk'),
          NKR: (2, 'dismissed official fired a rifle in the former akimat in Kokshetau, guard wounded (Sunday); rally of about 200 residents in the central square (Monday)')}),

dict(id='p002', date='1994-04-14', lang='en',
     event='1994 spring flood of the Karatal river: 86 houses flooded in Ushtobe, bridges washed away and three villages of Karatal district cut off (Taldykorgan Region, abolished 1997; Almaty Region land before 2022); rescuers from Almaty; warning for Sarkand and Alakol districts',
     text="""Karatal river floods 86 homes in Ushtobe
TALDYKORGAN, April 14 (KazTAG) - The Karatal river burst its banks near Ushtobe early on Wednesday and flooded 86 houses on the southern edge of the town, the emergencies committee of Taldykorgan region said. About 400 residents spent the night in a school and in the railway depot.
Melt water also washed away two bridges on the road from Ushtobe to Taldykorgan, cutting off three villages of Karatal district for most of the day. Two helicopters and a rescue team were sent from Almaty.
"The water came at three in the morning, and we carried the children out on our shoulders," said Gulnara Sadykova, a teacher.
Forecasters warned that rivers in two other districts of the region, Sarkand and Alakol, could rise later this week as snow melts in the Dzungarian Alatau, the range along the border with China.""",
     ann=[
        ('Karatal river', 0, 'facility', 'Karatal River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': 'headline; town of Taldykorgan Region (abolished 1997), Almaty Region land before 2022'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region land before 2022'}),
        ('Karatal river', 1, 'facility', 'Karatal River', N, {'subkind': 'river'}),
        ('Ushtobe', 1, 'city', 'Ushtobe', ALR),
        ('Taldykorgan region', 0, 'region', ALR, ALR, _n(TALDY_R, 'inside the name of an authority')),
        ('Ushtobe', 2, 'city', 'Ushtobe', ALR, {'note': 'NI:road endpoint'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('three villages of Karatal district', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'cut off by the flood; contains the district name (one span); part of the one flood of the region'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
        ('two other districts', 0, 'quantified', '2 other districts', N, {'count': 2, 'unit': 'district', 'note': 'named next (Sarkand, Alakol); a warning, not an incident'}),
        ('Sarkand', 0, 'district', 'Sarkand District', ALR, {'note': 'NI:warning; in a list sharing "districts"'}),
        ('Alakol', 0, 'district', 'Alakol District', ALR, {'note': 'NI:warning; in a list sharing "districts"'}),
        ('Dzungarian Alatau', 0, 'facility', 'Dzungarian Alatau', N, {'subkind': 'mountain range', 'note': 'on the border with China'}),
        ('China', 0, 'foreign', 'China', N),
     ],
     inc={ALR: (1, 'Karatal river flood: 86 houses in Ushtobe, bridges washed away, three villages of Karatal district cut off (one flood)')}),

dict(id='p003', date='1995-09-26', lang='en',
     event='1995 harvest stalls in Torgay Region for lack of fuel (Omsk refinery, Russia); a combine fire spreads to 120 ha of wheat near Derzhavinsk, Zharkain district (Torgay Region, abolished 1997; Akmola Region land), while Arkalyk and Zhangeldi district are Kostanay Region land; Torgay village vs Torgay region; "Almaty" as the government',
     text="""Torgay harvest stalls as fuel runs dry
ARKALYK, Sept 26 (Reuters) - Combines stand idle across Torgay region, where farms have brought in less than a third of their wheat, the regional agriculture department said on Tuesday. Diesel deliveries from the Omsk refinery in Russia stopped in August over unpaid debts.
In Zharkain district a combine caught fire on Sunday and the blaze spread to 120 hectares of unharvested wheat outside Derzhavinsk, the district police said. Nobody was hurt.
Farmers in Zhangeldi district say they are holding grain back because the state grain corporation pays far below the market price. "We would rather feed it to the cattle," said Bolat Zhumabayev, who heads a cooperative near the village of Torgay, on the river of the same name.
With about 300,000 people on 111,000 square km, Torgay is the most thinly populated of the country's 19 regions. Its governor has asked Almaty for an emergency loan of 200 million tenge.""",
     ann=[
        ('Torgay', 0, 'region', KOR, KOR, _n(TORG_R, 'headline')),
        ('ARKALYK', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline; seat of Torgay Region (abolished 1997), Kostanay Region land'}),
        ('Torgay region', 0, 'region', KOR, KOR, TORG_R),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of fuel'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Zharkain district', 0, 'district', 'Zharkain District', AKR, {'note': 'Torgay Region in 1995; part of Akmola Region since 1997'}),
        ('Derzhavinsk', 0, 'city', 'Derzhavinsk', AKR, {'note': 'seat of Zharkain district; Akmola Region land'}),
        ('Zhangeldi district', 0, 'district', 'Zhangeldi District', KOR, {'note': 'NI:farmers holding grain back; Kostanay Region land'}),
        ('Torgay', 2, 'village', 'Torgay', KOR, {'note': 'NI:village, seat of Zhangeldi district; not the region'}),
        ('Torgay', 3, 'region', KOR, KOR, _n(TORG_R, 'bare name of the region')),
        ("19 regions", 0, 'quantified', '19 regions', N, {'count': 19, 'unit': 'region', 'quantifier': 'all', 'note': "the country's 19 regions of 1995; not about incidents"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'uncertain': True, 'note': 'NI:metonymy for the government in the capital'}),
     ],
     inc={AKR: (1, 'combine fire spreading to 120 ha of wheat outside Derzhavinsk, Zharkain district')}),

dict(id='p004', date='1998-06-12', lang='en',
     event='1998 presentation of the new capital Astana (renamed from Akmola a month earlier): sit-in of unpaid builders at the city akimat with nine detained, fatal fire in a wooden builders\' hostel, minibus-lorry crash near Osakarovka on the Karaganda-Astana highway (Karaganda Region); similar builders\' protests in two other, unnamed regions (unattributed); Akmola Region keeps its name; Kokshetau in North Kazakhstan Region in 1998',
     text="""Astana greets the world, but unpaid builders and a fire spoil the party
ASTANA, June 12 (Reuters) - Kazakhstan presented its new capital to foreign guests on Wednesday with a military parade, fireworks over the Ishim and a concert on the central square, a month after President Nursultan Nazarbayev renamed the city from Akmola to Astana, Kazakh for "capital".
Delegations from Russia, China, Turkey and Japan toured the new government quarter, where cranes still stand over half-finished ministries. "In ten years nobody will recognise this place," said Yerlan Sultanov, a deputy akim of the city.
Behind the celebrations, tension has been building. On Tuesday about 150 builders from Karaganda and Pavlodar staged a sit-in outside the city akimat on Republic Avenue, saying they had not been paid since February. Police dispersed them after three hours and detained nine men. Builders staged similar protests in two other regions last month, their trade union said, without naming them.
Early on Monday a fire gutted a two-storey wooden hostel for construction workers near the railway station. Two workers died and five were taken to hospital with burns. The city emergencies department blamed faulty wiring.
The festivities also drew heavy traffic to the Karaganda-Astana highway, where a minibus carrying musicians to the concert collided with a lorry near Osakarovka late on Tuesday. Four people were injured.
The government moved from Almaty to Akmola on December 10 last year. Critics call the move a luxury in a country where teachers in many regions have gone unpaid for months. Officials answer that Almaty, squeezed between mountains and exposed to earthquakes, had no room to grow, and that the capital will draw investment to the north, where the North Kazakhstan, Pavlodar and East Kazakhstan regions have large Russian-speaking populations.
Akmola region, which surrounds the capital, keeps its name. Its administration will stay in Astana until a new seat is chosen; officials mention Kokshetau, now part of North Kazakhstan region, and Stepnogorsk.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Ishim', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (renamed 1998-05-06)'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:the new name'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:delegation'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:delegation'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:delegation'}),
        ('Japan', 0, 'foreign', 'Japan', N, {'note': 'NI:delegation'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of builders'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of builders'}),
        ('Republic Avenue', 0, 'facility', 'Republic Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'similar protests in two unnamed regions (unattributed)'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Astana', 2, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Osakarovka', 0, 'village', 'Osakarovka', KR, {'note': 'settlement, seat of Osakarovka district'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'NI:the capital under its former name (December 1997)'}),
        ('many regions', 0, 'quantified', 'many regions', N, {'count': None, 'unit': 'region', 'note': 'unpaid teachers; not incidents'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:background'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:in a list sharing "regions"'}),
        ('Pavlodar', 1, 'region', PR, PR, {'note': 'NI:in a list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:in a list sharing "regions"'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'NI:the region around the capital, not the city'}),
        ('Astana', 3, 'city', 'Astana', 'Astana', {'note': 'NI:seat of Akmola Region until 1999'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:candidate seat; North Kazakhstan Region from 1997 to 1999-04-08'}),
        ('North Kazakhstan region', 0, 'region', NKR, NKR, {'note': 'NI:background'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:candidate seat'}),
     ],
     inc={'Astana': (2, 'sit-in of unpaid builders outside the city akimat, nine detained; fatal fire in a wooden builders\' hostel'),
          KR: (1, 'minibus-lorry collision near Osakarovka on the Karaganda-Astana highway, four hurt')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'similar builders\' protests last month in two unnamed regions'}]),

dict(id='p005', date='1999-04-21', lang='en',
     event='1999 Kokshetau becomes the seat of Akmola Region (decree of April 8): the city and Zerenda, Shchuchinsk, Enbekshilder and Sandyktau districts move from North Kazakhstan Region, Ruzayevka and Aiyrtau districts stay; gas explosion in a flat on Abay Street in Kokshetau and a flood of 30 houses in Shchuchinsk (Akmola Region)',
     text="""Kokshetau takes over as seat of Akmola region
KOKSHETAU, April 21 (Interfax) - Officials of the Akmola regional akimat began moving into their new offices in Kokshetau this week, after a presidential decree of April 8 made the city the seat of Akmola region in place of Astana.
The decree transfers Kokshetau and four surrounding districts, Zerenda, Shchuchinsk, Enbekshilder and Sandyktau, from North Kazakhstan region to Akmola region. The other districts of the former Kokshetau region, among them Ruzayevka and Aiyrtau, stay with Petropavlovsk.
The move began badly. On Monday night a gas explosion wrecked a flat on Abay Street in Kokshetau, injuring three people, among them a newly arrived official. The same day melt water from the hills flooded 30 houses in the resort town of Shchuchinsk.
"The city has waited two years to get its status back," said Kanat Ismailov, a local historian.""",
     ann=[
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'headline; Akmola Region since 1999-04-08'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'headline'}),
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Akmola', 1, 'region', AKR, AKR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:new offices'}),
        ('Akmola region', 1, 'region', AKR, AKR, {'note': 'NI:background'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former seat of Akmola Region'}),
        ('Kokshetau', 2, 'city', 'Kokshetau', AKR, {'note': 'NI:transferred'}),
        ('four surrounding districts', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'named next; not about incidents'}),
        ('Zerenda', 0, 'district', 'Zerendi District', AKR, {'note': 'NI:in a list sharing "districts"'}),
        ('Shchuchinsk', 0, 'district', 'Shchuchinsk District', AKR, {'note': 'NI:in a list sharing "districts"; the district (later Burabay), not the town'}),
        ('Enbekshilder', 0, 'district', 'Enbekshilder District', AKR, {'note': 'NI:in a list sharing "districts"'}),
        ('Sandyktau', 0, 'district', 'Sandyktau District', AKR, {'note': 'NI:in a list sharing "districts"'}),
        ('North Kazakhstan region', 0, 'region', NKR, NKR, {'note': 'NI:the region the city leaves'}),
        ('Akmola region', 2, 'region', AKR, AKR, {'note': 'NI:background'}),
        ('Kokshetau region', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:the former Kokshetau Region (abolished 1997), here its districts that stay in North Kazakhstan Region; its land is now split between North Kazakhstan and Akmola regions'}),
        ('Ruzayevka', 0, 'district', 'Ruzayevka District', NKR, {'note': 'NI:district named after its seat (later Gabit Musrepov district)'}),
        ('Aiyrtau', 0, 'district', 'Aiyrtau District', NKR, {'note': 'NI:district'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'uncertain': True, 'note': 'NI:metonymy for the North Kazakhstan administration'}),
        ('Abay Street', 0, 'facility', 'Abay Street (Kokshetau)', AKR, {'subkind': 'street', 'note': 'named after the poet; not Abai Region'}),
        ('Kokshetau', 4, 'city', 'Kokshetau', AKR, {'note': 'gas explosion'}),
        ('Shchuchinsk', 1, 'city', 'Shchuchinsk', AKR, {'note': 'flood; the town'}),
     ],
     inc={AKR: (2, 'gas explosion in a flat on Abay Street, Kokshetau, three hurt; melt-water flood of 30 houses in Shchuchinsk')}),

dict(id='p006', date='1996-01-18', lang='en',
     event='1996 pensioners block the Irtysh bridge in Semipalatinsk over unpaid pensions, and a boiler explodes at the heating plant of Kurchatov, the town of the Semipalatinsk test site (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land before 2022); heaters flown from Ust-Kamenogorsk; the test site spans several regions',
     text="""Pensioners block Irtysh bridge in Semipalatinsk
SEMIPALATINSK, Jan 18 (Reuters) - About 500 pensioners blocked the main bridge over the Irtysh in Semipalatinsk for four hours on Thursday, demanding pensions that have not been paid since October, city police said. Traffic between the two halves of the city stopped until the deputy akim promised payments by the end of the month.
In Kurchatov, the closed town that served the Semipalatinsk test site, a boiler at the heating plant exploded on Wednesday, injuring two stokers and leaving about 3,000 people without heat at minus 35 degrees, the Semipalatinsk regional emergencies department said. Heaters were flown in from Ust-Kamenogorsk.
Regional officials blame Almaty for late transfers from the budget. The finance ministry says the region collects too little tax and spends too much on heating.""",
     ann=[
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; Semipalatinsk Region (abolished 1997), East Kazakhstan Region land before 2022'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Irtysh', 1, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'protest on the bridge'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'boiler explosion'}),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'nuclear test site', 'note': 'NI:the former test site covers land of several regions (Semipalatinsk/East Kazakhstan, Pavlodar, Karaganda), so adm1 is null'}),
        ('Semipalatinsk', 3, 'region', EKR, EKR, _n(SEMIPAL_R, 'inside the name of an authority')),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of heaters'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'uncertain': True, 'note': 'NI:metonymy for the central government'}),
     ],
     inc={EKR: (2, 'pensioners block the Irtysh bridge in Semipalatinsk; boiler explosion at the Kurchatov heating plant, two hurt')}),

dict(id='p007', date='1999-10-11', lang='en',
     event='1999 parliamentary election: scuffle with police at a polling station in Zhezkazgan (Karaganda Region), arson of a school used as a polling station in Arkalyk (former seat of Torgay Region, Kostanay Region), Communist rally alleging fraud in Kokshetau (Akmola Region since April 1999); ballot stuffing in Pavlodar and Taldykorgan and access refused in two districts of Almaty (not incidents); the president votes in Astana',
     text="""Scuffles, a fire and a rally mark Kazakh parliamentary vote
ALMATY, Oct 11 (Reuters) - Kazakhstan's parliamentary election passed off calmly in most of the country on Sunday, but observers reported irregularities in at least five regions and police recorded incidents at polling stations in three towns, the Central Election Commission said on Monday. Turnout was put at 62 percent.
In Zhezkazgan, the copper town that lost its own region two years ago, supporters of an independent candidate scuffled with police outside a polling station after being told that voting had closed early because of a power cut. Three people were detained and a police officer was treated for a broken nose.
In Arkalyk, once the seat of Torgay region and now a town of Kostanay region, a school that was to house a polling station burned down on Saturday night. The ballots had not yet been delivered, and voting was moved to the local cinema. Police suspect arson.
In Kokshetau, which became the seat of Akmola region in April, about 200 Communist Party supporters rallied outside the regional election commission after the count, accusing officials of fraud. The rally broke up peacefully after an hour.
Observers from the Organization for Security and Co-operation in Europe said they had seen ballot stuffing in Pavlodar and in Taldykorgan and had been refused access to the count in two districts of Almaty. The organisation's office in Warsaw will publish a full report next month.
President Nursultan Nazarbayev, who voted in Astana, said the election showed that Kazakhstan "is on the road to democracy". The pro-presidential Otan party is expected to win the largest share of seats. Run-off votes will be held on October 24 in constituencies where no candidate won a majority, including several around Semipalatinsk and Ust-Kamenogorsk in East Kazakhstan region.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'irregularities, not incidents'}),
        ('three towns', 0, 'quantified', '3 towns', N, {'count': 3, 'unit': 'city', 'note': 'the three towns are named next (Zhezkazgan, Arkalyk, Kokshetau)'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'scuffle at a polling station; Karaganda Region since 1997'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'polling station school burned'}),
        ('Torgay region', 0, 'region', KOR, KOR, _n(TORG_R, 'NI:background')),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'rally alleging fraud; Akmola Region since 1999-04-08'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:ballot stuffing, not an incident'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:ballot stuffing, not an incident; Almaty Region before 2022'}),
        ('two districts of Almaty', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'city districts of Almaty (one span with the city name); access refused, not an incident'}),
        ('Warsaw', 0, 'foreign', 'Warsaw', N, {'note': 'NI:office of the observers'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where the president voted'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'inside a quote'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:run-off constituencies'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:run-off constituencies'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:run-off constituencies'}),
     ],
     inc={KR: (1, 'scuffle with police outside a polling station in Zhezkazgan, three detained'),
          KOR: (1, 'school to be used as a polling station burned down in Arkalyk (suspected arson)'),
          AKR: (1, 'Communist Party rally alleging fraud outside the regional election commission in Kokshetau')}),

dict(id='p008', date='2001-08-02', lang='en',
     event='2001 the Almaty Region administration moves from Almaty to Taldykorgan (seat of Taldykorgan Region until 1997); a lorry with safes overturns on the Almaty-Taldykorgan road near Kapshagay; flats in the Zhetysu microdistrict of Taldykorgan; Alakol and Sarkand districts',
     text="""Almaty region's government heads north to Taldykorgan
TALDYKORGAN, Aug 2 (KazTAG) - Lorries carrying the archives and furniture of the Almaty regional akimat began arriving in Taldykorgan this week, as the administration leaves Almaty, the city it has been run from since the region was created in Soviet times. Taldykorgan had been the seat of its own region until April 1997, when Taldykorgan region was merged into Almaty region.
The move claimed its first casualty on Tuesday, when a lorry loaded with safes overturned on the Almaty-Taldykorgan road near Kapshagay. The driver was taken to hospital with a broken arm.
About 800 officials are expected to move with their families. The akimat has set aside 120 new flats for them in the Zhetysu microdistrict, where residents complain that the water supply already fails every evening.
Officials say the new seat brings the administration closer to northern districts such as Alakol and Sarkand, some 600 km from Almaty.""",
     ann=[
        ('Almaty region', 0, 'region', ALR, ALR, {'note': "headline (possessive)"}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; seat of Almaty Region from 2001'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Almaty', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:new seat'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the region; a separate unit'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:background'}),
        ('Taldykorgan region', 0, 'region', ALR, ALR, _n(TALDY_R, 'NI:background')),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Taldykorgan', 4, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'lorry overturned nearby; the town renamed Konaev in 2022'}),
        ('Zhetysu microdistrict', 0, 'district', 'Zhetysu (Taldykorgan)', ALR, {'subkind': 'microdistrict', 'note': 'NI:flats for officials; not Jetisu Region'}),
        ('Alakol', 0, 'district', 'Alakol District', ALR, {'note': 'NI:in a list sharing "districts"'}),
        ('Sarkand', 0, 'district', 'Sarkand District', ALR, {'note': 'NI:in a list sharing "districts"'}),
        ('Almaty', 5, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
     ],
     inc={ALR: (1, 'lorry with safes overturned on the Almaty-Taldykorgan road near Kapshagay, driver hurt')}),
]
