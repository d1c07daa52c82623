# Pairing a phone with `runwell serve --lan`: the settings page's section on the computer, and
# the phone's own pages.

devices-heading = Phones and tablets
devices-on-phone = This phone is paired with runwell on your computer. Phones are paired and removed on that computer, in its Settings.
devices-offer = To use runwell on your phone, join the same home network, then scan this code with the phone's camera, or type the address below into its browser.
devices-qr-label = QR code of the pairing address
devices-once = The address works once; after a phone opens it, this page shows a new one for the next.
devices-waiting = Waiting: { $name } ({ $minutes } min left)
devices-code-label = The six digits the phone shows
devices-code-hint = A phone waits { $minutes } minutes for its code to be typed here.
devices-code-wrong = No phone is waiting with the code { $code }. Type the six digits the phone shows. A phone waits { $minutes } minutes; after that, open the pairing address on it again.
devices-pair = Pair this phone
devices-https = The phone reaches runwell over HTTPS with the certificate runwell was started with, so it can install runwell and use it offline.
devices-plain-http = On the home network runwell speaks plain HTTP, so anyone on the same network could read what passes between the phone and this computer. Pair only on a network you trust; for anything wider, run runwell as a server with TLS. Over plain HTTP a phone cannot install runwell or open it offline: start runwell with a certificate the phone trusts (see the README) for that.
devices-start-lan = To use runwell on your phone on the same home network, start it with “runwell serve --lan”: this section then shows a code to scan with the phone.
devices-none = No phone or tablet is paired.
devices-paired = { $name }, paired { $day }
devices-remove = Remove
devices-computer-only = Phones are paired and removed on the computer runwell runs on: open Settings there.
devices-not-listening = runwell is not listening for phones: start it with “runwell serve --lan” to pair one.

pair-first-heading = Pair this phone first
pair-first-text = This phone is not paired with runwell yet. On the computer where runwell runs, open Settings and find “Phones and tablets”: scan the QR code there with this phone's camera, or type the address it shows into this browser. The phone then shows a code to type on the computer.
pair-first-short = Pair this device first: on the computer running runwell, open Settings and scan the pairing code. Nothing was changed.
pair-wait-heading = Type this code on the computer
pair-code-label = Pairing code
pair-wait-text = On the computer where runwell runs, open Settings, type these six digits under “Phones and tablets” and choose Pair. This page moves on by itself once that is done. The code works for { $minutes } minutes.
pair-continue = Continue once the code is typed
pair-used-heading = This pairing address cannot be used
pair-used-text = This pairing address has been used or has expired. On the computer running runwell, open Settings for a new one (or scan the code it shows), then try again.
pair-gone-heading = This pairing has ended
pair-gone-text = The code was not typed on the computer within { $minutes } minutes, or the computer paired another phone since. Open the pairing address again from the computer's Settings page.
