package dev.jpwsh.language.parse;

import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.CatchClauseAst;
import dev.jpwsh.language.ast.CommandElementAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.NamedAttributeArgumentAst;
import dev.jpwsh.language.ast.NamedBlockAst;
import dev.jpwsh.language.ast.ParamBlockAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.PipelineElementAst;
import dev.jpwsh.language.ast.RedirectionAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.StatementBlockAst;
import dev.jpwsh.language.ast.TypeMemberAst;
import dev.jpwsh.language.ast.TypeNameAst;
import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.TokenKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The restricted-language rules, which a {@code data} section's body and a script run in a RestrictedLanguage
 * session must follow: commands (all of them, or an allowed list), literals, hashtables and arrays, simple casts,
 * {@code if}, and the variables {@code $PSCulture $PSUICulture $true $false $null}; no assignments, loops, script
 * blocks, members, indexing, redirection, or the operators that build large values or set {@code $Matches}.
 * Each node is checked, then its children in source order; a node's error does not stop the walk, so one construct
 * can break several rules, and every break is reported once. Stateless apart from one walk's errors.
 */
public final class RestrictedLanguageChecker {
    private static final Set<String> DEFAULT_ALLOWED_VARIABLES = Set.of("psculture", "psuiculture", "true", "false",
            "null");
    /** Operators that loop, build unbounded values, set {@code $Matches} or convert to any type. */
    private static final Set<TokenKind> DISALLOWED_OPERATORS = EnumSet.of(TokenKind.DOT_DOT, TokenKind.FORMAT,
            TokenKind.JOIN, TokenKind.IMATCH, TokenKind.INOTMATCH, TokenKind.IREPLACE, TokenKind.ISPLIT,
            TokenKind.CMATCH, TokenKind.CNOTMATCH, TokenKind.CREPLACE, TokenKind.CSPLIT, TokenKind.AS,
            TokenKind.PLUS_PLUS, TokenKind.MINUS_MINUS, TokenKind.POSTFIX_PLUS_PLUS, TokenKind.POSTFIX_MINUS_MINUS);
    /**
     * The types a cast or type literal may name: those whose .NET type code is not Object (booleans, characters,
     * numbers, DateTime, String, DBNull), by accelerator and by .NET name with or without {@code System.}.
     */
    private static final Set<String> SIMPLE_TYPES = simpleTypeNames();
    private static final String DATA_SECTION_COMMAND = "ConvertFrom-StringData";
    /** The commands a module manifest may run (pwsh's ModuleCmdletBase.PermittedCmdlets), lower case. */
    private static final Set<String> MANIFEST_COMMANDS = Set.of("import-localizeddata", "convertfrom-stringdata",
            "write-host", "out-host", "join-path");
    /** The variables a module manifest may read besides the default ones, as pwsh names them in its message. */
    private static final List<String> MANIFEST_VARIABLES = List.of("PSScriptRoot", "PSEdition",
            "EnabledExperimentalFeatures");

    /** The commands that may run, lower case; null when any command may. */
    private final Set<String> allowedCommands;
    private final List<ParseError> errors = new ArrayList<>();
    /** Variables allowed besides the default ones; {@code $env:} ones too when {@link #allowsEnvironment}. */
    private final List<String> extraVariables;
    private final boolean allowsEnvironment;

    private RestrictedLanguageChecker(Set<String> allowedCommands) {
        this(allowedCommands, List.of(), false);
    }

    private RestrictedLanguageChecker(Set<String> allowedCommands, List<String> extraVariables,
            boolean allowsEnvironment) {
        this.allowedCommands = allowedCommands;
        this.extraVariables = extraVariables;
        this.allowsEnvironment = allowsEnvironment;
    }

    /**
     * A script run in a RestrictedLanguage session: any command may run, but the script may have no param block
     * and no begin, process or clean block, and its statements follow the restricted-language rules.
     */
    public static List<ParseError> checkScript(ScriptBlockAst script) {
        return checkScript(script, null);
    }

    /**
     * A script held to the restricted-language rules in which only ConvertFrom-StringData and {@code commands} may
     * run (any command when null), as Import-LocalizedData checks a localized data file.
     */
    public static List<ParseError> checkScript(ScriptBlockAst script, java.util.Collection<String> commands) {
        return check(script, new RestrictedLanguageChecker(commands == null ? null
                : Stream.concat(Stream.of(DATA_SECTION_COMMAND), commands.stream())
                        .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())));
    }

    /**
     * A module manifest, as Import-Module, Test-ModuleManifest and the module commands read one: only the commands
     * pwsh permits there may run, and besides the default variables {@code $PSScriptRoot}, {@code $PSEdition},
     * {@code $EnabledExperimentalFeatures} and environment variables may be read.
     */
    public static List<ParseError> checkManifest(ScriptBlockAst script) {
        return check(script, new RestrictedLanguageChecker(MANIFEST_COMMANDS, MANIFEST_VARIABLES, true));
    }

    /**
     * {@code $block.CheckRestrictedLanguage(commands, variables, environment)}: any command may run when
     * {@code commands} is null; {@code variables} adds to the default ones, and {@code *} alone allows every
     * variable, environment variables too, which {@code environment} allows otherwise.
     */
    public static List<ParseError> checkScriptBlock(ScriptBlockAst script, java.util.Collection<String> commands,
            java.util.Collection<String> variables, boolean environment) {
        Set<String> allowed = commands == null ? null : commands.stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return check(script, new RestrictedLanguageChecker(allowed, variables == null ? List.of()
                : List.copyOf(variables), environment));
    }

    private static List<ParseError> check(ScriptBlockAst script, RestrictedLanguageChecker checker) {
        Stream.of(script.beginBlock(), script.processBlock(), script.paramBlock(), script.cleanBlock())
                .filter(Objects::nonNull).findFirst()
                .ifPresent(notAllowed -> checker.report(notAllowed.extent(), "InvalidScriptBlockInDataSection"));
        if (script.endBlock() != null) {
            checker.statements(script.endBlock().statements(), script.endBlock().traps());
        }
        return List.copyOf(checker.errors);
    }

    /**
     * A data section's body: besides ConvertFrom-StringData, only the commands its {@code -SupportedCommand} names
     * may run. A name that is not a constant is known only when the section runs, so then any command passes here.
     */
    static List<ParseError> checkDataSection(List<ExpressionAst> supportedCommands, StatementBlockAst body) {
        RestrictedLanguageChecker checker = new RestrictedLanguageChecker(dataSectionCommands(supportedCommands));
        checker.statementBlock(body);
        return List.copyOf(checker.errors);
    }

    private static Set<String> dataSectionCommands(List<ExpressionAst> supportedCommands) {
        if (!supportedCommands.stream().allMatch(c -> c instanceof ExpressionAst.StringConstant)) {
            return null;
        }
        return Stream.concat(Stream.of(DATA_SECTION_COMMAND),
                        supportedCommands.stream().map(c -> ((ExpressionAst.StringConstant) c).value()))
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private void report(Extent extent, String errorId, Object... args) {
        ParseError error = ParseErrors.create(errorId, extent, false, args);
        boolean known = errors.stream().anyMatch(e -> e.errorId().equals(errorId)
                && e.extent().start() == extent.start() && e.extent().end() == extent.end());
        if (!known) {
            errors.add(error);
        }
    }

    // ---- statements ----

    private void statementBlock(StatementBlockAst block) {
        if (block != null) {
            statements(block.statements(), block.traps());
        }
    }

    private void statements(List<StatementAst> statements, List<StatementAst.Trap> traps) {
        traps.forEach(this::statement);
        statements.forEach(this::statement);
    }

    private void statement(StatementAst s) {
        switch (s) {
            case StatementAst.Pipeline p -> p.elements().forEach(this::pipelineElement);
            case StatementAst.PipelineChain c -> {
                statement(c.left());
                statement(c.right());
            }
            case StatementAst.Assignment a -> {
                report(a.extent(), "AssignmentStatementNotSupportedInDataSection");
                expression(a.target());
                statement(a.value());
            }
            case StatementAst.If i -> {
                for (StatementAst.IfClause clause : i.clauses()) {
                    statement(clause.condition());
                    statementBlock(clause.body());
                }
                statementBlock(i.elseBody());
            }
            case StatementAst.While w -> {
                report(w.extent(), "ForWhileStatementNotSupportedInDataSection");
                statement(w.condition());
                statementBlock(w.body());
            }
            case StatementAst.For f -> {
                report(f.extent(), "ForWhileStatementNotSupportedInDataSection");
                optionalStatement(f.initializer());
                optionalStatement(f.condition());
                optionalStatement(f.iterator());
                statementBlock(f.body());
            }
            case StatementAst.DoLoop d -> {
                report(d.extent(), "DoWhileStatementNotSupportedInDataSection");
                statementBlock(d.body());
                statement(d.condition());
            }
            case StatementAst.ForEach f -> {
                report(f.extent(), "ForeachStatementNotSupportedInDataSection");
                expression(f.variable());
                statement(f.collection());
                statementBlock(f.body());
            }
            case StatementAst.Switch sw -> {
                report(sw.extent(), "SwitchStatementNotSupportedInDataSection");
                statement(sw.condition());
                for (StatementAst.SwitchClause clause : sw.clauses()) {
                    expression(clause.test());
                    statementBlock(clause.body());
                }
                statementBlock(sw.defaultBody());
            }
            case StatementAst.Try t -> {
                report(t.extent(), "TryStatementNotSupportedInDataSection");
                statementBlock(t.body());
                for (CatchClauseAst c : t.catches()) {
                    c.catchTypes().forEach(this::typeConstraint);
                    statementBlock(c.body());
                }
                statementBlock(t.finallyBody());
            }
            case StatementAst.Trap t -> {
                report(t.extent(), "TrapStatementNotSupportedInDataSection");
                if (t.trapType() != null) {
                    typeConstraint(t.trapType());
                }
                statementBlock(t.body());
            }
            case StatementAst.Break b -> flowControl(b.extent(), b.label());
            case StatementAst.Continue c -> flowControl(c.extent(), c.label());
            case StatementAst.Return r -> flowControl(r.extent(), r.pipeline());
            case StatementAst.Exit e -> flowControl(e.extent(), e.pipeline());
            case StatementAst.Throw t -> flowControl(t.extent(), t.pipeline());
            case StatementAst.FunctionDefinition f -> {
                report(f.extent(), "FunctionDeclarationNotSupportedInDataSection");
                f.parameters().forEach(this::parameter);
                scriptBlock(f.body());
            }
            case StatementAst.Data d -> {
                report(d.extent(), "DataSectionStatementNotSupportedInDataSection");
                d.supportedCommands().forEach(this::expression);
                statementBlock(d.body());
            }
            case StatementAst.TypeDefinition t -> {
                t.attributes().forEach(this::attribute);
                t.baseTypes().forEach(this::typeConstraint);
                t.members().forEach(this::typeMember);
            }
            case StatementAst.Block b -> {
                report(b.extent(), "ParallelAndSequenceBlockNotSupportedInDataSection");
                statementBlock(b.body());
            }
            case StatementAst.Using u -> {
            }
            case StatementAst.Error e -> {
            }
        }
    }

    private void optionalStatement(StatementAst s) {
        if (s != null) {
            statement(s);
        }
    }

    /** {@code break} and {@code continue}, with their label. */
    private void flowControl(Extent extent, ExpressionAst label) {
        report(extent, "FlowControlStatementNotSupportedInDataSection");
        optionalExpression(label);
    }

    /** {@code return}, {@code exit} and {@code throw}, with their value. */
    private void flowControl(Extent extent, StatementAst.PipelineBase value) {
        report(extent, "FlowControlStatementNotSupportedInDataSection");
        optionalStatement(value);
    }

    private void typeMember(TypeMemberAst member) {
        switch (member) {
            case TypeMemberAst.Property p -> {
                p.attributes().forEach(this::attribute);
                if (p.propertyType() != null) {
                    typeConstraint(p.propertyType());
                }
                optionalExpression(p.initialValue());
            }
            case TypeMemberAst.Method m -> {
                m.attributes().forEach(this::attribute);
                if (m.returnType() != null) {
                    typeConstraint(m.returnType());
                }
                m.parameters().forEach(this::parameter);
                if (m.baseArguments() != null) {
                    m.baseArguments().forEach(this::expression);
                }
                scriptBlock(m.body());
            }
        }
    }

    // ---- pipelines ----

    private void pipelineElement(PipelineElementAst element) {
        switch (element) {
            case PipelineElementAst.Command c -> {
                command(c);
                c.elements().forEach(this::commandElement);
            }
            case PipelineElementAst.CommandExpression c -> expression(c.expression());
        }
        for (RedirectionAst r : element.redirections()) {
            report(r.extent(), "RedirectionNotSupportedInDataSection");
            if (r instanceof RedirectionAst.File file) {
                expression(file.location());
            }
        }
    }

    /** A command is allowed when not dot-sourced and, if only some commands are, when it is one of them. */
    private void command(PipelineElementAst.Command c) {
        if (c.invocationOperator() == PipelineElementAst.InvocationOperator.DOT) {
            report(c.extent(), "DotSourcingNotSupportedInDataSection");
            return;
        }
        if (allowedCommands == null) {
            return;
        }
        if (!(c.elements().getFirst() instanceof ExpressionAst.StringConstant name)) {
            if (c.invocationOperator() == PipelineElementAst.InvocationOperator.AMPERSAND) {
                report(c.extent(), "OperatorNotSupportedInDataSection", TokenKind.AMPERSAND.sourceText());
            } else {
                report(c.extent(), "CmdletNotInAllowedListForDataSection", c.extent().text());
            }
            return;
        }
        if (!allowedCommands.contains(name.value().toLowerCase(Locale.ROOT))) {
            report(c.extent(), "CmdletNotInAllowedListForDataSection", name.value());
        }
    }

    private void commandElement(CommandElementAst element) {
        switch (element) {
            case CommandElementAst.Parameter p -> optionalExpression(p.argument());
            case CommandElementAst.VerbatimArgument v -> {
            }
            case ExpressionAst e -> expression(e);
        }
    }

    // ---- expressions ----

    private void optionalExpression(ExpressionAst e) {
        if (e != null) {
            expression(e);
        }
    }

    private void expression(ExpressionAst e) {
        switch (e) {
            case ExpressionAst.Binary b -> {
                if (DISALLOWED_OPERATORS.contains(b.operator())) {
                    report(b.operatorExtent(), "OperatorNotSupportedInDataSection", b.operator().sourceText());
                }
                expression(b.left());
                expression(b.right());
            }
            case ExpressionAst.Unary u -> {
                if (DISALLOWED_OPERATORS.contains(u.operator())) {
                    report(u.extent(), "OperatorNotSupportedInDataSection", u.operator().sourceText());
                }
                expression(u.child());
            }
            case ExpressionAst.Ternary t -> {
                expression(t.condition());
                expression(t.ifTrue());
                expression(t.ifFalse());
            }
            case ExpressionAst.Convert c -> {
                typeConstraint(c.type());
                expression(c.child());
            }
            case ExpressionAst.Attributed a -> {
                report(a.extent(), "AttributeNotSupportedInDataSection");
                attribute(a.attribute());
                expression(a.child());
            }
            case ExpressionAst.Variable v -> variable(v);
            case ExpressionAst.Using u -> expression(u.expression());
            case ExpressionAst.TypeLiteral t -> typeName(t.extent(), t.typeName());
            case ExpressionAst.Member m -> {
                report(m.extent(), "PropertyReferenceNotSupportedInDataSection");
                expression(m.target());
                commandElement(m.member());
            }
            case ExpressionAst.InvokeMember m -> {
                report(m.extent(), "MethodCallNotSupportedInDataSection");
                expression(m.target());
                commandElement(m.member());
                m.arguments().forEach(this::expression);
            }
            case ExpressionAst.Index i -> {
                report(i.extent(), "ArrayReferenceNotSupportedInDataSection");
                expression(i.target());
                expression(i.index());
            }
            case ExpressionAst.ExpandableString s -> s.parts().forEach(this::expression);
            case ExpressionAst.ArrayLiteral a -> a.elements().forEach(this::expression);
            case ExpressionAst.ArrayExpression a -> statementBlock(a.body());
            case ExpressionAst.SubExpression s -> statementBlock(s.body());
            case ExpressionAst.Paren p -> statement(p.pipeline());
            case ExpressionAst.Hashtable h -> {
                for (ExpressionAst.KeyValue pair : h.pairs()) {
                    expression(pair.key());
                    statement(pair.value());
                }
            }
            case ExpressionAst.ScriptBlock s -> {
                report(s.extent(), "ScriptBlockNotSupportedInDataSection");
                scriptBlock(s.body());
            }
            case ExpressionAst.Number n -> {
            }
            case ExpressionAst.StringConstant s -> {
            }
            case ExpressionAst.Error err -> {
            }
        }
    }

    private void variable(ExpressionAst.Variable v) {
        String name = v.path().userPath();
        if (DEFAULT_ALLOWED_VARIABLES.contains(name.toLowerCase(Locale.ROOT))
                || extraVariables.stream().anyMatch(name::equalsIgnoreCase) || extraVariables.equals(List.of("*"))
                || allowsEnvironment && name.regionMatches(true, 0, "env:", 0, 4)) {
            return;
        }
        String allowed = ParseErrors.message("DefaultAllowedVariablesInDataSection");
        report(v.extent(), "VariableReferenceNotSupportedInDataSection", extraVariables.isEmpty() ? allowed
                : allowed + extraVariables.stream().map(x -> ", $" + x).collect(Collectors.joining()));
    }

    // ---- script blocks, parameters, attributes, types ----

    private void scriptBlock(ScriptBlockAst block) {
        report(block.extent(), "ScriptBlockNotSupportedInDataSection");
        if (block.paramBlock() != null) {
            ParamBlockAst params = block.paramBlock();
            report(params.extent(), "ParameterDeclarationNotSupportedInDataSection");
            params.attributes().forEach(this::attribute);
            params.parameters().forEach(this::parameter);
        }
        for (NamedBlockAst named : new NamedBlockAst[] {block.dynamicParamBlock(), block.beginBlock(),
                block.processBlock(), block.endBlock(), block.cleanBlock()}) {
            if (named != null) {
                statements(named.statements(), named.traps());
            }
        }
    }

    private void parameter(ParameterAst p) {
        for (AttributeBaseAst a : p.attributes()) {
            switch (a) {
                case AttributeAst attribute -> attribute(attribute);
                case AttributeBaseAst.TypeConstraint type -> typeConstraint(type);
            }
        }
        variable(p.name());
        optionalExpression(p.defaultValue());
    }

    private void attribute(AttributeAst attribute) {
        report(attribute.extent(), "AttributeNotSupportedInDataSection");
        attribute.positionalArguments().forEach(this::expression);
        for (NamedAttributeArgumentAst named : attribute.namedArguments()) {
            optionalExpression(named.value());
        }
    }

    private void typeConstraint(AttributeBaseAst.TypeConstraint type) {
        typeName(type.extent(), type.typeName());
    }

    private void typeName(Extent extent, TypeNameAst name) {
        if (!isSimple(name)) {
            report(extent, "TypeNotAllowedInDataSection", name.fullName());
        }
    }

    private static boolean isSimple(TypeNameAst name) {
        return switch (name) {
            case TypeNameAst.Simple s -> SIMPLE_TYPES.contains(s.name().toLowerCase(Locale.ROOT));
            case TypeNameAst.Array a -> isSimple(a.element());
            case TypeNameAst.Generic g -> false;
        };
    }

    private static Set<String> simpleTypeNames() {
        List<String> dotNet = List.of("Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32",
                "Int64", "UInt64", "Single", "Double", "Decimal", "DateTime", "String", "DBNull");
        List<String> accelerators = List.of("bool", "char", "sbyte", "byte", "short", "ushort", "int", "uint",
                "long", "ulong", "float", "double", "decimal", "datetime", "string");
        return Stream.of(dotNet.stream(), dotNet.stream().map(n -> "System." + n), accelerators.stream())
                .flatMap(s -> s).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
