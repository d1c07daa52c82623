# The Import page: the upload form and what happened to every file.

import-title = Import
import-heading = Import runs
import-result = { $imported } imported, { $skipped } skipped
import-outcome-imported = Imported
import-outcome-duplicate = Already imported
import-outcome-deleted = Deleted before
import-outcome-not-activity = Not an activity
import-outcome-failed = Could not be read
import-run-link = run { $id }
import-see-runs = See your runs
import-files-label = Activity files or an export ZIP
import-files-hint = FIT, GPX or TCX files (also .gz), a Strava bulk export or a Garmin Connect export ZIP. Up to 512 MiB at once. Files already imported are skipped.
import-include-deleted = Bring back runs I deleted
import-include-deleted-hint = Without it, a run you deleted stays deleted when its file is imported again.
import-submit = Import
import-choose = Choose at least one file to import.

# The reasons a file is skipped that are one of a fixed few (a reader's own detail stays as it
# is written).
import-reason-known = already imported
import-reason-not-activity = not an activity file — skipped
import-reason-empty = there was nothing in it to import
import-reason-no-activity = the file held no activity
import-reason-implausible = nothing in it is plausible, so nothing was stored

import-summary-many = { $count } activities, the first { $first }
