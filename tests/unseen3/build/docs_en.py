"""English texts of the third unseen check corpus (annotation tuples described in build.py)."""
N = None
AR, KR, MR, JR, KYR = 'Aktobe Region', 'Karaganda Region', 'Mangystau Region', 'Jambyl Region', 'Kyzylorda Region'
WKR, EKR, TR, SKR, ALR = 'West Kazakhstan Region', 'East Kazakhstan Region', 'Turkistan Region', 'South Kazakhstan Region', 'Almaty Region'
ABR, PR, ATR = 'Abai Region', 'Pavlodar Region', 'Atyrau Region'

DOCS = [
dict(id='w001', date='1996-02-14', lang='en',
     event='1996 blizzard strands a passenger train near Shalkar and kills sheep in Mugalzhar district (Aktobe Region)',
     text="""AKTYUBINSK, Feb 14 - A blizzard stopped the Tashkent-Moscow passenger train for almost a day near Shalkar in Aktyubinsk Region, railway officials said on Wednesday. Snowdrifts up to three metres high covered the line, and about 300 passengers waited in cold carriages until a snowplough sent from Kandyagash cleared the track. Two elderly passengers from Kzyl-Orda were taken to hospital in Shalkar with frostbite.
The same storm killed about 2,000 sheep on winter pastures in Mugalzhar district, the regional agriculture department said. Herders near Emba and in the village of Zhurun said their fodder had run out in January. The regional akim asked the government in Almaty for emergency feed, and a column of trucks with hay left Akmola on Tuesday.
The train reached Orenburg on Tuesday evening, 26 hours behind schedule. Forecasters expect more snow across western Kazakhstan this week.""",
     ann=[
        ('AKTYUBINSK', 0, 'city', 'Aktobe', AR, {'note': 'dateline; Russian/Soviet name of Aktobe'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'route endpoint (train name)'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'route endpoint (train name)'}),
        ('Shalkar', 0, 'city', 'Shalkar', AR),
        ('Aktyubinsk Region', 0, 'region', AR, AR),
        ('Kandyagash', 0, 'city', 'Kandyagash', AR, {'note': 'NI:origin of the snowplough'}),
        ('Kzyl-Orda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of passengers (old spelling)'}),
        ('Shalkar', 1, 'city', 'Shalkar', AR, {'note': 'NI:hospital town'}),
        ('Mugalzhar district', 0, 'district', 'Mugalzhar District', AR),
        ('Emba', 0, 'city', 'Emba', AR),
        ('Zhurun', 0, 'village', 'Zhurun', AR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (the capital in 1996)'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a relief column; the city (named Akmola 1992-1998), not Akmola Region'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'destination'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={AR: (1, 'one blizzard: train stranded near Shalkar and sheep killed in Mugalzhar district (one natural disaster per ADM1)')}),

dict(id='w002', date='2003-09-22', lang='en',
     event='2003 court in Taraz sentences grain company managers over the 2002 silo collapse in Shu (Jambyl Region)',
     text="""TARAZ, Sept 22 - A district court in Taraz on Monday sentenced the former director of the Shu Astyk grain company and his chief engineer to four and three years in prison over the collapse of a grain silo in the town of Shu last October, in which three loaders were killed.
Judge Marat Shuakbayev said the two men had ignored cracks in the concrete reported by inspectors from Almaty months before the accident. The silo, built in 1974, held 12,000 tonnes of wheat bound for Bishkek and Tashkent.
The company's second elevator, near the village of Tole Bi in Shu district, has been closed for checks. Lawyers for the defendants said they would appeal to the Zhambyl regional court. Relatives of the dead, who came from Kordai and from Kyrgyzstan, attended the hearing.""",
     ann=[
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:seat of the court'}),
        ('Shu', 1, 'city', 'Shu', JR, {'note': "the first 'Shu' is inside the company name 'Shu Astyk' (not annotated)"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the inspectors'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'destination of the wheat'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'destination of the wheat'}),
        ('Tole Bi', 0, 'village', 'Tole Bi (Shu District)', JR, {'note': 'NI:village named after a person; elevator closed for checks'}),
        ('Shu district', 0, 'district', 'Shu District', JR, {'note': 'NI:elevator closed for checks'}),
        ('Zhambyl', 0, 'region', JR, JR, {'note': "inside 'Zhambyl regional court' (jurisdiction); not an incident location"}),
        ('Kordai', 0, 'village', 'Kordai', JR, {'note': 'NI:residence of relatives'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'residence of relatives'}),
     ],
     inc={JR: (1, 'silo collapse in Shu in October 2002 (background event narrated explicitly); the trial is not counted')}),

dict(id='w003', date='2010-10-18', lang='en',
     event='2010 saiga-horn smugglers detained in Zhanibek district (West Kazakhstan Region)',
     text="""URALSK, Oct 18 - Border guards have detained four men with 160 saiga horns in Zhanibek district of West Kazakhstan Region, a few kilometres from the Russian border, the regional police said on Monday. The horns, worth about $50,000 on the black market in China, were hidden under sacks of flour in a lorry with Volgograd Oblast number plates.
The men, residents of Zhanibek and of the Russian town of Pallasovka, told investigators they had bought the horns from hunters near the village of Talovka. All four are in custody in Uralsk.
The local saiga herd, which roams between the Volga and the Ural rivers, has grown to about 17,000 animals since a hunting ban was introduced in 2001. Conservationists from Astana want patrols stepped up in five districts of the region before winter.""",
     ann=[
        ('URALSK', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Zhanibek district', 0, 'district', 'Zhanibek District', WKR),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
        ('China', 0, 'foreign', 'China', N, {'note': 'market for the horns'}),
        ('Volgograd Oblast', 0, 'foreign', 'Volgograd Oblast', N, {'note': 'registration of the lorry'}),
        ('Zhanibek', 1, 'village', 'Zhanibek', WKR, {'note': 'NI:residence of suspects'}),
        ('Pallasovka', 0, 'foreign', 'Pallasovka', N, {'note': 'residence of suspects'}),
        ('Talovka', 0, 'village', 'Talovka (Zhanibek District)', WKR, {'note': 'NI:where the horns were bought from hunters'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:place of custody'}),
        ('Volga', 0, 'foreign', 'Volga', N, {'note': 'river in Russia (list sharing the head noun rivers)'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'list sharing the head noun rivers'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of conservationists'}),
        ('five districts', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'patrols proposed; not about incidents'}),
     ],
     inc={WKR: (1, 'detention of smugglers with saiga horns in Zhanibek district (an arrest; doubtful as an incident)')}),

dict(id='w004', date='2014-08-27', lang='en',
     event='2014 Zhezkazgan-Beineu railway line to open (no incident)',
     text="""ASTANA, Aug 27 - A new railway line between Zhezkazgan in Karaganda Region and Beyneu in Mangystau Region will take its first freight trains next month, the national railway company Kazakhstan Temir Zholy said on Wednesday. The 988-kilometre line crosses the Kyzylorda and Aktobe regions and passes through Shalkar and the station of Saksaulskaya, where a new depot has been built.
The company expects the line to shorten the route for copper from the Zhezkazgan smelter to ports on the Caspian Sea by about 1,000 kilometres. Aktobe Rail Service, a private firm based in Kandyagash, has won a contract to maintain the track.
Grain traders in Kostanay and in Akmola Region hope to send wheat to Iran along the line via Turkmenistan, and containers from Lianyungang in China could reach Europe faster. The ministry plans similar projects in all 14 regions by 2020.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint; Karaganda Region before 2022-06-08'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:region of a route endpoint'}),
        ('Beyneu', 0, 'village', 'Beineu', MR, {'note': 'NI:route endpoint'}),
        ('Mangystau Region', 0, 'region', MR, MR, {'note': 'NI:region of a route endpoint'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'list sharing the head noun regions'}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'list sharing the head noun regions'}),
        ('Shalkar', 0, 'city', 'Shalkar', AR),
        ('Saksaulskaya', 0, 'village', 'Saksaulskaya', KYR, {'note': 'station settlement'}),
        ('Zhezkazgan smelter', 0, 'facility', 'Zhezkazgan smelter', KR, {'subkind': 'plant'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Kandyagash', 0, 'city', 'Kandyagash', AR, {'note': "seat of a firm; 'Aktobe' in 'Aktobe Rail Service' is a company name (not annotated)"}),
        ('Kostanay', 0, 'city', 'Kostanay', 'Kostanay Region'),
        ('Akmola Region', 0, 'region', 'Akmola Region', 'Akmola Region'),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Lianyungang', 0, 'foreign', 'Lianyungang', N),
        ('China', 0, 'foreign', 'China', N),
        ('Europe', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
        ('all 14 regions', 0, 'quantified', 'all regions', N, {'count': 14, 'unit': 'region', 'quantifier': 'all', 'note': 'planned projects; not about incidents'}),
     ],
     inc={}),

dict(id='w005', date='2018-06-25', lang='en',
     event='2018 hailstorm in Shymkent (days after it became a city of republican significance) and mudflow in Kazygurt district (Turkistan Region)',
     text="""SHYMKENT, June 25 - A violent storm with hail tore the roofs off about 150 houses in Shymkent on Sunday evening and flooded underpasses in the Nursat and Samal microdistricts, the city's emergency department said. It was the first natural disaster handled by the city administration since Shymkent became a city of republican significance last week.
In neighbouring Kazygurt district a mudflow washed away a bridge and damaged 30 homes in the village of Kazygurt and nearby settlements. The district is now part of Turkistan Region, as the former South Kazakhstan Region was renamed when its centre moved to Turkestan, said the head of the regional department, Arys Zhakenov.
Rescuers from Taraz and Kyzylorda were sent to help. Power was restored in all districts of the city by Monday morning.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance from 2018-06-19'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Nursat', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'list sharing the head noun microdistricts'}),
        ('Samal', 0, 'district', 'Samal (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'list sharing the head noun microdistricts'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'statement about the status of the city'}),
        ('Kazygurt district', 0, 'district', 'Kazygurt District', TR),
        ('Kazygurt', 1, 'village', 'Kazygurt', TR),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'NI:former name of the region (the label of the former unit)'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of rescuers'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of rescuers'}),
        ('all districts', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'power restored in the districts of Shymkent; not an incident statement'}),
     ],
     inc={'Shymkent': (1, 'hailstorm damaging roofs and flooding underpasses'), TR: (1, 'mudflow in Kazygurt district')}),

dict(id='w006', date='2021-01-11', lang='en',
     event='2021 parliamentary election: detentions in Nur-Sultan and Almaty; turnout and remote polling (no other incident)',
     text="""NUR-SULTAN, Jan 11 - Police detained about 40 people who tried to march to the central election commission in Nur-Sultan on Sunday evening, hours after polls closed in the parliamentary election, a rights group said. Smaller groups were held in Almaty, near Republic Square, and in several other cities.
The commission put turnout at 63 percent across the country's 14 regions and three major cities. It was highest in Turkistan Region and lowest in Almaty, where fewer than a third of voters came. In the remote Katon-Karagay district of East Kazakhstan Region officials used snowmobiles to bring ballot boxes to herders near the Chinese border, and in Kurmangazy district of Atyrau Region a polling station opened late because of fog.
Observers from the OSCE, who were based in Uralsk, Oskemen and Kyzyl-Orda, are to present their report in Vienna on Tuesday.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('several other cities', 0, 'quantified', 'several cities', N, {'count': None, 'unit': 'city', 'note': 'detentions in unnamed cities'}),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'turnout; not about incidents'}),
        ('three major cities', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'turnout; not about incidents'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:turnout statement'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:turnout statement'}),
        ('Katon-Karagay district', 0, 'district', 'Katon-Karagay District', EKR, {'note': 'NI:ballot boxes brought by snowmobile'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:ballot boxes brought by snowmobile'}),
        ('Kurmangazy district', 0, 'district', 'Kurmangazy District', ATR, {'note': 'NI:polling station opened late'}),
        ('Atyrau Region', 0, 'region', ATR, ATR, {'note': 'NI:polling station opened late'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:observers based there'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:observers based there'}),
        ('Kyzyl-Orda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:observers based there (variant spelling)'}),
        ('Vienna', 0, 'foreign', 'Vienna', N),
     ],
     inc={'Astana': (1, 'detention of marchers near the election commission'),
          'Almaty': (1, 'detentions near Republic Square')},
     unatt=[{'label': 'several other cities', 'count': None, 'note': 'post-election detentions in unnamed cities'}]),

dict(id='w007', date='2023-11-02', lang='en',
     event='2023 stand collapse at a kokpar match in Talgar and boat fire in Konaev (Almaty Region)',
     text="""KONAEV, Nov 2 - Twelve spectators were injured when a wooden stand collapsed during a kokpar match at the hippodrome in Talgar on Wednesday, the Almaty Region police said. The match between teams from Uzynagash and Esik was stopped, and the organisers, the Talgar Horse Club, face a fine.
Earlier the same day a fire destroyed three pleasure boats at a marina on the Kapshagay reservoir in Konaev, the city formerly known as Kapshagay. Nobody was hurt; the owners, a company from Almaty, put the loss at 40 million tenge.
Both events come days before the regional kokpar final, which will be held in Kaskelen with guests from Kyrgyzstan and Uzbekistan.""",
     ann=[
        ('KONAEV', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Talgar', 0, 'city', 'Talgar', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of the police (jurisdiction)'}),
        ('Uzynagash', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:home of a team'}),
        ('Esik', 0, 'city', 'Esik', ALR, {'note': "NI:home of a team; the second 'Talgar' is inside the club name 'Talgar Horse Club' (not annotated)"}),
        ('Kapshagay reservoir', 0, 'facility', 'Kapshagay Reservoir', N, {'subkind': 'reservoir', 'note': 'water body on the Ili, shores in Almaty and Jetisu regions'}),
        ('Konaev', 0, 'city', 'Konaev', ALR),
        ('Kapshagay', 1, 'city', 'Konaev', ALR, {'note': 'former name in a gloss'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the boat owners'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:venue of a future event'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={ALR: (2, 'stand collapse at the Talgar hippodrome; boat fire at the Konaev marina')}),

dict(id='w008', date='2026-03-05', lang='en',
     event='2026 arrest for contaminated scrap from the former test site (Abai Region) and fatal coal lorry crash near Sharbakty (Pavlodar Region)',
     text="""SEMEY, March 5 - Police in Abai Region have arrested three men who tried to sell about two tonnes of contaminated scrap metal taken from the former Semipalatinsk Test Site, the regional police department said on Thursday. The scrap, cut from old cables near the town of Kurchatov, was found in a garage in Semey. Specialists from the National Nuclear Centre in Kurchatov said radiation levels there were ten times above normal.
Separately, a lorry carrying coal from Ekibastus overturned on the Semey-Pavlodar highway near the village of Sharbakty on Wednesday, killing its driver. Sharbakty lies in Pavlodar Region, about 200 km from the regional border. A scrap dealer called Semey Metall, which had been named in local reports, said it had nothing to do with the case.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Semipalatinsk Test Site', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'uncertain': True, 'note': 'former nuclear test site spread over several units'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR),
        ('Semey', 0, 'city', 'Semey', ABR),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR, {'note': 'NI:seat of the institute whose specialists measured'}),
        ('Ekibastus', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the coal; misspelt on purpose'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:route endpoint'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Sharbakty', 0, 'village', 'Sharbakty', PR),
        ('Sharbakty', 1, 'village', 'Sharbakty', PR),
        ('Pavlodar Region', 0, 'region', PR, PR),
     ],
     inc={ABR: (1, 'theft of contaminated scrap and arrest of three men (one case)'),
          PR: (1, 'fatal lorry crash near Sharbakty')}),
]
