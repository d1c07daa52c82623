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

## runwell trend, check --questions

cli-check-questions = Triage questions
cli-trend-heading = Week by week
cli-trend-columns = week of      { $unit }     runs  load   morning pain  light  NRS-1
cli-trend-baseline = baseline week
cli-trend-better = meaningfully better
cli-trend-not-yet = not yet better
cli-trend-no-data = no pain logged
cli-trend-new-shoe = { $day }: new shoe { $shoe } (SHOE-4)
cli-trend-load = Load is RPE × minutes (LOAD-1), a trend to watch rather than a risk score.
