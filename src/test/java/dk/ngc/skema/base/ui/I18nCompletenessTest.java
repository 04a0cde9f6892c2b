package dk.ngc.skema.base.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Danish is the default; English must say everything Danish says, and neither may have blanks. */
class I18nCompletenessTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = I18nCompletenessTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishHasExactlyTheKeysOfDanish() throws IOException {
        var danish = load("translations_da.properties");
        var english = load("translations_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(danish.stringPropertyNames()));
        danish.forEach((key, value) -> assertThat(value.toString()).as("da " + key).isNotBlank());
        english.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
    }

    @Test
    void danishTextsKeepTheirLetters() throws IOException {
        assertThat(load("translations_da.properties").getProperty("security.role.ngc.can")).contains("køre", "indstillingsrunder");
    }
}
