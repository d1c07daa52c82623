# The frame of every page, and the words for the domain's types. English is the base.

language-name = English
skip-to-content = Skip to content
menu = Menu
menu-main = Main
sign-out = Sign out
reading-banner = You are reading { $name }'s record as she sees it. It is read-only: only she can change it.
footer-disclaimer = runwell offers general information from your own records and published evidence. It cannot examine you and does not diagnose; if you are worried about your hip, speak to a health professional.
footer-server = This record is kept on this runwell server. Only the clinicians its runner shares it with can read it, and she can stop sharing at any time.
footer-local = Your data stays in one file on this machine. Nothing is sent anywhere.

nav-today = Today
nav-trends = Trends
nav-log = Log
nav-diary = Diary
nav-import = Import
nav-runs = Runs
nav-programme = Programme
nav-check = Check
nav-learn = Learn
nav-settings = Settings
nav-clinic = Clinic
nav-account = Account
nav-sharing = Sharing

count-mornings = { $count ->
    [one] { $count } morning
   *[other] { $count } mornings
}
count-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
count-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}

light-green = Green
light-amber = Amber
light-red = Red

badge-ok = ok
badge-note = Note
badge-amber = Amber
badge-red = Red

verdict-paused = Running is paused
verdict-first-visit = runwell cannot judge yet: log your first run
verdict-green = You may run, and may progress
verdict-amber = You may run; hold your load
verdict-red = Reduce your running

progression-may = Exercise levels may move up after a good session (PROG-2).
progression-hold = Keep exercise levels where they are until pain is green again (PROG-2).

triage-none = No check yet
triage-self-manage = Self-manage
triage-physio = Consider seeing a physiotherapist
triage-soon = See a doctor within 1–2 weeks
triage-urgent = Urgent: stop running, see a clinician within 1–3 days
triage-emergency = Emergency: get medical help today

triage-todo-emergency = Get medical help today: call your emergency number or go to an emergency department or urgent care. Rest the leg until you have been seen.
triage-todo-urgent = See a clinician (your GP, a sports doctor or urgent care) within 1–3 days. Until then, avoid hopping and keep weight on the leg to what daily life needs.
triage-todo-soon = Book an appointment with your doctor within the next 1–2 weeks and mention your hip pain and these signs.
triage-todo-physio = Consider booking a physiotherapist or sports physician (a routine appointment). Meanwhile you may keep following the programme within the pain limits.
triage-todo-self-manage = Nothing in your answers calls for a professional now. Keep following the programme, log your pain, and check again if anything changes.
triage-todo-none = Answer the triage questions (`runwell check`) so that runwell can tell whether you should see someone.

routine-warmup = Warm-up before your run
routine-cooldown = Cool-down after your run
routine-strength = Hip strength session

pain-state-green = green
pain-state-amber = amber
pain-state-not-known = not known: amber at best
pain-state-returning = amber, returning after red
pain-state-red = red

moment-during = during a run
moment-after = after a run
moment-morning = next morning
moment-daily = in daily life
moment-night = at night

default-of = runwell's default of { $value }

week-status-met = Met
week-status-missed = Missed
week-status-nothing-planned = Nothing planned
week-status-on-track = On track
week-status-behind = Behind
