package dev.jpwsh.dotnet.automation;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * {@code [NullString]::Value}: the one value that stays null when converted to a string, so that a script can pass
 * a null string to a .NET method (PowerShell turns {@code $null} into the empty string there).
 */
@DotNetName("System.Management.Automation.Language.NullString")
public final class NullString {
    /** The value scripts pass. */
    public static final NullString VALUE = new NullString();

    private NullString() {
    }

    public static NullString getValue() {
        return VALUE;
    }

    @Override
    public String toString() {
        return "";
    }
}
