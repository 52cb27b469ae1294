package dev.jpwsh.engine.classes;

import dev.jpwsh.engine.exec.ExecutionContext;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodType;

/**
 * What the runtime knows of one generated script class: its definition, the Java descriptor each member index was
 * given, and the session that first defined it (where a call that comes from no session's thread runs). The
 * resolved method types are computed on first use; the race to compute them is benign (equal values).
 */
final class ClassInfo {
    private static final ClassValue<ClassInfo> OF = new ClassValue<>() {
        @Override
        protected ClassInfo computeValue(Class<?> type) {
            return type.getClassLoader() instanceof DefinitionLoader loader ? loader.info(type.getName()) : null;
        }
    };

    private final TypeDefinition definition;
    /** Each method's (and constructor's) descriptor, by its index in the definition's methods; null for none. */
    private final MethodTypeDesc[] types;
    /** Each constructor's base constructor descriptor, by index; null where it calls the parameterless one. */
    private final MethodTypeDesc[] bases;
    private final ExecutionContext firstSession;
    private volatile java.lang.reflect.Field[] fields;
    private volatile MethodType[] resolved;
    private volatile MethodType[] resolvedBases;

    ClassInfo(TypeDefinition definition, MethodTypeDesc[] types, MethodTypeDesc[] bases,
            ExecutionContext firstSession) {
        this.definition = definition;
        this.types = types;
        this.bases = bases;
        this.firstSession = firstSession;
    }

    /** The info of a class a script defined, or null for any other class. */
    static ClassInfo of(Class<?> type) {
        return OF.get(type);
    }

    /** Whether {@code type} is a class a script defined (not an enum). */
    static boolean isScriptClass(Class<?> type) {
        return of(type) != null && !of(type).definition.isEnum();
    }

    TypeDefinition definition() {
        return definition;
    }

    ExecutionContext firstSession() {
        return firstSession;
    }

    /** The public field of {@code owner} that holds property {@code index}. */
    java.lang.reflect.Field field(Class<?> owner, int index) {
        java.lang.reflect.Field[] known = fields;
        if (known == null) {
            known = new java.lang.reflect.Field[definition.properties().size()];
            for (int i = 0; i < known.length; i++) {
                try {
                    known[i] = owner.getDeclaredField(definition.properties().get(i).name());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
            fields = known;
        }
        return known[index];
    }

    /** The Java type of method {@code index} of {@code owner}. */
    MethodType methodType(Class<?> owner, int index) {
        MethodType[] known = resolved;
        if (known == null) {
            known = resolve(types, owner);
            resolved = known;
        }
        return known[index];
    }

    /** The Java type of the base constructor that constructor {@code index} of {@code owner} calls. */
    MethodType baseType(Class<?> owner, int index) {
        MethodType[] known = resolvedBases;
        if (known == null) {
            known = resolve(bases, owner);
            resolvedBases = known;
        }
        return known[index];
    }

    private static MethodType[] resolve(MethodTypeDesc[] descs, Class<?> owner) {
        MethodType[] types = new MethodType[descs.length];
        for (int i = 0; i < descs.length; i++) {
            types[i] = descs[i] == null ? null
                    : MethodType.fromMethodDescriptorString(descs[i].descriptorString(), owner.getClassLoader());
        }
        return types;
    }
}
