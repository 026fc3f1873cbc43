"""Customer search: every word must match as a prefix, ignoring case and accents, over number, name,
phones, email, address, colonia and zone. Exact number/phone/folio hits come first.

SQLite uses an FTS5 index over `customer.search_text`; PostgreSQL a GIN index on its tsvector. The
folded text and the query parsing are shared, so both backends answer the same.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import SqliteDatabase

from . import folio as folio_mod
from .db import db
from .errors import InvalidFolio
from .models import Customer, Report
from .text import fold, number_key

# Plain words only: emails and numbers like "C-01234" split into parts, the same on both backends.
_WORD = re.compile(r"[0-9a-z]+")
DEFAULT_CAP = 2000
# A search is typed or pasted by a person: more than this is a mistake (a whole e-mail pasted), and the cost of
# a full-text query grows with its words (1,500 words took 40 s and 1.3 GB). Refused with a message.
MAX_WORDS = 12
MAX_CHARS = 200
TOO_LONG = (f"La búsqueda es demasiado larga: escriba hasta {MAX_WORDS} palabras y {MAX_CHARS} caracteres "
            "(número, nombre, teléfono, domicilio o folio).")


def phone_tokens(d: str) -> list[str]:
    """The whole number plus its last 7, 8 and 9 digits, so "1234567" finds "444 123 4567"."""
    if len(d) < 7:
        return [d]
    return [d] + [d[-n:] for n in (9, 8, 7) if n < len(d)]


SEARCH_FIELDS = ("number", "name", "email", "address", "colonia", "municipio", "zone", "tower")


def search_text_of(number: str, name: str, email: str, address: str, colonia: str, municipio: str, zone: str,
                   tower: str, phones: str) -> str:
    """The folded words of a customer from its field values (`phones`: 10-digit numbers, comma-separated): one
    definition for a customer saved by a form, by the CSV import and by the demo's bulk load."""
    parts = (number, name, email, address, colonia, municipio, zone, tower)
    words = " ".join(_WORD.findall(fold(" ".join(p for p in parts if p))))
    tokens = " ".join(t for p in (phones or "").split(",") if p for t in phone_tokens(p))
    return f"{words} {tokens}".strip()


def customer_search_text(c: Customer) -> str:
    """The folded words a customer is found by (stored in `customer.search_text`)."""
    return search_text_of(c.number, c.name, c.email, c.address, c.colonia, c.municipio, c.zone, c.tower, c.phones)


def query_words(query: str) -> list[str]:
    """Folded words; runs of digit groups are also joined ("444 123 45" → "44412345")."""
    return _WORD.findall(fold(query))


@dataclass(frozen=True)
class ParsedQuery:
    words: list[str]
    digit_runs: list[str]  # joined adjacent digit-only words, used as phone prefixes


def parse_query(query: str) -> ParsedQuery:
    """Words, plus the phone prefixes the digits may be: adjacent digit groups joined ("444 123 45" →
    "44412345"), and without the country code and the old mobile "1" ("+52 1 444 123" → "444123")."""
    words = query_words(query)
    runs: list[str] = []
    current: list[str] = []
    for w in [*words, ""]:
        if w.isdigit():
            current.append(w)
            continue
        joined = "".join(current)
        for candidate in _phone_prefixes(joined, joined_groups=len(current) > 1):
            if candidate not in runs:
                runs.append(candidate)
        current = []
    return ParsedQuery(words, runs)


def _phone_prefixes(d: str, *, joined_groups: bool) -> list[str]:
    """The national forms a run of digits may stand for. A single group counts only when it carries a
    country or old long-distance prefix ("5214441234567"); several groups always count as typed."""
    out = [d] if joined_groups else []
    national = national_prefix(d)
    if national and national != d:
        out.append(national)
    return out


def national_prefix(d: str) -> str:
    """`d` without +52, the old mobile 1 after it, or the retired 044/045/01: the digits a stored (10-digit)
    phone starts with. '' when `d` carries no such prefix (or nothing would be left to search)."""
    if len(d) > 13:
        return ""
    for prefix, shortest in (("521", 6), ("52", 5), ("044", 6), ("045", 6), ("01", 5)):
        if d.startswith(prefix) and len(d) >= shortest and (prefix not in ("52", "01") or len(d) <= 12):
            return d[len(prefix):]
    return ""


def _expression(pq: ParsedQuery, term: Callable[[str], str], and_: str, or_: str) -> str:
    """All words as prefixes; or, for each run of digit groups, the other words plus the joined run
    ("444 123 45" also as "44412345", a phone prefix)."""
    base = and_.join(term(w) for w in pq.words)
    if not pq.digit_runs:
        return base
    alternatives = [f"({base})"]
    non_digit = [w for w in pq.words if not w.isdigit()]
    for run in pq.digit_runs:
        alternatives.append("(" + and_.join([*(term(w) for w in non_digit), term(run)]) + ")")
    return or_.join(alternatives)


def fts5_expression(pq: ParsedQuery) -> str:
    """SQLite FTS5 MATCH expression (words are plain [0-9a-z], quoting is belt and braces)."""
    return _expression(pq, lambda w: '"' + w.replace('"', '""') + '"*', " AND ", " OR ")


def tsquery_expression(pq: ParsedQuery) -> str:
    """PostgreSQL to_tsquery('simple', …) expression."""
    return _expression(pq, lambda w: "'" + w.replace("'", "''").replace("\\", "") + "':*", " & ", " | ")


@dataclass
class SearchResult:
    customer_ids: list[int] = field(default_factory=list)
    exact_ids: set[int] = field(default_factory=set)  # ids that matched a number, phone or folio exactly
    report_id: int | None = None  # a folio was typed and found
    report_folio: str = ""  # its display form
    folio_error: str = ""  # a folio-shaped query whose check digit is wrong
    truncated: bool = False
    refused: str = ""  # the query itself was refused (too long); nothing was searched

    @property
    def message(self) -> str:
        """What to tell the user instead of results ('' when the search ran)."""
        return self.refused or self.folio_error


def _exact_ids(query: str, pq: ParsedQuery) -> list[int]:
    """Customers whose number, or one of whose phones, is exactly what was typed (ranked first)."""
    stripped = query.strip()
    if not stripped:
        return []
    p = db.param
    ids = [r[0] for r in db.execute_sql(f"SELECT id FROM customer WHERE number = {p}", (number_key(stripped),))]
    d = re.sub(r"\D", "", stripped)
    if len(d) > 10:
        from .phones import national_digits

        d = national_digits(d)
    if len(d) == 10 and all(w.isdigit() for w in pq.words):
        ids += [r[0] for r in db.execute_sql(f"SELECT customer_id FROM customer_phone WHERE digits = {p}", (d,))]
    seen: set[int] = set()
    return [i for i in ids if not (i in seen or seen.add(i))]


def search(query: str, limit: int = 50, *, cap: int = DEFAULT_CAP) -> SearchResult:
    """Run a search as the receptionist types. `limit` rows of full-text matches after the exact ones.

    A query over `MAX_WORDS` words or `MAX_CHARS` characters is refused (`result.refused`) before it costs
    anything."""
    result = SearchResult()
    query = unicodedata.normalize("NFC", query)
    if len(query.strip()) > MAX_CHARS or len(query_words(query)) > MAX_WORDS:
        result.refused = TOO_LONG
        return result
    if folio_mod.looks_like_folio(query):
        try:
            f = folio_mod.parse(query)
        except InvalidFolio as exc:
            result.folio_error = exc.message
        else:
            row = (
                Report.select(Report.id, Report.customer, Report.folio)
                .where(Report.folio_key == f.key)
                .first()
            )
            if row is not None:
                result.report_id = row.id
                result.report_folio = row.folio
                result.customer_ids = [row.customer_id]
                result.exact_ids = {row.customer_id}
                return result
    pq = parse_query(query)
    if not pq.words:
        return result
    exact = _exact_ids(query, pq)
    result.exact_ids = set(exact)
    want = min(limit, cap)
    ids = list(exact)
    fetch = want + len(exact) + 1
    for cid in _fulltext_ids(pq, fetch):
        if cid not in result.exact_ids:
            ids.append(cid)
    result.truncated = len(ids) > want
    result.customer_ids = ids[:want]
    return result


def _fulltext_ids(pq: ParsedQuery, limit: int) -> list[int]:
    if isinstance(db.obj, SqliteDatabase):
        cur = db.execute_sql(
            "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?",
            (fts5_expression(pq), limit),
        )
    else:
        cur = db.execute_sql(
            "SELECT id FROM customer WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', %s) "
            "ORDER BY id LIMIT %s",
            (tsquery_expression(pq), limit),
        )
    return [r[0] for r in cur.fetchall()]


class CustomerRow(NamedTuple):  # a tuple: built 50 at a time on every search pause
    id: int
    number: str
    name: str
    phones: str  # formatted, comma-separated
    address: str
    zone: str
    open_reports: int


def fetch_rows(ids: list[int]) -> list[CustomerRow]:
    """The rows a table shows, in the order of `ids`, with their count of open reports: one query.

    Written as plain SQL with a correlated count over the (customer, opened_at) index: the search box
    calls this on every keystroke pause, and model instances would cost more than the query itself."""
    if not ids:
        return []
    from .phones import format_phone

    marks = ", ".join([db.param] * len(ids))
    cur = db.execute_sql(
        "SELECT c.id, c.number, c.name, c.phones, c.address, c.colonia, c.municipio, c.zone, "
        "(SELECT COUNT(*) FROM report r WHERE r.customer_id = c.id "
        "AND r.status NOT IN ('cerrado', 'improcedente', 'cancelado')) "
        f"FROM customer c WHERE c.id IN ({marks})",
        tuple(ids),
    )
    rows = {r[0]: r for r in cur.fetchall()}
    out = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        phones = ", ".join(map(format_phone, r[3].split(","))) if r[3] else ""
        address = ", ".join(filter(None, (r[4], r[5], r[6])))
        out.append(CustomerRow(r[0], r[1], r[2], phones, address, r[7], r[8]))
    return out
