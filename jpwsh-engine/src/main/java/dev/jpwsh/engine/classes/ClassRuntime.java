package dev.jpwsh.engine.classes;

import dev.jpwsh.engine.command.Validation;
import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.node.Statements;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.engine.types.ScriptInstance;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.ScriptEnum;
import dev.jpwsh.runtime.object.TypeNames;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import java.util.List;

/**
 * What the generated classes call: their static initializer, constructors, methods and validating setters run the
 * compiled script of their definition here. A method runs on the calling thread, in the session whose pipeline that
 * thread runs, in a new scope under the global scope of the session that created the instance (a static member: of
 * the calling session), which is also its {@code $global:} scope; its {@code $script:} scope is the scope of the
 * script or module that session defined the class in, as pwsh runs a method in the defining session state. So an
 * instance shared by several runspaces serves each of them at once, with no runspace affinity, and reaches its home
 * session's variables and functions, whose global scope is made to be shared between threads
 * ({@link dev.jpwsh.engine.scope.Scope}). Stateless.
 */
public final class ClassRuntime {
    private ClassRuntime() {
    }

    /** A script class's static properties: their initial values, then its static constructor, if any. */
    public static void initializeStatics(Class<?> owner) {
        ClassInfo info = ClassInfo.of(owner);
        ExecutionContext session = session(info, null);
        Frame frame = frame(session, info, null);
        List<TypeDefinition.Property> properties = info.definition().properties();
        for (int i = 0; i < properties.size(); i++) {
            TypeDefinition.Property property = properties.get(i);
            if (property.isStatic()) {
                initialize(info.field(owner, i), null, property, frame);
            }
        }
        List<TypeDefinition.Method> methods = info.definition().methods();
        for (TypeDefinition.Method method : methods) {
            if (method.constructor() && method.isStatic()) {
                run(method, frame);
            }
        }
    }

    /** The values a constructor's {@code : base(...)} passes, converted to the base constructor's parameter types. */
    public static Object[] baseArguments(Class<?> owner, int index, Object[] args) {
        ClassInfo info = ClassInfo.of(owner);
        TypeDefinition.Method constructor = info.definition().methods().get(index);
        ExecutionContext session = session(info, null);
        Frame frame = frame(session, info, null);
        bind(constructor, frame, args);
        MethodType base = info.baseType(owner, index);
        Object[] values = new Object[constructor.baseArguments().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Conversions.convert(constructor.baseArguments().get(i).eval(frame),
                    MethodInvoker.boxed(base.parameterType(i)));
        }
        return values;
    }

    /**
     * The part of a constructor of {@code owner} after its base constructor: the instance's home (for the
     * outermost constructor), {@code owner}'s property initial values, then the constructor's body (none for the
     * default constructor, index -1).
     */
    public static void construct(Class<?> owner, int index, Object self, Object[] args) {
        ClassInfo info = ClassInfo.of(owner);
        ScriptInstance instance = (ScriptInstance) self;
        if (instance.$home() == null) {
            instance.$home(session(info, null));
        }
        ExecutionContext session = session(info, self);
        Frame frame = frame(session, info, self);
        List<TypeDefinition.Property> properties = info.definition().properties();
        for (int i = 0; i < properties.size(); i++) {
            if (!properties.get(i).isStatic()) {
                initialize(info.field(owner, i), self, properties.get(i), frame);
            }
        }
        if (index >= 0) {
            TypeDefinition.Method constructor = info.definition().methods().get(index);
            bind(constructor, frame, args);
            run(constructor, frame);
        }
    }

    /** Method {@code index} of {@code owner} on {@code self} (null for a static method): its value, converted. */
    public static Object invoke(Class<?> owner, int index, Object self, Object[] args) {
        ClassInfo info = ClassInfo.of(owner);
        TypeDefinition.Method method = info.definition().methods().get(index);
        ExecutionContext session = session(info, self);
        Frame frame = frame(session, info, self);
        bind(method, frame, args);
        Object value = run(method, frame);
        Class<?> result = info.methodType(owner, index).returnType();
        if (result == void.class) {
            return null;
        }
        return converted(value, MethodInvoker.boxed(result));
    }

    /**
     * The properties of script class {@code type} that carry {@code [Parameter()]}, by what they declare, in
     * declaration order; empty for any other class.
     */
    public static List<dev.jpwsh.engine.command.ParameterSpec> parameterProperties(Class<?> type) {
        ClassInfo info = ClassInfo.of(type);
        if (info == null) {
            return List.of();
        }
        return info.definition().properties().stream().filter(p -> p.parameter() != null && !p.isStatic())
                .map(TypeDefinition.Property::parameter).toList();
    }

    /** Whether script class {@code type}, or a script class it derives from, has a method by that name and arity. */
    public static boolean declares(Class<?> type, String name, int arity) {
        return baseMethod(type, name, arity) != null;
    }

    /**
     * {@code ([Base]$this).Name(args)}: the method {@code type} (or the nearest script class it derives from)
     * declares, run on {@code self} whatever its class overrides, as pwsh calls a base class's method.
     */
    public static Object invokeAs(Class<?> type, Object self, String name, List<Object> args) {
        Class<?> owner = baseMethod(type, name, args.size());
        ClassInfo info = ClassInfo.of(owner);
        List<TypeDefinition.Method> methods = info.definition().methods();
        for (int i = 0; i < methods.size(); i++) {
            TypeDefinition.Method method = methods.get(i);
            if (!method.constructor() && !method.isStatic() && method.name().equalsIgnoreCase(name)
                    && method.parameters().size() == args.size()) {
                MethodType javaType = info.methodType(owner, i);
                Object[] values = new Object[args.size()];
                for (int a = 0; a < values.length; a++) {
                    values[a] = converted(args.get(a), MethodInvoker.boxed(javaType.parameterType(a)));
                }
                Object result = invoke(owner, i, self, values);
                return javaType.returnType() == void.class ? AutomationNull.VALUE : result;
            }
        }
        throw new IllegalStateException(name);
    }

    private static Class<?> baseMethod(Class<?> type, String name, int arity) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            ClassInfo info = ClassInfo.of(c);
            if (info == null) {
                continue;
            }
            for (TypeDefinition.Method method : info.definition().methods()) {
                if (!method.constructor() && !method.isStatic() && method.name().equalsIgnoreCase(name)
                        && method.parameters().size() == arity) {
                    return c;
                }
            }
        }
        return null;
    }

    /** A validating property's check before a new value is stored; a failure is pwsh's ValidationMetadataException. */
    public static void validate(Class<?> owner, int property, Object value) {
        ClassInfo info = ClassInfo.of(owner);
        TypeDefinition.Property definition = info.definition().properties().get(property);
        ExecutionContext session = session(info, null);
        Frame frame = frame(session, info, null);
        for (Validation validation : definition.validations()) {
            String failure = validation.check(frame, value);
            if (failure != null) {
                throw ClassErrors.validationFailed(definition.name(), failure);
            }
        }
    }

    /** A script class instance's text when its class has no ToString: the type's name, as in pwsh. */
    public static String typeName(Object self) {
        return TypeNames.ofValue(self);
    }

    /** The session to run in: the calling thread's, else the instance's home, else the class's first. */
    private static ExecutionContext session(ClassInfo info, Object self) {
        ExecutionContext current = ExecutionContext.onThisThread();
        if (current != null) {
            return current;
        }
        if (self instanceof ScriptInstance instance && instance.$home() != null) {
            return (ExecutionContext) instance.$home();
        }
        return info.firstSession();
    }

    private static ExecutionContext home(Object self) {
        return (ExecutionContext) ((ScriptInstance) self).$home();
    }

    /**
     * A member's frame in the session where it runs: a new scope under the global scope of the instance's home (for
     * a static member: of {@code session}), with the script scope that home defined the class in.
     */
    private static Frame frame(ExecutionContext session, ClassInfo info, Object self) {
        ExecutionContext home = self == null ? session : home(self);
        Scope global = home.global();
        Frame frame = new Frame(session, new Scope(global), home.scriptScopeOf(info.definition()), global);
        if (self != null) {
            frame.setLocal("this", self);
        }
        return frame;
    }

    private static void bind(TypeDefinition.Method method, Frame frame, Object[] args) {
        List<TypeDefinition.Parameter> parameters = method.parameters();
        for (int i = 0; i < parameters.size() && i < args.length; i++) {
            frame.setLocal(parameters.get(i).name(), args[i]);
        }
    }

    /** Runs a method's body: its output is dropped, and the value of the {@code return} that ends it is kept. */
    private static Object run(TypeDefinition.Method method, Frame frame) {
        Object[] returned = new Object[1];
        Pipe out = value -> {
            if (value instanceof Statements.MethodReturn.Returned r) {
                returned[0] = r.value();
            }
        };
        new ScriptBlock(method.body()).runAll(frame, out);
        return returned[0];
    }

    private static void initialize(Field field, Object self, TypeDefinition.Property property, Frame frame) {
        Class<?> type = field.getType();
        Object value = property.initializer() == null ? defaultValue(type)
                : converted(property.initializer().eval(frame), type);
        try {
            field.set(Modifier.isStatic(field.getModifiers()) ? null : self, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A returned or assigned value as the declared type: an enumerator for a Java iterator, else a conversion. */
    private static Object converted(Object value, Class<?> type) {
        if (type == Iterator.class && !(value instanceof Iterator<?>)) {
            return value == null ? java.util.Collections.emptyIterator() : Enumeration.toList(value).iterator();
        }
        return Conversions.convert(value, type);
    }

    /**
     * .NET's default of a property's type: zero, false, the first value or the empty struct (DateTime.MinValue ...)
     * for value types, else null.
     */
    private static Object defaultValue(Class<?> type) {
        return ScriptEnum.isScriptEnum(type) ? ScriptEnum.membersOf(type).valueOf(0)
                : dev.jpwsh.dotnet.ValueType.defaultOf(type);
    }
}
