package dev.jpwsh.engine.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.dotnet.collections.GenericList;
import dev.jpwsh.dotnet.threading.AsyncCallback;
import dev.jpwsh.engine.delegates.ScriptDelegate;
import dev.jpwsh.engine.event.PSEventArgs;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.job.JobState;
import dev.jpwsh.engine.modules.PSModuleInfo;
import dev.jpwsh.engine.runspaces.RunspaceFactory;
import dev.jpwsh.runtime.object.PSHashtable;
import org.junit.jupiter.api.Test;

/** The type table holds the names every module and engine layer registers, each found once through ServiceLoader. */
class TypeRegistrationTest {
    private final TypeResolver types = TypeResolver.shared();

    @Test
    void everyModuleAndLayerContributes() {
        assertThat(types.resolve("int")).isEqualTo(Integer.class);
        assertThat(types.resolve("hashtable")).isEqualTo(PSHashtable.class);
        assertThat(types.resolve("System.Collections.Generic.List[int]")).isEqualTo(GenericList.class);
        assertThat(types.resolve("scriptblock")).isEqualTo(ScriptBlock.class);
        assertThat(types.resolve("System.Management.Automation.PSEventArgs")).isEqualTo(PSEventArgs.class);
        assertThat(types.resolve("System.Management.Automation.JobState")).isEqualTo(JobState.class);
        assertThat(types.resolve("psmoduleinfo")).isEqualTo(PSModuleInfo.class);
        assertThat(types.resolve("Func[int,int]")).isEqualTo(ScriptDelegate.Func.class);
        assertThat(types.resolve("runspacefactory")).isEqualTo(RunspaceFactory.class);
    }

    @Test
    void namesAreCaseInsensitiveAndSystemIsOptional() {
        assertThat(types.resolve("RUNSPACEFACTORY")).isEqualTo(RunspaceFactory.class);
        assertThat(types.resolve("AsyncCallback")).isEqualTo(ScriptDelegate.Callback.class);
        assertThat(AsyncCallback.class).isAssignableFrom(ScriptDelegate.Callback.class);
    }
}
