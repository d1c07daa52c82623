# Opsætning og indstillinger, med valget af sprog.

language-label = Sprog
language-hint = Siderne, rådene og stemmen i den guidede træning bruger det. Vælger du ikke noget, følger runwell din browser.
language-browser = Som min browser beder om
language-save = Gem sproget
language-saved = Sproget er gemt.
settings-title = Indstillinger
settings-heading = Indstillinger
settings-saved = Gemt.
settings-language-heading = Sprog

# Resten af indstillingerne: profilen, skoenes grænser, rapporten, eksporten, gendannelsen og
# sletningen.

settings-profile-heading = Din profil
settings-time-zone = Tidszone
settings-run-days = Løbedage
settings-strength-days = Styrkedage
settings-distances-in = Distancer i
settings-recent-longest = Længste løbetur for nylig
settings-longest-given = { $distance }, oplyst { $day }
settings-longest-none = ikke oplyst (runwell bruger dine løbeture)
settings-change-profile = Ret profilen, enheden eller den længste løbetur for nylig
settings-shoes-heading = Grænser for løbesko
settings-shoe-note = SHOE-2: se et par sko efter ved { $inspect }, og overvej at skifte dem ud ved { $replace }. Grænser, du har sat for et bestemt par på siden med sko, går forud.
settings-shoe-default = { $distance } (runwells standardværdi)
settings-inspect-label = Se et par efter ved (km)
settings-replace-label = Overvej at skifte dem ud ved (km)
settings-shoes-save = Gem grænserne
settings-your-shoes = Dine sko
settings-report-heading = Rapport til din fysioterapeut
settings-report-text = Én udskrevet side om de seneste { $weeks } uger: smerter, løb, programmet, svarene i tjekket, sko og underlag og dine egne noter.
settings-report-open = Åbn rapporten
settings-export-heading = Tag dine data med dig
settings-export-text = Én ZIP-fil med det hele: runwell.json (til at gendanne i en hvilken som helst runwell), CSV-filer til et regneark og en GPX-fil for hver løbetur med en rute, som Strava og Garmin Connect kan læse.
settings-export-download = Hent eksporten
settings-restore-heading = Gendan en eksport
settings-restore-file = ZIP-filen, som runwell eksporterede
settings-restore-merge = Læg til det, der er her i forvejen (uden dette kræver en gendannelse en tom database)
settings-restore-button = Gendan
settings-restore-choose = Vælg eksportens ZIP-fil for at gendanne.
settings-restore-one = Vælg én eksport-ZIP ad gangen.
settings-restored = Gendannet: { $runs }, { $pain }, { $sessions } og { $answers }{ $already }.
settings-restored-already = { $count ->
    [one] { " " }({ $count } løbetur var her i forvejen)
   *[other] { " " }({ $count } løbeture var her i forvejen)
}
settings-count-runs = { $count ->
    [one] { $count } løbetur
   *[other] { $count } løbeture
}
settings-count-pain = { $count ->
    [one] { $count } smerteregistrering
   *[other] { $count } smerteregistreringer
}
settings-count-sessions = { $count ->
    [one] { $count } træningspas
   *[other] { $count } træningspas
}
settings-count-exercise-sessions = { $count ->
    [one] { $count } træningspas
   *[other] { $count } træningspas
}
settings-count-answers = { $count ->
    [one] { $count } svar i tjekket
   *[other] { $count } svar i tjekket
}
settings-holds = Databasen rummer { $runs }, { $pain }, { $sessions } og { $answers }.
settings-erase-heading = Slet alt
settings-erase-text = { $holds } Sletter du, forsvinder det hele, og det kan ikke fortrydes. Hent eksporten først, hvis du vil gemme en kopi.
settings-erase-confirm = Skriv ordet for at bekræfte: { $word }
settings-erase-button = Slet alt
