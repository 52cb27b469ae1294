# Dividing integers gives an int when exact and a double otherwise.
6 / 3
(6 / 3).GetType().Name
7 / 2
(7 / 2).GetType().Name
-9 / 3
