using System;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>Thrown by the fuzzing property so that CsCheck sees the failure, shrinks it and reports the violation.</summary>
public sealed class InvariantViolationException : Exception
{
    public InvariantViolationException()
    {
    }

    public InvariantViolationException(string message)
        : base(message)
    {
    }

    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
