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
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    };
    set("dateStyle", "medium");
    set("timeStyle", "short");
    String::from(date.to_locale_string("default", &options))
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
    let date = js_sys::Date::new(&rfc3339.into());
    if date.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    String::from(date.to_locale_date_string("default", &options))
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
