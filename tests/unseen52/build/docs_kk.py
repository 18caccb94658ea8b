"""Kazakh texts of the fifty-second unseen check corpus (Cyrillic; p024 quotes a post in the
Kazakh Latin alphabet of February 2018)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1993-02-10', lang='kk',
     event='1993 shepherd lost for three days in a blizzard found alive in Amangeldy district of Turgay Region (abolished 1997; Kostanay Region land); searchers from Amangeldy village, a helicopter from Arkalyk; warning for Kostanay and Akmola regions',
     text="""Торғай облысында боранда адасқан шопан тірі табылды
АРҚАЛЫҚ, 10 ақпан. – Торғай облысының Амангелді ауданында үш күн бойы боранда адасып жүрген шопан тірі табылды, деп хабарлады облыстық ішкі істер басқармасы.
42 жастағы шопан жексенбі күні түстен кейін 600 қойды қыстаудан суатқа айдап шыққан. Кенеттен боран басталып, ол жолдан адасып кеткен. Оны іздеуге милиция қызметкерлері, азаматтық қорғаныс штабының құтқарушылары және Амангелді ауылының 50-ге жуық тұрғыны шықты. Сейсенбі күні Арқалықтан ұшқан тікұшақ шопанды қыстаудан 25 шақырым жердегі ескі мал қорасынан тапты. Шопанның қолы мен аяғын үсік шалған, ол Арқалықтағы ауруханаға жеткізілді. Қойдың жартысы әлі табылған жоқ.
Синоптиктер алдағы күндері Қостанай және Ақмола облыстарында да қатты боран болатынын ескертті.""",
     ann=[
        ('Торғай облысында', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'headline; Turgay Region (1990-1997), labelled with the canonical unit holding Arkalyk and Amangeldy district'}),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline; seat of Turgay Region in 1993'}),
        ('Торғай облысының', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'the abolished Turgay Region'}),
        ('Амангелді ауданында', 0, 'district', 'Amangeldy District', KOR),
        ('Амангелді ауылының', 0, 'village', 'Amangeldy (Amangeldy district)', KOR, {'note': 'NI:origin of searchers; a common village name'}),
        ('Арқалықтан', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:origin of the helicopter'}),
        ('Арқалықтағы', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:hospital town'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'NI:warning; in a list sharing "облыстарында"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:warning; in a list sharing "облыстарында"; the region, not the city'}),
     ],
     inc={KOR: (1, 'shepherd lost for three days in a blizzard in Amangeldy district, found alive with frostbite')}),

dict(id='p018', date='2016-07-25', lang='kk',
     event='2016 weekly drowning round-up in four regions: two boys in the Syr Darya at Kyzylorda (Kyzylorda Region), a man in the Zhaiyk (Ural) at Atyrau (Atyrau Region), a capsized boat on the Irtysh at Semey (East Kazakhstan Region before 2022) with divers from Oskemen, a boy saved from the waves of Alakol near Usharal (Alakol district, Almaty Region before 2022); swimming banned in several districts of South Kazakhstan Region',
     text="""Бір аптада 11 адам суға батты: ең ауыр оқиғалар төрт өңірде
АСТАНА, 25 шілде. ҚазАқпарат – Өткен аптада елдің өзен-көлдерінде 11 адам суға батып қаза тапты, оның төртеуі – балалар, деп хабарлады Төтенше жағдайлар министрлігі. Бұл өткен жылдың осы кезеңімен салыстырғанда екі есе көп. Ең ауыр оқиғалар төрт өңірде тіркелді.

Қызылорда қаласының тұсында Сырдария өзеніне шомылуға түскен 14 жастағы екі бала ағысқа ілесіп кетті. Сүңгуірлер олардың денесін келесі күні қаладан 6 шақырым төменнен тапты. Балалар шомылуға тыйым салынған жерде суға түскен. Қызылорда облысының полиция департаменті жағалауда рейд бастады.

Атырауда Жайық өзенінде қалалық жағажайдан 300 метр жерде 30 жастағы ер адам суға кетті. Куәгерлердің айтуынша, ол өзеннің арғы бетіне жүзіп өтпек болған. Денесін құтқарушылар екі сағаттан кейін тапты. Биыл Атыраудағы жағажайларда тоғыз адам қаза тапқан.

Семейде Ертіс өзенінде қайықпен балық аулап жүрген екі ағайындының қайығы аударылып кетті. Ағасы жағаға жүзіп шықты, ал 19 жастағы інісін іздеу үшінші күн жалғасып жатыр. Іздеуге Өскеменнен сүңгуірлер тобы жіберілді. Сүңгуірлер өзеннің 12 шақырымдық бөлігін тексеріп шықты, бірақ ағыс қатты болғандықтан жұмыс қиындап отыр.

Алматы облысының Алакөл ауданында, Үшарал қаласынан 40 шақырым жердегі жағажайда Астанадан демалуға келген 9 жасар бала толқынға ілесіп кетті. Оны жағада кезекшілік етіп жүрген құтқарушылар қайықпен тірідей алып шықты. Баланың ата-анасы оны бір сәтке ғана көзден таса қалдырғанын айтады.

Министрліктің мәліметінше, шомылу маусымы басталғалы елде 87 адам суға батқан. Оңтүстік Қазақстан облысының бірнеше ауданында жабдықталмаған жерлерде шомылуға тыйым салынды. «Тек құтқарушы бекеті бар жағажайларда ғана шомылыңыздар, балаларды суға жалғыз жібермеңіздер», – деді министрлік өкілі Айдос Бекенов. Министрлік жаз бойы жағажайлардағы рейдтерді жалғастырады.""",
     ann=[
        ('төрт өңірде', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'headline; all four are named below'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('төрт өңірде', 1, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'all four are named below'}),
        ('Қызылорда қаласының', 0, 'city', 'Kyzylorda', KZR),
        ('Сырдария өзеніне', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR, {'note': 'NI:inside the name of an authority (police raid)'}),
        ('Атырауда', 0, 'city', 'Atyrau', ATR),
        ('Жайық өзенінде', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name of the Ural'}),
        ('Атыраудағы', 0, 'city', 'Atyrau', ATR, {'note': 'NI:statistics'}),
        ('Семейде', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('Ертіс өзенінде', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the divers'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'Alakol district belonged to Almaty Region before 2022-06-08'}),
        ('Алакөл ауданында', 0, 'district', 'Alakol District', ALR),
        ('Үшарал қаласынан', 0, 'city', 'Usharal', ALR, {'note': 'NI:reference point'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:the boy's home city"}),
        ('Оңтүстік Қазақстан облысының бірнеше ауданында', 0, 'quantified', 'several South Kazakhstan Region districts', N, {'count': None, 'unit': 'district', 'note': 'swimming ban, a measure; vague quantifier with the region inside the span'}),
     ],
     inc={KZR: (1, 'two boys drowned in the Syr Darya at Kyzylorda'),
          ATR: (1, 'man drowned in the Zhaiyk (Ural) at Atyrau; the nine deaths this year are a statistic'),
          EKR: (1, 'boat capsized on the Irtysh at Semey, one brother missing'),
          ALR: (1, 'boy carried off by waves at a beach in Alakol district, saved alive')}),

dict(id='p019', date='2021-09-14', lang='kk',
     event='2021 helicopter finds four tourists from Almaty lost for two days near the Bozzhyra canyon, Karakiya district (Mangystau Region); searchers from Zhanaozen and Kuryk, the helicopter from Aktau; the ministry in Nur-Sultan; the demonym "алматылық"',
     text="""Бозжыра шатқалында адасқан туристерді тікұшақ тауып алды
АҚТАУ, 14 қыркүйек. – Маңғыстау облысының Қарақия ауданындағы Бозжыра шатқалы маңында екі күн бойы адасып жүрген алматылық төрт турист табылды, деп хабарлады облыстық төтенше жағдайлар департаменті.
Туристер жексенбі күні жалға алған көлікпен Үстірт үстіне шыққан. Көлік құмға батып, ұялы байланыс үзілген. Оларды іздеуге Жаңаөзен мен Құрық ауылынан полиция мен құтқарушылар шықты, Ақтаудан тікұшақ ұшты. Сейсенбі күні таңертең тікұшақ экипажы туристерді Бозжырадан 18 шақырым жерден тапты. Олардың ауыз суы таусылып қалған, бірақ денсаулығына қауіп жоқ.
Нұр-Сұлтандағы Төтенше жағдайлар министрлігі шөлге сапарға шығатындарды маршрутын жергілікті әкімдікке алдын ала хабарлауға шақырды.""",
     ann=[
        ('Бозжыра шатқалында', 0, 'facility', 'Bozzhyra canyon', N, {'subkind': 'canyon', 'note': 'headline; in Karakiya district'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Қарақия ауданындағы', 0, 'district', 'Karakiya District', MR),
        ('Бозжыра шатқалы', 0, 'facility', 'Bozzhyra canyon', N, {'subkind': 'canyon'}),
        ('Үстірт', 0, 'facility', 'Ustyurt Plateau', N, {'subkind': 'plateau'}),
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of searchers'}),
        ('Құрық ауылынан', 0, 'village', 'Kuryk', MR, {'note': 'NI:origin of searchers'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of the helicopter'}),
        ('Бозжырадан', 0, 'facility', 'Bozzhyra canyon', N, {'subkind': 'canyon', 'note': 'NI:reference point (18 km from the canyon)'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={MR: (1, 'four tourists lost for two days near the Bozzhyra canyon, Karakiya district, found by helicopter')}),

dict(id='p020', date='2005-05-16', lang='kk',
     event='2005 six-year-old boy lost for two days in the steppe near Moiynkum village, found in the reeds by a herdsman (Moiynkum district, Jambyl Region); dogs from Shu, rescuers from Taraz; "the third such case this year" as statistics',
     text="""Мойынқұм ауданында далада адасқан бала екі тәуліктен кейін табылды
ТАРАЗ, 16 мамыр. – Жамбыл облысының Мойынқұм ауданында екі тәулік бойы хабарсыз кеткен алты жасар бала аман табылды, деп хабарлады облыстық ішкі істер департаменті.
Бала сенбі күні түсте Мойынқұм ауылының шетіндегі үйінен қозының соңынан еріп шығып, далада адасып кеткен. Іздеуге 200-ге жуық адам қатысты: атқа мінген малшылар, Шу қаласынан әкелінген қызметтік иттер және Тараздан келген құтқарушылар. Дүйсенбі күні таңертең баланы ауылдан 11 шақырым жердегі қамыс арасынан атты малшы тауып алды.
Бала қазір Мойынқұмдағы аудандық ауруханада, дәрігерлердің айтуынша, оның денсаулығына қауіп жоқ. Департамент биыл облыста далада адасқан баланың бұл үшінші оқиғасы екенін атап өтті.""",
     ann=[
        ('Мойынқұм ауданында', 0, 'district', 'Moiynkum District', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Мойынқұм ауданында', 1, 'district', 'Moiynkum District', JR),
        ('Мойынқұм ауылының', 0, 'village', 'Moiynkum', JR, {'note': "the boy's home village, district centre; he was lost in the steppe nearby"}),
        ('Шу қаласынан', 0, 'city', 'Shu', JR, {'note': 'NI:origin of the police dogs'}),
        ('Тараздан', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of the rescuers'}),
        ('Мойынқұмдағы', 0, 'village', 'Moiynkum', JR, {'note': 'NI:hospital'}),
     ],
     inc={JR: (1, 'six-year-old boy lost for two days in the steppe near Moiynkum, found alive; "the third case this year" is a statistic')}),

dict(id='p021', date='2024-01-16', lang='kk',
     event='2024 ministry figures for 2023 rescues (all 20 regions; Almaty, East Kazakhstan, Karaganda, Ulytau; not counted) and the hardest searches of 2023: a boat capsized on the Syr Darya in Shardara district (Turkistan Region), nine anglers on a floe on the Tobol near Kostanay (Kostanay Region), three tourists from Oskemen lost in the Tarbagatai in Urzhar district (Abai Region); new posts in several districts of Jetisu Region; planned dog centres in Astana and Shymkent',
     text="""ТЖМ: 2023 жылы құтқарушылар 12 мыңнан астам адамға көмектесті
АСТАНА, 16 қаңтар. ҚазАқпарат – Төтенше жағдайлар министрлігінің құтқарушылары 2023 жылы елдің барлық 20 өңірінде 9 800-ден астам шақыру бойынша шығып, 12 мыңнан астам адамға көмек көрсетті. Бұл туралы министрліктің алқа отырысында вице-министр Ерлан Сейітқалиев хабарлады. Оның айтуынша, 2022 жылмен салыстырғанда шақырулар саны 8 пайызға өсті, ал суда қаза тапқандар саны азайды.
Шақырулар саны бойынша Алматы қаласы (1 900), Шығыс Қазақстан облысы (1 240) және Қарағанды облысы (980) алда. Ең аз шақыру Ұлытау облысында тіркелді – 214. Судан 640 адам құтқарылды, таудан және шөлден 1 100-ге жуық адам табылды. Адасқан адамдарды іздеу жұмыстарының 93 пайызы олардың тірі табылуымен аяқталды. Жетісу облысының бірнеше ауданында жаңа құтқару бекеттері ашылды.
Вице-министр өткен жылдың ең күрделі іздестіру жұмыстарын еске алды. Тамызда Түркістан облысының Шардара ауданында Сырдарияда қайық аударылып, бес балықшының төртеуі аман алынды, бесіншісінің денесін сүңгуірлер үш күннен кейін тапты. Сәуірде Қостанай облысында Тобыл өзенінде Қостанай қаласының маңында мұз жарылып, тоғыз балықшы ағып бара жатқан мұз үстінде қалды. Оларды әуе жастықшалы кемемен бір сағатта жағаға жеткізді, екеуін үсік шалғандықтан ауруханаға апарды. Қыркүйекте Абай облысының Үржар ауданында Тарбағатай тауында адасқан Өскеменнен келген үш туристі тікұшақ екі тәуліктен кейін тапты. Туристер жаңбырдан кейін тұманда жолдан адасып, телефондарының заряды біткен.
«Әр іздеуде алғашқы сағаттар шешуші рөл атқарады. Сондықтан біз кинологтар мен дрон операторларын әр ауданға жеткізуге тырысамыз», – деді Сейітқалиев.
2024 жылы министрлік Астана мен Шымкентте жаңа кинологиялық орталықтар ашуды жоспарлап отыр. Сонымен қатар құтқарушылар үшін тағы 12 тікұшақ сатып алынады.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('барлық 20 өңірінде', 0, 'quantified', 'all 20 regions', N, {'count': 20, 'unit': 'region', 'quantifier': 'all', 'note': '17 regions and 3 cities of republican significance; statistics, not incidents'}),
        ('Алматы қаласы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR, {'note': 'NI:statistics'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'NI:statistics'}),
        ('Ұлытау облысында', 0, 'region', UR, UR, {'note': 'NI:statistics'}),
        ('Жетісу облысының бірнеше ауданында', 0, 'quantified', 'several Jetisu Region districts', N, {'count': None, 'unit': 'district', 'note': 'new rescue posts, not incidents; vague quantifier with the region inside the span'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Шардара ауданында', 0, 'district', 'Shardara District', TR),
        ('Сырдарияда', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Қостанай облысында', 0, 'region', KOR, KOR),
        ('Тобыл өзенінде', 0, 'facility', 'Tobol River', N, {'subkind': 'river', 'note': 'Kazakh name of the Tobol'}),
        ('Қостанай қаласының', 0, 'city', 'Kostanay', KOR),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Үржар ауданында', 0, 'district', 'Urzhar District', ABR),
        ('Тарбағатай тауында', 0, 'facility', 'Tarbagatai Range', N, {'subkind': 'mountain range'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': "NI:the tourists' home city"}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:planned dog centre'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:planned dog centre'}),
     ],
     inc={TR: (1, 'background (August 2023): boat capsized on the Syr Darya in Shardara district, one angler drowned'),
          KOR: (1, 'background (April 2023): floe with nine anglers on the Tobol near Kostanay'),
          ABR: (1, 'background (September 2023): three tourists lost for two days in the Tarbagatai, Urzhar district')}),

dict(id='p022', date='2011-10-04', lang='kk',
     event='2011 eight-year-old girl lost for 20 hours while picking mushrooms in the forest by Lake Imantau, Aiyrtau district (North Kazakhstan Region), found by a police dog; dog handlers from Kokshetau; two pensioners lost near Burabay the same week (Akmola Region)',
     text="""Айыртау ауданында орманда адасқан қыз табылды
ПЕТРОПАВЛ, 4 қазан. – Солтүстік Қазақстан облысының Айыртау ауданында ата-анасымен саңырауқұлақ теруге шығып, адасып кеткен сегіз жасар қыз 20 сағаттан кейін аман табылды, деп хабарлады облыстық полиция департаменті.
Қызды іздеуге полиция қызметкерлері, құтқарушылар, 100-ден астам ерікті және Көкшетаудан келген кинологтар қатысты. Таңертең қызметтік ит қызды Имантау көлінің жағасындағы қалың орманнан тапты. Қыз Саумалкөл ауылындағы аудандық ауруханада тексеруден өтті.
Көршілес Ақмола облысында да осы аптада Бурабай маңында саңырауқұлақ терген екі зейнеткер адасып, бір тәуліктен кейін табылған. Құтқарушылар орманға жалғыз бармауға және телефонды толық зарядтап алуға кеңес береді.""",
     ann=[
        ('Айыртау ауданында', 0, 'district', 'Aiyrtau District', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR),
        ('Айыртау ауданында', 1, 'district', 'Aiyrtau District', NKR),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of the dog handlers'}),
        ('Имантау көлінің', 0, 'facility', 'Lake Imantau', N, {'subkind': 'lake', 'note': 'in Aiyrtau district'}),
        ('Саумалкөл ауылындағы', 0, 'village', 'Saumalkol', NKR, {'note': 'NI:hospital; district centre'}),
        ('Ақмола облысында', 0, 'region', AKR, AKR),
        ('Бурабай', 0, 'village', 'Burabay', AKR),
     ],
     inc={NKR: (1, 'eight-year-old girl lost for 20 hours in the forest by Lake Imantau, Aiyrtau district, found by a police dog'),
          AKR: (1, 'two pensioners lost near Burabay the same week, found after a day (narrated explicitly)')}),

dict(id='p023', date='2022-09-29', lang='kk',
     event='2022 interview with a police dog handler in Astana twelve days after the capital got its name back (no incident); training ground in Tselinograd district (Akmola Region); dog units planned in the new Abai, Jetisu and Ulytau regions; a dog named Ертіс; Нұр-Сұлтан in a quote',
     text="""Кинолог: «Жақсы ит бір сағатта жүз адамның жұмысын атқарады»
АСТАНА, 29 қыркүйек. – Астана қаласы полиция департаментінің кинологиялық орталығында 40-тан астам қызметтік ит бар. Орталықтың аға кинологы Нұрлан Әбдіразақов он екі жылдан бері адасқан адамдарды іздеумен айналысады. Оның серігі – Ертіс есімді төрт жасар неміс овчаркасы.
– Ит адамның ізін үш тәулікке дейін сезеді. Біз жылына 100-ге жуық іздеу жұмысына қатысамыз, көбі – адасқан балалар мен қарттар, – дейді ол.
Кинологтар жаттығуды Ақмола облысының Целиноград ауданындағы полигонда өткізеді. Қала осы айдың 17-сінен бастап қайтадан Астана деп аталады, бірақ кинологтардың айтуынша, атаудың өзгеруі олардың жұмысына әсер еткен жоқ: «Нұр-Сұлтан болсын, Астана болсын, ит бәрібір ізге түседі».
Жыл соңына дейін жаңадан құрылған Абай, Жетісу және Ұлытау облыстарында да кинологиялық бөлімшелер ашылмақ.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Astana again since 2022-09-17'}),
        ('Астана қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of an authority (city police department)'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'NI:training ground'}),
        ('Целиноград ауданындағы', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:training ground; the district, not the old name of the capital'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:name of 2019-2022, in a quote'}),
        ('Астана', 2, 'city', 'Astana', 'Astana', {'note': 'NI:in a quote'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:planned dog unit; in a list sharing "облыстарында"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:planned dog unit; in a list sharing "облыстарында"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:planned dog unit; in a list sharing "облыстарында"'}),
     ],
     inc={}),

dict(id='p024', date='2025-03-18', lang='kk',
     event='2025 spring ice round-up: 23 anglers carried off on a floe on Lake Alakol near Akshi (Jetisu Region), a six-year-old boy saved from the Badam river in Al-Farabi district of Shymkent, a snowmobile through the ice of the Irtysh near Aksu, driver dead (Pavlodar Region); a false alarm at the Kargaly reservoir (Aktobe Region, not counted); ice ban in several districts of East Kazakhstan Region and on the Bukhtarma reservoir; "бес облыста" statistics; a post in the Kazakh Latin alphabet of 2018 (Alakóldegi)',
     text="""Көктемгі мұз: Алакөлде 23 балықшы мұзбен ағып кетті, Шымкентте бала өзенге құлады
АСТАНА, 18 наурыз. ҚазАқпарат – Күн жылынып, мұз жұқарған сайын су айдындарындағы оқиғалар көбейіп келеді. Төтенше жағдайлар министрлігінің мәліметінше, наурыздың басынан бері бес облыста мұз үстінен 60-тан астам адам құтқарылды.

Жексенбі күні Алакөлде Ақши ауылы маңында жарылған мұз 23 балықшыны жағадан бір жарым шақырым алысқа ағызып әкетті. Жетісу облысының төтенше жағдайлар департаментінің құтқарушылары әуе жастықшалы кемемен үш рет қатынап, барлығын жағаға шығарды. Құтқарушылардың айтуынша, балықшылар тыйымға қарамастан мұзға көлікпен шыққан, екі көлік суға батып кетті. Балықшылардың көбі Үшарал мен Талдықорғаннан келген. Департамент Instagram парақшасында латын әліпбиімен: «Alakóldegi muz ústinen 23 balyqshy qutqaryldy. Muzǵa shyqpańyzdar!» деп жазды.

Шымкенттің Әл-Фараби ауданында Бадам өзенінің жағасында ойнап жүрген 6 жасар бала суға құлап кетті. Оны өтіп бара жатқан полиция қызметкері суға секіріп, құтқарып алды. Бала ауруханада, жағдайы тұрақты.

Павлодар облысында Ақсу қаласының маңында Ертіс өзенінің мұзымен жүріп келе жатқан мотошана мұз астына кетті. Жүргізушінің денесін сүңгуірлер келесі күні тапты. Екінші жолаушы мұзды жарып, өзі шығып үлгерген. Қаза тапқан 41 жастағы жүргізуші Ақсудың тұрғыны болған.

Ақтөбе облысында өткен аптада Қарғалы су қоймасына балық аулауға кеткен ер адамды туыстары хабарсыз кетті деп іздеді. Полиция мен еріктілер түні бойы жағаны аралады, ал таңертең ол Ақтөбедегі досының саяжайында ұйықтап жатқаны анықталды. «Телефоны жай ғана отырып қалған», – деді полиция өкілі.

Шығыс Қазақстан облысының бірнеше ауданында, оның ішінде Бұқтырма су қоймасында, көлікпен мұзға шығуға тыйым салынды. Құтқарушылар балықшыларды мұзға жалғыз шықпауға және құтқару кеудешесін киюге шақырады. Синоптиктер алдағы аптада да жылы ауа райы сақталатынын болжап отыр.""",
     ann=[
        ('Алакөлде', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('бес облыста', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'statistics since the start of March, not incidents'}),
        ('Алакөлде', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Ақши ауылы', 0, 'village', 'Akshi (Alakol district)', JTR, {'note': 'a common village name'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': "NI:anglers' home town"}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': "NI:anglers' home city"}),
        ('Alakóldegi', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'Kazakh Latin alphabet of February 2018 (acute accents) in the department\'s post; the same floe'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Әл-Фараби ауданында', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district named after a person'}),
        ('Бадам өзенінің', 0, 'facility', 'Badam River', N, {'subkind': 'river'}),
        ('Павлодар облысында', 0, 'region', PR, PR),
        ('Ақсу қаласының', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'a common name; the Pavlodar town'}),
        ('Ертіс өзенінің', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ақсудың', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': "NI:the driver's home town"}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'NI:false alarm, nobody was lost'}),
        ('Қарғалы су қоймасына', 0, 'facility', 'Kargaly reservoir', N, {'subkind': 'reservoir', 'note': 'NI:false alarm; water body, adm1 null like natural features; lies in Aktobe Region'}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:where the man was found asleep'}),
        ('Шығыс Қазақстан облысының бірнеше ауданында', 0, 'quantified', 'several East Kazakhstan Region districts', N, {'count': None, 'unit': 'district', 'note': 'ice ban, a measure; vague quantifier with the region inside the span'}),
        ('Бұқтырма су қоймасында', 0, 'facility', 'Bukhtarma reservoir', N, {'subkind': 'reservoir', 'note': 'NI:ice ban'}),
     ],
     inc={JTR: (1, 'floe with 23 anglers on Lake Alakol near Akshi, all taken off'),
          'Shymkent': (1, 'six-year-old boy fell into the Badam river in Al-Farabi district, saved by a policeman'),
          PR: (1, 'snowmobile went through the ice of the Irtysh near Aksu, driver drowned; the Aktobe false alarm is not counted')}),
]
