package dev.jpwsh.engine.host;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code [System.Management.Automation.Internal.InternalTestHooks]}: switches PowerShell's own tests set to make the
 * engine behave testably, process-wide. The one honoured is {@code ForcePromptForChoiceDefaultOption}: a choice
 * prompt is shown and answered with its default at once. Others are kept and do nothing.
 */
public final class InternalTestHooks {
    private static final Map<String, Boolean> HOOKS = new ConcurrentHashMap<>();

    private InternalTestHooks() {
    }

    /** {@code SetTestHook(name, value)}: sets a hook, on when the value is true as PowerShell converts it. */
    public static void SetTestHook(String property, Object value) {
        HOOKS.put(property.toLowerCase(java.util.Locale.ROOT), LanguagePrimitives.isTrue(value));
    }

    /** {@return whether the hook {@code property} is on} */
    static boolean isOn(String property) {
        return !HOOKS.isEmpty() && HOOKS.getOrDefault(property.toLowerCase(java.util.Locale.ROOT), false);
    }
}
