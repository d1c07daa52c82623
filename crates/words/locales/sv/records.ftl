# Journalens sidor: dagboken, sidan Logga, löprundorna, en löprunda och dess diagram, och
# formulären som ändrar en anteckning.

diary-title = Dagbok
diary-heading = Smärtdagbok
diary-lead = Alla smärtanteckningar, träningspass och kontrollsvar från { $from } till { $to }, nyast först. Öppna en för att ändra eller ta bort den.
diary-from = Från
diary-to = Till
diary-show = Visa
diary-month-caption = { $month }: dagens värsta smärta, 0 till 10
diary-bands = Grön är 0–2, gul 3–5, röd över 5: PAIN-1:s standardgränser. Siffran är dagens värsta smärta.
diary-nothing = Inget loggat de här dagarna.
diary-log-pain = Logga smärta
diary-worst = värst { $score }
diary-pain = Smärta { $moment }
diary-pain-for-run = Smärta { $moment }, för löprundan { $run }
diary-session = { $routine ->
    [warmup] Uppvärmning
    [cooldown] Nedvarvning
   *[strength] Styrketräning
}: { $done } av { $sets } set enligt plan
diary-session-pain = smärta { $score }
diary-session-effort = ansträngning { $rpe }
diary-check = Kontroll:
diary-yes = Ja
diary-no = Nej
diary-change-or-delete = Ändra eller ta bort
diary-change = Ändra
diary-answer-again = Svara igen
diary-delete = Ta bort
diary-saved = Ändringarna är sparade.
diary-back = Tillbaka till dagboken

log-title = Logga
log-heading = Logga
log-lead-before = Smärtan först: det är den som dagens svar bygger mest på. Löprundor från en klocka går snabbare att
log-lead-link = importera
log-run-heading = Logga en löprunda
log-save-run = Spara löprundan
log-where-before = Vill du ändra eller ta bort en löprunda, öppna den från
log-where-runs = Löprundor
log-where-middle = ; smärtanteckningarna finns i
log-where-diary = Dagboken
log-pain-heading = Logga smärta
log-save-pain = Spara smärtanteckningen
log-pain-saved = Sparat: smärta { $score } ({ $moment }) den { $day }.
log-see-today = Se vad det betyder för i dag

runs-title = Löprundor
runs-heading = Löprundor
runs-cadence-link = Kadens: dina steg per minut, med metronom
runs-none = Inga löprundor än.
runs-none-import = Importera dem från din klocka
runs-none-or = eller
runs-none-log = logga en för hand
runs-count = { $count ->
    [one] { $count } löprunda, nyast först.
   *[other] { $count } löprundor, nyast först.
}
runs-page-of = Sida { $page } av { $pages }.
runs-caption = Dina löprundor
runs-caption-page = Dina löprundor, sida { $page } av { $pages }
runs-day = Dag
runs-distance = Distans
runs-time = Tid
runs-pace = Tempo
runs-effort = Ansträngning
runs-surface = Underlag
runs-shoe = Sko
runs-pages = Sidor med löprundor
runs-newer = Nyare löprundor
runs-older = Äldre löprundor

run-title = { $sport } { $day }
run-at = kl. { $time }
run-partial = Filen tog slut för tidigt eller hade en skadad del: det som gick att läsa visas, och löprundan är markerad som ofullständig.
run-summary = Översikt
run-moving-time = Tid i rörelse
run-effort-rpe = Ansträngning (RPE)
run-elapsed = Total tid
run-ascent = Stigning
run-descent = Nedstigning
run-avg-hr = Genomsnittlig puls
run-max-hr = Maxpuls
run-cadence = Kadens
run-device = Enhet
run-gear-name = Namn i filen
run-source = Källa
run-source-manual = inmatad
run-beats = { $bpm } slag/min
run-steps = { $spm } steg/min
run-log-pain = Logga smärta för den här rundan
run-pain-heading = Smärta för den här rundan
run-no-pain = Ingen smärta loggad för den, inte heller nästa morgon. Det är nästa morgons anteckning som PAIN-2 bedömer en löprunda efter.
run-change-heading = Ändra den här löprundan
run-every-field = Varje fält sparas som det står här: ett fält du tömmer rensas.
run-save = Spara ändringarna
run-delete-heading = Ta bort den här löprundan
run-delete-keeps = Dess smärtanteckningar stannar kvar i dagboken.
run-delete = Ta bort löprundan…
run-all = Alla löprundor
run-logged = Löprundan är sparad. Hur kändes höften? Logga det med knappen under översikten.
run-saved = Ändringarna är sparade.

run-chart-along = Längs rundan
run-chart-over-distance = ({ $measure }) över distans ({ $unit })
run-chart-distance-axis = Distans ({ $unit })
run-chart-pace = Tempo
run-chart-heart-rate = Puls
run-chart-cadence = Kadens
run-chart-pace-measure = min/{ $unit }, snabbare högre
run-chart-beats = slag/min
run-chart-steps = steg/min
run-chart-summary = { $title } över { $distance }: mellan { $low } och { $high }, i genomsnitt { $mean }.
run-chart-pace-per = { $pace } per { $unit }
run-chart-no-pace = Inget tempo: filen har ingen distans över tid som ändras.
run-chart-no-heart-rate = Ingen puls i filen för den här rundan.
run-chart-no-cadence = Ingen kadens i filen för den här rundan.
run-chart-splits = Mellantider per { $unit ->
    [mi] mile
   *[km] kilometer
}
run-chart-split-unit = { $unit ->
    [mi] Mile
   *[km] Km
}
run-chart-time = Tid
run-chart-heart-rate-column = Puls

pain-edit-title = Smärtanteckning
pain-edit-heading = Smärtanteckning
pain-edit-form = Ändra den här smärtanteckningen
pain-edit-delete-heading = Ta bort den här anteckningen
pain-edit-delete = Ta bort smärtanteckningen…

answer-edit-title = Kontrollsvar
answer-edit-heading = Kontrollsvar
answer-edit-form = Rätta det här svaret
answer-edit-yours = Ditt svar
answer-edit-day = Dagen då det stämde
answer-edit-hint = Sidan Idag läser svaret som om det gavs den här dagen; ett senare svar på samma fråga väger ändå tyngre.
answer-edit-delete-heading = Ta bort det här svaret
answer-edit-delete = Ta bort svaret…

session-edit-title = Pass
session-edit-heading = Pass: { $routine ->
    [warmup] uppvärmning
    [cooldown] nedvarvning
   *[strength] styrketräning
}, { $day }
session-edit-form = Rätta det här passet
session-edit-pain = Smärta i höften under passet
session-edit-duration = Hur lång tid det tog (valfritt)
session-edit-duration-hint = Minuter och sekunder, t.ex. 25:00
session-edit-hint = Seten står kvar som de gjordes; ett fält du tömmer rensas.
session-edit-delete-heading = Ta bort det här passet
session-edit-delete = Ta bort passet…

session-log-heading = Logga: { $routine }
session-log-lead = För ett pass gjort utan guidning: ange hur många set av varje övning du gjorde enligt plan, och sedan hur det kändes. runwell sparar det som ett guidat pass och flyttar dina nivåer på samma sätt (PROG-2).
session-log-done = { $movement }: set gjorda enligt plan
session-log-hint = { $dose }, nivå { $level } av { $top }: { $variant }
session-log-of = { $done } av { $sets }
session-log-guided = Det guidade passet
