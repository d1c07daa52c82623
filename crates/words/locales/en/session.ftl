# The guided session's cues: what is shown, and what is said aloud.

session-no-voice = This browser has no voice to speak with: each cue is a beep, and the words are on screen.
session-no-language-voice = No English voice is installed on this device: each cue is a beep, and the words are on screen.

session-leg-left = left leg
session-leg-right = right leg
session-leg-both = both legs
session-on = , { $leg }
session-started-line = { $routine }: about { $minutes } min.
session-introduce = { $name }, level { $level } of { $top }: { $variant }.
session-side = Now the { $leg }.
session-get-ready-line = Set { $set } of { $sets }{ $on }: get ready ({ $seconds } s).
session-go-reps = Go: { $reps } reps, { $seconds } s each.
session-hold-line = Hold for { $seconds } s.
session-amount-reps = { $done } of { $reps } reps
session-amount-hold = { $done } of { $seconds } s
session-set-done = Set { $set } of { $sets }{ $on }: { $amount }.
session-set-skipped = Set { $set } of { $sets }{ $on }: skipped at { $amount }.
session-rest-line = Rest { $seconds } s. Next: { $next }, set { $set } of { $sets }{ $on }.
session-paused = Paused.
session-resumed = Carrying on.
session-finished-line = Well done: finished in { $clock }.
session-quit-line = Stopped after { $clock }. What you did so far is kept.

session-started-say = { $routine }. Let's start.
session-get-ready-say = Set { $set } of { $sets }. Get ready.
session-go-say = Go.
session-hold-say = Hold, { $seconds } seconds.
session-seconds-left = { $seconds } seconds left.
session-done-say = Done.
session-rest-next-say = Rest, { $seconds } seconds. Next: { $next }.
session-rest-say = Rest, { $seconds } seconds.
session-finished-say = Well done. Session finished.
session-quit-say = Stopped.

# What the browser's player writes as the session plays; {name} holes are its own numbers.
player-get-ready = Get ready
player-hold = Hold
player-go = Go
player-rest = Rest
player-paused-phase = Paused · { $phase }
player-next = Next: { $name }
player-set-line = Set { $set } of { $sets }{ $side } · level { $level }: { $variant }
player-rep = Rep { $rep } of { $reps }
player-left = Step { $step } of { $steps } · { $done } done · { $left } to go
player-pause = Pause
player-resume = Resume
player-stopped = Stopped
player-well-done = Well done
player-stopped-kept = Stopped: what you did is kept
player-summary = Done: { $at } of { $sets } sets at target in { $time }.
player-movement-line = { $name }, level { $level }: { $at } of { $sets } sets at target
session-start = Start the session
session-skip = Skip
session-quit = Stop and keep
session-save = Save the session

# The rest of the session page, its end questions and the page that asks them again.
session-about = about { $length }
session-noscript = The guided session needs JavaScript, which is off in this browser. You can still do the routine at your own pace and log it by hand.
session-noscript-read = Read or print the routine
session-noscript-log = Log it by hand
session-how-it-goes = The session talks you through each set: a short get-ready, then the reps to a steady count or a hold with a countdown, then a rest.
session-keys = Keys: space pauses, n skips a step, q stops and keeps what you did.
session-resume-note = You were part-way through this session, and it is paused where you left it. Press Resume (or space) when you are in position.
session-rep-progress = How far into this rep
session-how = How to do it
session-progress = Progress through the routine
session-plan-label = The movements of this routine
session-item-level = (level { $level } of { $top }: { $variant })
session-mute = Mute the voice
session-nothing = Nothing was done, so nothing is saved.
session-back = Back to the programme
session-log-instead = Log this routine by hand instead
session-on-programme = The routine on the programme page
session-start-label = Start
session-questions-title = { $name }: two questions
session-pain-legend = Pain in your hip during the session
session-pain-hint = 0 is no pain, 10 the worst imaginable (PAIN-1: up to 5 is acceptable during exercise).
session-rpe-legend = How hard was it? (effort, RPE)
session-rpe-hint = 0 is rest, 10 is maximal.
session-save-button = Save the session
session-done-summary = Done: { $at_target } of { $sets } sets at target in { $clock }.
session-no-such-routine = There is no routine called “{ $name }”. The routines are warmup, cooldown and strength.
session-unreadable = The session's record could not be read, so nothing was saved. Start the session again, or log it by hand.
session-other-routine = That session cannot be saved: the record is for the { $routine } routine, not this one. Nothing was saved.
