/**
 * The immutable syntax tree: sealed interfaces with their records, one file per node family
 * ({@link dev.jpwsh.language.ast.StatementAst}, {@link dev.jpwsh.language.ast.ExpressionAst},
 * {@link dev.jpwsh.language.ast.PipelineElementAst}, ...), and {@link dev.jpwsh.language.ast.AstPrinter},
 * which renders a tree for golden tests. Depends on {@code source} and {@code token}. Trees hold no runtime
 * state, so any number of threads and runspaces may share one.
 */
package dev.jpwsh.language.ast;
