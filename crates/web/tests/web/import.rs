//! `/import`: the upload form, its limits, and the answer while the app has no import.

use axum::body::Body;
use axum::http::{StatusCode, header};

use crate::support::{Web, browser};

const BOUNDARY: &str = "runwellBoundary7MA4YWxk";

fn multipart(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; \
                 filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn upload(web: &Web, body: Vec<u8>) -> crate::support::Reply {
    let request = browser("POST", "/import")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}"))
        .body(Body::from(body))
        .unwrap();
    web.send(request).await
}

#[tokio::test]
async fn the_import_page_has_a_multipart_upload_form() {
    let web = Web::new().await;
    let reply = web.get("/import").await;
    assert_eq!(reply.status, StatusCode::OK);
    let main = reply.main();
    assert!(main.contains(r#"enctype="multipart/form-data""#));
    assert!(main.contains(r#"<label for="files">"#) && main.contains("multiple"));
    insta::assert_snapshot!("import_page", main);
}

#[tokio::test]
async fn an_upload_with_no_file_is_refused_beside_the_field() {
    let web = Web::new().await;
    let reply = upload(&web, multipart(&[("", b"")])).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains(r#"id="files-error">Choose at least one file"#), "{}", reply.body);
}

#[tokio::test]
async fn an_upload_says_clearly_while_the_app_has_no_import() {
    let web = Web::new().await;
    let reply = upload(&web, multipart(&[("run.fit", b"not really a fit file")])).await;
    assert_eq!(reply.status, StatusCode::NOT_IMPLEMENTED);
    assert!(reply.body.contains("Import arrives with the import feature"), "{}", reply.body);
    assert!(reply.body.contains("Nothing was stored"));
}

#[tokio::test]
async fn an_upload_over_the_limit_is_refused() {
    let mut web = Web::new().await;
    web.config.upload_limit = 1024;
    let reply = upload(&web, multipart(&[("big.fit", &[0u8; 4096])])).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", reply.body);
}

#[tokio::test]
async fn the_form_limit_does_not_apply_to_uploads() {
    let web = Web::new().await;
    let reply = upload(&web, multipart(&[("big.gpx", &vec![b'x'; 200 * 1024])])).await;
    assert_ne!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", reply.body);
}
