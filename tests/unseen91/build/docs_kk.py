"""Kazakh texts of the ninety-first unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

SEMIPAL_R = {'uncertain': True, 'note': 'Semipalatinsk Region (Семей облысы), abolished 1997-05-03 and merged into East Kazakhstan Region; labelled with the unit holding its land'}
ZHEZ_R = {'uncertain': True, 'note': 'Zhezkazgan Region, abolished 1997-05-03 and merged into Karaganda Region; labelled with the unit holding its land'}
KOKSH_R = {'uncertain': True, 'note': 'Kokshetau Region, abolished 1997-05-03 and merged into North Kazakhstan Region (Kokshetau and four districts moved to Akmola Region on 1999-04-08); labelled North Kazakhstan Region'}
TALDY_R = {'uncertain': True, 'note': 'Taldykorgan Region, abolished 1997-04-22 and merged into Almaty Region; labelled with the unit holding its land'}
TORG_R = {'uncertain': True, 'note': 'Torgay Region, abolished 1997-04-22 and split between Kostanay Region (Arkalyk, Amangeldy, Zhangeldi) and Akmola Region (Zharkain, Esil, Zhaksy); labelled with the unit of its seat Arkalyk'}
KOKSH_TOWN = 'a place of Kokshetau Region in 1996: North Kazakhstan Region from 1997, Akmola Region from 1999-04-08; labelled with the first canonical unit that held it'


def _n(base, extra):
    d = dict(base)
    d['note'] = extra + '; ' + d['note']
    return d


DOCS = [
dict(id='p017', date='1997-04-28', lang='kk',
     event='1997 Taldykorgan Region abolished (decree of April 22) and merged into Almaty Region, Torgay Region split between Kostanay and Akmola regions: protest rally outside the former regional akimat in Taldykorgan, flood of 40 houses in Sarkand (Sarkand district), sugar warehouse fire in Koksu district; rescuers from Almaty and Tekeli; the seat stays in Almaty city; eight former districts',
     text="""Талдықорған облысы таратылды: облыс орталығында наразылық, Сарқанда су тасқыны
ТАЛДЫҚОРҒАН, 28 сәуір. ҚазАқпарат – Президенттің 22 сәуірдегі Жарлығымен Талдықорған облысы таратылып, оның аумағы Алматы облысына қосылды. Сол Жарлықпен Торғай облысы да таратылды, оның аудандары Қостанай және Ақмола облыстарына бөлінді.
Сенбі күні Талдықорғандағы бұрынғы облыс әкімдігінің ғимараты алдына 500-ге жуық адам жиналып, шешімге наразылық білдірді. Жиналғандар облысты қайта құруды және мекемелерді Алматыға көшірмеуді талап етті. Митинг екі сағатқа созылып, тыныш аяқталды. «Қаламыз үлкен ауылға айналып кетеді деп қорқамыз», – деді зейнеткер Бақыт Оспанова.
Осы аптада Сарқан ауданында қар суы мен жаңбыр салдарынан Сарқан өзені арнасынан асып, Сарқан қаласында 40-тан астам үйді су басты. Тұрғындар мектепке уақытша көшірілді. Құтқарушылар Алматы мен Текеліден келді. Аудан әкімі су деңгейі әлі де көтеріліп жатқанын айтты.
Жұма күні түнде Көксу ауданындағы қант зауытының қоймасында өрт шығып, 300 тоннадан астам қант жанып кетті. Өрт сөндірушілер таңға дейін жұмыс істеді. Зардап шеккен адам жоқ, өрттің себебі анықталып жатыр.
Жергілікті «Жетісу» газетінің редакторы Сәкен Нұрланұлы облыстық газеттің де жабылуы мүмкін екенін айтты. Талдықорғанның көптеген тұрғыны мұндай шешімді күтпеген еді. Облыс 1944 жылы құрылып, 1959 жылы таратылған, ал 1967 жылы қайта құрылған болатын.
Бұрынғы облыстың сегіз ауданы мен Талдықорған, Текелі қалалары енді Алматы облысына бағынады. Облыс орталығы әзірге Алматы қаласында қалады, сондықтан талдықорғандықтар құжат алу үшін 270 шақырым жол жүруге мәжбүр болады. Алматы облысы әкімінің орынбасары Ерлан Ахметов жаңа құрылымға көшу жаз соңына дейін аяқталатынын айтты. Оның сөзінше, Қытаймен шекаралас аудандарда кеден бекеттерінің жұмысы өзгермейді, ал бұрынғы облыс басқармаларының қызметкерлерінің бір бөлігі жұмыссыз қалады.""",
     ann=[
        ('Талдықорған облысы', 0, 'region', ALR, ALR, _n(TALDY_R, 'NI:headline')),
        ('Сарқанда', 0, 'city', 'Sarkand', ALR, {'note': 'headline; Almaty Region from 1997 (Jetisu Region only from 2022)'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдықорған облысы', 1, 'region', ALR, ALR, _n(TALDY_R, 'NI:abolished')),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:merger'}),
        ('Торғай облысы', 0, 'region', KOR, KOR, _n(TORG_R, 'NI:abolished')),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'NI:in a list sharing "облыстарына"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:in a list sharing "облыстарына"; the region, not the city'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR, {'note': 'protest rally'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:demanded not to move offices there'}),
        ('Сарқан ауданында', 0, 'district', 'Sarkand District', ALR),
        ('Сарқан өзені', 0, 'facility', 'Sarkand River', N, {'subkind': 'river'}),
        ('Сарқан қаласында', 0, 'city', 'Sarkand', ALR, {'note': 'flood of 40 houses'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
        ('Текеліден', 0, 'city', 'Tekeli', ALR, {'note': 'NI:origin of rescuers'}),
        ('Көксу ауданындағы', 0, 'district', 'Koksu District', ALR, {'note': 'sugar warehouse fire'}),
        ('Талдықорғанның', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:residents; the newspaper «Жетісу» before it is an organisation, not annotated'}),
        ('сегіз ауданы', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'districts of the former region; not about incidents'}),
        ('Талдықорған', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:in a list sharing "қалалары"'}),
        ('Текелі', 0, 'city', 'Tekeli', ALR, {'note': 'NI:in a list sharing "қалалары"'}),
        ('Алматы облысына', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Алматы қаласында', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of Almaty Region until 2001; a separate unit'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'inside the name of an official post'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
     ],
     inc={ALR: (3, 'protest rally outside the former regional akimat in Taldykorgan; flood of 40 houses in Sarkand; sugar warehouse fire in Koksu district')}),

dict(id='p018', date='1993-08-20', lang='kk',
     event='1993 steppe fire burns 3,000 ha of ripe wheat near Kalbatau in Zharma district of Semipalatinsk Region (Семей облысы, abolished 1997; East Kazakhstan Region land before 2022) and moves towards Shar; fire engines from Semey and Ayagoz; harvest in Karaul, Abai district (not Abai Region); the Semey test site',
     text="""Жарма ауданында дала өрті: үш мың гектар егін күйді
СЕМЕЙ, 20 тамыз. ҚазАқпарат – Семей облысының Жарма ауданында дала өрті үш мың гектар пісіп тұрған бидайды шарпыды, деп хабарлады облыстық өрт сөндіру басқармасы. Өрт Қалбатау ауылының маңында басталып, күшті желмен Шар қаласына қарай жылжыды. Оны тоқтату үшін Семейден және Аягөзден 20 өрт сөндіру көлігі жіберілді. Өрт екі тәуліктен кейін ғана сөндірілді, адам шығыны жоқ.
Абай ауданындағы Қарауыл ауылында астық жинау қалыпты жүріп жатыр, ал облыс бойынша орақ жоспары 40 пайызға орындалды. Облыс әкімі шаруа қожалықтарынан жанар-жағармайды үнемдеуді сұрады.
Мамандардың айтуынша, Семей полигонына жақын шаруашылықтарда биыл да өнім төмен.""",
     ann=[
        ('Жарма ауданында', 0, 'district', 'Zharma District', EKR, {'note': 'headline; Semipalatinsk Region in 1993, East Kazakhstan Region land'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семей облысының', 0, 'region', EKR, EKR, SEMIPAL_R),
        ('Жарма ауданында', 1, 'district', 'Zharma District', EKR, {'note': 'steppe fire'}),
        ('Қалбатау ауылының', 0, 'village', 'Kalbatau', EKR, {'note': 'the fire started near the village'}),
        ('Шар қаласына', 0, 'city', 'Shar', EKR, {'note': 'NI:direction of the fire'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of fire engines'}),
        ('Аягөзден', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:origin of fire engines'}),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Semey)', EKR, {'note': 'NI:harvest; the district, not Abai Region (created 2022)'}),
        ('Қарауыл ауылында', 0, 'village', 'Karaul', EKR, {'note': 'NI:harvest'}),
        ('Семей полигонына', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'nuclear test site', 'note': 'NI:the former test site covers land of several regions, so adm1 is null'}),
     ],
     inc={EKR: (1, 'steppe fire on 3,000 ha of wheat near Kalbatau, Zharma district')}),

dict(id='p019', date='2000-06-14', lang='kk',
     event='2000 Zhezkazgan (Karaganda Region since the 1997 abolition of Zhezkazgan Region): strike at the copper smelter, fatal rock fall at a mine near Satpayev, two teenagers drown in the Kengir reservoir; hay shortage in Ulytau and Zhanaarka districts (not Ulytau Region); negotiators from Almaty, experts from Karaganda',
     text="""Жезқазғанда ереуіл, Сәтбаевта шахтада апат, Кеңгірде екі жасөспірім суға батты
ЖЕЗҚАЗҒАН, 14 маусым. ҚазАқпарат – Қарағанды облысының Жезқазған қаласында мыс қорыту зауытының 700-ге жуық жұмысшысы дүйсенбіден бері ереуілде. Олар жалақыны екі есе көтеруді және зиянды еңбек үшін үстемеақы төлеуді талап етіп отыр. Ереуілшілер зауыт алдындағы алаңда тұр, бірақ пештерді сөндірген жоқ. Компания басшылығы Алматыдан келетін келіссөзшілерді күтуде. Зауыт директоры ереуілшілердің талабын қарауға уәде берді, бірақ нақты мерзім айтпады. «Біз бұл зауытта отыз жыл істедік, енді балаларымызды асырай алмаймыз», – деді балқытушы Қайрат Жұмабаев.
Сейсенбі күні Сәтбаев қаласы маңындағы шахтада кен құлап, бір жұмысшы қаза тапты, екеуі жарақат алды. Қаза тапқан кенші 42 жаста еді. Шахтадағы жұмыс уақытша тоқтатылып, апаттың себебін анықтау үшін тексеру басталды. Қарағанды облыстық төтенше жағдайлар басқармасы арнайы комиссия құрды. Комиссия құрамында Қарағандыдан келген мамандар бар.
Сол күні кешке Кеңгір су қоймасында шомылған 14 және 15 жастағы екі бала суға батып кетті. Құтқарушылар олардың денесін түнде тапты. Су қоймасында шомылуға тыйым салынғанына қарамастан, ыстық күндері жағада жүздеген адам жиналады. Қала әкімдігі енді жағаға құтқарушылар бекетін қоюды жоспарлап отыр.
Жезқазған мен Сәтбаев 1997 жылға дейін Жезқазған облысының құрамында болған. Облыс таратылғаннан кейін өңір Қарағанды облысына қосылып, облыс орталығына дейінгі жол 500 шақырымнан асты. Жергілікті тұрғындар облысты қайта құруды бірнеше рет сұраған, бірақ үкімет бұл ұсыныстарды қабылдамады. Мыс өндірісі бұрынғыдай өңірдің негізгі табыс көзі болып қала береді.
Ұлытау ауданында шөп шабу басталды, бірақ жаңбыр аз болғандықтан шөп сирек. Аудан әкімі Нұрлан Тоқтаров Қарағанды облысының солтүстік аудандарынан шөп сатып алуды ұсынды. Жаңаарқа мен Ұлытау аудандарының шаруалары қыста мал азығы жетпей қалады деп алаңдап отыр.""",
     ann=[
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region 1997-2022'}),
        ('Сәтбаевта', 0, 'city', 'Satpayev', KR, {'note': 'headline'}),
        ('Кеңгірде', 0, 'facility', 'Kengir reservoir', KR, {'subkind': 'reservoir', 'note': 'headline; the reservoir by Zhezkazgan'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Жезқазған қаласында', 0, 'city', 'Zhezkazgan', KR, {'note': 'strike at the copper smelter'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of negotiators'}),
        ('Сәтбаев қаласы', 0, 'city', 'Satpayev', KR, {'note': 'fatal rock fall at a mine near the town'}),
        ('Қарағанды', 1, 'region', KR, KR, {'note': 'inside the name of an authority ("облыстық")'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of experts'}),
        ('Кеңгір су қоймасында', 0, 'facility', 'Kengir reservoir', KR, {'subkind': 'reservoir', 'note': 'two teenagers drowned'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:background'}),
        ('Сәтбаев', 1, 'city', 'Satpayev', KR, {'note': 'NI:background'}),
        ('Жезқазған облысының', 0, 'region', KR, KR, _n(ZHEZ_R, 'NI:background')),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:background'}),
        ('Ұлытау ауданында', 0, 'district', 'Ulytau District', KR, {'note': 'NI:haymaking; the district of Karaganda Region, not Ulytau Region (created 2022)'}),
        ('Қарағанды облысының', 1, 'region', KR, KR, {'note': 'NI:source of hay'}),
        ('Жаңаарқа', 0, 'district', 'Zhanaarka District', KR, {'note': 'NI:in a list sharing "аудандарының"'}),
        ('Ұлытау', 1, 'district', 'Ulytau District', KR, {'note': 'NI:in a list sharing "аудандарының"'}),
     ],
     inc={KR: (3, 'strike at the copper smelter in Zhezkazgan; fatal rock fall at a mine near Satpayev; two teenagers drowned in the Kengir reservoir')}),

dict(id='p020', date='1996-04-10', lang='kk',
     event='1996 spring flood in Kokshetau Region (abolished 1997; North Kazakhstan Region 1997-1999, Akmola Region since 1999): melt water floods the yards of 70 houses in Shchuchinsk and washes away the road to two villages in Zerendi district; the Kylshakty rising in Kokshetau; pumps requested from North Kazakhstan and Akmola regions',
     text="""Көкшетау облысында су тасқыны: Щучинскіде 70 үйдің ауласын су басты
КӨКШЕТАУ, 10 сәуір. ҚазАқпарат – Көкшетау облысында көктемгі су тасқыны басталды. Ең ауыр жағдай Щучинск қаласында: қар суы 70-тен астам үйдің ауласы мен жертөлесін басты, 150 тұрғын туыстарының үйіне көшірілді, деп хабарлады облыстық төтенше жағдайлар басқармасы.
Зеренді ауданында екі ауылға баратын жолды су шайып кетті, ауылдарға азық-түлік трактормен жеткізіліп жатыр. Көкшетау қаласының өзінде Қылшақты өзенінің деңгейі көтеріліп келеді, бірақ әзірге үйлерге қауіп жоқ. Құтқарушылар тәулік бойы кезекшілік атқарып жатыр, синоптиктер алдағы күндері күн жылынатынын болжап отыр.
Облыс әкімі көршілес Солтүстік Қазақстан мен Ақмола облыстарынан су сорғыш техника сұрады.""",
     ann=[
        ('Көкшетау облысында', 0, 'region', NKR, NKR, _n(KOKSH_R, 'headline')),
        ('Щучинскіде', 0, 'city', 'Shchuchinsk', NKR, {'uncertain': True, 'note': 'headline; Russian stem with a Kazakh suffix; ' + KOKSH_TOWN}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', NKR, {'uncertain': True, 'note': 'dateline; ' + KOKSH_TOWN}),
        ('Көкшетау облысында', 1, 'region', NKR, NKR, KOKSH_R),
        ('Щучинск қаласында', 0, 'city', 'Shchuchinsk', NKR, {'uncertain': True, 'note': 'yards of 70 houses flooded; ' + KOKSH_TOWN}),
        ('Зеренді ауданында', 0, 'district', 'Zerendi District', NKR, {'uncertain': True, 'note': 'road washed away; ' + KOKSH_TOWN}),
        ('екі ауылға', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'villages cut off by the flood in Zerendi district; part of the one flood'}),
        ('Көкшетау қаласының', 0, 'city', 'Kokshetau', NKR, {'uncertain': True, 'note': 'NI:river rising, no houses threatened; ' + KOKSH_TOWN}),
        ('Қылшақты өзенінің', 0, 'facility', 'Kylshakty River', N, {'subkind': 'river'}),
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': 'NI:source of pumps; in a list sharing "облыстарынан"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:source of pumps; in a list sharing "облыстарынан"'}),
     ],
     inc={NKR: (1, 'spring flood: yards of 70 houses in Shchuchinsk, road to two villages of Zerendi district washed away (one flood); labelled North Kazakhstan Region, see README')}),

dict(id='p021', date='1998-05-07', lang='kk',
     event='1998 Akmola renamed Astana (decree of May 6): the names Akmola, Akmolinsk, Tselinograd, Akmola, Astana; Akmola Region keeps its name; two teenagers drown in the Yesil on the day of the announcement; the common noun "астана" (capital) in a resident\'s quote',
     text="""Ақмола енді Астана деп аталады
АСТАНА, 7 мамыр. ҚазАқпарат – Президенттің 6 мамырдағы Жарлығымен елорда Ақмола қаласы Астана болып қайта аталды. Қаланың атауы бір ғасырдан астам уақытта бірнеше рет өзгерді: Ақмола, Ақмолинск, Целиноград, қайтадан Ақмола, енді Астана. Ақмола облысы өз атауын сақтап қалды.
Жаңа атау жарияланған күні қалада қайғылы оқиға болды: Есіл өзенінде шомылған екі жасөспірім суға батып кетті. Қалалық төтенше жағдайлар басқармасы тұрғындарды жабдықталмаған жерлерде шомылмауға шақырды.
Жергілікті тұрғын Айгүл Сейітова: «Біз үшін бәрібір – бұл қала былтыр желтоқсаннан бері астана еді, енді атының өзі де астана болды», – деді.""",
     ann=[
        ('Ақмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; the former name of the capital'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; the new name'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renamed'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:renamed'}),
        ('Ақмола', 2, 'city', 'Astana', 'Astana', {'note': 'NI:list of historical names'}),
        ('Ақмолинск', 0, 'city', 'Astana', 'Astana', {'note': 'NI:list of historical names (Akmolinsk)'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:list of historical names (Tselinograd)'}),
        ('Ақмола', 3, 'city', 'Astana', 'Astana', {'note': 'NI:list of historical names'}),
        ('Астана', 2, 'city', 'Astana', 'Astana', {'note': 'NI:list of historical names'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR, {'note': 'NI:the region keeps its name'}),
        ('Есіл өзенінде', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'two teenagers drowned (in the city)'}),
     ],
     inc={'Astana': (1, 'two teenagers drowned in the Yesil in the city on the day of the renaming')}),

dict(id='p022', date='1995-08-22', lang='kk',
     event='1995 harvest in Torgay Region (abolished 1997): steppe fire in Amangeldy district, teachers\' strike outside the city akimat in Arkalyk (Kostanay Region land), fatal bus-lorry collision in Zharkain district on the way to Derzhavinsk with passengers from Esil (Akmola Region land); cattle thefts in Esil district (not counted); grain sold to Russia\'s Kurgan oblast; Torgay village and river; eight districts',
     text="""Торғай облысында орақ қызды: дала өрті, мұғалімдер ереуілі және жол апаты
АРҚАЛЫҚ, 22 тамыз. ҚазАқпарат – Торғай облысында астық жинау басталды, бірақ жанар-жағармай тапшылығы жұмысты тежеп отыр, деп хабарлады облыстық ауыл шаруашылығы басқармасы. Облыстың сегіз ауданында 600 мың гектар егіннің небәрі 12 пайызы ғана орылды. Былтыр облыста гектарынан орта есеппен жеті центнер астық алынған еді. Облыс әкімі көршілес Ақмола мен Қостанай облыстарынан жанармай сұрады.
Аманкелді ауданында дала өрті бір жарым мың гектар жайылым мен бір қыстауды шарпыды. Өрт Аманкелді ауылынан 30 шақырым жерде басталған. Малшылар отарды уақытында айдап үлгерді, адам шығыны жоқ. Өртті аудандық өрт сөндіру бөлімі мен жергілікті шаруалар бірлесіп сөндірді.
Арқалық қаласында мектеп мұғалімдері алты ай бойы жалақы төленбегеніне наразылық білдіріп, қалалық әкімдік алдында ереуіл өткізді. Жиынға 300-ге жуық адам қатысты, ереуіл тыныш өтті. Мұғалімдер облыс әкіміне хат жолдады. Қала әкімі жалақының бір бөлігін қыркүйектің басында төлеуге уәде берді.
Жарқайың ауданында Державинск қаласына бара жатқан автобус жүк көлігімен соқтығысып, екі адам қаза тапты, тоғыз адам ауруханаға жеткізілді, олардың екеуінің жағдайы ауыр. Жолаушылардың көбі Есіл қаласының тұрғындары екен.
Есіл ауданында соңғы екі айда 150-ден астам мал ұрланды. Полиция екі күдіктіні ұстады.
Облыстық сайлау комиссиясының мәліметінше, 30 тамызда өтетін жаңа Конституция жөніндегі референдумға облыста 180-ге жуық учаске ашылады. Алыстағы ауылдарға бюллетеньдер тікұшақпен жеткізіледі. Комиссия төрағасы Бауыржан Сәрсенбаев жанармай тапшылығы дауыс беруге кедергі келтірмейтінін айтты.
Облыс әкімдігінің мәліметінше, астықтың бір бөлігі Ресейдің Қорған облысына сатылады. Жангелді ауданының орталығы Торғай ауылындағы элеватор әлі жөнделмеген, сондықтан ол жақтағы шаруалар астықты Арқалыққа дейін тасуға мәжбүр. Есесіне Торғай өзенінің бойындағы шабындықтарда биыл шөп мол шықты.""",
     ann=[
        ('Торғай облысында', 0, 'region', KOR, KOR, _n(TORG_R, 'headline')),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline; seat of Torgay Region, Kostanay Region land'}),
        ('Торғай облысында', 1, 'region', KOR, KOR, TORG_R),
        ('сегіз ауданында', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'harvest, not incidents'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:source of fuel; in a list sharing "облыстарынан"; the region, not the town Akmola'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'NI:source of fuel; in a list sharing "облыстарынан"'}),
        ('Аманкелді ауданында', 0, 'district', 'Amangeldy District', KOR, {'note': 'steppe fire'}),
        ('Аманкелді ауылынан', 0, 'village', 'Amangeldy', KOR, {'note': 'NI:reference point'}),
        ('Арқалық қаласында', 0, 'city', 'Arkalyk', KOR, {'note': "teachers' strike"}),
        ('Жарқайың ауданында', 0, 'district', 'Zharkain District', AKR, {'note': 'fatal bus-lorry collision; Torgay Region in 1995, Akmola Region since 1997'}),
        ('Державинск қаласына', 0, 'city', 'Derzhavinsk', AKR, {'note': 'NI:destination of the bus'}),
        ('Есіл қаласының', 0, 'city', 'Esil', AKR, {'note': "NI:passengers' residence"}),
        ('Есіл ауданында', 0, 'district', 'Esil District', AKR, {'note': 'NI:cattle thefts, not counted'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысына', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:buyer of grain'}),
        ('Жангелді ауданының', 0, 'district', 'Zhangeldi District', KOR, {'note': 'NI:background'}),
        ('Торғай ауылындағы', 0, 'village', 'Torgay', KOR, {'note': 'NI:unrepaired elevator; the village, not the region'}),
        ('Арқалыққа', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:destination of grain'}),
        ('Торғай өзенінің', 0, 'facility', 'Torgay River', N, {'subkind': 'river'}),
     ],
     inc={KOR: (2, "steppe fire in Amangeldy district; teachers' strike outside the city akimat in Arkalyk"),
          AKR: (1, 'fatal bus-lorry collision in Zharkain district; cattle thefts in Esil district not counted')}),

dict(id='p023', date='2001-10-16', lang='kk',
     event='2001 armed robbery of a bank branch on Kabanbay Batyr Street in Taldykorgan, a guard shot (Almaty Region, whose administration moved from Almaty to Taldykorgan in the summer); robbers caught near Ushtobe in Karatal district; all banks of the region told to strengthen security',
     text="""Талдықорғанда банк бөлімшесі тоналды
ТАЛДЫҚОРҒАН, 16 қазан. ҚазАқпарат – Кеше түсте Талдықорған қаласының Қабанбай батыр көшесіндегі банк бөлімшесіне қарулы үш адам басып кіріп, 2 миллион теңгені алып кетті. Күзетші оқ тиіп, ауруханаға жеткізілді, оның өміріне қауіп жоқ, деп хабарлады Алматы облыстық ішкі істер басқармасы.
Басқарма жазда облыс әкімдігімен бірге Алматыдан Талдықорғанға көшіп келген. Қылмыскерлерді екі сағаттан кейін Қаратал ауданында, Үштөбе қаласына кіре берісте жол полициясы ұстады. Олардың екеуі бұрын да сотталған. Ұрланған ақшаның барлығы дерлік табылды. Тергеуді Талдықорған қалалық ішкі істер бөлімі жүргізіп жатыр.
Облыс әкімінің орынбасары Марат Жұмабеков облыстағы барлық банк бөлімшелерінің күзетін күшейтуді тапсырды.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; seat of Almaty Region since 2001'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдықорған қаласының', 0, 'city', 'Taldykorgan', ALR, {'note': 'bank robbery'}),
        ('Қабанбай батыр көшесіндегі', 0, 'facility', 'Kabanbay Batyr Street (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'named after a person; not the village Kabanbay'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority ("облыстық")'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the regional administration'}),
        ('Талдықорғанға', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:new seat'}),
        ('Қаратал ауданында', 0, 'district', 'Karatal District', ALR, {'note': 'NI:place of arrest'}),
        ('Үштөбе қаласына', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:place of arrest'}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:inside the name of an authority (city police department)'}),
     ],
     inc={ALR: (1, 'armed robbery of a bank branch in Taldykorgan, guard shot; the arrest near Ushtobe is not an incident')}),

dict(id='p024', date='1999-08-29', lang='kk',
     event='1999 eighth anniversary of the closure of the Semipalatinsk test site: rally of about 2,000 in Semey demanding compensation, and a steppe fire of 5,000 ha near Kurchatov (East Kazakhstan Region); rescuers from Oskemen and Semey; the movement «Невада – Семей»; the test site lies in East Kazakhstan, Pavlodar and Karaganda regions',
     text="""Семейде полигон құрбандары өтемақы талап етті, Курчатов маңында дала өрті
СЕМЕЙ, 29 тамыз. ҚазАқпарат – Семей ядролық сынақ полигоны жабылғанына сегіз жыл толған күні Семейдің орталық алаңына 2 мыңға жуық адам жиналды. «Невада – Семей» қозғалысының белсенділері мен полигон маңындағы ауылдардың тұрғындары сынақтан зардап шеккендерге уәде етілген өтемақыны толық төлеуді талап етті. Митинг тыныш өтті.
Сол күні Курчатов қаласының маңында дала өрті шығып, 5 мың гектар жайылымды шарпыды. Өртті сөндіруге Өскемен мен Семейден құтқарушылар жіберілді, деп хабарлады Шығыс Қазақстан облыстық төтенше жағдайлар басқармасы.
Полигонда 1949–1989 жылдары 450-ден астам ядролық сынақ жасалған. Оның жерлері қазір Шығыс Қазақстан, Павлодар және Қарағанды облыстарында жатыр.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region 1997-2022'}),
        ('Курчатов', 0, 'city', 'Kurchatov', EKR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семей ядролық сынақ полигоны', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'nuclear test site', 'note': 'NI:the former test site covers land of several regions, so adm1 is null'}),
        ('Семейдің', 0, 'city', 'Semey', EKR, {'note': 'rally demanding compensation'}),
        ('Курчатов қаласының', 0, 'city', 'Kurchatov', EKR, {'note': 'steppe fire near the town'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of rescuers'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of rescuers'}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority ("облыстық")'}),
        ('Шығыс Қазақстан', 1, 'region', EKR, EKR, {'note': 'NI:in a list sharing "облыстарында"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:in a list sharing "облыстарында"'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "облыстарында"'}),
     ],
     inc={EKR: (2, 'rally of about 2,000 in Semey demanding compensation; steppe fire of 5,000 ha near Kurchatov')}),
]
