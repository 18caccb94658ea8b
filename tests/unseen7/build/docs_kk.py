"""Kazakh texts of the seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='t017', date='2001-01-16', lang='kk',
     event='2001 oil and gas blowout and fire at a well of the Karaton field, Zhylyoi district, a boiler explosion in Makat and a house fire in Inderbor (Atyrau Region)',
     text="""АТЫРАУ, 16 қаңтар (ҚазАқпарат) – Жылыой ауданындағы Қаратон кен орнында бұрғыланып жатқан ұңғымадан мұнай мен газ атқылап, өрт шықты. Бұл туралы Атырау облысының төтенше жағдайлар басқармасы хабарлады.
Апат кезінде екі бұрғышы күйік алып, Құлсары қаласындағы ауруханаға жеткізілді. Ұңғымадан 3 шақырым жердегі Қаратон кентінің 400-ге жуық тұрғыны Құлсарыға уақытша көшірілді.
«Өртті сөндіру үшін Ақтаудан және Теңіз кен орнынан арнайы техника келді. Жалын әлі толық басылған жоқ», – деді басқарма бастығы Нұрлан Құлсарин.
Сол аптада Мақат кентінде қазандық жарылып, ал Индер ауданындағы Индербор кентінде тұрғын үй өртеніп, бір адам қаза тапты.
Қаратон – Каспий жағалауындағы ең көне кен орындарының бірі, мұнда мұнай 1940 жылдардан бері өндіріледі. Мұндағы мұнай Атырау – Самара құбыры арқылы Ресейге экспортталады. Қазақстан Энергетика министрлігі апаттың себебін анықтау үшін комиссия құрды.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Жылыой ауданындағы', 0, 'district', 'Zhylyoi District', ATR),
        ('Қаратон кен орнында', 0, 'facility', 'Karaton oil field', ATR, {'subkind': 'oil field'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Құлсары қаласындағы', 0, 'city', 'Kulsary', ATR, {'note': 'NI:hospital town'}),
        ('Қаратон кентінің', 0, 'village', 'Karaton', ATR, {'note': 'NI:evacuated settlement'}),
        ('Құлсарыға', 0, 'city', 'Kulsary', ATR, {'note': 'NI:evacuation point'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of equipment'}),
        ('Теңіз кен орнынан', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:origin of equipment'}),
        ('Мақат кентінде', 0, 'village', 'Makat', ATR),
        ('Индер ауданындағы', 0, 'district', 'Inder District', ATR),
        ('Индербор кентінде', 0, 'village', 'Inderbor', ATR),
        ('Қаратон', 2, 'facility', 'Karaton oil field', ATR, {'subkind': 'oil field'}),
        ('Каспий', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline endpoint'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'pipeline endpoint'}),
        ('Ресейге', 0, 'foreign', 'Russia', N),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a ministry'}),
     ],
     inc={ATR: (3, 'well blowout and fire at the Karaton field; boiler explosion in Makat; house fire in Inderbor (two events in one sentence)')}),

dict(id='t018', date='2007-04-10', lang='kk',
     event='2007 bridge over the Olenti collapses in a spring flood (Ereymentau district) and an underground fire at the Bestobe gold mine near Stepnogorsk (Akmola Region)',
     text="""КӨКШЕТАУ, 10 сәуір (Kazinform) – Ақмола облысының Ерейментау ауданында көктемгі су тасқыны кезінде Өлеңті өзенінің үстіндегі көпір құлап, үстінен өтіп бара жатқан жүк көлігі суға түсті. Жүргізуші аман қалды, деп хабарлады облыстық төтенше жағдайлар департаменті.
Көпір Ерейментау қаласы мен Бозтал ауылын байланыстыратын. Енді Бозтал, Қойтас және Ақсуат ауылдарының тұрғындары аудан орталығына 60 шақырым айналып жүруге мәжбүр. Көмекке Астана мен Қарағандыдан құтқарушылар жіберілді.
Сол күні Степногорскіге қарасты Бестөбе кентіндегі алтын кенішінде жер асты өрті шығып, 30 кенші жер бетіне аман шығарылды. Өрттің себебі электр кабелінің қызуы деп болжануда.
«Жаңа көпір жазға дейін салынады», – деді аудан әкімінің орынбасары Асқар Ерейментаев. Облыстың бірнеше ауданында су деңгейі әлі де көтеріліп жатыр.""",
     ann=[
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Ерейментау ауданында', 0, 'district', 'Ereymentau District', AKR),
        ('Өлеңті өзенінің', 0, 'facility', 'Olenti', N, {'subkind': 'river'}),
        ('Ерейментау қаласы', 0, 'city', 'Ereymentau', AKR, {'note': 'NI:endpoint of the bridge road'}),
        ('Бозтал ауылын', 0, 'village', 'Boztal', AKR, {'note': 'NI:endpoint of the bridge road'}),
        ('Бозтал', 1, 'village', 'Boztal', AKR, {'note': 'NI:list sharing the head noun "ауылдарының"; residents cut off'}),
        ('Қойтас', 0, 'village', 'Koytas', AKR, {'note': 'NI:list sharing the head noun; residents cut off'}),
        ('Ақсуат ауылдарының', 0, 'village', 'Aksuat (Ereymentau)', AKR, {'note': 'NI:last item of the list with the head noun; not Aksuat district of Abai Region'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of rescuers'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Степногорскіге', 0, 'city', 'Stepnogorsk', AKR),
        ('Бестөбе кентіндегі', 0, 'village', 'Bestobe', AKR),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'rising water, not a new incident (the flood is already counted)'}),
     ],
     inc={AKR: (2, 'bridge over the Olenti collapsed in the flood (Ereymentau district); underground fire at the Bestobe gold mine')}),

dict(id='t019', date='2014-09-23', lang='kk',
     event='2014 tram derails in the Kulager microdistrict, Zhetysu district of Almaty, and a house under construction collapses in Kaskelen, Karasai district (Almaty Region)',
     text="""АЛМАТЫ, 23 қыркүйек (Tengrinews) – Алматының Жетісу ауданындағы Құлагер шағын ауданында, Райымбек даңғылында трамвай рельстен шығып, аялдамада тұрған жолаушыларды қағып кетті. Алты адам жарақат алды, деп хабарлады қалалық полиция департаменті. Зардап шеккендер №7 қалалық ауруханаға жеткізілді.
«Трамвай желісі 1937 жылдан бері жұмыс істейді, бірақ вагондардың көбі Чехиядан 1980 жылдары әкелінген», – деді «Алматыэлектротранс» өкілі Нұрлан Райымбеков.
Сол күні Алматы облысының Қарасай ауданындағы Қаскелең қаласында салынып жатқан үйдің екінші қабаты құлап, екі құрылысшы қаза тапты. Олар Қырғызстаннан келген маусымдық жұмысшылар болған.
Облыстық прокуратура құрылыс компаниясының басшысын ұстады. Қаскелең Алматыдан 25 шақырым батыста орналасқан, соңғы жылдары мұнда жаңа тұрғын аудандар қарқынды салынып жатыр.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматының', 0, 'city', 'Almaty', 'Almaty'),
        ('Жетісу ауданындағы', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'a district of Almaty, not Jetisu Region'}),
        ('Құлагер', 0, 'district', 'Kulager (Almaty)', 'Almaty', {'subkind': 'microdistrict'}),
        ('Райымбек даңғылында', 0, 'facility', 'Raiymbek Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'named after a person'}),
        ('Чехиядан', 0, 'foreign', 'Czech Republic', N),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Қарасай ауданындағы', 0, 'district', 'Karasai District', ALR),
        ('Қаскелең қаласында', 0, 'city', 'Kaskelen', ALR),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'origin of the workers'}),
        ('Қаскелең', 1, 'city', 'Kaskelen', ALR),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
     ],
     inc={'Almaty': (1, 'tram derailment in Kulager, Zhetysu district (one event with nested places)'),
          ALR: (1, 'collapse of a house under construction in Kaskelen')}),

dict(id='t020', date='2019-11-05', lang='kk',
     event='2019 anthrax outbreak in Zhartytobe, Kurkeles rural district, Saryagash district (Turkistan Region)',
     text="""ТҮРКІСТАН, 5 қараша (Kazinform) – Түркістан облысының Сарыағаш ауданындағы Құркелес ауылдық округіне қарасты Жартытөбе ауылында сібір жарасы ошағы тіркелді. Ауру сиырдың етін сойған екі тұрғын ауруханаға жатқызылды, деп хабарлады облыстық ветеринария басқармасы.
Ауылға карантин жарияланып, 300-ден астам мал вакциналанды. Науқастар Шымкенттегі жұқпалы аурулар ауруханасына жеткізілді, олардың жағдайы тұрақты.
«Сиыр Өзбекстаннан заңсыз әкелінген болуы мүмкін. Бұл дерек тексеріліп жатыр», – деді басқарма басшысы Бауыржан Сарыағашев.
Ветеринарлар облыстың бірнеше ауданында малды тексеріп жатыр. Сарыағаш ауданы Өзбекстанмен шекаралас, ал Келес өзені бойындағы жайылымдарда екі елдің малы жиі бірге жайылады. Соңғы рет облыста сібір жарасы 2016 жылы тіркелген. Аудандық әкімдік тұрғындарға малды тек ветеринарлық тексеруден кейін сойып, етін базарда сатпауды ескертті.""",
     ann=[
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', TR),
        ('Құркелес ауылдық округіне', 0, 'district', 'Kurkeles rural district', TR, {'subkind': 'rural district'}),
        ('Жартытөбе ауылында', 0, 'village', 'Zhartytobe', TR),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital city'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'suspected origin of the cow'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'inspections, not incidents'}),
        ('Сарыағаш ауданы', 0, 'district', 'Saryagash District', TR),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N),
        ('Келес өзені', 0, 'facility', 'Keles', N, {'subkind': 'river'}),
     ],
     inc={TR: (1, 'anthrax outbreak in Zhartytobe with two people hospitalised (livestock disease counted as a mishap; doubtful)')}),

dict(id='t021', date='2022-06-01', lang='kk',
     event='2022 windstorm in Semey and Ayagoz and a lightning fire in Makanshi, Urzhar district (East Kazakhstan Region, a week before Abai Region was created)',
     text="""ӨСКЕМЕН, 1 маусым (Azattyq) – Шығыс Қазақстан облысында кеше кешке соққан дауыл Семей қаласы мен Аягөздегі 40-қа жуық үйдің шатырын ұшырып, электр желілерін үзді. Үш адам жарақат алды. Синоптиктер алдағы екі күнде таулы жерлерде жаңбыр мен бұршақ болатынын ескертті.
«Дауыл кезінде жел жылдамдығы секундына 28 метрге жетті», – деді Қазгидрометтің Семейдегі бөлімшесінің синоптигі Айгүл Аягөзова.
Сол түні Үржар ауданындағы Мақаншы ауылында найзағай түсіп, мал қорасы өртенді, 20-дан астам қой қырылды. Өртті Үржар мен Бахтыдан келген өрт сөндірушілер сөндірді.
8 маусымнан бастап Семей мен Аягөз қалалары, Үржар ауданы жаңадан құрылатын Абай облысының құрамына кіреді. Жаңа облыстың орталығы Семей болады. Облыс әкімдігі зардап шеккен отбасыларға өтемақы төлейтінін мәлімдеді.""",
     ann=[
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Семей қаласы', 0, 'city', 'Semey', EKR),
        ('Аягөздегі', 0, 'city', 'Ayagoz', EKR),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'NI:inside the name of a state service branch'}),
        ('Үржар ауданындағы', 0, 'district', 'Urzhar District', EKR),
        ('Мақаншы ауылында', 0, 'village', 'Makanshi', EKR),
        ('Үржар', 1, 'village', 'Urzhar', EKR, {'note': 'NI:origin of firefighters'}),
        ('Бахтыдан', 0, 'village', 'Bakhty', EKR, {'note': 'NI:origin of firefighters'}),
        ('Семей', 1, 'city', 'Semey', EKR, {'note': 'NI:list sharing the head noun "қалалары"'}),
        ('Аягөз қалалары', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:last item of the list with the head noun'}),
        ('Үржар ауданы', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:transfer to the new region'}),
        ('Абай облысының', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:the future Abai Region, not in force on the article date; its land is in East Kazakhstan Region'}),
        ('Семей', 2, 'city', 'Semey', EKR, {'note': 'NI:future regional centre'}),
     ],
     inc={EKR: (2, 'windstorm over Semey and Ayagoz (one storm); lightning fire in Makanshi')}),

dict(id='t022', date='2023-09-19', lang='kk',
     event='2023 bus-lorry crash near Karaul, Abai district, and a gym roof collapse at a school in Shar, Zharma district (Abai Region)',
     text="""СЕМЕЙ, 19 қыркүйек (Kazinform) – Абай облысының Абай ауданында, Қарауыл ауылынан 12 шақырым жерде жолаушылар автобусы мен жүк көлігі соқтығысып, төрт адам қаза тапты, 11 адам жараланды. Автобус Семейден Қарауылға бара жатқан.
Жараланғандар Семейдегі жедел жәрдем ауруханасына жеткізілді. Олардың үшеуінің жағдайы ауыр. Жол полициясының мәліметінше, жүк көлігінің жүргізушісі рөлде ұйықтап кеткен болуы мүмкін.
Сол күні Жарма ауданындағы Шар қаласында мектептің спорт залының төбесі құлады. Сабақ аяқталып қалғандықтан, ешкім зардап шеккен жоқ.
Қарауыл – ұлы ақын Абай Құнанбайұлының туған өлкесі, мұнда жыл сайын мыңдаған туристер келеді. Апаттан кейін облыстың полиция департаменті Қарауыл мен Семей арасындағы жолда жүргізушілерді тексеруді күшейтті. Өскеменнен келген комиссия мектеп ғимаратын тексеріп жатыр.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Абай ауданында', 0, 'district', 'Abai District (Abai Region)', ABR),
        ('Қарауыл ауылынан', 0, 'village', 'Karaul', ABR, {'note': 'NI:reference point'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:route endpoint'}),
        ('Қарауылға', 0, 'village', 'Karaul', ABR, {'note': 'NI:route endpoint'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital city'}),
        ('Жарма ауданындағы', 0, 'district', 'Zharma District', ABR),
        ('Шар қаласында', 0, 'city', 'Shar', ABR),
        ('Қарауыл', 1, 'village', 'Karaul', ABR, {'note': 'NI:background'}),
        ('Қарауыл', 2, 'village', 'Karaul', ABR, {'note': 'NI:route endpoint'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:route endpoint'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the commission'}),
     ],
     inc={ABR: (2, 'bus-lorry crash in Abai district; school gym roof collapse in Shar (no injuries; doubtful)')}),

dict(id='t023', date='2025-07-08', lang='kk',
     event='2025 gas explosion in a cafe in Konaev and a steppe fire near Bakanas, Balkhash district (Almaty Region); akimat post quoted in the Kazakh Latin alphabet',
     text="""ҚОНАЕВ, 8 шілде (Tengrinews) – Алматы облысының орталығы Қонаев қаласының 4-шағын ауданындағы дәмханада газ жарылып, бес адам жарақат алды. Зардап шеккендердің екеуі Алматыдағы күйік орталығына жеткізілді, деп хабарлады облыстық төтенше жағдайлар департаменті.
Қонаев 2022 жылға дейін Қапшағай деп аталған. Дәмхана иесі газ баллонын заңсыз пайдаланғаны үшін ұсталды.
Сол күні Балқаш ауданындағы Бақанас ауылы маңында дала өрті шығып, 2 мың гектар жайылым өртенді. Өрт Іле өзенінің жағасындағы қамыс арқылы тез тарады. Сөндіруге Талдықорғаннан да техника жіберілді.
Аудан әкімдігі әлеуметтік желідегі парақшасында «Balqash aýdanyndaǵy Baqanas aýylynyń mańyndaǵy órt tolyq sóndirildi» деп жазды. Балқаш ауданын Балқаш қаласымен шатастырмау керек: ол Қарағанды облысында орналасқан.""",
     ann=[
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Қонаев қаласының', 0, 'city', 'Konaev', ALR),
        ('4-шағын ауданындағы', 0, 'district', '4th microdistrict (Konaev)', ALR, {'subkind': 'microdistrict'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital city'}),
        ('Қонаев', 1, 'city', 'Konaev', ALR, {'note': 'NI:former name explained'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Балқаш ауданындағы', 0, 'district', 'Balkhash District', ALR, {'note': 'the district of Almaty Region, not the town'}),
        ('Бақанас ауылы', 0, 'village', 'Bakanas', ALR),
        ('Іле өзенінің', 0, 'facility', 'Ile', N, {'subkind': 'river'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of equipment'}),
        ('Balqash aýdanyndaǵy', 0, 'district', 'Balkhash District', ALR, {'note': 'Kazakh Latin alphabet'}),
        ('Baqanas aýylynyń', 0, 'village', 'Bakanas', ALR, {'note': 'Kazakh Latin alphabet'}),
        ('Балқаш ауданын', 0, 'district', 'Balkhash District', ALR, {'note': 'NI:name clarification'}),
        ('Балқаш қаласымен', 0, 'city', 'Balkhash', KR, {'note': 'NI:the town in Karaganda Region, named to avoid confusion'}),
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'NI:location of the namesake town'}),
     ],
     inc={ALR: (2, 'gas explosion in a cafe in the 4th microdistrict of Konaev; steppe fire near Bakanas')}),

dict(id='t024', date='2020-10-14', lang='kk',
     event='2020 international theatre festival in Turkistan (no incident)',
     text="""ТҮРКІСТАН, 14 қазан (Kazinform) – Түркістанда «Ұлы Дала» халықаралық театр фестивалі ашылды. Фестивальге Шымкент, Тараз және Қызылорда қалаларының театрларымен қатар Өзбекстан, Қырғызстан және Түркиядан ұжымдар келді.
Қойылымдар қаладағы жаңа «Керуен сарай» кешенінде және облыстық драма театрының сахнасында өтеді. Мәдениет министрі фестиваль қатысушыларын Нұр-Сұлтаннан бейнебайланыс арқылы құттықтады.
«Біз Түркістанды Орталық Азияның мәдени орталығына айналдырғымыз келеді», – деді фестиваль директоры Әсем Таразова.
Фестиваль бағдарламасында 12 спектакль, шеберлік сабақтары мен жас режиссерлер байқауы бар, ол 20 қазанға дейін жалғасады. Пандемияға байланысты залдар жартылай ғана толтырылады. Келесі жылы фестиваль еліміздің барлық облыстарында гастрольдік сапармен өтеді. Ұйымдастырушылардың айтуынша, Қазақстанның 14 облысынан 20 мыңнан астам көрермен фестивальді интернет арқылы тамашалайды.""",
     ann=[
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістанда', 0, 'city', 'Turkistan', TR),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'list sharing the head noun "қалаларының"'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'list sharing the head noun "қалаларының"'}),
        ('Қызылорда қалаларының', 0, 'city', 'Kyzylorda', KYR, {'note': 'last item of the list with the head noun'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Түркиядан', 0, 'foreign', 'Turkey', N),
        ('Керуен сарай', 0, 'facility', 'Keruen Saray complex (Turkistan)', TR, {'subkind': 'building'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana'),
        ('Түркістанды', 0, 'city', 'Turkistan', TR),
        ('Орталық Азияның', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'includes Kazakhstan'}),
        ('барлық облыстарында', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'tour, not incidents'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('14 облысынан', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'audience, not incidents'}),
     ],
     inc={}),
]
