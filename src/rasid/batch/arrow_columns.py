"""Arrow tables from Python rows, built from buffers rather than with `pa.array`.

`pa.array` and `pa.Table.from_pylist` ask, for every column, whether the values are a
pandas object, and that question imports pandas (about 45 MB) into the process. A batch
worker only ever writes flat columns (text, bytes, integers, floats, booleans), so it
builds them here from their Arrow buffers and never pays for pandas; the tables are
equal to `pa.Table.from_pylist(rows, schema=schema)` (tests/batch/test_arrow_columns.py).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

#: Arrow's `string` and `binary` columns have 32-bit offsets.
_MAX_OFFSET = 2**31 - 1


def table_of(rows: Sequence[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """The rows as a table of `schema` (a key missing from a row is a null)."""
    columns = [column([row.get(field.name) for row in rows], field.type) for field in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def column(values: Sequence[Any], kind: pa.DataType) -> pa.Array:
    """One column of `kind`, with None as null."""
    present = [v is not None for v in values]
    nulls = len(values) - sum(present)
    validity = _bitmap(present) if nulls else None
    if pa.types.is_string(kind) or pa.types.is_binary(kind):
        encoded = [_bytes(v, kind) for v in values]
        offsets = array("i", [0])
        total = 0
        for item in encoded:
            total += len(item)
            if total > _MAX_OFFSET:
                raise ValueError(f"a {kind} column over {_MAX_OFFSET} bytes; write smaller chunks")
            offsets.append(total)
        buffers = [validity, pa.py_buffer(offsets.tobytes()), pa.py_buffer(b"".join(encoded))]
    elif pa.types.is_int64(kind):
        buffers = [validity, pa.py_buffer(array("q", [0 if v is None else int(v) for v in values]))]
    elif pa.types.is_float64(kind):
        buffers = [validity, pa.py_buffer(array("d", [0.0 if v is None else float(v) for v in values]))]
    elif pa.types.is_boolean(kind):
        buffers = [validity, _bitmap([bool(v) for v in values])]
    else:
        raise TypeError(f"no buffer layout for an Arrow {kind} column")
    return pa.Array.from_buffers(kind, len(values), buffers, null_count=nulls)


def _bytes(value: Any, kind: pa.DataType) -> bytes:
    if value is None:
        return b""
    if isinstance(value, str) and pa.types.is_string(kind):
        return value.encode("utf-8")
    if isinstance(value, bytes | bytearray | memoryview) and pa.types.is_binary(kind):
        return bytes(value)
    if isinstance(value, str):  # a str in a binary column is stored as its UTF-8, as pyarrow does
        return value.encode("utf-8")
    raise TypeError(f"a value of type {type(value).__name__} in a {kind} column")


def _bitmap(flags: Sequence[bool]) -> pa.Buffer:
    """Arrow's bit-packed layout: bit i of byte i // 8, least significant first."""
    out = bytearray((len(flags) + 7) // 8)
    for i, flag in enumerate(flags):
        if flag:
            out[i >> 3] |= 1 << (i & 7)
    return pa.py_buffer(bytes(out))
