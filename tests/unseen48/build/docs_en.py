"""English texts of the forty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2023-03-14', lang='en',
     event='2023 weekly police summary of Jambyl Region: herder beaten and 14 horses driven off near Kenen, Kordai district, suspects detained in Tokmok (Kyrgyzstan); wedding stabbing in Merke; telephone fraud in Taraz and three districts (not counted); sentence in Sarysu district for an old sheep theft (not counted); Zhambyl district vs the region; thefts up in five districts; wedding brawls in three other, unnamed regions (unattributed)',
     text="""Horse thieves, a wedding stabbing and phone scams: the week in Jambyl police reports
TARAZ, March 14 (KazTAG) - Police in Jambyl region opened 46 criminal cases last week, most of them thefts of livestock and telephone frauds, the regional police department said on Tuesday. These are the main cases from its weekly summary.

Kordai district. On the night of March 9 three riders drove off 14 horses from a winter camp about 8 km from the village of Kenen. The herder, a 58-year-old resident of Kenen, tried to stop them and was beaten with a whip handle; he is in hospital in Kordai with a broken arm. The tracks led south towards the Kyrgyz border. On Sunday two suspects were detained in Tokmok, in Kyrgyzstan's Chuy region, and the Kordai district police department has asked for their extradition.

Merke. A fight broke out at a wedding in a banquet hall in Merke late on Saturday. A 24-year-old guest from the village of Aspara was stabbed in the stomach and is in a serious condition. The attacker, a relative of the groom, was detained on the spot.

Taraz. A 71-year-old pensioner transferred 2.3 million tenge to fraudsters who called her pretending to be bank staff. Police say such calls are now reported "every day" in Taraz and in the Shu, Baizak and Zhambyl districts.

Sarysu district. The Sarysu district court in Zhanatas sentenced two brothers to four years for stealing 27 sheep from a farm in Saudakent last autumn. The animals had been sold at a bazaar in Shymkent.

The department added that thefts of cattle and horses had risen in five districts of the region since January, and that two wanted men had been handed over to Russia: one had been sought in Orenburg for robbery, the other in Novosibirsk for fraud. The Interior Ministry said separately that wedding brawls had left guests injured in three other regions over the same weekend, without naming them.""",
     ann=[
        ('Jambyl', 0, 'region', JR, JR, {'note': 'headline; noun modifier ("Jambyl police")'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Jambyl region', 0, 'region', JR, JR),
        ('Kordai district', 0, 'district', 'Kordai District', JR, {'note': 'section heading'}),
        ('Kenen', 0, 'village', 'Kenen', JR, {'note': 'NI:reference point ("about 8 km from the village of")'}),
        ('Kenen', 1, 'village', 'Kenen', JR, {'note': "NI:herder's residence"}),
        ('Kordai', 1, 'village', 'Kordai', JR, {'note': 'NI:hospital; the village, centre of Kordai district'}),
        ('Tokmok', 0, 'foreign', 'Tokmok', N, {'note': 'NI:place of detention, Kyrgyzstan'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'possessive'}),
        ('Chuy region', 0, 'foreign', 'Chuy Region', N, {'note': 'region of Kyrgyzstan'}),
        ('Kordai district', 1, 'district', 'Kordai District', JR, {'note': 'inside the name of an authority (police department)'}),
        ('Merke', 0, 'village', 'Merke', JR, {'note': 'section heading'}),
        ('Merke', 1, 'village', 'Merke', JR),
        ('Aspara', 0, 'village', 'Aspara', JR, {'note': "NI:victim's origin"}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'section heading; NI:telephone fraud, not an incident'}),
        ('Taraz', 1, 'city', 'Taraz', JR, {'note': 'NI:telephone fraud, not an incident'}),
        ('Shu', 0, 'district', 'Shu District', JR, {'note': 'NI:fraud; in a list sharing "districts"'}),
        ('Baizak', 0, 'district', 'Baizak District', JR, {'note': 'NI:fraud; in a list sharing "districts"'}),
        ('Zhambyl', 0, 'district', 'Zhambyl District (Jambyl Region)', JR, {'note': 'NI:fraud; in a list sharing "districts": the district, not the region'}),
        ('Sarysu district', 0, 'district', 'Sarysu District', JR, {'note': 'section heading'}),
        ('Sarysu district', 1, 'district', 'Sarysu District', JR, {'note': 'inside the name of a court'}),
        ('Zhanatas', 0, 'city', 'Zhanatas', JR, {'note': 'NI:seat of the court'}),
        ('Saudakent', 0, 'village', 'Saudakent', JR, {'note': 'NI:non-violent theft last autumn, not an incident'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:where the stolen sheep were sold'}),
        ('five districts', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'rise in livestock thefts; not incidents'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:where a wanted man was sought'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:where a wanted man was sought'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'wedding brawls with injured guests in three unnamed regions'}),
     ],
     inc={JR: (2, 'violent horse theft near Kenen, Kordai district (herder beaten); stabbing at a wedding in Merke; frauds, the old sheep theft in Saudakent and its sentence are not counted')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'wedding brawls with injured guests in three other, unnamed regions'}]),

dict(id='p002', date='1994-06-07', lang='en',
     event='1994 Akmola regional court jails two men for an October 1993 cattle raid on a state farm near Pokrovka, Shortandy district, in which a watchman was beaten to death (Akmola Region); meat sold in Omsk; Akmola the city (later the capital) vs the region',
     text="""Two jailed for deadly cattle raid in Shortandy district
AKMOLA, June 7 (Interfax-Kazakhstan) - The Akmola regional court on Tuesday sentenced two men to 12 and 9 years in prison for a raid on a state farm in Shortandy district last October in which a night watchman was beaten to death.
According to the verdict, on the night of October 18, 1993, the men drove a lorry into the farm's cattle yard near the village of Pokrovka, tied up one watchman and beat the other with an iron bar when he raised the alarm. He died in hospital two days later. The men loaded 11 bullocks and drove north towards the Russian border; the meat was later sold at a market in Omsk.
A third defendant, a resident of Akmola, was acquitted for lack of evidence. The prosecutor told the court that cattle theft had become "a plague" since collective farming collapsed, and that the regional police had registered more than 300 such cases in 1993 alone. The farm's director said it had lost almost a quarter of its herd in two years.""",
     ann=[
        ('Shortandy district', 0, 'district', 'Shortandy District', AKR, {'note': 'headline'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city later made the capital (Akmola 1992-1998)'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'inside the name of a court ("Akmola regional court")'}),
        ('Shortandy district', 1, 'district', 'Shortandy District', AKR),
        ('Pokrovka', 0, 'village', 'Pokrovka (Shortandy district)', AKR, {'note': 'NI:reference point ("near the village of"); a common village name'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:where the meat was sold'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': "NI:defendant's residence; the city, not the region"}),
     ],
     inc={AKR: (1, 'October 1993 raid on the state farm cattle yard in Shortandy district, watchman beaten to death (narrated with place and date); the sentence is not counted')}),

dict(id='p003', date='2019-07-02', lang='en',
     event='2019 mass brawl at a used-car market in Enbekshi district of Shymkent, 14 detained (Shymkent as a city of republican significance); dealers from Saryagash (Turkistan Region); two Uzbek citizens who entered via Gisht-Kuprik and the Zhibek Zholy checkpoint',
     text="""Mass brawl at Shymkent car market: 14 detained
SHYMKENT, July 2 (Tengrinews) - Police detained 14 people after a fight involving about 40 men at a used-car market in Shymkent's Enbekshi district on Monday evening, the city police department said. Three men were taken to hospital with knife wounds.
According to the police, the fight began over a debt between car dealers from Shymkent and dealers from the town of Saryagash in neighbouring Turkistan region. Two of the detained are citizens of Uzbekistan who had crossed the border that morning at the Zhibek Zholy checkpoint, coming from the Uzbek post of Gisht-Kuprik.
The Enbekshi district court will decide on Wednesday whether to remand the suspects in custody. Shymkent has been a city of republican significance since June last year, and its police department now reports directly to the Interior Ministry in Nur-Sultan.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'possessive'}),
        ('Enbekshi district', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': "NI:dealers' origin"}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': "NI:dealers' origin"}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:location of the origin town'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'checkpoint', 'note': 'NI:border crossing'}),
        ('Gisht-Kuprik', 0, 'foreign', 'Gisht-Kuprik', N, {'subkind': 'checkpoint', 'note': 'NI:Uzbek border post'}),
        ('Enbekshi district', 1, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'inside the name of a court'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:status of the city'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={'Shymkent': (1, 'mass brawl with knife wounds at a used-car market in Enbekshi district; detentions are part of the brawl')}),

dict(id='p004', date='2008-10-21', lang='en',
     event='2008 South Kazakhstan Region: border guards wound a cattle smuggler at Atameken, Makhtaaral district; shepherd families fight with a hunting rifle at Sholakkorgan, Sozak district; trial in Turkestan of a horse-theft gang (Ordabasy and Tolebi districts, horses sold in Osh); grain fraud in three districts (not counted); Uzbek post Yallama closed opposite Konysbayeva',
     text="""Shots on the Uzbek border, a pasture feud and a horse-theft trial
SHYMKENT, Oct 21 (Reuters) - A smuggler was wounded on Sunday night when Kazakh border guards opened fire on a group driving cattle across the Uzbek border in South Kazakhstan's Makhtaaral district, the regional border department said on Tuesday.
The five men were trying to take 32 head of cattle over an irrigation canal at the village of Atameken. The guards fired warning shots and then shot one of the men in the leg when he ran at them with a knife. The other four escaped to Uzbekistan. The wounded man, a resident of Zhetysai, is under guard in hospital.
In response, the Uzbek side closed its Yallama post, opposite the Kazakh crossing at Konysbayeva, for most of Monday, and queues of lorries stretched for several kilometres. Border officials say cattle are smuggled south because prices at markets in Tashkent are almost twice as high.
On the same day two shepherd families fought over a pasture at the village of Sholakkorgan in Sozak district, some 350 km to the north. Five men were hurt, one of them by a shot from a hunting rifle, and the Sozak district police detained three.
In Turkestan, the town court began hearing the case of a gang accused of stealing 60 horses in Ordabasy and Tolebi districts in 2007 and selling them in Osh, in Kyrgyzstan. The defendants deny the charges.
In Shymkent, the financial police detained the director of a grain company from Lenger on suspicion of cheating farmers in three districts of the region out of 40 million tenge.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'possessive'}),
        ('Makhtaaral district', 0, 'district', 'Makhtaaral District', SKR),
        ('Atameken', 0, 'village', 'Atameken (Makhtaaral district)', SKR, {'note': 'a common village name'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Zhetysai', 0, 'city', 'Zhetysai', SKR, {'note': "NI:wounded man's residence"}),
        ('Yallama', 0, 'foreign', 'Yallama', N, {'subkind': 'checkpoint', 'note': 'NI:Uzbek border post, closed'}),
        ('Konysbayeva', 0, 'facility', 'Konysbayeva checkpoint', SKR, {'subkind': 'checkpoint', 'note': 'NI:Kazakh border crossing (Saryagash district); named after a person'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:markets'}),
        ('Sholakkorgan', 0, 'village', 'Sholakkorgan', SKR),
        ('Sozak district', 0, 'district', 'Sozak District', SKR),
        ('Sozak district', 1, 'district', 'Sozak District', SKR, {'note': 'inside the name of an authority (police)'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:seat of the court; the town, not the later region'}),
        ('Ordabasy', 0, 'district', 'Ordabasy District', SKR, {'note': 'NI:non-violent horse thefts in 2007; in a list sharing "districts"'}),
        ('Tolebi', 0, 'district', 'Tolebi District', SKR, {'note': 'NI:non-violent horse thefts in 2007; in a list sharing "districts"; not Tole Bi village in Jambyl Region'}),
        ('Osh', 0, 'foreign', 'Osh', N, {'note': 'NI:where the horses were sold'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:detention'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': "NI:company's seat"}),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'fraud; not incidents'}),
     ],
     inc={SKR: (2, 'border guards shoot and wound a cattle smuggler at Atameken, Makhtaaral district; armed fight of shepherd families at Sholakkorgan, Sozak district; the trial, the 2007 thefts and the fraud are not counted')}),

dict(id='p005', date='2001-02-13', lang='en',
     event='2001 taxi driver beaten and robbed of his car on the Semipalatinsk-Ust-Kamenogorsk road (East Kazakhstan Region); suspects detained in Rubtsovsk (Altai Krai, Russia); sheep thefts in Zaisan and Urdzhar districts (not counted)',
     text="""Taxi driver beaten and robbed outside Semipalatinsk; suspects held in Russia
UST-KAMENOGORSK, Feb 13 (Kazinform) - Two young men who beat a taxi driver and stole his car on the Semipalatinsk-Ust-Kamenogorsk road have been detained in the Russian town of Rubtsovsk, the East Kazakhstan regional police department said on Tuesday.
The driver, a 45-year-old resident of Semipalatinsk, picked up the pair at the city's bus station on February 9. About 20 km out of town they hit him on the head with a bottle, left him in the snow and drove off. He walked to a roadside cafe and called the police.
Rubtsovsk lies about 100 km north of the border in Russia's Altai Krai. The men were detained there on Sunday when they tried to sell the car. Kazakhstan has asked Russia to hand them over; they would then stand trial at the Semipalatinsk city court.
Police in Zaisan and Urdzhar districts also reported that 40 sheep were stolen from winter pastures last week.""",
     ann=[
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; NI:reference point ("outside")'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'NI:road endpoint'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Rubtsovsk', 0, 'foreign', 'Rubtsovsk', N, {'note': 'NI:place of detention'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority (regional police)'}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': "NI:driver's residence"}),
        ('Rubtsovsk', 1, 'foreign', 'Rubtsovsk', N),
        ('Russia', 1, 'foreign', 'Russia', N, {'note': 'possessive'}),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Russia', 2, 'foreign', 'Russia', N),
        ('Semipalatinsk', 3, 'city', 'Semey', EKR, {'note': 'inside the name of a court'}),
        ('Zaisan', 0, 'district', 'Zaisan District', EKR, {'note': 'NI:sheep thefts; in a list sharing "districts"'}),
        ('Urdzhar', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:sheep thefts; in a list sharing "districts"; East Kazakhstan Region before 2022'}),
     ],
     inc={EKR: (1, 'taxi driver beaten and robbed of his car about 20 km outside Semipalatinsk; the sheep thefts are not counted')}),

dict(id='p006', date='2022-09-27', lang='en',
     event='2022 first weekly police summary of the new Abai, Jetisu and Ulytau regions: horse theft near Makanchi, Urzhar district (not counted); man wanted for fraud in Karakol detained in Semey; fatal bar fight in Taldykorgan and a shepherd beaten in a sheep theft at Zhansugurov, Aksu district (Jetisu Region); fight of miners at a hostel in Satpayev; camels missing in Zhanaarka district (Ulytau Region)',
     text="""New regions, old crimes: the first police week of Abai, Jetisu and Ulytau
SEMEY, Sept 27 (Vlast.kz) - More than three months after the Abai, Jetisu and Ulytau regions were carved out of the East Kazakhstan, Almaty and Karaganda regions, their new police departments have issued their first weekly summaries. Here are the main cases.

Abai region. Thieves drove off 23 horses from a farm at Makanchi, in Urzhar district, apparently without anyone noticing; the animals were found two days later at a slaughterhouse in Ayagoz, and the owner of the slaughterhouse was detained. In Semey, police detained a man at the railway station who is wanted in Kyrgyzstan over a 2019 fraud in Karakol; he is to be handed over to Bishkek.

Jetisu region. A fight in a bar in Taldykorgan early on Saturday left one man dead and two injured. The suspect, a 30-year-old from Tekeli, gave himself up the next morning. In Aksu district, two men on a motorcycle beat a shepherd at the village of Zhansugurov and drove off 30 sheep; the flock was found the same night. The Sarkand district court, meanwhile, jailed a woman who sold non-existent coal to pensioners in Zharkent and Ushtobe.

Ulytau region. Workers from two shifts fought at a mine hostel in Satpayev on Thursday evening; eleven people were detained and four treated for injuries. In Zhanaarka district, which moved to the new region in June, a farmer reported that 12 camels had disappeared from his pasture.

Livestock theft is "our main headache in all three regions", the head of the Jetisu police told Vlast.kz. Many residents of Taldykorgan, the seat of Almaty region until June 8, still call the old regional hotline.""",
     ann=[
        ('Abai', 0, 'region', ABR, ABR, {'note': 'headline; noun modifier; Abai Region since 2022-06-08'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'in a list sharing "regions"'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'in a list sharing "regions"'}),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'in a list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:former unit; in a list sharing "regions"'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:former unit; in a list sharing "regions": the region, not the city'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:former unit; in a list sharing "regions"'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'section heading'}),
        ('Makanchi', 0, 'village', 'Makanchi', ABR, {'note': 'NI:non-violent horse theft'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:non-violent horse theft'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:where the horses were found'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:place of detention'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Karakol', 0, 'foreign', 'Karakol', N, {'note': 'NI:old fraud abroad'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'uncertain': True, 'note': 'metonymy for the Kyrgyz authorities; NI:extradition'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'section heading'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': "NI:suspect's origin"}),
        ('Aksu district', 0, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'not the town of Aksu in Pavlodar Region'}),
        ('Zhansugurov', 0, 'village', 'Zhansugurov', JTR, {'note': 'centre of Aksu district'}),
        ('Sarkand district', 0, 'district', 'Sarkand District', JTR, {'note': 'inside the name of a court'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:fraud, not an incident'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:fraud, not an incident'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'section heading'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:camels missing, not an incident; Karaganda Region before 2022-06-08'}),
        ('all three regions', 0, 'quantified', 'all 3 regions', N, {'count': 3, 'unit': 'region', 'quantifier': 'all', 'note': 'livestock theft; not incidents; the three regions are named'}),
        ('Jetisu', 3, 'region', JTR, JTR, {'note': 'inside the name of an authority (police)'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:background, former seat of Almaty Region'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
     ],
     inc={JTR: (2, 'fatal bar fight in Taldykorgan; shepherd beaten in a sheep theft at Zhansugurov, Aksu district; the fraud is not counted'),
          UR: (1, 'fight between two shifts at a mine hostel in Satpayev, four hurt; the missing camels are not counted')}),

dict(id='p007', date='2015-05-19', lang='en',
     event='2015 lorry driver stabbed at a roadside cafe in Darinskoe, Zelenov district (West Kazakhstan Region); two men from Saratov region stopped at the Taskala checkpoint; camels stolen in Zhanibek district found in Volgograd region (not counted); Uralsk and Oral',
     text="""Lorry driver stabbed at roadside cafe; two Russians held at border
ORAL, May 19 (KazTAG) - Two Russian citizens from Saratov region have been detained over the stabbing of a lorry driver at a roadside cafe in the village of Darinskoe, Zelenov district, the West Kazakhstan regional police department said on Tuesday.
The 39-year-old driver, who lives in Aksai, was stabbed on Sunday evening during a quarrel over a parking space and is in intensive care in Uralsk. The suspects tried to leave for Russia through the Taskala checkpoint a few hours later but were stopped by border guards.
The Zelenov district court is expected to rule on their arrest on Wednesday. Separately, police in Zhanibek district said that 17 camels stolen from a farm last month had been found across the border in Russia's Volgograd region.""",
     ann=[
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Saratov region', 0, 'foreign', 'Saratov Oblast', N, {'note': "NI:suspects' origin"}),
        ('Darinskoe', 0, 'village', 'Darinskoe', WKR),
        ('Zelenov district', 0, 'district', 'Zelenov District', WKR, {'note': 'renamed Baiterek district in 2018'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority (regional police)'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': "NI:driver's residence"}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:hospital; Russian name of Oral'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Taskala checkpoint', 0, 'facility', 'Taskala checkpoint', WKR, {'subkind': 'checkpoint', 'note': 'NI:place of detention'}),
        ('Zelenov district', 1, 'district', 'Zelenov District', WKR, {'note': 'inside the name of a court'}),
        ('Zhanibek district', 0, 'district', 'Zhanibek District', WKR, {'note': 'NI:non-violent camel theft'}),
        ('Russia', 1, 'foreign', 'Russia', N, {'note': 'possessive'}),
        ('Volgograd region', 0, 'foreign', 'Volgograd Oblast', N, {'note': 'NI:where the camels were found'}),
     ],
     inc={WKR: (1, 'lorry driver stabbed at a roadside cafe in Darinskoe, Zelenov district; the detention and the camel theft are not counted')}),

dict(id='p008', date='2026-02-10', lang='en',
     event='2026 trial of an investment pyramid at the Yesil district court of Astana, depositors in seven regions (fraud, not counted); two depositors from Karaganda attack a defendant in the court corridor (Astana); organiser extradited from Bishkek; a suspect believed in Dubai',
     text="""Pyramid scheme trial opens in Astana after scuffle in court corridor
ASTANA, Feb 10 (Kazinform) - The trial of six people accused of running an investment pyramid that took about 4 billion tenge from more than 3,000 depositors opened at the Yesil district court of Astana on Tuesday. Prosecutors say the group recruited investors in seven regions through online chats, promising returns of 30% a month.
Before the hearing began, two depositors who had travelled from Karaganda attacked one of the defendants in the corridor as guards led him in. A guard was hurt and both men were detained.
The alleged organiser, a 41-year-old native of Kokshetau, was extradited from Kyrgyzstan last year after his arrest in Bishkek. Investigators are still looking for a seventh suspect, who they believe is in Dubai. Depositors from Aktobe, Oral and Shymkent also came to the hearing, which was adjourned until Thursday.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'inside the name of a court'}),
        ('Astana', 1, 'city', 'Astana', 'Astana'),
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'fraud victims; not incidents'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:attackers' origin"}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': "NI:organiser's birthplace"}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:place of arrest'}),
        ('Dubai', 0, 'foreign', 'Dubai', N),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': "NI:depositors' origin"}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': "NI:depositors' origin"}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:depositors' origin"}),
     ],
     inc={'Astana': (1, 'depositors attack a defendant in the court corridor, a guard hurt; the fraud and the trial are not counted')}),
]
