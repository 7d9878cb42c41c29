"""Opening the DuckDB corpus file and writing to it (with ``query`` and ``export``, the only duckdb users).

Every DuckDB failure is translated here into ``DatabaseError`` with a message a
person can act on: the file is locked by another process, it is not a DuckDB
file, its schema is another version, the disk is full.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb

from ..errors import DatabaseError
from .rows import DocRows
from .schema import ALL_TABLES, DOCUMENT_TABLES, ERRORS, INDEXES, SCHEMA_VERSION, create_table_sql, sql_string, views

# the lock message names the process holding the file
_LOCK_RE = re.compile(r"Could not set lock on file.*?\(PID (\d+)\)", re.DOTALL)


_INSERT_SQL = {
    spec.name: "INSERT INTO {t} ({c}) SELECT {c} FROM _doc_rows".format(
        t=spec.name, c=", ".join(f'"{n}"' for n in spec.names)
    )
    for spec in DOCUMENT_TABLES
}


class DocumentRejected(Exception):
    """One document's rows could not be stored (a key clash); the database is fine."""


def translate(exc: BaseException, path: str | os.PathLike[str]) -> DatabaseError:
    """A DuckDB (or OS) failure as one clear ``DatabaseError``."""
    msg = str(exc)
    if "Could not set lock on file" in msg:
        m = _LOCK_RE.search(msg)
        who = f" (PID {m.group(1)})" if m else ""
        return DatabaseError(
            f"{path}: the database is in use by another process{who}; wait for it to finish or use another --db"
        )
    low = msg.lower()
    if "no space left" in low or "file too large" in low or "disk full" in low:
        return DatabaseError(f"{path}: cannot write the database, the disk is full ({msg.splitlines()[0]})")
    if "not a valid duckdb database" in low or "unable to open database" in low or "not a duckdb" in low:
        return DatabaseError(f"{path}: not a DuckDB database file ({msg.splitlines()[0]})")
    return DatabaseError(f"{path}: database error: {msg.splitlines()[0] if msg else type(exc).__name__}")


class Corpus:
    """An open corpus database.  Use ``open_corpus``; close it (or use ``with``)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    def __enter__(self) -> Self:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(duckdb.Error):  # a database invalidated by a failed write: nothing left to close
            self.con.close()

    # -- reading -------------------------------------------------------------
    def known_documents(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT sha256 FROM documents").fetchall()}

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        return {t.name: int(_first(self.con.execute(f"SELECT count(*) FROM {t.name}").fetchone())) for t in ALL_TABLES}

    # -- writing -------------------------------------------------------------
    def write_document(self, rows: DocRows) -> None:
        """Store one document's rows in one transaction (all or nothing).

        Raises ``DocumentRejected`` when the rows clash with a key (the
        transaction is rolled back, the database is intact) and
        ``DatabaseError`` when the database cannot be written at all.
        """
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            for spec in DOCUMENT_TABLES:
                table = rows.tables[spec.name]
                if table.num_rows == 0:
                    continue
                # DuckDB reads the local Arrow table ``_doc_rows`` by name (a replacement scan)
                _doc_rows = table
                con.execute(_INSERT_SQL[spec.name])
            con.execute("DELETE FROM errors WHERE key = ?", [rows.sha256])
            con.execute("COMMIT")
        except duckdb.ConstraintException as exc:
            self._rollback()
            raise DocumentRejected(f"cannot store the document: {str(exc).splitlines()[0]}") from exc
        except (duckdb.Error, OSError) as exc:
            self._rollback()
            raise translate(exc, self.path) from exc
        except BaseException:  # SIGTERM/SIGINT mid-write: the document is simply not stored
            self._rollback()
            raise

    def write_error(self, path: str, sha256: str | None, reason: str) -> None:
        """Record (or update) a file that could not be analysed."""
        key = sha256 or f"path:{path}"
        at = datetime.now(UTC).replace(tzinfo=None)
        cols = ", ".join(f'"{n}"' for n in ERRORS.names)
        try:
            self.con.execute(
                f"INSERT OR REPLACE INTO errors ({cols}) VALUES (?, ?, ?, ?, ?)", [key, path, sha256, reason, at]
            )
        except (duckdb.Error, OSError) as exc:
            raise translate(exc, self.path) from exc

    def checkpoint(self) -> None:
        try:
            self.con.execute("CHECKPOINT")
        except (duckdb.Error, OSError) as exc:
            raise translate(exc, self.path) from exc

    def _rollback(self) -> None:
        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")


def _ensure_schema(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS schema_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
    row = con.execute("SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()
    if row is not None and row[0] != SCHEMA_VERSION:
        raise DatabaseError(
            f"{path}: corpus schema version {row[0]}, this analyzer writes version {SCHEMA_VERSION}; "
            "use a new --db file (or export the old one first)"
        )
    if row is None:
        existing = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if existing - {"schema_info"}:
            raise DatabaseError(
                f"{path}: this DuckDB file holds other tables, not a govreport corpus; use another --db"
            )
    con.execute("BEGIN TRANSACTION")
    for spec in ALL_TABLES:
        con.execute(create_table_sql(spec))
    for sql in INDEXES:
        con.execute(sql)
    for sql in views().values():
        con.execute(sql)
    con.execute("INSERT OR REPLACE INTO schema_info VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    con.execute("COMMIT")


# Rows per row group (DuckDB's default is 122,880, which holds the documents
# table of a 10,000-document corpus in one group).  Measured with a writer-only
# run (the same rows stored under 6,000 keys): the peak memory of the automatic
# checkpoints grew with the corpus at the default and grew far less at 16,384.
ROW_GROUP_SIZE = 16_384


def _connect(p: Path, read_only: bool, memory_limit: str) -> duckdb.DuckDBPyConnection:
    """The corpus file attached (as ``corpus``, the default catalog) to an in-memory DuckDB: ATTACH sets row groups."""
    con = duckdb.connect(":memory:", config={"memory_limit": memory_limit, "threads": 2, "temp_directory": f"{p}.tmp"})
    try:
        options = f"ROW_GROUP_SIZE {ROW_GROUP_SIZE}" + (", READ_ONLY" if read_only else "")
        con.execute(f"ATTACH {sql_string(str(p))} AS corpus ({options})")
        con.execute("USE corpus")
    except BaseException:
        con.close()
        raise
    return con


def open_corpus(path: str | os.PathLike[str], *, read_only: bool = False, memory_limit: str = "1GB") -> Corpus:
    """Open (creating when needed, unless ``read_only``) a corpus database.

    Raises ``DatabaseError`` with a clear message when the file is locked by
    another process, is not a DuckDB file, or holds another schema version.
    """
    p = Path(path)
    if read_only and not p.is_file():
        raise DatabaseError(f"{p}: no such database (run `govreport batch ... --db {p}` first)")
    if not read_only and p.parent and not p.parent.is_dir():
        raise DatabaseError(f"{p}: the folder {p.parent} does not exist")
    try:
        con = _connect(p, read_only, memory_limit)
    except (duckdb.Error, OSError) as exc:
        raise translate(exc, p) from exc
    try:
        if read_only:
            row = con.execute("SELECT value FROM schema_info WHERE key = 'schema_version'").fetchone()
            if row is None or row[0] != SCHEMA_VERSION:
                raise DatabaseError(f"{p}: corpus schema version {row and row[0]}, expected {SCHEMA_VERSION}")
        else:
            _ensure_schema(con, p)
    except duckdb.CatalogException as exc:
        con.close()
        raise DatabaseError(f"{p}: not a govreport corpus database (no schema_info table)") from exc
    except (duckdb.Error, OSError) as exc:
        con.close()
        raise translate(exc, p) from exc
    except DatabaseError:
        con.close()
        raise
    return Corpus(con, p, read_only)


def _first(row: tuple[Any, ...] | None) -> Any:
    """The first column of a one-row aggregate (count, max: always one row)."""
    assert row is not None
    return row[0]
