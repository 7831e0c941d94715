"""Quantities with normalised units, found on the folded view.

Numbers are read in the language's conventions (``decimal_separator``/``thousands_separators``
in ``language.yaml``), number words come from ``numbers.yaml`` and unit nouns from
``units.yaml``. A number's unit is the noun right after it, with a few adjective-like words
allowed between; words such as "more than" or "environ" before it become bounds. Numbers
inside dates, clock times, ordinals and bare years are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.match import PhraseMatcher
from eventwire.model import Document, Quantity
from eventwire.spans import SpanIndex
from eventwire.text.tokens import Token, tokenize
from eventwire.text.view import TextView, fold

# Some MT engines leave "XNUMX" after a number they copied verbatim from an English source:
# that number keeps the source's conventions ("1,300 XNUMX" is 1300 even in French).
_ARTEFACT_AFTER = re.compile(r"\s*XNUMX\b")
_SOURCE_CONVENTION = (".", (",",))

UNITLESS = "count"  # unit of a number written in digits with no unit noun after it


@dataclass(frozen=True)
class _Lexicon:
    token_pattern: re.Pattern[str]
    decimal: str
    thousands: tuple[str, ...]
    words: PhraseMatcher[tuple[str, float]]  # (word|multiplier|scale, value)
    joiners: frozenset[str]
    articles: frozenset[str]
    article_units: frozenset[str]
    bare_units: frozenset[str]
    fractions: PhraseMatcher[float]
    standalone_fractions: PhraseMatcher[float]
    vague: PhraseMatcher[dict[str, Any]]
    connectors: PhraseMatcher[bool]
    modifiers: PhraseMatcher[str]
    range_openers: frozenset[str]
    range_connectors: frozenset[str]
    ordinal_suffixes: frozenset[str]
    units: PhraseMatcher[str]
    currency_prefixes: PhraseMatcher[str]
    qualifiers: PhraseMatcher[str]
    qualifiable: frozenset[str]
    qualifier_window: int
    max_fillers: int
    filler_words: frozenset[str]
    filler_suffixes: tuple[str, ...]
    stop_words: frozenset[str]
    time_markers: PhraseMatcher[bool]
    fused: re.Pattern[str] | None  # "zweistündige", "двухчасовой": number and unit in one word
    fused_values: dict[str, float]
    fused_units: dict[str, str]
    starters: frozenset[str] = frozenset()  # words a quantity can start with
    whole_units: frozenset[str] = frozenset()  # units one of which needs no number
    # modifier -> words after which it is no bound ("handed over 150", "возросло до 14")
    no_bound_after: dict[str, frozenset[str]] = field(default_factory=dict)


def _folded(items: Any) -> frozenset[str]:
    return frozenset(fold(str(item)) for item in items or ())


@lru_cache(maxsize=32)
def lexicon(code: str) -> _Lexicon:
    """Everything quantities need for one language, compiled once."""
    flags = lang.section(code, "language")
    numbers = lang.section(code, "numbers")
    units = lang.section(code, "units")
    decimal = fold(flags.get("decimal_separator", "."))
    thousands = tuple(dict.fromkeys(fold(s) for s in flags.get("thousands_separators", [","])))
    grouped = "|".join(re.escape(s) for s in thousands if s != decimal)
    token_pattern = re.compile(
        (rf"(?<!\d)\d{{1,3}}(?:(?:{grouped})\d{{3}})+(?:{re.escape(decimal)}\d+)?(?!\d)|"
         if grouped else "")
        + r"\d+(?:[.,]\d+)*|[^\W\d_]+'?|\S"
    )
    words = [(p, ("word", float(v))) for p, v in (numbers.get("words") or {}).items()]
    words += [(p, ("multiplier", float(v))) for p, v in (numbers.get("multipliers") or {}).items()]
    words += [(p, ("scale", float(v))) for p, v in (numbers.get("scales") or {}).items()]
    unit_entries = [(phrase, unit) for unit, phrases in (units.get("units") or {}).items()
                    for phrase in phrases]
    fused_values = {fold(str(p)): float(v)
                    for p, v in (numbers.get("fused_prefixes") or {}).items()}
    fused_units = {fold(str(phrase)): unit for unit in units.get("fused_units") or ()
                   for phrase in (units.get("units") or {}).get(unit, ()) if " " not in str(phrase)}
    qualifier_entries = [(phrase, unit) for unit, phrases in (units.get("qualifiers") or {}).items()
                         for phrase in phrases]
    lexicon_ = _Lexicon(
        token_pattern=token_pattern,
        decimal=decimal,
        thousands=thousands,
        words=PhraseMatcher(words),
        joiners=_folded(numbers.get("joiners")),
        articles=_folded(numbers.get("articles")),
        article_units=frozenset(units.get("article_units") or ()),
        bare_units=frozenset(units.get("bare_units") or ()),
        fractions=PhraseMatcher((p, float(v)) for p, v in (numbers.get("fractions") or {}).items()),
        standalone_fractions=PhraseMatcher(
            (p, float(v)) for p, v in (numbers.get("standalone_fractions") or {}).items()),
        vague=PhraseMatcher((numbers.get("vague") or {}).items()),
        connectors=PhraseMatcher((p, True) for p in numbers.get("connectors") or ()),
        modifiers=PhraseMatcher((numbers.get("modifiers") or {}).items()),
        range_openers=_folded(numbers.get("range_openers")),
        range_connectors=_folded(numbers.get("range_connectors")),
        ordinal_suffixes=_folded(numbers.get("ordinal_suffixes")),
        units=PhraseMatcher(unit_entries),
        currency_prefixes=PhraseMatcher((units.get("currency_prefixes") or {}).items()),
        qualifiers=PhraseMatcher(qualifier_entries),
        qualifiable=frozenset(units.get("qualifiable") or ()),
        qualifier_window=int(units.get("qualifier_window", 3)),
        max_fillers=int(units.get("max_fillers", 2)),
        filler_words=_folded(units.get("filler_words")),
        filler_suffixes=tuple(fold(s) for s in units.get("filler_suffixes") or ()),
        stop_words=_folded(units.get("stop_words")),
        time_markers=PhraseMatcher((p, True) for p in units.get("time_markers") or ()),
        fused=_alternation(fused_values, fused_units),
        fused_values=fused_values,
        fused_units=fused_units,
    )
    whole_units = lexicon_.article_units | lexicon_.bare_units
    unit_words = frozenset(fold(str(phrase).split()[0])
                           for unit, phrases in (units.get("units") or {}).items()
                           if unit in whole_units for phrase in phrases if str(phrase).strip())
    starters = (lexicon_.modifiers.first_words() | lexicon_.range_openers
                | lexicon_.currency_prefixes.first_words() | lexicon_.vague.first_words()
                | lexicon_.standalone_fractions.first_words() | lexicon_.words.first_words()
                | lexicon_.articles | (unit_words if lexicon_.fractions.first_words()
                                       else frozenset()))
    no_bound_after = {fold(str(word)): _folded(words)
                      for word, words in (numbers.get("no_bound_after") or {}).items()}
    return replace(lexicon_, starters=starters, whole_units=whole_units,
                   no_bound_after=no_bound_after)


def _alternation(prefixes: dict[str, float], units: dict[str, str]) -> re.Pattern[str] | None:
    """One word made of a number prefix and a unit form, longest alternatives first."""
    if not prefixes or not units:
        return None

    def either(words: Any) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    return re.compile(f"({either(prefixes)})({either(units)})")


def _fused_at(lex: _Lexicon, tokens: list[Token], i: int, doc: Document,
              view: TextView) -> tuple[int, Quantity | None] | None:
    """A duration written as one word ("zweistündige", "трёхдневное", "п'ятиденне"); a word
    split at an apostrophe by the tokenizer is joined again."""
    assert lex.fused is not None
    last = i + 1
    text = tokens[i].text
    if text.endswith("'") and last < len(tokens) and tokens[last].start == tokens[i].end:
        text += tokens[last].text
        last += 1
    found = lex.fused.fullmatch(text)
    if found is None:
        return None
    start, stop = view.original_span(tokens[i].start, tokens[last - 1].end)
    return last, Quantity(start, stop, doc.text[start:stop], lex.fused_values[found.group(1)],
                          lex.fused_units[found.group(2)], None, None, False)


def parse_digits(text: str, decimal: str, thousands: tuple[str, ...]) -> float:
    """Read "1,300", "1 300", "1,3" or "2.5" by the given conventions."""
    seps = [c for c in text if not c.isdigit()]
    if not seps:
        return float(text)
    groups = re.split(r"[^\d]", text)
    if (len(set(seps)) == 1 and seps[0] in thousands and seps[0] != decimal
            and all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3):
        return float("".join(groups))
    last = max(text.rfind(c) for c in set(seps))
    whole = re.sub(r"[^\d]", "", text[:last])
    return float(f"{whole or 0}.{text[last + 1:]}")


@dataclass
class _Number:
    end: int  # token index after the number
    value: float
    kind: str  # digits | words | article | vague
    low: float | None = None
    approximate: bool = False
    scaled: bool = False


def _skip_hyphens(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].text == "-":
        k += 1
    return k


def _number_at(lex: _Lexicon, tokens: list[Token], j: int, doc: Document,
               view: TextView) -> _Number | None:
    if j >= len(tokens):
        return None
    token = tokens[j]
    if token.is_digit:
        decimal, thousands = lex.decimal, lex.thousands
        original_end = view.original_span(token.start, token.end)[1]
        if _ARTEFACT_AFTER.match(doc.text, original_end):
            decimal, thousands = _SOURCE_CONVENTION
        number = _Number(j + 1, parse_digits(token.text, decimal, thousands), "digits")
        scale = lex.words.match(tokens, number.end)
        if scale and scale[1][0] == "scale":
            number.value *= scale[1][1]
            number.end, number.scaled = scale[0], True
        return number
    vague = lex.vague.match(tokens, j)
    if vague:
        spec = vague[1]
        return _Number(vague[0], float(spec["value"]), "vague", low=spec.get("low"),
                       approximate=bool(spec.get("approximate")), scaled=True)
    fraction = lex.standalone_fractions.match(tokens, j)
    if fraction:
        return _Number(fraction[0], fraction[1], "words")
    total = current = 0.0
    k, seen = j, False
    last_word: float | None = None  # the last word added since a multiplier or a scale
    end = k
    while k < len(tokens):
        found = lex.words.match(tokens, k)
        if found is None:
            if seen and tokens[k].text in lex.joiners | {"-"}:
                after = _skip_hyphens(tokens, k + 1)
                if lex.words.match(tokens, after):
                    k = after
                    continue
            break
        kind, value = found[1]
        if kind == "word" and last_word is not None and value >= last_word:
            break  # "two-three", "deux trois": not one number but a range (or a list)
        if kind == "multiplier":
            current = (current or 1) * value
            last_word = None
        elif kind == "scale":
            total += (current or 1) * value
            current = 0
            last_word = None
        else:
            current += value
            last_word = value
        k, seen = found[0], True
        end = k
    k = end
    if seen:
        number = _Number(k, total + current, "words")
        fraction = lex.fractions.match(tokens, _skip_hyphens(tokens, k))
        if fraction:
            number.value += fraction[1]
            number.end = fraction[0]
        return number
    if token.text in lex.articles:
        return _Number(j + 1, 1.0, "article")
    return None


def _bare_unit(lex: _Lexicon, tokens: list[Token], j: int) -> _Number | None:
    """One of a unit named alone after a bound word, where the language needs no article
    ("более часа", "майже годину"): counted like "an hour"."""
    found = lex.units.match(tokens, j)
    if found is None or found[1] not in lex.bare_units or found[0] != j + 1:
        return None
    return _Number(j, 1.0, "article")


def _unit_and_fraction(lex: _Lexicon, tokens: list[Token], j: int) -> _Number | None:
    """One of a unit told with a fraction after it and no number before ("hora y media",
    which Spanish writes without "una"): counted like "an hour", the fraction added later."""
    found = lex.units.match(tokens, j)
    if found is None or found[1] not in lex.whole_units or found[0] != j + 1:
        return None
    if lex.fractions.match(tokens, _skip_hyphens(tokens, found[0])) is None:
        return None
    return _Number(j, 1.0, "article")


def _is_clock_or_ordinal(lex: _Lexicon, tokens: list[Token], j: int, end: int,
                         stops: frozenset[int] = frozenset()) -> bool:
    """"10:05", "10 h 00", "10h", "10 a.m.", "1er", "3rd", "am 14. Mai": not quantities; a
    sentence's closing full stop is no ordinal mark ("stieg auf 14.": ``stops``, the view
    offsets of the sentences' closing stops)."""
    token = tokens[j]
    after = tokens[end] if end < len(tokens) else None
    if after is not None:
        if after.text == ":" and end + 1 < len(tokens) and tokens[end + 1].is_digit:
            return True
        if after.text == "h" and (end + 1 >= len(tokens) or tokens[end + 1].is_digit
                                  or after.end == tokens[end - 1].end):
            return True
        if after.start == token.end and after.text in lex.ordinal_suffixes \
                and after.start not in stops:
            return True
        if lex.time_markers.match(tokens, end):
            return True
    before = tokens[j - 1] if j else None
    return (before is not None and before.text in (":", "h") and j >= 2
            and tokens[j - 2].is_digit)


def _unit_at(lex: _Lexicon, tokens: list[Token], k: int,
             after_scale: bool) -> tuple[int, str] | None:
    k = _skip_hyphens(tokens, k)
    if after_scale:
        connector = lex.connectors.match(tokens, k)
        if connector:
            found = lex.units.match(tokens, connector[0])
            if found:
                return found
    fallback = None
    for _ in range(lex.max_fillers + 1):
        found = lex.units.match(tokens, k)
        if found and tokens[k].text not in lex.filler_words:
            return found
        # "23 seriously wounded soldiers": "wounded" is a unit only if no noun follows.
        fallback = fallback or found
        if k >= len(tokens):
            return fallback
        word = tokens[k].text
        if (word.isdigit() or not word.isalpha() or word in lex.stop_words
                or lex.words.match(tokens, k)):
            return fallback
        if not (word in lex.filler_words or word.endswith(lex.filler_suffixes)):
            return fallback
        k = _skip_hyphens(tokens, k + 1)
    return fallback


def _quantity_at(lex: _Lexicon, tokens: list[Token], i: int, doc: Document,
                 view: TextView, stops: frozenset[int] = frozenset()
                 ) -> tuple[int, Quantity | None] | None:
    """The quantity starting at token ``i`` as ``(next token, quantity or None)``."""
    j = i
    modifier = lex.modifiers.match(tokens, j)
    if modifier and i and tokens[i - 1].text in lex.no_bound_after.get(tokens[i].text, ()):
        return None  # "handed over 150", "возросло до 14": the number is read on its own
    if modifier:
        j = modifier[0]
    opener = j < len(tokens) and tokens[j].text in lex.range_openers
    currency = None
    number = None
    for start in ((j + 1, j) if opener else (j,)):
        k = start
        prefix = lex.currency_prefixes.match(tokens, k)
        if prefix:
            k = prefix[0]
        number = _number_at(lex, tokens, k, doc, view)
        if number:
            opener = start != j
            currency = prefix[1] if prefix else None
            j = k
            break
    if number is None and modifier:
        number = _bare_unit(lex, tokens, j)
    if number is None:
        number = _unit_and_fraction(lex, tokens, j)
    if number is None:
        return None
    if number.kind == "digits" and _is_clock_or_ordinal(lex, tokens, j, number.end, stops):
        after = number.end + 1
        if after < len(tokens) and tokens[after].is_digit:
            return after + 1, None  # the minutes of "10:05" and "10 h 00"
        return number.end, None
    end = number.end
    high = None
    connector = tokens[end].text if end < len(tokens) else ""
    if connector in lex.range_connectors and (opener or connector not in lex.joiners):
        second = _number_at(lex, tokens, _skip_hyphens(tokens, end + 1) if connector != "-"
                            else end + 1, doc, view)
        if second and second.kind in ("digits", "words") and second.value > number.value:
            high, end = second.value, second.end
            number.scaled = number.scaled or second.scaled
    unit_found = _unit_at(lex, tokens, end, number.scaled or number.kind == "vague")
    if number.kind == "article" and (unit_found is None or unit_found[0] != end + 1
                                     or unit_found[1] not in lex.whole_units):
        return None
    if unit_found:
        last, unit = unit_found
        # "deux heures et demie", "an hour and a half", "hora y media": the fraction is of
        # the unit, so "an hour and a half" is 1.5 hours, never one hour
        fraction = lex.fractions.match(tokens, last)
        if fraction and number.kind in ("digits", "words", "article") and high is None:
            number.value += fraction[1]
            last = fraction[0]
    else:
        last, unit = end, currency or UNITLESS
        if number.kind != "digits" and not currency:
            return None
        if (not currency and not number.scaled and number.value.is_integer()
                and 1900 <= number.value <= 2100 and "." not in tokens[j].text
                and "," not in tokens[j].text):
            return end, None  # a bare year
    if currency:
        unit = currency
    if unit in lex.qualifiable:
        for k in range(last, min(last + lex.qualifier_window, len(tokens))):
            qualified = lex.qualifiers.match(tokens, k)
            if qualified:
                unit = qualified[1]
                break
    if not opener:
        first = i
    else:
        first = i if modifier else j - 1 if not currency else j - 2
    low = number.low
    approximate = number.approximate
    value = number.value
    if high is not None:
        low = value
    if modifier:
        kind = modifier[1]
        if kind == "above":
            low = value
        elif kind == "below":
            high = value
        else:
            approximate = True
    start, stop = view.original_span(tokens[first].start, tokens[last - 1].end)
    if opener and high is None:  # "de 30 jours": the opener was not a range after all
        start = view.original_span(tokens[first + 1].start, tokens[first + 1].end)[0]
    return last, Quantity(start, stop, doc.text[start:stop], value, unit, low, high, approximate)


def _closing_stops(doc: Document, view: TextView) -> frozenset[int]:
    """The view offsets of the full stops that close the document's sentences."""
    out = set()
    for sentence in doc.sentences:
        body = doc.text[sentence.start:sentence.end].rstrip()
        if body.endswith("."):
            at = sentence.start + len(body) - 1
            out.add(view.view_offset(at))
    return frozenset(out)


def find_quantities(doc: Document) -> None:
    """Fill ``doc.quantities``, skipping numbers inside the dates found before."""
    view: TextView = doc.view if doc.view is not None else TextView.of(doc.text)
    lex = lexicon(doc.language if doc.language in lang.available() else lang.FALLBACK)
    tokens = tokenize(view.norm, lex.token_pattern)
    taken = SpanIndex(doc.dates)  # numbers inside dates are not quantities
    found: list[Quantity] = []
    starters = lex.starters
    fused = lex.fused
    stops = _closing_stops(doc, view)
    i = 0
    while i < len(tokens):
        text = tokens[i].text
        result = (_quantity_at(lex, tokens, i, doc, view, stops)
                  if text[0].isdigit() or text in starters else None)
        if result is None and fused is not None:
            result = _fused_at(lex, tokens, i, doc, view)
        if result is None:
            i += 1
            continue
        nxt, quantity = result
        if quantity is not None and not taken.overlaps(quantity.start, quantity.end):
            found.append(quantity)
        i = max(nxt, i + 1)
    doc.quantities = found

