package dev.jpwsh.engine.exec;

/**
 * PowerShell's {@code AutomationNull.Value}: what a pipeline that wrote nothing, or a call of a void method, gives
 * as a value. To everything that reads a value it is {@code $null}; where the output itself is what counts it is
 * nothing: written to a pipe it writes nothing, added to a collection it adds nothing ({@code $a += (& {})}), and a
 * variable assigned it ({@code $x = Get-ChildItem none*}) sends nothing down a pipeline ({@code $x | ...}) though it
 * reads as {@code $null}. Nodes hand it on only through {@link dev.jpwsh.engine.node.Expr#evalKeepingNothing}; a
 * variable keeps it, and its ordinary read ({@link dev.jpwsh.engine.scope.PSVariable#value}) turns it into null.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.Internal.AutomationNull")
public final class AutomationNull {
    public static final AutomationNull VALUE = new AutomationNull();

    private AutomationNull() {
    }

    @Override
    public String toString() {
        return "";
    }
}
