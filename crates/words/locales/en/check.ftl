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
