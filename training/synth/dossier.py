"""Build one synthetic dossier: files in several house styles plus gold.json."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from . import templates as T
from .context import MONTHS, MONTHS_SHORT, WEEKDAYS, WEEKDAYS_SHORT, Ctx, make_ctx
from .filler import criteria_score, filler, make_goal
from .render import extract_units, quote_found, render
from .templates import cap, ch

PTYPE_NL = {"bestand": "bestandspleegzorg", "netwerk": "netwerkpleegzorg", "crisis": "crisispleegzorg",
            "weekend": "weekendpleegzorg", "pleegoudervoogdij": "pleegoudervoogdij"}
JOURNAL_STYLES = ["telegram_txt", "narrative_docx", "soap_txt", "monthly_docx", "table_pdf", "narrative_pdf"]
SENT_STYLE = {"telegram_txt": "telegram", "narrative_docx": "narrative", "soap_txt": "soap",
              "monthly_docx": "telegram", "table_pdf": "telegram", "narrative_pdf": "narrative"}

TRAP_WHY = {
    ("one_on_one_contact", "negated"): "negated: child was not spoken alone",
    ("one_on_one_contact", "planned"): "planned one-on-one talk, not held",
    ("one_on_one_contact", "cancelled"): "cancelled one-on-one talk",
    ("one_on_one_contact", "foster_parent_present"): "foster parent present, not one-on-one",
    ("one_on_one_contact", "other_child"): "one-on-one talk with another child",
    ("one_on_one_contact", "other_person"): "one-on-one talk with an adult, not the child",
    ("one_on_one_contact", "policy"): "policy text quoting the 3-times-a-year rule, not a contact",
    ("one_on_one_contact", "hypothetical"): "hypothetical talk",
    ("one_on_one_contact", "question"): "question, not a contact",
    ("safety_check", "planned"): "safety check planned, not carried out",
    ("safety_check", "negated"): "negated: no safety check done",
    ("safety_check", "cancelled"): "safety check cancelled",
    ("safety_check", "policy"): "policy/intention, not a check carried out",
    ("safety_check", "hypothetical"): "hypothetical safety check",
    ("safety_check", "other_child"): "safety check about another child/family",
    ("safety_check", "unrelated"): "mentions safety but is not a check",
    ("behavioural_scientist_advice", "advice_planned"): "GW consultation planned, no advice yet",
    ("behavioural_scientist_advice", "negated"): "negated: no GW consultation",
    ("behavioural_scientist_advice", "cancelled"): "GW consultation cancelled",
    ("behavioural_scientist_advice", "no_content"): "GW contact without recorded content or advice",
    ("behavioural_scientist_advice", "other_child"): "GW advice about another child",
    ("behavioural_scientist_advice", "policy"): "policy text about the GW role",
    ("behavioural_scientist_advice", "hypothetical"): "hypothetical GW involvement",
    ("behavioural_scientist_advice", "other_role"): "advice from a professional not in the GW role",
    ("matching_rationale", "bare_statement"): "bare placement statement without reasons",
    ("matching_rationale", "planned"): "matching report still to be written",
    ("matching_rationale", "policy"): "policy text about matching",
    ("matching_rationale", "hypothetical"): "hypothetical placement",
}
JOURNAL_TRAPS = [k for k in TRAP_WHY if k[1] not in ("policy",) and k[0] != "matching_rationale"]
PLAN_TRAPS = [("one_on_one_contact", "policy"), ("safety_check", "policy"), ("behavioural_scientist_advice", "policy"),
              ("matching_rationale", "policy")]


@dataclass
class Sent:
    text: str
    tag: str = "filler"        # oo | sc | gw | trap | filler
    cs: bool | None = None
    trap: tuple | None = None


@dataclass
class Entry:
    d: date
    kind: str
    sents: list[Sent] = field(default_factory=list)
    file: str = "journal"       # journal | email


def fmt_date(d: date, how: str) -> str:
    if how == "dmy":
        return d.strftime("%d-%m-%Y")
    if how == "dmy_short":
        return f"{d.day}-{d.month}-{d.year}"
    if how == "iso":
        return d.isoformat()
    if how == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if how == "wd_short":
        return f"{WEEKDAYS_SHORT[d.weekday()]} {d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"
    if how == "wd_long":
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if how == "slash":
        return d.strftime("%d/%m/%Y")
    raise ValueError(how)


def _dates(r: random.Random, lo: date, hi: date, n: int, taken: set) -> list[date]:
    out = []
    span = (hi - lo).days
    if span < 1:
        return out
    for _ in range(n * 40):
        if len(out) >= n:
            break
        d = lo + timedelta(days=r.randint(0, span))
        if d.weekday() == 6 and r.random() < 0.8:
            continue
        if d in taken:
            continue
        taken.add(d)
        out.append(d)
    return sorted(out)


def gen(kind, label, why, c, r, style, ok=lambda t, cs: True, tries=60):
    for _ in range(tries):
        text, cs, _ = T.generate(kind, label, why, c, r, style)
        if ok(text, cs):
            return text, cs
    return text, cs


ENTRY_TYPES = {
    "oo": ["Huisbezoek", "Gesprek PK", "Kindgesprek", "Schoolbezoek", "Huisbezoek", "Contact jeugdige"],
    "sc": ["Veiligheidscheck", "Huisbezoek", "Jaarlijkse check"],
    "gw": ["Overleg GW", "MDO", "Consult orthopedagoog", "Casuïstiekoverleg", "GW-spreekuur"],
    "filler": ["Telefonisch", "Mail", "Huisbezoek", "Overleg JB", "School", "Bezoek ouder", "Administratie"],
}


class DossierBuilder:
    def __init__(self, did: str, seed: int, pool, out_root: Path, profile: dict | None = None):
        self.did = did
        self.r = random.Random(seed)
        self.pool = pool
        self.dir = out_root / did
        self.p = profile or {}
        prefix = did.split("-")[0]
        org = dict(pool.providers).get(prefix) or self.r.choice(pool.providers)[1]
        self.c: Ctx = make_ctx(self.r, pool, org)
        self.gold: dict = {}
        self.traps: list[dict] = []
        self.files: dict[str, list] = {}
        self.pending_checks: list[tuple[str, str]] = []  # (file, quote) to verify

    # ------------------------------------------------------------ plan
    def plan(self):
        r, p = self.r, self.p
        ref = date(2025, 1, 10) + timedelta(days=r.randint(0, 320))
        self.ref = ref
        ptype = p.get("ptype") or r.choices(["bestand", "netwerk", "crisis", "weekend", "pleegoudervoogdij"],
                                           [40, 30, 10, 8, 12])[0]
        if ptype == "crisis":
            start = ref - timedelta(days=r.randint(60, 240))
        elif ptype == "pleegoudervoogdij":
            start = ref - timedelta(days=r.randint(3 * 365, 8 * 365))
        else:
            start = ref - timedelta(days=r.randint(400, 6 * 365))
        self.ptype, self.start = ptype, start
        self.jstart = max(start, ref - timedelta(days=r.randint(480, 760)))
        self.jend = ref - timedelta(days=r.randint(2, 25))
        self.style = p.get("style") or r.choice(JOURNAL_STYLES)
        self.sstyle = SENT_STYLE[self.style]

    def window(self, d: date) -> bool:
        return 0 <= (self.ref - d).days <= 364

    # ------------------------------------------------------------ events
    def events(self):
        r, c, p = self.r, self.c, self.p
        taken: set = set()
        in_lo = max(self.jstart, self.ref - timedelta(days=355))
        out_hi = self.ref - timedelta(days=376)
        has_out = self.jstart < out_hi
        n_oo = p.get("n_oo", r.choice([0, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6]))
        n_oo_out = r.randint(0, 2) if has_out else 0
        oo_dates = _dates(r, in_lo, self.jend, n_oo, taken) + (_dates(r, self.jstart, out_hi, n_oo_out, taken) if has_out else [])
        n_sc = p.get("n_sc", r.choice([0, 1, 1, 1, 2]))
        sc_dates = _dates(r, in_lo, self.jend, n_sc, taken)
        if has_out and r.random() < 0.6:
            sc_dates += _dates(r, self.jstart, out_hi, 1, taken)
        n_gw = p.get("n_gw", r.choice([0, 1, 1, 2, 2, 3]))
        gw_dates = _dates(r, in_lo, self.jend, n_gw, taken)
        if has_out and r.random() < 0.5:
            gw_dates += _dates(r, self.jstart, out_hi, 1, taken)
        fill_dates = _dates(r, self.jstart + timedelta(days=1), self.jend, p.get("n_fill", r.randint(6, 14)), taken)

        entries: dict[date, Entry] = {}
        st = self.sstyle

        def entry(d, kind):
            if d not in entries:
                entries[d] = Entry(d, r.choice(ENTRY_TYPES[kind]))
            return entries[d]

        # placement entry
        if self.start >= self.jstart:
            e = entry(self.start, "filler")
            e.kind = "Plaatsing"
            e.sents.append(Sent(ch(r, f"{c.kid} vandaag met JB naar {c.fam} gebracht.",
                                   f"Start plaatsing bij {c.fam}; {c.kid} had een tas kleding en {c.pos} knuffel mee.",
                                   f"Eerste dag bij {c.fam}. Kamer is ingericht, {c.kid} was stil maar nieuwsgierig.")))
        want_cs = p.get("cs_last", r.random() < 0.55)
        for d in oo_dates:
            e = entry(d, "oo")
            if r.random() < 0.5:
                e.sents.append(Sent(filler(c, r, st)))
            text, _ = gen(T.K1, True, "", c, r, st)
            e.sents.append(Sent(text, "oo"))
            if r.random() < 0.4:
                e.sents.append(Sent(filler(c, r, st)))
        in_sc = [d for d in sc_dates if self.window(d)]
        last_in = max(in_sc) if in_sc else None
        self.form_check = None
        use_form = p.get("sc_form", r.random() < 0.3)
        for d in sc_dates:
            desired = want_cs if d == last_in else r.choice([True, False, None])
            if use_form and d == last_in:
                self.form_check = (d, bool(desired))
                continue
            e = entry(d, "sc")
            text, cs = gen(T.K2, True, "", c, r, st,
                           ok=lambda t, cs: cs == desired and " apart" not in t and "alleen" not in t)
            e.sents.append(Sent(text, "sc", cs=bool(cs)))
            if r.random() < 0.5:
                e.sents.append(Sent(filler(c, r, st)))
        for d in gw_dates:
            e = entry(d, "gw")
            text, _ = gen(T.K3, True, "", c, r, st)
            e.sents.append(Sent(text, "gw"))
            if r.random() < 0.3:
                e.sents.append(Sent(ch(r, "Ik koppel dit terug aan PO.", "Terugkoppeling naar PO volgt telefonisch.",
                                       "PO zijn per mail geïnformeerd.", "Afspraak: evaluatie in het volgende HVP-overleg.")))
        for d in fill_dates:
            e = entry(d, "filler")
            for _ in range(r.randint(1, 3)):
                e.sents.append(Sent(filler(c, r, st)))
        # traps into entries without a positive of the same kind
        n_traps = p.get("n_traps", r.randint(4, 9))
        tagmap = {T.K1: "oo", T.K2: "sc", T.K3: "gw"}
        for _ in range(n_traps):
            kind, why = r.choice(JOURNAL_TRAPS)
            cands = [e for e in entries.values() if all(s.tag != tagmap.get(kind) for s in e.sents)]
            if not cands:
                continue
            e = r.choice(cands)
            text, _ = gen(kind, False, why, c, r, st)
            pos = r.randint(0, len(e.sents))
            e.sents.insert(pos, Sent(text, "trap", trap=(kind, why)))
        self.entries = [entries[d] for d in sorted(entries)]
        # email file: move one or two entries into a mail thread
        self.email_entries = []
        if p.get("email", r.random() < 0.25):
            cand = [e for e in self.entries if any(s.tag in ("oo", "gw", "trap") for s in e.sents)]
            for e in r.sample(cand, min(len(cand), r.randint(1, 2))):
                # regenerate the event sentence in e-mail style
                for i, s in enumerate(e.sents):
                    if s.tag == "oo":
                        e.sents[i] = Sent(gen(T.K1, True, "", c, r, "email")[0], "oo")
                    elif s.tag == "gw":
                        e.sents[i] = Sent(gen(T.K3, True, "", c, r, "email")[0], "gw")
                    elif s.tag == "filler":
                        e.sents[i] = Sent(filler(c, r, "email"))
                e.file = "email"
                self.email_entries.append(e)
            self.entries = [e for e in self.entries if e.file == "journal"]

    # ------------------------------------------------------------ journal
    def journal_blocks(self):
        r, c, sty = self.r, self.c, self.style
        head = [("b", f"{c.org} – {ch(r, 'journaal', 'contactjournaal', 'logboek', 'rapportage')} "
                      f"{c.kid} {c.surname[0]}. (geb. {r.randint(1, 28)}-{r.randint(1, 12)}-{self.ref.year - c.age})"),
                ("p", f"Pleeggezin: {c.fam}, {c.town} · type: {self.ptype} · start {fmt_date(self.start, 'dmy')}"),
                ("p", f"PZB {c.pzb} · GW {c.gw}" + ("" if self.ptype == "pleegoudervoogdij" else f" · JB {c.jb} ({c.gi})")),
                ("rule",), ("blank",)]
        blocks = list(head)
        role = ch(r, "PZB", "pzb", c.pzb)
        if sty == "telegram_txt":
            sep = r.choice([" - ", " – ", ": ", " / "])
            for e in self.entries:
                blocks.append(("p", f"{fmt_date(e.d, 'wd_short')}{sep}{e.kind.lower()} ({role})"))
                blocks.append(("p", " ".join(s.text for s in e.sents)))
                blocks.append(("blank",))
        elif sty in ("narrative_docx", "narrative_pdf"):
            dfmt = r.choice(["long", "wd_long", "dmy"])
            for e in self.entries:
                blocks.append(("b", f"Datum: {fmt_date(e.d, dfmt)}"))
                blocks.append(("p", f"Soort contact: {e.kind}"))
                if e.kind in ("Huisbezoek", "Gesprek PK", "Kindgesprek", "Veiligheidscheck", "Jaarlijkse check",
                              "Contact jeugdige", "Plaatsing") and r.random() < 0.6:
                    blocks.append(("p", f"Aanwezig: {ch(r, 'PZB, PO en ' + c.kid, 'PZB en ' + c.one_po(r), 'PZB', 'PZB, ' + c.kid)}"))
                # narrative: group into one or two paragraphs
                ss = [s.text for s in e.sents]
                if len(ss) > 2 and r.random() < 0.5:
                    k = r.randint(1, len(ss) - 1)
                    blocks.append(("p", " ".join(ss[:k])))
                    blocks.append(("p", " ".join(ss[k:])))
                else:
                    blocks.append(("p", " ".join(ss)))
                blocks.append(("blank",))
        elif sty == "soap_txt":
            for e in self.entries:
                blocks.append(("p", f"{fmt_date(e.d, 'iso')} Contactmoment ({e.kind.lower()}, {role})"))
                for s in e.sents:
                    t = s.text
                    if len(t) > 2 and t[1] == ":" and t[0] in "SOAP":
                        blocks.append(("p", t))
                        continue
                    if t.startswith("S (") or t.startswith("A ("):
                        blocks.append(("p", t))
                        continue
                    pre = {"oo": "O", "sc": "O", "gw": "A"}.get(s.tag, r.choice("SO"))
                    if s.trap and s.trap[1] in ("planned", "advice_planned"):
                        pre = "P"
                    blocks.append(("p", f"{pre}: {t}"))
                blocks.append(("blank",))
        elif sty == "monthly_docx":
            cur = None
            for e in self.entries:
                m = (e.d.year, e.d.month)
                if m != cur:
                    blocks.append(("h", f"{cap(MONTHS[e.d.month - 1])} {e.d.year}"))
                    cur = m
                lead = ch(r, f"{e.d.day} {MONTHS[e.d.month - 1]}", f"{e.d.day} {MONTHS_SHORT[e.d.month - 1]}.", f"{e.d.day}/{e.d.month}")
                blocks.append(("p", f"{lead} – {e.kind.lower()}: " + " ".join(s.text for s in e.sents)))
        elif sty == "table_pdf":
            rows = [["Datum", "Soort", "Verslag"]]
            for e in self.entries:
                rows.append([fmt_date(e.d, "dmy"), e.kind, " ".join(s.text for s in e.sents)])
            blocks.append(("table", rows, (22, 28, 130)))
        return blocks

    def email_blocks(self):
        r, c = self.r, self.c
        blocks = []
        for e in self.email_entries:
            to = ch(r, f"{c.pm or c.pv} {c.surname}", f"JB {c.jb}", f"GW {c.gw}", "team pleegzorg")
            blocks += [("p", f"Datum: {fmt_date(e.d, 'wd_short')} {r.randint(8, 17)}:{r.randint(0, 59):02d}"),
                       ("p", f"Van: {c.pzb} <pzb@{c.org.split()[0].lower()}.example>"),
                       ("p", f"Aan: {to}"),
                       ("p", f"Onderwerp: {ch(r, 'terugkoppeling', 'update ' + c.kid, 'RE: afspraken', 'stand van zaken')}"),
                       ("blank",), ("p", ch(r, "Hoi,", "Beste allen,", "Goedemiddag,", f"Dag {c.pm or c.pv},")),
                       ("p", " ".join(s.text for s in e.sents)),
                       ("p", ch(r, "Groet,", "Met vriendelijke groet,", "Hartelijke groet,")), ("p", c.pzb),
                       ("rule", "-----"), ("blank",)]
        return blocks

    # ------------------------------------------------------------ plan / goals / matching
    def plan_doc(self, fname):
        r, c = self.r, self.c
        pdate = self.ref - timedelta(days=r.randint(60, 300))
        quality = self.p.get("goal_quality", r.choice([0.2, 0.45, 0.7, 0.9, 0.95]))
        title = ch(r, "Hulpverleningsplan", "Plan van aanpak", "Pleegzorgplan", "Hulpverleningsplan (HVP)")
        blocks = [("h", f"{title} – {c.kid} {c.surname[0]}."),
                  ("p", f"Datum: {fmt_date(pdate, 'long')} | Opgesteld door: {c.pzb} (PZB) | Vastgesteld: {c.gw} (GW)"),
                  ("p", f"Plaatsing: {PTYPE_NL[self.ptype]} bij {c.fam} te {c.town}, sinds {fmt_date(self.start, 'long')}."),
                  ("h", ch(r, "Aanleiding", "Situatie", "Achtergrond")),
                  ("p", ch(r, f"{c.kid} is uit huis geplaatst na zorgen over de opvoedsituatie bij moeder.",
                           f"Vanwege huiselijk geweld tussen ouders is een OTS uitgesproken en woont {c.kid} in een pleeggezin.",
                           f"Moeder kon de zorg voor {c.kid} door psychische problemen niet meer dragen.",
                           f"Na een crisismelding bij Veilig Thuis is {c.kid} via een crisisplaatsing in dit gezin terechtgekomen."))]
        # policy traps
        for kind, why in r.sample(PLAN_TRAPS, r.randint(1, 3)):
            text, _ = gen(kind, False, why, c, r, "plan")
            blocks.append(("p", text))
            self.add_trap(fname, text, kind, why)
        # matching section in plan?
        if self.match_where == "plan":
            blocks.append(("h", "Matching"))
            blocks += self.matching_paras(fname)
        elif self.match_where == "none_plan":
            blocks.append(("h", ch(r, "Plaatsing", "Matching")))
            text, _ = gen(T.K4, False, "bare_statement", c, r, "plan")
            blocks.append(("p", text))
            self.add_trap(fname, text, T.K4, "bare_statement")
            self.gold["matching_rationale"] = {"documented": False, "file": fname, "quote": text}
        blocks.append(("h", ch(r, "Doelen", "Doelen en afspraken", "Wat willen we bereiken?", "Doelen komende periode")))
        n = self.p.get("n_goals", r.randint(2, 5))
        goals = [make_goal(c, r, pdate, quality) for _ in range(n)]
        seen = set()
        goals = [g for g in goals if not (g[0] in seen or seen.add(g[0]))]
        layout = self.p.get("goal_layout") or r.choice(["doel_lines", "bullets", "numbered", "table", "prose"])
        if fname.endswith(".txt") and layout == "table":
            layout = "numbered"
        self.gold["goals"] = []
        if layout == "table":
            rows = [["Doel", "Wie", "Termijn"]]
            for text, crit, parts in goals:
                wie = parts["actor_text"] or ch(r, "PO", "PZB", c.kid, "PO en PZB", "")
                termijn = parts["deadline_text"] or ch(r, "doorlopend", "n.t.b.", "z.s.m.", "")
                if wie and not crit["actor"]:
                    crit = dict(crit, actor=True)
                rows.append([text, wie, termijn])
                self.add_goal(fname, text, crit)
            blocks.append(("p", "Per doel is aangegeven wie verantwoordelijk is en wanneer het wordt geëvalueerd; "
                                "de termijn in de tabel telt als termijn van het doel."))
            blocks.append(("table", rows, (110, 35, 35)))
        elif layout == "prose":
            intro = ch(r, "Voor de komende periode zijn de volgende doelen afgesproken.",
                       "In overleg met PO, JB en moeder is het volgende afgesproken.")
            blocks.append(("p", intro))
            for text, crit, _ in goals:
                blocks.append(("p", text))
                self.add_goal(fname, text, crit)
        else:
            for i, (text, crit, _) in enumerate(goals, 1):
                pre = {"doel_lines": f"Doel {i}: ", "bullets": r.choice(["- ", "• "]), "numbered": f"{i}. "}[layout]
                blocks.append(("p", pre + text))
                self.add_goal(fname, text, crit)
        blocks.append(("h", ch(r, "Afspraken", "Inzet pleegzorg", "Evaluatie")))
        blocks.append(("p", ch(r, "De PZB komt eens per zes weken op huisbezoek.",
                               "Het plan wordt over een half jaar geëvalueerd met alle betrokkenen.",
                               "Evaluatie van dit plan vindt plaats in het MDO.")))
        return blocks

    def matching_paras(self, fname):
        r, c = self.r, self.c
        n = r.randint(1, 3)
        paras = []
        first = None
        for i in range(n):
            text, _ = gen(T.K4, True, "", c, r, r.choice(["narrative", "plan", "form", "telegram"]))
            if text in paras:
                continue
            paras.append(text)
            if first is None:
                first = text
        self.gold["matching_rationale"] = {"documented": True, "file": fname, "quote": first}
        self.pending_checks.append((fname, first))
        out = []
        if r.random() < 0.5:
            bare, _ = gen(T.K4, False, "bare_statement", c, r, "narrative")
            out.append(("p", bare))
        out += [("p", t) for t in paras]
        return out

    def matching_doc(self, fname):
        r, c = self.r, self.c
        mdate = self.start - timedelta(days=r.randint(3, 30))
        blocks = [("h", ch(r, "Matchingsverslag", "Verslag matching", "Matchingsformulier")),
                  ("p", f"Datum: {fmt_date(mdate, 'dmy')} · jeugdige: {c.kid} · gezin: {c.fam}, {c.town}"),
                  ("h", ch(r, "Behoeften van de jeugdige", "Wat heeft het kind nodig?")),
                  ("p", ch(r, f"{c.kid} is een {ch(r, 'teruggetrokken', 'beweeglijke', 'gevoelige', 'slimme, maar wantrouwige')} "
                              f"{'meid' if c.girl else 'jongen'} van {c.age} jaar.",
                           f"{c.kid} ({c.age}) heeft een belaste voorgeschiedenis en veel wisselingen meegemaakt.")),
                  ("h", ch(r, "Overwegingen", "Onderbouwing", "Afweging"))]
        blocks += self.matching_paras(fname)
        blocks.append(("p", f"Akkoord: {c.gw} (GW), {c.pzb} (PZB)"))
        return blocks

    def safety_form(self, fname):
        r, c = self.r, self.c
        d, cs = self.form_check
        line = ch(r, f"Veiligheidscheck pleeggezin afgenomen op {fmt_date(d, 'dmy')} door {c.pzb} (PZB)",
                  f"Jaarlijkse veiligheidscheck uitgevoerd op {fmt_date(d, 'long')} bij {c.fam}")
        inst = ch(r, "veiligheidschecklist + vlaggensysteem", "ARIJ-veiligheidslijst", "LIRIK", "driehuizenmodel + checklist")
        spoken = (f"Gesproken met jeugdige: ja – {c.kid} {ch(r, 'heeft de drie huizen getekend', 'gaf zelf een 8 voor veiligheid thuis', 'noemde geen zorgen')}"
                  if cs else f"Gesproken met jeugdige: nee ({ch(r, 'was op school', 'wilde niet', 'te jong volgens PO', 'logeerde elders')})")
        rows = [["Onderdeel", "Bevinding"],
                ["Huisgenoten / VGB", ch(r, "geen wijzigingen", "nieuwe huisgenoot, VGB aangevraagd", "alle VGB's aanwezig")],
                ["Woning", ch(r, "rookmelders ok, trapje beveiligd", "geen bijzonderheden", "open water in de buurt besproken")],
                ["Medicatie / gevaarlijke stoffen", ch(r, "afgesloten kast", "in orde")],
                ["Vlaggen", ch(r, "groen", "groen, één oranje (spanning PO)", "groen")],
                ["Jeugdige", "ja" if cs else "nee"]]
        blocks = [("h", "Veiligheidscheck pleeggezin"), ("p", line), ("p", f"Instrument: {inst}"),
                  ("p", f"Aanwezig: {c.po(r)}" + (f", {c.kid}" if cs else "")), ("table", rows, (60, 120)),
                  ("p", spoken), ("p", f"Handtekening PZB: {c.pzb}")]
        self.gold_sc.append({"date": d.isoformat(), "child_spoken": cs, "file": fname, "quote": line})
        self.pending_checks.append((fname, line))
        return blocks

    # ------------------------------------------------------------ gold helpers
    def add_trap(self, fname, text, kind, why):
        self.traps.append({"file": fname, "quote": text, "why": TRAP_WHY.get((kind, why), why)})
        self.pending_checks.append((fname, text))

    def add_goal(self, fname, text, crit):
        g = {"file": fname, "text": text, **crit, "concreteness": criteria_score(crit)}
        self.gold["goals"].append(g)
        self.pending_checks.append((fname, text))

    # ------------------------------------------------------------ build
    def build(self):
        r, c = self.r, self.c
        self.plan()
        self.events()
        self.dir.mkdir(parents=True, exist_ok=True)
        ext = {"telegram_txt": ".txt", "narrative_docx": ".docx", "soap_txt": ".txt", "monthly_docx": ".docx",
               "table_pdf": ".pdf", "narrative_pdf": ".pdf"}[self.style]
        jname = r.choice(["journaal", "contactjournaal", "logboek", "rapportage", "dossierverslag"]) + ext
        self.gold = {"dossier_id": self.did, "reference_date": self.ref.isoformat(),
                     "placement": {"type": self.ptype, "start": self.start.isoformat()}}
        self.gold_sc = []
        # where is the matching rationale?
        documented = self.p.get("matching", r.random() < 0.62)
        if documented:
            self.match_where = r.choice(["doc", "doc", "plan"])
        else:
            self.match_where = r.choice(["none_plan", "none_journal"])
        has_plan = self.p.get("plan", r.random() < 0.9)
        if not has_plan and self.match_where == "plan":
            self.match_where = "doc"
        if not has_plan and self.match_where == "none_plan":
            self.match_where = "none_journal"
        files = {}
        plan_name = None
        if has_plan:
            plan_name = r.choice(["hulpverleningsplan", "plan_van_aanpak", "hvp", "pleegzorgplan"]) + \
                r.choice([".docx", ".docx", ".pdf", ".txt"])
            files[plan_name] = self.plan_doc(plan_name)
        else:
            self.gold["goals"] = []
        if self.match_where == "doc":
            mname = r.choice(["matchingsverslag", "matching", "matchingsformulier"]) + r.choice([".docx", ".txt", ".pdf"])
            files[mname] = self.matching_doc(mname)
        if self.match_where == "none_journal":
            e0 = self.entries[0]
            text, _ = gen(T.K4, False, "bare_statement", c, r, self.sstyle)
            e0.sents.insert(0, Sent(text, "trap", trap=(T.K4, "bare_statement")))
            self.gold["matching_rationale"] = {"documented": False, "file": jname, "quote": text}
        if self.form_check:
            fname = f"veiligheidscheck_{self.form_check[0].year}.pdf"
            files[fname] = self.safety_form(fname)
        files[jname] = self.journal_blocks()
        ename = None
        if self.email_entries:
            ename = r.choice(["mailwisseling.txt", "e-mails.txt", "correspondentie.txt"])
            files[ename] = self.email_blocks()
        # gold events from entries
        oo, sc, gw = [], list(self.gold_sc), []
        for e in self.entries + self.email_entries:
            fname = jname if e.file == "journal" else ename
            for s in e.sents:
                if s.tag == "oo":
                    oo.append({"date": e.d.isoformat(), "file": fname, "quote": s.text})
                elif s.tag == "sc":
                    sc.append({"date": e.d.isoformat(), "child_spoken": bool(s.cs), "file": fname, "quote": s.text})
                elif s.tag == "gw":
                    gw.append({"date": e.d.isoformat(), "file": fname, "quote": s.text})
                elif s.tag == "trap":
                    self.add_trap(fname, s.text, *s.trap)
                    continue
                else:
                    continue
                self.pending_checks.append((fname, s.text))
        key = lambda x: x["date"]
        self.gold["one_on_one_contacts"] = sorted(oo, key=key)
        self.gold["safety_checks"] = sorted(sc, key=key)
        self.gold["behavioural_scientist_advice"] = sorted(gw, key=key)
        for name, blocks in files.items():
            render(blocks, self.dir / name, title=name)
        self.gold["traps"] = self.traps
        self.gold["norms"] = self.norms()
        order = ["dossier_id", "reference_date", "placement", "one_on_one_contacts", "safety_checks",
                 "matching_rationale", "behavioural_scientist_advice", "goals", "traps", "norms"]
        gold = {k: self.gold[k] for k in order}
        (self.dir / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return gold, self.verify()

    def norms(self):
        g, ref = self.gold, self.ref
        inwin = lambda s: 0 <= (ref - date.fromisoformat(s)).days <= 364
        oo = {x["date"] for x in g["one_on_one_contacts"] if inwin(x["date"])}
        sc = [x for x in g["safety_checks"] if inwin(x["date"])]
        gw = [x for x in g["behavioural_scientist_advice"] if inwin(x["date"])]
        goals = g["goals"]
        last = max(sc, key=lambda x: x["date"]) if sc else None
        mm = lambda b: "meets" if b else "fails"
        return {
            "one_on_one_min3_last12m": mm(len(oo) >= 3),
            "safety_check_last12m": mm(bool(sc)),
            "safety_check_child_spoken": "n/a" if last is None else mm(last["child_spoken"]),
            "matching_rationale_documented": mm(g["matching_rationale"]["documented"]),
            "behavioural_scientist_advice_documented": mm(bool(gw)),
            "goals_concrete": mm(bool(goals) and all(x["concreteness"] >= 0.6 for x in goals)),
        }

    def verify(self):
        problems = {"ws": 0, "missing": []}
        cache = {}
        for fname, q in self.pending_checks:
            if fname not in cache:
                cache[fname] = extract_units(self.dir / fname)
            res = quote_found(q, cache[fname])
            if res == "ws":
                problems["ws"] += 1
            elif not res:
                problems["missing"].append((fname, q))
        return problems
