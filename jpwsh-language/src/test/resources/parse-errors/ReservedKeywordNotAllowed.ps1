var $count = 0
$count
