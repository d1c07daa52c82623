# The guided session's voice.

session-no-voice = This browser has no voice to speak with: each cue is a beep, and the words are on screen.
session-no-language-voice = No English voice is installed on this device: each cue is a beep, and the words are on screen.
