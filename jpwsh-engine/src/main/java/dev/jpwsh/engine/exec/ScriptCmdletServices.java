package dev.jpwsh.engine.exec;

import java.util.List;

/**
 * The members of {@code $PSCmdlet} that reach the session services layer (its session state, command and provider
 * intrinsics, provider paths): the core asks through this interface, which the hosting layer installs as a
 * {@linkplain ExecutionContext#installService service} of each session.
 */
public interface ScriptCmdletServices {
    /** {@code $PSCmdlet.SessionState}: the session state of the code running in {@code frame}. */
    Object sessionState(Frame frame);

    /**
     * {@code $PSCmdlet.InvokeCommand}, as {@code $ExecutionContext.InvokeCommand}, whose InvokeScript writes to the
     * command's {@code output} what it is asked to stream there (PipelineResultTypes Output).
     */
    Object invokeCommand(Frame frame, Pipe output);

    /** {@code $PSCmdlet.InvokeProvider}: the provider intrinsics (items, child items) of the session. */
    Object invokeProvider(Frame frame);

    /**
     * The provider paths of the existing items {@code path} (wildcards allowed) names; {@code provider} is set to the
     * ProviderInfo of their provider.
     *
     * @throws PSException ItemNotFoundException when nothing exists there
     */
    List<String> resolvedProviderPaths(Frame frame, String path, dev.jpwsh.dotnet.Ref provider);

    /** {@code path} as a provider path, made absolute against the current location; it need not exist. */
    String unresolvedProviderPath(Frame frame, String path);

    /** The current location in the provider named {@code provider}. */
    PathInfo currentLocation(Frame frame, String provider);
}
