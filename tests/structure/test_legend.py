"""A file's own legend: its codes read from the file, spelled out only where a whole cell is a code."""
from audit.structure.legend import legend, spelled_out

REGISTER_HEAD = (
    "Legenda contactcodes\n"
    "K1 = individueel gesprek jeugdige (zonder pleegouders)\n"
    "K4 = begeleide omgang ouder(s)\n"
    "Status: U = uitgevoerd, G = gepland, A = afgezegd; NV = niet verschenen\n"
    "Afkortingen: J = jeugdige, PM = pleegmoeder, MO = moeder, o4o = onder vier ogen\n"
)


def test_items_one_per_line_and_several_on_a_line():
    codes = legend(REGISTER_HEAD)
    assert codes["K1"] == "individueel gesprek jeugdige (zonder pleegouders)"
    assert codes["G"] == "gepland" and codes["NV"] == "niet verschenen" and codes["A"] == "afgezegd"
    assert codes["o4o"] == "onder vier ogen" and codes["MO"] == "moeder"


def test_prose_with_an_equals_sign_is_no_legend():
    assert legend("De som 2 = 3 klopt niet, zegt Jan.\nx == y\n") == {}


def test_only_whole_cells_are_spelled_out():
    codes = legend(REGISTER_HEAD)
    cells = ["04-03-2025", "A. de Vries", "K1", "J, MO", "G", "A nam niet op"]
    assert spelled_out(cells, codes) == ["04-03-2025", "A. de Vries",  # an initial is no status
                                         "K1 (individueel gesprek jeugdige (zonder pleegouders))",
                                         "J, MO (jeugdige; moeder)", "G (gepland)", "A nam niet op"]
    assert spelled_out(cells, {}) == cells
