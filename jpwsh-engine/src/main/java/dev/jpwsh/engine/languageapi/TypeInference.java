package dev.jpwsh.engine.languageapi;

import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.command.OutputTypeName;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.engine.types.reflection.ReflectedMethod;
import dev.jpwsh.engine.types.reflection.ReflectedProperty;
import dev.jpwsh.engine.types.reflection.TypeSurface;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The type inference behind {@link AstTypeInference}, for the common cases: constants and strings, type literals and
 * casts, hashtables, arrays (@() and comma lists, T[] when every element is a T), parenthesised and sub-expressions,
 * variables (their type constraint, else what their last assignment before the use gives; $true, $false), commands
 * by their OutputType, properties and methods of known types, and the operators whose result type is fixed. One
 * instance serves one call; nothing is evaluated.
 */
final class TypeInference {
    /** System.Type's methods and properties that give another type, which the facade declares as any object. */
    private static final java.util.Set<String> TYPE_METHODS = java.util.Set.of("getelementtype",
            "getgenerictypedefinition", "makearraytype", "makegenerictype", "getenumunderlyingtype");
    private static final java.util.Set<String> TYPE_PROPERTIES = java.util.Set.of("basetype", "declaringtype",
            "underlyingsystemtype", "reflectedtype");

    /** The types found, by name, in the order found. */
    private final Map<String, OutputTypeName> found = new LinkedHashMap<>();

    /** The PSTypeNames of what {@code ast} produces; a hashtable literal's, or a custom object's, is synthetic. */
    List<Object> infer(Ast ast) {
        // an assignment writes nothing as a statement, but asked about itself it is the value it assigns
        Ast asked = ast instanceof StatementAsts.AssignmentStatementAst assignment ? assignment.getRight() : ast;
        SyntheticTypeName synthetic = synthetic(asked);
        if (synthetic != null) {
            return List.of(synthetic);
        }
        for (Object type : typesOf(asked)) {
            OutputTypeName name = nameOf(type);
            found.putIfAbsent(name.getName().toLowerCase(Locale.ROOT), name);
        }
        return new ArrayList<>(found.values());
    }

    private static OutputTypeName nameOf(Object type) {
        return type instanceof OutputTypeName n ? n
                : type instanceof DotNetType constructed ? new OutputTypeName(constructed.getFullName(),
                        constructed.type())
                : new OutputTypeName(TypeNames.of((Class<?>) type), (Class<?>) type);
    }

    /**
     * The synthetic type name of a node that is (through a script block's single statement, a pipeline of one
     * expression and parentheses) a hashtable literal with keys, or one cast to [pscustomobject] or [psobject], as
     * pwsh's inference names them; null for anything else.
     */
    private SyntheticTypeName synthetic(Ast ast) {
        Ast node = ast;
        while (true) {
            if (node instanceof BlockAsts.ScriptBlockAst block && block.getBeginBlock() == null
                    && block.getProcessBlock() == null && block.getEndBlock() != null
                    && block.getEndBlock().getStatements().size() == 1) {
                node = block.getEndBlock().getStatements().getFirst();
            } else if (node instanceof CommandAsts.PipelineAst pipeline && pipeline.GetPureExpression() != null) {
                node = pipeline.GetPureExpression();
            } else if (node instanceof ExpressionAsts.ParenExpressionAst paren) {
                node = paren.getPipeline();
            } else {
                break;
            }
        }
        if (node instanceof ExpressionAsts.HashtableAst hashtable && !hashtable.getKeyValuePairs().isEmpty()) {
            return new SyntheticTypeName("System.Collections.Hashtable", dev.jpwsh.runtime.object.PSHashtable.class,
                    members(hashtable));
        }
        if (node instanceof ExpressionAsts.ConvertExpressionAst cast
                && constraint(cast.getType().getTypeName()) == dev.jpwsh.runtime.object.PSObject.class
                && cast.getChild() instanceof ExpressionAsts.HashtableAst hashtable
                && !hashtable.getKeyValuePairs().isEmpty()) {
            String baseName = "System.Management.Automation.PSObject";
            List<SyntheticTypeName.Member> members = new ArrayList<>();
            for (SyntheticTypeName.Member member : members(hashtable)) {
                if (member.getName().equalsIgnoreCase("PSTypeName")) {
                    baseName = member.getValue() != null ? member.getValue().toString() : baseName;
                } else {
                    members.add(member);
                }
            }
            return new SyntheticTypeName(baseName, dev.jpwsh.runtime.object.PSObject.class, members);
        }
        return null;
    }

    /**
     * Each key of the literal (a constant one) with the types its value has: a constant's own type (and the constant),
     * else what inference finds, else System.Object.
     */
    private List<SyntheticTypeName.Member> members(ExpressionAsts.HashtableAst hashtable) {
        List<SyntheticTypeName.Member> members = new ArrayList<>();
        for (AstPair pair : hashtable.getKeyValuePairs()) {
            if (!(pair.getItem1() instanceof ExpressionAsts.ConstantExpressionAst key) || key.getValue() == null) {
                continue;
            }
            String name = key.getValue().toString();
            Ast value = pair.getItem2() instanceof CommandAsts.PipelineAst pipeline
                    && pipeline.GetPureExpression() != null ? pipeline.GetPureExpression() : pair.getItem2();
            if (value instanceof ExpressionAsts.ConstantExpressionAst constant && constant.getValue() != null) {
                members.add(new SyntheticTypeName.Member(name, nameOf(constant.getValue().getClass()),
                        constant.getValue()));
                continue;
            }
            Map<String, OutputTypeName> types = new LinkedHashMap<>();
            for (Object type : typesOf(value)) {
                OutputTypeName typeName = nameOf(type);
                types.putIfAbsent(typeName.getName().toLowerCase(Locale.ROOT), typeName);
            }
            if (types.isEmpty()) {
                types.put("system.object", new OutputTypeName("System.Object", Object.class));
            }
            types.values().forEach(t -> members.add(new SyntheticTypeName.Member(name, t, null)));
        }
        return members;
    }

    /**
     * The types (classes, constructed generic types as DotNetTypes, or OutputTypeNames for types known only by name)
     * {@code ast} produces.
     */
    private List<Object> typesOf(Ast ast) {
        List<Object> types = new ArrayList<>();
        switch (ast) {
            case null -> {
            }
            case BlockAsts.ScriptBlockAst block -> {
                for (BlockAsts.NamedBlockAst named : java.util.Arrays.asList(block.getBeginBlock(), block.getProcessBlock(),
                        block.getEndBlock())) {
                    types.addAll(typesOf(named));
                }
            }
            case BlockAsts.NamedBlockAst named -> named.getStatements().forEach(s -> types.addAll(typesOf(s)));
            case BlockAsts.StatementBlockAst block -> block.getStatements().forEach(s -> types.addAll(typesOf(s)));
            case CommandAsts.PipelineAst pipeline -> types.addAll(pipelineOutput(pipeline.getPipelineElements(),
                    pipeline.getPipelineElements().size() - 1));
            case CommandAsts.CommandExpressionAst command -> types.addAll(typesOf(command.getExpression()));
            case CommandAsts.CommandAst command -> types.addAll(commandOutput(command));
            case ExpressionAsts.ExpressionAst expression -> types.addAll(expressionTypes(expression));
            case StatementAsts.IfStatementAst statement -> {
                statement.getClauses().forEach(clause -> types.addAll(typesOf(clause.getItem2())));
                types.addAll(typesOf(statement.getElseClause()));
            }
            case StatementAsts.SwitchStatementAst statement -> {
                statement.getClauses().forEach(clause -> types.addAll(typesOf(clause.getItem2())));
                types.addAll(typesOf(statement.getDefault()));
            }
            case StatementAsts.LoopStatementAst loop -> types.addAll(typesOf(loop.getBody()));
            case StatementAsts.TryStatementAst statement -> {
                types.addAll(typesOf(statement.getBody()));
                statement.getCatchClauses().forEach(clause -> types.addAll(typesOf(clause.getBody())));
                types.addAll(typesOf(statement.getFinally()));
            }
            case StatementAsts.TrapStatementAst statement -> types.addAll(typesOf(statement.getBody()));
            case StatementAsts.BlockStatementAst statement -> types.addAll(typesOf(statement.getBody()));
            case StatementAsts.ReturnStatementAst statement -> types.addAll(typesOf(statement.getPipeline()));
            default -> {
            }
        }
        return types;
    }

    /**
     * What element {@code index} of a pipeline writes: an expression its value's elements, Where-Object and
     * Sort-Object their input, ForEach-Object with a script block what the block writes, any other command its
     * OutputType.
     */
    private List<Object> pipelineOutput(List<CommandAsts.CommandBaseAst> elements, int index) {
        if (index < 0) {
            return List.of();
        }
        CommandAsts.CommandBaseAst element = elements.get(index);
        if (!(element instanceof CommandAsts.CommandAst command) || command.GetCommandName() == null) {
            return index == elements.size() - 1 ? typesOf(element) : elementTypes(typesOf(element));
        }
        return switch (command.GetCommandName().toLowerCase(Locale.ROOT)) {
            case "where-object", "where", "?", "sort-object", "sort" -> pipelineOutput(elements, index - 1);
            case "foreach-object", "foreach", "%" -> {
                List<Object> types = new ArrayList<>();
                for (CommandAsts.CommandElementAst argument : command.getCommandElements()) {
                    if (argument instanceof ExpressionAsts.ScriptBlockExpressionAst block) {
                        types.addAll(typesOf(block.getScriptBlock()));
                    }
                }
                yield types;
            }
            default -> commandOutput(command);
        };
    }

    private List<Object> expressionTypes(ExpressionAsts.ExpressionAst expression) {
        return switch (expression) {
            case ExpressionAsts.StringConstantExpressionAst s -> List.of(String.class);
            case ExpressionAsts.ExpandableStringExpressionAst s -> List.of(String.class);
            case ExpressionAsts.ConstantExpressionAst c -> c.getValue() == null ? List.of()
                    : List.of(c.getValue().getClass());
            case ExpressionAsts.TypeExpressionAst t -> List.of(Class.class);
            case ExpressionAsts.HashtableAst h -> List.of(dev.jpwsh.runtime.object.PSHashtable.class);
            case ExpressionAsts.ScriptBlockExpressionAst b -> List.of(ScriptBlock.class);
            case ExpressionAsts.ConvertExpressionAst c -> List.of(constraint(c.getType().getTypeName()));
            case ExpressionAsts.ParenExpressionAst p -> typesOf(p.getPipeline());
            case ExpressionAsts.SubExpressionAst s -> typesOf(s.getSubExpression());
            case ExpressionAsts.ArrayExpressionAst a -> List.of(arrayOf(elementTypes(typesOf(a.getSubExpression()))));
            case ExpressionAsts.ArrayLiteralAst a -> {
                List<Object> elements = new ArrayList<>();
                a.getElements().forEach(e -> elements.addAll(typesOf(e)));
                yield List.of(arrayOf(elementTypes(elements)));
            }
            case ExpressionAsts.VariableExpressionAst v -> variableTypes(v);
            case ExpressionAsts.IndexExpressionAst index -> {
                List<Object> elements = new ArrayList<>();
                for (Object target : typesOf(index.getTarget())) {
                    Object item = itemType(target, true);
                    if (item != null) {
                        elements.add(item);
                    } else if (target == String.class) {
                        elements.add(Character.class);
                    }
                }
                yield elements;
            }
            case ExpressionAsts.InvokeMemberExpressionAst call -> memberTypes(call, true);
            case ExpressionAsts.MemberExpressionAst member -> memberTypes(member, false);
            case ExpressionAsts.BinaryExpressionAst binary -> binaryTypes(binary);
            case ExpressionAsts.UnaryExpressionAst unary -> switch (unary.getTokenKind()) {
                case Not, Exclaim -> List.of(Boolean.class);
                case Comma -> List.of(arrayOf(elementTypes(typesOf(unary.getChild()))));
                default -> typesOf(unary.getChild());
            };
            case ExpressionAsts.TernaryExpressionAst t -> {
                List<Object> both = new ArrayList<>(typesOf(t.getIfTrue()));
                both.addAll(typesOf(t.getIfFalse()));
                yield both;
            }
            default -> List.of();
        };
    }

    /** A type as a constraint names it: its class when it resolves, else its name as written. */
    private static Object constraint(ScriptTypeNames.ITypeName name) {
        Object reflected = name.GetReflectionType();
        if (reflected instanceof DotNetType constructed && !constructed.typeArguments().isEmpty()) {
            return constructed;
        }
        Class<?> type = DotNetType.classOf(reflected);
        return type != null ? type : new OutputTypeName(name.getFullName(), null);
    }

    /** What collections' elements are: an array's element type, a generic collection's T, anything else itself. */
    private static List<Object> elementTypes(List<Object> types) {
        List<Object> elements = new ArrayList<>();
        for (Object type : types) {
            Object item = itemType(type, false);
            elements.add(item != null ? item : type);
        }
        return elements;
    }

    /**
     * The type of an item of a collection type: an array's element, a generic collection's T, or with {@code byKey}
     * (an index expression) a generic dictionary's value type; null for other types.
     */
    private static Object itemType(Object type, boolean byKey) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof DotNetType constructed && Iterable.class.isAssignableFrom(constructed.type())
                && constructed.typeArguments().size() == 1) {
            return constructed.typeArguments().getFirst();
        }
        if (byKey && type instanceof DotNetType constructed && constructed.typeArguments().size() == 2
                && java.util.Map.class.isAssignableFrom(constructed.type())) {
            return constructed.typeArguments().getLast();
        }
        return null;
    }

    /** T[] when every element is a T, else object[]. */
    private static Class<?> arrayOf(List<Object> elements) {
        Object first = elements.isEmpty() ? null : elements.getFirst();
        boolean same = first instanceof Class<?> && elements.stream().allMatch(first::equals);
        return same ? ((Class<?>) first).arrayType() : Object[].class;
    }

    /**
     * A variable's type: $true and $false are booleans; otherwise its type constraint, or what its last assignment
     * before this use (in the enclosing script block) gives.
     */
    private List<Object> variableTypes(ExpressionAsts.VariableExpressionAst variable) {
        String name = variable.getVariablePath().getUserPath();
        if (name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false")) {
            return List.of(Boolean.class);
        }
        if (name.equalsIgnoreCase("null")) {
            return List.of();
        }
        if (isCurrentItem(variable)) {
            return currentItemTypes(variable);
        }
        for (Ast node = variable.getParent(); node != null; node = node.getParent()) {
            if (node instanceof StatementAsts.ForEachStatementAst loop
                    && loop.getVariable().getVariablePath().getUserPath().equalsIgnoreCase(name)
                    && loop.getVariable() != variable) {
                return elementTypes(typesOf(loop.getCondition()));
            }
        }
        Ast scope = variable.getParent();
        while (scope != null && !(scope instanceof BlockAsts.ScriptBlockAst)) {
            scope = scope.getParent();
        }
        if (scope == null) {
            return List.of();
        }
        int before = variable.getExtent().getStartOffset();
        List<Object> types = new ArrayList<>();
        scope.forEachNode(node -> {
            List<Object> given = node instanceof StatementAsts.AssignmentStatementAst assignment
                    && assignment.getExtent().getEndOffset() <= before ? assigned(assignment, name)
                    : node instanceof BlockAsts.ParameterAst parameter
                            && parameter.getName().getVariablePath().getUserPath().equalsIgnoreCase(name)
                            ? parameterTypes(parameter) : null;
            if (given != null) {
                types.clear();
                types.addAll(given);
            }
        });
        return types;
    }

    /** What {@code assignment} gives the variable {@code name}, or null when it assigns another. */
    private List<Object> assigned(StatementAsts.AssignmentStatementAst assignment, String name) {
        ExpressionAsts.ExpressionAst left = assignment.getLeft();
        if (left instanceof ExpressionAsts.ConvertExpressionAst cast
                && cast.getChild() instanceof ExpressionAsts.VariableExpressionAst v
                && v.getVariablePath().getUserPath().equalsIgnoreCase(name)) {
            return List.of(constraint(cast.getType().getTypeName()));
        }
        if (left instanceof ExpressionAsts.VariableExpressionAst v
                && v.getVariablePath().getUserPath().equalsIgnoreCase(name)) {
            return assignment.getOperator() == ScriptTokenKind.Equals ? typesOf(assignment.getRight()) : List.of();
        }
        return null;
    }

    private static List<Object> parameterTypes(BlockAsts.ParameterAst parameter) {
        for (AttributeAsts.AttributeBaseAst attribute : parameter.getAttributes()) {
            if (attribute instanceof AttributeAsts.TypeConstraintAst type) {
                return List.of(constraint(type.getTypeName()));
            }
        }
        return List.of();
    }

    /**
     * The hashtable literal an expression is, through parentheses and a cast ({@code ([pscustomobject]@{...})}), whose
     * keys are then the members it has; null for any other expression.
     */
    private static ExpressionAsts.HashtableAst hashtableLiteral(ExpressionAsts.ExpressionAst expression) {
        ExpressionAsts.ExpressionAst inner = expression;
        while (true) {
            if (inner instanceof ExpressionAsts.ParenExpressionAst paren
                    && paren.getPipeline() instanceof CommandAsts.PipelineAst pipeline
                    && pipeline.getPipelineElements().size() == 1
                    && pipeline.getPipelineElements().getFirst() instanceof CommandAsts.CommandExpressionAst only) {
                inner = only.getExpression();
            } else if (inner instanceof ExpressionAsts.ConvertExpressionAst cast) {
                inner = cast.getChild();
            } else {
                return inner instanceof ExpressionAsts.HashtableAst hashtable ? hashtable : null;
            }
        }
    }

    private static boolean isCurrentItem(ExpressionAsts.VariableExpressionAst variable) {
        String name = variable.getVariablePath().getUserPath();
        return name.equals("_") || name.equalsIgnoreCase("PSItem");
    }

    /**
     * What {@code $_} holds where it is used: in a catch or trap block the ErrorRecord, in a switch clause the
     * condition's elements, in a script block given to a command the elements that command's pipeline input has.
     */
    private List<Object> currentItemTypes(ExpressionAsts.VariableExpressionAst variable) {
        boolean inBlock = false;
        for (Ast node = variable.getParent(); node != null; node = node.getParent()) {
            inBlock |= node instanceof ExpressionAsts.ScriptBlockExpressionAst;
            boolean argumentBlock = inBlock;
            switch (node) {
                case StatementAsts.CatchClauseAst c -> {
                    return List.of(dev.jpwsh.runtime.error.ErrorRecord.class);
                }
                case StatementAsts.TrapStatementAst t -> {
                    return List.of(dev.jpwsh.runtime.error.ErrorRecord.class);
                }
                case StatementAsts.SwitchStatementAst statement when !within(variable, statement.getCondition()) -> {
                    return elementTypes(typesOf(statement.getCondition()));
                }
                case CommandAsts.CommandAst command when argumentBlock
                        && command.getParent() instanceof CommandAsts.PipelineAst pipe -> {
                    List<CommandAsts.CommandBaseAst> elements = pipe.getPipelineElements();
                    return elementTypes(pipelineOutput(elements, elements.indexOf(command) - 1));
                }
                case BlockAsts.ScriptBlockAst block when !(block.getParent() instanceof ExpressionAsts
                        .ScriptBlockExpressionAst) -> {
                    return List.of();
                }
                default -> {
                }
            }
        }
        return List.of();
    }

    private static boolean within(Ast inner, Ast outer) {
        return inner.getExtent().getStartOffset() >= outer.getExtent().getStartOffset()
                && inner.getExtent().getEndOffset() <= outer.getExtent().getEndOffset();
    }

    /**
     * {@code $_.Exception} in a catch block: the exception types it catches (System.Exception for a catch-all); in
     * a typed trap, its type. Null elsewhere.
     */
    private static List<Object> caughtTypes(ExpressionAsts.MemberExpressionAst member, String name) {
        if (!name.equalsIgnoreCase("Exception")
                || !(member.getExpression() instanceof ExpressionAsts.VariableExpressionAst target)
                || !isCurrentItem(target)) {
            return null;
        }
        for (Ast node = member.getParent(); node != null; node = node.getParent()) {
            if (node instanceof StatementAsts.CatchClauseAst clause) {
                List<Object> types = new ArrayList<>();
                clause.getCatchTypes().forEach(type -> types.add(constraint(type.getTypeName())));
                return types.isEmpty() ? List.of(Exception.class) : types;
            }
            if (node instanceof StatementAsts.TrapStatementAst trap) {
                return trap.getTrapType() == null ? List.of(Exception.class)
                        : List.of(constraint(trap.getTrapType().getTypeName()));
            }
            if (node instanceof BlockAsts.ScriptBlockAst) {
                return null;
            }
        }
        return null;
    }

    /** A property's or a method's type on each class the target has ({@code [T]::new()} is a T). */
    private List<Object> memberTypes(ExpressionAsts.MemberExpressionAst member, boolean call) {
        if (!(member.getMember() instanceof ExpressionAsts.StringConstantExpressionAst nameAst)) {
            return List.of();
        }
        String name = nameAst.getValue();
        List<Object> caught = call ? null : caughtTypes(member, name);
        if (caught != null) {
            return caught;
        }
        ExpressionAsts.HashtableAst literal = call ? null : hashtableLiteral(member.getExpression());
        if (literal != null) {
            for (AstPair pair : literal.getKeyValuePairs()) {
                if (pair.getItem1() instanceof ExpressionAsts.StringConstantExpressionAst key
                        && key.getValue().equalsIgnoreCase(name)) {
                    return typesOf(pair.getItem2());
                }
            }
        }
        List<Object> targets = member.getStatic() && member.getExpression() instanceof ExpressionAsts.TypeExpressionAst t
                ? List.of(constraint(t.getTypeName())) : typesOf(member.getExpression());
        List<Object> types = new ArrayList<>();
        for (Object target : targets) {
            List<Object> declared = classMemberTypes(member, target, name, call);
            if (declared != null) {
                types.addAll(declared);
                continue;
            }
            Class<?> type = target instanceof Class<?> c ? c : target instanceof DotNetType d ? d.type()
                    : target instanceof OutputTypeName n ? n.type() : null;
            if (type == null && call && member.getStatic() && name.equalsIgnoreCase("new")) {
                types.add(target); // a type known only by name, as a script's own class is here: ::new() makes one
            }
            if (type == null) {
                continue;
            }
            if (!member.getStatic() && type == Class.class) {
                type = DotNetType.class; // a type's members are System.Type's, which DotNetType implements
            }
            Class<?> known = call ? null : knownProperty(type, name);
            if (givesType(type, name, call)) {
                known = Class.class;
            }
            if (known != null) {
                types.add(known);
                continue;
            }
            if (call && member.getStatic() && name.equalsIgnoreCase("new")) {
                types.add(target);
            } else if (call) {
                for (Object m : TypeSurface.methods(type, null)) {
                    if (m instanceof ReflectedMethod method && method.getName().equalsIgnoreCase(name)
                            && method.getReturnType() != Void.class) {
                        types.add(method.getReturnType());
                        break;
                    }
                }
            } else {
                ReflectedProperty property = TypeSurface.property(type, name, null);
                if (property != null) {
                    types.add(property.getPropertyType());
                }
            }
        }
        return types;
    }

    /**
     * The type of member {@code name} of a class the script defines, read from its TypeDefinitionAst in the same
     * syntax tree as pwsh reads it: a property's declared type (System.Object without one), a method's return type
     * (nothing for void), static members only on the type itself; null when {@code target} is no class defined there
     * or it has no such member (then reflection answers, as for the base class's members).
     */
    private static List<Object> classMemberTypes(ExpressionAsts.MemberExpressionAst member, Object target, String name,
            boolean call) {
        String className = target instanceof OutputTypeName n ? n.getName()
                : target instanceof Class<?> c ? TypeNames.of(c) : null;
        if (className == null || call && member.getStatic() && name.equalsIgnoreCase("new")) {
            return null;
        }
        Ast root = member;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        List<ClassAsts.TypeDefinitionAst> classes = new ArrayList<>();
        root.forEachNode(node -> {
            if (node instanceof ClassAsts.TypeDefinitionAst definition && definition.getName().equalsIgnoreCase(className)) {
                classes.add(definition);
            }
        });
        for (ClassAsts.TypeDefinitionAst definition : classes) {
            for (ClassAsts.MemberAst declared : definition.getMembers()) {
                if (!declared.getName().equalsIgnoreCase(name) || declared.getIsStatic() != member.getStatic()) {
                    continue;
                }
                if (!call && declared instanceof ClassAsts.PropertyMemberAst property) {
                    return List.of(property.getPropertyType() == null ? Object.class
                            : constraint(property.getPropertyType().getTypeName()));
                }
                if (call && declared instanceof ClassAsts.FunctionMemberAst method) {
                    Object returned = method.getReturnType() == null ? null
                            : constraint(method.getReturnType().getTypeName());
                    return returned == null || returned == void.class || returned == Void.class ? List.of()
                            : List.of(returned);
                }
            }
        }
        return null;
    }

    /**
     * Whether the member gives a System.Type, where the facade declares it as any object: GetType() of anything, and
     * System.Type's members that give another type ({@code [int[]].GetElementType()}, {@code [int].BaseType}).
     */
    private static boolean givesType(Class<?> type, String name, boolean call) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return call && lower.equals("gettype") || type == DotNetType.class && (call ? TYPE_METHODS : TYPE_PROPERTIES)
                .contains(lower);
    }

    /** The properties the engine adds to strings and collections rather than their classes declaring them. */
    private static Class<?> knownProperty(Class<?> type, String name) {
        boolean counted = type == String.class || type.isArray() || java.util.Collection.class.isAssignableFrom(type);
        return counted && (name.equalsIgnoreCase("Length") || name.equalsIgnoreCase("Count")) ? Integer.class : null;
    }

    /** Comparisons and logic give booleans, -join a string, -split strings, a range ints; arithmetic its left side. */
    private List<Object> binaryTypes(ExpressionAsts.BinaryExpressionAst binary) {
        String operator = binary.getOperator().name();
        if (operator.matches("[IC](eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|notcontains|in|notin)"
                + "|Is|IsNot|And|Or|Xor")) {
            return List.of(Boolean.class);
        }
        return switch (operator) {
            case "Join" -> List.of(String.class);
            case "Isplit", "Csplit" -> List.of(String[].class);
            case "DotDot" -> List.of(Integer[].class);
            case "As" -> binary.getRight() instanceof ExpressionAsts.TypeExpressionAst t
                    ? List.of(constraint(t.getTypeName())) : List.of();
            default -> typesOf(binary.getLeft());
        };
    }

    /** A command's declared output: a cmdlet's or a function's OutputType. */
    private static List<Object> commandOutput(CommandAsts.CommandAst command) {
        ExecutionContext context = ExecutionContext.onThisThread();
        if (context == null || command.getCommandElements().isEmpty()
                || !(command.getCommandElements().getFirst() instanceof ExpressionAsts.StringConstantExpressionAst n)) {
            return List.of();
        }
        String name = n.getValue();
        List<Object> declared = List.of();
        if (context.global().lookupFunction(Scope.key(name)) instanceof ScriptBlock function) {
            declared = new FunctionInfo(name, function, "").getOutputType();
        } else if (context.commands().cmdlet(name) != null) {
            declared = context.commands().cmdlet(name).getOutputType();
        }
        List<Object> types = new ArrayList<>();
        for (Object type : declared) {
            if (type instanceof OutputTypeName t) {
                types.add(t.type() != null ? t.type() : t);
            }
        }
        return types;
    }
}
