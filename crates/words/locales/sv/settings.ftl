# Inställningar och första start, med valet av språk.

language-label = Språk
language-hint = Sidorna, råden och rösten i det guidade passet använder det. Väljer du inget följer runwell din webbläsare.
language-browser = Som min webbläsare vill
language-save = Spara språket
language-saved = Språket är sparat.
settings-title = Inställningar
settings-heading = Inställningar
settings-saved = Sparat.
settings-language-heading = Språk

# Resten av inställningarna: profilen, skornas gränser, rapporten, exporten, återställningen och
# raderingen.

settings-profile-heading = Din profil
settings-time-zone = Tidszon
settings-run-days = Löpdagar
settings-strength-days = Styrkedagar
settings-distances-in = Sträckor i
settings-recent-longest = Längsta löprundan på sistone
settings-longest-given = { $distance }, angiven { $day }
settings-longest-none = inte angiven (runwell använder dina löprundor)
settings-change-profile = Ändra profilen, enheten eller den längsta löprundan på sistone
settings-shoes-heading = Gränser för löparskor
settings-shoe-note = SHOE-2: se över ett par skor vid { $inspect } och överväg att byta ut dem vid { $replace }. Gränser som du har satt för ett visst par på sidan med skor går före.
settings-shoe-default = { $distance } (runwells standardvärde)
settings-inspect-label = Se över ett par vid (km)
settings-replace-label = Överväg att byta ut dem vid (km)
settings-shoes-save = Spara gränserna
settings-your-shoes = Dina skor
settings-report-heading = Rapport till din fysioterapeut
settings-report-text = En utskriven sida om de senaste { $weeks } veckorna: smärta, löpning, programmet, svaren i kontrollen, skor och underlag och dina egna anteckningar.
settings-report-open = Öppna rapporten
settings-export-heading = Ta med dig dina uppgifter
settings-export-text = En ZIP-fil med allt: runwell.json (för att återställa i vilken runwell som helst), CSV-filer för ett kalkylark och en GPX-fil för varje löprunda med en rutt, som Strava och Garmin Connect kan läsa.
settings-export-download = Ladda ner exporten
settings-restore-heading = Återställ en export
settings-restore-file = ZIP-filen som runwell exporterade
settings-restore-merge = Lägg till det som redan finns här (utan detta kräver en återställning en tom databas)
settings-restore-button = Återställ
settings-restore-choose = Välj exportens ZIP-fil för att återställa.
settings-restore-one = Välj en export-ZIP i taget.
settings-restored = Återställt: { $runs }, { $pain }, { $sessions } och { $answers }{ $already }.
settings-restored-already = { $count ->
    [one] { " " }({ $count } löprunda fanns redan här)
   *[other] { " " }({ $count } löprundor fanns redan här)
}
settings-count-runs = { $count ->
    [one] { $count } löprunda
   *[other] { $count } löprundor
}
settings-count-pain = { $count ->
    [one] { $count } smärtanteckning
   *[other] { $count } smärtanteckningar
}
settings-count-sessions = { $count ->
    [one] { $count } pass
   *[other] { $count } pass
}
settings-count-exercise-sessions = { $count ->
    [one] { $count } träningspass
   *[other] { $count } träningspass
}
settings-count-answers = { $count ->
    [one] { $count } svar i kontrollen
   *[other] { $count } svar i kontrollen
}
settings-holds = Databasen innehåller { $runs }, { $pain }, { $sessions } och { $answers }.
settings-erase-heading = Radera allt
settings-erase-text = { $holds } Raderar du försvinner allt, och det går inte att ångra. Ladda ner exporten först om du vill behålla en kopia.
settings-erase-confirm = Skriv ordet för att bekräfta: { $word }
settings-erase-button = Radera allt
