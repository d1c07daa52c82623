# Sidan Importera: uppladdningsformuläret och vad som hände med varje fil.

import-title = Importera
import-heading = Importera löprundor
import-result = { $imported } importerade, { $skipped } överhoppade
import-outcome-imported = Importerad
import-outcome-duplicate = Redan importerad
import-outcome-deleted = Raderad tidigare
import-outcome-not-activity = Ingen aktivitet
import-outcome-failed = Kunde inte läsas
import-run-link = löprunda { $id }
import-see-runs = Se dina löprundor
import-files-label = Aktivitetsfiler eller en export-ZIP
import-files-hint = FIT-, GPX- eller TCX-filer (även .gz), en samlad export från Strava eller en export-ZIP från Garmin Connect. Upp till 512 MiB åt gången. Filer som redan har importerats hoppas över.
import-include-deleted = Ta tillbaka löprundor som jag har raderat
import-include-deleted-hint = Utan det förblir en löprunda som du har raderat raderad när dess fil importeras igen.
import-submit = Importera
import-choose = Välj minst en fil att importera.

# Skälen till att en fil hoppas över när de är ett av några få fasta (en läsares egna
# detaljer står kvar som de är skrivna).
import-reason-known = redan importerad
import-reason-not-activity = ingen aktivitetsfil – hoppades över
import-reason-empty = det fanns inget i den att importera
import-reason-no-activity = filen innehöll ingen aktivitet
import-reason-implausible = inget i den är rimligt, så inget sparades

import-summary-many = { $count } aktiviteter, den första { $first }
