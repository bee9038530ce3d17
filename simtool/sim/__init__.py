"""The built-in simulated modem (see DESIGN: "The simulated modem").

- `sim://SCENARIO?vendor=NAME&latency=MS&operator=MCCMNC&seed=N&instance=NAME` through
  `serial.serial_for_url` after `simtool.sim.urlhandler.register()`; opening checks the URL
  (rules in simtool.sim.config) and the modem is built at the port's first write;
- `simtool.sim.modem.Modem`: the simulated world and the AT line interpreter; the extended
  commands are answered by one module per command family in `simtool.sim.commands` (its
  docstring says how to add a family);
- `simtool.sim.instances.get(NAME)` -> the live `Modem` of an `instance=NAME` URL, with world
  actions `insert_sim()`, `remove_sim()`, `set_signal(rsrp_dbm, ...)`, `fix()`, `reboot()`,
  `unplug()`, `replug()`;
- `simtool.sim.pty.PtyServer(modem, latency)` / `simtool simulate SCENARIO --pty` for
  programs that open device paths;
- forced behaviours for testing AT clients, on any scenario (URL / `simulate` option):
  `busy_replies=N` / `--busy-replies N`, `interleave=creg,cereg,ring,rssi` / `--interleave`,
  `no_final=CSQ,COPS` / `--no-final`, `scan=SECONDS` / `--scan`, `refuse=CGMI,CGDCONT=`
  (URL only: those commands answered with ERROR; see simtool.sim.modem).
"""
