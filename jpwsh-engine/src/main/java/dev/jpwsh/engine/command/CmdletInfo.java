package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * A cmdlet a session knows: its name and the class that implements it. The class's {@link DotNetName} is the
 * implementing type pwsh shows ({@code Microsoft.PowerShell.Commands.GetDateCommand}); the errors the cmdlet
 * reports end with it. Safe for all threads: the type name and the constructor, which take reflection to find, are
 * found when first needed, and finding them twice gives equal answers.
 */
@DotNetName("System.Management.Automation.CmdletInfo")
public final class CmdletInfo {
    private final String name;
    private final Class<? extends Cmdlet> implementingType;
    private volatile String typeName;
    private volatile Constructor<? extends Cmdlet> constructor;

    /** {@code implementingType} needs a constructor without parameters: each invocation gets a new instance. */
    public CmdletInfo(String name, Class<? extends Cmdlet> implementingType) {
        this.name = name;
        this.implementingType = implementingType;
    }

    /** A new instance for one invocation. */
    Cmdlet create() {
        Constructor<? extends Cmdlet> make = constructor;
        if (make == null) {
            try {
                make = implementingType.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(implementingType + " has no constructor without parameters", e);
            }
            make.setAccessible(true);
            constructor = make;
        }
        try {
            return make.newInstance();
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
        String known = typeName;
        if (known == null) {
            known = TypeNames.of(implementingType);
            typeName = known;
        }
        return known;
    }

    public CommandTypes getCommandType() {
        return CommandTypes.Cmdlet;
    }

    @Override
    public String toString() {
        return name;
    }
}
