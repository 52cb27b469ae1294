data Colors {
    ('red', 'green')[0]
}
