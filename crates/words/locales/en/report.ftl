# The report for a physiotherapist: the page, the file `runwell report --out` writes and the
# terminal's text say the same words.

report-title = Hip pain and running: a summary for my physiotherapist
report-title-period = { $title } · { $from } to { $to }
report-lead = Made by runwell from my own diary, runs and exercise sessions. It records what I logged; it is not a diagnosis.
report-who = Who and when
report-pain = Pain
report-pain-chart = Pain during and after each run, and the week's mean next-morning pain
report-load = Running
report-flags-none = No single-run spike (SPIKE-1) or weekly jump (WEEK-1) held the light back in this period.
report-programme = Hip programme
report-programme-none = No exercise sessions were planned in this period.
report-levels-none = No strength movement has been done yet.
report-week-of = Week of
report-strength = Strength
report-warmups = Warm-ups
report-cooldowns = Cool-downs
report-status = Week
report-movement = Movement
report-level = Level now
report-changed = Last changed
report-check = Red-flag check
report-answers-none = No check questions were answered in this period.
report-triage-now = Triage level at the end of the period
report-kit = Shoes and surfaces
report-notes = My notes for the physio
report-notes-hint = Anything you want to ask or tell; kept with this report's period and printed on a second page.
report-notes-save = Save notes
report-generated = Made on
report-print-hint = To keep it as a PDF, use your browser's Print and choose "Save as PDF" (or `runwell report --pdf`).
report-disclaimer = runwell informs and does not diagnose. Its thresholds are the evidence rules named beside them (EVIDENCE.md ids); those marked as defaults are runwell's own choices.

report-more-flags = { $count ->
    [one] …and 1 more flag in this period (see `runwell today --today DAY`).
   *[other] …and { $count } more flags in this period (see `runwell today --today DAY`).
}
report-of = { $done } of { $planned }

report-period-label = Period
report-period = { $from } to { $to } ({ $weeks } training { $weeks ->
    [one] week
   *[other] weeks
})
report-where-label = Pain most logged
report-where-none = not logged
report-where-side = { $side } hip
report-where-region = { $region } of the hip
report-where-both = both hips, { $region }
report-where-both-only = both hips
report-where-side-region = { $side } hip, { $region }
report-side-left = left
report-side-right = right
report-side-both = both
report-region-outer = outer
report-region-groin = groin
report-region-buttock = buttock
report-region-deep = deep
report-episode-label = Episode started
report-episode-none = no pain episode in the diary (morning or daily pain of { $score } or more in the last { $days } days, NRS-1)

report-nrs-none = NRS-1: no pain episode to compare against.
report-nrs-waiting = NRS-1: the episode's first week averaged { $baseline }; the last 7 days cannot be compared yet (it needs two weeks apart and a morning or daily entry).
report-nrs = NRS-1: { $verdict } — the last 7 days averaged { $now } against { $baseline } in the episode's first week (meaningful is a fall of { $points } points or { $percent }).
report-nrs-better = meaningfully better
report-nrs-not-yet = not meaningfully better yet

report-load-total = { $total } in { $runs } { $runs ->
    [one] run
   *[other] runs
} over { $weeks } weeks ({ $per_week } a week on average).
report-longest = Longest run: { $distance } on { $day }.
report-level-unchanged = not yet (still the starting level)

report-no-runs = No runs in this period.
report-no-shoe = no shoe recorded
report-shoe = { $name } { $distance } ({ $runs } { $runs ->
    [one] run
   *[other] runs
})
report-surface-unknown = not recorded { $distance }
report-surface = { $surface } { $distance }
report-shoes = Shoes: { $list }.
report-surfaces = Surfaces: { $list }.
report-surface-road = road
report-surface-track = track
report-surface-grass = grass
report-surface-trail = trail
report-surface-treadmill = treadmill
report-surface-mixed = mixed

report-yes = yes
report-no = no

# `runwell report` in a terminal.
report-cli-run-pain = { $day } { $distance }: during { $during }, after { $after }
report-cli-wrote-pdf = Wrote the report to { $path } (PDF, A4).
report-cli-wrote-html = Wrote the report to { $path }. Open it in a browser and print it (Save as PDF keeps a copy).
