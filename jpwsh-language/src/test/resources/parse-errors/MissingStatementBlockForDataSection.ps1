data Messages
ConvertFrom-StringData 'Hello = Hi'
