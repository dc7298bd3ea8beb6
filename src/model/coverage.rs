//! Dialogue coverage: for each level (operational, middle, top) on each side, who is in
//! touch and where the gaps are. Talks run on several levels at once; good ties at one level
//! can carry the process when another is stuck, so every gap is worth seeing.

use serde::Serialize;

use super::account::{Dialogue, Level, Party, Stakeholder, Stance};
use super::date::Date;

/// Something missing in one cell of the level × side grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gap {
    /// Nobody known at this level.
    NoContact,
    /// Everyone known at this level opposes the win-back.
    OnlyOpponents,
    /// Nobody at this level has a counterpart on the other side.
    NoCounterpart,
    /// The latest contact at this level is older than the meeting cadence (or unknown).
    StaleContact,
}

/// One cell of the grid.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cell {
    pub party: Party,
    pub level: Level,
    /// Ids of the stakeholders here.
    pub stakeholders: Vec<u32>,
    pub gaps: Vec<Gap>,
}

/// The whole grid: 2 sides × 3 levels, ours first, operational first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coverage {
    pub cells: Vec<Cell>,
}

impl Coverage {
    /// The cell for one side and level.
    pub fn cell(&self, party: Party, level: Level) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| c.party == party && c.level == level)
    }

    /// How many gaps there are in all.
    pub fn gap_count(&self) -> usize {
        self.cells.iter().map(|c| c.gaps.len()).sum()
    }

    /// Whether any cell has a gap.
    pub fn has_gaps(&self) -> bool {
        self.gap_count() > 0
    }
}

/// Something to watch about one person, shown on their card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    /// The last contact is older than the meeting cadence, or unknown.
    StaleContact,
    /// No tie to anyone on the other side, from either end.
    NoCounterpart,
    /// Opposes the win-back.
    Opponent,
    /// Took part in the break-up.
    InvolvedInBreakup,
}

/// What to watch about person `id` as of `today` (empty if there is no such person).
pub fn marks(dialogue: &Dialogue, id: u32, today: Date) -> Vec<Mark> {
    let Some(me) = dialogue.stakeholders.iter().find(|s| s.id == id) else {
        return Vec::new();
    };
    let cadence = i64::from(dialogue.plan.cadence_days.max(1));
    let mut marks = Vec::new();
    if me
        .last_contact
        .is_none_or(|d| today.days_since(d) > cadence)
    {
        marks.push(Mark::StaleContact);
    }
    let tied = dialogue.stakeholders.iter().any(|o| {
        o.party != me.party && (me.counterpart == Some(o.id) || o.counterpart == Some(me.id))
    });
    if !tied {
        marks.push(Mark::NoCounterpart);
    }
    if me.stance == Stance::Opponent {
        marks.push(Mark::Opponent);
    }
    if me.involved_in_breakup {
        marks.push(Mark::InvolvedInBreakup);
    }
    marks
}

/// Finds the gaps as of `today`.
pub fn assess(dialogue: &Dialogue, today: Date) -> Coverage {
    let cadence = i64::from(dialogue.plan.cadence_days.max(1));
    let mut cells = Vec::with_capacity(6);
    for party in Party::ALL {
        for level in Level::ALL {
            let here: Vec<&Stakeholder> = dialogue
                .stakeholders
                .iter()
                .filter(|s| s.party == party && s.level == level)
                .collect();
            let mut gaps = Vec::new();
            if here.is_empty() {
                gaps.push(Gap::NoContact);
            } else {
                if here.iter().all(|s| s.stance == Stance::Opponent) {
                    gaps.push(Gap::OnlyOpponents);
                }
                let linked = |s: &&Stakeholder| {
                    let on_other_side = |id: u32| {
                        dialogue
                            .stakeholders
                            .iter()
                            .any(|o| o.id == id && o.party == party.other())
                    };
                    // A tie counts from either end.
                    s.counterpart.is_some_and(on_other_side)
                        || dialogue
                            .stakeholders
                            .iter()
                            .any(|o| o.party == party.other() && o.counterpart == Some(s.id))
                };
                if !here.iter().any(linked) {
                    gaps.push(Gap::NoCounterpart);
                }
                let latest = here.iter().filter_map(|s| s.last_contact).max();
                if latest.is_none_or(|d| today.days_since(d) > cadence) {
                    gaps.push(Gap::StaleContact);
                }
            }
            cells.push(Cell {
                party,
                level,
                stakeholders: here.iter().map(|s| s.id).collect(),
                gaps,
            });
        }
    }
    Coverage { cells }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::MeetingPlan;

    #[test]
    fn person_marks_name_what_to_watch() {
        let mut dialogue = Dialogue {
            stakeholders: vec![
                person(
                    1,
                    Party::Ours,
                    Level::Top,
                    Stance::Supporter,
                    Some("2020-01-10"),
                    Some(2),
                ),
                person(
                    2,
                    Party::Theirs,
                    Level::Top,
                    Stance::Opponent,
                    Some("2019-01-01"),
                    None,
                ),
                person(3, Party::Theirs, Level::Middle, Stance::Neutral, None, None),
            ],
            plan: MeetingPlan {
                cadence_days: 14,
                ..MeetingPlan::default()
            },
        };
        dialogue.stakeholders[2].involved_in_breakup = true;
        let today: Date = "2020-01-20".parse().unwrap();
        assert_eq!(marks(&dialogue, 1, today), []);
        assert_eq!(
            marks(&dialogue, 2, today),
            [Mark::StaleContact, Mark::Opponent],
            "tied from the other end"
        );
        assert_eq!(
            marks(&dialogue, 3, today),
            [
                Mark::StaleContact,
                Mark::NoCounterpart,
                Mark::InvolvedInBreakup
            ]
        );
        assert_eq!(marks(&dialogue, 9, today), []);
    }

    fn person(
        id: u32,
        party: Party,
        level: Level,
        stance: Stance,
        last: Option<&str>,
        counterpart: Option<u32>,
    ) -> Stakeholder {
        Stakeholder {
            id,
            party,
            level,
            name: format!("p{id}"),
            role: String::new(),
            stance,
            strength: 3,
            last_contact: last.map(|d| d.parse().unwrap()),
            counterpart,
            involved_in_breakup: false,
        }
    }

    fn today() -> Date {
        "2012-06-15".parse().unwrap()
    }

    #[test]
    fn an_empty_dialogue_has_no_contact_anywhere() {
        let c = assess(&Dialogue::default(), today());
        assert_eq!(c.cells.len(), 6);
        assert!(c.cells.iter().all(|cell| cell.gaps == [Gap::NoContact]));
        assert_eq!(c.gap_count(), 6);
    }

    #[test]
    fn finds_each_kind_of_gap() {
        let dialogue = Dialogue {
            stakeholders: vec![
                person(
                    1,
                    Party::Ours,
                    Level::Operational,
                    Stance::Supporter,
                    Some("2012-06-10"),
                    Some(2),
                ),
                person(
                    2,
                    Party::Theirs,
                    Level::Operational,
                    Stance::Supporter,
                    Some("2012-06-10"),
                    None,
                ),
                person(
                    3,
                    Party::Theirs,
                    Level::Top,
                    Stance::Opponent,
                    Some("2012-01-10"),
                    None,
                ),
                person(4, Party::Ours, Level::Middle, Stance::Neutral, None, None),
            ],
            plan: MeetingPlan {
                cadence_days: 7,
                ..MeetingPlan::default()
            },
        };
        let c = assess(&dialogue, today());
        let gaps = |p, l| c.cell(p, l).unwrap().gaps.clone();
        assert_eq!(
            gaps(Party::Ours, Level::Operational),
            [],
            "5 days ago, counterpart 2"
        );
        assert_eq!(
            gaps(Party::Theirs, Level::Operational),
            [],
            "linked from our side"
        );
        assert_eq!(
            gaps(Party::Theirs, Level::Top),
            [Gap::OnlyOpponents, Gap::NoCounterpart, Gap::StaleContact]
        );
        assert_eq!(
            gaps(Party::Ours, Level::Middle),
            [Gap::NoCounterpart, Gap::StaleContact]
        );
        assert_eq!(gaps(Party::Ours, Level::Top), [Gap::NoContact]);
        assert_eq!(
            c.cell(Party::Ours, Level::Operational)
                .unwrap()
                .stakeholders,
            [1]
        );
    }

    #[test]
    fn a_counterpart_on_the_same_side_does_not_count() {
        let dialogue = Dialogue {
            stakeholders: vec![
                person(
                    1,
                    Party::Ours,
                    Level::Top,
                    Stance::Supporter,
                    Some("2012-06-14"),
                    Some(2),
                ),
                person(
                    2,
                    Party::Ours,
                    Level::Middle,
                    Stance::Supporter,
                    Some("2012-06-14"),
                    None,
                ),
            ],
            plan: MeetingPlan::default(),
        };
        let c = assess(&dialogue, today());
        assert_eq!(
            c.cell(Party::Ours, Level::Top).unwrap().gaps,
            [Gap::NoCounterpart]
        );
    }

    #[test]
    fn contact_exactly_one_cadence_ago_is_not_stale() {
        let dialogue = Dialogue {
            stakeholders: vec![
                person(
                    1,
                    Party::Ours,
                    Level::Top,
                    Stance::Supporter,
                    Some("2012-06-01"),
                    Some(2),
                ),
                person(
                    2,
                    Party::Theirs,
                    Level::Top,
                    Stance::Supporter,
                    Some("2012-05-31"),
                    None,
                ),
            ],
            plan: MeetingPlan {
                cadence_days: 14,
                ..MeetingPlan::default()
            },
        };
        let c = assess(&dialogue, today());
        assert_eq!(c.cell(Party::Ours, Level::Top).unwrap().gaps, []);
        assert_eq!(
            c.cell(Party::Theirs, Level::Top).unwrap().gaps,
            [Gap::StaleContact]
        );
    }
}
