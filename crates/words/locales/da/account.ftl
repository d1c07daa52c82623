# Servertilstandens egne sider: log ind, opret en konto via en invitation, kontoen og dens
# log og en løbers deling.

account-role-runner = en løber
account-role-clinician = en fysioterapeut eller træner

account-signin-title = Log ind
account-signin-email = E-mailadresse
account-signin-password = Adgangskode
account-signin-button = Log ind
account-signin-no-account = Har du ingen konto endnu? Konti oprettes via invitation: bed din klinik eller klub om et link.

account-join-title = Opret konto
account-join-lead = Denne invitation opretter en konto til { $role }. Den virker én gang.
account-join-name = Dit navn, som andre vil se det
account-join-email = E-mailadresse (du logger ind med den)
account-join-password = Adgangskode
account-join-password-hint = Mindst 10 tegn. Et par ord sat sammen er nemme at huske
account-join-repeat = Den samme adgangskode igen
account-join-button = Opret min konto
account-join-differ = De to adgangskoder er forskellige: skriv den samme to gange.
account-join-unknown = Dette invitationslink er ukendt, allerede brugt eller udløbet. Bed den, der sendte det, om et nyt.

account-title = Konto
account-changed = Din adgangskode er ændret. Du er blevet logget ud alle andre steder, hvor du var logget ind.
account-who = { $name } · { $email } · oprettet som { $role }
account-password-heading = Skift din adgangskode
account-current = Nuværende adgangskode
account-new = Ny adgangskode
account-new-hint = Mindst 10 tegn
account-repeat = Den nye adgangskode igen
account-change-button = Skift adgangskode
account-new-differ = De to nye adgangskoder er forskellige: skriv den samme to gange.
account-audit-heading = Hvad der er sket med din konto og din journal
account-audit-hint = Logins, delinger og hver gang en behandler har læst din journal, nyeste først.
account-audit-none = Intet endnu.
account-audit-when = Hvornår
account-audit-what = Hvad
account-audit-who = Hvem
account-audit-from = Fra

account-event-sign-in = Logget ind
account-event-sign-out = Logget ud
account-event-sign-in-refused = Et login blev afvist
account-event-sign-in-held = Et login blev holdt tilbage efter for mange forsøg
account-event-password-changed = Adgangskoden blev ændret
account-event-password-reset = Adgangskoden blev nulstillet af den driftsansvarlige
account-event-account-added = Kontoen blev oprettet
account-event-joined = Oprettet via en invitation
account-event-invitation-made = En invitation blev lavet
account-event-shared = Begyndte at dele journalen
account-event-unshared = Stoppede med at dele journalen
account-event-clinician-view = En behandler så journalen
account-event-note-added = En behandler skrev en note
account-event-other = Noget andet skete

account-sharing-title = Deling
account-sharing-heading = Deling af din journal
account-sharing-shared = Din journal er nu delt.
account-sharing-stopped = Delingen er stoppet: den behandler kan ikke længere se noget af dit.
account-sharing-who-heading = Hvem kan læse din journal
account-sharing-nobody = Ingen: din journal er kun din.
account-sharing-since = siden { $when }
account-sharing-stop = Stop deling med { $name }
account-sharing-code-heading = Del med en fysioterapeut eller træner
account-sharing-with-code = Med koden
account-sharing-would-share = ville du dele din journal med
account-sharing-would-see = Hun ville kunne se:
account-sharing-part-1 = I dag, som du ser den: lyset, begrundelserne, den foreslåede distance og tjekkets niveau
account-sharing-part-2 = Din udvikling: smerte, belastning og distance uge for uge
account-sharing-part-3 = Din dagbog: smerteregistreringer, træningspas og svar i tjekket
account-sharing-part-4 = Dine løbeture og dine niveauer i programmet
account-sharing-promise = Hun kan ikke ændre noget i den. Hun kan skrive daterede noter, som du læser på I dag. Du kan til enhver tid stoppe delingen her, og fra da af ser hun intet af dit.
account-sharing-confirm = Del min journal med { $name }
account-sharing-do-not = Del ikke
account-sharing-code-label = Behandlerens delingskode
account-sharing-code-hint = Otte bogstaver og tal, for eksempel K7QF-M2X9. Du ser, hvad der bliver delt, før noget deles
account-sharing-see = Se, hvad der bliver delt
