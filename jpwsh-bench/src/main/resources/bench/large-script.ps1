#requires -Version 7.3
<#
.SYNOPSIS
    Inventory, configuration and build helpers for a small fleet of services.

.DESCRIPTION
    Scans a working tree, builds inventory reports, checks configuration files and retries
    flaky operations. Written for the jpwsh parser benchmark: it uses the language broadly
    (classes, enums, advanced functions, pipelines, here-strings, switch, try/catch, loops,
    string expansion) the way day-to-day administration scripts do.

.PARAMETER Root
    The folder to scan. Defaults to the folder of this script.

.PARAMETER DryRun
    Report what would change without changing anything.

.EXAMPLE
    ./large-script.ps1 -Root ~/src -DryRun -Verbose
#>
using namespace System.Collections.Generic
using namespace System.Text

[CmdletBinding(SupportsShouldProcess)]
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]
param(
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty()]
    [string] $Root = $PSScriptRoot,

    [switch] $DryRun,

    [ValidateSet('Text', 'Json', 'Csv')]
    [string] $OutputFormat = 'Text',

    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = [Environment]::ProcessorCount
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$script:StartedAt = [datetime]::UtcNow
$script:Warnings = [List[string]]::new()
$script:ExitCode = 0

#region Types (part 1)
enum LogLevel1 {
    Debug = 0
    Info
    Warning
    Error = 10
}

[Flags()]
enum Permission1 {
    None = 0
    Read = 1
    Write = 2
    Execute = 4
    All = 7
}

enum ServiceState1 : byte {
    Unknown
    Stopped
    Starting
    Running
}

class InventoryItem1 {
    [ValidateNotNullOrEmpty()]
    [string] $Name
    [string] $Category = 'general'
    [decimal] $Price
    [int] $Quantity
    [datetime] $Updated = [datetime]::UtcNow
    hidden [string] $Checksum
    static [int] $Created = 0

    InventoryItem1() {
        [InventoryItem1]::Created++
    }

    InventoryItem1([string] $name, [decimal] $price) {
        $this.Name = $name
        $this.Price = $price
        [InventoryItem1]::Created++
    }

    [decimal] Total() {
        return $this.Price * $this.Quantity
    }

    [string] Describe() {
        $label = if ($this.Quantity -eq 1) { 'unit' } else { 'units' }
        return "{0} ({1}): {2} {3} at {4:C2}" -f $this.Name, $this.Category, $this.Quantity, $label, $this.Price
    }

    [bool] IsLow([int] $threshold) {
        return $this.Quantity -lt $threshold
    }

    [string] ToString() {
        return "$($this.Name) x$($this.Quantity)"
    }
}

class Widget1 : InventoryItem1, System.IComparable {
    [string[]] $Tags = @()
    [Permission1] $Access = [Permission1]::Read -bor [Permission1]::Write

    Widget1([string] $name, [decimal] $price, [string[]] $tags) : base($name, $price) {
        $this.Category = 'widget'
        $this.Tags = $tags
    }

    [int] CompareTo([object] $other) {
        if ($null -eq $other) {
            return 1
        }
        $that = [Widget1] $other
        $byPrice = $this.Price.CompareTo($that.Price)
        if ($byPrice -ne 0) {
            return $byPrice
        }
        return [string]::Compare($this.Name, $that.Name, [StringComparison]::OrdinalIgnoreCase)
    }

    [bool] HasTag([string] $tag) {
        foreach ($candidate in $this.Tags) {
            if ($candidate -like $tag) {
                return $true
            }
        }
        return $false
    }

    [string] Describe() {
        $base = '{0} ({1:C2})' -f $this.ToString(), $this.Price
        $tagText = $this.Tags.Count -gt 0 ? ($this.Tags -join ', ') : 'no tags'
        return "$base [$tagText]"
    }
}

class RetryPolicy1 {
    [int] $MaxAttempts = 3
    [timespan] $Delay = [timespan]::FromMilliseconds(250)
    [double] $Backoff = 2.0
    static [hashtable] $Presets = @{
        Fast    = @(2, 50)
        Default = @(3, 250)
        Patient = @(8, 1000)
    }

    RetryPolicy1() {
    }

    RetryPolicy1([int] $maxAttempts, [int] $delayMs) {
        $this.MaxAttempts = $maxAttempts
        $this.Delay = [timespan]::FromMilliseconds($delayMs)
    }

    static [RetryPolicy1] FromPreset([string] $name) {
        $preset = [RetryPolicy1]::Presets[$name]
        if ($null -eq $preset) {
            throw [System.ArgumentException]::new("Unknown retry preset '$name'", 'name')
        }
        return [RetryPolicy1]::new($preset[0], $preset[1])
    }

    [timespan] DelayFor([int] $attempt) {
        $factor = [math]::Pow($this.Backoff, $attempt - 1)
        return [timespan]::FromMilliseconds($this.Delay.TotalMilliseconds * $factor)
    }
}

class NameList1 : List[string] {
    [string] Joined() {
        return ($this | Sort-Object) -join '; '
    }
}
#endregion

#region Logging (part 1)
$script:LogPath1 = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath "inventory-1.log"
$script:MinimumLevel1 = [LogLevel1]::Info

function Write-Log1 {
    <#
    .SYNOPSIS
        Writes a timestamped line to the log file and, for warnings and errors, to the host.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Message,

        [Parameter(Position = 1)]
        [LogLevel1] $Level = [LogLevel1]::Info,

        [string] $Path = $script:LogPath1
    )

    process {
        if ($Level -lt $script:MinimumLevel1) {
            return
        }
        $stamp = Get-Date -Format 'yyyy-MM-ddTHH:mm:ss.fff'
        $line = "$stamp [$($Level.ToString().ToUpperInvariant().PadRight(7))] $Message"
        Add-Content -Path $Path -Value $line -Encoding utf8
        switch ($Level) {
            ([LogLevel1]::Warning) { Write-Warning $Message; $script:Warnings.Add($Message) }
            ([LogLevel1]::Error) { Write-Error -Message $Message -ErrorAction Continue }
            default { Write-Verbose $line }
        }
    }
}
#endregion

#region Inventory (part 1)
function New-InventoryItem1 {
    [CmdletBinding(DefaultParameterSetName = 'Plain', SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
    [OutputType([InventoryItem1])]
    param(
        [Parameter(Mandatory = $true, Position = 0, HelpMessage = 'The item name')]
        [ValidateLength(1, 64)]
        [ValidatePattern('^[\w .-]+$')]
        [string] $Name,

        [Parameter(Mandatory, Position = 1)]
        [ValidateRange(0, 1000000)]
        [decimal] $Price,

        [ValidateScript({ $_ -ge 0 }, ErrorMessage = 'Quantity must not be negative: {0}')]
        [int] $Quantity = 1,

        [Parameter(ParameterSetName = 'Widget', Mandatory)]
        [ValidateCount(1, 8)]
        [string[]] $Tags,

        [Parameter(ParameterSetName = 'Widget')]
        [switch] $Restricted
    )

    if (-not $PSCmdlet.ShouldProcess($Name, 'Create inventory item')) {
        return
    }
    $item = switch ($PSCmdlet.ParameterSetName) {
        'Widget' {
            $widget = [Widget1]::new($Name, $Price, $Tags)
            if ($Restricted.IsPresent) {
                $widget.Access = [Permission1]::Read
            }
            $widget
        }
        default { [InventoryItem1]::new($Name, $Price) }
    }
    $item.Quantity = $Quantity
    $item
}

function Get-InventoryReport1 {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [InventoryItem1[]] $Item,

        [ValidateSet('Name', 'Total', 'Quantity', IgnoreCase = $true)]
        [string] $SortBy = 'Total',

        [int] $LowStockThreshold = 5,

        [switch] $Descending
    )

    begin {
        $rows = [List[pscustomobject]]::new()
        $byCategory = @{}
        $lowStock = 0
        Write-Log1 "Report started (sort by $SortBy)" -Level Debug
    }

    process {
        foreach ($entry in $Item) {
            $total = $entry.Total()
            $rows.Add([pscustomobject]@{
                Name     = $entry.Name
                Category = $entry.Category
                Quantity = $entry.Quantity
                Price    = $entry.Price
                Total    = $total
                Low      = $entry.IsLow($LowStockThreshold)
            })
            $byCategory[$entry.Category] = ($byCategory[$entry.Category] ?? 0) + $total
            if ($entry.IsLow($LowStockThreshold)) {
                $lowStock++
            }
        }
    }

    end {
        $sortParams = @{
            Property   = $SortBy
            Descending = $Descending.IsPresent
        }
        $sorted = $rows | Sort-Object @sortParams
        $summary = [ordered]@{
            Items      = $rows.Count
            LowStock   = $lowStock
            GrandTotal = ($rows | Measure-Object -Property Total -Sum).Sum
            Categories = $byCategory.GetEnumerator() |
                Sort-Object -Property Value -Descending |
                Select-Object -Property @{ Name = 'Category'; Expression = { $_.Key } },
                    @{ Name = 'Total'; Expression = { [math]::Round($_.Value, 2) } }
        }
        Write-Log1 ("Report finished: {0} items, {1} low" -f $summary.Items, $summary.LowStock)
        [pscustomobject]@{
            Rows    = $sorted
            Summary = [pscustomobject]$summary
        }
    }
}

filter Select-LowStock1 {
    param([int] $Threshold = 3)
    if ($_.Quantity -lt $Threshold) { $_ }
}

function Format-InventoryReport1 {
    param(
        [Parameter(Mandatory)]
        $Report,

        [ValidateSet('Text', 'Json', 'Csv')]
        [string] $Format = 'Text'
    )

    switch ($Format) {
        'Json' {
            return $Report | ConvertTo-Json -Depth 5 -Compress:$false
        }
        'Csv' {
            return ($Report.Rows | ConvertTo-Csv -NoTypeInformation -UseQuotes AsNeeded) -join [Environment]::NewLine
        }
    }

    $builder = [StringBuilder]::new()
    [void] $builder.AppendLine(('{0,-24} {1,-10} {2,8} {3,12}' -f 'Name', 'Category', 'Qty', 'Total'))
    [void] $builder.AppendLine('-' * 57)
    foreach ($row in $Report.Rows) {
        $marker = $row.Low ? '!' : ' '
        $null = $builder.AppendFormat('{0,-24} {1,-10} {2,8} {3,12:N2}{4}', $row.Name, $row.Category, $row.Quantity, $row.Total, $marker).AppendLine()
    }
    $footer = @"

Items:       $($Report.Summary.Items)
Low stock:   $($Report.Summary.LowStock)
Grand total: $('{0:N2}' -f $Report.Summary.GrandTotal)
Generated:   $(Get-Date -Format u) by $env:USER on $([Environment]::MachineName)
"@
    [void] $builder.Append($footer)
    $builder.ToString()
}

$catalog1 = @(
    New-InventoryItem1 -Name 'Bolt M6' -Price 0.12 -Quantity 1200
    New-InventoryItem1 -Name 'Nut M6' -Price 0.05 -Quantity 2
    New-InventoryItem1 'Bracket' 3.75 -Quantity 40
    New-InventoryItem1 -Name 'Gear 32T' -Price 12.5 -Tags 'drive', 'steel' -Quantity 4
    New-InventoryItem1 -Name 'Sensor v2' -Price 48 -Tags @('electronics', 'fragile') -Restricted
    New-InventoryItem1 -Name "Cable $(1.5)m" -Price 2.99 -Quantity 0
)
$report1 = $catalog1 | Get-InventoryReport1 -SortBy Total -Descending -LowStockThreshold 10
$lowItems1 = $catalog1 | Select-LowStock1 -Threshold 5 | ForEach-Object Name
Write-Log1 "Low stock: $($lowItems1 -join ', ')" Warning
Format-InventoryReport1 -Report $report1 -Format $OutputFormat | Out-File -FilePath "$env:TEMP/report-1.txt" -Encoding utf8
#endregion

#region Resilience (part 1)
function Invoke-WithRetry1 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock] $Action,

        [RetryPolicy1] $Policy = [RetryPolicy1]::FromPreset('Default'),

        [Type[]] $RetryOn = @([System.IO.IOException], [System.TimeoutException]),

        [Parameter(ValueFromRemainingArguments)]
        [object[]] $ArgumentList
    )

    $attempt = 0
    $lastError = $null
    while ($true) {
        $attempt++
        try {
            Write-Verbose "Attempt $attempt of $($Policy.MaxAttempts)"
            return & $Action @ArgumentList
        }
        catch [System.Management.Automation.PipelineStoppedException] {
            throw
        }
        catch {
            $lastError = $_
            $retryable = $false
            foreach ($type in $RetryOn) {
                if ($_.Exception -is $type -or $_.Exception.InnerException -is $type) {
                    $retryable = $true
                    break
                }
            }
            if (-not $retryable -or $attempt -ge $Policy.MaxAttempts) {
                Write-Log1 "Giving up after $attempt attempt(s): $($_.Exception.Message)" -Level Error
                throw
            }
            $wait = $Policy.DelayFor($attempt)
            Write-Log1 ("Attempt {0} failed ({1}); retrying in {2:N0} ms" -f $attempt, $_.Exception.GetType().Name, $wait.TotalMilliseconds) -Level Warning
            Start-Sleep -Milliseconds ([int] $wait.TotalMilliseconds)
        }
        finally {
            Write-Debug "Attempt $attempt done; last error: $(${lastError}?.Exception?.Message ?? 'none')"
        }
    }
}

function Read-ConfigFile1 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
        [string] $Path,

        [hashtable] $Defaults = @{ Mode = 'safe'; Retries = 3; Verbose = $false }
    )

    $config = $Defaults.Clone()
    $section = 'root'
    $lineNumber = 0
    switch -Regex -File $Path {
        '^\s*(#|;|$)' {
            $lineNumber++
            continue
        }
        '^\[(?<name>[^\]]+)\]\s*$' {
            $lineNumber++
            $section = $Matches.name.Trim().ToLowerInvariant()
            continue
        }
        '^(?<key>[A-Za-z_][\w.]*)\s*=\s*(?<value>.*)$' {
            $lineNumber++
            $key = $section -eq 'root' ? $Matches['key'] : "$section.$($Matches['key'])"
            $raw = $Matches['value'].Trim().Trim('"')
            $config[$key] = switch -Wildcard ($raw) {
                'true' { $true }
                'false' { $false }
                '0x*' { [Convert]::ToInt32($raw.Substring(2), 16) }
                default {
                    $number = 0
                    if ([int]::TryParse($raw, [ref] $number)) { $number } else { $raw }
                }
            }
            continue
        }
        default {
            $lineNumber++
            Write-Log1 "${Path}:${lineNumber}: cannot read '$_'" -Level Warning
        }
    }
    $config
}

function Test-Configuration1 {
    param([Parameter(Mandatory)][hashtable] $Config)

    $problems = [List[string]]::new()
    $rules = [ordered]@{
        'Mode'    = { param($v) $v -in 'safe', 'fast', 'debug' }
        'Retries' = { param($v) $v -is [int] -and $v -ge 0 -and $v -le 10 }
        'Verbose' = { param($v) $v -is [bool] }
    }
    foreach ($rule in $rules.GetEnumerator()) {
        if (-not $Config.ContainsKey($rule.Key)) {
            $problems.Add("missing key '$($rule.Key)'")
        }
        elseif (-not (& $rule.Value $Config[$rule.Key])) {
            $problems.Add("invalid value for '$($rule.Key)': $($Config[$rule.Key])")
        }
    }
    $unknown = $Config.Keys.Where({ $_ -notin $rules.Keys -and $_ -notmatch '\.' })
    if ($unknown.Count -gt 0) {
        $problems.Add("unknown keys: $($unknown -join ', ')")
    }
    , $problems.ToArray()
}

$sampleConfig1 = @'
# Sample settings; values in "quotes" keep their spaces.
Mode = fast
Retries = 4
Verbose = false
[network]
Timeout = 30
Proxy = "http://proxy.example.test:3128"
Flags = 0x1F
this line is not a setting
'@
$configPath1 = New-TemporaryFile
Set-Content -LiteralPath $configPath1 -Value $sampleConfig1 -NoNewline
try {
    $config1 = Invoke-WithRetry1 -Action { param($p) Read-ConfigFile1 -Path $p } -Policy ([RetryPolicy1]::new(2, 10)) $configPath1.FullName
    $problems1 = Test-Configuration1 -Config $config1
    if ($problems1.Length -eq 0) {
        Write-Log1 "Configuration OK: mode=$($config1.Mode), retries=$($config1['Retries'])"
    }
    else {
        $problems1 | ForEach-Object { Write-Log1 -Message "Config: $_" -Level Warning }
    }
}
catch [System.IO.FileNotFoundException], [System.IO.DirectoryNotFoundException] {
    Write-Log1 "Configuration missing: $($_.Exception.Message)" -Level Error
}
catch {
    Write-Log1 "Configuration failed at line $($_.InvocationInfo.ScriptLineNumber): $_" -Level Error
    $script:ExitCode = 1
}
finally {
    Remove-Item -LiteralPath $configPath1 -ErrorAction SilentlyContinue
}

$messages1 = data {
    ConvertFrom-StringData -StringData @'
Welcome = Inventory tool ready.
Scanning = Scanning {0} ...
Done = Done: {0} files, {1:N1} MB.
'@
}
#endregion

#region File scanning (part 1)
function Get-DirectorySummary1 {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [SupportsWildcards()]
        [string[]] $Path = @('.'),

        [string[]] $Include = @('*.ps1', '*.psm1', '*.json', '*.log'),

        [long] $LargeFile = 16MB,

        [switch] $Parallel
    )

    begin {
        $seen = [HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
        $results = [List[object]]::new()
    }

    process {
        foreach ($folder in $Path) {
            $resolved = Resolve-Path -Path $folder -ErrorAction SilentlyContinue
            if (-not $resolved) {
                Write-Log1 "Skipping missing folder '$folder'" Warning
                continue
            }
            if (-not $seen.Add($resolved.ProviderPath)) {
                continue
            }
            $files = Get-ChildItem -LiteralPath $resolved.ProviderPath -Include $Include -Recurse -File -Force -ErrorAction SilentlyContinue
            $results.Add([pscustomobject]@{
                Folder = $resolved.ProviderPath
                Files  = @($files)
            })
        }
    }

    end {
        $prefix = "scan-1"
        $summaries = if ($Parallel) {
            $results | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
                $entry = $_
                $bytes = ($entry.Files | Measure-Object -Property Length -Sum).Sum ?? 0
                [pscustomobject]@{
                    Id     = "$using:prefix-$([Threading.Thread]::CurrentThread.ManagedThreadId)"
                    Folder = $entry.Folder
                    Count  = $entry.Files.Count
                    Bytes  = [long] $bytes
                }
            }
        }
        else {
            foreach ($entry in $results) {
                $measure = $entry.Files | Measure-Object -Property Length -Sum -Average -Maximum
                [pscustomobject]@{
                    Id     = $prefix
                    Folder = $entry.Folder
                    Count  = $measure.Count
                    Bytes  = [long] ($measure.Sum ?? 0)
                }
            }
        }

        $byExtension = $results.Files |
            Group-Object -Property { $_.Extension.ToLowerInvariant() } -NoElement |
            Sort-Object -Property @{ Expression = 'Count'; Descending = $true }, @{ Expression = 'Name'; Ascending = $true } |
            Select-Object -First 10
        $large = $results.Files | Where-Object Length -GE $LargeFile | Sort-Object Length -Descending
        $recent = $results.Files | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-7) } | Select-Object -ExpandProperty FullName

        [pscustomobject]@{
            Folders     = $summaries
            Extensions  = $byExtension
            LargeFiles  = $large | Select-Object Name, @{ n = 'MB'; e = { '{0:N1}' -f ($_.Length / 1MB) } }
            RecentCount = @($recent).Count
        }
    }
}

function Measure-Lines1 {
    param([Parameter(Mandatory, ValueFromPipeline)][System.IO.FileInfo] $File)

    begin { $totals = @{ Code = 0; Comment = 0; Blank = 0 } }

    process {
        $inBlock = $false
        foreach ($line in [System.IO.File]::ReadLines($File.FullName)) {
            $trimmed = $line.Trim()
            if ($inBlock) {
                $totals.Comment++
                if ($trimmed.EndsWith('#>')) { $inBlock = $false }
            }
            elseif ($trimmed.Length -eq 0) { $totals.Blank++ }
            elseif ($trimmed.StartsWith('<#')) {
                $totals.Comment++
                $inBlock = -not $trimmed.EndsWith('#>')
            }
            elseif ($trimmed[0] -eq '#') { $totals['Comment'] += 1 }
            else { $totals.Code += 1 }
        }
    }

    end { [pscustomobject] $totals }
}

$scan1 = Get-DirectorySummary1 -Path $Root, (Join-Path $Root 'modules') -Parallel:($ThrottleLimit -gt 1)
$scan1.Folders | Format-Table -AutoSize | Out-String -Width 120 | Write-Verbose
Get-ChildItem -Path $Root -Filter *.ps1 -Recurse -File 2>$null |
    Measure-Lines1 |
    ForEach-Object { Write-Log1 ($messages1.Done -f ($_.Code + $_.Comment + $_.Blank), 0.0) }
#endregion

#region Source control and native tools (part 1)
function Get-GitStatus1 {
    param([string] $Repository = $Root)

    if (-not (Get-Command -Name git -CommandType Application -ErrorAction Ignore)) {
        return [pscustomobject]@{ Branch = $null; Changes = @(); Ahead = 0 }
    }
    $branch = git -C $Repository rev-parse --abbrev-ref HEAD 2>$null
    $lines = @(git -C $Repository status --porcelain=v1 --untracked-files=normal 2>&1 | Where-Object { $_ -is [string] })
    $ahead = 0
    $counts = & git -C "$Repository" rev-list --left-right --count "HEAD...@{upstream}" 2>$null
    if ($LASTEXITCODE -eq 0 -and $counts -match '^(\d+)\s+(\d+)$') {
        $ahead = [int] $Matches[1]
    }
    $changes = foreach ($line in $lines) {
        if ($line -notmatch '^(?<index>.)(?<tree>.) (?<path>.+)$') { continue }
        [pscustomobject]@{
            State = switch -Exact ($Matches.index + $Matches.tree) {
                '??' { 'untracked' }
                ' M' { 'modified' }
                'M ' { 'staged' }
                'A ' { 'added' }
                { $_ -like '*D*' } { 'deleted' }
                default { 'other' }
            }
            Path  = $Matches.path -replace '^"(.*)"$', '$1'
        }
    }
    [pscustomobject]@{ Branch = $branch; Changes = @($changes); Ahead = $ahead }
}

$git1 = Get-GitStatus1
if ($git1.Branch -and $git1.Changes.Count -gt 0) {
    $git1.Changes | Group-Object State | ForEach-Object {
        Write-Log1 ("{0,-10} {1,3} file(s) on {2}" -f $_.Name, $_.Count, $git1.Branch)
    }
}
$env:GIT_PAGER = 'cat'
git --no-pager log -n 3 --format='%h %s' *> $null
dotnet --version > "$env:TEMP/dotnet-version-1.txt" 2>&1
cmd /c --% echo %PATH% > nul
Test-Path -Path "$Root/.git" && Write-Log1 'Inside a git work tree' Debug || Write-Log1 'Not a git work tree' Debug
Write-Output -- -not-a-parameter
#endregion

#region Text helpers (part 1)
function ConvertTo-Slug1 {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Text,

        [ValidateRange(8, 200)]
        [int] $MaxLength = 64,

        [char] $Separator = '-'
    )

    process {
        if ([string]::IsNullOrWhiteSpace($Text)) {
            return ''
        }
        $normalized = $Text.Normalize([NormalizationForm]::FormD)
        $ascii = -join ($normalized.ToCharArray() | Where-Object {
                [Globalization.CharUnicodeInfo]::GetUnicodeCategory($_) -ne [Globalization.UnicodeCategory]::NonSpacingMark
            })
        $slug = $ascii.ToLowerInvariant() -replace '[^a-z0-9]+', $Separator -replace "^\$Separator+|\$Separator+`$", ''
        if ($slug.Length -gt $MaxLength) {
            $slug = $slug.Substring(0, $MaxLength).TrimEnd($Separator)
        }
        $slug
    }
}

function Expand-Template1 {
    param(
        [Parameter(Mandatory)][string] $Template,
        [Parameter(Mandatory)][hashtable] $Values
    )

    # {{name}} becomes the value; {{name|upper}} and {{name|default:x}} apply a filter.
    [regex]::Replace($Template, '\{\{\s*(?<name>\w+)(\|(?<filter>\w+)(:(?<arg>[^}]*))?)?\s*\}\}', {
            param([System.Text.RegularExpressions.Match] $match)
            $name = $match.Groups['name'].Value
            $value = $Values.ContainsKey($name) ? $Values[$name] : $null
            switch ($match.Groups['filter'].Value) {
                'upper' { return "$value".ToUpperInvariant() }
                'lower' { return "$value".ToLowerInvariant() }
                'default' { return $value ?? $match.Groups['arg'].Value }
                '' { return "$value" }
                default { throw "Unknown template filter '$_'" }
            }
        })
}

$titles1 = 'Quarterly Report: Q3/2024', '  Hello, World!  ', 'Cafe au lait & croissants', 'already-a-slug'
$slugs1 = $titles1 | ConvertTo-Slug1 -MaxLength 32
$template1 = @"
Dear {{name}},

Your order {{order|upper}} ships on {{date|default:the next business day}}.
Tracking: {{tracking|default:n/a}} -- reference `"$($slugs1[0])`"
Total due: {{total}}   (`$ amounts include tax)
"@
$letter1 = Expand-Template1 -Template $template1 -Values @{
    name  = 'Ada'
    order = "ord-$(Get-Random -Minimum 1000 -Maximum 9999)"
    total = '{0:C}' -f 149.5
}
$words1 = ($letter1 -split '\s+').Where({ $_ -match '^[A-Za-z]{4,}$' }) | ForEach-Object { $_.ToLower() }
$wordCounts1 = @{}
foreach ($w in $words1) { $wordCounts1[$w] = 1 + ($wordCounts1[$w] ?? 0) }
$top1 = $wordCounts1.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 3
"Top words: " + (($top1 | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ', ') | Write-Verbose
$doubled1 = 'a1b22c333' -replace '\d+', { [int] $_.Value * 2 }
$parts1 = 'key=value=more' -split '=', 2
$csvLine1 = '"quoted, field",plain,,last'
$fields1 = $csvLine1 -split ',(?=(?:[^"]*"[^"]*")*[^"]*$)'
$escaped1 = "Tab:`tNewline:`nBell:`a Unicode:`u{2713} Esc:`e[0m Dollar:`$ Backtick:``"
$literal1 = 'It''s $notExpanded and `n stays'
$mixed1 = "Item $($catalog1[0].Name) costs $($catalog1[0].Price) ($($catalog1.Count) items, first=$($catalog1[0]), env=$env:HOME, var=${script:ExitCode})"
#endregion

#region Numbers and collections (part 1)
function Measure-Statistics1 {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][double[]] $Value)

    begin { $all = [List[double]]::new() }
    process { $all.AddRange($Value) }
    end {
        if ($all.Count -eq 0) { return $null }
        $all.Sort()
        $n = $all.Count
        $mean = ($all | Measure-Object -Average).Average
        $sumSq = 0.0
        for ($i = 0; $i -lt $n; $i++) {
            $sumSq += [math]::Pow($all[$i] - $mean, 2)
        }
        $median = if ($n % 2) { $all[($n - 1) / 2] } else { ($all[$n / 2 - 1] + $all[$n / 2]) / 2 }
        [pscustomobject]@{
            Count  = $n
            Min    = $all[0]
            Max    = $all[-1]
            Mean   = [math]::Round($mean, 3)
            Median = $median
            StdDev = $n -gt 1 ? [math]::Sqrt($sumSq / ($n - 1)) : 0
            P90    = $all[[math]::Min($n - 1, [int][math]::Ceiling(0.9 * $n) - 1)]
        }
    }
}

$numbers1 = 1..20 | ForEach-Object { $_ * $_ % 17 }
$stats1 = $numbers1 | Measure-Statistics1
$sizes1 = 1KB, 2.5MB, 1GB, 0x1F, 0xFF, 1e3, 1.5e-2, 42L, 3.14159d, -7, .5, (1TB / 1PB)
$flags1 = (0x0F -band 0x3C) -bor (1 -shl 4) -bxor 0x01
$inverted1 = -bnot $flags1
$shifted1 = $flags1 -shr 1
$ratio1 = [math]::Round(22 / 7, 4)
$remainder1 = -17 % 5
$matrix1 = @(
    @(1, 2, 3),
    @(4, 5, 6),
    @(7, 8, 9)
)
$diagonal1 = for ($i = 0; $i -lt $matrix1.Count; $i++) { $matrix1[$i][$i] }
$slice1 = $numbers1[2..5] + $numbers1[-3..-1] + $numbers1[0, 4, 8]
$first1, $second1, $rest1 = $numbers1
$queue1 = [Queue[int]]::new([int[]] (1..5))
$total1 = 0
while ($queue1.Count -gt 0) {
    $next = $queue1.Dequeue()
    if ($next -eq 3) { continue }
    $total1 += $next
}
$countdown1 = 5
do {
    $countdown1--
} while ($countdown1 -gt 0)
do {
    $countdown1 += 2
} until ($countdown1 -ge 10)
$found1 = $null
:outer foreach ($row in $matrix1) {
    foreach ($cell in $row) {
        if ($cell % 2 -eq 0 -and $cell -gt 4) {
            $found1 = $cell
            break outer
        }
        if ($cell -lt 0) { continue outer }
    }
}
$lookup1 = [Dictionary[string, List[int]]]::new()
foreach ($n in $numbers1) {
    $key = $n % 2 -eq 0 ? 'even' : 'odd'
    if (-not $lookup1.ContainsKey($key)) { $lookup1[$key] = [List[int]]::new() }
    $lookup1[$key].Add($n)
}
$empty1 = [Array]::Empty[string]()
$unique1 = $numbers1 | Sort-Object -Unique
$contains1 = ($numbers1 -contains 16) -and (16 -in $numbers1) -and ($numbers1 -notcontains 99) -and (99 -notin $numbers1)
$typed1 = [int] '42' + [double] '0.5' + [int][char] 'A'
$asInt1 = '12abc' -as [int]
$isString1 = $asInt1 -is [string] -or $asInt1 -isnot [int]
#endregion

#region Script blocks, objects and services (part 1)
function Merge-Hashtable1 {
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)][hashtable] $Base,
        [Parameter(Mandatory)][hashtable] $Override,
        [switch] $Deep
    )

    $merged = @{} + $Base
    foreach ($key in $Override.Keys) {
        $incoming = $Override[$key]
        if ($Deep -and $merged[$key] -is [hashtable] -and $incoming -is [hashtable]) {
            $merged[$key] = Merge-Hashtable1 -Base $merged[$key] -Override $incoming -Deep
        }
        elseif ($incoming -is [array] -and $merged[$key] -is [array]) {
            $merged[$key] = @($merged[$key]) + @($incoming | Where-Object { $_ -notin $merged[$key] })
        }
        else {
            $merged[$key] = $incoming
        }
    }
    return $merged
}

function script:New-Counter1 {
    param([int] $Start = 0, [int] $Step = 1)
    $state = @{ Value = $Start }
    {
        $state.Value += $Step
        $state.Value
    }.GetNewClosure()
}

function global:Invoke-Service1 {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, Position = 0)]
        [ArgumentCompleter({
                param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
                'start', 'stop', 'restart', 'status' | Where-Object { $_ -like "$wordToComplete*" }
            })]
        [string] $Operation,

        [Parameter(ValueFromPipelineByPropertyName)]
        [Alias('ServiceName', 'Svc')]
        [string[]] $Name = @('web', 'worker'),

        [ValidateNotNull()]
        [System.Collections.IDictionary] $Headers = @{},

        [uri] $Endpoint = 'https://status.example.test/api/v1/',

        [int] $TimeoutSec = 15
    )

    dynamicparam {
        if ($Operation -ne 'restart') {
            return
        }
        $attribute = [System.Management.Automation.ParameterAttribute]@{
            Mandatory   = $false
            HelpMessage = 'Seconds to wait between stop and start'
        }
        $collection = [System.Collections.ObjectModel.Collection[Attribute]]::new()
        $collection.Add($attribute)
        $collection.Add([System.Management.Automation.ValidateRangeAttribute]::new(0, 300))
        $parameter = [System.Management.Automation.RuntimeDefinedParameter]::new('Pause', [int], $collection)
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary.Add('Pause', $parameter)
        $dictionary
    }

    begin {
        $pause = $PSBoundParameters.ContainsKey('Pause') ? $PSBoundParameters['Pause'] : 5
        $requestHeaders = Merge-Hashtable1 -Base @{ Accept = 'application/json'; 'User-Agent' = "inventory/1 ($($PSVersionTable.PSVersion))" } -Override $Headers
        $total = 0
        Write-Verbose "$($MyInvocation.MyCommand.Name) $Operation (pause $pause s)"
    }

    process {
        foreach ($service in $Name) {
            $total++
            Write-Progress -Activity "Service $Operation" -Status "$service ($total)" -PercentComplete ([math]::Min(100, $total * 25))
            if (-not $PSCmdlet.ShouldProcess($service, $Operation)) { continue }
            $uri = [uri]::new($Endpoint, "services/$([uri]::EscapeDataString($service))/$Operation")
            $response = try {
                Invoke-RestMethod -Uri $uri -Method Post -Headers $requestHeaders -TimeoutSec $TimeoutSec -ErrorAction Stop
            }
            catch [System.Net.Http.HttpRequestException] {
                Write-Log1 "HTTP error for ${service}: $($_.Exception.Message)" -Level Warning
                $null
            }
            [pscustomobject]@{
                Service = $service
                State   = [ServiceState1] (${response}?.state ?? 'Unknown')
                Elapsed = $response.elapsedMs -as [int]
            } | Add-Member -MemberType ScriptMethod -Name IsUp -Value { $this.State -eq [ServiceState1]::Running } -PassThru
        }
    }

    end {
        Write-Progress -Activity "Service $Operation" -Completed
    }
}

$counter1 = New-Counter1 -Start 10 -Step 5
$null = & $counter1
$afterTwo1 = $counter1.Invoke()[0]
$add1 = { param([int] $a, [int] $b = 1) $a + $b }
$sum1 = & $add1 2 3
$sum1 += $add1.Invoke(4)[0]
. { $dotSourced1 = 'visible in script scope' }
$compiled1 = [scriptblock]::Create('param($x) $x * 2')
$squares1 = (1..5).ForEach({ $_ * $_ })
$evens1 = (1..10).Where({ $_ % 2 -eq 0 }, 'First', 3)
$defaults1 = @{
    Logging = @{ Level = 'Info'; Targets = @('file') }
    Retry   = @{ Attempts = 3 }
    Tags    = @('base')
}
$overrides1 = @{ Logging = @{ Level = 'Debug'; Targets = @('file', 'console') }; Tags = @('extra') }
$settings1 = Merge-Hashtable1 -Base $defaults1 -Override $overrides1 -Deep
$json1 = $settings1 | ConvertTo-Json -Depth 4
$roundTrip1 = $json1 | ConvertFrom-Json -AsHashtable
$level1 = ${roundTrip1}?['Logging']?['Level'] ?? 'Info'
$person1 = [pscustomobject]@{ First = 'Grace'; Last = 'Hopper'; Born = [datetime] '1906-12-09' }
$person1 | Add-Member -NotePropertyName Age -NotePropertyValue ([datetime]::Today.Year - $person1.Born.Year)
$person1.PSObject.Properties | ForEach-Object { '{0} = {1}' -f $_.Name, $_.Value } | Write-Verbose
$propertyName1 = 'Last'
$lastName1 = $person1.$propertyName1
$fullName1 = "$($person1.First) $($person1.'Last')"
$type1 = [System.Text.StringBuilder]
$builder1 = $type1::new(256)
[void] $builder1.Append('a').Append(1).AppendLine()
$services1 = Invoke-Service1 status -Name web, worker, 'queue-1' -WhatIf:$DryRun -Headers @{ 'X-Request-Id' = [guid]::NewGuid().ToString('N') }
$job1 = Start-Job -Name "inventory-1" -ScriptBlock {
    param($folder, $limit)
    Get-ChildItem -Path $folder -File | Select-Object -First $limit -ExpandProperty Name
} -ArgumentList $Root, 5
$jobOutput1 = $job1 | Wait-Job -Timeout 30 | Receive-Job -ErrorAction SilentlyContinue
$job1 | Remove-Job -Force
$longCommand1 = Get-ChildItem -Path $Root `
    -Filter '*.json' `
    -Recurse `
    -Depth 2 `
    -ErrorAction SilentlyContinue
$names1 = $longCommand1
    | Where-Object Length -gt 0
    | Sort-Object Name
    | Select-Object -ExpandProperty Name
trap [System.DivideByZeroException] {
    Write-Log1 "Division by zero trapped: $($_.Exception.Message)" -Level Warning
    continue
}
$safeRatio1 = if ($names1.Count) { 100 / $names1.Count } else { 0 }
Write-Log1 ("Part 1: {0} names, ratio {1:N2}, level {2}, sum {3}" -f @($names1).Count, $safeRatio1, $level1, $sum1) -Level Info
#endregion

#region Types (part 2)
enum LogLevel2 {
    Debug = 0
    Info
    Warning
    Error = 10
}

[Flags()]
enum Permission2 {
    None = 0
    Read = 1
    Write = 2
    Execute = 4
    All = 7
}

enum ServiceState2 : byte {
    Unknown
    Stopped
    Starting
    Running
}

class InventoryItem2 {
    [ValidateNotNullOrEmpty()]
    [string] $Name
    [string] $Category = 'general'
    [decimal] $Price
    [int] $Quantity
    [datetime] $Updated = [datetime]::UtcNow
    hidden [string] $Checksum
    static [int] $Created = 0

    InventoryItem2() {
        [InventoryItem2]::Created++
    }

    InventoryItem2([string] $name, [decimal] $price) {
        $this.Name = $name
        $this.Price = $price
        [InventoryItem2]::Created++
    }

    [decimal] Total() {
        return $this.Price * $this.Quantity
    }

    [string] Describe() {
        $label = if ($this.Quantity -eq 1) { 'unit' } else { 'units' }
        return "{0} ({1}): {2} {3} at {4:C2}" -f $this.Name, $this.Category, $this.Quantity, $label, $this.Price
    }

    [bool] IsLow([int] $threshold) {
        return $this.Quantity -lt $threshold
    }

    [string] ToString() {
        return "$($this.Name) x$($this.Quantity)"
    }
}

class Widget2 : InventoryItem2, System.IComparable {
    [string[]] $Tags = @()
    [Permission2] $Access = [Permission2]::Read -bor [Permission2]::Write

    Widget2([string] $name, [decimal] $price, [string[]] $tags) : base($name, $price) {
        $this.Category = 'widget'
        $this.Tags = $tags
    }

    [int] CompareTo([object] $other) {
        if ($null -eq $other) {
            return 1
        }
        $that = [Widget2] $other
        $byPrice = $this.Price.CompareTo($that.Price)
        if ($byPrice -ne 0) {
            return $byPrice
        }
        return [string]::Compare($this.Name, $that.Name, [StringComparison]::OrdinalIgnoreCase)
    }

    [bool] HasTag([string] $tag) {
        foreach ($candidate in $this.Tags) {
            if ($candidate -like $tag) {
                return $true
            }
        }
        return $false
    }

    [string] Describe() {
        $base = '{0} ({1:C2})' -f $this.ToString(), $this.Price
        $tagText = $this.Tags.Count -gt 0 ? ($this.Tags -join ', ') : 'no tags'
        return "$base [$tagText]"
    }
}

class RetryPolicy2 {
    [int] $MaxAttempts = 3
    [timespan] $Delay = [timespan]::FromMilliseconds(250)
    [double] $Backoff = 2.0
    static [hashtable] $Presets = @{
        Fast    = @(2, 50)
        Default = @(3, 250)
        Patient = @(8, 1000)
    }

    RetryPolicy2() {
    }

    RetryPolicy2([int] $maxAttempts, [int] $delayMs) {
        $this.MaxAttempts = $maxAttempts
        $this.Delay = [timespan]::FromMilliseconds($delayMs)
    }

    static [RetryPolicy2] FromPreset([string] $name) {
        $preset = [RetryPolicy2]::Presets[$name]
        if ($null -eq $preset) {
            throw [System.ArgumentException]::new("Unknown retry preset '$name'", 'name')
        }
        return [RetryPolicy2]::new($preset[0], $preset[1])
    }

    [timespan] DelayFor([int] $attempt) {
        $factor = [math]::Pow($this.Backoff, $attempt - 1)
        return [timespan]::FromMilliseconds($this.Delay.TotalMilliseconds * $factor)
    }
}

class NameList2 : List[string] {
    [string] Joined() {
        return ($this | Sort-Object) -join '; '
    }
}
#endregion

#region Logging (part 2)
$script:LogPath2 = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath "inventory-2.log"
$script:MinimumLevel2 = [LogLevel2]::Info

function Write-Log2 {
    <#
    .SYNOPSIS
        Writes a timestamped line to the log file and, for warnings and errors, to the host.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Message,

        [Parameter(Position = 1)]
        [LogLevel2] $Level = [LogLevel2]::Info,

        [string] $Path = $script:LogPath2
    )

    process {
        if ($Level -lt $script:MinimumLevel2) {
            return
        }
        $stamp = Get-Date -Format 'yyyy-MM-ddTHH:mm:ss.fff'
        $line = "$stamp [$($Level.ToString().ToUpperInvariant().PadRight(7))] $Message"
        Add-Content -Path $Path -Value $line -Encoding utf8
        switch ($Level) {
            ([LogLevel2]::Warning) { Write-Warning $Message; $script:Warnings.Add($Message) }
            ([LogLevel2]::Error) { Write-Error -Message $Message -ErrorAction Continue }
            default { Write-Verbose $line }
        }
    }
}
#endregion

#region Inventory (part 2)
function New-InventoryItem2 {
    [CmdletBinding(DefaultParameterSetName = 'Plain', SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
    [OutputType([InventoryItem2])]
    param(
        [Parameter(Mandatory = $true, Position = 0, HelpMessage = 'The item name')]
        [ValidateLength(1, 64)]
        [ValidatePattern('^[\w .-]+$')]
        [string] $Name,

        [Parameter(Mandatory, Position = 1)]
        [ValidateRange(0, 1000000)]
        [decimal] $Price,

        [ValidateScript({ $_ -ge 0 }, ErrorMessage = 'Quantity must not be negative: {0}')]
        [int] $Quantity = 1,

        [Parameter(ParameterSetName = 'Widget', Mandatory)]
        [ValidateCount(1, 8)]
        [string[]] $Tags,

        [Parameter(ParameterSetName = 'Widget')]
        [switch] $Restricted
    )

    if (-not $PSCmdlet.ShouldProcess($Name, 'Create inventory item')) {
        return
    }
    $item = switch ($PSCmdlet.ParameterSetName) {
        'Widget' {
            $widget = [Widget2]::new($Name, $Price, $Tags)
            if ($Restricted.IsPresent) {
                $widget.Access = [Permission2]::Read
            }
            $widget
        }
        default { [InventoryItem2]::new($Name, $Price) }
    }
    $item.Quantity = $Quantity
    $item
}

function Get-InventoryReport2 {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [InventoryItem2[]] $Item,

        [ValidateSet('Name', 'Total', 'Quantity', IgnoreCase = $true)]
        [string] $SortBy = 'Total',

        [int] $LowStockThreshold = 5,

        [switch] $Descending
    )

    begin {
        $rows = [List[pscustomobject]]::new()
        $byCategory = @{}
        $lowStock = 0
        Write-Log2 "Report started (sort by $SortBy)" -Level Debug
    }

    process {
        foreach ($entry in $Item) {
            $total = $entry.Total()
            $rows.Add([pscustomobject]@{
                Name     = $entry.Name
                Category = $entry.Category
                Quantity = $entry.Quantity
                Price    = $entry.Price
                Total    = $total
                Low      = $entry.IsLow($LowStockThreshold)
            })
            $byCategory[$entry.Category] = ($byCategory[$entry.Category] ?? 0) + $total
            if ($entry.IsLow($LowStockThreshold)) {
                $lowStock++
            }
        }
    }

    end {
        $sortParams = @{
            Property   = $SortBy
            Descending = $Descending.IsPresent
        }
        $sorted = $rows | Sort-Object @sortParams
        $summary = [ordered]@{
            Items      = $rows.Count
            LowStock   = $lowStock
            GrandTotal = ($rows | Measure-Object -Property Total -Sum).Sum
            Categories = $byCategory.GetEnumerator() |
                Sort-Object -Property Value -Descending |
                Select-Object -Property @{ Name = 'Category'; Expression = { $_.Key } },
                    @{ Name = 'Total'; Expression = { [math]::Round($_.Value, 2) } }
        }
        Write-Log2 ("Report finished: {0} items, {1} low" -f $summary.Items, $summary.LowStock)
        [pscustomobject]@{
            Rows    = $sorted
            Summary = [pscustomobject]$summary
        }
    }
}

filter Select-LowStock2 {
    param([int] $Threshold = 3)
    if ($_.Quantity -lt $Threshold) { $_ }
}

function Format-InventoryReport2 {
    param(
        [Parameter(Mandatory)]
        $Report,

        [ValidateSet('Text', 'Json', 'Csv')]
        [string] $Format = 'Text'
    )

    switch ($Format) {
        'Json' {
            return $Report | ConvertTo-Json -Depth 5 -Compress:$false
        }
        'Csv' {
            return ($Report.Rows | ConvertTo-Csv -NoTypeInformation -UseQuotes AsNeeded) -join [Environment]::NewLine
        }
    }

    $builder = [StringBuilder]::new()
    [void] $builder.AppendLine(('{0,-24} {1,-10} {2,8} {3,12}' -f 'Name', 'Category', 'Qty', 'Total'))
    [void] $builder.AppendLine('-' * 57)
    foreach ($row in $Report.Rows) {
        $marker = $row.Low ? '!' : ' '
        $null = $builder.AppendFormat('{0,-24} {1,-10} {2,8} {3,12:N2}{4}', $row.Name, $row.Category, $row.Quantity, $row.Total, $marker).AppendLine()
    }
    $footer = @"

Items:       $($Report.Summary.Items)
Low stock:   $($Report.Summary.LowStock)
Grand total: $('{0:N2}' -f $Report.Summary.GrandTotal)
Generated:   $(Get-Date -Format u) by $env:USER on $([Environment]::MachineName)
"@
    [void] $builder.Append($footer)
    $builder.ToString()
}

$catalog2 = @(
    New-InventoryItem2 -Name 'Bolt M6' -Price 0.12 -Quantity 1200
    New-InventoryItem2 -Name 'Nut M6' -Price 0.05 -Quantity 2
    New-InventoryItem2 'Bracket' 3.75 -Quantity 40
    New-InventoryItem2 -Name 'Gear 32T' -Price 12.5 -Tags 'drive', 'steel' -Quantity 4
    New-InventoryItem2 -Name 'Sensor v2' -Price 48 -Tags @('electronics', 'fragile') -Restricted
    New-InventoryItem2 -Name "Cable $(1.5)m" -Price 2.99 -Quantity 0
)
$report2 = $catalog2 | Get-InventoryReport2 -SortBy Total -Descending -LowStockThreshold 10
$lowItems2 = $catalog2 | Select-LowStock2 -Threshold 5 | ForEach-Object Name
Write-Log2 "Low stock: $($lowItems2 -join ', ')" Warning
Format-InventoryReport2 -Report $report2 -Format $OutputFormat | Out-File -FilePath "$env:TEMP/report-2.txt" -Encoding utf8
#endregion

#region Resilience (part 2)
function Invoke-WithRetry2 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock] $Action,

        [RetryPolicy2] $Policy = [RetryPolicy2]::FromPreset('Default'),

        [Type[]] $RetryOn = @([System.IO.IOException], [System.TimeoutException]),

        [Parameter(ValueFromRemainingArguments)]
        [object[]] $ArgumentList
    )

    $attempt = 0
    $lastError = $null
    while ($true) {
        $attempt++
        try {
            Write-Verbose "Attempt $attempt of $($Policy.MaxAttempts)"
            return & $Action @ArgumentList
        }
        catch [System.Management.Automation.PipelineStoppedException] {
            throw
        }
        catch {
            $lastError = $_
            $retryable = $false
            foreach ($type in $RetryOn) {
                if ($_.Exception -is $type -or $_.Exception.InnerException -is $type) {
                    $retryable = $true
                    break
                }
            }
            if (-not $retryable -or $attempt -ge $Policy.MaxAttempts) {
                Write-Log2 "Giving up after $attempt attempt(s): $($_.Exception.Message)" -Level Error
                throw
            }
            $wait = $Policy.DelayFor($attempt)
            Write-Log2 ("Attempt {0} failed ({1}); retrying in {2:N0} ms" -f $attempt, $_.Exception.GetType().Name, $wait.TotalMilliseconds) -Level Warning
            Start-Sleep -Milliseconds ([int] $wait.TotalMilliseconds)
        }
        finally {
            Write-Debug "Attempt $attempt done; last error: $(${lastError}?.Exception?.Message ?? 'none')"
        }
    }
}

function Read-ConfigFile2 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
        [string] $Path,

        [hashtable] $Defaults = @{ Mode = 'safe'; Retries = 3; Verbose = $false }
    )

    $config = $Defaults.Clone()
    $section = 'root'
    $lineNumber = 0
    switch -Regex -File $Path {
        '^\s*(#|;|$)' {
            $lineNumber++
            continue
        }
        '^\[(?<name>[^\]]+)\]\s*$' {
            $lineNumber++
            $section = $Matches.name.Trim().ToLowerInvariant()
            continue
        }
        '^(?<key>[A-Za-z_][\w.]*)\s*=\s*(?<value>.*)$' {
            $lineNumber++
            $key = $section -eq 'root' ? $Matches['key'] : "$section.$($Matches['key'])"
            $raw = $Matches['value'].Trim().Trim('"')
            $config[$key] = switch -Wildcard ($raw) {
                'true' { $true }
                'false' { $false }
                '0x*' { [Convert]::ToInt32($raw.Substring(2), 16) }
                default {
                    $number = 0
                    if ([int]::TryParse($raw, [ref] $number)) { $number } else { $raw }
                }
            }
            continue
        }
        default {
            $lineNumber++
            Write-Log2 "${Path}:${lineNumber}: cannot read '$_'" -Level Warning
        }
    }
    $config
}

function Test-Configuration2 {
    param([Parameter(Mandatory)][hashtable] $Config)

    $problems = [List[string]]::new()
    $rules = [ordered]@{
        'Mode'    = { param($v) $v -in 'safe', 'fast', 'debug' }
        'Retries' = { param($v) $v -is [int] -and $v -ge 0 -and $v -le 10 }
        'Verbose' = { param($v) $v -is [bool] }
    }
    foreach ($rule in $rules.GetEnumerator()) {
        if (-not $Config.ContainsKey($rule.Key)) {
            $problems.Add("missing key '$($rule.Key)'")
        }
        elseif (-not (& $rule.Value $Config[$rule.Key])) {
            $problems.Add("invalid value for '$($rule.Key)': $($Config[$rule.Key])")
        }
    }
    $unknown = $Config.Keys.Where({ $_ -notin $rules.Keys -and $_ -notmatch '\.' })
    if ($unknown.Count -gt 0) {
        $problems.Add("unknown keys: $($unknown -join ', ')")
    }
    , $problems.ToArray()
}

$sampleConfig2 = @'
# Sample settings; values in "quotes" keep their spaces.
Mode = fast
Retries = 4
Verbose = false
[network]
Timeout = 30
Proxy = "http://proxy.example.test:3128"
Flags = 0x1F
this line is not a setting
'@
$configPath2 = New-TemporaryFile
Set-Content -LiteralPath $configPath2 -Value $sampleConfig2 -NoNewline
try {
    $config2 = Invoke-WithRetry2 -Action { param($p) Read-ConfigFile2 -Path $p } -Policy ([RetryPolicy2]::new(2, 10)) $configPath2.FullName
    $problems2 = Test-Configuration2 -Config $config2
    if ($problems2.Length -eq 0) {
        Write-Log2 "Configuration OK: mode=$($config2.Mode), retries=$($config2['Retries'])"
    }
    else {
        $problems2 | ForEach-Object { Write-Log2 -Message "Config: $_" -Level Warning }
    }
}
catch [System.IO.FileNotFoundException], [System.IO.DirectoryNotFoundException] {
    Write-Log2 "Configuration missing: $($_.Exception.Message)" -Level Error
}
catch {
    Write-Log2 "Configuration failed at line $($_.InvocationInfo.ScriptLineNumber): $_" -Level Error
    $script:ExitCode = 1
}
finally {
    Remove-Item -LiteralPath $configPath2 -ErrorAction SilentlyContinue
}

$messages2 = data {
    ConvertFrom-StringData -StringData @'
Welcome = Inventory tool ready.
Scanning = Scanning {0} ...
Done = Done: {0} files, {1:N1} MB.
'@
}
#endregion

#region File scanning (part 2)
function Get-DirectorySummary2 {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [SupportsWildcards()]
        [string[]] $Path = @('.'),

        [string[]] $Include = @('*.ps1', '*.psm1', '*.json', '*.log'),

        [long] $LargeFile = 16MB,

        [switch] $Parallel
    )

    begin {
        $seen = [HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
        $results = [List[object]]::new()
    }

    process {
        foreach ($folder in $Path) {
            $resolved = Resolve-Path -Path $folder -ErrorAction SilentlyContinue
            if (-not $resolved) {
                Write-Log2 "Skipping missing folder '$folder'" Warning
                continue
            }
            if (-not $seen.Add($resolved.ProviderPath)) {
                continue
            }
            $files = Get-ChildItem -LiteralPath $resolved.ProviderPath -Include $Include -Recurse -File -Force -ErrorAction SilentlyContinue
            $results.Add([pscustomobject]@{
                Folder = $resolved.ProviderPath
                Files  = @($files)
            })
        }
    }

    end {
        $prefix = "scan-2"
        $summaries = if ($Parallel) {
            $results | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
                $entry = $_
                $bytes = ($entry.Files | Measure-Object -Property Length -Sum).Sum ?? 0
                [pscustomobject]@{
                    Id     = "$using:prefix-$([Threading.Thread]::CurrentThread.ManagedThreadId)"
                    Folder = $entry.Folder
                    Count  = $entry.Files.Count
                    Bytes  = [long] $bytes
                }
            }
        }
        else {
            foreach ($entry in $results) {
                $measure = $entry.Files | Measure-Object -Property Length -Sum -Average -Maximum
                [pscustomobject]@{
                    Id     = $prefix
                    Folder = $entry.Folder
                    Count  = $measure.Count
                    Bytes  = [long] ($measure.Sum ?? 0)
                }
            }
        }

        $byExtension = $results.Files |
            Group-Object -Property { $_.Extension.ToLowerInvariant() } -NoElement |
            Sort-Object -Property @{ Expression = 'Count'; Descending = $true }, @{ Expression = 'Name'; Ascending = $true } |
            Select-Object -First 10
        $large = $results.Files | Where-Object Length -GE $LargeFile | Sort-Object Length -Descending
        $recent = $results.Files | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-7) } | Select-Object -ExpandProperty FullName

        [pscustomobject]@{
            Folders     = $summaries
            Extensions  = $byExtension
            LargeFiles  = $large | Select-Object Name, @{ n = 'MB'; e = { '{0:N1}' -f ($_.Length / 1MB) } }
            RecentCount = @($recent).Count
        }
    }
}

function Measure-Lines2 {
    param([Parameter(Mandatory, ValueFromPipeline)][System.IO.FileInfo] $File)

    begin { $totals = @{ Code = 0; Comment = 0; Blank = 0 } }

    process {
        $inBlock = $false
        foreach ($line in [System.IO.File]::ReadLines($File.FullName)) {
            $trimmed = $line.Trim()
            if ($inBlock) {
                $totals.Comment++
                if ($trimmed.EndsWith('#>')) { $inBlock = $false }
            }
            elseif ($trimmed.Length -eq 0) { $totals.Blank++ }
            elseif ($trimmed.StartsWith('<#')) {
                $totals.Comment++
                $inBlock = -not $trimmed.EndsWith('#>')
            }
            elseif ($trimmed[0] -eq '#') { $totals['Comment'] += 1 }
            else { $totals.Code += 1 }
        }
    }

    end { [pscustomobject] $totals }
}

$scan2 = Get-DirectorySummary2 -Path $Root, (Join-Path $Root 'modules') -Parallel:($ThrottleLimit -gt 1)
$scan2.Folders | Format-Table -AutoSize | Out-String -Width 120 | Write-Verbose
Get-ChildItem -Path $Root -Filter *.ps1 -Recurse -File 2>$null |
    Measure-Lines2 |
    ForEach-Object { Write-Log2 ($messages2.Done -f ($_.Code + $_.Comment + $_.Blank), 0.0) }
#endregion

#region Source control and native tools (part 2)
function Get-GitStatus2 {
    param([string] $Repository = $Root)

    if (-not (Get-Command -Name git -CommandType Application -ErrorAction Ignore)) {
        return [pscustomobject]@{ Branch = $null; Changes = @(); Ahead = 0 }
    }
    $branch = git -C $Repository rev-parse --abbrev-ref HEAD 2>$null
    $lines = @(git -C $Repository status --porcelain=v1 --untracked-files=normal 2>&1 | Where-Object { $_ -is [string] })
    $ahead = 0
    $counts = & git -C "$Repository" rev-list --left-right --count "HEAD...@{upstream}" 2>$null
    if ($LASTEXITCODE -eq 0 -and $counts -match '^(\d+)\s+(\d+)$') {
        $ahead = [int] $Matches[1]
    }
    $changes = foreach ($line in $lines) {
        if ($line -notmatch '^(?<index>.)(?<tree>.) (?<path>.+)$') { continue }
        [pscustomobject]@{
            State = switch -Exact ($Matches.index + $Matches.tree) {
                '??' { 'untracked' }
                ' M' { 'modified' }
                'M ' { 'staged' }
                'A ' { 'added' }
                { $_ -like '*D*' } { 'deleted' }
                default { 'other' }
            }
            Path  = $Matches.path -replace '^"(.*)"$', '$1'
        }
    }
    [pscustomobject]@{ Branch = $branch; Changes = @($changes); Ahead = $ahead }
}

$git2 = Get-GitStatus2
if ($git2.Branch -and $git2.Changes.Count -gt 0) {
    $git2.Changes | Group-Object State | ForEach-Object {
        Write-Log2 ("{0,-10} {1,3} file(s) on {2}" -f $_.Name, $_.Count, $git2.Branch)
    }
}
$env:GIT_PAGER = 'cat'
git --no-pager log -n 3 --format='%h %s' *> $null
dotnet --version > "$env:TEMP/dotnet-version-2.txt" 2>&1
cmd /c --% echo %PATH% > nul
Test-Path -Path "$Root/.git" && Write-Log2 'Inside a git work tree' Debug || Write-Log2 'Not a git work tree' Debug
Write-Output -- -not-a-parameter
#endregion

#region Text helpers (part 2)
function ConvertTo-Slug2 {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Text,

        [ValidateRange(8, 200)]
        [int] $MaxLength = 64,

        [char] $Separator = '-'
    )

    process {
        if ([string]::IsNullOrWhiteSpace($Text)) {
            return ''
        }
        $normalized = $Text.Normalize([NormalizationForm]::FormD)
        $ascii = -join ($normalized.ToCharArray() | Where-Object {
                [Globalization.CharUnicodeInfo]::GetUnicodeCategory($_) -ne [Globalization.UnicodeCategory]::NonSpacingMark
            })
        $slug = $ascii.ToLowerInvariant() -replace '[^a-z0-9]+', $Separator -replace "^\$Separator+|\$Separator+`$", ''
        if ($slug.Length -gt $MaxLength) {
            $slug = $slug.Substring(0, $MaxLength).TrimEnd($Separator)
        }
        $slug
    }
}

function Expand-Template2 {
    param(
        [Parameter(Mandatory)][string] $Template,
        [Parameter(Mandatory)][hashtable] $Values
    )

    # {{name}} becomes the value; {{name|upper}} and {{name|default:x}} apply a filter.
    [regex]::Replace($Template, '\{\{\s*(?<name>\w+)(\|(?<filter>\w+)(:(?<arg>[^}]*))?)?\s*\}\}', {
            param([System.Text.RegularExpressions.Match] $match)
            $name = $match.Groups['name'].Value
            $value = $Values.ContainsKey($name) ? $Values[$name] : $null
            switch ($match.Groups['filter'].Value) {
                'upper' { return "$value".ToUpperInvariant() }
                'lower' { return "$value".ToLowerInvariant() }
                'default' { return $value ?? $match.Groups['arg'].Value }
                '' { return "$value" }
                default { throw "Unknown template filter '$_'" }
            }
        })
}

$titles2 = 'Quarterly Report: Q3/2024', '  Hello, World!  ', 'Cafe au lait & croissants', 'already-a-slug'
$slugs2 = $titles2 | ConvertTo-Slug2 -MaxLength 32
$template2 = @"
Dear {{name}},

Your order {{order|upper}} ships on {{date|default:the next business day}}.
Tracking: {{tracking|default:n/a}} -- reference `"$($slugs2[0])`"
Total due: {{total}}   (`$ amounts include tax)
"@
$letter2 = Expand-Template2 -Template $template2 -Values @{
    name  = 'Ada'
    order = "ord-$(Get-Random -Minimum 1000 -Maximum 9999)"
    total = '{0:C}' -f 149.5
}
$words2 = ($letter2 -split '\s+').Where({ $_ -match '^[A-Za-z]{4,}$' }) | ForEach-Object { $_.ToLower() }
$wordCounts2 = @{}
foreach ($w in $words2) { $wordCounts2[$w] = 1 + ($wordCounts2[$w] ?? 0) }
$top2 = $wordCounts2.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 3
"Top words: " + (($top2 | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ', ') | Write-Verbose
$doubled2 = 'a1b22c333' -replace '\d+', { [int] $_.Value * 2 }
$parts2 = 'key=value=more' -split '=', 2
$csvLine2 = '"quoted, field",plain,,last'
$fields2 = $csvLine2 -split ',(?=(?:[^"]*"[^"]*")*[^"]*$)'
$escaped2 = "Tab:`tNewline:`nBell:`a Unicode:`u{2713} Esc:`e[0m Dollar:`$ Backtick:``"
$literal2 = 'It''s $notExpanded and `n stays'
$mixed2 = "Item $($catalog2[0].Name) costs $($catalog2[0].Price) ($($catalog2.Count) items, first=$($catalog2[0]), env=$env:HOME, var=${script:ExitCode})"
#endregion

#region Numbers and collections (part 2)
function Measure-Statistics2 {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][double[]] $Value)

    begin { $all = [List[double]]::new() }
    process { $all.AddRange($Value) }
    end {
        if ($all.Count -eq 0) { return $null }
        $all.Sort()
        $n = $all.Count
        $mean = ($all | Measure-Object -Average).Average
        $sumSq = 0.0
        for ($i = 0; $i -lt $n; $i++) {
            $sumSq += [math]::Pow($all[$i] - $mean, 2)
        }
        $median = if ($n % 2) { $all[($n - 1) / 2] } else { ($all[$n / 2 - 1] + $all[$n / 2]) / 2 }
        [pscustomobject]@{
            Count  = $n
            Min    = $all[0]
            Max    = $all[-1]
            Mean   = [math]::Round($mean, 3)
            Median = $median
            StdDev = $n -gt 1 ? [math]::Sqrt($sumSq / ($n - 1)) : 0
            P90    = $all[[math]::Min($n - 1, [int][math]::Ceiling(0.9 * $n) - 1)]
        }
    }
}

$numbers2 = 1..20 | ForEach-Object { $_ * $_ % 17 }
$stats2 = $numbers2 | Measure-Statistics2
$sizes2 = 1KB, 2.5MB, 1GB, 0x1F, 0xFF, 1e3, 1.5e-2, 42L, 3.14159d, -7, .5, (1TB / 1PB)
$flags2 = (0x0F -band 0x3C) -bor (1 -shl 4) -bxor 0x01
$inverted2 = -bnot $flags2
$shifted2 = $flags2 -shr 1
$ratio2 = [math]::Round(22 / 7, 4)
$remainder2 = -17 % 5
$matrix2 = @(
    @(1, 2, 3),
    @(4, 5, 6),
    @(7, 8, 9)
)
$diagonal2 = for ($i = 0; $i -lt $matrix2.Count; $i++) { $matrix2[$i][$i] }
$slice2 = $numbers2[2..5] + $numbers2[-3..-1] + $numbers2[0, 4, 8]
$first2, $second2, $rest2 = $numbers2
$queue2 = [Queue[int]]::new([int[]] (1..5))
$total2 = 0
while ($queue2.Count -gt 0) {
    $next = $queue2.Dequeue()
    if ($next -eq 3) { continue }
    $total2 += $next
}
$countdown2 = 5
do {
    $countdown2--
} while ($countdown2 -gt 0)
do {
    $countdown2 += 2
} until ($countdown2 -ge 10)
$found2 = $null
:outer foreach ($row in $matrix2) {
    foreach ($cell in $row) {
        if ($cell % 2 -eq 0 -and $cell -gt 4) {
            $found2 = $cell
            break outer
        }
        if ($cell -lt 0) { continue outer }
    }
}
$lookup2 = [Dictionary[string, List[int]]]::new()
foreach ($n in $numbers2) {
    $key = $n % 2 -eq 0 ? 'even' : 'odd'
    if (-not $lookup2.ContainsKey($key)) { $lookup2[$key] = [List[int]]::new() }
    $lookup2[$key].Add($n)
}
$empty2 = [Array]::Empty[string]()
$unique2 = $numbers2 | Sort-Object -Unique
$contains2 = ($numbers2 -contains 16) -and (16 -in $numbers2) -and ($numbers2 -notcontains 99) -and (99 -notin $numbers2)
$typed2 = [int] '42' + [double] '0.5' + [int][char] 'A'
$asInt2 = '12abc' -as [int]
$isString2 = $asInt2 -is [string] -or $asInt2 -isnot [int]
#endregion

#region Script blocks, objects and services (part 2)
function Merge-Hashtable2 {
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)][hashtable] $Base,
        [Parameter(Mandatory)][hashtable] $Override,
        [switch] $Deep
    )

    $merged = @{} + $Base
    foreach ($key in $Override.Keys) {
        $incoming = $Override[$key]
        if ($Deep -and $merged[$key] -is [hashtable] -and $incoming -is [hashtable]) {
            $merged[$key] = Merge-Hashtable2 -Base $merged[$key] -Override $incoming -Deep
        }
        elseif ($incoming -is [array] -and $merged[$key] -is [array]) {
            $merged[$key] = @($merged[$key]) + @($incoming | Where-Object { $_ -notin $merged[$key] })
        }
        else {
            $merged[$key] = $incoming
        }
    }
    return $merged
}

function script:New-Counter2 {
    param([int] $Start = 0, [int] $Step = 1)
    $state = @{ Value = $Start }
    {
        $state.Value += $Step
        $state.Value
    }.GetNewClosure()
}

function global:Invoke-Service2 {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, Position = 0)]
        [ArgumentCompleter({
                param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
                'start', 'stop', 'restart', 'status' | Where-Object { $_ -like "$wordToComplete*" }
            })]
        [string] $Operation,

        [Parameter(ValueFromPipelineByPropertyName)]
        [Alias('ServiceName', 'Svc')]
        [string[]] $Name = @('web', 'worker'),

        [ValidateNotNull()]
        [System.Collections.IDictionary] $Headers = @{},

        [uri] $Endpoint = 'https://status.example.test/api/v1/',

        [int] $TimeoutSec = 15
    )

    dynamicparam {
        if ($Operation -ne 'restart') {
            return
        }
        $attribute = [System.Management.Automation.ParameterAttribute]@{
            Mandatory   = $false
            HelpMessage = 'Seconds to wait between stop and start'
        }
        $collection = [System.Collections.ObjectModel.Collection[Attribute]]::new()
        $collection.Add($attribute)
        $collection.Add([System.Management.Automation.ValidateRangeAttribute]::new(0, 300))
        $parameter = [System.Management.Automation.RuntimeDefinedParameter]::new('Pause', [int], $collection)
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary.Add('Pause', $parameter)
        $dictionary
    }

    begin {
        $pause = $PSBoundParameters.ContainsKey('Pause') ? $PSBoundParameters['Pause'] : 5
        $requestHeaders = Merge-Hashtable2 -Base @{ Accept = 'application/json'; 'User-Agent' = "inventory/2 ($($PSVersionTable.PSVersion))" } -Override $Headers
        $total = 0
        Write-Verbose "$($MyInvocation.MyCommand.Name) $Operation (pause $pause s)"
    }

    process {
        foreach ($service in $Name) {
            $total++
            Write-Progress -Activity "Service $Operation" -Status "$service ($total)" -PercentComplete ([math]::Min(100, $total * 25))
            if (-not $PSCmdlet.ShouldProcess($service, $Operation)) { continue }
            $uri = [uri]::new($Endpoint, "services/$([uri]::EscapeDataString($service))/$Operation")
            $response = try {
                Invoke-RestMethod -Uri $uri -Method Post -Headers $requestHeaders -TimeoutSec $TimeoutSec -ErrorAction Stop
            }
            catch [System.Net.Http.HttpRequestException] {
                Write-Log2 "HTTP error for ${service}: $($_.Exception.Message)" -Level Warning
                $null
            }
            [pscustomobject]@{
                Service = $service
                State   = [ServiceState2] (${response}?.state ?? 'Unknown')
                Elapsed = $response.elapsedMs -as [int]
            } | Add-Member -MemberType ScriptMethod -Name IsUp -Value { $this.State -eq [ServiceState2]::Running } -PassThru
        }
    }

    end {
        Write-Progress -Activity "Service $Operation" -Completed
    }
}

$counter2 = New-Counter2 -Start 10 -Step 5
$null = & $counter2
$afterTwo2 = $counter2.Invoke()[0]
$add2 = { param([int] $a, [int] $b = 1) $a + $b }
$sum2 = & $add2 2 3
$sum2 += $add2.Invoke(4)[0]
. { $dotSourced2 = 'visible in script scope' }
$compiled2 = [scriptblock]::Create('param($x) $x * 2')
$squares2 = (1..5).ForEach({ $_ * $_ })
$evens2 = (1..10).Where({ $_ % 2 -eq 0 }, 'First', 3)
$defaults2 = @{
    Logging = @{ Level = 'Info'; Targets = @('file') }
    Retry   = @{ Attempts = 3 }
    Tags    = @('base')
}
$overrides2 = @{ Logging = @{ Level = 'Debug'; Targets = @('file', 'console') }; Tags = @('extra') }
$settings2 = Merge-Hashtable2 -Base $defaults2 -Override $overrides2 -Deep
$json2 = $settings2 | ConvertTo-Json -Depth 4
$roundTrip2 = $json2 | ConvertFrom-Json -AsHashtable
$level2 = ${roundTrip2}?['Logging']?['Level'] ?? 'Info'
$person2 = [pscustomobject]@{ First = 'Grace'; Last = 'Hopper'; Born = [datetime] '1906-12-09' }
$person2 | Add-Member -NotePropertyName Age -NotePropertyValue ([datetime]::Today.Year - $person2.Born.Year)
$person2.PSObject.Properties | ForEach-Object { '{0} = {1}' -f $_.Name, $_.Value } | Write-Verbose
$propertyName2 = 'Last'
$lastName2 = $person2.$propertyName2
$fullName2 = "$($person2.First) $($person2.'Last')"
$type2 = [System.Text.StringBuilder]
$builder2 = $type2::new(256)
[void] $builder2.Append('a').Append(1).AppendLine()
$services2 = Invoke-Service2 status -Name web, worker, 'queue-1' -WhatIf:$DryRun -Headers @{ 'X-Request-Id' = [guid]::NewGuid().ToString('N') }
$job2 = Start-Job -Name "inventory-2" -ScriptBlock {
    param($folder, $limit)
    Get-ChildItem -Path $folder -File | Select-Object -First $limit -ExpandProperty Name
} -ArgumentList $Root, 5
$jobOutput2 = $job2 | Wait-Job -Timeout 30 | Receive-Job -ErrorAction SilentlyContinue
$job2 | Remove-Job -Force
$longCommand2 = Get-ChildItem -Path $Root `
    -Filter '*.json' `
    -Recurse `
    -Depth 2 `
    -ErrorAction SilentlyContinue
$names2 = $longCommand2
    | Where-Object Length -gt 0
    | Sort-Object Name
    | Select-Object -ExpandProperty Name
trap [System.DivideByZeroException] {
    Write-Log2 "Division by zero trapped: $($_.Exception.Message)" -Level Warning
    continue
}
$safeRatio2 = if ($names2.Count) { 100 / $names2.Count } else { 0 }
Write-Log2 ("Part 2: {0} names, ratio {1:N2}, level {2}, sum {3}" -f @($names2).Count, $safeRatio2, $level2, $sum2) -Level Info
#endregion

#region Types (part 3)
enum LogLevel3 {
    Debug = 0
    Info
    Warning
    Error = 10
}

[Flags()]
enum Permission3 {
    None = 0
    Read = 1
    Write = 2
    Execute = 4
    All = 7
}

enum ServiceState3 : byte {
    Unknown
    Stopped
    Starting
    Running
}

class InventoryItem3 {
    [ValidateNotNullOrEmpty()]
    [string] $Name
    [string] $Category = 'general'
    [decimal] $Price
    [int] $Quantity
    [datetime] $Updated = [datetime]::UtcNow
    hidden [string] $Checksum
    static [int] $Created = 0

    InventoryItem3() {
        [InventoryItem3]::Created++
    }

    InventoryItem3([string] $name, [decimal] $price) {
        $this.Name = $name
        $this.Price = $price
        [InventoryItem3]::Created++
    }

    [decimal] Total() {
        return $this.Price * $this.Quantity
    }

    [string] Describe() {
        $label = if ($this.Quantity -eq 1) { 'unit' } else { 'units' }
        return "{0} ({1}): {2} {3} at {4:C2}" -f $this.Name, $this.Category, $this.Quantity, $label, $this.Price
    }

    [bool] IsLow([int] $threshold) {
        return $this.Quantity -lt $threshold
    }

    [string] ToString() {
        return "$($this.Name) x$($this.Quantity)"
    }
}

class Widget3 : InventoryItem3, System.IComparable {
    [string[]] $Tags = @()
    [Permission3] $Access = [Permission3]::Read -bor [Permission3]::Write

    Widget3([string] $name, [decimal] $price, [string[]] $tags) : base($name, $price) {
        $this.Category = 'widget'
        $this.Tags = $tags
    }

    [int] CompareTo([object] $other) {
        if ($null -eq $other) {
            return 1
        }
        $that = [Widget3] $other
        $byPrice = $this.Price.CompareTo($that.Price)
        if ($byPrice -ne 0) {
            return $byPrice
        }
        return [string]::Compare($this.Name, $that.Name, [StringComparison]::OrdinalIgnoreCase)
    }

    [bool] HasTag([string] $tag) {
        foreach ($candidate in $this.Tags) {
            if ($candidate -like $tag) {
                return $true
            }
        }
        return $false
    }

    [string] Describe() {
        $base = '{0} ({1:C2})' -f $this.ToString(), $this.Price
        $tagText = $this.Tags.Count -gt 0 ? ($this.Tags -join ', ') : 'no tags'
        return "$base [$tagText]"
    }
}

class RetryPolicy3 {
    [int] $MaxAttempts = 3
    [timespan] $Delay = [timespan]::FromMilliseconds(250)
    [double] $Backoff = 2.0
    static [hashtable] $Presets = @{
        Fast    = @(2, 50)
        Default = @(3, 250)
        Patient = @(8, 1000)
    }

    RetryPolicy3() {
    }

    RetryPolicy3([int] $maxAttempts, [int] $delayMs) {
        $this.MaxAttempts = $maxAttempts
        $this.Delay = [timespan]::FromMilliseconds($delayMs)
    }

    static [RetryPolicy3] FromPreset([string] $name) {
        $preset = [RetryPolicy3]::Presets[$name]
        if ($null -eq $preset) {
            throw [System.ArgumentException]::new("Unknown retry preset '$name'", 'name')
        }
        return [RetryPolicy3]::new($preset[0], $preset[1])
    }

    [timespan] DelayFor([int] $attempt) {
        $factor = [math]::Pow($this.Backoff, $attempt - 1)
        return [timespan]::FromMilliseconds($this.Delay.TotalMilliseconds * $factor)
    }
}

class NameList3 : List[string] {
    [string] Joined() {
        return ($this | Sort-Object) -join '; '
    }
}
#endregion

#region Logging (part 3)
$script:LogPath3 = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath "inventory-3.log"
$script:MinimumLevel3 = [LogLevel3]::Info

function Write-Log3 {
    <#
    .SYNOPSIS
        Writes a timestamped line to the log file and, for warnings and errors, to the host.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Message,

        [Parameter(Position = 1)]
        [LogLevel3] $Level = [LogLevel3]::Info,

        [string] $Path = $script:LogPath3
    )

    process {
        if ($Level -lt $script:MinimumLevel3) {
            return
        }
        $stamp = Get-Date -Format 'yyyy-MM-ddTHH:mm:ss.fff'
        $line = "$stamp [$($Level.ToString().ToUpperInvariant().PadRight(7))] $Message"
        Add-Content -Path $Path -Value $line -Encoding utf8
        switch ($Level) {
            ([LogLevel3]::Warning) { Write-Warning $Message; $script:Warnings.Add($Message) }
            ([LogLevel3]::Error) { Write-Error -Message $Message -ErrorAction Continue }
            default { Write-Verbose $line }
        }
    }
}
#endregion

#region Inventory (part 3)
function New-InventoryItem3 {
    [CmdletBinding(DefaultParameterSetName = 'Plain', SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
    [OutputType([InventoryItem3])]
    param(
        [Parameter(Mandatory = $true, Position = 0, HelpMessage = 'The item name')]
        [ValidateLength(1, 64)]
        [ValidatePattern('^[\w .-]+$')]
        [string] $Name,

        [Parameter(Mandatory, Position = 1)]
        [ValidateRange(0, 1000000)]
        [decimal] $Price,

        [ValidateScript({ $_ -ge 0 }, ErrorMessage = 'Quantity must not be negative: {0}')]
        [int] $Quantity = 1,

        [Parameter(ParameterSetName = 'Widget', Mandatory)]
        [ValidateCount(1, 8)]
        [string[]] $Tags,

        [Parameter(ParameterSetName = 'Widget')]
        [switch] $Restricted
    )

    if (-not $PSCmdlet.ShouldProcess($Name, 'Create inventory item')) {
        return
    }
    $item = switch ($PSCmdlet.ParameterSetName) {
        'Widget' {
            $widget = [Widget3]::new($Name, $Price, $Tags)
            if ($Restricted.IsPresent) {
                $widget.Access = [Permission3]::Read
            }
            $widget
        }
        default { [InventoryItem3]::new($Name, $Price) }
    }
    $item.Quantity = $Quantity
    $item
}

function Get-InventoryReport3 {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [InventoryItem3[]] $Item,

        [ValidateSet('Name', 'Total', 'Quantity', IgnoreCase = $true)]
        [string] $SortBy = 'Total',

        [int] $LowStockThreshold = 5,

        [switch] $Descending
    )

    begin {
        $rows = [List[pscustomobject]]::new()
        $byCategory = @{}
        $lowStock = 0
        Write-Log3 "Report started (sort by $SortBy)" -Level Debug
    }

    process {
        foreach ($entry in $Item) {
            $total = $entry.Total()
            $rows.Add([pscustomobject]@{
                Name     = $entry.Name
                Category = $entry.Category
                Quantity = $entry.Quantity
                Price    = $entry.Price
                Total    = $total
                Low      = $entry.IsLow($LowStockThreshold)
            })
            $byCategory[$entry.Category] = ($byCategory[$entry.Category] ?? 0) + $total
            if ($entry.IsLow($LowStockThreshold)) {
                $lowStock++
            }
        }
    }

    end {
        $sortParams = @{
            Property   = $SortBy
            Descending = $Descending.IsPresent
        }
        $sorted = $rows | Sort-Object @sortParams
        $summary = [ordered]@{
            Items      = $rows.Count
            LowStock   = $lowStock
            GrandTotal = ($rows | Measure-Object -Property Total -Sum).Sum
            Categories = $byCategory.GetEnumerator() |
                Sort-Object -Property Value -Descending |
                Select-Object -Property @{ Name = 'Category'; Expression = { $_.Key } },
                    @{ Name = 'Total'; Expression = { [math]::Round($_.Value, 2) } }
        }
        Write-Log3 ("Report finished: {0} items, {1} low" -f $summary.Items, $summary.LowStock)
        [pscustomobject]@{
            Rows    = $sorted
            Summary = [pscustomobject]$summary
        }
    }
}

filter Select-LowStock3 {
    param([int] $Threshold = 3)
    if ($_.Quantity -lt $Threshold) { $_ }
}

function Format-InventoryReport3 {
    param(
        [Parameter(Mandatory)]
        $Report,

        [ValidateSet('Text', 'Json', 'Csv')]
        [string] $Format = 'Text'
    )

    switch ($Format) {
        'Json' {
            return $Report | ConvertTo-Json -Depth 5 -Compress:$false
        }
        'Csv' {
            return ($Report.Rows | ConvertTo-Csv -NoTypeInformation -UseQuotes AsNeeded) -join [Environment]::NewLine
        }
    }

    $builder = [StringBuilder]::new()
    [void] $builder.AppendLine(('{0,-24} {1,-10} {2,8} {3,12}' -f 'Name', 'Category', 'Qty', 'Total'))
    [void] $builder.AppendLine('-' * 57)
    foreach ($row in $Report.Rows) {
        $marker = $row.Low ? '!' : ' '
        $null = $builder.AppendFormat('{0,-24} {1,-10} {2,8} {3,12:N2}{4}', $row.Name, $row.Category, $row.Quantity, $row.Total, $marker).AppendLine()
    }
    $footer = @"

Items:       $($Report.Summary.Items)
Low stock:   $($Report.Summary.LowStock)
Grand total: $('{0:N2}' -f $Report.Summary.GrandTotal)
Generated:   $(Get-Date -Format u) by $env:USER on $([Environment]::MachineName)
"@
    [void] $builder.Append($footer)
    $builder.ToString()
}

$catalog3 = @(
    New-InventoryItem3 -Name 'Bolt M6' -Price 0.12 -Quantity 1200
    New-InventoryItem3 -Name 'Nut M6' -Price 0.05 -Quantity 2
    New-InventoryItem3 'Bracket' 3.75 -Quantity 40
    New-InventoryItem3 -Name 'Gear 32T' -Price 12.5 -Tags 'drive', 'steel' -Quantity 4
    New-InventoryItem3 -Name 'Sensor v2' -Price 48 -Tags @('electronics', 'fragile') -Restricted
    New-InventoryItem3 -Name "Cable $(1.5)m" -Price 2.99 -Quantity 0
)
$report3 = $catalog3 | Get-InventoryReport3 -SortBy Total -Descending -LowStockThreshold 10
$lowItems3 = $catalog3 | Select-LowStock3 -Threshold 5 | ForEach-Object Name
Write-Log3 "Low stock: $($lowItems3 -join ', ')" Warning
Format-InventoryReport3 -Report $report3 -Format $OutputFormat | Out-File -FilePath "$env:TEMP/report-3.txt" -Encoding utf8
#endregion

#region Resilience (part 3)
function Invoke-WithRetry3 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock] $Action,

        [RetryPolicy3] $Policy = [RetryPolicy3]::FromPreset('Default'),

        [Type[]] $RetryOn = @([System.IO.IOException], [System.TimeoutException]),

        [Parameter(ValueFromRemainingArguments)]
        [object[]] $ArgumentList
    )

    $attempt = 0
    $lastError = $null
    while ($true) {
        $attempt++
        try {
            Write-Verbose "Attempt $attempt of $($Policy.MaxAttempts)"
            return & $Action @ArgumentList
        }
        catch [System.Management.Automation.PipelineStoppedException] {
            throw
        }
        catch {
            $lastError = $_
            $retryable = $false
            foreach ($type in $RetryOn) {
                if ($_.Exception -is $type -or $_.Exception.InnerException -is $type) {
                    $retryable = $true
                    break
                }
            }
            if (-not $retryable -or $attempt -ge $Policy.MaxAttempts) {
                Write-Log3 "Giving up after $attempt attempt(s): $($_.Exception.Message)" -Level Error
                throw
            }
            $wait = $Policy.DelayFor($attempt)
            Write-Log3 ("Attempt {0} failed ({1}); retrying in {2:N0} ms" -f $attempt, $_.Exception.GetType().Name, $wait.TotalMilliseconds) -Level Warning
            Start-Sleep -Milliseconds ([int] $wait.TotalMilliseconds)
        }
        finally {
            Write-Debug "Attempt $attempt done; last error: $(${lastError}?.Exception?.Message ?? 'none')"
        }
    }
}

function Read-ConfigFile3 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
        [string] $Path,

        [hashtable] $Defaults = @{ Mode = 'safe'; Retries = 3; Verbose = $false }
    )

    $config = $Defaults.Clone()
    $section = 'root'
    $lineNumber = 0
    switch -Regex -File $Path {
        '^\s*(#|;|$)' {
            $lineNumber++
            continue
        }
        '^\[(?<name>[^\]]+)\]\s*$' {
            $lineNumber++
            $section = $Matches.name.Trim().ToLowerInvariant()
            continue
        }
        '^(?<key>[A-Za-z_][\w.]*)\s*=\s*(?<value>.*)$' {
            $lineNumber++
            $key = $section -eq 'root' ? $Matches['key'] : "$section.$($Matches['key'])"
            $raw = $Matches['value'].Trim().Trim('"')
            $config[$key] = switch -Wildcard ($raw) {
                'true' { $true }
                'false' { $false }
                '0x*' { [Convert]::ToInt32($raw.Substring(2), 16) }
                default {
                    $number = 0
                    if ([int]::TryParse($raw, [ref] $number)) { $number } else { $raw }
                }
            }
            continue
        }
        default {
            $lineNumber++
            Write-Log3 "${Path}:${lineNumber}: cannot read '$_'" -Level Warning
        }
    }
    $config
}

function Test-Configuration3 {
    param([Parameter(Mandatory)][hashtable] $Config)

    $problems = [List[string]]::new()
    $rules = [ordered]@{
        'Mode'    = { param($v) $v -in 'safe', 'fast', 'debug' }
        'Retries' = { param($v) $v -is [int] -and $v -ge 0 -and $v -le 10 }
        'Verbose' = { param($v) $v -is [bool] }
    }
    foreach ($rule in $rules.GetEnumerator()) {
        if (-not $Config.ContainsKey($rule.Key)) {
            $problems.Add("missing key '$($rule.Key)'")
        }
        elseif (-not (& $rule.Value $Config[$rule.Key])) {
            $problems.Add("invalid value for '$($rule.Key)': $($Config[$rule.Key])")
        }
    }
    $unknown = $Config.Keys.Where({ $_ -notin $rules.Keys -and $_ -notmatch '\.' })
    if ($unknown.Count -gt 0) {
        $problems.Add("unknown keys: $($unknown -join ', ')")
    }
    , $problems.ToArray()
}

$sampleConfig3 = @'
# Sample settings; values in "quotes" keep their spaces.
Mode = fast
Retries = 4
Verbose = false
[network]
Timeout = 30
Proxy = "http://proxy.example.test:3128"
Flags = 0x1F
this line is not a setting
'@
$configPath3 = New-TemporaryFile
Set-Content -LiteralPath $configPath3 -Value $sampleConfig3 -NoNewline
try {
    $config3 = Invoke-WithRetry3 -Action { param($p) Read-ConfigFile3 -Path $p } -Policy ([RetryPolicy3]::new(2, 10)) $configPath3.FullName
    $problems3 = Test-Configuration3 -Config $config3
    if ($problems3.Length -eq 0) {
        Write-Log3 "Configuration OK: mode=$($config3.Mode), retries=$($config3['Retries'])"
    }
    else {
        $problems3 | ForEach-Object { Write-Log3 -Message "Config: $_" -Level Warning }
    }
}
catch [System.IO.FileNotFoundException], [System.IO.DirectoryNotFoundException] {
    Write-Log3 "Configuration missing: $($_.Exception.Message)" -Level Error
}
catch {
    Write-Log3 "Configuration failed at line $($_.InvocationInfo.ScriptLineNumber): $_" -Level Error
    $script:ExitCode = 1
}
finally {
    Remove-Item -LiteralPath $configPath3 -ErrorAction SilentlyContinue
}

$messages3 = data {
    ConvertFrom-StringData -StringData @'
Welcome = Inventory tool ready.
Scanning = Scanning {0} ...
Done = Done: {0} files, {1:N1} MB.
'@
}
#endregion

#region File scanning (part 3)
function Get-DirectorySummary3 {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [SupportsWildcards()]
        [string[]] $Path = @('.'),

        [string[]] $Include = @('*.ps1', '*.psm1', '*.json', '*.log'),

        [long] $LargeFile = 16MB,

        [switch] $Parallel
    )

    begin {
        $seen = [HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
        $results = [List[object]]::new()
    }

    process {
        foreach ($folder in $Path) {
            $resolved = Resolve-Path -Path $folder -ErrorAction SilentlyContinue
            if (-not $resolved) {
                Write-Log3 "Skipping missing folder '$folder'" Warning
                continue
            }
            if (-not $seen.Add($resolved.ProviderPath)) {
                continue
            }
            $files = Get-ChildItem -LiteralPath $resolved.ProviderPath -Include $Include -Recurse -File -Force -ErrorAction SilentlyContinue
            $results.Add([pscustomobject]@{
                Folder = $resolved.ProviderPath
                Files  = @($files)
            })
        }
    }

    end {
        $prefix = "scan-3"
        $summaries = if ($Parallel) {
            $results | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
                $entry = $_
                $bytes = ($entry.Files | Measure-Object -Property Length -Sum).Sum ?? 0
                [pscustomobject]@{
                    Id     = "$using:prefix-$([Threading.Thread]::CurrentThread.ManagedThreadId)"
                    Folder = $entry.Folder
                    Count  = $entry.Files.Count
                    Bytes  = [long] $bytes
                }
            }
        }
        else {
            foreach ($entry in $results) {
                $measure = $entry.Files | Measure-Object -Property Length -Sum -Average -Maximum
                [pscustomobject]@{
                    Id     = $prefix
                    Folder = $entry.Folder
                    Count  = $measure.Count
                    Bytes  = [long] ($measure.Sum ?? 0)
                }
            }
        }

        $byExtension = $results.Files |
            Group-Object -Property { $_.Extension.ToLowerInvariant() } -NoElement |
            Sort-Object -Property @{ Expression = 'Count'; Descending = $true }, @{ Expression = 'Name'; Ascending = $true } |
            Select-Object -First 10
        $large = $results.Files | Where-Object Length -GE $LargeFile | Sort-Object Length -Descending
        $recent = $results.Files | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-7) } | Select-Object -ExpandProperty FullName

        [pscustomobject]@{
            Folders     = $summaries
            Extensions  = $byExtension
            LargeFiles  = $large | Select-Object Name, @{ n = 'MB'; e = { '{0:N1}' -f ($_.Length / 1MB) } }
            RecentCount = @($recent).Count
        }
    }
}

function Measure-Lines3 {
    param([Parameter(Mandatory, ValueFromPipeline)][System.IO.FileInfo] $File)

    begin { $totals = @{ Code = 0; Comment = 0; Blank = 0 } }

    process {
        $inBlock = $false
        foreach ($line in [System.IO.File]::ReadLines($File.FullName)) {
            $trimmed = $line.Trim()
            if ($inBlock) {
                $totals.Comment++
                if ($trimmed.EndsWith('#>')) { $inBlock = $false }
            }
            elseif ($trimmed.Length -eq 0) { $totals.Blank++ }
            elseif ($trimmed.StartsWith('<#')) {
                $totals.Comment++
                $inBlock = -not $trimmed.EndsWith('#>')
            }
            elseif ($trimmed[0] -eq '#') { $totals['Comment'] += 1 }
            else { $totals.Code += 1 }
        }
    }

    end { [pscustomobject] $totals }
}

$scan3 = Get-DirectorySummary3 -Path $Root, (Join-Path $Root 'modules') -Parallel:($ThrottleLimit -gt 1)
$scan3.Folders | Format-Table -AutoSize | Out-String -Width 120 | Write-Verbose
Get-ChildItem -Path $Root -Filter *.ps1 -Recurse -File 2>$null |
    Measure-Lines3 |
    ForEach-Object { Write-Log3 ($messages3.Done -f ($_.Code + $_.Comment + $_.Blank), 0.0) }
#endregion

#region Source control and native tools (part 3)
function Get-GitStatus3 {
    param([string] $Repository = $Root)

    if (-not (Get-Command -Name git -CommandType Application -ErrorAction Ignore)) {
        return [pscustomobject]@{ Branch = $null; Changes = @(); Ahead = 0 }
    }
    $branch = git -C $Repository rev-parse --abbrev-ref HEAD 2>$null
    $lines = @(git -C $Repository status --porcelain=v1 --untracked-files=normal 2>&1 | Where-Object { $_ -is [string] })
    $ahead = 0
    $counts = & git -C "$Repository" rev-list --left-right --count "HEAD...@{upstream}" 2>$null
    if ($LASTEXITCODE -eq 0 -and $counts -match '^(\d+)\s+(\d+)$') {
        $ahead = [int] $Matches[1]
    }
    $changes = foreach ($line in $lines) {
        if ($line -notmatch '^(?<index>.)(?<tree>.) (?<path>.+)$') { continue }
        [pscustomobject]@{
            State = switch -Exact ($Matches.index + $Matches.tree) {
                '??' { 'untracked' }
                ' M' { 'modified' }
                'M ' { 'staged' }
                'A ' { 'added' }
                { $_ -like '*D*' } { 'deleted' }
                default { 'other' }
            }
            Path  = $Matches.path -replace '^"(.*)"$', '$1'
        }
    }
    [pscustomobject]@{ Branch = $branch; Changes = @($changes); Ahead = $ahead }
}

$git3 = Get-GitStatus3
if ($git3.Branch -and $git3.Changes.Count -gt 0) {
    $git3.Changes | Group-Object State | ForEach-Object {
        Write-Log3 ("{0,-10} {1,3} file(s) on {2}" -f $_.Name, $_.Count, $git3.Branch)
    }
}
$env:GIT_PAGER = 'cat'
git --no-pager log -n 3 --format='%h %s' *> $null
dotnet --version > "$env:TEMP/dotnet-version-3.txt" 2>&1
cmd /c --% echo %PATH% > nul
Test-Path -Path "$Root/.git" && Write-Log3 'Inside a git work tree' Debug || Write-Log3 'Not a git work tree' Debug
Write-Output -- -not-a-parameter
#endregion

#region Text helpers (part 3)
function ConvertTo-Slug3 {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Text,

        [ValidateRange(8, 200)]
        [int] $MaxLength = 64,

        [char] $Separator = '-'
    )

    process {
        if ([string]::IsNullOrWhiteSpace($Text)) {
            return ''
        }
        $normalized = $Text.Normalize([NormalizationForm]::FormD)
        $ascii = -join ($normalized.ToCharArray() | Where-Object {
                [Globalization.CharUnicodeInfo]::GetUnicodeCategory($_) -ne [Globalization.UnicodeCategory]::NonSpacingMark
            })
        $slug = $ascii.ToLowerInvariant() -replace '[^a-z0-9]+', $Separator -replace "^\$Separator+|\$Separator+`$", ''
        if ($slug.Length -gt $MaxLength) {
            $slug = $slug.Substring(0, $MaxLength).TrimEnd($Separator)
        }
        $slug
    }
}

function Expand-Template3 {
    param(
        [Parameter(Mandatory)][string] $Template,
        [Parameter(Mandatory)][hashtable] $Values
    )

    # {{name}} becomes the value; {{name|upper}} and {{name|default:x}} apply a filter.
    [regex]::Replace($Template, '\{\{\s*(?<name>\w+)(\|(?<filter>\w+)(:(?<arg>[^}]*))?)?\s*\}\}', {
            param([System.Text.RegularExpressions.Match] $match)
            $name = $match.Groups['name'].Value
            $value = $Values.ContainsKey($name) ? $Values[$name] : $null
            switch ($match.Groups['filter'].Value) {
                'upper' { return "$value".ToUpperInvariant() }
                'lower' { return "$value".ToLowerInvariant() }
                'default' { return $value ?? $match.Groups['arg'].Value }
                '' { return "$value" }
                default { throw "Unknown template filter '$_'" }
            }
        })
}

$titles3 = 'Quarterly Report: Q3/2024', '  Hello, World!  ', 'Cafe au lait & croissants', 'already-a-slug'
$slugs3 = $titles3 | ConvertTo-Slug3 -MaxLength 32
$template3 = @"
Dear {{name}},

Your order {{order|upper}} ships on {{date|default:the next business day}}.
Tracking: {{tracking|default:n/a}} -- reference `"$($slugs3[0])`"
Total due: {{total}}   (`$ amounts include tax)
"@
$letter3 = Expand-Template3 -Template $template3 -Values @{
    name  = 'Ada'
    order = "ord-$(Get-Random -Minimum 1000 -Maximum 9999)"
    total = '{0:C}' -f 149.5
}
$words3 = ($letter3 -split '\s+').Where({ $_ -match '^[A-Za-z]{4,}$' }) | ForEach-Object { $_.ToLower() }
$wordCounts3 = @{}
foreach ($w in $words3) { $wordCounts3[$w] = 1 + ($wordCounts3[$w] ?? 0) }
$top3 = $wordCounts3.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 3
"Top words: " + (($top3 | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ', ') | Write-Verbose
$doubled3 = 'a1b22c333' -replace '\d+', { [int] $_.Value * 2 }
$parts3 = 'key=value=more' -split '=', 2
$csvLine3 = '"quoted, field",plain,,last'
$fields3 = $csvLine3 -split ',(?=(?:[^"]*"[^"]*")*[^"]*$)'
$escaped3 = "Tab:`tNewline:`nBell:`a Unicode:`u{2713} Esc:`e[0m Dollar:`$ Backtick:``"
$literal3 = 'It''s $notExpanded and `n stays'
$mixed3 = "Item $($catalog3[0].Name) costs $($catalog3[0].Price) ($($catalog3.Count) items, first=$($catalog3[0]), env=$env:HOME, var=${script:ExitCode})"
#endregion

#region Numbers and collections (part 3)
function Measure-Statistics3 {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][double[]] $Value)

    begin { $all = [List[double]]::new() }
    process { $all.AddRange($Value) }
    end {
        if ($all.Count -eq 0) { return $null }
        $all.Sort()
        $n = $all.Count
        $mean = ($all | Measure-Object -Average).Average
        $sumSq = 0.0
        for ($i = 0; $i -lt $n; $i++) {
            $sumSq += [math]::Pow($all[$i] - $mean, 2)
        }
        $median = if ($n % 2) { $all[($n - 1) / 2] } else { ($all[$n / 2 - 1] + $all[$n / 2]) / 2 }
        [pscustomobject]@{
            Count  = $n
            Min    = $all[0]
            Max    = $all[-1]
            Mean   = [math]::Round($mean, 3)
            Median = $median
            StdDev = $n -gt 1 ? [math]::Sqrt($sumSq / ($n - 1)) : 0
            P90    = $all[[math]::Min($n - 1, [int][math]::Ceiling(0.9 * $n) - 1)]
        }
    }
}

$numbers3 = 1..20 | ForEach-Object { $_ * $_ % 17 }
$stats3 = $numbers3 | Measure-Statistics3
$sizes3 = 1KB, 2.5MB, 1GB, 0x1F, 0xFF, 1e3, 1.5e-2, 42L, 3.14159d, -7, .5, (1TB / 1PB)
$flags3 = (0x0F -band 0x3C) -bor (1 -shl 4) -bxor 0x01
$inverted3 = -bnot $flags3
$shifted3 = $flags3 -shr 1
$ratio3 = [math]::Round(22 / 7, 4)
$remainder3 = -17 % 5
$matrix3 = @(
    @(1, 2, 3),
    @(4, 5, 6),
    @(7, 8, 9)
)
$diagonal3 = for ($i = 0; $i -lt $matrix3.Count; $i++) { $matrix3[$i][$i] }
$slice3 = $numbers3[2..5] + $numbers3[-3..-1] + $numbers3[0, 4, 8]
$first3, $second3, $rest3 = $numbers3
$queue3 = [Queue[int]]::new([int[]] (1..5))
$total3 = 0
while ($queue3.Count -gt 0) {
    $next = $queue3.Dequeue()
    if ($next -eq 3) { continue }
    $total3 += $next
}
$countdown3 = 5
do {
    $countdown3--
} while ($countdown3 -gt 0)
do {
    $countdown3 += 2
} until ($countdown3 -ge 10)
$found3 = $null
:outer foreach ($row in $matrix3) {
    foreach ($cell in $row) {
        if ($cell % 2 -eq 0 -and $cell -gt 4) {
            $found3 = $cell
            break outer
        }
        if ($cell -lt 0) { continue outer }
    }
}
$lookup3 = [Dictionary[string, List[int]]]::new()
foreach ($n in $numbers3) {
    $key = $n % 2 -eq 0 ? 'even' : 'odd'
    if (-not $lookup3.ContainsKey($key)) { $lookup3[$key] = [List[int]]::new() }
    $lookup3[$key].Add($n)
}
$empty3 = [Array]::Empty[string]()
$unique3 = $numbers3 | Sort-Object -Unique
$contains3 = ($numbers3 -contains 16) -and (16 -in $numbers3) -and ($numbers3 -notcontains 99) -and (99 -notin $numbers3)
$typed3 = [int] '42' + [double] '0.5' + [int][char] 'A'
$asInt3 = '12abc' -as [int]
$isString3 = $asInt3 -is [string] -or $asInt3 -isnot [int]
#endregion

#region Script blocks, objects and services (part 3)
function Merge-Hashtable3 {
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)][hashtable] $Base,
        [Parameter(Mandatory)][hashtable] $Override,
        [switch] $Deep
    )

    $merged = @{} + $Base
    foreach ($key in $Override.Keys) {
        $incoming = $Override[$key]
        if ($Deep -and $merged[$key] -is [hashtable] -and $incoming -is [hashtable]) {
            $merged[$key] = Merge-Hashtable3 -Base $merged[$key] -Override $incoming -Deep
        }
        elseif ($incoming -is [array] -and $merged[$key] -is [array]) {
            $merged[$key] = @($merged[$key]) + @($incoming | Where-Object { $_ -notin $merged[$key] })
        }
        else {
            $merged[$key] = $incoming
        }
    }
    return $merged
}

function script:New-Counter3 {
    param([int] $Start = 0, [int] $Step = 1)
    $state = @{ Value = $Start }
    {
        $state.Value += $Step
        $state.Value
    }.GetNewClosure()
}

function global:Invoke-Service3 {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, Position = 0)]
        [ArgumentCompleter({
                param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
                'start', 'stop', 'restart', 'status' | Where-Object { $_ -like "$wordToComplete*" }
            })]
        [string] $Operation,

        [Parameter(ValueFromPipelineByPropertyName)]
        [Alias('ServiceName', 'Svc')]
        [string[]] $Name = @('web', 'worker'),

        [ValidateNotNull()]
        [System.Collections.IDictionary] $Headers = @{},

        [uri] $Endpoint = 'https://status.example.test/api/v1/',

        [int] $TimeoutSec = 15
    )

    dynamicparam {
        if ($Operation -ne 'restart') {
            return
        }
        $attribute = [System.Management.Automation.ParameterAttribute]@{
            Mandatory   = $false
            HelpMessage = 'Seconds to wait between stop and start'
        }
        $collection = [System.Collections.ObjectModel.Collection[Attribute]]::new()
        $collection.Add($attribute)
        $collection.Add([System.Management.Automation.ValidateRangeAttribute]::new(0, 300))
        $parameter = [System.Management.Automation.RuntimeDefinedParameter]::new('Pause', [int], $collection)
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary.Add('Pause', $parameter)
        $dictionary
    }

    begin {
        $pause = $PSBoundParameters.ContainsKey('Pause') ? $PSBoundParameters['Pause'] : 5
        $requestHeaders = Merge-Hashtable3 -Base @{ Accept = 'application/json'; 'User-Agent' = "inventory/3 ($($PSVersionTable.PSVersion))" } -Override $Headers
        $total = 0
        Write-Verbose "$($MyInvocation.MyCommand.Name) $Operation (pause $pause s)"
    }

    process {
        foreach ($service in $Name) {
            $total++
            Write-Progress -Activity "Service $Operation" -Status "$service ($total)" -PercentComplete ([math]::Min(100, $total * 25))
            if (-not $PSCmdlet.ShouldProcess($service, $Operation)) { continue }
            $uri = [uri]::new($Endpoint, "services/$([uri]::EscapeDataString($service))/$Operation")
            $response = try {
                Invoke-RestMethod -Uri $uri -Method Post -Headers $requestHeaders -TimeoutSec $TimeoutSec -ErrorAction Stop
            }
            catch [System.Net.Http.HttpRequestException] {
                Write-Log3 "HTTP error for ${service}: $($_.Exception.Message)" -Level Warning
                $null
            }
            [pscustomobject]@{
                Service = $service
                State   = [ServiceState3] (${response}?.state ?? 'Unknown')
                Elapsed = $response.elapsedMs -as [int]
            } | Add-Member -MemberType ScriptMethod -Name IsUp -Value { $this.State -eq [ServiceState3]::Running } -PassThru
        }
    }

    end {
        Write-Progress -Activity "Service $Operation" -Completed
    }
}

$counter3 = New-Counter3 -Start 10 -Step 5
$null = & $counter3
$afterTwo3 = $counter3.Invoke()[0]
$add3 = { param([int] $a, [int] $b = 1) $a + $b }
$sum3 = & $add3 2 3
$sum3 += $add3.Invoke(4)[0]
. { $dotSourced3 = 'visible in script scope' }
$compiled3 = [scriptblock]::Create('param($x) $x * 2')
$squares3 = (1..5).ForEach({ $_ * $_ })
$evens3 = (1..10).Where({ $_ % 2 -eq 0 }, 'First', 3)
$defaults3 = @{
    Logging = @{ Level = 'Info'; Targets = @('file') }
    Retry   = @{ Attempts = 3 }
    Tags    = @('base')
}
$overrides3 = @{ Logging = @{ Level = 'Debug'; Targets = @('file', 'console') }; Tags = @('extra') }
$settings3 = Merge-Hashtable3 -Base $defaults3 -Override $overrides3 -Deep
$json3 = $settings3 | ConvertTo-Json -Depth 4
$roundTrip3 = $json3 | ConvertFrom-Json -AsHashtable
$level3 = ${roundTrip3}?['Logging']?['Level'] ?? 'Info'
$person3 = [pscustomobject]@{ First = 'Grace'; Last = 'Hopper'; Born = [datetime] '1906-12-09' }
$person3 | Add-Member -NotePropertyName Age -NotePropertyValue ([datetime]::Today.Year - $person3.Born.Year)
$person3.PSObject.Properties | ForEach-Object { '{0} = {1}' -f $_.Name, $_.Value } | Write-Verbose
$propertyName3 = 'Last'
$lastName3 = $person3.$propertyName3
$fullName3 = "$($person3.First) $($person3.'Last')"
$type3 = [System.Text.StringBuilder]
$builder3 = $type3::new(256)
[void] $builder3.Append('a').Append(1).AppendLine()
$services3 = Invoke-Service3 status -Name web, worker, 'queue-1' -WhatIf:$DryRun -Headers @{ 'X-Request-Id' = [guid]::NewGuid().ToString('N') }
$job3 = Start-Job -Name "inventory-3" -ScriptBlock {
    param($folder, $limit)
    Get-ChildItem -Path $folder -File | Select-Object -First $limit -ExpandProperty Name
} -ArgumentList $Root, 5
$jobOutput3 = $job3 | Wait-Job -Timeout 30 | Receive-Job -ErrorAction SilentlyContinue
$job3 | Remove-Job -Force
$longCommand3 = Get-ChildItem -Path $Root `
    -Filter '*.json' `
    -Recurse `
    -Depth 2 `
    -ErrorAction SilentlyContinue
$names3 = $longCommand3
    | Where-Object Length -gt 0
    | Sort-Object Name
    | Select-Object -ExpandProperty Name
trap [System.DivideByZeroException] {
    Write-Log3 "Division by zero trapped: $($_.Exception.Message)" -Level Warning
    continue
}
$safeRatio3 = if ($names3.Count) { 100 / $names3.Count } else { 0 }
Write-Log3 ("Part 3: {0} names, ratio {1:N2}, level {2}, sum {3}" -f @($names3).Count, $safeRatio3, $level3, $sum3) -Level Info
#endregion

#region Types (part 4)
enum LogLevel4 {
    Debug = 0
    Info
    Warning
    Error = 10
}

[Flags()]
enum Permission4 {
    None = 0
    Read = 1
    Write = 2
    Execute = 4
    All = 7
}

enum ServiceState4 : byte {
    Unknown
    Stopped
    Starting
    Running
}

class InventoryItem4 {
    [ValidateNotNullOrEmpty()]
    [string] $Name
    [string] $Category = 'general'
    [decimal] $Price
    [int] $Quantity
    [datetime] $Updated = [datetime]::UtcNow
    hidden [string] $Checksum
    static [int] $Created = 0

    InventoryItem4() {
        [InventoryItem4]::Created++
    }

    InventoryItem4([string] $name, [decimal] $price) {
        $this.Name = $name
        $this.Price = $price
        [InventoryItem4]::Created++
    }

    [decimal] Total() {
        return $this.Price * $this.Quantity
    }

    [string] Describe() {
        $label = if ($this.Quantity -eq 1) { 'unit' } else { 'units' }
        return "{0} ({1}): {2} {3} at {4:C2}" -f $this.Name, $this.Category, $this.Quantity, $label, $this.Price
    }

    [bool] IsLow([int] $threshold) {
        return $this.Quantity -lt $threshold
    }

    [string] ToString() {
        return "$($this.Name) x$($this.Quantity)"
    }
}

class Widget4 : InventoryItem4, System.IComparable {
    [string[]] $Tags = @()
    [Permission4] $Access = [Permission4]::Read -bor [Permission4]::Write

    Widget4([string] $name, [decimal] $price, [string[]] $tags) : base($name, $price) {
        $this.Category = 'widget'
        $this.Tags = $tags
    }

    [int] CompareTo([object] $other) {
        if ($null -eq $other) {
            return 1
        }
        $that = [Widget4] $other
        $byPrice = $this.Price.CompareTo($that.Price)
        if ($byPrice -ne 0) {
            return $byPrice
        }
        return [string]::Compare($this.Name, $that.Name, [StringComparison]::OrdinalIgnoreCase)
    }

    [bool] HasTag([string] $tag) {
        foreach ($candidate in $this.Tags) {
            if ($candidate -like $tag) {
                return $true
            }
        }
        return $false
    }

    [string] Describe() {
        $base = '{0} ({1:C2})' -f $this.ToString(), $this.Price
        $tagText = $this.Tags.Count -gt 0 ? ($this.Tags -join ', ') : 'no tags'
        return "$base [$tagText]"
    }
}

class RetryPolicy4 {
    [int] $MaxAttempts = 3
    [timespan] $Delay = [timespan]::FromMilliseconds(250)
    [double] $Backoff = 2.0
    static [hashtable] $Presets = @{
        Fast    = @(2, 50)
        Default = @(3, 250)
        Patient = @(8, 1000)
    }

    RetryPolicy4() {
    }

    RetryPolicy4([int] $maxAttempts, [int] $delayMs) {
        $this.MaxAttempts = $maxAttempts
        $this.Delay = [timespan]::FromMilliseconds($delayMs)
    }

    static [RetryPolicy4] FromPreset([string] $name) {
        $preset = [RetryPolicy4]::Presets[$name]
        if ($null -eq $preset) {
            throw [System.ArgumentException]::new("Unknown retry preset '$name'", 'name')
        }
        return [RetryPolicy4]::new($preset[0], $preset[1])
    }

    [timespan] DelayFor([int] $attempt) {
        $factor = [math]::Pow($this.Backoff, $attempt - 1)
        return [timespan]::FromMilliseconds($this.Delay.TotalMilliseconds * $factor)
    }
}

class NameList4 : List[string] {
    [string] Joined() {
        return ($this | Sort-Object) -join '; '
    }
}
#endregion

#region Logging (part 4)
$script:LogPath4 = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath "inventory-4.log"
$script:MinimumLevel4 = [LogLevel4]::Info

function Write-Log4 {
    <#
    .SYNOPSIS
        Writes a timestamped line to the log file and, for warnings and errors, to the host.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Message,

        [Parameter(Position = 1)]
        [LogLevel4] $Level = [LogLevel4]::Info,

        [string] $Path = $script:LogPath4
    )

    process {
        if ($Level -lt $script:MinimumLevel4) {
            return
        }
        $stamp = Get-Date -Format 'yyyy-MM-ddTHH:mm:ss.fff'
        $line = "$stamp [$($Level.ToString().ToUpperInvariant().PadRight(7))] $Message"
        Add-Content -Path $Path -Value $line -Encoding utf8
        switch ($Level) {
            ([LogLevel4]::Warning) { Write-Warning $Message; $script:Warnings.Add($Message) }
            ([LogLevel4]::Error) { Write-Error -Message $Message -ErrorAction Continue }
            default { Write-Verbose $line }
        }
    }
}
#endregion

#region Inventory (part 4)
function New-InventoryItem4 {
    [CmdletBinding(DefaultParameterSetName = 'Plain', SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
    [OutputType([InventoryItem4])]
    param(
        [Parameter(Mandatory = $true, Position = 0, HelpMessage = 'The item name')]
        [ValidateLength(1, 64)]
        [ValidatePattern('^[\w .-]+$')]
        [string] $Name,

        [Parameter(Mandatory, Position = 1)]
        [ValidateRange(0, 1000000)]
        [decimal] $Price,

        [ValidateScript({ $_ -ge 0 }, ErrorMessage = 'Quantity must not be negative: {0}')]
        [int] $Quantity = 1,

        [Parameter(ParameterSetName = 'Widget', Mandatory)]
        [ValidateCount(1, 8)]
        [string[]] $Tags,

        [Parameter(ParameterSetName = 'Widget')]
        [switch] $Restricted
    )

    if (-not $PSCmdlet.ShouldProcess($Name, 'Create inventory item')) {
        return
    }
    $item = switch ($PSCmdlet.ParameterSetName) {
        'Widget' {
            $widget = [Widget4]::new($Name, $Price, $Tags)
            if ($Restricted.IsPresent) {
                $widget.Access = [Permission4]::Read
            }
            $widget
        }
        default { [InventoryItem4]::new($Name, $Price) }
    }
    $item.Quantity = $Quantity
    $item
}

function Get-InventoryReport4 {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [InventoryItem4[]] $Item,

        [ValidateSet('Name', 'Total', 'Quantity', IgnoreCase = $true)]
        [string] $SortBy = 'Total',

        [int] $LowStockThreshold = 5,

        [switch] $Descending
    )

    begin {
        $rows = [List[pscustomobject]]::new()
        $byCategory = @{}
        $lowStock = 0
        Write-Log4 "Report started (sort by $SortBy)" -Level Debug
    }

    process {
        foreach ($entry in $Item) {
            $total = $entry.Total()
            $rows.Add([pscustomobject]@{
                Name     = $entry.Name
                Category = $entry.Category
                Quantity = $entry.Quantity
                Price    = $entry.Price
                Total    = $total
                Low      = $entry.IsLow($LowStockThreshold)
            })
            $byCategory[$entry.Category] = ($byCategory[$entry.Category] ?? 0) + $total
            if ($entry.IsLow($LowStockThreshold)) {
                $lowStock++
            }
        }
    }

    end {
        $sortParams = @{
            Property   = $SortBy
            Descending = $Descending.IsPresent
        }
        $sorted = $rows | Sort-Object @sortParams
        $summary = [ordered]@{
            Items      = $rows.Count
            LowStock   = $lowStock
            GrandTotal = ($rows | Measure-Object -Property Total -Sum).Sum
            Categories = $byCategory.GetEnumerator() |
                Sort-Object -Property Value -Descending |
                Select-Object -Property @{ Name = 'Category'; Expression = { $_.Key } },
                    @{ Name = 'Total'; Expression = { [math]::Round($_.Value, 2) } }
        }
        Write-Log4 ("Report finished: {0} items, {1} low" -f $summary.Items, $summary.LowStock)
        [pscustomobject]@{
            Rows    = $sorted
            Summary = [pscustomobject]$summary
        }
    }
}

filter Select-LowStock4 {
    param([int] $Threshold = 3)
    if ($_.Quantity -lt $Threshold) { $_ }
}

function Format-InventoryReport4 {
    param(
        [Parameter(Mandatory)]
        $Report,

        [ValidateSet('Text', 'Json', 'Csv')]
        [string] $Format = 'Text'
    )

    switch ($Format) {
        'Json' {
            return $Report | ConvertTo-Json -Depth 5 -Compress:$false
        }
        'Csv' {
            return ($Report.Rows | ConvertTo-Csv -NoTypeInformation -UseQuotes AsNeeded) -join [Environment]::NewLine
        }
    }

    $builder = [StringBuilder]::new()
    [void] $builder.AppendLine(('{0,-24} {1,-10} {2,8} {3,12}' -f 'Name', 'Category', 'Qty', 'Total'))
    [void] $builder.AppendLine('-' * 57)
    foreach ($row in $Report.Rows) {
        $marker = $row.Low ? '!' : ' '
        $null = $builder.AppendFormat('{0,-24} {1,-10} {2,8} {3,12:N2}{4}', $row.Name, $row.Category, $row.Quantity, $row.Total, $marker).AppendLine()
    }
    $footer = @"

Items:       $($Report.Summary.Items)
Low stock:   $($Report.Summary.LowStock)
Grand total: $('{0:N2}' -f $Report.Summary.GrandTotal)
Generated:   $(Get-Date -Format u) by $env:USER on $([Environment]::MachineName)
"@
    [void] $builder.Append($footer)
    $builder.ToString()
}

$catalog4 = @(
    New-InventoryItem4 -Name 'Bolt M6' -Price 0.12 -Quantity 1200
    New-InventoryItem4 -Name 'Nut M6' -Price 0.05 -Quantity 2
    New-InventoryItem4 'Bracket' 3.75 -Quantity 40
    New-InventoryItem4 -Name 'Gear 32T' -Price 12.5 -Tags 'drive', 'steel' -Quantity 4
    New-InventoryItem4 -Name 'Sensor v2' -Price 48 -Tags @('electronics', 'fragile') -Restricted
    New-InventoryItem4 -Name "Cable $(1.5)m" -Price 2.99 -Quantity 0
)
$report4 = $catalog4 | Get-InventoryReport4 -SortBy Total -Descending -LowStockThreshold 10
$lowItems4 = $catalog4 | Select-LowStock4 -Threshold 5 | ForEach-Object Name
Write-Log4 "Low stock: $($lowItems4 -join ', ')" Warning
Format-InventoryReport4 -Report $report4 -Format $OutputFormat | Out-File -FilePath "$env:TEMP/report-4.txt" -Encoding utf8
#endregion

#region Resilience (part 4)
function Invoke-WithRetry4 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock] $Action,

        [RetryPolicy4] $Policy = [RetryPolicy4]::FromPreset('Default'),

        [Type[]] $RetryOn = @([System.IO.IOException], [System.TimeoutException]),

        [Parameter(ValueFromRemainingArguments)]
        [object[]] $ArgumentList
    )

    $attempt = 0
    $lastError = $null
    while ($true) {
        $attempt++
        try {
            Write-Verbose "Attempt $attempt of $($Policy.MaxAttempts)"
            return & $Action @ArgumentList
        }
        catch [System.Management.Automation.PipelineStoppedException] {
            throw
        }
        catch {
            $lastError = $_
            $retryable = $false
            foreach ($type in $RetryOn) {
                if ($_.Exception -is $type -or $_.Exception.InnerException -is $type) {
                    $retryable = $true
                    break
                }
            }
            if (-not $retryable -or $attempt -ge $Policy.MaxAttempts) {
                Write-Log4 "Giving up after $attempt attempt(s): $($_.Exception.Message)" -Level Error
                throw
            }
            $wait = $Policy.DelayFor($attempt)
            Write-Log4 ("Attempt {0} failed ({1}); retrying in {2:N0} ms" -f $attempt, $_.Exception.GetType().Name, $wait.TotalMilliseconds) -Level Warning
            Start-Sleep -Milliseconds ([int] $wait.TotalMilliseconds)
        }
        finally {
            Write-Debug "Attempt $attempt done; last error: $(${lastError}?.Exception?.Message ?? 'none')"
        }
    }
}

function Read-ConfigFile4 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
        [string] $Path,

        [hashtable] $Defaults = @{ Mode = 'safe'; Retries = 3; Verbose = $false }
    )

    $config = $Defaults.Clone()
    $section = 'root'
    $lineNumber = 0
    switch -Regex -File $Path {
        '^\s*(#|;|$)' {
            $lineNumber++
            continue
        }
        '^\[(?<name>[^\]]+)\]\s*$' {
            $lineNumber++
            $section = $Matches.name.Trim().ToLowerInvariant()
            continue
        }
        '^(?<key>[A-Za-z_][\w.]*)\s*=\s*(?<value>.*)$' {
            $lineNumber++
            $key = $section -eq 'root' ? $Matches['key'] : "$section.$($Matches['key'])"
            $raw = $Matches['value'].Trim().Trim('"')
            $config[$key] = switch -Wildcard ($raw) {
                'true' { $true }
                'false' { $false }
                '0x*' { [Convert]::ToInt32($raw.Substring(2), 16) }
                default {
                    $number = 0
                    if ([int]::TryParse($raw, [ref] $number)) { $number } else { $raw }
                }
            }
            continue
        }
        default {
            $lineNumber++
            Write-Log4 "${Path}:${lineNumber}: cannot read '$_'" -Level Warning
        }
    }
    $config
}

function Test-Configuration4 {
    param([Parameter(Mandatory)][hashtable] $Config)

    $problems = [List[string]]::new()
    $rules = [ordered]@{
        'Mode'    = { param($v) $v -in 'safe', 'fast', 'debug' }
        'Retries' = { param($v) $v -is [int] -and $v -ge 0 -and $v -le 10 }
        'Verbose' = { param($v) $v -is [bool] }
    }
    foreach ($rule in $rules.GetEnumerator()) {
        if (-not $Config.ContainsKey($rule.Key)) {
            $problems.Add("missing key '$($rule.Key)'")
        }
        elseif (-not (& $rule.Value $Config[$rule.Key])) {
            $problems.Add("invalid value for '$($rule.Key)': $($Config[$rule.Key])")
        }
    }
    $unknown = $Config.Keys.Where({ $_ -notin $rules.Keys -and $_ -notmatch '\.' })
    if ($unknown.Count -gt 0) {
        $problems.Add("unknown keys: $($unknown -join ', ')")
    }
    , $problems.ToArray()
}

$sampleConfig4 = @'
# Sample settings; values in "quotes" keep their spaces.
Mode = fast
Retries = 4
Verbose = false
[network]
Timeout = 30
Proxy = "http://proxy.example.test:3128"
Flags = 0x1F
this line is not a setting
'@
$configPath4 = New-TemporaryFile
Set-Content -LiteralPath $configPath4 -Value $sampleConfig4 -NoNewline
try {
    $config4 = Invoke-WithRetry4 -Action { param($p) Read-ConfigFile4 -Path $p } -Policy ([RetryPolicy4]::new(2, 10)) $configPath4.FullName
    $problems4 = Test-Configuration4 -Config $config4
    if ($problems4.Length -eq 0) {
        Write-Log4 "Configuration OK: mode=$($config4.Mode), retries=$($config4['Retries'])"
    }
    else {
        $problems4 | ForEach-Object { Write-Log4 -Message "Config: $_" -Level Warning }
    }
}
catch [System.IO.FileNotFoundException], [System.IO.DirectoryNotFoundException] {
    Write-Log4 "Configuration missing: $($_.Exception.Message)" -Level Error
}
catch {
    Write-Log4 "Configuration failed at line $($_.InvocationInfo.ScriptLineNumber): $_" -Level Error
    $script:ExitCode = 1
}
finally {
    Remove-Item -LiteralPath $configPath4 -ErrorAction SilentlyContinue
}

$messages4 = data {
    ConvertFrom-StringData -StringData @'
Welcome = Inventory tool ready.
Scanning = Scanning {0} ...
Done = Done: {0} files, {1:N1} MB.
'@
}
#endregion

#region File scanning (part 4)
function Get-DirectorySummary4 {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [SupportsWildcards()]
        [string[]] $Path = @('.'),

        [string[]] $Include = @('*.ps1', '*.psm1', '*.json', '*.log'),

        [long] $LargeFile = 16MB,

        [switch] $Parallel
    )

    begin {
        $seen = [HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
        $results = [List[object]]::new()
    }

    process {
        foreach ($folder in $Path) {
            $resolved = Resolve-Path -Path $folder -ErrorAction SilentlyContinue
            if (-not $resolved) {
                Write-Log4 "Skipping missing folder '$folder'" Warning
                continue
            }
            if (-not $seen.Add($resolved.ProviderPath)) {
                continue
            }
            $files = Get-ChildItem -LiteralPath $resolved.ProviderPath -Include $Include -Recurse -File -Force -ErrorAction SilentlyContinue
            $results.Add([pscustomobject]@{
                Folder = $resolved.ProviderPath
                Files  = @($files)
            })
        }
    }

    end {
        $prefix = "scan-4"
        $summaries = if ($Parallel) {
            $results | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
                $entry = $_
                $bytes = ($entry.Files | Measure-Object -Property Length -Sum).Sum ?? 0
                [pscustomobject]@{
                    Id     = "$using:prefix-$([Threading.Thread]::CurrentThread.ManagedThreadId)"
                    Folder = $entry.Folder
                    Count  = $entry.Files.Count
                    Bytes  = [long] $bytes
                }
            }
        }
        else {
            foreach ($entry in $results) {
                $measure = $entry.Files | Measure-Object -Property Length -Sum -Average -Maximum
                [pscustomobject]@{
                    Id     = $prefix
                    Folder = $entry.Folder
                    Count  = $measure.Count
                    Bytes  = [long] ($measure.Sum ?? 0)
                }
            }
        }

        $byExtension = $results.Files |
            Group-Object -Property { $_.Extension.ToLowerInvariant() } -NoElement |
            Sort-Object -Property @{ Expression = 'Count'; Descending = $true }, @{ Expression = 'Name'; Ascending = $true } |
            Select-Object -First 10
        $large = $results.Files | Where-Object Length -GE $LargeFile | Sort-Object Length -Descending
        $recent = $results.Files | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-7) } | Select-Object -ExpandProperty FullName

        [pscustomobject]@{
            Folders     = $summaries
            Extensions  = $byExtension
            LargeFiles  = $large | Select-Object Name, @{ n = 'MB'; e = { '{0:N1}' -f ($_.Length / 1MB) } }
            RecentCount = @($recent).Count
        }
    }
}

function Measure-Lines4 {
    param([Parameter(Mandatory, ValueFromPipeline)][System.IO.FileInfo] $File)

    begin { $totals = @{ Code = 0; Comment = 0; Blank = 0 } }

    process {
        $inBlock = $false
        foreach ($line in [System.IO.File]::ReadLines($File.FullName)) {
            $trimmed = $line.Trim()
            if ($inBlock) {
                $totals.Comment++
                if ($trimmed.EndsWith('#>')) { $inBlock = $false }
            }
            elseif ($trimmed.Length -eq 0) { $totals.Blank++ }
            elseif ($trimmed.StartsWith('<#')) {
                $totals.Comment++
                $inBlock = -not $trimmed.EndsWith('#>')
            }
            elseif ($trimmed[0] -eq '#') { $totals['Comment'] += 1 }
            else { $totals.Code += 1 }
        }
    }

    end { [pscustomobject] $totals }
}

$scan4 = Get-DirectorySummary4 -Path $Root, (Join-Path $Root 'modules') -Parallel:($ThrottleLimit -gt 1)
$scan4.Folders | Format-Table -AutoSize | Out-String -Width 120 | Write-Verbose
Get-ChildItem -Path $Root -Filter *.ps1 -Recurse -File 2>$null |
    Measure-Lines4 |
    ForEach-Object { Write-Log4 ($messages4.Done -f ($_.Code + $_.Comment + $_.Blank), 0.0) }
#endregion

#region Source control and native tools (part 4)
function Get-GitStatus4 {
    param([string] $Repository = $Root)

    if (-not (Get-Command -Name git -CommandType Application -ErrorAction Ignore)) {
        return [pscustomobject]@{ Branch = $null; Changes = @(); Ahead = 0 }
    }
    $branch = git -C $Repository rev-parse --abbrev-ref HEAD 2>$null
    $lines = @(git -C $Repository status --porcelain=v1 --untracked-files=normal 2>&1 | Where-Object { $_ -is [string] })
    $ahead = 0
    $counts = & git -C "$Repository" rev-list --left-right --count "HEAD...@{upstream}" 2>$null
    if ($LASTEXITCODE -eq 0 -and $counts -match '^(\d+)\s+(\d+)$') {
        $ahead = [int] $Matches[1]
    }
    $changes = foreach ($line in $lines) {
        if ($line -notmatch '^(?<index>.)(?<tree>.) (?<path>.+)$') { continue }
        [pscustomobject]@{
            State = switch -Exact ($Matches.index + $Matches.tree) {
                '??' { 'untracked' }
                ' M' { 'modified' }
                'M ' { 'staged' }
                'A ' { 'added' }
                { $_ -like '*D*' } { 'deleted' }
                default { 'other' }
            }
            Path  = $Matches.path -replace '^"(.*)"$', '$1'
        }
    }
    [pscustomobject]@{ Branch = $branch; Changes = @($changes); Ahead = $ahead }
}

$git4 = Get-GitStatus4
if ($git4.Branch -and $git4.Changes.Count -gt 0) {
    $git4.Changes | Group-Object State | ForEach-Object {
        Write-Log4 ("{0,-10} {1,3} file(s) on {2}" -f $_.Name, $_.Count, $git4.Branch)
    }
}
$env:GIT_PAGER = 'cat'
git --no-pager log -n 3 --format='%h %s' *> $null
dotnet --version > "$env:TEMP/dotnet-version-4.txt" 2>&1
cmd /c --% echo %PATH% > nul
Test-Path -Path "$Root/.git" && Write-Log4 'Inside a git work tree' Debug || Write-Log4 'Not a git work tree' Debug
Write-Output -- -not-a-parameter
#endregion

#region Text helpers (part 4)
function ConvertTo-Slug4 {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Text,

        [ValidateRange(8, 200)]
        [int] $MaxLength = 64,

        [char] $Separator = '-'
    )

    process {
        if ([string]::IsNullOrWhiteSpace($Text)) {
            return ''
        }
        $normalized = $Text.Normalize([NormalizationForm]::FormD)
        $ascii = -join ($normalized.ToCharArray() | Where-Object {
                [Globalization.CharUnicodeInfo]::GetUnicodeCategory($_) -ne [Globalization.UnicodeCategory]::NonSpacingMark
            })
        $slug = $ascii.ToLowerInvariant() -replace '[^a-z0-9]+', $Separator -replace "^\$Separator+|\$Separator+`$", ''
        if ($slug.Length -gt $MaxLength) {
            $slug = $slug.Substring(0, $MaxLength).TrimEnd($Separator)
        }
        $slug
    }
}

function Expand-Template4 {
    param(
        [Parameter(Mandatory)][string] $Template,
        [Parameter(Mandatory)][hashtable] $Values
    )

    # {{name}} becomes the value; {{name|upper}} and {{name|default:x}} apply a filter.
    [regex]::Replace($Template, '\{\{\s*(?<name>\w+)(\|(?<filter>\w+)(:(?<arg>[^}]*))?)?\s*\}\}', {
            param([System.Text.RegularExpressions.Match] $match)
            $name = $match.Groups['name'].Value
            $value = $Values.ContainsKey($name) ? $Values[$name] : $null
            switch ($match.Groups['filter'].Value) {
                'upper' { return "$value".ToUpperInvariant() }
                'lower' { return "$value".ToLowerInvariant() }
                'default' { return $value ?? $match.Groups['arg'].Value }
                '' { return "$value" }
                default { throw "Unknown template filter '$_'" }
            }
        })
}

$titles4 = 'Quarterly Report: Q3/2024', '  Hello, World!  ', 'Cafe au lait & croissants', 'already-a-slug'
$slugs4 = $titles4 | ConvertTo-Slug4 -MaxLength 32
$template4 = @"
Dear {{name}},

Your order {{order|upper}} ships on {{date|default:the next business day}}.
Tracking: {{tracking|default:n/a}} -- reference `"$($slugs4[0])`"
Total due: {{total}}   (`$ amounts include tax)
"@
$letter4 = Expand-Template4 -Template $template4 -Values @{
    name  = 'Ada'
    order = "ord-$(Get-Random -Minimum 1000 -Maximum 9999)"
    total = '{0:C}' -f 149.5
}
$words4 = ($letter4 -split '\s+').Where({ $_ -match '^[A-Za-z]{4,}$' }) | ForEach-Object { $_.ToLower() }
$wordCounts4 = @{}
foreach ($w in $words4) { $wordCounts4[$w] = 1 + ($wordCounts4[$w] ?? 0) }
$top4 = $wordCounts4.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 3
"Top words: " + (($top4 | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ', ') | Write-Verbose
$doubled4 = 'a1b22c333' -replace '\d+', { [int] $_.Value * 2 }
$parts4 = 'key=value=more' -split '=', 2
$csvLine4 = '"quoted, field",plain,,last'
$fields4 = $csvLine4 -split ',(?=(?:[^"]*"[^"]*")*[^"]*$)'
$escaped4 = "Tab:`tNewline:`nBell:`a Unicode:`u{2713} Esc:`e[0m Dollar:`$ Backtick:``"
$literal4 = 'It''s $notExpanded and `n stays'
$mixed4 = "Item $($catalog4[0].Name) costs $($catalog4[0].Price) ($($catalog4.Count) items, first=$($catalog4[0]), env=$env:HOME, var=${script:ExitCode})"
#endregion

#region Numbers and collections (part 4)
function Measure-Statistics4 {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][double[]] $Value)

    begin { $all = [List[double]]::new() }
    process { $all.AddRange($Value) }
    end {
        if ($all.Count -eq 0) { return $null }
        $all.Sort()
        $n = $all.Count
        $mean = ($all | Measure-Object -Average).Average
        $sumSq = 0.0
        for ($i = 0; $i -lt $n; $i++) {
            $sumSq += [math]::Pow($all[$i] - $mean, 2)
        }
        $median = if ($n % 2) { $all[($n - 1) / 2] } else { ($all[$n / 2 - 1] + $all[$n / 2]) / 2 }
        [pscustomobject]@{
            Count  = $n
            Min    = $all[0]
            Max    = $all[-1]
            Mean   = [math]::Round($mean, 3)
            Median = $median
            StdDev = $n -gt 1 ? [math]::Sqrt($sumSq / ($n - 1)) : 0
            P90    = $all[[math]::Min($n - 1, [int][math]::Ceiling(0.9 * $n) - 1)]
        }
    }
}

$numbers4 = 1..20 | ForEach-Object { $_ * $_ % 17 }
$stats4 = $numbers4 | Measure-Statistics4
$sizes4 = 1KB, 2.5MB, 1GB, 0x1F, 0xFF, 1e3, 1.5e-2, 42L, 3.14159d, -7, .5, (1TB / 1PB)
$flags4 = (0x0F -band 0x3C) -bor (1 -shl 4) -bxor 0x01
$inverted4 = -bnot $flags4
$shifted4 = $flags4 -shr 1
$ratio4 = [math]::Round(22 / 7, 4)
$remainder4 = -17 % 5
$matrix4 = @(
    @(1, 2, 3),
    @(4, 5, 6),
    @(7, 8, 9)
)
$diagonal4 = for ($i = 0; $i -lt $matrix4.Count; $i++) { $matrix4[$i][$i] }
$slice4 = $numbers4[2..5] + $numbers4[-3..-1] + $numbers4[0, 4, 8]
$first4, $second4, $rest4 = $numbers4
$queue4 = [Queue[int]]::new([int[]] (1..5))
$total4 = 0
while ($queue4.Count -gt 0) {
    $next = $queue4.Dequeue()
    if ($next -eq 3) { continue }
    $total4 += $next
}
$countdown4 = 5
do {
    $countdown4--
} while ($countdown4 -gt 0)
do {
    $countdown4 += 2
} until ($countdown4 -ge 10)
$found4 = $null
:outer foreach ($row in $matrix4) {
    foreach ($cell in $row) {
        if ($cell % 2 -eq 0 -and $cell -gt 4) {
            $found4 = $cell
            break outer
        }
        if ($cell -lt 0) { continue outer }
    }
}
$lookup4 = [Dictionary[string, List[int]]]::new()
foreach ($n in $numbers4) {
    $key = $n % 2 -eq 0 ? 'even' : 'odd'
    if (-not $lookup4.ContainsKey($key)) { $lookup4[$key] = [List[int]]::new() }
    $lookup4[$key].Add($n)
}
$empty4 = [Array]::Empty[string]()
$unique4 = $numbers4 | Sort-Object -Unique
$contains4 = ($numbers4 -contains 16) -and (16 -in $numbers4) -and ($numbers4 -notcontains 99) -and (99 -notin $numbers4)
$typed4 = [int] '42' + [double] '0.5' + [int][char] 'A'
$asInt4 = '12abc' -as [int]
$isString4 = $asInt4 -is [string] -or $asInt4 -isnot [int]
#endregion

#region Script blocks, objects and services (part 4)
function Merge-Hashtable4 {
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)][hashtable] $Base,
        [Parameter(Mandatory)][hashtable] $Override,
        [switch] $Deep
    )

    $merged = @{} + $Base
    foreach ($key in $Override.Keys) {
        $incoming = $Override[$key]
        if ($Deep -and $merged[$key] -is [hashtable] -and $incoming -is [hashtable]) {
            $merged[$key] = Merge-Hashtable4 -Base $merged[$key] -Override $incoming -Deep
        }
        elseif ($incoming -is [array] -and $merged[$key] -is [array]) {
            $merged[$key] = @($merged[$key]) + @($incoming | Where-Object { $_ -notin $merged[$key] })
        }
        else {
            $merged[$key] = $incoming
        }
    }
    return $merged
}

function script:New-Counter4 {
    param([int] $Start = 0, [int] $Step = 1)
    $state = @{ Value = $Start }
    {
        $state.Value += $Step
        $state.Value
    }.GetNewClosure()
}

function global:Invoke-Service4 {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, Position = 0)]
        [ArgumentCompleter({
                param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
                'start', 'stop', 'restart', 'status' | Where-Object { $_ -like "$wordToComplete*" }
            })]
        [string] $Operation,

        [Parameter(ValueFromPipelineByPropertyName)]
        [Alias('ServiceName', 'Svc')]
        [string[]] $Name = @('web', 'worker'),

        [ValidateNotNull()]
        [System.Collections.IDictionary] $Headers = @{},

        [uri] $Endpoint = 'https://status.example.test/api/v1/',

        [int] $TimeoutSec = 15
    )

    dynamicparam {
        if ($Operation -ne 'restart') {
            return
        }
        $attribute = [System.Management.Automation.ParameterAttribute]@{
            Mandatory   = $false
            HelpMessage = 'Seconds to wait between stop and start'
        }
        $collection = [System.Collections.ObjectModel.Collection[Attribute]]::new()
        $collection.Add($attribute)
        $collection.Add([System.Management.Automation.ValidateRangeAttribute]::new(0, 300))
        $parameter = [System.Management.Automation.RuntimeDefinedParameter]::new('Pause', [int], $collection)
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary.Add('Pause', $parameter)
        $dictionary
    }

    begin {
        $pause = $PSBoundParameters.ContainsKey('Pause') ? $PSBoundParameters['Pause'] : 5
        $requestHeaders = Merge-Hashtable4 -Base @{ Accept = 'application/json'; 'User-Agent' = "inventory/4 ($($PSVersionTable.PSVersion))" } -Override $Headers
        $total = 0
        Write-Verbose "$($MyInvocation.MyCommand.Name) $Operation (pause $pause s)"
    }

    process {
        foreach ($service in $Name) {
            $total++
            Write-Progress -Activity "Service $Operation" -Status "$service ($total)" -PercentComplete ([math]::Min(100, $total * 25))
            if (-not $PSCmdlet.ShouldProcess($service, $Operation)) { continue }
            $uri = [uri]::new($Endpoint, "services/$([uri]::EscapeDataString($service))/$Operation")
            $response = try {
                Invoke-RestMethod -Uri $uri -Method Post -Headers $requestHeaders -TimeoutSec $TimeoutSec -ErrorAction Stop
            }
            catch [System.Net.Http.HttpRequestException] {
                Write-Log4 "HTTP error for ${service}: $($_.Exception.Message)" -Level Warning
                $null
            }
            [pscustomobject]@{
                Service = $service
                State   = [ServiceState4] (${response}?.state ?? 'Unknown')
                Elapsed = $response.elapsedMs -as [int]
            } | Add-Member -MemberType ScriptMethod -Name IsUp -Value { $this.State -eq [ServiceState4]::Running } -PassThru
        }
    }

    end {
        Write-Progress -Activity "Service $Operation" -Completed
    }
}

$counter4 = New-Counter4 -Start 10 -Step 5
$null = & $counter4
$afterTwo4 = $counter4.Invoke()[0]
$add4 = { param([int] $a, [int] $b = 1) $a + $b }
$sum4 = & $add4 2 3
$sum4 += $add4.Invoke(4)[0]
. { $dotSourced4 = 'visible in script scope' }
$compiled4 = [scriptblock]::Create('param($x) $x * 2')
$squares4 = (1..5).ForEach({ $_ * $_ })
$evens4 = (1..10).Where({ $_ % 2 -eq 0 }, 'First', 3)
$defaults4 = @{
    Logging = @{ Level = 'Info'; Targets = @('file') }
    Retry   = @{ Attempts = 3 }
    Tags    = @('base')
}
$overrides4 = @{ Logging = @{ Level = 'Debug'; Targets = @('file', 'console') }; Tags = @('extra') }
$settings4 = Merge-Hashtable4 -Base $defaults4 -Override $overrides4 -Deep
$json4 = $settings4 | ConvertTo-Json -Depth 4
$roundTrip4 = $json4 | ConvertFrom-Json -AsHashtable
$level4 = ${roundTrip4}?['Logging']?['Level'] ?? 'Info'
$person4 = [pscustomobject]@{ First = 'Grace'; Last = 'Hopper'; Born = [datetime] '1906-12-09' }
$person4 | Add-Member -NotePropertyName Age -NotePropertyValue ([datetime]::Today.Year - $person4.Born.Year)
$person4.PSObject.Properties | ForEach-Object { '{0} = {1}' -f $_.Name, $_.Value } | Write-Verbose
$propertyName4 = 'Last'
$lastName4 = $person4.$propertyName4
$fullName4 = "$($person4.First) $($person4.'Last')"
$type4 = [System.Text.StringBuilder]
$builder4 = $type4::new(256)
[void] $builder4.Append('a').Append(1).AppendLine()
$services4 = Invoke-Service4 status -Name web, worker, 'queue-1' -WhatIf:$DryRun -Headers @{ 'X-Request-Id' = [guid]::NewGuid().ToString('N') }
$job4 = Start-Job -Name "inventory-4" -ScriptBlock {
    param($folder, $limit)
    Get-ChildItem -Path $folder -File | Select-Object -First $limit -ExpandProperty Name
} -ArgumentList $Root, 5
$jobOutput4 = $job4 | Wait-Job -Timeout 30 | Receive-Job -ErrorAction SilentlyContinue
$job4 | Remove-Job -Force
$longCommand4 = Get-ChildItem -Path $Root `
    -Filter '*.json' `
    -Recurse `
    -Depth 2 `
    -ErrorAction SilentlyContinue
$names4 = $longCommand4
    | Where-Object Length -gt 0
    | Sort-Object Name
    | Select-Object -ExpandProperty Name
trap [System.DivideByZeroException] {
    Write-Log4 "Division by zero trapped: $($_.Exception.Message)" -Level Warning
    continue
}
$safeRatio4 = if ($names4.Count) { 100 / $names4.Count } else { 0 }
Write-Log4 ("Part 4: {0} names, ratio {1:N2}, level {2}, sum {3}" -f @($names4).Count, $safeRatio4, $level4, $sum4) -Level Info
#endregion

#region Types (part 5)
enum LogLevel5 {
    Debug = 0
    Info
    Warning
    Error = 10
}

[Flags()]
enum Permission5 {
    None = 0
    Read = 1
    Write = 2
    Execute = 4
    All = 7
}

enum ServiceState5 : byte {
    Unknown
    Stopped
    Starting
    Running
}

class InventoryItem5 {
    [ValidateNotNullOrEmpty()]
    [string] $Name
    [string] $Category = 'general'
    [decimal] $Price
    [int] $Quantity
    [datetime] $Updated = [datetime]::UtcNow
    hidden [string] $Checksum
    static [int] $Created = 0

    InventoryItem5() {
        [InventoryItem5]::Created++
    }

    InventoryItem5([string] $name, [decimal] $price) {
        $this.Name = $name
        $this.Price = $price
        [InventoryItem5]::Created++
    }

    [decimal] Total() {
        return $this.Price * $this.Quantity
    }

    [string] Describe() {
        $label = if ($this.Quantity -eq 1) { 'unit' } else { 'units' }
        return "{0} ({1}): {2} {3} at {4:C2}" -f $this.Name, $this.Category, $this.Quantity, $label, $this.Price
    }

    [bool] IsLow([int] $threshold) {
        return $this.Quantity -lt $threshold
    }

    [string] ToString() {
        return "$($this.Name) x$($this.Quantity)"
    }
}

class Widget5 : InventoryItem5, System.IComparable {
    [string[]] $Tags = @()
    [Permission5] $Access = [Permission5]::Read -bor [Permission5]::Write

    Widget5([string] $name, [decimal] $price, [string[]] $tags) : base($name, $price) {
        $this.Category = 'widget'
        $this.Tags = $tags
    }

    [int] CompareTo([object] $other) {
        if ($null -eq $other) {
            return 1
        }
        $that = [Widget5] $other
        $byPrice = $this.Price.CompareTo($that.Price)
        if ($byPrice -ne 0) {
            return $byPrice
        }
        return [string]::Compare($this.Name, $that.Name, [StringComparison]::OrdinalIgnoreCase)
    }

    [bool] HasTag([string] $tag) {
        foreach ($candidate in $this.Tags) {
            if ($candidate -like $tag) {
                return $true
            }
        }
        return $false
    }

    [string] Describe() {
        $base = '{0} ({1:C2})' -f $this.ToString(), $this.Price
        $tagText = $this.Tags.Count -gt 0 ? ($this.Tags -join ', ') : 'no tags'
        return "$base [$tagText]"
    }
}

class RetryPolicy5 {
    [int] $MaxAttempts = 3
    [timespan] $Delay = [timespan]::FromMilliseconds(250)
    [double] $Backoff = 2.0
    static [hashtable] $Presets = @{
        Fast    = @(2, 50)
        Default = @(3, 250)
        Patient = @(8, 1000)
    }

    RetryPolicy5() {
    }

    RetryPolicy5([int] $maxAttempts, [int] $delayMs) {
        $this.MaxAttempts = $maxAttempts
        $this.Delay = [timespan]::FromMilliseconds($delayMs)
    }

    static [RetryPolicy5] FromPreset([string] $name) {
        $preset = [RetryPolicy5]::Presets[$name]
        if ($null -eq $preset) {
            throw [System.ArgumentException]::new("Unknown retry preset '$name'", 'name')
        }
        return [RetryPolicy5]::new($preset[0], $preset[1])
    }

    [timespan] DelayFor([int] $attempt) {
        $factor = [math]::Pow($this.Backoff, $attempt - 1)
        return [timespan]::FromMilliseconds($this.Delay.TotalMilliseconds * $factor)
    }
}

class NameList5 : List[string] {
    [string] Joined() {
        return ($this | Sort-Object) -join '; '
    }
}
#endregion

#region Logging (part 5)
$script:LogPath5 = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath "inventory-5.log"
$script:MinimumLevel5 = [LogLevel5]::Info

function Write-Log5 {
    <#
    .SYNOPSIS
        Writes a timestamped line to the log file and, for warnings and errors, to the host.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Message,

        [Parameter(Position = 1)]
        [LogLevel5] $Level = [LogLevel5]::Info,

        [string] $Path = $script:LogPath5
    )

    process {
        if ($Level -lt $script:MinimumLevel5) {
            return
        }
        $stamp = Get-Date -Format 'yyyy-MM-ddTHH:mm:ss.fff'
        $line = "$stamp [$($Level.ToString().ToUpperInvariant().PadRight(7))] $Message"
        Add-Content -Path $Path -Value $line -Encoding utf8
        switch ($Level) {
            ([LogLevel5]::Warning) { Write-Warning $Message; $script:Warnings.Add($Message) }
            ([LogLevel5]::Error) { Write-Error -Message $Message -ErrorAction Continue }
            default { Write-Verbose $line }
        }
    }
}
#endregion

#region Inventory (part 5)
function New-InventoryItem5 {
    [CmdletBinding(DefaultParameterSetName = 'Plain', SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
    [OutputType([InventoryItem5])]
    param(
        [Parameter(Mandatory = $true, Position = 0, HelpMessage = 'The item name')]
        [ValidateLength(1, 64)]
        [ValidatePattern('^[\w .-]+$')]
        [string] $Name,

        [Parameter(Mandatory, Position = 1)]
        [ValidateRange(0, 1000000)]
        [decimal] $Price,

        [ValidateScript({ $_ -ge 0 }, ErrorMessage = 'Quantity must not be negative: {0}')]
        [int] $Quantity = 1,

        [Parameter(ParameterSetName = 'Widget', Mandatory)]
        [ValidateCount(1, 8)]
        [string[]] $Tags,

        [Parameter(ParameterSetName = 'Widget')]
        [switch] $Restricted
    )

    if (-not $PSCmdlet.ShouldProcess($Name, 'Create inventory item')) {
        return
    }
    $item = switch ($PSCmdlet.ParameterSetName) {
        'Widget' {
            $widget = [Widget5]::new($Name, $Price, $Tags)
            if ($Restricted.IsPresent) {
                $widget.Access = [Permission5]::Read
            }
            $widget
        }
        default { [InventoryItem5]::new($Name, $Price) }
    }
    $item.Quantity = $Quantity
    $item
}

function Get-InventoryReport5 {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [InventoryItem5[]] $Item,

        [ValidateSet('Name', 'Total', 'Quantity', IgnoreCase = $true)]
        [string] $SortBy = 'Total',

        [int] $LowStockThreshold = 5,

        [switch] $Descending
    )

    begin {
        $rows = [List[pscustomobject]]::new()
        $byCategory = @{}
        $lowStock = 0
        Write-Log5 "Report started (sort by $SortBy)" -Level Debug
    }

    process {
        foreach ($entry in $Item) {
            $total = $entry.Total()
            $rows.Add([pscustomobject]@{
                Name     = $entry.Name
                Category = $entry.Category
                Quantity = $entry.Quantity
                Price    = $entry.Price
                Total    = $total
                Low      = $entry.IsLow($LowStockThreshold)
            })
            $byCategory[$entry.Category] = ($byCategory[$entry.Category] ?? 0) + $total
            if ($entry.IsLow($LowStockThreshold)) {
                $lowStock++
            }
        }
    }

    end {
        $sortParams = @{
            Property   = $SortBy
            Descending = $Descending.IsPresent
        }
        $sorted = $rows | Sort-Object @sortParams
        $summary = [ordered]@{
            Items      = $rows.Count
            LowStock   = $lowStock
            GrandTotal = ($rows | Measure-Object -Property Total -Sum).Sum
            Categories = $byCategory.GetEnumerator() |
                Sort-Object -Property Value -Descending |
                Select-Object -Property @{ Name = 'Category'; Expression = { $_.Key } },
                    @{ Name = 'Total'; Expression = { [math]::Round($_.Value, 2) } }
        }
        Write-Log5 ("Report finished: {0} items, {1} low" -f $summary.Items, $summary.LowStock)
        [pscustomobject]@{
            Rows    = $sorted
            Summary = [pscustomobject]$summary
        }
    }
}

filter Select-LowStock5 {
    param([int] $Threshold = 3)
    if ($_.Quantity -lt $Threshold) { $_ }
}

function Format-InventoryReport5 {
    param(
        [Parameter(Mandatory)]
        $Report,

        [ValidateSet('Text', 'Json', 'Csv')]
        [string] $Format = 'Text'
    )

    switch ($Format) {
        'Json' {
            return $Report | ConvertTo-Json -Depth 5 -Compress:$false
        }
        'Csv' {
            return ($Report.Rows | ConvertTo-Csv -NoTypeInformation -UseQuotes AsNeeded) -join [Environment]::NewLine
        }
    }

    $builder = [StringBuilder]::new()
    [void] $builder.AppendLine(('{0,-24} {1,-10} {2,8} {3,12}' -f 'Name', 'Category', 'Qty', 'Total'))
    [void] $builder.AppendLine('-' * 57)
    foreach ($row in $Report.Rows) {
        $marker = $row.Low ? '!' : ' '
        $null = $builder.AppendFormat('{0,-24} {1,-10} {2,8} {3,12:N2}{4}', $row.Name, $row.Category, $row.Quantity, $row.Total, $marker).AppendLine()
    }
    $footer = @"

Items:       $($Report.Summary.Items)
Low stock:   $($Report.Summary.LowStock)
Grand total: $('{0:N2}' -f $Report.Summary.GrandTotal)
Generated:   $(Get-Date -Format u) by $env:USER on $([Environment]::MachineName)
"@
    [void] $builder.Append($footer)
    $builder.ToString()
}

$catalog5 = @(
    New-InventoryItem5 -Name 'Bolt M6' -Price 0.12 -Quantity 1200
    New-InventoryItem5 -Name 'Nut M6' -Price 0.05 -Quantity 2
    New-InventoryItem5 'Bracket' 3.75 -Quantity 40
    New-InventoryItem5 -Name 'Gear 32T' -Price 12.5 -Tags 'drive', 'steel' -Quantity 4
    New-InventoryItem5 -Name 'Sensor v2' -Price 48 -Tags @('electronics', 'fragile') -Restricted
    New-InventoryItem5 -Name "Cable $(1.5)m" -Price 2.99 -Quantity 0
)
$report5 = $catalog5 | Get-InventoryReport5 -SortBy Total -Descending -LowStockThreshold 10
$lowItems5 = $catalog5 | Select-LowStock5 -Threshold 5 | ForEach-Object Name
Write-Log5 "Low stock: $($lowItems5 -join ', ')" Warning
Format-InventoryReport5 -Report $report5 -Format $OutputFormat | Out-File -FilePath "$env:TEMP/report-5.txt" -Encoding utf8
#endregion

#region Resilience (part 5)
function Invoke-WithRetry5 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [scriptblock] $Action,

        [RetryPolicy5] $Policy = [RetryPolicy5]::FromPreset('Default'),

        [Type[]] $RetryOn = @([System.IO.IOException], [System.TimeoutException]),

        [Parameter(ValueFromRemainingArguments)]
        [object[]] $ArgumentList
    )

    $attempt = 0
    $lastError = $null
    while ($true) {
        $attempt++
        try {
            Write-Verbose "Attempt $attempt of $($Policy.MaxAttempts)"
            return & $Action @ArgumentList
        }
        catch [System.Management.Automation.PipelineStoppedException] {
            throw
        }
        catch {
            $lastError = $_
            $retryable = $false
            foreach ($type in $RetryOn) {
                if ($_.Exception -is $type -or $_.Exception.InnerException -is $type) {
                    $retryable = $true
                    break
                }
            }
            if (-not $retryable -or $attempt -ge $Policy.MaxAttempts) {
                Write-Log5 "Giving up after $attempt attempt(s): $($_.Exception.Message)" -Level Error
                throw
            }
            $wait = $Policy.DelayFor($attempt)
            Write-Log5 ("Attempt {0} failed ({1}); retrying in {2:N0} ms" -f $attempt, $_.Exception.GetType().Name, $wait.TotalMilliseconds) -Level Warning
            Start-Sleep -Milliseconds ([int] $wait.TotalMilliseconds)
        }
        finally {
            Write-Debug "Attempt $attempt done; last error: $(${lastError}?.Exception?.Message ?? 'none')"
        }
    }
}

function Read-ConfigFile5 {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
        [string] $Path,

        [hashtable] $Defaults = @{ Mode = 'safe'; Retries = 3; Verbose = $false }
    )

    $config = $Defaults.Clone()
    $section = 'root'
    $lineNumber = 0
    switch -Regex -File $Path {
        '^\s*(#|;|$)' {
            $lineNumber++
            continue
        }
        '^\[(?<name>[^\]]+)\]\s*$' {
            $lineNumber++
            $section = $Matches.name.Trim().ToLowerInvariant()
            continue
        }
        '^(?<key>[A-Za-z_][\w.]*)\s*=\s*(?<value>.*)$' {
            $lineNumber++
            $key = $section -eq 'root' ? $Matches['key'] : "$section.$($Matches['key'])"
            $raw = $Matches['value'].Trim().Trim('"')
            $config[$key] = switch -Wildcard ($raw) {
                'true' { $true }
                'false' { $false }
                '0x*' { [Convert]::ToInt32($raw.Substring(2), 16) }
                default {
                    $number = 0
                    if ([int]::TryParse($raw, [ref] $number)) { $number } else { $raw }
                }
            }
            continue
        }
        default {
            $lineNumber++
            Write-Log5 "${Path}:${lineNumber}: cannot read '$_'" -Level Warning
        }
    }
    $config
}

function Test-Configuration5 {
    param([Parameter(Mandatory)][hashtable] $Config)

    $problems = [List[string]]::new()
    $rules = [ordered]@{
        'Mode'    = { param($v) $v -in 'safe', 'fast', 'debug' }
        'Retries' = { param($v) $v -is [int] -and $v -ge 0 -and $v -le 10 }
        'Verbose' = { param($v) $v -is [bool] }
    }
    foreach ($rule in $rules.GetEnumerator()) {
        if (-not $Config.ContainsKey($rule.Key)) {
            $problems.Add("missing key '$($rule.Key)'")
        }
        elseif (-not (& $rule.Value $Config[$rule.Key])) {
            $problems.Add("invalid value for '$($rule.Key)': $($Config[$rule.Key])")
        }
    }
    $unknown = $Config.Keys.Where({ $_ -notin $rules.Keys -and $_ -notmatch '\.' })
    if ($unknown.Count -gt 0) {
        $problems.Add("unknown keys: $($unknown -join ', ')")
    }
    , $problems.ToArray()
}

$sampleConfig5 = @'
# Sample settings; values in "quotes" keep their spaces.
Mode = fast
Retries = 4
Verbose = false
[network]
Timeout = 30
Proxy = "http://proxy.example.test:3128"
Flags = 0x1F
this line is not a setting
'@
$configPath5 = New-TemporaryFile
Set-Content -LiteralPath $configPath5 -Value $sampleConfig5 -NoNewline
try {
    $config5 = Invoke-WithRetry5 -Action { param($p) Read-ConfigFile5 -Path $p } -Policy ([RetryPolicy5]::new(2, 10)) $configPath5.FullName
    $problems5 = Test-Configuration5 -Config $config5
    if ($problems5.Length -eq 0) {
        Write-Log5 "Configuration OK: mode=$($config5.Mode), retries=$($config5['Retries'])"
    }
    else {
        $problems5 | ForEach-Object { Write-Log5 -Message "Config: $_" -Level Warning }
    }
}
catch [System.IO.FileNotFoundException], [System.IO.DirectoryNotFoundException] {
    Write-Log5 "Configuration missing: $($_.Exception.Message)" -Level Error
}
catch {
    Write-Log5 "Configuration failed at line $($_.InvocationInfo.ScriptLineNumber): $_" -Level Error
    $script:ExitCode = 1
}
finally {
    Remove-Item -LiteralPath $configPath5 -ErrorAction SilentlyContinue
}

$messages5 = data {
    ConvertFrom-StringData -StringData @'
Welcome = Inventory tool ready.
Scanning = Scanning {0} ...
Done = Done: {0} files, {1:N1} MB.
'@
}
#endregion

#region File scanning (part 5)
function Get-DirectorySummary5 {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [SupportsWildcards()]
        [string[]] $Path = @('.'),

        [string[]] $Include = @('*.ps1', '*.psm1', '*.json', '*.log'),

        [long] $LargeFile = 16MB,

        [switch] $Parallel
    )

    begin {
        $seen = [HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
        $results = [List[object]]::new()
    }

    process {
        foreach ($folder in $Path) {
            $resolved = Resolve-Path -Path $folder -ErrorAction SilentlyContinue
            if (-not $resolved) {
                Write-Log5 "Skipping missing folder '$folder'" Warning
                continue
            }
            if (-not $seen.Add($resolved.ProviderPath)) {
                continue
            }
            $files = Get-ChildItem -LiteralPath $resolved.ProviderPath -Include $Include -Recurse -File -Force -ErrorAction SilentlyContinue
            $results.Add([pscustomobject]@{
                Folder = $resolved.ProviderPath
                Files  = @($files)
            })
        }
    }

    end {
        $prefix = "scan-5"
        $summaries = if ($Parallel) {
            $results | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
                $entry = $_
                $bytes = ($entry.Files | Measure-Object -Property Length -Sum).Sum ?? 0
                [pscustomobject]@{
                    Id     = "$using:prefix-$([Threading.Thread]::CurrentThread.ManagedThreadId)"
                    Folder = $entry.Folder
                    Count  = $entry.Files.Count
                    Bytes  = [long] $bytes
                }
            }
        }
        else {
            foreach ($entry in $results) {
                $measure = $entry.Files | Measure-Object -Property Length -Sum -Average -Maximum
                [pscustomobject]@{
                    Id     = $prefix
                    Folder = $entry.Folder
                    Count  = $measure.Count
                    Bytes  = [long] ($measure.Sum ?? 0)
                }
            }
        }

        $byExtension = $results.Files |
            Group-Object -Property { $_.Extension.ToLowerInvariant() } -NoElement |
            Sort-Object -Property @{ Expression = 'Count'; Descending = $true }, @{ Expression = 'Name'; Ascending = $true } |
            Select-Object -First 10
        $large = $results.Files | Where-Object Length -GE $LargeFile | Sort-Object Length -Descending
        $recent = $results.Files | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-7) } | Select-Object -ExpandProperty FullName

        [pscustomobject]@{
            Folders     = $summaries
            Extensions  = $byExtension
            LargeFiles  = $large | Select-Object Name, @{ n = 'MB'; e = { '{0:N1}' -f ($_.Length / 1MB) } }
            RecentCount = @($recent).Count
        }
    }
}

function Measure-Lines5 {
    param([Parameter(Mandatory, ValueFromPipeline)][System.IO.FileInfo] $File)

    begin { $totals = @{ Code = 0; Comment = 0; Blank = 0 } }

    process {
        $inBlock = $false
        foreach ($line in [System.IO.File]::ReadLines($File.FullName)) {
            $trimmed = $line.Trim()
            if ($inBlock) {
                $totals.Comment++
                if ($trimmed.EndsWith('#>')) { $inBlock = $false }
            }
            elseif ($trimmed.Length -eq 0) { $totals.Blank++ }
            elseif ($trimmed.StartsWith('<#')) {
                $totals.Comment++
                $inBlock = -not $trimmed.EndsWith('#>')
            }
            elseif ($trimmed[0] -eq '#') { $totals['Comment'] += 1 }
            else { $totals.Code += 1 }
        }
    }

    end { [pscustomobject] $totals }
}

$scan5 = Get-DirectorySummary5 -Path $Root, (Join-Path $Root 'modules') -Parallel:($ThrottleLimit -gt 1)
$scan5.Folders | Format-Table -AutoSize | Out-String -Width 120 | Write-Verbose
Get-ChildItem -Path $Root -Filter *.ps1 -Recurse -File 2>$null |
    Measure-Lines5 |
    ForEach-Object { Write-Log5 ($messages5.Done -f ($_.Code + $_.Comment + $_.Blank), 0.0) }
#endregion

#region Source control and native tools (part 5)
function Get-GitStatus5 {
    param([string] $Repository = $Root)

    if (-not (Get-Command -Name git -CommandType Application -ErrorAction Ignore)) {
        return [pscustomobject]@{ Branch = $null; Changes = @(); Ahead = 0 }
    }
    $branch = git -C $Repository rev-parse --abbrev-ref HEAD 2>$null
    $lines = @(git -C $Repository status --porcelain=v1 --untracked-files=normal 2>&1 | Where-Object { $_ -is [string] })
    $ahead = 0
    $counts = & git -C "$Repository" rev-list --left-right --count "HEAD...@{upstream}" 2>$null
    if ($LASTEXITCODE -eq 0 -and $counts -match '^(\d+)\s+(\d+)$') {
        $ahead = [int] $Matches[1]
    }
    $changes = foreach ($line in $lines) {
        if ($line -notmatch '^(?<index>.)(?<tree>.) (?<path>.+)$') { continue }
        [pscustomobject]@{
            State = switch -Exact ($Matches.index + $Matches.tree) {
                '??' { 'untracked' }
                ' M' { 'modified' }
                'M ' { 'staged' }
                'A ' { 'added' }
                { $_ -like '*D*' } { 'deleted' }
                default { 'other' }
            }
            Path  = $Matches.path -replace '^"(.*)"$', '$1'
        }
    }
    [pscustomobject]@{ Branch = $branch; Changes = @($changes); Ahead = $ahead }
}

$git5 = Get-GitStatus5
if ($git5.Branch -and $git5.Changes.Count -gt 0) {
    $git5.Changes | Group-Object State | ForEach-Object {
        Write-Log5 ("{0,-10} {1,3} file(s) on {2}" -f $_.Name, $_.Count, $git5.Branch)
    }
}
$env:GIT_PAGER = 'cat'
git --no-pager log -n 3 --format='%h %s' *> $null
dotnet --version > "$env:TEMP/dotnet-version-5.txt" 2>&1
cmd /c --% echo %PATH% > nul
Test-Path -Path "$Root/.git" && Write-Log5 'Inside a git work tree' Debug || Write-Log5 'Not a git work tree' Debug
Write-Output -- -not-a-parameter
#endregion

#region Text helpers (part 5)
function ConvertTo-Slug5 {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [AllowEmptyString()]
        [string] $Text,

        [ValidateRange(8, 200)]
        [int] $MaxLength = 64,

        [char] $Separator = '-'
    )

    process {
        if ([string]::IsNullOrWhiteSpace($Text)) {
            return ''
        }
        $normalized = $Text.Normalize([NormalizationForm]::FormD)
        $ascii = -join ($normalized.ToCharArray() | Where-Object {
                [Globalization.CharUnicodeInfo]::GetUnicodeCategory($_) -ne [Globalization.UnicodeCategory]::NonSpacingMark
            })
        $slug = $ascii.ToLowerInvariant() -replace '[^a-z0-9]+', $Separator -replace "^\$Separator+|\$Separator+`$", ''
        if ($slug.Length -gt $MaxLength) {
            $slug = $slug.Substring(0, $MaxLength).TrimEnd($Separator)
        }
        $slug
    }
}

function Expand-Template5 {
    param(
        [Parameter(Mandatory)][string] $Template,
        [Parameter(Mandatory)][hashtable] $Values
    )

    # {{name}} becomes the value; {{name|upper}} and {{name|default:x}} apply a filter.
    [regex]::Replace($Template, '\{\{\s*(?<name>\w+)(\|(?<filter>\w+)(:(?<arg>[^}]*))?)?\s*\}\}', {
            param([System.Text.RegularExpressions.Match] $match)
            $name = $match.Groups['name'].Value
            $value = $Values.ContainsKey($name) ? $Values[$name] : $null
            switch ($match.Groups['filter'].Value) {
                'upper' { return "$value".ToUpperInvariant() }
                'lower' { return "$value".ToLowerInvariant() }
                'default' { return $value ?? $match.Groups['arg'].Value }
                '' { return "$value" }
                default { throw "Unknown template filter '$_'" }
            }
        })
}

$titles5 = 'Quarterly Report: Q3/2024', '  Hello, World!  ', 'Cafe au lait & croissants', 'already-a-slug'
$slugs5 = $titles5 | ConvertTo-Slug5 -MaxLength 32
$template5 = @"
Dear {{name}},

Your order {{order|upper}} ships on {{date|default:the next business day}}.
Tracking: {{tracking|default:n/a}} -- reference `"$($slugs5[0])`"
Total due: {{total}}   (`$ amounts include tax)
"@
$letter5 = Expand-Template5 -Template $template5 -Values @{
    name  = 'Ada'
    order = "ord-$(Get-Random -Minimum 1000 -Maximum 9999)"
    total = '{0:C}' -f 149.5
}
$words5 = ($letter5 -split '\s+').Where({ $_ -match '^[A-Za-z]{4,}$' }) | ForEach-Object { $_.ToLower() }
$wordCounts5 = @{}
foreach ($w in $words5) { $wordCounts5[$w] = 1 + ($wordCounts5[$w] ?? 0) }
$top5 = $wordCounts5.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 3
"Top words: " + (($top5 | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ', ') | Write-Verbose
$doubled5 = 'a1b22c333' -replace '\d+', { [int] $_.Value * 2 }
$parts5 = 'key=value=more' -split '=', 2
$csvLine5 = '"quoted, field",plain,,last'
$fields5 = $csvLine5 -split ',(?=(?:[^"]*"[^"]*")*[^"]*$)'
$escaped5 = "Tab:`tNewline:`nBell:`a Unicode:`u{2713} Esc:`e[0m Dollar:`$ Backtick:``"
$literal5 = 'It''s $notExpanded and `n stays'
$mixed5 = "Item $($catalog5[0].Name) costs $($catalog5[0].Price) ($($catalog5.Count) items, first=$($catalog5[0]), env=$env:HOME, var=${script:ExitCode})"
#endregion

#region Numbers and collections (part 5)
function Measure-Statistics5 {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)][double[]] $Value)

    begin { $all = [List[double]]::new() }
    process { $all.AddRange($Value) }
    end {
        if ($all.Count -eq 0) { return $null }
        $all.Sort()
        $n = $all.Count
        $mean = ($all | Measure-Object -Average).Average
        $sumSq = 0.0
        for ($i = 0; $i -lt $n; $i++) {
            $sumSq += [math]::Pow($all[$i] - $mean, 2)
        }
        $median = if ($n % 2) { $all[($n - 1) / 2] } else { ($all[$n / 2 - 1] + $all[$n / 2]) / 2 }
        [pscustomobject]@{
            Count  = $n
            Min    = $all[0]
            Max    = $all[-1]
            Mean   = [math]::Round($mean, 3)
            Median = $median
            StdDev = $n -gt 1 ? [math]::Sqrt($sumSq / ($n - 1)) : 0
            P90    = $all[[math]::Min($n - 1, [int][math]::Ceiling(0.9 * $n) - 1)]
        }
    }
}

$numbers5 = 1..20 | ForEach-Object { $_ * $_ % 17 }
$stats5 = $numbers5 | Measure-Statistics5
$sizes5 = 1KB, 2.5MB, 1GB, 0x1F, 0xFF, 1e3, 1.5e-2, 42L, 3.14159d, -7, .5, (1TB / 1PB)
$flags5 = (0x0F -band 0x3C) -bor (1 -shl 4) -bxor 0x01
$inverted5 = -bnot $flags5
$shifted5 = $flags5 -shr 1
$ratio5 = [math]::Round(22 / 7, 4)
$remainder5 = -17 % 5
$matrix5 = @(
    @(1, 2, 3),
    @(4, 5, 6),
    @(7, 8, 9)
)
$diagonal5 = for ($i = 0; $i -lt $matrix5.Count; $i++) { $matrix5[$i][$i] }
$slice5 = $numbers5[2..5] + $numbers5[-3..-1] + $numbers5[0, 4, 8]
$first5, $second5, $rest5 = $numbers5
$queue5 = [Queue[int]]::new([int[]] (1..5))
$total5 = 0
while ($queue5.Count -gt 0) {
    $next = $queue5.Dequeue()
    if ($next -eq 3) { continue }
    $total5 += $next
}
$countdown5 = 5
do {
    $countdown5--
} while ($countdown5 -gt 0)
do {
    $countdown5 += 2
} until ($countdown5 -ge 10)
$found5 = $null
:outer foreach ($row in $matrix5) {
    foreach ($cell in $row) {
        if ($cell % 2 -eq 0 -and $cell -gt 4) {
            $found5 = $cell
            break outer
        }
        if ($cell -lt 0) { continue outer }
    }
}
$lookup5 = [Dictionary[string, List[int]]]::new()
foreach ($n in $numbers5) {
    $key = $n % 2 -eq 0 ? 'even' : 'odd'
    if (-not $lookup5.ContainsKey($key)) { $lookup5[$key] = [List[int]]::new() }
    $lookup5[$key].Add($n)
}
$empty5 = [Array]::Empty[string]()
$unique5 = $numbers5 | Sort-Object -Unique
$contains5 = ($numbers5 -contains 16) -and (16 -in $numbers5) -and ($numbers5 -notcontains 99) -and (99 -notin $numbers5)
$typed5 = [int] '42' + [double] '0.5' + [int][char] 'A'
$asInt5 = '12abc' -as [int]
$isString5 = $asInt5 -is [string] -or $asInt5 -isnot [int]
#endregion

#region Script blocks, objects and services (part 5)
function Merge-Hashtable5 {
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)][hashtable] $Base,
        [Parameter(Mandatory)][hashtable] $Override,
        [switch] $Deep
    )

    $merged = @{} + $Base
    foreach ($key in $Override.Keys) {
        $incoming = $Override[$key]
        if ($Deep -and $merged[$key] -is [hashtable] -and $incoming -is [hashtable]) {
            $merged[$key] = Merge-Hashtable5 -Base $merged[$key] -Override $incoming -Deep
        }
        elseif ($incoming -is [array] -and $merged[$key] -is [array]) {
            $merged[$key] = @($merged[$key]) + @($incoming | Where-Object { $_ -notin $merged[$key] })
        }
        else {
            $merged[$key] = $incoming
        }
    }
    return $merged
}

function script:New-Counter5 {
    param([int] $Start = 0, [int] $Step = 1)
    $state = @{ Value = $Start }
    {
        $state.Value += $Step
        $state.Value
    }.GetNewClosure()
}

function global:Invoke-Service5 {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, Position = 0)]
        [ArgumentCompleter({
                param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
                'start', 'stop', 'restart', 'status' | Where-Object { $_ -like "$wordToComplete*" }
            })]
        [string] $Operation,

        [Parameter(ValueFromPipelineByPropertyName)]
        [Alias('ServiceName', 'Svc')]
        [string[]] $Name = @('web', 'worker'),

        [ValidateNotNull()]
        [System.Collections.IDictionary] $Headers = @{},

        [uri] $Endpoint = 'https://status.example.test/api/v1/',

        [int] $TimeoutSec = 15
    )

    dynamicparam {
        if ($Operation -ne 'restart') {
            return
        }
        $attribute = [System.Management.Automation.ParameterAttribute]@{
            Mandatory   = $false
            HelpMessage = 'Seconds to wait between stop and start'
        }
        $collection = [System.Collections.ObjectModel.Collection[Attribute]]::new()
        $collection.Add($attribute)
        $collection.Add([System.Management.Automation.ValidateRangeAttribute]::new(0, 300))
        $parameter = [System.Management.Automation.RuntimeDefinedParameter]::new('Pause', [int], $collection)
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary.Add('Pause', $parameter)
        $dictionary
    }

    begin {
        $pause = $PSBoundParameters.ContainsKey('Pause') ? $PSBoundParameters['Pause'] : 5
        $requestHeaders = Merge-Hashtable5 -Base @{ Accept = 'application/json'; 'User-Agent' = "inventory/5 ($($PSVersionTable.PSVersion))" } -Override $Headers
        $total = 0
        Write-Verbose "$($MyInvocation.MyCommand.Name) $Operation (pause $pause s)"
    }

    process {
        foreach ($service in $Name) {
            $total++
            Write-Progress -Activity "Service $Operation" -Status "$service ($total)" -PercentComplete ([math]::Min(100, $total * 25))
            if (-not $PSCmdlet.ShouldProcess($service, $Operation)) { continue }
            $uri = [uri]::new($Endpoint, "services/$([uri]::EscapeDataString($service))/$Operation")
            $response = try {
                Invoke-RestMethod -Uri $uri -Method Post -Headers $requestHeaders -TimeoutSec $TimeoutSec -ErrorAction Stop
            }
            catch [System.Net.Http.HttpRequestException] {
                Write-Log5 "HTTP error for ${service}: $($_.Exception.Message)" -Level Warning
                $null
            }
            [pscustomobject]@{
                Service = $service
                State   = [ServiceState5] (${response}?.state ?? 'Unknown')
                Elapsed = $response.elapsedMs -as [int]
            } | Add-Member -MemberType ScriptMethod -Name IsUp -Value { $this.State -eq [ServiceState5]::Running } -PassThru
        }
    }

    end {
        Write-Progress -Activity "Service $Operation" -Completed
    }
}

$counter5 = New-Counter5 -Start 10 -Step 5
$null = & $counter5
$afterTwo5 = $counter5.Invoke()[0]
$add5 = { param([int] $a, [int] $b = 1) $a + $b }
$sum5 = & $add5 2 3
$sum5 += $add5.Invoke(4)[0]
. { $dotSourced5 = 'visible in script scope' }
$compiled5 = [scriptblock]::Create('param($x) $x * 2')
$squares5 = (1..5).ForEach({ $_ * $_ })
$evens5 = (1..10).Where({ $_ % 2 -eq 0 }, 'First', 3)
$defaults5 = @{
    Logging = @{ Level = 'Info'; Targets = @('file') }
    Retry   = @{ Attempts = 3 }
    Tags    = @('base')
}
$overrides5 = @{ Logging = @{ Level = 'Debug'; Targets = @('file', 'console') }; Tags = @('extra') }
$settings5 = Merge-Hashtable5 -Base $defaults5 -Override $overrides5 -Deep
$json5 = $settings5 | ConvertTo-Json -Depth 4
$roundTrip5 = $json5 | ConvertFrom-Json -AsHashtable
$level5 = ${roundTrip5}?['Logging']?['Level'] ?? 'Info'
$person5 = [pscustomobject]@{ First = 'Grace'; Last = 'Hopper'; Born = [datetime] '1906-12-09' }
$person5 | Add-Member -NotePropertyName Age -NotePropertyValue ([datetime]::Today.Year - $person5.Born.Year)
$person5.PSObject.Properties | ForEach-Object { '{0} = {1}' -f $_.Name, $_.Value } | Write-Verbose
$propertyName5 = 'Last'
$lastName5 = $person5.$propertyName5
$fullName5 = "$($person5.First) $($person5.'Last')"
$type5 = [System.Text.StringBuilder]
$builder5 = $type5::new(256)
[void] $builder5.Append('a').Append(1).AppendLine()
$services5 = Invoke-Service5 status -Name web, worker, 'queue-1' -WhatIf:$DryRun -Headers @{ 'X-Request-Id' = [guid]::NewGuid().ToString('N') }
$job5 = Start-Job -Name "inventory-5" -ScriptBlock {
    param($folder, $limit)
    Get-ChildItem -Path $folder -File | Select-Object -First $limit -ExpandProperty Name
} -ArgumentList $Root, 5
$jobOutput5 = $job5 | Wait-Job -Timeout 30 | Receive-Job -ErrorAction SilentlyContinue
$job5 | Remove-Job -Force
$longCommand5 = Get-ChildItem -Path $Root `
    -Filter '*.json' `
    -Recurse `
    -Depth 2 `
    -ErrorAction SilentlyContinue
$names5 = $longCommand5
    | Where-Object Length -gt 0
    | Sort-Object Name
    | Select-Object -ExpandProperty Name
trap [System.DivideByZeroException] {
    Write-Log5 "Division by zero trapped: $($_.Exception.Message)" -Level Warning
    continue
}
$safeRatio5 = if ($names5.Count) { 100 / $names5.Count } else { 0 }
Write-Log5 ("Part 5: {0} names, ratio {1:N2}, level {2}, sum {3}" -f @($names5).Count, $safeRatio5, $level5, $sum5) -Level Info
#endregion


#region Summary
$elapsed = [datetime]::UtcNow - $script:StartedAt
Write-Verbose ("Finished in {0:N1} s with {1} warning(s)" -f $elapsed.TotalSeconds, $script:Warnings.Count)
if ($script:Warnings.Count -gt 0) {
    $script:Warnings | Sort-Object -Unique | ForEach-Object { Write-Warning $_ }
    $script:ExitCode = 2
}
exit $script:ExitCode
#endregion
