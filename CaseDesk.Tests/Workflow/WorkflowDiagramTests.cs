using System.Text;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;
using Stateless.Reflection;

namespace CaseDesk.Tests.Workflow;

/// <summary>
/// The README's diagrams are the code's: regenerate them with <c>CASEDESK_UPDATE_README=1 dotnet test
/// --filter FullyQualifiedName~WorkflowDiagramTests</c>.
/// </summary>
public sealed class WorkflowDiagramTests
{
    private const string Start = "<!-- diagrams:start -->";
    private const string End = "<!-- diagrams:end -->";

    private static readonly (CaseKind Kind, string Heading)[] Kinds =
    [
        (CaseKind.Complaint, "Pengaduan (complaint)"),
        (CaseKind.Mediation, "Mediasi (mediation)"),
        (CaseKind.Repatriation, "Pemulangan (repatriation)"),
    ];

    [Fact]
    public void Readme_DiagramsBlock_EqualsTheDiagramsExportedFromTheCode()
    {
        var readmePath = Path.Combine(SolutionFolder(), "README.md");
        var readme = File.ReadAllText(readmePath).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md needs the markers {Start} and {End}.");
        var actual = readme[start..(end + End.Length)];
        var expected = ExpectedBlock();

        if (actual != expected && Environment.GetEnvironmentVariable("CASEDESK_UPDATE_README") == "1")
        {
            File.WriteAllText(readmePath, readme.Replace(actual, expected, StringComparison.Ordinal));
            return;
        }

        Assert.True(actual == expected,
            "README.md's workflow diagrams are out of date. Run the test with CASEDESK_UPDATE_README=1 or paste:\n"
            + expected);
    }

    [Fact]
    public void MermaidDiagram_Complaint_ShowsTheSectorChoiceSubstateAndNamedGuards()
    {
        var diagram = CaseWorkflow.MermaidDiagram(CaseKind.Complaint);

        Assert.StartsWith("stateDiagram-v2", diagram);
        Assert.Contains("<<choice>>", diagram);
        Assert.Contains("MediationViaRepresentation : StartMediation [individual employer]", diagram.Replace("--> ", ""));
        Assert.Contains("[placement company (P3MI) recorded]", diagram);
        Assert.Contains("[employer and KBRI/KJRI recorded]", diagram);
        Assert.Contains("Closed --> Verification : Reopen [user is a supervisor]", diagram);
        Assert.Contains("[*] --> Intake", diagram);
        Assert.DoesNotContain("Function", diagram);
        Assert.DoesNotContain("Coordinating", diagram);
    }

    [Fact]
    public void MermaidDiagram_Mediation_StartsAtVerificationWithoutIntake()
    {
        var diagram = CaseWorkflow.MermaidDiagram(CaseKind.Mediation);

        Assert.Contains("[*] --> Verification", diagram);
        Assert.DoesNotContain("Intake", diagram);
    }

    [Fact]
    public void MermaidDiagram_Repatriation_HasNoMediation()
    {
        var diagram = CaseWorkflow.MermaidDiagram(CaseKind.Repatriation);

        Assert.Contains("Arrived --> HandedOver : HandOver [arrival date recorded]", diagram);
        Assert.DoesNotContain("Mediation", diagram);
    }

    [Fact]
    public void Guards_EveryDescriptionInTheMachines_IsTranslatedInBothLanguages()
    {
        var descriptions = Enum.GetValues<CaseKind>()
            .SelectMany(kind => CaseWorkflow.Build(WorkflowFixtures.Complete(kind), WorkflowFixtures.Officer).GetInfo().States)
            .SelectMany(s => s.FixedTransitions.Cast<TransitionInfo>().Concat(s.DynamicTransitions))
            .SelectMany(t => t.GuardConditionsMethodDescriptions.Select(g => g.Description))
            .ToHashSet();

        Assert.Equal(9, descriptions.Count);
        foreach (var description in descriptions)
        {
            WorkflowFixtures.UseCulture("en");
            Assert.Equal(description, Guards.Localize(description));
            WorkflowFixtures.UseCulture("id-ID");
            Assert.NotEqual(description, Guards.Localize(description));
        }
    }

    [Theory]
    [InlineData(CaseStatus.Intake, "Penerimaan", "Intake")]
    [InlineData(CaseStatus.MediationViaRepresentation, "Mediasi melalui KBRI/KJRI", "Mediation through KBRI/KJRI")]
    [InlineData(CaseStatus.Resolved, "Selesai (sepakat)", "Resolved (agreement)")]
    [InlineData(CaseStatus.Arrived, "Tiba di debarkasi", "Arrived at debarkation")]
    [InlineData(CaseStatus.Closed, "Ditutup", "Closed")]
    public void Status_IndonesianAndEnglish_ReturnsTheLabel(CaseStatus status, string id, string en)
    {
        WorkflowFixtures.UseCulture("id-ID");
        Assert.Equal(id, WorkflowText.Status(status));
        WorkflowFixtures.UseCulture("en-GB");
        Assert.Equal(en, WorkflowText.Status(status));
    }

    [Theory]
    [InlineData(CaseTrigger.RecordMediationFailure, "Mediasi gagal", "Mediation failed")]
    [InlineData(CaseTrigger.Withdraw, "Cabut pengaduan", "Withdraw")]
    [InlineData(CaseTrigger.Reopen, "Buka kembali", "Reopen")]
    public void Trigger_IndonesianAndEnglish_ReturnsTheLabel(CaseTrigger trigger, string id, string en)
    {
        WorkflowFixtures.UseCulture("id");
        Assert.Equal(id, WorkflowText.Trigger(trigger));
        WorkflowFixtures.UseCulture("en");
        Assert.Equal(en, WorkflowText.Trigger(trigger));
    }

    [Fact]
    public void WorkflowText_EveryStatusAndTrigger_HasDistinctLabelsInBothLanguages()
    {
        foreach (var culture in new[] { "id-ID", "en" })
        {
            WorkflowFixtures.UseCulture(culture);
            var statuses = Enum.GetValues<CaseStatus>().Select(WorkflowText.Status).ToList();
            var triggers = Enum.GetValues<CaseTrigger>().Select(WorkflowText.Trigger).ToList();
            Assert.Equal(statuses.Count, statuses.Distinct().Count());
            Assert.Equal(triggers.Count, triggers.Distinct().Count());
            Assert.All(statuses.Concat(triggers), label => Assert.False(string.IsNullOrWhiteSpace(label)));
        }
    }

    private static string ExpectedBlock()
    {
        var block = new StringBuilder(Start).Append('\n');
        foreach (var (kind, heading) in Kinds)
        {
            block.Append('\n').Append("### ").Append(heading).Append("\n\n```mermaid\n")
                .Append(CaseWorkflow.MermaidDiagram(kind).ReplaceLineEndings("\n").TrimEnd())
                .Append("\n```\n");
        }

        return block.Append('\n').Append(End).ToString();
    }

    private static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseDesk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CaseDesk.sln not found above " + AppContext.BaseDirectory);
    }
}
