# Diagrammen: deras rubriker, axlar och förklaringar, meningen som säger vad varje diagram
# visar och tabellen med dess siffror.

charts-the-numbers = Siffrorna
charts-light = Ljus
charts-no-running = ingen löpning
charts-letter-green = G
charts-letter-amber = Gu
charts-letter-red = R
charts-runs = { $count ->
    [one] { $count } löprunda
   *[other] { $count } löprundor
}

# Veckodiagrammet (Idag, Utveckling, rapporten).
charts-weekly-title = { $count ->
    [one] Distans och morgonsmärta, den senaste veckan
   *[other] Distans och morgonsmärta, de senaste { $count } veckorna
}
charts-week-bar = Veckan från { $week }: { $distance } på { $runs }
charts-week-pain = Veckan från { $week }: smärta nästa morgon { $pain } av 10
charts-week-light = Veckan från { $week }: { $light }
charts-new-shoe = Ny sko, första gången veckan från { $week }: { $shoe }
charts-weekly-none = { $count ->
    [one] Inga löprundor den senaste veckan.
   *[other] Inga löprundor de senaste { $count } veckorna.
}
charts-weekly-biggest = ; mest på en vecka var { $distance }, veckan från { $week }
charts-weekly-total = { $distance } på { $runs } { $count ->
    [one] den senaste veckan
   *[other] de senaste { $count } veckorna
}{ $biggest }.
charts-weekly-pain-none = Ingen smärta nästa morgon loggad de här veckorna.
charts-weekly-pain-one = Smärta nästa morgon: { $pain } av 10 (veckan från { $week }).
charts-weekly-pain-moved = Den genomsnittliga smärtan nästa morgon gick från { $first } (veckan från { $first_week }) till { $last } av 10 (veckan från { $last_week }).
charts-weekly-lights = Veckor efter ljus: grön { $green }, gul { $amber }, röd { $red }, utan löpning { $none }.
charts-weekly-shoe = { $shoe } (veckan från { $week })
charts-weekly-shoes = Nya skor: { $list }.
charts-distance-axis = Distans ({ $unit })
charts-morning-pain-axis = Morgonsmärta (0–10)
charts-week-starting = Vecka (från måndag)
charts-weekly-empty = Inga löprundor eller morgonsmärta loggade de här veckorna än
charts-weekly-caption = Vecka för vecka, senaste först
charts-col-week-of = Veckan från
charts-col-distance = Distans
charts-col-runs = Löprundor
charts-col-morning-pain = Morgonsmärta
charts-col-new-shoe = Ny sko

# Rapportens smärtdiagram.
charts-pain-mark-during = { $day }: { $score } av 10 under löprundan
charts-pain-mark-after = { $day }: { $score } av 10 efter löprundan
charts-pain-none = { $count ->
    [one] Ingen smärta loggad under eller efter den enda löprundan.
   *[other] Ingen smärta loggad under eller efter de { $count } löprundorna.
}
charts-pain-logged = Smärta loggad för { $with } av { $count } löprundor; den högsta var { $top } av 10.
charts-pain-mornings = Smärtan nästa morgon gick vecka för vecka från { $first } till { $last } av 10.
charts-pain-mornings-none = Ingen smärta nästa morgon loggad.
charts-pain-legend = Smärta (0–10):
charts-pain-legend-during = under
charts-pain-legend-after = efter
charts-pain-legend-morning = veckans snitt nästa morgon
charts-pain-empty = Ingen smärta loggad under perioden

# Belastningsdiagrammet (Utveckling).
charts-load-waiting = Belastningsdiagrammet visas när det finns data för { $needed } dagar (LOAD-2 jämför en vecka med de fyra före den); hittills finns det { $count ->
    [0] inga
    [one] 1
   *[other] { $count }
}.
charts-load-title = Träningsbelastning, de senaste { $count } dagarna
charts-load-summary = Från { $from } till { $to } gick den akuta belastningen (snitt över 7 dagar) från { $acute_from } till { $acute_to } och den kroniska belastningen (snitt över 28 dagar) från { $chronic_from } till { $chronic_to }, i RPE × minuter.
charts-load-ratio = Kvoten mellan akut och kronisk belastning är { $ratio }; över 1,5 är ett tecken på att du kan överväga att hålla belastningen där den är (LOAD-3).
charts-load-axis = Belastning (RPE × min)
charts-load-acute = Akut, 7 dagar
charts-load-chronic = Kronisk, 28 dagar
charts-load-x = Dag (datum på måndagar)
charts-load-caption = Dag för dag, senaste först, i RPE × minuter
charts-col-day = Dag
charts-col-load-day = Belastning den dagen
charts-col-acute = Akut
charts-col-chronic = Kronisk

# En övnings nivå över tid (Program).
charts-level-title = { $name }: nivå över tid
charts-level-waiting = Inga pass med { $name } än: övningen är på nivå 1 av { $top }. Linjen börjar med ditt första pass.
charts-level-dot = Pass den { $day }, på nivå { $level }
charts-sessions = { $count ->
    [one] { $count } pass
   *[other] { $count } pass
}
charts-level-summary = Nivå { $level } av { $top } efter { $sessions }.
charts-level-up = Upp från { $from } till { $to } den { $day }.
charts-level-down = Ned från { $from } till { $to } den { $day }.
charts-level-no-change = Ingen förändring än.
charts-level-axis = Nivå

# Kalendern över träningspass (Program).
charts-calendar-title = { $count ->
    [one] Pass gjorda mot planen, den här veckan
   *[other] Pass gjorda mot planen, de senaste { $count } veckorna
}
charts-calendar-week = Veckan
charts-calendar-legend = ✓ gjort · ◐ delvis · ✗ missat · ○ planerat · + gjort på en vilodag · tjock kant: en styrkedag
charts-calendar-caption = Varje dag i varje vecka, senaste veckan sist
charts-col-strength = Styrka
charts-of = { $done } av { $target }
charts-routine-warmup = uppvärmning
charts-routine-cooldown = nedvarvning
charts-routine-strength = höftstyrka
charts-nothing = inget
charts-status-met = Uppnått
charts-status-missed = Missat
charts-status-nothing-planned = Ingen plan
charts-status-on-track = På god väg
charts-status-behind = Släpar
charts-week-status-met = uppnått
charts-week-status-missed = missat
charts-week-status-nothing-planned = inget planerat
charts-week-status-on-track = på god väg
charts-week-status-behind = ligger efter
charts-day-rest = vilodag
charts-day-extra = gjort { $done } (inte planerat)
charts-day-planned = planerat { $planned }
charts-day-missed = planerat { $planned }, inte gjort
charts-day-done = planerat { $planned }; gjort { $done }
charts-calendar-first = Kalendern börjar med veckan för ditt första pass.
charts-calendar-none = { $count ->
    [one] Ännu ingen hel vecka med planerad styrketräning den senaste veckan.
   *[other] Ännu ingen hel vecka med planerad styrketräning de senaste { $count } veckorna.
}
charts-calendar-met = Målet för styrketräning uppnått { $met } av de { $count } hela veckorna med en plan (två pass i veckan, eller alla planerade om de är färre; PROG-1).
charts-calendar-streak = { $count ->
    [one] 1 vecka i rad uppnådd.
   *[other] { $count } veckor i rad uppnådda.
}
charts-calendar-this-week = Den här veckan (från { $week }): { $done } av { $target } styrkepass, { $status }.
