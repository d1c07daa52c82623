# Sidan Utveckling.

trends-title = Utveckling
trends-heading = Utveckling
trends-lead = Så har din löpning och din höft gått, vecka för vecka. Varje diagram säger med ord vad det visar, och ”Siffrorna” under det ger alla värden.
trends-weeks = Dina veckor
trends-weeks-hint = En veckas ljus är det sämsta av dess dagar (PAIN, SPIKE, WEEK). En ny sko markeras från veckan då du först sprang i den (SHOE-4), så att en förändring i morgonsmärtan syns bredvid; det bevisar inte att skon orsakade den.
trends-load = Träningsbelastning
trends-load-hint = Belastning är ansträngning (RPE) × minuter för varje löprunda och träningspass (LOAD-1). Den akuta linjen följer den senaste veckan, den kroniska de senaste fyra (LOAD-2). De beskriver din träning; de förutsäger inte skador.
