# Tjeksidens egne ord; spørgsmålene, niveauerne og begrundelserne står i triage.ftl og core.ftl.

check-heading = Bør jeg blive undersøgt?
check-saved = Dine svar er gemt.
check-result = Resultat: { $level }
check-because = Fordi
check-paused = Alle råd om løb er sat på pause
check-paused-rest = til et nyere tjek svarer nej til dette.
check-lead = Svar på det, der passer på dig nu. Dine tidligere svar er udfyldt; et spørgsmål, du ikke svarer på, beholder sit seneste svar.
check-yes = Ja
check-no = Nej
check-save = Gem svarene

# Tjekkets grupper af spørgsmål, efter hvad et ja betyder.
check-group-today = Tegn, der kræver hjælp i dag
check-group-days = Tegn, der kræver en behandler inden for få dage
check-group-soon = Tegn, du bør vise en læge snart
check-group-physio = Tegn, en fysioterapeut kan hjælpe med
check-group-self = Et selvtjek af hoften
