# Serverlägets egna sidor: logga in, skapa ett konto via en inbjudan, kontot och dess logg och
# en löpares delning.

account-role-runner = en löpare
account-role-clinician = en fysioterapeut eller tränare

account-signin-title = Logga in
account-signin-email = E-postadress
account-signin-password = Lösenord
account-signin-button = Logga in
account-signin-no-account = Inget konto än? Konton skapas via inbjudan: be din klinik eller klubb om en länk.

account-join-title = Skapa konto
account-join-lead = Den här inbjudan skapar ett konto för { $role }. Den fungerar en gång.
account-join-name = Ditt namn, så som andra ser det
account-join-email = E-postadress (du loggar in med den)
account-join-password = Lösenord
account-join-password-hint = Minst 10 tecken. Några ord ihop är lätta att komma ihåg
account-join-repeat = Samma lösenord igen
account-join-button = Skapa mitt konto
account-join-differ = De två lösenorden skiljer sig åt: skriv samma två gånger.
account-join-unknown = Den här inbjudningslänken är okänd, redan använd eller har gått ut. Be den som skickade den om en ny.

account-title = Konto
account-changed = Ditt lösenord är ändrat. Du har loggats ut på alla andra ställen där du var inloggad.
account-who = { $name } · { $email } · registrerad som { $role }
account-password-heading = Byt ditt lösenord
account-current = Nuvarande lösenord
account-new = Nytt lösenord
account-new-hint = Minst 10 tecken
account-repeat = Det nya lösenordet igen
account-change-button = Byt lösenord
account-new-differ = De två nya lösenorden skiljer sig åt: skriv samma två gånger.
account-audit-heading = Vad som har hänt med ditt konto och din journal
account-audit-hint = Inloggningar, delningar och varje gång en behandlare har läst din journal, nyast först.
account-audit-none = Inget än.
account-audit-when = När
account-audit-what = Vad
account-audit-who = Vem
account-audit-from = Från

account-event-sign-in = Loggade in
account-event-sign-out = Loggade ut
account-event-sign-in-refused = En inloggning nekades
account-event-sign-in-held = En inloggning hölls tillbaka efter för många försök
account-event-password-changed = Lösenordet ändrades
account-event-password-reset = Lösenordet återställdes av den driftansvarige
account-event-account-added = Kontot skapades
account-event-joined = Registrerad via en inbjudan
account-event-invitation-made = En inbjudan skapades
account-event-shared = Började dela journalen
account-event-unshared = Slutade dela journalen
account-event-clinician-view = En behandlare tittade på journalen
account-event-note-added = En behandlare skrev en anteckning
account-event-other = Något annat hände

account-sharing-title = Delning
account-sharing-heading = Delning av din journal
account-sharing-shared = Din journal är nu delad.
account-sharing-stopped = Delningen har upphört: den behandlaren ser inte längre något av ditt.
account-sharing-who-heading = Vem kan läsa din journal
account-sharing-nobody = Ingen: din journal är bara din.
account-sharing-since = sedan { $when }
account-sharing-stop = Sluta dela med { $name }
account-sharing-code-heading = Dela med en fysioterapeut eller tränare
account-sharing-with-code = Med koden
account-sharing-would-share = skulle du dela din journal med
account-sharing-would-see = Hon skulle kunna se:
account-sharing-part-1 = Idag så som du ser den: ljuset, skälen, den föreslagna sträckan och kontrollens nivå
account-sharing-part-2 = Din utveckling: smärta, belastning och sträcka vecka för vecka
account-sharing-part-3 = Din dagbok: smärtanteckningar, träningspass och svar i kontrollen
account-sharing-part-4 = Dina löprundor och dina nivåer i programmet
account-sharing-promise = Hon kan inte ändra något i den. Hon kan skriva daterade anteckningar, som du läser på Idag. Du kan sluta dela här när som helst, och från och med då ser hon inget av ditt.
account-sharing-confirm = Dela min journal med { $name }
account-sharing-do-not = Dela inte
account-sharing-code-label = Behandlarens delningskod
account-sharing-code-hint = Åtta bokstäver och siffror, till exempel K7QF-M2X9. Du ser vad som skulle delas innan något delas
account-sharing-see = Se vad som skulle delas
