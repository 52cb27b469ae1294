# -f pads to the alignment width: positive right-aligns, negative left-aligns.
'[{0,5}]' -f 'ab'
'[{0,-5}]' -f 'ab'
'[{0,-5}|{1,3}]' -f 'x', 7
'[{0,2}]' -f 'longer'
