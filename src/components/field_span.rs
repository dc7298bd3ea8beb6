/// How much of its row a field takes on a phone, where a list item's or a form's fields
/// stack (`style/forms.css`): short numbers, dates and short choices share a row, so a list
/// reads as rows rather than a wall of fields. Wider screens lay fields out by width alone.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum FieldSpan {
    /// The whole row (labels, text, choices with long names).
    #[default]
    Full,
    /// Half the row: a date, a short number with its unit, a choice of short words.
    Half,
    /// A third of the row: a score or weight of a few digits.
    Third,
}

impl FieldSpan {
    /// The field box's classes.
    pub fn class(self) -> &'static str {
        match self {
            FieldSpan::Full => "field",
            FieldSpan::Half => "field half",
            FieldSpan::Third => "field third",
        }
    }
}
