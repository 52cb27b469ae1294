using namespace System.Collections.Generic
using module MyModule
using assembly System.Xml
$l = [List[int]]::new()
