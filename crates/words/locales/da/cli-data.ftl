# Terminalens ord for data, konti, `serve` og læsestof. Tal og datoer kommer ind færdigskrevne.

## runwell export, erase, db copy, accounts

cli-export-wrote = { $file } er skrevet: { $runs ->
    [one] { $runs } løbetur
   *[other] { $runs } løbeture
} ({ $gpx } som GPX), { $pain ->
    [one] { $pain } smerteregistrering
   *[other] { $pain } smerteregistreringer
}, { $sessions } træningspas, med runwell.json og CSV-filer.
cli-erase-warning = Dette sletter alt i { $file }: hver løbetur, smerteregistrering, træningspas, svar, sko og indstilling. Det kan ikke fortrydes (`runwell export` gemmer en kopi først).
cli-erase-type = Skriv { $word } for at bekræfte:
cli-erase-done = Slettet: { $file } er nu en tom runwell-database.
cli-db-copied = { $rows ->
    [one] { $rows } række
   *[other] { $rows } rækker
} er kopieret fra { $from } til { $to }, som løber { $runner } dér.
cli-accounts-password-new = Adgangskode til den nye konto (vises ikke):
cli-accounts-password-reset = Ny adgangskode (vises ikke):
cli-accounts-made = Kontoen { $email } ({ $name }) er oprettet som { $role }, id { $id }. Den kan logge ind nu.
cli-accounts-reset = Adgangskoden til { $email } er sat; alle steder, kontoen var logget ind, er nu logget ud.
cli-accounts-none = Ingen konti endnu: opret den første med `runwell accounts add EMAIL --name NAVN`.
cli-accounts-invite = Et engangslink til tilmelding som { $role } (gyldigt i 14 dage):

## runwell serve

cli-serve-running = runwell kører på { $address } (Ctrl-C stopper den)
cli-serve-server = runwell kører som server på { $public } (lytter på { $address }; Ctrl-C stopper den)
cli-serve-pair-scan = Vil du bruge runwell på en telefon på dette netværk, så scan koden med dens kamera, eller åbn
cli-serve-pair-type =
    i dens browser, og skriv så den kode, telefonen viser, på { $settings }
    (adressen virker én gang; Indstillinger viser en ny til den næste telefon).
cli-serve-pair-https = Telefonen når runwell over HTTPS med det angivne certifikat, så den kan installere runwell og bruge den offline.
cli-serve-pair-plain =
    På hjemmenetværket bruger runwell almindelig HTTP: alle på samme netværk kan læse det, der sendes
    mellem telefonen og denne computer. Brug kun --lan på et netværk, du stoler på; til noget bredere
    skal du køre en server med TLS (runwell serve --server). En telefon kan kun installere runwell og
    åbne den offline over HTTPS: angiv --tls-cert og --tls-key med et certifikat, telefonen stoler på.

## runwell learn, faq, sources, gear

cli-learn-heading = Læs mere om hoftesmerter hos løbere
cli-learn-also = Se også: `runwell faq`, `runwell sources`, `runwell gear`.
cli-learn-sources = Kilder:
cli-faq-heading = Ofte stillede spørgsmål
cli-faq-q = S:
cli-faq-citations = De fulde kildehenvisninger: `runwell sources`.
cli-sources-heading = Kilder
cli-sources-article = Kildeartiklens referencer
cli-sources-evidence = Evidensen bag runwells regler (id'er fra EVIDENCE.md)
cli-sources-supports = Understøtter: { $rules }
cli-gear-heading = Udstyr vist i kildeartiklen
cli-gear-intro = Det er produkter, som artiklens butik sælger, og de er med, så intet fra artiklen mangler. De er ikke en del af programmet, og runwell anbefaler dem ikke; runwell sælger intet og linker ikke til nogen butik.
