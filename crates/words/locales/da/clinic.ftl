# Behandlerens liste over de løbere, der deler med hende.

clinic-title = Klinik
clinic-heading = Dine løbere
clinic-lead-urgency = Løbere, der deler deres journal med dig, med røde flag og røde lys først. Hver journal kan kun læses; du kan skrive en note i den.
clinic-lead-sorted = Løbere, der deler deres journal med dig, sorteret efter { $column }. Hver journal kan kun læses; du kan skrive en note i den.
clinic-nobody = Ingen deler med dig endnu. Giv en løber en delingskode (herunder), eller invitér en til at oprette en konto.
clinic-sort-urgency = Lys og tjek
clinic-sort-name = Navn
clinic-sort-last-run = Seneste løbetur
clinic-sort-strength = Styrketræning denne uge
clinic-sort-entry = Dage siden en registrering
clinic-pain-column = Smerte, 4 uger
clinic-not-set-up = Ingen profil endnu
clinic-pain-logged = Smerte registreret på { $logged } af de seneste { $days } dage, højst { $worst }
clinic-no-pain = Ingen smerte registreret de seneste { $days } dage
clinic-no-run = Ingen
clinic-strength = { $done } af { $planned } planlagte
clinic-since-entry = { $days ->
    [0] I dag
    [one] { $days } dag
   *[other] { $days } dage
}
clinic-nothing-yet = Intet endnu
clinic-add-heading = Tilføj en løber
clinic-add-text = En løber med en konto skriver din delingskode på sin side Deling og ser, hvad hun ville dele, før hun gør det. En løber uden konto opretter en via et invitationslink og får derefter tilbudt at dele med dig.
clinic-share-code = Delingskode:
clinic-code-works = Den virker én gang, i 14 dage.
clinic-invite-link = Invitationslink (virker én gang, i 14 dage):
clinic-new-code = Ny delingskode
clinic-new-invite = Nyt invitationslink
