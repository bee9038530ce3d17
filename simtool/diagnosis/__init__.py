"""diagnosis layer of simtool (see DESIGN: layers)."""
