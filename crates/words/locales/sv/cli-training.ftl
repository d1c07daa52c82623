# Terminalens ord för träning, utrustning, programmet och det guidade passet. Tal och dagar kommer in redan skrivna.

## runwell plan, adherence, session, log session

cli-plan-warmup = uppvärmning
cli-plan-cooldown = nedvarvning
cli-plan-strength = styrka
cli-plan-rest = vila
cli-plan-no-alarms = utan påminnelser
cli-plan-alarm = en påminnelse { $minutes } minuter innan varje dag börjar
cli-plan-wrote = { $weeks ->
    [one] { $weeks } vecka
   *[other] { $weeks } veckor
} av din plan har skrivits till { $file }, { $alarm }. Importera filen i din kalenderapp; importerar du en nyare fil uppdateras samma händelser.
cli-plan-heading = Din plan från { $day }
cli-plan-footer = Uppvärmning före varje löprunda, nedvarvning efteråt och styrkepasset 2–3 gånger i veckan (PROG-1).
cli-plan-calendar = Lägg in den i din kalender: `runwell plan --weeks 8 --ics plan.ics`.
cli-adherence-heading = Planerat och gjort
cli-adherence-columns = vecka från    styrka  uppvärmn.  nedvarvn.  status
cli-adherence-of = av
cli-adherence-streak = Svit: { $weeks ->
    [one] { $weeks } vecka
   *[other] { $weeks } veckor
} i rad där planen har hållits.
cli-adherence-met = En vecka är uppnådd med minst { $floor } styrkepass (PROG-1), eller alla planerade om de är färre.
cli-session-saved = Sparat: { $routine }, { $day }: { $done } av { $sets } set enligt plan.

## runwell shoes, surfaces, cadence

cli-kit-no-groups = (inga löprundor med en smärtanteckning nästa morgon än)
cli-kit-after-runs = efter { $runs ->
    [one] { $runs } löprunda
   *[other] { $runs } löprundor
}
cli-shoes-added = { $name } har lagts till: { $km }, inspektera vid { $inspect }, byt ut runt { $replace }{ $default }.
cli-shoes-added-default = ; nya löprundor använder dem
cli-shoes-retired = { $name } är pensionerade. Kilometrarna finns kvar i din historik.
cli-shoes-renamed = { $name } heter nu { $new }.
cli-shoes-default = Nya löprundor använder { $name }.
cli-shoes-delete-ask = raderar du { $name } tas skorna bort från sina löprundor: lägg till --yes för att radera dem (pensionera dem hellre för att behålla kilometrarna: `runwell shoes retire NAMN`)
cli-shoes-heading = Dina skor
cli-shoes-none = Inga skor än. Lägg till ett par: `runwell shoes add "Pegasus 41" --default`.
cli-shoes-fine = bra
cli-shoes-inspect = inspektera (SHOE-2)
cli-shoes-replace = byt ut (SHOE-2)
cli-shoes-retired-state = pensionerade
cli-shoes-is-default = standard
cli-shoes-wear = av ~{ $replace }, { $runs ->
    [one] { $runs } löprunda
   *[other] { $runs } löprundor
}: { $state }
cli-shoes-guidance = Inspektera mellansulan och yttersulan runt { $inspect } och överväg att byta ut skorna runt { $replace } (konsumentråd, SHOE-2, runwells standardvärden). Att växla mellan två par har kopplats till färre skador (SHOE-3).
cli-shoes-by-shoe = Smärta nästa morgon per sko (beskrivande, inte en orsak)
cli-surfaces-set = Löprundor som inte anger underlag räknas nu som { $surface }.
cli-surfaces-heading = Underlag
cli-surfaces-none = inget (välj ett med --default road|track|grass|trail|treadmill|mixed)
cli-surfaces-default = Standard för löprundor utan underlag: { $surface }
cli-surfaces-columns = vecka från   väg eller bana
cli-surfaces-by-surface = Smärta nästa morgon per underlag (beskrivande, inte en orsak)
cli-surfaces-softer = När höften är öm föreslår källartikeln mjukare underlag som gräs eller stigar; runwell säger det på dagar då smärtan är gul eller röd och det mesta av veckan har sprungits på väg eller bana.
cli-cadence-heading = Kadens
cli-cadence-recent = Senaste löprundorna (steg/min):
cli-cadence-easy = lugn
cli-cadence-metronome = En metronom med din målkadens finns på kadenssidan i `runwell serve`.

## runwell exercises, exercise, routine

cli-kind-strength = styrka
cli-kind-balance = balans
cli-kind-mobility = rörlighet
cli-kind-stretch = stretching
cli-programme-heading = Höftprogrammet: sex övningar, åtta rörelser
cli-programme-each-side = , varje sida
cli-programme-footer = Styrkepasset: 2–3 gånger i veckan på dagar med mellanrum (PROG-1). `runwell routine strength`
cli-exercise-each-side = , görs på varje sida
cli-exercise-line = Övning { $number } ({ $name }), { $kind }{ $side }
cli-exercise-steps = Så gör du
cli-exercise-why = Varför det hjälper
cli-exercise-works = Arbetar med: { $muscles }.
cli-exercise-cues = Fokuspunkter
cli-exercise-mistakes = Vanliga misstag
cli-exercise-stop = När du ska sluta
cli-exercise-ladder = Doseringssteg
cli-exercise-since = {" "}sedan { $day }
cli-exercise-level = Du är på nivå { $level } av { $top }{ $since }.
cli-exercise-evidence = Evidens: { $ids } (se `runwell sources`).
cli-routine-level = nivå { $level } av { $top }
cli-routine-rest = Vila { $seconds } s mellan seten
cli-routine-rest-after = , { $seconds } s före nästa rörelse
cli-routine-how = Så gör du: { $command }
cli-routine-minutes = Ungefär { $minutes } minuter totalt.

## runwell session: det guidade passet i terminalen

cli-guided-stopped-early = Avbrutet efter { $time }, innan något set var gjort.
cli-guided-nothing-saved = Inget gjordes, så inget har sparats.
cli-guided-ask-pain = Smärta i höften under passet, 0 (ingen) till 10 (värsta tänkbara):
cli-guided-ask-effort = Ansträngning (RPE), 0 (vila) till 10 (maximal):

## runwell session: den levande skärmen

cli-live-level = { $name } · nivå { $level } av { $top }
cli-live-clock = { $done } gått · { $left } kvar
cli-live-set = set { $set } av { $sets }{ $side }
cli-live-ready = redo
cli-live-get-ready = gör dig redo
cli-live-go = kör
cli-live-rest = vila
cli-live-next = nästa:
cli-live-stopped = avbrutet
cli-live-finished = klart
cli-live-paused = paus
cli-live-rep = Repetition { $rep } av { $reps }   ({ $seconds } s kvar av setet)
cli-live-hold = Håll: { $seconds } s
cli-live-keys-paused = mellanslag: fortsätt · n: hoppa över · q: avsluta och behåll det du har gjort
cli-live-keys = mellanslag: paus · n: hoppa över · q: avsluta och behåll det du har gjort
cli-voice-missing = Ingen röst: espeak-ng är inte installerat (apt-get install espeak-ng).
cli-voice-cannot-start = Ingen röst: espeak-ng kunde inte starta ({ $error }).
