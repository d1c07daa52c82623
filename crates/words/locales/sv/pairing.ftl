# Parkoppling av en telefon med `runwell serve --lan`.

devices-heading = Telefoner och surfplattor
devices-on-phone = Den här telefonen är kopplad till runwell på din dator. Telefoner kopplas och tas bort på den datorn, under Inställningar.
devices-offer = Vill du använda runwell på telefonen, anslut den till samma hemnätverk och skanna koden med telefonens kamera, eller skriv in adressen nedan i dess webbläsare.
devices-qr-label = QR-kod med kopplingsadressen
devices-once = Adressen fungerar en gång; när en telefon har öppnat den visar sidan en ny för nästa.
devices-waiting = Väntar: { $name } ({ $minutes } min kvar)
devices-code-label = De sex siffror som telefonen visar
devices-code-hint = En telefon väntar { $minutes } minuter på att dess kod skrivs in här.
devices-code-wrong = Ingen telefon väntar med koden { $code }. Skriv de sex siffror som telefonen visar. En telefon väntar { $minutes } minuter; öppna sedan kopplingsadressen på den igen.
devices-pair = Koppla telefonen
devices-https = Telefonen når runwell över HTTPS med certifikatet som runwell startades med, så den kan installera runwell och använda det offline.
devices-plain-http = På hemnätverket talar runwell vanlig HTTP, så alla på samma nätverk kan läsa det som går mellan telefonen och datorn. Koppla bara på ett nätverk du litar på; för något bredare bör runwell köras som server med TLS. Över vanlig HTTP kan en telefon inte installera runwell eller öppna det offline: starta runwell med ett certifikat som telefonen litar på (se README) för det.
devices-start-lan = Vill du använda runwell på telefonen på samma hemnätverk, starta det med ”runwell serve --lan”: då visar det här avsnittet en kod som telefonen kan skanna.
devices-none = Ingen telefon eller surfplatta är kopplad.
devices-paired = { $name }, kopplad { $day }
devices-remove = Ta bort
devices-computer-only = Telefoner kopplas och tas bort på datorn som runwell körs på: öppna Inställningar där.
devices-not-listening = runwell lyssnar inte efter telefoner: starta det med ”runwell serve --lan” för att koppla en.

pair-first-heading = Koppla telefonen först
pair-first-text = Telefonen är inte kopplad till runwell än. Öppna Inställningar på datorn där runwell körs och leta upp ”Telefoner och surfplattor”: skanna QR-koden där med telefonens kamera, eller skriv in adressen i den här webbläsaren. Telefonen visar sedan en kod som du skriver in på datorn.
pair-first-short = Koppla enheten först: öppna Inställningar på datorn med runwell och skanna kopplingskoden. Inget ändrades.
pair-wait-heading = Skriv koden på datorn
pair-code-label = Kopplingskod
pair-wait-text = Öppna Inställningar på datorn där runwell körs, skriv de sex siffrorna under ”Telefoner och surfplattor” och välj Koppla. Sidan går vidare av sig själv när det är klart. Koden gäller i { $minutes } minuter.
pair-continue = Fortsätt när koden är inskriven
pair-used-heading = Kopplingsadressen kan inte användas
pair-used-text = Kopplingsadressen är använd eller har gått ut. Öppna Inställningar på datorn med runwell för en ny (eller skanna koden där) och försök igen.
pair-gone-heading = Kopplingen har avslutats
pair-gone-text = Koden skrevs inte in på datorn inom { $minutes } minuter, eller så har datorn kopplat en annan telefon sedan dess. Öppna kopplingsadressen igen från datorns Inställningar.
