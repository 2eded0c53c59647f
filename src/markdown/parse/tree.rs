//! The block tree the block phase builds: nodes in one vector linked by
//! index, and its walk into the flat event list (with the top-level block
//! ends), which follows parent and sibling links instead of recursing.

use super::{Align, Event, Span, Tag, Top};

/// No node.
pub(super) const NONE: usize = usize::MAX;

/// What a block is, with what only that kind needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// The root.
    Document,
    /// `>`
    Quote,
    /// A list: ordered or not, its bullet or delimiter character, its
    /// start number, and whether it is tight (known once closed).
    List { ordered: bool, mark: u8, start: u64, tight: bool },
    /// A list item: the columns its content is indented by, and its task
    /// marker if it has one but no paragraph to hold it.
    Item { indent: usize, task: Option<bool> },
    /// A paragraph, with the task marker of its item's first line.
    Paragraph { task: Option<bool> },
    /// An ATX or setext heading.
    Heading { level: u8, setext: bool },
    /// `***`
    Rule,
    /// A code block: fence character (0 when indented), fence length, the
    /// fence's indentation, and the info string.
    Code { fence: u8, len: usize, indent: usize, info: Span },
    /// An HTML block of start condition 1 to 7.
    Html { kind: u8 },
    /// A table of so many columns.
    Table { columns: usize },
    /// A table's header row.
    Head,
    /// A table's body row.
    Row,
    /// A cell.
    Cell(Align),
}

/// One block.
#[derive(Debug)]
pub(super) struct Node {
    pub kind: Kind,
    pub parent: usize,
    pub first: usize,
    pub last: usize,
    pub prev: usize,
    pub next: usize,
    /// Still open: lines may go on adding to it.
    pub open: bool,
    /// Its last line was blank (for tight and loose lists).
    pub blank: bool,
    /// A list: the previous line was blank (see the block phase).
    pub list_blank: bool,
    /// Whether it ends with a blank line, once worked out (see the block
    /// phase's tight lists).
    pub ends_blank: Option<bool>,
    /// The line it started on.
    pub line: usize,
    /// Its content in the text buffer (leaf blocks).
    pub content: Span,
    /// The byte in the source after its last line.
    pub end: usize,
}

/// The block tree.
#[derive(Debug)]
pub(super) struct Tree {
    pub nodes: Vec<Node>,
}

impl Tree {
    /// A tree of one open document node.
    pub fn new() -> Self {
        let mut tree = Tree { nodes: Vec::new() };
        tree.push(Kind::Document, NONE, 0, 0);
        tree
    }

    /// Adds an open node of `kind` as the last child of `parent` (none
    /// for the root) starting on `line`, its content starting at `at`.
    pub fn push(&mut self, kind: Kind, parent: usize, line: usize, at: usize) -> usize {
        let id = self.nodes.len();
        let prev = if parent == NONE { NONE } else { self.nodes[parent].last };
        self.nodes.push(Node {
            kind,
            parent,
            first: NONE,
            last: NONE,
            prev,
            next: NONE,
            open: true,
            blank: false,
            list_blank: false,
            ends_blank: None,
            line,
            content: Span::new(at, at),
            end: 0,
        });
        if parent != NONE {
            match prev {
                NONE => self.nodes[parent].first = id,
                prev => self.nodes[prev].next = id,
            }
            self.nodes[parent].last = id;
        }
        id
    }

    /// Takes `id`, the last child of its parent, out of the tree.
    pub fn unlink_last(&mut self, id: usize) {
        let (parent, prev) = (self.nodes[id].parent, self.nodes[id].prev);
        if parent == NONE || self.nodes[parent].last != id {
            return;
        }
        self.nodes[parent].last = prev;
        match prev {
            NONE => self.nodes[parent].first = NONE,
            prev => self.nodes[prev].next = NONE,
        }
    }

    /// Whether the paragraph `id` is in an item of a tight list.
    fn tight(&self, id: usize) -> bool {
        let item = self.nodes[id].parent;
        let Some(list) = self.nodes.get(item).filter(|n| matches!(n.kind, Kind::Item { .. })).map(|n| n.parent) else {
            return false;
        };
        matches!(self.nodes.get(list).map(|n| &n.kind), Some(Kind::List { tight: true, .. }))
    }

    /// The events of the document, and where each top-level block ends.
    pub fn events(&self) -> (Vec<Event>, Vec<Top>) {
        let mut events = Vec::with_capacity(self.nodes.len() * 3);
        let mut tops = Vec::new();
        let mut id = self.nodes.first().map_or(NONE, |root| root.first);
        while id != NONE {
            self.enter(id, &mut events);
            if self.nodes[id].first != NONE {
                id = self.nodes[id].first;
                continue;
            }
            // Leave this node and every parent whose last child it is.
            loop {
                self.leave(id, &mut events);
                let node = &self.nodes[id];
                if node.parent == 0 {
                    tops.push(Top { events: events.len(), end: node.end });
                }
                if node.next != NONE {
                    id = node.next;
                    break;
                }
                id = node.parent;
                if id == 0 || id == NONE {
                    id = NONE;
                    break;
                }
            }
        }
        (events, tops)
    }

    /// The events that open `id` (all of them for a leaf).
    fn enter(&self, id: usize, events: &mut Vec<Event>) {
        let node = &self.nodes[id];
        match node.kind {
            Kind::Document => {}
            Kind::Rule => events.push(Event::Rule),
            Kind::Quote => events.push(Event::Start(Tag::Quote)),
            Kind::List { .. } => events.push(Event::Start(self.list_tag(id))),
            Kind::Item { task, .. } => {
                events.push(Event::Start(Tag::Item));
                if let Some(checked) = task {
                    events.push(Event::Task(checked));
                }
            }
            Kind::Paragraph { task } => {
                let tight = self.tight(id);
                if !tight {
                    events.push(Event::Start(Tag::Paragraph));
                }
                if let Some(checked) = task {
                    events.push(Event::Task(checked));
                }
                if !node.content.is_empty() {
                    events.push(Event::Inline(node.content));
                }
                if !tight {
                    events.push(Event::End(Tag::Paragraph));
                }
            }
            Kind::Heading { level, .. } => {
                events.push(Event::Start(Tag::Heading(level)));
                if !node.content.is_empty() {
                    events.push(Event::Inline(node.content));
                }
                events.push(Event::End(Tag::Heading(level)));
            }
            Kind::Code { info, .. } => events.push(Event::CodeBlock(info, node.content)),
            Kind::Html { .. } => events.push(Event::HtmlBlock(node.content)),
            Kind::Table { .. } => events.push(Event::Start(Tag::Table)),
            Kind::Head => events.push(Event::Start(Tag::TableHead)),
            Kind::Row => events.push(Event::Start(Tag::TableRow)),
            Kind::Cell(align) => {
                events.push(Event::Start(Tag::TableCell(align)));
                if !node.content.is_empty() {
                    events.push(Event::Inline(node.content));
                }
                events.push(Event::End(Tag::TableCell(align)));
            }
        }
    }

    /// The event that closes `id`, if a container.
    fn leave(&self, id: usize, events: &mut Vec<Event>) {
        let tag = match self.nodes[id].kind {
            Kind::Quote => Tag::Quote,
            Kind::List { .. } => self.list_tag(id),
            Kind::Item { .. } => Tag::Item,
            Kind::Table { .. } => Tag::Table,
            Kind::Head => Tag::TableHead,
            Kind::Row => Tag::TableRow,
            _ => return,
        };
        events.push(Event::End(tag));
    }

    /// The tag of list `id`.
    fn list_tag(&self, id: usize) -> Tag {
        match self.nodes[id].kind {
            Kind::List { ordered: true, start, .. } => Tag::List(Some(start)),
            _ => Tag::List(None),
        }
    }
}
