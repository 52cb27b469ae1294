# -match ignores case by default; -cmatch does not.
'ABC' -match 'b'
'ABC' -cmatch 'b'
'ABC' -imatch 'b'
'ABC' -cnotmatch 'b'
