"""sim layer of simtool (see DESIGN: layers)."""
