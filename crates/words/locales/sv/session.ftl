# Signalerna i det guidade passet: det som visas, och det som sägs högt.

session-no-voice = Webbläsaren har ingen röst att tala med: varje signal är ett pip, och orden står på skärmen.
session-no-language-voice = Det finns ingen svensk röst installerad på den här enheten: varje signal är ett pip, och orden står på skärmen.

session-leg-left = vänster ben
session-leg-right = höger ben
session-leg-both = båda benen
session-on = , { $leg }
session-started-line = { $routine }: ungefär { $minutes } min.
session-introduce = { $name }, nivå { $level } av { $top }: { $variant }.
session-side = Nu med { $leg }.
session-get-ready-line = Set { $set } av { $sets }{ $on }: gör dig redo ({ $seconds } s).
session-go-reps = Kör: { $reps } repetitioner, { $seconds } s var.
session-hold-line = Håll i { $seconds } s.
session-amount-reps = { $done } av { $reps } repetitioner
session-amount-hold = { $done } av { $seconds } s
session-set-done = Set { $set } av { $sets }{ $on }: { $amount }.
session-set-skipped = Set { $set } av { $sets }{ $on }: hoppade över vid { $amount }.
session-rest-line = Vila { $seconds } s. Nästa: { $next }, set { $set } av { $sets }{ $on }.
session-paused = Pausat.
session-resumed = Vi fortsätter.
session-finished-line = Bra jobbat: klart på { $clock }.
session-quit-line = Stoppat efter { $clock }. Det du har gjort hittills sparas.

session-started-say = { $routine }. Nu börjar vi.
session-get-ready-say = Set { $set } av { $sets }. Gör dig redo.
session-go-say = Kör.
session-hold-say = Håll, { $seconds } sekunder.
session-seconds-left = { $seconds } sekunder kvar.
session-done-say = Klart.
session-rest-next-say = Vila, { $seconds } sekunder. Nästa: { $next }.
session-rest-say = Vila, { $seconds } sekunder.
session-finished-say = Bra jobbat. Passet är klart.
session-quit-say = Stoppat.

# Det som webbläsarens spelare själv skriver under passet; {namn}-hålen är dess egna siffror.
player-get-ready = Gör dig redo
player-hold = Håll
player-go = Kör
player-rest = Vila
player-paused-phase = Pausat · { $phase }
player-next = Nästa: { $name }
player-set-line = Set { $set } av { $sets }{ $side } · nivå { $level }: { $variant }
player-rep = Repetition { $rep } av { $reps }
player-left = Steg { $step } av { $steps } · { $done } gått · { $left } kvar
player-pause = Paus
player-resume = Fortsätt
player-stopped = Stoppat
player-well-done = Bra jobbat
player-stopped-kept = Stoppat: det du har gjort sparas
player-summary = Klart: { $at } av { $sets } set enligt plan på { $time }.
player-movement-line = { $name }, nivå { $level }: { $at } av { $sets } set enligt plan
session-start = Starta passet
session-skip = Hoppa över
session-quit = Stoppa och spara
session-save = Spara passet

# Resten av passets sida, frågorna på slutet och sidan som ställer dem igen.
session-about = ungefär { $length }
session-noscript = Det guidade passet behöver JavaScript, som är avstängt i den här webbläsaren. Du kan ändå göra rutinen i din egen takt och logga den för hand.
session-noscript-read = Läs eller skriv ut rutinen
session-noscript-log = Logga den för hand
session-how-it-goes = Passet guidar dig genom varje set: en kort förberedelse, sedan repetitionerna i jämn takt eller ett håll med nedräkning, sedan vila.
session-keys = Tangenter: mellanslag pausar, n hoppar över ett steg, q stoppar och sparar det du har gjort.
session-resume-note = Du var mitt i det här passet, och det är pausat där du slutade. Tryck Fortsätt (eller mellanslag) när du är på plats.
session-rep-progress = Hur långt du har kommit i repetitionen
session-how = Så gör du
session-progress = Hur långt du har kommit i rutinen
session-plan-label = Övningarna i den här rutinen
session-item-level = (nivå { $level } av { $top }: { $variant })
session-mute = Stäng av rösten
session-nothing = Inget gjordes, så inget är sparat.
session-back = Tillbaka till programmet
session-log-instead = Logga rutinen för hand i stället
session-on-programme = Rutinen på programsidan
session-start-label = Start
session-questions-title = { $name }: två frågor
session-pain-legend = Smärta i höften under passet
session-pain-hint = 0 är ingen smärta, 10 den värsta tänkbara (PAIN-1: upp till 5 är acceptabelt under träning).
session-rpe-legend = Hur tungt var det? (ansträngning, RPE)
session-rpe-hint = 0 är vila, 10 är maximalt.
session-save-button = Spara passet
session-done-summary = Klart: { $at_target } av { $sets } set nådde målet på { $clock }.
session-no-such-routine = Det finns ingen rutin som heter ”{ $name }”. Rutinerna är warmup, cooldown och strength.
session-unreadable = Passets registrering gick inte att läsa, så inget sparades. Starta passet igen, eller logga det för hand.
session-other-routine = Passet kan inte sparas: registreringen gäller rutinen { $routine }, inte den här. Inget sparades.
