"""Agreements from merged events: ceasefires, prisoner exchanges and releases, talks.

An agreement gathers the merged events (across stories) about one commitment: the proposal
(REQUEST), the acceptance (AGREE), refusals (REJECT, negated AGREE), the carrying out
(CONCEDE, RETREAT...). Its scope comes from the words around each mention (see
:mod:`eventwire.facts.scope`), its status from the dated events, in order. Later
ACCUSE and ASSAULT events between its parties, in its period and scope, are its alleged
violations.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from eventwire.facts.scope import (
    find_scope,
    is_partial,
    outside_names,
    reading_tags,
    scope_tags,
    truce_sentences,
)
from eventwire.reconcile.agreements.status import (
    LASTING,
    current_status,
    event_day,
    open_commitments,
)
from eventwire.reconcile.agreements.status import (
    history as status_history,
)
from eventwire.reconcile.common import (
    ORGANISATION_CODES,
    PERSON_UNITS,
    TIME_UNITS,
    Batch,
    Components,
    Record,
    date_interval,
    day,
    iso,
    mode_family,
    quantity_family,
    sentence_span,
    stable_id,
    time_scale,
    unit_of,
)

SUBJECTS = {"ceasefire": "ceasefire", "exchange": "prisoner_exchange", "release": "release",
            "talks": "talks"}
COMMITMENT_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "CONCEDE", "CONSULT", "COOPERATE",
                              "RETREAT", "SUPPORT"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
VIOLATION_TYPES = frozenset({"ACCUSE", "ASSAULT"})
LINK_DAYS = 14  # mentions of one subject this close, with a shared party, are one agreement
SUBJECT_PRIORITY = {"ceasefire": 0, "talks": 1, "prisoner_exchange": 2, "release": 3}
COMMITTING_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "CONCEDE", "RETREAT"})


@dataclass
class Unit:
    """A merged event that bears on a commitment, with what its mentions say."""

    merged: dict[str, Any]
    story: str
    subject: str
    mentions: list[Record]
    tags_by_source: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    reported: int | None = None  # the first day a document reports it

    @property
    def when(self) -> int | None:
        """Its day, else the day it was first reported (an undated "the truce" still belongs
        to the period of the documents that speak of it)."""
        return self.day if self.day is not None else self.reported

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({t for tags, _ in self.tags_by_source.values() for t in tags}))

    @property
    def day(self) -> int | None:
        return day(self.merged.get("date"))


def mention_scope(batch: Batch, event: Record, *, clause: bool = False
                  ) -> tuple[tuple[str, ...], str]:
    """Scope tags and the words that gave them, from the sentence holding the event (or,
    with ``clause``, from its own clause only)."""
    tags, words, _ = _mention_scope(batch, event, clause=clause)
    return tags, words


_CLAUSE_EDGE = re.compile(r"[;:,()\[\]—–]|\s-\s")


def clause_span(text: str, span: list[int] | tuple[int, int], sentence: tuple[int, int]
                ) -> tuple[int, int]:
    """Bounds of the clause (between commas, semicolons, dashes, brackets) that holds a
    span, within its sentence: "a halt on energy strikes, and an exchange of prisoners"
    gives the exchange only its own words."""
    start, end = max(sentence[0], int(span[0])), min(sentence[1], int(span[1]))
    left = [m.end() for m in _CLAUSE_EDGE.finditer(text, sentence[0], start)]
    right = _CLAUSE_EDGE.search(text, end, sentence[1])
    return (left[-1] if left else sentence[0], right.start() if right else sentence[1])


def _mention_scope(batch: Batch, event: Record, *, clause: bool = False
                   ) -> tuple[tuple[str, ...], str, tuple[int, int]]:
    doc = batch.documents.get(event["document"]) or {}
    text = doc.get("text") or ""
    span = event["evidence"]["span"]
    if text:
        bounds = sentence_span(text, span)
        if clause:
            bounds = clause_span(text, span, bounds)
        window = text[bounds[0]:bounds[1]]
        if clause and truce_sentences(window, doc.get("language")):
            return (), "", bounds  # the words of a truce's clause are the truce's scope
    else:
        bounds, window = (int(span[0]), int(span[1])), event["evidence"]["text"]
    hits = outside_names(find_scope(window, doc.get("language")),
                         name_spans(batch, event["document"]), bounds[0])
    return scope_tags(hits), "; ".join(dict.fromkeys(h.words for h in hits)), bounds


def name_spans(batch: Batch, doc_id: str) -> list[tuple[int, int]]:
    """Where the names of a document's records stand in its text (the places of its events,
    the names of their sides and of its speakers), for :func:`outside_names`: the records
    keep a name, not the span of each mention of it."""
    text = (batch.documents.get(doc_id) or {}).get("text") or ""
    names: set[str] = set()
    for e in batch.events_by_doc.get(doc_id, ()):
        for actor in [e.get("location") or {}, *(e.get("actors") or ()),
                      *(e.get("recipients") or ())]:
            names.add(str(actor.get("name") or ""))
    for st in batch.statements_by_doc.get(doc_id, ()):
        names.add(str((st.get("speaker") or {}).get("name") or ""))
    return sorted((m.start(), m.end()) for name in names if name.strip()
                  for m in re.finditer(re.escape(name.strip()), text))


def _sentence_scopes(batch: Batch, doc_id: str) -> list[tuple[tuple[str, ...], str,
                                                             tuple[int, int]]]:
    """Scope of every sentence of a document that speaks of a truce."""
    doc = batch.documents.get(doc_id) or {}
    text = doc.get("text") or ""
    out = []
    names = name_spans(batch, doc_id)
    for start, end in truce_sentences(text, doc.get("language")):
        hits = outside_names(find_scope(text[start:end], doc.get("language")), names, start)
        if hits:
            out.append((scope_tags(hits), "; ".join(dict.fromkeys(h.words for h in hits)),
                        (start, end)))
    return out


def build_agreements(batch: Batch, stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Agreement records, in a stable order (their discrepancies come from fact records)."""
    units = _units(batch, stories)
    clusters = _cluster_units(units)
    story_of_doc = {d: s["id"] for s in stories for d in s["documents"]}
    index = EventIndex.of(batch, stories)
    agreements = [_agreement(batch, cluster, story_of_doc, index) for cluster in clusters]
    attach_conditions(batch, agreements, stories)
    return agreements


@dataclass
class EventIndex:
    """What each agreement looks up, indexed once per batch so the work per agreement does
    not grow with the batch: hostile and violation events by country, documents by story."""

    hostile: dict[str, list[Record]]
    violations: dict[str, list[Record]]
    story_docs: dict[str, list[str]]

    @classmethod
    def of(cls, batch: Batch, stories: list[dict[str, Any]]) -> EventIndex:
        hostile: dict[str, list[Record]] = defaultdict(list)
        violations: dict[str, list[Record]] = defaultdict(list)
        for e in sorted(batch.events.values(), key=lambda x: x["id"]):
            codes = {a.get("country") for a in (e.get("actors") or []) +
                     (e.get("recipients") or [])} - {None}
            if e["type"] in HOSTILE_TYPES or (
                    e["type"] == "ACCUSE" and mode_family(e.get("mode")) in SUBJECTS):
                for c in codes:
                    hostile[str(c)].append(e)
            if e["type"] in VIOLATION_TYPES:
                for c in codes:
                    violations[str(c)].append(e)
        return cls(dict(hostile), dict(violations),
                   {s["id"]: list(s["documents"]) for s in stories})

    @staticmethod
    def among(table: dict[str, list[Record]], codes: set[str]) -> list[Record]:
        """Events of a table that involve any of the codes, in id order, each once."""
        found = {e["id"]: e for c in codes for e in table.get(c, ())}
        return [found[i] for i in sorted(found)]


def _units(batch: Batch, stories: list[dict[str, Any]]) -> list[Unit]:
    units = []
    for story in stories:
        for merged in story["merged_events"]:
            subject = SUBJECTS.get(merged.get("family") or "")
            if subject is None or merged["type"] not in COMMITMENT_TYPES:
                continue
            mentions = [batch.events[i] for i in merged["mentions"]]
            reported = [d for d in (event_day(batch, e)[0] for e in mentions) if d is not None]
            unit = Unit(merged, story["id"], subject, mentions,
                        reported=min(reported) if reported else None)
            per_source: dict[str, tuple[set[str], list[str]]] = {}
            for e in mentions:
                tags, words = mention_scope(batch, e, clause=subject not in LASTING)
                tagset, wordlist = per_source.setdefault(e["document"], (set(), []))
                tagset.update(tags)
                if words:
                    wordlist.append(words)
            unit.tags_by_source = {src: (tuple(sorted(t)), "; ".join(dict.fromkeys(w)))
                                   for src, (t, w) in sorted(per_source.items())}
            units.append(unit)
    return units


def _category(tags: tuple[str, ...]) -> str | None:
    if not tags:
        return None
    return "partial" if is_partial(tags) else "full"


def _same_commitment(a: Unit, b: Unit) -> bool:
    """One subject, a party in common (unknown sides do not object within a story), and
    the same period: what any two mentions of one commitment share, whatever their scope."""
    if a.subject != b.subject:
        return False
    sa = set(a.merged["sides"]) - ORGANISATION_CODES
    sb = set(b.merged["sides"]) - ORGANISATION_CODES
    # Within a story, a one-sided mention ("Kyiv called for a naval truce", "Washington
    # proposed it") cannot be told apart from the pair's commitment; two pairs can.
    one_sided = len(sa) < 2 or len(sb) < 2
    if not sa & sb and not (a.story == b.story and one_sided):
        return False
    return a.when is None or b.when is None or abs(a.when - b.when) <= LINK_DAYS


def _compatible(a: Unit, b: Unit) -> bool:
    """Two tagged units are one commitment when they are the same commitment by subject,
    parties and period, and their scopes are of one kind: both the whole war, or targets
    in common (a full truce proposed and a partial one agreed are two commitments)."""
    if not _same_commitment(a, b):
        return False
    ca, cb = _category(a.tags), _category(b.tags)
    if ca != cb:
        return False
    return ca != "partial" or bool(set(a.tags) & set(b.tags))


def _unit_keys(u: Unit) -> list[tuple[str, str, str]]:
    """Blocking keys of a unit: its subject with each party, and with its story."""
    parties = sorted(set(u.merged["sides"]) - ORGANISATION_CODES)
    return [(u.subject, "party", p) for p in parties] + [(u.subject, "story", u.story)]


def _cluster_units(units: list[Unit]) -> list[list[Unit]]:
    """Tagged units link when compatible; an untagged one (no scope words: "the truce")
    joins the biggest cluster of the same commitment in its story, else in another story
    (shared party, same period), else groups with other untagged ones.

    One :class:`Components` holds the clusters. A cluster's size and name while untagged
    units join are those it had among the tagged units (its smallest tagged unit), and the
    clusters come out in that order, those of untagged units alone by their smallest unit."""
    units = sorted(units, key=lambda u: (u.subject, u.story, u.merged["id"]))
    clusters = Components(range(len(units)))

    # Two units can be one commitment only with one subject and a party (or the story) in
    # common: those keys propose the pairs, so the work grows with the batch, not its square.
    near: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        for key in _unit_keys(u):
            near[key].append(i)

    def candidates(i: int, pool: set[int]) -> list[int]:
        return sorted({j for key in _unit_keys(units[i]) for j in near[key]} & pool)

    tagged = [i for i, u in enumerate(units) if u.tags]
    tagged_set = set(tagged)
    for i in tagged:
        for j in candidates(i, tagged_set):
            if j > i and _compatible(units[i], units[j]):
                clusters.join(i, j)
    name = {j: clusters.find(j) for j in tagged}  # the smallest tagged unit of its cluster
    size = Counter(name.values())
    joined: set[int] = set()
    for i, u in enumerate(units):
        if u.tags:
            continue
        fits = [j for j in candidates(i, tagged_set) if _same_commitment(u, units[j])]
        local = [j for j in fits if units[j].story == u.story]
        roots = {name[j] for j in (local or fits)}
        if roots:
            clusters.join(i, sorted(roots, key=lambda r: (-size[r], r))[0])
            joined.add(i)
    # Untagged units left alone: link by the same rule among themselves.
    loose = [i for i, u in enumerate(units) if not u.tags and i not in joined]
    loose_set = set(loose)
    for i in loose:
        for j in candidates(i, loose_set):
            if j > i and clusters.find(j) == j and _same_commitment(units[i], units[j]):
                clusters.join(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(units)):
        groups[clusters.find(i)].append(i)
    order = sorted(groups.values(), key=lambda members: min(
        (name[i] for i in members if i in name), default=members[0]))
    return [[units[i] for i in members] for members in order]


# ---------------------------------------------------------------- one agreement

def subject_units(subject: str) -> dict[str, Any]:
    """What can measure a commitment: its length in days (never the hours of the call that
    agreed it) and, for exchanges and releases, counts of people. A truce has no count: the
    prisoners named beside it are another commitment's."""
    if subject in ("prisoner_exchange", "release"):  # a one-off act: no length of its own
        return {"scales": frozenset(), "counts": PERSON_UNITS}
    return {"scales": frozenset({"long"}), "counts": None if subject == "talks" else frozenset()}


def _top(counter: Counter[Any]) -> Any:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def _actor_records(mentions: list[Record], codes: list[str]) -> list[dict[str, Any]]:
    """One Actor dict per country code: the country-level form if a source used one."""
    best: dict[str, tuple[int, dict[str, Any]]] = {}
    for e in mentions:
        for a in list(e.get("actors") or ()) + list(e.get("recipients") or ()):
            c = a.get("country")
            if c not in codes:
                continue
            rank = 0 if a.get("type") == "country" else 1
            if c not in best or rank < best[c][0]:
                best[c] = (rank, {k: a.get(k) for k in ("name", "canonical", "country",
                                                         "sector", "type")})
    return [best[c][1] if c in best else {"name": c, "canonical": c, "country": c,
                                          "sector": None, "type": "country"} for c in codes]


def _mediators(index: EventIndex, units: list[Unit], codes: set[str]) -> set[str]:
    """Organisations, sides of mediation events, and, when three or more countries are
    involved, those never on either end of a hostile event with another of them."""
    mediators = {c for c in codes if c in ORGANISATION_CODES}
    acting: set[str] = set()
    go_between: set[str] = set()
    for u in units:
        if u.merged.get("family") == "mediation":
            mediators.update(u.merged["actors"])
        for e in u.mentions:
            if e["type"] not in ("AGREE", "CONCEDE", "REJECT"):
                continue
            actors = {a.get("country") for a in e.get("actors") or ()} - {None}
            acting |= actors
            if len(actors) >= 2:  # "A and B agreed ... with C": C brought them together
                go_between |= {a.get("country") for a in e.get("recipients") or ()} - actors
    mediators |= go_between - acting
    countries = codes - mediators
    if len(countries) >= 3:
        hostile: set[str] = set()
        for e in EventIndex.among(index.hostile, countries):
            a = {x.get("country") for x in e.get("actors") or ()} & countries
            b = {x.get("country") for x in e.get("recipients") or ()} & countries
            if a and b and a != b:
                hostile |= a | b
        if len(hostile) >= 2:
            mediators |= countries - hostile
    return mediators & codes


def _scope_readings(batch: Batch, cluster: list[Unit], story_docs: list[str]
                    ) -> dict[str, dict[tuple[int, int], tuple[tuple[str, ...], str]]]:
    """source -> sentence bounds -> (tags, words), for the sentences that bear on this
    agreement: its mentions' sentences, and truce sentences of its stories' documents whose
    tags are of the same kind (a full truce vs the targets of a partial one)."""
    readings: dict[str, dict[tuple[int, int], tuple[tuple[str, ...], str]]] = defaultdict(dict)
    own: set[str] = set()
    lasting = cluster[0].subject in LASTING
    for u in cluster:
        for e in u.mentions:
            # A one-off act (an exchange, a release) takes the words of its own clause only:
            # the truce agreed in the same sentence is another commitment's scope.
            tags, words, bounds = _mention_scope(batch, e, clause=not lasting)
            if tags:
                readings[e["document"]][bounds] = (tags, words)
                own.update(tags)
    if not own or not lasting:
        return dict(readings)
    partial = is_partial(tuple(sorted(own)))
    for doc_id in story_docs:
        for tags, words, bounds in _sentence_scopes(batch, doc_id):
            fits = (is_partial(tags) and bool(set(tags) & own)) if partial else "full" in tags
            if fits:
                readings[doc_id].setdefault(bounds, (tags, words))
    out: dict[str, dict[tuple[int, int], tuple[tuple[str, ...], str]]] = {}
    for doc_id, per in readings.items():
        kept = {b: (reading_tags(t, partial), w) for b, (t, w) in per.items()
                if reading_tags(t, partial)}
        if kept:
            out[doc_id] = kept
    return out


def _agreement(batch: Batch, cluster: list[Unit], story_of_doc: dict[str, str],
               index: EventIndex) -> dict[str, Any]:
    subject = cluster[0].subject
    mentions = sorted({e["id"]: e for u in cluster for e in u.mentions}.values(),
                      key=lambda e: e["id"])
    sources = sorted({e["document"] for e in mentions})
    stories = sorted({u.story for u in cluster})
    story_docs = sorted(d for s in stories for d in index.story_docs.get(s, ()))
    committing = [e for e in mentions if e["type"] in ("AGREE", "CONCEDE", "REJECT", "RETREAT")]
    side_codes = sorted({c for e in (committing or mentions) for c in
                         [a.get("country") for a in (e.get("actors") or []) +
                          (e.get("recipients") or [])] if c})
    mediator_codes = _mediators(index, cluster, set(side_codes))
    party_codes = [c for c in side_codes if c not in mediator_codes]

    # Scope: every sentence of a source that says what the truce covers (at its events,
    # or anywhere it speaks of a truce in words of the same kind) is one reading; the
    # scope is the reading most sources give, each source's words kept beside it.
    readings = _scope_readings(batch, cluster, story_docs)
    tag_votes = Counter(t for per in readings.values() for t in {t for t, _ in per.values()})
    scope = list(sorted(tag_votes.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
                 ) if tag_votes else []
    scope_words = [{"document": src, "tags": list(t), "words": w,
                    "spans": sorted([list(b) for b, v in per.items() if v == (t, w)])}
                   for src, per in sorted(readings.items())
                   for t, w in sorted(set(per.values()))]

    # Dates and duration.
    agree_dates = Counter(e["date"] for e in committing if e.get("date")
                          and e["type"] == "AGREE")
    all_dates = Counter(e["date"] for e in mentions if e.get("date"))
    # A day beats a month ("agreed on Tuesday" vs "in March"): the start is a day if any says.
    start = (_top(_days_only(agree_dates)) or _top(_days_only(all_dates)) or _top(agree_dates)
             or _top(all_dates))
    durations: Counter[float] = Counter()
    amounts: dict[str, Counter[float]] = defaultdict(Counter)
    texts: dict[tuple[str, float], str] = {}
    for e in mentions:
        if e["type"] not in COMMITTING_TYPES:
            continue
        allowed = subject_units(subject)
        for q in e.get("quantities") or ():
            unit = unit_of(q.get("unit"))
            if quantity_family(unit) == "duration":
                if time_scale(unit) in allowed["scales"]:  # a truce's hours are its call's
                    days = round(float(q["value"]) * TIME_UNITS[unit] / 24, 4)
                    durations[days] += 1
            elif allowed["counts"] is None or unit in allowed["counts"]:
                amounts[unit][float(q["value"])] += 1
                texts.setdefault((unit, float(q["value"])), q.get("text"))
    duration = _top(durations)
    end = None
    start_day = day(start) if start and len(start) >= 10 else None
    if start_day is not None and duration:
        end = iso(start_day + int(round(duration)))
    quantities = [{"value": _int(v), "unit": u, "text": texts.get((u, v))}
                  for u in sorted(amounts) for v in [_top(amounts[u])]]

    agreement_id = stable_id("agreement", subject, sorted(u.merged["id"] for u in cluster))
    violations = _violations(batch, index, subject, set(party_codes), scope, start,
                             end, mentions, story_of_doc, stories)
    history = status_history(batch, mentions, subject, start, end, violations)
    status = current_status(history)
    return {
        "kind": "agreement",
        "id": agreement_id,
        "subject": subject,
        "scope": scope,
        "scope_words": scope_words,
        "parties": _actor_records(mentions, party_codes),
        "mediators": _actor_records(mentions, sorted(mediator_codes)),
        "start": start,
        "end": end,
        "duration_days": _int(duration) if duration else None,
        "status": status,
        "history": history,
        "conditions": [],
        "condition_events": [],
        "quantities": quantities,
        "events": [e["id"] for e in mentions],
        "merged_events": sorted(u.merged["id"] for u in cluster),
        "stories": stories,
        "sources": sources,
        "violations": violations,
    }


def _days_only(dates: Counter[str]) -> Counter[str]:
    return Counter({d: n for d, n in dates.items()
                    if (iv := date_interval(d)) is not None and iv.is_point()})


def _int(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def attach_conditions(batch: Batch, agreements: list[dict[str, Any]],
                      stories: list[dict[str, Any]]) -> None:
    """Each REQUEST that is not itself a proposal of an agreement becomes a condition of the
    agreement of its story mentioned nearest to it in the same document (else the story's
    best-attested one): the demand that came with the commitment."""
    in_agreements = {m for a in agreements for m in a["merged_events"]}
    of_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in agreements:
        for s in a["stories"]:
            of_story[s].append(a)
    for story in stories:
        local = of_story.get(story["id"], [])
        if not local:
            continue
        for merged in story["merged_events"]:
            if merged["type"] != "REQUEST" or merged["id"] in in_agreements:
                continue
            target = _nearest_agreement(batch, merged, local)
            who = "/".join(merged["actors"]) or "?"
            quote = merged["evidence"][0]["text"] if merged["evidence"] else ""
            target["conditions"].append(f"{who}: {merged.get('mode') or 'request'} "
                                        f"(\u201c{quote}\u201d)")
            target["condition_events"].append(merged["id"])


def _nearest_agreement(batch: Batch, merged: dict[str, Any],
                       local: list[dict[str, Any]]) -> dict[str, Any]:
    """Prefer agreements that bind the requester's sides and still stand, lasting ones
    (ceasefires, then talks) first, then the one mentioned nearest the demand."""
    request_sides = set(merged["sides"])

    def rank(a: dict[str, Any]) -> tuple[Any, ...]:
        parties = {p["country"] for p in a["parties"] + a["mediators"]}
        dist = min((abs(e["evidence"]["span"][0] - r["evidence"]["span"][0])
                    for e in (batch.events[i] for i in a["events"])
                    for r in (batch.events[m] for m in merged["mentions"])
                    if e["document"] == r["document"]), default=10**9)
        return (not (parties & request_sides), a["status"] == "rejected",
                SUBJECT_PRIORITY.get(a["subject"], 9), dist, -len(a["sources"]), a["id"])

    return sorted(local, key=rank)[0]


def _violations(batch: Batch, index: EventIndex, subject: str, parties: set[str],
                scope: list[str], start: str | None, end: str | None,
                mentions: list[Record], story_of_doc: dict[str, str],
                stories: list[str]) -> list[dict[str, Any]]:
    """ACCUSE and ASSAULT events between parties, within the period and the scope."""
    if subject != "ceasefire" or len(parties) < 2:
        return []
    if not any(e["type"] in ("AGREE", "CONCEDE", "RETREAT")
               and (e.get("modality") or "asserted") in ("asserted", "future") for e in mentions):
        return []  # nothing was agreed, so nothing can be violated
    own = {e["id"] for e in mentions}
    start_day = day(start)
    end_day = day(end) if end else None
    partial = is_partial(tuple(scope))
    found = []
    for e in EventIndex.among(index.violations, parties):
        if e["id"] in own:
            continue
        if (e.get("modality") or "asserted") in ("negated", "hypothetical"):
            continue
        actors = set(a.get("country") for a in e.get("actors") or ()) & parties
        targets = set(a.get("country") for a in e.get("recipients") or ()) & parties
        if not actors or not targets or actors == targets:
            continue
        d, _ = event_day(batch, e)
        if start_day is not None and d is not None and d < start_day:
            continue
        if end_day is not None and d is not None and d > end_day:
            continue
        if start_day is None and story_of_doc.get(e["document"]) not in stories:
            continue
        about_truce = e["type"] == "ACCUSE" and (
            mode_family(e.get("mode")) == "ceasefire" or "violat" in (e.get("mode") or ""))
        tags, words = mention_scope(batch, e)
        if partial and not about_truce and not set(tags) & set(scope):
            continue
        word = _on_whose_word(batch, e)
        found.append({
            "event": e["id"],
            "events": [e["id"]],
            "type": e["type"],
            "mode": e.get("mode"),
            "date": iso(d) if d is not None else None,
            "accuser": sorted(actors) if e["type"] == "ACCUSE" else word["countries"],
            "accused": sorted(targets) if e["type"] == "ACCUSE" else sorted(actors),
            "on_the_word_of": word["names"],
            "text": e["evidence"]["text"],
            "scope_words": words,
            "sources": [e["document"]],
        })
    return found


def _on_whose_word(batch: Batch, e: Record) -> dict[str, list[str]]:
    """Who vouches for an event: its statement's speaker, the side claiming it, else the
    outlet that printed it."""
    names: list[str] = []
    codes: list[str] = []
    st = batch.statements.get(e.get("statement") or "")
    if st:
        sp = st.get("speaker") or {}
        names.append(sp.get("canonical") or sp.get("name") or "?")
        if sp.get("country"):
            codes.append(sp["country"])
        names += st.get("reported_by") or []
    claimed = e.get("claimed_by")
    if claimed:
        names.append(claimed.get("canonical") or claimed.get("name") or "?")
        if claimed.get("country"):
            codes.append(claimed["country"])
    if not names:
        doc = batch.documents.get(e["document"]) or {}
        names.append(doc.get("outlet") or e["document"])
    return {"names": list(dict.fromkeys(names)), "countries": sorted(set(codes))}


__all__ = ["build_agreements", "mention_scope", "open_commitments"]
