"""English texts of the eighty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1994-09-14', lang='en',
     event='1994 residents of Malinovka (now Akmol), Tselinograd district, block the road to Akmola over a failing water main (Akmola Region); Akmola the city (the capital from 1997, Astana) vs the Akmola regional administration; the old name Tselinograd; pipe from Pavlodar; complaints from four districts',
     text="""MALINOVKA VILLAGERS BLOCK ROAD OVER WATER CUTS
AKMOLA, Sept 14 - About 150 residents of Malinovka, a village in Tselinograd district, blocked the road to Akmola for two hours on Tuesday, demanding that the district administration repair the village's water main.
The pipe, laid in 1968 when the regional centre was still called Tselinograd, has burst eleven times since spring, villagers said. Since August water has been brought to Malinovka by tanker from Akmola twice a week.
"We pay for water we do not get," said Zinaida Kravets, a teacher at the village school. Police persuaded the crowd to disperse after cars had queued for three kilometres. No one was detained.
Bolat Seitkaliev, head of the Tselinograd district administration, told residents that 40 tonnes of pipe had been ordered from Pavlodar and would be laid before the frosts. The Akmola regional administration said that similar complaints had come from villages in four districts, and that the money for new pipes would be found in next year's budget.""",
     ann=[
        ('MALINOVKA', 0, 'village', 'Akmol', AKR, {'note': 'headline; the village renamed Akmol in the 2000s'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; Akmola, the city (Astana from 1998)'}),
        ('Malinovka', 0, 'village', 'Akmol', AKR),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Tselinograd', 1, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the city, in a historical remark'}),
        ('Malinovka', 1, 'village', 'Akmol', AKR, {'note': 'NI:water delivered by tanker'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the water tankers'}),
        ('Tselinograd district', 1, 'district', 'Tselinograd District', AKR, {'note': 'NI:inside the name of an authority'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the pipe'}),
        ('Akmola', 2, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority (regional administration); the region, not the city'}),
        ('four districts', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'NI:complaints, not incidents'}),
     ],
     inc={AKR: (1, 'villagers of Malinovka block the road to Akmola for two hours (protest)')}),

dict(id='p002', date='2005-05-20', lang='en',
     event='2005 Sayram district akim reports to Karabulak (South Kazakhstan Region before the 2018 split): a new school, gas for Karamurt and Mankent; a land dispute at a gathering in Mankent ends in a fistfight, four hurt; roof fire at the old kindergarten in Aksukent; Chimkent dateline and farm from Chimkent; Karabulak rural okrug; 12 rural okrugs',
     text="""Akim promises gas for Karamurt, a new school for Karabulak
By our correspondent
CHIMKENT, May 20 - The akim of Sayram district, Erlan Tasbolatov, spent Thursday evening in the Karabulak house of culture answering questions from about 400 residents. It was the second of his annual reports to the villages of the district.
Karabulak, with more than 30,000 people, is the largest village in South Kazakhstan Region and is often called the largest in Kazakhstan, and most questions were about its crowded schools. Tasbolatov said a 1,200-place school on Abylai Khan Street would open in September, built with 640 million tenge from the regional budget. A clinic for the Karabulak rural okrug is planned for 2006.
Residents of Karamurt, 12 kilometres away, asked why their village still has no gas while Aksukent, the district centre, was connected in 2003. The akim said the gas pipeline would reach Karamurt and Mankent by winter.
Land was the sharpest subject. At a village gathering in Mankent last month, a dispute over 60 hectares of irrigated land leased to a farm from Chimkent turned into a fistfight in which four men were injured; police opened a case. The akim told the hall that the lease would be reviewed by a district commission and that no plots would be handed out before the okrug's land list was published.
Residents also reminded him of the fire that destroyed the roof of the old kindergarten in Aksukent on May 2. Nobody was hurt.
The district, which surrounds the regional centre on three sides, has 12 rural okrugs. Tasbolatov said that roads in all of them would be patched this summer, starting with the Aksukent-Chimkent road, and that the district budget for 2005, 3.1 billion tenge, was the largest in its history. The next report will be held in Karamurt.""",
     ann=[
        ('Karamurt', 0, 'village', 'Karamurt', SKR, {'note': 'NI:headline; gas promised'}),
        ('Karabulak', 0, 'village', 'Karabulak (Sayram district)', SKR, {'note': 'NI:headline; school promised'}),
        ('CHIMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Sayram district', 0, 'district', 'Sayram District', SKR),
        ('Karabulak', 1, 'village', 'Karabulak (Sayram district)', SKR, {'note': "NI:place of the akim's report"}),
        ('Karabulak', 2, 'village', 'Karabulak (Sayram district)', SKR, {'note': 'NI:description'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'NI:description'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Abylai Khan Street', 0, 'facility', 'Abylai Khan Street (Karabulak)', SKR, {'subkind': 'street', 'note': 'NI:street named after a person; school under construction'}),
        ('Karabulak rural okrug', 0, 'district', 'Karabulak rural okrug', SKR, {'subkind': 'rural okrug', 'note': 'NI:clinic planned'}),
        ('Karamurt', 1, 'village', 'Karamurt', SKR, {'note': 'NI:residence of people asking questions'}),
        ('Aksukent', 0, 'village', 'Aksukent', SKR, {'note': 'NI:connected to gas; the district centre'}),
        ('Karamurt', 2, 'village', 'Karamurt', SKR, {'note': 'NI:gas promised'}),
        ('Mankent', 0, 'village', 'Mankent', SKR, {'note': 'NI:gas promised'}),
        ('Mankent', 1, 'village', 'Mankent', SKR, {'note': 'land dispute at a gathering ended in a fistfight'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of the farm'}),
        ('Aksukent', 1, 'village', 'Aksukent', SKR, {'note': 'roof fire at the old kindergarten on May 2'}),
        ('12 rural okrugs', 0, 'quantified', '12 rural okrugs', N, {'count': 12, 'unit': 'rural okrug', 'note': 'NI:not about incidents'}),
        ('Aksukent', 2, 'village', 'Aksukent', SKR, {'note': 'NI:road endpoint'}),
        ('Chimkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Karamurt', 3, 'village', 'Karamurt', SKR, {'note': 'NI:place of the next report'}),
     ],
     inc={SKR: (2, 'land dispute at a village gathering in Mankent ends in a fistfight, four hurt; roof fire at the old kindergarten in Aksukent on May 2')}),

dict(id='p003', date='2023-03-02', lang='en',
     event='2023 new clinic opens in Karaul, centre of Abai district of Abai Region; the district named after the poet Abai; the region created in 2022 out of East Kazakhstan; winter report: fire destroys the village club in Kaskabulak, a pensioner killed by a barn roof collapsing under snow in Kundyzdy; Karaul-Semey road closed by drifts (not counted); teachers from Pavlodar and Oskemen; the agency Abai Aqparaty',
     text="""Karaul clinic opens as Abai district counts the cost of winter
SEMEY, March 2 (Abai Aqparaty) - A new outpatient clinic with a dental room and a small laboratory opened on Wednesday in Karaul, the centre of Abai district, 180 kilometres south of Semey. Until now, residents of the district had to travel to Semey for an X-ray.
The district akim, Nurlan Sadvakasov, told the opening that the clinic had cost 1.4 billion tenge from the budget of Abai Region, which was created last June out of the south-western part of East Kazakhstan. The district, named after the poet Abai Kunanbayev, who was born in these hills, has about 12,000 residents in ten villages.
The akim also reported on a hard winter. On February 11 a fire destroyed the village club in Kaskabulak, and in Kundyzdy a pensioner died when the roof of his barn collapsed under snow. The Karaul-Semey road, he said, was closed nine times because of drifts.
Five young teachers from Pavlodar and Oskemen moved to the district this year under the state programme for graduates who go to work in villages.""",
     ann=[
        ('Karaul', 0, 'village', 'Karaul', ABR, {'note': 'NI:headline; clinic opening'}),
        ('Abai district', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'headline; district of Abai Region, named after the poet'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Karaul', 1, 'village', 'Karaul', ABR, {'note': 'NI:clinic opening'}),
        ('Abai district', 1, 'district', 'Abai District (Abai Region)', ABR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:reference point'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:destination of patients'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:the former unit of the district; the region named without "Region"'}),
        ('ten villages', 0, 'quantified', '10 villages', N, {'count': 10, 'unit': 'village', 'note': 'NI:not about incidents'}),
        ('Kaskabulak', 0, 'village', 'Kaskabulak', ABR),
        ('Kundyzdy', 0, 'village', 'Kundyzdy', ABR),
        ('Karaul', 2, 'village', 'Karaul', ABR, {'note': 'NI:road endpoint'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of teachers'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of teachers'}),
     ],
     inc={ABR: (2, 'fire destroys the village club in Kaskabulak on February 11; pensioner killed by a barn roof collapsing under snow in Kundyzdy (deadly mishap); road closures not counted')}),

dict(id='p004', date='2019-08-10', lang='en',
     event='2019 mudflow down the Kaskasu gorge floods 23 yards in Kaskasu, Tolebi district (Turkistan Region, a year after the 2018 split); the district now reports to Turkistan, not Shymkent; road to Shymkent damaged; embankments planned in two neighbouring villages; water pipe in Lenger; the district named after Tole Bi',
     text="""Mudflow floods 23 yards in Tolebi district village
LENGER, Aug 10 - A mudflow that came down the Kaskasu gorge after a night of heavy rain flooded 23 yards and two streets in the village of Kaskasu in Tolebi district of Turkistan Region early on Friday, the district akimat said. No one was hurt.
The water also damaged 800 metres of the road to Shymkent, which had been resurfaced only in June. The district akim, Kuanysh Ermekbayev, told residents gathered at the village school that the repair contractor, a firm from Shymkent, would redo the section at its own expense.
This is the first year in which the district reports to the regional akimat in Turkistan rather than in Shymkent, which became a city of republican significance last summer. Ermekbayev said that the district's budget for 2019 included money for stone embankments along the river in Kaskasu and in two neighbouring villages, Koksaek and Kemekalgan.
In Lenger, the district centre, a new water pipe to the eastern streets was switched on the same day.""",
     ann=[
        ('Tolebi district', 0, 'district', 'Tolebi District', TR, {'note': 'headline'}),
        ('LENGER', 0, 'city', 'Lenger', TR, {'note': 'dateline'}),
        ('Kaskasu gorge', 0, 'facility', 'Kaskasu gorge', N, {'subkind': 'valley', 'note': 'natural feature in Tolebi district'}),
        ('Kaskasu', 1, 'village', 'Kaskasu', TR),
        ('Tolebi district', 1, 'district', 'Tolebi District', TR),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the contractor'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR, {'note': 'NI:seat of the regional akimat'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former regional centre'}),
        ('Kaskasu', 2, 'village', 'Kaskasu', TR, {'note': 'NI:embankments planned'}),
        ('two neighbouring villages', 0, 'quantified', '2 neighbouring villages', N, {'count': 2, 'unit': 'village', 'note': 'NI:embankments planned; both named'}),
        ('Koksaek', 0, 'village', 'Koksaek', TR, {'note': 'NI:embankments planned'}),
        ('Kemekalgan', 0, 'village', 'Kemekalgan', TR, {'note': 'NI:embankments planned'}),
        ('Lenger', 0, 'city', 'Lenger', TR, {'note': 'NI:water pipe switched on; the district centre'}),
     ],
     inc={TR: (1, 'mudflow floods 23 yards and two streets in Kaskasu, Tolebi district, and damages the road')}),

dict(id='p005', date='2011-10-05', lang='en',
     event='2011 Beskainar villagers picket the Talgar district akimat over pasture sold to a developer, and a gravel truck overturns on the Talgar-Beskainar road (Almaty Region, regional centre Taldykorgan); Beskainar rural okrug council; plots near Tuzdybastau and Panfilovo; pasture disputes in Karasai and Enbekshikazakh districts; similar protests in three other regions (unattributed)',
     text="""Beskainar residents picket akimat over pasture sold to developer
TALGAR, Oct 5 - Some 200 residents of Beskainar, a mountain village in Talgar district of Almaty region, stood for three hours outside the district akimat in Talgar on Tuesday, protesting against the sale of 40 hectares of pasture to a developer who plans to build holiday cottages there.
"Our cows graze there. Where are they supposed to go, to Almaty?" asked Saule Beisenova, a member of the Beskainar rural okrug council. The villagers said the land had been auctioned without the village gathering that the law requires.
The district akim, Askar Zhumagaliev, came out to the crowd and promised that the regional land commission in Taldykorgan would check the deal. He said the district had handed out 3,100 plots for homes this year, most of them near Tuzdybastau and Panfilovo, and that disputes over pasture had also been registered in the Karasai and Enbekshikazakh districts. According to the Agriculture Ministry, villagers in three other regions have held similar protests this autumn.
A week earlier, a truck carrying gravel for a road repair overturned on the Talgar-Beskainar road; its driver was injured.""",
     ann=[
        ('Beskainar', 0, 'village', 'Beskainar', ALR, {'note': 'NI:headline; residence of the protesters'}),
        ('TALGAR', 0, 'city', 'Talgar', ALR, {'note': 'dateline'}),
        ('Beskainar', 1, 'village', 'Beskainar', ALR, {'note': 'NI:residence of the protesters'}),
        ('Talgar district', 0, 'district', 'Talgar District', ALR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Talgar', 1, 'city', 'Talgar', ALR, {'note': 'picket at the district akimat'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:rhetorical question'}),
        ('Beskainar rural okrug', 0, 'district', 'Beskainar rural okrug', ALR, {'subkind': 'rural okrug', 'note': 'NI:inside the name of an authority (okrug council)'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the regional commission; Almaty Region before 2022'}),
        ('Tuzdybastau', 0, 'village', 'Tuzdybastau', ALR, {'note': 'NI:plots handed out'}),
        ('Panfilovo', 0, 'village', 'Panfilovo (Talgar district)', ALR, {'note': 'NI:plots handed out'}),
        ('Karasai', 0, 'district', 'Karasai District', ALR, {'note': 'NI:disputes, not incidents; in a list sharing "districts"'}),
        ('Enbekshikazakh', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:disputes, not incidents; in a list sharing "districts"'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'similar protests over pasture in three unnamed regions'}),
        ('Talgar', 2, 'city', 'Talgar', ALR, {'note': 'NI:road endpoint'}),
        ('Beskainar', 3, 'village', 'Beskainar', ALR, {'note': 'NI:road endpoint'}),
     ],
     inc={ALR: (2, 'Beskainar villagers picket the Talgar district akimat; gravel truck overturns on the Talgar-Beskainar road, driver hurt')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'similar protests over pasture in three other, unnamed regions'}]),

dict(id='p006', date='2024-06-18', lang='en',
     event='2024 Eskeldi district akim reports in Karabulak (Jetisu Region since 2022, formerly Almaty Region with its centre now in Konaev): a lorry breaks through the Karatal bridge near Kaynarbulak, melt water floods 19 yards on Abai Street in Karabulak; water pipe from the Koksu river; hayfields dispute in Terekty; Koksu and Kerbulak districts; Balpyk Bi school; Karabulak of Eskeldi vs Karabulak of Sayram; Koksu river vs district',
     text="""Eskeldi akim reports: pipes, a broken bridge and a flooded street
TALDYKORGAN, June 18 (Zhetysu News) - The akim of Eskeldi district, Daulet Kenzhebekov, gave his annual report to residents on Monday in Karabulak, the district centre, 40 kilometres east of Taldykorgan. About 300 people filled the hall, and the meeting was streamed on the akimat's Facebook page.
It was the district's second report since it became part of Jetisu Region two years ago. Until June 2022 it belonged to Almaty Region, and several residents still addressed their complaints to "the regional akimat in Konaev". Kenzhebekov reminded them that the regional centre was now Taldykorgan.
The main news was water. A 14-kilometre pipe from the Koksu river now supplies Karabulak and the village of Eskeldi, and work has started on a line to Bakhtiyar. Seven of the district's 13 rural okrugs still rely partly on wells, the akim said.
Residents of Kaynarbulak asked about the bridge over the Karatal at the edge of their village, closed since a lorry broke through its deck in March. The driver was treated in Taldykorgan. A new bridge will be built by 2025 with money from the regional budget.
In April melt water flooded 19 yards on Abai Street in Karabulak after a drainage ditch clogged. The akim admitted that the ditch had not been cleaned for three years and said that the head of the housing department had been reprimanded.
Complaints about land came mostly from Terekty, where villagers said the okrug akim had given hayfields to a farm from Almaty. The akim said the deal had been cancelled by the prosecutor's office.
The neighbouring Koksu and Kerbulak districts held their reports last week. In Balpyk Bi, the centre of Koksu district, the akim promised a new school for 600 pupils by September 2025.""",
     ann=[
        ('Eskeldi', 0, 'district', 'Eskeldi District', JTR, {'note': 'headline; the district ("Eskeldi akim")'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Eskeldi district', 0, 'district', 'Eskeldi District', JTR),
        ('Karabulak', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'NI:place of the report; the district centre'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:reference point'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:the former unit of the district'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of Almaty Region'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Koksu river', 0, 'facility', 'Koksu River', N, {'subkind': 'river'}),
        ('Karabulak', 1, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'NI:water supply'}),
        ('Eskeldi', 2, 'village', 'Eskeldi', JTR, {'note': 'NI:water supply; the village, not the district'}),
        ('Bakhtiyar', 0, 'village', 'Bakhtiyar', JTR, {'note': 'NI:pipe planned'}),
        ("Seven of the district's 13 rural okrugs", 0, 'quantified', '7 rural okrugs', N, {'count': 7, 'unit': 'rural okrug', 'note': 'NI:wells, not incidents'}),
        ('Kaynarbulak', 0, 'village', 'Kaynarbulak', JTR, {'note': 'residence of residents asking about the bridge; the bridge lies near the village'}),
        ('Karatal', 0, 'facility', 'Karatal River', N, {'subkind': 'river', 'note': 'river named without "river"'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Abai Street', 0, 'facility', 'Abai Street (Karabulak, Eskeldi district)', JTR, {'subkind': 'street', 'note': 'street named after the poet; not Abai Region'}),
        ('Karabulak', 2, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'melt water floods 19 yards'}),
        ('Terekty', 0, 'village', 'Terekty (Eskeldi district)', JTR, {'note': 'NI:land complaint, not an incident'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the farm'}),
        ('Koksu', 1, 'district', 'Koksu District', JTR, {'note': 'NI:report held; in a list sharing "districts"; the district, not the river'}),
        ('Kerbulak', 0, 'district', 'Kerbulak District', JTR, {'note': 'NI:report held; in a list sharing "districts"'}),
        ('Balpyk Bi', 0, 'village', 'Balpyk Bi', JTR, {'note': 'NI:school promised; village named after a person'}),
        ('Koksu district', 0, 'district', 'Koksu District', JTR, {'note': 'NI:school promised'}),
     ],
     inc={JTR: (2, 'lorry breaks through the deck of the Karatal bridge near Kaynarbulak in March, driver hurt; melt water floods 19 yards on Abai Street in Karabulak in April')}),

dict(id='p007', date='1998-11-03', lang='en',
     event='1998 Sarkand district villages (former Taldykorgan Region, merged into Almaty Region in 1997, whose centre was then Almaty): the school of Koylyk burnt in February 1997 is still not rebuilt; residents of Koylyk stage a sit-in at the district akimat in Sarkand; clinic in Lepsy; bus to Ushtobe',
     text="""Sarkand villages still wait for the promised school
TALDYKORGAN, Nov 3 - A year and a half after Taldykorgan region was merged into Almaty region and the regional offices moved to Almaty, villages in Sarkand district say that their requests are lost on the road.
"Before, we drove 250 kilometres to Taldykorgan. Now we drive 500 to Almaty, and the answer is the same: no money," said Kanat Omarov, a farmer from Koylyk. The school in Koylyk burned down in February 1997, and its 180 pupils still study in two shifts in a former kindergarten.
The district akim, Serik Baimukhanov, told a meeting of residents in Sarkand last week that the school was in the regional budget for 1999, together with a clinic in Lepsy. He complained that the district had lost its bus service to Ushtobe and that the road to Lepsy had not been repaired since 1991.
About 30 residents of Koylyk stayed behind after the meeting and refused to leave the akimat until the akim signed a list of their demands. They went home after midnight.""",
     ann=[
        ('Sarkand', 0, 'district', 'Sarkand District', ALR, {'uncertain': True, 'note': 'headline; "Sarkand villages" read as the villages of the district; could be the town'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Taldykorgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:abolished in 1997 and merged into Almaty Region; labelled with the unit holding its land'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:merger'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of Almaty Region 1997-2001'}),
        ('Sarkand district', 0, 'district', 'Sarkand District', ALR),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:former regional centre'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:regional offices'}),
        ('Koylyk', 0, 'village', 'Koylyk', ALR, {'note': 'NI:residence'}),
        ('Koylyk', 1, 'village', 'Koylyk', ALR, {'note': 'school burnt down in February 1997 (background)'}),
        ('Sarkand', 2, 'city', 'Sarkand', ALR, {'note': 'meeting and sit-in at the district akimat in the town'}),
        ('Lepsy', 0, 'village', 'Lepsy', ALR, {'note': 'NI:clinic planned'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:bus destination'}),
        ('Lepsy', 1, 'village', 'Lepsy', ALR, {'note': 'NI:road not repaired'}),
        ('Koylyk', 2, 'village', 'Koylyk', ALR, {'note': 'NI:residence of the protesters'}),
     ],
     inc={ALR: (2, 'school in Koylyk burnt down in February 1997 (background narrated explicitly); sit-in of Koylyk residents at the district akimat in Sarkand')}),

dict(id='p008', date='2026-02-10', lang='en',
     event='2026 boiler house fire leaves the school in Atasu, centre of Zhanaarka district, without heating (Ulytau Region; the district moved from Karaganda Region in 2022); distances to Zhezkazgan and Karaganda; parents from Kyzyltau and Tugiskhen; 18 villages',
     text="""Boiler fire leaves Atasu school cold for three days
ZHEZKAZGAN, Feb 10 - Classes at the school in Atasu, the centre of Zhanaarka district in Ulytau Region, resumed on Monday after a fire in its boiler house on Thursday night had left 640 pupils without heating. Firefighters put it out in an hour; no one was hurt.
The district akim, Marat Zhaksylykov, said at a meeting with parents that a modular boiler would be installed by March with money from the district's reserve. Zhanaarka district was transferred from Karaganda Region to the new Ulytau Region in 2022, and the akim said that the regional centre in Zhezkazgan was now "closer in budget, if not in kilometres": Zhezkazgan is about 420 kilometres from Atasu, against 250 to Karaganda.
Parents from the villages of Kyzyltau and Tugiskhen, whose children travel to Atasu by school bus, asked for the route to be cleared of snow more often. The akim replied that the district had only four graders for 18 villages.""",
     ann=[
        ('Atasu', 0, 'village', 'Atasu', UR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Atasu', 1, 'village', 'Atasu', UR),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Zhanaarka district', 1, 'district', 'Zhanaarka District', UR, {'note': 'NI:administrative history'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:the former unit of the district'}),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': 'NI:administrative history'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the region'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:distance'}),
        ('Atasu', 2, 'village', 'Atasu', UR, {'note': 'NI:distance'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:distance'}),
        ('Kyzyltau', 0, 'village', 'Kyzyltau (Zhanaarka district)', UR, {'note': 'NI:residence of parents'}),
        ('Tugiskhen', 0, 'village', 'Tugiskhen', UR, {'note': 'NI:residence of parents'}),
        ('Atasu', 3, 'village', 'Atasu', UR, {'note': 'NI:school bus destination'}),
        ('18 villages', 0, 'quantified', '18 villages', N, {'count': 18, 'unit': 'village', 'note': 'NI:not about incidents'}),
     ],
     inc={UR: (1, 'fire in the boiler house of the school in Atasu, Zhanaarka district')}),
]
