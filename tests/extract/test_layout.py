"""Lines and paragraphs from positioned characters (pure layout, no PDF)."""

from __future__ import annotations

from thuvien.extract.layout import Line, lines_from_chars, page_text, paragraph_breaks

HEIGHT = 12.5  # a 10 pt font's ascent + descent


def _chars(items: list[tuple[str, float, float]], advance: float = 5.0):
    """(text, x, baseline) runs -> per-character advance boxes, the way pdfium reports them."""
    text, lefts, tops, rights, bottoms = "", [], [], [], []
    for run, x, base in items:
        for char in run:
            text += char
            lefts.append(x)
            rights.append(x + advance)
            bottoms.append(base - 2.5)
            tops.append(base - 2.5 + HEIGHT)
            x += advance
    return text, lefts, tops, rights, bottoms


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_gap_between_words_becomes_a_space() -> None:
    # "bộ" then "có" 3 pt further right, with no space character between them.
    assert _texts(lines_from_chars(*_chars([("bộ", 0, 100), ("có", 13, 100)]))) == ["bộ có"]


def test_touching_letters_stay_one_word() -> None:
    assert _texts(lines_from_chars(*_chars([("thể", 0, 100), ("cán", 15, 100)]))) == ["thểcán"]


def test_half_a_space_is_still_a_word_gap() -> None:
    # Half of a 2.5 pt space: condensed setting, still a visible gap.
    assert _texts(lines_from_chars(*_chars([("thể", 0, 100), ("cán", 16.25, 100)]))) == ["thể cán"]


def test_baseline_change_starts_a_new_line() -> None:
    lines = lines_from_chars(*_chars([("tài", 0, 100), ("sản", 0, 85)]))
    assert _texts(lines) == ["tài", "sản"]


def test_jump_back_to_the_left_starts_a_new_line_even_on_one_baseline() -> None:
    lines = lines_from_chars(*_chars([("một", 200, 100), ("hai", 0, 100)]))
    assert _texts(lines) == ["một", "hai"]


def test_space_characters_and_line_breaks_become_single_spaces() -> None:
    text, lefts, tops, rights, bottoms = _chars([("a  b", 0, 100)])
    assert _texts(lines_from_chars(text, lefts, tops, rights, bottoms)) == ["a b"]


def test_combining_mark_never_gets_a_space_before_it() -> None:
    text, lefts, tops, rights, bottoms = _chars([("a\u0301", 0, 100)])
    lefts[1] += 4  # the mark sits to the right, as some fonts place it
    rights[1] += 4
    assert _texts(lines_from_chars(text, lefts, tops, rights, bottoms)) == ["a\u0301"]


def test_control_codes_are_dropped() -> None:
    text, lefts, tops, rights, bottoms = _chars([("a\x02b", 0, 100)])
    lefts[1:] = [5.0, 5.0]  # the unmapped code has no width, "b" follows "a" directly
    rights[1:] = [5.0, 10.0]
    assert _texts(lines_from_chars(text, lefts, tops, rights, bottoms)) == ["ab"]


def test_line_box_and_size_are_recorded() -> None:
    (line,) = lines_from_chars(*_chars([("xin", 10, 100)]))
    assert line.left == 10 and line.right == 25
    assert line.size == HEIGHT


def _body(count: int, top: float = 700, step: float = 14, size: float = 12) -> list[Line]:
    return [
        Line(f"dòng {i}", 0, 100, top - step * i, top - step * i - size, size) for i in range(count)
    ]


def test_regular_line_steps_are_not_paragraph_breaks() -> None:
    assert paragraph_breaks(_body(5)) == [False] * 4


def test_large_vertical_gap_is_a_paragraph_break() -> None:
    lines = _body(3) + _body(3, top=700 - 14 * 2 - 26)
    assert paragraph_breaks(lines) == [False, False, True, False, False]


def test_text_size_change_is_a_paragraph_break() -> None:
    heading = Line("TIÊU ĐỀ", 0, 100, 740, 718, 22)
    body = _body(3, top=716)
    assert paragraph_breaks([heading, *body]) == [True, False, False]


def test_text_going_up_the_page_is_a_new_block() -> None:
    lines = _body(2) + _body(2, top=720)
    assert paragraph_breaks(lines)[1] is True


def test_two_lines_without_a_usual_step_use_the_box_gap() -> None:
    close = [Line("a", 0, 9, 100, 88, 12), Line("b", 0, 9, 86, 74, 12)]
    apart = [Line("a", 0, 9, 100, 88, 12), Line("b", 0, 9, 60, 48, 12)]
    assert paragraph_breaks(close) == [False]
    assert paragraph_breaks(apart) == [True]


def test_page_text_joins_lines_and_paragraphs() -> None:
    lines = _body(2) + _body(1, top=700 - 14 - 30)
    assert page_text(lines) == "dòng 0\ndòng 1\n\ndòng 0"


def test_page_text_of_nothing_is_empty() -> None:
    assert page_text([]) == ""
