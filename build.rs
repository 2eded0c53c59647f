//! Writes the stylesheet the wasm carries (`style/pairwise.css`) without
//! its comments, indentation and blank lines, to `OUT_DIR/pairwise.css`.
//! The file in `style/` stays as written; `dist/pairwise.css` is a copy of it.

use std::{env, fs, path::Path};

/// The CSS without `/* … */` comments (none of its strings contains one)
/// and with each line trimmed, empty ones dropped.
fn compact(css: &str) -> String {
    let mut bare = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        bare.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    bare.push_str(rest);
    bare.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("\n")
}

fn main() {
    let source = "style/pairwise.css";
    println!("cargo::rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("style/pairwise.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("pairwise.css");
    fs::write(out, compact(&css)).expect("OUT_DIR is writable");
}
