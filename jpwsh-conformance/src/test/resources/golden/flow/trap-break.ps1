# A trap with break handles the error and then lets it end the scope, so the caller can catch it.
function Test-Trap {
    trap { "trapped: $_"; break }
    'before'
    throw 'oops'
    'after'
}
try { Test-Trap } catch { "caller caught: $_" }
