"""providers layer of simtool (see DESIGN: layers)."""
