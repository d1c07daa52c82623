//! The pairing address as a QR code (issue 19): SVG for the settings page, blocks for the
//! terminal. Both are drawn here from text runwell made itself (an address and a hex token).

use qrcode::QrCode;
use qrcode::render::{svg, unicode};

/// An SVG element of `text`'s QR code, to place inside a page, with `label` as its accessible
/// name. Empty if the text is too long for a QR code (an address never is).
pub(crate) fn svg(text: &str, label: &str) -> String {
    let Ok(code) = QrCode::new(text.as_bytes()) else { return String::new() };
    let drawn = code
        .render::<svg::Color<'_>>()
        .min_dimensions(220, 220)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    // The renderer writes a whole document; a page wants the element alone.
    let element = drawn.find("<svg").map_or(drawn.as_str(), |at| &drawn[at..]);
    let label = label.replace(['"', '<', '>', '&'], "");
    element.replacen("<svg ", &format!("<svg role=\"img\" aria-label=\"{label}\" class=\"qr\" "), 1)
}

/// `text`'s QR code in the terminal, two rows of modules per line. With `colour`, the code is
/// drawn black on white whatever the terminal's own colours (a scanner wants dark modules on a
/// light ground); without, in the terminal's colours, as on a light one.
pub(crate) fn terminal(text: &str, colour: bool) -> String {
    let Ok(code) = QrCode::new(text.as_bytes()) else { return String::new() };
    let drawn = code
        .render::<unicode::Dense1x2>()
        .dark_color(unicode::Dense1x2::Dark)
        .light_color(unicode::Dense1x2::Light)
        .quiet_zone(true)
        .build();
    if !colour {
        return drawn.lines().map(|line| format!("{line}\n")).collect();
    }
    drawn.lines().map(|line| format!("\x1b[30;107m{line}\x1b[0m\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_drawn_for_a_page_and_a_terminal() {
        let address = "http://192.168.1.20:7878/pair/0123456789abcdef0123456789abcdef";
        let page = svg(address, "QR code \"of\" <the> address");
        assert!(
            page.starts_with("<svg role=\"img\" aria-label=\"QR code of the address\""),
            "{page}"
        );
        assert!(page.ends_with("</svg>"));
        assert!(!page.contains("<?xml"));
        let plain = terminal(address, false);
        assert!(plain.lines().count() > 10);
        assert!(plain.contains('█') || plain.contains('▀'));
        assert!(!plain.contains('\x1b'));
        let coloured = terminal(address, true);
        assert!(coloured.lines().all(|l| l.starts_with("\x1b[30;107m") && l.ends_with("\x1b[0m")));
    }
}
