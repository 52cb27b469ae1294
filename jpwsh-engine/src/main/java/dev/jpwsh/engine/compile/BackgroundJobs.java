package dev.jpwsh.engine.compile;

import dev.jpwsh.engine.command.CommandName;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.engine.node.Expr;
import dev.jpwsh.engine.node.Literals;
import dev.jpwsh.engine.node.Pipelines;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.language.ast.AstSearch;
import dev.jpwsh.language.ast.ExpressionAst;
import dev.jpwsh.language.ast.StatementAst;
import dev.jpwsh.language.ast.VariablePath;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pipeline ended by the background operator ({@code Get-Process &}, {@code a && b &}) runs as pwsh runs it: as
 * {@code Start-Job -WorkingDirectory <current location> -ScriptBlock <the pipeline's text>}, the job written to the
 * output. In that text every variable that exists where the pipeline runs, but for a few automatic ones, is read
 * as {@code ${using:name}}, so the job sees its value.
 */
final class BackgroundJobs {
    /** The automatic variables pwsh leaves for the job's own session to answer. */
    private static final Set<String> OWN = Set.of("pid", "psversiontable", "psedition", "pshome", "host", "true",
            "false", "null");
    private static final CommandName START_JOB = new CommandName("Start-Job");

    private BackgroundJobs() {
    }

    /** The Start-Job pipeline that runs {@code pipeline} in the background. */
    static Stmt of(StatementAst pipeline) {
        JobProcesses.compiled("Start-Job");
        int base = pipeline.extent().start();
        String text = pipeline.extent().source().text().substring(base, end(pipeline));
        List<Reference> references = AstSearch.findAll(pipeline, ExpressionAst.Variable.class).stream()
                .map(v -> new Reference(v.path(), v.extent().start() - base, v.extent().end() - base)).toList();
        var position = Compiler.position(pipeline.extent());
        return new Pipelines.Pipeline(List.of(new Pipelines.CommandElement(new Literals.Constant("Start-Job"),
                List.of(new Pipelines.NamedArgument("WorkingDirectory", new WorkingDirectory(), position),
                        new Pipelines.NamedArgument("ScriptBlock", new JobScript(text, references), position)),
                false, false, START_JOB)), null);
    }

    /** Where the pipeline's last element ends: its text, as pwsh takes it, leaves out the {@code &}. */
    private static int end(StatementAst pipeline) {
        StatementAst.Pipeline last = pipeline instanceof StatementAst.PipelineChain chain ? chain.right()
                : (StatementAst.Pipeline) pipeline;
        return last.elements().getLast().extent().end();
    }

    /** A variable of the pipeline, where it is written in the pipeline's text. */
    private record Reference(VariablePath path, int start, int end) {
        /** Whether the job reads it through {@code $using:}: it exists here and is no automatic pwsh leaves out. */
        boolean captured(Frame frame) {
            String qualifier = path.qualifier().toLowerCase(Locale.ROOT);
            String key = Scope.key(path.name());
            if (!qualifier.isEmpty() && !qualifier.equals("global") || OWN.contains(key)) {
                return false;
            }
            return (qualifier.isEmpty() ? frame.lookup(key) : frame.context().global().lookup(key)) != null;
        }
    }

    /** The current location's folder, as the job's working directory. */
    private record WorkingDirectory() implements Expr {
        @Override
        public Object eval(Frame frame) {
            return frame.context().location().currentFileSystemDirectory().toString();
        }
    }

    /** The job's script block: the pipeline's text with the variables that exist here as {@code ${using:name}}. */
    private record JobScript(String text, List<Reference> references) implements Expr {
        @Override
        public Object eval(Frame frame) {
            StringBuilder script = new StringBuilder(text.length() + 16);
            int written = 0;
            for (Reference reference : references) {
                if (reference.captured(frame)) {
                    script.append(text, written, reference.start()).append("${using:")
                            .append(reference.path().userPath().replace("}", "`}")).append('}');
                    written = reference.end();
                }
            }
            script.append(text, written, text.length());
            return ScriptFiles.create(script.toString());
        }
    }
}
