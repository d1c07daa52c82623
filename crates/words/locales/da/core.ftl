# Sidens ramme og ordene for domænets typer, på dansk.

language-name = Dansk
skip-to-content = Spring til indhold
menu = Menu
menu-main = Hovedmenu
sign-out = Log ud
reading-banner = Du ser { $name }s journal, som hun selv ser den. Du kan kun læse den – det er kun hende, der kan ændre noget.
footer-disclaimer = runwell giver generel information ud fra dine egne registreringer og den forskning, der er offentliggjort. Den kan ikke undersøge dig og stiller ingen diagnose. Er du bekymret for din hofte, så tal med en fysioterapeut eller din læge.
footer-server = Journalen ligger på denne runwell-server. Kun de behandlere, løberen deler den med, kan læse den, og hun kan til enhver tid stoppe delingen.
footer-local = Dine data ligger i én fil på denne computer. Intet bliver sendt nogen steder hen.

nav-today = I dag
nav-trends = Udvikling
nav-log = Registrér
nav-diary = Dagbog
nav-import = Importér
nav-runs = Løbeture
nav-programme = Program
nav-check = Tjek
nav-learn = Læs mere
nav-settings = Indstillinger
nav-clinic = Klinik
nav-account = Konto
nav-sharing = Deling

count-mornings = { $count ->
    [one] { $count } morgen
   *[other] { $count } morgener
}
count-weeks = { $count ->
    [one] { $count } uge
   *[other] { $count } uger
}
count-sessions = { $count ->
    [one] { $count } træningspas
   *[other] { $count } træningspas
}

light-green = Grøn
light-amber = Gul
light-red = Rød

badge-ok = ok
badge-note = Note
badge-amber = Gul
badge-red = Rød

verdict-paused = Løb er sat på pause
verdict-first-visit = runwell kan ikke vurdere endnu: registrér din første løbetur
verdict-green = Du kan løbe, og du må gerne bygge op
verdict-amber = Du kan løbe, men hold belastningen, hvor den er
verdict-red = Skru ned for løbet

progression-may = Øvelserne kan gøres sværere efter et godt træningspas (PROG-2).
progression-hold = Bliv på de niveauer, du har nu i øvelserne, til smerten er grøn igen (PROG-2).

triage-none = Intet tjek endnu
triage-self-manage = Du kan selv håndtere det
triage-physio = Overvej at gå til en fysioterapeut
triage-soon = Gå til lægen inden for 1–2 uger
triage-urgent = Akut: stop med at løbe, og bliv undersøgt inden for 1–3 dage
triage-emergency = Nødsituation: søg lægehjælp i dag

triage-todo-emergency = Søg lægehjælp i dag: ring 112, eller tag på skadestuen eller en akutklinik. Aflast benet, til du er blevet undersøgt.
triage-todo-urgent = Bliv undersøgt af en behandler (din egen læge, en idrætslæge eller lægevagten) inden for 1–3 dage. Indtil da: undgå at hoppe, og belast kun benet med det, hverdagen kræver.
triage-todo-soon = Bestil tid hos din læge inden for de næste 1–2 uger, og fortæl om smerterne i hoften og de tegn, du har svaret ja til.
triage-todo-physio = Overvej at bestille tid hos en fysioterapeut eller idrætslæge (en almindelig tid, ikke akut). Imens kan du godt fortsætte med programmet inden for smertegrænserne.
triage-todo-self-manage = Intet i dine svar tyder på, at du behøver en behandler lige nu. Fortsæt med programmet, registrér dine smerter, og tag tjekket igen, hvis noget ændrer sig.
triage-todo-none = Svar på tjekspørgsmålene (`runwell check`), så runwell kan se, om du bør blive undersøgt.

routine-warmup = Opvarmning før løbeturen
routine-cooldown = Nedkøling efter løbeturen
routine-strength = Styrketræning til hoften

pain-state-green = grøn
pain-state-amber = gul
pain-state-not-known = ukendt: højst gul
pain-state-returning = gul, på vej tilbage efter rød
pain-state-red = rød

moment-during = under en løbetur
moment-after = efter en løbetur
moment-morning = næste morgen
moment-daily = i hverdagen
moment-night = om natten

default-of = runwells standardværdi på { $value }

week-status-met = Nået
week-status-missed = Ikke nået
week-status-nothing-planned = Intet planlagt
week-status-on-track = På vej
week-status-behind = Bagud
