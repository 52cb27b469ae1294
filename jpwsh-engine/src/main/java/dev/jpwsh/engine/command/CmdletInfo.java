package dev.jpwsh.engine.command;

import java.util.List;

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
public final class CmdletInfo implements CommandInfo {
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

    @Override
    public String getName() {
        return name;
    }

    @Override
    public List<Object> getOutputType() {
        return OutputTypeName.ofCmdlet(implementingType);
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

    @Override
    public CommandTypes getCommandType() {
        return CommandTypes.Cmdlet;
    }

    /** The cmdlet's parameters and sets, read from its class. */
    public CommandSignature signature() {
        return CommandSignature.ofCmdlet(implementingType);
    }

    /** One syntax line per parameter set, each after an empty line, as pwsh's CmdletInfo.Definition. */
    @Override
    public String getDefinition() {
        return signature().syntax(name);
    }

    @Override
    public String getSource() {
        return CommandFacts.moduleOf(name);
    }

    @Override
    public String getModuleName() {
        return getSource();
    }

    @Override
    public Object getVersion() {
        return CommandFacts.versionOf(getSource());
    }

    public String getVerb() {
        return CommandInfo.verbOf(name);
    }

    public String getNoun() {
        return CommandInfo.nounOf(name);
    }

    public String getDefaultParameterSet() {
        return signature().defaultSet();
    }

    public String getHelpFile() {
        return "";
    }

    public String getOptions() {
        return "ReadOnly";
    }

    @Override
    public java.util.Map<Object, Object> getParameters() {
        return signature().parameterMetadata();
    }

    @Override
    public java.util.List<CommandParameterSetInfo> getParameterSets() {
        return signature().parameterSets();
    }

    @Override
    public String toString() {
        return name;
    }
}
