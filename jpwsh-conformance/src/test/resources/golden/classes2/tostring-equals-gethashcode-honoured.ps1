# ToString, Equals and GetHashCode overrides are what the engine uses: string conversion and expansion, -eq/-ne/-contains, hashtable keys, Sort-Object -Unique, Select-Object -Unique and Group-Object; without overrides an instance prints its type name and equals only itself
class Money {
    [int]$Cents
    [string]$Currency
    Money([int]$c, [string]$cur) { $this.Cents = $c; $this.Currency = $cur }
    [string] ToString() { return '{0}.{1:00} {2}' -f [math]::Floor($this.Cents / 100), ($this.Cents % 100), $this.Currency }
    [bool] Equals([object]$other) {
        return $other -is [Money] -and $other.Cents -eq $this.Cents -and $other.Currency -eq $this.Currency
    }
    [int] GetHashCode() { return $this.Cents }
}
class Bare { [int]$N = 1 }
$a = [Money]::new(1050, 'EUR')
"$a"
[string]$a
"total: " + $a
$a.ToString()
$a -eq [Money]::new(1050, 'EUR')
$a -ne [Money]::new(1050, 'USD')
$a.Equals([Money]::new(1050, 'EUR'))
$a.GetHashCode()
@([Money]::new(1, 'X'), $a) -contains [Money]::new(1050, 'EUR')
$h = @{}
$h[$a] = 'first'
$h[[Money]::new(1050, 'EUR')] = 'second'
"$($h.Count) $($h[[Money]::new(1050, 'EUR')])"
$list = [Money]::new(5, 'EUR'), [Money]::new(1050, 'EUR'), [Money]::new(5, 'EUR')
($list | Select-Object -Unique) -join ', '
($list | Group-Object | ForEach-Object { "$($_.Count)x $($_.Name)" }) -join '; '
$bare = [Bare]::new()
"$bare"
$bare.ToString()
$bare -eq [Bare]::new()
$bare -eq $bare
