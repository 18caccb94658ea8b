"""Kazakh texts of the eighty-third unseen check corpus (Cyrillic; p019 quotes a post in the Kazakh
Latin alphabet of January 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2020-03-27', lang='kk',
     event='2020 checkpoints at the entrances to Taldykorgan, Kapchagay, Talgar, Esik and Kaskelen (Almaty Region before the 2022 split); a lorry hits a car queuing at a checkpoint on the Almaty-Kapchagay highway, two hurt; fines in Ile and Karasai districts (not counted); Khorgos crossing with China open to lorries only',
     text="""Алматы облысында блок-бекеттер қойылды, Қапшағай маңында жол апаты
ТАЛДЫҚОРҒАН, 27 наурыз. ҚазАқпарат – Төтенше жағдай режиміне байланысты Алматы облысында облыс орталығы Талдықорған мен Қапшағай, Талғар, Есік, Қаскелең қалаларына кіреберісте блок-бекеттер орнатылды, деп хабарлады облыс әкімдігі. Алматы қаласына облыстан тек азық-түлік пен дәрі-дәрмек тасымалдайтын көліктер өткізіледі.
Бейсенбі түні Алматы – Қапшағай тасжолындағы блок-бекет алдында кезекте тұрған жеңіл көлікке жүк көлігі соғылып, екі адам жарақат алды. Полицияның айтуынша, жүргізуші рөлде ұйықтап кеткен. Апат Қапшағай қаласынан 20 шақырым жерде болған.
Карантин талаптарын бұзғаны үшін соңғы үш күнде Іле және Қарасай аудандарында 60-тан астам адамға айыппұл салынды. Қытаймен шекарадағы Қорғас өткізу пункті тек жүк көліктері үшін ашық.""",
     ann=[
        ('Алматы облысында', 0, 'region', 'Almaty Region', ALR, {'note': 'headline'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'headline; Kapchagay, renamed Konaev in 2022'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматы облысында', 1, 'region', 'Almaty Region', ALR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'in a list sharing "қалаларына"; NI:checkpoints'}),
        ('Қапшағай', 1, 'city', 'Konaev', ALR, {'note': 'in a list sharing "қалаларына"; NI:checkpoints'}),
        ('Талғар', 0, 'city', 'Talgar', ALR, {'note': 'in a list sharing "қалаларына"; NI:checkpoints'}),
        ('Есік', 0, 'city', 'Esik', ALR, {'note': 'in a list sharing "қалаларына"; NI:checkpoints'}),
        ('Қаскелең', 0, 'city', 'Kaskelen', ALR, {'note': 'in a list sharing "қалаларына"; NI:checkpoints'}),
        ('Алматы қаласына', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Қапшағай', 2, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint'}),
        ('Қапшағай қаласынан', 0, 'city', 'Konaev', ALR, {'note': 'reference point; the accident is counted for Almaty Region'}),
        ('Іле', 0, 'district', 'Ile District', ALR, {'note': 'in a list sharing "аудандарында"; NI:fines'}),
        ('Қарасай', 0, 'district', 'Karasai District', ALR, {'note': 'in a list sharing "аудандарында"; NI:fines'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
        ('Қорғас', 0, 'facility', 'Khorgos border crossing', ALR, {'subkind': 'border crossing', 'note': 'NI:open to lorries'}),
     ],
     inc={ALR: (1, 'road accident: a lorry hits a car queuing at the checkpoint on the Almaty-Kapchagay highway, 20 km from Kapchagay, two hurt; checkpoints and fines are not incidents')}
),

dict(id='p018', date='2020-06-24', lang='kk',
     event='2020 restrictions tightened in several districts of Turkistan Region (Kentau, Ordabasy and Otyrar districts); a brawl in a pharmacy queue in Arys, two detained; a new hospital in Turkistan; cases in Saryagash and Maktaaral districts; PCR certificates for Shymkent residents',
     text="""Түркістан облысының бірнеше ауданында карантин күшейтілді
ТҮРКІСТАН, 24 маусым. ҚазАқпарат – Түркістан облысында коронавирус жұқтырғандар саны күрт өскеннен кейін облыстың бірнеше ауданында шектеу шаралары күшейтілді. Кентау қаласына, Ордабасы және Отырар аудандарына кіреберісте қайтадан блок-бекеттер қойылды, деп хабарлады облыстың бас санитарлық дәрігері.
Арыс қаласындағы дәріхана алдында сейсенбі күні таңертең кезекте тұрған тұрғындар арасында төбелес шықты. Полиция екі адамды ұстады, бір адам ауруханаға жеткізілді. Облыстағы дәріханаларда парацетамол мен медициналық маскалар жетіспейді.
Облыс орталығы Түркістан қаласында жаңа жұқпалы аурулар ауруханасы салынып жатыр. Ал Шымкент қаласының тұрғындарына облыс аудандарына бару үшін ПТР-анықтама қажет. Облыстағы 1 200 науқастың жартысынан көбі Сарыағаш және Мақтаарал аудандарында тіркелген.""",
     ann=[
        ('Түркістан облысының', 0, 'region', 'Turkistan Region', TR, {'note': 'headline'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'headline; restrictions, not incidents'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline; seat of Turkistan Region'}),
        ('Түркістан облысында', 0, 'region', 'Turkistan Region', TR),
        ('бірнеше ауданында', 1, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'restrictions, not incidents'}),
        ('Кентау қаласына', 0, 'city', 'Kentau', TR, {'note': 'NI:checkpoints'}),
        ('Ордабасы', 0, 'district', 'Ordabasy District', TR, {'note': 'in a list sharing "аудандарына"; NI:checkpoints'}),
        ('Отырар', 0, 'district', 'Otyrar District', TR, {'note': 'in a list sharing "аудандарына"; NI:checkpoints'}),
        ('Арыс қаласындағы', 0, 'city', 'Arys', TR),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', TR, {'note': 'NI:hospital under construction'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence'}),
        ('Сарыағаш', 0, 'district', 'Saryagash District', TR, {'note': 'in a list sharing "аудандарында"; NI:case statistics'}),
        ('Мақтаарал', 0, 'district', 'Maktaaral District', TR, {'note': 'in a list sharing "аудандарында"; NI:case statistics'}),
     ],
     inc={TR: (1, 'violence: a brawl in a pharmacy queue in Arys, two detained, one hurt; the restrictions are measures')}
),

dict(id='p019', date='2021-08-06', lang='kk',
     event='2021 zone map: 11 units red (three cities and eight regions), Kostanay and North Kazakhstan yellow, Jambyl, Kyzylorda, Turkistan and Almaty regions green; a 24-hour vaccination point in the «Керуен» mall in Nur-Sultan, longer hours in Semey and Taldykorgan (East Kazakhstan and Almaty regions before 2022); parents protest at the regional akimat in Oral, one detained, with a post in the 2021 Latin alphabet; laundry fire in the provisional hospital in Khromtau (Aktobe Region); job bans for the unvaccinated in 14 regions',
     text="""«Қызыл аймақтағы» өңірлер саны 11-ге жетті, Оралда ата-аналар наразылық білдірді
НҰР-СҰЛТАН, 6 тамыз. ҚазАқпарат – Денсаулық сақтау министрлігінің жаңа картасы бойынша «қызыл аймақтағы» өңірлер саны 11-ге жетті. Олардың қатарында Нұр-Сұлтан, Алматы және Шымкент қалалары мен Ақмола, Қарағанды, Атырау, Маңғыстау, Батыс Қазақстан, Ақтөбе, Павлодар және Шығыс Қазақстан облыстары бар. «Сары аймақта» – Қостанай мен Солтүстік Қазақстан облыстары, ал «жасыл аймақта» тек Жамбыл, Қызылорда, Түркістан және Алматы облыстары қалды. «Қызыл аймақта» қоғамдық орындарға тек вакцина алғандар мен ПТР-тесті теріс шыққандар кіре алады. Мейрамханалар мен сауда орталықтарына кірерде Ashyq қосымшасындағы «жасыл» мәртебе тексеріледі, деп ескертті бас санитарлық дәрігер.

Вакцинация
Елордадағы «Керуен» сауда орталығында тәулік бойы жұмыс істейтін вакцина пункті ашылды. Семей мен Талдықорғанда вакцина орталықтарының жұмыс уақыты түнгі сағат 22:00-ге дейін ұзартылды. Елде вакцинаның алғашқы компонентін 6 миллионнан астам адам алды. Отандық QazVac вакцинасы Жамбыл облысының Гвардейский кентінде шығарылады.

Орал
Орал қаласында жүзге жуық ата-ана облыс әкімдігінің ғимараты алдына жиналып, оқушыларды апта сайын ПТР-тест тапсыруға міндеттеу туралы жоспарға наразылық білдірді. Жиынға рұқсат алынбаған еді, ол бір сағатқа созылды. Полиция бір адамды ұстады. Облыстық білім басқармасы жоспардың әлі бекітілмегенін айтты. Ата-аналардың бірі әлеуметтік желіде латын әліпбиімен былай деп жазды: «Oral qalasynda balalarymyzdy synaq alańyna aınaldyrmańyzdar!»

Хромтау
Ақтөбе облысының Хромтау қаласындағы провизорлық ауруханада сәрсенбі күні кір жуатын бөлмеде өрт шықты. 27 науқас басқа корпусқа көшірілді, зардап шеккендер жоқ, деп хабарлады облыстық төтенше жағдайлар департаменті. Өрт кір жуатын машинадағы ақаудан шыққан көрінеді.

Министрліктің мәліметінше, тамыздың басынан бері елдің 14 өңірінде вакцина алмаған қызметкерлерді жұмыстан уақытша шеттету басталды.""",
     ann=[
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'in a list sharing "қалалары"; NI:red zone'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'in a list sharing "қалалары"; NI:red zone'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'in a list sharing "қалалары"; NI:red zone'}),
        ('Ақмола', 0, 'region', 'Akmola Region', AKR, {'note': 'in a list sharing "облыстары"; NI:red zone'}),
        ('Қарағанды', 0, 'region', 'Karaganda Region', KR, {'note': 'in a list sharing "облыстары"; NI:red zone'}),
        ('Атырау', 0, 'region', 'Atyrau Region', ATR, {'note': 'in a list sharing "облыстары"; NI:red zone'}),
        ('Маңғыстау', 0, 'region', 'Mangystau Region', MR, {'note': 'in a list sharing "облыстары"; NI:red zone'}),
        ('Батыс Қазақстан', 0, 'region', 'West Kazakhstan Region', WKR, {'note': 'in a list sharing "облыстары"; NI:red zone'}),
        ('Ақтөбе', 0, 'region', 'Aktobe Region', AR, {'note': 'in a list sharing "облыстары"; NI:red zone'}),
        ('Павлодар', 0, 'region', 'Pavlodar Region', PR, {'note': 'in a list sharing "облыстары"; NI:red zone'}),
        ('Шығыс Қазақстан', 0, 'region', 'East Kazakhstan Region', EKR, {'note': 'in a list sharing "облыстары"; NI:red zone'}),
        ('Қостанай', 0, 'region', 'Kostanay Region', KOR, {'note': 'in a list sharing "облыстары"; NI:yellow zone'}),
        ('Солтүстік Қазақстан', 0, 'region', 'North Kazakhstan Region', NKR, {'note': 'in a list sharing "облыстары"; NI:yellow zone'}),
        ('Жамбыл', 0, 'region', 'Jambyl Region', JR, {'note': 'in a list sharing "облыстары"; NI:green zone'}),
        ('Қызылорда', 0, 'region', 'Kyzylorda Region', KZR, {'note': 'in a list sharing "облыстары"; NI:green zone'}),
        ('Түркістан', 0, 'region', 'Turkistan Region', TR, {'note': 'in a list sharing "облыстары"; NI:green zone'}),
        ('Алматы', 1, 'region', 'Almaty Region', ALR, {'note': 'in a list sharing "облыстары": the region, not the city; NI:green zone'}),
        ('Керуен', 0, 'facility', 'Keruen shopping centre (Astana)', 'Astana', {'subkind': 'shopping centre', 'note': 'NI:vaccination point'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08; NI:vaccination'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08; NI:vaccination'}),
        ('Жамбыл облысының', 0, 'region', 'Jambyl Region', JR, {'note': 'NI:production site'}),
        ('Гвардейский кентінде', 0, 'village', 'Gvardeisky', JR, {'note': 'NI:production site'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'section heading'}),
        ('Орал қаласында', 0, 'city', 'Oral', WKR),
        ('Oral qalasynda', 0, 'city', 'Oral', WKR, {'note': "Kazakh Latin alphabet of January 2021, in a parent's post"}),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'section heading'}),
        ('Ақтөбе облысының', 0, 'region', 'Aktobe Region', AR),
        ('Хромтау қаласындағы', 0, 'city', 'Khromtau', AR),
        ('14 өңірінде', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'job bans for the unvaccinated, not incidents'}),
     ],
     inc={WKR: (1, 'protest: about a hundred parents at the regional akimat in Oral, one detained'),
          AR: (1, 'fire in the laundry room of the provisional hospital in Khromtau, 27 patients moved')}
),

dict(id='p020', date='2020-05-05', lang='kk',
     event='2020 night fire in a hostel used as an observation centre in Ekibastuz, 46 evacuated, one poisoned by smoke (Pavlodar Region); shift workers back from Omsk Oblast of Russia; quarantine eased in Pavlodar, Ekibastuz and Aksu; Bayanaul district closed to tourists',
     text="""Екібастұзда обсервация орталығы орналасқан жатақханада өрт шықты
ПАВЛОДАР, 5 мамыр. ҚазАқпарат – Екібастұз қаласындағы обсервация орталығы ретінде пайдаланылып отырған жатақханада дүйсенбі түні өрт шықты. Ғимараттан 46 адам эвакуацияланды, олардың бірі түтіннен уланып, ауруханаға жеткізілді, деп хабарлады Павлодар облысының төтенше жағдайлар департаменті. Обсервацияда Ресейдің Омбы облысынан оралған вахташылар болған. Өрт сөндірушілер жалынды бір сағатта сөндірді. Эвакуацияланғандар басқа жатақханаға орналастырылды. Өрттің себебі анықталып жатыр.
Павлодар облысында 11 мамырдан бастап карантин шаралары жұмсартылады: Павлодар, Екібастұз және Ақсу қалаларында шаштараздар мен шағын дүкендер ашылады. Баянауыл ауданына туристерді жіберу әзірге тыйылған.
Облыс бойынша бір айда карантинді бұзғаны үшін 900-ге жуық адамға айыппұл салынды.""",
     ann=[
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Екібастұз қаласындағы', 0, 'city', 'Ekibastuz', PR),
        ('Павлодар облысының', 0, 'region', 'Pavlodar Region', PR, {'note': 'inside the name of an authority'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысынан', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:origin of shift workers'}),
        ('Павлодар облысында', 0, 'region', 'Pavlodar Region', PR, {'note': 'NI:quarantine eased'}),
        ('Павлодар', 2, 'city', 'Pavlodar', PR, {'note': 'in a list sharing "қалаларында"; NI:quarantine eased'}),
        ('Екібастұз', 1, 'city', 'Ekibastuz', PR, {'note': 'in a list sharing "қалаларында"; NI:quarantine eased'}),
        ('Ақсу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'in a list sharing "қалаларында"; a common name; NI:quarantine eased'}),
        ('Баянауыл ауданына', 0, 'district', 'Bayanaul District', PR, {'note': 'NI:closed to tourists'}),
     ],
     inc={PR: (1, 'fire in a hostel used as an observation centre in Ekibastuz, one poisoned by smoke')}
),

dict(id='p021', date='2024-03-28', lang='kk',
     event="2024 retrospective: four years since the first checkpoints around Semey (then East Kazakhstan Region, now the centre of Abai Region); background: a traders' protest at the akimat in quarantined Ayagoz in April 2020, five detained (Abai Region on the article date); Jetisu and Ulytau regions created the same day; the former Semey (Semipalatinsk) Region; the last temporary hospital closed in Kurchatov; Oskemen",
     text="""Семейдегі алғашқы карантинге төрт жыл
СЕМЕЙ, 28 наурыз. ҚазАқпарат – Төрт жыл бұрын, 2020 жылдың наурызында, Семей қаласына кіретін жолдарда алғашқы блок-бекеттер пайда болды. Ол кезде қала Шығыс Қазақстан облысына қарасты еді, ал бүгін – 2022 жылы құрылған Абай облысының орталығы. Жетісу және Ұлытау облыстары да сол күні, 8 маусымда құрылды.
Аягөз тұрғындары 2020 жылғы сәуірді әлі ұмытпаған: карантинге жабылған қалада елуге жуық кәсіпкер базарды ашуды талап етіп, әкімдік алдына жиналған. Полиция жиынды таратып, бес адамды ұстады.
Абай облысы денсаулық сақтау басқармасының мәліметінше, пандемия жылдары бұрынғы Семей облысы аумағында 14 уақытша госпиталь жұмыс істеді. Олардың соңғысы Курчатов қаласында былтыр жабылды. Ауыр науқастарды сол кезде Өскемендегі облыстық ауруханаға да жеткізген.""",
     ann=[
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region on the article date'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семей қаласына', 0, 'city', 'Semey', ABR, {'note': 'NI:background checkpoints'}),
        ('Шығыс Қазақстан облысына', 0, 'region', 'East Kazakhstan Region', EKR, {'note': 'NI:the former unit of Semey'}),
        ('Абай облысының', 0, 'region', 'Abai Region', ABR),
        ('Жетісу', 0, 'region', 'Jetisu Region', JTR, {'note': 'in a list sharing "облыстары"; NI:created the same day'}),
        ('Ұлытау', 0, 'region', 'Ulytau Region', UR, {'note': 'in a list sharing "облыстары"; NI:created the same day'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'Abai Region on the article date (East Kazakhstan Region in 2020)'}),
        ('Абай облысы', 0, 'region', 'Abai Region', ABR, {'note': 'inside the name of an authority'}),
        ('Семей облысы', 0, 'region', 'Abai Region', ABR, {'uncertain': True, 'note': 'NI:background; Semey (Semipalatinsk) Region, merged into East Kazakhstan Region in 1997; its land is mostly Abai Region on the article date'}),
        ('Курчатов қаласында', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:hospital closed'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of patients'}),
     ],
     inc={ABR: (1, "background (April 2020): traders' protest at the akimat in quarantined Ayagoz, five detained; Abai Region on the article date")}
),

dict(id='p022', date='2021-01-25', lang='kk',
     event='2021 unauthorised rally of about 80 entrepreneurs at the regional akimat in Kostanay against weekend closures (Kostanay Region); cases in Kostanay, Rudny and Lisakovsk; a provisional hospital in Tobyl, centre of Kostanay district (not the river, not the city); border with Russia and Chelyabinsk Oblast closed to passengers',
     text="""Қостанайда кәсіпкерлер карантин шектеулеріне қарсы жиналды
ҚОСТАНАЙ, 25 қаңтар. ҚазАқпарат – Қостанай қаласында 80-ге жуық кәсіпкер облыс әкімдігінің ғимараты алдына жиналып, демалыс күндері сауда орталықтары мен базарларды жабу туралы шешімді қайта қарауды талап етті. Жиынға рұқсат алынбаған, полиция екі ұйымдастырушыға әкімшілік хаттама толтырды.
Қостанай облысының бас санитарлық дәрігері шектеулер ақпанның ортасына дейін сақталатынын айтты. Облыста аптасына 600-ге жуық жаңа жағдай тіркеліп отыр, олардың көбі Қостанай, Рудный және Лисаков қалаларында. Қостанай ауданының орталығы Тобыл кентінде 120 төсектік провизорлық госпиталь ашылды.
Ресеймен шекарадағы өткізу пункттері жолаушылар үшін әлі жабық, сондықтан Челябі облысында жұмыс істейтін облыс тұрғындары үйлеріне орала алмай жүр.""",
     ann=[
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай қаласында', 0, 'city', 'Kostanay', KOR),
        ('Қостанай облысының', 0, 'region', 'Kostanay Region', KOR),
        ('Қостанай', 2, 'city', 'Kostanay', KOR, {'note': 'in a list sharing "қалаларында"; NI:case statistics'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'in a list sharing "қалаларында"; NI:case statistics'}),
        ('Лисаков', 0, 'city', 'Lisakovsk', KOR, {'note': 'in a list sharing "қалаларында"; Kazakh form of Lisakovsk; NI:case statistics'}),
        ('Қостанай ауданының', 0, 'district', 'Kostanay District', KOR, {'note': 'the district, not the city or the region'}),
        ('Тобыл кентінде', 0, 'village', 'Tobyl (Kostanay district)', KOR, {'note': 'settlement, the former Zatobolsk; not the river; NI:hospital opened'}),
        ('Ресеймен', 0, 'foreign', 'Russia', N),
        ('Челябі облысында', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:workplace'}),
     ],
     inc={KOR: (1, 'protest: unauthorised rally of about 80 entrepreneurs at the regional akimat in Kostanay')}
),

dict(id='p023', date='2020-07-14', lang='kk',
     event='2020 second wave in Karaganda Region: hospitals 90% full; an electrical fire in the field hospital in the «Металлург» sports complex in Temirtau; about 200 workers of the copper smelter protest in Balkhash; patients from Ulytau district (a district of Karaganda Region in 2020) in Zhezkazgan, a field hospital planned in Satpayev (both Karaganda Region before 2022); closed town of Priozersk on Lake Balkhash; trains to Nur-Sultan and Almaty suspended; nine districts',
     text="""Қарағанды облысында госпитальдар толып жатыр, Балқашта жұмысшылар наразылық білдірді
ҚАРАҒАНДЫ, 14 шілде. ҚазАқпарат – Қарағанды облысында коронавирус пен пневмониямен ауыратындар саны артып, уақытша госпитальдардағы төсектердің 90 пайызы толды. Бір тәулікте облыста 300-ге жуық жаңа жағдай тіркелді. Облыс әкімдігінің мәліметінше, соңғы екі аптада Қарағанды, Теміртау, Жезқазған және Балқаш қалаларында, сондай-ақ облыстың тоғыз ауданында жаңа госпитальдар ашылды. Жоспарлы операциялар тоқтатылды. Облыстың бас санитарлық дәрігері тұрғындарды үйде болуға және үлкен жиындар өткізбеуге шақырды.

Теміртау
Қаладағы «Металлург» спорт кешенінде ашылған далалық госпитальда дүйсенбі түні электр қалқаны жанып, өрт шықты. 18 науқас көрші ғимаратқа көшірілді, зардап шеккендер жоқ. Госпиталь екі апта бұрын ғана ашылған, онда 150 төсек бар. Өрттің себебін тергеушілер анықтап жатыр.

Балқаш
Мыс балқыту зауытының 200-ге жуық жұмысшысы сейсенбі күні таңертең зауыт әкімшілігінің ғимараты алдына жиналып, жеке қорғаныс құралдарын беруді және ауырған әріптестеріне көмек көрсетуді талап етті. «Біз маска мен антисептикті өз ақшамызға сатып аламыз», – деді жиынға қатысушылардың бірі. Зауыт басшылығы талаптарды бір аптада орындауға уәде берді. Қалалық полиция жиынның рұқсатсыз екенін ескертті, бірақ ешкім ұсталмады. Соңғы айда зауытта 80-нен астам жұмысшы коронавирус жұқтырған.

Жезқазған мен Сәтбаев
Ұлытау ауданының ауылдарынан келген науқастар Жезқазғандағы госпитальға жатқызылып жатыр. Сәтбаев қаласында тағы бір далалық госпиталь ашу жоспарланған. Дәрігерлер жетіспейді: Қарағанды қаласынан 30 дәрігер жіберілді.

Приозерск
Балқаш көлінің жағасындағы жабық қалада карантин қатайтылды: тұрғындарға қаладан шығуға тек арнайы рұқсатпен болады. Қалада әскери бөлімдер орналасқан, тұрғындардың көбі әскери қызметшілер мен олардың отбасылары.

Облыс тұрғындарына Нұр-Сұлтан мен Алматыға пойызбен баруға уақытша тыйым салынды. Облыс ішіндегі қалааралық автобустар жүріп тұр, бірақ жолаушыларға маска тағу міндетті.""",
     ann=[
        ('Қарағанды облысында', 0, 'region', 'Karaganda Region', KR, {'note': 'headline'}),
        ('Балқашта', 0, 'city', 'Balkhash', KR, {'note': 'headline'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысында', 1, 'region', 'Karaganda Region', KR),
        ('Қарағанды', 2, 'city', 'Karaganda', KR, {'note': 'in a list sharing "қалаларында"; NI:new hospitals'}),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': 'in a list sharing "қалаларында"; NI:new hospitals'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'in a list sharing "қалаларында"; Karaganda Region before 2022-06-08; NI:new hospitals'}),
        ('Балқаш', 0, 'city', 'Balkhash', KR, {'note': 'in a list sharing "қалаларында"; NI:new hospitals'}),
        ('тоғыз ауданында', 0, 'quantified', '9 districts', N, {'count': 9, 'unit': 'district', 'note': 'new hospitals, not incidents'}),
        ('Теміртау', 1, 'city', 'Temirtau', KR, {'note': 'section heading'}),
        ('Металлург', 0, 'facility', 'Metallurg sports complex (Temirtau)', KR, {'subkind': 'stadium'}),
        ('Балқаш', 1, 'city', 'Balkhash', KR, {'note': 'section heading'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', KR, {'note': 'section heading; Karaganda Region before 2022-06-08'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', KR, {'note': 'section heading; Karaganda Region before 2022-06-08'}),
        ('Ұлытау ауданының', 0, 'district', 'Ulytau District', KR, {'note': 'a district of Karaganda Region in 2020, not Ulytau Region (created 2022)'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:hospital'}),
        ('Сәтбаев қаласында', 0, 'city', 'Satpayev', KR, {'note': 'NI:hospital planned'}),
        ('Қарағанды қаласынан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of doctors'}),
        ('Приозерск', 0, 'city', 'Priozersk', KR, {'note': 'section heading'}),
        ('Балқаш көлінің', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake, not the town'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
     ],
     inc={KR: (2, 'fire in the field hospital in the «Металлург» sports complex, Temirtau; protest of about 200 copper smelter workers in Balkhash')}
),

dict(id='p024', date='2022-02-09', lang='kk',
     event='2022 fire in the modular infectious diseases hospital in Baikonur district of Nur-Sultan (a district of the capital, not the cosmodrome), a nurse poisoned by smoke; patients moved to Yesil district and to Kosshy (Akmola Region); 14 of 17 regions red; a modular hospital under construction in Taldykorgan, then the centre of Almaty Region',
     text="""Нұр-Сұлтандағы модульдік ауруханада өрт шықты
НҰР-СҰЛТАН, 9 ақпан. ҚазАқпарат – Елорданың Байқоңыр ауданындағы модульдік жұқпалы аурулар ауруханасында сәрсенбі таңертең өрт шықты. Қызметкерлер 52 науқасты көрші корпусқа көшірді, бір медбике түтіннен уланды, деп хабарлады қалалық төтенше жағдайлар департаменті. Өрт желдету жүйесінен басталған. Өрт сөндірушілер жалынды 40 минутта сөндірді, ғимарат төбесінің 200 шаршы метрі жанып кетті.
Науқастардың бір бөлігі Есіл ауданындағы қалалық ауруханаға, қалғаны Ақмола облысының Қосшы қаласындағы ауруханаға жеткізілді.
Омикрон толқыны басталғалы елордадағы ауруханалар 80 пайызға толған. Министрліктің мәліметінше, қазір 17 өңірдің 14-і «қызыл аймақта». Алматы облысының орталығы Талдықорғанда да осындай модульдік аурухана салынып жатыр.""",
     ann=[
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Байқоңыр ауданындағы', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not the cosmodrome or the city of Baikonur'}),
        ('Есіл ауданындағы', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not the river or the town of Esil; NI:patients transferred'}),
        ('Ақмола облысының', 0, 'region', 'Akmola Region', AKR, {'note': 'NI:patients transferred'}),
        ('Қосшы қаласындағы', 0, 'city', 'Kosshy', AKR, {'note': 'town status since 2021; NI:patients transferred'}),
        ('17 өңірдің 14-і', 0, 'quantified', '14 of 17 regions', N, {'count': 14, 'unit': 'region', 'note': 'zone status, not incidents'}),
        ('Алматы облысының', 0, 'region', 'Almaty Region', ALR, {'note': 'NI:construction'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08 (its centre until then); NI:hospital under construction'}),
     ],
     inc={'Astana': (1, 'fire in the modular infectious diseases hospital in Baikonur district, a nurse poisoned by smoke')}
),

]
