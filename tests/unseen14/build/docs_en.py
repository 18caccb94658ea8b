"""English texts of the fourteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
ABR, AKR, AR, ALR, ATR = 'Abai Region', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region'
EKR, JR, JTR, KR, KOR = 'East Kazakhstan Region', 'Jambyl Region', 'Jetisu Region', 'Karaganda Region', 'Kostanay Region'
KYR, MR, NKR, PR, SKR = 'Kyzylorda Region', 'Mangystau Region', 'North Kazakhstan Region', 'Pavlodar Region', 'South Kazakhstan Region'
TR, UR, WKR = 'Turkistan Region', 'Ulytau Region', 'West Kazakhstan Region'
ALA, AST, SH = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p001', date='2019-04-16', lang='en',
     event='2019 measles outbreak: two children die in Shymkent, schools closed in Tolebi, Kazygurt and Saryagash districts (Turkistan Region), cases in Almaty and Nur-Sultan; cases in 12 regions (unattributed)',
     text="""Measles kills two children in Shymkent
NUR-SULTAN, April 16 (Reuters) - Two children have died of measles in Shymkent and classes have been suspended at 31 schools in three districts of Turkistan Region, the health ministry said on Tuesday, as Kazakhstan fights its largest outbreak in two decades.
A one-year-old boy from the Karatau district of the city and a four-year-old girl from Lenger died at the city's children's infectious diseases hospital on Sunday and Monday. Neither had been vaccinated, ministry spokeswoman Aigerim Turkestanova told reporters.
More than 2,600 people have fallen ill since January in 12 regions as well as in Nur-Sultan, Almaty and Shymkent. In Turkistan Region, where 480 cases have been recorded, schools are closed in the Tolebi, Kazygurt and Saryagach districts, and kindergartens in Lenger and Kazygurt have been shut for 21 days. "Most sick children come from villages where parents refused the vaccine," said Nurlan Arysbayev, the region's chief sanitary doctor, speaking in Turkestan.
In Almaty, 390 cases have been registered, most of them in the Alatau and Nauryzbai districts, and a kindergarten on Momyshuly Street was closed after 11 children fell ill. The city's health department has opened two extra vaccination points at the Sayran bus station.
Shymkent was separated from the former South Kazakhstan Region last June and became a city of republican significance; the region's other districts now form Turkistan Region. Vaccination teams from Nur-Sultan and Karaganda arrived in the south on Monday, and 600,000 doses of vaccine flown from India via Istanbul landed at Shymkent airport; the shipment was arranged by Kazakhstan's ambassador to Turkey.
Health officials in neighbouring Kyrgyzstan and Uzbekistan also report rising numbers of cases, and the ministry advised people travelling to Bishkek and Tashkent to check their vaccination records.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SH, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SH),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'the three districts are named below'}),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Karatau district', 0, 'district', 'Karatau District (Shymkent)', SH, {'subkind': 'city district', 'note': 'NI:residence; a district of Shymkent, not the town of Karatau'}),
        ('Lenger', 0, 'city', 'Lenger', TR, {'note': 'NI:residence'}),
        ('12 regions', 0, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'only Turkistan Region is named'}),
        ('Nur-Sultan', 0, 'city', 'Astana', AST),
        ('Almaty', 0, 'city', 'Almaty', ALA),
        ('Shymkent', 2, 'city', 'Shymkent', SH),
        ('Turkistan Region', 1, 'region', TR, TR),
        ('Tolebi', 0, 'district', 'Tolebi District', TR, {'note': 'list item sharing the head noun "districts"'}),
        ('Kazygurt', 0, 'district', 'Kazygurt District', TR, {'note': 'list item sharing the head noun "districts"'}),
        ('Saryagach', 0, 'district', 'Saryagash District', TR, {'note': 'list item sharing the head noun "districts"; misspelling of Saryagash'}),
        ('Lenger', 1, 'city', 'Lenger', TR),
        ('Kazygurt', 1, 'village', 'Kazygurt', TR, {'note': 'the district centre'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:place of a briefing'}),
        ('Almaty', 1, 'city', 'Almaty', ALA),
        ('Alatau', 0, 'district', 'Alatau District (Almaty)', ALA, {'subkind': 'city district', 'note': 'list item sharing the head noun "districts"'}),
        ('Nauryzbai', 0, 'district', 'Nauryzbai District (Almaty)', ALA, {'subkind': 'city district', 'note': 'list item sharing the head noun "districts"'}),
        ('Momyshuly Street', 0, 'facility', 'Momyshuly Street (Almaty)', ALA, {'subkind': 'street'}),
        ('Sayran bus station', 0, 'facility', 'Sayran bus station (Almaty)', ALA, {'subkind': 'bus station', 'note': 'NI:vaccination point'}),
        ('Shymkent', 3, 'city', 'Shymkent', SH, {'note': 'NI:background on the reform'}),
        ('South Kazakhstan Region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the former name of the region, named after the 2018 reform; its remaining land is Turkistan Region on the article date'}),
        ('Turkistan Region', 2, 'region', TR, TR, {'note': 'NI:background'}),
        ('Nur-Sultan', 1, 'city', 'Astana', AST, {'note': 'NI:origin of vaccination teams'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of vaccination teams'}),
        ('India', 0, 'foreign', 'India', N),
        ('Istanbul', 0, 'foreign', 'Istanbul', N),
        ('Shymkent airport', 0, 'facility', 'Shymkent International Airport', SH, {'subkind': 'airport', 'note': 'NI:where vaccine landed'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Turkey', 0, 'foreign', 'Turkey', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Tashkent', 0, 'foreign', 'Tashkent', N),
     ],
     inc={SH: (1, 'measles outbreak in the city with two children dead (an outbreak among people counts once per unit reported with cases)'), TR: (1, 'measles outbreak in the region (480 cases; schools closed in three districts, kindergartens in Lenger and Kazygurt)'), ALA: (1, 'measles outbreak in the city (390 cases, a kindergarten cluster)'), AST: (1, 'measles cases in Nur-Sultan (doubtful: cases only listed)')},
     unatt=[{'label': '12 regions', 'count': 12, 'note': 'measles cases in 12 regions; only Turkistan Region is named and has its own row'}]),

dict(id='p002', date='1994-12-13', lang='en',
     event='1994 heating plant failure and a main pipe burst in Kzyl-Orda and a fatal stove fire in Aralsk (Kyzylorda Region); Leninsk (Baikonur) unaffected; villages cut off for debts',
     text="""KZYL-ORDA, Dec 13 (Interfax) - Two of the three boilers at the heating plant of Kzyl-Orda broke down on Sunday night as the temperature fell to minus 28, leaving about 40,000 people without heating, city officials said on Tuesday.
On Monday a main pipe burst under the square in front of the railway station, flooding it with hot water that froze within hours. Repair crews worked through the night.
In Aralsk, an elderly couple died on Saturday when a makeshift stove set fire to their house. The fire service said many families in the town had turned to such stoves because coal deliveries from Karaganda have been irregular since October.
Fuel oil for the plant comes by rail from Pavlodar, but the railway owes the refinery money, a deputy akim said. In Leninsk, the town that serves the Baikonur cosmodrome, heating comes from a plant run by the Russian military and was working normally.
The regional power company has cut electricity to 12 villages in the Kazaly and Zhalagash districts over unpaid bills.""",
     ann=[
        ('KZYL-ORDA', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline; old spelling'}),
        ('Kzyl-Orda', 0, 'city', 'Kyzylorda', KYR, {'note': 'old spelling'}),
        ('Aralsk', 0, 'city', 'Aralsk', KYR),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of coal'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of fuel oil'}),
        ('Leninsk', 0, 'city', 'Baikonur', KYR, {'note': 'NI:heating works normally; the town of the cosmodrome, renamed Baikonur in 1995, leased to Russia'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:leased to Russia'}),
        ('12 villages', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'villages cut off for unpaid bills, not an incident'}),
        ('Kazaly', 0, 'district', 'Kazaly District', KYR, {'note': 'NI:list item sharing the head noun "districts"; power cut for debts'}),
        ('Zhalagash', 0, 'district', 'Zhalagash District', KYR, {'note': 'NI:list item sharing the head noun "districts"; power cut for debts'}),
     ],
     inc={KYR: (3, 'boilers of the Kzyl-Orda heating plant broke down; main pipe burst on Monday; fatal stove fire in Aralsk (the power cut for debts is a measure, not counted)')}),

dict(id='p003', date='2021-10-12', lang='en',
     event='2021 oil spill from a ruptured flowline at the Kalamkas field on the Buzachi peninsula (Mangystau Region); dead seals near Fort-Shevchenko not counted',
     text="""Oil spill fouls Caspian shore
AKTAU, Oct 12 (KazTAG) - Oil from a ruptured flowline at the Kalamkas field has washed up along about three kilometres of the Caspian shore on the Buzachi peninsula in Mangystau Region, the regional ecology department said on Tuesday.
The pipe, which carries crude from the wells to a collection point, burst on Saturday. The operator, a subsidiary of KazMunayGas, said about 40 tonnes had leaked before the valves were shut. Clean-up crews from Aktau and Zhanaozen have collected 600 tonnes of oily sand.
Separately, fishermen from Bautino reported 70 dead seals on the shore north of Fort-Shevchenko. Scientists at a research institute in Atyrau said the seals had died of a virus and saw no link to the spill.
The ecology ministry in Nur-Sultan has sent inspectors. Environmental groups in Aktau warned that the shallow northern Caspian, where sturgeon spawn near the mouth of the Ural, could not absorb a larger spill. "Every year it is the same shore and the same promises," said Yerlan Astanov, a local ecologist. The groups asked for joint monitoring with Russia's Astrakhan region.""",
     ann=[
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Kalamkas field', 0, 'facility', 'Kalamkas field', MR, {'subkind': 'oil field'}),
        ('Caspian', 1, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Buzachi peninsula', 0, 'facility', 'Buzachi Peninsula', N, {'subkind': 'peninsula', 'note': 'in Mangystau Region'}),
        ('Mangystau Region', 0, 'region', MR, MR),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of clean-up crews'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of clean-up crews'}),
        ('Bautino', 0, 'village', 'Bautino', MR, {'note': 'NI:residence of fishermen'}),
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:reference point; dead seals, not counted'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:workplace of scientists'}),
        ('Nur-Sultan', 0, 'city', 'Astana', AST, {'note': 'NI:seat of a ministry'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:where groups are based'}),
        ('Caspian', 2, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Astrakhan region', 0, 'foreign', 'Astrakhan Oblast', N),
     ],
     inc={MR: (1, 'oil spill from a ruptured flowline at the Kalamkas field (the dead seals are an animal die-off, not counted)')}),

dict(id='p004', date='2026-06-02', lang='en',
     event='2026 new tourist route through seven villages of Katon-Karagay district (East Kazakhstan Region; no incident); Altai, formerly Zyryanovsk',
     text="""New tourist route links Altai villages
OSKEMEN, June 2 (Kazinform) - A tourist route through seven villages of Katon-Karagay district opens on Saturday, the tourism department of East Kazakhstan Region said on Tuesday.
The 420-km route starts in Oskemen and runs through Altai, the town called Zyryanovsk until 2019, to the district centre Katon-Karagay, then to Uryl, Berel and the Rakhmanov Springs at the foot of Mount Belukha on the border with Russia. Guest houses in Berel, famous for its ancient burial mounds, will take up to 300 visitors a week, and a side road leads to Lake Markakol in Kurchum district.
Most of the route lies in the Katon-Karagay National Park, where rangers will collect a fee of 1,000 tenge. "We expect hikers, riders and rafters on the Bukhtarma," said guide Marat Zaysanov.
Air Astana will fly three times a week from Almaty and Astana to Oskemen. Tour operators expect visitors from Novosibirsk and Barnaul in Russia and from Urumqi in China, who can enter through the Maikapshagai crossing in Zaysan district.""",
     ann=[
        ('Altai', 0, 'facility', 'Altai Mountains', N, {'subkind': 'mountains', 'uncertain': True, 'note': 'headline; read as the Altai mountains, not the town of Altai'}),
        ('OSKEMEN', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('seven villages', 0, 'quantified', '7 villages', N, {'count': 7, 'unit': 'village', 'note': 'villages of Katon-Karagay district; not an incident'}),
        ('Katon-Karagay district', 0, 'district', 'Katon-Karagay District', EKR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR),
        ('Oskemen', 0, 'city', 'Oskemen', EKR),
        ('Altai', 1, 'city', 'Altai', EKR),
        ('Zyryanovsk', 0, 'city', 'Altai', EKR, {'note': 'former name of the town Altai (until 2019)'}),
        ('Katon-Karagay', 1, 'village', 'Katon-Karagay', EKR),
        ('Uryl', 0, 'village', 'Uryl', EKR),
        ('Berel', 0, 'village', 'Berel', EKR),
        ('Rakhmanov Springs', 0, 'village', 'Rakhmanov Springs', EKR, {'note': 'a spa settlement'}),
        ('Mount Belukha', 0, 'facility', 'Belukha', N, {'subkind': 'mountain', 'note': 'on the border with Russia'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Berel', 1, 'village', 'Berel', EKR),
        ('Lake Markakol', 0, 'facility', 'Lake Markakol', N, {'subkind': 'lake'}),
        ('Kurchum district', 0, 'district', 'Kurchum District', EKR),
        ('Katon-Karagay National Park', 0, 'facility', 'Katon-Karagay National Park', EKR, {'subkind': 'national park'}),
        ('Bukhtarma', 0, 'facility', 'Bukhtarma River', N, {'subkind': 'river'}),
        ('Almaty', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of flights'}),
        ('Astana', 1, 'city', 'Astana', AST, {'note': 'NI:origin of flights'}),
        ('Oskemen', 1, 'city', 'Oskemen', EKR, {'note': 'NI:destination of flights'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N),
        ('Barnaul', 0, 'foreign', 'Barnaul', N),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Urumqi', 0, 'foreign', 'Urumqi', N),
        ('China', 0, 'foreign', 'China', N),
        ('Maikapshagai crossing', 0, 'facility', 'Maikapshagai border crossing', EKR, {'subkind': 'border crossing'}),
        ('Zaysan district', 0, 'district', 'Zaysan District', EKR),
     ],
     inc={}),

dict(id='p005', date='2022-08-16', lang='en',
     event='2022 brucellosis in Makanchi (Urzhar district) and a water main burst in Semey (Abai Region, two months after its creation); foot-and-mouth disease in Ayagoz district and dry wells in Zharma district not counted',
     text="""Brucellosis, foot-and-mouth and a burst main test new Abai Region
SEMEY, Aug 16 (Interfax-Kazakhstan) - Nine people in the village of Makanchi in Urzhar district have been taken to hospital with brucellosis, the health department of Abai Region said on Tuesday.
The patients, most of them shepherds and their families, are thought to have drunk unboiled milk from infected sheep. They are being treated at the district hospital in Urzhar, and samples have been sent to the reference laboratory in Oskemen, which still serves both regions. The ministry said people had also fallen ill with brucellosis in three other regions since June.
Veterinarians have also confirmed foot-and-mouth disease in cattle at two farms in Ayagoz district. No person has fallen ill, but 14 villages of the district are under quarantine and the livestock market in Ayagoz has been closed.
In Semey itself, a water main burst on Valikhanov Street on Sunday night, leaving about 35,000 residents without water for 20 hours. Tankers from Kurchatov delivered drinking water, and the city's water company said the pipe, laid in 1962, had corroded through.
In Zharma district the heat has dried the wells of three villages, and water is being brought by truck from Kalbatau.
Makanchi, Urzhar and Ayagoz belonged to East Kazakhstan Region until June 8, when Semey, Kurchatov and eight districts formed the new region. The governor, Bolat Urzharov, said on Monday that a veterinary laboratory would open in Semey next year, so that samples no longer need to travel 200 km to Oskemen. He also asked Nur-Sultan for money to replace 90 km of water mains.""",
     ann=[
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Makanchi', 0, 'village', 'Makanchi', ABR),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR),
        ('Abai Region', 1, 'region', ABR, ABR),
        ('Urzhar', 1, 'village', 'Urzhar', ABR, {'note': 'NI:hospital town'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:where samples are sent'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'brucellosis cases in regions that are not named'}),
        ('Ayagoz district', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:foot-and-mouth disease among cattle, not counted'}),
        ('14 villages', 0, 'quantified', '14 villages', N, {'count': 14, 'unit': 'village', 'note': 'villages of Ayagoz district under quarantine; not an incident'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:market closed'}),
        ('Semey', 0, 'city', 'Semey', ABR),
        ('Valikhanov Street', 0, 'facility', 'Valikhanov Street (Semey)', ABR, {'subkind': 'street'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:origin of tankers'}),
        ('Zharma district', 0, 'district', 'Zharma District', ABR, {'note': 'NI:dry wells, a shortage, not counted'}),
        ('three villages', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'dry wells, not an incident'}),
        ('Kalbatau', 0, 'village', 'Kalbatau', ABR, {'note': 'NI:origin of water trucks'}),
        ('Makanchi', 1, 'village', 'Makanchi', ABR, {'note': 'NI:background'}),
        ('Urzhar', 2, 'village', 'Urzhar', ABR, {'note': 'NI:background'}),
        ('Ayagoz', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:background'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:background, the region they belonged to'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR, {'note': 'NI:background'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:planned laboratory'}),
        ('Oskemen', 1, 'city', 'Oskemen', EKR, {'note': 'NI:background'}),
        ('Nur-Sultan', 0, 'city', 'Astana', AST, {'uncertain': True, 'note': 'NI:metonymy for the government in the capital'}),
     ],
     inc={ABR: (2, 'brucellosis outbreak in Makanchi with nine people in hospital (doubtful, counted as an outbreak among people); water main burst in Semey (the foot-and-mouth disease among cattle and the dry wells are not counted)')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'brucellosis cases among people in three regions that are not named'}]),

dict(id='p006', date='2017-10-24', lang='en',
     event='2017 record grain exports through Saryagash station (South Kazakhstan Region) and through Altynkol and Dostyk (Almaty Region) (no incident)',
     text="""Grain exports through Saryagash hit record
SHYMKENT, Oct 24 (Kazinform) - A record 410,000 tonnes of wheat and flour crossed into Uzbekistan through Saryagash station in South Kazakhstan Region in September, the Kazakhstan Temir Zholy railway company said on Tuesday.
Most of the grain came from the Kostanay, Akmola and North Kazakhstan regions and was bound for Uzbekistan, Tajikistan and Afghanistan, where it is unloaded at Hairatan on the Amu Darya. Another 95,000 tonnes went east to China through Altynkol station near Khorgos, and through Dostyk.
"A train from Kostanay now reaches Saryagash in six days instead of nine," said Yerlan Kostanayev, a deputy head of the railway. The Bolashak station in Mangystau Region handles shipments to Turkmenistan and Iran.
Millers in Shymkent and Turkestan, who buy northern wheat for flour, said prices had risen by 8 per cent since the summer drought in Pavlodar Region.""",
     ann=[
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'headline; the station town'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Saryagash station', 0, 'facility', 'Saryagash station', SKR, {'subkind': 'railway station'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'list item sharing the head noun "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list item sharing the head noun "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list item sharing the head noun "regions"'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N),
        ('Hairatan', 0, 'foreign', 'Hairatan', N),
        ('Amu Darya', 0, 'foreign', 'Amu Darya', N, {'subkind': 'river'}),
        ('China', 0, 'foreign', 'China', N),
        ('Altynkol station', 0, 'facility', 'Altynkol station', ALR, {'subkind': 'railway station'}),
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'NI:reference point'}),
        ('Dostyk', 0, 'village', 'Dostyk (Alakol District)', ALR, {'note': 'the border station'}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': 'NI:origin of trains'}),
        ('Saryagash', 2, 'city', 'Saryagash', SKR, {'note': 'NI:destination of trains'}),
        ('Bolashak station', 0, 'facility', 'Bolashak station', MR, {'subkind': 'railway station'}),
        ('Mangystau Region', 0, 'region', MR, MR),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:workplace of millers'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:workplace of millers'}),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'NI:drought, not counted'}),
     ],
     inc={}),

dict(id='p007', date='2015-01-20', lang='en',
     event='2015 gas smell makes pupils and teachers ill in Berezovka next to the Karachaganak field, a rally of Berezovka residents in Aksai and a school bus sliding off the road near Aksai (West Kazakhstan Region); drought relief for 30 villages',
     text="""Villagers near Karachaganak fall ill again, demand resettlement
ORAL, Jan 20 (Reuters) - Eleven children and three teachers at the school in Berezovka, a village next to the Karachaganak gas condensate field in West Kazakhstan Region, were treated for dizziness and nausea on Monday after a sharp smell of gas spread through the village, regional health officials said.
Residents blame emissions from the field, which lies about five kilometres away. The operator said its monitoring stations had recorded no excess of hydrogen sulphide.
On Tuesday morning about 150 residents of Berezovka gathered outside the akimat of Burlin district in Aksai to demand that they be moved. "We want to live where our children can breathe," said teacher Gulnara Aksaiova. Police did not intervene, and the rally ended after two hours when the district akim promised to pass their demands to Astana.
In a separate accident, a bus carrying 24 pupils from Berezovka to a sports competition slid off the icy road near Aksai and into a ditch. Two pupils were slightly hurt.
The field is run by an international consortium that includes KazMunayGas. Its gas is piped to Orenburg in Russia for processing. The akim of the region said in Oral, formerly Uralsk, that experts from Almaty and Moscow would take air samples in the village next week.
The akimat also said it had sent fodder to 30 villages in the Zhanibek, Bokey Orda and Kaztalov districts, where last summer's drought burnt the pastures. Farmers there have sold a third of their sheep, many of them to traders from Atyrau and Samara.""",
     ann=[
        ('Karachaganak', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas condensate field', 'note': 'NI:headline; reference point'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Berezovka', 0, 'village', 'Berezovka (Burlin District)', WKR),
        ('Karachaganak gas condensate field', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas condensate field', 'note': 'NI:reference point'}),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
        ('Berezovka', 1, 'village', 'Berezovka (Burlin District)', WKR, {'note': 'NI:residence of the protesters'}),
        ('Burlin district', 0, 'district', 'Burlin District', WKR),
        ('Aksai', 0, 'city', 'Aksai', WKR),
        ('Astana', 0, 'city', 'Astana', AST, {'uncertain': True, 'note': 'NI:metonymy for the government in the capital'}),
        ('Berezovka', 2, 'village', 'Berezovka (Burlin District)', WKR, {'note': 'NI:origin of the bus'}),
        ('Aksai', 1, 'city', 'Aksai', WKR),
        ('Orenburg', 0, 'foreign', 'Orenburg', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:seat of the akim'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:former name of Oral'}),
        ('Almaty', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of experts'}),
        ('Moscow', 0, 'foreign', 'Moscow', N),
        ('30 villages', 0, 'quantified', '30 villages', N, {'count': 30, 'unit': 'village', 'note': 'villages hit by the 2014 drought; not an incident'}),
        ('Zhanibek', 0, 'district', 'Zhanibek District', WKR, {'note': 'NI:list item sharing the head noun "districts"; drought relief'}),
        ('Bokey Orda', 0, 'district', 'Bokey Orda District', WKR, {'note': 'NI:list item sharing the head noun "districts"; drought relief'}),
        ('Kaztalov', 0, 'district', 'Kaztalov District', WKR, {'note': 'NI:list item sharing the head noun "districts"; drought relief'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of traders'}),
        ('Samara', 0, 'foreign', 'Samara', N),
     ],
     inc={WKR: (3, 'gas smell in Berezovka with 14 people treated (counted as a mishap with victims; an emission episode); rally of Berezovka residents outside the Burlin district akimat in Aksai; school bus sliding into a ditch near Aksai (the 2014 drought is not counted)')}),

dict(id='p008', date='2024-01-23', lang='en',
     event='2024 lorry queue at the Nur Zholy crossing near Khorgos and a lorry fire in the queue (Jetisu Region); traffic sent to Kalzhat (Almaty Region) and Dostyk',
     text="""Lorry burns in 12-km queue at Khorgos
ZHARKENT, Jan 23 (Vlast.kz) - About 1,400 lorries were waiting on Tuesday to cross into China at the Nur Zholy checkpoint near Khorgos in Jetisu Region, after Chinese customs shortened their working hours.
Late on Monday a lorry loaded with cotton caught fire in the queue about five kilometres from the checkpoint. Firefighters from Zharkent put out the blaze; the driver, a citizen of Uzbekistan, suffered burns.
The queue stretches back along the Almaty-Khorgos highway past the village of Baskunchi, where the akimat of Panfilov district has set up heated tents and a field kitchen. Drivers from Kyrgyzstan and Tajikistan said they had waited for up to five days at minus 20.
Officials advised carriers to use the Kalzhat crossing in Uygur district, which lies in Almaty Region, or to send goods by rail through Dostyk. Trucks bound for Urumqi and Horgos on the Chinese side carry mostly grain, cotton and oil products.""",
     ann=[
        ('Khorgos', 0, 'village', 'Khorgos', JTR, {'note': 'headline'}),
        ('ZHARKENT', 0, 'city', 'Zharkent', JTR, {'note': 'dateline'}),
        ('China', 0, 'foreign', 'China', N),
        ('Nur Zholy checkpoint', 0, 'facility', 'Nur Zholy border crossing', JTR, {'subkind': 'border crossing'}),
        ('Khorgos', 1, 'village', 'Khorgos', JTR, {'note': 'NI:reference point'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:origin of firefighters'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Almaty', 0, 'city', 'Almaty', ALA, {'note': 'NI:road endpoint'}),
        ('Khorgos', 2, 'village', 'Khorgos', JTR, {'note': 'NI:road endpoint'}),
        ('Baskunchi', 0, 'village', 'Baskunchi', JTR, {'note': 'NI:the queue passes'}),
        ('Panfilov district', 0, 'district', 'Panfilov District', JTR),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N),
        ('Kalzhat crossing', 0, 'facility', 'Kalzhat border crossing', ALR, {'subkind': 'border crossing', 'note': 'NI:alternative crossing'}),
        ('Uygur district', 0, 'district', 'Uygur District', ALR, {'note': 'NI:alternative crossing; Uygur district stayed in Almaty Region in 2022'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:alternative crossing'}),
        ('Dostyk', 0, 'village', 'Dostyk (Alakol District)', JTR, {'note': 'NI:alternative rail crossing'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N),
        ('Horgos', 0, 'foreign', 'Horgos (China)', N, {'note': 'the Chinese town across the border'}),
     ],
     inc={JTR: (1, 'lorry fire in the queue near the Nur Zholy checkpoint (the queue itself is not an incident)')}),

]
