# Fälten i journalens formulär (smärta, en löprunda, ett pass, ett kontrollsvar), deras val
# och skälen till att ett fält inte godtas.

form-not-given = Inte angivet
form-note = Anteckning (valfri)
form-day = Dag
form-save-changes = Spara ändringarna

form-pain-how-much = Hur ont gör din höft?
form-pain-scale-hint = 0 är ingen smärta, 10 den värsta tänkbara
form-pain-when = När
form-pain-side = Sida
form-pain-where = Var
form-pain-feels = Hur det känns
form-pain-daily-life = Det hindrar mig i vardagen (gång, trappor, sömn, arbete)
form-pain-run-number = Numret på löprundan som smärtan hör till
form-pain-for-run = För din löprunda { $run }

form-when-morning = Nästa morgon
form-when-during = Under en löprunda
form-when-after = Efter en löprunda
form-when-daily = I vardagen
form-when-night = På natten
form-side-left = Vänster
form-side-right = Höger
form-side-both = Båda
form-region-outer = Utsidan av höften
form-region-groin = Ljumsken eller framsidan
form-region-buttock = Skinkan
form-region-deep = Djupt i leden
form-character-sharp = Skarp
form-character-dull = Dov värk
form-character-burning = Brännande
form-character-stiff = Stelhet

form-sport-run = Löprunda
form-sport-trail_run = Terränglöpning
form-sport-treadmill_run = Löpning på löpband
form-sport-track_run = Banlöpning
form-sport-walk = Promenad
form-sport-hike = Vandring
form-sport-ride = Cykeltur
form-sport-swim = Simning
form-sport-other = Annat
form-surface-road = Väg
form-surface-track = Bana
form-surface-grass = Gräs
form-surface-trail = Stig
form-surface-treadmill = Löpband
form-surface-mixed = Blandat

form-run-start-time = Starttid (valfri)
form-run-start-time-hint = Din lokala tid, t.ex. 07:30. Klockan 12 om fältet är tomt.
form-run-sport = Sport
form-run-distance-km = Distans (km)
form-run-distance-km-hint = Till exempel 8,5
form-run-distance-mi = Distans (miles)
form-run-distance-mi-hint = Till exempel 5,2
form-run-time = Tid
form-run-time-hint = Minuter och sekunder, t.ex. 45:00, eller med timmar, t.ex. 1:05:00
form-run-elapsed-field = Total tid med pauser (valfri)
form-run-elapsed-hint = Samma som tiden om fältet är tomt
form-run-confirm = Ja, det stämmer
form-run-effort-field = Ansträngning (valfri)
form-run-effort-hint = 0 är vila, 10 är maximal (RPE)
form-run-surface-field = Underlag (valfritt)
form-run-shoe-field = Sko (valfri)
form-run-shoe-hint = Ett namn du känner igen, t.ex. Pegasus 40 blå
form-run-name-field = Namn (valfritt)
form-run-name-hint = Till exempel Parkrun eller Långpass vid sjön

form-refused-pain-score = en smärtskattning är ett heltal från 0 (ingen smärta) till 10 (värsta tänkbara); fick { $got }
form-refused-rpe = ansträngning (RPE) är ett heltal från 0 (vila) till 10 (maximal); fick { $got }
form-refused-date = { $got } är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-14
form-refused-after-today = { $day } är efter i dag ({ $today } där du bor): runwell sparar bara det som redan har hänt. Kontrollera datumet, eller logga det på dagen
form-refused-score-missing = välj hur ont det gör, från 0 (ingen smärta) till 10
form-refused-duration-missing = ange löprundans tid, t.ex. 45:00 eller 1:05:00
form-refused-clock = skriv tiden som minuter och sekunder, t.ex. 45:00, eller som timmar, minuter och sekunder, t.ex. 1:05:00
form-refused-no-time = en löprunda varar längre än 0:00: skriv tiden som t.ex. 45:00 eller 1:05:00
form-refused-time-of-day = { $got } är ingen tid på dygnet: skriv TT:MM, t.ex. 07:30
form-refused-distance-km = en löprundas distans anges i kilometer och är mer än 0, t.ex. 8,5; fick { $got }
form-refused-distance-mi = en löprundas distans anges i miles och är mer än 0, t.ex. 5,2; fick { $got }
form-refused-elapsed-shorter = den totala tiden räknar med pauserna, så den kan inte vara kortare än tiden i rörelse
form-refused-confirm = om värdena stämmer, bekräfta dem: kryssa i ”Ja, det stämmer” (eller lägg till --force) och spara igen
form-refused-answer = svara ja eller nej
form-refused-no-run = det finns ingen löprunda med nummer { $id }: lämna fältet tomt, eller välj en av dina löprundor

# En löprunda inmatad för hand vars värden ser ut som ett skrivfel, tills hon bekräftar dem.
form-doubt-too-far = { $distance } är mer än en löprunda täcker (högst { $most }): kontrollera distansen, som anges i { $unit ->
    [mi] miles
   *[km] kilometer
}
form-doubt-too-long = { $time } är mer än 48 timmar: kontrollera tiden, t.ex. 45:00 för 45 minuter eller 1:05:00 för en timme och fem minuter
form-doubt-pace = { $distance } { $unit } på { $time } är ett tempo på { $pace }, { $than ->
    [faster] snabbare
   *[slower] långsammare
} än { $bound }: kontrollera distansen och tiden

# Inställningarnas och passfrågornas avvisningar.
form-refused-zone-missing = välj din tidszon (Tidszon), t.ex. Europe/Stockholm
form-refused-run-days-missing = välj de dagar du brukar springa (Dagar du springer)
form-refused-strength-days-missing = välj två eller tre dagar för styrkepasset för höften
form-refused-longest-km = den längsta rundan den senaste månaden anges i kilometer och är mer än 0, t.ex. 12; fick { $got }
form-refused-session-pain-missing = välj smärtan under passet: ett tal från 0 till 10
form-refused-session-effort-missing = välj ansträngningen: ett tal från 0 till 10

# Avvisningar i inställningar, skor och konton.
form-refused-erase-word = skriv ordet { $word } för att bekräfta att allt ska raderas; inget raderades
form-refused-shoe-name-missing = ett par skor behöver ett namn, t.ex. "Pegasus 41 blå"
form-refused-shoe-name-taken = ett annat par heter redan { $name }: välj ett annat namn
form-refused-shoe-km = { $got } är ingen distans: ange kilometer mellan 1 och 10000
form-refused-replace-before-inspect = byte kommer efter kontroll: ange minst { $km } km, kontrollens distans
form-refused-password-short = ett lösenord behöver minst { $chars } tecken; några ord i följd är lätta att komma ihåg
form-refused-password-long = ett lösenord får vara högst { $bytes } byte långt
form-refused-current-password = det är inte ditt nuvarande lösenord
