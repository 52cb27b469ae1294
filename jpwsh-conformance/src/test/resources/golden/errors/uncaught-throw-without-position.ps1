# A throw from code that has no script file is shown as "Exception:" and its message alone.
#! exit: 1
'before'
& ([scriptblock]::Create("throw 'boom'"))
'after'
