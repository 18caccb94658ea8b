"""Kazakh texts of the fifty-fifth unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
CD, MD, ST = 'city district', 'microdistrict', 'street'

DOCS = [
dict(id='p017', date='1999-05-25', lang='kk',
     event='1999 nightclub fight with a knife wound in Saryarka district of Astana, suspect held on Zhenis Avenue; thefts of car radios on Auezov Street and a car stolen in Shchuchinsk (Akmola Region) found in Astana (not counted); the former name Akmola of the capital vs Akmola Region, whose centre moved to Kokshetau',
     text="""Астанада түнгі клубтағы төбелес пышақ жарақатымен аяқталды
АСТАНА, 25 мамыр. ҚазАқпарат – Сенбіге қараған түні Сарыарқа ауданындағы түнгі клубта екі топ жастың арасында төбелес болды. 21 жастағы жігіт пышақ жарақатын алып, қалалық ауруханаға жеткізілді, деп хабарлады қалалық ішкі істер басқармасы. Күдікті жексенбі күні таңертең Жеңіс даңғылында ұсталды.
Сол түні Әуезов көшесінің бойындағы ашық тұраққа қойылған екі көліктен магнитолалар ұрланды. Бұдан бөлек, Ақмола облысының Щучинск қаласында ұрланған «Жигули» көлігі Астанадан табылды.
Полиция өкілінің айтуынша, бұрынғы Ақмола қаласы былтыр Астана болып аталғалы бері тұрғындар саны тез өсіп, көшедегі қылмыс та көбейген. Биыл облыс орталығы Көкшетауға көшкеннен кейін Ақмола облысының ішкі істер басқармасы да сонда ауысты.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Сарыарқа ауданындағы', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': CD}),
        ('Жеңіс даңғылында', 0, 'facility', 'Zhenis Avenue (Astana)', 'Astana', {'subkind': ST, 'note': 'NI:place of arrest'}),
        ('Әуезов көшесінің', 0, 'facility', 'Auezov Street (Astana)', 'Astana', {'subkind': ST, 'note': 'NI:thefts from cars, not counted; street named after a person, not Auezov district of Almaty'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'NI:car theft, not counted'}),
        ('Щучинск қаласында', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:car theft, not counted'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:stolen car found'}),
        ('Ақмола қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (until 1998-05-06), not Akmola Region'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:new regional centre'}),
        ('Ақмола облысының', 1, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority'}),
     ],
     inc={'Astana': (1, 'nightclub fight with a knife wound in Saryarka district; thefts of car radios and the car stolen in Shchuchinsk not counted')}),

dict(id='p018', date='2018-06-05', lang='kk',
     event='2018 mass brawl at the «Бекжан» market in Enbekshi district of Shymkent and two cars set on fire in the Kaitpas microdistrict of Abai district (South Kazakhstan Region, 14 days before the split); women from Kazygurt district held for passing forged banknotes (not counted); the planned move of the regional centre to Turkistan',
     text="""Шымкенттегі «Бекжан» базарында жаппай төбелес: бір адам ауыр жарақат алды
ШЫМКЕНТ, 5 маусым. ҚазТАГ – Шымкент қаласы Еңбекші ауданындағы «Бекжан» базарында екі сатушының арасындағы дау жаппай төбелеске ұласты. Оған 15-ке жуық адам қатысып, 30 жастағы сатушы басынан ауыр жарақат алды, деп хабарлады Оңтүстік Қазақстан облысының полиция департаменті. Сегіз адам ұсталды.
Сол түні қаланың Абай ауданындағы Қайтпас шағын ауданында тұрғын үйдің алдында тұрған екі көлік өртенді. Полиция өртті біреу әдейі қойған деп санайды, қылмыстық іс қозғалды.
Ал Қазығұрт ауданынан келген екі әйел базардағы саудагерлерге жалған купюралар өткізгені үшін ұсталды.
Айта кетейік, облыс орталығын Түркістан қаласына көшіру және Шымкентке республикалық маңызы бар қала мәртебесін беру мәселесі қазір талқылануда.""",
     ann=[
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Бекжан', 0, 'facility', 'Bekzhan market (Shymkent)', SKR, {'subkind': 'market', 'note': 'headline; name in quotes'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласы', 0, 'city', 'Shymkent', SKR),
        ('Еңбекші ауданындағы', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': CD}),
        ('Бекжан', 1, 'facility', 'Bekzhan market (Shymkent)', SKR, {'subkind': 'market', 'note': 'name in quotes'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': CD, 'note': 'district of Shymkent; not Abai Region'}),
        ('Қайтпас шағын ауданында', 0, 'district', 'Kaitpas (Shymkent)', SKR, {'subkind': MD}),
        ('Қазығұрт ауданынан', 0, 'district', 'Kazygurt District', SKR, {'note': "NI:suspects' origin; forged banknotes, not counted"}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', SKR, {'note': 'NI:planned regional centre'}),
        ('Шымкентке', 0, 'city', 'Shymkent', SKR, {'note': 'NI:planned change of status'}),
     ],
     inc={SKR: (2, 'mass brawl at the «Бекжан» market in Enbekshi district of Shymkent, one badly hurt; two cars set on fire in Kaitpas, Abai district; forged banknotes not counted')}),

dict(id='p019', date='2022-06-15', lang='kk',
     event='2022 weekly review (a week after the 2022-06-08 split): a teenager robbed at knifepoint in the Aksai-4 microdistrict (Auezov district of Almaty), a guard beaten and windows smashed in a nightclub on Abai Avenue (Medeu district); a car stolen in Zhetysu district and phone fraud in Nauryzbay district (not counted); two cars burnt in the Kholodny Klyuch microdistrict of Semey (Abai Region, formerly East Kazakhstan Region); Zhetysu district of Almaty vs the new Jetisu Region',
     text="""Апталық шолу: Алматыда тонау мен бұзақылық, Семейде екі көлік өртенді
АЛМАТЫ, 15 маусым. Tengrinews.kz – Алматы қаласы полиция департаменті мен жаңадан құрылған Абай облысы полиция департаменті өткен аптадағы оқиғаларға шолу жасады.

Әуезов ауданы. 9 маусым күні кешке «Ақсай-4» шағын ауданында екі жігіт 17 жастағы жасөспірімге пышақ кезеніп, телефоны мен қолындағы ақшасын тартып алған. Күдіктілер бір сағаттан кейін Төле би көшесінде ұсталды.

Медеу ауданы. 11 маусымға қараған түні Абай даңғылындағы түнгі клубта мас күйдегі үш ер адам күзетшіні ұрып, клубтың терезелерін сындырған. Күзетші ауруханаға жеткізілді, ал оқиға орнына келген полиция үшеуін де ұстады. Бұзақылық бойынша қылмыстық іс қозғалды.

Жетісу ауданы. Райымбек даңғылының бойындағы аулада «Тойота» көлігі ұрланған. Көлік иесінің айтуынша, көлік түнде ұрланған, ал таңертең ол аула камерасының жазбасын полицияға тапсырған. Айта кетейік, қаланың Жетісу ауданын 8 маусымда құрылған Жетісу облысымен шатастырмау керек: жаңа облыстың орталығы – Талдықорған қаласы.

Наурызбай ауданы. Полиция банк қызметкері болып қоңырау шалатын алаяқтар туралы тағы да ескертті: бір аптада аудандағы 12 тұрғын 9 миллион теңгеден айырылған.

Семей. Абай облысының орталығында 12 маусымға қараған түні Холодный ключ шағын ауданындағы аулада екі жеңіл көлік өртенді. Өрт сөндірушілер келгенде екі көлік те толық жанып кеткен. Көлік иелерінің бірі бұған дейін қоқан-лоққы хаттар алғанын айтқан. Облыс құрылғанына бір апта ғана болса да, тергеуді енді Абай облысы полиция департаменті жүргізеді. Бұған дейін Семей Шығыс Қазақстан облысының құрамында болған еді, ал облыс орталығы – Өскемен.

Алматы полициясының дерегінше, жыл басынан бері қалада 600-ге жуық көше тонауы тіркелген, бұл өткен жылғы көрсеткіштен 15 пайызға аз. Полиция тұрғындарды түнгі уақытта сақ болуға шақырады.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы қаласы', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:inside the name of an authority'}),
        ('Әуезов ауданы', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'section heading'}),
        ('Ақсай-4', 0, 'district', 'Aksai (Almaty)', 'Almaty', {'subkind': MD, 'note': 'name in quotes; microdistrict of Almaty, not the town of Aksai (West Kazakhstan Region)'}),
        ('Төле би көшесінде', 0, 'facility', 'Tole Bi Street (Almaty)', 'Almaty', {'subkind': ST, 'note': 'NI:place of arrest; street named after a person'}),
        ('Медеу ауданы', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'section heading'}),
        ('Абай даңғылындағы', 0, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': ST, 'note': 'avenue named after the poet; not Abai Region'}),
        ('Жетісу ауданы', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:section heading; car theft, not counted; not Jetisu Region'}),
        ('Райымбек даңғылының', 0, 'facility', 'Raiymbek Avenue (Almaty)', 'Almaty', {'subkind': ST, 'note': 'NI:car theft, not counted; avenue named after a person'}),
        ('Жетісу ауданын', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:explanation of the two names'}),
        ('Жетісу облысымен', 0, 'region', JTR, JTR, {'note': 'NI:new region created on 2022-06-08'}),
        ('Талдықорған қаласы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:centre of the new region'}),
        ('Наурызбай ауданы', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:section heading; phone fraud, not counted'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'section heading'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': '"the centre of Abai Region", i.e. Semey'}),
        ('Холодный ключ шағын ауданындағы', 0, 'district', 'Kholodny Klyuch (Semey)', ABR, {'subkind': MD, 'note': 'Russian name of a microdistrict in a Kazakh text'}),
        ('Абай облысы', 1, 'region', ABR, ABR, {'note': 'NI:inside the name of an authority'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:background on the former region'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:former region of Semey'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:centre of the former region'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:robbery statistics; modifier of "police"'}),
     ],
     inc={'Almaty': (2, 'teenager robbed at knifepoint in Aksai-4 (Auezov district); guard beaten and windows smashed in a nightclub on Abai Avenue (Medeu district); car theft and phone fraud not counted'),
          ABR: (1, 'two cars burnt in a courtyard in the Kholodny Klyuch microdistrict of Semey')}),

dict(id='p020', date='2013-10-08', lang='kk',
     event='2013 pensioner knocked down and robbed in the Stroitel microdistrict of Oral, suspects held on Dostyk Avenue, and a background nightclub fight on Kurmangazy Street (West Kazakhstan Region); a credit fraudster from Aksai who may have left for Russia\'s Samara Oblast (not counted)',
     text="""Оралда зейнеткерді соққыға жығып тонаған екі жігіт ұсталды
ОРАЛ, 8 қазан. ҚазАқпарат – Орал қаласының «Строитель» шағын ауданында дүйсенбі күні кешке екі жігіт 68 жастағы зейнеткерді соққыға жығып, сөмкесін тартып алған. Зейнеткердің қабырғасы сынып, ауруханаға түсті. Күдіктілер сол түні Достық даңғылында ұсталды, деп хабарлады Батыс Қазақстан облысының ішкі істер департаменті.
Өткен аптада Құрманғазы көшесіндегі түнгі клубта болған төбелесте екі адам жарақат алған еді, ол оқиға бойынша да бұзақылық туралы іс қозғалған.
Сондай-ақ полиция Ақсай қаласында несие рәсімдеуге көмектесемін деп 40-тан астам адамды алдаған әйелді іздестіріп жатыр. Тергеушілердің айтуынша, ол Ресейдің Самара облысына кетіп қалуы мүмкін.""",
     ann=[
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Орал қаласының', 0, 'city', 'Oral', WKR),
        ('Строитель', 0, 'district', 'Stroitel (Oral)', WKR, {'subkind': MD, 'note': 'name in quotes'}),
        ('Достық даңғылында', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': ST, 'note': 'NI:place of arrest'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Құрманғазы көшесіндегі', 0, 'facility', 'Kurmangazy Street (Oral)', WKR, {'subkind': ST, 'note': 'street named after a person; not Kurmangazy district (Atyrau Region)'}),
        ('Ақсай қаласында', 0, 'city', 'Aksai', WKR, {'note': 'NI:fraud, not counted'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:suspect's possible destination"}),
        ('Самара облысына', 0, 'foreign', 'Samara Oblast', N, {'note': "NI:suspect's possible destination"}),
     ],
     inc={WKR: (2, 'pensioner knocked down and robbed in the Stroitel microdistrict of Oral; background nightclub fight with two hurt on Kurmangazy Street; the fraud in Aksai is not counted')}),

dict(id='p021', date='2024-12-10', lang='kk',
     event='2024 shooting with a traumatic pistol in the car park of the Mega Silk Way mall in Nura district of Astana, suspect held on the Astana-Karaganda highway; car thefts in Baikonur and Almaty districts of the capital (not counted); cameras planned in the five districts',
     text="""Астанада сауда орталығының тұрағында атыс болды
АСТАНА, 10 желтоқсан. Kazinform – Астананың Нұра ауданындағы «Мега Силк Уэй» сауда орталығының тұрағында дүйсенбі күні кешке екі жүргізуші жол бермеді деп жанжалдасып, біреуі травматикалық тапаншадан оқ атқан. 35 жастағы ер адам аяғынан жараланып, ауруханаға жеткізілді. Атыс жасаған күдікті бір сағаттан кейін Астана – Қарағанды тас жолында ұсталды.
Қала полиция департаментінің мәліметінше, қыркүйектен бері Байқоңыр және Алматы аудандарында 30-дан астам көлік ұрланған. Полиция тұрғындарға көліктерді түнде аулада қараусыз қалдырмауға кеңес береді.
Департамент бастығының орынбасары Нұрлан Есенов 2025 жылы елорданың бес ауданында тағы 400 бейнекамера орнатылатынын айтты.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астананың', 0, 'city', 'Astana', 'Astana'),
        ('Нұра ауданындағы', 0, 'district', 'Nura District (Astana)', 'Astana', {'subkind': CD}),
        ('Мега Силк Уэй', 0, 'facility', 'Mega Silk Way (Astana)', 'Astana', {'subkind': 'shopping centre', 'note': 'name in quotes'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint; place of arrest on the road'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Байқоңыр', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:car thefts, not counted; in a list sharing "аудандарында"; district of the capital, not the cosmodrome'}),
        ('Алматы', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:car thefts, not counted; in a list sharing "аудандарында"; district of the capital, not Almaty'}),
        ('бес ауданында', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': "the capital's five districts; cameras planned, not an incident statement"}),
     ],
     inc={'Astana': (1, 'driver wounded by a traumatic pistol shot in the Mega Silk Way car park, Nura district; car thefts not counted')}),

dict(id='p022', date='2009-04-14', lang='kk',
     event='2009 Karaganda regional court sentences a car theft ring active in Temirtau and Zhezkazgan (Karaganda Region before 2022) that sold parts at the «Жұлдыз» car market in Karaganda and drove cars to Omsk Oblast; leader from Balkhash; bribery appeal of two Satpayev police officers (no incident: theft, bribery and sentences are not counted)',
     text="""Көлік ұрлаған топқа үкім шықты
ҚАРАҒАНДЫ, 14 сәуір. ҚазТАГ – Қарағанды облыстық соты 2007–2008 жылдары Теміртау мен Жезқазған қалаларында 40-тан астам көлік ұрлаған топтың жеті мүшесіне үкім шығарды. Олар 3 жылдан 8 жылға дейін бас бостандығынан айырылды.
Тергеу мәліметінше, топ ұрланған көліктерді бөлшектеп, қосалқы бөлшектерін Қарағандыдағы «Жұлдыз» көлік базарында сатқан, ал кейбір көліктерді Ресейдің Омбы облысына айдап әкетіп, жалған құжатпен өткізген. Топ жетекшісі – Балқаш қаласының тұрғыны.
Сол күні облыстық сот пара алғаны үшін сотталған Сәтбаев қаласының екі полиция қызметкерінің шағымын да қарап, үкімді өзгеріссіз қалдырды. Көлік ұрлаған топқа шығарылған үкім әлі заңды күшіне енген жоқ.""",
     ann=[
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:inside the name of a court (облыстық сот)'}),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:car thefts, not counted; in a list sharing "қалаларында"'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:car thefts, not counted; in a list sharing "қалаларында"; Karaganda Region before 2022-06-08'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:stolen parts sold'}),
        ('Жұлдыз', 0, 'facility', 'Zhuldyz car market (Karaganda)', KR, {'subkind': 'market', 'note': 'NI:stolen parts sold; name in quotes'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of stolen cars'}),
        ('Омбы облысына', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:destination of stolen cars'}),
        ('Балқаш қаласының', 0, 'city', 'Balkhash', KR, {'note': "NI:leader's residence"}),
        ('Сәтбаев қаласының', 0, 'city', 'Satpayev', KR, {'note': "NI:officers' workplace; bribery, not counted; Karaganda Region before 2022-06-08"}),
     ],
     inc={}),

dict(id='p023', date='2020-09-29', lang='kk',
     event='2020 weekly crime review of regional centres: three cars set on fire on Estai Street in Pavlodar; fight outside a nightclub in Almaty district of Aktobe (the Aktobe districts named Almaty and Astana); a student beaten and robbed on Bukhar Zhyrau Avenue in Kazybek bi district of Karaganda, suspects held on a bus to Temirtau; pickpocketing at Khan Shatyr and fraudsters in Nur-Sultan (not counted); robbery statistics for Almaty, Nur-Sultan and Shymkent',
     text="""Облыс орталықтарынан апталық қылмыс шолуы: Павлодарда көліктер өртелді, Ақтөбеде клуб алдында төбелес
НҰР-СҰЛТАН, 29 қыркүйек. Tengrinews.kz – Ішкі істер министрлігінің өңірлік департаменттері өткен аптадағы ең ауыр оқиғалар туралы хабарлады.

Павлодар. 24 қыркүйекке қараған түні Естай көшесіндегі тұрғын үйдің ауласында үш көлік өртенді. Бейнекамера жазбасында бетперде киген екі адамның көліктерге жанармай құйып жатқаны көрінеді. Павлодар облысы полиция департаменті қасақана өртеу бойынша қылмыстық іс қозғады. Өрт сөндірушілер жалынды жарты сағатта сөндірді, бірақ екі көлік толық жанып кетті. Көлік иелерінің бірі – жеке кәсіпкер, ол бұған дейін бәсекелестерінен қоқан-лоққы естігенін айтқан.

Ақтөбе. Қаланың Алматы ауданындағы түнгі клубтың алдында болған төбелесте 23 жастағы жігіт басынан ауыр жарақат алды. Жарақат алған жігіт облыстық ауруханада жатыр, дәрігерлер оның жағдайын ауыр деп бағалайды. Төбелеске қатысқан алты адам ұсталды. Полиция өкілі тұрғындардан қоңырау шалғанда ауданның атын нақты айтуды сұрайды: Ақтөбеде Алматы және Астана аудандары бар, ал кейбір адамдар оларды елордамен және оңтүстік астанамен шатастырады.

Қарағанды. Қазыбек би ауданында, Бұқар жырау даңғылында екі жігіт жаяу келе жатқан студентті ұрып, ноутбугын тартып алды. Студент ауруханада жатыр, ал күдіктілер ертесіне Теміртауға бара жатқан автобуста ұсталды. Полицияның айтуынша, олар бұған дейін де осындай екі тонауға қатысқан болуы мүмкін.

Нұр-Сұлтан. Есіл ауданындағы «Хан Шатыр» сауда орталығында қалта ұрысы бір әйелдің әмиянын ұрлап қашқан, ол үш сағаттан кейін ұсталды. Сарыарқа ауданында полиция банк қызметкері болып тұрғындарды алдаған алаяқтарды ұстады.

Министрліктің дерегінше, биыл сегіз айда елде 2100-ден астам көше тонауы тіркелген, олардың жартысына жуығы Алматы, Нұр-Сұлтан және Шымкент қалаларында. Министрлік өкілі өңірлердегі полиция бөлімдеріне түнгі патрульдерді күшейтуді тапсырғанын айтты.""",
     ann=[
        ('Павлодарда', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'section heading'}),
        ('Естай көшесіндегі', 0, 'facility', 'Estai Street (Pavlodar)', PR, {'subkind': ST, 'note': 'street named after a person'}),
        ('Павлодар облысы', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'section heading'}),
        ('Алматы ауданындағы', 0, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'note': 'district of Aktobe, not Almaty or Almaty Region'}),
        ('Ақтөбеде', 1, 'city', 'Aktobe', AR, {'note': 'NI:background on the city districts'}),
        ('Алматы', 1, 'district', 'Almaty District (Aktobe)', AR, {'subkind': CD, 'note': 'NI:background; in a list sharing "аудандары"'}),
        ('Астана', 0, 'district', 'Astana District (Aktobe)', AR, {'subkind': CD, 'note': 'NI:background; in a list sharing "аудандары"; district of Aktobe, not the capital'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'section heading'}),
        ('Қазыбек би ауданында', 0, 'district', 'Kazybek bi District (Karaganda)', KR, {'subkind': CD, 'note': 'district named after a person'}),
        ('Бұқар жырау даңғылында', 0, 'facility', 'Bukhar Zhyrau Avenue (Karaganda)', KR, {'subkind': ST, 'note': 'avenue named after a person'}),
        ('Теміртауға', 0, 'city', 'Temirtau', KR, {'note': "NI:bus destination; place of arrest"}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:section heading; pickpocketing and fraud, not counted'}),
        ('Есіл ауданындағы', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:pickpocketing, not counted'}),
        ('Хан Шатыр', 0, 'facility', 'Khan Shatyr (Astana)', 'Astana', {'subkind': 'shopping centre', 'note': 'NI:pickpocketing, not counted; name in quotes'}),
        ('Сарыарқа ауданында', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:fraudsters detained, not counted'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:robbery statistics; in a list sharing "қалаларында"'}),
        ('Нұр-Сұлтан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:robbery statistics; in a list sharing "қалаларында"'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:robbery statistics; in a list sharing "қалаларында"'}),
     ],
     inc={PR: (1, 'three cars set on fire in a courtyard on Estai Street, Pavlodar'),
          AR: (1, 'fight outside a nightclub in Almaty district of Aktobe, one badly hurt'),
          KR: (1, 'student beaten and robbed on Bukhar Zhyrau Avenue, Kazybek bi district of Karaganda')}),

dict(id='p024', date='2026-02-24', lang='kk',
     event='2026 twelve new neighbourhood police stations opened in Nauryzbay and Alatau districts of Almaty, four of them near the Barakholka market; 2025 statistics (robberies mostly in Almaly and Bostandyk districts); a situation centre planned at Abai Avenue and Sain Street; builders from Almaty and Jetisu regions (no incident)',
     text="""Алматыда 12 жаңа полиция бекеті ашылды
АЛМАТЫ, 24 ақпан. Kazinform – Алматы қаласы полиция департаменті Наурызбай және Алатау аудандарында 12 жаңа учаскелік полиция бекетін ашты. Олардың төртеуі Алатау ауданындағы «Барахолка» базарының маңында орналасқан, онда енді патрульдер тәулік бойы жұмыс істейді.
Департамент бастығы Ғалымжан Сейітқалиев 2025 жылы қаладағы көше тонаулары 18 пайызға азайғанын, ал интернет-алаяқтық 7 пайызға өскенін айтты. Тонаулардың ең көбі бұрынғыдай Алмалы және Бостандық аудандарында тіркелген.
«Қауіпсіз аула» жобасы қаланың сегіз ауданының барлығында жалғасады: биыл Абай даңғылы мен Саин көшесінің қиылысында жаңа жағдаяттық орталық ашылады. Бекеттерді салуға Алматы облысы мен Жетісу облысының құрылыс компаниялары қатысқан.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы қаласы', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Наурызбай', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:new police stations; in a list sharing "аудандарында"'}),
        ('Алатау', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:new police stations; in a list sharing "аудандарында"'}),
        ('Алатау ауданындағы', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:new police stations'}),
        ('Барахолка', 0, 'facility', 'Barakholka market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'NI:patrols; name in quotes'}),
        ('Алмалы', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:robbery statistics; in a list sharing "аудандарында"'}),
        ('Бостандық', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:robbery statistics; in a list sharing "аудандарында"'}),
        ('сегіз ауданының барлығында', 0, 'quantified', 'all 8 districts', N, {'count': 8, 'unit': 'district', 'quantifier': 'all', 'note': 'all eight districts of Almaty; a safety programme, not an incident statement'}),
        ('Абай даңғылы', 0, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': ST, 'note': 'NI:planned situation centre; avenue named after the poet, not Abai Region'}),
        ('Саин көшесінің', 0, 'facility', 'Sain Street (Almaty)', 'Almaty', {'subkind': ST, 'note': 'NI:planned situation centre; street named after a person'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': "NI:builders' origin; not the city"}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': "NI:builders' origin"}),
     ],
     inc={}),
]
