# $PSStyle holds pwsh's escape sequences (attributes, colours, RGB, Formatting, Progress, FileInfo); OutputRendering Ansi decorates table headers and list labels even in Out-String, PlainText never.
function Show([string] $s) { $s.Replace("`e", '`e') }
$PSStyle.GetType().FullName
Show $PSStyle.Reset
Show ($PSStyle.Bold + $PSStyle.Italic + $PSStyle.Underline + $PSStyle.Strikethrough + $PSStyle.BoldOff)
Show ($PSStyle.Foreground.Red + $PSStyle.Foreground.BrightCyan + $PSStyle.Background.Blue + $PSStyle.Background.BrightWhite)
Show $PSStyle.Foreground.FromRgb(255, 0, 16)
Show $PSStyle.Background.FromRgb(0x102030)
Show ($PSStyle.Formatting.TableHeader + $PSStyle.Formatting.FormatAccent + $PSStyle.Formatting.Error + $PSStyle.Formatting.Warning)
Show $PSStyle.Formatting.CustomTableHeaderLabel
Show $PSStyle.Progress.Style
$PSStyle.Progress.MaxWidth
$PSStyle.Progress.View
Show $PSStyle.FileInfo.Directory
Show $PSStyle.FileInfo.Extension['.ps1']
$PSStyle.OutputRendering
try { $PSStyle.Formatting.Error = 'abc' } catch { 'refused: printable text' }
$PSStyle.OutputRendering = 'Ansi'
[pscustomobject]@{ A = 1; B = 'x' } | Out-String -Stream | ForEach-Object { Show $_ }
[pscustomobject]@{ A = 1 } | Format-List | Out-String -Stream | ForEach-Object { Show $_ }
$PSStyle.OutputRendering = 'PlainText'
[pscustomobject]@{ A = 1 } | Out-String -Stream
$PSStyle.OutputRendering = 'Host'
