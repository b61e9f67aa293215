"""hypergraph."""
