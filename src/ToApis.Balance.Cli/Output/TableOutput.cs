using Spectre.Console;
using ToApis.Balance.Internal;
using Spectre.Console.Rendering;

namespace ToApis.Balance.Cli.Output;

/// <summary>The balances as a table for a person: one column per balance asked for, the effective remaining below.</summary>
internal static class TableOutput
{
    public static IRenderable Render(IReadOnlyList<(KeyReading Reading, Evaluation Evaluation)> results, CliSettings settings)
    {
        var parts = new List<IRenderable>();
        if (settings.SandboxScenario is { } scenario)
        {
            // Said first, so a screenshot or a pasted table never passes for a real account's.
            parts.Add(new Markup($"[black on yellow] SANDBOX [/] scenario {Markup.Escape(scenario)}: the built-in sandbox's figures, not a ToAPIs account's"));
            parts.Add(Text.Empty);
        }

        foreach (var (reading, evaluation) in results)
        {
            var name = reading.Origin is { } origin ? KeyLabel.Describe(reading.Label, origin) : reading.Label;
            parts.Add(new Markup($"[bold]API key {Markup.Escape(name)}[/]  {Status(evaluation.Status, settings)}"));
            if (reading.Error is { } error)
            {
                parts.Add(new Markup($"  [red]could not read the balance:[/] {Markup.Escape(error.Message)}"));
                parts.Add(Text.Empty);
                continue;
            }

            parts.Add(Table(reading));
            if (reading.Scope == BalanceScope.Both)
            {
                parts.Add(new Markup("  Effective remaining: [bold]" + Markup.Escape(Effective(reading)) + "[/]"));
            }

            parts.Add(Text.Empty);
        }

        return new Rows(parts);
    }

    private static string Status(PluginStatus status, CliSettings settings) => !settings.HasThresholds && status == PluginStatus.Ok
        ? string.Empty
        : status switch
        {
            PluginStatus.Ok => "[green]OK[/]",
            PluginStatus.Warning => "[yellow]WARNING[/]",
            PluginStatus.Critical => "[red]CRITICAL[/]",
            _ => "[grey]UNKNOWN[/]",
        };

    private static Table Table(KeyReading reading)
    {
        var sides = new List<(string Title, BalanceSnapshot Balance)>();
        if (reading.Token is { } token)
        {
            sides.Add(("Key (/v1/balance)", token));
        }

        if (reading.User is { } user)
        {
            sides.Add(("Account (/v1/user/balance)", user));
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn(string.Empty);
        foreach (var (title, _) in sides)
        {
            table.AddColumn(new TableColumn(Markup.Escape(title)).RightAligned());
        }

        var unit = sides[0].Balance.Unit == BalanceUnit.Unspecified ? string.Empty : $" ({FigureNames.Unit(sides[0].Balance.Unit).ToUpperInvariant()})";
        Row("Unlimited", b => b.IsUnlimited ? "yes" : "no");
        Row("Remaining" + unit, b => Figures.Text(b.Remaining));
        Row("Used" + unit, b => Figures.Text(b.Used));
        Row("Remaining credits", b => Figures.Text(b.RemainingCredits));
        Row("Used credits", b => Figures.Text(b.UsedCredits));
        Row("Credits per USD", b => Figures.Text(b.CreditsPerUsd));
        Row("Remaining USD", b => Figures.Text(b.RemainingUsd));
        Row("Used USD", b => Figures.Text(b.UsedUsd));
        return table;

        void Row(string name, Func<BalanceSnapshot, string> value) =>
            table.AddRow([Markup.Escape(name), .. sides.Select(s => Shown(value(s.Balance)))]);
    }

    /// <summary>A figure, dimmed when the server did not report it.</summary>
    private static string Shown(string figure) => figure == "not reported" ? "[dim]not reported[/]" : Markup.Escape(figure);

    private static string Effective(KeyReading reading)
    {
        var figures = reading.Figures;
        var credits = figures.Credits;
        if (credits.IsUnlimited)
        {
            return "Unlimited";
        }

        if (!credits.IsReported)
        {
            return "not reported (a side did not report its credits)";
        }

        var text = $"{Figures.Text(credits)} credits, {Figures.Text(figures.Usd)} USD";
        return reading.LimitedBy switch
        {
            BalanceScope.Token => text + " (limited by the key)",
            BalanceScope.User => text + " (limited by the account)",
            _ => text,
        };
    }
}
