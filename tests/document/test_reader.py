"""Reading report files: encodings, PDF, and refusal of unusable input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from uncac_kg.document import read_document, read_text
from uncac_kg.errors import InputError

EXAMPLE = Path(__file__).parents[2] / "examples" / "ungass2021-intersessional-2.txt"
SAMPLE = "1. The Conference met in Vienna – “at short notice” – for €25 billion café.\n"


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF showing ``lines`` in Helvetica, with a correct xref table."""
    content = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({escaped}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252"],
)
def test_text_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    text, found = read_text(write(tmp_path, "report.txt", data))
    assert (text, found) == (SAMPLE, encoding)


def test_cp1252_never_yields_mojibake(tmp_path: Path) -> None:
    raw = "The “Molecola” Programme, the café’s € fund and the naïve “zero” draft.\n" * 3
    text, encoding = read_text(write(tmp_path, "cp.txt", raw.encode("cp1252")))
    assert encoding == "cp1252"
    assert text == raw
    assert "Ã" not in text and "â€" not in text


def test_non_western_single_byte_text_is_detected(tmp_path: Path) -> None:
    raw = "Конференция государств – участников Конвенции против коррупции. " * 3
    text, encoding = read_text(write(tmp_path, "ru.txt", raw.encode("cp1251")))
    assert (text, encoding) == (raw, "cp1251")


def test_reads_the_bundled_example() -> None:
    text, encoding = read_text(EXAMPLE)
    assert encoding == "utf-8"
    assert "Outcome of the second intersessional meeting" in text


def test_reads_a_pdf(tmp_path: Path) -> None:
    path = write(tmp_path, "report.pdf", make_pdf(["Report of the meeting", "1. It opened."]))
    text, encoding = read_text(path)
    assert encoding == "pdf"
    assert "Report of the meeting" in text and "1. It opened." in text


def test_read_document_from_pdf(tmp_path: Path) -> None:
    lines = ["Report of the expert meeting", "1. The meeting opened (late).", "2. It closed."]
    document = read_document(write(tmp_path, "expert-meeting.pdf", make_pdf(lines)))
    assert document.identifier == "expert-meeting"
    assert document.encoding == "pdf"
    assert document.title == "Report of the expert meeting"
    assert [p.text for p in document.paragraphs] == ["The meeting opened (late).", "It closed."]


def test_read_document_defaults_and_identifier() -> None:
    document = read_document(EXAMPLE)
    assert document.identifier == "ungass2021-intersessional-2"
    assert document.source == str(EXAMPLE)
    assert read_document(EXAMPLE, identifier="ig2").identifier == "ig2"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b" \n\t\r\n  \n", "contains no text"),
        ("nul.txt", b"1. Text\x00\x00\x01 more", "binary content"),
        ("controls.txt", bytes(range(1, 9)) * 20 + b"text", "binary content"),
        ("undecodable.txt", bytes(range(0x80, 0x100)) * 3, "cannot determine the text encoding"),
        ("report.docx", b"PK\x03\x04 whatever", "unsupported file type '.docx'"),
        ("noext", b"1. Text", "unsupported file type '(none)'"),
        ("zipped.txt", b"PK\x03\x04\x14\x00 data", "ZIP archive"),
        ("fake.pdf", b"1. Plain text, not a PDF.", "not a PDF file"),
        ("corrupt.pdf", b"%PDF-1.4\nthis is not a real PDF body", "cannot read PDF"),
        ("truncated.pdf", make_pdf(["1. Text"])[:200], "cannot read PDF"),
        ("scanned.pdf", make_pdf([]), "no extractable text"),
        ("bad-bom.txt", b"\xff\xfe\x00\xd8", "invalid utf-16 text"),
    ],
)
def test_refuses_unusable_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        read_text(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_refuses_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


def test_refuses_a_file_over_the_size_cap(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"1. Words and words.\n" * 100)
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        read_text(path, max_bytes=1000)
    with pytest.raises(InputError, match="over the"):
        read_document(path, max_bytes=1000)
    assert read_text(path, max_bytes=10_000)[0].startswith("1. Words")
