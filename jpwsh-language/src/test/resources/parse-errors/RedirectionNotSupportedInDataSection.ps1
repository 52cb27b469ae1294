data Logs {
    'entry' > log.txt
}
