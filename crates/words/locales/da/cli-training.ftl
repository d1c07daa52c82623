# Terminalens ord for træning, udstyr, programmet og den guidede træning. Tal og datoer kommer ind færdigskrevne.

## runwell plan, adherence, session, log session

cli-plan-warmup = opvarmning
cli-plan-cooldown = nedkøling
cli-plan-strength = styrke
cli-plan-rest = hvile
cli-plan-no-alarms = uden påmindelser
cli-plan-alarm = en påmindelse { $minutes } minutter før hver dag begynder
cli-plan-wrote = { $weeks ->
    [one] { $weeks } uge
   *[other] { $weeks } uger
} af din plan er skrevet til { $file }, { $alarm }. Importér filen i din kalender-app; importerer du en nyere fil, opdateres de samme begivenheder.
cli-plan-heading = Din plan fra { $day }
cli-plan-footer = Opvarmning før hver løbetur, nedkøling efter og styrketræningen 2–3 gange om ugen (PROG-1).
cli-plan-calendar = Sæt den i din kalender: `runwell plan --weeks 8 --ics plan.ics`.
cli-adherence-heading = Planlagt og gennemført
cli-adherence-columns = uge fra       styrke  opvarmning  nedkøling  status
cli-adherence-of = af
cli-adherence-streak = Stime: { $weeks ->
    [one] { $weeks } uge
   *[other] { $weeks } uger
} i træk, hvor planen er nået.
cli-adherence-met = En uge er nået med mindst { $floor } styrketræningspas (PROG-1), eller alle planlagte, hvis der er færre.
cli-session-saved = Gemt: { $routine }, { $day }: { $done } af { $sets } sæt som planlagt.

## runwell shoes, surfaces, cadence

cli-kit-no-groups = (ingen løbeture med en smerteregistrering næste morgen endnu)
cli-kit-after-runs = efter { $runs ->
    [one] { $runs } løbetur
   *[other] { $runs } løbeture
}
cli-shoes-added = { $name } er tilføjet: { $km }, efterse ved { $inspect }, udskift omkring { $replace }{ $default }.
cli-shoes-added-default = ; nye løbeture bruger dem
cli-shoes-retired = { $name } er lagt på hylden. Kilometerne bliver i din historik.
cli-shoes-renamed = { $name } hedder nu { $new }.
cli-shoes-default = Nye løbeture bruger { $name }.
cli-shoes-delete-ask = sletter du { $name }, fjernes skoene fra deres løbeture: tilføj --yes for at slette dem (læg dem hellere på hylden for at beholde kilometerne: `runwell shoes retire NAVN`)
cli-shoes-heading = Dine sko
cli-shoes-none = Ingen sko endnu. Tilføj et par: `runwell shoes add "Pegasus 41" --default`.
cli-shoes-fine = i orden
cli-shoes-inspect = efterse (SHOE-2)
cli-shoes-replace = udskift (SHOE-2)
cli-shoes-retired-state = lagt på hylden
cli-shoes-is-default = standard
cli-shoes-wear = af ~{ $replace }, { $runs ->
    [one] { $runs } løbetur
   *[other] { $runs } løbeture
}: { $state }
cli-shoes-guidance = Efterse mellemsålen og ydersålen omkring { $inspect }, og overvej at udskifte skoene omkring { $replace } (forbrugerråd, SHOE-2, runwells standardværdier). At skifte mellem to par er forbundet med færre skader (SHOE-3).
cli-shoes-by-shoe = Smerte næste morgen efter sko (beskrivende, ikke en årsag)
cli-surfaces-set = Løbeture, der ikke angiver underlaget, regnes nu som { $surface }.
cli-surfaces-heading = Underlag
cli-surfaces-none = intet (vælg et med --default road|track|grass|trail|treadmill|mixed)
cli-surfaces-default = Standard for løbeture uden underlag: { $surface }
cli-surfaces-columns = uge fra      vej eller bane
cli-surfaces-by-surface = Smerte næste morgen efter underlag (beskrivende, ikke en årsag)
cli-surfaces-softer = Når hoften er øm, foreslår kildeartiklen blødere underlag som græs eller stier; runwell siger det på dage, hvor smerten er gul eller rød, og det meste af ugen er løbet på vej eller bane.
cli-cadence-heading = Kadence
cli-cadence-recent = Seneste løbeture (skridt/min):
cli-cadence-easy = rolig
cli-cadence-metronome = En metronom med din målkadence findes på kadencesiden i `runwell serve`.

## runwell exercises, exercise, routine

cli-kind-strength = styrke
cli-kind-balance = balance
cli-kind-mobility = mobilitet
cli-kind-stretch = udstrækning
cli-programme-heading = Hofteprogrammet: seks øvelser, otte bevægelser
cli-programme-each-side = , hver side
cli-programme-footer = Styrketræningen: 2–3 gange om ugen på dage med mellemrum (PROG-1). `runwell routine strength`
cli-exercise-each-side = , udføres på hver side
cli-exercise-line = Øvelse { $number } ({ $name }), { $kind }{ $side }
cli-exercise-steps = Sådan gør du
cli-exercise-why = Hvorfor det hjælper
cli-exercise-works = Arbejder med: { $muscles }.
cli-exercise-cues = Fokuspunkter
cli-exercise-mistakes = Typiske fejl
cli-exercise-stop = Hvornår du skal stoppe
cli-exercise-ladder = Doseringstrin
cli-exercise-since = {" "}siden { $day }
cli-exercise-level = Du er på niveau { $level } af { $top }{ $since }.
cli-exercise-evidence = Evidens: { $ids } (se `runwell sources`).
cli-routine-level = niveau { $level } af { $top }
cli-routine-rest = Hvil { $seconds } s mellem sættene
cli-routine-rest-after = , { $seconds } s før næste bevægelse
cli-routine-how = Sådan gør du: { $command }
cli-routine-minutes = Cirka { $minutes } minutter i alt.

## runwell session: den guidede træning i terminalen

cli-guided-stopped-early = Stoppet efter { $time }, før et eneste sæt var udført.
cli-guided-nothing-saved = Intet blev udført, så intet er gemt.
cli-guided-ask-pain = Smerte i hoften under træningen, 0 (ingen) til 10 (værst tænkelige):
cli-guided-ask-effort = Anstrengelse (RPE), 0 (hvile) til 10 (maksimal):

## runwell session: den levende skærm

cli-live-level = { $name } · niveau { $level } af { $top }
cli-live-clock = { $done } gået · { $left } tilbage
cli-live-set = sæt { $set } af { $sets }{ $side }
cli-live-ready = klar
cli-live-get-ready = gør dig klar
cli-live-go = start
cli-live-rest = hvil
cli-live-next = næste:
cli-live-stopped = stoppet
cli-live-finished = færdig
cli-live-paused = pause
cli-live-rep = Gentagelse { $rep } af { $reps }   ({ $seconds } s tilbage af sættet)
cli-live-hold = Hold: { $seconds } s
cli-live-keys-paused = mellemrum: fortsæt · n: spring over · q: stop, og behold det, du har lavet
cli-live-keys = mellemrum: pause · n: spring over · q: stop, og behold det, du har lavet
cli-voice-missing = Ingen stemme: espeak-ng er ikke installeret (apt-get install espeak-ng).
cli-voice-cannot-start = Ingen stemme: espeak-ng kunne ikke starte ({ $error }).
