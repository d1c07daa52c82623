# The fields of the records' forms (pain, a run, a session, a check answer), their choices,
# and the reasons a field is refused.

form-not-given = Not given
form-note = Note (optional)
form-day = Day
form-save-changes = Save changes

form-pain-how-much = How much does your hip hurt?
form-pain-scale-hint = 0 is no pain, 10 the worst imaginable
form-pain-when = When
form-pain-side = Side
form-pain-where = Where
form-pain-feels = What it feels like
form-pain-daily-life = It gets in the way of daily life (walking, stairs, sleep, work)
form-pain-run-number = Run number this pain belongs to
form-pain-for-run = For your run of { $run }

form-when-morning = Next morning
form-when-during = During a run
form-when-after = After a run
form-when-daily = In daily life
form-when-night = At night
form-side-left = Left
form-side-right = Right
form-side-both = Both
form-region-outer = Outer hip
form-region-groin = Groin or front
form-region-buttock = Buttock
form-region-deep = Deep in the joint
form-character-sharp = Sharp
form-character-dull = Dull ache
form-character-burning = Burning
form-character-stiff = Stiffness

form-sport-run = Run
form-sport-trail_run = Trail run
form-sport-treadmill_run = Treadmill run
form-sport-track_run = Track run
form-sport-walk = Walk
form-sport-hike = Hike
form-sport-ride = Ride
form-sport-swim = Swim
form-sport-other = Other
form-surface-road = Road
form-surface-track = Track
form-surface-grass = Grass
form-surface-trail = Trail
form-surface-treadmill = Treadmill
form-surface-mixed = Mixed

form-run-start-time = Start time (optional)
form-run-start-time-hint = Your local time, e.g. 07:30. Noon when left empty.
form-run-sport = Sport
form-run-distance-km = Distance (km)
form-run-distance-km-hint = For example 8.5
form-run-distance-mi = Distance (miles)
form-run-distance-mi-hint = For example 5.2
form-run-time = Time
form-run-time-hint = Minutes and seconds, e.g. 45:00, or hours too, e.g. 1:05:00
form-run-elapsed-field = Elapsed time with pauses (optional)
form-run-elapsed-hint = The same as the time when left empty
form-run-confirm = Yes, this is right
form-run-effort-field = Effort (optional)
form-run-effort-hint = 0 is rest, 10 is maximal (RPE)
form-run-surface-field = Surface (optional)
form-run-shoe-field = Shoe (optional)
form-run-shoe-hint = A name you will recognise, e.g. Pegasus 40 blue
form-run-name-field = Name (optional)
form-run-name-hint = For example Parkrun, or Long run by the lake

form-refused-pain-score = a pain score is a whole number from 0 (no pain) to 10 (worst imaginable); got { $got }
form-refused-rpe = effort (RPE) is a whole number from 0 (rest) to 10 (maximal); got { $got }
form-refused-date = { $got } is not a date: use YYYY-MM-DD, e.g. 2026-03-14
form-refused-after-today = { $day } is after today ({ $today } where you live): runwell only records what has already happened. Check the date, or log it on the day
form-refused-score-missing = choose how much it hurts, from 0 (no pain) to 10
form-refused-duration-missing = give the run's time, e.g. 45:00 or 1:05:00
form-refused-clock = write the time as minutes and seconds, e.g. 45:00, or as hours, minutes and seconds, e.g. 1:05:00
form-refused-no-time = a run lasts longer than 0:00: write its time as e.g. 45:00 or 1:05:00
form-refused-time-of-day = { $got } is not a time of day: use HH:MM, e.g. 07:30
form-refused-distance-km = a run's distance is in kilometres and more than 0, e.g. 8.5; got { $got }
form-refused-distance-mi = a run's distance is in miles and more than 0, e.g. 5.2; got { $got }
form-refused-elapsed-shorter = the elapsed time counts pauses too, so it cannot be shorter than the moving time
form-refused-confirm = if these values are right, confirm them: tick “Yes, this is right” (or add --force) and save again
form-refused-answer = answer yes or no
form-refused-no-run = there is no run with id { $id }: leave it out, or choose one of your runs

# A run typed by hand whose values look like a typo, until she confirms them.
form-doubt-too-far = { $distance } is more than one run covers ({ $most } at most): check the distance, which is in { $unit ->
    [mi] miles
   *[km] kilometres
}
form-doubt-too-long = { $time } is more than 48 hours: check the time, e.g. 45:00 for 45 minutes or 1:05:00 for an hour and five minutes
form-doubt-pace = { $distance } { $unit } in { $time } is a pace of { $pace }, { $than ->
    [faster] faster
   *[slower] slower
} than { $bound }: check the distance and the time

# The setup form's and the session questions' refusals.
form-refused-zone-missing = choose your time zone (Time zone), e.g. Europe/London
form-refused-run-days-missing = choose the days you usually run (Days you run), e.g. mon,wed,sat
form-refused-strength-days-missing = choose two or three days for the hip strength session (Days for the hip strength session), e.g. tue,thu
form-refused-longest-km = the longest run of the last month is in kilometres and more than 0, e.g. 12; got { $got }
form-refused-session-pain-missing = choose the pain during the session: a number from 0 to 10
form-refused-session-effort-missing = choose the effort: a number from 0 to 10

# Settings', shoes' and accounts' refusals.
form-refused-erase-word = to erase everything, type the word { $word } to confirm; nothing was deleted
form-refused-shoe-name-missing = a shoe needs a name, e.g. "Pegasus 41 blue"
form-refused-shoe-name-taken = another pair is already called { $name }: choose another name
form-refused-shoe-km = { $got } is not a distance: give kilometres between 1 and 10000
form-refused-replace-before-inspect = replacing comes after inspecting: give at least { $km } km, the inspect distance
form-refused-password-short = a password needs at least { $chars } characters; a few words together are easy to remember
form-refused-password-long = a password may be at most { $bytes } bytes long
form-refused-current-password = that is not your current password
