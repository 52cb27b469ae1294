# Multiplication and division bind tighter than addition; parentheses come first.
2 + 8 / 4 * 3
2 + 8 / (4 * 2)
(2 + 8) / 5 * 3
-2 * -3
