# The attribute types of parameter and class declarations are types scripts name and make ([AllowNull]::new(), [ValidateScript]::new({...}), [CmdletBinding]::new(), [OutputType]::new(...)); TypeAccelerators::Get lists pwsh's 102 accelerators on Linux, each the type its full name names (CIM, ObjectSecurity and the X.509 types can be named though not made here); [psscriptmethod], [psscriptproperty], [psaliasproperty] and [psvariableproperty] make member objects with pwsh's properties; [PhysicalAddress] parses hardware addresses
$ta = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')
$get = $ta::Get
$get.Count
$get['AllowEmptyCollection'] -eq [System.Management.Automation.AllowEmptyCollectionAttribute]
$get['CmdletBinding'] -eq [System.Management.Automation.CmdletBindingAttribute]
$get['OutputType'] -eq [System.Management.Automation.OutputTypeAttribute]
$get['ExperimentAction'] -eq [System.Management.Automation.ExperimentAction]
$get['PSTypeNameAttribute'] -eq [System.Management.Automation.PSTypeNameAttribute]
$get['NoRunspaceAffinity'] -eq [System.Management.Automation.Language.NoRunspaceAffinityAttribute]
$get['ciminstance'] -eq [Microsoft.Management.Infrastructure.CimInstance]
$get['cimtype'] -eq [Microsoft.Management.Infrastructure.CimType]
$get['ObjectSecurity'] -eq [System.Security.AccessControl.ObjectSecurity]
$get['X509Certificate'] -eq [System.Security.Cryptography.X509Certificates.X509Certificate]
$get['PhysicalAddress'] -eq [System.Net.NetworkInformation.PhysicalAddress]
$get['psprimitivedictionary'] -eq [System.Management.Automation.PSPrimitiveDictionary]
$get['pspropertyexpression'] -eq [Microsoft.PowerShell.Commands.PSPropertyExpression]
$get['psscriptmethod'] -eq [System.Management.Automation.PSScriptMethod]
$get['psvariableproperty'] -eq [System.Management.Automation.PSVariableProperty]
'-- attributes as objects'
[AllowNull]::new().GetType().FullName
[AllowEmptyString]::new() -is [Attribute]
[ValidateScript]::new({ $_ -gt 1 }).ScriptBlock.ToString()
[CmdletBinding]::new().PositionalBinding
[OutputType]::new([int]).Type.Name
[OutputType]::new('My.Type').Type.Name
[ArgumentCompletions]::new('a', 'b').GetType().Name
[PSDefaultValue]::new().GetType().Name
[Experimental]::new('Feature', 'Show').ExperimentAction
[int][System.Management.Automation.ExperimentAction]::Hide
[int][Microsoft.Management.Infrastructure.CimType]::String
'-- member objects'
$m = [psscriptmethod]::new('Twice', { $this.A * 2 })
$m.MemberType
$p = [psscriptproperty]::new('Plus', { $this.A + 1 })
$p.MemberType
$a = [psaliasproperty]::new('Other', 'A')
$a.ReferencedMemberName
$a.MemberType
$variableProperty = [psvariableproperty]::new([psvariable]::new('Answer', 42))
$variableProperty.Name
$variableProperty.Value
$variableProperty.MemberType
'-- PhysicalAddress'
[PhysicalAddress]::Parse('00-11-22-aa-bb-cc').ToString()
[PhysicalAddress]::Parse('00:11:22:AA:BB:CC') -eq [PhysicalAddress]::Parse('001122aabbcc')
[PhysicalAddress]::Parse('0011.22aa.bbcc').GetAddressBytes() -join ','
[PhysicalAddress]::None.GetAddressBytes().Count
[PhysicalAddress]::new([byte[]](1, 2, 171)).ToString()
try { [PhysicalAddress]::Parse('00-11-2') } catch { $_.Exception.InnerException.GetType().Name }
