"""The AT source: a modem's facts read over its AT port.

    first_lines.py  the two command lines a check sends first (import-light)
    source.py       the read on an open session, and AtSource (open, read, steps, close)
    reader.py       the readers: chained commands, per-fact parsing into simtool.facts
    probe.py        which ports answer AT (ports --probe, check --all)
    replay.py       a saved report's transcript played back through replay://
"""
