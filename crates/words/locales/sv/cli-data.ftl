# Terminalens ord för data, konton, `serve` och läsning. Tal och dagar kommer in redan skrivna.

## runwell export, erase, db copy, accounts

cli-export-wrote = { $file } har skrivits: { $runs ->
    [one] { $runs } löprunda
   *[other] { $runs } löprundor
} ({ $gpx } som GPX), { $pain ->
    [one] { $pain } smärtanteckning
   *[other] { $pain } smärtanteckningar
}, { $sessions } pass, med runwell.json och CSV-filer.
cli-erase-warning = Det här raderar allt i { $file }: varje löprunda, smärtanteckning, pass, svar, sko och inställning. Det går inte att ångra (`runwell export` sparar en kopia först).
cli-erase-type = Skriv { $word } för att bekräfta:
cli-erase-done = Raderat: { $file } är nu en tom runwell-databas.
cli-db-copied = { $rows ->
    [one] { $rows } rad
   *[other] { $rows } rader
} har kopierats från { $from } till { $to }, som löpare { $runner } där.
cli-accounts-password-new = Lösenord för det nya kontot (visas inte):
cli-accounts-password-reset = Nytt lösenord (visas inte):
cli-accounts-made = Kontot { $email } ({ $name }) har skapats som { $role }, id { $id }. Det kan logga in nu.
cli-accounts-reset = Lösenordet för { $email } är satt; alla ställen där kontot var inloggat är nu utloggade.
cli-accounts-none = Inga konton än: skapa det första med `runwell accounts add EMAIL --name NAMN`.
cli-accounts-invite = En engångslänk för registrering som { $role } (giltig i 14 dagar):

## runwell serve

cli-serve-running = runwell körs på { $address } (Ctrl-C stoppar den)
cli-serve-server = runwell körs som server på { $public } (lyssnar på { $address }; Ctrl-C stoppar den)
cli-serve-pair-scan = Vill du använda runwell på en telefon i det här nätverket, skanna koden med dess kamera eller öppna
cli-serve-pair-type =
    i dess webbläsare och skriv sedan koden som telefonen visar på { $settings }
    (adressen fungerar en gång; Inställningar visar en ny för nästa telefon).
cli-serve-pair-https = Telefonen når runwell över HTTPS med det angivna certifikatet, så den kan installera runwell och använda den offline.
cli-serve-pair-plain =
    På hemnätverket använder runwell vanlig HTTP: alla i samma nätverk kan läsa det som skickas
    mellan telefonen och den här datorn. Använd --lan bara i ett nätverk du litar på; för något större,
    kör en server med TLS (runwell serve --server). En telefon kan bara installera runwell och öppna
    den offline över HTTPS: ange --tls-cert och --tls-key med ett certifikat som telefonen litar på.

## runwell learn, faq, sources, gear

cli-learn-heading = Läs mer om höftsmärta hos löpare
cli-learn-also = Se också: `runwell faq`, `runwell sources`, `runwell gear`.
cli-learn-sources = Källor:
cli-faq-heading = Vanliga frågor
cli-faq-q = F:
cli-faq-citations = De fullständiga källhänvisningarna: `runwell sources`.
cli-sources-heading = Källor
cli-sources-article = Källartikelns referenser
cli-sources-evidence = Evidensen bakom runwells regler (id från EVIDENCE.md)
cli-sources-supports = Stöder: { $rules }
cli-gear-heading = Utrustning som visas i källartikeln
cli-gear-intro = Det här är produkter som artikelns butik säljer, listade så att inget av artikeln saknas. De ingår inte i programmet och runwell rekommenderar dem inte; runwell säljer ingenting och länkar inte till någon butik.
