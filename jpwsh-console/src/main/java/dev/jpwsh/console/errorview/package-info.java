/**
 * pwsh 7's concise error view for parse errors ({@link dev.jpwsh.console.errorview.ConciseErrorView}): the
 * line-number gutter around the source package's position excerpt, colours and message wrapping. Pure
 * functions of a parse error, the style and the window width; any thread may use them. Depends on
 * {@code jpwsh-language}'s source and parse packages.
 */
package dev.jpwsh.console.errorview;
