namespace Commerce.EntityFrameworkCore.Emailing;

public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>"Folder" writes each message as an .eml file (development); "Smtp" sends it.</summary>
    public string Delivery { get; set; } = "Folder";

    /// <summary>Where "Folder" writes, relative to the working directory or absolute.</summary>
    public string Folder { get; set; } = "../../.data/mail";

    public string From { get; set; } = "Commerce <no-reply@commerce.test>";

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 587;

    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
