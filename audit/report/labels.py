"""Every Dutch word the reports (HTML, Excel, samenvatting.csv) show, in one place.

Plain language (B1): inspectors and boards read these pages. The norm texts take the
thresholds the audit was judged with (``provenance.config.norms``), so a changed
config never shows a stale number.
"""
from __future__ import annotations

import re
from typing import Any

from audit.norms import FAILS, MEETS, NA

VERDICT_NL = {MEETS: "voldoet", FAILS: "voldoet niet", NA: "n.v.t."}
#: CSS class and Excel colour per verdict
VERDICT_CLASS = {MEETS: "ok", FAILS: "bad", NA: "na"}

#: short name of each norm (table headers, chart labels)
NORM_TITLE = {
    "one_on_one_min3_last12m": "Kind apart gesproken",
    "safety_check_last12m": "Veiligheidscheck gedaan",
    "safety_check_child_spoken": "Kind gehoord bij check",
    "matching_rationale_documented": "Keuze gezin onderbouwd",
    "behavioural_scientist_advice_documented": "Advies gedragswetenschapper",
    "goals_concrete": "Doelen concreet",
    "home_visit_last12m": "Huisbezoek gedaan",
    "support_figure_documented": "Steunfiguur vastgelegd",
    "care_team_formed": "Zorgteam gevormd",
    "vgb_complete": "VGB's compleet",
    "rescreening_after_change": "Herscreening na verandering",
    "sexual_development_addressed_last12m": "Aandacht seksuele ontwikkeling",
    "goals_evaluated_last12m": "Doelen geëvalueerd",
}
#: what each norm asks, as one plain sentence; {min}, {period} and {goal_min} are filled in
NORM_QUESTION = {
    "one_on_one_min3_last12m": "Het kind is minstens {min} keer gesproken zonder pleegouders erbij, in {period}.",
    "safety_check_last12m": "Er is een veiligheidscheck gedaan in het pleeggezin, in {period}.",
    "safety_check_child_spoken": "Bij de laatste veiligheidscheck is het kind zelf gesproken.",
    "matching_rationale_documented": "In het dossier staat waarom het kind bij dit pleeggezin woont.",
    "behavioural_scientist_advice_documented": "Er is advies van de gedragswetenschapper vastgelegd, in {period}.",
    "goals_concrete": "Het plan heeft doelen en elk doel is concreet genoeg (score {goal_min} of hoger).",
    "home_visit_last12m": "Er is minstens {home_min} keer een huisbezoek bij het pleeggezin gedaan, in {period}.",
    "support_figure_documented": "In het dossier staat wie de steunfiguur of vertrouwenspersoon van het kind is "
                                 "(of dat het kind er geen wil).",
    "care_team_formed": "Er is een zorgteam gevormd: het zorgteam is minstens één keer bij elkaar geweest sinds de "
                        "plaatsing.",
    "vgb_complete": "Voor elke volwassene in het pleeggezin is een verklaring van geen bezwaar (VGB) vastgelegd.",
    "rescreening_after_change": "Na een belangrijke verandering in het pleeggezin is het gezin opnieuw gescreend.",
    "sexual_development_addressed_last12m": "Er is aandacht besteed aan de seksuele ontwikkeling van het kind, in "
                                            "{period} (n.v.t. onder {sex_age} jaar).",
    "goals_evaluated_last12m": "De doelen van het plan zijn geëvalueerd, in {period}.",
}

PLACEMENT_NL = {
    "bestand": "bestandspleegzorg",
    "netwerk": "netwerkpleegzorg",
    "crisis": "crisisplaatsing",
    "weekend": "weekendpleegzorg",
    "pleegoudervoogdij": "pleegoudervoogdij",
}

#: finding kinds with a date: (section of the audit, heading, singular); the last two live inside
#: ``rescreening`` (see :func:`audit.report.sections.findings_of`)
FINDING_SECTIONS = (
    ("one_on_one_contacts", "Gesprekken zonder pleegouders", "gesprek zonder pleegouders"),
    ("safety_checks", "Veiligheidschecks", "veiligheidscheck"),
    ("behavioural_scientist_advice", "Advies gedragswetenschapper", "advies gedragswetenschapper"),
    ("home_visits", "Huisbezoeken", "huisbezoek"),
    ("care_team_meetings", "Zorgteamoverleg", "zorgteamoverleg"),
    ("sexual_development", "Aandacht seksuele ontwikkeling", "aandacht seksuele ontwikkeling"),
    ("goal_evaluations", "Evaluaties van doelen", "evaluatie van doelen"),
    ("household_changes", "Veranderingen in het pleeggezin", "verandering in het pleeggezin"),
    ("rescreenings", "Herscreeningen", "herscreening"),
)
#: file-level facts, judged on the whole file: (field of the audit, heading, singular)
FACT_SECTIONS = (
    ("matching_rationale", "Onderbouwing keuze pleeggezin", "onderbouwing keuze pleeggezin"),
    ("support_figure", "Steunfiguur", "steunfiguur"),
    ("vgb", "VGB (verklaring van geen bezwaar)", "VGB"),
)
KIND_NL = {section: single for section, _, single in (*FINDING_SECTIONS, *FACT_SECTIONS)}
#: which norms count each kind of finding
NORMS_OF_SECTION = {
    "one_on_one_contacts": ("one_on_one_min3_last12m",),
    "safety_checks": ("safety_check_last12m", "safety_check_child_spoken"),
    "behavioural_scientist_advice": ("behavioural_scientist_advice_documented",),
    "home_visits": ("home_visit_last12m",),
    "care_team_meetings": ("care_team_formed",),
    "sexual_development": ("sexual_development_addressed_last12m",),
    "goal_evaluations": ("goals_evaluated_last12m",),
    "household_changes": ("rescreening_after_change",),
    "rescreenings": ("rescreening_after_change",),
    "matching_rationale": ("matching_rationale_documented",),
    "support_figure": ("support_figure_documented",),
    "vgb": ("vgb_complete",),
}
#: a section's heading on a dossier's page
SECTION_HEADING = {section: heading for section, heading, _ in (*FINDING_SECTIONS, *FACT_SECTIONS)}
#: the order of the evidence on a dossier's page: the first six norms' kinds, then the further norms' (norm order)
EVIDENCE_ORDER = (
    ("one_on_one_contacts", "safety_checks", "behavioural_scientist_advice", "matching_rationale"),
    ("home_visits", "support_figure", "care_team_meetings", "vgb", "household_changes", "rescreenings",
     "sexual_development", "goal_evaluations"),
)
#: kinds whose norm counts since the placement began or at any date, not only in the window
UNWINDOWED_SECTIONS = ("care_team_meetings", "household_changes", "rescreenings")
#: what a fact's finding says: (found, not found, unknown)
FACT_STATUS_NL = {
    "matching_rationale": ("Onderbouwing gevonden", "Geen volledige onderbouwing", "Geen volledige onderbouwing"),
    "support_figure": ("Steunfiguur of vertrouwenspersoon vastgelegd", "Geen steunfiguur vastgelegd",
                       "Geen steunfiguur vastgelegd"),
    "vgb": ("VGB voor alle volwassenen vastgelegd", "Niet voor alle volwassenen een VGB",
            "Geen huishouden genoemd: niet te beoordelen"),
}
#: the names a VGB finding lists, with their label
VGB_NAMES_NL = {"adults": "Volwassenen in het pleeggezin", "missing": "Zonder VGB"}
#: the household change that is judged, and the rescreening after it
JUDGED_NL = {"household_changes": "dit is de verandering die beoordeeld wordt",
             "rescreenings": "dit is de herscreening na de beoordeelde verandering"}
#: why a finding does not count for its norm, beyond its date and the tool's doubt
NOT_COUNTED_NL = {
    "no_date": "telt niet mee: geen datum",
    "after": "telt niet mee: na de peildatum",
    "doubt": "telt niet mee: de tool is niet zeker genoeg",
    "before_placement": "telt niet mee: vóór de start van de plaatsing",
    "not_first_change": "telt niet mee: alleen de eerste verandering na de laatste screening wordt beoordeeld",
    "not_after_change": "telt niet mee: hoort niet bij de verandering die beoordeeld wordt",
}

#: the five goal criteria in output order, with the question each answers
CRITERIA_NL = {
    "specific": "Specifiek",
    "measurable": "Meetbaar",
    "time_bound": "Termijn",
    "actor": "Wie doet het",
    "development_oriented": "Gericht op ontwikkeling",
}
CRITERIA_HELP = {
    "specific": "Beschrijft het doel zichtbaar gedrag of een vaardigheid?",
    "measurable": "Staat erin hoe je ziet dat het doel bereikt is?",
    "time_bound": "Staat erin wanneer het doel bereikt moet zijn?",
    "actor": "Staat erin wie iets doet?",
    "development_oriented": "Gaat het doel over de ontwikkeling van het kind?",
}

MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS_NL_LONG = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                  "oktober", "november", "december")
PRECISION_NL = {"day": "dag", "month": "maand", "year": "jaar"}

#: words in a norm explanation that say a file could not be read (see ``audit.norms._guard``)
UNREADABLE_MARK = "niet gelezen"

#: review status values come from the reviewed export in Dutch already; these are the ones we name
REVIEWED_STATUS = "beoordeeld"


def rescreening_nl(change: dict[str, Any] | None, done: dict[str, Any] | None) -> str:
    """The change that is judged and what followed, in one sentence."""
    if change is None and done is None:
        return "Geen verandering in het pleeggezin gevonden die om een nieuwe screening vraagt."
    if change is None:
        return f"Herscreening op {date_nl(done.get('date'))}; de aanleiding is niet herkend."
    first = f"Beoordeeld wordt de verandering van {date_nl(change.get('date'))}."
    if done is None:
        return f"{first} Daarna is geen herscreening gevonden."
    return f"{first} Daarna is het gezin opnieuw gescreend op {date_nl(done.get('date'))}."


def home_visit_nl(unannounced: Any) -> str:
    return "onaangekondigd bezoek" if unannounced else "aangekondigd (of niet vermeld)"


def yes_no(value: Any) -> str:
    """ja / nee, and onbekend for a missing value."""
    return {True: "ja", False: "nee"}.get(value, "onbekend")


def count_nl(n: int, one: str, many: str) -> str:
    """'1 dossier', '7 dossiers': plain Dutch instead of 'dossier(s)'."""
    return f"{n} {one if n == 1 else many}"


def verdict_nl(verdict: str | None) -> str:
    return VERDICT_NL.get(verdict or NA, verdict or "n.v.t.")


def period_nl(window_days: int) -> str:
    """'de laatste 12 maanden' for the default window of 365 days."""
    return "de laatste 12 maanden" if window_days == 365 else f"de laatste {window_days} dagen"


def norm_question(name: str, cfg: dict[str, Any]) -> str:
    """The plain question of a norm, with the thresholds of this audit's config."""
    return NORM_QUESTION.get(name, name).format(
        min=cfg.get("one_on_one_min", 3), period=period_nl(int(cfg.get("window_days", 365))),
        goal_min=decimal_nl(cfg.get("goal_concreteness_min", 0.6)), home_min=cfg.get("home_visit_min", 1),
        sex_age=cfg.get("sexual_development_min_age", 4))


def decimal_nl(value: float | None, digits: int = 1) -> str:
    """0.6 -> '0,6' (Dutch decimal comma)."""
    if value is None:
        return ""
    return f"{value:.{digits}f}".replace(".", ",")


def percent_nl(share: float | None) -> str:
    """0.7 -> '70%'; no share (nothing judged) -> '–'."""
    return "–" if share is None else f"{round(share * 100)}%"


def date_nl(iso: str | None) -> str:
    """'2025-06-01' -> '1 juni 2025'; '2025-06' -> 'juni 2025'; '2025' -> '2025'; None -> 'zonder datum'."""
    if not iso:
        return "zonder datum"
    parts = iso.split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return iso
    if len(nums) == 3:
        return f"{nums[2]} {MONTHS_NL_LONG[nums[1] - 1]} {nums[0]}"
    if len(nums) == 2:
        return f"{MONTHS_NL_LONG[nums[1] - 1]} {nums[0]}"
    return str(nums[0])


def location_nl(evidence: dict[str, Any]) -> str:
    """Where a quote is: 'journaal.pdf, pagina 3' (no page for formats without pages)."""
    page = evidence.get("page")
    return f"{evidence.get('file', '?')}, pagina {page}" if page else str(evidence.get("file", "?"))


ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def dates_in_text_nl(text: str) -> str:
    """A norm's explanation as Dutch readers write it: '3 juni 2025' for ISO dates, '0,6' for 0.6."""
    return DECIMAL_POINT.sub(",", ISO_DAY.sub(lambda m: date_nl(m.group(0)), text))
