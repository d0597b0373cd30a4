using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;

namespace CaseDesk.Core.Cases;

/// <summary>A case's identity numbers and telephone numbers in full, as "show" returns them.</summary>
public sealed record PersonalDataView(string? WorkerNik, string? WorkerPassportNo, string? WorkerPhone,
    string? ComplainantPhone);

/// <summary>
/// Who may see a case's identity numbers and telephone numbers in full (need to know, UU 27/2022): the officer the
/// case is assigned to, supervisors (Kepala Seksi) and the head (Kepala Balai) — not administrators, not other
/// officers. Everyone else sees them masked by <see cref="PersonalDataMask"/>.
/// </summary>
public static class PersonalDataAccess
{
    public static bool CanSee(Actor actor, string? assignedOfficerId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Roles.Contains(Roles.Supervisor) || actor.Roles.Contains(Roles.Head)
            || (assignedOfficerId is not null && actor.Roles.Contains(Roles.Officer) && actor.UserId == assignedOfficerId);
    }

    /// <summary>Replaces the identifiers of a detached case (a read snapshot) by their masked forms.</summary>
    public static Case Masked(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        c.WorkerNik = Blank(PersonalDataMask.Identity(c.WorkerNik));
        c.WorkerPassportNo = Blank(PersonalDataMask.Identity(c.WorkerPassportNo));
        c.WorkerPhone = Blank(PersonalDataMask.Phone(c.WorkerPhone));
        c.ComplainantPhone = Blank(PersonalDataMask.Phone(c.ComplainantPhone));
        return c;
    }

    public static PersonalDataView View(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new PersonalDataView(c.WorkerNik, c.WorkerPassportNo, c.WorkerPhone, c.ComplainantPhone);
    }

    /// <summary>
    /// The edit form as the edit means it: an identifier still showing its masked form (the editor never saw it in
    /// full) keeps the stored value. Returns a copy; the caller's form is left as it is.
    /// </summary>
    internal static CaseInput WithStoredIdentifiers(CaseInput input, Case stored)
    {
        var copy = input.Copy();
        if (PersonalDataMask.IsMasked(copy.WorkerNik))
        {
            copy.WorkerNik = stored.WorkerNik;
        }

        if (PersonalDataMask.IsMasked(copy.WorkerPassportNo))
        {
            copy.WorkerPassportNo = stored.WorkerPassportNo;
        }

        if (PersonalDataMask.IsMasked(copy.WorkerPhone))
        {
            copy.WorkerPhone = stored.WorkerPhone;
        }

        if (PersonalDataMask.IsMasked(copy.ComplainantPhone))
        {
            copy.ComplainantPhone = stored.ComplainantPhone;
        }

        return copy;
    }

    /// <summary>Whether saving <paramref name="input"/> would change an identifier of <paramref name="stored"/>.</summary>
    internal static bool ChangesIdentifiers(CaseInput input, Case stored) =>
        CaseValidator.NormalizeNik(input.WorkerNik) != stored.WorkerNik
        || CaseValidator.NormalizePassport(input.WorkerPassportNo) != stored.WorkerPassportNo
        || CaseValidator.NormalizePhone(input.WorkerPhone) != stored.WorkerPhone
        || (input.ComplainantIsWorker ? null : CaseValidator.NormalizePhone(input.ComplainantPhone))
            != stored.ComplainantPhone;

    private static string? Blank(string masked) => masked.Length == 0 ? null : masked;
}
