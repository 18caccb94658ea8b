"""English texts of the seventy-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2011-12-15', lang='en',
     event='2011 last rail laid on the Zhetygen-Korgas railway (Almaty Region before the 2022 split); a track-laying crane topples near Basshi, Kerbulak district, killing an operator, and eleven grain wagons derail at Dostyk station, Alakol district; Altynkol, Khorgos, Zharkent and Koktal in Almaty Region; Aktogay in East Kazakhstan Region; Khorgas, Xinjiang, Urumqi and Alashankou in China; the Turksib; a spokesman named Oral',
     text="""Last rail laid on Zhetygen–Korgas line as crane accident and derailment mar the week
ALMATY, Dec 15 (Interfax-Kazakhstan) - Track-laying crews joined the last section of the 293-km Zhetygen–Korgas railway on Thursday, linking the Turksib main line with a new border station at Altynkol, opposite the Chinese town of Khorgas in Xinjiang. The ceremony near the village of Basshi, in Kerbulak district of Almaty region, was attended by Deputy Transport Minister Yerzhan Tulegenov and managers of the national railway company Kazakhstan Temir Zholy.

Officials say the new line will shorten the route from Almaty to the Chinese border by about 550 km compared with the old route through Aktogay and Dostyk, and will carry up to 15 million tonnes of freight a year once China completes its own track from Khorgas to Urumqi.

The week was marred by two accidents. On Monday a track-laying crane toppled over near Basshi, killing a 42-year-old operator from Taldykorgan and injuring another worker, the Almaty region emergencies department said. Prosecutors in Kerbulak district have opened a criminal case over safety violations.

Early on Wednesday eleven empty grain wagons bound for Alashankou in China left the rails at Dostyk station, on the border in Alakol district. Nobody was hurt, but traffic through the crossing stopped for nine hours. A railway spokesman, Oral Kenzhebayev, blamed a broken switch and said a recovery train had been sent from Aktogay.

The Zhetygen–Korgas project, started in 2009, cost about 150 billion tenge. Alongside the track, contractors have built a road to the customs post at Khorgos and a 110 kV power line from Zharkent to feed the border station and a future free trade zone. The first freight trains are due to run through Altynkol in 2012, and a passenger service from Almaty to Khorgos is planned.

Chief engineer Bakhyt Sadykov said the builders had worked through frosts of minus 30 in the Ili valley and gales near Koktal. "We have laid rails across three districts of the region in little more than two years," he said.""",
     ann=[
        ('Zhetygen', 0, 'village', 'Zhetygen', ALR, {'note': 'headline; NI:route endpoint'}),
        ('Korgas', 0, 'village', 'Khorgos', ALR, {'note': 'headline; the Kazakh border settlement, variant spelling; NI:route endpoint'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Zhetygen', 1, 'village', 'Zhetygen', ALR, {'note': 'NI:route endpoint'}),
        ('Korgas', 1, 'village', 'Khorgos', ALR, {'note': 'NI:route endpoint'}),
        ('Turksib', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway', 'note': 'railway crossing several regions; not the Almaty district'}),
        ('Altynkol', 0, 'village', 'Altynkol', ALR, {'note': 'NI:site of the new border station; Almaty Region before 2022-06-08'}),
        ('Khorgas', 0, 'foreign', 'Khorgas (China)', N, {'note': 'NI:the Chinese town across the border'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:reference'}),
        ('Basshi', 0, 'village', 'Basshi', ALR, {'note': 'NI:site of the ceremony'}),
        ('Kerbulak district', 0, 'district', 'Kerbulak District', ALR, {'note': 'NI:site of the ceremony'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route start'}),
        ('Aktogay', 0, 'village', 'Aktogay (Ayagoz district)', EKR, {'note': 'NI:point on the old route; the railway junction, East Kazakhstan Region before 2022-06-08'}),
        ('Dostyk', 0, 'village', 'Dostyk', ALR, {'note': 'NI:point on the old route'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:reference'}),
        ('Khorgas', 1, 'foreign', 'Khorgas (China)', N, {'note': 'NI:route endpoint'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:route endpoint'}),
        ('Basshi', 1, 'village', 'Basshi', ALR, {'note': 'crane toppled near the village'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of the victim; Almaty Region before 2022-06-08'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Kerbulak district', 1, 'district', 'Kerbulak District', ALR, {'note': 'inside the name of an authority (prosecutors)'}),
        ('Alashankou', 0, 'foreign', 'Alashankou', N, {'note': 'NI:destination of the wagons'}),
        ('China', 1, 'foreign', 'China', N, {'note': 'NI:destination'}),
        ('Dostyk station', 0, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station'}),
        ('Alakol district', 0, 'district', 'Alakol District', ALR),
        ('Aktogay', 1, 'village', 'Aktogay (Ayagoz district)', EKR, {'note': 'NI:origin of the recovery train'}),
        ('Zhetygen', 2, 'village', 'Zhetygen', ALR, {'note': 'NI:route endpoint (project name)'}),
        ('Korgas', 2, 'village', 'Khorgos', ALR, {'note': 'NI:route endpoint (project name)'}),
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'NI:site of the customs post'}),
        ('Zharkent', 0, 'city', 'Zharkent', ALR, {'note': 'NI:power line endpoint; Almaty Region before 2022-06-08'}),
        ('Altynkol', 1, 'village', 'Altynkol', ALR, {'note': 'NI:planned traffic'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Khorgos', 1, 'village', 'Khorgos', ALR, {'note': 'NI:route endpoint'}),
        ('Ili valley', 0, 'facility', 'Ili valley', N, {'subkind': 'valley', 'note': 'natural feature, in Almaty Region on the article date'}),
        ('Koktal', 0, 'village', 'Koktal', ALR, {'note': 'NI:weather reference'}),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'districts crossed by the line; not about incidents'}),
     ],
     inc={ALR: (2, 'track-laying crane toppled near Basshi, Kerbulak district, one killed; eleven wagons derailed at Dostyk station, Alakol district (both Almaty Region before the 2022 split)')}),

dict(id='p002', date='2004-03-09', lang='en',
     event='2004 crude oil leak on the Atyrau-Samara export pipeline near Makhambet (Atyrau Region), spreading over the Ural floodplain; two earlier leaks this year narrated, in Inder district (Atyrau Region) and near Chapaev (West Kazakhstan Region); samples sent to Astana; Samara in Russia',
     text="""Oil leak on Atyrau–Samara pipeline reaches Ural floodplain
ATYRAU, March 9 (Kazinform) - About 40 tonnes of crude oil spilled from the Atyrau–Samara export pipeline near the village of Makhambet late on Monday, the Atyrau region environmental department said on Tuesday. The oil spread over two hectares of the Ural river floodplain before KazTransOil crews closed the valves and dug a containment trench.
Department head Murat Zhaksylykov said a corroded weld was the likely cause and that samples had been sent to a laboratory in Astana. Pumping to Samara in Russia, where the line joins the Transneft network, resumed on Tuesday afternoon after a 20-hour stop.
It is the third leak on the line this year. On January 12 about five tonnes of oil escaped in Inder district, and on January 27 a smaller leak was found near Chapaev in West Kazakhstan region; both were cleaned up within a day, the company said.
The 1,230-km pipeline, built in 1970, carries most of the oil exported from western Kazakhstan to Europe.""",
     ann=[
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'headline; NI:pipeline endpoint'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'headline; NI:pipeline endpoint'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; the river named without head noun'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline endpoint'}),
        ('Samara', 1, 'foreign', 'Samara', N, {'note': 'NI:pipeline endpoint'}),
        ('Makhambet', 0, 'village', 'Makhambet', ATR, {'note': 'district centre; the leak near the village'}),
        ('Atyrau region', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Ural river', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:laboratory'}),
        ('Samara', 2, 'foreign', 'Samara', N, {'note': 'NI:destination of the oil'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Inder district', 0, 'district', 'Inder District', ATR, {'note': 'earlier leak, narrated with its date'}),
        ('Chapaev', 0, 'village', 'Chapaev', WKR, {'note': 'earlier leak near the village, narrated with its date'}),
        ('West Kazakhstan region', 0, 'region', WKR, WKR),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': '"western Kazakhstan": directional, only the country'}),
        ('Europe', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region', 'note': 'NI:export destination'}),
     ],
     inc={ATR: (2, 'oil leak near Makhambet (about 40 tonnes); earlier leak in Inder district on January 12'),
          WKR: (1, 'leak near Chapaev on January 27')}),

dict(id='p003', date='1996-01-23', lang='en',
     event='1996 coal train derailment near Yereymentau on the Ekibastuz-Akmola line (Akmola Region) and a traction substation fire in Ekibastuz (Pavlodar Region); Akmola the city, before it became the capital, and Tselinograd its old name (Astana); the Akmola regional committee is Akmola Region',
     text="""Coal train derails on Ekibastuz–Akmola line, substation burns in Ekibastuz
AKMOLA, Jan 23 (Reuters) - Twenty-two wagons of a coal train from Ekibastuz left the track near the town of Yereymentau early on Tuesday, blocking the main line between Pavlodar and Akmola for more than a day, railway officials said.
No one was hurt, but the derailment brought down a section of overhead wire and cut power to Yereymentau station, the Akmola regional emergencies committee said. Passenger trains from Pavlodar to Akmola and on to Karaganda were held in Ekibastuz.
Hours earlier a fire had broken out at a traction substation on the outskirts of Ekibastuz, cutting power to trains on a 60-km stretch of the line. Firefighters put it out after three hours, and the cause is being investigated, the Pavlodar region police said.
Akmola, known as Tselinograd until 1992, depends on Ekibastuz coal for its heating plant. City officials said coal stocks would last four days, while night temperatures in the steppe have fallen to minus 35.""",
     ann=[
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'headline; NI:line endpoint'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'headline; NI:line endpoint; the city named Akmola 1992-1998 (the capital from December 1997)'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR, {'note': 'headline; substation fire'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city named Akmola 1992-1998'}),
        ('Ekibastuz', 2, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the train'}),
        ('Yereymentau', 0, 'city', 'Yereymentau', AKR, {'note': 'derailment near the town'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:line endpoint'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'NI:line endpoint'}),
        ('Yereymentau station', 0, 'facility', 'Yereymentau station', AKR, {'subkind': 'railway station', 'note': 'NI:power cut'}),
        ('Akmola', 2, 'region', AKR, AKR, {'note': 'inside the name of an authority ("Akmola regional ... committee"): the region, not the city'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Akmola', 3, 'city', 'Astana', 'Astana', {'note': 'NI:route point'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Ekibastuz', 3, 'city', 'Ekibastuz', PR, {'note': 'NI:trains held'}),
        ('Ekibastuz', 4, 'city', 'Ekibastuz', PR, {'note': 'substation fire on the outskirts'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Akmola', 4, 'city', 'Astana', 'Astana', {'note': 'NI:background'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name (until 1992)'}),
        ('Ekibastuz', 5, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the coal'}),
     ],
     inc={AKR: (1, 'coal train derailed near Yereymentau, 22 wagons'),
          PR: (1, 'fire at a traction substation on the outskirts of Ekibastuz')}),

dict(id='p004', date='2016-09-14', lang='en',
     event='2016 first freight train on the new Zhezkazgan-Beyneu railway; fatal level-crossing crash near Saksaulsky, Aral district (Kyzylorda Region), and a cable fire in the new station building in Zhezkazgan (Karaganda Region before the 2022 split); Arkalyk-Shubarkol line; Shalkar on the Orenburg-Tashkent railway; regions listed with a shared head noun; Caspian as an adjective',
     text="""First freight train runs the length of new Zhezkazgan–Beyneu railway
ZHEZKAZGAN, Sept 14 (Tengrinews) - The first regular freight train on the 988-km Zhezkazgan–Beyneu railway reached Beyneu on Wednesday, four days after the line was formally opened. The route crosses the Karaganda, Kyzylorda, Aktobe and Mangystau regions and, officials say, shortens the rail journey between central Kazakhstan and the Caspian port of Aktau by some 1,200 km.

Together with the 214-km Arkalyk–Shubarkol line, opened the same day, the railway links the coal of Shubarkol and the grain of Kostanay region with the ports on the Caspian Sea and, through Turkmenistan, with Iran. Kazakhstan Temir Zholy says it wants to send container trains from China to Turkey over the new track.

The first week has not gone smoothly. On Monday evening a car drove onto the track at an unguarded crossing near the settlement of Saksaulsky, in Aral district of Kyzylorda region, and was hit by a freight locomotive. The driver and a passenger were killed, the regional police said. On Tuesday night a fire broke out in a cable cabinet in the new station building in Zhezkazgan. It was put out within 40 minutes and trains were not delayed, the Karaganda region emergencies department said.

In Shalkar, in Aktobe region, where the new line crosses the old Orenburg–Tashkent railway, residents hope for a passenger service to Beyneu and Zhezkazgan. "For now we only watch freight trains go by," said Gulnar Yessenova, a teacher.

Deputy akim of Karaganda region Nurlan Abenov said a passenger train between Zhezkazgan and Kyzylorda would be launched in December, and that copper concentrate from Zhezkazgan and Satpayev could soon travel by rail to the port of Aktau and on to Europe. Construction of the line, which began in 2012, employed more than 7,000 workers from across the country.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; NI:line endpoint; Karaganda Region before 2022-06-08'}),
        ('Beyneu', 0, 'village', 'Beyneu', MR, {'note': 'headline; NI:line endpoint'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:line endpoint'}),
        ('Beyneu', 1, 'village', 'Beyneu', MR, {'note': 'NI:line endpoint'}),
        ('Beyneu', 2, 'village', 'Beyneu', MR, {'note': 'NI:arrival of the train'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "regions"'}),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'NI:in a list sharing "regions"'}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'NI:in a list sharing "regions"'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'NI:in a list sharing "regions"'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': '"central Kazakhstan": directional, only the country'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:route endpoint; "Caspian" is an adjective here and not annotated'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:line endpoint'}),
        ('Shubarkol', 0, 'facility', 'Shubarkol coal mine', KR, {'subkind': 'mine', 'note': 'NI:line endpoint; coal field and station'}),
        ('Shubarkol', 1, 'facility', 'Shubarkol coal mine', KR, {'subkind': 'mine', 'note': 'NI:origin of coal'}),
        ('Kostanay region', 0, 'region', KOR, KOR, {'note': 'NI:origin of grain'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:transit'}),
        ('Iran', 0, 'foreign', 'Iran', N, {'note': 'NI:destination'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:route endpoint'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:route endpoint'}),
        ('Saksaulsky', 0, 'village', 'Saksaulsky', KZR, {'note': 'crossing crash near the settlement'}),
        ('Aral district', 0, 'district', 'Aral District', KZR, {'note': 'not the Aral Sea'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'fire in the new station building'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Shalkar', 0, 'city', 'Shalkar', AR, {'note': 'NI:residents hoping for a service'}),
        ('Aktobe region', 0, 'region', AR, AR, {'note': 'NI:location of Shalkar'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:line endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:line endpoint'}),
        ('Beyneu', 3, 'village', 'Beyneu', MR, {'note': 'NI:planned service'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': 'NI:planned service'}),
        ('Karaganda region', 1, 'region', KR, KR, {'note': 'inside an official post (deputy akim)'}),
        ('Zhezkazgan', 4, 'city', 'Zhezkazgan', KR, {'note': 'NI:planned train endpoint'}),
        ('Kyzylorda', 2, 'city', 'Kyzylorda', KZR, {'note': 'NI:planned train endpoint'}),
        ('Zhezkazgan', 5, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of copper concentrate'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of copper concentrate; Karaganda Region before 2022-06-08'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:destination'}),
        ('Europe', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region', 'note': 'NI:destination'}),
     ],
     inc={KZR: (1, 'car hit by a freight locomotive at an unguarded crossing near Saksaulsky, Aral district, two killed'),
          KR: (1, 'cable cabinet fire in the new station building in Zhezkazgan (Karaganda Region before the 2022 split)')}),

dict(id='p005', date='2019-08-20', lang='en',
     event='2019 trench collapse on a Saryarka gas pipeline construction site 30 km north of Zhezkazgan, one killed (Karaganda Region before the 2022 split); the Kyzylorda-Zhezkazgan-Karaganda-Nur-Sultan route; pipes from Chelyabinsk and China',
     text="""Worker killed as trench collapses on Saryarka gas pipeline site
NUR-SULTAN, Aug 20 (Kazinform) - A welder was killed and two other workers were injured when the wall of a trench collapsed on a construction site of the Saryarka gas pipeline about 30 km north of Zhezkazgan on Monday, the Karaganda region labour inspectorate said.
The 1,061-km pipeline is to carry gas from Kyzylorda through Zhezkazgan and Karaganda to Nur-Sultan, where most homes are still heated by coal. Work on the Kyzylorda–Zhezkazgan section is 80 per cent complete, and the first gas is due to reach the capital by December, said Kairat Mukanov, a spokesman for the operator KazTransGas.
Zhezkazgan police have opened a criminal case over breaches of safety rules. The pipes for the northern section are being delivered by rail from Chelyabinsk in Russia and from China.""",
     ann=[
        ('Saryarka gas pipeline', 0, 'facility', 'Saryarka gas pipeline', N, {'subkind': 'pipeline', 'note': 'headline; a named pipeline crossing several regions (Saryarka, the central steppe)'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Saryarka gas pipeline', 1, 'facility', 'Saryarka gas pipeline', N, {'subkind': 'pipeline', 'note': 'a named pipeline crossing several regions'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point ("about 30 km north of"); Karaganda Region before 2022-06-08'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:route start'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:route point'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:route point'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route end'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:section endpoint'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:section endpoint'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': 'inside the name of an authority (police)'}),
        ('Chelyabinsk', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:origin of pipes'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of pipes'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:origin of pipes'}),
     ],
     inc={KR: (1, 'trench collapse on the Saryarka gas pipeline site about 30 km north of Zhezkazgan, one killed, two hurt')}),

dict(id='p006', date='2022-07-05', lang='en',
     event='2022 flange leak at the head pumping station of the Atasu-Alashankou oil pipeline in Atasu, Zhanaarka district (Ulytau Region, four weeks after its creation); Zhezkazgan, Satpayev and Karazhal now in Ulytau Region; crews from Karaganda; Dostyk in Jetisu Region; the Kazakhstan-China pipeline and the Kenkiyak-Kumkol section',
     text="""Leak at Atasu pumping station halts oil flows to China
KARAGANDA, July 5 (Interfax) - Pumping on the Atasu–Alashankou pipeline, which carries crude to China, was stopped for 14 hours on Monday after a flange leak at the head pumping station in Atasu, in Zhanaarka district of the new Ulytau region, the operator said. About three tonnes of oil spilled inside the station's fence and were collected; there was no fire and nobody was hurt.
The station passed from Karaganda region to Ulytau region when the new region was created on June 8, together with the towns of Zhezkazgan, Satpayev and Karazhal. Emergency crews from Karaganda and Zhezkazgan were sent to the site.
The 965-km pipeline runs east from Atasu to the Chinese border at Alashankou, opposite Dostyk in Jetisu region, and forms part of the Kazakhstan–China oil pipeline together with the Kenkiyak–Kumkol section in the west. Last year it carried about 11 million tonnes of oil, most of it from Kazakh fields and the rest Russian crude shipped across Kazakhstan in transit.""",
     ann=[
        ('Atasu', 0, 'village', 'Atasu', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'headline; NI:destination'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Atasu', 1, 'village', 'Atasu', UR, {'note': 'NI:pipeline endpoint'}),
        ('Alashankou', 0, 'foreign', 'Alashankou', N, {'note': 'NI:pipeline endpoint'}),
        ('China', 1, 'foreign', 'China', N, {'note': 'NI:destination'}),
        ('Atasu', 2, 'village', 'Atasu', UR, {'note': 'leak at the head pumping station'}),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'NI:background'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:background'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:background'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:background'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of crews'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of crews'}),
        ('Atasu', 3, 'village', 'Atasu', UR, {'note': 'NI:pipeline start'}),
        ('Alashankou', 1, 'foreign', 'Alashankou', N, {'note': 'NI:pipeline end'}),
        ('Dostyk', 0, 'village', 'Dostyk', JTR, {'note': 'NI:reference point; Jetisu Region since 2022-06-08'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'NI:reference'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'NI:pipeline name endpoint'}),
        ('China', 2, 'foreign', 'China', N, {'note': 'NI:pipeline name endpoint'}),
        ('Kenkiyak', 0, 'village', 'Kenkiyak', AR, {'note': 'NI:section endpoint'}),
        ('Kumkol', 0, 'facility', 'Kumkol oil field', KZR, {'subkind': 'oil field', 'uncertain': True, 'note': 'NI:section endpoint; the field lies near the boundary of Kyzylorda and Ulytau regions, labelled Kyzylorda Region'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={UR: (1, 'flange leak at the head pumping station in Atasu, Zhanaarka district, about three tonnes of oil spilled')}),

dict(id='p007', date='2024-10-08', lang='en',
     event='2024 building the second track of the Dostyk-Moiynty railway: a crane overturns at a bridge site near the Aktogay junction, Ayagoz district (Abai Region), and a container train derails at Sayak station, Aktogay district of Karaganda Region; the two Aktogays; three named regions; Usharal and Alakol district (Jetisu Region); the Bakhty-Ayagoz line to Tacheng; "three rail crossings" is not a place count',
     text="""Dostyk–Moiynty second track: crane overturns, wagons derail as deadline nears
AKTOGAY, Oct 8 (Kazinform) - Builders of the second track of the 836-km Dostyk–Moiynty railway say the last rails will be laid by the end of the year, despite two accidents in one week on the busiest freight corridor between China and Europe.

On Friday a truck-mounted crane overturned at a bridge site near the Aktogay junction, in Ayagoz district of Abai region. Its operator was taken to hospital in Ayagoz with a broken leg, and two parked excavators were damaged, the regional emergencies department said.

On Sunday night nine wagons of a container train bound for Dostyk left the rails at Sayak station, in Aktogay district of Karaganda region, blocking both the old and the new track for 16 hours. Nobody was hurt. Kazakhstan Temir Zholy said a faulty axle box was the likely cause. Sayak should not be confused with Aktogay, the junction some 200 km to the east, where the line from Dostyk meets the Turksib.

The second track runs through three regions - Jetisu, Abai and Karaganda - and is meant to double the line's capacity to 60 pairs of trains a day. The railway enters Kazakhstan at Dostyk, in Alakol district, opposite the Chinese station of Alashankou, and joins the main line at Moiynty, from where trains continue to Karaganda and Russia or west towards the ports of Aktau and Kuryk. In Usharal, the centre of Alakol district, residents have complained for months about dust and night work.

Two more lines to China are under way. The 272-km Bakhty–Ayagoz railway will open a new crossing opposite the Chinese city of Tacheng, and a second track is planned between Almaty and Altynkol on the Khorgos route. "By 2027 Kazakhstan should have three rail crossings into China," deputy minister Talgat Karashev told a briefing in Astana.""",
     ann=[
        ('Dostyk', 0, 'village', 'Dostyk', JTR, {'note': 'headline; NI:line endpoint'}),
        ('Moiynty', 0, 'village', 'Moiynty', KR, {'note': 'headline; NI:line endpoint'}),
        ('AKTOGAY', 0, 'village', 'Aktogay (Ayagoz district)', ABR, {'note': 'dateline; the railway junction, Abai Region since 2022-06-08'}),
        ('Dostyk', 1, 'village', 'Dostyk', JTR, {'note': 'NI:line endpoint'}),
        ('Moiynty', 1, 'village', 'Moiynty', KR, {'note': 'NI:line endpoint'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:corridor endpoint'}),
        ('Europe', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region', 'note': 'NI:corridor endpoint'}),
        ('Aktogay junction', 0, 'facility', 'Aktogay junction', ABR, {'subkind': 'railway station', 'note': 'crane overturned near the junction'}),
        ('Ayagoz district', 0, 'district', 'Ayagoz District', ABR),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:hospital'}),
        ('Dostyk', 2, 'village', 'Dostyk', JTR, {'note': 'NI:destination of the train'}),
        ('Sayak station', 0, 'facility', 'Sayak station', KR, {'subkind': 'railway station'}),
        ('Aktogay district', 0, 'district', 'Aktogay District (Karaganda Region)', KR, {'note': 'the district of Karaganda Region, not the junction in Abai Region'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Sayak', 1, 'village', 'Sayak', KR, {'note': 'NI:clarification'}),
        ('Aktogay', 2, 'facility', 'Aktogay junction', ABR, {'subkind': 'railway station', 'note': 'NI:clarification, the junction'}),
        ('Dostyk', 3, 'village', 'Dostyk', JTR, {'note': 'NI:line start'}),
        ('Turksib', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'regions crossed by the track, all named'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:list after "three regions"'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'NI:list after "three regions"'}),
        ('Karaganda', 1, 'region', KR, KR, {'note': 'NI:list after "three regions"'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': '"Kazakhstan Temir Zholy" earlier is a company and not annotated'}),
        ('Dostyk', 4, 'village', 'Dostyk', JTR, {'note': 'NI:entry point'}),
        ('Alakol district', 0, 'district', 'Alakol District', JTR, {'note': 'NI:location of Dostyk'}),
        ('Alashankou', 0, 'foreign', 'Alashankou', N, {'note': 'NI:reference'}),
        ('Moiynty', 2, 'village', 'Moiynty', KR, {'note': 'NI:junction point'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:destination'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:destination port'}),
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': 'NI:destination port'}),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:residents complaining'}),
        ('Alakol district', 1, 'district', 'Alakol District', JTR, {'note': 'NI:residents complaining'}),
        ('China', 1, 'foreign', 'China', N, {'note': 'NI:destination'}),
        ('Bakhty', 0, 'village', 'Bakhty', ABR, {'note': 'NI:line endpoint'}),
        ('Ayagoz', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:line endpoint'}),
        ('Tacheng', 0, 'foreign', 'Tacheng', N, {'note': 'NI:reference'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:track endpoint'}),
        ('Altynkol', 0, 'village', 'Altynkol', JTR, {'note': 'NI:track endpoint'}),
        ('Khorgos', 0, 'village', 'Khorgos', JTR, {'note': 'NI:route name'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('China', 2, 'foreign', 'China', N, {'note': 'NI:reference; "three rail crossings" is not a territorial quantifier'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:briefing'}),
     ],
     inc={ABR: (1, 'truck-mounted crane overturned at a bridge site near the Aktogay junction, Ayagoz district, operator hurt'),
          KR: (1, 'nine wagons of a container train derailed at Sayak station, Aktogay district of Karaganda Region')}),

dict(id='p008', date='2026-02-17', lang='en',
     event='2026 fire in two wheat wagons at Bolashak station on the Turkmen border (Karakiya district, Mangystau Region); firefighters from Zhanaozen and Zhetybai; the Kazakhstan-Turkmenistan-Iran railway through Serhetyaka and Bereket to Gorgan (Golestan province); Caspian as an adjective; Aktau and Kuryk',
     text="""Grain wagons catch fire at Bolashak border station
ZHANAOZEN, Feb 17 (Trend) - Two wagons of wheat caught fire at Bolashak station on the Kazakh-Turkmen border on Monday while the train was being handed over to the Turkmen side, the Mangystau region emergencies department said. Firefighters from Zhanaozen and Zhetybai put out the blaze in two hours; about 120 tonnes of grain bound for Iran were damaged and nobody was hurt.
The station lies on the Kazakhstan–Turkmenistan–Iran railway, opened in 2014, which runs from Zhanaozen through Bolashak and Serhetyaka to Bereket and on to Gorgan in Iran's Golestan province. Grain exporters use it as an alternative to the Caspian ferries from Aktau and Kuryk.
The akim of Karakiya district, Yerbol Tulepov, said a commission from Aktau would examine the wagons. Investigators suspect that an overheated brake shoe set fire to straw stuck under one of the wagons.""",
     ann=[
        ('Bolashak border station', 0, 'facility', 'Bolashak station', MR, {'subkind': 'railway station', 'note': 'headline'}),
        ('ZHANAOZEN', 0, 'city', 'Zhanaozen', MR, {'note': 'dateline'}),
        ('Bolashak station', 0, 'facility', 'Bolashak station', MR, {'subkind': 'railway station'}),
        ('Mangystau region', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of firefighters'}),
        ('Zhetybai', 0, 'village', 'Zhetybai', MR, {'note': 'NI:origin of firefighters'}),
        ('Iran', 0, 'foreign', 'Iran', N, {'note': 'NI:destination of the grain'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'NI:railway name endpoint'}),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:railway name'}),
        ('Iran', 1, 'foreign', 'Iran', N, {'note': 'NI:railway name endpoint'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:route start'}),
        ('Bolashak', 2, 'facility', 'Bolashak station', MR, {'subkind': 'railway station', 'note': 'NI:route point'}),
        ('Serhetyaka', 0, 'foreign', 'Serhetyaka', N, {'note': 'NI:route point'}),
        ('Bereket', 0, 'foreign', 'Bereket', N, {'note': 'NI:route point'}),
        ('Gorgan', 0, 'foreign', 'Gorgan', N, {'note': 'NI:route end'}),
        ('Iran', 2, 'foreign', 'Iran', N, {'note': 'NI:possessive'}),
        ('Golestan province', 0, 'foreign', 'Golestan Province', N),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:ferry port; "Caspian" is an adjective here and not annotated'}),
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': 'NI:ferry port'}),
        ('Karakiya district', 0, 'district', 'Karakiya District', MR, {'note': 'inside an official post (akim); the district of Bolashak station'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:origin of a commission'}),
     ],
     inc={MR: (1, 'fire in two wheat wagons at Bolashak station')}),
]
