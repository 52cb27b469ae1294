$log = './app.log'
switch -File
