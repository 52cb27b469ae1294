package dev.jpwsh.console;

import dev.jpwsh.engine.ScriptRunner;
import dev.jpwsh.engine.command.CommandArgument;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.language.parse.ParseResult;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.source.SourceText;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The four profiles pwsh defines on Linux: {@code $PSHOME/profile.ps1} and {@code $PSHOME/Microsoft.PowerShell_profile.ps1}
 * for all users, the same two names in {@code $XDG_CONFIG_HOME/powershell} (else {@code ~/.config/powershell}) for the
 * current user. {@code $PROFILE} is the last, with the four as note properties, even under -NoProfile; unless then,
 * each that exists is dot-sourced in the global scope, in that order, its errors shown and the next one run.
 */
final class Profiles {
    private static final String ALL_HOSTS = "profile.ps1";
    private static final String THIS_HOST = "Microsoft.PowerShell_profile.ps1";
    /** The note properties of {@code $PROFILE}, one per profile, in the order of the profiles. */
    private static final List<String> NOTES = List.of("AllUsersAllHosts", "AllUsersCurrentHost", "CurrentUserAllHosts",
            "CurrentUserCurrentHost");

    private Profiles() {
    }

    /** Sets {@code $PROFILE} and, when {@code load}, runs the profiles that exist. */
    static void install(ScriptRunner runner, Pipe out, Map<String, String> environment, boolean load) {
        dev.jpwsh.engine.scope.PSVariable home = runner.context().global().lookup("pshome");
        Path psHome = Path.of(home == null ? "" : String.valueOf(home.value()));
        Path user = userDirectory(environment);
        List<Path> profiles = List.of(psHome.resolve(ALL_HOSTS), psHome.resolve(THIS_HOST), user.resolve(ALL_HOSTS),
                user.resolve(THIS_HOST));
        String current = profiles.getLast().toString();
        for (int i = 0; i < NOTES.size(); i++) {
            InstanceMembers.forUpdate(current).add(new PSMember(PSMemberTypes.NoteProperty, NOTES.get(i),
                    profiles.get(i).toString(), null));
        }
        runner.context().global().set("PROFILE", current);
        if (!load) {
            return;
        }
        for (Path profile : profiles) {
            if (Files.isRegularFile(profile)) {
                run(runner, ". '" + profile.toString().replace("'", "''") + "'", List.of(), out);
            }
        }
    }

    private static Path userDirectory(Map<String, String> environment) {
        String config = environment.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isEmpty() ? Path.of(config)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("powershell");
    }

    private static void run(ScriptRunner runner, String text, List<CommandArgument> arguments, Pipe out) {
        ParseResult parsed = Parser.parse(new SourceText("", text));
        runner.run(parsed.ast().extent().source(), parsed.ast(), arguments, out);
    }
}
