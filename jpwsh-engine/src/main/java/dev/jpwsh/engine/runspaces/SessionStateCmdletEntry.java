package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.CommandTypes;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;

/**
 * A cmdlet by name and implementing type ({@code [Microsoft.PowerShell.Commands.GetDateCommand]}, or any Java
 * class extending {@link dev.jpwsh.engine.command.Cmdlet} with a constructor without parameters).
 */
@DotNetName("System.Management.Automation.Runspaces.SessionStateCmdletEntry")
public final class SessionStateCmdletEntry extends SessionStateCommandEntry {
    private final Class<?> implementingType;
    private final String helpFileName;

    /**
     * A cmdlet {@code name} run by instances of {@code implementingType}.
     *
     * @param name the cmdlet's name
     * @param implementingType the cmdlet's class
     * @param helpFileName its HelpFileName, kept only; may be null
     * @throws RuntimeException PSArgumentNullException when {@code implementingType} is null, and
     *     CmdletDoesNotDeriveFromCmdletType (PSInvalidOperationException) when it is not a cmdlet class
     */
    public SessionStateCmdletEntry(String name, Class<?> implementingType, String helpFileName) {
        super(name, SessionStateEntryVisibility.Public);
        if (implementingType == null) {
            throw RunspaceErrors.argumentNull("implementingType");
        }
        if (!Cmdlet.class.isAssignableFrom(implementingType)) {
            throw RunspaceErrors.notACmdletType(TypeNames.of(implementingType));
        }
        this.implementingType = implementingType;
        this.helpFileName = helpFileName;
    }

    /** {@return {@code ImplementingType}: the class whose instances run the cmdlet} */
    public Class<?> getImplementingType() {
        return implementingType;
    }

    /** {@return {@code HelpFileName}: kept only; may be null} */
    public String getHelpFileName() {
        return helpFileName;
    }

    /** {@return {@code Cmdlet}} */
    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Cmdlet;
    }

    /** {@return a copy with the same values and visibility} */
    @Override
    public SessionStateCmdletEntry Clone() {
        return withVisibilityOf(new SessionStateCmdletEntry(getName(), implementingType, helpFileName));
    }
}
