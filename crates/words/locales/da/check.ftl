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
