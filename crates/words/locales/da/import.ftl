# Siden Importér: upload-formularen og hvad der skete med hver fil.

import-title = Importér
import-heading = Importér løbeture
import-result = { $imported } importeret, { $skipped } sprunget over
import-outcome-imported = Importeret
import-outcome-duplicate = Allerede importeret
import-outcome-deleted = Slettet før
import-outcome-not-activity = Ikke en aktivitet
import-outcome-failed = Kunne ikke læses
import-run-link = løbetur { $id }
import-see-runs = Se dine løbeture
import-files-label = Aktivitetsfiler eller en eksport-ZIP
import-files-hint = FIT-, GPX- eller TCX-filer (også .gz), en samlet eksport fra Strava eller en eksport-ZIP fra Garmin Connect. Op til 512 MiB ad gangen. Filer, der allerede er importeret, springes over.
import-include-deleted = Hent løbeture tilbage, som jeg har slettet
import-include-deleted-hint = Uden det forbliver en løbetur, du har slettet, slettet, når dens fil importeres igen.
import-submit = Importér
import-choose = Vælg mindst én fil at importere.

# Grundene til, at en fil springes over, når de er en af nogle få faste (en læsers egne
# detaljer står, som de er skrevet).
import-reason-known = allerede importeret
import-reason-not-activity = ikke en aktivitetsfil – sprunget over
import-reason-empty = der var intet i den at importere
import-reason-no-activity = filen indeholdt ingen aktivitet
import-reason-implausible = intet i den er plausibelt, så intet blev gemt

import-summary-many = { $count } aktiviteter, den første { $first }
