"""Per-dossier (or per-sentence) cast: child, foster parents, workers, places."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .pools import Pool

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
          "augustus", "september", "oktober", "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep",
                "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WEEKDAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]


@dataclass
class Ctx:
    kid: str
    girl: bool
    age: int
    pm: str | None
    pv: str | None
    surname: str
    pzb: str
    gw: str
    jb: str
    sib: str
    sib_girl: bool
    sib_rel: str
    town: str
    org: str
    gi: str
    gw_title: str = "GW"
    extra: dict = field(default_factory=dict)

    # pronouns
    @property
    def zij(self):
        return "zij" if self.girl else "hij"

    @property
    def ze(self):
        return "ze" if self.girl else "hij"

    @property
    def haar(self):  # object
        return "haar" if self.girl else "hem"

    @property
    def pos(self):  # possessive
        return "haar" if self.girl else "zijn"

    @property
    def init(self):
        return self.kid[0] + "."

    @property
    def fam(self):
        return "fam. " + self.surname

    def po(self, r: random.Random) -> str:
        """A reference to the foster parent(s)."""
        if self.pm and self.pv:
            return r.choice(["PO", "PO", "pleegouders", "de pleegouders", f"{self.pm} en {self.pv}",
                             "PM en PV", "beide PO"])
        one = self.pm or self.pv
        return r.choice(["PM" if self.pm else "PV", one, "pleegmoeder" if self.pm else "pleegvader"])

    def plural(self, po: str) -> bool:
        return po in ("PO", "pleegouders", "de pleegouders", "beide PO") or " en " in po

    def one_po(self, r: random.Random) -> str:
        opts = []
        if self.pm:
            opts += ["PM", self.pm, "pleegmoeder", f"PM {self.pm}"]
        if self.pv:
            opts += ["PV", self.pv, "pleegvader", f"PV {self.pv}"]
        return r.choice(opts)

    def k(self, r: random.Random, style: str = "telegram") -> str:
        """A reference to the child, depending on the house style."""
        if style == "telegram":
            return r.choice([self.kid, self.kid, "PK", self.init, self.kid])
        if style == "soap":
            return r.choice(["PK", self.kid, "pleegkind"])
        if style == "form":
            return r.choice(["jeugdige", "de jeugdige", "pleegkind", self.kid])
        return r.choice([self.kid, self.kid, self.kid, "het pleegkind" if r.random() < 0.3 else self.kid])

    def gw_ref(self, r: random.Random) -> str:
        return r.choice(["GW", "GW", f"GW {self.gw}", "gedragswetenschapper", f"de gedragswetenschapper",
                         f"{self.gw} (GW)", "orthopedagoog", f"orthopedagoog {self.gw}",
                         "de orthopedagoog", f"psycholoog {self.gw}", "onze GW", "GW'er"])


def make_ctx(r: random.Random, pool: Pool, org: str | None = None) -> Ctx:
    girl = r.random() < 0.5
    kid = r.choice(pool.girls if girl else pool.boys)
    single = r.random() < 0.18
    pm = r.choice(pool.fp_women)
    pv = r.choice(pool.fp_men)
    if single:
        if r.random() < 0.75:
            pv = None
        else:
            pm = None
    sib_girl = r.random() < 0.5
    sib = r.choice([n for n in (pool.girls if sib_girl else pool.boys) if n != kid])
    sib_rel = r.choice(
        ["pleegzus" if sib_girl else "pleegbroer", "eigen dochter van PO" if sib_girl else "eigen zoon van PO",
         "zusje" if sib_girl else "broertje", "pleegzusje" if sib_girl else "pleegbroertje",
         "oudere zus" if sib_girl else "oudere broer"])
    w = r.sample(pool.workers, 3)
    return Ctx(
        kid=kid, girl=girl, age=r.randint(6, 17), pm=pm, pv=pv,
        surname=r.choice(pool.surnames), pzb=w[0], gw=w[1], jb=w[2], sib=sib, sib_girl=sib_girl,
        sib_rel=sib_rel, town=r.choice(pool.towns),
        org=org or r.choice(pool.providers)[1], gi=r.choice(pool.gis),
    )
