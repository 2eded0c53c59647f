//! Strings as small integer ids, so the diff compares numbers: a small
//! open-addressing table keyed by an FNV-1a hash of the bytes (no
//! `HashMap`, whose tables and hasher would cost more in the wasm than
//! this whole module).

/// Gives each distinct string an id, `0, 1, 2, …` in order of first sight.
#[derive(Debug, Default)]
pub struct Interner<'a> {
    /// The strings, by id.
    strings: Vec<&'a str>,
    /// The table: for each slot, the hash of the string there and 1 + its
    /// id, or 0 for a free slot. Its length is 0 or a power of two, at least
    /// twice the number of strings, so a probe always ends at a free slot.
    slots: Vec<(u32, u32)>,
}

impl<'a> Interner<'a> {
    /// An empty interner.
    pub fn new() -> Self {
        Interner::default()
    }

    /// The id of `s`: the one it already has, or the next one.
    pub fn intern(&mut self, s: &'a str) -> u32 {
        if 2 * (self.strings.len() + 1) > self.slots.len() {
            self.grow();
        }
        let hash = fnv1a(s);
        let at = self.slot(hash, s);
        match self.slots.get_mut(at) {
            Some(&mut (_, id)) if id != 0 => id - 1,
            Some(slot) => {
                self.strings.push(s);
                *slot = (hash, self.strings.len() as u32);
                slot.1 - 1
            }
            None => 0,
        }
    }

    /// How many distinct strings have an id.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether no string has an id yet.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    /// The string with id `id`.
    pub fn get(&self, id: u32) -> Option<&'a str> {
        self.strings.get(id as usize).copied()
    }

    /// The slot that holds `s` (whose hash is `hash`), or the free slot
    /// where it belongs.
    fn slot(&self, hash: u32, s: &str) -> usize {
        let mut at = self.home(hash);
        loop {
            match self.slots.get(at) {
                Some(&(h, id)) if id != 0 && (h != hash || self.get(id - 1) != Some(s)) => at = self.next(at),
                _ => return at,
            }
        }
    }

    /// The slot where the search for a string of hash `hash` starts. (Its
    /// high bits are folded in: the low bits of FNV-1a mix poorly.)
    fn home(&self, hash: u32) -> usize {
        (hash ^ (hash >> 16)) as usize & self.slots.len().wrapping_sub(1)
    }

    /// The slot after `at`, the first after the last.
    fn next(&self, at: usize) -> usize {
        (at + 1) & self.slots.len().wrapping_sub(1)
    }

    /// Doubles the table (16 slots at first) and puts every string back.
    fn grow(&mut self) {
        let len = (2 * self.slots.len()).max(16);
        let old = core::mem::replace(&mut self.slots, vec![(0, 0); len]);
        for entry in old.into_iter().filter(|&(_, id)| id != 0) {
            let mut at = self.home(entry.0);
            while self.slots.get(at).is_some_and(|&(_, id)| id != 0) {
                at = self.next(at);
            }
            if let Some(slot) = self.slots.get_mut(at) {
                *slot = entry;
            }
        }
    }
}

/// The 32-bit FNV-1a hash of the bytes of `s`.
fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}
