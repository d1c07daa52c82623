# Today's advice: every reason, with the runner's numbers written her way by runwell-words.
# Rule ids stay as they are in every language.

count-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

pain-when-during = during your run on { $day }
pain-when-after = after your run on { $day }
pain-when-session = during your exercise session on { $day }
pain-session-note = { $session ->
    [yes] { " " }An exercise session counts as activity (DATA-7).
   *[other] {""}
}
advice-pain-green = Pain { $when } was { $score }: in the green zone ({ $green } for green).{ pain-session-note }
advice-pain-amber = Pain { $when } was { $score }: inside the pain-monitoring model's 5/10, but above green ({ $green }). Consider repeating this load rather than increasing it.{ pain-session-note }
advice-pain-red = Pain { $when } was { $score }, above the { $amber_max } the pain-monitoring model allows. Consider going back to the last load that stayed green and keeping to pain-free exercises.{ pain-session-note }

pain-usual-default = a usual morning level of { $usual } ({ $default } while fewer than { $count } mornings are known, never above the highest of them)
pain-usual = your usual morning level of { $usual }

advice-morning-settled = Pain had settled by the morning after your run on { $day } ({ $score } on { $on }, at or below { $usual }).
advice-morning-not-settled = Your hip had not settled the morning after your run on { $day }: { $score } on { $on } against { $usual }. Consider going back to the last load that settled by morning.
advice-morning-not-known = No morning pain is logged for the { $count } days after your run on { $day } ({ $default }), so runwell cannot tell whether your hip settled. Until it can, that run counts as pain not known: amber at best.
advice-morning-above = On the morning of { $on } your hip was at { $score }, above { $usual }, since your run on { $day }. Any morning above your usual level after a run counts as not settled.
advice-pain-unknown-distance = No pain is logged during or after your run on { $day } ({ $distance }). Until it is, that run's pain is not known: amber at best, no progression, and it cannot count as a load that stayed green.
advice-pain-unknown = No pain is logged during or after your run on { $day }. Until it is, that run's pain is not known: amber at best, no progression, and it cannot count as a load that stayed green.
advice-nothing-logged = Your diary has no run, pain during or after activity, or exercise session with its pain yet, so runwell cannot judge your hip from it: pain not known, amber at best.
advice-older-unknown = { $count ->
    [one] { $count } earlier activity day since your last run judged in full has pain missing or above green; it cannot count as green.
   *[other] { $count } earlier activity days since your last run judged in full have pain missing or above green; none of them can count as green.
}
advice-red-morning = On the morning of { $day } your hip was at { $score }, above { $usual }: not settled, whether or not a run came before it.
advice-pain-rising = Morning pain is rising week on week: a mean of { $week } over the last 7 days against { $previous } the week before ({ $default } counts as rising). Pain should not build from week to week; consider reducing your running load.
pain-rise-of = a rise of { $points } point

advice-data3-returning = Your mornings from { $first } to { $last } were settled after the red day on { $red_day }, with no new run judged since: Today is amber. Consider returning at the last load that stayed green, and no further.
advice-data3-red = Your hip was red on { $red_day }, and red lasts until a later run is judged green or amber with its morning settled; rest days alone never turn it green. { $count } settled mornings in a row without a new run ({ $default }) would make Today amber: logging your morning pain lets runwell see them.

advice-night-pain = Your diary shows pain of { $score } or more at night on { $nights } of the last { $count } nights (the latest on { $day }; { $default }). Night pain is a sign to check (TRIAGE-2), so Today holds at amber at best until those nights are past.
advice-first-visit = Nothing is logged yet, so runwell cannot judge today. Log your last run with the pain during or after it, and tell runwell your longest run of the last month (`runwell init --recent-longest-km K`, or the setup page); then it can answer.
advice-no-basis = runwell has no run from the { $count } days before today and no recent longest run from you, so it has no basis for a distance: amber at best. Tell runwell your longest run of the last month (`runwell init --recent-longest-km K`, or the setup page).
advice-run-no-basis = Your run on { $day } ({ $distance }) had nothing to compare with: no run in the { $count } days before it and no recent longest run from you, so SPIKE-1 could not judge it. Amber at best until it can: tell runwell your longest run of the last month.

ask-night = You logged hip pain of { $score } at night on { $day }. Pain at night or at rest is a sign the check asks about (TRIAGE-2): please answer this question first.
ask-morning-pain = How was your hip the morning after your run on { $run_day }? Log the morning pain (on { $day }).
ask-run-pain = How much did your run on { $run_day } hurt? Log the pain after it.
ask-recent-longest = What was your longest single run in the last month? runwell compares each run with it until it has 30 days of your runs.
ask-log-run = Log your most recent run, and the pain during or after it.

advice-load-rising = Your load trend is rising fast: the last week's load is { $ratio } times your longer-term level. This is a trend to watch, not an injury prediction; consider holding your load steady for now.
advice-spike-after-break = Your run on { $day } ({ $run }) was your first in more than { $count } days. After a break any run is a jump on what your body is used to; consider starting back with short, easy runs and building up gradually.
advice-spike-green = Your run on { $day } ({ $run }) stayed within 10 % of your longest run of the 30 days before it ({ $longest }).
advice-spike-amber = Your run on { $day } ({ $run }) was { $rise } on your longest run of the 30 days before it ({ $longest }). Single-run jumps of 10–30 % were linked with more running injuries (hazard ratio 1.64); consider holding at this distance rather than going further.
advice-spike-double = Your run on { $day } ({ $run }) was { $rise } on your longest run of the 30 days before it ({ $longest }): more than double. Jumps this large were linked with the highest injury rates (hazard ratio 2.28); consider reducing and building back up gradually.
advice-spike-red = Your run on { $day } ({ $run }) was { $rise } on your longest run of the 30 days before it ({ $longest }). Jumps of more than 30 % were linked with more running injuries (hazard ratio 1.52); consider shorter runs for now.
advice-week-amber = You ran { $this_week } in the last 7 days, { $change } on the 7 days before ({ $previous }). Weekly increases of more than { $limit } % were linked with more distance-related injuries, including at the hip (hazard ratio 1.59); consider holding this week's distance.
advice-week-green = Weekly distance { $change } ({ $this_week } over the last 7 days, { $previous } the week before).

cap-last-green = the last load that stayed green ({ $distance } on { $day })
cap-declared-longest = the longest run of the last month you told runwell ({ $distance })
cap-no-basis = the last load that stayed green
cap-no-basis-today = No run in the { $count } days before today and no recent longest run from you, so runwell suggests no distance today: without a basis it cannot tell what would be a jump for you.
cap-green = Today's suggested longest run is { $cap }: 10 % above your longest run of the { $count } days before today ({ $longest }).
cap-returning = Today's suggested longest run is { $cap }: { $basis }. Return there before building up.
cap-amber = Today's suggested longest run is { $cap }: hold rather than increase, and no further than { $basis }.
cap-red = Today's suggested longest run is { $cap }: on a red day runwell's default is to go back to { $basis }. Consider an easier pace as well.
cap-red-none = No run in the 30 days before your light turned stayed green on pain and on SPIKE-1, so runwell suggests no distance: consider pausing running until the pain settles, and keep to pain-free exercises.
cap-amber-none = No run in the 30 days before your light turned stayed green on pain and on SPIKE-1, so runwell suggests no distance. Logging pain during or after each run and the next morning lets a run count as green.
cap-suggested = Longest run suggested today: { $distance } ({ $rule }).
cap-none = No distance suggested today ({ $rule }).

shoe-own-setting = your setting for this pair
shoe-default = runwell's default
advice-shoe-inspect = { $name } has about { $distance } on it. Cushioning declines with use; consider checking the midsole and outsole for wear (inspection suggested from { $limit }, { $whose }).
advice-shoe-replace = { $name } has about { $distance } on it, past the { $limit } at which replacement is commonly advised ({ $whose }). Its cushioning may have declined; consider a new pair.
advice-shoe-rotate = All your recent runs were in one pair. Runners who rotated more than one pair had fewer injuries in a large study (hazard ratio 0.61); consider alternating two pairs.
advice-softer-ground = { $share } % of your running in the last 7 days was on road or track. With your hip sore, consider moving some runs to softer ground such as grass or trails, as the source article suggests.
