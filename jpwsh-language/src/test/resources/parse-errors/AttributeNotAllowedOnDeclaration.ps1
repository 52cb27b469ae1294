[Flags()]
class Permissions {
    [int]$Value
}
