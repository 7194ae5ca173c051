namespace ToApis.Balance.Monitoring.Internal;

/// <summary>An on/off state that reports only its changes, so an alert fires once when a state starts and once when it ends.</summary>
internal sealed class AlertLatch
{
    public bool Active { get; private set; }

    /// <summary>Turns on when <paramref name="raise"/> holds, off when <paramref name="clear"/> holds; returns +1, -1, or 0 for no change.</summary>
    public int Update(bool raise, bool clear)
    {
        if (!Active && raise)
        {
            Active = true;
            return 1;
        }

        if (Active && clear && !raise)
        {
            Active = false;
            return -1;
        }

        return 0;
    }
}
