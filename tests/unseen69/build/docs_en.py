"""English texts of the sixty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2018-03-22', lang='en',
     event='2018 Nauryz: a yurt fire on Ordabasy Square in Shymkent and a kokpar rider hurt in Shornak near Turkistan (South Kazakhstan Region three months before the split), a stand collapse at a wrestling tournament in Kyzylorda; quiet celebrations in Astana and Almaty; Ordabasy the square vs the district; "all 14 regions"',
     text="""Nauryz in the south: yurt fire in Shymkent, kokpar rider hurt near Turkistan
SHYMKENT, March 22 (Kazinform) - Tens of thousands of people filled Ordabasy Square in Shymkent on Thursday for the main Nauryz festivities of South Kazakhstan Region, but the celebration was marred shortly after noon when one of the 40 yurts pitched around the square caught fire.
Firefighters put the blaze out within 15 minutes. A cook who had been boiling nauryz kozhe over a gas burner inside the yurt was treated for burns, the regional emergencies department said. "The felt went up like paper," said a stallholder who had come from Sairam.
In Turkistan, about 160 km to the north-west, crowds gathered in front of the Khoja Ahmed Yasawi Mausoleum, where the town akimat staged a costumed procession of medieval caravan traders. Outside the town, a kokpar match in the village of Shornak ended badly: a rider from Kentau fell under a horse and was taken to hospital in Turkistan with a broken pelvis.
Ordabasy district, which shares its name with the Shymkent square, held its horse races in Temirlan without incident, the district akimat said.
Further down the Syr Darya, in Kyzylorda, part of a wooden stand at the central stadium gave way during a wrestling tournament, and four spectators were slightly hurt. The organisers, the Kyzylorda regional sports department, said the stand had been built for the holiday and had not been inspected.
In the north, Astana marked the holiday on the EXPO grounds. Around 30,000 people came, police said, and no incidents were recorded. In Almaty, where the festivities on the Old Square went ahead despite rain, the city akimat served pilaf from 50 cauldrons.
The Ministry of Culture said festive events were held in all 14 regions of Kazakhstan. Guests from Turkey, Azerbaijan and Uzbekistan joined the celebrations in Shymkent and Turkistan.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Turkistan', 0, 'city', 'Turkistan', SKR, {'note': 'headline; reference point for the kokpar accident'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Ordabasy Square', 0, 'facility', 'Ordabasy Square (Shymkent)', SKR, {'subkind': 'square'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'NI:the festivities of the region'}),
        ('Sairam', 0, 'village', 'Sayram', SKR, {'note': "NI:stallholder's origin"}),
        ('Turkistan', 1, 'city', 'Turkistan', SKR, {'note': 'NI:no incident in the town itself'}),
        ('Khoja Ahmed Yasawi Mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum (Turkistan)', SKR, {'subkind': 'mausoleum', 'note': 'NI:procession'}),
        ('Shornak', 0, 'village', 'Shornak', SKR, {'note': 'village outside Turkistan'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': "NI:rider's origin"}),
        ('Turkistan', 2, 'city', 'Turkistan', SKR, {'note': 'NI:hospital town'}),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', SKR, {'note': 'NI:no incident; shares its name with the square'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:reference in "the Shymkent square"'}),
        ('Temirlan', 0, 'village', 'Temirlan', SKR, {'note': 'NI:centre of Ordabasy district, no incident'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR),
        ('Kyzylorda', 1, 'region', KZR, KZR, {'note': 'inside the name of an authority (regional sports department); bare name'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:no incidents'}),
        ('EXPO grounds', 0, 'facility', 'EXPO grounds (Astana)', 'Astana', {'note': 'NI:no incidents'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:no incident'}),
        ('Old Square', 0, 'facility', 'Old Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:no incident'}),
        ('all 14 regions', 0, 'quantified', 'all 14 regions', N, {'count': 14, 'unit': 'region', 'quantifier': 'all', 'note': 'not about incidents; 14 regions before 2018-06-19'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': "NI:guests' origin"}),
        ('Azerbaijan', 0, 'foreign', 'Azerbaijan', N, {'note': "NI:guests' origin"}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:guests' origin"}),
        ('Shymkent', 3, 'city', 'Shymkent', SKR, {'note': 'NI:guests at the celebrations'}),
        ('Turkistan', 3, 'city', 'Turkistan', SKR, {'note': 'NI:guests at the celebrations'}),
     ],
     inc={SKR: (2, 'yurt fire on Ordabasy Square in Shymkent (cook burnt); kokpar rider fell under a horse in Shornak near Turkistan'),
          KZR: (1, 'wooden stand gave way at the central stadium in Kyzylorda, four spectators hurt')}),

dict(id='p002', date='1998-06-11', lang='en',
     event='1998 presentation of the new capital Astana (called Akmola until May 1998): a firework rocket hits spectators on the Ishim embankment, five hurt; a boy from Karaganda among the injured; delegations from Russia, China and Turkey; fireworks bought in Beijing',
     text="""Stray rocket hurts five at Astana's presentation gala
ASTANA, June 11 (Reuters) - Five spectators were hurt late on Wednesday when a firework rocket veered into the crowd on the embankment of the Ishim during the gala that presented Kazakhstan's new capital to foreign guests, city doctors said.
The city, which was called Akmola until early May, has hosted three days of concerts, horse races and receptions for delegations from about 40 countries, among them Russia, China and Turkey. Thousands of visitors arrived by special trains from Almaty, which remains the country's largest city and its business centre.
A 12-year-old boy from Karaganda, who had come with a school choir, was among the injured. He was treated for burns to his arm and released. The other four, all local residents, were kept in hospital overnight.
The organisers said the fireworks had been bought from a firm in Beijing and that the rocket had been launched from a barge that drifted in the current. "Nobody expected the barge to move," an official of the city akimat said.
President Nursultan Nazarbayev, who addressed the crowd an hour before the display, did not comment on the accident.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ishim', 0, 'facility', 'Ishim River', N, {'subkind': 'river', 'note': 'the firework hit spectators on its embankment in Astana'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (until May 1998); the city, not Akmola Region'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:delegations'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:delegations'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:delegations'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:visitors' origin"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:boy's origin"}),
        ('Beijing', 0, 'foreign', 'Beijing', N, {'note': 'NI:where the fireworks were bought'}),
     ],
     inc={'Astana': (1, 'firework rocket veered into the crowd on the Ishim embankment, five hurt')}),

dict(id='p003', date='2021-08-16', lang='en',
     event='2021 bus carrying pilgrims from Atyrau to the Beket-Ata underground mosque overturns near Senek (Karakiyan district, Mangystau Region), two dead; injured taken to Zhanaozen and flown to Aktau; the pilgrim route via Shopan-Ata and Shakpak-Ata; background: July 2021 minibus of worshippers from Shymkent hits a tractor near the Domalak Ana mausoleum (Baidibek district, Turkistan Region); order from the ministry in Nur-Sultan; the tour firm "Atyrau Sapar" not a place',
     text="""Two dead as pilgrims' bus overturns on the road to Beket-Ata
AKTAU, Aug 16 (Kazinform) - Two women were killed and 19 people injured on Sunday morning when a bus carrying pilgrims to the Beket-Ata underground mosque overturned on a gravel stretch of road near the village of Senek in Mangystau region, the regional police department said.
The bus, chartered by the tour firm Atyrau Sapar, had left Atyrau on Saturday evening with 41 passengers. According to police, the driver lost control on a bend about 30 km past Senek, and the vehicle rolled twice before coming to rest on its side.
Eleven of the injured were taken to the central hospital in Zhanaozen. Three, including a 9-year-old girl, were flown by air ambulance to the regional hospital in Aktau. The two women who died were from the Makhambet district of Atyrau region.
The Beket-Ata complex, cut into a chalk cliff in Oglandy valley, draws tens of thousands of pilgrims each summer. Most groups also stop at the Shopan-Ata necropolis near Senek and the Shakpak-Ata mosque on the Tupkaragan peninsula. The Karakiyan district akimat said it would grade the road before the autumn season.
It is the second crash involving pilgrims in Kazakhstan this summer. On July 24, a minibus carrying worshippers from Shymkent to the Domalak Ana mausoleum in Baidibek district of Turkistan region ran into a tractor on the unlit road, injuring six. The minibus driver was fined.
On Monday, the transport ministry in Nur-Sultan ordered checks of all tour buses in Mangystau, Atyrau and Turkistan regions and asked travel agencies to stop night trips to holy sites. "Pilgrims are often elderly people who cannot protect themselves in a crash," Deputy Minister Berik Kamaliyev said.
Travel firms in Uzbekistan and Turkmenistan, which send groups of pilgrims to Mangystau across the border, were told to follow the same rules.""",
     ann=[
        ('Beket-Ata', 0, 'facility', 'Beket-Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'headline; NI:destination'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Beket-Ata underground mosque', 0, 'facility', 'Beket-Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'NI:destination'}),
        ('Senek', 0, 'village', 'Senek', MR, {'note': 'Karakiyan district; the crash site'}),
        ('Mangystau region', 0, 'region', MR, MR),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:departure point'}),
        ('Senek', 1, 'village', 'Senek', MR, {'note': 'reference point for the crash (30 km past Senek)'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:hospital town'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital town'}),
        ('Makhambet district', 0, 'district', 'Makhambet District', ATR, {'note': "NI:victims' residence"}),
        ('Atyrau region', 0, 'region', ATR, ATR, {'note': "NI:victims' residence"}),
        ('Beket-Ata complex', 0, 'facility', 'Beket-Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'NI:the complex, background'}),
        ('Oglandy valley', 0, 'facility', 'Oglandy valley', N, {'subkind': 'valley', 'note': 'natural feature in Mangystau Region'}),
        ('Shopan-Ata necropolis', 0, 'facility', 'Shopan-Ata necropolis', MR, {'subkind': 'necropolis', 'note': 'NI:background'}),
        ('Senek', 2, 'village', 'Senek', MR, {'note': 'NI:reference point'}),
        ('Shakpak-Ata mosque', 0, 'facility', 'Shakpak-Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'NI:background'}),
        ('Tupkaragan peninsula', 0, 'facility', 'Tupkaragan peninsula', N, {'subkind': 'peninsula', 'note': 'natural feature in Mangystau Region'}),
        ('Karakiyan district', 0, 'district', 'Karakiyan District', MR, {'note': 'inside the name of an authority (district akimat)'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:worshippers' origin"}),
        ('Domalak Ana mausoleum', 0, 'facility', 'Domalak Ana mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:destination'}),
        ('Baidibek district', 0, 'district', 'Baidibek District', TR, {'note': 'the minibus crash on the road in the district'}),
        ('Turkistan region', 0, 'region', TR, TR),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Mangystau', 1, 'region', MR, MR, {'note': 'NI:bus checks; in a list sharing "regions"'}),
        ('Atyrau', 3, 'region', ATR, ATR, {'note': 'NI:bus checks; in a list sharing "regions"'}),
        ('Turkistan', 1, 'region', TR, TR, {'note': 'NI:bus checks; in a list sharing "regions"'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:travel firms'}),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:travel firms'}),
        ('Mangystau', 2, 'region', MR, MR, {'note': 'NI:destination of foreign pilgrims; bare region name'}),
     ],
     inc={MR: (1, 'pilgrims\' bus overturned near Senek, Karakiyan district, two dead and 19 hurt'),
          TR: (1, 'background, narrated: July 24 minibus of worshippers hit a tractor in Baidibek district, six hurt')}),

dict(id='p004', date='2022-06-27', lang='en',
     event='2022 City Day in Taldykorgan, 19 days after it became the centre of the new Jetisu Region: a lighting truss falls on the stage, three hurt; fans from Tekeli and Ushtobe; Almaty Region no longer includes the town; the band from Almaty',
     text="""Lighting rig falls on stage at Taldykorgan City Day concert
TALDYKORGAN, June 27 (Vlast.kz) - Three people were injured on Sunday night when a lighting truss collapsed onto the stage during the City Day concert on the central square of Taldykorgan, the emergencies department of Jetisu region said.
A sound engineer and two dancers were taken to the regional hospital with head and back injuries. The singer, who had arrived from Almaty that afternoon, was not hurt. About 8,000 people, many of them from Tekeli and Ushtobe, were watching when the rig came down; the crowd left the square calmly, police said.
It was the first City Day since Taldykorgan became the administrative centre of Jetisu, one of three regions created on June 8. Until this month the town was the centre of Almaty region, whose akimat is moving to Konaev.
Prosecutors have opened a case over the safety of the stage, which was assembled by a contractor from Kaskelen.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:singer's origin"}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': "NI:spectators' origin"}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': "NI:spectators' origin"}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'NI:background; bare region name'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three regions created on 2022-06-08; not about incidents'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:background; the former region of the town'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of the Almaty region akimat'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': "NI:contractor's base"}),
     ],
     inc={JTR: (1, 'lighting truss fell onto the City Day stage in Taldykorgan, three hurt')}),

dict(id='p005', date='2012-11-19', lang='en',
     event='2012 fire at the Korean cultural centre on Kazakhstan Street in Ust-Kamenogorsk (East Kazakhstan Region); the ensemble\'s concert at the Friendship House in Semey (East Kazakhstan Region before 2022) postponed; costumes from Seoul; the street named Kazakhstan is not the country',
     text="""Fire guts costume store of Korean cultural centre in Ust-Kamenogorsk
UST-KAMENOGORSK, Nov 19 (KazTAG) - A fire broke out overnight in the building of the Korean ethnic-cultural centre on Kazakhstan Street in Ust-Kamenogorsk, destroying the costumes and drums of its dance ensemble, the East Kazakhstan emergencies department said. Nobody was hurt.
The blaze started in a storeroom on the ground floor shortly after 2 a.m. and was put out by four crews within an hour. Investigators are looking into faulty wiring.
The centre, which unites about 1,500 ethnic Koreans of the region, was preparing a concert for the Friendship House in Semey on December 1. That concert has been postponed. "Most of the hanbok costumes were a gift from Seoul, we cannot replace them quickly," the centre's chairman, Viktor Kim, told KazTAG.
The Uzbek and Tatar centres of Oskemen, which share the same building, offered their own rehearsal rooms. The German centre in Ridder has promised to lend its stage equipment.""",
     ann=[
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'headline; Russian name'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Kazakhstan Street', 0, 'facility', 'Kazakhstan Street (Oskemen)', EKR, {'subkind': 'street', 'note': 'a street, not the country'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Friendship House', 0, 'facility', 'Friendship House (Semey)', EKR, {'note': 'NI:planned concert venue'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:planned concert; East Kazakhstan Region before 2022-06-08'}),
        ('Seoul', 0, 'foreign', 'Seoul', N, {'note': "NI:costumes' origin"}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:the other centres; Kazakh name in the same text as the Russian one'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:another centre'}),
     ],
     inc={EKR: (1, 'overnight fire in the Korean ethnic-cultural centre on Kazakhstan Street, Ust-Kamenogorsk')}),

dict(id='p006', date='2023-07-07', lang='en',
     event='2023 Capital Day in Astana: a crush at the exit of Astana Arena after a concert (nine hurt) and a grass fire lit by firework debris near Khan Shatyr; a fireworks battery explodes in a man\'s hands in Kosshy (Akmola Region); quiet celebrations in Almaty and Shymkent; performers from all 17 regions and a choir from Semey (Abai Region); guests from Bishkek and Tashkent',
     text="""Capital Day: nine hurt in crush at Astana Arena, fireworks set grass ablaze
ASTANA, July 7 (Tengrinews) - Nine people were hurt when spectators surged towards the exits of Astana Arena after the Capital Day concert on Thursday night, the city health department said. Most had bruises and sprained ankles; a teenage girl was kept in hospital with a broken arm.
About 35,000 people attended the open-air show, which ended at 23:30, shortly before the fireworks display over the Esil. Witnesses said two of the six exit gates on the Turan Avenue side stayed locked. "We were pushed against the fence for ten minutes," a student from Kokshetau, who had come to the capital by train for the holiday, wrote on Instagram.
Half an hour later, burning debris from the fireworks landed on dry grass in the park next to the Khan Shatyr shopping centre and set about a hectare alight. Firefighters put out the blaze in 40 minutes. Nobody was injured, the city emergencies department said.
Elsewhere the celebrations of the capital's 25th anniversary as Astana passed without incident. Crowds walked along Nurzhol Boulevard between Baiterek and the Ak Orda until after midnight, and the Presidential Park hosted a folk festival with performers from all 17 regions, among them a children's choir from Semey.
Outside the capital, a man of 34 was injured in Kosshy when a battery of fireworks he had bought for the holiday exploded in his hands in the yard of a block of flats. He lost two fingers, the Akmola regional police said. The town, which lies just south of Astana, became a separate town of regional significance in 2021.
Concerts were also held in Almaty and Shymkent, where the city akimats reported no incidents. Delegations from Bishkek and Tashkent attended the official reception at the Palace of Independence.
The city akimat said it would review the crowd plan for Astana Arena before the football season resumes.""",
     ann=[
        ('Astana Arena', 0, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium', 'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana Arena', 1, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium'}),
        ('Esil', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'the fireworks were over the river in Astana'}),
        ('Turan Avenue', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': "NI:student's origin"}),
        ('Khan Shatyr shopping centre', 0, 'facility', 'Khan Shatyr (Astana)', 'Astana', {'subkind': 'shopping centre', 'note': 'reference point for the grass fire in the park next to it'}),
        ('Astana', 2, 'city', 'Astana', 'Astana', {'note': "inside \"25th anniversary as Astana\"; the city's name"}),
        ('Nurzhol Boulevard', 0, 'facility', 'Nurzhol Boulevard (Astana)', 'Astana', {'subkind': 'street', 'note': 'NI:no incident'}),
        ('Baiterek', 0, 'facility', 'Baiterek (Astana)', 'Astana', {'subkind': 'monument', 'note': 'NI:route point'}),
        ('Ak Orda', 0, 'facility', 'Ak Orda (Astana)', 'Astana', {'note': 'NI:route point; presidential palace'}),
        ('Presidential Park', 0, 'facility', 'Presidential Park (Astana)', 'Astana', {'subkind': 'park', 'note': 'NI:no incident'}),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': "performers' origin; not about incidents"}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': "NI:choir's origin; Abai Region since 2022-06-08"}),
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'town of regional significance since 2021 (as the text says)'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (regional police); the region, not the old name of the capital'}),
        ('Astana', 3, 'city', 'Astana', 'Astana', {'note': 'NI:reference point'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:no incidents'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:no incidents'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:delegation'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:delegation'}),
        ('Palace of Independence', 0, 'facility', 'Palace of Independence (Astana)', 'Astana', {'note': 'NI:reception venue'}),
        ('Astana Arena', 2, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium', 'note': 'NI:crowd plan under review'}),
     ],
     inc={'Astana': (2, 'crush at the exits of Astana Arena, nine hurt; grass fire from firework debris in the park next to Khan Shatyr'),
          AKR: (1, 'fireworks battery exploded in a man\'s hands in a yard in Kosshy')}),

dict(id='p007', date='2005-01-22', lang='en',
     event='2005 Kurban Ait crush at the gate of the Arystan Bab mausoleum near Otrar (Otrar district, South Kazakhstan Region), six elderly women hurt; pilgrims from Kyzylorda, Shymkent and Tashkent; injured taken to Shaulder; the Otrar ruins',
     text="""Six pilgrims hurt in crush at Arystan Bab mausoleum
SHYMKENT, Jan 22 (Interfax-Kazakhstan) - Six elderly women were hurt on Friday when a crowd of pilgrims pushed through the gate of the Arystan Bab mausoleum on the first day of Kurban Ait, the South Kazakhstan regional health department said.
The mausoleum, which stands near the ruins of the medieval city of Otrar in Otrar district, receives thousands of visitors during the holiday. Tradition holds that pilgrims should visit the shrine of Arystan Bab, the teacher of Khoja Ahmed Yasawi, before travelling on to Turkestan.
Witnesses said several hundred people had been waiting in the cold since dawn, many of them from Kyzylorda and from Shymkent, as well as a group from Tashkent in neighbouring Uzbekistan. When the caretakers opened the gate, the crowd surged forward and the women fell on the steps.
Two of them were taken to the district hospital in Shaulder with broken ribs. The district akimat said it would install barriers and hand out numbered tickets for the rest of the holiday.""",
     ann=[
        ('Arystan Bab mausoleum', 0, 'facility', 'Arystan Bab mausoleum', SKR, {'subkind': 'mausoleum', 'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Arystan Bab mausoleum', 1, 'facility', 'Arystan Bab mausoleum', SKR, {'subkind': 'mausoleum'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Otrar', 0, 'facility', 'Otrar (ancient city)', SKR, {'subkind': 'archaeological site', 'note': 'NI:reference point; ruins of the medieval city'}),
        ('Otrar district', 0, 'district', 'Otrar District', SKR),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:next stop of pilgrims'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': "NI:pilgrims' origin"}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': "NI:pilgrims' origin"}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': "NI:pilgrims' origin"}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:neighbouring country'}),
        ('Shaulder', 0, 'village', 'Shauildir', SKR, {'note': 'NI:hospital; centre of Otrar district'}),
     ],
     inc={SKR: (1, 'crush at the gate of the Arystan Bab mausoleum, Otrar district, six women hurt')}),

dict(id='p008', date='2026-03-23', lang='en',
     event='2026 Nauryz roundup: a gas cylinder explodes at a fair stall in Konaev (Almaty Region), four hurt; a baiga horse runs into spectators at the Turkistan hippodrome (Turkistan Region), three hurt; a cauldron of boiling oil tips over in Zharkent (Jetisu Region), two children burnt; a record dastarkhan in Shymkent and a festival at the Kerueen Saray complex without incident; fights in two other, unnamed regions (unattributed); the Kazakh Latin spelling Qonaev',
     text="""Nauryz weekend: gas blast in Konaev, baiga horse hits spectators in Turkistan
ALMATY, March 23 (Orda.kz) - The three days of Nauryz ended on Monday with a string of accidents at festive fairs, emergency officials said, although the main celebrations in Almaty, Astana and Shymkent passed off peacefully.
The worst happened on Saturday in Konaev, the centre of Almaty region, where a gas cylinder exploded at a food stall on the embankment of the Kapshagay reservoir. Four people, including the stallholder, were taken to hospital with burns. The city akimat of Qonaev, as it spells the name in its Latin-script posts, said all stalls using bottled gas would be inspected before the next fair.
In Turkistan, a horse taking part in the baiga race at the town hippodrome broke through a railing on Sunday and ran into spectators. Three men were hurt, one of them seriously. The race was stopped, and the Turkistan regional akimat cancelled the remaining heats. The rest of the programme at the Kerueen Saray complex, where about 60,000 visitors watched a light show on the walls of the Khoja Ahmed Yasawi Mausoleum, went ahead.
In Zharkent, in Jetisu region, a cauldron of boiling oil for baursaks tipped over at a street fair, burning two children aged 7 and 10. Both are in a stable condition in the regional children's hospital in Taldykorgan.
Shymkent claimed a national record for the longest festive dastarkhan, laid along Tauke Khan Avenue for 1.2 km. In Almaty, an estimated 120,000 people visited the ethno-village on Republic Square, and in Astana the celebrations on the EXPO grounds drew families from Kokshetau and Karaganda.
The Interior Ministry said police had broken up fights at festive events in two other regions, which it did not name, and detained 14 people. It also said 380 people had been fined for public drunkenness across Kazakhstan over the weekend.""",
     ann=[
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'headline; formerly Kapchagay'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:peaceful celebrations'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:peaceful celebrations'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:peaceful celebrations'}),
        ('Konaev', 1, 'city', 'Konaev', ALR),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'Konaev is its centre'}),
        ('Kapshagay reservoir', 0, 'facility', 'Kapchagay Reservoir', N, {'subkind': 'reservoir', 'note': 'the stall stood on its embankment in Konaev'}),
        ('Qonaev', 0, 'city', 'Konaev', ALR, {'note': 'Kazakh Latin spelling; inside the name of an authority (city akimat)'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR),
        ('Turkistan', 2, 'region', TR, TR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Kerueen Saray complex', 0, 'facility', 'Kerueen Saray (Turkistan)', TR, {'note': 'NI:programme went ahead'}),
        ('Khoja Ahmed Yasawi Mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum (Turkistan)', TR, {'subkind': 'mausoleum', 'note': 'NI:light show'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:record dastarkhan'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'NI:record dastarkhan; named after a person'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:no incident'}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:no incident'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:no incident'}),
        ('EXPO grounds', 0, 'facility', 'EXPO grounds (Astana)', 'Astana', {'note': 'NI:no incident'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': "NI:visitors' origin"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:visitors' origin"}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'fights at festive events in two unnamed regions'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'fines across the country; statistic, not an incident'}),
     ],
     inc={ALR: (1, 'gas cylinder explosion at a food stall in Konaev, four burnt'),
          TR: (1, 'baiga horse broke through a railing at the Turkistan hippodrome, three hurt'),
          JTR: (1, 'cauldron of boiling oil tipped over at a street fair in Zharkent, two children burnt')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'fights at festive events broken up by police in two unnamed regions'}]),
]
