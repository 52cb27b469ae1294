# Strict mode set inside a function applies to that function and ends when it returns.
function Test-Strict {
    Set-StrictMode -Version Latest
    try { $undefinedInside; 'allowed' } catch { 'rejected inside' }
}
Test-Strict
"[$undefinedOutside]"
