# Øvelseskortene på siden Program.

programme-movements = Øvelserne
programme-exercise = Øvelse { $number }: { $name }
programme-your-level = Dit niveau: { $level } af { $top }
programme-how = Sådan gør du
programme-what-it-does = Det gør den godt for
programme-cues = Hold øje med
programme-mistakes = Typiske fejl
programme-stop-if = Stop, hvis:
