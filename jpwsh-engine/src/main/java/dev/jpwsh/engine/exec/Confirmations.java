package dev.jpwsh.engine.exec;

import dev.jpwsh.dotnet.Ref;
import dev.jpwsh.engine.host.ChoiceDescription;
import dev.jpwsh.engine.host.ChoicePrompt;
import dev.jpwsh.engine.host.HostUserInterface;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;

/**
 * ShouldProcess and ShouldContinue as pwsh decides them for a command. Under -WhatIf ({@code $WhatIfPreference} in
 * reach) ShouldProcess prints "What if: " and the operation and answers no. Otherwise it answers yes without asking
 * when {@code $ConfirmPreference} is None or above the command's ConfirmImpact (-Confirm makes it Low, -Confirm:$false
 * None), writing the operation as a verbose message under -Verbose. Anything else asks the user with the host's
 * PromptForChoice ({@code [Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend}), as ShouldContinue always does
 * unless its yes-to-all or no-to-all answer is already given; a "to All" answer holds for the rest of the command's
 * run, Suspend opens a nested prompt and asks again when it is left. A host that cannot ask fails as pwsh's does.
 * The Inquire preference of the message streams asks, after each message, whether to go on.
 */
public final class Confirmations {
    private static final String CAPTION = "Confirm";
    private static final String QUERY = "Are you sure you want to perform this action?";
    private static final int YES = 0;
    private static final int YES_TO_ALL = 1;
    private static final int NO = 2;
    private static final int NO_TO_ALL = 3;
    private static final int SUSPEND = 4;
    private static final int HALT = 5;
    private static final String SUSPEND_HELP = "Pause the current pipeline and return to the command prompt. "
            + "Type \"exit\" to resume the pipeline.";

    private Confirmations() {
    }

    /** A command's "Yes to All" or "No to All" answer, remembered for the rest of its run; null until given. */
    public static final class Answers {
        private Boolean all;
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
        return shouldProcess(frame, impact, description, null, null, verbose, reason, null);
    }

    /**
     * As {@link #shouldProcess(Frame, ConfirmImpact, String, boolean, Ref)}, asking with {@code warning} and
     * {@code caption} (pwsh's defaults when null or empty) and remembering a "to All" answer in {@code answers}
     * (when not null).
     */
    public static boolean shouldProcess(Frame frame, ConfirmImpact impact, String description, String warning,
            String caption, boolean verbose, Ref reason, Answers answers) {
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
        if (answers != null && answers.all != null) {
            return answers.all;
        }
        String query = warning == null || warning.isEmpty() ? QUERY + "\n" + description : warning;
        return answer(frame, query, caption, true, false, answers);
    }

    /**
     * The failure to ask, as the exception of a .NET method (not an error record), so that the method call reports
     * it as pwsh does: a MethodInvocationException ("Exception calling ...") around it.
     */
    private static RuntimeException cannotAsk(Frame frame) {
        return (RuntimeException) HostPrompts.cannotPrompt(frame.context()).record().getException();
    }

    /**
     * ShouldContinue asking {@code query} under {@code caption}: {@code noToAll} or {@code yesToAll} (when given and
     * set) answer without asking; "to All" choices are offered when both refs are given (and the one answered is
     * set), with No as the default when {@code securityImpact}.
     */
    public static boolean shouldContinue(Frame frame, String query, String caption, boolean securityImpact,
            Ref yesToAll, Ref noToAll) {
        if (noToAll != null && LanguagePrimitives.isTrue(noToAll.getValue())) {
            return false;
        }
        if (yesToAll != null && LanguagePrimitives.isTrue(yesToAll.getValue())) {
            return true;
        }
        Answers answers = new Answers();
        boolean toAll = yesToAll != null && noToAll != null;
        boolean yes = answer(frame, query == null || query.isEmpty() ? "Continue with this operation?" : query,
                caption, toAll, securityImpact, answers);
        if (toAll && answers.all != null) {
            (answers.all ? yesToAll : noToAll).setValue(true);
        }
        return yes;
    }

    private static boolean answer(Frame frame, String query, String caption, boolean toAll, boolean securityImpact,
            Answers answers) {
        List<ChoiceDescription> choices = new ArrayList<>();
        List<Integer> meanings = new ArrayList<>();
        add(choices, meanings, YES, "&Yes", "Continue with only the next step of the operation.");
        if (toAll) {
            add(choices, meanings, YES_TO_ALL, "Yes to &All", "Continue with all the steps of the operation.");
        }
        add(choices, meanings, NO, "&No", "Skip this operation and proceed with the next operation.");
        if (toAll) {
            add(choices, meanings, NO_TO_ALL, "No to A&ll", "Skip this operation and all subsequent operations.");
        }
        add(choices, meanings, SUSPEND, "&Suspend", SUSPEND_HELP);
        String heading = caption == null || caption.isEmpty() ? CAPTION : caption;
        while (true) {
            int picked = ask(frame, heading, query, choices, securityImpact ? meanings.indexOf(NO) : 0);
            switch (meanings.get(picked)) {
                case YES -> {
                    return true;
                }
                case NO -> {
                    return false;
                }
                case YES_TO_ALL, NO_TO_ALL -> {
                    boolean yes = meanings.get(picked) == YES_TO_ALL;
                    if (answers != null) {
                        answers.all = yes;
                    }
                    return yes;
                }
                default -> frame.context().host().enterNestedPrompt(frame);
            }
        }
    }

    /**
     * The question an Inquire preference asks after a message is written ({@code [Y] Yes  [A] Yes to All  [H] Halt
     * Command  [S] Suspend}): Yes goes on, Halt stops the command with pwsh's ActionPreferenceStop error, Suspend
     * opens a nested prompt and asks again when it is left.
     */
    static void inquire(Frame frame) {
        List<ChoiceDescription> choices = new ArrayList<>();
        List<Integer> meanings = new ArrayList<>();
        add(choices, meanings, YES, "&Yes", "Continue with only the next step of the operation.");
        add(choices, meanings, YES_TO_ALL, "Yes to &All", "Continue with all the steps of the operation.");
        add(choices, meanings, HALT, "&Halt Command", "Stop this command.");
        add(choices, meanings, SUSPEND, "&Suspend", SUSPEND_HELP);
        while (true) {
            int picked = ask(frame, CAPTION, "Continue with this operation?", choices, 0);
            switch (meanings.get(picked)) {
                case YES, YES_TO_ALL -> {
                    return;
                }
                case HALT -> throw MessageStreams.actionPreferenceStop(
                        "The running command stopped because the user selected the Stop option.");
                default -> frame.context().host().enterNestedPrompt(frame);
            }
        }
    }

    /**
     * Asks with the host's PromptForChoice, first recording in the transcript the caption, the question and the
     * choices' labels, and afterwards the hot key picked, as pwsh does.
     */
    private static int ask(Frame frame, String caption, String query, List<ChoiceDescription> choices,
            int defaultChoice) {
        HostUserInterface ui = frame.context().host().ui();
        ui.transcribe(caption + "\n");
        ui.transcribe(query + "\n");
        ui.transcribe(String.join("  ", choices.stream().map(ChoiceDescription::getLabel).toList()) + "\n");
        int picked = ChoicePrompt.ask(ui, caption, query, choices, defaultChoice, ui.windowWidth());
        if (picked < 0) {
            throw cannotAsk(frame);
        }
        String label = choices.get(picked).getLabel();
        int hotKey = label.indexOf('&');
        ui.transcribe((hotKey >= 0 && hotKey + 1 < label.length() ? label.substring(hotKey + 1, hotKey + 2) : label)
                + "\n");
        return picked;
    }

    private static void add(List<ChoiceDescription> choices, List<Integer> meanings, int meaning, String label,
            String help) {
        choices.add(new ChoiceDescription(label, help));
        meanings.add(meaning);
    }
}
