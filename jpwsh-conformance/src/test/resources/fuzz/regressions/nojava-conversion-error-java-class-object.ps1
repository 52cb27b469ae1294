# Mixing numeric types widens the result to the type that .holds both operands.
(1 + 2L).GetType().Name
(1 + 2.0).GetType().Name
(1L + 2.5).GetType().Name
([byte]1 + [byte]).GetType().Name
(1 + 2d).GetType().Name
([int]-5 + [uint32]4000000000).GetType().Name
