# Tjekket: spørgsmålene (ved deres faste nøgler), og hvad dagbogen og svarene siger.

cannot_bear_weight = Kan du ikke støtte på benet eller gå?
after_fall_or_injury = Begyndte smerten efter et fald eller en skade?
cannot_move_hip = Kan du ikke bevæge hoften?
fever_or_hot_swollen_joint = Har du feber eller føler dig syg, eller er hoften varm, rød eller hævet?
numb_cold_or_pale_leg = Er benet følelsesløst, koldt eller blegt?
groin_pain_with_running = Har du dybe smerter i lysken eller foran på hoften, når du løber, som kommer tidligere på hver tur og varer længere bagefter?
night_or_rest_pain = Gør hoften ondt om natten eller i hvile?
limping = Halter du?
pain_landing_or_standing_on_leg = Gør det ondt, når du lander eller står på det ben alene? (Svar ud fra det, du har mærket: lad være med at hoppe for at prøve det.)
unexplained_weight_loss = Har du tabt dig uden at prøve på det?
history_of_cancer = Har du nogensinde haft kræft?
constant_night_pain = Er smerten der hver nat, uanset hvordan du ligger?
long_morning_stiffness_or_many_joints = Er du stiv i mere end 30–60 minutter om morgenen, eller gør flere led ondt?
sharp_pain = Er smerten skarp?
severe_pain = Er smerten stærk (7 ud af 10 eller mere, runwells standard for stærk smerte)?
limits_daily_life = Står smerten i vejen for dine daglige gøremål?
clicking_catching_locking = Kommer lyskesmerten sammen med klik, eller føles det, som om noget hænger fast eller låser i hoften?
pain_on_single_leg_stand = Hvis du står på det ømme ben i 30 sekunder (hold fast i noget for balancen), gør det så ondt på ydersiden af hoften inden for den tid?

triage-answered-yes = Du svarede ja ({ $day }): { $question }
triage-single-leg = Smerter inden for 30 sekunder, når du står på benet, gør et problem med sedemusklernes sener sandsynligt. Det er ikke en diagnose, men en grund til at følge programmet og overveje at gå til en fysioterapeut.
triage-held = Det gælder i { $held } efter registreringen ({ $default }), eller indtil et nyere tjek svarer på det.
triage-severe = Din dagbog viser stærke smerter: { $score } { $day } (stærk er { $severe } eller mere, { $default }). { $held }
triage-daily-life = Din dagbog viser, at smerten stod i vejen for hverdagen { $day }. { $held }
triage-sharp = Din dagbog beskriver skarpe smerter { $day }. { $held }
triage-red-repeat = Din smerte gik over modellens grænser på { $count } dage inden for de seneste { $days } ({ $default }); overvej at få en fagperson til at se på din hofte og din træning.
triage-times-in-days = { $count } gange på { $days } dage
triage-nights = Din dagbog viser hoftesmerter om natten i { $nights } af de seneste { $count } nætter (op til { $worst }, senest { $day }). Smerter om natten eller i hvile er et af de tegn, en behandler bør se på snart ({ $min } eller mere i { $urgent } nætter, { $default }). Det gælder, indtil du har svaret på spørgsmålet om smerter om natten og i hvile i tjekket.
triage-night-default = runwells standard for natlige smerter
triage-no-meaningful-improvement = { $weeks } uger efter, at smerten begyndte { $day }, er den ikke blevet mærkbart bedre (et gennemsnit på { $current } denne uge mod { $baseline } den første uge; NRS-1 regner et fald på 2 point eller 30 % som mærkbart). Overvej fysioterapi eller idrætsmedicin. Det tager ofte uger til måneder at komme sig.
triage-worse = Din smerte er blevet værre siden { $day } (et gennemsnit på { $current } denne uge mod { $baseline } den første uge). Overvej at få en behandler til at se på det.
triage-not-improved = Din smerte er slet ikke blevet bedre siden { $day } (et gennemsnit på { $current } denne uge mod { $baseline } den første uge). Overvej at få en behandler til at se på det.

# `runwell check` i en terminal.
cli-check-intro = Svar j eller n; tryk Enter for at beholde dit seneste svar.
cli-check-again = Svar j eller n (eller tryk Enter for at springe over).
cli-check-heading = Tjek { $day }: { $level }
cli-because = Fordi:
cli-check-paused = Alle råd om løb er sat på pause, indtil et nyere tjek svarer nej til dette.
cli-check-yn = (j/n)
