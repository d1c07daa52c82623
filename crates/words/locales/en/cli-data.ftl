# The terminal's words for data, accounts, `serve` and learning. Ids start `cli-`; numbers and days come in written already.

## runwell export, erase, db copy, accounts

cli-export-wrote = Wrote { $file }: { $runs } runs ({ $gpx } as GPX), { $pain } pain entries, { $sessions } sessions, with runwell.json and CSV files.
cli-erase-warning = This deletes everything in { $file }: every run, pain entry, session, answer, shoe and setting. It cannot be undone (`runwell export` keeps a copy first).
cli-erase-type = Type { $word } to confirm:
cli-erase-done = Erased: { $file } is an empty runwell database now.
cli-db-copied = Copied { $rows } rows from { $from } to { $to }, as runner { $runner } there.
cli-accounts-password-new = Password for the new account (not shown):
cli-accounts-password-reset = New password (not shown):
cli-accounts-made = Made the { $role } account { $email } ({ $name }), id { $id }. It can sign in now.
cli-accounts-reset = The password of { $email } is set; every place it was signed in is signed out.
cli-accounts-none = No accounts yet: make the first with `runwell accounts add EMAIL --name NAME`.
cli-accounts-invite = A one-time sign-up link for a { $role } (valid 14 days):

## runwell serve

cli-serve-running = runwell is running at { $address } (Ctrl-C stops it)
cli-serve-server = runwell is running as a server at { $public } (listening on { $address }; Ctrl-C stops it)
cli-serve-pair-scan = To use runwell on a phone on this network, scan this code with its camera or open
cli-serve-pair-type =
    in its browser, then type the code the phone shows on { $settings }
    (this address works once; Settings shows a new one for the next phone).
cli-serve-pair-https = The phone reaches runwell over HTTPS with the certificate given, so it can install runwell and use it offline.
cli-serve-pair-plain =
    On the home network runwell speaks plain HTTP: anyone on the same network could read what passes
    between the phone and this computer. Use --lan only on a network you trust; for anything wider,
    run a server with TLS (runwell serve --server). A phone installs runwell and opens it offline
    only over HTTPS: give --tls-cert and --tls-key with a certificate the phone trusts.

## runwell learn, faq, sources, gear

cli-learn-heading = Learn about hip pain in runners
cli-learn-also = Also: `runwell faq`, `runwell sources`, `runwell gear`.
cli-learn-sources = Sources:
cli-faq-heading = Frequently asked questions
cli-faq-q = Q:
cli-faq-citations = The full citations: `runwell sources`.
cli-sources-heading = Sources
cli-sources-article = The source article's references
cli-sources-evidence = The evidence behind runwell's rules (ids from EVIDENCE.md)
cli-sources-supports = Supports: { $rules }
cli-gear-heading = Gear shown in the source article
cli-gear-intro = These are products the article's shop sells, listed so that nothing of the article is missing. They are not part of the programme and runwell does not recommend them; runwell sells nothing and links to no shop.
