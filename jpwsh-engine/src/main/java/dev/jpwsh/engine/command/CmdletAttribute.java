package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ConfirmImpact;

/**
 * {@code [Cmdlet(verb, noun, ...)]} as a built-in cmdlet's class carries it in pwsh: what
 * {@code (Get-Command Remove-Item).ImplementingType.GetCustomAttributes($true)} gives. Its ConfirmImpact is None for a
 * cmdlet that does not support ShouldProcess, as pwsh reports it.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.CmdletAttribute")
public final class CmdletAttribute {
    private final String verbName;
    private final String nounName;
    private final Class<? extends Cmdlet> type;

    private CmdletAttribute(String name, Class<? extends Cmdlet> type) {
        int dash = name.indexOf('-');
        this.verbName = name.substring(0, dash);
        this.nounName = name.substring(dash + 1);
        this.type = type;
    }

    /** The attribute of the built-in cmdlet {@code type} implements, or null for a class no built-in cmdlet uses. */
    public static CmdletAttribute of(Class<?> type) {
        for (CmdletInfo info : CommandTable.builtIn().cmdlets()) {
            if (info.getImplementingType() == type) {
                return new CmdletAttribute(info.getName(), info.getImplementingType());
            }
        }
        return null;
    }

    public String getVerbName() {
        return verbName;
    }

    public String getNounName() {
        return nounName;
    }

    public String getDefaultParameterSetName() {
        DefaultParameterSet set = type.getAnnotation(DefaultParameterSet.class);
        return set == null ? null : set.value();
    }

    public boolean getSupportsShouldProcess() {
        return type.isAnnotationPresent(SupportsShouldProcess.class);
    }

    public ConfirmImpact getConfirmImpact() {
        SupportsShouldProcess declared = type.getAnnotation(SupportsShouldProcess.class);
        return declared == null ? ConfirmImpact.None : declared.value();
    }

    @Override
    public String toString() {
        return "System.Management.Automation.CmdletAttribute";
    }
}
