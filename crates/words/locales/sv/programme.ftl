# Övningskorten på sidan Program.

programme-movements = Övningarna
programme-exercise = Övning { $number }: { $name }
programme-your-level = Din nivå: { $level } av { $top }
programme-how = Så gör du
programme-what-it-does = Det här gör den
programme-cues = Tänk på
programme-mistakes = Vanliga misstag
programme-stop-if = Sluta om:
