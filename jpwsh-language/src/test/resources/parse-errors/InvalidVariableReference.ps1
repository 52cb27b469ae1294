$counter = $global:
