# Vad en sida säger när den inte kan vara den sida som efterfrågades, och avvisningarna från
# lagren framför varje sida.

errors-back = Tillbaka till Idag
errors-not-found = Hittades inte
errors-not-visible = Det finns inget här för det här kontot. Menyn ovan visar dina sidor.
errors-no-page = Det finns ingen sida på { $path }. Menyn ovan visar alla sidor.
errors-read-only = Bara för läsning
errors-cannot-use = Det går inte att använda
errors-not-paired = Den här telefonen är inte kopplad än
errors-import-busy = En import pågår
errors-went-wrong = Något gick fel
errors-went-wrong-text = runwell kunde inte läsa eller skriva sina uppgifter. Ingenting ändrades av den här förfrågan; detaljerna står i terminalen där `runwell serve` körs.
errors-too-large = För stor
errors-too-large-text = Uppladdningen är större än vad runwell tar emot på en gång ({ $detail }). Importera filerna i mindre omgångar.
errors-stalled = Uppladdningen stannade
errors-stalled-text = Uppladdningen slutade komma fram ({ $detail }), så inget av den importerades. Välj filerna igen och försök på nytt.
errors-upload = Uppladdningen går inte att läsa
errors-upload-text = { $detail }. Välj filerna igen och försök på nytt.
errors-sign-in-first = Logga in först: det här kräver ett inloggat konto, och den här förfrågan hade inget (eller så har sessionen gått ut). Ingenting ändrades.
errors-around-proxy = runwell nås genom sin proxy; den här förfrågan gick förbi den.
errors-too-slow = runwell slutade vänta på den här förfrågan, som tog för lång tid att komma fram. Försök igen.
errors-cross-site = runwell nekade den här ändringen eftersom den kom från en annan webbplats. Gör ändringar från runwells egna sidor.
errors-wrong-host = runwell svarar bara på http://{ $host }/ – öppna den adressen i stället.
