# Felterne i journalens formularer (smerte, en løbetur, et træningspas, et tjeksvar), deres
# valg og grundene til, at et felt bliver afvist.

form-not-given = Ikke angivet
form-note = Note (valgfri)
form-day = Dag
form-save-changes = Gem ændringerne

form-pain-how-much = Hvor ondt gør din hofte?
form-pain-scale-hint = 0 er ingen smerte, 10 den værst tænkelige
form-pain-when = Hvornår
form-pain-side = Side
form-pain-where = Hvor
form-pain-feels = Hvordan det føles
form-pain-daily-life = Det er i vejen i hverdagen (gang, trapper, søvn, arbejde)
form-pain-run-number = Nummeret på den løbetur, smerten hører til
form-pain-for-run = For din løbetur { $run }

form-when-morning = Næste morgen
form-when-during = Under en løbetur
form-when-after = Efter en løbetur
form-when-daily = I hverdagen
form-when-night = Om natten
form-side-left = Venstre
form-side-right = Højre
form-side-both = Begge
form-region-outer = Yderst på hoften
form-region-groin = Lysken eller forsiden
form-region-buttock = Balden
form-region-deep = Dybt i leddet
form-character-sharp = Skarp
form-character-dull = Dump og murrende
form-character-burning = Brændende
form-character-stiff = Stivhed

form-sport-run = Løbetur
form-sport-trail_run = Trailløb
form-sport-treadmill_run = Løb på løbebånd
form-sport-track_run = Baneløb
form-sport-walk = Gåtur
form-sport-hike = Vandretur
form-sport-ride = Cykeltur
form-sport-swim = Svømning
form-sport-other = Andet
form-surface-road = Vej
form-surface-track = Bane
form-surface-grass = Græs
form-surface-trail = Sti
form-surface-treadmill = Løbebånd
form-surface-mixed = Blandet

form-run-start-time = Starttidspunkt (valgfrit)
form-run-start-time-hint = Din lokale tid, f.eks. 07:30. Kl. 12 hvis feltet er tomt.
form-run-sport = Sportsgren
form-run-distance-km = Distance (km)
form-run-distance-km-hint = For eksempel 8,5
form-run-distance-mi = Distance (miles)
form-run-distance-mi-hint = For eksempel 5,2
form-run-time = Tid
form-run-time-hint = Minutter og sekunder, f.eks. 45:00, eller med timer, f.eks. 1:05:00
form-run-elapsed-field = Samlet tid med pauser (valgfri)
form-run-elapsed-hint = Samme som tiden, hvis feltet er tomt
form-run-confirm = Ja, det er rigtigt
form-run-effort-field = Anstrengelse (valgfri)
form-run-effort-hint = 0 er hvile, 10 er maksimal (RPE)
form-run-surface-field = Underlag (valgfrit)
form-run-shoe-field = Sko (valgfri)
form-run-shoe-hint = Et navn, du kan genkende, f.eks. Pegasus 40 blå
form-run-name-field = Navn (valgfrit)
form-run-name-hint = For eksempel Parkrun eller Lang tur ved søen

form-refused-pain-score = en smertescore er et helt tal fra 0 (ingen smerte) til 10 (den værst tænkelige); fik { $got }
form-refused-rpe = anstrengelse (RPE) er et helt tal fra 0 (hvile) til 10 (maksimal); fik { $got }
form-refused-date = { $got } er ikke en dato: skriv ÅÅÅÅ-MM-DD, f.eks. 2026-03-14
form-refused-after-today = { $day } er efter i dag ({ $today }, hvor du bor): runwell registrerer kun det, der allerede er sket. Tjek datoen, eller registrér det på dagen
form-refused-score-missing = vælg, hvor ondt det gør, fra 0 (ingen smerte) til 10
form-refused-duration-missing = angiv løbeturens tid, f.eks. 45:00 eller 1:05:00
form-refused-clock = skriv tiden som minutter og sekunder, f.eks. 45:00, eller som timer, minutter og sekunder, f.eks. 1:05:00
form-refused-no-time = en løbetur varer længere end 0:00: skriv tiden som f.eks. 45:00 eller 1:05:00
form-refused-time-of-day = { $got } er ikke et klokkeslæt: skriv TT:MM, f.eks. 07:30
form-refused-distance-km = en løbeturs distance er i kilometer og over 0, f.eks. 8,5; fik { $got }
form-refused-distance-mi = en løbeturs distance er i miles og over 0, f.eks. 5,2; fik { $got }
form-refused-elapsed-shorter = den samlede tid tæller pauserne med, så den kan ikke være kortere end tiden i bevægelse
form-refused-confirm = hvis værdierne er rigtige, så bekræft dem: sæt flueben i “Ja, det er rigtigt” (eller tilføj --force), og gem igen
form-refused-answer = svar ja eller nej
form-refused-no-run = der er ingen løbetur med nummer { $id }: udelad det, eller vælg en af dine løbeture

# En løbetur indtastet i hånden, hvis værdier ligner en tastefejl, til hun bekræfter dem.
form-doubt-too-far = { $distance } er mere, end én løbetur dækker (højst { $most }): tjek distancen, som er i { $unit ->
    [mi] miles
   *[km] kilometer
}
form-doubt-too-long = { $time } er mere end 48 timer: tjek tiden, f.eks. 45:00 for 45 minutter eller 1:05:00 for en time og fem minutter
form-doubt-pace = { $distance } { $unit } på { $time } er et tempo på { $pace }, { $than ->
    [faster] hurtigere
   *[slower] langsommere
} end { $bound }: tjek distancen og tiden

# Opsætningens og træningsspørgsmålenes afvisninger.
form-refused-zone-missing = vælg din tidszone (Tidszone), f.eks. Europe/Copenhagen
form-refused-run-days-missing = vælg de dage, du plejer at løbe (Dage, du løber)
form-refused-strength-days-missing = vælg to eller tre dage til styrketræningen for hoften
form-refused-longest-km = den længste tur den seneste måned angives i kilometer og er over 0, f.eks. 12; fik { $got }
form-refused-session-pain-missing = vælg smerten under træningen: et tal fra 0 til 10
form-refused-session-effort-missing = vælg anstrengelsen: et tal fra 0 til 10

# Afvisninger i indstillinger, sko og konti.
form-refused-erase-word = skriv ordet { $word } for at bekræfte, at alt skal slettes; intet blev slettet
form-refused-shoe-name-missing = et par sko skal have et navn, f.eks. "Pegasus 41 blå"
form-refused-shoe-name-taken = et andet par hedder allerede { $name }: vælg et andet navn
form-refused-shoe-km = { $got } er ikke en distance: angiv kilometer mellem 1 og 10000
form-refused-replace-before-inspect = udskiftning kommer efter eftersyn: angiv mindst { $km } km, eftersynets distance
form-refused-password-short = en adgangskode skal have mindst { $chars } tegn; nogle ord sat sammen er lette at huske
form-refused-password-long = en adgangskode må højst fylde { $bytes } byte
form-refused-current-password = det er ikke din nuværende adgangskode
