//! The tokenizer's edge cases, each as the tokens it gives or the damage it reports.

use super::*;

/// `doc`'s tokens, text asked for throughout, or the words of the damage that ends it.
fn tokens(doc: &str) -> Result<Vec<String>, &'static str> {
    let mut scanner = Scanner::new(doc);
    let mut out = Vec::new();
    loop {
        let token = scanner.next(true, None).map_err(|d| d.what)?;
        out.push(match token {
            Token::Eof => return Ok(out),
            Token::Start { name, local, empty, .. } => {
                // The local part is what follows the name's first `:`, found on the way.
                let qualified = &doc[name.clone()];
                let expected = qualified.find(':').map_or(name.start, |i| name.start + i + 1);
                assert_eq!(local, expected, "{qualified:?} in {doc:?}");
                format!("<{}{}>", &doc[name], if empty { " /" } else { "" })
            }
            Token::End { name, .. } => format!("</{}>", String::from_utf8_lossy(name)),
            Token::Text(t) => format!("{t:?}"),
            Token::CData(t) => format!("cdata {t:?}"),
            Token::Ref(r) => format!("&{r};"),
        });
    }
}

fn check(doc: &str, expected: &[&str]) {
    assert_eq!(tokens(doc), Ok(expected.iter().map(|s| s.to_string()).collect()), "{doc}");
}

fn refused(doc: &str, what: &str) {
    assert_eq!(tokens(doc), Err(what), "{doc}");
}

#[test]
fn a_name_s_local_part_follows_its_first_colon_in_every_shape_of_tag() {
    check(
        "<a><ns3:hr>1</ns3:hr><x:y:z/><:p a='1'/><gpxtpx:e k=\"v\"></gpxtpx:e><q9-1.2:r></q9-1.2:r></a>",
        &[
            "<a>",
            "<ns3:hr>",
            "\"1\"",
            "</ns3:hr>",
            "<x:y:z />",
            "<:p />",
            "<gpxtpx:e>",
            "</gpxtpx:e>",
            "<q9-1.2:r>",
            "</q9-1.2:r>",
            "</a>",
        ],
    );
    // A quote or a `/` within the first word: the name runs to the first whitespace.
    check("<a\"b:c\" d:e='1'></a\"b:c\">", &["<a\"b:c\">", "</a\"b:c\">"]);
    check("<n:a/b x=1>", &["<n:a/b>"]);
}

#[test]
fn comments_and_processing_instructions_are_passed_over() {
    check("<a><!-- x --></a>", &["<a>", "</a>"]);
    check("<a><!-- <b> & </a> --></a>", &["<a>", "</a>"]);
    check("<!-- a -- b --><a/>", &["<a />"]);
    check("<!---->", &[]);
    // `-->` that overlaps the opening `<!--` does not end the comment.
    check("<!-->x--><a/>", &["<a />"]);
    check("<?xml version=\"1.0\"?><a/>", &["<a />"]);
    check("<?pi a > b ?><a/>", &["<a />"]);
    check("<??><a/>", &["<a />"]);
    refused("<a><!-- x", "a comment is not closed");
    refused("<!-x-->", "a comment is not closed");
    refused("<?>", "a processing instruction is not closed");
    refused("<?xml version=\"1.0\"", "a processing instruction is not closed");
    refused("<!x>", "`<!` begins neither a comment, CDATA nor a DOCTYPE");
    refused("<!", "`<!` begins neither a comment, CDATA nor a DOCTYPE");
}

#[test]
fn a_doctype_and_its_internal_subset_are_passed_over() {
    check("<!DOCTYPE gpx><gpx/>", &["<gpx />"]);
    check("<!doctype gpx SYSTEM \"a>b\" 'c]d'><gpx/>", &["<gpx />"]);
    check(
        "<!DOCTYPE gpx [<!ENTITY e \"]>\"><!ATTLIST a b CDATA '>'><!-- ]> --><?p ]> ?>\
         <!ELEMENT gpx ANY>]><gpx/>",
        &["<gpx />"],
    );
    refused("<!DOCTYPE>", "a DOCTYPE has no name");
    refused("<!DOCTYPE gpx [<!ENTITY e \"x\">", "a DOCTYPE is not closed");
    refused("<!DOCTYPE gpx \"a>", "a DOCTYPE is not closed");
}

#[test]
fn cdata_is_text_as_written() {
    check("<a><![CDATA[x]]y]>z<b>&amp;]]></a>", &["<a>", "cdata \"x]]y]>z<b>&amp;\"", "</a>"]);
    check("<a><![CDATA[]]></a>", &["<a>", "cdata \"\"", "</a>"]);
    refused("<a><![CDATA[x]]", "a CDATA section is not closed");
    refused("<![CDATA]]>", "a CDATA section is not closed");
}

#[test]
fn tags_end_at_the_first_unquoted_bracket() {
    check("<a x=\"1>2\" y='3\"4'>t</a>", &["<a>", "\"t\"", "</a>"]);
    check("<a x='>'/>", &["<a />"]);
    check("<a />", &["<a />"]);
    check("<ns3:hr\n\tx=\"1\">", &["<ns3:hr>"]);
    // The `/` of an empty element must come right before its `>`; otherwise it is in the name.
    check("<a/ >", &["<a/>"]);
    check("<a/b>", &["<a/b>"]);
    check("</a >", &["</a>"]);
    check("</a x=\">\">", &["</a x=\">\">"]);
    check("<>", &["<>"]);
    refused("<a", "a tag is not closed");
    refused("<", "a tag is not closed");
    refused("<a x=\"1>", "an attribute value's quote is not closed");
    refused("<a x='1\">", "an attribute value's quote is not closed");
    refused("</a", "a tag is not closed");
}

#[test]
fn references_split_the_text_and_must_be_closed() {
    check(
        "<a>R &amp; D&#233;&#xE9;&foo;</a>",
        &["<a>", "\"R \"", "&amp;", "\" D\"", "&#233;", "&#xE9;", "&foo;", "</a>"],
    );
    check("<a>x\r\ny</a>", &["<a>", "\"x\\r\\ny\"", "</a>"]);
    refused("<a>R & D</a>", "an `&` is not closed by a `;`");
    refused("<a>R &amp D</a>", "an `&` is not closed by a `;`");
    refused("<a>x&", "an `&` is not closed by a `;`");
    // Text that is not wanted is checked all the same, as quick-xml did.
    let mut scanner = Scanner::new("<a>R & D</a>");
    assert!(matches!(scanner.next(false, None), Ok(Token::Start { .. })));
    assert_eq!(
        scanner.next(false, None).unwrap_err(),
        Damage { at: 5, what: "an `&` is not closed by a `;`" }
    );
}

#[test]
fn a_ten_megabyte_value_or_text_is_read_in_place() {
    let big = "9".repeat(10 << 20);
    // An attribute value full of brackets: one tag, its value a slice of the document.
    let doc = format!("<a x=\"{}\" y=\"1\">{big}</a>", big.replace('9', ">"));
    let mut scanner = Scanner::new(&doc);
    let Ok(Token::Start { attributes, .. }) = scanner.next(false, None) else { panic!() };
    assert_eq!(attributes.get("y"), Some("1"));
    let x = attributes.get("x").unwrap();
    assert_eq!(x.len(), 10 << 20);
    assert!(doc.as_bytes().as_ptr_range().contains(&x.as_ptr()), "borrowed, not copied");
    // Its text is one token, borrowed too.
    let Ok(Token::Text(text)) = scanner.next(true, None) else { panic!() };
    assert_eq!(text.len(), 10 << 20);
    assert!(doc.as_bytes().as_ptr_range().contains(&text.as_ptr()));
    assert!(matches!(scanner.next(false, None), Ok(Token::End { .. })));
    assert!(matches!(scanner.next(false, None), Ok(Token::Eof)));
}
