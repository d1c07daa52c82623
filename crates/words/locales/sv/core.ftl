# Ramen runt varje sida och orden för domänens typer, på svenska.

language-name = Svenska
skip-to-content = Hoppa till innehållet
menu = Meny
menu-main = Huvudmeny
sign-out = Logga ut
reading-banner = Du läser { $name }s journal så som hon själv ser den. Den går bara att läsa – det är bara hon som kan ändra något.
footer-disclaimer = runwell ger allmän information utifrån dina egna anteckningar och publicerad forskning. Den kan inte undersöka dig och ställer ingen diagnos. Är du orolig för din höft, prata med en fysioterapeut eller din läkare.
footer-server = Journalen finns på den här runwell-servern. Bara de behandlare som löparen delar den med kan läsa den, och hon kan sluta dela när som helst.
footer-local = Dina uppgifter ligger i en enda fil på den här datorn. Ingenting skickas någonstans.

nav-today = Idag
nav-trends = Utveckling
nav-log = Logga
nav-diary = Dagbok
nav-import = Importera
nav-runs = Löprundor
nav-programme = Program
nav-check = Kontroll
nav-learn = Läs mer
nav-settings = Inställningar
nav-clinic = Klinik
nav-account = Konto
nav-sharing = Delning

count-mornings = { $count ->
    [one] { $count } morgon
   *[other] { $count } morgnar
}
count-weeks = { $count ->
    [one] { $count } vecka
   *[other] { $count } veckor
}
count-sessions = { $count ->
    [one] { $count } pass
   *[other] { $count } pass
}

light-green = Grön
light-amber = Gul
light-red = Röd

badge-ok = ok
badge-note = Notis
badge-amber = Gul
badge-red = Röd

verdict-paused = Löpningen är pausad
verdict-first-visit = runwell kan inte bedöma än: logga din första löprunda
verdict-green = Du kan springa, och du får gärna öka
verdict-amber = Du kan springa, men håll belastningen där den är
verdict-red = Dra ner på löpningen

progression-may = Övningarna kan göras tyngre efter ett bra pass (PROG-2).
progression-hold = Stanna på den nivå du har nu i övningarna tills smärtan är grön igen (PROG-2).

triage-none = Ingen kontroll än
triage-self-manage = Du kan hantera det själv
triage-physio = Överväg att gå till en fysioterapeut
triage-soon = Gå till läkare inom 1–2 veckor
triage-urgent = Brådskande: sluta springa och sök vård inom 1–3 dagar
triage-emergency = Akut: sök vård i dag

triage-todo-emergency = Sök vård i dag: ring 112 eller åk till en akutmottagning eller närakut. Avlasta benet tills du har blivit undersökt.
triage-todo-urgent = Sök vård (vårdcentralen, en idrottsläkare eller en närakut) inom 1–3 dagar. Undvik att hoppa fram till dess, och belasta benet bara så mycket som vardagen kräver.
triage-todo-soon = Boka en tid hos din läkare inom de närmaste 1–2 veckorna och berätta om smärtan i höften och de tecken du svarat ja på.
triage-todo-physio = Överväg att boka en tid hos en fysioterapeut eller idrottsläkare (ett vanligt besök, inte akut). Under tiden kan du fortsätta med programmet inom smärtgränserna.
triage-todo-self-manage = Inget i dina svar tyder på att du behöver vård just nu. Fortsätt med programmet, logga smärtan och gör kontrollen igen om något förändras.
triage-todo-none = Svara på kontrollfrågorna (`runwell check`) så att runwell kan avgöra om du bör träffa någon.

routine-warmup = Uppvärmning före löprundan
routine-cooldown = Nedvarvning efter löprundan
routine-strength = Styrkepass för höften

pain-state-green = grön
pain-state-amber = gul
pain-state-not-known = okänt: som bäst gul
pain-state-returning = gul, på väg tillbaka efter röd
pain-state-red = röd

moment-during = under en löprunda
moment-after = efter en löprunda
moment-morning = nästa morgon
moment-daily = i vardagen
moment-night = på natten

default-of = runwells standardvärde { $value }

week-status-met = Uppnått
week-status-missed = Missat
week-status-nothing-planned = Inget planerat
week-status-on-track = På god väg
week-status-behind = Ligger efter
