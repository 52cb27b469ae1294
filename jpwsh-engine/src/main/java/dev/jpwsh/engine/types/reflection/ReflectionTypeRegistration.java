package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.runtime.object.TypeRegistration;

/**
 * The type names of System.Reflection's classes as the engine emulates them, System.AppDomain, and PowerShell's
 * LanguagePrimitives and TypeAccelerators.
 */
public final class ReflectionTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(BindingFlags.class, "System.Reflection.BindingFlags");
        registrar.alias(ReflectedMember.class, "System.Reflection.MemberInfo");
        registrar.alias(ReflectedMember.MemberTypes.class, "System.Reflection.MemberTypes");
        registrar.alias(ReflectedMethod.class, "System.Reflection.MethodInfo", "System.Reflection.MethodBase",
                "System.Reflection.RuntimeMethodInfo");
        registrar.alias(ReflectedConstructor.class, "System.Reflection.ConstructorInfo",
                "System.Reflection.RuntimeConstructorInfo");
        registrar.alias(ReflectedProperty.class, "System.Reflection.PropertyInfo",
                "System.Reflection.RuntimePropertyInfo");
        registrar.alias(ReflectedField.class, "System.Reflection.FieldInfo", "System.Reflection.RtFieldInfo");
        registrar.alias(ReflectedParameter.class, "System.Reflection.ParameterInfo",
                "System.Reflection.RuntimeParameterInfo");
        registrar.alias(EmulatedAssembly.class, "System.Reflection.Assembly", "System.Reflection.RuntimeAssembly");
        registrar.alias(EmulatedAssembly.AssemblyName.class, "System.Reflection.AssemblyName");
        registrar.alias(AppDomain.class, "System.AppDomain");
        registrar.alias(LanguagePrimitivesStatics.class, "System.Management.Automation.LanguagePrimitives");
        registrar.alias(TypeAcceleratorTable.class, "System.Management.Automation.TypeAccelerators");
    }
}
