"""transport layer of simtool (see DESIGN: layers)."""
