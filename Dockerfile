# Skema production image. Not built on the development machines (they have no Docker engine):
# kept simple so it can be checked by reading. Build: docker build -t skema .
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -Dproduction dependency:go-offline -DexcludeArtifactIds=keycloak-quarkus-dist || true
COPY realm-config realm-config
COPY src src
# -Dproduction: Vaadin production bundle, no embedded MariaDB, no dev tools, no tests.
RUN ./mvnw -B -Dproduction -DskipTests package && cp target/skema-*.jar /src/skema.jar
# The extracted layout (skema.jar + lib/) is what a JDK AOT cache can map; the fat jar's nested jars it cannot.
RUN java -Djarmode=tools -jar /src/skema.jar extract --destination /src/extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system skema && useradd --system --gid skema --uid 10001 --no-create-home skema
WORKDIR /app
COPY --from=build /src/extracted /app
RUN mkdir /app/cache && chown 10001 /app/cache
USER 10001
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# JDK 25 AOT cache (JEP 483/514): the first start records which classes Skema loads and links and writes the
# cache into /app/cache when it stops; later starts map it (measured on the development machine: about a quarter
# off the cold start, see README "Benchmarks"). /app/cache is a volume in compose.yaml; without it every start
# simply records again.
ENTRYPOINT ["sh", "-c", "if [ -f /app/cache/skema.aot ]; then exec java -XX:AOTCache=/app/cache/skema.aot -jar /app/skema.jar; else exec java -XX:AOTCacheOutput=/app/cache/skema.aot -jar /app/skema.jar; fi"]
