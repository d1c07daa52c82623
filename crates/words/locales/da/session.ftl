# Stemmen i den guidede træning.

session-no-voice = Browseren har ingen stemme at tale med: hvert signal er et bip, og ordene står på skærmen.
session-no-language-voice = Der er ikke installeret en dansk stemme på denne enhed: hvert signal er et bip, og ordene står på skærmen.
