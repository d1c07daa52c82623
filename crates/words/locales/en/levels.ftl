# A movement's level on its ladder and why it is there (PROG-2), and a dose in a few words.

level-starting = Everyone starts at level 1. It moves up after two sessions in a row with every set done at target and a green pain status, and back one level after a session with red pain (PROG-2).
level-down-during = Stepped back to level { $level } on { $day } after red pain during the session (PAIN-1, PROG-2).
level-down-morning = Stepped back to level { $level } on { $day } after red pain the next morning (PAIN-2, PROG-2).
level-up = Moved up to level { $level } on { $day } after { $needed ->
        [1] a session
        [2] two sessions in a row
        [3] three sessions in a row
        [4] four sessions in a row
       *[other] { $needed } sessions in a row
    } at target with green pain (PROG-2).
level-change = { $name }: level { $from } → { $to } ({ $way ->
        [up] up
       *[other] down
    }, PROG-2).

dose-reps = { $sets } × { $reps } reps{ $side }
dose-hold = { $sets } × { $seconds } s hold{ $side }
dose-time = { $seconds } s{ $side }
dose-each-side = {" "}each side
