namespace Commerce;

public static partial class CommerceErrorCodes
{
    /// <summary>CSV import and export of products; a row that breaks a catalog rule is reported with the catalog's code.</summary>
    public static class ProductTransfers
    {
        /// <summary>The upload is empty, not text, or not readable as CSV with a header row.</summary>
        public const string NotACsvFile = "Commerce:ProductTransfers:NotACsvFile";

        public const string MissingColumns = "Commerce:ProductTransfers:MissingColumns";

        public const string FileTooLarge = "Commerce:ProductTransfers:FileTooLarge";

        public const string TooManyRows = "Commerce:ProductTransfers:TooManyRows";

        /// <summary>A value is not of its column's type (a number, a status).</summary>
        public const string InvalidValue = "Commerce:ProductTransfers:InvalidValue";

        /// <summary>A value the row needs is empty (a new product's title on its first row).</summary>
        public const string MissingValue = "Commerce:ProductTransfers:MissingValue";

        /// <summary>The rows of one handle name different options than its first row, or than the product has.</summary>
        public const string OptionsMismatch = "Commerce:ProductTransfers:OptionsMismatch";

        /// <summary>The import stopped for a reason that is not the file's (the report names no row).</summary>
        public const string ImportFailed = "Commerce:ProductTransfers:ImportFailed";
    }
}
