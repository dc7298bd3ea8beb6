use proptest::prelude::*;
use serde_json::{json, Value};

use super::from_value;
use crate::model::date::Date;
use crate::model::keep_close::{Signal, VisitChoice, VisitDecision};
use crate::model::locale::Lang;
use crate::model::persist::tests::fuzz::leaves;
use crate::model::persist::{Document, Head};
use crate::model::sample;

/// A document with every sample in every language and a visit decision of each kind, with
/// every kind of drift signal: each struct, list, option and enum form the app saves.
fn everything() -> Document {
    let mut accounts: Vec<_> = [Lang::En, Lang::Ar, Lang::He]
        .into_iter()
        .flat_map(sample::all)
        .collect();
    let day: Date = "2024-03-01".parse().unwrap();
    let signals = vec![
        Signal::OnSiteOverdue {
            last: Some(day),
            days: Some(120),
            cadence: 90,
        },
        Signal::TopLevelOverdue {
            last: None,
            days: None,
            cadence: 180,
        },
        Signal::NeglectAtTheEnd {
            recent: 1,
            running_monthly: 2.5,
        },
        Signal::OpponentUnattended {
            person: 3,
            name: "Dana".into(),
            last: None,
        },
        Signal::OpenComplaint {
            complaint: 2,
            opened: day,
            days: 45,
        },
        Signal::NoOneOnSite,
    ];
    let decisions = &mut accounts[0].keep_close.visits;
    for (id, choice) in [VisitChoice::Go, VisitChoice::Later(day), VisitChoice::Skip]
        .into_iter()
        .enumerate()
    {
        decisions.push(VisitDecision {
            id: id as u32 + 1,
            decided_on: day,
            necessary: Some(id == 0),
            choice,
            signals: signals.clone(),
            gaps: Vec::new(),
            at_stake: Some(1.5e6),
            visit_breakeven: None,
        });
    }
    Document {
        accounts,
        ..Document::default()
    }
}

#[test]
fn everything_the_app_saves_reads_back_as_serde_json_reads_it() {
    let document = everything();
    let value = serde_json::to_value(&document).unwrap();
    let ours: Document = from_value(value.clone()).unwrap();
    assert_eq!(ours, document);
    assert_eq!(ours, serde_json::from_value::<Document>(value).unwrap());
}

#[test]
fn a_struct_written_as_an_array_is_refused() {
    // serde_json's own reader takes this as `Head { schema: 1, revision: 2 }`.
    assert!(serde_json::from_value::<Head>(json!([1, 2])).is_ok());
    let err = from_value::<Head>(json!([1, 2])).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: sequence, expected struct Head"
    );
    assert_eq!(
        from_value::<Head>(json!({ "schema": 1, "revision": 2, "extra": [1] })).unwrap(),
        Head {
            schema: 1,
            revision: 2
        }
    );
}

#[test]
fn enums_read_in_every_form_serde_json_reads() {
    for (value, choice) in [
        (json!("go"), Some(VisitChoice::Go)),
        (json!({ "go": null }), Some(VisitChoice::Go)),
        (
            json!({ "later": "2024-03-01" }),
            Some(VisitChoice::Later("2024-03-01".parse().unwrap())),
        ),
        (json!("later"), None),
        (json!({ "later": null }), None),
        (json!({ "go": null, "skip": null }), None),
        (json!({}), None),
        (json!("stay"), None),
        (json!(3), None),
        (json!(["go"]), None),
    ] {
        let ours = from_value::<VisitChoice>(value.clone()).ok();
        let theirs = serde_json::from_value::<VisitChoice>(value.clone()).ok();
        assert_eq!(ours, choice, "{value}");
        assert_eq!(ours, theirs, "{value}");
    }
    let err = from_value::<VisitChoice>(json!("stay"))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("unknown variant `stay`"), "{err}");
}

#[test]
fn wrong_types_are_refused_with_serde_jsons_words() {
    for value in [
        json!({ "schema": "1", "revision": 2 }),
        json!({ "schema": 1 }),
        json!({ "schema": -1, "revision": 2 }),
        json!({ "schema": 1.5, "revision": 2 }),
        json!(null),
        json!("head"),
    ] {
        let ours = from_value::<Head>(value.clone()).unwrap_err().to_string();
        let theirs = serde_json::from_value::<Head>(value.clone())
            .unwrap_err()
            .to_string();
        assert_eq!(ours, theirs, "{value}");
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6..1e6f64).prop_map(Value::from),
        "[a-z-]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z-]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Damaged documents read the same as through serde_json: the same result, or both
    /// refused (with serde_json's message, unless an array stood where a struct belongs).
    #[test]
    fn damaged_documents_read_as_serde_json_reads_them(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any_json()), 1..4),
    ) {
        let mut value = serde_json::to_value(everything()).unwrap();
        let mut paths = Vec::new();
        leaves(&value, String::new(), &mut paths);
        for (at, new) in edits {
            if let Some(slot) = value.pointer_mut(&paths[at.index(paths.len())]) {
                *slot = new;
            }
        }
        let ours = from_value::<Document>(value.clone());
        let theirs = serde_json::from_value::<Document>(value);
        match (ours, theirs) {
            (Ok(ours), Ok(theirs)) => prop_assert_eq!(ours, theirs),
            (Err(ours), Err(theirs)) if ours.to_string() != theirs.to_string() => {
                prop_assert!(ours.to_string().contains("invalid type: sequence"), "{} / {}", ours, theirs);
            }
            (Err(_), Err(_)) => {}
            (Err(ours), Ok(_)) => {
                prop_assert!(ours.to_string().contains("invalid type: sequence"), "{}", ours);
            }
            (Ok(_), Err(theirs)) => prop_assert!(false, "accepted what serde_json refuses: {}", theirs),
        }
    }
}
