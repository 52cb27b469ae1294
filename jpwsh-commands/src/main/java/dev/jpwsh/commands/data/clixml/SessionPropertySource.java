package dev.jpwsh.commands.data.clixml;

import dev.jpwsh.commands.objects.PropertyExpression;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.serialization.PropertySource;
import dev.jpwsh.engine.serialization.PropertySources;
import java.util.List;

/**
 * The serializer's view of objects' properties: the properties Get-Member lists in the session, read as scripts
 * read them. Installed as the engine's {@link PropertySources}, so PSSerializer and remoting get the same view.
 */
public final class SessionPropertySource implements PropertySource {
    private final Frame frame;

    SessionPropertySource(Frame frame) {
        this.frame = frame;
    }

    /** The service the engine loads: a source for each frame it asks about. */
    public static final class Installed implements PropertySources {
        @Override
        public PropertySource of(Frame frame) {
            return new SessionPropertySource(frame);
        }
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
