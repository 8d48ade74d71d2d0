from newsclean_datelines import Datelines

from newsclean import Pipeline, clean


def test_conforms(newsclean_conformance):
    newsclean_conformance(Datelines())


def test_dateline_becomes_metadata():
    raw = "Talks resume\n\nWASHINGTON (Reuters) - Talks resumed on Monday after a long pause.\n"
    doc = clean(raw)
    assert doc.text.startswith("Talks resume\n\nTalks resumed on Monday")
    assert doc.publisher == "Reuters"
    removal = next(r for r in doc.removed if r.cleaner == "datelines")
    assert raw[removal.start : removal.end] == removal.text == "WASHINGTON (Reuters) - "


def test_discovered_and_placed_after_reflow():
    names = Pipeline().names
    assert names.index("datelines") == names.index("reflow") + 1
