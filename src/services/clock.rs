//! The time, from the browser.

/// Now, as an RFC 3339 timestamp in UTC (`2026-11-25T14:07:23.123Z`).
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A timestamp as the person's browser writes dates, e.g. "25 Nov 2026, 14:07".
pub fn local_date_time(rfc3339: &str) -> String {
    format_with(true, rfc3339)
}

thread_local! {
    /// The browser's date formats, made once: making one costs far more than using it, and
    /// the first costs tens of milliseconds (the browser loads its locale data).
    static DATE: std::cell::OnceCell<js_sys::Function> = const { std::cell::OnceCell::new() };
    static DATE_TIME: std::cell::OnceCell<js_sys::Function> = const { std::cell::OnceCell::new() };
}

/// `Intl.DateTimeFormat("default", { dateStyle: "medium"[, timeStyle: "short"] }).format`.
fn formatter(with_time: bool) -> js_sys::Function {
    let which = if with_time { &DATE_TIME } else { &DATE };
    which.with(|cell| {
        cell.get_or_init(|| {
            let options = js_sys::Object::new();
            let set = |k: &str, v: &str| {
                let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
            };
            set("dateStyle", "medium");
            if with_time {
                set("timeStyle", "short");
            }
            let locales = js_sys::Array::of1(&"default".into());
            js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
        })
        .clone()
    })
}

fn format_with(with_time: bool, rfc3339: &str) -> String {
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    formatter(with_time)
        .call1(&wasm_bindgen::JsValue::NULL, &date)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| rfc3339.to_owned())
}

/// Makes the date formats now, while nothing waits on them (a screen about to show dates
/// calls it while the person is busy typing, so the first date costs nothing later).
pub fn warm_up() {
    leptos::prelude::set_timeout(
        || {
            formatter(false);
        },
        std::time::Duration::from_millis(50),
    );
}

/// Leaves a named mark on the browser's performance timeline (for the benchmark script;
/// nobody else reads it, and nothing leaves the page).
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Records how long something took on the performance timeline, from a mark made earlier.
pub fn measure_since(name: &str, start_mark: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.measure_with_start_mark(name, start_mark);
    }
}

/// A date as the person's browser writes it, e.g. "25 Nov 2026".
pub fn local_date(rfc3339: &str) -> String {
    format_with(false, rfc3339)
}

/// Today as `YYYY-MM-DD`, in the person's own time zone.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
