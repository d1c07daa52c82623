# The clinician's list of the runners who share with her.

clinic-title = Clinic
clinic-heading = Your runners
clinic-lead-urgency = Runners who share their record with you, red flags and red lights first. Each record is read-only; you may leave a note on it.
clinic-lead-sorted = Runners who share their record with you, sorted by { $column }. Each record is read-only; you may leave a note on it.
clinic-nobody = Nobody shares with you yet. Give a runner a share code (below), or invite one to sign up.
clinic-sort-urgency = Light and triage
clinic-sort-name = Name
clinic-sort-last-run = Last run
clinic-sort-strength = Strength this week
clinic-sort-entry = Days since an entry
clinic-pain-column = Pain, 4 weeks
clinic-not-set-up = Not set up yet
clinic-pain-logged = Pain logged on { $logged } of the last { $days } days, worst { $worst }
clinic-no-pain = No pain logged in the last { $days } days
clinic-no-run = None
clinic-strength = { $done } of { $planned } planned
clinic-since-entry = { $days ->
    [0] Today
    [one] { $days } day
   *[other] { $days } days
}
clinic-nothing-yet = Nothing yet
clinic-add-heading = Add a runner
clinic-add-text = A runner with an account types your share code on her Sharing page; she sees what she would share before she does. A runner without one signs up through an invitation link, then is offered to share with you.
# "Share code: K7QF-M2X9. It works once, for 14 days.", the code in bold between the two.
clinic-share-code = Share code:
clinic-code-works = It works once, for 14 days.
clinic-invite-link = Invitation link (works once, for 14 days):
clinic-new-code = New share code
clinic-new-invite = New invitation link
