# The setup and settings pages: the language choice among them.

language-label = Language
language-hint = The pages, the advice and the guided session's voice use it. Without a choice, runwell follows your browser.
language-browser = As my browser asks
language-save = Save the language
language-saved = Language saved.
settings-title = Settings
settings-heading = Settings
settings-saved = Saved.
settings-language-heading = Language

# The rest of the settings page: the profile, the shoe thresholds, the report, the export, the
# restore and the erase.

settings-profile-heading = Your profile
settings-time-zone = Time zone
settings-run-days = Run days
settings-strength-days = Strength days
settings-distances-in = Distances in
settings-recent-longest = Recent longest run
settings-longest-given = { $distance }, given on { $day }
settings-longest-none = not given (runwell uses your runs)
settings-change-profile = Change the profile, the unit or the recent longest run
settings-shoes-heading = Shoe thresholds
settings-shoe-note = SHOE-2: inspect a pair at { $inspect }, consider replacing it at { $replace }. A pair's own thresholds, set on the shoes page, come first.
settings-shoe-default = { $distance } (runwell's default)
settings-inspect-label = Inspect a pair at (km)
settings-replace-label = Consider replacing it at (km)
settings-shoes-save = Save the thresholds
settings-your-shoes = Your shoes
settings-report-heading = Report for your physio
settings-report-text = One printed page of the last { $weeks } weeks: pain, running, the programme, the check's answers, shoes and surfaces, and your notes.
settings-report-open = Open the report
settings-export-heading = Take your data with you
settings-export-text = One ZIP with everything: runwell.json (to restore it into any runwell), CSV files for a spreadsheet, and a GPX file for each run with a track, which Strava and Garmin Connect read.
settings-export-download = Download the export
settings-restore-heading = Restore an export
settings-restore-file = The ZIP runwell exported
settings-restore-merge = Add to what is here (without this, a restore needs an empty database)
settings-restore-button = Restore
settings-restore-choose = Choose the export's ZIP to restore.
settings-restore-one = Choose one export ZIP at a time.
settings-restored = Restored { $runs }, { $pain }, { $sessions } and { $answers }{ $already }.
settings-restored-already = { $count ->
    [one] { " " }({ $count } run was here already)
   *[other] { " " }({ $count } runs were here already)
}
settings-count-runs = { $count ->
    [one] { $count } run
   *[other] { $count } runs
}
settings-count-pain = { $count ->
    [one] { $count } pain entry
   *[other] { $count } pain entries
}
settings-count-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
settings-count-exercise-sessions = { $count ->
    [one] { $count } exercise session
   *[other] { $count } exercise sessions
}
settings-count-answers = { $count ->
    [one] { $count } check answer
   *[other] { $count } check answers
}
settings-holds = This database holds { $runs }, { $pain }, { $sessions } and { $answers }.
settings-erase-heading = Erase everything
settings-erase-text = { $holds } Erasing deletes all of it and cannot be undone; download the export first to keep a copy.
settings-erase-confirm = Type the word to confirm: { $word }
settings-erase-button = Erase everything
