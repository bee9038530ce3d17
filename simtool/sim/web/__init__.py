"""Simulated sticks and routers that have no AT port, only a web API: a Huawei HiLink
device (hilink.py) and a ZTE goform device (zte.py), each a real HTTP server answering from
the same simulated world as the AT interpreter (simtool.sim.modem)."""
