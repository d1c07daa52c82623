//! Cues spoken through `espeak-ng`, when it is installed.
//!
//! Each cue is spoken by espeak-ng's voice for the runner's language (`-v da`, `-v sv`;
//! English is its default voice).
//!
//! Each cue is a new `espeak-ng` process, started without waiting for it, so the session's clock
//! never waits on speech. When a new cue comes while the last is still being spoken, the last is
//! stopped: the cue about what is happening now matters more than the end of the one before.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use runwell_app::words::{Lang, Words};

const PROGRAM: &str = "espeak-ng";

#[derive(Debug, Default)]
pub(super) struct Speaker {
    /// The program to run; `None` when speech is off or not available.
    program: Option<PathBuf>,
    speaking: Option<Child>,
    /// espeak-ng's voice for the language; `None` for its default, English.
    voice: Option<&'static str>,
    /// The session's words in the runner's language, shown and spoken.
    words: Words,
}

/// espeak-ng's voice for a language: its voices are named by the language's tag.
fn voice_of(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Da => Some("da"),
        Lang::Sv => Some("sv"),
    }
}

impl Speaker {
    /// A speaker for `--voice`, and a note to show the runner when it cannot speak.
    pub(super) fn new(voice: bool, lang: Lang) -> (Self, Option<String>) {
        let quiet = Self { words: Words::new(lang), ..Self::default() };
        if !voice {
            return (quiet, None);
        }
        match find_program(PROGRAM, std::env::var_os("PATH")) {
            Some(program) => {
                (Self { program: Some(program), voice: voice_of(lang), ..quiet }, None)
            }
            None => (quiet, Some(missing_note(&Words::new(lang)))),
        }
    }

    /// The session's words, in the language the cues are spoken in.
    pub(super) fn words(&self) -> Words {
        self.words
    }

    /// Says `text`, stopping what was being said. A program that fails to start turns speech
    /// off for the rest of the session and returns a note saying so.
    pub(super) fn say(&mut self, text: &str) -> Option<String> {
        let program = self.program.as_ref()?;
        if let Some(mut child) = self.speaking.take()
            && matches!(child.try_wait(), Ok(None))
        {
            // Killing a process that has just ended is harmless; waiting reaps it.
            let _ = child.kill();
            let _ = child.wait();
        }
        let mut command = Command::new(program);
        if let Some(voice) = self.voice {
            command.args(["-v", voice]);
        }
        let spawned = command
            .arg("--")
            .arg(text)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        match spawned {
            Ok(child) => {
                self.speaking = Some(child);
                None
            }
            Err(error) => {
                self.program = None;
                let error = error.to_string();
                Some(self.words.with("cli-voice-cannot-start", &[("error", error.into())]))
            }
        }
    }
}

fn missing_note(words: &Words) -> String {
    // Short enough for one line of an 80-column frame.
    words.get("cli-voice-missing")
}

/// The first file named `name` in the folders of `path` (a `PATH` value).
fn find_program(name: &str, path: Option<OsString>) -> Option<PathBuf> {
    std::env::split_paths(&path?).map(|dir| dir.join(name)).find(|p| is_file(p))
}

fn is_file(path: &Path) -> bool {
    path.metadata().is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_is_off_without_voice_and_explained_when_missing() {
        let (mut quiet, note) = Speaker::new(false, Lang::Da);
        assert!(note.is_none());
        assert!(quiet.say("hello").is_none());

        let dir = tempfile::tempdir().unwrap();
        let path = std::env::join_paths([dir.path()]).unwrap();
        assert_eq!(find_program(PROGRAM, Some(path.clone())), None);
        assert_eq!(find_program(PROGRAM, None), None);
        std::fs::write(dir.path().join(PROGRAM), "").unwrap();
        assert_eq!(find_program(PROGRAM, Some(path)), Some(dir.path().join(PROGRAM)));
        assert!(missing_note(&Words::default()).contains("apt-get install espeak-ng"));
        for lang in [Lang::En, Lang::Da, Lang::Sv] {
            assert!(missing_note(&Words::new(lang)).chars().count() <= 80, "{lang:?}");
        }
    }

    #[test]
    fn each_cue_starts_the_program_and_stops_the_last() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join(PROGRAM);
        std::fs::write(&program, "#!/bin/sh\nexec sleep 30\n").unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut speaker = Speaker {
            program: Some(program),
            speaking: None,
            voice: None,
            words: Words::default(),
        };
        assert!(speaker.say("Go.").is_none());
        let first = speaker.speaking.as_ref().unwrap().id();
        assert!(speaker.say("1").is_none());
        let second = speaker.speaking.as_mut().unwrap();
        assert_ne!(second.id(), first);
        // The first was stopped and reaped: its process is gone.
        assert!(!std::path::Path::new(&format!("/proc/{first}")).exists());
        second.kill().unwrap();
        second.wait().unwrap();
    }

    #[test]
    fn the_voice_follows_the_language() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join(PROGRAM);
        let said = dir.path().join("said");
        // The stand-in writes its arguments, one a line, where the test can read them.
        std::fs::write(
            &program,
            format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > {}\n", said.display()),
        )
        .unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        let check = |lang: Lang, expected: &str| {
            let _ = std::fs::remove_file(&said);
            let mut speaker = Speaker {
                program: Some(program.clone()),
                speaking: None,
                voice: voice_of(lang),
                words: Words::new(lang),
            };
            assert!(speaker.say("Hold").is_none());
            speaker.speaking.take().unwrap().wait().unwrap();
            assert_eq!(std::fs::read_to_string(&said).unwrap(), expected, "{lang}");
        };
        check(Lang::Da, "-v\nda\n--\nHold\n");
        check(Lang::Sv, "-v\nsv\n--\nHold\n");
        check(Lang::En, "--\nHold\n");
    }

    #[test]
    fn a_program_that_cannot_start_turns_speech_off() {
        let dir = tempfile::tempdir().unwrap();
        // Not executable: spawning fails.
        let program = dir.path().join(PROGRAM);
        std::fs::write(&program, "").unwrap();
        let mut speaker = Speaker {
            program: Some(program),
            speaking: None,
            voice: None,
            words: Words::default(),
        };
        let note = speaker.say("Go.").unwrap();
        assert!(note.starts_with("No voice: espeak-ng could not start"), "{note}");
        assert!(speaker.say("Go.").is_none());
    }
}
