package dev.jpwsh.engine.languagemode;

import dev.jpwsh.engine.types.MemberGuard;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.Map;

/**
 * What ConstrainedLanguage holds back (spec 3.2), as pwsh's binders do: calling methods, setting properties and
 * creating objects of types that are not {@link CoreTypes}, and converting values to them. Reading properties stays
 * allowed on every object (through getters only, never another no-argument Java method), {@code ToString()} on
 * every value, setting a custom object's own properties, a dictionary's keys and an array's elements too, except on
 * the JDK's own collections (pwsh has no such objects; jpwsh refuses them as it refuses their methods). The
 * decisions only: {@link MemberGate} asks them, for a session it knows to be constrained.
 */
final class ConstrainedLanguage {
    /** The guard {@link dev.jpwsh.engine.types.Members} asks on each receiver and argument conversion. */
    static final MemberGuard GUARD = new MemberGuard() {
        @Override
        public void checkCall(Object receiver, String name) {
            if (!name.equalsIgnoreCase("ToString") && !CoreTypes.isCoreValue(receiver)) {
                throw LanguageModeErrors.methodInvocationNotSupported();
            }
        }

        @Override
        public void checkConversion(Object value, Class<?> type) {
            ConstrainedLanguage.checkConversion(value, type);
        }

        @Override
        public boolean readsGettersOnly() {
            return true;
        }
    };

    private ConstrainedLanguage() {
    }

    /** {@code [Type]::Name(...)}, and {@code [Type]::new(...)}, which creates an object. */
    static void checkStaticCall(Class<?> type, String name) {
        if (CoreTypes.contains(type)) {
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
    static void checkPropertySet(Object target, String name, boolean isStatic) {
        if (target == null || name.equalsIgnoreCase("ToString")) {
            return;
        }
        boolean allowed = switch (target) {
            case Class<?> type when isStatic -> CoreTypes.contains(type);
            case PSObject custom -> custom.property(name) != null;
            case Map<?, ?> dictionary -> !CoreTypes.isJdkClass(dictionary.getClass());
            default -> CoreTypes.isCoreValue(target);
        };
        if (!allowed) {
            throw LanguageModeErrors.propertySetterNotSupported();
        }
    }

    /**
     * {@code target[index] = value}: a core value (an array of a core type, a hashtable) or a collection of the .NET
     * surface ({@code $PSDefaultParameterValues}); never a JDK collection reached through some Java object.
     */
    static void checkIndexSet(Object target) {
        if (target != null && !CoreTypes.isCoreValue(target) && CoreTypes.isJdkClass(target.getClass())) {
            throw LanguageModeErrors.propertySetterNotSupported();
        }
    }

    /** New-Object of {@code type}. */
    static boolean mayCreate(Class<?> type) {
        return CoreTypes.contains(type);
    }

    /**
     * A cast, a typed variable or parameter, or a method argument converting {@code value} to {@code type}: null and
     * values that already are of the type need no conversion; any value converts to a core type ({@code [object]}
     * and {@code [object[]]} included), and a name to {@code [type]} when it names a type scripts may see.
     */
    static void checkConversion(Object value, Class<?> type) {
        if (!mayConvert(value, type)) {
            throw LanguageModeErrors.conversionToNonCoreType(TypeNames.of(type));
        }
    }

    /** Whether {@link #checkConversion} lets the conversion happen; {@code -as} gives null when it does not. */
    static boolean mayConvert(Object value, Class<?> type) {
        return value == null || type.isInstance(value) || CoreTypes.contains(type)
                || type == Class.class && value instanceof String name
                        && TypeResolver.shared().resolve(name.strip(), false) != null;
    }
}
