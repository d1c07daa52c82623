# Kontrollen: frågorna (med sina fasta nycklar), och vad dagboken och svaren säger.

cannot_bear_weight = Kan du inte stödja på benet eller gå?
after_fall_or_injury = Började smärtan efter ett fall eller en skada?
cannot_move_hip = Kan du inte röra höften?
fever_or_hot_swollen_joint = Har du feber eller känner dig sjuk, eller är höften varm, röd eller svullen?
numb_cold_or_pale_leg = Är benet domnat, kallt eller blekt?
groin_pain_with_running = Har du djup smärta i ljumsken eller framtill i höften när du springer, som kommer tidigare under varje runda och sitter i längre efteråt?
night_or_rest_pain = Gör höften ont på natten eller när du vilar?
limping = Haltar du?
pain_landing_or_standing_on_leg = Gör det ont när du landar på, eller står på, det benet ensamt? (Svara utifrån vad du har märkt: hoppa inte för att testa det.)
unexplained_weight_loss = Har du gått ner i vikt utan att försöka?
history_of_cancer = Har du någon gång haft cancer?
constant_night_pain = Finns smärtan där varje natt, hur du än ligger?
long_morning_stiffness_or_many_joints = Är du stel i mer än 30–60 minuter på morgonen, eller värker flera leder?
sharp_pain = Är smärtan skarp?
severe_pain = Är smärtan svår (7 av 10 eller mer, runwells standard för svår smärta)?
limits_daily_life = Hindrar smärtan dig i vardagliga sysslor?
clicking_catching_locking = Kommer ljumsksmärtan med klickande, eller känns det som att något hakar upp sig eller låser sig i höften?
pain_on_single_leg_stand = Om du står på det onda benet i 30 sekunder (håll i något för balansen), gör det då ont på utsidan av höften inom den tiden?

triage-answered-yes = Du svarade ja ({ $day }): { $question }
triage-single-leg = Smärta inom 30 sekunder när du står på benet gör ett problem med sätesmusklernas senor troligt. Det är ingen diagnos, men ett skäl att följa programmet och att överväga att gå till en fysioterapeut.
triage-held = Det gäller i { $held } efter anteckningen ({ $default }), eller tills en nyare kontroll besvarar det.
triage-severe = Din dagbok visar svår smärta: { $score } { $day } (svår är { $severe } eller mer, { $default }). { $held }
triage-daily-life = Din dagbok visar att smärtan hindrade dig i vardagen { $day }. { $held }
triage-sharp = Din dagbok beskriver skarp smärta { $day }. { $held }
triage-red-repeat = Din smärta gick över modellens gränser under { $count } dagar av de senaste { $days } ({ $default }); överväg att låta en fackperson se över din höft och din träning.
triage-times-in-days = { $count } gånger på { $days } dagar
triage-nights = Din dagbok visar höftsmärta på natten under { $nights } av de senaste { $count } nätterna (upp till { $worst }, senast { $day }). Smärta på natten eller i vila är ett av de tecken som en behandlare bör titta på snart ({ $min } eller mer under { $urgent } nätter, { $default }). Det gäller tills du har svarat på frågan om smärta på natten och i vila i kontrollen.
triage-night-default = runwells standard för nattlig smärta
triage-no-meaningful-improvement = { $weeks } veckor efter att smärtan började { $day } har den inte blivit märkbart bättre (ett medel på { $current } den här veckan mot { $baseline } den första veckan; NRS-1 räknar en minskning med 2 poäng eller 30 %). Överväg fysioterapi eller idrottsmedicin. Det tar ofta veckor till månader att återhämta sig.
triage-worse = Din smärta har blivit värre sedan { $day } (ett medel på { $current } den här veckan mot { $baseline } den första veckan). Överväg att låta en behandlare se över det.
triage-not-improved = Din smärta har inte blivit bättre alls sedan { $day } (ett medel på { $current } den här veckan mot { $baseline } den första veckan). Överväg att låta en behandlare se över det.

# `runwell check` i en terminal.
cli-check-intro = Svara j eller n; tryck Enter för att behålla ditt senaste svar.
cli-check-again = Svara j eller n (eller tryck Enter för att hoppa över).
cli-check-heading = Kontroll { $day }: { $level }
cli-because = Eftersom:
cli-check-paused = Alla råd om löpning är pausade tills en nyare kontroll svarar nej på detta.
cli-check-yn = (j/n)
