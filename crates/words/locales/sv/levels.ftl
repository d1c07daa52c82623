# En övnings nivå på stegen, och varför den står där (PROG-2), och en dos med få ord.

level-starting = Alla börjar på nivå 1. Övningen går upp en nivå efter två pass i rad där alla set nådde målet och smärtan var grön, och ner en nivå efter ett pass med röd smärta (PROG-2).
level-down-during = { $day }: tillbaka till nivå { $level } efter röd smärta under passet (PAIN-1, PROG-2).
level-down-morning = { $day }: tillbaka till nivå { $level } efter röd smärta morgonen efter (PAIN-2, PROG-2).
level-up = { $day }: upp till nivå { $level } efter { $needed ->
        [1] ett pass
        [2] två pass i rad
        [3] tre pass i rad
        [4] fyra pass i rad
       *[other] { $needed } pass i rad
    } där alla set nådde målet och smärtan var grön (PROG-2).
level-change = { $name }: nivå { $from } → { $to } ({ $way ->
        [up] upp
       *[other] ner
    }, PROG-2).

dose-reps = { $sets } × { $reps } repetitioner{ $side }
dose-hold = { $sets } × { $seconds } s håll{ $side }
dose-time = { $seconds } s{ $side }
dose-each-side = {" "}på varje sida
