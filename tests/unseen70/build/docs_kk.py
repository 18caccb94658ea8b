"""Kazakh texts of the seventieth unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
AST, ALM, SHY = 'Astana', 'Almaty', 'Shymkent'
CD = 'city district'

DOCS = [
dict(id='p017', date='2023-05-16', lang='kk',
     event='2023 night cafe fire on Baitursynov Street in Enbekshi district of Shymkent, and a fatal lorry-car collision at the entrance to Esik, Enbekshikazakh district (Almaty Region); a mistaken social-media post "in Enbekshi"',
     text="""Шымкенттің Еңбекші ауданында кафе өртенді
ШЫМКЕНТ, 16 мамыр. ҚазАқпарат – Шымкент қаласының Еңбекші ауданындағы Байтұрсынов көшесінде орналасқан кафеде түнде өрт шықты. Ғимараттың 120 шаршы метрі жанып кетті, зардап шеккендер жоқ, деп хабарлады қаланың төтенше жағдайлар департаменті. Өрттің алдын ала себебі – электр сымының ақауы.
Сол түні Алматы облысының Еңбекшіқазақ ауданында, Есік қаласына кіре берісте жүк көлігі мен жеңіл көлік соқтығысып, екі адам қаза тапты. Полиция жеңіл көлік жүргізушісінің Алматыдан келе жатқанын хабарлады.
Екі аудан атауы ұқсас болғандықтан, әлеуметтік желіде «Еңбекшіде бір түнде екі оқиға» деген қате жазба тарады. Еңбекші – Шымкенттің бес ауданының бірі, ал Еңбекшіқазақ ауданының орталығы – Есік қаласы.""",
     ann=[
        ('Шымкенттің', 0, 'city', 'Shymkent', SHY, {'note': 'headline; genitive'}),
        ('Еңбекші ауданында', 0, 'district', 'Enbekshi District (Shymkent)', SHY, {'subkind': CD, 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SHY, {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SHY),
        ('Еңбекші ауданындағы', 0, 'district', 'Enbekshi District (Shymkent)', SHY, {'subkind': CD}),
        ('Байтұрсынов көшесінде', 0, 'facility', 'Baitursynov Street (Shymkent)', SHY, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Еңбекшіқазақ ауданында', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'the rural district, not Enbekshi district of Shymkent'}),
        ('Есік қаласына', 0, 'city', 'Esik', ALR, {'note': '"кіре берісте", the crash site at the entrance to the town'}),
        ('Алматыдан', 0, 'city', 'Almaty', ALM, {'note': "NI:driver's origin"}),
        ('Еңбекшіде', 0, 'district', 'Enbekshi District (Shymkent)', SHY, {'subkind': CD, 'uncertain': True, 'note': 'NI:quoted mistaken post that put both incidents in "Enbekshi"; the name denotes the Shymkent district'}),
        ('Еңбекші', 2, 'district', 'Enbekshi District (Shymkent)', SHY, {'subkind': CD, 'note': 'NI:explanation'}),
        ('Шымкенттің бес ауданының', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'the districts of Shymkent; the toponym inside the quantified phrase is not annotated separately'}),
        ('Еңбекшіқазақ ауданының', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:explanation'}),
        ('Есік қаласы', 0, 'city', 'Esik', ALR, {'note': 'NI:district centre'}),
     ],
     inc={SHY: (1, 'night cafe fire in Enbekshi district'),
          ALR: (1, 'lorry-car collision at the entrance to Esik, Enbekshikazakh district, two dead')}),

dict(id='p018', date='2024-09-12', lang='kk',
     event='2024 day in Astana and its namesakes: car fire in an underground car park on Mangilik El Avenue (Yesil district), bus hitting a pedestrian at Seifullin Street and Bogenbai Batyr Avenue (Saryarka district), knife robbery of a night shop in Baikonur district (Astana); steppe fire near the town of Esil (Akmola Region); steppe fire in the Saryarka between Zhezkazgan and Ulytau (Ulytau Region); power cut in the town of Baikonur (not counted)',
     text="""Астананың аудандары және олардың аттастары: бір тәуліктің оқиғалары
АСТАНА, 12 қыркүйек. Kazinform – Елордада өткен тәулікте үш ауданда оқиға тіркелді.

Есіл ауданында, Мәңгілік Ел даңғылындағы тұрғын үй кешенінің жерасты тұрағында жеңіл көлік өртенді. Өрт көрші екі көлікке тарады, адамдар зардап шеккен жоқ, деп хабарлады Астана қаласының төтенше жағдайлар департаменті.

Сарыарқа ауданында, Сейфуллин көшесі мен Бөгенбай батыр даңғылының қиылысында қалалық автобус жаяу жүргіншіні қағып кетті. 45 жастағы әйел ауруханаға жеткізілді, оның өміріне қауіп жоқ. Куәгерлердің айтуынша, әйел жолды жаяу жүргінші өтпесінен тыс жерден кесіп өткен, ал автобус жүргізушісі уақытында тежей алмаған.

Байқоңыр ауданында түнгі дүкенге бетперде киген, пышақ ұстаған адам басып кіріп, кассадағы ақшаны алып кетті. Сатушы жеңіл жарақат алды. Күдікті бір сағаттан кейін Қарағанды бағытындағы трассада ұсталды.

Полиция түнгі рейдтер елорданың барлық бес ауданында жүргізілетінін мәлімдеді.

Ал елорда аудандарының аттастарында не болды? Ақмола облысындағы Есіл қаласының маңында дала өрті шығып, 200 гектар жер күйді. Өртті аудандық өрт сөндіру бөлімі екі сағатта сөндірді. Есіл қаласы да, елордадағы Есіл ауданы да өз атауын Есіл өзенінен алған.

Ұлытау облысында, Сарыарқа даласының қақ ортасында, Жезқазған мен Ұлытау ауылының арасындағы жайылымда 50 гектар шөп жанды. Өрт сөндірушілер оны кешке қарай ауыздықтады. Аптап ыстық пен қатты жел салдарынан өрт тез таралған, малшылардың қыстаулары аман қалды.

Қызылорда облысындағы Байқоңыр қаласында бұл күні электр желісіндегі ақаудан үш шағынаудан төрт сағат жарықсыз қалды, бірақ оқиға тіркелмеді. Қала Ресейге жалға берілген, сондықтан онда тәртіпті екі елдің полициясы бірлесіп қадағалайды.

«Аттас атаулар шатасуға себеп болады, сондықтан хабарласқанда облысты немесе қаланы міндетті түрде атаңыздар», – деді 112 қызметінің өкілі.""",
     ann=[
        ('Астананың', 0, 'city', 'Astana', AST, {'note': 'headline; genitive'}),
        ('АСТАНА', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('үш ауданда', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'the three districts of the capital named below; all located'}),
        ('Есіл ауданында', 0, 'district', 'Yesil District (Astana)', AST, {'subkind': CD}),
        ('Мәңгілік Ел даңғылындағы', 0, 'facility', 'Mangilik El Avenue (Astana)', AST, {'subkind': 'street'}),
        ('Астана қаласының', 0, 'city', 'Astana', AST, {'note': 'inside the name of an authority'}),
        ('Сарыарқа ауданында', 0, 'district', 'Saryarka District (Astana)', AST, {'subkind': CD}),
        ('Сейфуллин көшесі', 0, 'facility', 'Seifullin Street (Astana)', AST, {'subkind': 'street', 'note': 'street named after a person; shares the junction with the next avenue'}),
        ('Бөгенбай батыр даңғылының', 0, 'facility', 'Bogenbai Batyr Avenue (Astana)', AST, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Байқоңыр ауданында', 0, 'district', 'Baikonur District (Astana)', AST, {'subkind': CD, 'note': 'district of the capital, not the town of Baikonur'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:"Қарағанды бағытындағы трассада", direction of a road; place of the arrest'}),
        ('барлық бес ауданында', 0, 'quantified', 'all 5 districts', N, {'count': 5, 'unit': 'district', 'quantifier': 'all', 'note': 'police raids, not incidents'}),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR),
        ('Есіл қаласының', 0, 'city', 'Esil', AKR, {'note': '"маңында", near the town; the steppe fire site'}),
        ('Есіл қаласы', 0, 'city', 'Esil', AKR, {'note': 'NI:explanation of the name'}),
        ('Есіл ауданы', 0, 'district', 'Yesil District (Astana)', AST, {'subkind': CD, 'note': 'NI:explanation of the name'}),
        ('Есіл өзенінен', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'NI:origin of the name'}),
        ('Ұлытау облысында', 0, 'region', UR, UR, {'note': 'Ulytau Region since 2022-06-08'}),
        ('Сарыарқа даласының', 0, 'facility', 'Saryarka', N, {'subkind': 'steppe', 'note': 'natural feature; not the Astana district; the fire is in Ulytau Region'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("Жезқазған мен Ұлытау ауылының арасында")'}),
        ('Ұлытау ауылының', 0, 'village', 'Ulytau', UR, {'note': 'NI:reference point'}),
        ('Қызылорда облысындағы', 0, 'region', KZR, KZR, {'note': 'NI:power cut only'}),
        ('Байқоңыр қаласында', 0, 'city', 'Baikonur', KZR, {'note': 'NI:power cut, not an incident; town leased to Russia'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'lessee'}),
     ],
     inc={AST: (3, 'car fire in an underground car park in Yesil district; bus hitting a pedestrian in Saryarka district; knife robbery of a night shop in Baikonur district'),
          AKR: (1, 'steppe fire of 200 hectares near Esil'),
          UR: (1, 'steppe fire of 50 hectares between Zhezkazgan and Ulytau')}),

dict(id='p019', date='2019-02-05', lang='kk',
     event='2019 fatal house fire and a three-car collision on Raiymbek Avenue in Zhetysu district of Almaty; a reader from Taldykorgan (Almaty Region before 2022) asking whether "Жетісу" meant her area',
     text="""Алматының Жетісу ауданында тұрғын үй өртенді
АЛМАТЫ, 5 ақпан. Алматы қаласының Жетісу ауданындағы жеке тұрғын үйде түнде өрт шығып, 72 жастағы қария қаза тапты. Өрт пештің дұрыс жағылмауынан шыққан, көршілері түтінді байқап, бірден 112-ге хабарласқан, бірақ қарияны құтқарып үлгермеді, деп хабарлады қалалық төтенше жағдайлар департаменті.
Сол күні кешке Жетісу ауданында, Райымбек даңғылында үш көлік соқтығысып, үш адам жарақат алды.
Талдықорғаннан хабарласқан оқырманымыз «Жетісуда өрт» деген хабарды көріп, оқиға Алматы облысында болды ма деп сұрады. Жоқ: Жетісу ауданы – Алматы қаласының сегіз ауданының бірі. Алматы облысының орталығы Талдықорғанда бұл күні ірі оқиға тіркелмеген.""",
     ann=[
        ('Алматының', 0, 'city', 'Almaty', ALM, {'note': 'headline; genitive'}),
        ('Жетісу ауданында', 0, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD, 'note': 'headline; not the later Jetisu Region'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', ALM, {'note': 'dateline'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', ALM),
        ('Жетісу ауданындағы', 0, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD}),
        ('Жетісу ауданында', 1, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD}),
        ('Райымбек даңғылында', 0, 'facility', 'Raiymbek Avenue (Almaty)', ALM, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', ALR, {'note': "NI:reader's residence; Almaty Region before 2022-06-08"}),
        ('Жетісуда', 0, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD, 'note': 'quoted news headline; the district where the fire was'}),
        ('Алматы облысында', 0, 'region', ALR, ALR, {'note': "NI:reader's question"}),
        ('Жетісу ауданы', 0, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD, 'note': 'NI:explanation'}),
        ('Алматы қаласының сегіз ауданының', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'the districts of Almaty; the toponym inside the quantified phrase is not annotated separately'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:no incident'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:no incident; regional centre of Almaty Region until 2022'}),
     ],
     inc={ALM: (2, 'fatal house fire in Zhetysu district; three-car collision on Raiymbek Avenue in Zhetysu district')}),

dict(id='p020', date='2022-07-05', lang='kk',
     event='2022 steppe fire near Karaul in Abai district of the new Abai Region (created 2022-06-08, split from East Kazakhstan Region, centre Semey); fatal collision on the edge of the town of Abai, Abai district of Karaganda Region; hot-water cut in Abai district of Shymkent (not counted)',
     text="""Абай облысы, Абай ауданы, Абай қаласы: бір күннің хабарлары
СЕМЕЙ, 5 шілде. Жаңадан құрылған Абай облысының Абай ауданында, Қарауыл ауылының маңында дала өрті шығып, 300 гектар жайылым күйді, деп хабарлады облыстық төтенше жағдайлар департаменті. Өртті сөндіруге Семейден қосымша күш жіберілді. Абай облысы 8 маусымда Шығыс Қазақстан облысынан бөлініп құрылды, орталығы – Семей қаласы.
Сол күні Қарағанды облысының Абай ауданында, Абай қаласының шетінде екі жеңіл көлік соқтығысып, бір адам қаза тапты, үш адам ауруханаға жеткізілді.
Ал Шымкенттің Абай ауданында тұрғындар екінші күн ыстық сусыз отыр: жылу желісінде жөндеу жүріп жатыр.
Редакцияға келген хаттардан байқағанымыз – оқырмандар бұл атауларды жиі шатастырады. Облыс пен Қарауыл маңындағы аудан ақынның туған жерінде орналасқан, ал Қарағанды маңындағы қала 1961 жылы ақын есімімен аталған.""",
     ann=[
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Абай ауданы', 0, 'district', 'Abai District (Abai Region)', ABR, {'uncertain': True, 'note': 'headline; the list names the namesakes; read as the district of the first story'}),
        ('Абай қаласы', 0, 'city', 'Abai', KR, {'note': 'headline; the Karaganda town'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Абай ауданында', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'the rural district of Abai Region, centre Karaul'}),
        ('Қарауыл ауылының', 0, 'village', 'Karaul', ABR, {'note': '"маңында", near the village; the fire site'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of reinforcements'}),
        ('Абай облысы', 1, 'region', ABR, ABR, {'note': 'NI:background (creation)'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:background; the region Abai Region was split from'}),
        ('Семей қаласы', 0, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Абай ауданында', 1, 'district', 'Abai District (Karaganda Region)', KR, {'note': 'the district of Karaganda Region, centre the town of Abai'}),
        ('Абай қаласының', 0, 'city', 'Abai', KR, {'note': '"шетінде", on the edge of the town; the crash site'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', SHY, {'note': 'NI:hot-water cut'}),
        ('Абай ауданында', 2, 'district', 'Abai District (Shymkent)', SHY, {'subkind': CD, 'note': 'NI:hot-water cut; district of Shymkent'}),
        ('Қарауыл', 1, 'village', 'Karaul', ABR, {'note': 'NI:explanation ("Қарауыл маңындағы аудан")'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:reference point ("Қарағанды маңындағы қала")'}),
     ],
     inc={ABR: (1, 'steppe fire of 300 hectares near Karaul, Abai district'),
          KR: (1, 'collision on the edge of Abai, one dead')}),

dict(id='p021', date='2024-11-18', lang='kk',
     event='2024 weekly review of Karaganda Region: basement fire on Erubaev Street in Kazybek bi district of Karaganda, gas explosion in a house in Maikuduk (Alikhan Bokeikhan district, the former Oktyabrsky district), bus overturned near Kievka (Nura district), robbery of a shop assistant in Abai, three-car collision on the Temirtau-Karaganda road; Nura district of Astana denied as a crash site; weekly statistics not counted',
     text="""ҚАРАҒАНДЫ ОБЛЫСЫ: АПТАЛЫҚ ОҚИҒАЛАР ШОЛУЫ
ҚАРАҒАНДЫ, 18 қараша. Қарағанды облысының полиция департаменті мен төтенше жағдайлар департаменті өткен аптаның оқиғаларын қорытындылады.

Дүйсенбі күні Қарағандының Қазыбек би атындағы ауданында, Ерубаев көшесіндегі бес қабатты үйдің жертөлесінде өрт шықты. Түтін басқан подъездерден 25 тұрғын шығарылды, екі бала түтіннен уланып, ауруханаға жеткізілді. Өрт сөндірушілердің айтуынша, жертөлеге тасталған ескі жиһаз бен қағаз қоқыстары жанған. Үйді басқаратын серіктестікке айыппұл салынуы мүмкін.

Сәрсенбіде Әлихан Бөкейхан атындағы аудандағы Майқұдық шағынауданында жеке үйде газ жарылды. Үй иесі күйік алды. Бұл аудан 2021 жылдың соңына дейін Октябрь ауданы деп аталған, сондықтан тұрғындардың көбі әлі де ескі атауды қолданады.

Бейсенбі күні Нұра ауданында, Киевка кентінен 15 шақырым жерде жолаушылар автобусы тайғақ жолдан шығып, аударылып қалды. Жеті жолаушы жарақат алды. Облыстық жол полициясы әлеуметтік желіде тараған «Нұрада автобус аударылды, елордада не болып жатыр?» деген жазбаға түсініктеме берді: «Біздің Нұра – облыстағы аудан. Астананың Нұра ауданында бұл күні жол апаты тіркелмеген».

Жұма күні Абай қаласында екі жасөспірім дүкен сатушысына шабуыл жасап, телефоны мен ақшасын тартып алды. Күдіктілер сол күні кешке ұсталды, екеуі де бұрын полиция есебінде тұрған. Сатушы жеңіл жарақат алып, жедел жәрдемге қаралды. Қалаға ұлы ақынның есімі берілген, оны Абай облысымен немесе Шымкенттің Абай ауданымен шатастырмау керек.

Сенбі күні Теміртау – Қарағанды тас жолында үш көлік соқтығысып, бір адам қаза тапты. Жол полициясының мәліметінше, жүргізушілердің бірі тұманда басып озуға тырысқан. Жол екі сағатқа жабылды.

Жалпы апта ішінде облыста 37 өрт пен 52 жол апаты тіркелді. Ең көп оқиға Қарағанды, Теміртау және Балқаш қалаларында болды.""",
     ann=[
        ('ҚАРАҒАНДЫ ОБЛЫСЫ', 0, 'region', KR, KR, {'note': 'headline'}),
        ('ҚАРАҒАНДЫ', 1, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Қарағандының', 0, 'city', 'Karaganda', KR, {'note': 'genitive'}),
        ('Қазыбек би атындағы ауданында', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': CD, 'note': 'district named after a person'}),
        ('Ерубаев көшесіндегі', 0, 'facility', 'Erubaev Street (Karaganda)', KR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Әлихан Бөкейхан атындағы аудандағы', 0, 'district', 'Alikhan Bokeikhan District (Karaganda)', KR, {'subkind': CD, 'note': 'district named after a person; renamed from Oktyabrsky in 2021'}),
        ('Майқұдық шағынауданында', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': 'microdistrict'}),
        ('Октябрь ауданы', 0, 'district', 'Alikhan Bokeikhan District (Karaganda)', KR, {'subkind': CD, 'note': 'NI:former name of the district'}),
        ('Нұра ауданында', 0, 'district', 'Nura District', KR, {'note': 'the rural district of Karaganda Region, not the district of Astana'}),
        ('Киевка кентінен', 0, 'village', 'Kievka', KR, {'note': 'reference point, 15 km from the settlement, in the same district'}),
        ('Нұрада', 0, 'district', 'Nura District', KR, {'uncertain': True, 'note': 'quoted social-media post; the crash site (the Karaganda district), though the author confused it with the Astana district'}),
        ('Нұра', 1, 'district', 'Nura District', KR, {'note': 'NI:"Біздің Нұра – облыстағы аудан", explanation'}),
        ('Астананың', 0, 'city', 'Astana', AST, {'note': 'NI:no incident'}),
        ('Нұра ауданында', 1, 'district', 'Nura District (Astana)', AST, {'subkind': CD, 'note': 'NI:no road accident registered there'}),
        ('Абай қаласында', 0, 'city', 'Abai', KR, {'note': 'the Karaganda town, not Abai Region'}),
        ('Абай облысымен', 0, 'region', ABR, ABR, {'note': 'NI:namesake'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', SHY, {'note': 'NI:namesake'}),
        ('Абай ауданымен', 0, 'district', 'Abai District (Shymkent)', SHY, {'subkind': CD, 'note': 'NI:namesake'}),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:road endpoint'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Қарағанды', 2, 'city', 'Karaganda', KR, {'note': 'NI:statistics; in a list sharing "қалаларында"'}),
        ('Теміртау', 1, 'city', 'Temirtau', KR, {'note': 'NI:statistics; in a list sharing "қалаларында"'}),
        ('Балқаш қалаларында', 0, 'city', 'Balkhash', KR, {'note': 'NI:statistics; shared plural head noun'}),
     ],
     inc={KR: (5, 'basement fire in Kazybek bi district; gas explosion in Maikuduk; bus overturned near Kievka, Nura district; robbery of a shop assistant in Abai; fatal three-car collision on the Temirtau-Karaganda road; the weekly statistics (37 fires, 52 accidents) not counted')}),

dict(id='p022', date='2016-08-09', lang='kk',
     event='2016 fire in a flat on Kazybek Bi Street in Al-Farabi district of Shymkent, and a fatal collision in Temirlan, Ordabasy district (both South Kazakhstan Region before 2018); the university named after al-Farabi in Almaty',
     text="""Шымкенттің Әл-Фараби ауданында пәтер өртенді
ШЫМКЕНТ, 9 тамыз. Шымкент қаласының Әл-Фараби ауданындағы Қазыбек би көшесінде орналасқан тоғыз қабатты үйдің үшінші қабатындағы пәтерде өрт шықты. Көршілері 14 тұрғынды балконнан құтқарып алды, екі адам түтіннен уланды, деп хабарлады Оңтүстік Қазақстан облысының төтенше жағдайлар департаменті.
Сол күні Ордабасы ауданының орталығы Темірлан ауылында жүк көлігі мен жеңіл көлік соқтығысып, екі адам қаза тапты. Жүк көлігінің жүргізушісі ұсталды.
Әл-Фараби ауданы – қаланың ең үлкен ауданы. Ол Алматыдағы әл-Фараби атындағы Қазақ ұлттық университеті сияқты ұлы ойшылдың есімімен аталған. Ал Қазыбек би көшесі Қарағандыдағы Қазыбек би ауданымен шатастырылмауы керек.""",
     ann=[
        ('Шымкенттің', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Әл-Фараби ауданында', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': CD, 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR),
        ('Әл-Фараби ауданындағы', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': CD}),
        ('Қазыбек би көшесінде', 0, 'facility', 'Kazybek Bi Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'street named after a person; not the Karaganda district'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Ордабасы ауданының', 0, 'district', 'Ordabasy District', SKR),
        ('Темірлан ауылында', 0, 'village', 'Temirlan', SKR),
        ('Әл-Фараби ауданы', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': CD, 'note': 'NI:explanation'}),
        ('Алматыдағы', 0, 'city', 'Almaty', ALM, {'note': 'NI:location of a university'}),
        ('Қазыбек би көшесі', 0, 'facility', 'Kazybek Bi Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'NI:explanation'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:namesake'}),
        ('Қазыбек би ауданымен', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': CD, 'note': 'NI:namesake'}),
     ],
     inc={SKR: (2, 'flat fire on Kazybek Bi Street in Al-Farabi district of Shymkent, two poisoned by smoke; fatal collision in Temirlan, Ordabasy district')}),

dict(id='p023', date='2025-04-08', lang='kk',
     event='2025 Aktobe: flat fire on Sankibai Batyr Avenue in Astana district of Aktobe and a bus-car collision in Almaty district of Aktobe, which readers in the capital Astana and in Almaty took for their cities; house fire in Martok district and a gas cylinder explosion in Alga (Aktobe Region); an emergencies commission from Astana',
     text="""Ақтөбедегі «Астана» мен «Алматы»: аудан атаулары оқырмандарды шатастырды
АҚТӨБЕ, 8 сәуір. Ақтөбе қаласының Астана ауданында, Сәңкібай батыр даңғылындағы тоғыз қабатты үйдің алтыншы қабатындағы пәтерде өрт шықты. 30 тұрғын эвакуацияланды, бір ер адам күйік алды, деп хабарлады Ақтөбе облысының төтенше жағдайлар департаменті. Өрт теледидардың жарылуынан басталған.

Бірнеше сағаттан кейін қаланың Алматы ауданында, Әбілқайыр хан даңғылы мен Мәресьев көшесінің қиылысында қалалық автобус пен жеңіл көлік соқтығысып, төрт адам жарақат алды. Жеңіл көліктің жүргізушісі қызыл шамға өткен. Жарақат алғандардың екеуі – автобус жолаушылары, олар ауруханада емделіп жатыр. Қиылыстағы бағдаршам жұмыс істеп тұрғаны бейнежазбадан анық көрінеді.

Жаңалық тарағаннан кейін редакцияға елордадан да, Алматыдан да хаттар келді: кейбір оқырмандар өрт Астанада, жол апаты Алматыда болды деп ойлаған. Түсіндіреміз: Ақтөбенің екі ауданы бар – Астана және Алматы аудандары. Олар еліміздің екі ірі қаласының атымен аталған. Қала тұрғындары бұған үйреніп қалған, бірақ басқа өңірлердің оқырмандары хабарламаның тақырыбын ғана оқып, қате түсінеді. Сондықтан біз бұдан былай тақырыпта «Ақтөбенің Астана ауданы» деп толық жазатын боламыз.

Облыс аудандарында да тыныш болмады. Мәртөк ауданындағы Жайсаң ауылында жеке үй өртеніп, бес адамнан тұратын отбасы баспанасыз қалды. Ауыл тұрғындары отбасына киім-кешек пен ақша жинап берді, аудан әкімдігі уақытша баспана ұсынды. Алға қаласында жеке үйдің ауласында газ баллоны жарылып, екі адам зардап шекті. Баллонның ескі әрі ақаулы болғаны анықталды, оқиға бойынша тексеру жүріп жатыр.

Сондай-ақ сәрсенбі күні Астанадан Төтенше жағдайлар министрлігінің комиссиясы келіп, облыстағы көктемгі су тасқынына дайындықты тексереді. Комиссия Елек пен Қарғалы өзендерінің жағалауындағы елді мекендерді аралап, облыстың бірнеше ауданындағы бөгеттер мен дамбалардың жай-күйін тексереді.""",
     ann=[
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('Астана', 0, 'district', 'Astana District (Aktobe)', AR, {'subkind': CD, 'note': 'headline; name in quotes; the district of Aktobe, not the capital'}),
        ('Алматы', 0, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'note': 'headline; name in quotes; the district of Aktobe, not the city'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе қаласының', 0, 'city', 'Aktobe', AR),
        ('Астана ауданында', 0, 'district', 'Astana District (Aktobe)', AR, {'subkind': CD, 'note': 'district of Aktobe, not the capital'}),
        ('Сәңкібай батыр даңғылындағы', 0, 'facility', 'Sankibai Batyr Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Алматы ауданында', 0, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'note': 'district of Aktobe, not Almaty or Almaty Region'}),
        ('Әбілқайыр хан даңғылы', 0, 'facility', 'Abilkhair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Мәресьев көшесінің', 0, 'facility', 'Maresyev Street (Aktobe)', AR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Алматыдан', 0, 'city', 'Almaty', ALM, {'note': "NI:readers' residence"}),
        ('Астанада', 0, 'city', 'Astana', AST, {'note': "NI:readers' mistaken belief"}),
        ('Алматыда', 0, 'city', 'Almaty', ALM, {'note': "NI:readers' mistaken belief"}),
        ('Ақтөбенің екі ауданы', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'the districts of Aktobe, both named; the toponym inside the quantified phrase is not annotated separately'}),
        ('Астана', 2, 'district', 'Astana District (Aktobe)', AR, {'subkind': CD, 'note': 'NI:explanation; in a list sharing "аудандары"'}),
        ('Алматы аудандары', 0, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'note': 'NI:explanation; shared plural head noun'}),
        ('екі ірі қаласының', 0, 'quantified', '2 cities', N, {'count': 2, 'unit': 'city', 'note': 'NI:the two largest cities (Astana and Almaty) after which the districts are named'}),
        ('Ақтөбенің', 1, 'city', 'Aktobe', AR, {'note': 'NI:a headline form the editors promise to use'}),
        ('Астана ауданы', 0, 'district', 'Astana District (Aktobe)', AR, {'subkind': CD, 'note': 'NI:a headline form the editors promise to use'}),
        ('Мәртөк ауданындағы', 0, 'district', 'Martok District', AR),
        ('Жайсаң ауылында', 0, 'village', 'Zhaisan', AR),
        ('Алға қаласында', 0, 'city', 'Alga', AR),
        ('Астанадан', 0, 'city', 'Astana', AST, {'note': 'NI:origin of a commission'}),
        ('Елек', 0, 'facility', 'Elek River', N, {'subkind': 'river', 'note': 'NI:inspection; in a list sharing "өзендерінің"'}),
        ('Қарғалы өзендерінің', 0, 'facility', 'Kargaly River', N, {'subkind': 'river', 'note': 'NI:inspection; shared plural head noun'}),
        ('облыстың бірнеше ауданындағы', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:inspection of dams in several districts of the region; not incidents'}),
     ],
     inc={AR: (4, 'flat fire in Astana district of Aktobe; bus-car collision in Almaty district of Aktobe; house fire in Zhaisan, Martok district; gas cylinder explosion in Alga')}),

dict(id='p024', date='1999-02-16', lang='kk',
     event='1999 night fire in a wooden barrack in Saryarka district of Astana, four families homeless; the district named after the Saryarka steppe; stranded travellers rescued in a blizzard in Nura district (Karaganda Region), not counted; an inspection of barracks in the Almaty and Saryarka districts of the capital',
     text="""Астананың Сарыарқа ауданында барак өртенді
АСТАНА, 16 ақпан. Елорданың Сарыарқа ауданындағы ағаш баракта түнде өрт шығып, төрт отбасы баспанасыз қалды, деп хабарлады қалалық төтенше жағдайлар басқармасы. Адам шығыны жоқ. Өрт сөндірушілер 40 градус аязда үш сағат жұмыс істеді. Өрттің алдын ала себебі – ескі электр сымдарының қызып кетуі. Баспанасыз қалған отбасылар уақытша колледж жатақханасына орналастырылды, оларға киім мен азық-түлік жиналып жатыр.
Қалалық әкімдік былтыр құрылған Алматы және Сарыарқа аудандарындағы барлық барактарды тексеруді тапсырды.
Сарыарқа ауданы өз атауын Орталық Қазақстанның кең даласынан алған. Сол далада, Қарағанды облысының Нұра ауданында, осы түні боран кезінде жолда қалған 12 жолаушыны құтқарушылар тауып, жылы жерге жеткізді.""",
     ann=[
        ('Астананың', 0, 'city', 'Astana', AST, {'note': 'headline; genitive; the capital named Astana since May 1998'}),
        ('Сарыарқа ауданында', 0, 'district', 'Saryarka District (Astana)', AST, {'subkind': CD, 'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Сарыарқа ауданындағы', 0, 'district', 'Saryarka District (Astana)', AST, {'subkind': CD}),
        ('Алматы', 0, 'district', 'Almaty District (Astana)', AST, {'subkind': CD, 'note': 'NI:inspection; in a list sharing "аудандарындағы"; district of the capital, not Almaty'}),
        ('Сарыарқа аудандарындағы', 0, 'district', 'Saryarka District (Astana)', AST, {'subkind': CD, 'note': 'NI:inspection; shared plural head noun'}),
        ('Сарыарқа ауданы', 0, 'district', 'Saryarka District (Astana)', AST, {'subkind': CD, 'note': 'NI:explanation of the name'}),
        ('Орталық Қазақстанның', 0, 'country', 'Kazakhstan', N, {'uncertain': True, 'note': 'NI:"Central Kazakhstan", a directional part of the country; annotated as the country like other directional phrases'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:rescue, not an incident'}),
        ('Нұра ауданында', 0, 'district', 'Nura District', KR, {'note': 'NI:rescue of stranded travellers, not an incident'}),
     ],
     inc={AST: (1, 'night fire in a wooden barrack in Saryarka district, four families homeless')}),
]
