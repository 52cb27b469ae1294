# [uri] escapes the characters a URI may not hold as they are (a blank becomes %20), as .NET does when it parses; ToString() and OriginalString show the text unescaped.
$u = [uri]'http://example.com/a b/c"d?q=x y'
$u.AbsoluteUri
$u.AbsolutePath
$u.Query
"$u"
$u.OriginalString
([uri]'https://example.com/plain').AbsoluteUri
