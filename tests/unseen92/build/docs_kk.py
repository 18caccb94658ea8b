"""Kazakh texts of the ninety-second unseen check corpus (Cyrillic; p018 quotes a post in the
Kazakh Latin alphabet of February 2018, p021 and p023 posts in the alphabet of January 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1993-07-14', lang='kk',
     event='1993 ammonia leak at the meat plant in Semey, 12 workers poisoned, and a cattle shed fire in Karaul, Abai district, in May (Semipalatinsk Region, abolished 1997, land of East Kazakhstan Region); specialists from Oskemen and Almaty; the Russian names Семипалатинск and Семипалатинская область',
     text="""Семейде ет комбинатында аммиак ағып, 12 адам уланды
СЕМЕЙ, 14 шілде («Егемен Қазақстан») – Семей қаласындағы ет комбинатының тоңазытқыш цехында сейсенбі күні түнде аммиак ағып, 12 жұмысшы уланды. Олардың төртеуі қалалық ауруханаға жатқызылды, олардың өміріне қауіп жоқ, деп хабарлады Семей облыстық төтенше жағдайлар басқармасы.

Апаттың себебін анықтау үшін Өскеменнен және Алматыдан мамандар келді. Орыс тіліндегі басылымдар қаланы әлі де Семипалатинск деп жазады, ал облыстың атауы екі тілде екі түрлі: Семей облысы және Семипалатинская область.

Бұл – облыстағы биылғы екінші ірі апат. Мамыр айында Абай ауданының Қарауыл ауылында мал қорасы өртеніп, 40-тан астам қой қырылған болатын.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', EKR, {'note': 'headline; town of Semipalatinsk Region (abolished 1997, merged into East Kazakhstan Region)'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', EKR),
        ('Семей', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority ("Семей облыстық"); Semipalatinsk Region existed until 1997, labelled with the unit that took over its land'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of specialists'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of specialists'}),
        ('Семипалатинск', 0, 'city', 'Semey', EKR, {'note': 'NI:Russian name of the city'}),
        ('Семей облысы', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:name of the abolished region; labelled with the unit that took over its land'}),
        ('Семипалатинская область', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:Russian name of the abolished region in a Kazakh text'}),
        ('Абай ауданының', 0, 'district', 'Abai District (East Kazakhstan)', EKR, {'note': 'rural district named after the poet; not Abai Region (created 2022)'}),
        ('Қарауыл ауылында', 0, 'village', 'Karaul', EKR, {'note': 'centre of Abai district'}),
     ],
     inc={EKR: (2, 'ammonia leak at the meat plant in Semey, 12 poisoned; background: cattle shed fire in Karaul, Abai district, in May; Semipalatinsk Region labelled with the unit holding its land')}),

dict(id='p018', date='2020-02-18', lang='kk',
     event='2020 week in Karaganda Region: blast furnace explosion at the Temirtau steelworks (company name not annotated), bus overturned 40 km from Balkhash on the Balkhash-Karaganda road, miners refusing to come up at the Kazakhstan mine in Zhezkazgan, gas explosion in a block of flats in Karaganda (all Karaganda Region before 2022); akimat post in the Latin alphabet of 2018 (Qaraǵandy, Balqash, Jezqazǵan); commission from Nur-Sultan',
     text="""Қарағанды облысында бір апта: жарылыс, жол апаты және кеншілер наразылығы
ҚАРАҒАНДЫ, 18 ақпан. ҚазАқпарат – Өткен аптада Қарағанды облысында бірнеше ірі оқиға тіркелді, деп хабарлады облыстық төтенше жағдайлар департаменті.

Дүйсенбі күні Теміртаудағы металлургия комбинатының домна цехында газ жарылып, екі жұмысшы күйік алды. Кәсіпорынды басқаратын «АрселорМиттал Теміртау» компаниясы оқиғаны тексеру үшін комиссия құрғанын айтты. Нұр-Сұлтаннан Еңбек министрлігінің өкілдері келді. Зардап шеккендердің бірінің жағдайы ауыр, екіншісі үйіне жіберілді. Комбинатта соңғы бес жылда мұндай жарылыс үшінші рет болып отыр.

Сейсенбі күні таңертең Балқаш – Қарағанды тасжолында, Балқаштан 40 шақырым жерде жолаушылар автобусы көктайғақта аударылып қалды. Жеті адам жарақат алды, олар Балқаш қалалық ауруханасына жеткізілді. Автобус Алматыдан Қарағандыға бара жатқан еді, жолаушылардың көбі студенттер. Облыс әкімдігі бұл хабарды өз парақшасында 2018 жылы бекітілген латын әліпбиімен де жариялады: «Balqash – Qaraǵandy tas jolynda avtobýs aýdaryldy, jaraqat alǵandar aýrýhanada».

Жезқазғанда «Қазақстан» шахтасының 150-ге жуық кеншісі жалақыны көтеруді талап етіп, ауысымнан кейін жер бетіне көтерілуден бас тартты. Кеншілердің бірі Ерлан Сейітов: «Жезқазған мен Сәтбаевта жалақы Қарағандыдағыдан әлдеқайда төмен», – деді. Әкімдіктің латын әліпбиіндегі жазбасында қала атауы Jezqazǵan деп берілген. Кеншілермен кездесуге облыс әкімінің орынбасары барды, келіссөз екі күнге созылып, жұма күні кеншілер жұмысқа оралды.

Бейсенбі күні кешке Қарағанды қаласының Октябрь ауданындағы бес қабатты үйде газ жарылып, бір тұрғын қаза тапты. Үйдегі 60 адам уақытша мектепке көшірілді. Мамандардың болжауынша, жарылысқа газ құбырының ақауы себеп болған.

Департамент мәліметінше, облыста жыл басынан бері 300-ден астам өрт болған. Облыс орталығы орыс тіліндегі құжаттарда Караганда, қазақ тілінде Қарағанды, ал жаңа әліпбиде Qaraǵandy деп жазылады.""",
     ann=[
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'headline'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысында', 1, 'region', KR, KR),
        ('Теміртаудағы', 0, 'city', 'Temirtau', KR),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of ministry officials'}),
        ('Балқаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:route endpoint'}),
        ('Қарағанды', 2, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Балқаштан', 0, 'city', 'Balkhash', KR, {'note': 'NI:reference point ("40 шақырым жерде")'}),
        ('Балқаш', 1, 'city', 'Balkhash', KR, {'note': 'NI:hospital; inside "Балқаш қалалық ауруханасы"'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the bus'}),
        ('Қарағандыға', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination of the bus'}),
        ('Balqash', 0, 'city', 'Balkhash', KR, {'note': 'NI:route endpoint; Kazakh Latin alphabet of February 2018'}),
        ('Qaraǵandy', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint; Kazakh Latin alphabet of February 2018'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region before 2022-06-08'}),
        ('Қазақстан', 0, 'facility', 'Kazakhstan mine (Zhezkazgan)', KR, {'subkind': 'mine', 'note': 'name of the mine in quotation marks, not the country'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:in a quote about wages'}),
        ('Сәтбаевта', 0, 'city', 'Satpayev', KR, {'note': 'NI:in a quote about wages'}),
        ('Қарағандыдағыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:in a quote about wages'}),
        ('Jezqazǵan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:spelling, Kazakh Latin alphabet of 2018'}),
        ('Қарағанды қаласының', 0, 'city', 'Karaganda', KR),
        ('Октябрь ауданындағы', 0, 'district', 'Oktyabr District (Karaganda)', KR, {'subkind': 'city district'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:spelling, Russian form'}),
        ('Қарағанды', 4, 'city', 'Karaganda', KR, {'note': 'NI:spelling, Kazakh form'}),
        ('Qaraǵandy', 1, 'city', 'Karaganda', KR, {'note': 'NI:spelling, Latin alphabet'}),
     ],
     inc={KR: (4, 'gas explosion in the blast furnace shop in Temirtau, two burnt; bus overturned 40 km from Balkhash, seven hurt; miners\' protest (refusing to come up) at the «Қазақстан» mine in Zhezkazgan; fatal gas explosion in a block of flats in Oktyabr district of Karaganda; "300 fires since January" is a statistic')}),

dict(id='p019', date='2008-05-22', lang='kk',
     event='2008 fire in the «Жетісу» trading house in Taldykorgan and a mudflow flooding 25 houses in Koksu village, Eskeldi district (Almaty Region before the 2022 split); the Soviet spellings Талды-Курган and Талды-Қорған; goods from China',
     text="""Талдықорғанда сауда үйі өртенді, Ескелді ауданында сел жүрді
ТАЛДЫҚОРҒАН, 22 мамыр. ҚазАқпарат – Алматы облысының орталығы Талдықорғанда «Жетісу» сауда үйінде сәрсенбі күні өрт шықты. Өрт 800 шаршы метр аумақты шарпыды, адам шығыны жоқ, деп хабарлады облыстық төтенше жағдайлар департаменті. Сауда үйіндегі тауарлардың көбі Қытайдан әкелінген.

Сол күні түнде Ескелді ауданының Көксу ауылында тау өзенінен сел жүріп, 25 үйдің ауласын су мен балшық басты. Тұрғындар көршілерінің үйіне уақытша көшірілді. Сел жүруі мүмкін деген ескерту бір күн бұрын жарияланған еді.

Қаланың аты бірнеше рет өзгерген: кеңес кезінде орысша Талды-Курган деп жазылса, ескі қазақ газеттерінде Талды-Қорған деген нұсқа да кездеседі.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('Ескелді ауданында', 0, 'district', 'Eskeldi District', ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', ALR),
        ('Жетісу', 0, 'facility', 'Zhetisu trading house (Taldykorgan)', ALR, {'subkind': 'shopping centre', 'note': 'a trading house named after the historical land; not Jetisu Region (created 2022)'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Ескелді ауданының', 0, 'district', 'Eskeldi District', ALR),
        ('Көксу ауылында', 0, 'village', 'Koksu (Eskeldi district)', ALR, {'note': 'a common village name'}),
        ('Талды-Курган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:Soviet-era Russian spelling'}),
        ('Талды-Қорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:old Kazakh spelling'}),
     ],
     inc={ALR: (2, 'fire in the «Жетісу» trading house in Taldykorgan; mudflow flooding 25 yards in Koksu, Eskeldi district')}),

dict(id='p020', date='2012-01-26', lang='kk',
     event='2012 derailment of 14 wagons of a freight train near Emba (Embi), Mugalzhar district (Aktobe Region); train from Orenburg to Uzbekistan; the Russian names Эмба and Актюбинск; repair trains from Aktobe',
     text="""Мұғалжар ауданында жүк пойызы рельстен шықты
АҚТӨБЕ, 26 қаңтар. ҚазАқпарат – Ақтөбе облысы Мұғалжар ауданындағы Ембі қаласының маңында бейсенбі күні таңертең жүк пойызының 14 вагоны рельстен шығып кетті. Адам шығыны жоқ, деп хабарлады «Қазақстан темір жолы» ұлттық компаниясының өкілі.

Пойыз Ресейдің Орынбор қаласынан Өзбекстанға астық тасымалдап бара жатқан. Оқиға орнына Ақтөбеден екі қалпына келтіру пойызы жіберілді. Жол қозғалысы сегіз сағатқа тоқтатылды. Вагондарды жолдан алу жұмыстары түнге дейін жалғасты.

Ембі қаласын орыс тіліндегі анықтамалықтар Эмба деп жазады. Облыс орталығы Ақтөбенің де кеңестік атауы – Актюбинск – әлі күнге дейін ескі карталарда сақталған.""",
     ann=[
        ('Мұғалжар ауданында', 0, 'district', 'Mugalzhar District', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе облысы', 0, 'region', AR, AR),
        ('Мұғалжар ауданындағы', 0, 'district', 'Mugalzhar District', AR),
        ('Ембі қаласының', 0, 'city', 'Emba', AR),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор қаласынан', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of the train'}),
        ('Өзбекстанға', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:destination of the train'}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of repair trains'}),
        ('Ембі қаласын', 0, 'city', 'Emba', AR, {'note': 'NI:spelling'}),
        ('Эмба', 0, 'city', 'Emba', AR, {'note': 'NI:Russian name of Embi'}),
        ('Ақтөбенің', 0, 'city', 'Aktobe', AR, {'note': 'NI:background'}),
        ('Актюбинск', 0, 'city', 'Aktobe', AR, {'note': 'NI:Soviet-era name'}),
     ],
     inc={AR: (1, 'derailment of 14 freight wagons near Embi, Mugalzhar district')}),

dict(id='p021', date='2022-12-20', lang='kk',
     event='2022 first winter of the new regions: boiler explosion at a heating plant in Semey (Abai Region), basement fire with 30 evacuated in Taldykorgan (Jetisu Region), five-car pile-up in a blizzard 60 km from Zhezkazgan on the Zhezkazgan-Karaganda road (Ulytau Region); Oskemen and Almaty Region as the former units; posts in the 2021 Latin alphabet (Semei, Taldyqorğan, Jezqazğan)',
     text="""Жаңа облыстардағы алғашқы қыс: Семейде қазандық жарылды, Талдықорғанда өрт
АСТАНА, 20 желтоқсан. ҚазАқпарат – Маусым айында құрылған үш жаңа облыста алғашқы қыс оңай басталған жоқ. Соңғы бір аптада Абай, Жетісу және Ұлытау облыстарының төтенше жағдайлар департаменттері бірнеше ірі оқиғаны тіркеді.

Абай облысының орталығы Семейде дүйсенбі күні таңертең жылу орталығының қазандығы жарылып, бір оператор қаза тапты. Әкімдік 52 жастағы оператордың отбасына көмек көрсететінін мәлімдеді. Семейдегі жылу орталығы 1970 жылдары салынған, оны жөндеуге биыл қаражат бөлінбеген. Қаланың сол жағалаудағы 40 көпқабатты үйі бір тәулікке жылусыз қалды. Бұрын Шығыс Қазақстан облысына қараған қалаға Өскеменнен апаттық-қалпына келтіру бригадалары жіберілді. Әкімдік әлеуметтік желідегі парақшасында қала атауын жаңа латын әліпбиімен Semei деп жазады: «Semei qalasynda jylu beru qalpyna keltırılıp jatyr».

Жетісу облысының орталығы Талдықорғанда сенбі күні тұрғын үйдің жертөлесінде өрт шығып, 30 тұрғын эвакуацияланды. Өрт сөндірушілер оны бір сағатта ауыздықтады. Өрттің себебі жертөледегі ескі электр сымдары болуы мүмкін; тұрғындар бұл туралы басқарушы компанияға бірнеше рет шағымданған. Облыс осы жылдың маусымына дейін Алматы облысының құрамында болған. Жергілікті жаңалықтар сайты хабарламасын «Taldyqorğan: jertölede ört» деген тақырыппен жариялады. Талдықорғаннан 30 шақырым жердегі Текелі қаласында да өрт болды деген хабар тексеріліп, расталмады.

Ұлытау облысында жексенбі күні боран кезінде Жезқазған – Қарағанды тасжолында, Жезқазғаннан 60 шақырым жерде бес көлік соқтығысты. Төрт адам ауруханаға жеткізілді. Жолда көріну қашықтығы 20 метрден аспады, құтқарушылар жолда қалған 50-ден астам жүргізушіні жылыту пункттеріне жеткізді. Жол полициясы жүргізушілерді сақтыққа шақырып, Jezqazğan – Qarağandy бағытындағы жолдың бір бөлігін уақытша жапты.

Үш облыстың әкімдіктері алдағы аптада аяз 40 градусқа дейін жетуі мүмкін екенін ескертті. Қаңтарда Астанадан қосымша арнайы техника жіберу жоспарланған.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital renamed back to Astana on 2022-09-17'}),
        ('үш жаңа облыста', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions, named in the next sentence'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'in a list sharing "облыстарының"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'in a list sharing "облыстарының"'}),
        ('Ұлытау облыстарының', 0, 'region', UR, UR, {'note': 'last item of a list, with the shared plural head noun'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Семейде', 1, 'city', 'Semey', ABR),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'location of the heating plant'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Semey'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of repair crews'}),
        ('Semei', 0, 'city', 'Semey', ABR, {'note': 'NI:spelling, Kazakh Latin alphabet of 2021'}),
        ('Semei qalasynda', 0, 'city', 'Semey', ABR, {'note': "akimat post in the Kazakh Latin alphabet of 2021; heating restored"}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', JTR),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the territory'}),
        ('Taldyqorğan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline of a local site in the Kazakh Latin alphabet of 2021'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:reference point'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JTR, {'note': 'NI:report of a fire not confirmed'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("60 шақырым жерде")'}),
        ('Jezqazğan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint, Kazakh Latin alphabet of 2021'}),
        ('Qarağandy', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint, Kazakh Latin alphabet of 2021'}),
        ('Үш облыстың', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions; a frost warning, not an incident'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of equipment'}),
     ],
     inc={ABR: (1, 'boiler explosion at a heating plant in Semey, one operator dead'),
          JTR: (1, 'basement fire in a block of flats in Taldykorgan, 30 evacuated'),
          UR: (1, 'five-car pile-up in a blizzard 60 km from Zhezkazgan on the Zhezkazgan-Karaganda road')}),

dict(id='p022', date='2016-08-09', lang='kk',
     event='2016 fire in the «Ақмешіт» shopping centre in Kyzylorda (named after the city\'s old name) and a drowning in the Syr Darya near Tasboget (Kyzylorda Region); the old names Ақмешіт, Перовск and the Russian Кзыл-Орда',
     text="""Қызылордада сауда орталығы өртенді, Сырдарияда бала суға кетті
ҚЫЗЫЛОРДА, 9 тамыз. ҚазАқпарат – Қызылорда қаласындағы «Ақмешіт» сауда орталығында дүйсенбі күні кешке өрт шықты. Ғимараттан 200-ге жуық адам эвакуацияланды, екі сатушы түтіннен уланып, ауруханаға жеткізілді, деп хабарлады облыстық төтенше жағдайлар департаменті.

Сауда орталығы қаланың ескі атауымен аталған: Қызылорда XIX ғасырдың басында Ақмешіт бекінісі ретінде салынып, кейін Перовск деп өзгертілген. Кеңес кезінде қала орысша Кзыл-Орда деп жазылды.

Сол күні Қызылорда маңындағы Тасбөгет кентінде Сырдария өзеніне шомылған 12 жастағы бала суға батып кетті. Құтқарушылар оның денесін екі сағаттан кейін тапты. Олар тұрғындарды рұқсат етілмеген жерлерде шомылмауға шақырады.""",
     ann=[
        ('Қызылордада', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline'}),
        ('Сырдарияда', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline; the drowning place near Tasboget (Kyzylorda Region)'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда қаласындағы', 0, 'city', 'Kyzylorda', KZR),
        ('Ақмешіт', 0, 'facility', 'Akmeshit shopping centre (Kyzylorda)', KZR, {'subkind': 'shopping centre', 'note': 'named after the old name of the city; name in quotation marks'}),
        ('Қызылорда', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:history of the name'}),
        ('Ақмешіт', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:historical name; inside "Ақмешіт бекінісі" (the fort)'}),
        ('Перовск', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:19th-century Russian name'}),
        ('Кзыл-Орда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:Soviet-era Russian spelling'}),
        ('Қызылорда', 2, 'city', 'Kyzylorda', KZR, {'note': 'NI:reference point ("маңындағы")'}),
        ('Тасбөгет кентінде', 0, 'village', 'Tasboget', KZR, {'note': 'settlement (кент) near Kyzylorda'}),
        ('Сырдария өзеніне', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
     ],
     inc={KZR: (2, 'fire in the «Ақмешіт» shopping centre in Kyzylorda, two poisoned by smoke; boy drowned in the Syr Darya at Tasboget')}),

dict(id='p023', date='2025-03-27', lang='kk',
     event='2025 week in the north: fire in the «Мега» shopping centre in Kostanay and a fatal fall of rock at the Sokolovsky pit in Rudny (Kostanay Region), gas explosion in a private house in Petropavl (North Kazakhstan Region), minibus-lorry collision near Karabutak, Aiteke Bi district (Aktobe Region); posts in the Latin alphabet of 2021 (Qostanai, Petropavl); the Russian forms Костанай, Петропавловск, Кустанай; evacuation rumour in Lisakovsk not counted',
     text="""Солтүстік өңірлердегі апта: Қостанайда өрт, Петропавлда газ жарылысы
ҚОСТАНАЙ, 27 наурыз. ҚазАқпарат – Өткен аптада Қостанай және Солтүстік Қазақстан облыстарында бірнеше ірі оқиға болды.

Қостанай қаласындағы «Мега» сауда орталығында сейсенбі күні кешке өрт шығып, 500-ге жуық адам эвакуацияланды. Өрт бір сағатта сөндірілді, зардап шеккендер жоқ. Өрт сөндірушілердің айтуынша, өрт азық-түлік дүкенінің қоймасынан басталған. Облыстық төтенше жағдайлар департаменті хабарламасын 2021 жылғы латын әліпбиімен де жариялады: «Qostanai qalasyndağy sauda ortalyğynda ört söndırıldı». Орыс тіліндегі сайттар қаланы Костанай деп жазады, ал егде жастағы тұрғындар кеңестік Кустанай атауын әлі ұмытқан жоқ.

Рудный қаласындағы Соколов карьерінде бейсенбі күні тау жынысы опырылып, экскаватор жүргізушісі қаза тапты. Карьерде жұмыс үш күнге тоқтатылды, оқиғаны облыстық прокуратура тексеріп жатыр. Қаза тапқан жұмысшы 34 жаста еді, оның үш баласы қалды. Қостанай облысының әкімдігі қаза тапқандардың отбасыларына көмек көрсетуге уәде берді. Лисаковскіде эвакуация жүріп жатыр деген қауесет тарады, бірақ департамент оны жоққа шығарды.

Солтүстік Қазақстан облысының орталығы Петропавлда жеке тұрғын үйде газ жарылып, үй иесі мен оның қызы жарақат алды. Жарылыстан көрші екі үйдің терезелері сынды. Мамандардың айтуынша, Петропавлдағы жарылысқа газ баллонының ескілігі себеп болған. Полицияның латын әліпбиіндегі жазбасында: «Petropavl qalasynda gaz jarylysy boldy». Орыс тіліндегі басылымдар қаланы бұрынғыша Петропавловск деп атайды.

Ақтөбе облысында да апат тіркелді: Әйтеке би ауданындағы Қарабұтақ ауылы маңында микроавтобус жүк көлігімен соқтығысып, үш адам қаза тапты. Микроавтобус Ақтөбеден Арқалыққа бара жатқан. Полиция жүк көлігінің жүргізушісі рөлде ұйықтап кеткен болуы мүмкін деп отыр. Жарақат алған екі жолаушы Ақтөбедегі облыстық ауруханаға жеткізілді.

Синоптиктер келер аптада солтүстік өңірлерде көктемгі су тасқыны басталуы мүмкін екенін ескертіп отыр.""",
     ann=[
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'in a list sharing "облыстарында"'}),
        ('Солтүстік Қазақстан облыстарында', 0, 'region', NKR, NKR, {'note': 'last item of a list, with the shared plural head noun'}),
        ('Қостанай қаласындағы', 0, 'city', 'Kostanay', KOR),
        ('Мега', 0, 'facility', 'Mega shopping centre (Kostanay)', KOR, {'subkind': 'shopping centre', 'note': 'name in quotation marks'}),
        ('Qostanai qalasyndağy', 0, 'city', 'Kostanay', KOR, {'note': 'Kazakh Latin alphabet of 2021 in a department post'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:Russian form of the name'}),
        ('Кустанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:Soviet-era name'}),
        ('Рудный қаласындағы', 0, 'city', 'Rudny', KOR),
        ('Соколов карьерінде', 0, 'facility', 'Sokolovsky pit (Rudny)', KOR, {'subkind': 'mine', 'note': 'open-pit iron ore mine'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority (akimat)'}),
        ('Лисаковскіде', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:a rumour of evacuation, denied'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR),
        ('Петропавлда', 1, 'city', 'Petropavl', NKR),
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR),
        ('Petropavl qalasynda', 0, 'city', 'Petropavl', NKR, {'note': 'police post in the Kazakh Latin alphabet of 2021'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:Russian name'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR),
        ('Әйтеке би ауданындағы', 0, 'district', 'Aiteke Bi District', AR, {'note': 'district named after a person'}),
        ('Қарабұтақ ауылы', 0, 'village', 'Karabutak', AR),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of the minibus'}),
        ('Арқалыққа', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:destination of the minibus'}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital'}),
     ],
     inc={KOR: (2, 'fire in the «Мега» shopping centre in Kostanay, 500 evacuated; fatal rock fall at the Sokolovsky pit in Rudny; the Lisakovsk rumour is not an incident'),
          NKR: (1, 'gas explosion in a private house in Petropavl, two hurt'),
          AR: (1, 'minibus-lorry collision near Karabutak, Aiteke Bi district, three dead')}),

dict(id='p024', date='2026-01-14', lang='kk',
     event='2026 house fire in the Zhilgorodok area of Atyrau (the former Гурьев; Atyrau Region) and a gas cylinder explosion in a cafe in the 14th microdistrict of Aktau (the former Шевченко; Mangystau Region); commission from Astana; goods from Russia',
     text="""Атырауда тұрғын үй өртенді, Ақтауда газ баллоны жарылды
АТЫРАУ, 14 қаңтар. ҚазАқпарат – Атырау қаласының Жилгородок ауданындағы екі қабатты тұрғын үйде сейсенбі күні түнде өрт шығып, бір тұрғын қаза тапты. Өрттің себебі пештің дұрыс жағылмауы деп болжанып отыр. Үйден 12 адам эвакуацияланды, деп хабарлады Атырау облысының төтенше жағдайлар департаменті. Кеңес кезінде Гурьев деп аталған қаладағы ескі ағаш үйлердің көбі 1950 жылдары салынған.

Сол күні Маңғыстау облысының орталығы Ақтауда, 14-шағын аудандағы дәмханада газ баллоны жарылып, үш адам жарақат алды. Дәмханадағы баллондар Ресейден әкелінген. 1991 жылға дейін Шевченко деп аталған қалаға Астанадан Төтенше жағдайлар министрлігінің комиссиясы келді.""",
     ann=[
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау қаласының', 0, 'city', 'Atyrau', ATR),
        ('Жилгородок ауданындағы', 0, 'district', 'Zhilgorodok (Atyrau)', ATR, {'subkind': 'city district'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Гурьев', 0, 'city', 'Atyrau', ATR, {'note': 'NI:Soviet-era name of Atyrau'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Ақтауда', 1, 'city', 'Aktau', MR),
        ('14-шағын аудандағы', 0, 'district', '14th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'numbered microdistrict'}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of the cylinders'}),
        ('Шевченко', 0, 'city', 'Aktau', MR, {'note': 'NI:Soviet-era name of Aktau (until 1991)'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a commission'}),
     ],
     inc={ATR: (1, 'fatal house fire in the Zhilgorodok area of Atyrau'),
          MR: (1, 'gas cylinder explosion in a cafe in the 14th microdistrict of Aktau, three hurt')}),
]
