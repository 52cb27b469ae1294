class Cache {
    static static [hashtable]$Store = @{}
}
