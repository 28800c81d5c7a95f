"""Read a report file (plain text or PDF) into a string, refusing what is not a report.

Text files are decoded by their byte-order mark (UTF-8, UTF-16, UTF-32), else as strict
UTF-8, else as cp1252 (the usual Windows encoding of Western text, a superset of the
printable part of latin-1) when at most 30% of the bytes are non-ASCII, as in English,
French or Spanish text; else with the encoding charset-normalizer finds best (cp1251,
cp1256, GB18030...). Binary content, NUL bytes or more than 1% control characters, is
refused.
PDF files are recognised by their ``%PDF-`` signature and extracted with pdfminer.six;
the encoding reported for them is ``"pdf"``.
"""

from __future__ import annotations

import codecs
import io
import os
from pathlib import Path

from charset_normalizer import from_bytes

from uncac_kg.errors import InputError

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})
MAX_CONTROL_SHARE = 0.01
MAX_WESTERN_HIGH_SHARE = 0.3

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_SIGNATURES = {b"PK\x03\x04": "a ZIP archive (Word .docx?)", b"\xd0\xcf\x11\xe0": "an OLE file"}


def _control_share(text: str) -> float:
    controls = sum(
        1
        for char in text
        if (char < " " or "\x7f" <= char <= "\x9f") and char not in _ALLOWED_CONTROLS
    )
    return controls / len(text) if text else 0.0


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode the bytes of a text report; return (text, encoding name)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: invalid {encoding} text ({error.reason})") from None
    if b"\x00" in data:
        raise InputError(
            f"{name}: binary content (NUL bytes), not a text report"
            " (UTF-16 text needs a byte-order mark)"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if sum(byte >= 0x80 for byte in data) <= MAX_WESTERN_HIGH_SHARE * len(data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot determine the text encoding")
    return str(best), best.encoding


def _pdf_text(data: bytes, name: str) -> str:
    from pdfminer.high_level import extract_text

    try:
        text: str = extract_text(io.BytesIO(data))
    except Exception as error:  # pdfminer raises many types on damaged files
        detail = str(error).strip() or type(error).__name__
        raise InputError(f"{name}: cannot read PDF ({detail})") from None
    if not text.strip():
        raise InputError(f"{name}: PDF has no extractable text (scanned images?)")
    return text


def _check_file(path: Path, max_bytes: int) -> int:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a report file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    if size == 0:
        raise InputError(f"{path}: file is empty")
    return size


def read_text(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """Read the report at ``path``; return (text, encoding name) or raise InputError."""
    file = Path(path)
    _check_file(file, max_bytes)
    suffix = file.suffix.lower()
    if suffix not in TEXT_SUFFIXES | PDF_SUFFIXES:
        supported = ", ".join(sorted(TEXT_SUFFIXES | PDF_SUFFIXES))
        raise InputError(f"{file}: unsupported file type {suffix or '(none)'!r}; use {supported}")
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"{file}: cannot read ({error.strerror or error})") from None
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{file}: {kind}, not a text or PDF report")
    if data.lstrip()[:5] == b"%PDF-":
        text, encoding = _pdf_text(data, str(file)), "pdf"
    elif suffix in PDF_SUFFIXES:
        raise InputError(f"{file}: not a PDF file (no %PDF- signature)")
    else:
        text, encoding = decode(data, str(file))
    if not text.strip():
        raise InputError(f"{file}: contains no text")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError(f"{file}: binary content (control characters), not a text report")
    return text, encoding
