# Hvad en side siger, når den ikke kan være den side, der blev bedt om, og afvisningerne fra
# lagene foran hver side.

errors-back = Tilbage til I dag
errors-not-found = Ikke fundet
errors-not-visible = Der er intet her for denne konto. Menuen ovenfor viser dine sider.
errors-no-page = Der er ingen side på { $path }. Menuen ovenfor viser alle sider.
errors-read-only = Kun til læsning
errors-cannot-use = Det kan ikke bruges
errors-not-paired = Denne telefon er ikke parret endnu
errors-import-busy = En import er i gang
errors-went-wrong = Noget gik galt
errors-went-wrong-text = runwell kunne ikke læse eller skrive sine data. Intet blev ændret af denne forespørgsel; detaljerne står i terminalen, hvor `runwell serve` kører.
errors-too-large = For stor
errors-too-large-text = Uploaden er større, end runwell tager imod på én gang ({ $detail }). Importér filerne i mindre portioner.
errors-stalled = Uploaden gik i stå
errors-stalled-text = Uploaden holdt op med at komme ({ $detail }), så intet af den blev importeret. Vælg filerne igen, og prøv igen.
errors-upload = Uploaden kan ikke læses
errors-upload-text = { $detail }. Vælg filerne igen, og prøv igen.
errors-sign-in-first = Log ind først: dette kræver en konto, der er logget ind, og denne forespørgsel havde ingen (eller sessionen er udløbet). Intet blev ændret.
errors-around-proxy = runwell nås gennem sin proxy; denne forespørgsel kom uden om den.
errors-too-slow = runwell holdt op med at vente på denne forespørgsel, som var for længe om at komme frem. Prøv igen.
errors-cross-site = runwell afviste denne ændring, fordi den kom fra et andet websted. Foretag ændringer fra runwells egne sider.
errors-wrong-host = runwell svarer kun på http://{ $host }/ – åbn den adresse i stedet.
