using Cashless.Silo.Hosting;
using Microsoft.Extensions.Hosting;

// The standalone silo: adds grain capacity to a cluster; it serves no HTTP.
var builder = Host.CreateApplicationBuilder(args);
builder.AddCashless();
await builder.Build().RunAsync();
