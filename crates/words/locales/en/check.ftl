# The check page's own words; the questions, levels and reasons are in triage.ftl and core.ftl.

check-heading = Should I see someone?
check-saved = Your answers are saved.
check-result = Result: { $level }
check-because = Because
check-paused = All running advice is paused
check-paused-rest = until a newer check answers no to this.
check-lead = Answer what applies to you now. Your earlier answers are filled in; a question you leave unanswered keeps its last answer.
check-yes = Yes
check-no = No
check-save = Save answers

# The check's groups of questions, by what a yes to them means.
check-group-today = Signs that need help today
check-group-days = Signs that need a clinician within days
check-group-soon = Signs to see a doctor about soon
check-group-physio = Signs a physiotherapist may help with
check-group-self = A self-check of the hip
