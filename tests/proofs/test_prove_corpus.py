"""The blind corpus of issue 11 (tests/prove_corpus: 115 engineering programs, each labelled
ok, or with one planted dimension, scale or offset error): the goals, once met, stay met.
The scorer is benchmarks/prove_corpus.py (the same code, run here on every program)."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "prove_corpus"


def _scorer():
    spec = importlib.util.spec_from_file_location("prove_corpus", ROOT / "benchmarks" / "prove_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows():
    scorer = _scorer()
    labels = json.loads((CORPUS / "labels.json").read_text())
    return [scorer.score_one(CORPUS / "progs" / Path(lab["file"]).name, lab) for lab in labels]


def test_the_corpus_is_whole():
    labels = json.loads((CORPUS / "labels.json").read_text())
    assert len(labels) >= 100
    assert {lab["label"] for lab in labels} == {"ok", "dimension", "scale", "offset"}
    assert all((CORPUS / "progs" / Path(lab["file"]).name).is_file() for lab in labels)


def test_no_false_alarms(rows):
    alarms = [(r["file"], r["findings"]) for r in rows if r["false_alarms"]]
    assert alarms == []


def test_agreement_is_at_least_95_percent(rows):
    agree = sum(r["agree"] for r in rows)
    assert agree >= 0.95 * len(rows), [(r["file"], r["label"], r["verdict"]) for r in rows if not r["agree"]]


def test_every_scale_finding_names_the_labelled_factor(rows):
    wrong = [(r["file"], r["factor"]) for r in rows if r["factor_right"] is False]
    assert wrong == []
    assert sum(1 for r in rows if r["factor_right"]) == sum(1 for r in rows if r["label"] == "scale" and r["agree"])
