package dev.jpwsh.engine.languagemode;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.engine.types.ExtendedMembers;
import dev.jpwsh.engine.types.MemberGuard;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.engine.types.MethodCallSite;
import dev.jpwsh.engine.types.PropertyReadSite;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import dev.jpwsh.runtime.object.TypeDataTable;
import java.util.List;

/**
 * The one way script reaches members, types and conversions: member access, method calls (instance, static,
 * through {@code $o.$name()}, the {@code ForEach}/{@code Where} intrinsics, ForEach-Object -MemberName), property
 * and index assignment, New-Object, casts, typed variables and parameters, {@code -as}, and type names. Each entry
 * reads the session's language mode once; in FullLanguage it goes straight to {@link Members} and
 * {@link Conversions}, in ConstrainedLanguage it first asks {@link ConstrainedLanguage}, and hands Members the
 * guard that checks every receiver a call reaches (the elements of a collection included) and every argument
 * conversion, and reads properties through getters only. RestrictedLanguage and NoLanguage, which have no method
 * calls of their own, hand cmdlets that reach members for them (Select-Object -ExpandProperty, New-Object) the
 * same guard, so they reach no more than ConstrainedLanguage. Java classes resolve by their Java names only in FullLanguage, and not even there when the session's
 * InitialSessionState hides them. Stateless: any thread may call it.
 */
public final class MemberGate {
    private MemberGate() {
    }

    private static boolean isConstrained(ExecutionContext context) {
        return context.languageMode() == PSLanguageMode.ConstrainedLanguage;
    }

    /** The guard for the session's mode now: none in FullLanguage only. */
    private static MemberGuard guard(ExecutionContext context) {
        return context.languageMode() == PSLanguageMode.FullLanguage ? MemberGuard.NONE : ConstrainedLanguage.GUARD;
    }

    /** {@code target.Name}. */
    public static Object get(ExecutionContext context, Object target, String name) {
        return get(context, target, name, new PropertyReadSite());
    }

    /** {@code target.Name} at a member-access node that remembers the getter it called. */
    public static Object get(ExecutionContext context, Object target, String name, PropertyReadSite site) {
        PSMember typed = typeDataMember(context, target, name);
        if (typed != null && typed.kind() == PSMemberTypes.AliasProperty) {
            return ExtendedMembers.aliased(typed, get(context, target, (String) typed.value()));
        }
        if (typed != null) {
            return ExtendedMembers.read(typed, target, guard(context));
        }
        return Members.get(target, name, guard(context), site);
    }

    /** The member the session's type data gives {@code target} (Update-TypeData), when there is any type data. */
    private static PSMember typeDataMember(ExecutionContext context, Object target, String name) {
        return TypeDataTable.any() ? ExtendedMembers.find(context.findService(TypeDataTable.class), target, name)
                : null;
    }

    /** {@code [Type]::Name}. */
    public static Object getStatic(ExecutionContext context, Class<?> type, String name) {
        return Members.getStatic(type, name, guard(context));
    }

    /**
     * Refuses {@code target.Name(...)} before the engine runs one of its own methods of {@code target} (a script
     * block's {@code Invoke}, the {@code ForEach} and {@code Where} intrinsics); a null target fails as the call does.
     */
    public static void checkCall(ExecutionContext context, Object target, String name) {
        if (target != null && isConstrained(context)) {
            ConstrainedLanguage.GUARD.checkCall(target, name);
        }
    }

    /** {@code target.Name(args)}: the receiver of each call it makes, and each argument conversion, checked. */
    public static Object invoke(ExecutionContext context, Object target, String name, List<Object> args) {
        return invoke(context, target, name, args, new MethodCallSite());
    }

    /**
     * {@code target.Name(args)} at a call site that remembers the method it resolved; the checks run on every call,
     * as the site's memory holds no decision of the language mode.
     */
    public static Object invoke(ExecutionContext context, Object target, String name, List<Object> args,
            MethodCallSite site) {
        PSMember typed = typeDataMember(context, target, name);
        if (typed != null && typed.kind().isMethod()) {
            checkCall(context, target, name);
            return ExtendedMembers.invoke(typed, target, args);
        }
        return Members.invoke(target, name, args, guard(context), site);
    }

    /** {@code [Type]::Name(args)} and {@code [Type]::new(args)}, at a call site that remembers the method. */
    public static Object invokeStatic(ExecutionContext context, Class<?> type, List<?> typeArguments,
            String name, List<Object> args, MethodCallSite site) {
        if (isConstrained(context)) {
            ConstrainedLanguage.checkStaticCall(type, name);
            return Members.invokeStatic(type, typeArguments, name, args, ConstrainedLanguage.GUARD, site);
        }
        return Members.invokeStatic(type, typeArguments, name, args, MemberGuard.NONE, site);
    }

    /** New-Object's instance of {@code type}, refused with New-Object's own error for a type that is not core. */
    public static Object newObject(ExecutionContext context, Class<?> type, List<?> typeArguments,
            List<Object> args) {
        if (isConstrained(context) && !ConstrainedLanguage.mayCreate(type)) {
            throw LanguageModeErrors.newObjectCannotCreateType();
        }
        return Members.invokeStatic(type, typeArguments, "new", args, guard(context), new MethodCallSite());
    }

    /** {@code target.Name = value}; {@code target} is the type itself for {@code [Type]::Name = value}. */
    public static void set(ExecutionContext context, Object target, String name, Object value, boolean isStatic) {
        MemberGuard guard = MemberGuard.NONE;
        if (isConstrained(context)) {
            ConstrainedLanguage.checkPropertySet(target, name, isStatic);
            guard = ConstrainedLanguage.GUARD;
        }
        PSMember typed = isStatic ? null : typeDataMember(context, target, name);
        if (isStatic && target instanceof Class<?> type) {
            Members.setStatic(type, name, value, guard);
        } else if (typed != null) {
            ExtendedMembers.set(typed, target, value, guard);
        } else {
            Members.set(target, name, value, guard);
        }
    }

    /** {@code target[index] = value}. */
    public static void setIndex(ExecutionContext context, Object target, Object index, Object value) {
        if (isConstrained(context)) {
            ConstrainedLanguage.checkIndexSet(target);
            Members.setIndex(target, index, value, ConstrainedLanguage.GUARD);
            return;
        }
        Members.setIndex(target, index, value, MemberGuard.NONE);
    }

    /**
     * {@code [T[A]] value}, a typed variable or parameter, {@code .ForEach([T])}: ConstrainedLanguage converts to
     * core types only ({@code ConversionSupportedOnlyToCoreTypes}), and a name converts to {@code [type]} only when
     * the session may see the type it names.
     */
    public static Object convert(ExecutionContext context, Object value, Class<?> type, List<?> typeArguments) {
        if (isConstrained(context)) {
            ConstrainedLanguage.checkConversion(value, type);
        }
        if (type == Class.class && value instanceof String name) {
            // text names a type as a literal does: a constructed generic type keeps its arguments
            Class<?> defined = context.hasScriptTypes() ? resolveType(context, name.strip()) : null;
            String text = name.strip();
            return DotNetType.constructed(defined != null ? defined : Conversions.toType(text, javaTypesVisible(context)),
                    TypeResolver.shared().typeArguments(text, context.hasScriptTypes() ? context::scriptType : null));
        }
        if (type == Class.class && value instanceof DotNetType constructed && constructed.type() != null) {
            // a type stays itself, a constructed generic one with its arguments ([type]$t of [List[int]])
            return constructed;
        }
        return Conversions.convert(value, type, typeArguments);
    }

    /** {@code value -as [T]}: the conversion, or null when it fails or the language mode refuses it. */
    public static Object convertOrNull(ExecutionContext context, Object value, Class<?> type,
            List<?> typeArguments) {
        if (isConstrained(context) && !ConstrainedLanguage.mayConvert(value, type)) {
            return null;
        }
        try {
            return convert(context, value, type, typeArguments);
        } catch (RuntimeException failed) {
            return null;
        }
    }

    /** The class a type name names for this session, or null: Java names count only where Java types are visible. */
    public static Class<?> resolveType(ExecutionContext context, String name) {
        return TypeResolver.shared().resolve(name, javaTypesVisible(context),
                context.hasScriptTypes() ? context::scriptType : null);
    }

    /**
     * Whether the session resolves Java classes by their Java names: only FullLanguage does, and only when its
     * InitialSessionState did not hide them (its HideJavaTypes).
     */
    public static boolean javaTypesVisible(ExecutionContext context) {
        return context.languageMode() == PSLanguageMode.FullLanguage && !context.hidesJavaTypes();
    }
}
