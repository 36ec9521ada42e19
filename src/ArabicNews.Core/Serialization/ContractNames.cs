using ArabicNews.Core.Catalog;

namespace ArabicNews.Core.Serialization;

/// <summary>The names the JSON contract (docs/output.md) gives the values of the model's enums.</summary>
internal static class ContractNames
{
    /// <summary>Gets the entity kinds, as in a mention's <c>kind</c> and a catalog id's prefix.</summary>
    public static JsonEnumNames<EntityKind> EntityKinds { get; } = new(
        null,
        (EntityKind.Person, "person"),
        (EntityKind.Country, "country"),
        (EntityKind.City, "city"),
        (EntityKind.Region, "region"),
        (EntityKind.Organization, "organization"),
        (EntityKind.Media, "media"),
        (EntityKind.Agreement, "agreement"),
        (EntityKind.Corridor, "corridor"));

    /// <summary>Gets the date precisions; a value outside them is written as a year.</summary>
    public static JsonEnumNames<DatePrecision> Precisions { get; } = new(
        DatePrecision.Year,
        (DatePrecision.Day, "day"),
        (DatePrecision.Month, "month"),
        (DatePrecision.Year, "year"));

    /// <summary>Gets the meeting modes; a value outside them is written as unspecified.</summary>
    public static JsonEnumNames<MeetingMode> MeetingModes { get; } = new(
        MeetingMode.Unspecified,
        (MeetingMode.InPerson, "in-person"),
        (MeetingMode.Phone, "phone"),
        (MeetingMode.Video, "video"),
        (MeetingMode.Unspecified, "unspecified"));

    /// <summary>Gets the kinds of agreement; a value outside them is written as a plain agreement.</summary>
    public static JsonEnumNames<AgreementKind> AgreementKinds { get; } = new(
        AgreementKind.Agreement,
        (AgreementKind.Treaty, "treaty"),
        (AgreementKind.Declaration, "declaration"),
        (AgreementKind.JointStatement, "joint-statement"),
        (AgreementKind.Memorandum, "memorandum"),
        (AgreementKind.ActionPlan, "action-plan"),
        (AgreementKind.Roadmap, "roadmap"),
        (AgreementKind.Protocol, "protocol"),
        (AgreementKind.Agreement, "agreement"));

    /// <summary>Gets the agreement statuses; a value outside them is written as mentioned.</summary>
    public static JsonEnumNames<AgreementStatus> AgreementStatuses { get; } = new(
        AgreementStatus.Mentioned,
        (AgreementStatus.Signed, "signed"),
        (AgreementStatus.Proposed, "proposed"),
        (AgreementStatus.Mentioned, "mentioned"));
}
