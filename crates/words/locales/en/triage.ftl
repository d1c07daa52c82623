# The check: its questions (by their fixed keys) and what the diary and the answers say.

cannot_bear_weight = Are you unable to put weight on the leg or to walk?
after_fall_or_injury = Did the pain start after a fall or an injury?
cannot_move_hip = Are you unable to move the hip?
fever_or_hot_swollen_joint = Do you have a fever or feel unwell, or is the hip hot, red or swollen?
numb_cold_or_pale_leg = Is the leg numb, cold or pale?
groin_pain_with_running = Do you have deep groin or front-of-hip pain when running that comes on earlier in each run and lasts longer afterwards?
night_or_rest_pain = Does the hip hurt at night or when you are resting?
limping = Are you limping?
pain_landing_or_standing_on_leg = Does it hurt when you land on, or stand on, that leg alone? (Answer from what you have noticed: please do not hop to test it.)
unexplained_weight_loss = Have you lost weight without trying?
history_of_cancer = Have you ever had cancer?
constant_night_pain = Is the pain there every night, whatever position you lie in?
long_morning_stiffness_or_many_joints = Are you stiff for more than 30–60 minutes in the morning, or do several joints ache?
sharp_pain = Is the pain sharp?
severe_pain = Is the pain severe (7 out of 10 or more, runwell's default for severe)?
limits_daily_life = Does the pain get in the way of everyday activities?
clicking_catching_locking = Does groin pain come with clicking, catching or locking in the hip?
pain_on_single_leg_stand = If you stand on the painful leg for 30 seconds (hold on to something for balance), does the outer hip hurt within that time?

triage-answered-yes = You answered yes (on { $day }): { $question }
triage-single-leg = Pain within 30 seconds of standing on the leg makes a gluteal tendon problem likely. That is not a diagnosis, but a reason to follow the programme and to consider seeing a physiotherapist.
triage-held = It counts for { $held } after the entry ({ $default }), or until a newer check answers it.
triage-severe = Your diary shows severe pain: { $score } on { $day } (severe is { $severe } or more, { $default }). { $held }
triage-daily-life = Your diary shows pain getting in the way of daily life on { $day }. { $held }
triage-sharp = Your diary describes sharp pain on { $day }. { $held }
triage-red-repeat = Your pain went past the model's limits on { $count } days in the last { $days } ({ $default }); consider having a professional review your hip and your training.
triage-times-in-days = { $count } times in { $days } days
triage-nights = Your diary shows hip pain at night on { $nights } of the last { $count } nights (up to { $worst }, the latest on { $day }). Pain at night or at rest is one of the signs a clinician should look at soon ({ $min } or more on { $urgent } nights, { $default }). This holds until you answer the night and rest question on the check.
triage-night-default = runwell's default for night pain
triage-no-meaningful-improvement = { $weeks } weeks since your pain began on { $day }, it has not improved meaningfully (a mean of { $current } this week against { $baseline } in the first week; NRS-1 counts a fall of 2 points or 30 %). Consider physiotherapy or sports medicine. Recovery often takes weeks to months.
triage-worse = Your pain has got worse since { $day } (a mean of { $current } this week against { $baseline } in the first week). Consider having a clinician review it.
triage-not-improved = Your pain has not improved at all since { $day } (a mean of { $current } this week against { $baseline } in the first week). Consider having a clinician review it.

# `runwell check` in a terminal.
cli-check-intro = Answer y or n; press Enter to keep your last answer.
cli-check-again = Please answer y or n (or press Enter to skip).
cli-check-heading = Check on { $day }: { $level }
cli-because = Because:
cli-check-paused = All running advice is paused until a newer check answers no to this.
cli-check-yn = (y/n)
