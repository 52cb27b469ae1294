# XmlDocument.Save writes indented XML that Load reads back; Select-Xml -Path reads files; XmlNodeReader walks a document
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    $f = Join-Path $dir 'doc.xml'
    $x = [xml]'<?xml version="1.0" encoding="utf-8"?><config><setting name="a">1</setting><setting name="b" /><group><item>x</item><!-- c --></group></config>'
    $x.Save($f)
    Get-Content -LiteralPath $f
    $y = New-Object System.Xml.XmlDocument
    $y.Load($f)
    $y.config.setting[0].'#text'
    $y.config.group.item
    Select-Xml -Path $f -XPath '//setting' | ForEach-Object { "$($_.Node.name) $([System.IO.Path]::GetFileName($_.Path)) $($_.Pattern)" }
    Select-Xml -LiteralPath $f -XPath '//item' | ForEach-Object { $_.ToString().Replace($dir, 'DIR') }
    Set-Content -LiteralPath (Join-Path $dir 'bad.xml') -Value '<a>'
    Select-Xml -Path (Join-Path $dir '*.xml') -XPath '/config/group' 2>&1 | ForEach-Object {
        if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($dir, 'DIR') } else { $_.Node.item }
    }
    $r = New-Object -TypeName 'System.Xml.XmlNodeReader' -ArgumentList $x
    $seen = while ($r.Read()) { "$($r.NodeType):$($r.Name)" }
    $seen -join ' '
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
