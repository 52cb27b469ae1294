package dev.jpwsh.dotnet.diagnostics;

import dev.jpwsh.dotnet.ProcessEnvironment;
import dev.jpwsh.dotnet.collections.GenericList;
import dev.jpwsh.dotnet.text.Encoding;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * System.Diagnostics.ProcessStartInfo: what Process.Start runs (a program and its arguments, as one string split
 * by .NET's rules or as a list), where, with which environment, and which standard streams it redirects.
 */
@DotNetName("System.Diagnostics.ProcessStartInfo")
public final class ProcessStartInfo {
    private String fileName = "";
    private String arguments = "";
    private final GenericList argumentList = new GenericList();
    private String workingDirectory = "";
    private boolean redirectStandardInput;
    private boolean redirectStandardOutput;
    private boolean redirectStandardError;
    private boolean useShellExecute;
    private boolean createNoWindow;
    private Encoding standardOutputEncoding;
    private Encoding standardErrorEncoding;
    private Map<String, String> environment;

    public ProcessStartInfo() {
        argumentList.bindTypeArguments(List.of(String.class));
    }

    public ProcessStartInfo(String fileName) {
        this();
        setFileName(fileName);
    }

    public ProcessStartInfo(String fileName, String arguments) {
        this();
        setFileName(fileName);
        setArguments(arguments);
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String value) {
        fileName = value == null ? "" : value;
    }

    public String getArguments() {
        return arguments;
    }

    public void setArguments(String value) {
        arguments = value == null ? "" : value;
    }

    /** The arguments one by one; when it has any, {@link #getArguments} must be empty. */
    public GenericList getArgumentList() {
        return argumentList;
    }

    public String getWorkingDirectory() {
        return workingDirectory;
    }

    public void setWorkingDirectory(String value) {
        workingDirectory = value == null ? "" : value;
    }

    public boolean getRedirectStandardInput() {
        return redirectStandardInput;
    }

    public void setRedirectStandardInput(boolean value) {
        redirectStandardInput = value;
    }

    public boolean getRedirectStandardOutput() {
        return redirectStandardOutput;
    }

    public void setRedirectStandardOutput(boolean value) {
        redirectStandardOutput = value;
    }

    public boolean getRedirectStandardError() {
        return redirectStandardError;
    }

    public void setRedirectStandardError(boolean value) {
        redirectStandardError = value;
    }

    public boolean getUseShellExecute() {
        return useShellExecute;
    }

    public void setUseShellExecute(boolean value) {
        useShellExecute = value;
    }

    public boolean getCreateNoWindow() {
        return createNoWindow;
    }

    public void setCreateNoWindow(boolean value) {
        createNoWindow = value;
    }

    public Encoding getStandardOutputEncoding() {
        return standardOutputEncoding;
    }

    public void setStandardOutputEncoding(Encoding value) {
        standardOutputEncoding = value;
    }

    public Encoding getStandardErrorEncoding() {
        return standardErrorEncoding;
    }

    public void setStandardErrorEncoding(Encoding value) {
        standardErrorEncoding = value;
    }

    /** The child's environment: the process's when first asked, to be changed before Start. */
    public Map<String, String> getEnvironment() {
        if (environment == null) {
            environment = new TreeMap<>(ProcessEnvironment.snapshot());
        }
        return environment;
    }

    public Map<String, String> getEnvironmentVariables() {
        return getEnvironment();
    }

    /** The program and its arguments as the operating system gets them. */
    List<String> command() {
        if (!arguments.isEmpty() && !argumentList.isEmpty()) {
            throw new IllegalStateException("The Arguments and ArgumentList properties cannot both be set.");
        }
        List<String> command = new ArrayList<>();
        command.add(fileName);
        if (argumentList.isEmpty()) {
            command.addAll(split(arguments));
        } else {
            argumentList.forEach(item -> command.add(String.valueOf(item)));
        }
        return command;
    }

    /**
     * An argument string split as .NET splits it on Unix: at unquoted white space; double quotes group and are
     * removed; a backslash escapes a quote (backslashes before a quote pair up).
     */
    static List<String> split(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                int run = 0;
                while (i < text.length() && text.charAt(i) == '\\') {
                    run++;
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '"') {
                    current.append("\\".repeat(run / 2));
                    if (run % 2 == 1) {
                        current.append('"');
                    } else {
                        inQuotes = !inQuotes;
                    }
                } else {
                    current.append("\\".repeat(run));
                    i--;
                }
                any = true;
            } else if (c == '"') {
                inQuotes = !inQuotes;
                any = true;
            } else if (Character.isWhitespace(c) && !inQuotes) {
                if (any) {
                    args.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            args.add(current.toString());
        }
        return args;
    }
}
