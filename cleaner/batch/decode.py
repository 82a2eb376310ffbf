"""Bytes to text: refuse binary files, read UTF-8, recover legacy encodings."""

from __future__ import annotations

import codecs
import re

SNIFF_BYTES = 1 << 16
"""Binary detection looks at the first 64 KiB: enough to see a file header or a run of
binary records, cheap on a multi-GB file."""

MAX_CONTROL_SHARE = 0.05
"""Share of control bytes (other than tab, newline, form feed, carriage return, escape) above
which a file is taken as binary. Scraped text carries a few stray control characters; binary
formats are full of them."""

MAX_NON_ASCII_LETTER_SHARE = 0.3
"""When bytes are not UTF-8, windows-1252 is tried first (latin-1 labels mean windows-1252 to
browsers, and it is the usual legacy encoding of Western pages). A Western European text has a
few accented letters among mostly ASCII ones; if more than this share of the letters decoded
as windows-1252 are non-ASCII, the bytes are more likely Cyrillic, Greek or another legacy
code page, and charset_normalizer is asked instead."""

_ALLOWED_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROLS = bytes(b for b in range(32) if b not in _ALLOWED_CONTROLS) + b"\x7f"


class BinaryFile(ValueError):
    """The bytes are not text."""


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes, or many control characters.

    >>> looks_binary(b"Plain text\\n"), looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    (False, True)
    """
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls > MAX_CONTROL_SHARE * len(sample)


_COMPRESSED = ((b"\x1f\x8b", "gzip", ".gz"), (b"\x28\xb5\x2f\xfd", "zstd", ".zst"))


def binary_reason(data: bytes, what: str, name: str = "") -> str:
    """Why bytes that `looks_binary` refuses are not `what`, as a sentence fragment: compressed
    data under a plain name (a crawler's saved body) says how to have it read.

    >>> binary_reason(b"\\x1f\\x8b\\x08\\x00", "text", "a.txt")
    'it is gzip-compressed, not text; with .gz at the end of its name (a.txt.gz) it is read'
    """
    for magic, compression, suffix in _COMPRESSED:
        if data.startswith(magic):
            return (f"it is {compression}-compressed, not {what}; with {suffix} at the end of its name"
                    + (f" ({name}{suffix})" if name else "") + " it is read")
    return f"it looks like a binary file, not {what}"


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """The text of `data` and the encoding it was read with. Raises `BinaryFile` for binary data.

    >>> decode("Caf\\u00e9 \\u2013 \\u201cok\\u201d".encode("cp1252"))
    ('Café – “ok”', 'cp1252')
    """
    if looks_binary(data):
        raise BinaryFile(binary_reason(data, "text", name))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise BinaryFile("it starts like UTF-16 text but is not valid UTF-16") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return decode_legacy(data)


MIXED = "utf-8+cp1252"
"""The encoding named for UTF-8 text with a few bytes of windows-1252 in it (a line pasted from
an older file, a stray byte): each byte that is not UTF-8 is read as windows-1252, the rest
as UTF-8."""

_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _cp1252_byte(match: re.Match) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes windows-1252 leaves undefined
        return byte.decode("latin-1")


def decode_legacy(data: bytes) -> tuple[str, str]:
    """The text of bytes that are not UTF-8, and the encoding they were read with.

    UTF-8 with a few stray bytes (its UTF-8 letters at least as many as the bytes that are not
    UTF-8) is read as UTF-8 with those bytes in windows-1252 (`MIXED`): read whole as
    windows-1252, every UTF-8 letter of it would turn into two or three wrong ones.

    >>> decode_legacy("Crème brûlée, café ".encode() + "égaré".encode("cp1252"))
    ('Crème brûlée, café égaré', 'utf-8+cp1252')
    """
    escaped = data.decode("utf-8", "surrogateescape")
    stray = len(_ESCAPED.findall(escaped))
    if stray and len(_NON_ASCII.findall(escaped)) >= stray:
        return _ESCAPED.sub(_cp1252_byte, escaped), MIXED
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_ascii_letters(text):
        return text, "cp1252"
    try:
        guess, available = _charset_normalizer(data), True
    except ImportError:
        guess, available = None, False
    if guess is not None:
        return guess
    encoding = "cp1252" if text is not None else "latin-1"
    text = text if text is not None else data.decode("latin-1")
    if available or _mostly_ascii_letters(text):
        return text, encoding
    # Cyrillic, Greek, ... read as windows-1252 would be written as garbage.
    raise MissingDecoder("it is not UTF-8 and not a Western code page; reading it needs the charset_normalizer "
                         "package (pip install \"cleaner[batch]\")")


class MissingDecoder(LookupError):
    """Bytes in a legacy code page that only charset_normalizer can tell, without it."""


def _mostly_ascii_letters(text: str) -> bool:
    letters = non_ascii = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ord(ch) > 127:
                non_ascii += 1
    return non_ascii <= MAX_NON_ASCII_LETTER_SHARE * letters


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    """charset_normalizer's guess, or None; ImportError without the package."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best), best.encoding
