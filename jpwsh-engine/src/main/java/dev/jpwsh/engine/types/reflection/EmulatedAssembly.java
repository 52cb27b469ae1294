package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.engine.types.ScriptInstance;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.ScriptEnum;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * System.Reflection.Assembly: the .NET assembly a type belongs to, as the types scripts reach are spread over
 * .NET's assemblies (System.Private.CoreLib, System.Management.Automation, the cmdlets' own, PowerShell's class
 * assembly); a Java class that stands for no .NET type belongs to its Java module ({@code java.base}) or to
 * {@code jpwsh}. Immutable; equal when the names are.
 */
@DotNetName("System.Reflection.RuntimeAssembly")
public final class EmulatedAssembly {
    private static final String CORE_LIB = "System.Private.CoreLib";
    private static final String AUTOMATION = "System.Management.Automation";
    private static final String SCRIPT_CLASSES = "PowerShell Class Assembly";
    private final String name;

    private EmulatedAssembly(String name) {
        this.name = name;
    }

    /** The assembly that holds {@code type}. */
    public static EmulatedAssembly of(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (ScriptInstance.class.isAssignableFrom(element) || ScriptEnum.isScriptEnum(element)) {
            return new EmulatedAssembly(SCRIPT_CLASSES);
        }
        if (!TypeNames.standsForDotNet(element) && !Throwable.class.isAssignableFrom(element)) {
            Module module = element.getModule();
            return new EmulatedAssembly(module.isNamed() ? module.getName() : "jpwsh");
        }
        String fullName = TypeNames.of(element);
        if (fullName.startsWith(AUTOMATION + ".")) {
            return new EmulatedAssembly(AUTOMATION);
        }
        if (fullName.startsWith("Microsoft.PowerShell.Commands.")) {
            return new EmulatedAssembly("Microsoft.PowerShell.Commands.Utility");
        }
        return new EmulatedAssembly(CORE_LIB);
    }

    /** The assemblies of every type the type table knows, .NET's core library first. */
    static List<EmulatedAssembly> loaded() {
        Set<String> names = new LinkedHashSet<>(List.of(CORE_LIB, AUTOMATION));
        for (Class<?> type : TypeResolver.shared().knownTypes()) {
            names.add(of(type).name);
        }
        List<EmulatedAssembly> assemblies = new ArrayList<>();
        names.forEach(n -> assemblies.add(new EmulatedAssembly(n)));
        return assemblies;
    }

    /** {@code System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e}. */
    public String getFullName() {
        return switch (name) {
            case CORE_LIB -> name + ", Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e";
            case SCRIPT_CLASSES -> name + ", Version=1.0.0.1, Culture=neutral, PublicKeyToken=null";
            case AUTOMATION, "Microsoft.PowerShell.Commands.Utility"
                    -> name + ", Version=7.4.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
            default -> name + ", Version=0.0.0.0, Culture=neutral, PublicKeyToken=null";
        };
    }

    /** The short name ({@code GetName().Name}). */
    public AssemblyName GetName() {
        return new AssemblyName(name, getFullName());
    }

    public boolean getIsDynamic() {
        return name.equals(SCRIPT_CLASSES);
    }

    public String getLocation() {
        return "";
    }

    /** The types of this assembly the type table knows, in name order. */
    public Object[] GetTypes() {
        return TypeResolver.shared().knownTypes().stream().filter(t -> of(t).equals(this))
                .sorted(java.util.Comparator.comparing(TypeNames::of)).toArray();
    }

    public Object[] GetExportedTypes() {
        return GetTypes();
    }

    /** The type of this assembly named {@code typeName}, or null. */
    public Object GetType(String typeName) {
        Class<?> type = TypeResolver.shared().resolve(typeName, false);
        return type != null && of(type).equals(this) ? DotNetType.named(typeName, type) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmulatedAssembly a && a.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return getFullName();
    }

    /** System.Reflection.AssemblyName: an assembly's short and full names. */
    @DotNetName("System.Reflection.AssemblyName")
    public record AssemblyName(String getName, String getFullName) {
        @Override
        public String toString() {
            return getFullName;
        }
    }
}
