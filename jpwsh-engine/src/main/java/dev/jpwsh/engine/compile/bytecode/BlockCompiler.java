package dev.jpwsh.engine.compile.bytecode;

import static java.lang.classfile.ClassFile.ACC_FINAL;
import static java.lang.classfile.ClassFile.ACC_PRIVATE;
import static java.lang.classfile.ClassFile.ACC_PUBLIC;
import static java.lang.classfile.ClassFile.ACC_STATIC;
import static java.lang.classfile.ClassFile.ACC_SYNTHETIC;
import static java.lang.constant.ConstantDescs.CD_Class;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.CLASS_INIT_NAME;
import static java.lang.constant.ConstantDescs.DEFAULT_NAME;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import dev.jpwsh.engine.node.Stmt;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Makes the class of a compiled block: a hidden class implementing {@link Stmt} whose {@code exec} is the code
 * {@link NodeEmitter} writes for the block, and whose static final fields hold the nodes and values that code
 * uses, handed over as the class's data (so the JIT sees them as constants).
 */
final class BlockCompiler {
    /** {@code -Djpwsh.tier.strict=true}: a block the generator fails on is an error, not a silent fall-back (tests). */
    static final boolean STRICT = Boolean.getBoolean("jpwsh.tier.strict");
    private static final ClassDesc SELF = ClassDesc.of(BlockCompiler.class.getPackageName(), "CompiledBlock");
    private static final ClassDesc CD_LIST = ClassDesc.of("java.util.List");
    private static final ClassDesc CD_LOOKUP = ClassDesc.of("java.lang.invoke.MethodHandles$Lookup");
    private static final ClassDesc CD_METHOD_HANDLES = ClassDesc.of("java.lang.invoke.MethodHandles");
    static final ClassFile CLASS_FILE = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.defaultResolver().orElse(
                    ClassHierarchyResolver.ofClassLoading(BlockCompiler.class.getClassLoader()))));

    private BlockCompiler() {
    }

    /** The block compiled, or the block itself when it cannot be. */
    static Stmt compile(Stmt body) {
        try {
            Constants constants = new Constants(SELF);
            byte[] bytes = CLASS_FILE.build(SELF, type -> {
                type.withFlags(ACC_FINAL | ACC_SYNTHETIC)
                        .withInterfaceSymbols(Types.STMT)
                        .withMethodBody(INIT_NAME, MTD_void, ACC_PUBLIC, code -> code
                                .aload(0).invokespecial(CD_Object, INIT_NAME, MTD_void).return_())
                        .withMethodBody("exec", Types.EXEC, ACC_PUBLIC, code -> {
                            new NodeEmitter(code, constants).stmt(body, NodeEmitter.OUT);
                            code.return_();
                        });
                for (int i = 0; i < constants.size(); i++) {
                    type.withField(Constants.field(i), constants.type(i), ACC_PRIVATE | ACC_STATIC | ACC_FINAL);
                }
                type.withMethodBody(CLASS_INIT_NAME, MTD_void, ACC_STATIC, code -> initializeConstants(code, constants));
            });
            MethodHandles.Lookup lookup = MethodHandles.lookup()
                    .defineHiddenClassWithClassData(bytes, constants.values(), true);
            return (Stmt) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            if (STRICT) {
                throw new IllegalStateException("the block cannot be compiled: " + body, e);
            }
            return body;
        }
    }

    /** The static initializer: each constant field from the class data list, cast to its type. */
    private static void initializeConstants(CodeBuilder code, Constants constants) {
        int list = code.allocateLocal(TypeKind.REFERENCE);
        code.invokestatic(CD_METHOD_HANDLES, "lookup", MethodTypeDesc.of(CD_LOOKUP))
                .ldc(DEFAULT_NAME)
                .ldc(CD_LIST)
                .invokestatic(CD_METHOD_HANDLES, "classData", MethodTypeDesc.of(CD_Object, CD_LOOKUP, CD_String, CD_Class))
                .checkcast(CD_LIST)
                .astore(list);
        for (int i = 0; i < constants.size(); i++) {
            code.aload(list)
                    .loadConstant(i)
                    .invokeinterface(CD_LIST, "get", MethodTypeDesc.of(CD_Object, CD_int))
                    .checkcast(constants.type(i))
                    .putstatic(SELF, Constants.field(i), constants.type(i));
        }
        code.return_();
    }

    /** The descriptors the generated code names most. */
    static final class Types {
        static final ClassDesc STMT = desc(Stmt.class);
        static final ClassDesc FRAME = desc(dev.jpwsh.engine.exec.Frame.class);
        static final ClassDesc PIPE = desc(dev.jpwsh.engine.exec.Pipe.class);
        static final MethodTypeDesc EXEC = MethodTypeDesc.of(CD_void, FRAME, PIPE);

        private Types() {
        }

        static ClassDesc desc(Class<?> type) {
            return type.describeConstable().orElseThrow();
        }
    }

    /** The values the generated code reads from static fields, each once, with the type its field has. */
    static final class Constants {
        private final ClassDesc owner;
        private final java.util.ArrayList<Object> values = new java.util.ArrayList<>();
        private final java.util.ArrayList<ClassDesc> types = new java.util.ArrayList<>();
        private final java.util.IdentityHashMap<Object, Integer> indexes = new java.util.IdentityHashMap<>();

        Constants(ClassDesc owner) {
            this.owner = owner;
        }

        static String field(int index) {
            return "k" + index;
        }

        int size() {
            return values.size();
        }

        ClassDesc type(int index) {
            return types.get(index);
        }

        List<Object> values() {
            return java.util.Collections.unmodifiableList(values);
        }

        /** Pushes {@code value}, seen by the code as a {@code type}. */
        void load(CodeBuilder code, Object value, ClassDesc type) {
            Integer index = indexes.get(value);
            if (index == null || !types.get(index).equals(type)) {
                index = values.size();
                values.add(value);
                types.add(type);
                indexes.put(value, index);
            }
            code.getstatic(owner, field(index), type);
        }
    }
}
