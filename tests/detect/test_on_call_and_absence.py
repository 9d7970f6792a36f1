"""On-call logs kept per shift, a foster parent elsewhere in the house, talks marked "alleen" after a comma,
names learned from file names, codes a file defines, advice only pending, and a matching choice whose
reasons follow it. Every sentence is written for this test."""
import datetime as dt
from pathlib import Path

from audit.detect import facts
from audit.read.text import unwrap
from audit.structure.legend import legend
from tests.pipelines import audit_files, event_dates as dates

AS_OF = dt.date(2025, 6, 1)


def audit(tmp_path: Path, nlp, files: dict[str, str]) -> dict:
    return audit_files(tmp_path / "ONC-1", nlp, files, AS_OF)



PLAN = "Hulpverleningsplan 2025\nPleegkind: Sara Mulder (geb. 04-09-2011)\nPleegouders: Ineke en Bart Hoek\n"

ON_CALL = ("BEREIKBAARHEIDSDIENST PLEEGZORG - meldingen Sara Mulder\n"
           "afk: PM pleegmoeder Ineke Hoek, BD bereikbaarheidsdienst\n\n"
           "--- dienst vr 07-02-2025 17:00 t/m ma 10-02-2025 08:30 | dienstdoende: K. de Wit ---\n"
           "za 22:15 PM belt: Sara is boos weggelopen na ruzie over haar telefoon, is bij een vriendin.\n"
           "zo 14:05 Sara belt zelf de BD, alleen op haar kamer, wil praten over de ruzie. Gesprek van 20 min.\n\n"
           "--- dienst vr 14-03-2025 17:00 t/m ma 17-03-2025 08:30 | dienstdoende: P. Aydin ---\n"
           "za 10:30 PM belt: geen bijzonderheden, Sara slaapt uit.\n")


def test_a_shift_line_dates_the_weekday_lines_under_it(tmp_path, nlp):
    found = audit(tmp_path, nlp, {"bd_meldingen.txt": ON_CALL, "plan.txt": PLAN})
    assert dates(found, "one_on_one_contacts") == ["2025-02-09"]


def test_a_span_of_days_is_no_entry_of_its_own():
    from audit.read.text import read_text
    from audit.structure.day_range import day_range, weekday_line_date
    from audit.structure.entries import entries_of
    span = day_range("--- dienst vr 07-02-2025 17:00 t/m ma 10-02-2025 08:30 | dienstdoende: K. de Wit ---", None)
    assert span is not None and span.first.date == dt.date(2025, 2, 7) and span.last == dt.date(2025, 2, 10)
    assert weekday_line_date("zo 14:05 Sara belt zelf de BD", span)[0].date == dt.date(2025, 2, 9)
    assert weekday_line_date("di 14:05 Sara belt", span)[0] is None  # no Tuesday in the shift
    assert weekday_line_date("zo de 2e keer gebeld", span)[0] is None  # a weekday without a time heads nothing
    assert weekday_line_date("zo 16.02.2025 Kantoor", span)[0] is None  # a dotted date, not a time
    assert day_range("Opname 03-06-2024, ontslag 28-06-2024", None) is None  # no range word between
    assert day_range("Periode 01-01-2024 t/m 30-06-2024", None) is None  # half a year is no shift
    # the shift line heads no entry; two weeks' Saturdays fall on the first and the second Saturday
    doc = read_text(("Weekend 07-02-2025 t/m 20-02-2025\nza 11:00 Sara belt.\nwo 12:00 Sara belt weer.\n"
                     "za 11:00 Sara belt opnieuw.\n").encode(), "log.txt", Path("log.txt"))
    assert [e.date.date for e in entries_of(doc)] == [dt.date(2025, 2, 8), dt.date(2025, 2, 12), dt.date(2025, 2, 15)]
    # a year line ends the shift
    doc = read_text(("Weekend 07-02-2025 t/m 09-02-2025\nza 10:00 Sara belt.\n== 2025 ==\n"
                     "za 10:30 gesprek met Sara alleen op kantoor.\n").encode(), "log.txt", Path("log.txt"))
    assert [e.date.date for e in entries_of(doc)] == [dt.date(2025, 2, 8)]


def test_log_lines_and_rulers_are_not_wrapped_prose():
    text = ("--- dienst vr 07-02-2025 17:00 t/m ma 10-02-2025 08:30 | dienstdoende: K. de Wit ---\n"
            "za 22:15 PM belt: Sara is boos weggelopen na ruzie over haar telefoon, bij een vriendin\n"
            "zo 14:05 Sara belt zelf de BD.")
    assert unwrap(text) == text
    prose = "Tijdens het huisbezoek hebben we uitgebreid gesproken over de school en\nzo verder."
    assert "\n" not in unwrap(prose)  # "zo" without a time still goes on a wrapped line


JOURNAL = ("Journaal Sara Mulder\n\n"
           "03-02-2025 Huisbezoek\nMet Sara op haar kamer een spelletje gedaan, Ineke was beneden.\n\n"
           "10-03-2025 Huisbezoek\nSara en Mees samen gesproken in de tuin, Ineke was boven.\n\n"
           "14-04-2025 Kantoor\nGesprek met Sara op kantoor, alleen.\n\n"
           "12-05-2025 Huisbezoek\nMet Sara en de hond gewandeld, zonder pp.\n")


def test_a_foster_parent_elsewhere_in_the_house_and_a_talk_marked_alone(tmp_path, nlp):
    facts_text = PLAN + "Mees (7) is het pleegbroertje van Sara.\n"
    found = audit(tmp_path, nlp, {"journaal.txt": JOURNAL, "plan.txt": facts_text})
    # 10-03: Sara with another child, not alone with the worker
    assert dates(found, "one_on_one_contacts") == ["2025-02-03", "2025-04-14", "2025-05-12"]


def test_one_on_one_time_of_a_foster_parent_is_not_the_workers(tmp_path, nlp):
    advice = ("Advies gedragswetenschapper\nDatum: 12-03-2025\n"
              "Voorwaarden: vaste een-op-een tijd van Ineke of Bart met Sara, en een eigen kamer voor Sara.\n")
    found = audit(tmp_path, nlp, {"advies.txt": advice, "plan.txt": PLAN})
    assert dates(found, "one_on_one_contacts") == []
    # "apart van haar pleegouders" is apart, not someone else's time
    check = ("Veiligheidscheck pleeggezin Hoek\nDatum: 19-11-2024\n"
             "Sara is apart van haar pleegouders gevraagd hoe veilig zij zich thuis voelt.\n")
    found = audit(tmp_path / "b", nlp, {"veiligheidscheck.txt": check, "plan.txt": PLAN})
    assert dates(found, "one_on_one_contacts") == ["2024-11-19"]


def test_a_sentence_opening_word_is_no_childs_name_and_file_names_name_the_child():
    texts = ["GW-advies plaatsing broertje\nVraag\nKan Finn (2) bij Liv (4) in het pleeggezin worden geplaatst?\n"
             "Liv woont bij Dennis en Sanne. Het broertje Finn woont nog bij moeder. Liv kan goed spelen. "
             "Finn kan nog niet praten. Met Liv gaat het goed. Liv is blij.",
             "Journaal\n12-03-2025 Met Liv gespeeld. Liv vertelt over Finn."]
    assert "Kan" not in facts.child_names(texts)
    assert facts.child_names_from_file_names(["journaal_liv.txt", "plan_liv.docx", "advies_plaatsing_finn.pdf"],
                                             texts) == {"Liv"}
    assert "Kan" not in facts.aged_minor_names(texts, {"Liv"})


def test_a_parent_named_in_a_childs_bracket_is_no_child():
    text = "Netwerkpleegzorg bij tante Yvonne Hendriks. Jesse (zoon Yvonne, 17) woont ook in huis."
    assert facts.other_child_names([text], {"Milan"}) == {"Jesse"}
    assert "Hij" not in facts.child_names(["Mening jeugdige Hij voelt zich veilig.\n"])


def test_a_line_of_codes_is_no_event(tmp_path, nlp):
    from audit.structure.legend import legend_line
    line = "Codes: CG = cliëntgesprek pleegkind · VC = veiligheidscheck · GD = gedragsdeskundige · TO = telefonisch overleg"
    assert legend(line)["GD"] == "gedragsdeskundige"
    assert legend_line(line, 10)
    assert not legend_line("Advies GW: 1 keer per week = genoeg.", 5)
    assert not legend_line("Sara gevraagd wat ze fijn en eng vindt: fijn = bad met PV, eng = de hond.", 5)  # answers
    export = ("ECD-export Sara Mulder\nPeriode: 01-01-2025 t/m 31-05-2025\n" + line + "\n\n"
              "14-04-2025 CG Gesprek met Sara op school.\n")
    found = audit(tmp_path, nlp, {"export.txt": export, "plan.txt": PLAN})
    assert dates(found, "behavioural_scientist_advice") == [] and dates(found, "safety_checks") == []


def test_advice_still_to_come_or_only_put_on_an_agenda(tmp_path, nlp):
    journal = ("Journaal Sara Mulder\n\n"
               "04-03-2025 GW-overleg\nGW Marit was niet aanwezig; zij stuurt haar advies na.\n\n"
               "18-03-2025 Kantoor\nAanmelding GW-consult gedaan; gw Marit neemt Sara mee in het teamoverleg van 25 maart.\n\n"
               "01-04-2025 Kantoor\nEvaluatie plan gepland op 15 april met de JB, samen met het gw-overleg.\n\n"
               "15-04-2025 GW-overleg\nAdvies GW Marit: Sara zelf laten kiezen welke sport ze gaat doen.\n")
    found = audit(tmp_path, nlp, {"journaal.txt": journal, "plan.txt": PLAN})
    assert dates(found, "behavioural_scientist_advice") == ["2025-04-15"]


def test_a_safety_check_compound_and_a_check_only_to_be_planned(tmp_path, nlp):
    journal = ("Journaal Sara Mulder\n\n"
               "13-01-2025 Huisbezoek\nStartveiligheidscheck afgenomen met PM en PV, Sara apart gevraagd.\n\n"
               "10-03-2025 Kantoor\nVeiligheidscheck bij fam. Hoek inplannen in mei.\n")
    found = audit(tmp_path, nlp, {"journaal.txt": journal, "plan.txt": PLAN})
    assert dates(found, "safety_checks") == ["2025-01-13"]


def test_a_matching_choice_with_its_reasons_in_the_next_sentences(tmp_path, nlp):
    report = ("Perspectiefrapport Sara Mulder\nDatum: 20-05-2025\n\nVoorgeschiedenis\n"
              "Bij de matching in maart 2022 is bewust gekozen voor het gezin Hoek. Sara had toen vooral behoefte "
              "aan rust en voorspelbaarheid. Het gezin had ervaring met een eerder pleegkind.\n\n"
              "Verloop van de plaatsing\nSara is sinds 2023 in behandeling vanwege nachtmerries.\n")
    found = audit(tmp_path, nlp, {"rapport.txt": report, "plan.txt": PLAN})
    assert found["matching_rationale"]["documented"] is True
    assert "bewust gekozen" in found["matching_rationale"]["quote"]
    course = ("Perspectiefrapport Sara Mulder\nDatum: 20-05-2025\n\n"
              "Verloop van de plaatsing\nSara is sinds 2023 in behandeling vanwege nachtmerries.\n")
    found = audit(tmp_path / "b", nlp, {"rapport.txt": course, "plan.txt": PLAN})
    assert found["matching_rationale"]["documented"] is False
    note = ("Crisisplaatsing - korte matchingsnotitie\ndatum: 20-08-2024\nkind: Sara Mulder\nkeuze: fam. Hoek\n"
            "waarom: pm Hoek is kinderverpleegkundige en heeft eerder baby's opgevangen, pm is overdag thuis.\n")
    found = audit(tmp_path / "c", nlp, {"matchingsnotitie.txt": note, "plan.txt": PLAN})
    assert found["matching_rationale"]["documented"] is True


def test_counter_examples_of_the_review(tmp_path, nlp):
    """Sentences a reviewer wrote against the first version of these rules; none is a finding."""
    cases = {
        "a": "Gesprek met pleegmoeder Ineke in de keuken over Sara. Ze zat boven te gamen.",  # the child upstairs
        "b": "Huisbezoek. Het was buiten erg koud, Max was beneden in de mand.",  # weather, a dog
        "c": "Gesprek met pleegmoeder Ineke op kantoor, alleen.",  # a foster parent, marked alone
        "d": "Met Sara en haar pleegbroertje Mees gespeeld, Ineke was boven.",  # two children
        "e": "Met Sara en Mees naar de speeltuin geweest. Ineke was boven.",
        "f": "Met PO de internetveiligheidscheck van Sara's telefoon doorgenomen; de brandweer heeft een "
             "brandveiligheidscheck van de woning gedaan.",
    }
    plan = PLAN + "Mees (7) is het pleegbroertje van Sara.\n"
    for key, line in cases.items():
        found = audit(tmp_path / key, nlp, {"journaal.txt": f"Journaal Sara Mulder\n\n03-02-2025 Huisbezoek\n{line}\n",
                                             "plan.txt": plan})
        assert dates(found, "one_on_one_contacts") == [] and dates(found, "safety_checks") == [], key
    # and these stay findings
    journal = ("Journaal Sara Mulder\n\n12-05-2025 Huisbezoek\nStemming: Sara = blij, PM = moe. "
               "Met Sara alleen op haar kamer gesproken over het plannen van haar huiswerk.\n")
    assert dates(audit(tmp_path / "g", nlp, {"journaal.txt": journal, "plan.txt": PLAN}),
                 "one_on_one_contacts") == ["2025-05-12"]
    advice = ("Journaal Sara Mulder\n\n15-04-2025 GW-overleg\nIn het GW-overleg, gepland op 15 april, heeft gw Marit "
              "het volgende meegegeven: Sara moet zelf een sport kiezen.\n")
    # the rules' reading: "gepland op" names when the meeting was set, it plans nothing (the shipped decision
    # model still weighs the word and gives this sentence P 0.21, below the 0.3 a rule-accepted reading needs)
    rules = audit_files(tmp_path / "h", nlp, {"journaal.txt": advice, "plan.txt": PLAN}, AS_OF,
                        overrides=["detect.decision_layer=0"])
    assert dates(rules, "behavioural_scientist_advice") == ["2025-04-15"]


def test_names_that_are_words_and_file_names_that_are_no_names():
    assert facts.child_names(["Hulpverleningsplan\nBen Jansen (9)\nBen zegt: ik ben blij. Ik ben trots. Met Ben gewandeld."]) \
        == {"Ben"}
    text = ["Pleeggezin Hoek: Ineke Hoek en Bart Hoek. Hulp van Karakter in Utrecht. Karakter belt. Utrecht is ver. "
            "Hoek thuis. Karakter. Utrecht."]
    assert facts.child_names_from_file_names(["verslag_karakter.txt", "plan_hoek.txt", "verslag_utrecht.txt"], text) == set()


def test_matching_fields_and_reasons_that_are_none(tmp_path, nlp):
    for key, note in {"a": "waarom: dit was op dat moment de enige vrije plek in de regio.",
                      "b": "onderbouwing: nog niet ingevuld, volgt na overleg met de JB",
                      "c": "reden: moeder is opgenomen en er is geen netwerk beschikbaar."}.items():
        text = f"Crisisplaatsing - korte matchingsnotitie\ndatum: 20-08-2024\nkind: Sara Mulder\nkeuze: fam. Hoek\n{note}\n"
        found = audit(tmp_path / key, nlp, {"matchingsnotitie.txt": text, "plan.txt": PLAN})
        assert found["matching_rationale"]["documented"] is False, key
    report = ("Perspectiefrapport Sara Mulder\nDatum: 20-05-2025\n\nVoorgeschiedenis\n"
              "In maart 2022 is gekozen voor het gezin Hoek. Kort daarna kreeg Sara een verwijzing naar de GGZ "
              "vanwege nachtmerries. Sara moest erg wennen, omdat ze ook van school wisselde.\n")
    found = audit(tmp_path / "d", nlp, {"rapport.txt": report, "plan.txt": PLAN})
    assert found["matching_rationale"]["documented"] is False
