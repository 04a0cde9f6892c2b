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

FROM eclipse-temurin:25-jre
RUN groupadd --system skema && useradd --system --gid skema --uid 10001 --no-create-home skema
WORKDIR /app
COPY --from=build /src/skema.jar /app/skema.jar
USER 10001
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/skema.jar"]
