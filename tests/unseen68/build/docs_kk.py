"""Kazakh texts of the sixty-eighth unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2017-11-14', lang='kk',
     event='2017 defendant strikes a convoy officer and escapes from the Al-Farabi district court of Shymkent (South Kazakhstan Region before the 2018 split); checkpoints in Sayram and Tolebi districts; caught in Lenger',
     text="""Шымкентте сот залынан қашқан айыпталушы Ленгерде ұсталды
ШЫМКЕНТ, 14 қараша. ҚазАқпарат – Шымкент қаласының Әл-Фараби аудандық сотында үкім жарияланар алдында айыпталушы конвой қызметкерін басынан ұрып, сот ғимаратынан қашып шықты. Жараланған полиция сержанты ауруханаға жеткізілді.
Оңтүстік Қазақстан облысы полиция департаментінің хабарлауынша, қашқынды іздеуге 200-ден астам полицей жұмылдырылды, Сайрам және Төлеби аудандарының жолдарында бекеттер қойылды. Түн ортасында оны Ленгер қаласындағы туысының үйінен ұстады. Ол қарсылық көрсеткен жоқ.
30 жастағы ер адам ұрлық жасады деп айыпталып, үш ай бойы Шымкент тергеу изоляторында отырған. Енді оған күзетпен ұсталған жерден қашу және билік өкіліне күш қолдану баптары бойынша да іс қозғалды.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Ленгерде', 0, 'city', 'Lenger', SKR, {'note': 'NI:headline; arrest without resistance'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR, {'note': 'escape with an attack on a convoy officer at the court'}),
        ('Әл-Фараби аудандық', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'inside the name of a court; named after a person'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Сайрам', 0, 'district', 'Sayram District', SKR, {'note': 'NI:checkpoints; in a list sharing "аудандарының"'}),
        ('Төлеби', 0, 'district', 'Tolebi District', SKR, {'note': 'NI:checkpoints; in a list sharing "аудандарының"; named after a person'}),
        ('Ленгер қаласындағы', 0, 'city', 'Lenger', SKR, {'note': 'NI:arrest without resistance'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'NI:former place of detention'}),
     ],
     inc={SKR: (1, 'defendant strikes a convoy officer and escapes from the court in Shymkent; the arrest in Lenger is not counted')}),

dict(id='p018', date='2023-03-20', lang='kk',
     event='2023 prison week: hunger strike in a strict-regime colony in Zhezkazgan (Ulytau Region), fight between inmates in the colony in Dolinka (Bukhar-Zhyrau district, Karaganda Region), death from illness in the Semey pre-trial detention centre (Abai Region, not counted); a Kyrgyz prisoner handed to Bishkek; extradition to Uzbekistan awaited in Shymkent; 30 inmates moved from Ekibastuz (Pavlodar Region) to Kostanay Region; unconfirmed hunger strikes in several other regions (unattributed)',
     text="""Колониялардағы апта: Жезқазғанда аштық, Долинкада төбелес, Семейде тұтқын қайтыс болды
АСТАНА, 20 наурыз. Қылмыстық-атқару жүйесіндегі соңғы аптаның негізгі оқиғаларына шолу.

Ұлытау облысы. Жезқазған қаласындағы қатаң режимдегі колонияның 25 сотталушысы 14 наурыздан бері тамақтан бас тартып отыр. Олар ұзақ мерзімді кездесулерге тыйым салынғанына наразы: сотталушылардың көбінің отбасы Қарағанды мен Балқашта тұрады, ал жол алыс. Облыс прокуратурасы тексеру бастады, ал департамент аштыққа 25 емес, 11 адам ғана қатысып жатқанын айтады.

Қарағанды облысы. Бұқар жырау ауданындағы Долинка кентінде орналасқан колонияда сенбі күні екі топ сотталушы арасында төбелес болды. Төрт адам жарақат алып, оның бірі Қарағанды қаласындағы ауруханаға жеткізілді. Жарақат алғандардың ешқайсысының өміріне қауіп жоқ, төбелеске қатысқан алты сотталушы айыппұл изоляторына жабылды. Департамент төбелестің себебін «тұрмыстық жанжал» деп түсіндірді. Қазір колонияда тыныш.

Абай облысы. Семей қаласындағы тергеу изоляторында ұсталып отырған 58 жастағы ер адам созылмалы аурудан қайтыс болды. Туыстарының айтуынша, оған уақытында көмек көрсетілмеген: марқұм Өскемендегі түрме ауруханасына ауыстыруды бірнеше рет сұраған. Абай облысының прокуратурасы тексеру жүргізіп жатыр.

Шетелдіктер. Қырғызстан азаматы жазасының қалған бөлігін өз елінде өтеу үшін Бішкекке тапсырылды. Өзбекстанға экстрадициялануы тиіс екі адам әлі Шымкенттегі тергеу изоляторында отыр, олардың адвокаттары БҰҰ-ның Женевадағы комитетіне шағым түсірген.

Ауыстырулар. Павлодар облысындағы Екібастұз колониясынан 30 сотталушы Қостанай облысындағы мекемелерге ауыстырылды. Комитеттің хабарлауынша, бұл колониялардағы орын тапшылығын азайту үшін жасалған жоспарлы шара. Құқық қорғаушылар мұндай ауыстырулар сотталушылардың туыстарымен байланысын қиындатады деп санайды.

Сондай-ақ құқық қорғаушылардың айтуынша, наурыз айында тағы бірнеше облыста сотталушылар аштық жариялаған, бірақ ресми органдар бұл ақпаратты растамады. Қылмыстық-атқару жүйесі комитеті Астанада өткен брифингте колониялардағы жағдай «тұрақты» екенін мәлімдеді.""",
     ann=[
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('Долинкада', 0, 'village', 'Dolinka', KR, {'note': 'headline'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'NI:headline; death from illness, not an incident'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'section heading'}),
        ('Жезқазған қаласындағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'hunger strike in the colony'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': "NI:inmates' families live there"}),
        ('Балқашта', 0, 'city', 'Balkhash', KR, {'note': "NI:inmates' families live there"}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'section heading'}),
        ('Бұқар жырау ауданындағы', 0, 'district', 'Bukhar-Zhyrau District', KR, {'note': 'named after a poet'}),
        ('Долинка кентінде', 0, 'village', 'Dolinka', KR, {'note': 'fight between inmates in the colony'}),
        ('Қарағанды қаласындағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:section heading'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', ABR, {'note': 'NI:death from a chronic illness in custody, not an incident'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:prison hospital requested'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Бішкекке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:transfer destination'}),
        ('Өзбекстанға', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:extradition destination'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:place of detention, no incident'}),
        ('Женевадағы', 0, 'foreign', 'Geneva', N, {'note': 'NI:seat of a UN committee'}),
        ('Павлодар облысындағы', 0, 'region', PR, PR, {'note': 'NI:transfer origin'}),
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:transfer origin'}),
        ('Қостанай облысындағы', 0, 'region', KOR, KOR, {'note': 'NI:transfer destination'}),
        ('бірнеше облыста', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'unconfirmed hunger strikes in several other regions'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:briefing'}),
     ],
     inc={UR: (1, 'hunger strike in the strict-regime colony in Zhezkazgan'),
          KR: (1, 'fight between two groups of inmates in the Dolinka colony, four hurt')},
     unatt=[{'label': 'бірнеше облыста', 'count': None, 'note': 'unconfirmed hunger strikes in several other, unnamed regions'}]),

dict(id='p019', date='1992-05-12', lang='kk',
     event='1992 riot with two barracks burnt in a labour colony near Tekeli (Taldykorgan Region, abolished 1997; Almaty Region); internal troops from Almaty; inmates brought from Russia and Uzbekistan',
     text="""Текелідегі колонияда тәртіпсіздік болды
ТАЛДЫҚОРҒАН, 12 мамыр. Талдықорған облысы Текелі қаласының маңындағы еңбекпен түзеу колониясында жексенбі күні сотталушылар тәртіпсіздік ұйымдастырып, екі барақты өртеп жіберді. Бұл туралы облыстық ішкі істер басқармасы хабарлады.
Басқарманың мәліметінше, тәртіпсіздікке 300-ге жуық сотталушы қатысқан. Оларды тыныштандыру үшін Алматыдан ішкі әскер бөлімшесі жеткізілді. Бір күзетші мен сегіз сотталушы жараланды. Колонияда 1 200-ге жуық адам жазасын өтейді, олардың көбі ауыр қылмыс үшін сотталған.
Сотталушылардың айтуынша, колонияда бірнеше айдан бері нан мен көмір жетіспейді. Олардың арасында Одақ ыдырағаннан кейін Ресей мен Өзбекстаннан жеткізілген сотталушылар да бар. Қазақстан Ішкі істер министрлігі оқиғаны тексеру үшін комиссия құрды.""",
     ann=[
        ('Текелідегі', 0, 'city', 'Tekeli', ALR, {'note': 'headline; Taldykorgan Region in 1992, Almaty Region land'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022'}),
        ('Талдықорған облысы', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldykorgan Region, abolished in 1997, labelled with the unit that holds its land before 2022'}),
        ('Текелі қаласының', 0, 'city', 'Tekeli', ALR, {'note': 'riot with two barracks set on fire near the town'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of internal troops'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of inmates'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of inmates'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
     ],
     inc={ALR: (1, 'riot and arson of two barracks in the colony near Tekeli, one event')}),

dict(id='p020', date='2021-10-05', lang='kk',
     event='2021 fire in the utility block of the Nur-Sultan pre-trial detention centre (Almaty district of the capital), two staff poisoned by smoke; building from the Tselinograd era; detainees extradited from Kyrgyzstan held there',
     text="""Нұр-Сұлтандағы тергеу изоляторында өрт шықты
НҰР-СҰЛТАН, 5 қазан. Kazinform – Елордадағы тергеу изоляторының шаруашылық корпусында дүйсенбі түні өрт шықты. Нұр-Сұлтан қаласының төтенше жағдайлар департаментінің мәліметінше, жалын 150 шаршы метр аумаққа тарады.
Өрт кезінде көрші корпустағы 40-қа жуық тергеудегі адам уақытша басқа ғимаратқа ауыстырылды. Түтіннен уланған екі қызметкер ауруханаға жеткізілді, тергеудегілер арасында зардап шеккендер жоқ.
Изолятор астананың Алматы ауданында орналасқан, оның ғимараты қала Целиноград деп аталған 1970 жылдары салынған. Онда, атап айтқанда, өткен жылы Қырғызстаннан экстрадицияланған бірнеше адам ұсталып отыр. Өрттің себебі анықталып жатыр; алдын ала нұсқа бойынша, ескі электр сымдары тұтанған.""",
     ann=[
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan in 2021'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нұр-Сұлтан қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Алматы ауданында', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not Almaty or Almaty Region; fire in the detention centre'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the capital, background'}),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:extradition origin'}),
     ],
     inc={'Astana': (1, 'fire in the utility block of the pre-trial detention centre')}),

dict(id='p021', date='2024-08-19', lang='kk',
     event='2024 western prisons week: riot with bedding set on fire in a colony near Aktau (Mangystau Region), inmates from Zhanaozen and Beineu; hunger strike in the Atyrau pre-trial detention centre (Atyrau Region); two escapees from a colony-settlement in Shalkar district beat a driver and take his car, caught in Irgiz district (Aktobe Region); quiet in the Oral colony, a detainee awaiting extradition to Orenburg Oblast; checkpoints in four districts; sentence for a past attack on a guard in Khromtau (not counted); a holding facility reopened in Zhanaozen',
     text="""Батыс өңірлердің түрмелері: Ақтауда бүлік, Атырауда аштық, Ақтөбе облысында қашу
АҚТАУ, 19 тамыз. Өткен аптада елдің батысындағы түзеу мекемелерінде бірнеше оқиға тіркелді. Редакция солардың негізгілерін жинақтады.

Маңғыстау облысы. Ақтау қаласының маңындағы колонияда бейсенбі күні кешке 100-ге жуық сотталушы әкімшілікке бағынудан бас тартып, терезелерді сындырып, төсек-орындарды өртеді. Колонияда 600-ге жуық адам жазасын өтейді. Арнайы жасақ тәртіпті үш сағатта қалпына келтірді, екі сотталушы мен бір қызметкер жарақат алды. Тәртіпсіздікке қатысқандардың бір бөлігі Жаңаөзен мен Бейнеуден жақында этаппен келгендер екені айтылады. Маңғыстау облыстық прокуратурасы жаппай тәртіпсіздік бабы бойынша іс қозғады.

Атырау облысы. Атыраудағы тергеу изоляторында отырған 12 адам бір аптадан бері аштық жариялап отыр. Изолятор әкімшілігі аштық жариялағандардың жағдайын күн сайын дәрігер тексеріп отырғанын хабарлады. Олар істерінің Атырау облыстық сотында тым ұзақ қаралып жатқанына наразы. Адвокаттардың бірі Құлсарыдан келген клиентінің денсаулығы нашарлап кеткенін айтты.

Ақтөбе облысы. Шалқар ауданындағы колония-қоныстан жұма күні екі сотталушы қашып кетті. Олар жолда кездескен көлік жүргізушісін ұрып-соғып, машинасын тартып алған. Полиция облыстың төрт ауданында бекеттер қойды, ал екі қашқын сенбі күні Ырғыз ауданында ұсталды. Жүргізуші Шалқардағы ауруханада жатыр.

Батыс Қазақстан облысы. Орал қаласындағы колонияда қазір тыныш, бірақ облыстық департамент «алдын алу шаралары» күшейтілгенін хабарлады. Сонда Ресейдің Орынбор облысына экстрадицияланатын бір адам да ұсталып отыр; оның ісін Батыс Қазақстан облыстық соты келесі аптада қарайды.

Сот. Ақтөбе қалалық соты өткен жылы Хромтаудағы колонияда күзетшіге шабуыл жасаған сотталушыға қосымша төрт жыл бас бостандығынан айыру жазасын тағайындады. Ал Жаңаөзенде уақытша ұстау изоляторы екі жылға созылған жөндеуден кейін қайта ашылды, онда бір мезгілде 40 адамды ұстауға болады.""",
     ann=[
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR, {'note': 'section heading'}),
        ('Ақтау қаласының', 0, 'city', 'Aktau', MR, {'note': 'riot in a colony near the city'}),
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of transferred inmates'}),
        ('Бейнеуден', 0, 'village', 'Beineu', MR, {'note': 'NI:origin of transferred inmates'}),
        ('Маңғыстау', 1, 'region', MR, MR, {'note': 'inside the name of an authority ("облыстық прокуратурасы")'}),
        ('Атырау облысы', 0, 'region', ATR, ATR, {'note': 'section heading'}),
        ('Атыраудағы', 0, 'city', 'Atyrau', ATR, {'note': 'hunger strike in the pre-trial detention centre'}),
        ('Атырау', 1, 'region', ATR, ATR, {'note': 'inside the name of a court ("облыстық сотында")'}),
        ('Құлсарыдан', 0, 'city', 'Kulsary', ATR, {'note': "NI:a detainee's origin"}),
        ('Ақтөбе облысы', 0, 'region', AR, AR, {'note': 'section heading'}),
        ('Шалқар ауданындағы', 0, 'district', 'Shalkar District', AR, {'note': 'escape and beating of a driver on the road'}),
        ('төрт ауданында', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'checkpoints, not incidents'}),
        ('Ырғыз ауданында', 0, 'district', 'Irgiz District', AR, {'note': 'NI:arrest'}),
        ('Шалқардағы', 0, 'city', 'Shalkar', AR, {'note': 'NI:hospital'}),
        ('Батыс Қазақстан облысы', 0, 'region', WKR, WKR, {'note': 'section heading'}),
        ('Орал қаласындағы', 0, 'city', 'Oral', WKR, {'note': 'NI:no incident, preventive measures'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысына', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:extradition destination'}),
        ('Батыс Қазақстан', 1, 'region', WKR, WKR, {'note': 'inside the name of a court ("облыстық соты")'}),
        ('Ақтөбе', 2, 'city', 'Aktobe', AR, {'note': 'inside the name of a court ("қалалық соты")'}),
        ('Хромтаудағы', 0, 'city', 'Khromtau', AR, {'note': 'NI:an attack of the previous year, only as the subject of a sentence'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:a holding facility reopened'}),
     ],
     inc={MR: (1, 'riot with bedding set on fire in the colony near Aktau'),
          ATR: (1, 'hunger strike of 12 detainees in the Atyrau pre-trial detention centre'),
          AR: (1, 'two escapees beat a driver and take his car on the road in Shalkar district (the escape and the carjacking as one event)')}),

dict(id='p022', date='2009-04-07', lang='kk',
     event='2009 hunger strike of about 50 inmates in a general-regime colony in Taraz (Jambyl Region) over parole refusals; rights defenders from Almaty; relatives from Kordai, Shu and Merke districts',
     text="""Тараздағы колонияда 50 сотталушы аштық жариялады
ТАРАЗ, 7 сәуір. Жамбыл облысы бойынша қылмыстық-атқару жүйесі департаментінің мәліметінше, Тараз қаласындағы жалпы режимдегі колонияның 50-ге жуық сотталушысы үш күннен бері тамақтан бас тартып отыр. Олар мерзімінен бұрын шартты түрде босату туралы өтініштерінің қабылданбай жатқанына наразы.
Департамент басшысы аштықты «әкімшілікке заңсыз қысым көрсету әрекеті» деп атады. Колонияға облыс прокуроры мен Алматыдан келген құқық қорғаушылар барды.
Сотталушылардың туыстары Қордай, Шу және Мерке аудандарынан келіп, колония қақпасының алдында жаңалық күтіп тұр. Олардың айтуынша, сотталушылардың көпшілігі ұсақ ұрлық үшін сотталған. Аштық жариялағандардың екеуінің денсаулығы нашарлап, медициналық бөлімге жатқызылды. Колонияда барлығы 900-ге жуық адам отыр.""",
     ann=[
        ('Тараздағы', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысы', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Тараз қаласындағы', 0, 'city', 'Taraz', JR, {'note': 'hunger strike in the colony'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rights defenders'}),
        ('Қордай', 0, 'district', 'Kordai District', JR, {'note': 'NI:relatives\' origin; in a list sharing "аудандарынан"'}),
        ('Шу', 0, 'district', 'Shu District', JR, {'note': 'NI:relatives\' origin; in a list sharing "аудандарынан"'}),
        ('Мерке', 0, 'district', 'Merke District', JR, {'note': 'NI:relatives\' origin; in a list sharing "аудандарынан"'}),
     ],
     inc={JR: (1, 'hunger strike of about 50 inmates in the general-regime colony in Taraz')}),

dict(id='p023', date='2026-01-12', lang='kk',
     event='2026 southern prisons week: woodworking shop fire in a colony on the edge of Kyzylorda (Kyzylorda Region), inmates earlier moved from Aral and Kazaly; dish-smashing riot with an officer hurt in the colony in Kentau (Turkistan Region); relatives\' protest at the Shymkent pre-trial detention centre (Shymkent); amnesty releases from colonies in Jambyl Region and the women\'s colony in Taraz; Uzbekistan hands over two wanted men at the Zhibek Zholy crossing (Saryagash district), held in Turkistan',
     text="""Қызылордадағы колонияда өрт, Кентауда тәртіпсіздік: оңтүстік өңірлердегі апта
ШЫМКЕНТ, 12 қаңтар. Жаңа жылдың алғашқы аптасында еліміздің оңтүстігіндегі түзеу мекемелерінде бірнеше оқиға болды. Төменде солардың ең маңыздыларын ұсынамыз.

Қызылорда облысы. Қызылорда қаласының шетіндегі колонияның өндірістік аймағында 8 қаңтарда ағаш өңдеу цехы өртенді. Өрт сөндірушілер жалынды екі сағатта сөндірді, сотталушылар плацқа шығарылды, зардап шеккендер жоқ, шығын мөлшері әлі есептелген жоқ. Цехта сотталушылар мектеп партасын жасайтын. Колониядағылардың бір бөлігі бұрын Арал мен Қазалыдағы мекемелерден ауыстырылған. Облыстық төтенше жағдайлар департаменті өрттің себебін анықтап жатыр.

Түркістан облысы. Кентау қаласындағы колонияда 10 қаңтарда түскі ас кезінде бір топ сотталушы тамақтың сапасына наразылық білдіріп, асханадағы ыдыстарды сындырды. Оқиға кезінде бір қызметкер жарақат алды, ол Кентаудағы қалалық ауруханада емделіп жатыр. Облыс полициясы мен прокуратурасы тексеріп жатыр, қылмыстық іс қозғалды. Түркістан облысының қылмыстық-атқару жүйесі департаменті жағдай толық бақылауда екенін айтты.

Шымкент. Шымкент қаласындағы тергеу изоляторының алдында 11 қаңтарда 30-ға жуық адам жиналып, ұсталған туыстарының ұрып-соғылғанын айтып наразылық білдірді. Изолятор қаланың Абай ауданында орналасқан. Қала прокуратурасының өкілі наразылық білдірушілермен кездесіп, әр шағымды жеке тексеруге уәде берді. Наразылық екі сағатқа созылды, ешкім ұсталған жоқ.

Рақымшылық. Конституцияның 30 жылдығына орай жарияланған рақымшылық аясында Жамбыл облысындағы колониялардан тағы 40 адам босатылды, ал Тараздағы әйелдер колониясынан 12 әйел үйіне қайтты. Олардың көбі Шу мен Қордайдан. Босатылғандарды туыстары колония қақпасының алдында гүлмен қарсы алды. Келесі топ ақпанда босатылады. Комитеттің мәліметінше, рақымшылық бойынша барлығы 1 300-ден астам адам босатылады.

Экстрадиция. Сарыағаш ауданындағы «Жібек жолы» өткізу бекетінде Өзбекстан тарапы іздеуде жүрген екі адамды Қазақстанға тапсырды. Олар Түркістан қаласындағы тергеу изоляторына жеткізілді.""",
     ann=[
        ('Қызылордадағы', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline'}),
        ('Кентауда', 0, 'city', 'Kentau', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Қызылорда облысы', 0, 'region', KZR, KZR, {'note': 'section heading'}),
        ('Қызылорда қаласының', 0, 'city', 'Kyzylorda', KZR, {'note': 'workshop fire in a colony on the edge of the city'}),
        ('Арал', 0, 'city', 'Aral', KZR, {'note': 'NI:former place of detention'}),
        ('Қазалыдағы', 0, 'city', 'Kazaly', KZR, {'note': 'NI:former place of detention'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'section heading'}),
        ('Кентау қаласындағы', 0, 'city', 'Kentau', TR, {'note': 'riot in the canteen, an officer hurt'}),
        ('Кентаудағы', 0, 'city', 'Kentau', TR, {'note': 'NI:hospital'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading'}),
        ('Шымкент қаласындағы', 0, 'city', 'Shymkent', 'Shymkent', {'note': "relatives' protest outside the pre-trial detention centre"}),
        ('Абай ауданында', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'location of the detention centre where the protest took place; not Abai Region'}),
        ('Жамбыл облысындағы', 0, 'region', JR, JR, {'note': 'NI:amnesty releases'}),
        ('Тараздағы', 0, 'city', 'Taraz', JR, {'note': 'NI:amnesty releases'}),
        ('Шу', 0, 'city', 'Shu', JR, {'note': "NI:released women's home towns; the town of Shu"}),
        ('Қордайдан', 0, 'village', 'Kordai', JR, {'note': "NI:released women's home; the village of Kordai"}),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', TR, {'note': 'NI:handover of extradited persons'}),
        ('Жібек жолы', 0, 'facility', 'Zhibek Zholy border crossing', TR, {'subkind': 'border crossing', 'note': 'NI:handover; named after the Silk Road like the nearby village'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'inside "Өзбекстан тарапы" (the Uzbek side)'}),
        ('Қазақстанға', 0, 'country', 'Kazakhstan', N),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', TR, {'note': 'NI:place of detention; the town, not the region'}),
     ],
     inc={KZR: (1, 'woodworking shop fire in the colony on the edge of Kyzylorda'),
          TR: (1, 'canteen riot with an officer hurt in the colony in Kentau'),
          'Shymkent': (1, "relatives' protest outside the Shymkent pre-trial detention centre")}),

dict(id='p024', date='2000-03-06', lang='kk',
     event='2000 three inmates take a guard hostage and escape from a strict-regime colony in Petropavl (North Kazakhstan Region); hostage freed in Kyzylzhar district; checkpoints in all districts; two caught in Kokshetau (Akmola Region since 1999); third believed to have crossed into Russia\'s Kurgan Oblast',
     text="""Петропавлда сотталушылар күзетшіні кепілге алып қашты
ПЕТРОПАВЛ, 6 наурыз. Солтүстік Қазақстан облысы ішкі істер басқармасының хабарлауынша, сенбіге қараған түні қала шетіндегі қатаң режимдегі колониядан үш сотталушы күзетшіні кепілге алып, қашып шықты. Олар күзетшіні 20 шақырым жердегі Қызылжар ауданының бір ауылы маңында босатып жіберген.
Қашқындарды іздеу үшін облыстың барлық аудандарында бекеттер қойылды. Екеуі жексенбі күні Ақмола облысының Көкшетау қаласында автовокзалдан ұсталды. Үшіншісі Ресейдің Қорған облысына өтіп кетуі мүмкін деп есептеледі, ресейлік әріптестерге хабар берілді.
Басқарма мәліметінше, күзетшінің денсаулығына қауіп жоқ. Колония басшысы қызметінен уақытша шеттетілді. Қашқындардың екеуі ұрлық үшін, біреуі тонау үшін сотталған; олар есікті сымнан жасалған кілтпен ашқан.""",
     ann=[
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысы', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Қызылжар ауданының', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:where the hostage was released, part of the same event'}),
        ('барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'checkpoints, not incidents'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'NI:arrest'}),
        ('Көкшетау қаласында', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:arrest; centre of Akmola Region since 1999'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысына', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:possible destination'}),
     ],
     inc={NKR: (1, 'guard taken hostage in the escape from the strict-regime colony in Petropavl')}),
]
