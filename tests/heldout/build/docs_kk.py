"""Kazakh held-out texts with inline annotations (markup described in build.py)."""

DOCS = [
dict(id='h021', date='2003-07-14', lang='kk', event='2003 boat accident in Kapchagay and drowning in the Karatal (Almaty Region)',
text="""[[Алматы облысының|r|Almaty Region]] [[Қапшағай қаласында|c|Konaev|Almaty Region]] демалыс күні су қоймасында қайық аударылып, үш адам қаза тапты. Бұл туралы облыстық төтенше жағдайлар басқармасы хабарлады. Қайықта [[Алматыдан|c|Almaty|Almaty|note=NI:origin of the holidaymakers]] келген бес демалушы болған, екеуін құтқарушылар аман алып қалды.
Сол күні [[Талдықорған|c|Taldykorgan|Almaty Region|note=reference point]] маңындағы [[Қаратал өзенінде|f|Karatal River|-|subkind=river;note=in Almaty Region]] он екі жасар бала суға кетті.
Құтқарушылар ата-аналарды балаларды жағада жалғыз қалдырмауға шақырды. Маусым басынан бері [[Қазақстан|k]] бойынша суға кеткендердің саны жүзден асты.
Облыстық төтенше жағдайлар басқармасының мәліметінше, биыл жазда су айдындарында қаза тапқандардың көбі рұқсат етілмеген жерлерде шомылған. Құтқарушылар жағажайларда кезекшілікті күшейтті.""",
inc={'Almaty Region': (2, 'boat capsized in Kapchagay; child drowned in the Karatal near Taldykorgan')}),

dict(id='h022', date='2012-03-21', lang='kk', event='2012 methane explosion at the Abai mine and protest in Temirtau (Karaganda Region)',
text="""[[Қарағанды облысындағы|r|Karaganda Region]] «[[Абай|f|Abai mine|Karaganda Region|subkind=mine;note=the mine, not the poet and not Abai Region]]» шахтасында метан жарылысынан екі кенші қаза тапты, тағы төртеуі ауруханаға жеткізілді. Шахта [[Қарағанды қаласынан|c|Karaganda|Karaganda Region|note=NI:reference point]] 30 шақырым жерде орналасқан. Қаза тапқандардың бірі [[Абай ауданының|d|Abai District|Karaganda Region|note=NI:residence]] тұрғыны екен.
Сол аптада [[Теміртау қаласында|c|Temirtau|Karaganda Region]] металлургия комбинатының жұмысшылары жалақыны уақытында төлеуді талап етіп, наразылық акциясын өткізді. «АрселорМиттал Теміртау» компаниясы жалақыны көтеруге уәде берді.
Ұлы ақын Абай Құнанбайұлының туған өлкесінен келген құтқарушылар да іздестіру жұмыстарына қатысты.
Жарылыстың себебін үкіметтік комиссия анықтайды. Кеншілер кәсіподағы шахталардағы газ бақылау жүйесін жаңартуды талап етті. Қаза тапқан кеншілердің отбасыларына өтемақы төленеді.""",
inc={'Karaganda Region': (2, 'explosion at the Abai mine; workers protest in Temirtau')}),

dict(id='h023', date='2019-02-14', lang='kk', event='2019 gas explosion in Shymkent, road blockade in Kentau, tremor in Saryagash district',
text="""[[Шымкент қаласында|c|Shymkent|Shymkent]] бейсенбі күні көп қабатты тұрғын үйде газ жарылып, бір адам қаза тапты, он адам жарақат алды. Үйдің екі қабаты қирады.
Сол күні [[Түркістан облысының|r|Turkistan Region]] [[Кентау қаласында|c|Kentau|Turkistan Region]] тұрғындар бір аптадан бері ауыз су жоқтығына наразылық білдіріп, орталық көшені жауып тастады. Оларды қала әкімі қабылдады.
Кешке қарай [[Сарыағаш ауданында|d|Saryagash District|Turkistan Region]] жер сілкінісі сезілді. Сейсмологтардың айтуынша, ошақ [[Өзбекстан|x|Uzbekistan]] аумағында, [[Ташкенттен|x|Tashkent]] 60 шақырым жерде болған. Қираған үй жоқ.
[[Түркістанда|c|Turkistan|Turkistan Region|note=NI:seat of the regional akimat]] өткен брифингте облыс әкімінің орынбасары [[барлық елді мекендерде|q|all settlements|count=null;unit=village;quantifier=all;note=gas checks; not incidents]] газ құбырлары тексерілетінін айтты.
Газ жарылысының себебін тергеу тобы анықтап жатыр. Көршілес үйлердің тұрғындары уақытша мектепке орналастырылды.""",
inc={'Shymkent': (1, 'gas explosion'), 'Turkistan Region': (2, 'road blockade in Kentau; tremor felt in Saryagash district')}),

dict(id='h024', date='2022-09-05', lang='kk', event='2022 steppe fire in Ayagoz district (Abai Region) and bus crash in Oskemen',
text="""[[Абай облысының|r|Abai Region]] [[Аягөз ауданында|d|Ayagoz District|Abai Region]] дала өрті бес жүз гектар жерді шарпыды. Өртті сөндіруге [[Семей|c|Semey|Abai Region|note=NI:origin of the firefighters]] мен [[Курчатов|c|Kurchatov|Abai Region|note=NI:origin of the firefighters]] қалаларынан өрт сөндірушілер келді. Жаңа облыстың орталығы – [[Семей|c|Semey|Abai Region|note=NI:seat of the new region]] (бұрынғы [[Семипалатинск|c|Semey|Abai Region|note=old name]]).
Ал [[Шығыс Қазақстан облысының|r|East Kazakhstan Region]] орталығы [[Өскеменде|c|Oskemen|East Kazakhstan Region]] жүк көлігі қалалық автобусқа соғылып, жеті адам жарақат алды.
Биыл маусым айында құрылған облыстың әкімі өрттің себебін анықтауды тапсырды. Оның айтуынша, ауыл тұрғындары малды [[Ресей|x|Russia]] шекарасына дейін айдап апарған.
Өрт сөндірушілерге жергілікті фермерлер мен еріктілер көмектесті. Дала өрті екі тәулікке созылды, бірақ елді мекендерге жеткен жоқ. Жол апатының себебі анықталып жатыр, жүк көлігінің жүргізушісі ұсталды.""",
inc={'Abai Region': (1, 'steppe fire in Ayagoz district'), 'East Kazakhstan Region': (1, 'lorry hit a bus in Oskemen')}),

dict(id='h025', date='2023-05-18', lang='kk', event='2023 mudflow in Tekeli and road crash near Zharkent (Jetisu Region)',
text="""[[Жетісу облысының|r|Jetisu Region]] [[Текелі қаласында|c|Tekeli|Jetisu Region]] нөсер жаңбырдан кейін сел жүріп, он бес үйдің ауласын су басты. Қаза тапқан адам жоқ.
Сол түні [[Жаркент|c|Zharkent|Jetisu Region]] маңында жеңіл көлік жүк көлігімен соқтығысып, үш адам қаза тапты. Көлік [[Талдықорғаннан|c|Taldykorgan|Jetisu Region|note=route endpoint]] [[Қорғас шекара бекетіне|f|Khorgos border crossing|Jetisu Region|subkind=border crossing;note=route endpoint]] бара жатқан. Жарақат алғандар [[Панфилов ауданының|d|Panfilov District|Jetisu Region|note=NI:hospital location]] ауруханасына жеткізілді.
Апаттан зардап шеккендердің арасында [[Қонаев қаласының|c|Konaev|Almaty Region|note=NI:residence]] тұрғындары және [[Қытай|x|China]] азаматтары бар.
Сел жүрген көшелерде техника лай мен тастарды тазалап жатыр. Жол полициясы жүргізушілерді жаңбырлы ауа райында жылдамдықты азайтуға шақырды. Тергеушілер жүк көлігі жүргізушісінің мас болған-болмағанын тексеріп жатыр.""",
inc={'Jetisu Region': (2, 'mudflow in Tekeli; fatal road crash near Zharkent')}),

dict(id='h026', date='2024-04-08', lang='kk', event='2024 spring floods in Kostanay Region and residents protest in Kostanay',
text="""[[Қостанай облысының|r|Kostanay Region]] [[бірнеше ауданында|q|several districts|count=null;unit=district;note=districts of Kostanay Region]] су тасқыны жалғасып жатыр. [[Тобыл өзенінің|f|Tobol River|-|subkind=river]] деңгейі бір тәулікте жарты метрге көтерілді. [[Әулиекөл ауданында|d|Auliekol District|Kostanay Region]] [[үш ауылдың|q|3 villages|count=3;unit=village;note=evacuations in Auliekol district; not incidents]] тұрғындары көшірілді.
[[Рудный|c|Rudny|Kostanay Region]] мен [[Лисаков|c|Lisakovsk|Kostanay Region]] қалаларында жағалаудағы көшелерді су басты.
[[Қостанай қаласында|c|Kostanay|Kostanay Region]] сейсенбі күні жүзге жуық тұрғын әкімдік ғимаратының алдына жиналып, өтемақы талап етті.
Төтенше жағдайлар министрлігі су [[Ресейдің|x|Russia]] [[Қорған облысынан|x|Kurgan Oblast]] келетінін айтты.
Құтқарушылар мен еріктілер жағалау бойына қап-қап құм үйіп, бөгет соғуда. Көшірілген тұрғындар мектептер мен спорт кешендеріне орналастырылды. Әкімдік зардап шеккен отбасыларға бір айлық жалақы көлемінде біржолғы көмек төленетінін мәлімдеді. Бірақ жиналғандар бұл соманың тым аз екенін айтты.""",
inc={'Kostanay Region': (2, 'flood (once per ADM1); residents rally outside the akimat in Kostanay')}),

dict(id='h027', date='2021-06-23', lang='kk', event='2021 forest fire in Burabay district (Akmola Region) and traders protest in Nur-Sultan',
text="""[[Ақмола облысының|r|Akmola Region]] [[Бурабай ауданында|d|Burabay District|Akmola Region]] орман өрті шықты. Өрт [[Щучинск қаласынан|c|Shchuchinsk|Akmola Region|note=NI:reference point]] он шақырым жерде отыз гектарды шарпыды. Оны сөндіруге [[Көкшетаудан|c|Kokshetau|Akmola Region|note=NI:origin of the firefighters]] қосымша күш жіберілді. Демалыс орындарындағы [[Нұр-Сұлтаннан|c|Astana|Astana|note=NI:origin of tourists]] келген туристер көшірілді.
Сол күні [[Нұр-Сұлтанда|c|Astana|Astana]] жүзге жуық кәсіпкер базардың жабылуына қарсы наразылық білдірді. Полиция екі адамды ұстады.
Бұл туралы «Астана» телеарнасы хабарлады.
Өрттің шығу себебі анықталмаған. Орман шаруашылығы мамандары демалушыларды орманда от жақпауға шақырды, өйткені аптап ыстық тағы бір апта сақталады. Ұсталған екі кәсіпкер кейін босатылды. Базар иелері жабылу туралы шешімге сотқа шағымданатынын айтты.""",
inc={'Akmola Region': (1, 'forest fire in Burabay district'), 'Astana': (1, 'traders protest with two detentions')}),

dict(id='h028', date='2016-04-25', lang='kk', event='2016 land code protests in Atyrau, Aktobe and Semey',
text="""Жер кодексіне енгізілген өзгерістерге қарсы жиындар сенбі күні [[үш қалада|q|3 cities|count=3;unit=city;note=all three are named]] өтті: [[Атырауда|c|Atyrau|Atyrau Region]], [[Ақтөбеде|c|Aktobe|Aktobe Region]] және [[Семейде|c|Semey|East Kazakhstan Region]].
[[Атыраудағы|c|Atyrau|Atyrau Region]] жиынға мыңға жуық адам жиналды, олардың арасында [[Құлсарыдан|c|Kulsary|Atyrau Region|note=NI:origin of participants]] келгендер де болды.
[[Ақтөбеде|c|Aktobe|Aktobe Region]] полиция бірнеше белсендіні ұстады. [[Семейдегі|c|Semey|East Kazakhstan Region]] жиын бейбіт өтті.
Үкімет [[Астанада|c|Astana|Astana|note=NI:seat of the government]] жер реформасы жөнінде комиссия құратынын хабарлады. Жер сатылымына мораторий жариялау туралы ұсынысты [[Қазақстан|k]] азаматтары қолдады.
Жиын қатысушылары жерді шетелдіктерге жалға беру мерзімін ұзартуға қарсы екенін айтты. Билік өкілдері жиналғандармен кездесіп, заң жобасы әлі талқыланатынын жеткізді. Кейбір белсенділер жиынды ұйымдастырғаны үшін әкімшілік жауапкершілікке тартылуы мүмкін.""",
inc={'Atyrau Region': (1, 'rally in Atyrau'), 'Aktobe Region': (1, 'rally with detentions in Aktobe'), 'East Kazakhstan Region': (1, 'rally in Semey (East Kazakhstan Region in 2016)')}),

dict(id='h029', date='2025-10-02', lang='kk', event='2025 road crash in Aral district and market fire in Kyzylorda',
text="""[[Қызылорда облысының|r|Kyzylorda Region]] [[Арал ауданында|d|Aral District|Kyzylorda Region]] [[Самара|x|Samara|note=route endpoint]] – [[Шымкент|c|Shymkent|Shymkent|note=route endpoint]] тас жолында екі жеңіл көлік соқтығысып, төрт адам қаза тапты.
Сол түні [[Қызылорда қаласындағы|c|Kyzylorda|Kyzylorda Region]] орталық базарда өрт шығып, жиырма дүңгіршек өртенді.
Облыс әкімі [[Байқоңыр ғарыш айлағына|f|Baikonur Cosmodrome|Kyzylorda Region|subkind=cosmodrome;note=NI:visit]] барған сапарында апат туралы хабар алды. Ол сондай-ақ [[Арал теңізі|f|Aral Sea|-|subkind=sea]] жағалауындағы ауылдардағы ауыз су мәселесін талқылады.
Полицияның мәліметінше, жүргізушілердің бірі қарсы жолаққа шығып кеткен. Өрттің себебі ретінде электр сымдарының ақауы аталды. Сауда орындары бір аптаға жабылды, кәсіпкерлер шығынды өтеуді сұрап отыр. Өрт сөндірушілер өртті үш сағатта толық сөндірді, базарда жарақат алған адам жоқ.""",
inc={'Kyzylorda Region': (2, 'fatal road crash in Aral district; market fire in Kyzylorda')}),

dict(id='h030', date='2026-02-11', lang='kk', event='2026 miners strike in Karazhal (Ulytau Region) and blizzard pile-up near Petropavl',
text="""[[Ұлытау облысының|r|Ulytau Region]] [[Қаражал қаласындағы|c|Karazhal|Ulytau Region]] кеніште екі жүзге жуық кенші жалақыны көтеруді талап етіп, жерасты ереуілін бастады. Кәсіпорын басшылығы [[Жезқазғаннан|c|Zhezkazgan|Ulytau Region|note=NI:origin of the managers]] келіп, келіссөз жүргізуде.
[[Сәтбаев қаласында|c|Satpayev|Ulytau Region|note=no incident]] Қаныш Сәтбаевтың туған күніне арналған шаралар кейінге қалдырылды.
Ал [[Петропавл|c|Petropavl|North Kazakhstan Region]] маңында боран кезінде он шақты көлік бірінен соң бірі соқтығысып, бес адам жарақат алды. [[Солтүстік Қазақстан облысындағы|r|North Kazakhstan Region]] барлық тас жолдар жабылды.
[[Астанада|c|Astana|Astana|note=NI:place of a briefing]] өткен брифингте вице-министр жағдай бақылауда екенін айтты.
Кеншілер ереуіл кезінде жер астында қалуға ниетті екенін айтты. Кәсіподақ өкілдері талаптар орындалмаса, ереуілге басқа кеніштердің жұмысшылары да қосылуы мүмкін екенін ескертті. Жол полициясы жүргізушілерді боран басылғанша жолға шықпауға шақырды.""",
inc={'Ulytau Region': (1, 'underground strike in Karazhal'), 'North Kazakhstan Region': (1, 'pile-up near Petropavl')}),
]
