# Sidan som en kopplad telefon visar när den inte når runwell.

offline-title = Går inte att nå
offline-heading = runwell går inte att nå
offline-kept = Det du just sparade finns kvar på den här telefonen. Det skickas av sig självt när runwell går att nå igen; listan högst upp på sidan visar vad som väntar.
offline-lead = Telefonen når inte runwell på din dator just nu: du kanske är utom räckhåll för ditt hemnätverk, eller så är datorn avstängd.
offline-no-today = Dagens svar visas inte medan du är borta från den. Det räknas fram ur dina senaste löprundor och smärtanteckningar, och en gammal kopia skulle kunna säga mer än den borde. Det kommer tillbaka när runwell går att nå.
offline-works-heading = Det här fungerar utan anslutning
offline-strength = Styrkepass för höften
offline-warmup = uppvärmning
offline-and = och
offline-cooldown = nedvarvning
offline-sessions-rest = guidade som vanligt. Det du gör sparas och skickas senare.
offline-log-pain = Logga smärta
offline-log-pain-rest = anteckningen sparas och skickas senare.
offline-programme = Programmet
offline-programme-rest = varje övning med bild och steg.
offline-metronome = Metronomen
offline-learn = vad du bör veta om höftsmärta
offline-copies = Det här är de kopior telefonen sparade senast den nådde runwell.
