namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Features
    {
        public const string FeatureDisabled = "Commerce:Features:FeatureDisabled";
        public const string UnknownFeature = "Commerce:Features:UnknownFeature";
        public const string InvalidFeatureValue = "Commerce:Features:InvalidFeatureValue";
        public const string DuplicateEditionName = "Commerce:Features:DuplicateEditionName";
        public const string EditionInUse = "Commerce:Features:EditionInUse";
    }
}
