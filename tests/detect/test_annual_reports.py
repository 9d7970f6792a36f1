"""Annual reports: the scientist named with a form of address or in a table's label cell, advice told with
a pronoun in the next sentence, a month that opens a sentence of a yearly report, and advice only asked
for (issue 9).

Every sentence here is written for this test.
"""
import datetime as dt
from pathlib import Path

from audit.detect.facts import scientist_names
from tests.pipelines import audit_files

AS_OF = dt.date(2025, 3, 1)
HEAD = ("Stichting Pleegzorg Waalrand · Cliënt 50-1187 · Vertrouwelijk\nJaarverslag 2024\n"
        "Pleegkind | Daan Mulder\nPleegzorgbegeleider | Iris Koster\nGedragswetenschapper | mw. drs. E. Rietveld\n"
        "Datum verslag | 16-12-2024\nPeriode: 1 januari 2024 tot en met 31 december 2024\n")


def _advice(tmp_path: Path, nlp, body: str, name: str = "JRV-1") -> list[str]:
    plan = "Hulpverleningsplan\nPleegkind: Daan Mulder (9)\nPleeggezin: Fenna en Rob Bos\nStart plaatsing: 01-02-2020\n"
    audit = audit_files(tmp_path / name, nlp, {"plan.txt": plan, "jaarverslag.txt": HEAD + body}, AS_OF)
    return [f["date"] for f in audit["behavioural_scientist_advice"]]


def test_the_scientist_is_learned_with_forms_of_address_and_from_a_label_cell() -> None:
    assert "Rietveld" in scientist_names([HEAD])
    assert "Verbeek" in scientist_names(["Besproken met gedragswetenschapper dhr. R. Verbeek."])
    assert "Verbeek" in scientist_names(["dr. P. Verbeek | gedragswetenschapper (gezien) | 12-12-2024"])
    # a label cell further on the line names the next field's person, not this one
    assert scientist_names(["Pleeggezin: Fenna en Rob Bos | PZB: Iris Koster | GW: Eva Rietveld"]) == {"Eva", "Rietveld"}
    assert scientist_names(["Gedragswetenschapper | mw. E. Rietveld\nDatum verslag | 16-12-2024"]) == {"Rietveld"}


def test_advice_told_with_a_pronoun_after_the_consultation(tmp_path: Path, nlp) -> None:
    body = ("Advies gedragswetenschapper\nOp 9 april is Daan besproken met mw. Rietveld. Zij adviseert de "
            "logeerweekenden bij oma voorlopig om de week te houden en Daan zelf te laten kiezen wat hij meeneemt.\n")
    assert _advice(tmp_path, nlp, body) == ["2024-04-09"]


def test_a_month_that_opens_a_sentence_of_a_yearly_report_dates_it(tmp_path: Path, nlp) -> None:
    body = ("Advies gedragswetenschapper\nIn oktober is Daan ingebracht in het teamoverleg; mw. Rietveld adviseerde "
            "een onderzoek naar zijn concentratie op school.\n")
    assert _advice(tmp_path, nlp, body) == ["2024-10"]


def test_advice_only_asked_for_is_no_advice(tmp_path: Path, nlp) -> None:
    body = ("Notities\n05-01-2025 Daan aangemeld voor bespreking met de gedragswetenschapper op 30 januari.\n"
            "12-01-2025 Mail aan de gedragswetenschapper gestuurd met de vraag om advies over het slapen.\n"
            "14-01-2025 GW-advies over de overstap naar de brugklas is aangevraagd.\n")
    assert _advice(tmp_path, nlp, body) == []


def test_reports_of_several_years_in_one_file_read_each_years_dates_in_that_year(tmp_path: Path, nlp) -> None:
    from audit.structure.period import periods_of
    text = ("Jaarverslag 2022\nVerslag\nJaarverslag 2023 – Daan\nZie het jaarverslag 2023.\n"
            "Evaluatie hulpverleningsplan 2024\n")
    assert [(p.first.isoformat(), p.last.isoformat()) for p in periods_of(text)] == [
        ("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31")]
    reports = ("Stichting Pleegzorg Waalrand · Cliënt 50-1187 · Vertrouwelijk\nJaarverslag 2023\n"
               "Contacten met Daan\nDe veiligheidscheck is op 3 oktober met Daan en zijn pleegouders gedaan.\n"
               "Jaarverslag 2024\nDatum verslag | 16-12-2024\n"
               "Contacten met Daan\nDe veiligheidscheck is op 8 oktober met Daan en zijn pleegouders gedaan.\n")
    plan = "Hulpverleningsplan\nPleegkind: Daan Mulder (9)\nPleeggezin: Fenna en Rob Bos\nStart plaatsing: 01-02-2020\n"
    audit = audit_files(tmp_path / "JRV-5", nlp, {"plan.txt": plan, "jaarverslagen.txt": reports}, AS_OF)
    assert [f["date"] for f in audit["safety_checks"]] == ["2023-10-03", "2024-10-08"]


def test_each_talk_of_an_enumeration_counts_also_a_month_named_alone(tmp_path: Path, nlp) -> None:
    body = ("Contacten met Daan\nIk heb Daan dit jaar vier keer alleen gesproken: in februari, op 14 mei, "
            "5 september en 21 november.\n")
    plan = "Hulpverleningsplan\nPleegkind: Daan Mulder (9)\nPleeggezin: Fenna en Rob Bos\nStart plaatsing: 01-02-2020\n"
    audit = audit_files(tmp_path / "JRV-6", nlp, {"plan.txt": plan, "jaarverslag.txt": HEAD + body}, AS_OF)
    assert sorted(f["date"] for f in audit["one_on_one_contacts"]) == ["2024-02", "2024-05-14", "2024-09-05", "2024-11-21"]
