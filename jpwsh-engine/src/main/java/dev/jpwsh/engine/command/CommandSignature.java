package dev.jpwsh.engine.command;

import dev.jpwsh.dotnet.collections.Dictionary;
import dev.jpwsh.dotnet.collections.StringComparer;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.types.TypeResolver;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a command declares, as pwsh's CommandMetadata shows it: its parameters in declaration order (-WhatIf and
 * -Confirm after them for a cmdlet that {@link SupportsShouldProcess}, the common parameters last, for cmdlets and
 * advanced functions), the parameter sets they name (the default set first) and the default set. Gives
 * the Parameters dictionary and the ParameterSets of a CommandInfo, and the syntax lines built from them. Immutable.
 */
public final class CommandSignature {
    static final String ALL_SETS = "__AllParameterSets";

    private final List<ParameterDeclaration> parameters;
    private final List<String> sets;
    private final String defaultSet;

    private CommandSignature(List<ParameterDeclaration> parameters, String defaultSet, boolean common) {
        List<ParameterDeclaration> all = new ArrayList<>(parameters);
        if (common) {
            all.addAll(CommonParameterDeclarations.ALL);
        }
        this.parameters = List.copyOf(all);
        List<List<String>> named = new ArrayList<>();
        if (defaultSet != null) {
            named.add(List.of(defaultSet));
        }
        parameters.forEach(p -> named.add(p.inAllSets() ? List.of()
                : p.sets().stream().map(ParameterDeclaration.InSet::set).toList()));
        this.sets = ParameterSetResolver.declaredSets(named);
        this.defaultSet = defaultSet;
    }

    private static final ClassValue<CommandSignature> CMDLETS = new ClassValue<>() {
        @Override
        protected CommandSignature computeValue(Class<?> type) {
            return readCmdlet(type);
        }
    };

    /** The signature of a Java cmdlet class, read from its {@link Parameter} fields once per class. */
    public static CommandSignature ofCmdlet(Class<?> type) {
        return CMDLETS.get(type);
    }

    private static CommandSignature readCmdlet(Class<?> type) {
        List<ParameterDeclaration> list = new ArrayList<>();
        for (Class<?> c = type; c != Cmdlet.class && c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Parameter[] declared = f.getAnnotationsByType(Parameter.class);
                if (declared.length > 0) {
                    list.add(cmdletParameter(f, declared));
                }
            }
        }
        if (type.isAnnotationPresent(SupportsShouldProcess.class)) {
            list.addAll(CommonParameterDeclarations.SHOULD_PROCESS);
        }
        DefaultParameterSet defaultSet = type.getAnnotation(DefaultParameterSet.class);
        return new CommandSignature(list, defaultSet == null ? null : defaultSet.value(), true);
    }

    private static ParameterDeclaration cmdletParameter(Field f, Parameter[] declared) {
        String javaName = f.getName();
        String name = Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
        boolean isSwitch = f.getType() == boolean.class || f.getType() == Boolean.class;
        List<ParameterDeclaration.InSet> sets = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (Parameter p : declared) {
            sets.add(new ParameterDeclaration.InSet(p.parameterSetName(),
                    p.position() < 0 ? ParameterDeclaration.NAMED : p.position(), p.mandatory(),
                    p.valueFromPipeline(), p.valueFromPipelineByPropertyName(), p.valueFromRemainingArguments()));
            Arrays.stream(p.aliases()).filter(a -> !aliases.contains(a)).forEach(aliases::add);
        }
        boolean everySet = sets.stream().anyMatch(s -> s.set().isEmpty());
        if (everySet) {
            sets.removeIf(s -> !s.set().isEmpty());
        }
        PSTypeName shown = f.getAnnotation(PSTypeName.class);
        String typeName = shown != null ? shown.value() : isSwitch ? "switch" : ParameterTypeNames.of(f.getType());
        return new ParameterDeclaration(name, isSwitch ? Boolean.class : f.getType(), typeName, isSwitch,
                List.copyOf(aliases), List.copyOf(sets));
    }

    /**
     * The signature of a function or script: its param block, with pwsh's automatic positions (each parameter that
     * is no switch gets the next position unless some parameter names a position or a set, or PositionalBinding is
     * off), and -WhatIf and -Confirm when it supports ShouldProcess.
     */
    public static CommandSignature ofScript(ScriptBlock.Compiled body) {
        List<ParameterSpec> specs = body.parameters();
        boolean custom = ScriptParameterBinder.customPositions(specs);
        List<ParameterDeclaration> list = new ArrayList<>();
        int next = 0;
        for (ParameterSpec p : specs) {
            int position = p.position() < 1000 ? p.position()
                    : custom || p.isSwitch() || !body.options().positionalBinding() ? ParameterDeclaration.NAMED
                    : next++;
            List<ParameterDeclaration.InSet> sets = new ArrayList<>();
            for (String set : p.parameterSets().isEmpty() ? List.of("") : p.parameterSets()) {
                sets.add(new ParameterDeclaration.InSet(set, position, p.mandatory(), p.fromPipeline(),
                        p.fromPipelineByPropertyName(), p.fromRemainingArguments(), p.extras().helpMessage()));
            }
            Class<?> type = p.isSwitch() ? Boolean.class : p.type() == null ? Object.class
                    : TypeResolver.shared().resolve(p.type().name(), false);
            String typeName = p.isSwitch() ? "switch" : type != null ? ParameterTypeNames.of(type)
                    : ParameterTypeNames.ofName(p.type().name());
            list.add(new ParameterDeclaration(p.name(), type == null ? Object.class : type, typeName, p.isSwitch(),
                    p.aliases(), List.copyOf(sets)));
        }
        if (body.options().supportsShouldProcess()) {
            list.addAll(CommonParameterDeclarations.SHOULD_PROCESS);
        }
        return new CommandSignature(list, body.defaultParameterSet(), body.cmdletBinding());
    }

    /** This signature with {@code dynamic} parameters (a dynamicparam block's) after the others, in the sets they name. */
    public CommandSignature withDynamic(List<ParameterDeclaration> dynamic) {
        List<ParameterDeclaration> all = new ArrayList<>(parameters);
        all.addAll(dynamic);
        return new CommandSignature(all, defaultSet, false);
    }

    public List<ParameterDeclaration> parameters() {
        return parameters;
    }

    /** The name of the default set: the declared one, else {@code __AllParameterSets}. */
    public String defaultSet() {
        return defaultSet != null ? defaultSet : ALL_SETS;
    }

    /** The Parameters dictionary of a CommandInfo: each name (any case) to its ParameterMetadata. */
    public Map<Object, Object> parameterMetadata() {
        Dictionary result = new Dictionary(StringComparer.getOrdinalIgnoreCase());
        for (ParameterDeclaration p : parameters) {
            result.put(p.name(), new ParameterMetadata(p));
        }
        return result;
    }

    /**
     * The ParameterSets of a CommandInfo, the default set first and the others in declaration order, each with the parameters in it; a command naming no
     * set has the one set {@code __AllParameterSets}.
     */
    public List<CommandParameterSetInfo> parameterSets() {
        List<String> names = sets.isEmpty() ? List.of(defaultSet()) : sets;
        List<CommandParameterSetInfo> result = new ArrayList<>();
        for (String set : names) {
            List<CommandParameterInfo> in = new ArrayList<>();
            for (ParameterDeclaration p : parameters) {
                ParameterDeclaration.InSet declared = p.in(set);
                if (declared != null) {
                    in.add(new CommandParameterInfo(p, declared));
                }
            }
            result.add(new CommandParameterSetInfo(set, set.equalsIgnoreCase(defaultSet()), List.copyOf(in)));
        }
        return List.copyOf(result);
    }

    /** pwsh's syntax text of the command: for each set, an empty line and then {@code name <set's syntax>}. */
    public String syntax(String commandName) {
        StringBuilder text = new StringBuilder();
        for (CommandParameterSetInfo set : parameterSets()) {
            text.append('\n').append(commandName).append(' ').append(set).append('\n');
        }
        return text.toString();
    }
}
