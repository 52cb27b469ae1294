'plain'
'it''s'
''
‘smart’
