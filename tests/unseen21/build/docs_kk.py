"""Kazakh texts of the twenty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2022-12-06', lang='kk',
     event='2022 shunter killed under wagons at Altynkol station (Panfilov district) and six wagons derailed at Dostyk station (Alakol district), both in Jetisu Region six months after its creation from Almaty Region; the Dostyk-Alashankou and Altynkol-Khorgos crossings, the Khorgos Gateway dry port',
     text="""Алтынкөл стансасында маневршы пойыз астында қалып қаза тапты
ЖАРКЕНТ. 6 желтоқсан. ҚазАқпарат – Жетісу облысы Панфилов ауданындағы Алтынкөл стансасында дүйсенбі күні түнде вагондарды ажырату кезінде 38 жастағы маневршы пойыз астында қалып, қаза тапты. Бұл туралы өңірлік көлік прокуратурасы хабарлады.
Прокуратураның мәліметінше, жұмысшы қараңғыда жолдан өтіп бара жатқанда жылжып келе жатқан вагондарды байқамаған. Оқиға бойынша қылмыстық іс қозғалды, стансадағы еңбек қауіпсіздігі тексеріліп жатыр.
Осыдан екі күн бұрын Алакөл ауданындағы Достық стансасында Қытайға бара жатқан жүк пойызының алты вагоны рельстен шығып кеткен еді. Ешкім зардап шеккен жоқ, бірақ шекарадағы қозғалыс жеті сағатқа тоқтады.
Қазақстан мен Қытай арасындағы екі теміржол өткелі – Достық – Алашанькоу және Алтынкөл – Қорғас – биыл рекордтық жүк өткізді: он бір айда 23 миллион тонна. Жүктің басым бөлігі Қытайдан Еуропаға және Орталық Азия елдеріне жөнелтіледі. Алтынкөлдің жанындағы «Қорғас – Шығыс қақпасы» құрғақ порты контейнерлерді бір вагоннан екіншісіне ауыстырады, өйткені Қытай мен Қазақстанның теміржол табанының ені әртүрлі.
Алтынкөл стансасы 2012 жылы Жетіген – Алтынкөл теміржолымен бірге пайдалануға берілген. Бұл жол Қазақстанның Қытаймен екінші теміржол өткелін ашып, Достық стансасындағы жүктемені азайтты. Қазір Алтынкөл арқылы Қытайдан Иранға, Түркияға және Еуропаға баратын контейнер пойыздары да өтеді. Станса маңындағы Қорғас ауылында шекарашылар мен теміржолшылардың отбасылары тұрады.
Екі станса да биыл 8 маусымда Алматы облысынан бөлініп шыққан Жетісу облысының аумағында орналасқан. Жаңа облыстың орталығы – Талдықорған. Облыс әкімдігі көлік тораптарын дамыту үшін Жаркент пен Үшарал арасындағы тас жолды келесі жылы жөндеуді жоспарлап отыр. Теміржолшылардың кәсіподағы түнгі ауысымда жұмыс істейтін маневршылардың саны жетіспейтінін бірнеше рет айтқан.""",
     ann=[
        ('Алтынкөл стансасында', 0, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station', 'note': 'headline'}),
        ('ЖАРКЕНТ', 0, 'city', 'Zharkent', JTR, {'note': 'dateline'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Панфилов ауданындағы', 0, 'district', 'Panfilov District', JTR),
        ('Алтынкөл стансасында', 1, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station'}),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', JTR),
        ('Достық стансасында', 0, 'facility', 'Dostyk station', JTR, {'subkind': 'railway station'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:destination of the train'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Достық', 1, 'village', 'Dostyk (Alakol District)', JTR, {'note': 'NI:endpoint of the crossing pair'}),
        ('Алашанькоу', 0, 'foreign', 'Alashankou', N, {'note': 'NI:endpoint of the crossing pair'}),
        ('Алтынкөл', 2, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station', 'note': 'NI:endpoint of the crossing pair'}),
        ('Қорғас', 0, 'foreign', 'Khorgos (China)', N, {'note': 'NI:the Chinese station across the border from Altynkol'}),
        ('Қытайдан', 0, 'foreign', 'China', N),
        ('Еуропаға', 0, 'foreign', 'Europe', N),
        ('Орталық Азия', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'macro-region that includes Kazakhstan'}),
        ('Алтынкөлдің', 0, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station', 'note': 'NI:reference point'}),
        ('Қорғас – Шығыс қақпасы', 0, 'facility', 'Khorgos Gateway dry port', JTR, {'subkind': 'dry port', 'note': 'name in quotation marks'}),
        ('Қытай', 1, 'foreign', 'China', N),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Алтынкөл стансасы', 0, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station'}),
        ('Жетіген', 0, 'village', 'Zhetygen', ALR, {'note': 'NI:railway endpoint; Ili district stayed in Almaty Region in 2022'}),
        ('Алтынкөл', 4, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station', 'note': 'NI:railway endpoint'}),
        ('Қазақстанның', 1, 'country', 'Kazakhstan', N),
        ('Қытаймен', 0, 'foreign', 'China', N),
        ('Достық стансасындағы', 0, 'facility', 'Dostyk station', JTR, {'subkind': 'railway station'}),
        ('Алтынкөл', 5, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station', 'note': 'NI:transit route'}),
        ('Қытайдан', 1, 'foreign', 'China', N),
        ('Иранға', 0, 'foreign', 'Iran', N),
        ('Түркияға', 0, 'foreign', 'Turkey', N),
        ('Еуропаға', 1, 'foreign', 'Europe', N),
        ('Қорғас ауылында', 0, 'village', 'Khorgos', JTR, {'note': 'NI:residence of border guards and railway workers'}),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:the unit the stations belonged to before 2022-06-08'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional seat'}),
        ('Жаркент', 0, 'city', 'Zharkent', JTR, {'note': 'NI:road endpoint'}),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:road endpoint; the town in Alakol district'}),
     ],
     inc={JTR: (2, 'a shunter killed under moving wagons at Altynkol station, and six wagons of a freight train derailed at Dostyk station two days earlier')}),

dict(id='p018', date='2008-07-15', lang='kk',
     event='2008 new passenger terminal at the «Қазығұрт» checkpoint on the Uzbek border (Kazygurt district, South Kazakhstan Region); a terminal planned at «Жібек жолы» (Saryagash district); the Shymkent-Tashkent highway (no incident)',
     text="""Қазығұрт бекетінде жаңа терминал ашылды
ШЫМКЕНТ. 15 шілде. ҚазАқпарат – Оңтүстік Қазақстан облысының Қазығұрт ауданындағы Қазақстан – Өзбекстан шекарасындағы «Қазығұрт» өткізу бекетінде жаңа жолаушылар терминалы пайдалануға берілді. Бұл туралы облыс әкімдігінің баспасөз қызметі хабарлады.
Терминал тәулігіне 10 мың адамды өткізе алады. Бұған дейін шекарадан өту үшін адамдар жазда ашық аспан астында сағаттап кезекте тұратын. Бекеттен Өзбекстанның астанасы Ташкентке дейін 60 шақырымдай. Терминалда күту залы, медициналық пункт пен айырбастау орны бар.
Облыс әкімінің орынбасары келесі жылы Сарыағаш ауданындағы «Жібек жолы» бекетінде де осындай терминал салынатынын айтты. Жаңа терминал құрылысына 1,2 миллиард теңге жұмсалды, оны отандық компания бір жылда салып бітірді. Жаз айларында бекет арқылы күн сайын 8 мыңнан астам адам өтеді. Шымкент – Ташкент тас жолындағы жүк көліктері үшін бекетте бөлек жолақ ашу да жоспарлануда.""",
     ann=[
        ('Қазығұрт бекетінде', 0, 'facility', 'Kazygurt checkpoint', SKR, {'subkind': 'border checkpoint', 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Қазығұрт ауданындағы', 0, 'district', 'Kazygurt District', SKR),
        ('Қазақстан', 1, 'country', 'Kazakhstan', N),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Қазығұрт', 2, 'facility', 'Kazygurt checkpoint', SKR, {'subkind': 'border checkpoint', 'note': 'name in quotation marks'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Ташкентке', 0, 'foreign', 'Tashkent', N, {'note': 'NI:reference point'}),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', SKR),
        ('Жібек жолы', 0, 'facility', 'Zhibek Zholy checkpoint', SKR, {'subkind': 'border checkpoint', 'note': 'NI:planned terminal; name in quotation marks'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
     ],
     inc={}),

dict(id='p019', date='2025-01-14', lang='kk',
     event='2025 heating main burst at the CHP of Arkalyk at minus 34 (Kostanay Region; the town was the seat of Turgai Region until 1997); background November 2022 heating failure in Ekibastuz (Pavlodar Region); "елдің бес облысында" (unattributed)',
     text="""Арқалықта жылу желісіндегі апаттан 40 көппәтерлі үй жылусыз қалды
ҚОСТАНАЙ. 14 қаңтар. ҚазТАГ – Қостанай облысының Арқалық қаласында аяз минус 34 градусқа жеткен түні қалалық жылу электр орталығының бас құбыры жарылып, 40 көппәтерлі үй, екі мектеп пен аурухана жылусыз қалды. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Апатты жоюға Қостанайдан 50 маман мен арнайы техника жіберілді, жылу 18 сағаттан кейін қалпына келтірілді. Арқалық 1997 жылға дейін Торғай облысының орталығы болған, қаладағы жылу желілерінің 80 пайызы тозған.
Энергетика министрлігінің дерегінше, қыс басталғалы бері елдің бес облысында жылумен жабдықтау жүйесінде ірі апат тіркелген. Министр Астанада өткен жиында 2022 жылғы қарашада Екібастұзда болған апатты еске салды: сол кезде ЖЭО-дағы ақаудан қала бір аптадан астам уақыт жылусыз қалған еді.""",
     ann=[
        ('Арқалықта', 0, 'city', 'Arkalyk', KOR),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR),
        ('Арқалық қаласында', 0, 'city', 'Arkalyk', KOR),
        ('Қостанайдан', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of the repair crews'}),
        ('Арқалық', 1, 'city', 'Arkalyk', KOR),
        ('Торғай облысының', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgai Region, abolished in 1997; its land is split between Kostanay and Akmola regions, Arkalyk is in Kostanay Region; labelled with the unit holding the seat'}),
        ('бес облысында', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'major heating failures this winter in unnamed regions'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of the meeting'}),
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR, {'note': 'background: the November 2022 heating failure'}),
     ],
     inc={KOR: (1, 'burst of the main heating pipe of the Arkalyk CHP'),
          PR: (1, 'background: the November 2022 CHP failure that left Ekibastuz without heat for over a week')},
     unatt=[{'label': 'бес облысында', 'count': 5, 'note': 'major heating failures in five regions this winter; unnamed, Kostanay Region may be one of them'}]),

dict(id='p020', date='2026-04-07', lang='kk',
     event='2026 blast and fire on a medium-pressure gas pipe in Dossor, Makat district (Atyrau Region); akimat post in the Kazakh Latin alphabet; the CPC Tengiz-Novorossiysk and Kenkiyak-Atyrau pipelines not damaged',
     text="""Доссор кентінде газ құбыры жарылды
АТЫРАУ. 7 сәуір. ҚазАқпарат – Атырау облысы Мақат ауданындағы Доссор кентінде сейсенбі күні таңертең орта қысымды газ құбыры жарылып, өрт шықты. Өртті 30 өрт сөндіруші бір сағатта сөндірді, адам шығыны жоқ. Жарылыс болған жерге жақын тұрған екі үйдің терезелері сынған.
Аудан әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен хабарлама жариялады:
«Dossor kentınıñ 600 üiı uaqytşa gazsyz qaldy. Jöndeu jūmystaryna Atyrau qalasynan 40 maman keldı. Gaz keşke deiın berıledı. Tūrğyndardan sabyr saqtaudy sūraimyz», – delıngen Maqat audany äkımdıgınıñ jazbasynda.
Мамандардың айтуынша, Доссордан 30 шақырым жерден өтетін Каспий құбыр консорциумының Теңіз – Новороссийск мұнай құбырына және Кеңқияқ – Атырау мұнай құбырына зиян келген жоқ. Жарылыстың себебін арнайы комиссия анықтайды.""",
     ann=[
        ('Доссор кентінде', 0, 'village', 'Dossor', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау облысы', 0, 'region', ATR, ATR),
        ('Мақат ауданындағы', 0, 'district', 'Makat District', ATR),
        ('Доссор кентінде', 1, 'village', 'Dossor', ATR),
        ('Dossor kentınıñ', 0, 'village', 'Dossor', ATR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Atyrau qalasynan', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of the repair crews; Kazakh Latin alphabet'}),
        ('Maqat audany', 0, 'district', 'Makat District', ATR, {'note': 'inside the name of an authority; Kazakh Latin alphabet'}),
        ('Доссордан', 0, 'village', 'Dossor', ATR, {'note': 'NI:reference point'}),
        ('Теңіз', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:pipeline endpoint; the Caspian Pipeline Consortium is an organisation and is not annotated'}),
        ('Новороссийск', 0, 'foreign', 'Novorossiysk', N, {'note': 'NI:pipeline endpoint'}),
        ('Кеңқияқ', 0, 'village', 'Kenkiyak', AR, {'note': 'NI:pipeline endpoint'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline endpoint'}),
     ],
     inc={ATR: (1, 'blast and fire on a medium-pressure gas pipe in Dossor, Makat district')}),

dict(id='p021', date='2019-12-18', lang='kk',
     event='2019 passenger plane from Nur-Sultan slides off an icy runway at Aktobe airport (Aktobe Region); flights diverted to Oral and Atyrau',
     text="""Ақтөбе әуежайында ұшақ ұшу-қону жолағынан сырғып шықты
АҚТӨБЕ. 18 желтоқсан. ҚазАқпарат – Нұр-Сұлтаннан ұшып келген жолаушылар ұшағы сәрсенбі күні таңертең Ақтөбе әуежайына қону кезінде мұз басқан жолақтан сырғып, 30 метрдей шетке шығып кетті. Ұшақтағы 96 жолаушы мен 6 экипаж мүшесінің ешқайсысы зардап шеккен жоқ. Бұл туралы әуежайдың баспасөз қызметі хабарлады.
Әуежай бес сағатқа жабылып, Ақтөбеге келуге тиіс екі рейс Орал мен Атырауға бұрылды. Мәскеуден келетін рейс кешіктірілді. Оқиғаны Азаматтық авиация комитеті мен Ақтөбе облысының көлік прокуратурасы тексеріп жатыр.
Синоптиктердің айтуынша, түнде жаңбыр жауып, таңертең аяз түскен. Әуежай басшылығы жолақ мұздан тазартылғанын, рейстер кестеге сай орындалып жатқанын мәлімдеді. Бұл – биыл елдегі әуежайларда тіркелген екінші осындай оқиға. Ұшақ техникалық тексерістен кейін қайтадан рейске шығарылады.""",
     ann=[
        ('Ақтөбе әуежайында', 0, 'facility', 'Aktobe airport', AR, {'subkind': 'airport'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the flight; Nur-Sultan, 2019'}),
        ('Ақтөбе әуежайына', 0, 'facility', 'Aktobe airport', AR, {'subkind': 'airport'}),
        ('Ақтөбеге', 0, 'city', 'Aktobe', AR, {'note': 'NI:destination of the diverted flights'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:diversion airport'}),
        ('Атырауға', 0, 'city', 'Atyrau', ATR, {'note': 'NI:diversion airport'}),
        ('Мәскеуден', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of a flight'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
     ],
     inc={AR: (1, 'runway excursion of a passenger plane at Aktobe airport')}),

dict(id='p022', date='2011-09-01', lang='kk',
     event='2011 Almaty-Tashkent passenger train resumes; stops in Shu, Taraz, Shymkent and Arys (South Kazakhstan Region before 2018), border control at Saryagash and Keles; «Қазақстан темір жолы» is a company (no incident)',
     text="""Алматы – Ташкент пойызы қайта жүре бастады
АЛМАТЫ. 1 қыркүйек. ҚазАқпарат – Екі жылдық үзілістен кейін Алматы – Ташкент жолаушылар пойызы қайтадан қатынай бастады. Алғашқы пойыз бүгін таңертең Алматы-2 вокзалынан 300-ге жуық жолаушымен жолға шықты.
Пойыз Шу, Тараз, Шымкент және Арыс қалаларында аялдайды, шекарадан Сарыағаш стансасында өтеді. Өзбекстан жағында шекаралық және кедендік тексеру Келес стансасында жүргізіледі. Жол жүру уақыты – 25 сағат, пойыз аптасына екі рет жүреді. Пойыз құрамында купе және плацкарт вагондары бар, билет бағасы 9 мың теңгеден басталады. Билеттерді вокзал кассаларынан және интернет арқылы сатып алуға болады.
«Қазақстан темір жолы» ұлттық компаниясының мәліметінше, жолаушылар көп болса, пойыз күн сайын жүруі мүмкін. Бұған дейін Оңтүстік Қазақстан облысының тұрғындары Ташкентке негізінен автобуспен қатынап келген, ал алматылықтар ұшақпен ұшатын.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Ташкент', 1, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Алматы-2 вокзалынан', 0, 'facility', 'Almaty-2 railway station', 'Almaty', {'subkind': 'railway station', 'note': 'NI:departure station'}),
        ('Шу', 0, 'city', 'Shu', JR, {'note': 'NI:stop; list sharing the head noun "қалаларында"'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:stop; list sharing the head noun "қалаларында"'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:stop; South Kazakhstan Region before 2018-06-19'}),
        ('Арыс', 0, 'city', 'Arys', SKR, {'note': 'NI:stop; list sharing the head noun "қалаларында"'}),
        ('Сарыағаш стансасында', 0, 'facility', 'Saryagash station', SKR, {'subkind': 'railway station', 'note': 'NI:border control'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Келес стансасында', 0, 'foreign', 'Keles station', N, {'subkind': 'railway station'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'NI:residence of travellers'}),
        ('Ташкентке', 0, 'foreign', 'Tashkent', N, {'note': 'NI:destination of travellers'}),
     ],
     inc={}),

dict(id='p023', date='2024-08-20', lang='kk',
     event='2024 lorry fire at the «Бақты» checkpoint (Urzhar district) and a minibus overturned near Taskesken on the Ayagoz-Bakhty highway (Abai Region; East Kazakhstan Region before June 2022); Maikapchagai (Zaisan district) stays in East Kazakhstan Region; Tacheng and Jeminay in China',
     text="""Бақты бекетінде жүк көлігі өртенді, Аягөз – Бақты жолында шағын автобус аударылды
СЕМЕЙ. 20 тамыз. ҚазАқпарат – Абай облысы Үржар ауданындағы «Бақты» өткізу бекетінде дүйсенбі күні Қытайдан келе жатқан жүк көлігі кезекте тұрғанда өртеніп кетті. Облыстық төтенше жағдайлар департаментінің мәліметінше, өрт кабинадағы электр сымдарының тұйықталуынан шыққан. Жүргізуші қолын күйдіріп, аудандық ауруханаға жеткізілді. Жүк көлігіндегі тұрмыстық техника толық жанып кетті.
Сол күні кешке Аягөз – Бақты тас жолында, Тасқескен ауылы маңында жолаушылар тасымалдайтын шағын автобус жолдан шығып аударылды, төрт адам жарақат алды. Автобус Семейден Бақтыға бара жатқан. Полиция жүргізушінің ұйықтап кеткенін анықтады.
Бақты бекеті 2022 жылдың маусымына дейін Шығыс Қазақстан облысына қарасты болған, қазір ол жаңа Абай облысының аумағында. Ал Зайсан ауданындағы Майқапшағай бекеті Шығыс Қазақстан облысында қалды. Екі бекет арқылы Қытайдың Шәуешек (Тачэн) және Жеменей қалаларына жүк тасылады.
Бекеттегі кезек соңғы айларда ұзарды: тәулігіне 300-ге жуық көлік өтеді, ал кезекте 500-ге дейін жүк көлігі тұрады. Облыс әкімдігі Мемлекеттік кірістер комитетімен бірге жаңа терминал салуды қарастырып жатыр. Жүргізушілердің айтуынша, олар Алматы мен Өскеменнен жиналған тауарларды Қытайға апарып, кері қайтарда құрылыс материалдарын тиеп қайтады.
Бақты бекеті 1994 жылы ашылған, бастапқыда ол тек жаз айларында жұмыс істеген. Бекет аудан орталығынан 80 шақырым жерде орналасқан. Облыс әкімі шілдеде бекетті аралап, Аягөз бен Бақты арасындағы жолды 2026 жылға дейін толық жөндеуді тапсырған еді. Жол бойындағы ауылдардың тұрғындары жүргізушілерге арналған асхана мен қонақүйлер ашып жатыр, бұл жергілікті жұртқа табыс көзі болып отыр. Өткен жылы бекет арқылы 120 мыңнан астам көлік өтіп, жүк айналымы 2,5 миллион тоннаға жетті. Оның басым бөлігі Қытайдан әкелінетін киім, тұрмыстық техника мен көкөніс.""",
     ann=[
        ('Бақты бекетінде', 0, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint', 'note': 'headline; Abai Region from 2022-06-08'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:road endpoint'}),
        ('Бақты', 1, 'village', 'Bakhty', ABR, {'note': 'NI:road endpoint'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысы', 0, 'region', ABR, ABR),
        ('Үржар ауданындағы', 0, 'district', 'Urzhar District', ABR),
        ('Бақты', 2, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint', 'note': 'name in quotation marks'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of the lorry'}),
        ('Аягөз', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:road endpoint'}),
        ('Бақты', 3, 'village', 'Bakhty', ABR, {'note': 'NI:road endpoint'}),
        ('Тасқескен ауылы', 0, 'village', 'Taskesken', ABR),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of the bus'}),
        ('Бақтыға', 0, 'village', 'Bakhty', ABR, {'note': 'NI:destination of the bus'}),
        ('Бақты бекеті', 0, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR, {'note': 'NI:the unit the checkpoint belonged to before 2022-06-08'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Зайсан ауданындағы', 0, 'district', 'Zaisan District', EKR),
        ('Майқапшағай бекеті', 0, 'facility', 'Maikapchagai checkpoint', EKR, {'subkind': 'border checkpoint'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Қытайдың', 0, 'foreign', 'China', N),
        ('Шәуешек', 0, 'foreign', 'Tacheng', N, {'note': 'list sharing the head noun "қалаларына"'}),
        ('Тачэн', 0, 'foreign', 'Tacheng', N),
        ('Жеменей', 0, 'foreign', 'Jeminay', N, {'note': 'list sharing the head noun "қалаларына"'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of goods'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of goods'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:destination of goods'}),
        ('Бақты бекеті', 1, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint'}),
        ('Аягөз', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:road endpoint'}),
        ('Бақты', 6, 'village', 'Bakhty', ABR, {'note': 'NI:road endpoint'}),
        ('Қытайдан', 1, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
     ],
     inc={ABR: (2, 'lorry fire in the queue at the Bakhty checkpoint (driver burnt), and a minibus overturned near Taskesken on the Ayagoz-Bakhty highway, four injured')}),

dict(id='p024', date='2022-02-15', lang='kk',
     event='2022 Semey airport reopens its runway after repairs (East Kazakhstan Region, four months before Abai Region was created); flights to Nur-Sultan and Almaty, passengers had been bussed to Oskemen airport; Kurchatov, Ayagoz (no incident)',
     text="""Семей әуежайының ұшу-қону жолағы жөндеуден кейін ашылды
СЕМЕЙ. 15 ақпан. ҚазАқпарат – Шығыс Қазақстан облысындағы Семей әуежайы ұшу-қону жолағын төрт айлық жөндеуден кейін қайта ашты. Алғашқы рейс Нұр-Сұлтаннан келді, енді аптасына Алматы мен Нұр-Сұлтанға 10 рейс орындалады.
Жөндеу кезінде жолаушылар облыс орталығы Өскемендегі әуежайға автобуспен жеткізіліп келді, екі қаланың арасы 200 шақырымнан асады. Әуежай басшылығының айтуынша, жаңа жолақ ауыр ұшақтарды да қабылдай алады, болашақта Новосибирск пен Үрімжіге халықаралық рейстер ашу жоспарланып отыр.
Әуежайды Курчатов пен Аягөздің тұрғындары да пайдаланады. Әуежай 1930 жылдары Семейдің шетінде салынған, соңғы рет 2008 жылы жөнделген. Жөндеуге республикалық бюджеттен 9 миллиард теңге бөлінді. Семейге ұшатын рейстердің билеттері жөндеуге дейін тез сатылып кететін. Әуежай жылына 100 мыңға жуық жолаушыға қызмет көрсетеді.""",
     ann=[
        ('Семей әуежайының', 0, 'facility', 'Semey airport', EKR, {'subkind': 'airport', 'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысындағы', 0, 'region', EKR, EKR),
        ('Семей әуежайы', 0, 'facility', 'Semey airport', EKR, {'subkind': 'airport'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the first flight'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Нұр-Сұлтанға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:the regional seat, whose airport served passengers'}),
        ('Новосибирск', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:planned flight'}),
        ('Үрімжіге', 0, 'foreign', 'Urumqi', N, {'note': 'NI:planned flight'}),
        ('Курчатов', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:residence of passengers'}),
        ('Аягөздің', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:residence of passengers'}),
        ('Семейдің', 0, 'city', 'Semey', EKR),
        ('Семейге', 0, 'city', 'Semey', EKR, {'note': 'NI:flight destination'}),
     ],
     inc={}),
]
