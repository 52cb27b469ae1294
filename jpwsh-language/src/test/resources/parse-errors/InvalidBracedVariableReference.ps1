$path = ${env:}
