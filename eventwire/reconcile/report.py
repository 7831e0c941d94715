"""A readable account of a story, in Markdown or HTML: the sources side by side, the facts
they agree on, the disputed ones (each value with who states it), and open commitments.

Works on records only; if the records hold no cross-document kinds yet, it reconciles them.
"""

from __future__ import annotations

import html
from typing import Any

from eventwire.reconcile.common import Record
from eventwire.reconcile.discrepancies import SET_ATTRIBUTES, disputed_what, value_text
from eventwire.records import DiscrepancyRecord, SideOfDiscrepancy

FORMATS = ("md", "html")


def write_report(records: list[Record], story_id: str | None = None, fmt: str = "md") -> str:
    """The report of one story (``story_id``) or of every story, as Markdown or HTML."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (use md or html)")
    if not any(r.get("kind") == "story" for r in records):
        from eventwire.reconcile import reconcile

        records = [*records, *reconcile(records)]
    stories = [r for r in records if r.get("kind") == "story"]
    if story_id is not None:
        stories = [s for s in stories if s["id"] == story_id]
        if not stories:
            raise ValueError(f"no story with id {story_id!r}")
    blocks = [_story_blocks(s, records) for s in stories]
    if fmt == "md":
        return "\n\n".join(_markdown(b) for b in blocks).rstrip() + "\n"
    return _html_page([_html(b) for b in blocks])


# ---------------------------------------------------------------- content, format-neutral

def _story_blocks(story: Record, records: list[Record]) -> dict[str, Any]:
    docs = {r["id"]: r for r in records if r.get("kind") == "document"}
    agreements = [r for r in records if r.get("kind") == "agreement"
                  and r["id"] in story.get("agreements", [])]
    discrepancies = [r for r in records if r.get("kind") == "discrepancy"
                     and r["id"] in story.get("discrepancies", [])]
    copies = {c: orig for orig, cs in story.get("duplicates", {}).items() for c in cs}
    outlet = {d: str(doc.get("outlet") or doc.get("title") or d) for d, doc in docs.items()}
    sources = []
    for d in story["documents"]:
        doc = docs.get(d, {})
        sources.append([outlet[d], doc.get("language") or "", doc.get("published") or "",
                        f"copy of {outlet.get(copies[d], copies[d])}" if d in copies
                        else _first_line(doc)])
    agreed = []
    for m in story.get("merged_events", []):
        if len(m["sources"]) >= 2:
            names = ", ".join(sorted({outlet.get(d, d) for d in m["sources"]}))
            agreed.append(f"{_event_label(m)} — reported by {names}")
    disputed = sorted(_disputed(DiscrepancyRecord.from_json(x)) for x in discrepancies)
    commitments = []
    for a in agreements:
        history = " → ".join(f"{h['status']} {h['date'] or '(undated)'}"
                             for h in a.get("history", []))
        lines = [f"status: {a['status']}" + (f" ({history})" if history else "")]
        if a.get("parties"):
            lines.append("parties: " + ", ".join(_actor(p) for p in a["parties"]))
        if a.get("mediators"):
            lines.append("mediators: " + ", ".join(_actor(p) for p in a["mediators"]))
        when = [f"start {a['start']}" if a.get("start") else "",
                f"{a['duration_days']} days" if a.get("duration_days") else "",
                f"end {a['end']}" if a.get("end") else ""]
        if any(when):
            lines.append("period: " + ", ".join(w for w in when if w))
        for c in a.get("conditions", []):
            lines.append(f"condition: {c}")
        for v in a.get("violations", []):
            lines.append(f"alleged violation {v['date'] or '(undated)'}: "
                         f"{'/'.join(v['accuser']) or '?'} accuses {'/'.join(v['accused'])}, "
                         f"on the word of {', '.join(v['on_the_word_of'])} "
                         f"({', '.join(outlet.get(x, x) for x in v['sources'])})")
        lines.append("sources: " + ", ".join(sorted({outlet.get(x, x)
                                                      for x in a.get("sources", [])})))
        commitments.append((_agreement_label(a), a["status"], lines))
    return {"id": story["id"], "title": story.get("title") or story["id"],
            "summary": story.get("summary"), "sources": sources, "agreed": agreed,
            "disputed": disputed, "commitments": commitments}


def _disputed(d: DiscrepancyRecord) -> tuple[str, str, list[str]]:
    """A discrepancy as an analyst reads it: what is disputed, and each side's value, who
    states it (outlets, speakers, wires), how many independent voices, and their words."""
    plain = d.attribute in SET_ATTRIBUTES  # the words of a set are in the quote
    return disputed_what(d), d.nature or "differ", [_side(v, d.unit, plain) for v in d.values]


def _side(v: SideOfDiscrepancy, unit: str | None, plain: bool = False) -> str:
    independent = v.independent_sources or len(v.sources)
    voices = f"{independent} independent source" + ("s" if independent != 1 else "")
    who = ", ".join(v.outlets or v.sources)
    if v.claimed_by:
        who += f"; according to {', '.join(v.claimed_by)}"
    if v.reported_by:
        who += f"; via {', '.join(v.reported_by)}"
    words = f" as “{v.text}”" if v.text and not plain else ""
    quote = f" — «{_short(v.quotes[0])}»" if v.quotes else ""
    return f"{value_text(v.value, unit, v.interval)}{words}: {who} ({voices}){quote}"


def _short(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _first_line(doc: Record) -> str:
    if doc.get("title"):
        return str(doc["title"])
    text = (doc.get("text") or "").strip()
    return text.splitlines()[0][:100] if text else ""


def _actor(a: Record) -> str:
    return str(a.get("canonical") or a.get("name") or a.get("country"))


def _event_label(m: Record | None) -> str:
    if not m:
        return "?"
    mode = f" ({m['mode']})" if m.get("mode") else ""
    date = f" on {m['date']}" if m.get("date") else ""
    return f"{m['type']}{mode} {'/'.join(m['sides']) or ''}{date}".strip()


def _agreement_label(a: Record | None) -> str:
    if not a:
        return "?"
    scope = f" [{', '.join(a['scope'])}]" if a.get("scope") else ""
    return f"{a['subject']}{scope}"


# ---------------------------------------------------------------- Markdown

def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _markdown(b: dict[str, Any]) -> str:
    out = [f"# {b['title']}", ""] + ([b["summary"], ""] if b["summary"] else []) + [
        "## Sources", "", "| outlet | language | published | headline |", "|---|---|---|---|"]
    out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in b["sources"]]
    out += ["", "## Agreed facts", ""]
    out += [f"- {x}" for x in b["agreed"]] or ["- (nothing reported by two sources alike)"]
    out += ["", "## Disputed", ""]
    if b["disputed"]:
        for what, nature, sides in b["disputed"]:
            out.append(f"- **{what}** ({nature}):")
            out += [f"  - {_md_cell(side)}" for side in sides]
    else:
        out.append("- (no disagreement found)")
    out += ["", "## Commitments", ""]
    if b["commitments"]:
        for label, status, lines in b["commitments"]:
            out.append(f"### {label} — {status}")
            out += [f"- {line}" for line in lines]
            out.append("")
    else:
        out.append("- (none)")
    return "\n".join(out).rstrip()


# ---------------------------------------------------------------- HTML

def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _html(b: dict[str, Any]) -> str:
    rows = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>"
                   for row in b["sources"])
    agreed = "".join(f"<li>{_e(x)}</li>" for x in b["agreed"]) or "<li>(none)</li>"
    disputed = "".join(
        f"<li><strong>{_e(what)}</strong> "
        f"<span class=\"{_e(nature)}\">{_e(nature)}</span><ul>"
        + "".join(f"<li>{_e(side)}</li>" for side in sides) + "</ul></li>"
        for what, nature, sides in b["disputed"]) or "<li>(none)</li>"
    commitments = "".join(
        f"<section><h3>{_e(label)} — {_e(status)}</h3><ul>"
        + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul></section>"
        for label, status, lines in b["commitments"]) or "<p>(none)</p>"
    summary = f"<p>{_e(b['summary'])}</p>" if b["summary"] else ""
    return (f"<article id=\"{_e(b['id'])}\"><h1>{_e(b['title'])}</h1>{summary}"
            "<h2>Sources</h2><table><thead><tr><th>outlet</th>"
            "<th>language</th><th>published</th><th>headline</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><h2>Agreed facts</h2><ul>{agreed}</ul>"
            f"<h2>Disputed</h2><ul>{disputed}</ul><h2>Commitments</h2>{commitments}</article>")


def _html_page(articles: list[str]) -> str:
    style = ("body{font-family:sans-serif;max-width:60em;margin:auto}"
             "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}"
             ".conflict{color:#a00}.precision{color:#666}")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>eventwire report"
            f"</title><style>{style}</style></head><body>{''.join(articles)}</body></html>\n")
