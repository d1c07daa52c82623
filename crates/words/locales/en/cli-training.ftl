# The terminal's words for training, kit, the programme and the guided session. Ids start `cli-`; numbers and days come in written already.

## runwell plan, adherence, session, log session

cli-plan-warmup = warm-up
cli-plan-cooldown = cool-down
cli-plan-strength = strength
cli-plan-rest = rest
cli-plan-no-alarms = no alarms
cli-plan-alarm = an alarm { $minutes } minutes before each day starts
cli-plan-wrote = Wrote { $weeks } weeks of your plan to { $file }, with { $alarm }. Import it into your calendar app; importing a newer file updates the same events.
cli-plan-heading = Your plan from { $day }
cli-plan-footer = Warm-up before every run, cool-down after, the strength session 2–3 times a week (PROG-1).
cli-plan-calendar = Put it in your calendar: `runwell plan --weeks 8 --ics plan.ics`.
cli-adherence-heading = Planned and done
cli-adherence-columns = week of      strength   warm-ups  cool-downs  status
cli-adherence-of = of
cli-adherence-streak = Streak: { $weeks } week(s) in a row meeting the plan.
cli-adherence-met = A week is met with at least { $floor } strength sessions (PROG-1), or all planned if fewer.
cli-session-saved = Saved the { $routine } session of { $day }: { $done } of { $sets } sets at target.

## runwell shoes, surfaces, cadence

cli-kit-no-groups = (no runs with a next-morning pain entry yet)
cli-kit-after-runs = after { $runs } run(s)
cli-shoes-added = Added { $name }: { $km }, inspect at { $inspect }, replace around { $replace }{ $default }.
cli-shoes-added-default = ; new runs will use it
cli-shoes-retired = Retired { $name }. Its kilometres stay in your history.
cli-shoes-renamed = Renamed { $name } to { $new }.
cli-shoes-default = New runs will use { $name }.
cli-shoes-delete-ask = deleting { $name } takes its runs off it: add --yes to delete it (retire keeps its kilometres instead: `runwell shoes retire NAME`)
cli-shoes-heading = Your shoes
cli-shoes-none = No shoes yet. Add one: `runwell shoes add "Pegasus 41" --default`.
cli-shoes-fine = fine
cli-shoes-inspect = inspect (SHOE-2)
cli-shoes-replace = replace (SHOE-2)
cli-shoes-retired-state = retired
cli-shoes-is-default = default
cli-shoes-wear = of ~{ $replace }, { $runs } run(s): { $state }
cli-shoes-guidance = Inspect the midsole and outsole around { $inspect } and consider replacing around { $replace } (consumer guidance, SHOE-2, runwell's defaults). Rotating two pairs was linked with fewer injuries (SHOE-3).
cli-shoes-by-shoe = Next-morning pain by shoe (descriptive, not cause)
cli-surfaces-set = Runs that do not tell their surface will now be on { $surface }.
cli-surfaces-heading = Surfaces
cli-surfaces-none = none (set one with --default road|track|grass|trail|treadmill|mixed)
cli-surfaces-default = Default for runs that do not tell: { $surface }
cli-surfaces-columns = week of     on road or track
cli-surfaces-by-surface = Next-morning pain by surface (descriptive, not cause)
cli-surfaces-softer = When your hip is sore, the source article suggests softer ground such as grass or trails; runwell says so on days when pain is amber or red and most of your week was on road or track.
cli-cadence-heading = Cadence
cli-cadence-recent = Recent runs (steps/min):
cli-cadence-easy = easy
cli-cadence-metronome = A metronome at your target step rate is on the cadence page of `runwell serve`.

## runwell exercises, exercise, routine

cli-kind-strength = strength
cli-kind-balance = balance
cli-kind-mobility = mobility
cli-kind-stretch = stretch
cli-programme-heading = The hip programme: six exercises, eight movements
cli-programme-each-side = , each side
cli-programme-footer = The strength session: 2–3 times a week on days apart (PROG-1). `runwell routine strength`
cli-exercise-each-side = , done on each side
cli-exercise-line = Exercise { $number } ({ $name }), { $kind }{ $side }
cli-exercise-steps = Steps
cli-exercise-why = Why it helps
cli-exercise-works = Works: { $muscles }.
cli-exercise-cues = Cues
cli-exercise-mistakes = Common mistakes
cli-exercise-stop = When to stop
cli-exercise-ladder = Dosage ladder
cli-exercise-since = {" "}since { $day }
cli-exercise-level = You are at level { $level } of { $top }{ $since }.
cli-exercise-evidence = Evidence: { $ids } (see `runwell sources`).
cli-routine-level = level { $level } of { $top }
cli-routine-rest = Rest { $seconds } s between sets
cli-routine-rest-after = , { $seconds } s before the next movement
cli-routine-how = How to: { $command }
cli-routine-minutes = About { $minutes } minutes in all.

## runwell session: the guided session in the terminal

cli-guided-stopped-early = Stopped after { $time }, before any set was done.
cli-guided-nothing-saved = Nothing was done, so nothing is saved.
cli-guided-ask-pain = Pain in your hip during the session, 0 (none) to 10 (worst imaginable):
cli-guided-ask-effort = Effort (RPE), 0 (rest) to 10 (maximal):

## runwell session: the live screen

cli-live-level = { $name } · level { $level } of { $top }
cli-live-clock = { $done } done · { $left } to go
cli-live-set = set { $set } of { $sets }{ $side }
cli-live-ready = ready
cli-live-get-ready = get ready
cli-live-go = go
cli-live-rest = rest
cli-live-next = next:
cli-live-stopped = stopped
cli-live-finished = finished
cli-live-paused = paused
cli-live-rep = Rep { $rep } of { $reps }   ({ $seconds } s left in the set)
cli-live-hold = Hold: { $seconds } s
cli-live-keys-paused = space: carry on · n: skip step · q: quit, keeping what you did
cli-live-keys = space: pause · n: skip step · q: quit, keeping what you did
cli-voice-missing = No voice: espeak-ng is not installed (apt-get install espeak-ng).
cli-voice-cannot-start = No voice: espeak-ng could not start ({ $error }).
