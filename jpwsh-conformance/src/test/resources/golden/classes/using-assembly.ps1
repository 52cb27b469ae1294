# using assembly: an assembly of .NET's class library is accepted (its types come from jpwsh's type table); one the JVM cannot have, such as Windows Forms, is pwsh's ErrorLoadingAssembly before the script runs
#! exit: 1
using assembly System.Net.Http
using assembly System.Windows.Forms
'never'
