package dev.jpwsh.commands.completion;

import dev.jpwsh.dotnet.DotNetEnums;
import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.CommandDiscovery;
import dev.jpwsh.engine.command.CommandInfo;
import dev.jpwsh.engine.command.CommonParameters;
import dev.jpwsh.engine.command.FunctionInfo;
import dev.jpwsh.engine.command.ParameterMetadata;
import dev.jpwsh.engine.command.ParameterSpec;
import dev.jpwsh.engine.command.ParameterTypeNames;
import dev.jpwsh.engine.command.Validation;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The completions of commands, parameter names and parameter values, in pwsh's order: commands sorted by name
 * (ordinal, any case) and made unique, a command's unbound parameters in declaration order with the common
 * parameters last, a parameter's ValidateSet values in declaration order or its enum's names sorted. Variables,
 * members, types and paths are {@link OtherCompleters}' work.
 */
final class Completers {
    /** The common parameters that take an ActionPreference. */
    private static final java.util.Set<String> ACTION_PARAMETERS = java.util.Set.of("erroraction", "warningaction",
            "informationaction", "progressaction");
    /** The commands whose -Scope takes a scope name (pwsh's scope argument completer). */
    private static final java.util.Set<String> SCOPE_COMMANDS = java.util.Set.of("clear-variable", "export-alias",
            "get-alias", "get-psdrive", "get-variable", "import-alias", "new-alias", "new-psdrive", "new-variable",
            "remove-alias", "remove-psdrive", "remove-variable", "set-alias", "set-variable");
    private Completers() {
    }

    /** Everything the input asks for, in order. */
    static List<CompletionResult> complete(Frame frame, CompletionInput input) {
        return switch (input.kind()) {
            case COMMAND -> commands(frame, input.word());
            case PARAMETER -> parameters(frame, input);
            case OPERATOR -> Operators.complete(input.word());
            case ARGUMENT -> argument(frame, input);
            case VARIABLE -> OtherCompleters.variables(frame, input);
            case MEMBER, STATIC_MEMBER -> OtherCompleters.members(frame, input);
            case TYPE -> OtherCompleters.types(input.word().substring(1));
            case NONE -> List.of();
        };
    }

    /** Commands whose names start with {@code word} (wildcards allowed), else those it abbreviates (i-psdf). */
    static List<CompletionResult> commands(Frame frame, String word) {
        List<CommandInfo> all = CommandDiscovery.all(frame);
        List<CommandInfo> found = new ArrayList<>();
        for (CommandInfo c : all) {
            if (Wildcard.matches(c.getName(), word + "*", false)) {
                found.add(c);
            }
        }
        if (found.isEmpty() && word.indexOf('-') > 0 && !Wildcard.containsWildcardCharacters(word)) {
            Pattern abbreviation = abbreviation(word);
            all.stream().filter(c -> abbreviation.matcher(c.getName()).matches()).forEach(found::add);
        }
        found.sort(Comparator.comparing(CommandInfo::getName, String.CASE_INSENSITIVE_ORDER));
        Map<String, CommandInfo> unique = new LinkedHashMap<>();
        found.forEach(c -> unique.putIfAbsent(c.getName().toLowerCase(Locale.ROOT), c));
        List<CompletionResult> results = new ArrayList<>();
        for (CommandInfo c : unique.values()) {
            String name = c.getName();
            String text = Quoting.needsQuotes(name) ? "& " + Quoting.single(name) : name;
            results.add(new CompletionResult(text, name, CompletionResultType.Command, toolTip(c)));
        }
        return results;
    }

    /** A Verb-Noun abbreviation as a pattern: each letter starts a capitalised part of the name. */
    private static Pattern abbreviation(String word) {
        StringBuilder regex = new StringBuilder();
        for (char c : word.toCharArray()) {
            regex.append(c == '-' ? "-" : Pattern.quote(String.valueOf(Character.toUpperCase(c))) + "[a-z0-9]*");
        }
        return Pattern.compile(regex.toString());
    }

    private static String toolTip(CommandInfo command) {
        String syntax = command instanceof AliasInfo alias ? alias.definition() : command.syntax();
        return syntax == null || syntax.isEmpty() ? command.getName() : syntax;
    }

    /** The command {@code name} runs (an alias's target), or null. */
    private static CommandInfo command(Frame frame, String name) {
        CommandInfo found = CommandDiscovery.find(frame, name);
        return found instanceof AliasInfo alias ? alias.getResolvedCommand() : found;
    }

    /** The parameters of the command whose names start with the word after its dash, aliases when no name fits. */
    static List<CompletionResult> parameters(Frame frame, CompletionInput input) {
        CommandInfo command = command(frame, input.commandName());
        if (command == null) {
            return List.of();
        }
        String typed = input.word().substring(1);
        List<CompletionResult> results = new ArrayList<>();
        List<CompletionResult> common = new ArrayList<>();
        for (Object value : command.getParameters().values()) {
            ParameterMetadata p = (ParameterMetadata) value;
            if (isBound(p, input.commandWords())) {
                continue;
            }
            List<CompletionResult> list = CommonParameters.isCommon(p.getName()) ? common : results;
            String type = "[" + (p.getSwitchParameter() ? "switch" : ParameterTypeNames.of(p.getParameterType()))
                    + "] ";
            if (Wildcard.matches(p.getName(), typed + "*", false)) {
                list.add(new CompletionResult("-" + p.getName(), p.getName(), CompletionResultType.ParameterName,
                        type + p.getName()));
            } else if (!typed.isEmpty()) {
                for (String alias : p.getAliases()) {
                    if (Wildcard.matches(alias, typed + "*", false)) {
                        list.add(new CompletionResult("-" + alias, alias, CompletionResultType.ParameterName,
                                type + alias));
                    }
                }
            }
        }
        results.addAll(common);
        return results;
    }

    /** Whether an earlier word of the command element names this parameter (its name, a prefix, or an alias). */
    private static boolean isBound(ParameterMetadata p, List<String> words) {
        for (String w : words.subList(Math.min(1, words.size()), words.size())) {
            if (w.startsWith("-") && w.length() > 1) {
                String name = w.substring(1).replaceFirst(":.*", "");
                if (p.getName().regionMatches(true, 0, name, 0, name.length()) && name.length() <= p.getName().length()
                        || p.getAliases().stream().anyMatch(name::equalsIgnoreCase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An argument: a value of the parameter the word before names (a custom completer's, the ValidateSet's or the
     * enum's), else a path.
     */
    private static List<CompletionResult> argument(Frame frame, CompletionInput input) {
        String previous = input.previous();
        if (previous != null && previous.startsWith("-") && previous.length() > 1 && input.commandName() != null) {
            CommandInfo command = command(frame, input.commandName());
            ParameterMetadata parameter = command == null ? null : parameter(command, previous.substring(1));
            if (parameter != null && !parameter.getSwitchParameter()) {
                List<CompletionResult> values = values(frame, command, parameter, input.word());
                if (values != null) {
                    return values;
                }
            }
        }
        return OtherCompleters.paths(frame, input);
    }

    private static ParameterMetadata parameter(CommandInfo command, String written) {
        ParameterMetadata match = null;
        for (Object value : command.getParameters().values()) {
            ParameterMetadata p = (ParameterMetadata) value;
            if (p.getName().equalsIgnoreCase(written) || p.getAliases().stream().anyMatch(written::equalsIgnoreCase)) {
                return p;
            }
            if (p.getName().regionMatches(true, 0, written, 0, written.length())) {
                match = match == null ? p : null;
            }
        }
        return match;
    }

    /** The values a parameter offers for {@code word}; null when it offers none, so paths are completed. */
    private static List<CompletionResult> values(Frame frame, CommandInfo command, ParameterMetadata parameter,
            String word) {
        List<CompletionResult> custom = CustomCompleters.complete(frame, command, parameter.getName(), word);
        if (custom != null) {
            return custom;
        }
        char quote = word.startsWith("'") || word.startsWith("\"") ? word.charAt(0) : 0;
        String typed = quote == 0 ? word : word.substring(1);
        List<String> candidates = validateSet(frame, command, parameter.getName());
        if (candidates == null) {
            candidates = builtInValues(command, parameter.getName());
        }
        if (candidates == null) {
            Class<?> type = ACTION_PARAMETERS.contains(parameter.getName().toLowerCase(Locale.ROOT))
                    ? DotNetEnums.ActionPreference.class : parameter.getParameterType();
            type = type.isArray() ? type.getComponentType() : type;
            if (!type.isEnum()) {
                return null;
            }
            candidates = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                candidates.add(((Enum<?>) constant).name());
            }
            candidates.sort(String.CASE_INSENSITIVE_ORDER);
        }
        List<CompletionResult> results = new ArrayList<>();
        for (String value : candidates) {
            if (Wildcard.matches(value, typed + "*", false)) {
                results.add(new CompletionResult(Quoting.as(quote, value), value, CompletionResultType.ParameterValue, value));
            }
        }
        return results;
    }

    /** The values pwsh's own argument completers give: -Scope of the commands that take a scope name. */
    private static List<String> builtInValues(CommandInfo command, String parameter) {
        return parameter.equalsIgnoreCase("Scope") && SCOPE_COMMANDS.contains(command.getName().toLowerCase(Locale.ROOT))
                ? List.of("Global", "Local", "Script") : null;
    }

    /** A function parameter's [ValidateSet()] values, or null when it has none. */
    private static List<String> validateSet(Frame frame, CommandInfo command, String name) {
        if (!(command instanceof FunctionInfo function)) {
            return null;
        }
        for (ParameterSpec spec : function.getScriptBlock().body().parameters()) {
            if (!spec.name().equalsIgnoreCase(name)) {
                continue;
            }
            for (Validation v : spec.validations()) {
                if (v.kind().equalsIgnoreCase("ValidateSet")) {
                    return v.arguments().stream().map(e -> LanguagePrimitives.toString(e.eval(frame))).toList();
                }
            }
        }
        return null;
    }
}
