"""Advice of the behavioural scientist (gedragswetenschapper): a recorded advice or consultation.

An advice must say what was advised or discussed, not only that a consultation
exists; a bare "Advies:" line counts when its entry names the scientist, and a
trigger marked ``requires_scientist`` in ``event_triggers.json`` needs the scientist
named (by role or by the name the dossier gives them). Data in ``advice_nl.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from audit.detect.base import ANY_WORD, all_triggers, structural_span
from audit.detect.batch import prime
from audit.detect.candidates import Candidate, candidate, shared_vetoes
from audit.detect.dating import Dated, sentence_date, span_text
from audit.detect.facts import kin_follows
from audit.detect.form_fields import line_at, next_line
from audit.detect.participants import names_in
from audit.resources import resource_cache, resource_json
from audit.structure.tables import tables_of
from audit.structure.dates import find_dates
from audit.structure.sections import school_document
from audit.types import AnalysedDocument, DossierContext

if TYPE_CHECKING:
    from audit.ml.sentence_classifier import SentenceModels

KIND = "behavioural_scientist_advice"


@resource_cache
def _lexicon() -> dict[str, Any]:
    """The advice data with its regexes compiled once."""
    lex = dict(resource_json("advice_nl.json"))
    roles = "|".join(re.escape(r) for r in resource_json("facts_nl.json")["scientist_roles"])
    lex["role"] = re.compile(rf"\b(?:{roles})\b", re.IGNORECASE)
    lex["advice_line_rx"] = re.compile(lex["advice_line"])
    lex["negated_rx"] = re.compile(lex["negated_content"], re.IGNORECASE)
    lex["earlier_rx"] = re.compile(lex["earlier_advice"])
    lex["signature_rx"] = re.compile(lex["signature"])
    lex["scientist_of_org_rx"] = re.compile(lex["scientist_of_org"])
    lex["filler"] = frozenset(lex["filler_words"])
    lex["other_sender_rx"] = re.compile(rf"\b(?:{'|'.join(map(re.escape, lex['other_sender_roles']))})\b", re.IGNORECASE)
    triggers = resource_json("event_triggers.json")["triggers"]
    lex["scientist_cues"] = frozenset(t["cue"] for t in triggers if t.get("requires_scientist"))
    lex["entry_cues"] = frozenset(t["cue"] for t in triggers if t.get("scientist_in_entry"))
    return lex


def _content_words(text: str) -> int:
    filler = _lexicon()["filler"]
    text = _lexicon()["signature_rx"].sub("", text)  # "... — AdV": the writer's initials
    return sum(1 for w in ANY_WORD.findall(text) if len(w) > 1 and w.lower() not in filler)


def _has_substance(adoc: AnalysedDocument, sent: Span, span: Span) -> bool:
    """Does the sentence say what was advised or discussed, beyond "Besproken met psycholoog X"?

    The content is what follows the trigger (after its colon, if any), or what precedes
    it when the trigger closes the sentence ("..., aldus de GW"); an inline journal
    header ("13 januari – bezoek ouder:") is not content, and content that opens with
    a negation ("Advies GW: niet gevraagd") is no advice.
    """
    lex = _lexicon()
    text = adoc.document.text
    after = text[span.end_char : sent.end_char]
    colon = after.find(":")
    if 0 <= colon <= lex["colon_reach"]:  # "Advies GW: ...", "Carla Wessels adviseert: ..."
        after = after[colon + 1 :]
    if lex["negated_rx"].match(after):
        return False
    before = text[sent.start_char : span.start_char]
    if before[:1].isdigit() and ":" in before:
        before = before.split(":", 1)[1]
    label = text[sent.start_char : sent.end_char].rstrip()
    if not after.strip() and (label.endswith(":") or advice_heading(text, span.start_char)):
        after = _listed_after(text, sent.start_char + len(label))  # "Advies:" over a numbered or bulleted list
        if not after and _ADVICE_HEADING.fullmatch(label.rstrip(":")) and (label.endswith(":") or _scientists_note(text)):
            after = _field_text_after(text, sent.start_char + len(label))  # a form's "Advies GW:" over its text
            if _no_advice_said(after):
                return False
    return max(_content_words(after), _content_words(before)) >= lex["substance_min_words"]


def _empty_field(text: str, span: Span) -> bool:
    """The trigger labels a form's advice field whose line holds nothing but a dash or "n.v.t." ("Advies GW: -",
    "Advies: nog niet"): the form records that no advice was given (``empty_field`` in advice_nl.json)."""
    end = text.find("\n", span.end_char)
    after = text[span.end_char : end if end >= 0 else len(text)]
    colon = after.find(":")  # the label's own colon, right after the trigger ("Advies GW: -")
    return 0 <= colon <= EMPTY_FIELD_LABEL_CHARS and re.match(_lexicon()["empty_field"], after[colon:]) is not None


EMPTY_FIELD_LABEL_CHARS = 30  # what may stand between the trigger and its field's colon ("Advies" + " GW")


_LIST_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*▪–])[ \t]+(?P<item>[^\n]+)")


_ADVICE_HEADING = re.compile(r"(?i)[ \t]*advie[sz]\w*(?:[ \t]+(?:GW|gedragswetenschapper|orthopedagoog))?[ \t]*:?[ \t]*")


def advice_heading(text: str, at: int) -> bool:
    """The line at ``at`` is only an advice heading ("Advies", "Adviezen GW") over a numbered or bulleted list
    of the advice, or in the scientist's own note over a line of it in prose, the way a consultation note is laid
    out: the heading's line is the advice's, as "Advies:" (a report's "Advies gedragswetenschapper" section retells
    advice given before)."""
    start, end = line_at(text, at)
    return _ADVICE_HEADING.fullmatch(text, start, end) is not None and bool(
        _listed_after(text, end) or (_field_text_after(text, end) and _scientists_note(text)))


_SCIENTIST_NOTE = re.compile(r"(?i)\b(?:GW|gedragswetenschapp\w*|orthopedago\w*|gedragsdeskundig\w*|psycholo\w*)"
                             r"[\s-]*(?:notitie\w*|consult\w*|overleg\w*|advie[sz]\w*|verslag\w*|memo\w*)\b|\b(?:consult\w*|notitie|memo|advies)\s+"
                             r"(?:van\s+de\s+)?(?:GW|gedragswetenschapp\w*|orthopedago\w*|gedragsdeskundig\w*)\b")


_PASSIVE_ADVICE = re.compile(r"(?i)\b(?:werd|is|wordt|werden|zijn)\s+(?:\w+\s+){0,3}?geadviseerd\b")
_NOT_HER_NOTE = re.compile(r"(?i)\b(?:aanvraag|verzoek|aanmelding|uitnodiging|planning)\b")


def _scientists_note(text: str) -> bool:
    """The document's title names it the scientist's own note ("GW-NOTITIE", "Consultatie gedragswetenschapper",
    "Verslag GW-overleg", "Advies gedragswetenschapper"): its "Advies" heading is hers. A visit report, a school
    report or a doctor's letter that names a scientist among its people or recipients holds someone else's advice."""
    title = next((line for line in text.split("\n", 5)[:5] if line.strip()), "")
    return _SCIENTIST_NOTE.search(title) is not None and _NOT_HER_NOTE.search(title) is None  # not "Aanvraag GW-consult"


def _listed_after(text: str, at: int) -> str:
    """The first item of a list that opens on the line after ``at`` (a label's colon), or ''."""
    m = _LIST_LINE.match(next_line(text, at)[1])
    return m.group("item") if m else ""


# the next field of a form ("Vraagstelling:", "Status: ☑ concept", "Datum: 12-03-2025"), a title in capitals
_FIELD_LABEL = re.compile(r"^\s*[^\W\d_][\w /-]{0,30}:")
_TITLE = re.compile(r"^[^a-zà-ÿ]+$")
FIELD_VALUE_MAX_WORDS = 6  # "Voorspelbaarheid: vaste dagstructuur, school ... oppakken." is advice, no field


def _field_text_after(text: str, at: int) -> str:
    """The text of a form's advice field on the line after its label ("Advies GW:" / "Niet forceren; contact laten
    lopen via korte momenten."), when that line is prose, not the next field or a title."""
    line = next_line(text, at)[1]
    label = _FIELD_LABEL.match(line)
    known = label is not None and line[: label.end() - 1].strip().split()[0].lower() in _lexicon()["form_field_labels"]
    if not line.strip() or _TITLE.match(line) or known or (label and len(line[label.end():].split()) <= FIELD_VALUE_MAX_WORDS):
        return ""
    return line


def _no_advice_said(field: str) -> bool:
    """An advice field whose text gives none: the meeting did not take place or is to come, the advice is one given
    before ("Tot die tijd het advies van mei aanhouden"), or the text points elsewhere ("Consult ging niet door", "Nog
    niet ontvangen", "Zie het verslag van het MDO"). A register's "Geen nieuw advies, eerder advies blijft staan" is
    the scientist's answer, so advice."""
    lex = _lexicon()
    return bool(lex["negated_rx"].match(field) or _raised_only(field) or lex["earlier_rx"].search(field)
                or re.match(lex["field_points_elsewhere"], field))


def _not_our_scientist(text: str) -> bool:
    """A psychologist or therapist of a parent ("psycholoog van moeder") is not the GW for this child."""
    return any(re.search(p, text, re.IGNORECASE) for p in _lexicon()["not_our_scientist"])


# a line that records a consultation or gives its advice ("Advies: ...", "Consultatie over ..."), not a remark about one
_CONSULT_LINE = re.compile(r"(?i)^\W*(?:advie[sz]\w*(?:\s+[\w-]+){0,3}\s*:|consultatie\b|consult\b)")
SCIENTIST_HEADING_CHARS = 40  # a heading, not a paragraph that happens to name the scientist


def _names_scientist(adoc: AnalysedDocument, sent: Span, in_entry: bool, names: set[str]) -> bool:
    """Is the behavioural scientist named in the sentence (or, for an "Advies:" line, its entry),
    by role or by the name the dossier gives the GW ("Advies Henk:", "Rutger adviseert")?"""
    entry = adoc.structure.entry_at(sent.start_char) if in_entry else None
    start, end = (entry.start, entry.end) if entry else (sent.start_char, sent.end_char)
    before = _antecedent(adoc, sent) if entry is None else None
    if before is not None:  # "... besproken met dhr. Oosterbeek (GW). Hij adviseert ...": he
        start = before.start_char
    text = adoc.document.text[start:end]
    if entry is not None:  # a mail's "Van: Sanne de Wit (GW)" above the "Datum:" line that opens its entry
        text = _sender_line(adoc.document.text, entry.start) + text
    if entry is None and _agentless().match(sent.text):
        return _consulted(adoc.document.text[start : sent.start_char], names) or _consulted(_entry_header(adoc, sent), names)
    # an "Advies:" line under a scientist's heading, or in her own note ("Notitie gedragswetenschapper",
    # "GW-NOTITIES MILAN") where no other adviser is named in the sentence
    return _role_or_name(text, names) or (bool(_CONSULT_LINE.match(sent.text)) and _under_scientist_heading(
        adoc, sent.start_char)) or (bool(_BARE_ADVICE.match(sent.text)) and _scientists_note(adoc.document.text))


_HEAD_LINE = re.compile(r"(?i)[ \t>]*(?:van|from|afzender|aan|to|cc)\s*:[^\n]*\n")
_SENDER = re.compile(r"(?i)[ \t>]*(?:van|from|afzender)\s*:")


def _sender_line(text: str, start: int) -> str:
    """The sender's line of a mail's head right above ``start`` ("Van: Sanne de Wit (GW)" over "Aan: ..." and the
    "Datum:" line that opens the entry), or "": who wrote the mail, not whom it went to."""
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        if not _HEAD_LINE.match(text, line_start):
            break
        if _SENDER.match(text, line_start):
            return text[line_start:start]
        start = line_start
    return ""


_SUBJECT_LINE = re.compile(r"(?i)^\W*(?:onderwerp|betreft|subject|re|fw|fwd)\s*:")
# "Advies:", "Adviezen:", "Advies aan pleegouders:", not "Advies school:" in the scientist's note
_BARE_ADVICE = re.compile(r"(?i)^\W*advie[sz]\w*(?:\s+(?:aan|voor)\s+[^:\n]{1,30})?\s*:")


def _role_or_name(text: str, names: set[str]) -> bool:
    """The scientist named by role or by the name the dossier gives the GW."""
    return bool(_lexicon()["role"].search(text)) or any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)



def _entry_header(adoc: AnalysedDocument, sent: Span) -> str:
    """The header line of the entry ``sent`` stands in ("" outside entries)."""
    entry = adoc.structure.entry_at(sent.start_char)
    if entry is None:
        return ""
    end = adoc.document.text.find("\n", entry.start)
    return adoc.document.text[entry.start : end if 0 <= end < sent.start_char else sent.start_char]


def _under_scientist_heading(adoc: AnalysedDocument, offset: int) -> bool:
    """A section the sentence stands in is headed by the provider's scientist ("Gedragswetenschapper", "GW",
    not "Psycholoog GGZ"): a file kept by theme files the consultations there, and an "Advies:" line is hers."""
    return any(sec.start <= offset < sec.end and len(sec.title) <= SCIENTIST_HEADING_CHARS
               and _PROVIDER_SCIENTIST.search(sec.title) for sec in adoc.structure.sections)



@lru_cache(maxsize=1)
def _agentless() -> re.Pattern[str]:
    """An advice in the passive without its agent ("Geadviseerd wordt om ...", ``advice_nl.json``)."""
    return re.compile(_lexicon()["agentless"])


def _consulted(text: str, names: set[str]) -> bool:
    """The scientist named as consulted ("De jeugdige is besproken met de gedragsdeskundige."), not merely
    mentioned ("Pleegmoeder vraagt of de gedragswetenschapper kan meekijken.")."""
    return _role_or_name(text, names) and re.search(_lexicon()["agentless_consulted"], text) is not None


_PRONOUN = re.compile(r"(?:Hij|Zij|Ze)\b")


def _antecedent(adoc: AnalysedDocument, sent: Span) -> Span | None:
    """The sentence right before one that opens with "Hij/Zij/Ze" or an agentless advice, in the same
    paragraph: whom the pronoun names, or whose advice it is; None for a sentence that opens otherwise."""
    text = adoc.document.text
    if not (_PRONOUN.match(text, sent.start_char) or _agentless().match(text, sent.start_char)) or sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    return None if "\n\n" in adoc.document.text[before.end_char : sent.start_char] else before


def _scientist_ok(ctx: DossierContext, adoc: AnalysedDocument, sent: Span, span: Span) -> bool:
    if span._.cue not in _lexicon()["scientist_cues"]:
        return True
    text = adoc.document.text
    start, end = line_at(text, span.start_char)
    # a consultation note's bare "Advies" over its list ("Advies:" is a label, read as before: in its entry)
    if advice_heading(text, span.start_char) and not text[start:end].rstrip().endswith(":"):
        return _scientists_note(text)
    if _scientists_note(text) and _PASSIVE_ADVICE.search(text, sent.start_char, sent.end_char):
        return True  # "In de consultatie van 12 september 2023 werd geadviseerd ..." in her own report: hers
    advice_line = bool(_lexicon()["advice_line_rx"].match(adoc.document.text[span.start_char : sent.end_char]))
    in_entry = advice_line or span._.cue in _lexicon()["entry_cues"]  # "Advies:" lines, "Ik adviseer ..." mails
    if span._.cue == WRITER_CUE and _mail_from_another(ctx, adoc, sent):
        return False  # "Van: Ingrid Bos (PZB)" over "Mijn advies voor Roos:": the worker's own advice
    if advice_line and _scientists_register(adoc):
        return True
    return _names_scientist(adoc, sent, in_entry, ctx.facts.get("scientist_names", set()))


WRITER_CUE = "ik adviseer (GW schrijft)"  # the trigger of advice in the first person: the writer must be the GW


def _mail_from_another(ctx: DossierContext, adoc: AnalysedDocument, sent: Span) -> bool:
    """The mail a sentence is in names its sender as someone else than the scientist: by another role ("Van: Ingrid
    Bos (PZB)") or as a foster parent; a sender by name alone may be the scientist the file names nowhere else."""
    entry = adoc.structure.entry_at(sent.start_char)
    sender = _sender_line(adoc.document.text, entry.start) if entry is not None else ""
    if not sender or _role_or_name(sender, ctx.facts.get("scientist_names", set())):
        return False
    return bool(_lexicon()["other_sender_rx"].search(sender)) \
        or bool(names_in(sender, ctx.facts.get("foster_parent_names", set())))


def _pronoun_not_ours(adoc: AnalysedDocument, sent: Span) -> bool:
    """"Zij adviseert ..." right after a sentence that names a scientist who is not the child's ("Telefonisch
    contact met de behandelaar van Sem (GZ-psycholoog E. Lam). Zij adviseert ..."): hers, not the GW's."""
    before = _antecedent(adoc, sent)
    return before is not None and _not_our_scientist(before.text)


def _entry_not_ours(adoc: AnalysedDocument, sent: Span, span: Span) -> bool:
    """An "Advies:" line whose entry named, before it, a scientist who is not the child's ("Overleg met
    Hans, GW van team Oost (dat fam. Verhoef begeleidt). Advies: ...")."""
    if not _lexicon()["advice_line_rx"].match(adoc.document.text[span.start_char : sent.end_char]):
        return False
    entry = adoc.structure.entry_at(sent.start_char)
    return entry is not None and _not_our_scientist(adoc.document.text[entry.start : sent.start_char])


def _school_adviser(ctx: DossierContext, adoc: AnalysedDocument, sent: Span) -> bool:
    """Advice in a school's own document ("Advies orthopedagoog:" in an OPP) is the school's, unless the
    sentence names our scientist ("Advies GW: ..." in the minutes of a school meeting she attended)."""
    if "_school_document" not in adoc.__dict__:  # once per file, not per advice trigger
        adoc.__dict__["_school_document"] = school_document(adoc.document)
    if not adoc.__dict__["_school_document"]:
        return False
    text = span_text(adoc, sent)
    return not (_PROVIDER_SCIENTIST.search(text) or names_in(text, ctx.facts.get("scientist_names", set())))


OPENING_LINES = 2  # a file's title and letterhead: where a provider prints its own name


def _other_organisation(ctx: DossierContext, text: str) -> bool:
    """A behavioural professional named with another organisation ("orthopedagoog van het samenwerkingsverband
    Gelderse Waard", "De orthopedagoog van De Lindehof adviseert"): not our GW, unless the dossier's files open
    with that organisation's name (the provider's own) or it is a person the dossier knows ("de gedragswetenschapper
    van Noor")."""
    m = _lexicon()["scientist_of_org_rx"].search(text)
    if m is None:
        return False
    org = m.group(1)
    if any(w in org.lower().split() for w in _lexicon()["own_org_words"]):
        return False  # "orthopedagoog van Pleegzorg Duinzicht", "van Team Zuid"
    people = set().union(*(ctx.facts.get(k, set()) for k in ("child_names", "other_child_names", "foster_parent_names",
                                                            "scientist_names")))
    if org in people:
        return False
    if "_openings" not in ctx.facts:  # once per dossier: each file's first lines and page furniture
        ctx.facts["_openings"] = "\n".join(
            "\n".join(a.document.text.lstrip().split("\n", OPENING_LINES)[:OPENING_LINES]) + "\n"
            + "\n".join(a.document.furniture) for a in ctx.documents).lower()
    return org.lower() not in ctx.facts["_openings"]


# the provider's own scientist by role ("orthopedagoog" alone, in a school's document, is the school's)
_PROVIDER_SCIENTIST = re.compile(r"(?<![\w-])(?:GW|GD|gedragswetenschapper|gedragsdeskundige)(?![\w-])", re.IGNORECASE)


SCIENTIST_TITLE_CHARS = 300
ADVICE_DOCUMENT_CUE = "adviesdocument GW"


def advice_document_spans(adoc: AnalysedDocument) -> list[Span]:
    """The advice of a formal advice the scientist wrote ("Omgangsadvies", "Opgesteld door | ...,
    gedragswetenschapper", then "Advies" over "De omgang ... uit te breiden naar ..."): its first sentence
    under the heading, which names no scientist and holds no advice word of its own."""
    lex, text = _lexicon(), adoc.document.text
    head = text.strip().splitlines()[: lex["advice_document_lines"]]
    if not head or not re.search(lex["advice_document_title"], head[0]):
        return []
    authors = [line for line in head if re.search(lex["advice_document_author"], line)]
    if not any(lex["role"].search(line) for line in authors):
        return []
    m = re.search(lex["advice_document_heading"], text)
    body = re.search(r"\S[^\n]*", text[m.end():]) if m else None
    if body is None:
        return []
    start = m.end() + body.start()
    first = structural_span(adoc, start, m.end() + body.end(), KIND, ADVICE_DOCUMENT_CUE)
    return [] if first is None else [structural_span(adoc, start, first.sent.end_char, KIND, ADVICE_DOCUMENT_CUE)]


QUOTED_REPLY_CUE = "antwoord GW geciteerd"


def quoted_reply_spans(adoc: AnalysedDocument) -> list[Span]:
    """The first quoted line ("> ...") of each journal entry whose header names the scientist by role ("19-11-2025 |
    GW (mail)"): the scientist's reply, quoted from the mail (``quoted_reply``); not a quoted mail's header line."""
    lex, text = _lexicon(), adoc.document.text
    out: list[Span] = []
    done: set[int] = set()
    for m in re.finditer(lex["quoted_reply"], text):
        entry = adoc.structure.entry_at(m.start())
        if entry is None or entry.start in done or not lex["role"].search(entry.header):
            continue  # the entry's own header names the consultation: "19-11-2025 | GW (mail)"
        line_end = text.find("\n", m.end())
        quote = text[m.end() : len(text) if line_end < 0 else line_end]
        if re.match(lex["quoted_mail_header"], quote) or quote.rstrip().rstrip("\"”'’").endswith("?"):
            continue  # "> Op 14 januari 2025 om 16:02 schreef ...", "> ..., wat adviseer je?": no reply's words
        if not re.compile(lex["quoted_reply_marker"]).search(text, entry.start, m.start()) \
                or re.search(lex["quoted_reply_not"], text[entry.start : entry.end]):
            continue  # the quote is the question sent, or the entry still waits for the answer
        done.add(entry.start)
        first = structural_span(adoc, m.end(), len(text) if line_end < 0 else line_end, KIND, QUOTED_REPLY_CUE)
        if first is not None:
            out.append(structural_span(adoc, first.sent.start_char if first.sent.start_char >= m.end() else m.end(),
                                       first.sent.end_char, KIND, QUOTED_REPLY_CUE) or first)
    return out


CONSULTATION_TABLE_CUE = "consultatietabel GW"
TABLE_TITLE_CHARS = 400  # how far above a table its title line is looked for
_STRUCTURAL = frozenset({ADVICE_DOCUMENT_CUE, CONSULTATION_TABLE_CUE, QUOTED_REPLY_CUE})  # found by structure: their text is the advice


def consultation_table_spans(adoc: AnalysedDocument) -> list[tuple[Span, Dated]]:
    """The filled advice cells of the scientist's consultation table ("GW-consultaties" over "Datum | Vraag
    | Advies | Afspraken"), each with its row's day: the advice of that day, though the cell names no
    scientist and holds no advice word (``consultation_table`` in advice_nl.json)."""
    rules, text = _lexicon()["consultation_table"], adoc.document.text
    out: list[tuple[Span, Dated]] = []
    for table in tables_of(adoc):
        names = [n.strip() for n in table.header_cells(text)]
        col = next((i for i, n in enumerate(names) if re.match(rules["advice_column"], n)), None)
        day = next((i for i, n in enumerate(names) if re.match(rules["date_column"], n)), None)
        if col is None or day is None:
            continue
        # the scientist's table: named in its header, in the title line right above it ("GW-consultaties") or in
        # the title of her register, not in an organisation line further up; a table of who took part is a
        # contact overview
        above = [line for line in text[max(0, table.header.start - TABLE_TITLE_CHARS) : table.header.start].splitlines()
                 if line.strip()]
        named = _lexicon()["role"].search(" ".join(names + above[-1:])) or _scientists_register(adoc)
        if not named or any(re.match(rules["participants_column"], n) for n in names):
            continue
        for row in table.rows:
            if max(col, day) >= len(row.cells):
                continue
            start, end = row.cells[col]
            if _content_words(text[start:end]) < _lexicon()["substance_min_words"]:
                continue  # an empty cell, "-", "geen"
            dates = [m for m in find_dates(text[slice(*row.cells[day])]) if m.precision == "day"]
            span = structural_span(adoc, start, end, KIND, CONSULTATION_TABLE_CUE)
            if span is not None and dates:
                out.append((span, Dated(dates[0], "sentence")))
    return out


def _scientists_register(adoc: AnalysedDocument) -> bool:
    """A file that is the scientist's own record of consultations ("Consultatieregister GW", "Consultaties
    gedragswetenschapper"): its "Advies:" lines are hers, though a record names only its date and asker.
    Read from the title (running headers included, which the analysis masks)."""
    if "_scientists_register" not in adoc.__dict__:
        lines = [*adoc.document.furniture, *adoc.document.text[:SCIENTIST_TITLE_CHARS].splitlines()]
        first = next((line for line in lines if line.strip()), "")  # "Overleg gedragswetenschapper" as the title
        adoc.__dict__["_scientists_register"] = any(  # the role and the register named on one title line
            _lexicon()["role"].search(line) and re.search(_lexicon()["register_title"], line)
            or re.search(_lexicon()["advice_title"], line) for line in lines) or (
            bool(_lexicon()["role"].search(first)) and re.search(_lexicon()["register_title_first_line"], first) is not None)
    return adoc.__dict__["_scientists_register"]


def _raised_only(text: str) -> bool:
    """The case only raised for the scientist's meeting, or the meeting not held, and no advice given in
    the sentence ("Scheiding pleegouders inbrengen bij het GW-overleg", "... niet aan bod gekomen, schuift door")."""
    lex = _lexicon()
    if re.search(lex["advice_content"], text):
        return False
    return bool(re.search(lex["raised_only"], text) or re.search(lex["not_held"], text))


def _topic_other_child(ctx: DossierContext, adoc: AnalysedDocument, sent: Span) -> bool:
    """Advice that names no child, in a consultation about a brother or sister ("besproken: het bedplassen
    van Jesse. Advies: plaswekker via huisarts."), or that says it is for one ("Mijn advies voor Jurick"): the
    advice is about that child, not ours."""
    kids, others = ctx.facts.get("child_names", set()), ctx.facts.get("other_child_names", set())
    text = span_text(adoc, sent)
    line_start = adoc.document.text.rfind("\n", 0, sent.start_char) + 1
    # "12-09-2024 | ... | Betreft: Milan Verschuren (broer, 12). Vraag: ... | Advies: ...": the record says whom
    about = _ABOUT.search(adoc.document.text, line_start, sent.start_char)
    if about is not None and about.group(1) not in kids and (
            about.group(1) in others or kin_follows(adoc.document.text, about.end())):
        return True
    named = re.search(_lexicon()["advice_for"], text)  # "Mijn advies voor Jurick (halfbroer van Dani): ..."
    if named is not None and named.group(1) in others and named.group(1) not in kids \
            and not names_in(re.sub(r"\([^()]*\)", " ", text), kids):  # not "voor Jesse en Roos allebei"
        return True
    about_other = re.search(_lexicon()["advice_about_other"], text)  # "adviseert over Yara (ander pleegkind): ..."
    if about_other is not None and (about_other.group("other") or not _variant_of(about_other.group(1), kids)):
        return True
    if re.search(_lexicon()["advice_for_sibling"], text) and not names_in(text, kids):
        return True  # "GW [naam] adviseert voor broertje [naam] (7, ander pleeggezin) een traumascreening"
    if not others or names_in(text, kids) or names_in(text, others):
        return False
    start = max(line_start, sent.start_char - TOPIC_REACH)
    before = adoc.document.text[start : sent.start_char]  # the consultation's own line, just before the advice
    return bool(names_in(before, others)) and not names_in(before, kids)


def _variant_of(name: str, kids: set[str]) -> bool:
    """``name`` is one of the child's names or a form of one ("Roosje" for Roos, "Sem" for Semih)."""
    low = name.lower()
    return any(low.startswith(k.lower()) or k.lower().startswith(low) for k in kids if len(k) >= 3)


TOPIC_REACH = 250
_ABOUT = re.compile(r"\b(?i:betreft|kind|jeugdige|cli[eë]nt)[ \t]*:[ \t]*([A-Z][a-zà-ÿ]+)")


def _parent_own_care(ctx: DossierContext, text: str) -> bool:
    """Advice about a parent's own care (``parent_own_care``), in a sentence that names no child of ours ("Advies
    GW: aanmelding bij de GGZ voor Roos; ... moeder ... haar eigen problemen" is Roos's advice)."""
    return bool(re.search(_lexicon()["parent_own_care"], text)) and not names_in(text, ctx.facts.get("child_names", set()))


def advice_candidates(ctx: DossierContext, models: "SentenceModels") -> list[Candidate]:
    """Every advice trigger with its signals; ``rule_ok`` is the rules' own decision."""
    out: list[Candidate] = []
    for adoc in ctx.documents:
        seen: set[int] = set()  # the rules make one finding per sentence
        spans = all_triggers(adoc, KIND) + advice_document_spans(adoc) \
            + quoted_reply_spans(adoc)
        table_cells = dict((span.start_char, (span, dated)) for span, dated in consultation_table_spans(adoc))
        taken = {span.sent.start for span, _ in table_cells.values()}  # a cell's advice word is the same advice
        spans = [s for s in spans if s.sent.start not in taken] + [span for span, _ in table_cells.values()]
        prime(models, KIND, (span.sent.text for span in spans))
        for span in spans:
            sent = span.sent
            cell = table_cells.get(span.start_char) if span._.cue == CONSULTATION_TABLE_CUE else None
            dated = cell[1] if cell is not None else sentence_date(adoc, sent, anchor=span.start_char)
            vetoes, prob = shared_vetoes(ctx, adoc, span, dated, models, whole_sentence=True)
            vetoes.update({
                "veto=not_our_scientist": (_not_our_scientist(sent.text) or _entry_not_ours(adoc, sent, span)
                                           or _school_adviser(ctx, adoc, sent) or _pronoun_not_ours(adoc, sent)
                                           or _other_organisation(ctx, sent.text)),
                "veto=scientist_unnamed": not _scientist_ok(ctx, adoc, sent, span),
                "veto=no_substance": span._.cue not in _STRUCTURAL and not _has_substance(adoc, sent, span),
                "veto=empty_field": _empty_field(adoc.document.text, span),
                "veto=earlier_advice": bool(_lexicon()["earlier_rx"].search(span_text(adoc, sent))),
                "veto=raised_only": _raised_only(span_text(adoc, sent)),
                "veto=form_options": bool(re.search(_lexicon()["form_options"], span_text(adoc, sent))),
                # "Onderwerp: Advies n.a.v. GW-consult Noor": a mail's topic, its body tells the advice
                "veto=subject_line": bool(_SUBJECT_LINE.match(span_text(adoc, sent))),
            })
            vetoes["veto=sibling_topic"] = _topic_other_child(ctx, adoc, sent)
            vetoes["veto=parent_own_care"] = _parent_own_care(ctx, span_text(adoc, sent))
            if span._.cue == CONSULTATION_TABLE_CUE:
                vetoes["veto=header"] = False  # a table row is its own record (its date cell heads no entry)
            if span._.cue == QUOTED_REPLY_CUE:
                vetoes["veto=quoted"] = False  # the entry quotes the reply it records: this is where it is written
            rule_ok = not any(vetoes.values()) and sent.start not in seen
            if rule_ok:
                seen.add(sent.start)
            out.append(candidate("advice", adoc, span, dated, prob, rule_ok, vetoes))
    return out
