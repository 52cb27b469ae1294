# After a type with a view (Version's table), an object the view does not apply to prints out of band as a list of its properties.
[version]'1.2'
[pscustomobject]@{ Name = 'x'; Size = 1 }
[version]'3.4.5'
