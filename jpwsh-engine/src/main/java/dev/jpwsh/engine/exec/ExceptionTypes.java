package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.PSRuntimeException;
import java.util.Locale;

/** Whether an error matches a {@code catch [T]} or {@code trap [T]} type, by .NET exception type names. */
public final class ExceptionTypes {
    private ExceptionTypes() {
    }

    public static boolean matches(String typeName, ErrorRecord record) {
        String name = typeName.toLowerCase(Locale.ROOT);
        if (name.startsWith("system.")) {
            name = name.substring(7);
        }
        if (name.startsWith("management.automation.")) {
            name = name.substring(22);
        }
        String id = record.fullyQualifiedErrorId();
        for (Throwable t = record.exception(); t != null; t = t.getCause()) {
            if (matchesOne(name, t, id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesOne(String name, Throwable t, String errorId) {
        String id = t instanceof PSRuntimeException ps ? ps.errorId() : errorId;
        return switch (name) {
            case "exception", "systemexception" -> true;
            case "runtimeexception" -> t instanceof PSRuntimeException;
            case "dividebyzeroexception", "arithmeticexception" -> t instanceof ArithmeticException;
            case "methodinvocationexception" -> "MethodInvocationException".equals(id);
            case "commandnotfoundexception" -> "CommandNotFoundException".equals(id);
            case "parameterbindingexception" -> id != null && (id.startsWith("NamedParameterNotFound")
                    || id.startsWith("MissingArgument") || id.startsWith("PositionalParameterNotFound")
                    || id.startsWith("MissingMandatoryParameter") || id.startsWith("ParameterArgument"));
            case "io.ioexception" -> t instanceof java.io.IOException;
            case "io.filenotfoundexception" -> t instanceof java.io.FileNotFoundException
                    || t instanceof java.nio.file.NoSuchFileException;
            case "argumentexception" -> t instanceof IllegalArgumentException || "ArgumentException".equals(id);
            case "invalidoperationexception" -> t instanceof IllegalStateException;
            case "formatexception" -> t instanceof NumberFormatException;
            case "invalidcastexception", "psinvalidcastexception" -> id != null && id.startsWith("InvalidCast")
                    || t instanceof ClassCastException;
            case "nullreferenceexception" -> t instanceof NullPointerException;
            case "indexoutofrangeexception" -> t instanceof IndexOutOfBoundsException;
            default -> javaType(name, t);
        };
    }

    private static boolean javaType(String name, Throwable t) {
        Class<?> type = dev.jpwsh.engine.types.TypeResolver.shared().resolve(name);
        return type != null && type.isInstance(t);
    }
}
