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
cli-week-met = Nået
cli-week-missed = Ikke nået
cli-week-nothing-planned = Intet planlagt
cli-week-on-track = På rette spor
cli-week-behind = Bagud
cli-adherence-heading = Planlagt og gennemført
cli-adherence-columns = uge fra       styrke  opvarmning  nedkøling  status
cli-adherence-of = af
cli-adherence-streak = Stime: { $weeks ->
    [one] { $weeks } uge
   *[other] { $weeks } uger
} i træk, hvor planen er nået.
cli-adherence-met = En uge er nået med mindst { $floor } styrketræningspas (PROG-1), eller alle planlagte, hvis der er færre.
cli-session-saved = Gemt: { $routine }, { $day }: { $done } af { $sets } sæt som planlagt.
cli-level-up = op
cli-level-down = ned
cli-level-change = { $name }: niveau { $from } → { $to } ({ $way }, PROG-2).

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

## runwell export, erase, db copy, accounts

cli-export-wrote = { $file } er skrevet: { $runs ->
    [one] { $runs } løbetur
   *[other] { $runs } løbeture
} ({ $gpx } som GPX), { $pain ->
    [one] { $pain } smerteregistrering
   *[other] { $pain } smerteregistreringer
}, { $sessions } træningspas, med runwell.json og CSV-filer.
cli-erase-warning = Dette sletter alt i { $file }: hver løbetur, smerteregistrering, træningspas, svar, sko og indstilling. Det kan ikke fortrydes (`runwell export` gemmer en kopi først).
cli-erase-type = Skriv { $word } for at bekræfte:
cli-erase-done = Slettet: { $file } er nu en tom runwell-database.
cli-db-copied = { $rows ->
    [one] { $rows } række
   *[other] { $rows } rækker
} er kopieret fra { $from } til { $to }, som løber { $runner } dér.
cli-accounts-password-new = Adgangskode til den nye konto (vises ikke):
cli-accounts-password-reset = Ny adgangskode (vises ikke):
cli-accounts-made = Kontoen { $email } ({ $name }) er oprettet som { $role }, id { $id }. Den kan logge ind nu.
cli-accounts-reset = Adgangskoden til { $email } er sat; alle steder, kontoen var logget ind, er nu logget ud.
cli-accounts-none = Ingen konti endnu: opret den første med `runwell accounts add EMAIL --name NAVN`.
cli-accounts-invite = Et engangslink til tilmelding som { $role } (gyldigt i 14 dage):

## runwell serve

cli-serve-running = runwell kører på { $address } (Ctrl-C stopper den)
cli-serve-server = runwell kører som server på { $public } (lytter på { $address }; Ctrl-C stopper den)
cli-serve-pair-scan = Vil du bruge runwell på en telefon på dette netværk, så scan koden med dens kamera, eller åbn
cli-serve-pair-type =
    i dens browser, og skriv så den kode, telefonen viser, på { $settings }
    (adressen virker én gang; Indstillinger viser en ny til den næste telefon).
cli-serve-pair-https = Telefonen når runwell over HTTPS med det angivne certifikat, så den kan installere runwell og bruge den offline.
cli-serve-pair-plain =
    På hjemmenetværket bruger runwell almindelig HTTP: alle på samme netværk kan læse det, der sendes
    mellem telefonen og denne computer. Brug kun --lan på et netværk, du stoler på; til noget bredere
    skal du køre en server med TLS (runwell serve --server). En telefon kan kun installere runwell og
    åbne den offline over HTTPS: angiv --tls-cert og --tls-key med et certifikat, telefonen stoler på.

## runwell exercises, exercise, routine

cli-kind-strength = styrke
cli-kind-balance = balance
cli-kind-mobility = mobilitet
cli-kind-stretch = udstrækning
cli-dose-each-side = {" "}på hver side
cli-dose-reps = { $sets } × { $reps } gentagelser{ $side }
cli-dose-hold = { $sets } × { $seconds } s hold{ $side }
cli-dose-time = { $seconds } s{ $side }
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

## runwell learn, faq, sources, gear

cli-learn-heading = Læs mere om hoftesmerter hos løbere
cli-learn-also = Se også: `runwell faq`, `runwell sources`, `runwell gear`.
cli-learn-sources = Kilder:
cli-faq-heading = Ofte stillede spørgsmål
cli-faq-q = S:
cli-faq-citations = De fulde kildehenvisninger: `runwell sources`.
cli-sources-heading = Kilder
cli-sources-article = Kildeartiklens referencer
cli-sources-evidence = Evidensen bag runwells regler (id'er fra EVIDENCE.md)
cli-sources-supports = Understøtter: { $rules }
cli-gear-heading = Udstyr vist i kildeartiklen
cli-gear-intro = Det er produkter, som artiklens butik sælger, og de er med, så intet fra artiklen mangler. De er ikke en del af programmet, og runwell anbefaler dem ikke; runwell sælger intet og linker ikke til nogen butik.

## runwell session: den guidede træning i terminalen

cli-guided-stopped-early = Stoppet efter { $time }, før et eneste sæt var udført.
cli-guided-nothing-saved = Intet blev udført, så intet er gemt.
cli-guided-ask-pain = Smerte i hoften under træningen, 0 (ingen) til 10 (værst tænkelige):
cli-guided-ask-effort = Anstrengelse (RPE), 0 (hvile) til 10 (maksimal):
