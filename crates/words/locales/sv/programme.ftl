# Övningskorten på sidan Program.

programme-movements = Övningarna
programme-exercise = Övning { $number }: { $name }
programme-your-level = Din nivå: { $level } av { $top }
programme-how = Så gör du
programme-what-it-does = Det här gör den
programme-cues = Tänk på
programme-mistakes = Vanliga misstag
programme-stop-if = Sluta om:

# Resten av sidan Program: veckans plan, veckorna hittills, rutinerna.
programme-title = Program
programme-lead = Höftprogrammet från artikeln: en uppvärmning före varje löprunda, en nedvarvning efteråt och ett styrkepass två eller tre gånger i veckan – varje övning på din nivå.
programme-link-warmup = Uppvärmning
programme-link-cooldown = Nedvarvning
programme-link-strength = Höftstyrka
programme-link-cadence = Kadens och metronom
programme-this-week = Den här veckan
programme-today-mark = (i dag)
programme-change-days = Ändra dina löp- och styrkedagar
programme-download = Ladda ner { $weeks } veckor som kalenderfil (.ics)
programme-plan-run = Löprunda med uppvärmning före och nedvarvning efter
programme-plan-strength = Styrkepass för höften
programme-plan-rest = Vila
programme-weeks-heading = Så gick veckorna
programme-weeks-caption = Genomförda pass mot planen, senaste veckan först
programme-weeks-week = Vecka från
programme-weeks-strength = Styrka
programme-weeks-warmups = Uppvärmningar
programme-weeks-status = Status
programme-of = { $done } av { $planned }
programme-streak = { $weeks ->
        [0] Ännu ingen följd av fullgjorda veckor.
        [one] { $weeks } vecka i rad uppnådd.
       *[other] { $weeks } veckor i rad uppnådda.
    }
programme-about = { $when }. Ungefär { $length }.
programme-item-level = (nivå { $level } av { $top }: { $variant })
programme-start-session = Starta det guidade passet
programme-log-by-hand = Logga det för hand
programme-saved = { $routine } sparat. Det räknas i veckorna nedan.
programme-saved-counts = { $routine } sparat: { $done } av { $sets } set nådde målet. Det räknas i veckorna nedan.
