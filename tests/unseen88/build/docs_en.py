"""English texts of the eighty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2022-07-14', lang='en',
     event='2022 road blockade by Akzhal villagers (Zharma district) against a gold mine tailings pond and a fire at the Semey landfill (Abai Region, five weeks after its creation); picket against tailings dust in Ridder (East Kazakhstan Region); court case of Belousovka residents in Oskemen, fines and an online petition not counted; ministry in Nur-Sultan',
     text="""Abai region villagers block mine road as tailings protests spread
SEMEY, July 14 (Reuters) - About 80 residents of the village of Akzhal in Zharma district stood across the only road to a nearby gold mine on Thursday morning, demanding that its operator stop pumping waste into a tailings pond they say has spoiled their wells. They left after six hours of talks with police, the Abai regional police department said. Nobody was detained.

It was the first road blockade in the Abai region since it was carved out of East Kazakhstan on June 8, with Semey as its administrative centre. "We were told the new region would listen to villages like ours," said Gulnar Sadykova, a teacher in Akzhal. "Instead they send inspectors who drink tea with the managers."

Late on Wednesday a fire broke out at the Semey city landfill on the left bank of the Irtysh, and smoke drifted over the eastern suburbs until morning. Firefighters took nine hours to put it out; residents say the dump has burned three times since spring.

In Ridder, which stays in East Kazakhstan region, some 40 people picketed the town akimat on Tuesday over dust blown from an old tailings dump on the edge of town. Further south, the regional court in Oskemen opened hearings on Wednesday in a lawsuit brought by 212 residents of Belousovka, in Glubokoe district, who want the owner of a copper concentrator to pay for a new water pipe.

The Abai regional ecology department said its inspectors had checked mines in two districts, Zharma and Ayagoz, and fined one operator 14 million tenge. An online petition started by activists in Almaty, calling for a moratorium on new tailings ponds across Kazakhstan, had gathered 9,000 signatures by Thursday. The ecology ministry in Nur-Sultan said it would send a commission to the region next week.""",
     ann=[
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Akzhal', 0, 'village', 'Akzhal (Zharma district)', ABR, {'note': 'road blockade'}),
        ('Zharma district', 0, 'district', 'Zharma District', ABR),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority (regional police department)'}),
        ('Abai region', 1, 'region', ABR, ABR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:the region Abai Region was carved out of'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:administrative centre of the new region'}),
        ('Akzhal', 1, 'village', 'Akzhal (Zharma district)', ABR, {'note': "NI:speaker's residence"}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'landfill fire'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'picket at the town akimat'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the court hearing a lawsuit'}),
        ('Belousovka', 0, 'village', 'Belousovka', EKR, {'note': "NI:plaintiffs' residence"}),
        ('Glubokoe district', 0, 'district', 'Glubokoe District', EKR, {'note': 'NI:plaintiffs\' residence'}),
        ('Abai', 3, 'region', ABR, ABR, {'note': 'inside the name of an authority (regional ecology department)'}),
        ('two districts', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'inspections, not incidents; both named'}),
        ('Zharma', 1, 'district', 'Zharma District', ABR, {'note': 'NI:inspection; bare name after "two districts"'}),
        ('Ayagoz', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:inspection; bare name after "two districts", the district, not the town'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of activists running an online petition'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={ABR: (2, 'road blockade by Akzhal villagers, Zharma district; fire at the Semey city landfill'),
          EKR: (1, 'picket at the Ridder town akimat over tailings dust; the Oskemen lawsuit is a court case, not counted')}),

dict(id='p002', date='1994-06-08', lang='en',
     event='1994 picket by residents of Glubokoye at the East Kazakhstan regional administration in Ust-Kamenogorsk against fumes of the copper smelter (East Kazakhstan Region); Leninogorsk (Ridder) and Russia mentioned',
     text="""Glubokoye villagers picket over smelter fumes
UST-KAMENOGORSK, June 8 (Interfax) - Around 150 residents of the settlement of Glubokoye picketed the East Kazakhstan regional administration in Ust-Kamenogorsk on Wednesday, demanding that the copper smelter on the edge of their settlement be shut until it installs new filters.
Protesters carried jars of grey snow collected in the winter and a banner reading "Let us breathe". Their spokesman, Viktor Lapin, said children in Glubokoye fall ill twice as often as elsewhere in the region.
A deputy head of the administration promised an inspection by the regional ecology committee within a month. The smelter's director told Interfax that output had already halved since 1991 because of unpaid orders from Russia, and that closing the plant would leave 2,000 people without work.
The Irtysh, which flows past both the smelter and Ust-Kamenogorsk, also receives waste water from the lead and zinc works in Leninogorsk, environmentalists say.""",
     ann=[
        ('Glubokoye', 0, 'village', 'Glubokoe', EKR, {'note': "NI:headline, protesters' residence"}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name of Oskemen'}),
        ('Glubokoye', 1, 'village', 'Glubokoe', EKR, {'note': "NI:protesters' residence; settlement"}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority (regional administration), the picket site'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'picket site'}),
        ('Glubokoye', 2, 'village', 'Glubokoe', EKR, {'note': "NI:speaker's statistic"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:customers'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:reference point on the river'}),
        ('Leninogorsk', 0, 'city', 'Ridder', EKR, {'note': 'NI:source of waste water; Soviet name of Ridder (renamed 2002)'}),
     ],
     inc={EKR: (1, 'picket of Glubokoye residents at the regional administration in Ust-Kamenogorsk')}),

dict(id='p003', date='2018-03-14', lang='en',
     event='2018 picket of Al-Farabi district residents at the Shymkent city akimat over lead plant tailings (South Kazakhstan Region before the 2018 split); waste dumps in Kentau and Tekeli, prosecutors in Astana and a court claim not counted',
     text="""Shymkent residents picket over lead plant slag
SHYMKENT, March 14 (KazTAG) - About 60 residents of the Al-Farabi district of Shymkent held a picket outside the city akimat on Wednesday, demanding that the slag heaps of the old lead plant be covered before the windy season starts.
The heaps, left on the northern edge of the city after the plant stopped work in 2008, have not been moved despite a promise by the South Kazakhstan regional akimat in 2015. "Every spring the dust comes through the windows," said pensioner Saule Ermekova.
The South Kazakhstan ecology department said it had fined the owner 3.2 million tenge in February. Activists said the same owner also holds waste dumps in Kentau and Tekeli, and asked prosecutors in Astana to check all three sites.
The picket ended peacefully after two hours. A court in Shymkent is due on March 20 to hear a claim by 34 households seeking compensation for spoiled gardens.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': "NI:protesters' residence"}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'picket at the city akimat'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('South Kazakhstan', 1, 'region', SKR, SKR, {'note': 'inside the name of an authority (ecology department)'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:site of a waste dump'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'NI:site of a waste dump; Almaty Region in 2018'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of prosecutors'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:seat of a court'}),
     ],
     inc={SKR: (1, 'picket outside the Shymkent city akimat; the court claim is not counted')}),

dict(id='p004', date='2019-09-18', lang='en',
     event='2019 fire at the main landfill of Nur-Sultan (Astana) and protests against a waste sorting plant by Koyandy villagers (Tselinograd district): a road blockade in Koyandy and a picket at the Akmola regional akimat in Kokshetau (Akmola Region); Stepnogorsk tailings, a Temirtau petition and a court ruling not counted; the akim of the Koyandy rural okrug; the company Yesil Recycling',
     text="""Nur-Sultan landfill fire and village protests put waste plans under fire
NUR-SULTAN, Sept 18 (Kazinform) - A fire that broke out on Tuesday night at the capital's main landfill, off the road to Karaganda, was put out only on Wednesday afternoon after 26 hours, the city emergencies department said. Smoke reached the Baikonur and Almaty districts of Nur-Sultan, and the akimat advised residents of the left bank to keep their windows shut.

The blaze came as a row over a new waste sorting plant in Tselinograd district reached the regional authorities. On Monday about 70 residents of the village of Koyandy, 15 km east of the capital, blocked the village road for two hours to stop lorries of the contractor, Yesil Recycling LLP, from bringing equipment to the site. On Wednesday a group of them travelled to Kokshetau and picketed the Akmola regional akimat.

"Nobody asked us. The hearings were held in a room for 20 people on a working day," said Yerlan Tokenov, one of the organisers. The akimat of Tselinograd district says public hearings were held in August "in full compliance with the law". The akim of the Koyandy rural okrug said he had passed the villagers' complaint on to the district.

Elsewhere in the region, residents of Stepnogorsk have asked prosecutors to check the town's uranium tailings after a video showed children playing near the broken fence. An inspection by the regional ecology department is planned for October; no protest has been announced.

In Karaganda region, residents of Temirtau have collected 4,000 signatures for a petition demanding that the steel works cut emissions, and in Nur-Sultan a district court on Tuesday dismissed a claim by Koyandy villagers against the sorting plant's permit.

The ecology ministry said sorting plants were planned in 12 regions by 2025. Its spokesman admitted that the landfills of the capital and Almaty "were built in Soviet times and are full".""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint, reference point'}),
        ('Baikonur', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'in a list sharing "districts"; district of the capital, not the cosmodrome; smoke, part of the landfill fire'}),
        ('Almaty', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'in a list sharing "districts"; district of the capital, not the city or region of Almaty'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana'),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR, {'note': 'site of the planned plant; not the old name of the capital'}),
        ('Koyandy', 0, 'village', 'Koyandy', AKR, {'note': 'road blockade'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'picket at the regional akimat'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (regional akimat), the picket site'}),
        ('Tselinograd district', 1, 'district', 'Tselinograd District', AKR, {'note': 'inside the name of an authority (district akimat)'}),
        ('Koyandy rural okrug', 0, 'district', 'Koyandy Rural Okrug', AKR, {'subkind': 'rural okrug', 'note': 'inside the name of an official post (akim)'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:request to prosecutors, planned inspection'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:petition'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:petition'}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:seat of a court'}),
        ('Koyandy', 2, 'village', 'Koyandy', AKR, {'note': "NI:plaintiffs' residence"}),
        ('12 regions', 0, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'planned plants, not incidents'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:landfills in general, no incident'}),
     ],
     inc={'Astana': (1, "fire at the capital's main landfill, 26 hours; smoke in two districts is part of it"),
          AKR: (2, 'road blockade by Koyandy villagers (Monday); picket at the Akmola regional akimat in Kokshetau (Wednesday)')}),

dict(id='p005', date='2008-05-20', lang='en',
     event='2008 rally in Talgar against a gravel quarry on the Talgar river (Almaty Region); licence from the regional akimat in Taldykorgan (Almaty Region before the 2022 split); villages Beskainar and Kyzylkairat join a petition',
     text="""Talgar residents rally against gravel quarry on river
TALGAR, May 20 (Interfax-Kazakhstan) - Several hundred residents of Talgar, a town 25 km east of Almaty, rallied in the central square on Tuesday against a gravel quarry in the bed of the Talgar river, which they say has undermined the banks and raised the risk of mudflows.
"The river bed is our protection from mudflows, and they are digging it away truck by truck," said local deputy Askar Nurlanov.
The quarry operator holds a licence issued by the Almaty regional akimat in Taldykorgan. Residents have sent a petition with 3,100 signatures to the regional akim and to prosecutors. Villagers in Beskainar and Kyzylkairat, upstream in Talgar district, have joined the campaign.
The regional ecology department said an inspection in April had found violations and fined the company 800,000 tenge, but the licence remains valid until 2011.""",
     ann=[
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'headline'}),
        ('TALGAR', 0, 'city', 'Talgar', ALR, {'note': 'dateline'}),
        ('Talgar', 1, 'city', 'Talgar', ALR, {'note': 'rally in the central square'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Talgar river', 0, 'facility', 'Talgar River', N, {'subkind': 'river'}),
        ('Almaty', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the regional akimat; Almaty Region before 2022-06-08'}),
        ('Beskainar', 0, 'village', 'Beskainar', ALR, {'note': 'NI:villagers joining a petition'}),
        ('Kyzylkairat', 0, 'village', 'Kyzylkairat', ALR, {'note': 'NI:villagers joining a petition'}),
        ('Talgar district', 0, 'district', 'Talgar District', ALR, {'note': 'NI:petition'}),
     ],
     inc={ALR: (1, 'rally in the central square of Talgar against the quarry; petition and fine not counted')}),

dict(id='p006', date='2012-10-11', lang='en',
     event='2012 rally of Shetpe villagers outside the Mangistau district akimat against cement plant dust (Mangystau Region); fine by a court in Aktau; filters from Germany; clinker lorries to Beineu and Zhanaozen',
     text="""Shetpe villagers rally over cement dust after court fines plant
AKTAU, Oct 11 (Tengrinews) - About 200 residents of Shetpe, the centre of Mangistau district, gathered outside the district akimat on Thursday to demand that the cement plant on the edge of the village fit new filters. Grey dust covers roofs, vegetable gardens and the school yard, they said.
The rally came two days after a specialised administrative court in Aktau fined the plant 5.6 million tenge following an inspection by the Mangystau regional ecology department. Plant managers said new filters had been ordered from Germany and would be fitted by spring.
"They said the same thing last year," said Aigul Zhaksylykova, a mother of four. Villagers also complained about lorries that carry clinker to Beineu and Zhanaozen through the village at night.""",
     ann=[
        ('Shetpe', 0, 'village', 'Shetpe', MR, {'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Shetpe', 1, 'village', 'Shetpe', MR, {'note': 'rally outside the district akimat'}),
        ('Mangistau district', 0, 'district', 'Mangystau District', MR, {'note': 'the district, not the region'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:seat of the court that fined the plant'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside the name of an authority (regional ecology department)'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:origin of filters'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:destination of lorries'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:destination of lorries'}),
     ],
     inc={MR: (1, 'rally of about 200 residents outside the Mangistau district akimat in Shetpe; the court fine is not counted')}),

dict(id='p007', date='2024-10-08', lang='en',
     event='2024 weekly round-up: rally against tailings dust in Satpayev (Ulytau Region), single pickets at the steel works in Temirtau (Karaganda Region), a two-day landfill fire in Tekeli (Jetisu Region), a blockade of the Almaty-Bishkek highway by residents of Kaskelen and Shamalgan against a quarry (Karasai district, Almaty Region); a called-off picket in Zhezkazgan and heated hearings in Stepnogorsk not counted; pickets in two more, unnamed regions (unattributed)',
     text="""Week of protests: dust, smoke and quarries from Satpayev to Kaskelen
ALMATY, Oct 8 (Vlast.kz) - Residents of at least five regions took to the streets or wrote to the authorities last week over pollution near their homes. Here is what happened.

Satpayev. On Monday about 120 people gathered outside the town akimat in Satpayev, in Ulytau region, to protest against dust from a tailings dump of the copper concentrator. Three of them were later fined for an unsanctioned rally. The Ulytau regional ecology department promised to water the dump daily until the snow falls. A similar picket in Zhezkazgan, the regional centre, was called off after the akim agreed to meet the activists.

Temirtau. On Wednesday a dozen residents of the Karaganda region's steel town stood in single pickets near the main gate of the plant, holding photos of the black snow of last winter. Police did not intervene.

Tekeli. In Jetisu region, a fire at the town landfill in Tekeli burned for two days and smoke reached the upper part of town. The regional emergencies department said the fire was put out on Thursday; residents have started a petition demanding that the dump be moved.

Kaskelen. In Almaty region, residents of Kaskelen and the nearby village of Shamalgan blocked the Almaty-Bishkek highway for 40 minutes on Friday to protest against a crushed-stone quarry on the hills above the town. Five people were detained and released the same evening. The Karasai district akimat said the quarry's licence was under review.

Stepnogorsk. In Akmola region, public hearings on a new sulphuric acid plant in Stepnogorsk ended in shouting but no vote; a second hearing is set for November.

The ecology ministry in Astana said it had received 310 complaints about air pollution from seven regions since September. It also counted pickets in two more regions, which it did not name.""",
     ann=[
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'headline'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': '"at least five regions"; all five are named below'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'section heading'}),
        ('Satpayev', 2, 'city', 'Satpayev', UR, {'note': 'rally at the town akimat'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'Ulytau Region since 2022-06-08'}),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'inside the name of an authority (regional ecology department)'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:picket called off'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'section heading; single pickets at the steel works'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'possessive'}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': 'section heading; Jetisu Region since 2022-06-08'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Tekeli', 1, 'city', 'Tekeli', JTR, {'note': 'landfill fire'}),
        ('Kaskelen', 1, 'city', 'Kaskelen', ALR, {'note': 'section heading'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Kaskelen', 2, 'city', 'Kaskelen', ALR, {'note': 'residents blocking a highway near the town'}),
        ('Shamalgan', 0, 'village', 'Shamalgan', ALR),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Karasai district', 0, 'district', 'Karasai District', ALR, {'note': 'inside the name of an authority (district akimat)'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:section heading, public hearing'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'NI:public hearing'}),
        ('Stepnogorsk', 1, 'city', 'Stepnogorsk', AKR, {'note': 'NI:public hearing that ended in shouting, not a protest'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'complaints, not incidents'}),
        ('two more regions', 0, 'quantified', '2 more regions', N, {'count': 2, 'unit': 'region', 'note': 'pickets in two unnamed regions'}),
     ],
     inc={UR: (1, 'rally of about 120 people outside the Satpayev town akimat; the Zhezkazgan picket was called off'),
          KR: (1, 'single pickets by a dozen residents at the steel works gate in Temirtau, one protest'),
          JTR: (1, 'two-day fire at the Tekeli town landfill'),
          ALR: (1, 'blockade of the Almaty-Bishkek highway near Kaskelen by residents of Kaskelen and Shamalgan, five detained')},
     unatt=[{'label': 'two more regions', 'count': 2, 'note': 'pickets in two more regions that the ministry did not name'}]),

dict(id='p008', date='2001-08-23', lang='en',
     event='2001 picket of Berezovka villagers at the Burlin district akimat in Aksai demanding resettlement from the Karachaganak field (West Kazakhstan Region); health survey for Berezovka and Bestau; groups in Uralsk and Orenburg (Russia); the person Oral Kenzhebayev',
     text="""Berezovka villagers picket over gas field emissions
AKSAI, Aug 23 (Reuters) - Residents of Berezovka, a village about 5 km from the Karachaganak gas condensate field in West Kazakhstan, picketed the Burlin district akimat in Aksai on Thursday, demanding to be resettled.
Some 50 villagers, most of them women, held placards reading "Move us or close the flares". They say the air smells of rotten eggs after every flaring and that headaches and nosebleeds have become common among children. "We are not against the field. We are against living next to it," said Oral Kenzhebayev, a retired tractor driver.
The field's operator, an international consortium, says its monitoring shows emissions within permitted limits. The regional akimat in Uralsk has ordered a health survey of Berezovka and neighbouring Bestau, and a laboratory from Almaty is due to take samples next month.
Environmental groups in Uralsk and in Orenburg, across the border in Russia, have written to the government in Astana in support of the villagers.""",
     ann=[
        ('Berezovka', 0, 'village', 'Berezovka (Burlin district)', WKR, {'note': "NI:headline, protesters' residence"}),
        ('AKSAI', 0, 'city', 'Aksai', WKR, {'note': 'dateline'}),
        ('Berezovka', 1, 'village', 'Berezovka (Burlin district)', WKR, {'note': "NI:protesters' residence"}),
        ('Karachaganak', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'oil and gas field', 'note': 'NI:reference point'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'NI:location of the field'}),
        ('Burlin district', 0, 'district', 'Burlin District', WKR, {'note': 'inside the name of an authority (district akimat), the picket site'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'picket site'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:seat of the regional akimat; Russian name of Oral'}),
        ('Berezovka', 2, 'village', 'Berezovka (Burlin district)', WKR, {'note': 'NI:health survey'}),
        ('Bestau', 0, 'village', 'Bestau', WKR, {'note': 'NI:health survey'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a laboratory'}),
        ('Uralsk', 1, 'city', 'Oral', WKR, {'note': 'NI:seat of environmental groups'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:seat of environmental groups'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
     ],
     inc={WKR: (1, 'picket of about 50 Berezovka villagers at the Burlin district akimat in Aksai')}),
]
