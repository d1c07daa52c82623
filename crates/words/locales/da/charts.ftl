# Graferne: deres titler, akser og forklaringer, sætningen, der siger hver graf med ord, og
# tabellen med dens tal.

charts-the-numbers = Tallene
charts-light = Lys
charts-no-running = intet løb
charts-letter-green = G
charts-letter-amber = Gu
charts-letter-red = R
charts-runs = { $count ->
    [one] { $count } løbetur
   *[other] { $count } løbeture
}

# Ugegrafen (I dag, Udvikling, rapporten).
charts-weekly-title = { $count ->
    [one] Distance og morgensmerte, den seneste uge
   *[other] Distance og morgensmerte, de seneste { $count } uger
}
charts-week-bar = Ugen fra { $week }: { $distance } på { $runs }
charts-week-pain = Ugen fra { $week }: smerte næste morgen { $pain } af 10
charts-week-light = Ugen fra { $week }: { $light }
charts-new-shoe = Ny sko, første gang i ugen fra { $week }: { $shoe }
charts-weekly-none = { $count ->
    [one] Ingen løbeture den seneste uge.
   *[other] Ingen løbeture de seneste { $count } uger.
}
charts-weekly-biggest = ; den største uge var { $distance }, ugen fra { $week }
charts-weekly-total = { $distance } på { $runs } { $count ->
    [one] den seneste uge
   *[other] de seneste { $count } uger
}{ $biggest }.
charts-weekly-pain-none = Ingen smerte næste morgen registreret i disse uger.
charts-weekly-pain-one = Smerte næste morgen: { $pain } af 10 (ugen fra { $week }).
charts-weekly-pain-moved = Den gennemsnitlige smerte næste morgen gik fra { $first } (ugen fra { $first_week }) til { $last } af 10 (ugen fra { $last_week }).
charts-weekly-lights = Uger efter lys: grøn { $green }, gul { $amber }, rød { $red }, uden løb { $none }.
charts-weekly-shoe = { $shoe } (ugen fra { $week })
charts-weekly-shoes = Nye sko: { $list }.
charts-distance-axis = Distance ({ $unit })
charts-morning-pain-axis = Morgensmerte (0–10)
charts-week-starting = Uge (fra mandag)
charts-weekly-empty = Ingen løbeture eller morgensmerte registreret i disse uger endnu
charts-weekly-caption = Uge for uge, nyeste først
charts-col-week-of = Ugen fra
charts-col-distance = Distance
charts-col-runs = Løbeture
charts-col-morning-pain = Morgensmerte
charts-col-new-shoe = Ny sko

# Rapportens smertegraf.
charts-pain-mark-during = { $day }: { $score } af 10 under løbeturen
charts-pain-mark-after = { $day }: { $score } af 10 efter løbeturen
charts-pain-none = { $count ->
    [one] Ingen smerte registreret under eller efter den ene løbetur.
   *[other] Ingen smerte registreret under eller efter de { $count } løbeture.
}
charts-pain-logged = Smerte registreret for { $with } af { $count } løbeture; den højeste var { $top } af 10.
charts-pain-mornings = Smerten næste morgen gik uge for uge fra { $first } til { $last } af 10.
charts-pain-mornings-none = Ingen smerte næste morgen registreret.
charts-pain-legend = Smerte (0–10):
charts-pain-legend-during = under
charts-pain-legend-after = efter
charts-pain-legend-morning = ugens gennemsnit næste morgen
charts-pain-empty = Ingen smerte registreret i perioden

# Belastningsgrafen (Udvikling).
charts-load-waiting = Belastningsgrafen kommer, når der er data for { $needed } dage (LOAD-2 sammenligner en uge med de fire før den); indtil nu er der { $count ->
    [0] ingen
    [one] 1
   *[other] { $count }
}.
charts-load-title = Træningsbelastning, de seneste { $count } dage
charts-load-summary = Fra { $from } til { $to } gik den akutte belastning (gennemsnit over 7 dage) fra { $acute_from } til { $acute_to } og den kroniske belastning (gennemsnit over 28 dage) fra { $chronic_from } til { $chronic_to }, i RPE × minutter.
charts-load-ratio = Forholdet mellem akut og kronisk belastning er { $ratio }; over 1,5 er et tegn på, at du kan overveje at holde belastningen, hvor den er (LOAD-3).
charts-load-axis = Belastning (RPE × min)
charts-load-acute = Akut, 7 dage
charts-load-chronic = Kronisk, 28 dage
charts-load-x = Dag (dato ved hver mandag)
charts-load-caption = Dag for dag, nyeste først, i RPE × minutter
charts-col-day = Dag
charts-col-load-day = Belastning den dag
charts-col-acute = Akut
charts-col-chronic = Kronisk

# En øvelses niveau over tid (Program).
charts-level-title = { $name }: niveau over tid
charts-level-waiting = Ingen træningspas med { $name } endnu: øvelsen er på niveau 1 af { $top }. Linjen begynder med dit første træningspas.
charts-level-dot = Træningspas den { $day }, på niveau { $level }
charts-sessions = { $count ->
    [one] { $count } træningspas
   *[other] { $count } træningspas
}
charts-level-summary = Niveau { $level } af { $top } efter { $sessions }.
charts-level-up = Op fra { $from } til { $to } den { $day }.
charts-level-down = Ned fra { $from } til { $to } den { $day }.
charts-level-no-change = Ingen ændring endnu.
charts-level-axis = Niveau

# Kalenderen over træningspas (Program).
charts-calendar-title = { $count ->
    [one] Træningspas udført i forhold til planen, denne uge
   *[other] Træningspas udført i forhold til planen, de seneste { $count } uger
}
charts-calendar-week = Ugen
charts-calendar-legend = ✓ udført · ◐ delvist · ✗ ikke udført · ○ planlagt · + udført på en hviledag · tyk kant: en styrkedag
charts-calendar-caption = Hver dag i hver uge, seneste uge sidst
charts-col-strength = Styrke
charts-of = { $done } af { $target }
charts-routine-warmup = opvarmning
charts-routine-cooldown = nedkøling
charts-routine-strength = hoftestyrke
charts-nothing = intet
charts-status-met = Nået
charts-status-missed = Ikke nået
charts-status-nothing-planned = Ingen plan
charts-status-on-track = På vej
charts-status-behind = Bagud
charts-week-status-met = nået
charts-week-status-missed = ikke nået
charts-week-status-nothing-planned = intet planlagt
charts-week-status-on-track = på vej
charts-week-status-behind = bagud
charts-day-rest = hviledag
charts-day-extra = udført { $done } (ikke planlagt)
charts-day-planned = planlagt { $planned }
charts-day-missed = planlagt { $planned }, ikke udført
charts-day-done = planlagt { $planned }; udført { $done }
charts-calendar-first = Kalenderen begynder med ugen for dit første træningspas.
charts-calendar-none = { $count ->
    [one] Endnu ingen hel uge med planlagt styrketræning den seneste uge.
   *[other] Endnu ingen hel uge med planlagt styrketræning de seneste { $count } uger.
}
charts-calendar-met = Målet for styrketræning nået i { $met } af de { $count } hele uger med en plan (to træningspas om ugen eller alle planlagte, hvis der er færre; PROG-1).
charts-calendar-streak = { $count ->
    [one] 1 uge i træk nået.
   *[other] { $count } uger i træk nået.
}
charts-calendar-this-week = Denne uge (fra { $week }): { $done } af { $target } styrkepas, { $status }.
