# Terminalens ord for alle kommandoer undtagen `today`, `check` og `report`.

cli-note = Bemærk:
cli-yes = Ja
cli-no = Nej

## runwell init

cli-init-intro = Vi sætter runwell op. Tryk Enter for at bruge værdien i kantede parenteser.
cli-init-ask-zone = Din tidszone (IANA-navn)
cli-init-ask-run-days = Dage, hvor du plejer at løbe
cli-init-ask-strength-days = Dage til styrketræningen til hoften (2–3, ikke to dage i træk)
cli-init-no-valid-answer = intet gyldigt svar efter fem forsøg; kør `runwell init --help` for at se mulighederne
cli-init-summary = Tidszone { $zone }; løb { $run }; styrketræning { $strength }.
cli-init-ask-save = Gem profilen? (j/n)
cli-init-yes = j
cli-init-nothing-saved = Intet er gemt.
cli-init-saved = Profilen er gemt i { $path }.
cli-init-zone = Tidszone:
cli-init-run-days = Løbedage:
cli-init-strength-days = Styrkedage:
cli-init-next = Næste skridt: `runwell routine strength` viser dit første styrketræningspas.
cli-init-longest = Længste løbetur den seneste måned: { $distance } (SPIKE-1, DATA-5).
cli-init-too-few-days = Du har valgt { $days ->
    [one] { $days } styrkedag
   *[other] { $days } styrkedage
}. Hofteprogrammet virker bedst 2–3 gange om ugen (PROG-1); overvej at tilføje en dag.
cli-init-too-many-days = Du har valgt { $days } styrkedage. 2–3 om ugen er nok (PROG-1); muskler og sener kan have brug for dagene imellem til at tilpasse sig.
cli-init-back-to-back = Styrkedagene { $first } og { $second } ligger lige efter hinanden. Overvej at holde en dag fri mellem styrketræningspassene (ca. 48 timer, PROG-1).
cli-init-no-run-days = Ingen løbedage valgt: opvarmningen og nedkølingen planlægges omkring dine løbeture.

## runwell import

cli-import-imported = importeret
cli-import-duplicate = findes allerede
cli-import-deleted = slettet før, udeladt
cli-import-not-activity = ikke en aktivitet
cli-import-failed = mislykkedes
cli-import-missing-path = { $path } findes ikke: angiv en fil, en mappe eller en eksporteret ZIP-fil
cli-import-files-word = filer
cli-import-deleted-part = , slettet før { $n }
cli-import-summary = Importeret { $imported }, fandtes allerede { $duplicates }{ $deleted }, ikke aktiviteter { $not_activities }, mislykkedes { $failed } ({ $files ->
    [one] { $files } fil
   *[other] { $files } filer
}, { $mb } MB læst på { $seconds } s).
cli-import-next = Se dem med `runwell runs`; tilføj, hvor hårde de føltes, med `runwell edit run ID --rpe N`.
cli-import-deleted-stay = Løbeture, du har slettet, forbliver slettede; `runwell import --include-deleted STI` henter dem tilbage.
cli-import-nothing = intet kunne importeres fra { $files ->
    [one] { $files } fil
   *[other] { $files } filer
}: ingen af dem indeholder en løbetur, runwell kan læse (FIT, GPX eller TCX, også gzippet, i mapper eller ZIP-eksporter)

## runwell runs, run, edit run, og linjerne for en løbetur og en smerteregistrering

cli-run = løbetur
cli-pain = smerte
cli-pain-limits = begrænser hverdagen
cli-runs-updated = Opdateret løbetur
cli-runs-none = Ingen løbeture endnu. Registrér en med `runwell log run --distance-km K --duration MM:SS`.
cli-runs-total = { $runs ->
    [one] { $runs } løbetur
   *[other] { $runs } løbeture
}, { $distance } løb i alt.
cli-run-pace = Tempo { $pace }, samlet tid { $elapsed }
cli-run-elapsed = Samlet tid { $elapsed }
cli-run-max-hr = , maks. { $max }
cli-run-hr = Puls: gennemsnit { $average }{ $max }
cli-run-cadence = Kadence: { $cadence } skridt/min
cli-run-source = Kilde: { $source }
cli-run-no-pain = Smerte: intet registreret. { $command }
cli-run-pain = Smerte registreret for turen og næste morgen:
cli-run-samples = Målinger: { $problem }
cli-run-splits = { $unit }        tid  tempo/{ $unit }        puls  kadence

## runwell log run, log pain, diary

cli-session = træningspas
cli-answer = svar
cli-log-run = Registreret løbetur
cli-log-run-rpe = Tip: tilføj, hvor hårdt det føltes, med `runwell edit run { $id } --rpe N` (0–10).
cli-log-run-pain = Hvordan havde hoften det? { $command }
cli-log-pain = Smerte { $score }/10 ({ $moment }) registreret { $day } som nr. { $id }.
cli-log-pain-next = Se, hvad det betyder for i dag: `runwell today`.
cli-diary-heading = Smertedagbog, { $from } til { $to } (nyeste først)
cli-diary-empty = Intet registreret i disse dage. Registrér smerte med `runwell log pain --when morning --score N`.
cli-diary-worst = største smerte { $score }/10
cli-diary-session-pain = , smerte { $score }/10
cli-diary-session-effort = , anstrengelse { $rpe }
cli-diary-sets = { $done } af { $sets } sæt som planlagt
cli-diary-next = Ret en med `runwell edit pain|session ID`, slet en med `runwell delete pain|session|answer ID`.

## runwell edit, delete

cli-updated = Opdateret
cli-updated-pain = Smerteregistrering { $id } er opdateret.
cli-updated-session = Træningspas #{ $id } er opdateret ({ $label }).
cli-updated-answer = Svar #{ $id } er opdateret: { $question } { $answer } ({ $day }).
cli-delete-ask = Slet { $record }?
cli-delete-yn = [j/N]
cli-delete-kept = intet blev slettet: svar j for at slette, eller tilføj --yes for at slette uden at blive spurgt

## runwell trend, check --questions

cli-check-questions = Tjekspørgsmål
cli-trend-heading = Uge for uge
cli-trend-columns = uge fra       { $unit }   løbeture  belastning  morgensmerte  lys  NRS-1
cli-trend-baseline = udgangsuge
cli-trend-better = mærkbart bedre
cli-trend-not-yet = ikke bedre endnu
cli-trend-no-data = ingen smerte registreret
cli-trend-new-shoe = { $day }: nye sko { $shoe } (SHOE-4)
cli-trend-load = Belastning er RPE × minutter (LOAD-1), en tendens at holde øje med og ikke et mål for risiko.
