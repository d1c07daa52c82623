# The records pages: the diary, the log page, the runs, one run and its charts, and the forms
# that change an entry.

diary-title = Diary
diary-heading = Pain diary
diary-lead = Every pain entry, exercise session and check answer from { $from } to { $to }, newest first. Open one to change or delete it.
diary-from = From
diary-to = To
diary-show = Show
diary-month-caption = { $month }: each day's worst pain, 0 to 10
diary-bands = Green is 0–2, amber 3–5, red above 5: PAIN-1's default bands. The number is each day's worst pain.
diary-nothing = Nothing logged in these days.
diary-log-pain = Log pain
diary-worst = worst { $score }
diary-pain = Pain { $moment }
diary-pain-for-run = Pain { $moment }, for the run of { $run }
diary-session = { $routine } session: { $done } of { $sets } sets at target
diary-session-pain = pain { $score }
diary-session-effort = effort { $rpe }
diary-check = Check:
diary-yes = Yes
diary-no = No
diary-change-or-delete = Change or delete
diary-change = Change
diary-answer-again = Answer again
diary-delete = Delete
diary-saved = Changes saved.
diary-back = Back to the diary

log-title = Log
log-heading = Log
log-lead-before = Pain first: it is what today's answer leans on most. Runs from a watch are quicker to
log-lead-link = import
log-run-heading = Log a run
log-save-run = Save run
log-where-before = To change or delete a run, open it from
log-where-runs = Runs
log-where-middle = ; pain entries are in the
log-where-diary = Diary
log-pain-heading = Log pain
log-save-pain = Save pain entry
log-pain-saved = Saved: pain { $score } ({ $moment }) on { $day }.
log-see-today = See what it means for today

runs-title = Runs
runs-heading = Runs
runs-cadence-link = Cadence: your steps per minute, with a metronome
runs-none = No runs yet.
runs-none-import = Import them from your watch
runs-none-or = or
runs-none-log = log one by hand
runs-count = { $count ->
    [one] { $count } run, newest first.
   *[other] { $count } runs, newest first.
}
runs-page-of = Page { $page } of { $pages }.
runs-caption = Your runs
runs-caption-page = Your runs, page { $page } of { $pages }
runs-day = Day
runs-distance = Distance
runs-time = Time
runs-pace = Pace
runs-effort = Effort
runs-surface = Surface
runs-shoe = Shoe
runs-pages = Pages of runs
runs-newer = Newer runs
runs-older = Older runs

run-title = { $sport } on { $day }
run-at = at { $time }
run-partial = This file ended early or had a damaged part: what could be read is shown, and the run is marked as partial.
run-summary = Summary
run-moving-time = Moving time
run-effort-rpe = Effort (RPE)
run-elapsed = Elapsed time
run-ascent = Ascent
run-descent = Descent
run-avg-hr = Average heart rate
run-max-hr = Maximum heart rate
run-cadence = Cadence
run-device = Device
run-gear-name = Name in the file
run-source = Source
run-source-manual = manual
run-beats = { $bpm } beats/min
run-steps = { $spm } steps/min
run-log-pain = Log pain for this run
run-pain-heading = Pain for this run
run-no-pain = No pain logged for it, nor the next morning. The next morning's entry is what PAIN-2 judges a run by.
run-change-heading = Change this run
run-every-field = Every field is saved as it is here: a field you empty is cleared.
run-save = Save changes
run-delete-heading = Delete this run
run-delete-keeps = Its pain entries stay in the diary.
run-delete = Delete run…
run-all = All runs
run-logged = Run saved. How did the hip feel? Log it with the button below the summary.
run-saved = Changes saved.

run-chart-along = Along the run
run-chart-over-distance = ({ $measure }) over distance ({ $unit })
run-chart-distance-axis = Distance ({ $unit })
run-chart-pace = Pace
run-chart-heart-rate = Heart rate
run-chart-cadence = Cadence
run-chart-pace-measure = min/{ $unit }, faster higher
run-chart-beats = beats/min
run-chart-steps = steps/min
run-chart-summary = { $title } over { $distance }: between { $low } and { $high }, on average { $mean }.
run-chart-pace-per = { $pace } per { $unit }
run-chart-no-pace = No pace: this run's file has no distance over time that moves.
run-chart-no-heart-rate = No heart rate in this run's file.
run-chart-no-cadence = No cadence in this run's file.
run-chart-splits = Splits per { $unit ->
    [mi] mile
   *[km] kilometre
}
run-chart-split-unit = { $unit ->
    [mi] Mi
   *[km] Km
}
run-chart-time = Time
run-chart-heart-rate-column = Heart rate

pain-edit-title = Pain entry
pain-edit-heading = Pain entry
pain-edit-form = Change this pain entry
pain-edit-delete-heading = Delete this entry
pain-edit-delete = Delete pain entry…

answer-edit-title = Check answer
answer-edit-heading = Check answer
answer-edit-form = Correct this answer
answer-edit-yours = Your answer
answer-edit-day = The day it was true
answer-edit-hint = Today reads the answer as given on this day; a later answer to the same question still counts over it.
answer-edit-delete-heading = Delete this answer
answer-edit-delete = Delete answer…

session-edit-title = Session
session-edit-heading = Session: { $routine }, { $day }
session-edit-form = Correct this session
session-edit-pain = Pain in the hip during it
session-edit-duration = How long it took (optional)
session-edit-duration-hint = Minutes and seconds, e.g. 25:00
session-edit-hint = The sets stay as they were done; a field you empty is cleared.
session-edit-delete-heading = Delete this session
session-edit-delete = Delete session…

session-log-heading = Log: { $routine }
session-log-lead = For a session done without the guide: say how many sets of each movement you did at the target, then how it felt. runwell stores it as it stores a guided session, and moves your levels the same way (PROG-2).
session-log-done = { $movement }: sets done at target
session-log-hint = { $dose }, level { $level } of { $top }: { $variant }
session-log-of = { $done } of { $sets }
session-log-guided = The guided session
