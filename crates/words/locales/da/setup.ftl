# Opsætningssiden.

setup-title = Opsætning
setup-saved = Profilen er gemt
setup-warnings = Godt at vide om dine dage
setup-change-any-time = Du kan altid ændre dine dage herunder – eller fortsætte, som du gør nu.
setup-continue = Videre til I dag
setup-change = Ret din profil
setup-welcome = Velkommen til runwell
setup-lead = Først tre spørgsmål: hvor du bor (så “i dag” er din dag), og hvilke dage du løber og laver styrketræning til hoften.
setup-profile = Din profil
setup-time-zone = Tidszone
setup-choose-zone = Vælg din tidszone
setup-other-zone = Eller skriv navnet på en anden IANA-tidszone
setup-other-zone-hint = For eksempel America/Vancouver. Den bruges i stedet, hvis feltet er udfyldt.
setup-detect-zone = Brug denne enheds tidszone
setup-run-days = Dage, du løber
setup-strength-days = Dage til styrketræning af hoften
setup-strength-hint = To eller tre gange om ugen med en dag imellem passer bedst til programmet (PROG-1).
setup-unit = Vis distancer i
setup-km = Kilometer
setup-mi = Miles
setup-recent = Dit løb for nylig
setup-save = Gem profilen
