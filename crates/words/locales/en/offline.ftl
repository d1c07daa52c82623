# The page a paired phone shows when it cannot reach runwell. Each sentence with links is in
# parts: the links' words, and the words between them.

offline-title = Cannot be reached
offline-heading = runwell cannot be reached
offline-kept = What you just saved is kept on this phone. It will be sent by itself when runwell can be reached again; the list at the top of the page shows what is waiting.
offline-lead = This phone cannot reach the runwell on your computer just now: you may be out of range of your home network, or the computer may be off.
offline-no-today = Today's answer is not shown while you are away from it. It is worked out from your latest runs and pain entries, and an old copy could say more than it should. It comes back when runwell can be reached.
offline-works-heading = What works without a connection
offline-strength = Hip strength session
offline-warmup = warm-up
offline-and = and
offline-cooldown = cool-down
offline-sessions-rest = guided as usual. What you do is kept and sent later.
offline-log-pain = Log pain
offline-log-pain-rest = the entry is kept and sent later.
offline-programme = The programme
offline-programme-rest = every movement with its picture and steps.
offline-metronome = The metronome
offline-learn = what to know about hip pain
offline-copies = These are the copies this phone kept the last time it reached runwell.
