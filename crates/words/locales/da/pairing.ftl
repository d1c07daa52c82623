# Parring af en telefon med `runwell serve --lan`.

devices-heading = Telefoner og tablets
devices-on-phone = Denne telefon er parret med runwell på din computer. Telefoner parres og fjernes på den computer, under Indstillinger.
devices-offer = Vil du bruge runwell på telefonen, så kobl den på det samme hjemmenetværk, og scan koden med telefonens kamera, eller skriv adressen nedenfor i dens browser.
devices-qr-label = QR-kode med parringsadressen
devices-once = Adressen virker én gang; når en telefon har åbnet den, viser siden en ny til den næste.
devices-waiting = Venter: { $name } ({ $minutes } min. tilbage)
devices-code-label = De seks cifre, telefonen viser
devices-code-hint = En telefon venter { $minutes } minutter på, at dens kode bliver skrevet her.
devices-code-wrong = Ingen telefon venter med koden { $code }. Skriv de seks cifre, telefonen viser. En telefon venter { $minutes } minutter; derefter skal du åbne parringsadressen på den igen.
devices-pair = Par telefonen
devices-https = Telefonen når runwell over HTTPS med det certifikat, runwell blev startet med, så den kan installere runwell og bruge det offline.
devices-plain-http = På hjemmenetværket taler runwell almindelig HTTP, så alle på samme netværk kan læse, hvad der går mellem telefonen og computeren. Par kun på et netværk, du stoler på; til alt bredere bør runwell køre som server med TLS. Over almindelig HTTP kan en telefon ikke installere runwell eller åbne det offline: start runwell med et certifikat, telefonen stoler på (se README), hvis du vil det.
devices-start-lan = Vil du bruge runwell på telefonen på samme hjemmenetværk, så start det med “runwell serve --lan”: så viser dette afsnit en kode, telefonen kan scanne.
devices-none = Ingen telefon eller tablet er parret.
devices-paired = { $name }, parret { $day }
devices-remove = Fjern
devices-computer-only = Telefoner parres og fjernes på den computer, runwell kører på: åbn Indstillinger der.
devices-not-listening = runwell lytter ikke efter telefoner: start det med “runwell serve --lan” for at parre en.

pair-first-heading = Par telefonen først
pair-first-text = Telefonen er ikke parret med runwell endnu. Åbn Indstillinger på den computer, runwell kører på, og find “Telefoner og tablets”: scan QR-koden der med telefonens kamera, eller skriv adressen i denne browser. Telefonen viser derefter en kode, som du skriver på computeren.
pair-first-short = Par enheden først: åbn Indstillinger på computeren med runwell, og scan parringskoden. Intet blev ændret.
pair-wait-heading = Skriv koden på computeren
pair-code-label = Parringskode
pair-wait-text = Åbn Indstillinger på den computer, runwell kører på, skriv de seks cifre under “Telefoner og tablets”, og vælg Par. Siden går selv videre, når det er gjort. Koden virker i { $minutes } minutter.
pair-continue = Fortsæt, når koden er skrevet
pair-used-heading = Parringsadressen kan ikke bruges
pair-used-text = Parringsadressen er brugt eller udløbet. Åbn Indstillinger på computeren med runwell for at få en ny (eller scan koden der), og prøv igen.
pair-gone-heading = Parringen er afsluttet
pair-gone-text = Koden blev ikke skrevet på computeren inden for { $minutes } minutter, eller computeren har parret en anden telefon siden. Åbn parringsadressen igen fra computerens Indstillinger.
