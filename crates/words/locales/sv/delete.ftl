# Radera en anteckning: sidan som frågar, och den som säger att den är borta.

delete-title = Radera?
delete-done-title = Raderad
delete-question = Radera { $what }?
delete-cannot-undo = Det går inte att ångra.
delete-yes = Ja, radera den
delete-no = Nej, behåll den
delete-all-runs = Alla löprundor
delete-the-diary = Dagboken
delete-your-shoes = Dina skor
delete-nothing-called = det finns inget som heter { $what } att radera
delete-run = löprunda nr { $id } ({ $day }, { $distance })
delete-pain = smärtanteckning nr { $id } ({ $day }, { $moment }, { $score })
delete-shoe = skon { $name } ({ $distance }, { $runs })
delete-shoe-runs = { $count ->
    [one] { $count } löprunda
   *[other] { $count } löprundor
}
