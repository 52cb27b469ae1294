package dev.jpwsh.engine.languageapi;

import static dev.jpwsh.engine.languageapi.AstMapper.each;

import dev.jpwsh.language.ast.StatementAst.TypeDefinition;
import dev.jpwsh.language.ast.TypeMemberAst;
import java.util.ArrayList;
import java.util.List;

/** {@link AstMapper}'s part for class, enum and interface definitions and their members. */
final class ClassMapper {
    private ClassMapper() {
    }

    static ClassAsts.TypeDefinitionAst typeDefinition(TypeDefinition type) {
        return new ClassAsts.TypeDefinitionAst(type, type.extent(), type.name(),
                each(type.attributes(), AstMapper::attribute), each(type.baseTypes(), AstMapper::typeConstraint),
                each(type.members(), type.kind().equalsIgnoreCase("enum") ? ClassMapper::enumMember
                        : ClassMapper::member), type.kind());
    }

    /** An enum's member: a public static literal property, as PowerShell's parser makes it. */
    private static ClassAsts.MemberAst enumMember(TypeMemberAst member) {
        if (member instanceof TypeMemberAst.Property p && !p.modifiers().contains("static")) {
            List<String> modifiers = new ArrayList<>(p.modifiers());
            modifiers.add("static");
            return member(new TypeMemberAst.Property(p.extent(), p.name(), List.copyOf(modifiers), p.attributes(),
                    p.propertyType(), p.initialValue()));
        }
        return member(member);
    }

    static ClassAsts.MemberAst member(TypeMemberAst member) {
        return switch (member) {
            case TypeMemberAst.Property p -> new ClassAsts.PropertyMemberAst(p, p.extent(), p.name(), p.modifiers(),
                    each(p.attributes(), AstMapper::attribute), AstMapper.typeConstraint(p.propertyType()),
                    AstMapper.expression(p.initialValue()));
            case TypeMemberAst.Method m -> new ClassAsts.FunctionMemberAst(m, m.extent(), m.name(), m.modifiers(),
                    each(m.attributes(), AstMapper::attribute), AstMapper.typeConstraint(m.returnType()),
                    each(m.parameters(), AstMapper::parameter), AstMapper.scriptBlock(m.body()), m.constructor());
        };
    }
}
