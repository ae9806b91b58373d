namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Notifications
    {
        public const string InvalidTemplate = "Commerce:Notifications:InvalidTemplate";
        public const string DuplicateNotification = "Commerce:Notifications:DuplicateNotification";
        public const string DuplicateTemplate = "Commerce:Notifications:DuplicateTemplate";
    }
}
