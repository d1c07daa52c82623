# The programme page's movement cards.

programme-movements = The movements
programme-exercise = Exercise { $number }: { $name }
programme-your-level = Your level: { $level } of { $top }
programme-how = How to do it
programme-what-it-does = What it does
programme-cues = Cues
programme-mistakes = Common mistakes
programme-stop-if = Stop if:
