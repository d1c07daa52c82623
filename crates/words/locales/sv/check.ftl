# Kontrollsidans egna ord; frågorna, nivåerna och skälen finns i triage.ftl och core.ftl.

check-heading = Bör jag träffa någon?
check-saved = Dina svar är sparade.
check-result = Resultat: { $level }
check-because = Eftersom
check-paused = Alla råd om löpning är pausade
check-paused-rest = tills en nyare kontroll svarar nej på detta.
check-lead = Svara på det som stämmer för dig nu. Dina tidigare svar är ifyllda; en fråga som du lämnar obesvarad behåller sitt senaste svar.
check-yes = Ja
check-no = Nej
check-save = Spara svaren

# Kollens grupper av frågor, efter vad ett ja betyder.
check-group-today = Tecken som behöver hjälp i dag
check-group-days = Tecken som behöver en vårdgivare inom några dagar
check-group-soon = Tecken att visa en läkare snart
check-group-physio = Tecken som en fysioterapeut kan hjälpa till med
check-group-self = En egenkontroll av höften
