package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * A cmdlet a session knows: its name and the class that implements it. The class's {@link DotNetName} is the
 * implementing type pwsh shows ({@code Microsoft.PowerShell.Commands.GetDateCommand}); the errors the cmdlet
 * reports end with it. Immutable; safe for all threads.
 */
@DotNetName("System.Management.Automation.CmdletInfo")
public final class CmdletInfo {
    private final String name;
    private final Class<? extends Cmdlet> implementingType;
    private final String typeName;
    private final Constructor<? extends Cmdlet> constructor;

    /** {@code implementingType} needs a constructor without parameters: each invocation gets a new instance. */
    public CmdletInfo(String name, Class<? extends Cmdlet> implementingType) {
        this.name = name;
        this.implementingType = implementingType;
        this.typeName = TypeNames.of(implementingType);
        try {
            this.constructor = implementingType.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(implementingType + " has no constructor without parameters", e);
        }
        constructor.setAccessible(true);
    }

    /** A new instance for one invocation. */
    Cmdlet create() {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getName() {
        return name;
    }

    public Class<? extends Cmdlet> getImplementingType() {
        return implementingType;
    }

    /** The implementing type's full .NET name, which the cmdlet's error ids end with. */
    String typeName() {
        return typeName;
    }

    public CommandTypes getCommandType() {
        return CommandTypes.Cmdlet;
    }

    @Override
    public String toString() {
        return name;
    }
}
