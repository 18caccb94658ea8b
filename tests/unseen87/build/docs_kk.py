"""Kazakh texts of the eighty-seventh unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
CP = 'checkpoint'

DOCS = [
dict(id='p017', date='2018-07-03', lang='kk',
     event='2018 two weeks after the Shymkent/Turkistan reform: 900 kg of lemons seized at the Zhibek Zholy checkpoint and a traders\' minibus collision in Saryagash (Turkistan Region); traders of the «Ордабасы» market protest at the Shymkent akimat (Shymkent); Uzbek Keles vs Keles district; the market vs Ordabasy district',
     text="""«Жібек жолы» бекетінде кезек азаймай тұр, Шымкентте саудагерлер наразы
ШЫМКЕНТ, 3 шілде. ҚазАқпарат – Түркістан облысы Сарыағаш ауданындағы «Жібек жолы» өткізу бекетінде кеденшілер Өзбекстаннан келген жүк көлігінен 900 келі құжатсыз лимон тәркіледі. Жүргізуші жүкті «жеке қажеттілікке арналған» деп көрсеткен, деп хабарлады облыстық мемлекеттік кірістер департаменті.
Өзбекстанмен шекара ашылғалы бекеттен күн сайын 20 мыңға жуық адам өтеді. Кезекте тұрғандардың көбі – Ташкент пен Келестен келген саудагерлер. Өзбекстандағы Келес қаласын Түркістан облысындағы Келес ауданымен шатастырмау керек, екеуінің арасы небәрі 15 шақырым.
Дүйсенбі күні кешке Сарыағаш қаласының шетінде саудагерлер мінген шағын автобус жүк көлігімен соқтығысып, бес адам жарақат алды. Зардап шеккендер Шымкенттегі ауруханаға жеткізілді. Жол полициясының мәліметінше, апатқа жылдамдықты асыру себеп болған. Шекара ашылғалы Сарыағаш – Жібек жолы тас жолында қозғалыс үш есе артқан, ал жолдың ені сол күйі қалды.
Ал Шымкенттің өзінде сейсенбі күні таңертең «Ордабасы» базарының екі жүзге жуық саудагері қала әкімдігінің алдына жиналды. Олар базарды қала шетіне көшіру жоспарына қарсы. Наразылық екі сағатқа созылды, полиция ешкімді ұстаған жоқ. «Тауарды Ташкенттен, Қорғастан әкелеміз, базар алысқа көшсе, сатып алушыдан айырыламыз», – дейді саудагер Гүлмира Әбдіқадырова. Базардың Түркістан облысындағы Ордабасы ауданына қатысы жоқ, ол ескі алаңның атымен аталған.
Еске сала кетейік, 19 маусымнан бастап Шымкент республикалық маңызы бар қала мәртебесін алды, ал облыс орталығы Түркістан қаласына көшті. Облыстық департаменттер де көшіп жатыр, сондықтан бекетке қатысты мәселелер бойынша енді Түркістанға жүгіну керек.
Астанадағы Қаржы министрлігі «Жібек жолы» бекетінің өткізу қабілетін екі есе арттыру жоспарын жариялады. Сарыағаш және Келес аудандарында жаңа сауда-логистика орталықтары салынбақ. Министрліктің дерегінше, биылғы алты айда Өзбекстанмен сауда көлемі өткен жылмен салыстырғанда 30 пайызға өскен.""",
     ann=[
        ('Жібек жолы', 0, 'facility', 'Zhibek Zholy border crossing', TR, {'subkind': CP, 'note': 'headline; name in quotes; queue'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', TR),
        ('Жібек жолы', 1, 'facility', 'Zhibek Zholy border crossing', TR, {'subkind': CP, 'note': 'seizure of lemons'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of the lorry'}),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': "NI:traders' origin"}),
        ('Келестен', 0, 'foreign', 'Keles (Uzbekistan)', N, {'note': "NI:traders' origin; the Uzbek town"}),
        ('Өзбекстандағы', 0, 'foreign', 'Uzbekistan', N),
        ('Келес қаласын', 0, 'foreign', 'Keles (Uzbekistan)', N, {'note': 'the Uzbek town, not Keles district'}),
        ('Түркістан облысындағы', 0, 'region', TR, TR, {'note': 'NI:mentioned without an incident'}),
        ('Келес ауданымен', 0, 'district', 'Keles District', TR, {'note': 'NI:contrast with the Uzbek town'}),
        ('Сарыағаш қаласының', 0, 'city', 'Saryagash', TR, {'note': 'minibus collision on the edge of the town'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital'}),
        ('Сарыағаш', 2, 'city', 'Saryagash', TR, {'note': 'NI:road endpoint'}),
        ('Жібек жолы', 2, 'village', 'Zhibek Zholy', TR, {'note': 'NI:road endpoint (the village at the crossing)'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent', {'note': "traders' protest at the city akimat"}),
        ('Ордабасы', 0, 'facility', 'Ordabasy market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'named market; not Ordabasy district'}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of goods'}),
        ('Қорғастан', 0, 'village', 'Khorgos', ALR, {'uncertain': True, 'note': 'NI:origin of goods; the border village (or its trade centre), Almaty Region in 2018'}),
        ('Түркістан облысындағы', 1, 'region', TR, TR, {'note': 'NI:mentioned without an incident'}),
        ('Ордабасы ауданына', 0, 'district', 'Ordabasy District', TR, {'note': 'NI:contrast with the market'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background on the reform'}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'uncertain': True, 'note': 'NI:the town as the new seat of the regional departments'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Жібек жолы', 3, 'facility', 'Zhibek Zholy border crossing', TR, {'subkind': CP, 'note': 'NI:expansion plan'}),
        ('Сарыағаш', 3, 'district', 'Saryagash District', TR, {'note': 'NI:in a list sharing "аудандарында"'}),
        ('Келес', 2, 'district', 'Keles District', TR, {'note': 'NI:in a list sharing "аудандарында"'}),
        ('Өзбекстанмен', 1, 'foreign', 'Uzbekistan', N),
     ],
     inc={TR: (2, '900 kg of lemons seized at the Zhibek Zholy checkpoint; minibus-lorry collision on the edge of Saryagash, five hurt'),
          'Shymkent': (1, "protest of the «Ордабасы» market traders at the city akimat")}),

dict(id='p018', date='1995-10-12', lang='kk',
     event='1995 fight between Kazakh and Kyrgyz herders over pasture in Akkol village, Talas district, five hurt, and 3 tonnes of sugar seized at the Kordai checkpoint (Jambyl Region); the city then named Zhambyl (Taraz) vs the region; Kyrgyz Talas region and town; Akkol the village vs the Akmola town',
     text="""ЖАМБЫЛ, 12 қазан. «Егемен Қазақстан» – Жамбыл облысы Талас ауданының шекара маңындағы Ақкөл ауылында жергілікті малшылар мен Қырғызстаннан келген малшылар арасында төбелес болып, бес адам жарақат алды. Дау жайылым үшін басталған, деп хабарлады аудандық ішкі істер бөлімі.
Талас өзенінің екі жағасындағы жайылымдарды екі елдің малшылары бұрыннан бірге пайдаланады. Көршілес Қырғызстанның Талас облысы мен Талас қаласы да осы өзеннің бойында орналасқан.
Оқиға орнына Қаратау қаласынан және Жамбыл қаласынан полиция қызметкерлері жіберілді. Облыс әкімдігі Алматыдағы Сыртқы істер министрлігіне шекараны белгілеу жұмысын тездетуді сұрап хат жолдады.
Сондай-ақ осы аптада «Қордай» бекетінде кеденшілер Бішкектен келе жатқан жүк көлігінен құжатсыз 3 тонна қант тәркіледі.""",
     ann=[
        ('ЖАМБЫЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; the city was named Zhambyl until 1997'}),
        ('Жамбыл облысы', 0, 'region', JR, JR),
        ('Талас ауданының', 0, 'district', 'Talas District', JR),
        ('Ақкөл ауылында', 0, 'village', 'Akkol (Talas district)', JR, {'note': 'fight between herders; not the town of Akkol in Akmola Region'}),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': "NI:herders' origin"}),
        ('Талас өзенінің', 0, 'facility', 'Talas River', N, {'subkind': 'river'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Талас облысы', 0, 'foreign', 'Talas Region (Kyrgyzstan)', N, {'note': 'not Talas district of Jambyl Region'}),
        ('Талас қаласы', 0, 'foreign', 'Talas (Kyrgyzstan)', N),
        ('Қаратау қаласынан', 0, 'city', 'Karatau', JR, {'note': "NI:police officers' base"}),
        ('Жамбыл қаласынан', 0, 'city', 'Taraz', JR, {'note': "NI:police officers' base; the city, not the region"}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry (capital in 1995)'}),
        ('Қордай', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': CP, 'note': 'seizure of sugar; name in quotes'}),
        ('Бішкектен', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of the lorry'}),
     ],
     inc={JR: (2, 'fight between herders in Akkol, Talas district, five hurt; 3 tonnes of sugar seized at the Kordai checkpoint')}),

dict(id='p019', date='2009-04-21', lang='kk',
     event='2009 lorry with 12 tonnes of diesel stopped on the Russian border in Martuk district and two men detained crossing on foot in Khobda district (Aktobe Region); Russian Ilek village vs the Ilek (Elek) river; Orenburg Oblast and Sol-Iletsk',
     text="""АҚТӨБЕ, 21 сәуір. ҚазТАГ – Ақтөбе облысы Мәртөк ауданында Ресеймен шекарада кеденшілер 12 тонна дизель отынын тасымалдаған жүк көлігін ұстады. Құжаттарда цистерна «бос» деп көрсетілген, деп хабарлады облыстық кеден департаменті. Отын Ресейдің Орынбор облысына, Соль-Илецк қаласына жеткізілмек болған.
Екі күн бұрын Қобда ауданында шекарашылар Ресейдің Илек ауылынан жаяу өтпек болған екі адамды ұстады. Ресейдегі Илек ауылын Ақтөбе қаласы арқылы ағатын Елек өзенімен шатастырмау керек: өзен Ресей аумағына өтіп, Жайыққа құяды.
Кеденшілердің айтуынша, облыста жанармай көрші өңірлерге қарағанда арзан, сондықтан оны шекарадан заңсыз өткізу әрекеттері жиілеген. Астанада кеден заңына өзгерістер дайындалып жатыр.""",
     ann=[
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе облысы', 0, 'region', AR, AR),
        ('Мәртөк ауданында', 0, 'district', 'Martuk District', AR, {'note': 'lorry with diesel stopped'}),
        ('Ресеймен', 0, 'foreign', 'Russia', N),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысына', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:destination'}),
        ('Соль-Илецк қаласына', 0, 'foreign', 'Sol-Iletsk', N, {'note': 'NI:destination'}),
        ('Қобда ауданында', 0, 'district', 'Khobda District', AR, {'note': 'two men detained crossing on foot'}),
        ('Ресейдің', 1, 'foreign', 'Russia', N),
        ('Илек ауылынан', 0, 'foreign', 'Ilek (Orenburg Oblast)', N, {'note': "NI:the men's starting point (Russia)"}),
        ('Ресейдегі', 0, 'foreign', 'Russia', N),
        ('Илек ауылын', 0, 'foreign', 'Ilek (Orenburg Oblast)', N, {'note': 'NI:the Russian village, not the river'}),
        ('Ақтөбе қаласы', 0, 'city', 'Aktobe', AR, {'note': 'NI:mentioned without an incident'}),
        ('Елек өзенімен', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Жайыққа', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name of the Ural'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:mentioned without an incident'}),
     ],
     inc={AR: (2, '12 tonnes of diesel seized in Martuk district; two men detained crossing on foot in Khobda district')}),

dict(id='p020', date='2014-08-13', lang='kk',
     event='2014 45th anniversary of the 1969 Zhalanashkol border clash (background incident) and today\'s border: a wagon of cotton burns at Dostyk station and a Chinese citizen is detained near Zhalanashkol village (Almaty Region before the 2022 split); the lake vs the village; Druzhba the old name of Dostyk station; the Dzungarian Gate; veterans from Semey (East Kazakhstan Region)',
     text="""Жаланашкөл оқиғасына 45 жыл: шекарада бүгін не болып жатыр?
ҮШАРАЛ, 13 тамыз. ҚазАқпарат – 1969 жылы 13 тамызда Алакөл ауданындағы Жаланашкөл көлінің маңында кеңес және қытай әскерлері арасында қарулы қақтығыс болды. Сол күні екі кеңес шекарашысы қаза тауып, бірнеше адам жараланды. Бүгін оқиға орнындағы ескерткіш басына ардагерлер мен шекарашылар гүл шоқтарын қойды. Шара соңында шекарашылар ардагерлерге заставаны аралатып, қазіргі күзет техникасын көрсетті.
Шараға Семейден, Талдықорғаннан және Алматыдан келген ардагерлер қатысты. «Жоңғар қақпасының желінен тығылатын жер таппайтынбыз», – деп еске алды сол шайқасқа қатысқан ардагер Бақыт Сейітов. Оның айтуынша, ол кезде шекара бойындағы ауылдардың тұрғындары уақытша көшірілген. Бүгін шекара маңындағы екі ауылда бірде-бір тұрғын қалмаған. Ескерткіш 1990 жылдардың соңында шекарашылардың бастамасымен қойылған.
Қазір шекараның бұл бөлігі – Қазақстан мен Қытай арасындағы негізгі сауда жолдарының бірі. Бұрын «Дружба» деп аталған Достық станциясы арқылы күн сайын жүздеген вагон өтеді. Қытай жағындағы Алашанькоу станциясында жүктер тар табанды вагондарға ауыстырылады. Теміржолшылардың айтуынша, биыл Достық арқылы өткен жүк көлемі өткен жылмен салыстырғанда 12 пайызға артқан. Жүктің басым бөлігі Еуропаға және Орталық Азия елдеріне жіберіледі.
Бейбіт шекарада да оқиғасыз күн болмайды. Өткен аптада Достық станциясында мақта тиелген вагон өртеніп, 30 тоннаға жуық жүк жанып кетті, деп хабарлады Алматы облысының төтенше жағдайлар департаменті. Ал 10 тамызда шекарашылар Жаланашкөл ауылының маңында шекараны заңсыз кесіп өтпек болған Қытай азаматын ұстады.
Алакөл ауданының әкімі аудан орталығы Үшарал мен Достық ауылы арасындағы жолды келесі жылы жөндеу жоспарланғанын айтты. Қазір бұл жолмен жүру екі сағатқа созылады. Жол жөнделсе, Алакөл көлінің жағасындағы демалыс орындарына Қытайдан келетін туристер де көбейеді деп күтілуде.""",
     ann=[
        ('Жаланашкөл', 0, 'facility', 'Lake Zhalanashkol', N, {'subkind': 'lake', 'uncertain': True, 'note': 'headline; name of the 1969 clash, which the text places by the lake'}),
        ('ҮШАРАЛ', 0, 'city', 'Usharal', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', ALR),
        ('Жаланашкөл көлінің', 0, 'facility', 'Lake Zhalanashkol', N, {'subkind': 'lake', 'note': 'the 1969 armed clash near the lake (Alakol district)'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': "NI:veterans' origin; East Kazakhstan Region before 2022"}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', ALR, {'note': "NI:veterans' origin"}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:veterans' origin"}),
        ('Жоңғар қақпасының', 0, 'facility', 'Dzungarian Gate', N, {'subkind': 'mountain pass'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қытай', 0, 'foreign', 'China', N),
        ('екі ауылда', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'NI:abandoned border villages, no incident'}),
        ('Дружба', 0, 'facility', 'Dostyk railway station', ALR, {'subkind': 'railway station', 'note': 'NI:former name of the station'}),
        ('Достық станциясы', 0, 'facility', 'Dostyk railway station', ALR, {'subkind': 'railway station', 'note': 'NI:mentioned without an incident'}),
        ('Қытай', 1, 'foreign', 'China', N),
        ('Алашанькоу станциясында', 0, 'foreign', 'Alashankou railway station', N, {'subkind': 'railway station', 'note': 'NI:Chinese station'}),
        ('Достық', 1, 'facility', 'Dostyk railway station', ALR, {'subkind': 'railway station', 'uncertain': True, 'note': 'NI:freight volume through Dostyk (the station or the crossing)'}),
        ('Еуропаға', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region', 'note': 'NI:destination'}),
        ('Орталық Азия', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'NI:destination; the macro-region includes Kazakhstan'}),
        ('Достық станциясында', 0, 'facility', 'Dostyk railway station', ALR, {'subkind': 'railway station', 'note': 'wagon of cotton burnt'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Жаланашкөл ауылының', 0, 'village', 'Zhalanashkol', ALR, {'note': 'detention of a border violator near the village; not the lake'}),
        ('Қытай', 2, 'foreign', 'China', N, {'note': 'inside "Қытай азаматын" (citizen of China)'}),
        ('Алакөл ауданының', 0, 'district', 'Alakol District', ALR, {'note': 'inside the name of an official post (akim)'}),
        ('Үшарал', 0, 'city', 'Usharal', ALR, {'note': 'NI:road endpoint'}),
        ('Достық ауылы', 0, 'village', 'Dostyk', ALR, {'note': 'NI:road endpoint'}),
        ('Алакөл көлінің', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': "NI:tourists' origin"}),
     ],
     inc={ALR: (3, 'the 1969 armed clash near Lake Zhalanashkol (background narrated explicitly); wagon of cotton burnt at Dostyk station; Chinese citizen detained crossing near Zhalanashkol village')}),

dict(id='p021', date='2022-09-10', lang='kk',
     event='2022 1.5 tonnes of tobacco seized at the Bakhty checkpoint in Makanchi district (Abai Region, three months after its creation); lorry from Chuguchak; the driver Bakhyt; Nur-Sultan a week before the renaming',
     text="""НҰР-СҰЛТАН, 10 қыркүйек. Kazinform – Абай облысы Мақаншы ауданындағы «Бақты» өткізу пунктінде кеденшілер Қытайдан келген жүк көлігінен 1,5 тонна құжатсыз темекі өнімін тәркіледі. Көлік Шәуешек қаласынан шыққан, жүк Семейдегі көтерме қоймаға жеткізілмек болған, деп хабарлады Мемлекеттік кірістер комитеті.
Жүргізуші Бақыт Жұмабаев темекінің жүкте барын білмегенін айтқан. Іс бойынша тергеу басталды, жүк көлігі тұраққа қойылды.
Мақаншы ауданы биыл маусымда Үржар ауданынан бөлініп құрылған. Сол күні Абай облысы да Шығыс Қазақстан облысынан бөлініп шықты, облыс орталығы – Семей қаласы. «Бақты» пункті арқылы күніне 200-ге жуық жүк көлігі өтеді, олардың басым бөлігі Қазақстанға көкөніс пен құрылыс материалдарын әкеледі.""",
     ann=[
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; Nur-Sultan until 2022-09-17'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'created 2022-06-08'}),
        ('Мақаншы ауданындағы', 0, 'district', 'Makanchi District', ABR),
        ('Бақты', 0, 'facility', 'Bakhty checkpoint', ABR, {'subkind': CP, 'note': 'seizure of tobacco; name in quotes'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of the lorry'}),
        ('Шәуешек қаласынан', 0, 'foreign', 'Tacheng', N, {'note': 'NI:Kazakh name of Tacheng (Chuguchak)'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:destination of the load'}),
        ('Мақаншы ауданы', 0, 'district', 'Makanchi District', ABR, {'note': 'NI:background'}),
        ('Үржар ауданынан', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:background'}),
        ('Абай облысы', 1, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:background on the split'}),
        ('Семей қаласы', 0, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Бақты', 1, 'facility', 'Bakhty checkpoint', ABR, {'subkind': CP, 'note': 'NI:traffic figures'}),
        ('Қазақстанға', 0, 'country', 'Kazakhstan', N),
     ],
     inc={ABR: (1, '1.5 tonnes of tobacco seized at the Bakhty checkpoint')}),

dict(id='p022', date='2024-03-05', lang='kk',
     event='2024 lorry fire at a crossing in Kyzylzhar district (North Kazakhstan Region) and 300 smartphones and laptops seized at a crossing in Karabalyk district (Kostanay Region) on the Russian border; similar seizures "тағы екі облыста" (unattributed); checks tightened "облыстың бірнеше ауданында"; Troitsk in Chelyabinsk Oblast; drivers from Zhezkazgan (Ulytau Region) and Akmola Region',
     text="""Ресей шекарасында: кезекте өрт және тәркіленген смартфондар
ПЕТРОПАВЛ, 5 наурыз. Tengrinews – Солтүстік Қазақстан облысы Қызылжар ауданындағы Ресеймен шекарадағы өткізу бекетінде түнде кезекте тұрған жүк көлігі өртенді. Жүргізуші уақытында шығып үлгерді, зардап шеккендер жоқ. Көлік Ресейдің Қорған облысына ұн тасып бара жатқан.
Қостанай облысында кеденшілер Қарабалық ауданындағы бекетте Ресейге заңсыз өткізілмек болған 300 смартфон мен ноутбукті тәркіледі. Тауар Алматыдан жөнелтілген, ал алушы – Челябі облысындағы Троицк қаласының бір фирмасы. Кеденшілер осы аптада тағы екі облыста осындай тәркілеу болғанын айтты, бірақ оларды атамады.
Кеденшілердің айтуынша, облыстың бірнеше ауданында шекара бекеттеріндегі тексеріс күшейтілген, сондықтан кезек ұзарды. Петропавлдан Омбыға баратын жолдағы бекетте жүк көліктері 8–10 сағат тұрады.
Кезекте тұрған жүргізушілердің бір бөлігі Жезқазғаннан және Ақмола облысынан келген. «Жүкті Жезқазғаннан Новосібірге апарамын, үш күн жолдамын», – дейді жүргізуші Ерлан.""",
     ann=[
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысы', 0, 'region', NKR, NKR),
        ('Қызылжар ауданындағы', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'lorry fire at the crossing'}),
        ('Ресеймен', 0, 'foreign', 'Russia', N),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысына', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:destination'}),
        ('Қостанай облысында', 0, 'region', KOR, KOR),
        ('Қарабалық ауданындағы', 0, 'district', 'Karabalyk District', KOR, {'note': 'seizure of smartphones and laptops'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the goods'}),
        ('Челябі облысындағы', 0, 'foreign', 'Chelyabinsk Oblast', N),
        ('Троицк қаласының', 0, 'foreign', 'Troitsk (Chelyabinsk Oblast)', N, {'note': "NI:consignee's town"}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'similar seizures in two unnamed regions'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:checks tightened, no incident'}),
        ('Петропавлдан', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Омбыға', 0, 'foreign', 'Omsk', N, {'note': 'NI:road endpoint'}),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', UR, {'note': "NI:drivers' origin; Ulytau Region since 2022-06-08"}),
        ('Ақмола облысынан', 0, 'region', AKR, AKR, {'note': "NI:drivers' origin"}),
        ('Жезқазғаннан', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of the load'}),
        ('Новосібірге', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:destination'}),
     ],
     inc={NKR: (1, 'lorry fire in the queue at a crossing in Kyzylzhar district'),
          KOR: (1, '300 smartphones and laptops seized at a crossing in Karabalyk district')},
     unatt=[{'label': 'екі облыста', 'count': 2, 'note': 'similar seizures in two other, unnamed regions this week'}]),

dict(id='p023', date='2021-06-22', lang='kk',
     event='2021 fight over irrigation water between local farmers and people from Uzbekistan\'s Jizzakh Region near Dostyk village, Maktaaral district, three hurt (Turkistan Region); Dostyk vs the Uzbek town of Dustlik; Zhetisai hospital (not Jetisu)',
     text="""МЫРЗАКЕНТ, 22 маусым. ҚазАқпарат – Түркістан облысы Мақтаарал ауданында шекара маңындағы егістікке су жіберу кезегі үшін жергілікті фермерлер мен Өзбекстанның Жизақ облысынан келген адамдар арасында төбелес болып, үш адам ауруханаға түсті. Оқиға Достық ауылының маңындағы арықта болған, деп хабарлады облыстық полиция департаменті. Полиция төбелеске қатысқан төрт адамды анықтады, олардың екеуі – Өзбекстан азаматтары.
Достық ауылын шекараның арғы бетіндегі өзбек қаласы Дустликпен шатастырмау керек: екеуі де «достық» деген сөзден шыққан. Жарақат алғандар Жетісай қаласындағы ауруханаға жеткізілді. Арық екі елдің шекарасы бойымен өтеді, оған су Сырдария өзенінен келеді.
Шілде айында суармалы су тапшылығы жыл сайын қайталанады. Нұр-Сұлтандағы Сыртқы істер министрлігі су бөлу мәселесін өзбек тарапымен талқылайтынын мәлімдеді.""",
     ann=[
        ('МЫРЗАКЕНТ', 0, 'village', 'Myrzakent', TR, {'note': 'dateline; centre of Maktaaral district'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Мақтаарал ауданында', 0, 'district', 'Maktaaral District', TR),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Жизақ облысынан', 0, 'foreign', 'Jizzakh Region', N, {'note': "NI:origin of the other side's people"}),
        ('Достық ауылының', 0, 'village', 'Dostyk (Maktaaral district)', TR, {'note': 'fight near the village; not the Dostyk on the Chinese border'}),
        ('Достық ауылын', 0, 'village', 'Dostyk (Maktaaral district)', TR, {'note': 'NI:mentioned without an incident'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'in "Өзбекстан азаматтары" (citizens of Uzbekistan)'}),
        ('Дустликпен', 0, 'foreign', 'Dustlik', N, {'note': 'NI:the Uzbek town with a near-identical name'}),
        ('Жетісай қаласындағы', 0, 'city', 'Zhetisai', TR, {'note': 'NI:hospital town; not Jetisu Region'}),
        ('Сырдария өзенінен', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={TR: (1, 'fight over irrigation water near Dostyk village, Maktaaral district, three hurt')}),

dict(id='p024', date='2000-11-14', lang='kk',
     event='2000 traders of the Barakholka market block Raiymbek Avenue against new customs rules, five detained (Almaty); goods from Urumqi via Khorgos and from Dordoi market in Bishkek; Raiymbek Avenue vs Raiymbek district',
     text="""АЛМАТЫ, 14 қараша. ҚазАқпарат – «Барахолка» базарының мыңға жуық саудагері Райымбек даңғылын жауып, жаңа кеден ережелеріне қарсы наразылық білдірді. Базар қаланың шетінде, Қапшағай тас жолының бойында орналасқан, мұнда күн сайын елу мыңға жуық адам келеді. Жаңа ереже бойынша шекарадан бажсыз өткізуге болатын жүктің салмағы 50 келіге дейін азайтылды.
Саудагерлер тауарды Қытайдың Үрімжі қаласынан Қорғас арқылы және Бішкектегі «Дордой» базарынан әкеледі. «Бір сапарда екі жүз келі әкелмесек, жол шығынын ақтай алмаймыз», – дейді Талғардан келген саудагер Нұрсұлтан Қалиев.
Полиция жолды үш сағаттан кейін ашып, бес адамды ұстады. Алматы қаласының әкімдігі өкілдері саудагерлердің талаптарын Астанадағы Мемлекеттік кірістер министрлігіне жеткізетінін айтты.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Барахолка', 0, 'facility', 'Barakholka market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'named market'}),
        ('Қапшағай', 0, 'city', 'Kapchagay', ALR, {'note': 'NI:endpoint in the name of the highway'}),
        ('Райымбек даңғылын', 0, 'facility', 'Raiymbek Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'protest blocking the avenue; named after a person, not Raiymbek district'}),
        ('Қытайдың', 0, 'foreign', 'China', N),
        ('Үрімжі қаласынан', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Қорғас', 0, 'facility', 'Khorgos checkpoint', ALR, {'subkind': CP, 'uncertain': True, 'note': 'NI:route; the crossing at Khorgos'}),
        ('Бішкектегі', 0, 'foreign', 'Bishkek', N),
        ('Дордой', 0, 'foreign', 'Dordoi market (Bishkek)', N, {'subkind': 'market', 'note': 'NI:market in Bishkek'}),
        ('Талғардан', 0, 'city', 'Talgar', ALR, {'note': "NI:trader's residence; the trader Нұрсұлтан is a person"}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (akimat)'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={'Almaty': (1, 'traders of the Barakholka market block Raiymbek Avenue, five detained')}),
]
