"""The child's support figure as files write it: a confidant without the word "steunfiguur", and the
look-alikes that name none (a figure still being discussed, the organisation's confidential adviser, a
volunteer programme's buddy, an escort at visits, a foster parent's own confidant).

Every sentence is written for this test; none is taken from a corpus.
"""
import datetime as dt
from pathlib import Path

import pytest

from audit.detect import facts
from tests.pipelines import audit_files, journal

AS_OF = dt.date(2025, 6, 1)


def documented(tmp_path: Path, nlp, *entries: str) -> bool:
    return audit_files(tmp_path / "DOS-7", nlp, journal(*entries), AS_OF)["support_figure"]["documented"]


@pytest.mark.parametrize("entry", [
    "05-03-2025 | Gesprek PK | PZB\nLotte zegt dat ze bij haar buurvrouw Ineke alles kwijt kan.",
    "05-03-2025 | Gesprek PK | PZB\nAls het thuis lastig wordt, belt Lotte haar peettante Carla.",
    "05-03-2025 | Gesprek PK | PZB\nOom Bas (broer van moeder) is voor Lotte een vertrouwd gezicht.",
    "05-03-2025 | Gesprek PK | PZB\nLotte vertelt dat ze bij haar hockeytrainster Femke terecht kan als ze ergens mee zit.",
    "05-03-2025 | Gesprek PK | PZB\nIk heb Lotte gevraagd wie ze zou bellen als ze ergens mee zit.\n"
    "Ze wil niemand anders dan haar pleegouders, zegt ze.",
])
def test_a_confidant_without_the_word_steunfiguur_is_documented(tmp_path, nlp, entry):
    assert documented(tmp_path, nlp, entry) is True


@pytest.mark.parametrize("entry", [
    "05-03-2025 | Notitie | PZB\nSteunfiguur: Lotte wil er nog over nadenken.",
    "05-03-2025 | Notitie | PZB\nMet Lotte gesproken over een vertrouwenspersoon; ze twijfelt tussen haar oom en haar trainster.",
    "05-03-2025 | Notitie | PZB\nLotte weet dat ze terecht kan bij de vertrouwenspersoon van Pleegzorg Westerkim.",
    "05-03-2025 | Notitie | PZB\nLotte heeft een maatje (Jeroen) via Stichting Samen Sterk.",
    "05-03-2025 | Notitie | PZB\nAdvies GW: bij de eerste bezoeken aan moeder gaat Marieke mee als vertrouwd persoon.",
    "05-03-2025 | Notitie | PZB\nBij haar zus kan Marieke alles kwijt als het even te veel wordt.",
    "05-03-2025 | Notitie | PZB\nWe hebben besproken waar Lotte met vragen over menstruatie terecht kan.",
    "05-03-2025 | Notitie | PZB\nGekozen voor dit gezin omdat Lotte één vast aanspreekpunt nodig heeft.",
    "05-03-2025 | Notitie | PZB\nActiepunten: steunfiguur Lotte, evaluatie plan.",
])
def test_look_alikes_name_no_figure_of_the_child(tmp_path, nlp, entry):
    assert documented(tmp_path, nlp, entry) is False


def test_an_adult_relative_next_to_a_sibling_word_is_no_other_child():
    """"tante Fenna (zus van vader)" is the father's sister; "Sophie (zus van Lotte)" is our child's sister."""
    assert facts.other_child_names(["Ze logeert soms bij tante Fenna (zus van vader)."], {"Lotte"}) == set()
    assert facts.other_child_names(["Ze belt met Ank (zus van opa)."], {"Lotte"}) == set()
    assert facts.other_child_names(["Sophie (zus van Lotte) woont ook in het gezin."], {"Lotte"}) == {"Sophie"}
