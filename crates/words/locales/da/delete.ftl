# Sletning af en registrering: siden, der spørger, og den, der siger, at den er væk.

delete-title = Slet?
delete-done-title = Slettet
delete-question = Slet { $what }?
delete-cannot-undo = Det kan ikke fortrydes.
delete-yes = Ja, slet den
delete-no = Nej, behold den
delete-all-runs = Alle løbeture
delete-the-diary = Dagbogen
delete-your-shoes = Dine sko
delete-nothing-called = der er ikke noget ved navn { $what }, der kan slettes
delete-run = løbetur nr. { $id } ({ $day }, { $distance })
delete-pain = smerteregistrering nr. { $id } ({ $day }, { $moment }, { $score })
delete-shoe = skoen { $name } ({ $distance }, { $runs })
delete-shoe-runs = { $count ->
    [one] { $count } løbetur
   *[other] { $count } løbeture
}
