from app.evidence import FOCUS_ID, Span, evidence_html, legend_html

TEXT = "Russia launched 40 drones. Two people were killed."


def test_each_span_is_marked_in_its_category_colour():
    html = evidence_html(TEXT, [Span(16, 25, "strike", "40 drones launched"), Span(27, 37, "casualty", "2 killed")])
    assert '<mark title="40 drones launched" style="background:#fbd5d5' in html
    assert '<mark title="2 killed" style="background:#e0e0e0' in html
    assert html.count("<mark") == 2


def test_the_focused_record_is_outlined_and_wins_an_overlap():
    spans = [Span(16, 25, "strike", "a", "r1"), Span(19, 25, "interception", "b", "r2")]
    html = evidence_html(TEXT, spans, focus="r2")
    assert html.count("<mark") == 1 and f'id="{FOCUS_ID}"' in html and "outline:3px" in html


def test_article_text_is_escaped_never_markup():
    body = "<script>x</script> ![p](http://h/p.png) 12 drones"
    html = evidence_html(body, [Span(len(body) - 9, len(body), "strike", '"><b>')])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'title="&quot;&gt;&lt;b&gt;"' in html


def test_spans_outside_the_text_are_dropped():
    assert "<mark" not in evidence_html("short", [Span(3, 90, "strike")])


def test_legend_names_categories_in_words():
    assert "Air defence" in legend_html(["interception"]) and "Strikes" in legend_html(["strike"])
