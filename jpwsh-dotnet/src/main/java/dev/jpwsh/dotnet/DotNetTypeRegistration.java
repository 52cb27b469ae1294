package dev.jpwsh.dotnet;

import dev.jpwsh.dotnet.automation.NullString;
import dev.jpwsh.dotnet.automation.PSNoteProperty;
import dev.jpwsh.dotnet.collections.ArrayList;
import dev.jpwsh.dotnet.collections.Concurrent;
import dev.jpwsh.dotnet.collections.Dictionary;
import dev.jpwsh.dotnet.collections.GenericList;
import dev.jpwsh.dotnet.collections.HashSet;
import dev.jpwsh.dotnet.collections.Queue;
import dev.jpwsh.dotnet.collections.Sorted;
import dev.jpwsh.dotnet.collections.Stack;
import dev.jpwsh.dotnet.collections.StringComparer;
import dev.jpwsh.dotnet.net.TcpClient;
import dev.jpwsh.dotnet.net.TcpListener;
import dev.jpwsh.dotnet.text.Conversion;
import dev.jpwsh.dotnet.text.DotNetStringBuilder;
import dev.jpwsh.dotnet.text.Regex;
import dev.jpwsh.dotnet.threading.Threading;
import dev.jpwsh.dotnet.threading.Timer;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.dotnet.time.TimeSpan;
import dev.jpwsh.runtime.object.TypeRegistration;

/** The type names of the .NET library: its facades by their .NET names, and PowerShell's accelerators for them. */
public final class DotNetTypeRegistration implements TypeRegistration {
    @Override
    public void register(Registrar registrar) {
        registrar.alias(DotNetMath.class, "math", "System.Math");
        registrar.alias(GarbageCollector.class, "System.GC");
        registrar.alias(dev.jpwsh.dotnet.collections.Enumerable.class, "System.Linq.Enumerable");
        registrar.alias(Regex.class, "regex", "System.Text.RegularExpressions.Regex");
        registrar.alias(dev.jpwsh.dotnet.text.RegexOptions.class, "System.Text.RegularExpressions.RegexOptions");
        registrar.alias(DateTime.class, "datetime", "System.DateTime");
        registrar.alias(dev.jpwsh.dotnet.time.DateTimeOffset.class, "System.DateTimeOffset");
        registrar.alias(DateTime.DateTimeKind.class, "System.DateTimeKind");
        registrar.alias(dev.jpwsh.dotnet.globalization.CultureInfo.class, "cultureinfo",
                "System.Globalization.CultureInfo");
        registrar.alias(dev.jpwsh.dotnet.globalization.NumberFormatInfo.class, "System.Globalization.NumberFormatInfo");
        registrar.alias(dev.jpwsh.dotnet.globalization.DateTimeFormatInfo.class,
                "System.Globalization.DateTimeFormatInfo");
        registrar.alias(ArrayList.class, "System.Collections.ArrayList");
        registrar.alias(Concurrent.ConcurrentDictionary.class, "System.Collections.Concurrent.ConcurrentDictionary");
        registrar.alias(Concurrent.ConcurrentQueue.class, "System.Collections.Concurrent.ConcurrentQueue");
        registrar.alias(Concurrent.ConcurrentBag.class, "System.Collections.Concurrent.ConcurrentBag");
        registrar.alias(Concurrent.BlockingCollection.class, "System.Collections.Concurrent.BlockingCollection");
        registrar.alias(Threading.Interlocked.class, "System.Threading.Interlocked");
        registrar.alias(Threading.Monitor.class, "System.Threading.Monitor");
        registrar.alias(Threading.ManualResetEvent.class, "System.Threading.ManualResetEvent");
        registrar.alias(Threading.AutoResetEvent.class, "System.Threading.AutoResetEvent");
        registrar.alias(Threading.ResetEvent.class, "System.Threading.WaitHandle", "System.Threading.EventWaitHandle");
        registrar.alias(dev.jpwsh.dotnet.net.Uri.class, "uri", "System.Uri");
        registrar.alias(dev.jpwsh.dotnet.net.IPAddress.class, "ipaddress", "System.Net.IPAddress");
        registrar.alias(dev.jpwsh.dotnet.net.IPAddress.AddressFamily.class, "System.Net.Sockets.AddressFamily");
        registrar.alias(ValueType.class, "System.ValueType");
        registrar.alias(dev.jpwsh.dotnet.collections.Tuples.Tuple.class, "System.Tuple");
        registrar.alias(dev.jpwsh.dotnet.collections.Tuples.ValueTuple.class, "System.ValueTuple");
        registrar.alias(dev.jpwsh.dotnet.automation.WildcardPattern.class, "WildcardPattern",
                "System.Management.Automation.WildcardPattern");
        registrar.alias(dev.jpwsh.dotnet.automation.WildcardPattern.WildcardOptions.class,
                "System.Management.Automation.WildcardOptions");
        registrar.alias(dev.jpwsh.dotnet.automation.ErrorCategory.class, "System.Management.Automation.ErrorCategory");
        registrar.alias(dev.jpwsh.dotnet.automation.PipelineResultTypes.class,
                "System.Management.Automation.Runspaces.PipelineResultTypes");
        registrar.alias(Threading.Mutex.class, "System.Threading.Mutex");
        registrar.alias(Threading.SemaphoreSlim.class, "System.Threading.SemaphoreSlim");
        registrar.alias(TcpClient.class, "System.Net.Sockets.TcpClient");
        registrar.alias(Timer.class, "System.Timers.Timer");
        registrar.alias(dev.jpwsh.dotnet.threading.Task.class, "System.Threading.Tasks.Task");
        registrar.alias(dev.jpwsh.dotnet.threading.Task.TaskStatus.class, "System.Threading.Tasks.TaskStatus");
        registrar.alias(dev.jpwsh.dotnet.threading.AggregateException.class, "System.AggregateException");
        registrar.alias(EventArgs.class, "System.EventArgs");
        registrar.alias(TcpListener.class, "System.Net.Sockets.TcpListener");
        registrar.alias(Conversion.Convert.class, "System.Convert");
        registrar.alias(Version.class, "version", "System.Version");
        registrar.alias(dev.jpwsh.dotnet.automation.SemanticVersion.class, "semver",
                "System.Management.Automation.SemanticVersion");
        registrar.alias(dev.jpwsh.dotnet.automation.PSListModifier.class, "pslistmodifier",
                "System.Management.Automation.PSListModifier");
        registrar.alias(dev.jpwsh.dotnet.net.IPEndPoint.class, "IPEndpoint", "System.Net.IPEndPoint");
        registrar.alias(dev.jpwsh.dotnet.net.MailAddress.class, "mailaddress", "System.Net.Mail.MailAddress");
        registrar.alias(dev.jpwsh.dotnet.net.PhysicalAddress.class, "PhysicalAddress",
                "System.Net.NetworkInformation.PhysicalAddress");
        for (Class<?> type : NamedOnlyTypes.class.getClasses()) {
            // each by its full name, and by the accelerator pwsh gives it
            String full = type.getAnnotation(dev.jpwsh.runtime.object.DotNetName.class).value();
            String simple = full.substring(full.lastIndexOf('.') + 1);
            registrar.alias(type, switch (simple) {
                case "CimInstance", "CimClass", "CimType", "CimConverter", "PSPrimitiveDictionary",
                        "PSPropertyExpression" -> simple.toLowerCase(java.util.Locale.ROOT);
                default -> simple;
            }, full);
        }
        registrar.alias(DotNetRandom.class, "System.Random");
        registrar.alias(EnumStatics.class, "enum", "System.Enum");
        registrar.alias(NullString.class, "NullString", "System.Management.Automation.Language.NullString");
        registrar.alias(PSNoteProperty.class, "psnoteproperty", "System.Management.Automation.PSNoteProperty");
        registrar.alias(DotNetEnums.DayOfWeek.class, "System.DayOfWeek");
        registrar.alias(DotNetEnums.MidpointRounding.class, "System.MidpointRounding");
        registrar.alias(DotNetEnums.ConsoleColor.class, "System.ConsoleColor");
        registrar.alias(DotNetEnums.StringSplitOptions.class, "System.StringSplitOptions");
        registrar.alias(DotNetEnums.ActionPreference.class, "System.Management.Automation.ActionPreference");
        registrar.alias(GenericList.class, "System.Collections.Generic.List");
        registrar.alias(dev.jpwsh.dotnet.collections.PSCollection.class, "System.Collections.ObjectModel.Collection");
        registrar.alias(Queue.class, "System.Collections.Queue", "System.Collections.Generic.Queue");
        registrar.alias(Stack.class, "System.Collections.Stack", "System.Collections.Generic.Stack");
        registrar.alias(Dictionary.class, "System.Collections.Generic.Dictionary");
        registrar.alias(HashSet.class, "System.Collections.Generic.HashSet");
        registrar.alias(Sorted.SortedDictionary.class, "System.Collections.Generic.SortedDictionary");
        registrar.alias(Sorted.SortedList.class, "System.Collections.Generic.SortedList");
        registrar.alias(Sorted.SortedSet.class, "System.Collections.Generic.SortedSet");
        registrar.alias(DotNetStringBuilder.class, "System.Text.StringBuilder");
        registrar.alias(Ref.class, "ref", "System.Management.Automation.PSReference");
        registrar.alias(DotNetEnvironment.class, "System.Environment");
        registrar.alias(SpecialFolder.class, "System.Environment+SpecialFolder");
        registrar.alias(DotNetEnvironment.EnvironmentVariableTarget.class, "System.EnvironmentVariableTarget");
        registrar.alias(DotNetEnvironment.OperatingSystem.class, "System.OperatingSystem");
        registrar.alias(ArgumentExceptions.ArgumentNullException.class, "System.ArgumentNullException");
        registrar.alias(ArgumentExceptions.ArgumentOutOfRangeException.class, "System.ArgumentOutOfRangeException");
        registrar.alias(SystemStatics.Guid.class, "guid", "System.Guid");
        registrar.alias(SystemStatics.ThreadInfo.class, "System.Threading.Thread");
        registrar.alias(SystemStatics.Stopwatch.class, "System.Diagnostics.Stopwatch");
        registrar.alias(TimeSpan.class, "timespan", "System.TimeSpan");
        registrar.alias(dev.jpwsh.dotnet.time.TimeZone.class, "System.TimeZone");
        registrar.alias(StringComparer.class, "System.StringComparer");
    }
}
