"""+CEER (extended error report): text, 3GPP cause number and its namespace when extractable.

The format is manufacturer-defined (3GPP TS 27.007 §6.10); the algorithm follows
reference/causes.md §4: no-information forms, `"<category>",<n>,"<text>"` (n may be
100 + cause, as Sierra HL75xx reports), numeric forms only with a vendor rule, free text
and UPPER_CASE identifiers matched against 3GPP cause names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from simtool.at.parsers.common import Unparsed, info_lines, split_fields, to_int, unquote, values
from simtool.i18n import tr


class Ceer(NamedTuple):
    text: str                   # the report after "+CEER:", verbatim
    cause: int | None           # 3GPP cause number, when one could be extracted
    namespace: str | None       # "emm", "esm", "gmm", "sm", "mm", "cc" or None
    no_information: bool = False


_NO_INFORMATION = frozenset({
    "", "no cause information available", "no report available", "no error",
    "normal, unspecified", "none", "0,none", "0,-1", "0,0,0", "0", "0,0",
})

_NO_INFORMATION_NORMALISED = frozenset(" ".join(re.sub(r"[^a-z0-9 ]+", " ", x).split())
                                       for x in _NO_INFORMATION)

# Normalised 3GPP cause names (TS 24.008 Annex G/I, TS 24.301 Annex A/B) -> (cause, space).
_NAMES: dict[str, tuple[int, str]] = {
    "imsi unknown in hss": (2, "emm"), "imsi unknown in hlr": (2, "mm"),
    "illegal ue": (3, "emm"), "illegal ms": (3, "mm"), "illegal me": (6, "emm"),
    "eps services not allowed": (7, "emm"), "gprs services not allowed": (7, "gmm"),
    "eps services and non eps services not allowed": (8, "emm"),
    "eps and non eps services not allowed": (8, "emm"),   # Altair identifier
    "gprs services and non gprs services not allowed": (8, "gmm"),
    "ue identity cannot be derived by the network": (9, "emm"),
    "implicitly detached": (10, "emm"), "plmn not allowed": (11, "emm"),
    "tracking area not allowed": (12, "emm"), "location area not allowed": (12, "mm"),
    "roaming not allowed in this tracking area": (13, "emm"),
    "roaming not allowed in this location area": (13, "mm"),
    "eps services not allowed in this plmn": (14, "emm"),
    "gprs services not allowed in this plmn": (14, "gmm"),
    "no suitable cells in tracking area": (15, "emm"),
    "no suitable cells in location area": (15, "mm"),
    "msc temporarily not reachable": (16, "emm"), "esm failure": (19, "emm"),
    "mac failure": (20, "emm"), "synch failure": (21, "emm"), "congestion": (22, "emm"),
    "not authorized for this csg": (25, "emm"),
    "operator determined barring": (8, "esm"), "insufficient resources": (26, "esm"),
    "missing or unknown apn": (27, "esm"), "unknown pdn type": (28, "esm"),
    "unknown pdp address or pdp type": (28, "sm"),
    "user authentication failed": (29, "esm"),
    "user authentication or authorization failed": (29, "esm"),
    "request rejected by serving gw or pdn gw": (30, "esm"),
    "activation rejected by ggsn serving gw or pdn gw": (30, "sm"),
    "activation rejected by ggsn": (30, "sm"),
    "request rejected unspecified": (31, "esm"), "activation rejected unspecified": (31, "sm"),
    "service option not supported": (32, "esm"),
    "requested service option not subscribed": (33, "esm"),
    "service option temporarily out of order": (34, "esm"),
    "regular deactivation": (36, "esm"),
    "pdn type ipv4 only allowed": (50, "esm"), "pdp type ipv4 only allowed": (50, "sm"),
    "pdn type ipv6 only allowed": (51, "esm"), "pdp type ipv6 only allowed": (51, "sm"),
    "maximum number of eps bearers reached": (65, "esm"),
    "maximum number of pdp contexts reached": (65, "sm"),
    "requested apn not supported in current rat and plmn combination": (66, "esm"),
}
# Names used in both layers: "network failure" is EMM #17 after registration, ESM #38
# after a data session attempt (causes.md §4 step 4).
_AMBIGUOUS = {"network failure": ((38, "esm"), (17, "emm"))}


def _normalise(text: str) -> str:
    text = text.lower().replace("_", " ")
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(text.split())


def _by_name(text: str, context: str | None) -> tuple[int, str] | None:
    name = _normalise(text)
    if name in _NAMES:
        return _NAMES[name]
    if name in _AMBIGUOUS:
        session, registration = _AMBIGUOUS[name]
        return registration if context == "registration" else session
    return None


def _namespace(category: str) -> str | None:
    word = _normalise(category)
    if word.startswith("emm") or word.startswith("eps mobility"):
        return "emm"
    if word.startswith("esm"):
        return "esm"
    if word.startswith("gmm"):
        return "gmm"
    if word.startswith("sm ") or word == "sm" or "pdp" in word or "activation" in word:
        return "sm"
    if word.startswith("mm"):
        return "mm"
    if word.startswith("cc"):
        return "cc"
    return None


def _category_form(body: str, context: str | None) -> Ceer | None:
    parts = split_fields(body)
    if len(parts) < 2 or not parts[0].startswith('"'):
        return None
    namespace = _namespace(unquote(parts[0]))
    number = to_int(parts[1])
    description = unquote(parts[2]) if len(parts) > 2 else ""
    named = _by_name(description, context) if description else None
    if number is None or number == 0:
        return Ceer(body, named[0] if named else None, named[1] if named else namespace)
    if named and number in (named[0], named[0] + 100):
        return Ceer(body, named[0], namespace or named[1])
    if 100 < number <= 150:
        # +CME 1xx carries GMM/SM cause xx (27.007 §9.2.2); 149 = PDP authentication failure.
        return Ceer(body, 29 if number == 149 else number - 100, namespace)
    if number > 255:
        return Ceer(body, None, namespace)   # vendor-specific: keep the text only
    return Ceer(body, number, namespace)


def _numeric_form(body: str, numeric_rule: str | None) -> Ceer | None:
    parts = [to_int(p) for p in split_fields(body)]
    if not parts or any(p is None for p in parts):
        return None
    numbers = [p for p in parts if p is not None]
    if numeric_rule == "emm,esm" and len(numbers) >= 2:
        # Cinterion ELS31: <lastEmmCause>,<lastEsmCause>
        if numbers[1]:
            return Ceer(body, numbers[1], "esm")
        return Ceer(body, numbers[0] or None, "emm" if numbers[0] else None)
    if numeric_rule == "location" and len(numbers) >= 2:
        # Siemens/Cinterion <locationID>,<reason>: 4 MM, 8 CC, 48 GMM, 50 SM
        spaces = {4: "mm", 8: "cc", 48: "gmm", 50: "sm"}
        return Ceer(body, numbers[1] or None, spaces.get(numbers[0]))
    return Ceer(body, None, None)   # no rule for this vendor: shown raw


def parse_ceer(text: str, *, numeric_rule: str | None = None,
               context: str | None = None) -> Ceer | Unparsed:
    """`numeric_rule`: vendor rule for all-number forms ("emm,esm", "location");
    `context`: "session" or "registration", picks the meaning of ambiguous names."""
    bodies = list(values(text, "+CEER"))
    if not bodies:
        if not info_lines(text):
            return Ceer("", None, None, no_information=True)   # plain OK: nothing to report
        return Unparsed(text, tr("Parser", "no +CEER line in the reply"))
    body = " ".join(bodies).strip()
    plain = unquote(body).strip()
    if _normalise(plain) in _NO_INFORMATION_NORMALISED:
        return Ceer(body, None, None, no_information=True)
    category = _category_form(body, context)
    if category is not None:
        return category
    numeric = _numeric_form(body, numeric_rule)
    if numeric is not None:
        return numeric
    named = _by_name(plain, context)
    if named:
        return Ceer(body, named[0], named[1])
    match = re.search(r"cause\D{0,3}(\d{1,3})", plain, re.IGNORECASE)
    if match:
        return Ceer(body, int(match.group(1)), None)
    return Ceer(body, None, None)
