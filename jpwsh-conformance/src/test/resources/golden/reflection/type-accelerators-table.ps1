# TypeAccelerators, reached by reflection as scripts do: ::Get is a Dictionary[string,type] of pwsh's accelerators (names without case), ::Add makes a new accelerator that type literals then find, ::Remove forgets it
$ta = [System.Management.Automation.Cmdlet].Assembly.GetType('System.Management.Automation.TypeAccelerators')
$ta.FullName
$all = $ta::Get
$all.GetType().Name
$all['INT'].FullName
$all['hashtable'].FullName
$all.ContainsKey('psobject'), $all.ContainsKey('pscustomobject'), $all.ContainsKey('runspacefactory'), $all.ContainsKey('list')
$ta::Add('AddedListAccelerator', [System.Collections.Generic.List[string]])
$l = [AddedListAccelerator]::new(); $l.Add('x'); $l.GetType().Name
$ta::Get['addedlistaccelerator'].Name
$ta::Remove('AddedListAccelerator')
$ta::Get.ContainsKey('AddedListAccelerator')
try { [NeverAddedAccelerator] } catch { $_.FullyQualifiedErrorId }
