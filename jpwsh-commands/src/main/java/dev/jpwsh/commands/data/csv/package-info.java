/**
 * The CSV cmdlets of Microsoft.PowerShell.Utility: ConvertTo-Csv and Export-Csv
 * ({@link dev.jpwsh.commands.data.csv.CsvWritingCmdlet} with {@link dev.jpwsh.commands.data.csv.CsvRowWriter}, which
 * turns objects into lines in pwsh's dialect), ConvertFrom-Csv and Import-Csv
 * ({@link dev.jpwsh.commands.data.csv.CsvRowReader}, which makes custom objects of the records
 * {@link dev.jpwsh.commands.data.csv.CsvFieldReader} splits with pwsh's lenient rules, which no Commons CSV dialect
 * reproduces, one record at a time so a file of any size streams), and their errors
 * ({@link dev.jpwsh.commands.data.csv.CsvErrors}). Uses the engine's cmdlet API, member access and content
 * encodings, and Commons CSV for writing; registered by {@link dev.jpwsh.commands.data.csv.CsvCommands}.
 */
package dev.jpwsh.commands.data.csv;
