/**
 * Threads and what they share: System.Threading's Interlocked, Monitor, ManualResetEvent, AutoResetEvent, Mutex
 * and SemaphoreSlim; System.Timers.Timer (raises Elapsed to Java listeners; Register-ObjectEvent subscribes to
 * them); System.IAsyncResult and System.AsyncCallback, which the hosting API's {@code Begin...} methods and
 * TcpClient return and call; System.Threading.Tasks.Task (PowerShell.InvokeAsync's result, Run, Delay, WaitAll) and
 * System.AggregateException; and {@link dev.jpwsh.dotnet.threading.EngineThreads}, the virtual threads every part
 * of jpwsh starts, whose uncaught failures are logged, never printed. Waits are interruptible, so that stopping a
 * pipeline ends them. May use the rest of {@code jpwsh-dotnet} and {@code jpwsh-runtime}.
 */
package dev.jpwsh.dotnet.threading;
