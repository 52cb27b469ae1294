package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.event.PSEventManager;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.intrinsics.EngineIntrinsics;
import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.modules.ModuleTable;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.engine.provider.filesystem.FileSystemProvider;
import dev.jpwsh.engine.provider.session.AliasProvider;
import dev.jpwsh.engine.provider.session.EnvironmentProvider;
import dev.jpwsh.engine.provider.session.FunctionProvider;
import dev.jpwsh.engine.provider.session.VariableProvider;
import java.util.List;

/**
 * Gives a new session the services layer's objects the interpreter core cannot create itself: its engine events
 * (also the queue its statements give a checkpoint), its jobs, its imported modules, its providers, drives and
 * location, {@code $ExecutionContext} and what {@code $PSCmdlet} reaches of them, and its argument completers.
 */
final class SessionServices {
    private SessionServices() {
    }

    static void install(ExecutionContext context) {
        PSEventManager events = new PSEventManager(context);
        context.installService(PSEventManager.class, events);
        context.setPendingActions(events);
        context.installService(JobRepository.class, new JobRepository());
        ModuleTable modules = new ModuleTable();
        context.installService(ModuleTable.class, modules);
        context.installService(dev.jpwsh.engine.exec.ModuleScopes.class, modules);
        context.installService(dev.jpwsh.engine.command.CommandAutoLoader.class,
                new dev.jpwsh.engine.modules.ModuleAutoLoader());
        SessionProviders.install(context, List.of(new AliasProvider(), new EnvironmentProvider(),
                new FileSystemProvider(), new FunctionProvider(), new VariableProvider()));
        context.setExecutionContextVariable(EngineIntrinsics::new);
        context.installService(dev.jpwsh.engine.exec.ScriptCmdletServices.class,
                new dev.jpwsh.engine.intrinsics.ScriptCmdletIntrinsics());
        context.installService(dev.jpwsh.engine.command.ArgumentCompleters.class,
                new dev.jpwsh.engine.command.ArgumentCompleters());
    }
}
