using System.Text
[System.Text.StringBuilder]::new()
