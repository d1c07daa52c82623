# Sidorna om skor och kadens.

gear-shoes-title = Skor
gear-shoes-heading = Dina skor
gear-shoes-lead = Titta på mellansulan och yttersulan vid omkring 480 km och överväg att byta ut ett par vid omkring 800 km: ett råd till konsumenter, inte ett forskningsresultat (SHOE-2; kilometrarna är standardvärden som du kan ändra för varje par). Att växla mellan två par hängde ihop med färre skador (SHOE-3).
gear-shoes-none = Inga skor än. Lägg till paret du springer i nedan; löprundorna du loggar kan sedan räknas på det.
gear-default = standard
gear-wear = Slitage
gear-shoe-km = { $km } av ungefär { $replace }
gear-shoe-runs = { $count ->
    [one] { $count } löprunda
   *[other] { $count } löprundor
}
gear-state-fine = Bra
gear-state-inspect = Titta på mellansulan och yttersulan (SHOE-2)
gear-state-replace = Överväg att byta ut dem (SHOE-2)
gear-state-retired = Tagna ur bruk
gear-new-name = Nytt namn
gear-rename = Byt namn
gear-use-for-new = Använd för nya löprundor
gear-retire = Ta ur bruk
gear-delete = Radera…
gear-add-heading = Lägg till ett par
gear-name = Namn
gear-name-hint = Ett namn du känner igen, t.ex. Pegasus 41 blå
gear-start-km = Kilometer de redan har gått (valfritt)
gear-use-it = Använd dem för nya löprundor
gear-add = Lägg till par
gear-pain-by-shoe = Smärta nästa morgon per sko
gear-no-comparison = Inga löprundor med en sko och en anteckning om smärta nästa morgon än.
gear-pain-caption = Genomsnittlig smärta nästa morgon efter löprundor i varje par
gear-col-shoe = Sko
gear-col-runs = Löprundor
gear-col-pain = Genomsnittlig smärta nästa morgon
gear-saved = Sparat.
gear-km-error = Kilometer som ett tal, t.ex. 120

gear-cadence-title = Kadens
gear-cadence-heading = Kadens
gear-cadence-lead = Steg per minut. Ett lite snabbare steg, ungefär 5 % över din egen vanliga takt, minskar belastningen på höften vid varje steg (CAD-1, CAD-2). runwell utgår från din egen nivå, aldrig från en universell 180.
gear-your-numbers = Dina siffror
gear-baseline = Din utgångsnivå (lugna rundor)
gear-steps = { $spm } steg/min
gear-not-known = Inte känd än
gear-first-target = Första målet, +5 % (CAD-2)
gear-later-target = Senare, +7,5–10 %
gear-metronome = Metronom
gear-metronome-set = Inställd på ditt första mål. Spring några minuter av en lugn runda till den, släpp den sedan och behåll känslan.
gear-metronome-choose = Utan en utgångsnivå än kan du välja en takt: räkna dina steg i 30 sekunder på en lugn runda och dubbla, eller börja på { $rate }.
gear-metronome-noscript = Metronomen behöver JavaScript, som är avstängt i den här webbläsaren. Siffrorna ovan fungerar utan det.
gear-steps-per-minute = Steg per minut
gear-slower = Ett steg per minut långsammare
gear-faster = Ett steg per minut snabbare
gear-start-metronome = Starta metronomen
gear-recent = Senaste löprundorna
gear-recent-caption = Löprundor med en kadens, senaste först
gear-col-day = Dag
gear-col-spm = Steg/min
gear-col-note = Anteckning
gear-easy-run = Lugn runda
gear-cadence-advice = Din kadens på lugna rundor är ungefär { $baseline } steg/min. Ett första mål är { $first } steg/min (+5 %) i samma fart, övat i korta block; när det känns naturligt, { $low }–{ $high } steg/min (+7,5–10 %). En högre stegfrekvens minskade belastningen på höften i studier (CAD-1). Testa igen om ungefär { $weeks } veckor.
gear-cadence-needs = runwell behöver kadensen från minst { $runs } lugna rundor under de senaste { $days } dagarna för att hitta din utgångsnivå (lugn: RPE { $rpe } eller lägre, eller inte snabbare än ditt vanliga tempo). Importera löprundor från en klocka som mäter kadens.
gear-note-undoubled = Ser ut som räkningen för en fot (CAD-3): utelämnad
gear-note-at-target = På eller över ditt första mål
gear-note-below-target = Under ditt första mål
gear-comparison-note = Bara beskrivande: det här är genomsnitt av dina egna morgnar, inte bevis för att ett underlag eller en sko orsakade dem.

# Det metronomen säger när den startar och stannar (static/metronome.js fyller i takten).
gear-stop-metronome = Stoppa metronomen
gear-metronome-playing = Spelar { $rate } steg per minut.
gear-metronome-stopped = Stoppad.
gear-metronome-no-sound = Den här webbläsaren kan inte spela upp ljud, så metronomen kan inte köras här.
