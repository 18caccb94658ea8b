"""Kazakh texts of the sixtieth unseen check corpus (Cyrillic; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2018-07-09', lang='kk',
     event='2018 fan fight after the Ordabasy-Tobol match at the Kazhymukan stadium in Shymkent (a city of republican significance for three weeks), seven detained; visiting fans from Kostanay; the renaming of South Kazakhstan Region recalled; a possible home match in Turkistan; the club «Тобыл» vs the river',
     text="""Шымкентте жанкүйерлер төбелесі: жеті адам ұсталды
ШЫМКЕНТ, 9 шілде. ҚазАқпарат – Жексенбі күні кешке Қажымұқан атындағы стадионда «Ордабасы» мен «Тобыл» командаларының ойынынан кейін жанкүйерлер арасында төбелес шықты. Шымкент қаласы полиция департаментінің хабарлауынша, жеті адам ұсталып, төрт адам жарақат алды.
Полицияның мәліметінше, Қостанайдан арнайы пойызбен келген 300-ге жуық қонақ жанкүйер ойын аяқталғаннан кейін стадион сыртында жергілікті жанкүйерлермен қақтығысқан. Тәртіп сақшылары екі топты бөліп, қонақтарды вокзалға дейін шығарып салды.
Еске сала кетейік, 19 маусымнан бастап Шымкент республикалық маңызы бар қала мәртебесін алды, ал бұрынғы Оңтүстік Қазақстан облысы Түркістан облысы болып аталды. Футбол федерациясы «Ордабасыға» айыппұл салуы мүмкін, ал клуб келесі үй ойынын Түркістанда өткізуі ықтимал.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Қажымұқан атындағы стадионда', 0, 'facility', 'Kazhymukan Munaitpasov Stadium (Shymkent)', 'Shymkent', {'subkind': 'stadium', 'note': 'named after a person'}),
        ('Шымкент қаласы', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (police department)'}),
        ('Қостанайдан', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of the visiting fans (the club «Тобыл» is not annotated)'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background on the 2018 reform'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'NI:background'}),
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'NI:possible venue of a future match'}),
     ],
     inc={'Shymkent': (1, 'fan fight outside the Kazhymukan stadium after the match, four hurt, seven detained')}),

dict(id='p018', date='2022-09-26', lang='kk',
     event='2022 summer season review of drownings: two teenagers in Lake Burabay (Akmola Region), a man in Lake Zhasybay (Bayanaul district, Pavlodar Region), a tourist off Akshi on Lake Alakol (Jetisu Region), a jet-ski collision in Konaev, the former Kapchagay (Almaty Region), a boy at the city beach of Aktau (Mangystau Region), a young man in the Irtysh at Semey (Abai Region), a fisherman in the Ural near Oral (West Kazakhstan Region); beaches closed in several districts of Jetisu Region; Astana dateline nine days after the renaming back',
     text="""Жазғы маусым қорытындысы: суға батқандар саны азаймады
АСТАНА, 26 қыркүйек. Kazinform – Төтенше жағдайлар министрлігі жазғы демалыс маусымының қорытындысын шығарды. Маусым басталғалы елде 212 адам суға батқан, оның 31-і – бала. Министрліктің баспасөз қызметі ең ауыр оқиғаларға тоқталды.

28 маусымда Маңғыстау облысында Каспий теңізінің Ақтаудағы қалалық жағажайында 9 жасар бала суға батты. Ата-анасы жағажайда болғанымен, баланың суға кеткенін байқамай қалған.

14 шілдеде Ақмола облысы Бурабай ауданындағы Бурабай көлінде қайықпен серуендеген екі жасөспірім суға батты. Қайық жағадан 300 метр жерде аударылып кеткен. Балалар Көкшетаудан демалуға келген екен.

2 тамызда Павлодар облысының Баянауыл ауданындағы Жасыбай көлінде 40 жастағы ер адам суға батып кетті. Ол Екібастұздан достарымен демалуға келген.

11 шілдеде Абай облысы Семей қаласында Ертіс өзенінде 17 жастағы жігіт суға батты. Ол достарымен бірге көпірден суға секірген.

Сол аптада Батыс Қазақстан облысында Орал қаласының маңында Жайық өзенінде балықшының қайығы аударылып, 60 жастағы балықшы қаза тапты.

7 тамызда Жетісу облысы Алакөл ауданындағы Ақши ауылының маңында толқын екі демалушыны көлге алып кетті. Біреуін құтқарушылар аман алып шықты, екіншісінің денесі келесі күні табылды.

20 тамызда Алматы облысының жаңа орталығы Қонаевта (бұрынғы Қапшағай) су қоймасында гидроцикл мен моторлы қайық соқтығысып, гидроцикл жүргізушісі қаза тапты.

Министрліктің мәліметінше, қайғылы оқиғалардың көбі жабдықталмаған жерлерде болған. «Адамдар суға мас күйінде түседі, балаларын қараусыз қалдырады. Судағы қауіпсіздік ережесін сақтамау – басты себеп», – деді министрлік өкілі Нұрлан Әбенов. Маусым ішінде Жетісу облысының бірнеше ауданында күшті жел мен толқынға байланысты жағажайлар уақытша жабылды, ал Түркістан облысы мен Шымкентте 40-тан астам рұқсатсыз жағажай анықталды. Құтқарушылар келер жылы Алакөл мен Бурабай көлінің жағасында қосымша бекеттер ашуды ұсынып отыр.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital renamed back to Astana on 2022-09-17'}),
        ('Маңғыстау облысында', 0, 'region', MR, MR),
        ('Каспий теңізінің', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'the city beach'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Бурабай ауданындағы', 0, 'district', 'Burabay District', AKR),
        ('Бурабай көлінде', 0, 'facility', 'Lake Burabay', N, {'subkind': 'lake'}),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of the victims'}),
        ('Павлодар облысының', 0, 'region', PR, PR),
        ('Баянауыл ауданындағы', 0, 'district', 'Bayanaul District', PR),
        ('Жасыбай көлінде', 0, 'facility', 'Lake Zhasybay', N, {'subkind': 'lake'}),
        ('Екібастұздан', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the victim'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Семей қаласында', 0, 'city', 'Semey', ABR),
        ('Ертіс өзенінде', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Батыс Қазақстан облысында', 0, 'region', WKR, WKR),
        ('Орал қаласының', 0, 'city', 'Oral', WKR, {'note': 'reference point ("маңында"); the drowning is in West Kazakhstan Region'}),
        ('Жайық өзенінде', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', JTR),
        ('Ақши ауылының', 0, 'village', 'Akshi', JTR),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'the region, not the city'}),
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'seat of Almaty Region since 2022'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev, in brackets'}),
        ('Жетісу облысының бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:beaches closed as a precaution; one span with the region name'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'NI:unauthorised beaches found'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:unauthorised beaches found'}),
        ('Алакөл', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:proposed rescue posts; shares "көлінің" with Бурабай'}),
        ('Бурабай көлінің', 0, 'facility', 'Lake Burabay', N, {'subkind': 'lake', 'note': 'NI:proposed rescue posts'}),
     ],
     inc={MR: (1, 'a boy drowned at the city beach of Aktau'),
          AKR: (1, 'two teenagers drowned when their boat capsized on Lake Burabay (one event)'),
          PR: (1, 'a man drowned in Lake Zhasybay, Bayanaul district'),
          JTR: (1, 'a holidaymaker drowned off Akshi, Alakol district'),
          ALR: (1, 'jet-ski and motor boat collision at Konaev, the jet-ski driver killed'),
          ABR: (1, 'a young man drowned in the Irtysh in Semey after jumping from a bridge'),
          WKR: (1, "a fisherman drowned when his boat capsized on the Ural near Oral")}),

dict(id='p019', date='1998-08-10', lang='kk',
     event='1998 boat capsizes on Lake Burabay (Borovoe), two tourists from Astana (the new capital, Akmola until May 1998) drown; the resort area under North Kazakhstan Region after Kokshetau Region was abolished in 1997 (Akmola Region only from 1999); Kokshetau dateline; Shchuchinsk district',
     text="""Бурабайда екі турист суға батты
КӨКШЕТАУ, 10 тамыз. ҚазАқпарат – Сенбі күні Бурабай көлінде (Боровое) қайық аударылып, Астанадан келген екі турист қаза тапты, деп хабарлады Солтүстік Қазақстан облысының төтенше жағдайлар басқармасы. Үшінші жолаушыны жағадағы демалушылар құтқарып қалды.
Курорт аймағы былтыр Көкшетау облысы таратылғаннан кейін Солтүстік Қазақстан облысына қарайды. Щучинск ауданының әкімі Болат Сейітов қайықтарды жалға беретін кәсіпкерлердің барлығы тексерілетінін айтты: қайықтағылардың ешқайсысында құтқару жилеті болмаған.
Жаңа елордадан – бұрынғы Ақмоладан – демалыс күндері Бурабайға мыңдаған адам келеді, бірақ жағажайларда бірде-бір құтқарушы жоқ. «Астанадан келетін жолдың өзі үш сағат, ал құтқару бекеті ең жақын дегенде Щучинскіде», – дейді демалушылардың бірі.""",
     ann=[
        ('Бурабайда', 0, 'village', 'Burabay', NKR, {'uncertain': True, 'note': 'headline; the resort village or the lake; North Kazakhstan Region 1997-1999 (the Kokshetau area passed to Akmola Region in 1999)'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', NKR, {'note': 'dateline; North Kazakhstan Region 1997-1999'}),
        ('Бурабай көлінде', 0, 'facility', 'Lake Burabay', N, {'subkind': 'lake'}),
        ('Боровое', 0, 'facility', 'Lake Burabay', N, {'subkind': 'lake', 'note': 'Russian name of the lake, in brackets'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the victims; the capital renamed from Akmola in May 1998'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Көкшетау облысы', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:background; Kokshetau Region abolished in 1997, labelled with the unit holding its land on the article date'}),
        ('Солтүстік Қазақстан облысына', 0, 'region', NKR, NKR),
        ('Щучинск ауданының', 0, 'district', 'Burabay District', NKR, {'note': 'inside the name of an authority (akim); the district renamed Burabay later'}),
        ('Бурабайға', 0, 'village', 'Burabay', NKR, {'note': 'NI:destination of holidaymakers'}),
        ('Ақмоладан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (until May 1998), in apposition to "жаңа елорда"; not Akmola Region'}),
        ('Астанадан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:origin of holidaymakers, in a quote'}),
        ('Щучинскіде', 0, 'city', 'Shchuchinsk', NKR, {'note': 'NI:nearest rescue post'}),
     ],
     inc={NKR: (1, 'boat capsized on Lake Burabay, two tourists drowned')}),

dict(id='p020', date='2011-02-04', lang='kk',
     event='2011 Asian Winter Games: a bus with foreign journalists collides with a lorry on the mountain road near the Medeu rink (Medeu district, Almaty), three journalists from Japan and South Korea slightly hurt; venues in Astana (Alau) and Almaty (Medeu, Shymbulak, Sunkar)',
     text="""Азиада: журналистер мінген автобус жол апатына ұшырады
АЛМАТЫ, 4 ақпан. ҚазАқпарат – VII қысқы Азия ойындарын жазып жүрген шетелдік журналистер мінген автобус бүгін таңертең Шымбұлаққа апаратын тау жолында жүк көлігімен соқтығысты. Алматы қаласы Медеу ауданының ішкі істер басқармасының мәліметінше, Жапония мен Оңтүстік Кореядан келген үш журналист жеңіл жарақат алды.
Автобус Медеу мұз айдынынан жоғары бұрылыста тайғанап, қарсы келе жатқан жүк көлігіне соғылған. Оқиғадан кейін тау шаңғысы жарыстарының басталуы бір сағатқа кейінге қалдырылды.
Азия ойындары 30 қаңтарда Астанада ашылды. Жарыстар Астананың «Алау» мұз сарайында, сондай-ақ Алматыдағы Медеу мен Шымбұлақта өтіп жатыр, шаңғымен секіру «Сұңқар» трамплиндер кешенінде өтеді.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Шымбұлаққа', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:destination of the road'}),
        ('Алматы қаласы', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Медеу ауданының', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of an authority'}),
        ('Жапония', 0, 'foreign', 'Japan', N, {'note': 'NI:origin of the journalists'}),
        ('Оңтүстік Кореядан', 0, 'foreign', 'South Korea', N, {'note': 'NI:origin of the journalists'}),
        ('Медеу мұз айдынынан', 0, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'the crash happened on the bend above it'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:opening ceremony'}),
        ('Астананың', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue'}),
        ('Алау', 0, 'facility', 'Alau ice palace (Astana)', 'Astana', {'subkind': 'sports palace', 'note': 'NI:venue; name in quotation marks'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:venues'}),
        ('Медеу', 2, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:venue'}),
        ('Шымбұлақта', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:venue'}),
        ('Сұңқар', 0, 'facility', 'Sunkar ski jumping complex (Almaty)', 'Almaty', {'subkind': 'ski jump', 'note': 'NI:venue; name in quotation marks'}),
     ],
     inc={'Almaty': (1, 'bus with journalists collided with a lorry on the mountain road above the Medeu rink, three slightly hurt')}),

dict(id='p021', date='2024-07-22', lang='kk',
     event='2024 weekend in the mountains: a mudflow hits three cars on the road to Big Almaty Lake (Karasay district), a tourist dies after a fall from a horse at the Kolsai Lakes (Raiymbek district, Saty), a climber from Yekaterinburg dies on Talgar Peak (Talgar district) (all Almaty Region); four tourists from Astana found in the Charyn Canyon (not counted); a grass fire in the Altyn-Emel National Park (Kerbulak district, Jetisu Region); the Shymbulak cable car stopped by wind in Medeu district of Almaty (not counted)',
     text="""Тау шежіресі: сел, құлау, адасқан туристер және өрт
АЛМАТЫ, 22 шілде. Orda.kz – Алматы маңындағы тауларда өткен демалыс күндері құтқарушылар бірнеше рет шұғыл шақыру алды. Ең маңызды оқиғаларды жинақтадық.

Сел. Сенбі күні кешке нөсерден кейін Үлкен Алматы көліне апаратын жолда шағын сел жүрді. Алматы облысы Қарасай ауданының аумағында лай мен тас үш көлікті басып қалды, жолаушылар көліктерден уақытында шығып үлгерді. Көлге баратын жол дүйсенбіге дейін жабылды. Үлкен Алматы көлі Іле Алатауы ұлттық паркінің аумағында орналасқан.

Көлсай. Райымбек ауданындағы Көлсай көлдерінде атпен серуендеген 56 жастағы турист аттан құлап, басынан ауыр жарақат алды. Оны Саты ауылындағы фельдшерлік пунктке жеткізді, бірақ дәрігерлер құтқарып қала алмады.

Талғар шыңы. Ресейдің Екатеринбург қаласынан келген 38 жастағы альпинист Талғар ауданындағы Талғар шыңына көтерілу кезінде мұзды беткейден сырғанап құлап, қаза тапты. Құтқарушылар денені тікұшақпен Талғар қаласына түсірді. Альпинист серіктерімен бірге бұған дейін Қырғызстанда, Хан Тәңірі маңында жаттыққан.

Шарын. Шарын шатқалында адасып кеткен, Астанадан келген төрт туристі құтқарушылар жексенбі күні таңертең тауып алды. Олардың денсаулығына қауіп жоқ.

Алтынемел. Жетісу облысы Кербұлақ ауданындағы Алтынемел ұлттық паркінде жексенбі күні шамамен 30 гектар құрғақ шөп өртенді. Өртті орман күзетшілері мен құтқарушылар үш сағатта сөндірді. Өрттің себебі – туристер сөндірмей кеткен от.

Шымбұлақ. Медеу ауданындағы Шымбұлақ курортында жексенбі күні күшті жел салдарынан аспалы жол екі сағатқа тоқтап қалды. Кабиналарда қалған 40-қа жуық адамды құтқарушылар арқанмен түсірді, зардап шеккендер жоқ.

Төтенше жағдайлар департаменті тауға шығатын туристерді маршрутын алдын ала тіркеуге шақырды. «Алматы облысы мен Алматы қаласының тауларында әр жазда ондаған адам адасады», – деді департамент өкілі.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point ("Алматы маңындағы")'}),
        ('Үлкен Алматы көліне', 0, 'facility', 'Big Almaty Lake', N, {'subkind': 'lake', 'note': 'NI:destination of the road'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Қарасай ауданының', 0, 'district', 'Karasay District', ALR, {'note': 'locates the mudflow'}),
        ('Үлкен Алматы көлі', 0, 'facility', 'Big Almaty Lake', N, {'subkind': 'lake', 'note': 'NI:background'}),
        ('Іле Алатауы ұлттық паркінің', 0, 'facility', 'Ile-Alatau National Park', N, {'subkind': 'national park', 'note': 'NI:spans Almaty city and Almaty Region, hence adm1 null'}),
        ('Көлсай', 0, 'facility', 'Kolsai Lakes', N, {'subkind': 'lake', 'note': 'section heading'}),
        ('Райымбек ауданындағы', 0, 'district', 'Raiymbek District', ALR),
        ('Көлсай көлдерінде', 0, 'facility', 'Kolsai Lakes', N, {'subkind': 'lake'}),
        ('Саты ауылындағы', 0, 'village', 'Saty', ALR, {'note': 'NI:first-aid post where the tourist was taken'}),
        ('Талғар шыңы', 0, 'facility', 'Talgar Peak', N, {'subkind': 'mountain', 'note': 'section heading'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of the climber'}),
        ('Екатеринбург қаласынан', 0, 'foreign', 'Yekaterinburg', N, {'note': 'NI:origin of the climber'}),
        ('Талғар ауданындағы', 0, 'district', 'Talgar District', ALR, {'note': 'locates the peak'}),
        ('Талғар шыңына', 0, 'facility', 'Talgar Peak', N, {'subkind': 'mountain'}),
        ('Талғар қаласына', 0, 'city', 'Talgar', ALR, {'note': 'NI:where the body was brought'}),
        ('Қырғызстанда', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:earlier training'}),
        ('Хан Тәңірі', 0, 'facility', 'Khan Tengri', N, {'subkind': 'mountain', 'note': 'NI:earlier training; peak on the border, here on the Kyrgyz side'}),
        ('Шарын', 0, 'facility', 'Charyn Canyon', N, {'subkind': 'canyon', 'note': 'NI:section heading; lost tourists found unhurt'}),
        ('Шарын шатқалында', 0, 'facility', 'Charyn Canyon', N, {'subkind': 'canyon', 'note': 'NI:lost tourists found unhurt'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the tourists'}),
        ('Алтынемел', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park', 'note': 'section heading'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('Кербұлақ ауданындағы', 0, 'district', 'Kerbulak District', JTR),
        ('Алтынемел ұлттық паркінде', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park'}),
        ('Шымбұлақ', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:section heading; cable car stopped, nobody hurt'}),
        ('Медеу ауданындағы', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:cable car stopped, nobody hurt'}),
        ('Шымбұлақ курортында', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:cable car stopped by wind, people brought down unhurt'}),
        ('Алматы облысы', 1, 'region', ALR, ALR, {'note': 'NI:statistic in a quote'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistic in a quote'}),
     ],
     inc={ALR: (3, 'mudflow on the road to Big Almaty Lake in Karasay district (three cars buried); fatal fall from a horse at the Kolsai Lakes (Raiymbek district); fatal fall of a climber on Talgar Peak (Talgar district); the lost tourists in the Charyn Canyon are not an incident'),
          JTR: (1, 'grass fire in the Altyn-Emel National Park, Kerbulak district')}),

dict(id='p022', date='2005-03-14', lang='kk',
     event='2005 hockey fans fight in the stands of the ice palace in Satbayev during the Kazakhmys-Torpedo match, five detained (Karaganda Region before the 2022 split); visiting fans from Ust-Kamenogorsk; Zhezkazgan dateline; the clubs «Қазақмыс» and «Торпедо» not annotated',
     text="""Сәтбаевта хоккей жанкүйерлері төбелесті
ЖЕЗҚАЗҒАН, 14 наурыз. ҚазТАГ – Жексенбі күні Сәтбаев қаласындағы мұз сарайында «Қазақмыс» пен «Торпедо» командаларының ойыны кезінде трибунада жанкүйерлер төбелесіп, екі адам ауруханаға түсті. Қарағанды облысы ішкі істер департаментінің мәліметінше, бес адам ұсталды.
Куәгерлердің айтуынша, Өскеменнен автобуспен келген 40-қа жуық жанкүйер екінші кезеңде алаңға бөтелке лақтыра бастаған, кейін екі жақтың жанкүйерлері бір-біріне тап берген. Ойын 20 минутқа тоқтатылды, «Торпедо» 4:2 есебімен жеңді.
Сәтбаев пен Жезқазғанның арасы 20 шақырымдай, «Қазақмыс» ойындарына екі қаладан да жанкүйерлер жиналады. Клуб басшылығы келесі ойындарда мұз сарайына полиция күшейтілген құрамда шақырылатынын мәлімдеді.""",
     ann=[
        ('Сәтбаевта', 0, 'city', 'Satbayev', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satbayev', KR),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the visiting fans'}),
        ('Сәтбаев', 1, 'city', 'Satbayev', KR, {'note': 'NI:distance statement'}),
        ('Жезқазғанның', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:distance statement'}),
     ],
     inc={KR: (1, 'fan fight in the stands of the ice palace in Satbayev, two hurt, five detained')}),

dict(id='p023', date='2012-08-13', lang='kk',
     event='2012 London Olympics: a boxer from Shieli wins gold; during the night motorcade in Kyzylorda a car hits a pedestrian on Aiteke Bi Street (Kyzylorda Region); fireworks set a roof on fire in the Nursat microdistrict of Shymkent (South Kazakhstan Region before 2018); a knife fight by the big screen on Abai Square in Taraz (Jambyl Region); a motorcade in Aktobe with fireworks fines only; crowd at Republic Square in Almaty without incident; team returns via Moscow',
     text="""Лондондағы алтын және елдегі мереке: жанкүйерлердің қуанышы оқыссыз өтпеді
АЛМАТЫ, 13 тамыз. ҚазАқпарат – Лондон олимпиадасында қазақстандық боксшы Ерлан Әбдіқадыров алтын медаль жеңіп алды. Финалда ол Кубаның боксшысын ұпай есебімен жеңді. Бұл – Қазақстан құрамасының Ұлыбританиядағы ойындардағы бесінші алтыны.

Боксшының туған жері – Қызылорда облысы Шиелі кенті. Жеңістен кейін Қызылордада жүздеген жанкүйер көшеге шықты. Облыстық полиция департаментінің хабарлауынша, түнгі сағат екіде Әйтеке би көшесінде көлік шеруі кезінде жеңіл көлік жаяу жүргіншіні қағып кетті. Жараланған 19 жастағы жігіт ауруханаға жеткізілді, жүргізуші ұсталды. Шиеліде мереке тыныш өтті, кент әкімі жерлесін ауылда үлкен тойға күтетінін айтты.

Сол түні Шымкентте де жанкүйерлер мерекеледі. Оңтүстік Қазақстан облысының төтенше жағдайлар департаменті Нұрсәт шағынауданындағы жеке үйдің шатыры мерекелік отшашудан өртенгенін хабарлады. Өртті 40 минутта сөндірді, зардап шеккендер жоқ. Олимпиадада шымкенттік ауыр атлет те күміс алған болатын. Оның туған ауылы – Сайрам ауданындағы Қарамұрт ауылында да жерлестері мерекелеп, дастарқан жайды.

Таразда да Абай алаңындағы үлкен экран алдында мыңдаған адам жиналды. Жамбыл облысы полиция департаментінің мәліметінше, финалдан кейін екі топ жастың арасында төбелес шығып, екі адам пышақ жарақатын алды, үш адам ұсталды.

Ақтөбеде жанкүйерлер Әбілқайыр хан даңғылында көлік шеруін өткізді. Қалалық полиция рұқсатсыз отшашу атқан екі жігітке әкімшілік хаттама толтырды, басқа оқиға тіркелмеді.

Алматыда Республика алаңындағы үлкен экран алдында финалды 5 мыңдай адам тамашалады. Қалалық полиция тәртіп бұзушылық тіркелмегенін айтты.

Боксшылар олимпиадаға алдымен Қырғызстандағы Шолпан-Ата қаласында, кейін Ұлыбританияның Шеффилд қаласындағы базада дайындалған. Бас бапкер Мұрат Жақыпов жеңісті «бүкіл елдің жеңісі» деп атады.

Құрама Лондоннан Мәскеу арқылы 15 тамызда Алматыға оралады. Чемпионды әуежайда Қызылорда мен Шиелінің жанкүйерлері де күтіп алмақ.""",
     ann=[
        ('Лондондағы', 0, 'foreign', 'London', N, {'note': 'headline; NI:Olympics abroad'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Лондон', 0, 'foreign', 'London', N, {'note': 'NI:inside the event name "Лондон олимпиадасы"'}),
        ('Кубаның', 0, 'foreign', 'Cuba', N, {'note': "NI:opponent's country"}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'national team named after the country'}),
        ('Ұлыбританиядағы', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:Olympics abroad'}),
        ('Қызылорда облысы', 0, 'region', KZR, KZR, {'note': "NI:the boxer's birthplace"}),
        ('Шиелі', 0, 'village', 'Shieli', KZR, {'note': "NI:the boxer's birthplace; settlement (кент)"}),
        ('Қызылордада', 0, 'city', 'Kyzylorda', KZR),
        ('Әйтеке би көшесінде', 0, 'facility', 'Aiteke Bi Street (Kyzylorda)', KZR, {'subkind': 'street', 'note': 'street named after a person; not Aiteke Bi village'}),
        ('Шиеліде', 0, 'village', 'Shieli', KZR, {'note': 'NI:celebrations without incident'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Нұрсәт шағынауданындағы', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('Таразда', 0, 'city', 'Taraz', JR),
        ('Абай алаңындағы', 0, 'facility', 'Abai Square (Taraz)', JR, {'subkind': 'square', 'note': 'square named after a person; not Abai Region'}),
        ('Жамбыл облысы', 0, 'region', JR, JR, {'note': 'inside the name of an authority (police department)'}),
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'NI:motorcade; fireworks fines only'}),
        ('Әбілқайыр хан даңғылында', 0, 'facility', 'Abulkhair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'NI:avenue named after a person'}),
        ('Сайрам ауданындағы', 0, 'district', 'Sayram District', SKR, {'note': "NI:the weightlifter's home district; celebrations"}),
        ('Қарамұрт ауылында', 0, 'village', 'Karamurt', SKR, {'note': 'NI:celebrations'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:crowd without incident'}),
        ('Республика алаңындағы', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:crowd without incident'}),
        ('Қырғызстандағы', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:training camp'}),
        ('Шолпан-Ата қаласында', 0, 'foreign', 'Cholpon-Ata', N, {'note': 'NI:training camp'}),
        ('Ұлыбританияның', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:training base'}),
        ('Шеффилд қаласындағы', 0, 'foreign', 'Sheffield', N, {'note': 'NI:training base'}),
        ('Лондоннан', 0, 'foreign', 'London', N, {'note': 'NI:route'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'NI:transit'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Қызылорда', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:origin of fans; the city, shares no head noun'}),
        ('Шиелінің', 0, 'village', 'Shieli', KZR, {'note': 'NI:origin of fans'}),
     ],
     inc={KZR: (1, 'a car in the night motorcade hit a pedestrian on Aiteke Bi Street in Kyzylorda'),
          SKR: (1, 'fireworks set the roof of a house on fire in the Nursat microdistrict of Shymkent'),
          JR: (1, 'knife fight between two groups after the final near the screen on Abai Square in Taraz, two hurt, three detained')}),

dict(id='p024', date='2026-04-20', lang='kk',
     event='2026 five Karaganda students lost in a snowstorm on the Ulytau mountains, one dies of hypothermia (Ulytau district, Ulytau Region); hospital in Ulytau village; Zhezkazgan dateline; Ulytau the mountains, the district, the village and the region',
     text="""Ұлытау тауында адасқан студенттердің бірі қаза тапты
ЖЕЗҚАЗҒАН, 20 сәуір. Kazinform – Ұлытау облысында тауға жорыққа шыққан бес студенттің бірі суықтан қаза тапты, деп хабарлады облыстық төтенше жағдайлар департаменті.
Қарағандыдағы университеттің студенттері сенбі күні Ұлытау ауданындағы Ұлытау тауының ең биік нүктесі – Әулиетау шыңына көтерілген. Кешке ауа райы күрт бұзылып, қар жауды, топ жолдан адасты. Құтқарушылар оларды түнгі сағат үште тапты. Бір студент гипотермиядан көз жұмды, қалған төртеуі Ұлытау ауылындағы ауруханаға жеткізілді.
Ұлытау облысы 2022 жылы құрылғаннан бері өңірге келетін туристер саны екі есеге өсті. Көктемде Жезқазған мен Сәтбаевтан демалыс күндері тауға жүздеген адам барады, бірақ маршруттарда байланыс жоқ. Департамент туристерге жорыққа шығар алдында құтқарушыларға хабарлауды ұсынды.""",
     ann=[
        ('Ұлытау тауында', 0, 'facility', 'Ulytau mountains', N, {'subkind': 'mountain', 'note': 'headline; the mountains, not the region, district or village'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:the students\' university'}),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', UR),
        ('Ұлытау тауының', 0, 'facility', 'Ulytau mountains', N, {'subkind': 'mountain'}),
        ('Әулиетау шыңына', 0, 'facility', 'Auliyetau peak', N, {'subkind': 'mountain'}),
        ('Ұлытау ауылындағы', 0, 'village', 'Ulytau', UR, {'note': 'NI:hospital'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'NI:background, tourism statistic'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of hikers'}),
        ('Сәтбаевтан', 0, 'city', 'Satbayev', UR, {'note': 'NI:origin of hikers'}),
     ],
     inc={UR: (1, 'five students lost in a snowstorm on the Ulytau mountains (Ulytau district), one died of hypothermia')}),
]
