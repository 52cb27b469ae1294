package dev.jpwsh.engine.classes;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.language.source.Extent;
import java.util.Locale;
import java.util.Set;

/**
 * {@code using assembly X}: jpwsh loads no .NET assemblies; the types of .NET's own class library that scripts use
 * come from its type table whatever assembly names them. So naming one of those assemblies is accepted and changes
 * nothing, and anything else (an assembly file, a third-party assembly, Windows Forms or WPF, which pwsh on Linux
 * cannot load either) is pwsh's ErrorLoadingAssembly before the script runs.
 */
public record UsingAssembly(String name, Extent extent) implements Stmt {
    /** Assemblies of the .NET class library pwsh on Linux has, whose types jpwsh emulates where scripts use them. */
    private static final Set<String> WINDOWS_ONLY = Set.of("system.windows.forms", "presentationframework",
            "presentationcore", "windowsbase", "system.xaml", "system.drawing");

    @Override
    public void exec(Frame frame, Pipe out) {
        String assembly = name.strip();
        String simple = assembly.contains(",") ? assembly.substring(0, assembly.indexOf(',')).strip() : assembly;
        String key = simple.toLowerCase(Locale.ROOT);
        boolean library = (key.startsWith("system.") || key.equals("system") || key.equals("mscorlib")
                || key.equals("netstandard") || key.startsWith("microsoft.powershell."))
                && !key.endsWith(".dll") && !WINDOWS_ONLY.contains(key);
        if (!library) {
            throw ClassErrors.assemblyNotLoadable(assembly, extent);
        }
    }
}
