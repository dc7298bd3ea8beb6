use proptest::prelude::*;

use super::*;
use crate::model::account::Status;
use crate::model::field::Field;
use crate::model::locale::Lang;
use crate::model::persist::{decode, encode, Document};
use crate::model::sample::brex_rilf;

fn case() -> Account {
    handout(&brex_rilf(Lang::En), HandoutChoice::default())
}

/// A team's answer to the sample case with its own probability and price cut.
fn answer(team: &str, probability: f64, cut: f64) -> (String, String) {
    let mut account =
        read_handout(&handout_text(&case()).unwrap(), format!("copy-{team}")).unwrap();
    account.cost_benefit.set(Field::Probability, probability);
    account.cost_benefit.set(Field::Concession, cut);
    (format!("{team}.json"), answer_text(team, &account).unwrap())
}

#[test]
fn a_handout_keeps_the_facts_and_the_chosen_steps_only() {
    let source = brex_rilf(Lang::En);
    let case = case();
    assert_eq!(case.name, source.name);
    assert_eq!(case.lost_on, source.lost_on);
    assert_eq!(case.as_of, source.as_of);
    // The facts up to the day of re-contact; what happened after is the trainer's reveal,
    // and so is how it ended: the class starts from a lost customer.
    let facts: Vec<_> = source.reasons.events[..7].to_vec();
    assert_eq!(case.reasons.events, facts, "the facts");
    assert!(source.reasons.events[7..]
        .iter()
        .all(|e| Some(e.date) > source.as_of));
    assert_eq!(
        (source.status, case.status),
        (Status::WonBack, Status::Lost)
    );
    assert!(case.reasons.reasons.is_empty() && case.reasons.contributors.is_empty());
    assert_eq!(case.cost_benefit, source.cost_benefit);
    assert!(case.dialogue.stakeholders.is_empty() && !source.dialogue.stakeholders.is_empty());
    assert!(case.requirements.criteria.is_empty() && !source.requirements.criteria.is_empty());
    assert_eq!(case.scenario.as_deref(), Some(source.id.as_str()));
    // A hand-out made again from a student's copy stays the same scenario.
    let copy = read_handout(&handout_text(&case).unwrap(), "copy".into()).unwrap();
    assert_eq!(copy.id, "copy");
    assert_eq!(scenario_of(&copy), source.id);
    assert_eq!(
        handout(&copy, HandoutChoice::default()).scenario,
        case.scenario
    );
    // The trainer's own notes never travel with a hand-out.
    let mut noted = brex_rilf(Lang::En);
    noted.teaching.text = "Ask who owned the price rise.".into();
    noted.teaching.reveal_later = true;
    assert!(handout(&noted, HandoutChoice::default())
        .teaching
        .text
        .is_empty());
    assert!(!handout_text(&handout(&noted, HandoutChoice::default()))
        .unwrap()
        .contains("price rise."));
    let everything = HandoutChoice {
        reasons: true,
        cost_benefit: true,
        dialogue: true,
        requirements: true,
    };
    let whole = handout(&source, everything);
    assert_eq!(whole.reasons.reasons, source.reasons.reasons);
    assert_eq!(whole.reasons.contributors, source.reasons.contributors);
    assert_eq!(whole.reasons.events, facts);
    assert_eq!(whole.dialogue, source.dialogue);
    assert_eq!(whole.requirements, source.requirements);
}

#[test]
fn files_of_the_wrong_kind_damaged_or_newer_are_named() {
    let text = handout_text(&case()).unwrap();
    assert_eq!(
        read_packet(&text, PacketKind::Answer).unwrap_err(),
        ClassError::WrongKind {
            expected: PacketKind::Answer
        }
    );
    assert_eq!(
        read_handout("{not json", "x".into()).unwrap_err(),
        ClassError::Damaged
    );
    let newer = text.replace(&format!("\"schema\":{SCHEMA}"), "\"schema\":99");
    assert_eq!(
        read_handout(&newer, "x".into()).unwrap_err(),
        ClassError::Newer { found: 99 }
    );
    let mut bad = case();
    bad.cost_benefit.set(Field::Probability, 100.0);
    let text = handout_text(&bad)
        .unwrap()
        .replace("\"probability\":100.0", "\"probability\":900.0");
    assert!(matches!(
        read_handout(&text, "x".into()),
        Err(ClassError::Invalid(_))
    ));
    assert_eq!(answer_text("  ", &case()).unwrap_err(), ClassError::NoTeam);
    assert!(is_answer(&answer("Owls", 30.0, 12.0).1));
    assert!(!is_answer(&handout_text(&case()).unwrap()) && !is_answer("{"));
}

#[test]
fn the_class_takes_good_answers_and_refuses_the_rest_by_name() {
    let mut class = Class::new("class-1".into(), &brex_rilf(Lang::En));
    let first = class.collect(vec![answer("Falcons", 55.0, 8.0)]);
    assert!(first.is_empty());
    let mut other_case = Account::new("other", "Other", Status::Lost);
    other_case.scenario = Some("another-case".into());
    let refused = class.collect(vec![
        answer("Owls", 30.0, 12.0),
        ("broken.json".into(), "{\"kind\":\"winback-ans".into()),
        answer(" falcons ", 80.0, 2.0),
        answer("Herons", 70.0, 5.0),
        (
            "other.json".into(),
            answer_text("Storks", &other_case).unwrap(),
        ),
        ("handout.json".into(), handout_text(&case()).unwrap()),
    ]);
    let teams: Vec<&str> = class.answers.iter().map(|a| a.team.as_str()).collect();
    assert_eq!(teams, ["Falcons", "Owls", "Herons"]);
    let named: Vec<(&str, &ClassError)> = refused
        .iter()
        .map(|r| (r.file.as_str(), &r.error))
        .collect();
    assert_eq!(
        named,
        [
            ("broken.json", &ClassError::Damaged),
            (" falcons .json", &ClassError::SameTeam("falcons".into())),
            ("other.json", &ClassError::OtherScenario),
            (
                "handout.json",
                &ClassError::WrongKind {
                    expected: PacketKind::Answer
                }
            ),
        ]
    );
    // The rows are the engine's figures for each team's own plan.
    let rows = rows(&class, Date::FALLBACK);
    for (row, answer) in rows.iter().zip(&class.answers) {
        let a = analyse(&answer.account, Date::FALLBACK);
        assert_eq!(row.team, answer.team);
        assert_eq!(row.ev, a.evaluation.ev);
        assert_eq!(row.p_star, a.evaluation.p_star);
        assert_eq!(row.payback_year, a.evaluation.payback_year);
        assert_eq!(row.decision, a.verdict.decision);
        assert_eq!(row.gaps, a.coverage.gap_count());
    }
    assert_eq!(rows[1].price_cut, 12.0);
    assert_eq!(rows[2].probability, 70.0);
    assert!(
        rows[0].cause.is_none(),
        "the causes are the class's to name"
    );
    assert!(rows[0].ev != rows[1].ev);
    let glance = summary(&rows);
    let counted: usize = glance.verdicts.iter().map(|v| v.1).sum();
    assert_eq!(counted, 3);
    let (low, high) = glance.range.unwrap();
    assert!(low <= glance.median_ev.unwrap() && glance.median_ev.unwrap() <= high);
    assert_eq!(summary(&[]).range, None);
    class.anonymous = true;
    let letters: Vec<String> = super::rows(&class, Date::FALLBACK)
        .into_iter()
        .map(|r| r.team)
        .collect();
    assert_eq!(letters, ["A", "B", "C"]);
    class.remove(1);
    class.remove(9);
    assert_eq!(class.answers.len(), 2);
}

#[test]
fn a_later_answer_takes_the_earlier_ones_place_only_when_asked() {
    let mut class = Class::new("class-1".into(), &brex_rilf(Lang::En));
    let first = class.collect(vec![
        answer("Falcons", 55.0, 8.0),
        answer("Owls", 30.0, 12.0),
    ]);
    assert!(first.is_empty());
    let probabilities = |class: &Class| -> Vec<(String, f64)> {
        class
            .answers
            .iter()
            .map(|a| (a.team.clone(), a.account.cost_benefit.probability))
            .collect()
    };
    // Handed in again: refused, nothing changes, and the later text is kept to offer.
    let (file, later) = answer(" falcons ", 80.0, 2.0);
    let refused = class.collect(vec![(file.clone(), later.clone())]);
    assert_eq!(
        refused,
        [Refusal {
            file,
            error: ClassError::SameTeam("falcons".into()),
            later: Some(later.clone()),
        }]
    );
    let before = probabilities(&class);
    assert_eq!(before, [("Falcons".into(), 55.0), ("Owls".into(), 30.0)]);
    // Other refusals have nothing to offer.
    let other = class.collect(vec![("broken.json".into(), "{".into())]);
    assert_eq!(
        other,
        [Refusal::new("broken.json".into(), ClassError::Damaged)]
    );
    // Asked, the later answer takes the team's place (first, so letter A when anonymised).
    assert_eq!(class.replace(&later), Ok("falcons".into()));
    assert_eq!(
        probabilities(&class),
        [("falcons".into(), 80.0), ("Owls".into(), 30.0)]
    );
    // Only answers to this case, and only readable ones.
    let mut other_case = Account::new("other", "Other", Status::Lost);
    other_case.scenario = Some("another-case".into());
    let elsewhere = answer_text("Owls", &other_case).unwrap();
    assert_eq!(class.replace(&elsewhere), Err(ClassError::OtherScenario));
    assert_eq!(class.replace("{"), Err(ClassError::Damaged));
    assert_eq!(class.answers.len(), 2);
    // A team removed in the meantime is simply added back.
    class.remove(1);
    assert_eq!(
        class.replace(&answer("OWLS", 40.0, 6.0).1),
        Ok("OWLS".into())
    );
    assert_eq!(
        probabilities(&class),
        [("falcons".into(), 80.0), ("OWLS".into(), 40.0)]
    );
}

#[test]
fn the_class_csv_has_a_bom_a_header_and_a_row_per_team() {
    let mut class = Class::new("c".into(), &brex_rilf(Lang::En));
    class.collect(vec![
        answer("Falcons", 55.0, 8.0),
        answer("=Owls", 3.0, 40.0),
        answer("Herons, north", 70.0, 5.0),
    ]);
    let rows = rows(&class, Date::FALLBACK);
    let decision = |d: Decision| d.slug().to_owned();
    let cause = |k: ReasonKind| k.slug().to_owned();
    let words = ClassCsvWords {
        header: [
            "Team", "Verdict", "Currency", "EV", "p*", "Cut", "Payback", "Gaps", "Cause",
        ],
        decision: &decision,
        cause: &cause,
        letter: &|l: &str| format!("Team {l}"),
    };
    let text = csv(&rows, &words);
    assert!(text.starts_with("\u{FEFF}Team,Verdict,Currency,EV,p*,Cut,Payback,Gaps,Cause\r\n"));
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[1].starts_with("Falcons,"));
    assert!(lines[2].starts_with("'=Owls,"), "{}", lines[2]);
    assert!(lines[3].starts_with("\"Herons, north\","));
    let mut anonymous = class.clone();
    anonymous.anonymous = true;
    let letters = csv(&super::rows(&anonymous, Date::FALLBACK), &words);
    assert!(letters.contains("\r\nTeam A,") && letters.contains("\r\nTeam C,"));
    // A losing plan's negative expected value stays a number.
    assert!(rows[1].ev < 0.0);
    assert!(
        lines[2].contains(&format!(",{:.0},", rows[1].ev)),
        "{}",
        lines[2]
    );
}

#[test]
fn choices_by_step_and_file_names() {
    let mut choice = HandoutChoice::default();
    for step in HandoutChoice::STEPS {
        choice.set(step, true);
        assert!(choice.includes(step));
        choice.set(step, false);
        assert!(!choice.includes(step));
    }
    assert!(!choice.includes(Step::Summary));
    assert_eq!(
        file_name("answer", " The Falcons! "),
        "answer-the-falcons.json"
    );
    assert_eq!(file_name("answer", "فريق ٢"), "answer-فريق-٢.json");
    assert_eq!(file_name("answer", "?!"), "answer.json");
}

#[test]
fn letters_and_medians() {
    let l: Vec<String> = [0, 1, 25, 26, 27, 701, 702].map(letter).to_vec();
    assert_eq!(l, ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
    assert_eq!(median(&[4.0, 1.0, 2.0, f64::NAN, 3.0]), Some(2.5));
}

#[test]
fn classes_are_kept_in_the_document() {
    let mut class = Class::new("c".into(), &brex_rilf(Lang::En));
    class.collect(vec![answer("Falcons", 55.0, 8.0)]);
    let document = Document {
        accounts: vec![brex_rilf(Lang::En)],
        classes: vec![class],
        ..Document::default()
    };
    let text = encode(&document, 3).unwrap();
    assert_eq!(decode(&text).unwrap().document, document);
    // A document without classes is written as before: no new field.
    let plain = Document {
        accounts: vec![brex_rilf(Lang::En)],
        ..Document::default()
    };
    assert!(!encode(&plain, 1).unwrap().contains("classes"));
    // An answer out of range is refused on load like any account.
    let broken = text.replace("\"probability\":55.0", "\"probability\":555.0");
    assert!(decode(&broken).is_err());
}

#[test]
fn base64url_known_values() {
    let cases = [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("\u{fb}\u{ff}", "w7vDvw"),
    ];
    for (plain, coded) in cases {
        assert_eq!(base64url(plain.as_bytes()), coded);
        assert_eq!(from_base64url(coded).unwrap(), plain.as_bytes());
    }
    assert_eq!(from_base64url("Zm9vYg=="), Some(b"foob".to_vec()));
    assert_eq!(from_base64url("Zm9v!"), None);
    assert_eq!(from_base64url("Z"), None);
}

#[test]
fn a_qr_code_has_its_finder_patterns_and_a_quiet_zone() {
    let (side, path) = qr_path("https://example.org/#handout=abc").unwrap();
    // Version 2 or 3 for this length: 25 or 29 modules, plus 4 on each side.
    assert!(side == 33 || side == 37, "{side}");
    // The top-left finder pattern: a run of seven dark modules at the quiet zone's corner.
    assert!(path.starts_with("M4,4h7v1h-7z"), "{path}");
    assert!(
        path.contains(&format!("M{},4h7v1h-7z", side - 11)),
        "top-right finder"
    );
    assert_eq!(qr_path(&"x".repeat(4000)), None, "too long for any QR code");
}

proptest! {
    /// Hostile or damaged files never panic and never add anything that does not validate.
    #[test]
    fn damaged_packets_are_refused_not_panicked_on(
        cut in 0_usize..2000,
        flip in 0_usize..2000,
        byte in any::<u8>(),
    ) {
        let (_, good) = answer("Owls", 30.0, 12.0);
        let mut bytes = good.into_bytes();
        let at = flip % bytes.len();
        bytes[at] = byte;
        bytes.truncate(cut.max(1).min(bytes.len()));
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let _ = read_handout(&text, "x".into());
        let mut class = Class::new("c".into(), &brex_rilf(Lang::En));
        class.collect(vec![("f.json".into(), text)]);
        for a in &class.answers {
            prop_assert!(crate::model::persist::validate_account(&a.account).is_ok());
        }
    }

    #[test]
    fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let coded = base64url(&bytes);
        prop_assert!(coded.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        prop_assert_eq!(from_base64url(&coded), Some(bytes));
    }
}

#[test]
fn a_handout_travels_lean_and_reads_back_whole() {
    let everything = HandoutChoice {
        reasons: true,
        cost_benefit: true,
        dialogue: false,
        requirements: false,
    };
    let case = handout(&brex_rilf(Lang::En), everything);
    let text = handout_text(&case).unwrap();
    // No item ids, change time or scenario that is the case's own id: they cost link length.
    for left_out in ["changed-at", "scenario", "contributors\":[]"] {
        assert!(!text.contains(left_out), "{left_out} in {text}");
    }
    assert_eq!(
        text.matches("\"id\":").count(),
        1,
        "only the case's own id: {text}"
    );
    let back = read_handout(&text, "copy".into()).unwrap();
    assert_eq!(back.scenario.as_deref(), Some(case.id.as_str()));
    assert_eq!(back.reasons.events.len(), case.reasons.events.len());
    let mut ids: Vec<u32> = back.reasons.events.iter().map(|e| e.id).collect();
    ids.extend(back.reasons.reasons.iter().map(|r| r.id));
    assert!(ids.iter().all(|id| *id > 0), "ids put back: {ids:?}");
    let texts =
        |a: &Account| -> Vec<String> { a.reasons.events.iter().map(|e| e.text.clone()).collect() };
    assert_eq!(texts(&back), texts(&case));
    assert_eq!(back.cost_benefit, case.cost_benefit);
    // The lean form of every language's sample stays small enough for a 1,200-character
    // link once deflated (about half) and written base64url (4/3).
    for lang in [Lang::En, Lang::Ar, Lang::He] {
        let text = handout_text(&handout(&brex_rilf(lang), HandoutChoice::default())).unwrap();
        assert!(text.len() < 1_800, "{lang:?}: {} bytes", text.len());
    }
}

#[test]
fn return_links_are_found_in_pasted_text() {
    let pasted = "Falcons: https://planner.example/#answer=AbC-_9 \n\
                  <http://127.0.0.1:8080/#answer=xyz>, and \"https://x/#handout=nope\"\n\
                  see https://x/#answer=q1Q. thanks; https://x/#answer=";
    assert_eq!(answer_links(pasted), vec!["AbC-_9", "xyz", "q1Q"]);
    assert!(answer_links("no links here").is_empty());
    let kept = "https://x.org/#answer=a\nhttps://x.org/#answer=b\n  my note";
    assert_eq!(
        without_links(kept, &["https://x.org/#answer=a".to_owned()]),
        "https://x.org/#answer=b\n  my note"
    );
    assert_eq!(without_links(kept, &[]), kept);
    assert_eq!(
        PacketKind::of_fragment("#answer=x"),
        Some(PacketKind::Answer)
    );
    assert_eq!(
        PacketKind::of_fragment("handout=x"),
        Some(PacketKind::Handout)
    );
    assert_eq!(PacketKind::of_fragment("#/accounts"), None);
}

#[test]
fn an_answer_link_goes_to_its_case_class_only_where_the_case_is() {
    let mut trainer = Document {
        accounts: vec![brex_rilf(Lang::En)],
        ..Document::default()
    };
    let source = brex_rilf(Lang::En);
    // The trainer's device: a class is made for the case, then found again.
    assert_eq!(class_for(&mut trainer, &source.id, "c1".into()), Ok(0));
    assert_eq!(class_for(&mut trainer, &source.id, "c2".into()), Ok(0));
    assert_eq!(trainer.classes.len(), 1);
    assert_eq!(trainer.classes[0].id, "c1");
    // A student's device holds a copy made from the hand-out (and the built-in sample too):
    // no class is started there.
    let copy = read_handout(&handout_text(&case()).unwrap(), "copy".into()).unwrap();
    let mut student = Document {
        accounts: vec![copy, brex_rilf(Lang::En)],
        ..Document::default()
    };
    assert!(is_copy(&student.accounts[0]) && !is_copy(&student.accounts[1]));
    assert_eq!(
        class_for(&mut student, &source.id, "c3".into()),
        Err(NoClass::StudentCopy)
    );
    assert!(student.classes.is_empty());
    assert_eq!(
        class_for(&mut Document::default(), &source.id, "c4".into()),
        Err(NoClass::NoCase)
    );
    // An answer worked on the case itself (not a copy) belongs to its class.
    let own = answer_text("Trainer", &source).unwrap();
    let answer = read_answer(&own).unwrap();
    assert_eq!(answer.account.scenario.as_deref(), Some(source.id.as_str()));
    let mut class = Class::new("c".into(), &source);
    assert!(class.collect(vec![("own".into(), own)]).is_empty());
    assert_eq!(answer_text("  ", &source), Err(ClassError::NoTeam));
}

#[test]
fn the_handout_choice_is_kept_with_the_trainers_notes() {
    let mut case = brex_rilf(Lang::En);
    case.teaching.handout.set(Step::Dialogue, true);
    let document = Document {
        accounts: vec![case.clone()],
        ..Document::default()
    };
    let back = decode(&encode(&document, 1).unwrap()).unwrap().document;
    assert_eq!(back.accounts[0].teaching.handout, case.teaching.handout);
    assert!(back.accounts[0].teaching.handout.includes(Step::Dialogue));
    // Notes written before the choice was kept read as the default choice.
    let older = r#"{"text":"Ask who owned the price rise.","reveal-later":true}"#;
    let notes: crate::model::account::TeachingNotes = serde_json::from_str(older).unwrap();
    assert_eq!(notes.handout, HandoutChoice::default());
    // The choice never travels with a hand-out.
    let text = handout_text(&handout(&case, case.teaching.handout)).unwrap();
    assert!(!text.contains("teaching") && text.contains("stakeholders"));
}
