/**
 * The flat providers of session state: Environment ({@code Env:}, the same variables as {@code $env:}), Variable,
 * Function and Alias, on a common {@link dev.jpwsh.engine.provider.session.SessionStateProvider}: items are named
 * entries at the drive's root, with content (their value). Session services layer: uses the provider model and the
 * interpreter core's scopes, commands and environment.
 */
package dev.jpwsh.engine.provider.session;
