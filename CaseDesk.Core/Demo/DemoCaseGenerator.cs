using System.Globalization;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Reference;
using static CaseDesk.Core.Demo.DemoCatalog;

namespace CaseDesk.Core.Demo;

/// <summary>Generates intake forms of plausible cases; deterministic for a given <see cref="Random"/>.</summary>
internal sealed class DemoCaseGenerator(Random rng)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly string[] MobilePrefixes = ["811", "812", "813", "821", "822", "823", "852", "853", "877", "878", "895", "896"];

    private readonly HashSet<string> _niks = [];
    private readonly HashSet<string> _passports = [];

    /// <summary>An intake form for a case opened on <paramref name="today"/>.</summary>
    public CaseInput Next(DateOnly today)
    {
        var kind = PickWeighted((CaseKind.Complaint, 60.0), (CaseKind.Mediation, 20.0), (CaseKind.Repatriation, 20.0));
        var category = PickCategory(kind);
        var home = PickWeighted(Homes.Select(h => (h, h.Weight)).ToArray());
        var district = Pick(home.Districts);
        var village = Pick(district.Villages);

        var destination = PickDestination(category, home);
        var city = Pick(destination.Cities);
        var sector = PickSector(destination.Code, home);
        var sex = PickSex(sector);

        // Mediation presumes a placement (a P3MI or an employer to summon); returns are mostly irregular departures.
        var nonProcedural = Chance(kind switch
        {
            CaseKind.Mediation => 0.15,
            CaseKind.Repatriation => category == ComplaintCategory.Deported ? 0.95 : 0.7,
            _ => 0.58,
        }) || destination.Code is "KH" or "MM";

        var departed = category is not (ComplaintCategory.FailedDeparture or ComplaintCategory.JobFraud);
        DateOnly? departure = departed ? today.AddDays(-rng.Next(60, 6 * 365)) : null;
        var underage = category == ComplaintCategory.Trafficking && departed && Chance(0.15);
        var ageAtReference = underage ? rng.Next(16, 18) : rng.Next(sex == Sex.Female ? 21 : 19, 46);
        var reference = departure ?? today;
        var birth = reference.AddYears(-ageAtReference).AddDays(-rng.Next(1, 360));

        var input = new CaseInput
        {
            Kind = kind,
            Category = category,
            Sector = sector,
            NonProcedural = nonProcedural,
            WorkerName = PersonName(sex, home.ButonMuna),
            WorkerSex = sex,
            WorkerDateOfBirth = birth,
            HomeRegencyCode = home.RegencyCode,
            HomeVillage = $"Desa {village}, Kec. {district.Name}",
            DepartureDate = departure,
            UnderageAcknowledged = underage,
            DestinationCountryCode = destination.Code,
            Channel = PickChannel(category),
        };

        if (Chance(0.92))
        {
            input.WorkerNik = Nik(home.RegencyCode, district.Code, birth, sex);
        }

        if ((departed && Chance(0.8)) || (!departed && Chance(0.3)) || input.WorkerNik is null)
        {
            input.WorkerPassportNo = Passport();
        }

        var abroad = departed && category is not (ComplaintCategory.Deported or ComplaintCategory.Deceased)
            && (kind == CaseKind.Repatriation || Chance(0.55));
        if (category != ComplaintCategory.Deceased && Chance(0.75))
        {
            input.WorkerPhone = abroad ? ForeignPhone(destination.Code) : IndonesianPhone();
        }

        var familyComplains = category is ComplaintCategory.Deceased or ComplaintCategory.LostContact
            || (abroad && Chance(0.7)) || Chance(0.2);
        if (familyComplains)
        {
            var relation = Pick(Relations);
            var relativeSex = relation switch
            {
                "Istri" or "Ibu kandung" => Sex.Female,
                "Suami" or "Ayah kandung" or "Paman" => Sex.Male,
                _ => Pick(Sex.Male, Sex.Female),
            };
            input.ComplainantIsWorker = false;
            input.ComplainantName = PersonName(relativeSex, home.ButonMuna);
            input.ComplainantRelation = relation;
            input.ComplainantPhone = IndonesianPhone();
        }

        AddRespondents(input, kind, sector, destination.Code, nonProcedural);
        input.Representation = ConsulateFor(city) ?? Country.Destinations.First(c => c.Code == destination.Code).Representation;

        input.StrandedAbroad = abroad
            && category is ComplaintCategory.WantsToReturn or ComplaintCategory.ViolenceAbuse
                or ComplaintCategory.Trafficking or ComplaintCategory.Sick or ComplaintCategory.ContractTermination
            && Chance(0.5);
        input.UrgencyRaised = Chance(0.05);

        var regencyName = Regency.SulawesiTenggara.First(r => r.Code == home.RegencyCode).Name;
        input.Narrative = Narrative(input, city, regencyName, village);
        return input;
    }

    private ComplaintCategory PickCategory(CaseKind kind) => kind switch
    {
        CaseKind.Mediation => PickWeighted(
            (ComplaintCategory.UnpaidWages, 26.0), (ComplaintCategory.Overcharging, 18.0),
            (ComplaintCategory.FailedDeparture, 16.0), (ComplaintCategory.ContractTermination, 12.0),
            (ComplaintCategory.DocumentWithholding, 10.0), (ComplaintCategory.JobFraud, 8.0),
            (ComplaintCategory.SocialSecurityClaim, 10.0)),
        CaseKind.Repatriation => PickWeighted(
            (ComplaintCategory.Deported, 40.0), (ComplaintCategory.Sick, 15.0), (ComplaintCategory.Deceased, 14.0),
            (ComplaintCategory.WantsToReturn, 16.0), (ComplaintCategory.ViolenceAbuse, 8.0),
            (ComplaintCategory.Trafficking, 7.0)),
        _ => PickWeighted(
            (ComplaintCategory.UnpaidWages, 14.0), (ComplaintCategory.WantsToReturn, 12.0),
            (ComplaintCategory.LostContact, 9.0), (ComplaintCategory.Overcharging, 6.0),
            (ComplaintCategory.DocumentWithholding, 7.0), (ComplaintCategory.ContractTermination, 6.0),
            (ComplaintCategory.ViolenceAbuse, 7.0), (ComplaintCategory.Trafficking, 5.0),
            (ComplaintCategory.JobFraud, 7.0), (ComplaintCategory.FailedDeparture, 7.0),
            (ComplaintCategory.SocialSecurityClaim, 6.0), (ComplaintCategory.Sick, 5.0),
            (ComplaintCategory.Deceased, 2.0), (ComplaintCategory.Deported, 3.0), (ComplaintCategory.Other, 3.0)),
    };

    private Destination PickDestination(ComplaintCategory category, Home home)
    {
        // Online-scam trafficking goes to Cambodia and Myanmar; Buton Tengah's fishers to Taiwan and Korea.
        if (category == ComplaintCategory.Trafficking && Chance(0.4))
        {
            return DestinationOf(Chance(0.7) ? "KH" : "MM");
        }

        if (category == ComplaintCategory.Deported && Chance(0.85))
        {
            return Destinations[0];
        }

        if (home.RegencyCode is "7414" or "7407" && Chance(0.25))
        {
            return DestinationOf(Chance(0.6) ? "TW" : "KR");
        }

        return PickWeighted(Destinations.Select(d => (d, d.Weight)).ToArray());
    }

    private static Destination DestinationOf(string code) => Destinations.First(d => d.Code == code);

    private Sector PickSector(string country, Home home)
    {
        var fishingHome = home.RegencyCode is "7414" or "7407" or "7401" or "7415";
        return country switch
        {
            "TW" or "KR" when fishingHome && Chance(0.7) => Sector.ShipCrew,
            "MY" => PickWeighted((Sector.IndividualEmployer, 45.0), (Sector.Formal, 45.0), (Sector.ShipCrew, 3.0), (Sector.Other, 7.0)),
            "SA" or "HK" or "SG" or "AE" or "QA" or "KW" or "OM" or "BN" =>
                PickWeighted((Sector.IndividualEmployer, 85.0), (Sector.Formal, 10.0), (Sector.Other, 5.0)),
            "TW" => PickWeighted((Sector.IndividualEmployer, 55.0), (Sector.Formal, 35.0), (Sector.ShipCrew, 10.0)),
            "KR" or "JP" => PickWeighted((Sector.Formal, 70.0), (Sector.ShipCrew, 30.0)),
            "KH" or "MM" => Sector.Other,
            _ => PickWeighted((Sector.Formal, 70.0), (Sector.Other, 30.0)),
        };
    }

    private Sex PickSex(Sector sector) => sector switch
    {
        Sector.IndividualEmployer => Chance(0.9) ? Sex.Female : Sex.Male,
        Sector.ShipCrew => Sex.Male,
        _ => Chance(0.7) ? Sex.Male : Sex.Female,
    };

    private IntakeChannel PickChannel(ComplaintCategory category) => category switch
    {
        ComplaintCategory.Deported => PickWeighted((IntakeChannel.ReferralRepresentation, 45.0),
            (IntakeChannel.ReferralOtherOffice, 35.0), (IntakeChannel.ReferralDisnaker, 10.0), (IntakeChannel.Letter, 10.0)),
        ComplaintCategory.Deceased => PickWeighted((IntakeChannel.ReferralRepresentation, 50.0),
            (IntakeChannel.WalkIn, 30.0), (IntakeChannel.Phone, 20.0)),
        _ => PickWeighted((IntakeChannel.WalkIn, 30.0), (IntakeChannel.WhatsApp, 22.0), (IntakeChannel.Phone, 12.0),
            (IntakeChannel.ReferralDisnaker, 12.0), (IntakeChannel.ReferralRepresentation, 8.0),
            (IntakeChannel.Letter, 6.0), (IntakeChannel.Email, 6.0), (IntakeChannel.ReferralOtherOffice, 4.0)),
    };

    private void AddRespondents(CaseInput input, CaseKind kind, Sector sector, string country, bool nonProcedural)
    {
        var needsRespondent = kind == CaseKind.Mediation;
        if (!nonProcedural || (needsRespondent && Chance(0.5)))
        {
            var company = Pick(PlacementCompanies);
            input.PlacementCompanyName = company.Name;
            input.PlacementCompanyLicenceNo = company.Licence;
        }

        var category = input.Category;
        var employerKnown = category is not (ComplaintCategory.FailedDeparture or ComplaintCategory.JobFraud)
            && (needsRespondent || Chance(0.75));
        if (employerKnown || (needsRespondent && input.PlacementCompanyName is null))
        {
            var individual = sector == Sector.IndividualEmployer;
            input.EmployerType = individual ? EmployerType.Individual : EmployerType.Company;
            input.EmployerName = individual ? Pick(IndividualEmployers(country)) : Pick(CompanyEmployers(country, sector));
            input.EmployerCountryCode = country;
        }
    }

    private string Narrative(CaseInput input, string city, string regency, string village)
    {
        var name = input.WorkerName!;
        var country = Country.Destinations.First(c => c.Code == input.DestinationCountryCode).NameId;
        var job = Job(input.Sector!.Value, input.WorkerSex!.Value, input.DestinationCountryCode!);
        var employer = input.EmployerName ?? "majikan";
        var company = input.PlacementCompanyName ?? "seorang perekrut perseorangan (calo)";
        var place = city == country ? country : $"{city}, {country}";
        var reporter = input.ComplainantIsWorker ? "Pengadu" : $"{input.ComplainantName} ({input.ComplainantRelation!.ToLowerInvariant()} PMI)";
        var year = input.DepartureDate?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        var months = rng.Next(3, 15);
        var route = input.NonProcedural
            ? "PMI berangkat secara nonprosedural melalui Nunukan tanpa visa kerja."
            : $"PMI berangkat secara prosedural melalui {company}.";

        return input.Category switch
        {
            ComplaintCategory.UnpaidWages => Pick(
                $"{reporter} melaporkan bahwa {name} bekerja sebagai {job} pada {employer} di {place} sejak {year}. Gaji selama {months} bulan terakhir belum dibayarkan dengan alasan usaha sedang sepi. Pengadu meminta bantuan agar hak gaji PMI dibayarkan.",
                $"PMI purna atas nama {name} mengadukan sisa gaji sebesar {Rupiah(months * 3_500_000L)} yang belum dibayar oleh {employer} setelah kontrak berakhir. PMI telah kembali ke Desa {village}, {regency} dan menyimpan salinan perjanjian kerja serta slip gaji."),
            ComplaintCategory.WantsToReturn => Pick(
                $"{reporter} menyampaikan bahwa {name} ingin pulang karena beban kerja berlebihan dan jam istirahat tidak diberikan oleh majikan di {city}. Paspor PMI ditahan sehingga PMI tidak dapat pulang secara mandiri. {route}",
                $"{name} menghubungi keluarga melalui WhatsApp dan meminta dipulangkan karena kontrak kerja telah habis, namun majikan tidak mengizinkan pulang. PMI bekerja sebagai {job} di {place}."),
            ComplaintCategory.Deported =>
                $"{name} dideportasi dari {country} setelah ditahan di depot imigrasi {city} karena tidak memiliki permit kerja yang sah. {route} PMI saat ini berada di penampungan sementara di Nunukan dan menunggu pemulangan ke {regency}.",
            ComplaintCategory.Sick =>
                $"{reporter} melaporkan {name} menderita {Pick(Illnesses)} dan dirawat di rumah sakit di {place}. Majikan tidak lagi menanggung biaya perawatan; keluarga memohon bantuan pemulangan.",
            ComplaintCategory.Deceased =>
                $"{name}, PMI asal Desa {village}, {regency}, meninggal dunia di {place} karena {Pick(CausesOfDeath)}. {reporter} memohon bantuan pemulangan jenazah ke kampung halaman serta pengurusan hak-hak almarhum/almarhumah.",
            ComplaintCategory.LostContact =>
                $"{reporter} kehilangan kontak dengan {name} sejak {months} bulan terakhir. Terakhir PMI mengabarkan bekerja sebagai {job} di {place}; nomor telepon PMI tidak aktif lagi. {route}",
            ComplaintCategory.Overcharging =>
                $"{name} dibebani biaya penempatan sebesar {Rupiah(rng.Next(15, 60) * 1_000_000L)} oleh {company} untuk jabatan {job} ke {country}, padahal jabatan tersebut dibebaskan dari biaya penempatan. Pengadu meminta pengembalian biaya yang telah dibayarkan.",
            ComplaintCategory.DocumentWithholding =>
                $"Paspor dan perjanjian kerja {name} ditahan oleh {employer} di {place}. PMI tidak dapat memperpanjang izin tinggal dan khawatir ditangkap petugas imigrasi.",
            ComplaintCategory.ContractTermination =>
                $"{name} diberhentikan sepihak oleh {employer} sebelum masa kontrak berakhir, tanpa pesangon dan tanpa tiket pulang. PMI bekerja sebagai {job} di {place} sejak {year}.",
            ComplaintCategory.ViolenceAbuse =>
                $"{reporter} melaporkan {name} mengalami kekerasan fisik dan verbal dari majikan di {place}. PMI mengirimkan foto luka lebam melalui WhatsApp dan meminta segera dievakuasi.",
            ComplaintCategory.Trafficking => input.DestinationCountryCode is "KH" or "MM"
                ? $"{name} direkrut melalui media sosial dengan janji bekerja sebagai {job} bergaji tinggi, namun dipekerjakan sebagai operator penipuan daring di {place}. PMI tidak diizinkan keluar dari kompleks dan dipaksa membayar denda bila ingin pulang. Diduga tindak pidana perdagangan orang."
                : $"{name} direkrut oleh seorang calo di Desa {village} dengan janji bekerja di {country}, lalu diberangkatkan tanpa dokumen resmi. Setibanya di {city}, PMI dipekerjakan tanpa upah dan tidak boleh meninggalkan tempat kerja. Diduga tindak pidana perdagangan orang.",
            ComplaintCategory.JobFraud =>
                $"{name} telah menyerahkan uang sebesar {Rupiah(rng.Next(8, 40) * 1_000_000L)} kepada perekrut yang mengaku dari {company} untuk pekerjaan sebagai {job} di {country}. Setelah {months} bulan menunggu tidak ada kepastian keberangkatan dan perekrut sulit dihubungi.",
            ComplaintCategory.FailedDeparture =>
                $"CPMI {name} telah mengikuti pelatihan dan pemeriksaan kesehatan melalui {company}, namun batal diberangkatkan ke {country} tanpa penjelasan. Pengadu meminta pengembalian biaya proses dan ijazah yang ditahan perusahaan.",
            ComplaintCategory.SocialSecurityClaim =>
                $"{reporter} meminta pendampingan klaim BPJS Ketenagakerjaan atas kecelakaan kerja yang dialami {name} di {place}. Berkas klaim telah diajukan tetapi belum diproses karena data kepesertaan tidak sesuai.",
            _ =>
                $"{reporter} meminta informasi dan pendampingan terkait legalitas perusahaan yang merekrut {name} serta status kepesertaan jaminan sosialnya. Pengadu khawatir keberangkatan tidak sesuai prosedur.",
        };
    }

    internal string PersonName(Sex sex, bool butonMuna)
    {
        if (butonMuna && Chance(0.15))
        {
            return (sex == Sex.Male ? "La Ode " : "Wa Ode ") + Pick(sex == Sex.Male ? OdeMale : OdeFemale);
        }

        if (butonMuna && Chance(0.45))
        {
            return (sex == Sex.Male ? "La " : "Wa ") + Pick(sex == Sex.Male ? ButonMunaMale : ButonMunaFemale);
        }

        var given = Pick(sex == Sex.Male ? MaleGiven : FemaleGiven);
        return Chance(0.75) ? $"{given} {Pick(SecondNames)}" : given;
    }

    private string Nik(string regencyCode, string districtCode, DateOnly birth, Sex sex)
    {
        var day = birth.Day + (sex == Sex.Female ? 40 : 0);
        var prefix = string.Create(CultureInfo.InvariantCulture,
            $"{regencyCode}{districtCode}{day:00}{birth.Month:00}{birth.Year % 100:00}");
        string nik;
        do
        {
            nik = prefix + rng.Next(1, 2000).ToString("0000", CultureInfo.InvariantCulture);
        }
        while (!_niks.Add(nik));

        return nik;
    }

    private string Passport()
    {
        string passport;
        do
        {
            var letter = PickWeighted(("C", 60.0), ("B", 25.0), ("X", 15.0));
            passport = letter + rng.Next(1_000_000, 10_000_000).ToString(CultureInfo.InvariantCulture);
        }
        while (!_passports.Add(passport));

        return passport;
    }

    internal string IndonesianPhone() =>
        "+62" + Pick(MobilePrefixes) + rng.Next(1_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);

    private string ForeignPhone(string country) => country switch
    {
        "MY" => "+601" + rng.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture),
        "SA" => "+9665" + rng.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture),
        "HK" => "+8529" + rng.Next(1_000_000, 10_000_000).ToString(CultureInfo.InvariantCulture),
        "TW" => "+8869" + rng.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture),
        "SG" => "+658" + rng.Next(1_000_000, 10_000_000).ToString(CultureInfo.InvariantCulture),
        _ => IndonesianPhone(),
    };

    /// <summary>"Rp12.500.000", the way amounts are written in Indonesian documents.</summary>
    internal static string Rupiah(long amount) => "Rp" + amount.ToString("N0", Indonesian);

    internal bool Chance(double probability) => rng.NextDouble() < probability;

    internal T Pick<T>(params T[] items) => items[rng.Next(items.Length)];

    internal T PickWeighted<T>(params (T Item, double Weight)[] items)
    {
        var roll = rng.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }
}
