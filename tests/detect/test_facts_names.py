"""Who the foster child is, read from header fields of many shapes (own sentences)."""
from audit.detect.facts import (child_names, child_names_from_file_names, foster_parent_names, nicknames,
                                other_child_names)


def test_name_and_birth_date_in_an_export_header():
    assert child_names(["Cliëntnummer 4411 Naam Fenna de Boer Geboortedatum 04/05/2014 Geslacht V\nRapport 2025"]) == {"Fenna"}


def test_an_adults_birth_date_names_no_child():
    assert child_names(["Pleegvader: Harm Kuiper, geb. 12-03-1971. Evaluatie 2025"]) == set()


def test_a_heading_followed_by_a_field_is_no_name():
    text = "ma 3 feb 2025 — Contactmoment pleegkind\nAuteur: P. Jansen (PZB)"
    assert child_names([text]) == set()
    assert other_child_names([text], set()) == set()
    assert foster_parent_names(["Pleeggezin\nSoc.-emotioneel: gaat goed"], set()) == set()


def test_table_cell_label_only_as_a_rows_first_cell():
    assert child_names(["Pleegkind | Fenna de Boer (10)\nDatum | 01-02-2025"]) == {"Fenna"}
    assert child_names(["Naam | Relatie tot pleegkind | Lftd\nMening kind | Niet gevraagd"]) == set()


def test_a_relative_with_an_age_is_no_foster_child():
    assert child_names(["Fenna de Boer (10) woont bij oom. Neef Bram Kuiper (15) logeert soms."]) == {"Fenna"}


def test_heading_over_two_names_keeps_the_foster_parents():
    assert foster_parent_names(["Pleegouders\nAnja en Harm geven aan dat ze moe zijn."], set()) == {"Anja", "Harm"}


def test_a_sibling_introduced_after_a_comma():
    assert other_child_names(["Fenna heeft een halfzusje, Jill (4), die bij oma woont."], {"Fenna"}) == {"Jill"}


def test_a_toddlers_age_in_years_and_months():
    assert child_names(["Dossier: Fenna de Boer (2 jr 9 mnd)"]) == {"Fenna"}


def test_file_names_name_the_child_when_no_header_does():
    texts = ["Zorgteam Fenna\nFenna vertelt over school. Fenna is blij. Verslag Zorgteam. Zorgteam blij. Zorgteam.", "Screening fam. Hoeks\nBij fam. Hoeks is Fenna welkom. Hans Hoeks werkt thuis."]
    names = ["dossieroverzicht_Fenna_2024.docx", "screeningsrapport_Hoeks_2021.pdf", "overzicht_KEM-7.docx",
             "Verslag_Zorgteam.docx"]
    assert child_names_from_file_names(names, texts) == {"Fenna"}


def test_the_home_the_child_lives_in_since_a_date():
    """"woont sinds 1 maart 2016 bij Anton en Rianne de Wit": the foster parents, the date between."""
    text = "Aanleiding: Sem woont sinds 1 maart 2016 bij Anton en Rianne de Wit in Groenhoven."
    assert foster_parent_names([text], {"Sem"}) == {"Anton", "Rianne"}
    assert foster_parent_names(["Sem woont sinds de zomer bij Karel en Ina."], {"Sem"}) == {"Karel", "Ina"}


def test_a_full_name_with_a_bracketed_birth_date():
    header = "JOURNAAL | Pleegzorg Oostrand\nMila Brouwers (14-09-2011) | DOS-12\nNetwerkpleegzorg bij oma sinds 2020"
    assert child_names([header]) == {"Mila"}
    assert child_names(["Pleegmoeder Ineke Brouwers (03-02-1968), broer Sven Brouwers (02-05-2013)\nJournaal 2025"]) == set()


def test_the_childs_other_name():
    assert nicknames(["Verslag huisbezoek Johanna (Jo) de Wit, 12 jaar"], {"Johanna"}) == {"Jo"}
    assert nicknames(["Naam: Johanna de Wit\nRoepnaam: Hanneke\nPleegouders: ..."], {"Johanna"}) == {"Hanneke"}
    assert nicknames(["Johanna (12) en haar broer Sep (9)"], {"Johanna"}) == set()
