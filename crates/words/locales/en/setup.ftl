# The setup page.

setup-title = Set up
setup-saved = Profile saved
setup-warnings = Worth knowing about your days
setup-change-any-time = You can change your days below at any time, or carry on as you are.
setup-continue = Continue to Today
setup-change = Change your profile
setup-welcome = Welcome to runwell
setup-lead = Three questions first: where you live (so that “today” is your today), and the days you run and do the hip strength session.
setup-profile = Your profile
setup-time-zone = Time zone
setup-choose-zone = Choose your time zone
setup-other-zone = Or type another IANA zone name
setup-other-zone-hint = For example America/Vancouver. This takes precedence when filled.
setup-detect-zone = Use this device's time zone
setup-run-days = Days you run
setup-strength-days = Days for the hip strength session
setup-strength-hint = Two or three a week, with a day between them, suit the programme best (PROG-1).
setup-unit = Show distances in
setup-km = Kilometres
setup-mi = Miles
setup-recent = Your recent running
setup-save = Save profile
