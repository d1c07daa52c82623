# Deleting a record: the page that asks, and the one that says it is gone.

delete-title = Delete?
delete-done-title = Deleted
delete-question = Delete { $what }?
delete-cannot-undo = This cannot be undone.
delete-yes = Yes, delete it
delete-no = No, keep it
delete-all-runs = All runs
delete-the-diary = The diary
delete-your-shoes = Your shoes
delete-nothing-called = there is nothing called { $what } to delete
delete-run = run #{ $id } ({ $day }, { $distance })
delete-pain = the pain entry #{ $id } ({ $day }, { $moment }, { $score })
delete-shoe = the shoe { $name } ({ $distance }, { $runs })
delete-shoe-runs = { $count ->
    [one] { $count } run
   *[other] { $count } runs
}
