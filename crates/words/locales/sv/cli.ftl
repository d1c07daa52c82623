# Terminalens ord för alla kommandon utom `today`, `check` och `report`.

cli-note = Obs:
cli-yes = Ja
cli-no = Nej

## runwell init

cli-init-intro = Nu ställer vi in runwell. Tryck på Enter för att välja värdet inom hakparentes.
cli-init-ask-zone = Din tidszon (IANA-namn)
cli-init-ask-run-days = Dagar då du brukar springa
cli-init-ask-strength-days = Dagar för styrkepasset för höften (2–3, inte två dagar i rad)
cli-init-no-valid-answer = inget giltigt svar efter fem försök; kör `runwell init --help` för att se alternativen
cli-init-summary = Tidszon { $zone }; löpning { $run }; styrka { $strength }.
cli-init-ask-save = Spara profilen? (j/n)
cli-init-yes = j
cli-init-nothing-saved = Inget har sparats.
cli-init-saved = Profilen har sparats i { $path }.
cli-init-zone = Tidszon:
cli-init-run-days = Löpdagar:
cli-init-strength-days = Styrkedagar:
cli-init-next = Nästa steg: `runwell routine strength` visar ditt första styrkepass.
cli-init-longest = Längsta löprundan den senaste månaden: { $distance } (SPIKE-1, DATA-5).
cli-init-too-few-days = Du har valt { $days ->
    [one] { $days } styrkedag
   *[other] { $days } styrkedagar
}. Höftprogrammet fungerar bäst 2–3 gånger i veckan (PROG-1); överväg att lägga till en dag.
cli-init-too-many-days = Du har valt { $days } styrkedagar. 2–3 i veckan räcker (PROG-1); musklerna och senorna kan behöva dagarna emellan för att anpassa sig.
cli-init-back-to-back = Styrkedagarna { $first } och { $second } kommer direkt efter varandra. Överväg att ha en dag emellan styrkepassen (ungefär 48 timmar, PROG-1).
cli-init-no-run-days = Inga löpdagar valda: uppvärmningen och nedvarvningen planeras runt dina löprundor.

## runwell import

cli-import-imported = importerad
cli-import-duplicate = fanns redan
cli-import-deleted = raderad tidigare, utelämnad
cli-import-not-activity = inte en aktivitet
cli-import-failed = misslyckades
cli-import-missing-path = { $path } finns inte: ange en fil, en mapp eller en exporterad ZIP-fil
cli-import-files-word = filer
cli-import-deleted-part = , raderade tidigare { $n }
cli-import-summary = Importerade { $imported }, fanns redan { $duplicates }{ $deleted }, inte aktiviteter { $not_activities }, misslyckades { $failed } ({ $files ->
    [one] { $files } fil
   *[other] { $files } filer
}, { $mb } MB lästa på { $seconds } s).
cli-import-next = Se dem med `runwell runs`; lägg till hur ansträngande de kändes med `runwell edit run ID --rpe N`.
cli-import-deleted-stay = Löprundor som du har raderat förblir raderade; `runwell import --include-deleted SÖKVÄG` hämtar tillbaka dem.
cli-import-nothing = inget kunde importeras från { $files ->
    [one] { $files } fil
   *[other] { $files } filer
}: ingen av dem innehåller en löprunda som runwell kan läsa (FIT, GPX eller TCX, även gzippade, i mappar eller ZIP-exporter)

## runwell runs, run, edit run, och raderna för en löprunda och en smärtanteckning

cli-run = löprunda
cli-pain = smärta
cli-pain-limits = begränsar vardagen
cli-runs-updated = Uppdaterad löprunda
cli-runs-none = Inga löprundor än. Logga en med `runwell log run --distance-km K --duration MM:SS`.
cli-runs-total = { $runs ->
    [one] { $runs } löprunda
   *[other] { $runs } löprundor
}, { $distance } löpning totalt.
cli-run-pace = Tempo { $pace }, total tid { $elapsed }
cli-run-elapsed = Total tid { $elapsed }
cli-run-max-hr = , max { $max }
cli-run-hr = Puls: snitt { $average }{ $max }
cli-run-cadence = Kadens: { $cadence } steg/min
cli-run-source = Källa: { $source }
cli-run-no-pain = Smärta: inget loggat. { $command }
cli-run-pain = Smärta loggad för rundan och nästa morgon:
cli-run-samples = Mätvärden: { $problem }
cli-run-splits = { $unit }        tid  tempo/{ $unit }        puls   kadens

## runwell log run, log pain, diary

cli-session = pass
cli-answer = svar
cli-log-run = Loggade löprundan
cli-log-run-rpe = Tips: lägg till hur ansträngande den kändes med `runwell edit run { $id } --rpe N` (0–10).
cli-log-run-pain = Hur kändes höften? { $command }
cli-log-pain = Smärta { $score }/10 ({ $moment }) loggad { $day } som nr { $id }.
cli-log-pain-next = Se vad det betyder för i dag: `runwell today`.
cli-diary-heading = Smärtdagbok, { $from } till { $to } (nyaste först)
cli-diary-empty = Inget loggat de här dagarna. Logga smärta med `runwell log pain --when morning --score N`.
cli-diary-worst = värsta smärta { $score }/10
cli-diary-session-pain = , smärta { $score }/10
cli-diary-session-effort = , ansträngning { $rpe }
cli-diary-sets = { $done } av { $sets } set enligt plan
cli-diary-next = Ändra en med `runwell edit pain|session ID`, radera en med `runwell delete pain|session|answer ID`.

## runwell edit, delete

cli-updated = Uppdaterad
cli-updated-pain = Smärtanteckning { $id } är uppdaterad.
cli-updated-session = Pass #{ $id } är uppdaterat ({ $label }).
cli-updated-answer = Svar #{ $id } är uppdaterat: { $question } { $answer } ({ $day }).
cli-delete-ask = Radera { $record }?
cli-delete-yn = [j/N]
cli-delete-kept = inget raderades: svara j för att radera, eller lägg till --yes för att radera utan att bli tillfrågad

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
cli-week-met = Uppnådd
cli-week-missed = Missad
cli-week-nothing-planned = Inget planerat
cli-week-on-track = I fas
cli-week-behind = Efter
cli-adherence-heading = Planerat och gjort
cli-adherence-columns = vecka från    styrka  uppvärmn.  nedvarvn.  status
cli-adherence-of = av
cli-adherence-streak = Svit: { $weeks ->
    [one] { $weeks } vecka
   *[other] { $weeks } veckor
} i rad där planen har hållits.
cli-adherence-met = En vecka är uppnådd med minst { $floor } styrkepass (PROG-1), eller alla planerade om de är färre.
cli-session-saved = Sparat: { $routine }, { $day }: { $done } av { $sets } set enligt plan.
cli-level-up = upp
cli-level-down = ner
cli-level-change = { $name }: nivå { $from } → { $to } ({ $way }, PROG-2).

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

## runwell export, erase, db copy, accounts

cli-export-wrote = { $file } har skrivits: { $runs ->
    [one] { $runs } löprunda
   *[other] { $runs } löprundor
} ({ $gpx } som GPX), { $pain ->
    [one] { $pain } smärtanteckning
   *[other] { $pain } smärtanteckningar
}, { $sessions } pass, med runwell.json och CSV-filer.
cli-erase-warning = Det här raderar allt i { $file }: varje löprunda, smärtanteckning, pass, svar, sko och inställning. Det går inte att ångra (`runwell export` sparar en kopia först).
cli-erase-type = Skriv { $word } för att bekräfta:
cli-erase-done = Raderat: { $file } är nu en tom runwell-databas.
cli-db-copied = { $rows ->
    [one] { $rows } rad
   *[other] { $rows } rader
} har kopierats från { $from } till { $to }, som löpare { $runner } där.
cli-accounts-password-new = Lösenord för det nya kontot (visas inte):
cli-accounts-password-reset = Nytt lösenord (visas inte):
cli-accounts-made = Kontot { $email } ({ $name }) har skapats som { $role }, id { $id }. Det kan logga in nu.
cli-accounts-reset = Lösenordet för { $email } är satt; alla ställen där kontot var inloggat är nu utloggade.
cli-accounts-none = Inga konton än: skapa det första med `runwell accounts add EMAIL --name NAMN`.
cli-accounts-invite = En engångslänk för registrering som { $role } (giltig i 14 dagar):

## runwell serve

cli-serve-running = runwell körs på { $address } (Ctrl-C stoppar den)
cli-serve-server = runwell körs som server på { $public } (lyssnar på { $address }; Ctrl-C stoppar den)
cli-serve-pair-scan = Vill du använda runwell på en telefon i det här nätverket, skanna koden med dess kamera eller öppna
cli-serve-pair-type =
    i dess webbläsare och skriv sedan koden som telefonen visar på { $settings }
    (adressen fungerar en gång; Inställningar visar en ny för nästa telefon).
cli-serve-pair-https = Telefonen når runwell över HTTPS med det angivna certifikatet, så den kan installera runwell och använda den offline.
cli-serve-pair-plain =
    På hemnätverket använder runwell vanlig HTTP: alla i samma nätverk kan läsa det som skickas
    mellan telefonen och den här datorn. Använd --lan bara i ett nätverk du litar på; för något större,
    kör en server med TLS (runwell serve --server). En telefon kan bara installera runwell och öppna
    den offline över HTTPS: ange --tls-cert och --tls-key med ett certifikat som telefonen litar på.

## runwell exercises, exercise, routine

cli-kind-strength = styrka
cli-kind-balance = balans
cli-kind-mobility = rörlighet
cli-kind-stretch = stretching
cli-dose-each-side = {" "}på varje sida
cli-dose-reps = { $sets } × { $reps } repetitioner{ $side }
cli-dose-hold = { $sets } × { $seconds } s håll{ $side }
cli-dose-time = { $seconds } s{ $side }
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

## runwell learn, faq, sources, gear

cli-learn-heading = Läs mer om höftsmärta hos löpare
cli-learn-also = Se också: `runwell faq`, `runwell sources`, `runwell gear`.
cli-learn-sources = Källor:
cli-faq-heading = Vanliga frågor
cli-faq-q = F:
cli-faq-citations = De fullständiga källhänvisningarna: `runwell sources`.
cli-sources-heading = Källor
cli-sources-article = Källartikelns referenser
cli-sources-evidence = Evidensen bakom runwells regler (id från EVIDENCE.md)
cli-sources-supports = Stöder: { $rules }
cli-gear-heading = Utrustning som visas i källartikeln
cli-gear-intro = Det här är produkter som artikelns butik säljer, listade så att inget av artikeln saknas. De ingår inte i programmet och runwell rekommenderar dem inte; runwell säljer ingenting och länkar inte till någon butik.

## runwell session: det guidade passet i terminalen

cli-guided-stopped-early = Avbrutet efter { $time }, innan något set var gjort.
cli-guided-nothing-saved = Inget gjordes, så inget har sparats.
cli-guided-ask-pain = Smärta i höften under passet, 0 (ingen) till 10 (värsta tänkbara):
cli-guided-ask-effort = Ansträngning (RPE), 0 (vila) till 10 (maximal):
