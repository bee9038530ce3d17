"""gui layer of simtool (see DESIGN: layers)."""
