function Invoke-Step {
    begin { 'a' }
    process { 'b' }
    begin { 'c' }
}
