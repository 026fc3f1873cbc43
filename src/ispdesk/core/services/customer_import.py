"""Customers from a CSV exported by a billing system or by Excel.

Reading: UTF-8 (with or without BOM), UTF-16 (Excel's «Texto Unicode») or Windows-1252; comma, semicolon, tab or
bar, found from the header line (or Excel's "sep=;" first line); quoted fields with separators and line breaks.
Each record keeps the line a text editor shows for it (the header is line 1; a quoted line break counts).

Columns are matched by header, ignoring case, accents, spaces and punctuation ("No. Cliente", "Teléfono 2",
"E-mail"); the screen lets the user change the mapping. Values go through the customer form's own validation
(`customers._clean`): a row without a number, a new customer without a name, or a status that is not Activo,
Suspendido or Baja is rejected with its line and reason; any other bad value (an e-mail, a price, a phone, a postal
code…) is left out and the row imported with a warning on its line — never stored as if valid. An empty cell never
erases what an existing customer already has.

Existing customers (same number) are updated, never duplicated; a number repeated in the file is one customer that
the later line updates. Everything is written in one transaction through `customer_bulk.write_customers`, the bulk
path of the demo: a failure leaves the database as it was.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ispdesk.core.clock import now_utc
from ispdesk.core.csvfile import write_csv
from ispdesk.core.db import write_tx
from ispdesk.core.errors import DomainError, ValidationError, ValidationErrors
from ispdesk.core.models import Customer, Office, User
from ispdesk.core.phones import normalize_phone, split_phones
from ispdesk.core.session import HasId, Session
from ispdesk.core.text import fold

from .audit_log import record_audit
from .customer_bulk import COLUMNS, DEFAULTS, write_customers
from .customers import _clean
from .data_access import data_actor

Progress = Callable[[str, int, int], None]

MAX_BYTES = 200 * 1024 * 1024  # a customer list is a few MB; a bigger file is the wrong one

# The fields a column can feed, in the order the mapping combos list them.
FIELDS: dict[str, str] = {
    "number": "Número de cliente",
    "name": "Nombre",
    "phones": "Teléfono",
    "email": "Correo electrónico",
    "address": "Domicilio",
    "colonia": "Colonia",
    "postal_code": "Código postal",
    "municipio": "Municipio o ciudad",
    "state": "Estado (entidad)",
    "status": "Estatus del servicio",
    "zone": "Zona",
    "tower": "Torre o nodo",
    "plan": "Plan",
    "plan_price": "Precio (mensualidad)",
    "billing_day": "Día de corte",
    "install_date": "Fecha de instalación",
    "latitude": "Latitud",
    "longitude": "Longitud",
    "coordinates": "Coordenadas (lat,lng)",
    "references": "Referencias del domicilio",
    "notes": "Notas",
    "last_invoice": "Última factura",
}
MULTI_FIELDS = frozenset({"phones"})  # several columns may feed it (teléfono, celular…)
HARD_FIELDS = ("number", "name", "status")  # a bad value rejects the row; any other is left out with a warning

# Header synonyms, best first (when two columns claim a field, the better synonym wins).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": ("numero", "no cliente", "num cliente", "numero de cliente", "no de cliente", "numero cliente",
               "id cliente", "clave cliente", "cliente", "contrato", "no contrato", "numero de contrato", "clave",
               "cuenta", "id", "num", "no"),
    "name": ("nombre", "nombre completo", "nombre del cliente", "nombre cliente", "titular", "suscriptor",
             "razon social"),
    "phones": ("telefono", "telefonos", "tel", "celular", "movil", "cel", "whatsapp", "telefono celular",
               "telefono casa", "tel casa", "tel celular", "telefono movil", "telefono fijo"),
    "email": ("correo", "email", "e-mail", "correo electronico", "mail"),
    "address": ("direccion", "domicilio", "calle", "calle y numero", "domicilio del servicio"),
    "colonia": ("colonia", "col", "fraccionamiento", "barrio"),
    "postal_code": ("cp", "codigo postal", "c p"),
    "municipio": ("municipio", "ciudad", "localidad", "poblacion", "delegacion", "alcaldia"),
    "state": ("estado", "entidad", "entidad federativa"),
    "status": ("estatus", "status", "situacion", "estatus del servicio", "estado del servicio"),
    "zone": ("zona", "sector"),
    "tower": ("torre", "nodo", "ap", "antena"),
    "plan": ("plan", "paquete", "plan contratado"),
    "plan_price": ("precio", "mensualidad", "tarifa", "precio del plan", "renta mensual", "renta", "costo"),
    "billing_day": ("dia de corte", "corte", "dia de pago", "dia corte", "dia pago"),
    "install_date": ("fecha de instalacion", "fecha instalacion", "instalacion", "fecha de alta"),
    "latitude": ("latitud", "lat"),
    "longitude": ("longitud", "lng", "lon", "long"),
    "coordinates": ("coordenadas", "coordenadas gps", "gps", "ubicacion gps", "ubicacion"),
    "references": ("referencias", "referencia", "entre calles"),
    "notes": ("notas", "observaciones", "comentarios", "nota"),
    "last_invoice": ("ultima factura", "factura", "folio factura"),
}

STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("activo", "activa", "active", "alta", "al corriente", "vigente", "conectado", "a"), "activo"),
    **dict.fromkeys(("suspendido", "suspendida", "suspended", "suspension", "cortado", "cortada", "corte", "s"),
                    "suspendido"),
    **dict.fromkeys(("baja", "de baja", "dado de baja", "cancelado", "cancelada", "inactivo", "inactiva",
                     "retirado", "canceled", "cancelled", "inactive", "b"), "baja"),
}

DELIMITERS: dict[str, str] = {",": "coma", ";": "punto y coma", "\t": "tabulador", "|": "barra vertical"}
ENCODINGS: dict[str, str] = {"utf-8-sig": "UTF-8 con BOM", "utf-8": "UTF-8", "utf-16": "UTF-16 (Texto Unicode)",
                             "cp1252": "Windows-1252", "latin-1": "Latin-1"}


def header_key(text: str) -> str:
    """"No. Cliente" → "nocliente": what header matching compares."""
    return re.sub(r"[^0-9a-z]", "", fold(text or ""))


_SYNONYM_RANK: dict[str, tuple[str, int]] = {}
for _field, _words in SYNONYMS.items():
    for _rank, _word in enumerate(_words):
        _SYNONYM_RANK.setdefault(header_key(_word), (_field, _rank))


# --- reading -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CsvRecord:
    line: int  # where the record starts, as a text editor numbers lines
    cells: tuple[str, ...]
    end_line: int = 0  # where it ends (a quoted line break makes it longer)


@dataclass(frozen=True)
class CsvTable:
    """A CSV file read whole: its header and records, and how it was decoded."""

    path: str
    encoding: str  # a key of ENCODINGS
    delimiter: str  # a key of DELIMITERS
    header: tuple[str, ...]
    records: tuple[CsvRecord, ...]
    sha256: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def encoding_label(self) -> str:
        return ENCODINGS.get(self.encoding, self.encoding)

    @property
    def delimiter_label(self) -> str:
        return DELIMITERS.get(self.delimiter, repr(self.delimiter))


def _decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    if encoding:
        codec = "utf-16" if encoding == "utf-16" else encoding
        if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
            encoding = codec = "utf-8-sig"
        return data.decode(codec, errors="replace"), encoding
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return data.decode("latin-1"), "latin-1"


def _count_outside_quotes(line: str, char: str) -> int:
    count, quoted = 0, False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == char and not quoted:
            count += 1
    return count


def _sniff_delimiter(first_line: str) -> str:
    """The separator the header line uses most (headers hold words, not commas); a comma when none."""
    best, best_count = ",", 0
    for candidate in (";", ",", "\t", "|"):
        n = _count_outside_quotes(first_line, candidate)
        if n > best_count:
            best, best_count = candidate, n
    return best


def read_table(path: str | os.PathLike[str], *, encoding: str | None = None,
               delimiter: str | None = None) -> CsvTable:
    """Read a CSV file (encoding and separator found unless given). Raises `DomainError` when the file cannot be
    read or holds no header."""
    target = Path(path)
    try:
        if target.is_dir():
            raise DomainError(f"{target} es una carpeta, no un archivo CSV.", "path")
        size = target.stat().st_size
        if size > MAX_BYTES:
            raise DomainError(f"{target.name} pesa {size // (1024 * 1024)} MB: no parece una lista de clientes "
                              "en CSV.", "path")
        data = target.read_bytes()
    except FileNotFoundError:
        raise DomainError(f"No existe el archivo {target}.", "path") from None
    except PermissionError:
        raise DomainError(f"No hay permiso para leer {target}.", "path") from None
    except OSError as exc:
        raise DomainError(f"No se pudo leer {target} ({exc.strerror or exc}).", "path") from None
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise DomainError(f"{target.name} es un libro de Excel, no un CSV: ábralo en Excel y use «Guardar como» → "
                          "«CSV (delimitado por comas)».", "path")
    text, used = _decode(data, encoding)
    text = text.replace("\x00", "")
    lines_in = io.StringIO(text, newline="")
    first = lines_in.readline()
    offset = 0
    sep_hint = re.fullmatch(r"\s*sep=(.)\s*", first.rstrip("\r\n"))
    if sep_hint:  # Excel's "sep=;" line: the separator, then the header on line 2
        offset = 1
        delimiter = delimiter or sep_hint[1]
        first = lines_in.readline()
    delimiter = delimiter or _sniff_delimiter(first.rstrip("\r\n"))
    body = io.StringIO(text, newline="")
    if offset:
        body.readline()
    csv.field_size_limit(max(csv.field_size_limit(), 10 * 1024 * 1024))
    reader = csv.reader(body, delimiter=delimiter, quotechar='"', doublequote=True, skipinitialspace=False)
    header: tuple[str, ...] | None = None
    records: list[CsvRecord] = []
    previous = 0
    try:
        for cells in reader:
            start, previous = previous + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue  # a blank line, or Excel's ";;;;" rows after the data
            if header is None:
                header = tuple(c.strip() for c in cells)
                continue
            records.append(CsvRecord(start + offset, tuple(cells), previous + offset))
    except csv.Error as exc:
        raise DomainError(f"No se pudo leer {target.name} como CSV (línea {reader.line_num + offset}): {exc}.",
                          "path") from None
    if header is None:
        raise DomainError(f"{target.name} está vacío: no tiene ni encabezados.", "path")
    return CsvTable(str(target), used, delimiter, header, tuple(records), hashlib.sha256(data).hexdigest())


# --- mapping -----------------------------------------------------------------------------------------------------

def _field_of(header: str) -> tuple[str, int] | None:
    key = header_key(header)
    hit = _SYNONYM_RANK.get(key) or _SYNONYM_RANK.get(key.rstrip("0123456789"))
    return hit


def guess_mapping(header: Sequence[str]) -> tuple[str | None, ...]:
    """The field each column feeds (None: ignored). Torre/nodo feed the zone when no column is the zone."""
    claims: dict[str, list[tuple[int, int]]] = {}
    for index, title in enumerate(header):
        hit = _field_of(title)
        if hit is not None:
            claims.setdefault(hit[0], []).append((hit[1], index))
    numbers = sorted(claims.get("number", []))
    if "name" not in claims and len(numbers) > 1 and header_key(header[numbers[0][1]]) == "cliente":
        # "ID;Cliente;Teléfono": with another column for the number, «Cliente» is the customer's name
        claims["name"] = [numbers[0]]
        claims["number"] = numbers[1:]
    mapping: list[str | None] = [None] * len(header)
    for fld, columns in claims.items():
        if fld in MULTI_FIELDS:
            for _rank, index in columns:
                mapping[index] = fld
        else:
            mapping[min(columns)[1]] = fld
    if "zone" not in mapping and "tower" in mapping:  # "torre" alone is how the office splits its customers
        mapping[mapping.index("tower")] = "zone"
        leftovers = [i for _r, i in sorted(claims.get("tower", [])) if mapping[i] is None]
        if leftovers:
            mapping[leftovers[0]] = "tower"
    if "coordinates" in mapping and ("latitude" in mapping or "longitude" in mapping):
        mapping[mapping.index("coordinates")] = None
    return tuple(mapping)


def check_mapping(mapping: Sequence[str | None], header: Sequence[str]) -> None:
    """The number must come from a column; a field other than the phones from one column at most."""
    if len(mapping) != len(header):
        raise ValidationError("La asignación de columnas no corresponde al archivo.", "mapping")
    if "number" not in mapping:
        raise ValidationError("Indique qué columna tiene el número de cliente: sin él no se puede saber si un "
                              "cliente ya existe.", "mapping")
    for fld in set(mapping) - {None} - MULTI_FIELDS:
        columns = [header[i] or f"#{i + 1}" for i, f in enumerate(mapping) if f == fld]
        if len(columns) > 1:
            raise ValidationError(f"{FIELDS[fld]}: asignado a varias columnas ({', '.join(columns)}); "  # type: ignore[index]
                                  "elija una.", "mapping")
    unknown = set(mapping) - {None} - set(FIELDS)
    if unknown:
        raise ValidationError(f"Campo desconocido: {', '.join(sorted(unknown))}.", "mapping")  # type: ignore[arg-type]


# --- one row -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LineNote:
    line: int
    number: str
    message: str


@dataclass(frozen=True)
class RejectedRow:
    line: int
    number: str
    reason: str
    cells: tuple[str, ...]


@dataclass
class _Parsed:
    line: int
    number: str
    values: dict[str, object]  # only what the row gives (non-empty and valid)
    cells: tuple[str, ...]
    warnings: list[str] = field(default_factory=list)


def _sentence(message: str) -> str:
    return message if message.endswith((".", "!", "?")) else message + "."


def _excel_number(text: str) -> str:
    """Excel writes a numeric cell as "4441234567.0" or "5.0": the ".0" is not part of the data."""
    return text[:-2] if text.endswith(".0") and text[:-2].replace(" ", "").isdigit() else text


def _status_code(text: str) -> str:
    code = STATUS_WORDS.get(" ".join(re.findall(r"[a-z]+", fold(text))))
    if code is None:
        raise ValidationError(f"Estatus «{text}» no reconocido: use Activo, Suspendido o Baja.", "status")
    return code


def _coordinates(text: str) -> tuple[str, str]:
    parts = [p for p in re.split(r"[,;\s]+", text.strip().strip("()")) if p]
    if len(parts) != 2:
        raise ValidationError(f"Coordenadas «{text}»: escriba latitud y longitud separadas por coma, p. ej. "
                              "21.9302,-99.9951.", "latitude")
    return parts[0], parts[1]


def _gather(cells: Sequence[str], mapping: Sequence[str | None]) -> dict[str, str]:
    raw: dict[str, str] = {}
    for index, fld in enumerate(mapping):
        if fld is None or index >= len(cells):
            continue
        value = cells[index].strip()
        if not value:
            continue
        if fld in raw:  # several phone columns
            raw[fld] = f"{raw[fld]}, {value}"
        else:
            raw[fld] = value
    return raw


def _parse_row(record: CsvRecord, mapping: Sequence[str | None], width: int) -> _Parsed | RejectedRow:
    cells = record.cells
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        where = (f"las líneas {record.line} a {record.end_line}" if record.end_line > record.line
                 else f"la línea {record.line}")
        hint = (" Una comilla sin cerrar junta varias líneas en una." if record.end_line > record.line
                else " ¿Un dato contiene el separador y no va entre comillas?")
        return RejectedRow(record.line, "", f"La fila tiene {len(cells)} columnas y el encabezado {width} "
                           f"({where}).{hint}", cells)
    raw = _gather(cells, mapping)
    number = raw.get("number", "")
    warnings: list[str] = []
    data: dict[str, object] = {}
    for fld, value in raw.items():
        if fld == "phones":
            good: list[str] = []
            for part in split_phones(value):
                try:
                    digits = normalize_phone(_excel_number(part))
                except ValidationError as exc:
                    warnings.append(f"{_sentence(exc.message)} No se guardó ese teléfono.")
                    continue
                if digits not in good:
                    good.append(digits)
            if good:
                data["phones"] = good
        elif fld == "status":
            try:
                data["status"] = _status_code(value)
            except ValidationError as exc:
                return RejectedRow(record.line, number, exc.message, cells)
        elif fld == "coordinates":
            try:
                data["latitude"], data["longitude"] = _coordinates(value)
            except ValidationError as exc:
                warnings.append(f"{_sentence(exc.message)} No se guardaron.")
        elif fld == "postal_code":
            digits = re.sub(r"(?i)^c\.?\s*p\.?\s*", "", _excel_number(value)).strip()
            data["postal_code"] = digits.zfill(5) if len(digits) == 4 and digits.isdigit() else digits
        elif fld in ("billing_day", "number", "last_invoice"):
            data[fld] = _excel_number(value)
        elif fld in ("latitude", "longitude"):
            data[fld] = value.replace(",", ".") if value.count(",") == 1 and "." not in value else value
        else:
            data[fld] = value
    # The form's own checks, field by field: hard fields reject the row, the others are left out with a warning.
    while True:
        try:
            cleaned = _clean(data, creating=False)
            break
        except ValidationError as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            hard = [e for e in errors if e.field in HARD_FIELDS or e.field not in data]
            if hard:
                return RejectedRow(record.line, number, " ".join(e.message for e in hard), cells)
            for e in errors:
                data.pop(e.field or "", None)
                if e.field in ("latitude", "longitude"):  # a point needs both
                    data.pop("latitude", None)
                    data.pop("longitude", None)
                warnings.append(f"{_sentence(e.message)} No se guardó ese dato.")
    number = str(cleaned.get("number") or "")
    if not number:
        return RejectedRow(record.line, "", "Falta el número de cliente.", cells)
    if ("latitude" in cleaned) != ("longitude" in cleaned):
        cleaned.pop("latitude", None)
        cleaned.pop("longitude", None)
        warnings.append("Falta la latitud o la longitud: no se guardó la ubicación.")
    cleaned = {k: v for k, v in cleaned.items() if v not in ("", None)}
    return _Parsed(record.line, number, cleaned, cells, warnings)


# --- the import --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, with `dry_run`, would do), line by line."""

    file_name: str
    dry_run: bool
    rows: int  # data records read (blank lines aside)
    inserted: int
    updated: int
    unchanged: int
    rejected: tuple[RejectedRow, ...]
    warnings: tuple[LineNote, ...]  # imported without some value
    repeated: tuple[LineNote, ...]  # a number seen again: the later line updated it
    header: tuple[str, ...] = ()
    delimiter: str = ","

    @property
    def notes(self) -> tuple[LineNote, ...]:
        """Warnings and repeats together, by line."""
        return tuple(sorted((*self.warnings, *self.repeated), key=lambda n: n.line))

    def summary(self) -> str:
        verb = "Se importarían" if self.dry_run else "Importados"
        return (f"{verb}: {self.inserted} nuevos, {self.updated} actualizados, {self.unchanged} sin cambios, "
                f"{len(self.rejected)} rechazados.")


_COMPARED = tuple(c for c in COLUMNS if c not in ("created_at", "updated_at", "office_id", "opposition"))


def _merge(current: dict[str, object], values: dict[str, object]) -> dict[str, object]:
    out = dict(current)
    for key, value in values.items():
        out[key] = ",".join(value) if key == "phones" and isinstance(value, list) else value  # type: ignore[arg-type]
    return out


def _same(a: dict[str, object], b: dict[str, object]) -> bool:
    for key in _COMPARED:
        x, y = a.get(key, DEFAULTS.get(key)), b.get(key, DEFAULTS.get(key))
        if isinstance(x, Decimal | int | float) and isinstance(y, Decimal | int | float):
            if Decimal(str(x)) != Decimal(str(y)):
                return False
        elif x != y and not (x in (None, "") and y in (None, "")):
            return False
    return True


def _existing(numbers: Sequence[str]) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        for row in Customer.select().where(Customer.number.in_(chunk)).dicts():
            row["office_id"] = row.pop("office")
            out[row["number"]] = row
    return out


def import_customers(actor: User | Session | HasId | int | None, table: CsvTable,
                     mapping: Sequence[str | None] | None = None, *, dry_run: bool = False,
                     progress: Progress | None = None) -> ImportResult:
    """Import (or, with `dry_run`, only check) the records of `table`. One transaction: all or nothing."""
    user = data_actor(actor)
    mapping = tuple(mapping) if mapping is not None else guess_mapping(table.header)
    check_mapping(mapping, table.header)
    width = len(table.header)
    parsed: list[_Parsed] = []
    rejected: list[RejectedRow] = []
    total = len(table.records)
    for i, record in enumerate(table.records, 1):
        row = _parse_row(record, mapping, width)
        (rejected if isinstance(row, RejectedRow) else parsed).append(row)  # type: ignore[arg-type]
        if progress and i % 500 == 0:
            progress("Revisando filas", i, total)
    if progress:
        progress("Revisando filas", total, total)

    def plan() -> tuple[ImportResult, list[dict[str, object]], list[tuple[int, dict[str, object]]]]:
        now = now_utc()
        existing = _existing(sorted({p.number for p in parsed}))
        office_id = user.office_id or Office.select(Office.id).order_by(Office.id).scalar()
        pending: dict[str, tuple[int | None, dict[str, object], int]] = {}  # number → (id, row, line that set it)
        inserted = updated = unchanged = 0
        warnings: list[LineNote] = []
        repeated: list[LineNote] = []
        late: list[RejectedRow] = []  # rejected once the database was read
        for p in parsed:
            previous = pending.get(p.number)
            current = existing.get(p.number)
            if previous is not None:
                cid, before, first_line = previous
                after = _merge(before, p.values)
                repeated.append(LineNote(p.line, p.number, f"El número {p.number} ya venía en la línea {first_line}: "
                                         "esta línea lo actualizó."))
            elif current is not None and current.get("anonymized_at"):
                late.append(RejectedRow(p.line, p.number, f"El cliente {p.number} fue anonimizado (derechos ARCO): "
                                        "sus datos personales no se vuelven a cargar.", p.cells))
                continue
            elif current is None:
                if "name" not in p.values:
                    late.append(RejectedRow(p.line, p.number, "Cliente nuevo sin nombre: falta el nombre.", p.cells))
                    continue
                cid, before, first_line = None, {}, p.line
                after = _merge({"office_id": office_id, "created_at": now, "updated_at": now}, p.values)
            else:
                cid, before, first_line = int(current["id"]), current, p.line  # type: ignore[call-overload]
                after = _merge(current, p.values)
            warnings.extend(LineNote(p.line, p.number, w) for w in p.warnings)
            if not before:
                inserted += 1
            elif _same(before, after):
                unchanged += 1
            else:
                updated += 1
            pending[p.number] = (cid, after, first_line)
        new_rows = [row for cid, row, _line in pending.values() if cid is None]
        changed: list[tuple[int, dict[str, object]]] = []
        for cid, row, _line in pending.values():
            if cid is not None and not _same(existing[str(row["number"])], row):
                changed.append((cid, {**row, "updated_at": now}))
        all_rejected = tuple(sorted((*rejected, *late), key=lambda r: r.line))
        result = ImportResult(table.name, dry_run, len(table.records), inserted, updated, unchanged, all_rejected,
                              tuple(warnings), tuple(repeated), table.header, table.delimiter)
        return result, new_rows, changed

    if dry_run:
        result, _new, _changed = plan()
        return result
    try:
        with write_tx():
            result, new_rows, changed = plan()
            write_customers(new_rows, changed, progress=progress, stage="Guardando clientes")
            record_audit(user, "import", table.name, "import_customers",
                         f"Importación de clientes desde {table.name}: {result.inserted} nuevos, "
                         f"{result.updated} actualizados, {result.unchanged} sin cambios, "
                         f"{len(result.rejected)} rechazados.",
                         {"file": table.name, "sha256": table.sha256, "encoding": table.encoding,
                          "delimiter": table.delimiter, "rows": result.rows, "inserted": result.inserted,
                          "updated": result.updated, "unchanged": result.unchanged,
                          "rejected": len(result.rejected)})
    except DomainError:
        raise
    except Exception as exc:  # the database refused something: nothing was kept
        raise DomainError(f"La importación falló y no se guardó nada: {exc}") from exc
    return result


def write_rejects(result: ImportResult, path: str | os.PathLike[str]) -> int:
    """The rejected rows as a CSV the office can fix and import again: "linea" and "motivo", then the original
    columns, with the file's own separator, UTF-8 with BOM (Excel reads the accents). Written whole or not at all."""
    return write_csv(path, ["linea", "motivo", *result.header],
                     ([r.line, r.reason, *r.cells] for r in result.rejected), prefix=".rechazados-",
                     delimiter=result.delimiter)


def describe_table(table: CsvTable) -> str:
    """"Windows-1252, separado por punto y coma, 20 000 filas": what the import screen and the CLI say."""
    rows = f"{len(table.records):,}".replace(",", " ")
    return f"{table.encoding_label}, separado por {table.delimiter_label}, {rows} filas"


__all__ = ["FIELDS", "CsvRecord", "CsvTable", "ImportResult", "LineNote", "RejectedRow", "check_mapping",
           "describe_table", "guess_mapping", "import_customers", "read_table", "write_rejects"]
