"""Kazakh texts of the sixteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
KZ = ('country', 'Kazakhstan', N)

DOCS = [
dict(id='p017', date='2017-04-11', lang='kk',
     event='2017 spring floods in three regions: the Yesil at Petropavl and Beskol, Kyzylzhar district (North Kazakhstan), two villages of Nura district (Karaganda), a washed-out road in Zerendi district (Akmola); threat only in Aktobe and Kostanay regions and at Zhezkazgan (Karaganda Region before 2022); 2016 floods in nine unnamed regions',
     text="""Су тасқыны: Солтүстік Қазақстан, Қарағанды және Ақмола облыстарында жүздеген үйді су басты
АСТАНА. 11 сәуір. ҚазАқпарат - Көктемгі су тасқыны еліміздің үш облысында қиын жағдай туғызып отыр. Төтенше жағдайлар министрлігінің мәліметінше, 10 сәуірдегі жағдай бойынша 1 800-ден астам адам уақытша көшірілді, 640 тұрғын үйді су басты.
Ең ауыр жағдай Солтүстік Қазақстан облысында. Есіл өзенінің деңгейі Петропавл маңында тәулік ішінде 60 сантиметрге көтеріліп, Қызылжар ауданының Бескөл ауылы мен қала шетіндегі саяжайларды су басты. Облыс орталығынан 400-ге жуық адам көшірілді. Айыртау ауданында еріген қар суы екі көпірді бұзып кетті. Қарағандыдан 200 құтқарушы мен 30 техника жіберілді.
Қарағанды облысында Нұра өзені арнасынан асып, Нұра ауданындағы екі ауылда 120 үй су астында қалды. Жезқазған маңындағы Кеңгір су қоймасынан су жіберу көбейтілді, бірақ қалаға қауіп жоқ деп хабарлады облыс әкімдігі.
Ақмола облысының Зеренді ауданында үш ауылға баратын жолды су шайып кетті, тұрғындарға азық-түлік тікұшақпен жеткізілуде. Облыс әкімі Көкшетаудан ауылдарға тікұшақпен ұшып барып, зардап шеккен отбасыларымен кездесті.
Ақтөбе және Қостанай облыстарында да қауіп сақталып отыр: Ресейдің Қорған облысынан ағып келетін Тобыл мен Елек өзендерінің деңгейі көтерілуде. Қостанай қаласында бөгеттер күшейтілді.
Төтенше жағдайлар министрі Астанадан Петропавлға ұшып барып, жедел штаб отырысын өткізді. Ол өткен жылы су тасқыны 9 облысты қамтығанын, сол кезде 12 мың адам көшірілгенін еске салып, биыл жағдайдың одан да күрделі болуы мүмкін екенін айтты.
Синоптиктердің болжамынша, алдағы аптада солтүстік өңірлерде ауа температурасы 15 градусқа дейін көтеріледі, бұл қар суының тез еруіне әкеледі. Сондықтан құтқарушылар ауыл тұрғындарын мал мен мүлікті биік жерге алдын ала көшіруге шақырып отыр.""",
     ann=[
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': 'headline; in a list sharing "облыстарында"'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'headline; in a list sharing "облыстарында"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'headline; in a list sharing "облыстарында"'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('үш облысында', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'flooded regions, all named'}),
        ('Солтүстік Қазақстан облысында', 0, 'region', NKR, NKR),
        ('Есіл өзенінің', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR),
        ('Қызылжар ауданының', 0, 'district', 'Kyzylzhar District', NKR),
        ('Бескөл', 0, 'village', 'Beskol', NKR),
        ('Айыртау ауданында', 0, 'district', 'Aiyrtau District', NKR),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Қарағанды облысында', 0, 'region', KR, KR),
        ('Нұра өзені', 0, 'facility', 'Nura River', N, {'subkind': 'river'}),
        ('Нұра ауданындағы', 0, 'district', 'Nura District', KR),
        ('екі ауылда', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'flooded villages of Nura district'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point ("near Zhezkazgan"); Karaganda Region before 2022'}),
        ('Кеңгір су қоймасынан', 0, 'facility', 'Kengir reservoir', KR, {'subkind': 'reservoir', 'note': 'NI:more water released, no flooding'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Зеренді ауданында', 0, 'district', 'Zerendi District', AKR),
        ('үш ауылға', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'villages cut off in Zerendi district'}),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': "NI:origin of the governor's flight"}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'NI:in a list sharing "облыстарында"; threat only'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'NI:in a list sharing "облыстарында"; threat only'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысынан', 0, 'foreign', 'Kurgan Oblast', N),
        ('Тобыл', 0, 'facility', 'Tobol River', N, {'subkind': 'river', 'note': 'in a list sharing "өзендерінің"'}),
        ('Елек', 0, 'facility', 'Ilek River', N, {'subkind': 'river', 'note': 'in a list sharing "өзендерінің"'}),
        ('Қостанай қаласында', 0, 'city', 'Kostanay', KOR, {'note': 'NI:dykes strengthened'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:origin of the minister's flight"}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': "NI:destination of the minister's flight"}),
        ('9 облысты', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'floods of 2016 in nine unnamed regions'}),
     ],
     inc={NKR: (1, 'flood: the Yesil flooded Beskol (Kyzylzhar district) and dachas on the edge of Petropavl; two bridges destroyed in Aiyrtau district (one flood per region)'),
          KR: (1, 'flood: the Nura flooded 120 houses in two villages of Nura district'),
          AKR: (1, 'flood: road to three villages of Zerendi district washed away')},
     unatt=[{'label': '9 облысты', 'count': 9, 'note': 'last year\'s (2016) floods in nine unnamed regions, a background event'}]),

dict(id='p018', date='2020-04-06', lang='kk',
     event='2020 over 2,000 Uzbek citizens arriving by train from Russia sent home through the Zhibek Zholy checkpoint, Saryagash district (Turkistan Region); Shymkent station, Tashkent region; transit via five regions (no incident)',
     text="""Өзбекстан азаматтары «Жібек жолы» бекеті арқылы еліне қайтарылды
ТҮРКІСТАН. 6 сәуір. ҚазАқпарат - Ресейден пойызбен келген 2 мыңнан астам Өзбекстан азаматы Түркістан облысының Сарыағаш ауданындағы «Жібек жолы» өткізу бекеті арқылы еліне жіберілді, деп хабарлады облыс әкімдігінің баспасөз қызметі.
Карантинге байланысты шекара жабық болғандықтан, олар үш күн бойы бекет маңында күтті. Жолаушылар Самара мен Орынбордан еліміздің бес облысы арқылы транзитпен өтіп, Шымкент теміржол вокзалынан бекетке автобустармен жеткізілді.
Облыс әкімдігі жолаушыларды тамақпен қамтамасыз етті, 14 адам Сарыағаш қалалық ауруханасында тексеруден өтті, олардан коронавирус анықталмады. Өзбекстан тарапы оларды Ташкент облысында 14 күндік карантинге орналастырады.
Осыған дейін, 28 наурызда, осы бекет арқылы тағы 1 200 адам өткен. Пойыздар Ақтөбе мен Қызылорда вокзалдарында тоқтағанымен, жолаушылар вагоннан түсірілмеді.
Нұр-Сұлтандағы республикалық штаб мұндай транзит енді тек алдын ала келісілген кесте бойынша өтетінін мәлімдеді.""",
     ann=[
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'headline; "citizens of Uzbekistan"'}),
        ('Жібек жолы', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint', 'note': 'headline; name in quotes'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of the train'}),
        ('Өзбекстан', 1, 'foreign', 'Uzbekistan', N),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', TR),
        ('Жібек жолы', 1, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint', 'note': 'name in quotes; transit, not an incident'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:origin of migrants'}),
        ('Орынбордан', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of migrants'}),
        ('бес облысы', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'transit regions, not incidents'}),
        ('Шымкент теміржол вокзалынан', 0, 'facility', 'Shymkent railway station', 'Shymkent', {'subkind': 'railway station', 'note': 'NI:transfer point'}),
        ('Сарыағаш', 1, 'city', 'Saryagash', TR, {'note': 'NI:hospital town; inside "Сарыағаш қалалық ауруханасында"'}),
        ('Өзбекстан', 2, 'foreign', 'Uzbekistan', N),
        ('Ташкент облысында', 0, 'foreign', 'Tashkent Region', N, {'note': 'NI:quarantine place'}),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'NI:in a list sharing "вокзалдарында"; train stop'}),
        ('Қызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:in a list sharing "вокзалдарында"; train stop'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the headquarters; the capital named Nur-Sultan in 2020'}),
     ],
     inc={}),

dict(id='p019', date='2025-10-03', lang='kk',
     event='2025 earthquake in Issyk-Kul Region (Kyrgyzstan) felt in Almaty (Medeu and Bostandyk districts), Talgar and Enbekshikazakh districts with a cracked wall in Esik (Almaty Region) and Korday district (Jambyl Region); not felt in Jetisu Region; emergencies post in the Kazakh Latin alphabet',
     text="""Қырғызстандағы жер сілкінісі Алматы мен екі облыста сезілді
АЛМАТЫ. 3 қазан. ҚазТАГ - Бүгін таңғы сағат 05:12-де Алматыда 4 балға дейінгі жер сілкінісі сезілді, деп хабарлады Сейсмологиялық тәжірибелік-әдістемелік экспедиция. Эпицентр Алматыдан 120 шақырым оңтүстік-шығыста, Қырғызстанның Ыстықкөл облысы аумағында орналасқан, магнитудасы 5,6.
Алматы облысының Талғар және Еңбекшіқазақ аудандарында сілкініс күші 4 балға жетті. Есік қаласында бір тұрғын үйдің қабырғасы жарылып, 12 отбасы уақытша мектепке орналастырылды. Жамбыл облысының Қордай ауданында сілкініс 3 балл болды. Жетісу облысында сілкініс сезілмеген.
Алматы қаласында көп адам үйлерінен далаға шықты. Медеу және Бостандық аудандарындағы бірнеше үйдің сылағы түсті.
ТЖМ таңертең Telegram арнасында латын әліпбиімен хабарлама жариялады:
«Almaty qalasynda jäne Almaty oblysynda jer sılkınısınen zardap şekkender joq. Qordai audanynda ğimarattar tekserılude.»""",
     ann=[
        ('Қырғызстандағы', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'headline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'headline; Almaty and Jambyl regions, both named'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty'),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point ("120 km south-east of Almaty")'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Ыстықкөл облысы', 0, 'foreign', 'Issyk-Kul Region', N, {'note': 'epicentre'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Талғар', 0, 'district', 'Talgar District', ALR, {'note': 'in a list sharing "аудандарында"'}),
        ('Еңбекшіқазақ', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'in a list sharing "аудандарында"'}),
        ('Есік қаласында', 0, 'city', 'Esik', ALR),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Қордай ауданында', 0, 'district', 'Korday District', JR),
        ('Жетісу облысында', 0, 'region', JTR, JTR, {'note': 'NI:not felt there'}),
        ('Алматы қаласында', 0, 'city', 'Almaty', 'Almaty'),
        ('Медеу', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'in a list sharing "аудандарындағы"'}),
        ('Бостандық', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'in a list sharing "аудандарындағы"'}),
        ('Almaty qalasynda', 0, 'city', 'Almaty', 'Almaty', {'note': 'Kazakh Latin alphabet'}),
        ('Almaty oblysynda', 0, 'region', ALR, ALR, {'note': 'Kazakh Latin alphabet'}),
        ('Qordai audanynda', 0, 'district', 'Korday District', JR, {'note': 'Kazakh Latin alphabet'}),
     ],
     inc={'Almaty': (1, 'earthquake felt in Almaty, plaster fell in Medeu and Bostandyk districts'),
          ALR: (1, 'earthquake of 4 points in Talgar and Enbekshikazakh districts, a wall cracked in Esik'),
          JR: (1, 'earthquake of 3 points felt in Korday district')}),

dict(id='p020', date='2012-08-14', lang='kk',
     event='2012 steppe fire in Alakol district near Usharal (Almaty Region before 2022), pine forest fire in Beskaragay district near Semey (East Kazakhstan Region before 2022), combine harvester fire near Aksu-Ayuly, Shet district (Karaganda); crews from Semey and Oskemen',
     text="""Алматы және Шығыс Қазақстан облыстарында дала мен орман өрті өршіп тұр
АСТАНА. 14 тамыз. ҚазАқпарат - Елімізде аңызақ жел мен ыстық ауа райы салдарынан бірнеше өңірде ірі өрт шықты, деп хабарлады Төтенше жағдайлар министрлігі.
Алматы облысының Алакөл ауданында 3 мың гектар жайылым өртеніп, өрт Үшарал қаласына 12 шақырымға жақындады. Қала шетіндегі үйлердің тұрғындарына көшуге дайын болу тапсырылды.
Шығыс Қазақстан облысының Бесқарағай ауданындағы қарағайлы орманда екі күннен бері өрт сөнбей тұр, 700 гектар орман күйді. Өрт сөндіруге Семейден және Өскеменнен 300 адам, Ресейдің Алтай өлкесінен бір тікұшақ тартылды.
Қарағанды облысының Шет ауданында, Ақсу-Аюлы ауылының маңында егін оруға шыққан комбайн өртеніп, 40 гектар бидай күйді.
Министрлік 11 облыста өрт қаупінің жоғары деңгейі сақталатынын ескертті.""",
     ann=[
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'headline; in a list sharing "облыстарында"'}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'headline; in a list sharing "облыстарында"'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Алакөл ауданында', 0, 'district', 'Alakol District', ALR, {'note': 'Almaty Region before the 2022 split'}),
        ('Үшарал қаласына', 0, 'city', 'Usharal', ALR, {'note': 'NI:reference point; the fire came within 12 km'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Бесқарағай ауданындағы', 0, 'district', 'Beskaragay District', EKR, {'note': 'East Kazakhstan Region before the 2022 split'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of firefighters'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of firefighters'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Алтай өлкесінен', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:origin of a helicopter'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Шет ауданында', 0, 'district', 'Shet District', KR),
        ('Ақсу-Аюлы ауылының', 0, 'village', 'Aksu-Ayuly', KR),
        ('11 облыста', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'fire danger warning, not an incident'}),
     ],
     inc={ALR: (1, 'steppe fire of 3,000 hectares in Alakol district near Usharal'),
          EKR: (1, 'pine forest fire of 700 hectares in Beskaragay district'),
          KR: (1, 'combine harvester fire near Aksu-Ayuly, Shet district, 40 hectares of wheat burnt')}),

dict(id='p021', date='2005-12-05', lang='kk',
     event='2005 weekly emergencies digest: gas explosion in a block of flats in Shymkent (South Kazakhstan Region), avalanche at the Akbulak ski base, Talgar district (Almaty Region), a fisherman drowned under the ice of the Irtysh at Pavlodar; Aktobe-Karabutak road closed by a blizzard (not counted); fires in all regions unattributed',
     text="""ТЖМ: апта ішінде газ жарылысы, қар көшкіні және мұзға түскен балықшы
АСТАНА. 5 желтоқсан. ҚазАқпарат - Өткен аптада елдің барлық өңірлерінде 214 өрт тіркеліп, онда 9 адам қаза тапты, деп хабарлады Төтенше жағдайлар министрлігі. Аптаның ең ауыр оқиғалары оңтүстік пен солтүстікте болды.
Сейсенбі күні Шымкент қаласының Абай ауданындағы бес қабатты тұрғын үйде газ жарылып, екі адам қаза тапты, алты адам ауруханаға жеткізілді. Үйдің бір подъезі толық қираған. Оңтүстік Қазақстан облысының әкімі зардап шеккен 40 отбасына уақытша баспана беруді тапсырды.
Бейсенбі күні Алматы облысының Талғар ауданындағы «Ақбұлақ» тау шаңғысы базасының маңында қар көшкіні түсіп, үш шаңғышыны басып қалды. Құтқарушылар екеуін тірідей шығарып алды, біреуі қаза тапты. Шаңғышылар Алматыдан және Ресейдің Новосібір қаласынан келген.
Павлодар қаласының тұсында Ертіс өзенінің жұқа мұзына шыққан балықшы суға кетіп, қаза болды. Құтқарушылар тұрғындарды мұз бекігенше өзенге шықпауға шақырды.
Ақтөбе облысында қатты боран салдарынан Ақтөбе – Қарабұтақ тасжолы екі тәулікке жабылды. Жолда қалған 37 көліктегі 110 адам Қарабұтақ ауылындағы мектепке орналастырылды, зардап шеккендер жоқ.
Маңғыстау облысында дауылға байланысты Ақтау теңіз портынан кемелер екі күн бойы шығарылмады. Қызылорда облысында Сырдария өзенінде мұз кептелісі қаупі бар, Қазалы ауданындағы бөгеттер бақылауға алынды.
Қазгидромет алдағы күндері Қостанай, Солтүстік Қазақстан және Павлодар облыстарында аяз 35 градусқа дейін жетеді деп болжап отыр. Министрлік жылыту маусымында пеш пен газ құралдарын пайдалану ережесін сақтауды еске салды: биыл қарашада ғана улы газдан 14 адам уланған.
Министрлік Ішкі істер министрлігімен бірге Астана, Алматы және облыс орталықтарында түнгі рейдтер өткізіп жатыр. Рейдтер кезінде жылыту жүйесі ақау болған 300-ден астам үйге ескерту берілді, ал жекеменшік қазандықтардың иелеріне айыппұл салынды.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('барлық өңірлерінде', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': '214 fires in all regions'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region before 2018'}),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'a district of Shymkent, not Abai Region'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': "inside an official's title"}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Талғар ауданындағы', 0, 'district', 'Talgar District', ALR),
        ('Ақбұлақ', 0, 'facility', 'Akbulak ski base', ALR, {'subkind': 'ski resort', 'note': 'name in quotes'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of skiers'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Новосібір қаласынан', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of skiers'}),
        ('Павлодар қаласының', 0, 'city', 'Pavlodar', PR),
        ('Ертіс өзенінің', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'road closed by a blizzard, no one hurt'}),
        ('Ақтөбе', 1, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Қарабұтақ', 0, 'village', 'Karabutak', AR, {'note': 'NI:road endpoint'}),
        ('Қарабұтақ ауылындағы', 0, 'village', 'Karabutak', AR, {'note': 'NI:shelter for stranded travellers'}),
        ('Маңғыстау облысында', 0, 'region', MR, MR, {'note': 'NI:port closed by a storm'}),
        ('Ақтау теңіз портынан', 0, 'facility', 'Aktau Sea Port', MR, {'subkind': 'port', 'note': 'NI:ships held in port'}),
        ('Қызылорда облысында', 0, 'region', KYR, KYR, {'note': 'NI:ice jam threat only'}),
        ('Сырдария өзенінде', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Қазалы ауданындағы', 0, 'district', 'Kazaly District', KYR, {'note': 'NI:dams monitored'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'NI:in a list sharing "облыстарында"; frost forecast'}),
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': 'NI:in a list sharing "облыстарында"; frost forecast'}),
        ('Павлодар', 1, 'region', PR, PR, {'note': 'NI:in a list sharing "облыстарында"; frost forecast'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:raids'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:raids'}),
     ],
     inc={SKR: (1, 'gas explosion in a block of flats in Abai district of Shymkent, two dead'),
          ALR: (1, 'avalanche near the Akbulak ski base, Talgar district, one skier dead'),
          PR: (1, 'fisherman drowned under the ice of the Irtysh at Pavlodar')},
     unatt=[{'label': 'барлық өңірлерінде', 'count': None, 'note': '214 fires with nine dead in all regions, none located'}]),

dict(id='p022', date='2019-11-22', lang='kk',
     event='2019 yellow terrorist threat level for 40 days in the Aktobe and Mangystau regions (a measure, no incident); Aktobe city, Beineu district, Aktau airport, Aktobe railway station; blue level in the other 15 units; Nur-Sultan dateline',
     text="""Ақтөбе және Маңғыстау облыстарында терроризм қатерінің «сары» деңгейі енгізілді
НҰР-СҰЛТАН. 22 қараша. ҚазАқпарат - Антитеррорлық орталық Ақтөбе және Маңғыстау облыстарында терроризм қатерінің «сары» деңгейін 40 күн мерзімге енгізді, деп хабарлады Ұлттық қауіпсіздік комитетінің баспасөз қызметі.
Комитеттің мәліметінше, шешім Ақтөбе қаласында және Бейнеу ауданында діни экстремистік топтың жасырын әрекеті туралы алынған ақпаратқа байланысты қабылданды. Ешқандай шабуыл болған жоқ.
Ақтау әуежайы мен Ақтөбе теміржол вокзалында тексеру күшейтілді, көпшілік шараларда полиция саны көбейтілді. Тұрғындар мен қонақтардан құжаттарын өздерімен бірге алып жүру сұралды.
Маңғыстау облысының әкімдігі Ақтау және Жаңаөзен қалаларында кәсіпорын басшыларымен жиналыс өткізді. Қалған 15 өңірде «көк» деңгей сақталып отыр. Соңғы рет «сары» деңгей бүкіл ел аумағында 2016 жылы енгізілген болатын. Комитет Атырау облысы мен Ресейдің Орынбор облысымен шекарада да бақылау күшейтілгенін хабарлады.""",
     ann=[
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'NI:headline; in a list sharing "облыстарында"; threat level, a measure'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'NI:headline; in a list sharing "облыстарында"'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan in 2019'}),
        ('Ақтөбе', 1, 'region', AR, AR, {'note': 'NI:in a list sharing "облыстарында"'}),
        ('Маңғыстау', 1, 'region', MR, MR, {'note': 'NI:in a list sharing "облыстарында"'}),
        ('Ақтөбе қаласында', 0, 'city', 'Aktobe', AR, {'note': 'NI:reported threat only'}),
        ('Бейнеу ауданында', 0, 'district', 'Beineu District', MR, {'note': 'NI:reported threat only'}),
        ('Ақтау әуежайы', 0, 'facility', 'Aktau International Airport', MR, {'subkind': 'airport', 'note': 'NI:checks tightened'}),
        ('Ақтөбе теміржол вокзалында', 0, 'facility', 'Aktobe railway station', AR, {'subkind': 'railway station', 'note': 'NI:checks tightened'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority (akimat)'}),
        ('Ақтау', 1, 'city', 'Aktau', MR, {'note': 'NI:in a list sharing "қалаларында"; meetings'}),
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:in a list sharing "қалаларында"; meetings'}),
        ('15 өңірде', 0, 'quantified', '15 regions', N, {'count': 15, 'unit': 'region', 'note': 'the other units at the blue level'}),
        ('Атырау облысы', 0, 'region', ATR, ATR, {'note': 'NI:border controls tightened'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысымен', 0, 'foreign', 'Orenburg Oblast', N),
     ],
     inc={}),

dict(id='p023', date='2026-05-12', lang='kk',
     event='2026 Interior Ministry raid "Illegal migrant" in all 17 regions: 930 foreigners found, most in Almaty, Astana, Shymkent and the Turkistan and Jetisu regions; a suspect stabbed a police officer during an arrest in Atakent, Maktaaral district (Turkistan Region); a brawl at a dormitory in Aktau (Mangystau); a drug laboratory found in Saran (no incident); deportation via Korday; ministry post in the Kazakh Latin alphabet',
     text="""«Заңсыз мигрант» іс-шарасы: 17 облыста 930 шетелдік анықталды
АСТАНА. 12 мамыр. Kazinform - Ішкі істер министрлігі «Заңсыз мигрант» жедел-алдын алу іс-шарасының бірінші кезеңінің қорытындысын жариялады. Рейдтер барлық өңірлерде өтті, 17 облыста және республикалық маңызы бар үш қалада көші-қон заңнамасын бұзған 930 шетелдік анықталды.
Олардың көбі Алматы, Астана және Шымкент қалаларында, сондай-ақ Түркістан және Жетісу облыстарында тіркелді. Бұзушылардың 520-сы Өзбекстан, 210-ы Тәжікстан, 140-ы Қырғызстан, 60-ы Қытай азаматтары. Соттың шешімімен 310 адам елден шығарылады, алғашқы топ Қордай арқылы Қырғызстанға жіберіледі.
Рейд барысында екі қылмыстық оқиға тіркелді. 8 мамырда Түркістан облысының Мақтаарал ауданындағы Атакент кентінде іздеудегі күдікті ұстау кезінде полиция қызметкерін пышақпен жаралады. Қызметкер Шымкенттегі ауруханаға жеткізілді, оның өміріне қауіп жоқ. Күдікті ұрлық жасады деген айыппен бір айдан бері іздеуде болған. 10 мамырда Ақтау қаласының 27-шағын ауданындағы жатақханада екі топ құрылысшы арасында төбелес болып, 11 адам ұсталды.
Сонымен қатар Қарағанды облысының Саран қаласында синтетикалық есірткі жасайтын зертхана анықталып, 4 келі есірткі тәркіленді.
Министрдің орынбасары елордада өткен брифингте шекаралас аудандарда, атап айтқанда Сарыағаш, Мақтаарал және Қордай аудандарында, бақылау күшейтілетінін айтты. Ресейге транзитпен бара жатқан 40 шетелдік Петропавл арқылы өтетін пойыздан түсіріліп, тексерілді. Министрлік ресми парақшасында латын әліпбиімен мынадай хабарлама жариялады:
«Jedel-aldyn alu ıs-şarasy 31 mamyrğa deiın jalğasady. Türkıstan jäne Jetısu oblystarynda qosymşa toptar jūmys ısteidı.»
Министрлік жұмыс берушілерге шетелдік қызметкерлерді тек электрондық жүйе арқылы тіркеуді еске салды. Заңсыз жұмыс күшін пайдаланғаны үшін 48 кәсіпкерге айыппұл салынды, олардың 17-сі Алматы облысында. Іс-шараның екінші кезеңінде құрылыс алаңдары, базарлар мен жатақханалар тексеріледі, ал шетелдіктерді жұмысқа алған кәсіпкерлердің тізімі салық органдарына жіберіледі.""",
     ann=[
        ('17 облыста', 0, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region', 'note': 'headline; raids in the 17 regions, not incidents'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('барлық өңірлерде', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'raids, not incidents'}),
        ('17 облыста', 1, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region', 'note': 'raids, not incidents'}),
        ('үш қалада', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'the three cities of republican significance'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:in a list sharing "қалаларында"; migrants found'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:in a list sharing "қалаларында"; migrants found'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:in a list sharing "қалаларында"; migrants found'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:in a list sharing "облыстарында"; migrants found'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:in a list sharing "облыстарында"; migrants found'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Тәжікстан', 0, 'foreign', 'Tajikistan', N),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Қордай', 0, 'city', 'Korday', JR, {'note': 'NI:deportation route'}),
        ('Қырғызстанға', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:deportation destination'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Мақтаарал ауданындағы', 0, 'district', 'Maktaaral District', TR),
        ('Атакент кентінде', 0, 'village', 'Atakent', TR),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital town'}),
        ('Ақтау қаласының', 0, 'city', 'Aktau', MR),
        ('27-шағын ауданындағы', 0, 'district', '27th microdistrict (Aktau)', MR, {'subkind': 'microdistrict'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:drug laboratory found, not an incident'}),
        ('Сарыағаш', 0, 'district', 'Saryagash District', TR, {'note': 'NI:in a list sharing "аудандарында"; border controls'}),
        ('Мақтаарал', 1, 'district', 'Maktaaral District', TR, {'note': 'NI:in a list sharing "аудандарында"; border controls'}),
        ('Қордай', 1, 'district', 'Korday District', JR, {'note': 'NI:in a list sharing "аудандарында"; border controls'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:transit destination'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:train checked on the route'}),
        ('Саран қаласында', 0, 'city', 'Saran', KR, {'note': 'NI:drug laboratory found, not an incident'}),
        ('Türkıstan', 0, 'region', TR, TR, {'note': 'NI:Kazakh Latin alphabet; in a list sharing "oblystarynda"'}),
        ('Jetısu', 0, 'region', JTR, JTR, {'note': 'NI:Kazakh Latin alphabet; in a list sharing "oblystarynda"'}),
        ('Алматы облысында', 0, 'region', ALR, ALR, {'note': 'NI:fines for employers'}),
     ],
     inc={TR: (1, 'a suspect stabbed a police officer during his arrest in Atakent, Maktaaral district'),
          MR: (1, 'brawl between two groups of builders at a dormitory in the 27th microdistrict of Aktau, 11 detained')}),

dict(id='p024', date='2014-02-18', lang='kk',
     event='2014 storm warning in nine regions: Akmola, Karaganda, Kostanay and Pavlodar regions, Astana-Karaganda and Kostanay-Arkalyk roads closed, Zhezkazgan airport closed (Karaganda Region before 2022), Balkhash, Taldykorgan (Almaty Region before 2022); cyclone from Omsk oblast (no incident)',
     text="""Боран: елдің 9 облысында дауыл ескертуі жарияланды
АСТАНА. 18 ақпан. ҚазАқпарат - Қазгидромет Ақмола, Қарағанды, Қостанай және Павлодар облыстарын қоса алғанда, елдің 9 облысында дауыл ескертуін жариялады. Ресейдің Омбы облысынан келген циклон салдарынан жел екпіні секундына 25 метрге жетеді, қатты боран күтіледі.
Көлік қозғалысы қауіпсіздігі үшін Астана – Қарағанды және Қостанай – Арқалық тасжолдары уақытша жабылды. Жезқазған әуежайы бүгін кешке дейін рейстерді қабылдамайды, Балқаш қаласында мектептер сабақты тоқтатты.
Алматы облысында да ауа райы бұзылады: Талдықорған маңында қар көп жауады деп күтілуде.
Павлодар облысында Екібастұз – Павлодар тасжолында жылдамдық шектелді. Қазгидромет Астанада да жел күшейетінін ескертті.
Төтенше жағдайлар министрлігі жүргізушілерді қалааралық жолдарға шықпауға шақырып, жолда қалғандар үшін 40 жылыну пункті ашылғанын хабарлады.""",
     ann=[
        ('9 облысында', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'headline; storm warning'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'in a list sharing "облыстарын"'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'in a list sharing "облыстарын"'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'in a list sharing "облыстарын"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'in a list sharing "облыстарын"'}),
        ('9 облысында', 1, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'storm warning, not an incident'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысынан', 0, 'foreign', 'Omsk Oblast', N, {'note': 'origin of a cyclone'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Қостанай', 1, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Арқалық', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:road endpoint'}),
        ('Жезқазған әуежайы', 0, 'facility', 'Zhezkazgan Airport', KR, {'subkind': 'airport', 'note': 'NI:closed; Karaganda Region before 2022'}),
        ('Балқаш қаласында', 0, 'city', 'Balkhash', KR, {'note': 'NI:schools closed'}),
        ('Павлодар облысында', 0, 'region', PR, PR, {'note': 'NI:speed limited'}),
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:road endpoint'}),
        ('Павлодар', 2, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:wind forecast'}),
        ('Алматы облысында', 0, 'region', ALR, ALR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:forecast area; Almaty Region before 2022'}),
     ],
     inc={}),
]
