package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.language.ast.TypeNameAst;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.List;

/** Type names as written in brackets (ITypeName): plain, array and generic. */
public final class ScriptTypeNames {
    private ScriptTypeNames() {
    }

    /** The view of a type name of jpwsh's tree. */
    static ITypeName of(TypeNameAst name) {
        return switch (name) {
            case TypeNameAst.Simple simple -> new TypeName(simple);
            case TypeNameAst.Array array -> new ArrayTypeName(array);
            case TypeNameAst.Generic generic -> new GenericTypeName(generic);
        };
    }

    /** ITypeName: what every type name answers. */
    @DotNetName("System.Management.Automation.Language.ITypeName")
    public interface ITypeName {
        String getFullName();

        String getName();

        ScriptExtent getExtent();

        boolean getIsArray();

        boolean getIsGeneric();

        /** The type the name stands for, or null when no type has that name. */
        default Object GetReflectionType() {
            return TypeResolver.shared().resolve(getFullName());
        }

        default String getAssemblyName() {
            return null;
        }
    }

    /** A plain type name such as {@code int} or {@code System.Collections.ArrayList}. */
    @DotNetName("System.Management.Automation.Language.TypeName")
    public static final class TypeName implements ITypeName {
        private final TypeNameAst.Simple name;

        TypeName(TypeNameAst.Simple name) {
            this.name = name;
        }

        @Override
        public String getFullName() {
            return name.name();
        }

        @Override
        public String getName() {
            return name.name();
        }

        @Override
        public ScriptExtent getExtent() {
            return new ScriptExtent(name.extent());
        }

        @Override
        public boolean getIsArray() {
            return false;
        }

        @Override
        public boolean getIsGeneric() {
            return false;
        }

        @Override
        public String toString() {
            return getFullName();
        }
    }

    /** {@code T[]}, {@code T[,]}. */
    @DotNetName("System.Management.Automation.Language.ArrayTypeName")
    public static final class ArrayTypeName implements ITypeName {
        private final TypeNameAst.Array name;

        ArrayTypeName(TypeNameAst.Array name) {
            this.name = name;
        }

        public ITypeName getElementType() {
            return of(name.element());
        }

        public int getRank() {
            return name.rank();
        }

        @Override
        public String getFullName() {
            return name.fullName();
        }

        @Override
        public String getName() {
            return name.fullName();
        }

        @Override
        public ScriptExtent getExtent() {
            return new ScriptExtent(name.extent());
        }

        @Override
        public boolean getIsArray() {
            return true;
        }

        @Override
        public boolean getIsGeneric() {
            return false;
        }

        @Override
        public String toString() {
            return getFullName();
        }
    }

    /** {@code List[string]}, {@code Dictionary[string,int]}. */
    @DotNetName("System.Management.Automation.Language.GenericTypeName")
    public static final class GenericTypeName implements ITypeName {
        private final TypeNameAst.Generic name;

        GenericTypeName(TypeNameAst.Generic name) {
            this.name = name;
        }

        public ITypeName getTypeName() {
            return new TypeName(name.definition());
        }

        public List<ITypeName> getGenericArguments() {
            return name.arguments().stream().map(ScriptTypeNames::of).toList();
        }

        @Override
        public String getFullName() {
            return name.fullName();
        }

        @Override
        public String getName() {
            return name.fullName();
        }

        /** The constructed type ({@code List[int]} keeps its argument), or null when a name does not resolve. */
        @Override
        public Object GetReflectionType() {
            Class<?> definition = TypeResolver.shared().resolve(name.fullName());
            if (definition == null) {
                return null;
            }
            try {
                return dev.jpwsh.engine.types.DotNetType.constructed(definition,
                        TypeResolver.shared().typeArguments(name.fullName()));
            } catch (RuntimeException unresolved) {
                return definition;
            }
        }

        @Override
        public ScriptExtent getExtent() {
            return new ScriptExtent(name.extent());
        }

        @Override
        public boolean getIsArray() {
            return false;
        }

        @Override
        public boolean getIsGeneric() {
            return true;
        }

        @Override
        public String toString() {
            return getFullName();
        }
    }
}
