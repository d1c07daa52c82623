//! `/import`: the upload form, its limits, and per-file outcomes as the CLI reports them.

use axum::body::Body;
use axum::http::{StatusCode, header};
use runwell_import::corpus::{Run, hostile};

use crate::support::{DAY, Web, browser};

const BOUNDARY: &str = "runwellBoundary7MA4YWxk";

pub(crate) fn multipart(files: &[(&str, &[u8])]) -> Vec<u8> {
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

pub(crate) async fn upload(web: &Web, body: Vec<u8>) -> crate::support::Reply {
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

/// A run file made by the import crate's corpus (no shared test data needed).
pub(crate) fn corpus_fit(seed: u64) -> Vec<u8> {
    let run = Run { start: 1_700_000_000 + seed as i64 * 86_400, seconds: 300, seed };
    runwell_import::corpus::fit(&run)
}

#[tokio::test]
async fn an_upload_that_says_it_is_too_large_is_refused_before_it_is_read() {
    let web = Web::new().await;
    let body = multipart(&[("run.fit", &corpus_fit(1))]);
    let request = browser("POST", "/import")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}"))
        .header(header::CONTENT_LENGTH, (web.config.upload_limit as u64 + 1).to_string())
        .body(Body::from(body))
        .unwrap();
    let reply = web.send(request).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", reply.body);
    assert!(reply.body.contains("it says it is 536870913 bytes"), "{}", reply.body);
    assert!(web.app.runs(None).await.unwrap().is_empty(), "nothing was imported");
}

#[tokio::test]
async fn an_upload_is_held_to_the_same_per_file_limits_as_the_cli() {
    let mut web = Web::new().await;
    web.config.import_limits.max_entry_bytes = 50_000;
    let mut huge = Vec::new();
    hostile::gpx_large(200_000, &mut huge).unwrap();
    let reply = upload(&web, multipart(&[("huge.gpx", &huge), ("run.fit", &corpus_fit(2))])).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert!(reply.body.contains("1 imported, 1 skipped"), "{}", reply.body);
    assert!(
        reply.body.contains("skipped for safety: a file of 0.2 MiB, more than the 0.0 MiB allowed"),
        "{}",
        reply.body
    );
}

#[tokio::test]
async fn a_second_import_while_one_runs_is_refused_with_429() {
    let web = Web::new().await;
    let turn = web.app.import_turn().unwrap();
    let reply = upload(&web, multipart(&[("run.fit", &corpus_fit(3))])).await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS, "{}", reply.body);
    assert!(reply.body.contains("An import is running"), "{}", reply.body);
    drop(turn);
    let reply = upload(&web, multipart(&[("run.fit", &corpus_fit(3))])).await;
    assert!(reply.body.contains("1 imported"), "{}", reply.body);
}

#[tokio::test]
async fn after_a_full_disk_the_next_write_works() {
    let web = Web::new().await;
    web.app.cap_database_growth_for_test(0).await.unwrap();
    let form =
        format!("date={DAY}&time=07:05&distance_km=8&duration=47:30&note={}", "n".repeat(60_000));
    let full = web.post(&format!("/log/run?today={DAY}"), &form).await;
    assert_eq!(full.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", full.body);
    assert!(full.body.contains("Nothing was changed by this request"), "{}", full.body);
    let reply = web.post(&format!("/log/run?today={DAY}"), &form).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(web.app.runs(None).await.unwrap().len(), 1);
}
