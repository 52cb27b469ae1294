dynamicparam { $null }
begin { 'b' }
process { $_ }
end { 'e' }
