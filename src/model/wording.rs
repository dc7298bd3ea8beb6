//! A gentle check for step 1: the break-up analysis should describe what happened, not what
//! should have happened.

/// Words and phrases that usually signal a prescription rather than a description.
const PRESCRIPTIVE: [&str; 12] = [
    "should",
    "shouldn't",
    "must",
    "mustn't",
    "ought to",
    "need to",
    "needs to",
    "have to",
    "has to",
    "had better",
    "would have been better",
    "supposed to",
];

/// The prescriptive phrases found in `text` (lower case, each once, in list order).
pub fn prescriptive_phrases(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let joined = format!(" {} ", words.join(" "));
    PRESCRIPTIVE
        .into_iter()
        .filter(|phrase| joined.contains(&format!(" {phrase} ")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_prescriptions_not_descriptions() {
        assert_eq!(
            prescriptive_phrases("We should have kept prices down."),
            ["should"]
        );
        assert_eq!(
            prescriptive_phrases("Sales MUST call; they ought to listen."),
            ["must", "ought to"]
        );
        assert_eq!(
            prescriptive_phrases("They shouldn’t have left"),
            ["shouldn't"]
        );
        assert!(prescriptive_phrases("Prices rose 30% in March 2009; RILF complained.").is_empty());
        assert!(prescriptive_phrases("mustard shipments and shoulder season").is_empty());
        assert!(prescriptive_phrases("").is_empty());
    }
}
