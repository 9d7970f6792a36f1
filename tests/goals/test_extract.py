"""Goal extraction from hand-built documents: lists, "Doel 1:" lines, tables, prose, copies, actions."""
from __future__ import annotations

from pathlib import Path

from audit.goals.changes import goal_changes
from audit.goals.evaluate import agreement, evaluate_goals, norm_tokens
from audit.goals.extract import extract_goals
from audit.goals.score import score_goal
from audit.types import Document, Dossier
from audit.read import TextBuilder


def _doc(b: TextBuilder, name: str = "plan.docx") -> Document:
    return Document(name=name, path=Path(name), sha256="", reader="test", text=b.text, blocks=b.blocks)


def _dossier(*docs: Document) -> Dossier:
    return Dossier("T-1", Path("."), list(docs))


def _texts(d: Dossier) -> list[str]:
    return [g.text for g in extract_goals(d)]


def test_list_under_goals_heading_skips_intro_actions_and_subitems() -> None:
    b = TextBuilder()
    b.add("heading", "Hulpverleningsplan", level=1)
    b.add("paragraph", "In dit plan staan de afspraken conform de richtlijn.")
    b.add("heading", "Doelen", level=2)
    b.add("paragraph", "De doelen zijn als volgt:")
    b.add("list_item", "Jip (6) zwemt vóór 1 juni 2025 zonder bandjes een baantje.", level=1)
    b.add("list_item", "PO oefent elke zaterdag met Jip in het zwembad.", level=2)
    b.add("list_item", "Jip speelt wekelijks met een klasgenoot.", level=1)
    b.add("paragraph", "Acties:")
    b.add("list_item", "PZB belt de school.", level=1)
    b.add("heading", "Werkwijze", level=2)
    b.add("list_item", "Huisbezoek om de zes weken.", level=1)
    d = _doc(b)
    goals = extract_goals(_dossier(d))
    assert [g.text for g in goals] == [
        "Jip (6) zwemt vóór 1 juni 2025 zonder bandjes een baantje.",
        "Jip speelt wekelijks met een klasgenoot.",
    ]
    loc = goals[0].locations[0]
    assert d.text[loc.start:loc.end] == goals[0].text and loc.file == "plan.docx"


def test_doel_lines_and_dash_separator() -> None:
    b = TextBuilder()
    b.add("heading", "Plan van aanpak", level=1)
    b.add("paragraph", "Doel 1: Kiki maakt elke schooldag haar huiswerk aan de keukentafel.")
    b.add("paragraph", "Actie 1: PM helpt bij plannen.")
    b.add("paragraph", "Doel 2 – Moeder wordt ontlast.")
    b.add("paragraph", "Subdoel 2a: oma past op woensdag op.")
    assert _texts(_dossier(_doc(b))) == [
        "Kiki maakt elke schooldag haar huiswerk aan de keukentafel.",
        "Moeder wordt ontlast.",
    ]


def test_doel_line_outside_goal_section_in_text_file() -> None:
    b = TextBuilder()
    b.add("line", "Verslag huisbezoek")
    b.add("line", "Doel 1: Roel fietst voor de herfstvakantie alleen naar de sportclub.")
    assert _texts(_dossier(_doc(b, "plan.txt"))) == ["Roel fietst voor de herfstvakantie alleen naar de sportclub."]


def test_table_with_goal_termijn_wie_columns() -> None:
    b = TextBuilder()
    b.add("heading", "Afspraken in dit plan", level=1)
    headers = ["Nr", "Doel", "Termijn", "Wie", "Acties"]
    b.add_row(headers, None, table=0, row=0)
    b.add_row(["1", "Bo gaat naar de peuterspeelzaal", "1 maart 2026", "PM", "PM brengt Bo"], headers, table=0, row=1)
    b.add_row(["2", "Bo slaapt in haar eigen bed", "doorlopend", "", "-"], headers, table=0, row=2)
    goals = extract_goals(_dossier(_doc(b)))
    assert [g.text for g in goals] == ["Bo gaat naar de peuterspeelzaal", "Bo slaapt in haar eigen bed"]
    assert goals[0].termijn == "1 maart 2026" and goals[0].wie == "PM"
    s = score_goal(goals[0].text, termijn=goals[0].termijn, wie=goals[0].wie)
    assert s.criteria["time_bound"].value and s.criteria["time_bound"].cues == ["Termijn: 1 maart 2026"]
    s2 = score_goal(goals[1].text, termijn=goals[1].termijn, wie=goals[1].wie)
    assert not s2.criteria["time_bound"].value


def test_table_without_reader_headers_uses_first_row() -> None:
    b = TextBuilder()
    b.add_row(["Wat willen we bereiken", "Wanneer"], None, table=3, row=0)
    b.add_row(["Daan leert zijn veters strikken", "voor de zomer"], None, table=3, row=1)
    goals = extract_goals(_dossier(_doc(b)))
    assert [(g.text, g.termijn) for g in goals] == [("Daan leert zijn veters strikken", "voor de zomer")]


def test_prose_under_goals_heading() -> None:
    b = TextBuilder()
    b.add("heading", "Wat willen we bereiken?", level=2)
    b.add("paragraph", "Hieronder de doelen. Het doel is dat Lina binnen drie maanden zelf naar de bushalte loopt. "
                       "Lina belt elke zondag met haar vader.")
    b.add("heading", "Evaluatie", level=2)
    b.add("paragraph", "Het ging goed met Lina.")
    assert _texts(_dossier(_doc(b))) == [
        "Het doel is dat Lina binnen drie maanden zelf naar de bushalte loopt.",
        "Lina belt elke zondag met haar vader.",
    ]


def test_copies_merge_into_one_goal_and_changes_are_reported() -> None:
    plan = TextBuilder()
    plan.add("paragraph", "Datum: 10-01-2024")
    plan.add("heading", "Doelen", level=1)
    plan.add("list_item", "Sem gaat drie dagen per week naar school.", level=1)
    plan.add("list_item", "Sem heeft een vriendje.", level=1)
    ev = TextBuilder()
    ev.add("paragraph", "Datum evaluatie: 15-07-2024")
    ev.add("heading", "Evaluatie doelen", level=1)
    ev.add("list_item", "Sem gaat drie dagen per week naar school.", level=1)
    ev.add("paragraph", "Evaluatie: dit lukt inmiddels.")
    ev.add("list_item", "Sem heeft een vriendje op de voetbalclub.", level=1)
    ev.add("list_item", "Sem zwemt voor de zomer zonder bandjes.", level=1)
    goals = extract_goals(_dossier(_doc(plan, "plan.docx"), _doc(ev, "evaluatie.docx")))
    first = next(g for g in goals if g.text.startswith("Sem gaat"))
    assert len(goals) == 4
    assert [loc.file for loc in first.locations] == ["plan.docx", "evaluatie.docx"]
    assert first.plan_dates == ["2024-01-10", "2024-07-15"]
    adj = goal_changes(goals)
    kinds = sorted(c.kind for c in adj.changes)
    assert adj.adjusted is True and adj.plan_dates == ["2024-01-10", "2024-07-15"]
    assert kinds == ["added", "reworded", "unchanged"]
    assert "bijgesteld" in adj.summary_nl()


def test_unchanged_plans_flagged_and_single_plan_na() -> None:
    a = TextBuilder()
    a.add("paragraph", "Datum: 01-02-2023")
    a.add("heading", "Doelen", level=1)
    a.add("list_item", "Noor fietst naar school.", level=1)
    b = TextBuilder()
    b.add("paragraph", "Datum: 01-02-2024")
    b.add("heading", "Doelen", level=1)
    b.add("list_item", "Noor fietst naar school.", level=1)
    adj = goal_changes(extract_goals(_dossier(_doc(a, "a.docx"), _doc(b, "b.docx"))))
    assert adj.adjusted is False and "niet bijgesteld" in adj.summary_nl()
    assert goal_changes(extract_goals(_dossier(_doc(a, "a.docx")))).adjusted is None


def test_evaluate_goals_matching_and_metrics() -> None:
    assert norm_tokens("Doel 1: Café-bezoek") == ["cafe", "bezoek"]
    assert agreement("1. Sem fietst naar school.", "Sem fietst naar school") == 1.0
    gold = [
        {"file": "p.docx", "text": "Sem fietst naar school", "specific": True, "measurable": False,
         "time_bound": False, "actor": True, "development_oriented": True, "concreteness": 0.6},
        {"file": "p.docx", "text": "Moeder wordt ontlast", "specific": False, "measurable": False,
         "time_bound": False, "actor": False, "development_oriented": False, "concreteness": 0.0},
        {"file": "p.docx", "text": "Pleegouder biedt een stabiele omgeving aan het pleegkind", "specific": False,
         "measurable": False, "time_bound": False, "actor": True, "development_oriented": False, "concreteness": 0.2},
    ]
    pred = [{"file": "p.docx", "text": "- Sem fietst naar school."}, {"file": "p.docx", "text": "Moeder wordt ontlast."},
            {"file": "p.docx", "text": "Zie bijlage"}]
    r = evaluate_goals([(pred, gold)])
    assert r["matched"] == 2 and r["precision"] == round(2 / 3, 3) and r["recall"] == round(2 / 3, 3)
    assert set(r["criterion_accuracy"]) == {"specific", "measurable", "time_bound", "actor", "development_oriented"}


def test_context_paragraphs_and_plan_metadata_beside_a_goal_table_are_no_goals() -> None:
    b = TextBuilder()
    b.add("heading", "Plan van aanpak", level=1)
    b.add("paragraph", "Hulpverleningsplan (HVP) vastgesteld 05-11-2024 · periode nov 2024 – mei 2025 · opgesteld door PZB.")
    b.add("paragraph", "Hulpvraag: Liv (9) woont sinds september 2022 in het pleeggezin.")
    b.add("paragraph", "Perspectief: opgroeien in het pleeggezin, contact met moeder blijft belangrijk.")
    headers = ["Doel", "Termijn", "Wie"]
    b.add_row(headers, None, table=0, row=0)
    b.add_row(["Liv leest aan het eind van groep 6 op AVI-niveau E5.", "juli 2025", "Liv, PM"], headers, table=0, row=1)
    assert _texts(_dossier(_doc(b))) == ["Liv leest aan het eind van groep 6 op AVI-niveau E5."]


def test_context_labels_are_no_goals_under_a_goals_heading_either() -> None:
    b = TextBuilder()
    b.add("heading", "Doelen", level=1)
    b.add("paragraph", "Aandachtspunten: emotionele belasting rond het contact met moeder.")
    b.add("paragraph", "Sem fietst voor de zomervakantie zelfstandig naar school.")
    assert _texts(_dossier(_doc(b))) == ["Sem fietst voor de zomervakantie zelfstandig naar school."]


def test_titled_goals_take_the_sentence_under_the_title_and_its_fields() -> None:
    """'Doel 1 – Rust' titles a goal on the next line; the 'Termijn: ... Wie: ...' line gives its fields,
    and the situation paragraph above the goals is no goal."""
    b = TextBuilder()
    b.add("heading", "Plan van aanpak", level=2)
    b.add("paragraph", "Kiki (8) woont sinds 2023 bij tante. Moeder woont in Breda.")
    b.add("paragraph", "Doel 1 – Rust")
    b.add("paragraph", "Kiki slaapt vóór 1 maart 2026 vijf nachten per week in haar eigen bed.")
    b.add("paragraph", "Termijn: 01-03-2026 Wie: PK/PO")
    b.add("paragraph", "Doel 2 – Contact met vader")
    b.add("paragraph", "Termijn: - Wie: JB")
    goals = extract_goals(_dossier(_doc(b)))
    assert [(g.text, g.termijn, g.wie) for g in goals] == [
        ("Kiki slaapt vóór 1 maart 2026 vijf nachten per week in haar eigen bed.", "01-03-2026", "PK/PO"),
        ("Contact met vader", None, "JB"),
    ]


def test_question_and_answer_goals() -> None:
    """'Wat willen we bereiken? — <goal>' gives the goal; 'Wie doet wat? — <who>' its Wie; a title over
    the questions is no goal of its own."""
    b = TextBuilder()
    b.add("heading", "Doelen", level=2)
    b.add("paragraph", "Doel 1 - Zelfstandigheid")
    b.add("list_item", "1. Wat willen we bereiken? — Kiki fietst vóór de zomer van 2026 zelf naar school.", level=1)
    b.add("list_item", "2. Wie doet wat? — Pleegvader oefent de route op zaterdag.", level=1)
    b.add("list_item", "3. Wat is daarvoor nodig? — Een fietsslot en een vaste route.", level=1)
    goals = extract_goals(_dossier(_doc(b)))
    assert [(g.text, g.wie) for g in goals] == [
        ("Kiki fietst vóór de zomer van 2026 zelf naar school.", "Pleegvader oefent de route op zaterdag.")]


def test_a_goals_evaluation_line_is_no_goal() -> None:
    b = TextBuilder()
    b.add("heading", "Doelen", level=2)
    b.add("paragraph", "Doel 1 school: verzuim sinds de zomer 2 uur (was 11). Blijft staan.")
    b.add("paragraph", "Vaste logeerplek: Kiki gaat graag. Doel blijft.")
    b.add("paragraph", "Doel 2: Kiki gaat vóór 1 juni 2026 twee keer per week naar de sportclub.")
    assert _texts(_dossier(_doc(b))) == ["Kiki gaat vóór 1 juni 2026 twee keer per week naar de sportclub."]


def test_record_metadata_under_a_plan_is_no_goal() -> None:
    b = TextBuilder()
    b.add("heading", "Doelen", level=2)
    b.add("list_item", "Kiki gaat vóór 1 juni 2026 twee keer per week naar de sportclub.", level=1)
    b.add("paragraph", "Vastgelegd: 26-11-2024 14:23 door l.visser")
    b.add("paragraph", "Zichtbaar voor: Team pleegzorg, GW")
    assert _texts(_dossier(_doc(b))) == ["Kiki gaat vóór 1 juni 2026 twee keer per week naar de sportclub."]


def test_a_records_linked_goal_field_opens_no_goals_section() -> None:
    """An ECD export's "Gekoppeld doel: 1. Schoolgang" is a field of the report, not a goals heading."""
    b = TextBuilder()
    b.add("line", "Rapportage 13-02-2024 11:15 | auteur: PZB | soort: Telefonisch contact")
    b.add("line", "Gebeld met de mentor. Roel heeft in januari zes uur gemist.")
    b.add("line", "Gekoppeld doel: 1. Schoolgang")
    b.add("line", "Rapportage 07-05-2024 17:10 | auteur: PZB | soort: Huisbezoek")
    b.add("line", "Roel wil graag een eigen slot op zijn kamerdeur.")
    assert _texts(_dossier(_doc(b, "rapportages_export.txt"))) == []


def test_attribute_lines_under_numbered_goals_are_no_goals() -> None:
    """"Wat gaan we doen: ...", "Wie: ...", "Wanneer klaar: ..." under a numbered goal describe it: no
    goals of their own, and who and when become its Wie and Termijn; the next numbered goal still counts."""
    b = TextBuilder()
    b.add("heading", "Doelen", level=2)
    b.add("paragraph", "1. Bram fietst voor de zomervakantie 2026 zelf naar school.")
    b.add("list_item", "Wat gaan we doen: PV fietst de route drie keer mee, daarna alleen.", level=1)
    b.add("list_item", "Wie: PV en Bram", level=1)
    b.add("list_item", "Wanneer klaar: juli 2026", level=1)
    b.add("paragraph", "2. Het contact met vader wordt voortgezet.")
    b.add("list_item", "Wie: –", level=1)
    goals = extract_goals(_dossier(_doc(b)))
    assert [g.text for g in goals] == ["Bram fietst voor de zomervakantie 2026 zelf naar school.",
                                       "Het contact met vader wordt voortgezet."]  # a goal, no verdict
    assert (goals[0].wie, goals[0].termijn) == ("PV en Bram", "juli 2026")
    assert goals[1].wie is None


def test_goal_title_headings_with_the_goal_sentence_under_them() -> None:
    """"Doel 1 – Veilig en thuis" as a heading names the goal; the sentence under it is the goal
    (also under a one-word title), the lines after it are its fields."""
    b = TextBuilder()
    b.add("heading", "Doelen", level=1)
    b.add("paragraph", "Hieronder de doelen zoals besproken in het zorgteam.")
    b.add("heading", "Doel 1 – Veilig en thuis", level=2)
    b.add("paragraph", "Joris voelt zich veilig en op zijn plek in het pleeggezin.")
    b.add("paragraph", "Evaluatiemoment: juli 2025")
    b.add("heading", "Doel 2 – School", level=2)
    b.add("paragraph", "Joris gaat elke schooldag naar school en gaat in juni 2025 over naar groep 8.")
    b.add("paragraph", "Betrokkenen: Joris, mentor, pleegmoeder")
    b.add("heading", "Doel 3 – Contact met vader", level=2)
    b.add("paragraph", "Evaluatiemoment: jaarlijks")
    assert _texts(_dossier(_doc(b))) == [
        "Joris voelt zich veilig en op zijn plek in het pleeggezin.",
        "Joris gaat elke schooldag naar school en gaat in juni 2025 over naar groep 8.",
        "Contact met vader",  # a title with no sentence under it is the goal itself
    ]


def test_a_goals_heading_under_a_plan_title_ends_at_the_next_heading_of_its_level() -> None:
    """The title "Plan van aanpak <name>" opens the file as goals; "Doelen 2025" names them, and the
    next heading of its level ("Betrokkenen", "Overige afspraken") ends them (issue 9)."""
    b = TextBuilder()
    b.add("heading", "Plan van aanpak Dina Haile", level=1)
    b.add("heading", "Hulpvraag", level=2)
    b.add("paragraph", "Dina wil zelfstandiger worden.")
    b.add("heading", "Doelen 2025", level=2)
    b.add("list_item", "- Dina fietst vóór 1 juni 2025 zelfstandig naar school.", level=1)
    b.add("list_item", "- Dina gaat elke week naar de zwemles.", level=1)
    b.add("heading", "Betrokkenen", level=2)
    b.add("list_item", "- Huisarts dokter Prins", level=1)
    b.add("list_item", "- ISK De Horizon, mentor meneer Van Aalst", level=1)
    assert _texts(_dossier(_doc(b))) == ["Dina fietst vóór 1 juni 2025 zelfstandig naar school.",
                                         "Dina gaat elke week naar de zwemles."]


def test_a_goals_name_in_an_evaluation_table_is_no_goal() -> None:
    """"Doel | Beoordeling | Vervolg" in a progress report: "Fietsen naar school" names a plan goal."""
    b = TextBuilder()
    b.add("heading", "Voortgangsrapportage maart 2025", level=1)
    b.add("heading", "Evaluatie doelen", level=2)
    b.add_row(["Doel", "Beoordeling", "Vervolg"], row=0, table=0)
    b.add_row(["Fietsen naar school", "deels: fietst samen met pleegmoeder", "handhaven"], row=1, table=0)
    b.add_row(["Dina zwemt vóór 1 juli 2025 zonder hulp een baan.", "nog niet", "handhaven"], row=2, table=0)
    assert _texts(_dossier(_doc(b, "voortgang.docx"))) == ["Dina zwemt vóór 1 juli 2025 zonder hulp een baan."]


def test_a_plans_header_fields_under_its_title_are_no_goals_when_a_goals_heading_follows() -> None:
    """A plain-text plan: its title in capitals, then header fields, then "Doelen" with the goals (issue 9)."""
    from audit.read.text import read_text
    text = ("PLAN VAN AANPAK CRISISOPVANG LARS DEKKER\n==========================================\n\n"
            "Pleegzorg Vechtdal: team crisisopvang\nOpvanggezin: fam. Mulder, Dalfsen\nStart opvang: 03-02-2025\n"
            "PZB: R. Brink\n\nDoelen\n------\n1. Lars gaat binnen twee weken weer elke dag naar zijn eigen school.\n\n"
            "2. Lars heeft vóór 1 april 2025 een vaste weekplanning met de omgang met zijn vader.\n")
    doc = read_text(text.encode(), "plan_van_aanpak.txt", Path("plan_van_aanpak.txt"))
    assert _texts(_dossier(doc)) == ["Lars gaat binnen twee weken weer elke dag naar zijn eigen school.",
                                     "Lars heeft vóór 1 april 2025 een vaste weekplanning met de omgang met zijn vader."]


def test_a_forms_yes_no_question_is_no_goal() -> None:
    b = TextBuilder()
    b.add("heading", "Doelen", level=1)
    b.add("paragraph", "Lars fietst vóór 1 juni 2025 zelfstandig naar school.")
    b.add("paragraph", "Veiligheidscheck afgelopen jaar uitgevoerd: ☒ Ja ☐ Nee")
    assert _texts(_dossier(_doc(b))) == ["Lars fietst vóór 1 juni 2025 zelfstandig naar school."]


def test_a_text_files_goal_table_with_numbered_goals_and_a_description_column() -> None:
    """An ECD module exported as text: the cells joined by " | ", the goal column only numbering the goals."""
    b = TextBuilder()
    b.add("line", "ZORGBUREAU WESTHAVEN | Module Doelen | export 02-02-2026")
    b.add("line", "Plan: HVP 2025-2026 | vastgesteld: 10-09-2025")
    b.add("line", "Doel | Omschrijving | Status | Evaluatie")
    b.add("line", "Doel 1 | Timo fietst vóór de herfstvakantie 2026 zelf naar school. | loopt | nog niet geëvalueerd")
    b.add("line", "Doel 2 | Timo belt elke zondag met zijn vader. | behaald | 15-01-2026: gehandhaafd")
    b.add("line", "Aantal doelen: 2 | Volgende evaluatie: maart 2026")
    assert _texts(_dossier(_doc(b, "doelen.txt"))) == [
        "Timo fietst vóór de herfstvakantie 2026 zelf naar school.", "Timo belt elke zondag met zijn vader."]


def test_a_docx_goal_table_numbered_1_2_takes_the_description() -> None:
    b = TextBuilder()
    b.add("heading", "Module doelen", level=1)
    b.add("paragraph", "Zorgbureau Westhaven · cliënt T. Visser")
    headers = ["Doel", "Omschrijving", "Status"]
    b.add_row(headers, None, table=0, row=0)
    b.add_row(["1", "Timo leert voor de zomer van 2026 zwemmen.", "loopt"], headers, table=0, row=1)
    b.add_row(["2", "Timo slaapt vijf nachten per week in zijn eigen bed.", "loopt"], headers, table=0, row=2)
    b.add("paragraph", "Volgende evaluatie: september 2026.")
    assert _texts(_dossier(_doc(b))) == ["Timo leert voor de zomer van 2026 zwemmen.",
                                         "Timo slaapt vijf nachten per week in zijn eigen bed."]


def test_numbered_goal_rows_without_a_header_under_a_goals_heading() -> None:
    """'Doel 1 | <goal> | loopt' lines (a printed plan without ruled tables): each row's label numbers the goal
    in the next cell; the first row is no header, and the page's footer beside the rows is no goal."""
    b = TextBuilder()
    b.add("heading", "4. Doelen", level=1)
    b.add("paragraph", "Doel 1 | Timo ontwikkelt zich positief. | loopt")
    b.add("paragraph", "Doel 2 | Timo heeft vóór 1 juni 2026 een vaste sport naast school. | loopt")
    b.add("paragraph", "ECD Horizon 7.3 · afdrukprofiel PLAN Pagina 1 van 1")
    d = _doc(b, "hvp.pdf")
    assert _texts(_dossier(d)) == ["Timo ontwikkelt zich positief.",
                                   "Timo heeft vóór 1 juni 2026 een vaste sport naast school."]


def test_a_goal_column_headed_with_a_possessive_and_first_person_goals() -> None:
    """"Mijn doel (in mijn eigen woorden)": a youth's own plan names its goal column with a possessive."""
    b = TextBuilder()
    b.add("heading", "Mijn plan", level=1)
    b.add("heading", "Mijn doelen", level=2)
    headers = ["Nr", "Mijn doel (zoals ik het zelf zeg)", "Opmerking begeleider", "Evaluatie 12-01-2026"]
    b.add_row(headers, None, table=0, row=0)
    b.add_row(["1", "Ik haal voor 1 mei 2026 mijn scooterrijbewijs.", "Pleegvader oefent mee.", "Theorie gehaald."],
              headers, table=0, row=1)
    b.add_row(["2", "Ik wil lekkerder in mijn vel zitten.", "Nog vaag.", "Wisselend."], headers, table=0, row=2)
    b.add("paragraph", "Ondertekend: Lieke Vos, Mirjam de Graaf.")
    b.add("paragraph", "Mirjam de Graaf, pleegzorgbegeleider Stichting Elzenhof")
    assert _texts(_dossier(_doc(b))) == ["Ik haal voor 1 mei 2026 mijn scooterrijbewijs.",
                                         "Ik wil lekkerder in mijn vel zitten."]


def test_a_goals_section_that_opens_by_looking_back_holds_progress_not_goals() -> None:
    b = TextBuilder()
    b.add("heading", "Jaarevaluatie", level=1)
    b.add("heading", "3. Doelen", level=2)
    b.add("paragraph", "Op 9 maart 2026 zijn de doelen met Lieke en haar pleegouders geëvalueerd.")
    b.add("paragraph", "Scooter: theorie gehaald, praktijk in april. Blijft staan.")
    b.add("paragraph", "Lekker in haar vel: wisselend; Lieke kookt nu twee keer per week zelf.")
    b.add("heading", "4. Vooruitblik", level=2)
    assert _texts(_dossier(_doc(b, "jaarevaluatie.docx"))) == []


def test_a_goals_section_whose_plan_says_the_goals_will_be_evaluated_keeps_its_goals() -> None:
    b = TextBuilder()
    b.add("heading", "Doelen", level=2)
    b.add("paragraph", "De doelen worden over een half jaar geëvalueerd.")
    b.add("list_item", "Lieke fietst voor 1 juni 2026 zelf naar school.", level=1)
    assert _texts(_dossier(_doc(b))) == ["Lieke fietst voor 1 juni 2026 zelf naar school."]


def test_a_compound_goal_column_and_goal_ids_with_a_hyphen() -> None:
    """'Ondersteuningsdoel' names the goal column as 'Doel' does; 'G-01' numbers a goal as 'Doel 1' does,
    and a goal whose status says it was dropped is no goal of the plan any more."""
    b = TextBuilder()
    b.add("heading", "Ondersteuningsplan", level=1)
    h1 = ["Leefgebied", "Ondersteuningsdoel", "Wie", "Wanneer klaar?"]
    b.add_row(h1, None, table=0, row=0)
    b.add_row(["Wonen", "Ik ruim elke zaterdag zelf mijn kamer op.", "Timo", "zomer 2026"], h1, table=0, row=1)
    h2 = ["Doel-ID", "Omschrijving", "Streefdatum", "Status"]
    b.add_row(h2, None, table=1, row=0)
    b.add_row(["G-01", "Timo fietst vóór 1 mei 2026 zelf naar de sportclub.", "2026-05-01", "lopend"], h2, table=1, row=1)
    b.add_row(["G-02", "Timo haalt zijn zwemdiploma A.", "2025-06-30", "vervallen"], h2, table=1, row=2)
    assert _texts(_dossier(_doc(b))) == ["Ik ruim elke zaterdag zelf mijn kamer op.",
                                         "Timo fietst vóór 1 mei 2026 zelf naar de sportclub."]


def test_a_vertical_goal_record_holds_its_goal_in_the_description_row() -> None:
    """An app's plan: one key/value table per goal ('Doel-ID | G-01', 'Omschrijving | ...', 'Status | ...')."""
    b = TextBuilder()
    b.add("heading", "Doelen", level=1)
    for t, (gid, goal, status) in enumerate([("G-01", "Timo leest elke avond tien minuten voor aan pleegvader.", "lopend"),
                                             ("G-02", "Timo gaat zonder hulp met de bus naar opa.", "vervallen")]):
        for r, (key, value) in enumerate([("Doel-ID", gid), ("Omschrijving", goal), ("Wie", "Timo"),
                                          ("Streefdatum", "2026-03-01"), ("Status", status)]):
            headers = ["Doel-ID", gid] if r else None
            b.add_row([key, value], headers, table=t, row=r)
    assert _texts(_dossier(_doc(b))) == ["Timo leest elke avond tien minuten voor aan pleegvader."]


def test_an_agenda_that_names_the_goal_evaluation_holds_no_goals() -> None:
    """Short numbered lines one after another are an agenda: '2. Evaluatie doelen' there opens no goals."""
    b = TextBuilder()
    b.add("line", "Verslag netwerkoverleg 12-03-2026")
    b.add("line", "Agenda")
    for i, item in enumerate(["Opening", "Evaluatie doelen plan 2025", "Contact vader", "Advies orthopedagoog",
                              "Rondvraag"], start=1):
        b.add("list_item", f"{i}. {item}", level=1)
    b.add("line", "Evaluatie doelen plan 2025")
    b.add("list_item", "- Zwemmen: loopt, blijft.", level=1)
    b.add("list_item", "- Omgang vader om de week: nog niet, blijft.", level=1)
    assert _texts(_dossier(_doc(b, "verslag.docx"))) == []


def test_a_dropped_goal_record_takes_only_itself_out() -> None:
    """One key/value table holding two goal records; the second is dropped before its description comes."""
    b = TextBuilder()
    b.add("heading", "Doelen", level=1)
    rows = [("Doel-ID", "G-01"), ("Omschrijving", "Timo leest elke avond tien minuten voor."), ("Status", "lopend"),
            ("Doel-ID", "G-02"), ("Status", "vervallen"), ("Omschrijving", "Timo gaat alleen met de bus naar opa.")]
    for r, (key, value) in enumerate(rows):
        b.add_row([key, value], ["Doel-ID", "G-01"] if r else None, table=0, row=r)
    assert _texts(_dossier(_doc(b))) == ["Timo leest elke avond tien minuten voor."]


def test_capitalised_and_semicolon_verdicts_are_evaluations() -> None:
    b = TextBuilder()
    b.add("line", "Evaluatie doelen")
    b.add("list_item", "- Zwemmen: Loopt.", level=1)
    b.add("list_item", "- Omgang vader om de week gaat goed; blijft.", level=1)
    assert _texts(_dossier(_doc(b, "verslag.docx"))) == []


def test_a_record_per_life_domain_states_its_goal_as_the_result() -> None:
    """A municipal plan: per life domain a record 'Resultaat | ...', 'Wat gaan we doen | ...', 'Wie', 'Wanneer'.
    The result aimed at is the goal; 'Geen resultaat afgesproken' is none; after 'Doel | ...' a 'Resultaat'
    row judges that goal (issue 9)."""
    b = TextBuilder()
    b.add("heading", "Doelen per leefgebied", level=1)
    records = [[("Resultaat", "Timo leest eind groep 5 op AVI-niveau M5."), ("Wat gaan we doen", "Elke avond samen lezen."),
                ("Wie", "Timo, pleegvader"), ("Wanneer", "juni 2026")],
               [("Resultaat", "Geen resultaat afgesproken, gaat goed."), ("Wat gaan we doen", "-")],
               [("Doel", "Timo fietst vóór de zomer zelf naar de sportclub."), ("Resultaat", "Nog niet, oefent op zaterdag.")]]
    for t, rows in enumerate(records):
        for r, (key, value) in enumerate(rows):
            b.add_row([key, value], None, table=t, row=r)
    assert _texts(_dossier(_doc(b))) == ["Timo leest eind groep 5 op AVI-niveau M5.",
                                         "Timo fietst vóór de zomer zelf naar de sportclub."]


def test_result_records_in_one_table_and_a_verdict_as_result() -> None:
    """Several life-domain records in one table each hold their goal; 'Resultaat | Behaald, ...' in an evaluation
    table is a verdict, not a goal (issue 9, review)."""
    b = TextBuilder()
    b.add("heading", "Doelen per leefgebied", level=1)
    rows = [("Leefgebied", "School"), ("Resultaat", "Timo leest eind groep 5 op AVI-niveau M5."), ("Wie", "Timo"),
            ("Leefgebied", "Vrije tijd"), ("Resultaat", "Timo zit voor de zomer op een sportclub."), ("Wie", "Timo, PV")]
    for r, (key, value) in enumerate(rows):
        b.add_row([key, value], None, table=0, row=r)
    b.add_row(["Resultaat", "Behaald, Timo leest nu op AVI M5."], None, table=1, row=0)
    assert _texts(_dossier(_doc(b))) == ["Timo leest eind groep 5 op AVI-niveau M5.",
                                         "Timo zit voor de zomer op een sportclub."]


def test_goal_matrices_state_goals_in_their_description_column() -> None:
    """A matrix with a short title per goal and the goal itself in "Omschrijving" (with or without a "Doel"
    column of titles); a cell that refers to the old plan states none."""
    b = TextBuilder()
    b.add("heading", "Doelen", level=2)
    headers = ["Onderwerp", "Omschrijving", "Meetbaar", "Tijdpad"]
    b.add_row(headers, None, table=0, row=0)
    b.add_row(["Schoolgang", "Mees gaat elke schooldag met plezier naar school.", "juf", "doorlopend"], None, table=0, row=1)
    b.add_row(["Gezondheid", "zie vorig plan", "n.v.t.", "n.v.t."], None, table=0, row=2)
    headers2 = ["Doel", "Omschrijving", "Wie"]
    b.add_row(headers2, headers2, table=1, row=0)
    b.add_row(["Slaap", "Mees slaapt binnen 4 weken de hele nacht in zijn eigen bed.", "PM"], headers2, table=1, row=1)
    assert _texts(_dossier(_doc(b))) == ["Mees gaat elke schooldag met plezier naar school.",
                                         "Mees slaapt binnen 4 weken de hele nacht in zijn eigen bed."]


def test_a_score_table_names_the_plan_s_goals_and_states_none() -> None:
    b = TextBuilder()
    b.add("heading", "Evaluatie hulpverleningsplan", level=1)
    headers = ["Doel", "Score start", "Score nu", "Doel behaald", "Opmerking"]
    b.add_row(headers, headers, table=0, row=0)
    b.add_row(["1. Zelfstandig fietsen naar school", "4", "8", "ja", "fietst elke dag"], headers, table=0, row=1)
    b.add_row(["2. Contact met moeder", "5", "6", "deels", "drie bezoeken afgezegd"], headers, table=0, row=2)
    assert _texts(_dossier(_doc(b))) == []


def test_a_list_of_domains_states_its_goals_one_level_deeper() -> None:
    """An outline: a domain's title at the list's level, its goal one deeper, an action deeper still; a list
    of goals without titles keeps its own level."""
    b = TextBuilder()
    b.add("heading", "Doelen", level=2)
    b.add("list_item", "Sport en vrije tijd", level=1)
    b.add("list_item", "Mees gaat vóór de zomer elke woensdag zelf op de fiets naar judo.", level=2)
    b.add("list_item", "actie: PV fietst de eerste twee keer mee", level=3)
    b.add("list_item", "Contact met vader", level=1)
    b.add("list_item", "Mees belt elke zondag met zijn vader.", level=2)
    b.add("heading", "Afspraken", level=2)
    b.add("heading", "Doelen vervolg", level=2)
    b.add("list_item", "Mees leest elke avond een kwartier.", level=1)
    b.add("list_item", "met hulp van PM", level=2)
    assert _texts(_dossier(_doc(b))) == ["Mees gaat vóór de zomer elke woensdag zelf op de fiets naar judo.",
                                         "Mees belt elke zondag met zijn vader.", "Mees leest elke avond een kwartier."]


def test_a_goal_pasted_into_a_later_evaluation_is_the_plan_s() -> None:
    # the evaluation comes first in the dossier's order ("evaluatie" < "plan"); the goal is still the plan's
    plan = TextBuilder()
    plan.add("paragraph", "Vastgesteld: 30-09-2024")
    plan.add("heading", "Doelen", level=1)
    plan.add("list_item", "Daan fietst voor de herfstvakantie zelfstandig naar school.", level=1)
    ev = TextBuilder()
    ev.add("paragraph", "Datum evaluatie: 12-03-2025")
    ev.add("heading", "Doelen", level=1)
    ev.add("list_item", "Daan fietst voor de herfstvakantie zelfstandig naar school.", level=1)
    ev.add("paragraph", "→ ongewijzigd; gaat goed.")
    goals = extract_goals(_dossier(_doc(ev, "evaluatie.docx"), _doc(plan, "plan.docx")))
    goal = next(g for g in goals if g.text.startswith("Daan fietst"))
    assert [loc.file for loc in goal.locations] == ["plan.docx", "evaluatie.docx"]
    assert goal.plan_date == "2024-09-30" and goal.plan_dates == ["2024-09-30", "2025-03-12"]


def test_a_verdict_under_a_pasted_goal_is_no_goal() -> None:
    ev = TextBuilder()
    ev.add("paragraph", "Datum evaluatie: 12-03-2025")
    ev.add("heading", "Doelen", level=1)
    ev.add("list_item", "Yara maakt elke week haar huiswerk zonder herinnering.", level=1)
    ev.add("list_item", "→ ongewijzigd; Yara gaat trouw, twee opdrachten waren te laat.", level=1)
    ev.add("list_item", "Mila opent voor de zomer een eigen bankrekening.", level=1)
    ev.add("list_item", "Stand: loopt, Mila heeft in september een rekening geopend.", level=1)
    assert _texts(_dossier(_doc(ev, "evaluatie.docx"))) == [
        "Yara maakt elke week haar huiswerk zonder herinnering.", "Mila opent voor de zomer een eigen bankrekening."]


def test_a_goal_carried_over_with_its_label_stays_a_goal() -> None:
    plan = TextBuilder()
    plan.add("paragraph", "Vastgesteld: 30-09-2025")
    plan.add("heading", "Doelen", level=1)
    plan.add("list_item", "Ongewijzigd: Daan fietst voor de herfstvakantie zelfstandig naar school.", level=1)
    plan.add("list_item", "Gehandhaafd: Daan belt elke zondag zijn moeder.", level=1)
    assert len(_texts(_dossier(_doc(plan)))) == 2
