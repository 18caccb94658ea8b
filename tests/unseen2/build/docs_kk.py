"""Kazakh texts of the second unseen check corpus (annotation tuples described in build.py)."""
N = None
EKR, KOR, SKR, TR, UR, KR = 'East Kazakhstan Region', 'Kostanay Region', 'South Kazakhstan Region', 'Turkistan Region', 'Ulytau Region', 'Karaganda Region'
WKR, NKR = 'West Kazakhstan Region', 'North Kazakhstan Region'

DOCS = [
dict(id='v017', date='2001-04-11', lang='kk',
     event='2001 snowmelt flood in Urzhar district and basement fire in Semey (East Kazakhstan Region)',
     text="""ӨСКЕМЕН, 11 сәуір. Шығыс Қазақстан облысының Үржар ауданында қар суы бірнеше ауылды басып қалды, 200-ден астам адам қауіпсіз жерге көшірілді, деп хабарлады облыстық төтенше жағдайлар басқармасы. Ең көп зардап шеккен ауыл - Мақаншы, онда 40 үйдің ауласын су алды. Көшірілген тұрғындар Үржардағы мектепке орналастырылды.
Сонымен қатар Семей қаласында көп қабатты тұрғын үйдің жертөлесінде өрт шығып, бір адам қаза тапты. Өрттің себебі анықталып жатыр.
Облыс әкімі Астанадағы кеңестен кейін бүгін Үржарға ұшып барады. Синоптиктер алдағы үш күнде күн одан әрі жылынады деп болжайды.""",
     ann=[
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Үржар ауданында', 0, 'district', 'Urzhar District', EKR),
        ('бірнеше ауылды', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'flooded villages of Urzhar district; one named (Makanchi)'}),
        ('Мақаншы', 0, 'village', 'Makanchi', EKR),
        ('Үржардағы', 0, 'village', 'Urzhar', EKR, {'note': 'NI:evacuation point'}),
        ('Семей қаласында', 0, 'city', 'Semey', EKR),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a meeting'}),
        ('Үржарға', 0, 'village', 'Urzhar', EKR, {'note': "NI:the governor's destination"}),
     ],
     inc={EKR: (2, 'snowmelt flood in Urzhar district; basement fire in Semey')}),

dict(id='v018', date='2014-08-21', lang='kk',
     event='2014 steppe fire near Arkalyk and conveyor accident in Lisakovsk (Kostanay Region)',
     text="""ҚОСТАНАЙ, 21 тамыз. Қостанай облысында Арқалық қаласынан 30 шақырым жерде дала өрті шығып, 500 гектар жайылым өртенді. Өртті сөндіруге 60 адам мен 15 техника жұмылдырылды, жалын кешке қарай толық сөндірілді. Ауылдарға қауіп төнген жоқ.
Лисаков қаласындағы кен байыту фабрикасында конвейер құлап, бір жұмысшы ауыр жарақат алды. Ол Рудный қаласындағы ауруханаға жеткізілді. Фабрика басшылығы оқиғаны тексеру үшін комиссия құрды.
Төтенше жағдайлар департаментінің мәліметінше, шекараның арғы бетінде, Ресейдің Қорған облысында да дала өрттері тіркелген. Мамандар жұртшылықты далада от жақпауға және шөп өртемеуге шақырады, себебі ауа райы әлі де ыстық әрі құрғақ болып тұр.""",
     ann=[
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай облысында', 0, 'region', KOR, KOR),
        ('Арқалық қаласынан', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:reference point (30 km from Arkalyk)'}),
        ('Лисаков қаласындағы', 0, 'city', 'Lisakovsk', KOR),
        ('Рудный қаласындағы', 0, 'city', 'Rudny', KOR, {'note': 'NI:hospital location'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысында', 0, 'foreign', 'Kurgan Oblast', N),
     ],
     inc={KOR: (2, 'steppe fire 30 km from Arkalyk; conveyor collapse in Lisakovsk')}),

dict(id='v019', date='2017-11-14', lang='kk',
     event='2017 bus overturn in Turkistan town and cotton plant fire in Maktaaral district (South Kazakhstan Region)',
     text="""ШЫМКЕНТ, 14 қараша. Оңтүстік Қазақстан облысының Түркістан қаласында жолаушылар автобусы аударылып, 11 адам жарақат алды. Олардың төртеуі Шымкенттегі облыстық ауруханаға жеткізілді. Полиция мәліметінше, автобус жүргізушісі Арыс Сейітов рөлде ұйықтап кеткен, ол ұсталды.
Сол күні Мақтаарал ауданындағы мақта тазалау зауытында өрт шығып, 300 тоннаға жуық мақта күйіп кетті. Зардап шеккендер жоқ. Өрт сөндірушілер жалынды бес сағат бойы сөндірді.
Облыстық төтенше жағдайлар департаменті күзгі маусымда мақта қоймаларында өрт қауіпсіздігі ережелерін қатаң сақтауға шақырды. Зауыт жұмысы тергеу аяқталғанша тоқтатылды, ал жарақат алған жолаушылардың жағдайы тұрақты деп бағаланады.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Shymkent is part of the region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', SKR),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': "NI:hospital location; 'Арыс Сейітов' is a person"}),
        ('Мақтаарал ауданындағы', 0, 'district', 'Maktaaral District', SKR),
     ],
     inc={SKR: (2, 'bus overturn in Turkistan; cotton plant fire in Maktaaral district')}),

dict(id='v020', date='2019-09-03', lang='kk',
     event='2019 boy rescued from a mine shaft in Mirgalimsay (Turkistan Region) and gas explosion in a Shymkent microdistrict',
     text="""ТҮРКІСТАН, 3 қыркүйек. Кентау қаласына қарасты Мырғалымсай кентінде қараусыз қалған шахтаға құлап кеткен 14 жасар баланы құтқарушылар тірідей шығарды. Бала аяғын сындырып алған, ол ауруханаға жеткізілді. Тұрғындар ескі шахталардың аузы әлі күнге дейін жабылмағанына шағымданады.
Shymkent qalasynda сенбі күні «Тұран» шағынауданындағы көп қабатты үйде газ жарылып, үш адам зардап шекті. Үйдің екі пәтері қирады.
Түркістан облысының әкімі Арыс қаласында өткен жиында жаңа мектептер құрылысын талқылап, ескі шахталарды тексеруді тапсырды. Әкімдік биыл облыс бойынша жүзден астам қараусыз шахта мен құдықтың аузын бетон плиталармен жабуға уәде берді. Полиция газ жарылысының себебін анықтап жатыр.""",
     ann=[
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Кентау қаласына', 0, 'city', 'Kentau', TR, {'note': 'the village is under the town administration of Kentau'}),
        ('Мырғалымсай кентінде', 0, 'village', 'Mirgalimsay', TR),
        ('Shymkent qalasynda', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'Kazakh Latin spelling'}),
        ('Тұран', 0, 'district', 'Turan (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': "inside the official post 'akim of Turkistan Region'"}),
        ('Арыс қаласында', 0, 'city', 'Arys', TR, {'note': 'NI:place of a meeting'}),
     ],
     inc={TR: (1, 'boy fell into an abandoned mine shaft in Mirgalimsay'), 'Shymkent': (1, 'gas explosion in the Turan microdistrict')}),

dict(id='v021', date='2022-09-27', lang='kk',
     event='2022 roof collapse at a smelter in Zhezkazgan (Ulytau Region) and windstorm in Karkaraly (Karaganda Region)',
     text="""ЖЕЗҚАЗҒАН, 27 қыркүйек. Ұлытау облысының Жезқазған қаласындағы мыс балқыту зауытында цехтың шатыры құлап, екі жұмысшы жарақат алды. Олар Сәтбаев қаласындағы ауруханаға жеткізілді. Бұл - жаңа облыс құрылғаннан бері өңірдегі өндірістегі үшінші ірі апат.
Qaraǵandy облысының Қарқаралы ауданында түнде қатты дауыл соғып, Қарқаралы қаласында 20 үйдің шатырын ұшырып әкетті, бірнеше көшеде электр бағаналары құлады. Адам шығыны жоқ.
Облыстық әкімдік зардап шеккен отбасыларға көмек көрсетілетінін хабарлады. Синоптиктер дауыл қайталануы мүмкін деп ескертті. Энергетиктер түнге дейін ауылдардың көбіне жарықты қайта қосты, жұмыс ертең де жалғасады.""",
     ann=[
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Жезқазған қаласындағы', 0, 'city', 'Zhezkazgan', UR),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', UR, {'note': 'NI:hospital location'}),
        ('Qaraǵandy облысының', 0, 'region', KR, KR, {'note': 'Kazakh Latin spelling of the name'}),
        ('Қарқаралы ауданында', 0, 'district', 'Karkaraly District', KR),
        ('Қарқаралы қаласында', 0, 'city', 'Karkaraly', KR),
     ],
     inc={UR: (1, 'roof collapse at the smelter in Zhezkazgan'), KR: (1, 'windstorm in Karkaraly district and town (one storm)')}),

dict(id='v022', date='2024-11-06', lang='kk',
     event='2024 gas pipeline blast near Karachaganak and foot-and-mouth disease in Chingirlau district (West Kazakhstan Region)',
     text="""ОРАЛ, 6 қараша. Батыс Қазақстан облысының Бөрлі ауданында, Ақсай қаласынан 15 шақырым жерде, Қарашығанақ кен орнына апаратын газ құбырында жарылыс болды. Адам шығыны жоқ, құбырдағы газ уақытында тоқтатылды, деп хабарлады кәсіпорын.
Шыңғырлау ауданында ірі қара арасында аусыл тіркелді, 40 бас мал ауырды. Ауданда карантин жарияланды, мал базарлары жабылды.
Ал Жәнібек ауданының тұрғындары Ресейдің Саратов облысымен шекарадағы өткізу пунктінің жабылуына наразы. Олардың айтуынша, туыстарына бару үшін енді 200 шақырым жол жүруге тура келеді. Облыс әкімдігі мәселені көрші елдің билігімен талқылап жатқанын айтты, бірақ нақты мерзім белгіленген жоқ.""",
     ann=[
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR),
        ('Бөрлі ауданында', 0, 'district', 'Burli District', WKR),
        ('Ақсай қаласынан', 0, 'city', 'Aksai', WKR, {'note': 'NI:reference point (15 km from Aksai)'}),
        ('Қарашығанақ кен орнына', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'oil and gas field', 'note': 'NI:destination of the pipeline'}),
        ('Шыңғырлау ауданында', 0, 'district', 'Chingirlau District', WKR),
        ('Жәнібек ауданының', 0, 'district', 'Zhanibek District', WKR, {'note': 'NI:residence of people who complain (no protest reported)'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Саратов облысымен', 0, 'foreign', 'Saratov Oblast', N),
     ],
     inc={WKR: (2, 'gas pipeline explosion in Burli district; foot-and-mouth disease in Chingirlau district (livestock disease; doubtful whether an incident under guideline 5)')}),

dict(id='v023', date='2025-05-20', lang='kk',
     event='2025 bird flu, freight derailment and storm in North Kazakhstan Region',
     text="""ПЕТРОПАВЛ, 20 мамыр. Солтүстік Қазақстан облысының Тайынша ауданындағы құс фабрикасында құс тұмауы анықталып, 30 мыңнан астам құс жойылды. Фабрика маңындағы үш ауылда карантин енгізілді.
Мамлют ауданында жүк пойызының екі вагоны рельстен шығып аударылды. Пойыз Ресейдің Қорған қаласынан Петропавлға бара жатқан. Зардап шеккендер жоқ, қозғалыс алты сағаттан кейін қалпына келтірілді.
Сенбі күні Ғабит Мүсірепов атындағы ауданда қатты дауыл соғып, бірнеше үйдің шатыры ұшты. Аудандағы егіс жұмыстары екі күнге тоқтатылды. Ветеринарлар облыстағы барлық құс фабрикаларын тексеріп, тұрғындарды үй құстарын жабық ұстауға шақырды.""",
     ann=[
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR),
        ('Тайынша ауданындағы', 0, 'district', 'Tayynsha District', NKR),
        ('үш ауылда', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'quarantine, an official measure'}),
        ('Мамлют ауданында', 0, 'district', 'Mamlyut District', NKR),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған қаласынан', 0, 'foreign', 'Kurgan', N, {'note': 'route endpoint'}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Ғабит Мүсірепов атындағы ауданда', 0, 'district', 'Gabit Musrepov District', NKR, {'note': 'district named after a person'}),
     ],
     inc={NKR: (3, 'bird flu at a poultry farm in Tayynsha district (livestock disease; doubtful); freight derailment in Mamlyut district; storm in Gabit Musrepov district')}),

dict(id='v024', date='2026-02-10', lang='kk',
     event='2026 announcement of a culture festival in Turkistan Region; no incident',
     text="""АСТАНА, 10 ақпан. Мәдениет министрлігі Астанада өткен баспасөз мәслихатында биыл маусым айында Түркістанда «Ұлы дала» халықаралық фестивалі өтетінін хабарлады. Фестивальге Өзбекстан, Қырғызстан және Түркия елдерінен өнерпаздар келеді, сондай-ақ Қазақстанның барлық өңірлерінен ұжымдар қатысады.
Мерекелік шаралар облыстың бірнеше ауданында, соның ішінде Отырар мен Сауран аудандарында ұйымдастырылады. Шымкенттегі «Ордабасы» футбол клубы фестиваль құрметіне жолдастық матч өткізеді.
Сонымен қатар Байқоңыр қаласындағы ғарыш мұражайы жөндеуден кейін наурызда қайта ашылады. Министрлік мәліметінше, фестивальге кемінде елу мың көрермен келеді деп күтілуде, қонақүйлер мен көлік кестесі алдын ала дайындалып жатыр. Билеттер сәуірде сатылымға шығады.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a press conference'}),
        ('Түркістанда', 0, 'city', 'Turkistan', TR),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': "in a list sharing the head noun 'елдерінен'"}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Түркия', 0, 'foreign', 'Turkey', N),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('барлық өңірлерінен', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'festival events, not incidents'}),
        ('Отырар', 0, 'district', 'Otrar District', TR, {'note': 'in a list sharing the head noun'}),
        ('Сауран', 0, 'district', 'Sauran District', TR, {'note': 'in a list sharing the head noun'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': "«Ордабасы» is a football club (also the name of a district) and is not annotated"}),
        ('Байқоңыр қаласындағы', 0, 'city', 'Baikonur', 'Kyzylorda Region', {'note': 'town leased to Russia'}),
     ],
     inc={}),
]
