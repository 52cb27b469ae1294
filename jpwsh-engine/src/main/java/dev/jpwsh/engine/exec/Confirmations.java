package dev.jpwsh.engine.exec;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.runtime.convert.LanguagePrimitives;

/**
 * ShouldProcess and ShouldContinue as pwsh decides them for a command. Under -WhatIf ({@code $WhatIfPreference} in
 * reach) ShouldProcess prints "What if: " and the operation and answers no. Otherwise it answers yes without asking
 * when {@code $ConfirmPreference} is None or above the command's ConfirmImpact (-Confirm makes it Low, -Confirm:$false
 * None), writing the operation as a verbose message under -Verbose. Anything else asks the user, as ShouldContinue
 * always does unless its yes-to-all or no-to-all answer is already given; jpwsh's hosts cannot ask yet, so asking
 * fails as a host without a user does.
 */
public final class Confirmations {
    private Confirmations() {
    }

    /** pwsh's text for an operation on a target. */
    public static String operation(String action, String target) {
        return "Performing the operation \"" + action + "\" on target \"" + target + "\".";
    }

    /**
     * The answer to ShouldProcess for {@code description} (the text -WhatIf and -Verbose show); {@code reason}, when
     * given, is set to the {@link ShouldProcessReason}.
     */
    public static boolean shouldProcess(Frame frame, ConfirmImpact impact, String description, boolean verbose,
            Ref reason) {
        if (reason != null) {
            reason.setValue(ShouldProcessReason.None);
        }
        if (LanguagePrimitives.isTrue(frame.variable("whatifpreference"))) {
            if (reason != null) {
                reason.setValue(ShouldProcessReason.WhatIf);
            }
            frame.context().host().ui().writeLine("What if: " + description);
            return false;
        }
        ConfirmImpact threshold = ConfirmImpact.of(frame.variable("confirmpreference"), ConfirmImpact.High);
        if (threshold == ConfirmImpact.None || threshold.compareTo(impact) > 0) {
            if (verbose) {
                MessageStreams.write(frame, new InformationalRecord.VerboseRecord(description));
            }
            return true;
        }
        throw cannotAsk(frame);
    }

    /**
     * The failure to ask, as the exception of a .NET method (not an error record), so that the method call reports
     * it as pwsh does: a MethodInvocationException ("Exception calling ...") around it.
     */
    private static RuntimeException cannotAsk(Frame frame) {
        return (RuntimeException) HostPrompts.cannotPrompt(frame.context()).record().getException();
    }

    /** The answer to ShouldContinue: {@code noToAll} or {@code yesToAll} (when given and set) answer without asking. */
    public static boolean shouldContinue(Frame frame, Ref yesToAll, Ref noToAll) {
        if (noToAll != null && LanguagePrimitives.isTrue(noToAll.getValue())) {
            return false;
        }
        if (yesToAll != null && LanguagePrimitives.isTrue(yesToAll.getValue())) {
            return true;
        }
        throw cannotAsk(frame);
    }
}
