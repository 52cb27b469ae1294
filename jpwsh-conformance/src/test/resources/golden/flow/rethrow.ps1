# throw with no argument inside catch rethrows the current error.
try {
    try { throw 'inner' } catch { 'handling'; throw }
} catch { "outer got $_" }
