namespace ToApis.Balance.Cli;

/// <summary>Writes a file whole or not at all, so a collector never reads half of one.</summary>
internal static class AtomicFile
{
    /// <summary>Writes beside the target and renames over it.</summary>
    /// <exception cref="UsageException">The file cannot be written; the message names it.</exception>
    public static async Task WriteAsync(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Path.GetRandomFileName());
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text)).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new UsageException($"cannot write {full}: {e.Message}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there, or it cannot be removed either: the error above is the one to report.
        }
    }
}
