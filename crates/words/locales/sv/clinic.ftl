# Behandlarens lista över de löpare som delar med henne.

clinic-title = Klinik
clinic-heading = Dina löpare
clinic-lead-urgency = Löpare som delar sin journal med dig, med röda flaggor och röda ljus först. Varje journal går bara att läsa; du kan skriva en anteckning i den.
clinic-lead-sorted = Löpare som delar sin journal med dig, sorterade efter { $column }. Varje journal går bara att läsa; du kan skriva en anteckning i den.
clinic-nobody = Ingen delar med dig än. Ge en löpare en delningskod (nedan), eller bjud in en att skapa ett konto.
clinic-sort-urgency = Ljus och kontroll
clinic-sort-name = Namn
clinic-sort-last-run = Senaste löprundan
clinic-sort-strength = Styrka den här veckan
clinic-sort-entry = Dagar sedan en anteckning
clinic-pain-column = Smärta, 4 veckor
clinic-not-set-up = Ingen profil än
clinic-pain-logged = Smärta loggad under { $logged } av de senaste { $days } dagarna, som mest { $worst }
clinic-no-pain = Ingen smärta loggad de senaste { $days } dagarna
clinic-no-run = Ingen
clinic-strength = { $done } av { $planned } planerade
clinic-since-entry = { $days ->
    [0] Idag
    [one] { $days } dag
   *[other] { $days } dagar
}
clinic-nothing-yet = Inget än
clinic-add-heading = Lägg till en löpare
clinic-add-text = En löpare med konto skriver in din delningskod på sin sida Delning och ser vad hon skulle dela innan hon gör det. En löpare utan konto skapar ett via en inbjudningslänk och erbjuds sedan att dela med dig.
clinic-share-code = Delningskod:
clinic-code-works = Den fungerar en gång, i 14 dagar.
clinic-invite-link = Inbjudningslänk (fungerar en gång, i 14 dagar):
clinic-new-code = Ny delningskod
clinic-new-invite = Ny inbjudningslänk
