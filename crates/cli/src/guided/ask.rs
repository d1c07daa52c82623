//! The questions at the end of a session, asked again until the answer is valid.

use std::fmt::Display;
use std::io::{self, BufRead, Write};
use std::str::FromStr;

/// Asks `question` until the answer parses; the parse error (which says what is allowed) is
/// shown before asking again. At the end of input the answer is `None`, so a script that gives
/// no answers still ends. With `echo` (input that is not a terminal, so not shown as typed) the
/// answer is written after the question, which keeps a transcript readable.
pub(super) fn ask<T>(
    input: &mut impl BufRead,
    output: &mut impl Write,
    question: &str,
    echo: bool,
) -> io::Result<Option<T>>
where
    T: FromStr,
    T::Err: Display,
{
    loop {
        write!(output, "{question}")?;
        output.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(output)?;
            return Ok(None);
        }
        if echo {
            writeln!(output, "{}", line.trim_end())?;
        }
        match line.trim().parse::<T>() {
            Ok(value) => return Ok(Some(value)),
            Err(error) => writeln!(output, "  {error}")?,
        }
    }
}

#[cfg(test)]
mod tests {
    use runwell_domain::PainScore;

    use super::*;

    #[test]
    fn asks_again_until_the_answer_is_valid() {
        let check = |typed: &str, expected: Option<u8>, asked: usize| {
            let mut output = Vec::new();
            let answer =
                ask::<PainScore>(&mut typed.as_bytes(), &mut output, "Pain? ", false).unwrap();
            let output = String::from_utf8(output).unwrap();
            assert_eq!(answer.map(PainScore::value), expected, "{typed:?}");
            assert_eq!(output.matches("Pain? ").count(), asked, "{output}");
        };
        check("3\n", Some(3), 1);
        check(" 0 \n", Some(0), 1);
        check("11\nseven\n\n10\n", Some(10), 4);
        check("", None, 1);
        check("x\n", None, 2);
        // The error says what is allowed.
        let mut output = Vec::new();
        ask::<PainScore>(&mut "12\n4\n".as_bytes(), &mut output, "Pain? ", true).unwrap();
        let output = String::from_utf8(output).unwrap();
        assert!(output.contains("0 (no pain) to 10"));
        // Echoed answers make a readable transcript.
        assert!(output.starts_with("Pain? 12\n  a pain score"), "{output}");
        assert!(output.ends_with("Pain? 4\n"), "{output}");
    }
}
