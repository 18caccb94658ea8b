"""English texts of the eighty-third unseen check corpus (COVID-19 years; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2020-03-22', lang='en',
     event='2020 lockdown of Nur-Sultan three days after Almaty: a driver rams a police car at a checkpoint on the Korgalzhyn highway and drivers scuffle with police near Kosshy (Akmola Region); warehouse fire on Ryskulov Avenue, Zhetysu district of Almaty; disinfection of Alatau and Nauryzbay districts; "all regions except two" (Kyzylorda and Mangystau); quarantine at the Saryarka Velodrome and the Kazakhstan hotel; Altai Kulginov and Nursultan Nazarbayev are persons',
     text="""Checkpoints ring Nur-Sultan as the capital follows Almaty into lockdown
NUR-SULTAN, March 22 (Kazinform) - Police and soldiers closed every road into Nur-Sultan at midnight, three days after Almaty was sealed off, as Kazakhstan tightened its coronavirus state of emergency. Passenger trains and domestic flights to both cities have been halted, and only lorries carrying food, fuel and medicine may pass the 14 checkpoints around the capital.
"Nobody leaves and nobody comes in without a reason," the city's akim, Altai Kulginov, told a briefing. The airport named after Nursultan Nazarbayev will handle only cargo and evacuation flights, he said.
At a checkpoint on the Korgalzhyn highway, just outside the city limits, a driver tried to force his way past the concrete blocks on Saturday night and rammed a police car, injuring an officer, the Akmola region police department said. The man, a resident of Korgalzhyn, was detained. Near Kosshy, drivers stuck in a queue of about 600 cars came to blows with traffic police; two men were taken to hospital.
In Almaty the akimat said the Alatau and Nauryzbay districts, where most new cases have been found, would be disinfected overnight. Separately, a fire broke out early on Sunday in a pharmacy warehouse storing face masks on Ryskulov Avenue in the city's Zhetysu district. Firefighters put it out within an hour and nobody was hurt.
The health ministry reported 53 confirmed cases on Sunday: 30 in Nur-Sultan, 21 in Almaty and two in Karaganda. Karaganda and Shymkent will set up checkpoints on Monday, and officials said the curbs could be extended to "all regions except two" - Kyzylorda and Mangystau, where no infections have been recorded.
Citizens flying home from Germany, Italy and Spain are being taken straight from the airport to a quarantine centre at the Saryarka Velodrome. In Almaty, returnees from Dubai and Moscow are housed in the Kazakhstan hotel on Dostyk Avenue, which has been turned into an observation centre.
Almaty's akim Bakytzhan Sagintayev urged residents of Almaty region not to try to enter the city through fields and dacha roads around Kaskelen and Talgar, where extra patrols have been posted.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:lockdown, an official measure'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:lockdown'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('both cities', 0, 'quantified', '2 cities', N, {'count': 2, 'unit': 'city', 'quantifier': 'all', 'note': 'Nur-Sultan and Almaty, both named; lockdown, not incidents'}),
        ('Korgalzhyn highway', 0, 'facility', 'Korgalzhyn highway', N, {'subkind': 'road', 'note': 'road from the capital into Akmola Region; the checkpoint lies just outside the city limits'}),
        ('Akmola region', 0, 'region', 'Akmola Region', AKR, {'note': 'inside the name of an authority (police department)'}),
        ('Korgalzhyn', 1, 'village', 'Korgalzhyn', AKR, {'note': 'NI:residence of the driver'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'settlement of Tselinograd district'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty'),
        ('Alatau', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'in a list sharing "districts"; NI:disinfection'}),
        ('Nauryzbay', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'in a list sharing "districts"; NI:disinfection'}),
        ('Ryskulov Avenue', 0, 'facility', 'Ryskulov Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Zhetysu district', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'district of Almaty, not Jetisu Region (created 2022)'}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:case statistics'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:case statistics'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:case statistics'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:checkpoints planned'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:checkpoints planned'}),
        ('all regions except two', 0, 'quantified', 'all regions except two', N, {'count': None, 'unit': 'region', 'note': 'exceptive quantifier; the two exceptions are named (Kyzylorda and Mangystau); not about incidents'}),
        ('Kyzylorda', 0, 'region', 'Kyzylorda Region', KZR, {'note': 'one of the two regions excepted; NI:no infections'}),
        ('Mangystau', 0, 'region', 'Mangystau Region', MR, {'note': 'one of the two regions excepted; NI:no infections'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:origin of returnees'}),
        ('Italy', 0, 'foreign', 'Italy', N, {'note': 'NI:origin of returnees'}),
        ('Spain', 0, 'foreign', 'Spain', N, {'note': 'NI:origin of returnees'}),
        ('Saryarka Velodrome', 0, 'facility', 'Saryarka Velodrome (Astana)', 'Astana', {'subkind': 'stadium', 'note': 'NI:quarantine centre; not Saryarka district'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:quarantine centre'}),
        ('Dubai', 0, 'foreign', 'Dubai', N, {'note': 'NI:origin of returnees'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of returnees'}),
        ('Kazakhstan hotel', 0, 'facility', 'Kazakhstan hotel (Almaty)', 'Almaty', {'subkind': 'hotel', 'note': 'a hotel named after the country, not the country; NI:observation centre'}),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Almaty', 5, 'city', 'Almaty', 'Almaty', {'note': "possessive, in an official's title"}),
        ('Almaty region', 0, 'region', 'Almaty Region', ALR, {'note': 'NI:residence'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:patrols, an official measure'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:patrols, an official measure'}),
     ],
     inc={AKR: (2, 'a driver rams a police car at the Korgalzhyn highway checkpoint just outside the city, officer hurt; drivers come to blows with traffic police near Kosshy, two in hospital'),
          'Almaty': (1, 'fire in a pharmacy warehouse on Ryskulov Avenue, Zhetysu district; the lockdown and disinfection are measures')}
),

dict(id='p002', date='2020-05-03', lang='en',
     event='2020 Sardoba dam breach in Uzbekistan floods four villages of Maktaaral district (Kyzylkum, Zhenis, Abai, Bostandyk; Turkistan Region) under quarantine; evacuees in Myrzakent and Atakent; help from Shymkent and Kyzylorda Region; the village Abai (no Abai Region in 2020) and the village Bostandyk (not the Almaty district)',
     text="""Dam break in Uzbekistan floods quarantined villages in Turkistan region
SHYMKENT, May 3 (KazTAG) - Water from the breached Sardoba reservoir in neighbouring Uzbekistan flooded four villages in Maktaaral district of Turkistan region over the weekend, forcing more than 22,000 people out of homes where they had sat out six weeks of coronavirus quarantine.
The worst hit were Kyzylkum and Zhenis, where water stood a metre deep in the streets, the regional akimat said. Yards and houses in Abai and Bostandyk were also flooded.
Evacuees were taken to schools and a sports complex in Myrzakent and Atakent, where medics took the temperature of every arrival. "They tell us to keep two metres apart, but 300 of us sleep in one gym," a woman from Kyzylkum said by telephone.
The regional governor, Umirzak Shukeyev, said quarantine checkpoints on the district's roads had been opened for rescue teams and for lorries with drinking water from Shymkent and Kyzylorda region. Engineers are building an earth dyke along a canal that links the Syr Darya with the Uzbek side of the border.""",
     ann=[
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Turkistan region', 0, 'region', 'Turkistan Region', TR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Sardoba reservoir', 0, 'foreign', 'Sardoba reservoir', N, {'subkind': 'reservoir', 'note': 'in Uzbekistan; NI:origin of the flood water'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('four villages', 0, 'quantified', '4 villages', N, {'count': 4, 'unit': 'village', 'note': 'all four are named'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR),
        ('Turkistan region', 1, 'region', 'Turkistan Region', TR),
        ('Kyzylkum', 0, 'village', 'Kyzylkum (Maktaaral district)', TR),
        ('Zhenis', 0, 'village', 'Zhenis (Maktaaral district)', TR),
        ('Abai', 0, 'village', 'Abai (Maktaaral district)', TR, {'note': 'village; not Abai Region, which did not exist in 2020'}),
        ('Bostandyk', 0, 'village', 'Bostandyk (Maktaaral district)', TR, {'note': 'village; not the Bostandyk district of Almaty'}),
        ('Myrzakent', 0, 'village', 'Myrzakent', TR, {'note': 'NI:evacuation point'}),
        ('Atakent', 0, 'village', 'Atakent', TR, {'note': 'NI:evacuation point'}),
        ('Kyzylkum', 1, 'village', 'Kyzylkum (Maktaaral district)', TR, {'note': 'residence of an evacuee; the flooded village'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of aid'}),
        ('Kyzylorda region', 0, 'region', 'Kyzylorda Region', KZR, {'note': 'NI:origin of aid'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
     ],
     inc={TR: (1, 'flood from the Sardoba breach in four villages of Maktaaral district (one natural disaster per ADM1)')}
),

dict(id='p003', date='2020-06-29', lang='en',
     event='2020 coronavirus outbreak at the Tengiz oil field (not counted) and a road blockade by laid-off contract workers in Kulsary, Zhylyoi district, five detained (Atyrau Region); workers from Turkistan and Jambyl regions, charter flights to Shymkent and Taraz; Tengizchevroil is a company; red zone',
     text="""Tengiz workers block road in Kulsary after outbreak at oil field
ATYRAU, June 29 (Vlast.kz) - About 400 contract workers blocked the road out of Kulsary on Monday morning, demanding to be sent home after an outbreak of coronavirus at the Tengiz field, where more than 1,000 infections have been confirmed this month.
The men, most of them from Turkistan and Jambyl regions, had been laid off by subcontractors of Tengizchevroil and told to wait in hostels in Kulsary until their test results came back. "We have no money and no work. Let us go to Shymkent, we will sit out quarantine there," one of them said in a video.
Police of Zhylyoi district dispersed the crowd after two hours and detained five men. The Atyrau regional akimat said buses would take workers who test negative to Atyrau airport, from where charter flights will leave for Shymkent and Taraz.
A sanitary cordon has been set up around the field's camp, about 140 km south of Kulsary. Atyrau region moved into the red zone on Friday.""",
     ann=[
        ('Tengiz', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'headline; attributive ("Tengiz workers")'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Kulsary', 1, 'city', 'Kulsary', ATR),
        ('Tengiz field', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'outbreak, not an incident'}),
        ('Turkistan', 0, 'region', 'Turkistan Region', TR, {'note': 'in a list sharing "regions"; NI:origin of workers'}),
        ('Jambyl', 0, 'region', 'Jambyl Region', JR, {'note': 'in a list sharing "regions"; NI:origin of workers'}),
        ('Kulsary', 2, 'city', 'Kulsary', ATR, {'note': 'NI:residence'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:desired destination'}),
        ('Zhylyoi district', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an authority'}),
        ('Atyrau', 0, 'region', 'Atyrau Region', ATR, {'note': 'inside the name of an authority ("regional akimat")'}),
        ('Atyrau airport', 0, 'facility', 'Atyrau International Airport', ATR, {'subkind': 'airport', 'note': 'NI:departure point'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:destination'}),
        ('Kulsary', 3, 'city', 'Kulsary', ATR, {'note': 'NI:reference point'}),
        ('Atyrau region', 0, 'region', 'Atyrau Region', ATR, {'note': 'NI:red zone, an official measure'}),
     ],
     inc={ATR: (1, 'protest: about 400 laid-off workers block the road out of Kulsary, five detained; the Tengiz outbreak itself is not an incident')}
),

dict(id='p004', date='2020-10-02', lang='en',
     event='2020 weekly zone map: nine regions green, East Kazakhstan and North Kazakhstan red, Atyrau, Karaganda, West Kazakhstan and the three cities yellow; traders rally outside the regional akimat in Ust-Kamenogorsk, six fined (East Kazakhstan Region, with Semey before 2022); fire in a provisional hospital on Zhambyl Street in Petropavl (North Kazakhstan Region); Belousovka village quarantined; Omsk and Tyumen regions of Russia',
     text="""Nine regions turn green as East Kazakhstan stays red
NUR-SULTAN, October 2 (Tengrinews) - Nine regions of Kazakhstan are now in the green zone on the health ministry's weekly map, the most since the map was introduced in August: Akmola, Aktobe, Almaty, Jambyl, Kostanay, Kyzylorda, Mangystau, Pavlodar and Turkistan.
East Kazakhstan and North Kazakhstan regions remain red. Atyrau, Karaganda and West Kazakhstan regions are yellow, as are all three cities of republican significance, Nur-Sultan, Almaty and Shymkent.
In red-zone regions cafes must close at 10 pm and gatherings of more than ten people are banned. In all regions except two, schools have reopened for pupils of the first four grades.

East Kazakhstan: traders protest, markets stay shut
In Ust-Kamenogorsk about 150 traders from the closed clothes markets gathered outside the regional akimat on Thursday, demanding to be allowed to reopen. Police said the rally was unauthorised and fined six organisers. Markets in Semey and Ridder are also closed, and buses between Semey and Ust-Kamenogorsk run at half capacity.
The region's chief sanitary doctor said most new cases were in Ust-Kamenogorsk and in Glubokoe district, where the village of Belousovka was put under quarantine for 14 days after 37 residents tested positive.

North Kazakhstan: fire at a provisional hospital
In Petropavl a fire broke out on Wednesday night in the laundry of a provisional hospital set up in a college dormitory on Zhambyl Street. Forty-two patients were moved to the regional infectious diseases hospital; nobody was hurt. The region borders Russia's Omsk and Tyumen regions, and the border crossings have been closed to passengers since March.

Yellow and green
Karaganda region will allow cinemas to reopen on Monday. In Atyrau, where the Tengiz outbreak drove the region into the red zone in June, the akim said the situation was "under control". Kostanay region, green for a fourth week, will let gyms and swimming pools reopen at half capacity.""",
     ann=[
        ('East Kazakhstan', 0, 'region', 'East Kazakhstan Region', EKR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nine regions', 1, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'all nine are named; zone map, not incidents'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Akmola', 0, 'region', 'Akmola Region', AKR, {'note': 'in a list introduced by "regions"'}),
        ('Aktobe', 0, 'region', 'Aktobe Region', AR, {'note': 'in a list introduced by "regions"'}),
        ('Almaty', 0, 'region', 'Almaty Region', ALR, {'note': 'in a list introduced by "regions": the region, not the city'}),
        ('Jambyl', 0, 'region', 'Jambyl Region', JR, {'note': 'in a list introduced by "regions"'}),
        ('Kostanay', 0, 'region', 'Kostanay Region', KOR, {'note': 'in a list introduced by "regions"'}),
        ('Kyzylorda', 0, 'region', 'Kyzylorda Region', KZR, {'note': 'in a list introduced by "regions"'}),
        ('Mangystau', 0, 'region', 'Mangystau Region', MR, {'note': 'in a list introduced by "regions"'}),
        ('Pavlodar', 0, 'region', 'Pavlodar Region', PR, {'note': 'in a list introduced by "regions"'}),
        ('Turkistan', 0, 'region', 'Turkistan Region', TR, {'note': 'in a list introduced by "regions"'}),
        ('East Kazakhstan', 1, 'region', 'East Kazakhstan Region', EKR, {'note': 'in a list sharing "regions"'}),
        ('North Kazakhstan', 0, 'region', 'North Kazakhstan Region', NKR, {'note': 'in a list sharing "regions"'}),
        ('Atyrau', 0, 'region', 'Atyrau Region', ATR, {'note': 'in a list sharing "regions"'}),
        ('Karaganda', 0, 'region', 'Karaganda Region', KR, {'note': 'in a list sharing "regions"'}),
        ('West Kazakhstan', 0, 'region', 'West Kazakhstan Region', WKR, {'note': 'in a list sharing "regions"'}),
        ('all three cities', 0, 'quantified', 'all 3 cities', N, {'count': 3, 'unit': 'city', 'quantifier': 'all', 'note': 'the three cities of republican significance, all named'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('all regions except two', 0, 'quantified', 'all regions except two', N, {'count': None, 'unit': 'region', 'note': 'exceptive quantifier; the exceptions are not named; not about incidents'}),
        ('East Kazakhstan', 2, 'region', 'East Kazakhstan Region', EKR, {'note': 'section heading'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'Russian name of Oskemen'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08; NI:markets closed'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:markets closed'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Ust-Kamenogorsk', 2, 'city', 'Oskemen', EKR, {'note': 'NI:case statistics'}),
        ('Glubokoe district', 0, 'district', 'Glubokoe District', EKR, {'note': 'NI:case statistics'}),
        ('Belousovka', 0, 'village', 'Belousovka', EKR, {'note': 'NI:quarantine, an official measure'}),
        ('North Kazakhstan', 1, 'region', 'North Kazakhstan Region', NKR, {'note': 'section heading'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('Zhambyl Street', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after the poet, not Jambyl Region'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Omsk', 0, 'foreign', 'Omsk Oblast', N, {'note': 'in a list sharing "regions"'}),
        ('Tyumen', 0, 'foreign', 'Tyumen Oblast', N, {'note': 'in a list sharing "regions"'}),
        ('Karaganda region', 0, 'region', 'Karaganda Region', KR, {'note': 'NI:cinemas reopen'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:statement by the akim'}),
        ('Tengiz', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'inside the phrase "the Tengiz outbreak"; an outbreak is not an incident'}),
        ('Kostanay region', 0, 'region', 'Kostanay Region', KOR, {'note': 'NI:green zone'}),
     ],
     inc={EKR: (1, 'protest: about 150 traders rally outside the regional akimat in Ust-Kamenogorsk, six organisers fined; closed markets and the Belousovka quarantine are measures'),
          NKR: (1, 'fire in the laundry of a provisional hospital on Zhambyl Street, Petropavl')}
),

dict(id='p005', date='2020-04-14', lang='en',
     event='2020 quarantine of the towns of Abai and Shakhtinsk and of Abai district (Karaganda Region; not Abai Region) after a cluster among miners of the Tentekskaya mine; a man under home quarantine attacks a police officer in Saran; fines in Karaganda and Temirtau (not counted); returnee from Moscow',
     text="""Abai and Shakhtinsk sealed off as cases rise in Karaganda region
KARAGANDA, April 14 (KazTAG) - Checkpoints went up on Tuesday around the towns of Abai and Shakhtinsk after 31 people, most of them miners and their relatives, tested positive for coronavirus, the Karaganda region akimat said. Entry to and exit from both towns and the villages of Abai district is allowed only with a permit.
The cluster was traced to a shift bus that carries miners from Abai to the Tentekskaya mine near Shakhtinsk. The mine has suspended one of its three shifts.
In Saran, a man who had been ordered to stay at home after returning from Moscow attacked a police officer who came to check on him, hitting him with a bottle, police said. The officer was treated for a head wound; the man faces up to five years in prison.
Over the weekend 48 people in the region were fined for leaving home without a valid reason, most of them in Karaganda and Temirtau. Doctors in the regional capital are moving patients out of the old infectious diseases hospital to make room for coronavirus cases.""",
     ann=[
        ('Abai', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'headline; the town in Karaganda Region, not Abai Region (created 2022)'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'headline'}),
        ('Karaganda region', 0, 'region', 'Karaganda Region', KR, {'note': 'headline'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Abai', 1, 'city', 'Abai (Karaganda Region)', KR, {'note': 'NI:checkpoints, an official measure'}),
        ('Shakhtinsk', 1, 'city', 'Shakhtinsk', KR, {'note': 'NI:checkpoints, an official measure'}),
        ('Karaganda region', 1, 'region', 'Karaganda Region', KR, {'note': 'inside the name of an authority (akimat)'}),
        ('both towns', 0, 'quantified', '2 towns', N, {'count': 2, 'unit': 'city', 'quantifier': 'all', 'note': 'Abai and Shakhtinsk, both named; checkpoints, not incidents'}),
        ('Abai district', 0, 'district', 'Abai District (Karaganda Region)', KR, {'note': 'district of Karaganda Region, not Abai Region'}),
        ('Abai', 3, 'city', 'Abai (Karaganda Region)', KR, {'note': 'NI:route endpoint'}),
        ('Tentekskaya mine', 0, 'facility', 'Tentekskaya mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'outbreak, not an incident'}),
        ('Shakhtinsk', 2, 'city', 'Shakhtinsk', KR, {'note': 'NI:reference point'}),
        ('Saran', 0, 'city', 'Saran', KR),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:fines, not an incident'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:fines, not an incident'}),
     ],
     inc={KR: (1, 'assault: a man under home quarantine hits a police officer with a bottle in Saran; the cluster, checkpoints and fines are not incidents')}
),

dict(id='p006', date='2021-02-02', lang='en',
     event='2021 start of vaccination with Sputnik V in Nur-Sultan, doses to all regions; QazVac trials in Gvardeisky, Kordai district (Jambyl Region); a van carrying vaccine overturns near Karabalyk (Kostanay Region), driver hurt; doses from Moscow',
     text="""First Sputnik V shots given in Nur-Sultan; doses to reach all regions by mid-February
NUR-SULTAN, February 2 (Kazinform) - Doctors and nurses at 18 polyclinics in Nur-Sultan received the first doses of the Russian-made Sputnik V vaccine on Monday, as Kazakhstan started mass vaccination against coronavirus.
Of the 22,000 doses delivered from Moscow last week, 9,000 stay in the capital and the rest go to Almaty, Shymkent and the regional centres. The health ministry said every region would receive its share by February 15, starting with Karaganda and Pavlodar regions.
Kazakhstan's own vaccine, QazVac, is being tested at the biosafety research institute in Gvardeisky, in Jambyl region's Kordai district, and should go into production in April.
Deliveries to Kostanay region began on Sunday, when a van carrying 600 doses skidded off the icy road near Karabalyk and overturned. The driver was slightly hurt, and the vaccine, packed in a thermal container, was undamaged, the regional health department said.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'delivery plan, not incidents'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:vaccination'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of doses'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:delivery'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:delivery'}),
        ('every region', 0, 'quantified', 'every region', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'delivery plan, not incidents'}),
        ('Karaganda', 0, 'region', 'Karaganda Region', KR, {'note': 'in a list sharing "regions"; NI:delivery'}),
        ('Pavlodar', 0, 'region', 'Pavlodar Region', PR, {'note': 'in a list sharing "regions"; NI:delivery'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Gvardeisky', 0, 'village', 'Gvardeisky', JR, {'note': 'NI:seat of an institute'}),
        ('Jambyl region', 0, 'region', 'Jambyl Region', JR, {'note': 'possessive ("Jambyl region\'s"); NI:seat of an institute'}),
        ('Kordai district', 0, 'district', 'Kordai District', JR, {'note': 'NI:seat of an institute'}),
        ('Kostanay region', 0, 'region', 'Kostanay Region', KOR),
        ('Karabalyk', 0, 'village', 'Karabalyk', KOR, {'note': 'district centre, village status'}),
     ],
     inc={KOR: (1, 'road accident: a van carrying vaccine overturns near Karabalyk, driver hurt')}
),

dict(id='p007', date='2023-03-19', lang='en',
     event="2023 retrospective of the 2020 lockdown: a riot with arson in a quarantine hostel in Semey (Abai Region on the article date), a fatal fire in the field hospital in Taldykorgan (Jetisu Region), a miners' strike near Zhezkazgan (Ulytau Region); Konaev (then Kapchagay) hotels as observation centres; the capital named Astana, Nur-Sultan, Akmola and Tselinograd; Almaty Region as Taldykorgan's former unit",
     text="""Three years on: Kazakhstan's first lockdown, seen from the regions
ASTANA, March 19 (Vlast.kz) - Three years ago this week, checkpoints went up around Almaty and the capital, then called Nur-Sultan, and within a month every regional centre of Kazakhstan was under quarantine. We asked people in four towns what they remember.
Semey. The city, which since last June has been the centre of the new Abai region, was one of the first to be closed after an outbreak among workers returning from Russia. In April 2020 about forty men held in a quarantine hostel on the city's outskirts smashed windows and set fire to mattresses, demanding to be released. "We were locked in for 28 days with one meal a day," recalls one of them, who now drives a taxi in Semey.
Taldykorgan. Now the centre of Jetisu region, in 2020 the town was part of Almaty region, and its checkpoint on the road to Almaty was one of the busiest in the country. In July 2020, at the peak of the second wave, a fire broke out in the oxygen room of the field hospital set up in the town's sports palace; two patients died.
Konaev. The town on the Kapshagay reservoir was still called Kapchagay in 2020. Hotels that in normal years fill with holidaymakers from Almaty became observation centres for citizens returning from abroad. Nothing dramatic happened, says a hotel manager: "We had long queues and a lot of boredom."
Zhezkazgan. In May 2020 some 300 miners of the Kazakhmys copper company stopped work at a mine near Zhezkazgan, demanding to be tested after a colleague died. The town and the mine now belong to Ulytau region, created, like Abai and Jetisu regions, on June 8, 2022.
Astana. The capital, renamed back to Astana last September, had been known as Akmola until 1998 and as Tselinograd in Soviet times. The Saryarka Velodrome, where the first returnees from abroad were quarantined, hosts cycling races again.
Back then, Kazakhstan counted its first 53 cases in Nur-Sultan, Almaty and Karaganda. By now the country has recorded more than 1.4 million infections.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:background lockdown'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background lockdown; the name in 2020'}),
        ('every regional centre', 0, 'quantified', 'every regional centre', N, {'count': None, 'unit': 'city', 'quantifier': 'all', 'note': 'background quarantine, not incidents'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('four towns', 0, 'quantified', '4 towns', N, {'count': 4, 'unit': 'city', 'note': 'Semey, Taldykorgan, Konaev and Zhezkazgan, all named below'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'Abai Region on the article date (East Kazakhstan Region in 2020)'}),
        ('Abai region', 0, 'region', 'Abai Region', ABR),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:workplace'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'Jetisu Region on the article date (Almaty Region in 2020)'}),
        ('Jetisu region', 0, 'region', 'Jetisu Region', JTR),
        ('Almaty region', 0, 'region', 'Almaty Region', ALR, {'note': 'NI:the former unit of Taldykorgan'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'the former Kapchagay; seat of Almaty Region since 2022'}),
        ('Kapshagay reservoir', 0, 'facility', 'Kapshagay reservoir', N, {'subkind': 'reservoir', 'note': 'reservoir on the Ili between Almaty and Jetisu regions'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of holidaymakers'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'Ulytau Region on the article date (Karaganda Region in 2020)'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'reference point of the strike'}),
        ('Ulytau region', 0, 'region', 'Ulytau Region', UR),
        ('Abai', 1, 'region', 'Abai Region', ABR, {'note': 'in a list sharing "regions"'}),
        ('Jetisu', 1, 'region', 'Jetisu Region', JTR, {'note': 'in a list sharing "regions"'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:no incident'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:the name'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': "the capital's name until 1998, not Akmola Region"}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'Soviet name of the capital'}),
        ('Saryarka Velodrome', 0, 'facility', 'Saryarka Velodrome (Astana)', 'Astana', {'subkind': 'stadium', 'note': 'NI:former quarantine centre'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:case statistics'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:case statistics'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:case statistics'}),
     ],
     inc={ABR: (1, 'background (2020): riot and arson by quarantined men in a hostel in Semey; labelled with the unit on the article date'),
          JTR: (1, 'background (2020): fatal fire in the oxygen room of the field hospital in Taldykorgan; Jetisu Region on the article date'),
          UR: (1, 'background (2020): strike of some 300 miners at a mine near Zhezkazgan; Ulytau Region on the article date')}
),

dict(id='p008', date='2021-11-13', lang='en',
     event='2021 rally against compulsory vaccination and QR-code passes on Astana Square in Almaty (not the capital), 38 detained; parents picket the education department in Shymkent; a picket in Oral (West Kazakhstan Region); gatherings in several other cities (unattributed); Abai and Nazarbayev avenues; vaccination mandates in 14 regions',
     text="""Dozens detained at rally against vaccine passes in Almaty; parents picket in Shymkent
ALMATY, November 13 (Vlast.kz) - Police detained 38 people in Almaty on Saturday when about 300 opponents of compulsory vaccination and QR-code passes gathered on Astana Square, a rally the city akimat had refused to authorise.
The crowd tried to march towards Republic Square but was stopped by police at the corner of Abai and Nazarbayev avenues. Most of those detained were released after a few hours with fines, Almaty police said.
In Shymkent, about 50 parents picketed the city education department against a rule that bars unvaccinated parents from school events. A similar picket in Oral ended without detentions, the West Kazakhstan police said. Smaller gatherings were reported in several other cities.
Vaccination has been compulsory since the summer for staff of cafes, shops, gyms and public transport in 14 regions. The health ministry says 7.6 million people in Kazakhstan have received at least one dose.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Astana Square', 0, 'facility', 'Astana Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'the Old Square of Almaty, not the capital'}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Abai', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a list sharing "avenues"; the poet, not Abai Region'}),
        ('Nazarbayev', 0, 'facility', 'Nazarbayev Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a list sharing "avenues"; named after a person'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (police)'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Oral', 0, 'city', 'Oral', WKR),
        ('West Kazakhstan', 0, 'region', 'West Kazakhstan Region', WKR, {'note': 'inside the name of an authority (police)'}),
        ('several other cities', 0, 'quantified', 'several other cities', N, {'count': None, 'unit': 'city', 'note': 'unnamed; unattributed incidents'}),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'vaccination mandate, not incidents'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={'Almaty': (1, 'protest: unauthorised rally on Astana Square, 38 detained'),
          'Shymkent': (1, 'protest: parents picket the city education department'),
          WKR: (1, 'protest: picket in Oral, no detentions')},
     unatt=[{'label': 'several other cities', 'count': None, 'note': 'smaller gatherings against vaccine passes in unnamed cities'}]
),

]
