package dev.jpwsh.engine.classes;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.language.source.Extent;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates the classes of one {@link TypeGroup} for one set of outside types: resolves the names, plans each class
 * (which Java methods its methods implement, which base constructor each constructor calls), checks what pwsh checks
 * when it defines the types, writes the class files, and loads and initializes them. One use, on the defining
 * session's thread.
 */
final class GroupBuilder {
    private static final AtomicLong GROUPS = new AtomicLong();
    /** .NET method names whose Java counterparts a script method implements. */
    private static final Map<String, String> JAVA_NAMES = Map.of("tostring", "toString", "equals", "equals",
            "gethashcode", "hashCode", "compareto", "compareTo", "dispose", "close", "getenumerator", "iterator");

    private final TypeGroup group;
    private final ExecutionContext session;
    private final String packageName = "dev.jpwsh.scripttypes.g" + GROUPS.incrementAndGet();
    private final Map<String, TypeDefinition> ours = new LinkedHashMap<>();
    private final Map<String, ClassBytes.Plan> plans = new HashMap<>();
    private final Map<String, Class<?>> earlier = new HashMap<>();
    /** Each planned class's script base class in the group, if any, and the Java class its chain derives from. */
    private final Map<ClassBytes.Plan, ClassBytes.Plan> parents = new java.util.IdentityHashMap<>();
    private final Map<ClassBytes.Plan, Class<?>> javaRoots = new java.util.IdentityHashMap<>();

    GroupBuilder(TypeGroup group, ExecutionContext session) {
        this.group = group;
        this.session = session;
        for (TypeDefinition definition : group.definitions()) {
            ours.put(TypeGroup.key(definition.name()), definition);
        }
    }

    Map<String, Class<?>> build() {
        Map<String, byte[]> files = new HashMap<>();
        Map<String, ClassInfo> infos = new HashMap<>();
        List<TypeDefinition> order = baseFirst();
        for (TypeDefinition definition : order) {
            String binaryName = binaryName(definition);
            if (definition.isEnum()) {
                files.put(binaryName, enumFile(definition));
                infos.put(binaryName, new ClassInfo(definition, new MethodTypeDesc[0], new MethodTypeDesc[0],
                        session));
                continue;
            }
            ClassBytes.Plan plan = plan(definition);
            plans.put(TypeGroup.key(definition.name()), plan);
            try {
                files.put(binaryName, ClassBytes.classFile(plan));
            } catch (IllegalArgumentException tooLarge) {
                throw ClassErrors.cannotGenerate(definition.name(), definition.extent());
            }
            infos.put(binaryName, info(definition, plan));
        }
        DefinitionLoader loader = new DefinitionLoader(files, earlier, infos);
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        ExecutionContext previous = session.enterThread();
        try {
            for (TypeDefinition definition : order) {
                Class<?> type = load(loader, binaryName(definition), false);
                classes.put(TypeGroup.key(definition.name()), type);
                session.defineScriptType(definition.name(), type);
            }
            for (TypeDefinition definition : order) {
                load(loader, binaryName(definition), true);
            }
        } finally {
            ExecutionContext.leaveThread(previous);
        }
        return Map.copyOf(classes);
    }

    /**
     * Loads a generated class; initializing it runs its static constructor, which may name the group's types, so the
     * session knows them all by then.
     */
    private static Class<?> load(DefinitionLoader loader, String name, boolean initialize) {
        try {
            return Class.forName(name, initialize, loader);
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private String binaryName(TypeDefinition definition) {
        return packageName + "." + definition.name().replace('.', '_');
    }

    /**
     * The definitions in the order written, which is base first: as in pwsh, a class may derive only from a script
     * class defined before it, so a base written later (which every cycle has) is TypeNotFound at its name.
     */
    private List<TypeDefinition> baseFirst() {
        List<TypeDefinition> order = group.definitions();
        for (int i = 0; i < order.size(); i++) {
            TypeDefinition definition = order.get(i);
            if (definition.isEnum()) {
                continue;
            }
            for (TypeDefinition.TypeName base : definition.baseTypes()) {
                TypeDefinition inGroup = ours.get(TypeGroup.key(base.name().strip()));
                if (inGroup != null && order.indexOf(inGroup) >= i) {
                    throw ClassErrors.typeNotFound(base.name().strip(), base.extent());
                }
            }
        }
        return order;
    }

    // ---- names ----

    /** The descriptor a declared type stands for in a signature; none is Object. */
    private ClassDesc descriptor(TypeDefinition.TypeName type) {
        return type == null ? CD_Object : descriptor(type.name().strip(), type.extent());
    }

    /** The descriptor a type name stands for in a signature: ours, an earlier script type's, or a Java class's. */
    private ClassDesc descriptor(String name, Extent where) {
        if (name.endsWith("[]")) {
            return descriptor(name.substring(0, name.length() - 2), where).arrayType();
        }
        List<String> parts = new ArrayList<>();
        TypeGroup.simpleNames(name, parts);
        for (String part : parts.subList(1, parts.size())) {
            if (!ours.containsKey(TypeGroup.key(part))) {
                external(part, where);
            }
        }
        TypeDefinition own = ours.get(TypeGroup.key(parts.getFirst()));
        if (own != null && parts.size() == 1) {
            return ClassDesc.of(binaryName(own));
        }
        Class<?> type = external(parts.size() == 1 ? name : generic(name, parts.getFirst()), where);
        // [psobject] takes any value, as pwsh's PSObject wraps any: its slots are Object's
        return type == PSObject.class ? CD_Object : ClassDesc.ofDescriptor(type.descriptorString());
    }

    /** A generic name whose arguments are ours: the generic type itself, which signatures use erased. */
    private String generic(String name, String definitionName) {
        return name.contains("[") ? definitionName : name;
    }

    /** A base type whose generic arguments name types of the group ({@code IEquatable[Self]}): the generic type. */
    private String withoutOwnArguments(String name) {
        List<String> parts = new ArrayList<>();
        TypeGroup.simpleNames(name, parts);
        return parts.stream().skip(1).anyMatch(p -> ours.containsKey(TypeGroup.key(p))) ? parts.getFirst() : name;
    }

    /** A type defined outside the group, by name; an unknown name is pwsh's TypeNotFound parse error. */
    private Class<?> external(String name, Extent where) {
        Class<?> type = TypeResolver.shared().resolve(name, true, session::scriptType);
        for (int i = 0; type == null && i < group.namespaces().size(); i++) {
            type = TypeResolver.shared().resolve(group.namespaces().get(i) + "." + name, true, session::scriptType);
        }
        if (type == null) {
            throw ClassErrors.typeNotFound(name, where);
        }
        if (session.scriptType(name) == type) {
            earlier.put(type.getName(), type);
        }
        return type;
    }

    // ---- enums ----

    private byte[] enumFile(TypeDefinition definition) {
        String underlying = "System.Int32";
        if (!definition.baseTypes().isEmpty()) {
            underlying = TypeNames.of(external(definition.baseTypes().getFirst().name(),
                    definition.baseTypes().getFirst().extent()));
        }
        Frame frame = new Frame(session, new dev.jpwsh.engine.scope.Scope(session.global()), session.global());
        List<String> names = new ArrayList<>();
        long[] values = new long[definition.properties().size()];
        long next = 0;
        for (int i = 0; i < values.length; i++) {
            TypeDefinition.Property member = definition.properties().get(i);
            if (names.stream().anyMatch(member.name()::equalsIgnoreCase)) {
                throw ClassErrors.memberAlreadyDefined(member.name(), member.extent());
            }
            long value = next;
            if (member.initializer() != null) {
                Object given = member.initializer().eval(frame);
                value = given instanceof dev.jpwsh.runtime.object.FlagsEnum e ? e.value()
                        : ((Number) Conversions.convert(given, Long.class)).longValue();
            }
            if (!fits(value, underlying)) {
                throw ClassErrors.enumValueOutOfRange(underlying, member.extent());
            }
            names.add(member.name());
            values[i] = value;
            next = value + 1;
        }
        return ClassBytes.enumFile(ClassDesc.of(binaryName(definition)), definition.name(), names, values,
                definition.flags(), underlying);
    }

    private static boolean fits(long value, String underlying) {
        return switch (underlying) {
            case "System.Byte" -> value >= 0 && value <= 255;
            case "System.SByte" -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
            case "System.Int16" -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
            case "System.UInt16" -> value >= 0 && value <= 65535;
            case "System.Int32" -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            case "System.UInt32" -> value >= 0 && value <= 0xFFFFFFFFL;
            default -> true;
        };
    }

    // ---- classes ----

    private ClassBytes.Plan plan(TypeDefinition definition) {
        ClassDesc self = ClassDesc.of(binaryName(definition));
        ClassBytes.Plan basePlan = null;
        Class<?> javaBase = Object.class;
        List<Class<?>> interfaces = new ArrayList<>();
        for (int i = 0; i < definition.baseTypes().size(); i++) {
            TypeDefinition.TypeName written = definition.baseTypes().get(i);
            String name = written.name().strip();
            ClassBytes.Plan own = plans.get(TypeGroup.key(name));
            if (own != null && i == 0) {
                basePlan = own;
                continue;
            }
            if (ours.containsKey(TypeGroup.key(name))) {
                throw ClassErrors.notAnInterface(name, definition.extent());
            }
            Class<?> type = external(withoutOwnArguments(name), written.extent());
            if (type.isInterface()) {
                interfaces.add(type);
            } else if (i == 0) {
                javaBase = type;
            } else {
                throw ClassErrors.notAnInterface(name, definition.extent());
            }
        }
        if (basePlan == null && (Modifier.isFinal(javaBase.getModifiers()) || javaBase.isEnum()
                || javaBase.isArray() || javaBase.isPrimitive())) {
            throw ClassErrors.cannotDerive(definition.name(), definition.baseTypes().getFirst().name(),
                    definition.baseTypes().getFirst().extent());
        }
        Class<?> scriptBase = basePlan == null && ClassInfo.of(javaBase) != null ? javaBase : null;
        ClassDesc superclass = basePlan != null ? basePlan.self() : ClassDesc.ofDescriptor(javaBase.descriptorString());
        List<ClassBytes.FieldPlan> fields = fields(definition);
        List<ClassBytes.MethodPlan> methods = new ArrayList<>();
        List<ClassBytes.ConstructorPlan> constructors = new ArrayList<>();
        for (int i = 0; i < definition.methods().size(); i++) {
            TypeDefinition.Method method = definition.methods().get(i);
            if (method.constructor()) {
                if (!method.isStatic()) {
                    constructors.add(constructor(definition, i, method, basePlan, javaBase));
                }
                continue;
            }
            ClassBytes.MethodPlan plan = method(definition, i, method, basePlan, javaBase, interfaces);
            if (methods.stream().anyMatch(m -> m.javaName().equals(plan.javaName()) && m.type().equals(plan.type()))) {
                throw ClassErrors.memberAlreadyDefined(method.name(), method.extent());
            }
            methods.add(plan);
        }
        if (constructors.isEmpty()) {
            if (!hasParameterless(basePlan, javaBase)) {
                throw ClassErrors.noDefaultConstructor(definition.baseTypes().getFirst().name(), definition.extent());
            }
            constructors.add(new ClassBytes.ConstructorPlan(-1, MethodTypeDesc.of(CD_void), null));
        }
        boolean topmost = basePlan == null && scriptBase == null;
        boolean ownToString = topmost && methods.stream().noneMatch(m -> m.javaName().equals("toString")
                && m.type().parameterCount() == 0);
        checkImplemented(definition, interfaces, methods, basePlan, javaBase);
        List<ClassDesc> interfaceDescs = interfaces.stream()
                .map(t -> ClassDesc.ofDescriptor(t.descriptorString())).toList();
        ClassBytes.Plan plan = new ClassBytes.Plan(self, definition.name(), superclass, interfaceDescs, topmost,
                ownToString, fields, methods, constructors);
        if (basePlan != null) {
            parents.put(plan, basePlan);
        }
        javaRoots.put(plan, basePlan != null ? javaRoots.get(basePlan) : javaBase);
        return plan;
    }

    private List<ClassBytes.FieldPlan> fields(TypeDefinition definition) {
        List<ClassBytes.FieldPlan> fields = new ArrayList<>();
        for (int i = 0; i < definition.properties().size(); i++) {
            TypeDefinition.Property property = definition.properties().get(i);
            if (fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(property.name()))) {
                throw ClassErrors.memberAlreadyDefined(property.name(), property.extent());
            }
            checkJavaName(property.name(), property.extent());
            boolean methodTakesGetter = definition.methods().stream().anyMatch(m -> m.parameters().isEmpty()
                    && m.name().equalsIgnoreCase("get" + property.name()));
            fields.add(new ClassBytes.FieldPlan(i, property.name(), descriptor(property.type()),
                    property.isStatic(), property.hidden(), !methodTakesGetter, !property.validations().isEmpty()));
        }
        return fields;
    }

    /** A member name the JVM cannot hold ({@code ${a.b}} may name a property in pwsh) is refused, not mangled. */
    private static void checkJavaName(String name, Extent where) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '.' || c == ';' || c == '[' || c == '/' || c == '<'
                || c == '>')) {
            throw ClassErrors.unsupportedMemberName(name, where);
        }
    }

    /**
     * A method's Java name and descriptor: those of the method it overrides in a script base class (same name and
     * parameter types), else of the Java method it implements or overrides (the .NET name's Java counterpart, same
     * number of parameters), else its own name with its declared types.
     */
    private ClassBytes.MethodPlan method(TypeDefinition definition, int index, TypeDefinition.Method method,
            ClassBytes.Plan basePlan, Class<?> javaBase, List<Class<?>> interfaces) {
        checkJavaName(method.name(), method.extent());
        List<ClassDesc> parameters = new ArrayList<>();
        for (TypeDefinition.Parameter p : method.parameters()) {
            parameters.add(descriptor(p.type()));
        }
        ClassDesc result = method.returnType() == null ? CD_void : descriptor(method.returnType());
        MethodTypeDesc own = MethodTypeDesc.of(result, parameters);
        if (!method.isStatic()) {
            for (ClassBytes.Plan base = basePlan; base != null; base = parents.get(base)) {
                for (ClassBytes.MethodPlan inherited : base.methods()) {
                    if (!inherited.isStatic() && inherited.javaName().equalsIgnoreCase(method.name())
                            && inherited.type().parameterList().equals(parameters)) {
                        return new ClassBytes.MethodPlan(index, inherited.javaName(), inherited.type(), false,
                                method.hidden());
                    }
                }
            }
            Method java = javaCounterpart(method, basePlan == null ? javaBase : javaRoots.get(basePlan), interfaces);
            if (java != null) {
                return new ClassBytes.MethodPlan(index, java.getName(), describe(java), false, method.hidden());
            }
        }
        return new ClassBytes.MethodPlan(index, method.name(), own, method.isStatic(), method.hidden());
    }

    private static Method javaCounterpart(TypeDefinition.Method method, Class<?> javaBase, List<Class<?>> interfaces) {
        String javaName = JAVA_NAMES.getOrDefault(TypeGroup.key(method.name()), method.name());
        int count = method.parameters().size();
        for (Class<?> type : interfaces) {
            for (Method m : type.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && m.getName().equalsIgnoreCase(javaName)
                        && m.getParameterCount() == count) {
                    return m;
                }
            }
        }
        for (Class<?> c = javaBase == null ? Object.class : javaBase; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                int modifiers = m.getModifiers();
                if ((Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && !Modifier.isStatic(modifiers)
                        && !Modifier.isFinal(modifiers) && m.getName().equalsIgnoreCase(javaName)
                        && m.getParameterCount() == count) {
                    return m;
                }
            }
        }
        return null;
    }

    private static MethodTypeDesc describe(Method method) {
        return MethodTypeDesc.ofDescriptor(java.lang.invoke.MethodType.methodType(method.getReturnType(),
                method.getParameterTypes()).toMethodDescriptorString());
    }

    private ClassBytes.ConstructorPlan constructor(TypeDefinition definition, int index, TypeDefinition.Method method,
            ClassBytes.Plan basePlan, Class<?> javaBase) {
        List<ClassDesc> parameters = new ArrayList<>();
        for (TypeDefinition.Parameter p : method.parameters()) {
            parameters.add(descriptor(p.type()));
        }
        MethodTypeDesc type = MethodTypeDesc.of(CD_void, parameters);
        if (method.baseArguments() == null) {
            if (!hasParameterless(basePlan, javaBase)) {
                throw ClassErrors.noDefaultConstructor(definition.baseTypes().getFirst().name(), method.extent());
            }
            return new ClassBytes.ConstructorPlan(index, type, null);
        }
        int count = method.baseArguments().size();
        if (basePlan != null) {
            for (ClassBytes.ConstructorPlan base : basePlan.constructors()) {
                if (base.type().parameterCount() == count) {
                    return new ClassBytes.ConstructorPlan(index, type, base.type());
                }
            }
        } else {
            for (Constructor<?> base : javaBase.getDeclaredConstructors()) {
                if (!Modifier.isPrivate(base.getModifiers()) && base.getParameterCount() == count) {
                    return new ClassBytes.ConstructorPlan(index, type, MethodTypeDesc.ofDescriptor(
                            java.lang.invoke.MethodType.methodType(void.class, base.getParameterTypes())
                                    .toMethodDescriptorString()));
                }
            }
        }
        throw ClassErrors.noDefaultConstructor(definition.baseTypes().getFirst().name(), method.extent());
    }

    private static boolean hasParameterless(ClassBytes.Plan basePlan, Class<?> javaBase) {
        if (basePlan != null) {
            return basePlan.constructors().stream().anyMatch(c -> c.type().parameterCount() == 0);
        }
        for (Constructor<?> c : javaBase.getDeclaredConstructors()) {
            if (c.getParameterCount() == 0 && !Modifier.isPrivate(c.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    /** An interface method that neither the class, its script base classes nor its Java base implements. */
    private void checkImplemented(TypeDefinition definition, List<Class<?>> interfaces,
            List<ClassBytes.MethodPlan> methods, ClassBytes.Plan basePlan, Class<?> javaBase) {
        for (Class<?> type : interfaces) {
            for (Method m : type.getMethods()) {
                if (!Modifier.isAbstract(m.getModifiers())) {
                    continue;
                }
                MethodTypeDesc wanted = describe(m);
                boolean implemented = methods.stream().anyMatch(p -> p.javaName().equals(m.getName())
                        && p.type().equals(wanted));
                for (ClassBytes.Plan base = basePlan; !implemented && base != null; base = parents.get(base)) {
                    implemented = base.methods().stream().anyMatch(p -> p.javaName().equals(m.getName())
                            && p.type().equals(wanted));
                }
                if (!implemented) {
                    try {
                        Method concrete = (basePlan == null ? javaBase : javaRoots.get(basePlan)).getMethod(m.getName(),
                                m.getParameterTypes());
                        implemented = !Modifier.isAbstract(concrete.getModifiers());
                    } catch (NoSuchMethodException none) {
                        implemented = false;
                    }
                }
                if (!implemented) {
                    throw ClassErrors.missingImplementation(definition.name(), dotNetName(m.getName()),
                            definition.extent());
                }
            }
        }
    }

    private static String dotNetName(String javaName) {
        for (Map.Entry<String, String> e : JAVA_NAMES.entrySet()) {
            if (e.getValue().equals(javaName)) {
                return switch (e.getKey()) {
                    case "tostring" -> "ToString";
                    case "gethashcode" -> "GetHashCode";
                    case "compareto" -> "CompareTo";
                    case "getenumerator" -> "GetEnumerator";
                    default -> Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1);
                };
            }
        }
        return javaName;
    }

    private ClassInfo info(TypeDefinition definition, ClassBytes.Plan plan) {
        MethodTypeDesc[] types = new MethodTypeDesc[definition.methods().size()];
        MethodTypeDesc[] bases = new MethodTypeDesc[definition.methods().size()];
        for (ClassBytes.MethodPlan method : plan.methods()) {
            types[method.index()] = method.type();
        }
        for (ClassBytes.ConstructorPlan constructor : plan.constructors()) {
            if (constructor.index() >= 0) {
                types[constructor.index()] = constructor.type();
                bases[constructor.index()] = constructor.base();
            }
        }
        return new ClassInfo(definition, types, bases, session);
    }
}
