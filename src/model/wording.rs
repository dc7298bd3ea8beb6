//! A gentle check for step 1: the break-up analysis should describe what happened, not what
//! should have happened.

/// Words and phrases that usually signal a prescription rather than a description, in each
/// of the interface languages. A note may be written in any of them whatever the interface
/// language, so every list is checked.
const PRESCRIPTIVE: [&str; 41] = [
    // English.
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
    // Arabic (with the common "and"/"so" prefixes written out: words are matched whole).
    "يجب",
    "ويجب",
    "فيجب",
    "ينبغي",
    "وينبغي",
    "فينبغي",
    "لا بد",
    "لابد",
    "من الضروري",
    "يتعين",
    "يتوجب",
    "كان علينا",
    "كان عليهم",
    "الأفضل",
    // Hebrew.
    "צריך",
    "צריכה",
    "צריכים",
    "שצריך",
    "וצריך",
    "חייב",
    "חייבת",
    "חייבים",
    "שחייבים",
    "מוטב",
    "עדיף",
    "רצוי",
    "כדאי",
    "היה עלינו",
    "היה עליהם",
];

/// Arabic short vowels and other marks, and the tatweel, which do not change the word.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// The prescriptive phrases found in `text` (lower case, each once, in list order).
pub fn prescriptive_phrases(text: &str) -> Vec<&'static str> {
    let lower: String = super::fold::lower(text)
        .replace('’', "'")
        .chars()
        .filter(|c| !is_arabic_mark(*c))
        .collect();
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

    #[test]
    fn flags_arabic_and_hebrew_prescriptions_too() {
        assert_eq!(prescriptive_phrases("كان ينبغي أن نخفض الأسعار."), ["ينبغي"]);
        assert_eq!(
            prescriptive_phrases("يَجِبُ أن نتصل بهم؛ لا بد من ذلك"),
            ["يجب", "لا بد"]
        );
        assert_eq!(
            prescriptive_phrases("היינו צריכים להוריד מחירים"),
            ["צריכים"]
        );
        assert_eq!(
            prescriptive_phrases("המנהלים היו חייבים להקשיב, ועדיף מוקדם"),
            ["חייבים"]
        );
        assert!(prescriptive_phrases("رفعت الشركة أسعارها بنسبة ٣٠٪ في ٢٠٠٩.").is_empty());
        assert!(prescriptive_phrases("המחירים עלו ב-30% במרץ 2009.").is_empty());
    }
}
