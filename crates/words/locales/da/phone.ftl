# Offline-banneret på hver side: det, telefonen gemmer, mens runwell ikke kan nås.

outbox-offline = Telefonen er offline. Programmet, træningerne, metronomen og smerteformularen virker stadig; det, du gemmer, bliver her og sendes, når du er online igen.
outbox-unreachable = runwell kan ikke nås lige nu. Det, du har gemt, ligger på telefonen og sendes, så snart det kan.
outbox-refused-some = runwell afviste noget, der var gemt på telefonen. Det står nedenfor med runwells begrundelse.
outbox-all-sent = Alt, hvad der var gemt på telefonen, er sendt til runwell.
outbox-keep-open = Sider kan ikke åbnes fra telefonen, mens den er offline: lad denne side være åben.
outbox-waiting-count = Venter på at blive sendt: { $count }.
outbox-kept-at = , gemt { $time }
outbox-refused = afvist ({ $reason })
outbox-waiting = venter på at blive sendt
outbox-discard = Kassér den
outbox-session = { $routine } (træning)
outbox-pain = Smerteregistrering
outbox-pain-score = , { $score } af 10
zone-detect-with = Brug enhedens tidszone ({ $zone })
