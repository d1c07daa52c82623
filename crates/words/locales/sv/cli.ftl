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

## runwell trend, check --questions

cli-check-questions = Kontrollfrågor
cli-trend-heading = Vecka för vecka
cli-trend-columns = vecka från    { $unit }   löprundor  belastning  morgonsmärta  ljus  NRS-1
cli-trend-baseline = utgångsvecka
cli-trend-better = märkbart bättre
cli-trend-not-yet = inte bättre än
cli-trend-no-data = ingen smärta loggad
cli-trend-new-shoe = { $day }: nya skor { $shoe } (SHOE-4)
cli-trend-load = Belastning är RPE × minuter (LOAD-1), en trend att hålla koll på snarare än ett mått på risk.
