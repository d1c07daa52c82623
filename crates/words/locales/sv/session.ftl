# Rösten i det guidade passet.

session-no-voice = Webbläsaren har ingen röst att tala med: varje signal är ett pip, och orden står på skärmen.
session-no-language-voice = Det finns ingen svensk röst installerad på den här enheten: varje signal är ett pip, och orden står på skärmen.
