//! Undo and redo for the editor: snapshots of the whole value, with a burst of typing in one
//! field kept as a single step so that one Ctrl+Z takes back a word or sentence, not a letter.

/// A burst of edits to the same field closer together than this is one undo step.
const COALESCE_MS: f64 = 1_000.0;
/// Older steps are dropped beyond this many, to bound memory.
const MAX_STEPS: usize = 200;

#[derive(Clone, Debug)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    last_key: Option<String>,
    last_at: f64,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            last_key: None,
            last_at: f64::NEG_INFINITY,
        }
    }
}

impl<T: Clone> History<T> {
    /// Notes that the value is about to change from `before`, by an edit to `key` at `at_ms`.
    pub fn record(&mut self, before: T, key: &str, at_ms: f64) {
        let same_burst =
            self.last_key.as_deref() == Some(key) && at_ms - self.last_at < COALESCE_MS;
        if !same_burst || self.past.is_empty() {
            self.past.push(before);
            if self.past.len() > MAX_STEPS {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.last_key = Some(key.to_owned());
        self.last_at = at_ms;
    }

    /// The value before the last step, given the current one (which becomes redoable).
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.last_key = None;
        Some(previous)
    }

    /// The value after the last undone step, given the current one.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
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
}
