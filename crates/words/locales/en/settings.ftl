# The setup and settings pages: the language choice among them.

language-label = Language
language-hint = The pages, the advice and the guided session's voice use it. Without a choice, runwell follows your browser.
language-browser = As my browser asks
language-save = Save the language
language-saved = Language saved.
settings-title = Settings
settings-heading = Settings
settings-saved = Saved.
settings-language-heading = Language
