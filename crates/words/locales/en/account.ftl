# Server mode's own pages: signing in, signing up through an invitation, the account and its
# audit trail, and a runner's sharing.

account-role-runner = a runner
account-role-clinician = a physiotherapist or coach

account-signin-title = Sign in
account-signin-email = E-mail address
account-signin-password = Password
account-signin-button = Sign in
account-signin-no-account = No account yet? Accounts are made by invitation: ask your clinic or club for a link.

account-join-title = Sign up
account-join-lead = This invitation makes an account for { $role }. It works once.
account-join-name = Your name, as others will see it
account-join-email = E-mail address (you sign in with it)
account-join-password = Password
account-join-password-hint = At least 10 characters; a few words together are easy to remember
account-join-repeat = The same password again
account-join-button = Make my account
account-join-differ = The two passwords differ: type the same one twice.
account-join-unknown = This invitation link is not known, already used or out of date. Ask the one who sent it for a new one.

account-title = Account
account-changed = Your password is changed. Every other place you were signed in has been signed out.
account-who = { $name } · { $email } · signed up as { $role }
account-password-heading = Change your password
account-current = Current password
account-new = New password
account-new-hint = At least 10 characters
account-repeat = The new password again
account-change-button = Change password
account-new-differ = The two new passwords differ: type the same one twice.
account-audit-heading = What happened to your account and record
account-audit-hint = Sign-ins, shares, and every time a clinician read your record, newest first.
account-audit-none = Nothing yet.
account-audit-when = When
account-audit-what = What
account-audit-who = Who
account-audit-from = From

# The audit trail's events, by their kind (`sign_in` is account-event-sign-in).
account-event-sign-in = Signed in
account-event-sign-out = Signed out
account-event-sign-in-refused = A sign-in was refused
account-event-sign-in-held = A sign-in was held back after too many attempts
account-event-password-changed = Password changed
account-event-password-reset = Password reset by the operator
account-event-account-added = Account made
account-event-joined = Signed up through an invitation
account-event-invitation-made = Invitation made
account-event-shared = Started sharing the record
account-event-unshared = Stopped sharing the record
account-event-clinician-view = A clinician looked at the record
account-event-note-added = A clinician left a note
account-event-other = Something else happened

account-sharing-title = Sharing
account-sharing-heading = Sharing your record
account-sharing-shared = Your record is now shared.
account-sharing-stopped = Sharing stopped: nothing of yours is visible to that clinician any more.
account-sharing-who-heading = Who can read your record
account-sharing-nobody = Nobody: your record is yours alone.
account-sharing-since = since { $when }
account-sharing-stop = Stop sharing with { $name }
account-sharing-code-heading = Share with a physiotherapist or coach
# "With the code K7QF-M2X9 you would share your record with Gry (gry@…). She would see:", in
# three parts around the code and the name, which the page shows in bold.
account-sharing-with-code = With the code
account-sharing-would-share = you would share your record with
account-sharing-would-see = She would see:
account-sharing-part-1 = Today as you see it: the light, its reasons, the suggested distance and the triage level
account-sharing-part-2 = Your trends: pain, load and distance week by week
account-sharing-part-3 = Your diary: pain entries, exercise sessions and check answers
account-sharing-part-4 = Your runs and your programme levels
account-sharing-promise = She cannot change anything in it. She may leave dated notes, which you read on Today. You can stop sharing here at any time, and from then on she sees nothing of yours.
account-sharing-confirm = Share my record with { $name }
account-sharing-do-not = Do not share
account-sharing-code-label = Their share code
account-sharing-code-hint = Eight letters and digits, such as K7QF-M2X9; you see what would be shared before anything is
account-sharing-see = See what would be shared
