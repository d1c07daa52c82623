# The programme page's movement cards.

programme-movements = The movements
programme-exercise = Exercise { $number }: { $name }
programme-your-level = Your level: { $level } of { $top }
programme-how = How to do it
programme-what-it-does = What it does
programme-cues = Cues
programme-mistakes = Common mistakes
programme-stop-if = Stop if:

# The rest of the programme page: the week's plan, the weeks so far, the routines.
programme-title = Programme
programme-lead = The hip programme from the article: a warm-up before each run, a cool-down after it, and a strength session two or three times a week, each movement at your level.
programme-link-warmup = Warm-up
programme-link-cooldown = Cool-down
programme-link-strength = Hip strength
programme-link-cadence = Cadence and metronome
programme-this-week = This week
programme-today-mark = (today)
programme-change-days = Change your run and strength days
programme-download = Download { $weeks } weeks as a calendar file (.ics)
programme-plan-run = Run, with warm-up before and cool-down after
programme-plan-strength = Hip strength session
programme-plan-rest = Rest
programme-weeks-heading = How the weeks went
programme-weeks-caption = Sessions done against the plan, latest week first
programme-weeks-week = Week of
programme-weeks-strength = Strength
programme-weeks-warmups = Warm-ups
programme-weeks-status = Status
programme-of = { $done } of { $planned }
programme-streak = { $weeks ->
        [0] No run of complete weeks yet.
        [one] { $weeks } week in a row met.
       *[other] { $weeks } weeks in a row met.
    }
programme-about = { $when }. About { $length }.
programme-item-level = (level { $level } of { $top }: { $variant })
programme-start-session = Start the guided session
programme-log-by-hand = Log it by hand
programme-saved = { $routine } saved. It counts in the weeks below.
programme-saved-counts = { $routine } saved: { $done } of { $sets } sets at target. It counts in the weeks below.
