# Opsætning og indstillinger, med valget af sprog.

language-label = Sprog
language-hint = Siderne, rådene og stemmen i den guidede træning bruger det. Vælger du ikke noget, følger runwell din browser.
language-browser = Som min browser beder om
language-save = Gem sproget
language-saved = Sproget er gemt.
settings-title = Indstillinger
settings-heading = Indstillinger
settings-saved = Gemt.
settings-language-heading = Sprog
