"""Stage 2, recognise organisations (short forms): the name a short form in brackets defines.

"Andes Oil, Gas and Metals Corporation (AOGMC)": the longest tail of the words before the brackets that the
short form spells from its first letter; in another language, the whole name ("Sociedad Minera Andina (SMA)").
Not a place and its code, a law, a project or a legal form spelled out.
"""

from __future__ import annotations

import re

from .gazetteer import a_place_and_its_code
from .org_cues import PROJECT_AFTER_SHORT_FORM
from .org_forms import trim_lead
from .org_names import named_in_another_tongue
from .org_patterns import LAW_WORD, LEGAL_ENDINGS, NOT_A_BODY, PLACE_CODE
from .org_types import generic_words, org_type, spells


def named_by_short_form(m: re.Match, sentence: str) -> tuple[str, bool] | None:
    """(the name, whether the short form defines it) for a `DEFINED` match, or None when it names no body; "Minister
    of Mines (MM)" defines no name (a portfolio: generic words alone)."""
    words = trim_lead(m.group("name")).split()  # the longest tail the short form spells from its first letter:
    name = next(  # "… with Sojitz and Andes Oil, Gas and Metals Corporation (AOGMC)" → the last name
        (
            " ".join(words[i:])
            for i in range(len(words) - 1, -1, -1)
            if words[i][:1].isupper()
            and spells(PLACE_CODE.sub("", m.group("short")), " ".join(words[i:]))  # not "and …"
        ),
        None,
    )
    name = name.strip(",") if name else named_in_another_tongue(" ".join(words), m.group("short"))
    name = name and re.sub(r"^[A-Z][a-z]+ly,\s+", "", name)  # "Officially, Andina Mining Company (AMC)": the name
    name = name and re.sub(r"^[A-Z]{2,6} and (?=[A-Z])", "", name)  # "VEZ and Andina Metals Group (AMH)": two bodies
    if (
        not name
        or " " not in name
        or a_place_and_its_code(name, m.group("short"))
        or NOT_A_BODY.search(name)
        or PROJECT_AFTER_SHORT_FORM.match(sentence, m.end())
        or re.match(r"(?:and|of|for|on|the)\b", name)
        or re.fullmatch(LEGAL_ENDINGS, m.group("short"))  # "Andina Limited Liability Company (LLC)": its form
        or generic_words(name.split())
        and org_type(name) is None  # "Critical Raw Material (CRM)": a term, no body
        or (law := LAW_WORD.search(m.group("name")))
        and (law["of"] or org_type(name) is None)  # a law's
    ):
        return None
    post = re.search(r"\bMinister\s+(?:of|for)\s+$", sentence[: sentence.find(name)])  # "Minister of X (XY)"
    return name, not post
