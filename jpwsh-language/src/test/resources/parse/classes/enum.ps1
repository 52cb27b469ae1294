enum Color {
    Red
    Green = 5
    Blue
}
[Flags()] enum Access : byte { Read = 1; Write = 2 }
