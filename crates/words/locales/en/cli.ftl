# The terminal's words for every command but `today`, `check` and `report`. Ids start
# `cli-` and the command's name. Numbers and days come in written already.

cli-note = Note:
cli-yes = Yes
cli-no = No

## runwell init

cli-init-intro = Setting up runwell. Press Enter to take the value in brackets.
cli-init-ask-zone = Your time zone (IANA name)
cli-init-ask-run-days = Days you usually run
cli-init-ask-strength-days = Days for the hip strength session (2–3, not back to back)
cli-init-no-valid-answer = no valid answer after five tries; run `runwell init --help` for the options
cli-init-summary = Time zone { $zone }; runs on { $run }; strength on { $strength }.
cli-init-ask-save = Save this profile? (y/n)
cli-init-yes = y
cli-init-nothing-saved = Nothing saved.
cli-init-saved = Profile saved in { $path }.
cli-init-zone = Time zone:
cli-init-run-days = Run days:
cli-init-strength-days = Strength days:
cli-init-next = Next: `runwell routine strength` shows your first strength session.
cli-init-longest = Longest run of the last month: { $distance } (SPIKE-1, DATA-5).
cli-init-too-few-days = You chose { $days } strength day(s). The hip programme works best 2–3 times a week (PROG-1); consider adding a day.
cli-init-too-many-days = You chose { $days } strength days. 2–3 a week is enough (PROG-1); the muscles and tendons may need the days between to adapt.
cli-init-back-to-back = { $first } and { $second } follow each other. Consider leaving a day between strength sessions (about 48 hours, PROG-1).
cli-init-no-run-days = No run days chosen: the warm-up and cool-down are planned around your runs.

## runwell import

cli-import-imported = imported
cli-import-duplicate = duplicate
cli-import-deleted = deleted before, left out
cli-import-not-activity = not an activity
cli-import-failed = failed
cli-import-missing-path = { $path } does not exist: give a file, a folder or an export ZIP
cli-import-files-word = files
cli-import-deleted-part = , deleted before { $n }
cli-import-summary = Imported { $imported }, duplicates { $duplicates }{ $deleted }, not activities { $not_activities }, failed { $failed } ({ $files } files, { $mb } MB read in { $seconds } s).
cli-import-next = See them with `runwell runs`; add how hard they felt with `runwell edit run ID --rpe N`.
cli-import-deleted-stay = Runs you deleted stay deleted; `runwell import --include-deleted PATH` brings them back.
cli-import-nothing = nothing could be imported from { $files } file(s): none of them holds a run runwell can read (FIT, GPX or TCX, also gzipped, in folders or ZIP exports)

## runwell runs, run, edit run, and the lines for a run and a pain entry

cli-run = run
cli-pain = pain
cli-pain-limits = limits daily life
cli-runs-updated = Updated run
cli-runs-none = No runs yet. Log one with `runwell log run --distance-km K --duration MM:SS`.
cli-runs-total = { $runs } runs, { $distance } of running.
cli-run-pace = Pace { $pace }, elapsed { $elapsed }
cli-run-elapsed = Elapsed { $elapsed }
cli-run-max-hr = , max { $max }
cli-run-hr = Heart rate: average { $average }{ $max }
cli-run-cadence = Cadence: { $cadence } steps/min
cli-run-source = Source: { $source }
cli-run-no-pain = Pain: none logged. { $command }
cli-run-pain = Pain logged for it and the next morning:
cli-run-samples = Samples: { $problem }
cli-run-splits = { $unit }     time    pace/{ $unit }   heart rate  cadence

## runwell log run, log pain, diary

cli-session = session
cli-answer = answer
cli-log-run = Logged run
cli-log-run-rpe = Tip: add how hard it felt with `runwell edit run { $id } --rpe N` (0–10).
cli-log-run-pain = How did the hip feel? { $command }
cli-log-pain = Logged pain { $score }/10 ({ $moment }) on { $day } as entry { $id }.
cli-log-pain-next = See what it means for today: `runwell today`.
cli-diary-heading = Pain diary, { $from } to { $to } (newest first)
cli-diary-empty = Nothing logged in these days. Log pain with `runwell log pain --when morning --score N`.
cli-diary-worst = worst pain { $score }/10
cli-diary-session-pain = , pain { $score }/10
cli-diary-session-effort = , effort { $rpe }
cli-diary-sets = { $done } of { $sets } sets at target
cli-diary-next = Change one with `runwell edit pain|session ID`, delete one with `runwell delete pain|session|answer ID`.

## runwell edit, delete

cli-updated = Updated
cli-updated-pain = Updated pain entry { $id }.
cli-updated-session = Updated session #{ $id } ({ $label }).
cli-updated-answer = Updated answer #{ $id }: { $question } { $answer } (on { $day }).
cli-delete-ask = Delete { $record }?
cli-delete-yn = [y/N]
cli-delete-kept = nothing was deleted: answer y to delete it, or add --yes to delete without asking

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
cli-week-met = Met
cli-week-missed = Missed
cli-week-nothing-planned = Nothing planned
cli-week-on-track = On track
cli-week-behind = Behind
cli-adherence-heading = Planned and done
cli-adherence-columns = week of      strength   warm-ups  cool-downs  status
cli-adherence-of = of
cli-adherence-streak = Streak: { $weeks } week(s) in a row meeting the plan.
cli-adherence-met = A week is met with at least { $floor } strength sessions (PROG-1), or all planned if fewer.
cli-session-saved = Saved the { $routine } session of { $day }: { $done } of { $sets } sets at target.
cli-level-up = up
cli-level-down = down
cli-level-change = { $name }: level { $from } → { $to } ({ $way }, PROG-2).

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

## runwell export, erase, db copy, accounts

cli-export-wrote = Wrote { $file }: { $runs } runs ({ $gpx } as GPX), { $pain } pain entries, { $sessions } sessions, with runwell.json and CSV files.
cli-erase-warning = This deletes everything in { $file }: every run, pain entry, session, answer, shoe and setting. It cannot be undone (`runwell export` keeps a copy first).
cli-erase-type = Type { $word } to confirm:
cli-erase-done = Erased: { $file } is an empty runwell database now.
cli-db-copied = Copied { $rows } rows from { $from } to { $to }, as runner { $runner } there.
cli-accounts-password-new = Password for the new account (not shown):
cli-accounts-password-reset = New password (not shown):
cli-accounts-made = Made the { $role } account { $email } ({ $name }), id { $id }. It can sign in now.
cli-accounts-reset = The password of { $email } is set; every place it was signed in is signed out.
cli-accounts-none = No accounts yet: make the first with `runwell accounts add EMAIL --name NAME`.
cli-accounts-invite = A one-time sign-up link for a { $role } (valid 14 days):

## runwell serve

cli-serve-running = runwell is running at { $address } (Ctrl-C stops it)
cli-serve-server = runwell is running as a server at { $public } (listening on { $address }; Ctrl-C stops it)
cli-serve-pair-scan = To use runwell on a phone on this network, scan this code with its camera or open
cli-serve-pair-type =
    in its browser, then type the code the phone shows on { $settings }
    (this address works once; Settings shows a new one for the next phone).
cli-serve-pair-https = The phone reaches runwell over HTTPS with the certificate given, so it can install runwell and use it offline.
cli-serve-pair-plain =
    On the home network runwell speaks plain HTTP: anyone on the same network could read what passes
    between the phone and this computer. Use --lan only on a network you trust; for anything wider,
    run a server with TLS (runwell serve --server). A phone installs runwell and opens it offline
    only over HTTPS: give --tls-cert and --tls-key with a certificate the phone trusts.

## runwell exercises, exercise, routine

cli-kind-strength = strength
cli-kind-balance = balance
cli-kind-mobility = mobility
cli-kind-stretch = stretch
cli-dose-each-side = {" "}each side
cli-dose-reps = { $sets } × { $reps } reps{ $side }
cli-dose-hold = { $sets } × { $seconds } s hold{ $side }
cli-dose-time = { $seconds } s{ $side }
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

## runwell learn, faq, sources, gear

cli-learn-heading = Learn about hip pain in runners
cli-learn-also = Also: `runwell faq`, `runwell sources`, `runwell gear`.
cli-learn-sources = Sources:
cli-faq-heading = Frequently asked questions
cli-faq-q = Q:
cli-faq-citations = The full citations: `runwell sources`.
cli-sources-heading = Sources
cli-sources-article = The source article's references
cli-sources-evidence = The evidence behind runwell's rules (ids from EVIDENCE.md)
cli-sources-supports = Supports: { $rules }
cli-gear-heading = Gear shown in the source article
cli-gear-intro = These are products the article's shop sells, listed so that nothing of the article is missing. They are not part of the programme and runwell does not recommend them; runwell sells nothing and links to no shop.

## runwell session: the guided session in the terminal

cli-guided-stopped-early = Stopped after { $time }, before any set was done.
cli-guided-nothing-saved = Nothing was done, so nothing is saved.
cli-guided-ask-pain = Pain in your hip during the session, 0 (none) to 10 (worst imaginable):
cli-guided-ask-effort = Effort (RPE), 0 (rest) to 10 (maximal):
