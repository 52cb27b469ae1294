# Import-Clixml reads a file as pwsh writes it (here with the #< CLIXML line of pwsh -OutputFormat xml): property bags with Deserialized. type names and their ToString, live primitives and containers, refs and type-name refs
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'job.xml'
@'
#< CLIXML
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>Contoso.Job</T>
      <T>System.Object</T>
    </TN>
    <ToString>Job 7 (Nightly_x005F_x)</ToString>
    <Props>
      <I32 N="Id">7</I32>
      <S N="Name">Nightly_x005F_x</S>
      <Obj N="State" RefId="1">
        <TN RefId="1">
          <T>Contoso.JobState</T>
          <T>System.Enum</T>
          <T>System.ValueType</T>
          <T>System.Object</T>
        </TN>
        <ToString>Completed</ToString>
        <I32>2</I32>
      </Obj>
      <DT N="Started">2024-05-06T07:08:09.5Z</DT>
      <TS N="Took">PT1M2.25S</TS>
      <Obj N="Tags" RefId="2">
        <TN RefId="2">
          <T>System.String[]</T>
          <T>System.Array</T>
          <T>System.Object</T>
        </TN>
        <LST>
          <S>daily</S>
          <S>db</S>
        </LST>
      </Obj>
      <Obj N="Options" RefId="3">
        <TN RefId="3">
          <T>System.Collections.Hashtable</T>
          <T>System.Object</T>
        </TN>
        <DCT>
          <En>
            <S N="Key">Retry</S>
            <B N="Value">true</B>
          </En>
          <En>
            <S N="Key">Limit</S>
            <I64 N="Value">10</I64>
          </En>
        </DCT>
      </Obj>
      <Nil N="Error" />
      <BA N="Checksum">3q2+7w==</BA>
    </Props>
    <MS>
      <S N="Owner">ops_x000A_team</S>
      <Ref N="Self" RefId="0" />
    </MS>
  </Obj>
  <Obj RefId="4">
    <TNRef RefId="0" />
    <ToString>Job 8</ToString>
    <Props>
      <I32 N="Id">8</I32>
      <Ref N="Tags" RefId="2" />
    </Props>
  </Obj>
  <S>plain</S>
  <Nil />
</Objs>
'@ | Set-Content -Path $file
$all = @(Import-Clixml -Path $file)
"count: $($all.Count)"
$job = $all[0]
"types: $($job.pstypenames -join ', ')"
"text: $job"
"id: $($job.Id) $($job.Id.GetType().Name)"
"name: $($job.Name)"
"state: $([int]$job.State) $($job.State.GetType().Name)"
"started: $($job.Started.ToString('o')) $($job.Started.Kind)"
"took: $($job.Took.TotalSeconds)"
"tags: $($job.Tags -join '+') $($job.Tags.GetType().FullName)"
"options: $($job.Options.Retry) $($job.Options.LIMIT) $($job.Options.GetType().Name)"
"error is null: $($null -eq $job.Error)"
"checksum: $($job.Checksum -join ',')"
"owner: $($job.Owner -replace "`n", '|')"
$job.Self.Id = 70
"self: $($job.Id)"
$null = $job.Tags.Add('extra')
"second: $($all[1]) $($all[1].pstypenames[0]) shares tags: $($all[1].Tags.Count)"
"third: $($all[2]); fourth is null: $($null -eq $all[3])"
Remove-Item -LiteralPath $dir -Recurse
