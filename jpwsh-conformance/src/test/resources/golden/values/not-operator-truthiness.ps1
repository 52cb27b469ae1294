# -not and ! negate the truth value of any object.
-not 0
-not ''
!'a'
-not @()
-not $null
!!1
