package dev.jpwsh.engine.command;

import static java.lang.classfile.ClassFile.ACC_FINAL;
import static java.lang.classfile.ClassFile.ACC_PUBLIC;
import static java.lang.classfile.ClassFile.ACC_SYNTHETIC;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;

/**
 * Sets one parameter field of a cmdlet. Binding pipeline input sets a field per object, so each field gets a small
 * class of its own, generated once and defined as a hidden nestmate of the cmdlet class (which may read its private
 * fields): a plain interface call and a field store, where reflection or a method handle held in a field costs a
 * chain of checks and indirect calls per object. Public only because the generated classes, which live in the
 * cmdlets' packages, implement it.
 */
public interface FieldSetter {
    /** Stores {@code value}, already converted to the field's type (boxed for a primitive), into {@code cmdlet}. */
    void set(Object cmdlet, Object value);

    /** The setter of {@code field}. */
    static FieldSetter of(Field field) {
        Class<?> owner = field.getDeclaringClass();
        ClassDesc ownerDesc = owner.describeConstable().orElseThrow();
        ClassDesc self = ClassDesc.of(owner.getPackageName(), owner.getSimpleName() + "$Set$" + field.getName());
        MethodTypeDesc setType = MethodTypeDesc.of(CD_void, CD_Object, CD_Object);
        byte[] bytes = ClassFile.of().build(self, type -> type
                .withFlags(ACC_FINAL | ACC_SYNTHETIC)
                .withInterfaceSymbols(FieldSetter.class.describeConstable().orElseThrow())
                .withMethodBody(INIT_NAME, MTD_void, ACC_PUBLIC, code -> code
                        .aload(0).invokespecial(CD_Object, INIT_NAME, MTD_void).return_())
                .withMethodBody("set", setType, ACC_PUBLIC, code -> {
                    code.aload(1).checkcast(ownerDesc).aload(2);
                    convertTo(code, field.getType());
                    code.putfield(ownerDesc, field.getName(), field.getType().describeConstable().orElseThrow())
                            .return_();
                }));
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
                    .defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
            return (FieldSetter) lookup.findConstructor(lookup.lookupClass(),
                    java.lang.invoke.MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make a setter for " + field, e);
        }
    }

    /** Casts the Object on the stack to {@code type}, unboxing it when {@code type} is primitive. */
    private static void convertTo(CodeBuilder code, Class<?> type) {
        if (!type.isPrimitive()) {
            code.checkcast(type.describeConstable().orElseThrow());
            return;
        }
        Class<?> box = java.lang.invoke.MethodType.methodType(type).wrap().returnType();
        ClassDesc boxDesc = box.describeConstable().orElseThrow();
        code.checkcast(boxDesc).invokevirtual(boxDesc, type.getName() + "Value",
                MethodTypeDesc.of(type.describeConstable().orElseThrow()));
    }
}
