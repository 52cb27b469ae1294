package dev.jpwsh.engine.classes;

import static java.lang.classfile.ClassFile.ACC_FINAL;
import static java.lang.classfile.ClassFile.ACC_PRIVATE;
import static java.lang.classfile.ClassFile.ACC_PUBLIC;
import static java.lang.classfile.ClassFile.ACC_STATIC;
import static java.lang.classfile.ClassFile.ACC_SYNTHETIC;
import static java.lang.constant.ConstantDescs.CD_Class;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.CLASS_INIT_NAME;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import java.lang.classfile.Annotation;
import java.lang.classfile.AnnotationElement;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.classfile.attribute.RuntimeVisibleAnnotationsAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/**
 * The class file of a script class or enum, from its {@link Plan}. Every member is public, so that Java code and
 * jpwsh's member binding (getters, fields, overloads, conversions of arguments to parameter types) see the class as
 * they see any Java class; each method's body is a call into {@link ClassRuntime} naming the class and the member's
 * index, which runs the compiled script. Stateless.
 */
final class ClassBytes {
    private static final ClassDesc RUNTIME = ClassDesc.of(ClassRuntime.class.getName());
    private static final ClassDesc INSTANCE = ClassDesc.of(dev.jpwsh.engine.types.ScriptInstance.class.getName());
    private static final ClassDesc DOTNET_NAME = ClassDesc.of(dev.jpwsh.runtime.object.DotNetName.class.getName());
    private static final ClassDesc ENUM_BASE = ClassDesc.of(dev.jpwsh.runtime.object.ScriptEnum.class.getName());
    private static final ClassDesc ENUM_MEMBERS = ClassDesc.of(
            dev.jpwsh.runtime.object.ScriptEnum.Members.class.getName());
    private static final ClassDesc CD_OBJECTS = CD_Object.arrayType();
    private static final String HOME = "$home";

    private ClassBytes() {
    }

    /**
     * What a class file holds.
     *
     * @param topmost  whether no script class is among its base classes, so that it holds the instance's home
     * @param ownToString whether it needs a {@code toString} giving the type's name (no script ToString exists)
     */
    record Plan(ClassDesc self, String name, ClassDesc superclass, List<ClassDesc> interfaces, boolean topmost,
            boolean ownToString, List<FieldPlan> fields, List<MethodPlan> methods, List<ConstructorPlan> constructors) {
    }

    /**
     * A property: a public field, a getter unless a method takes the name, and a setter, which validates values when
     * the property has validation attributes. A hidden property's accessors are synthetic, which is how Get-Member
     * and formatting know to leave them out.
     */
    record FieldPlan(int index, String name, ClassDesc type, boolean isStatic, boolean hidden, boolean getter,
            boolean validated) {
    }

    /** A method: its Java name and descriptor (those of the Java method it implements, when it does). */
    record MethodPlan(int index, String javaName, MethodTypeDesc type, boolean isStatic, boolean hidden) {
    }

    /**
     * A constructor; index -1 is the default one a class without constructors gets. {@code base} is the base
     * class constructor its {@code : base(...)} calls, or null for the base's parameterless one.
     */
    record ConstructorPlan(int index, MethodTypeDesc type, MethodTypeDesc base) {
    }

    static byte[] classFile(Plan plan) {
        return ClassFile.of().build(plan.self(), type -> {
            type.withFlags(ACC_PUBLIC).withSuperclass(plan.superclass());
            List<ClassDesc> interfaces = new java.util.ArrayList<>(plan.interfaces());
            if (plan.topmost()) {
                interfaces.add(INSTANCE);
            }
            type.withInterfaceSymbols(interfaces);
            type.with(dotNetName(plan.name()));
            for (FieldPlan field : plan.fields()) {
                field(type, plan, field);
            }
            for (MethodPlan method : plan.methods()) {
                method(type, plan, method);
            }
            for (ConstructorPlan constructor : plan.constructors()) {
                constructor(type, plan, constructor);
            }
            if (plan.topmost()) {
                home(type, plan.self());
            }
            if (plan.ownToString()) {
                type.withMethodBody("toString", MethodTypeDesc.of(CD_String), ACC_PUBLIC, code -> code
                        .aload(0)
                        .invokestatic(RUNTIME, "typeName", MethodTypeDesc.of(CD_String, CD_Object))
                        .areturn());
            }
            type.withMethodBody(CLASS_INIT_NAME, MTD_void, ACC_STATIC, code -> code
                    .ldc(plan.self())
                    .invokestatic(RUNTIME, "initializeStatics", MethodTypeDesc.of(CD_void, CD_Class))
                    .return_());
        });
    }

    /**
     * The class file of a script enum: a final subclass of ScriptEnum with a static field per member, its
     * {@code INFO}, a {@code (long)} constructor and a static {@code Parse(string)} for conversions from text.
     */
    static byte[] enumFile(ClassDesc self, String name, List<String> members, long[] values, boolean flags,
            String underlying) {
        StringBuilder described = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            described.append(i > 0 ? "," : "").append(members.get(i)).append('=').append(values[i]);
        }
        return ClassFile.of().build(self, type -> {
            type.withFlags(ACC_PUBLIC | ACC_FINAL).withSuperclass(ENUM_BASE);
            type.with(dotNetName(name));
            type.withField("INFO", ENUM_MEMBERS, ACC_PUBLIC | ACC_STATIC | ACC_FINAL);
            for (String member : members) {
                type.withField(member, self, ACC_PUBLIC | ACC_STATIC | ACC_FINAL);
            }
            type.withMethodBody(INIT_NAME, MethodTypeDesc.of(CD_void, CD_long), ACC_PUBLIC, code -> code
                    .aload(0).lload(1).invokespecial(ENUM_BASE, INIT_NAME, MethodTypeDesc.of(CD_void, CD_long))
                    .return_());
            type.withMethodBody("Parse", MethodTypeDesc.of(self, CD_String), ACC_PUBLIC | ACC_STATIC, code -> code
                    .new_(self).dup()
                    .getstatic(self, "INFO", ENUM_MEMBERS).aload(0)
                    .invokevirtual(ENUM_MEMBERS, "parse", MethodTypeDesc.of(CD_long, CD_String))
                    .invokespecial(self, INIT_NAME, MethodTypeDesc.of(CD_void, CD_long))
                    .areturn());
            type.withMethodBody(CLASS_INIT_NAME, MTD_void, ACC_STATIC, code -> {
                code.ldc(self).ldc(described.toString()).loadConstant(flags ? 1 : 0).ldc(underlying)
                        .invokestatic(ENUM_MEMBERS, "describe", MethodTypeDesc.of(ENUM_MEMBERS, CD_Class, CD_String,
                                java.lang.constant.ConstantDescs.CD_boolean, CD_String))
                        .putstatic(self, "INFO", ENUM_MEMBERS);
                for (int i = 0; i < members.size(); i++) {
                    code.new_(self).dup().loadConstant(values[i])
                            .invokespecial(self, INIT_NAME, MethodTypeDesc.of(CD_void, CD_long))
                            .putstatic(self, members.get(i), self);
                }
                code.return_();
            });
        });
    }

    private static RuntimeVisibleAnnotationsAttribute dotNetName(String name) {
        return RuntimeVisibleAnnotationsAttribute.of(Annotation.of(DOTNET_NAME,
                AnnotationElement.ofString("value", name)));
    }

    private static void field(ClassBuilder type, Plan plan, FieldPlan field) {
        int statics = (field.isStatic() ? ACC_STATIC : 0) | (field.hidden() ? ACC_SYNTHETIC : 0);
        type.withField(field.name(), field.type(), ACC_PUBLIC | statics);
        if (field.getter()) {
            type.withMethodBody("get" + field.name(), MethodTypeDesc.of(field.type()), ACC_PUBLIC | statics, code -> {
                if (field.isStatic()) {
                    code.getstatic(plan.self(), field.name(), field.type());
                } else {
                    code.aload(0).getfield(plan.self(), field.name(), field.type());
                }
                code.areturn();
            });
        }
        type.withMethodBody("set" + field.name(), MethodTypeDesc.of(CD_void, field.type()), ACC_PUBLIC | statics,
                code -> {
                    int value = field.isStatic() ? 0 : 1;
                    if (field.validated()) {
                        code.ldc(plan.self()).loadConstant(field.index()).aload(value)
                                .invokestatic(RUNTIME, "validate", MethodTypeDesc.of(CD_void, CD_Class, CD_int,
                                        CD_Object));
                    }
                    if (field.isStatic()) {
                        code.aload(value).putstatic(plan.self(), field.name(), field.type());
                    } else {
                        code.aload(0).aload(value).putfield(plan.self(), field.name(), field.type());
                    }
                    code.return_();
                });
    }

    private static void method(ClassBuilder type, Plan plan, MethodPlan method) {
        int flags = ACC_PUBLIC | (method.isStatic() ? ACC_STATIC : 0) | (method.hidden() ? ACC_SYNTHETIC : 0);
        type.withMethodBody(method.javaName(), method.type(), flags, code -> {
            code.ldc(plan.self()).loadConstant(method.index());
            if (method.isStatic()) {
                code.aconst_null();
            } else {
                code.aload(0);
            }
            arguments(code, method.type(), method.isStatic() ? 0 : 1);
            code.invokestatic(RUNTIME, "invoke", MethodTypeDesc.of(CD_Object, CD_Class, CD_int, CD_Object,
                    CD_OBJECTS));
            ClassDesc result = method.type().returnType();
            if (result.equals(CD_void)) {
                code.pop().return_();
            } else {
                fromObject(code, result);
                code.return_(TypeKind.from(result));
            }
        });
    }

    private static void constructor(ClassBuilder type, Plan plan, ConstructorPlan constructor) {
        type.withMethodBody(INIT_NAME, constructor.type(), ACC_PUBLIC, code -> {
            int locals = 1 + slots(constructor.type());
            if (constructor.base() == null) {
                code.aload(0).invokespecial(plan.superclass(), INIT_NAME, MTD_void);
            } else {
                code.ldc(plan.self()).loadConstant(constructor.index());
                arguments(code, constructor.type(), 1);
                code.invokestatic(RUNTIME, "baseArguments", MethodTypeDesc.of(CD_OBJECTS, CD_Class, CD_int,
                        CD_OBJECTS)).astore(locals);
                code.aload(0);
                List<ClassDesc> parameters = constructor.base().parameterList();
                for (int i = 0; i < parameters.size(); i++) {
                    code.aload(locals).loadConstant(i).aaload();
                    fromObject(code, parameters.get(i));
                }
                code.invokespecial(plan.superclass(), INIT_NAME, constructor.base());
            }
            code.ldc(plan.self()).loadConstant(constructor.index()).aload(0);
            arguments(code, constructor.type(), 1);
            code.invokestatic(RUNTIME, "construct", MethodTypeDesc.of(CD_void, CD_Class, CD_int, CD_Object,
                    CD_OBJECTS)).return_();
        });
    }

    /** The private field holding the instance's home and the accessors of {@link dev.jpwsh.engine.types.ScriptInstance}. */
    private static void home(ClassBuilder type, ClassDesc self) {
        type.withField(HOME, CD_Object, ACC_PRIVATE);
        type.withMethodBody(HOME, MethodTypeDesc.of(CD_Object), ACC_PUBLIC | ACC_SYNTHETIC, code -> code
                .aload(0).getfield(self, HOME, CD_Object).areturn());
        type.withMethodBody(HOME, MethodTypeDesc.of(CD_void, CD_Object), ACC_PUBLIC | ACC_SYNTHETIC, code -> code
                .aload(0).aload(1).putfield(self, HOME, CD_Object).return_());
    }

    /** The parameters from slot {@code first} on, boxed into a new Object[] left on the stack. */
    private static void arguments(CodeBuilder code, MethodTypeDesc type, int first) {
        code.loadConstant(type.parameterCount()).anewarray(CD_Object);
        int slot = first;
        for (int i = 0; i < type.parameterCount(); i++) {
            ClassDesc parameter = type.parameterType(i);
            TypeKind kind = TypeKind.from(parameter);
            code.dup().loadConstant(i).loadLocal(kind, slot);
            if (parameter.isPrimitive()) {
                ClassDesc box = box(parameter);
                code.invokestatic(box, "valueOf", MethodTypeDesc.of(box, parameter));
            }
            code.aastore();
            slot += kind.slotSize();
        }
    }

    private static int slots(MethodTypeDesc type) {
        int slots = 0;
        for (ClassDesc parameter : type.parameterList()) {
            slots += TypeKind.from(parameter).slotSize();
        }
        return slots;
    }

    /** Casts the Object on the stack to {@code type}, unboxing it when {@code type} is primitive. */
    private static void fromObject(CodeBuilder code, ClassDesc type) {
        if (!type.isPrimitive()) {
            if (!type.equals(CD_Object)) {
                code.checkcast(type);
            }
            return;
        }
        ClassDesc box = box(type);
        code.checkcast(box).invokevirtual(box, type.displayName() + "Value",
                MethodTypeDesc.of(type));
    }

    private static ClassDesc box(ClassDesc primitive) {
        return switch (primitive.descriptorString()) {
            case "I" -> ClassDesc.of("java.lang.Integer");
            case "J" -> ClassDesc.of("java.lang.Long");
            case "Z" -> ClassDesc.of("java.lang.Boolean");
            case "D" -> ClassDesc.of("java.lang.Double");
            case "F" -> ClassDesc.of("java.lang.Float");
            case "S" -> ClassDesc.of("java.lang.Short");
            case "B" -> ClassDesc.of("java.lang.Byte");
            case "C" -> ClassDesc.of("java.lang.Character");
            default -> throw new IllegalArgumentException(primitive.descriptorString());
        };
    }
}
