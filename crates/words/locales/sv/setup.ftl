# Sidan för första start.

setup-title = Kom igång
setup-saved = Profilen är sparad
setup-warnings = Bra att veta om dina dagar
setup-change-any-time = Du kan när som helst ändra dina dagar nedan, eller fortsätta som nu.
setup-continue = Vidare till Idag
setup-change = Ändra din profil
setup-welcome = Välkommen till runwell
setup-lead = Först tre frågor: var du bor (så att ”idag” är din dag), och vilka dagar du springer och gör styrkepasset för höften.
setup-profile = Din profil
setup-time-zone = Tidszon
setup-choose-zone = Välj din tidszon
setup-other-zone = Eller skriv namnet på en annan IANA-tidszon
setup-other-zone-hint = Till exempel America/Vancouver. Den används i stället när fältet är ifyllt.
setup-detect-zone = Använd den här enhetens tidszon
setup-run-days = Dagar du springer
setup-strength-days = Dagar för styrkepasset för höften
setup-strength-hint = Två eller tre gånger i veckan, med en dag emellan, passar programmet bäst (PROG-1).
setup-unit = Visa distanser i
setup-km = Kilometer
setup-mi = Engelska mil
setup-recent = Din löpning på sistone
setup-save = Spara profilen
