# The charts: their titles, axes, legends, the sentence that says each in words and the table
# of its numbers.

charts-the-numbers = The numbers
charts-light = Light
charts-no-running = no running
charts-letter-green = G
charts-letter-amber = A
charts-letter-red = R
charts-runs = { $count ->
    [one] { $count } run
   *[other] { $count } runs
}

# The weekly chart (Today, Trends, the report).
charts-weekly-title = Distance and morning pain, last { $count } weeks
charts-week-bar = Week of { $week }: { $distance } in { $runs }
charts-week-pain = Week of { $week }: next-morning pain { $pain } of 10
charts-week-light = Week of { $week }: { $light }
charts-new-shoe = New shoe from the week of { $week }: { $shoe }
charts-weekly-none = No runs in the last { $count } weeks.
charts-weekly-biggest = ; the most in one week was { $distance }, the week of { $week }
charts-weekly-total = { $distance } in { $runs } over the last { $count } weeks{ $biggest }.
charts-weekly-pain-none = No next-morning pain logged in these weeks.
charts-weekly-pain-one = Next-morning pain: { $pain } of 10 (week of { $week }).
charts-weekly-pain-moved = Mean next-morning pain went from { $first } (week of { $first_week }) to { $last } of 10 (week of { $last_week }).
charts-weekly-lights = Weeks by light: { $green } green, { $amber } amber, { $red } red, { $none } without running.
charts-weekly-shoe = { $shoe } (week of { $week })
charts-weekly-shoes = New shoes: { $list }.
charts-distance-axis = Distance ({ $unit })
charts-morning-pain-axis = Morning pain (0–10)
charts-week-starting = Week starting (Monday)
charts-weekly-empty = No runs or morning pain logged in these weeks yet
charts-weekly-caption = Week by week, latest first
charts-col-week-of = Week of
charts-col-distance = Distance
charts-col-runs = Runs
charts-col-morning-pain = Morning pain
charts-col-new-shoe = New shoe

# The report's pain chart.
charts-pain-mark-during = { $day }: { $score } of 10 during the run
charts-pain-mark-after = { $day }: { $score } of 10 after the run
charts-pain-none = No pain logged during or after the { $count } runs.
charts-pain-logged = Pain logged for { $with } of { $count } runs; the highest was { $top } of 10.
charts-pain-mornings = Weekly next-morning pain went from { $first } to { $last } of 10.
charts-pain-mornings-none = No next-morning pain logged.
charts-pain-legend = Pain (0–10):
charts-pain-legend-during = during
charts-pain-legend-after = after
charts-pain-legend-morning = next-morning mean of the week
charts-pain-empty = No pain logged in this period

# The load chart (Trends).
charts-load-waiting = The load chart appears once there are { $needed } days of data (LOAD-2 compares a week with the four before it); there { $count ->
    [0] are none
    [one] is 1
   *[other] are { $count }
} so far.
charts-load-title = Training load, last { $count } days
charts-load-summary = From { $from } to { $to }, acute load (7-day average) went from { $acute_from } to { $acute_to } and chronic load (28-day average) from { $chronic_from } to { $chronic_to }, in RPE × minutes.
charts-load-ratio = The acute:chronic ratio is { $ratio }; above 1.5 is a hint to hold your load (LOAD-3).
charts-load-axis = Load (RPE × min)
charts-load-acute = Acute, 7 days
charts-load-chronic = Chronic, 28 days
charts-load-x = Day (labels on Mondays)
charts-load-caption = Day by day, latest first, in RPE × minutes
charts-col-day = Day
charts-col-load-day = Load that day
charts-col-acute = Acute
charts-col-chronic = Chronic

# A movement's level over time (Programme).
charts-level-title = { $name }: level over time
charts-level-waiting = No sessions of { $name } yet: it is at level 1 of { $top }. The line starts with your first session.
charts-level-dot = Session on { $day }, at level { $level }
charts-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
charts-level-summary = Level { $level } of { $top } after { $sessions }.
charts-level-up = Up from { $from } to { $to } on { $day }.
charts-level-down = Down from { $from } to { $to } on { $day }.
charts-level-no-change = No change yet.
charts-level-axis = Level

# The adherence calendar (Programme).
charts-calendar-title = { $count ->
    [one] Sessions done against the plan, this week
   *[other] Sessions done against the plan, last { $count } weeks
}
charts-calendar-week = Week
charts-calendar-legend = ✓ done · ◐ partly · ✗ missed · ○ planned · + done on a rest day · thick outline: a strength day
charts-calendar-caption = Each day of each week, latest week last
charts-col-strength = Strength
charts-of = { $done } of { $target }
charts-routine-warmup = warm-up
charts-routine-cooldown = cool-down
charts-routine-strength = hip strength
charts-nothing = nothing
charts-status-met = Met
charts-status-missed = Missed
charts-status-nothing-planned = No plan
charts-status-on-track = On track
charts-status-behind = Behind
charts-week-status-met = met
charts-week-status-missed = missed
charts-week-status-nothing-planned = nothing planned
charts-week-status-on-track = on track
charts-week-status-behind = behind
charts-day-rest = rest day
charts-day-extra = done { $done } (not planned)
charts-day-planned = planned { $planned }
charts-day-missed = planned { $planned }, not done
charts-day-done = planned { $planned }; done { $done }
charts-calendar-first = The calendar starts with the week of your first session.
charts-calendar-none = No complete week with strength planned in the last { $count } weeks yet.
charts-calendar-met = Strength target met in { $met } of the { $count } complete weeks with a plan (two sessions a week, or all planned if fewer; PROG-1).
charts-calendar-streak = { $count ->
    [one] 1 week in a row met.
   *[other] { $count } weeks in a row met.
}
charts-calendar-this-week = This week (from { $week }): { $done } of { $target } strength sessions, { $status }.
