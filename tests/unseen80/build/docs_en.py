"""English texts of the eightieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2022-06-14', lang='en',
     event='2022 first week of the new regions: grass fire at the hay stores of Kalbatau (Zharma district) and a court verdict for a 2021 stabbing on Shakarim Avenue in Semey (Abai Region); fatal minibus-tractor crash near Karabulak, Eskeldi district (Jetisu Region); jewellery shop robbery in Satpayev (Ulytau Region); the former units East Kazakhstan, Almaty and Karaganda regions; Konaev as the new seat of Almaty Region',
     text="""Three new regions, one week: a grass fire, a fatal crash and a robbery
SEMEY, June 14 (Kazinform) - A week after Kazakhstan gained three new regions, their emergency services and police have had a busy start. The Abai, Jetisu and Ulytau regions came into being on June 8, carved out of the East Kazakhstan, Almaty and Karaganda regions.

In the Abai region, a grass fire reached the hay stores on the edge of Kalbatau, the centre of Zharma district, on Saturday afternoon. About 300 tonnes of fodder burned before crews put the fire out late at night; no one was hurt. "We had to send two engines from Semey, 150 km away, because the district has only one of its own," said Yerlan Tursynov, who heads the new regional emergencies department. Until last week his staff answered to Oskemen, which remains the seat of East Kazakhstan.

On Monday a court in Semey jailed a 34-year-old man for nine years for stabbing a taxi driver on Shakarim Avenue last November. The case had been opened by the East Kazakhstan region police; the verdict was read out in the name of the new region.

In the Jetisu region, two people died on Monday when a minibus collided with a tractor on the Taldykorgan-Usharal road near Karabulak, in Eskeldi district. The minibus was carrying passengers from Ushtobe to Taldykorgan. The regional police, which until June 8 belonged to the Almaty region force, have opened a case.

In Satpayev, now in the Ulytau region, two masked men robbed a jewellery shop on Tuesday and beat a security guard, police said. Both were detained the same evening at a checkpoint on the road to Zhezkazgan, the new regional centre. Several officers of the new Ulytau police department were transferred from Karaganda only last month.

The governor of the Almaty region, which keeps its southern districts and is moving its administration to Konaev, said the handover of archives to Taldykorgan would take until autumn.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:the former unit; in a list sharing "regions"'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:the former unit; bare name in a list sharing "regions", so the region, not the city'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:the former unit; in a list sharing "regions"'}),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Kalbatau', 0, 'village', 'Kalbatau', ABR, {'note': 'centre of Zharma district'}),
        ('Zharma district', 0, 'district', 'Zharma District', ABR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of fire engines'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the former unit'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'seat of the court; the stabbing on Shakarim Avenue was in the same city'}),
        ('Shakarim Avenue', 0, 'facility', 'Shakarim Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'avenue named after a person (the poet Shakarim)'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority (police); the unit that held Semey when the case was opened'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:road endpoint'}),
        ('Karabulak', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'centre of Eskeldi district; a common village name'}),
        ('Eskeldi district', 0, 'district', 'Eskeldi District', JTR),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': "NI:passengers' origin"}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:destination'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority (police force); the former unit'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:destination of the road where the robbers were detained'}),
        ('Ulytau', 2, 'region', UR, UR, {'note': 'NI:inside the name of an authority (police department)'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': "NI:officers' former workplace"}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:inside the title of an official (governor)'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of the region (the former Kapchagay)'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:archives handed over'}),
     ],
     inc={ABR: (2, 'grass fire at the hay stores of Kalbatau, Zharma district; stabbing of a taxi driver on Shakarim Avenue in Semey in November 2021 (narrated in the court report; the trial itself is not counted)'),
          JTR: (1, 'minibus-tractor collision near Karabulak, Eskeldi district, two dead'),
          UR: (1, 'armed robbery of a jewellery shop in Satpayev, guard beaten')}),

dict(id='p002', date='2023-03-02', lang='en',
     event='2023 sentence for the 2021 arson of a row of garages in Kurchatov (East Kazakhstan Region then, Abai Region on the article date); the town named after the physicist Igor Kurchatov; the Semipalatinsk nuclear test site; defendant from Pavlodar',
     text="""Kurchatov man jailed for setting fire to garages
SEMEY, March 2 (Tengrinews) - A court in Kurchatov has sentenced a 41-year-old local man to six years in prison for setting fire to a row of 14 garages in the town in August 2021, the Abai region prosecutor's office said on Thursday.
The fire destroyed eight cars and a motorcycle. When it happened, Kurchatov was part of East Kazakhstan region; the investigation was completed after the town passed to the new Abai region in June last year.
Prosecutors said the man bore a grudge against the chairman of the garage cooperative, who had refused to rent him a box. He moved to Kurchatov from Pavlodar in 2019 and has two earlier convictions for theft.
Kurchatov, named after the Soviet physicist Igor Kurchatov, grew up as the closed town of the Semipalatinsk nuclear test site, which was shut in 1991. About 10,000 people live there today. The defence said it would appeal to the regional court in Semey.""",
     ann=[
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'headline; residence of the convicted man'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR, {'note': 'seat of the court; the arson was in the same town'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': "inside the name of an authority (prosecutor's office)"}),
        ('Kurchatov', 2, 'city', 'Kurchatov', ABR, {'note': 'the town where the garages burned; Abai Region on the article date although East Kazakhstan Region at the time of the fire'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:the unit at the time of the fire'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Kurchatov', 3, 'city', 'Kurchatov', ABR, {'note': 'NI:residence'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the defendant'}),
        ('Kurchatov', 4, 'city', 'Kurchatov', ABR, {'note': 'NI:background; the next "Kurchatov" is the person and is not annotated'}),
        ('Semipalatinsk nuclear test site', 0, 'facility', 'Semipalatinsk nuclear test site', N, {'subkind': 'nuclear test site', 'note': 'NI:background; the former test site lies across Abai, Pavlodar and Karaganda regions, so adm1 is null as for a road crossing several units'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the appeal court'}),
     ],
     inc={ABR: (1, 'arson of a row of 14 garages in Kurchatov in August 2021 (narrated; the sentence is not counted)')}),

dict(id='p003', date='1995-09-20', lang='en',
     event='1995 fire at a state rice store in Ushtobe and a picket of unpaid farm workers at the Karatal district administration in Ushtobe (Taldy-Kurgan Region, abolished 1997; Almaty Region land); planned mergers of the Taldy-Kurgan, Semipalatinsk and Zhezkazgan regions; Akmola as the future capital',
     text="""Fire destroys rice store in Ushtobe
ALMATY, Sept 20 (Interfax-Kazakhstan) - Fire destroyed a state rice store in Ushtobe, in the Taldy-Kurgan region, overnight on Tuesday, burning about 600 tonnes of this year's harvest, the regional fire service said.
Crews from Taldykorgan, the regional centre, needed five hours to put out the blaze. Nobody was hurt. Investigators blamed old wiring but did not rule out arson.
The store belonged to a rice farm in Karatal district that has not paid its workers since spring. On Sunday about 80 of them picketed the district administration in Ushtobe, demanding six months' back pay.
The government in Almaty is preparing a plan to merge the Taldy-Kurgan region with the neighbouring Almaty region to cut costs, officials said. Similar mergers are being discussed for the Semipalatinsk and Zhezkazgan regions. The cabinet has also confirmed that ministries will start moving to Akmola, the future capital, in 1997.""",
     ann=[
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': 'headline; Taldykorgan Region in 1995, Almaty Region land in the canonical units before 2022'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Ushtobe', 1, 'city', 'Ushtobe', ALR),
        ('Taldy-Kurgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'the Taldykorgan Region abolished in 1997 (old spelling), labelled with the canonical unit holding its land'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of fire crews'}),
        ('Karatal district', 0, 'district', 'Karatal District', ALR, {'note': "the farm's district; Ushtobe is its centre"}),
        ('Ushtobe', 2, 'city', 'Ushtobe', ALR, {'note': 'place of the picket'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (the capital in 1995)'}),
        ('Taldy-Kurgan region', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:planned merger; abolished region labelled with the unit holding its land'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:planned merger'}),
        ('Semipalatinsk', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:planned merger; bare name in a list sharing "regions"; Semipalatinsk Region abolished 1997, labelled with the canonical unit holding its land before 2022'}),
        ('Zhezkazgan', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:planned merger; bare name in a list sharing "regions"; Zhezkazgan Region abolished 1997, labelled with the canonical unit holding its land before 2022'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the future capital; the city, not Akmola Region'}),
     ],
     inc={ALR: (2, 'fire at a state rice store in Ushtobe; picket of unpaid farm workers at the district administration in Ushtobe')}),

dict(id='p004', date='2019-08-05', lang='en',
     event='2019 rock fall kills two miners at a copper mine near Satpayev, and a background fatal fall into a shaft at Zhezkazgan in March (Karaganda Region before the 2022 split); hospital in Karaganda; Karazhal mines; the former Zhezkazgan region; Nur-Sultan dateline',
     text="""Two miners killed by rock fall near Satpayev
NUR-SULTAN, Aug 5 (Reuters) - Two miners were killed and a third was injured when part of the roof collapsed in an underground copper mine near Satpayev in Karaganda region on Sunday night, the Emergencies Ministry said on Monday.
Rescuers brought the bodies to the surface after a six-hour operation. The injured miner was flown to a hospital in Karaganda, the regional centre, some 500 km to the north-east.
It was the second deadly accident in the area's copper mines this year. In March a worker died after falling into a shaft at a mine on the outskirts of Zhezkazgan.
The company, which also runs iron and manganese mines near Karazhal, said it had suspended work at the section and set up a commission. The miners' trade union has demanded an independent inquiry.
Mining provides most jobs in Satpayev and Zhezkazgan, two towns that formed the core of a separate Zhezkazgan region until it was merged into Karaganda region in 1997.""",
     ann=[
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Satpayev', 1, 'city', 'Satpayev', KR, {'note': 'the mine is near the town'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'background accident in March'}),
        ('Karazhal', 0, 'city', 'Karazhal', KR, {'note': "NI:the company's other mines"}),
        ('Satpayev', 2, 'city', 'Satpayev', KR, {'note': 'NI:background'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:background'}),
        ('Zhezkazgan region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:background; Zhezkazgan Region abolished 1997, labelled with the canonical unit holding its land'}),
        ('Karaganda region', 1, 'region', KR, KR, {'note': 'NI:background'}),
     ],
     inc={KR: (2, 'rock fall at a copper mine near Satpayev, two dead; background: fatal fall into a shaft at a mine near Zhezkazgan in March')}),

dict(id='p005', date='2024-11-20', lang='en',
     event='2024 Abai Region budget session in Semey (hospital in Ayagoz, water pipes in Kurchatov, school in Karaul, Abai district); boiler explosion at a school in Ayagoz and a fatal barn fire in Urzhar; East Kazakhstan budget in Oskemen (Ridder, Altai, Katon-Karagai, Kurchum); "four districts" of bad roads; visitors from Astana, Almaty and Russia',
     text="""Abai region budget: a hospital for Ayagoz, complaints about roads
SEMEY, Nov 20 (Vlast.kz) - Deputies of the Abai regional maslikhat approved a budget of 612 billion tenge for 2025 on Wednesday, the third budget since the region was separated from East Kazakhstan in June 2022.

The largest new item is a 250-bed hospital in Ayagoz, which will serve patients from the Ayagoz and Aksuat districts who now travel to Semey for surgery. Another 9 billion tenge will go to water pipes in Kurchatov and to a new school in Karaul, the centre of Abai district (not to be confused with the region of the same name).

Deputies from the Urzhar and Makanshi districts complained that roads near the Chinese border had been left out. "In four districts of our region, village roads have not been repaired since Soviet times," said deputy Aidos Zhaksylykov. Governor Berik Aubakirov promised more money in the spring revision.

As the session went on, the regional emergencies department reported that a boiler had exploded in a school boiler house in Ayagoz, injuring a stoker. Classes were cancelled for two days. Deputies also held a minute's silence for a shepherd who died last month in a barn fire in the village of Urzhar, in which about 300 sheep were lost.

Across the new border, in Oskemen, the East Kazakhstan maslikhat passed its own budget on Tuesday. East Kazakhstan, which kept Ridder, Altai and the Katon-Karagai and Kurchum districts, spends more per person than its neighbour, mostly on mountain roads.

The Abai region's officials pointed to the new museum of the former Semipalatinsk test site in Kurchatov as proof that the region's history will not be forgotten. Its visitors come mainly from Astana, Almaty and Russia, the museum says; a new road from Semey would bring more.""",
     ann=[
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'headline; NI:planned hospital'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority ("Abai regional maslikhat")'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:background; the former unit'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:planned hospital'}),
        ('Ayagoz', 2, 'district', 'Ayagoz District', ABR, {'note': 'NI:in a list sharing "districts"'}),
        ('Aksuat', 0, 'district', 'Aksuat District', ABR, {'note': 'NI:in a list sharing "districts"'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': "NI:patients' destination"}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:budget item'}),
        ('Karaul', 0, 'village', 'Karaul', ABR, {'note': 'NI:budget item; centre of Abai district'}),
        ('Abai district', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'NI:the district of Abai Region, not the region itself'}),
        ('Urzhar', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:in a list sharing "districts"'}),
        ('Makanshi', 0, 'district', 'Makanshi District', ABR, {'note': 'NI:in a list sharing "districts"'}),
        ('four districts', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'unrepaired roads, not an incident'}),
        ('Ayagoz', 3, 'city', 'Ayagoz', ABR, {'note': 'boiler explosion'}),
        ('Urzhar', 1, 'village', 'Urzhar', ABR, {'note': 'barn fire; the village, centre of Urzhar district'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the maslikhat'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority (maslikhat)'}),
        ('East Kazakhstan', 2, 'region', EKR, EKR, {'note': 'NI:budget'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:background'}),
        ('Altai', 0, 'city', 'Altai', EKR, {'note': 'NI:background; the town (former Zyryanovsk), not the mountains or the Russian region'}),
        ('Katon-Karagai', 0, 'district', 'Katon-Karagai District', EKR, {'note': 'NI:in a list sharing "districts"'}),
        ('Kurchum', 0, 'district', 'Kurchum District', EKR, {'note': 'NI:in a list sharing "districts"'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'NI:possessive'}),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk nuclear test site', N, {'subkind': 'nuclear test site', 'note': 'NI:the museum is about the site; the site lies across several units'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR, {'note': 'NI:location of the museum'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': "NI:visitors' origin"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:visitors' origin"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:visitors' origin"}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:planned road'}),
     ],
     inc={ABR: (2, 'boiler explosion at a school boiler house in Ayagoz, stoker injured; fatal barn fire in the village of Urzhar last month')}),

dict(id='p006', date='2021-12-10', lang='en',
     event='2021 border guards fire on a smuggler\'s car that rammed a checkpoint near Zharkent, Panfilov district (Almaty Region before the 2022 split); Khorgos crossing and China; Taldykorgan court jails customs officers; smuggling cases in "two border districts"',
     text="""Border guards fire on car that rammed checkpoint near Zharkent
TALDYKORGAN, Dec 10 (KazTAG) - Border guards opened fire on a car that broke through a checkpoint near Zharkent, in Panfilov district of Almaty region, late on Thursday, wounding the driver, the regional border department said.
The car was speeding towards Khorgos, a crossing on the border with China, and carried about 400 kg of undeclared cigarettes, officials said. The driver, a 29-year-old resident of Taldykorgan, was taken to the hospital in Zharkent with a bullet wound to the arm.
On the same day the Taldykorgan city court sentenced two customs officers who had worked at Khorgos to seven years in prison for taking bribes from lorry drivers.
Almaty region police say they have recorded 46 smuggling cases in two border districts this year. The Interior Ministry in Nur-Sultan has sent a team to check the posts along the border.""",
     ann=[
        ('Zharkent', 0, 'city', 'Zharkent', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Zharkent', 1, 'city', 'Zharkent', ALR, {'note': 'the checkpoint is near the town'}),
        ('Panfilov district', 0, 'district', 'Panfilov District', ALR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'NI:destination; border crossing and village'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:neighbouring country'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': "NI:driver's residence"}),
        ('Zharkent', 2, 'city', 'Zharkent', ALR, {'note': 'NI:hospital'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:inside the name of a court'}),
        ('Khorgos', 1, 'village', 'Khorgos', ALR, {'note': "NI:officers' workplace"}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority (police)'}),
        ('two border districts', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'smuggling cases, not incidents'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={ALR: (1, 'border guards shot at a car that rammed a checkpoint near Zharkent, driver wounded (the bribery sentence is not counted)')}),

dict(id='p007', date='2025-07-08', lang='en',
     event='2025 week in Ulytau and Karaganda regions: steppe fire near Ulytau village (Ulytau district) and a miners\' pay rally in Karazhal (Ulytau Region); fatal fall at the Qarmet plant in Temirtau and two fishermen drowned off Balkhash (Karaganda Region); Zhezkazgan court jails a former Satpayev official for embezzlement; ArcelorMittal Temirtau and Qarmet not annotated',
     text="""Steppe fire, a miners' rally and a deadly fall: a week in Ulytau and Karaganda regions
ZHEZKAZGAN, July 8 (Orda.kz) - Emergency services in the Ulytau region have declared the highest fire danger level in two of its districts, Ulytau and Zhanaarka, after a steppe fire burned about 3,000 hectares of pasture last weekend.

The fire started on Friday from a burning haystack and came within 4 km of the village of Ulytau before firefighters, helped by a helicopter from Karaganda, stopped it on Saturday evening. The Ulytau mountains, a sacred place for many Kazakhs, were not damaged, the district akim said.

In Karazhal, about 200 workers of an iron ore company gathered outside its office on Monday to demand a 30% pay rise. The rally ended peacefully after the director promised talks. Karazhal, a town of 17,000 people, belonged to Karaganda region until June 2022.

The Zhezkazgan city court on Tuesday sentenced a former deputy akim of Satpayev to five years for embezzling 40 million tenge meant for a water pipeline. The money was paid out in 2021, when Satpayev was still run from Karaganda.

In the Karaganda region itself, a 46-year-old fitter died after falling from scaffolding at the Qarmet steel plant in Temirtau on Sunday, the regional labour inspectorate said. Qarmet, formerly ArcelorMittal Temirtau, has been under close state supervision since 2023.

Two fishermen drowned on Monday when their boat capsized in a squall about 2 km off Balkhash, the town on the northern shore of Lake Balkhash. Their bodies were found on Tuesday. Rescuers from Priozersk joined the search.

Officials in Astana say the government will decide in August whether to give the Ulytau region extra money for firefighting aircraft.""",
     ann=[
        ('Ulytau', 0, 'region', UR, UR, {'note': 'headline; in a list sharing "regions"'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'headline; in a list sharing "regions"'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ulytau region', 0, 'region', UR, UR),
        ('two of its districts', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'fire danger level, not an incident; both districts are named'}),
        ('Ulytau', 2, 'district', 'Ulytau District', UR, {'note': 'apposition after "two of its districts"; the fire was here, near Ulytau village'}),
        ('Zhanaarka', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:fire danger level'}),
        ('Ulytau', 3, 'village', 'Ulytau', UR, {'note': 'the fire came within 4 km of the village'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of the helicopter'}),
        ('Ulytau mountains', 0, 'facility', 'Ulytau mountains', N, {'subkind': 'mountains', 'note': 'NI:natural feature in Ulytau Region, not damaged'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'place of the rally'}),
        ('Karazhal', 1, 'city', 'Karazhal', UR, {'note': 'NI:background'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:inside the name of a court'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': "NI:official's former workplace; embezzlement is not an incident"}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:background'}),
        ('Karaganda', 3, 'city', 'Karaganda', KR, {'note': 'NI:seat of the former regional administration'}),
        ('Karaganda region', 1, 'region', KR, KR),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'fatal fall at the steel plant; the second "Temirtau" is inside the company name ArcelorMittal Temirtau and is not annotated'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'the boat capsized 2 km off the town'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'NI:natural feature'}),
        ('Priozersk', 0, 'city', 'Priozersk', KR, {'note': 'NI:origin of rescuers'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'NI:planned funding'}),
     ],
     inc={UR: (2, 'steppe fire of 3,000 ha near Ulytau village, Ulytau district; workers\' pay rally in Karazhal'),
          KR: (2, 'fatal fall of a fitter at the steel plant in Temirtau; two fishermen drowned when their boat capsized off Balkhash')}),

dict(id='p008', date='2008-04-02', lang='en',
     event='2008 fatal gas explosion in a flat in Semey (renamed from Semipalatinsk in 2007) and two fishermen drowned in the Irtysh near Beskaragai (East Kazakhstan Region before the 2022 split); Ust-Kamenogorsk dateline; son works in Kurchatov',
     text="""Gas blast kills pensioner in Semey
UST-KAMENOGORSK, April 2 (Interfax-Kazakhstan) - A gas explosion wrecked a flat on the third floor of a five-storey block in Semey on Wednesday morning, killing an 81-year-old woman and injuring three neighbours, the East Kazakhstan emergencies department said.
About 60 residents were moved out while engineers checked the walls for cracks. The woman's son, who works as a guard in Kurchatov, told reporters that the gas cooker had been leaking for weeks and that the housing office had ignored his complaints.
The city, which was called Semipalatinsk until it was renamed last year, has had four gas explosions in homes since January, according to the department.
In a separate accident on Tuesday, two fishermen drowned when their motorcycle went through the ice of the Irtysh near the village of Beskaragai, north-west of Semey. Divers recovered the bodies on Wednesday.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name of Oskemen'}),
        ('Semey', 1, 'city', 'Semey', EKR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': "NI:son's workplace"}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:former name of the city (renamed 2007)'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Beskaragai', 0, 'village', 'Beskaragai', EKR, {'note': 'centre of Beskaragai district'}),
        ('Semey', 2, 'city', 'Semey', EKR, {'note': 'NI:reference point'}),
     ],
     inc={EKR: (2, 'fatal gas explosion in a flat in Semey; two fishermen drowned in the Irtysh near Beskaragai (the four explosions since January are a statistic)')}),
]
