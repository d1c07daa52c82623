# Rapporten till fysioterapeuten: sidan, filen från `runwell report --out` och texten i
# terminalen säger samma sak.

report-title = Höftsmärta och löpning: en sammanfattning till min fysioterapeut
report-title-period = { $title } · { $from } till { $to }
report-lead = Gjord av runwell utifrån min egen dagbok, mina löprundor och träningspass. Den visar vad jag har loggat; den är ingen diagnos.
report-who = Vem och när
report-pain = Smärta
report-pain-chart = Smärta under och efter varje löprunda, och veckans genomsnittliga smärta nästa morgon
report-load = Löpning
report-flags-none = Inget hopp på en enskild runda (SPIKE-1) och ingen ökning från vecka till vecka (WEEK-1) höll tillbaka ljuset under perioden.
report-programme = Höftprogram
report-programme-none = Inga träningspass var planerade under perioden.
report-levels-none = Ingen styrkeövning har gjorts än.
report-week-of = Veckan från
report-strength = Styrka
report-warmups = Uppvärmning
report-cooldowns = Nedvarvning
report-status = Veckan
report-movement = Övning
report-level = Nivå nu
report-changed = Senast ändrad
report-check = Kontroll av varningstecken
report-answers-none = Inga kontrollfrågor besvarades under perioden.
report-triage-now = Kontrollens nivå vid periodens slut
report-kit = Skor och underlag
report-notes = Mina anteckningar till fysioterapeuten
report-notes-hint = Allt du vill fråga om eller berätta; sparas med rapportens period och skrivs ut på en egen sida.
report-notes-save = Spara anteckningarna
report-generated = Gjord den
report-print-hint = Vill du spara den som PDF, använd webbläsarens Skriv ut och välj "Spara som PDF" (eller `runwell report --pdf`).
report-disclaimer = runwell informerar och ställer ingen diagnos. Gränsvärdena är de evidensregler som står bredvid dem (id:n i EVIDENCE.md); de som är markerade som standardvärden är runwells egna val.

report-more-flags = { $count ->
    [one] …och 1 varning till under perioden (se `runwell today --today DAG`).
   *[other] …och { $count } varningar till under perioden (se `runwell today --today DAG`).
}
report-of = { $done } av { $planned }

report-period-label = Period
report-period = { $from } till { $to } ({ $weeks } { $weeks ->
    [one] träningsvecka
   *[other] träningsveckor
})
report-where-label = Smärta oftast loggad
report-where-none = inte loggad
report-where-side = { $side } höft
report-where-region = höften: { $region }
report-where-both = båda höfterna, { $region }
report-where-both-only = båda höfterna
report-where-side-region = { $side } höft, { $region }
report-side-left = vänster
report-side-right = höger
report-side-both = båda
report-region-outer = utsida
report-region-groin = ljumske
report-region-buttock = skinka
report-region-deep = djupt inne
report-episode-label = Smärtperioden började
report-episode-none = ingen smärtperiod i dagboken (morgon- eller vardagssmärta på { $score } eller mer de senaste { $days } dagarna, NRS-1)

report-nrs-none = NRS-1: ingen smärtperiod att jämföra med.
report-nrs-waiting = NRS-1: periodens första vecka hade ett snitt på { $baseline }; de senaste 7 dagarna kan inte jämföras än (det krävs två veckor emellan och en anteckning på morgonen eller i vardagen).
report-nrs = NRS-1: { $verdict } — de senaste 7 dagarna hade ett snitt på { $now } mot { $baseline } under periodens första vecka (märkbart är en minskning med { $points } poäng eller { $percent }).
report-nrs-better = märkbart bättre
report-nrs-not-yet = ännu inte märkbart bättre

report-load-total = { $total } på { $runs } { $runs ->
    [one] löprunda
   *[other] löprundor
} under { $weeks } { $weeks ->
    [one] vecka
   *[other] veckor
} ({ $per_week } i veckan i snitt).
report-longest = Längsta löprundan: { $distance } { $day }.
report-level-unchanged = inte än (fortfarande startnivån)

report-no-runs = Inga löprundor under perioden.
report-no-shoe = ingen sko angiven
report-shoe = { $name } { $distance } ({ $runs } { $runs ->
    [one] löprunda
   *[other] löprundor
})
report-surface-unknown = inte angivet { $distance }
report-surface = { $surface } { $distance }
report-shoes = Skor: { $list }.
report-surfaces = Underlag: { $list }.
report-surface-road = väg
report-surface-track = bana
report-surface-grass = gräs
report-surface-trail = stig
report-surface-treadmill = löpband
report-surface-mixed = blandat

report-yes = ja
report-no = nej

# `runwell report` i en terminal.
report-cli-run-pain = { $day } { $distance }: under { $during }, efter { $after }
report-cli-wrote-pdf = Rapporten har skrivits till { $path } (PDF, A4).
report-cli-wrote-html = Rapporten har skrivits till { $path }. Öppna den i en webbläsare och skriv ut den (Spara som PDF sparar en kopia).
