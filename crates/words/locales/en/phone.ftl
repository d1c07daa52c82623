# The offline banner on every page: what the phone keeps while runwell cannot be reached.

outbox-offline = This phone is offline. The programme, the sessions, the metronome and the pain form still work; what you save is kept here and sent when you are back online.
outbox-unreachable = runwell cannot be reached just now. What you saved is kept on this phone and will be sent when it can be.
outbox-refused-some = runwell refused something kept on this phone. It is listed below, with runwell's reason.
outbox-all-sent = Everything kept on this phone has been sent to runwell.
outbox-keep-open = Pages cannot be opened from this phone while it is offline: keep this one open.
outbox-waiting-count = Waiting to be sent: { $count }.
outbox-kept-at = , kept { $time }
outbox-refused = refused ({ $reason })
outbox-waiting = waiting to be sent
outbox-discard = Discard it
outbox-session = { $routine } session
outbox-pain = Pain entry
outbox-pain-score = , { $score } of 10
zone-detect-with = Use this device's time zone ({ $zone })
