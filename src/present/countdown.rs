use std::time::Duration;

use leptos::prelude::*;

use super::present_page::use_presentation;
use crate::browser::now;
use crate::i18n::{use_i18n, Key};

/// The countdown for group work: start, pause, one more minute; both windows show it.
#[component]
pub fn Countdown() -> impl IntoView {
    let i18n = use_i18n();
    let show = use_presentation();
    let clock = RwSignal::new(now());
    // The display ticks while the countdown runs (a second window shows the same time: the
    // countdown is kept as a start time, not as ticks).
    if let Ok(handle) =
        set_interval_with_handle(move || clock.set(now()), Duration::from_millis(250))
    {
        on_cleanup(move || handle.clear());
    }
    let running = move || show.shared.with(|s| s.timer.running());
    let text = move || {
        let (m, s) = show.shared.with(|sh| sh.timer.clock(clock.get()));
        if m == 0 && s == 0 {
            i18n.t(Key::TimerUp).to_owned()
        } else {
            let n = i18n.numbers();
            format!(
                "{}:{}{}",
                n.whole(m as i64),
                n.whole((s / 10) as i64),
                n.whole((s % 10) as i64)
            )
        }
    };
    let toggle = move |_| {
        let t = now();
        show.update(|s| {
            if s.timer.running() {
                s.timer.pause(t);
            } else {
                s.timer.start(t);
            }
        });
    };
    view! {
        <div class="countdown" role="group" aria-label=i18n.s(Key::TimerLabel)>
            <span class="countdown-label">{i18n.s(Key::TimerLabel)}</span>
            <output data-testid="timer" class:running=running>{text}</output>
            <button type="button" data-testid="timer-toggle" on:click=toggle>
                {move || i18n.t(if running() { Key::TimerPause } else { Key::TimerStart })}
            </button>
            <button type="button" data-testid="timer-add" on:click=move |_| show.update(|s| s.timer.add_minute(now()))>
                {i18n.s(Key::TimerAddMinute)}
            </button>
        </div>
    }
}
