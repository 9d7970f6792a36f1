"""Name, place and organisation pools. All names are invented combinations.

Pools are split in two disjoint halves: ``TRAIN`` for training/corpus and
sentences.jsonl, ``EXAMPLE`` for examples/ so the README examples never share a
child, family or worker name with the training data.
"""
from __future__ import annotations

GIRLS = [
    "Noor", "Fenna", "Lotte", "Isa", "Mila", "Femke", "Roos", "Tess", "Lieke",
    "Jasmijn", "Marit", "Floor", "Evi", "Nina", "Anouk", "Sietske", "Yasmina",
    "Amira", "Selin", "Esra", "Dewi", "Shanice", "Naomi", "Nour", "Zeynep",
    "Mirela", "Oksana", "Senait", "Ama", "Priya", "Mei", "Zofia", "Ilse",
    "Jolien", "Kiki", "Romy", "Sophie", "Lina", "Hiba", "Aaliyah", "Chayenne",
    "Britt", "Demi", "Merel", "Vera", "Elif", "Malak", "Rania", "Indy", "Saar",
    "Fay", "Liv", "Nadia", "Wendelien", "Ayla", "Kaylee", "Maud", "Quinty",
]
BOYS = [
    "Jesse", "Bram", "Thijs", "Sem", "Luuk", "Ruben", "Stijn", "Joris", "Milan",
    "Niek", "Jelle", "Wessel", "Gijs", "Hidde", "Mohamed", "Bilal", "Ilyas",
    "Emre", "Kerem", "Rayan", "Jayden", "Quincy", "Aziz", "Hamza", "Dawit",
    "Tesfay", "Kofi", "Arjun", "Wiktor", "Lucas", "Mees", "Teun", "Siem",
    "Tygo", "Dani", "Youssef", "Anass", "Mats", "Rens", "Julian", "Dex",
    "Sven", "Koen", "Brent", "Damian", "Ravi", "Yusuf", "Okke", "Fedde",
    "Mika", "Ilias", "Levi", "Sil", "Owen", "Boaz", "Tijn", "Ferre", "Jurre",
]
FP_WOMEN = [
    "Ingrid", "Wilma", "Petra", "Monique", "Fatima", "Annemiek", "Marleen",
    "Saskia", "Gülşen", "Hennie", "Jolanda", "Carla", "Yvonne", "Riet",
    "Astrid", "Nicole", "Samira", "Kim", "Linda", "Marjolein", "Esther",
    "Tineke", "Bianca", "Naima", "Dorien", "Greetje", "Hatice", "Agnes",
    "Janneke", "Miranda", "Sabine", "Anja", "Karin", "Trudy", "Lisette",
]
FP_MEN = [
    "Harm", "Gerrit", "Kees", "Ronald", "Hassan", "Bas", "Erwin", "Hans",
    "Wim", "Arjen", "Jeroen", "Mustafa", "Remco", "Frank", "Dirk", "Sjoerd",
    "Ahmed", "Henk", "Wouter", "Peter", "Richard", "Klaas", "Joost", "Erik",
    "Maarten", "Roel", "Ismail", "Gert-Jan", "Niels", "Rutger", "Vincent",
]
SURNAMES = [
    "Hoekstra", "Dijkman", "Van der Veen", "El Amrani", "Yilmaz", "Bosman",
    "Kuipers", "Brouwer", "Postma", "Wijnands", "Oosterhuis", "Schipper",
    "Veldkamp", "Çelik", "Nieuwenhuis", "Tromp", "Haverkamp", "Zijlstra",
    "Doornbos", "Bennink", "Rozendaal", "Meijerink", "Tuinstra", "Bakkenes",
    "Van Dalen", "Ouwerkerk", "Hofstede", "Lubbers", "Groeneveld", "Boukhari",
    "Sprenger", "De Vries-Kaya", "Kloosterman", "Verbeek", "Ter Horst",
    "Prins", "Scholten", "Wagenaar", "Huisman", "Oldenkamp", "Van Leeuwen",
    "Reitsma", "Demir", "Lammerts", "Smeenk", "Vos-Brinkman", "Koopman",
    "Hamstra", "Bruinsma", "Mertens", "Teunissen", "Pranoto", "Kasanmoenadi",
    "Van Wijk", "Dekkers", "Aydin", "Bakker-Odinga", "Nijhof", "Roelofs",
]
WORKERS = [
    "M. Verhoef", "A. Koster", "R. Lammers", "D. Oudshoorn", "S. Benali",
    "T. Hendriks", "L. Vos", "B. de Graaf", "N. Pinas", "F. Akkermans",
    "H. Bouzid", "C. van Eijk", "J. Strating", "K. Wever", "E. Schuurman",
    "I. Jansma", "P. Riksen", "W. Dogan", "G. Terpstra", "Y. Mahabier",
    "O. Veenstra", "A. Ramdin", "L. Hogenbirk", "S. Kok", "M. Ait Said",
    "R. Boersma", "J. van Rooij", "T. Sluiter", "E. Huttinga", "D. Kamphuis",
    "V. Oomen", "B. Nauta", "N. Bijlsma", "F. Cörvers", "H. Westerhof",
]
TOWNS = [
    "Hoogeveen", "Zierikzee", "Goes", "Assen", "Heerenveen", "Sneek",
    "Drachten", "Winterswijk", "Doetinchem", "Roermond", "Venlo", "Hoorn",
    "Purmerend", "Den Helder", "Emmen", "Meppel", "Steenwijk", "Harderwijk",
    "Tiel", "Oss", "Veghel", "Weert", "Terneuzen", "Vlissingen", "Enkhuizen",
    "Schagen", "Coevorden", "Stadskanaal", "Winschoten", "Dokkum", "Joure",
    "Zutphen", "Lochem", "Hardenberg", "Kampen", "Urk", "Bergen op Zoom",
    "Roosendaal", "Waalwijk", "Kerkrade", "Sittard", "Middelharnis",
]
PROVIDERS = [
    ("HOR", "Horizonzorg Pleegzorg"),
    ("ZEE", "Stichting Pleeggezinnen Zeeland-West"),
    ("NOO", "Pleegzorg Noordkust"),
    ("DRE", "Veenlanden Jeugd & Gezin - pleegzorg"),
    ("LIM", "Pleegzorg Maasdal"),
    ("ACH", "Pleegzorg Achterhoek-Oost"),
    ("KOP", "Jeugdhulp Kop & Polder"),
    ("IJS", "IJsselstroom Pleegzorg"),
]
GI_NAMES = [
    "Jeugdbescherming Noord-Oost", "GI De Kustlijn", "Jeugdbescherming Maas & Peel",
    "GI Zuidwest Jeugd", "GI Veenkoloniën", "Jeugdbescherming IJsselland-Zuid",
]


def _split(seq):
    return seq[0::2], seq[1::2]


class Pool:
    def __init__(self, which: int):
        self.girls = _split(GIRLS)[which]
        self.boys = _split(BOYS)[which]
        self.fp_women = _split(FP_WOMEN)[which]
        self.fp_men = _split(FP_MEN)[which]
        self.surnames = _split(SURNAMES)[which]
        self.workers = _split(WORKERS)[which]
        self.towns = _split(TOWNS)[which]
        self.providers = PROVIDERS
        self.gis = GI_NAMES


TRAIN = Pool(0)
EXAMPLE = Pool(1)
