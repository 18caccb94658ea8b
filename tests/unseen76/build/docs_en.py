"""English texts of the seventy-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
RO = 'rural okrug'

DOCS = [
dict(id='p001', date='2023-02-14', lang='en',
     event='2023 heating season: boiler explosion in Karazhal (Ulytau Region), town akim dismissed; heating main burst in Zhezkazgan (not counted), akim reprimanded; akim of Semey (Abai Region) dismissed over unspent heating money; residents protest outside the Ekibastuz akimat (Pavlodar Region); coal store fire at the boiler house of Kiyma rural okrug, Zhaksy district (Akmola Region); complaints from seven regions',
     text="""Cold radiators cost two town akims their posts
ASTANA, February 14 (Kazinform) - Two town akims have lost their jobs and a third has been reprimanded after a week of hard frost exposed worn-out boiler houses and heating mains in small towns, the Ministry of Industry and Infrastructure said on Tuesday. Complaints about cold flats have come from seven regions since January 1, it said.

The worst case is in Ulytau region. On February 9 a boiler exploded at the central boiler house of Karazhal, injuring two stokers, who were flown to hospital in Zhezkazgan with burns. Fourteen blocks of flats in the town were left without heat for three days. The akim of Ulytau region, Dastan Ryspekov, dismissed the akim of Karazhal, Serik Abenov, on Monday. "The boilers were last overhauled in 2011, and the money for it was in every budget since," Ryspekov told reporters.

Ryspekov also reprimanded the akim of Zhezkazgan, Nurlan Kosybayev, over the heating main under Alashakhan Avenue that burst on February 11 and left the northern half of the city in the cold for a day. Nobody was hurt.

In Abai region, the akim of Semey, Talgat Kenzhebekov, was dismissed after the city failed to spend 3.4 billion tenge set aside in 2022 for new heating pipes. Heat was cut to 60 houses in the east of the city last week.

In Pavlodar region, about 200 residents of Ekibastuz gathered outside the city akimat on Saturday to demand repairs to the heating in the 5th microdistrict, where flats have stood at 12 degrees for a week. The akim of Ekibastuz came out to them and promised new radiators by March.

In Akmola region, the akim of Zhaksy district, Aidos Temirkhanov, said the boiler houses in all 13 rural okrugs of the district were working again after a fire in the coal store of the boiler house of the Kiyma rural okrug was put out on February 10. The district budget will pay for a new roof.

Across Kazakhstan, the ministry said, four in ten municipal heating networks are older than their design life.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'complaints about cold flats, not incidents'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'Ulytau Region since 2022-06-08'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'boiler explosion'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital; Ulytau Region since 2022-06-08'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'inside an official post'}),
        ('Karazhal', 1, 'city', 'Karazhal', UR, {'note': 'inside an official post'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'inside an official post; the heating main burst with no one hurt is not counted'}),
        ('Alashakhan Avenue', 0, 'facility', 'Alashakhan Avenue (Zhezkazgan)', UR, {'subkind': 'street', 'note': 'NI:heating main burst, supply cut only'}),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'inside an official post; heat cut, not an incident; Abai Region since 2022-06-08'}),
        ('Pavlodar region', 0, 'region', PR, PR),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'protest outside the city akimat'}),
        ('5th microdistrict', 0, 'district', '5th microdistrict (Ekibastuz)', PR, {'subkind': 'microdistrict', 'note': 'NI:cold flats'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR, {'note': 'inside an official post'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Zhaksy district', 0, 'district', 'Zhaksy District', AKR, {'note': 'inside an official post'}),
        ('all 13 rural okrugs', 0, 'quantified', 'all 13 rural okrugs', N, {'count': 13, 'unit': RO, 'quantifier': 'all', 'note': 'boiler houses working again; not an incident statement'}),
        ('Kiyma rural okrug', 0, 'district', 'Kiyma Rural Okrug', AKR, {'subkind': RO, 'note': 'fire in the coal store of the boiler house'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={UR: (1, 'boiler explosion at the central boiler house of Karazhal, two stokers burnt; the heating main burst in Zhezkazgan (no one hurt) is not counted'),
          PR: (1, 'protest of about 200 residents outside the Ekibastuz city akimat'),
          AKR: (1, 'fire in the coal store of the boiler house of Kiyma rural okrug, Zhaksy district')}),

dict(id='p002', date='2004-05-20', lang='en',
     event='2004 akim of Shamalgan rural okrug (Karasai district, Almaty Region) detained for selling land plots along the Almaty-Bishkek highway; earlier protest of villagers outside the okrug akimat',
     text="""Rural akim near Kaskelen detained over land sales
ALMATY, May 20 (Interfax-Kazakhstan) - Financial police have detained the akim of the Shamalgan rural okrug of Karasai district, Almaty region, on suspicion of taking bribes for state land, the Agency for Combating Economic and Corruption Crime said on Thursday.

According to investigators, the official received 1.8 million tenge for allocating 40 plots for private houses along the Almaty-Bishkek highway between Shamalgan and Kaskelen. Part of the land had been set aside as pasture for the village's cattle.

The sale had already caused trouble. On March 22 about 60 residents of Shamalgan gathered outside the okrug akimat and refused to leave until the akim of Karasai district, Bolat Zhumabekov, came out to them. He promised an inquiry, which found no violations.

The akim of Almaty region has now ordered checks of land allocations in all rural okrugs of the region, his press service said. If convicted, the detained official faces up to ten years in prison.""",
     ann=[
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:headline reference point'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Shamalgan rural okrug', 0, 'district', 'Shamalgan Rural Okrug', ALR, {'subkind': RO, 'note': 'inside an official post (chain okrug-district-region)'}),
        ('Karasai district', 0, 'district', 'Karasai District', ALR, {'note': 'inside an official post'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside an official post'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint (Almaty-Bishkek highway)'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint (Almaty-Bishkek highway)'}),
        ('Shamalgan', 1, 'village', 'Shamalgan', ALR, {'note': 'NI:reference point of the plots'}),
        ('Kaskelen', 1, 'city', 'Kaskelen', ALR, {'note': 'NI:reference point of the plots'}),
        ('Shamalgan', 2, 'village', 'Shamalgan', ALR, {'note': 'protest outside the okrug akimat'}),
        ('Karasai district', 1, 'district', 'Karasai District', ALR, {'note': 'inside an official post'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'inside an official post'}),
        ('all rural okrugs', 0, 'quantified', 'all rural okrugs', N, {'count': N, 'unit': RO, 'quantifier': 'all', 'note': 'checks of land allocations, not incidents'}),
     ],
     inc={ALR: (1, 'protest of about 60 residents outside the Shamalgan okrug akimat on March 22; the detention for bribery is not an incident')}),

dict(id='p003', date='1996-04-12', lang='en',
     event='1996 mudflow destroys 23 houses and a bridge in Lepsy, Sarkand district (Taldykorgan Region, abolished 1997; Almaty Region land); district akim dismissed; mudflow warning for three other districts',
     text="""Mudflow sweeps village in Sarkand district; district akim dismissed
TALDYKORGAN, April 12 (Reuters) - The akim of Taldykorgan region on Friday dismissed the head of Sarkand district, two days after a mudflow from the Dzungarian Alatau destroyed 23 houses and a bridge in the village of Lepsy.

No one was killed, but 140 people spent two nights in the village school. Rescuers and bulldozers were sent from Taldykorgan and from the town of Tekeli.

"The riverbeds above the village had not been cleared for three years, although the district was given money for it every spring," the regional akim's office said in a statement. It named Yerlan Baimukhanov, until now deputy akim of Alakol district, as the new akim of Sarkand district.

The regional emergencies committee warned that mudflows were also possible in three other districts of the region, which lies between Lake Balkhash and the border with China. The government in Almaty has promised 40 million tenge to rebuild the houses before winter.""",
     ann=[
        ('Sarkand district', 0, 'district', 'Sarkand District', ALR, {'note': 'headline; Taldykorgan Region in 1996, Almaty Region after the 1997 merger'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Taldykorgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside an official post; Taldykorgan Region, abolished in 1997, labelled with the unit that took its land'}),
        ('Sarkand district', 1, 'district', 'Sarkand District', ALR, {'note': 'inside an official post'}),
        ('Dzungarian Alatau', 0, 'facility', 'Dzungarian Alatau', N, {'subkind': 'mountain range'}),
        ('Lepsy', 0, 'village', 'Lepsy', ALR, {'note': 'mudflow'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of rescuers'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'NI:origin of rescuers'}),
        ('Alakol district', 0, 'district', 'Alakol District', ALR, {'note': 'NI:former workplace of the new akim'}),
        ('Sarkand district', 2, 'district', 'Sarkand District', ALR, {'note': 'inside an official post'}),
        ('three other districts', 0, 'quantified', '3 other districts', N, {'count': 3, 'unit': 'district', 'note': 'mudflow warning, not incidents'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'NI:reference point'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:border'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (capital in 1996)'}),
     ],
     inc={ALR: (1, 'mudflow destroying 23 houses and a bridge in Lepsy, Sarkand district; the warning for three other districts is not counted')}),

dict(id='p004', date='2019-06-20', lang='en',
     event='2019 Turkistan Region reshuffle of district akims: farmers block the Atakent-Myrzakent road over irrigation water (Maktaaral district), canal breach floods 34 houses in Asykata (Zhetisai district); a boy drowns in an irrigation ditch in Kaitpas, Abai district of Shymkent (city of republican significance since 2018); 112 villages on trucked water; renaming of South Kazakhstan region recalled',
     text="""Turkistan akim replaces two district heads as water row flares in Maktaaral
TURKISTAN, June 20 (AKIpress) - The akim of Turkistan region, Zhanibek Orazbayev, replaced the akims of two districts on Thursday, a year and a day after the region lost Shymkent and began moving its offices to the town of Turkistan.

The akim of Maktaaral district, Galym Seitov, was dismissed after cotton farmers blocked the Atakent-Myrzakent road for six hours on Monday, demanding irrigation water. About 300 people took part, according to the district police. Water reaches the district through canals fed by the Syr Darya below the Shardara reservoir, and this year's release from Uzbekistan has been smaller than promised. "Seitov knew for two months that the quota had been cut and did nothing," Orazbayev told a meeting of district akims.

The akim of Saryagash district, Kuanysh Baimanov, moves to Maktaaral. His post goes to Murat Tleuov, until now akim of Ordabasy district.

The meeting also heard from the akim of Zhetisai district about a breach in an irrigation canal on Tuesday night that flooded 34 houses in the village of Asykata. Families were moved to the village school, and the breach was closed by morning.

In Shymkent, which was separated from the region on June 19 last year and is now a city of republican significance, the akim of Abai district, Daulet Sarsenbayev, was reprimanded after a nine-year-old boy drowned in an uncovered irrigation ditch in the Kaitpas microdistrict on June 15.

The region's budget for rural water supply this year is 21 billion tenge. Orazbayev said 112 villages still get drinking water from tankers and that pipelines to 40 of them would be finished by December. The former South Kazakhstan region, renamed Turkistan region last June, has seen more protests over water than any other part of Kazakhstan in the past five years, according to the Ministry of Agriculture.""",
     ann=[
        ('Turkistan', 0, 'region', TR, TR, {'note': 'headline; "Turkistan akim" is the akim of the region'}),
        ('Maktaaral', 0, 'district', 'Maktaaral District', TR, {'note': 'headline; bare district name'}),
        ('TURKISTAN', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'inside an official post'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background of the 2018 split'}),
        ('Turkistan', 2, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the regional offices'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR, {'note': 'inside an official post; the road blockade is in this district'}),
        ('Atakent', 0, 'village', 'Atakent', TR, {'note': 'NI:road endpoint'}),
        ('Myrzakent', 0, 'village', 'Myrzakent', TR, {'note': 'NI:road endpoint'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Shardara reservoir', 0, 'facility', 'Shardara reservoir', TR, {'subkind': 'reservoir'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Saryagash district', 0, 'district', 'Saryagash District', TR, {'note': 'inside an official post'}),
        ('Maktaaral', 2, 'district', 'Maktaaral District', TR, {'note': 'NI:new post of an akim'}),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', TR, {'note': 'inside an official post'}),
        ('Zhetisai district', 0, 'district', 'Zhetisai District', TR, {'note': 'inside an official post; not Jetisu Region'}),
        ('Asykata', 0, 'village', 'Asykata', TR, {'note': 'canal breach flood'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Abai district', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'inside an official post; district of Shymkent, not Abai Region'}),
        ('Kaitpas microdistrict', 0, 'district', 'Kaitpas (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'drowning in an irrigation ditch'}),
        ('112 villages', 0, 'quantified', '112 villages', N, {'count': 112, 'unit': 'village', 'note': 'trucked drinking water, not incidents'}),
        ('South Kazakhstan region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former name of the region (renamed 2018-06-19), labelled with the unit in force on the article date'}),
        ('Turkistan region', 1, 'region', TR, TR, {'note': 'NI:renaming'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={TR: (2, 'farmers block the Atakent-Myrzakent road in Maktaaral district; canal breach floods 34 houses in Asykata, Zhetisai district; the five-year protest statistic is not counted'),
          'Shymkent': (1, 'boy drowned in an uncovered irrigation ditch in Kaitpas, Abai district')}),

dict(id='p005', date='2021-11-03', lang='en',
     event='2021 school bus overturns on an icy road near Talapker, Tselinograd district (Akmola Region); akim of Talapker rural okrug reprimanded; children taken to hospital in Nur-Sultan',
     text="""School bus overturns near Nur-Sultan; rural akim reprimanded
NUR-SULTAN, November 3 (Kazinform) - A school bus carrying 17 pupils slid off an icy road and overturned near the village of Talapker in Tselinograd district of Akmola region on Wednesday morning, the regional police department said. Five children were taken to a children's hospital in Nur-Sultan with fractures and bruises; the others were treated on the spot.

The bus was taking the pupils from the village of Koyandy to the school in Talapker, about 20 km east of the capital. Parents said the road had not been sanded since the first snow on Sunday.

The akim of Tselinograd district, Yerkebulan Nurlanov, reprimanded the akim of the Talapker rural okrug, Asset Zhaksylykov, and ordered all rural okrugs of the district to have their school routes treated by 7 am every day. Prosecutors have opened a criminal case against the driver.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline reference point; the capital named Nur-Sultan 2019-2022'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Talapker', 0, 'village', 'Talapker', AKR, {'note': 'bus overturned near the village'}),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR, {'note': 'a district of Akmola Region, not the old name of the capital'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:hospital'}),
        ('Koyandy', 0, 'village', 'Koyandy', AKR, {'note': 'NI:origin of the pupils'}),
        ('Talapker', 1, 'village', 'Talapker', AKR, {'note': 'NI:destination (school)'}),
        ('Tselinograd district', 1, 'district', 'Tselinograd District', AKR, {'note': 'inside an official post'}),
        ('Talapker rural okrug', 0, 'district', 'Talapker Rural Okrug', AKR, {'subkind': RO, 'note': 'inside an official post'}),
        ('all rural okrugs', 0, 'quantified', 'all rural okrugs', N, {'count': N, 'unit': RO, 'quantifier': 'all', 'note': 'order to treat roads, not incidents'}),
     ],
     inc={AKR: (1, 'school bus overturned near Talapker, Tselinograd district, five children hurt')}),

dict(id='p006', date='2008-12-09', lang='en',
     event='2008 villagers of Zhanibek (West Kazakhstan Region) block the road over trebled gas bills; the district akim meets them; gas from Russia\'s Saratov region; similar complaints in Kaztalov and Bokey Orda districts',
     text="""Villagers block road as gas bills treble in Zhanibek district
URALSK, December 9 - About 150 residents of Zhanibek, the centre of Zhanibek district of West Kazakhstan region, blocked the road to the Russian border for three hours on Monday in protest at a threefold rise in gas bills, the district police said.

The akim of Zhanibek district, Yermek Dauletov, spoke to the crowd and said the new tariff had been approved in Uralsk by the regional branch of the gas distributor, not by the district. The gas reaches the district through a pipeline from Russia's Saratov region, and the supplier raised its price in November.

"We paid 900 tenge a month last winter, now it is 2,700. A teacher earns 30,000," one of the protesters told our correspondent.

The akim of West Kazakhstan region, who was in Astana on Monday, ordered a check of the tariff. Similar complaints have come from villages in the Kaztalov and Bokey Orda districts, which are supplied through the same pipeline.""",
     ann=[
        ('Zhanibek district', 0, 'district', 'Zhanibek District', WKR, {'note': 'headline'}),
        ('URALSK', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Zhanibek', 1, 'village', 'Zhanibek', WKR, {'note': 'road blockade; district centre'}),
        ('Zhanibek district', 1, 'district', 'Zhanibek District', WKR),
        ('West Kazakhstan region', 0, 'region', WKR, WKR),
        ('Zhanibek district', 2, 'district', 'Zhanibek District', WKR, {'note': 'inside an official post'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:seat of the regional gas distributor; Russian name of Oral'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Saratov region', 0, 'foreign', 'Saratov Oblast', N, {'note': 'NI:origin of the gas'}),
        ('West Kazakhstan region', 1, 'region', WKR, WKR, {'note': 'inside an official post'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:whereabouts of an official'}),
        ('Kaztalov', 0, 'district', 'Kaztalov District', WKR, {'note': 'NI:complaints; in a list sharing "districts"'}),
        ('Bokey Orda', 0, 'district', 'Bokey Orda District', WKR, {'note': 'NI:complaints; in a list sharing "districts"'}),
     ],
     inc={WKR: (1, 'road blockade by about 150 residents of Zhanibek over gas tariffs; complaints elsewhere are not incidents')}),

dict(id='p007', date='2026-01-20', lang='en',
     event='2026 ice jam on the Syr Darya floods 26 houses in the village of Aktobe, Karmakshy district (Kyzylorda Region; namesake of the city of Aktobe); akim of Aktobe rural okrug suspended; fire destroys the Baigekum rural okrug akimat office (Shieli district); explosives experts from Baikonur; Aral and Kazaly district reports',
     text="""Ice jam floods 26 homes in Karmakshy district; Kyzylorda akim orders checks of rural akims
KYZYLORDA, January 20 (Tengrinews) - Water backed up by an ice jam on the Syr Darya flooded 26 houses in the village of Aktobe in Karmakshy district on Sunday night, the Kyzylorda region emergencies department said. Nobody was hurt; 94 residents were moved to relatives and to a school in Zhosaly, the district centre.

The village shares its name with the city of Aktobe in the north-west of the country, and several news sites first put the flood on the wrong side of the map.

The akim of the Aktobe rural okrug, Baurzhan Turlybekov, had reported in December that the dykes were ready. On Monday the akim of Kyzylorda region, Nurzhan Abenov, suspended him pending an inquiry and ordered a check of flood preparations in all rural okrugs along the river. "Every winter we hear that the dykes are ready, and every winter someone's house is under water," Abenov said.

The ice jam threatens villages in three districts downstream, the emergencies department said. Explosives experts from Baikonur, the town leased to Russia, were flown in on Monday to break up the ice.

In a separate incident, a fire on Monday night destroyed the office of the Baigekum rural okrug akimat in Shieli district, together with the land records of four villages. Police suspect a faulty electric heater. The okrug's akim now receives visitors in the village club.

At the same meeting, the akim of Aral district reported that the Aral-Sarybulak water pipeline now supplies 38 villages, and the akim of Kazaly district asked for 2.1 billion tenge to rebuild the road from Ayteke Bi to the bridge over the Syr Darya. In Kazakhstan as a whole, rural okrugs received 11 percent more money this year than last, the finance ministry said.""",
     ann=[
        ('Karmakshy district', 0, 'district', 'Karmakshy District', KZR, {'note': 'headline'}),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'headline; "Kyzylorda akim" is the akim of the region'}),
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Aktobe', 0, 'village', 'Aktobe (Karmakshy district)', KZR, {'note': 'flooded village; namesake of the city of Aktobe'}),
        ('Karmakshy district', 1, 'district', 'Karmakshy District', KZR),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Zhosaly', 0, 'village', 'Zhosaly', KZR, {'note': 'NI:evacuation destination; district centre'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'NI:the namesake city, mentioned for comparison'}),
        ('Aktobe rural okrug', 0, 'district', 'Aktobe Rural Okrug (Karmakshy district)', KZR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Kyzylorda region', 1, 'region', KZR, KZR, {'note': 'inside an official post'}),
        ('all rural okrugs', 0, 'quantified', 'all rural okrugs', N, {'count': N, 'unit': RO, 'quantifier': 'all', 'note': 'checks of flood preparations, not incidents'}),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'threat, not incidents'}),
        ('Baikonur', 0, 'city', 'Baikonur', KZR, {'note': 'NI:origin of explosives experts; leased to Russia'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Baigekum rural okrug', 0, 'district', 'Baigekum Rural Okrug', KZR, {'subkind': RO, 'note': 'fire in the okrug akimat office'}),
        ('Shieli district', 0, 'district', 'Shieli District', KZR),
        ('four villages', 0, 'quantified', '4 villages', N, {'count': 4, 'unit': 'village', 'note': 'land records burnt; the fire is one incident at the okrug office'}),
        ('Aral district', 0, 'district', 'Aral District', KZR, {'note': 'inside an official post'}),
        ('Aral', 1, 'city', 'Aral', KZR, {'note': 'NI:pipeline endpoint'}),
        ('Sarybulak', 0, 'village', 'Sarybulak', KZR, {'note': 'NI:pipeline endpoint'}),
        ('38 villages', 0, 'quantified', '38 villages', N, {'count': 38, 'unit': 'village', 'note': 'water supply, not incidents'}),
        ('Kazaly district', 0, 'district', 'Kazaly District', KZR, {'note': 'inside an official post'}),
        ('Ayteke Bi', 0, 'village', 'Ayteke Bi', KZR, {'note': 'NI:road endpoint'}),
        ('Syr Darya', 1, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'NI:road endpoint (bridge)'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KZR: (2, 'ice-jam flood of 26 houses in Aktobe village, Karmakshy district; fire destroying the Baigekum rural okrug akimat office, Shieli district')}),

dict(id='p008', date='2000-08-15', lang='en',
     event='2000 Ekibastuz akim reports on heating preparations; fire destroys coal and the boiler-house roof in Maikain, Bayanaul district (Pavlodar Region); coal sold to Semipalatinsk (East Kazakhstan Region before 2022) and Omsk',
     text="""Ekibastuz akim promises heat by October as fire hits coal store in Maikain
PAVLODAR, August 15 (Interfax-Kazakhstan) - The akim of Ekibastuz, Kairat Nurpeisov, told the regional maslikhat on Tuesday that the boiler houses of the town and of the settlements under its administration would be ready for the heating season by October 1. Last winter pipes froze in two of the settlements and their schools closed for a week.

The session also heard that a fire on Sunday destroyed about 300 tonnes of coal and the roof of the boiler house in Maikain, a settlement in Bayanaul district that supplies heat to 4,000 people. The akim of Bayanaul district said the settlement would get coal from Ekibastuz by rail within a month.

The akim of Pavlodar region, who reports to the government in Astana next week, said the region had sold coal this year to Semipalatinsk and to power stations in Omsk in Russia, and that 1.2 billion tenge from the regional budget would go to heating networks in district centres.""",
     ann=[
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('Maikain', 0, 'village', 'Maikain', PR, {'note': 'headline; settlement'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR, {'note': 'inside an official post'}),
        ('two of the settlements', 0, 'quantified', '2 settlements', N, {'count': 2, 'unit': 'village', 'note': 'frozen pipes last winter, not incidents'}),
        ('Maikain', 1, 'village', 'Maikain', PR, {'note': 'coal store fire at the boiler house'}),
        ('Bayanaul district', 0, 'district', 'Bayanaul District', PR),
        ('Bayanaul district', 1, 'district', 'Bayanaul District', PR, {'note': 'inside an official post'}),
        ('Ekibastuz', 2, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'inside an official post'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:coal buyer; East Kazakhstan Region before 2022-06-08'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:coal buyer'}),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={PR: (1, 'fire destroying coal and the boiler-house roof in Maikain, Bayanaul district; frozen pipes last winter are not counted')}),
]
