"""The one way ispdesk writes a CSV for people: UTF-8 with BOM (Excel reads the accents), into a temporary file
beside the target and renamed when whole, so a failed or interrupted export never leaves half a file."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ispdesk.core.errors import DomainError


def write_csv(path: str | os.PathLike[str], header: Sequence[object], rows: Iterable[Sequence[object]], *,
              prefix: str = ".exportando-", delimiter: str = ",") -> int:
    """Write `header` then `rows`; returns how many rows. Spanish `DomainError` (field "path") when it cannot."""
    target = Path(path)
    if target.is_dir():
        raise DomainError(f"{target} es una carpeta: indique un nombre de archivo.", "path")
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".csv", dir=target.parent or None)
    except OSError as exc:
        raise DomainError(f"No se puede escribir en la carpeta {target.parent} ({exc.strerror or exc}).",
                          "path") from None
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f, delimiter=delimiter)
            out.writerow(header)
            for row in rows:
                out.writerow(row)
                count += 1
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DomainError(f"No se pudo guardar {target.name} ({exc.strerror or exc}).", "path") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
