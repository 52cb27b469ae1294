# PSReadLine's Emacs keys on Linux for selection (Shift and an arrow, Home or End; Alt+B and Alt+F, apart from Alt+b and Alt+f), AddLine (Shift+Enter), UnixWordRubout, Abort, YankLastArg, YankNthArg, WhatIsKey, ShowCommandHelp (F1), ShowParameterHelp (Alt+h), ViEditVisually (Ctrl+x,Ctrl+e) and Ctrl+x,Backspace are listed by Get-PSReadLineKeyHandler with their groups and descriptions, and are not among the unbound functions
#! process: own
Get-PSReadLineKeyHandler -Chord Shift+Enter, Alt+B, Alt+b, Alt+F, Shift+LeftArrow, Shift+RightArrow, Shift+Home, Shift+End, Ctrl+g, Ctrl+w, 'Alt+.', Alt+_, Ctrl+Alt+y, 'Alt+?', F1, Alt+h, 'Escape,Ctrl+y', 'Escape,.', 'Ctrl+x,Backspace', 'Ctrl+x,Ctrl+e' |
    ForEach-Object {
        "$($_.Group) | $($_.Key) | $($_.Function) | $($_.Description)"
    }
$unbound = (Get-PSReadLineKeyHandler -Unbound).Function
'UnixWordRubout', 'YankLastArg', 'YankNthArg', 'SelectLine', 'WhatIsKey', 'ShowCommandHelp', 'AddLine', 'SelectForwardWord', 'ViEditVisually', 'ShowParameterHelp', 'Abort' | Where-Object { $unbound -contains $_ }
'done'
