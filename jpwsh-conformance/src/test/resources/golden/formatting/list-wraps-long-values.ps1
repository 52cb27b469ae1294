# A list value longer than the line breaks at blanks and continues indented under the first line; a single long word is cut at the width.
[pscustomobject]@{ Short = 'x'; Sentence = 'the quick brown fox jumps over the lazy dog again and again' } | Format-List | Out-String -Width 30 -Stream
[pscustomobject]@{ Word = 'abcdefghijklmnopqrstuvwxyz0123456789' } | Format-List | Out-String -Width 20 -Stream
