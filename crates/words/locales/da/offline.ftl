# Siden, en parret telefon viser, når den ikke kan nå runwell.

offline-title = Kan ikke nås
offline-heading = runwell kan ikke nås
offline-kept = Det, du lige har gemt, ligger på denne telefon. Det bliver sendt af sig selv, når runwell kan nås igen; listen øverst på siden viser, hvad der venter.
offline-lead = Telefonen kan ikke nå runwell på din computer lige nu: måske er du uden for rækkevidde af dit hjemmenetværk, eller også er computeren slukket.
offline-no-today = Dagens svar vises ikke, mens du er væk fra den. Det bliver regnet ud fra dine seneste løbeture og smerteregistreringer, og en gammel kopi kunne sige mere, end den burde. Det kommer tilbage, når runwell kan nås.
offline-works-heading = Det virker uden forbindelse
offline-strength = Styrketræning til hoften
offline-warmup = opvarmning
offline-and = og
offline-cooldown = nedkøling
offline-sessions-rest = guidet som altid. Det, du laver, gemmes og sendes senere.
offline-log-pain = Registrér smerte
offline-log-pain-rest = registreringen gemmes og sendes senere.
offline-programme = Programmet
offline-programme-rest = hver øvelse med billede og trin.
offline-metronome = Metronomen
offline-learn = hvad du bør vide om hoftesmerter
offline-copies = Det er de kopier, telefonen gemte, sidste gang den kunne nå runwell.
