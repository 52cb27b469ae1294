package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.util.List;

/** A type name as written in brackets: plain, generic, or array. Not a node of its own: a part of nodes. */
public sealed interface TypeNameAst {
    Extent extent();

    /** The name as PowerShell shows it: {@code System.Collections.Generic.List[string]}, {@code int[]}. */
    String fullName();

    record Simple(Extent extent, String name) implements TypeNameAst {
        @Override
        public String fullName() {
            return name;
        }
    }

    record Generic(Extent extent, TypeNameAst.Simple definition, List<TypeNameAst> arguments) implements TypeNameAst {
        @Override
        public String fullName() {
            StringBuilder sb = new StringBuilder(definition.name()).append('[');
            for (int i = 0; i < arguments.size(); i++) {
                sb.append(i > 0 ? "," : "").append(arguments.get(i).fullName());
            }
            return sb.append(']').toString();
        }
    }

    /** {@code T[]} (rank 1) or {@code T[,]} (rank 2). */
    record Array(Extent extent, TypeNameAst element, int rank) implements TypeNameAst {
        @Override
        public String fullName() {
            return element.fullName() + "[" + ",".repeat(rank - 1) + "]";
        }
    }
}
