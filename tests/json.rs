//! The small JSON module, checked against serde_json.
#![cfg(not(target_arch = "wasm32"))]

use pairwise::json::{parse, Json, MAX_DEPTH};
use serde_json::Value;

/// Parses with ours, writes with ours, and checks serde_json reads the same
/// value as from the original text.
fn round_trip(text: &str) {
    let ours = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    let expected: Value = serde_json::from_str(text).unwrap();
    let written: Value = serde_json::from_str(&ours.to_json_string()).unwrap();
    assert_eq!(written, expected, "{text}");
}

#[test]
fn valid_documents_round_trip() {
    for text in [
        "null",
        " true ",
        "false",
        "0",
        "-12",
        "3.25e-7",
        "123456789012345678901234567890",
        "\"\"",
        r#""tab\t quote\" slash\/ back\\ nl\n uni\u00e9 pair\ud83d\ude00 nul\u0000""#,
        "[]",
        "{}",
        r#"{"a": [1, {"b": null}, "c"], "d": {"e": {"f": [true, false]}}}"#,
        "[\"\u{2028}\", \"é✓😀\"]",
    ] {
        round_trip(text);
    }
}

#[test]
fn numbers_keep_their_text_and_whole_ones_read_as_integers() {
    assert_eq!(parse("1.50").unwrap(), Json::Number("1.50".into()));
    assert_eq!(parse("42").unwrap().as_i64(), Some(42));
    assert_eq!(parse("4.2").unwrap().as_i64(), None);
    assert!(parse("-0").unwrap().same(&parse("0").unwrap()));
    assert_eq!(parse(r#"{"metadata": {"score": 0.1}}"#).unwrap().to_json_string(), r#"{"metadata":{"score":0.1}}"#);
}

#[test]
fn object_keys_keep_their_order_and_the_last_duplicate_wins() {
    let value = parse(r#"{"z": 1, "a": 2, "z": 3}"#).unwrap();
    assert_eq!(value.to_json_string(), r#"{"z":3,"a":2}"#);
}

#[test]
fn invalid_documents_are_rejected_with_their_position() {
    for (text, line, column) in [
        ("", 1, 1),
        ("{", 1, 2),
        ("{\"a\" 1}", 1, 6),
        ("[1, 2,]", 1, 7),
        ("[01]", 1, 2),
        ("[1.]", 1, 2),
        ("\"unterminated", 1, 14),
        ("\"bad \\x escape\"", 1, 6),
        ("\"raw \n newline\"", 1, 6),
        ("{\"a\": 1}\n  x", 2, 3),
        ("nul", 1, 1),
        ("[\"é\", ?]", 1, 7),
    ] {
        let error = parse(text).expect_err(text);
        assert_eq!((error.line, error.column), (line, column), "{text:?}: {error}");
        assert!(serde_json::from_str::<Value>(text).is_err(), "{text:?} is valid JSON after all");
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowing_the_stack() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
}

/// A small deterministic generator of arbitrary JSON values.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn string(&mut self) -> String {
        let alphabet = ['a', 'Z', ' ', '"', '\\', '\n', '\u{1}', 'é', '😀', '\u{2028}', '/', '{'];
        (0..self.next() % 8).map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize]).collect()
    }

    fn value(&mut self, depth: u32) -> Value {
        match self.next() % if depth > 4 { 4 } else { 6 } {
            0 => Value::Null,
            1 => Value::Bool(self.next().is_multiple_of(2)),
            2 => {
                let n = self.next() as i64 >> (self.next() % 60);
                if self.next().is_multiple_of(3) {
                    serde_json::json!(n as f64 / 7.0)
                } else {
                    serde_json::json!(n)
                }
            }
            3 => Value::String(self.string()),
            4 => Value::Array((0..self.next() % 4).map(|_| self.value(depth + 1)).collect()),
            _ => Value::Object((0..self.next() % 4).map(|_| (self.string(), self.value(depth + 1))).collect()),
        }
    }
}

#[test]
fn arbitrary_values_written_by_serde_json_round_trip() {
    let mut generate = Gen(0x9e37_79b9_7f4a_7c15);
    for _ in 0..2000 {
        let value = generate.value(0);
        round_trip(&value.to_string());
        round_trip(&serde_json::to_string_pretty(&value).unwrap());
    }
}
