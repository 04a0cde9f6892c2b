package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads and writes form definitions and answers as JSON, with the one mapper configuration that makes
 * both faithful: properties in declaration order (so stored documents read like the schema), unknown
 * properties refused (a typo in a definition must not be silently dropped), decimals read as
 * {@code BigDecimal} and written plainly (so answers round-trip exactly).
 */
public final class FormJson {

    /** Where the seeded definitions live on the classpath. */
    public static final String RESOURCE_DIRECTORY = "forms/";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private FormJson() {
    }

    /** The configured mapper, for callers that need Jackson conversions of these types. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** @throws JacksonException when the document is not a form definition */
    public static FormDefinition readDefinition(String json) {
        return MAPPER.readValue(json, FormDefinition.class);
    }

    public static String writeDefinition(FormDefinition definition) {
        return MAPPER.writeValueAsString(definition);
    }

    /** A seeded definition, e.g. {@code "nomination-round-2.json"} from {@code src/main/resources/forms/}. */
    public static FormDefinition loadDefinition(String resourceName) {
        try (InputStream in = FormJson.class.getClassLoader().getResourceAsStream(RESOURCE_DIRECTORY + resourceName)) {
            if (in == null) {
                throw new IllegalArgumentException("No form definition on the classpath: " + RESOURCE_DIRECTORY + resourceName);
            }
            return MAPPER.readValue(in, FormDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answers readAnswers(String json) {
        return MAPPER.readValue(json, Answers.class);
    }

    public static String writeAnswers(Answers answers) {
        return MAPPER.writeValueAsString(answers);
    }

    public static CriteriaNode readCriteria(String json) {
        return MAPPER.readValue(json, CriteriaNode.class);
    }

    public static String writeCriteria(CriteriaNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** The first line of an error message, for showing a user why a document could not be read; "" for none. */
    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
