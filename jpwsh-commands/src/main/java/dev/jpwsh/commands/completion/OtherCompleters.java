package dev.jpwsh.commands.completion;

import dev.jpwsh.commands.objects.MemberDefinition;
import dev.jpwsh.engine.command.ParameterTypeNames;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.object.TypeAccelerators;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The completions of variables, members, type names and paths, in pwsh's order: variables assigned earlier in the
 * input first, then the session's sorted by name; members sorted by member type, then name; type accelerators, then
 * full type names; the items of a folder by name ({@link PathCompleter}).
 */
final class OtherCompleters {
    /** {@code $name =} or {@code [type]$name =} earlier in the input. */
    private static final Pattern ASSIGNED = Pattern.compile("\\$([\\w?]+)\\s*(?:=|\\+=|-=)(?!=)");
    /** The scope qualifiers of {@code $scope:name}. */
    private static final List<String> SCOPES = List.of("global", "local", "script", "private");

    private OtherCompleters() {
    }

    static List<CompletionResult> variables(Frame frame, CompletionInput input) {
        String typed = input.word().substring(1);
        int colon = typed.indexOf(':');
        Map<String, CompletionResult> results = new LinkedHashMap<>();
        if (colon >= 0) {
            String qualifier = typed.substring(0, colon);
            String rest = typed.substring(colon + 1);
            if (qualifier.equalsIgnoreCase("env")) {
                environmentNames().stream().filter(name -> Wildcard.matches(name, rest + "*", false))
                        .forEach(name -> add(results, "$" + qualifier + ":" + name, name, name));
            } else if (SCOPES.contains(qualifier.toLowerCase(Locale.ROOT))) {
                sessionVariables(frame.scopeFor(qualifier), rest, false).forEach(v ->
                        add(results, "$" + qualifier + ":" + v.name(), v.name(), toolTip(v)));
            }
            return List.copyOf(results.values());
        }
        Matcher assigned = ASSIGNED.matcher(input.text().substring(0, input.wordStart()));
        while (assigned.find()) {
            String name = assigned.group(1);
            if (Wildcard.matches(name, typed + "*", false)) {
                add(results, "$" + name, name, name);
            }
        }
        sessionVariables(frame.scope(), typed, true).forEach(v -> add(results, "$" + v.name(), v.name(), toolTip(v)));
        if ("env".regionMatches(true, 0, typed, 0, typed.length())) {
            environmentNames().forEach(name -> add(results, "$env:" + name, "env:" + name, "[string]env:" + name));
        }
        return List.copyOf(results.values());
    }

    private static List<String> environmentNames() {
        return dev.jpwsh.dotnet.ProcessEnvironment.snapshot().keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    private static void add(Map<String, CompletionResult> results, String text, String name, String toolTip) {
        String written = Quoting.needsQuotes(name.replace(":", "")) ? "${" + text.substring(1) + "}" : text;
        results.putIfAbsent(name.toLowerCase(Locale.ROOT),
                new CompletionResult(written, name, CompletionResultType.Variable, toolTip));
    }

    /** The variables of {@code start} (and, with {@code inherited}, its parents), sorted by name. */
    private static List<PSVariable> sessionVariables(Scope start, String typed, boolean inherited) {
        Map<String, PSVariable> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Scope s = start; s != null; s = inherited ? s.parent() : null) {
            for (PSVariable v : s.variables().values()) {
                if ((s == start || !v.isPrivate()) && Wildcard.matches(v.name(), typed + "*", false)) {
                    found.putIfAbsent(v.name(), v);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static String toolTip(PSVariable variable) {
        Object value = variable.value();
        return value == null ? variable.name()
                : "[" + ParameterTypeNames.of(value.getClass()) + "]$" + variable.name();
    }

    /** The members of the value before the dot (or the type before {@code ::}) whose names start as typed. */
    static List<CompletionResult> members(Frame frame, CompletionInput input) {
        boolean isStatic = input.kind() == CompletionInput.Kind.STATIC_MEMBER;
        String prefix = input.memberPrefix();
        List<MemberDefinition> members = new ArrayList<>();
        Object value;
        try {
            value = ScriptBlock.Create(input.memberBase()).invokeWithUnderscore(frame, null);
            if (value == null) {
                return List.of();
            }
            Object listed = ScriptBlock.Create("Get-Member -InputObject $_ -Name '" + prefix.replace("'", "''")
                    + "*'" + (isStatic ? " -Static" : "") + " -ErrorAction Ignore").invokeWithUnderscore(frame, value);
            for (Object m : Enumeration.toList(listed)) {
                if (m instanceof MemberDefinition d) {
                    members.add(d);
                }
            }
        } catch (RuntimeException notEvaluated) {
            return List.of();
        }
        members.sort(Comparator.comparingInt((MemberDefinition d) -> d.memberType().bit())
                .thenComparing(MemberDefinition::name, String.CASE_INSENSITIVE_ORDER));
        List<CompletionResult> results = new ArrayList<>();
        for (MemberDefinition d : members) {
            boolean method = d.memberType().bit() >= 64 && d.memberType().bit() <= 256;
            String text = (Quoting.needsQuotes(d.name()) ? Quoting.single(d.name()) : d.name()) + (method ? "(" : "");
            results.add(new CompletionResult(text, d.name(), method ? CompletionResultType.Method
                    : CompletionResultType.Property, overloads(d.definition())));
        }
        if (!isStatic && value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (key instanceof String k && Wildcard.matches(k, prefix + "*", false)) {
                    String text = Quoting.needsQuotes(k) ? Quoting.single(k) : k;
                    results.add(new CompletionResult(text, text, CompletionResultType.Property, text));
                }
            }
        }
        return results;
    }

    /** A member's definition with each overload on its own line, as pwsh's tool tips show methods. */
    private static String overloads(String definition) {
        if (!definition.contains("),")) {
            return definition;
        }
        StringBuilder out = new StringBuilder();
        for (String overload : definition.split("\\),")) {
            if (!overload.isBlank()) {
                out.append(overload.strip()).append(")\r\n");
            }
        }
        return out.substring(0, out.length() - 3);
    }

    /**
     * Type names for {@code [typed}: accelerators first, then the namespaces and full type names it starts (a name
     * without a dot also matches a type's own name), sorted.
     */
    static List<CompletionResult> types(String typed) {
        TypeResolver resolver = TypeResolver.shared();
        List<CompletionResult> results = new ArrayList<>();
        if (typed.indexOf('.') < 0) {
            for (String accelerator : resolver.acceleratorNames()) {
                if (Wildcard.matches(accelerator, typed + "*", false)) {
                    Class<?> type = resolver.resolve(accelerator, false);
                    results.add(new CompletionResult(accelerator, accelerator, CompletionResultType.Type,
                            type == null ? accelerator : TypeNames.of(type)));
                }
            }
        }
        Map<String, String> namespaces = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> fullNames = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Class<?> type : resolver.knownTypes()) {
            String full = TypeNames.of(type);
            if (full == null || full.indexOf('.') < 0 || full.contains("`") || full.contains("[")) {
                continue;
            }
            String shortName = full.substring(Math.max(full.lastIndexOf('.'), full.lastIndexOf('+')) + 1);
            if (Wildcard.matches(full, typed + "*", false)) {
                int dot = full.indexOf('.', typed.length());
                if (dot >= 0) {
                    namespaces.putIfAbsent(full.substring(0, dot), full.substring(0, dot));
                } else {
                    fullNames.putIfAbsent(full, shortName);
                }
            } else if (typed.indexOf('.') < 0 && Wildcard.matches(shortName, typed + "*", false)) {
                fullNames.putIfAbsent(full, shortName);
            }
        }
        namespaces.forEach((name, same) -> results.add(new CompletionResult(name,
                name.substring(name.lastIndexOf('.') + 1), CompletionResultType.Namespace, "Namespace " + name)));
        fullNames.forEach((full, shortName) -> results.add(
                new CompletionResult(full, shortName, CompletionResultType.Type, full)));
        return results;
    }

    static List<CompletionResult> paths(Frame frame, CompletionInput input) {
        return PathCompleter.complete(frame, input);
    }
}
