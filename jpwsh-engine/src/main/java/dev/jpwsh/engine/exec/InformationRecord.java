package dev.jpwsh.engine.exec;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A message of the information stream (stream 6), from Write-Information or Write-Host: the data, where it came
 * from, its tags and when. Prints as its data.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.InformationRecord")
public final class InformationRecord {
    private final Object messageData;
    private final String source;
    /** .NET's {@code List<string>}, which scripts may change, as they may pwsh's. */
    private final dev.jpwsh.dotnet.collections.GenericList tags;
    private final LocalDateTime timeGenerated = LocalDateTime.now();

    /** {@code [System.Management.Automation.InformationRecord]::new(data, source)}: a record with no tags. */
    public InformationRecord(Object messageData, String source) {
        this(messageData, source, List.of());
    }

    public InformationRecord(Object messageData, String source, List<String> tags) {
        this.messageData = messageData;
        this.source = source;
        this.tags = new dev.jpwsh.dotnet.collections.GenericList(tags);
        this.tags.bindTypeArguments(List.of(String.class));
    }

    public Object getMessageData() {
        return messageData;
    }

    public String getSource() {
        return source;
    }

    public dev.jpwsh.dotnet.collections.GenericList getTags() {
        return tags;
    }

    public LocalDateTime getTimeGenerated() {
        return timeGenerated;
    }

    public String getComputer() {
        return java.util.Objects.requireNonNullElse(System.getenv("HOSTNAME"), "localhost");
    }

    public String getUser() {
        return System.getProperty("user.name");
    }

    public long getProcessId() {
        return ProcessHandle.current().pid();
    }

    @Override
    public String toString() {
        return dev.jpwsh.runtime.convert.LanguagePrimitives.toString(messageData);
    }
}
