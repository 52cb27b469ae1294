package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ExceptionHierarchy;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.Locale;

/** Whether an error matches a {@code catch [T]} or {@code trap [T]} type, by .NET exception type names. */
public final class ExceptionTypes {
    private ExceptionTypes() {
    }

    /**
     * True when the error's exception, or one it wraps, is of the named type or one derived from it: by .NET names
     * and .NET's inheritance ({@link ExceptionHierarchy}) for the types jpwsh knows by name, by Java class (with
     * subclasses) for the .NET types jpwsh maps to Java ones.
     */
    public static boolean matches(String typeName, ErrorRecord record) {
        String name = typeName.toLowerCase(Locale.ROOT);
        if (name.equals("exception") || name.equals("system.exception") || name.equals("system.systemexception")) {
            return true;
        }
        Class<?> mapped = dev.jpwsh.engine.types.TypeResolver.shared().resolve(typeName);
        String wanted = mapped == null ? null : TypeNames.of(mapped);
        for (Throwable t = record.exception(); t != null; t = t.getCause()) {
            String type = dev.jpwsh.runtime.error.ExceptionNames.of(t);
            String dotNet = type.toLowerCase(Locale.ROOT);
            if (dotNet.equals(name) || dotNet.endsWith("." + name)
                    || wanted != null && ExceptionHierarchy.derives(type, wanted)) {
                return true;
            }
            if (name.endsWith("runtimeexception") && t instanceof PSRuntimeException) {
                return true;
            }
            if (mapped != null && Throwable.class.isAssignableFrom(mapped) && mapped != RuntimeException.class
                    && mapped.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
