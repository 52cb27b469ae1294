# Get-PSReadLineKeyHandler -Chord gives each bound key's KeyHandler (Key as PSReadLine spells it, Function, PSReadLine's Description, Group), in PSReadLine's group order and by function within a group (in the chords' order for one function); KeyHandler's GetGroupingDescription gives the headings of its table
#! process: own
Get-PSReadLineKeyHandler -Chord Tab, ctrl+a, Enter, UpArrow, Ctrl+l, Home, 'Escape,b', 'Ctrl+x,Ctrl+u', Alt+3 |
    ForEach-Object {
        "$($_.Group) | $($_.Key) | $($_.Function) | $($_.Description)"
    }
[Microsoft.PowerShell.KeyHandler]::GetGroupingDescription('CursorMovement')
[Microsoft.PowerShell.KeyHandler]::GetGroupingDescription([Microsoft.PowerShell.KeyHandlerGroup]::Custom)
(Get-PSReadLineKeyHandler -Chord Enter).GetType().FullName
