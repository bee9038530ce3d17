"""at layer of simtool (see DESIGN: layers)."""
