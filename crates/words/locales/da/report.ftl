# Rapporten til fysioterapeuten: siden, filen fra `runwell report --out` og teksten i
# terminalen siger det samme.

report-title = Hoftesmerter og løb: et overblik til min fysioterapeut
report-title-period = { $title } · { $from } til { $to }
report-lead = Lavet af runwell ud fra min egen dagbog, mine løbeture og træningspas. Den viser, hvad jeg har registreret; den er ikke en diagnose.
report-who = Hvem og hvornår
report-pain = Smerte
report-pain-chart = Smerte under og efter hver løbetur og ugens gennemsnitlige smerte næste morgen
report-load = Løb
report-flags-none = Intet spring på en enkelt tur (SPIKE-1) og intet hop fra uge til uge (WEEK-1) holdt lyset tilbage i perioden.
report-programme = Hofteprogram
report-programme-none = Der var ingen træningspas planlagt i perioden.
report-levels-none = Der er ikke lavet nogen styrkeøvelse endnu.
report-week-of = Ugen fra
report-strength = Styrke
report-warmups = Opvarmning
report-cooldowns = Nedkøling
report-status = Ugen
report-movement = Øvelse
report-level = Niveau nu
report-changed = Sidst ændret
report-check = Tjek for faresignaler
report-answers-none = Der blev ikke svaret på nogen tjekspørgsmål i perioden.
report-triage-now = Tjekkets niveau ved periodens slutning
report-kit = Sko og underlag
report-notes = Mine noter til fysioterapeuten
report-notes-hint = Alt, hvad du vil spørge om eller fortælle; gemmes med rapportens periode og udskrives på en side for sig.
report-notes-save = Gem noterne
report-generated = Lavet den
report-print-hint = Vil du gemme den som PDF, så brug browserens Udskriv, og vælg "Gem som PDF" (eller `runwell report --pdf`).
report-disclaimer = runwell informerer og stiller ingen diagnose. Grænserne er de evidensregler, der står ved siden af dem (id'er fra EVIDENCE.md); dem, der er markeret som standardværdier, er runwells egne valg.

report-more-flags = { $count ->
    [one] …og 1 advarsel mere i perioden (se `runwell today --today DAG`).
   *[other] …og { $count } advarsler mere i perioden (se `runwell today --today DAG`).
}
report-of = { $done } af { $planned }

report-period-label = Periode
report-period = { $from } til { $to } ({ $weeks } { $weeks ->
    [one] træningsuge
   *[other] træningsuger
})
report-where-label = Smerte oftest registreret
report-where-none = ikke registreret
report-where-side = { $side } hofte
report-where-region = hoften: { $region }
report-where-both = begge hofter, { $region }
report-where-both-only = begge hofter
report-where-side-region = { $side } hofte, { $region }
report-side-left = venstre
report-side-right = højre
report-side-both = begge
report-region-outer = yderside
report-region-groin = lyske
report-region-buttock = balde
report-region-deep = dybt inde
report-episode-label = Smerteforløbet startede
report-episode-none = intet smerteforløb i dagbogen (morgen- eller hverdagssmerte på { $score } eller mere inden for de seneste { $days } dage, NRS-1)

report-nrs-none = NRS-1: intet smerteforløb at sammenligne med.
report-nrs-waiting = NRS-1: forløbets første uge havde et gennemsnit på { $baseline }; de seneste 7 dage kan ikke sammenlignes endnu (det kræver to uger imellem og en registrering om morgenen eller i hverdagen).
report-nrs = NRS-1: { $verdict } — de seneste 7 dage havde et gennemsnit på { $now } mod { $baseline } i forløbets første uge (mærkbart er et fald på { $points } point eller { $percent }).
report-nrs-better = mærkbart bedre
report-nrs-not-yet = endnu ikke mærkbart bedre

report-load-total = { $total } på { $runs } { $runs ->
    [one] løbetur
   *[other] løbeture
} over { $weeks } { $weeks ->
    [one] uge
   *[other] uger
} ({ $per_week } om ugen i gennemsnit).
report-longest = Længste løbetur: { $distance } { $day }.
report-level-unchanged = ikke endnu (stadig startniveauet)

report-no-runs = Ingen løbeture i perioden.
report-no-shoe = ingen sko registreret
report-shoe = { $name } { $distance } ({ $runs } { $runs ->
    [one] løbetur
   *[other] løbeture
})
report-surface-unknown = ikke registreret { $distance }
report-surface = { $surface } { $distance }
report-shoes = Sko: { $list }.
report-surfaces = Underlag: { $list }.
report-surface-road = vej
report-surface-track = bane
report-surface-grass = græs
report-surface-trail = sti
report-surface-treadmill = løbebånd
report-surface-mixed = blandet

report-yes = ja
report-no = nej

# `runwell report` i en terminal.
report-cli-run-pain = { $day } { $distance }: under { $during }, efter { $after }
report-cli-wrote-pdf = Rapporten er skrevet til { $path } (PDF, A4).
report-cli-wrote-html = Rapporten er skrevet til { $path }. Åbn den i en browser, og udskriv den (Gem som PDF gemmer en kopi).
