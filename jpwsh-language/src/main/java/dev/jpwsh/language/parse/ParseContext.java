package dev.jpwsh.language.parse;

import dev.jpwsh.language.source.SourceText;

/** One parse: the token stream, the grammar rules that share it, and the semantic checks of what they make. */
final class ParseContext {
    private final SemanticChecks checks = new SemanticChecks();
    private final TokenStream stream;
    private final ScriptBlockRule scriptBlocks;
    private final StatementRule statements;
    private final ClassRule classes;
    private final PipelineRule pipelines;
    private final ExpressionRule expressions;
    private final TypeRule types;

    ParseContext(SourceText source) {
        this.stream = new TokenStream(source, checks);
        this.scriptBlocks = new ScriptBlockRule(this);
        this.statements = new StatementRule(this);
        this.classes = new ClassRule(this);
        this.pipelines = new PipelineRule(this);
        this.expressions = new ExpressionRule(this);
        this.types = new TypeRule(this);
    }

    SemanticChecks checks() {
        return checks;
    }

    TokenStream stream() {
        return stream;
    }

    ScriptBlockRule scriptBlocks() {
        return scriptBlocks;
    }

    StatementRule statements() {
        return statements;
    }

    ClassRule classes() {
        return classes;
    }

    PipelineRule pipelines() {
        return pipelines;
    }

    ExpressionRule expressions() {
        return expressions;
    }

    TypeRule types() {
        return types;
    }
}
