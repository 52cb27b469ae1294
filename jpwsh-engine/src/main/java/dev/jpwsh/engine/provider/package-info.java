/**
 * Providers, drives and locations: a session service (installed per session by {@code runspaces.SessionServices},
 * found through {@link dev.jpwsh.engine.provider.SessionProviders#of}). Providers climb a capability ladder, as
 * pwsh's do: {@link dev.jpwsh.engine.provider.CmdletProvider} (a name) to {@link
 * dev.jpwsh.engine.provider.DriveCmdletProvider} (drives) to {@link dev.jpwsh.engine.provider.ItemCmdletProvider}
 * (items) to {@link dev.jpwsh.engine.provider.ContainerCmdletProvider} (children) to {@link
 * dev.jpwsh.engine.provider.NavigationCmdletProvider} (nested containers), with the optional {@link
 * dev.jpwsh.engine.provider.ContentCmdletProvider}; a cmdlet asks for the step it needs through {@link
 * dev.jpwsh.engine.provider.ProviderPath#require} and gets pwsh's NotSupported error when the provider lacks it.
 * {@link dev.jpwsh.engine.provider.PathResolver} turns what a user types (drive-qualified, provider-qualified,
 * relative, {@code ~}, wildcards) into {@link dev.jpwsh.engine.provider.ProviderPath}s. The providers themselves
 * live in {@code provider.filesystem} and {@code provider.session}; {@link
 * dev.jpwsh.engine.provider.ProviderTypeRegistration} registers the type names. Session services layer: uses the
 * interpreter core (exec, scope, command) and the modules below the engine.
 */
package dev.jpwsh.engine.provider;
