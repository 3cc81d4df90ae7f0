//! Undo and redo for the editor: snapshots of the whole value, with a burst of typing in one
//! field kept as a single step so that one Ctrl+Z takes back a word or sentence, not a letter.

/// A burst of edits to the same field closer together than this is one undo step.
const COALESCE_MS: f64 = 1_000.0;
/// Older steps are dropped beyond this many, to bound memory.
const MAX_STEPS: usize = 200;
/// …and beyond this many bytes of kept values, as `weigh` counts them (a big deck's steps are
/// big: 200 copies of a 400-item deck would hold tens of megabytes).
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

#[derive(Clone, Debug)]
pub struct History<T> {
    /// Each kept value with its weight.
    past: Vec<(T, usize)>,
    future: Vec<(T, usize)>,
    last_key: Option<String>,
    last_at: f64,
    /// How many bytes a value holds (only called when a step is kept, not per keystroke).
    weigh: fn(&T) -> usize,
    max_bytes: usize,
}

impl<T> Default for History<T> {
    /// Bounded by steps only.
    fn default() -> Self {
        History::weighed(|_| 0, usize::MAX)
    }
}

impl<T> History<T> {
    /// A history also bounded by the bytes it keeps: the oldest steps go first once the kept
    /// values weigh more than `max_bytes` (the newest step always stays).
    pub fn weighed(weigh: fn(&T) -> usize, max_bytes: usize) -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            last_key: None,
            last_at: f64::NEG_INFINITY,
            weigh,
            max_bytes,
        }
    }

    /// The bytes the kept values weigh.
    pub fn bytes(&self) -> usize {
        self.past.iter().chain(&self.future).map(|(_, w)| w).sum()
    }

    fn trim(&mut self) {
        if self.past.len() > MAX_STEPS {
            self.past.remove(0);
        }
        let mut total = self.bytes();
        while total > self.max_bytes && self.past.len() > 1 {
            total -= self.past.remove(0).1;
        }
    }
}

impl<T: Clone> History<T> {
    /// Notes that the value is about to change from `before`, by an edit to `key` at `at_ms`.
    pub fn record(&mut self, before: T, key: &str, at_ms: f64) {
        let same_burst =
            self.last_key.as_deref() == Some(key) && at_ms - self.last_at < COALESCE_MS;
        self.future.clear();
        if !same_burst || self.past.is_empty() {
            let weight = (self.weigh)(&before);
            self.past.push((before, weight));
            self.trim();
        }
        self.last_key = Some(key.to_owned());
        self.last_at = at_ms;
    }

    /// The value before the last step, given the current one (which becomes redoable).
    pub fn undo(&mut self, current: T) -> Option<T> {
        let (previous, _) = self.past.pop()?;
        let weight = (self.weigh)(&current);
        self.future.push((current, weight));
        self.last_key = None;
        Some(previous)
    }

    /// The value after the last undone step, given the current one.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let (next, _) = self.future.pop()?;
        let weight = (self.weigh)(&current);
        self.past.push((current, weight));
        self.trim();
        self.last_key = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Ends the current burst, so that the next edit is its own step (on blur, say).
    pub fn seal(&mut self) {
        self.last_key = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut h = History::default();
        let mut value = String::new();
        for (i, c) in "hello".chars().enumerate() {
            h.record(value.clone(), "title", i as f64 * 100.0);
            value.push(c);
        }
        assert_eq!(h.undo(value.clone()), Some(String::new()));
        assert_eq!(h.redo(String::new()), Some("hello".to_string()));
    }

    #[test]
    fn pauses_and_other_fields_make_new_steps() {
        let mut h = History::default();
        h.record("a".to_string(), "title", 0.0);
        h.record("ab".to_string(), "title", 5_000.0);
        h.record("abc".to_string(), "owner", 5_100.0);
        assert_eq!(h.undo("abcd".into()), Some("abc".to_string()));
        assert_eq!(h.undo("abc".into()), Some("ab".to_string()));
        assert_eq!(h.undo("ab".into()), Some("a".to_string()));
        assert_eq!(h.undo("a".into()), None);
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut h = History::default();
        h.record(1, "x", 0.0);
        assert_eq!(h.undo(2), Some(1));
        assert!(h.can_redo());
        h.record(1, "y", 10.0);
        assert!(!h.can_redo());
    }

    #[test]
    fn history_is_bounded() {
        let mut h = History::default();
        for i in 0..(MAX_STEPS + 50) {
            h.record(i, "k", i as f64 * 10_000.0);
        }
        let mut n = 0;
        let mut cur = 0;
        while let Some(prev) = h.undo(cur) {
            cur = prev;
            n += 1;
        }
        assert_eq!(n, MAX_STEPS);
    }

    #[test]
    fn history_is_bounded_by_bytes_too() {
        let mut h: History<String> = History::weighed(String::len, 1_000);
        for i in 0..50 {
            h.record("x".repeat(100), &format!("k{i}"), i as f64);
        }
        assert!(h.bytes() <= 1_000, "{} bytes kept", h.bytes());
        let mut n = 0;
        let mut cur = String::new();
        while let Some(prev) = h.undo(cur) {
            cur = prev;
            n += 1;
        }
        assert_eq!(n, 10, "the newest ten steps fit in 1,000 bytes");
        // One value heavier than the whole budget is still undoable.
        let mut h: History<String> = History::weighed(String::len, 10);
        h.record("y".repeat(100), "k", 0.0);
        assert_eq!(h.undo(String::new()), Some("y".repeat(100)));
    }
}
