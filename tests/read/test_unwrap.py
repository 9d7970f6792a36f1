"""Hard-wrapped prose in a TXT file becomes one line; journal lines, headings and lists do not."""
from audit.read.text import unwrap


def test_wrapped_prose_is_joined_with_the_same_length():
    text = ("Dinsdag 12 december 2023 heb ik (PZW) met pleegvader besproken hoe hij Daan\n"
            "kan aanspreken over de puberteit.\n12-03 hb LB.\nkort\n- item\nWeek 3\nnog iets")
    out = unwrap(text)
    assert len(out) == len(text)
    assert out.startswith("Dinsdag 12 december 2023 heb ik (PZW) met pleegvader besproken hoe hij Daan kan aanspreken")
    assert out.split("\n")[1:] == ["12-03 hb LB.", "kort", "- item", "Week 3", "nog iets"]


def test_a_line_that_ends_a_sentence_or_a_short_line_keeps_its_newline():
    assert unwrap("Dit is een hele lange zin die netjes eindigt met een punt aan het eind.\nvolgende") \
        == "Dit is een hele lange zin die netjes eindigt met een punt aan het eind.\nvolgende"
    assert unwrap("12-03-2025 | Huisbezoek | PZB\nbij pleegouders thuis") == "12-03-2025 | Huisbezoek | PZB\nbij pleegouders thuis"
