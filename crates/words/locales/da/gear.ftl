# Siderne om sko og kadence.

gear-shoes-title = Sko
gear-shoes-heading = Dine sko
gear-shoes-lead = Se efter mellemsål og ydersål ved omkring 480 km, og overvej at skifte et par ud ved omkring 800 km: et råd til forbrugere, ikke et forskningsresultat (SHOE-2; kilometertallene er standardværdier, du kan ændre for hvert par). At skifte mellem to par hang sammen med færre skader (SHOE-3).
gear-shoes-none = Ingen sko endnu. Tilføj det par, du løber i, herunder; de løbeture, du registrerer, kan så tælle på det.
gear-default = standard
gear-wear = Slid
gear-shoe-km = { $km } af cirka { $replace }
gear-shoe-runs = { $count ->
    [one] { $count } løbetur
   *[other] { $count } løbeture
}
gear-state-fine = Fint
gear-state-inspect = Se efter mellemsål og ydersål (SHOE-2)
gear-state-replace = Overvej at skifte dem ud (SHOE-2)
gear-state-retired = Taget ud af brug
gear-new-name = Nyt navn
gear-rename = Omdøb
gear-use-for-new = Brug til nye løbeture
gear-retire = Tag ud af brug
gear-delete = Slet…
gear-add-heading = Tilføj et par
gear-name = Navn
gear-name-hint = Et navn, du kan genkende, fx Pegasus 41 blå
gear-start-km = Kilometer, de allerede har gået (valgfrit)
gear-use-it = Brug dem til nye løbeture
gear-add = Tilføj par
gear-pain-by-shoe = Smerte næste morgen efter sko
gear-no-comparison = Endnu ingen løbeture med en sko og en registrering af smerte næste morgen.
gear-pain-caption = Gennemsnitlig smerte næste morgen efter løbeture i hvert par
gear-col-shoe = Sko
gear-col-runs = Løbeture
gear-col-pain = Gennemsnitlig smerte næste morgen
gear-saved = Gemt.
gear-km-error = Kilometer som et tal, fx 120

gear-cadence-title = Kadence
gear-cadence-heading = Kadence
gear-cadence-lead = Skridt i minuttet. Et lidt hurtigere skridt, omkring 5 % over din egen sædvanlige frekvens, mindsker belastningen på hoften ved hvert skridt (CAD-1, CAD-2). runwell tager udgangspunkt i dit eget niveau, aldrig i et universelt 180.
gear-your-numbers = Dine tal
gear-baseline = Dit udgangspunkt (rolige ture)
gear-steps = { $spm } skridt/min
gear-not-known = Ikke kendt endnu
gear-first-target = Første mål, +5 % (CAD-2)
gear-later-target = Senere, +7,5–10 %
gear-metronome = Metronom
gear-metronome-set = Sat til dit første mål. Løb et par minutter af en rolig tur til den, slip den så, og hold følelsen.
gear-metronome-choose = Uden et udgangspunkt endnu kan du vælge en frekvens: tæl dine skridt i 30 sekunder på en rolig tur, og gang med to, eller start ved { $rate }.
gear-metronome-noscript = Metronomen kræver JavaScript, som er slået fra i denne browser. Tallene ovenfor virker uden.
gear-steps-per-minute = Skridt i minuttet
gear-slower = Et skridt i minuttet langsommere
gear-faster = Et skridt i minuttet hurtigere
gear-start-metronome = Start metronomen
gear-recent = Seneste løbeture
gear-recent-caption = Løbeture med en kadence, nyeste først
gear-col-day = Dag
gear-col-spm = Skridt/min
gear-col-note = Note
gear-easy-run = Rolig tur
gear-cadence-advice = Din kadence på rolige ture er omkring { $baseline } skridt/min. Et første mål er { $first } skridt/min (+5 %) ved samme fart, øvet i korte blokke; når det føles naturligt, { $low }–{ $high } skridt/min (+7,5–10 %). En højere skridtfrekvens mindskede belastningen på hoften i undersøgelser (CAD-1). Test igen om cirka { $weeks } uger.
gear-cadence-needs = runwell skal bruge kadencen fra mindst { $runs } rolige ture inden for de seneste { $days } dage for at finde dit udgangspunkt (rolig: RPE { $rpe } eller mindre, eller ikke hurtigere end dit sædvanlige tempo). Importér løbeture fra et ur, der måler kadence.
gear-note-undoubled = Ligner tællingen for én fod (CAD-3): udeladt
gear-note-at-target = På eller over dit første mål
gear-note-below-target = Under dit første mål
gear-comparison-note = Kun beskrivende: det er gennemsnit af dine egne morgener, ikke bevis for, at et underlag eller en sko var årsagen.

# Det, metronomen siger, når den starter og stopper (static/metronome.js sætter takten ind).
gear-stop-metronome = Stop metronomen
gear-metronome-playing = Spiller { $rate } skridt i minuttet.
gear-metronome-stopped = Stoppet.
gear-metronome-no-sound = Denne browser kan ikke afspille lyd, så metronomen kan ikke køre her.
