package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.command.ParameterSpec;
import dev.jpwsh.engine.command.ScriptCommandOptions;
import dev.jpwsh.engine.node.Access;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.language.ast.AttributeAst;
import dev.jpwsh.language.ast.AttributeBaseAst;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.NamedAttributeArgumentAst;
import dev.jpwsh.language.ast.ParameterAst;
import dev.jpwsh.language.ast.ScriptBlockAst;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a script block's attributes declare about the command it makes: the {@code [CmdletBinding()]},
 * {@code [OutputType()]} and {@code [Alias()]} attributes of its param block, and each parameter's type,
 * {@code [Parameter()]}, {@code [Alias()]}, validation and completion attributes. Attribute arguments count when
 * they are constants, as pwsh requires of them.
 */
final class CommandAttributes {
    private CommandAttributes() {
    }

    static boolean isCmdletBinding(AttributeAst attribute) {
        return attribute.typeName().fullName().equalsIgnoreCase("CmdletBinding");
    }

    /** {@code [CmdletBinding(DefaultParameterSetName = 'x')]}'s set name, or null. */
    static String defaultParameterSet(List<AttributeAst> attributes) {
        for (AttributeAst attribute : attributes) {
            for (NamedAttributeArgumentAst arg : isCmdletBinding(attribute) ? attribute.namedArguments()
                    : List.<NamedAttributeArgumentAst>of()) {
                if (arg.name().equalsIgnoreCase("DefaultParameterSetName")) {
                    return constantText(arg.value());
                }
            }
        }
        return null;
    }

    /** The command options of {@code ast}, {@link ScriptCommandOptions#PLAIN} when it declares none. */
    static ScriptCommandOptions options(ScriptBlockAst ast) {
        if (ast.paramBlock() == null || ast.paramBlock().attributes().isEmpty()) {
            return ast.dynamicParamBlock() == null ? ScriptCommandOptions.PLAIN
                    : new ScriptCommandOptions(false, "Medium", true, false, null, List.of(), List.of(),
                            Compiler.block(ast.dynamicParamBlock()));
        }
        boolean shouldProcess = false;
        boolean positional = true;
        boolean paging = false;
        String impact = "Medium";
        String helpUri = null;
        List<String> outputTypes = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (AttributeAst attribute : ast.paramBlock().attributes()) {
            String name = attribute.typeName().fullName().toLowerCase(Locale.ROOT);
            switch (name) {
                case "cmdletbinding" -> {
                    for (NamedAttributeArgumentAst arg : attribute.namedArguments()) {
                        boolean on = arg.expressionOmitted() || isTrueConstant(arg.value());
                        switch (arg.name().toLowerCase(Locale.ROOT)) {
                            case "supportsshouldprocess" -> shouldProcess = on;
                            case "positionalbinding" -> positional = on;
                            case "supportspaging" -> paging = on;
                            case "confirmimpact" -> impact = impactName(constantText(arg.value()));
                            case "helpuri" -> helpUri = constantText(arg.value());
                            default -> {
                            }
                        }
                    }
                }
                case "outputtype", "system.management.automation.outputtypeattribute" -> {
                    for (ExpressionAst e : attribute.positionalArguments()) {
                        String type = e instanceof ExpressionAst.TypeLiteral t ? t.typeName().fullName()
                                : constantText(e);
                        if (type != null) {
                            outputTypes.add(type);
                        }
                    }
                }
                case "alias", "system.management.automation.aliasattribute" -> aliases.addAll(texts(attribute));
                default -> {
                }
            }
        }
        return new ScriptCommandOptions(shouldProcess, impact, positional, paging, helpUri, List.copyOf(outputTypes),
                List.copyOf(aliases), ast.dynamicParamBlock() == null ? null : Compiler.block(ast.dynamicParamBlock()));
    }

    /** A ConfirmImpact value as pwsh spells it, whatever case the script wrote. */
    private static String impactName(String written) {
        for (String impact : List.of("None", "Low", "Medium", "High")) {
            if (impact.equalsIgnoreCase(written)) {
                return impact;
            }
        }
        return "Medium";
    }

    static ParameterSpec parameter(ParameterAst p, int index) {
        Access.TypeLiteral type = null;
        boolean mandatory = false;
        boolean fromPipeline = false;
        boolean byName = false;
        boolean remaining = false;
        boolean dontShow = false;
        String helpMessage = null;
        Expr completer = null;
        List<String> completions = List.of();
        int position = 1000 + index;
        List<String> aliases = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<dev.jpwsh.engine.command.Validation> validations = new ArrayList<>();
        for (AttributeBaseAst a : p.attributes()) {
            if (a instanceof AttributeBaseAst.TypeConstraint t) {
                type = Compiler.typeLiteral(t.typeName().fullName());
            } else if (a instanceof AttributeAst attr) {
                String name = attr.typeName().fullName().toLowerCase(Locale.ROOT);
                if (name.equals("parameter")) {
                    for (NamedAttributeArgumentAst arg : attr.namedArguments()) {
                        boolean on = arg.expressionOmitted() || isTrueConstant(arg.value());
                        switch (arg.name().toLowerCase(Locale.ROOT)) {
                            case "mandatory" -> mandatory = on;
                            case "valuefrompipeline" -> fromPipeline = on;
                            case "valuefrompipelinebypropertyname" -> byName = on;
                            case "valuefromremainingarguments" -> remaining = on;
                            case "dontshow" -> dontShow = on;
                            case "helpmessage" -> helpMessage = constantText(arg.value());
                            case "position" -> position = constantInt(arg.value(), position);
                            case "parametersetname" -> {
                                String set = constantText(arg.value());
                                if (set != null) {
                                    sets.add(set);
                                }
                            }
                            default -> {
                            }
                        }
                    }
                } else if (name.equals("alias")) {
                    aliases.addAll(texts(attr));
                } else if (name.equals("argumentcompleter") && !attr.positionalArguments().isEmpty()) {
                    completer = Compiler.expr(attr.positionalArguments().getFirst());
                } else if (name.equals("argumentcompletions")) {
                    completions = texts(attr);
                } else if (dev.jpwsh.engine.command.Validation.isValidation(name)) {
                    validations.add(Compiler.validation(attr));
                }
            }
        }
        boolean isSwitch = type != null && type.name().equalsIgnoreCase("switch");
        ParameterSpec.Extras extras = helpMessage == null && !dontShow && completer == null && completions.isEmpty()
                ? ParameterSpec.Extras.NONE : new ParameterSpec.Extras(helpMessage, dontShow, completer, completions);
        return new ParameterSpec(p.name().path().name(), isSwitch ? null : type,
                p.defaultValue() == null ? null : Compiler.expr(p.defaultValue()), mandatory, position, fromPipeline,
                byName, remaining, isSwitch, List.copyOf(aliases), List.copyOf(sets), List.copyOf(validations),
                dev.jpwsh.engine.scope.Scope.key(p.name().path().name()).intern(), extras);
    }

    /** The constant texts among an attribute's positional arguments ({@code [Alias('a', 'b')]}). */
    private static List<String> texts(AttributeAst attribute) {
        List<String> texts = new ArrayList<>();
        for (ExpressionAst e : attribute.positionalArguments()) {
            if (e instanceof ExpressionAst.ArrayLiteral array) {
                array.elements().stream().map(CommandAttributes::constantText).filter(t -> t != null)
                        .forEach(texts::add);
            } else if (constantText(e) != null) {
                texts.add(constantText(e));
            }
        }
        return List.copyOf(texts);
    }

    /** A constant argument as text: a string, a bare number, or the member of {@code [Enum]::Member}. */
    private static String constantText(ExpressionAst e) {
        if (e instanceof ExpressionAst.StringConstant s) {
            return s.value();
        }
        if (e instanceof ExpressionAst.Number n) {
            return n.extent().text();
        }
        if (e instanceof ExpressionAst.Member m && m.isStatic()
                && m.member() instanceof ExpressionAst.StringConstant name) {
            return name.value();
        }
        return null;
    }

    private static boolean isTrueConstant(ExpressionAst e) {
        return e instanceof ExpressionAst.Variable v && v.path().name().equalsIgnoreCase("true")
                || e instanceof ExpressionAst.Number n && n.literal().value().intValue() != 0;
    }

    private static int constantInt(ExpressionAst e, int otherwise) {
        return e instanceof ExpressionAst.Number n ? n.literal().value().intValue() : otherwise;
    }
}
