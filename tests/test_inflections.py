"""etl/inflections.py: lexicon words match all their inflections, kept between runs."""

import re

import pytest

from etl.inflections import KnownForms, expand, inflect, inflections, lemminflect_stamp


@pytest.mark.parametrize(
    "lemma, kind, forms",
    [
        pytest.param("strike", None, {"strike", "strikes", "struck", "striking"}, id="irregular-verb-and-noun"),
        pytest.param("shoot", "v", {"shoot", "shoots", "shot", "shooting"}, id="irregular-verb"),
        pytest.param("injury", "n", {"injury", "injuries"}, id="noun-plural"),
        pytest.param("neutralise", "v", {"neutralise", "neutralised", "neutralising"}, id="british-spelling"),
        pytest.param("downvote", "v", {"downvote", "downvoted", "downvoting"}, id="unknown-word-by-rule"),
    ],
)
def test_inflections(lemma, kind, forms):
    assert forms <= set(inflections(lemma, kind))


@pytest.mark.parametrize(
    "pattern, text, matches",
    [
        pytest.param("{shoot:v} down", "shooting down", True, id="gerund"),
        pytest.param("{shoot:v} down", "shot down", True, id="past"),
        pytest.param("{destroy:v}", "destruction", False, id="no-derivation"),
        pytest.param("{kill:v}", "skill", False, id="whole-word"),
    ],
)
def test_expand(pattern, text, matches):
    assert bool(re.fullmatch(expand(pattern), text)) is matches


def test_known_forms_are_lemminflects_and_kept_between_runs(tmp_path):
    path = tmp_path / "cache" / "inflections.json"
    first = KnownForms(path)
    assert first.forms_of("strike", None) == inflect("strike", None)
    first.save()
    again = KnownForms(path)
    assert again.forms == {"strike:": inflect("strike", None)} and not again.new


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"lemminflect": "another install", "forms": {"strike:": ["struck"]}}', id="other-lemminflect"),
        pytest.param("{not json", id="garbage"),
        pytest.param('{"lemminflect": "%s", "forms": {"strike:": "struck"}}', id="forms-not-a-list"),
    ],
)
def test_known_forms_ignore_a_file_they_cannot_trust(tmp_path, text):
    path = tmp_path / "inflections.json"
    path.write_text(text.replace("%s", lemminflect_stamp()), encoding="utf-8")
    assert KnownForms(path).forms_of("strike", None) == inflect("strike", None)


def test_known_forms_that_cannot_be_saved_are_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    forms = KnownForms(blocker / "inflections.json")  # its folder would have to be a file
    forms.forms_of("strike", None)
    forms.save()
    assert forms.new and not list(tmp_path.glob("**/*.tmp"))
