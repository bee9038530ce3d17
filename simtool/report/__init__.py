"""report layer of simtool (see DESIGN: layers)."""
