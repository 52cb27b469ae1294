# A function defined inside a function is local to it unless defined with a scope modifier.
function Define-Functions {
    function Inner-Local { 'local' }
    function script:Inner-Script { 'script' }
    Inner-Local
}
Define-Functions
Inner-Script
try { Inner-Local } catch { 'Inner-Local is gone' }
