"""Many customers at once: rows → `customer` rows with their search text and `customer_phone` rows, written with
`executemany` (SQLite) or `execute_values` (PostgreSQL). The one bulk path of the CSV import and of the demo's
100,000 customers, so both store what a form would (the same search text, the same phone rows).

The caller validates the values (the import through `customers._clean`, the demo by construction) and holds the
write transaction: a failure anywhere rolls back every row, customers and phones together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence

from peewee import SqliteDatabase

from ispdesk.core.db import db
from ispdesk.core.search import search_text_of

Progress = Callable[[str, int, int], None]

# What a bulk row may carry; `search_text` is computed here, never given.
COLUMNS: tuple[str, ...] = (
    "number", "name", "phones", "email", "address", "colonia", "municipio", "state", "postal_code", "references",
    "latitude", "longitude", "zone", "tower", "plan", "plan_price", "billing_day", "status", "notes", "last_invoice",
    "office_id", "install_date", "opposition", "created_at", "updated_at",
)
DEFAULTS: dict[str, object] = {
    "phones": "", "email": "", "address": "", "colonia": "", "municipio": "", "state": "", "postal_code": "",
    "references": "", "latitude": None, "longitude": None, "zone": "", "tower": "", "plan": "", "plan_price": None,
    "billing_day": None, "status": "activo", "notes": "", "last_invoice": "", "office_id": None,
    "install_date": None, "opposition": False,
}
# PostgreSQL: the types of the VALUES list of a bulk UPDATE (a column of NULLs would otherwise be text).
_PG_TYPES = {"latitude": "double precision", "longitude": "double precision", "plan_price": "numeric",
             "billing_day": "integer", "office_id": "integer", "install_date": "date", "opposition": "boolean",
             "created_at": "timestamp", "updated_at": "timestamp"}
_ALL = (*COLUMNS, "search_text")
_CHUNK = 5000


def _chunks(items: Sequence[object], size: int = _CHUNK) -> Iterator[Sequence[object]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _values(row: Mapping[str, object], sqlite: bool) -> tuple[object, ...]:
    values = []
    for column in COLUMNS:
        try:
            value = row[column]
        except KeyError:
            value = DEFAULTS[column]  # number, name and the times have no default: a KeyError says what is missing
        if sqlite and isinstance(value, dt.date):  # peewee's text forms ("2026-01-05 09:30:00", "2026-01-05")
            value = str(value)
        values.append(value)
    g = row.get
    search = search_text_of(str(g("number") or ""), str(g("name") or ""), str(g("email") or ""),
                            str(g("address") or ""), str(g("colonia") or ""), str(g("municipio") or ""),
                            str(g("zone") or ""), str(g("tower") or ""), str(g("phones") or ""))
    return (*values, search)


def _phone_rows(ids: Sequence[int], rows: Sequence[Mapping[str, object]]) -> list[tuple[int, str]]:
    return [(cid, p) for cid, row in zip(ids, rows, strict=True) for p in str(row.get("phones") or "").split(",") if p]


def write_customers(new: Sequence[Mapping[str, object]], updates: Sequence[tuple[int, Mapping[str, object]]] = (),
                    *, progress: Progress | None = None, stage: str = "Clientes") -> list[int]:
    """Insert `new` rows and overwrite the customers of `updates` ((id, full row) pairs) with their phones;
    returns the new ids in the order of `new`. Call inside `write_tx()`."""
    sqlite = isinstance(db.obj, SqliteDatabase)
    cur = db.connection().cursor()
    total = len(new) + len(updates)
    done = 0
    cols = ", ".join(f'"{c}"' for c in _ALL)
    ids: list[int] = []
    if new:
        if sqlite:
            start = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM customer").fetchone()[0]
            sql = f'INSERT INTO "customer" ({cols}) VALUES ({", ".join("?" * len(_ALL))})'
            for chunk in _chunks(new):
                cur.executemany(sql, [_values(r, True) for r in chunk])  # type: ignore[arg-type]
                done += len(chunk)
                if progress:
                    progress(stage, done, total)
            # Numbers are unique: map them back rather than trusting id order.
            by_number = dict(db.execute_sql("SELECT number, id FROM customer WHERE id > ?", (start,)).fetchall())
        else:
            from psycopg2.extras import execute_values

            by_number = {}
            sql = f'INSERT INTO "customer" ({cols}) VALUES %s RETURNING number, id'
            for chunk in _chunks(new):
                by_number.update(execute_values(cur, sql, [_values(r, False) for r in chunk],  # type: ignore[arg-type]
                                                page_size=_CHUNK, fetch=True))
                done += len(chunk)
                if progress:
                    progress(stage, done, total)
        ids = [by_number[r["number"]] for r in new]
        _insert_phones(cur, _phone_rows(ids, new), sqlite)
    if updates:
        set_cols = [c for c in _ALL if c != "created_at"]
        positions = [_ALL.index(c) for c in set_cols]
        if sqlite:
            sql = f'UPDATE "customer" SET {", ".join(f"{chr(34)}{c}{chr(34)} = ?" for c in set_cols)} WHERE id = ?'
        else:
            from psycopg2.extras import execute_values

            assignments = ", ".join(f'"{c}" = v."{c}"' for c in set_cols)
            names = ", ".join(f'"{c}"' for c in set_cols)
            sql = f'UPDATE "customer" SET {assignments} FROM (VALUES %s) AS v (id, {names}) WHERE customer.id = v.id'
            template = "(%s::integer, " + ", ".join(
                f"%s::{_PG_TYPES.get(c, 'text')}" for c in set_cols) + ")"
        for chunk in _chunks(updates):
            params = []
            for cid, row in chunk:  # type: ignore[misc]
                values = _values(row, sqlite)
                picked = [values[i] for i in positions]
                params.append((*picked, cid) if sqlite else (cid, *picked))
            if sqlite:
                cur.executemany(sql, params)
            else:
                execute_values(cur, sql, params, template=template, page_size=_CHUNK)
            chunk_ids = [cid for cid, _row in chunk]  # type: ignore[misc]
            marks = ", ".join([db.param] * len(chunk_ids))
            cur.execute(f'DELETE FROM "customer_phone" WHERE customer_id IN ({marks})', chunk_ids)
            _insert_phones(cur, _phone_rows(chunk_ids, [row for _cid, row in chunk]), sqlite)  # type: ignore[misc]
            done += len(chunk)
            if progress:
                progress(stage, done, total)
    return ids


def _insert_phones(cur: object, rows: list[tuple[int, str]], sqlite: bool) -> None:
    if not rows:
        return
    if sqlite:
        cur.executemany('INSERT INTO "customer_phone" (customer_id, digits) VALUES (?, ?)', rows)  # type: ignore[attr-defined]
    else:
        from psycopg2.extras import execute_values

        execute_values(cur, 'INSERT INTO "customer_phone" (customer_id, digits) VALUES %s', rows, page_size=_CHUNK)
