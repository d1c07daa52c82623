# Siden Udvikling.

trends-title = Udvikling
trends-heading = Udvikling
trends-lead = Sådan er dit løb og din hofte gået, uge for uge. Hver graf siger med ord, hvad den viser, og „Tallene“ under den giver alle værdierne.
trends-weeks = Dine uger
trends-weeks-hint = En uges lys er det værste af dens dage (PAIN, SPIKE, WEEK). En ny sko er markeret fra den uge, du første gang løb i den (SHOE-4), så en ændring i morgensmerten kan ses ved siden af; det beviser ikke, at skoen var årsagen.
trends-load = Træningsbelastning
trends-load-hint = Belastning er anstrengelse (RPE) × minutter for hver løbetur og hvert træningspas (LOAD-1). Den akutte linje følger den seneste uge, den kroniske de seneste fire (LOAD-2). De beskriver din træning; de forudsiger ikke skader.
