//! Presenting a case to a class: the slides, the countdown for group work, and the small
//! message two windows (projector and presenter) keep each other in step with. Pure.

use super::account::Account;
use super::locale::shortest;
use super::sample::SAMPLE_ID;
use super::step::Step;

/// Whether `account` is the built-in case (or a copy of it): only it has a recorded outcome
/// to reveal.
pub fn has_outcome(account: &Account) -> bool {
    account.id == SAMPLE_ID || account.scenario.as_deref() == Some(SAMPLE_ID)
}

/// How many discussion questions each step's slides ask.
pub const QUESTIONS: [(Step, u8); 4] = [
    (Step::Reasons, 3),
    (Step::CostBenefit, 2),
    (Step::Dialogue, 2),
    (Step::Requirements, 2),
];

/// One slide of a case presented to a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The case's name and what the session is about.
    Title,
    /// The hand-out's QR code and link, for the class to open the case on its devices.
    Handout,
    /// The dated chain of events.
    Facts,
    /// Question `n` (from 0) about `step`, with what the case shows as the presenter's note.
    Question { step: Step, n: u8 },
    /// The class's own answers, side by side.
    Class,
    /// What really happened at `step`: hidden until the trainer reveals it.
    Reveal { step: Step },
    /// The trainer's own notes (hidden until revealed if they say so).
    Notes,
}

impl Slide {
    /// Whether the slide holds something hidden until revealed.
    pub fn hides(self) -> bool {
        matches!(self, Slide::Reveal { .. } | Slide::Notes)
    }
}

/// The whole deck: title, the hand-out's code, facts, each step's questions, the class's
/// answers, then the reveals step by step.
pub fn deck() -> Vec<Slide> {
    let mut slides = vec![Slide::Title, Slide::Handout, Slide::Facts];
    for (step, count) in QUESTIONS {
        slides.extend((0..count).map(|n| Slide::Question { step, n }));
    }
    slides.push(Slide::Class);
    slides.extend(
        QUESTIONS
            .iter()
            .map(|(step, _)| Slide::Reveal { step: *step }),
    );
    slides.push(Slide::Notes);
    slides
}

/// A countdown for group work: start, pause, one more minute. Times in milliseconds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timer {
    /// Time left when last paused (or set).
    left: f64,
    /// When it was started, if running.
    since: Option<f64>,
}

impl Timer {
    /// A stopped countdown of `minutes`.
    pub fn new(minutes: u32) -> Timer {
        Timer {
            left: f64::from(minutes) * 60_000.0,
            since: None,
        }
    }

    /// Milliseconds left at `now` (never below zero).
    pub fn left(&self, now: f64) -> f64 {
        match self.since {
            Some(since) => (self.left - (now - since).max(0.0)).max(0.0),
            None => self.left,
        }
    }

    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    /// Runs from `now` (running already: no change).
    pub fn start(&mut self, now: f64) {
        if self.since.is_none() {
            self.since = Some(now);
        }
    }

    /// Stops at `now`, keeping what is left.
    pub fn pause(&mut self, now: f64) {
        self.left = self.left(now);
        self.since = None;
    }

    /// One more minute, running or not.
    pub fn add_minute(&mut self, now: f64) {
        let running = self.running();
        self.pause(now);
        self.left += 60_000.0;
        if running {
            self.start(now);
        }
    }

    /// "m:ss" of what is left at `now` (rounded up, so "0:00" means time is up).
    pub fn clock(&self, now: f64) -> (u64, u64) {
        let seconds = (self.left(now) / 1000.0).ceil() as u64;
        (seconds / 60, seconds % 60)
    }
}

/// What the two windows of a presentation share: the slide, what is revealed and the
/// countdown, as of `at` (ms since 1970, for the running timer).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shared {
    pub slide: usize,
    /// One bit per slide revealed.
    pub revealed: u64,
    pub timer: Timer,
}

impl Shared {
    pub fn new() -> Shared {
        Shared {
            slide: 0,
            revealed: 0,
            timer: Timer::new(10),
        }
    }

    pub fn is_revealed(&self, slide: usize) -> bool {
        slide < 64 && self.revealed & (1 << slide) != 0
    }

    pub fn reveal(&mut self, slide: usize) {
        if slide < 64 {
            self.revealed |= 1 << slide;
        }
    }

    /// Moves `by` slides within `count`.
    pub fn go(&mut self, by: isize, count: usize) {
        let last = count.saturating_sub(1) as isize;
        self.slide = (self.slide as isize + by).clamp(0, last) as usize;
    }

    /// The message for the other window: plain text, so no serialiser is needed.
    pub fn encode(&self) -> String {
        format!(
            "v1 {} {} {} {}",
            self.slide,
            self.revealed,
            shortest(self.timer.left),
            shortest(self.timer.since.map_or(-1.0, |s| s))
        )
    }

    /// A message from the other window; `None` for anything else.
    pub fn decode(text: &str) -> Option<Shared> {
        let mut parts = text.split(' ');
        if parts.next()? != "v1" {
            return None;
        }
        let slide = parts.next()?.parse().ok()?;
        let revealed = parts.next()?.parse().ok()?;
        // `decimal::parse` reads finite numbers only.
        let left = super::decimal::parse(parts.next()?)?;
        let since = super::decimal::parse(parts.next()?)?;
        if parts.next().is_some() || left < 0.0 {
            return None;
        }
        Some(Shared {
            slide,
            revealed,
            timer: Timer {
                left,
                since: (since >= 0.0).then_some(since),
            },
        })
    }
}

/// What a key does in a presentation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyMove {
    /// Move by this many slides.
    Slide(isize),
    /// Scroll the slide by a screen: down (1) or up (-1).
    Scroll(i8),
    Leave,
}

/// What `key` does on a slide that has `above` and `below` pixels hidden above and below the
/// screen. Forward keys scroll a slide longer than the screen before moving on, and Up or
/// Page Up scroll back before going back, so a clicker (which sends Page Down, Page Up or the
/// arrows) reaches the whole of every slide; Left always goes back.
pub fn key_move(key: &str, above: f64, below: f64) -> Option<KeyMove> {
    // A pixel's rounding is not a hidden part.
    let (above, below) = (above > 1.0, below > 1.0);
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" if below => KeyMove::Scroll(1),
        "ArrowRight" | "ArrowDown" | "PageDown" => KeyMove::Slide(1),
        "ArrowUp" | "PageUp" if above => KeyMove::Scroll(-1),
        "ArrowLeft" | "ArrowUp" | "PageUp" => KeyMove::Slide(-1),
        "Escape" => KeyMove::Leave,
        _ => return None,
    })
}

impl Default for Shared {
    fn default() -> Shared {
        Shared::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clicker_scrolls_a_long_slide_before_moving_on() {
        // A slide that fits: the keys move between slides.
        assert_eq!(key_move("PageDown", 0.0, 0.0), Some(KeyMove::Slide(1)));
        assert_eq!(key_move("ArrowRight", 0.0, 0.5), Some(KeyMove::Slide(1)));
        assert_eq!(key_move("PageUp", 0.0, 0.0), Some(KeyMove::Slide(-1)));
        assert_eq!(key_move("ArrowUp", 0.0, 0.0), Some(KeyMove::Slide(-1)));
        // Part of it below the screen: every forward key scrolls first.
        for key in ["PageDown", "ArrowDown", "ArrowRight"] {
            assert_eq!(key_move(key, 0.0, 300.0), Some(KeyMove::Scroll(1)), "{key}");
        }
        // Scrolled down: Up and Page Up scroll back; Left goes back at once.
        assert_eq!(key_move("PageUp", 300.0, 0.0), Some(KeyMove::Scroll(-1)));
        assert_eq!(key_move("ArrowUp", 300.0, 0.0), Some(KeyMove::Scroll(-1)));
        assert_eq!(key_move("ArrowLeft", 300.0, 0.0), Some(KeyMove::Slide(-1)));
        assert_eq!(key_move("PageDown", 300.0, 0.0), Some(KeyMove::Slide(1)));
        assert_eq!(key_move("Escape", 300.0, 300.0), Some(KeyMove::Leave));
        assert_eq!(key_move("a", 0.0, 0.0), None);
    }

    #[test]
    fn the_deck_asks_then_shows_the_class_then_reveals() {
        let deck = deck();
        assert_eq!(deck.len(), 3 + 9 + 1 + 4 + 1);
        assert_eq!(deck[..3], [Slide::Title, Slide::Handout, Slide::Facts]);
        assert_eq!(
            deck[3],
            Slide::Question {
                step: Step::Reasons,
                n: 0
            }
        );
        let class = deck.iter().position(|s| *s == Slide::Class).unwrap();
        assert!(deck[..class].iter().all(|s| !s.hides()));
        assert!(deck[class + 1..].iter().all(|s| s.hides()));
    }

    #[test]
    fn the_countdown_starts_pauses_and_gains_a_minute() {
        let mut t = Timer::new(10);
        assert_eq!(t.clock(0.0), (10, 0));
        t.start(1_000.0);
        t.start(5_000.0);
        assert_eq!(t.clock(61_000.0), (9, 0));
        t.pause(61_000.0);
        assert_eq!(t.clock(999_999.0), (9, 0), "paused, it waits");
        t.add_minute(70_000.0);
        assert_eq!(t.clock(70_000.0), (10, 0));
        t.start(100_000.0);
        t.add_minute(130_000.0);
        assert!(t.running());
        assert_eq!(t.clock(130_000.0), (10, 30));
        assert_eq!(t.clock(1e12), (0, 0), "never below zero");
    }

    #[test]
    fn the_windows_message_round_trips_and_refuses_anything_else() {
        let mut s = Shared::new();
        s.go(5, 16);
        s.reveal(13);
        s.timer.start(1_700_000_000_000.0);
        assert_eq!(Shared::decode(&s.encode()), Some(s));
        assert!(s.is_revealed(13) && !s.is_revealed(12) && !s.is_revealed(99));
        s.go(-10, 16);
        assert_eq!(s.slide, 0);
        s.go(100, 16);
        assert_eq!(s.slide, 15);
        for bad in [
            "",
            "v2 1 0 1 -1",
            "v1 1 0 x -1",
            "v1 1 0 NaN -1",
            "v1 1 0 5 -1 9",
            "v1 -1 0 5 -1",
        ] {
            assert_eq!(Shared::decode(bad), None, "{bad}");
        }
    }
}
