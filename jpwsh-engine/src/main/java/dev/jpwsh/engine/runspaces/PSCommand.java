package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands a {@link PowerShell} runs: statements, each a pipeline of elements (a script text or a command
 * name with its arguments). Elements added without {@link #addStatement()} between them form one pipeline.
 * Owned and guarded by its PowerShell.
 */
@DotNetName("System.Management.Automation.PSCommand")
public final class PSCommand {
    /** One pipeline element: script text or a command name, its scope rule and its arguments. */
    record Element(String text, boolean isScript, Boolean useLocalScope, List<CommandArgument> arguments) {
    }

    private final List<List<Element>> statements = new ArrayList<>();
    private boolean statementEnded = true;

    /**
     * An empty list of commands ({@code [System.Management.Automation.PSCommand]::new()}). It has no AddCommand of
     * its own: commands are added through a {@link PowerShell}, which {@link PowerShell#setCommands} can give a copy.
     */
    public PSCommand() {
    }

    void add(Element element) {
        if (statementEnded) {
            statements.add(new ArrayList<>());
            statementEnded = false;
        }
        statements.getLast().add(element);
    }

    /** The element parameters and arguments apply to; null before any command is added. */
    Element current() {
        return statements.isEmpty() || statementEnded ? null : statements.getLast().getLast();
    }

    void addStatement() {
        statementEnded = true;
    }

    List<List<Element>> statements() {
        return statements;
    }

    boolean isEmpty() {
        return statements.isEmpty();
    }

    /**
     * {@code Commands}: every element, in order, with IsEndOfStatement on the last one of each statement.
     *
     * @return a new list of snapshots; changing it changes nothing here
     */
    public List<Command> getCommands() {
        List<Command> all = new ArrayList<>();
        for (int s = 0; s < statements.size(); s++) {
            List<Element> statement = statements.get(s);
            boolean ended = s < statements.size() - 1 || statementEnded;
            for (int i = 0; i < statement.size(); i++) {
                Element e = statement.get(i);
                List<Command.CommandParameter> parameters = e.arguments().stream()
                        .map(a -> new Command.CommandParameter(a.parameterName(), a.value())).toList();
                all.add(new Command(e.text(), e.isScript(), Boolean.TRUE.equals(e.useLocalScope()), parameters,
                        ended && i == statement.size() - 1));
            }
        }
        return all;
    }

    /** {@code Clear()}: removes every command and statement. */
    public void clear() {
        statements.clear();
        statementEnded = true;
    }

    /** {@return a copy with statements and argument lists of its own; the argument values are shared} */
    public PSCommand Clone() {
        PSCommand copy = new PSCommand();
        for (List<Element> statement : statements) {
            List<Element> elements = new ArrayList<>();
            for (Element e : statement) {
                elements.add(new Element(e.text(), e.isScript(), e.useLocalScope(), new ArrayList<>(e.arguments())));
            }
            copy.statements.add(elements);
        }
        copy.statementEnded = statementEnded;
        return copy;
    }

    /**
     * {@return the texts of the elements, with {@code " | "} between those of a pipeline and {@code "; "} between
     * statements}
     */
    @Override
    public String toString() {
        List<String> texts = new ArrayList<>();
        for (List<Element> statement : statements) {
            texts.add(String.join(" | ", statement.stream().map(Element::text).toList()));
        }
        return String.join("; ", texts);
    }
}
