# syntax=docker/dockerfile:1
# One image recipe for both executables: `--target silo` (src/Silo) or `--target webapi` (src/WebApi, the front silo).
# docker-compose.yml builds both. The build stage restores and publishes once; each runtime stage copies its output.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY src/ src/
# ReadyToRun: the assemblies ship precompiled for the image's platform, so a node restarted under load does not spend
# its first seconds compiling (docs/benchmarks.md, "Issue-9 round 4": a cold start's first p99 about halved).
RUN dotnet publish src/Silo/Silo.csproj -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /out/silo \
 && dotnet publish src/WebApi/WebApi.csproj -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /out/webapi

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_ENVIRONMENT=Production \
    Urls=http://0.0.0.0:8080 \
    Logging__Console__FormatterName=json
EXPOSE 8080 11111 30000
# /health/ready with bash alone (the runtime image has no curl): 0 when the node answers 200.
COPY --chmod=755 <<'PROBE' /usr/local/bin/cashless-ready
#!/bin/bash
exec 3<>/dev/tcp/127.0.0.1/8080 || exit 1
printf 'GET /health/ready HTTP/1.0\r\n\r\n' >&3
head -n 1 <&3 | grep -q ' 200 '
PROBE
USER $APP_UID

FROM runtime AS silo
COPY --from=build /out/silo ./
ENTRYPOINT ["dotnet", "Cashless.Silo.dll"]

FROM runtime AS webapi
COPY --from=build /out/webapi ./
ENTRYPOINT ["dotnet", "Cashless.WebApi.dll"]
