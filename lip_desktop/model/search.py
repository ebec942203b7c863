"""Full-text search over a whole catalogue, fast enough to run on every keystroke.

Facilitators look for what someone said ("Lotsinnen", "Öffnung", a name) without knowing
where it stands: in a measure's description, a position, a dissent, a review comment or
a session's notes. ``SearchIndex.build(doc)`` turns the interchange document
(``snapshot.load_document``) into one searchable text per record; ``search`` finds the
records containing every word of the query.

Matching is deliberately forgiving, because German is typed on every kind of keyboard:
both sides are normalised (``normalise``) so that case, ``ß``/``ss``, ``ä``/``ae``/``a``,
``ö``/``oe``/``o``, ``ü``/``ue``/``u`` and accents do not matter, and words match anywhere inside a
text ("lots" finds "Kita-Lotsinnen"). FTS5 was considered and rejected: its
``unicode61`` tokenizer does not fold "ß" to "ss" and matches only word prefixes, and its
``trigram`` tokenizer cannot fold umlauts to "ae" (see PITFALLS.md).

Speed without a token index: all texts are normalised once and joined into one large
string per phase, so a query is a handful of ``str.find`` calls running in C; Python
code runs once per *matching* record, not once per record, and stops after ``limit``
hits. On 21,000 measures (65,000 records) a query takes at most ~15 ms; reading the
texts (``read_texts``) and building take about half a second each
(``bench/bench_workspace_lists.py``).

Hits point to the record a facilitator can open: a hit in an indicator, a position, a
compromise, a dissent or a review comment points to the measure (goal, strategy section)
it is about, a hit in an agenda item or a vote to its session. The record that holds the
text is kept in ``source_type``/``source_id``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.engine import Connection

from lip_desktop.model import collector, enums, orm
from lip_desktop.model.collector import release
from lip_desktop.model.records import SPECS

#: Separators inside the joined texts; no query word can contain them (``query_words``), so
#: no match spans two records or two fields.
_RECORD_SEP: Final = "\x1e"
_FIELD_SEP: Final = "\x1f"
_SEPARATORS: Final = re.compile("[\x1e\x1f]")
_UMLAUTS: Final = (("ä", "a"), ("ö", "o"), ("ü", "u"))
_COMBINING: Final = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
                               "\ufe20-\ufe2f]")
#: A record's texts as (German field label, text).
Fields = tuple[tuple[str, str], ...]
#: Characters of context shown on each side of a hit in a snippet.
SNIPPET_CONTEXT: Final = 40


def normalise(text: str) -> str:
    """Case-, umlaut- and accent-insensitive form of a text for matching.

    People type "Ubergang", "Uebergang" or "Übergang", "Strasse" or "Straße": all must
    meet. ``casefold`` (which also turns "ß" into "ss"), then "ä/ö/ü" to "a/o/u" (on the
    composed form, so decomposed umlauts from Word fold the same way), other accents
    dropped ("é" to "e"), and last the spelled-out umlauts "ae/oe/ue" to "a/o/u". Both
    the texts and the query go through here, so "Mauer" still finds "Mauer" (both
    "maur"); the one thing lost is a word fragment starting with "e" right after
    "a/o/u" inside a word ("erhof" does not find "Bauerhof").

    Each step maps characters or digraphs to something no longer, so the normalised
    length of a prefix never shrinks as the prefix grows (``_original_offset`` relies on
    it to map positions back).
    """
    s = text.casefold()
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
        for umlaut, folded in _UMLAUTS:
            s = s.replace(umlaut, folded)
        if not (s.isascii() or unicodedata.is_normalized("NFKD", s)):  # quick check 5× cheaper
            s = _COMBINING.sub("", unicodedata.normalize("NFKD", s))
    if "e" not in s:
        return s
    return s.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def normalise_many(texts: Sequence[str]) -> list[str]:
    """``normalise`` of each text, computed in one pass (for lists filtering many rows)."""
    return [text for _joined, piece in _normalised_pieces(texts) for text in piece]


def query_words(query: str) -> list[str]:
    """The distinct normalised words of a query, longest first (the rarest, usually).
    Lists filtering by free text use the same words, so they match as search does."""
    words = set(_SEPARATORS.sub(" ", normalise(query)).split())
    return sorted(words, key=lambda w: (-len(w), w))


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One found record. ``record_type``/``record_id`` name what to open; ``code`` and
    ``title`` are that record's; ``field_label`` says where the text was found
    (German, e.g. "Beschreibung", "Position (Verwaltung)"); ``snippet`` is the found
    text around the first match, empty for hits in the code or title itself."""

    record_type: str
    record_id: str
    code: str
    title: str
    field_label: str
    snippet: str
    source_type: str = ""
    source_id: str = ""


@dataclass(slots=True)  # not frozen: 65,000 are made per build, and frozen inits are slow
class _Entry:
    """A searchable record: where it leads, and its texts as (German label, text)."""

    record_type: str
    record_id: str
    code: str
    title: str
    source_type: str
    source_id: str
    head: str  # code and title: the "title hit" text
    head_label: str  # German label of the title field ("Titel", "Name")
    fields: Fields


class _Columns:
    """The entries, kept as columns of strings instead of 65,000 objects.

    Each object the collector tracks costs it work in every pass that reaches it: as
    ``_Entry`` objects with their field tuples the index was 360,000 of them at 21,000
    measures, most of the window's; rebuilt in the background, the first pass after the
    build went over all of them (70-110 ms, the window frozen). A list of strings is one
    tracked object. Hits (at most a few hundred per search) are made into ``_Entry``
    again.
    """

    __slots__ = ("codes", "field_starts", "head_labels", "heads", "labels", "record_ids",
                 "record_types", "source_ids", "source_types", "texts", "titles")

    def __init__(self, entries: Sequence[_Entry]) -> None:
        self.record_types = [e.record_type for e in entries]
        self.record_ids = [e.record_id for e in entries]
        self.codes = [e.code for e in entries]
        self.titles = [e.title for e in entries]
        self.source_types = [e.source_type for e in entries]
        self.source_ids = [e.source_id for e in entries]
        self.heads = [e.head for e in entries]
        self.head_labels = [e.head_label for e in entries]
        #: every entry's fields one after the other; entry i's are
        #: ``field_starts[i]:field_starts[i + 1]``
        self.labels = [label for e in entries for label, _text in e.fields]
        self.texts = [text for e in entries for _label, text in e.fields]
        self.field_starts = [0, *accumulate(len(e.fields) for e in entries)]

    def __len__(self) -> int:
        return len(self.record_types)

    def entry(self, i: int) -> _Entry:
        start, end = self.field_starts[i], self.field_starts[i + 1]
        return _Entry(self.record_types[i], self.record_ids[i], self.codes[i], self.titles[i],
                      self.source_types[i], self.source_ids[i], self.heads[i],
                      self.head_labels[i],
                      tuple(zip(self.labels[start:end], self.texts[start:end], strict=True)))


class _Phase:
    """Entries' texts normalised and joined into strings of about a megabyte each,
    searched with ``str.find``.

    Not one string for all: building it is a C call over 40 MB at 21,000 measures that
    holds the GIL for 60-200 ms (longer when one text needs wider characters than the
    rest), and the window froze while the index was built in the background."""

    def __init__(self, entries: Sequence[int], texts: Sequence[str]) -> None:
        self.entries = list(entries)
        #: (joined texts, number of the first text in it, start offset of each text in
        #: it; each text is followed by one separator)
        self.pieces: list[tuple[str, int, list[int]]] = []
        self.texts: list[str] = []
        for joined, piece in _normalised_pieces(texts):
            lengths = [len(t) + 1 for t in piece[:-1]]
            self.pieces.append((joined, len(self.texts), [0, *accumulate(lengths)]))
            self.texts.extend(piece)

    def matches(self, words: Sequence[str]) -> Iterable[int]:
        """Entry numbers whose text contains every word, in entry order."""
        driver, others = words[0], words[1:]
        texts = self.texts
        for big, first, starts in self.pieces:
            find = big.find
            last = len(starts) - 1
            pos = find(driver)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                if not others or all(w in texts[first + k] for w in others):
                    yield self.entries[first + k]
                if k >= last:
                    break
                pos = find(driver, starts[k + 1])  # next record: one hit per record is enough


#: Characters per C-level step of ``_normalised_pieces``: one step holds the GIL a few ms.
_NORMALISE_STEP = 1 << 20


def _normalised_pieces(texts: Sequence[str]) -> Iterator[tuple[str, list[str]]]:
    """``texts`` normalised, about a megabyte of them at a time (joined, and one by one).

    Each batch is joined and normalised in one C-level pass instead of 65,000 small
    calls, and no pass goes over more than a megabyte: one over all texts of 21,000
    measures held the GIL for 150-260 ms while the index was built in the background,
    and the window froze. A text containing the separator itself (never typed, but
    imported text can hold anything) is cleaned first."""
    start = 0
    while start < len(texts):
        end, size = start, 0
        while end < len(texts) and (end == start or size < _NORMALISE_STEP):
            size += len(texts[end]) + 1
            end += 1
        batch = texts[start:end]
        joined = _RECORD_SEP.join(batch)
        if joined.count(_RECORD_SEP) != len(batch) - 1:
            joined = _RECORD_SEP.join(t.replace(_RECORD_SEP, " ") for t in batch)
        normalised = normalise(joined)
        yield normalised, normalised.split(_RECORD_SEP)
        start = end


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    Building the index allocates ~200,000 small tuples while the catalogue document
    (millions of objects) is alive; the collector's repeated scans of that document
    cost 40 % of the build (the measure list's load: 20 %). Nothing built there forms
    reference cycles, so pausing is safe; the previous state is restored (counted with
    other threads' pauses: ``model/collector.py``)."""
    with collector.paused():
        yield


class SearchIndex:
    """The searchable texts of one catalogue snapshot; rebuild it after changes.

    A rebuild takes about a second on 21,000 measures, reading included. Views mark the
    index stale on ``Changes`` and rebuild before the next search, so a burst of edits
    costs one rebuild; patching it record by record would need the same joins (subject
    names in positions, comments, indicators) for little gain.
    """

    def __init__(self, entries: Sequence[_Entry]) -> None:
        heads = [i for i, e in enumerate(entries) if e.head]
        self._heads = _Phase(heads, [entries[i].head for i in heads])
        self._bodies = _Phase(range(len(entries)), [
            _FIELD_SEP.join((e.head, *(text for _label, text in e.fields)))
            for e in entries])
        #: normalised code -> its first entry; ``_more_codes``: the others with that code
        self._codes: dict[str, int] = {}
        self._more_codes: dict[str, list[int]] = {}
        for i, e in enumerate(entries):
            if e.code and e.source_type == e.record_type:
                code = normalise(e.code)
                if self._codes.setdefault(code, i) != i:
                    self._more_codes.setdefault(code, []).append(i)
        self._entries = _Columns(entries)

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def build(cls, doc: Mapping[str, Any]) -> SearchIndex:
        """An index over every user text of an interchange document."""
        with gc_paused():
            entries = _entries(doc)
            try:
                return cls(entries)
            finally:
                release(entries)  # an entry at a time, not one cascade (collector.py)

    @classmethod
    def read(cls, conn: Connection) -> SearchIndex:
        """An index over the catalogue behind ``conn`` (see ``read_texts``)."""
        return cls.build(read_texts(conn))

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Records containing every word of ``query``: first an exact code, then hits in
        code or title, then hits in any other text; within each, measures before goals
        and the rest, in catalogue order. At most ``limit`` hits."""
        words = query_words(query)
        if not words or limit <= 0:
            return []
        found: list[int] = []
        seen: set[int] = set()
        title_hits: set[int] = set()
        first = self._codes.get(words[0]) if len(words) == 1 else None
        if first is not None:
            for i in (first, *self._more_codes.get(words[0], ())):
                found.append(i)
                seen.add(i)
                title_hits.add(i)
        # Entries are stored in the order hits are listed (``_entries``): no sorting, and
        # each phase stops as soon as the list is full.
        for phase in (self._heads, self._bodies):
            if len(found) >= limit:
                break
            for i in phase.matches(words):
                if i in seen:
                    continue
                found.append(i)
                seen.add(i)
                if phase is self._heads:
                    title_hits.add(i)
                if len(found) >= limit:
                    break
        return [self._hit(self._entries.entry(i), words, i in title_hits) for i in found]

    @staticmethod
    def _hit(entry: _Entry, words: Sequence[str], in_title: bool) -> SearchHit:
        label, snippet = (entry.head_label, "") if in_title else _locate(entry, words)
        return SearchHit(entry.record_type, entry.record_id, entry.code, entry.title, label,
                         snippet, entry.source_type, entry.source_id)


def _locate(entry: _Entry, words: Sequence[str]) -> tuple[str, str]:
    """The first field containing a query word (the longest word first) and a snippet."""
    normalised = [(label, text, normalise(text)) for label, text in entry.fields]
    for word in words:
        for label, text, norm in normalised:
            pos = norm.find(word)
            if pos >= 0:
                return label, _snippet(text, pos, len(word))
    return "", ""


def _snippet(text: str, pos: int, length: int) -> str:
    """``text`` around the match at ``pos`` of its normalised form, on one line."""
    if text.isascii() and len(normalise(text)) == len(text):  # positions kept
        start, end = pos, pos + length
    else:
        start = _original_offset(text, pos)
        end = _original_offset(text, pos + length - 1) + 1
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(text), end + SNIPPET_CONTEXT)
    if left > 0:  # do not cut a word in two
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    out = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + out + ("…" if right < len(text) else "")


def _original_offset(text: str, pos: int) -> int:
    """The character of ``text`` that position ``pos`` of ``normalise(text)`` comes from.

    Normalising works character by character, so the normalised prefix lengths grow with
    the prefix: a binary search needs a dozen ``normalise`` calls (in C) where a walk
    over the characters needed hundreds of Python calls per hit."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(normalise(text[:mid + 1])) > pos:
            hi = mid
        else:
            lo = mid + 1
    return min(lo, max(len(text) - 1, 0))


# --- reading the texts ---------------------------------------------------------------


def _select(conn: Connection, *columns: Any, order: Sequence[Any] = ()) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(select(*columns).order_by(*order)).mappings()]


def read_texts(conn: Connection) -> dict[str, Any]:
    """The searchable part of the catalogue, in the shape of the interchange document.

    ``snapshot.load_document`` would do, but it converts every column of every record
    (1.4 s on 21,000 measures); this reads only the text columns, one query per table,
    in about a quarter of that. Records come in catalogue order (field, goal, position).
    """
    m, g, f = orm.MeasureRow, orm.GoalRow, orm.ActionFieldRow
    with gc_paused():
        doc: dict[str, Any] = {
            "measures": [dict(r) for r in conn.execute(
                select(m.id, m.code, m.title, m.description, m.lead, m.partners,
                       m.target_groups, m.funding, m.steering_note)
                .join(g, m.goal_id == g.id).join(f, g.action_field_id == f.id)
                .order_by(f.position, g.position, g.code, m.position, m.code)).mappings()],
            "goals": [dict(r) for r in conn.execute(
                select(g.id, g.code, g.title, g.description)
                .join(f, g.action_field_id == f.id)
                .order_by(f.position, g.position, g.code)).mappings()],
            "action_fields": _select(conn, f.id, f.code, f.name, f.description,
                                     order=(f.position, f.code)),
        }
        s, p, grp = orm.StrategySectionRow, orm.PersonRow, orm.GroupRow
        doc["strategy_sections"] = _select(conn, s.id, s.title, s.body,
                                           order=(s.position, s.id))
        doc["people"] = _select(conn, p.id, p.name, p.organisation, order=(p.position, p.id))
        doc["groups"] = _select(conn, grp.id, grp.name, order=(grp.position, grp.id))
        mt, a = orm.MeetingRow, orm.AgendaItemRow
        agenda: dict[str, list[dict[str, Any]]] = {}
        for item in _select(conn, a.id, a.session_id, a.title, order=(a.position, a.id)):
            agenda.setdefault(item["session_id"], []).append(item)
        doc["sessions"] = [{**r, "agenda": agenda.get(r["id"], [])} for r in _select(
            conn, mt.id, mt.title, mt.location, mt.notes, order=(mt.starts_at, mt.id))]
        i = orm.IndicatorRow
        doc["indicators"] = [dict(r) for r in conn.execute(
            select(i.id, i.measure_id, i.name, i.definition)
            .join(m, i.measure_id == m.id).join(g, m.goal_id == g.id)
            .join(f, g.action_field_id == f.id)
            .order_by(f.position, g.position, g.code, m.position, m.code, i.position, i.id)
        ).mappings()]
        pos = orm.PositionRow
        doc["positions"] = _select(conn, pos.id, pos.subject_type, pos.subject_id,
                                   pos.person_id, pos.side, pos.label, pos.text,
                                   order=(pos.position, pos.id))
        c, d = orm.CompromiseRow, orm.DissentRow
        dissents: dict[str, list[dict[str, Any]]] = {}
        for row in _select(conn, d.compromise_id, d.person_id, d.label, d.text,
                           order=(d.compromise_id, d.ordinal, d.id)):
            dissents.setdefault(row["compromise_id"], []).append(row)
        doc["compromises"] = [{**r, "dissents": dissents.get(r["id"], [])} for r in _select(
            conn, c.id, c.subject_type, c.subject_id, c.text, order=(c.position, c.id))]
        rc = orm.ReviewCommentRow
        doc["review_comments"] = _select(conn, rc.id, rc.subject_type, rc.subject_id,
                                         rc.author, rc.text, order=(rc.position, rc.id))
        v, o = orm.VoteRow, orm.VoteOptionRow
        options: dict[str, list[dict[str, Any]]] = {}
        for row in _select(conn, o.vote_id, o.label, order=(o.vote_id, o.position, o.id)):
            options.setdefault(row["vote_id"], []).append(row)
        doc["votes"] = [{**r, "options": options.get(r["id"], [])} for r in _select(
            conn, v.id, v.session_id, v.question, order=(v.position, v.id))]
    return doc


# --- what is searched -----------------------------------------------------------------


def _label(record_type: str, key: str) -> str:
    return SPECS[record_type].fields[key].label


def _reader(record_type: str, keys: Sequence[str], prefix: str = ""
            ) -> Callable[[Mapping[str, Any]], Fields]:
    """A function giving (label, text) of a record's non-empty text fields; lists are
    joined with "; ". Labels are resolved once, not per record: building the index
    for 65,000 records is mostly this loop."""
    labels = []
    for key in keys:
        label = _label(record_type, key)
        if prefix:
            label = prefix if label == prefix else f"{prefix} ({label})"
        labels.append((key, label))

    def read(rec: Mapping[str, Any]) -> Fields:
        out: list[tuple[str, str]] = []
        for key, label in labels:
            value = rec.get(key)
            if value:
                out.append((label, value if isinstance(value, str) else "; ".join(value)))
        return tuple(out)

    return read


def _head(code: str, title: str) -> str:
    return f"{code} {title}" if code else title


def _entries(doc: Mapping[str, Any]) -> list[_Entry]:
    """One entry per record holding user text, in the order hits are listed: measures,
    goals, action fields, strategy sections, people, groups, sessions, then the records
    without a view of their own; each type in catalogue order."""
    out: list[_Entry] = []
    # Where each record type leads: (code, title) of the records that can be opened.
    names: dict[tuple[str, str], tuple[str, str]] = {}

    own_types = (  # collection, record type, title key, other text fields
        ("measures", "measure", "title", ("description", "lead", "partners",
                                          "target_groups", "funding", "steering_note")),
        ("goals", "goal", "title", ("description",)),
        ("action_fields", "action_field", "name", ("description",)),
        ("strategy_sections", "strategy_section", "title", ("body",)),
        ("people", "person", "name", ("organisation",)),
        ("groups", "group", "name", ()),
        ("sessions", "session", "title", ("location", "notes")),
    )
    for key, rt, title_key, keys in own_types:
        read, head_label = _reader(rt, keys), _label(rt, title_key)
        for rec in doc.get(key, ()):
            rid, code, title = rec["id"], rec.get("code") or "", rec.get(title_key) or ""
            names[(rt, rid)] = (code, title)
            out.append(_Entry(rt, rid, code, title, rt, rid, _head(code, title), head_label,
                              read(rec)))
    people = {p["id"]: p.get("name", "") for p in doc.get("people", ())}

    compromise_subject = {c["id"]: (c.get("subject_type"), c.get("subject_id"))
                          for c in doc.get("compromises", ())}

    def target(subject_type: str | None, subject_id: str | None) -> tuple[str, str] | None:
        """The openable record a sub-record is about (compromises lead to their subject)."""
        for _depth in range(8):  # compromises on compromises; cycles cannot be stored
            if subject_type != "compromise" or subject_id not in compromise_subject:
                break
            subject_type, subject_id = compromise_subject[subject_id]
        if subject_type is None or subject_id is None:
            return None
        return subject_type, subject_id

    def sub(source_type: str, rec: Mapping[str, Any], lead: tuple[str, str] | None,
            fields: Fields) -> None:
        """A record without a view of its own: its hits lead to ``lead``."""
        if not fields:
            return
        if lead is None:
            lead = (source_type, rec["id"])
        code, title = names.get(lead, ("", ""))
        out.append(_Entry(lead[0], lead[1], code, title, source_type, rec["id"], "", "",
                          fields))

    read_indicator = _reader("indicator", ("name", "definition"), SPECS["indicator"].label)
    for i in doc.get("indicators", ()):
        sub("indicator", i, ("measure", i["measure_id"]), read_indicator(i))

    def held_by(rec: Mapping[str, Any]) -> str:
        who = rec.get("label") or people.get(rec.get("person_id") or "", "")
        return who or enums.label(enums.SIDE, rec.get("side"), "")

    position_label = SPECS["position"].label
    for p in doc.get("positions", ()):
        who = held_by(p)
        label = f"{position_label} ({who})" if who else position_label
        sub("position", p, target(p.get("subject_type"), p.get("subject_id")),
            ((label, p["text"]),) if p.get("text") else ())
    compromise_label = SPECS["compromise"].label
    dissent_label = SPECS["dissent"].label
    for c in doc.get("compromises", ()):
        lead = target(c.get("subject_type"), c.get("subject_id"))
        texts = [(compromise_label, c["text"])] if c.get("text") else []
        for d in c.get("dissents", ()):
            who = held_by(d)
            if d.get("text"):
                texts.append((f"{dissent_label} ({who})" if who else dissent_label,
                              d["text"]))
        sub("compromise", c, lead, tuple(texts))
    comment_label = SPECS["review_comment"].label
    for rc in doc.get("review_comments", ()):
        author = rc.get("author") or ""
        label = f"{comment_label} ({author})" if author else comment_label
        comment: Fields = ((label, rc["text"]),) if rc.get("text") else ()
        if author:
            comment += ((f"{comment_label} ({_label('review_comment', 'author')})", author),)
        sub("review_comment", rc, target(rc.get("subject_type"), rc.get("subject_id")),
            comment)
    agenda_label = SPECS["agenda_item"].label
    for s in doc.get("sessions", ()):
        for a in s.get("agenda", ()):
            if a.get("title"):
                sub("agenda_item", a, ("session", s["id"]), ((agenda_label, a["title"]),))
    vote_label = SPECS["vote"].label
    for v in doc.get("votes", ()):
        vote = [(vote_label, v["question"])] if v.get("question") else []
        vote += [(f"{vote_label} ({_label('vote_option', 'label')})", o["label"])
                 for o in v.get("options", ()) if o.get("label")]
        sub("vote", v, ("session", v["session_id"]), tuple(vote))
    return out
