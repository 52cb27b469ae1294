package dev.jpwsh.engine.languagemode;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.runspaces.PSLanguageMode;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.Map;

/**
 * What ConstrainedLanguage holds back (spec 3.2), as pwsh's binders do: calling methods, setting properties and
 * creating objects of types that are not {@link CoreTypes}, and converting values to them. Reading properties stays
 * allowed on every object, {@code ToString()} on every value, setting a custom object's own properties and a
 * dictionary's keys too. Each check returns at once when the session is not constrained.
 */
public final class ConstrainedLanguage {
    private ConstrainedLanguage() {
    }

    private static boolean isConstrained(ExecutionContext context) {
        return context.languageMode() == PSLanguageMode.ConstrainedLanguage;
    }

    /** {@code target.Name(...)}; a null target fails as the call itself does. */
    public static void checkMethodCall(ExecutionContext context, Object target, String name) {
        if (isConstrained(context) && target != null && !name.equalsIgnoreCase("ToString")
                && !CoreTypes.isCoreValue(target)) {
            throw LanguageModeErrors.methodInvocationNotSupported();
        }
    }

    /** {@code [Type]::Name(...)}, and {@code [Type]::new(...)}, which creates an object. */
    public static void checkStaticCall(ExecutionContext context, Class<?> type, String name) {
        if (!isConstrained(context) || CoreTypes.contains(type)) {
            return;
        }
        if (name.equalsIgnoreCase("new")) {
            throw LanguageModeErrors.cannotCreateType();
        }
        if (!name.equalsIgnoreCase("ToString")) {
            throw LanguageModeErrors.methodInvocationNotSupported();
        }
    }

    /** {@code target.Name = value}; {@code target} is the type itself for {@code [Type]::Name = value}. */
    public static void checkPropertySet(ExecutionContext context, Object target, String name, boolean isStatic) {
        if (!isConstrained(context) || target == null || name.equalsIgnoreCase("ToString")) {
            return;
        }
        boolean allowed = switch (target) {
            case Class<?> type when isStatic -> CoreTypes.contains(type);
            case PSObject custom -> custom.property(name) != null;
            case Map<?, ?> dictionary -> true;
            default -> CoreTypes.isCoreValue(target);
        };
        if (!allowed) {
            throw LanguageModeErrors.propertySetterNotSupported();
        }
    }

    /** New-Object of {@code type}. */
    public static boolean mayCreate(ExecutionContext context, Class<?> type) {
        return !isConstrained(context) || CoreTypes.contains(type);
    }

    /**
     * A cast, a typed variable or a typed parameter converting {@code value} to {@code type}: null and values that
     * already are of the type need no conversion; any value converts to a core type ({@code [object]} and
     * {@code [object[]]} included), and a name to {@code [type]} (pwsh keeps that conversion in a cache that the
     * language mode does not reach).
     */
    public static void checkConversion(ExecutionContext context, Object value, Class<?> type) {
        if (!mayConvert(context, value, type)) {
            throw LanguageModeErrors.conversionToNonCoreType(TypeNames.of(type));
        }
    }

    /** Whether {@link #checkConversion} lets the conversion happen; {@code -as} gives null when it does not. */
    public static boolean mayConvert(ExecutionContext context, Object value, Class<?> type) {
        return !isConstrained(context) || value == null || type.isInstance(value)
                || type == Class.class && value instanceof String || CoreTypes.contains(type);
    }
}
