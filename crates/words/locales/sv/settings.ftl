# Inställningar och första start, med valet av språk.

language-label = Språk
language-hint = Sidorna, råden och rösten i det guidade passet använder det. Väljer du inget följer runwell din webbläsare.
language-browser = Som min webbläsare vill
language-save = Spara språket
language-saved = Språket är sparat.
settings-title = Inställningar
settings-heading = Inställningar
settings-saved = Sparat.
settings-language-heading = Språk
