# Øvelseskortene på siden Program.

programme-movements = Øvelserne
programme-exercise = Øvelse { $number }: { $name }
programme-your-level = Dit niveau: { $level } af { $top }
programme-how = Sådan gør du
programme-what-it-does = Det gør den godt for
programme-cues = Hold øje med
programme-mistakes = Typiske fejl
programme-stop-if = Stop, hvis:

# Resten af siden Program: ugens plan, ugerne indtil nu, rutinerne.
programme-title = Program
programme-lead = Hofteprogrammet fra artiklen: en opvarmning før hver løbetur, en nedvarmning bagefter og styrketræning to eller tre gange om ugen – hver øvelse på dit niveau.
programme-link-warmup = Opvarmning
programme-link-cooldown = Nedvarmning
programme-link-strength = Hoftestyrke
programme-link-cadence = Kadence og metronom
programme-this-week = Denne uge
programme-today-mark = (i dag)
programme-change-days = Skift dine løbe- og styrkedage
programme-download = Hent { $weeks } uger som kalenderfil (.ics)
programme-plan-run = Løbetur med opvarmning før og nedvarmning efter
programme-plan-strength = Styrketræning for hoften
programme-plan-rest = Hvile
programme-weeks-heading = Sådan gik ugerne
programme-weeks-caption = Gennemført træning i forhold til planen, seneste uge først
programme-weeks-week = Uge fra
programme-weeks-strength = Styrke
programme-weeks-warmups = Opvarmninger
programme-weeks-status = Status
programme-of = { $done } af { $planned }
programme-streak = { $weeks ->
        [0] Endnu ingen række af fuldførte uger.
        [one] { $weeks } uge i træk nået.
       *[other] { $weeks } uger i træk nået.
    }
programme-about = { $when }. Cirka { $length }.
programme-item-level = (niveau { $level } af { $top }: { $variant })
programme-start-session = Start den guidede træning
programme-log-by-hand = Registrér den selv
programme-saved = { $routine } gemt. Den tæller med i ugerne nedenfor.
programme-saved-counts = { $routine } gemt: { $done } af { $sets } sæt nåede målet. Den tæller med i ugerne nedenfor.
