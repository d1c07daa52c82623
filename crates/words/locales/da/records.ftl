# Journalens sider: dagbogen, siden Registrér, løbeturene, én løbetur og dens grafer, og
# formularerne, der retter en registrering.

diary-title = Dagbog
diary-heading = Smertedagbog
diary-lead = Alle smerteregistreringer, træningspas og tjeksvar fra { $from } til { $to }, nyeste først. Åbn en for at rette eller slette den.
diary-from = Fra
diary-to = Til
diary-show = Vis
diary-month-caption = { $month }: dagens værste smerte, 0 til 10
diary-bands = Grøn er 0–2, gul 3–5, rød over 5: PAIN-1's standardgrænser. Tallet er dagens værste smerte.
diary-nothing = Intet registreret i disse dage.
diary-log-pain = Registrér smerte
diary-worst = værst { $score }
diary-pain = Smerte { $moment }
diary-pain-for-run = Smerte { $moment }, for løbeturen { $run }
diary-session = { $routine ->
    [warmup] Opvarmning
    [cooldown] Nedkøling
   *[strength] Styrketræning
}: { $done } af { $sets } sæt som planlagt
diary-session-pain = smerte { $score }
diary-session-effort = anstrengelse { $rpe }
diary-check = Tjek:
diary-yes = Ja
diary-no = Nej
diary-change-or-delete = Ret eller slet
diary-change = Ret
diary-answer-again = Svar igen
diary-delete = Slet
diary-saved = Ændringerne er gemt.
diary-back = Tilbage til dagbogen

log-title = Registrér
log-heading = Registrér
log-lead-before = Smerten først: det er den, dagens svar bygger mest på. Løbeture fra et ur er hurtigere at
log-lead-link = importere
log-run-heading = Registrér en løbetur
log-save-run = Gem løbeturen
log-where-before = Vil du rette eller slette en løbetur, så åbn den fra
log-where-runs = Løbeture
log-where-middle = ; smerteregistreringerne ligger i
log-where-diary = Dagbogen
log-pain-heading = Registrér smerte
log-save-pain = Gem smerteregistreringen
log-pain-saved = Gemt: smerte { $score } ({ $moment }) den { $day }.
log-see-today = Se, hvad det betyder for i dag

runs-title = Løbeture
runs-heading = Løbeture
runs-cadence-link = Kadence: dine skridt i minuttet, med metronom
runs-none = Ingen løbeture endnu.
runs-none-import = Importér dem fra dit ur
runs-none-or = eller
runs-none-log = registrér en i hånden
runs-count = { $count ->
    [one] { $count } løbetur, nyeste først.
   *[other] { $count } løbeture, nyeste først.
}
runs-page-of = Side { $page } af { $pages }.
runs-caption = Dine løbeture
runs-caption-page = Dine løbeture, side { $page } af { $pages }
runs-day = Dag
runs-distance = Distance
runs-time = Tid
runs-pace = Tempo
runs-effort = Anstrengelse
runs-surface = Underlag
runs-shoe = Sko
runs-pages = Sider med løbeture
runs-newer = Nyere løbeture
runs-older = Ældre løbeture

run-title = { $sport } { $day }
run-at = kl. { $time }
run-partial = Filen sluttede for tidligt eller havde en beskadiget del: det, der kunne læses, vises, og løbeturen er markeret som delvis.
run-summary = Overblik
run-moving-time = Tid i bevægelse
run-effort-rpe = Anstrengelse (RPE)
run-elapsed = Samlet tid
run-ascent = Stigning
run-descent = Fald
run-avg-hr = Gennemsnitlig puls
run-max-hr = Maksimal puls
run-cadence = Kadence
run-device = Enhed
run-gear-name = Navn i filen
run-source = Kilde
run-source-manual = indtastet
run-beats = { $bpm } slag/min
run-steps = { $spm } skridt/min
run-log-pain = Registrér smerte for denne tur
run-pain-heading = Smerte for denne tur
run-no-pain = Ingen smerte registreret for den, heller ikke næste morgen. Det er næste morgens registrering, PAIN-2 bedømmer en løbetur ud fra.
run-change-heading = Ret denne løbetur
run-every-field = Alle felter gemmes, som de står her: et felt, du tømmer, bliver slettet.
run-save = Gem ændringerne
run-delete-heading = Slet denne løbetur
run-delete-keeps = Dens smerteregistreringer bliver i dagbogen.
run-delete = Slet løbeturen…
run-all = Alle løbeture
run-logged = Løbeturen er gemt. Hvordan havde hoften det? Registrér det med knappen under overblikket.
run-saved = Ændringerne er gemt.

run-chart-along = Undervejs
run-chart-over-distance = ({ $measure }) over distance ({ $unit })
run-chart-distance-axis = Distance ({ $unit })
run-chart-pace = Tempo
run-chart-heart-rate = Puls
run-chart-cadence = Kadence
run-chart-pace-measure = min/{ $unit }, hurtigere højere
run-chart-beats = slag/min
run-chart-steps = skridt/min
run-chart-summary = { $title } over { $distance }: mellem { $low } og { $high }, i gennemsnit { $mean }.
run-chart-pace-per = { $pace } pr. { $unit }
run-chart-no-pace = Intet tempo: filen har ingen distance over tid, der ændrer sig.
run-chart-no-heart-rate = Ingen puls i filen for denne tur.
run-chart-no-cadence = Ingen kadence i filen for denne tur.
run-chart-splits = Mellemtider pr. { $unit ->
    [mi] mile
   *[km] kilometer
}
run-chart-split-unit = { $unit ->
    [mi] Mile
   *[km] Km
}
run-chart-time = Tid
run-chart-heart-rate-column = Puls

pain-edit-title = Smerteregistrering
pain-edit-heading = Smerteregistrering
pain-edit-form = Ret denne smerteregistrering
pain-edit-delete-heading = Slet denne registrering
pain-edit-delete = Slet smerteregistreringen…

answer-edit-title = Tjeksvar
answer-edit-heading = Tjeksvar
answer-edit-form = Ret dette svar
answer-edit-yours = Dit svar
answer-edit-day = Dagen, det passede
answer-edit-hint = Siden I dag læser svaret, som om det var givet denne dag; et senere svar på samme spørgsmål vejer stadig tungere.
answer-edit-delete-heading = Slet dette svar
answer-edit-delete = Slet svaret…

session-edit-title = Træningspas
session-edit-heading = Træningspas: { $routine ->
    [warmup] opvarmning
    [cooldown] nedkøling
   *[strength] styrketræning
}, { $day }
session-edit-form = Ret dette træningspas
session-edit-pain = Smerte i hoften undervejs
session-edit-duration = Hvor lang tid det tog (valgfrit)
session-edit-duration-hint = Minutter og sekunder, f.eks. 25:00
session-edit-hint = Sættene bliver, som de blev lavet; et felt, du tømmer, bliver slettet.
session-edit-delete-heading = Slet dette træningspas
session-edit-delete = Slet træningspasset…

session-log-heading = Registrér: { $routine }
session-log-lead = Til et træningspas lavet uden vejledningen: angiv, hvor mange sæt af hver øvelse du lavede som planlagt, og derefter hvordan det føltes. runwell gemmer det, som det gemmer et pas med vejledning, og flytter dine niveauer på samme måde (PROG-2).
session-log-done = { $movement }: sæt lavet som planlagt
session-log-hint = { $dose }, niveau { $level } af { $top }: { $variant }
session-log-of = { $done } af { $sets }
session-log-guided = Træningspasset med vejledning
