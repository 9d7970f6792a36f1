"""Hand-written one-off sentences (kind, label, why, child_spoken, style, text).

Written for this project; they cover phrasings the templates do not produce
(long narrative sentences, odd word order, abbreviations, mixed content).
"""
from __future__ import annotations

O, S, G, M = "one_on_one_contact", "safety_check", "behavioural_scientist_advice", "matching_rationale"

HANDWRITTEN = [
    # one-on-one, positive
    (O, True, "", None, "narrative", "Omdat Lotte bij het vorige bezoek dichtklapte toen PM in de kamer was, ben ik deze keer met haar naar de skatebaan gelopen; daar kwam het verhaal over de ruzie met haar vriendin er vanzelf uit."),
    (O, True, "", None, "telegram", "PK mee in auto nr. tandarts, onderweg 1op1 gesproken: gaat 'wel oké'."),
    (O, True, "", None, "telegram", "Jelle alleen gespr. in schuur (brommer sleutelen), PV was op werk. Vertelt over stage bij garage."),
    (O, True, "", None, "soap", "S: Mila (los van PO gesproken, op haar kamer): 'ik wil gewoon hier blijven'."),
    (O, True, "", None, "email", "Even een korte terugkoppeling: ik heb Thijs vrijdag na de training zonder jullie erbij gesproken en hij gaf aan dat het goed gaat."),
    (O, True, "", None, "narrative", "Het gesprek met Roos vond plaats in de spreekkamer van school, zonder pleegouders, en duurde ongeveer drie kwartier."),
    (O, True, "", None, "telegram", "Kindgesprek (zonder PO) bij de snackbar: patat + cola, Milan praatte honderduit over zijn nieuwe klas."),
    (O, True, "", None, "narrative", "JB Strating heeft Anouk voorafgaand aan de zitting onder vier ogen gehoord over haar wens om bij het pleeggezin te blijven."),
    (O, True, "", None, "form", "Eén-op-één gesprek jeugdige (zonder PO): ja, 35 min, in de auto"),
    (O, True, "", None, "telegram", "Met Gijs gewandeld naar de haven, w/o PO. Hij wil meer vrijheid op zaterdag."),
    (O, True, "", None, "narrative", "Nadat de pleegouders naar boven waren gegaan, heb ik nog even alleen met Evi aan de keukentafel gezeten; ze vertelde over haar angst dat mama weer gaat drinken."),
    (O, True, "", None, "soap", "O: 1-1 gesprek PK op school (kamer IB), PK oogt ontspannen."),
    (O, True, "", None, "telegram", "Marit beeldgebeld (PO niet in kamer), 15 min."),
    (O, True, "", None, "email", "Gisteren heb ik Luuk apart van jullie gesproken tijdens het ritje naar de voetbal; hij maakt zich zorgen over de verhuizing van zijn vader."),
    (O, True, "", None, "narrative", "Jesse heeft mij tijdens het huisbezoek meegenomen naar de tuin om zijn konijnen te laten zien, waar we met z'n tweeën, buiten gehoorsafstand van PV, over de bezoeken aan zijn moeder hebben gepraat."),
    # one-on-one, negatives
    (O, False, "negated", None, "telegram", "Nog steeds niet alleen gesproken, PM houdt dit af ('hij vindt dat eng')."),
    (O, False, "negated", None, "narrative", "Een gesprek zonder pleegouders is er dit jaar niet van gekomen."),
    (O, False, "planned", None, "telegram", "Wil PK volgende keer alleen spreken."),
    (O, False, "planned", None, "email", "Ik zou Noor graag een keer onder vier ogen spreken, misschien kan ik haar na school ophalen?"),
    (O, False, "cancelled", None, "telegram", "Gesprek op school met Stijn alleen: ging niet door, school gesloten (studiedag)."),
    (O, False, "foster_parent_present", None, "telegram", "Gesprek met Lieke samen met PM, Lieke wilde PM erbij."),
    (O, False, "foster_parent_present", None, "narrative", "Ik had gehoopt Mohamed apart te spreken, maar zijn pleegmoeder bleef het hele gesprek naast hem zitten."),
    (O, False, "other_child", None, "telegram", "Pleegbroer Mees apart gesproken over de ruzies aan tafel."),
    (O, False, "policy", None, "plan", "Conform de richtlijn spreekt de PZB het kind minimaal 3x per jaar alleen."),
    (O, False, "hypothetical", None, "telegram", "Als het nodig is spreek ik haar alleen."),
    (O, False, "question", None, "telegram", "Is PK apart gesproken?"),
    (O, False, "other_person", None, "telegram", "PM apart gesproken in de keuken over haar eigen vermoeidheid."),
    (O, False, "unrelated", None, "narrative", "Marit durft inmiddels alleen met de bus naar de stad, iets waar ze erg trots op is."),
    # safety, positive
    (S, True, "", True, "narrative", "Bij de jaarlijkse veiligheidscheck heeft Anouk met stiften haar eigen drie huizen getekend; in het huis van zorgen zette ze alleen 'ruzie met buurjongen'."),
    (S, True, "", False, "telegram", "VC gedaan m. PO (PK op kamp), 2 oranje vlaggen: trapgat + oude medicijnen in badkamer."),
    (S, True, "", None, "telegram", "Vlaggensysteem doorgelopen aan keukentafel, alles groen."),
    (S, True, "", True, "soap", "O: veiligheidschecklist + kindgesprek 'Hoe veilig is mijn huis' met PK apart (score 9/10)."),
    (S, True, "", False, "form", "Jeugdige betrokken bij veiligheidscheck: nee, reden: jeugdige wilde niet"),
    (S, True, "", True, "email", "Fijn dat we vorige week de veiligheidscheck samen hebben kunnen doen; Jelle gaf zelf aan dat hij zich veilig voelt, al vindt hij het lastig als PV hard praat."),
    (S, True, "", None, "narrative", "De risicotaxatie is ingevuld naar aanleiding van de nieuwe vriend van PM die regelmatig blijft slapen; de VGB is inmiddels binnen."),
    (S, False, "planned", None, "telegram", "Veiligheidscheck staat gepland voor maart."),
    (S, False, "negated", None, "telegram", "Geen veiligheidscheck gedaan."),
    (S, False, "policy", None, "plan", "Jaarlijks wordt de veiligheid in het pleeggezin getoetst met de veiligheidschecklist, waarbij het kind vanaf vier jaar wordt bevraagd."),
    (S, False, "unrelated", None, "narrative", "Thijs vertelt dat hij zich op de nieuwe school nog niet veilig voelt in de kleedkamer."),
    # GW, positive
    (G, True, "", None, "narrative", "Orthopedagoog Jansma heeft de tekeningen van Roos bekeken en ziet geen aanwijzing voor trauma; zij adviseert de pleegouders vooral de vaste routines vast te houden."),
    (G, True, "", None, "telegram", "GW-spreekuur: bedplassen Luuk -> eerst medische oorzaak uitsluiten via huisarts, daarna plaswekker."),
    (G, True, "", None, "soap", "A (GW): PK lijkt overvraagd op school; advies: gesprek met IB over minder huiswerk."),
    (G, True, "", None, "email", "Volgens onze gedragswetenschapper is het verstandig om de logeerweekenden bij oma voorlopig niet uit te breiden, omdat Mila na elk weekend twee dagen van slag is."),
    (G, True, "", None, "form", "Advies GW (consult 4 juni): verwijzing kinder- en jeugdpsychiatrie i.v.m. aanhoudende somberheid"),
    (G, False, "advice_planned", None, "telegram", "GW wordt ingeschakeld."),
    (G, False, "advice_planned", None, "telegram", "Zal besproken worden met GW."),
    (G, False, "no_content", None, "telegram", "GW meegelezen."),
    (G, False, "other_role", None, "narrative", "De psycholoog van de school adviseert om Gijs verlengde instructie te geven bij rekenen."),
    # matching
    (M, True, "", None, "narrative", "Omdat Evi sterk reageert op drukte en harde stemmen, is gezocht naar een gezin zonder jonge kinderen; de familie Tuinstra woont bovendien op loopafstand van haar school en kent moeder uit de kerk."),
    (M, True, "", None, "telegram", "Match o.b.v.: rust, ervaring met autisme (eigen zoon), zelfde school mogelijk."),
    (M, True, "", None, "plan", "Bij de matching is meegewogen dat Milan een sterke band heeft met zijn zusje; beide kinderen konden in dit gezin samen geplaatst worden."),
    (M, True, "", None, "narrative", "Er is bewust niet gekozen voor plaatsing bij oom, omdat vader daar vaak over de vloer komt en de JB dat onveilig vindt."),
    (M, True, "", None, "form", "Onderbouwing keuze pleeggezin: PO hebben ervaring met hechtingsproblematiek; gezin woont in dezelfde wijk als school"),
    (M, False, "bare_statement", None, "telegram", "Kind is geplaatst bij fam. Koopman."),
    (M, False, "bare_statement", None, "form", "Type plaatsing: netwerkpleegzorg (oma)"),
    (M, False, "negated", None, "narrative", "De reden waarom voor dit gezin is gekozen, is niet terug te vinden in het dossier."),
]
