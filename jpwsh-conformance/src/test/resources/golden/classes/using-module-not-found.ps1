# using module naming a module that cannot be found stops the script before it runs (ModuleNotFoundDuringParse)
#! exit: 1
using module ./_NoSuchModule.psm1
'never'
