package dev.jpwsh.commands.data.csv;

import dev.jpwsh.runtime.object.DotNetName;

/** The -UseQuotes choices of ConvertTo-Csv and Export-Csv, by pwsh's names. */
@DotNetName("Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind")
public enum QuoteKind {
    Never, Always, AsNeeded
}
