"""Parsing what a visitor typed: words, quotes, exclusions, prefix; never an error."""

from thuvien.search import parse_query


def words_of(terms):
    return [t.words for t in terms]


def test_parse_splits_words_and_lowercases_keeping_diacritics():
    query = parse_query("Huyện Uỷ  QUẢNG Oai")
    assert words_of(query.terms) == [("huyện",), ("uỷ",), ("quảng",), ("oai",)]
    assert query.has_marks


def test_parse_reads_quoted_phrase_and_single_quoted_word():
    query = parse_query('"huyện uỷ viên" "oai"')
    assert [(t.words, t.phrase) for t in query.terms] == [
        (("huyện", "uỷ", "viên"), True),
        (("oai",), False),
    ]


def test_parse_accepts_unbalanced_and_typographic_quotes():
    assert words_of(parse_query('quảng "oai huyện').terms) == [("quảng",), ("oai", "huyện")]
    assert parse_query("“đà nẵng”").terms[0].phrase


def test_parse_takes_dash_word_as_exclusion_but_not_inner_dash():
    query = parse_query('đề thi -toán -"ngữ văn" covid-19')
    assert words_of(query.excluded) == [("toán",), ("ngữ", "văn")]
    assert words_of(query.terms) == [("đề",), ("thi",), ("covid",), ("19",)]


def test_parse_only_exclusions_is_empty():
    assert parse_query("-toán").empty
    assert parse_query("   ").empty
    assert parse_query("!!! ??? ---").empty


def test_parse_prefix_only_for_last_unfinished_word():
    assert parse_query("quang oa").prefix
    assert not parse_query("quang oa ").prefix  # a space after it: the word is finished
    assert not parse_query('quang "oa"').prefix
    assert not parse_query("vitamin a").prefix  # one letter matches too much
    assert parse_query("vitamin a", min_prefix=1).prefix


def test_parse_treats_engine_syntax_as_plain_words():
    query = parse_query('title:abc OR NEAR(x y) AND * ^ {a b} "')
    assert words_of(query.terms) == [
        ("title",),
        ("abc",),
        ("or",),
        ("near",),
        ("x",),
        ("y",),
        ("and",),
        ("a",),
        ("b",),
    ]


def test_parse_drops_nul_control_characters_and_emoji():
    query = parse_query("đà\x00 nẵng\x07 😀🇻🇳")
    assert words_of(query.terms) == [("đà",), ("nẵng",)]


def test_parse_cuts_very_long_input():
    query = parse_query("sách " * 5000)
    assert len(query.words) == 24
    assert "truncated" in query.notes


def test_parse_accepts_non_string_input():
    assert parse_query(None).empty
    assert parse_query(b"abc").empty
