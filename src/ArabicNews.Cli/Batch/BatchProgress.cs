using System;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace ArabicNews.Cli.Batch;

/// <summary>Where a batch reports per-input lines and its progress: a progress bar on standard error when it is a terminal, plain lines otherwise.</summary>
/// <remarks>
/// The inputs stream, so their number is not known up front: while the bar is shown, a second, counting-only walk
/// of the same paths sets its total (the bar is indeterminate until then; records are not counted ahead, so their
/// bar stays indeterminate). Lines reported while the bar is shown
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

    /// <summary>Runs <paramref name="batch"/> with a progress bar when standard error is a terminal and standard output is not.</summary>
    /// <param name="console">The streams.</param>
    /// <param name="count">Counts the batch's inputs on another thread, to set the bar's total; <see langword="null"/> when they cannot be counted ahead (records).</param>
    /// <param name="batch">The batch; it calls <see cref="Report"/> and <see cref="Advance"/>.</param>
    /// <remarks>When standard output is a terminal too, its tables would mix with the bar's redrawing: lines only, then.</remarks>
    public static void Run(CliConsole console, Func<CancellationToken, int>? count, Action<BatchProgress> batch)
    {
        if (!console.ErrorIsTerminal || console.OutIsTerminal)
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
                    if (count is null)
                    {
                        return;
                    }

                    int total = count(stop.Token);
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
