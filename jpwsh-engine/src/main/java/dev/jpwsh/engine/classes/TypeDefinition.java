package dev.jpwsh.engine.classes;

import dev.jpwsh.engine.command.Validation;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.language.source.Extent;
import java.util.List;

/**
 * One {@code class} or {@code enum} definition as the compiler made it: immutable, holding no session state, shared
 * by every runspace like any compiled code. Type names stay names until the definition is run, because what they
 * name (another script type, say) depends on the session.
 *
 * @param name        the type's name
 * @param isEnum      an enum rather than a class
 * @param baseTypes   the types after the colon: a class's base class and interfaces, an enum's underlying type
 * @param flags       an enum with the {@code [Flags()]} attribute
 * @param properties  a class's properties, an enum's members (their value expression in {@code initializer})
 * @param methods     a class's methods, constructors included
 * @param extent      where the source defines it
 */
public record TypeDefinition(String name, boolean isEnum, List<TypeName> baseTypes, boolean flags,
        List<Property> properties, List<Method> methods, Extent extent) {

    /** A type name as written, and where: a definition error points at it. */
    public record TypeName(String name, Extent extent) {
    }

    /**
     * A property or an enum member.
     *
     * @param type        the declared type, or null for none
     * @param initializer the default value's expression, or null
     * @param parameter   what its {@code [Parameter()]} (with {@code [Alias()]}) declares, for an object a
     *                    {@code dynamicparam} block returns; null without one
     */
    public record Property(String name, TypeName type, boolean isStatic, boolean hidden, Expr initializer,
            List<Validation> validations, Extent extent, dev.jpwsh.engine.command.ParameterSpec parameter) {
    }

    /**
     * A method or constructor. {@code body} runs with the parameters and {@code $this} set; only a {@code return}
     * gives its value.
     *
     * @param returnType     the declared return type, or null for void (and for constructors)
     * @param baseArguments  a constructor's {@code : base(...)} arguments, or null when it names none
     */
    public record Method(String name, TypeName returnType, boolean isStatic, boolean hidden, boolean constructor,
            List<Parameter> parameters, List<Expr> baseArguments, ScriptBlock.Compiled body, Extent extent) {
    }

    /** A method parameter: its name and declared type (null for none). */
    public record Parameter(String name, TypeName type) {
    }
}
