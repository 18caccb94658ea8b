"""Kazakh texts of the fifty-first unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1992-11-12', lang='kk',
     event='1992 Moscow-Tashkent passenger train runs into shunting freight wagons at Arys station, seven hurt (South Kazakhstan Region); two taken to Shymkent; passengers from Uzbekistan and Russia; the Arys junction',
     text="""Арыс станциясында жолаушылар пойызы жүк вагондарына соғылды
ШЫМКЕНТ, 12 қараша — Кеше түнгі сағат екіде Арыс станциясында Мәскеу – Ташкент жолаушылар пойызы маневр жасап тұрған жүк вагондарына соғылды. Жолаушылардың жетеуі жарақат алып, Арыс қалалық ауруханасына жеткізілді, ал екеуі ауыр халде Шымкентке жіберілді, деп хабарлады Оңтүстік Қазақстан облыстық көлік прокуратурасы.
Алдын ала мәліметке қарағанда, кезекші диспетчер жолды уақытында ауыстырмаған. Пойыздың 600-ден астам жолаушысы, олардың көбі Өзбекстан мен Ресей азаматтары, станцияда алты сағат күтуге мәжбүр болды.
Теміржолшылардың айтуынша, Арыс торабы арқылы тәулігіне 80-ге жуық пойыз өтеді, ал қосалқы бөлшек пен жаңа вагон жетіспейді. Прокуратура қылмыстық іс қозғады.""",
     ann=[
        ('Арыс станциясында', 0, 'facility', 'Arys railway station', SKR, {'subkind': 'railway station', 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018'}),
        ('Арыс станциясында', 1, 'facility', 'Arys railway station', SKR, {'subkind': 'railway station'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Арыс', 2, 'city', 'Arys', SKR, {'note': 'NI:in the name of the hospital'}),
        ('Шымкентке', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital'}),
        ('Оңтүстік Қазақстан', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority ("облыстық көлік прокуратурасы")'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:citizenship'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:citizenship'}),
        ('Арыс торабы', 0, 'facility', 'Arys railway junction', SKR, {'subkind': 'railway station', 'note': 'NI:traffic statement'}),
     ],
     inc={SKR: (1, 'passenger train ran into freight wagons at Arys station, seven hurt')}),

dict(id='p018', date='2019-05-21', lang='kk',
     event='2019 week in Kyzylorda Region: intercity bus drivers stop work in Baikonur (leased to Russia), two coaches derail at Zhosaly station, a fatal crash at km 112 of the Kyzylorda-Zhezkazgan road in Syrdarya district, a fishing boat capsizes on the Syr Darya in Kazaly district; victims from Zhezkazgan (Karaganda Region before 2022); roadworks on the Samara-Shymkent highway in Zhanakorgan and Aral districts',
     text="""Қызылорда облысы: бір аптада пойыз рельстен шықты, тас жолда екі адам қаза тапты
ҚЫЗЫЛОРДА, 21 мамыр — Өткен апта Қызылорда облысының көлік саласы үшін ауыр болды: теміржолда, тас жолда және өзенде бірнеше оқиға тіркелді, ал Байқоңырда автобус жүргізушілері жұмысқа шықпады.

Дүйсенбі күні Байқоңыр қаласында қалааралық автобустардың 40-қа жуық жүргізушісі жалақының үш айдан бері кешіктірілуіне наразылық білдіріп, көліктерін автовокзалда қалдырды. Қаланы Ресей жалға алғандықтан, мәселе Мәскеумен келісілуі керек, деді қала әкімшілігінің өкілі.

Сәрсенбі күні түнде Жосалы станциясында Алматыдан Ақтөбеге бара жатқан жолаушылар пойызының екі вагоны рельстен шығып кетті. Ешкім зардап шеккен жоқ, 300-ге жуық жолаушы басқа вагондарға ауыстырылды. «Қазақстан темір жолы» ұлттық компаниясы рельстің сынғанын хабарлады.

Жұма күні Қызылорда – Жезқазған тас жолының 112-шақырымында, Сырдария ауданы аумағында жүк көлігі мен жеңіл көлік соқтығысты. Жеңіл көліктегі екі адам оқиға орнында қаза тапты. Олардың Жезқазған қаласының тұрғындары екені анықталды, марқұмдардың туыстарына Қарағанды облысының полициясы хабарлады. «Жезқазғанға баратын жолда жанармай құю бекеттері аз, жүргізушілер демалмай жүреді», – деді облыстық полиция департаментінің өкілі Ерлан Сейітов.

Сенбі күні кешке Қазалы ауданында Сырдария өзенінде балықшылар мінген қайық аударылып, бір адам суға кетті. Екі адамды Әйтеке би кентінен келген құтқарушылар жағаға шығарды. Қайтыс болған балықшының денесі әлі табылған жоқ. Құтқарушылардың айтуынша, көктемгі тасқыннан кейін өзен ағысы әлі де күшті.

Облыстық жолаушылар көлігі басқармасы Самара – Шымкент тас жолының облыс арқылы өтетін бөлігінде жөндеу жүріп жатқанын еске салды: Жаңақорған мен Арал аудандарында қозғалыс әзірге бір жолақпен ғана жүреді. Облыс әкімінің орынбасары Бақыт Жақсылықов барлық оқиға бойынша тексеру жүргізілетінін айтып, жүргізушілерді түнде ұзақ сапарға шықпауға шақырды.""",
     ann=[
        ('Қызылорда облысы', 0, 'region', KZR, KZR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR),
        ('Байқоңырда', 0, 'city', 'Baikonur', KZR, {'note': 'leased to Russia; Kyzylorda Region by the guidelines'}),
        ('Байқоңыр қаласында', 0, 'city', 'Baikonur', KZR, {'note': 'place of the strike; leased to Russia'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee of the city'}),
        ('Мәскеумен', 0, 'foreign', 'Moscow', N, {'note': 'NI:metonymy for the Russian government'}),
        ('Жосалы станциясында', 0, 'facility', 'Zhosaly railway station', KZR, {'subkind': 'railway station'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the train'}),
        ('Ақтөбеге', 0, 'city', 'Aktobe', AR, {'note': 'NI:destination of the train'}),
        ('Қызылорда', 2, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:road endpoint; Karaganda Region before 2022-06-08'}),
        ('Сырдария ауданы', 0, 'district', 'Syrdarya District', KZR, {'note': 'district named after the river'}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', KR, {'note': "NI:victims' residence"}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:police of the victims\' home region'}),
        ('Жезқазғанға', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:destination in a quote'}),
        ('Қазалы ауданында', 0, 'district', 'Kazaly District', KZR),
        ('Сырдария өзенінде', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Әйтеке би кентінен', 0, 'village', 'Aiteke Bi', KZR, {'note': 'NI:origin of rescuers; settlement in Kazaly district, not Aitekebi district of Aktobe Region'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:road endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Жаңақорған', 0, 'district', 'Zhanakorgan District', KZR, {'note': 'NI:roadworks; in a list sharing "аудандарында"'}),
        ('Арал', 0, 'district', 'Aral District', KZR, {'note': 'NI:roadworks; in a list sharing "аудандарында"'}),
     ],
     inc={KZR: (4, 'bus drivers\' strike in Baikonur; two coaches derailed at Zhosaly station; fatal crash at km 112 of the Kyzylorda-Zhezkazgan road in Syrdarya district; fishing boat capsized on the Syr Darya in Kazaly district, one drowned')}),

dict(id='p019', date='2023-07-16', lang='kk',
     event='2023 motor boat capsizes in a squall on the Bukhtarma reservoir in Kurshim district, two Russian tourists from Novosibirsk dead (East Kazakhstan Region, not Abai); rescuers from Oskemen and Altai (formerly Zyryanovsk); the owner from Kurshim detained',
     text="""Бұқтырма су қоймасында қайық аударылып, екі турист қаза тапты
ӨСКЕМЕН, 16 шілде — Шығыс Қазақстан облысы Күршім ауданының аумағында, Бұқтырма су қоймасында бес адам мінген моторлы қайық кенеттен соққан дауыл кезінде аударылды. Екі адам қаза тапты, үшеуін құтқарушылар жағаға шығарды, деп хабарлады облыстық төтенше жағдайлар департаменті. Қайықтағылардың барлығы Ресейдің Новосібір қаласынан демалуға келген туристер.
Құтқарушылар Өскеменнен және Алтай қаласынан (бұрынғы Зырян) жетті. Құжатсыз қайықты жалға берген Күршім ауылының тұрғыны ұсталды.
Облыс әкімдігі өткен аптада су қоймасында қауіпсіздік талаптарын күшейтетінін, құтқару бекеттерінің санын көбейтетінін мәлімдеген болатын. Департамент дерегінше, маусымнан бері облыстың су айдындарында 11 адам суға кеткен.""",
     ann=[
        ('Бұқтырма су қоймасында', 0, 'facility', 'Bukhtarma reservoir', EKR, {'subkind': 'reservoir', 'note': 'headline'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR),
        ('Күршім ауданының', 0, 'district', 'Kurshim District', EKR, {'note': 'stayed in East Kazakhstan Region in 2022'}),
        ('Бұқтырма су қоймасында', 1, 'facility', 'Bukhtarma reservoir', EKR, {'subkind': 'reservoir'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Новосібір қаласынан', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of the tourists'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of rescuers'}),
        ('Алтай қаласынан', 0, 'city', 'Altai', EKR, {'note': 'NI:origin of rescuers; the town, not the Russian Altai'}),
        ('Зырян', 0, 'city', 'Altai', EKR, {'note': 'NI:former name of Altai (Zyryanovsk)'}),
        ('Күршім ауылының', 0, 'village', 'Kurshim', EKR, {'note': "NI:owner's residence"}),
     ],
     inc={EKR: (1, 'motor boat capsized on the Bukhtarma reservoir, two dead')}),

dict(id='p020', date='2010-11-24', lang='kk',
     event='2010 airliner from Urumqi slides off the icy runway at Almaty airport (Almaty); airport closed, flights from Astana and Shymkent diverted to Bishkek; the runway built for Alma-Ata airport in the 1970s',
     text="""Үрімжіден келген ұшақ Алматы әуежайында ұшу жолағынан шығып кетті
АЛМАТЫ, 24 қараша — Қытайдың Үрімжі қаласынан келген жолаушылар ұшағы бүгін таңертең Алматы әуежайына қонған кезде мұз басқан ұшу-қону жолағынан тайып шығып, қарлы алаңға тоқтады. Бортта болған 118 жолаушы мен 8 экипаж мүшесінің ешқайсысы жарақат алған жоқ, деп хабарлады Азаматтық авиация комитеті.
Әуежай үш сағатқа жабылды. Астанадан және Шымкенттен ұшқан рейстер Қырғызстанның астанасы Бішкекке бағытталды, жолаушылар ол жақтан автобуспен жеткізілді.
Мамандардың айтуынша, 1970-жылдары Алма-Ата әуежайы үшін салынған ұшу жолағы қазіргі ауыр ұшақтарға арналмаған. Ұшақтың шассиі аздап зақымданды, ол қазір техникалық тексеруден өтуде. Жолақты толық қайта жөндеу 2012 жылға жоспарланған.""",
     ann=[
        ('Үрімжіден', 0, 'foreign', 'Urumqi', N, {'note': 'NI:headline; origin of the flight'}),
        ('Алматы әуежайында', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Қытайдың', 0, 'foreign', 'China', N),
        ('Үрімжі қаласынан', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of the flight'}),
        ('Алматы әуежайына', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of diverted flights'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of diverted flights; South Kazakhstan Region before 2018'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Бішкекке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:diversion airport city; "астанасы" (capital) is a common noun'}),
        ('Алма-Ата әуежайы', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:history of the runway; Soviet name of the city'}),
     ],
     inc={'Almaty': (1, 'airliner slid off the icy runway at Almaty airport; no one hurt')}),

dict(id='p021', date='2024-09-12', lang='kk',
     event='2024 day in Mangystau Region: a lorry falls into the Caspian while loading onto the ferry to Alat at Kuryk port (Karakiya district), an Uzbek bus from Nukus overturns on the Beineu-Kungrad road 60 km from Beineu, 14 hurt, taxi drivers protest at the akimat in Zhanaozen; fog delays at Aktau airport and roads closed in several districts (Mangistau and Tupkaragan districts) are not incidents',
     text="""Маңғыстауда бір күнде: паромға тиеу кезінде фура теңізге құлады, Бейнеу маңында автобус аударылды, Жаңаөзенде такси жүргізушілері наразылық білдірді
АҚТАУ, 12 қыркүйек — Сейсенбі Маңғыстау облысының көлік саласы үшін тыныш болмады.

Таңертең Қарақия ауданындағы Құрық портында Әзербайжанның Алят портына жүретін паромға жүк көліктерін тиеу кезінде бір фура пандустан тайып, теңізге құлады. Жүргізуші, Грузия азаматы, кабинадан өзі шығып, жүзіп жүрген жерінен порт қызметкерлері оны жағаға алып шықты. Каспий теңізіне жанармай төгілмеді, деп хабарлады облыстық экология департаменті. Паром кестесі үш сағатқа кешікті, Құрық пен Алят арасындағы қатынас кешке қарай қалпына келді. «Енді әр көлікті палубаға тиер алдында тексереміз», – деді порт директорының орынбасары Асқар Нұрпейісов.

Түсте Бейнеу – Қоңырат тас жолында, Бейнеу ауылынан 60 шақырым жерде, Нөкістен Ақтауға бара жатқан өзбекстандық автобус аударылды. 14 жолаушы жарақат алып, Бейнеу аудандық ауруханасына жеткізілді. Жолаушылардың көбі Өзбекстанның Қарақалпақстан Республикасынан келген маусымдық жұмысшылар. Оқиға орнына Бейнеуден үш жедел жәрдем көлігі мен құтқарушылар жетті. Жол полициясы жүргізушінің жылдамдықты асырғанын айтты.

Кешке Жаңаөзен қаласында 200-ге жуық такси жүргізушісі қалалық әкімдік ғимараты алдына жиналып, сұйытылған газ бағасының өсуіне наразылық білдірді. Жиын екі сағатқа созылды, әкімнің орынбасары Нұрлан Тілеуов жүргізушілермен кездесті. Жиынға қатысушылар газ бағасын бұрынғы деңгейге қайтаруды талап етті. Полиция ешкімді ұстаған жоқ.

Ақтау халықаралық әуежайында тұман салдарынан Мәскеу мен Стамбұлдан келетін рейстер екі сағатқа кешікті. Ал күшті жел салдарынан облыстың бірнеше ауданында, соның ішінде Маңғыстау және Түпқараған аудандарында, жолдар уақытша жабылды.

Облыстық полиция департаментінің мәліметінше, жыл басынан бері өңір жолдарында 180 жол-көлік оқиғасы тіркелген. Ақтау – Жаңаөзен тас жолында жөндеу жұмыстары жалғасып жатқандықтан, жүргізушілерге сақ болу ұсынылады.""",
     ann=[
        ('Маңғыстауда', 0, 'region', MR, MR, {'note': 'headline; bare region name'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'headline; "Бейнеу маңында": near the place of the bus crash'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Қарақия ауданындағы', 0, 'district', 'Karakiya District', MR),
        ('Құрық портында', 0, 'facility', 'Kuryk port', MR, {'subkind': 'port'}),
        ('Әзербайжанның', 0, 'foreign', 'Azerbaijan', N),
        ('Алят портына', 0, 'foreign', 'Alat port', N, {'subkind': 'port', 'note': 'NI:destination of the ferry'}),
        ('Грузия', 0, 'foreign', 'Georgia', N, {'note': 'NI:citizenship'}),
        ('Каспий теңізіне', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Құрық', 1, 'village', 'Kuryk', MR, {'note': 'NI:endpoint of the ferry line'}),
        ('Алят', 1, 'foreign', 'Alat', N, {'note': 'NI:endpoint of the ferry line (Azerbaijan)'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Қоңырат', 0, 'foreign', 'Kungrad', N, {'note': 'NI:road endpoint (Uzbekistan)'}),
        ('Бейнеу ауылынан', 0, 'village', 'Beineu', MR, {'note': 'NI:reference point ("60 шақырым жерде")'}),
        ('Бейнеуден', 0, 'village', 'Beineu', MR, {'note': 'NI:origin of ambulances and rescuers'}),
        ('Нөкістен', 0, 'foreign', 'Nukus', N, {'note': 'NI:origin of the bus'}),
        ('Ақтауға', 0, 'city', 'Aktau', MR, {'note': 'NI:destination of the bus'}),
        ('Бейнеу', 3, 'district', 'Beineu District', MR, {'note': 'NI:hospital ("аудандық ауруханасы")'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Қарақалпақстан Республикасынан', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin of the passengers'}),
        ('Жаңаөзен қаласында', 0, 'city', 'Zhanaozen', MR, {'note': 'place of the protest'}),
        ('Ақтау халықаралық әуежайында', 0, 'facility', 'Aktau International Airport', MR, {'subkind': 'airport', 'note': 'NI:flights delayed by fog'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of flights'}),
        ('Стамбұлдан', 0, 'foreign', 'Istanbul', N, {'note': 'NI:origin of flights'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'roads closed; not an incident'}),
        ('Маңғыстау', 1, 'district', 'Mangistau District', MR, {'note': 'NI:roads closed; in a list sharing "аудандарында"; the district, not the region'}),
        ('Түпқараған', 0, 'district', 'Tupkaragan District', MR, {'note': 'NI:roads closed; in a list sharing "аудандарында"'}),
        ('Ақтау', 1, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Жаңаөзен', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
     ],
     inc={MR: (3, 'lorry fell into the sea while loading onto the ferry at Kuryk port; Uzbek bus overturned on the Beineu-Kungrad road 60 km from Beineu, 14 hurt; taxi drivers\' protest at the akimat in Zhanaozen; fog delays, closed roads and the 180 accidents since January are not counted')}),

dict(id='p022', date='2005-02-17', lang='kk',
     event='2005 coach from Pavlodar to Omsk collides with a lorry at km 98 of the Pavlodar-Omsk road near Sharbakty, three dead (Pavlodar Region); passengers from Russia; consul from Omsk Oblast; roads closed in three districts',
     text="""Павлодар – Омбы тас жолында автобус жүк көлігімен соқтығысты
ПАВЛОДАР, 17 ақпан — Павлодар – Омбы тас жолының 98-шақырымында, Шарбақты ауылының маңында Павлодардан Омбыға бара жатқан жолаушылар автобусы қарсы келе жатқан жүк көлігімен соқтығысты. Үш адам қаза тауып, тоғыз адам жарақат алды, деп хабарлады Павлодар облыстық ішкі істер департаменті.
Жолаушылардың көбі Ресей азаматтары. Жарақат алғандар Шарбақты аудандық ауруханасына жеткізілді, ауыр халдегі екеуі тікұшақпен Павлодарға жіберілді. Ресейдің Омбы облысынан консулдық қызметкерлер келеді деп күтілуде.
Жол полициясының айтуынша, оқиға кезінде қатты боран соғып, көрінім 50 метрден аспаған. Боран салдарынан облыстың үш ауданында жолдар жабылды.""",
     ann=[
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:headline; road endpoint'}),
        ('Омбы', 0, 'foreign', 'Omsk', N, {'note': 'NI:headline; road endpoint (Russia)'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар', 1, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Омбы', 1, 'foreign', 'Omsk', N, {'note': 'NI:road endpoint'}),
        ('Шарбақты ауылының', 0, 'village', 'Sharbakty', PR, {'note': 'the crash happened near the village'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the coach'}),
        ('Омбыға', 0, 'foreign', 'Omsk', N, {'note': 'NI:destination of the coach'}),
        ('Павлодар', 2, 'region', PR, PR, {'note': 'inside the name of an authority ("облыстық ішкі істер департаменті")'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:citizenship'}),
        ('Шарбақты', 1, 'district', 'Sharbakty District', PR, {'note': 'NI:hospital ("аудандық ауруханасы")'}),
        ('Павлодарға', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысынан', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:origin of consular staff'}),
        ('облыстың үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'roads closed; not an incident'}),
     ],
     inc={PR: (1, 'coach and lorry collided near Sharbakty on the Pavlodar-Omsk road, three dead')}),

dict(id='p023', date='2020-12-08', lang='kk',
     event='2020 transport chronicle: private bus drivers stop work and gather in Saryarka district of Nur-Sultan (Astana); car-bus collision at km 62 of the Nur-Sultan-Petropavl road in Shortandy district, three dead, and a freight train hits a tractor near Kabanbai Batyr, Tselinograd district (Akmola Region); three wagons derail at Mamlyut station (North Kazakhstan Region); Tselinograd district vs the old name of the capital; Akmol vs Akmola; the capital as "елорда"',
     text="""Көлік хроникасы: Нұр-Сұлтанда автобус жүргізушілері жұмысқа шықпады, Шортанды маңында үш адам қаза тапты
НҰР-СҰЛТАН, 8 желтоқсан — Дүйсенбі елорда мен көршілес екі облыстың жолдары үшін ауыр күн болды.

Таңертең Нұр-Сұлтандағы жеке автобус паркінің 120-ға жуық жүргізушісі екі айлық жалақының төленбеуіне наразылық білдіріп, жұмысқа шықпады. Олар Сарыарқа ауданындағы парк ғимараты алдына жиналды. Соның салдарынан қалада тоғыз бағыт бойынша автобустар жүрмеді. «Біз де отбасымызды асырауымыз керек», – деді жүргізушілердің бірі Серік Жақыпов. Қала әкімдігі жалақы жұма күнге дейін төленетінін уәде етті.

Түсте Нұр-Сұлтан – Петропавл тас жолының 62-шақырымында, Ақмола облысы Шортанды ауданы аумағында жеңіл көлік қарсы жолаққа шығып, жолаушылар автобусымен соқтығысты. Жеңіл көліктегі үш адам оқиға орнында қаза тапты, автобустың алты жолаушысы жарақат алды. Автобус Көкшетаудан елордаға келе жатқан. Жарақат алғандар Шортанды кентінің ауруханасына жеткізілді, ал тас жол бес сағат бойы жабық тұрды.

Кешке Целиноград ауданындағы Қабанбай батыр ауылының маңында, күзетілмейтін теміржол өткелінде жүк пойызы өткелде тұрып қалған трактормен соқтығысты. Пойыз машинисі өткел алдында дыбыстық белгі бергенін айтты. Тракторшы ауруханаға жеткізілді, оның жағдайы орташа. Целиноград ауданы елорданың кеңестік атауын сақтап қалған, оның орталығы — Ақмол ауылы.

Солтүстік Қазақстан облысындағы Мамлют станциясында Ресейдің Қорған қаласына бара жатқан жүк пойызының үш вагоны рельстен шықты. Зардап шеккендер жоқ, бірақ Петропавл мен Қорған арасындағы қатынас төрт сағатқа тоқтады. Теміржолшылар вагондарды кешке дейін жолдан алып тастады, себебі ретінде рельстің қатты аяздан жарылуы аталды.

Боран кезінде екі облыста — Ақмола мен Солтүстік Қазақстанда — 40-қа жуық көлік жолда қалып қойды, құтқарушылар оларды түнге қарай шығарды. Синоптиктер сәрсенбіге дейін ауа райы жақсармайтынын ескертті.""",
     ann=[
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-2022'}),
        ('Шортанды', 0, 'village', 'Shortandy', AKR, {'note': 'headline; "Шортанды маңында": near the place of the crash'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('екі облыстың', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'the two neighbouring regions, both named later (Akmola, North Kazakhstan)'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana'),
        ('Сарыарқа ауданындағы', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'place of the gathering'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Шортанды ауданы', 0, 'district', 'Shortandy District', AKR),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of the bus'}),
        ('Шортанды кентінің', 0, 'village', 'Shortandy', AKR, {'note': 'NI:hospital'}),
        ('Целиноград ауданындағы', 0, 'district', 'Tselinograd District', AKR, {'note': 'district of Akmola Region, not the old name of the capital'}),
        ('Қабанбай батыр ауылының', 0, 'village', 'Kabanbai Batyr', AKR, {'note': 'village named after a person'}),
        ('Целиноград ауданы', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:background about the name'}),
        ('Ақмол ауылы', 0, 'village', 'Akmol', AKR, {'note': 'NI:district centre; not Akmola'}),
        ('Солтүстік Қазақстан облысындағы', 0, 'region', NKR, NKR),
        ('Мамлют станциясында', 0, 'facility', 'Mamlyut railway station', NKR, {'subkind': 'railway station'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған қаласына', 0, 'foreign', 'Kurgan', N, {'note': 'NI:destination of the train'}),
        ('Петропавл', 1, 'city', 'Petropavl', NKR, {'note': 'NI:section endpoint'}),
        ('Қорған', 1, 'foreign', 'Kurgan', N, {'note': 'NI:section endpoint'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'both named; drivers stranded, not an incident'}),
        ('Ақмола', 1, 'region', AKR, AKR, {'note': 'NI:stranded drivers; in apposition to "екі облыста"'}),
        ('Солтүстік Қазақстанда', 0, 'region', NKR, NKR, {'note': 'NI:stranded drivers; in apposition to "екі облыста"'}),
     ],
     inc={'Astana': (1, 'bus drivers stopped work and gathered at the depot in Saryarka district, one protest'),
          AKR: (2, 'car-bus collision at km 62 of the Nur-Sultan-Petropavl road in Shortandy district, three dead; freight train hit a tractor near Kabanbai Batyr, Tselinograd district'),
          NKR: (1, 'three freight wagons derailed at Mamlyut station')}),

dict(id='p024', date='2026-03-05', lang='kk',
     event='2026 airliner from Istanbul hits a cargo vehicle with its wing at Hazrat Sultan International Airport in Turkestan (Turkistan Region); a minibus to Turkestan collides with a lorry on Baidibek Bi Avenue in Shymkent, five hurt (Shymkent); the 2018 move of the regional seat from Shymkent to Turkestan',
     text="""«Хазрет Сұлтан» әуежайында ұшақ қанатымен жүк көлігіне соғылды
ТҮРКІСТАН, 5 наурыз — Түркістан қаласындағы «Хазрет Сұлтан» халықаралық әуежайында Стамбұлдан келген ұшақ тұраққа кіріп бара жатқанда қанатымен әуежайдың жүк көлігіне соғылды. Жолаушылар мен экипаж зардап шеккен жоқ, бірақ кері рейс бір тәулікке кейінге қалдырылды, деп хабарлады Түркістан облысының әкімдігі.
Осы күні Шымкентте, Байдібек би даңғылында Түркістанға бара жатқан шағын автобус жүк көлігімен соқтығысып, бес жолаушы жарақат алды. Шымкент қаласының полиция департаменті жүк көлігінің жүргізушісін ұстады.
Еске сала кетейік, 2018 жылы облыс орталығы Шымкенттен Түркістанға көшіп, Шымкент республикалық маңызы бар қала мәртебесін алды. Әуежай 2020 жылы ашылған, ол Өзбекстан мен Түркияға тұрақты рейстер жасайды.""",
     ann=[
        ('Хазрет Сұлтан', 0, 'facility', 'Hazrat Sultan International Airport', TR, {'subkind': 'airport', 'note': 'headline; name inside quotes'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', TR),
        ('Хазрет Сұлтан', 1, 'facility', 'Hazrat Sultan International Airport', TR, {'subkind': 'airport'}),
        ('Стамбұлдан', 0, 'foreign', 'Istanbul', N, {'note': 'NI:origin of the flight'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'inside the name of an authority (akimat)'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Байдібек би даңғылында', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'avenue named after a person; not Baidibek district of Turkistan Region'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'note': 'NI:destination of the minibus'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (police department)'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former seat of the region'}),
        ('Түркістанға', 1, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the region'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:status statement'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:flight destinations'}),
        ('Түркияға', 0, 'foreign', 'Turkey', N, {'note': 'NI:flight destinations'}),
     ],
     inc={TR: (1, 'airliner hit a cargo vehicle with its wing while taxiing at Hazrat Sultan International Airport, no one hurt'),
          'Shymkent': (1, 'minibus and lorry collided on Baidibek Bi Avenue, five hurt')}),
]
