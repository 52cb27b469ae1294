package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.serialization.PropertySource;
import java.util.List;

/**
 * The serializer's view of objects' properties: the properties Get-Member lists in the session, read as scripts
 * read them.
 */
final class SessionPropertySource implements PropertySource {
    private final Frame frame;

    SessionPropertySource(Frame frame) {
        this.frame = frame;
    }

    /** For code without a frame (PSSerializer): the global scope of the calling thread's session. */
    static SessionPropertySource ofThisThread() {
        ExecutionContext context = ExecutionContext.onThisThread();
        return context == null ? null : new SessionPropertySource(new Frame(context, context.global(),
                context.global()));
    }

    @Override
    public List<String> propertyNames(Object value) {
        return PropertyExpression.propertyNames(frame, value);
    }

    @Override
    public Object read(Object value, String name) {
        return MemberGate.get(frame.context(), value, name);
    }
}
