using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace ArabicNews.Cli.Batch;

/// <summary>Where a batch reports per-input lines and its progress: a progress bar on standard error when it is a terminal, plain lines otherwise.</summary>
/// <remarks>
/// The inputs stream, so their number is not known up front: while the bar is shown, a second, counting-only walk
/// of the same paths sets its total (the bar is indeterminate until then). Lines reported while the bar is shown
/// go through the same console, which keeps the bar below them.
/// </remarks>
internal sealed class BatchProgress
{
    private readonly Action<string> _report;
    private readonly ProgressTask? _task;

    private BatchProgress(Action<string> report, ProgressTask? task)
    {
        _report = report;
        _task = task;
    }

    /// <summary>Runs <paramref name="batch"/> with a progress bar when standard error is a terminal.</summary>
    /// <param name="console">The streams.</param>
    /// <param name="paths">The batch's paths, walked a second time to count the inputs.</param>
    /// <param name="batch">The batch; it calls <see cref="Report"/> and <see cref="Advance"/>.</param>
    public static void Run(CliConsole console, IReadOnlyList<string> paths, Action<BatchProgress> batch)
    {
        if (!console.ErrorIsTerminal)
        {
            batch(new BatchProgress(console.Error.WriteLine, task: null));
            return;
        }

        IAnsiConsole terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(console.Error),
        });
        terminal.Profile.Width = console.Width;
        terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("Parsing", maxValue: 1);
                task.IsIndeterminate = true;
                using var stop = new CancellationTokenSource();
                Task counting = Task.Run(() =>
                {
                    int total = InputExpander.Expand(paths).TakeWhile(_ => !stop.IsCancellationRequested).Count();
                    if (!stop.IsCancellationRequested)
                    {
                        task.MaxValue = Math.Max(total, 1);
                        task.IsIndeterminate = false;
                    }
                });
                try
                {
                    batch(new BatchProgress(terminal.WriteLine, task));
                }
                finally
                {
                    stop.Cancel();
                    counting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
                    task.MaxValue = Math.Max(task.Value, 1);
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            });
    }

    /// <summary>Writes one line to standard error (a failed input, a note, the summary).</summary>
    /// <param name="line">The line.</param>
    public void Report(string line) => _report(line);

    /// <summary>Counts one more input as done.</summary>
    public void Advance() => _task?.Increment(1);
}
