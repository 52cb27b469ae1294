enum Color
    Red
    Green
