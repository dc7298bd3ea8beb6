//! The decoder and importer fuzzed with proptest: the committed fixtures mutated (bytes,
//! numbers, types, nesting) and random JSON. Whatever the input, they never panic and never
//! accept data the validator would refuse. A few thousand cases in the normal run;
//! `WINBACK_FUZZ_CASES` raises it (the benchmark run uses 200,000).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

use super::*;

fn cases(normal: u32) -> u32 {
    std::env::var("WINBACK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(normal)
}

fn runner(normal: u32) -> TestRunner {
    TestRunner::new(Config {
        cases: cases(normal),
        failure_persistence: None,
        ..Config::default()
    })
}

fn fixture() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema-v1.json");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whatever `text` is, decoding and importing it either refuse it or give valid data.
fn holds(text: &str) -> Result<(), TestCaseError> {
    if let Ok(env) = decode(text) {
        prop_assert!(
            validate(&env.document).is_ok(),
            "decode accepted invalid data"
        );
        prop_assert!(
            encode(&env.document, env.revision).is_ok(),
            "accepted data must save"
        );
    }
    let mut n = 0;
    if let Ok(accounts) = import(text, || {
        n += 1;
        format!("new-{n}")
    }) {
        let doc = Document {
            accounts,
            ..Document::default()
        };
        prop_assert!(validate(&doc).is_ok(), "import accepted invalid data");
    }
    if let Ok(repaired) = repair(text) {
        prop_assert!(
            validate(&repaired.document).is_ok(),
            "repair kept invalid data"
        );
    }
    let _ = peek_head(text);
    if let Some(doc) = peek_document(text) {
        prop_assert!(validate(&doc).is_ok());
    }
    Ok(())
}

/// JSON pointers of every leaf (number, string, bool, null) of `value`.
pub(crate) fn leaves(value: &Value, path: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            leaves(
                v,
                format!("{path}/{}", k.replace('~', "~0").replace('/', "~1")),
                out,
            )
        }),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaves(v, format!("{path}/{i}"), out)),
        _ => out.push(path),
    }
}

/// A replacement for one leaf: any number, or a value of another type.
fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
        (-1e13..1e13f64).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop_oneof![
            Just(-1.0),
            Just(0.0),
            Just(0.5),
            Just(5.5),
            Just(101.0),
            Just(1e12 + 1.0)
        ]
        .prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        Just(Value::Array(vec![])),
        Just(Value::Object(Default::default())),
    ]
}

#[test]
fn mutated_bytes_never_panic_or_slip_through() {
    let base = fixture().into_bytes();
    let edits = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..8);
    runner(3000)
        .run(&edits, |edits| {
            let mut bytes = base.clone();
            for (at, byte, kind) in edits {
                let i = at.index(bytes.len().max(1));
                match kind {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.insert(i.min(bytes.len()), byte),
                    _ if i < bytes.len() => {
                        bytes.remove(i);
                    }
                    _ => {}
                }
            }
            holds(&String::from_utf8_lossy(&bytes))
        })
        .unwrap();
}

#[test]
fn mutated_values_never_panic_or_slip_through() {
    let base: Value = serde_json::from_str(&fixture()).unwrap();
    let mut paths = Vec::new();
    leaves(&base, String::new(), &mut paths);
    let edits = prop::collection::vec((prop::sample::select(paths), replacement()), 1..4);
    runner(3000)
        .run(&edits, |edits| {
            let mut value = base.clone();
            for (path, new) in edits {
                if let Some(slot) = value.pointer_mut(&path) {
                    *slot = new;
                }
            }
            holds(&value.to_string())
        })
        .unwrap();
}

#[test]
fn deep_nesting_and_random_json_never_panic() {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-1e6..1e6f64).prop_map(Value::from),
        "[a-z-]{0,8}".prop_map(Value::from),
    ];
    let json = leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::hash_map("[a-z-]{1,10}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    let document = (json, 0..3u32).prop_map(|(doc, schema)| {
        serde_json::json!({ "schema": schema, "revision": 1, "app": "x", "document": doc })
            .to_string()
    });
    runner(2000).run(&document, |text| holds(&text)).unwrap();
    // Nesting far past serde_json's recursion limit is refused, not a stack overflow.
    for depth in [127, 128, 129, 5000] {
        let text = format!(
            "{{\"schema\":1,\"document\":{}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        assert!(decode(&text).is_err());
        assert!(repair(&text).is_err() || repair(&text).is_ok());
    }
}
