# Offlinebannern på varje sida: det telefonen sparar medan runwell inte kan nås.

outbox-offline = Telefonen är offline. Programmet, passen, metronomen och smärtformuläret fungerar ändå; det du sparar finns kvar här och skickas när du är online igen.
outbox-unreachable = runwell kan inte nås just nu. Det du har sparat finns kvar på telefonen och skickas så snart det går.
outbox-refused-some = runwell avvisade något som var sparat på telefonen. Det står nedan, med runwells skäl.
outbox-all-sent = Allt som var sparat på telefonen har skickats till runwell.
outbox-keep-open = Sidor kan inte öppnas från telefonen medan den är offline: låt den här sidan vara öppen.
outbox-waiting-count = Väntar på att skickas: { $count }.
outbox-kept-at = , sparad { $time }
outbox-refused = avvisad ({ $reason })
outbox-waiting = väntar på att skickas
outbox-discard = Kasta den
outbox-session = { $routine } (pass)
outbox-pain = Smärtregistrering
outbox-pain-score = , { $score } av 10
zone-detect-with = Använd enhetens tidszon ({ $zone })
