# Signalerne i den guidede træning: det, der vises, og det, der siges højt.

session-no-voice = Browseren har ingen stemme at tale med: hvert signal er et bip, og ordene står på skærmen.
session-no-language-voice = Der er ikke installeret en dansk stemme på denne enhed: hvert signal er et bip, og ordene står på skærmen.

session-leg-left = venstre ben
session-leg-right = højre ben
session-leg-both = begge ben
session-on = , { $leg }
session-started-line = { $routine }: cirka { $minutes } min.
session-introduce = { $name }, niveau { $level } af { $top }: { $variant }.
session-side = Nu med { $leg }.
session-get-ready-line = Sæt { $set } af { $sets }{ $on }: gør dig klar ({ $seconds } s).
session-go-reps = Start: { $reps } gentagelser, { $seconds } s hver.
session-hold-line = Hold i { $seconds } s.
session-amount-reps = { $done } af { $reps } gentagelser
session-amount-hold = { $done } af { $seconds } s
session-set-done = Sæt { $set } af { $sets }{ $on }: { $amount }.
session-set-skipped = Sæt { $set } af { $sets }{ $on }: sprunget over ved { $amount }.
session-rest-line = Pause { $seconds } s. Næste: { $next }, sæt { $set } af { $sets }{ $on }.
session-paused = På pause.
session-resumed = Vi fortsætter.
session-finished-line = Godt gået: færdig på { $clock }.
session-quit-line = Stoppet efter { $clock }. Det, du har nået, er gemt.

session-started-say = { $routine }. Så starter vi.
session-get-ready-say = Sæt { $set } af { $sets }. Gør dig klar.
session-go-say = Start.
session-hold-say = Hold, { $seconds } sekunder.
session-seconds-left = { $seconds } sekunder tilbage.
session-done-say = Færdig.
session-rest-next-say = Pause, { $seconds } sekunder. Næste: { $next }.
session-rest-say = Pause, { $seconds } sekunder.
session-finished-say = Godt gået. Træningen er slut.
session-quit-say = Stoppet.

# Det, browserens afspiller selv skriver under træningen; {navn}-huller er dens egne tal.
player-get-ready = Gør dig klar
player-hold = Hold
player-go = Start
player-rest = Pause
player-paused-phase = På pause · { $phase }
player-next = Næste: { $name }
player-set-line = Sæt { $set } af { $sets }{ $side } · niveau { $level }: { $variant }
player-rep = Gentagelse { $rep } af { $reps }
player-left = Trin { $step } af { $steps } · { $done } gået · { $left } tilbage
player-pause = Pause
player-resume = Fortsæt
player-stopped = Stoppet
player-well-done = Godt gået
player-stopped-kept = Stoppet: det, du har nået, er gemt
player-summary = Færdig: { $at } af { $sets } sæt som planlagt på { $time }.
player-movement-line = { $name }, niveau { $level }: { $at } af { $sets } sæt som planlagt
session-start = Start træningen
session-skip = Spring over
session-quit = Stop og gem
session-save = Gem træningen
