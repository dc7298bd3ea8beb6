use super::*;
use crate::model::locale::Lang;
use crate::model::sample::brex_rilf;

// proptest is a native-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
#[path = "persist_fuzz_tests.rs"]
pub(crate) mod fuzz;

fn sample_doc() -> Document {
    Document {
        accounts: vec![brex_rilf(Lang::En)],
        ..Document::default()
    }
}

#[test]
fn encode_decode_round_trip() {
    let doc = sample_doc();
    let text = encode(&doc, 7).unwrap();
    let env = decode(&text).unwrap();
    assert_eq!(env.document, doc);
    assert_eq!(
        (env.schema, env.revision, env.app.as_str()),
        (SCHEMA, 7, APP_VERSION)
    );
}

#[test]
fn every_committed_schema_sample_decodes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut seen = 0;
    for version in 1..=SCHEMA {
        let path = format!("{dir}/schema-v{version}.json");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let env = decode(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(env.schema, SCHEMA);
        assert!(!env.document.accounts.is_empty(), "{path} holds accounts");
        seen += 1;
    }
    assert_eq!(seen, SCHEMA as usize);
}

#[test]
fn corrupt_text_is_refused_with_a_reason() {
    let good = encode(&sample_doc(), 1).unwrap();
    assert_eq!(decode(""), Err(PersistError::Empty));
    assert_eq!(decode("  \n"), Err(PersistError::Empty));
    assert!(matches!(
        decode(&good[..good.len() / 2]),
        Err(PersistError::Syntax(_))
    ));
    assert!(matches!(
        decode("{\"revision\": 1}"),
        Err(PersistError::NoSchema)
    ));
    assert!(matches!(
        decode("{\"schema\": \"one\"}"),
        Err(PersistError::Shape(_))
    ));
    assert!(matches!(decode("[1, 2]"), Err(PersistError::NoSchema)));
    let wrong_type = good.replacen("\"revenue\":9500000.0", "\"revenue\":\"lots\"", 1);
    assert_ne!(wrong_type, good);
    assert!(matches!(decode(&wrong_type), Err(PersistError::Shape(_))));
    // serde_json writes NaN as null; a hand-edited NaN is not JSON at all.
    let nan = good.replacen("\"revenue\":9500000.0", "\"revenue\":NaN", 1);
    assert!(matches!(decode(&nan), Err(PersistError::Syntax(_))));
    let null = good.replacen("\"revenue\":9500000.0", "\"revenue\":null", 1);
    assert!(matches!(decode(&null), Err(PersistError::Shape(_))));
    let out_of_range = good.replacen("\"margin\":28.0", "\"margin\":280.0", 1);
    assert!(matches!(
        decode(&out_of_range),
        Err(PersistError::Invalid { .. })
    ));
}

#[test]
fn newer_schemas_are_recognised_not_misread() {
    let newer = encode(&sample_doc(), 1)
        .unwrap()
        .replacen("\"schema\":1", "\"schema\":99", 1);
    assert_eq!(decode(&newer), Err(PersistError::Newer { found: 99 }));
}

#[test]
fn oversized_and_deeply_nested_input_is_refused() {
    let huge = format!("{{\"schema\":1,\"pad\":\"{}\"}}", "x".repeat(MAX_BYTES));
    assert!(matches!(decode(&huge), Err(PersistError::TooLarge { .. })));
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(decode(&deep), Err(PersistError::Syntax(_))));
}

#[test]
fn non_finite_numbers_are_never_encoded() {
    let mut doc = sample_doc();
    doc.accounts[0].cost_benefit.revenue = f64::INFINITY;
    assert!(matches!(encode(&doc, 1), Err(PersistError::Invalid { .. })));
    doc.accounts[0].cost_benefit.revenue = f64::NAN;
    assert!(matches!(encode(&doc, 1), Err(PersistError::Invalid { .. })));
}

#[test]
fn repair_keeps_what_still_decodes() {
    let mut doc = sample_doc();
    let mut second = brex_rilf(Lang::En);
    second.id = "b".into();
    second.name = "Second".into();
    doc.accounts.push(second);
    let text = encode(&doc, 3).unwrap();
    // Damage only the second account's revenue.
    let pos = text.rfind("\"revenue\":9500000.0").unwrap();
    let damaged = format!(
        "{}\"revenue\":\"x\"{}",
        &text[..pos],
        &text[pos + "\"revenue\":9500000.0".len()..]
    );
    assert!(decode(&damaged).is_err());
    let repaired = repair(&damaged).unwrap();
    assert_eq!(repaired.document.accounts.len(), 1);
    assert_eq!(repaired.document.accounts[0].name, brex_rilf(Lang::En).name);
    assert_eq!(repaired.dropped.len(), 1);
    let dropped = &repaired.dropped[0];
    assert_eq!(
        (dropped.position, dropped.name.as_deref()),
        (2, Some("Second"))
    );
    assert!(matches!(dropped.problem, Problem::Form(_)), "{dropped:?}");
    assert!(repair("{\"schema\":1}").is_err(), "nothing to salvage");
}

#[test]
fn the_head_is_read_without_the_document() {
    let text = encode(&sample_doc(), 42).unwrap();
    assert_eq!(
        peek_head(&text),
        Ok(Head {
            schema: SCHEMA,
            revision: 42
        })
    );
    assert!(peek_head("{\"schema\":1}").is_err());
    assert!(peek_head("nonsense").is_err());
}

#[test]
fn newer_data_can_still_be_shown_read_only() {
    let newer = encode(&sample_doc(), 1).unwrap().replacen(
        "\"schema\":1",
        "\"schema\":2,\"future-field\":true",
        1,
    );
    assert!(matches!(
        decode(&newer),
        Err(PersistError::Newer { found: 2 })
    ));
    assert_eq!(peek_document(&newer), Some(sample_doc()));
    assert_eq!(peek_document("garbage"), None);
}

#[test]
fn export_then_import_gives_equal_copies_with_fresh_ids() {
    let doc = sample_doc();
    let file = export(&doc.accounts).unwrap();
    let mut n = 0;
    let imported = import(&file, || {
        n += 1;
        format!("new-{n}")
    })
    .unwrap();
    assert_eq!(imported.len(), 1);
    assert_eq!(imported[0].id, "new-1");
    let mut same = imported[0].clone();
    same.id = doc.accounts[0].id.clone();
    assert_eq!(same, doc.accounts[0]);
}

#[test]
fn import_refuses_bad_files_naming_the_problem() {
    let id = || "x".to_owned();
    assert_eq!(import("", id), Err(PersistError::Empty));
    assert!(matches!(
        import("{not json", id),
        Err(PersistError::Syntax(_))
    ));
    assert!(matches!(
        import("{\"schema\":7,\"document\":{}}", id),
        Err(PersistError::Newer { found: 7 })
    ));
    let empty = export(&[]).unwrap();
    assert!(matches!(import(&empty, id), Err(PersistError::Shape(m)) if m.contains("no accounts")));
    let bad = export(&sample_doc().accounts).unwrap().replacen(
        "\"probability\":55.0",
        "\"probability\":555.0",
        1,
    );
    assert!(matches!(
        import(&bad, id),
        Err(PersistError::Invalid { .. })
    ));
}

#[test]
fn backups_are_bounded_in_count_and_size() {
    let backup = |i: usize, len: usize| Backup {
        taken_at: i as f64,
        reason: BackupReason::Earlier {
            text: format!("b{i}"),
        },
        text: "x".repeat(len),
    };
    let mut list = Vec::new();
    for i in 0..8 {
        list = push_backup(list, backup(i, 10));
    }
    assert_eq!(list.len(), BACKUP_LIMITS.0);
    assert_eq!(
        list[0].reason,
        BackupReason::Earlier { text: "b7".into() },
        "newest first"
    );
    let big = push_backup(list, backup(9, BACKUP_LIMITS.1));
    assert_eq!(big.len(), 1, "older ones dropped to fit the size limit");
    assert_eq!(read_backups(Some("not json")), vec![]);
    assert_eq!(read_backups(None), vec![]);
}

#[test]
fn backup_reasons_are_typed_and_old_plain_text_ones_still_read() {
    let typed = Backup {
        taken_at: 1.0,
        reason: BackupReason::Delete {
            name: "RILF".into(),
        },
        text: String::new(),
    };
    let list = serde_json::to_string(&vec![typed.clone()]).unwrap();
    assert_eq!(read_backups(Some(&list)), vec![typed]);
    let old = r#"[{"taken-at":1,"reason":"delete RILF","text":""},{"taken-at":2,"reason":"replace all","text":""},{"taken-at":3,"reason":"restore","text":""},{"taken-at":4,"reason":"tidy up","text":""}]"#;
    let reasons: Vec<_> = read_backups(Some(old))
        .into_iter()
        .map(|b| b.reason)
        .collect();
    assert_eq!(
        reasons,
        [
            BackupReason::Delete {
                name: "RILF".into()
            },
            BackupReason::ReplaceAll,
            BackupReason::Restore,
            BackupReason::Earlier {
                text: "tidy up".into()
            },
        ]
    );
}

#[test]
fn problems_are_typed_and_name_the_quantity_and_its_limits() {
    let mut doc = sample_doc();
    doc.accounts[0].dialogue.plan.cadence_days = 400;
    match encode(&doc, 1) {
        Err(PersistError::Invalid {
            problem:
                Problem::OutOfLimit {
                    quantity,
                    value,
                    limit,
                },
            ..
        }) => {
            assert_eq!(
                (quantity, value, limit),
                (Quantity::Cadence, 400.0, limits::CADENCE_DAYS)
            );
        }
        other => panic!("{other:?}"),
    }
    let mut doc = sample_doc();
    doc.accounts[0].cost_benefit.margin = 140.0;
    assert!(matches!(
        encode(&doc, 1),
        Err(PersistError::Invalid {
            problem: Problem::Input(_),
            ..
        })
    ));
}

#[test]
fn files_of_earlier_versions_get_item_ids_on_load() {
    let text = encode(&sample_doc(), 1).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Strip every list item's id (people always had theirs), as in files written before.
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                let item = map.get("id").is_some_and(serde_json::Value::is_number);
                if item && !map.contains_key("counterpart") {
                    map.remove("id");
                }
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut value);
    let first = value
        .pointer("/document/accounts/0/reasons/reasons/0")
        .unwrap();
    assert!(first.get("id").is_none(), "ids stripped");
    let old = value.to_string();
    let env = decode(&old).unwrap();
    let account = &env.document.accounts[0];
    let ids: Vec<u32> = account.reasons.reasons.iter().map(|r| r.id).collect();
    assert_eq!(ids, [1, 2, 3]);
    assert!(account.requirements.criteria.iter().all(|c| c.id > 0));
    assert!(account.dialogue.plan.attendees.iter().all(|a| a.id > 0));
}

#[test]
#[ignore = "writes the fixture for the current schema; run once when the schema changes"]
fn write_current_schema_fixture() {
    let text = encode(&sample_doc(), 1).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let path = format!(
        "{}/tests/fixtures/schema-v{SCHEMA}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::write(path, serde_json::to_string_pretty(&value).unwrap() + "\n").unwrap();
}

#[cfg(not(target_arch = "wasm32"))]
mod form_limits {
    use super::*;
    use crate::model::field::{Field, Unit};
    use crate::model::parse::parse_limited;
    use proptest::prelude::*;

    type Setter = Box<dyn Fn(&mut Account, f64)>;
    type Plain = (Limit, bool, fn(&mut Account, f64));

    /// Every number a form edits: its limit, and how the form stores a value it accepted.
    fn form_fields() -> Vec<(Limit, bool, Setter)> {
        let plain: Vec<Plain> = vec![
            (limits::SCALE, false, |a, v| {
                a.reasons.reasons[0].weight = limits::scale_value(v)
            }),
            (limits::SCALE, false, |a, v| {
                a.dialogue.stakeholders[0].strength = limits::scale_value(v)
            }),
            (limits::CADENCE_DAYS, false, |a, v| {
                a.dialogue.plan.cadence_days = v as u32
            }),
            (limits::MEETINGS, false, |a, v| {
                a.dialogue.plan.meetings = v as u32
            }),
            (limits::MEETING_HOURS, false, |a, v| {
                a.dialogue.plan.hours_each = v
            }),
            (limits::MONEY, false, |a, v| {
                a.dialogue.plan.cost_per_meeting = v
            }),
            (limits::CRITERION_WEIGHT, false, |a, v| {
                a.requirements.criteria[0].weight = v
            }),
            (limits::SCORE, false, |a, v| {
                a.requirements.criteria[0].ours = v
            }),
            (limits::SCORE, false, |a, v| {
                a.requirements.criteria[0].incumbent = v
            }),
            (limits::SCORE, false, |a, v| {
                a.requirements.switching_cost = v
            }),
            (limits::SCORE, false, |a, v| {
                a.requirements.status_quo_margin = v
            }),
            (limits::SCORE, false, |a, v| {
                a.requirements.price_points_per_percent = v
            }),
            (limits::SCORE, false, |a, v| {
                a.requirements.price_score_cap = v
            }),
            (limits::MONEY, false, |a, v| {
                a.requirements.adaptations[0].cost = v
            }),
            (limits::SENSITIVITY_DELTA, false, |a, v| {
                a.cost_benefit.sensitivity_delta = v
            }),
        ];
        let mut fields: Vec<(Limit, bool, Setter)> = plain
            .into_iter()
            .map(|(limit, percent, set)| (limit, percent, Box::new(set) as Setter))
            .collect();
        for field in Field::ALL {
            let set: Setter = Box::new(move |a, v| a.cost_benefit.set(field, v));
            fields.push((field.limit(), field.unit() == Unit::Percent, set));
        }
        fields
    }

    /// Text a person might type: numbers of any size and form, with separators and signs.
    fn typed() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<f64>().prop_map(|v| v.to_string()),
            (-2e12..2e12f64).prop_map(|v| format!("{v}")),
            (0u64..2_000_000_000_000).prop_map(|v| v.to_string()),
            (0.0..500.0f64).prop_map(|v| format!("{v:.3}%")),
            "[-+]?[0-9]{1,4}(,[0-9]{3}){0,3}(\\.[0-9]{1,3})?",
            "[0-9٠-٩]{1,6}([.٫][0-9٠-٩]{1,3})?",
        ]
    }

    proptest! {
        #[test]
        fn every_value_a_form_accepts_passes_validation(text in typed(), which in any::<prop::sample::Index>()) {
            let fields = form_fields();
            let (limit, percent, set) = &fields[which.index(fields.len())];
            if let Ok(value) = parse_limited(&text, *limit, *percent) {
                let mut doc = sample_doc();
                set(&mut doc.accounts[0], value);
                prop_assert!(validate(&doc).is_ok(), "{text:?} → {value} accepted by the form, refused on load: {:?}", validate(&doc));
                prop_assert!(decode(&encode(&doc, 1).unwrap()).is_ok());
            }
        }
    }
}

#[test]
fn the_language_choice_is_kept_and_old_or_unknown_choices_read_as_none() {
    use crate::model::locale::Digits;
    let mut doc = sample_doc();
    assert_eq!(doc.settings.language(), None, "an old file has no choice");
    doc.settings.language = Some(Lang::Ar.code().to_owned());
    doc.settings.digits = Some(Digits::Latn.slug().to_owned());
    let text = encode(&doc, 1).unwrap();
    let back = decode(&text).unwrap().document;
    assert_eq!(back.settings.language(), Some(Lang::Ar));
    assert_eq!(back.settings.digits(), Some(Digits::Latn));
    // A language a later version added: the document still loads, the choice is "none".
    let later = text.replace("\"language\":\"ar\"", "\"language\":\"fr\"");
    assert!(later.contains("\"fr\""));
    let back = decode(&later).unwrap().document;
    assert_eq!(back.settings.language(), None);
    assert_eq!(back.accounts, doc.accounts);
    // Files without the new fields do not gain them when written again.
    let plain = encode(&sample_doc(), 1).unwrap();
    assert!(!plain.contains("language") && !plain.contains("digits"));
}

#[test]
fn keep_close_values_out_of_range_are_refused_on_load_with_their_name() {
    use crate::model::keep_close::StakeField;
    let mut doc = sample_doc();
    assert_eq!(validate(&doc), Ok(()));
    doc.accounts[0].keep_close.stake.new_success = 0.0;
    match validate(&doc) {
        Err(PersistError::Invalid {
            problem: Problem::OutOfLimit {
                quantity, value, ..
            },
            ..
        }) => assert_eq!(
            (quantity, value),
            (Quantity::Stake(StakeField::NewSuccess), 0.0)
        ),
        other => panic!("{other:?}"),
    }
    doc.accounts[0].keep_close.stake.new_success = 30.0;
    doc.accounts[0].keep_close.cadence.on_site_days = 0;
    assert!(validate(&doc).is_err());
}
