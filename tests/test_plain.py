import pytest

from app.plain import md, size

HOSTILE = [
    pytest.param("![x](http://127.0.0.1:9/pixel.png)", id="image"),
    pytest.param("[log in](https://phish.example/login)", id="link"),
    pytest.param("<img src=x onerror=alert(1)>", id="html"),
    pytest.param("https://phish.example/a www.phish.example", id="autolink"),
    pytest.param("# Heading *bold* _it_ `code` $x^2$ :red[alert] ~~s~~ | a | b |", id="markup"),
    pytest.param("1. list\n- item\n> quote", id="blocks"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_leaves_no_markdown_syntax_unescaped(text):
    escaped = md(text, one_line=False)
    for character in "!<>[]()*_`$#|~:.-":
        assert escaped.count("\\" + character) == text.count(character)


def test_md_keeps_the_words_and_folds_whitespace():
    assert md("Kyiv  under\nattack") == "Kyiv under attack"
    assert md(None) == ""


@pytest.mark.parametrize(
    "limit, words",
    [
        pytest.param(1024 * 1024, "1 MB", id="one-mb"),
        pytest.param(3 * 1024 * 1024 // 2, "1.5 MB", id="one-and-a-half"),
        pytest.param(512 * 1024, "512 KB", id="kilobytes"),
    ],
)
def test_size(limit, words):
    assert size(limit) == words


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("see https://phish.example/login now", id="url"),
        pytest.param("www.phish.example", id="www"),
        pytest.param("write to boss@phish.example", id="e-mail"),
    ],
)
def test_md_breaks_bare_autolinks_without_changing_what_is_read(text):
    escaped = md(text)
    shown = escaped.replace("\\", "")
    assert shown.replace("\u200b", "") == text
    assert "://" not in shown and "www." not in shown.lower() and not any(f"@{c}" in shown for c in "abcdefghijklmnop")
