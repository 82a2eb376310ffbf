"""Reading bytes as text for the command line: binary refused, legacy encodings recovered."""

from __future__ import annotations

import pytest

from cleaner.batch.decode import BinaryFile, decode, looks_binary

GERMAN = "Die Brücke über den Fluss wird im Mai eröffnet, sagte die Bürgermeisterin am Dienstag. „Endlich“, sagte sie.\n"
RUSSIAN = "Мост через реку откроют в мае, сообщила во вторник мэр города. Жители ждали этого долго.\n"


@pytest.mark.parametrize("text,encoding", [(GERMAN, "cp1252"), (GERMAN.replace("„", '"').replace("“", '"'), "latin-1")])
def test_western_legacy_encodings_are_read(text, encoding):
    assert decode(text.encode(encoding)) == (text, "cp1252")


def test_cyrillic_legacy_encoding_is_detected():
    text, encoding = decode((RUSSIAN * 3).encode("cp1251"))
    assert text == RUSSIAN * 3 and encoding != "cp1252"


def test_utf8_with_and_without_bom():
    assert decode(GERMAN.encode("utf-8")) == (GERMAN, "utf-8")
    assert decode(b"\xef\xbb\xbf" + GERMAN.encode("utf-8")) == (GERMAN, "utf-8")


def test_utf16_with_bom_is_text():
    assert decode(GERMAN.encode("utf-16")) == (GERMAN, "utf-16")


@pytest.mark.parametrize("data", [
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),    # a zip header
    bytes(range(1, 32)) * 20 + b"some text",                        # control characters, no NUL
])
def test_binary_is_refused(data):
    assert looks_binary(data)
    with pytest.raises(BinaryFile):
        decode(data)


def test_text_with_a_few_control_characters_is_text():
    data = ("A line with a stray \x07 bell and a form feed \x0c.\n" * 20).encode()
    assert not looks_binary(data)
    assert decode(data)[0].startswith("A line")
