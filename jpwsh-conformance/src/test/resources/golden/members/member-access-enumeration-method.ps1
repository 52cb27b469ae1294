# A method the collection lacks is called on each element; the collection's own members win.
$words = 'one', 'two'
$words.ToUpper() -join ','
$words.Length
(1, 2, 3).ToString()
