class Settings {
    [string]$Name
    static [string] Describe() {
        return $this.Name
    }
}
