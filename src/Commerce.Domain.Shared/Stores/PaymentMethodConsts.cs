namespace Commerce.Stores;

public static class PaymentMethodConsts
{
    public const int ProviderMaxLength = 32;
    public const int DisplayNameMaxLength = 128;
    public const int InstructionsMaxLength = 2000;
    public const int SettingValueMaxLength = 1024;
}
