"""The first two lines every check sends, in a module of their own so they can go out before
the readers are imported (the first byte should reach the port as soon as Python is up, and
the readers import while the modem answers).

+CMEE=1 first: without numeric errors "no SIM" and "SIM busy" are both a bare ERROR
(ModemManager sets it too; it is volatile). The identity reads share the round trip, and the
whole line doubles as the liveness probe.

The second line does not depend on anything the first one answers, so it is sent as soon as
the first reply is complete (reader.py reads its reply and judges it).
"""

IDENTITY_LINE = "AT+CMEE=1;+CGMI;+CGMM;+CGMR;+CGSN"
RADIO_SIM_LINE = "AT+CFUN?;+CPIN?;+CPINR"
