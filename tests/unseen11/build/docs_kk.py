"""Kazakh texts of the eleventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2005-08-12', lang='kk',
     event='2005 steppe fire spreading from Birlik, Moiynkum district, to Shu district (Jambyl Region)',
     text="""Жамбыл облысында дала өрті екі ауданға тарады
ТАРАЗ. 12 тамыз. ҚазАқпарат – Жамбыл облысының Мойынқұм және Шу аудандарында дала өрті 15 мың гектар жайылымды шарпыды, деп хабарлады облыстық төтенше жағдайлар департаменті.
Өрт сейсенбі күні түсте Мойынқұм ауданындағы Бірлік ауылының маңында басталып, қатты желдің әсерінен көрші Шу ауданына тарады. Өртті сөндіруге Таразтан, Шу қаласынан және Қордай ауданынан 200-ден астам құтқарушы мен 40 бірлік техника тартылды. Жалын бейсенбі күні таңертең ғана толық сөндірілді.
«Өрт Шу өзенінің жағасындағы құрғақ қамыстан басталған болуы мүмкін. Себебін анықтау үшін комиссия құрылды», – деді департамент бастығы Бауыржан Таразов.
Адам шығыны жоқ. Алайда төрт шопан қыстауы мен 300 тонна шөп өртеніп кетті. Аудан әкімдігі зардап шеккен шаруаларға Шымкент пен Алматыдан жем-шөп сатып алуға көмектесетінін айтты. Өрт шыққан аумақ Қазақстан мен Қырғызстан шекарасынан 150 шақырым жерде орналасқан.""",
     ann=[
        ('Жамбыл облысында', 0, 'region', JR, JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Мойынқұм', 0, 'district', 'Moiynkum District', JR, {'note': 'list item sharing the head noun "аудандарында"'}),
        ('Шу', 0, 'district', 'Shu District', JR, {'note': 'list item'}),
        ('Мойынқұм ауданындағы', 0, 'district', 'Moiynkum District', JR),
        ('Бірлік ауылының', 0, 'village', 'Birlik (Moiynkum District)', JR),
        ('Шу ауданына', 0, 'district', 'Shu District', JR),
        ('Таразтан', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of rescuers'}),
        ('Шу қаласынан', 0, 'city', 'Shu', JR, {'note': 'NI:origin of rescuers'}),
        ('Қордай ауданынан', 0, 'district', 'Kordai District', JR, {'note': 'NI:origin of rescuers'}),
        ('Шу өзенінің', 0, 'facility', 'Shu River', N, {'subkind': 'river'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:where fodder is bought'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where fodder is bought'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'NI:reference point (the border)'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:reference point (the border)'}),
     ],
     inc={JR: (1, 'one steppe fire that spread over two districts')}),

dict(id='p018', date='2023-03-28', lang='kk',
     event='2023 spring flood in Karaul (Abai district) and Begen (Beskaragai district) and a fatal house fire in Kalbatau, Zharma district (Abai Region); akimat post in the Kazakh Latin alphabet',
     text="""Абай облысында көктемгі су тасқыны: Қарауыл мен Бегенде үйлерді су басты
СЕМЕЙ. 28 наурыз. ҚазАқпарат – Абай облысында көктемгі су тасқыны басталды. Абай ауданындағы Қарауыл ауылында және Бесқарағай ауданының Беген ауылында 60-тан астам үйдің ауласы мен жертөлесін еріген қар суы басты, деп хабарлады облыстық төтенше жағдайлар департаменті.
Қарауылда 35 үй су астында қалды, 120 тұрғын ауылдағы мектепке уақытша көшірілді. Аудан әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен былай деп жазды: «Abaı aýdanynyń Qaraýyl aýylyndaǵy turǵyndar mektepke kóshirildi, sý tartý jumystary júrgizilýde».
Бегенде су 25 үйдің ауласына кірді. Құтқарушылар Семейден және Аягөзден жеткізілген 12 сорғымен суды тартып жатыр. Тасқын суы Семей – Қарауыл тас жолының бір бөлігін басып қалғандықтан, көліктер Жарма ауданы арқылы айналып жүр.
«Облыстың бірнеше ауданында су деңгейі әлі де көтерілуде. Көкпекті мен Үржар аудандарындағы өзендерді тәулік бойы бақылап отырмыз», – деді департамент бастығы Серік Ертісбаев.
Сол түні Жарма ауданының орталығы Қалбатау ауылында тұрғын үй өртеніп, 70 жастағы ер адам қаза тапты. Өрттің себебі пештің ақауы болуы мүмкін. Көршілері өртті сөндіруге тырысқанымен, үй толық жанып кетті.
Абай облысы 2022 жылғы 8 маусымда Шығыс Қазақстан облысының құрамынан бөлініп шықты. Облыс орталығы – Семей қаласы. Тасқынға байланысты Өскеменнен қосымша техника мен 50 құтқарушы жіберілді. Синоптиктер Ертіс өзенінің жоғарғы ағысында, Ресейдің Алтай өлкесінде де қар қалың екенін ескертті. Сондықтан сәуір айында судың тағы көтерілуі мүмкін.
Облыста тасқын қаупі бар 40 елді мекен тізімге енгізілді. Облыс әкімдігі тасқынға қарсы іс-шараларға жергілікті бюджеттен 2 миллиард теңге бөлді. Бұл қаражатқа Семей, Курчатов қалаларында және Абай, Бесқарағай, Жарма аудандарында бөгеттер нығайтылып, су өткізетін құбырлар тазартылады. Жұмыстар сәуірдің ортасына дейін аяқталуы тиіс.""",
     ann=[
        ('Абай облысында', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('Қарауыл', 0, 'village', 'Karaul', ABR, {'note': 'headline'}),
        ('Бегенде', 0, 'village', 'Begen', ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысында', 1, 'region', ABR, ABR),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Abai Region)', ABR),
        ('Қарауыл ауылында', 0, 'village', 'Karaul', ABR),
        ('Бесқарағай ауданының', 0, 'district', 'Beskaragai District', ABR),
        ('Беген ауылында', 0, 'village', 'Begen', ABR),
        ('Қарауылда', 0, 'village', 'Karaul', ABR),
        ('Abaı aýdanynyń', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Qaraýyl aýylyndaǵy', 0, 'village', 'Karaul', ABR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Бегенде', 1, 'village', 'Begen', ABR),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of rescuers'}),
        ('Аягөзден', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:origin of rescuers'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Қарауыл', 2, 'village', 'Karaul', ABR, {'note': 'NI:road endpoint'}),
        ('Жарма ауданы', 0, 'district', 'Zharma District', ABR, {'note': 'NI:detour'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'districts of the region with rising water (attributed to Abai Region, not listed as unattributed)'}),
        ('Көкпекті', 0, 'district', 'Kokpekty District', ABR, {'note': 'NI:list item; rivers watched'}),
        ('Үржар аудандарындағы', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:rivers watched'}),
        ('Жарма ауданының', 0, 'district', 'Zharma District', ABR),
        ('Қалбатау ауылында', 0, 'village', 'Kalbatau', ABR),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Семей қаласы', 0, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of equipment'}),
        ('Ертіс өзенінің', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Алтай өлкесінде', 0, 'foreign', 'Altai Krai', N),
        ('40 елді мекен', 0, 'quantified', '40 villages', N, {'count': 40, 'unit': 'village', 'note': 'settlements at risk, not incidents'}),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'NI:list item sharing the head noun "қалаларында"; dams reinforced'}),
        ('Курчатов қалаларында', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:dams reinforced'}),
        ('Абай', 4, 'district', 'Abai District (Abai Region)', ABR, {'note': 'NI:list item sharing the head noun "аудандарында"'}),
        ('Бесқарағай', 1, 'district', 'Beskaragai District', ABR, {'note': 'NI:list item'}),
        ('Жарма аудандарында', 0, 'district', 'Zharma District', ABR, {'note': 'NI:dams reinforced'}),
     ],
     inc={ABR: (2, 'spring flood in Karaul and Begen (natural disaster, once per unit); fatal house fire in Kalbatau')}),

dict(id='p019', date='2016-10-05', lang='kk',
     event='2016 school canteen poisoning in Shelek (Enbekshikazakh district) and a lorry-minibus collision near Uzynagash (Zhambyl district) on the Almaty-Bishkek highway (Almaty Region)',
     text="""АЛМАТЫ. 5 қазан. Tengrinews.kz – Алматы облысы Еңбекшіқазақ ауданындағы Шелек ауылының №3 мектебінде 18 оқушы түскі астан кейін улануға шалдықты, деп хабарлады облыстық денсаулық сақтау басқармасы.
Балалар Шелектегі аудандық ауруханаға жеткізілді, оның төртеуі Алматыдағы балалар ауруханасына ауыстырылды. Олардың жағдайы тұрақты. Дәрігерлердің айтуынша, улану сапасыз сүттен болған. Сүт Есік қаласындағы шағын цехтан әкелінген. Мектеп асханасы жабылып, қылмыстық іс қозғалды.
Сол күні кешке Алматы – Бішкек тас жолында, Жамбыл ауданындағы Ұзынағаш ауылының маңында жүк көлігі мен шағын автобус соқтығысып, үш адам қаза тапты, тағы бесеуі жарақат алды. Шағын автобус Қырғызстаннан келе жатқан.
Еңбекшіқазақ ауданында бұл – биылғы екінші улану оқиғасы. Наурыз айында Түрген ауылындағы мектепте 9 оқушы асханадан уланған болатын. Облыстық прокуратура аудандағы барлық мектеп асханаларын тексеруді бастады. Тексеру нәтижесі бір ай ішінде жарияланады.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Еңбекшіқазақ ауданындағы', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Шелек ауылының', 0, 'village', 'Shelek', ALR),
        ('Шелектегі', 0, 'village', 'Shelek', ALR, {'note': 'NI:hospital (the incident village)'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital town'}),
        ('Есік қаласындағы', 0, 'city', 'Esik', ALR, {'note': 'NI:origin of the milk'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('Жамбыл ауданындағы', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'a district of Almaty Region, not Jambyl Region'}),
        ('Ұзынағаш ауылының', 0, 'village', 'Uzynagash', ALR),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of the minibus'}),
        ('Еңбекшіқазақ ауданында', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Түрген ауылындағы', 0, 'village', 'Turgen', ALR, {'note': 'background March poisoning'}),
     ],
     inc={ALR: (3, 'canteen poisoning of 18 pupils in Shelek (non-fatal, counted as a mishap; doubtful); lorry-minibus collision near Uzynagash; background March canteen poisoning in Turgen')}),

dict(id='p020', date='2018-07-10', lang='kk',
     event='2018 irrigation canal breach floods Abai village, Keles district (Turkistan Region, three weeks after the reform), and a stairwell fire in Samal-3, Abai district of Shymkent',
     text="""ШЫМКЕНТ. 10 шілде. ҚазАқпарат – Түркістан облысының Келес ауданында суару каналының жағасы бұзылып, Абай ауылындағы 50-ге жуық үйдің ауласын су басты. Адам шығыны жоқ, деп хабарлады облыстық төтенше жағдайлар департаменті.
Канал Келес өзенінен су алып, ауданның мақта алқаптарын суарады. Бөгетті жөндеуге Шымкенттен және Сарыағаштан 80 құтқарушы мен 15 техника жіберілді. Тұрғындар Абай ауылынан көрші Ақжар ауылына уақытша көшірілді.
Сол күні Шымкенттің Абай ауданына қарасты «Самал-3» шағынауданындағы тоғыз қабатты үйдің подъезінде өрт шығып, 20 тұрғын эвакуацияланды. Өрт сөндірушілер жалынды жарты сағатта сөндірді.
Еске салсақ, 19 маусымда Оңтүстік Қазақстан облысы Түркістан облысы болып қайта аталды, ал Шымкент республикалық маңызы бар қала мәртебесін алды. Облыс орталығы Түркістан қаласына көшірілді. Келес ауданында мақта мен бақша дақылдары өсіріледі, ауданның орталығы – Абай ауылы. Зақымданған каналды жөндеу жұмыстары екі күнге созылады.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Келес ауданында', 0, 'district', 'Keles District', TR),
        ('Абай ауылындағы', 0, 'village', 'Abai (Keles District)', TR),
        ('Келес өзенінен', 0, 'facility', 'Keles River', N, {'subkind': 'river'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of rescuers'}),
        ('Сарыағаштан', 0, 'city', 'Saryagash', TR, {'note': 'NI:origin of rescuers'}),
        ('Абай ауылынан', 0, 'village', 'Abai (Keles District)', TR, {'note': 'evacuated from (the incident village)'}),
        ('Ақжар ауылына', 0, 'village', 'Akzhar (Keles District)', TR, {'note': 'NI:evacuation point'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Абай ауданына', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Самал-3', 0, 'district', 'Samal-3 (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the former name of the region, not in force on the article date; its land (without Shymkent) is Turkistan Region'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'NI:background'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', TR, {'note': 'NI:background'}),
        ('Келес ауданында', 1, 'district', 'Keles District', TR, {'note': 'NI:background'}),
        ('Абай ауылы', 0, 'village', 'Abai (Keles District)', TR, {'note': 'NI:background (district centre)'}),
     ],
     inc={TR: (1, 'irrigation canal breach flooding Abai village'),
          'Shymkent': (1, 'stairwell fire (microdistrict, city district, city: one event)')}),

dict(id='p021', date='2021-06-15', lang='kk',
     event='2021 windstorm in Nur-Sultan (Yesil, Saryarka and Almaty districts), Yereymentau, Shortandy and Tselinograd districts (Akmola Region) and Temirtau (Karaganda Region)',
     text="""Елордада және Ақмола облысында дауыл соқты
НҰР-СҰЛТАН. 15 маусым. ҚазАқпарат – Дүйсенбі күні кешке елорда мен Ақмола облысының бірнеше ауданында қатты дауыл соқты, деп хабарлады Төтенше жағдайлар министрлігі.
Нұр-Сұлтанда жел жылдамдығы секундына 28 метрге жетті. Есіл ауданындағы Тұран даңғылында 40-тан астам ағаш құлады, Сарыарқа ауданында үш көліктің үстіне жарнама қалқаны құлап түсті. Алматы ауданындағы мектептің шатырын жел ұшырып әкетті. Қала әкімдігінің мәліметінше, екі адам жарақат алып, ауруханаға жеткізілді.
Ақмола облысында дауыл Ерейментау, Шортанды және Целиноград аудандарында 30-дан астам үйдің шатырын жұлып, 12 елді мекенді электр қуатынсыз қалдырды. Ерейментау қаласында құлаған ағаштың астында қалған 45 жастағы ер адам Көкшетауға, облыстық ауруханаға жеткізілді.
Дауыл Қарағанды облысына да жетті. Теміртауда жел электр желісін үзіп, қаланың шығыс бөлігі бес сағат бойы жарықсыз қалды.
«Мұндай күшті жел елордада соңғы он жылда байқалмаған», – деді «Қазгидромет» РМК синоптигі Айгүл Есілбаева.
Синоптиктер сейсенбіге Павлодар және Солтүстік Қазақстан облыстарында да дауыл болатынын ескертті. Нұр-Сұлтан – Щучинск тас жолында көрінудің нашарлығына байланысты жүк көліктерінің қозғалысы уақытша шектелді.
Елордада құлаған ағаштарды жинауға 300-ден астам коммуналдық қызметкер мен 70 техника шығарылды. Ақмола облысының әкімі Ерейментау ауданына барып, зардап шеккен отбасыларға көмек көрсетілетінін айтты. Электр желілері сейсенбі күні түске дейін қалпына келтірілді. Сақтандыру компаниялары көліктері зақымданған тұрғындардан өтініш қабылдай бастады.
Еске салсақ, былтыр мамыр айында да елордада қатты жел соғып, Байқоңыр ауданындағы құрылыс алаңында мұнара кран құлаған еді. Синоптиктердің болжамынша, аптаның соңына қарай ауа райы тұрақталады, бірақ Қостанай және Ақтөбе облыстарының оңтүстігінде 40 градусқа дейін аптап ыстық күтіледі. Төтенше жағдайлар министрлігі тұрғындарды ашық аспан астында ұзақ жүрмеуге, көліктерді ағаштардың түбіне қоймауға және ресми хабарламаларды қадағалап отыруға шақырды.""",
     ann=[
        ('Ақмола облысында', 0, 'region', AKR, AKR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'the districts are named later (attributed to Akmola Region)'}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana'),
        ('Есіл ауданындағы', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Тұран даңғылында', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Сарыарқа ауданында', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Алматы ауданындағы', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital, not Almaty'}),
        ('Ақмола облысында', 1, 'region', AKR, AKR),
        ('Ерейментау', 0, 'district', 'Yereymentau District', AKR, {'note': 'list item sharing the head noun "аудандарында"'}),
        ('Шортанды', 0, 'district', 'Shortandy District', AKR, {'note': 'list item'}),
        ('Целиноград аудандарында', 0, 'district', 'Tselinograd District', AKR),
        ('12 елді мекенді', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'settlements of the named districts'}),
        ('Ерейментау қаласында', 0, 'city', 'Yereymentau', AKR),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:hospital town'}),
        ('Қарағанды облысына', 0, 'region', KR, KR),
        ('Теміртауда', 0, 'city', 'Temirtau', KR),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:list item sharing the head noun "облыстарында"; a warning'}),
        ('Солтүстік Қазақстан облыстарында', 0, 'region', NKR, NKR, {'note': 'NI:a warning'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:road endpoint'}),
        ('Ақмола облысының', 1, 'region', AKR, AKR, {'note': 'inside the title of an official'}),
        ('Ерейментау ауданына', 0, 'district', 'Yereymentau District', AKR, {'note': 'NI:place of a visit'}),
        ('Байқоңыр ауданындағы', 0, 'district', 'Baikonyr District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital, not the town of Baikonur; background crane collapse in May 2020'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'NI:list item sharing the head noun "облыстарының"; a forecast'}),
        ('Ақтөбе облыстарының', 0, 'region', AR, AR, {'note': 'NI:a forecast'}),
     ],
     inc={'Astana': (2, 'windstorm damage in the capital (natural disaster, once per unit); background tower-crane collapse in Baikonyr district in May 2020'),
          AKR: (1, 'windstorm damage in three districts (natural disaster, once per unit)'),
          KR: (1, 'windstorm cut power in Temirtau (natural disaster, once per unit)')}),

dict(id='p022', date='2010-11-23', lang='kk',
     event='2010 freight train derailment at Shubarkuduk station, Temir district, and a gas explosion in a house in Emba, Mugalzhar district (Aktobe Region)',
     text="""АҚТӨБЕ. 23 қараша. Kazinform – Ақтөбе облысының Темір ауданындағы Шұбарқұдық стансасында жүк пойызының 14 вагоны рельстен шығып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті.
Вагондарда Жаңажол кен орнынан тиелген мұнай болған. Адам шығыны жоқ, бірақ 200 тоннаға жуық мұнай жерге төгілді. Экологтар топырақ сынамаларын алды.
Қалпына келтіру пойызы Қандыағаштан жіберілді. Ақтөбе – Атырау бағытындағы пойыздар қозғалысы 10 сағатқа тоқтатылды, Алматыдан Мәскеуге бара жатқан жолаушылар пойызы алты сағатқа кешікті.
Сол түні Мұғалжар ауданындағы Ембі қаласында екі қабатты тұрғын үйде газ жарылып, екі адам жарақат алды. Оларды Ақтөбедегі облыстық ауруханаға жеткізді. Жарылыстан кейін үйдің екі пәтері тұруға жарамсыз болып қалды.
Шұбарқұдық – Ақтөбе мен Атырау арасындағы темір жолдағы ірі стансалардың бірі, онда 4 мыңға жуық адам тұрады. Төгілген мұнайды жинау жұмыстары бірнеше күнге созылуы мүмкін.""",
     ann=[
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR),
        ('Темір ауданындағы', 0, 'district', 'Temir District', AR),
        ('Шұбарқұдық стансасында', 0, 'facility', 'Shubarkuduk station', AR, {'subkind': 'railway station'}),
        ('Жаңажол кен орнынан', 0, 'facility', 'Zhanazhol field', AR, {'subkind': 'oil field', 'note': 'NI:origin of the cargo'}),
        ('Қандыағаштан', 0, 'city', 'Kandyagash', AR, {'note': 'NI:origin of a recovery train'}),
        ('Ақтөбе', 1, 'city', 'Aktobe', AR, {'note': 'NI:line endpoint'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:line endpoint'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a train'}),
        ('Мәскеуге', 0, 'foreign', 'Moscow', N, {'note': 'NI:destination of a train'}),
        ('Мұғалжар ауданындағы', 0, 'district', 'Mugalzhar District', AR),
        ('Ембі қаласында', 0, 'city', 'Emba', AR),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital town'}),
        ('Шұбарқұдық', 1, 'village', 'Shubarkuduk', AR, {'note': 'NI:background (the station village)'}),
        ('Ақтөбе', 2, 'city', 'Aktobe', AR, {'note': 'NI:line endpoint'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:line endpoint'}),
     ],
     inc={AR: (2, 'derailment with an oil spill at Shubarkuduk station; gas explosion in a house in Emba')}),

dict(id='p023', date='2026-06-22', lang='kk',
     event='2026 regional kokpar tournament in Shieli (Kyzylorda Region; no incident); akimat post in the Kazakh Latin alphabet; misspelt Жанақорған',
     text="""ҚЫЗЫЛОРДА. 22 маусым. Kazinform – Қызылорда облысының Шиелі ауданында өткен облыстық көкпар турниріне облыстың барлық жеті ауданынан және Қызылорда қаласынан 9 команда қатысты.
Жарыс Шиелі кентіндегі ипподромда екі күнге созылды. Жеңімпаз атанған Жалағаш ауданының командасына жеңіл көлік табысталды, екінші орынды Жанақорған ауданының көкпаршылары алды, үшінші орын Қазалы командасына бұйырды.
Аудан әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен: «Shıeli aýdanynda ótken kókpar turnırіne Qyzylorda oblysynyń barlyq aýdandarynan kelgen komandalar qatysty» деп жазды.
Турнирге қонақ ретінде Өзбекстанның Қарақалпақстан Республикасынан және Түркістан облысынан келген командалар да қатысты. Жарысты Қорқыт ата атындағы Қызылорда университетінің студенттері тікелей эфирде көрсетті. Бас төреші Ерлан Сырдариев келесі жылы турнир Байқоңыр қаласында өтетінін айтты. Көкпар – облыстағы ең танымал ұлттық ойындардың бірі, былтыр турнир Арал қаласында өткен. Келесі жарысқа дайындық күзде басталады.""",
     ann=[
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Қызылорда облысының', 0, 'region', KYR, KYR),
        ('Шиелі ауданында', 0, 'district', 'Shieli District', KYR),
        ('барлық жеті ауданынан', 0, 'quantified', 'all 7 districts', N, {'count': 7, 'unit': 'district', 'quantifier': 'all', 'note': 'teams, not incidents'}),
        ('Қызылорда қаласынан', 0, 'city', 'Kyzylorda', KYR),
        ('Шиелі кентіндегі', 0, 'village', 'Shieli', KYR),
        ('Жалағаш ауданының', 0, 'district', 'Zhalagash District', KYR),
        ('Жанақорған ауданының', 0, 'district', 'Zhanakorgan District', KYR, {'note': 'misspelt (Жаңақорған)'}),
        ('Қазалы', 0, 'district', 'Kazaly District', KYR, {'uncertain': True, 'note': 'a team named after the district or its town Kazaly'}),
        ('Shıeli aýdanynda', 0, 'district', 'Shieli District', KYR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Qyzylorda oblysynyń', 0, 'region', KYR, KYR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('barlyq aýdandarynan', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'Kazakh Latin alphabet; teams, not incidents'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Қарақалпақстан Республикасынан', 0, 'foreign', 'Karakalpakstan', N),
        ('Түркістан облысынан', 0, 'region', TR, TR),
        ('Байқоңыр қаласында', 0, 'city', 'Baikonur', KYR, {'note': 'the town leased to Russia; Kyzylorda Region as for the cosmodrome'}),
        ('Арал қаласында', 0, 'city', 'Aral', KYR),
     ],
     inc={}),

dict(id='p024', date='2013-06-18', lang='kk',
     event='2013 two teenagers drowned in the Zhaiyk near Makhambet, a background drowning in Akkystau (Isatai district) and a gas explosion in a house in Zhuldyz microdistrict of Atyrau (misspelt Атрау)',
     text="""АТЫРАУ. 18 маусым. ҚазАқпарат – Атырау облысының Махамбет ауданындағы Махамбет ауылының маңында Жайық өзеніне шомылған екі жасөспірім суға батып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті.
Балалардың денесін Атыраудан келген сүңгуірлер келесі күні тапты. Департамент өкілі жағалаудағы арнайы жабдықталмаған жерлерде шомылуға тыйым салынғанын еске салды. Өткен аптада Исатай ауданындағы Аққыстау ауылында да он жасар бала суға батып кеткен еді.
Ал дүйсенбі күні кешке Атрау қаласының Жұлдыз шағынауданындағы жеке үйде газ жарылып, ерлі-зайыпты күйік алды. Олар облыстық ауруханаға жеткізілді, дәрігерлер олардың жағдайын ауыр деп бағалады.
Жайық өзені Ресейдің Орынбор облысынан бастау алып, Атырау арқылы Каспий теңізіне құяды. Құтқарушылар Жайық пен Қиғаш өзендерінің жағасында рейд жүргізіп, тұрғындарға жадынама таратуда. Ата-аналардан балаларды суға жалғыз жібермеу сұралады, себебі жазғы демалыс енді ғана басталды.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау облысының', 0, 'region', ATR, ATR),
        ('Махамбет ауданындағы', 0, 'district', 'Makhambet District', ATR),
        ('Махамбет ауылының', 0, 'village', 'Makhambet', ATR),
        ('Жайық өзеніне', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Атыраудан', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of divers'}),
        ('Исатай ауданындағы', 0, 'district', 'Isatai District', ATR),
        ('Аққыстау ауылында', 0, 'village', 'Akkystau', ATR),
        ('Атрау қаласының', 0, 'city', 'Atyrau', ATR, {'note': 'misspelt (Атырау)'}),
        ('Жұлдыз шағынауданындағы', 0, 'district', 'Zhuldyz (Atyrau)', ATR, {'subkind': 'microdistrict'}),
        ('Жайық өзені', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'NI:background'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысынан', 0, 'foreign', 'Orenburg Oblast', N),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:background (the river flows through the city)'}),
        ('Каспий теңізіне', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Жайық', 2, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'list item sharing the head noun "өзендерінің"'}),
        ('Қиғаш өзендерінің', 0, 'facility', 'Kigash River', N, {'subkind': 'river'}),
     ],
     inc={ATR: (3, 'two teenagers drowned near Makhambet (one event); background drowning in Akkystau last week; gas explosion in a house in Zhuldyz microdistrict of Atyrau')}),
]
