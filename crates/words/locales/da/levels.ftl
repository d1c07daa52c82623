# En øvelses niveau på stigen, og hvorfor den står der (PROG-2), og en dosis med få ord.

level-starting = Alle starter på niveau 1. Øvelsen rykker et niveau op efter to træninger i træk, hvor alle sæt nåede målet og smerten var grøn, og et niveau ned efter en træning med rød smerte (PROG-2).
level-down-during = { $day }: tilbage til niveau { $level } efter rød smerte under træningen (PAIN-1, PROG-2).
level-down-morning = { $day }: tilbage til niveau { $level } efter rød smerte næste morgen (PAIN-2, PROG-2).
level-up = { $day }: op på niveau { $level } efter { $needed ->
        [1] en træning
        [2] to træninger i træk
        [3] tre træninger i træk
        [4] fire træninger i træk
       *[other] { $needed } træninger i træk
    }, hvor alle sæt nåede målet og smerten var grøn (PROG-2).
level-change = { $name }: niveau { $from } → { $to } ({ $way ->
        [up] op
       *[other] ned
    }, PROG-2).

dose-reps = { $sets } × { $reps } gentagelser{ $side }
dose-hold = { $sets } × { $seconds } s hold{ $side }
dose-time = { $seconds } s{ $side }
dose-each-side = {" "}på hver side
