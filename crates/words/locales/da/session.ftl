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

# Resten af træningssiden, spørgsmålene til sidst og siden, der stiller dem igen.
session-about = cirka { $length }
session-noscript = Den guidede træning kræver JavaScript, som er slået fra i denne browser. Du kan stadig lave rutinen i dit eget tempo og registrere den selv.
session-noscript-read = Læs eller udskriv rutinen
session-noscript-log = Registrér den selv
session-how-it-goes = Træningen guider dig gennem hvert sæt: kort klargøring, så gentagelserne i et roligt tempo eller et hold med nedtælling, og så en pause.
session-keys = Taster: mellemrum holder pause, n springer et trin over, q stopper og gemmer det, du har nået.
session-resume-note = Du var midt i denne træning, og den står på pause, hvor du slap. Tryk Fortsæt (eller mellemrum), når du er på plads.
session-rep-progress = Hvor langt du er i denne gentagelse
session-how = Sådan gør du
session-progress = Hvor langt du er i rutinen
session-plan-label = Øvelserne i denne rutine
session-item-level = (niveau { $level } af { $top }: { $variant })
session-mute = Slå stemmen fra
session-nothing = Der blev ikke lavet noget, så intet er gemt.
session-back = Tilbage til programmet
session-log-instead = Registrér rutinen selv i stedet
session-on-programme = Rutinen på programsiden
session-start-label = Start
session-questions-title = { $name }: to spørgsmål
session-pain-legend = Smerte i hoften under træningen
session-pain-hint = 0 er ingen smerte, 10 den værst tænkelige (PAIN-1: op til 5 er acceptabelt under træning).
session-rpe-legend = Hvor hårdt var det? (anstrengelse, RPE)
session-rpe-hint = 0 er hvile, 10 er maksimal.
session-save-button = Gem træningen
session-done-summary = Gennemført: { $at_target } af { $sets } sæt nåede målet på { $clock }.
session-no-such-routine = Der er ingen rutine, der hedder “{ $name }”. Rutinerne er warmup, cooldown og strength.
session-unreadable = Træningens registrering kunne ikke læses, så intet blev gemt. Start træningen igen, eller registrér den selv.
session-other-routine = Træningen kan ikke gemmes: registreringen hører til rutinen { $routine }, ikke denne. Intet blev gemt.
