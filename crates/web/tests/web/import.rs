//! `/import`: the upload form, its limits, and per-file outcomes as the CLI reports them.

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
async fn a_file_that_is_no_activity_is_reported_and_nothing_is_stored() {
    let web = Web::new().await;
    let reply = upload(&web, multipart(&[("run.fit", b"not really a fit file")])).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.contains("0 imported"), "{}", reply.body);
    assert!(
        reply.body.contains("Could not be read")
            && reply.body.contains("runwell reads FIT, GPX and TCX"),
        "{}",
        reply.body
    );
    assert!(web.get("/runs").await.main().contains("No runs yet"));
}

/// A real device file from the shared test data (never copied into the repository).
fn real_fit() -> Option<Vec<u8>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/testdata/fit/pyfitparse_activity-small-fenix2-run.fit");
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("CI needs ../shared/testdata ({}: {e})", path.display())
        }
        Err(_) => {
            eprintln!("skipped: ../shared/testdata is not beside this checkout");
            None
        }
    }
}

#[tokio::test]
async fn a_real_fit_file_is_imported_once_and_listed() {
    let Some(fit) = real_fit() else { return };
    let web = Web::new().await;
    let reply = upload(&web, multipart(&[("fenix.fit", &fit)])).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.contains("1 imported"), "{}", reply.body);
    assert!(reply.body.contains("/runs/1"), "{}", reply.body);
    let again = upload(&web, multipart(&[("copy.fit", &fit)])).await;
    assert!(again.body.contains("already imported"), "{}", again.body);
    let run = web.get("/runs/1").await;
    assert_eq!(run.status, StatusCode::OK);
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
