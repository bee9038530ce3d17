"""The first line every check sends, in a module of its own so it can go out before the
readers are imported (the first byte should reach the port as soon as Python is up).

+CMEE=1 first: without numeric errors "no SIM" and "SIM busy" are both a bare ERROR
(ModemManager sets it too; it is volatile). The identity reads share the round trip, and the
whole line doubles as the liveness probe.
"""

IDENTITY_LINE = "AT+CMEE=1;+CGMI;+CGMM;+CGMR;+CGSN"
