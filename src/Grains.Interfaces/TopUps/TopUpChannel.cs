namespace Cashless.Grains.Interfaces.TopUps;

[GenerateSerializer, Alias("Cashless.TopUpChannel")]
public enum TopUpChannel
{
    VirtualAccount = 0,
    BankTransfer = 1,
    Admin = 2,
}
