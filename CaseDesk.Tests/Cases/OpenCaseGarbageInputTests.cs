using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Cases;

/// <summary>
/// Property-style: random and hostile intake input, many rounds with a fixed seed. Whatever the action accepts must
/// be valid when read back; whatever it refuses must leave the database unchanged; it never throws.
/// </summary>
public sealed class OpenCaseGarbageInputTests
{
    private static readonly string[] Hostile =
    [
        "", " ", "\t\n", "'; DROP TABLE Cases; --", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
        "\u0000", "La Ode\u0000Hamsah", "Wa\u202eOde", "\u200b", "Ö̵̖͂l̷͈̾a̴", "🙂🙂", "%_\\", "7414010101900001",
        "74140101019000012", "0000000000000000", "7414014101900001", "A1234567", "+62 812-4567-8901", "08", "MY", "my",
        "ZZ", "7414", "9999", "Kota Kendari", new string('x', 5000), "null", "\r\n\r\n", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦",
    ];

    [Fact]
    public async Task OpenCase_RandomAndHostileInput_StoresOnlyValidCasesAndNeverThrows()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var open = new OpenCase(testDb.Factory, clock);
        var today = OfficeTime.Today(clock);
        var officer = await testDb.AddUserAsync("Petugas Uji", Roles.Officer);
        var random = new Random(20261123);
        var accepted = 0;

        for (var round = 0; round < 400; round++)
        {
            var input = RandomInput(random, today);
            var before = await CountAsync(testDb);

            var result = await open.ExecuteAsync(input, officer);

            if (!result.Succeeded)
            {
                Assert.Equal(before, await CountAsync(testDb));
                Assert.True(result.Errors.Count > 0 || result.Duplicates.Count > 0, $"round {round}: refused without a reason");
                Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
                continue;
            }

            accepted++;
            await using var db = await testDb.Factory.CreateDbContextAsync();
            var stored = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == result.CaseId);
            Assert.Empty(CaseValidator.Validate(UpdateCase.ToInput(stored), today));
            foreach (var text in new[] { stored.WorkerName, stored.WorkerNik, stored.WorkerPassportNo, stored.WorkerPhone,
                         stored.HomeVillage, stored.ComplainantName, stored.ComplainantRelation, stored.EmployerName,
                         stored.PlacementCompanyName, stored.Representation })
            {
                Assert.False(text is not null && (text != text.Trim() || text.Any(char.IsControl)),
                    $"round {round}: stored text with control characters or untrimmed: '{text}'");
            }

            Assert.DoesNotContain('\0', stored.Narrative);
        }

        // The generator also produces valid intakes, so the acceptance path is exercised too.
        Assert.InRange(accepted, 5, 399);
    }

    private static Task<int> CountAsync(TestDb testDb) => CountCasesAsync(testDb);

    private static async Task<int> CountCasesAsync(TestDb testDb)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.Cases.CountAsync();
    }

    private static CaseInput RandomInput(Random random, DateOnly today)
    {
        // Start from a valid intake and damage a random subset of fields, so refusals and acceptances both happen.
        var input = CaseTestData.Valid((CaseKind)random.Next(0, 3), random.Next(1, 1000));
        input.DuplicatesAcknowledged = true;
        var damage = random.Next(0, 4);
        for (var i = 0; i < damage; i++)
        {
            switch (random.Next(0, 16))
            {
                case 0: input.WorkerName = Pick(random); break;
                case 1: input.WorkerNik = Pick(random); break;
                case 2: input.WorkerPassportNo = Pick(random); break;
                case 3: input.HomeRegencyCode = Pick(random); break;
                case 4: input.DestinationCountryCode = Pick(random); break;
                case 5: input.WorkerPhone = Pick(random); break;
                case 6: input.Narrative = Pick(random); break;
                case 7: input.Sector = (Sector)random.Next(-2, 7); break;
                case 8: input.Category = (ComplaintCategory)random.Next(-2, 20); break;
                case 9: input.Channel = (IntakeChannel)random.Next(-2, 12); break;
                case 10: input.WorkerSex = (Sex)random.Next(-1, 4); break;
                case 11: input.WorkerDateOfBirth = today.AddDays(random.Next(-40_000, 400)); break;
                case 12: input.DepartureDate = today.AddDays(random.Next(-20_000, 400)); break;
                case 13:
                    input.ComplainantIsWorker = false;
                    input.ComplainantName = Pick(random);
                    input.ComplainantRelation = Pick(random);
                    break;
                case 14: input.LinkedCaseId = random.Next(-5, 5); break;
                default: input.Kind = (CaseKind)random.Next(-1, 5); break;
            }
        }

        return input;
    }

    private static string? Pick(Random random) =>
        random.Next(0, 8) == 0 ? null : Hostile[random.Next(Hostile.Length)];
}
