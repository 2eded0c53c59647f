//! The checked-in contract files agree with the Rust types: the JSON
//! Schemas in `schema/` and the TypeScript declarations generated from them
//! (`schema/contract.d.ts`, part of `pairwise.d.ts`) are exactly what
//! `pairwise::schema` writes today. After changing a type, run
//! `PAIRWISE_WRITE_SCHEMAS=1 cargo test --test schema` to rewrite them, and
//! review the diff.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use pairwise::schema::{files, pretty, typescript};

fn check(name: &str, generated: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema").join(name);
    if std::env::var_os("PAIRWISE_WRITE_SCHEMAS").is_some() {
        std::fs::create_dir_all(path.parent().expect("schema/ has a parent")).expect("create schema/");
        std::fs::write(&path, generated).expect("write schema file");
        return;
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "schema/{name} differs from the Rust types; run `PAIRWISE_WRITE_SCHEMAS=1 cargo test --test schema` and review the diff"
    );
}

#[test]
fn json_schemas_match_the_rust_types() {
    let files = files();
    assert_eq!(files.len(), 8, "task, six events and their union");
    for file in files {
        check(&file.file, &pretty(&file.schema));
    }
}

#[test]
fn typescript_declarations_match_the_schemas() {
    check("contract.d.ts", &typescript::declarations());
}

#[test]
fn no_stray_files_in_schema_folder() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema");
    let mut expected: Vec<String> = files().into_iter().map(|f| f.file).collect();
    expected.push("contract.d.ts".into());
    for entry in std::fs::read_dir(dir).expect("schema/ exists") {
        let name = entry.expect("readable entry").file_name().to_string_lossy().into_owned();
        assert!(expected.contains(&name), "schema/{name} is not generated any more; delete it");
    }
}
